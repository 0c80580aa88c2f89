"""Review: every refusal, history kept, identity, agreement, parallel reviewers, crashes, git."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import shutil
import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import build
import pytest
from claimkit.cli import main
from claimkit.errors import RecordInvalid, StaleRecord, UsageError
from claimkit.models import format_time
from claimkit.review import Reviewer, ReviewRefused, agreement, reviewer_identity
from claimkit.rules import FUTURE_SKEW
from claimkit.store import Store, revision_of
from claimkit.validate import validate
from conftest import EXAMPLES, install_example

ID = "example-doc-00000001"
SUPPORTS = {
    "url": "https://records.harbor-town.example/minutes/1",
    "title": "Minutes of 3 March 2021",
    "publisher": "Harbor Town Council",
    "published": "2021-03-04",
    "stance": "supports",
    "summary": "The minutes show the council voting through a budget of 4.2 million euros.",
}
REFUTES = SUPPORTS | {"url": "https://news.example/budget", "stance": "refutes",
                      "summary": "A local paper reports the approved budget as 3.9 million euros."}


@pytest.fixture
def store(repo: Path) -> Store:
    install_example(repo, EXAMPLES / "valid" / "quantity-unverified.json")
    return Store(repo)


@pytest.fixture
def alice(store: Store) -> Reviewer:
    return Reviewer(store, "alice")


def assert_clean(store: Store) -> None:
    assert validate(store).findings == []


def unchanged(store: Store):
    path = store.find_claim(ID)
    before = path.read_bytes()

    class _Check:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            assert path.read_bytes() == before, "a refused change wrote to the file"
            return False

    return _Check()


# -- accepted changes ------------------------------------------------------------------------


def test_set_status_appends_history_and_updates_modified(store: Store, alice: Reviewer):
    claim = alice.set_status(ID, "supported", "The council minutes record the vote.", [SUPPORTS])
    assert claim.status == "supported" and len(claim.evidence) == 1
    assert claim.evidence[0].accessed  # defaulted to today
    actions = [(e.action, e.by, e.from_, e.to) for e in claim.history]
    assert actions[-2:] == [("evidence-added", "alice", None, None), ("status", "alice", "unverified", "supported")]
    assert claim.modified == claim.history[-1].at
    assert_clean(store)


def test_a_sequence_of_changes_stays_valid(store: Store, alice: Reviewer):
    bob = Reviewer(store, "bob")
    alice.set_status(ID, "supported", "Minutes agree.", [SUPPORTS])
    bob.add_evidence(ID, [REFUTES])
    # Replacing a verdict is confirmed (issue 14): each reviewer says so.
    bob.set_status(ID, "conflicting_evidence", "The minutes and the paper disagree on the amount.", replace=True)
    alice.set_status(ID, "supported", "The paper corrected its figure; the minutes stand.", replace=True)
    alice.remove_evidence(ID, 2)
    alice.withdraw(ID, "duplicate of another record")
    alice.restore(ID, note="not a duplicate after all")
    claim = store.read_claim(ID)
    assert [e.action for e in claim.history] == [
        "created", "evidence-added", "status", "evidence-added", "status", "status", "evidence-removed", "withdrawn", "restored"]
    assert claim.status == "supported" and claim.withdrawn is None
    assert_clean(store)


def test_not_enough_evidence_needs_only_a_rationale(store: Store, alice: Reviewer):
    alice.set_status(ID, "not_enough_evidence", "Searched the council archive and two local papers; no record of the budget.")
    assert_clean(store)


# -- refusals: each leaves the file as it was ------------------------------------------------


def test_supported_without_supporting_evidence_is_refused(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(RecordInvalid) as exc:
        alice.set_status(ID, "supported", "I am sure.", [SUPPORTS | {"stance": "context"}])
    assert [f.code for f in exc.value.findings] == ["CK104"]
    assert "fix: add evidence with the stance" in str(exc.value)


def test_refuted_without_refuting_evidence_is_refused(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(RecordInvalid, match="CK104"):
        alice.set_status(ID, "refuted", "Wrong.", [SUPPORTS])


def test_conflicting_needs_both_stances(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(RecordInvalid, match="CK104"):
        alice.set_status(ID, "conflicting_evidence", "Mixed.", [REFUTES])


def test_reviewed_status_without_rationale_is_refused(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(RecordInvalid, match="CK101"):
        alice.set_status(ID, "supported", None, [SUPPORTS])


def test_unknown_status_is_refused(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(UsageError, match="not one of"):
        alice.set_status(ID, "true", "x")


def test_removing_the_only_supporting_evidence_is_refused(store: Store, alice: Reviewer):
    alice.set_status(ID, "supported", "Minutes agree.", [SUPPORTS])
    with unchanged(store), pytest.raises(RecordInvalid, match="CK104"):
        alice.remove_evidence(ID, 1)


def test_evidence_number_out_of_range(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(UsageError, match="0 evidence item"):
        alice.remove_evidence(ID, 1)


@pytest.mark.parametrize(
    "item,match",
    [
        ({k: v for k, v in SUPPORTS.items() if k != "publisher"}, "--publisher"),
        (SUPPORTS | {"stance": "agrees"}, "--stance"),
        (SUPPORTS | {"url": "ftp://x"}, "--url"),
        (SUPPORTS | {"published": "4 March 2021"}, "--published"),
        (SUPPORTS | {"summary": "ok"}, "--summary"),
    ],
)
def test_malformed_evidence_is_refused(store: Store, alice: Reviewer, item, match):
    with unchanged(store), pytest.raises(UsageError, match=match):
        alice.add_evidence(ID, [item])


def test_citing_the_same_page_twice_is_refused(store: Store, alice: Reviewer):
    alice.add_evidence(ID, [SUPPORTS])
    with unchanged(store), pytest.raises(ReviewRefused, match="already cites"):
        alice.add_evidence(ID, [SUPPORTS])


def test_withdraw_rules(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(ReviewRefused, match="not withdrawn"):
        alice.restore(ID)
    with unchanged(store), pytest.raises(UsageError, match="--reason"):
        alice.withdraw(ID, "  ")
    alice.withdraw(ID, "a forecast")
    with unchanged(store), pytest.raises(ReviewRefused, match="already withdrawn"):
        alice.withdraw(ID, "again")
    with unchanged(store), pytest.raises(ReviewRefused, match="restore"):
        alice.set_status(ID, "not_enough_evidence", "x")


def test_setting_the_same_status_again_is_refused(store: Store, alice: Reviewer):
    with unchanged(store), pytest.raises(ReviewRefused, match="nothing to change"):
        alice.set_status(ID, "unverified", None)


def test_stale_change_is_refused(store: Store, alice: Reviewer):
    loaded = store.read_claim(ID).modified
    Reviewer(store, "bob").add_evidence(ID, [SUPPORTS])
    with unchanged(store), pytest.raises(StaleRecord, match="reload"):
        alice.set_status(ID, "supported", "Minutes agree.", expect_modified=loaded)


# -- identity --------------------------------------------------------------------------------


def test_reviewer_identity_order(tmp_path: Path, monkeypatch):
    git_home = tmp_path / "home"
    git_home.mkdir()
    monkeypatch.setenv("HOME", str(git_home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(git_home / ".gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("CLAIMKIT_REVIEWER", raising=False)
    with pytest.raises(UsageError, match="no reviewer"):
        reviewer_identity(None, cwd=tmp_path)
    subprocess.run(["git", "config", "--global", "user.name", "Git Person"], check=True)
    assert reviewer_identity(None, cwd=tmp_path) == "Git Person"
    monkeypatch.setenv("CLAIMKIT_REVIEWER", "env.person")
    assert reviewer_identity(None, cwd=tmp_path) == "env.person"
    assert reviewer_identity("flag.person", cwd=tmp_path) == "flag.person"
    with pytest.raises(UsageError, match="reserved"):
        reviewer_identity("claimkit extract 0.1.0")


# -- the command line ------------------------------------------------------------------------


def test_cli_set_show_log(store: Store, capsys):
    root = str(store.root)
    args = ["--root", root, "review", "set", ID, "--status", "supported", "--rationale", "Minutes agree.", "--reviewer", "alice"]
    for key in ("url", "title", "publisher", "published", "stance", "summary"):
        args += [f"--{key}", SUPPORTS[key]]
    assert main(args) == 0
    assert main(["--root", root, "review", "show", ID]) == 0
    out = capsys.readouterr().out
    assert "[[about 4.2 million euros]]" in out
    assert "1. [supports] Minutes of 3 March 2021 — Harbor Town Council, 2021-03-04" in out
    assert main(["--root", root, "review", "log", ID]) == 0
    log = capsys.readouterr().out.splitlines()
    assert log[-1].split()[1:5] == ["alice", "status", "unverified", "→"]


def test_cli_refusal_names_the_rule_and_writes_nothing(store: Store, capsys):
    with unchanged(store):
        code = main(["--root", str(store.root), "review", "set", ID, "--status", "supported", "--rationale", "x", "--reviewer", "a"])
    assert code == 1
    err = capsys.readouterr().err
    assert "CK104 evidence-for-status" in err and "fix:" in err


def test_cli_evidence_options_must_follow_url(store: Store, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--root", str(store.root), "review", "evidence", "add", ID, "--title", "T", "--url", "https://x.org"])
    assert exc.value.code == 2
    assert "must follow the --url" in capsys.readouterr().err


def test_cli_list_filters(store: Store, repo: Path, capsys):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    assert main(["--root", str(repo), "review", "list", "--status", "supported", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["status"] for r in rows] == ["supported"]
    assert main(["--root", str(repo), "review", "list", "--type", "quantity"]) == 0
    out = capsys.readouterr().out
    assert ID in out and "1 claim(s)" in out


# -- stale copies, clocks, misplaced records (issue 12) --------------------------------------

FIXED = datetime(2026, 1, 5, 10, 0, 0, tzinfo=UTC)  # the example's own `modified`


def test_a_change_within_the_same_second_is_stale_by_revision(store: Store):
    # Both reviewers' clocks read the second the claim was last modified: `modified` cannot change.
    alice, bob = Reviewer(store, "alice", now=lambda: FIXED), Reviewer(store, "bob", now=lambda: FIXED)
    loaded = store.read_claim(ID)
    bob.set_status(ID, "not_enough_evidence", "Bob searched the council archive.")
    assert store.read_claim(ID).modified == loaded.modified
    with unchanged(store), pytest.raises(StaleRecord, match="changed since you loaded it"):
        alice.set_status(ID, "supported", "Minutes agree.", [SUPPORTS], expect_revision=revision_of(loaded))
    assert store.read_claim(ID).rationale == "Bob searched the council archive."


def test_cli_show_prints_the_revision_and_changes_take_it(store: Store, capsys):
    root = str(store.root)
    assert main(["--root", root, "review", "show", ID]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("revision:")]
    revision = line.split()[1]
    assert main(["--root", root, "review", "show", ID, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["revision"] == revision == revision_of(store.read_claim(ID))
    assert main(["--root", root, "review", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["revision"] == revision
    set_ = ["--root", root, "review", "set", ID, "--status", "not_enough_evidence", "--reviewer", "bob"]
    assert main([*set_, "--rationale", "Bob searched."]) == 0
    printed = capsys.readouterr().out
    assert printed.rstrip().endswith(f"revision {revision_of(store.read_claim(ID))}")
    with unchanged(store):
        assert main([*set_, "--rationale", "Alice searched.", "--expect-revision", revision]) == 1
    assert "changed since you loaded it" in capsys.readouterr().err
    with unchanged(store):
        assert main([*set_, "--rationale", "Alice searched.", "--expect-revision", "yesterday"]) == 2
    assert "--expect-revision 'yesterday' is not a revision" in capsys.readouterr().err
    current = revision_of(store.read_claim(ID))
    assert main([*set_, "--rationale", "Alice searched.", "--expect-revision", current, "--replace"]) == 0


def test_cli_expect_modified_still_works_and_warns(store: Store, capsys):
    root = str(store.root)
    modified = store.read_claim(ID).modified
    args = ["--root", root, "review", "withdraw", ID, "--reason", "not a claim", "--reviewer", "bob",
            "--expect-modified", modified]
    assert main(args) == 0
    assert "--expect-modified is deprecated" in capsys.readouterr().err
    assert store.read_claim(ID).withdrawn is not None


def _set_times(store: Store, at: str) -> bytes:
    """Date the claim's last change `at` as a machine with a wrong clock would, bypassing the store."""
    path = store.find_claim(ID)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["history"].append({"at": at, "by": "mallory", "action": "edited", "from": None, "to": None, "note": "clock"})
    data["modified"] = at
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path.read_bytes()


