"""Ingest: any article stored normalized; the seed byte-identical; no silent replacement."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest
from claimkit.cli import main
from claimkit.errors import SourceConflict, UnsafeName, UsageError
from claimkit.ingest import ingest
from claimkit.store import Store
from claimkit.validate import validate

ROOT = Path(__file__).parent.parent
SEED_SHA256 = "ecd128a0a5f6f4dd856bfbf41c9a704c51bd918061e71f77730d0da5ad626eb9"


def test_the_committed_seed_is_byte_identical_to_the_shared_seed():
    stored = (ROOT / "sources" / "iran-albania-relations.txt").read_bytes()
    assert hashlib.sha256(stored).hexdigest() == SEED_SHA256
    shared = ROOT.parent / "shared" / "seeds" / "000_2b9a5e42cb7c2f08.txt"
    if shared.exists():
        assert shared.read_bytes() == stored
    meta = json.loads((ROOT / "sources" / "iran-albania-relations.json").read_text(encoding="utf-8"))
    assert meta["sha256"] == SEED_SHA256 and meta["length"] == len(stored.decode("utf-8"))


def test_ingest_normalizes_newlines_nfc_and_bom(tmp_path: Path):
    store = Store(tmp_path)
    article = tmp_path / "a.txt"
    article.write_bytes("\ufeffCafe\u0301 news\r\nLine two\rLine three\n".encode("utf-8"))
    result = ingest(store, article, "cafe-news", url="https://example.org/cafe")
    text = (tmp_path / "sources" / "cafe-news.txt").read_text(encoding="utf-8")
    assert text == "Caf\u00e9 news\nLine two\nLine three\n"
    assert result.action == "created"
    assert result.document.length == len(text) and result.document.title == "Café news"
    assert result.document.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert validate(store).findings == []


def test_reingest_same_text_is_unchanged_and_different_text_needs_force(tmp_path: Path):
    store = Store(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("First version.\n")
    b.write_text("Second version.\n")
    ingest(store, a, "doc")
    before = (tmp_path / "sources" / "doc.json").read_bytes()
    assert ingest(store, a, "doc").action == "unchanged"
    assert (tmp_path / "sources" / "doc.json").read_bytes() == before
    with pytest.raises(SourceConflict, match="--force"):
        ingest(store, b, "doc")
    assert (tmp_path / "sources" / "doc.txt").read_text() == "First version.\n"
    assert ingest(store, b, "doc", force=True).action == "replaced"
    assert (tmp_path / "sources" / "doc.txt").read_text() == "Second version.\n"


@pytest.mark.parametrize("doc_id", ["../escape", "a/b", "/abs", "UPPER", "with space", "", "doc\n", "doc\n\n"])
def test_unsafe_doc_ids_are_refused(tmp_path: Path, doc_id: str, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Text.\n")
    with pytest.raises(UnsafeName):
        ingest(Store(tmp_path), article, doc_id)
    assert main(["--root", str(tmp_path), "ingest", str(article), "--doc-id", doc_id]) == 2
    assert "Error: --doc-id" in capsys.readouterr().err
    assert not (tmp_path / "sources").exists() or not any((tmp_path / "sources").iterdir())


def test_cli_ingest_refusal_exit_code(tmp_path: Path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One.\n")
    b.write_text("Two.\n")
    assert main(["--root", str(tmp_path), "ingest", str(a), "--doc-id", "d"]) == 0
    assert main(["--root", str(tmp_path), "ingest", str(b), "--doc-id", "d"]) == 1
    assert "pass --force" in capsys.readouterr().err
    assert main(["--root", str(tmp_path), "ingest", str(tmp_path / "missing.txt"), "--doc-id", "d"]) == 2


# -- bad options and files: one Error line, exit 2, nothing written (issue 12) -----------------


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
            and ".claimkit" not in p.parts}


@pytest.mark.parametrize(
    "option,value,rule",
    [
        ("--url", "javascript:alert(1)", "http:// or https://"),
        ("--url", "ftp://x", "http:// or https://"),
        ("--url", "https://example.org/a b", "no spaces"),
        ("--url", "https://example.org/\x1b[2J", "control characters"),
        ("--url", "", "http:// or https://"),
        ("--language", "EN US", "BCP 47"),
        ("--language", "en\n", "BCP 47"),
        ("--retrieved", "yesterday", "RFC 3339"),
        ("--retrieved", "2026-02-30T00:00:00Z", "not a real time"),
        ("--retrieved", "2026-01-05T10:00:00Z\n", "RFC 3339"),
        ("--retrieved", "2031-01-01T00:00:00Z", "in the future"),
        ("--title", "", "must not be blank"),
        ("--title", "   ", "must not be blank"),
        ("--title", "Harbor\x1b[31m News", "control character"),
        ("--title", "Two\nlines", "control character"),
        ("--rights", "", "must not be blank"),
        ("--rights", " ", "must not be blank"),
        ("--rights", "CC0\x00", "control character"),
    ],
)
def test_bad_ingest_options_are_one_error_line(tmp_path: Path, capsys, option: str, value: str, rule: str):
    article = tmp_path / "a.txt"
    article.write_text("Harbor News\nThe council met.\n")
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    code = main(["--root", str(root), "ingest", str(article), "--doc-id", "harbor", f"{option}={value}"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith(f"Error: {option}") and rule in err and err.count("\n") == 1, err
    assert _files(root) == {}


def test_a_corrupt_metadata_file_is_one_error_line(tmp_path: Path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Harbor News\n")
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    for broken in (b'{"schema_version": "1.0", "doc_id": ', b'{"schema_version": "1.0"}\n', b"\xff\xfe"):
        (root / "sources" / "harbor.json").write_bytes(broken)
        before = _files(root)
        for force in ([], ["--force"]):
            code = main(["--root", str(root), "ingest", str(article), "--doc-id", "harbor", *force])
            err = capsys.readouterr().err
            assert code == 2 and err.startswith("Error: sources/harbor.json: not a valid document record"), err
            assert err.count("\n") == 1 and "claimkit validate" in err
            assert _files(root) == before


def test_a_text_without_metadata_is_not_overwritten_without_force(tmp_path: Path, capsys):
    store = Store(tmp_path)
    orphan = tmp_path / "sources" / "harbor.txt"
    orphan.parent.mkdir()
    orphan.write_text("Someone else's text.\n")
    article = tmp_path / "a.txt"
    article.write_text("Harbor News\n")
    with pytest.raises(SourceConflict, match=r"no sources/harbor.json beside it"):
        ingest(store, article, "harbor")
    assert main(["--root", str(tmp_path), "ingest", str(article), "--doc-id", "harbor"]) == 1
    assert "--force" in capsys.readouterr().err
    assert orphan.read_text() == "Someone else's text.\n" and not (tmp_path / "sources" / "harbor.json").exists()
    assert ingest(store, article, "harbor", force=True).action == "created"
    assert orphan.read_text() == "Harbor News\n"


def test_a_text_without_metadata_is_adopted_when_identical(tmp_path: Path):
    store = Store(tmp_path)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "harbor.txt").write_text("Harbor News\n")
    article = tmp_path / "a.txt"
    article.write_text("Harbor News\n")
    assert ingest(store, article, "harbor").action == "created"
    assert validate(store).findings == []


def test_rights_default_to_unknown_only_when_not_given(tmp_path: Path):
    store = Store(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("Harbor News\n")
    assert ingest(store, article, "harbor").document.rights == "unknown"
    assert ingest(store, article, "harbor", rights="CC0").document.rights == "CC0"
    with pytest.raises(UsageError, match="--rights must not be blank"):
        ingest(store, article, "harbor", rights="")
    assert store.read_document("harbor").rights == "CC0"


def test_a_title_taken_from_the_text_drops_control_characters(tmp_path: Path):
    store = Store(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("\x1b[1mHarbor\x07 News\x1b[0m\nBody.\n")
    assert ingest(store, article, "harbor").document.title == "[1mHarbor News[0m"
    assert validate(store).findings == []
# -- HTML pages (every page below was written for these tests) -------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour crane collapses in storm | The Lakeside Courier</title>
<meta name="author" content="Mara Quill">
<meta property="article:published_time" content="2023-10-14T06:30:00+00:00">
<link rel="canonical" href="https://courier.example.org/news/harbour-crane">
<style>.ad { color: red }</style>
<script>window.tracking = "SCRIPT-TEXT";</script>
</head>
<body>
<!-- COMMENT-TEXT -->
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>
<article>
<h1>Harbour crane collapses in storm</h1>
<p class="byline">By Mara Quill &middot; 14 October 2023</p>
<figure><img src="crane.jpg" alt="ALT-TEXT of the crane"><figcaption>The fallen crane on Saturday morning.</figcaption></figure>
<p>A forty-metre crane at the eastern harbour collapsed early on Saturday as winds of more than
110 km/h swept the coast, the port authority said. Nobody was injured, but two cargo ships were
moved away from the quay as a precaution.</p>
<p>The crane had been installed in 2009 and was inspected in March, according to the authority's
spokesperson, Eli Brandt. &ldquo;We will find out why it failed,&rdquo; Brandt told reporters.</p>
<p>Harbour traffic resumed on Sunday afternoon after engineers cleared the wreckage from the
container terminal, which handles about 300,000 containers a year.</p>
<div hidden>HIDDEN-ATTRIBUTE-TEXT</div>
<div style="font-weight: bold; display:none">DISPLAY-NONE-TEXT</div>
<div style="visibility : hidden;"><p>VISIBILITY-HIDDEN-TEXT</p></div>
<noscript>NOSCRIPT-TEXT</noscript>
<template><p>TEMPLATE-TEXT</p></template>
<svg><text>SVG-TEXT</text></svg>
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Storm closes ferry routes</a></li><li><a href="/b">Port budget approved</a></li></ul></aside>
</main>
<footer><p>&copy; 2023 The Lakeside Courier</p><p>Contact us</p></footer>
<script>document.write("SCRIPT-TEXT-2")</script>
</body>
</html>
"""
HIDDEN = ("SCRIPT-TEXT", "COMMENT-TEXT", "ALT-TEXT", "HIDDEN-ATTRIBUTE-TEXT", "DISPLAY-NONE-TEXT", "VISIBILITY-HIDDEN-TEXT",
          "NOSCRIPT-TEXT", "TEMPLATE-TEXT", "SVG-TEXT", ".ad {")


