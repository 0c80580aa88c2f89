"""The review page's server: reading, every refusal with its rule, staleness, token, origin,
Host, path safety and escaping. The browser itself is driven in test_serve_browser.py."""

from __future__ import annotations

import atexit
import functools
import json
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from claimkit import serve
from claimkit.anchoring import quote_for
from claimkit.cli import build_parser, main
from claimkit.errors import UsageError
from claimkit.models import Claim
from claimkit.store import Store, revision_of
from claimkit.validate import validate
from starlette.testclient import TestClient

REPO = Path(__file__).resolve().parent.parent
SEED = "iran-albania-relations"
BASE = "http://127.0.0.1:8000"
SUPPORTS = {
    "url": "https://www.reuters.com/world/albania-cuts-ties-iran-2022-09-07/",
    "title": "Albania cuts diplomatic ties with Iran over cyberattack",
    "publisher": "Reuters",
    "published": "2022-09-07",
    "stance": "supports",
    "summary": "Reuters reports Albania's prime minister announcing the break in relations with Iran.",
}
REFUTES = SUPPORTS | {"url": "https://example.org/other", "stance": "refutes",
                      "summary": "A second report that gives a different account of the events."}
HOSTILE_TITLE = '<script>window.__pwned = "title"</script> "Quotes" & \'apostrophes\''
HOSTILE_FOCUS = '<img src=x onerror="window.__pwned=1">'
HOSTILE_TEXT = (
    "Harbor Town News\n"
    f'The council said "<b>yes</b>" & \'no\' on 3 March 2021, then {HOSTILE_FOCUS} was posted.\n'
    "<script>window.__pwned = 'body'</script> A second line closes the story.\n"
)


# -- a scratch repository --------------------------------------------------------------------


def copy_repo(target: Path) -> Path:
    """A copy of this repository's sources/ and claims/ to change freely, every claim set back
    to its state as extracted, so the tests do not depend on how far the real review has got.

    The setting back is done once per test process (``_extracted_repo``); each call copies that."""
    shutil.copytree(_extracted_repo(), target, symlinks=True, dirs_exist_ok=True)
    return target


@functools.cache
def _extracted_repo() -> Path:
    target = Path(tempfile.mkdtemp(prefix="claimkit-serve-")) / "repo"
    atexit.register(shutil.rmtree, target.parent, True)
    target.mkdir()
    for name in ("sources", "claims"):
        shutil.copytree(REPO / name, target / name)
    store = Store(target)
    for claim in list(store.iter_claims()):
        data = claim.model_dump(by_alias=True) | {
            "status": "unverified", "evidence": [], "rationale": None, "withdrawn": None,
            "history": [claim.history[0].model_dump(by_alias=True)], "modified": claim.created,
        }
        store.write_claim(Claim.model_validate(data))
    return target


def forget_claims_on(store: Store, doc_id: str, phrase: str) -> int:
    """Delete the claims whose focus overlaps `phrase` (its first occurrence), as if the
    extractor had missed it, so a test can add that claim by hand whatever the extractor finds.

    Returns how many were deleted."""
    start = store.read_text(doc_id).index(phrase)
    end = start + len(phrase)
    gone = 0
    for path in sorted((store.claims_dir / doc_id).glob("*.json")):
        focus = json.loads(path.read_text(encoding="utf-8"))["focus"]
        if focus["start"] < end and start < focus["end"]:
            path.unlink()
            gone += 1
    return gone


def add_hostile_document(root: Path) -> str:
    """Ingest an article full of markup through the CLI, and hand-place one claim on it.

    Returns the claim's id.
    """
    article = root.parent / "hostile.txt"
    article.write_text(HOSTILE_TEXT, encoding="utf-8")
    assert main(["--root", str(root), "ingest", str(article), "--doc-id", "hostile", "--title", HOSTILE_TITLE,
                 "--retrieved", "2026-01-01T00:00:00Z"]) == 0
    store = Store(root)
    text = store.read_text("hostile")
    start = text.index(HOSTILE_FOCUS)
    end = start + len(HOSTILE_FOCUS)
    line_start = text.index("The council")
    line_end = text.index("\n", line_start)
    template = json.loads(next((root / "claims" / SEED).glob("*.json")).read_text(encoding="utf-8"))
    template.update(
        id="hostile-00000001", doc_id="hostile", span={"start": line_start, "end": line_end},
        text=text[line_start:line_end], focus={"start": start, "end": end, "text": HOSTILE_FOCUS},
        quote=quote_for(text, start, end), type="event", value=None, entities=[], statement=None,
        cluster=None, status="unverified", evidence=[], rationale=None, withdrawn=None,
    )
    template["history"] = template["history"][:1]
    template["modified"] = template["created"] = template["history"][0]["at"]
    store.write_claim(Claim.model_validate(template))
    return "hostile-00000001"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "repo")


