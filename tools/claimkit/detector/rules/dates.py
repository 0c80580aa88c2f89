"""Dates and times: absolute dates and year ranges, dates relative to the article's own date,
and the other date and time expressions the entity recognizer marks."""

from __future__ import annotations

import datetime
import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ...normalize import (
    DAY_PARTS,
    HOLIDAY_RE,
    MONTHS,
    NUMBER_WORDS,
    find_dates,
    holiday_date,
    resolve_date,
    valid_day,
)
from ..lexicon import (
    EMPTY_SUPERLATIVES,
    EVENT_NOUNS,
    HAPPENING_NOUNS,
    IRREALIS_VERBS,
    POSSIBILITY_MODALS,
    REPORTING_VERBS,
    SCHEDULING_VERBS,
    SPECULATIVE_MODALS,
    TIME_UNITS,
    WEEKDAYS,
)
from ..syntax import (
    clause_of,
    could_not,
    doc_text,
    ents_within,
    infinitive,
    np_end,
    perfect,
    phrase_chars,
    speculative,
    stop_at,
    titled,
    wished,
)
from . import Candidate, Sentence

_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_UNIT = r"(?:day|week|fortnight|month|year|decade)s?"
_FULL_MONTHS = tuple(m for m in MONTHS if len(m) > 3 or m == "may")
_SHORT_MONTHS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# The abbreviation with its stop first: "Sept" is also a name of four letters, and taken as one it
# would leave the stop and the day of "Sept. 24" out.
_MONTH_NAME = (r"(?:(?:" + "|".join(_SHORT_MONTHS) + r")\.|(?:" + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True))
               + r")(?![^\W\d_]))")  # not the "May" of "Mayor"
RELATIVE_RE = re.compile(
    r"\b(?:(?:earlier|later|late|early)\s+(?:on\s+|in\s+)?)?"
    r"(?:(?:this|last|next|coming)\s+)?"
    r"(?:" + "|".join(WEEKDAYS) + r"|today|tonight|yesterday|tomorrow)(?:['’]s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:(?:earlier|later|late|early)\s+)?(?:this|last|next|coming)\s+(?:week|month|year|morning|afternoon|evening)(?:['’]s)?\b"
    r"|\blast\s+night\b"
    # "a few weeks ago", "a year or so ago": a vague count or an "or so" dates as surely as a number.
    r"|\b(?:(?:about|around|nearly|almost|some|roughly|more than|less than|just|only)\s+)?"
    r"(?:" + _NUMBER + r"|a\s+few|a\s+couple\s+of)\s+" + _UNIT
    + r"(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?:ago|earlier)\b"
    # The day first: "20 November", "the 20th of November".
    r"|\b(?:the\s+)?[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r"(?!\s*,?\s*\d)"
    # "end of November", "the beginning of October": where in the month, as "early" and "late" say
    # it ("the" left out of the focus, as it is of "the end of 2014"). An owning month is not the
    # one ended: "at the end of April's fair" is the end of the fair, held in April.
    r"|\b(?:(?:last|next|this)\s+)?(?:(?:early|mid|late)[\s-]+|(?:end|beginning|start|middle)\s+of\s+(?="
    + _MONTH_NAME + r"(?!['’]s\b)))?" + _MONTH_NAME + r"(?:\s+[0-3]?[0-9](?:st|nd|rd|th)?\b)?"
    r"(?:\s+(?:of\s+)?(?:last|this|next)\s+year\b)?(?!\s*,?\s*\d{4})",
    re.I,
)


# An owner before "last" makes it "final" ("his last week in office"); so does "the" with an "of"
# after ("the last night of the tour"), while "in the last month" is the past month.
_OWNED_LAST_RE = re.compile(r"(?:\b(?:his|her|its|their|our|my|your)|['’]s)\s+$", re.I)
_THE_LAST_RE = re.compile(r"\bthe\s+$", re.I)


def _may_be_relative(piece: str) -> bool:
    """False only where RELATIVE_RE cannot match: a cheap test of an ASCII sentence's words (most
    sentences) before the pattern is tried at every word of it. Every match holds a weekday, a
    today-word, "ago" or "earlier" as a whole word; or "this/last/next/coming" and a unit; or a
    word that starts with a month's name (the pattern has no boundary after one); or a month's
    abbreviation as a whole word."""
    if not piece.isascii():
        return True  # IGNORECASE matches some non-ASCII letters to ASCII ones ("ſ" to "s")
    words = set(_LETTERS_RE.findall(piece.lower()))
    if not words.isdisjoint(_RELATIVE_WORDS) or not words.isdisjoint(_SHORT_MONTHS):
        return True
    if not words.isdisjoint(_RELATIVE_UNITS) and not words.isdisjoint(_WHICH):
        return True
    return any(w.startswith(_FULL_MONTHS) for w in words)


_LETTERS_RE = re.compile(r"[a-z]+")


def _nowadays(word: Token) -> bool:
    """"Today, such storms are rare", "Today the valley has a name for its wine": "today" on a
    plain present "be" or "have" with a complement of its own means these days, set against the
    past, and pins no day; "The vote is today" (the day is what is said) and "employs 30 today"
    (a count as of the article's day) keep it."""
    head = word.head
    return word.dep_ == "npadvmod" and head.lemma_ in ("be", "have") and head.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
        and any(c.dep_ in ("attr", "acomp", "dobj") for c in head.children)


def _named_day_as_kind(word: Token, sent_start: int) -> bool:
    """"the Super Tuesday states", "the March 3 Super Tuesday primaries": a weekday that a capitalized
    word before it makes a named day, and that then describes the noun after it, sorts that noun
    (which states, which primaries) rather than telling when anything was (three of three left
    unmarked in tune, in two articles). A named day said as a time ("on Black Friday") keeps it."""
    if word.lower_ not in WEEKDAYS or word.dep_ not in ("compound", "amod", "nmod") or word.head.i <= word.i:
        return False
    return any(c.dep_ in ("compound", "amod") and c.i == word.i - 1 and c.i > sent_start and c.text[:1].isupper()
               and c.ent_type_ != "DATE" and c.lower_ not in WEEKDAYS for c in word.lefts)


def _years_away(sent: Span) -> bool:
    """"There might be less pressure to do that today, but seven years ago ...", "the GCSE system
    today - almost 30 years later", "messages sent today could be decrypted by a device built a
    decade from now": a sentence that counts years back or on from its "today" sets these days
    against that time, and pins no day (three of three left unmarked in tune). Years it only
    measures ("orbiting for two years") set nothing against it."""
    for t in sent:
        if t.lemma_.lower() not in ("year", "decade", "century") or t.i + 1 >= sent.end:
            continue
        after = t.nbor()
        if after.lower_ in ("ago", "later") or (
                after.lower_ == "from" and t.i + 2 < sent.end and t.nbor(2).lower_ == "now"):
            return True
    return False


# Verbs of lasting: with "still" and "today" they tell that a thing goes on, not what a day held.
_LASTING_VERBS = frozenset("be exist remain stand survive endure persist linger".split())


def _still_today(word: Token) -> bool:
    """"This staffing surge still exists today", "and still today, its best-known alumnus was":
    "today" with "still" tells that something lasts into these days (two of two in tune left
    unmarked), and pins no day; "The museum still opens today" (a happening on the day) keeps it."""
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in word.children):
        return True
    head = word.head
    return word.dep_ == "npadvmod" and head.lemma_ in _LASTING_VERBS and head.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ == "advmod" and c.lower_ == "still" for c in head.children)


# A colon right after a time word: the end of a label ("Today: ...").
_LABEL_END_RE = re.compile(r"\s*:")
_RELATIVE_WORDS = frozenset((*WEEKDAYS, "today", "tonight", "yesterday", "tomorrow", "ago", "earlier"))
# "today's" and "tomorrow's" before a plural noun name an age, not a day: "today's 3-D printers"
# (but "today's vote": what the day held).
_ERA_WORDS = frozenset(("today's", "today’s", "tomorrow's", "tomorrow’s"))
_RELATIVE_UNITS = frozenset(("week", "month", "year", "morning", "afternoon", "evening", "night"))
_WHICH = frozenset(("this", "last", "next", "coming"))
# "2002-2006", "Between 2010 and 2013", "from at least 2001 to 2010": one claim for the span, no
# single value.
YEAR_RANGE_RE = re.compile(
    r"\b(?:between\s+(?:at\s+least\s+)?(?:1[0-9]{3}|20[0-9]{2})\s+and\s+(?:1[0-9]{3}|20[0-9]{2})"
    r"|from\s+(?:at\s+least\s+)?(?:1[0-9]{3}|20[0-9]{2})\s+(?:to|until|through)\s+(?:1[0-9]{3}|20[0-9]{2})"
    r"|(?:1[0-9]{3}|20[0-9]{2})\s*[-–]\s*(?:1[0-9]{3}|20[0-9]{2}|[0-9]{2}))\b",
    re.I,
)
# A fiscal or sports year that runs across two calendar years: "2016/2017", "2023/24".
SPLIT_YEAR_RE = re.compile(r"(?<![\w/])(?P<first>1[0-9]{3}|20[0-9]{2})/(?P<second>(?:1[0-9]|20)?[0-9]{2})(?![\w/])")
# A time told vaguely from another happening the article tells of, not from its own date: "a few
# weeks later", "moments earlier", "shortly after", "just days before the exams". No value: it
# counts from a happening, not a date. With a number it is a length of time ("a year after"), which
# the quantity rules take, or a step from the last date named ("two days later": LENGTH_LATER_RE).
SINCE_EVENT_RE = re.compile(
    r"\b(?:(?:just|only|barely)\s+)?"
    r"(?:(?:a few|several|a couple of)\s+" + _UNIT + r"|(?:moments|minutes|hours|days|weeks|months))"
    r"\s+(?:later|afterwards?|before|after)\b(?![-–])"
    r"|\b(?:moments|shortly|soon)\s+(?:later|earlier|afterwards?|after|before|thereafter)\b(?![-–])"
    # "met the director shortly thereafter", "A short time later, officers stopped a car": the same
    # step without a number (five of six in tune a date).
    r"|\ba\s+(?:short|little)\s+(?:time|while)\s+(?:later|afterwards?)\b"
    # "was arrested the next day", "a day after flying home", "the year before": one step from
    # the happening just told (a year told from a year is ANAPHORIC_YEAR_RE's).
    r"|\bthe\s+(?:next|following|previous|preceding|prior|same)\s+(?:day|morning|afternoon|evening|night|week|weekend|month)\b"
    # "winning in straight sets the day prior", "survey numbers for the month prior" (two of three in tune).
    r"|\b(?:the|a|one)\s+(?:day|night|morning|evening)\s+(?:after|before|later|earlier|prior)\b(?![-–])"
    r"|\bthe\s+(?:week|month|year)\s+(?:after|before|earlier|prior)\b(?![-–])",
    re.I,
)
# "Since then, the country has been ...": from the date the text named last (three of four in tune).
SINCE_THEN_RE = re.compile(r"\bsince\s+then\b", re.I)
# A word every SINCE_EVENT_RE match holds: a sentence without one skips its scan.
_SINCE_CUE_RE = re.compile(r"later|after|before|earlier|next|following|previous|preceding|prior|same", re.I)
# The span just gone by as the time of a happening: "formed in recent weeks", "left the agency in
# the past week", "made progress over the past few months" (eight of eight in tune); "unsealed in
# recent days", "In recent months, the agency has", "doubled over the past decade" (eight of nine).
# A span of years is not: "in recent years", "in the past two years" go either way or to the
# quantity rules (eleven of twenty-one "in recent years" a date), and "for the last few months of
# his life", "for the past decade" are lengths.
RECENT_SPAN_RE = re.compile(
    r"\b(?:in|over|during|within)\s+(?P<span>recent\s+(?:days|weeks|months)"
    r"|the\s+(?:past|last)\s+(?:week|decade|few\s+(?:weeks|months)))\b"
    r"(?!\s+of\b)",
    re.I)