def _page(tmp_path: Path, html: str | bytes = PAGE, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    return path


def _stored(tmp_path: Path, doc_id: str) -> tuple[str, dict]:
    text = (tmp_path / "sources" / f"{doc_id}.txt").read_bytes().decode("utf-8")
    meta = json.loads((tmp_path / "sources" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return text, meta


def _assert_invariants(tmp_path: Path, doc_id: str) -> str:
    text, meta = _stored(tmp_path, doc_id)
    assert meta["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert meta["length"] == len(text)
    assert "\r" not in text and unicodedata.normalize("NFC", text) == text
    assert "\n\n\n" not in text and text.endswith("\n") and not text.startswith("\n")
    assert validate(Store(tmp_path)).findings == []
    return text


def test_a_canonical_link_that_the_parser_moved_out_of_the_head_is_still_the_url(tmp_path: Path):
    # A <div> in <head> (an ad slot written there by a script) ends the head for an HTML parser:
    # the canonical link after it lands in <body>, where trafilatura does not look.
    moved = PAGE.replace('<link rel="canonical"', '<div class="ad-slot"></div>\n<link rel="canonical"')
    assert ingest(Store(tmp_path), _page(tmp_path, moved), "crane").document.url == \
        "https://courier.example.org/news/harbour-crane"
    # Without a canonical link, the page's og:url; with neither, none.
    og = moved.replace('<link rel="canonical" href="https://courier.example.org/news/harbour-crane">',
                       '<meta property="og:url" content="https://courier.example.org/news/crane-og">')
    assert ingest(Store(tmp_path), _page(tmp_path, og, "og.html"), "crane-og").document.url == \
        "https://courier.example.org/news/crane-og"
    # Some pages write it in a value attribute where content belongs.
    valued = og.replace('<meta property="og:url" content=', '<meta property="og:url" value=')
    assert ingest(Store(tmp_path), _page(tmp_path, valued, "valued.html"), "crane-valued").document.url == \
        "https://courier.example.org/news/crane-og"
    bare = og.replace('<meta property="og:url" content="https://courier.example.org/news/crane-og">', "")
    assert ingest(Store(tmp_path), _page(tmp_path, bare, "bare.html"), "crane-bare").document.url is None


def test_an_og_title_written_in_a_value_attribute_is_the_title(tmp_path: Path):
    # Without it trafilatura takes a heading of the page, here a comment form's.
    page = PAGE.replace("<title>Harbour crane collapses in storm | The Lakeside Courier</title>", "").replace(
        "<h1>Harbour crane collapses in storm</h1>", "").replace("</body>", "<h3>Join the Discussion</h3></body>")
    valued = page.replace("<head>", '<head><meta name="og:title" value="Harbour crane topples in a gale">')
    assert ingest(Store(tmp_path), _page(tmp_path, valued, "valued.html"), "valued").document.title == \
        "Harbour crane topples in a gale"
    # A content attribute, where trafilatura reads it, is left to trafilatura.
    both = page.replace("<head>", '<head><meta property="og:title" content="Crane down" value="Other">')
    assert ingest(Store(tmp_path), _page(tmp_path, both, "both.html"), "both").document.title == "Crane down"


def test_with_a_valued_og_title_the_headline_that_restates_it_is_the_title(tmp_path: Path):
    # The og:title carries the site's name or a social-media wording; the page also has <h1>s that
    # are no headline (the logo, a staff box). The <h1> that restates the title tags wins.
    page = PAGE.replace("<title>Harbour crane collapses in storm | The Lakeside Courier</title>",
                        "<title>Crane collapses at the harbour - The Lakeside Courier</title>").replace(
        "<head>", '<head><meta name="og:title" value="Storm topples harbour crane | The Lakeside Courier">').replace(
        "<header>", "<header><h1>The Lakeside Courier Logo</h1>").replace(
        "<h1>Harbour crane collapses in storm</h1>", "<h1>Harbour crane collapses in <em>storm</em></h1>").replace(
        "</main>", "</main><h1>Follow the Courier on social media</h1>")
    assert ingest(Store(tmp_path), _page(tmp_path, page, "h.html"), "h").document.title == \
        "Harbour crane collapses in storm"
    # Control: with no <h1> restating it, the og:title itself.
    bare = page.replace("<h1>Harbour crane collapses in <em>storm</em></h1>", "")
    assert ingest(Store(tmp_path), _page(tmp_path, bare, "b.html"), "b").document.title == \
        "Storm topples harbour crane | The Lakeside Courier"


def test_meta_tags_written_with_value_attributes_give_the_author_and_date(tmp_path: Path):
    # No visible byline or date line: only the meta tags say who wrote it and when, in value=.
    page = PAGE.replace('<meta name="author" content="Mara Quill">', '<meta name="author" value="Mara Quill">').replace(
        '<meta property="article:published_time" content="2023-10-14T06:30:00+00:00">',
        '<meta name="article:published_time" value="2023-10-14T06:30:00+00:00">').replace(
        '<p class="byline">By Mara Quill &middot; 14 October 2023</p>',
        '<p><time datetime="2023-11-02T09:00:00Z">Updated 2 November 2023</time></p>')
    doc = ingest(Store(tmp_path), _page(tmp_path, page, "v.html"), "v").document
    assert (doc.author, doc.published) == ("Mara Quill", "2023-10-14")
    # Control: with content= as usual, the same.
    control = page.replace('name="author" value=', 'name="author" content=').replace(
        'name="article:published_time" value=', 'property="article:published_time" content=')
    doc = ingest(Store(tmp_path), _page(tmp_path, control, "c.html"), "c").document
    assert (doc.author, doc.published) == ("Mara Quill", "2023-10-14")


@pytest.mark.parametrize("time, published", [
    # htmldate reads the shown "10/04/2023" day first; the datetime attribute says 4 October.
    ('<time datetime="2023-10-04 05:07:09">10/04/2023 05:07 AM EDT</time>', "2023-10-04"),
    # Control: a day that cannot be a month is read as it is.
    ('<time datetime="2023-10-14 05:07:09">10/14/2023 05:07 AM EDT</time>', "2023-10-14"),
])
def test_a_date_line_read_day_first_is_put_right_by_its_iso_form(tmp_path: Path, time, published):
    page = PAGE.replace('<meta property="article:published_time" content="2023-10-14T06:30:00+00:00">', "").replace(
        "By Mara Quill &middot; 14 October 2023", f"By Mara Quill {time}")
    assert ingest(Store(tmp_path), _page(tmp_path, page), "crane").document.published == published


def test_the_copyright_holder_in_the_author_tag_is_no_author(tmp_path: Path):
    page = PAGE.replace('<meta name="author" content="Mara Quill">',
                        '<meta name="author" content="Lakeside Media Group">'
                        '<meta name="copyright" content="Copyright (c) Lakeside Media Group 2023">'
                        '<meta name="article:author" content="Mara Quill">')
    assert ingest(Store(tmp_path), _page(tmp_path, page, "a.html"), "a").document.author == "Mara Quill"
    # Control: a page that names no copyright holder keeps both.
    control = page.replace('<meta name="copyright" content="Copyright (c) Lakeside Media Group 2023">', "")
    assert ingest(Store(tmp_path), _page(tmp_path, control, "c.html"), "c").document.author == \
        "Lakeside Media Group; Mara Quill"


def test_html_page_gives_the_article_and_its_metadata(tmp_path: Path):
    result = ingest(Store(tmp_path), _page(tmp_path), "crane")
    text = _assert_invariants(tmp_path, "crane")
    doc = result.document
    assert (doc.title, doc.author, doc.published, doc.url) == (
        "Harbour crane collapses in storm", "Mara Quill", "2023-10-14", "https://courier.example.org/news/harbour-crane")
    assert result.read_as == "HTML (utf-8, by its .html extension), article text by trafilatura"
    assert "A forty-metre crane at the eastern harbour collapsed early on Saturday" in text
    assert "“We will find out why it failed,” Brandt told reporters." in text
    # Article mode leaves the page furniture and everything invisible out.
    for furniture in ("Home", "Sport", "Storm closes ferry routes", "Contact us", *HIDDEN):
        assert furniture not in text


def test_options_win_over_what_the_page_says(tmp_path: Path):
    result = ingest(Store(tmp_path), _page(tmp_path), "crane", title="Crane falls", url="https://example.org/c",
                    author="Desk Staff", published="2023-10")
    doc = result.document
    assert (doc.title, doc.author, doc.published, doc.url) == ("Crane falls", "Desk Staff", "2023-10", "https://example.org/c")
    assert main(["--root", str(tmp_path), "ingest", str(_page(tmp_path)), "--doc-id", "crane-two",
                 "--published", "2023", "--author", "A. Editor"]) == 0
    assert _stored(tmp_path, "crane-two")[1]["published"] == "2023"
    assert _stored(tmp_path, "crane-two")[1]["author"] == "A. Editor"
    assert _stored(tmp_path, "crane-two")[1]["title"] == "Harbour crane collapses in storm"


@pytest.mark.parametrize("given, stored", [
    ("Mara Quill; Staff writer", "Mara Quill"),
    ("Mara Quill; AP Sports Writer", "Mara Quill"),
    ("Mara Quill Senior Harbour Correspondent", "Mara Quill"),
    ("Mara Quill; Tomas Ekberg", "Mara Quill; Tomas Ekberg"),
    ("Mara Quill; Tomas Ekberg; Associated Press", "Mara Quill; Tomas Ekberg"),
    ("Ann Mara Quill", "Ann Mara Quill"),
    ("Harbour Desk Staff", "Harbour Desk Staff"),  # nothing but a job: kept, not emptied
    # A byline widget's words read on after the name.
    ("Mara Quill More stories by Mara Quill", "Mara Quill"),
    ("Mara Quill Link Copied", "Mara Quill"),
    ("Mara Quill Updated", "Mara Quill"),
    ("Mara Quill; Tomas Ekberg Follow Email", "Mara Quill; Tomas Ekberg"),
    ("Ann Updike", "Ann Updike"),  # a name that merely starts like a widget's word
    ("Mara Quill HARBOUR DAILY NEWS", "Mara Quill"),  # the paper's name in capitals
    ("MARA QUILL", "MARA QUILL"),
    # The date line's month read on after the name ("By Mara Quill / December 28, 2016").
    ("Mara Quill December", "Mara Quill"),
    ("Editor October", "Editor"),
    ("Laura June", "Laura June"),  # a month that is also a name stays
    # The date line's month, or an e-mail address split at its dots, read as a name of its own.
    ("October; Mara Quill", "Mara Quill"),
    ("Mara Quill; Mquill Com", "Mara Quill"),
    ("Mara Quill; Tomas Comfort", "Mara Quill; Tomas Comfort"),  # control: a name, not an address
    ("Mara Quill; June", "Mara Quill; June"),  # control: June may be a name
])
def test_a_newsroom_job_read_into_the_author_is_left_out(tmp_path: Path, given, stored):
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace('content="Mara Quill"', f'content="{given}"'), encoding="utf-8")
    assert ingest(Store(tmp_path), page, "crane").document.author == stored


@pytest.mark.parametrize("given, byline, stored", [
    # The byline's other words (the outlet, a news service, the date line, a job) left out.
    ("Mara Quill · Lakeside Courier", '<a href="/authors/mara-quill">Mara Quill</a> · Lakeside Courier', "Mara Quill"),
    ("Mara Quill; LCN; Updated Oct 14", '<a href="/people/mara-quill/">Mara Quill</a> / LCN / Updated Oct 14',
     "Mara Quill"),
    # The full stops trafilatura drops, as the link writes them; two names run together, parted.
    ("M J Quill", '<a rel="author" href="/x/1">M.J. Quill</a>', "M.J. Quill"),
    ("Mara Quill Tomas Ekberg", '<a href="/by/mq">Mara Quill</a>, <a href="/by/te">Tomas Ekberg, Lakeside Wire</a>',
     "Mara Quill; Tomas Ekberg"),
    # Controls: a link to anything but a writer's page, and a writer's link the author does not name.
    ("Mara Quill · Lakeside Courier", '<a href="/news/mara-quill">Mara Quill</a> · Lakeside Courier',
     "Mara Quill · Lakeside Courier"),
    ("Mara Quill · Lakeside Courier", '<a href="/authors/ann-roe">Ann Roe</a>', "Mara Quill · Lakeside Courier"),
])
def test_a_byline_that_links_its_names_to_the_writers_pages_gives_those_names(tmp_path: Path, given, byline, stored):
    page = PAGE.replace('content="Mara Quill"', f'content="{given}"').replace(
        "By Mara Quill &middot; 14 October 2023", f"By {byline}")
    assert ingest(Store(tmp_path), _page(tmp_path, page), "crane").document.author == stored


def test_whole_page_keeps_every_visible_line_in_reading_order(tmp_path: Path):
    result = ingest(Store(tmp_path), _page(tmp_path), "crane", whole_page=True)
    text = _assert_invariants(tmp_path, "crane")
    assert result.read_as.endswith("whole-page text")
    assert result.document.author == "Mara Quill" and result.document.published == "2023-10-14"
    lines = text.splitlines()
    expected = ["Home", "News", "Sport", "Harbour crane collapses in storm", "By Mara Quill · 14 October 2023",
                "The fallen crane on Saturday morning.", "Related", "Storm closes ferry routes",
                "Port budget approved", "© 2023 The Lakeside Courier", "Contact us"]
    assert [line for line in lines if line in expected] == expected
    # A paragraph is one line, its source line breaks and runs of spaces collapsed.
    assert ("A forty-metre crane at the eastern harbour collapsed early on Saturday as winds of more than "
            "110 km/h swept the coast, the port authority said. Nobody was injured, but two cargo ships were "
            "moved away from the quay as a precaution.") in lines
    for invisible in HIDDEN:
        assert invisible not in text
    assert text.index("Sport") < text.index("A forty-metre") < text.index("Harbour traffic resumed") < text.index("Contact us")


def test_whole_page_line_rules(tmp_path: Path):
    page = ("<html><body><div>one<span> two </span>three</div><p>four<br><br><br><br>five<br>six</p>"
            "<table><tr><th>Year</th><td>2009</td></tr></table><ul><li>  a\n\t b  </li><li></li><li>c</li></ul>"
            "<pre>x = 1\n  y = 2</pre><p>caf&eacute; &amp; cre\u0300me&nbsp;br\u00fbl\u00e9e</p></body></html>")
    ingest(Store(tmp_path), _page(tmp_path, page), "rules", whole_page=True)
    text = _assert_invariants(tmp_path, "rules")
    assert text == "one two three\nfour\n\nfive\nsix\nYear\n2009\na b\nc\nx = 1\ny = 2\ncafé & crème brûlée\n"


def test_whole_page_survives_deep_nesting(tmp_path: Path):
    # 2,000 levels: deeper than Python's recursion limit and than libxml2's default of 255.
    page = "<html><body>" + "<div><span>" * 1000 + "deep" + "</span></div>" * 1000 + "</body></html>"
    ingest(Store(tmp_path), _page(tmp_path, page), "deep", whole_page=True)
    assert _assert_invariants(tmp_path, "deep") == "deep\n"


def test_html_is_recognised_by_extension_or_content_but_txt_stays_text(tmp_path: Path):
    store = Store(tmp_path)
    assert ingest(store, _page(tmp_path, name="page.htm"), "by-htm").read_as.startswith("HTML (utf-8, by its .htm extension)")
    assert ingest(store, _page(tmp_path, name="saved-page"), "sniffed").read_as.startswith("HTML (utf-8, by its content)")
    # A .txt file is plain text whatever it holds: stored byte for byte as before.
    as_text = ingest(store, _page(tmp_path, name="page.txt"), "as-text")
    assert as_text.read_as == "text"
    assert (tmp_path / "sources" / "as-text.txt").read_text(encoding="utf-8") == PAGE
    assert as_text.document.author is None and as_text.document.published is None
    plain = tmp_path / "notes"
    plain.write_text("Just a note about <b> tags.\n")
    assert ingest(store, plain, "notes").read_as == "text"


def test_reingesting_the_same_page_is_unchanged(tmp_path: Path):
    store = Store(tmp_path)
    page = _page(tmp_path)
    ingest(store, page, "crane", whole_page=True)
    before = (tmp_path / "sources" / "crane.json").read_bytes()
    assert ingest(store, page, "crane", whole_page=True).action == "unchanged"
    assert (tmp_path / "sources" / "crane.json").read_bytes() == before


def test_declared_charsets_are_honoured(tmp_path: Path):
    # windows-1252 bytes (0x93/0x94 curly quotes, 0xE9 é) that are not UTF-8; iso-8859-1 is read as
    # windows-1252, as browsers do.
    body = "<p>\u201cThe caf\u00e9 reopened on Monday after the flood,\u201d the owner said in a statement.</p>"
    for declared in ("windows-1252", "ISO-8859-1"):
        page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}"></head><body>{body}</body></html>'
        ingest(Store(tmp_path), _page(tmp_path, page.encode("cp1252")), "cafe", whole_page=True, force=True)
        assert "“The café reopened on Monday after the flood,” the owner said" in _assert_invariants(tmp_path, "cafe")
    latin = '<html><head><meta charset="iso-8859-15"></head><body><p>Price: 5 \u20ac</p></body></html>'.encode("iso-8859-15")
    result = ingest(Store(tmp_path), _page(tmp_path, latin), "euro", whole_page=True)
    assert _stored(tmp_path, "euro")[0] == "Price: 5 €\n" and "iso8859-15" in result.read_as
    # A UTF-8 page whose declaration was left over from an older encoding is read as UTF-8.
    stale = '<html><head><meta charset="windows-1252"></head><body><p>Gr\u00fc\u00dfe</p></body></html>'.encode()
    ingest(Store(tmp_path), _page(tmp_path, stale), "stale", whole_page=True)
    assert _stored(tmp_path, "stale")[0] == "Grüße\n"


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"<html><head><title>Only a title</title></head><body>\n<script>x()</script><div hidden>h</div></body></html>",
     "no visible text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary data"),
    ("<html><body><p>caf\u00e9</p></body></html>".encode("cp1252"), "is not UTF-8 (byte 18) and declares no charset"),
    (b'<html><head><meta charset="klingon-8"></head><body><p>caf\xe9</p></body></html>',
     "declares charset 'klingon-8', which is not a known encoding"),
    (b'<html><head><meta charset="utf-8"></head><body><p>caf\xe9</p></body></html>', "declares charset 'utf-8' but byte"),
])
def test_bad_pages_get_one_error_line_and_nothing_is_written(tmp_path: Path, capsys, content: bytes, message: str):
    page = _page(tmp_path, content)
    assert main(["--root", str(tmp_path), "ingest", str(page), "--doc-id", "bad", "--whole-page"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "sources").exists() or not any((tmp_path / "sources").iterdir())


@pytest.mark.parametrize("whole_page", [[], ["--whole-page"]])
def test_a_page_without_text_is_refused_in_both_modes(tmp_path: Path, capsys, whole_page):
    page = _page(tmp_path, "<html><head><title>T</title></head><body><img src=a.png alt=Photo><script>x()</script></body></html>")
    assert main(["--root", str(tmp_path), "ingest", str(page), "--doc-id", "blank", *whole_page]) == 2
    assert "has no visible text" in capsys.readouterr().err
    assert not (tmp_path / "sources").exists()


@pytest.mark.parametrize("whole_page", [[], ["--whole-page"]])
def test_a_page_whose_text_is_all_hidden_says_so(tmp_path: Path, capsys, whole_page):
    # The article sits in an element a script would show: the error says why nothing is visible.
    body = '<div id="story" style="display: none;"><h1>Harbour reopens</h1><p>The harbour reopened on Monday.</p></div>'
    page = _page(tmp_path, f"<html><head><title>T</title></head><body>{body}</body></html>")
    assert main(["--root", str(tmp_path), "ingest", str(page), "--doc-id", "hidden", *whole_page]) == 2
    err = capsys.readouterr().err
    assert "has no visible text: all of it is in elements the page hides" in err and err.count("\n") == 1
    assert not (tmp_path / "sources").exists()


def test_a_page_where_trafilatura_finds_no_article_suggests_whole_page(tmp_path: Path, capsys, monkeypatch):
    # trafilatura falls back to the page's text on small pages, so its "nothing found" is simulated.
    from claimkit import html

    page = _page(tmp_path, "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with monkeypatch.context() as patch:
        patch.setattr(html, "article_text", lambda root: None)
        assert main(["--root", str(tmp_path), "ingest", str(page), "--doc-id", "bare"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: trafilatura found no article text in ") and "--whole-page keeps" in err
    assert main(["--root", str(tmp_path), "ingest", str(page), "--doc-id", "bare", "--whole-page"]) == 0
    assert _stored(tmp_path, "bare")[0] == "Home\n"


@pytest.mark.parametrize("args, message", [
    (["--published", "2023-02-30"], "--published '2023-02-30' is not a date"),
    (["--published", "14 October 2023"], "--published"),
    (["--author", "Ann\nWriter"], "--author must be one non-empty line"),
])
def test_bad_author_or_date_options_are_usage_errors(tmp_path: Path, capsys, args, message):
    assert main(["--root", str(tmp_path), "ingest", str(_page(tmp_path)), "--doc-id", "x", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and message in err and "Traceback" not in err


def test_whole_page_needs_an_html_page(tmp_path: Path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("One.\n")
    assert main(["--root", str(tmp_path), "ingest", str(article), "--doc-id", "a", "--whole-page"]) == 2
    assert "--whole-page reads HTML pages" in capsys.readouterr().err


def test_cli_says_how_it_read_the_page(tmp_path: Path, capsys):
    assert main(["--root", str(tmp_path), "ingest", str(_page(tmp_path)), "--doc-id", "crane", "--whole-page"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("created: sources/crane.txt (") and out.rstrip().endswith(
        "from HTML (utf-8, by its .html extension), whole-page text")


def test_a_page_without_a_paragraph_is_stored_with_a_warning(tmp_path: Path, capsys):
    # A blog that writes its post with a script: the page's own text is menus and labels only.
    scripted = ("<html><head><title>Security Blog</title></head><body><h1>Security Blog</h1>"
                "<ul><li>Archive</li><li>2020</li><li>Labels</li></ul>"
                "<script type='text/template'><p>" + "The post itself is written into the page by a script. " * 5
                + "</p></script><p>May 19, 2020</p></body></html>")
    for whole in ([], ["--whole-page"]):
        page = _page(tmp_path, scripted, name="scripted.html")
        assert main(["--root", str(tmp_path), "ingest", str(page), "--doc-id", "blog", "--force", *whole]) == 0
        err = capsys.readouterr().err
        assert "Warning: sources/blog.txt holds no paragraph" in err, whole
        assert (tmp_path / "sources" / "blog.txt").exists()
    # A page with an article says nothing more.
    assert main(["--root", str(tmp_path), "ingest", str(_page(tmp_path)), "--doc-id", "crane", "--whole-page"]) == 0
    assert capsys.readouterr().err == ""
