"""Find red-flag signs and symptom features in a runner's own words, with spaCy.

Text is tokenised, contractions normalised ("can't", "cant", "cannot" -> "can not"), small
typos corrected towards the rules' own words ("swolen" -> "swollen"), lemmatised ("swelled",
"swelling" -> "swell") and matched with a spaCy Matcher built from the phrases in content/.
A match does not count when the context says it is negated, hypothetical or about someone
else (a ConText-style check: cue words within the same clause).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from knee.triage import Findings
from knee.triage_net import TriageNet
from knee.triage_rules import CONTEXT_LISTS, TriageContent, tier_rank

MAX_CHARS = 5000
GAP = "..."
GAP_WORDS = 3
# Breaks that end a clause but not a sentence: history cues reach past them.
CLAUSE_ONLY_BREAKS = frozenset({",", ":", "-", "—"})
_AGE = re.compile(
    r"\b(\d{1,2})\s*-?\s*(?:years?|yrs?)[\s-]*old\b"
    r"|\b(\d{1,2})\s*y/?o\b"
    r"|\b(\d{1,2})\s?[mf]\b"
    r"|\((\d{1,2})\)"
    r"|\b(?:ds|dd)\s?(\d{1,2})\b"
    r"|\b[a-z]+'s (\d{1,2})\s*[-–,(]"
    r"|\b(?:lad|son|daughter|boy|girl|kid|kiddo|child|beta|beti|nephew|niece|grandson|granddaughter|player)"
    r"\s+(?:is|of)\s+(\d{1,2})\b"
    r"(?!\s*(?:weeks?|days?|months?|mins?|k\b|km|miles?))"
    r"|\bu\s?(\d{1,2})s?\b(?=\s*(?:team|squad|side|girls|boys|players?|league|football|rugby|netball))"
    r"|\b(?:aged?|i'?m|i am|she'?s|he'?s|they'?re)\s+(\d{1,2})\b"
    r"(?!\s*(?:k\b|km|kms|miles?|mi\b|mins?|minutes?|weeks?|wks?|days?|months?|hours?|hrs?|%|kg|lbs?|st\b|stone|times?))"
)


# The writer's own age ("I'm 14", "14M here"): counts even when they write "my knee".
_SELF_AGE = re.compile(
    r"\b(?:i'?m|i am)\s+(\d{1,2})\b(?!\s*(?:k\b|km|kms|miles?|mi\b|mins?|minutes?|weeks?|wks?|days?|"
    r"months?|hours?|hrs?|%|kg|lbs?|st\b|stone|times?))"
    r"|\b(\d{1,2})\s?[mf]\b"
)
# A grown-up son or daughter: "my son (24)", "my daughter, 31,", "my 19 year old son".
_ADULT_CHILD = re.compile(
    r"\b(?:son|daughter|stepson|stepdaughter|kid|child|boy|girl|lad)\s*[(,]\s*(\d{2})\b"
    r"|\b(\d{2})\s*-?\s*(?:years?|yrs?)?[\s-]*(?:old|y/?o)\s+(?:son|daughter|stepson|stepdaughter|kid|boy|girl|lad)\b"
)

# Text-speak for "and" ("knees n ankles n hands"), read as the word the rules use.
_SHORTHAND = {"n": "and", "&": "and", "+": "and"}

_NUMBER_WORDS = {
    word: str(number)
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(), 1
    )
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")


@lru_cache(maxsize=1)
def english() -> Language:
    """A blank English pipeline with spaCy's lookup lemmatizer (no statistical model needed)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def _lemma_table() -> Tuple[Any, FrozenSet[str]]:
    """spaCy's English lookup table (keyed by hashed forms) and the set of its lemmas."""
    table = english().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return table, frozenset(table.values())


def _is_english(word: str) -> bool:
    table, lemmas = _lemma_table()
    return word in table or word in lemmas