# A quarter of a year: "the second quarter", "third-quarter", "the fourth quarter of 2019".
QUARTER_RE = re.compile(r"\b(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b"
                        r"(?:\s+of\s+(?P<year>1[0-9]{3}|20[0-9]{2})\b)?", re.I)
# The opening months of a year by their count: "the first nine months of 2014", "the first 11 months
# of 2014" (two of two in tune a date at the year, with the count as written for its qualifier, as a
# quarter has its own). A stretch of the year, not a bound: "through the first nine months" keeps
# no "through".
OPENING_MONTHS_RE = re.compile(r"\bfirst\s+(?P<n>[2-9]|1[01]|two|three|four|five|six|seven|eight|nine|ten|eleven)"
                               r"\s+months\s+of\s+(?P<year>1[0-9]{3}|20[0-9]{2})\b", re.I)
# A quarter by its short name after a preposition: "due in Q4", "the GDP report for Q1" (two of two
# in tune a date). The preposition keeps out names that look alike ("the Audi Q4 e-tron").
SHORT_QUARTER_RE = re.compile(r"\b(?:in|for|during|by|since|until|through)\s+(?P<q>Q(?P<n>[1-4]))\b(?![-–]\w)")
_QUARTER_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
# A game clock: "with 3:08 to play", "1:24 left", "17:46 into the third period".
GAME_CLOCK_RE = re.compile(r"\b\d{1,2}:\d\d (?:to play|to go|left|remaining"
                           r"|into (?:the )?(?:first|second|third|fourth|final|\w+-?) (?:period|quarter|half|overtime)"
                           r"|into overtime)\b")
# A time of day on the 24-hour clock, which the entity recognizer leaves untagged or calls a number:
# "from 21:00 local time", "around 20:00hrs", "(0100 GMT)". Only a form no other reading shares: an
# hour past noon, or a clock with "hrs" or a time zone after it (a bare "7:14" may be a game clock
# or a ratio).
H24_CLOCK_RE = re.compile(
    r"(?<![\w:.,])(?:(?:about|around|approximately|roughly)\s+)?"
    r"(?:(?P<h>[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?:\s*hrs?\b)?|(?:[01]\d|2[0-3])[0-5]\d\s*hrs?\b|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:GMT|UTC)\b))"
    r"(?P<zone>\s+(?:local time|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)\b)?",
    re.I)
# What a sentence must hold for H24_CLOCK_RE to match: a colon, "hrs" or a zone (a cheap test first).
H24_HINT_RE = re.compile(r":|hr|GMT|UTC", re.I)
# Spans of the year or of the week told from now, and ends of periods: "last spring", "this
# weekend", "over the weekend", "by the end of the next decade", "later in the day". A record
# pins them down though no calendar date is written (valued by _period_value where it can be).
PERIOD_RE = re.compile(
    r"\b(?:(?:early|late)\s+)?(?:(?:this|last|next|coming)\s+(?:spring|summer|fall|autumn|winter|weekend)"
    r"|(?:last|next|this)\s+season)\b"
    r"|\b(?:over|during)\s+the\s+weekend\b"
    r"|\b(?:by|before|until|toward|towards)\s+the\s+end\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:next\s+)?"
    r"(?:year|decade|month|week|season|quarter|century)\b"
    r"|\b(?:by|before|until|toward|towards)\s+the\s+century[’']s\s+end\b"
    r"|\blater\s+in\s+the\s+(?:day|week|month|year)\b"
    # "hit record highs earlier in the session", "Earlier in the day, Murray won": the day the
    # article reports, as "later in the day" is; "Earlier in the year": its year (four of four in tune).
    r"|\bearlier\s+in\s+the\s+(?:day|session|year)\b"
    r"|\b(?P<past_season>(?:over|during|through|until)\s+the\s+(?:spring|summer|fall|autumn|winter))\b"
    # "would resign at the end of the year", "free through the end of the year", "has grown since the
    # start of the year", "at the start of the decade": an edge of the year or decade the article is in
    # (valued by _edge_value).
    r"|\b(?P<edge_prep>at|through|since)\s+(?P<edge>the\s+(?:end|start|beginning)\s+of\s+the\s+(?:year|decade))\b",
    re.I)
# The months of each season (northern hemisphere), for "last spring" and "next summer".
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}


def _yet_to(verb: Token) -> bool:
    """"has yet to score", "is yet to win": a deed still to come ("has yet to be found", passive,
    states what holds)."""
    t = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.children) \
        and any(c.dep_ == "xcomp" and not any(g.dep_ == "auxpass" for g in c.children) for c in t.children)


