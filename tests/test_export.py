"""Exports: each format as its own users and tools read it (FEVER's official scorer, AVeriTeC's
data release, Google's ClaimReview guide, W3C Web Annotation)."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from claimkit.anchoring import quote_for
from claimkit.cli import main
from claimkit.errors import UsageError
from claimkit.export import (
    AVERITEC_LABEL,
    AVERITEC_TYPE,
    CLAIMREVIEW_RATING,
    FEVER_LABEL,
    FULL_FACT_TYPE,
    export,
    utf16_offset,
    yes_no_question,
)
from claimkit.ingest import ingest
from claimkit.models import Claim
from claimkit.store import Store
from conftest import EXAMPLES, install_example

PROJECT = """\
[project]
name = "harbor-claims"

[tool.claimkit]
name = "harbor-claims"
pretty-name = "Harbor claims"
version = "1.2.0"
authors = ["Ada Lovelace", "Grace Hopper"]
organization = "Harbor Fact Check"
organization-url = "https://factcheck.harbor-town.example/"
homepage = "https://factcheck.harbor-town.example/data/"
review-base-url = "https://factcheck.harbor-town.example/reviews/"
license-link = "https://creativecommons.org/licenses/by/4.0/"
"""
BASE = "https://factcheck.harbor-town.example/reviews/"
DOC_URL = "https://news.harbor-town.example/2021/council-report"
STATEMENTS = {
    "example-doc-00000001": "The council of Harbor Town approved a budget of about 4.2 million euros in March 2021.",
    "example-doc-00000002": "The council of Harbor Town approved its budget on 3 March 2021.",
    "example-doc-00000003": "Mayor Lena Ortíz said the new Harbor Town ferry line would carry 1,200 passengers a day.",
    "example-doc-00000004": "Harbor Town was founded in 1836.",
    "example-doc-00000005": "Harbor Town is the only port on its coast with a deep-water berth.",
    "example-doc-00000008": "The founding charter of Harbor Town is kept in the town archive.",
}
REVIEWED = ["example-doc-00000002", "example-doc-00000003", "example-doc-00000004", "example-doc-00000005",
            "example-doc-00000008"]


def set_statement(root: Path, claim_id: str, statement: str | None) -> None:
    store = Store(root)
    claim = store.read_claim(claim_id)
    store.write_claim(Claim.model_validate(claim.model_dump(mode="json", by_alias=True) | {"statement": statement}))


def set_document(root: Path, **fields) -> None:
    store = Store(root)
    doc = store.read_document("example-doc")
    store.write_document(doc.model_copy(update=fields))


@pytest.fixture
def exported_repo(repo: Path) -> Path:
    """The example claims of every reviewed status, each with a statement, a document with its
    URL, authors and publication day, and the project's [tool.claimkit]."""
    for name in ("date-supported.json", "year-refuted.json", "comparison-conflicting.json",
                 "attribution-partially-supported.json", "quantity-unverified.json", "cluster"):
        install_example(repo, EXAMPLES / "valid" / name)
    # not_enough_evidence with no evidence at all, under an id of its own.
    nee = json.loads((EXAMPLES / "valid" / "not-enough-evidence.json").read_text()) | {"id": "example-doc-00000008"}
    Store(repo).write_claim(Claim.model_validate(nee))
    withdrawn = json.loads((EXAMPLES / "valid" / "withdrawn.json").read_text()) | {
        "id": "example-doc-000000ff", "statement": "A withdrawn record stays out of every export."}
    Store(repo).write_claim(Claim.model_validate(withdrawn))
    for claim_id, statement in STATEMENTS.items():
        set_statement(repo, claim_id, statement)
    set_document(repo, url=DOC_URL, author="Jane Doe; John Roe", published="2021-03-04")
    (repo / "pyproject.toml").write_text(PROJECT, encoding="utf-8")
    return repo


def fever_rows(root: Path) -> list[dict]:
    return [json.loads(line) for line in export(Store(root), "fever").text.splitlines()]


# -- statements, one row per claim -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["fever", "averitec", "claimreview"])
def test_verdict_formats_carry_each_reviewed_claim_once_by_its_statement(exported_repo: Path, fmt: str):
    result = export(Store(exported_repo), fmt)
    data = result.text
    if fmt == "fever":
        texts = [r["claim"] for r in fever_rows(exported_repo)]
    elif fmt == "averitec":
        texts = [r["claim"] for r in json.loads(data)]
    else:
        texts = [r["claimReviewed"] for r in json.loads(data)["@graph"]]
    assert sorted(texts) == sorted(STATEMENTS[i] for i in REVIEWED)  # unverified and withdrawn left out
    assert result.rows == len(REVIEWED) and result.without_statement == [] and result.conflicting == []
    sentences = {c.text for c in Store(exported_repo).iter_claims()}
    assert not sentences & set(texts)


