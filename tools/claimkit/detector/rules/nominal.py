"""Claims said by a noun phrase alone: appositions and definitions ("Soelistyo, head of the agency"),
where someone is from ("Avalos, of Perris,"), where a place of theirs is ("their branch in Sapporo")
or a named body or site is ("OpenAI in San Francisco"), who plays a character ("Dave Skylark (James
Franco)"), roles in front of a name ("Pentagon spokesman Mark Wright") or said with "as" ("for her
role as a TV anchor"), the route of a journey ("a flight from Surabaya to Singapore"), an adjective
with its complement after a noun ("a lander capable of carrying cargo") or set off after a verb
("found in his cell, unconscious with bruises"), where the ones a sentence counts or introduces come
from ("a woman from the Orlando area"), what kind of place a named one is ("the Kurdish town of
Kobane"), the kind named examples are of ("rivals such as Comcast"), and happenings named by a noun
with their actor or object ("the expulsion of the diplomats")."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from ...noise import AGENCY_RE, CREDIT_TAG_RE
from ..lexicon import (
    DAY_PARTS,
    EVENT_NOUNS,
    HAPPENING_NOUNS,
    KIND_NOUNS,
    LIKENESS_ADJECTIVES,
    NON_EVENT_GERUNDS,
    RELATION_NOUNS,
    REPORTING_VERBS,
    TIME_UNITS,
    TITLE_NOUNS,
)
from ..syntax import (
    content_key,
    ents_within,
    has_time,
    infinitive,
    inner_hyphen,
    np_end,
    phrase_chars,
    predicate_end,
    stop_at,
    street_address,
)
from . import Candidate, Sentence
from .dates import HAPPENING_PREPS
from .quantities import named_before

# Words that say which level a body belongs to, part of its usual name ("the state Legislature").
SCOPE_WORDS = frozenset("state city county federal national local provincial regional municipal".split())
# Determiners of a noun that say how often or how many ("every time", "each day"): an adjunct
# before a name, never a role of it.
QUANTIFIERS = frozenset("every each any no".split())
# Titles that say nothing checkable by themselves ("Mr.", "Lt."): a role needs more.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lt lt. sgt sgt. gen gen. col col. capt capt. rev rev. "
                       "prof prof. st st. jr jr. sr sr.".split())


def find(s: Sentence) -> list[Candidate]:
    doc, sent = s.doc, s.span
    out: list[Candidate] = []

    def add(start: int, end: int, rule: str, cut: bool = True, words: int = 2, name: int | None = None) -> None:
        if cut:
            end = stop_at(doc, start, end)
        # A role's focus ends before the name it is said of (``name``, its first token): the name
        # says whom the claim is about, the role what it says (annotators mark "Republican
        # challenger" of "her Republican challenger Kristy Marmorato"); the words are counted with it.
        a, b = phrase_chars(doc, start, end if name is None else name)
        if b - a < 3 or any(c.focus_start == a and c.focus_end == b for c in out):
            return
        if sum(1 for i in range(start, end) if _content_word(doc[i])) < words:
            return  # "a move", "his anxiety": a word, not a description
        out.append(Candidate(sent, a, b, "state", rule, None, key=content_key("state", doc, start, end)))

    for tok in s.tokens:
        if tok.dep_ == "appos":
            _apposition(tok, add)
        elif _second_object(tok):
            # "joined the crew of Top Chef Junior!, a weekly cooking contest", "threw his weight
            # behind the Clean Water Act, the Senate-drafted answer to the farm bill": the parser
            # takes a description set off after an object's phrase for a second object of the verb.
            add(tok.left_edge.i, np_end(tok), "state.apposition")
        elif _fronted(tok, sent.start):
            # "The son of a literature teacher in Kandahar, he sold almond sweets": a description
            # set before the subject it describes (the parser takes it for a second subject).
            add(tok.left_edge.i, np_end(tok), "state.apposition")
        elif tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.ent_type_ == "PERSON" and tok.i > 0 \
                and doc[tok.i - 1].text == ",":
            # "Judy Avalos, of Perris, was arrested": where she is from.
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                add(tok.i, obj.right_edge.i + 1, "state.apposition", words=1)
        elif (role := _listed_role(tok)) is not None:
            # "her chief of staff, Ann Ruiz", "the founders of the firm, Ada Fox and Ben Hall": a role
            # set off before the name the parser took for the next item of a list.
            add(role.left_edge.i, max(np_end(t) for t in _names(tok)), "state.apposition", cut=False)
        elif _affiliation(tok):
            # "Wray Grimaldi of the University of Otago", "Lukas Stefanko with ESET": whom she
            # works for or where he is from, said right after the name.
            obj = next(c for c in tok.children if c.dep_ == "pobj")
            add(tok.i, np_end(obj), "state.apposition", words=1)
        if _postposed(tok):
            # "a lander capable of carrying cargo", "the cemetery, accessible only by boat": an
            # adjective with its complement after the noun says what the noun is, as a relative
            # clause would ("a lander that is capable of ...").
            add(tok.left_edge.i, tok.right_edge.i + 1, "state.participle")
        elif _detached(tok):
            # "two men happened upon the luggage, apparently unaware of its contents", "was found in
            # his cell, semiconscious with bruises": set off by a comma the parser hangs it on the
            # verb, but it says how the subject or the object was, as one after a noun does. A time
            # in it is a date's own claim ("intent on doing harm days after the attack").
            end = next((t.i for t in tok.subtree if t.i > tok.i and t.ent_type_ in ("DATE", "TIME")), tok.right_edge.i + 1)
            add(tok.left_edge.i, end, "state.participle")
        origin = _origin(tok)
        if origin is not None:
            # "a 17-year-old girl from Reynosa, Mexico", "21 aircraft from Indonesia and Australia":
            # where the ones a sentence counts or introduces come from.
            add(tok.i, origin.right_edge.i + 1, "state.apposition", words=1)
        kind = _kind_of_place(tok)
        if kind is not None:
            # "the northern Italian city of Milan", "the Milan suburb of Sesto San Giovanni": the
            # words before the kind of place say what the named place is.
            add(kind.left_edge.i, np_end(tok), "state.apposition")
        named = _named_examples(tok)
        if named is not None:
            # "competitors such as Comcast", "protest movements, like Extinction Rebellion": the kind
            # the named ones are said to be of.
            start = tok.head.left_edge.i
            while start < tok.head.i and doc[start].dep_ in ("det", "predet"):
                start += 1  # "some protest movements": which of the kind, not what it is
            # All the names of a list ("Saban, Tressel and Meyer"), each without its own clauses.
            add(start, max(np_end(t) for t in (named, *named.conjuncts)), "state.apposition", cut=False)
        included = _included(tok)
        if included is not None:
            # "a dozen unions, including the pilots' union", "cut benefits, including subsidies for
            # rent": what the whole takes in is its own checkable fact; the list goes on past its
            # commas.
            end = max(np_end(t) for t in (included, *included.conjuncts))
            add(tok.i, min(end, tok.right_edge.i + 1), "state.apposition", cut=False, words=1)
        place = _premises(tok)
        if place is not None:
            # "their little branch in Sapporo", "his homes in Manhattan": where a place of theirs is.
            add(tok.left_edge.i, np_end(place), "state.apposition")
        address = street_address(tok)
        if address is not None:
            # "entered University Bank at 2015 Washtenaw Avenue", "shot in the 23300 block of Edmond
            # Street": where it is or where it happened, down to the street, is checkable on its own.
            a, b = phrase_chars(doc, *address)
            if not any(c.focus_start < b and a < c.focus_end for c in out):
                add(*address, "state.address", cut=False, words=1)
    ents = ents_within(sent)
    people = [ent for ent in ents if ent.label_ == "PERSON"]
    for ent in ents:
        if ent.label_ in ("PERSON", "ORG"):
            _role(ent, add)
    # "Dave Skylark (James Franco)": a character and, in brackets, who plays him (unless the
    # apposition took the bracket already, with the role before the name: see _cast).
    text = s.facts.text
    for one, other in itertools.pairwise(people):
        bracket = text[other.start_char - 1:other.end_char + 1]
        if text[one.end_char:other.start_char] == " (" and text[other.end_char:other.end_char + 1] == ")" \
                and not CREDIT_TAG_RE.search(bracket) and not AGENCY_RE.fullmatch(other.text) \
                and not any(c.focus_end == other.end_char + 1 for c in out):  # not "(Getty Images)", not taken
            out.append(Candidate(sent, one.start_char, other.end_char + 1, "state", "state.apposition", None,
                                 key=content_key("state", doc, one.start, other.end)))
    for tok in s.tokens:
        if _epithet(tok):
            add(tok.left_edge.i, tok.i + 1, "state.role", cut=False)
        elif _kind_epithet(tok):
            # "the grocery giant said", "the Illinois city's cases": from "the", not "all the".
            det = next(c for c in tok.lefts if c.dep_ == "det")
            add(det.i, tok.i + 1, "state.role", cut=False)
        elif _described(tok):
            # "the low-cost airline", "the alleged ringleader", "the Republican governor": a role or a
            # kind told by an adjective, standing for one named before.
            add(tok.left_edge.i, tok.i + 1, "state.role", cut=False)
        elif _bygone(tok):
            # Its "of" says what the role was of ("the former owner of The Times"); a place after
            # it ("the disgraced banker in Geneva") is where the clause happened.
            of = next((c for c in tok.rights if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ == "of"), None)
            add(tok.left_edge.i, np_end(of) if of is not None else tok.i + 1, "state.role")
        elif (held := _held_as(tok)) is not None:
            # Up to the noun of the part, commas and all: "her performance as a desperate, aging star".
            add(tok.left_edge.i, held.i + 1, "state.role", cut=False)
        elif (late := _late(tok)) is not None:
            # "made popular by the late Jimmy Buffett", "joined the late president": that the
            # person has died is a fact of its own beside what the clause says of them.
            add(*late, "state.role", cut=False)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in JOURNEY_NOUNS:
            ends = _route(tok)
            if ends is not None:
                add(tok.left_edge.i, ends + 1, "state.route", cut=False)
    out += _based(s)
    for tok in s.tokens:
        aside = _aside_of_time(tok)
        if aside is not None:
            a, b = phrase_chars(doc, tok.i, aside)
            if not any(c.focus_start < b and a < c.focus_end for c in out):
                out.append(Candidate(sent, a, b, "state", "state.apposition", None,
                                     key=content_key("state", doc, tok.i, aside)))
    return out


# Adverbs that open an aside after a person's name with what the person was or is at another
# time than the sentence's: "Peter Shor, then at Bell Labs,", "Kenneth Baker, now Lord Baker,".
TIME_ASIDES = frozenset("now then formerly previously later".split())


def _aside_of_time(tok: Token) -> int | None:
    """End (exclusive) of an aside set off by commas after a person's name and opened by a time
    adverb ("Peter Shor, then at Bell Labs,", "Kenneth Baker, now Lord Baker of Dorking,"), or
    None. The parser hangs such a phrase anywhere, so it is read from the words: no verb in it (a
    clause goes its own way: "Well, then that would be"), no time or number (an age: "then in his
    late 20s" is the number's claim), two words that say something."""
    doc = tok.doc
    if tok.lower_ not in TIME_ASIDES or tok.i < 2 or doc[tok.i - 1].text != "," \
            or doc[tok.i - 2].ent_type_ != "PERSON" or doc[tok.i - 2].pos_ != "PROPN":
        return None
    sent = tok.sent
    end = tok.i + 1
    while end < sent.end and doc[end].text not in (",", ";", ")", "(", "—", "–", "-", "--") \
            and not (doc[end].is_punct and doc[end].text in (".", "?", "!") and end == sent.end - 1):
        end += 1
    if end >= sent.end or doc[end].text not in (",", ";", ")"):
        return None
    words = doc[tok.i + 1:end]
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY")
           for t in words):
        return None
    if sum(1 for t in words if _content_word(t)) < 2:
        return None
    return end


