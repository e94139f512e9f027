"""Rasa input channels as the clinic deploys them: REST, socket.io, Slack and Telegram. Thin
adapters: every message they take is answered through channels/answered.py."""
