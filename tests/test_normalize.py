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
        # A hundreds year in the plural is its century; the 2000s stay a decade.
        ("the 1600s", "16XX", "century", None),
        ("the late 1800s", "18XX", "century", "late"),
        ("the 2000s", "200X", "decade", None),
        ("the 1910s", "191X", "decade", None),
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
    assert parse_date("28 February 2020") is not None  # not vacuous: a real day has a value


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
    assert parse_quantity("seven") is not None  # not vacuous: a number word is one


def test_a_bound_reached_at_most_is_an_approximate_amount():
    assert parse_quantity("as much as 80%") == {"kind": "quantity", "amount": 80, "unit": "percent", "approximate": True}
    assert parse_quantity("as many as 40", "boats") == {"kind": "quantity", "amount": 40, "unit": "boats", "approximate": True}


def test_a_bound_word_before_the_figure_is_its_hedge():
    assert parse_quantity("below 4 percent") == {"kind": "quantity", "amount": 4, "unit": "percent", "approximate": True}
    assert parse_quantity("greater than 30", "metres") == {"kind": "quantity", "amount": 30, "unit": "metres", "approximate": True}
    assert parse_quantity("in excess of $7 million")["amount"] == 7_000_000
    # control: with no bound word the same figure is exact, and a bound word alone is no figure
    assert parse_quantity("4 percent") == {"kind": "quantity", "amount": 4, "unit": "percent", "approximate": False}
    assert parse_quantity("above") is None