def _content_word(tok: Token) -> bool:
    """A word that says something: not a stop word, a number or punctuation. An abbreviation
    written with stops is a word too ("the U.S. commander" describes more than "a commander")."""
    word = tok.text.replace(".", "") if "." in tok.text else tok.text
    return word.isalpha() and not tok.is_stop


# Words of a role that can stand for a person named elsewhere ("the Facebook founder said"), and of
# a performer named by a work ("the Chicago Fire actor", "the “Bad Romance” singer").
EPITHET_NOUNS = TITLE_NOUNS | frozenset("founder co-founder cofounder winner star boss owner champion creator "
                                        "actor actress singer rapper".split())


def _epithet(tok: Token) -> bool:
    """"the Facebook founder", "the Pentagon chief", "The Oscar winner": a role named by what it
    is of, standing for a person named elsewhere; it says who that person is."""
    if tok.pos_ != "NOUN" or tok.lower_ not in EPITHET_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "poss"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
        return False  # "the Pentagon chief Robert Gates": a role in front of a name, the rule above
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "DATE", "TIME")
               for c in tok.lefts)


# Nouns that name an amount, not a thing ("a 59 percent decline", "a huge share"): set off after a
# noun they measure it, they do not say what it is.
AMOUNT_NOUNS = frozenset("number total sum amount share proportion percentage fraction range increase rise decline "
                         "drop gain".split())


# Kinds of region or settlement among KIND_NOUNS: in a preposition's phrase mostly a place adjunct.
REGION_NOUNS = frozenset("city town village state country nation island colony province county suburb borough "
                         "neighborhood".split())


def _kind_epithet(tok: Token) -> bool:
    """"the U.S. plane-maker said", "the grocery giant", "the Illinois city's cases": a kind of
    organisation, place or person with where it is (a place, a people or a party) or its trade,
    standing for one named earlier; it says what that one is. As the subject or the owner only: as an
    object it is mostly the event's ("founded the mobile payments company"), and the plural or a
    superlative ("the biggest U.S. bank") is no description of one named."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in KIND_NOUNS \
            or tok.dep_ not in ("nsubj", "nsubjpass", "poss", "pobj"):
        return False
    lefts = list(tok.lefts)
    # In a preposition's phrase only a business or a person with where it is ("jets from the U.S.
    # plane-maker", "outside the Williamsburg nightspot"): a bare trade there ("at the software
    # company") or a region ("in the Southeast Asian country") is mostly where the clause's own
    # happening took place, and after "of" it is whose a thing is ("the loan of the Ukrainian company").
    if tok.dep_ == "pobj" and (tok.lower_ in REGION_NOUNS or tok.head.lower_ == "of" or not any(
            c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("GPE", "LOC", "NORP") for c in lefts)):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].pos_ == "PROPN" or doc[tok.i + 1].lower_ == "of"):
        return False  # "the Texas company Dell", "the city of Milan": the rules of a name
    if any(c.tag_ in ("JJS", "RBS", "CD") or c.ent_type_ == "ORDINAL" or c.lower_ in ("only", "same", "other")
           for c in lefts):
        return False
    return any(c.dep_ in ("amod", "compound", "nmod")
               and (c.ent_type_ in ("GPE", "LOC", "NORP")
                    or (c.pos_ == "NOUN" and c.dep_ != "amod" and c.ent_type_ not in ("DATE", "TIME")))
               for c in lefts)  # "the all-day restaurant": when it opens, not its trade


# People by what they did or are to a story, beyond titles and trades: "the primary suspect", "the
# alleged ringleader", "the Conservative MP".
PERSON_NOUNS = frozenset("suspect ringleader gunman shooter defendant counselor adviser advisor aide peer mp "
                         "candidate nominee incumbent challenger activist lawyer veteran widow widower "
                         "batsman bowler pitcher quarterback striker midfielder goalkeeper".split())
# Adjectives that pick one out, place it in time or size it up without saying what it is ("the same
# company", "the new chairman", "the big bank": which one, not a fact about it), and those that are
# part of a kind's usual name ("the central bank", "the parliamentary commissioner": an office, no
# description of the one holding it).
PICKING_ADJECTIVES = SCOPE_WORDS | frozenset(
    "same other only new old next last previous first whole entire own main current future certain particular "
    "unnamed unidentified big large small huge little major central parliamentary".split())


def _described(tok: Token) -> bool:
    """"the low-cost airline said", "the alleged ringleader", "the Republican governor": a person,
    role or body with an adjective that says what it is, as the subject, standing for one the text
    named before; "the airline" alone, or "the new company", says nothing of it."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    word = tok.lower_
    if word not in EPITHET_NOUNS and word not in KIND_NOUNS and word not in PERSON_NOUNS:
        return False
    lefts = list(tok.lefts)
    if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].pos_ == "PROPN" or doc[tok.i + 1].lower_ == "of"):
        return False  # "the Texas company Dell", "the city of Milan": the rules of a name
    if any(c.tag_ in ("JJS", "RBS", "CD") or c.ent_type_ == "ORDINAL" or c.lower_ in PICKING_ADJECTIVES for c in lefts):
        return False
    # A nationality is a description of an office holder's party ("the Democratic senator"), but of a
    # performer or a business mostly where it is from, which the kind rule already weighs.
    if not any(c.dep_ == "amod" and c.tag_ == "JJ" and (c.ent_type_ != "NORP" or word in TITLE_NOUNS) for c in lefts):
        return False
    sent_start = tok.sent.start
    if not any(ent.label_ in ("PERSON", "ORG") and ent.end <= sent_start for ent in doc.ents):
        return False  # nobody named yet: it introduces one, it does not describe one
    # Said again, the description is a name for the one it described the first time.
    said = doc[lefts[0].i + 1:tok.i + 1].text.lower()
    return said not in doc.text[:lefts[0].idx].lower()


# Words that date a role to the past or to a change under way, or say how one stands: "the former owner of
# The Times", "his longtime collaborator", "the disgraced financier".
BYGONE_WORDS = frozenset("former longtime onetime one-time outgoing disgraced embattled".split())


def _bygone(tok: Token) -> bool:
    """"The former vice president had a lead", "her former fiancé": a role someone held, or a
    standing, said of one named elsewhere; it says who or what that one was. The subject of a
    report ("the former mayor said") is the attribution's."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
        return False
    if not any(c.dep_ == "amod" and c.lower_ in BYGONE_WORDS for c in tok.lefts):
        return False
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.tag_ == "PRP$" for c in tok.lefts):
        return False  # "a former official": one of many, the description of no one in particular
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
        return False  # "his longtime collaborator Dmitry Medvedev": a role in front of a name (_role)
    return not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORTING_VERBS)


# Nouns that name a person by a role, a trade or a tie ("the late president", "his late wife").
PERSON_ROLE_NOUNS = EPITHET_NOUNS | PERSON_NOUNS | RELATION_NOUNS


def _late(tok: Token) -> tuple[int, int] | None:
    """Token range of "the late Jimmy Buffett", "the late president", "his late wife" when ``tok``
    is their "late", else None: said of a person, "late" says the person has died. Of anything
    else it is a time ("the late 1950s", "the late hours", "the late game"). A role and a name
    after it ("her late uncle Harry") are the role rule's (_role)."""
    if tok.lower_ != "late" or tok.dep_ != "amod" or tok.pos_ != "ADJ" or tok.head.i <= tok.i:
        return None
    head, doc = tok.head, tok.doc
    if head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in PERSON_ROLE_NOUNS:
        if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
            return None  # "her late husband Brian": a role in front of a name (_role)
    elif head.ent_type_ != "PERSON" or head.pos_ != "PROPN":
        return None  # neither a person's role nor a person's name (whose head is its last word)
    before = doc[tok.i - 1] if tok.i > 0 else None
    # "the late president", "his late wife": from the word that says which one.
    start = before.i if before is not None and before.head.i == head.i and (
        (before.dep_ == "det" and before.lower_ == "the") or before.tag_ == "PRP$") else tok.i
    return start, head.i + 1


