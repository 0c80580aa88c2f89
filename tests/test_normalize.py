from __future__ import annotations

import pytest

from claimkit.models import DateValue, QuantityValue
from claimkit.normalize import find_dates, parse_date, parse_quantity


@pytest.mark.parametrize(
    ("text", "value", "precision", "qualifier"),
    [
        ("16 April 1949", "1949-04-16", "day", None),
        ("July 2022", "2022-07", "month", None),
        ("September 8, 2022", "2022-09-08", "day", None),
        ("the early 1980s", "198X", "decade", "early"),
        ("1990s", "199X", "decade", None),
        ("2014", "2014", "year", None),
        ("the summer of 2022", "2022", "year", "summer"),
        ("mid-2016", "2016", "year", "mid"),
        ("the early 20th century", "19XX", "century", "early"),
        ("late March 2003", "2003-03", "month", "late"),
        ("2007-12-13", "2007-12-13", "day", None),
    ],
)
def test_dates(text, value, precision, qualifier):
    got = parse_date(text)
    assert got == {"kind": "date", "value": value, "precision": precision, "qualifier": qualifier}
    DateValue.model_validate(got)  # the model accepts every normalized form


def test_a_date_without_a_year_takes_the_context_year():
    assert parse_date("early September", context_year=2022) == {
        "kind": "date", "value": "2022-09", "precision": "month", "qualifier": "early"}
    assert parse_date("early September") is None


@pytest.mark.parametrize("text", ["recent years", "nearly a decade", "the decades", "31 February 2020", "today"])
def test_vague_or_impossible_dates_have_no_value(text):
    assert parse_date(text) is None


def test_find_dates_prefers_the_longest_form():
    text = "On September 8, 2022, after a cyberattack in July 2022 and since the early 1980s."
    assert [text[s:e] for s, e, _ in find_dates(text)] == ["September 8, 2022", "July 2022", "early 1980s"]


@pytest.mark.parametrize(
    ("number", "unit", "amount", "out_unit", "approximate"),
    [
        ("approximately 3,000", "members", 3000, "members", True),
        ("12", "ships", 12, "ships", False),
        ("more than twenty", "people", 20, "people", True),
        ("3.5 million", "voters", 3500000, "voters", False),
        ("$4.5 million", None, 4500000, "USD", False),
        ("6.2 percent", None, 6.2, "percent", False),
        ("45%", None, 45, "percent", False),
        ("about 250", "species", 250, "species", True),
    ],
)
def test_quantities(number, unit, amount, out_unit, approximate):
    got = parse_quantity(number, unit)
    assert got == {"kind": "quantity", "amount": amount, "unit": out_unit, "approximate": approximate}
    QuantityValue.model_validate(got)


def test_not_a_number():
    assert parse_quantity("several") is None
