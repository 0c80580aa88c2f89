"""Reviewing as a team (issue 14): agreement on the claims both sides reviewed, flags for a
second opinion, confirming before a verdict is replaced, progress per reviewer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import build
import pytest
from claimkit.cli import main
from claimkit.models import Claim
from claimkit.review import AlreadyDone, Reviewer, VerdictExists, agreement, flag_of, progress
from claimkit.store import Store
from claimkit.validate import validate
from conftest import EXAMPLES

DOC = "example-doc"
IDS = [f"{DOC}-{n:08x}" for n in range(1, 11)]
SOURCE = {
    "url": "https://records.harbor-town.example/minutes/{n}",
    "title": "Minutes of the council",
    "publisher": "Harbor Town Council",
    "published": "2021-03-04",
    "stance": "supports",
    "summary": "The minutes of the council meeting settle the point in question.",
}


def fresh_checkout(root: Path) -> Path:
    """A small repository: the example document and ten unverified claims on it."""
    shutil.copytree(EXAMPLES / "repo", root)
    (root / "claims").mkdir()
    base = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text())
    store = Store(root)
    for n, claim_id in enumerate(IDS):
        # Each its own focus: ten live claims of one focus and type would be one proposition (CK303).
        store.write_claim(Claim.model_validate(base | {"id": claim_id} | build.own_focus(base, n)))
    return root


def review(root: Path, who: str, claim_id: str, status: str, rationale: str) -> None:
    args = ["--root", str(root), "review", "set", claim_id, "--status", status, "--rationale", rationale, "--reviewer", who]
    if status in ("supported", "refuted"):
        stance = "supports" if status == "supported" else "refutes"
        args += ["--url", SOURCE["url"].format(n=claim_id[-2:]), "--title", SOURCE["title"], "--publisher",
                 SOURCE["publisher"], "--stance", stance, "--summary", SOURCE["summary"]]
    assert main(args) == 0


@pytest.fixture
def checkouts(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies reviewed by Alice and Bob. One claim was reviewed before the copies parted;
    both then review three more, and agree on two of them."""
    base = fresh_checkout(tmp_path / "base")
    review(base, "carol", IDS[9], "supported", "Carol checked the minutes before the split.")
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    shutil.copytree(base, alice)
    shutil.copytree(base, bob)
    review(alice, "alice", IDS[0], "supported", "The minutes show the vote.")
    review(bob, "bob", IDS[0], "supported", "The council's minutes agree.")
    review(alice, "alice", IDS[1], "not_enough_evidence", "Searched the archive; nothing.")
    review(bob, "bob", IDS[1], "not_enough_evidence", "Nothing in the council archive or the local paper.")
    review(alice, "alice", IDS[2], "supported", "The mayor's office confirms it.")
    review(bob, "bob", IDS[2], "refuted", "The published budget gives another figure.")
    review(bob, "bob", IDS[3], "refuted", "Only Bob looked at this one.")  # Alice left it unverified
    assert main(["--root", str(alice), "review", "withdraw", IDS[4], "--reason", "not a claim", "--reviewer", "alice"]) == 0
    return alice, bob


def test_agreement_counts_only_claims_both_reviewed(checkouts):
    alice, bob = checkouts
    result = agreement(alice, bob)
    assert result.compared == 3 and result.agreed == 2
    # Counting every shared claim, as before, gave 7 of 9: the four nobody reviewed and Carol's agreed.
    assert result.observed == pytest.approx(2 / 3)
    assert result.left_out == {"unverified_both": 4, "only_b_reviewed": 1, "withdrawn": 1, "same_review": 1}
    # A: supported 2, nee 1; B: supported 1, refuted 1, nee 1. p_e = (2*1 + 1*1) / 9 = 1/3.
    assert result.kappa == pytest.approx((2 / 3 - 1 / 3) / (1 - 1 / 3))
    assert result.per_status["supported"] == {"a": 2, "b": 1, "both": 1, "agreement": pytest.approx(2 / 3)}
    assert result.per_status["not_enough_evidence"]["agreement"] == 1.0
    assert result.per_status["refuted"] == {"a": 0, "b": 1, "both": 0, "agreement": 0.0}
    [d] = result.disagreements
    assert d["id"] == IDS[2]
    assert d["a"] == {"status": "supported", "by": "alice", "rationale": "The mayor's office confirms it."}
    assert d["b"] == {"status": "refuted", "by": "bob", "rationale": "The published budget gives another figure."}