# Nouns of a part someone plays or a post someone holds, with "as" and what it is: "her role as a TV
# anchor", "his successor as chief executive".
HELD_NOUNS = frozenset("role performance position post job career tenure stint history reputation status "
                       "successor predecessor".split())


def _held_as(tok: Token) -> Token | None:
    """The noun after "as" when ``tok`` is one of someone's parts or posts said with what it is ("her
    role as a TV anchor", "despite the Corps' storied history as the Navy's landing force"), else None.
    Said in passing, in a preposition's phrase: as a subject or an object it is what its clause's own
    claim is about ("cementing their roles as frontrunners"); the writer's own ("my tenure as a
    teacher") is no claim."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in HELD_NOUNS or tok.dep_ != "pobj" or tok.i + 1 >= len(tok.doc):
        return None
    if not any(c.dep_ == "poss" and c.lower_ not in ("my", "our", "your") for c in tok.lefts):
        return None
    prep = tok.doc[tok.i + 1]
    if prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.i != tok.i:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


# Participles hyphened onto a name that say where something is or who it comes from: "Ann
# Arbor-based", "Australian-born".
PLACED_PARTICIPLES = frozenset("based headquartered born".split())
# ... or who holds or pays for it, after a name or a common noun: "Republican-dominated",
# "foundation-owned", "state-funded".
HELD_PARTICIPLES = frozenset("owned dominated controlled run funded backed".split())
HYPHENED_PARTICIPLES = PLACED_PARTICIPLES | HELD_PARTICIPLES


# Nouns of a journey, whose route says where it went: "a flight from Surabaya to Singapore".
JOURNEY_NOUNS = frozenset("flight trip journey voyage route crossing".split())
# The places a route runs between: names of places (or of airports, ports and stations).
PLACE_LABELS = frozenset("GPE LOC FAC ORG".split())


def _route(noun: Token) -> int | None:
    """The last token of a journey's "from X to Y" (either order; "to" may hang on "from" or on
    the place it names), or None when it does not name both ends as places."""
    ends = {}
    stack = [c for c in noun.children if c.dep_ == "prep"]
    while stack:
        prep = stack.pop()
        if prep.lower_ not in ("from", "to") or prep.lower_ in ends:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not (obj.ent_type_ in PLACE_LABELS or any(t.ent_type_ in PLACE_LABELS for t in obj.subtree)):
            return None
        ends[prep.lower_] = prep
        stack += [c for c in (*prep.children, *obj.children) if c.dep_ == "prep"]
    if len(ends) < 2:
        return None
    return max(max(t.i for t in prep.subtree) for prep in ends.values())


def _based(s: Sentence) -> list[Candidate]:
    """"the Ann Arbor-based Center", "Malaysia-based budget carrier AirAsia", "Australian-born
    Assange", "the Republican-dominated state government": where something is based, where
    someone was born, who holds it, said in passing (the article's own statement, even inside a
    report)."""
    doc, sent = s.doc, s.span
    out = []
    for tok in s.tokens:
        lower = tok.lower_
        if lower not in HYPHENED_PARTICIPLES or tok.i < sent.start + 2 \
                or doc[tok.i - 1].text != "-" or doc[tok.i - 2].whitespace_ or tok.dep_ != "amod":
            continue
        first = doc[tok.i - 2]
        if not (first.pos_ == "PROPN" or (lower in HELD_PARTICIPLES and first.pos_ == "NOUN" and first.is_lower)):
            continue
        start = tok.i - 2
        while start > sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in (start, tok.i):
            start -= 1  # "Ann Arbor-based"
        end = tok.i + 1
        # The common nouns it describes ("budget carrier", "anti-spyware firm"), up to a name.
        while end <= tok.head.i and ((doc[end].pos_ in ("NOUN", "ADJ") and doc[end].is_lower) or inner_hyphen(doc[end])):
            end += 1
        a, b = phrase_chars(doc, start, end)
        out.append(Candidate(sent, a, b, "state", "state.participle", None, key=content_key("state", doc, start, end),
                             aside=True))
    return out


# Nouns of a place where someone lives or works or something is made or sold: "their branch in
# Sapporo", "grew up on a sheep farm in Wales".
PREMISES_NOUNS = frozenset("home house apartment residence hometown office headquarters location branch store shop "
                           "restaurant bakery factory plant farm ranch winery cellar studio warehouse outlet".split())
# Names of places a premises can be in.
SITE_LABELS = frozenset("GPE LOC FAC".split())


def _premises(tok: Token) -> Token | None:
    """The place named after a premises that belongs to someone or is one of its kind ("their main
    location in Monbetsu", "grew up on a canola farm in Canada"), or None. "The factory in Kandahar"
    is one named before: the place picks it out rather than says something of it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PREMISES_NOUNS:
        return None
    if not any(c.dep_ == "poss" for c in tok.lefts) and not (
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts) and tok.dep_ not in ("dobj", "attr")):
        return None  # "owns a funeral home in Philadelphia", "is a bakery in Oslo": the verb's claim says where
    prep = next((c for c in tok.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in ("in", "on", "near"):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.ent_type_ in SITE_LABELS else None


# Names a place phrase can say where they are: a body, a building or site, a place.
NAMED_SITE_LABELS = frozenset("ORG FAC LOC GPE".split())


def _body_before(tok: Token) -> bool:
    """"Ada Lee of the Tallinn Institute in Tartu", "Ada Lee and her team at Oslo University, in
    Norway": an "in" right after the name of a body (a comma between them or not) that the parser
    hangs on the person the sentence is about; the place is where the body is."""
    doc = tok.doc
    before = tok.i - 1 - (tok.i > 1 and doc[tok.i - 1].text == ",")
    return tok.head.ent_type_ == "PERSON" and before > tok.head.i and doc[before].ent_type_ in ("ORG", "FAC")


def _named_site(tok: Token) -> tuple[int, int] | None:
    """Token range of "in" and the place named after a name of a body or a site ("Columbia
    University in New York City, NY", "Lake Berryessa in Napa County"), or None. A name made with
    "in" ("Research In Motion") is one name."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.ent_type_ or tok.head.pos_ != "PROPN" \
            or (tok.head.ent_type_ not in NAMED_SITE_LABELS and not _body_before(tok)):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ not in SITE_LABELS - {"FAC"} or has_time(tok):
        return None
    doc = tok.doc
    end = np_end(obj)
    # "in Dunedin, New Zealand": the state or country after the town is part of where.
    while end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE" \
            and doc[end + 1].ent_iob_ == "B" and obj.is_ancestor(doc[end + 1]):
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "GPE":
            end += 1
    return tok.i, end


def sites(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """"researchers at OpenAI in San Francisco", "it would be located at Lake Berryessa in Napa
    County": where a named body or site is, said after its name, is a state of its own beside what
    the clause says of it. Inside another claim's focus, or in a description that already says it
    ("a professor at the University of Otago in Dunedin"), it is that claim's."""
    doc, sent = s.doc, s.span
    out: list[Candidate] = []
    for tok in s.tokens:
        site = _named_site(tok)
        if site is None:
            continue
        a, b = phrase_chars(doc, *site)
        if any(c.focus_start <= a and b <= c.focus_end for c in found) or any(
                c.type == "state" and c.focus_start < b and a < c.focus_end for c in found):
            continue
        out.append(Candidate(sent, a, b, "state", "state.apposition", None, key=content_key("state", doc, *site)))
    return out


# Adjectives whose complement is another kind of claim or none: a cause ("due to"), examples
# ("such as"), an amount ("worth $400,000"), an unnamed source ("people familiar with the matter",
# "a source close to the probe").
UNDESCRIBING_ADJECTIVES = frozenset("due such worth familiar close".split())


def _postposed(tok: Token) -> bool:
    """An adjective with its complement right after a noun, or set off after it by a comma ("a lander
    capable of carrying cargo", "lizards, both native to the island"). A likeness ("similar to") or
    an "as ... as" is a comparison; comparatives are the comparison rules'."""
    if tok.pos_ != "ADJ" or tok.dep_ != "amod" or tok.head.i >= tok.i or tok.tag_ in ("JJR", "JJS"):
        return False
    if tok.lower_ in UNDESCRIBING_ADJECTIVES or tok.lower_ in LIKENESS_ADJECTIVES:
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "as" for c in tok.lefts):
        return False  # "organs as diverse as the liver and the brain"
    if tok.head.pos_ not in ("NOUN", "PROPN") and not tok.head.ent_type_:
        return False
    doc = tok.doc
    if doc[tok.left_edge.i - 1].i != tok.head.i and doc[tok.left_edge.i - 1].text != ",":
        return False
    after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    if tok.head.dep_ == "ROOT" and (after is None or after.text != ","):
        return False  # "These lands intersect with ...": the sentence's verb, taken for an adjective
    return any(c.dep_ == "prep" for c in tok.rights)


def _detached(tok: Token) -> bool:
    """An adjective with its complement set off by a comma or a dash that the parser hangs on a verb
    ("happened upon the bag, apparently unaware of its contents"). A condition or a concession ("if
    successful", "though rare"), an absolute phrase with its own subject ("their faces somber") and a
    comparison ("as ... as", "higher than", "good for 7th most") are none."""
    if tok.pos_ != "ADJ" or tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.tag_ in ("JJR", "JJS", "RBR", "RBS") for t in tok.subtree):
        return False
    if tok.lower_ in UNDESCRIBING_ADJECTIVES or tok.lower_ in LIKENESS_ADJECTIVES:
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") or (c.dep_ == "advmod" and c.lower_ in ("as", "so", "too"))
           for c in tok.children):
        return False
    start = tok.left_edge.i
    if start == 0 or tok.doc[start - 1].text not in (",", "–", "—"):
        return False
    return any(c.dep_ == "prep" for c in tok.rights)


