"""Numbers: counts with the noun they count, money, percentages and measurements with their
unit, bare figures, lengths of time and ages, each with its hedge ("about", "more than")."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span, Token

from ...normalize import (
    CURRENCIES,
    CURRENCY_WORDS,
    DENOMINATORS,
    GLUED_CURRENCIES,
    NESTING_PLURALS,
    NUMBER_WORDS,
    ROUND_PLURALS,
    SCALES,
    parse_quantity,
)
from ..lexicon import (
    ABSTRACT_COUNT_NOUNS,
    BOUND_VERBS,
    CASUALTY_VERBS,
    CHANGE_VERBS,
    CONTEST_NOUNS,
    CONTEST_VERBS,
    EMPTY_SUPERLATIVES,
    GRADING_ADJECTIVES,
    MEASURE_SYMBOLS,
    PARENT_NOUNS,
    PRONOMINAL_NUMBERS,
    QUOTE_MARKS,
    RATE_NOUNS,
    TIME_UNITS,
    UNIT_FILLERS,
    UNIT_SIZES,
)
from ..syntax import doc_text, ents_within, inner_hyphen, phrase_chars, street_address, titled
from . import Candidate, Sentence
from .dates import HAPPENING_PREPS, YEARS_LATER_RE, paragraph_year

# Words before a number that belong to it ("up to 10,000", "more than 50,000", "all 298").
HEDGE_PAIRS = frozenset({("up", "to"), ("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"),
                         ("at", "most"), ("close", "to"), ("upwards", "of"), ("as", "many"), ("as", "much"),
                         ("no", "more"), ("a", "minimum"), ("a", "maximum"), ("a", "further"), ("minimum", "of"),
                         ("maximum", "of"), ("total", "of")})
# "near 9.5 percent", "rates near zero": close to the figure, as "nearly" is (three of three in tune).
HEDGE_WORDS = frozenset("about around approximately roughly nearly near almost some over under just only all barely exactly "
                        "estimated another minimum maximum further".split())
# Nouns that count two of what follows "a ... of": "a pair of robots" exactly, "a couple of years"
# about so.
PAIR_NOUNS = {"pair": "two", "couple": "about two"}
# Adverbs that count the times something happened.
MULTIPLE_ADVERBS = {"twice": 2, "thrice": 3}
# A number right after one of these is a label, not a figure: "No. 6", "Flight 370", "page 4".
LABEL_WORDS = frozenset("no no. # number page chapter article section flight highway route item step level "
                        "grade class room gate platform line row seat figure table version".split())
# The number takes its thousands separators and decimals: "a 2,500-year-old city" is 2,500 years,
# not 500 (nor "a 1.5-year-old" five).
_AGE_RE = re.compile(r"(?<![\d,.])\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?|" + "|".join(w for w in NUMBER_WORDS if " " not in w)
                     + r")-(year|month|week|day)s?-old\b", re.I)
_LENGTH_ADJ_RE = re.compile(r"(?<![\d,.])\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?|" + "|".join(w for w in NUMBER_WORDS if " " not in w)
                            + r")-(year|month|week|day|hour|minute)\b(?!-old)", re.I)
_COUNT_ADJ_RE = re.compile(r"\b(" + "|".join(w for w in NUMBER_WORDS if " " not in w and NUMBER_WORDS[w] <= 12)
                           + r")-([a-z]+)\b(?!-)", re.I)
# Words hyphened onto a number that count nothing ("a one-time payment", "a two-way street", a
# "two-nil lead" is a score, "a one-on-one meeting").
_NOT_COUNTED = frozenset("time way nil on off".split())
# An age written after its word: "at age 42", "up to age 30", "ages 8-12", "ages 10 and up".
_AGE_WORD_RE = re.compile(r"\b(?:up to\s+|under\s+|over\s+)?ages?d?\s+(\d{1,3})(?:\s*(?:-|–|to)\s*(\d{1,3})"
                          r"|\s+(?:and|or)\s+(?:up|older|over|above|under|younger|below))?\b", re.I)
# A temperature: a number with a degree sign and its scale ("1.2°C", "4 °F") or with "degrees" and
# the scale's name ("2 degrees Celsius"); a bare "360°" may be an angle.
_TEMPERATURE_RE = re.compile(r"(?<![\w.,])(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>\s?°\s?[CF]\b"
                             r"|\s+degrees?\s+(?:Celsius|Fahrenheit|[Cc]entigrade)\b)")
# What both need in a sentence: a sentence without it skips their scan (most sentences).
_HYPHEN_UNIT_RE = re.compile(r"-(?:year|month|week|day|hour|minute)", re.I)
# One unit of time made a word of length: "a decade-long war", "the monthlong trip", "a week-long
# holiday" last one decade, month, week. The plural ("a years-long drought") gives no number.
_UNIT_LONG_RE = re.compile(r"(?<![\w-])(?P<unit>hour|day|night|week|month|year|decade)-?long\b", re.I)
# "25 to 34 years old": the ages of a group, one claim with no single value.
_AGE_RANGE_RE = re.compile(r"^(?P<lead>)(?P<num>\d{1,3}\s*(?:to|-|–)\s*\d{1,3})\s+(?P<unit>years)\s+old$", re.I)
# "six to seven minutes", "two or three years", "between 5 and 10 days": a length given as a range.
_RANGE_NUMBER = r"(?:\d[\d,.]*|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")"
_LENGTH_RANGE_RE = re.compile(r"^(?:between\s+)?" + _RANGE_NUMBER + r"\s*(?:\s(?:to|or|and)\s|-|–)\s*" + _RANGE_NUMBER
                              + r"\s+(?:second|minute|hour|day|night|week|month|year|decade)s$", re.I)
# A length may open with words that only stress it: "a full nine years", "the remaining 10 days",
# "another three days", "gave banks another year" (one more year: as long as "a year").
_DURATION_RE = re.compile(
    r"^(?:(?:the|its|their|his|her|our)\s+(?:(?:entire|full|whole|remaining)\s+)?|an?\s+(?:entire|full|whole)\s+)?"
    r"(?P<lead>(?:past|last|next|first|further|final|coming|following|previous|ensuing)\s+)?"
    r"(?P<num>(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|just|only|more than|less than|"
    r"fewer than|at least|up to|barely|another|as (?:much|many|little|few) as|a little (?:over|under|more than|less than))\s+)*"
    r"(?:\d[\d,.]*|an?\s+half|half an?|(?:a|an|another|" + "|".join(w for w in NUMBER_WORDS if " " not in w)
    + r")(?:[\s-]+(?:and\s+a\s+half|thousand|million|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r"))?)?)\s*"
    r"(?:(?:consecutive|straight|successive|full|whole|more|additional|further|extra)\s+)?"
    r"(?P<unit>(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries|season)s?)"
    r"(?:(?P<half>\s+and\s+an?\s+half)|\s+and\s+(?P<num2>\d+)\s+(?P<unit2>(?:second|minute|hour|day|month)s?))?$",
    re.I,
)


def _hedge_start(doc, start: int, floor: int) -> int:
    """Move a number's start left over the words that hedge or bound it."""
    while start > floor:
        prev = doc[start - 1].lower_
        if prev == "over" and doc[start - 1].dep_ == "prep" and any(
                c.dep_ == "pobj" and c.lower_ in TIME_UNITS for c in doc[start - 1].children):
            break  # "happened over two days", "phased in over two years": the span it took, no more-than
        if start - 2 >= floor and (doc[start - 2].lower_, prev) in HEDGE_PAIRS:
            start -= 2
        elif prev in HEDGE_WORDS or (prev == "a" and start < len(doc) and doc[start].lower_ in ("further", "minimum", "maximum", "total")):
            start -= 1
        else:
            break
    return start


# Figures taken over a window of time ("52-week high", "12-month average", "seven-day rate",
# "trailing 12-month earnings"): the window's length is how the figure is defined, not a claim.
STATISTIC_WINDOW_NOUNS = frozenset("range high highs low lows average averages mean earnings return returns rate rates".split())


# Words of a bound before a sum ("as much as $2 billion", "at least 40 percent"): part of it.
BOUND_WORDS = HEDGE_WORDS | frozenset("as much many little few more less least most up close upwards no".split())


def split_no_stop(dot: Token) -> bool:
    """``dot`` is the full stop the model split off the label "No" before a number ("No. 4 Ohio
    State" read as "No", ".", "4")."""
    doc = dot.doc
    return dot.text == "." and dot.i >= 1 and doc[dot.i - 1].text in ("No", "no") and not doc[dot.i - 1].whitespace_


def _label(tokens: Span) -> bool:
    doc = tokens.doc
    first = tokens[0]
    prev = doc[first.i - 1] if first.i > tokens.sent.start else None
    if prev is not None and (prev.lower_ in LABEL_WORDS or prev.text in ("#", "No.")):
        return True
    if prev is not None and prev.i > tokens.sent.start and split_no_stop(prev):
        return True
    # "Flight 370", "Route 66": a number right after a proper noun names it.
    head = tokens[-1].head
    if head.pos_ == "PROPN" and head.i == first.i - 1 and tokens[-1].dep_ in ("nummod", "compound", "appos") \
            and tokens.label_ == "CARDINAL":
        return True
    # "a tip to 911", "make 911 calls": the emergency line's number names it ("911 people" counts).
    if tokens.text == "911":
        after = doc[tokens.end] if tokens.end < len(doc) else None
        if after is None or after.tag_ != "NNS" or after.lower_ == "calls":
            return True
    # "5G", "4G networks": the generation of a mobile network, the number glued to its "G", is a name.
    last = tokens[-1]
    return last.i + 1 < len(doc) and not last.whitespace_ and doc[last.i + 1].text == "G"


# Words that tell a game's result ("a 30-16 win", "came away a 21-6 winner", "beat them, 51-0", "a
# 42-14 thrashing"): a score told with one is the result of a game, not a tally of votes.
GAME_WORDS = frozenset("beat defeat edge rout top outlast overcome win lose trail lead score victory loss "
                       "winner game thrashing thriller blowout shutout upset".split())
# The most games a season of the sports whose win-loss records are written after a team's name
# runs to (an American football season: 17 in the NFL, fewer in college and school football).
SEASON_GAMES = 20
# The fewest points a winner's score in points runs to: below it a score more often counts goals,
# games, sets or runs ("lost to DRX 3-2", "the Wild's 4-1 win", "a 2-1 victory").
POINTS_FLOOR = 10
# The units of a score's value: a record's wins, a game's winning points.
SCORE_UNITS = frozenset(("wins", "points"))
_SCORE_PAIR_RE = re.compile(r"(\d{1,3})[-–](\d{1,3})")


def score_value(sent: Span, a: int, b: int) -> dict | None:
    """The value of a score or record at characters ``a:b``: a season's record in brackets after a
    team's name ("Legacy (7-4)", "The Eagles (10-5)") is its wins; the score of a game in points
    ("a 42-14 thrashing", "Philadelphia's 24-14 upset loss") the winner's points. Anything else
    (sets, goals, games of a series, a vote, wickets and runs, a record over more games) has none."""
    text = doc_text(sent.doc)
    pair = _SCORE_PAIR_RE.fullmatch(text[a:b])
    if pair is None:
        return None
    first, second = int(pair.group(1)), int(pair.group(2))
    before, after = text[max(0, a - 80):a], text[b:b + 1]
    named = re.search(r"\b[A-Z][\w’'.-]*\s*\($", before) is not None
    if named and after == ")" and first + second <= SEASON_GAMES:
        return {"kind": "quantity", "amount": first, "unit": "wins", "approximate": False}
    if first >= second and first >= POINTS_FLOOR and any(t.lemma_.lower() in GAME_WORDS or t.lower_ in GAME_WORDS
                                                          for t in sent):
        return {"kind": "quantity", "amount": first, "unit": "points", "approximate": False}
    return None


def _score(ent: Span, add, free) -> bool:
    """"lost 2-0", "won 19-8": a score is one claim, valued by `score_value`. True if it is one."""
    doc = ent.doc
    if _SCORE_PAIR_RE.fullmatch(ent.text):
        if free(ent.start_char, ent.end_char):
            # the recognizer took in both numbers
            add(ent.start_char, ent.end_char, score_value(ent.sent, ent.start_char, ent.end_char), "quantity.bare")
        return True
    end = ent.end
    if len(ent) != 1 or not ent[0].is_digit or end + 1 >= ent.sent.end or doc[end].text not in ("-", "–") \
            or ent[0].whitespace_ or doc[end].whitespace_ or not doc[end + 1].is_digit:
        return False
    if end + 2 < len(doc) and doc[end + 2].text in ("-", "–") and not doc[end + 1].whitespace_:
        return False  # "2-0-1": a code or a date, not a score
    if doc[end + 1].ent_type_ and doc[end + 1].ent_type_ != "CARDINAL":
        return False
    a, b = ent.start_char, doc[end + 1].idx + len(doc[end + 1].text)
    if free(a, b):
        add(a, b, score_value(ent.sent, a, b), "quantity.bare")
    return True


# A score, or the set scores of one match with their tie-breaks ("6-4, 7-6 (5)"): figures of
# at most three digits on each side, not part of a longer code ("9-1-1") or a year ("2011-12").
_SCORE_RE = re.compile(r"(?<![\w.,/–-])\d{1,3}[-–]\d{1,3}(?: \(\d{1,2}\))?(?:, \d{1,2}[-–]\d{1,2}(?: \(\d{1,2}\))?)*"
                       r"(?![\w/–-]|[.,]\d)")
# Words before two numbers joined by a hyphen that make them a range, not a score ("ages 5-8").
_RANGE_LEADS = frozenset("ages aged age between from pages page pp pp. nos. nos".split())


