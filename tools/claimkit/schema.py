"""JSON Schema files generated from the models; never edited by hand."""

from __future__ import annotations

import json
from pathlib import Path

from .models import SCHEMA_VERSION, Claim, Document

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMAS: dict[str, type[Claim] | type[Document]] = {"claim": Claim, "document": Document}


def schema_id(name: str) -> str:
    # A URN: stable, and it does not pretend that a web address serves the file.
    return f"urn:claimkit:schema:{name}:{SCHEMA_VERSION}"


def generate(name: str) -> dict:
    model = SCHEMAS[name]
    body = model.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": DRAFT, "$id": schema_id(name), **body}


def file_name(name: str) -> str:
    return f"{name}.schema.json"


def schema_text(name: str) -> str:
    return json.dumps(generate(name), indent=2, ensure_ascii=False) + "\n"


def write(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; return the files that changed."""
    from .store import atomic_write

    changed = []
    folder.mkdir(parents=True, exist_ok=True)
    for name in SCHEMAS:
        path = folder / file_name(name)
        text = schema_text(name)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            atomic_write(path, text.encode("utf-8"))
            changed.append(path)
    return changed


def drift(folder: Path) -> list[Path]:
    """The schema files that are missing or differ from what the models give."""
    out = []
    for name in SCHEMAS:
        path = folder / file_name(name)
        if not path.exists() or path.read_text(encoding="utf-8") != schema_text(name):
            out.append(path)
    return out
