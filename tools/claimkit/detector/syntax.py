"""Reading the parse: phrase extents, subjects, tense and mood, and the per-Doc cache the rules
share (spaCy rebuilds ``Doc.text`` and ``Doc.ents`` on every access, which made long documents
quadratic)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

from spacy.attrs import IS_SPACE, TAG
from spacy.tokens import Doc, Span, Token

from .lexicon import (
    ADJUNCT_PREPS,
    CAUSAL_PREPS,
    CAUSAL_VERBS,
    EVENT_NOUNS,
    FORECAST_ADVERBS,
    FORECAST_VERBS,
    FUTURE_MODALS,
    GUESS_VERBS,
    HAPPENING_NOUNS,
    HEDGES,
    IRREALIS_VERBS,
    NAMED_LABELS,
    NON_MANNER_ADVERBS,
    PENALTY_NOUNS,
    PENALTY_VERBS,
    PERSONAL_PRONOUNS,
    REPORTING_VERBS,
    REPROACH_VERBS,
    SPECULATIVE_MODALS,
    STATIVE_VERBS,
    TIME_COMPARATIVES,
    WH_WORDS,
    YES_NO_OPENERS,
)

# Punctuation that ends a phrase: a focus never runs over a comma, a dash, a bracket or a colon
# (quotation marks may sit inside one: "known as “Besa”"; a quote's own words are no claim).
PHRASE_BREAKS = frozenset({",", "–", "—", "--", "(", ")", ";", ":", "[", "]"})


class DocCache:
    """What the rules read again and again from one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.ents = list(doc.ents)
        self.starts = [e.start for e in self.ents]
        # ``Span.text`` joins every token again: once per sentence, not once per candidate.
        self.trimmed: dict[tuple[int, int], tuple[int, int]] = {}
        # The entity of each token (spaCy's ``Token.ent_type_`` is cheap, the Span is not).
        self.ent_of: dict[int, Span] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.facts: dict = {}  # per-document facts the rules compute once (quotes, dates)
        self.doc = doc

    @functools.cached_property
    def tags(self) -> list[str | None]:
        """Each token's fine-grained tag, None for a white-space token: read from one array, not
        from a Token object per index (spaCy makes a new one on every ``doc[i]``)."""
        import numpy as np

        columns = self.doc.to_array([TAG, IS_SPACE])
        # Python ints of 64-bit hashes are slow to make: one per distinct tag, then small indices.
        hashes, index = np.unique(columns[:, 0], return_inverse=True)
        strings = self.doc.vocab.strings
        names = [strings[int(h)] for h in hashes]
        return [None if space else names[i] for i, space in zip(index.tolist(), columns[:, 1].tolist())]


_PER_DOC: dict[int, DocCache] = {}


def cache_of(doc: Doc) -> DocCache:
    cache = _PER_DOC.get(id(doc))
    if cache is None:
        # A rule called outside the component (a test on a bare Doc): cache for this call only.
        cache = DocCache(doc)
    return cache


def doc_text(doc: Doc) -> str:
    cache = _PER_DOC.get(id(doc))
    return cache.text if cache is not None else doc.text


def ents_within(span: Span) -> list[Span]:
    """``span.ents`` (entities wholly inside the span), from the per-Doc cache when there is one."""
    cache = _PER_DOC.get(id(span.doc))
    if cache is None:
        return list(span.ents)
    out = []
    i = bisect.bisect_left(cache.starts, span.start)
    while i < len(cache.ents) and cache.ents[i].start < span.end:
        if cache.ents[i].end <= span.end:
            out.append(cache.ents[i])
        i += 1
    return out


def entity_of(token: Token) -> Span | None:
    return cache_of(token.doc).ent_of.get(token.i)


def trimmed(sent: Span) -> tuple[int, int]:
    """The sentence's character offsets without surrounding blanks."""
    cache = _PER_DOC.get(id(sent.doc))
    key = (sent.start, sent.end)
    if cache is not None and key in cache.trimmed:
        return cache.trimmed[key]
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    lead = len(text) - len(text.lstrip())
    out = sent.start_char + lead, sent.start_char + len(text.rstrip())
    if cache is not None:
        cache.trimmed[key] = out
    return out


def titled(text: str, start: int, end: int) -> bool:
    """The phrase is all there is between quotation marks: a title ("1917", "Catch-22"), not a
    date or a number."""
    return start > 0 and end < len(text) and text[start - 1] in "\"“‘'" and text[end] in "\"”’'"


def clause_span(sent: Span) -> Span | None:
    start, end = trimmed(sent)
    return sent.doc.char_span(start, end, alignment_mode="expand")


def is_question(sent: Span) -> bool:
    start, end = trimmed(sent)
    return doc_text(sent.doc)[start:end].rstrip("”\"'’)").endswith("?")


# What sets a question off from a clause before it in the same sentence ("..., but what", "- so why").
QUESTION_BREAKS = frozenset(", ; : - -- – —".split())