def test_a_record_dated_in_the_future_is_refused_not_pinned(store: Store, capsys):
    _set_times(store, "2031-01-01T00:00:00Z")
    alice = Reviewer(store, "alice", now=lambda: FIXED)
    with unchanged(store), pytest.raises(ReviewRefused, match=r"2031-01-01T00:00:00Z .* is in the future"):
        alice.set_status(ID, "not_enough_evidence", "Searched the archive.")
    with unchanged(store):
        code = main(["--root", str(store.root), "review", "set", ID, "--status", "not_enough_evidence",
                     "--rationale", "Searched.", "--reviewer", "alice"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "in the future" in err and "CK107" in err


def test_a_record_slightly_ahead_is_accepted_and_history_stays_in_order(store: Store):
    ahead = FIXED + FUTURE_SKEW - timedelta(seconds=1)
    _set_times(store, format_time(ahead))
    claim = Reviewer(store, "alice", now=lambda: FIXED).set_status(ID, "not_enough_evidence", "Searched.")
    assert claim.modified == format_time(ahead) == claim.history[-1].at
    assert validate(store, now=FIXED).findings == []


def test_validation_flags_times_in_the_future_against_an_injected_clock(store: Store):
    _set_times(store, "2031-01-01T00:00:00Z")
    findings = validate(store, now=datetime(2030, 12, 31, 23, 50, tzinfo=UTC)).findings
    assert {(f.code, f.pointer) for f in findings} == {("CK107", "$.history[1].at"), ("CK107", "$.modified")}
    assert validate(store, now=datetime(2030, 12, 31, 23, 56, tzinfo=UTC)).findings == []  # within the skew


def test_cli_refuses_a_misplaced_record_instead_of_copying_it(store: Store, capsys):
    path = store.find_claim(ID)
    other = store.root / "claims" / "other-doc" / path.name
    other.parent.mkdir()
    path.rename(other)
    before = other.read_bytes()
    code = main(["--root", str(store.root), "review", "set", ID, "--status", "not_enough_evidence",
                 "--rationale", "Searched.", "--reviewer", "alice"])
    assert code == 1
    err = capsys.readouterr().err
    assert "claims/other-doc/" in err and "wrong place" in err and "claimkit validate" in err
    assert [p.relative_to(store.root).as_posix() for p in (store.root / "claims").rglob("*.json")] == [
        f"claims/other-doc/{ID}.json"]
    assert other.read_bytes() == before


@pytest.mark.parametrize(
    "extra,option",
    [
        (["--rationale", "Searched\x1b[2J the archive."], "--rationale"),
        (["--rationale", "Searched.", "--note", "a\x00b"], "--note"),
        (["--rationale", "Searched.", "--reviewer", "ali\x1bce"], "reviewer name"),
        (["--rationale", "Searched.", "--url", "https://e.org/a", "--title", "T\x07", "--publisher", "P",
          "--stance", "context", "--summary", "Says something relevant."], "--title"),
    ],
)
def test_cli_refuses_control_characters_in_what_a_reviewer_types(store: Store, capsys, extra, option):
    args = ["--root", str(store.root), "review", "set", ID, "--status", "not_enough_evidence", *extra]
    if "--reviewer" not in extra:
        args += ["--reviewer", "alice"]
    with unchanged(store):
        assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {option}") and "control character" in err and err.count("\n") == 1


def test_terminal_output_escapes_control_characters_of_the_source(repo: Path, capsys):
    from claimkit.anchoring import quote_for
    from claimkit.digests import sha256_hex
    from claimkit.models import Claim, Document

    text = "Harbor News\nThe mayor said \x1b[2J\x9b31m4,000 people came.\n"
    store = Store(repo)
    store.write_source(Document(schema_version="1.0", doc_id="ctl", title="Harbor News", url=None, language="en",
                                sha256=sha256_hex(text.encode()), length=len(text), retrieved="2026-01-05T10:00:00Z",
                                rights="CC0", regions=[]), text)
    base = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text())
    s0, f0 = text.index("The"), text.index("\x1b")
    f1 = text.index(" people")
    record = base | {
        "id": "ctl-00000001", "doc_id": "ctl", "span": {"start": s0, "end": len(text) - 1}, "text": text[s0:-1],
        "focus": {"start": f0, "end": f1, "text": text[f0:f1]}, "quote": quote_for(text, f0, f1), "entities": [],
    }
    store.write_claim(Claim.model_validate(record))
    for command in (["show", "ctl-00000001"], ["list"], ["log", "ctl-00000001"], ["show", "ctl-00000001", "--json"],
                    ["list", "--json"]):
        assert main(["--root", str(repo), "review", *command]) == 0
        out = capsys.readouterr().out
        assert not any(ch in out for ch in "\x00\x1b\x07\x9b"), command
    assert main(["--root", str(repo), "review", "show", "ctl-00000001"]) == 0
    assert "said [[\\x1b[2J\\x9b31m4,000]] people" in capsys.readouterr().out


def test_history_from_before_the_rule_is_escaped_in_the_log():
    from claimkit.models import Claim, HistoryEntry
    from claimkit.review_cli import format_history

    old = Claim.model_construct(history=[HistoryEntry.model_construct(
        at="2026-01-05T10:00:00Z", by="eve\x1b]0;owned\x07", action="edited", from_=None, to=None, note="a\nb\x1b[2J")])
    line = format_history(old)
    assert "\x1b" not in line and "\x07" not in line and "\n" not in line
    assert "eve\\x1b]0;owned\\x07" in line and "a\\x0ab\\x1b[2J" in line


# -- agreement -------------------------------------------------------------------------------


def test_agreement_kappa(tmp_path: Path):
    base = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text())
    # 10 claims; A and B agree on 7. Known answer computed by hand:
    a = ["supported"] * 5 + ["refuted"] * 3 + ["not_enough_evidence"] * 2
    b = ["supported"] * 4 + ["refuted"] + ["refuted"] * 2 + ["supported"] + ["not_enough_evidence"] * 2
    for who, labels in (("a", a), ("b", b)):
        for i, status in enumerate(labels):
            path = tmp_path / who / "claims" / "example-doc" / f"example-doc-{i:08x}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(base | {"id": f"example-doc-{i:08x}", "status": status}))
    result = agreement(tmp_path / "a", tmp_path / "b")
    assert result.compared == 10 and result.observed == pytest.approx(0.8)
    # p_e = (5*5 + 3*3 + 2*2) / 100 = 0.38 ; kappa = (0.8 - 0.38) / 0.62
    assert result.kappa == pytest.approx((0.8 - 0.38) / 0.62)
    assert result.confusion[("supported", "refuted")] == 1
    assert result.confusion[("refuted", "supported")] == 1


