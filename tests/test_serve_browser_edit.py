"""Adding, correcting and team review on the page, in headless Chromium (issue 14).

`claimkit serve` runs over a copy of the repository plus a small article whose source is
corrected during a test; the browser selects text the way a reviewer's drag does (a DOM
selection over the document), and every result is checked in the files on disk.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from claimkit.anchoring import quote_for
from claimkit.cli import main
from claimkit.models import Claim
from claimkit.store import Store
from claimkit.validate import validate
from test_serve import SEED, copy_repo, forget_claims_on
from test_serve_browser import CHROMIUM, CHROMIUM_ARGS, WAIT_MS, open_document

REVIEWER = "Page Tester"
ARTICLE = (
    "Harbour News\n"
    "The Kessler Bridge was opened in Lisbon on 3 March 1987. Roughly 12,000 residents were evacuated in July 2019.\n"
    "Finland has an embassy in Nairobi.\n"
)
CORRECTED = (
    "Harbour News\n"
    "Corrected on 2 May 2026.\n"
    "The Kessler Bridge was opened in Lisbon on 3 March 1987. About 12,000 residents were evacuated in July 2019.\n"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (make test installs it)"),
]
playwright_api = pytest.importorskip("playwright.sync_api")


def place_claim(store: Store, doc_id: str, claim_id: str, focus: str, type_: str, value: dict | None = None) -> None:
    """A claim on the small article, as the extractor would have written it."""
    text = store.read_text(doc_id)
    start = text.index(focus)
    end = start + len(focus)
    line_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.index(".", end) + 1
    template = json.loads(next((store.root / "claims" / SEED).glob("*.json")).read_text(encoding="utf-8"))
    template.update(
        id=claim_id, doc_id=doc_id, span={"start": line_start, "end": sentence_end}, text=text[line_start:sentence_end],
        focus={"start": start, "end": end, "text": focus}, quote=quote_for(text, start, end), type=type_, value=value,
        entities=[], statement=None, cluster=None, status="unverified", evidence=[], rationale=None, withdrawn=None,
    )
    template["history"] = template["history"][:1]
    template["modified"] = template["created"] = template["history"][0]["at"]
    store.write_claim(Claim.model_validate(template))


MISSED = "protected Jewish refugees and their own Jewish citizens from persecution"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("serve-edit") / "repo")
    article = root.parent / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["--root", str(root), "ingest", str(article), "--doc-id", "harbour", "--title", "Harbour News",
                 "--retrieved", "2026-01-01T00:00:00Z"]) == 0
    store = Store(root)
    forget_claims_on(store, SEED, MISSED)  # the claim test_add_a_claim_by_selecting_text adds by hand
    place_claim(store, "harbour", "harbour-00000001", "Finland has an embassy in Nairobi", "state")
    place_claim(store, "harbour", "harbour-00000002", "Roughly 12,000 residents", "quantity",
                {"kind": "quantity", "amount": 12000, "unit": "residents", "approximate": True})
    return root


@pytest.fixture(scope="module")
def server(repo: Path) -> Iterator[str]:
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
    page.set_default_timeout(WAIT_MS * 3)  # the first claim added loads spaCy in the server
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == [], errors


# What a reviewer's drag over the document leaves: a DOM selection over its text nodes.
SELECT = """([phrase, nth]) => {
  const doc = document.getElementById("doc");
  const all = doc.textContent;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = all.indexOf(phrase, at + 1);
  if (at < 0) throw new Error("not in the document: " + phrase);
  const end = at + phrase.length;
  const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0, node, started = false;
  while ((node = walker.nextNode())) {
    const len = node.data.length;
    if (!started && at < pos + len) { range.setStart(node, at - pos); started = true; }
    if (started && end <= pos + len) { range.setEnd(node, end - pos); break; }
    pos += len;
  }
  range.startContainer.parentElement.scrollIntoView({ block: "center" });
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


def select_text(page, phrase: str, nth: int = 0) -> None:
    page.evaluate(SELECT, [phrase, nth])
    page.wait_for_selector("#selection-bar:not([hidden])")
    assert page.locator("#selection-text").inner_text() == phrase


def test_add_a_claim_by_selecting_text(page, server: str, repo: Path, tmp_path: Path):
    store = Store(repo)
    phrase = MISSED
    before = {c.id for c in store.iter_claims(SEED)}
    open_document(page, server)
    select_text(page, phrase)
    page.click("#sel-add")
    page.wait_for_selector("#add-form:not([hidden])")
    assert page.locator("#a-focus").inner_text() == phrase
    page.select_option("#a-type", "event")
    page.fill("#a-statement", "Albanians protected Jewish refugees and Albanian Jews from persecution in the Second World War.")
    shot = tmp_path / "add-by-selection-form.png"
    page.screenshot(path=str(shot))
    page.click("#a-save")
    page.wait_for_selector("#edit-messages.ok")
    [new_id] = {c.id for c in store.iter_claims(SEED)} - before
    page.wait_for_selector(f"#c-id:text-is('{new_id}')")
    claim = store.read_claim(new_id)
    assert claim.focus.text == phrase and claim.type == "event" and claim.statement.startswith("Albanians protected")
    assert claim.provenance.extractor == "hand" and claim.history[0].by == REVIEWER
    assert page.locator(f"#m-{new_id}").inner_text() == phrase  # highlighted in the document
    assert page.locator("#c-origin").inner_text() == f"added by hand by {REVIEWER}"
    saved = tmp_path / "add-by-selection-saved.png"
    page.screenshot(path=str(saved))
    print(f"\nscreenshots of adding by selection: {shot} and {saved}")
    assert validate(store).findings == []


def test_move_a_focus_by_selection_and_write_a_statement(page, server: str, repo: Path):
    store = Store(repo)
    claim = next(c for c in store.iter_claims(SEED) if c.focus.text == "approximately 3,000 members")
    open_document(page, server, claim_id=claim.id)
    select_text(page, "3,000 members", nth=0)
    assert not page.locator("#sel-focus").is_disabled()
    page.click("#sel-focus")
    page.wait_for_selector("#c-focus:text-is('3,000 members')")
    moved = store.read_claim(claim.id)
    assert moved.focus.text == "3,000 members" and moved.history[-2].action == "moved"
    assert moved.value.model_dump() == {"kind": "quantity", "amount": 3000, "unit": "members", "approximate": False}
    assert page.locator(f"#m-{claim.id}").inner_text() == "3,000 members"
    # The statement: the claim restated so that it stands alone.
    page.fill("#f-statement", "Albania accepted about 3,000 members of the MEK from Iraq.")
    page.click("#save-edit")
    page.wait_for_selector("#c-statement:text-is('Albania accepted about 3,000 members of the MEK from Iraq.')")
    stored = store.read_claim(claim.id)
    assert stored.statement == "Albania accepted about 3,000 members of the MEK from Iraq."
    # The seed's claims carry a reviewer's statement already: the entry says what it was and became.
    was = f'"{claim.statement}"' if claim.statement else "none"
    assert stored.history[-1].note == f'statement: {was} → "Albania accepted about 3,000 members of the MEK from Iraq."'
    assert validate(store).findings == []


def test_the_correction_path_on_the_page(page, server: str, repo: Path, tmp_path: Path):
    """After a source is corrected, a claim whose text is gone is withdrawn and one whose text
    changed gets its focus moved, on the page: the repository is valid again."""
    store = Store(repo)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(CORRECTED, encoding="utf-8")
    assert main(["--root", str(repo), "ingest", str(corrected), "--doc-id", "harbour", "--force"]) == 0
    assert {Path(f.path).stem for f in validate(store).findings} == {"harbour-00000001", "harbour-00000002"}

    page.goto(f"{server}doc/harbour")  # no claim is highlighted: both lost their text
    page.wait_for_selector("#stale:not([hidden])")
    assert page.locator("#doc mark.claim").count() == 0
    assert page.locator("#stale .stale-claim").count() == 2
    page.click(".stale-claim[data-id=harbour-00000001]")
    page.wait_for_selector("#c-id:text-is('harbour-00000001')")
    assert page.locator("#c-stale").is_visible()
    page.fill("#f-reason", "the corrected article no longer says it")
    page.click("#withdraw")
    page.wait_for_selector("#c-withdrawn:not([hidden])")
    assert page.locator("#stale .stale-claim").count() == 1

    page.click(".stale-claim[data-id=harbour-00000002]")
    page.wait_for_selector("#c-id:text-is('harbour-00000002')")
    select_text(page, "About 12,000 residents")
    page.click("#sel-focus")
    page.wait_for_selector("#c-focus:text-is('About 12,000 residents')")
    page.wait_for_selector("#stale", state="hidden")
    assert validate(store).findings == []
    moved = store.read_claim("harbour-00000002")
    assert moved.text == "About 12,000 residents were evacuated in July 2019." and moved.status == "unverified"
    # The list of documents shows each one's progress.
    page.goto(server)
    line = page.locator("#document-list li[data-doc=harbour] .progress-line").inner_text()
    assert line == " — 1 claim(s): 0 reviewed, 1 left, 1 withdrawn"


def test_a_refusal_lists_every_problem_by_form_field(page, server: str, repo: Path):
    store = Store(repo)
    claim = sorted((c for c in store.iter_claims(SEED) if c.status == "unverified" and c.withdrawn is None), key=lambda c: c.id)[0]
    before = store.find_claim(claim.id).read_bytes()
    open_document(page, server, claim_id=claim.id)
    page.select_option("#f-status", "supported")
    page.fill("#f-rationale", "")
    page.fill("#e-url", "ftp://example.org/report")
    page.fill("#e-published", "last spring")
    page.fill("#e-summary", "too short")
    page.select_option("#e-stance", "supports")
    page.click("#save")
    page.wait_for_selector("#messages .finding[data-code=CK101]")
    fields = page.locator("#messages .problem .field").all_inner_texts()
    text = page.locator("#messages").inner_text()
    for shown in ("Evidence › Title", "Evidence › Publisher", "Evidence › URL", "Evidence › Published", "Evidence › Summary",
                  "Rationale"):
        assert any(shown in f for f in fields), (shown, fields)
    assert "--" not in text  # form fields, not command-line options
    assert "How to fix:" in text and "6 problems; nothing was written" in text
    assert store.find_claim(claim.id).read_bytes() == before


def test_status_keys_confirmation_flag_and_filters(page, server: str, repo: Path):
    store = Store(repo)
    ids = sorted(c.id for c in store.iter_claims(SEED) if c.status == "unverified" and c.withdrawn is None)
    target = ids[-1]
    open_document(page, server, claim_id=target)
    assert "n not enough evidence" in page.locator("#status-keys").inner_text()
    # The verdict form comes before the history in the panel.
    form, history = page.locator("#status-form").bounding_box(), page.locator("#c-history").bounding_box()
    assert form["y"] < history["y"]
    page.keyboard.press("n")
    assert page.locator("#f-status").input_value() == "not_enough_evidence"
    assert page.evaluate("document.activeElement.id") == "f-rationale"
    page.keyboard.type("Searched two news archives; nothing found.")
    page.click("#save")
    page.wait_for_selector("#c-status.st-not_enough_evidence")
    # Saving over the verdict asks first.
    page.fill("#f-rationale", "Searched three archives; nothing found.")
    page.click("#save")
    page.wait_for_selector("#messages[data-kind=confirm]")
    assert store.read_claim(target).rationale == "Searched two news archives; nothing found."
    page.click("#replace-verdict")
    page.wait_for_selector("#c-rationale:text-is('Searched three archives; nothing found.')")
    assert store.read_claim(target).rationale == "Searched three archives; nothing found."
    # A second opinion, and the filters that find it.
    page.fill("#f-flag-comment", "Are the archives the right ones?")
    page.click("#flag")
    page.wait_for_selector("#c-flag:not([hidden])")
    assert "Are the archives the right ones?" in page.locator("#c-flag").inner_text()
    page.check("#filter-flagged")
    assert page.locator("#doc mark.claim:not(.filtered)").count() == 1
    page.uncheck("#filter-flagged")
    page.select_option("#filter-reviewer", REVIEWER)
    shown_for_reviewer = page.locator("#doc mark.claim:not(.filtered)").count()
    assert shown_for_reviewer >= 1
    page.select_option("#filter-reviewer", "")
    page.fill("#search", "Nairobi")
    page.fill("#search", store.read_claim(target).focus.text)
    assert page.locator(f"#m-{target}:not(.filtered)").count() == 1
    page.fill("#search", "")
    page.fill("#filter-worthiness", "1")
    assert page.locator("#doc mark.claim:not(.filtered)").count() == sum(
        1 for c in store.iter_claims(SEED) if c.withdrawn is None and c.check_worthiness >= 1)
    page.fill("#filter-worthiness", "0")
    assert "reviewed" in page.locator("#progress-doc").inner_text()
    assert page.locator(f"#progress .person[data-reviewer='{REVIEWER}']").count() == 1


def test_a_nested_focus_can_be_clicked(page, server: str, repo: Path):
    store = Store(repo)
    outer = next(c for c in store.iter_claims(SEED) if c.focus.text == "approximately 3,000 MEK members")
    text = store.read_text(SEED)
    start = text.index("MEK members", outer.focus.start)
    inner_focus = {"start": start, "end": start + len("MEK members"), "text": "MEK members"}
    from claimkit.review import Place, Reviewer

    inner = Reviewer(store, "setup", annotate=None).add_claim(
        SEED, Place(**inner_focus), "state", check_worthiness=0.5)
    open_document(page, server)
    page.wait_for_selector(f"#m-{outer.id} #m-{inner.id}")
    page.click(f"#m-{inner.id}")
    page.wait_for_selector(f"#c-id:text-is('{inner.id}')")
    # The outer focus where it is not the inner one: its first words.
    box = page.evaluate("""(id) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id).firstChild);
      const r = range.getClientRects()[0];
      return {x: r.left + r.width / 2, y: r.top + r.height / 2};
    }""", f"m-{outer.id}")
    page.mouse.click(box["x"], box["y"])
    page.wait_for_selector(f"#c-id:text-is('{outer.id}')")
    page.click(f"#m-{inner.id}")
    page.wait_for_selector(f"#c-id:text-is('{inner.id}')")
    page.click(f"#m-{inner.id}")  # the open claim clicked again: the claim around it
    page.wait_for_selector(f"#c-id:text-is('{outer.id}')")
