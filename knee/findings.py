"""Read a runner's message as clinical findings: a sign, on a body site, in a context.

Text is tokenised, contractions normalised ("can't", "cant", "cannot" -> "can not"), small
typos corrected towards the vocabulary's own words ("swolen" -> "swollen") and lemmatised
("swelled", "swelling" -> "swell"), then matched with a spaCy Matcher built from
content/signs.yml:

- a *site* is a part of the body ("knee", "calf", "foot");
- a *state* is what a site is or does ("swollen", "numb", "locked"): each state is put on the
  nearest site named in the same part of the sentence, else on its default site ("it's swollen"
  is about the knee);
- a *sign* needs no site ("fever", "fell", "after the flight", "within minutes").

Each match is then read in its context, ConText-style, within its part of the sentence: negated
("no swelling"), hypothetical ("what if it swells?"), about someone else ("my mum's DVT"), or
history ("dislocated it years ago", "swelling went down overnight"). What remains is the set of
current findings about the writer (or the child they ask about), such as "swollen@knee",
"numb@foot" or "injury". Rules (content/red_flags.yml) combine findings; no single word decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from knee.language import english, is_english

from knee.triage_rules import has_finding
from knee.vocabulary import Vocabulary

MAX_CHARS = 5000
GAP = "..."
GAP_WORDS = 3
# A state is put on a site named at most this many words away, in the same part of a sentence.
SITE_WINDOW = 7
# Breaks that end a sentence; every other break ("," "but" "when") ends only a clause.
SENTENCE_BREAKS = frozenset({".", "!", "?", ";", "\n", "...", "..", "!!", "??", "?!"})
# The pronoun that names the knee the message is about ("it's swollen"); a state on it goes on its
# default site, or on the knee when it has none.
IT_SITE = "it"
NO_SITE = "none"

# Text-speak for "and" ("knees n ankles n hands"), read as the word the rules use.
_SHORTHAND = {"n": "and", "&": "and", "+": "and", "ur": "your", "u": "you", "cant": "can not",
              "wont": "will not", "dont": "do not", "doesnt": "does not", "didnt": "did not",
              "isnt": "is not", "im": "i", "ive": "i", "its": "it"}

_NUMBER_WORDS = {
    word: str(number)
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(), 1
    )
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
# "my kid's assembly", "my daughter's 2 hr dance recital": what a child named only as its owner has (the child is
# not the patient). A number, a unit of time and one word describing it may come between.
CHILDS_OCCASIONS = frozenset({"assembly", "school", "party", "recital", "concert", "nativity", "birthday", "play",
                              "wedding", "graduation", "bedroom", "room", "toys", "homework", "teacher", "parents",
                              "match", "game", "show", "performance", "rehearsal", "lesson", "lessons", "class",
                              "tournament", "gala", "exams"})
CHILD_SPOKEN_OF = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
OCCASION_TIME_UNITS = frozenset({"hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "hour-long", "day"})
# Words before "my son" that make him a baby the writer has had ("since having my daughter").
HAVING_A_BABY = frozenset({"having", "delivering"})
# Words before "her" or "him" that make them an onlooker ("in front of her", "next to him").
WATCHING = frozenset({"of", "to", "with", "at", "from", "by", "behind", "beside", "near", "past"})
# How many words may stand between a negation and the passing it denies ("not really gone down").
DENIED_WITHIN = 1
# Words that are their own lemma: without a part of speech the lemmatizer reads these nouns as verbs
# ("evening" -> "even"), and "as" as the plural of "a" ("just as bad" is not "just a bad day").
_OWN_LEMMA = frozenset({"evening", "ceiling", "wedding", "as"})
# "number" is the noun after one of these or a figure, or before "of" ("the number on my foot", "the 175 number", "a number
# of runs"); otherwise it may be "more numb" ("my foot is number than yesterday")
_NUMBER_NOUN_AFTER = frozenset({"the", "a", "that", "this", "what", "which", "any", "my", "your", "their", "his", "her", "same",
                                "magic", "phone", "big", "small", "high", "low", "right", "wrong", "whole", "odd", "even"})
# A number followed by one of these is a distance, time, weight or height, not an age ("I'm 5'9").
# ("I'm one of the run leaders": not an age)
_NOT_AN_AGE = (r"(?!\s*(?:of\b|k\b|km|kms|miles?|mi\b|mins?|minutes?|weeks?|wks?|days?|months?|hours?|hrs?|%|kg|lbs?|st\b|"
               r"stone|times?|degrees?|['’′\"]|ft\b|foot|feet|inch|cm\b))")
# "14M", "15 f": an age and a sex (not "2m followers", "a 10m sprint", "50m away")
# (not a distance: "the 15m turns" of a bleep test, "20m shuttles")
_AGE_AND_SEX = (r"(?<!\bthe )\b(\d{1,2})\s?[mf]\b(?!\s*(?:followers?|views?|subs|subscribers?|likes?|people|members?|users?|"
                r"sprints?|dash|runs?|away|from|of|long|wide|high|tall|deep|down|up|turns?|shuttles?|laps?|lengths?|"
                r"reps?|repeats?|intervals?|strides?|splits?|markers?|cones?|\d))")
_AGE = re.compile(
    # (not a thing's age: "my trainers which are 2 yrs old", "the shoes are 3 years old")
    r"(?<!which are )(?<!which were )(?<!that are )(?<!they are )(?<!they're )(?<!theyre )(?<!shoes are )(?<!trainers are )"
    r"(?<!insoles are )(?<!which is )(?<!that is )"
    r"\b(\d{1,2})\s*-?\s*(?:years?|yrs?)[\s-]*olds?\b|\b(\d{1,2})\s*-?\s*yo\b"
    r"|\b(\d{1,2})\s*y/?o\b"
    r"|" + _AGE_AND_SEX +
    r"|\((\d{1,2})\)"
    r"|\b(?:ds|dd)\s?(\d{1,2})\b"
    r"|\b[a-z]+'s (\d{1,2})\s*[-–,(]"
    r"|\b(?:lad|son|daughter|boy|girl|kid|kiddo|child|nephew|niece|grandson|granddaughter|player|teen|teenager|beta|beti"
    r"|brother|sister|stepbrother|stepsister|sibling|cousin)"
    r"\s+(?:(?:(?:who|that)\s+)?(?:is|of|aged|age)\s+|who'?s\s+|(?:(?:who|that|has)\s+)?(?:just |recently )?turned\s+)?(\d{1,2})\b"
    r"(?!\s*(?:weeks?|days?|months?|mins?|k\b|km|miles?))"
    r"|\bu\s?(\d{1,2})s?\b(?=\s*(?:team|squad|side|girls|boys|players?|league|football|rugby|netball))"
    r"|\bages\s+(\d{1,2})\s*(?:-|–|to)\s*\d{1,2}\b"
    r"|\b(?:aged?|i'?m|i am|she'?s|he'?s|they'?re)\s+(\d{1,2})\b" + _NOT_AN_AGE +
    # "my son have 17 years, plays futbol": an age said as in Spanish or Portuguese
    r"|\b(?:has|have|having)\s+(\d{1,2})\s+(?:years?|yrs?)(?=\s*(?:[,.;:!?)]|$|and\b|old\b))"
)
# The writer's own age ("I'm 14", "14M here", "me, 14,"): counts even when they write "my knee".
_SELF_AGE = re.compile(
    r"\b(?:i'?m|i am)\s*[,:(]?\s*(\d{1,2})\b" + _NOT_AN_AGE +
    # "me (14) and my mum", "me 13 (girl)", not "physio give me 2 exercises"
    r"|(?<!give )(?<!gave )(?<!gives )(?<!given )(?<!send )(?<!sent )(?<!show )(?<!showed )\bme\s*[,:(]?\s*(\d{1,2})(?=\s*(?:[,.:;()!?]|$|y\b|yo\b|y/o\b|years?\b|yrs?\b))" +
    r"|" + _AGE_AND_SEX +
    r"|^\W*(\d{1,2})\s*-?\s*(?:yo|y/o|years? old)\b|\b(\d{1,2})\s*-?\s*(?:yo|y/o|year old)\s+(?:here|runner|girl|boy|athlete)\b"
)
# A grown-up son or daughter: "my son (24)", "my daughter, 31,", "my daughter's 25", "my 19 year old son", "My DD is 17",
# "One of my girls, 19 years,".
_ADULT_CHILD = re.compile(
    r"\b(?:son|daughter|stepson|stepdaughter|kid|child|boy|girl|lad|ds|dd)s?(?:\s*[(,]|'s|\s+is|\s*,?\s+(?:she|he|who|that)(?:\s+is|'s)|\s+who'?s)\s*(\d{2})\b"
    r"(?!\s*(?:weeks?|days?|months?|mins?|k\b|km|miles?))"
    r"|\b(\d{2})\s*-?\s*(?:years?|yrs?)?[\s-]*(?:old|y/?o)\s+(?:son|daughter|stepson|stepdaughter|kid|boy|girl|lad)\b"
)


Span = Tuple[int, int]


@dataclass(frozen=True)
class Reading:
    """What a message says, after context: current findings about the patient, and who that is."""

    findings: FrozenSet[str]  # "swollen@knee", "fever", "injury", ...
    child: bool  # the patient is a child or teenager under the age limit
    personal: bool  # the writer describes their own (or their child's) knee

    def has(self, name: str) -> bool:
        """`name` is a finding ("fever"), or a state on one of several sites ("swollen@calf|leg")."""
        return has_finding(self.findings, name)


class FindingReader:
    """Compiled once per content load; `read` is a pure function of the text."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.nlp = english()
        self.matcher = Matcher(self.nlp.vocab)
        self._words: Set[str] = set()
        for site, phrases in vocabulary.sites.items():
            self._add(f"site:{site}", phrases)
        for state, spec in vocabulary.states.items():
            self._add(f"state:{state}", spec.phrases)
        for sign, phrases in vocabulary.signs.items():
            self._add(f"sign:{sign}", phrases)
        for cue, phrases in vocabulary.cues.items():
            self._add(f"cue:{cue}", phrases)
        # the vocabulary's words by first letter and length: the only candidates for a typo's fix
        self._candidates: Dict[Tuple[str, int], List[str]] = {}
        for known in sorted(self._words):
            if known:
                self._candidates.setdefault((known[0], len(known)), []).append(known)

    # -- reading ------------------------------------------------------------------------------

    def read(self, text: str) -> Reading:
        doc = self._doc(text[:MAX_CHARS])
        spans: Dict[str, List[Span]] = {}
        ends = {index for index, token in enumerate(doc) if token.text in SENTENCE_BREAKS}
        for match_id, start, end in self.matcher(doc):
            # a phrase never reaches across the end of a sentence ("... constantly. No pain")
            if end - start > 2 and ends and any(start < index < end - 1 for index in ends):
                continue
            spans.setdefault(self.nlp.vocab.strings[match_id], []).append((start, end))
        spans = {key: _outermost(found) for key, found in spans.items()}
        # "fell asleep", "a trip to Spain", "hit the wall": no sign inside an everyday phrase
        everyday = spans.get("cue:not_a_sign", [])
        # a longer sign phrase that holds the everyday phrase still counts ("had to catch myself")
        spans = {key: [span for span in found if key.startswith("cue:") or not _overlaps_any(
                     span, [e for e in everyday if not (span[0] <= e[0] and e[1] <= span[1] and span != e)])]
                 for key, found in spans.items()}
        # a hyphen inside a word ("five-a-side", "long-haul") ends nothing
        breaks = [span for span in spans.get("cue:break", []) if not (
            doc[span[0]].text == "-" and span[0] > 0 and not doc[span[0] - 1].whitespace_ and doc[span[0]].whitespace_ == "")]
        spans["cue:break"] = breaks
        clauses = _clause_ids(len(doc), breaks)
        sentences = _clause_ids(len(doc), [b for b in breaks if doc[b[0]:b[1]].text.strip(" ") in SENTENCE_BREAKS
                                            or "\n" in doc[b[0]:b[1]].text])
        alternatives = [index for index, token in enumerate(doc) if token.lower_ in ("or", "nor")
                        or (token.text == "," and index + 1 < len(doc))]
        ors = [index for index in alternatives if doc[index].text != ","]
        questions = {sentences[index - 1] for index, token in enumerate(doc) if token.text == "?" and index}
        # "swelled up in front of her": someone who only watches is not the patient
        watchers = [span for span in spans.get("cue:third_person", []) if span[0] and doc[span[0] - 1].lower_ in WATCHING]
        child_context = _Context(self.vocabulary, spans, clauses, sentences, patient_named=True,
                                 alternatives=alternatives, ors=ors, questions=questions, watchers=watchers)
        first_person_pain = any(clauses[cue[0]] == clauses[pain[0]] for cue in spans.get("cue:first_person", [])
                                for pain in spans.get("state:pain", []))
        own = ("cue:own_knee" in spans or first_person_pain or "cue:own_contrast" in spans) and "cue:child_body" not in spans
        # "my kid's assembly": a child named only as the owner of something else is not the patient
        # nor is a child the writer has just had ("back running 10 months after having my son")
        # (unless the child's own body is named or the child is spoken of again: "my daughter's dance show, her knee
        # swelled up", "my son's football match, he has knee pain and is limping")
        spoken_of = "cue:child_body" in spans or any(token.lower_ in CHILD_SPOKEN_OF for token in doc)
        named_child = [span for span in spans.get("cue:child", []) if not (
            _owns_an_occasion(doc, span) and not spoken_of) and not _just_had(doc, span)]
        child = self._about_child(text, child_context.any_current(named_child), own)
        # Somebody else is the patient when a child is, when the writer asks for them now, or
        # when someone close is named with what is happening to them now ("my wife's leg is ...").
        close_now = any(sentences[c[0]] == sentences[p[0]] and not _overlaps_any(p, [c])
                        for c in spans.get("cue:close_person", []) for p in spans.get("cue:present", []))
        # ... or a child of any age is named and their body spoken of ("My 17 year old plays basketball ... his knee has
        # gone from under him")
        # ... unless the writer sets their own knee apart ("mine just aches", "she's in A&E now")
        someone_else = (("cue:proxy" in spans or close_now or (named_child and "cue:child_body" in spans))
                        and "cue:own_contrast" not in spans)
        context = _Context(self.vocabulary, spans, clauses, sentences, patient_named=child or someone_else,
                           alternatives=alternatives, ors=ors, questions=questions, watchers=watchers)
        sites = sorted(((key[5:], span) for key, found in spans.items() if key.startswith("site:") for span in found),
                       key=lambda item: item[1])
        # "the foot on my bad-knee side": a site before "side" only says which side
        sites = [(site, span) for site, span in sites if not (
            span[1] < len(doc) and doc[span[1]].lower_ == "side" and any(other[0] != span[0] and clauses[other[0]] == clauses[span[0]]
                                                                          for _, other in sites))]
        findings: Set[str] = set()
        for key, found in spans.items():
            kind, name = key.split(":", 1)
            if kind == "state":
                state = self.vocabulary.states[name]
                for span in found:
                    if context.current(span, episodic=state.episodic):
                        site = _site_of(span, sites, clauses, state.borrows_site) or state.default_site
                        if site == IT_SITE:
                            site = state.default_site if state.default_site != NO_SITE else "knee"
                        findings.add(f"{name}@{site}")
            elif kind == "sign" and any(context.current(span) for span in found):
                findings.add(name)
        if child:
            findings.add("child")
        return Reading(frozenset(findings), child=child, personal="cue:personal" in spans or child)

    def _about_child(self, text: str, child_word: bool, own_knee: bool) -> bool:
        """A child is the patient when an age under the limit or a child word says so, unless
        the writer describes their own pain and not the child's ("my kid and I run, my knee
        aches", "it's sore when I crouch down to play with my kid"): then only their own age
        counts."""
        digits = _NUMBER_WORD.sub(lambda match: _NUMBER_WORDS[match.group(1)], text.lower())
        limit = self.vocabulary.child_max_age
        if any(age <= limit for age in _ages(_SELF_AGE, digits)):
            return True
        if own_knee:
            return False
        ages = _ages(_AGE, digits)
        if any(age <= limit for age in ages):
            return True
        grown_up = any(age > limit for age in ages) or any(age > limit for age in _ages(_ADULT_CHILD, digits))
        return child_word and not grown_up

    # -- matching -----------------------------------------------------------------------------

    def _doc(self, text: str) -> Doc:
        tokens = self.nlp.tokenizer(text.lower().replace("’", "'"))
        words = []
        spaces = []
        for token in tokens:
            norm = token.norm_
            expanded = _SHORTHAND.get(norm) or self._correct(norm)
            for index, word in enumerate(expanded.split()):
                words.append(word)
                spaces.append(True if index < len(expanded.split()) - 1 else bool(token.whitespace_))
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        return self._lemmatize(doc)

    def _correct(self, word: str) -> str:
        """Fix a small typo towards a word the vocabulary uses, leaving real English words alone."""
        if len(word) < 5 or not word.isalpha() or word in self._words or is_english(word):
            return word
        limit = 1 if len(word) < 8 else 2
        close = [
            (_distance(word, candidate, limit), candidate)
            for length in range(len(word) - limit, len(word) + limit + 1)
            for candidate in self._candidates.get((word[0], length), ())
        ]
        close = [pair for pair in close if pair[0] <= limit]
        return min(close)[1] if close else word

    def _add(self, key: str, phrases: Iterable[str]) -> None:
        patterns = []
        for pattern in (self._pattern(phrase) for phrase in phrases):
            # "pain|ache|knee ... sleep" as one pattern per first word: the matcher tests every
            # pattern's first word at every word of a message, and a plain word is tested fastest
            first = pattern[0] if pattern else {}
            attribute = next(iter(first)) if len(first) == 1 else None
            options = first.get(attribute) if attribute in ("LEMMA", "LOWER") else None
            if isinstance(options, dict) and list(options) == ["IN"]:
                patterns += [[{attribute: option}] + pattern[1:] for option in dict.fromkeys(options["IN"])]
            elif pattern:
                patterns.append(pattern)
        self.matcher.add(key, patterns)

    def _pattern(self, phrase: str) -> List[dict]:
        pattern: List[dict] = []
        for part in phrase.split():
            if part == GAP:
                pattern.extend({"OP": "?"} for _ in range(GAP_WORDS))
            elif part.startswith("~"):
                pattern.append({"LOWER": {"REGEX": f"^(?:{part[1:]})$"}})
            elif part.startswith("="):
                options = [option.lstrip("=") for option in part.split("|")]
                pattern.append({"LOWER": {"IN": options}})
                self._words.update(options)
            elif "|" in part:
                lemmas = [lemma for option in part.split("|") for lemma in self._lemmas(option)]
                pattern.append({"LEMMA": {"IN": lemmas}})
            else:
                pattern.extend({"LEMMA": lemma} for lemma in self._lemmas(part))
        return pattern

    def _lemmas(self, text: str) -> List[str]:
        tokens = self.nlp.tokenizer(text.lower())
        self._words.update(t.norm_ for t in tokens if t.norm_.isalpha())
        doc = Doc(self.nlp.vocab, words=[t.norm_ for t in tokens])
        return [token.lemma_ for token in self._lemmatize(doc)]

    def _lemmatize(self, doc: Doc) -> Doc:
        doc = self.nlp.get_pipe("lemmatizer")(doc)
        for token in doc:  # nouns the rule lemmatizer reads as verbs ("evening" -> "even")
            if token.lower_ in _OWN_LEMMA:
                token.lemma_ = token.lower_
            elif token.lower_ == "number" and _is_the_noun_number(token):
                token.lemma_ = token.lower_
        return doc