# Nouns of a place a "from" can name by its kind, with the name before it ("the Orlando, Fla., area").
AREA_NOUNS = frozenset("area region city town village province state county district country island".split())


def _origin(tok: Token) -> Token | None:
    """The object of ``tok``, a "from" that names the place a counted or introduced noun comes from
    ("a man and a woman from the Orlando area", "21 aircraft from Indonesia"), else None. A journey's
    start is its route's ("a flight from Surabaya"), a happening's or a message's is who made it ("an
    extradition request from the US"); "immigrants from Mexico", with no article or number, is a kind;
    in an apposition or after a copula ("Gonzalez, an immigrant from Mexico") that claim says it."""
    if tok.lower_ != "from" or tok.dep_ != "prep" or tok.head.pos_ != "NOUN" or tok.head.i != tok.i - 1:
        return None
    noun = tok.head
    lemma = noun.lemma_.lower()
    if noun.ent_type_ or lemma in JOURNEY_NOUNS | EVENT_NOUNS:
        return None
    owners = [noun, noun.head] if noun.dep_ == "conj" else [noun]
    if owners[-1].dep_ in ("appos", "attr"):
        return None
    if not any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for o in owners for c in o.lefts):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.ent_type_ in ("GPE", "LOC") or (
            obj.lemma_.lower() in AREA_NOUNS and any(c.ent_type_ in ("GPE", "LOC") for c in obj.lefts)):
        return obj
    return None


def _named_examples(tok: Token) -> Token | None:
    """The first name after ``tok`` when it is the "like" or the "such as" that gives named examples
    of a common noun ("rivals such as Comcast", "other big properties like Call of Duty"), else
    None. Examples that are common nouns ("offenses like truancy") say less to check; a singular noun
    with "like" is a likeness ("a third country like Turkey"), not a kind with its members."""
    if tok.dep_ != "prep" or tok.head.tag_ != "NNS" or tok.head.i >= tok.i:
        return None
    if not (tok.lower_ == "like" or (tok.lower_ == "as" and any(c.lower_ == "such" for c in tok.lefts))):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    if any(t.is_quote for t in tok.doc[tok.i:max(np_end(t) for t in (obj, *obj.conjuncts))]):
        return None  # "songs like “Audition”", "sayings such as, “Less Money”": titles and words, not kinds
    return obj


def _included(tok: Token) -> Token | None:
    """The first item listed when ``tok`` is the "including" that names members of a kind ("several
    agencies, including the FBI", "benefits, including subsidies for rent"), else None. Places and
    people named as members ("states including Ohio", "allies including Macron") annotators leave
    inside the wider claim, a list with a figure in it ("including 12 freighters") is counted by
    the quantity's claim, and happenings listed ("including bombings") are events."""
    if tok.lower_ != "including" or tok.dep_ != "prep" or tok.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None  # "including near offices" after a verb is where it happened
    if tok.i > 0 and tok.doc[tok.i - 1].text == "(":
        return None  # "(including shoes)": an aside, not a claim set out
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "GPE", "LOC", "NORP"):
        return None
    if obj.lemma_.lower() in EVENT_NOUNS:
        return None  # "including bombings and assassinations": happenings, the events annotators mark
    end = max(np_end(t) for t in (obj, *obj.conjuncts))
    if any(t.like_num or t.tag_ == "CD" for t in tok.doc[tok.i:end]):
        return None
    return obj


# Kinds of place a name can follow with "of" ("the city of Milan", "the island of Curacao").
PLACE_KIND_NOUNS = AREA_NOUNS | frozenset("suburb neighborhood neighbourhood borough hamlet capital port enclave "
                                          "municipality commune".split())


def _kind_of_place(tok: Token) -> Token | None:
    """The kind-of-place noun that ``tok``, an "of" naming a place, hangs on when words before the
    noun describe the place ("the eastern city of Jalalabad", "the Kurdish town of Kobane"), else
    None. "The city of Milan" alone says nothing of Milan but its name."""
    if tok.lower_ != "of" or tok.dep_ != "prep" or tok.head.i != tok.i - 1:
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLACE_KIND_NOUNS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME"):
        return None
    if not any(c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN", "NOUN") for c in noun.lefts):
        return None
    return noun


# Prepositions that tie a person to a body or a place right after the name: "X of Y", "X from Y".
AFFILIATION_PREPS = frozenset("of from with at".split())


def _affiliation(tok: Token) -> bool:
    """``tok`` is a preposition right after a person's name (no comma between) whose object names
    an organisation ("David Reay from Edinburgh University"), or a place the person is from ("Gustav
    Agerblad from Stockholm"; "Sen. Rand Paul of Kentucky" is the seat, part of how he is named)."""
    if tok.dep_ != "prep" or tok.lower_ not in AFFILIATION_PREPS or tok.i == 0:
        return False
    name = tok.head
    if name.i >= tok.i or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return False
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return False
    if name.i != tok.i - 1:
        # "Ada Fox, 41, from Leeds, won": where she is from, set off by commas after the name
        # (and her age); "Ada Fox, from the start, ..." names no place.
        between = tok.doc[name.i + 1:tok.i]
        return tok.lower_ == "from" and obj.ent_type_ == "GPE" and between[-1].text == "," and all(
            t.text == "," or (t.like_num and t.dep_ == "appos" and t.head.i == name.i) for t in between)
    return obj.ent_type_ == "ORG" or (obj.ent_type_ == "GPE" and tok.lower_ == "from")


def _names(tok: Token) -> list[Token]:
    """``tok`` with the names joined to it as a list ("Ada Fox and Ben Hall"), in order."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ not in NOT_NAMES:
            out += _names(c)
    return out


# Entities that are no names of a person, a body or a thing.
NOT_NAMES = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY NORP".split())


def _listed_role(tok: Token) -> Token | None:
    """The noun of a role set off by a comma right before ``tok``, a name the parser made its
    conjunct ("his deputy, Jane Roe"), as many names as the role is one or more ("two aides, Ada Fox
    and Ben Hall"); None for a list of things and names ("the pope, Obama and Putin")."""
    if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.ent_type_ in NOT_NAMES:
        return None
    role, doc = tok.head, tok.doc
    if role.i > tok.i or not (role.pos_ == "NOUN" or (role.pos_ == "PROPN" and not role.ent_type_ and role.lower_ in TITLE_NOUNS)):
        return None
    comma = tok.left_edge.i - 1
    if doc[comma].text != "," or np_end(role) != comma or any(c.dep_ == "cc" and c.i < tok.i for c in role.children):
        return None
    if role.dep_ == "conj" and role.head.pos_ == "NOUN":
        return None  # "a car, a house, Tesla": one more item of a list of things
    if role.left_edge.i == role.i and not any(c.dep_ == "prep" for c in role.rights):
        return None  # "voice, SMS and data": a bare word, one item of a list, describes nothing
    names = _names(tok)
    many = role.tag_ in ("NNS", "NNPS")
    if (len(names) > 1) != many:
        return None
    return role


def _hyphened(tok: Token) -> bool:
    """"co - owner": the tokenizer split a hyphenated word, and the parser made each half an
    apposition of the same noun."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].dep_ == tok.dep_ \
        and doc[tok.i + 2].head.i == tok.head.i and not doc[tok.i].whitespace_


def _fronted(tok: Token, start: int) -> bool:
    """``tok`` heads a noun phrase that opens the sentence, set off by a comma before the subject
    of the same verb."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "npadvmod") or tok.left_edge.i != start \
            or has_time(tok) or tok.lemma_.lower() in TIME_UNITS | DAY_PARTS:
        return False  # "Earlier this month,", "The following morning,": a time, no description
    comma = tok.right_edge.i + 1
    doc = tok.doc
    return comma < len(doc) and doc[comma].text == "," and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > comma for c in tok.head.children)


def _second_object(tok: Token) -> bool:
    """``tok`` heads a noun phrase with an article, set off by a comma right after the phrase of
    its verb's object: a verb has one direct object, so the second is a description of what the
    first phrase ends with ("examined wings from the pupa, the resting stage between a larva and
    a moth")."""
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() in AMOUNT_NOUNS | TIME_UNITS \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.lefts):
        return False
    doc = tok.doc
    left = tok.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return False
    first = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if first is None or _alternatives(tok) or _subject_of_next(tok):
        return False
    # The comma closes the first object's phrase, prepositions and all ("the crew of Top Chef
    # Junior!,", "wings from the pupa,"), not a clause after it; a name or a noun ends it.
    between = doc[first.i + 1:left - 1]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in between):
        return False
    last = next((t for t in reversed(doc[first.i:left - 1]) if not t.is_punct), first)
    return last.pos_ in ("NOUN", "PROPN")


