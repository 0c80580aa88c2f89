"""The models: round trips, strictness, and agreement with the exported JSON Schema."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from claimkit import schema
from claimkit.models import Claim, Document
from claimkit.store import canonical_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from strategies import claims, documents, json_values

CLAIM_SCHEMA = jsonschema.Draft202012Validator(schema.generate("claim"), format_checker=jsonschema.FormatChecker())
DOCUMENT_SCHEMA = jsonschema.Draft202012Validator(schema.generate("document"))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def accepted(model, data):
    try:
        return model.model_validate(data)
    except ValidationError:
        return None


@SETTINGS
@given(claims)
def test_claim_round_trips_through_canonical_json(data):
    claim = accepted(Claim, data)
    if claim is None:  # e.g. a date value of 1900-02-29 or end <= start cannot arise, but stay honest
        return
    text = canonical_json(claim)
    again = Claim.model_validate_json(text)
    assert again == claim
    assert canonical_json(again) == text
    assert text.endswith("}\n") and "\n  \"id\": " in text


@SETTINGS
@given(documents)
def test_document_round_trips(data):
    document = Document.model_validate(data)
    assert Document.model_validate_json(canonical_json(document)) == document


@st.composite
def mutated(draw, base):
    """A record from ``base`` with up to three fields replaced by arbitrary JSON."""
    data = copy.deepcopy(draw(base))
    for _ in range(draw(st.integers(0, 3))):
        node = data
        path = []
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
            path.append(key)
            if not isinstance(node[key], (dict, list)):
                break
            node = node[key]
        if not path:
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            parent[path[-1]] = draw(json_values)
        elif isinstance(parent, dict):
            del parent[path[-1]]
    if draw(st.booleans()):
        data[draw(st.text(min_size=1, max_size=5))] = draw(json_values)
    return data


@SETTINGS
@given(mutated(claims))
def test_whatever_the_claim_model_accepts_the_schema_accepts(data):
    if accepted(Claim, data) is not None:
        CLAIM_SCHEMA.validate(data)


@SETTINGS
@given(mutated(documents))
def test_whatever_the_document_model_accepts_the_schema_accepts(data):
    if accepted(Document, data) is not None:
        DOCUMENT_SCHEMA.validate(data)


def test_the_property_tests_see_accepted_records():
    # Guard against a strategy that the model always rejects, which would make the tests above vacuous.
    # Only that such records exist matters: no shrinking to a smallest one (which took 54 s on a
    # clean clone, whose Hypothesis database had no example to replay).
    from hypothesis import Phase, find

    existence = settings(phases=[Phase.generate], database=None)
    find(claims, lambda d: accepted(Claim, d) is not None and d["value"] is not None, settings=existence)
    find(mutated(claims), lambda d: accepted(Claim, d) is None, settings=existence)


def test_schema_rejects_what_the_model_rejects_for_plain_type_errors(tmp_path):
    record = json.loads((__import__("pathlib").Path(__file__).parent / "examples/valid/date-supported.json").read_text())
    CLAIM_SCHEMA.validate(record)
    for field, bad in [("status", "true"), ("span", {"start": "1", "end": 2}), ("check_worthiness", 2), ("extra", 1)]:
        broken = copy.deepcopy(record)
        broken[field] = bad
        with pytest.raises(ValidationError):
            Claim.model_validate(broken)
        with pytest.raises(jsonschema.ValidationError):
            CLAIM_SCHEMA.validate(broken)


@pytest.mark.parametrize(
    "value,ok",
    [
        ({"kind": "date", "value": "1949-04-16", "precision": "day", "qualifier": None}, True),
        ({"kind": "date", "value": "2022-07", "precision": "month", "qualifier": None}, True),
        ({"kind": "date", "value": "198X", "precision": "decade", "qualifier": "early"}, True),
        ({"kind": "date", "value": "2022-07", "precision": "day", "qualifier": None}, False),
        ({"kind": "date", "value": "2022-02-30", "precision": "day", "qualifier": None}, False),
        ({"kind": "date", "value": "2022-13", "precision": "month", "qualifier": None}, False),
        ({"kind": "quantity", "amount": 3000, "unit": "members", "approximate": True}, True),
        ({"kind": "quantity", "amount": "3000", "unit": "members", "approximate": True}, False),
        ({"kind": "money", "amount": 3, "unit": None, "approximate": False}, False),
    ],
)
def test_value_union(value, ok):
    record = json.loads((__import__("pathlib").Path(__file__).parent / "examples/valid/quantity-unverified.json").read_text())
    record["value"] = value
    assert (accepted(Claim, record) is not None) is ok


def test_times_must_be_utc_rfc3339():
    record = json.loads((__import__("pathlib").Path(__file__).parent / "examples/valid/quantity-unverified.json").read_text())
    for bad in ["2026-01-05T10:00:00+02:00", "2026-01-05 10:00:00Z", "2026-02-30T10:00:00Z", "yesterday"]:
        assert accepted(Claim, record | {"created": bad}) is None


# -- control characters and whole-string names -------------------------------------------------

EXAMPLE = json.loads((__import__("pathlib").Path(__file__).parent / "examples/valid/date-supported.json").read_text())
DOCUMENT = json.loads((__import__("pathlib").Path(__file__).parent / "examples/repo/sources/example-doc.json").read_text())
# Text a person (or the tool) wrote: (path into the record, may it span lines?).
WRITTEN = [
    (("rationale",), True),
    (("statement",), True),
    (("evidence", 0, "summary"), True),
    (("history", -1, "note"), True),
    (("history", -1, "by"), False),
    (("evidence", 0, "title"), False),
    (("evidence", 0, "publisher"), False),
    (("evidence", 0, "url"), False),
    (("provenance", "pipeline"), False),
    (("value", "qualifier"), False),
]
CONTROLS = ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x9b"]


def _with(record: dict, path: tuple, change) -> dict:
    data = copy.deepcopy(record)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = change(node[path[-1]])
    return data


def _text_of(value: str | None) -> str:
    return value if value is not None else "Some words"


@pytest.mark.parametrize("path,multiline", WRITTEN, ids=lambda v: ".".join(map(str, v)) if isinstance(v, tuple) else None)
@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_written_text_refuses_control_characters(path, multiline, control):
    record = _with(EXAMPLE, ("statement",), lambda _: "Harbor Town voted on 3 March 2021.")
    record = _with(record, ("history", -1, "note"), lambda _: "checked")
    assert accepted(Claim, record) is not None
    bad = _with(record, path, lambda v: _text_of(v)[:3] + control + _text_of(v)[3:])
    with pytest.raises(ValidationError, match=r"control character|should match pattern"):
        Claim.model_validate(bad)
    with pytest.raises(jsonschema.ValidationError):
        CLAIM_SCHEMA.validate(bad)


@pytest.mark.parametrize("path,multiline", WRITTEN, ids=lambda v: ".".join(map(str, v)) if isinstance(v, tuple) else None)
def test_newlines_and_tabs_only_in_multiline_text(path, multiline):
    if path[-1] == "url":
        return  # a URL is never text
    record = _with(EXAMPLE, ("statement",), lambda _: "Harbor Town voted on 3 March 2021.")
    for ch in "\n\t":
        changed = _with(record, path, lambda v, ch=ch: "First line" + ch + "second line")
        assert (accepted(Claim, changed) is not None) is multiline, (path, ch)


@pytest.mark.parametrize("field", ["title", "rights"])
def test_document_one_line_fields_refuse_control_characters(field):
    assert accepted(Document, DOCUMENT) is not None
    for control in [*CONTROLS, "\n", "\t"]:
        bad = DOCUMENT | {field: "Harbor" + control + "Town"}
        assert accepted(Document, bad) is None, repr(control)
        with pytest.raises(jsonschema.ValidationError):
            DOCUMENT_SCHEMA.validate(bad)


def test_text_that_mirrors_the_source_may_hold_anything():
    # The source decides what these hold; validation compares them with it (CK205-CK207).
    raw = "The \x1b[31mmayor\x1b[0m said\x00 so."
    record = copy.deepcopy(EXAMPLE)
    record["text"] = raw
    record["focus"]["text"] = "\x1b[31m"
    record["quote"] = {"prefix": "\x00", "exact": "\x1b[31m", "suffix": "\x07"}
    assert accepted(Claim, record) is not None
    CLAIM_SCHEMA.validate(record)


@pytest.mark.parametrize("field", ["id", "doc_id", "cluster"])
def test_names_must_match_as_a_whole(field):
    from claimkit.models import is_name

    assert is_name("example-doc") and not is_name("example-doc\n") and not is_name("example-doc\n\n")
    assert accepted(Claim, EXAMPLE | {field: "example-doc-00000002\n"}) is None


@st.composite
def with_a_control_character(draw):
    """A valid record with one control character put into text a person wrote."""
    record = _with(EXAMPLE, ("statement",), lambda _: "Harbor Town voted on 3 March 2021.")
    path, multiline = draw(st.sampled_from(WRITTEN))
    allowed = "\n\t" if multiline else ""
    control = draw(st.characters(categories=("Cc",)).filter(lambda c: c not in allowed))

    def put(old):
        text = _text_of(old)
        # Python's "$" (which the jsonschema package uses) also matches before one final "\n",
        # so a trailing newline is the one place the exported patterns and the models differ.
        at = draw(st.integers(0, len(text) - (1 if control == "\n" else 0)))
        return text[:at] + control + text[at:]

    return _with(record, path, put)


@SETTINGS
@given(with_a_control_character())
def test_model_and_schema_both_refuse_control_characters(data):
    assert accepted(Claim, data) is None
    with pytest.raises(jsonschema.ValidationError):
        CLAIM_SCHEMA.validate(data)
def _document(**changes) -> dict:
    data = {
        "schema_version": "1.0", "doc_id": "d", "title": "T", "url": None, "language": "en",
        "sha256": "0" * 64, "length": 0, "retrieved": None, "rights": "r", "regions": [],
    }
    return data | changes


def test_documents_written_before_author_and_published_still_parse_and_gain_them_as_null():
    document = Document.model_validate(_document())
    assert document.author is None and document.published is None
    text = canonical_json(document)
    assert '"author": null,\n  "published": null,' in text and text.index('"url"') < text.index('"author"') < text.index('"language"')


@pytest.mark.parametrize("published", ["2019-05-30", "2019-05", "2019", "2024-02-29"])
def test_published_to_the_day_month_or_year(published):
    assert Document.model_validate(_document(published=published)).published == published


@pytest.mark.parametrize("published", ["2019-02-30", "2019-13", "2019-00", "2023-02-29", "19", "2019-5-3", "30 May 2019", "2019-05-30T10:00:00Z"])
def test_published_must_name_a_real_day_or_month(published):
    with pytest.raises(ValidationError):
        Document.model_validate(_document(published=published))


@pytest.mark.parametrize("published", ["2022-13-40", "2022-02-30", "2022-00"])
def test_evidence_published_must_name_a_real_day_or_month(published):
    from claimkit.models import Evidence

    item = {"url": "https://example.org/a", "title": "A page", "publisher": "Example", "published": "2022-09-07",
            "accessed": "2026-11-26", "stance": "context", "summary": "What the page says, in our words."}
    assert Evidence.model_validate(item).published == "2022-09-07"
    with pytest.raises(ValidationError, match="published"):
        Evidence.model_validate(item | {"published": published})


@pytest.mark.parametrize("author", ["", "   ", "Ann\nWriter", "Ann\tWriter", "Ann\x00", "Ann\x85Writer", "A" * 501])
def test_author_is_one_nonblank_line_without_control_characters(author):
    with pytest.raises(ValidationError):
        Document.model_validate(_document(author=author))
    assert Document.model_validate(_document(author="Ann Writer; Bo Reporter")).author == "Ann Writer; Bo Reporter"


@pytest.mark.parametrize("kind", ["navigation", "byline", "dateline", "caption", "chart", "author-bio", "share",
                                  "newsletter", "advertisement", "comments", "related-links", "footer"])
def test_page_furniture_kinds_are_region_kinds(kind):
    regions = [{"start": 0, "end": 1, "kind": kind}]
    assert Document.model_validate(_document(regions=regions, length=1)).regions[0].kind == kind
