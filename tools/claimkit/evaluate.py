"""Score the claim detector against hand-annotated gold files.

Two formats are read. The gold corpus of real articles (tests/gold/README.md): one
``<split>/<name>.gold.json`` per article, beside its text ``<name>.txt`` and its metadata
``<name>.json``, with the claims by offsets, the page furniture and the borderline passages. And
JSON Lines files (``tests/gold/sentences.jsonl``), one case a line, either a ``text`` of its own
or the ``doc_id`` of a stored source::

    {"id": "s01", "text": "...", "claims": [{"focus": "16 April 1949", "nth": 0, "type": "date",
     "important": true, "value": {"kind": "date", "value": "1949-04-16", "precision": "day", "qualifier": null}}]}

``nth`` says which occurrence of ``focus`` (default 0); a case may give ``published`` for relative
dates. A gold file is one *article* of the report; a JSON Lines file counts as one, its cases scored
together.

Splits (``--split``): ``seed`` (``tests/gold/seed/*.gold.json``), ``tune``, ``held`` (scored once,
at the end; never by default) and ``sentences`` (``tests/gold/sentences.jsonl``).

Extraction goes through ``extract.parse_sources`` and ``extract.proposals``, the path
``claimkit extract`` takes: noise found and masked, the document's metadata on the Doc, the
claims outside noise regions.

Matching: a predicted and a gold focus may match when they overlap by at least half of the shorter
of the two. Each claim matches at most one other; of all such one-to-one matchings the scorer takes
one with the most pairs and, among those, the tightest fits (the largest sum of overlap / union).
Taking pairs greedily by their share of the shorter focus, as this module once did, let an exact
match lose to a long focus that merely contains it ("four gunshot wounds" went to a gold focus of
a whole sentence holding it, and the identical gold claim was counted as missed), and let an
early pair leave a claim unmatched that another pairing matches (4 matches of the tune split were
lost so). A predicted claim that matches nothing and has at least
half of its focus inside a gold ``borderline`` passage is *neutral*: neither a false alarm nor a
hit, and left out of precision.

Agreement (``evaluate_agreement``): a second annotator's files for the same texts take the
detector's place, their claims as its proposals and their furniture as its noise regions, so the
same figures say how far two annotators agree: the ceiling the detector is measured under.

Values: a date's value must be equal; a quantity's amount and "approximate" must be equal and its
unit the same once spelling the gold conventions leave free is set aside (``same_value``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from .digests import sha256_hex
from .errors import UsageError
from .models import CLAIM_TYPES, MAX_DOC_ID, Document, format_time
from .normalize import CURRENCIES, CURRENCY_WORDS

GOLD_DIR = Path("tests") / "gold"
SPLITS = ("seed", "tune", "held", "sentences")
DEFAULT_SPLITS = ("seed", "tune", "sentences")
HELD = "held"
MIN_OVERLAP = 0.5


# -- gold files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldClaim:
    start: int
    end: int
    type: str
    value: dict | None
    important: bool
    cluster: str | None = None


@dataclass
class Case:
    """One text and what an annotator marked in it."""

    id: str
    text: str
    metadata: dict
    claims: list[GoldClaim]
    furniture: list[tuple[int, int, str]] = field(default_factory=list)
    borderline: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class GoldFile:
    """One gold file: an article of the corpus, or a JSON Lines file of cases."""

    path: Path
    name: str
    split: str
    cases: list[Case]
    # JSON Lines files mark no furniture, and clusters only if their claims carry the key: the
    # figures are unknown there, not zero.
    has_furniture: bool = False
    has_clusters: bool = False


def split_files(root: Path, split: str) -> list[Path]:
    """The gold files of one split under ``root``/tests/gold."""
    gold = Path(root) / GOLD_DIR
    if split == "sentences":
        path = gold / "sentences.jsonl"
        return [path] if path.exists() else []
    if split not in SPLITS:
        raise UsageError(f"unknown split {split!r}: choose from {', '.join(SPLITS)}")
    return sorted((gold / split).glob("*.gold.json"))


def select_gold(root: Path, splits: list[str] | None = None, paths: list[str | Path] | None = None) -> list[Path]:
    """Gold files of ``splits`` and ``paths`` (each once, in that order); by default every split
    but ``held``."""
    chosen = splits or ([] if paths else list(DEFAULT_SPLITS))
    out: list[Path] = []
    for split in chosen:
        found = split_files(root, split)
        # A split asked for by name must have files; the default selection skips an empty one.
        if not found and splits:
            raise UsageError(f"--split {split}: no gold files for this split under {GOLD_DIR}/")
        out += found
    for given in paths or []:
        path = Path(given)
        if not path.is_file():
            raise UsageError(f"{path}: no such gold file")
        if not (path.name.endswith(".gold.json") or path.suffix == ".jsonl"):
            raise UsageError(f"{path}: a gold file is <name>.gold.json or a .jsonl file")
        out.append(path)
    seen: set[Path] = set()
    unique = []
    for path in out:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique


def load_gold(path: Path, root: Path) -> GoldFile:
    """Read one gold file; a ``UsageError`` names the file and the place of the first problem."""
    path = Path(path)
    if path.name.endswith(".gold.json"):
        return _load_corpus_file(path)
    return _load_jsonl(path, Path(root))


class _Problems(list):
    def raise_any(self, path: Path) -> None:
        if self:
            more = f" (and {len(self) - 1} more)" if len(self) > 1 else ""
            raise UsageError(f"{path}: {self[0]}{more}; `python tests/gold/check.py {path}` lists every problem")


def _offsets(entry: object, quoted: str, text: str, where: str, problems: _Problems) -> tuple[int, int] | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: not an object")
        return None
    if not isinstance(entry.get("start"), int) or not isinstance(entry.get("end"), int):
        problems.append(f"{where}: no start/end offsets (unresolved); run `python tests/gold/check.py --resolve` on the file")
        return None
    start, end = entry["start"], entry["end"]
    if not 0 <= start < end <= len(text):
        problems.append(f"{where}: offsets {start}..{end} are not a non-empty range of the text (length {len(text)})")
        return None
    if entry.get(quoted) != text[start:end]:
        problems.append(f"{where}.{quoted}: {entry.get(quoted)!r} is not the text at {start}..{end} ({text[start:end]!r})")
        return None
    return start, end


def _claim(c: dict, start: int, end: int, where: str, problems: _Problems) -> GoldClaim | None:
    if c.get("type") not in CLAIM_TYPES:
        problems.append(f"{where}.type: {c.get('type')!r} is not one of {', '.join(CLAIM_TYPES)}")
        return None
    value = c.get("value")
    if value is not None and not isinstance(value, dict):
        problems.append(f"{where}.value: must be an object or null")
        return None
    cluster = c.get("cluster")
    return GoldClaim(start, end, c["type"], value, bool(c.get("important", False)), cluster if isinstance(cluster, str) else None)


def _load_corpus_file(path: Path, texts: Path | None = None) -> GoldFile:
    """Read a ``<name>.gold.json`` with its ``<name>.txt`` and ``<name>.json`` from its own folder,
    or from ``texts`` (a second annotation kept without a copy of the text)."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: cannot read it as JSON ({exc})") from None
    stem = path.name.removesuffix(".gold.json")
    folder = path.parent if texts is None else texts
    text_path, meta_path = folder / (stem + ".txt"), folder / (stem + ".json")
    try:
        raw = text_path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: its text {text_path} cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: its text {text_path} is not UTF-8") from None
    try:
        document = Document.model_validate_json(meta_path.read_bytes())
    except OSError as exc:
        raise UsageError(f"{path}: its metadata {meta_path} cannot be read ({exc.strerror or exc})") from None
    except ValidationError as exc:
        raise UsageError(f"{path}: its metadata {meta_path} is not a valid document record ({str(exc).splitlines()[0]})") from None
    if sha256_hex(raw) != document.sha256:
        raise UsageError(f"{path}: {text_path} does not match the sha256 in {meta_path}; the text changed since it was annotated")
    problems = _Problems()
    if not isinstance(data, dict):
        raise UsageError(f"{path}: $: must be an object")
    for key in ("split", "claims", "furniture", "borderline"):
        if key not in data:
            problems.append(f"$.{key}: missing")
    problems.raise_any(path)
    if data["split"] not in SPLITS:
        problems.append(f"$.split: {data['split']!r} is not one of {', '.join(SPLITS)}")
    elif path.parent.name in SPLITS and path.parent.name != data["split"]:
        problems.append(f"$.split: {data['split']!r}, but the file is in the folder of split {path.parent.name!r}")
    claims: list[GoldClaim] = []
    for i, c in enumerate(data["claims"] or []):
        where = f"$.claims[{i}]"
        found = _offsets(c, "focus", text, where, problems)
        if found is not None:
            claim = _claim(c, *found, where, problems)
            if claim is not None:
                claims.append(claim)
    furniture = []
    for i, f in enumerate(data["furniture"] or []):
        found = _offsets(f, "text", text, f"$.furniture[{i}]", problems)
        if found is not None:
            furniture.append((*found, str(f.get("kind"))))
    borderline = []
    for i, b in enumerate(data["borderline"] or []):
        found = _offsets(b, "text", text, f"$.borderline[{i}]", problems)
        if found is not None:
            borderline.append(found)
    problems.raise_any(path)
    from .extract import document_metadata

    case = Case(stem, text, document_metadata(document), claims, furniture, borderline)
    return GoldFile(path, stem, data["split"], [case], has_furniture=True, has_clusters=True)


