"""Rasa input channels as the clinic deploys them: REST, socket.io, Slack and Telegram.

The Rasa server imports this package for its channels, so the one change it makes to Rasa
itself is installed here: action server answers are validated with a validator built once
(channels/action_results.py).
"""
from channels import action_results

action_results.install()
