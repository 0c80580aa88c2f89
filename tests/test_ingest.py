"""Ingest: any article stored normalized; the seed byte-identical; no silent replacement."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from claimkit.cli import main
from claimkit.errors import SourceConflict, UnsafeName
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