# -- relative dates (issue 13) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "tense", "value", "precision", "qualifier"),
    [
        ("Wednesday", "2014-12-19", None, "2014-12-17", "day", None),  # the last Wednesday before a Friday
        ("Saturday", "2010-08-13", None, "2010-08-14", "day", None),  # no tense: the nearer Saturday
        ("Saturday", "2010-08-13", "past", "2010-08-07", "day", None),
        ("on Friday", "2014-12-19", "past", "2014-12-19", "day", None),  # the day itself
        ("Sunday morning", "2014-12-30", "past", "2014-12-28", "day", None),  # a part of the day: still the day
        ("last night", "2016-11-29", "past", "2016-11-28", "day", None),  # the night before the article's day
        ("Saturday", "2014-12-30", "future", "2015-01-03", "day", None),
        ("next Saturday", "2010-08-14", None, "2010-08-21", "day", None),  # a Saturday: the one after
        ("later on Tuesday", "2014-12-30", None, "2014-12-30", "day", "later"),
        ("today", "2014-12-30", None, "2014-12-30", "day", None),
        ("tonight", "2014-12-30", None, "2014-12-30", "day", None),
        ("yesterday", "2014-12-01", None, "2014-11-30", "day", None),
        ("last month", "2015-01-14", None, "2014-12", "month", None),
        ("next month", "2019-09-24", None, "2019-10", "month", None),
        ("Earlier this month", "2011-08-25", None, "2011-08", "month", None),
        ("last year", "2014-09-30", None, "2013", "year", None),
        ("35 years ago", "2011-08-25", None, "1976", "year", None),
        ("nearly two months ago", "2022-11-01", None, "2022-09", "month", "about"),
        ("three days ago", "2014-03-02", None, "2014-02-27", "day", None),
        # A bound says on which side of the date it lies; half a year is counted in months.
        ("less than a year and a half ago", "2011-08-25", None, "2010-02", "month", "after"),
        ("more than two years ago", "2014-12-30", None, "2012", "year", "before"),
        ("next week", "2014-12-30", None, "2015-01", "month", None),  # 5-11 January: one month
        ("Dec. 30", "2015-01-14", "past", "2014-12-30", "day", None),  # last year's December
        ("March 8", "2014-12-30", "past", "2014-03-08", "day", None),
        # A past clause naming a day up to two weeks after the publication date: that day, not a year back.
        ("June 12", "2018-06-02", "past", "2018-06-12", "day", None),
        ("Jan. 2", "2018-12-22", "past", "2019-01-02", "day", None),
        ("June 25", "2018-06-02", "past", "2017-06-25", "day", None),  # three weeks ahead: last year's
        ("October", "2014-09-30", None, "2014-10", "month", None),  # the nearest October
        ("October", "2014-09-30", "past", "2013-10", "month", None),
        ("mid-November", "2014-12-30", None, "2014-11", "month", "mid"),
        ("July of last year", "2014-09-30", None, "2013-07", "month", None),
        # "last December" said in December is a year back; "next" counts forward the same way.
        ("last December", "2016-12-14", None, "2015-12", "month", None),
        ("last March", "2016-12-14", None, "2016-03", "month", None),
        ("next December", "2016-12-14", None, "2017-12", "month", None),
        ("next February", "2016-01-14", None, "2016-02", "month", None),
        ("this March", "2016-12-14", "future", "2016-03", "month", None),
        ("16 April 1949", None, None, "1949-04-16", "day", None),  # absolute: no publication date needed
    ],
)
def test_relative_dates_against_the_publication_date(text, published, tense, value, precision, qualifier):
    from claimkit.normalize import resolve_date

    got = resolve_date(text, published, tense=tense)
    assert got == {"kind": "date", "value": value, "precision": precision, "qualifier": qualifier}
    DateValue.model_validate(got)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Wednesday", None), ("last month", None), ("four years ago", None), ("March 8", None),
        ("Wednesday", "2014-12"),  # a day needs a publication day
        ("last month", "2014"),
        ("last December", "2016"),  # which December is last depends on the month
        ("this week", "2014-12-31"),  # 29 December to 4 January: no one month
        ("the night", "2014-12-30"),
    ],
)
def test_relative_dates_without_the_date_they_need_have_no_value(text, published):
    from claimkit.normalize import resolve_date

    assert resolve_date(text, published) is None


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("Thanksgiving", "2016-12-01", "past", "2016-11-24"),  # the fourth Thursday of November
        ("Election Day", "2016-12-20", "past", "2016-11-08"),  # the Tuesday after the first Monday
        ("Election Day", "2022-10-01", "future", "2022-11-08"),  # 1 November 2022 was a Tuesday
        ("Memorial Day", "2019-06-01", None, "2019-05-27"),  # the last Monday of May
        ("Labor Day", "2019-09-10", None, "2019-09-02"),
        ("Christmas", "2015-01-06", "past", "2014-12-25"),  # the one just gone
        ("Christmas", "2015-01-06", None, "2014-12-25"),  # no tense: the nearest, twelve days back
        ("Halloween", "2015-10-20", None, "2015-10-31"),
        ("Christmas Day", "2014-11-30", "future", "2014-12-25"),
        ("New Year’s Eve", "2015-01-02", "past", "2014-12-31"),
        ("the Fourth of July", "2020-06-01", "future", "2020-07-04"),
        ("Christmas 2012", None, None, "2012-12-25"),  # a year given needs no publication date
    ],
)
def test_a_holiday_is_the_day_it_falls_on_in_the_year_nearest_the_article(text, published, tense, value):
    from claimkit.normalize import holiday_date

    assert holiday_date(text, published, tense=tense) == {"kind": "date", "value": value, "precision": "day",
                                                           "qualifier": None}


def test_a_holiday_without_a_publication_day_or_a_year_has_no_value():
    from claimkit.normalize import holiday_date

    assert holiday_date("Thanksgiving", None) is None
    assert holiday_date("Thanksgiving", "2016-11") is None
    assert holiday_date("Boxing Day", "2016-12-30") is None  # not a holiday it knows


def test_a_month_without_a_year_takes_a_year_the_text_stated_only_when_given():
    from claimkit.normalize import resolve_date

    assert resolve_date("early September", None) is None
    assert resolve_date("early September", None, context_year=2022)["value"] == "2022-09"


def test_a_month_without_a_year_takes_the_year_a_past_story_was_set_in_over_the_publication_year():
    from claimkit.normalize import resolve_date

    assert resolve_date("April 14", "2019-10-02", tense="past", scene_year=1997)["value"] == "1997-04-14"
    assert resolve_date("early April", "2019-10-02", tense="past", scene_year=1997)["value"] == "1997-04"
    assert resolve_date("April 14", "2019-10-02", tense="past")["value"] == "2019-04-14"
    # A month said against now keeps its own year.
    assert resolve_date("last April", "2019-10-02", scene_year=1997)["value"] == "2019-04"


