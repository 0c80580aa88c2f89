"""Comparisons: superlatives and singling out ("the largest", "one of the few", "the only"),
ranks and records written as one word ("top-ranked", "a season-high"),
comparatives with what they compare to, multiples ("twice the size of"), verbs of ranking, amounts
above or below a reference ("$5 million above the request"), and things set against something named
("unlike the Army", "compared to the torrent he released")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...anchoring import overlaps
from ..lexicon import (
    BOUND_VERBS,
    CHANGE_VERBS,
    COMPARISON_VERBS,
    EMPTY_SUPERLATIVES,
    EXPECTATION_NOUNS,
    EXPECTATION_VERBS,
    GUESS_VERBS,
    LIKENESS_ADJECTIVES,
    MULTIPLIERS,
    OPINION_WORDS,
    PASSIVE_COMPARISON_VERBS,
    PRECEDENT_WORDS,
    RANKED_FIELDS,
    RIVAL_NOUNS,
    SINGULAR_WORDS,
    STANDING_PLACES,
    STANDING_VERBS,
    TIME_UNITS,
    WEIGHED_NOUNS,
)
from ..syntax import (
    clause_of,
    content_key,
    first_person,
    has_time,
    infinitive,
    np_end,
    passive,
    phrase_chars,
    predicate_end,
    predicate_start,
    speculative,
    stop_at,
    subject,
)
from . import Candidate, Sentence
from .quantities import HEDGE_PAIRS, HEDGE_WORDS, figure_phrase, is_number_token, split_no_stop

# After a superlative, these phrases say against what it holds ("the largest since 2008").
SCOPE_PREPS = frozenset("since in of among on ever".split())


def _noun_of(tok: Token) -> Token | None:
    if tok.dep_ == "appos" and tok.pos_ == "ADJ":
        return None  # "the outbreak, the worst ever": a phrase of its own beside the noun it ranks
    head = tok.head
    if tok.lower_ in ("most", "least") and head.pos_ in ("ADJ", "ADV"):
        head = head.head
    if head.tag_ in ("VBG", "VBN") and head.dep_ == "amod":
        head = head.head  # "the fastest growing markets"
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "the weakest jobs rebound": the compound's head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


STREAK_WORDS = frozenset("consecutive straight successive".split())
ORDINAL_RE = re.compile(r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))")


def _streak(tok: Token) -> bool:
    """An ordinal with "consecutive" or "straight" before a noun: "the fourth consecutive month"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.lower_ in STREAK_WORDS and bool(ORDINAL_RE.fullmatch(tok.lower_))
            and tok.head.pos_ == "NOUN" and tok.head.i > nxt.i)


# Prepositions of the span of time an ordinal counts within: "the second homicide for the day",
# "the fifth release in the span of four years", "the 16th case since the unit was formed".
ORDINAL_SPAN_PREPS = frozenset("for in since during".split())


def _span_of_time(prep: Token) -> bool:
    """A phrase of the span an ordinal counts within ("for the day", "in the span of four years",
    "since 2011"); "in June" says when, not within what."""
    if prep.dep_ != "prep" or prep.lower_ not in ORDINAL_SPAN_PREPS or not has_time(prep):
        return False
    return prep.lower_ != "in" or any(g.dep_ == "pobj" and any(d.dep_ == "det" for d in g.lefts) for g in prep.children)


def _counted_within(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of an ordinal other than "first" before its noun, counted within a span
    of time ("the second award this year", "a second major lockdown since the pandemic began", "the
    16th case since the office formed a unit"), or None. Without the span an ordinal only orders
    ("the second victim", "a third undisclosed buyer", "Trump's second term")."""
    doc = tok.doc
    noun = tok.head
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head
    if not ORDINAL_RE.fullmatch(tok.lower_) or tok.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.i < tok.i or noun.lemma_.lower() in TIME_UNITS | SEQUENCE_PARTS or noun.ent_type_ in ("DATE", "TIME") \
            or _streak(tok) or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "‑") and not tok.whitespace_):
        return None  # "a second-generation pencil", "the second-largest city": a word of its own
    dets = [c for c in noun.lefts if c.dep_ in ("det", "poss") and c.i < tok.i]
    if not dets or any(c.lower_ in PERSONAL_POSSESSIVES for c in dets):
        return None  # "his second term": a step in a person's own life
    start, end = dets[0].left_edge.i, np_end(noun)
    # The span: a phrase of time inside the noun's phrase ("for the day") or right after it
    # ("this year"), or a "since" clause or phrase on the noun, or on the copula it completes
    # ("This is the 16th case ... since the office formed a unit").
    for t in noun.subtree:
        between = [a for a in t.ancestors if a.i > noun.i and noun in a.ancestors]
        if t.i > noun.i and _span_of_time(t) and not any(a.dep_ in ("relcl", "acl", "appos", "advcl") for a in between):
            return start, max(end, t.right_edge.i + 1)
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "DATE" and nxt.dep_ == "det" and nxt.head.dep_ == "npadvmod":
        return start, nxt.head.i + 1  # "the second award this year"
    holders = [noun] + ([noun.head] if noun.dep_ == "attr" else [])
    since = next((c for h in holders for c in h.rights if c.i >= end and (
        (c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.lefts)))), None)
    if since is None:
        return None
    return start, (since.right_edge.i + 1 if since.dep_ == "prep" else predicate_end(since))


def _nth_to_do(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of an ordinal other than "first" on a noun with a "to" clause that says
    what it is the nth one to do ("only the third woman to be named counselor to the president",
    "the second commissioner to leave the agency"), or None. The clause is what is counted, so it
    is part of the ranking; without it the ordinal only orders ("the second victim")."""
    noun = tok.head
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head
    if not ORDINAL_RE.fullmatch(tok.lower_) or tok.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.i < tok.i or noun.lemma_.lower() in TIME_UNITS | SEQUENCE_PARTS \
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("-", "‑") and not tok.whitespace_) \
            or not any(c.dep_ in ("det", "poss") and c.i < tok.i and c.lower_ not in ("a", "an") for c in noun.lefts):
        return None  # "the second-largest city": a word of its own; "hired a third lawyer to review it": one more
    # The parser may hang the clause on the copula the noun completes ("is the second mayor of
    # the town | to resign").
    holders = [noun] + ([noun.head] if noun.dep_ == "attr" else [])
    clause = next((c for h in holders for c in h.rights if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ in ("VERB", "AUX")
                   and (c.dep_ != "advcl" or h is not noun)
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
                   and c.left_edge.i > noun.i and not any(t.is_punct for t in tok.doc[noun.i:c.left_edge.i])), None)
    if clause is None or speculative(clause):
        return None
    return noun.left_edge.i, max(np_end(noun), predicate_end(clause, max_preps=1))


def _latest_of(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "the latest" told with the group it is the newest of: a run named
    after it ("the latest in a series of outages", "the latest in a growing number of states") or
    what it is the latest one to do ("the latest state to ban shark fins", "were the latest to
    spark fury"), or None. Without the group "the latest" only says which one ("the latest data",
    "the latest in a whirlwind for the party"): nothing a record could rank it against."""
    if tok.dep_ == "attr":
        holder = tok  # "is the latest in a series": "latest" stands for its noun
    elif tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        holder = tok.head
    else:
        return None
    det = next((c for c in holder.lefts if c.dep_ == "det" and c.i < tok.i), None)
    if det is None or det.lower_ != "the":
        return None  # "its latest estimates", "this latest creation": which one, no run named
    start = det.i
    for c in holder.rights:
        group = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "in" else None
        # "in a series of outages", "in a flurry of climate goals": a run of things like it.
        of = next((o for o in group.rights if o.dep_ == "prep" and o.lower_ == "of"), None) if group is not None else None
        members = next((m for m in of.children if m.dep_ == "pobj"), None) if of is not None else None
        if members is not None:
            return start, np_end(members)
    clause = next((c for c in holder.rights if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                   and infinitive(c) and c.left_edge.i == np_end(holder)), None)
    if clause is None or speculative(clause):
        return None
    # "were the latest to spark fury": with no noun, the copula says who the latest are.
    if holder is tok and tok.head.pos_ == "AUX" and tok.head.i < start:
        start = tok.head.i
    return start, predicate_end(clause, max_preps=0)


# Words that narrow a ranking to a few before its article: "only the second since the crisis".
NARROWING_ADVERBS = frozenset("only just".split())


def _since_scoped(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "first" or an ordinal with its article or owner, its noun (if any)
    and the "since" right after them that says from when it counts ("the first since the election",
    "its first away win since 2011", "their sixth coach since the founder left"), or None. The
    parser often hangs the "since" on the verb, not the noun, so it is read from the words: a
    "since" right after the phrase is the span the ranking runs over, wherever it hangs."""
    doc = tok.doc
    lower = tok.lower_
    if not (lower == "first" or ORDINAL_RE.fullmatch(lower)) or tok.i == 0 \
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "‑") and not tok.whitespace_):
        return None  # "the second-largest city": a word of its own, for the superlative rules
    det = doc[tok.i - 1]
    if not (det.lower_ == "the" or det.tag_ in ("PRP$", "POS")):
        return None  # "a second lockdown since": one more, told by the counting rules
    since = tok.i + 1
    while since < len(doc) and since - tok.i <= 5 and doc[since].lower_ != "since" and (
            doc[since].pos_ in ("ADJ", "NOUN", "PROPN") or (doc[since].pos_ == "ADV" and doc[since].i + 1 < len(doc)
                                                             and doc[since + 1].pos_ in ("ADJ", "NOUN", "PROPN"))):
        since += 1
    if since >= len(doc) or doc[since].lower_ != "since" or (since > tok.i + 1 and doc[since - 1].pos_ not in ("NOUN", "PROPN")):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_UNITS for t in doc[tok.i + 1:since]):
        return None  # "the first week since the strike": a time, not a ranking
    mark = doc[since]
    obj = next((c for c in mark.children if c.dep_ == "pobj"), None) if mark.dep_ == "prep" else None
    if mark.dep_ == "mark" and mark.head.i > mark.i and mark.head.pos_ in ("VERB", "AUX"):
        # "since Trump won the election [on promises of tax cuts]": the happening it counts from,
        # its verb and object; the rest of the clause is the happening's own claim.
        counted_from = mark.head
        end = max([counted_from.i + 1] + [c.i + 1 for c in counted_from.rights
                                          if c.dep_ in ("dobj", "attr", "prt", "acomp", "oprd")])
    elif obj is not None:
        # "since last December [and only the second since the crisis]": the phrase up to any
        # coordination.
        end = obj.i + 1
        for c in obj.rights:
            if c.dep_ in ("cc", "conj", "punct", "relcl", "appos", "acl", "advcl", "parataxis"):
                break
            end = max(end, c.right_edge.i + 1)
    else:
        return None  # "since winning the title": the clause rules and the noun's own scope take it
    holder = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if holder is not None and (speculative(holder) or _asked(holder)):
        return None
    start = det.left_edge.i if det.tag_ == "POS" else det.i
    if start > 0 and doc[start - 1].lower_ in NARROWING_ADVERBS:
        start -= 1
    if end - start > 16:
        return None
    return start, end