def _apposition(tok: Token, add) -> None:
    head = tok.head
    doc = tok.doc
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or tok.pos_ not in ("NOUN", "PROPN"):
        return
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return
    if any(c.dep_ == "nummod" and not named_before(c) for c in tok.lefts):
        # "55 mph (88.5 kph)": the amount again in another unit, a quantity's, no description ("Biden
        # and Sanders, the two frontrunners" describes them).
        return
    if _hyphened(tok):
        return  # the word's second half stands for it
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in AMOUNT_NOUNS:
        # "84 minutes -- a hugely impressive number", "a total of 11.6 million square kilometers":
        # an amount set off after what it measures; its figure is a quantity's claim, and what else
        # it says of the amount is the writer's measure of it, no state of the noun.
        return
    if _alternatives(tok):
        return  # "passed by parliaments, public vote or county boards": a list, not a description
    if _subject_of_next(tok):
        # "After the vote in the Senate, the House bill passed easily": the phrase after the comma is
        # the subject of the verb right after it, which has none of its own, not a description of
        # the noun before the comma.
        return
    left = tok.left_edge.i
    while left >= 2 and doc[left - 1].text == "-" and _hyphened(doc[left - 2]):
        left = doc[left - 2].left_edge.i
    before = doc[left - 1] if left > 0 else None
    if head.pos_ != "PRON" and head.i < tok.i and _cast(tok):
        # "a disgraced auror (Katherine Waterson)", "Newt Scamander (Eddie Redmayne)": a role or a
        # character and, alone in brackets, the person who plays it, the brackets with them. A
        # name is the role's it stands in apposition to ("his producer Aaron Rapoport (...)", "Tina,
        # a disgraced auror (...)").
        owner = head
        if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i \
                and all(t.text == "," for t in doc[head.head.i + 1:head.left_edge.i]):
            owner = head.head
        add(owner.left_edge.i, np_end(tok) + 1, "state.apposition", cut=False, words=1)
        return
    if tok.pos_ == "PROPN" and head.pos_ == "NOUN" and before is not None and head.i < tok.i:
        # "Netflix domestic drama “Marriage Story”", "the neurodegenerative disease Huntington's":
        # a description in front of a name, as a role is ("the company Apple" describes nothing).
        # A title in quotation marks stays out of the focus, which would hold half of its marks.
        quoted = doc[head.i + 1].text in ("“", '"', "‘")
        if before.i == head.i or (quoted and before.i == head.i + 1):
            # "her friend Bianca Jones", "his daughter Ivanka Trump": a tie to someone, said with a
            # possessive pronoun, is what the named one is to them (a name the recognizer took for a
            # person's has its role read by _role already).
            if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ in ("ADJ", "NOUN", "PROPN") for c in head.lefts) \
                    or _tie_named(head, tok):
                add(head.left_edge.i, head.i + 1 if quoted else np_end(tok), "state.role", cut=False, name=head.i + 1)
            return
    if before is None or before.text not in (",", "(", "–", "—", "--"):
        return  # a true apposition is set off from its noun
    if doc[left].lower_ in ("particularly", "especially", "notably", "including", "such", "mainly", "mostly"):
        return  # "its allies, particularly the United States": an example, not a description
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and head.pos_ == "PROPN" and not head.ent_type_ \
            and head.lower_ in TITLE_NOUNS and head.i < tok.i and before.text == ",":
        # "The institute's CEO, Oren Etzioni", "the then UK Home Secretary, Sajid Javid": an office
        # the parser takes for a name by its capital is the description, as "its president, Richard
        # Fisher" is (below).
        add(head.left_edge.i, np_end(tok), "state.apposition", cut=False)
        return
    if tok.pos_ == "PROPN" and head.pos_ == "PROPN" and not (
            tok.ent_type_ in ("", "NORP") and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.lefts)) \
            and not (not tok.ent_type_ and tok.lower_ in TITLE_NOUNS) and not _counted_group(head):
        # "the MEK" after a name, an acronym in brackets: another name, not a description ("the
        # Labour MP for X", a title with its article and no name in it, is one).
        return
    if tok.pos_ == "PROPN" and (head.pos_ == "NOUN" or _counted_group(head)):
        # "its president, Richard Fisher": the description is the head, the name its apposition.
        if head.i < tok.i and not any(t.pos_ == "VERB" for t in doc[head.left_edge.i:tok.i]):
            # "his children, Ada, Ben and Cy Fox": a role of several goes with all of their names
            # (three or more of them after one that reads as one: "its president, Ann Roe, and Ben Li"
            # are two people named; "five others -- Alabama, Ohio and Utah" names no role).
            names = _names(tok)
            end = np_end(tok)
            if not head.is_stop and (len(names) > 2 or (len(names) == 2 and head.tag_ in ("NNS", "NNPS"))):
                end = max(np_end(t) for t in names)
            add(head.left_edge.i, end, "state.apposition", cut=False)
        return
    # "a senior fellow at X and a former official", "director of X and co-chair of Y": each
    # description with its own article or its own complement ("co-owner and chief executive of
    # X" is one: both are of X).
    end = np_end(tok)
    # "a partner at Rhodium and author of the report": the parser may hang the second description
    # on the first one's complement; with a complement of its own it is still a second description.
    starts = [c.left_edge.i for c in doc[tok.i + 1:end] if c.dep_ == "conj" and c.pos_ == "NOUN" and (
        any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.lefts)
        or (c.head.i == tok.i and any(p.dep_ == "prep" and p.i < c.i for p in tok.rights))
        or (c.head.dep_ == "pobj" and c.head.i > tok.i and any(p.dep_ == "prep" for p in c.rights))
        # "a Jesuit priest and author of two books", "a former Army officer and Obama administration
        # adviser": a first description with words of its own is whole before the "and" ("chief
        # executive and co-founder of X", bare, shares the "of X").
        or (c.head.i == tok.i and _qualified(tok) and (_qualified(c) or any(
            p.dep_ == "prep" and p.i > c.i for p in (*c.rights, *tok.rights)))))]
    pieces = []
    first = left
    for at in starts:
        cut = at
        while cut > first + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
        pieces.append((first, cut))
        first = at
        while first >= 2 and doc[first - 1].text == "-" and doc[first - 2].dep_ == "conj":
            first -= 2  # "co - chair"
    pieces.append((first, end))
    # "Biden and Sanders, the two frontrunners": a number that points back at the names says, with
    # its noun, who they are; the noun alone is a description enough.
    words = 1 if any(named_before(c) for c in tok.lefts) or _trade_of_named(tok) or _said_of_one(tok, end) else 2
    for a, b in pieces:
        add(a, b, "state.apposition", words=words)


def _trade_of_named(tok: Token) -> bool:
    """"William Seabrook, a journalist", "John Dowd, his lawyer": one noun for a person, set off
    after a person's name, says what the person is (a trade in "-ist") or is to someone (a tie); it
    is a description of its own, though it has only the one word ("Ada Fox, a move" is none)."""
    head = tok.head
    if head.ent_type_ != "PERSON" or head.pos_ != "PROPN" or head.i > tok.i or tok.tag_ != "NN":
        return False
    word = tok.lower_
    return word in RELATION_NOUNS or (word.endswith("ist") and len(word) > 5)


def _said_of_one(tok: Token, end: int) -> bool:
    """"BATS Global Markets, an exchange,", "Kyrsten Sinema (I., Ariz.), a former Democrat,": "a" or
    "an" and one noun, set off on both sides right after a name, says what the named one is, though
    it has only the one word (as a trade or a tie does: _trade_of_named). The noun ends the phrase
    and a comma, a bracket or the sentence's end closes it, so nothing else hangs on it; items of a
    list ("a coat, a lounge") follow no name."""
    head = tok.head
    doc = tok.doc
    if head.i > tok.i or head.pos_ != "PROPN" or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return False
    det = doc[tok.left_edge.i]
    if det.dep_ != "det" or det.lower_ not in ("a", "an") or det.head.i != tok.i or end != tok.i + 1:
        return False
    return end < tok.sent.end and (doc[end].text in (",", ")", ";") or (doc[end].is_punct and end == tok.sent.end - 1))


def _tie_named(noun: Token, name: Token) -> bool:
    """``noun`` is a tie between people with a possessive pronoun ("her friend", "his daughter")
    and ``name``, after it, a name the recognizer did not take for a person's."""
    return noun.lemma_.lower() in RELATION_NOUNS and name.ent_type_ != "PERSON" \
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.lefts)


