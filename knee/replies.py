"""Turn a decision into what the runner sees: clinic details filled in, follow-ups as buttons.

- An escalation leads with what to do (its tier's words, or its rule's own, e.g. "don't drive
  yourself"), then only that tier's reasons; an emergency offers no education buttons.
- A safety question names the sign, says what to do if it applies, and offers Yes / No.
- A symptom reply reflects what the runner said in the article's terms, never a diagnosis,
  with the tier's advice and the safety net.
- The disclaimer is said once per conversation, with the first reply about symptoms.
- In a club's group chat a member's own knee gets one short public reply that offers a private
  chat (group_reply; knee/groups.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from knee.content import Content, Topic
from knee.groups import CHECKIN_PAYLOAD, GroupTexts
from knee.topics import INTENT_BY_TOPIC
from knee.triage import Assessment, Question
from knee.triage_rules import TriageContent

YES_PAYLOAD = "/affirm"
NO_PAYLOAD = "/deny"


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: Tuple[Mapping[str, str], ...]

    def button_list(self) -> List[Dict[str, str]]:
        return [dict(button) for button in self.buttons]


def button_payload(topic: Topic) -> str:
    """The message a button sends: the topic's intent, or its family's plus the aspect that picks
    the sub-topic. Payloads are ordinary intents so that Slack, Telegram and the widget need
    nothing special."""
    if topic.id in INTENT_BY_TOPIC or not topic.aspects:
        return f"/{INTENT_BY_TOPIC.get(topic.id) or INTENT_BY_TOPIC[topic.family]}"
    intent = INTENT_BY_TOPIC[topic.family]
    return f"/{intent}{json.dumps({'aspect': topic.aspects[0]}, separators=(',', ':'))}"


def build_replies(content: Content) -> Dict[str, Reply]:
    """Render every topic once, so answering a question is a dictionary look-up."""
    values = content.clinic.placeholders()
    return {
        topic.id: Reply(
            text=topic.text.format_map(values),
            buttons=tuple(_button(content, follow_up) for follow_up in topic.follow_ups),
        )
        for topic in content.topics.values()
    }


def _button(content: Content, topic_id: str) -> Mapping[str, str]:
    topic = content.topics[topic_id]
    return {"title": topic.title, "payload": button_payload(topic)}


def heard(triage: TriageContent, details: Sequence[str], signs: Iterable[str]) -> Optional[str]:
    """One sentence showing a runner's story was heard: which knee, how long, what makes it worse."""
    said = list(details) + [words for name, words in triage.heard_signs.items() if name in set(signs)]
    return f"{triage.heard_intro} {', '.join(said)}." if said else None


# An answer offers at most this many buttons when other questions asked with it lead them.
ASKED_TOGETHER_BUTTONS = 4


def with_other_questions(reply: Reply, content: Content, topic_ids: Sequence[str], note: str) -> Reply:
    """The answer to one of several questions asked at once: a note saying so, and buttons for the
    others (`topic_ids`) before the answer's own follow-ups."""
    if not topic_ids:
        return reply
    others = [_button(content, topic_id) for topic_id in topic_ids]
    payloads = {button["payload"] for button in others}
    buttons = others + [button for button in reply.buttons if button["payload"] not in payloads]
    return Reply(f"{reply.text}\n\n{note}", tuple(buttons[:ASKED_TOGETHER_BUTTONS]))


def with_heard(reply: Reply, sentence: Optional[str]) -> Reply:
    return Reply(f"{sentence}\n\n{reply.text}", reply.buttons) if sentence else reply


def question_reply(question: Question, triage: TriageContent, content: Content) -> Reply:
    """A safety question: the sign, what to do if it applies, and Yes / No."""
    yes, no = triage.ask_buttons
    return Reply(
        text=question.ask.format_map(content.clinic.placeholders()),
        buttons=({"title": yes, "payload": YES_PAYLOAD}, {"title": no, "payload": NO_PAYLOAD}),
    )