def _locate(text: str, focus: str, nth: int) -> tuple[int, int] | None:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(focus, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(focus)


def _load_jsonl(path: Path, root: Path) -> GoldFile:
    from .extract import document_metadata
    from .store import Store

    store = Store(root)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot be read ({exc})") from None
    cases = []
    has_clusters = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(case, dict) or not isinstance(case.get("claims"), list):
            raise UsageError(f"{where}: a case is an object with a list of claims")
        if "text" in case:
            text = case["text"]
            metadata = document_metadata(published=case.get("published"))
        elif "doc_id" in case:
            text = store.read_text(case["doc_id"])
            metadata = document_metadata(store.read_document(case["doc_id"]))
        else:
            raise UsageError(f"{where}: a case needs a text or the doc_id of a stored source")
        problems = _Problems()
        claims = []
        for i, c in enumerate(case["claims"]):
            place = f"line {lineno}: $.claims[{i}]"
            if not isinstance(c, dict) or not isinstance(c.get("focus"), str):
                problems.append(f"{place}: a claim is an object with its focus")
                continue
            nth = c.get("nth", 0)
            found = _locate(text, c["focus"], nth) if isinstance(nth, int) and nth >= 0 else None
            if found is None:
                problems.append(f"{place}.focus: {c['focus']!r} (occurrence {nth}, counted from 0) is not in the text")
                continue
            claim = _claim(c, *found, place, problems)
            if claim is not None:
                claims.append(claim)
            has_clusters = has_clusters or "cluster" in c
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise UsageError(f"{path}: {problems[0]}{more}")
        cases.append(Case(str(case.get("id") or case.get("doc_id")), text, metadata, claims))
    split = "sentences" if path.name == "sentences.jsonl" else path.stem
    return GoldFile(path, path.name, split, cases, has_clusters=has_clusters)


# -- matching --------------------------------------------------------------------------------


def match(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (index into predicted, index into gold), sorted; see the module docstring.

    Of all one-to-one sets of eligible pairs (overlap at least ``MIN_OVERLAP`` of the shorter
    focus), one with the most pairs and, among those, the largest sum of overlap / union: each
    focus goes to the one that fits it most tightly, unless that would cost another claim its match.
    """
    eligible = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0 and overlap >= MIN_OVERLAP * min(pe - ps, ge - gs):
                eligible.append((i, j, overlap / (max(pe, ge) - min(ps, gs))))
    if not eligible:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    rows = sorted({i for i, _, _ in eligible})
    cols = sorted({j for _, j, _ in eligible})
    row_of, col_of = {i: k for k, i in enumerate(rows)}, {j: k for k, j in enumerate(cols)}
    # Each pair is worth more than any sum of tightness (at most 1 a pair), so the count comes first.
    worth = min(len(rows), len(cols)) + 1
    weight = np.zeros((len(rows), len(cols)))
    for i, j, tightness in eligible:
        weight[row_of[i], col_of[j]] = worth + tightness
    chosen = linear_sum_assignment(weight, maximize=True)
    return sorted((rows[r], cols[c]) for r, c in zip(*chosen) if weight[r, c] > 0)


# Spellings of one currency (the extractor writes the code, an annotator may write the word or
# the sign): the normalizer's own tables, and each code for itself.
_CURRENCY_UNITS = {spelling: code.lower() for spelling, code in {**CURRENCIES, **CURRENCY_WORDS}.items()} | {
    code.lower(): code.lower() for code in CURRENCIES.values()}


def _unit_word(word: str) -> str:
    word = word.strip(".-")
    if word in _CURRENCY_UNITS:
        return _CURRENCY_UNITS[word]
    # Singular or plural, as the conventions allow: "months" and "month" are one unit, and so are
    # "breaches" and "breach" (a plural in "-es" after a hissing sound).
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _unit_form(unit: str | None) -> str | None:
    """A unit as the gold conventions compare it: case, a final full stop ("bbl."), singular and
    plural, a currency's word or code, and "a"/"per" ("km a day", "km per day") set aside."""
    if unit is None:
        return None
    return " ".join("/" if w in ("a", "an", "per") else _unit_word(w) for w in unit.lower().split())


def same_value(predicted: dict | None, gold: dict | None) -> bool:
    """Whether a predicted value says what the gold value says (exact for dates; for quantities
    the amount, the hedge and the unit, spelled as ``_unit_form`` compares it)."""
    if predicted is None or gold is None or predicted.get("kind") != "quantity" or gold.get("kind") != "quantity":
        return predicted == gold
    return predicted.get("amount") == gold.get("amount") and predicted.get("approximate") == gold.get("approximate") \
        and _unit_form(predicted.get("unit")) == _unit_form(gold.get("unit"))


def _inside(start: int, end: int, passages: list[tuple[int, int]]) -> bool:
    """At least half of ``start..end`` lies in one of ``passages``."""
    return any(2 * (min(end, b) - max(start, a)) >= end - start for a, b in passages)


# -- scores ----------------------------------------------------------------------------------


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


@dataclass
class Counts:
    """What is added up over cases, articles and splits; the ratios are None where undefined."""

    predicted: int = 0
    neutral: int = 0
    gold: int = 0
    matched: int = 0
    important: int = 0
    important_matched: int = 0
    type_correct: int = 0
    values: int = 0
    values_correct: int = 0
    furniture_claims: int = 0
    furniture_known: bool = False
    clusters_known: bool = False
    pairs_both: int = 0  # pairs of matched claims clustered together in gold and in prediction
    pairs_predicted: int = 0
    pairs_gold: int = 0
    # Page furniture by characters: of the gold furniture, of the noise regions found, of both;
    # and the gold claims whose focus a found region overlaps (claims the regions take away).
    furniture_gold: int = 0
    furniture_found: int = 0
    furniture_both: int = 0
    claims_in_regions: int = 0
    gold_by_type: dict[str, int] = field(default_factory=dict)
    matched_by_type: dict[str, int] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        for name in ("predicted", "neutral", "gold", "matched", "important", "important_matched", "type_correct",
                     "values", "values_correct", "furniture_claims", "pairs_both", "pairs_predicted", "pairs_gold",
                     "furniture_gold", "furniture_found", "furniture_both", "claims_in_regions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.furniture_known = self.furniture_known or other.furniture_known
        self.clusters_known = self.clusters_known or other.clusters_known
        for mine, theirs in ((self.gold_by_type, other.gold_by_type), (self.matched_by_type, other.matched_by_type)):
            for t, n in theirs.items():
                mine[t] = mine.get(t, 0) + n

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.predicted - self.neutral)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched, self.gold)

    @property
    def recall_high(self) -> float | None:
        return _ratio(self.important_matched, self.important)

    @property
    def type_accuracy(self) -> float | None:
        return _ratio(self.type_correct, self.matched)

    @property
    def value_accuracy(self) -> float | None:
        return _ratio(self.values_correct, self.values)

    @property
    def recall_by_type(self) -> dict[str, float | None]:
        return {t: _ratio(self.matched_by_type.get(t, 0), self.gold_by_type.get(t, 0)) for t in CLAIM_TYPES}

    @property
    def furniture_precision(self) -> float | None:
        """Of the characters in found noise regions, the share that is gold furniture."""
        return _ratio(self.furniture_both, self.furniture_found) if self.furniture_known else None

    @property
    def furniture_recall(self) -> float | None:
        """Of the characters of gold furniture, the share a found noise region covers."""
        return _ratio(self.furniture_both, self.furniture_gold) if self.furniture_known else None

    @property
    def cluster_f1(self) -> float | None:
        """F1 of "these two matched claims share a cluster"; None when neither side has a pair."""
        if not self.clusters_known or (not self.pairs_predicted and not self.pairs_gold):
            return None
        return 2 * self.pairs_both / (self.pairs_predicted + self.pairs_gold)

    def to_dict(self) -> dict:
        return {
            "predicted": self.predicted, "neutral": self.neutral, "gold": self.gold, "matched": self.matched,
            "precision": self.precision, "recall": self.recall,
            "important": self.important, "important_matched": self.important_matched, "recall_high": self.recall_high,
            "recall_by_type": {t: {"gold": self.gold_by_type.get(t, 0), "matched": self.matched_by_type.get(t, 0), "recall": r}
                               for t, r in self.recall_by_type.items()},
            "type_correct": self.type_correct, "type_accuracy": self.type_accuracy,
            "values": self.values, "values_correct": self.values_correct, "value_accuracy": self.value_accuracy,
            "furniture_claims": self.furniture_claims if self.furniture_known else None,
            "furniture_regions": ({"gold_chars": self.furniture_gold, "found_chars": self.furniture_found,
                                   "both_chars": self.furniture_both, "precision": self.furniture_precision,
                                   "recall": self.furniture_recall, "gold_claims_in_regions": self.claims_in_regions}
                                  if self.furniture_known else None),
            "cluster_pairs": ({"gold": self.pairs_gold, "predicted": self.pairs_predicted, "both": self.pairs_both}
                              if self.clusters_known else None),
            "cluster_f1": self.cluster_f1,
        }


@dataclass(frozen=True)
class Item:
    """One miss, false alarm, wrong type or value, or neutral claim, for ``-v``."""

    kind: str  # miss, false-alarm, wrong-type, wrong-value, neutral, lost (a gold claim inside a found region)
    case: str
    start: int
    end: int
    text: str
    type: str
    detail: str = ""
    rule: str | None = None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "case": self.case, "start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "detail": self.detail, "rule": self.rule}


@dataclass
class RuleCounts:
    proposals: int = 0
    neutral: int = 0
    matched: int = 0
    type_correct: int = 0
    articles: set[str] = field(default_factory=set)  # where it matched a gold claim at least once

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.proposals - self.neutral)

    def to_dict(self) -> dict:
        return {"proposals": self.proposals, "neutral": self.neutral, "matched": self.matched, "precision": self.precision,
                "type_correct": self.type_correct, "articles": len(self.articles), "matched_in": sorted(self.articles)}


