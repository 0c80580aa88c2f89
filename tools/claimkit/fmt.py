"""Rewrite records in canonical form, through the store (so only valid records are written)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from .errors import RecordInvalid, RecordMisplaced, RecordUnreadable
from .models import Claim, Document
from .store import Store, canonical_json


def format_records(store: Store, paths: list[str | Path] | None, *, check: bool) -> tuple[list[str], list[tuple[str, str]]]:
    """Return (files changed or that would change, files that could not be formatted with why)."""
    changed: list[str] = []
    failed: list[tuple[str, str]] = []
    for path in store.record_files(paths):
        rel = store.relative(path)
        kind = store.kind_of(path)
        model = Document if kind == "document" else Claim
        try:
            raw = store.read_bytes(path)
            record = model.model_validate_json(raw)
        except (OSError, ValidationError, RecordUnreadable) as exc:
            failed.append((rel, f"cannot be parsed as a {kind} record; run `claimkit validate {rel}` ({type(exc).__name__})"))
            continue
        if canonical_json(record).encode("utf-8") == raw:
            continue
        changed.append(rel)
        if check:
            continue
        try:
            # read_from: a record in the wrong place is refused, never copied to the right one.
            if isinstance(record, Document):
                store.write_document(record, read_from=path)
            else:
                store.write_claim(record, read_from=path)
        except RecordInvalid as exc:
            failed.append((rel, f"{len(exc.findings)} finding(s) to fix first; run `claimkit validate {rel}`"))
        except RecordMisplaced as exc:
            failed.append((rel, str(exc).removeprefix(f"{rel}: ")))
    return changed, failed
