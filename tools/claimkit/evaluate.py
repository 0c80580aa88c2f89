"""Score the claim detector against hand-annotated gold cases.

A gold file is JSON Lines; each line is one case: either a ``text`` of its own or the ``doc_id``
of a stored source, and the ``claims`` an annotator marked in it::

    {"id": "s01", "text": "...", "annotator": "...", "claims": [
        {"focus": "16 April 1949", "nth": 0, "type": "date", "important": true,
         "value": {"kind": "date", "value": "1949-04-16", "precision": "day", "qualifier": null}}]}

``focus`` is the exact focus text, ``nth`` which occurrence of it in the text (default 0).
Predicted and gold foci are matched one to one, the largest overlaps first; a pair counts when
the overlap covers at least half of the shorter focus.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

GOLD_GLOB = "tests/gold/*.jsonl"
MIN_OVERLAP = 0.5


@dataclass
class GoldClaim:
    start: int
    end: int
    type: str
    value: dict | None
    important: bool


@dataclass
class Scores:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    important: int = 0
    important_matched: int = 0
    type_correct: int = 0
    values: int = 0
    values_correct: int = 0
    noise_claims: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return self._ratio(self.matched, self.gold)

    @property
    def recall_important(self) -> float:
        return self._ratio(self.important_matched, self.important)

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.type_correct, self.matched)

    @property
    def value_accuracy(self) -> float:
        return self._ratio(self.values_correct, self.values)


def _locate(text: str, focus: str, nth: int, where: str) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(focus, pos + 1)
        if pos < 0:
            raise UsageError(f"{where}: focus {focus!r} (occurrence {nth}) is not in the text")
    return pos, pos + len(focus)


def load_gold(path: Path, root: Path) -> list[tuple[str, str, list[GoldClaim]]]:
    """(case id, text, gold claims) of every case in one gold file."""
    from .store import Store

    store = Store(root)
    cases = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{where}: not JSON ({exc.msg})") from None
        text = case["text"] if "text" in case else store.read_text(case["doc_id"])
        claims = []
        for c in case["claims"]:
            start, end = _locate(text, c["focus"], c.get("nth", 0), where)
            claims.append(GoldClaim(start, end, c["type"], c.get("value"), bool(c.get("important", False))))
        cases.append((case.get("id") or case.get("doc_id"), text, claims))
    return cases


def match(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (index into predicted, index into gold), largest overlaps first."""
    pairs = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap <= 0:
                continue
            share = overlap / min(pe - ps, ge - gs)
            if share >= MIN_OVERLAP:
                pairs.append((share, overlap, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def score_case(scores: Scores, case_id: str, text: str, predicted: list, gold: list[GoldClaim], regions) -> None:
    """Add one case's counts; ``predicted`` are ``extract.Proposal``s."""
    scores.predicted += len(predicted)
    scores.gold += len(gold)
    scores.important += sum(g.important for g in gold)
    for p in predicted:
        if any(r.start < p.focus[1] and p.focus[0] < r.end for r in regions):
            scores.noise_claims += 1
    pairs = match([p.focus for p in predicted], [(g.start, g.end) for g in gold])
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    for i, j in pairs:
        p, g = predicted[i], gold[j]
        scores.matched += 1
        scores.important_matched += g.important
        if p.type == g.type:
            scores.type_correct += 1
        else:
            scores.wrong.append(f"{case_id}: {text[g.start:g.end]!r} typed {p.type}, gold {g.type}")
        if g.value is not None:
            scores.values += 1
            if p.value == g.value:
                scores.values_correct += 1
            else:
                scores.wrong.append(f"{case_id}: {text[g.start:g.end]!r} value {p.value}, gold {g.value}")
    for j, g in enumerate(gold):
        if j not in hit_g:
            scores.misses.append(f"{case_id}: missed {g.type} {text[g.start:g.end]!r}" + (" (important)" if g.important else ""))
    for i, p in enumerate(predicted):
        if i not in hit_p:
            scores.false_alarms.append(f"{case_id}: extra {p.type} {text[p.focus[0]:p.focus[1]]!r} [{p.rule}]")


def evaluate_gold(root: Path, paths: list[str] | None = None, *, nlp=None, model: str | None = None) -> dict[str, Scores]:
    """Scores per gold file, plus ``"all"``."""
    from .extract import DEFAULT_MODEL, load_pipeline, proposals
    from .noise import find_regions, mask

    files = [Path(p) for p in paths] if paths else sorted(Path(root).glob(GOLD_GLOB))
    if not files:
        raise UsageError(f"no gold files: pass paths or add {GOLD_GLOB}")
    nlp = nlp or load_pipeline(model or DEFAULT_MODEL)
    out: dict[str, Scores] = {}
    total = Scores()
    for path in files:
        if not path.exists():
            raise UsageError(f"{path}: no such gold file")
        scores = Scores()
        for case_id, text, gold in load_gold(path, Path(root)):
            regions = find_regions(text)
            doc = nlp(mask(text, regions))
            predicted = proposals(doc, text, regions)
            score_case(scores, case_id, text, predicted, gold, regions)
            score_case(total, case_id, text, predicted, gold, regions)
        out[path.name] = scores
    out["all"] = total
    return out


def format_scores(results: dict[str, Scores], verbose: bool = False) -> str:
    lines = [f"{'gold':<28} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'R-imp':>6} {'type':>6} {'norm':>6} {'noise':>5}"]
    for name, s in results.items():
        lines.append(
            f"{name:<28} {s.predicted:>5} {s.gold:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.recall_important:>6.3f} "
            f"{s.type_accuracy:>6.3f} {s.value_accuracy:>6.3f} {s.noise_claims:>5}"
        )
    if verbose:
        s = results["all"]
        for title, items in (("misses", s.misses), ("false alarms", s.false_alarms), ("wrong type or value", s.wrong)):
            lines.append(f"\n{title} ({len(items)}):")
            lines += [f"  {item}" for item in items]
    return "\n".join(lines)
