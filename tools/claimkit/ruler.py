"""The model's attribute ruler, matched over token arrays instead of by spaCy's Matcher.

en_core_web_sm's ``attribute_ruler`` maps tags to parts of speech and morphology with 179
one- and two-token patterns. spaCy's Matcher tries each pattern at each token and calls back
into Python for every ``IN``, ``NOT_IN`` and ``REGEX`` test: more than a tenth of the model's
time on news text. Here each pattern becomes a few table look-ups over the
document's attribute columns (numpy), and the matches go to the ruler's own
``set_annotations``, so what is set, and in which order later patterns win, is spaCy's own.

``install(nlp)`` does this only when every pattern is of a kind compiled here (string
attributes compared by equality, ``IN``, ``NOT_IN`` or ``REGEX``; boolean flags; no operators);
otherwise the ruler keeps spaCy's Matcher. Nothing is written to the model: a pipeline saved
afterwards holds the same patterns. tests/test_ruler.py holds the two paths equal token for
token on the seed and tune articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from spacy.attrs import IDS

# Pattern keys compared as strings (by their hash in the document's arrays).
STRING_KEYS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG", "DEP": "DEP",
               "LEMMA": "LEMMA", "SHAPE": "SHAPE", "ENT_TYPE": "ENT_TYPE"}
# Pattern keys that are true or false of a token.
FLAG_KEYS = frozenset({"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
                       "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"})


class Unsupported(ValueError):
    """A pattern this module does not compile (the ruler keeps spaCy's Matcher)."""


class _Column:
    """One attribute column: the values patterns name get small codes, every other value 0 (a
    flag's two values are both named)."""

    def __init__(self, attr: str) -> None:
        self.attr = attr
        self.codes: dict[int, int] = {}
        self.regexes: list[re.Pattern[str]] = []

    def code(self, value: int) -> int:
        return self.codes.setdefault(value, len(self.codes) + 1)

    def table(self) -> np.ndarray:
        return np.zeros(len(self.codes) + 1, dtype=bool)


# A token test: ("table", column, allowed codes) or ("regex", column, the column's regex number).
Test = tuple[str, str, Any]


class CompiledRuler:
    """A drop-in for ``AttributeRuler.match``: the same matches, found with numpy.

    One-token patterns made of table tests (nearly all of them) are matched together: per column
    a table of codes by rule, so a document costs one look-up per column. The others (longer
    patterns, regular expressions) are matched one by one, window by window."""

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self.columns: dict[str, _Column] = {}
        rules = ruler.patterns
        for number, rule in enumerate(rules):
            for pattern in rule["patterns"]:
                if not pattern:
                    raise Unsupported(f"rule {number} has an empty pattern")
                for token in pattern:
                    for key, value in token.items():
                        self._register(key, value, strings)
        self.names = list(self.columns)
        self.attr_ids = [IDS[self.columns[name].attr] for name in self.names]
        # Tables need every code known first: build them in a second pass.
        batched: list[tuple[int, int, list[Test]]] = []
        self.single: list[tuple[int, int, list[list[list[Test]]]]] = []
        for number, rule in enumerate(rules):
            key = strings[str(number)]
            patterns = [[[self._test(k, v, strings) for k, v in token.items()] for token in pattern]
                        for pattern in rule["patterns"]]
            if len(patterns) == 1 and len(patterns[0]) == 1 and all(t[0] == "table" for t in patterns[0][0]):
                batched.append((number, key, patterns[0][0]))
            else:
                self.single.append((number, key, patterns))
        self.batched = [(number, key) for number, key, _ in batched]
        # Per column: allowed[code, k] for the k-th batched rule (True where it does not test it).
        self.allowed: dict[str, np.ndarray] = {}
        for name, column in self.columns.items():
            grid = np.ones((len(column.codes) + 1, len(batched)), dtype=bool)
            for k, (_, _, tests) in enumerate(batched):
                for _, where, table in tests:
                    if where == name:
                        grid[:, k] &= table
            self.allowed[name] = grid

    def _register(self, key: Any, value: Any, strings) -> None:
        name = key.upper() if isinstance(key, str) else key
        if name in STRING_KEYS:
            column = self.columns.setdefault(STRING_KEYS[name], _Column(STRING_KEYS[name]))
            if isinstance(value, str):
                column.code(strings[value])
                return
            if isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                    for a in arg:
                        column.code(strings[a])
                    return
                if op == "REGEX" and isinstance(arg, str):
                    return
            raise Unsupported(f"{key}: {value!r}")
        if name in FLAG_KEYS and isinstance(value, bool):
            column = self.columns.setdefault(name, _Column(name))
            column.code(0)
            column.code(1)
            return
        raise Unsupported(f"pattern key {key!r}: {value!r}")  # "OP", "POS", "_", lengths, ...

    def _test(self, key: str, value: Any, strings) -> Test:
        name = key.upper()
        name = STRING_KEYS.get(name, name)
        column = self.columns[name]
        table = column.table()
        if isinstance(value, bool):
            table[column.codes[int(value)]] = True
            return ("table", name, table)
        if isinstance(value, str):
            table[column.codes[strings[value]]] = True
            return ("table", name, table)
        (op, arg), = value.items()
        if op == "REGEX":
            column.regexes.append(re.compile(arg))
            return ("regex", name, len(column.regexes) - 1)
        for a in arg:
            table[column.codes[strings[a]]] = True
        return ("table", name, table if op == "IN" else ~table)

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``: (rule number, key, start, end), sorted so later rules win."""
        n = len(doc)
        if n == 0:
            return []
        array = doc.to_array(self.attr_ids).reshape(n, len(self.attr_ids))
        strings = doc.vocab.strings
        codes: dict[str, np.ndarray] = {}
        regex_masks: dict[str, list[np.ndarray]] = {}
        for k, name in enumerate(self.names):
            column = self.columns[name]
            uniques, inverse = np.unique(array[:, k], return_inverse=True)
            values = uniques.tolist()
            codes[name] = np.fromiter((column.codes.get(v, 0) for v in values), dtype=np.intp,
                                      count=len(values))[inverse.reshape(-1)]
            if column.regexes:
                texts = [strings[v] if v else "" for v in values]
                regex_masks[name] = [np.fromiter((bool(rx.search(t)) for t in texts), dtype=bool,
                                                 count=len(texts))[inverse.reshape(-1)] for rx in column.regexes]
        out: list[tuple[int, int, int, int]] = []
        if self.batched:
            hits = np.ones((n, len(self.batched)), dtype=bool)
            for name in self.names:
                hits &= self.allowed[name][codes[name]]
            rule_at, token_at = np.nonzero(hits.T)
            batched = self.batched
            out.extend((*batched[r], t, t + 1) for r, t in zip(rule_at.tolist(), token_at.tolist()))
        for number, key, patterns in self.single:
            found: list[tuple[int, int]] = []
            for tokens in patterns:
                length = len(tokens)
                if length > n:
                    continue
                mask = np.ones(n - length + 1, dtype=bool)
                for offset, tests in enumerate(tokens):
                    window = slice(offset, n - length + 1 + offset)
                    for kind, name, what in tests:
                        mask &= what[codes[name][window]] if kind == "table" else regex_masks[name][what][window]
                found.extend((int(start), int(start) + length) for start in np.flatnonzero(mask))
            out.extend((number, key, start, end) for start, end in sorted(set(found)))
        if self.single and self.batched:
            out.sort()
        return out


def install(nlp, name: str = "attribute_ruler") -> bool:
    """Let the pipeline's attribute ruler match with :class:`CompiledRuler`; False (and the ruler
    untouched) when there is none or a pattern is of a kind not compiled here."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not callable(getattr(ruler, "match", None)) or not hasattr(ruler, "patterns"):
        return False
    try:
        compiled = CompiledRuler(ruler)
    except Unsupported:
        return False
    ruler.match = compiled.match  # AttributeRuler.__call__ looks it up on the instance
    return True


def spacy_match(ruler: Any) -> Callable[[Any], Sequence[tuple[int, int, int, int]]]:
    """spaCy's own matching of ``ruler`` (what :func:`install` replaces), for comparison."""
    return type(ruler).match.__get__(ruler)