def is_score(c: Candidate) -> bool:
    """A contest's score ("3-0", "6-4, 7-6 (5)"): how the contest ended (a record's wins or a winner's
    points at most, `score_value`), not an amount anything has."""
    return c.rule == "quantity.bare" and (c.value is None or c.value.get("unit") in SCORE_UNITS) \
        and _SCORE_RE.fullmatch(doc_text(c.sent.doc)[c.focus_start:c.focus_end]) is not None


def _contest_score(sent: Span, a: int, b: int) -> bool:
    """"got past Chile 3-0", "lost to the visitors 3-2", "beat the Netherlands 2-1": two numbers
    joined by a hyphen in a sentence that tells a contest's result are its score, one claim, though
    the recognizer took them into a team's name or left them out ("a 6-3 vote" too). A range
    before its unit ("15-30 minutes", "3-5 scenes") or after "ages" is no score."""
    doc = sent.doc
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    if span.start > sent.start and doc[span.start - 1].lower_ in _RANGE_LEADS:
        return False
    after = doc[span.end] if span.end < sent.end else None
    if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() not in CONTEST_NOUNS:
        return False
    return any((t.pos_ == "VERB" and t.lemma_.lower() in CONTEST_VERBS)
               or (t.pos_ == "NOUN" and t.lemma_.lower() in CONTEST_NOUNS) for t in sent)


def _counted(words: Span) -> str:
    """The unit in the words from a number to its noun: what is counted, without the words that
    only select or grade ("15 healthy" stays, "two separate townhouses" is townhouses, "the 10
    most populous states" states, "three heavily financed startup companies" startup companies,
    "10 major peers" peers; "a big-name guest" keeps its hyphened word)."""
    i, last = words.start, words.end - 1
    doc = words.doc
    while i < last:
        t = doc[i]
        if (t.lower_ in UNIT_FILLERS and t.is_lower) or t.tag_ == "JJS" or (
                t.lower_ in GRADING_ADJECTIVES and t.is_lower and not inner_hyphen(doc[i + 1])):
            i += 1
        elif t.tag_ in ("RB", "RBS") and i + 1 < last:
            i += 2  # the adverb and the word it grades
        else:
            break
    return doc[i:words.end].text.lstrip("-")


# Nouns whose plural is the singular: "270 aircraft" counts them all the same.
SAME_PLURALS = frozenset("aircraft bitcoin sheep fish deer personnel staff police cattle offspring series species "
                         "crew".split())


def _model_number(ent: Span, noun: Token) -> bool:
    """A number of three or four digits set between an article and a singular noun it does not
    count: a model, a year or a phone number used as a name ("the 777 program", "the 2014
    budget", "a 911 operator")."""
    doc = ent.doc
    return (len(ent) == 1 and ent.text.isdigit() and 3 <= len(ent.text) <= 4 and ent.start > 0
            and doc[ent.start - 1].lower_ in ("a", "an", "the") and noun.i > ent.end - 1 and noun.tag_ == "NN"
            and noun.lower_ not in SAME_PLURALS and not any(t.text in ("-", "–") for t in doc[ent.end:noun.i]))


def _conjoined(noun: Token) -> Token:
    """The last of the nouns a number counts together with ``noun``: "162 passengers and crew",
    "30,154 new cars, trucks and SUVs" count both or all. A conjunct with a count, an article or
    an owner of its own is counted apart ("three men and a woman", "12 points and 10 rebounds")."""
    doc = noun.doc
    last = noun
    while True:
        nxt = next((c for c in last.children if c.dep_ == "conj" and c.i > last.i), None)
        if nxt is None or nxt.pos_ != "NOUN" or nxt.i > last.i + 4 or nxt.lower_ in TIME_UNITS or any(
                c.dep_ in ("det", "nummod", "quantmod", "poss", "prep", "relcl", "acl") for c in nxt.children):
            return last
        if not all(t.lower_ in ("and", "or", ",") or (t.head.i == nxt.i and t.dep_ in ("amod", "compound"))
                   for t in doc[last.i + 1:nxt.i]):
            return last
        last = nxt


def _hyphened(t: Token) -> bool:
    """A hyphen inside a word or a word hyphened to its neighbours: "of" in "one out-of-county
    warrant" is part of one modifier however the parser hangs it."""
    doc = t.doc
    return inner_hyphen(t) or (t.i + 1 < len(doc) and inner_hyphen(doc[t.i + 1])) or (t.i > 0 and inner_hyphen(doc[t.i - 1]))


def _digits(t: Token) -> bool:
    """A number in figures, with or without thousands separators: "a 35,000-seat arena" hyphens
    its noun on as "a 200-seat arena" does (``is_digit`` is false for "35,000")."""
    return t.text.replace(",", "").isdigit()


def _set_off(t: Token, noun: Token) -> bool:
    """A quotation mark around a word of the counted noun's phrase: "4.9 billion connected
    “things”", "six foreign “supplier” companies" count things and companies, the marks only
    set a word off ("the five “pillars of Islam”" quote a name the count is no part of)."""
    if t.text not in QUOTE_MARKS or t.head.i != noun.i:
        return False
    doc = t.doc
    # The marks open and close around words up to the noun: one of them is before ``t`` or the
    # other is at the latest right after the noun, or after its comma ("seven “faithless electors,”").
    after = noun.i + 2 if noun.i + 2 < len(doc) and doc[noun.i + 1].text in (",", ".") else noun.i + 1
    return t.i > noun.i or any(m.text in QUOTE_MARKS and m.head.i == noun.i for m in doc[max(0, t.i - 4):t.i]) \
        or any(m.text in QUOTE_MARKS for m in doc[t.i + 1:after + 1])


def _parents_count(ent: Span) -> bool:
    """A number after a parent and "of" with no plural noun of its own: "a mother of four", "the
    father of two who lives nearby" count children (the parser may hang the number on a noun after
    it: "a mother of four a handicap")."""
    doc, last = ent.doc, ent[-1]
    return ent.label_ == "CARDINAL" and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
        and doc[ent.start - 2].lemma_.lower() in PARENT_NOUNS and doc[ent.start - 2].pos_ == "NOUN" \
        and not (last.dep_ == "nummod" and last.head.tag_ in ("NNS", "NNPS"))


# Units a number measures by (of time, of measure, and nouns whose plural is the singular), which
# name no kind of what follows them.
_MEASURED_BY = RATE_NOUNS | MEASURE_SYMBOLS | frozenset(UNIT_SIZES) | SAME_PLURALS


def _kind_of_noun(ent: Span, noun: Token) -> Token:
    """The noun a count reaches through a singular noun the parser hung the number on, which only
    names the kind of it: "106 school girls", "Sixteen energy technology priorities", "close to
    1,000 maintenance and cleaning workers" count girls, priorities and workers, and the gold keeps
    the whole compound as the unit. A unit of measure stays the unit ("a 37 bitcoin bounty", "a
    two and a half year block"), and so does a word hyphened to the number ("a 10-game stretch",
    "the 70-page report")."""
    doc = noun.doc
    if noun.tag_ != "NN" or noun.i < ent.end or noun.lower_ in _MEASURED_BY \
            or any(t.text in ("-", "–") or inner_hyphen(t) for t in doc[ent.end - 1:noun.i + 1]):
        return noun
    while noun.dep_ in ("compound", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.i < noun.head.i <= noun.i + 3:
        noun = noun.head
    return noun


def _unit(ent: Span) -> tuple[int, str | None]:
    """The end (exclusive) of the quantity's phrase and its unit: the noun the number counts,
    with the words between them ("34,185 automotive manufacturing jobs")."""
    doc = ent.doc
    last = ent[-1]
    if _parents_count(ent):
        return ent.end, "children"
    if last.dep_ == "conj" and ent.start <= last.head.i < ent.end:
        last = last.head  # "two and a half year block": the whole number is what counts the noun
    if last.lower_ == "dozen" and last.dep_ == "quantmod" and ent.start <= last.head.i < ent.end:
        last = last.head  # "more than two dozen people": the parser hangs "dozen" on the numeral, which counts the noun
    times = doc[ent.end] if ent.end < ent.sent.end else None
    if times is not None and times.lower_ == "times" and times.dep_ == "quantmod" and times.head.i == last.i \
            and not (ent.end + 1 < ent.sent.end and doc[ent.end + 1].lower_ in ("as", "the")):
        # "never walked more than 32 times", "up to two times faster": the parser hangs "times" on
        # the number as if it bounded it; it is what the number counts ("70 times the amount",
        # "three times as contagious" are multiples, the comparison rules').
        return ent.end + 1, "times"
    head = _kind_of_noun(ent, last.head)
    # The words between are the noun's own modifiers: up to three, or more when each hangs on the
    # noun ("about a dozen black female small-business owners").
    between = doc[ent.end:head.i] if head.i >= ent.end else doc[0:0]
    near = head.i <= ent.end + 3 or (head.i <= ent.end + 7 and all(
        t.head.i in range(ent.end, head.i + 1) and (t.dep_ in ("amod", "compound", "nmod") or _hyphened(t) or _set_off(t, head))
        for t in between))
    if last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN") \
            and ent.end <= head.i and near and not any(
                t.is_punct and not (inner_hyphen(t) and (_digits(last) or head.i > ent.end + 3)) and not _set_off(t, head)
                for t in between):
        if doc[ent.end].lower_ in MEASURE_SYMBOLS and last.like_num:
            # "a 2.1 GW floating solar project", "the 75kb limit": a unit's symbol after the figure
            # is the unit, though the recognizer may take it for a name ("MW"); the noun after it
            # is what is measured, not counted.
            return ent.end + 1, doc[ent.end].text
        if head.ent_type_ not in ("", "NORP", "GPE") and head.ent_type_ != ent.label_:
            return ent.end, None
        if head.lower_ not in TIME_UNITS:
            head = _conjoined(head)
        # "a 49-match run": the noun joined to figures by a hyphen is the unit ("one-time" is an
        # idiom, "two-nil" a score).
        counted = _counted(doc[ent.end:head.i + 1])
        return head.i + 1, "".join(ch for ch in counted if ch not in QUOTE_MARKS).strip() or None
    # "hundreds of bursts", "29 of 50 states": the noun after "of".
    if ent.end < ent.sent.end - 1 and doc[ent.end].lower_ == "of" and (last.pos_ == "NUM" or last.lower_ in DENOMINATORS):
        obj = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.i <= ent.end + 5:
            return obj.i + 1, obj.text
    return ent.end, None


# How a date told by a happening opens ("prior to the arrival of ...": "prior").
DATE_OPENERS = HAPPENING_PREPS | {"prior"}


def _date_part(c: Candidate, text: str) -> tuple[int, int] | None:
    """The characters of a date a number inside is the date's: a date told by another happening
    ("after two crashes", "days after the attack that killed 14 people") has no value, and the
    happening, from its time preposition on, counts on its own; what comes before the
    preposition ("two days") is still the date's. None when the date opens with it."""
    if c.rule != "date.relative" or c.value is not None:
        return c.focus_start, c.focus_end
    at = c.focus_start
    for word in text[c.focus_start:c.focus_end].split():
        if word.lower() in DATE_OPENERS:
            return (c.focus_start, at) if at > c.focus_start else None
        at = text.index(word, at) + len(word)
    return c.focus_start, c.focus_end