def test_agreement_on_the_command_line(checkouts, capsys):
    alice, bob = checkouts
    assert main(["review", "agreement", str(alice), str(bob)]) == 0
    out = capsys.readouterr().out
    assert "claims compared: 3 (reviewed in both A and B)" in out
    assert "left out:        7 (unverified in both: 4; reviewed in B only (unverified in A): 1; withdrawn in A or B: 1; " \
           "the same review in both (made before the two copies parted): 1)" in out
    assert "raw agreement:   0.667 (2 of 3)" in out and "Cohen's kappa:   0.500" in out
    assert "disagreements to adjudicate (1):" in out
    assert "A supported (alice): The mayor's office confirms it." in out
    assert "B refuted (bob): The published budget gives another figure." in out
    assert main(["review", "agreement", str(alice), str(bob), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["compared"] == 3 and data["cohen_kappa"] == pytest.approx(0.5)
    assert {row["reason"]: row["count"] for row in data["left_out"]}["unverified_both"] == 4
    assert data["disagreements"][0]["b"]["rationale"] == "The published budget gives another figure."


def test_agreement_with_nothing_reviewed_in_common(tmp_path):
    a, b = fresh_checkout(tmp_path / "a"), fresh_checkout(tmp_path / "b")
    result = agreement(a, b)
    assert result.compared == 0 and result.kappa is None and result.left_out == {"unverified_both": 10}
    assert result.observed == 0.0 and result.disagreements == []



def test_a_blind_copy_hides_every_verdict_and_the_second_review_is_compared(checkouts, tmp_path, capsys):
    alice, _ = checkouts
    assert main(["--root", str(alice), "review", "flag", IDS[0], "--comment", "Check the date.", "--reviewer", "alice"]) == 0
    second = tmp_path / "second"
    assert main(["--root", str(alice), "review", "blind-copy", str(second)]) == 0
    assert "copied 1 document(s) and 10 claim(s)" in capsys.readouterr().out
    assert validate(Store(second)).findings == []
    for claim_id in IDS:
        original, blind = Store(alice).read_claim(claim_id), Store(second).read_claim(claim_id)
        assert (blind.focus, blind.type, blind.value, blind.statement) == (original.focus, original.type, original.value,
                                                                           original.statement)
        assert blind.withdrawn == original.withdrawn  # a withdrawn claim is not offered for review
        if blind.withdrawn is None:
            assert (blind.status, blind.evidence, blind.rationale) == ("unverified", [], None)
        # Nothing in the history tells what the first reviewers concluded or asked.
        assert {e.action for e in blind.history} <= {"created", "withdrawn"}
        assert "alice" not in Store(second).read_bytes(Store(second).find_claim(claim_id)).decode() or blind.withdrawn
    review(second, "bob", IDS[0], "supported", "The minutes show it.")
    review(second, "bob", IDS[2], "refuted", "Another figure in the budget.")
    result = agreement(alice, second)
    assert result.compared == 2 and result.agreed == 1  # IDS[0] agrees, IDS[2] does not
    assert result.left_out["only_a_reviewed"] == 2  # Carol's and Alice's other verdicts, not yet redone


def test_a_blind_copy_never_writes_over_a_folder_with_something_in_it(checkouts, tmp_path, capsys):
    alice, bob = checkouts
    before = sorted(p.read_bytes() for p in bob.rglob("*.json"))
    assert main(["--root", str(alice), "review", "blind-copy", str(bob)]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert sorted(p.read_bytes() for p in bob.rglob("*.json")) == before


# -- a second opinion ------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(fresh_checkout(tmp_path / "repo"))


def test_a_flag_asks_for_a_second_opinion_and_is_kept_in_history(store: Store):
    alice, bob = Reviewer(store, "alice"), Reviewer(store, "bob")
    claim = alice.flag(IDS[0], "Is 4.2 million the approved or the proposed budget?")
    standing = flag_of(claim)
    assert (standing.by, standing.action, standing.note) == ("alice", "flagged", "Is 4.2 million the approved or the proposed budget?")
    with pytest.raises(AlreadyDone, match="already flagged by alice"):
        bob.flag(IDS[0], "me too")
    claim = bob.unflag(IDS[0], note="The minutes say approved.")
    assert flag_of(claim) is None and claim.history[-1].action == "unflagged"
    with pytest.raises(AlreadyDone, match="not flagged"):
        bob.unflag(IDS[0])
    assert validate(store).findings == []


# -- confirm before replacing a verdict -------------------------------------------------------


def test_replacing_a_verdict_needs_confirmation(store: Store, capsys):
    alice, bob = Reviewer(store, "alice"), Reviewer(store, "bob")
    alice.set_status(IDS[0], "not_enough_evidence", "Searched the archive; nothing.")
    path = store.find_claim(IDS[0])
    before = path.read_bytes()
    with pytest.raises(VerdictExists) as exc:
        bob.set_status(IDS[0], "not_enough_evidence", "I searched more carefully.")
    assert (exc.value.status, exc.value.by, exc.value.rationale) == ("not_enough_evidence", "alice", "Searched the archive; nothing.")
    assert path.read_bytes() == before
    # Evidence added to a standing verdict, or a note, replaces nothing.
    bob.add_evidence(IDS[0], [SOURCE | {"url": "https://example.org/context", "stance": "context"}])
    claim = bob.set_status(IDS[0], "not_enough_evidence", "I searched more carefully.", replace=True)
    assert claim.rationale == "I searched more carefully."
    last = claim.history[-1]  # the verdict is given again, now in Bob's name
    assert (last.action, last.by, last.from_, last.to, last.note) == (
        "status", "bob", "not_enough_evidence", "not_enough_evidence", "rationale replaced")
    args = ["--root", str(store.root), "review", "set", IDS[0], "--status", "unverified", "--reviewer", "alice"]
    before = path.read_bytes()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "already has the verdict 'not_enough_evidence' by bob" in err and "pass --replace" in err
    assert path.read_bytes() == before
    assert main([*args, "--replace"]) == 0
    assert store.read_claim(IDS[0]).status == "unverified"


def test_progress_per_reviewer(checkouts):
    alice, _ = checkouts
    Reviewer(Store(alice), "alice").flag(IDS[5], "unsure")
    figures = progress(Store(alice).iter_claims(DOC))
    assert (figures["claims"], figures["reviewed"], figures["left"], figures["withdrawn"], figures["flagged"]) == (10, 4, 5, 1, 1)
    assert figures["reviewers"]["alice"] == {"reviewed": 3, "withdrawn": 1, "flagged": 1, "left": 6}
    assert figures["reviewers"]["carol"] == {"reviewed": 1, "withdrawn": 0, "flagged": 0, "left": 8}
    assert set(figures["reviewers"]) == {"alice", "carol"}
