"""A small text classifier: word and character n-grams, TF-IDF, then a logistic regression.

It reads what runners write: words and word pairs ("keep running", "knee brace") and the
character 3-5-grams inside words, which survive typos and text-speak ("brase", "runnin"). It
is trained with scikit-learn, but only the fitted numbers are kept, and a message is scored from
them directly, the same TF-IDF and the same linear function as scikit-learn's at a fraction of
its cost. It learns the topic of a question (components/topic_classifier.py) and, one per tier,
whether a message reads like an emergency or an urgent case (knee/triage_net.py).
"""
from __future__ import annotations

import json
import math
import re
import warnings
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

# The views of a message: (analyzer, n-gram range, minimum number of messages a term is in).
PARTS: Tuple[Tuple[str, Tuple[int, int], int], ...] = (("word", (1, 2), 1), ("char_wb", (3, 5), 2))
Vocabulary = Dict[str, Tuple[int, float]]  # term -> (column, idf)


class TextClassifier:
    def __init__(self, labels: Sequence[Any], vocabularies: List[Vocabulary], coef: np.ndarray,
                 intercept: np.ndarray) -> None:
        self.labels = list(labels)
        self.vocabularies, self.coef, self.intercept = vocabularies, coef, intercept
        self._analyzers = [analyzer(kind, ngrams) for kind, ngrams, _ in PARTS]
        # The words it learned from (a "word" part's single words), e.g. "pfps", "parkrun".
        self.words = frozenset(term for (kind, _, _), vocabulary in zip(PARTS, vocabularies) if kind == "word"
                               for term in vocabulary if " " not in term)

    @classmethod
    def fit(cls, texts: Sequence[str], labels: Sequence[Any], weights: Optional[Sequence[float]] = None,
            c: float = 10.0, min_df: Optional[Sequence[int]] = None, max_iter: int = 3000) -> "TextClassifier":
        """`min_df`: for each part, the fewest messages a term must be in (PARTS' by default);
        fewer terms, and fewer iterations (`max_iter`), train faster on many examples."""
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        model = make_pipeline(
            make_union(*[TfidfVectorizer(analyzer=kind, ngram_range=ngrams, min_df=least, sublinear_tf=True)
                         for (kind, ngrams, _), least in zip(PARTS, min_df or [part[2] for part in PARTS])]),
            LogisticRegression(C=c, max_iter=max_iter, class_weight=None if weights is not None else "balanced"),
        )
        with warnings.catch_warnings():  # a limit on iterations is chosen, not a fault
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit([spelled_out(text) for text in texts], list(labels), logisticregression__sample_weight=weights)
        union, regression = model.steps[0][1], model.steps[1][1]
        vocabularies, offset = [], 0
        for _, vectorizer in union.transformer_list:
            idf = vectorizer.idf_.tolist()
            vocabularies.append({term: (offset + index, idf[index]) for term, index in vectorizer.vocabulary_.items()})
            offset += len(vectorizer.vocabulary_)
        return cls(regression.classes_.tolist(), vocabularies, np.asarray(regression.coef_, dtype=np.float64),
                   np.asarray(regression.intercept_, dtype=np.float64))

    def scores(self, text: str) -> np.ndarray:
        """The linear scores, one per label (one in all for two labels, as scikit-learn keeps it)."""
        columns: List[int] = []
        values: List[float] = []
        text = spelled_out(text)
        for analyze, vocabulary in zip(self._analyzers, self.vocabularies):
            part = [(vocabulary[term][0], (1.0 + math.log(count)) * vocabulary[term][1])
                    for term, count in Counter(analyze(text)).items() if term in vocabulary]
            norm = math.sqrt(sum(value * value for _, value in part))
            if norm:
                columns += [column for column, _ in part]
                values += [value / norm for _, value in part]
        if not columns:
            return self.intercept.copy()
        return self.coef[:, columns] @ np.asarray(values) + self.intercept

    def probabilities(self, text: str) -> Dict[Any, float]:
        scores = self.scores(text)
        if len(self.labels) == 2:
            positive = 1.0 / (1.0 + math.exp(-max(min(float(scores[0]), 50.0), -50.0)))
            return {self.labels[0]: 1.0 - positive, self.labels[1]: positive}
        exp = np.exp(scores - scores.max())
        return dict(zip(self.labels, (exp / exp.sum()).tolist()))

    def save(self, directory: Path, name: str) -> None:
        np.savez_compressed(directory / f"{name}.npz", coef=self.coef, intercept=self.intercept)
        (directory / f"{name}.json").write_text(
            json.dumps({"labels": self.labels, "vocabularies": self.vocabularies}), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, name: str) -> "TextClassifier":
        arrays = np.load(directory / f"{name}.npz")
        data = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        vocabularies = [{term: (entry[0], entry[1]) for term, entry in vocabulary.items()}
                        for vocabulary in data["vocabularies"]]
        return cls(data["labels"], vocabularies, arrays["coef"], arrays["intercept"])


_WORD = re.compile(r"(?u)\b\w\w+\b")
_SPACE = re.compile(r"\s\s+")
# Text-speak written out before a message is read: a word of one letter is no term at all ("what
# can u do" would read as "what can I do"), and "wat" and "what" should be one word.
TEXT_SPEAK = {"u": "you", "ur": "your", "wat": "what", "wot": "what", "pls": "please", "plz": "please",
              "thx": "thanks", "cuz": "because", "coz": "because", "cos": "because", "b4": "before",
              "tho": "though", "abt": "about", "ppl": "people", "wanna": "want to", "gonna": "going to",
              "dunno": "do not know", "idk": "i do not know", "rn": "right now", "smth": "something",
              "sth": "something", "shud": "should", "cud": "could", "wud": "would", "bcoz": "because",
              "n": "and", "yr": "your", "wen": "when", "hw": "how"}
_TEXT_SPEAK_WORD = re.compile(r"(?<![\w'’])(" + "|".join(TEXT_SPEAK) + r")(?![\w'’])", re.I)


def spelled_out(text: str) -> str:
    """The message with its text-speak written out in words (TEXT_SPEAK)."""
    return _TEXT_SPEAK_WORD.sub(lambda found: TEXT_SPEAK[found.group(1).lower()], text)


def analyzer(kind: str, ngrams: Tuple[int, int]) -> Callable[[str], List[str]]:
    """scikit-learn's TfidfVectorizer analyzers (lowercase; "word" with its token pattern, or
    "char_wb"), written out so that scoring needs no scikit-learn."""
    low, high = ngrams
    if kind == "word":
        def words(text: str) -> List[str]:
            tokens = _WORD.findall(text.lower())
            return [" ".join(tokens[i:i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]
        return words

    def chars(text: str) -> List[str]:
        grams = []
        for word in _SPACE.sub(" ", text.lower()).split():
            padded = f" {word} "
            for n in range(low, high + 1):
                offset = 0
                grams.append(padded[offset:offset + n])
                while offset + n < len(padded):
                    offset += 1
                    grams.append(padded[offset:offset + n])
                if offset == 0:
                    break
        return grams
    return chars

