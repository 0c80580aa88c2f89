"""schema/: generated from the models, checked for drift."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
from claimkit import schema
from claimkit.cli import main

ROOT = Path(__file__).parent.parent


def test_committed_schema_matches_the_models():
    assert schema.drift(ROOT / "schema") == []


def test_schemas_are_draft_2020_12_with_stable_ids():
    for name in schema.SCHEMAS:
        body = json.loads((ROOT / "schema" / schema.file_name(name)).read_text(encoding="utf-8"))
        assert body["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert body["$id"] == f"urn:claimkit:schema:{name}:1.0"
        jsonschema.Draft202012Validator.check_schema(body)


def test_check_fails_on_drift_and_write_repairs_it(tmp_path: Path, capsys):
    root = tmp_path / "r"
    (root / "claims").mkdir(parents=True)
    shutil.copytree(ROOT / "schema", root / "schema")
    assert main(["--root", str(root), "schema", "--check"]) == 0
    path = root / "schema" / "claim.schema.json"
    path.write_text(path.read_text().replace('"additionalProperties": false', '"additionalProperties": true', 1))
    assert main(["--root", str(root), "schema", "--check"]) == 1
    assert "claim.schema.json" in capsys.readouterr().err
    assert main(["--root", str(root), "schema"]) == 0
    assert main(["--root", str(root), "schema", "--check"]) == 0
    (root / "schema" / "document.schema.json").unlink()
    assert main(["--root", str(root), "schema", "--check"]) == 1