@dataclass
class ArticleScore:
    name: str
    split: str
    path: str
    counts: Counts
    items: list[Item]
    rules: dict[str, RuleCounts]
    predicted: list[tuple[int, int, str, str]] = field(default_factory=list)  # focus start, end, type, rule


@dataclass
class Evaluation:
    articles: list[ArticleScore]
    pipeline: str = ""

    @property
    def splits(self) -> dict[str, Counts]:
        out: dict[str, Counts] = {}
        for a in self.articles:
            out.setdefault(a.split, Counts()).add(a.counts)
        return out

    @property
    def total(self) -> Counts:
        total = Counts()
        for a in self.articles:
            total.add(a.counts)
        return total

    @property
    def rules(self) -> dict[str, RuleCounts]:
        out: dict[str, RuleCounts] = {}
        for a in self.articles:
            for rule, r in a.rules.items():
                mine = out.setdefault(rule, RuleCounts())
                mine.proposals += r.proposals
                mine.neutral += r.neutral
                mine.matched += r.matched
                mine.type_correct += r.type_correct
                mine.articles |= r.articles
        return dict(sorted(out.items()))

    @property
    def held(self) -> bool:
        return any(a.split == HELD for a in self.articles)

    def to_dict(self, items: bool = False) -> dict:
        splits = self.splits
        return {
            "pipeline": self.pipeline,
            "matching": (f"one to one; a pair overlaps by at least {MIN_OVERLAP:g} of the shorter focus; the most pairs, "
                         "then the largest sum of overlap / union"),
            "articles": [{"name": a.name, "split": a.split, "path": a.path, **a.counts.to_dict(),
                          **({"items": [i.to_dict() for i in a.items]} if items else {})} for a in self.articles],
            "splits": {s: {"articles": sum(a.split == s for a in self.articles), **c.to_dict()} for s, c in splits.items()},
            "all": {"articles": len(self.articles), **self.total.to_dict()},
            "rules": {rule: r.to_dict() for rule, r in self.rules.items()},
        }


