"""Stores the production profile (deploy/) plugs into Rasa: a Redis lock store safe across
processes."""
