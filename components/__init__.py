"""Custom Rasa NLU components of the runner's-knee assistant."""
