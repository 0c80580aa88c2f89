"""A document's text cut into plain, noise and claim pieces: what the HTML rendering
(``claimkit render``) and the review page (``claimkit serve``) both show.

Neutral: it needs the models only, so the rendering needs no web server and the page's
segmentation is tested without one.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

from .anchoring import overlaps
from .models import Claim, RegionSpan


class Piece(NamedTuple):
    """``text[start:end]``: plain text, a noise region (``region``: its kind) or a claim's focus."""

    start: int
    end: int
    kind: Literal["plain", "noise", "claim"]
    claim: Claim | None = None
    region: str | None = None


def anchored(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims whose focus is where its text is (the others get no highlight)."""
    return [c for c in claims if c.focus.end <= len(text) and text[c.focus.start:c.focus.end] == c.focus.text]


def pieces(text: str, claims: list[Claim], regions: list[RegionSpan]) -> list[Piece]:
    """The text cut into non-overlapping pieces: plain, noise or a claim's focus.

    Noise regions come first; among foci that overlap, a live claim wins over a withdrawn one,
    then the earlier one. Claims whose focus is not where its text is are left out.
    """
    marks = [Piece(s, e, "noise", region=kind) for s, e, kind in regions if 0 <= s < e <= len(text)]
    placed = anchored(text, claims)
    placed.sort(key=lambda c: (c.withdrawn is not None, c.focus.start, -c.focus.end, c.id))
    taken = [(m.start, m.end) for m in marks]
    for claim in placed:
        s, e = claim.focus.start, claim.focus.end
        if any(overlaps(s, e, ts, te) for ts, te in taken):
            continue
        taken.append((s, e))
        marks.append(Piece(s, e, "claim", claim=claim))
    marks.sort(key=lambda m: m.start)
    out: list[Piece] = []
    pos = 0
    for mark in marks:
        if mark.start < pos:
            continue  # regions overlapping each other (CK211 reports them)
        if mark.start > pos:
            out.append(Piece(pos, mark.start, "plain"))
        out.append(mark)
        pos = mark.end
    if pos < len(text):
        out.append(Piece(pos, len(text), "plain"))
    return out


def _nested(text: str, start: int, end: int, claims: list[Claim]) -> list[dict[str, Any]]:
    """``text[start:end]`` cut into plain and claim pieces for the foci inside it; a focus that
    holds others gets them as ``children``, so a nested focus has a highlight of its own."""
    chosen: list[Claim] = []
    # The outer focus first, so that it can hold the inner ones; then a live claim before a withdrawn one.
    for c in sorted(claims, key=lambda c: (c.focus.start, -c.focus.end, c.withdrawn is not None, c.id)):
        if not any(overlaps(c.focus.start, c.focus.end, o.focus.start, o.focus.end) for o in chosen):
            chosen.append(c)
    out: list[dict[str, Any]] = []
    pos = start
    for c in chosen:
        if c.focus.start > pos:
            out.append({"kind": "plain", "text": text[pos:c.focus.start]})
        out.append(_claim_piece(text, c, claims))
        pos = c.focus.end
    if pos < end:
        out.append({"kind": "plain", "text": text[pos:end]})
    return out


def _claim_piece(text: str, claim: Claim, candidates: list[Claim]) -> dict[str, Any]:
    s, e = claim.focus.start, claim.focus.end
    piece: dict[str, Any] = {"kind": "claim", "text": text[s:e], "claim": claim.id}
    inner = [o for o in candidates if o is not claim and s <= o.focus.start and o.focus.end <= e]
    if inner:
        piece["children"] = _nested(text, s, e, inner)
    return piece


def segments(text: str, claims: list[Claim], regions: list[RegionSpan]) -> list[dict[str, Any]]:
    """The text cut into plain, noise and claim pieces that do not overlap.

    Each piece carries its own text, so the page never converts code-point offsets to
    JavaScript's UTF-16 indices. Where foci overlap, a live claim wins over a withdrawn one,
    then the earlier one; a focus that lies inside the winner's is nested in it (``children``,
    whose texts make up the piece's), so it can be clicked too. A focus that crosses another's
    edge, or that no longer matches the text, has no highlight but is still listed and reviewable.
    """
    placed = anchored(text, claims)
    out: list[dict[str, Any]] = []
    for p in pieces(text, placed, regions):
        if p.claim is not None:
            out.append(_claim_piece(text, p.claim, placed))
            continue
        piece: dict[str, Any] = {"kind": p.kind, "text": text[p.start:p.end]}
        if p.kind == "noise":
            piece["region"] = p.region
        out.append(piece)
    return out