# -- several reviewers at once ---------------------------------------------------------------

PROCESSES = 4
UPDATES = 60
CLAIMS = 3


def _review_worker(root: str, worker: int, start) -> None:
    reviewer = Reviewer(Store(root), f"reviewer-{worker}")
    start.wait()
    for n in range(UPDATES):
        claim_id = f"example-doc-{n % CLAIMS:08x}"
        item = SUPPORTS | {"url": f"https://example.org/w{worker}/n{n}", "stance": "context"}
        reviewer.add_evidence(claim_id, [item])


@pytest.mark.slow
def test_parallel_reviewers_lose_nothing(repo: Path):
    base = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text())
    store = Store(repo)
    from claimkit.models import Claim

    for i in range(CLAIMS):
        store.write_claim(Claim.model_validate(base | {"id": f"example-doc-{i:08x}"} | build.own_focus(base, i)))
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_review_worker, args=(str(repo), w, start)) for w in range(PROCESSES)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(180)
        assert p.exitcode == 0
    total = sum(len(store.read_claim(f"example-doc-{i:08x}").evidence) for i in range(CLAIMS))
    assert total == PROCESSES * UPDATES
    entries = sum(len(store.read_claim(f"example-doc-{i:08x}").history) - 1 for i in range(CLAIMS))
    assert entries == PROCESSES * UPDATES
    assert_clean(store)


