"""Exports to the formats fact-checkers already use: FEVER, AVeriTeC, ClaimReview, Web Annotation.

Only reviewed, live claims are exported to the verdict formats (FEVER, AVeriTeC, ClaimReview):
an `unverified` claim has no verdict to map. Web Annotation carries every live claim.
"""

from __future__ import annotations

import json

from .errors import UsageError
from .models import Claim, Document
from .store import Store

FORMATS = ("fever", "averitec", "claimreview", "webanno")

# FEVER has three labels; everything that is neither clearly supported nor clearly refuted is
# NOT ENOUGH INFO, including partial support and conflicting evidence.
FEVER_LABEL = {
    "supported": "SUPPORTS",
    "refuted": "REFUTES",
    "partially_supported": "NOT ENOUGH INFO",
    "conflicting_evidence": "NOT ENOUGH INFO",
    "not_enough_evidence": "NOT ENOUGH INFO",
}
# AVeriTeC's four verdicts; partial support is closest to its cherry-picking verdict.
AVERITEC_LABEL = {
    "supported": "Supported",
    "refuted": "Refuted",
    "partially_supported": "Conflicting Evidence/Cherrypicking",
    "conflicting_evidence": "Conflicting Evidence/Cherrypicking",
    "not_enough_evidence": "Not Enough Evidence",
}
AVERITEC_TYPE = {
    "quantity": "Numerical Claim",
    "date": "Event/Property Claim",
    "event": "Event/Property Claim",
    "attribution": "Position Statement",
    "quote": "Quote Verification",
    "causal": "Causal Claim",
    "state": "Event/Property Claim",
    "comparison": "Numerical Claim",
}
# Full Fact's claim typology, for the ClaimReview export.
FULL_FACT_TYPE = {
    "quantity": "Quantity",
    "date": "Quantity",
    "event": "Rules, laws and how things work",
    "attribution": "Personal experience",
    "quote": "Personal experience",
    "causal": "Correlation or causation",
    "state": "Rules, laws and how things work",
    "comparison": "Quantity",
}
# ClaimReview textual ratings (alternateName) with a 1..5 scale, 5 being true.
CLAIMREVIEW_RATING = {
    "supported": (5, "True"),
    "partially_supported": (3, "Half true"),
    "conflicting_evidence": (3, "Disputed"),
    "not_enough_evidence": (None, "Unproven"),  # off the scale: no rating value
    "refuted": (1, "False"),
}


def claim_urn(claim_id: str) -> str:
    return f"urn:claimkit:claim:{claim_id}"


def document_urn(doc_id: str) -> str:
    return f"urn:claimkit:document:{doc_id}"


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 code-unit offset of code-point ``index`` (what JavaScript strings use)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _live(store: Store, reviewed_only: bool) -> list[Claim]:
    claims = [c for c in store.iter_claims() if c.withdrawn is None]
    if reviewed_only:
        claims = [c for c in claims if c.status != "unverified"]
    return sorted(claims, key=lambda c: (c.doc_id, c.span.start, c.focus.start, c.id))


def _claim_text(claim: Claim) -> str:
    return claim.statement or " ".join(claim.text.split())