def find(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    doc, sent = s.doc, s.span
    text = doc_text(doc)
    # A number inside a date is the date's ("two years ago"), except in the happening a date is
    # told by: "after two catastrophic crashes" counts the crashes, "days after the attack that
    # killed 14 people" the dead.
    dates = [part for c in found if c.type == "date" and (part := _date_part(c, text)) is not None]
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = list(dates)
    # A house number names a place ("at 2015 Washtenaw Avenue", "the 23300 block of Edmond Street"):
    # the address is a state (nominal.find), and nothing in it counts.
    taken += [(tok.idx, tok.idx + len(tok)) for tok in s.tokens if tok.is_digit and street_address(tok) is not None]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(a: int, b: int, value: dict | None, rule: str) -> Candidate | None:
        """The candidate for chars a..b, or None where the number is a title ("7", "24")."""
        taken.append((a, b))
        if titled(text, a, b):
            return None
        value = _share_of_century(value)
        out.append(Candidate(sent, a, b, "quantity", rule, value, key=_key(value)))
        return out[-1]

    # Ages and lengths written as one hyphenated word: "20-year-old", "a three-year wait".
    base = sent.start_char
    piece = text[base:sent.end_char]
    for regex in (_AGE_RE, _LENGTH_ADJ_RE) if _HYPHEN_UNIT_RE.search(piece) else ():
        for m in regex.finditer(piece):
            a, b = base + m.start(), base + m.end()
            if not free(a, b):
                continue
            value = parse_quantity(m.group(1), m.group(2).lower() + "s")
            rule = "quantity.duration"
            if regex is _LENGTH_ADJ_RE:
                # "three-year wait": the noun it measures is part of the phrase.
                span = doc.char_span(a, b, alignment_mode="expand")
                if span is None:
                    continue
                noun = span[-1].head if span[-1].head.pos_ == "NOUN" and span[-1].head.i >= span.end else None
                # "52-week range", "12-month average": the window a figure is taken over, no length of
                # its own (the tagger may take "high" for an adjective).
                if span[-1].head.i >= span.end and span[-1].head.lower_ in STATISTIC_WINDOW_NOUNS:
                    taken.append((a, b))
                    continue
                if noun is not None and noun.i <= span.end + 1:
                    b = noun.idx + len(noun.text)
            add(a, b, value, rule)

    for m in _UNIT_LONG_RE.finditer(piece) if "long" in piece.lower() else ():
        a, b = base + m.start(), base + m.end()
        if free(a, b):
            add(a, b, parse_quantity("1", m.group("unit").lower()), "quantity.duration")

    # "at age 42", "ages 8-12" (a book's readers): an age told after the word; a range of ages
    # has no one value.
    for m in _AGE_WORD_RE.finditer(piece) if "age" in piece.lower() else ():
        a, b = base + m.start(), base + m.end()
        word = a + m.group(0).lower().index("age")
        if text[word].isupper() and word != sent.start_char:
            continue  # "the Stone Age 3 exhibit": a name
        if free(a, b):
            add(a, b, None if m.group(2) else parse_quantity(m.group(1), "years"), "quantity.bare")

    # "a two-goal lead", "a one-game suspension", "a six-inch lizard": a count in words hyphened
    # onto the noun it counts, the pair describing the noun after it.
    for m in _COUNT_ADJ_RE.finditer(piece) if "-" in piece else ():
        a = base + m.start()
        span = doc.char_span(a, base + m.end(), alignment_mode="expand")
        if span is None or not free(a, base + m.end()):
            continue
        counted = span[-1]
        described = counted.head
        if counted.pos_ != "NOUN" or counted.lower_ in TIME_UNITS or counted.lower_.rstrip("s") in DENOMINATORS \
                or described.pos_ != "NOUN" or described.i <= counted.i or described.i > counted.i + 2 \
                or counted.lower_ in _NOT_COUNTED:
            continue
        b = described.idx + len(described.text)
        add(a, b, parse_quantity(m.group(1), counted.text), "quantity.count")

    # "1.2°C", "3.6 degrees Fahrenheit": a temperature with its scale; the recognizer leaves the
    # scale out of the number or cuts the degree sign off it.
    for m in _TEMPERATURE_RE.finditer(piece) if "°" in piece or "degree" in piece else ():
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None or not free(span.start_char, span.end_char):
            continue
        start = _hedge_start(doc, span.start, sent.start)
        unit = m.group("unit").strip()
        unit = unit.replace(" ", "") if "°" in unit else " ".join(unit.split())  # "4 ° C" is "4°C"
        value = parse_quantity(doc[start:span.start].text + " " + m.group("num"), unit)
        a, b = phrase_chars(doc, start, span.end)
        if value is not None:
            add(a, b, value, "quantity.measure")

    # "Yearout, 51, co-owner": a number set off after a name is the person's age (the entity
    # recognizer calls it a date as often as a number); so after a person's description in a police
    # log ("A male juvenile, 16, Taylorville") and at the end of a sentence ("said Lopiano, 52.").
    for tok in s.tokens:
        if tok.pos_ == "NUM" and tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN") and tok.is_digit and len(tok.text) <= 3 \
                and tok.i > sent.start and doc[tok.i - 1].text == "," and tok.i + 1 < sent.end \
                and (doc[tok.i + 1].text in (",", ")") or (doc[tok.i + 1].text in (".", "!", "?")
                                                           and all(t.is_space for t in doc[tok.i + 2:sent.end]))):
            a, b = tok.idx, tok.idx + len(tok.text)
            if free(a, b):
                add(a, b, parse_quantity(tok.text, "years"), "quantity.bare")

    # "for buyers over 21", "a life expectancy of over 70": an age told as a bound, a two-digit
    # number after "over" or "under" with no noun after it, which the recognizer takes for a date.
    for tok in s.tokens:
        if tok.pos_ == "NUM" and tok.is_digit and len(tok.text) == 2 and tok.ent_type_ == "DATE" \
                and tok.i > sent.start and doc[tok.i - 1].lower_ in ("over", "under") \
                and tok.dep_ == "pobj" and all(c.i == tok.i - 1 for c in tok.children) \
                and (tok.i + 1 == sent.end or (doc[tok.i + 1].pos_ in ("PUNCT", "ADP") and doc[tok.i + 1].lower_ != "of")):
            a, b = doc[tok.i - 1].idx, tok.idx + len(tok.text)
            if free(a, b):
                add(a, b, parse_quantity(doc[tok.i - 1:tok.i + 1].text, "years"), "quantity.bare")

    # "just once", "once a month", "once or twice a week": one time, where a bound, a rate or a
    # second count says it counts; alone it is mostly "formerly" ("was once a lawyer").
    for tok in s.tokens:
        if tok.lower_ != "once" or tok.dep_ not in ("advmod", "npadvmod") \
                or (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in ("again", "more")):
            continue  # "ticked over once again", "once more": anew, no count
        start, end = _hedge_start(doc, tok.i, sent.start), tok.i + 1
        if end + 1 < sent.end and doc[end].lower_ == "or" and doc[end + 1].lower_ in MULTIPLE_ADVERBS:
            end += 2  # "once or twice": a range, no one value
        rate = end + 1 < sent.end and doc[end].lower_ in ("a", "an", "per") and doc[end + 1].lower_ in RATE_NOUNS \
            and doc[end + 1].tag_ == "NN"
        if start == tok.i and end == tok.i + 1 and not rate:
            continue
        a, b = phrase_chars(doc, start, end)
        if not free(a, b):
            continue
        if end > tok.i + 1:
            if rate:
                b = doc[end + 1].idx + len(doc[end + 1].text)
            add(a, b, None, "quantity.count")
        elif (cand := add(a, b, parse_quantity(doc[start:tok.i].text + " 1", "times"), "quantity.count")) is not None:
            _per(doc, cand)  # "once a month": one time per month

    # "bowled out twice": how many times something happened.
    for tok in s.tokens:
        if tok.lower_ in MULTIPLE_ADVERBS and tok.dep_ in ("advmod", "npadvmod") and tok.head.pos_ in ("VERB", "AUX"):
            a, b = tok.idx, tok.idx + len(tok.text)
            if free(a, b):
                add(a, b, parse_quantity(str(MULTIPLE_ADVERBS[tok.lower_]), "times"), "quantity.count")

    # "hundreds of bursts", "thousands of residents": a round plural counts the noun after "of".
    for tok in s.tokens:
        # The tagger may take a capitalized one for a name ("Millions of batteries ..." under a headline).
        if tok.lower_ in ROUND_PLURALS and tok.pos_ in ("NOUN", "NUM", "PROPN") and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "of":
            # "millions of Americans": a people's plural name is counted as a noun is.
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj" and (
                c.pos_ == "NOUN" or (c.tag_ == "NNPS" and c.ent_type_ == "NORP"))), None)
            if obj is None or obj.i > tok.i + 5:
                continue
            first = tok.i
            if first - 2 >= sent.start and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in NESTING_PLURALS:
                first -= 2  # "tens of thousands of users"
            start = _hedge_start(doc, first, sent.start)
            a, b = phrase_chars(doc, start, obj.i + 1)
            if free(a, b):
                add(a, b, parse_quantity(doc[start:tok.i + 1].text, _round_plural_unit(obj)), "quantity.count")

    # "half a billion Yahoo accounts", "a quarter million people", "almost exactly half a century": a
    # share of a scale word or of a unit of time; the recognizer cuts the number at "half" or leaves it out.
    for tok in s.tokens:
        if tok.lower_ not in ("half", "quarter") or tok.i + 2 >= sent.end:
            continue
        first = tok.i - 1 if tok.i > sent.start and doc[tok.i - 1].lower_ in ("a", "an") else tok.i
        at = tok.i + 2 if doc[tok.i + 1].lower_ in ("a", "an") else tok.i + 1
        scale = doc[at]
        if first == tok.i and at == tok.i + 1:
            continue  # "quarter million" needs its article: "the second quarter million" is none
        if scale.lower_ in ("hundred", "thousand", "million", "billion", "trillion"):
            head = scale.head
            noun = head if scale.dep_ == "nummod" and head.pos_ == "NOUN" and at < head.i <= at + 3 else None
            end, unit = (noun.i + 1, _counted(doc[at + 1:noun.i + 1])) if noun else (at + 1, None)
            money = unit is not None and unit.lower() in CURRENCY_WORDS  # "half a billion dollars"
            rule, number_end = "quantity.measure" if money else "quantity.count", at + 1
        elif scale.lower_ in TIME_UNITS and at == tok.i + 2 and tok.ent_type_ not in ("DATE", "TIME"):
            end, unit, rule, number_end = at + 1, scale.text, "quantity.duration", at  # "half a century"
        else:
            continue
        start = _hedge_start(doc, first, sent.start)
        a, b = phrase_chars(doc, start, end)
        if free(a, b):
            add(a, b, parse_quantity(doc[start:number_end].text, unit), rule)

    # "a pair of robots", "a couple of years": two of the noun after "of" (a couple loosely so);
    # the recognizer leaves the pair out, or calls the couple of years a date with no number.
    for tok in s.tokens:
        if tok.lower_ not in PAIR_NOUNS or tok.i - 1 < sent.start or doc[tok.i - 1].lower_ != "a" \
                or tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ != "of":
            continue
        obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
        if obj is None or obj.i > tok.i + 5:
            continue
        start = _hedge_start(doc, tok.i - 1, sent.start)
        a, b = phrase_chars(doc, start, obj.i + 1)
        if not free(a, b):
            continue
        hedge = doc[start:tok.i - 1].text
        value = parse_quantity(f"{hedge} {PAIR_NOUNS[tok.lower_]}", _counted(doc[tok.i + 2:obj.i + 1]))
        add(a, b, value, "quantity.duration" if obj.lower_ in TIME_UNITS else "quantity.count")

    # "still a month away", "running a month behind schedule", "finished three years early": the
    # length by which something is off its time, a length to check; the recognizer leaves "a
    # month" out, or reads "three years early" as a date with no value.
    for tok in s.tokens:
        if tok.lower_ not in TIME_UNITS or tok.dep_ != "npadvmod" or tok.i + 1 >= sent.end:
            continue
        # The word right after the length, on which it hangs or beside it on the verb ("running a
        # month behind schedule": both the verb's).
        head = doc[tok.i + 1]
        if head.lower_ not in _OFF_TIME_WORDS or (tok.head.i != head.i and head.head.i != tok.head.i):
            continue
        if head.lower_ in ("behind", "ahead") and not any(c.dep_ in ("pobj", "prep") for c in head.children):
            continue  # "20 years behind": behind the times, said loosely; "a week behind schedule" is a length
        number = next((c for c in tok.children if c.i < tok.i and (c.like_num or c.lower_ in ("a", "an"))), None)
        if number is None or any(c.i < number.i and c.lower_ in ("the", "that", "this") for c in tok.children):
            continue
        start = _hedge_start(doc, tok.left_edge.i, sent.start)
        a, b = phrase_chars(doc, start, tok.i + 1)
        if free(a, b):
            add(a, b, parse_quantity(doc[start:tok.i].text, tok.text), "quantity.duration")

    # "a 52-percent majority", "49-per-cent owned": a percentage hyphened into one word; the
    # recognizer calls it a count, cuts it at the number or gives it "per cents" for a unit.
    for m in _HYPHENED_PERCENT_RE.finditer(piece) if "cent" in piece.lower() else ():
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None or not free(span.start_char, span.end_char):
            continue
        start = _hedge_start(doc, span.start, sent.start)
        a, b = phrase_chars(doc, start, span.end)
        add(a, b, parse_quantity(doc[start:span.end].text), "quantity.measure")

    # "then in his late 20s", "a woman in her early 40s": an age told by the decade of a life, a
    # figure the recognizer leaves out or takes for a date; "late" is eight years in, as the
    # annotators value it ("mid" five, "early" two).
    for m in _DECADE_AGE_RE.finditer(piece):
        a, b = base + m.start("age"), base + m.end()
        if free(a, b):
            years = int(m.group("decade")) + _DECADE_PART[m.group("part").lower()]
            add(a, b, {"kind": "quantity", "amount": years, "unit": "years", "approximate": True}, "quantity.bare")

    for m in _FEET_INCHES_RE.finditer(piece) if "foot" in piece or "feet" in piece else ():
        feet, inches = int(m.group("feet") or m.group("hfeet")), int(m.group("inches") or m.group("hinches"))
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if inches >= 12 or span is None or not free(span.start_char, span.end_char):
            continue
        start = _hedge_start(doc, span.start, sent.start)
        a, b = phrase_chars(doc, start, span.end)
        add(a, b, parse_quantity(f"{doc[start:span.start].text} {feet * 12 + inches}", "inches"), "quantity.measure")

    for m in _SCORE_RE.finditer(piece):
        a, b = base + m.start(), base + m.end()
        if free(a, b) and _contest_score(sent, a, b):
            add(a, b, score_value(sent, a, b), "quantity.bare")

    # "advanced for a third day", "return for a 20th NFL season": the how-many-th run of days or
    # seasons in a row something lasts, a count to check (the annotators value it as that many of
    # the unit). "For the first time", "for a third time" and "a seventh straight session" are the
    # comparison rules'.
    for tok in s.tokens:
        nth = _nth_span(tok)
        if nth is None:
            continue
        noun = tok.head
        a, b = phrase_chars(doc, tok.i - 1, noun.i + 1)
        if free(a, b):
            # A length the deed ran to, so the verb keeps its own claim ("advanced" is one).
            add(a, b, {"kind": "quantity", "amount": nth, "unit": doc[tok.i + 1:noun.i + 1].text, "approximate": False},
                "quantity.duration")

    # "every two years", "roughly every 3.4 months": how often something recurs, a length to
    # check; the recognizer reads it as a date with no value ("every year" counts nothing).
    for tok in s.tokens:
        if tok.lower_ != "every" or tok.i + 2 >= sent.end:
            continue
        number, unit = doc[tok.i + 1], doc[tok.i + 2]
        if not number.like_num or number.lower_ in ("one", "1") or unit.lower_ not in TIME_UNITS:
            continue
        start = _hedge_start(doc, tok.i, sent.start)
        a, b = phrase_chars(doc, start, tok.i + 3)
        if free(a, b):
            hedge = doc[start:tok.i].text
            add(a, b, parse_quantity(f"{hedge} {number.text}".strip(), unit.text), "quantity.duration")

    tallies = _tallies(sent)
    previous: Candidate | None = None
    for ent in _entities(sent):
        a0, b0 = ent.start_char, ent.end_char
        if not free(a0, b0):
            continue
        label = ent.label_
        if label == "MONEY" and not _currency_marked(ent):
            label = "CARDINAL"  # "over 1.3 billion consumers": a sum with no currency is a count
        if label in ("MONEY", "PERCENT", "QUANTITY") and _endpoints(ent, add, free):
            continue
        if label == "CARDINAL" and _score(ent, add, free):
            continue
        if label in ("DATE", "TIME", "QUANTITY") and re.search(r"\bdozen\b", ent.text, re.I) \
                and not any(ch.isdigit() for ch in ent.text) and not any(t.lower_ in TIME_UNITS for t in ent):
            label = "CARDINAL"  # "half-a-dozen countries" taken for a date, "three dozen loaves" for a measure: a count
        if label in ("DATE", "TIME"):
            if not _duration(ent, add, free) and not _date_figure(ent, add, free, out):
                _counts_in_date(ent, add, free)
            continue
        if label not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
            continue
        words = ent.text.lower().split()
        digits = any(ch.isdigit() for ch in ent.text)
        if _label(ent):
            continue
        tally = ent.start in tallies
        if not digits and len(words) == 1 and words[0] in PRONOMINAL_NUMBERS | {"two"} and _pronominal(ent) and not tally \
                and not _parents_count(ent):
            continue
        if named_before(ent[-1]):
            continue
        if words == ["zero"] and ent.end < sent.end and doc[ent.end].tag_ == "NN":
            continue  # "zero rating", "net zero carbon", "zero tolerance": a term; "zero deaths" counts
        if ent[-1].lower_ in TIME_UNITS and len(ent) > 1 and ent[-2].lower_ not in ("per", "a", "an") \
                and not _own_unit_ending_in_time(ent):
            # "more than two and a half years" read as a number: a length of time.
            start = _hedge_start(doc, ent.start, sent.start)
            value = parse_quantity(doc[start:ent.end - 1].text, ent[-1].text)
            if value is not None:
                a, b = phrase_chars(doc, start, ent.end)
                add(a, b, value, "quantity.duration")
            continue
        first = ent.start
        if label == "MONEY" and first > sent.start and doc[first - 1].lower_ in CURRENCIES \
                and not doc[first - 1].whitespace_:
            first -= 1  # "$2.55" where the recognizer left the sign out of the entity
        if doc[first].lower_ == "the" and first + 1 < ent.end:
            first += 1  # "of the 4.1 million bbl": the article is no part of the number
        if label in ("MONEY", "PERCENT"):
            # "making a lucrative $300 a month", "each post $100,000 bond": the recognizer took in
            # words before the sum; it starts at its sign or first numeral (a hedge before it is
            # taken back below).
            sign = next((t.i for t in doc[first:ent.end] if t.like_num or t.lower_ in CURRENCIES or t.tag_ == "$"), first)
            if sign > first and all(t.pos_ in ("DET", "ADJ", "VERB") and t.lower_ not in BOUND_WORDS for t in doc[first:sign]):
                first = sign
        # "up to between fifty and a hundred": a range's "between" is its own bound; a word before it is the verb's.
        start = first if doc[first].lower_ == "between" else _hedge_start(doc, first, sent.start)
        if words == ["one"] and start == first and not tally and not _one_among_counts(ent) and not (
                ent.end < sent.end and any(t.lower_ == "each" for t in doc[ent.end:min(sent.end, ent.end + 4)])):
            continue  # "one reason", "one academic said": "one" as "a" or "a certain", no count
        if label == "CARDINAL" and ent.end < sent.end and doc[ent.end].tag_ == "JJS" \
                and doc[ent.end].lower_ not in EMPTY_SUPERLATIVES:
            continue  # "the world's two largest economies": a ranking (the comparison rules), no count
        end, unit = (ent.end, None) if label in ("MONEY", "PERCENT") else _unit(ent)
        if label == "QUANTITY" and len(ent) >= 3 and ent[-2].text == "-" and ent[-1].pos_ == "NOUN" \
                and ent[-3].like_num and not ent[-3].whitespace_ and not ent[-2].whitespace_:
            unit = ent[-1].text  # "a 38-ton load": the word hyphened to the number is the unit, the noun after it what is measured
        if label == "QUANTITY" and (hyphened := _hyphened_unit(ent)) is not None:
            unit = hyphened  # "a 400,000-square-foot building": square feet, the building what is measured
        if label == "CARDINAL" and _model_number(ent, doc[end - 1]):
            continue  # "the 777 program", "a 911 operator": many of a thing in the singular is its name
        if label == "CARDINAL" and unit is not None and ent[-1].head.i == end - 1 \
                and doc[end - 1].lemma_.lower() in ABSTRACT_COUNT_NOUNS and not _set_off(doc[end - 2], doc[end - 1]):
            # "two ways to participate", "at least one thing": the writer's sorting, no count ("two-thirds
            # of the way there" is a share; "4.9 billion connected “things”" a term set off).
            continue
        rule = "quantity.measure" if label in ("MONEY", "PERCENT", "QUANTITY") else "quantity.count"
        # A measure's number runs to its last numeral or scale word ("4.1 million bbl").
        last_num = next((t for t in reversed(ent) if t.like_num or t.pos_ == "NUM" or t.lower_ in SCALES), None) \
            if label == "QUANTITY" else None
        if label == "QUANTITY" and unit is not None and last_num is not None and last_num.i + 1 < ent.end \
                and ent[-1].pos_ == "NOUN" and not doc[last_num.i + 1].text.startswith("-"):
            # "12 ounce bottles", "a 49.7 million square kilometer forest zone": the measure's own
            # words are its unit; the noun after them is what is measured, not counted.
            unit = None
        if label == "QUANTITY" and unit is None:
            # "4.1 million bbl", "200 terawatt hours", "500-metre": the words after the number,
            # without its hyphen.
            after = doc[last_num.i + 1:ent.end].text if last_num is not None and last_num.i + 1 < ent.end else ""
            unit = after if after and not after.startswith("-") else (
                ent.text.split()[-1] if len(ent.text.split()) > 1 else re.sub(r"^[\d.,]+-?", "", ent.text) or None)
        number_text = doc[start:ent.end].text
        if ent[-1].text.endswith(".") and ent[-1].lower_.rstrip(".") in SCALE_SUFFIXES:
            number_text = number_text[:-1]  # "£154m." at a sentence's end: the full stop is the sentence's
        whole = _out_of(ent, sent)
        if whole is not None:
            # "29 of 50 states", "four of five", "seven out of every 100 children": one figure, a
            # part told with its whole; it counts what the whole counts, and the whole is no
            # claim of its own (its range is taken).
            end, unit = _unit(whole)  # the whole's phrase ends at or after its number
        # "only eight of the 48 workers", "at least five of 17 policymakers": a part stressed by a
        # bound is a figure of its own, and the whole it is told against another ("only one of
        # the three bombs" picks out which one: one figure). A share in words is a percentage, no
        # count of what the whole counts: "nearly half of the country's 241 million users" is
        # about 50 percent, and 241 million users a figure of its own.
        numeral = next((t.i for t in doc[start:ent.end] if t.like_num), start)
        split = whole is not None and ((doc[start:numeral].text.lower() in _PART_BOUNDS
                                        and doc[numeral].lower_ not in ("one", "1"))
                                       or ent[-1].lower_ in DENOMINATORS)
        if unit is not None and unit.lower() in ("others", "other", "ones") and not _counted_others(doc[end - 1]):
            continue  # "along with five others": the number stands for things named elsewhere
        if label == "QUANTITY":
            # "about 100 metres": the hedge may sit inside the entity, the unit after the number.
            number = last_num if last_num is not None else ent[0]
            digits_of = re.sub(r"[^\d.,]+$", "", number.text) if any(ch.isdigit() for ch in number.text) else number.text
            number_text = doc[start:number.i].text + " " + digits_of
        if label == "CARDINAL" and ent[-1].lower_ == "fold" and len(ent) > 2 and ent[-2].text == "-" and digits:
            # "increased 300,000-fold": how many times over, a multiple ("the lesson was two-fold" is
            # in two parts, no figure).
            unit, number_text = "fold", doc[start:ent.end - 2].text
        if label == "CARDINAL" and unit is None:
            bracketed = None if tally else _bracketed_unit(ent, end)
            if not tally and not (bracketed is not None and not digits) and not _bare_figure(ent) \
                    and not _share_figure(ent):
                continue
            rule = "quantity.bare"
            unit = _shared_unit(ent[-1], out) if tally else (
                _age_unit(ent) or bracketed or _gapped_unit(ent[-1], out) or _part_of_which_unit(ent, out)
                or _opening_whole_unit(ent, out) or _tallied_unit(ent[-1]) or _included_unit(ent[-1])
                or _casualty_unit(ent[-1]) or _level_unit(ent[-1]))
        value = parse_quantity(number_text, unit)
        if value is None and not re.search(r"\d\s*%?\s*(?:to|-|–|and)\s*[$€£¥]?\d", ent.text) \
                and not _WORDED_RANGE_RE.fullmatch(ent.text):
            continue  # no amount and no range: not a figure
        a, b = phrase_chars(doc, start, end)
        if end == ent.end and number_text != doc[start:ent.end].text and text[b - 1] == ".":
            b -= 1
        if value is not None and value["unit"] == "GBP" and ent[-1].lower_ in ("pound", "pounds") \
                and (_WEIGHED_BEFORE_RE.search(text, sent.start_char, a) or _MASS_AFTER_RE.match(text, b)):
            value = dict(value, unit="pounds")  # a weight, no sum of money
        # A figure in brackets after another is one phrase with it ("120 (about 40 percent)").
        # An amount in another unit of its kind is a second figure, which the annotators mark on
        # its own and the cluster rule joins to it: a measure ("32,000 feet (9,753 metres)",
        # "154-pound (70-kilogram)") and a price in another currency ("80 billion euros ($86
        # billion)"; five of the six tune articles with one mark both). With a rate after the
        # bracket ("up to 50 km (31 miles) a day") the two are one phrase, the rate said of both.
        if previous is not None and text[previous.focus_end:a].strip() == "(" and (
                previous.rule == rule or (previous.rule == "quantity.measure" and rule == "quantity.count")) \
                and (not (_converted_measure(previous.value, value) or _converted_money(previous.value, value))
                     or _RATE_AFTER_BRACKET_RE.match(text, b)):
            previous.focus_end = b + (1 if text[b:b + 1] == ")" else 0)
            taken.append((a, b))
            _per(doc, previous)
            continue
        if previous is not None and value is not None and (previous.value or {}).get("approximate") \
                and _restated(text[previous.focus_end:a], previous.value, value):
            # The same amount in other terms is as rough as the figure it restates: "about $980bn
            # (£720bn)", "about 2,300 tons (2,095 metric tons)", "up to 180 kilometers per hour (108
            # mph)", "about 17% or 3.3 billion barrels", "about 2,750 tons, or 2,500 metric tons"
            # (five of five in tune give the second figure approximate).
            value = dict(value, approximate=True)
        if split and whole is not None:
            add(*phrase_chars(doc, start, ent.end), value, rule)
            a, value = phrase_chars(doc, whole.start, end)[0], parse_quantity(whole.text, unit)
        previous = add(a, b, value, rule)
        if previous is not None and rule == "quantity.measure":
            _per(doc, previous)
    _join_lengths(out, text)
    # "about 25 bodies a week", "five days a week": a count or a length given per unit is a rate,
    # as a price is ("$45 a barrel"); its unit takes the unit it is per.
    for cand in out:
        if cand.rule in ("quantity.count", "quantity.duration"):
            _per(doc, cand)
        _bound(doc, cand, sent.start)
        _estimated(doc, cand)
        _open_end(doc, cand, sent.end)
    return out


