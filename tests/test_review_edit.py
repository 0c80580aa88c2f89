"""Reviewers complete and correct the record (issue 14): adding a claim, editing one, the
correction path after a source changes, every problem of a refused change at once, bulk changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from claimkit.cli import main
from claimkit.errors import RecordInvalid, UsageError
from claimkit.ingest import ingest
from claimkit.review import (
    HAND_EXTRACTOR,
    HAND_RULE,
    AlreadyDone,
    Annotation,
    ChangeRefused,
    InputRefused,
    Place,
    Reviewer,
    ReviewRefused,
    sentence_around,
)
from claimkit.store import Store
from claimkit.validate import validate
from conftest import EXAMPLES, install_example

DOC = "example-doc"
BUDGET = "example-doc-00000001"  # "about 4.2 million euros", quantity, unverified
SUPPORTS = {
    "url": "https://records.harbor-town.example/minutes/1",
    "title": "Minutes of 3 March 2021",
    "publisher": "Harbor Town Council",
    "published": "2021-03-04",
    "stance": "supports",
    "summary": "The minutes show the council voting through a budget of 4.2 million euros.",
}


def fake_annotate(sentence: str) -> Annotation:
    """What spaCy would say, without loading it: a fixed score, and "Harbor Town" as a place."""
    at = sentence.find("Harbor Town")
    entities = [] if at < 0 else [{"start": at, "end": at + 11, "label": "GPE", "text": "Harbor Town"}]
    return Annotation(0.61, entities, "test-pipeline 1.0")


@pytest.fixture
def store(repo: Path) -> Store:
    install_example(repo, EXAMPLES / "valid" / "quantity-unverified.json")
    return Store(repo)


@pytest.fixture
def ada(store: Store) -> Reviewer:
    return Reviewer(store, "ada", annotate=fake_annotate)


def text_of(store: Store) -> str:
    return store.read_text(DOC)


def assert_clean(store: Store) -> None:
    assert validate(store).findings == []


def snapshot(store: Store) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(store.claims_dir.rglob("*.json"))}


# -- adding a claim ----------------------------------------------------------------------------


def test_a_claim_added_by_text_gets_its_sentence_provenance_and_history(store: Store, ada: Reviewer):
    claim = ada.add_claim(DOC, Place(text="approved a budget"), "event",
                          statement="Harbor Town's council approved its budget on 3 March 2021.")
    text = text_of(store)
    assert claim.focus.text == "approved a budget" and text[claim.focus.start:claim.focus.end] == "approved a budget"
    assert claim.text == "The council of Harbor Town approved a budget of about 4.2 million euros on 3 March 2021."
    assert (claim.provenance.extractor, claim.provenance.rule, claim.provenance.pipeline) == (
        HAND_EXTRACTOR, HAND_RULE, "test-pipeline 1.0")
    [created] = claim.history
    assert (created.action, created.by, created.to, created.note) == ("created", "ada", "unverified", "added by hand")
    assert claim.check_worthiness == 0.61
    assert [(e.text, e.label) for e in claim.entities] == [("Harbor Town", "GPE")]
    assert claim.statement.startswith("Harbor Town's council") and claim.status == "unverified"
    assert claim.quote.exact == "approved a budget" and claim.id.startswith(f"{DOC}-")
    assert store.read_claim(claim.id) == claim
    assert_clean(store)


def test_a_claim_added_by_offsets_reads_its_value_from_the_focus(store: Store, ada: Reviewer):
    text = text_of(store)
    start = text.index("1,200 passengers a day")
    claim = ada.add_claim(DOC, Place(start=start, end=start + len("1,200 passengers a day")), "quantity")
    assert claim.value.model_dump() == {"kind": "quantity", "amount": 1200, "unit": "passengers", "approximate": False}
    assert claim.text.startswith("Mayor Lena") and claim.text.endswith("a day.")
    assert_clean(store)


def test_a_text_that_occurs_several_times_needs_its_occurrence(store: Store, ada: Reviewer):
    text = text_of(store)
    before = snapshot(store)
    with pytest.raises(InputRefused, match=r"occurs 3 times \(at 0, 42, 299\)"):
        ada.add_claim(DOC, Place(text="Harbor Town"), "state", check_worthiness=0.5)
    with pytest.raises(InputRefused, match="occurs 3 time"):
        ada.add_claim(DOC, Place(text="Harbor Town", occurrence=4), "state", check_worthiness=0.5)
    assert snapshot(store) == before
    claim = ada.add_claim(DOC, Place(text="Harbor Town", occurrence=2), "state", check_worthiness=0.5)
    assert claim.focus.start == text.index("Harbor Town", 1) == 42 and claim.text.startswith("The council")


def test_a_date_claim_takes_a_date_its_focus_gives_or_none_on_purpose(store: Store, ada: Reviewer):
    before = snapshot(store)
    # A value of another kind breaks its rule.
    with pytest.raises(RecordInvalid) as exc:
        ada.add_claim(DOC, Place(text="1836"), "date", check_worthiness=0.5,
                      value={"kind": "quantity", "amount": 1836, "unit": None, "approximate": False})
    assert [f.code for f in exc.value.findings] == ["CK209"]
    # No date can be read from a focus that holds none: the reviewer gives it, or says there is none.
    with pytest.raises(InputRefused, match="no date can be read from the focus 'founded in'"):
        ada.add_claim(DOC, Place(text="founded in"), "date", check_worthiness=0.5)
    assert snapshot(store) == before
    claim = ada.add_claim(DOC, Place(text="1836"), "date", check_worthiness=0.5)
    assert claim.text == "The town, founded in 1836, is the only port on the coast with a deep-water berth."
    assert claim.value.model_dump() == {"kind": "date", "value": "1836", "precision": "year", "qualifier": None}
    # An explicit empty value is a date that cannot be normalized (ANNOTATION.md §2): allowed.
    undated = ada.add_claim(DOC, Place(text="3 March 2021"), "date", value=None, check_worthiness=0.5)
    assert undated.value is None and validate(store).findings == []


def test_adding_a_claim_twice_or_in_noise_is_refused(store: Store, ada: Reviewer):
    with pytest.raises(ChangeRefused, match=f"{BUDGET} already has this focus"):
        ada.add_claim(DOC, Place(text="about 4.2 million euros"), "quantity", check_worthiness=0.5)
    with pytest.raises(RecordInvalid) as exc:
        ada.add_claim(DOC, Place(text="Weather in Harbor Town today"), "state", check_worthiness=0.5)
    assert [f.code for f in exc.value.findings] == ["CK208"]
    assert [c.id for c in store.iter_claims(DOC)] == [BUDGET]


def test_every_problem_of_a_new_claim_is_listed_at_once(store: Store, ada: Reviewer):
    with pytest.raises(InputRefused) as exc:
        ada.add_claim(DOC, Place(text="no such words in the article"), "fact", statement="bad\x1b[2J",
                      check_worthiness=2.0)
    fields = [p.field for p in exc.value.problems]
    assert fields == ["type", "statement", "check_worthiness", "focus"]
    assert all(p.message and p.fix for p in exc.value.problems)
    assert str(exc.value).count("\n") == 4  # a heading line and one line per problem


def test_sentence_around_keeps_abbreviations_and_line_breaks():
    text = "Intro line\nMr. Smith met Dr. Jones in the U.S. capital on 4 May. He left at 9 a.m. The end.\nNext"
    start = text.index("Dr. Jones")
    assert text[slice(*sentence_around(text, start, start + 9))] == "Mr. Smith met Dr. Jones in the U.S. capital on 4 May."
    start = text.index("He left")
    assert text[slice(*sentence_around(text, start, start + 7))] == "He left at 9 a.m."
    start = text.index("Next")
    assert text[slice(*sentence_around(text, start, start + 4))] == "Next"
    # A focus across a sentence end takes both sentences.
    start = text.index("4 May")
    end = text.index("He left") + 7
    assert text[slice(*sentence_around(text, start, end))].startswith("Mr. Smith") and "He left" in text[slice(*sentence_around(text, start, end))]


# -- editing a claim ---------------------------------------------------------------------------


def test_writing_a_statement_keeps_what_it_was_and_what_it_became(store: Store, ada: Reviewer):
    claim = ada.edit(BUDGET, statement="Harbor Town approved a budget of about 4.2 million euros on 3 March 2021.")
    assert claim.statement.startswith("Harbor Town approved")
    entry = claim.history[-1]
    assert (entry.action, entry.by) == ("edited", "ada")
    assert entry.note == 'statement: none → "Harbor Town approved a budget of about 4.2 million euros on 3 March 2021."'
    claim = ada.edit(BUDGET, statement=None)
    assert claim.statement is None and claim.history[-1].note.endswith("→ none")
    with pytest.raises(ReviewRefused, match="changes nothing"):
        ada.edit(BUDGET, statement=None)
    assert_clean(store)


def test_moving_the_focus_of_a_reviewed_claim_resets_its_status_unless_confirmed(store: Store, ada: Reviewer):
    ada.set_status(BUDGET, "supported", "The minutes record the vote.", [SUPPORTS])
    claim = ada.edit(BUDGET, focus=Place(text="4.2 million euros"))
    assert claim.focus.text == "4.2 million euros" and claim.status == "unverified"
    moved, value, status = claim.history[-3:]
    assert moved.action == "moved" and '"about 4.2 million euros" →' in moved.note and '"4.2 million euros"' in moved.note
    assert value.note == "value: about 4200000 euros → 4200000 EUR"
    assert (status.action, status.from_, status.to) == ("status", "supported", "unverified")
    assert "the focus text changed" in status.note
    assert claim.evidence and claim.rationale  # kept for whoever sets the verdict again
    ada.set_status(BUDGET, "supported", "The minutes record the vote.")
    claim = ada.edit(BUDGET, focus=Place(text="about 4.2 million euros"), keep_status=True)
    assert claim.status == "supported" and claim.history[-1].action == "edited"  # the value, not the status
    assert_clean(store)


def test_type_value_and_span_edits(store: Store, ada: Reviewer):
    claim = ada.edit(BUDGET, type_="event", focus=Place(text="approved a budget"))
    assert claim.type == "event" and claim.value is None
    assert [e.action for e in claim.history[-3:]] == ["moved", "edited", "edited"]
    with pytest.raises(InputRefused) as exc:
        ada.edit(BUDGET, type_="date", value={"kind": "date", "value": "3 March 2021"})
    assert [p.field for p in exc.value.problems] == ["value.date"]
    claim = ada.edit(BUDGET, type_="date", focus=Place(text="3 March 2021"))
    assert claim.value.model_dump() == {"kind": "date", "value": "2021-03-03", "precision": "day", "qualifier": None}
    claim = ada.edit(BUDGET, value={"kind": "date", "value": "2021-03", "qualifier": "early"})
    assert claim.value.precision == "month" and claim.history[-1].note == "value: 2021-03-03 (day) → 2021-03 (month, early)"
    text = text_of(store)
    whole = "The council of Harbor Town approved a budget of about 4.2 million euros on 3 March 2021. [4]"
    claim = ada.edit(BUDGET, span=Place(start=text.index(whole), end=text.index(whole) + len(whole)))
    assert claim.text == whole and claim.history[-1].action == "moved"
    assert_clean(store)


def test_clusters_are_set_merged_and_cleared_without_a_lonely_member(store: Store, ada: Reviewer, repo: Path):
    install_example(repo, EXAMPLES / "valid" / "cluster")  # 00000006 and 00000007 share example-doc-budget
    claim = ada.edit(BUDGET, same_as="example-doc-00000006")
    assert claim.cluster == "example-doc-budget"
    assert claim.history[-1].note == "cluster: none → example-doc-budget"
    assert_clean(store)
    # Leaving: the cluster keeps two members.
    ada.edit("example-doc-00000007", cluster=None)
    assert store.read_claim("example-doc-00000006").cluster == "example-doc-budget"
    assert_clean(store)
    # The next to leave would leave one member alone: that one leaves too, with its own history entry.
    ada.edit(BUDGET, cluster=None)
    lonely = store.read_claim("example-doc-00000006")
    assert lonely.cluster is None and "its only other member left" in lonely.history[-1].note
    assert_clean(store)
    # Starting a cluster with another claim sets it on both; an unknown cluster is refused.
    ada.edit(BUDGET, same_as="example-doc-00000007")
    assert store.read_claim(BUDGET).cluster == store.read_claim("example-doc-00000007").cluster is not None
    with pytest.raises(InputRefused, match="no other claim"):
        ada.edit("example-doc-00000006", cluster="example-doc-nothing")
    assert_clean(store)


# -- no dead ends: a corrected source ------------------------------------------------------------


def correct_source(store: Store, tmp_path: Path, old: str, new: str) -> None:
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(text_of(store).replace(old, new), encoding="utf-8")
    ingest(store, corrected, DOC, force=True, retrieved="2026-01-05T12:00:00Z")


def test_a_claim_whose_text_is_gone_can_be_withdrawn_and_the_tree_is_valid_again(store: Store, ada: Reviewer, tmp_path):
    correct_source(store, tmp_path, "about 4.2 million euros", "a budget of record size")
    assert {f.code for f in validate(store).findings} >= {"CK205", "CK206"}
    claim = ada.withdraw(BUDGET, "the corrected article no longer gives a figure")
    assert claim.withdrawn is not None and claim.focus.text == "about 4.2 million euros"  # kept as it was
    assert_clean(store)
    # Restoring it would bring back a claim that matches nothing: refused with the rules it breaks.
    with pytest.raises(RecordInvalid) as exc:
        ada.restore(BUDGET)
    assert "CK205" in {f.code for f in exc.value.findings}
    # Its focus can be moved while it is withdrawn, and then it can be restored.
    ada.edit(BUDGET, focus=Place(text="a budget of record size"), type_="state")
    assert ada.restore(BUDGET).withdrawn is None
    assert_clean(store)


def test_a_claim_whose_text_moved_gets_its_focus_moved_and_keeps_its_verdict(store: Store, ada: Reviewer, tmp_path):
    ada.set_status(BUDGET, "supported", "The minutes record the vote.", [SUPPORTS])
    correct_source(store, tmp_path, "The council of Harbor Town approved", "The town council of Harbor Town finally approved")
    assert {f.code for f in validate(store).findings} >= {"CK205"}
    # Another change to the stale record lists what is wrong with it, and how to fix it.
    with pytest.raises(RecordInvalid) as exc:
        ada.edit(BUDGET, statement="Harbor Town's budget was about 4.2 million euros.")
    assert {"CK205", "CK206"} <= {f.code for f in exc.value.findings}
    # The focus text is the same, only its place moved: the verdict stays without asking.
    claim = ada.edit(BUDGET, focus=Place(text="about 4.2 million euros"))
    assert claim.status == "supported" and claim.text.startswith("The town council of Harbor Town finally approved")
    assert [e.action for e in claim.history[-2:]] == ["moved", "moved"]
    assert all(e.text == text_of(store)[e.start:e.end] for e in claim.entities)
    assert_clean(store)


def test_the_correction_path_on_the_command_line(store: Store, tmp_path, capsys):
    root = str(store.root)
    install_example(store.root, EXAMPLES / "valid" / "date-supported.json")  # 00000002, "3 March 2021"
    correct_source(store, tmp_path, "about 4.2 million euros on 3 March 2021", "a record budget in early March 2021")
    assert main(["--root", root, "validate"]) == 1
    capsys.readouterr()
    assert main(["--root", root, "review", "withdraw", BUDGET, "--reason", "the figure is gone", "--reviewer", "ada"]) == 0
    assert main(["--root", root, "review", "edit", "example-doc-00000002", "--focus", "early March 2021",
                 "--reviewer", "ada"]) == 0
    out = capsys.readouterr().out
    assert "moved: focus" in out and "status supported → unverified" in out and "value: 2021-03-03 (day) → 2021-03 (month, early)" in out
    assert main(["--root", root, "validate"]) == 0


# -- every problem at once -----------------------------------------------------------------------


def test_a_refused_verdict_lists_every_problem_at_once(store: Store, capsys):
    before = snapshot(store)
    args = ["--root", str(store.root), "review", "set", BUDGET, "--status", "supported", "--reviewer", "ada",
            "--url", "ftp://records.example/1", "--stance", "supports", "--summary", "too short", "--published", "March 2021"]
    assert main(args) == 2
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert lines[0] == f"Error: claim {BUDGET}: 6 problems, nothing was written:"
    for expected in ("--url 'ftp://records.example/1' (evidence item 1): is not an http:// or https:// address",
                     "--title (evidence item 1): is missing; give the page's title",
                     "--publisher (evidence item 1): is missing",
                     "--summary 'too short' (evidence item 1): is 9 characters long; it needs at least 10",
                     "--published 'March 2021' (evidence item 1): is not a date",
                     "$.rationale: status 'supported' needs a rationale [CK101 rationale-for-status]"):
        assert any(expected in line for line in lines), (expected, err)
    # The stance was fine and stood in for the broken item: no spurious "needs supporting evidence".
    assert "CK104" not in err
    assert snapshot(store) == before


def test_limits_are_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["review", "set", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "at least 10 characters" in out and "YYYY, YYYY-MM or YYYY-MM-DD" in out
    with pytest.raises(SystemExit):
        main(["review", "add", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--occurrence" in out and "198X" in out and "stands alone" in out


# -- bulk ----------------------------------------------------------------------------------------


@pytest.fixture
def many(store: Store, repo: Path) -> Store:
    for name in ("date-supported.json", "year-refuted.json", "comparison-conflicting.json", "restored.json"):
        install_example(repo, EXAMPLES / "valid" / name)
    return store


def test_bulk_withdraw_by_filter_is_one_history_entry_per_claim(many: Store, capsys):
    root = str(many.root)
    before = snapshot(many)
    assert main(["--root", root, "review", "withdraw", "--type", "date", "--reason", "dates are background here",
                 "--reviewer", "ada", "--dry-run"]) == 0
    assert "2 claim(s) would be withdrawn" in capsys.readouterr().out and snapshot(many) == before
    assert main(["--root", root, "review", "withdraw", "--type", "date", "--reason", "dates are background here",
                 "--reviewer", "ada"]) == 0
    out = capsys.readouterr().out
    assert "2 claim(s) withdrawn, 0 skipped, 0 refused" in out
    for claim_id in ("example-doc-00000002", "example-doc-00000004"):
        claim = many.read_claim(claim_id)
        assert claim.withdrawn is not None and claim.history[-1].action == "withdrawn"
    assert many.read_claim(BUDGET).withdrawn is None
    # Restore by filter takes the withdrawn ones; ids and filters do not mix; no filter at all is refused.
    assert main(["--root", root, "review", "restore", "--doc", DOC, "--reviewer", "ada"]) == 0
    assert "2 claim(s) restored" in capsys.readouterr().out
    assert main(["--root", root, "review", "withdraw", "--reason", "x", "--reviewer", "ada"]) == 2
    assert "say which claims" in capsys.readouterr().err
    assert main(["--root", root, "review", "withdraw", BUDGET, "--type", "date", "--reason", "x", "--reviewer", "ada"]) == 2
    assert_clean(many)


def test_bulk_flag_by_ids_skips_what_is_done_and_reports_what_is_refused(many: Store, capsys):
    root = str(many.root)
    ada = Reviewer(many, "ada")
    ada.flag("example-doc-00000002", "check the date format")
    assert main(["--root", root, "review", "flag", BUDGET, "example-doc-00000002", "example-doc-0000dead",
                 "--comment", "second opinion please", "--reviewer", "ada"]) == 1
    captured = capsys.readouterr()
    assert f"{BUDGET}: flagged" in captured.out
    assert "example-doc-00000002: skipped: claim example-doc-00000002 is already flagged by ada" in captured.out
    assert "Error: example-doc-0000dead: no claim" in captured.err
    assert "1 claim(s) flagged, 1 skipped, 1 refused" in captured.out
    assert main(["--root", root, "review", "list", "--flagged"]) == 0
    out = capsys.readouterr().out
    assert "2 claim(s)" in out and "(flagged)" in out
    assert main(["--root", root, "review", "unflag", "--flagged", "--note", "agreed", "--reviewer", "bob"]) == 0
    assert "2 claim(s) unflagged" in capsys.readouterr().out
    assert_clean(many)


def test_bulk_is_all_or_nothing_per_claim(many: Store):
    result = Reviewer(many, "ada").bulk([BUDGET, "example-doc-00000002"], "withdraw", reason="not claims")
    assert [c.id for c in result.changed] == [BUDGET, "example-doc-00000002"] and not result.refused
    again = Reviewer(many, "ada").bulk([BUDGET], "withdraw", reason="again")
    assert again.skipped and not again.changed
    with pytest.raises(AlreadyDone):
        Reviewer(many, "ada").withdraw(BUDGET, "again")
    with pytest.raises(UsageError, match="--reason"):
        Reviewer(many, "ada").bulk([BUDGET], "withdraw", reason=" ")


# -- the review add/edit commands ----------------------------------------------------------------


def test_add_and_edit_on_the_command_line(store: Store, capsys):
    root = str(store.root)
    assert main(["--root", root, "review", "add", DOC, "--focus", "is the only port on the coast", "--type", "comparison",
                 "--statement", "Harbor Town is the only port on its coast with a deep-water berth.",
                 "--check-worthiness", "0.7", "--reviewer", "ada"]) == 0
    out = capsys.readouterr().out
    claim_id = out.split(":")[0]
    claim = store.read_claim(claim_id)
    assert claim.provenance.extractor == "hand" and claim.provenance.pipeline == "none" and claim.check_worthiness == 0.7
    assert main(["--root", root, "review", "edit", claim_id, "--type", "state", "--reviewer", "bob"]) == 0
    assert "edited: type: comparison → state" in capsys.readouterr().out
    assert main(["--root", root, "review", "show", claim_id]) == 0
    shown = capsys.readouterr().out
    assert "origin:     added by hand by ada" in shown and "statement:  Harbor Town is the only port" in shown
    assert main(["--root", root, "review", "edit", claim_id, "--at", "5:2", "--reviewer", "bob"]) == 2
    assert "5..2 is not a range inside the text" in capsys.readouterr().err
    assert_clean(store)


# -- the whole correction path, with the extractor (loads the trained pipeline) ---------------------

HARBOUR = (
    "Harbour and Bridge\n"
    "The Kessler Bridge was opened in Lisbon on 3 March 1987. Roughly 12,000 residents were evacuated after the dam "
    "failed in July 2019.\n"
    "Finland has an embassy in Nairobi. Norway joined the European Free Trade Association in May 1960.\n"
)
HARBOUR_CORRECTED = (
    "Harbour and Bridge\n"
    "The Kessler Bridge was opened in Lisbon on 3 March 1987.\n"
    "Finland opened an embassy in Nairobi in 1979. Norway joined the European Free Trade Association in May 1960.\n"
)


def overlapping(store: Store, claim_id: str) -> list[str]:
    """Other records of the document whose focus overlaps this claim's with the same type, or sits
    at the very same offsets: what re-extraction must never create next to a reviewer's claim."""
    mine = store.read_claim(claim_id)
    out = []
    for other in store.iter_claims(mine.doc_id):
        same_place = (other.focus.start, other.focus.end) == (mine.focus.start, mine.focus.end)
        overlaps = other.focus.start < mine.focus.end and mine.focus.start < other.focus.end
        if other.id != mine.id and other.withdrawn is None and (same_place or (overlaps and other.type == mine.type)):
            out.append(other.id)
    return out