def _period_value(phrase: str, published: str | None, tense: str | None = None) -> dict | None:
    """The value of a PERIOD_RE phrase against the publication date: a season of a year ("last
    spring" in November 2019: 2019, spring), the year of a sports season ("last season": the year
    before), the day itself ("later in the day"), this century's last year ("by the end of the
    century"), a weekend by ``tense``, the tense of its clause (``resolve_date``); None for another
    period's end, and without a publication date."""
    if not published:
        return None
    words = phrase.lower().split()
    if words[-1] == "weekend":
        return resolve_date(phrase, published, tense=tense)
    year, month = int(published[:4]), int(published[5:7]) if len(published) >= 7 else 0
    if words[:3] == ["later", "in", "the"] and words[3] == "day" and len(published) == 10:
        return {"kind": "date", "value": published, "precision": "day", "qualifier": "late"}
    if words[:3] == ["earlier", "in", "the"]:
        if words[3] == "year":
            return {"kind": "date", "value": str(year), "precision": "year", "qualifier": None}
        return {"kind": "date", "value": published, "precision": "day", "qualifier": None} if len(published) == 10 else None
    if "season" in words and "end" in words:
        return {"kind": "date", "value": str(year + 1), "precision": "year", "qualifier": None}
    if "season" in words:
        # A sports season is valued at the year it began: in January or February the one under way
        # began the year before ("this season" on 4 January 2011 is 2010, "next season" 2011).
        year -= 1 if 0 < month <= 2 else 0
        step = -1 if "last" in words else 1 if "next" in words else 0
        return {"kind": "date", "value": str(year + step), "precision": "year", "qualifier": None}
    if words[-1] in ("century", "end") and ("century" in words or "century's" in words or "century’s" in words) \
            and not {"next", "last"} & set(words):
        # "by the end of the century", "before the century's end": the last year of this one
        # (2100 from 2023), bounded by the preposition.
        return {"kind": "date", "value": str((year - 1) // 100 * 100 + 100), "precision": "year", "qualifier": words[0]}
    season = next((w for w in words if w in SEASON_MONTHS), None)
    if season is None or not month:
        return None
    first, last = SEASON_MONTHS[season]
    if words[1:2] == ["the"]:
        # "over the summer" in a past clause: the last one begun by the publication date, its
        # "until" kept in the qualifier as the annotators do ("since the spring" is `_from_happening`'s).
        year -= 0 if month >= first else 1
        kept = "until " if words[0] == "until" else ""
        return {"kind": "date", "value": str(year), "precision": "year",
                "qualifier": kept + ("fall" if season == "autumn" else season)}
    if "last" in words:
        year -= 0 if month > last else 1
    elif "next" in words or "coming" in words:
        year += 0 if month < first else 1
    return {"kind": "date", "value": str(year), "precision": "year", "qualifier": "fall" if season == "autumn" else season}


def _edge_value(prep: str, edge: str, year: int | None) -> dict | None:
    """The value of an edge of a year or a decade, as the tune annotators gave it: "at the end of the
    year" is the year, "end"; "through the end of the year" its last day, the bound it reaches;
    "since the start of the year" its January, "since"; "at the start of the decade" the decade,
    "early" (the one a year ending in 0 closes: "the start of the decade" in 2010 is 2000's)."""
    if year is None:
        return None
    words = edge.lower().split()
    end = words[1] == "end"
    if words[-1] == "decade":
        return {"kind": "date", "value": f"{(year - 1) // 10:03d}X", "precision": "decade",
                "qualifier": "late" if end else "early"} if prep == "at" else None
    if not end:
        return {"kind": "date", "value": f"{year:04d}-01", "precision": "month", "qualifier": "since" if prep == "since" else None}
    if prep == "through":
        return {"kind": "date", "value": f"{year:04d}-12-31", "precision": "day", "qualifier": None}
    return {"kind": "date", "value": f"{year:04d}", "precision": "year", "qualifier": "end"} if prep == "at" else None


ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
# Words of a time of day: a TIME entity with one of them states when something happened.
CLOCK_RE = re.compile(r"\d[:.]\d\d|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|\b(?:noon|midnight|o'clock)\b", re.I)
# A part of the day told on its own, narrowed by a word ("in the early afternoon", "late
# afternoon", "By midafternoon") or bounded by a preposition ("By sundown", "at dawn"): when
# in the day something happened, a date the annotators mark (seven of its eight proposals in
# tune, all but a forecast), valued from the day told before it as a clock time is (`times_of_day`). A bare "in
# the afternoon" or "at night" is mostly a habit or a forecast, and one with its day ("on Sunday
# morning", "the early morning hours of May 3") is the day's date.
DAY_PART_RE = re.compile(
    r"\b(?:(?:early|late|mid)[- ]?(?:morning|afternoon|evening)|midafternoon|midmorning"
    r"|(?:(?<=\bby )|(?<=\bat )|(?<=\bbefore )|(?<=\buntil ))(?:dawn|dusk|daybreak|sundown|sunset|sunrise|nightfall))\b"
    r"(?!-\w)(?!\s+(?:on|of)\b)", re.I)
# Prepositions kept in front of a date: they are part of what is checked ("since the early 1980s",
# "by December 2017").
KEPT_PREPS = frozenset("since until throughout by".split())
# "before" and "after" in front of a date are kept the same way: the bound is what is checked
# ("before Jan. 1, 2010" is not Jan. 1, 2010; the tune annotators put the word in the focus and the
# qualifier, 16 of 19 "before" and 20 of 24 "after"). Not before a date that qualifies a noun after
# it ("before Tuesday's event", "after the 1979 invasion": the happening is what comes before or
# after), nor after another preposition ("until after December"), nor before a time of day, which
# `times_of_day` bounds with its own "after" and "before" (hence not in KEPT_PREPS).
BOUND_PREPS = frozenset("before after".split())
# Longer openings kept the same way, with the qualifier each gives ("since at least July 12" is
# "since": the hedge says the start may be earlier still).
# "until at least 2023" bounds the date from below, "at least" as the annotators give it (two of four
# in tune; none gives "until": "not before", "until at least").
KEPT_PHRASES = {("as", "of"): "as of", ("no", "later", "than"): "no later than", ("not", "later", "than"): "no later than",
                ("since", "at", "least"): "since", ("until", "at", "least"): "at least"}
# "through" is kept the same way before a calendar date, a bound that is checked with it ("ran
# through June 30, 2014", "is signed through 2020"); before a day or time said from now ("through
# Tuesday", "through this fall") it only spans the time to it.
CALENDAR_RE = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b|" + _MONTH_NAME, re.I)
# "the next year", "the previous year": counted from a year the text has just given ("abducted in
# August 2016. The next year, ..."), not from the article's own date as "next year" is.
# "who died the same year", "had its assets nationalised that same year": the year just given
# itself (three of three in tune).
ANAPHORIC_YEAR_RE = re.compile(r"(?<=\b[Tt]he )(?P<dir>next|following|previous|preceding|prior|same) year\b(?![-–])"
                               r"|\b[Tt]hat same year\b(?![-–])")
# "Four years later" after a year the paragraph states ("introduced in 2012. Four years later, ..."):
# counted from that year, as "the next year" is, not a length. ("Four years earlier" is left to the
# relative dates: the year it counts back from is often not the last one named, "released in 1978 ...
# started in 1971 ... the trauma he'd caused four years earlier".)
# The hedge and the number words of a step later ("about four", "nearly a").
_LATER_HEDGE = r"(?P<hedge>(?:about|around|roughly|nearly|almost|some|just|only)\s+)?"
_LATER_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("zero", "dozen", "hundred"))
YEARS_LATER_RE = re.compile(
    r"(?<!half )\b" + _LATER_HEDGE + r"(?P<n>\d{1,3}|a|an|" + _LATER_WORDS + r")"
    r"\s+years?\s+later\b", re.I)
# "four days later", "about a month later", "half a year later": a step of days, weeks or months from
# a happening the text has dated, a date as "Four years later" is (the tune annotators made six of
# six a date, none a length), valued by `lengths_later` once the document's dates are known. Minutes
# and hours are left a length ("11 hours later": two of three annotators counted them).
LENGTH_LATER_RE = re.compile(
    r"(?<![\w-])" + _LATER_HEDGE + r"(?:(?P<n>\d{1,2}|a|an|" + _LATER_WORDS
    + r")\s+(?P<unit>day|week|fortnight|month)s?|(?P<half>half\s+a\s+year))\s+later\b", re.I)
_STEP_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def _later_steps(m: re.Match) -> int:
    """How many steps a YEARS_LATER_RE or LENGTH_LATER_RE match counts ("a" is one)."""
    n = m["n"].lower()
    return int(n) if n.isdigit() else 1 if n in ("a", "an") else NUMBER_WORDS[n]


def _later_qualifier(m: re.Match) -> str | None:
    """"about" for a hedged step later ("nearly four years later"), none for "just" or "only"."""
    hedge = (m["hedge"] or "").strip().lower()
    return "about" if hedge and hedge not in ("just", "only") else None
# "That year, ...", "later that day", "late that evening": the time of a happening the text has just
# dated, pointed back to. A year takes the year stated before it in the paragraph; a day has no value
# (the last day named is often not the one pointed back to: "announced on Dec. 19, a day before the
# deadline on Dec. 20. Later that day, ...").
THAT_TIME_RE = re.compile(r"\b(?:(?P<part>later|earlier|late|early)\s+(?:(?:in|on)\s+)?)?that\s+"
                          r"(?P<unit>year|day|morning|afternoon|evening|night|week|month|season)\b", re.I)
# How a THAT_TIME_RE phrase stands in its clause when it dates it: as an adverb ("That year, the region
# produced ...") or after a time preposition ("in that year"), not as a thing ("that day will come").
_THAT_TIME_DEPS = frozenset(("npadvmod", "advmod"))
_THAT_TIME_PREPS = frozenset(("in", "on", "during", "by", "until", "since"))
# Years read as dates only after one of these (else "1,200" or a bare count might pass for one).
YEAR_CUES = frozenset("in since by until from of after before to year during early mid late around circa".split())
# How a bare year stands when it is the thing a clause is about rather than when it happened:
# its subject ("2015 should be a banner year"), object ("I will remember 2016") or complement
# ("think it was 1900 again").
_YEAR_AS_THING_DEPS = frozenset(("nsubj", "dobj", "attr"))


def _year_of_thing(span: Span) -> bool:
    """"a 2022 Senate run", "the governor's 2016 election campaign", "the 2009 Super Bowl", "after
    devastating 2024 wildfire": a bare year that numbers one thing named after it (a singular noun)
    dates that thing, though the recognizer may call it a count (four of six such years in tune a
    date, a wine's vintage not); "the 1927 Yankees" number many (a plural noun), and "a 2000-word
    essay" is a measure."""
    if len(span) != 1:
        return False
    year = span[0]
    head = year.head
    doc = year.doc
    return year.dep_ == "nummod" and year.like_num and head.i > year.i and head.tag_ in ("NN", "NNP") \
        and year.i + 1 < len(doc) and not doc[year.i + 1].is_punct


# Happenings fixed on a calendar ahead of time: a date that names one ("the March 11 election")
# may lie on either side of the publication day.
_CALENDARED_NOUNS = frozenset("election vote ballot referendum meeting hearing deadline summit date".split())


def tense_of(token: Token) -> str | None:
    """"past" or "future": the tense of the clause a date expression dates (None if unclear)."""
    # "would investigate reports of an explosion on Sunday": the date is the explosion's, not
    # the clause's.
    if _since_start(token):
        return "past"
    if _heads_an_item(token):
        return None
    t = token
    while t.head.i != t.i and (t.head.pos_ in ("ADP", "PROPN", "NUM") or t.head.ent_type_ in ("DATE", "TIME")):
        t = t.head
    if t.head.i != t.i and t.pos_ == "ADP" and t.lower_ in ("for", "in", "on", "until", "to") \
            and _arranging(t.head) and t.head.pos_ == "VERB":
        # "set Johnson's trial for Feb. 25": when the arranged thing happens, on either side of
        # now whatever the tense of the arranging; resolve_date takes the nearer. An arranging
        # still to come sets a date still to come ("will be postponed from Tuesday to Friday").
        return "future" if _verb_tense(t.head) == "future" else None
    tense = _verb_tense(clause_of(token))
    if t.head.i != t.i and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in _CALENDARED_NOUNS \
            and t.dep_ in ("compound", "nmod", "npadvmod", "amod") \
            and not (tense == "past" and t.head.dep_ in ("nsubj", "nsubjpass")):
        # "the March 11 election", "a Nov. 29 meeting": a calendared happening is talked of before
        # it comes as much as after, whatever the tense of the clause that names it; resolve_date
        # takes the nearer. Made the subject of a past clause it is past ("The June election was
        # a landslide").
        return None
    if tense == "past" and _bound(t) and not perfect(clause_of(token)):
        # "asked for answers no later than May 10", "canceled its flights through mid-August": a
        # bound set in a past clause lies ahead of the setting, on either side of now; resolve_date
        # takes the nearer. One reached by then stays past ("had doubled by March").
        return None
    if t.head.i != t.i and t.head.pos_ == "NOUN" and t.head.ent_type_ not in ("DATE", "TIME") and tense != "past":
        return None  # a happening named in a past clause is past too ("The January leave was his third")
    return tense


def _heads_an_item(token: Token) -> bool:
    """``token`` is in a date that ends a line's verbless opening before a colon: a schedule's
    line ("No. 14 Pueblo West (7-4) at No. 3 Montrose (8-2), 1 p.m. Saturday: These two met in
    Week 10") or a log's ("October 20: ACCIDENT – A vehicle ... was towed"). The date is the
    item's own; the verb after the colon, which the parser may take for its clause, tells of its
    own time (a past meeting in a preview of a coming game), so no tense dates it and
    resolve_date takes the nearer day."""
    doc = token.doc
    sent = token.sent
    i = token.i + 1
    while i < sent.end and doc[i].text != ":" and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ in DAY_PARTS):
        i += 1
    if i >= sent.end or doc[i].text != ":":
        return False
    start = sent.start
    for j in range(token.i - 1, sent.start - 1, -1):
        if "\n" in doc[j].text or "\n" in doc[j].whitespace_:
            start = j + 1
            break
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[start:token.i])


def _since_start(token: Token) -> bool:
    """``token`` dates the start of a spell introduced by the preposition "since" ("had sought to
    delay since November", "cleared two borders since fleeing Berlin Monday"): the spell runs up
    to the clause's time, so its start lies before it, in the past, whatever the tense of the verb
    (an infinitive "to delay" or a gerund "fleeing" tells none). "since" as a conjunction before a
    clause ("since the vote is Tuesday", a reason) is no spell."""
    t = token
    for _ in range(6):
        if t.lower_ == "since" and t.dep_ == "prep":
            return True
        head = t.head
        if head.i == t.i:
            return False
        if not (head.lower_ == "since" or head.ent_type_ in ("DATE", "TIME") or head.pos_ in ("PROPN", "NUM")
                or (head.tag_ == "VBG" and head.dep_ == "pcomp")):
            return False
        t = head
    return False


def _arranging(verb: Token) -> bool:
    """A verb of arranging a time ("scheduled", "set"); the lemmatizer makes "slated" "slat"."""
    return verb.lemma_.lower() in SCHEDULING_VERBS or verb.lower_.removesuffix("d") in SCHEDULING_VERBS