def _is_the_noun_number(token: Token) -> bool:
    before = token.nbor(-1).lower_ if token.i > 0 else ""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return before in _NUMBER_NOUN_AFTER or before.isdigit() or after == "of"


class _Context:
    """ConText-style: a cue changes a match only within its part of the sentence."""

    def __init__(self, vocabulary: Vocabulary, spans: Mapping[str, List[Span]],
                 clauses: Sequence[int], sentences: Sequence[int], patient_named: bool = False,
                 alternatives: Sequence[int] = (), ors: Iterable[int] = (), questions: Iterable[int] = (),
                 watchers: Iterable[Span] = ()) -> None:
        self.window = vocabulary.cue_window
        self.clauses, self.sentences = clauses, sentences
        matched = [span for key, found in spans.items() if not key.startswith("cue:") for span in found]
        # a negation that is part of a phrase meaning the sign ("haven't been able to stand")
        self.negations = [span for span in spans.get("cue:negation", [])
                          if not _overlaps_any(span, spans.get("cue:not_negation", []))
                          and not _inside_any(span, matched)]
        # a negation reaches past each "or" in its reach ("no swelling or warmth, haven't been on a
        # plane or a long drive") and along a list ("not hot, red or swollen")
        self._starts = {span[0] for key, found in spans.items() if key.startswith(("state:", "sign:")) for span in found}
        self._ors = sorted(ors)
        self.negation_reach = [self._reach(cue[1], alternatives) for cue in self.negations]
        self._denials = spans.get("cue:negation", [])
        # ... nor one that is part of a phrase meaning something else ("buckled and I nearly went down")
        self.negations_after = [span for span in self._not_denied(spans.get("cue:negation_after", []))
                                if not _overlaps_any(span, spans.get("cue:not_negation", []))]
        self.hypotheticals = [span for span in spans.get("cue:hypothetical", [])
                              if not _inside_any(span, spans.get("cue:not_negation", []))]
        # Other people: anyone not close always; someone close, or "he"/"she", unless the
        # message makes them the patient.
        # ... except someone the writer asks for ("one of my athletes felt the knee shift")
        self.others = [c for c in spans.get("cue:other_person", []) if not _overlaps_any(c, spans.get("cue:proxy", []))]
        if not patient_named:
            self.others += spans.get("cue:close_person", []) + [
                span for span in spans.get("cue:third_person", []) if span not in watchers]
        self.history = spans.get("cue:history", [])
        self.own = spans.get("cue:own_knee", [])
        self.general = spans.get("cue:general", [])
        self.states = sorted(span for key, found in spans.items() if key.startswith("state:") for span in found)
        # a history or hypothetical cue that opens a sentence covers all of it ("Years ago I had a
        # knee that locked, then ...", "In theory, if a knee locked and then unlocked ...")
        self.opening = [c for c in self.history + self.hypotheticals
                        if c[0] == 0 or sentences[c[0] - 1] != sentences[c[0]]]
        # "it hasn't gone down": a passing that is denied is no passing
        self.resolved = [span for span in self._not_denied(spans.get("cue:resolved", []))
                         if not _overlaps_any(span, spans.get("cue:not_negation", []))]
        # where each part of a sentence begins (after its break word): "when I was a teenager in a tackle"
        self.clause_starts = _starts(clauses)
        self.sentence_starts = _starts(sentences)
        self.resolved_later = self._not_denied(spans.get("cue:resolved_later", []))
        self.taken_back = spans.get("cue:taken_back", [])
        self.questions = set(questions)  # the sentences that ask something

    def _not_denied(self, cues: List[Span]) -> List[Span]:
        """The cues no negation stands right before ("has not gone down", "never settled")."""
        return [c for c in cues if not any(n[1] <= c[0] <= n[1] + DENIED_WITHIN and self.clauses[n[0]] == self.clauses[c[0]]
                                           for n in self._denials)]

    def _reach(self, start: int, alternatives: Sequence[int]) -> Tuple[int, Set[int]]:
        """Where a negation ending at `start` stops, and the parts of the sentence it covers: its
        own, and each next item of a list it reaches ("not hot, red or swollen")."""
        end, covered = start + self.window, {self.clauses[start - 1]}
        for index in alternatives:  # in the order of the message
            if not start <= index < end:
                continue
            if self.clauses[index - 1] not in covered:
                continue
            listed = index in self._ors or any(index < o < index + 2 * self.window for o in self._ors)
            if index + 1 in self._starts and listed:  # a sign after "or", or the next item of "X, Y or Z"
                end = index + 1 + self.window
                covered.add(self.clauses[index + 1])
            elif self.clauses[index + 1] == self.clauses[index]:  # "or" inside the part of the sentence
                end = index + 1 + self.window
        return end, covered

    def current(self, span: Span, episodic: bool = False) -> bool:
        """The finding is present now, in the writer (or the child they write about). A sign that
        comes and goes by nature (`episodic`) is not cancelled by its passing."""
        start, end = span

        def same_clause(cue: Span) -> bool:
            return self.clauses[cue[0]] == self.clauses[start]

        def same_sentence(cue: Span) -> bool:
            return self.sentences[cue[0]] == self.sentences[start]

        if any(c[1] <= start < end and self.clauses[start] in covered
               for c, (end, covered) in zip(self.negations, self.negation_reach)):
            return False
        if any((same_clause(c) or c[0] == end) and end <= c[0] < end + self.window for c in self.negations_after):
            return False
        if any(same_clause(c) and c[1] <= start for c in self.hypotheticals):
            return False
        # ... unless the writer names their own body between ("a labrador ran into me and my knee bent")
        if any(same_clause(c) and not any(c[1] <= own[0] and own[1] <= start for own in self.own) for c in self.others):
            return False
        if any((same_clause(c) and c[0] < end and start < c[1] + self.window)
               or (same_clause(c) and end <= c[0] < end + 2 * self.window)
               or (same_sentence(c) and end <= c[0] < end + self.window) for c in self.history):
            return False
        if any(same_sentence(c) and c[1] <= start for c in self.opening):
            return False
        if any(same_clause(c) and c[0] in self.clause_starts for c in self.history):
            return False
        if any(same_sentence(c) for c in self.general):
            return False
        # taken back at once, even a sign that comes and goes ("my knee locked... sorry, I mean I locked my
        # knees out on the leg press")
        if any(end <= c[0] < end + self.window for c in self.taken_back):
            return False
        # passed: said so in its own part of the sentence, or later in the sentence with no other
        # state named in between ("swelled a little after the race, it's all gone down now", but
        # not "swelled up, the pain went away but it's huge")
        if episodic:
            return True
        # a cue inside the phrase itself is part of it ("kneecap has gone round the side")
        def outside(cue: Span) -> bool:
            return not (start <= cue[0] and cue[1] <= end)

        if any(same_clause(c) and start <= c[0] < end + 2 * self.window and outside(c) for c in self.resolved):
            return False
        return not any((same_sentence(c) or self._opens_next_sentence(c, start)) and start <= c[0] < end + 3 * self.window
                       and outside(c) and not any(end <= s[0] and s[1] <= c[0] for s in self.states) for c in self.resolved_later)

    def _opens_next_sentence(self, cue: Span, start: int) -> bool:
        """"Thighs bright pink afterwards. Back to normal after a shower": the passing said at the
        start of the next sentence, unless that sentence asks ("Back to normal? No")."""
        return (self.sentences[cue[0]] == self.sentences[start] + 1 and self.sentences[cue[0]] not in self.questions
                and cue[0] in self.sentence_starts)

    def any_current(self, spans: Iterable[Span]) -> bool:
        return any(self.current(span) for span in spans)