@pytest.fixture
def store(root: Path) -> Store:
    return Store(root)


@pytest.fixture
def settings(store: Store) -> serve.Settings:
    return serve.Settings(store, reviewer="Ada Reviewer")


@pytest.fixture
def client(settings: serve.Settings) -> TestClient:
    return TestClient(serve.create_app(settings), base_url=BASE)


@pytest.fixture
def claim_id(store: Store) -> str:
    return sorted(c.id for c in store.iter_claims(SEED))[0]


def headers(settings: serve.Settings, **extra: str) -> dict[str, str]:
    return {"X-Claimkit-Token": settings.token, "Content-Type": "application/json", **extra}


def load(client: TestClient, claim_id: str) -> dict:
    response = client.get(f"/api/claims/{claim_id}")
    assert response.status_code == 200
    return response.json()


def save(client: TestClient, settings: serve.Settings, claim_id: str, loaded: dict, action: str = "status", **body):
    body = {"expect_modified": loaded["claim"]["modified"], "version": loaded["version"], **body}
    return client.post(f"/api/claims/{claim_id}/{action}", json=body, headers=headers(settings))


# -- reading ---------------------------------------------------------------------------------


def test_lists_documents_with_counts_and_vocabulary(client: TestClient, store: Store):
    data = client.get("/api/documents").json()
    [doc] = [d for d in data["documents"] if d["doc_id"] == SEED]
    assert doc["claims"] == sum(1 for c in store.iter_claims(SEED) if c.withdrawn is None)
    assert "supported" in data["statuses"] and "date" in data["types"] and "refutes" in data["stances"]


def test_document_view_cuts_the_text_without_losing_a_character(client: TestClient, store: Store):
    data = client.get(f"/api/documents/{SEED}").json()
    assert "".join(p["text"] for p in data["segments"]) == store.read_text(SEED)
    marked = [p["claim"] for p in data["segments"] if p["kind"] == "claim"]
    assert marked and len(marked) == len(set(marked)) and set(marked) <= {c["id"] for c in data["claims"]}
    assert any(p["kind"] == "noise" for p in data["segments"])
    starts = [c["start"] for c in data["claims"]]
    assert starts == sorted(starts)


def test_overlapping_foci_keep_the_live_then_the_earlier_claim(store: Store):
    text = store.read_text(SEED)
    base = next(c for c in store.iter_claims(SEED) if c.withdrawn is None)
    s, e = base.focus.start, base.focus.end

    def at(claim_id: str, start: int, end: int, withdrawn: bool = False) -> Claim:
        gone = {"at": base.modified, "by": "alice", "reason": "not a claim"} if withdrawn else None
        focus = {"start": start, "end": end, "text": text[start:end]}
        return Claim.model_validate(base.model_dump(mode="json", by_alias=True) | {"id": claim_id, "focus": focus, "withdrawn": gone})

    claims = [at("c-withdrawn", s, e, withdrawn=True), at("c-live", s, e), at("c-inner", s + 1, e), at("c-after", e, e + 3)]
    pieces = serve.segments(text, claims, [(0, 5, "heading")])
    assert "".join(p["text"] for p in pieces) == text
    assert [p["claim"] for p in pieces if p["kind"] == "claim"] == ["c-live", "c-after"]
    assert pieces[0] == {"kind": "noise", "text": text[:5], "region": "heading"}


def test_claim_json_has_the_record_and_its_sentence(client: TestClient, store: Store, claim_id: str):
    data = load(client, claim_id)
    stored = store.read_claim(claim_id)
    assert data["claim"] == stored.model_dump(mode="json", by_alias=True)
    assert "".join(data["sentence"]) == stored.text
    assert data["sentence"][1] == stored.focus.text
    assert data["version"] == serve.version_of(stored)