def _alternatives(tok: Token) -> bool:
    """``tok``, taken for an apposition, offers alternatives or trails off: "parliaments, public
    vote or county boards", "a cardigan, a denim jacket, or a wool cape", "(nurses, cooks,
    cleaners, etc.)". A description says what its noun is; one joined by "or" or ended by "etc."
    is another item of a list the parser hung on the first."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in tok.children) \
        or any(t.lower_ in ("etc", "etc.") for t in tok.subtree)


def _subject_of_next(tok: Token) -> bool:
    """``tok``'s phrase runs straight into the finite verb of a clause that has no subject of its
    own. A verb the parser hangs on a noun ("Boeing's jets, executives announced") is left alone:
    which noun it goes with is as unsure as the apposition, and "'s" is no verb."""
    doc = tok.doc
    nxt = tok.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].tag_ not in ("VBD", "VBZ", "VBP", "MD") or not doc[nxt].is_alpha:
        return False
    verb = doc[nxt].head if doc[nxt].dep_ in ("aux", "auxpass") else doc[nxt]
    return verb.dep_ not in ("acl", "relcl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _counted_group(tok: Token) -> bool:
    """"two Republicans", "one Democrat": a count of members of a party or a people, a
    description of those named after it, as a common noun is."""
    return tok.ent_type_ == "NORP" and any(c.dep_ == "nummod" for c in tok.lefts)


def _cast(tok: Token) -> bool:
    """``tok`` ends a person's full name that stands alone in brackets ("(Emma Stone)"), not a
    photo credit or an agency ("(Getty Images)", "(AP)")."""
    doc = tok.doc
    start, end = tok.left_edge.i, np_end(tok)
    if doc[start].text == "(":
        start += 1  # the parser may hang the opening bracket on the name itself
    if start == 0 or doc[start - 1].text != "(" or end >= len(doc) or doc[end].text != ")" or end - start < 2:
        return False
    if any(t.ent_type_ != "PERSON" or t.pos_ != "PROPN" for t in doc[start:end]):
        return False
    name = doc[start:end].text
    return not CREDIT_TAG_RE.search(f"({name})") and not AGENCY_RE.fullmatch(name)


def _qualified(noun: Token) -> bool:
    """``noun`` has a word of its own in front that says which kind it is ("a Jesuit priest", "a
    former officer"), not a piece of a hyphened word ("co-founder")."""
    doc = noun.doc
    return any(d.dep_ in ("amod", "compound", "nmod") and d.is_alpha and not inner_hyphen(doc[d.i + 1])
               for d in noun.lefts)


def _set_apart(ent) -> int | None:
    """The first token of a description right before a person's name that the parser took for a
    phrase of its own ("Her former running mate Tim Kaine was", two subjects; "his wife Fran", an
    apposition of the noun), or None: a common noun, with only its own modifiers before it."""
    doc, sent = ent.doc, ent.sent
    if ent.label_ != "PERSON" or ent.start <= sent.start:
        return None
    noun = doc[ent.start - 1]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_ or noun.lemma_.lower() in TIME_UNITS | DAY_PARTS:
        return None
    if not noun.is_lower and noun.i != sent.start:
        return None  # "Professor Ada Mensah": a capitalized word is the name's title (see _role)
    if any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in noun.lefts):
        return None  # "every time Trump chooses": a clause's adjunct, no one's description
    verb = ent.root.head
    if verb.i != noun.i and noun in verb.ancestors:
        return None  # "a comment Paltrow made", "no evidence Bloomberg did": the name opens a clause on the noun
    # "Trump's incoming chief of staff Reince Priebus": a role with its "of", the name its subject.
    titled = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.i == noun.i - 1 \
        and noun.head.head.i == noun.i - 2 and noun.head.head.pos_ == "NOUN"
    if noun.dep_ == "pobj" and ent.root.dep_ in ("nsubj", "nsubjpass") and not titled:
        return None  # "In his letter Mrs Thatcher wrote": an adjunct, then the subject
    head = noun.head.head if titled else noun
    start = head.left_edge.i
    if start < sent.start or doc[start].tag_ in ("WP$", "WDT"):
        return None  # "on whose board Hunter Biden had a seat": a relative clause's subject
    if start == noun.i and start > sent.start and doc[start - 1].pos_ in ("ADP", "SCONJ"):
        return None  # "since inception Andrew has been": a bare noun after "since" is the adjunct's own
    if doc[start].lower_ in ("a", "an", "the"):
        # After an article the parser would have taken a role into the name's phrase; a name it
        # keeps apart there is mostly a title or a ship taken for a person ("the action movie Blade Runner").
        return None
    if any((t.is_punct and t.text != "-") or t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADP" and t.i != noun.i - 1)
           for t in doc[start:noun.i]):
        return None  # not one noun phrase
    return start


def _role(ent, add) -> None:
    """The words of a role or title directly before a name that belong to its phrase."""
    doc = ent.doc
    if ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.i >= ent.end:
        return  # "a flat-panel Apple television set", "big-budget Brad Pitt spectacles": the name modifies a noun
    start = i = _name_start(ent)
    names = {t.i for t in ent if t.i >= start}
    # "Chief Finance Officer Dr Ada Fox": a form of address between the role and the name belongs
    # to neither; the role is read before it and its claim ends there.
    titled = _forms_before(doc, start, ent.sent.start, ADDRESS_FORMS)
    i = titled
    while i > ent.sent.start:
        t = doc[i - 1]
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i == i - 2 and i - 3 >= ent.sent.start \
                and t.head.head.i == i - 3 and t.head.head.lower_ in TITLE_NOUNS and t.is_title:
            i -= 2  # "Secretary of State Hillary Clinton": a title with its "of"
            continue
        office = _office_of(doc, i, names, ent.sent.start)
        if office is not None:
            i = office  # "Minister of Home Affairs Ada Fox", "Head of digital sales Ben Hall"
            continue
        # A piece of a hyphened word ("co-founder", "search-and-rescue") goes with the rest of the
        # word, however the parser hung it.
        glued = inner_hyphen(t) or inner_hyphen(doc[i]) or (t.i > ent.sent.start and inner_hyphen(doc[t.i - 1]))
        if not glued and (t.dep_ not in ("compound", "amod", "nmod", "npadvmod") or t.is_punct):
            break
        if not glued and any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in t.children):
            break  # "every time Trump chooses": the time of the clause after the name, no title of it
        if not glued and t.head.i not in names and t.head.i < start:
            # A modifier of the role word itself ("Pentagon" of "spokesman") is still the role.
            if not (t.head.dep_ in ("compound", "amod") and t.head.i >= t.i):
                break
        # Inside the word a verb or a preposition is a piece of it ("search-and-", "in-form"); a
        # participle ending it ("re-elected") is a verb still.
        inside = inner_hyphen(doc[i])
        if (t.pos_ in (("DET", "PRON", "NUM") if inside else ("DET", "PRON", "ADP", "VERB", "NUM")) and t.text != "-") \
                or t.lower_ in HONORIFICS \
                or t.ent_type_ in ("DATE", "TIME"):  # "Earlier this month Apple": a time, not a title
            break
        i -= 1
    if i == titled:
        i = start  # no role before the form of address: "said Dr Ada Fox"
        unhung = _unhung_title(doc, titled, ent.sent.start)
        if unhung is not None:
            i, titled = unhung
    if i == start == ent.start:
        # No role word hangs on the name; one may stand before it as a phrase of its own.
        before = _set_apart(ent)
        if before is not None:
            add(before, ent.end, "state.role", cut=False, name=ent.start)
        return
    i = min(i, ent.start)
    if doc[i].text == "-":
        # The loop stopped inside a hyphened word: "co-founder" is a title, "49-match" is none.
        if i > ent.sent.start and doc[i - 1].is_alpha and not doc[i - 1].whitespace_:
            i -= 1
        else:
            return
    if i < titled:
        start = titled  # the role ends before "Dr", the claim with it
    pair = _two_roles(doc, i, start, ent.sent.start)
    if pair is not None:
        # "former Fed President and Woods Committee Chair Bill Dudley", "a deal with Goldman Sachs
        # partner and hedge fund investor Steve Mnuchin": two offices, each with words of its own,
        # are two things said of the one person named after them (annotators mark each); bare ones
        # ("saxophonist and educator") share their words and stay one description (below).
        first, i = pair
        add(first, i - 1, "state.role", cut=False)
    elif ent.sent.start + 1 < i < start and doc[i - 1].dep_ == "cc" and doc[i - 1].lower_ == "and":
        # "saxophonist and educator Kidd Jordan": a second role joined to the first, the name hung
        # on the first as its conjunct, describes the same person.
        first = doc[i - 2]
        if ent.root.dep_ == "conj" and ent.root.head.i == first.i and first.tag_ == "NN" and first.is_lower:
            i = first.left_edge.i
    role = [t for t in doc[i:start] if t.text != "-"]
    if not role:
        return
    if any(t.pos_ == "NOUN" or t.lower_ in TITLE_NOUNS for t in role):
        i = _whose_role(doc, i, ent.sent.start)
        role = [t for t in doc[i:start] if t.text != "-"]
    if all(t.lower_ in SCOPE_WORDS for t in role):
        return  # "the state Senate", "the city council": which body, not a description of it
    commons = [t for t in role if t.pos_ == "NOUN" or t.lower_ in TITLE_NOUNS]
    # One capitalized word alone ("Oceanographer X") is the name's title, with more words it is an
    # office ("Prime Minister X", "Defense Secretary X"); an office of one word ("Governor X",
    # "Sen. X") is one too where the name first appears, and only the name after that. Before a
    # surname alone ("President Obama", "Mayor Fox") the office is the form of address the page
    # uses for one it takes as known, no description of the person: on tune annotators marked 3 of
    # 18 such titles (one more neutral), in 18 articles.
    if not commons or (len(role) == 1 and not role[0].is_lower and (
            role[0].lower_ not in TITLE_NOUNS or any(t.text == ent[-1].text for t in doc[:i])
            or len(names) == 1)):
        return
    end = stop_at(doc, i, ent.end)
    if end == ent.end and _party_end(ent) > ent.end:
        # "Sen. Ben Sasse, R-Neb.": the tag after the name is part of what is said of the office holder.
        add(i, _party_end(ent), "state.role", cut=False)
    else:
        add(i, end, "state.role", cut=False, name=start if end == ent.end else None)


# Forms of address that may stand between a role and the name it is of ("Chief Medical Officer Dr
# Ada Fox"); ranks are left out, being part of the office ("Army Capt. Ben Hall").
ADDRESS_FORMS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame".split())


def _forms_before(doc: Doc, at: int, floor: int, forms: frozenset[str]) -> int:
    """The first token of the run of ``forms`` (ADDRESS_FORMS, HONORIFICS) right before ``at``, no
    further back than ``floor``: "Dr", "Prof.", "Lt. Gen."; ``at`` itself when there is none. A form
    the tokenizer split from its full stop ("Lt" ".") counts as the dotted form it is."""
    i = at
    while i > floor:
        t = doc[i - 1]
        if t.lower_ in forms:
            i -= 1
        elif t.text == "." and i - 2 >= floor and not doc[i - 2].whitespace_ and doc[i - 2].lower_ + "." in forms:
            i -= 2
        else:
            break
    return i


