"""Custom actions of the runner's-knee assistant; content decisions live in plain modules."""