def test_a_day_written_before_its_month_is_read_like_one_written_after_it():
    from claimkit.normalize import resolve_date

    day = {"kind": "date", "value": "2016-11-20", "precision": "day", "qualifier": None}
    assert resolve_date("20 November", "2016-11-29") == resolve_date("November 20", "2016-11-29") == day
    assert resolve_date("the 20th of November", "2016-11-29") == day
    assert resolve_date("20 November", "2016-11-29", tense="future")["value"] == "2017-11-20"
    assert resolve_date("20 November 21", "2016-11-29") is None  # two days: no date


@pytest.mark.parametrize(
    ("number", "unit", "amount", "out_unit", "approximate"),
    [
        ("a", "year", 1, "year", False),
        ("half a", "decade", 0.5, "decade", False),
        ("$23-million", None, 23_000_000, "USD", False),
        ("29 of 50", "states", 29, "states", False),
        ("hundreds", "bursts", 100, "bursts", True),
        ("dozens", "flybys", 24, "flybys", True),  # two dozen at least: one is "a dozen"
        ("dozens of thousands", "fans", 24_000, "fans", True),
        ("three", "South Koreans", 3, "South Koreans", False),  # the unit as written
        # Words that bound a number exactly, and bounds that make it approximate.
        ("all 298", "people", 298, "people", False),
        ("a further four", "overs", 4, "overs", False),
        ("just five", "deliveries", 5, "deliveries", False),
        ("a minimum of 70", "overs", 70, "overs", True),
        ("barely two", "runs", 2, "runs", True),
        ("more than two and a half", "years", 2.5, "years", True),
        # A currency written as a word after the number; halves of a scale.
        ("300 million dollars", None, 300_000_000, "USD", False),
        ("about 20,000 euros", None, 20_000, "EUR", True),
        ("more than a half a billion dollars", None, 500_000_000, "USD", True),
        ("half a million", "people", 500_000, "people", False),
        ("a quarter million", "people", 250_000, "people", False),
        ("about two and a half million", "people", 2_500_000, "people", True),
        # A share in words is a percentage, whatever it is a share of.
        ("two-thirds", "jobs", 66.7, "percent", False),
        ("just under three-quarters", "respondents", 75, "percent", True),
        ("almost half", "phones", 50, "percent", True),
        ("one in five", "adults", 20, "percent", False),
        ("six-tenths", "voters", 60, "percent", False),
        ("a third", None, 33.3, "percent", False),
        # A percentage in words, and half a unit with its article first.
        ("Sixty-six percent", None, 66, "percent", False),
        ("about forty per cent", None, 40, "percent", True),
        ("more than 30", "per cent", 30, "percent", True),  # "per cent" given as the number's unit
        ("a half", "century", 0.5, "century", False),
        # A round plural of a round plural: tens of thousands are ten thousand and more.
        ("Tens of thousands", "users", 10_000, "users", True),
        ("hundreds of millions", "dollars", 100_000_000, "USD", True),
        # Bounds and totals as a number phrase may start with them.
        ("total of 346", "people", 346, "people", False),
        ("no more than 5", "devices", 5, "devices", True),
        ("at most 12", "weeks", 12, "weeks", True),
        ("minimum of 3", "years", 3, "years", True),
        # Dozens multiply; vague counts read as three (several, a few) or two (a couple), approximately.
        ("two dozen", "eggs", 24, "eggs", False),
        ("several dozen", "people", 36, "people", True),
        ("a few thousand", "teachers", 3000, "teachers", True),
        ("a couple of", "instances", 2, "instances", True),
        ("a half-dozen", "universities", 6, "universities", True),
    ],
)
def test_more_quantities(number, unit, amount, out_unit, approximate):
    assert parse_quantity(number, unit) == {"kind": "quantity", "amount": amount, "unit": out_unit, "approximate": approximate}


def test_several_or_a_few_alone_is_no_count():
    assert parse_quantity("several") is None and parse_quantity("a few") is None