def _union(spans) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        elif a < b:
            out.append((a, b))
    return out


def _shared(xs: list[tuple[int, int]], ys: list[tuple[int, int]]) -> int:
    """Characters in both unions of sorted, disjoint ranges."""
    both, i, j = 0, 0, 0
    while i < len(xs) and j < len(ys):
        both += max(0, min(xs[i][1], ys[j][1]) - max(xs[i][0], ys[j][0]))
        if xs[i][1] < ys[j][1]:
            i += 1
        else:
            j += 1
    return both


def score_regions(counts: Counts, items: list[Item], case: Case, regions: list) -> None:
    """Add the character overlap of the found noise ``regions`` with the gold furniture, and list
    the gold claims a region takes away (their focus overlaps it: extract drops such foci)."""
    gold = _union((a, b) for a, b, _ in case.furniture)
    found = _union((r.start, r.end) for r in regions)
    counts.furniture_gold += sum(b - a for a, b in gold)
    counts.furniture_found += sum(b - a for a, b in found)
    counts.furniture_both += _shared(gold, found)
    from .noise import RegionIndex

    index = RegionIndex(regions)
    for g in case.claims:
        hit = index.overlapping(g.start, g.end)
        if hit is not None:
            counts.claims_in_regions += 1
            items.append(Item("lost", case.id, g.start, g.end, case.text[g.start:g.end], g.type,
                              f"in a found {hit.kind} region {hit.start}..{hit.end}"))


