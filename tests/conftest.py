from __future__ import annotations

import errno
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what a function gives, never how fast it gives it: on a loaded machine (CI
# beside other jobs, or pytest -n) Hypothesis's 200 ms deadline per example failed one at random.
settings.register_profile("claimkit", deadline=None)
settings.load_profile("claimkit")

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


def install_special(root: Path, example: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the file-system objects of one of build.special()'s examples in ``root``."""
    for rel, spec in example.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            path.unlink()
        if spec.kind == "link":
            path.symlink_to(spec.target)
        elif spec.kind == "fifo":
            if not hasattr(os, "mkfifo"):
                pytest.skip("no FIFOs on this system")
            os.mkfifo(path)
        elif spec.kind == "sparse":
            with open(path, "wb") as handle:
                handle.truncate(spec.size)
        elif spec.kind == "unreadable":
            shutil.copyfile(EXAMPLES / "valid" / "quantity-unverified.json", path)
            path.chmod(0)
            if os.name != "posix" or os.geteuid() == 0:
                # Permissions do not stop root: make the kernel's answer for this one file.
                deny(monkeypatch, path)
        else:
            raise ValueError(spec.kind)


def deny(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """Opening or listing ``denied`` fails with EACCES, as for a user without the permission."""
    names = {os.fspath(p) for p in denied}
    real_open, real_scandir = os.open, os.scandir

    def refuse(path) -> None:
        if os.fspath(path) in names:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))

    def fake_open(path, *args, **kwargs):
        refuse(path)
        return real_open(path, *args, **kwargs)

    def fake_scandir(path="."):
        refuse(path)
        return real_scandir(path)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch repository holding the example source document and no claims."""
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "repo", root)
    (root / "claims").mkdir()
    return root


# -- how make test spreads the suite over cores (pytest-xdist, --dist loadgroup) ------------------


def _run_order(item: pytest.Item) -> int:
    # Longest first, so that no long test starts last and ends the run alone; the spread files'
    # short tests last, to fill what is left on each worker.
    if item.get_closest_marker("slow"):
        return 0
    if item.get_closest_marker("browser"):
        return 1
    return 3 if item.get_closest_marker("spread") else 2


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Group the tests for ``--dist loadgroup`` and put them in the order the workers take them.

    A file's tests go to one worker together, so that its module fixtures (the pipeline, a
    browser, a server) are made once, except that a file's ``slow`` tests are a unit of their own
    (started first; together, so that two Ray clusters never start at once) and a
    ``spread`` file's tests (those that share nothing costly) go one by one. Runs before
    pytest-xdist reads the groups; does nothing without ``--dist loadgroup``.
    """
    # In the workers, pytest-xdist leaves its own flag for this ("dist" there is "no").
    if not (config.getoption("dist", "no") == "loadgroup" or getattr(config.option, "loadgroup", False)):
        return
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        if item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.xdist_group(f"{item.path.name}:slow"))
        elif not item.get_closest_marker("spread"):
            item.add_marker(pytest.mark.xdist_group(item.path.name))
    items.sort(key=_run_order)  # stable: a file's tests keep their order