@pytest.mark.model
def test_the_correction_path_end_to_end(tmp_path: Path, capsys):
    root = tmp_path / "repo"
    (root / "claims").mkdir(parents=True)
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR, encoding="utf-8")
    r = ["--root", str(root)]
    as_ada = ["--reviewer", "ada"]
    assert main([*r, "ingest", str(article), "--doc-id", "harbour", "--retrieved", "2026-01-01T00:00:00Z"]) == 0
    capsys.readouterr()
    store = Store(root)

    # Claims a reviewer adds before the extractor runs: extraction merges its proposals into them.
    def add(*args: str) -> str:
        assert main([*r, "review", "add", "harbour", *args, *as_ada]) == 0
        return capsys.readouterr().out.split(":")[0]

    opened = add("--focus", "opened in Lisbon", "--type", "event")  # scored and tagged by spaCy
    residents = add("--focus", "12,000 residents", "--type", "quantity", "--check-worthiness", "0.9")
    july = add("--focus", "July 2019", "--type", "event", "--check-worthiness", "0.9")
    assert store.read_claim(opened).entities and store.read_claim(opened).provenance.pipeline.startswith("en_core_web_sm")
    assert main([*r, "extract", "harbour", "--quiet"]) == 0
    # "was opened in Lisbon" (event) and "Roughly 12,000 residents" (quantity) overlap a claim of
    # their type, the date "July 2019" sits on a claim's very offsets: none is created.
    for claim_id in (opened, residents, july):
        assert overlapping(store, claim_id) == [], claim_id
    focus_texts = [c.focus.text for c in store.iter_claims("harbour")]
    # (A state's focus is its predicate, ANNOTATION.md §3.)
    assert "3 March 1987" in focus_texts and "has an embassy in Nairobi" in focus_texts
    embassy = next(c.id for c in store.iter_claims("harbour") if c.focus.text == "has an embassy in Nairobi")
    assert main([*r, "review", "set", embassy, "--status", "supported", "--rationale", "The embassy's own site.", "--url", "https://um.fi/nairobi", "--title", "Embassy of Finland, Nairobi",
                 "--publisher", "Ministry for Foreign Affairs of Finland", "--stance", "supports", "--summary", "Finland's foreign ministry lists its embassy in Nairobi.", *as_ada]) == 0

    # The source is corrected: one sentence is gone, another reworded.
    article.write_text(HARBOUR_CORRECTED, encoding="utf-8")
    assert main([*r, "ingest", str(article), "--doc-id", "harbour", "--force"]) == 0
    capsys.readouterr()
    assert main([*r, "extract", "harbour", "--quiet"]) == 1
    err = capsys.readouterr().err
    for claim_id in (residents, july, embassy):
        assert f"{claim_id}.json: cannot re-anchor" in err and "move its focus or withdraw it" in err
    # The extractor's own claims on the dropped sentence are lost too.
    lost = set(re.findall(r"claims/harbour/(harbour-[0-9a-f]+)\.json: cannot re-anchor", err))
    gone = sorted(lost - {embassy})
    assert {residents, july} <= set(gone)
    assert main([*r, "validate"]) == 1
    capsys.readouterr()

    # What was a dead end: withdraw the claims whose sentence is gone, move the reworded one.
    assert main([*r, "review", "withdraw", *gone, "--reason", "the corrected article dropped the sentence", *as_ada]) == 0
    assert main([*r, "review", "edit", embassy, "--focus", "Finland opened an embassy in Nairobi", *as_ada]) == 0
    moved = store.read_claim(embassy)
    assert moved.status == "unverified" and moved.history[-1].from_ == "supported"  # the text changed: verdict reset
    assert main([*r, "validate"]) == 0
    capsys.readouterr()

    # Re-extraction: nothing lost, nothing withdrawn comes back, nothing duplicates the moved claim.
    assert main([*r, "extract", "harbour", "--quiet"]) == 0
    assert "0 not re-anchored" in capsys.readouterr().out
    assert overlapping(store, embassy) == [] and overlapping(store, opened) == []
    assert {c.id for c in store.iter_claims("harbour") if c.withdrawn is not None} == set(gone)
    assert not [c for c in store.iter_claims("harbour") if c.withdrawn is None and "12,000" in c.focus.text]
    assert main([*r, "validate"]) == 0
    before = snapshot(store)
    assert main([*r, "extract", "harbour", "--quiet"]) == 0
    assert snapshot(store) == before
