"""A running club's group chat (a Telegram group, a Slack channel): what changes there.

Each member has a conversation of their own in each group (the channels give it an id of the
group and the member), and the bot answers only when a member addresses it. A member's own knee
is not talked through in front of the club: one short public reply (with the escalation first
when a red flag is present) offers to go on in a private chat, where the check-in runs.

The channel says where a message comes from in the message's metadata, read by the Rasa server
(components/group_chat.py) and the action server (actions/actions.py):
  chat             "group" in a group chat; absent in a direct chat
  private_link     (Telegram) the link that opens the check-in in a private chat with the bot
  private_message  (Slack) true: the channel can message the member privately itself; the
                   action then sends a message {"private": {"text", "buttons"}} (custom JSON),
                   which the channel delivers to the member's direct messages
The words live in content/groups.yml.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Optional

from knee.content import ContentError, check_placeholders, read_yaml, text_field

GROUPS_FILE = "groups.yml"
CHAT_KEY, GROUP_CHAT = "chat", "group"
PRIVATE_LINK_KEY = "private_link"
PRIVATE_MESSAGE_KEY = "private_message"
PRIVATE_JSON_KEY = "private"
CHECKIN_INTENT = "start_checkin"
CHECKIN_PAYLOAD = f"/{CHECKIN_INTENT}"
# What an intent means when it comes from a group chat: asking for the check-in there is a member
# about to talk about their own knee, which goes on in private (knee/topics.py: SYMPTOMS_INTENT).
INTENTS_IN_GROUP = {CHECKIN_INTENT: "describe_symptoms"}
TEXT_FIELDS = ("public", "private_link", "private_sent", "private_ask", "invitation", "start_button")


def in_group(metadata: Any) -> bool:
    """The message came from a group chat (its channel said so in the metadata)."""
    return isinstance(metadata, Mapping) and metadata.get(CHAT_KEY) == GROUP_CHAT


def intent_in_group(intent: Optional[str]) -> Optional[str]:
    return INTENTS_IN_GROUP.get(intent or "", intent)


def payload_in_group(text: str) -> str:
    """A payload ("/start_checkin") sent in a group chat, with its intent as a group means it."""
    if not text.startswith("/"):
        return text
    name, brace, rest = text[1:].partition("{")
    meant = intent_in_group(name.strip())
    return text if meant == name.strip() else f"/{meant}{brace}{rest}"


@dataclass(frozen=True)
class GroupTexts:
    public: str  # a member's own knee is best talked about in private
    private_link: str  # how to get there with a link ({link})
    private_sent: str  # the bot has sent the member a private message
    private_ask: str  # the member can send the bot a private message
    invitation: str  # the private message itself (Slack)
    start_button: str  # its button, which starts the check-in

    def offer(self, metadata: Mapping[str, Any], values: Mapping[str, str]) -> str:
        """How this member gets to the private chat, in their channel's way."""
        link = metadata.get(PRIVATE_LINK_KEY)
        if link:
            return self.private_link.format_map(dict(values, link=link))
        return (self.private_sent if metadata.get(PRIVATE_MESSAGE_KEY) else self.private_ask).format_map(values)


def load_group_texts(directory: Path) -> GroupTexts:
    """content/groups.yml, checked like the rest of content/: ContentError names the field."""
    data = read_yaml(directory, GROUPS_FILE)
    texts = {name: text_field(GROUPS_FILE, data, name) for name in TEXT_FIELDS}
    for name, text in texts.items():
        if name == "private_link":
            if "{link}" not in text:
                raise ContentError(GROUPS_FILE, "must show the link: {link}", field=name)
            text = text.replace("{link}", "")
        check_placeholders(GROUPS_FILE, name, text)
    return GroupTexts(**{name: " ".join(text.split()) for name, text in texts.items()})