def _bound(t: Token) -> bool:
    """``t`` opens a time something is to be done by or to last through: "by", "through", "no
    later than" ("until" is left out: "didn't search it until October" is when it was done)."""
    if t.lower_ in ("by", "through"):
        return t.pos_ == "ADP" and t.dep_ == "prep"
    later = t.head if t.lower_ == "than" else t  # the entity recognizer takes "later" into the date, or leaves it out
    return later.lower_ == "later" and any(c.lower_ in ("no", "not") for c in later.lefts)


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lefts = list(verb.lefts)
    modal = any(c.tag_ == "MD" and c.lower_ in SPECULATIVE_MODALS for c in lefts)
    if modal and any(c.lower_ in ("have", "'ve") for c in lefts) and verb.tag_ == "VBN":
        return "past"  # "could have been triggered by its decision in June"
    if modal or any(c.lower_ in ("going", "set", "due", "scheduled") for c in lefts):
        return "future"
    if infinitive(verb):
        # "agreed to sell it in June" happened when the agreeing did; "plans to sell it in June",
        # "a decision to support X in June" look ahead, or at nothing the clause says.
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN"):
            return None
        if _arranging(head) and head.i != verb.i:
            # "is scheduled to take place in February": arranged as things stand, so still to come;
            # "was scheduled to" may have been, either side of now.
            present = head.tag_ in ("VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in head.lefts)
            return "future" if present else None
        if head.tag_ == "VBN" and head.dep_ == "acl" and not perfect(verb) \
                and not any(c.dep_ in ("aux", "auxpass") for c in head.lefts):
            # "an event rumored to take place in March": a bare participle on a noun tells what is
            # said or arranged of the happening, not when it happened; the nearer March.
            return None
        if depth < 3 and head.i != verb.i and head.lemma_.lower() not in IRREALIS_VERBS:
            return _verb_tense(head, depth + 1)
        if head.tag_ == "VBD":
            # "attempted to hatchet officers in October": a past attempt's date may lie on either
            # side of now; resolve_date takes the nearer.
            return None
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(c.lower_ in ("had", "has", "have", "was", "were", "did") for c in lefts):
        return "past"
    return None


def _kept_phrase(doc: Doc, i: int, floor: int) -> tuple[int, str] | None:
    """The start and qualifier of a KEPT_PHRASES opening ending just before token ``i``."""
    for words, qualifier in KEPT_PHRASES.items():
        j = i - len(words)
        if j >= floor and tuple(t.lower_ for t in doc[j:i]) == words:
            return doc[j].idx, qualifier
    return None


# The links by which a date is the time of a verb, not of a noun ("the March 3 primaries").
_TIME_DEPS = frozenset("npadvmod pobj prep advmod tmod".split())


def _times_a_guess(span: Span, value: dict | None, published: str | None) -> bool:
    """The date is the time of a clause the writer only guesses will come: under "could", "may"
    or "might" ("Those storms could fire as early as 1 p.m."), in no one's words ("Shotwell said
    missions could begin in 2022", "according to rumors" keep theirs), and not in the past ("In
    2013, its assets could cover 87 percent", "prices they might have gotten six months ago")."""
    t = span.root
    while t.pos_ not in ("VERB", "AUX"):
        if t.dep_ not in _TIME_DEPS or t.head.i == t.i or (t.i != span.root.i and t.pos_ not in ("ADP", "ADV")):
            return False  # "up 38% so far this year": the date hangs on another word, not on the verb
        t = t.head
    verb = t
    if verb.i >= span.start and verb.i < span.end:
        return False
    heads = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    if not any(c.tag_ == "MD" and c.lower_ in POSSIBILITY_MODALS and not could_not(h) and not perfect(h)
               for h in heads for c in h.lefts):
        return False
    if any(a.lemma_.lower() in REPORTING_VERBS for a in verb.ancestors) or any(
            w.lower_ == "according" for w in span.sent):
        return False
    if value is not None and published and value.get("value"):
        # A date gone by when the article was written: what "could" did then, no guess to come.
        told = str(value["value"])
        return told >= published[:len(told)]
    return True


def date_key(c: Candidate, text: str) -> str:
    """The cluster key of the date ``c`` as it now stands: its value with the qualifier, so that one
    date said in other words ("March 9", "yesterday") is one claim told again; a date without a
    value goes by the words of its focus. Set again wherever a rule changes the value or the focus."""
    if c.value:
        return f"date:{c.value['value']}:{c.value['qualifier']}"
    return f"date:{text[c.focus_start:c.focus_end].lower()}"


def find(s: Sentence) -> list[Candidate]:
    doc, sent = s.doc, s.span
    text = doc_text(doc)
    base = sent.start_char
    piece = text[base:sent.end_char]
    published = s.facts.published
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(a: int, b: int, value: dict | None, rule: str, stretch: bool = False) -> None:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not free(a, b) or titled(text, a, b):
            return
        if rule in ("date.relative", "date.absolute") and _times_a_guess(span, value, published):
            return  # "a threat may materialize into Saturday": the time of a guess, no claim
        # "since the early 1980s": the preposition stays in the focus and in the qualifier.
        first = span[0]
        before = doc[first.i - 1] if first.i > sent.start else None
        if before is not None and before.tag_ == "JJS" and before.lower_ not in EMPTY_SUPERLATIVES:
            # "the warmest October ever", "its busiest November", "the newest 2020 hopeful": a month
            # or a year ranked among its kind (the comparison is the claim), not the time of anything.
            return
        if before is not None and before.lower_ == "the" and before.i > sent.start:
            before = doc[before.i - 1]
        phrase = _kept_phrase(doc, before.i + 1, sent.start) if before is not None else None
        if phrase is not None:
            (a, word), before = phrase, None
            if value is not None:
                q = value.get("qualifier")
                value = dict(value, qualifier=f"{word} {q}" if q else word)
        # "by 19th-century immigrants": the date describes the noun after it, which the
        # preposition governs; it keeps no preposition.
        describes = span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i >= span.end
        bound = before is not None and before.lower_ in BOUND_PREPS and span[-1].tag_ != "POS" \
            and not text[a:b].endswith(("'s", "’s")) and span.root.head.i < span.end and not CLOCK_RE.search(text, a, b) \
            and not (before.i > sent.start and (doc[before.i - 1].dep_ == "prep" or doc[before.i - 1].lower_ in KEPT_PREPS))
        if before is not None and (before.lower_ in KEPT_PREPS or bound or (
                before.lower_ == "through" and not stretch and CALENDAR_RE.search(text, a, b) is not None)) and not describes:
            a = before.idx
            if value is not None:
                q = value.get("qualifier")
                value = dict(value, qualifier=f"{before.lower_} {q}" if q else before.lower_)
        taken.append((a, b))
        c = Candidate(sent, a, b, "date", rule, value)
        c.key = date_key(c, text)
        out.append(c)

    for m in QUARTER_RE.finditer(piece) if "quarter" in piece.lower() else ():
        # "in the second quarter", "third-quarter results", "the fourth quarter of 2019": a
        # quarter of its year, the year the text gives or the article's own (valued at the year,
        # the quarter as the qualifier, as the annotators do).
        a, b = base + m.start(), base + m.end()
        if m.group("year"):
            year: str | None = m.group("year")
        else:
            year = published[:4] if published else None
        ordinal = ORDINALS.get(m.group("ordinal").lower(), m.group("ordinal").lower())
        quarter: dict | None = {"kind": "date", "value": year, "precision": "year", "qualifier": f"{ordinal} quarter"} \
            if year else None
        add(a, b, quarter, "date.absolute" if m.group("year") else "date.relative")
    for m in OPENING_MONTHS_RE.finditer(piece) if "months" in piece else ():
        add(base + m.start(), base + m.end(), {"kind": "date", "value": m.group("year"), "precision": "year",
                                                "qualifier": f"first {m.group('n').lower()} months"}, "date.absolute",
            stretch=True)
    for m in SHORT_QUARTER_RE.finditer(piece) if "Q" in piece else ():
        # "due in Q4": valued as "the fourth quarter" is, at the article's year.
        quarter = {"kind": "date", "value": published[:4], "precision": "year",
                   "qualifier": f"{_QUARTER_ORDINALS[m.group('n')]} quarter"} if published else None
        add(base + m.start("q"), base + m.end("q"), quarter, "date.relative")
    for m in GAME_CLOCK_RE.finditer(piece) if ":" in piece else ():
        # When in a game something happened, by its clock: nothing a calendar pins down.
        add(base + m.start(), base + m.end(), None, "date.relative")
    for m in RECENT_SPAN_RE.finditer(piece):
        # The focus leaves out "in", as the annotators mostly do (seven of eight); no single date.
        add(base + m.start("span"), base + m.end(), None, "date.relative")
    for m in PERIOD_RE.finditer(piece):
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        verb = span.root.head if span is not None else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and (speculative(verb) or wished(verb)):
            continue  # "will probably reopen next spring", "hope to finish by the end of the year": a guess or a wish
        if m.group(0).lower().split()[-2:] == ["this", "season"] and span is not None \
                and (span.root.dep_ in ("dobj", "nsubj", "nsubjpass") or (verb is not None and _yet_to(verb))):
            # "to enjoy this season", "this season has begun": the season as a thing, not the time of
            # one; "has yet to score this season": the time of nothing done.
            continue
        if m.group("past_season"):
            # "launched the process over the summer", "was education secretary until the summer": the
            # season gone by in a past clause (four of four in tune; "slower during the winter", present, is
            # no time of anything). "in the summer of 2010" and "the summer holidays" are another's.
            if span is None or span[-1].dep_ != "pobj" or any(c.i > span[-1].i for c in span[-1].children) \
                    or tense_of(span.root) != "past":
                continue
        if m.group("edge"):
            # "since" stays in the focus and the value, as "since the early 1980s" does; "at" and
            # "through" do not (two of two in tune).
            prep = m.group("edge_prep").lower()
            a = base + (m.start() if prep == "since" else m.start("edge"))
            # A past clause may tell of a year the paragraph has named; else the article's own.
            told_year = paragraph_year(s.doc, a) if span is not None and tense_of(span.root) == "past" else None
            add(a, base + m.end(), _edge_value(prep, m.group("edge"), told_year or (int(published[:4]) if published else None)),
                "date.relative")
            continue
        told = tense_of(span.root) if span is not None and m.group(0).lower().endswith("weekend") else None
        period = _period_value(m.group(0), published, told)
        if period is not None and "centur" in m.group(0).lower() and span is not None and verb is not None \
                and verb.pos_ in ("VERB", "AUX") and tense_of(span.root) == "past":
            # "had replaced sail by the end of the century": some century gone by, not this one
            # ("put the world on a path toward 4C warming by the end of the century" dates the
            # warming, not the putting).
            period = None
        add(base + m.start(), base + m.end(), period, "date.relative")
    for m in YEAR_RANGE_RE.finditer(piece):
        add(base + m.start(), base + m.end(), None, "date.absolute")
    for m in SPLIT_YEAR_RE.finditer(piece) if "/" in piece else ():
        # "the 2016/2017 fiscal year", "the 2023/24 winter storm season": a year that runs across
        # two, one claim with no single value; "2014/11/02" (a date in a path) is no such pair.
        first, second = m.group("first"), m.group("second")
        if int(first[:4 - len(second)] + second) == int(first) + 1:
            add(base + m.start(), base + m.end(), None, "date.absolute")
    for m in HOLIDAY_RE.finditer(piece):
        # "on Election Day", "a post from Thanksgiving", "before Christmas 2012": a holiday as the
        # time of something, not one naming a thing ("a Christmas tree", "Halloween monsters").
        if not m.group("name")[0].isupper():
            continue  # "christmas" in lower case: not the holiday's name as news writes it
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None or not (span.root.dep_ == "npadvmod" or (
                span.root.dep_ == "pobj" and span.root.head.lower_ in HOLIDAY_PREPS)):
            continue
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and (speculative(verb) or wished(verb)):
            continue  # "might be done by Christmas", "hopes to finish by Labor Day": a guess or a wish
        a = base + m.start("name")
        add(a, base + m.end(), holiday_date(piece[m.start("name"):m.end()], published, tense=tense_of(span.root)),
            "date.absolute" if m.group("year") else "date.relative")
    value: dict | None
    for start, end, value in find_dates(piece):
        a, b = base + start, base + end
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        if re.fullmatch(r"\d{4}", piece[start:end]):
            # A bare four-digit number is a year only when the model or a preposition says so.
            at = span.start - 1
            while at > sent.start and doc[at].lower_ in ("least", "at", "about", "around", "as", "early"):
                at -= 1  # "since at least 2000": the cue before the hedge
            prev = doc[at].lower_ if at >= sent.start else ""
            if not (any(t.ent_type_ == "DATE" for t in span) or prev in YEAR_CUES or _year_of_thing(span)):
                continue
            if _ADDRESS_RE.match(piece, end):
                continue  # "at 1225 N. Rampart St.": a street number
            if span.root.dep_ in _YEAR_AS_THING_DEPS:
                # "2015 should be another banner year", "I will remember 2016", "the economy
                # enters 2015": the year as what the clause is about, a topic of the writer's
                # hopes and moods, not the time of anything ("2023 is slated to be the hottest
                # year", passive, keeps its year).
                continue
            name = doc[span.start - 1] if span.start > sent.start else None
            if name is not None and name.pos_ == "PROPN" and span.root.head.i == name.i \
                    and name.ent_type_ not in ("GPE", "NORP", "DATE"):
                # "the action movie Blade Runner 2049", "Registration for AICE 2022": a year that
                # follows a name is part of it (a film's, an event's edition); "the U.S. 2020
                # election" dates the election.
                continue
        add(a, b, value, "date.absolute")
    for m in ANAPHORIC_YEAR_RE.finditer(piece) if "year" in piece else ():
        a, b = base + m.start(), base + m.end()
        ref = paragraph_year(s.doc, a)
        # "sold 303,417 last year, up 4 percent from the previous year": a relative year said
        # just before in the sentence is the nearer reference.
        preceding = list(RELATIVE_RE.finditer(piece, 0, m.start()))
        stated = resolve_date(preceding[-1].group(0), published) if preceding else None
        if stated is not None and stated["precision"] == "year":
            ref = int(stated["value"])
        direction = m.group("dir") or "same"
        if direction == "same" and ref is None and text.rfind("\n", 0, a) > 0:
            # "exited the country in 2007 ...\nAnother firm lost its assets that same year": a short
            # paragraph may name "the same year" of the one before it.
            ref = paragraph_year(s.doc, text.rfind("\n", 0, a))
        step = 1 if direction in ("next", "following") else 0 if direction == "same" else -1
        add(a, b, {"kind": "date", "value": f"{ref + step:04d}", "precision": "year", "qualifier": None}
            if ref is not None else None, "date.relative")
    for m in YEARS_LATER_RE.finditer(piece) if "year" in piece.lower() else ():
        a, b = base + m.start(), base + m.end()
        ref = paragraph_year(s.doc, a)
        if ref is None:
            continue  # "a year later" with no year to count from: a length (the quantity rules')
        add(a, b, {"kind": "date", "value": f"{ref + _later_steps(m):04d}", "precision": "year",
                   "qualifier": _later_qualifier(m)}, "date.relative")
    for m in LENGTH_LATER_RE.finditer(piece) if "later" in piece.lower() else ():
        add(base + m.start(), base + m.end(), None, "date.relative")
    for m in THAT_TIME_RE.finditer(piece) if "that" in piece.lower() else ():
        a, b = base + m.start(), base + m.end()
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        unit = span[-1]
        # "Later that day" is a time whatever the parser makes of "day" (it may take it for a subject).
        if not m.group("part") and unit.dep_ not in _THAT_TIME_DEPS and not (
                unit.dep_ == "pobj" and unit.head.lower_ in _THAT_TIME_PREPS):
            continue  # "that day will arrive", "the events of that night": the time as a thing, no date
        that_year = paragraph_year(s.doc, a) if m.group("unit").lower() == "year" else None
        add(a, b, {"kind": "date", "value": f"{that_year:04d}", "precision": "year", "qualifier": None}
            if that_year is not None else None, "date.relative")
    for m in RELATIVE_RE.finditer(piece) if _may_be_relative(piece) else ():
        a, b = base + m.start(), base + m.end()
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not free(a, b):
            continue
        words = m.group(0).lower().split()
        if words[0] == "last" and (_OWNED_LAST_RE.search(piece, 0, m.start()) or (
                _THE_LAST_RE.search(piece, 0, m.start()) and re.match(r"\s+of\b", piece[m.end():]))):
            continue  # "his last week in office", "the last night of the tour": the final one, no date
        # "May" and "March" are also a modal and a verb; "sun" is not "Sunday": trust the tagger.
        month_word = next((w.rstrip(".") for w in words if w.rstrip(".") in MONTHS), None)
        if month_word is not None and not any(t.ent_type_ == "DATE" or t.pos_ == "PROPN" for t in span):
            continue
        if month_word is not None and len(span) == 1 and span[0].ent_type_ in ("PERSON", "ORG"):
            continue  # "Mark May", "May, a former player": a name, no month
        if month_word is None and all(t.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT") for t in span):
            continue  # "told USA TODAY", "Start Making a Reader Today": a name that holds a day's word
        if len(span) == 1 and _named_day_as_kind(span[0], sent.start):
            continue  # "the Super Tuesday states": a named day that sorts a noun, no day of the article's week
        if words[0] in _ERA_WORDS and span.root.dep_ == "poss" and span.root.head.tag_ in ("NNS", "NNPS"):
            continue  # "today's 3-D printers", "tomorrow's leaders": the things of an age, no day
        if words == ["today"] and (_nowadays(span.root) or _still_today(span.root)):
            continue  # "Today, such storms are rare": how things stand these days, no day
        if words == ["today"] and _years_away(sent):
            continue  # "less pressure to do that today, but seven years ago": these days, set against then
        if month_word is None and not any(w.rstrip("'’s") in WEEKDAYS for w in words) \
                and _LABEL_END_RE.match(piece, m.end()) \
                and all(t.pos_ in ("ADV", "CCONJ", "PUNCT") for t in doc[sent.start:span.start]):
            # "Today: what needs an answer today", "Also this week: the fund's outlook": a time word
            # that opens its sentence and ends at a colon labels the list item or the agenda after
            # it, and dates nothing ("October 20: a car hit a deer", a calendar date, stays).
            continue
        if month_word is not None and words[0] not in ("early", "mid", "late") and not any(
                w[:1].isupper() and w.lower().rstrip(".") == month_word for w in m.group(0).split()):
            continue  # "this may take a while": a month is written with its capital
        tense = tense_of(span.root)
        value = resolve_date(m.group(0), published, tense=tense, context_year=paragraph_year(s.doc, a),
                             scene_year=scene_year(s.doc, sent, a, published) if tense == "past" else None)
        add(a, b, value, "date.relative")
    for m in SINCE_EVENT_RE.finditer(piece) if _SINCE_CUE_RE.search(piece) else ():
        a, b = base + m.start(), base + m.end()
        before = piece[:m.start()].split()[-1:]
        if before and re.fullmatch(_NUMBER + r"|\d[\d,.]*", before[0], re.I):
            continue  # "two days later": a length of time
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and _span_after(doc, span[0], sent.start):
            continue  # "in the days after the vote": a time with its happening (`_span_after_happening`)
        if span is not None and _the_spell(doc, span, sent.start):
            # "in the hours before he hanged himself", "In the first moments after a plane touches
            # down": a spell of time around a happening, a stretch rather than a time (three of
            # three left unmarked in tune), nor is the happening a time of its own.
            taken.append((a, b))
            continue
        if not free(a, b) or span is None:
            continue
        lead = next((t for t in sent if t.pos_ not in ("CCONJ", "PUNCT")), None)
        if span[-1].dep_ == "mark" and span[-2].lower_ in ("soon", "shortly") and lead is not None \
                and lead.i == span.start:
            # "Soon after he met the envoy, aides said ...": a fronted clause that orders two
            # happenings, each told as its own claim, with nothing to pin either to a calendar
            # ("shortly after the crew left his office" inside a sentence is the time given; "One
            # night after the vote, ..." counts a span from it).
            continue
        obj = next((c for c in span[-1].children if c.dep_ == "pobj"), None) if span[-1].lower_ in ("before", "after") else None
        end = obj.right_edge.idx + len(obj.right_edge.text) if obj is not None else b
        if free(a, end):
            # "shortly before 10 a.m.", "days before the exams": what it is close to is part of
            # the date ("Shortly after, we received ..." stands alone).
            b = end
        add(a, b, None, "date.relative")
    for m in SINCE_THEN_RE.finditer(piece) if "then" in piece.lower() else ():
        # Valued by `since_then` once the document's dates are known.
        add(base + m.start(), base + m.end(), None, "date.relative")
    for m in H24_CLOCK_RE.finditer(piece) if H24_HINT_RE.search(piece) else ():
        clock = m.group(0)
        if m.group("h") is not None and int(m.group("h")) < 13 and not m.group("zone") and "hr" not in clock.lower():
            continue  # "at 7:14": a twelve-hour clock without "a.m." or a game clock, not sure to be a time
        if re.match(r"\s*(?:a\.?m\b|p\.?m\b|ratio|aspect)", piece[m.end():], re.I):
            continue  # "4:30 a.m." (the recognizer's TIME entity, taken below), "a 16:10 ratio"
        if piece[:m.start()].rstrip().endswith("("):
            continue  # "2 a.m. local time (0100 GMT)": the time just given, told again in another zone
        add(base + m.start(), base + m.end(), None, "date.relative")
    for ent in ents_within(sent):
        if ent.label_ not in ("DATE", "TIME") or not free(ent.start_char, ent.end_char):
            continue
        words = ent.text.lower().split()
        if not words:
            continue
        if any(w.strip("s") in TIME_UNITS or w in TIME_UNITS for w in words) and not CLOCK_RE.search(ent.text):
            continue  # a length of time, or "the day after": the quantity rules take durations
        if not CLOCK_RE.search(ent.text):
            continue  # "annual", "recent years", "the summer": nothing a record pins down
        start = ent.start + (1 if ent[0].lower_ in ("the", "at", "on", "by") else 0)
        # A time of day: the day it falls on is found once the document's dates are known
        # (`times_of_day`).
        add(doc[start].idx, ent.end_char, None, "date.relative")
    for m in DAY_PART_RE.finditer(piece):
        before = piece[:m.start()].rstrip().split()
        if before and (before[-1].lower().rstrip("’'s") in _DAY_WORDS or before[-1].lower() in ("this", "that", "same")):
            continue  # "Sunday's early morning", "that late afternoon": the day's date, or a day told before
        if m.group()[0].isupper() and m.start() > 0:
            continue  # "at Sunrise Road": a name
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None or (span[-1].dep_ in ("amod", "compound", "nmod") and span[-1].head.i >= span.end):
            continue  # "the late afternoon session", "early morning hours": it describes a noun
        add(base + m.start(), base + m.end(), None, "date.relative")
    for a, b, said in (*_span_after_happening(s), *_length_before(s), *_from_happening(s)):
        if free(a, b):
            s.folded.update(said)  # the happening is said as the time, not again as an event
            taken.append((a, b))
            c = Candidate(sent, a, b, "date", "date.relative")
            c.key = date_key(c, text)
            out.append(c)
    return _month_ranges(_coordinated_days(_weekday_with_date(out, text), text), text)


# Words before a time of day that hedge it ("about 4:30 a.m."), and the prepositions that bound
# it ("by 2:30 a.m.", "until 4:55 a.m."), in its focus or just before it.
CLOCK_HEDGES = frozenset("about around approximately roughly".split())
_CLOCK_HEDGE_RE = re.compile(r"\b(?P<word>" + "|".join(sorted(CLOCK_HEDGES | KEPT_PREPS)) + r")\s+$", re.I)
# "shortly after 7 a.m.", "sometime after noon", "just before 8": a time bounded on one side is
# "after" or "before" it, the softening word left out as the annotators leave it (four of six).
_CLOCK_BOUND_RE = re.compile(r"(?:^|\s)(?:(?:shortly|just|sometime|soon)\s+)?(?P<word>after|before)\s+$", re.I)


def times_of_day(found: list[Candidate], text: str) -> None:
    """Give a time of day without a value ("At 9:30 a.m., three pipe bombs ...") the day it falls
    on: a day the same sentence names, else the last day named before it in the text; with
    "about", "by" or "until" as its qualifier when the text hedges or bounds it. Left without a
    value when no day was named (a time alone pins nothing on a calendar)."""
    dated = sorted((c for c in found if c.type == "date" and c.value and c.value.get("precision") == "day"),
                   key=lambda c: c.focus_start)
    for c in found:
        if c.type != "date" or c.value is not None:
            continue
        part = DAY_PART_RE.search(text, c.focus_start, c.focus_end)
        if part is None and not CLOCK_RE.search(text[c.focus_start:c.focus_end]):
            continue
        same = [d for d in dated if d.sent.start == c.sent.start]
        if same:
            day = same[0].value
        else:
            # A story told by the clock names its day once and then runs for paragraphs on times
            # alone ("The first bomb went off on Saturday. ... [four paragraphs] ... At 8:30 p.m.,
            # a second device was found"): the day named last before the time, however far back
            # (a day named only after it is a later part of the story).
            before = [d for d in dated if d.focus_start < c.focus_start]
            if not before:
                continue
            day = before[-1].value
        assert day is not None
        first = text[c.focus_start:c.focus_end].split(maxsplit=1)[0].lower()
        hedge = _CLOCK_HEDGE_RE.search(text, max(0, c.focus_start - 16), c.focus_start)
        word = first if first in CLOCK_HEDGES | KEPT_PREPS else hedge["word"].lower() if hedge else None
        if word is None and part is not None:
            # "early afternoon", "late afternoon": how far into the part of the day.
            word = next((w for w in ("early", "late") if part.group().lower().startswith(w)), None)
        elif word is None:
            # The bound may open the focus ("Shortly after 7 a.m.") or stand just before it ("after noon").
            clock = CLOCK_RE.search(text, c.focus_start, c.focus_end)
            assert clock is not None
            bound = _CLOCK_BOUND_RE.search(text, max(0, c.focus_start - 16), clock.start())
            word = bound["word"].lower() if bound else None
        c.value = dict(day, qualifier=None if word is None else "about" if word in CLOCK_HEDGES else word)
        c.key = date_key(c, text)


def lengths_later(found: list[Candidate], text: str) -> None:
    """Give a LENGTH_LATER_RE date its value from the last date named before it, however far back
    ("I wrote to her on Christmas Day ... She replied four days later": December 29): a step of
    days or weeks from the last day named, at the day; one of months from the last day or month
    named, at the month ("In May, ... canceled two months later": July). Left without a value when
    no date of that precision came before."""
    dated: list[tuple[int, int, dict]] = sorted(
        ((c.focus_start, c.focus_end, c.value) for c in found
         if c.type == "date" and c.value and c.value.get("precision") in ("day", "month")), key=lambda d: d[0])
    for c in found:
        if c.type != "date" or c.value is not None:
            continue
        m = LENGTH_LATER_RE.fullmatch(text, c.focus_start, c.focus_end)
        if m is None:
            continue
        n = 6 if m["half"] else _later_steps(m)
        days = _STEP_DAYS.get((m["unit"] or "").lower())
        # A step of days needs the day it counts from ("in July" says too little for "four days later").
        before = [v for _, end, v in dated if end <= c.focus_start and (days is None or v["precision"] == "day")]
        if not before:
            continue
        ref = before[-1]["value"]
        if days is not None:
            day = datetime.date.fromisoformat(ref) + datetime.timedelta(days=n * days)
            value, precision = day.isoformat(), "day"
        else:
            months = int(ref[:4]) * 12 + int(ref[5:7]) - 1 + n
            value, precision = f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
        c.value = {"kind": "date", "value": value, "precision": precision, "qualifier": _later_qualifier(m)}
        c.key = date_key(c, text)


# "that evening", "late that night", "the following morning", "the previous night": a part of a day
# the text has just named, or of the one after or before it, pointed back to. The tune annotators
# give it that day's date (six of eight, in five articles; one left without a value, one given only its
# month). "That day" is left without one (THAT_TIME_RE).
TOLD_DAY_PART_RE = re.compile(
    r"(?:(?P<part>later|earlier|late|early)\s+(?:(?:in|on)\s+)?)?(?:the\s+)?"
    r"(?:that|(?P<step>next|following|previous|preceding|prior|same))\s+(?:morning|afternoon|evening|night)", re.I)
_DAY_PART_STEPS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}


def day_parts_told_before(found: list[Candidate], text: str) -> None:
    """Give a TOLD_DAY_PART_RE date its value from the last day named before it, however far back
    ("Firefighters reached the barn on Tuesday. ... The following morning, ...": Wednesday), with
    the word that narrows it ("late", "earlier") as its qualifier. A day in parentheses is an aside,
    no step of the story. Left without a value when no day came before."""
    dated = sorted((c for c in found if c.type == "date" and c.value and c.value.get("precision") == "day"
                    and c.value.get("value") and not _in_parentheses(text, c.focus_start)),
                   key=lambda c: c.focus_start)
    for c in sorted(found, key=lambda c: c.focus_start):
        if c.type != "date" or c.value is not None:
            continue
        m = TOLD_DAY_PART_RE.search(text, c.focus_start, c.focus_end)
        if m is None or m.end() != c.focus_end:
            continue
        before = [d for d in dated if d.focus_end <= m.start()]
        if not before:
            continue
        ref = before[-1].value
        assert ref is not None
        try:
            day = datetime.date.fromisoformat(ref["value"]) + datetime.timedelta(
                days=_DAY_PART_STEPS.get((m["step"] or "").lower(), 0))
        except ValueError:
            continue
        c.value = {"kind": "date", "value": day.isoformat(), "precision": "day",
                   "qualifier": (m["part"] or "").lower() or None}
        c.key = date_key(c, text)
        dated = sorted((*dated, c), key=lambda d: d.focus_start)


# "created on Dec. 18, a day before the retirement", "said Wednesday, a day after the toddler's
# mother was arrested": one day counted from a happening, told after the day the sentence names.
_DAY_FROM_RE = re.compile(r"(?:(?:just|only)\s+)?(?:a|the|one)\s+day\s+(?P<dir>before|after)\b", re.I)


def days_beside_a_day(found: list[Candidate], text: str) -> None:
    """Give "a day before ..." or "a day after ..." its value from the last day the same sentence
    names before it, as the tune annotators value it: "a day before" the happening is that day
    itself ("On December 6, the day before Trump attacked ...": December 6, three of three), and a
    bare "a day after" points back to the happening it follows, the day before the one named
    ("said Wednesday, a day after the toddler's mother was arrested": Tuesday, two of two). A
    preceding "the day" the happening's rule left out of the focus is taken in. Left without a value
    when the sentence names no day before it (a day from another sentence may date another
    happening)."""
    dated = sorted((c for c in found if c.type == "date" and c.value and c.value.get("precision") == "day"
                    and c.value.get("value") and not _in_parentheses(text, c.focus_start)),
                   key=lambda c: c.focus_start)
    for c in found:
        if c.type != "date" or c.value is not None:
            continue
        lead = re.search(r"(?:(?:just|only)\s+)?(?:a|the|one)\s+day\s+$", text[max(0, c.focus_start - 20):c.focus_start], re.I)
        start = c.focus_start - (len(lead.group()) if lead else 0)
        m = _DAY_FROM_RE.match(text, start, c.focus_end)
        if m is None:
            continue
        before = [d for d in dated if d.sent.start == c.sent.start and d.focus_end <= start]
        if not before:
            continue
        ref = before[-1].value
        assert ref is not None
        try:
            day = datetime.date.fromisoformat(ref["value"])
        except ValueError:
            continue
        bare = not text[m.end():c.focus_end].strip()
        if m["dir"].lower() == "after" and bare:
            day -= datetime.timedelta(days=1)
        elif m["dir"].lower() == "after" or bare:
            # "the day after the Dec. 30 shooting" is dated by its happening; a bare "the day before"
            # ("799 the day before") the tune annotators have not valued beside a named day.
            continue
        c.focus_start = start
        c.value = {"kind": "date", "value": day.isoformat(), "precision": "day", "qualifier": None}
        c.key = date_key(c, text)


# "a year ago", "a year earlier", with a hedge perhaps ("nearly a year ago").
_YEAR_BACK_RE = re.compile(r"(?:\w+\s+)?(?:a|one)\s+year\s+(?:ago|earlier)", re.I)
# What a figure is compared with, just before it: "down 10 percent from a year ago", "up from
# $38,373 a year ago", "down from 6.2 percent a year earlier", "higher than a year ago".
_COMPARED_WITH_RE = re.compile(r"\b(?:from|than|compared\s+(?:to|with)|versus)\s+(?:\S*[^\s,;:]\s+){0,2}$", re.I)


def a_year_before_a_month(found: list[Candidate], text: str, published: str | None) -> None:
    """"sold 30,154 cars in October, ... down 10 percent from a year ago": a figure compared with
    one year back is compared with the same month a year before: the month the same sentence names
    before it, else the publication's (five of five such comparisons in tune are valued to the
    month; "filed a year ago", a happening's time, is left at the year, as two of four are). Its
    cluster key stays at the year, as it was."""
    months = sorted((c for c in found if c.type == "date" and c.value and c.value.get("precision") == "month"
                     and re.fullmatch(r"\d{4}-\d{2}", c.value.get("value") or "")), key=lambda c: c.focus_start)
    for c in found:
        if c.type != "date" or not c.value or c.value.get("precision") != "year" \
                or _YEAR_BACK_RE.fullmatch(text, c.focus_start, c.focus_end) is None \
                or _COMPARED_WITH_RE.search(text, max(c.sent.start_char, c.focus_start - 40), c.focus_start) is None:
            continue
        before = [d for d in months if d.sent.start == c.sent.start and d.focus_end <= c.focus_start]
        if before:
            ref = before[-1].value
            assert ref is not None
            value = f"{int(ref['value'][:4]) - 1:04d}{ref['value'][4:]}"
        elif published and len(published) >= 7:
            value = f"{int(published[:4]) - 1:04d}{published[4:7]}"
        else:
            continue
        c.value = dict(c.value, value=value, precision="month")


def _the_spell(doc: Doc, span: Span, floor: int) -> bool:
    """A plural unit of time with "the" (and perhaps an adjective) before it: "the days before
    she died", "the first moments after"."""
    if span[0].lower_ not in ("moments", "minutes", "hours", "days", "weeks", "months") or span.start <= floor:
        return False
    prev = doc[span.start - 1]
    if prev.tag_ in ("JJ", "JJS") and prev.i > floor:
        prev = doc[prev.i - 1]
    return prev.lower_ == "the"


def _in_parentheses(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return text.rfind("(", line, at) > text.rfind(")", line, at)


def since_then(found: list[Candidate], text: str) -> None:
    """Give "since then" the date named last before it, however far back ("... until the U.S.
    invasion of 2001. Since then, the country has ...": since 2001), at that date's precision.
    A date in parentheses is an aside, not a step of the story ("a book on film (Rizzoli, 2014)").
    Left without a value when no date came before."""
    dated = sorted(((c.focus_end, c.value) for c in found if c.type == "date" and c.value and c.value.get("value")
                    and not c.value.get("qualifier") and not _in_parentheses(text, c.focus_start)),
                   key=lambda d: d[0])
    for c in found:
        if c.type != "date" or c.value is not None or SINCE_THEN_RE.fullmatch(text, c.focus_start, c.focus_end) is None:
            continue
        before = [v for end, v in dated if end <= c.focus_start]
        if before:
            c.value = dict(before[-1], qualifier="since")
            c.key = date_key(c, text)


# The first word of a day named right after a time of day: a weekday, a day said from today, or a
# month with its day.
_DAY_WORDS = frozenset((*WEEKDAYS, "today", "tonight", "yesterday", "tomorrow")) | frozenset(MONTHS) | frozenset(_SHORT_MONTHS)


# "on" between a time of day and its day: "after 5pm on Wednesday", "12:01 a.m. on Thursday".
_ON_GAP_RE = re.compile(r"[ \t]+on[ \t]+")


def clock_with_day(found: list[Candidate], text: str) -> list[Candidate]:
    """"at about 10:41 a.m. Tuesday", "around 3:15 PM yesterday", "10:30 p.m. Aug. 9": a time of
    day with its day written straight after it is one date, the day's (which `times_of_day` has
    given the time already); the day is not told again on its own. So is one joined by "on"
    ("after 5pm on Wednesday", "noon on Dec. 20", "12:01 a.m. on Thursday": seven of the ten
    the rule joins in tune are one date in the gold, in five articles; "4:30pm on February 26",
    "21:00 local time on Thursday" and "around 20:00hrs on Thursday last" were left as two). A
    day set off from the time ("3 a.m., Wednesday") is left as two."""
    dates = sorted((c for c in found if c.type == "date"), key=lambda c: c.focus_start)
    dropped: set[int] = set()
    for c, d in pairwise(dates):
        if id(c) in dropped or c.sent.start != d.sent.start or not CLOCK_RE.search(text, c.focus_start, c.focus_end):
            continue
        gap = text[c.focus_end:d.focus_start]
        day = text[d.focus_start:d.focus_end].split(maxsplit=1)[0].lower().rstrip(".").replace("’", "'").removesuffix("'s")
        if d.focus_start <= c.focus_end or day not in _DAY_WORDS or CLOCK_RE.search(text, d.focus_start, d.focus_end):
            continue
        if not _ON_GAP_RE.fullmatch(gap) and (not gap.isspace() or "\n" in gap):
            continue
        c.focus_end = d.focus_end
        if c.value is None and d.value is not None:
            c.value = d.value
            c.key = d.key
        dropped.add(id(d))
    return [c for c in found if id(c) not in dropped]


# Prepositions that make a holiday the time of something: "on Election Day", "since Christmas".
HOLIDAY_PREPS = frozenset("on before after since from by until till over during through around at for".split())


# Words that date by another happening: "after the recession ended", "before the election",
# "since its inception", "prior to the arrival of modern humans".
HAPPENING_PREPS = frozenset("after before since following".split())
# The seasons, for "since the spring": those SEASON_MONTHS values, and the ones it cannot (winter
# runs over a year's end).
SEASON_WORDS = frozenset(SEASON_MONTHS) | frozenset("winter midsummer midwinter".split())


def _from_happening(s: Sentence) -> list[tuple[int, int, list[int]]]:
    """When something happened, told by another happening rather than a date: a time
    preposition with a clause ("since she became the candidate") or with a noun of a happening
    ("before the election", "since its inception"). No value: it counts from the happening. With
    each, the tokens of the happening (its verbs, its noun)."""
    doc = s.doc
    out = []
    for tok in s.tokens:
        word = tok.lower_
        if word == "prior" and tok.i + 1 < s.span.end and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 1].head.i == tok.i:
            word, prep = "before", doc[tok.i + 1]
        else:
            prep = tok
        if word not in HAPPENING_PREPS:
            continue
        if tok.dep_ == "mark" and tok.head.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            if verb.tag_ != "VBD":
                continue  # "since it is cheaper" (a reason), "before they do" (no happening yet)
            if word == "after":
                continue  # "after the plane went missing": as often the cause as the time
            if word == "since" and _by_an_actor(verb) and verb.lemma_.lower() != "become":
                # "since he won the election", "since Congress authorized its construction": an
                # actor's deed is the claim, an event of its own (five of five in tune); a
                # happening by its noun ("since the recession ended") or a role taken up ("since
                # she became the candidate") stays the time.
                continue
            end = stop_at(doc, tok.i, verb.right_edge.i + 1)
            said = [v.i for v in (verb, *verb.conjuncts) if v.i < end]
        elif prep.dep_ in ("prep", "advmod") or tok.dep_ == "advmod":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if word == "following" and prep.head.pos_ in ("VERB", "AUX") and obj.ent_type_ != "EVENT":
                continue  # "shut down following the outbreak of war": the cause (causal._followed)
            lemma = obj.lemma_.lower()
            # "since the spring", "since midsummer": a season gone by (the date rules leave a
            # season without its year alone).
            season = word == "since" and lemma in SEASON_WORDS
            # "since the Industrial Revolution", "after World War II": a happening by its name.
            named = obj.ent_type_ == "EVENT"
            if not season and not named and (obj.pos_ != "NOUN" or obj.ent_type_ in ("DATE", "TIME")
                                             or (lemma not in EVENT_NOUNS and lemma not in HAPPENING_NOUNS)):
                continue
            end = stop_at(doc, tok.i, np_end(obj))
            said = [obj.i]
        else:
            continue
        if _when_quoted(s, prep):
            continue
        a, b = phrase_chars(doc, tok.i, end)
        if b - a > 8:
            out.append((a, b, said))
    return out


# The units of "in the days after the vote", "in the months following the flood": a stretch just
# after a happening told with it is the time of what the sentence reports (three of three in tune,
# in three articles; "in the years after the initial transaction" went unmarked, as did the
# stretches before one, `_the_spell`).
_SPAN_AFTER_UNITS = frozenset("day week month".split())


def _span_after(doc: Doc, unit: Token, floor: int) -> bool:
    """``unit`` is the "days" of "in the days after" or "in the days following"."""
    if unit.i - 2 < floor or unit.i + 1 >= len(doc) or doc[unit.i + 1].lower_ not in ("after", "following"):
        return False
    the, prep = doc[unit.i - 1], doc[unit.i - 2]
    return unit.tag_ == "NNS" and unit.lemma_.lower() in _SPAN_AFTER_UNITS and the.lower_ == "the" \
        and prep.lower_ == "in" and unit.head.i == prep.i


def _clause_end(verb: Token) -> int:
    """Where a happening told by a clause after "before"/"after" ends: at the clause's end, or
    short of a date the happening has, a claim of its own ("before GCSEs replaced O-levels in
    1986")."""
    return min([c.left_edge.i for c in verb.rights if c.dep_ == "prep" and any(
        t.ent_type_ in ("DATE", "TIME") for t in c.subtree)], default=verb.right_edge.i + 1)


def _noun_end(obj: Token) -> int:
    """Where a happening told by the object of "before"/"after" ends: a noun at its phrase's end
    ("after the auction of the estate"), a gerund at the end of what it governs ("after closing
    the plant")."""
    return np_end(obj) if obj.dep_ == "pobj" else obj.right_edge.i + 1


def _span_after_happening(s: Sentence) -> list[tuple[int, int, list[int]]]:
    """"in the days following the auction", "in the months after it exploded": the stretch with
    its happening, "in" left out as it is of other dates. No value: it counts from the happening.
    With each, the tokens of the happening, as `_from_happening`."""
    doc = s.doc
    out = []
    for tok in s.tokens:
        if tok.i == s.span.start or not _span_after(doc, doc[tok.i - 1], s.span.start):
            continue
        the = doc[tok.i - 2]
        if tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i:
            verb = tok.head
            end, said = _clause_end(verb), [verb.i]
        else:
            obj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is None or obj.ent_type_ in ("DATE", "TIME"):
                continue
            end, said = _noun_end(obj), [obj.i]
        if _when_quoted(s, tok):
            continue
        a, b = phrase_chars(doc, the.i, stop_at(doc, the.i, end))
        out.append((a, b, said))
    return out


def _by_an_actor(verb: Token) -> bool:
    """A clause whose subject names who did it ("he", "Biden", "the two"), not a happening or a
    thing by its common noun ("the recession", "Zhang's patent")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("PRON", "PROPN", "NUM", "DET") \
        and subject.lower_ not in ("it", "this", "that", "there")


# Units of a length counted back from a happening that make it a date ("three weeks before he died");
# hours and minutes before one are a length ("about five hours before Meadows announced").
_BEFORE_UNITS = frozenset("day week month year".split())
# Words before a number that stress the length: "just three days before the filing deadline", "less
# than three months before the Iowa caucuses" are lengths (nine of nine in tune).
_LENGTH_HEDGES = frozenset("about around approximately roughly nearly almost some over under just only barely than "
                           "least".split())


def _length_before(s: Sentence) -> list[tuple[int, int, list[int]]]:
    """"two weeks before Ramadan", "a year before she died", "six months before GCSEs replaced
    O-levels": a bare length counted back from a happening told with it is when something happened,
    one date with the happening (six of seven in tune; "after" is the other way, a length). No value:
    it counts from the happening. With each, the tokens of the happening, as `_from_happening`."""
    doc = s.doc
    out = []
    for unit in s.tokens:
        if unit.lemma_.lower() not in _BEFORE_UNITS or unit.dep_ != "npadvmod" or unit.i + 1 >= s.span.end:
            continue
        prep, lefts = doc[unit.i + 1], list(unit.lefts)
        # The parser hangs "before" on the length or the length on "before" or both on the verb.
        if prep.lower_ != "before" or not (unit.head.i in (prep.i, prep.head.i) or prep.head.i == unit.i) or len(lefts) != 1 \
                or lefts[0].i != unit.i - 1 or any(lefts[0].children):
            continue
        number = lefts[0]
        if not ((number.dep_ == "nummod" and number.like_num) or (number.dep_ == "det" and number.lower_ in ("a", "an"))):
            continue
        if number.i > s.span.start and doc[number.i - 1].lower_ in _LENGTH_HEDGES:
            continue
        if prep.dep_ == "mark":
            verb = prep.head
            if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBD":
                continue  # "nine days before an announcement was made": the delay, a length
            end, said = _clause_end(verb), [verb.i]
        else:
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is None or (obj.dep_ == "pobj" and (obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("DATE", "TIME"))):
                continue
            end, said = _noun_end(obj), [obj.i]
        if _when_quoted(s, prep):
            continue
        a, b = phrase_chars(doc, number.i, stop_at(doc, prep.i, end))
        out.append((a, b, said))
    return out


def _when_quoted(s: Sentence, prep: Token) -> bool:
    """"“...,” Rodgers said after the game", "Before the vote, Manning said, “...”": a happening
    that times the saying of a direct quotation is no more a claim than its "he said" (the quote
    is the claim); a report without one keeps it ("said after the vote that the bill passed")."""
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS and any(
        s.span.start_char <= a < s.span.end_char or a <= s.span.start_char < b for a, b in s.facts.quotes)


# Words after a four-digit number that make it a street number, not a year ("1225 N. Rampart St.").
_ADDRESS_RE = re.compile(r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.'-]*\s+){0,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard"
                         r"|Dr|Drive|Lane|Ln|Place|Pl|Way|Square|Sq)\b\.?")


def _weekday_with_date(found: list[Candidate], text: str) -> list[Candidate]:
    """"on Friday (Dec. 12)", "Saturday, Dec. 13": a weekday with the date that pins it is one
    date, valued by the date (which settles the week the weekday alone could only guess). So is one
    written straight before its date with a single space ("Sunday May 1", "Thursday 2 November":
    one date in the gold in both tune articles where the rule joins them)."""
    out: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.focus_start):
        prev = out[-1] if out else None
        if prev is not None and prev.rule == "date.relative" and c.value and c.value["precision"] == "day" \
                and prev.focus_end < c.focus_start \
                and (day := text[prev.focus_start:prev.focus_end].split()[0].lower().rstrip("'’s")) in WEEKDAYS \
                and re.fullmatch(r"\s*(?:\(|,)\s*| ", text[prev.focus_end:c.focus_start]):
            end = c.focus_end + (1 if text[c.focus_end:c.focus_end + 1] == ")" and "(" in text[prev.focus_end:c.focus_start] else 0)
            prev.focus_end = end
            weekday = WEEKDAYS.index(day)
            # "Monday, Dec. 14" without its year: the year is the one nearest the guess whose Dec. 14
            # falls on a Monday (a story dated a year after the events it tells).
            stated = re.search(r"\b\d{4}\b", text[c.focus_start:c.focus_end]) is not None
            prev.value = c.value if stated else _year_by_weekday(c.value, weekday)
            # The key names the day as valued, so that the same day named again with its year joins it.
            prev.key = c.key if c.key is None or prev.value == c.value else date_key(prev, text)
            continue
        out.append(c)
    return out


# A second day joined by "and" to a month's day ("November 4 and 5"), and a first day joined to a
# day with its month ("On 7 and 11 April"): the day alone, with the month of the other.
_NEXT_DAY_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?![-–/:.,]?\d)")
_FIRST_DAY_RE = re.compile(r"\b(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?[ \t]+(?:and|&)[ \t]+$")
_MONTH_DAY_END_RE = re.compile(_MONTH_NAME + r"\s+[0-3]?[0-9](?:st|nd|rd|th)?$", re.I)
_DAY_MONTH_START_RE = re.compile(r"^(?:the\s+)?[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME, re.I)


def _coordinated_days(found: list[Candidate], text: str) -> list[Candidate]:
    """"The event will take place on November 4 and 5", "On 7 and 11 April, severe aftershocks
    struck": two days of one month joined by "and" are two dates, each checkable on its own (two of
    the three such pairs in tune are two claims in the gold, each valued), and the day written
    without its month takes the month and year of the other."""
    extra: list[Candidate] = []
    spans = [(c.focus_start, c.focus_end) for c in found]
    for c in found:
        if c.type != "date" or not c.value or c.value.get("precision") != "day":
            continue
        focus = text[c.focus_start:c.focus_end]
        if _MONTH_DAY_END_RE.search(focus) and (m := _NEXT_DAY_RE.match(text, c.focus_end)):
            pass  # "November 4 and 5"
        elif _DAY_MONTH_START_RE.match(focus) and (m := _FIRST_DAY_RE.search(text, c.sent.start_char, c.focus_start)):
            pass  # "7 and 11 April"
        else:
            continue
        a, b = m.start("day"), m.end("day")
        year, month, _ = (int(p) for p in c.value["value"].split("-"))
        other = int(m.group("day"))
        if b > c.sent.end_char or any(x < b and a < y for x, y in spans) or not valid_day(year, month, other):
            continue
        d = Candidate(c.sent, a, b, "date", c.rule)
        d.value = {"kind": "date", "value": f"{year:04d}-{month:02d}-{other:02d}", "precision": "day", "qualifier": None}
        d.key = date_key(d, text)
        extra.append(d)
        spans.append((a, b))
    return found + extra if extra else found


# "from January to October 2023", "in August and September", "through April and May": a month
# named bare (no day, no year) that opens a span of months or a pair of them.
_MONTH_LINK_RE = re.compile(r"\s*(?:[-–]|\s(?:and|or|to|through|until)\s)\s*", re.I)
_MONTH_NAME_RE = re.compile(r"(?P<name>[A-Za-z]+)\.?", re.I)


def _bare_month(focus: str) -> bool:
    """The focus is a month's name alone, perhaps after the preposition kept with it ("through April")."""
    words = focus.split()
    if words and words[0].lower() in (*KEPT_PREPS, "through") and len(words) > 1:
        words = words[1:]
    return len(words) == 1 and (m := _MONTH_NAME_RE.fullmatch(words[0])) is not None \
        and m.group("name").lower() in MONTHS and words[0][:1].isupper()