class SignMatcher:
    """Compiled once per content load; `find` is a pure function of the text.

    With the triage nets, a message no phrase of a tier matched still counts as that tier's
    learned rule when the tier's net gives at least the rule's threshold.
    """

    def __init__(self, triage: TriageContent, nets: Optional[Mapping[str, TriageNet]] = None) -> None:
        self.triage = triage
        self.nets: Mapping[str, TriageNet] = nets or {}
        self._learned = [rule for rule in triage.rules.values() if rule.learned_threshold is not None]
        self.nlp = english()
        self.matcher = Matcher(self.nlp.vocab)
        self._vocabulary: Set[str] = set()
        # A plain "if" does not discount an emergency sign: a question can carry a real one.
        self._emergency_keys = {
            f"{kind}:{rule.id}" for rule in triage.rules.values() if rule.tier == "emergency"
            for kind in ("rule", "with")
        }
        for rule in triage.rules.values():
            if rule.phrases:
                self._add(f"rule:{rule.id}", rule.phrases)
            if rule.with_any:
                self._add(f"with:{rule.id}", rule.with_any)
        context = triage.context
        for name in CONTEXT_LISTS:
            self._add(f"cue:{name}", getattr(context, name))
        self._add("cue:child", triage.child_words)
        self._add("cue:own_knee", triage.own_knee_words)
        self._add("cue:child_body", triage.child_body_words)
        self._add("cue:personal", triage.personal_words)

    def find(self, text: str) -> Findings:
        doc = self._doc(text[:MAX_CHARS])
        spans: Dict[str, List[Tuple[int, int]]] = {}
        for match_id, start, end in self.matcher(doc):
            spans.setdefault(self.nlp.vocab.strings[match_id], []).append((start, end))
        breaks = spans.get("cue:breaks", [])
        clauses = _clause_ids(len(doc), breaks)
        sentences = _clause_ids(len(doc), [b for b in breaks if doc[b[0]:b[1]].text not in CLAUSE_ONLY_BREAKS])
        rule_spans = [span for key, found in spans.items() if key.startswith("rule:") for span in found]
        negations = [
            span
            for span in spans.get("cue:negation", [])
            if not _inside_any(span, spans.get("cue:not_negation", []))
            and not _inside_any(span, rule_spans)
        ]
        strong = spans.get("cue:hypothetical", [])
        conditional = strong + spans.get("cue:conditional", [])
        context = _ContextCheck(
            clauses, negations, spans.get("cue:negation_after", []),
            spans.get("cue:other_person", []), self.triage.context.window,
            _History(clauses, sentences, spans.get("cue:history", []), self.triage.context.window),
        )
        counted = {
            key
            for key, found in spans.items()
            if any(
                context.counts(span, strong if key in self._emergency_keys else conditional)
                for span in found
            )
        }
        rule_ids = [
            rule.id
            for rule in self.triage.rules.values()
            if f"rule:{rule.id}" in counted and (not rule.with_any or f"with:{rule.id}" in counted)
        ]
        own_knee = "cue:own_knee" in spans and "cue:child_body" not in spans
        child = self._about_child(text, "cue:child" in counted, own_knee)
        return Findings(
            rule_ids=tuple(rule_ids + self._learned_ids(text, rule_ids, child)),
            child=child,
            personal="cue:personal" in spans,
        )

    def _learned_ids(self, text: str, rule_ids: List[str], child: bool) -> List[str]:
        """Learned rules, most urgent first; each asked only when nothing found so far reaches its tier."""
        found = [
            self.triage.rules[rule_id] for rule_id in rule_ids
            if child or not self.triage.rules[rule_id].child_only
        ]
        learned: List[str] = []
        for rule in sorted(self._learned, key=lambda rule: -tier_rank(rule.tier)):
            net = self.nets.get(rule.tier)
            if net is None or any(tier_rank(other.tier) >= tier_rank(rule.tier) for other in found):
                continue
            if net.probability(text[:MAX_CHARS]) >= (rule.learned_threshold or 1.0):
                learned.append(rule.id)
                found.append(rule)
        return learned

    def _about_child(self, text: str, child_word: bool, own_knee: bool) -> bool:
        """A child is the patient when an age under the limit or a child word says so, unless
        the writer describes their own knee and not the child's (then only their own age counts)."""
        digits = _NUMBER_WORD.sub(lambda match: _NUMBER_WORDS[match.group(1)], text.lower())
        limit = self.triage.child_max_age
        if any(age <= limit for age in _ages(_SELF_AGE, digits)):
            return True
        if own_knee:
            return False
        ages = _ages(_AGE, digits)
        if any(age <= limit for age in ages):
            return True
        # A parent's own age ("34F, my son...") does not cancel a child word; a teenager's
        # stated age over the limit ("my 17 year old son"), or a grown-up child's, does.
        grown_up = any(limit < age < 20 for age in ages) or any(
            age > limit for age in _ages(_ADULT_CHILD, digits)
        )
        return child_word and not grown_up

    def _doc(self, text: str) -> Doc:
        tokens = self.nlp.tokenizer(text.lower())
        words = [_SHORTHAND.get(token.norm_) or self._correct(token.norm_) for token in tokens]
        doc = Doc(self.nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])
        return self.nlp.get_pipe("lemmatizer")(doc)

    def _correct(self, word: str) -> str:
        """Fix a small typo towards a word the rules use, leaving real English words alone."""
        if len(word) < 5 or not word.isalpha() or word in self._vocabulary:
            return word
        if _is_english(word):
            return word
        limit = 1 if len(word) < 8 else 2
        scored = [
            (_distance(word, candidate, limit), candidate)
            for candidate in self._vocabulary
            if candidate[0] == word[0] and abs(len(candidate) - len(word)) <= limit
        ]
        close = [pair for pair in scored if pair[0] <= limit]
        return min(close)[1] if close else word

    def _add(self, key: str, phrases: Iterable[str]) -> None:
        patterns = [self._pattern(phrase) for phrase in phrases]
        self.matcher.add(key, [pattern for pattern in patterns if pattern])

    def _pattern(self, phrase: str) -> List[dict]:
        pattern: List[dict] = []
        for part in phrase.split():
            if part == GAP:
                pattern.extend({"OP": "?"} for _ in range(GAP_WORDS))
            elif part.startswith("="):
                pattern.append({"LOWER": part[1:]})
                self._vocabulary.add(part[1:])
            elif "|" in part:
                lemmas = [lemma for option in part.split("|") for lemma in self._lemmas(option)]
                pattern.append({"LEMMA": {"IN": lemmas}})
            else:
                pattern.extend({"LEMMA": lemma} for lemma in self._lemmas(part))
        return pattern

    def _lemmas(self, text: str) -> List[str]:
        tokens = self.nlp.tokenizer(text.lower())
        self._vocabulary.update(t.norm_ for t in tokens if t.norm_.isalpha())
        doc = Doc(self.nlp.vocab, words=[t.norm_ for t in tokens])
        return [token.lemma_ for token in self.nlp.get_pipe("lemmatizer")(doc)]


