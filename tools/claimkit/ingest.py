"""Ingest: store an article as ``sources/<doc_id>.txt`` plus its metadata."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import SourceConflict, UsageError
from .models import SCHEMA_VERSION, Document, format_time
from .store import MAX_DOC_ID, Store, check_name, sha256_hex

DEFAULT_RIGHTS = "unknown"


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` newlines, no byte-order mark: the form every offset refers to."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def default_title(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    raise UsageError("the text is empty; there is nothing to ingest")


@dataclass
class IngestResult:
    document: Document
    action: str  # "created", "replaced", "updated" (metadata only) or "unchanged"


def ingest(
    store: Store,
    path: str | Path,
    doc_id: str,
    *,
    title: str | None = None,
    url: str | None = None,
    language: str = "en",
    rights: str | None = None,
    retrieved: str | None = None,
    force: bool = False,
    now: datetime | None = None,
) -> IngestResult:
    """Store the article at ``path`` under ``doc_id``; see ``claimkit ingest --help``."""
    check_name(doc_id, "--doc-id", MAX_DOC_ID)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = normalize_text(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 (byte {exc.start}); convert it first") from None
    if not text.strip():
        raise UsageError(f"{path} is empty; there is nothing to ingest")

    with store.lock():
        existing = store.read_document(doc_id) if store.has_document(doc_id) else None
        old_text = store.read_text(doc_id) if existing is not None and store.text_path(doc_id).exists() else None
        same_text = old_text == text
        if existing is not None and not same_text and not force:
            raise SourceConflict(
                f"sources/{doc_id}.txt already holds a different text; pass --force to replace it "
                f"(its claims are then re-anchored by the next `claimkit extract`)"
            )
        stamp = retrieved or (existing.retrieved if existing is not None and same_text else None)
        if stamp is None:
            stamp = format_time(now or datetime.now(timezone.utc))
        document = Document(
            schema_version=SCHEMA_VERSION,
            doc_id=doc_id,
            title=title or (existing.title if existing is not None else default_title(text)),
            url=url if url is not None else (existing.url if existing is not None else None),
            language=language,
            sha256=sha256_hex(text.encode("utf-8")),
            length=len(text),
            retrieved=stamp,
            rights=rights or (existing.rights if existing is not None else DEFAULT_RIGHTS),
            # Regions describe offsets of the old text; a replaced text gets them anew from extract.
            regions=existing.regions if existing is not None and same_text else [],
        )
        if existing is not None and same_text:
            if document == existing:
                return IngestResult(document, "unchanged")
            store.write_document(document)
            return IngestResult(document, "updated")
        store.write_source(document, text)
        return IngestResult(document, "replaced" if existing is not None else "created")
