"""Two of the model's components, run over token arrays with the same output.

**The attribute ruler.** en_core_web_sm's ``attribute_ruler`` maps tags to parts of speech and
morphology with 179 one- and two-token patterns. spaCy's Matcher tries each pattern at each
token and calls back into Python for every ``IN``, ``NOT_IN`` and ``REGEX`` test: about a tenth
of the model's time on news text. Here each pattern becomes a few table look-ups over the
document's attribute columns (numpy), and the matches go to the ruler's own
``set_annotations``, so what is set, and in which order later patterns win, is spaCy's own.
Only when every pattern is of a kind compiled here (string attributes compared by equality,
``IN``, ``NOT_IN`` or ``REGEX``; boolean flags; no operators); otherwise spaCy's Matcher stays.

**The rule lemmatizer.** spaCy's rule lemmatizer keeps each part of speech's known words as a
list (57,528 nouns) and scans it for every form its suffix rules make: about a tenth of a
millisecond for each new word, and as much time as the ruler. Here the lists are sets. A lemma
is a function of the token's text, part of speech and morphology alone (``rule_lemmatize`` and
the English ``is_base_form`` read nothing else), so it is worked out once per such triple and
the document's lemmas are written as one column. Only for a rule-mode lemmatizer of spaCy's own
classes; any other stays as it is.

``install(nlp)`` sets both up on a loaded pipeline (patterns added to the ruler afterwards would
not be seen); nothing is written to the model, and a pipeline saved afterwards is the model's.
tests/test_fastpipes.py holds the result equal to the model's, token for token, on the seed and
tune articles.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer

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
        if n == 0 or not self.attr_ids:
            return []  # no tokens, or no patterns
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


# Lemmas remembered per (text, part of speech, morphology); cleared when this many are held
# (about 13 MB), so that memory does not grow with the corpus.
LEMMA_MEMO_SIZE = 50_000


class _ArrayLemmatizer(Lemmatizer):
    """Mixed into the pipeline's rule lemmatizer's class: the same lemmas, one per distinct
    (text, part of speech, morphology), set as a column."""

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            set_lemmas(self, doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)


def set_lemmas(lemmatizer: Any, doc) -> None:
    """What ``Lemmatizer.__call__`` does in rule mode: each token without a lemma (every token,
    with ``overwrite``) gets the first of ``lemmatizer.rule_lemmatize(token)``."""
    n = len(doc)
    if n == 0:
        return
    memo = lemmatizer.__dict__.setdefault("_claimkit_lemmas", {})
    if len(memo) > LEMMA_MEMO_SIZE:
        memo.clear()
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
    overwrite = lemmatizer.overwrite
    lemmas = np.empty(n, dtype=np.uint64)
    for i, (orth, pos, morph, lemma) in enumerate(rows):
        if lemma and not overwrite:
            lemmas[i] = lemma
            continue
        key = (orth, pos, morph)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _rule_lemma(lemmatizer, doc[i])
        # Added each time: a memory zone (nlp.memory_zone()) drops the strings it saw added.
        lemmas[i] = strings.add(found)
    doc.from_array([LEMMA], lemmas.reshape(n, 1))


def _rule_lemma(lemmatizer: Any, token) -> str:
    """``lemmatizer.rule_lemmatize(token)[0]``, with the word lists as sets: spaCy keeps each part
    of speech's known words as a list (57,528 nouns) and scans it for every candidate form, a
    tenth of a millisecond a word. The early answers (a space, a base form, a part of speech with
    no tables) are spaCy's own call."""
    pos = token.pos_.lower()
    lookups = lemmatizer.lookups
    exceptions_by_pos = lookups.get_table("lemma_exc", {})
    rules_by_pos = lookups.get_table("lemma_rules", {})
    if pos in ("", "eol", "space") or lemmatizer.is_base_form(token) or not (
            lookups.get_table("lemma_index", {}).get(pos) or exceptions_by_pos.get(pos) or rules_by_pos.get(pos)):
        return lemmatizer.rule_lemmatize(token)[0]
    index = _known_words(lemmatizer, pos)
    text = token.text
    lower = text.lower()
    known: list[str] = []  # forms in the index: each new one goes first
    odd: list[str] = []  # forms with a non-letter: in rule order, after the known ones
    unknown: list[str] = []  # other forms: used only when nothing else is found
    for suffix, replacement in rules_by_pos.get(pos, {}):
        if not lower.endswith(suffix):
            continue
        form = lower[: len(lower) - len(suffix)] + replacement
        if form and form in index:
            known.insert(0, form)
        elif form and not form.isalpha():
            odd.append(form)
        elif form:
            unknown.append(form)
    forms = list(dict.fromkeys(known + odd))
    for form in exceptions_by_pos.get(pos, {}).get(lower, []):
        if form not in forms:
            forms.insert(0, form)
    return forms[0] if forms else unknown[0] if unknown else text


def _known_words(lemmatizer: Any, pos: str) -> frozenset[str]:
    sets = lemmatizer.__dict__.setdefault("_claimkit_index", {})
    if pos not in sets:
        sets[pos] = frozenset(lemmatizer.lookups.get_table("lemma_index", {}).get(pos, ()))
    return sets[pos]


class ArrayLemmatizer(_ArrayLemmatizer):
    """spaCy's rule ``Lemmatizer`` with the array ``__call__``."""


class ArrayEnglishLemmatizer(_ArrayLemmatizer, EnglishLemmatizer):
    """spaCy's ``EnglishLemmatizer`` (rule mode) with the array ``__call__``."""


# spaCy's own classes, whose lemma reads the token's text, part of speech and morphology only.
ARRAY_CLASSES: dict[type, type] = {Lemmatizer: ArrayLemmatizer, EnglishLemmatizer: ArrayEnglishLemmatizer}


def install(nlp) -> list[str]:
    """Set up the array versions on ``nlp``'s attribute ruler and rule lemmatizer where they
    apply; the names of the components changed."""
    done = []
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if callable(getattr(ruler, "match", None)) and hasattr(ruler, "patterns"):
            try:
                compiled = CompiledRuler(ruler)
            except Unsupported:
                pass
            else:
                ruler.match = compiled.match  # AttributeRuler.__call__ looks it up on the instance
                done.append("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        fast = ARRAY_CLASSES.get(type(lemmatizer))
        if fast is not None and getattr(lemmatizer, "mode", None) == "rule":
            # The same object with the array __call__: its tables, settings and serialization
            # stay the lemmatizer's.
            lemmatizer.__class__ = fast
            done.append("lemmatizer")
    return done
