"""The store: canonical atomic writes, the lock, safe names, and parallel writers."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import build
import pytest
from claimkit.cli import main
from claimkit.errors import NotFound, RecordInvalid, RecordMisplaced, StaleRecord, UnsafeName, UsageError
from claimkit.fmt import format_records
from claimkit.models import Claim
from claimkit.store import Store, canonical_json, revision_of
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


@pytest.mark.parametrize("name", ["..", "../x", "a/b", "/etc/passwd", "A", "a_b", "", "a--b", "-a", "é", "a" * 200, ".hidden",
                                  "example-doc\n", "a\nb"])
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


def test_the_revision_sees_a_change_made_within_the_same_second(repo: Path):
    store = Store(repo)
    first = make("example-doc-0000000e")
    store.write_claim(first)
    loaded = revision_of(store.read_claim(first.id))
    # Another writer changes the claim and keeps its `modified` (the same second).
    store.update_claim(first.id, lambda c: c.model_copy(update={"statement": "Changed within the second."}))
    assert store.read_claim(first.id).modified == first.modified
    assert revision_of(store.read_claim(first.id)) != loaded
    before = store.claim_path("example-doc", first.id).read_bytes()
    lost = first.model_copy(update={"statement": "Lost update"})
    with pytest.raises(StaleRecord, match="revision"):
        store.update_claim(first.id, lambda c: lost, expect_revision=loaded)
    with pytest.raises(StaleRecord, match="revision"):
        store.write_claim(lost, expect_revision=loaded)
    assert store.claim_path("example-doc", first.id).read_bytes() == before
    # The current revision is accepted; a malformed one is a usage error, not a stale record.
    current = revision_of(store.read_claim(first.id))
    store.update_claim(first.id, lambda c: c.model_copy(update={"statement": "Third."}), expect_revision=current)
    with pytest.raises(UsageError, match="not a revision"):
        store.update_claim(first.id, lambda c: c, expect_revision="xyz")


@pytest.mark.parametrize("where", ["claims/other-doc/example-doc-0000000f.json", "claims/example-doc/example-doc-0000abcd.json"])
def test_an_update_never_copies_a_record_out_of_the_wrong_place(repo: Path, where: str):
    store = Store(repo)
    misplaced = repo / where
    misplaced.parent.mkdir(parents=True, exist_ok=True)
    misplaced.write_text(canonical_json(make("example-doc-0000000f")), encoding="utf-8")
    before = misplaced.read_bytes()
    with pytest.raises(RecordMisplaced, match="wrong place") as exc:
        store.update_claim(Path(where).stem, lambda c: c.model_copy(update={"statement": "Moved?"}))
    assert where in str(exc.value) and "claims/example-doc/example-doc-0000000f.json" in str(exc.value)
    assert sorted(p.relative_to(repo).as_posix() for p in (repo / "claims").rglob("*.json")) == [where]
    assert misplaced.read_bytes() == before


def test_fmt_never_copies_a_record_out_of_the_wrong_place(repo: Path):
    store = Store(repo)
    misplaced = repo / "claims" / "other-doc" / "example-doc-00000010.json"
    misplaced.parent.mkdir(parents=True)
    misplaced.write_text(json.dumps(make("example-doc-00000010").model_dump(mode="json", by_alias=True), indent=4))
    changed, failed = format_records(store, None, check=False)
    assert [rel for rel, _ in failed] == ["claims/other-doc/example-doc-00000010.json"]
    assert "wrong place" in failed[0][1]
    assert [p.relative_to(repo).as_posix() for p in (repo / "claims").rglob("*.json")] == [
        "claims/other-doc/example-doc-00000010.json"]


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


@pytest.mark.slow
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


# -- several claims at once (what extract writes for a document) -----------------------------


def _syncs(monkeypatch) -> list[str]:
    """Record each os.fsync as "file" or "folder"."""
    import stat as stat_

    real, calls = os.fsync, []

    def fsync(fd: int) -> None:
        calls.append("folder" if stat_.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)
    monkeypatch.setattr(os, "fsync", fsync)
    return calls


def test_write_claims_writes_each_whole_and_syncs_the_folder_once(repo: Path, monkeypatch):
    store = Store(repo)
    claims = [make(f"example-doc-0000001{n}") for n in range(5)]
    calls = _syncs(monkeypatch)
    paths = store.write_claims(claims, source=None)
    # One sync per file before any rename, then one for the folder (write_claim: two per file).
    assert calls == ["file"] * 5 + ["folder"]
    assert [store.read_claim(c.id) for c in claims] == claims
    assert [p.read_text(encoding="utf-8") for p in paths] == [canonical_json(c) for c in claims]
    assert sorted(p.name for p in (repo / "claims" / "example-doc").iterdir()) == sorted(p.name for p in paths)


def test_write_claims_refuses_them_all_for_one_invalid_record(repo: Path):
    store = Store(repo)
    good = [make("example-doc-00000021"), make("example-doc-00000022")]
    bad = make("example-doc-00000023").model_copy(update={"status": "supported", "rationale": "because"})
    with pytest.raises(RecordInvalid) as exc:
        store.write_claims([*good, bad])
    assert "claims/example-doc/example-doc-00000023.json" in str(exc.value)
    assert not (repo / "claims" / "example-doc").exists()  # not even the valid ones


def test_write_claims_that_fail_midway_leave_whole_files_and_no_temporary(repo: Path, monkeypatch):
    from claimkit.errors import WriteFailed

    store = Store(repo)
    claims = [make(f"example-doc-0000003{n}") for n in range(5)]
    store.write_claim(claims[3].model_copy(update={"rationale": "the old record"}))
    before = (repo / "claims/example-doc/example-doc-00000033.json").read_bytes()
    real, renames = os.replace, []

    def replace(src, dst):
        if len(renames) == 2:
            raise OSError(28, "No space left on device")
        renames.append(dst)
        real(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(WriteFailed, match=r"cannot write claims/example-doc/example-doc-00000032\.json: No space left "
                                          r"on device; 2 of 5 files were replaced, each whole"):
        store.write_claims(claims)
    folder = repo / "claims" / "example-doc"
    assert sorted(p.name for p in folder.iterdir()) == [f"example-doc-0000003{n}.json" for n in (0, 1, 3)]
    assert [store.read_claim(c.id) for c in claims[:2]] == claims[:2]
    assert (folder / "example-doc-00000033.json").read_bytes() == before  # untouched


def test_concurrent_writes_use_the_repository_lock(repo: Path):
    store = Store(repo)
    with store.lock():
        assert (repo / ".claimkit" / "lock").exists()
        with store.lock():  # re-entrant within one store
            store.write_claim(make("example-doc-0000000d"))
    assert os.path.exists(repo / "claims" / "example-doc" / "example-doc-0000000d.json")


# -- the one error boundary for reads --------------------------------------------------------

BAD = "example-doc-00000009"
BAD_REL = f"claims/example-doc/{BAD}.json"
EVIDENCE = ["--url", "https://example.org/minutes", "--title", "Minutes", "--publisher", "Council",
            "--stance", "supports", "--summary", "The minutes record the vote."]
CORRUPTIONS = {
    "truncated": lambda raw: raw[:200],
    "schema": lambda raw: raw.replace(b'"status": "unverified"', b'"status": "true"'),
    "not-an-object": lambda raw: b"[1, 2, 3]\n",
}


@pytest.fixture(params=sorted(CORRUPTIONS))
def corrupt_repo(repo: Path, request) -> Path:
    """Valid claims (one withdrawn) beside one claim file that does not parse or validate."""
    from conftest import install_example

    store = Store(repo)
    for name in ("quantity-unverified.json", "date-supported.json", "year-refuted.json"):
        install_example(repo, EXAMPLES / "valid" / name)
        # The verdict exports carry only claims restated on their own.
        claim = Claim.model_validate_json((EXAMPLES / "valid" / name).read_bytes())
        store.write_claim(claim.model_copy(update={"statement": f"A statement of {claim.id}."}))
    withdrawn = json.loads((EXAMPLES / "valid" / "withdrawn.json").read_text()) | {"id": "example-doc-000000ff"}
    store.write_claim(Claim.model_validate(withdrawn))
    # ClaimReview names the review pages and their publisher from the project's configuration.
    (repo / "pyproject.toml").write_text(
        '[tool.claimkit]\norganization = "Test Fact Check"\nreview-base-url = "https://factcheck.example/r/"\n',
        encoding="utf-8")
    raw = canonical_json(make(BAD)).encode("utf-8")
    (repo / BAD_REL).write_bytes(CORRUPTIONS[request.param](raw))
    return repo


ONE_CLAIM_COMMANDS = [
    ["review", "show", BAD], ["review", "show", BAD, "--json"], ["review", "log", BAD],
    ["review", "set", BAD, "--status", "supported", "--rationale", "Minutes agree.", *EVIDENCE],
    ["review", "evidence", "add", BAD, *EVIDENCE], ["review", "evidence", "remove", BAD, "1"],
    ["review", "withdraw", BAD, "--reason", "not a claim"], ["review", "restore", BAD],
]
LIST_COMMANDS = [
    ["review", "list"], ["review", "list", "--json", "--withdrawn"],
    *(["export", "--format", fmt] for fmt in ("fever", "averitec", "claimreview", "webanno")),
    ["render", "example-doc", "-o", "-"],
]


@pytest.mark.parametrize("argv", ONE_CLAIM_COMMANDS, ids=" ".join)
def test_a_command_on_a_corrupt_claim_is_one_error_line(corrupt_repo: Path, argv, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_REVIEWER", "alice")
    before = (corrupt_repo / BAD_REL).read_bytes()
    assert main(["--root", str(corrupt_repo), *argv]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    [line] = out.err.splitlines()
    assert line.startswith(f"Error: {BAD_REL}: not ") and line.endswith(f"run `claimkit validate {BAD_REL}`")
    assert (corrupt_repo / BAD_REL).read_bytes() == before


@pytest.mark.parametrize("argv", LIST_COMMANDS, ids=" ".join)
def test_a_command_over_all_claims_skips_a_corrupt_one_with_a_warning(corrupt_repo: Path, argv, capsys):
    assert main(["--root", str(corrupt_repo), *argv]) == 0
    out = capsys.readouterr()
    [warning] = out.err.splitlines()
    assert warning.startswith(f"Warning: skipped {BAD_REL}: not ")
    assert "example-doc-00000002" in out.out  # the readable claims are all there
    assert BAD not in out.out


def test_other_claims_stay_writable_beside_a_corrupt_one(corrupt_repo: Path, capsys):
    argv = ["review", "set", "example-doc-00000001", "--status", "supported", "--rationale", "Minutes agree.",
            "--reviewer", "alice", *EVIDENCE]
    assert main(["--root", str(corrupt_repo), *argv]) == 0
    assert Store(corrupt_repo).read_claim("example-doc-00000001").status == "supported"


def test_publish_refuses_a_corrupt_claim_and_writes_nothing(corrupt_repo: Path, tmp_path: Path, capsys):
    (corrupt_repo / "DATASHEET.md").write_text("figures\n", encoding="utf-8")
    out = tmp_path / "hf"
    assert main(["--root", str(corrupt_repo), "publish", "--out", str(out), "--no-load"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("Error: ") and "nothing published" in line
    assert not out.exists() and (corrupt_repo / "DATASHEET.md").read_text(encoding="utf-8") == "figures\n"


def test_the_library_raises_one_error_type_for_every_unreadable_read(corrupt_repo: Path):
    from claimkit.errors import RecordUnreadable

    store = Store(corrupt_repo)
    for read in (lambda: store.read_claim(BAD), lambda: store.update_claim(BAD, lambda c: c)):
        with pytest.raises(RecordUnreadable) as exc:
            read()
        assert exc.value.path == BAD_REL and f"claimkit validate {BAD_REL}" in str(exc.value)
    problems: list = []
    assert {c.id for c in store.iter_claims(problems=problems)} == {
        "example-doc-00000001", "example-doc-00000002", "example-doc-00000004", "example-doc-000000ff"}
    assert [p.path for p in problems] == [BAD_REL]
    assert store.skipped == []  # given a list, nothing lands on the store's own


def test_the_review_page_shows_the_document_and_names_the_corrupt_record(corrupt_repo: Path):
    from claimkit import serve
    from starlette.testclient import TestClient

    settings = serve.Settings(Store(corrupt_repo), reviewer="alice")
    client = TestClient(serve.create_app(settings), base_url="http://127.0.0.1:8000")
    response = client.get("/api/documents/example-doc")
    assert response.status_code == 200
    data = response.json()
    assert {c["id"] for c in data["claims"]} >= {"example-doc-00000001", "example-doc-00000002"}
    [bad] = data["unreadable"]
    assert bad["path"] == BAD_REL and bad["message"].startswith(f"{BAD_REL}: not ")
    [listed] = client.get("/api/documents").json()["documents"]
    assert [u["path"] for u in listed["unreadable"]] == [BAD_REL] and listed["claims"] == 3
    response = client.get(f"/api/claims/{BAD}")
    assert response.status_code == 422 and response.json()["error"]["kind"] == "unreadable"
    response = client.post(f"/api/claims/{BAD}/withdraw", json={"expect_modified": "2026-01-05T10:00:00Z", "reason": "x"},
                           headers={"X-Claimkit-Token": settings.token, "Content-Type": "application/json"})
    assert response.status_code == 422 and BAD_REL in response.json()["error"]["message"]


@pytest.mark.model
def test_extract_leaves_a_corrupt_claim_as_is_and_says_so(corrupt_repo: Path, capsys, monkeypatch):
    import claimkit.extract
    from pipeline_cache import trained_pipeline

    nlp = trained_pipeline()  # loaded once per session, not once per command
    monkeypatch.setattr(claimkit.extract, "load_pipeline", lambda model=None: nlp)
    before = (corrupt_repo / BAD_REL).read_bytes()
    assert main(["--root", str(corrupt_repo), "extract", "example-doc", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"Error: {BAD_REL}: not a valid claim record, left as is" in err and "Traceback" not in err
    assert (corrupt_repo / BAD_REL).read_bytes() == before


# -- writes the operating system refuses -----------------------------------------------------


def test_claimkit_folder_being_a_file_is_one_error_line(repo: Path, capsys):
    from claimkit.errors import WriteFailed
    from conftest import install_example

    install_example(repo, EXAMPLES / "valid" / "quantity-unverified.json")
    (repo / ".claimkit").write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(WriteFailed, match=r"\.claimkit/lock: \.claimkit is a file, not a folder"):
        Store(repo).write_claim(make("example-doc-0000000e"))
    argv = ["--root", str(repo), "review", "withdraw", "example-doc-00000001", "--reason", "x", "--reviewer", "alice"]
    assert main(argv) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("Error: cannot take the repository's write lock .claimkit/lock: .claimkit is a file")


def test_a_read_only_repository_is_one_error_line(repo: Path, capsys, monkeypatch):
    import errno
    import tempfile

    from conftest import install_example

    install_example(repo, EXAMPLES / "valid" / "quantity-unverified.json")
    path = repo / "claims" / "example-doc" / "example-doc-00000001.json"
    before = path.read_bytes()
    with Store(repo).lock():  # the lock file exists from earlier writes
        pass

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    # A read-only mount answers EROFS to every file it is asked to create, root included.
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    argv = ["--root", str(repo), "review", "withdraw", "example-doc-00000001", "--reason", "x", "--reviewer", "alice"]
    assert main(argv) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line == ("Error: cannot write claims/example-doc/example-doc-00000001.json: Read-only file system; "
                    "nothing was changed")
    assert path.read_bytes() == before


def test_a_read_only_lock_folder_is_one_error_line(repo: Path, capsys, monkeypatch):
    import errno

    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert main(["--root", str(repo), "review", "withdraw", "example-doc-00000001", "--reason", "x",
                 "--reviewer", "alice"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line == "Error: cannot take the repository's write lock .claimkit/lock: Read-only file system; nothing was changed"


# -- temporary files of writers killed mid-write ---------------------------------------------

_KILLED_WRITER = """
import os, sys, time
from claimkit.models import Claim
from claimkit.store import Store
import json
claim = Claim.model_validate_json(open(sys.argv[2], "rb").read())
def stall(*args):  # the temporary file is written and fsynced; die before the rename
    print("written", flush=True)
    time.sleep(120)