# Words before "time" that rank a happening among those like it: "for the first time", "for a
# third time", "for the final time".
NTH_TIME_WORDS = frozenset("first last final".split())


def _for_nth_time(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "for the first time", "for the second time" or "for a third time"
    told of what a named thing did ("researchers have now detected the vapour directly for the
    first time", "the founder stepped down for the second time", "the senators were tied for a
    third time"), or None. Told of a pronoun it is a step in someone's own life ("she tried the
    dish for the first time"); told of no one, or in a participle on a noun, it describes ("students
    starting university for the first time"). With a scope after it ("for the first time since
    1993") or a clause ("the first time the council had closed the bridge") the superlative rules
    take it."""
    doc = tok.doc
    noun = tok.head
    if tok.dep_ != "amod" or noun.lower_ != "time" or noun.dep_ != "pobj" or noun.i != tok.i + 1 \
            or not (tok.lower_ in NTH_TIME_WORDS or ORDINAL_RE.fullmatch(tok.lower_)):
        return None
    prep = noun.head
    det = next((c for c in noun.lefts if c.dep_ == "det" and c.i < tok.i), None)
    if prep.lower_ != "for" or prep.dep_ != "prep" or det is None or det.lower_ not in ("the", "a") \
            or (det.lower_ == "a" and tok.lower_ in NTH_TIME_WORDS) or any(
                t.i != det.i and t.dep_ != "advmod" for t in doc[prep.i + 1:tok.i]):
        return None
    if list(noun.rights) or (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("since", "in")):
        return None
    verb = prep.head
    # "stepped down from the CEO position | for the second time": the parser may hang the phrase
    # on the noun before it; the count is of the verb's happening.
    for _ in range(2):
        if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "pobj" or verb.head.dep_ != "prep":
            break
        verb = verb.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "acl" or speculative(verb) or _asked(verb):
        return None  # "students starting university for the first time": who they are, not a deed
    who = subject(verb)
    if who is None or who.pos_ not in ("NOUN", "PROPN"):
        return None
    return prep.i, noun.i + 1


def _nth_time_told(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "the third time" with the clause that says what happened for that
    time, where the phrase is what the sentence says of it ("It will be the third time Sean has
    walked down the aisle", "marking the third time the weapon has been used"), or None. As "the
    first time the unions had struck" does, the count ranks the happening among those like it. Told
    of a pronoun ("the second time I had seen him") it is a step in someone's own life."""
    noun = tok.head
    if tok.dep_ != "amod" or noun.lower_ != "time" or noun.i != tok.i + 1 or not ORDINAL_RE.fullmatch(tok.lower_) \
            or noun.dep_ not in ("attr", "dobj") or _asked(noun.head):
        return None
    det = tok.doc[tok.i - 1] if tok.i > 0 else None
    if det is None or det.lower_ != "the" or det.head.i != noun.i:
        return None
    clause = next((c for c in noun.rights if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or speculative(clause):
        return None
    who = subject(clause)
    if who is None or who.pos_ not in ("NOUN", "PROPN") or who.i == noun.i:
        return None
    # "marking | the third time ...": the verb that takes the count as its object says nothing of
    # its own, and goes with it.
    start = noun.head.i if noun.dep_ == "dobj" and noun.head.i == det.i - 1 else det.i
    return start, predicate_end(clause)


# Words that may stand just before "first" and belong to what is ranked: "their first meeting ever".
EVER_OWNERS = frozenset("his her their my our your its the a".split())


def _first_ever(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "first" with an "ever" that makes it a record, before the noun
    ("the fair's first ever public event") or after it ("their first meeting ever"), or None.
    Even of a step in people's own lives ("her first", which alone ranks nothing) the "ever" says
    that nothing like it happened before, which a record can confirm."""
    doc = tok.doc
    if tok.lower_ != "first" or tok.i + 1 >= len(doc):
        return None
    nxt = doc[tok.i + 1]
    if nxt.lower_ == "-" and tok.i + 2 < len(doc) and not tok.whitespace_ and not nxt.whitespace_:
        nxt = doc[tok.i + 2]  # "first-ever"
    if nxt.lower_ == "ever":
        # "first ever on-site public event": the parser may hang "first" anywhere; the noun is
        # what "ever" hangs on, after it.
        noun = tok.head if nxt.head == tok else nxt.head
        if noun.i <= nxt.i or noun.pos_ not in ("NOUN", "PROPN") or any(
                t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADP" and t.whitespace_) or (t.is_punct and t.text != "-")
                for t in doc[nxt.i + 1:noun.i]):  # "on-site" is a word of the phrase, "on the site" is not
            return None
        end = np_end(noun)
    else:
        # "their first summit ever": the parser hangs "ever" on the noun or on the verb after it;
        # "ever since" or "ever more" starts something else.
        noun = tok.head
        if tok.dep_ != "amod" or noun.i <= tok.i or noun.pos_ != "NOUN" or noun.i + 1 >= len(doc) \
                or doc[noun.i + 1].lower_ != "ever" or doc[noun.i + 1].dep_ != "advmod" \
                or (noun.i + 2 < len(doc) and doc[noun.i + 2].lower_ in ("since", "more", "so", "after")):
            return None
        end = noun.i + 2
    start = tok.i
    if start - 1 >= 0 and doc[start - 1].lower_ in EVER_OWNERS and doc[start - 1].head == noun:
        start -= 1
    return start, end


# A rank or a record written as one hyphenated word before a noun: "top-ranked Nadal", "the
# 14th-ranked Schwartzman", "the NBA-leading Lakers", "a season-high 31 points". "High" and "low"
# rank only against a span of games or a record ("knee-high grass" ranks nothing).
RANK_HEADS = frozenset("ranked seeded leading".split())
RECORD_HEADS = frozenset("high low".split())
RECORD_SPANS = frozenset("season career record game year decade league team".split())
HYPHEN_RANK_HEADS = RANK_HEADS | RECORD_HEADS
# What "record" before a noun may name other than a record set: "a record label", "record sales".
RECORD_KINDS = frozenset("label company store shop deal contract book books player producer industry executive "
                         "collection collector sale sales keeping".split())


# A high or a low told as a noun over the span it is the extreme of: "fell to a three-month low",
# "all-time highs", "the March high", "record intraday highs". Bare, "the high" or "highs and lows"
# name a level and rank nothing.
EXTREME_NOUNS = frozenset("high low".split())
EXTREME_DEPS = frozenset("pobj dobj attr nsubj nsubjpass appos conj".split())


def _spanned_extreme(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "high" or "low" used as a noun with the span or record it ranks over
    ("a four-year high", "its 52-week high", "a fresh all-time high"), or None."""
    doc = tok.doc
    if tok.lemma_.lower() not in EXTREME_NOUNS or tok.pos_ not in ("NOUN", "ADJ") or tok.dep_ not in EXTREME_DEPS:
        return None
    lefts = list(tok.lefts)
    if not lefts or (tok.pos_ == "ADJ" and not any(c.dep_ in ("det", "poss") for c in lefts)):
        return None  # an adjective is a noun here only with its article or owner ("its 52-week high")
    start = min(c.left_edge.i for c in lefts)
    # "hit record intraday highs": the parser may hang "record" on the verb beside the noun.
    if start > 0 and doc[start - 1].lower_ == "record" and doc[start - 1].head.i == tok.head.i:
        start -= 1
    words = doc[start:tok.i]
    spanned = any(t.lower_ == "record" or t.lemma_.lower() in TIME_UNITS or t.ent_type_ == "DATE"
                  or (t.lower_ == "time" and t.i > 0 and doc[t.i - 1].lower_ in ("all", "-")) for t in words)
    if not spanned:
        return None
    verb = tok.head
    if tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.i < start:
        # "hit record highs", "missed matching its 52-week high": reaching the mark (or not) is the
        # comparison, with its verb.
        if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.i == verb.i - 1:
            verb = verb.head
        start = verb.i
    return start, tok.i + 1


def _record_reached(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "a record" as the level a thing came to or stands at, with the verb
    of the change ("jumped to a record", "a deficit at a record 6 per cent"), or None: "set a
    record", "the record for most goals" name the record, not a level reached."""
    doc = tok.doc
    prep = tok.head
    if tok.lower_ != "record" or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in ("to", "at") \
            or any(c.lower_ in ("by", "of", "from", "for", "about", "with") or c.dep_ != "prep" for c in tok.rights) \
            or [c.lower_ for c in tok.lefts] not in (["a"], ["an"]) or doc[tok.i - 1].dep_ != "det":
        return None  # "listened to a record by the Beatles": a disc
    verb = prep.head
    if prep.lower_ == "to":
        # "rose to a record": a change to the level; "signed to a record" is something else.
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGE_VERBS or verb.i != prep.i - 1:
            return None
        return verb.i, tok.i + 1
    # "at a record nearly 6 per cent": the figure that is the record follows.
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or not (is_number_token(nxt) or nxt.lower_ in HEDGE_WORDS):
        return None
    return tok.i - 1, tok.i + 1


# Prepositions that place an amount against another: "$530 million above the request", "just under
# the Fed's 2 percent target".
RELATIVE_PREPS = frozenset("above below under over behind beyond".split())
# Nouns (lemmas) of an amount others are measured against: "the request", "the daily average".
REFERENCE_NOUNS = frozenset("average request target budget level cost rate forecast estimate expectation projection "
                            "norm record peak threshold benchmark".split())
# Nouns (lemmas) of an amount a multiple is taken of: "half the number he employed", "twice the size".
MEASURED_NOUNS = frozenset("number size amount total figure price volume pace speed value sum".split())
# Nouns of a change by an amount: "an increase of $100 million over the request".
CHANGE_NOUNS = frozenset("increase rise gain jump drop decrease decline cut fall".split())
# Adverbs of how far apart the two amounts are: "just behind Exxon's $358 billion", "slightly below average".
GAP_ADVERBS = frozenset("just slightly far well way much still significantly considerably substantially".split())
AMOUNT_LABELS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def _relative(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a preposition that puts an amount above or below another, with what it
    is measured against ("$530 million above the administration's request"), or None."""
    doc = tok.doc
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if tok.dep_ != "prep" or obj is None or obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in TIME_UNITS \
            or (obj.pos_ == "ADJ" and obj.lemma_.lower() not in REFERENCE_NOUNS):
        return None  # "over the weekend", "20 degrees above normal" (a measure; "below average" is tagged so too)
    gap = tok.i > 0 and doc[tok.i - 1].head.i == tok.i and doc[tok.i - 1].lower_ in GAP_ADVERBS
    if obj.lemma_.lower() not in REFERENCE_NOUNS or is_number_token(obj):
        # Against anything else, "over" and "under" place nothing ("under the terms", "a win over
        # Russia"); "above", "below" and "behind" place a number or a change ("$100 million above the
        # House bill"), or an amount with how far apart ("just behind Exxon's $358 billion").
        head = tok.head
        changed = is_number_token(head) or (head.pos_ == "NOUN" and head.lemma_.lower() in CHANGE_NOUNS)
        if tok.lower_ in ("over", "under") or not (
                (changed and not is_number_token(obj)) or (gap and obj.ent_type_ in ("MONEY", "PERCENT"))):
            return None
    # The reference without the figure it comes to ("the request of $17.46 billion"): a quantity of its own.
    end = obj.i + 1
    for child in obj.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and is_number_token(g) for g in child.children):
            break
        end = max(end, np_end(child))
    return (tok.i - 1 if gap else tok.i), end


# Verbs with which "short of" sets a thing below a mark it did not reach: "fell short of the $20
# demanded", "remains short of the government's projections" ("stopped short of calling it a
# ban" says what was not done; "nothing short of remarkable" is a judgement).
SHORT_VERBS = frozenset("fall come remain stay be".split())


def _short_of(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a verb with "short of" and the mark it fell short of, or None."""
    doc = tok.doc
    verb = tok.head
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or tok.dep_ not in ("advmod", "acomp") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in SHORT_VERBS or verb.i > tok.i or speculative(verb):
        return None
    # "fell well short of": how far short is part of it; what lies between the verb and "short"
    # must be that, not an object or a clause.
    if any(doc[i].head.i != tok.i or doc[i].dep_ != "advmod" for i in range(verb.i + 1, tok.i)):
        return None
    return verb.i, np_end(obj)


def _shy_of(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "shy of" and the mark a figure falls just below ("just shy of its 2019
    peak", "slightly shy of 1,000 seats"), or None. A degree word before it or a number in the mark
    says it measures; "shy of the cameras" is no comparison."""
    doc = tok.doc
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    start = tok.i
    while start - 1 >= tok.sent.start and doc[start - 1].dep_ == "advmod" and doc[start - 1].head.i == tok.i:
        start -= 1
    end = np_end(obj)
    if start == tok.i and not any(t.like_num for t in doc[obj.left_edge.i:end]):
        return None
    return start, end


# Words before "likely" that weigh one group's chance against another's: "far more likely to leave a
# job", "less likely to have paid leave", "about equally likely to be chosen".
LIKELIER_WORDS = frozenset("more less equally".split())


def _likelier(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "more likely", "less likely" or "equally likely" with the infinitive it
    weighs ("mothers are far more likely to leave a job"), or None. The group set against is left
    unsaid but implied ("than fathers"); with "than" the comparative rule takes it. Without the
    infinitive ("that is more likely") it is a guess about what will happen, no comparison."""
    degree = next((c for c in tok.lefts if c.dep_ == "advmod" and c.lower_ in LIKELIER_WORDS), None)
    verb = next((c for c in tok.rights if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and infinitive(c)), None)
    if degree is None or verb is None or tok.dep_ not in ("acomp", "conj") or any(
            c.lower_ == "than" for c in (*tok.children, *degree.children)):
        return None
    if tok.head.pos_ in ("VERB", "AUX") and speculative(tok.head):
        return None  # "would be more likely to vote": a guess
    # "far more likely", "about equally likely": how far apart is part of it.
    start = min([degree.left_edge.i] + [c.left_edge.i for c in tok.lefts if c.dep_ == "advmod"])
    return start, predicate_end(verb, max_preps=1)


# Entity labels of a figure or a time: "compared with 24%" compares figures, which the quantity
# rules give; a time alone ("compared to a year ago") is taken by ``against_time``.
FIGURE_LABELS = ("DATE", "TIME", *AMOUNT_LABELS)


def _set_against(tok: Token) -> int | None:
    """End of "unlike", "much like" or "compared to"/"compared with" and something named it is set
    against ("unlike many other universities", "much like the older model", "compared to the
    torrent he released"), or None."""
    doc = tok.doc
    if tok.lower_ == "like":
        # "much like the older model": a likeness to something named. Bare "like" mostly gives
        # examples ("cities like Boston") or a manner ("like all living beings"), and in a
        # sentence with no verb of its own ("the more traffic, the higher the toll, much like
        # ...") the likeness illustrates a rule of thumb.
        much = doc[tok.i - 1] if tok.i > 0 else None
        if much is None or much.lower_ != "much" or much.head.i != tok.i or tok.dep_ != "prep" \
                or tok.sent.root.pos_ not in ("VERB", "AUX"):
            return None
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in FIGURE_LABELS:
            return None
        return np_end(obj)
    if tok.lower_ == "unlike":
        prep: Token | None = tok if tok.dep_ == "prep" else None
    else:
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("to", "with")), None) \
            if tok.dep_ in ("prep", "advcl", "acl", "conj") else None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or not (obj.pos_ in ("NOUN", "PROPN") or obj.lower_ in ("those", "that")):
        return None  # "unlike us", "unlike some": nothing named ("those in other states" stands for a noun)
    end = np_end(obj)
    if any(doc[i].like_num or doc[i].ent_type_ in FIGURE_LABELS or doc[i].lower_ in TIME_UNITS
           for i in range(obj.left_edge.i, end)):
        return None
    return end


# Words of a change told against an earlier time: "down from a year ago", "up from last month".
CHANGE_ADVERBS = frozenset("up down".split())


def against_time(prep: Token) -> bool:
    """A "compared to"/"compared with", or a "from" after "up" or "down", whose object is a time
    alone ("compared to the same period a year ago", "down from a year ago"): the change is
    measured against then, a comparison that holds the time ("compared with 2019" names a year,
    a date of its own; "compared to 24%" compares figures, which the quantity rules give)."""
    head = prep.head
    if prep.dep_ != "prep" or not (
            (prep.lower_ in ("to", "with") and head.lower_ == "compared")
            or (prep.lower_ == "from" and head.lower_ in CHANGE_ADVERBS and head.dep_ == "advmod")):
        return False
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return False
    words = list(obj.subtree)
    return all(t.ent_type_ in ("DATE", "TIME") and not t.like_num for t in words) and words[0].i == prep.i + 1


# Words of how much or how many after "as" ("twice as many people"): what follows is the noun compared.
AMOUNT_WORDS = frozenset("many much few little".split())


def _times_reference(first: Token) -> int | None:
    """End of the amount a multiple is taken of, right after "times": "the" and its noun ("four
    times the increase in enrolment") or a "what" clause ("six times what a car tire holds"), or
    None. A thing's own measure ("four times its rated load") reads as an amount of it, and a
    time ("three times the next year") counts occasions."""
    if first.lower_ == "the" and first.dep_ == "det":
        noun = first.head
        if noun.i <= first.i or noun.pos_ != "NOUN" or noun.lemma_.lower() in TIME_UNITS \
                or noun.ent_type_ in ("DATE", "TIME"):
            return None
        return np_end(noun)
    if first.lower_ == "what" and first.dep_ in ("dobj", "nsubj", "nsubjpass") and first.head.pos_ in ("VERB", "AUX") \
            and first.head.i > first.i:
        return predicate_end(first.head)
    return None


def _multiple(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a multiple of a comparison that ``tok`` ("times", "twice", "half")
    carries, with its number and hedge: "about three times as contagious as influenza", "more than
    twice as many people", "five times more likely", "a thousand times longer", or None. With
    "than" after it the comparative is claimed on its own ("two times faster than those")."""
    doc = tok.doc
    i = tok.i + 1
    if i + 1 >= len(doc):
        return None
    start = tok.i
    if tok.lower_ == "times":
        # "three times", "a thousand times", "10 times": the number before it.
        while start > 0 and (is_number_token(doc[start - 1]) or (
                doc[start - 1].lower_ in ("a", "an") and start < tok.i and doc[start].like_num)):
            start -= 1
        if start == tok.i:
            return None  # "at times", "hard times"
    if doc[i].lower_ == "as" and doc[i + 1].pos_ in ("ADJ", "ADV") and doc[i + 1].lower_ != "well":
        head = doc[i + 1]
        end = head.i + 1
        if head.lower_ in AMOUNT_WORDS:
            noun = head.head
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i < head.i:
                return None  # "as much as $5", "as many as 100": a bound on a number
            end = noun.i + 1
        second = doc[end] if end < len(doc) else None
        if second is not None and second.lower_ == "as":
            # What it is measured against: "as influenza", "as they had initially reported".
            obj = next((c for c in second.children if c.dep_ == "pobj"), None)
            if obj is not None and not is_number_token(obj):
                end = np_end(obj)
            elif second.dep_ == "mark" and second.head.i > second.i and second.head.pos_ in ("VERB", "AUX"):
                end = predicate_end(second.head)
    elif (doc[i].lower_ in ("more", "less") and doc[i + 1].pos_ in ("ADJ", "ADV")) or doc[i].tag_ in ("JJR", "RBR"):
        end = i + (2 if doc[i].lower_ in ("more", "less") else 1)
        if end < len(doc) and doc[end].lower_ == "than":
            return None
    elif tok.lower_ == "times" and start < tok.i and (reference := _times_reference(doc[i])) is not None:
        end = reference
    else:
        return None
    while start > 0:
        prev = doc[start - 1].lower_
        if start - 2 >= 0 and (doc[start - 2].lower_, prev) in HEDGE_PAIRS:
            start -= 2
        elif prev in HEDGE_WORDS:
            start -= 1
        else:
            break
    return start, end


# Verbs that end a contest in a place among its entrants: "to finish second", "came in third",
# "placed fifth". A "come" needs its "in" ("safety comes first" ranks a priority, no result).
PLACE_VERBS = frozenset("finish place come".split())
PLACE_RE = re.compile(rf"(?:first|last|{ORDINAL_RE.pattern})(?:-(?:{ORDINAL_RE.pattern}))?")
PLACE_NOUNS = frozenset("place position spot".split())


def _finished_place(tok: Token) -> int | None:
    """End of the place a contest ended in that ``tok`` ("finish", "place", "come") names: "to
    finish second", "again finishing joint-third", "came in second", "to finish in 3rd-4th place";
    or None: "finished the job", "came in the first half" (a time, not a place)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PLACE_VERBS:
        return None
    for c in tok.rights:
        if c.dep_ in ("advmod", "dobj", "attr", "oprd", "acomp", "npadvmod") and tok.lemma_.lower() != "come" \
                and PLACE_RE.fullmatch(c.lower_) and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children):
            return _rank_scope_end(c) or c.i + 1  # "finished the third of four laps" counts the laps
        if c.dep_ == "prep" and c.lower_ == "in":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (PLACE_RE.fullmatch(obj.lower_) or (obj.lower_ in PLACE_NOUNS and any(
                    m.dep_ in ("amod", "nummod") and PLACE_RE.fullmatch(m.lower_) for m in obj.lefts))):
                return obj.i + 1
    return None


# What a ranking with no noun says it is counted against: "second highest after Haryana",
# "7th most in baseball".
RANK_SCOPE_PREPS = frozenset("after behind in among of since on".split())


def _ordinal_superlative(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of an ordinal before a superlative that ranks no noun ("second highest
    after Chhattisgarh", "good for 7th most in baseball"), with the phrase it is ranked in, or
    None: "the second most popular website" ranks its noun (the superlative rule), and one word
    after another is no claim without its scope."""
    doc, sent = tok.doc, tok.sent
    if not ORDINAL_RE.fullmatch(tok.lower_) or not tok.whitespace_ or tok.i + 2 >= sent.end:
        return None
    sup = doc[tok.i + 1]
    if sup.lower_ in ("most", "least"):
        end = tok.i + 3 if doc[tok.i + 2].pos_ in ("ADJ", "ADV") else tok.i + 2
    elif sup.tag_ in ("JJS", "RBS"):
        end = tok.i + 2
    else:
        return None
    if end >= sent.end or doc[end].pos_ != "ADP" or doc[end].lower_ not in RANK_SCOPE_PREPS:
        return None
    scope = doc[end]
    last = max(t.i for t in scope.subtree if t.i >= end)
    if last == end or any(t.is_punct for t in doc[end:last + 1]):
        return None
    return tok.i, last + 1


# What follows "in" after a standing ordinal but orders a sequence or names a post, no ranking:
# "the third in a row", "the second in a series of talks", "second in command", "fifth in line".
SEQUENCE_SCOPES = frozenset("row series command line".split())


def _rank_scope_end(tok: Token) -> int | None:
    """End of what a standing ordinal is ranked in, from the "in" right after it, with a second
    "in" naming the statistic ("third in the conference in scoring", "sixth in yards per play",
    "fifth in league history"), or None: an ordinal before a noun ranks that noun, "pleaded the
    Fifth" names an amendment, and "a second in the lift" is a moment."""
    doc, sent = tok.doc, tok.sent
    if tok.text == "second" and any(c.dep_ == "det" and c.lower_ != "the" for c in tok.lefts):
        return None
    if not ORDINAL_RE.fullmatch(tok.text) or tok.dep_ in ("amod", "compound", "dobj", "nsubj") \
            or tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ != "in":
        return None
    end = tok.i + 1
    while end < sent.end and doc[end].lower_ == "in":
        obj = next((c for c in doc[end].children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.i < end or obj.lemma_.lower() in SEQUENCE_SCOPES or has_time(doc[end]):
            break
        # "third in scoring and sixth in yards": a rank coordinated after it is a claim of its own.
        cut = min([c.i for c in obj.rights if c.dep_ in ("cc", "conj")], default=len(doc))
        end = min(np_end(obj), cut) if obj.dep_ == "pobj" else obj.i + 1
    return end if end > tok.i + 1 else None


def _ranked_in(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a standing ordinal with what it is ranked in ("is fifth in league
    history", "just the second in the club's history"), with "just the" before it."""
    end = _rank_scope_end(tok)
    if end is None:
        return None
    start = tok.i
    for c in reversed(list(tok.lefts)):
        if c.i != start - 1 or c.dep_ not in ("det", "advmod"):
            break
        start = c.i
    return start, end


def _against_expectations(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a result measured against what was expected of it ("GDP growth
    trailed forecasts", "the May report significantly beat expectations"), with the subject when
    it is a phrase of its own: the predicate alone does not say what did better or worse. None for
    any other object ("beat the Lakers")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EXPECTATION_VERBS or speculative(tok):
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj" and c.lemma_.lower() in EXPECTATION_NOUNS), None)
    if obj is None:
        return None
    start = predicate_start(tok)
    subj = next((c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.right_edge.i == start - 1:
        start = subj.left_edge.i
    return start, obj.i + 1


def leads(tok: Token) -> int | None:
    """End of "lead" as a ranking, first in a field ("leads the pack", "leading the world in building
    the clean economy", "Houston leads Texas in new home sales"), or None: "led the project", "led
    them to believe", "led to arrests" direct or cause."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "lead" or any(
            c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.rights):
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    # In what it comes first: "in home sales", not a place or a time ("led the inquiry in Ohio").
    field = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i > obj.i and any(
        g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
        and g.lower_ not in TIME_UNITS for g in c.children)), None)
    if field is not None:
        return field.right_edge.i + 1
    # "is leading the NBA with 11.1 assists a game": the figure it leads with says in what.
    tally = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (is_number_token(g) or any(n.dep_ == "nummod" for n in g.children)) for g in c.children)
        for c in tok.rights)
    return np_end(obj) if tally or (obj.lemma_.lower() in RANKED_FIELDS and obj.pos_ == "NOUN") else None


# Verbs that hold or reach a place in a table: "is in fourth place", "remained at the top", "came fifth".
PLACE_VERBS = frozenset("be remain stay sit run finish come end rank place keep".split())
# Adverbs of a place told without a noun: "came fifth", "finished last".
PLACE_ADVERB_DEPS = frozenset("advmod npadvmod acomp oprd attr".split())


def _named_side(tok: Token) -> bool:
    """``tok`` names a side one can be placed against: a name or a rival ("Buttigieg", "major
    competitors"), not a time or a thing ("ahead of the vote", "behind the attack")."""
    return (tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "EVENT")) \
        or tok.lemma_.lower() in RIVAL_NOUNS


def _placed_in_table(prep: Token) -> bool:
    """"in fourth place", "in the lead", "at the top", "on the top of the list": a place in a table."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "on"):
        return False
    for noun in prep.children:
        if noun.dep_ != "pobj" or noun.lemma_.lower() not in STANDING_PLACES:
            continue
        ranked = any(c.dep_ == "amod" and (c.lower_ in ("first", "last") or ORDINAL_RE.fullmatch(c.lower_))
                     for c in noun.lefts)
        if noun.lemma_.lower() == "place":
            return ranked
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts) and (of is None or any(
                g.dep_ == "pobj" and g.lemma_.lower() in RANKED_FIELDS | {"list", "table", "chart", "ranking", "poll"}
                for g in of.children)):
            return True
    return False


def standing(verb: Token) -> bool:
    """The clause of ``verb`` places its subject against others in a race, a poll, a table or a
    market: "leads among Hispanic members", "is essentially tied in national polls with X", "is
    running neck-and-neck with Y", "not that far behind X", "is ahead of Y", "is in fourth place",
    "came fifth", "trails X by N points", "is outspending its rival", "caught up in polls with X".
    A comparison (ANNOTATION.md §2), not a state or a happening. "Led the project", "was tied to
    a post", "is behind the attack" and "ahead of the vote" direct, bind, cause or date."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBG" and lemma.endswith("ende") and lemma[:-1] in STANDING_VERBS:
        lemma = lemma[:-1]  # the lemmatizer's "outspende" of "outspending"
    if verb.lower_ in ("'s", "’s", "'re", "’re") and verb.pos_ in ("VERB", "AUX"):
        lemma = "be"  # "he’s not that far behind"
    rights = list(verb.rights)
    if lemma in STANDING_VERBS and not passive(verb) and any(c.dep_ in ("dobj", "prep", "npadvmod") for c in rights):
        return True
    if lemma == "lead" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "to")
                                   for c in rights):
        # "leads among Hispanic members", "lead in national polls", "leads by four points".
        return any(c.dep_ == "prep" and c.lower_ in ("among", "in", "by") for c in rights)
    if lemma == "lead":
        return leads(verb) is not None
    if lemma == "tie" and verb.tag_ == "VBN" and not any(c.lower_ in ("to", "into", "up", "down", "by") for c in rights) \
            and any(c.dep_ == "prep" and c.lower_ in ("with", "for") for c in rights):
        return True  # "is tied with Buttigieg", "were tied for first"
    if lemma == "catch" and any(c.dep_ == "prt" and c.lower_ == "up" for c in rights) \
            and any(c.dep_ == "prep" and c.lower_ in ("with", "to") and any(_named_side(g) for g in c.children)
                    for c in rights):
        return True  # "nearly caught up in polls with Biden"
    if lemma == "edge" and any(c.dep_ == "prt" and c.lower_ in ("out", "past") for c in rights):
        return True  # "edged out its rival"
    if any(c.lower_ == "neck-and-neck" or (c.lower_ == "neck" and c.dep_ in ("npadvmod", "advmod", "acomp")
                                           and any(g.lower_ == "and" for g in c.subtree)) for c in rights):
        return True  # "is running neck-and-neck with X"
    if lemma not in PLACE_VERBS:
        return False
    for c in rights:
        if c.lower_ == "ahead" and c.dep_ == "advmod" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and _named_side(g) for g in p.children)
                for p in c.children):
            return True  # "is ahead of Buttigieg", "keeps it ahead of major competitors"
        if c.lower_ == "behind" and (any(g.dep_ == "advmod" for g in c.children) or any(
                g.dep_ == "pobj" and _named_side(g) for g in c.children)):
            return True  # "not that far behind Sanders", "behind the Czech Republic"
        if _placed_in_table(c):
            return True
        if lemma in ("come", "finish", "end", "rank", "place") and c.dep_ in PLACE_ADVERB_DEPS \
                and (c.lower_ in ("first", "last") or ORDINAL_RE.fullmatch(c.lower_)):
            return True  # "came fifth", "finished last"
    return False


def _hyphen_rank(tok: Token) -> int | None:
    """The first token of a hyphenated rank that ``tok`` ends ("top-ranked"), or None."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in ("-", "‑") or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    first = doc[tok.i - 2]
    lower = tok.lower_
    if lower in RECORD_HEADS:
        ok = first.lower_ in RECORD_SPANS
    elif lower == "leading":
        ok = first.pos_ == "PROPN" or first.lower_ in RECORD_SPANS
    else:
        ok = lower in RANK_HEADS and (first.lower_ == "top" or bool(ORDINAL_RE.fullmatch(first.lower_)))
    noun = next((t for t in doc[tok.i + 1:min(len(doc), tok.i + 4)] if t.pos_ in ("NOUN", "PROPN")), None)
    if not ok or noun is None or not (first.head == noun or tok.head == noun or tok.head.head == noun or first.head.head == noun):
        return None
    return first.i


# A rank told with its number: "No. 1 Alabama", "the number one buyer of the A380", "shot to No. 8".
# A bare "No 10" or "Number 10" mostly names Downing Street, and "the number 3" a digit, so only
# "No." with its full stop or "number" with a number word labels a rank (or either after "world").
RANK_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
# Verbs and nouns of a move in a ranked list: "rose to No. 3", "made its debut at No. 26".
RANK_MOVES = CHANGE_VERBS | frozenset("shoot debut peak".split())
_STREET_RE = re.compile(r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Lane|Place|Way|Square)\.?")


def _rank_label(tok: Token) -> int | None:
    """The first token of the label of a rank that ``tok``, a number, ends ("No. 4", "number one",
    "world No 38"), or None: "page 4", "the number 3 in yellow", "No 10 confirmed"."""
    doc = tok.doc
    if tok.i < 1 or not (tok.like_num or tok.lower_ in RANK_NUMBER_WORDS):
        return None
    prev = doc[tok.i - 1]
    if prev.text == "No." or split_no_stop(prev):
        start = prev.i if prev.text == "No." else prev.i - 1
    elif prev.lower_ == "number" and tok.lower_ in RANK_NUMBER_WORDS and not any(True for _ in prev.lefts):
        start = prev.i  # "her home number nine times": a phone's number, with its own modifiers
    elif prev.lower_ in ("no", "number") and prev.i >= 1 and doc[prev.i - 1].lower_ == "world":
        start = prev.i
    else:
        return None
    return start - 1 if start >= 1 and doc[start - 1].lower_ == "world" else start


def _numbered_rank(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a rank with its number (``tok``) and what it ranks: the label alone
    before a name ("No. 4 Ohio State" → "No. 4"), the noun's phrase before a common noun ("the
    number one buyer of the A380"), the move with the list after "to" or "at" ("shot to No. 8",
    "debut at No. 26 on the best-seller list"); or None: an address ("No. 10 Downing Street"), a
    label of no rank ("came in at No. 6" bats in a place of the order, ranks nothing)."""
    doc, sent = tok.doc, tok.sent
    start = _rank_label(tok)
    if start is None or start < sent.start:
        return None
    after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.is_alpha:
        noun = after
        while noun.i + 1 < sent.end and noun.head == doc[noun.i + 1] and doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
            noun = doc[noun.i + 1]
        if _STREET_RE.fullmatch(noun.text):
            return None  # "No. 10 Downing Street": an address
        if noun.pos_ == "PROPN":
            return start, tok.i + 1
        det = doc[start - 1] if start > sent.start and doc[start - 1].dep_ in ("det", "poss") else None
        return (det.i if det is not None else start), max(np_end(noun), noun.i + 1)
    # The label is the object of "to" or "at": the move to the rank and the list it holds in.
    prep = doc[start - 1] if start > sent.start else None
    if prep is None or prep.lower_ not in ("to", "at") or prep.dep_ != "prep":
        return None
    verb = prep.head
    moved = next((c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() == "debut" and c.i < prep.i), None)
    if moved is None and not (verb.pos_ == "VERB" and verb.lemma_.lower() in RANK_MOVES):
        return None
    end = tok.i + 1
    listed = doc[end] if end < sent.end else None
    if listed is not None and listed.lower_ == "on" and (listed.head == verb or start <= listed.head.i <= tok.i):
        end = listed.right_edge.i + 1
    return (moved.i if moved is not None else predicate_start(verb)), end


# Adjectives that rank a thing ahead of others of its kind without a superlative's form: "the leading
# U.S. cable system", "one of England's leading players", "among the leading causes of injury".
RANK_ADJECTIVES = frozenset(["leading"])
# Adjectives that rank only among a group counted out of it: "one of the top concerns of the
# unions", "one of the country's main sources of revenue", "one of the key rights groups in the
# region". Alone they mostly weigh ("the key question", "the main street", "top officials").
PARTITIVE_RANK_ADJECTIVES = frozenset("top main key chief principal foremost".split())
PARTITIVE_HEADS = frozenset("one some two three few many".split())


def _ranked_among(tok: Token) -> bool:
    """A rank adjective on the noun of "one of the ..." with its article or owner and no number
    between ("one of the two main forms" counts the forms, a quantity)."""
    noun = tok.head
    if tok.lower_ not in PARTITIVE_RANK_ADJECTIVES or tok.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lower_ not in PARTITIVE_HEADS \
            or noun.head.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # "One of his chief complaints is the fee": the subject frames what the sentence says
    dets = [c for c in noun.lefts if c.dep_ in ("det", "poss") and c.i < tok.i]
    return bool(dets) and not any(t.like_num for t in tok.doc[dets[0].i + 1:tok.i])


# Nouns (lemmas) of the parts of a sequence: "first" or "last" before one says where in an order a
# part comes ("the first step was relocating the goats", "the first floor"), which ranks nothing.
SEQUENCE_PARTS = frozenset("step stage phase floor leg chapter page paragraph episode moment chart subject "
                           "priority item".split())


# Possessives of people: "first" or "last" after one orders their own doings.
PERSONAL_POSSESSIVES = frozenset("his her their my our your".split())
# Prepositions that make a person's first or last one a span of time: "during his first term".
SPAN_PREPS = frozenset("during since after before until throughout".split())


# Nouns (lemmas) of a spouse, or the title named after one: "first" before one orders marriages
# ("his first wife") or is part of the title ("the first lady"), a role rather than a ranking.
SPOUSE_NOUNS = frozenset("wife husband spouse lady".split())


# Superlatives of judgement: "the best choice" is an opinion, but "the best balance sheet in the industry",
# "one of the best prospects" and "the worst ever" rank a thing among others a record could settle.
JUDGED_SUPERLATIVES = frozenset("best worst".split())
# Partitives that make a superlative one among a group: "one of the best", "among the worst".
PARTITIVE_HEADS = frozenset("one some two three few many".split())


def _scoped(tok: Token) -> bool:
    """A superlative ranked within a stated group: a partitive ("one of the best pitchers"), a
    scope after its noun ("the best balance sheet in the industry"), "ever" ("the worst ever") or
    "single" ("the single best predictor")."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ == "single":
        return True
    noun = _noun_of(tok)
    if any(c.lower_ == "ever" for c in tok.rights) or any(
            c.lower_ == "ever" or (c.dep_ == "prep" and c.lower_ in SCOPE_PREPS and c.lower_ != "of")
            for c in (noun or tok).rights):
        return True
    if noun is None or noun.dep_ != "pobj":
        return False
    of = noun.head
    return of.lower_ == "among" or (of.lower_ == "of" and of.head.lower_ in PARTITIVE_HEADS)


def _most_of(tok: Token) -> bool:
    """"has logged the most visits of any candidate", "the least money of the three": "the most" or
    "the least" told of a noun ranks an amount above (or below) all others ("most voters" is a
    share, "for the most part" no amount)."""
    noun = tok.head
    return tok.lower_ in ("most", "least") and tok.dep_ == "amod" and noun.pos_ == "NOUN" and noun.i > tok.i \
        and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and noun.lower_ != "part" \
        and all(t.dep_ == "compound" for t in tok.doc[tok.i + 1:noun.i])  # not "the most energy-saving models"


# Prepositions of the span a superlative with no noun ranks within: "the highest since Nov. 14",
# "the most in the United States", "their highest in nearly two years".
BARE_SCOPE_PREPS = frozenset("since in".split())


# Words of a small group a thing is counted in: "one of the few women in the cabinet", "one of
# several wives of prime ministers to have worn ...", "one of a handful of companies developing ...".
FEW_WORDS = frozenset("few several".split())


def _one_of_few(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "one of the few N", "one of several N", "one of a handful of N" with
    what singles the group out (its phrase and clause), or None: it ranks the thing among few (four
    of four gold comparisons in tune, on four articles). As the subject it frames what the sentence
    says ("One of several aides said ...")."""
    if tok.lower_ != "one" or tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ("just", "only", "merely", "simply") for c in tok.lefts):
        return None  # "was just one of several people extorted": it singles nothing out, it plays it down
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None:
        return None
    if noun.lower_ == "handful":
        inner = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
    elif not any(c.lower_ in FEW_WORDS and c.dep_ in ("amod", "nummod", "det") for c in noun.lefts):
        return None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # The parser may hang the clause that says what the group did on "one" ("one of several wives |
    # to have worn ...").
    end = max([noun.right_edge.i + 1] + [c.right_edge.i + 1 for c in tok.rights if c.dep_ in ("relcl", "acl")])
    if end - tok.i > 18:
        end = np_end(noun)
    return tok.i, end


def _bare_ranked(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a superlative standing for its noun with its article or owner and the
    span it ranks within ("rose 1.2 percent, the most since October", "drove stocks to their highest
    in nearly two years"), or None. One word alone ("highest") says nothing; the scope is the claim."""
    doc = tok.doc
    if tok.tag_ not in ("JJS", "RBS") or tok.lower_ in ("best", "worst", "latest") or not 0 < tok.i < len(doc) - 1:
        return None
    det, prep = doc[tok.i - 1], doc[tok.i + 1]
    # The parser may hang "the most" on the preposition after it ("the most | since June 23").
    if tok.dep_ == "amod" or (tok.dep_ == "advmod" and tok.head.i != prep.i) \
            or not (det.lower_ == "the" or det.tag_ == "PRP$"):
        return None
    # The scope hangs on the superlative or, after a preposition, on the verb ("to their highest | in
    # two years"); there it must be a time.
    if prep.lower_ not in BARE_SCOPE_PREPS or prep.dep_ != "prep" or not any(c.dep_ == "pobj" for c in prep.children) \
            or (prep.head.i != tok.i and not has_time(prep)):
        return None
    return det.i, prep.right_edge.i + 1


# Adjectives that liken a thing to another or set it apart from it, with what they compare it
# to after "to", "from", "than" or "with" ("similar to those available through the app", "quite
# different from the old menu", "more akin to the British system", "roughly equal to the output of
# three plants"). "Equal" only here, where a figure after it is left to the quantity rules.
LIKENED_ADJECTIVES = LIKENESS_ADJECTIVES | frozenset(["equal"])
LIKENESS_PREPS = frozenset("to from than with".split())


def _likened(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of a likeness adjective with the phrase it compares to, or None. After
    a copula the copula opens it, as the clause rules give it ("was similar to a warning"); on a
    noun or set before a clause the adjective does, with the adverbs that say how near ("quite
    different from", "roughly equal to"). A figure after "equal to" is an amount the quantity
    rules keep ("equal to 13 million square kilometers")."""
    doc = tok.doc
    if tok.lemma_.lower() not in LIKENED_ADJECTIVES or tok.pos_ != "ADJ":
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in LIKENESS_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if prep is None or obj is None or figure_phrase(obj) or any(t.is_punct for t in doc[tok.i:prep.i]):
        return None
    holder = tok.head
    # The verb of the clause it is in: "may create a state akin to X", "if similar to the one on
    # Earth", "feared a disaster akin to X" guess at the likeness or fear it.
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and (speculative(verb) or _asked(verb) or verb.lemma_.lower() in GUESS_VERBS):
        return None
    end = np_end(obj) if obj.dep_ == "pobj" else predicate_end(obj, max_preps=1)
    if tok.dep_ in ("acomp", "attr") and holder.pos_ == "AUX" and holder.i < tok.i:
        start = predicate_start(holder)
    else:
        start = tok.i
        while start > 0 and doc[start - 1].dep_ in ("advmod", "neg") and doc[start - 1].head.i in (tok.i, start) \
                and doc[start - 1].pos_ in ("ADV", "PART"):
            start -= 1
    if end - start > 16:
        end = obj.i + 1
    return start, end


# Nouns "the same ... as" is told of as a manner, a place or a time, not an amount or a measure a
# record could settle: "along the same lines as Siri", "arrives at the same place as other users",
# "will go the same way as manufacturing", "the same day as his death" (a date the date rules keep).
SAME_MANNER_NOUNS = frozenset("way line place position fate time".split()) | TIME_UNITS


def _same_as(tok: Token) -> tuple[int, int] | None:
    """Tokens (start, end) of "the same" with what it is matched against after "as" ("the same size
    as the existing 9.7-inch iPad Pro", "the same distance as the tank rounds", "about the same as the
    prior quarter"), or None: an equality with a stated standard, which a record can check. "At the
    same time as" or "the same day as" is a time; "as" opening a clause ("the same system as
    comedies do") compares no named thing."""
    doc = tok.doc
    if tok.lower_ != "same" or tok.i == 0:
        return None
    noun = tok.head if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i else None
    if noun is not None and (noun.lower_ in SAME_MANNER_NOUNS or noun.lemma_.lower() in SAME_MANNER_NOUNS):
        return None
    holder = noun if noun is not None else tok
    prep = next((c for c in holder.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i == holder.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None and prep is None and noun is not None and noun.lemma_.lower() in MEASURED_NOUNS \
            and noun.i == tok.i + 1 and not any(c.lower_ == "as" for c in noun.subtree):
        # "it has the same amount of dry land", "3.7 GW of cell capacity and the same volume of
        # module operations": an amount said to equal one the sentence or the text before it
        # names, with what is measured. A noun with words of its own before it ("the same user ID
        # number") names a thing, not an amount.
        obj = noun
    if obj is None:
        return None
    det = doc[tok.i - 1]
    while det.i > 0 and det.lower_ in ("very", "exact"):
        det = doc[det.i - 1]
    if det.lower_ != "the":
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and (speculative(verb) or _asked(verb)):
        return None
    start = det.i
    # "about the same as", "roughly the same size as": how near the two are is part of it.
    if start > 0 and doc[start - 1].dep_ == "advmod" and doc[start - 1].head.i in (tok.i, holder.i) \
            and doc[start - 1].pos_ in ("ADV", "ADP"):
        start -= 1
    end = np_end(obj)
    if end - start > 14:
        end = obj.i + 1
    return start, end


# A multiple in one word on a verb of change: "has increased sixfold", "had grown tenfold". A
# figure with a hyphen ("300,000-fold", "almost two-fold") is a quantity of its own.
FOLD_RE = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|several|many)fold")
FOLD_VERBS = CHANGE_VERBS | frozenset("grow expand multiply shrink".split())
# "Fared better in the east", "did fare worse": how one side did, set against another.
FARED_ADVERBS = frozenset("better worse".split())


def compared_change(verb: Token) -> int | None:
    """End of a happening the clause rules would claim that compares instead: a verb of change with
    the one-word multiple it changed by ("the number ... has increased sixfold", "populations had
    increased tenfold"), or "fare" with "better" or "worse" and the field it is said of ("fared
    better in the east", "did fare better in the early game"); None for any other verb."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lemma in FOLD_VERBS:
        fold = next((c for c in verb.rights if c.dep_ in ("advmod", "acomp", "npadvmod") and FOLD_RE.fullmatch(c.lower_)), None)
        return None if fold is None else fold.i + 1
    if lemma == "fare":
        adverb = next((c for c in verb.rights if c.dep_ == "advmod" and c.lower_ in FARED_ADVERBS), None)
        if adverb is None:
            return None
        field = next((c for c in verb.rights if c.i == adverb.i + 1 and c.dep_ == "prep" and c.lower_ == "in"), None)
        return adverb.i + 1 if field is None else field.right_edge.i + 1
    return None


def _verb_of(tok: Token) -> Token | None:
    """The verb a word is an argument or a modifier of, at most three steps up ("attended [more]
    rallies", "is [more] directly entangled"), or None."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("amod", "advmod", "dobj", "acomp", "conj", "npadvmod") or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


# Words right after "than" that make "more than" say "not merely": "much more than just a blow".
MERELY_WORDS = frozenset("just merely simply only".split())


def idiomatic_than(than: Token) -> bool:
    """A "than" that compares nothing checkable: a preference ("sooner rather than later", "a draw
    rather than a win"), or "more than" before an adjective or "just" that says "very" or "not merely"
    ("more than fair", "more than just a blow")."""
    doc = than.doc
    if than.i > 0 and doc[than.i - 1].lower_ == "rather":
        return True
    nxt = doc[than.i + 1] if than.i + 1 < len(doc) else None
    return nxt is not None and than.i > 0 and doc[than.i - 1].lower_ == "more" and (
        nxt.lower_ in MERELY_WORDS or (nxt.pos_ == "ADJ" and nxt.lower_ not in MULTIPLIERS))  # not "more than double"


def _asked(tok: Token) -> bool:
    """A word in a clause that asks rather than states ("whether it was any better than X", "if the
    plan works better than the last one")."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause_of(tok).children)


def find(s: Sentence) -> list[Candidate]:
    doc, sent = s.doc, s.span
    out: list[Candidate] = []

    def add(start: int, end: int, rule: str = "comparison.superlative") -> None:
        end = stop_at(doc, start, end)
        a, b = phrase_chars(doc, start, end)
        if b - a < 4 or any(overlaps(c.focus_start, c.focus_end, a, b) for c in out):
            return
        if any(doc[i].lower_ in OPINION_WORDS and not doc[i].ent_type_ for i in range(start, end)):
            return  # "the most important thing" (a "Great Depression" is a name, not a judgement)
        kind = rule.split(".")[0]
        out.append(Candidate(sent, a, b, kind, rule, None, key=content_key(kind, doc, start, end)))

    for tok in s.tokens:
        lower = tok.lower_
        lower_lemma = tok.lemma_.lower()
        prev = doc[tok.i - 1].lower_ if tok.i > sent.start else ""
        ranked = _hyphen_rank(tok) if lower in HYPHEN_RANK_HEADS and tok.i - 2 >= sent.start else None
        if ranked is not None:
            add(ranked, tok.i + 1)
            continue
        # An ordinal that ranks no noun, with what it is ranked in: "7th most in baseball",
        # "fifth in league history".
        standing = (_ordinal_superlative(tok) or _ranked_in(tok)) if ORDINAL_RE.fullmatch(tok.text) else None
        if standing is not None:
            add(*standing)
            continue
        extreme = _spanned_extreme(tok) if lower_lemma in EXTREME_NOUNS else _record_reached(tok) if lower == "record" else None
        if extreme is not None:
            add(*extreme)
            continue
        if _streak(tok):
            # "the fourth consecutive month", "the Lakers' fifth straight victory": a run that ranks
            # this one among those before it.
            run = tok.head
            start = min([tok.i] + [c.i for c in run.lefts if c.dep_ in ("det", "poss") and c.i < tok.i])
            add(doc[start].left_edge.i if doc[start].dep_ == "poss" else start, np_end(run))
            continue
        since_scoped = _since_scoped(tok) if lower == "first" or tok.ent_type_ == "ORDINAL" else None
        if since_scoped is not None:
            add(*since_scoped)
            continue
        first_ever = _first_ever(tok) if lower == "first" else None
        if first_ever is not None:
            add(*first_ever)
            continue
        nth_time = _for_nth_time(tok) or _nth_time_told(tok) \
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "time" else None
        if nth_time is not None:
            add(*nth_time)
            continue
        counted = (_counted_within(tok) or _nth_to_do(tok)) if tok.ent_type_ == "ORDINAL" else None
        if counted is not None:
            add(*counted)
            continue
        if lower in RELATIVE_PREPS:
            relative = _relative(tok)
            if relative is not None and not (tok.head.pos_ in ("VERB", "AUX") and speculative(tok.head)):
                add(*relative, "comparison.comparative")
            continue
        if lower in ("times", "twice", "thrice", "half"):
            multiple = _multiple(tok)
            if multiple is not None and not (tok.head.pos_ in ("VERB", "AUX") and speculative(tok.head)):
                add(*multiple, "comparison.comparative")
                continue
        if lower == "likely":
            likelier = _likelier(tok)
            if likelier is not None:
                add(*likelier, "comparison.comparative")
            continue
        if lower == "shy":
            shy = _shy_of(tok)
            if shy is not None:
                add(*shy, "comparison.comparative")
            continue
        if lower == "short":
            short = _short_of(tok)
            if short is not None:
                add(*short, "comparison.comparative")
            continue
        if lower in ("compared", *CHANGE_ADVERBS):
            # "down 4.6 per cent compared to a year ago", "down from a year ago": a change measured
            # against an earlier time.
            prep = next((c for c in tok.rights if c.i == tok.i + 1 and against_time(c)), None)
            if prep is not None:
                add(tok.i, prep.right_edge.i + 1, "comparison.comparative")
                continue
        if lower in ("unlike", "compared", "like"):
            # "Unlike the Army, the Marines travel light", "restrained compared to the torrent he
            # released", "much like the older model": set against something named.
            against = _set_against(tok)
            if against is not None:
                add(tok.i - 1 if lower == "like" else tok.i, against, "comparison.comparative")
            continue
        if lower in ("most", "least") and prev == "at":
            continue  # "at least 19": a bound on a number
        finished = _finished_place(tok) if lower_lemma in PLACE_VERBS and not speculative(tok) else None
        if finished is not None:
            add(predicate_start(tok), finished, "comparison.comparative")
            continue
        numbered = _numbered_rank(tok) if tok.i > sent.start and (tok.like_num or lower in RANK_NUMBER_WORDS) else None
        if numbered is not None:
            add(*numbered)
            continue
        few = _one_of_few(tok) if lower == "one" else None
        if few is not None:
            if not (tok.head.pos_ in ("VERB", "AUX") and speculative(tok.head)):
                add(*few)
            continue
        bare = _bare_ranked(tok)
        if bare is not None:
            if not (tok.head.pos_ in ("VERB", "AUX") and speculative(tok.head)):
                add(*bare)
            continue
        same = _same_as(tok) if lower == "same" else None
        if same is not None:
            add(*same, "comparison.comparative")
            continue
        likened = _likened(tok) if lower_lemma in LIKENED_ADJECTIVES else None
        if likened is not None:
            add(*likened, "comparison.comparative")
            continue
        if lower == "inaugural" and tok.dep_ == "amod" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            # "the inaugural Davis Cup Finals": the first of a named event's editions, a ranking
            # against all after it ("the inaugural address" names a kind of speech, no edition).
            add(tok.i, tok.head.i + 1)
            continue
        latest = _latest_of(tok) if lower == "latest" else None
        if latest is not None:
            add(*latest)
            continue
        if lower in PRECEDENT_WORDS and tok.dep_ in ("amod", "acomp", "conj"):
            # "an unprecedented wind storm", "the move was unprecedented": nothing before it was
            # like it, a ranking against all that came before.
            noun = tok.head if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") else None
            if noun is None:
                # The verb with it: one word alone is no claim ("were unprecedented").
                add(tok.head.i if tok.dep_ == "acomp" and tok.head.i < tok.i else tok.i, tok.i + 1)
                continue
            start = min([tok.i] + [c.i for c in noun.lefts if c.dep_ in ("det", "poss") and c.i < tok.i])
            add(start, min(np_end(noun), noun.i + 1))
            continue
        # "the most anticipated witness": "most" on a participle before its noun ranks the noun too.
        superlative = (tok.tag_ in ("JJS", "RBS") and lower not in ("most", "least")) or \
            (lower in ("most", "least") and tok.dep_ == "advmod" and (
                tok.head.pos_ in ("ADJ", "ADV") or (tok.head.tag_ == "VBN" and tok.head.dep_ == "amod"))) or \
            _most_of(tok)
        # "the First Corinthian Baptist Church", "Stallone's First Blood": a word of a name, tagged as
        # one, ranks nothing.
        singular = lower in SINGULAR_WORDS and tok.dep_ in ("amod", "advmod") and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.pos_ != "PROPN"
        # "leading" ranks only a noun it is told of, with its article or owner ("the leading causes",
        # "its leading platform"); bare, it may say what a thing does ("leading venture funds").
        ranking = (lower in RANK_ADJECTIVES and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN")
                   and any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.head.lefts)) or _ranked_among(tok)
        if superlative or singular or ranking:
            empty = tok.lemma_.lower() in EMPTY_SUPERLATIVES or lower in EMPTY_SUPERLATIVES
            if empty and lower not in ("most", "least") and not (lower in JUDGED_SUPERLATIVES and _scoped(tok)):
                continue  # "the latest", "the best" name no comparison; "most" ranks by its adjective
            if lower == "most" and tok.head.lower_ in ("recent", "recently"):
                continue  # "the most recent attack", "most recently": "the latest", said longer
            noun = _noun_of(tok)
            if superlative and lower not in JUDGED_SUPERLATIVES and noun is not None and any(
                    c.dep_ == "poss" and c.lower_ in ("my", "our") and c.i < tok.i for c in noun.lefts):
                # "one of my fondest memories", "my biggest worry": the writer's own feeling, ranked
                # against nothing a record keeps ("my best subject" is left to "best").
                continue
            if superlative and lower not in SINGULAR_WORDS and noun is not None and noun.lemma_.lower() in WEIGHED_NOUNS \
                    and not _scoped(tok) and not any(c.dep_ == "prep" or (c.dep_ in ("acl", "relcl") and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)) for c in noun.rights):
                # "the biggest reason the team won", "in the most effective way": an abstract noun
                # ranked within no stated group is weighed, not ranked ("the biggest reason for the
                # drop", "the toughest thing to film", "one of the biggest lessons of the year" name
                # what they rank among).
                continue
            if lower == "most" and noun is not None and tok.head.dep_ == "amod" and tok.i == noun.left_edge.i \
                    and not any(c.dep_ in ("det", "poss") for c in noun.lefts):
                # "works with most smart home devices", "most industrialized countries": with no
                # article or owner, "most" before an adjective is a share of the nouns ("most of
                # them"), not "the most" of a ranking.
                continue
            if noun is None:
                # "was highest in Nevada", "most likely to relocate": the adjective phrase.
                head = tok.head if lower in ("most", "least") else tok
                if head.pos_ not in ("ADJ", "ADV") or not superlative:
                    continue
                add(tok.i, max(head.i + 1, np_end(head)))
                continue
            if singular and noun.lower_ in ("time", "times") and not any(c.dep_ in ("relcl", "acl") for c in noun.rights) \
                    and not (np_end(noun) < s.span.end and doc[np_end(noun)].lower_ in ("since", "in")) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("since", "in") for c in noun.rights):
                continue  # "for the first time" says little; "the first time since 1993" ranks the happening
            if (noun.lower_ in TIME_UNITS and not superlative) or (
                    singular and (noun.ent_type_ in ("DATE", "TIME") or tok.ent_type_ in ("DATE", "TIME"))):
                continue  # "last year", "the first half hour": a time, not a ranking ("the hottest year" ranks one)
            if singular and (noun.lower_ == "place" or (tok.i + 1 < len(doc) and doc[tok.i + 1].like_num)):
                continue  # "in the first place", "the first three Tests": no ranking either
            if singular and lower == "first" and noun.lemma_.lower() in SPOUSE_NOUNS:
                # "Trump's first wife", "the first lady": who a person is to another, a role (with
                # her name beside it, "his first wife, Ivana", the apposition says it).
                if not any(c.dep_ == "appos" for c in noun.rights):
                    add(noun.left_edge.i, noun.i + 1, "state.role")
                continue
            if singular and lower in ("first", "last") and any(
                    c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in noun.lefts) \
                    and not (noun.dep_ == "pobj" and noun.head.lower_ in SPAN_PREPS):
                # "his first project", "their first encounter", "her first boss": a step in people's
                # own lives, ranked against nothing a record keeps ("its first", "the nation's
                # first" may rank an institution's). "during his first run for governor" dates
                # what happened by it.
                continue
            if singular and lower in ("first", "last") and noun.lemma_.lower() in SEQUENCE_PARTS:
                continue  # "the first step", "the last subject", "the first floor": a place in an order, no record
            if singular and not any(c.dep_ in ("det", "poss") and c.i < tok.i and c.lower_ not in ("a", "an") for c in noun.lefts):
                continue  # "only her boyfriend": a restriction, not "the only"
            start = noun.left_edge.i
            # "one of the largest X", "among the staunchest supporters": the partitive counts.
            if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
                of = noun.head
                if of.lower_ == "among" or of.head.lower_ in ("one", "some", "two", "three", "few", "many"):
                    start = of.head.i if of.lower_ == "of" else of.i
            end = np_end(noun)
            for c in noun.rights:
                if c.dep_ == "prep" and c.lower_ in SCOPE_PREPS and c.i >= end - 1:
                    end = max(end, c.right_edge.i + 1)
                elif c.dep_ in ("advmod",) and c.lower_ == "ever":
                    end = max(end, c.i + 1)
            if end - start > 14:
                end = noun.i + 1
            # "one of the largest container ships ever built", "the hottest temperature observed on
            # Earth", "the only ones calling it into question": a participle right after the noun
            # says among what the noun ranks.
            told = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.left_edge.i == end),
                        None)
            if told is not None and not speculative(told):
                end = max(end, predicate_end(told, max_preps=1))
            if noun.lower_ in ("time", "times"):
                # "the first time Albania had accused Iran of X": the ranking is of that happening.
                clause = next((c for c in noun.rights if c.dep_ in ("relcl", "acl")), None)
                if clause is not None and any(c.dep_ == "nsubj" and first_person(c) for c in clause.lefts):
                    continue  # "the last time I took the bus", "the very first time I saw it": a memory, no record
                if clause is not None:
                    end = max(end, predicate_end(clause))
            elif singular:
                # "the first president to enjoy a jet built for his office", "the only company that
                # can supply the plane": the clause on the noun is what it is the first or only one
                # to do, the ranking itself. What that clause's verb goes on to take as a clause of
                # its own ("the only senator who has agreed | to vote against the bill") is a
                # happening of its own.
                clause = next((c for c in noun.rights if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
                               and c.left_edge.i == end), None)
                if clause is not None and not speculative(clause):
                    own = [c.left_edge.i for c in clause.rights if c.dep_ in ("xcomp", "ccomp")]
                    end = max(end, min([predicate_end(clause, max_preps=1), *own]))
            add(start, end)
        elif lower == "record" and tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "ADJ") \
                and tok.head.i > tok.i and tok.head.lemma_.lower() not in RECORD_KINDS:
            # "a record year", "record high", "a record number of deaths": the most there has been.
            head = tok.head
            start = min([tok.i] + [c.i for c in head.lefts if c.dep_ in ("det", "poss")])
            add(start, np_end(head))
        elif tok.tag_ in ("JJR", "RBR") or (lower in ("more", "less", "fewer") and tok.dep_ == "amod"):
            than = next((c for c in tok.children if c.lower_ == "than"), None)
            holder = tok
            hung: Token | None = None  # a "than" hung on the verb
            nested = False  # "than" on the noun a comparative adjective's own word is on
            if than is None and tok.head.pos_ in ("ADJ", "ADV", "NOUN"):
                than = next((c for c in tok.head.children if c.lower_ == "than"), None)
                holder = tok.head
            if than is None and tok.dep_ in ("amod", "advmod") and tok.head.dep_ in ("amod", "compound"):
                # "a more dominant figure than his predecessor", "a bigger cloud business than
                # Microsoft": "than" hung on the noun the comparative's adjective or compound is on.
                noun = tok.head.head
                if noun.pos_ == "NOUN" and noun.i > tok.head.i:
                    than = next((c for c in noun.rights if c.lower_ == "than" and c.dep_ == "prep"), None)
                    holder = noun if than is not None else holder
                    nested = than is not None
            if than is None:
                # "has attended more rallies than briefings", "is more directly entangled than any
                # witness": "than" hung on the verb whose object or adverb the comparative is. Not
                # in a clause a source is said to have said ("says it's easier on him than
                # others"): the report tells that comparison.
                verb = _verb_of(tok)
                than = next((c for c in verb.rights if c.lower_ == "than" and c.dep_ == "prep" and c.i > tok.i
                             and not any(t.tag_ in ("JJR", "RBR") for t in doc[tok.i + 1:c.i])), None) \
                    if verb is not None and verb.dep_ != "ccomp" else None
                hung = than
            end = None
            if than is None:
                # "more quickly than expected", "more widely used by X than has been thought", "far
                # longer than most expected": a clause after "than", hung on the comparative, on
                # the adverb or on the verb it modifies.
                clause = next((c for h in (tok, tok.head, tok.head.head) for c in h.children
                               if c.dep_ == "advcl" and c.i > tok.i and any(
                                   m.dep_ == "mark" and m.lower_ == "than" for m in c.lefts)), None)
                # "more power than the grid operator expected": the clause hung on the noun
                # "more" counts.
                if clause is None or (clause.head.i != tok.i and tok.head.pos_ not in ("ADV", "ADJ", "VERB")
                                      and not (tok.dep_ == "amod" and clause.head.i == tok.head.i)):
                    continue
                than, end = next(m for m in clause.lefts if m.lower_ == "than"), predicate_end(clause)
            obj = next((c for c in than.children if c.dep_ in ("pobj", "pcomp", "nummod")), None)
            if end is None:
                # "less than in late June": what it is compared to is a time or a place.
                place = next((c for c in than.children if c.dep_ == "prep"), None) if obj is None else None
                if obj is None and place is None:
                    continue
                if obj is not None and figure_phrase(obj):
                    # "more than 50,000", "greater than 1.5°C": a bound the quantity rules keep
                    # ("than the 46,797 he saw" is a reference).
                    continue
                end = than.right_edge.i + 1
                if obj is not None and (hung is not None or nested or is_number_token(obj)):
                    # "than any witness [in the inquiry]": what follows is the verb's; "than the
                    # 46,797 [he saw on Friday]": the figure is what it is compared to; "a bigger
                    # cloud business than Microsoft [and a massive retail organization]": what
                    # follows the noun compared with is the noun phrase's, or the sentence's.
                    end = obj.i + 1
            if speculative(holder.head) if holder.head.pos_ in ("VERB", "AUX") else False:
                continue
            if idiomatic_than(than):
                continue
            if _asked(tok):
                continue  # "whether Storen has been any better than Revere": a question, no claim
            start = min(tok.i, holder.i)
            if holder.pos_ == "NOUN":
                start = holder.left_edge.i
            # "much smaller than Heathrow", "only marginally worse than Taylor's": how far apart the
            # two are is part of the comparison.
            while start > sent.start and doc[start - 1].pos_ == "ADV" and doc[start - 1].dep_ == "advmod" \
                    and doc[start - 1].head.i in (tok.i, holder.i, start):
                start -= 1
            add(start, end, "comparison.comparative")
        elif lower in MULTIPLIERS and tok.dep_ in ("predet", "npadvmod", "advmod", "quantmod", "amod", "nmod", "dobj", "attr",
                                                   "nummod"):
            # "twice the size of X", "half the number he employed".
            noun = tok.head if tok.head.pos_ == "NOUN" else next((c for c in tok.rights if c.pos_ == "NOUN"), None)
            if noun is None or noun.i < tok.i or noun.lower_ in TIME_UNITS:
                continue
            if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.lefts):
                # "twice the size of", "half the number": the multiple of something. "A double
                # kill", "a triple-digit rise": one thing of a doubled kind, no multiple of another.
                continue
            start, end = tok.i, np_end(noun)
            if tok.dep_ == "nummod":
                # "less than half the daily average", "nearly half the number he employed": the
                # parser counts the noun with the multiple, but of an amount it is a comparison
                # with its hedge ("half the voters" counts a share, a quantity).
                if noun.lemma_.lower() not in REFERENCE_NOUNS | MEASURED_NOUNS or doc[tok.i + 1].dep_ != "det":
                    continue
                start = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("quantmod", "amod", "advmod")])
                # The amount the reference comes to ("the daily average of around 5.8 million
                # shares") is a quantity of its own.
                figure = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and (is_number_token(g) or any(n.dep_ == "nummod" for n in g.children))
                    for g in c.children)), None)
                if figure is not None:
                    end = figure.i
            add(start, end, "comparison.comparative")
        elif lower_lemma == "lead" and not speculative(tok):
            # "Cruz, who leads the pack": first among others, a ranking.
            end = leads(tok)
            if end is not None:
                add(predicate_start(tok), end, "comparison.comparative")
        elif (expected := _against_expectations(tok)) is not None:
            add(*expected, "comparison.comparative")
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in COMPARISON_VERBS and not speculative(tok):
            # "is dwarfed by the number of products", "was overtaken by Ford": the passive names what
            # it is compared with in its agent ("trailed by convoys", "topped by a spire" do not).
            if not any(c.dep_ in ("dobj", "prep", "attr", "npadvmod") or (
                    c.dep_ == "agent" and tok.lemma_.lower() in PASSIVE_COMPARISON_VERBS) for c in tok.rights):
                continue
            if tok.lemma_.lower() in BOUND_VERBS and any(c.dep_ == "dobj" and figure_phrase(c) for c in tok.rights):
                continue  # "topped 6 million": a bound the quantity rules keep, as "more than 50,000"
            add(predicate_start(tok), predicate_end(tok), "comparison.comparative")
    return out
