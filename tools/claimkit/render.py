"""Render a document as one self-contained HTML page, displaCy style: each claim's focus
highlighted and coloured by its status, noise regions greyed, a legend. Every piece of text is
HTML-escaped; the page loads nothing from elsewhere."""

from __future__ import annotations

from html import escape

from .models import STATUSES, Claim, RegionSpan, region_spans
from .segmentation import anchored, pieces
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


def render_html(title: str, text: str, claims: list[Claim], regions: list[RegionSpan]) -> str:
    live = anchored(text, [c for c in claims if c.withdrawn is None])
    body = []
    for p in pieces(text, live, regions):
        piece = escape(text[p.start:p.end])
        if p.kind == "noise":
            body.append(f'<span class="noise" title="{escape(str(p.region))}">{piece}</span>')
        elif p.claim is not None:
            claim = p.claim
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
