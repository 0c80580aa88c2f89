"""Repeated mentions (ANNOTATION.md §6): claims of one document that state the same proposition
get the same ``key``, which ``claimkit extract`` turns into a shared ``cluster``.

Two claims of one type are the same proposition when they say the same thing in much the same
words: a date or a quantity with the same value about the same happening (the words of the
clause around it overlap; a figure of 100 or more needs no more than its unit, a figure with its unit
named only twice needs sentences that share some words, and a day or a year in figures named in the same words in
sentences that share a word is one date, unless it dates two clauses with other verbs and other
participants, or one dates a saying and the other names a thing by its day: "said Tuesday" ...
"Tuesday's gathering"; two days that name things by the day in the same words, "last month's
massacre" ... "last month's attack", are one day's happening however often the day is named),
any other claim when most of its content words are the other's; an event of the
headline or standfirst told again with the same doer and the same thing done to, in other words,
or with the same verb done to the same thing where one side names no doer ("was defeated");
an event anywhere told again with the same verb done to the same thing ("backed the rezoning" ...
"opted to back the rezoning"); a measure or a time of day given again in brackets in another unit
or time zone ("1,900-mile-wide (3,100 kilometers)", "5:30 p.m. local time (12:30 p.m. EST)"). A
mention that adds a detail (a number, a stronger word) shares too few words and stays apart, and so
does a claim a page says in the same words after each of its entries (a formula of a police log).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .lexicon import TITLE_NOUNS, UNIT_SIZES
from .rules import Candidate
from .rules.dates import CLOCK_RE
from .syntax import clause_of, doc_text, negated

# Of two foci's content lemmas, the share (of the smaller set) they must have in common.
SAME_WORDS = 0.7
# Of the clauses around two equal dates or quantities, the share of content lemmas in common.
SAME_CONTEXT = 0.34
# Of the content lemmas of two sentences (outside the claims), the share of all of them that both
# have, for a claim in the same words to be one said again with the sentence around it.
SAME_SENTENCE = 0.6
# The fewest content lemmas the two sentences must have in common for that.
SAME_SENTENCE_WORDS = 3
# Two quantities of this amount or more (and not round), with the same unit or one without a unit,
# are one figure said twice; smaller ones ("20 applications", "two years") recur by chance.
DISTINCTIVE_AMOUNT = 100
# A day named again in the same words is one happening's day only up to this many mentions.
SAME_DAY_MAX_MENTIONS = 3
# A year in figures is named again for other happenings more often than a day: only twice in the
# same words is it one happening's year ("adopted in 2015" ... "the 2015 rules").
SAME_YEAR_MAX_MENTIONS = 2
# A day named more often than this in any words ("Tuesday", "Oct. 9", "on Tuesday") is the day of
# several happenings of the story, not of one told again.
DAY_MAX_MENTIONS = 4
# A figure with its unit named this many times in a text, in sentences with this many content
# words in common, is one figure said again: a figure named more often is given for several things.
SAME_FIGURE_MENTIONS = 2
SAME_FIGURE_WORDS = 2
# A claim said in the same words more often than this is a formula of the page, said of several
# happenings, not one proposition said again.
FORMULA_MENTIONS = 2
# An event in the first this many tokens of a text (its headline and standfirst) is one the body
# tells again, often in other words ("was arrested" ... "was caught").
LEAD_TOKENS = 60
# A verb with one object told this many times in a text is told of one happening: more often
# ("pressed Trump on ..." three times, "sustained damage" after each crash of a log), of several.
SAME_VERB_MAX_MENTIONS = 2
# Verbs of a saying that a day dates ("said Tuesday"); not "announced Wednesday", which a story
# says of the deal it announces as often as of the announcing.
SAYING_VERBS = frozenset("say tell".split())
# Of two sentences dating two clauses with other verbs and other participants, the fewest content
# words in common for them to tell one happening ("filed Thursday ... seeks damages" twice).
SAME_HAPPENING_WORDS = 3
# How far apart two sizes of one measure may be and still be one size rounded two ways ("about
# 2,300 tons (2,095 metric tons)", "154-pound (70-kilogram)").
SAME_SIZE = 0.05
# What stands between a measure and the same measure given again in another unit, after the rest
# of a hyphened adjective ("1,900-mile-wide (3,100 kilometers)"): a bracket or "or".
_MEASURE_GLOSS = re.compile(r"(?:-[a-z]+ ?)?(?:\(|,? ?or|\(or)")
# And between a time of day and the same time by another clock, after its zone ("5:30 p.m. local
# time (12:30 p.m. EST)").
_CLOCK_GLOSS = re.compile(r"(?:(?:local time|[A-Z]{2,4}),? ?)?\(")
# Dependencies of a date that dates a noun ("Tuesday's event", "the 2015 rules", "a July forecast").
_NOUN_DATING = frozenset("poss nummod compound nmod det amod".split())
# Nouns of kin, which a text says of one person as it says a title ("his wife Fran" ... "his wife
# Fran"): a role for ``_same_role``, though no title of an office for the rules that find roles.
_KIN_NOUNS = frozenset("wife husband son daughter mother father brother sister widow widower".split())
# Words before a count that make it refer to things already named ("the five companies").
_DEFINITE = frozenset("the these those all".split())
# Words before a figure that make it a bound ("more than 10 feet", "less than 2 percent", "another
# three days") rather than the figure itself. Not a cap ("up to 35%", "as much as $600"), which a
# text gives again as the figure it allows ("35%", "$600").
_BOUND = re.compile(r"(?:(?:just|well|slightly) )?(more than|less than|fewer than|greater than|over|under|at least|"
                    r"at most|nearly|almost|another|an additional)\b")
# Bounds that add a figure to one named before ("another $5 million"), not round it.
_ADDED = frozenset(("another", "an additional"))
# A figure given in millions or more, rounded to its scale word ("$47 billion", "US$1.3m", "£720bn").
_SCALED = re.compile(r"\d\s*(?:million|billion|trillion|mn|bn|m)\b")
_CONTENT = frozenset("NOUN PROPN VERB ADJ NUM".split())
_STOP = frozenset("the a an its their his her of to with and in on by for all any also be have do say".split())


def _lemmas(tokens) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop and t.lemma_.lower() not in _STOP)


def _context(doc: Doc, token: Token) -> frozenset[str]:
    """Content lemmas of the clause a value belongs to: its verb, the verb's subject and object
    heads, and the value's own noun phrase."""
    verb = clause_of(token)
    words = [verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "agent")]
    words += [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.lefts if t.dep_ == "compound"]
    return _lemmas(words)