@pytest.mark.parametrize("fmt", ["fever", "averitec", "claimreview"])
def test_a_claim_without_statement_is_left_out_and_counted(exported_repo: Path, fmt: str, tmp_path: Path, capsys):
    set_statement(exported_repo, "example-doc-00000004", None)
    result = export(Store(exported_repo), fmt)
    assert result.rows == len(REVIEWED) - 1 and result.without_statement == ["example-doc-00000004"]
    claim = Store(exported_repo).read_claim("example-doc-00000004")
    assert claim.text not in result.text and " ".join(claim.text.split()) not in result.text

    assert main(["--root", str(exported_repo), "export", "--format", fmt]) == 0
    out, err = capsys.readouterr()
    assert out == result.text  # stdout holds the export alone
    assert f"left out 1 reviewed claim(s) with no statement: {fmt} needs" in err


def test_without_any_statement_the_verdict_exports_are_empty(exported_repo: Path, capsys):
    for claim_id in STATEMENTS:
        set_statement(exported_repo, claim_id, None)
    assert export(Store(exported_repo), "fever").text == ""
    assert json.loads(export(Store(exported_repo), "averitec").text) == []
    assert main(["--root", str(exported_repo), "export", "--format", "fever"]) == 0
    assert "left out 5 reviewed claim(s) with no statement" in capsys.readouterr().err


def test_the_same_statement_never_carries_two_labels(exported_repo: Path, capsys):
    # A supported and a refuted claim worded alike (up to case and the final stop).
    set_statement(exported_repo, "example-doc-00000004", STATEMENTS["example-doc-00000002"].upper().rstrip("."))
    for fmt in ("fever", "averitec", "claimreview"):
        result = export(Store(exported_repo), fmt)
        assert result.conflicting == ["example-doc-00000002", "example-doc-00000004"], fmt
        assert result.rows == len(REVIEWED) - 2
    assert main(["--root", str(exported_repo), "export", "--format", "fever"]) == 0
    assert "example-doc-00000002, example-doc-00000004" in capsys.readouterr().err

    # partially_supported and conflicting_evidence share FEVER's and AVeriTeC's label, not ClaimReview's.
    set_statement(exported_repo, "example-doc-00000004", STATEMENTS["example-doc-00000004"])
    set_statement(exported_repo, "example-doc-00000005", STATEMENTS["example-doc-00000003"])
    assert export(Store(exported_repo), "fever").conflicting == []
    assert export(Store(exported_repo), "averitec").conflicting == []
    assert export(Store(exported_repo), "claimreview").conflicting == ["example-doc-00000003", "example-doc-00000005"]
    texts = [r["claim"] for r in fever_rows(exported_repo)]
    assert len(texts) == len(REVIEWED)
    for r in fever_rows(exported_repo):
        others = {o["label"] for o in fever_rows(exported_repo) if o["claim"] == r["claim"]}
        assert others == {r["label"]}


# -- FEVER -----------------------------------------------------------------------------------


