"""The review page in a real headless Chromium (Debian's package) driven by Playwright.

`claimkit serve` runs as a subprocess over a copy of this repository's sources/ and claims/;
the browser opens the seed, filters, reviews, and is refused an invalid and a stale save.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from claimkit.serve import document_view
from claimkit.store import Store
from test_serve import HOSTILE_FOCUS, HOSTILE_TITLE, SEED, SUPPORTS, add_hostile_document, copy_repo

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
REVIEWER = "Browser Tester"
WAIT_MS = 10_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (make test installs it)"),
]
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("serve") / "repo")
    add_hostile_document(root)
    return root


@pytest.fixture(scope="module")
def server(repo: Path) -> Iterator[str]:
    """`claimkit serve --port 0` in a subprocess; yields the URL it prints."""
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMKIT_ROOT", "CLAIMKIT_REVIEWER")}
    process = subprocess.Popen(
        [sys.executable, "-m", "claimkit", "--root", str(repo), "serve", "--port", "0", "--reviewer", REVIEWER],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        first = lines.get(timeout=30)
    except queue.Empty:
        process.kill()
        pytest.fail("claimkit serve printed nothing within 30 s")
    assert "http://127.0.0.1:" in first, first
    url = first.split(" at ", 1)[1].strip()
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == [], errors


def open_document(page, server: str, doc_id: str = SEED, claim_id: str | None = None) -> None:
    page.goto(f"{server}doc/{doc_id}" + (f"#{claim_id}" if claim_id else ""))
    page.wait_for_selector("#doc mark.claim")
    if claim_id:
        page.wait_for_selector(f"#c-id:text-is('{claim_id}')")


def fill_evidence(page, item: dict) -> None:
    for name in ("url", "title", "publisher", "published", "summary"):
        page.fill(f"#e-{name}", item[name])
    page.select_option("#e-stance", item["stance"])


def highlighted_claims(segments: list[dict]) -> set[str]:
    """The claims the page marks: those of claim pieces and of the pieces nested in them."""
    out: set[str] = set()
    for piece in segments:
        if piece["kind"] == "claim":
            out.add(piece["claim"])
            out |= highlighted_claims(piece.get("children", []))
    return out


def test_review_a_claim_in_the_browser(page, server: str, repo: Path, tmp_path: Path):
    store = Store(repo)
    view = document_view(store, SEED)
    claims = [c for c in view["claims"] if not c["withdrawn"]]  # in reading order
    highlighted = highlighted_claims(view["segments"])
    open_document(page, server)

    # The document: every live claim highlighted in its status colour, noise greyed, a legend.
    rendered_ms = page.evaluate("performance.getEntriesByName('claimkit:document-rendered')[0].startTime")
    print(f"\ntime to first render of {SEED}: {rendered_ms:.0f} ms from navigation start")
    assert page.locator("#doc mark.claim").count() == len(highlighted)
    assert page.locator("#doc mark.claim.st-unverified").count() == len(highlighted)
    assert page.locator("#doc .noise").count() > 0
    assert page.locator("#legend button[data-status=unverified]").inner_text() == f"unverified ({len(claims)})"
    assert page.title().startswith(store.read_document(SEED).title)

    # Filter by type, then walk the shown claims with the keyboard.
    dates = [c["id"] for c in claims if c["type"] == "date"]
    page.select_option("#filter-type", "date")
    assert page.locator("#doc mark.claim:not(.filtered)").count() == len(highlighted & set(dates))
    page.keyboard.press("j")
    page.wait_for_selector(f"#c-id:text-is('{dates[0]}')")
    page.keyboard.press("j")
    page.wait_for_selector(f"#c-id:text-is('{dates[1]}')")
    page.keyboard.press("k")
    page.wait_for_selector(f"#c-id:text-is('{dates[0]}')")
    target = store.read_claim(dates[0])
    assert page.locator("#c-type").inner_text() == "date"
    assert page.locator("#c-focus").inner_text() == target.focus.text
    assert page.locator(f"#m-{target.id}.selected").count() == int(target.id in highlighted)

    # An invalid change is refused inline with its rule, and nothing is written.
    before = store.find_claim(target.id).read_bytes()
    page.select_option("#f-status", "supported")
    page.fill("#f-rationale", "Reuters reports the break in relations.")
    page.click("#save")
    page.wait_for_selector("#messages .finding[data-code=CK104]")
    refusal = page.locator("#messages").inner_text()
    assert "CK104 evidence-for-status" in refusal and "How to fix:" in refusal
    assert store.find_claim(target.id).read_bytes() == before
    page.screenshot(path=str(tmp_path / "review-refused.png"))

    # With supporting evidence the same change is saved and shows in history and colour.
    fill_evidence(page, SUPPORTS)
    page.click("#save")
    page.wait_for_selector("#c-status.st-supported")
    assert "Saved" in page.locator("#messages").inner_text()
    newest = page.locator("#c-history tr").first
    assert newest.locator("td").nth(1).inner_text() == REVIEWER
    assert newest.locator("td").nth(2).inner_text() == "status"
    assert "unverified → supported" in newest.inner_text()
    assert page.locator("#c-history tr.new").count() == 2  # evidence-added and status
    assert page.locator("#c-evidence li").count() == 1
    assert page.locator(f"#m-{target.id}.st-supported").count() == 1
    assert page.locator("#legend button[data-status=supported]").inner_text() == "supported (1)"
    stored = store.read_claim(target.id)
    assert stored.status == "supported" and stored.history[-1].by == REVIEWER

    # Filter by status: only the claim just reviewed is left.
    page.select_option("#filter-type", "")
    page.click("#legend button[data-status=supported]")
    assert page.locator("#doc mark.claim:not(.filtered)").count() == 1

    page.evaluate("document.getElementById('panel').scrollTop = 0")
    shot = tmp_path / "review-page.png"
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000


def test_a_stale_save_from_a_second_tab_is_refused(browser, server: str, repo: Path):
    store = Store(repo)
    ids = sorted(c.id for c in store.iter_claims(SEED) if c.withdrawn is None and c.status == "unverified")
    shared, other = ids[-1], ids[-2]
    contexts = [browser.new_context(), browser.new_context()]
    try:
        first, second = (c.new_page() for c in contexts)
        for p in (first, second):
            p.set_default_timeout(WAIT_MS)
            open_document(p, server, claim_id=shared)

        # The second reviewer saves another claim: both reviewers' work is kept.
        second.fill("#reviewer", "Second Reviewer")
        open_document(second, server, claim_id=other)
        second.select_option("#f-status", "not_enough_evidence")
        second.fill("#f-rationale", "Searched Reuters and AP archives for 2022; nothing found.")
        second.click("#save")
        second.wait_for_selector("#c-status.st-not_enough_evidence")

        open_document(second, server, claim_id=shared)
        # The first tab saves `shared` ...
        first.select_option("#f-status", "not_enough_evidence")
        first.fill("#f-rationale", "Searched the Albanian government's site; nothing found.")
        first.click("#save")
        first.wait_for_selector("#c-status.st-not_enough_evidence")
        after_first = store.find_claim(shared).read_bytes()

        # ... so the second tab, which loaded it before, is refused rather than overwriting it.
        second.select_option("#f-status", "refuted")
        fill_evidence(second, SUPPORTS | {"stance": "refutes", "url": "https://example.org/denial"})
        second.fill("#f-rationale", "A denial was published.")
        second.click("#save")
        second.wait_for_selector("#messages[data-kind=stale]")
        assert "someone changed this claim" in second.locator("#messages").inner_text()
        assert store.find_claim(shared).read_bytes() == after_first

        # Reloading shows the other change and keeps what was typed.
        second.click("#reload-claim")
        second.wait_for_selector("#c-status.st-not_enough_evidence")
        assert second.locator("#f-rationale").input_value() == "A denial was published."
        assert store.read_claim(other).history[-1].by == "Second Reviewer"
        assert store.read_claim(shared).history[-1].by == REVIEWER
    finally:
        for c in contexts:
            c.close()


def test_hostile_document_text_stays_text(page, server: str):
    page.goto(server)
    link = page.locator("#document-list a[href='/doc/hostile']")
    assert link.inner_text() == HOSTILE_TITLE
    link.click()
    page.wait_for_selector("#doc mark.claim")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#doc script, #doc img, #doc b, #panel img").count() == 0
    assert page.locator("#title").inner_text() == HOSTILE_TITLE
    assert page.locator("#doc mark.claim").inner_text() == HOSTILE_FOCUS
    page.click("#doc mark.claim")
    page.wait_for_selector("#c-id:text-is('hostile-00000001')")
    assert page.locator("#c-focus").inner_text() == HOSTILE_FOCUS
    assert page.evaluate("window.__pwned") is None


# -- the page served to the network: no token in it, the reviewer types it --------------------

# What `claimkit serve --host <address> --allowed-host 127.0.0.1` sets up, bound to loopback so
# that the test opens nothing to the network.
NETWORK_SERVER = """
import sys
from claimkit import serve
from claimkit.store import Store