def assign(doc: Doc, candidates: list[Candidate]) -> None:
    """Give every group of candidates that state one proposition the key of its first member."""
    sigs: list[tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, bool] | None] | None] = []
    for c in candidates:
        span = c.focus_span()
        if span is None or not len(span):
            sigs.append(None)
            continue
        own = _lemmas(span)
        context = _context(doc, span.root) if c.type in ("date", "quantity") else frozenset()
        # Names and numbers: a mention that adds one ("with Iran and Syria") adds a detail.
        details = frozenset(t.lemma_.lower() for t in span if t.pos_ in ("PROPN", "NUM") or t.ent_type_)
        sigs.append((own, context, details, _counted(c, span)))
    parent = list(range(len(candidates)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Candidates that could pair: the same type and, for values, the same value.
    buckets: dict[tuple, list[int]] = {}
    for i, c in enumerate(candidates):
        sig = sigs[i]
        if sig is None:
            continue
        if c.type in ("date", "quantity"):
            if c.value is None:
                continue
            v = c.value
            bucket: tuple = (c.type, v.get("value"), v.get("qualifier")) if c.type == "date" else (c.type, v.get("amount"))
            if c.type == "date" and CLOCK_RE.search(_words(c)):
                # A time of day is valued by its day: only the same time named again is the same.
                bucket += (_words(c),)
            buckets.setdefault(bucket, []).append(i)
        else:
            for lemma in sig[0]:
                buckets.setdefault((c.type, lemma), []).append(i)
    # How often each date is named in the same words: see _same.
    named: dict[tuple, int] = {}
    for c in candidates:
        if c.type == "date" and c.key:
            for said in ((c.key, _words(c)), ("day", c.key)):
                named[said] = named.get(said, 0) + 1
    # How often each figure with its unit, and each other claim in its words or its lemmas, is said.
    for c, sig in zip(candidates, sigs):
        for said in _said(c, sig):
            named[said] = named.get(said, 0) + 1
    for members in buckets.values():
        if len(members) > 200:
            continue  # a word in every other claim says nothing about sameness
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if find(i) == find(j):
                    continue
                if _glossed(candidates[i], candidates[j]):
                    # "launched yesterday (Nov. 7)": a day given again in brackets by its date.
                    parent[find(j)] = find(i)
                    continue
                if candidates[i].sent.start == candidates[j].sent.start:
                    continue
                if _same(candidates[i], candidates[j], sigs[i], sigs[j], named):
                    parent[find(j)] = find(i)
    # A value given again in another unit or time zone: pairs of values of one sentence.
    values: dict[int, list[int]] = {}
    for i, c in enumerate(candidates):
        if c.type == "date" or (c.type == "quantity" and c.value is not None):
            values.setdefault(c.sent.start, []).append(i)
    for members in values.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if find(i) != find(j) and _given_again(candidates[i], candidates[j]):
                    parent[find(j)] = find(i)
    _join_retold(candidates, find, parent)
    _join_done_again(candidates, find, parent)
    first: dict[int, Candidate] = {}
    for i, c in enumerate(candidates):
        root = find(i)
        if root not in first:
            first[root] = c
    groups: dict[int, int] = {}
    for i in range(len(candidates)):
        groups[find(i)] = groups.get(find(i), 0) + 1
    keys = {}
    for i in range(len(candidates)):
        root = find(i)
        if groups[root] > 1:
            head = first[root]
            keys[i] = head.key or f"{head.type}:{head.focus_start}"
    for i, c in enumerate(candidates):
        c.key = keys.get(i)


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _same(a: Candidate, b: Candidate, sa, sb, named: dict[tuple, int]) -> bool:
    if a.type == "date" and a.key and a.key == b.key and _words(a) == _words(b) and _names_thing(a) and _names_thing(b):
        # "last month's massacre" ... "last month's attack", "yesterday's tally" ... "yesterday's
        # vote": a day named again in the same words to name a thing by it names the happening the
        # story is about, however often the story names that day for other happenings and however
        # few words the two sentences share.
        return True
    if a.type == "date" and a.key and a.key == b.key and (_thing_told(a, b) or _thing_told(b, a)):
        # "Tuesday's rally drew a crowd" ... "activists marched on Tuesday night at a rally for the
        # mayor": a day that names a thing by it ("Tuesday's rally") and the same day dating a sentence
        # that tells that thing again are one happening's day, however often the story names the day
        # and in whatever words ("Tuesday night").
        return True
    if a.type == "date" and named.get(("day", a.key), 0) > DAY_MAX_MENTIONS:
        # "Tuesday" five times in a report of one Tuesday: the day of its several happenings.
        return False
    if a.type == "date" and _told_by_others(a, b):
        # "the Scottish government said on Monday" ... "the World Health Organization on Monday
        # said": a day that dates a saying is the day of that source's saying; another source's
        # saying that day is another proposition.
        return False
    if a.type == "date" and ((_dates_saying(a) and _names_thing(b)) or (_dates_saying(b) and _names_thing(a))):
        # "the mayor said Tuesday night" ... "Tuesday's gathering drew a crowd": a day that dates a
        # saying and a day that names a thing ("Tuesday's gathering") date two happenings, the
        # saying of the day and the thing of the day.
        return False
    if a.type == "date" and _other_happenings(a, b):
        # "two officers were charged Tuesday" ... "the warden acknowledged staffing shortages
        # Tuesday": a day that dates two clauses with other verbs, other doers and other things
        # done to, in sentences with little else in common, is the day of two happenings.
        return False
    precision = (a.value or {}).get("precision")
    if precision == "year" and not any(ch.isdigit() for ch in _words(a)):
        precision = None  # "this year", "last year": a story's frame for many happenings, not one's year
    if a.type == "date" and precision in ("day", "month", "year") and a.key and a.key == b.key and _words(a) == _words(b) \
            and named.get((a.key, _words(a)), 0) <= (SAME_YEAR_MAX_MENTIONS if precision == "year" else SAME_DAY_MAX_MENTIONS) \
            and _sentence_words(a) & _sentence_words(b):
        # "on Wednesday" ... "his resignation Wednesday": one day named again in the same words is
        # the day of one happening (a story dates its events once and refers back to them). Named
        # more often ("today" all through a market report), it is the day of several. Two sentences
        # with no content word in common ("Markets opened lower on Monday" ... "the largest gain
        # ahead of the close Monday") tell two happenings of that day. A year named twice in the same
        # words is one happening's year too ("the rules the FCC adopted in 2015" ... "roll back the
        # 2015 rules"), though the clauses around it share no word.
        return True
    if a.type == "date" and max(named.get((c.key, _words(c)), 0) for c in (a, b)) > SAME_DAY_MAX_MENTIONS:
        # "sold 30,154 cars in October" ... "the average price of a truck sold in October": a date
        # that dates everything in a report shares its words with every clause of the report.
        return False
    if a.rule == b.rule == "state.role" and _same_role(a, b):
        # "WeWork chairman Marcelo Claure" ... "chairman Marcelo Claure": one person's role said
        # again, with or without the body it is a role of. Before the count of formulas: a title
        # the text gives several people ("Prime Minister" of two leaders) is no formula when it is
        # said again of the same name.
        return True
    if a.type not in ("date", "quantity") and max((named.get(said, 0) for c, s in ((a, sa), (b, sb))
                                                   for said in _said(c, s)), default=0) > FORMULA_MENTIONS:
        # "No injuries were reported" after each crash of a police log, "over the administration's
        # request" for each line of a budget: a formula of the page, said of several happenings.
        return False
    if a.type in ("date", "quantity"):
        if a.type == "quantity":
            ua, ub = (a.value or {}).get("unit"), (b.value or {}).get("unit")
            if ua and ub and not _same_unit(ua, ub):
                return False
            if bool(ua) != bool(ub) and not _distinctive(a.value):
                # "three" ... "three children", "1" ... "1 percent": a small bare number and a figure
                # of some unit are two counts that happen to be equal, not one figure said again.
                return False
            if _bound(a) != _bound(b) and not _rounded_again(a, b):
                # "more than 10 feet" ... "10 feet", "less than 2 percent" ... "2 percent": a
                # figure given as a bound says more (or less) than the figure itself, another
                # proposition (§6: a mention that adds a detail).
                return False
            if _distinctive(a.value):
                return True  # "384" ... "384 runs": a figure of three digits does not recur by chance
            if ua and ub and _hyphened(a) != _hyphened(b):
                # "the five-day event" ... "throughout the five days": a measure that names a thing
                # by its length, told again as a plain count of the same unit, is that thing's
                # length said again, though the sentences around them share few words.
                return True
            later = sb if b.focus_start > a.focus_start else sa
            if sa[3] is not None and sb[3] is not None and sa[3][0] == sb[3][0] and later[3][1]:
                # "sent 28 questions" ... "among the trust's 28 questions": a definite count refers
                # back to the things counted before, though the clauses around them differ.
                return True
            figure = _said(a, sa)
            if figure and figure == _said(b, sb) and named.get(figure[0], 0) <= SAME_FIGURE_MENTIONS \
                    and len(_sentence_words(a) & _sentence_words(b)) >= SAME_FIGURE_WORDS:
                # "car sales fell 10 percent in March" ... "dealers blamed the 10 percent drop in sales
                # on rates": a figure with its unit named only twice, in sentences about the same
                # things, is one figure said again, though the clauses around it are worded apart.
                return True
        # The same value about the same happening: the clauses around them share their words.
        return _share(sa[1] - sa[0], sb[1] - sb[0]) >= SAME_CONTEXT
    if _words(a) == _words(b) and _restated(a, b):
        # "the housing market is in a funk" in the standfirst and again, with its sentence, in the
        # body: a claim said again in the same words with most of the words around it is one claim,
        # however few words it has of its own ("will be filed") and however the parser tagged the
        # names in either copy.
        return True
    own_a, own_b = sa[0], sb[0]
    if own_a == own_b and len(own_a) >= 2 and sa[2] == sb[2]:
        return True  # said again in the same words (not "won $157 million" and "won $77.5 million")
    # "the company employs", "according to the Moody's report": too few words to tell one
    # proposition from another (a source names no proposition by itself).
    least = 5 if a.type == "attribution" else 3
    if len(own_a) < least or len(own_b) < least:
        return False
    # A mention that adds a detail (a name, a number) is another proposition.
    return sa[2] == sb[2] and _share(own_a, own_b) >= SAME_WORDS and len(own_a ^ own_b) <= max(2, len(own_a | own_b) // 2)


def _clause_verb(c: Candidate) -> Token | None:
    """The verb of the clause a claim's focus stands in (None for an empty focus)."""
    root = c.focus_root()
    return clause_of(root) if root is not None else None


def _speaker(c: Candidate) -> tuple[bool, str | None]:
    """Whether a date dates a saying ("said Tuesday", "on Monday said"), and who said it (the
    lemma of the saying verb's subject; None for none or a pronoun)."""
    verb = _clause_verb(c)
    if verb is None:
        return False, None
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    who = subject.lemma_.lower() if subject is not None and subject.pos_ != "PRON" else None
    return verb.lemma_.lower() in SAYING_VERBS, who


def _names_thing(c: Candidate) -> bool:
    """Whether a date is a possessive that names a thing by its day ("Tuesday's gathering", "this
    week's figures")."""
    span = c.focus_span()
    if span is None or not len(span):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.root.dep_ == "poss" or span[-1].tag_ == "POS" or (after is not None and after.tag_ == "POS")


def _thing_told(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` names a thing by its day ("Tuesday's rally") and ``b``, not a possessive nor the
    day of a saying, dates a sentence that names that thing again (the noun, or a verb of its lemma: "Saturday's crash" ...
    "a jet crashed")."""
    if not _names_thing(a) or _names_thing(b) or _dates_saying(b):
        return False  # a saying and the thing named by its day are two happenings (see _same)
    span = a.focus_span()
    if span is None or not len(span):
        return False
    thing = span.root.head
    if thing.i == span.root.i or thing.pos_ not in ("NOUN", "PROPN"):
        return False
    return thing.lemma_.lower() in _sentence_words(b)


def _dates_saying(c: Candidate) -> bool:
    """Whether a date dates a saying ("said Tuesday night", "told reporters on Monday"), not a
    thing named in it."""
    root = c.focus_root()
    return root is not None and root.dep_ not in _NOUN_DATING and not _names_thing(c) and _speaker(c)[0]


def _other_happenings(a: Candidate, b: Candidate) -> bool:
    """Whether two dates date two clauses that tell two happenings: other verbs, no participant
    (doer, thing done to or the one it is given to) in common, and fewer than
    ``SAME_HAPPENING_WORDS`` content words in common in their sentences. Not a date of a noun
    ("Tuesday's hearing", "the 2015 rules"), which names a happening told before."""
    parts = []
    for c in (a, b):
        root = c.focus_root()
        if root is None or root.dep_ in _NOUN_DATING:
            return False
        verb = clause_of(root)
        who = frozenset().union(*(_party(t) for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")))
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN"):
            # "after a cyberattack in July 2022" ... "the cyberattack in July 2022 was": the noun a
            # date dates is a participant of its happening too.
            who |= _party(root.head.head)
        parts.append((verb.lemma_.lower(), who))
    (verb_a, who_a), (verb_b, who_b) = parts
    if verb_a == verb_b or who_a & who_b:
        return False
    return len(_sentence_words(a) & _sentence_words(b)) < SAME_HAPPENING_WORDS


def _told_by_others(a: Candidate, b: Candidate) -> bool:
    """Whether two dates date two sayings of which no one source is known to have said both."""
    (says_a, who_a), (says_b, who_b) = _speaker(a), _speaker(b)
    return says_a and says_b and not (who_a is not None and who_a == who_b)


def _glossed(a: Candidate, b: Candidate) -> bool:
    """Whether of two dates of one value the later follows the earlier in brackets ("today (Nov.
    18)", "last month (October)")."""
    if a.type != "date" or b.type != "date":
        return False
    first, second = (a, b) if a.focus_start < b.focus_start else (b, a)
    between = doc_text(a.sent.doc)[first.focus_end:second.focus_start]
    return between.strip() == "("


def _given_again(a: Candidate, b: Candidate) -> bool:
    """Whether the later of two values gives the earlier again, in brackets or after "or", in
    another unit or another time zone: a measure of the same size ("the 1,900-mile-wide (3,100
    kilometers) moon", "about 2,750 tons, or 2,500 metric tons"), a time of day by another clock
    ("at 5:30 p.m. local time (12:30 p.m. EST)"). Not a price in another currency ("80 billion
    euros ($86 billion)"), which the annotators count as a figure of its own, nor two sizes that
    differ ("$12/month or $80/year", "102 points, or 0.36%")."""
    if a.type != b.type or a.type not in ("date", "quantity"):
        return False
    first, second = (a, b) if a.focus_start < b.focus_start else (b, a)
    if first.sent.start != second.sent.start or first.focus_end > second.focus_start:
        return False
    between = " ".join(doc_text(a.sent.doc)[first.focus_end:second.focus_start].split())
    if a.type == "date":
        return bool(_CLOCK_GLOSS.fullmatch(between)) and all(CLOCK_RE.search(_words(c)) for c in (a, b))
    if not _MEASURE_GLOSS.fullmatch(between):
        return False
    sizes = []
    for c in (first, second):
        amount, unit = (c.value or {}).get("amount"), ((c.value or {}).get("unit") or "").lower()
        measure = UNIT_SIZES.get(unit)
        if measure is None or not isinstance(amount, (int, float)) or amount <= 0:
            return False
        sizes.append((measure[0], unit, amount * measure[1]))
    (kind_a, unit_a, size_a), (kind_b, unit_b, size_b) = sizes
    return kind_a == kind_b and unit_a != unit_b and abs(size_a - size_b) <= SAME_SIZE * max(size_a, size_b)


def _same_role(a: Candidate, b: Candidate) -> bool:
    """Whether two roles name one person (the same last word of the name) by one title ("DNC
    Chairman Tim Kaine" ... "Democratic National Committee Chairman Tim Kaine"), or by one noun of
    kin ("his wife Fran" ... "his wife Fran"); not "Acting Premier Jane Smith" ... "Deputy Premier
    Jane Smith")."""
    parts = []
    for c in (a, b):
        span = c.focus_span()
        if span is None or not len(span):
            return False
        # A role's focus ends before the name it is said of: the name right after it is whose role.
        end = span.end
        while end < c.sent.end and span.doc[end].ent_type_ == "PERSON":
            end += 1
        span = span.doc[span.start:end]
        name = [t for t in span if t.ent_type_ == "PERSON"]
        role = frozenset(t.lemma_.lower() for t in span if t.ent_type_ != "PERSON" and t.lower_ in TITLE_NOUNS | _KIN_NOUNS)
        if not name or not role:
            return False
        parts.append((name[-1].lower_, role, _lemmas(t for t in span if not t.ent_type_)))
    (name_a, role_a, words_a), (name_b, role_b, words_b) = parts
    # A word one role has and the other lacks, outside the names of bodies ("WeWork"), makes
    # another role ("Acting Premier" ... "Deputy Premier").
    return name_a == name_b and bool(role_a & role_b) and (words_a <= words_b or words_b <= words_a)


def _said(c: Candidate, sig) -> tuple[tuple, ...]:
    """What a claim is counted under for how often a text says it: a quantity by its amount and
    unit (none without a unit), a date not at all (see ``named``), any other claim by its words and
    by its content lemmas."""
    if c.type == "quantity":
        unit = (c.value or {}).get("unit")
        amount = (c.value or {}).get("amount")
        return (("figure", amount, unit.lower()),) if unit and amount is not None else ()
    if c.type == "date" or sig is None:
        return ()
    return (("words", c.type, _words(c)),) + ((("lemmas", c.type, sig[0]),) if sig[0] else ())


def _bound(c: Candidate) -> str | None:
    """The bound a quantity's focus opens with ("more than", "at least", "another"), without a
    softening word ("just over" is "over"); None for a figure given as itself ("10 feet", "about
    10 feet") or as a cap ("up to 10 feet")."""
    found = _BOUND.match(_words(c))
    return found.group(1) if found else None


def _rounded_again(a: Candidate, b: Candidate) -> bool:
    """Whether two quantities are one distinctive figure of millions or more, once with a bound and
    once without ("more than $47 billion" ... "$47 billion", "nearly 3.6 million barrels" ... "3.6
    million barrels"): a figure in millions is already rounded, so a bound on it gives the same
    figure, not more or less than it. Not a figure in units ("more than 4,350 tonnes" ... "4,350
    tonnes"), a round one ("more than $5 billion" ... "$5 billion"), nor one added to another
    ("another $47 billion")."""
    if not _distinctive(a.value) or any(_bound(c) in _ADDED for c in (a, b)):
        return False
    return all(_SCALED.search(_words(c)) for c in (a, b))


def _hyphened(c: Candidate) -> bool:
    """Whether a quantity's amount is joined to its unit by a hyphen ("a five-year project", "the
    eight-week sprint"; not "five years")."""
    span = c.focus_span()
    return span is not None and any(t.text == "-" and t.i > span.start and span.doc[t.i - 1].like_num
                                    and t.i + 1 < span.end and span.doc[t.i + 1].is_alpha for t in span)


def _same_unit(ua: str, ub: str) -> bool:
    """Whether two units count the same things: the same noun, one with no word the other lacks
    ("20 pathogens" ... "20 different fecal pathogens", "nine companies" ... "nine CLPS companies";
    not "20 Democratic senators" ... "20 Republican senators")."""
    wa, wb = ua.lower().split(), ub.lower().split()
    if not wa or not wb or wa[-1].rstrip("s") != wb[-1].rstrip("s"):
        return False
    return set(wa[:-1]) <= set(wb[:-1]) or set(wb[:-1]) <= set(wa[:-1])


def _sentence_words(c: Candidate) -> frozenset[str]:
    """Content lemmas of a claim's sentence outside its focus."""
    return frozenset(t.lemma_.lower() for t in c.sent if t.is_alpha and not t.is_stop and t.pos_ in _CONTENT
                     and not c.focus_start <= t.idx < c.focus_end)


def _restated(a: Candidate, b: Candidate) -> bool:
    """Whether two claims' sentences share most of their content words outside the claims ("The
    lawsuit will be filed Thursday and seeks damages" ... "The suit, which will be filed Thursday in
    court, seeks damages"; not "a deer entered the roadway" in two accidents, each with its road and
    its driver)."""
    wa, wb = _sentence_words(a), _sentence_words(b)
    shared = len(wa & wb)
    return shared >= SAME_SENTENCE_WORDS and shared / len(wa | wb) >= SAME_SENTENCE


def _counted(c: Candidate, span: Span) -> tuple[str, bool] | None:
    """The lemma of the plural noun a count counts ("five companies") and whether the count is
    definite ("the five companies", "all five publishers", "the trust's 28 questions"); None for
    anything else ("$4 billion", "two years", "a 3-pointer")."""
    unit = (c.value or {}).get("unit")
    if c.rule != "quantity.count" or not unit:
        return None
    noun = next((t for t in reversed(span) if t.lower_ == unit.split()[-1]), None)
    if noun is None or noun.tag_ != "NNS":
        return None
    definite = any(t.lower_ in _DEFINITE or t.dep_ == "poss" for t in noun.lefts)
    return noun.lemma_.lower(), definite


def _words(c: Candidate) -> str:
    """A claim's words as written, without case or a possessive ("next week's" is "next week")."""
    words = doc_text(c.sent.doc)[c.focus_start:c.focus_end].lower()
    return words.removesuffix("'s").removesuffix("’s")


def _distinctive(value) -> bool:
    """A figure that does not recur by chance: 100 or more, and not round ("384", "4.1 million";
    not "$100 million" or "800,000", which an article may give for several things)."""
    amount = (value or {}).get("amount")
    if not isinstance(amount, (int, float)) or amount < DISTINCTIVE_AMOUNT:
        return False
    digits = f"{amount:.6g}".replace(".", "").lstrip("0")
    return len(digits.split("e")[0].rstrip("0")) >= 2


def _roles(c: Candidate) -> tuple[str, frozenset[str], frozenset[str], bool] | None:
    """An event's verb lemma, the content lemmas of who did it (the subject or the agent of a
    passive) and of what it was done to (the object, a passive's subject, else its prepositions'
    objects), and whether the verb takes a clause ("asked how ...", "decided to ...")."""
    verb = _clause_verb(c)
    if verb is None or verb.pos_ != "VERB":
        return None
    doer = patient = None
    for t in verb.children:
        if t.dep_ == "nsubj":
            doer = t
        elif t.dep_ in ("dobj", "nsubjpass"):
            patient = t
        elif t.dep_ == "agent":
            doer = next((p for p in t.children if p.dep_ == "pobj"), doer)
    if patient is not None:
        objects = _party(patient)
    else:
        objects = frozenset().union(*(_party(p) for t in verb.children if t.dep_ == "prep"
                                      for p in t.children if p.dep_ == "pobj"))
    opened = any(t.dep_ in ("ccomp", "xcomp") for t in verb.children)
    return verb.lemma_.lower(), _party(doer), objects, opened


def _party(t: Token | None) -> frozenset[str]:
    """The content lemmas of a participant's head and its compounds (none for a pronoun)."""
    if t is None or t.pos_ == "PRON":
        return frozenset()
    return _lemmas([t] + [c for c in t.lefts if c.dep_ == "compound"])


def _join_retold(candidates: list[Candidate], find, parent: list[int]) -> None:
    """Join an event of the headline or standfirst to the same event told again in the body in
    other words: the same doer doing it to the same thing, or the same verb with the same doer
    and nothing done to ("letters released by the State Archives" ... "letters released by the
    State Archive in Salem"; "Smith visited the Canadian border" ... "Smith toured the northern
    border"), or the same verb done to the same thing where one of the two names no doer ("the
    private motion was defeated in the Senate" ... "the motion was defeated"). Not two verbs of one
    doer with nothing in common done to
    ("Republicans have called for a revamp" ... "have called for the program to be
    privatized"), nor a verb that takes a clause, whose clause is the proposition."""
    roles = [(_roles(c) if c.type == "event" else None) for c in candidates]
    # Pairs with at least one side in the lead: a few lead events against the rest, not every
    # pair of a long text's events.
    lead = {i for i, r in enumerate(roles) if r is not None and candidates[i].sent.start < LEAD_TOKENS}
    for i, j in ((i, j) for i in sorted(lead) for j in range(len(candidates)) if j != i and not (j in lead and j < i)):
        ri, rj = roles[i], roles[j]
        a, b = candidates[i], candidates[j]
        if ri is None or rj is None or find(i) == find(j) or a.sent.start == b.sent.start:
            continue
        if ri[3] or rj[3]:
            continue
        if not ri[1] & rj[1] and not (ri[0] == rj[0] and (not ri[1] or not rj[1]) and _same_deed(a, b)):
            continue
        if _added_detail(a, b):
            continue
        if ri[2] & rj[2] or (not ri[2] and not rj[2] and ri[0] == rj[0]):
            parent[find(j)] = find(i)


def _same_deed(a: Candidate, b: Candidate) -> bool:
    """Whether two events of one verb, one of them naming no doer, do it to the same thing and
    name no other place or party ("the private motion was defeated in the Senate" ... "the motion
    was defeated"; "rebels captured a key oil port" ... "capturing the key oil port"; not "was
    detained in the United States" ... "was detained in Miami")."""
    da, db = _deed(a), _deed(b)
    if da is None or db is None or da.patient != db.patient or da.denied != db.denied:
        return False
    if not (da.name <= db.name or db.name <= da.name):
        return False  # "the bakery's appeal" ... "the florist's appeal": two things of one kind
    return not (da.names and db.names and da.names != db.names)


class _Deed(NamedTuple):
    """What an event did, to what and by whom, as ``_join_done_again`` compares two of them."""

    verb: str
    patient: str
    words: frozenset[str]
    name: frozenset[str]
    doers: frozenset[str]
    names: frozenset[str]
    denied: bool
    said: str | None


def _deed(c: Candidate) -> _Deed | None:
    """An event's verb lemma (the verb of a clause it takes when it has no object of its own:
    "opted to back the rezoning" is a backing), the lemma of what it was done to (its object or a
    passive's subject; None for none, a pronoun or "no one"), the content lemmas of that phrase and
    of its name, who did it, the names the focus gives outside that phrase ("in Miami"), whether
    it is negated, and the verb of a clause it takes ("asked to say ...")."""
    verb = _clause_verb(c)
    if verb is None or verb.pos_ != "VERB":
        return None
    doer = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if not any(t.dep_ in ("dobj", "nsubjpass") for t in verb.children):
        verb = next((t for t in verb.children if t.dep_ == "xcomp" and t.pos_ == "VERB"), verb)
    patient = next((t for t in verb.children if t.dep_ in ("dobj", "nsubjpass")), None)
    if patient is None or patient.pos_ == "PRON" or any(t.lower_ == "no" for t in patient.lefts):
        return None  # "No one was injured": said of each blast of a story, not one happening
    doer = next((t for t in verb.children if t.dep_ == "nsubj"), doer)
    said = next((t.lemma_.lower() for t in verb.children if t.dep_ in ("xcomp", "ccomp")), None)
    # The object's own words, not a clause or an apposition that describes it.
    aside = {t.i for k in patient.children if k.dep_ in ("relcl", "acl", "appos") for t in k.subtree}
    words = _lemmas(t for t in patient.subtree if t.i not in aside)
    span = c.focus_span()
    names = frozenset(t.lemma_.lower() for t in span or () if t.ent_type_ and t.is_alpha
                      and not patient.left_edge.i <= t.i <= patient.right_edge.i)
    # Its name: the head with its compounds and whose it is ("the opposition's motion").
    name = _lemmas(t for t in patient.subtree if t.i == patient.i or (t.dep_ in ("compound", "poss") and t.i not in aside))
    return _Deed(verb.lemma_.lower(), patient.lemma_.lower(), words, name, _party(doer), names, negated(verb), said)


def _join_done_again(candidates: list[Candidate], find, parent: list[int]) -> None:
    """Join two events anywhere in a text with the same verb done to the same thing, named in the
    same words or more fully by its name ("backed the rezoning" ... "opted to back the rezoning",
    "banned Yiannopoulos" ... "decided to ban Breitbart blogger Milo Yiannopoulos"). Not a verb
    the text tells of the same thing more often ("pressed Trump on ..." three times), nor two
    doers ("the ministry raised rates" ... "the bank raised rates"), nor one said and one denied,
    nor a mention that adds a detail ("violated their rights" ... "violated the constitutional
    rights of young people", "was detained in the United States" ... "was detained in Miami")."""
    deeds = [(_deed(c) if c.type == "event" else None) for c in candidates]
    told: dict[tuple[str, str], int] = {}
    for d in deeds:
        if d is not None:
            told[d.verb, d.patient] = told.get((d.verb, d.patient), 0) + 1
    events = [(k, d) for k, d in enumerate(deeds) if d is not None]
    for (i, di), (j, dj) in ((x, y) for n, x in enumerate(events) for y in events[n + 1:]):
        if (di.verb, di.patient) != (dj.verb, dj.patient) or told[di.verb, di.patient] > SAME_VERB_MAX_MENTIONS:
            continue
        a, b = candidates[i], candidates[j]
        if find(i) == find(j) or a.sent.start == b.sent.start or di.denied != dj.denied:
            continue
        if di.said and dj.said and di.said != dj.said:
            continue  # "were asked to say ..." ... "were asked to move ...": the clauses are what was done
        if (di.doers and dj.doers and not di.doers & dj.doers) or (di.names and dj.names and di.names != dj.names):
            continue
        short, full = sorted((di, dj), key=lambda d: len(d.words))
        if not short.words <= full.words or not full.words - short.words <= full.name:
            continue
        if _added_detail(a, b, every_word=True):
            continue
        parent[find(j)] = find(i)


def _added_detail(a: Candidate, b: Candidate, every_word: bool = False) -> bool:
    """Whether one of two claims names a number the other lacks ("won $157 million" ... "won $77
    million") or a participant joined to another ("with Iran and Syria"): a detail more, another
    proposition. With ``every_word``, a joined word the other has among its stop words too is
    no detail ("and backed the rezoning" ... "opted to back the rezoning")."""
    numbers, joined, words = [], [], []
    for c in (a, b):
        span = c.focus_span()
        tokens = list(span or ())
        numbers.append(frozenset(t.lower_ for t in tokens if t.like_num))
        joined.append(frozenset(t.lemma_.lower() for t in tokens if t.dep_ == "conj"))
        words.append(frozenset(t.lemma_.lower() for t in tokens) if every_word else _lemmas(tokens))
    return numbers[0] != numbers[1] or bool(joined[0] - words[1] or joined[1] - words[0])
