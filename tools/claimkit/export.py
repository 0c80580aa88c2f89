"""Exports to the formats fact-checkers already use: FEVER, AVeriTeC, ClaimReview, Web Annotation.

The three verdict formats (FEVER, AVeriTeC, ClaimReview) hold one row per reviewed, live claim,
worded by its ``statement``: the claim restated so that it stands alone. A claim without one is
left out and counted, never replaced by its sentence: a sentence often holds several claims with
different verdicts, and out of its article it may not mean anything ("It predates …"). Two claims
worded alike must not carry different labels, so such claims are left out and counted too.
An ``unverified`` claim has no verdict to map. Web Annotation carries every live claim: it marks
where each claim is in its document and needs no statement.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, get_args
from urllib.parse import urlsplit

from .digests import sha256_hex
from .errors import ClaimkitError, UsageError
from .models import Claim, Document, reading_order
from .project import CONFIG_FILE, SECTION, Project
from .project import load as load_project
from .store import Store

# The export formats of `claimkit export --format`, defined here once; the CLI offers these.
ExportFormat = Literal["fever", "averitec", "claimreview", "webanno"]
FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)


class ExportError(ClaimkitError):
    """The records cannot be written in the asked format."""


# FEVER has three labels; everything that is neither clearly supported nor clearly refuted is
# NOT ENOUGH INFO, including partial support and conflicting evidence.
FEVER_LABEL = {
    "supported": "SUPPORTS",
    "refuted": "REFUTES",
    "partially_supported": "NOT ENOUGH INFO",
    "conflicting_evidence": "NOT ENOUGH INFO",
    "not_enough_evidence": "NOT ENOUGH INFO",
}
# AVeriTeC's four verdicts, spelled as in its data release (data/dev.json of
# github.com/MichSchli/AVeriTeC). Partial support is closest to its conflicting/cherry-picking
# verdict: evidence backs part of the claim and contradicts or does not reach the rest.
AVERITEC_LABEL = {
    "supported": "Supported",
    "refuted": "Refuted",
    "partially_supported": "Conflicting Evidence/Cherrypicking",
    "conflicting_evidence": "Conflicting Evidence/Cherrypicking",
    "not_enough_evidence": "Not Enough Evidence",
}
# AVeriTeC's claim types, as spelled in its data release.
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
# Full Fact's claim typology (Konstantinovskiy et al., "Toward Automated Factchecking", 2021):
# personal experience, quantity in the past or present (values, changes, comparisons,
# rankings), correlation or causation, current laws or rules of operation, prediction, other
# type of claim (voting records, support, definitions, and the rest), not a claim. A date, an
# event, a state of affairs or who said what is none of the named kinds: "other type of claim".
FULL_FACT_TYPE = {
    "quantity": "Quantity in the past or present",
    "date": "Other type of claim",
    "event": "Other type of claim",
    "attribution": "Other type of claim",
    "quote": "Other type of claim",
    "causal": "Correlation or causation",
    "state": "Other type of claim",
    "comparison": "Quantity in the past or present",
}
# ClaimReview textual ratings (alternateName) with a 1..5 scale, 5 being true.
CLAIMREVIEW_RATING = {
    "supported": (5, "True"),
    "partially_supported": (3, "Half true"),
    "conflicting_evidence": (3, "Disputed"),
    "not_enough_evidence": (None, "Unproven"),  # off the scale: no rating value
    "refuted": (1, "False"),
}


@dataclass
class Export:
    """An export's text and the claims it had to leave out."""

    format: str
    text: str
    rows: int
    without_statement: list[str] = field(default_factory=list)
    conflicting: list[str] = field(default_factory=list)


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
    return sorted(claims, key=reading_order)


def statement_of(claim: Claim) -> str | None:
    """The claim's statement on one line, or None when it has none."""
    if claim.statement is None:
        return None
    return " ".join(claim.statement.split()) or None


def _same_wording(text: str) -> str:
    return text.casefold().rstrip(".!?")