def _month_ranges(found: list[Candidate], text: str) -> list[Candidate]:
    """A bare month joined to the next month named ("from January to October 2023", "runs from
    August through October", "In August and September") is one claim for the span, valued null as
    a range is: the first month alone, without its year or its day, is checkable only with the other
    (five of five in tune). Months that each carry their year ("from February 2016 through May
    2017") stay two claims, each checkable on its own, and so do weekdays ("from Tuesday to
    Friday")."""
    out: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.focus_start):
        prev = out[-1] if out else None
        if prev is not None and prev.type == "date" and c.type == "date" and prev.sent.start == c.sent.start \
                and prev.focus_end <= c.focus_start and _bare_month(text[prev.focus_start:prev.focus_end]):
            link = text[prev.focus_end:c.focus_start]
            second = text[c.focus_start:c.focus_end].split()
            if second and second[0].lower() in ("through", "until") and not link.strip():
                second = second[1:]  # "from August through October": the link is in the second focus
                link = " to "
            name = _MONTH_NAME_RE.match(second[0]) if second else None
            if name is not None and name.group("name").lower() in MONTHS and second[0][:1].isupper() \
                    and _MONTH_LINK_RE.fullmatch(link):
                prev.focus_end, prev.value = c.focus_end, None
                prev.key = date_key(prev, text)
                continue
        out.append(c)
    return out


