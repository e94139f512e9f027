"""The words the finding reader knows (content/signs.yml), validated on load like all content."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Mapping, Tuple

from knee.content import ContentError, read_yaml

SIGNS_FILE = "signs.yml"
# The learned nets' findings ("reads_like_emergency"), one per tier they recognise (knee/triage_net.py).
LEARNED_TIERS = ("emergency", "urgent")
# The finding (and the red_flags.yml rule that asks about it) of each learned tier.
LEARNED_FINDING = "reads_like_{tier}"
# Context cues the reader itself uses (knee/findings.py); every other cue list is a sign.
CUES = ("negation", "not_negation", "negation_after", "hypothetical", "other_person", "close_person",
        "third_person", "proxy", "present", "history", "resolved", "not_a_sign", "break", "child", "own_knee", "child_body", "personal", "first_person",
        "general", "own_contrast", "resolved_later", "taken_back")


@dataclass(frozen=True)
class State:
    phrases: Tuple[str, ...]
    default_site: str
    # False for words too common to borrow a site from another part of the message ("my
    # kneecap hurts but the bill is huge"): only a site in its own part of the sentence counts.
    borrows_site: bool = True
    # True for a sign that comes and goes by nature (a knee that catches or locks, then frees):
    # "then it's fine" does not cancel it.
    episodic: bool = False


@dataclass(frozen=True)
class Vocabulary:
    sites: Mapping[str, Tuple[str, ...]]
    states: Mapping[str, State]
    signs: Mapping[str, Tuple[str, ...]]
    cues: Mapping[str, Tuple[str, ...]]
    cue_window: int
    child_max_age: int

    def names(self) -> set:
        """Every finding a rule may name: signs, states on each site, and "child"."""
        sites = [site for site in self.sites if site != "it"] + ["none"]  # "none": no site was named
        on_sites = {f"{state}@{site}" for state in self.states for site in sites}
        learned = {LEARNED_FINDING.format(tier=tier) for tier in LEARNED_TIERS}
        return set(self.signs) | on_sites | learned | {"child"}


def load_vocabulary(directory: Path) -> Vocabulary:
    data = read_yaml(directory, SIGNS_FILE)
    sites = {name: _phrases(value, "sites", name) for name, value in _mapping(data, "sites").items()}
    states = {}
    for name, fields in _mapping(data, "states").items():
        if not isinstance(fields, dict):
            raise ContentError(SIGNS_FILE, "must be a mapping with words and site", topic=f"states.{name}")
        site = fields.get("site")
        if site not in sites and site != "none":
            raise ContentError(SIGNS_FILE, f"must be one of the sites ({', '.join(sites)}) or none",
                               topic=f"states.{name}", field="site")
        borrows = fields.get("borrows_site", True)
        if not isinstance(borrows, bool):
            raise ContentError(SIGNS_FILE, "must be true or false", topic=f"states.{name}", field="borrows_site")
        episodic = fields.get("episodic", False)
        if not isinstance(episodic, bool):
            raise ContentError(SIGNS_FILE, "must be true or false", topic=f"states.{name}", field="episodic")
        states[name] = State(_phrases(fields.get("words"), f"states.{name}", "words"), site, borrows, episodic)
    signs = {name: _phrases(value, "signs", name) for name, value in _mapping(data, "signs").items()}
    cues = {name: _phrases(value, "context", name) for name, value in _mapping(data, "context").items()}
    missing = [cue for cue in CUES if cue not in cues]
    if missing:
        raise ContentError(SIGNS_FILE, f"context needs the cue list '{missing[0]}'", topic="context")
    clash = sorted((set(signs) & set(states)) | (set(signs) & set(cues)))
    if clash:
        raise ContentError(SIGNS_FILE, "a name is used twice (sign, state or cue)", topic=clash[0])
    return Vocabulary(sites, states, signs, cues, _number(data, "cue_window"), _number(data, "child_max_age"))


def _mapping(data: Mapping[str, Any], name: str) -> Dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict) or not value:
        raise ContentError(SIGNS_FILE, f"needs a non-empty '{name}' mapping")
    return {str(key): item for key, item in value.items()}


def _phrases(value: Any, where: str, name: str) -> Tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ContentError(SIGNS_FILE, "must be a non-empty list", topic=where, field=name)
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ContentError(SIGNS_FILE, "entries must be non-empty text (quote words like \"no\")",
                           topic=where, field=name)
    return tuple(item.strip().lower() for item in value)


def _number(data: Mapping[str, Any], name: str) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ContentError(SIGNS_FILE, "must be a whole number above 0", field=name)
    return value