def score_case(counts: Counts, items: list[Item], rules: dict[str, RuleCounts], article: str, case: Case,
               predicted: list, regions: list | None = None) -> None:
    """Add one case's figures; ``predicted`` are ``extract.Proposal``s (focus, type, value, rule, key);
    ``regions`` the noise regions found in the case's text (scored where the gold marks furniture)."""
    text, gold = case.text, case.claims
    if regions is not None and counts.furniture_known:
        score_regions(counts, items, case, regions)
    pairs = match([p.focus for p in predicted], [(g.start, g.end) for g in gold])
    hit_p = {i: j for i, j in pairs}
    hit_g = {j for _, j in pairs}
    counts.predicted += len(predicted)
    counts.gold += len(gold)
    counts.important += sum(g.important for g in gold)
    for g in gold:
        counts.gold_by_type[g.type] = counts.gold_by_type.get(g.type, 0) + 1

    def piece(start: int, end: int) -> str:
        return text[start:end]

    for i, p in enumerate(predicted):
        fs, fe = p.focus
        rule = rules.setdefault(p.rule, RuleCounts())
        rule.proposals += 1
        furniture = next((kind for a, b, kind in case.furniture if a < fe and fs < b), None)
        if furniture is not None:
            counts.furniture_claims += 1
        if i in hit_p:
            g = gold[hit_p[i]]
            seen = "" if (fs, fe) == (g.start, g.end) else f" at {piece(fs, fe)!r}"
            counts.matched += 1
            counts.important_matched += g.important
            counts.matched_by_type[g.type] = counts.matched_by_type.get(g.type, 0) + 1
            rule.matched += 1
            rule.articles.add(article)
            if p.type == g.type:
                counts.type_correct += 1
                rule.type_correct += 1
            else:
                items.append(Item("wrong-type", case.id, g.start, g.end, piece(g.start, g.end), g.type,
                                  f"predicted {p.type}{seen}", p.rule))
            if g.value is not None:
                counts.values += 1
                if same_value(p.value, g.value):
                    counts.values_correct += 1
                else:
                    items.append(Item("wrong-value", case.id, g.start, g.end, piece(g.start, g.end), g.type,
                                      f"predicted {json.dumps(p.value)}{seen}, gold {json.dumps(g.value)}", p.rule))
        elif _inside(fs, fe, case.borderline):
            counts.neutral += 1
            rule.neutral += 1
            items.append(Item("neutral", case.id, fs, fe, piece(fs, fe), p.type, "in a borderline passage", p.rule))
        else:
            where = f"in furniture ({furniture})" if furniture is not None else ""
            items.append(Item("false-alarm", case.id, fs, fe, piece(fs, fe), p.type, where, p.rule))
    for j, g in enumerate(gold):
        if j not in hit_g:
            items.append(Item("miss", case.id, g.start, g.end, piece(g.start, g.end), g.type, "high" if g.important else "medium"))

    # Cluster pairs: over pairs of matched claims, both sides saying "same cluster" or not.
    matched = [(predicted[i], gold[j]) for i, j in pairs] if counts.clusters_known else []
    for a in range(len(matched)):
        for b in range(a + 1, len(matched)):
            (p1, g1), (p2, g2) = matched[a], matched[b]
            in_gold = g1.cluster is not None and g1.cluster == g2.cluster
            in_pred = p1.key is not None and p1.key == p2.key
            counts.pairs_gold += in_gold
            counts.pairs_predicted += in_pred
            counts.pairs_both += in_gold and in_pred


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def score_file(gold: GoldFile, predicted: list[list], root: Path | None = None,
               regions: list[list] | None = None) -> ArticleScore:
    """The scores of one gold file, given each case's proposals (and found noise regions) in order."""
    counts = Counts()
    items: list[Item] = []
    rules: dict[str, RuleCounts] = {}
    counts.furniture_known, counts.clusters_known = gold.has_furniture, gold.has_clusters
    for k, (case, props) in enumerate(zip(gold.cases, predicted, strict=True)):
        score_case(counts, items, rules, gold.name, case, props, regions[k] if regions is not None else None)
    items.sort(key=lambda i: (i.case, i.start, i.end))
    seen = [(p.focus[0], p.focus[1], p.type, p.rule) for props in predicted for p in props]
    return ArticleScore(gold.name, gold.split, _display(gold.path, root), counts, items, rules, seen)


