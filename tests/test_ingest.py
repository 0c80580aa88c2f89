"""Ingest: any article stored normalized; the seed byte-identical; no silent replacement."""

from __future__ import annotations

import hashlib
import json
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
    with pytest.raises(SourceConflict, match="no sources/harbor.json beside it"):
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