def asked_from(sent: Span) -> int | None:
    """Where the writer's question starts in a sentence that asserts a clause before it ("Smith
    has said he will sign the bill - but what does that mean?"); None when the sentence is no
    question, when what comes before the question has no verb with a subject of its own ("Twenty
    years from now, will we ...?", "The key question: can ...?"), or when the question is
    inside a quotation."""
    if not is_question(sent):
        return None
    doc, text = sent.doc, doc_text(sent.doc)
    end = trimmed(sent)[1]
    for i in range(sent.end - 2, sent.start, -1):
        brk = doc[i]
        if brk.text not in QUESTION_BREAKS:
            continue
        j = i + 1
        if doc[j].lower_ in ("but", "and", "so", "or") and j + 1 < sent.end:
            j += 1
        if doc[j].lower_ not in WH_WORDS and doc[j].lower_ not in YES_NO_OPENERS:
            continue
        asserted = any(w.dep_ in ("nsubj", "nsubjpass", "expl") and w.head.pos_ in ("VERB", "AUX")
                       and sent.start <= w.head.i < i for w in doc[sent.start:i])
        quoted = any(mark in text[brk.idx:end] for mark in "\"“”")
        return doc[j].idx if asserted and not quoted else None
    return None


# -- phrases -----------------------------------------------------------------------------------


def phrase_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``start..end``, without trailing punctuation and blanks."""
    if end <= start:
        return 0, 0
    # A phrase does not end on a word that leads into more ("sent IBM and", "in the form of a").
    while end - 1 > start and doc[end - 1].dep_ in ("cc", "det", "prep", "mark", "case", "aux") \
            and doc[end - 1].pos_ in ("CCONJ", "DET", "ADP", "SCONJ", "PART") and not doc[end - 1].is_punct:
        end -= 1
    # Nor start on a clitic cut off its word ("’s no backlog").
    while start < end - 1 and doc[start].lower_ in ("'s", "’s", "'re", "’re", "'ve", "’ve"):
        start += 1
    text = doc_text(doc)
    s = doc[start].idx
    last = doc[end - 1]
    e = last.idx + len(last.text)
    piece = text[s:e]
    stripped = piece.rstrip(" .,;:–—\n")
    lead = len(piece) - len(piece.lstrip(" \n"))
    end = s + len(stripped)
    # 'beating "1917' ends inside a title: take its closing mark along.
    if (stripped.count('"') % 2 == 1 or stripped.count("“") > stripped.count("”")) and text[end:end + 1] in ('"', "”"):
        end += 1
    return s + lead, end


def stop_at(doc: Doc, start: int, end: int) -> int:
    """Cut a phrase at the first comma, dash (a spaced hyphen too), bracket, quotation mark or line
    break after its start."""
    for i in range(start + 1, end):
        t = doc[i]
        if t.text in PHRASE_BREAKS or t.is_space or (t.text == "-" and t.whitespace_ and doc[i - 1].whitespace_):
            return i  # a hyphen with spaces around it is a dash ("afterwards - United boss ...")
        if "\n" in t.whitespace_:
            return i + 1
    return end


def np_end(token: Token) -> int:
    """End (exclusive) of a noun's phrase: its modifiers and prepositional phrases, without
    relative clauses, appositions, coordination after a comma and adjuncts of time or cause."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("relcl", "appos", "punct", "advcl", "parataxis", "acl") and not (
                child.dep_ == "acl" and child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.lefts)):
            break
        if child.dep_ in ("cc", "conj"):
            # "elements of Islamism and Marxism": coordination without a comma stays in the phrase.
            if any(t.text == "," for t in token.doc[token.i:child.i]):
                break
            end = max(end, np_end(child) if child.dep_ == "conj" else child.i + 1)
            continue
        if child.dep_ == "prep" and (child.lower_ in ADJUNCT_PREPS or has_time(child)):
            break
        end = max(end, np_end(child))
    return end


def has_time(token: Token) -> bool:
    """A prepositional phrase (or a noun phrase) of time: its own noun phrase holds a date or time
    entity, not merely a clause inside it ("at the hospital where she was, the day after")."""
    doc = token.doc
    obj = next((c for c in token.children if c.dep_ in ("pobj", "pcomp")), None) if token.dep_ in ("prep", "agent") else token
    if obj is None:
        return any(doc[i].ent_type_ in ("DATE", "TIME") for i in range(token.left_edge.i, token.right_edge.i + 1))
    # The noun phrase's own words, without the clauses, appositions and coordinates hanging on it
    # or on the nouns inside it ("of wreckage from the jet operated by X, which vanished on Sunday").
    stack = [obj]
    while stack:
        t = stack.pop()
        if t.ent_type_ in ("DATE", "TIME") and not _measure_modifier(t):
            return True
        # "begins with Hindenburg appointing Hitler Chancellor in 1933", "charged with killing a
        # guard on Monday": the time of a clause the preposition takes is that clause's, not one of
        # the preposition's own.
        clause = t is obj and t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX")
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "appos", "punct", "conj", "cc", "advcl")
                     and not (clause and c.i > t.i and c.dep_ in ("prep", "npadvmod")))
    return False


def inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("49-match", "co-founder"), not a dash between words."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _measure_modifier(t: Token) -> bool:
    """A length of time hyphened onto the noun it describes ("a five-minute interview", "a 24-hour
    strike", "the death of a 15-year-old boy"): that noun is not a time, and neither is the phrase
    it sits in."""
    doc = t.doc
    start = t.i
    while start > 0 and doc[start].ent_iob_ != "B" and doc[start - 1].ent_type_ == t.ent_type_:
        start -= 1  # from the entity's first word ("five" of "five-minute")
    end = t.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # The noun it describes: the first head outside the entity ("boy" of "15-year-old").
    noun = t
    while start <= noun.i < end and noun.head.i != noun.i:
        noun = noun.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME") and noun.i >= end and any(
        inner_hyphen(doc[i]) for i in range(start, noun.i))


# Dependents of a verb that belong to the fact it states (objects, complements, particles).
ARGUMENT_DEPS = frozenset({"prt", "dobj", "dative", "attr", "acomp", "oprd", "xcomp", "agent", "neg"})
# Prepositions that take an argument of the verb rather than a circumstance.
ARGUMENT_PREPS = frozenset(
    "to into onto from with without against as by of for on in at near about between through toward towards under "
    "over out off across along beyond behind inside upon among via above below beneath past within".split()
)


# Prepositions of what a verb takes ("charged Tuesday with"), not of where it happened: a day
# named before them stays inside the predicate.
DAY_SPANNED_PREPS = frozenset("with to for of against into from as".split())