@dataclass(frozen=True)
class Marked:
    """A claim of a second annotation in the shape the scorer reads from a detector's proposal;
    ``key`` is the annotator's cluster."""

    focus: tuple[int, int]
    type: str
    value: dict | None
    key: str | None
    rule: str = "second annotator"


@dataclass(frozen=True)
class MarkedRegion:
    start: int
    end: int
    kind: str


def marked_regions(furniture: list[tuple[int, int, str]]) -> list[MarkedRegion]:
    """An annotator's furniture as the sorted, disjoint regions the scorer reads from the noise
    finder; spans that overlap or touch are joined under the kind of the first."""
    kinds: dict[int, str] = {}
    for start, _, kind in sorted(furniture):
        kinds.setdefault(start, kind)
    return [MarkedRegion(start, end, kinds[start]) for start, end in _union((a, b) for a, b, _ in furniture)]


def evaluate_agreement(root: Path, second: Path, paths: list[str | Path] | None = None,
                       splits: list[str] | None = None) -> Evaluation:
    """Score a second annotation against the selected gold files: for each ``<name>.gold.json`` that
    ``second`` holds a file of the same name for, that file's claims and furniture take the
    detector's place. The second file is read against the gold's text, or against its own
    ``<name>.txt`` and ``<name>.json`` where it has them, and then the two texts must be the same.
    Gold files with no second annotation are left out."""
    second = Path(second)
    if not second.is_dir():
        raise UsageError(f"{second}: no such folder of second annotations")
    files = [load_gold(path, Path(root)) for path in select_gold(Path(root), splits, paths)]
    articles = []
    for gold in files:
        other = second / f"{gold.name}.gold.json"
        if not gold.has_furniture or not other.is_file():
            continue
        own = other.with_name(f"{gold.name}.txt").is_file()
        theirs = _load_corpus_file(other, None if own else gold.path.parent)
        [case], [again] = gold.cases, theirs.cases
        if again.text != case.text:
            raise UsageError(f"{other}: its text is not the text of {gold.path}; a second annotation must be of the same text")
        marked = [Marked((c.start, c.end), c.type, c.value, c.cluster) for c in again.claims]
        articles.append(score_file(gold, [marked], Path(root), [marked_regions(again.furniture)]))
    if not articles:
        raise UsageError(f"{second}: holds no second annotation (<name>.gold.json) of the selected gold files")
    return Evaluation(articles, f"none: the second annotation in {second} takes the detector's place")


