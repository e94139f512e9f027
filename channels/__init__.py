"""Rasa input channels as the clinic deploys them: token-protected REST, Slack and Telegram."""