def fever(store: Store) -> str:
    lines = []
    for c in _live(store, reviewed_only=True):
        label = FEVER_LABEL[c.status]
        # FEVER's evidence is a list of alternative sets of [annotation id, evidence id, page, sentence];
        # ours are web pages, so each supporting or refuting item is a set of its own, named by URL.
        wanted = {"SUPPORTS": "supports", "REFUTES": "refutes"}.get(label)
        evidence = [[[None, None, e.url, None]] for e in c.evidence if e.stance == wanted] if wanted else [[[None, None, None, None]]]
        lines.append(json.dumps({
            "id": c.id,
            "verifiable": "NOT VERIFIABLE" if label == "NOT ENOUGH INFO" else "VERIFIABLE",
            "label": label,
            "claim": _claim_text(c),
            "evidence": evidence,
            "claimkit_status": c.status,
        }, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def averitec(store: Store) -> str:
    docs: dict[str, Document] = {}
    out = []
    for c in _live(store, reviewed_only=True):
        doc = docs.setdefault(c.doc_id, store.read_document(c.doc_id))
        date = c.value.value if c.value is not None and c.value.kind == "date" else None
        out.append({
            "claim_id": c.id,
            "claim": _claim_text(c),
            "label": AVERITEC_LABEL[c.status],
            "justification": c.rationale,
            "claim_date": date,
            "speaker": None,
            "original_claim_url": doc.url,
            "reporting_source": doc.title,
            "location_ISO_code": None,
            "claim_types": [AVERITEC_TYPE[c.type]],
            "fact_checking_strategies": ["Written Evidence"],
            # AVeriTeC evidence is question-answer pairs; ours are summaries of pages, so each
            # becomes one answer to a question asked of the claim's focus.
            "questions": [{
                "question": f"What do public sources say about \"{c.focus.text}\"?",
                "answers": [{
                    "answer": e.summary,
                    "answer_type": "Abstractive",
                    "source_url": e.url,
                    "source_medium": "Web text",
                    "cached_source_url": None,
                } for e in c.evidence],
            }] if c.evidence else [],
            "required_reannotation": False,
        })
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


# JSON-LD is made to be pasted into a page's <script type="application/ld+json">; a `</script>`
# or `<!--` in a rationale would end or break that element. JSON needs these three characters
# only inside strings, where \u escapes mean the same text to every JSON parser.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def jsonld_dumps(data: object) -> str:
    """JSON that can be embedded in an HTML script element as it is."""
    return json.dumps(data, indent=2, ensure_ascii=False).translate(_SCRIPT_SAFE) + "\n"


def claimreview(store: Store) -> str:
    docs: dict[str, Document] = {}
    graph = []
    for c in _live(store, reviewed_only=True):
        doc = docs.setdefault(c.doc_id, store.read_document(c.doc_id))
        value, name = CLAIMREVIEW_RATING[c.status]
        reviewers = [e.by for e in c.history if e.to == c.status and e.action == "status"]
        appearance = {"@type": "CreativeWork", "headline": doc.title}
        if doc.url:
            appearance["url"] = doc.url
        graph.append({
            "@type": "ClaimReview",
            "url": claim_urn(c.id),
            "claimReviewed": _claim_text(c),
            "datePublished": c.modified[:10],
            "author": {"@type": "Person", "name": reviewers[-1] if reviewers else "claimkit reviewers"},
            "reviewBody": c.rationale,
            "reviewRating": {"@type": "Rating", "alternateName": name}
            | ({"ratingValue": value, "bestRating": 5, "worstRating": 1} if value is not None else {}),
            "itemReviewed": {
                "@type": "Claim",
                "appearance": [appearance],
                "firstAppearance": appearance,
                "keywords": FULL_FACT_TYPE[c.type],
            },
            "citation": [{"@type": "CreativeWork", "url": e.url, "name": e.title,
                          "publisher": {"@type": "Organization", "name": e.publisher}} for e in c.evidence],
        })
    return jsonld_dumps({"@context": "https://schema.org", "@graph": graph})


def webanno(store: Store) -> str:
    texts: dict[str, str] = {}
    docs: dict[str, Document] = {}
    items = []
    for c in _live(store, reviewed_only=False):
        text = texts.setdefault(c.doc_id, store.read_text(c.doc_id))
        doc = docs.setdefault(c.doc_id, store.read_document(c.doc_id))
        f = c.focus
        items.append({
            "id": claim_urn(c.id),
            "type": "Annotation",
            "motivation": "assessing",
            "created": c.created,
            "modified": c.modified,
            "body": [
                {"type": "TextualBody", "purpose": "classifying", "value": c.type},
                {"type": "TextualBody", "purpose": "assessing", "value": c.status},
            ] + ([{"type": "TextualBody", "purpose": "describing", "value": c.statement}] if c.statement else []),
            "target": {
                "source": doc.url or document_urn(c.doc_id),
                "selector": [
                    {"type": "TextPositionSelector", "start": f.start, "end": f.end},
                    {"type": "TextPositionSelector", "start": utf16_offset(text, f.start), "end": utf16_offset(text, f.end),
                     "codeUnit": "utf-16"},
                    {"type": "TextQuoteSelector", "exact": c.quote.exact, "prefix": c.quote.prefix, "suffix": c.quote.suffix},
                ],
            },
        })
    collection = {
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"codeUnit": "urn:claimkit:vocab#codeUnit"}],
        "id": "urn:claimkit:annotations",
        "type": "AnnotationCollection",
        "label": "claimkit claims",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    return jsonld_dumps(collection)


def export(store: Store, fmt: str) -> str:
    functions = {"fever": fever, "averitec": averitec, "claimreview": claimreview, "webanno": webanno}
    if fmt not in functions:
        raise UsageError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    return functions[fmt](store)