# A range between two bounds written with a word for either number or a percentage's word after the
# first ("between one and two rate hikes", "between fifty and a hundred", "between 8 percent and 20
# percent"): one figure with no single value, as "between 5 and 10" is.
_WORDED_RANGE_RE = re.compile(r"between\s+" + _RANGE_NUMBER + r"(?:\s*%|\s+per\s?cent)?\s+and\s+(?:an?\s+)?[$€£¥]?"
                              + _RANGE_NUMBER + r"(?:\s*%|\s+per\s?cent)?", re.I)


# An age told by its decade after a possessive: "in his late 20s", "in their mid-30s".
_DECADE_AGE_RE = re.compile(r"\bin\s+(?:his|her|their|my|your|our)\s+(?P<age>(?P<part>early|mid|late)[- ]?(?P<decade>[1-9]0)s)\b",
                            re.I)
_DECADE_PART = {"early": 2, "mid": 5, "late": 8}
# A height in feet and inches: "5 feet 11 inches", "six feet, two inches", "a 7-foot-3 center".
def _share_of_century(value: dict | None) -> dict | None:
    """"A half century", "almost exactly half a century": a share of a century is a number of
    years, as the annotators value it (50 years); a whole century or more stays in centuries."""
    if value is None or (value.get("unit") or "").lower() not in ("century", "centuries"):
        return value
    amount = value.get("amount")
    if not isinstance(amount, (int, float)) or not 0 < amount < 1:
        return value
    years = round(amount * 100, 6)
    return dict(value, amount=int(years) if years == int(years) else years, unit="years")


# One measure in the smaller unit, as the annotators value it; a foot is twelve inches.
_FEET_INCHES_RE = re.compile(
    r"(?<![\w.,-])(?:(?P<feet>\d{1,2})\s+(?:feet|foot|ft\.?),?\s+(?:and\s+)?(?P<inches>\d{1,2})\s+(?:inches|inch)\b"
    r"|(?P<hfeet>\d{1,2})-foot-(?P<hinches>\d{1,2})(?:-inch(?:es)?)?(?![\w-]))", re.I)


# Words after a figure that leave it open at one end: "a week or more", "10 kilotons or smaller",
# "800,000 or so"; "ages 10 and up", "aged 55 and above", "children 5 and under". "And" takes only
# the bounds that cannot start a list's next item ("30 museums and more" may be more things).
_OPEN_END_OR = frozenset("more less fewer longer shorter so higher lower greater smaller larger older younger "
                         "up above over below under".split())
