"""Rasa input channels as the clinic deploys them: REST, socket.io, Slack and Telegram.

The Rasa server imports this package for its channels, so the changes it makes to Rasa itself
are installed here, each in its own module with the reason behind it: action server answers
validated with a validator built once (action_results), action calls over kept-alive connections
(action_calls), event classes looked up in a table (event_types), and database parameters kept
out of the logs (log_privacy).
"""
from channels import action_calls, action_results, event_types, log_privacy

action_calls.install()
action_results.install()
event_types.install()
log_privacy.install()