def _slow_writer(root: str, ready, round_: int) -> None:
    """Rewrite one claim forever, with a slow fsync so that a kill lands mid-write."""
    import claimkit.store as store_module

    real_fsync = os.fsync

    def slow_fsync(fd):
        time.sleep(0.005)
        real_fsync(fd)

    store_module.os.fsync = slow_fsync
    reviewer = Reviewer(Store(root), "crashy")
    ready.set()
    n = 0
    while True:
        n += 1
        reviewer.add_evidence(ID, [SUPPORTS | {"url": f"https://example.org/{round_}/{n}", "stance": "context",
                                               "summary": "x" * (2000 + n % 500)}])


@pytest.mark.slow
def test_a_killed_writer_leaves_the_old_or_the_new_file(store: Store):
    from claimkit.models import Claim

    ctx = mp.get_context("spawn")
    path = store.find_claim(ID)
    seen = set()
    mid_write = 0
    rounds = 0
    # At least 12 kills; more, with later kills, until one landed mid-write and some writes were
    # finished before a kill: how long a first write takes depends on the machine.
    for round_ in range(40):
        if round_ >= 12 and len(seen) > 1 and mid_write >= 1:
            break
        rounds += 1
        ready = ctx.Event()
        proc = ctx.Process(target=_slow_writer, args=(str(store.root), ready, round_))
        proc.start()
        ready.wait(60)
        time.sleep(0.05 + 0.013 * round_)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(30)
        leftovers = list(path.parent.glob(".*.tmp"))
        mid_write += bool(leftovers)
        for tmp in leftovers:  # what a crash leaves behind is only ever a hidden temporary file
            tmp.unlink()
        claim = Claim.model_validate_json(path.read_bytes())  # parses: never a partial file
        seen.add(len(claim.evidence))
        assert_clean(store)
    assert len(seen) > 1  # the writer did make progress between kills
    assert mid_write >= 1, "no kill landed inside a write; the test did not exercise the window"
    print(f"{mid_write} of {rounds} kills landed mid-write")