_OPEN_END_AND = frozenset("up above over below under older younger".split())
_OPEN_END_PAIRS = {("or", w) for w in _OPEN_END_OR} | {("and", w) for w in _OPEN_END_AND}


def _open_end(doc, cand: Candidate, end: int) -> None:
    """Read an open end said after a figure as its hedge: the figure is a bound, approximate as
    after "at least" or "at most" (ANNOTATION.md's "at least 19 people"), and the focus takes the
    words in, as the annotators mark them ("three months or more")."""
    span = cand.focus_span()
    if span is None or cand.value is None or cand.value.get("kind") != "quantity" or cand.value.get("approximate"):
        return

    def open_end(i: int) -> bool:
        if i + 1 >= end or doc[i + 1].lower_ not in (_OPEN_END_OR if doc[i].lower_ == "or" else _OPEN_END_AND
                                                     if doc[i].lower_ == "and" else ()):
            return False
        word = doc[i + 1]
        # "or more than that", "and over the years": a comparison or a phrase of its own, no bound.
        return not (i + 2 < end and doc[i + 2].lower_ == "than") and not any(c.dep_ == "pobj" for c in word.children)

    if len(span) >= 3 and (span[-2].lower_, span[-1].lower_) in _OPEN_END_PAIRS:
        pass  # the focus took the bound in ("ages 10 and up")
    elif open_end(span.end):
        cand.focus_end = doc[span.end + 1].idx + len(doc[span.end + 1].text)
    else:
        return
    cand.value = {**cand.value, "approximate": True}
    cand.key = _key(cand.value)


def figure_phrase(tok: Token) -> bool:
    """Whether the noun phrase of ``tok`` is a figure with nothing that points to a known one before
    it: "6 million", "a $1 billion valuation", "1.5°C" ("the 46,797 he saw" is a reference)."""
    doc = tok.doc
    words = doc[tok.left_edge.i:tok.i + 1]
    if not any(is_number_token(t) for t in words):
        return False
    return not any(t.dep_ in ("det", "poss") and t.lower_ not in ("a", "an") for t in words)


def _bound(doc, cand: Candidate, floor: int) -> None:
    """Read a bound said before a figure as its hedge: a comparative with "than" ("greater than
    1.5°C"), taken into the focus as "more than" is, or a verb that passes a mark ("topped 6
    million", "top a $1 billion valuation"). The figure is then approximate, as after "more than"."""
    span = cand.focus_span()
    if span is None or cand.value is None or cand.value.get("kind") != "quantity":
        return
    i = span.start
    if i - 2 >= floor and doc[i - 1].lower_ == "than" and doc[i - 2].tag_ in ("JJR", "RBR") \
            and doc[i - 1].head.i == doc[i - 2].i and any(c.dep_ == "pobj" and c.left_edge.i == i and figure_phrase(c)
                                                          for c in doc[i - 1].children):
        start = i - 2
    else:
        if i - 1 >= floor and doc[i - 1].lower_ in ("a", "an"):
            i -= 1
        verb = doc[i - 1] if i - 1 >= floor else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in BOUND_VERBS or not any(
                c.dep_ == "dobj" and c.left_edge.i == i and figure_phrase(c) for c in verb.children):
            return
        # The gold marks such a figure both with and without the verb ("topped 6 million", "topped
        # [300 million monthly active users]"); the figure's own focus meets both, so only its
        # value takes the bound.
        start = span.start
    cand.focus_start = doc[start].idx
    cand.value = {**cand.value, "approximate": True}
    cand.key = _key(cand.value)


def _estimated(doc, cand: Candidate) -> None:
    """Read "estimated" said of the noun a figure gives the amount of as its hedge: "an estimated
    net worth of $186.3 billion", "an estimated price tag of $336 billion", "an estimated net benefit
    to the state of $8.1 billion" are estimates, as "an estimated $18 billion" is (the annotators
    mark all three approximate). The focus stays the figure's: the gold marks it either way."""
    span = cand.focus_span()
    if span is None or cand.value is None or cand.value.get("kind") != "quantity" or cand.value.get("approximate"):
        return
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return
    noun = of.head
    # The figure may close a longer phrase: "an estimated net benefit to the state of $8.1 billion".
    while not any(c.dep_ == "amod" and c.lower_ == "estimated" for c in noun.children):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "NOUN":
            return
        noun = noun.head.head
    cand.value = {**cand.value, "approximate": True}
    cand.key = _key(cand.value)


def _restated(gap: str, first: dict | None, second: dict | None) -> bool:
    """Whether ``second``, after ``gap`` following ``first``, gives the same amount in other terms:
    a conversion in brackets ("2,300 tons (2,095 metric tons)") or another unit after "or" ("17%
    or 3.3 billion barrels"; "five or six people", one unit, is a range, no restatement)."""
    if gap.strip() == "(":
        return _converted_measure(first, second) or _converted_money(first, second)
    units = [(v or {}).get("unit") for v in (first, second)]
    return re.fullmatch(r",?\s*or\s+", gap) is not None and None not in units and units[0] != units[1]


# A rate said after a bracket closes: ") a day", ") per hour".
_RATE_AFTER_BRACKET_RE = re.compile(r"\) (?:a|an|per) (?:" + "|".join(sorted(RATE_NOUNS)) + r")\b", re.I)


def _converted_measure(first: dict | None, second: dict | None) -> bool:
    """Whether two amounts are one measure in two units of its kind ("about 2,300 tons (2,095
    metric tons)"): each a unit of a known size, the same kind of measure, other units."""
    units = [((v or {}).get("unit") or "").lower() for v in (first, second)]
    kinds = [UNIT_SIZES[u][0] for u in units if u in UNIT_SIZES]
    return len(kinds) == 2 and kinds[0] == kinds[1] and units[0] != units[1]


_CURRENCY_CODES = frozenset(CURRENCIES.values()) | frozenset(CURRENCY_WORDS.values())


def _converted_money(first: dict | None, second: dict | None) -> bool:
    """Whether two amounts are one price in two currencies ("€1-billion (US$1.4-billion)")."""
    units = [(v or {}).get("unit") for v in (first, second)]
    return all(u in _CURRENCY_CODES for u in units) and units[0] != units[1]


# Pounds that weigh: after a verb of weighing ("weighing about 150 pounds") or a height in a
# description ("5 feet 9 inches tall and 160 pounds"), or with a mass in brackets after them
# ("300 pounds (136 kilos)").
_WEIGHED_BEFORE_RE = re.compile(r"(?:\bweigh(?:s|ed|ing)?(?:\s+in\s+at)?|\b(?:feet|foot|inches|inch|tall)\s*,?\s*(?:and\s+)?)\s*$",
                                re.I)
_MASS_AFTER_RE = re.compile(r"\s*\(\s*(?:about\s+|around\s+|roughly\s+)?[\d.,]+\s*(?:kilos?|kilograms?|kg|grams?|tonnes?|metric tons?)\b",
                            re.I)


# A percentage hyphened into one word: "49-per-cent", "52-percent".
_HYPHENED_PERCENT_RE = re.compile(r"(?<![\w.,-])\d[\d.,]*-(?:per-?cent|percent)\b", re.I)


# Words a length of time tells how far off its time something is by: "a month away", "three years
# early", "a week behind schedule".
_OFF_TIME_WORDS = frozenset("away early late behind ahead".split())


# Words that may stand between a number and a unit of time in a length ("two and a half years",
# "several straight months"); any other word there makes the unit its own ("200 terawatt hours").
_LENGTH_WORDS = frozenset("half and a an few several couple dozen many consecutive straight successive full whole more "
                          "additional further extra".split())


# A unit's last word in the plural where it is not the word and an "s": "400,000 square feet".
_IRREGULAR_PLURALS = {"foot": "feet"}


def _counted_others(noun: Token) -> bool:
    """"Others" that a verb acts on or that act themselves are a count of their own: "killing
    eight people and injuring 38 others", "30 others wounded", "Three others ... were released".
    Joined to a group by a preposition ("along with five others") they add to what is named
    elsewhere, no figure."""
    return noun.lower_ == "others" and noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ == "VERB"


def _hyphened_unit(ent: Span) -> str | None:
    """A unit of two or more words hyphened onto its number before the noun it measures: "a
    400,000-square-foot building", "a 100-square-kilometre area" measure square feet and square
    kilometres, as "400,000 square feet" written out does (the building is what is measured). The
    hyphen puts the unit in the singular; the value takes the plural, one quantity either way."""
    words = [t for t in ent[1:] if t.text != "-"]
    if len(words) < 2 or not ent[0].like_num or any(t.whitespace_ for t in ent[:-1]) \
            or any(not t.is_alpha for t in words) or any(t.text != "-" for t in list(ent)[1::2]):
        return None
    last = words[-1].text
    plural = _IRREGULAR_PLURALS.get(last.lower(), last if last.lower().endswith("s") else last + "s")
    return " ".join([t.text for t in words[:-1]] + [plural])


def _own_unit_ending_in_time(ent: Span) -> bool:
    """A unit that ends in a unit of time but is a unit of its own: "2.8 gigawatt-hours", "200
    terawatt hours", "40 man-hours"."""
    prev = ent[-2]
    if prev.text == "-":
        return len(ent) > 2 and not ent[-3].like_num  # "a 20-minute flight" is a length
    return prev.is_alpha and not prev.like_num and prev.lower_ not in NUMBER_WORDS and prev.lower_ not in _LENGTH_WORDS


def _currency_marked(ent: Span) -> bool:
    """A sum of money says in what: a sign or a currency word in it or around it ("$2.55",
    "US$171-million", "3 billion yuan", "£40m", "50 cents"). The recognizer also calls a bare
    figure with a scale word money ("over 1.3 billion consumers"): numerals, scale words and a
    hedge, and nothing of a currency."""
    doc = ent.doc
    if _GLUED_MONEY_RE.match(ent.text):
        return True  # "R4bn": the currency's letters are glued to the number
    if ent[-1].is_alpha and ent[-1].lower_ not in SCALES:
        return True  # "3 billion yuan", "50 cents": the currency is the entity's last word
    around = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc)]
    return any(t.tag_ == "$" or t.lower_ in CURRENCIES or t.lower_ in CURRENCY_WORDS or any(ch in CURRENCY_SIGNS for ch in t.text)
               for t in [*ent, *around])


CURRENCY_SIGNS = "$€£¥"
# Scales written as a suffix of the number ("£40m", "$3bn").
SCALE_SUFFIXES = frozenset("m bn k mn".split())
# A currency in letters glued to a number with a scale suffix: "R4bn", "Rs50m", "N$5m". The suffix is
# needed: "R2" and "RM5" are names as often as sums.
_GLUED_MONEY_RE = re.compile(r"(?<![\w$€£¥.,])(?:" + "|".join(re.escape(p) for p in GLUED_CURRENCIES)
                             + r")\d[\d,]*(?:\.\d+)?(?i:bn|mn|tn|m|k|b)\b")
_PERCENT_END = re.compile(r"(?:%|per ?cent)$", re.I)
# "2% to 1%", "$2.86 to $41.32", "approximately $350 to $600": two amounts the recognizer took
# for one, the first with its hedge.
_PAIR_RE = re.compile(r"(?:(?:between|from)\s+)?(?P<hedge>(?:about|around|approximately|roughly|nearly|almost|some|just|only"
                      r"|over|under)\s+)?(?P<a>[$€£¥]?\d[\d,.]*\s*(?:%|per ?cent|bn|m|k|(?:hundred|thousand|million|billion|trillion))?)"
                      r"\s+to\s+(?P<b>[$€£¥]?\d[\d,.]*\s*(?:%|per ?cent|bn|m|k|(?:hundred|thousand|million|billion|trillion))?)",
                      re.I)
# "from 32,000 to 38,000 feet": a measure's two ends, the unit written after the second only.
_MEASURE_PAIR_RE = re.compile(r"(?P<a>\d[\d,.]*)\s+to\s+(?P<b>\d[\d,.]*\s+(?P<unit>[^\W\d][\w\s-]*))")


def _entities(sent: Span) -> list[Span]:
    """The sentence's entities, a connective the recognizer took in at either end left out
    ("5.1% to" before "5.4%", "between 150" before "and 300 euros"), a scale suffix it left out
    taken in ("£40m"), a sum in a currency's letters taken in ("R4bn"), and the two numbers of a
    share joined ("one in five")."""
    out: list[Span] = []
    covered: set[int] = set()
    for ent in ents_within(sent):
        if ent.label_ != "MONEY" and _GLUED_MONEY_RE.fullmatch(ent.text):
            ent = Span(ent.doc, ent.start, ent.end, label="MONEY")  # "R7.5bn" taken for a name: a sum
        start, end = ent.start, ent.end
        covered.update(range(start, end))
        if out and out[-1].label_ == ent.label_ == "CARDINAL" and out[-1].end + 1 == start \
                and ent.doc[start - 1].lower_ == "in":
            out[-1] = Span(ent.doc, out[-1].start, end, label="CARDINAL")  # "one in five": one share
            continue
        if end - start > 1 and ent[-1].lower_ in ("to", "and"):
            end -= 1
        if end - start > 1 and ent[0].lower_ in ("between", "from") and not any(t.lower_ in ("and", "to") for t in ent):
            start += 1
        doc = ent.doc
        if ent.label_ == "MONEY" and end < sent.end and not doc[end - 1].whitespace_ \
                and doc[end].lower_.rstrip(".") in SCALE_SUFFIXES:
            end += 1  # "£40m": the tokenizer cut the scale off the number, the recognizer left it out
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_))
    # "R4bn", "at least R120bn", "Rs50m": a sum in a currency written in letters glued to the number
    # and its scale; the tokenizer keeps it one word (or cuts the scale off), which the recognizer
    # takes for a noun or a name. Without a scale the letters may be a name's ("R2", "RM5").
    doc = sent.doc
    for m in _GLUED_MONEY_RE.finditer(doc_text(doc), sent.start_char, sent.end_char):
        span = doc.char_span(m.start(), m.end())
        if span is not None and not covered.intersection(range(span.start, span.end)):
            covered.update(range(span.start, span.end))
            out.append(Span(doc, span.start, span.end, label="MONEY"))
    # A figure the recognizer left out that counts a noun ("more than 44 million metric tons of
    # carbon") is a number all the same: its digits and any scale words after them.
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if i in covered or tok.pos_ != "NUM" or not any(ch.isdigit() for ch in tok.text) or not tok.like_num:
            i += 1
            continue
        end = i + 1
        while end < sent.end and doc[end].lower_ in SCALES and end not in covered:
            end += 1
        last = doc[end - 1]
        sign = i - 1
        if sign >= sent.start and sign not in covered and not doc[sign].whitespace_ \
                and (doc[sign].tag_ == "$" or doc[sign].text in CURRENCY_SIGNS):
            # "a £50 fine": a sum all the same, though the recognizer missed it; the sign is its unit.
            out.append(Span(doc, sign, end, label="MONEY"))
        # A count of a noun; not a score, a code, nor a model's number ("five 787 Dreamliner sales").
        elif last.dep_ == "nummod" and last.head.pos_ == "NOUN" and last.head.i > last.i and doc[end].pos_ != "PROPN" \
                and not (i > sent.start and doc[i - 1].pos_ == "NUM"):
            out.append(Span(doc, i, end, label="CARDINAL"))
        i = end
    return sorted(out, key=lambda e: e.start)