def test_fever_export_is_read_by_the_official_scorer(exported_repo: Path):
    from fever.scorer import fever_score

    rows = fever_rows(exported_repo)
    assert {r["label"] for r in rows} == {"SUPPORTS", "REFUTES", "NOT ENOUGH INFO"}
    assert set(FEVER_LABEL.values()) == {"SUPPORTS", "REFUTES", "NOT ENOUGH INFO"}  # FEVER's three labels
    assert all(isinstance(r["id"], int) and not isinstance(r["id"], bool) for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["verifiable"] == ("NOT VERIFIABLE" if r["label"] == "NOT ENOUGH INFO" else "VERIFIABLE")
        for evidence_set in r["evidence"]:
            for annotation_id, evidence_id, page, sentence in evidence_set:
                assert page is None and sentence is None  # no web page in the Wikipedia slots
        assert r["claimkit_evidence"] == [
            {"url": e.url, "stance": e.stance} for e in Store(exported_repo).read_claim(r["claimkit_id"]).evidence]

    # A system that predicts every gold label and gold (page, sentence) pair, as the scorer reads them.
    def predictions(labels):
        return [{"predicted_label": label,
                 "predicted_evidence": [[e[2], e[3]] for group in r["evidence"] for e in group if e[2] is not None]}
                for r, label in zip(rows, labels)]

    gold = [dict(r) for r in rows]
    strict, accuracy, precision, recall, f1 = fever_score(predictions([r["label"] for r in rows]), gold)
    assert (strict, accuracy, precision, recall, f1) == (1.0, 1.0, 1.0, 1.0, 1.0)
    # And it does score: one wrong label is seen.
    wrong = [r["label"] for r in rows]
    wrong[0] = "REFUTES" if wrong[0] != "REFUTES" else "SUPPORTS"
    strict, accuracy, *_ = fever_score(predictions(wrong), [dict(r) for r in rows])
    assert accuracy == strict == 1 - 1 / len(rows)


def test_fever_ids_are_stable_integers(exported_repo: Path):
    before = {r["claimkit_id"]: r["id"] for r in fever_rows(exported_repo)}
    set_statement(exported_repo, "example-doc-00000004", None)
    after = {r["claimkit_id"]: r["id"] for r in fever_rows(exported_repo)}
    assert after == {k: v for k, v in before.items() if k != "example-doc-00000004"}
    assert all(0 < v < 2**53 for v in before.values())


# -- AVeriTeC --------------------------------------------------------------------------------

# The fields of a claim in AVeriTeC's data release (github.com/MichSchli/AVeriTeC, README.md and
# data/dev.json), and the values its labels, claim types and answer types take there.
AVERITEC_FIELDS = {"claim", "required_reannotation", "label", "justification", "claim_date", "speaker",
                   "original_claim_url", "cached_original_claim_url", "fact_checking_article", "reporting_source",
                   "location_ISO_code", "claim_types", "fact_checking_strategies", "questions"}
AVERITEC_LABELS = {"Supported", "Refuted", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking"}
AVERITEC_TYPES = {"Event/Property Claim", "Numerical Claim", "Quote Verification", "Causal Claim", "Position Statement"}
AVERITEC_ANSWER_TYPES = {"Extractive", "Abstractive", "Boolean", "Unanswerable"}


def test_averitec_export_has_the_data_release_fields_and_values(exported_repo: Path):
    rows = json.loads(export(Store(exported_repo), "averitec").text)
    store = Store(exported_repo)
    assert set(AVERITEC_LABEL.values()) == AVERITEC_LABELS and set(AVERITEC_TYPE.values()) <= AVERITEC_TYPES
    questions = set()
    for row in rows:
        assert set(row) == AVERITEC_FIELDS | {"claimkit_id"}
        claim = store.read_claim(row["claimkit_id"])
        assert row["label"] in AVERITEC_LABELS and set(row["claim_types"]) <= AVERITEC_TYPES
        # The day the claim was made, dd-mm-yyyy: the document's publication day, whatever
        # date the claim talks about (claim 2 is about 3 March 2021).
        assert row["claim_date"] == "04-03-2021"
        assert row["speaker"] == "Jane Doe; John Roe" and row["original_claim_url"] == DOC_URL
        assert row["reporting_source"] == "news.harbor-town.example"
        assert row["fact_checking_article"] == BASE + claim.id
        assert row["justification"] == claim.rationale
        (question,) = row["questions"]
        questions.add(question["question"])
        assert question["question"].startswith("Is it true that ") and question["question"].endswith("?")
        answers = question["answers"]
        for answer in answers:
            assert answer["answer_type"] in AVERITEC_ANSWER_TYPES
        if claim.evidence:
            assert len(answers) == len(claim.evidence)
            for answer, item in zip(answers, claim.evidence):
                assert answer["source_url"] == item.url and answer["source_medium"] == "Web text"
                if item.stance == "context":
                    assert answer == {"answer": item.summary, "answer_type": "Abstractive", "source_url": item.url,
                                      "source_medium": "Web text", "cached_source_url": None}
                else:
                    assert answer["answer"] == ("Yes" if item.stance == "supports" else "No")
                    assert answer["answer_type"] == "Boolean" and answer["boolean_explanation"] == item.summary
        else:
            assert answers == [{"answer": "No answer could be found.", "answer_type": "Unanswerable",
                                "source_url": "", "source_medium": ""}]
    assert len(questions) == len(rows)  # each claim its own question


@pytest.mark.parametrize("published, expected", [(None, None), ("2021-03", None), ("2021", None), ("2021-12-31", "31-12-2021")])
def test_averitec_claim_date_is_the_publication_day_or_null(exported_repo: Path, published, expected):
    set_document(exported_repo, published=published, url=None, author=None)
    rows = json.loads(export(Store(exported_repo), "averitec").text)
    assert {r["claim_date"] for r in rows} == {expected}  # never a date from inside a claim
    assert {(r["speaker"], r["original_claim_url"], r["reporting_source"]) for r in rows} == {(None, None, None)}


def test_averitec_questions_read_as_questions():
    assert yes_no_question("The council approved its budget.") == "Is it true that the council approved its budget?"
    assert yes_no_question("Albania cut ties with Iran in 2022.") == "Is it true that Albania cut ties with Iran in 2022?"
    assert yes_no_question("NATO has 32 members!") == "Is it true that NATO has 32 members?"


# -- ClaimReview -----------------------------------------------------------------------------


def test_claimreview_has_what_google_requires_and_recommends(exported_repo: Path):
    doc = json.loads(export(Store(exported_repo), "claimreview").text)
    store = Store(exported_repo)
    assert doc["@context"] == "https://schema.org"
    assert len(doc["@graph"]) == len(REVIEWED)
    for review in doc["@graph"]:
        claim = store.read_claim(review["identifier"])
        assert review["@type"] == "ClaimReview"
        # Required: claimReviewed, reviewRating (with alternateName), url of the review's page.
        assert review["claimReviewed"] == STATEMENTS[claim.id]
        assert review["url"] == BASE + claim.id
        value, name = CLAIMREVIEW_RATING[claim.status]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == name
        if value is not None:
            assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (value, 5, 1)
        # Recommended: author (an Organization, from [tool.claimkit]), datePublished, itemReviewed.
        assert review["author"] == {"@type": "Organization", "name": "Harbor Fact Check",
                                    "url": "https://factcheck.harbor-town.example/"}
        status_change = [h for h in claim.history if h.action == "status"][-1]
        assert review["datePublished"] == status_change.at[:10]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"] == "2021-03-04"
        assert item["appearance"] == [{"@type": "CreativeWork", "headline": "Harbor Town Council Report",
                                       "url": DOC_URL, "datePublished": "2021-03-04"}]
        assert item["author"] == [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]
        assert item["keywords"] == FULL_FACT_TYPE[claim.type]


def test_claimreview_type_mapping_follows_full_facts_typology():
    assert FULL_FACT_TYPE["date"] == FULL_FACT_TYPE["event"] == FULL_FACT_TYPE["state"] == "Other type of claim"
    assert FULL_FACT_TYPE["quantity"] == FULL_FACT_TYPE["comparison"] == "Quantity in the past or present"
    assert FULL_FACT_TYPE["causal"] == "Correlation or causation"
    assert FULL_FACT_TYPE["attribution"] == FULL_FACT_TYPE["quote"] == "Other type of claim"


def test_claimreview_without_project_metadata_is_a_usage_error(exported_repo: Path, capsys):
    (exported_repo / "pyproject.toml").unlink()
    with pytest.raises(UsageError, match="review-base-url and organization"):
        export(Store(exported_repo), "claimreview")
    assert main(["--root", str(exported_repo), "export", "--format", "claimreview"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ClaimReview needs") and "[tool.claimkit] of pyproject.toml" in err


@pytest.mark.parametrize("line, message", [
    ('homepage = "not a url"', "homepage: 'not a url' is not an http(s) URL"),
    ('review-base-url = "https://x.example/reviews"', "review-base-url: must end with '/'"),
    ('authors = "Ada"', "authors: must be a list of names"),
    ('colour = "blue"', "colour: unknown key"),
    ('version = "one"', "version: 'one' is not a version"),
])
def test_a_bad_project_setting_names_the_file_and_key(exported_repo: Path, capsys, line: str, message: str):
    (exported_repo / "pyproject.toml").write_text("[tool.claimkit]\n" + line + "\n", encoding="utf-8")
    assert main(["--root", str(exported_repo), "export", "--format", "fever"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: pyproject.toml: [tool.claimkit] ") and message in err and err.count("\n") == 1


# -- Web Annotation --------------------------------------------------------------------------


def test_webanno_targets_the_document_url_when_known(exported_repo: Path):
    collection = json.loads(export(Store(exported_repo), "webanno").text)
    items = collection["first"]["items"]
    assert collection["total"] == len(items) == 8  # every live claim, reviewed or not, statement or not
    assert {a["target"]["source"] for a in items} == {DOC_URL}
    assert collection["label"] == "Harbor claims (1.2.0)"
    set_document(exported_repo, url=None)
    items = json.loads(export(Store(exported_repo), "webanno").text)["first"]["items"]
    assert {a["target"]["source"] for a in items} == {"urn:claimkit:document:example-doc"}


def test_webanno_selectors_reanchor_in_code_points_and_utf16(tmp_path: Path):
    store = Store(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("Launch report 🚀🛰 The agency made 12 launches in 2021, its record.\n", encoding="utf-8")
    ingest(store, article, "launches")
    text = store.read_text("launches")
    base = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text())
    s0 = text.index("The agency")
    f0 = text.index("12 launches")
    f1 = f0 + len("12 launches")
    record = base | {
        "id": "launches-00000001", "doc_id": "launches", "span": {"start": s0, "end": len(text) - 1},
        "text": text[s0:-1], "focus": {"start": f0, "end": f1, "text": text[f0:f1]}, "quote": quote_for(text, f0, f1),
        "entities": [], "value": {"kind": "quantity", "amount": 12, "unit": "launches", "approximate": False},
    }
    store.write_claim(Claim.model_validate(record))
    collection = json.loads(export(store, "webanno").text)
    assert "http://www.w3.org/ns/anno.jsonld" in collection["@context"]
    (anno,) = collection["first"]["items"]
    assert anno["type"] == "Annotation" and anno["target"]["source"] == "urn:claimkit:document:launches"
    by_kind = {}
    for sel in anno["target"]["selector"]:
        by_kind[(sel["type"], sel.get("codeUnit"))] = sel
    points = by_kind[("TextPositionSelector", None)]
    assert text[points["start"]:points["end"]] == "12 launches"
    units = by_kind[("TextPositionSelector", "utf-16")]
    assert units["start"] == points["start"] + 2  # two astral characters before it
    utf16 = text.encode("utf-16-le")
    assert utf16[2 * units["start"]:2 * units["end"]].decode("utf-16-le") == "12 launches"
    quote = by_kind[("TextQuoteSelector", None)]
    at = text.find(quote["prefix"] + quote["exact"] + quote["suffix"])
    assert at >= 0 and at + len(quote["prefix"]) == f0
    assert utf16_offset(text, len(text)) == len(utf16) // 2


HOSTILE = '</script><script>alert("x")</script> <!-- & -->'


@pytest.mark.parametrize("fmt", ["claimreview", "webanno"])
def test_json_ld_exports_can_sit_inside_a_script_element(exported_repo: Path, fmt: str):
    from claimkit.review import Reviewer

    evidence = {"url": "https://example.org/a?b=1&c=2", "title": f"Title {HOSTILE}", "publisher": "P <b>&</b>",
                "published": "2022-09-07", "stance": "supports", "summary": "A report of the <event> & more."}
    Reviewer(Store(exported_repo), "bob").set_status(
        "example-doc-00000001", "supported", f"Rationale {HOSTILE}", [evidence], note=HOSTILE)
    set_statement(exported_repo, "example-doc-00000001", f"Statement {HOSTILE}")
    text = export(Store(exported_repo), fmt).text
    assert not {"<", ">", "&"} & set(text), "raw <, > or & in JSON-LD meant for a script element"
    assert "\\u003c/script\\u003e" in text
    data = json.loads(text)  # the escapes read back as the very same text
    if fmt == "claimreview":
        (review,) = [r for r in data["@graph"] if r["url"].endswith("example-doc-00000001")]
        assert review["reviewBody"] == f"Rationale {HOSTILE}" and review["claimReviewed"] == f"Statement {HOSTILE}"
        assert review["citation"][-1]["url"] == evidence["url"] and review["citation"][-1]["name"] == evidence["title"]
        assert review["citation"][-1]["publisher"]["name"] == "P <b>&</b>"
    else:
        (anno,) = [a for a in data["first"]["items"] if a["id"].endswith("example-doc-00000001")]
        assert {"type": "TextualBody", "purpose": "describing", "value": f"Statement {HOSTILE}"} in anno["body"]


# -- files -----------------------------------------------------------------------------------


def test_cli_export_writes_a_file(exported_repo: Path, tmp_path: Path, capsys):
    out = tmp_path / "fever.jsonl"
    assert main(["--root", str(exported_repo), "export", "--format", "fever", "-o", str(out)]) == 0
    assert len(out.read_text().splitlines()) == len(REVIEWED)
    assert f"wrote {out}: {len(REVIEWED)} row(s)" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["fever", "averitec", "claimreview", "webanno"])
def test_export_files_are_readable_by_others(exported_repo: Path, tmp_path: Path, fmt: str):
    # A new file gets the usual mode for the umask (0644 under 022), not the private mode of the
    # temporary file it is written through; an existing file keeps its own (tests/test_cli.py).
    out = tmp_path / f"{fmt}.out"
    old = os.umask(0o022)
    try:
        assert main(["--root", str(exported_repo), "export", "--format", fmt, "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert not [p for p in tmp_path.iterdir() if re.match(r"\.", p.name)]  # no temporary file left