LEG_SITES = ("knee", "leg", "calf", "thigh", "foot", "hip")


def _site_of(span: Span, sites: List[Tuple[str, Span]], clauses: Sequence[int], borrow: bool = True) -> Optional[str]:
    """The site a state is about: a leg site inside its own phrase ("felt the knee shift"), else
    the nearest one named in the same part of the sentence if close enough (a named site before an
    "it" with nothing to stand for), else (when `borrow`) the last one named before it ("my calf is
    tight. it's warm too"). "it" stands for the last site named before it."""
    start, end = span
    best: Optional[Tuple[Tuple[bool, int], int]] = None
    earlier: Optional[int] = None
    inside = [site for site, (site_start, site_end) in sites if start <= site_start and site_end <= end and site in LEG_SITES]
    if inside:  # the phrase names its own site ("felt the knee shift"; not "face-planted")
        return inside[0]
    for index, (site, (site_start, site_end)) in enumerate(sites):
        if site_start < end and start < site_end:
            continue
        distance = start - site_end if site_end <= start else site_start - end
        if clauses[site_start] == clauses[start] and distance <= SITE_WINDOW:
            # a site named in the clause beats an "it" with no site before it ("it's a massive
            # blister on my heel")
            rank = (site == IT_SITE and not any(named != IT_SITE and named_end <= site_start
                                                 for named, (_, named_end) in sites), distance)
            if best is None or rank < best[0]:
                best = (rank, index)
        elif borrow and site_end <= start and (earlier is None or site_end > sites[earlier][1][1]):
            earlier = index
    chosen = best[1] if best else earlier
    if chosen is None:
        return None
    site, (site_start, _) = sites[chosen]
    if site != IT_SITE:
        return site
    before = [(named_end, named) for named, (_, named_end) in sites if named != IT_SITE and named_end <= site_start]
    return max(before)[1] if before else IT_SITE