def _endpoints(ent: Span, add, free) -> bool:
    """"cut from 2% to 1%", "fell $2.86 to $41.32", "rented for $2 to $18": two amounts, each
    written whole and so checkable on its own, one claim each ("rose 2 to 3%" stays one range).
    True if it made them."""
    doc = ent.doc
    after_from = ent.start > ent.sent.start and doc[ent.start - 1].lower_ == "from"
    if ent.label_ == "QUANTITY":
        return after_from and _measure_endpoints(ent, add, free)
    m = _PAIR_RE.fullmatch(ent.text)
    if m is None:
        return False
    a_text, b_text = m.group("a").strip(), m.group("b").strip()
    # Each amount written whole ("$2 to $18", "2% to 1%") is checkable on its own; "2 to 3%" is one
    # range unless "from" makes it a change.
    signed = (a_text[:1] in CURRENCY_SIGNS, b_text[:1] in CURRENCY_SIGNS)
    percent = (_PERCENT_END.search(a_text) is not None, _PERCENT_END.search(b_text) is not None)
    marked = (all(signed) and percent[0] == percent[1]) or (all(percent) and signed[0] == signed[1])
    if not marked and not after_from:
        return False
    sign = next((ch for ch in b_text[:1] + a_text[:1] if ch in CURRENCY_SIGNS), "")
    hedge = m.group("hedge") or ""
    made: list[Candidate] = []
    for lead, part, offset in ((hedge, a_text, m.start("hedge") if hedge else m.start("a")), ("", b_text, m.start("b"))):
        # "from 2 to 3%": the first amount takes the second's sign or percent.
        full = lead + (sign if not part.startswith(sign) else "") + part + ("%" if any(percent) and not _PERCENT_END.search(part) else "")
        value = parse_quantity(full)
        a, b = ent.start_char + offset, ent.start_char + offset + len(lead + part)
        if value is not None and free(a, b):
            cand = add(a, b, value, "quantity.measure")
            if cand is not None:
                _per(doc, cand)  # "to $41.32 a barrel"
                made.append(cand)
    if after_from:
        _share_rate(made)  # "fell $2.86 to $41.32 a barrel": by how much, no price of a barrel
    return True


def _share_rate(ends: list[Candidate]) -> None:
    """"from approximately $350 to $600 an hour": where a price went from, per the same unit."""
    if len(ends) != 2 or ends[0].value is None or ends[1].value is None:
        return
    first, second = ends[0].value["unit"], ends[1].value["unit"]
    if first and second and second.startswith(first + " per "):
        ends[0].value = dict(ends[0].value, unit=second)
        ends[0].key = _key(ends[0].value)


def _measure_endpoints(ent: Span, add, free) -> bool:
    """"climb from 32,000 to 38,000 feet": a measure changing from one end to the other, the unit
    written once; each end is checkable on its own ("ran 5 to 10 miles" stays one range)."""
    m = _MEASURE_PAIR_RE.fullmatch(ent.text)
    if m is None:
        return False
    unit = " ".join(m.group("unit").split())
    ends = [(m.start("a"), m.end("a"), m.group("a")), (m.start("b"), m.end("b"), m.group("b").split()[0])]
    values = [parse_quantity(number, unit) for _, _, number in ends]
    if any(v is None for v in values):
        return False
    for (start, end, _), value in zip(ends, values):
        a, b = ent.start_char + start, ent.start_char + end
        if free(a, b):
            add(a, b, value, "quantity.measure")
    return True


def _per(doc, cand: Candidate) -> None:
    """"$45 a barrel", "up to 50 km (31 miles) a day": a price or measure given per unit takes the
    unit into its phrase and its value ("USD per barrel")."""
    if cand.value is None or cand.value["unit"] in (None, "percent"):
        return
    i = next((t.i for t in cand.sent if t.idx >= cand.focus_end), None)
    if i is not None and _rate_word(doc, cand, i):
        return
    if i is None or i + 1 >= cand.sent.end or doc[i].idx != cand.focus_end + 1 or doc[i].lower_ not in ("a", "an", "per"):
        return  # the next word right after the phrase, one space away
    noun = doc[i + 1]
    if doc[i].lower_ == "per" and noun.dep_ == "amod" and noun.head.i == i + 2 and noun.head.head.i == i:
        noun = noun.head  # "$10 per short ton": the unit with the word that makes it one
    # "per" says a rate whatever the noun ("$30 per set", "11 assists per game"); "a" does so only
    # before a unit of time or measure ("$45 a barrel", not "$5 million a project").
    if noun.tag_ != "NN" or (noun.lower_ not in RATE_NOUNS and not (doc[i].lower_ == "per" and noun.head.i == i)):
        return
    if noun.dep_ in ("compound", "amod", "nmod") or (noun.i + 1 < cand.sent.end and doc[noun.i + 1].lower_ in (
            "ago", "earlier", "later", "before", "after", "of")):
        return  # "$5 million a year ago", "a barrel price", "a month of": not a rate
    cand.focus_end = noun.idx + len(noun.text)
    cand.value = dict(cand.value, unit=f"{cand.value['unit']} per {doc[i + 1:noun.i + 1].text.lower()}")
    cand.key = _key(cand.value)


# Words that give a sum per unit of time in one word: "$5 billion annually", "a $15 hourly wage".
RATE_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}


def _rate_word(doc, cand: Candidate, i: int) -> bool:
    """"more than $5 billion annually", "a $15 hourly wage", "a $7 billion-a-year industry": a sum
    given per unit of time by an adverb, by an adjective on the noun it prices, or by "a year"
    hyphened onto it takes the unit into its value ("USD per year"), as "$45 a barrel" does."""
    value = cand.value
    if cand.rule != "quantity.measure" or value is None or " per " in value["unit"]:
        return False
    tok = doc[i]
    unit, end = None, cand.focus_end
    if tok.lower_ in RATE_WORDS and tok.idx == cand.focus_end + 1:
        if tok.tag_ == "RB":
            unit, end = RATE_WORDS[tok.lower_], tok.idx + len(tok.text)  # "costs $5 billion annually"
        elif tok.tag_ == "JJ" and tok.dep_ == "amod" and tok.head.i == i + 1 and tok.head.tag_ == "NN":
            # "asking for a $15 hourly wage": the focus stays the sum (the wage is what the clause
            # asks for, a claim of its own).
            unit = RATE_WORDS[tok.lower_]
    elif tok.text == "-" and i + 3 < cand.sent.end and tok.idx == cand.focus_end and doc[i + 1].lower_ in ("a", "an") \
            and doc[i + 2].text == "-" and doc[i + 3].lower_ in TIME_UNITS and not any(t.whitespace_ for t in doc[i:i + 3]):
        unit, end = doc[i + 3].lower_, doc[i + 3].idx + len(doc[i + 3].text)  # "$7 billion-a-year"
    if unit is None:
        return False
    cand.focus_end = end
    cand.value = dict(value, unit=f"{value['unit']} per {unit}")
    cand.key = _key(cand.value)
    return True


def _key(value: dict | None) -> str | None:
    """What a quantity claim is about, for clusters: its amount and unit."""
    return f"quantity:{value['amount']}:{(value['unit'] or '').lower()}" if value else None


# What may stand between "of" and the whole's number: "12 of the 13", "eight of their nine",
# "seven out of every 100".
_WHOLE_DETERMINERS = frozenset("the every its their his her our these those".split())

# Bounds that stress a part as a figure of its own beside its whole ("only eight of the 48").
_PART_BOUNDS = frozenset({"only", "just", "at least"})


def _out_of(ent: Span, sent: Span) -> Span | None:
    """The number after "of" in "29 of 50 states", "12 of the 13 states", "seven out of every
    100 children", "eight of the nation's 10 largest states" (None if there is none)."""
    doc = ent.doc
    at = ent.end
    if ent.label_ != "CARDINAL" or at + 1 >= sent.end:
        return None
    if doc[at].lower_ == "out" and doc[at + 1].lower_ == "of":
        at += 1
    if doc[at].lower_ != "of":
        return None
    at += 1
    if at < sent.end and doc[at].lower_ in _WHOLE_DETERMINERS:
        at += 1
    if at + 1 < sent.end and doc[at].pos_ in ("NOUN", "PROPN") and doc[at + 1].tag_ == "POS":
        at += 2  # "the nation's 10": whose whole it is
    return next((e for e in ents_within(sent) if e.start == at and e.label_ == "CARDINAL"), None)


def _pronominal(ent: Span) -> bool:
    """"one of the men", "both", "the two": a number that stands for things already named."""
    tok = ent[-1]
    doc = ent.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        # "one of the men" stands for someone; "two of his children" counts the children.
        obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        return tok.lower_ == "one" or obj is None or obj.tag_ != "NNS"
    prev = doc[ent.start - 1] if ent.start > ent.sent.start else None
    if prev is not None and prev.lower_ in ("the", "these", "those", "both") and tok.dep_ not in ("nummod",):
        return True
    return tok.dep_ not in ("nummod", "quantmod")


# Small numbers that, after "the", "these" or "those", name a pair or a handful the story has
# already told of ("the two countries" after India and Pakistan, "the three companies" after their
# names) rather than count it.
_BACK_NUMBERS = frozenset("two three four".split())


def named_before(tok: Token) -> bool:
    """``tok`` is a small number that points back at things already named: "The two sides met
    again", "Biden and Sanders, the two frontrunners". Between a definite article or a
    demonstrative and the bare plural noun it stands on, with the phrase the subject of its clause
    or set beside the names in apposition, the number says who they are, no count (the apposition
    is a description, a state). As an object the phrase may bring them in for the first time ("has
    announced the two candidates vying for the post"), and it is left a count."""
    doc = tok.doc
    if tok.lower_ not in _BACK_NUMBERS or tok.dep_ != "nummod" or tok.i == tok.sent.start:
        return False
    noun = tok.head
    return doc[tok.i - 1].lower_ in ("the", "these", "those") and noun.i == tok.i + 1 and noun.tag_ == "NNS" \
        and noun.lower_ not in TIME_UNITS and noun.dep_ in ("nsubj", "nsubjpass", "appos") \
        and not any(c.dep_ == "acl" for c in noun.children)


def _one_among_counts(ent: Span) -> bool:
    """"two Republicans and one Democrat", "6 boxes plus one router", "dropped one basis point to
    74 basis points": "one" before a noun listed beside a noun another number counts, or before
    the noun another number counts in the sentence, is a count among counts, not "a" or "a certain"."""
    tok = ent[-1]
    noun = tok.head
    if tok.dep_ != "nummod" or noun.i < ent.end or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    sent = ent.sent

    def counted(n: Token) -> bool:
        return n.i != noun.i and any(c.dep_ == "nummod" and c.i not in range(ent.start, ent.end)
                                     and (c.like_num or c.lower_ in NUMBER_WORDS) for c in n.children)

    top = noun
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    listed, todo = [], [top]
    while todo:
        n = todo.pop()
        listed.append(n)
        todo.extend(c for c in n.children if c.dep_ in ("conj", "appos"))
    return any(counted(n) for n in listed if n.pos_ in ("NOUN", "PROPN")) or any(
        counted(t) for t in sent if t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == noun.pos_)


# How a number word standing for things stands in a list of them: as a subject, an object, or an
# item set beside the first.
_TALLY_DEPS = frozenset("nsubj nsubjpass dobj appos conj".split())


def _tallies(sent: Span) -> set[int]:
    """Number words that share out things named before, each standing alone: "three of which were
    incorporated in Britain, two in Panama, one in Malta", "one backed a senator, three a governor",
    "more rallies (five) than briefings (four)". Two or more in a sentence make each a figure,
    "one" too; a lone one ("the two met", "one said") is left to the other tests."""
    words = [t for t in sent if t.pos_ == "NUM" and t.is_alpha and t.lower_ in NUMBER_WORDS and t.dep_ in _TALLY_DEPS
             and t.ent_type_ == "CARDINAL" and not (t.i > sent.start and t.doc[t.i - 1].pos_ == "DET")
             and not any(c.dep_ in ("det", "amod", "compound") for c in t.children)]
    doc = sent.doc
    if any(all(t.is_punct or t.dep_ == "cc" for t in doc[x.i + 1:y.i]) for x, y in pairwise(words)):
        return set()  # "strikes one, two, or three": numbers counted off, what they share out not told
    return {t.i for t in words} if len(words) >= 2 else set()