def triage_reply(
    assessment: Assessment,
    triage: TriageContent,
    content: Content,
    symptoms_text: str,
    details: Sequence[str] = (),
    disclaimer: bool = True,
) -> Reply:
    """The reply to a symptom description. An escalation leads with what to do and names only its
    own tier's reasons; otherwise which knee and how long, what the description means in the
    article's terms, the tier's advice and the safety net. A possible sign more urgent than the
    tier found is asked about at the end (Yes / No)."""
    values = content.clinic.placeholders()
    tier = assessment.tier if assessment.tier != "none" else "self_care"
    advice = triage.advice[tier]
    if assessment.escalates:
        own = [finding for finding in assessment.findings if finding.tier == tier]
        # the words of a rule that lets a question be answered ("not improving") only when it is alone
        action = next((finding.do for finding in own if finding.do
                       and (assessment.answers_question or not finding.answers_question)), None)
        if action is None and tier == "urgent" and advice.doctor_text and all(f.who == "doctor" for f in own):
            action = advice.doctor_text
        reasons = " ".join(assessment.reasons())
        parts = [(action or advice.text).format_map(values), f"Why: {reasons}".format_map(values)]
    else:
        parts = [symptoms_text]
        reflected = " ".join(assessment.reasons())
        if reflected:
            parts.append(reflected)
        parts += [advice.text.format_map(values), triage.safety_net.format_map(values)]
        sentence = heard(triage, details, assessment.signs)
        if sentence:
            parts.insert(0, sentence)
    if disclaimer:
        parts.append(triage.disclaimer)
    buttons = tuple(_button(content, topic_id) for topic_id in advice.follow_ups)
    reply = Reply(text="\n\n".join(parts), buttons=buttons)
    if assessment.question is not None:
        question = question_reply(assessment.question, triage, content)
        reply = Reply(f"{reply.text}\n\n{question.text}", question.buttons)
    return reply


def escalation_with_answer(assessment: Assessment, triage: TriageContent, content: Content, answer: Reply,
                           disclaimer: bool = True) -> Reply:
    """An escalation that lets the runner's question be answered (Assessment.answers_question):
    what to do and why first, as triage_reply leads, then the answer to what was asked."""
    escalation = triage_reply(assessment.without_question(), triage, content, "", disclaimer=False)
    parts = [escalation.text, answer.text] + ([triage.disclaimer] if disclaimer else [])
    return Reply("\n\n".join(parts), answer.buttons)


def group_reply(
    assessment: Assessment,
    triage: TriageContent,
    content: Content,
    groups: GroupTexts,
    offer: str,
    answer: Optional[Reply] = None,
    disclaimer: bool = True,
) -> Reply:
    """The one public reply in a club's group chat to a member's own knee, kept short. Safety
    first: a red flag's what to do (the escalation's first paragraph, as triage_reply leads with
    it) or a possible sign's safety question (which says what to do if it applies); else the
    answer to a question the member asked with their story. Then that their knee is best talked
    about in private, and `offer`: how to get there. No Yes / No and no reasons in public: the
    member's symptoms go on in private."""
    advice = assessment.escalates or assessment.question is not None
    parts = []
    if assessment.escalates:
        escalation = triage_reply(assessment.without_question(), triage, content, "", disclaimer=False)
        parts.append(escalation.text.split("\n\n", 1)[0])
    elif assessment.question is not None:
        parts.append(question_reply(assessment.question, triage, content).text)
    elif answer is not None:
        parts.append(answer.text)
    parts += [groups.public.format_map(content.clinic.placeholders()), offer]
    if advice and disclaimer:
        parts.append(triage.disclaimer)
    buttons = answer.buttons if answer is not None and not advice else ()
    return Reply("\n\n".join(parts), buttons)


def private_invitation(groups: GroupTexts, content: Content) -> Dict[str, object]:
    """The private message that takes a member from the group to the check-in (Slack): its text
    and one button that starts the check-in."""
    return {"text": groups.invitation.format_map(content.clinic.placeholders()),
            "buttons": [{"title": groups.start_button, "payload": CHECKIN_PAYLOAD}]}
