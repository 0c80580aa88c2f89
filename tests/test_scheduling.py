"""How tests/conftest.py groups and orders the suite for pytest-xdist (make test)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import pytest_collection_modifyitems

pytest.importorskip("xdist", reason="pytest-xdist (the [test] extra) registers the xdist_group mark")


class FakeItem:
    def __init__(self, nodeid: str, *marks: str) -> None:
        self.nodeid = nodeid
        self.path = Path(nodeid.split("::")[0])
        self.marks = [getattr(pytest.mark, m) for m in marks]

    def get_closest_marker(self, name: str):
        return next((m.mark for m in self.marks if m.mark.name == name), None)

    def add_marker(self, marker) -> None:
        self.marks.append(marker)

    def group(self) -> str | None:
        mark = self.get_closest_marker("xdist_group")
        return mark.args[0] if mark else None


def fake_config(dist: str, loadgroup: bool | None = None):
    option = SimpleNamespace() if loadgroup is None else SimpleNamespace(loadgroup=loadgroup)
    return SimpleNamespace(option=option, getoption=lambda name, default=None: dist if name == "dist" else default)


def suite() -> list[FakeItem]:
    return [FakeItem("tests/test_a.py::spread_one", "spread"), FakeItem("tests/test_b.py::quick"),
            FakeItem("tests/test_b.py::long", "slow"), FakeItem("tests/test_c.py::page", "browser"),
            FakeItem("tests/test_b.py::quick_too"), FakeItem("tests/test_a.py::spread_two", "spread")]


@pytest.mark.parametrize("config", [fake_config("loadgroup"), fake_config("no", loadgroup=True)], ids=["controller", "worker"])
def test_slow_tests_first_apart_files_together_and_spread_tests_last_one_by_one(config):
    items = suite()
    pytest_collection_modifyitems(config, items)
    assert [i.nodeid.split("::")[1] for i in items] == ["long", "page", "quick", "quick_too", "spread_one", "spread_two"]
    assert [i.group() for i in items] == ["test_b.py:slow", "test_c.py", "test_b.py", "test_b.py", None, None]


def test_without_loadgroup_nothing_changes():
    items = suite()
    before = [i.nodeid for i in items]
    pytest_collection_modifyitems(fake_config("no"), items)
    assert [i.nodeid for i in items] == before and all(i.group() is None for i in items)