def evaluate_gold(root: Path, paths: list[str | Path] | None = None, splits: list[str] | None = None, *,
                  nlp=None, model: str | None = None) -> Evaluation:
    """Run the extraction path over the selected gold files (``select_gold``) and score it."""
    from .extract import DEFAULT_MODEL, check_proposals, load_pipeline, parse_sources, pipeline_name, proposals, slug

    files = [load_gold(path, Path(root)) for path in select_gold(Path(root), splits, paths)]
    if not files:
        raise UsageError(f"no gold files: pass paths or --split, or add files under {GOLD_DIR}/")
    nlp = nlp or load_pipeline(model or DEFAULT_MODEL)
    sources = [(case.text, case.metadata, (f, c)) for f, gold in enumerate(files) for c, case in enumerate(gold.cases)]
    found: dict[tuple[int, int], list] = {}
    noise: dict[tuple[int, int], list] = {}
    pipeline, now = pipeline_name(nlp), format_time(datetime.now(UTC))
    for doc, text, regions, key in parse_sources(nlp, sources):
        found[key] = proposals(doc, text, regions)
        noise[key] = regions
        # What extract would refuse to write is not scored: the same error stops both. A gold
        # name need not be a doc id ("sentences.jsonl"), so the records get one made from it.
        gold = files[key[0]]
        stand_in = slug(gold.name, MAX_DOC_ID)
        where = _display(gold.path, Path(root)) + (f", case {key[1] + 1}" if len(gold.cases) > 1 else "")
        check_proposals(stand_in, text, found[key], pipeline, now, where=where)
    articles = [score_file(gold, [found[(f, c)] for c in range(len(gold.cases))], Path(root),
                           [noise[(f, c)] for c in range(len(gold.cases))]) for f, gold in enumerate(files)]
    return Evaluation(articles, pipeline)
