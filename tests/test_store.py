"""The store: canonical atomic writes, the lock, safe names, and parallel writers."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import build
import pytest

from claimkit.errors import NotFound, RecordInvalid, StaleRecord, UnsafeName
from claimkit.models import Claim
from claimkit.store import Store, canonical_json
from claimkit.validate import validate
from conftest import EXAMPLES

BASE = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text(encoding="utf-8"))


def make(claim_id: str, **changes) -> Claim:
    return Claim.model_validate(BASE | {"id": claim_id} | changes)


def test_write_is_canonical_and_reads_back(repo: Path):
    store = Store(repo)
    claim = make("example-doc-0000000a")
    path = store.write_claim(claim)
    assert path == repo / "claims" / "example-doc" / "example-doc-0000000a.json"
    assert path.read_text(encoding="utf-8") == canonical_json(claim)
    assert store.read_claim("example-doc-0000000a") == claim
    assert [p.name for p in path.parent.iterdir()] == ["example-doc-0000000a.json"]  # no temporary left


def test_invalid_record_is_refused_and_nothing_written(repo: Path):
    store = Store(repo)
    good = make("example-doc-0000000b")
    store.write_claim(good)
    before = (repo / "claims/example-doc/example-doc-0000000b.json").read_bytes()
    bad = good.model_copy(update={"status": "supported", "rationale": "because"})
    with pytest.raises(RecordInvalid) as exc:
        store.write_claim(bad)
    assert {f.code for f in exc.value.findings} >= {"CK103", "CK104"}
    assert "CK104 evidence-for-status" in str(exc.value)
    assert (repo / "claims/example-doc/example-doc-0000000b.json").read_bytes() == before


@pytest.mark.parametrize("name", ["..", "../x", "a/b", "/etc/passwd", "A", "a_b", "", "a--b", "-a", "é", "a" * 200, ".hidden"])
def test_unsafe_names_are_refused(repo: Path, name: str):
    store = Store(repo)
    with pytest.raises(UnsafeName):
        store.claim_path("example-doc", name)
    with pytest.raises(UnsafeName):
        store.document_path(name)
    with pytest.raises(UnsafeName):
        store.find_claim(name)


def test_stale_write_is_refused(repo: Path):
    store = Store(repo)
    first = make("example-doc-0000000c")
    store.write_claim(first)
    newer = first.model_copy(update={"statement": "The council approved a budget.", "modified": "2026-02-01T00:00:00Z"})
    store.write_claim(newer, expect_modified=first.modified)
    with pytest.raises(StaleRecord):
        store.write_claim(first.model_copy(update={"statement": "Lost update"}), expect_modified=first.modified)
    assert store.read_claim("example-doc-0000000c").statement == "The council approved a budget."


def test_missing_claim(repo: Path):
    with pytest.raises(NotFound):
        Store(repo).read_claim("example-doc-ffffffff")


# -- several processes at once ---------------------------------------------------------------

WORKERS = 4
UPDATES = 40


def _worker(root: str, worker: int, start: mp.Event) -> None:
    store = Store(root)
    start.wait()
    for n in range(UPDATES):
        # A read-modify-write on the one shared record: each adds an evidence item.
        def add(claim: Claim, n=n) -> Claim:
            item = {
                "url": f"https://example.org/w{worker}/u{n}",
                "title": "t",
                "publisher": "p",
                "published": None,
                "accessed": "2026-01-06",
                "stance": "context",
                "summary": f"worker {worker} update {n} adds context",
            }
            return Claim.model_validate(claim.model_dump(by_alias=True) | {"evidence": [*claim.model_dump()["evidence"], item]})

        store.update_claim("example-doc-00000001", add)
        # And a record of its own.
        store.write_claim(make(f"example-doc-f{worker:03x}{n:04x}", **build.own_focus(BASE, worker * UPDATES + n)))


def _reader(root: str, stop: mp.Event, bad: mp.Value) -> None:
    path = Path(root) / "claims" / "example-doc" / "example-doc-00000001.json"
    while not stop.is_set():
        try:
            Claim.model_validate_json(path.read_bytes())
        except Exception:
            with bad.get_lock():
                bad.value += 1


def test_parallel_processes_lose_nothing_and_leave_no_partial_file(repo: Path):
    store = Store(repo)
    store.write_claim(make("example-doc-00000001"))
    ctx = mp.get_context("spawn")
    start, stop = ctx.Event(), ctx.Event()
    bad = ctx.Value("i", 0)
    reader = ctx.Process(target=_reader, args=(str(repo), stop, bad))
    reader.start()
    workers = [ctx.Process(target=_worker, args=(str(repo), w, start)) for w in range(WORKERS)]
    for p in workers:
        p.start()
    start.set()
    for p in workers:
        p.join(120)
        assert p.exitcode == 0
    stop.set()
    reader.join(30)

    shared = store.read_claim("example-doc-00000001")
    assert len(shared.evidence) == WORKERS * UPDATES  # no lost update
    assert len({e.url for e in shared.evidence}) == WORKERS * UPDATES
    files = list((repo / "claims" / "example-doc").iterdir())
    assert len(files) == 1 + WORKERS * UPDATES  # no temporary files left behind
    assert bad.value == 0  # the reader never saw a partial file
    assert validate(Store(repo)).findings == []


def test_concurrent_writes_use_the_repository_lock(repo: Path):
    store = Store(repo)
    with store.lock():
        assert (repo / ".claimkit" / "lock").exists()
        with store.lock():  # re-entrant within one store
            store.write_claim(make("example-doc-0000000d"))
    assert os.path.exists(repo / "claims" / "example-doc" / "example-doc-0000000d.json")