def _owns_an_occasion(doc: Doc, span: Span) -> bool:
    """The child is named as the owner of an occasion: "my kid's assembly", "my daughter's 2 hr dance recital"."""
    at = span[1]
    if at >= len(doc) or doc[at].text not in ("'s", "’s"):
        return False
    at += 1
    if at < len(doc) and doc[at].like_num:
        at += 1
    if at < len(doc) and doc[at].lower_ in OCCASION_TIME_UNITS:
        at += 1
    words = [token.lower_ for token in doc[at:at + 2]]
    return bool(words) and (words[0] in CHILDS_OCCASIONS
                            or (len(words) == 2 and doc[at].is_alpha and words[1] in CHILDS_OCCASIONS))


def _just_had(doc: Doc, span: Span) -> bool:
    """The child is one the writer gave birth to: "after having my son", "birth to my daughter"."""
    words = [token.lower_ for token in doc[max(0, span[0] - 3):span[0]]]
    if words and words[-1] in ("my", "our"):
        words = words[:-1]
    return bool(words) and (words[-1] in HAVING_A_BABY or words[-2:] in (["birth", "to"], ["pregnant", "with"]))


def _outermost(spans: List[Span]) -> List[Span]:
    """Drop matches that lie inside a longer match of the same kind."""
    return sorted({span for span in spans if not _inside_any(span, spans)})


def _ages(pattern: "re.Pattern[str]", text: str) -> List[int]:
    return [int(next(group for group in found if group)) for found in pattern.findall(text)]


def _clause_ids(length: int, breaks: List[Span]) -> List[int]:
    boundaries = sorted(start for start, _ in breaks)
    ids, clause, position = [], 0, 0
    for index in range(length):
        while position < len(boundaries) and boundaries[position] <= index:
            clause, position = clause + 1, position + 1
        ids.append(clause)
    return ids


def _starts(ids: Sequence[int]) -> Set[int]:
    """Where each part begins: its first word, or the word after the break that opens it."""
    return {index for index in range(len(ids))
            if index == 0 or ids[index - 1] != ids[index] or index >= 2 and ids[index - 2] != ids[index]}


def _overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    return any(o[0] < span[1] and span[0] < o[1] for o in others)


def _inside_any(span: Span, others: Iterable[Span]) -> bool:
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