def _ages(pattern: "re.Pattern[str]", text: str) -> List[int]:
    return [int(next(group for group in found if group)) for found in pattern.findall(text)]


class _ContextCheck:
    """ConText-style: a cue affects a match only within the same clause."""

    def __init__(
        self,
        clauses: Sequence[int],
        negations: List[Tuple[int, int]],
        negations_after: List[Tuple[int, int]],
        others: List[Tuple[int, int]],
        window: int,
        history: "_History",
    ) -> None:
        self.clauses, self.window = clauses, window
        self.negations, self.negations_after, self.others = negations, negations_after, others
        self.history = history

    def counts(self, span: Tuple[int, int], hypotheticals: List[Tuple[int, int]]) -> bool:
        start, end = span

        def same_clause(cue: Tuple[int, int]) -> bool:
            return self.clauses[cue[0]] == self.clauses[start]

        if any(same_clause(c) and c[1] <= start < c[1] + self.window for c in self.negations):
            return False
        if any(same_clause(c) and end <= c[0] < end + self.window for c in self.negations_after):
            return False
        if any(same_clause(c) and c[1] <= start for c in hypotheticals):
            return False
        if self.history.covers(span):
            return False
        return not any(same_clause(c) for c in self.others)


class _History:
    """A history cue near a match makes it the past: shortly before it in the same clause ("years
    ago I dislocated it"), or shortly after it in the same sentence ("had a fever, fully
    recovered"). "I had a clot years ago, calf swollen after the drive" still counts."""

    def __init__(
        self, clauses: Sequence[int], sentences: Sequence[int], cues: List[Tuple[int, int]], window: int
    ) -> None:
        self.clauses, self.sentences, self.cues, self.window = clauses, sentences, cues, window

    def covers(self, span: Tuple[int, int]) -> bool:
        start, end = span
        return any(
            (self.clauses[cue[0]] == self.clauses[start] and cue[0] < end and start < cue[1] + self.window)
            or (self.sentences[cue[0]] == self.sentences[start] and end <= cue[0] < end + self.window)
            for cue in self.cues
        )


def _clause_ids(length: int, breaks: List[Tuple[int, int]]) -> List[int]:
    boundaries = sorted(start for start, _ in breaks)
    ids, clause, position = [], 0, 0
    for index in range(length):
        while position < len(boundaries) and boundaries[position] <= index:
            clause, position = clause + 1, position + 1
        ids.append(clause)
    return ids


def _inside_any(span: Tuple[int, int], others: List[Tuple[int, int]]) -> bool:
    return any(o[0] <= span[0] and span[1] <= o[1] and o != span for o in others)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up early once it exceeds `limit`."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
