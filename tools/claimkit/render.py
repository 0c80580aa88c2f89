"""Render a document as one self-contained HTML page, displaCy style: each claim's focus
highlighted and coloured by its status, noise regions greyed, a legend. Every piece of text is
HTML-escaped; the page loads nothing from elsewhere."""

from __future__ import annotations

from html import escape

from .models import STATUSES, Claim, RegionSpan, region_spans
from .store import Store

STATUS_COLOURS = {
    "unverified": "#ffe08a",
    "supported": "#9be7a0",
    "partially_supported": "#c8e6a0",
    "refuted": "#f4a3a3",
    "conflicting_evidence": "#e3b5f0",
    "not_enough_evidence": "#b9d3f5",
}
NOISE_STYLE = "color:#9a9a9a;background:#f1f1f1"

_CSS = f"""
body{{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;line-height:1.7;padding:0 1rem}}
.doc{{white-space:pre-wrap}}
mark{{padding:0.1em 0.25em;border-radius:0.3em;line-height:1}}
mark .t{{font-size:0.62em;font-weight:bold;text-transform:uppercase;margin-left:0.35em;vertical-align:middle}}
.noise{{{NOISE_STYLE}}}
.legend span{{display:inline-block;margin:0 0.6em 0.3em 0;padding:0 0.4em;border-radius:0.3em}}
"""


def pieces(text: str, claims: list[Claim], regions: list[RegionSpan]) -> list[tuple[int, int, str, object]]:
    """The text cut into non-overlapping (start, end, kind, payload) pieces, kind "plain",
    "noise" (payload: the region's kind) or "claim" (payload: the Claim).

    Noise regions come first; among foci that overlap, a live claim wins over a withdrawn one,
    then the earlier one. Claims whose focus is not where its text is are left out.
    """
    marks: list[tuple[int, int, str, object]] = [(s, e, "noise", kind) for s, e, kind in regions if 0 <= s < e <= len(text)]
    anchored = [c for c in claims if c.focus.end <= len(text) and text[c.focus.start:c.focus.end] == c.focus.text]
    anchored.sort(key=lambda c: (c.withdrawn is not None, c.focus.start, -c.focus.end, c.id))
    taken = [(s, e) for s, e, _, _ in marks]
    for claim in anchored:
        s, e = claim.focus.start, claim.focus.end
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        marks.append((s, e, "claim", claim))
    marks.sort(key=lambda m: m[0])
    out: list[tuple[int, int, str, object]] = []
    pos = 0
    for start, end, kind, payload in marks:
        if start < pos:
            continue  # regions overlapping each other (CK211 reports them)
        if start > pos:
            out.append((pos, start, "plain", None))
        out.append((start, end, kind, payload))
        pos = end
    if pos < len(text):
        out.append((pos, len(text), "plain", None))
    return out


def render_html(title: str, text: str, claims: list[Claim], regions: list[RegionSpan]) -> str:
    live = [c for c in claims if c.withdrawn is None and c.focus.end <= len(text) and text[c.focus.start:c.focus.end] == c.focus.text]
    body = []
    for start, end, kind, payload in pieces(text, live, regions):
        piece = escape(text[start:end])
        if kind == "noise":
            body.append(f'<span class="noise" title="{escape(str(payload))}">{piece}</span>')
        elif kind == "claim":
            claim: Claim = payload  # type: ignore[assignment]
            tip = f"{claim.id} · {claim.type} · {claim.status}"
            body.append(
                f'<mark style="background:{STATUS_COLOURS[claim.status]}" title="{escape(tip)}">{piece}'
                f'<span class="t">{escape(claim.type)}</span></mark>'
            )
        else:
            body.append(piece)
    legend = "".join(
        f'<span style="background:{STATUS_COLOURS[s]}">{escape(s.replace("_", " "))} '
        f'({sum(1 for c in live if c.status == s)})</span>'
        for s in STATUSES
    ) + '<span class="noise">not article content (noise)</span>'
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n<p class=\"legend\">{legend}</p>\n"
        f"<p>{len(live)} claim(s); hover a highlight for its id, type and status.</p>\n"
        f"<div class=\"doc\">{''.join(body)}</div>\n</body>\n</html>\n"
    )


def render_document(store: Store, doc_id: str) -> str:
    """The HTML page of one stored document and its claims."""
    document = store.read_document(doc_id)
    text = store.read_text(doc_id)
    claims = list(store.iter_claims(doc_id))
    regions = region_spans(document.regions)
    return render_html(document.title, text, claims, regions)
