"""The review page's server for adding, correcting, flagging and team review (issue 14): every
operation goes through the review library, refusals list every problem by form field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from claimkit import serve
from claimkit.ingest import ingest
from claimkit.models import Claim
from claimkit.review import Annotation
from claimkit.store import Store
from claimkit.validate import validate
from starlette.testclient import TestClient
from test_serve import BASE, SEED, copy_repo, forget_claims_on, headers, load, save


def fake_annotate(sentence: str) -> Annotation:
    return Annotation(0.5, [], "test-pipeline 1.0")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "repo")


@pytest.fixture
def store(root: Path) -> Store:
    return Store(root)


@pytest.fixture
def settings(store: Store) -> serve.Settings:
    return serve.Settings(store, reviewer="Ada Reviewer", annotate=fake_annotate)


@pytest.fixture
def client(settings: serve.Settings) -> TestClient:
    return TestClient(serve.create_app(settings), base_url=BASE)


def add(client: TestClient, settings: serve.Settings, **body):
    return client.post(f"/api/documents/{SEED}/claims", json=body, headers=headers(settings))


def no_flags(error: dict) -> None:
    """The page names form fields: no command-line option in what it shows."""
    shown = [error["message"]] + [p["message"] for p in error["problems"]] + [p["fix"] for p in error["problems"]]
    assert not [s for s in shown if "--" in s], shown


def test_adding_a_claim_by_its_selected_text(client, settings, store: Store):
    text = store.read_text(SEED)
    phrase = "protected Jewish refugees and their own Jewish citizens from persecution"
    forget_claims_on(store, SEED, phrase)
    start = text.index(phrase)
    response = add(client, settings, focus={"start": start, "end": start + len(phrase), "text": phrase}, type="event",
                   statement="Albanians protected Jewish refugees and Albanian Jews from persecution.")
    assert response.status_code == 200, response.text
    data = response.json()
    claim = store.read_claim(data["claim"]["id"])
    assert claim.focus.text == phrase and claim.provenance.extractor == "hand" and claim.history[0].by == "Ada Reviewer"
    assert data["summary"]["hand"] is True and data["sentence"][1] == phrase
    assert validate(store).findings == []
    # The same claim again is refused, naming the claim that has it.
    again = add(client, settings, focus={"start": start, "end": start + len(phrase), "text": phrase}, type="event")
    assert again.status_code == 422 and again.json()["error"]["problems"][0]["field"] == "focus"


def test_a_refused_new_claim_lists_every_problem_by_field(client, settings, store: Store):
    before = sorted(p.name for p in store.claims_dir.rglob("*.json"))
    response = add(client, settings, focus={"start": 10, "end": 20, "text": "not what is there"}, type="opinion",
                   statement="bad\x1b[2J")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["kind"] == "usage" and error["message"] == "3 problems; nothing was written"
    assert [p["field"] for p in error["problems"]] == ["type", "statement", "focus"]
    no_flags(error)
    assert sorted(p.name for p in store.claims_dir.rglob("*.json")) == before


def test_a_refused_verdict_lists_every_problem_by_form_field(client, settings, store: Store):
    claim_id = sorted(c.id for c in store.iter_claims(SEED))[0]
    before = store.find_claim(claim_id).read_bytes()
    bad = {"url": "ftp://example.org/a", "stance": "supports", "summary": "short", "published": "last year"}
    response = save(client, settings, claim_id, load(client, claim_id), status="supported", evidence=[bad])
    assert response.status_code == 400
    error = response.json()["error"]
    fields = [p["field"] for p in error["problems"]]
    assert fields[:5] == ["evidence.1.title", "evidence.1.publisher", "evidence.1.url", "evidence.1.published",
                          "evidence.1.summary"]
    assert [(p["field"], p["code"]) for p in error["problems"][5:]] == [("rationale", "CK101")]
    assert [f["code"] for f in error["findings"]] == ["CK101"]
    no_flags(error)
    assert store.find_claim(claim_id).read_bytes() == before


def test_editing_on_the_page(client, settings, store: Store):
    claim_id = sorted(c.id for c in store.iter_claims(SEED) if c.type == "date")[0]
    loaded = load(client, claim_id)
    # The seed's claims carry a reviewer's statement already: the entry says what it was and became.
    was = store.read_claim(claim_id).statement
    response = save(client, settings, claim_id, loaded, "edit", statement="A statement that stands alone.")
    assert response.status_code == 200, response.text
    loaded = response.json()
    assert loaded["claim"]["statement"] == "A statement that stands alone."
    assert loaded["claim"]["history"][-1]["note"] == (f'statement: "{was}"' if was else "statement: none") + \
        ' → "A statement that stands alone."'
    # Moving the focus onto text of its sentence (as a selection would give it).
    text = store.read_text(SEED)
    claim = store.read_claim(claim_id)
    start = claim.span.start
    end = start + len(text[start:claim.span.end].split(" ")[0])
    response = save(client, settings, claim_id, loaded, "edit", focus={"start": start, "end": end, "text": text[start:end]},
                    type="event")
    assert response.status_code == 200, response.text
    moved = store.read_claim(claim_id)
    assert (moved.focus.start, moved.focus.end, moved.type, moved.value) == (start, end, "event", None)
    assert [h.action for h in moved.history[-3:]] == ["moved", "edited", "edited"]
    assert validate(store).findings == []


def test_replacing_a_verdict_is_confirmed_on_the_page(client, settings, store: Store):
    claim_id = sorted(c.id for c in store.iter_claims(SEED))[0]
    loaded = save(client, settings, claim_id, load(client, claim_id), status="not_enough_evidence",
                  rationale="Searched the archives.", reviewer="alice").json()
    response = save(client, settings, claim_id, loaded, status="not_enough_evidence", rationale="Searched better.")
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["kind"] == "confirm" and error["verdict"] == {
        "status": "not_enough_evidence", "rationale": "Searched the archives.", "by": "alice",
        "at": loaded["claim"]["history"][-1]["at"]}
    no_flags(error)
    response = save(client, settings, claim_id, loaded, status="not_enough_evidence", rationale="Searched better.", replace=True)
    assert response.status_code == 200 and store.read_claim(claim_id).rationale == "Searched better."


def test_flags_progress_and_filters_data(client, settings, store: Store):
    claim_id = sorted(c.id for c in store.iter_claims(SEED))[0]
    loaded = save(client, settings, claim_id, load(client, claim_id), "flag", comment="Which year is meant?").json()
    assert loaded["flag"]["comment"] == "Which year is meant?" and loaded["summary"]["flag"]["by"] == "Ada Reviewer"
    response = save(client, settings, claim_id, loaded, "flag", comment="again")
    assert response.status_code == 422 and "already flagged" in response.json()["error"]["message"] + json.dumps(
        response.json()["error"]["problems"])
    view = client.get(f"/api/documents/{SEED}").json()
    summary = next(c for c in view["claims"] if c["id"] == claim_id)
    assert summary["reviewers"] == ["Ada Reviewer"] and summary["check_worthiness"] > 0 and summary["sentence"]
    assert view["progress"]["flagged"] == 1 and view["progress"]["reviewers"]["Ada Reviewer"]["flagged"] == 1
    listing = client.get("/api/documents").json()
    [doc] = [d for d in listing["documents"] if d["doc_id"] == SEED]
    assert doc["progress"]["left"] == doc["claims"] and doc["progress"]["flagged"] == 1
    loaded = save(client, settings, claim_id, loaded, "unflag", note="it is 2014").json()
    assert loaded["flag"] is None and loaded["claim"]["history"][-1]["action"] == "unflagged"


def test_a_focus_inside_another_gets_its_own_highlight(store: Store):
    text = store.read_text(SEED)
    base = next(c for c in store.iter_claims(SEED) if c.withdrawn is None and len(c.focus.text) > 12)
    s, e = base.focus.start, base.focus.end

    def at(claim_id: str, start: int, end: int) -> Claim:
        focus = {"start": start, "end": end, "text": text[start:end]}
        return Claim.model_validate(base.model_dump(mode="json", by_alias=True) | {"id": claim_id, "focus": focus})

    claims = [at("c-outer", s, e), at("c-inner", s + 2, s + 6), at("c-same", s, e)]
    pieces = serve.segments(text, claims, [])
    assert "".join(p["text"] for p in pieces) == text
    [outer] = [p for p in pieces if p["kind"] == "claim"]
    assert outer["claim"] == "c-outer" and "".join(p["text"] for p in outer["children"]) == outer["text"]
    [same] = outer["children"]  # the claim with the very same focus holds the inner one
    assert same["claim"] == "c-same" and [p.get("claim") for p in same["children"]] == [None, "c-inner", None]


def test_a_claim_of_a_corrected_source_can_be_withdrawn_or_moved_on_the_page(client, settings, store: Store, tmp_path):
    text = store.read_text(SEED)
    live = sorted((c for c in store.iter_claims(SEED) if c.withdrawn is None), key=lambda c: c.span.start)
    gone = live[-1]
    kept = next(c for c in live if c.span.end < gone.span.start and text.count(c.text) == 1)
    corrected = text[:gone.span.start] + "A new sentence replaces the old one." + text[gone.span.end:]
    path = tmp_path / "corrected.txt"
    path.write_text(corrected.replace(kept.text, "Moreover, " + kept.text), encoding="utf-8")
    ingest(store, path, SEED, force=True, retrieved="2026-11-27T00:00:00Z")
    stale = {c["id"]: c for c in client.get(f"/api/documents/{SEED}").json()["claims"] if not c["anchored"]}
    assert {gone.id, kept.id} <= set(stale)
    assert load(client, gone.id)["anchored"] is False
    response = save(client, settings, gone.id, load(client, gone.id), "withdraw", reason="its sentence was removed")
    assert response.status_code == 200, response.text
    new_text = store.read_text(SEED)
    start = new_text.index(kept.focus.text, new_text.index("Moreover, "))
    response = save(client, settings, kept.id, load(client, kept.id), "edit",
                    focus={"start": start, "end": start + len(kept.focus.text), "text": kept.focus.text})
    assert response.status_code == 200, response.text
    assert response.json()["anchored"] is True and response.json()["summary"]["anchored"] is True
    remaining = {Path(f.path).stem for f in validate(store).findings}
    assert gone.id not in remaining and kept.id not in remaining
