"""Starting Rasa for this project: Rasa's own command line with the project's changes to Rasa
installed first (server/rasa_changes.py)."""