def _shared_unit(tok: Token, out: list[Candidate]) -> str | None:
    """What a number word of a list counts: the noun it is set beside ("more rallies (five)", "six
    companies, ..., two in Panama"), else the noun of the count before the list, whatever the
    parser hangs it on ("five delegates walked out -- one joined the rival party, three went
    home")."""
    head = tok.head
    if tok.dep_ != "appos" or head.pos_ != "NOUN":
        counted = next((n for c in reversed(out) if c.rule == "quantity.count" and c.sent.start == tok.sent.start
                        and c.focus_end <= tok.idx and (n := _count_noun(c)) is not None), None)
        if counted is None or counted.lower_ in TIME_UNITS or counted.tag_ not in ("NNS", "NNPS"):
            return None
        if tok.lower_ == "one":
            return counted.lemma_  # "one joined the rival party": one delegate
        head = counted
    first = min([c.i for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 1] or [head.i])
    return tok.doc[first:head.i + 1].text


def _count_noun(cand: Candidate) -> Token | None:
    """The noun a count's phrase ends in, inside any quotation marks ("six “supplier” companies")."""
    counted = cand.focus_span()
    if counted is None:
        return None
    noun = counted[-2] if len(counted) > 1 and _set_off(counted[-1], counted[-2]) else counted[-1]
    return noun if noun.pos_ == "NOUN" else None


# A number word written with its article, "a dozen", "a hundred", standing as a noun of its own.
_ARTICLE_NUMBER_WORDS = frozenset("dozen hundred".split())


def _article_number(ent: Span) -> bool:
    """"with a dozen more to follow", "the few countries — just a dozen — that ...": a number word
    with its article and at most a hedge before it, counting what the sentence names elsewhere."""
    words = [t.lower_ for t in ent]
    return len(words) >= 2 and words[-1] in _ARTICLE_NUMBER_WORDS and words[-2] in ("a", "an") \
        and all(w in BOUND_WORDS for w in words[:-2])


def _bare_figure(ent: Span) -> bool:
    """A number counting nothing named is a claim when it stands as a figure: a total, a score,
    an age ("Yearout, 51,"), a number of runs; never a year, a list number or a word like "one"."""
    text = ent.text.replace(",", "")
    if _article_number(ent):
        return ent[-1].dep_ in ("dobj", "pobj", "appos", "nsubj", "nsubjpass", "attr")
    if not any(ch.isdigit() for ch in text) and not (len(ent) == 1 and ent[0].lower_ not in PRONOMINAL_NUMBERS and (
            ent[0].dep_ in ("dobj", "pobj") or (ent[0].dep_ in ("nsubj", "nsubjpass") and not (
                ent.start > ent.sent.start and ent.doc[ent.start - 1].pos_ == "DET")))):
        # A number word is a figure only as an object ("having scored three", "run out on four")
        # or as a subject of its own ("three supported a Republican"), not one that refers back
        # ("the three stayed").
        return False
    if re.fullmatch(r"(1[0-9]|20)\d\d", ent.text):
        return False  # a year the date rules did not take ("to 1,100" with its comma is a figure)
    tok = ent[-1]
    doc = ent.doc
    if ent.start == ent.sent.start and ent.end < len(doc) and doc[ent.end].text in (".", ")"):
        return False  # "1." or "2)" numbering a list
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not tok.whitespace_ and not doc[ent.end].whitespace_ \
            and len(doc[ent.end + 1].text) == 1 and doc[ent.end + 1].text.isupper():
        return False  # "3-D printers", "a 4-K screen": a format's name
    return tok.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass", "appos", "conj", "npadvmod", "ROOT", "oprd",
                        "dep", "advmod", "nummod", "quantmod", "acomp")


def _bracketed_unit(ent: Span, end: int) -> str | None:
    """What a number in brackets right after a plural noun counts: that noun's phrase, "career highs
    in yards passing (3,018) and touchdowns rushing (nine)", "leads among Hispanic members (4 of 9)"
    (``end`` closes the number's phrase, its whole included). A word that compares stays out ("more
    rallies (five)"), and a person's name counts nothing: "Jane Roe (45)" is an age, "Roe (17) and
    Doe (12) lead" a tally whose noun the bracket does not give."""
    doc, sent = ent.doc, ent.sent
    if end + 2 < sent.end and doc[end].lower_ == "of" and doc[end + 1].like_num:
        end += 2  # "(20 of 34)": a whole the recognizer left out
    if ent.start - 2 < sent.start or doc[ent.start - 1].text != "(" or end >= sent.end or doc[end].text != ")":
        return None
    last = noun = doc[ent.start - 2]
    if noun.tag_ == "VBG" and noun.i - 1 >= sent.start and doc[noun.i - 1].tag_ == "NNS":
        noun = doc[noun.i - 1]  # "yards passing", "touchdowns rushing": the gerund says which
    if noun.tag_ not in ("NNS", "NNPS") or noun.ent_type_ == "PERSON" or noun.lower_ in TIME_UNITS:
        return None
    first = noun.i
    while first - 1 >= max(sent.start, noun.i - 3) and doc[first - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
            and doc[first - 1].tag_ not in ("JJR", "JJS") and doc[first - 1].ent_type_ != "PERSON":
        first -= 1
    return doc[first:last.i + 1].text


def _share_figure(ent: Span) -> bool:
    """A share in words standing as a noun of its own: "cut its emissions by more than half",
    "declined by almost a tenth", "accounting for a third of that", "just over half were women";
    not an ordinal ("a third time", "the second half") nor "one half of the pair"."""
    tok = ent[-1]
    if tok.lower_ not in DENOMINATORS or ent[0].lower_ == "one" \
            or tok.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "attr"):
        return False
    if any(c.dep_ in ("amod", "compound") and not ent.start <= c.i < ent.end for c in tok.children):
        return False
    # "One is to stay, another to sell, and a third is to merge": the third of them, one thing; a share
    # takes a plural verb ("half were").
    return not (tok.dep_ in ("nsubj", "nsubjpass")
                and any(t.tag_ == "VBZ" or t.lower_ == "was" for t in (tok.head, *tok.head.lefts)))


def _age_unit(ent: Span) -> str | None:
    """"Yearout, 51," or "aged 56" or "who was 21", "when she turned 100", "Batchelder, now 19,": a
    person's age counts years."""
    tok = ent[-1]
    if (tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON") or any(_persons_age(tok, verb) for verb in _AGE_VERBS):
        return "years"
    if tok.head.lower_ == "now" and tok.head.dep_ == "advmod" and tok.head.head.ent_type_ == "PERSON":
        return "years"  # "student Ana Ruiz, now 19,": her age today
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.lower_ in ("aged", "age"):
        return "years"
    return None


# Verbs a person's age is the object or complement of: "who was 21", "when she turned 100", "a
# woman who looked about 30".
_AGE_VERBS = ("be", "turn", "look")
# Subjects that are a person: "I was 12", "Roof, who was 21".
_PERSON_PRONOUNS = frozenset("i you he she we who".split())


def _persons_age(tok: Token, verb: str = "be") -> bool:
    """A bare number a person is ("Roof, who was 21 at the time", "I was 12"): an age."""
    if tok.dep_ not in ("attr", "dobj", "oprd") or tok.head.lemma_ != verb:
        return False
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in _PERSON_PRONOUNS or subject.ent_type_ == "PERSON")


def _date_figure(ent: Span, add, free, out: list[Candidate]) -> bool:
    """A lone number of up to three digits the recognizer calls a date, standing as a verb's object
    or complement: a figure, not a day ("Airbus' A380 carries 22", "Roof, who was 21 at the
    time"), an age when a person is it. True if it is one."""
    tok = ent[-1]
    if len(ent) != 1 or not re.fullmatch(r"\d{1,3}", tok.text) or tok.dep_ not in ("dobj", "attr", "oprd") \
            or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if tok.head.lemma_ == "turn" and _persons_age(tok, "turn"):
        return False  # "had just turned 21": the clause rules claim the turning with the age in it
    unit = "years" if _persons_age(tok) else _gapped_unit(tok, out)
    a, b = tok.idx, tok.idx + len(tok.text)
    if free(a, b):
        add(a, b, parse_quantity(tok.text, unit), "quantity.bare")
    return True


def _gapped_unit(tok: Token, out: list[Candidate]) -> str | None:
    """What a bare number counts when the sentence named it with an earlier number in the same
    place: "uses 14 tires, Airbus' A380 carries 22", "aims to convert 110,000 apartments, while
    PACT aims to convert 62,000", "3.8 million customers for Fios Internet and about 3.2 million
    for Fios TV", "from 100 troops to 1,100"."""
    for cand in reversed(out):
        if cand.rule not in ("quantity.count", "quantity.measure") or cand.value is None or not cand.value.get("unit") \
                or cand.sent.start != tok.sent.start or cand.focus_end > tok.idx:
            continue
        noun = _count_noun(cand)
        if noun is None or noun.lower_ in TIME_UNITS:
            continue
        if cand.rule == "quantity.measure":
            # A measure lends its unit only to the other end of its own change or comparison
            # ("reached 44,947 megawatts, lower than the 46,797"); a sum or a share never.
            if cand.value["unit"] == "percent" or cand.value["unit"] in CURRENCIES.values() or not _other_end(tok, noun):
                return None
            return str(cand.value["unit"])
        if (tok.dep_ == "conj" and tok.head.i == noun.i) or (
                tok.dep_ == noun.dep_ == "dobj" and _parallel(tok.head, noun.head)) or (
                tok.dep_ == noun.dep_ == "pobj" and tok.head.lower_ != noun.head.lower_ and tok.head.head.i == noun.head.head.i) \
                or _other_end(tok, noun):
            return str(cand.value["unit"])
        return None  # only the nearest count before it
    return None


# Prepositions that give the other end of a change or a comparison: "from 100 troops to 1,100",
# "306 votes to Clinton's 232", "lower than the 46,797", "followed by 2017 with 50,116".
_OTHER_END_PREPS = frozenset("to from than with".split())


