"""The data-driven examples: each valid one passes, each invalid one yields exactly its code."""

from __future__ import annotations

import os
from pathlib import Path

import build
import pytest
from claimkit.rules import RULES
from claimkit.store import Store
from claimkit.validate import validate
from conftest import EXAMPLES, install_example, install_special

VALID = sorted((EXAMPLES / "valid").iterdir())
INVALID = sorted((EXAMPLES / "invalid").iterdir())
SPECIAL = build.special()


def test_examples_match_their_generator():
    expected = build.files()
    if os.environ.get("CLAIMKIT_REGENERATE"):
        for rel, data in expected.items():
            (EXAMPLES / rel).parent.mkdir(parents=True, exist_ok=True)
            (EXAMPLES / rel).write_bytes(data)
    on_disk = {
        p.relative_to(EXAMPLES): p.read_bytes()
        for folder in ("valid", "invalid")
        for p in (EXAMPLES / folder).rglob("*")
        if p.is_file()
    }
    on_disk[Path("repo/sources/example-doc.json")] = (EXAMPLES / "repo/sources/example-doc.json").read_bytes()
    assert sorted(on_disk) == sorted(expected), "run CLAIMKIT_REGENERATE=1 pytest tests/test_examples.py"
    for rel, data in expected.items():
        assert on_disk[rel] == data, f"{rel} differs from tests/examples/build.py"


def test_every_rule_has_an_invalid_example():
    covered = {p.name[:5] for p in INVALID} | {name[:5] for name in SPECIAL}
    assert covered == set(RULES)


@pytest.mark.parametrize("example", VALID, ids=lambda p: p.name)
def test_valid_example_passes(repo: Path, example: Path):
    install_example(repo, example)
    report = validate(Store(repo))
    assert report.findings == []
    assert report.files >= 2


@pytest.mark.parametrize("example", INVALID, ids=lambda p: p.name)
def test_invalid_example_yields_exactly_its_code(repo: Path, example: Path):
    install_example(repo, example)
    report = validate(Store(repo))
    code = example.name[:5]
    assert {f.code for f in report.findings} == {code}, [str(f) for f in report.findings]
    for finding in report.findings:
        assert finding.line is not None and finding.line >= 1
        assert finding.column is not None and finding.column >= 1


@pytest.mark.parametrize("name", sorted(SPECIAL))
def test_special_example_yields_exactly_its_code(repo: Path, name: str, monkeypatch: pytest.MonkeyPatch):
    install_special(repo, SPECIAL[name], monkeypatch)
    report = validate(Store(repo))
    assert {f.code for f in report.findings} == {name[:5]}, [str(f) for f in report.findings]
    for finding in report.findings:
        assert finding.line is not None and finding.line >= 1
        assert finding.column is not None and finding.column >= 1