def _year_by_weekday(value: dict, weekday: int) -> dict:
    """A day's value moved a year back or on when the weekday named with it falls there and not on
    the guessed year's day; unchanged when it already falls there or in neither year."""
    year, month, day = (int(p) for p in value["value"].split("-"))
    for y in (year, year - 1, year + 1):
        try:
            if datetime.date(y, month, day).weekday() == weekday:
                return dict(value, value=f"{y:04d}-{month:02d}-{day:02d}")
        except ValueError:
            continue
    return value


# A year written as a number, 1000 to 2099.
_YEAR_WORD_RE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def paragraph_year(doc: Doc, at: int) -> int | None:
    """A year the text itself stated before ``at`` in the same paragraph (never a guess from
    elsewhere: without it, a month without its year and no publication date has no value)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, at) + 1
    years = _YEAR_WORD_RE.findall(text, start, at)
    return int(years[-1]) if years else None


def scene_year(doc: Doc, sent: Span, at: int, published: str | None) -> int | None:
    """The year a past story is told in, as the text named it just before ``at``: in the same
    sentence or the one before it, in the same paragraph ("In the spring of 1986 she raised her
    concerns. However on March 6 he wrote ..."). A bare month or month-day told in the past takes it
    rather than the publication year. None when the nearest year there names something else: a
    year in a name or before a noun ("Budget 2024", "the 2020 election"), one not yet come, one in
    a sentence not told in the past, or one beside a time counted from the article's day."""
    text = doc_text(doc)
    start = max(text.rfind("\n", 0, at) + 1, sent.start_char)
    if start == sent.start_char and sent.start > 0:
        before = doc[sent.start - 1].sent
        start = max(text.rfind("\n", 0, at) + 1, before.start_char)
    years = list(_YEAR_WORD_RE.finditer(text, start, at))
    if not years:
        return None
    m = years[-1]
    year = int(m.group(1))
    if published and year > int(published[:4]):
        return None
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    if tok.ent_type_ != "DATE":
        return None  # "Budget 2024", "Vision 2030": a year inside a name
    if tok.dep_ in ("compound", "nummod", "amod", "nmod") and tok.head.i > tok.i and tok.head.ent_type_ != "DATE":
        return None  # "the 2020 election": the year of another thing, named before it
    if _verb_tense(tok.sent.root) != "past":
        return None  # "That's the cheapest it has been since 2009": a yardstick for now, no scene
    between = doc.char_span(m.end(), at, alignment_mode="contract")
    if _NOW_TIME_RE.search(text, tok.sent.start_char, m.start()) \
            or _NOW_TIME_RE.search(text, m.end(), max(at, tok.sent.end_char)) or (between is not None and any(
                t.lower_ in ("now", "currently") and t.head.pos_ in ("VERB", "AUX") for t in between)):
        # A time counted from the article's day beside the year, or between it and the month: the
        # year is background to now ("sank on Wednesday, four years after its launch in 2010"), or
        # the story has come back to now ("is now down ... earlier this month it said ... in
        # December"). "now Lord Baker", a title as it stands, is no time of the story.
        return None
    return year


_NOW_TIME_RE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|these days|(?:this|last|next|past) (?:week|weekend|month|year|night)|"
    + "|".join(WEEKDAYS) + r")\b", re.I)
