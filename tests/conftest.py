from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
EXAMPLES = HERE / "examples"
sys.path.insert(0, str(EXAMPLES))  # build.py, the examples' generator


def install_example(root: Path, example: Path) -> None:
    """Lay one example over a scratch repository (see tests/examples/build.py)."""
    if example.is_dir():
        for path in sorted(example.rglob("*")):
            if path.is_file():
                target = root / path.relative_to(example)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
        return
    raw = example.read_bytes()
    try:
        data = json.loads(raw)
        doc_id, claim_id = data["doc_id"], data["id"]
        assert isinstance(doc_id, str) and isinstance(claim_id, str)
    except Exception:
        doc_id, claim_id = "example-doc", "example-doc-00000000"
    target = root / "claims" / doc_id / f"{claim_id}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(raw)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch repository holding the example source document and no claims."""
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "repo", root)
    (root / "claims").mkdir()
    return root