# -- reviewing in git ------------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> str:
    env = os.environ | {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def test_two_reviewers_on_two_branches_merge_without_conflict(repo: Path):
    install_example(repo, EXAMPLES / "valid" / "quantity-unverified.json")
    install_example(repo, EXAMPLES / "valid" / "cluster")
    (repo / ".gitignore").write_text(".claimkit/\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "claims")
    _git(repo, "checkout", "-qb", "alice")
    assert main(["--root", str(repo), "review", "set", "example-doc-00000001", "--status", "not_enough_evidence",
                 "--rationale", "Searched the archive; nothing.", "--reviewer", "alice"]) == 0
    diff = _git(repo, "diff", "--stat")
    assert "1 file changed" in diff
    _git(repo, "commit", "-qam", "alice reviews 1")
    _git(repo, "checkout", "-q", "main")
    _git(repo, "checkout", "-qb", "bob")
    assert main(["--root", str(repo), "review", "withdraw", "example-doc-00000006", "--reason", "duplicate", "--reviewer", "bob"]) == 0
    _git(repo, "commit", "-qam", "bob reviews 6")
    _git(repo, "checkout", "-q", "alice")
    _git(repo, "merge", "-q", "--no-edit", "bob")  # raises on a conflict
    store = Store(repo)
    assert store.read_claim("example-doc-00000001").status == "not_enough_evidence"
    assert store.read_claim("example-doc-00000006").withdrawn is not None
    assert_clean(store)


# -- any sequence of commands ----------------------------------------------------------------

from claimkit.errors import ClaimkitError  # noqa: E402
from claimkit.models import STATUSES  # noqa: E402
from hypothesis import settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule  # noqa: E402

stances = st.sampled_from(["supports", "refutes", "context"])


class ReviewSession(RuleBasedStateMachine):
    """Random review commands, valid or not: refused ones change nothing, and the tree stays valid."""

    def __init__(self):
        super().__init__()
        import tempfile

        self._tmp = tempfile.TemporaryDirectory()
        root = Path(self._tmp.name) / "repo"
        shutil.copytree(EXAMPLES / "repo", root)
        (root / "claims").mkdir()
        install_example(root, EXAMPLES / "valid" / "quantity-unverified.json")
        self.store = Store(root)
        self.reviewer = Reviewer(self.store, "fuzzy")
        self.n = 0

    def _try(self, action):
        path = self.store.find_claim(ID)
        before = path.read_bytes()
        try:
            action()
        except ClaimkitError:
            assert path.read_bytes() == before

    def _items(self, kinds):
        out = []
        for stance in kinds:
            self.n += 1
            out.append(SUPPORTS | {"url": f"https://example.org/{self.n}", "stance": stance})
        return out

    @rule(status=st.sampled_from(STATUSES), rationale=st.sampled_from([None, "Because the minutes say so."]),
          kinds=st.lists(stances, max_size=2))
    def set_status(self, status, rationale, kinds):
        self._try(lambda: self.reviewer.set_status(ID, status, rationale, self._items(kinds)))

    @rule(kinds=st.lists(stances, min_size=1, max_size=2))
    def add(self, kinds):
        self._try(lambda: self.reviewer.add_evidence(ID, self._items(kinds)))

    @rule(n=st.integers(0, 4))
    def remove(self, n):
        self._try(lambda: self.reviewer.remove_evidence(ID, n))

    @rule()
    def withdraw(self):
        self._try(lambda: self.reviewer.withdraw(ID, "not a claim"))

    @rule()
    def restore(self):
        self._try(lambda: self.reviewer.restore(ID))

    @invariant()
    def tree_validates(self):
        assert validate(self.store).findings == []

    def teardown(self):
        self._tmp.cleanup()


ReviewSession.TestCase.settings = settings(max_examples=40, stateful_step_count=15, deadline=None)
test_any_sequence_of_review_commands_keeps_the_tree_valid = ReviewSession.TestCase