def _other_end(tok: Token, noun: Token) -> bool:
    """Whether a bare number is the other end of the change or comparison the count of ``noun``
    begins: its preposition hangs on that count's phrase, on the count's noun, or on the verb the
    noun is the object of, directly or through the word of change ("up from", "much lower than",
    "increasing from")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _OTHER_END_PREPS:
        return False
    anchors = {noun.i}
    if noun.dep_ == "pobj" and noun.head.lower_ in _OTHER_END_PREPS:
        anchors.add(noun.head.i)  # "from 100 troops to 1,100": "to" hangs on "from"
    if noun.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and not (
            tok.head.lower_ == "to" and noun.head.lemma_.lower() in CHANGE_VERBS | {"add", "lose", "shed"}):
        # "added 256.81 points to 19,508.59": the count is by how much, the number after "to" a
        # level, no count of points.
        anchors.add(noun.head.i)
    link = tok.head.head
    for _ in range(2):
        if link.i in anchors:
            return True
        if link.dep_ not in ("amod", "advmod", "advcl", "acomp", "prep") or link.i == link.head.i:
            return False
        link = link.head
    return link.i in anchors


# Nouns that stand for a count of the noun after "of" or "in": "the number of people", "the daily
# rise in deaths"; a bare number they come to counts that noun.
_TALLY_NOUNS = frozenset("number total tally count rise increase drop fall decline".split())


def _tallied_unit(tok: Token) -> str | None:
    """What a bare number counts when it is what a tally of a plural noun comes to: "the number of
    people infected has passed 20,000", "bringing the number of Americans out of work to 16.8
    million", "The daily rise in deaths was 777 - down from the record high of 799"; the number's
    clause (or the tally's own phrase the parser hangs it in) holds the tally."""
    def tallied(noun: Token) -> str | None:
        if noun.lemma_.lower() not in _TALLY_NOUNS or noun.pos_ != "NOUN":
            return None
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
        counted = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return counted.text if counted is not None and counted.tag_ in ("NNS", "NNPS") else None

    head = tok
    for _ in range(8):
        if head.i == head.head.i:
            break
        head = head.head
        if (unit := tallied(head)) is not None:
            return unit
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("relcl", "acl"):
            # The clause's verb: its subject or object may be the tally ("the number ... has passed").
            return next((u for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                         and (u := tallied(c)) is not None), None)
    return None


# Verbs that bring their subject to a level given after "to" or "at" ("cases declined to 653",
# "deeds stood at 6,757"), and verbs whose object is a level passed ("claims had topped 6 million").
_LEVEL_VERBS = CHANGE_VERBS | frozenset("grow shrink dip stand".split())
_PASSED_LEVEL_VERBS = frozenset("top pass reach hit exceed surpass".split())
# Plural subjects that are a measure, not the things a level counts ("prices rose to 45").
_MEASURE_SUBJECTS = frozenset("price rate yield level number figure score temperature share stock value cost wage "
                              "salary rating odd total estimate reading".split())


def _level_unit(tok: Token) -> str | None:
    """What a bare number counts when it is the level a plural subject comes to: "overall cases
    across India declined to 653", "Trustee deeds ... stood at 6,757", "unemployment claims had
    topped 6 million" count cases, trustee deeds and unemployment claims (the noun with the nouns
    before it; an adjective only grades). A singular subject ("the index rose to 1,200", "the
    death toll rose to 21") names no things the number counts."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("to", "at") and verb.dep_ == "prep":
        verb = verb.head
        if verb.lemma_.lower() not in _LEVEL_VERBS:
            return None
    elif tok.dep_ != "dobj" or verb.lemma_.lower() not in _PASSED_LEVEL_VERBS:
        return None
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp":
        # "anticipates annual viewers to have grown to 303 million": the object of the verb above
        # is the subject of the level.
        subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None or subject.tag_ != "NNS" or subject.pos_ != "NOUN" or subject.lower_ in TIME_UNITS \
            or subject.lemma_.lower() in _MEASURE_SUBJECTS or subject.ent_type_ \
            or any(c.dep_ in ("nummod", "quantmod") for c in subject.children):
        return None  # a subject with a count of its own is a figure of its own
    first = subject.i
    while first - 1 >= 0 and tok.doc[first - 1].dep_ == "compound" and tok.doc[first - 1].head.i == subject.i:
        first -= 1
    return tok.doc[first:subject.i + 1].text


def _round_plural_unit(noun: Token) -> str:
    """What a round plural counts after its "of": the noun with the common nouns and adjectives
    right before it that say what it is ("dozens of law enforcement agencies", "tens of thousands
    of overdose deaths", "millions of historical activities"), without a word that only grades
    ("thousands of new jobs") or a name ("millions of Americans seniors" count seniors)."""
    doc = noun.doc
    first = noun.i
    while first - 1 > noun.head.i and first <= doc[first - 1].head.i <= noun.i and doc[first - 1].is_alpha and (
            (doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "NOUN")
            or (doc[first - 1].dep_ == "amod" and doc[first - 1].pos_ == "ADJ")):
        first -= 1
    return _counted(doc[first:noun.i + 1])


def _included_unit(tok: Token) -> str | None:
    """What a bare number after "including" counts: the plural noun it is a part of ("has stores
    all over the country, including four in Ohio", "supports 60 students, including 13 he sent
    abroad")."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "including":
        return None
    whole = head.head
    if whole.pos_ == "VERB":
        # The parser may hang "including" on the verb: the part is of its object.
        whole = next((c for c in whole.children if c.dep_ == "dobj" and c.i < head.i), whole)
    if whole.tag_ not in ("NNS", "NNPS") or whole.pos_ != "NOUN" or whole.lower_ in TIME_UNITS:
        return None
    return whole.text


def _casualty_unit(tok: Token) -> str | None:
    """What a bare number counts when it is the object of killing or wounding: people ("the blast
    killed 12 and wounded 48"; the tune annotators gave "people" to each such toll). "Killed 12 of
    the 40 goats" counts what its whole does, and is taken before this."""
    if tok.dep_ != "dobj" or tok.head.lemma_ not in CASUALTY_VERBS:
        return None
    return "people"


def _part_of_which_unit(ent: Span, out: list[Candidate]) -> str | None:
    """What a number counts when it is a part of things just counted, told by "of which" or "of
    whom": "600 new flats ..., 99 of which", "seven people ... -- five of whom"; the parser hangs the
    relative clause anywhere, so the nearest count before it in the sentence is the whole."""
    doc = ent.doc
    if ent.end + 1 >= ent.sent.end or doc[ent.end].lower_ != "of" or doc[ent.end + 1].lower_ not in ("which", "whom"):
        return None
    for cand in reversed(out):
        if cand.sent.start != ent.sent.start or cand.focus_end > ent.start_char:
            continue
        if cand.rule == "quantity.count" and cand.value is not None and cand.value.get("unit"):
            return str(cand.value["unit"])
        return None  # only the nearest quantity before it
    return None


def _opening_whole_unit(ent: Span, out: list[Candidate]) -> str | None:
    """What a number counts when the sentence opens with the whole it is a part of: "Out of 34,000
    Hispanic students, 2,285 were absent", "Of the Dow 30 stocks 13 are set to close higher and
    17 lower"; the whole's own count gives the unit, else its noun."""
    doc, sent = ent.doc, ent.sent
    i = sent.start + 1 if doc[sent.start].lower_ == "out" and sent.start + 1 < sent.end else sent.start
    if doc[i].lower_ != "of":
        return None
    whole = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
    if whole is None or whole.pos_ != "NOUN" or whole.i >= ent.start:
        return None
    counted = next((c for c in out if c.rule == "quantity.count" and c.value is not None and c.value.get("unit")
                    and c.focus_start <= whole.idx < c.focus_end), None)
    return str(counted.value["unit"]) if counted is not None and counted.value is not None else whole.text


# How the verbs of two clauses that say the same of different things hang together: "uses 14
# tires, ... carries 22, and ... demands 32".
_CLAUSE_LINKS = frozenset("conj ccomp advcl parataxis".split())


def _parallel(verb: Token, other: Token) -> bool:
    """Two verbs that take the same kind of object: one verb twice ("aims to convert ... aims to
    convert"), or joined clauses that each tell of a named thing ("Boeing's 777 uses ..., the A380
    carries ..."); "the farm sold 400 sheep, and the price reached 95" counts no sheep."""
    if verb.pos_ != "VERB" or other.pos_ != "VERB":
        return False
    if verb.lemma_ == other.lemma_:
        return True
    linked = (verb.dep_ in _CLAUSE_LINKS and verb.head.i in (other.i, other.head.i)) \
        or (other.dep_ in _CLAUSE_LINKS and other.head.i == verb.i)
    return linked and all(_named_subject(v) for v in (verb, other))


def _named_subject(verb: Token) -> bool:
    """The verb's subject is a name or a model: "Noel", "the A380"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.pos_ == "PROPN" or any(ch.isdigit() for ch in subject.text))


def _counts_in_date(ent: Span, add, free) -> None:
    """A number the entity recognizer put in a date that counts a noun after it ("Around 30
    ships", "over the past year 15 overs to survive")."""
    doc = ent.doc
    for tok in ent:
        head = tok.head
        if not (tok.like_num and tok.pos_ == "NUM" and tok.dep_ == "nummod" and head.i >= ent.end
                and head.pos_ == "NOUN" and head.i <= ent.end + 3):
            continue
        if head.lower_ in TIME_UNITS or re.fullmatch(r"(1[0-9]|20)\d\d", tok.text):
            continue
        start = _hedge_start(doc, tok.i, ent.sent.start)
        a, b = phrase_chars(doc, start, head.i + 1)
        value = parse_quantity(doc[start:tok.i + 1].text, doc[tok.i + 1:head.i + 1].text)
        if value is not None and free(a, b):
            add(a, b, value, "quantity.count")


# The units a length's value may take, without a final "s" ("centuries" gives "centurie").
_DURATION_UNIT_STEMS = frozenset({u.rstrip("s") for u in TIME_UNITS} | {"centurie", "night", "season"})

# A count of seasons is a length only when a number says how many ("spent six seasons", "the past
# two seasons"); "the 2015 season", "a season", "the following season" name one season, a date.
_SEASON_COUNT_RE = re.compile(r"(?:^|\s)(?:\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an"))
                              + r")$", re.I)


# How many of the smaller unit make one of the larger, for a length told in two units.
_SMALLER_UNITS = {("hour", "minute"): 60, ("minute", "second"): 60, ("day", "hour"): 24, ("year", "month"): 12}


def _smaller_per(big: str, small: str) -> int | None:
    """How many of unit ``small`` make one of unit ``big`` ("hours", "minutes": 60), in either
    number and case; None for a pair ``_SMALLER_UNITS`` does not hold."""
    return _SMALLER_UNITS.get((big.lower().rstrip("s"), small.lower().rstrip("s")))


def _join_lengths(out: list[Candidate], text: str) -> None:
    """"1 minute and 45 seconds", "six years and eight months" read as two lengths of time: one
    length, counted in the smaller unit (105 seconds, 80 months), as "5 hours and 9 minutes" read
    as one entity is (the gold gives all four so)."""
    lengths = sorted((c for c in out if c.rule == "quantity.duration" and c.value is not None), key=lambda c: c.focus_start)
    for first, second in pairwise(lengths):
        if first not in out or second not in out or re.fullmatch(r"\s+and\s+", text[first.focus_end:second.focus_start]) is None:
            continue
        big, small = (first.value or {}), (second.value or {})
        per = _smaller_per(big.get("unit") or "", small.get("unit") or "")
        whole, part = big.get("amount"), small.get("amount")
        if per is None or small.get("approximate") or not isinstance(whole, int) or not isinstance(part, int) \
                or not 0 < part < per:
            continue
        unit = small["unit"] if small["unit"].endswith("s") else small["unit"] + "s"
        first.focus_end = second.focus_end
        first.value = {**big, "amount": whole * per + part, "unit": unit}
        first.key = _key(first.value)
        out.remove(second)


def _duration(ent: Span, add, free) -> bool:
    """A DATE or TIME entity that is a length of time ("almost two years", "the past 12 months");
    True if it is one."""
    doc = ent.doc
    # "approximately 50,000 years old", "25 to 34 years old": an age, the length of a life.
    aged = len(ent) > 2 and ent[-1].lower_ == "old" and ent[-2].lower_.rstrip("s") in ("year", "month", "week", "day")
    # "Almost nine years later", "a year later": the time between two happenings the article
    # tells of, a length (a date counted back from now ends in "ago" and is the date rules').
    later = len(ent) > 2 and ent[-1].lower_ in ("later", "afterwards", "afterward")
    # "who had died 13 years before": the same, counted back from a happening; "the year before"
    # and "a year before" are when it was (the date rules'), so a number must be written.
    before = len(ent) > 2 and ent[-1].lower_ == "before"
    cut = aged or later or before
    if later and YEARS_LATER_RE.fullmatch(ent.text) and paragraph_year(doc, ent.start_char) is not None:
        return True  # "introduced in 2012. Four years later, ...": a year, the date rules'
    m = _DURATION_RE.match(ent[:-1].text if cut else ent.text)
    if aged and m is None:
        m = _AGE_RANGE_RE.match(ent.text)
    if m is None and not aged and _LENGTH_RANGE_RE.match(ent[:-1].text if cut else ent.text):
        # A length between two bounds is one claim with no single value, as a range of ages is; "two or
        # three years ago" is a date (left alone, as "two years ago" is).
        if ent.end < len(doc) and doc[ent.end].lower_ in ("ago", "earlier"):
            return True
        a, b = phrase_chars(doc, _hedge_start(doc, ent.start, ent.sent.start), ent.end - 1 if before else ent.end)
        if free(a, b):
            add(a, b, None, "quantity.duration")
        return True
    if m is None or (not m.group("num") and not m.group("lead")):
        return False
    if m.group("unit").lower().startswith("season") and not _SEASON_COUNT_RE.search((m.group("num") or "").strip()):
        return False
    if before and (m.group("num") or "").strip().lower() in ("", "a", "an"):
        return False
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    # "the past year and a half" names its length, as "the past 18 months" does.
    if after in ("ago", "earlier") or (not m.group("num") and not m.group("half")
                                       and (m.group("lead") or "").strip().lower() in ("past", "coming", "next", "last")):
        # "two years ago", "next week": a date relative to now; "in the past month", "in coming
        # weeks": when, said loosely. Neither is a length to check.
        return True
    start = ent.start + (1 if ent[0].lower_ in ("the", "its", "their", "his", "her", "our") else 0)
    start = _hedge_start(doc, start, ent.sent.start)
    # "within six months", "within 15 minutes": a length reached at most, a bound as "up to" is
    # (seven of ten tune annotators made it approximate); the preposition is part of the figure.
    within = start > ent.sent.start and doc[start - 1].lower_ == "within" and not before
    start -= within
    a, b = phrase_chars(doc, start, ent.end - 1 if before else ent.end)
    if not free(a, b):
        return True
    unit = m.group("unit")
    number = (m.group("num") or "a").strip()
    hedged = doc[start + within:ent.start].text + " " + number if start + within < ent.start else number
    value = parse_quantity(hedged, unit)
    if value is None:
        value = parse_quantity("a", unit) if re.search(r"\b(?:an?|another)\s*$", number) else None
    if value is not None and unit.lower().rstrip("s") not in _DURATION_UNIT_STEMS:
        value = None
    if value is not None and m.group("num2") and isinstance(value.get("amount"), (int, float)):
        # "5 hours and 9 minutes": one length, counted in the smaller unit (309 minutes).
        small = m.group("unit2").lower().rstrip("s")
        per = _smaller_per(unit, small)
        value = {**value, "amount": value["amount"] * per + int(m.group("num2")), "unit": small + "s"} if per else None
    if value is not None and m.group("half") and isinstance(value.get("amount"), (int, float)):
        # "a year and a half": one and a half years.
        plural = unit if unit.lower().endswith("s") else ("centuries" if unit.lower() == "century" else unit + "s")
        value = {**value, "amount": value["amount"] + 0.5, "unit": plural}
    if value is not None and within:
        value = {**value, "approximate": True}
    add(a, b, value, "quantity.duration")
    return True


def is_number_token(tok: Token) -> bool:
    return tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")


# Ordinals past the first, in words: "a third day" is the third in a run.
_ORDINAL_WORDS = {w: n for n, w in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=2)}
_ORDINAL_FIGURE_RE = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)")
# Units a run of happenings is counted in: a time unit or a season of a sport.
_RUN_UNITS = frozenset({u for u in TIME_UNITS if not u.endswith("s")} | {"season"})
# Words that make an ordinal a streak ("a seventh straight session"), which the comparison rules rank.
_STREAK_WORDS = frozenset("straight consecutive successive".split())


def _nth_span(tok: Token) -> int | None:
    """The number of an ordinal in "for a third day" or "for a 20th NFL season" (an article, the
    ordinal, at most two words and a unit of time or a season, hung on "for"), or None."""
    doc = tok.doc
    m = _ORDINAL_FIGURE_RE.fullmatch(tok.lower_)
    n = int(m.group("n")) if m else _ORDINAL_WORDS.get(tok.lower_)
    noun = tok.head
    if n is None or n < 2 or tok.dep_ != "amod" or tok.i < 2 or doc[tok.i - 1].lower_ not in ("a", "an") \
            or doc[tok.i - 2].lower_ != "for" or noun.lower_ not in _RUN_UNITS or not 0 < noun.i - tok.i <= 3 \
            or noun.dep_ != "pobj" or noun.head.i != tok.i - 2:
        return None
    if any(t.lower_ in _STREAK_WORDS or t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in doc[tok.i + 1:noun.i]):
        return None
    return n