def _verdict_claims(store: Store, label: Callable[[Claim], object]) -> tuple[list[Claim], list[str], list[str]]:
    """The reviewed claims a verdict format can carry, and the ids it must leave out.

    Left out: claims with no statement, and every claim whose statement is worded like that of
    a claim with another label (which of them is right is for a reviewer to settle).
    """
    claims = _live(store, reviewed_only=True)
    missing = [c.id for c in claims if statement_of(c) is None]
    worded = [c for c in claims if statement_of(c) is not None]
    labels: dict[str, set] = {}
    for c in worded:
        labels.setdefault(_same_wording(statement_of(c)), set()).add(label(c))  # type: ignore[arg-type]
    clash = {k for k, v in labels.items() if len(v) > 1}
    conflicting = [c.id for c in worded if _same_wording(statement_of(c)) in clash]  # type: ignore[arg-type]
    kept = [c for c in worded if _same_wording(statement_of(c)) not in clash]  # type: ignore[arg-type]
    return kept, missing, conflicting


def _reviewed_on(claim: Claim) -> str:
    """The day the current status was set (the review's date)."""
    for entry in reversed(claim.history):
        if entry.action == "status" and entry.to == claim.status:
            return entry.at[:10]
    return claim.modified[:10]


# -- FEVER -----------------------------------------------------------------------------------


def fever_id(claim_id: str) -> int:
    """A stable integer id for FEVER (whose ids are integers): 52 bits of the id's sha256, so it
    stays exact in JavaScript and does not change when other claims are added."""
    return int(sha256_hex(claim_id.encode("utf-8"))[:13], 16)


def fever(store: Store, project: Project) -> Export:
    claims, missing, conflicting = _verdict_claims(store, lambda c: FEVER_LABEL[c.status])
    lines: list[str] = []
    ids: dict[int, str] = {}
    for c in claims:
        label = FEVER_LABEL[c.status]
        number = fever_id(c.id)
        if number in ids:
            raise ExportError(f"claims {ids[number]} and {c.id} get the same FEVER id {number}; rename one of them")
        ids[number] = c.id
        # FEVER's evidence is a list of alternative sets of [annotation id, evidence id, Wikipedia
        # page, sentence number] pointing into its Wikipedia dump. claimkit's evidence is web pages,
        # none of which is a sentence of that dump, so no such slot can be filled: a verifiable
        # claim gets one empty set (no Wikipedia sentence is needed, so the FEVER score of a system
        # on these rows is its label accuracy), and NOT ENOUGH INFO FEVER's own form, a set whose
        # page and sentence are null. The pages the reviewers cited travel in claimkit_evidence.
        evidence = [[[None, None, None, None]]] if label == "NOT ENOUGH INFO" else [[]]
        lines.append(json.dumps({
            "id": number,
            "verifiable": "NOT VERIFIABLE" if label == "NOT ENOUGH INFO" else "VERIFIABLE",
            "label": label,
            "claim": statement_of(c),
            "evidence": evidence,
            "claimkit_id": c.id,
            "claimkit_status": c.status,
            "claimkit_evidence": [{"url": e.url, "stance": e.stance} for e in c.evidence],
        }, ensure_ascii=False))
    return Export("fever", "\n".join(lines) + ("\n" if lines else ""), len(lines), missing, conflicting)


# -- AVeriTeC --------------------------------------------------------------------------------


def averitec_date(published: str | None) -> str | None:
    """A publication date as AVeriTeC's claim_date (dd-mm-yyyy), or None.

    AVeriTeC dates are whole days; a date known only to the month or year is not made into one.
    """
    if published is None or len(published) != 10:
        return None
    year, month, day = published.split("-")
    return f"{day}-{month}-{year}"