def _unhung_title(doc: Doc, at: int, floor: int) -> tuple[int, int] | None:
    """``(start, end)`` of a title set before a form of address or a rank that opens the name at
    ``at`` ("Acting Chief Medical Officer Dr Ada Fox", "army chief Gen Ben Hall", "military
    spokesperson Lt. Gen. Ali Khan"), when the parser hung the title elsewhere (the next item of a
    list, the subject) and not on the name; else None. The role ends before the form of address."""
    end = _forms_before(doc, at, floor, HONORIFICS)  # the forms of address are among them
    if (end == at and doc[at].lower_ not in HONORIFICS) or end <= floor:
        return None  # no form of address or rank before the name (or in it: "Gen Ben Hall")
    title = doc[end - 1]
    if title.lower_ not in TITLE_NOUNS or title.pos_ not in ("NOUN", "PROPN") or title.ent_type_ == "PERSON":
        return None
    start = end - 1
    while start > floor:
        t = doc[start - 1]
        if t.is_punct or t.pos_ in ("DET", "PRON", "ADP", "VERB", "NUM", "CCONJ") or t.lower_ in HONORIFICS \
                or t.ent_type_ in ("PERSON", "DATE", "TIME") or t.dep_ not in ("compound", "amod", "nmod") \
                or not start <= t.head.i < end:
            break
        start -= 1
    return start, end


def _office_of(doc: Doc, i: int, names: set[int], floor: int) -> int | None:
    """The start of a title with an "of" of several words right before ``i`` ("Minister of Home
    Affairs", "Head of digital sales"), the title hung on the name and the words after "of" on it
    or on the name, else None. The single-word "of" is the caller's own case."""
    k = i
    while k > floor and i - k < 4 and doc[k - 1].is_alpha and doc[k - 1].pos_ in ROLE_POS \
            and doc[k - 1].ent_type_ not in ("PERSON", "DATE", "TIME"):
        k -= 1
    if k == i or k - 2 < floor or doc[k - 1].lower_ != "of" or doc[k - 1].dep_ != "prep":
        return None
    of, title = doc[k - 1], doc[k - 2]
    if of.head.i != title.i or title.head.i not in names or title.dep_ not in ("nmod", "compound"):
        return None
    if not (title.is_title or title.lower_ in TITLE_NOUNS) or title.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(doc[j].head.i not in names and doc[j].head.i not in range(k - 1, i) for j in range(k, i)):
        return None
    return title.i


# Words that may stand inside a role before a name: its nouns and their modifiers.
ROLE_POS = frozenset("NOUN PROPN ADJ".split())


def _role_word(tok: Token) -> bool:
    return tok.pos_ in ROLE_POS and tok.ent_type_ not in ("PERSON", "DATE", "TIME") and tok.is_alpha \
        and tok.lower_ not in HONORIFICS


def _two_roles(doc: Doc, i: int, start: int, floor: int) -> tuple[int, int] | None:
    """``(first, second)``: the starts of two roles joined by "and" before a name, the second
    running to the name's start and its first token at ``i`` or a few role words before it (the
    parser may hang those on the first role), when each has a word of its own besides its noun and
    the first has no article or possessive (then it may be another person's: "the finance minister
    and Labour leader Ed Miliband"); else None."""
    k = i - 1
    while k > floor and i - k <= 3 and _role_word(doc[k]):
        k -= 1
    if k <= floor + 1 or doc[k].lower_ != "and" or doc[k].dep_ != "cc" or start - (k + 1) < 2:
        return None
    noun = doc[k - 1]
    if not ((noun.pos_ == "NOUN" and noun.tag_ == "NN") or (noun.pos_ == "PROPN" and not noun.ent_type_
                                                            and noun.lower_ in TITLE_NOUNS)):
        return None
    first = k - 1
    while first > floor and _role_word(doc[first - 1]) and doc[first - 1].dep_ in ("compound", "amod", "nmod"):
        first -= 1
    if first == k - 1 or (first > floor and (doc[first - 1].dep_ in ("det", "poss") or doc[first - 1].tag_ == "POS")):
        return None
    return first, k + 1


def _name_start(ent) -> int:
    """The first token of a person's name proper: the entity may hold the office before it
    ("said Supervisor Alfredo Pedroza", "former Fed Vice Chair Donald Kohn" tagged whole as a
    person), and then that office is the role, not a part of the name."""
    if ent.label_ != "PERSON":
        return ent.start  # "the Justice League", "the Spokesman-Review": an office word in a body's name
    start = ent.start
    for t in ent[:-1]:
        if t.lower_ in TITLE_NOUNS and t.dep_ == "compound" and not t.is_lower:
            start = t.i + 1
    return start


# Initials of a party in a politician's tag ("R-Neb.", "D-Calif.", "I-Vt.").
PARTY_INITIALS = frozenset("R D I".split())


def _party_end(ent) -> int:
    """The end of a party-and-state tag set off right after a name ("Sen. Ben Sasse, R-Neb.", "Rep.
    Mark Walker (R-N.C.)"), its closing bracket with it, else the end of the name: the tag says
    which party the officeholder belongs to and which state or district he stands for."""
    doc = ent.doc
    at = ent.end
    if at + 3 >= len(doc) or doc[at].text not in (",", "(") or doc[at + 1].text not in PARTY_INITIALS \
            or doc[at + 2].text != "-" or doc[at + 1].whitespace_ or doc[at + 2].whitespace_:
        return ent.end
    place = doc[at + 3]
    if place.pos_ != "PROPN" or place.dep_ != "appos" or place.head.i not in range(ent.start, ent.end):
        return ent.end
    end = place.right_edge.i + 1
    if doc[at].text == "(":
        return end + 1 if end < len(doc) and doc[end].text == ")" else ent.end
    return end


# Entities a role can be of, named right before its word: a body or a title.
OWNER_LABELS = frozenset("ORG WORK_OF_ART".split())


def _whose_role(doc: Doc, i: int, floor: int) -> int:
    """The start of the body or the title a role word at ``i`` is of, when one is named right before
    it and the parser did not hang it on the role ("Department of Correction spokesman Jason
    Kersten", "NASA Goddard Institute for Space Studies climatologist Gavin Schmidt", "“Fleabag”
    creator Phoebe Waller-Bridge"); else ``i``. Whose role it is belongs to what the role says."""
    if i <= floor:
        return i
    last = doc[i - 1]
    if last.text in ("”", '"'):
        # A title in quotation marks, its marks with it: up to the opening mark, a few names away.
        for j in range(i - 2, max(floor, i - 8) - 1, -1):
            if doc[j].text in ("“", '"'):
                return j if j < i - 2 else i
            if doc[j].pos_ != "PROPN" and not (doc[j].is_stop and doc[j].is_lower):
                return i
        return i
    if last.ent_type_ not in OWNER_LABELS or not last.whitespace_ or doc[i].ent_iob_ == "I":
        return i
    start = i - 1
    while start > floor and doc[start].ent_iob_ == "I":
        start -= 1
    return start


# Positions where a noun phrase of a happening is the article's own statement that it happened:
# a subject, an object, a preposition's object, an apposition, a coordinate of one of these.
EVENT_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})


# Occasions of saying something: "said at a rally in Louisiana", "wrote in a letter to the president".
OCCASION_NOUNS = frozenset("rally speech statement interview hearing conference briefing address debate meeting "
                           "letter post tweet appearance paper session remark".split())
OCCASION_VERBS = REPORTING_VERBS | {"speak", "tell", "write"}
# Occasions held to speak to reporters: "said at a news conference" tells that one took place.
PRESS_OCCASIONS = frozenset("conference briefing".split())
# Prepositions that tie an occasion to the report made on it ("said at a rally", "in a statement").
OCCASION_PREPS = frozenset("at in during on".split())


def _occasion(tok: Token) -> bool:
    """The occasion a report was made on, told with where or to whom ("at a rally in Louisiana",
    "in a statement on their website"): the article says it took place. A date after the place
    ("a rally in Monroe on Nov. 6") is left to the date's own claim."""
    prep = tok.head
    if not (tok.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS):
        return False
    during = _during(tok)
    if not during and not (tok.lemma_.lower() in OCCASION_NOUNS and prep.head.lemma_.lower() in OCCASION_VERBS):
        return False
    if not during and any(_dated(c) for c in tok.lefts):
        return False  # "an Aug. 4 briefing": dated, the date is the report's
    for c in tok.rights:
        if _dated(c):
            return False  # "a rally on Nov. 6 in Monroe": the place comes after the date, off the focus
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "to", "with", "at", "before"):
            return True
    # "said at a news conference", "said at a White House press briefing", "In a news conference,
    # she said": a gathering called to speak to the press took place, where or with whom aside
    # ("said in a statement" is the report).
    return prep.lower_ in ("at", "in", "during") and tok.lemma_.lower() in PRESS_OCCASIONS


def _during(tok: Token) -> bool:
    """An occasion or a gathering something was said or done during ("asked during her appearance
    on the show", "clarified during today's press conference"): the article says it took place,
    whatever the verb, and a date in front of it ("a November 2015 stop in Iowa") is a claim of its
    own, left off the focus."""
    return tok.head.lower_ == "during" and tok.lemma_.lower() in OCCASION_NOUNS | GATHERING_NOUNS and _route(tok) is None


def _occasion_start(tok: Token) -> int:
    """Start of an occasion's phrase, after a date in front of it when it is what something happened
    during ("during today's press conference": "press conference")."""
    dated = [c for c in tok.lefts if _dated(c)] if _during(tok) else []
    return max(c.right_edge.i + 1 for c in dated) if dated else tok.left_edge.i