def _before_someone(prep: Token) -> bool:
    """"testified before the Senate Judiciary Committee", "went after Eriksson Ek": a place or a
    person, not a time. After "go", "after" anyone or anything but a time or a happening is whom
    the going was at ("went after the attorney general", "go after companies that hire ...")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ not in ("before", "after") or obj is None:
        return False
    if obj.ent_type_ in ("ORG", "PERSON"):
        return True
    return prep.lower_ == "after" and prep.head.lemma_.lower() == "go" and obj.pos_ in ("NOUN", "PRON", "PROPN") \
        and obj.lemma_.lower() not in EVENT_NOUNS | HAPPENING_NOUNS and not has_time(prep)


def manner_adverb(adverb: Token) -> bool:
    """An adverb of how (much) a thing happened: a comparative ("higher", "earlier than usual") or
    one in -ly ("sharply", "dramatically"), not one of when, how often or how sure."""
    word = adverb.lower_
    if adverb.pos_ not in ("ADV", "ADJ") or word in NON_MANNER_ADVERBS or adverb.ent_type_ in ("DATE", "TIME"):
        return False
    if adverb.tag_ in ("RBR", "JJR"):
        # "grew faster than anyone had imagined": a comparison with a clause of its own, the
        # comparison's claim, not the verb's.
        if any(g.dep_ in ("advcl", "ccomp", "mark") for g in adverb.children):
            return False
        return word not in TIME_COMPARATIVES or any(g.dep_ == "prep" and g.lower_ == "than" for g in adverb.rights)
    return adverb.tag_ == "RB" and word.endswith("ly") and len(word) > 4


def how_it_went(verb: Token, i: int) -> bool:
    """Token ``i`` is an adverb of how the verb's happening went, after the verb ("fell sharply"):
    inside its predicate, but no more of what happened."""
    tok = verb.doc[i]
    return i > verb.i and tok.head.i == verb.i and tok.dep_ == "advmod" and manner_adverb(tok)


def done_without(verb: Token) -> bool:
    """The -ing form after "without" of a deed told as done: "won the match without dropping a
    set", "blamed a party without naming it"; what was done without doing is checked beside the
    deed, "without" and all (the deed's predicate stops before it). Not with a subject of its own
    ("without anyone noticing"), nor after a verb that may, must or is only allowed to do it ("can
    repatriate income without paying taxes", "forbids me from installing one without notifying
    the office", "to sell without making sure"): a rule or a plan, no deed; nor of being or
    having ("without having to rely on it"), which says how a thing is; nor after a deed of speaking
    ("spoke for an hour without naming the company", "said so without giving detail"): what a
    speaker left unsaid is no happening of its own."""
    deed = verb.head.head
    if deed.pos_ != "VERB" or deed.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG") or own_subject(verb) is not None:
        return False
    if verb.lemma_.lower() in STATIVE_VERBS or any(c.tag_ == "MD" for c in deed.lefts) \
            or deed.lemma_.lower() in REPORTING_VERBS | {"speak", "talk"}:
        return False
    return not (deed.dep_ == "pcomp" and deed.head.lower_ == "from")


def _where_it_was_done(verb: Token, prep: Token, end: int) -> bool:
    """"was shot in the yard", "were killed at a checkpoint near the border": a place right after
    a deed told in the past passive is where it was done, a claim of its own (CONVENTIONS.md,
    the focus of an event leaves out the place), not what was done. Not a bare name ("was born
    in Spain", "were released in Doha": the name is what the predicate tells), nor after a
    verb of being somewhere ("is housed in", present or stative)."""
    if prep.lower_ not in ("in", "at") or prep.i != end or verb.tag_ != "VBN" or verb.lemma_.lower() in STATIVE_VERBS:
        return False
    if not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.lefts):
        return False
    words = " ".join(t.lower_ for t in verb.doc[prep.i:prep.i + 4])
    if any(f"{words} ".startswith(f"{cause} ") for cause in CAUSAL_PREPS):
        return False  # "was rebuilt at the request of the king": a cause, the causal claim's
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in obj.lefts)


def _aside_before_argument(verb: Token, comma: Token) -> Token | None:
    """"decided, among other issues, to install lights", "is determined, in part, by the value": a
    short phrase set off by commas right after a bare verb, with what the verb takes after it (an
    infinitive, an object or a passive's agent); the predicate runs on over the aside to it. Not
    an aside of time ("was arrested, on Monday, in Paris"), nor a clause."""
    doc = verb.doc
    prep = next((c for c in verb.rights if c.i == comma.i + 1), None)
    if prep is None or prep.dep_ != "prep" or has_time(prep) or prep.lower_ in ADJUNCT_PREPS \
            or prep.right_edge.i - prep.i > 4 or any(t.pos_ in ("VERB", "AUX") for t in prep.subtree):
        return None
    close = prep.right_edge.i if doc[prep.right_edge.i].text == "," else prep.right_edge.i + 1
    # The closing comma may hang on the verb or inside the aside ("in part ,").
    if close >= len(doc) or doc[close].text != "," or not (
            doc[close].head.i == verb.i or prep.i <= doc[close].head.i < close):
        return None
    arg = next((c for c in verb.rights if c.i > close), None)
    if arg is None or arg.left_edge.i != close + 1:
        return None
    if arg.dep_ == "agent" or arg.dep_ == "dobj" or (arg.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in arg.lefts)):
        return arg
    return None


# Verbs of going somewhere, whose infinitive says what the going was for and is the deed itself:
# "Family members came to identify the dead", "When authorities went to investigate", "went on to
# criticise people". Not "step in" or "travel": annotators give their purpose a claim of its own
# ("was forced to step in" + "to protect pension funds").
MOTION_VERBS = frozenset("go come return head rush".split())
# Verbs of knowing, feeling or meaning, after which "come to" tells a change of mind or of
# standing, not a going: "have come to regret it", "he had come to know as a brazen liar", "a case
# that came to symbolise ...", "come to think of it".
COME_TO_KNOW = frozenset("know think believe feel regret appreciate expect accept understand realize realise see like "
                         "love hate trust respect represent symbolize symbolise mean define embody be".split())


def _went_to_do(verb: Token, clause: Token, end: int) -> bool:
    """"came to identify the dead", "went to investigate", "went on to criticise people": an
    infinitive right after a verb of going (and its particle or adverb), which the parser hangs
    on it as a clause of purpose, is what the going was for; annotators keep the two together as
    one happening (and the verb alone, "came", "went on", is no claim: see rules._went_nowhere).
    The "to" stands right where the predicate has reached ("went on to", "come home to")."""
    if verb.lemma_.lower() not in MOTION_VERBS or clause.tag_ != "VB" or clause.i < verb.i:
        return False
    if verb.lemma_.lower() == "come" and clause.lemma_.lower() in COME_TO_KNOW:
        return False
    to = clause.left_edge
    return to.i == end and to.lower_ == "to" and to.dep_ == "aux" and to.head.i == clause.i


# Participles of where a thing stands, and the words that give its place from a landmark: a
# bearing ("north of Athens", with or without a distance before it) or a side ("opposite the river").
SITED_VERBS = frozenset("locate situate".split())
BEARINGS = frozenset("north south east west northeast northwest southeast southwest opposite".split())


def _whereabouts(child: Token) -> int:
    """End of the place phrase ``child`` heads after a verb of where ("[190 miles] north of
    Athens", "opposite the meandering river"), or 0 if it heads none."""
    if child.lower_ not in BEARINGS or child.dep_ not in ("advmod", "prep", "npadvmod"):
        return 0
    if child.lower_ == "opposite":
        return np_end(child) if any(g.dep_ == "pobj" for g in child.children) else 0
    of = next((g for g in child.rights if g.dep_ == "prep" and g.lower_ == "of" and g.i == child.i + 1), None)
    return np_end(of) if of is not None and any(g.dep_ == "pobj" for g in of.children) else 0


def predicate_end(verb: Token, max_preps: int = 2) -> int:
    """End (exclusive) of a verb's predicate: its objects, complements, particles and up to
    ``max_preps`` prepositional phrases, stopping at the first adjunct of time, cause or
    concession, at a clause of its own and at punctuation."""
    end = verb.i + 1
    preps = 0
    day: Token | None = None  # a day named between the verb and its argument, kept inside
    aside: Token | None = None  # the argument after an aside set off by commas, see _aside_before_argument
    for child in verb.rights:
        if aside is not None and child.i < aside.i:
            continue
        if child.dep_ == "punct" and child.text == "," and end == verb.i + 1 and aside is None:
            aside = _aside_before_argument(verb, child)
            if aside is not None:
                continue
        if child.dep_ == "advcl" and child.left_edge.i == end and child.left_edge.lower_ == "for" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.lefts):
            # "called for students to be able to choose": "for" and an infinitive with its own
            # subject, the verb's argument (the parser hangs it on the verb as a clause).
            end = max(end, predicate_end(child, max_preps=1))
            break
        if child.dep_ == "advcl" and _went_to_do(verb, child, end):
            end = max(end, predicate_end(child, max_preps=1))
            break
        if child.dep_ in ("punct", "cc", "conj", "advcl", "relcl", "parataxis", "mark", "ccomp", "csubj"):
            break
        if child.left_edge.i == end and verb.lemma_.lower() in SITED_VERBS and (placed := _whereabouts(child)) > end:
            # "located 190 miles north of Athens", "situated opposite the Ahr River": where a thing
            # stands, told by its bearing or its distance from a landmark, is the state's place.
            end = placed
            continue
        if child.dep_ == "prep":
            if child.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
                break  # "opened the scoring by stripping X": the means is a happening of its own
            if child.lower_ == "for" and end > verb.i + 1 and verb.lemma_.lower() not in CAUSAL_VERBS \
                    and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children) and not reproach_told(verb):
                # "was fined by the league for punching a fan": after what the verb takes, the
                # cause or purpose told by "for" and an -ing form is a claim of its own (not
                # after "blamed X for", whose reason is what it states).
                break
            if child.lower_ == "without" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and done_without(g) for g in child.children):
                break  # "won without dropping a set": a happening of its own
            if ((child.lower_ in ADJUNCT_PREPS and child.lower_ not in ARGUMENT_PREPS) and not _before_someone(child)) \
                    or has_time(child):
                break
            if _where_it_was_done(verb, child, end):
                break  # "was shot in the yard": where a deed was done is a claim of its own
            if any(t.ent_type_ in ("DATE", "TIME") for t in verb.doc[end:child.i]
                   if day is None or not day.left_edge.i <= t.i <= day.right_edge.i):
                break  # "pleaded not guilty on Monday in a courtroom": the time, parsed onto "guilty", ends it
            if (child.lower_ not in ARGUMENT_PREPS and not _before_someone(child)) or preps >= max_preps:
                break
            preps += 1
            end = max(end, np_end(child))
            continue
        if child.dep_ in ARGUMENT_DEPS:
            if child.dep_ == "xcomp" or child.pos_ in ("VERB", "AUX"):
                end = max(end, predicate_end(child, max_preps=1))
            else:
                end = max(end, np_end(child))
            continue
        if child.dep_ == "advmod" and child.lower_ in ("prior", "shortly", "soon"):
            break  # "prior to the arrival of X", "shortly after the crash": a time, not the predicate's
        if child.dep_ in ("advmod", "npadvmod") and child.i == end and child.ent_type_ not in ("DATE", "TIME"):
            # "pulled back", "went south": an adverb right after the verb completes it.
            if child.lower_ in ("back", "out", "off", "down", "up", "away", "home", "abroad", "overseas", "south", "north", "east", "west",
                                "apart", "aloft", "underground", "offshore", "ashore", "upward", "upwards", "downward", "downwards"):
                end = child.i + 1
            elif manner_adverb(child):
                # "prices fell sharply", "markets opened lower", "the season started earlier than
                # usual": how the happening went is part of it (ANNOTATION.md §3, the predicate),
                # with what a comparative compares it to.
                end = child.i + 1
                than = next((g for g in child.rights if g.dep_ == "prep" and g.lower_ == "than" and g.i == end), None)
                if than is not None and not has_time(than):
                    end = np_end(than)
            # "posed next to the banner", "landed close to the shore": the adverb's own phrase.
            prep = next((g for g in child.rights if g.dep_ == "prep" and g.i == child.i + 1), None)
            if prep is not None and not has_time(prep) and any(g.dep_ == "pobj" for g in prep.children):
                end = np_end(prep)
            continue
        if child.dep_ == "npadvmod" or child.ent_type_ in ("DATE", "TIME"):
            if day is None and child.ent_type_ == "DATE" and child.left_edge.i == end and child.right_edge.i <= end + 1:
                after = next((c for c in verb.rights if c.i > child.right_edge.i), None)
                if after is not None and after.i == child.right_edge.i + 1 and (
                        after.dep_ == "dobj" or (after.dep_ == "prep" and after.lower_ in DAY_SPANNED_PREPS
                                                 and not has_time(after))):
                    # "were charged Tuesday with falsifying records": the day sits between the
                    # verb and what it takes; the focus runs on over it.
                    day = child
                    continue
            break
    if aside is not None and end > aside.i:
        return stop_at(verb.doc, aside.i - 1, end)  # the aside's commas do not end the predicate
    return stop_at(verb.doc, verb.i, end)


def predicate_start(verb: Token) -> int:
    """The verb with its auxiliaries, negation and adverbs directly before it ("had not been",
    "was later", "now housed")."""
    start = verb.i
    doc = verb.doc
    if start >= 2 and inner_hyphen(doc[start - 1]):
        start -= 2  # "co-founded", cut by the tokenizer at its hyphen
    for child in reversed(list(verb.lefts)):
        if child.i != start - 1:
            break
        if child.dep_ in ("aux", "auxpass", "neg") or (child.dep_ == "advmod" and child.pos_ == "ADV" and child.ent_type_ not in ("DATE", "TIME")):
            start = child.i
            # "has never before used", "no longer has": the parser may hang the negation on the
            # adverb, not on the verb.
            if start > 0 and doc[start - 1].head.i == child.i and doc[start - 1].dep_ == "neg":
                start -= 1
        else:
            break
    return start


# -- subjects, mood and tense -----------------------------------------------------------------


def own_subject(verb: Token) -> Token | None:
    for child in verb.lefts:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return child
    return None


def subject(verb: Token) -> Token | None:
    """The verb's subject, inherited along coordination and from a relative clause's noun."""
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.tag_ in ("WDT", "WP") or child.lower_ in ("who", "which", "that"):
                    if verb.dep_ == "relcl":
                        return verb.head
                return child
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        return None
    return None


def verb_lemma(token: Token, vocabulary: frozenset[str]) -> str:
    """The token's lemma, or the form of it found in ``vocabulary`` when the lemmatizer slipped
    ("hopes" read as a form of "hop")."""
    lemma = token.lemma_.lower()
    if lemma in vocabulary or token.pos_ not in ("VERB", "AUX"):
        return lemma
    # A phrasal verb is its verb and particle together ("pointed out that ..." -> "point out").
    particle = next((c.lower_ for c in token.rights if c.dep_ == "prt"), None)
    if particle is not None and f"{lemma} {particle}" in vocabulary:
        return f"{lemma} {particle}"
    lower = token.lower_
    # Only an inflection comes off ("hopes", "hoped", "hoping" -> "hope"): "seems" is no "see".
    forms = [lower] + [lower[:-len(end)] + back for end, back in (("s", ""), ("es", ""), ("ed", ""), ("d", ""),
                                                                ("ing", ""), ("ing", "e")) if lower.endswith(end)]
    for form in forms:
        if form in vocabulary and len(form) >= 3:
            return form
    return lemma


def that_clause(verb: Token) -> bool:
    """A clause opened by "that" ("... reports that access was restored")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.lefts)


def first_person(token: Token | None) -> bool:
    # A pronoun, not "the US" (a name that lower-cases to "us").
    return token is not None and token.lower_ in PERSONAL_PRONOUNS and token.pos_ == "PRON"


def speculative(verb: Token) -> bool:
    """A verb under a speculative modal or a hedge adverb states a prediction or a guess; so does
    one that shares the clause of such a verb ("will resume service, ending ...")."""
    shares = verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and own_subject(verb) is None)
    for t in (verb, verb.head if shares else verb):
        for child in t.lefts:
            if child.tag_ == "MD" and child.lower_ in SPECULATIVE_MODALS:
                if child.lower_ in ("'d", "’d") and _had(child):
                    continue  # "they'd only managed to": "had", not "would"
                if child.lower_ == "could" and could_not(t):
                    continue  # "could not be saved", "couldn't score again": what did not happen
                if child.lower_ == "would" and would_not(t):
                    continue  # "would not confirm": a refusal to tell, not a guess
                if child.lower_ == "would" and _past_habit(t):
                    continue  # "his hands would often shake", "video would later show": the past told
                if child.lower_ in ("could", "may") and penalty(t):
                    continue  # "could face decades in jail": the penalty the law sets, not a guess
                if child.lower_ in FUTURE_MODALS and not any(
                        c.dep_ == "advmod" and c.lower_ in FORECAST_ADVERBS for c in t.children):
                    continue  # "will be filed", "will headline": what is arranged, not a guess
                return True
            if child.dep_ == "advmod" and child.lower_ in HEDGES and not _hedges_adverb(child):
                return True
        if t is verb and not shares:
            break
    return False


# Adverbs with which "would" tells the past, what used to happen or what came next ("his hands
# would often shake before he argued", "video would later show him at the scene"), not a guess.
PAST_HABIT_ADVERBS = frozenset("often usually sometimes frequently routinely regularly later".split())


def _past_habit(verb: Token) -> bool:
    """"would often shake", "would later show": "would" with an adverb of how often or of what
    came after, in no condition ("if ... would often") and with no perfect ("would later have")."""
    children = list(verb.children)
    return any(c.dep_ == "advmod" and c.lower_ in PAST_HABIT_ADVERBS for c in children) and not any(
        c.dep_ == "aux" and c.lower_ in ("have", "'ve", "’ve") for c in children) and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children) \
        and not any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in verb.sent)


def guessed(verb: Token) -> bool:
    """A clause in the future that is the object of a verb of believing, fearing or seeming ("fear
    the law will make them unemployable", "seems clear the rebels will win"), or of "to be seen"
    ("it remains to be seen how many will apply"): what someone expects, not what is arranged. A
    clause coordinated with it ("will apply for and receive it") shares its modal."""
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.lefts):
        return False
    head = verb.head
    return head.lemma_.lower() in GUESS_VERBS or (head.lemma_.lower() == "see" and passive(head))


def forecast(verb: Token) -> bool:
    """A clause that forecasts what is to come in the writer's own words: a thing "is possible" or
    "is likely" ("Strong storms are possible Friday"), or "is expected" with nothing after it that
    says what it is to do ("More rain is expected Sunday", "delays are expected"). Speculation, no
    claim (ANNOTATION.md §2), and neither is the time or the size it gives the forecast. What is
    said to be expected to do something ("is expected to sign") is a plan, told elsewhere; a
    forecast that was ("no result was possible", "was expected") is the story's; one about a
    pronoun ("it is possible", "anything is possible") frames a point."""
    if verb.lemma_ == "be":
        comp = next((c for c in verb.rights if c.dep_ == "acomp" and c.lower_ in ("possible", "likely")), None)
        if comp is None or any(c.dep_ in ("xcomp", "ccomp") for c in comp.children):
            return False  # "is likely to win", "it is possible that ...": another's clause
        tensed = [verb, *auxiliaries(verb)]
    elif verb.lemma_.lower() in FORECAST_VERBS and verb.tag_ == "VBN" and passive(verb):
        if any(c.dep_ in ("xcomp", "ccomp", "agent", "oprd") for c in verb.children):
            return False
        tensed = auxiliaries(verb)
    else:
        return False
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass")), None)
    if subj is None or subj.pos_ in ("PRON", "DET"):
        return False
    return not any(t.tag_ == "VBD" or t.lemma_ == "have" for t in tensed)


def penalty(verb: Token) -> bool:
    """"he could face decades in jail", "could be fined", "could be issued with a fixed penalty
    notice": what the law allows to be done to someone for a deed, a state of the law to check;
    "could face a tough race" is a guess."""
    if verb.lemma_.lower() in PENALTY_VERBS and passive(verb):
        return True
    if verb.lemma_.lower() not in ("face", "issue"):
        return False
    args = [c for c in verb.rights if c.dep_ in ("dobj", "prep")]
    return any(w.lower_ in PENALTY_NOUNS and w.pos_ == "NOUN" for a in args for w in a.subtree)


def could_not(verb: Token) -> bool:
    """"could not" said of what was tried, a past inability: negated, with no perfect after it
    ("couldn't have been", a guess about the past), in no condition ("if it could not") and no
    description ("a condition in which he couldn't sweat"); "couldn't be that simple" is a view."""
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and not any(
        c.dep_ == "aux" and c.lower_ in ("have", "'ve", "’ve") for c in children) and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children) \
        and verb.dep_ not in ("advcl", "relcl") and verb.lemma_ != "be"


# Verbs of telling what one knows: "would not" before one of them reports a refusal to tell, which
# happened ("would not disclose the number", "wouldn't confirm whether ..."), not a guess.
WITHHELD_VERBS = frozenset("confirm disclose specify reveal identify elaborate release divulge".split())


def would_not(verb: Token) -> bool:
    """"would not disclose the actual number", "spokespeople wouldn't specify which one": a source's
    refusal to tell, a past deed; with a perfect ("wouldn't have confirmed") or in a condition it
    is still a guess."""
    children = list(verb.children)
    return verb.lemma_.lower() in WITHHELD_VERBS and not passive(verb) and any(
        c.dep_ == "aux" and c.lower_ == "would" for c in children) and any(
        c.dep_ == "neg" for c in children) and not any(
        c.dep_ == "aux" and c.lower_ in ("have", "'ve", "’ve") for c in children) and not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("if", "unless", "when") for c in children) \
        and verb.dep_ not in ("advcl", "relcl")


def wished(verb: Token) -> bool:
    """The verb is what someone hopes, plans or wants to do ("hope to wrap up ...", "plans to
    build"), not what was done (a past "planned to" reports the plan)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IRREALIS_VERBS and verb.head.tag_ != "VBD"


def _hedges_adverb(hedge: Token) -> bool:
    """"Perhaps surprisingly, emissions fell", "perhaps most importantly, ...": the hedge qualifies
    the comment adverb after it, set off by a comma, not the clause."""
    doc = hedge.doc
    i = hedge.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ not in HEDGES:
        i += 1
    return i > hedge.i + 1 and i < len(doc) and doc[i].text == "," and doc[i - 1].lower_.endswith("ly")


def _had(clitic: Token) -> bool:
    """"'d" before a past participle is "had"; "would" takes the base form ("he'd be figuring")."""
    doc = clitic.doc
    i = clitic.i + 1
    while i < len(doc) and doc[i].tag_ in ("RB", "RBR", "RBS"):
        i += 1
    return i < len(doc) and doc[i].tag_ in ("VBN", "VBD")


def framed(token: Token) -> bool:
    """The token sits in what an author's framing verb or phrase governs: "underscores Albania's
    ambition to solidify its ties", "It highlights ..., where a cyberattack can have ripples",
    "serves as a cautionary tale for nations aligning with one side"."""
    from .lexicon import FRAMING_VERBS

    t = token
    for _ in range(32):
        if t.head.i == t.i:
            return False
        child, t = t, t.head
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            continue  # what the framing is said of ("A police officer standing there symbolizes X")
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in FRAMING_VERBS:
            return True
        if t.lemma_.lower() in ("serve", "be", "become", "remain") and not any(c.dep_ == "expl" for c in t.lefts) and any(
                _framing_noun(c) for a in t.rights if a.dep_ in ("attr", "prep")
                for c in ([a] + [g for g in a.children if g.dep_ == "pobj"])):
            return True
    return False


def _framing_noun(noun: Token) -> bool:
    """A noun that frames a point as the predicate of "be" or "serve as": "is a reminder that",
    "serves as a testament to". "Case" frames only as "a case": "a case in point", "a classic case
    of overreach"; "the case" is a plain copula ("that proved to be the case, with Norrie winning",
    "that isn't always the case", "is on the case") or a lawsuit ("the 16th case on trafficking"),
    and "cases" a count ("are active cases"), none of them a frame around what follows."""
    from .lexicon import FRAMING_NOUNS

    lemma = noun.lemma_.lower()
    if lemma not in FRAMING_NOUNS:
        return False
    return lemma != "case" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]


def passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def perfect(verb: Token) -> bool:
    return any(a.lemma_ == "have" and a.dep_ == "aux" for a in auxiliaries(verb))


def progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries(verb))


def reproach_told(verb: Token) -> bool:
    """"Parents criticised the board for trying to X", "dismissed the report and rebuked the
    auditors for leaking X": a finite verb of reproach in the active, its subject before it (its
    own, or that of the verb it is coordinated with), tells one deed of that subject, reproach and
    reason together (the tune gold takes the whole clause as the event). Without a subject ("spent
    weeks attacking X for hiring Y") or in the passive ("was criticised for X") its "for" gives the
    cause."""
    if verb.lemma_.lower() not in REPROACH_VERBS or not finite(verb) or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" for c in verb.lefts):
        return True
    head = verb.head
    return verb.dep_ == "conj" and head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in head.lefts)


def finite(verb: Token) -> bool:
    """The verb heads a finite clause (a tensed verb or one with a tensed auxiliary)."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxiliaries(verb))


def infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)


def named(tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if t.ent_type_ in NAMED_LABELS]


def span_named(doc: Doc, start: int, end: int) -> bool:
    return any(doc[i].ent_type_ in NAMED_LABELS for i in range(start, end))


def clause_of(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself for a verb)."""
    t = token
    for _ in range(64):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


# Words left out of a claim's key, so that "cut diplomatic ties with Iran" and "cut ties with
# Iran" fall into one cluster.
_STOP_KEY = frozenset("the a an its their his her of to with and in on by for all any also".split())


def content_key(kind: str, doc: Doc, start: int, end: int) -> str | None:
    """What a claim says, reduced to its content lemmas, so repeated mentions share a key."""
    lemmas = []
    for i in range(start, end):
        t = doc[i]
        if t.is_alpha and not t.is_stop and t.lemma_.lower() not in _STOP_KEY:
            lemmas.append(t.lemma_.lower())
    if not lemmas:
        return None
    return kind + ":" + " ".join(lemmas)


def verb_above(tok: Token) -> Token:
    """The nearest verb or auxiliary at or above ``tok`` in the parse, else the sentence's root.
    Positions are compared, not Token objects: spaCy makes a new Token on each access."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


# The last word of a street's name ("Washtenaw Avenue", "N. Rampart St.", "Coldstream Terrace"),
# spelled out or abbreviated; an abbreviation may come with or without its full stop.
STREET_WORDS = frozenset("street st avenue ave road rd boulevard blvd drive dr terrace lane ln place pl close way "
                         "parkway pkwy highway hwy square crescent".split())
# A compass point that may open a street's name ("4214 N. Mississippi Ave.", "3170 W. County Road").
STREET_BEARINGS = frozenset("n n. s s. e e. w w. north south east west".split())
# Prepositions that tie an address to what is there ("at 2015 Washtenaw Avenue", "of 1119 Eighth
# St.", "behind 2134 Caldwell Place", "in the 4100 block of Coldstream Terrace").
ADDRESS_PREPS = frozenset("at in on of near behind outside from".split())


def street_address(number: Token) -> tuple[int, int] | None:
    """Token range of a street address that ``number`` opens ("2015 Washtenaw Avenue", "the 4100
    block of Coldstream Terrace"), with the preposition that places something there, or None. The
    house number names the place ("No 10 Downing Street" is a name of its own, left out)."""
    doc = number.doc
    if not number.is_digit or len(number.text) > 5 or number.i + 2 >= len(doc):
        return None
    start, i = number.i, number.i + 1
    block = doc[i].lower_ == "block" and i + 1 < len(doc) and doc[i + 1].lower_ == "of"
    if block:
        i += 2
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
    if i < len(doc) and doc[i].lower_ in STREET_BEARINGS and doc[i].text[0].isupper():
        i += 1
    words = 0
    while i < len(doc) and words < 4 and (doc[i].is_title or doc[i].like_num) and doc[i].lower_.rstrip(".") not in STREET_WORDS:
        i, words = i + 1, words + 1
    if block and 1 <= words <= 3 and (i >= len(doc) or doc[i].lower_.rstrip(".") not in STREET_WORDS):
        end = i  # "in 2100 block of Washtenaw": the block tells it is a street, named or not in full
    elif not 1 <= words <= 3 or i >= len(doc) or not doc[i].is_title or doc[i].lower_.rstrip(".") not in STREET_WORDS:
        return None
    else:
        end = i + 1
    if end == i + 1 and not doc[i].text.endswith(".") and len(doc[i].text) <= 4 and end < len(doc) \
            and doc[end].text == "." and not doc[i].whitespace_:
        end += 1  # "Ave" "." split by the tokenizer: the abbreviation's stop
    if start > 0 and doc[start - 1].lower_ in ("no", "no.", "#", "number"):
        return None
    if start > 0 and doc[start - 1].lower_ in ADDRESS_PREPS:
        start -= 1
    return start, end