def test_a_share_needs_its_count_of_parts():
    assert parse_quantity("thirds") is None and parse_quantity("two half") is None
    assert parse_quantity("five in two") is None  # more parts than the whole
    assert parse_quantity("a third") is not None  # not vacuous


def test_a_range_has_no_single_amount():
    assert parse_quantity("50 to 100", "metres") is None
    assert parse_quantity("50", "metres") is not None  # not vacuous: either end alone has one


def test_find_dates_skips_text_without_a_year_only_when_no_year_is_given():
    # Without a year of its own no form has a value; with a year from the context one does.
    assert find_dates("It happened in early September, officials said.") == []
    assert find_dates("It happened in early September, officials said.", context_year=2022) == [
        (15, 30, {"kind": "date", "value": "2022-09", "precision": "month", "qualifier": "early"})]
    assert find_dates("On 12 March, 40 people were hurt.") == []
    assert find_dates("On 12 March, 40 people were hurt.", context_year=2021) == [
        (3, 11, {"kind": "date", "value": "2021-03-12", "precision": "day", "qualifier": None})]
    # The forms the quick test must let through: a century has no four-digit number.
    assert find_dates("It was built in the 19th century.") == [
        (20, 32, {"kind": "date", "value": "18XX", "precision": "century", "qualifier": None})]
    assert find_dates("in the late 1990s") == [(7, 17, {"kind": "date", "value": "199X", "precision": "decade", "qualifier": "late"})]
    # A decade with its century cut off gets past the quick test too; "the ’20s" names no century.
    assert find_dates("the radicals of the ’60s and '70s") == [
        (20, 24, {"kind": "date", "value": "196X", "precision": "decade", "qualifier": None}),
        (29, 33, {"kind": "date", "value": "197X", "precision": "decade", "qualifier": None})]
    assert find_dates("the Roaring ’20s") == [] and find_dates("rock 'n' roll in 60s clubs") == []
    # A pair of centuries names two dates, the first by its ordinal alone; "centuries" also gets
    # past the quick test.
    text = "Goats roamed it in the late 19th and early 20th centuries."
    assert [(text[a:b], v["value"], v["qualifier"]) for a, b, v in find_dates(text)] == [
        ("late 19th", "18XX", "late"), ("early 20th centuries", "19XX", "early")]
    assert [v["value"] for _, _, v in find_dates("the 18th to 20th centuries")] == ["17XX", "19XX"]
    assert find_dates("his 19th and 20th birthdays") == []
    # Written as one word before its noun.
    assert [v["value"] for _, _, v in find_dates("the hardships of 19th-century immigrants")] == ["18XX"]
    # Decades in words and the turn of a century or the millennium get past it too; an age does not.
    assert [(v["value"], v["qualifier"]) for _, _, v in find_dates("from the late nineteen-sixties to the mid-aughts")] == [
        ("196X", "late"), ("200X", "mid")]
    assert [(v["value"], v["precision"], v["qualifier"]) for _, _, v in find_dates("at the turn of the 20th century")] == [
        ("1900", "year", "about")]
    assert find_dates("a woman in her forties") == [] and find_dates("the turn of the page") == []


def test_an_open_end_between_a_number_and_its_noun_hedges_the_number():
    # "900,000 or so gallons", "five or more people": approximate, and no part of the unit.
    assert parse_quantity("900,000", "or so gallons") == {"kind": "quantity", "amount": 900000, "unit": "gallons",
                                                         "approximate": True}
    assert parse_quantity("five", "or more people") == {"kind": "quantity", "amount": 5, "unit": "people",
                                                       "approximate": True}
    # Control: a unit that only begins with "or" is the unit ("ore" is no open end).
    assert parse_quantity("12", "ore carriers") == {"kind": "quantity", "amount": 12, "unit": "ore carriers",
                                                   "approximate": False}


def test_a_unit_that_runs_over_blank_lines_is_one_line_of_words():
    # Extraction masks furniture with spaces and keeps its line ends, so a unit read up to the end
    # of a phrase can take in blank lines; a claim's unit must be one line (it failed validation).
    got = parse_quantity("2024", "wildfire\n            \n      \n")
    assert got is not None and got["unit"] == "wildfire", got
    assert parse_quantity("12", " \n ")["unit"] is None