def test_the_page_and_its_files_are_served(client: TestClient, settings: serve.Settings):
    page = client.get(f"/doc/{SEED}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert f'content="{settings.token}"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    theme = client.get("/static/theme.css").text
    assert ".st-supported{background:" in theme
    assert client.get("/doc/no-such-document").status_code == 404


def test_the_script_never_inserts_html():
    script = (REPO / "tools" / "claimkit" / "static" / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


# -- changes ---------------------------------------------------------------------------------


def test_set_status_with_evidence_goes_through_the_review_library(client, settings, store: Store, claim_id):
    loaded = load(client, claim_id)
    response = save(client, settings, claim_id, loaded, status="supported",
                     rationale="Reuters reports the announcement.", evidence=[SUPPORTS])
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["summary"]["status"] == "supported"
    stored = store.read_claim(claim_id)
    assert stored.status == "supported" and stored.evidence[0].url == SUPPORTS["url"]
    assert [(h.action, h.by) for h in stored.history[-2:]] == [("evidence-added", "Ada Reviewer"), ("status", "Ada Reviewer")]
    assert data["claim"]["modified"] == stored.modified
    assert validate(store).findings == []


def test_evidence_add_remove_withdraw_restore(client, settings, store: Store, claim_id):
    loaded = load(client, claim_id)
    loaded = save(client, settings, claim_id, loaded, "evidence", evidence=SUPPORTS).json()
    assert [e["url"] for e in loaded["claim"]["evidence"]] == [SUPPORTS["url"]]
    loaded = save(client, settings, claim_id, loaded, "evidence/remove", number=1).json()
    assert loaded["claim"]["evidence"] == []
    loaded = save(client, settings, claim_id, loaded, "withdraw", reason="an opinion, not a claim").json()
    assert loaded["summary"]["withdrawn"] is True
    loaded = save(client, settings, claim_id, loaded, "restore").json()
    actions = [h["action"] for h in loaded["claim"]["history"][-4:]]
    assert actions == ["evidence-added", "evidence-removed", "withdrawn", "restored"]
    assert validate(store).findings == []


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        ({"status": "supported", "rationale": "It is in the news."}, {"CK104"}),
        ({"status": "refuted", "rationale": "Other reports differ.", "evidence": [SUPPORTS]}, {"CK104"}),
        ({"status": "conflicting_evidence", "rationale": "Reports differ.", "evidence": [REFUTES]}, {"CK104"}),
        ({"status": "supported", "evidence": [SUPPORTS]}, {"CK101"}),
        ({"status": "not_enough_evidence"}, {"CK101"}),
    ],
    ids=["supported-without-supports", "refuted-with-supports", "conflicting-one-side", "no-rationale", "nee-no-rationale"],
)
def test_each_refusal_names_its_rule_and_the_fix(client, settings, store: Store, claim_id, body, codes):
    before = store.find_claim(claim_id).read_bytes()
    response = save(client, settings, claim_id, load(client, claim_id), **body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["kind"] == "invalid"
    assert {f["code"] for f in error["findings"]} == codes
    for finding in error["findings"]:
        assert finding["slug"] and finding["message"] and finding["fix"] and finding["pointer"].startswith("$")
    assert store.find_claim(claim_id).read_bytes() == before


@pytest.mark.parametrize(
    ("action", "body", "status", "kind"),
    [
        ("status", {"status": "probably_true", "rationale": "x"}, 400, "usage"),
        ("status", {"status": "unverified"}, 422, "refused"),  # nothing to change
        ("status", {"status": "supported", "rationale": "x", "evidence": [{"url": "https://a.example/"}]}, 400, "usage"),
        ("evidence", {"evidence": SUPPORTS | {"stance": "agrees"}}, 400, "usage"),
        ("evidence/remove", {"number": 3}, 400, "usage"),
        ("restore", {}, 422, "refused"),
        ("withdraw", {"reason": " "}, 400, "usage"),
    ],
)
def test_other_refusals_are_explained_and_write_nothing(client, settings, store, claim_id, action, body, status, kind):
    before = store.find_claim(claim_id).read_bytes()
    response = save(client, settings, claim_id, load(client, claim_id), action, **body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["kind"] == kind and response.json()["error"]["message"]
    assert store.find_claim(claim_id).read_bytes() == before


def test_a_stale_save_is_refused_not_overwritten(client, settings, store: Store, claim_id):
    tab_a, tab_b = load(client, claim_id), load(client, claim_id)
    first = save(client, settings, claim_id, tab_a, status="not_enough_evidence",
                 rationale="Searched Reuters and AP for the date; nothing found.")
    assert first.status_code == 200
    after_first = store.find_claim(claim_id).read_bytes()
    second = save(client, settings, claim_id, tab_b, status="supported", rationale="Reuters.", evidence=[SUPPORTS])
    assert second.status_code == 409
    assert second.json()["error"]["kind"] == "stale"
    assert store.find_claim(claim_id).read_bytes() == after_first


def test_a_change_within_the_same_second_is_still_caught_by_the_version(client, settings, claim_id):
    loaded = load(client, claim_id)
    stale = loaded | {"version": "0" * 16}
    response = save(client, settings, claim_id, stale, status="not_enough_evidence", rationale="Searched the archives.")
    assert response.status_code == 409 and response.json()["error"]["kind"] == "stale"


def test_expect_modified_is_required(client, settings, claim_id):
    response = client.post(f"/api/claims/{claim_id}/status", json={"status": "unverified"}, headers=headers(settings))
    assert response.status_code == 400 and "expect_modified" in response.json()["error"]["message"]


def test_the_page_and_the_command_line_share_one_revision(client, settings, store: Store, claim_id, capsys):
    loaded = load(client, claim_id)
    assert loaded["version"] == revision_of(store.read_claim(claim_id))
    # A change on the command line, made with the version the page loaded...
    assert main(["--root", str(store.root), "review", "set", claim_id, "--status", "not_enough_evidence",
                 "--rationale", "Searched the archives.", "--reviewer", "bob", "--expect-revision", loaded["version"]]) == 0
    printed = capsys.readouterr().out.split()[-1]
    # ...makes the page's copy stale, even with no `expect_modified` sent; the revision the
    # command printed is what the page now loads.
    body = {"status": "supported", "rationale": "Reuters.", "evidence": [SUPPORTS], "version": loaded["version"]}
    response = client.post(f"/api/claims/{claim_id}/status", json=body, headers=headers(settings))
    assert response.status_code == 409 and response.json()["error"]["kind"] == "stale"
    assert load(client, claim_id)["version"] == printed
    # Bob's verdict stands: replacing it is confirmed (issue 14).
    response = client.post(f"/api/claims/{claim_id}/status", json=body | {"version": printed, "replace": True},
                           headers=headers(settings))
    assert response.status_code == 200, response.text


def test_a_misplaced_record_is_refused_not_copied(client, settings, store: Store, claim_id):
    path = store.find_claim(claim_id)
    other = store.root / "claims" / "other-doc" / path.name
    other.parent.mkdir()
    path.rename(other)
    before = other.read_bytes()
    response = save(client, settings, claim_id, load(client, claim_id), status="not_enough_evidence",
                    rationale="Searched the archives.")
    assert response.status_code == 409 and "wrong place" in response.json()["error"]["message"]
    assert not path.exists() and other.read_bytes() == before


def test_reviewers_of_different_claims_lose_nothing(settings, store: Store):
    ids = sorted(c.id for c in store.iter_claims(SEED))[:8]
    app = serve.create_app(settings)
    errors = []

    def review(name: str, mine: list[str]) -> None:
        with TestClient(app, base_url=BASE) as client:
            for claim_id in mine:
                loaded = load(client, claim_id)
                body = {"status": "not_enough_evidence", "rationale": f"{name} searched the archives.",
                        "reviewer": name, "expect_modified": loaded["claim"]["modified"], "version": loaded["version"]}
                response = client.post(f"/api/claims/{claim_id}/status", json=body, headers=headers(settings))
                if response.status_code != 200:
                    errors.append(response.text)

    threads = [threading.Thread(target=review, args=(n, ids[i::2])) for i, n in enumerate(("alice", "bob"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for i, claim_id in enumerate(ids):
        claim = store.read_claim(claim_id)
        assert claim.status == "not_enough_evidence" and claim.history[-1].by == ("alice", "bob")[i % 2]
    assert validate(store).findings == []


# -- who is saving ---------------------------------------------------------------------------


def test_the_page_can_set_the_reviewer_name(client, settings, store, claim_id):
    response = save(client, settings, claim_id, load(client, claim_id), status="not_enough_evidence",
                    rationale="Searched the archives.", reviewer="  Grace   Hopper ")
    assert response.status_code == 200
    assert store.read_claim(claim_id).history[-1].by == "Grace Hopper"


@pytest.mark.parametrize("name", ["claimkit", "claimkit extract 0.1.0", "ClaimKit bot", "x" * 81, "a\x07b"])
def test_reserved_or_odd_reviewer_names_are_refused(client, settings, store, claim_id, name):
    before = store.find_claim(claim_id).read_bytes()
    response = save(client, settings, claim_id, load(client, claim_id), status="not_enough_evidence",
                    rationale="Searched the archives.", reviewer=name)
    assert response.status_code == 400 and response.json()["error"]["kind"] == "usage"
    assert store.find_claim(claim_id).read_bytes() == before


def test_no_reviewer_anywhere_is_refused(store, claim_id):
    settings = serve.Settings(store, reviewer=None)
    client = TestClient(serve.create_app(settings), base_url=BASE)
    response = save(client, settings, claim_id, load(client, claim_id), status="not_enough_evidence", rationale="Searched.")
    assert response.status_code == 400 and "reviewer name" in response.json()["error"]["message"]


# -- security --------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_a_change_needs_the_session_token(client, settings, store, claim_id, token):
    before = store.find_claim(claim_id).read_bytes()
    loaded = load(client, claim_id)
    sent = {"Content-Type": "application/json"} | ({} if token is None else {"X-Claimkit-Token": token})
    body = {"status": "not_enough_evidence", "rationale": "Searched.", "expect_modified": loaded["claim"]["modified"]}
    response = client.post(f"/api/claims/{claim_id}/status", json=body, headers=sent)
    assert response.status_code == 403 and response.json()["error"]["kind"] == "forbidden"
    assert store.find_claim(claim_id).read_bytes() == before


@pytest.mark.parametrize(
    "extra",
    [{"Origin": "http://evil.example"}, {"Origin": "http://127.0.0.1:9999"}, {"Origin": "null"},
     {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}],
)
def test_cross_origin_changes_are_refused_even_with_the_token(client, settings, store, claim_id, extra):
    before = store.find_claim(claim_id).read_bytes()
    loaded = load(client, claim_id)
    body = {"status": "not_enough_evidence", "rationale": "Searched.", "expect_modified": loaded["claim"]["modified"]}
    response = client.post(f"/api/claims/{claim_id}/status", json=body, headers=headers(settings, **extra))
    assert response.status_code == 403
    assert store.find_claim(claim_id).read_bytes() == before


def test_same_origin_with_the_token_is_accepted(client, settings, claim_id):
    loaded = load(client, claim_id)
    body = {"status": "not_enough_evidence", "rationale": "Searched.", "expect_modified": loaded["claim"]["modified"]}
    extra = {"Origin": BASE, "Sec-Fetch-Site": "same-origin"}
    assert client.post(f"/api/claims/{claim_id}/status", json=body, headers=headers(settings, **extra)).status_code == 200


def test_a_form_post_is_refused(client, settings, claim_id):
    response = client.post(f"/api/claims/{claim_id}/status", content=b"status=supported",
                           headers={"X-Claimkit-Token": settings.token, "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415


def test_other_host_names_are_refused_against_dns_rebinding(settings):
    client = TestClient(serve.create_app(settings), base_url="http://attacker.example:8000")
    response = client.get(f"/doc/{SEED}")
    assert response.status_code == 421
    assert settings.token not in response.text


def test_binding_defaults_to_loopback():
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    sock = serve.bind("127.0.0.1", 0)
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
        assert serve.url_of(sock).startswith("http://127.0.0.1:")
    finally:
        sock.close()
    assert serve.allowed_hosts_for("127.0.0.1") == ("127.0.0.1", "localhost", "::1")
    # A wildcard bind answers to no Host by default (it used to answer to any, "*").
    with pytest.raises(UsageError, match="--allowed-host"):
        serve.allowed_hosts_for("0.0.0.0")
    assert serve.allowed_hosts_for("0.0.0.0", ["Review.Example.org"]) == ("review.example.org",)
    assert serve.allowed_hosts_for("::", ["[fd00::1]"]) == ("fd00::1",)
    assert serve.allowed_hosts_for("192.168.1.20", ["review.lan"]) == ("review.lan", "192.168.1.20")


def test_serve_refuses_a_reserved_reviewer_or_a_busy_port_before_serving(root: Path, capsys):
    assert main(["--root", str(root), "serve", "--port", "0", "--reviewer", "claimkit"]) == 2
    assert "reserved" in capsys.readouterr().err
    busy = serve.bind("127.0.0.1", 0)
    try:
        port = busy.getsockname()[1]
        assert main(["--root", str(root), "serve", "--port", str(port), "--reviewer", "alice"]) == 2
        assert "--port" in capsys.readouterr().err
    finally:
        busy.close()


@pytest.mark.parametrize(
    "path",
    [
        "/api/claims/..%2F..%2Fsecret", "/api/claims/..", "/api/claims/%2E%2E", "/api/claims/Secret",
        "/api/claims/..%5Csecret", "/api/documents/..%2F..%2Fsecret", "/api/documents/..%2Fsources%2Fsecret",
        "/doc/..%2F..%2Fsecret", "/doc/%2Fetc%2Fpasswd", "/static/..%2Fserve.py", "/static/..%2F..%2Fsecret.json",
        "/static/index.html%00", "/api/claims/secret%00", "/../secret.json", "/static/../../secret.json",
    ],
)
def test_nothing_in_a_url_reaches_the_filesystem_but_a_valid_id(client, root: Path, path: str):
    secret = root.parent / "secret.json"
    secret.write_text('{"the": "SECRET-CONTENT"}', encoding="utf-8")
    (root / "claims" / "secret.json").write_text('{"the": "SECRET-CONTENT"}', encoding="utf-8")
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "SECRET-CONTENT" not in response.text and "import" not in response.text


def test_a_change_to_an_unsafe_id_is_refused(client, settings):
    body = {"status": "supported", "expect_modified": "2026-01-01T00:00:00Z"}
    response = client.post("/api/claims/..%2F..%2Fsecret/status", json=body, headers=headers(settings))
    assert response.status_code in (400, 404)


def test_hostile_text_is_escaped_or_sent_as_json(root: Path, store: Store):
    hostile_id = add_hostile_document(root)
    settings = serve.Settings(store, reviewer='<script>alert("r")</script>')
    client = TestClient(serve.create_app(settings), base_url=BASE)
    page = client.get("/doc/hostile")
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt;" in page.text
    assert "__pwned" not in page.text  # document text reaches the page only as JSON, built with textContent
    doc = client.get("/api/documents/hostile")
    assert doc.headers["content-type"] == "application/json"
    data = doc.json()
    assert data["title"] == HOSTILE_TITLE
    assert [p["text"] for p in data["segments"] if p["kind"] == "claim"] == [HOSTILE_FOCUS]
    assert load(client, hostile_id)["sentence"][1] == HOSTILE_FOCUS
    assert validate(store).findings == []


# -- serving to the network ------------------------------------------------------------------


@pytest.fixture
def start(root: Path, monkeypatch, capsys):
    """Run `claimkit serve ARGS` up to the point where it would serve; returns (exit code, the
    app it would serve or None, stdout, stderr)."""

    def start(*args: str):
        served = []
        monkeypatch.setattr(serve, "run", lambda app, sock: served.append(app))
        code = main(["--root", str(root), "serve", "--port", "0", "--reviewer", "Ada Reviewer", *args])
        out, err = capsys.readouterr()
        return code, (served[0] if served else None), out, err

    return start


def test_a_network_bind_needs_allowed_host_names(start):
    code, app, out, err = start("--host", "0.0.0.0")
    assert code == 2 and app is None
    assert err.startswith("Error: --host 0.0.0.0 opens the review page to other machines") and "--allowed-host" in err
    code, app, out, err = start("--host", "0.0.0.0", "--allowed-host", "http://review.example.org:8000")
    assert code == 2 and app is None and "is not a host name or IP address" in err


def test_a_wildcard_bind_answers_only_to_its_allowed_names(start, claim_id):
    code, app, out, err = start("--host", "0.0.0.0", "--allowed-host", "review.example.org", "--allowed-host", "10.1.2.3")
    assert code == 0
    settings = app.settings
    port = settings.port
    assert settings.allowed_hosts == ("review.example.org", "10.1.2.3") and settings.ask_token
    # The real addresses, the token once, and a warning.
    assert f"at http://review.example.org:{port}/ (or http://10.1.2.3:{port}/)" in out
    assert out.count(settings.token) == 1 and "127.0.0.1" not in out
    assert err.startswith(f"Warning: listening on 0.0.0.0:{port}, open to other machines")

    # A DNS-rebinding page: its own name in Host (and in Origin) is refused, page and API alike.
    rebinding = TestClient(app, base_url=f"http://attacker.example:{port}")
    for path in ("/", f"/doc/{SEED}", "/api/documents", f"/api/claims/{claim_id}"):
        response = rebinding.get(path)
        assert response.status_code == 421 and settings.token not in response.text
    body = {"status": "not_enough_evidence", "rationale": "Searched.", "expect_modified": "2026-01-01T00:00:00Z"}
    sent = headers(settings, Origin=f"http://attacker.example:{port}")
    assert rebinding.post(f"/api/claims/{claim_id}/status", json=body, headers=sent).status_code == 421
    assert TestClient(app, base_url=f"http://localhost:{port}").get("/").status_code == 421  # not named: not allowed


def test_on_the_network_the_page_carries_no_token_and_every_call_needs_it(start, store, claim_id):
    code, app, out, err = start("--host", "0.0.0.0", "--allowed-host", "review.example.org")
    settings = app.settings
    client = TestClient(app, base_url=f"http://review.example.org:{settings.port}")
    page = client.get(f"/doc/{SEED}")
    assert page.status_code == 200 and settings.token not in page.text
    assert '<meta name="claimkit-token" content="">' in page.text
    assert client.get("/static/app.js").status_code == 200  # the page itself loads, then asks for the token

    for path in ("/api/documents", f"/api/documents/{SEED}", f"/api/claims/{claim_id}"):
        for token in (None, "wrong"):
            response = client.get(path, headers={} if token is None else {"X-Claimkit-Token": token})
            assert response.status_code == 403 and response.json()["error"]["reason"] == "token"
    token = {"X-Claimkit-Token": settings.token}
    loaded = client.get(f"/api/claims/{claim_id}", headers=token).json()
    before = store.find_claim(claim_id).read_bytes()
    body = {"status": "not_enough_evidence", "rationale": "Searched the archives.",
            "expect_modified": loaded["claim"]["modified"], "version": loaded["version"]}
    origin = {"Origin": f"http://review.example.org:{settings.port}"}
    response = client.post(f"/api/claims/{claim_id}/status", json=body, headers={"Content-Type": "application/json", **origin})
    assert response.status_code == 403 and "token" in response.json()["error"]["message"]
    assert store.find_claim(claim_id).read_bytes() == before
    response = client.post(f"/api/claims/{claim_id}/status", json=body, headers=headers(settings, **origin))
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    "origin",
    ["http://attacker.example:8000", "http://review.example.org.attacker.example:8000", "http://review.example.org:9999",
     "https://review.example.org:8000", "http://review.example.org:8000/path", "null", "http://[::1"],
)
def test_origin_is_judged_against_the_allowed_names_not_the_request_host(store, claim_id, origin):
    settings = serve.Settings(store, "Ada Reviewer", ("review.example.org",), port=8000, ask_token=True)
    client = TestClient(serve.create_app(settings), base_url="http://review.example.org:8000")
    before = store.find_claim(claim_id).read_bytes()
    body = {"status": "not_enough_evidence", "rationale": "Searched.", "expect_modified": "2026-01-01T00:00:00Z"}
    response = client.post(f"/api/claims/{claim_id}/status", json=body, headers=headers(settings, Origin=origin))
    assert response.status_code == 403 and "cross-origin" in response.json()["error"]["message"]
    assert store.find_claim(claim_id).read_bytes() == before


def test_the_loopback_page_keeps_its_token(start):
    code, app, out, err = start()
    assert code == 0 and not app.settings.ask_token and err == ""
    assert out.startswith("claimkit serve: review ") and f"at http://127.0.0.1:{app.settings.port}/" in out
    assert app.settings.token not in out  # on loopback the page carries it; nothing to type
    page = TestClient(app, base_url=f"http://127.0.0.1:{app.settings.port}").get("/")
    assert f'content="{app.settings.token}"' in page.text


# -- every response, bodies, limits ----------------------------------------------------------


def test_refusals_carry_the_security_headers(client, settings, claim_id):
    body = {"status": "supported", "expect_modified": "2026-01-01T00:00:00Z"}
    responses = {
        421: TestClient(serve.create_app(settings), base_url="http://attacker.example:8000").get("/"),
        403: client.post(f"/api/claims/{claim_id}/status", json=body, headers={"Content-Type": "application/json"}),
        415: client.post(f"/api/claims/{claim_id}/status", content=b"status=x",
                         headers={"X-Claimkit-Token": settings.token, "Content-Type": "text/plain"}),
        404: client.get("/api/claims/no-such-claim-00000000"),
        405: client.delete(f"/api/claims/{claim_id}", headers=headers(settings)),
        400: client.post(f"/api/claims/{claim_id}/status", content=b"{", headers=headers(settings)),
        413: client.post(f"/api/claims/{claim_id}/status", content=b" " * (serve.MAX_BODY + 1), headers=headers(settings)),
    }
    for status, response in responses.items():
        assert response.status_code == status, (status, response.text)
        for name, value in serve.SECURITY_HEADERS.items():
            assert response.headers.get(name) == value, (status, name)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (json.dumps({"status": "not_enough_evidence", "rationale": "Searched."}).encode("utf-16"), "application/json"),
        (json.dumps({"status": "not_enough_evidence", "rationale": "Searched."}).encode("utf-16-le"), "application/json"),
        (json.dumps({"status": "not_enough_evidence", "rationale": "Searched."}).encode("utf-32"), "application/json"),
        (b"\xef\xbb\xbf" + json.dumps({"status": "not_enough_evidence"}).encode(), "application/json"),
        (json.dumps({"status": "not_enough_evidence"}).encode(), "application/json; charset=utf-16"),
        (json.dumps({"status": "not_enough_evidence", "rationale": "caf\u00e9"}, ensure_ascii=False).encode("latin-1"),
         "application/json"),
    ],
    ids=["utf-16-bom", "utf-16-le", "utf-32", "utf-8-bom", "charset-utf-16", "latin-1"],
)
def test_a_body_not_in_utf8_is_refused(client, settings, store, claim_id, content, content_type):
    before = store.find_claim(claim_id).read_bytes()
    sent = {"X-Claimkit-Token": settings.token, "Content-Type": content_type}
    response = client.post(f"/api/claims/{claim_id}/status", content=content, headers=sent)
    assert response.status_code == 415, response.text
    assert "UTF-8" in response.json()["error"]["message"]
    assert store.find_claim(claim_id).read_bytes() == before


def test_utf8_with_a_charset_is_accepted(client, settings, claim_id):
    loaded = load(client, claim_id)
    body = {"status": "not_enough_evidence", "rationale": "Searched the caf\u00e9's archives.",
            "expect_modified": loaded["claim"]["modified"]}
    sent = {"X-Claimkit-Token": settings.token, "Content-Type": "application/json; charset=UTF-8"}
    assert client.post(f"/api/claims/{claim_id}/status", content=json.dumps(body).encode(), headers=sent).status_code == 200


def test_idle_and_trickling_connections_are_closed(settings):
    """The server keeps answering while clients hold connections open without finishing a request."""
    import socket
    import time

    sock = serve.bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = serve.server(serve.create_app(settings), request_timeout=1.0, max_connections=20)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()

    def connect() -> socket.socket:
        conn = socket.create_connection(("127.0.0.1", port), timeout=5)
        return conn

    def closed(conn: socket.socket) -> bool:
        try:
            return conn.recv(65536) == b""
        except (ConnectionResetError, TimeoutError):
            return False

    def get_ok() -> bool:
        with connect() as conn:
            conn.sendall(b"GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            data = b""
            while chunk := conn.recv(65536):
                data += chunk
        return data.startswith(b"HTTP/1.1 200")

    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert get_ok()
        idle = [connect() for _ in range(20)]  # connect and send nothing
        time.sleep(0.3)
        extra = connect()
        assert closed(extra)  # over the cap: closed at once, so file descriptors never run out
        trickle = connect()
        start = time.monotonic()
        trickle.sendall(b"GET /api/documents HTTP/1.1\r\n")
        while time.monotonic() - start < 4:
            try:
                trickle.sendall(b"X")  # a header that never ends
            except OSError:
                break
            time.sleep(0.2)
        assert time.monotonic() - start < 4, "a trickling client kept its connection past the request deadline"
        for conn in idle:
            conn.settimeout(5)
            assert closed(conn)  # closed by the server within the deadline
            conn.close()
        assert get_ok()  # and it still answers
        with connect() as conn:  # headers that keep coming are refused once past the limit, not buffered
            conn.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
            for _ in range(2 * serve.MAX_HEADER_BYTES // 1024):
                try:
                    conn.sendall(b"a" * 1024)
                except OSError:
                    break
                time.sleep(0.005)
            answer = conn.recv(65536)
            assert answer.startswith(b"HTTP/1.1 400"), answer
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