sock = serve.bind("127.0.0.1", 0)
port = sock.getsockname()[1]
settings = serve.Settings(Store(sys.argv[1]), sys.argv[2], ("127.0.0.1",), port=port, ask_token=True)
print(serve.urls_for(settings.allowed_hosts, port)[0], settings.token, flush=True)
serve.run(serve.create_app(settings), sock)
"""


@pytest.fixture(scope="module")
def network_server(repo: Path) -> Iterator[tuple[str, str]]:
    """A server whose page asks for the token; yields its URL and the token it printed."""
    process = subprocess.Popen([sys.executable, "-c", NETWORK_SERVER, str(repo), REVIEWER],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        first = lines.get(timeout=30)
    except queue.Empty:
        process.kill()
        pytest.fail("the server printed nothing within 30 s")
    url, token = first.split()
    try:
        yield url, token
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def save_status(page, status: str, rationale: str) -> None:
    page.select_option("#f-status", status)
    page.fill("#f-rationale", rationale)
    page.click("#save")


def test_the_network_page_asks_for_the_token_once(browser, network_server, repo: Path):
    url, token = network_server
    store = Store(repo)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))

        page.goto(f"{url}doc/{SEED}")
        page.wait_for_selector("#token-form:not([hidden])")
        assert token not in page.content()
        assert page.locator("#doc mark.claim").count() == 0  # nothing is read before the token

        # A wrong token is refused with a clear message, and asked for again.
        page.fill("#token-input", "not-the-token")
        page.click("#token-submit")
        page.wait_for_selector("#token-message:not([hidden])")
        assert "That token was refused" in page.locator("#token-message").inner_text()
        assert page.locator("#token-form").is_visible() and page.locator("#token-input").input_value() == ""

        page.fill("#token-input", token)
        page.click("#token-submit")
        page.wait_for_selector("#doc mark.claim")
        assert page.locator("#token-form").is_hidden()
        assert page.evaluate("sessionStorage.getItem('claimkit-token')") == token

        # Once per tab: a reload does not ask again, and a save goes through with the typed token.
        ids = sorted(c.id for c in store.iter_claims(SEED) if c.withdrawn is None and c.status == "unverified")
        open_document(page, url, claim_id=ids[0])
        assert page.locator("#token-form").is_hidden()
        save_status(page, "not_enough_evidence", "Searched the archives of two agencies; nothing found.")
        page.wait_for_selector("#c-status.st-not_enough_evidence")
        assert store.read_claim(ids[0]).history[-1].by == REVIEWER

        # A token that stops working (say the server was restarted) is asked for again, and the
        # save waiting for it goes through once it is typed.
        open_document(page, url, claim_id=ids[1])
        page.evaluate("sessionStorage.setItem('claimkit-token', 'stale-token')")
        save_status(page, "not_enough_evidence", "Searched the national library's catalogue; nothing found.")
        page.wait_for_selector("#token-form:not([hidden])")
        assert "That token was refused" in page.locator("#token-message").inner_text()
        assert store.read_claim(ids[1]).status == "unverified"
        page.fill("#token-input", token)
        page.click("#token-submit")
        page.wait_for_selector("#c-status.st-not_enough_evidence")
        assert store.read_claim(ids[1]).status == "not_enough_evidence"
        assert errors == [], errors
    finally:
        context.close()

    # Another browser (a fresh context) has to type it too.
    other = browser.new_context()
    try:
        page = other.new_page()
        page.set_default_timeout(WAIT_MS)
        page.goto(url)
        page.wait_for_selector("#token-form:not([hidden])")
    finally:
        other.close()
def test_a_late_refusal_of_a_replaced_token_does_not_undo_the_new_one(browser, network_server):
    # The page asks for the listing and the document at once. Here the listing's refusal of a
    # mistyped token is held back until the reviewer has typed the right one: that late answer
    # is about the old token and must neither forget the new one nor ask for it again.
    url, token = network_server
    context = browser.new_context()
    held: list = []

    def hold_mistyped_listing(route) -> None:
        if route.request.headers.get("x-claimkit-token") == "not-the-token" and not held:
            held.append(route)
        else:
            route.continue_()

    try:
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.route("**/api/documents", hold_mistyped_listing)
        page.goto(f"{url}doc/{SEED}")
        page.wait_for_selector("#token-form:not([hidden])")
        page.fill("#token-input", "not-the-token")
        page.click("#token-submit")
        page.wait_for_selector("#token-message:not([hidden])")  # the document's refusal came back
        assert len(held) == 1

        page.fill("#token-input", token)
        page.click("#token-submit")
        page.wait_for_selector("#token-form[hidden]", state="attached")
        held[0].continue_()  # now the listing's refusal of "not-the-token" arrives
        page.wait_for_selector("#doc mark.claim")
        assert page.locator("#token-form").is_hidden()
        assert page.evaluate("sessionStorage.getItem('claimkit-token')") == token
    finally:
        context.close()


def test_a_corrupt_claim_is_listed_as_unreadable_and_the_rest_is_shown(page, server: str, repo: Path):
    bad = repo / "claims" / "hostile" / "hostile-00000009.json"
    bad.write_text('{"id": "hostile-00000009", "status": ', encoding="utf-8")
    try:
        open_document(page, server, "hostile")
        item = page.locator("#unreadable li.unreadable")
        assert item.count() == 1
        assert item.get_attribute("data-path") == "claims/hostile/hostile-00000009.json"
        assert "not valid JSON" in item.inner_text() and "claimkit validate claims/hostile/hostile-00000009.json" in item.inner_text()
        assert page.locator("#doc mark.claim").count() == 1  # the readable claim is still there
        page.goto(server)
        page.wait_for_selector("#document-list li")
        assert "1 record(s) cannot be read" in page.locator("#document-list").inner_text()
    finally:
        bad.unlink()