def _site(url: str | None) -> str | None:
    """The site a URL belongs to (its host without a leading www.), or None."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


# Words that begin a sentence in lower case when it follows "that"; anything else (a name, an
# acronym, a number) keeps its case.
_LOWER_AFTER_THAT = {"a", "an", "the", "in", "on", "at", "by", "for", "since", "after", "before", "during", "about",
                     "some", "many", "most", "its", "their", "his", "her", "this", "that", "these", "those", "there",
                     "it", "they", "he", "she", "we", "more", "fewer", "less", "both", "all", "each", "every"}


def yes_no_question(statement: str) -> str:
    """The statement as the yes-or-no question its evidence answers."""
    text = statement.rstrip(" .!")
    first, _, rest = text.partition(" ")
    if first.lower() in _LOWER_AFTER_THAT and first[:1].isupper() and first[1:].islower():
        text = first.lower() + (" " + rest if rest else "")
    return f"Is it true that {text}?"


def _medium(url: str) -> str:
    return "PDF" if urlsplit(url).path.lower().endswith(".pdf") else "Web text"


def _answers(claim: Claim) -> list[dict]:
    answers: list[dict[str, str | None]] = []
    for e in claim.evidence:
        answer: dict[str, str | None] = {"source_url": e.url, "source_medium": _medium(e.url), "cached_source_url": None}
        if e.stance == "context":
            answers.append({"answer": e.summary, "answer_type": "Abstractive", **answer})
        else:
            # A page that supports or refutes the claim answers its question yes or no; the
            # reviewer's summary is the explanation AVeriTeC keeps beside a Boolean answer.
            answers.append({"answer": "Yes" if e.stance == "supports" else "No", "answer_type": "Boolean",
                            "boolean_explanation": e.summary, **answer})
    if not answers:
        # not_enough_evidence may cite nothing: AVeriTeC's form for a question nobody could answer.
        answers.append({"answer": "No answer could be found.", "answer_type": "Unanswerable",
                        "source_url": "", "source_medium": ""})
    return answers


def averitec(store: Store, project: Project) -> Export:
    """AVeriTeC's fields, labels, claim types and date format, as in its data release
    (github.com/MichSchli/AVeriTeC, README.md and data/dev.json)."""
    claims, missing, conflicting = _verdict_claims(store, lambda c: AVERITEC_LABEL[c.status])
    docs: dict[str, Document] = {}
    out = []
    for c in claims:
        doc = docs.setdefault(c.doc_id, store.read_document(c.doc_id))
        statement = statement_of(c)
        assert statement is not None
        out.append({
            "claim": statement,
            "required_reannotation": False,
            "label": AVERITEC_LABEL[c.status],
            "justification": c.rationale,
            # The day the claim was made: its document's publication date. A date the claim
            # talks about is not the day it was made.
            "claim_date": averitec_date(doc.published),
            "speaker": doc.author,
            "original_claim_url": doc.url,
            "cached_original_claim_url": None,
            "fact_checking_article": project.review_url(c.id),
            "reporting_source": _site(doc.url),
            "location_ISO_code": None,
            "claim_types": [AVERITEC_TYPE[c.type]],
            "fact_checking_strategies": ["Written Evidence"],
            "questions": [{"question": yes_no_question(statement), "answers": _answers(c)}],
            "claimkit_id": c.id,
        })
    return Export("averitec", json.dumps(out, indent=2, ensure_ascii=False) + "\n", len(out), missing, conflicting)


# -- JSON-LD ---------------------------------------------------------------------------------

# JSON-LD is made to be pasted into a page's <script type="application/ld+json">; a `</script>`
# or `<!--` in a rationale would end or break that element. JSON needs these three characters
# only inside strings, where \u escapes mean the same text to every JSON parser.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def jsonld_dumps(data: object) -> str:
    """JSON that can be embedded in an HTML script element as it is."""
    return json.dumps(data, indent=2, ensure_ascii=False).translate(_SCRIPT_SAFE) + "\n"


def _persons(names: str | None) -> list[dict]:
    # Document.author holds the names as the page gives them, several separated by "; ".
    return [{"@type": "Person", "name": n.strip()} for n in (names or "").split(";") if n.strip()]


def claimreview(store: Store, project: Project) -> Export:
    """schema.org ClaimReview with the properties Google's fact-check structured-data guide
    requires (claimReviewed, reviewRating with alternateName, url) and recommends (author as an
    Organization with name and url, datePublished, itemReviewed as a Claim with appearance,
    author and datePublished; the rating's ratingValue, bestRating, worstRating)."""
    if project.review_base_url is None or project.organization is None:
        raise UsageError(f"ClaimReview needs the URL of each review's page and the organization publishing it: "
                         f"set review-base-url and organization in [{SECTION}] of {CONFIG_FILE}")
    claims, missing, conflicting = _verdict_claims(store, lambda c: CLAIMREVIEW_RATING[c.status])
    author = {"@type": "Organization", "name": project.organization}
    url = project.organization_url or project.homepage
    if url:
        author["url"] = url
    docs: dict[str, Document] = {}
    graph = []
    for c in claims:
        doc = docs.setdefault(c.doc_id, store.read_document(c.doc_id))
        value, name = CLAIMREVIEW_RATING[c.status]
        appearance: dict = {"@type": "CreativeWork", "headline": doc.title}
        if doc.url:
            appearance["url"] = doc.url
        if doc.published:
            appearance["datePublished"] = doc.published
        item: dict = {"@type": "Claim", "appearance": [appearance], "firstAppearance": appearance}
        if _persons(doc.author):
            item["author"] = _persons(doc.author)
        if doc.published:
            item["datePublished"] = doc.published  # the day the claim was made
        item["keywords"] = FULL_FACT_TYPE[c.type]
        graph.append({
            "@type": "ClaimReview",
            "url": project.review_url(c.id),
            "identifier": c.id,
            "claimReviewed": statement_of(c),
            "datePublished": _reviewed_on(c),
            "author": author,
            "reviewBody": c.rationale,
            "reviewRating": {"@type": "Rating", "alternateName": name}
            | ({"ratingValue": value, "bestRating": 5, "worstRating": 1} if value is not None else {}),
            "itemReviewed": item,
            "citation": [{"@type": "CreativeWork", "url": e.url, "name": e.title,
                          "publisher": {"@type": "Organization", "name": e.publisher}} for e in c.evidence],
        })
    return Export("claimreview", jsonld_dumps({"@context": "https://schema.org", "@graph": graph}), len(graph),
                  missing, conflicting)


def webanno(store: Store, project: Project) -> Export:
    texts: dict[str, str] = {}
    docs: dict[str, Document] = {}
    items = []
    for c in _live(store, reviewed_only=False):
        text = texts.setdefault(c.doc_id, store.read_text(c.doc_id))
        doc = docs.setdefault(c.doc_id, store.read_document(c.doc_id))
        f = c.focus
        statement = statement_of(c)
        items.append({
            "id": claim_urn(c.id),
            "type": "Annotation",
            "motivation": "assessing",
            "created": c.created,
            "modified": c.modified,
            "body": [
                {"type": "TextualBody", "purpose": "classifying", "value": c.type},
                {"type": "TextualBody", "purpose": "assessing", "value": c.status},
            ] + ([{"type": "TextualBody", "purpose": "describing", "value": statement}] if statement else []),
            "target": {
                # The page itself where its address is known, so annotation tools open it there.
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
        "label": f"{project.pretty_name} ({project.version})",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    return Export("webanno", jsonld_dumps(collection), len(items))


def export(store: Store, fmt: str, project: Project | None = None) -> Export:
    """The records of ``store`` in format ``fmt`` (one of FORMATS)."""
    functions: dict[str, Callable[[Store, Project], Export]] = {
        "fever": fever, "averitec": averitec, "claimreview": claimreview, "webanno": webanno}
    if fmt not in functions:
        raise UsageError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    return functions[fmt](store, project if project is not None else load_project(store.root))