def _dated(tok: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _occasion_end(tok: Token) -> int:
    """End of an occasion's phrase, before the first phrase after the noun that dates it ("a rally
    in Monroe, La., on Nov. 6": the date is a claim of its own)."""
    end = tok.right_edge.i + 1
    for c in tok.rights:
        if _dated(c):
            end = c.left_edge.i
            break
    while end > tok.i + 1 and tok.doc[end - 1].is_punct:
        end -= 1
    return end


# A game's or a contest's result: "the Wild's 4-1 win over the Sabres", "the Lions' 30-20 loss".
RESULT_NOUNS = frozenset("win victory loss defeat triumph rout".split())
# Nouns of a gathering or an encounter, a happening once its place, who it was with or where it
# went is given ("a rally in Monroe", "a phone call with the president", "a trip to Moscow"), and
# of an occasion or a spell someone went through ("a campaign stop in Iowa", "the launch event in
# Paris", "treatment at a clinic in Oslo", "a stint on a cooking show"), someone's appearance
# somewhere ("his appearance at the Al Smith Dinner", "her joint appearance with Mr. Trump") or a
# clash with someone ("his clash with Mrs Thatcher", "a confrontation with her husband"): with
# whom or where, tune marks them each time, told with a possessive or not.
GATHERING_NOUNS = frozenset(
    "meeting rally conference speech hearing summit session interview call trip shootout "
    "stop event tour debate ceremony screening debut treatment stint appearance "
    "confrontation clash".split())
# Prepositions that name who a gathering was with or where it went ("an interview with the
# Times", "a trip to Beijing"), and what a happening was aimed at ("attacks on political
# correctness", "a ban on large gatherings").
GATHERING_PREPS = ("with", "to", "on")
TARGET_PREPS = ("on",)
# Mass killings, a happening by their place or their victims ("the massacre at a village school",
# "the massacre of the villagers"). Kept off the shared event list, whose nouns also date other
# happenings: in "less than 24 hours after the massacre" the count of time is the claim.
SLAUGHTER_NOUNS = frozenset("massacre slaughter genocide pogrom".split())
# Every listed noun of a happening, and those that time another happening after "during" or "after".
LISTED_EVENT_NOUNS = EVENT_NOUNS | GATHERING_NOUNS | SLAUGHTER_NOUNS
TIMING_NOUNS = EVENT_NOUNS | HAPPENING_NOUNS


def _result(tok: Token) -> tuple[int, int] | None:
    """The tokens of a contest's result named by a noun (start, end), or None: the noun with its
    winner or loser ("the Lions' … loss") or its opponent ("win over the Sabres"), given with a
    score or a named side; "a loss of jobs", "a win for consumers" are no result."""
    if tok.lemma_.lower() not in RESULT_NOUNS:
        return None
    owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    scored = any(c.dep_ == "nummod" and any(g.lower_ in ("-", "–") for g in c.subtree) for c in tok.lefts)
    against = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("over", "against")), None)
    opponent = next((c for c in against.children if c.dep_ == "pobj"), None) if against is not None else None
    if opponent is not None and opponent.pos_ not in ("PROPN", "NOUN"):
        opponent = None
    if not (owner or opponent) or not (scored or owner or (opponent is not None and opponent.pos_ == "PROPN")):
        return None
    start = owner.left_edge.i if owner is not None else tok.i
    end = np_end(opponent) if opponent is not None else tok.i + 1
    return start, stop_at(tok.doc, start, end)


def _placed(obj: Token) -> bool:
    """A place the object of "in" or "at" names: a named one, or a common noun whose own phrase
    names one ("at a mosque in Leeds", "at a school near Lyon"), clauses aside."""
    if obj.ent_type_ in SITE_LABELS:
        return True
    if obj.pos_ != "NOUN":
        return False
    stack = list(obj.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "acl", "advcl", "appos"):
            continue
        if t.ent_type_ in SITE_LABELS:
            return True
        stack += t.children
    return False


def _given_subject(tok: Token, owner: list[Token], comps: list[Token]) -> bool:
    """"The storming of the town began at dawn", "the mayor's arrest led to riots": a happening
    named with "the" or a named owner as the subject of the main clause is given, and what the
    sentence claims is its predicate (on tune 15 of 17 such nouns matched no gold claim, in 15
    articles). What an announcement or a decision says ("Russia's announcement that it will help
    Iran") is a claim of its own, as is where a trip went or whom a meeting was with ("Lam's trip
    to Beijing"), and so is each of a list of happenings ("the expulsion of X and the closure of
    Y marked a new low"); "his attacks on X" is told of someone, not given."""
    if comps or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" \
            or tok.lemma_.lower() in GATHERING_NOUNS or any(c.dep_ == "conj" for c in tok.rights):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) or any(o.pos_ != "PRON" for o in owner)


def events(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """"Russia's announcement that it will help Iran", "the expulsion of Iranian diplomats", "its
    decision to host the group", "a rally in Monroe": a noun of a happening with its actor, what it
    acted on or where it took place."""
    doc, sent = s.doc, s.span
    taken = [(c.focus_start, c.focus_end) for c in found if c.type not in ("date", "quantity")]
    out: list[Candidate] = []
    for tok in s.tokens:
        if tok.pos_ != "NOUN" or tok.dep_ not in EVENT_NOUN_DEPS or tok.i in s.folded:
            continue
        if _occasion(tok):
            start = _occasion_start(tok)
            end = stop_at(doc, start, _occasion_end(tok))
            a, b = phrase_chars(doc, start, end)
            # The article's own statement beside the report, not part of what was reported.
            out.append(Candidate(sent, a, b, "event", "event.nominal", None,
                                 key=content_key("event", doc, start, end), aside=True))
            continue
        result = _result(tok)
        if result is not None:
            a, b = phrase_chars(doc, *result)
            # Set in another claim as its object it is what that claim says ("missed an upset win
            # over the Clippers"); as an adjunct ("hurt in the Lions' loss") it is a fact of its own.
            if tok.dep_ == "pobj" or not any(x <= a and b <= y for x, y in taken):
                out.append(Candidate(sent, a, b, "event", "event.nominal", None, key=content_key("event", doc, *result)))
            continue
        lower = tok.lower_
        gerund = lower.endswith("ing") and len(lower) > 5 and lower not in NON_EVENT_GERUNDS
        if tok.lemma_.lower() not in LISTED_EVENT_NOUNS and not gerund:
            continue
        owner = [c for c in tok.lefts if c.dep_ == "poss"]
        args = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "by")]
        gathering = tok.lemma_.lower() in GATHERING_NOUNS
        preps = GATHERING_PREPS if gathering else TARGET_PREPS
        args += [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps and any(
            g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)]
        # "a rally in Monroe", "the meeting at the White House", "attacks in New York": where it
        # happened says which happening it was (the occasion a report was made on is the
        # report's, above; "after the 2019 election in Ohio" is when, a date's).
        # What a source spoke about is no occasion of speaking: "testified about a meeting at the
        # White House" tells of the meeting and where it was.
        # An occasion off those lists that times another happening ("shot during a campaign stop in
        # Iowa", "after treatment at a clinic in Oslo") is a claim of its own with its place, unless
        # a date's claim took it.
        adjunct = tok.dep_ == "pobj" and ((tok.head.head.lemma_.lower() in OCCASION_VERBS
                                           and tok.head.lower_ in OCCASION_PREPS)
                                          or (tok.head.lower_ in HAPPENING_PREPS | {"during", "until"} and (
                                              tok.lemma_.lower() in TIMING_NOUNS or any(
                                                  c.type == "date" and c.focus_start <= tok.idx < c.focus_end
                                                  for c in found))))
        args += [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "at") and not adjunct and any(
            g.dep_ == "pobj" and _placed(g) for g in c.children)]
        # "its decision to host X", "the announcement that it will help": the complement says what.
        comps = [c for c in tok.rights if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and (
            infinitive(c) or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.lefts))]
        if gerund and not any(c.lower_ in ("of", "in", "at") for c in args) and not (
                tok.lemma_.lower() in LISTED_EVENT_NOUNS and args):
            # "its September meeting", "India's batting": a gerund names a happening with its object.
            # A listed noun names one with whom or what it was on ("his meeting with the Times",
            # "a hearing on the new rules"), as the other listed nouns do.
            continue
        if not (owner or args or comps):
            continue
        if gathering and not (args or comps):
            continue  # "the mayor's interview": who took part, with no one it was with or about
        if _route(tok) is not None or any(
                c.type == "quantity" and c.focus_start <= tok.idx < c.focus_end for c in found):
            continue  # "a trip from Oslo to Bergen" is a route (state.route), "a dozen trips to Oaxaca" a count
        if not (args or comps) and all(o.pos_ == "PRON" or o.ent_type_ in ("DATE", "TIME") for o in owner):
            continue  # "his death", "its purchases", "Tuesday's report": who or when, not what happened
        if _given_subject(tok, owner, comps):
            continue
        start = tok.left_edge.i
        while start < tok.i and doc[start].dep_ in ("advmod", "cc", "punct", "preconj"):
            start += 1  # "particularly its decision": the happening, not the emphasis
        end = np_end(tok)
        for c in comps:
            # "to support X in June": the infinitive's predicate; "that it will help Y do Z": all of it.
            end = max(end, predicate_end(c) if infinitive(c) else c.right_edge.i + 1)
        # "the expulsion of X and the closure of Y": each happening on its own.
        conj = next((c for c in tok.rights if c.dep_ == "conj"), None)
        if conj is not None:
            end = min(end, conj.left_edge.i)
            while end > tok.i + 1 and doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1
        end = stop_at(doc, start, end)
        a, b = phrase_chars(doc, start, end)
        if b - a < 8 or any(x <= a and b <= y for x, y in taken):
            continue  # inside what another claim says ("announced the closure of the embassy")
        out.append(Candidate(sent, a, b, "event", "event.nominal", None, key=content_key("event", doc, start, end)))
    return out