os.replace = stall
Store(sys.argv[1]).write_claim(claim)
"""


@pytest.mark.slow
def test_temporary_files_of_killed_writers_are_reported_and_removed_by_the_next_write(repo: Path, tmp_path: Path):
    import signal
    import subprocess
    import sys

    from claimkit.store import TEMP_FILE

    record = tmp_path / "claim.json"
    record.write_text(canonical_json(make("example-doc-0000000a")), encoding="utf-8")
    folder = repo / "claims" / "example-doc"
    for _ in range(3):
        child = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(repo), str(record)], stdout=subprocess.PIPE)
        assert child.stdout.readline().strip() == b"written"
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    # Each writer, once it holds the lock, removed the file its killed predecessor left: after
    # three kills one is left, not three (71 kills once left 10).
    [left] = [p.name for p in folder.iterdir()]
    assert TEMP_FILE.match(left)
    findings = validate(Store(repo)).findings
    assert [(f.path, f.code) for f in findings] == [(f"claims/example-doc/{left}", "CK014")]

    Store(repo).write_claim(make("example-doc-0000000b"))  # takes the lock: no writer can be mid-write
    assert [p.name for p in folder.iterdir()] == ["example-doc-0000000b.json"]
    assert validate(Store(repo)).findings == []


def test_the_sweep_spares_other_files_and_runs_only_under_the_lock(repo: Path):
    store = Store(repo)
    store.write_claim(make("example-doc-0000000a"))
    folder = repo / "claims" / "example-doc"
    keep = [folder / ".notes.txt", folder / ".example-doc-0000000a.json.tmp", folder / "x.json.abcdefgh.tmp"]
    for path in keep:
        path.write_text("x", encoding="utf-8")
    stale = folder / ".example-doc-0000000a.json.ab_d3fgh.tmp"
    stale.write_text("x", encoding="utf-8")
    Store(repo).write_claim(make("example-doc-0000000c"))
    assert not stale.exists() and all(p.exists() for p in keep)
    with pytest.raises(AssertionError, match="under its lock"):
        Store(repo)._write(folder / "example-doc-0000000d.json", b"{}")


def test_git_ignores_the_temporary_files(tmp_path: Path):
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    # The repository's .gitignore in a scratch repository, so the test runs outside a checkout too.
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    shutil.copyfile(Path(__file__).parent.parent / ".gitignore", tmp_path / ".gitignore")
    names = ["claims/some-doc/.some-doc-00000001.json.k3v9x0q2.tmp", "sources/.some-doc.txt.k3v9x0q2.tmp"]
    result = subprocess.run(["git", "check-ignore", "--no-index", *names], cwd=tmp_path, capture_output=True, text=True)
    assert result.stdout.split() == names
    for kept in ("claims/some-doc/some-doc-00000001.json", "tests/examples/invalid/x/claims/d/.d-1.json.k3v9x0q2.tmp"):
        assert subprocess.run(["git", "check-ignore", "--no-index", "-q", kept], cwd=tmp_path).returncode == 1
