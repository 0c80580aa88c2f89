"""Events and states: every clause that asserts something (main, coordinate, subordinate,
relative and complement clauses, participles that describe a noun or add a happening), with the
predicate as the focus. A clause is left out when it is a question (or one put to a speaker: "asked
whether ..."), a condition, a prediction or a plan, a command, the speaker's own ("I think"), folded
into an attribution, or inside a quote.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...normalize import CURRENCIES, CURRENCY_WORDS
from ..lexicon import (
    ADEQUACY_WORDS,
    AFFECT_VERBS,
    AGENT_NOUNS,
    AIM_NOUNS,
    APPRAISAL_ADJECTIVES,
    BEFALLING_VERBS,
    BODY_NOUNS,
    BOOKED_PARTICIPLES,
    CASUALTY_VERBS,
    CAUSAL_MARKS,
    CAUSATIVE_PHRASALS,
    CAUSATIVE_VERBS,
    CHANGE_VERBS,
    CLAUSE_REPORTING_VERBS,
    COGNITION_VERBS,
    CONDITIONAL_MODALS,
    DAY_PARTS,
    DEMAND_VERBS,
    DOCUMENT_FINDING_VERBS,
    ENDING_VERBS,
    ESSAY_NOUNS,
    EVENT_NOUNS,
    FORECAST_VERBS,
    FRAMING_NOUNS,
    FRAMING_VERBS,
    FUTURE_MODALS,
    GROUNDS_NOUNS,
    HAPPENING_NOUNS,
    HEDGES,
    HELD_IN_MIND_NOUNS,
    IRREALIS_MARKS,
    IRREALIS_VERBS,
    KIND_NOUNS,
    LIKENESS_ADJECTIVES,
    MEASURE_NOUNS,
    MESSAGE_NOUNS,
    MIND_NOUNS,
    NAMED_LABELS,
    OPINION_WORDS,
    PLAN_VERBS,
    PRESSING_VERBS,
    QUALITY_ADJECTIVES,
    REPORT_HEDGES,
    REPORTING_VERBS,
    SAVOUR_NOUNS,
    SCHEDULING_VERBS,
    SINGULAR_WORDS,
    SPECULATIVE_MODALS,
    STANCE_VERBS,
    STAND_VERBS,
    STATIVE_VERBS,
    TIME_UNITS,
    TIMETABLE_VERBS,
    TITLE_NOUNS,
    VERDICT_NOUNS,
    VOUCHING_ADVERBS,
    WEIGHING_ADJECTIVES,
)
from ..syntax import (
    auxiliaries,
    content_key,
    doc_text,
    done_without,
    first_person,
    guessed,
    has_time,
    how_it_went,
    infinitive,
    manner_adverb,
    negated,
    np_end,
    own_subject,
    passive,
    penalty,
    perfect,
    phrase_chars,
    predicate_end,
    predicate_start,
    progressive,
    speculative,
    stop_at,
    subject,
    that_clause,
    verb_lemma,
    wished,
    would_not,
)
from . import Candidate, Sentence
from .causal import EFFECT_ADVERBS, JUDGING_VERBS
from .comparison import compared_change, idiomatic_than, standing
from .quantities import is_score

# Currency codes, the unit of a quantity of money ("R4bn" is 4 billion ZAR).
CURRENCY_CODES = frozenset(CURRENCIES.values()) | frozenset(CURRENCY_WORDS.values())

# Participles that describe what a thing is, where it is or who leads, pays for or runs it, not
# something done to it once ("led by the deputy minister", "ringed by cliffs").
STATIVE_PARTICIPLES = frozenset(
    "know base locate own operate focus make compose call name house situate dedicate design run hold "
    "compile set build write draft publish list register headquarter station found "
    "lead head guide pilot back fund finance staff chair control manage ring line".split()
)
# Nouns of an undertaking done once: a study, an operation, an event. Led, it is a happening ("a
# study led by Ada Lee", "an operation led by the DEA"), where a body led ("the delegation, led by
# the minister", "the OBR is led by a committee") says who stands at its head, a state.
UNDERTAKING_NOUNS = frozenset(
    "study research survey experiment investigation inquiry probe operation raid mission event".split()
)
# Participles of publishing or founding: with where it happened ("published in the journal",
# "founded in Ankara") they tell a deed done once; "founded by X" still says who stands behind it.
ORIGIN_PARTICIPLES = frozenset("publish found".split())
# Verbs of seeing: the -ing form after their object tells what was seen done ("saw a van leaving").
PERCEPTION_VERBS = frozenset("see show watch hear spot witness film".split())
# A subject that only points back ("This comes", "That came"): it names nothing to check.
DEMONSTRATIVES = frozenset("this that these those".split())
# Subjects that point at something told before or after them ("It's no secret that ...", "That's
# no accident"): denied a noun, they frame what they point at.
DENIED_POINTERS = frozenset("it this that".split())
# Participles that pin a deed on someone: "attacks attributed to X", "blamed on Y".
ATTRIBUTING_VERBS = frozenset("attribute blame credit".split())
# Participles of gathering figures: with who gathered them or where from, they say where the
# sentence's figures come from ("data compiled by Bloomberg show", "information sourced from the
# agency"), the sourcing of a claim, not one of its own.
SOURCING_PARTICIPLES = frozenset("compile collect source tally".split())
# Verbs of seeking: their -ing form after a noun says which ones are meant by what they are after
# ("consumers seeking security", "adults looking for an overview"), an aim, nothing done.
SEEKING_VERBS = frozenset("seek look search hunt".split())
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "dep", "pcomp"})
# Complements of a copula that make it a statement ("is French", "was a nurse", "is in Tirana").
COPULA_COMPLEMENTS = frozenset({"attr", "acomp", "prep", "oprd"})
# Auxiliaries that are tense, not content: a predicate of nothing else states nothing.
EMPTY_WORDS = frozenset("be is are was were been being has have had do does did not n't 's 're also still".split())


# Conjunctions whose clause in the present tense tells a case or a habit ("once it lands", "after he
# exits the stage"), never what happened.
CASE_MARKS = frozenset("when whenever until once after before".split())


def _irrealis(verb: Token) -> bool:
    """The clause is a condition, a question, a wish or a plan, or hangs from one."""
    t = verb
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in IRREALIS_MARKS for c in t.lefts):
            return True
        if t.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("mark", "advmod") and c.lower_ in CASE_MARKS for c in t.lefts):
            # "when things go wrong", "until Iran reassures the world", "after the family buries
            # the body", "before they go to market": a case or a habit, not a happening
            return True
        if wished(t):
            return True
        if t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in DEMAND_VERBS:
            return True  # "ensure Iran does not develop", "urged it to stop": asked for, not done
        if any(c.dep_ in ("advmod", "acomp") and c.lower_ in ("unlikely", "likely", "supposed") for c in t.children):
            return True  # "is unlikely to finish", "was supposed to unlock"
        if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.children) \
                and any(c.dep_ == "xcomp" and not passive(c) for c in t.children):
            # "have yet to match": a deed still to come (but "have not yet been detected" states
            # what holds, and so does "the plane has yet to be found", "is yet to be approved":
            # what has not been done to the subject so far).
            return True
        if t.dep_ in ("ROOT",) or t.head.i == t.i:
            return False
        if t.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "parataxis"):
            return False
        t = t.head
    return False


# Verbs that, with their infinitive, say what someone means to do: "plans to build", "wants to
# increase", "aims to cut". That someone has the plan is a fact the article states (a state).
INTENT_VERBS = frozenset("plan want aim intend".split())
# Adverbs that stretch a perfect over a while ("has long been used", "has often been overlooked",
# "no survivors have yet been found").
STRETCH_ADVERBS = frozenset("long often always repeatedly still yet continually consistently traditionally".split())
# Adverbs of how often or how commonly something is done: with them a clause tells a habit or a
# trend, what holds over time, not one happening ("traditionally have negotiated", "rarely
# showcased", "are increasingly using", "typically used only to keep people safe").
HABIT_ADVERBS = frozenset(
    "usually typically generally normally often frequently rarely seldom sometimes traditionally "
    "increasingly commonly customarily habitually".split()
)


def _habitual(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children)


def _vouched(verb: Token) -> bool:
    """"surely know that is not the point", "certainly raises the risk", "can hardly be surprised":
    the writer vouching for the clause presses a conviction, not a fact of record. "Hardly" does so
    only on a copula or under a modal ("are hardly blameless"); "prices hardly moved" tells how much."""
    for c in verb.children:
        if c.dep_ != "advmod" or c.lower_ not in VOUCHING_ADVERBS:
            continue
        if c.lower_ != "hardly" or verb.lemma_ == "be" or any(a.tag_ == "MD" for a in verb.lefts if a.dep_ == "aux"):
            return True
    return False


def _moves_the_reader(verb: Token, subj: Token | None) -> bool:
    """"the smells hit you hard", "their story kept us grounded", "gives us a guideline": a thing
    acting on the reader or the audience ("you", "us") tells the writer's impression, offered as
    everyone's, not a fact of record. So does one acting on the writer, the reviewer's "me"
    ("the final scene pierces me with dread", "that chapter sustained me"). Someone named doing
    so ("the Governor informed us") is a deed, and so is one that gets the reader to do something
    ("allows you to control", "my lease forbids me from subletting"), and one that tells the
    writer something ("the ministry informed me of the closure": how the story was reported)."""
    if verb.lemma_.lower() in REPORTING_VERBS | CLAUSE_REPORTING_VERBS:
        return False
    # The writer is acted on only as the object; one given or sent something ("she sent me the
    # link", "had given me one of her books") tells a deed of the giver. The writer's or the
    # reader's mind as the object is them acted on too ("it boggles my mind", "saved my sanity",
    # "changed my perspective").
    if not any((c.pos_ == "PRON" and ((c.dep_ in ("dobj", "dative") and c.lower_ in ("you", "us"))
                                      or (c.dep_ == "dobj" and c.lower_ == "me")))
               or (c.dep_ == "dobj" and c.lemma_.lower() in MIND_NOUNS
                   and any(p.dep_ == "poss" and p.lower_ in ("my", "your", "our") for p in c.children))
               for c in verb.rights):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.rights) \
            or any(c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.rights):
        return False
    return subj is None or not (subj.ent_type_ in NAMED_LABELS or first_person(subj))


# Marks that open an item of a list: what follows continues the list's lead-in ("Participants
# will learn to:" ... "• locate the service record"), not a command of its own.
LIST_MARKS = frozenset("• · ▪ ‣ * - –".split())


def command(verb: Token) -> bool:
    """"Wear a tee underneath, and tuck it into a slip skirt", "anticipate AI being used to scan
    the data, compare it amongst other cases": a bare verb without a subject is a command to the
    reader when it is the sentence's main verb or joined to one (the tagger takes a joined one
    for a present now and then), advice or a call to action, no claim (ANNOTATION.md §2). A verb
    joined to one with a subject shares it ("cleaned the beach and collected litter"), and an item
    of a list continues the list's lead-in.

    "Let's explore the rumors", "let's call it what it is": the writer's proposal to the reader,
    wherever the parser hangs it. So is a bare verb that opens the sentence when the parser takes
    it for an adverbial clause of the one after it ("Check out a couple more screens after the
    break, though skipping ... may make for", "Boldly set out your stall ..., so your employer
    only pays"): nothing before it could be its subject."""
    if verb.lemma_.lower() == "let" and verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ in ("'s", "’s") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.lefts):
        return True
    while verb.tag_ in ("VB", "VBP") and verb.dep_ == "conj" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.lefts):
        verb = verb.head
    # "Have a fab new year and keep it in your pants", "Do it for the culture and support
    # Black-owned businesses": the tagger reads a command that opens the sentence as a present now
    # and then; with no subject, the sentence's main verb is still the command.
    if not (verb.tag_ == "VB" or (verb.tag_ == "VBP" and _opens_sentence(verb))) or verb.sent[0].text in LIST_MARKS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    # An opening "To reach the site, ..." is a purpose, not a command.
    return verb.dep_ == "ROOT" or (verb.dep_ == "advcl" and verb.head.i > verb.i and all(
        t.pos_ in ("ADV", "PUNCT", "SPACE") for t in verb.doc[verb.sent.start:verb.i]))


def _writers_mind(subj: Token | None) -> bool:
    """"My views on cheating are extremely strong", "my feelings have changed", "my thoughts come
    with what Scott Fitzgerald called ...": a clause about the writer's own views, feelings or
    thoughts tells the writer's mind, pure opinion with nothing to look up (ANNOTATION.md §2), as
    a clause of "I think" does. Someone else's ("his views on the tax changed in 2019") is a
    stance to check."""
    return subj is not None and subj.lemma_.lower() in HELD_IN_MIND_NOUNS \
        and any(c.dep_ == "poss" and c.lower_ == "my" for c in subj.children)


def _opens_sentence(verb: Token) -> bool:
    """The sentence's main verb, with nothing but punctuation before it."""
    return verb.dep_ == "ROOT" and all(t.pos_ in ("PUNCT", "SPACE") for t in verb.doc[verb.sent.start:verb.i])


def _wanted_by_command(verb: Token) -> bool:
    """"come up with algorithms that computers can't break", "balance it with a bottom that has a
    higher waist": a relative clause in the present on what a command names describes the thing
    the reader is told to find or use, part of the advice, not a fact of record. A past or perfect
    one ("add in its return, which has averaged 9%") still tells what happened."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    head = verb.head
    for _ in range(4):
        if head.dep_ not in ("dobj", "pobj", "dative", "prep"):
            break
        head = head.head
    return head.pos_ in ("VERB", "AUX") and command(head)


def _joined_to_purpose(verb: Token) -> bool:
    """"to buy back the currency and keep it stable": a bare verb joined to a purpose infinitive,
    without a subject or an auxiliary of its own, is part of the purpose. Under a verb ("managed
    to round up X and transport them") or a noun ("the decision to cut ties and expel staff") the
    infinitive is left to the rules for those, and so is what is joined to it."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VB" and infinitive(head) and head.dep_ not in ("xcomp", "acl") \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _intent(verb: Token) -> bool:
    return verb.lemma_.lower() in INTENT_VERBS and not passive(verb) and any(c.dep_ == "xcomp" for c in verb.rights)


# Verbs of shaping a thing for an end: their passive or participle with that end ("was designed to
# provide analysis", "intended to foster communities", "geared toward middle-school readers")
# tells what the thing is for, which lasts.
PURPOSE_PARTICIPLES = frozenset("intend design gear".split())


def _made_for(verb: Token) -> bool:
    """A participle (or a passive) of ``PURPOSE_PARTICIPLES`` with its end, an infinitive or "to"
    or "toward" a thing, and with no one named who shaped it: a state. "The council designed the
    playground" (active) and "designed by Stanley Thompson" (who did it) tell deeds."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in PURPOSE_PARTICIPLES \
        and not (perfect(verb) and not passive(verb)) \
        and not any(c.dep_ == "agent" for c in verb.rights) \
        and any((c.dep_ == "xcomp" and infinitive(c)) or (c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards"))
                for c in verb.rights)


def _joined_to_plan(verb: Token) -> bool:
    """"planned to save money and eventually return home", "hoping to promote democracy and
    isolate its rivals": a bare verb joined to the infinitive of a plan or a hope is part of what
    is planned, a state as the plan is ("managed to round them up and transport them" tells what
    was done)."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VB" and infinitive(head) and head.dep_ == "xcomp" \
        and verb_lemma(head.head, PLAN_VERBS | INTENT_VERBS) in PLAN_VERBS | INTENT_VERBS \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _done_to_someone(verb: Token, own: Token | None) -> bool:
    """"He was discharged", "they were held there for 74 days": a passive happening to a person
    the pronoun stands for, named before."""
    return own is not None and own.lower_ in ("he", "she", "they") and own.i < verb.i \
        and passive(verb) and verb.tag_ == "VBN" and not is_state(verb)


def _befell_named(verb: Token, own: Token | None) -> bool:
    """"Smith, 40, was arrested and jailed", "Five men, two of them brothers, were questioned": a
    passive deed of record done to someone named before, set off or too far back to take into the
    focus; the verb alone says what befell them, as it does after "he" (_done_to_someone)."""
    return own is not None and own.pos_ in ("NOUN", "PROPN") and own.i < verb.i and passive(verb) \
        and verb.tag_ == "VBN" and verb.lemma_.lower() in BEFALLING_VERBS and not is_state(verb)


def _ended(verb: Token, own: Token | None, found: list[Candidate]) -> bool:
    """"After the fall, she died", "hours later he resigned": a person's death or resignation told
    of a pronoun with nothing after the verb; the pronoun and the verb say what happened. Not in a
    date told from it ("three weeks before he died"), which holds the happening already."""
    doc = verb.doc
    return own is not None and own.lower_ in ("he", "she", "they") and own.i < verb.i \
        and all(doc[i].dep_ == "aux" for i in range(own.i + 1, verb.i)) \
        and verb.lemma_.lower() in ENDING_VERBS and verb.tag_ in ("VBD", "VBN") and not passive(verb) \
        and not any(c.type == "date" and c.focus_start <= verb.idx < c.focus_end for c in found)


def _be(verb: Token) -> bool:
    """The verb "be", its contraction with a curly apostrophe too (the lemmatizer knows only "'s")."""
    return verb.lemma_ == "be" or verb.lower_ in ("’s", "'s")


def _cleft(verb: Token) -> bool:
    """"it was Katie Boulter who got the ball rolling", "it's GOP Sen. Ted Cruz, R-Texas, who leads
    the pack": an it-cleft singles out the named doer of what its relative clause tells; the copula
    itself ("was Katie Boulter") states nothing to check, and annotators leave it unmarked."""
    subj = own_subject(verb)
    return _be(verb) and subj is not None and subj.lower_ == "it" and any(
        attr.dep_ == "attr" and attr.pos_ == "PROPN" and any(
            rel.dep_ == "relcl" and any(w.lower_ in ("who", "that") and w.dep_ in ("nsubj", "nsubjpass", "dobj")
                                        for w in rel.lefts)
            for rel in attr.children)
        for attr in verb.rights)


def _story_goes(verb: Token) -> bool:
    """"As the story goes, he was operating a glass-blowing business", "the story goes that there
    was an officer": how a tale is told frames it, and states nothing; what it tells (a clause of
    its own, or the "that" clause after it) carries any claim."""
    subj = own_subject(verb)
    return verb.lemma_ == "go" and subj is not None and subj.lemma_.lower() in MESSAGE_NOUNS and not any(
        c.dep_ in ("dobj", "prep", "prt", "acomp", "xcomp", "attr", "oprd", "advmod") for c in verb.children)


def _copula(tok: Token) -> bool:
    return tok.lemma_ == "be" and any(c.dep_ in COPULA_COMPLEMENTS for c in tok.rights)


# Adjectives of a copula that, with an infinitive, say someone could do something ("was able to").
ABILITY_ADJECTIVES = frozenset("able unable".split())


def _managed(verb: Token) -> bool:
    """"was able to return to the game", "had to wait", "have been unable to reschedule": an
    ability or an obligation in the past (or the perfect) with its infinitive tells what was done
    or failed to be done, a happening; "is able to tackle", "have to choose" state what holds."""
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect(verb))):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "have":
        return any(c.dep_ == "xcomp" and infinitive(c) for c in verb.rights)
    return lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in ABILITY_ADJECTIVES
                                 and any(x.dep_ == "xcomp" and infinitive(x) for x in c.rights) for c in verb.rights)


def _booked(verb: Token) -> bool:
    """"Biden is scheduled to visit Belvidere", "Police are set to hold a press conference", "He
    is due to meet Xi": a deed that its doer has on the calendar now is the happening as arranged,
    an event, as the annotators mark it. What a thing does when its time comes ("is due to start
    in mid-December", "is scheduled to last a week") gives its timetable, a state; so does the
    plan told of a noun by its relative clause ("a hearing, which is scheduled to take place"), a
    passive infinitive ("is scheduled to be arraigned") and the past ("was due to be released")."""
    if verb.dep_ == "relcl":
        return False
    holder: Token | None = None
    if verb.lower_ in BOOKED_PARTICIPLES and verb.tag_ == "VBN":
        if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in verb.lefts):
            holder = verb
    elif verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP"):
        holder = next((c for c in verb.rights if c.dep_ == "acomp" and c.lower_ == "due"), None)
    if holder is None:
        return False
    deed = next((c for c in holder.rights if c.dep_ == "xcomp" and c.tag_ == "VB" and infinitive(c)), None)
    if deed is None or deed.lemma_.lower() in TIMETABLE_VERBS or any(c.dep_ == "auxpass" for c in deed.children):
        return False
    return not (deed.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in deed.rights))


def _undertaking_led(verb: Token) -> bool:
    """"a study led by De-Kun Li", "a US operation led by the DEA", "The research was led by two
    PhD candidates": the participle or the passive of "lead" said of an undertaking tells that it
    took place and who led it, a happening; a body led ("the OBR is led by a committee", "the
    delegation, led by the minister") is a standing arrangement (_kept_by)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() != "lead":
        return False
    if verb.dep_ == "acl":
        noun: Token | None = verb.head
    elif passive(verb):
        noun = own_subject(verb)
    else:
        return False
    return noun is not None and noun.lemma_.lower() in UNDERTAKING_NOUNS


def _kept_by(verb: Token) -> bool:
    """"The delegation was led by Ada Lee", "the engines were made by CFM International": a passive
    of leading, running, owning or making with its agent says who does so, as the participle "led
    by X" does; "was set up by X" (a particle) tells a deed, and so does "The study was led by Ada
    Lee", an undertaking that took place (_undertaking_led)."""
    return passive(verb) and verb.tag_ == "VBN" and verb.lemma_.lower() in STATIVE_PARTICIPLES \
        and any(c.dep_ == "agent" for c in verb.rights) and not any(c.dep_ == "prt" for c in verb.rights) \
        and not _undertaking_led(verb)


# Verbs of filling and covering: their participle with what fills or covers a thing says what
# the thing is like, not that someone once filled it ("a pit filled with water", "was riddled
# with bullet holes", "buried in sediment").
FILL_VERBS = frozenset(
    "fill cover riddle saturate bundle dress line slather mix equip choke pack stuff lace litter crowd "
    "dot coat decorate adorn stock load pave strew bury".split()
)
# Verbs of placing that, as a participle, say where a thing sits ("tags affixed to the sleeve",
# "perched above the bay", "splayed out on the floor").
POSITION_VERBS = frozenset("affix perch nestle tuck splay sprawl drape".split())


# Verbs of stirring a feeling: their passive tells how someone felt, a state of mind, not a deed
# done to them ("were surprised by the interest", "who were outraged by the request", "is
# frustrated with the utilities").
EMOTION_VERBS = frozenset(
    "surprise outrage shock stun disappoint worry please satisfy thrill delight frustrate anger upset "
    "alarm impress excite scare frighten confuse embarrass horrify disgust amaze puzzle baffle disorient "
    "bewilder dismay trouble sadden astonish".split()
)


def _moved(verb: Token) -> bool:
    """"were surprised by the interest", "are increasingly troubled by": a passive of a verb of
    feeling, without a modal, says how its subject felt; "were hit", "was shot" tell deeds."""
    return passive(verb) and verb.tag_ == "VBN" and verb.lemma_.lower() in EMOTION_VERBS \
        and not any(a.tag_ == "MD" for a in verb.lefts if a.dep_ == "aux")


def _condition(verb: Token) -> bool:
    """A participle (or a passive) of filling, covering or placing that tells the condition a
    thing is in: "a cellar filled with casks", "was riddled with holes", "affixed to the wall";
    with its agent ("filled by volunteers") or in the perfect it tells a deed again."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.rights):
        return False
    if any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.lefts) and not passive(verb):
        return False
    if lemma in POSITION_VERBS:
        return True
    return lemma in FILL_VERBS and any(c.dep_ == "prep" and c.lower_ in ("with", "in") for c in verb.rights)


# What a progressive may take and still say only how its subject is doing ("is getting bigger",
# "are climbing again", "is falling apart").
TREND_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "acomp", "prt", "npadvmod", "punct", "cc", "conj"})
# Where it goes and the "as" or "while" of its clause leave a plain progressive a trend too ("are
# moving toward states", "as the iPad line is faltering"); a perfect one that far ("have been
# falling for six weeks") tells the happening going on.
PLAIN_TREND_DEPS = TREND_DEPS | {"mark", "prep"}
# Subjects that act rather than trend: people, bodies and offices.
ACTING_SUBJECTS = AGENT_NOUNS | TITLE_NOUNS


def _trend(verb: Token) -> bool:
    """"Prices are climbing", "the season is just beginning", "flights are operating": a thing
    (no person, no body acting) in the progressive with nothing done to anything tells how things
    are going, a state; "the union is asking for $15", "the mayor is leaving" tell deeds."""
    allowed = TREND_DEPS if perfect(verb) else PLAIN_TREND_DEPS
    if not progressive(verb) or passive(verb) or any(c.dep_ not in allowed for c in verb.children):
        return False
    subj = subject(verb)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") \
        and subj.lemma_.lower() not in ACTING_SUBJECTS


# Stative verbs that in the simple past tell an episode, not what held: "faced furious opposition",
# "stayed home", "struggled to attract staff" (the present states what holds: "faces a charge",
# "struggle with the pandemic").
EPISODE_VERBS = frozenset("face struggle stay".split())


def _episode(verb: Token) -> bool:
    """A simple past of an episode verb, or a perfect of "face" with its object; "struggled" only
    with what was tried ("struggled a bit with the league" tells how a stretch went), and not in a
    clause on a place ("the camp where they faced threats"), which says what the place was like."""
    lemma = verb.lemma_.lower()
    if lemma == "face" and verb.tag_ == "VBN" and perfect(verb) and not passive(verb) and not negated(verb) \
            and any(c.dep_ == "dobj" for c in verb.rights) and not any(
                (c.dep_ == "advmod" and c.lower_ in STRETCH_ADVERBS)
                or (c.dep_ == "prep" and (c.lower_ == "since" or (c.lower_ == "for" and _a_while(c))))
                for c in verb.children):
        # "have faced layoffs", "had faced bureaucratic hurdles": the perfect tells the episode
        # as the simple past does; stretched over a while ("has long faced") it is what holds.
        return True
    return lemma in EPISODE_VERBS and verb.tag_ == "VBD" and not negated(verb) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.lefts) \
        and (lemma != "struggle" or any(c.dep_ == "xcomp" for c in verb.rights)) \
        and not (verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.lefts))


def _had_happening(verb: Token) -> bool:
    """"had no interviews", "had another disappointing night", "had its assets nationalised", "had a
    logo painted on the door": a simple past of "have" whose object names a happening (or a stretch of
    a day) tells what took place, and "had" with an object and a participle tells what was done
    to it, both happenings; "had a seat on the board", "had no idea", "had crews ready" state what
    held."""
    if verb.lemma_.lower() != "have" or verb.tag_ != "VBD" or negated(verb) \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.lefts):
        return False
    objs = [c for c in verb.rights if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in EVENT_NOUNS or o.lemma_.lower() in HAPPENING_NOUNS or o.lemma_.lower() in DAY_PARTS
           for o in objs):
        return True
    if any(c.dep_ == "ccomp" and c.tag_ == "VBN" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.lefts)
           for c in verb.rights):
        return True
    return any(t.dep_ == "acl" and t.tag_ == "VBN" for o in objs for t in o.subtree)


def _served_out(verb: Token) -> bool:
    """"served time for fraud", "served a year in prison", "served a five-year sentence": a past
    of serving with a sentence or a stretch of time as its object tells a penalty undergone, a
    happening; "served as a spokesman", "served on the board" tell a post held."""
    return verb.lemma_.lower() == "serve" and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect(verb))) \
        and not negated(verb) and not passive(verb) \
        and any(c.dep_ == "dobj" and (c.lemma_.lower() in ("time", "sentence") or c.lower_ in TIME_UNITS)
                for c in verb.rights)


# Verbs of holding a job: with the employer or the workplace after them they tell where someone
# was employed, a post held ("worked at SpaceX", "taught at the local school").
JOB_VERBS = frozenset("work teach coach".split())


def _employed(verb: Token) -> bool:
    """"worked at SpaceX", "previously worked for the Treasury", "had worked in the market", "coached
    at Michigan State": a past of working at, for or in a named or definite place tells a post held,
    a state, as "worked as a brick mason" does. The place has to be one ("worked on the issue",
    "worked in a variety of jobs" and "worked their way up" tell what was done, and "worked for the
    weekend" how long)."""
    if verb.lemma_.lower() not in JOB_VERBS or passive(verb) or negated(verb) \
            or not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect(verb))) \
            or any(c.dep_ in ("dobj", "dative") for c in verb.rights):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "for", "in") and any(
            o.dep_ == "pobj" and not has_time(o) and (
                o.pos_ == "PROPN" or any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ == "the") for t in o.lefts))
            for o in c.children)
        for c in verb.rights)


def _at_work_with(verb: Token) -> bool:
    """"are working with foreign partners", "is not working for his campaign", "has worked with
    the likes of X": working with, for, at or in someone, in the progressive or the present
    perfect, tells a post or a partnership that holds, a state; "is working on a call for
    proposals" and "is working to buy" tell what is being done."""
    if verb.lemma_.lower() not in JOB_VERBS or passive(verb) \
            or any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in verb.rights):
        return False
    now = progressive(verb) or any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")
                                   for a in verb.lefts)
    return now and any(c.dep_ == "prep" and c.lower_ in ("with", "for", "at", "in") for c in verb.rights)


def _was_doing(verb: Token) -> bool:
    """"Haniyeh, who was attending the inauguration", "the spot where Warner was fielding": a person
    in the past progressive of a relative clause was doing something at the time the story tells,
    a happening; a thing's ("the plane, which was carrying mainly Indonesians") describes it."""
    if not any(a.lemma_ == "be" and a.tag_ == "VBD" for a in auxiliaries(verb)) or passive(verb) or perfect(verb):
        return False
    who = own_subject(verb)
    if who is not None and who.lower_ == "who":
        return True
    return who is not None and (who.ent_type_ == "PERSON" or who.lower_ in ("he", "she"))


def _attended(verb: Token) -> bool:
    """"was in attendance", "were on hand for the opening": a past copula of being present at an
    occasion tells that someone attended it, a happening."""
    return (_be(verb) and verb.tag_ == "VBD" and not negated(verb) and any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and (c.lower_, o.lower_) in (("in", "attendance"), ("on", "hand"))
                                 for o in c.children)
        for c in verb.rights)) or _present_at(verb)


# Subjects that name a person: a pronoun of one, or "who" opening a relative clause on one.
PERSON_PRONOUNS = frozenset("i we you he she they who".split())


def _present_at(verb: Token) -> bool:
    """"He was at Lord Alli's house on the night of the election", "her grandfather, who was at the
    home Wednesday", "Prelogar will be at the lectern on Tuesday", "he'll be at Ludlow Liquors": a
    person's past or coming copula with only "at" a place tells where the person was or is to be
    at the time the story tells, a presence that took place (or is arranged), a happening as "was
    in attendance" is; a copula with a description ("was 21 at the time") or of a thing ("the
    tragedy was at the center of the case") states what is."""
    if not _be(verb) or negated(verb):
        return False
    coming = any(a.dep_ == "aux" and a.lower_ in FUTURE_MODALS for a in verb.lefts)
    if verb.tag_ != "VBD" and not coming:
        return False
    who = own_subject(verb)
    if who is None or not (who.ent_type_ == "PERSON" or who.lower_ in PERSON_PRONOUNS):
        return False
    if any(c.dep_ in ("attr", "acomp", "oprd") for c in verb.rights):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                                                            for o in c.children)
               for c in verb.rights)


def _among_doers(verb: Token) -> bool:
    """"was among those who attended the roundtable", "was one of the people who visited him",
    "was among those to have died": a past copula placing someone in a group picked out by a deed
    tells that the subject did it too, a happening ("was one of the targets", "was one of those
    aircraft that is missing" name no deed done, and state what the subject was)."""
    if not _be(verb) or verb.tag_ != "VBD" or negated(verb):
        return False
    groups = [o for c in verb.rights if c.dep_ == "prep" and c.lower_ == "among" for o in c.children if o.dep_ == "pobj"]
    groups += [o for c in verb.rights if c.dep_ == "attr" and c.lower_ == "one"
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(d.dep_ in ("relcl", "acl") and not _be(d) and (
        d.tag_ == "VBD" or (d.tag_ == "VBN" and not passive(d) and any(a.lemma_ == "have" for a in d.lefts if a.dep_ == "aux")))
        for g in groups for d in g.children)


def _under_way(verb: Token) -> bool:
    """"is in the process of reviewing the air defences", "is now in the process of expanding its
    base": a finite copula on the process of doing something tells a deed under way, as "is
    reviewing" does (a happening), not a quality of the subject."""
    return _be(verb) and verb.tag_ in ("VBZ", "VBP", "VBD") and not negated(verb) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lower_ == "process" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
                for p in o.children)
            for o in c.children)
        for c in verb.rights)


def _seemed_to_act(verb: Token) -> bool:
    """"appeared to make efforts", "appears to have boosted its outlook": a past appearing, or one
    with a perfect infinitive, tells a deed as it looked, a happening; "appear to be real" and
    "seems to have effects" state what holds. "Seem" stays a state in the past and the perfect too
    ("seemed to contradict each other", "seems to have fared well"): annotators took it for how a
    thing stood (3 of 3 on the tune split, three articles), "appear" for the deed (4 of 5)."""
    if verb.lemma_.lower() != "appear" or negated(verb):
        return False
    done = next((c for c in verb.rights if c.dep_ == "xcomp" and c.lemma_.lower() not in STATIVE_VERBS), None)
    if done is None:
        return False
    past = verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.lefts)
    return past or any(a.dep_ == "aux" and a.lemma_ == "have" for a in done.lefts)


def _a_while(prep: Token) -> bool:
    """"for years", "for three decades": the object of "for" is a stretch of time; "has been
    published for Sydney readers" says whom a deed done once was for, a happening."""
    return any(o.dep_ == "pobj" and (o.lower_ in TIME_UNITS or o.ent_type_ in ("DATE", "TIME"))
               for o in prep.children)


# Verbs of working with a means: in the progressive or as a participle they tell how someone goes
# about something, what holds while it lasts ("is using radio telescopes to monitor the pulsars",
# ", using novel techniques to steal data"); the simple past ("used a pulley to lower the
# buckets") tells a deed done once.
MEANS_VERBS = frozenset("use".split())
# Verbs of extent: a thing (not a person or a body) covering something tells how far it reaches,
# what it takes in, a state ("warnings covered a large area", "the grant will cover the rest of
# the cost", "tariffs that covered machinery"); "the reporter covered the trial" tells a deed.
EXTENT_VERBS = frozenset("cover span encompass".split())


def _extends_over(verb: Token) -> bool:
    """An active verb of extent with its object, whose subject (if any) is a thing."""
    if verb.lemma_.lower() not in EXTENT_VERBS or passive(verb) or not any(c.dep_ == "dobj" for c in verb.rights):
        return False
    subj = subject(verb)
    return subj is None or not (subj.lower_ in PERSON_PRONOUNS or subj.pos_ == "PROPN"
                                or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                or subj.lemma_.lower() in ACTING_SUBJECTS)


# Participles that gloss a word of their sentence: what it refers to is what the word means, a
# state (", referring to the gas company").
GLOSS_VERBS = frozenset("refer".split())


def _to_be(verb: Token) -> bool:
    """"turned out to be a hoax", "was assumed to be beyond repair", "happened to be at home",
    "used to be a mill": a verb whose infinitive is a copula of its own subject says what that
    subject is (or was found or taken to be), a state. Asking, urging or pledging it ("urged them
    to be calm", "pledged to be carbon neutral") is a deed; a view ("is considered to be") is left
    to the rules for stances."""
    if verb.lemma_.lower() in DEMAND_VERBS | IRREALIS_VERBS | STANCE_VERBS \
            or any(c.dep_ in ("dobj", "dative") for c in verb.rights):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_ == "be" and infinitive(c) and _copula(c) for c in verb.rights)


def _curly_is(aux: Token) -> bool:
    """"it’s passed along", "they’re barred from": the tagger and lemmatizer know only the straight
    apostrophe, so a curly "’s" or "’re" comes out with any tag and no lemma. As the passive
    auxiliary of a verb with a passive subject it is "is"/"are" ("he’s brought his family",
    parsed the same way but with an active subject, is "has")."""
    return aux.lower_ in ("’s", "’re") and aux.dep_ == "auxpass" \
        and any(c.dep_ == "nsubjpass" for c in aux.head.children)


def _shares_present(verb: Token) -> bool:
    """"they camp and ride horses", "can use the gym and join the team", "form a layer and
    foreshadow its ribs": a bare verb joined to a simple present or to a capacity, with no subject
    or auxiliary of its own, is in that present too (the tagger gives it the bare form), and
    states what holds as its first verb does; joined to a past ("landed and sit down") it is not."""
    head = verb.head
    while verb.dep_ == "conj" and verb.tag_ == "VB" and head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        auxes = [c for c in head.lefts if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("can", "ca") for a in auxes):
            return True
        if not auxes and (head.tag_ in ("VBZ", "VBP") or (head.tag_ == "VB" and own_subject(head) is not None)):
            return True
        verb, head = head, head.head
    return False


# Prepositions whose gerund tells when or by what means something was done ("after graduating
# and moving to Hollywood", "by stripping the center and burying the feed"): a happening still.
DEED_PREPS = frozenset("after before since until upon by during following while when".split())
# Verbs of a charge: the gerunds of their preposition are the deeds charged ("was accused of
# taking bribes and hiding the money", "charged with facilitating the abuse and participating in
# it"), happenings as a charge is ("charged with conspiracy to commit murder").
CHARGE_VERBS = frozenset("accuse charge convict indict suspect".split())
# Verbs whose gerund object lists what a thing is made of ("included extending alert lengths and
# improving the technology", "involves moving the tenants and allowing them to").
CONTENT_VERBS = frozenset("include involve".split())


def _joined_gerund(verb: Token) -> bool:
    """"focused on cutting emissions and preventing future ones", "the early stages of planning and
    building the replacement", "included extending alert lengths and improving the technology": a
    gerund joined to a gerund that a preposition or "include" takes, with no auxiliary or subject
    of its own, names an activity (what a plan, a ban or a focus is of) as the first gerund does,
    not a happening. Under a preposition of time or means ("after graduating and moving", "by
    stripping him and burying the feed") it tells a deed, and so it does after a verb of a charge
    ("accused of funding the enemy and supplying arms")."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children):
        return False
    if t.dep_ == "pcomp":
        return t.head.pos_ == "ADP" and t.head.lower_ not in DEED_PREPS \
            and t.head.head.lemma_.lower() not in CHARGE_VERBS
    return t.dep_ in ("xcomp", "dobj") and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in CONTENT_VERBS


def _put_to_use(verb: Token) -> bool:
    """"The cash was used for share buybacks", "the tool was not used for hunting", "is used as a
    filler": a passive of using with what the thing serves for or as tells its function, what it
    was there for, as "used to bind objects" does; with only who used it ("used by the sheriff's
    office") it is a deed."""
    return verb.lemma_.lower() == "use" and verb.tag_ == "VBN" and passive(verb) and any(
        (c.dep_ == "prep" and c.lower_ in ("for", "as")) or (c.dep_ == "xcomp" and infinitive(c))
        for c in verb.rights)


def _comes_after(verb: Token) -> bool:
    """"The settlement follows a lawsuit", "the hearings follow the assembly's request": in the
    present, one thing following another in time is told as a happening, as "followed" is. Not
    negated ("does not follow the advice": what does not hold), not a modal, not the relative
    clause of a habit ("which follows population trends")."""
    return verb.lemma_.lower() == "follow" and verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBP", "VB") \
        and not negated(verb) and not passive(verb) \
        and not any(c.dep_ == "aux" for c in verb.lefts) \
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.lefts) \
        and any(c.dep_ == "dobj" for c in verb.rights)


# Verbs that give a thing its name: in the passive, with the name itself, they say what the thing
# is called, which lasts ("the animal, which was named “Siskiyou.”", "the videos were called the
# “Durand Jirga Show.”", "the islands, referred to as “Malvinas” by Argentina").
GIVEN_NAME_VERBS = frozenset("name call dub nickname rename christen refer".split())
# Entity labels that are no name given to a thing ("was named CEO in 2019" has a date, not a name).
NOT_NAME_LABELS = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY PERCENT MONEY".split())


def _given_name(verb: Token) -> bool:
    """"was named “Siskiyou.”", "was named Horus 4", "were called the “Durand Jirga Show.”": a
    passive of naming with the name itself (in quotation marks, or a name the tagger knows as one)
    tells what a thing is called, a state. Named to a post ("was named CEO", "was named the new
    leader of the bureau", "were named best actors") gives a role, not a name, and stays a
    happening; so does "were called" with no name (summoned). "Referred to as" is passive when its
    "to" has no object of its own and no relative clause took it ("the islands, referred to as
    “Malvinas” by Argentina", "a white Fiat 126, lovingly referred to as ‘the hairdryer’"; not
    "the riots, which her advocate referred to as police “spying”": a source's word)."""
    lemma = verb.lemma_.lower()
    if lemma not in GIVEN_NAME_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    if lemma == "refer":
        to = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to"]
        if not to or verb.dep_ == "relcl" or any(c.dep_ == "pobj" for t in to for c in t.children):
            return False
        names = [o for h in (verb, *to) for c in h.rights if c.dep_ == "prep" and c.lower_ == "as"
                 for o in c.rights if o.dep_ == "pobj"]
    elif passive(verb):
        # The first complement only: a later one is the parser's misreading of what follows ("was
        # named imperial high commissioner, earning the nickname “mkono wa damu,” or “the man ...”").
        names = [c for c in verb.rights if c.dep_ == "oprd"][:1]
    else:
        return False
    return any(_a_name(name) for name in names)


def _a_name(name: Token) -> bool:
    """The complement of a verb of naming is a name itself: in quotation marks, or a name the
    tagger knows as one (not a date or a number)."""
    doc = name.doc
    quoted = any(doc[i].tag_ == "``" or doc[i].text in ('"', "“", "‘") for i in range(max(name.left_edge.i - 1, 0), name.i))
    return quoted or bool(name.ent_type_ and name.ent_type_ not in NOT_NAME_LABELS)


# Reflexive pronouns: the object of a verb that is its own subject ("call themselves").
REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())


def _names_self(verb: Token) -> bool:
    """"who call themselves “water protectors”", "someone calling himself Satoshi Nakamoto": an
    active verb of naming whose object is its own subject, with the name itself, tells what someone
    goes by, a state, as the passive "was named “Siskiyou”" does. Naming someone else is a source's
    word for it ("calling it a violation", "calling agents “pimps”"), and a self-description that
    is no name ("call themselves liberal", "bills himself as a moderate") is not this."""
    if verb.lemma_.lower() not in GIVEN_NAME_VERBS or verb.lemma_.lower() == "refer" or passive(verb):
        return False
    own = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ in REFLEXIVES), None)
    if own is None or own.i + 1 >= len(verb.doc):
        return False
    # The name comes right after the pronoun; the parser may take it for the subject of the verb
    # that follows ("When someone calling himself Satoshi Nakamoto first proposed ...").
    after = verb.doc[own.i + 1]
    return after.text in ('"', "“", "‘") or after.tag_ == "``" or _a_name(after)


# Personal pronouns as the subject of a clause: the maker of the thing the clause names.
NAMER_PRONOUNS = frozenset("i we he she it they".split())


def _names_own_thing(verb: Token) -> bool:
    """"a riff on Aperol they’re tentatively calling Apersoul", "a feature it’s calling “athlete
    intelligence”": a relative clause with no relative pronoun, in which a maker (a personal
    pronoun) is calling the thing by the name it gives it, tells what the thing is called, a state.
    Not a source's word for something ("which some are calling an “inland hurricane”", "what it
    calls “digital terrorism”"), not "calling for" or "calling on"."""
    if verb.lemma_.lower() not in GIVEN_NAME_VERBS or verb.lemma_.lower() == "refer" or verb.dep_ != "relcl" \
            or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # The tagger does not lemmatize a curly contraction ("they’re", "it’s") to "be".
    if not progressive(verb) and not any(c.dep_ == "aux" and c.lower_.replace("’", "'") in ("'re", "'s", "'m")
                                         for c in verb.lefts):
        return False
    if any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in verb.lefts):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in NAMER_PRONOUNS for c in verb.lefts):
        return False
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "oprd", "prep", "dative", "ccomp", "xcomp")]
    return len(objects) == 1 and objects[0].dep_ in ("dobj", "oprd") \
        and objects[0].pos_ in ("NOUN", "PROPN") and _a_name(objects[0])


def is_state(verb: Token) -> bool:
    """A clause states a lasting fact (a state) rather than a happening (an event)."""
    lemma = verb.lemma_.lower()
    if _comes_after(verb):
        return False
    if _intent(verb) or _habitual(verb) or _condition(verb) or _moved(verb) or _joined_to_plan(verb) or _made_for(verb):
        return True
    if _episode(verb) or _seemed_to_act(verb) or _served_out(verb) or _attended(verb) or _had_happening(verb) \
            or _among_doers(verb) or _under_way(verb):
        return False
    if _to_be(verb) or _put_to_use(verb) or _given_name(verb) or _names_self(verb) \
            or _names_own_thing(verb):
        return True
    if lemma in MEANS_VERBS and verb.tag_ == "VBG":
        return True
    if _extends_over(verb):
        return True
    if lemma == "be" or lemma in STATIVE_VERBS:
        return True
    if lemma == "work" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights):
        return True  # "worked as a brick mason": a trade held, like "served as"
    if _employed(verb) or _at_work_with(verb):
        return True
    if negated(verb) and not progressive(verb) and not would_not(verb) and not (lemma == "do" and verb.tag_ == "VBD") \
            and not any((a.tag_ == "VBD" and a.lower_ != "had") or a.lower_ == "could"
                        for a in verb.lefts if a.dep_ in ("aux", "auxpass")):
        # "does not own the building", "has not paid": what does not hold. A negated past ("did not
        # respond to requests for comment", "were not charged", "could not be saved") is told as a
        # happening that did not take place, and annotators mark it an event; so is a refusal to
        # tell ("would not disclose the number"), and a past "do" itself ("others did not", "never
        # did jail time"), which stands for a deed as the auxiliary does.
        return True
    if passive(verb) and perfect(verb) and any(
            (c.dep_ == "advmod" and c.lower_ in STRETCH_ADVERBS)
            or (c.dep_ == "prep" and (c.lower_ == "since" or (c.lower_ == "for" and _a_while(c))))
            for c in verb.children):
        # "has long been used", "has been put off for years": what has held for a while. Done
        # once, a passive perfect is a happening ("had been charged with seven counts").
        return True
    if perfect(verb) and not passive(verb) and any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children):
        # "have long designated Hamas a terrorist group", "have long debated how species survived",
        # "has long catered to travellers": an active perfect stretched over a long while up to now
        # tells what has held, a stand or a practice, not one deed ("has repeatedly called for"
        # counts deeds, and stays a happening).
        return True
    if perfect(verb) and not passive(verb) and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in verb.lefts) \
            and any(c.dep_ == "advmod" and manner_adverb(c) for c in verb.rights) \
            and any(c.dep_ == "prep" and c.lower_ in ("over", "since") and has_time(c) for c in verb.rights):
        # "has changed markedly over the decades", "have grown steadily since 2010": how a thing
        # has gone over a stretch of time up to now is how it stands.
        return True
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    present_perfect = any(a.lemma_ == "have" and a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    if lemma == "become" and present_perfect:
        return True  # "has become a household name", "have become so rare": what it is now
    if verb.dep_ == "relcl" and not passive(verb) and (
            present_perfect or any(a.lower_ in ("will", "'ll", "’ll") for a in auxes)) \
            and not any(c.dep_ == "advmod" and c.lower_ == "repeatedly" for c in verb.children):
        # "a batsman who has fought a long battle", "a backbone that will link Shanghai and
        # Beijing": a relative clause that tells what its noun has done so far or is to do
        # describes the noun, as "who owns two properties" does. One that counts the deeds ("a
        # theorist who has repeatedly called for X", "an approach which has repeatedly escalated
        # tensions") tells happenings, as "has repeatedly called for" does in a main clause.
        return True
    if not auxes and (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and own_subject(verb) is not None)):
        # The simple present states what holds ("Employees in finance pay a large share": a
        # present the tagger took for a bare verb, with a subject of its own).
        return True
    if any(a.lower_ in ("can", "ca") for a in auxes):
        return True  # "can be used to create", "can provide clues": a capacity
    if _shares_present(verb):
        return True
    if _joined_gerund(verb):
        return True
    if any(a.lower_ in ("could", "may") for a in auxes) and penalty(verb):
        return True  # "could be issued with a penalty notice": what the law sets
    if (verb.dep_ == "relcl" or any(a.lower_ == "have" for a in auxes)) and _terms(verb):
        # "rules that would set standards", "the motion would have forced government to table a
        # policy": what a measure provides, or would have had it passed, describes the measure;
        # "the bill would phase out the expansion" tells what it is to do.
        return True
    if verb.dep_ == "relcl" and progressive(verb) and not _was_doing(verb):
        return True  # "a jet that is missing", "who is supporting the report": what the noun is doing
    if _trend(verb):
        return True
    if name_to_come(verb):
        return True  # "would be called Camp Lakeview": the name a planned thing is to bear
    if progressive(verb) and any(a.tag_ in ("VBZ", "VBP") for a in auxes) \
            and any(c.dep_ == "advmod" and c.lower_ in ("still", "already") for c in verb.children):
        # "are still trying to determine", "is still working with": what goes on now. "Already"
        # says the same from the other end ("are already partnering on", "is already driving
        # huge viewership"): a practice begun that holds at the time of writing, not one deed.
        return True
    if verb.tag_ == "VBN" and any(a.lower_ == "being" for a in auxes) and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True  # "is being held": what holds now
    if auxes and all((a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be") or _curly_is(a) for a in auxes) and verb.tag_ == "VBN":
        return True  # "is accused of", "are used on long-haul flights", "it’s passed along to carriers"
    return False


def find(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    # A caption's present tense reports a happening: "Albania cuts ties with Iran, September 8".
    # Beside a verb in the past tense the present is no such report: "who studies in Singapore
    # and who travelled to Surabaya on Monday".
    dated = any(c.type == "date" and c.value and c.value["precision"] == "day" for c in found) \
        and not any(t.tag_ == "VBD" for t in s.tokens)
    quoting = any(c.type == "quote" for c in found)
    for tok in s.tokens:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
            continue
        if tok.pos_ == "AUX" and not _copula(tok):
            aim = _stated_aim(s, tok, found)
            if aim is not None:
                out.append(aim)
            continue
        if tok.dep_ not in CLAUSE_DEPS:
            continue
        if tok.i in s.folded or tok.i in s.reporting:
            continue
        if _picks_out_those(tok):
            continue
        if _story_goes(tok):
            continue  # "as the story goes": the tale's frame, not a claim
        if tok.dep_ == "ccomp" and tok.tag_ == "VB" and tok.head.lemma_.lower() == "let":
            # "Never let your rivals tell your story", "asked the judge to let him speak": the bare
            # verb after "let" is what is allowed or urged, a wish or advice (ANNOTATION.md §2);
            # where the letting happened, the clause of "let" carries it.
            continue
        if _joined_to_adjective(tok):
            continue
        if _asked(tok) or any(a.i < tok.i and _asked(a) for a in tok.ancestors):
            continue  # the question and what it asks; not a clause before it that the parser hung on it
        if _marks_a_period(tok):
            continue  # "in the years that followed": when, not what happened
        if _tells_the_time(tok):
            continue  # "at the time he left the country": when the main clause happened
        if _took_a_while(tok):
            continue  # "it took some time": the story's pacing, no length to check
        if unnamed(tok):
            continue  # "who asked not to be identified": how the story was sourced, nothing to check
        if _page_note(tok):
            continue  # "This posting has been updated": the page's note on itself
        if _tags_quote(tok) or _gesture(tok) or _goes_on_to_say(tok):
            continue  # the "she said" of a direct quote, and what the speaker did while saying it
        lemma = verb_lemma(tok, REPORTING_VERBS | COGNITION_VERBS)
        if lemma == "say":
            continue  # saying is reported as an attribution or not at all ("said thunderstorms, ..., were")
        if tok.lemma_.lower() == "suppose" and tok.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were") for c in tok.lefts) and any(
                c.dep_ == "xcomp" for c in tok.rights):
            continue  # "was supposed to unlock the batting": what was expected, not what happened
        if tok.lemma_.lower() in ("ask", "wonder") and not passive(tok) and not any(
                c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep") for c in tok.rights):
            continue  # '"Is anyone hurt?" the voice asked': who asked a quoted question asserts nothing
        gap = _object_gap(tok)
        if lemma in REPORTING_VERBS | COGNITION_VERBS and not passive(tok) and not gap and not would_not(tok) \
                and not _self_declared(tok) and not _market_move(tok) and (
                any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
                or not any(c.dep_ in ("dobj", "xcomp", "prep") for c in tok.rights)
                or (quoting and not _made_known(tok, found)) or _told_whom(tok)):
            # A report is an attribution, a bare "he said" (or "he told the paper") asserts nothing,
            # and the "as a diplomat told the Times" of a direct quote is not a claim of its own (the
            # quote is).
            continue
        if (lemma in FRAMING_VERBS and not (lemma == "require" and _measure(subject(tok)))) \
                or (speculative(tok) and not _terms(tok) and not name_to_come(tok)) \
                or guessed(tok) or _irrealis(tok) or _foreseen(tok):
            # "requires" frames a point ("conjuring that trust requires authenticity"), except of
            # a measure: "the bill requires NASA to submit projections" is one of its terms (a
            # measure that "underscores" something is still framed).
            continue
        if _vouched(tok):
            for comp in tok.rights:
                if comp.dep_ == "ccomp":
                    _fold_clause(s, comp)  # "surely know [that is not the point]": vouched for along with it
            continue
        if _moves_the_reader(tok, subject(tok)):
            continue
        if lemma in ("seem", "appear") and not any(c.dep_ == "xcomp" for c in tok.rights):
            continue  # "appears bleak", "seems unlikely": how it looks to the author
        if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "ROOT") and own_subject(tok) is None:
            continue  # "Understanding the complexities ... requires": a gerund as subject or heading
        if lemma in PLAN_VERBS and any(c.dep_ == "xcomp" for c in tok.rights) and not _intent(tok):
            continue  # "is expected to give", "hopes to win": a plan or a wish, not a happening
        subj = subject(tok)
        if _writers_mind(subj):
            continue  # "my feelings have changed": the writer's own view
        if (first_person(subj) and not _writer_did(tok, subj) and not _writer_does(tok, subj)) \
                or ((subj is None or tok.dep_ == "advcl") and command(tok)):
            continue  # the speaker's own view, or a command
        if _wanted_by_command(tok):
            continue
        if first_person(subj) and tok.dep_ == "relcl" and tok.head.lower_ == "time" and any(
                c.lower_ in ("first", "last") for c in tok.head.lefts):
            continue  # "the last time I took the bus was in May": a memory the sentence dates, no deed of its own
        if subj is not None and subj.tag_ == "WP" and tok.dep_ != "relcl":
            continue  # "what causes the bursts": an open question, not a claim
        if _what_gap(tok) or (_be(tok) and any(c.dep_ == "ccomp" and _what_gap(c) for c in tok.rights)):
            continue
        if infinitive(tok) or _joined_to_purpose(tok):
            continue  # "to retrieve a Jeep", "nothing to gain": a purpose, a plan or a possibility
        if tok.dep_ == "pcomp" or (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "ccomp", "dep") and own_subject(tok) is None):
            cand = _participle(s, tok)
            if cand is not None:
                out.append(cand)
            continue
        if (tok.dep_ == "acl" and not gap) or (tok.tag_ == "VBN" and own_subject(tok) is None and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.lefts)):
            cand = _description(s, tok)
            if cand is not None:
                out.append(cand)
            continue
        if _restates_count(tok, found):
            continue
        # A plan's number is in its infinitive ("plans to add 36 dishes"): the plan is still the claim.
        cand = _clause(s, tok, subj, _counted(tok, found) and not _intent(tok), dated, found)
        if cand is not None and cand.rule == "causal.verb" and any(
                r.type == "attribution" and r.focus_start <= cand.focus_start and cand.focus_end <= r.focus_end
                for r in found):
            continue  # an effect a source is reported to claim: the attribution carries it
        if cand is not None:
            out += [part for c in _joined_complements(s, tok, cand) for part in _joined_charges(s, tok, c)
                    if not _writers_passing_moment(s, part)]
    return out


# Words by which the writer (or the writer's company) speaks in the first person.
WRITER_WORDS = frozenset("i me my we us our".split())


def _made_known(verb: Token, found: list[Candidate]) -> bool:
    """"tweeted a photo of her options, adding, '...'", "confirmed the weapon's use, ...", "denied
    his counterpart's accusations, calling them a '...'": a verb of reporting with a noun for its
    object did something of its own even beside a direct quote; the quote is then a claim too, not
    the frame of this one (whom it was told, "told reporters", stays out: _told_whom)."""
    quotes = [(c.focus_start, c.focus_end) for c in found if c.type == "quote"]
    # '"...," revealed the star', 'stated "..."': an object inside the quote is what was said
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not any(a <= c.idx < b for a, b in quotes)
               for c in verb.rights)


def _writers_passing_moment(s: Sentence, cand: Candidate) -> bool:
    """"I happily drove it", "I shed a tear", "So we had to think again", "we browsed the store", "I
    forgot about him": in a sentence where the writer speaks in the first person and that names,
    counts and dates nothing (no entity at all), a bare past happening of three words at most is a
    moment of the writer's story, nothing a record could confirm; the gold leaves these out far more
    often than it keeps them (22 false alarms to 7 matches on tune). A step of a life with something
    named in it ("I moved to California in 2008", "we won 3-1") has an entity and stays; so does a
    longer predicate ("I was arrested at home"), and any present-tense practice or state
    (_writer_does)."""
    if cand.rule not in ("event.clause", "state.clause"):
        return False
    span = cand.focus_span()
    if span is None or not 0 < len(span) <= 3:
        return False
    verb = span.root
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(t.ent_type_ for t in s.tokens):
        return False
    return any(t.lower_ in WRITER_WORDS and t.pos_ == "PRON" for t in s.tokens)


def aim_infinitive(verb: Token) -> Token | None:
    """"The charity's mission is to feed every child", "Her goal was to open a second shop": a
    subject that names an aim, "be" and an infinitive that says what the aim is, a plan or an
    intention to check (ANNOTATION.md §2), though the "be" has no complement of a copula. The
    infinitive, or None. Not under a modal ("would be to") or in a condition, and not of a noun
    that a relative clause describes ("whose role is to recruit")."""
    if verb.lemma_ != "be" or verb.dep_ not in ("ROOT", "conj"):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in AIM_NOUNS:
        return None
    aim = next((c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VB" and infinitive(c)), None)
    if aim is None or speculative(verb) or negated(verb) or _irrealis(verb):
        return None
    return aim


def _stated_aim(s: Sentence, verb: Token, found: list[Candidate]) -> Candidate | None:
    """The state of ``aim_infinitive``, its focus from "be" to the end of the infinitive; none
    inside what a source is reported to have said (the attribution carries it)."""
    aim = aim_infinitive(verb)
    if aim is None or verb.i in s.folded or verb.i in s.reporting:
        return None
    doc = s.doc
    a, b = phrase_chars(doc, verb.i, aim.right_edge.i + 1)
    if any(r.type == "attribution" and r.focus_start <= a < r.focus_end for r in found):
        return None
    return Candidate(s.span, a, b, "state", "state.clause", None, key=content_key("state", doc, verb.i, aim.right_edge.i + 1))


def _self_declared(verb: Token) -> bool:
    """"Mateen declared himself a candidate", "the firm proclaimed itself the winner": a source
    naming itself something has done a deed in public, not reported a view; the parser takes the
    reflexive for the subject of a nominal complement, as it would a clause that is reported."""
    return any(c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN") and any(
        g.dep_ == "nsubj" and g.i < c.i and g.lower_.endswith(("self", "selves")) for g in c.children)
        for c in verb.rights)


def _joined_complements(s: Sentence, verb: Token, cand: Candidate) -> list[Candidate]:
    """A copula whose complement is joined to a second one ("was a professor at Yale and a senior
    fellow at Brookings", "were government property and subject to strict rules") states two
    facts, each checked on its own: the clause ends before the "and", and the second complement,
    a phrase of its own, is a state beside it. Each complement needs two words of its own: "is old
    and dangerous", "are arrest and accident reports" (one noun's two modifiers) and "a clock"
    stay in one claim."""
    if cand.rule != "state.clause" or not _be(verb):
        return [cand]
    doc = s.doc
    for comp in verb.rights:
        if comp.dep_ not in ("attr", "acomp"):
            continue
        second = next((c for c in comp.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
        if second is None:
            continue
        a, b = second.left_edge.i, stop_at(doc, second.left_edge.i, second.right_edge.i + 1)
        cc = next((c for c in comp.rights if c.dep_ == "cc" and c.i < a), None)
        if cc is None or not cand.focus_start < doc[a].idx < cand.focus_end \
                or _words(doc, comp.left_edge.i, cc.i) < 2 or _words(doc, a, b) < 2:
            continue
        whole = cand.focus_span()
        if whole is None:
            continue
        fa, fb = phrase_chars(doc, whole.start, cc.i)
        sa, sb = phrase_chars(doc, a, b)
        if fb <= fa or sb <= sa:
            continue
        return [Candidate(cand.sent, fa, fb, "state", "state.clause", None,
                          key=content_key("state", doc, whole.start, cc.i), aside=cand.aside),
                Candidate(cand.sent, sa, sb, "state", "state.clause", None,
                          key=content_key("state", doc, a, b), aside=cand.aside)]
    return [cand]


# Verbs that lay an offence on someone: "charged with", "accused of", "convicted of".
CHARGING_VERBS = frozenset("charge accuse convict indict acquit suspect".split())


def _joined_charges(s: Sentence, verb: Token, cand: Candidate) -> list[Candidate]:
    """"was charged with arson and aggravated criminal trespass", "is accused of fraud by one bank
    and unpaid debts by another": each offence joined to the first is a charge of its own, checked
    on its own (ANNOTATION.md §1): the happening ends before the "and", and the second offence is an
    event beside it. A short second offence ("assault and criminal damage", "murder and
    abandonment") annotators keep in the one list; it needs three words of its own."""
    if cand.rule != "event.clause" or verb.lemma_.lower() not in CHARGING_VERBS or not passive(verb):
        return [cand]
    doc = s.doc
    whole = cand.focus_span()
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("with", "of")), None)
    offence = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if prep else None
    if whole is None or offence is None:
        return [cand]
    # The parser may hang the second offence on the last noun before it ("of fraud by one bank
    # and unpaid debts"): any noun joined by "and" to a word of the first offence's phrase.
    for cc in doc[offence.i + 1:whole.end]:
        second = doc[cc.i + 1] if cc.i + 1 < whole.end else None
        if cc.dep_ != "cc" or cc.lower_ != "and" or second is None:
            continue
        joined = next((c for c in doc[cc.i + 1:whole.end] if c.dep_ == "conj" and c.pos_ == "NOUN"
                       and c.left_edge.i == second.i and offence.i <= c.head.i < cc.i), None)
        if joined is None or _words(doc, second.i, whole.end) < 3:
            continue
        fa, fb = phrase_chars(doc, whole.start, cc.i)
        sa, sb = phrase_chars(doc, second.i, whole.end)
        if fb <= fa or sb <= sa:
            continue
        return [Candidate(cand.sent, fa, fb, "event", "event.clause", None,
                          key=content_key("event", doc, whole.start, cc.i), aside=cand.aside),
                Candidate(cand.sent, sa, sb, "event", "event.clause", None,
                          key=content_key("event", doc, second.i, whole.end), aside=cand.aside)]
    return [cand]


def _words(doc: Doc, start: int, end: int) -> int:
    """Words of tokens ``start..end`` that are more than an article ("a senior fellow": two)."""
    return sum(1 for t in doc[start:end] if t.is_alpha and t.pos_ != "DET")


def _terms(verb: Token) -> bool:
    """"a bill that would have allowed the funds to invest more", "rules that would set maximum
    standards", "the motion would have forced government to table a policy": "would" said of a
    bill, a rule or a motion tells what the measure provides (or would have, had it passed), its
    terms to check, not a guess; a hedge ("would likely pass") still makes it one."""
    own = verb.head if verb.dep_ in ("conj", "xcomp") else verb
    if not any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in (*verb.lefts, *own.lefts)):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in (*verb.children, *own.children)):
        return False
    return _measure(subject(verb))


# Verbs that give a thing its name: "would be called Camp Lakeview", "would be dubbed the Loop"
# ("would be named his successor" is an appointment, a happening).
NAME_GIVING_VERBS = frozenset("call dub title".split())


def name_to_come(verb: Token) -> bool:
    """"It would be called Camp Lakeview", "the new coin would be dubbed the crown": the name a
    planned thing is to bear, told with "would" as the plan's terms, not a guess (ANNOTATION.md §2:
    names are claims, a plan is check-worthy). A hedge ("would probably be called") or a condition
    ("if it were built, it would be called") keeps it a guess."""
    if verb.lemma_.lower() not in NAME_GIVING_VERBS or not passive(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in verb.lefts):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in verb.children) or _irrealis(verb):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in IRREALIS_MARKS for m in c.children)
           for c in verb.children):
        return False
    return any(c.dep_ in ("oprd", "attr") for c in verb.rights)


def _measure(noun: Token | None) -> bool:
    """A bill, a law or a rule ("the Affordable Care Act"; not a man named Bill, nor "the act of
    planting trees")."""
    return noun is not None and noun.lemma_.lower() in MEASURE_NOUNS and (
        noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and any(c.dep_ == "det" for c in noun.lefts))) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights)


def _object_gap(verb: Token) -> bool:
    """"the lander that the company unveiled in May", "a system I.B.M. announced", "the conference
    that Jackson directed": a relative clause in the past whose object is the noun it hangs on says
    who did what to that noun, a happening with its own subject (a report of the noun itself too:
    "announced" there has no clause to attribute)."""
    own = own_subject(verb)
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VBD" or own is None or own.dep_ != "nsubj" \
            or own.pos_ not in ("NOUN", "PROPN") or own.i > verb.i:
        return False
    if verb.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "mark" for c in verb.lefts):
        return False  # "the fact that the process unfolded": what the noun says, not a relative clause
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative") and c.i > verb.i for c in verb.children):
        return False  # "the year he won the title": the clause has an object of its own
    # The relative word, if any, is the object ("that", "which", "whom"), not a place or a time ("where", "when").
    return not any(c.tag_ == "WRB" or (c.dep_ in ("advmod", "npadvmod") and c.i < own.i) for c in verb.lefts)


def _what_gap(verb: Token) -> bool:
    """"What they don't know is ...", "that's what she did": a clause whose object is an open
    "what" says only who did something; what was done is the gap it leaves (elsewhere or
    nowhere), so neither it nor a "that's" pointing at it asserts anything to check. With a second
    complement it still says something ("that's what they call each other")."""
    if verb.dep_ == "relcl" or not any(c.lower_ == "what" and c.dep_ in ("dobj", "attr") and c.i < verb.i
                                       for c in verb.children):
        return False
    return not any(c.dep_ in ("oprd", "dative", "xcomp", "ccomp") for c in verb.children)


# What a verb may take after it that tells what it did or what was done to it: with none of
# these (a clause after it may tell what it came to: "rallied to beat X"), what follows it says
# only where, when, how or with what.
ARGUMENT_DEPS = frozenset({"dobj", "attr", "oprd", "dative", "acomp", "ccomp", "xcomp", "advcl", "agent", "prt"})


def _change_with_adjuncts(verb: Token, own: Token | None, found: list[Candidate]) -> bool:
    """"U.S. stocks fell in choppy trading", "wholesale costs jumped on the state's market": a verb
    of change in the past, with no object and no number, followed only by where, when or how,
    says what changed only with its noun subject, as it does with its number ("New vehicle sales
    plunged 10 percent"), however long the adjuncts. Not a change at someone's behest ("fell at
    the urging of X"): the cause is the claim."""
    if own is None or own.dep_ != "nsubj" or own.pos_ not in ("NOUN", "PROPN") or own.i > verb.i:
        return False
    # A past participle without an auxiliary is the parser's past tense ("Ticket sales dropped").
    if verb.lemma_.lower() not in CHANGE_VERBS or verb.dep_ not in ("ROOT", "conj") or not (
            verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.lefts))):
        return False
    after = verb.idx + len(verb.text)
    if any(c.rule == "causal.connective" and after <= c.focus_start <= verb.right_edge.idx for c in found):
        return False
    return not any(c.dep_ in ARGUMENT_DEPS or (c.dep_ == "prep" and c.lower_ in ("as", "for")) for c in verb.rights)


def _foreseen(verb: Token) -> bool:
    """"will be available to subscribers", "won't be able to determine", "will be official": a copula
    in the future with an adjective says how a thing is to be, a forecast; what is arranged is told
    by a verb ("will be filed") or a noun ("will be the company's chairman"). "Become" in the
    future forecasts the same way ("will become all the more apparent")."""
    if verb.lemma_ not in ("be", "become") or not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.lefts):
        return False
    comp = next((c for c in verb.rights if c.dep_ in ("acomp", "attr", "prep")), None)
    if comp is not None and verb.lemma_ == "become" and comp.dep_ == "attr":
        # "will become your master", "will become a conviction of a shrinking minority": what a
        # thing is to turn into, named by nothing, is the writer's forecast; a new name or a post
        # ("will become Harriet Tubman Avenue", "will become chairman") is arranged.
        return comp.lemma_.lower() not in TITLE_NOUNS and not any(
            t.ent_type_ or t.pos_ == "PROPN" for t in comp.subtree)
    return comp is not None and comp.dep_ == "acomp" and comp.pos_ == "ADJ"


# Pronouns of anyone at all, and "people" with nothing to pin it down: "anyone who's tried to
# report harassment", "everyone who mattered in Washington", "people who experiment with psilocybin".
ANYONE_WORDS = frozenset("anyone anybody everyone everybody someone somebody people".split())


def _picks_out_those(verb: Token) -> bool:
    """"those who fought for independence", "benefit those born in Mexico": a clause or participle
    on the pronoun "those" says whom the sentence is about, as a noun would; what the sentence says
    of them is the claim. So does a clause that says which of anyone at all it means ("someone who
    omitted to mention", "people who didn't play see ...": a kind of person, a generic statement
    with no one in it to check); "people" with a word of its own ("the people who played it",
    "only people who had reported", "people, who") is a group the article has in view."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl"):
        return False
    if head.lower_ == "those" and head.pos_ == "PRON":
        return True
    # The clause must be about that anyone ("who mattered"): with a subject of its own it tells
    # what someone did to them ("someone foreign diplomats looked to for guidance").
    return verb.dep_ == "relcl" and head.lower_ in ANYONE_WORDS and head.pos_ in ("PRON", "NOUN") \
        and all(c.i == verb.i for c in head.children) \
        and all(c.tag_ in ("WP", "WDT") for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _joined_to_adjective(verb: Token) -> bool:
    """"alive and well and living in the valley", "how scared and depressed the toll left them",
    "racist and bullying messages": a verb (or what the tagger took for one) joined to an
    adjective, with no subject of its own, is one more word of a row of descriptions, not a
    clause of its own. A past participle so joined ("turn-based and stat-based") is a description
    the rule for participles takes."""
    return verb.dep_ == "conj" and verb.head.pos_ == "ADJ" and verb.tag_ != "VBN" and own_subject(verb) is None


def _asked(verb: Token) -> bool:
    """"Asked about the disclosures, Baker said ...", "when asked whether the shooting was connected":
    a participle of asking with no subject of its own puts a question to the one who answers next.
    Neither the asking nor what it asks is a claim (the answer is); asked to do something ("when
    asked to portray her") is a request that was made."""
    return verb.lemma_.lower() == "ask" and verb.tag_ in ("VBN", "VBD") and own_subject(verb) is None \
        and verb.dep_ in ("advcl", "acl", "ROOT", "dep", "parataxis") \
        and not any(c.dep_ in ("aux", "auxpass", "xcomp", "dobj") for c in verb.children) \
        and any(c.dep_ in ("ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "about") for c in verb.rights)


# Objects of "take" that measure a stretch of time without saying how long ("took some time",
# "took a while", "didn't take much").
VAGUE_SPANS = frozenset("while time much long little".split())


# Verbs that name or identify someone: a source asking not to be named by them asks for anonymity.
IDENTIFYING_VERBS = frozenset("identify name".split())
# Nouns of who someone is, whose passive withholding keeps a source unnamed.
IDENTITY_NOUNS = frozenset("name identity".split())


# Verbs of speaking to the press that a source is "not authorized to" do.
DISCLOSING_VERBS = frozenset("speak talk comment discuss disclose reveal release brief".split())


def _anonymity(noun: Token) -> bool:
    """"condition of anonymity", "the condition of anonymity"."""
    return noun.lemma_.lower() == "condition" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() == "anonymity" for g in c.children)
        for c in noun.rights)


def spoke_unnamed(verb: Token) -> bool:
    """"spoke on condition of anonymity", "speaking on the condition of anonymity"."""
    return verb.lemma_.lower() in ("speak", "talk") and any(
        c.dep_ == "prep" and c.lower_ in ("on", "under") and any(g.dep_ == "pobj" and _anonymity(g) for g in c.children)
        for c in verb.rights)


def unauthorized(verb: Token) -> bool:
    """"was not authorized to speak to the media", "wasn't authorized to disclose details"."""
    return verb.lemma_.lower() == "authorize" and passive(verb) and negated(verb) \
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in DISCLOSING_VERBS for c in verb.rights)


def unnamed(verb: Token) -> bool:
    """"people with knowledge of the matter, who asked not to be identified", "asked to remain
    anonymous", "They requested anonymity", "a doctor, whose name has been withheld": a source
    asking to go unnamed (or its name kept back) says how the story was sourced, the writer's
    framing, not a deed to check; what the source says is the claim. Joined to another deed of
    the source ("a refugee who feared retaliation and asked not to be identified") the request is
    told as part of the source's story, and annotators mark it. So is "spoke on condition of
    anonymity" and the reason given for it, "was not authorized to speak to the media": no
    annotator marks either, nothing a fact-checker would look up."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "conj":
        return False
    if spoke_unnamed(verb) or unauthorized(verb):
        return True
    if lemma in ("ask", "request") and not passive(verb):
        return any((c.dep_ == "dobj" and c.lemma_.lower() == "anonymity")
                   or (c.dep_ == "xcomp" and c.lemma_.lower() in IDENTIFYING_VERBS and passive(c))
                   or (c.dep_ == "xcomp" and c.lemma_.lower() in ("remain", "stay", "be")
                       and any(a.lower_ == "anonymous" for a in c.rights))
                   for c in verb.rights)
    return lemma in ("withhold", "keep") and passive(verb) \
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in IDENTITY_NOUNS for c in verb.lefts)


# Nouns by which a page names itself ("this article", "a previous version of this post").
PAGE_NOUNS = frozenset("article post posting story piece page".split())


def _this_page(noun: Token) -> bool:
    return noun.lemma_.lower() in PAGE_NOUNS and any(c.dep_ == "det" and c.lower_ == "this" for c in noun.children)


def _page_note(verb: Token) -> bool:
    """"This posting has been updated with a revised total", "A previous version of this post
    referred to ...", "Correction: This article originally linked to ...": the page's note on
    itself, the article's own framing (ANNOTATION.md §2), not a claim; what it corrects is
    stated in the body."""
    own = own_subject(verb)
    if own is None:
        return False
    if own.lemma_.lower() == "version":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _this_page(o) for o in c.children)
                   for c in own.rights)
    return _this_page(own)


# Verbs by which a stretch of time is placed against another time.
PERIOD_VERBS = frozenset("follow precede begin start end elapse".split())


def _marks_a_period(verb: Token) -> bool:
    """"In the years that followed", "the three months that ended in September", "the fiscal year
    that began Oct. 1": a relative clause that only says where a stretch of time begins or ends
    picks out the period, as a date does (the date in it is a claim of its own); nothing in it
    happened. A session or a season that began is a happening ("a session that began 24 minutes
    early") and stays."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in PERIOD_VERBS \
        and verb.head.lemma_.lower() in TIME_UNITS | DAY_PARTS \
        and not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children)


# Nouns of a point in time whose relative clause only says when ("by the time the crews
# returned", "the moment he heard the blast"). Not "day" or "night": "the day she left for
# Geneva" is as often the happening the gold marks as the date it gives.
POINT_NOUNS = frozenset("time moment".split())


def _tells_the_time(verb: Token) -> bool:
    """"at the time he left the country", "by the time workers returned", "the moment he heard
    the explosion": a relative clause of "time" or "moment" dates the clause it hangs from, as
    "when" would. On the tune split 11 of the 13 clauses it drops match no gold claim; one the
    gold marks is a state ("at midday Tuesday, a time when most residents used to be at work")."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in POINT_NOUNS


def _took_a_while(verb: Token) -> bool:
    """"It took some time to get there", "the fix took a while to arrive", "it didn't take much
    for them to notice": how long something took, with no length to check, is the writer's
    pacing of the story; "took three years to finish" (a number: a duration claim) and "took
    years" (a unit) say how long."""
    return verb.lemma_.lower() == "take" and not passive(verb) and any(
        c.dep_ == "dobj" and c.lower_ in VAGUE_SPANS and not any(n.dep_ == "nummod" for n in c.children)
        for c in verb.rights)


# Quote marks as the tokenizer gives them (straight and curly).
QUOTE_MARKS = frozenset('"“”‘’\'')
OPENING_MARKS = {"”": "“", "’": "‘"}
# Words that end the quoted sentence a speech tag follows ("...," Putin continued; "...?" she asked).
QUOTE_ENDS = frozenset(",?!…")
# Verbs of speaking whose participle beside a quote tells what was said ("he said, talking to
# Ukraine about investigations", "said Shotwell, referring to NASA's program"): content, not a gesture.
SPEAKING_VERBS = REPORTING_VERBS | GLOSS_VERBS | frozenset("talk speak riff call".split())


def _after_quote(tok: Token) -> bool:
    """The token comes right after a closing quote mark that ends a quoted sentence on the same
    line ('a signal," Putin'), a quote that opens a sentence of its own: not a title in quotes
    ('drama “Bombshell” went', 'In "Night of the Living Dead," the zombies')."""
    doc, i = tok.doc, tok.i - 1
    if i < 1 or doc[i].text not in QUOTE_MARKS or "\n" in doc[i].whitespace_:
        return False
    while i > 0 and doc[i].text in QUOTE_MARKS and not doc[i - 1].whitespace_:
        i -= 1  # closing marks, nested ones too ('musicals,’”'), follow the words they close
    if i == tok.i - 1 or doc[i].text[-1:] not in QUOTE_ENDS:
        return False
    # Back to the mark that opens the quote (past any quote inside it): at the start of a line or
    # after a sentence's end.
    opener = OPENING_MARKS.get(doc[tok.i - 1].text, doc[tok.i - 1].text)
    j = i
    while j > 0 and doc[j].text != opener and "\n" not in doc[j - 1].whitespace_ and i - j < 200:
        j -= 1
    return doc[j].text == opener and (
        j == 0 or "\n" in doc[j - 1].whitespace_ or doc[j - 1].is_space or doc[j - 1].text[-1:] in ".?!:")


def _goes_on_to_say(verb: Token) -> bool:
    """'She went on, “I’d like to thank her ...”', 'he went on: “Well, ...”', 'Trump went on to
    assert Giuliani “would have been ...”': "went on" before a quote, or with a verb of saying,
    only leads into what was said (the quote or the attribution is the claim); "went on to
    receive a master's" tells a deed."""
    if verb.lemma_.lower() != "go" or not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return False
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in SPEAKING_VERBS for c in verb.rights):
        return True
    doc, i = verb.doc, max(c.i for c in verb.children if c.dep_ == "prt") + 1
    return i + 1 < len(doc) and doc[i].text in (",", ":") and doc[i + 1].text in QUOTE_MARKS


def _tags_quote(verb: Token) -> bool:
    """'"They heard the signal," Putin continued.', '"...," the report reads.', '"...,"
    Blinken also commented.': a speech tag the parser split from its quote, a subject and a verb
    with nothing said of their own (at most whom or where: "King asked Scott", "she shares with
    InStyle"), is the "she said" of the quote; the quote is the claim. "“Bombshell” went into the
    awards" (a title) and a clause with an object of its own tell more."""
    if verb.dep_ != "ROOT" or verb.i != verb.sent.root.i or passive(verb):
        return False
    subj = own_subject(verb)
    if subj is None or subj.i > verb.i or not _after_quote(subj.left_edge):
        return False
    told = verb.lemma_.lower() in ("ask", "tell") and all(
        c.pos_ in ("PROPN", "PRON") for c in verb.rights if c.dep_ == "dobj")
    return all(c.dep_ in ("punct", "advmod", "prep", "npadvmod") or (told and c.dep_ in ("dobj", "dative"))
               for c in verb.rights)


def _gesture(verb: Token) -> bool:
    """'"It's a good match," he says, removing a bottle from the cellar', '... Chazelle says,
    cracking up', '... Matie asks as he steers his Corolla': what a speaker does while a direct
    quote is given is the scene around the quote, nothing of record; a participle of speaking
    tells what was said ("he said, talking to Ukraine about investigations")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or verb.lemma_.lower() in SPEAKING_VERBS:
        return False
    own = own_subject(verb)
    if own is None:
        if verb.tag_ != "VBG" or verb.i < head.i:
            return False
    elif not (own.pos_ == "PRON" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.lefts)):
        return False
    if verb_lemma(head, REPORTING_VERBS) not in REPORTING_VERBS | {"ask"} or verb.i < head.i:
        return False
    # The speech verb tags a direct quote: the quote is its own clause, or ends right before the tag.
    subj = own_subject(head)
    first = min(head.i, subj.left_edge.i) if subj is not None and subj.i < head.i else head.i
    quoted = any(c.dep_ == "punct" and c.text in QUOTE_MARKS for c in head.children) or _after_quote(head.doc[first])
    return quoted and not any(c.dep_ == "ccomp" and not any(
        t.text in QUOTE_MARKS for t in head.doc[max(c.left_edge.i - 1, 0):c.right_edge.i + 2]) for c in head.children)


def _told_whom(verb: Token) -> bool:
    """"Trump told the paper", "an agency spokesman told us", "told the jury Roof stood over her": a
    telling whose only object is who was told is the reporting clause of what was told, as a bare
    "said" is; telling what ("told their own tale", "tells the final chapter") or a telling that did
    not happen ("had not told her boyfriend") is a claim."""
    if verb.lemma_.lower() != "tell" or negated(verb) or any(c.dep_ in ("xcomp", "ccomp") for c in verb.rights):
        return False
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    return len(objects) == 1 and objects[0].lemma_.lower() not in MESSAGE_NOUNS


def _framing(doc, verb: Token, start: int, end: int) -> bool:
    """The author's framing: "serves as a stark reminder", "It was in this year that", "This
    support is not new": a judgement or a pointer, with no named thing to check it against."""
    own = own_subject(verb)
    if verb.lemma_ == "be" and own is not None and own.lower_ == "it" and any(
            c.dep_ in ("ccomp", "relcl") and any(m.lower_ == "that" for m in c.lefts) for c in verb.rights):
        return True  # a cleft sentence: its "that" clause is the claim
    if _weighs_clause(verb, own) or _pointer_denied(verb, own) or _pointer_appraised(verb, own) or _turned_out(verb, own):
        return True
    words = [doc[i] for i in range(start, end)]
    # "X is a sign of Y" frames X; "there have been no signs of wreckage" says what exists. Only
    # the noun frames: the verb of the same spelling is a deed ("were unable to sign back in").
    if any(t.lemma_.lower() in FRAMING_NOUNS and t.pos_ not in ("VERB", "AUX") for t in words) and verb.lemma_.lower() in (
            "serve", "be", "become", "remain", "provide", "offer") and not (own is not None and own.dep_ == "expl"):
        return True
    if any(t.lower_ in OPINION_WORDS and not t.ent_type_ for t in words) and not any(t.ent_type_ for t in words):
        return True
    # "Albania is unique", "the morning's tactics remained curious", "The mechanics are solid": a
    # judgement as the whole complement says how the author sees it, whoever it is about.
    complement = [c for c in verb.rights if c.dep_ == "acomp"]
    if verb.lemma_.lower() in ("be", "remain", "seem", "appear", "become") and complement and all(
            c.lower_ in OPINION_WORDS | QUALITY_ADJECTIVES for c in complement) \
            and not any(c.dep_ == "prep" for c in complement[0].rights):
        return True
    if _appraised(verb, complement):
        return True
    # "a pure investment plan is insufficient to address the crises", "the targets are nowhere near
    # enough": what would do, said in the present of a thing named, is the author's verdict on it
    # ("no shutdown was necessary" tells what was decided).
    named = subject(verb)
    if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and named is not None and named.pos_ in ("NOUN", "PROPN") \
            and any(c.lower_ in ADEQUACY_WORDS for c in complement):
        return True
    # "looked strong", "look brutal for the Sixers": how something looks, sounds or feels is an
    # impression, whatever the adjective.
    if verb.lemma_.lower() in ("look", "sound", "feel") and any(c.pos_ == "ADJ" for c in complement):
        return True
    if _savoured(verb):
        return True
    # "She likes flowers", "don't like socialism": what someone likes is a taste, nothing to check.
    if verb.lemma_.lower() in ("like", "love", "prefer", "dislike") and verb.pos_ == "VERB":
        return True
    # "further complicate the picture", "fits seamlessly into this framework".
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "attr")] + [
        g for p in verb.rights if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    # "posted a picture of her son", "adopted a framework for the talks": one of them brought in
    # new with "a" by a deed in the past is a thing made or shown, not the essay's own ("provides
    # a framework" frames; "painted a picture of" is a way of describing).
    if any(o.lemma_.lower() in ESSAY_NOUNS and not o.ent_type_ and not _introduced(verb, o) for o in objects):
        return True
    return False


def _savoured(verb: Token) -> bool:
    """"has gentle heat and green herbal undertones", "has an almost couscous-like texture", "which
    has a personality and flavor of its own", "has no such charms": what a dish, a wine or a film
    has in the present, when all it has is a quality of the senses or of character, is the critic's
    tasting note, not a fact of record (on tune no such clause is a gold claim). In the past it
    tells what was there ("They had many unique flavors mixed with interesting ingredients" is one),
    and so does anything else it has ("has a heated pool", "has heat and a pool")."""
    if verb.lemma_.lower() != "have" or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if not objects:
        return False
    return all(n.lemma_.lower() in SAVOUR_NOUNS for o in objects for n in (o, *o.conjuncts))


def _appraised(verb: Token, complement: list[Token]) -> bool:
    """"The days were always tense and furious", "are both terrific, charismatic actors", "is a
    flailing mess at the plate": a copula whose complement only grades its subject, by
    adjectives of appraisal or a noun of verdict, is the writer's verdict; "is closed", "was a
    member of the board" say what a thing is. A degree adverb alone is no sign: "is extremely
    profitable", "were so ubiquitous", "aren't terribly large" are checked as they stand."""
    if verb.lemma_.lower() not in ("be", "remain", "seem", "appear", "become"):
        return False
    # "has been perfect for this tree" says what a thing suits, which can be checked.
    adjectives = [a for c in complement for a in (c, *c.conjuncts) if a.pos_ == "ADJ"]
    if adjectives and all(a.lower_ in APPRAISAL_ADJECTIVES for a in adjectives) and not any(
            c.dep_ in ("prep", "xcomp", "ccomp") for t in (verb, *adjectives) for c in t.rights):
        return True
    attrs = [c for c in verb.rights if c.dep_ == "attr" and c.pos_ == "NOUN" and not c.ent_type_]
    if any(_writers_favourite(c) for c in verb.rights if c.dep_ == "attr"):
        return True
    for noun in attrs:
        graded = [c for c in noun.lefts if c.dep_ == "amod"]
        if noun.lemma_.lower() in VERDICT_NOUNS or (graded and all(
                a.lower_ in APPRAISAL_ADJECTIVES | OPINION_WORDS for a in graded)):
            # "was a good paycheck for Schwartz" says what it was to someone named: checkable.
            if not any(c.dep_ in ("nummod", "poss", "compound") or c.ent_type_ for c in noun.children) and not any(
                    g.ent_type_ for c in noun.rights if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def _writers_favourite(noun: Token) -> bool:
    """"The pulled pork is a personal favourite", "is one of my favorite stock picks": the
    writer's own favourite is a taste; someone else's ("a Tea Party favorite", "the favorites in
    the division") is a standing that can be checked."""
    if noun.lower_ == "one":
        noun = next((g for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), noun)
    if noun.lemma_.lower() not in ("favorite", "favourite") and not any(
            c.dep_ == "amod" and c.lemma_.lower() in ("favorite", "favourite") for c in noun.children):
        return False
    return any((c.dep_ == "poss" and c.lower_ in ("my", "our")) or (c.dep_ == "amod" and c.lower_ == "personal")
               for c in noun.children)


def _weighs_clause(verb: Token, own: Token | None) -> bool:
    """"It's hard to imagine what ...", "it's possible that the agency could ...", "It's worth
    noting that ...": a dummy "it" with an adjective of weighing and the clause it stands for is
    the writer's verdict on that clause (how hard, likely or plain), nothing to check; "it is
    highly contagious" (no clause) and "it wasn't prepared to shut down" (an "it" that names
    something) say what a thing is."""
    if not _be(verb):
        return False
    if own is None or own.lower_ != "it":
        return False
    comp = next((c for c in verb.rights if c.dep_ == "acomp" and c.lemma_.lower() in WEIGHING_ADJECTIVES), None)
    if comp is None:
        # "It was financial insanity to send two sons to Eton", "It is my duty as chairman to
        # inform you": a noun the writer gives the deed the infinitive after it tells, a verdict
        # on that deed (a rank or a name is checked as it stands).
        noun = next((c for c in verb.rights if c.dep_ == "attr" and c.pos_ == "NOUN" and not _ranked_or_named(c)), None)
        return noun is not None and any(c.dep_ in ("xcomp", "advcl") and infinitive(c) for c in verb.rights)
    # "it's possible that the agency could ..." guesses; "it's possible to combine X with Y" says
    # what can be done.
    clauses = ("ccomp",) if comp.lemma_.lower() == "possible" else ("xcomp", "ccomp")
    return any(c.dep_ in clauses for c in (*verb.rights, *comp.rights))


def _turned_out(verb: Token, own: Token | None) -> bool:
    """"It turned out that the vote was won", "Prelogar, it turned out, won the vote": a dummy
    "it" with "turn out" and no complement of its own is the writer's aside on how things came
    to light; the clause it frames carries the claim. "It turned out to be a hoax" (an "it" that
    names something, with what it was) says what a thing is."""
    if own is None or own.lower_ != "it" or verb.lemma_.lower() != "turn":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.rights):
        return False
    return not any(c.dep_ in ("xcomp", "acomp", "attr", "dobj", "oprd", "prep") for c in verb.children)


def _pointer_denied(verb: Token, own: Token | None) -> bool:
    """"It's no secret that ...", "That's no accident", "This isn't the end of the fight": a
    pointer ("it", "this", "that") denied a noun is the writer framing what it points at; the
    claim, if any, is in that ("It wasn't X: it was Y"). A rank or a name denied ("this is not
    the first time", "it is not Boeing's plane") is checked as it stands."""
    if not _be(verb):
        return False
    if own is None or own.lower_ not in DENIED_POINTERS:
        return False
    return any(c.dep_ == "attr" and c.pos_ == "NOUN"
               and (negated(verb) or any(d.dep_ == "det" and d.lower_ == "no" for d in c.lefts))
               and not _ranked_or_named(c) for c in verb.rights)


def _pointer_appraised(verb: Token, own: Token | None) -> bool:
    """"That is a bitter blow to the villages", "This is especially true for small boats", "These
    are the kinds of boats insurers refuse to cover": a bare pointer ("this", "that", "these",
    "those") with "be" in a main clause, its complement naming, ranking and counting nothing, is
    the writer's comment on what the text before it told, an appraisal or a gloss, as a pointer
    denied a noun is (ANNOTATION.md §2: opinion and framing). A complement with a name, a rank, a
    date or a number ("These are the Harbour Board's own figures", "Those were the remains of the
    ferry that sank on Thursday", "That was the second closure") says something to check."""
    if not _be(verb) or verb.dep_ not in ("ROOT", "conj"):
        return False
    if own is None or own.lower_ not in DEMONSTRATIVES or own.tag_ != "DT" or own.n_lefts or own.n_rights:
        return False
    if own.i > verb.sent.start and own.doc[own.i - 1].text == ",":
        # "its first design, that was a wooden pier", "While the harbour looks empty, these are
        # mostly boats that left": after a comma the pointer relates a clause or picks up one of
        # its own sentence, which it describes; it is no comment on the text before.
        return False
    complements = [c for c in verb.rights if c.dep_ in ("attr", "acomp")]
    return bool(complements) and not any(
        _ranked_or_named(c) or any(t.like_num for t in c.subtree) for c in complements)


def _ranked_or_named(noun: Token) -> bool:
    """The noun phrase (without a clause hung on it: "no secret [that Trump ...]") ranks or names
    something: a superlative, "the first", "the only", a name, a number."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")]
    return any((t.ent_type_ or t.tag_ == "JJS" or t.lower_ in SINGULAR_WORDS)
               and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses) for t in noun.subtree)


def _introduced(verb: Token, noun: Token) -> bool:
    return verb.tag_ == "VBD" and verb.lemma_.lower() != "paint" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts)


def _introduces_clause(noun: Token) -> bool:
    """"There's a simple truth that links the rows", "there are plenty of other jobs you could
    take", "There was a moment when he wept": a noun that "there is" brings in only to hang a
    relative clause on is the writer's way into that clause, which says what there is to check
    (and is a claim of its own); "there was no reply", "there were prayers for 40 men" say what
    exists. A clause set off by a comma adds to a noun that stands by itself."""
    doc = noun.doc
    return any(g.dep_ == "relcl" and doc[g.left_edge.i - 1].text != "," for g in noun.children)


def _weighed(noun: Token) -> bool:
    """"no reason", "little doubt", "a fair chance", "some concerns", "too many reasons": grounds
    denied, graded or counted are the writer's weighing; a bare "a reason for this spree" announces
    the cause that follows."""
    words = [c for c in noun.lefts if c.dep_ in ("det", "amod", "advmod", "nummod", "quantmod")]
    return not (len(words) == 1 and words[0].lower_ in ("a", "an"))


def _restates_count(verb: Token, found: list[Candidate]) -> bool:
    """"the 750 workers the company employed in 2009": a relative clause without an object of its
    own whose noun is a counted quantity restates the number, no claim of its own."""
    own = own_subject(verb)
    if verb.dep_ != "relcl" or own is None or own.tag_ in ("WDT", "WP") or any(c.dep_ in ("dobj", "attr") for c in verb.rights):
        return False
    # A length of time hyphened onto the noun ("a 45-minute discussion that Trump initiated") counts nothing.
    return any(c.type == "quantity" and c.focus_start <= verb.head.idx < c.focus_end and not (
        c.rule == "quantity.duration" and "-" in doc_text(verb.doc)[c.focus_start:c.focus_end]) for c in found)


def _counted(verb: Token, found: list[Candidate]) -> bool:
    """The verb's object or complement is a number or a comparison already claimed."""
    # A length of time hyphened onto a noun ("a five-minute interview") describes the noun, and
    # counts nothing the verb did.
    ranges = [(c.focus_start, c.focus_end) for c in found if c.type in ("quantity", "comparison") and not (
        c.rule == "quantity.duration" and "-" in doc_text(verb.doc)[c.focus_start:c.focus_end])]
    if not ranges:
        return False
    args = [c for c in verb.rights if c.dep_ in ("dobj", "attr", "oprd", "dative", "acomp", "npadvmod")]
    # "were up 2.1 percent", "fell down 5 percent": the number measures the adverb.
    args += [g for c in verb.rights if c.dep_ == "advmod" for g in c.children if g.dep_ == "npadvmod"]
    granted = [c for c in args if _time_granted(verb, c)]
    if granted:
        durations = {(c.focus_start, c.focus_end) for c in found if c.rule == "quantity.duration"}
        ranges = [(a, b) for a, b in ranges if (a, b) not in durations or not any(a <= c.idx < b for c in granted)]
        if not ranges:
            return False
    objects = [c for c in args if c.dep_ in ("dobj", "attr")]
    scores = [(c.focus_start, c.focus_end) for c in found if is_score(c)]
    if objects and not _copula(verb) and all(any(a <= o.idx < b for a, b in scores) for o in objects):
        # "got past Chile 3-0", the score parsed as the object: the win or the loss is the deed,
        # and the score a claim beside it ("he is 1-11 at the plate" is the tally alone).
        return False
    if objects and not any(a <= o.idx < b for o in objects for a, b in ranges):
        return False  # "won the World Cup five times": the object is the fact, the count an adverbial
    for prep in verb.rights:
        if prep.dep_ == "prep" and not args:
            # "rose to 6.2 percent", "was 5.9 percent below its peak": the number measures it.
            args += [c for c in prep.children if c.dep_ in ("pobj", "npadvmod")]
            if verb.lemma_.lower() not in STATIVE_VERBS:
                # "was sentenced to 10 months in prison", "has been orbiting it for two years": a
                # length of time after a preposition says how long a deed lasted or what it imposed,
                # and the deed is a claim of its own; "stayed for two weeks", "remained for years"
                # say only how long, and the duration claims it.
                ranges = [(a, b) for a, b in ranges if not any(
                    c.rule == "quantity.duration" and (c.focus_start, c.focus_end) == (a, b) for c in found)]
            break
    return any(a <= arg.idx < b for arg in args for a, b in ranges)


def _time_granted(verb: Token, obj: Token) -> bool:
    """"declared three days of national mourning", "gave the county an extra month to do the job": a
    length of time the verb takes as its object, with what fills it ("of") or an infinitive of what
    is to be done in it, is what was declared or given, a deed beside the duration, not how long the
    deed took. Not a tally of time ("spent two years of work", "took six months to build it")."""
    if obj.dep_ not in ("dobj", "npadvmod") or obj.i < verb.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma in TALLY_VERBS or lemma in STATIVE_VERBS or _copula(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in obj.rights):
        return True
    if any(c.dep_ in ("relcl", "acl") and c.tag_ == "VB" and infinitive(c) for c in obj.rights):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and infinitive(c) and c.left_edge.i == obj.right_edge.i + 1
               for c in verb.rights)


# Verbs of taking hold of something or coming upon it: what was seized or found is counted, the
# seizing or the finding is a deed of its own ("Police seized $6,490", "the probe detected 40 bursts").
SEIZING_VERBS = frozenset("seize confiscate apprehend arrest detain capture intercept discover detect uncover".split())


def _seized_counted(verb: Token, own: Token | None) -> bool:
    """"Police seized $6,490 in cash", "the telescope discovered more than 100 pulsars": a named
    actor seizing or finding, in the past, what is counted did something beside the number (the
    focus is the actor and the verb); "Dealers sold 5,000 cars", "the plant employed 500 people"
    only count."""
    return verb.tag_ == "VBD" and verb.lemma_.lower() in SEIZING_VERBS and own is not None and own.dep_ == "nsubj" \
        and own.pos_ in ("NOUN", "PROPN") and own.i < verb.i and any(c.dep_ == "dobj" for c in verb.rights)


def _result_infinitive(verb: Token, end: int) -> Token | None:
    """"rallied to beat Roberto Bautista-Agut", "went to watch games at Lord's": a bare verb of
    a deed done, whose infinitive, right after it (as the parser hangs it, a clause of its own),
    takes someone or something named, tells what the deed came to; the happening is the two
    together, not "Rublev rallied". Not "stood to garner the largest share" or "have come to
    regret it" (nothing named: a prospect, a change of mind), "has been working to inform
    tenants" (an aim in progress) or "was needed to keep" (a need)."""
    if verb.lemma_ == "be" or passive(verb) or progressive(verb):
        return None
    result = next((c for c in verb.rights if c.dep_ == "advcl"), None)
    if result is None or result.tag_ != "VB" or result.left_edge.i != end or not infinitive(result):
        return None
    if not any(c.dep_ == "dobj" for c in result.rights) or any(c.dep_ == "dative" for c in result.rights):
        return None  # "won to give the hosts a 2-1 win": what it gave someone is an effect, a claim of its own
    return result if any(t.ent_type_ in NAMED_LABELS for t in result.subtree if t.i > result.i) else None


# Prepositions that put a number as what a verb measures or takes in ("accounts for a third",
# "came in at $9 million", "is made up of 4,400 panels", "walked through 1,000 campuses"), not
# where a change ends or starts ("soared to $13 billion", "withdrew from three areas"), how large
# it was ("won by 16 points") or what a deed was done with or against ("charged with seven counts").
MEASURE_PREPS = frozenset("for at of through between across in over".split())


# Verbs that tell a figure someone reached, earned, scored, sold or took in, or a level where a
# thing stood or closed ("scored 34 points", "missed two free throws", "stood at 88.8",
# "made $56 million", "sold 30,154 new cars", "has recorded 157,000 cases"): the count is what they
# say, and the quantity claims it.
TALLY_VERBS = frozenset(
    "record reach sell purchase buy score earn make receive get take spend add gain regain lose attend see "
    "hit exceed count draw post log collect raise last stand close end finish miss".split()
)
# Objects that are an amount of time, money or a share: what a deed cost, lasted or took ("spent 18
# months", "paid $1.1 billion", "produced 40 percent of the coal"), told by the quantity.
AMOUNT_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT"})


def _joined_deed(verb: Token, own: Token | None, start: int) -> bool:
    """"The minister denied the report and reacted angrily", "the striker shot from range and was
    injured": a second verb joined with "and" or "but" to one before it, in the past, tells a
    happening of its own of the subject named with the first, though the verb stands alone. One in
    a list without its conjunction ("insulted, mocked and beat them") and a present ("pack the
    boxes and leave") are one deed or a habit told in several words."""
    if own is not None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
        return False
    if start == 0 or verb.doc[start - 1].pos_ != "CCONJ":
        return False
    auxes = [a.lower_ for a in auxiliaries(verb)]
    past = (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and any(a in ("was", "were") for a in auxes))
    actor = _shared_subject(verb)
    return past and actor is not None and actor.tag_ not in ("WDT", "WP")


def _shared_subject(verb: Token) -> Token | None:
    """"Gunmen breached the fence and killed 40 people": the subject of the first verb, which a verb
    joined to it with no subject of its own shares (along a chain of such verbs)."""
    while verb.dep_ == "conj" and own_subject(verb) is None and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i < verb.i:
        verb = verb.head
    return own_subject(verb) if verb.dep_ != "conj" else None


# Verbs that say what a whole holds or what share of a whole a thing is ("which includes more than
# 2.4 million rolls of records", "who make up about 60% of Democrats", "which has averaged 23.62%").
SHARE_VERBS = frozenset("include contain comprise constitute represent equal average".split())


def _share_of_whole(verb: Token) -> bool:
    """"a collection that includes 356,000 books", "voters, who make up about 60% of the party": a
    verb of holding or making up, whose object is counted, says no more than the count, in a
    relative clause too (unlike "which owns two properties", what its noun did or has)."""
    lemma = verb.lemma_.lower()
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.rights):
        return False
    return (lemma in SHARE_VERBS or lemma == "make") and any(c.dep_ == "dobj" for c in verb.rights)


def _counted_deed(verb: Token, own: Token | None) -> bool:
    """"PG&E initiated four rounds of planned outages", "the Taliban released two videos", "a storm
    dumped about 2 inches": a deed done once, told in the simple past (or with "have") by a noun subject, whose
    object is counted is a happening beside the number (ANNOTATION.md §1: an actor's action and a
    number are separate claims). Not a tally ("Davis scored 34 points", TALLY_VERBS), a lasting fact
    ("employed 500 people") or an amount of time, money or a share as the object."""
    if own is None or own.dep_ != "nsubj" or own.pos_ not in ("NOUN", "PROPN") or own.i > verb.i:
        return False
    if negated(verb):
        return False
    auxes = auxiliaries(verb)
    if auxes and not _done_to_the_counted(verb, auxes):
        return False
    if verb.tag_ != "VBD" and not auxes:
        return False
    lemma = verb.lemma_.lower()
    if lemma in STATIVE_VERBS or lemma in TALLY_VERBS or _copula(verb):
        return False
    return not any(c.dep_ == "dobj" and c.ent_type_ in AMOUNT_ENTITIES for c in verb.rights)


# Prepositions that tell what a deed did to those it counted ("charged three people with fraud",
# "left 2.3 million people without food"), not where it was done ("in France", "around the world")
# nor where a count went ("has allocated 300 beds to the shelter", a count that only counts).
DONE_TO_PREPS = frozenset("with without into from as".split())


def _done_to_the_counted(verb: Token, auxes: list[Token]) -> bool:
    """"Prosecutors have charged three people with fraud", "The blockade has left 2.3 million people
    without food", "Sweden has told millions of citizens how to prepare": a deed told in the perfect
    (only "have" before the verb) whose counted object is followed by what the deed did to it is a
    happening as the simple past is. A perfect with the count alone ("has garnered 85,000
    members", "has started 285 straight games", "has killed millions of people around the
    world") is a running tally, and the quantity claims it."""
    if verb.tag_ != "VBN" or not all(a.dep_ == "aux" and a.lemma_ == "have" for a in auxes):
        return False
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    doc = verb.doc
    # What follows a comma ("had admitted 1.4 million refugees, overwhelming the economy") is a
    # clause of its own, not what the deed did to them.
    return any(
        c.i > obj.i and doc[c.left_edge.i - 1].text != ","
        and (c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ in DONE_TO_PREPS
                                                      and any(g.dep_ in ("pobj", "pcomp") for g in c.children)))
        for c in verb.rights)


# Tally verbs that also tell a price or an index moving by an amount ("the index added 0.4
# percent", "the S&P 500 lost 12 points").
MOVE_TALLY_VERBS = frozenset("add lose shed".split())


def _market_move(verb: Token) -> bool:
    """"The Dow Jones average added 256 points", "utility shares added 1.4 percent", "the S&P 500 lost
    12 points": a thing (no person, no pronoun) that added or lost points or a share in the past
    moved by that much, a happening beside the number, as "rose 2 percent" is; "Smith added 25
    points" (a person's tally) and "added that ..." (a report) are not."""
    if verb.lemma_.lower() not in MOVE_TALLY_VERBS or verb.tag_ != "VBD" or passive(verb) or negated(verb):
        return False
    own = own_subject(verb)
    if own is None or own.dep_ != "nsubj" or own.pos_ not in ("NOUN", "PROPN") or own.i > verb.i \
            or own.ent_type_ == "PERSON":
        return False
    return any(c.dep_ in ("dobj", "npadvmod") and (c.ent_type_ == "PERCENT" or c.lemma_.lower() in ("percent", "point"))
               and any(g.dep_ in ("nummod", "compound") and g.like_num for g in c.lefts) for c in verb.rights)


# Verbs that say where a sum stands rather than what was done with it ("revenues have reached $63
# billion", "the fund has topped $1 billion", "the project has cost $2 million").
LEVEL_VERBS = frozenset("reach hit exceed top surpass stand close end finish last total cost".split())


def _sum_paid(verb: Token, own: Token | None, found: list[Candidate] | None = None) -> Token | None:
    """"Congress has appropriated about $3.7 billion", "the foundation has awarded $355,760 in
    grants", "Alphabet has gotten about $160 million": a named body that has paid out, granted,
    raised or taken in a sum, told in the present perfect, did something beside the sum (both are
    claims); the sum, the object returned, ends the deed. "Spain has recorded 157,000 cases", "New
    Jersey has lost 5,000 jobs" (a count, not money), "the firm paid $1.1 billion" (the simple
    past, see _counted_deed) and a level reached ("revenues have totaled $63 billion") only count.
    The same holds of a body named by a noun or a pronoun, of the subject of the verb it is joined
    to ("is his biggest donor and has given nearly £1 million"), of the past perfect outside a
    relative clause ("the minister had allocated R3.5bn") and of a sum in a currency the quantity
    rules read where the entity recognizer missed it ("R4bn")."""
    if own is None or own.dep_ != "nsubj" or own.i > verb.i:
        return None
    if verb.tag_ != "VBN" or passive(verb) or negated(verb):
        return None
    have = next((c for c in verb.lefts if c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP", "VBD")), None)
    if have is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in STATIVE_VERBS or lemma in LEVEL_VERBS:
        return None
    sums = [(c.focus_start, c.focus_end) for c in found or () if c.type == "quantity" and c.value
            and c.value.get("unit") in CURRENCY_CODES]
    money = [c for c in verb.rights if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or any(a <= c.idx < b for a, b in sums))]
    if not money:
        return None
    # The past perfect in a relative clause ("for which the House had requested $100 million")
    # recalls a step before the fact the sentence tells.
    if have.tag_ == "VBD" and verb.dep_ == "relcl":
        return None
    if own.pos_ not in ("NOUN", "PROPN", "PRON") or own.tag_ in ("WDT", "WP"):
        return None
    return money[0]


def _measured_by_prep(verb: Token, end: int, counts: list[tuple[int, int]]) -> bool:
    """"Buildings account for nearly a third of emissions", "the bid came in at around $9
    million": a verb left bare by the count, whose number (not a length of time: "was sidelined
    for six months") stands in the phrase of the preposition right after it, only says what the
    number measures; the quantity is the claim, "buildings account" none."""
    doc = verb.doc
    if end > verb.i + 1 and not (end == verb.i + 2 and doc[verb.i + 1].dep_ == "prt"):
        return False  # "lost to Canada [for the first time]": the verb keeps a phrase of its own
    prep = next((c for c in verb.rights if c.i >= end), None)
    return prep is not None and prep.i == end and prep.dep_ == "prep" and prep.lower_ in MEASURE_PREPS \
        and any(a <= o.idx < b for o in prep.children if o.dep_ == "pobj" for a, b in counts)


def _measures_change(obj: Token) -> bool:
    """"gained 3 percent", "strengthened 0.13%": a share as a verb's object measures a change,
    unless it is a share of something ("won 52 percent of the vote")."""
    return obj.dep_ == "dobj" and obj.ent_type_ == "PERCENT" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


# Verbs that say where a thing stands or is found: with the place after them they state where it
# is ("stands on a five-acre site", "is located on the country's largest island").
PLACE_VERBS = frozenset("stand sit lie locate situate base house headquarter station nestle perch".split())
# Prepositions of where; "stood at 88.8 in November" (a number, a date as the object) tells a level
# and when, not a place.
PLACE_PREPS = frozenset("in on at near inside beside along alongside".split())


def _placed(verb: Token) -> bool:
    """"the building stands on a five-acre site on the Mall", "The resort is located in Vietnam's
    largest island": a verb of where a thing is, whose place phrase holds a number or a ranking,
    still says where it is (the number and the ranking are claims of their own beside it)."""
    return verb.lemma_.lower() in PLACE_VERBS and any(
        c.dep_ == "prep" and c.lower_ in PLACE_PREPS and any(
            o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
        for c in verb.rights)


def _focus_ok(doc, start: int, end: int) -> bool:
    words = [doc[i].lower_ for i in range(start, end) if doc[i].is_alpha]
    return any(w not in EMPTY_WORDS for w in words)


# How many tokens back a clause's subject may start and still be taken into a focus that needs
# it ("New vehicle sales in the Houston area plunged"): further back, the subject is a phrase of
# its own and the focus would run on.
SUBJECT_REACH = 8
# A subject of nouns and the phrases after them, with no verb of its own ("the price of a barrel
# of crude oil in European markets jumped"), still only names what changed or acted: annotators
# take it whole into the focus, so it is taken from further back; one with a clause in it
# ("Russia's announcement that it will build the reactor") is a claim of its own.
PHRASE_SUBJECT_REACH = 12


def _within_reach(doc, subj: Token, start: int) -> bool:
    reach = start - subj.left_edge.i
    # A participle before its noun ("junk-rated companies", "inflation-adjusted spending") is an
    # adjective of the phrase, not a clause in it.
    return reach <= SUBJECT_REACH or (reach <= PHRASE_SUBJECT_REACH and not any(
        doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ != "amod" for i in range(subj.left_edge.i, start)))


def _clause(s: Sentence, verb: Token, subj: Token | None, counted: bool = False, dated: bool = False,
            found: list[Candidate] | None = None) -> Candidate | None:
    doc, sent = s.doc, s.span
    own = own_subject(verb)
    there = (verb.i > sent.start and doc[verb.i - 1].lower_ == "there") or (own is not None and own.dep_ == "expl")
    if there and any(c.dep_ == "attr" and c.lemma_.lower() in GROUNDS_NOUNS and _weighed(c) for c in verb.rights):
        return None  # "there is no reason to doubt it", "there's a fair chance that": a case weighed
    if there and _be(verb) and any(c.dep_ in ("attr", "nsubj") and _introduces_clause(c) for c in verb.rights):
        return None  # "there's a simple truth that links them": the relative clause is the claim
    if verb.lemma_ == "be" and there:
        # "There have been no confirmed signs of wreckage": what exists is the claim.
        attr = next((c for c in verb.rights if c.dep_ in ("attr", "nsubj")), None)
        if attr is None or counted:
            return None  # "There were 30,000 federal workers": the number says what exists
        start, end = attr.left_edge.i, stop_at(doc, attr.left_edge.i, np_end(attr))
    elif _be(verb) and own is not None and own.lower_ in ("it", "this", "that") \
            and any(c.dep_ == "attr" and c.pos_ == "NOUN" and not c.ent_type_ and any(
                g.dep_ == "relcl" and doc[g.left_edge.i - 1].text != "," for g in c.children) for c in verb.rights):
        return None  # "It's also a place where candidates have struggled": the relative clause is the claim
    elif _cleft(verb):
        return None  # "it was Katie Boulter who got the ball rolling": the relative clause is the claim
    elif verb.lemma_ == "be" and verb.dep_ == "ROOT" and subj is None and any(c.dep_ == "attr" for c in verb.rights) \
            and not any(c.dep_ == "csubj" for c in verb.lefts):
        # "At stake are rights to an invention", "On the table are platters of fruit": the copula
        # of an inverted sentence, whose subject the parser took for its complement; the
        # complement's own clauses and nouns say what there is to check.
        return None
    else:
        start, end = predicate_start(verb), predicate_end(verb)
        if counted and (_copula(verb) or verb.lemma_.lower() in ("remain", "stay", "have", "be", "become", "total", "number")):
            return None  # "Nevada was 5.9 percent below": the number says it all
        relative = verb.dep_ == "relcl" and own is not None and own.tag_ in ("WDT", "WP")
        if counted and relative and _share_of_whole(verb):
            return None  # "which includes 356,000 books": the count is what the clause says
        # "PG&E initiated four rounds of outages": a deed whose counted object the quantity claims
        # is still a deed of its own (see _counted_deed).
        # A verb joined to another shares its subject: "Rebels stormed the town and seized 30
        # trucks" is a deed as "Rebels seized 30 trucks" is (the focus stays on the second verb).
        actor = own if own is not None or verb.dep_ != "conj" else _shared_subject(verb)
        paid = _sum_paid(verb, actor, found) if counted and not relative else None
        deed = counted and not relative and not _placed(verb) and (_counted_deed(verb, actor) or paid is not None) and any(
            c.dep_ in ("dobj", "attr") and not _measures_change(c) for c in verb.rights) and not _seized_counted(verb, own)
        if counted and not relative and not _placed(verb) and not deed:
            # "the plant employs 500 people", "the bill includes $70 million for X": the counted
            # object is what the clause says, and the quantity claims it. A number that measures
            # the happening ("a man was shot four times", "shares fell 5.4 percent") leaves the
            # actor and the verb a claim of their own. A relative clause keeps its object: "which
            # owns two properties" says what its noun is. A share as the object ("gained 3
            # percent") measures the change, as an adverb would.
            if any(c.dep_ in ("dobj", "attr") and not _measures_change(c) for c in verb.rights) \
                    and not _seized_counted(verb, own) and not _market_move(verb):
                return None
            # What the verb takes before the number stays ("have gone to the polls four times", "lost to
            # the visitors for the first time"): only the number and what follows it are the count's.
            ranges = [(c.focus_start, c.focus_end) for c in found or () if c.type in ("quantity", "comparison")]
            keep = min([end] + [c.left_edge.i for c in verb.rights
                                if any(a <= t.idx < b for t in c.subtree for a, b in ranges)])
            end = max([keep, verb.i + 1] + [c.i + 1 for c in verb.rights if c.dep_ == "prt" and c.i == verb.i + 1])
            counts = [(c.focus_start, c.focus_end) for c in found or () if c.type == "quantity" and c.rule != "quantity.duration"]
            if _measured_by_prep(verb, end, counts) and not _done_to_someone(verb, own):
                return None
            first = next((c for c in verb.rights if c.left_edge.i == keep), None)
            tallied = [c for c in found or () if first is not None and c.type in ("quantity", "comparison")
                       and doc[first.left_edge.i].idx <= c.focus_start < doc[first.right_edge.i].idx + 1]
            if end == verb.i + 1 and verb.lemma_.lower() in TALLY_VERBS and not passive(verb) and tallied \
                    and not _market_move(verb) \
                    and all(c.rule == "quantity.count" for c in tallied):
                # "Silva scored 14 points on six shots", "Silva finished with 14 points": a tally of
                # things counted whose count is all it took says what the count says, and the count
                # claims it ("Leeds lost 2-0" is a result, the loss a deed beside its score; "the
                # index closed up 0.3 percent" a level).
                return None
            if (own is None or own.tag_ in ("WDT", "WP", "PRP") or own.right_edge.i >= start
                    or not _within_reach(doc, own, start) or _set_off(doc, own.left_edge.i, start)) \
                    and not _done_to_someone(verb, own):
                return None
        if deed and paid is not None:
            # "has awarded $355,760 [in grants to 31 groups in Oregon]": the sum ends the deed; where it
            # went and what for are claims of their own. The one it was given to, named right after
            # the sum ("has allocated R4bn to the revenue service"), is part of the giving.
            given_to = next((c for c in verb.rights if c.i == paid.right_edge.i + 1 and c.dep_ in ("dative", "prep") and c.lower_ == "to"), None)
            end = min(end, given_to.right_edge.i + 1 if given_to is not None else paid.i + 1)
        # "beat Peru 2-0 in the final", "got past Chile 3-0": the win ends with whom it was over; the
        # score is a claim of its own ("lost 2-0 to Chile" keeps what follows the score).
        scored = [t.i for t in doc[verb.i + 2:end] for c in found or () if t.idx == c.focus_start and is_score(c)]
        if scored:
            end = min(scored)
        # How it went ("fell sharply", "opened lower") is part of the predicate but says no more of
        # what happened: the subject is still named, and a bare verb still says nothing.
        content = [i for i in range(start, end) if doc[i].is_alpha and doc[i].lower_ not in EMPTY_WORDS
                   and not how_it_went(verb, i)]
        # An adverb before the verb says how, not what ("he politely offered that ...", "have already
        # helped the firm make a name"): the verb is still bare and takes its clause along.
        core = [i for i in content if i >= verb.i or doc[i].pos_ != "ADV"]
        if len(core) <= 1:
            # "decided no result was possible": a verb whose object is a clause takes it along; not
            # the result of a degree ("were so disoriented that they were still arguing").
            comp = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
            if any(t.lower_ in ("so", "such") for c in verb.lefts if c.dep_ == "advmod" for t in c.subtree):
                comp = None
            if comp is not None:
                end = stop_at(doc, verb.i, comp.right_edge.i + 1)
                _fold_clause(s, comp)
            elif (result := _result_infinitive(verb, end)) is not None:
                end = predicate_end(result)
                content = [i for i in range(start, end) if doc[i].is_alpha and doc[i].lower_ not in EMPTY_WORDS]
        if verb.lemma_ == "come" and verb.tag_ in ("VBD", "VBZ", "VBP") and len(content) <= 1 \
                and not any(c.dep_ in ("neg", "acomp", "advmod") for c in verb.children):
            return None  # "The arrests came after ...", "His remarks come amid ...": when, told by the date or the cause
        # Name the subject when the predicate alone would not say what happened ("a man was
        # shot", "testing began", "The co-pilot was French"), and in a relative clause whose object is
        # its noun, who did it ("the lander the company unveiled in May").
        if own is not None and own.dep_ != "expl" and own.tag_ not in ("WDT", "WP", "PRP") \
                and not (own.lower_ in DEMONSTRATIVES and own.left_edge.i == own.i == own.right_edge.i) \
                and own.right_edge.i < start and (len(content) <= 1 or _object_gap(verb) or deed
                                                  or _change_with_adjuncts(verb, own, found or [])) \
                and _within_reach(doc, own, start) \
                and (not _set_off(doc, own.left_edge.i, start) or (deed and paid is not None)):
            # A body that paid a sum is named with its aside ("Alphabet Inc. (Google's parent) has gotten").
            start = own.left_edge.i
        elif len(content) <= 1 and end - start - sum(how_it_went(verb, i) for i in range(start, end)) <= 2 \
                and not any(c.dep_ == "ccomp" for c in verb.rights):
            if relative and verb.head.pos_ in ("NOUN", "PROPN") and content and own is not None and own.i < start:
                start = own.i  # "the jet, which disappeared": the relative pronoun stands for its noun
            elif content and _done_to_someone(verb, own):
                pass  # "He was discharged in September": what was done to a person named before
            elif content and _joined_deed(verb, own, start):
                pass  # "shot from range and was injured": the subject is named with the first verb
            elif content and own is not None and _ended(verb, own, found or []):
                start = own.i  # "she died": who, with the verb
            elif not (content and own is not None and own.pos_ in ("NOUN", "PROPN") and own.i < start):
                return None  # a bare verb ("came", "jumped") with no one named: nothing to check
            else:
                # "The plane, which did not issue a distress signal, disappeared after takeoff": who
                # is named, too far back (or set off) to take into the focus; the verb takes what
                # follows it instead, up to a comma.
                after = next((c for c in verb.rights if c.dep_ in ("prep", "advcl", "npadvmod", "advmod")), None)
                if after is not None:
                    end = stop_at(doc, verb.i, after.right_edge.i + 1)
                elif not _befell_named(verb, own):
                    # With nothing after it, only the passive verb of what befell someone says it
                    # alone ("Smith, 40, was arrested and jailed").
                    return None
        if _copula(verb) and not content:
            return None  # "Nevada was [5.9 percent below ...]": the complement is another claim
    if end <= start or not _focus_ok(doc, start, end):
        return None
    if _framing(doc, verb, start, end):
        return None
    if _scene(verb, own):
        return None
    kind = "state" if ((_copula(verb) and not _attended(verb) and not _among_doers(verb) and not _under_way(verb))
                     or is_state(verb) or _kept_by(verb)) \
        and not _managed(verb) and not _booked(verb) else "event"
    if kind == "state" and dated and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in STATIVE_VERBS \
            and not _habitual(verb):
        kind = "event"
    rule = f"{kind}.clause"
    # "has always denied the allegations", "cited the high fees", "called it the end of an era":
    # a source taking a stand on something is a report of that source, with what it says. So is
    # "pointed to the rising rents" (its evidence, as "cited" gives it), never "pointed at".
    # What is said has to be there ("McKinley cited", "accused him" say nothing of it); a gerund
    # says it as an object does ("denied doing anything wrong", "admitted making the remarks").
    lemma = verb.lemma_.lower()
    if (lemma in STAND_VERBS or (lemma == "claim" and any(c.dep_ == "ccomp" for c in verb.rights))
            or (lemma == "call" and any(c.dep_ == "oprd" for c in verb.rights) and not _names_self(verb))
            or (lemma == "point" and _points_to(verb))) \
            and subj is not None and not passive(verb) and verb.tag_ != "VBG" and any(
                t.is_alpha and t.pos_ != "PRON" for c in verb.rights
                if c.dep_ in ("dobj", "ccomp", "oprd", "prep") or (c.dep_ == "xcomp" and c.tag_ == "VBG")
                for t in c.subtree):
        kind, rule = "attribution", "attribution.stand"
        if lemma == "deny" and _said_once(verb):
            # "Moore denied the allegations", "did not deny sending the messages": a denial made
            # at one time is itself the news, a happening; "has always denied", "denies" keep a stand.
            kind, rule = "event", "event.denial"
    # "spoke of a desire to avenge bullying", "researchers are warning of a new ransomware": a
    # source speaking of something reports it, as a stand verb with its object does.
    if lemma in SPEAK_OF_VERBS and subj is not None and not passive(verb) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
            for c in verb.rights):
        kind, rule = "attribution", "attribution.stand"
    # "expressed concern over the promotion", "has voiced concerns regarding surveillance", "echoed
    # this view", "That sentiment was shared by the mayor": a view a source puts into words is
    # the source's view, as "X views Y as a threat" is. A feeling shown is a deed ("expressed her
    # gratitude", "voiced outrage"), and so is any other object ("shared a photo"). Not a stand:
    # what follows the view's noun is not the view as the source puts it ("voiced concerns about
    # agents and pushed for reform", where "pushed" may hang on "agents").
    if lemma in VOICING_VERBS and _voiced_view(verb, subj):
        kind, rule = "attribution", "attribution.belief"
    # "It expects meager growth next year", "The fund foresees China's economy growing": a
    # forecast said now, in its source's own voice, is the source's view (the rule for reports
    # leaves it when the source is a pronoun or the forecast a clause).
    if lemma in FORECAST_VERBS and _forecasting_now(verb, subj):
        kind, rule = "attribution", "attribution.belief"
    # "China's growth is forecast to accelerate to 4.4%", "is forecast by the firm to reach $84
    # billion": a forecast told in the passive is still a forecaster's view, named or not (not
    # "is expected to", the writer's own word on what is to come).
    if lemma in PASSIVE_FORECAST_VERBS and _forecast_passive(verb):
        kind, rule = "attribution", "attribution.belief"
    # "was quoted calling the governor a failure", "quoted the agency's head as saying ...": a
    # source quoted is a source reported, with what it is quoted saying.
    if lemma == "quote" and _quoted_saying(verb):
        kind, rule = "attribution", "attribution.reporting"
    # "Tariffs have hurt farmers", "the crashes have dented confidence": a thing (not a person or
    # a body acting) doing harm or good to something states an effect and its cause. The thing may
    # be named before a relative pronoun or a first verb ("a transition, which hampered the
    # decision-making", "have dented confidence and spooked travellers").
    cause = own
    if cause is not None and cause.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        cause = verb.head
    elif cause is None and verb.dep_ == "conj":
        cause = own_subject(verb.head)
    if kind in ("event", "state") and not passive(verb) and cause is not None and _causative(verb, cause) \
            and verb.i not in s.folded \
            and cause.pos_ in ("NOUN", "PROPN") and cause.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
            and cause.lemma_.lower() not in AGENT_NOUNS:
        kind, rule = "causal", "causal.verb"
    ranked = None
    if kind == "state":
        # "is on track to be the hottest year", "are supposed to be riskier": the complement of a
        # "to be" the verb takes is what the clause says of its subject, a ranking or a comparison
        # as a plain copula's is.
        copulas = [verb] + [c for c in verb.rights if c.dep_ == "xcomp" and infinitive(c)]
        ranked = next((r for c in copulas if _copula(c) and (r := _ranked(c)) is not None), None)
    if kind in ("event", "state") and lemma in LIKENESS_VERBS:
        ranked = "comparison.comparative"  # "resembles Slovene", "their figures differ from those"
    if kind in ("event", "state") and ranked is None and end > verb.i + 1 and any(
            standing(c) for c in [verb] + [c for c in verb.rights if c.dep_ == "xcomp" and infinitive(c)]):
        ranked = "comparison.comparative"  # "leads among Hispanic members", "is in fourth place": a standing
    if kind in ("event", "state") and _unprecedented(verb, own):
        ranked = "comparison.superlative"
    if kind in ("event", "state") and any(c.dep_ == "advmod" and manner_adverb(c) and c.tag_ in ("RBR", "JJR")
                                          and any(g.dep_ == "prep" and g.lower_ == "than" for g in c.rights)
                                          and start <= c.i < end for c in verb.rights):
        ranked = "comparison.comparative"  # "started earlier than usual": the predicate compares
    if kind in ("event", "state") and ranked is None and not speculative(verb) \
            and (compared := compared_change(verb)) is not None:
        # "has increased sixfold", "fared better in the east": the change or the outcome is told
        # against another, a comparison, with the word that compares it.
        ranked = "comparison.comparative"
        end = max(end, compared)
    if ranked is not None:
        # "X is one of the most awarded labels", "he was the first to show it", "the rate is
        # even higher": what the clause says is a ranking or a comparison (ANNOTATION.md §2).
        kind, rule = "comparison", ranked
    a, b = phrase_chars(doc, start, end)
    # "The plane, which was carrying mainly Indonesians, ...": set off by commas, the article's own.
    aside = verb.dep_ == "relcl" and verb.left_edge.i > sent.start and doc[verb.left_edge.i - 1].text == "," \
        and doc[verb.left_edge.i].lower_ in ("which", "who", "whom", "whose")
    return Candidate(sent, a, b, kind, rule, None, key=content_key(kind, doc, start, end), aside=aside)


def _causative(verb: Token, cause: Token) -> bool:
    """``verb`` does harm or good to its object ("have dented confidence"), or raises, lowers or
    sets it off, or presses on it, as a thing that did so ("has increased fire risk", "touched off
    a war", "is weighing on the economy"): with a thing as subject, an effect and its cause."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if lemma in AFFECT_VERBS:
        return bool(objects)
    if cause.lemma_.lower() in BODY_NOUNS | TITLE_NOUNS | KIND_NOUNS:
        return False  # "the council raised parking fees", "the mayor raised fees": a deed
    if verb.tag_ == "VBP" or any(c.lower_ in EFFECT_ADVERBS | CAUSAL_MARKS for c in verb.lefts):
        # "vibrations that reduce the quality": what things tend to do, which the model judges as
        # prose (component._prose); ", so the tweet raised new fears": the connective's claim.
        return False
    if any((lemma, c.lower_) in PRESSING_VERBS for c in verb.rights if c.dep_ in ("prep", "prt")):
        return True
    if not objects or any(o.like_num or o.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") for o in objects):
        return False  # "the number of teachers increased", "the yen strengthened 0.3 percent": a change
    return lemma in CAUSATIVE_VERBS or any(
        (lemma, c.lower_) in CAUSATIVE_PHRASALS for c in verb.rights if c.dep_ == "prt")


# What a clause of a bare phrasal verb may have besides its particle and still say nothing more.
SCENE_DEPS = frozenset({"nsubj", "prt", "advmod", "aux", "neg", "mark", "punct"})


def _scene(verb: Token, own: Token | None) -> bool:
    """"as the winter dragged on", "after the warning went out", "until the effect wore off", "the
    notices that went out", "when they sat down": a verb with nothing but its particle, in a clause
    hung on another, sets the scene of that clause (when, or which one), no happening of its own to
    check. A named actor's ("after Rotterdam Port signed up") is a deed, and so is one with an
    object, a complement, a time or a place ("set out to study it", "went out late at night") and a
    perfect that tells what had happened before ("when the office had closed down")."""
    if verb.dep_ not in ("advcl", "relcl") or not any(c.dep_ == "prt" for c in verb.rights) \
            or any(c.dep_ not in SCENE_DEPS for c in verb.children) or perfect(verb):
        return False
    if verb.dep_ == "relcl" and (own is None or own.tag_ not in ("WDT", "WP")):
        return False  # "the crates he loaded up": the noun is what was done
    actor = verb.head if verb.dep_ == "relcl" else own
    return actor is None or not (actor.pos_ == "PROPN" or actor.ent_type_ in NAMED_LABELS)


def _unprecedented(verb: Token, own: Token | None) -> bool:
    """"had never before used the alert system", "no spacecraft had ever landed on a comet": what
    was done for the first time, or by no one before, ranks the deed against all before it (as
    "the first time" does)."""
    advs = {t.lower_ for c in verb.children if c.dep_ in ("advmod", "neg") for t in c.subtree}
    if "before" in advs and "never" in advs:
        return True
    no_one = own is not None and (own.lower_ in ("nobody", "none", "nothing", "no one")
                                  or any(d.dep_ == "det" and d.lower_ == "no" for d in own.children))
    return "ever" in advs and (no_one or bool(advs & {"never", "not", "n't", "n’t"}))


# Verbs of speaking whose "of" names what is spoken of ("spoke of anxiety", "warned of a threat").
SPEAK_OF_VERBS = frozenset("speak talk warn".split())
# Verbs that put a view into words, and the views they put ("voiced concerns", "echoed that
# sentiment"); see _voiced_view.
VOICING_VERBS = frozenset("express voice echo share".split())
VIEW_NOUNS = frozenset("concern view sentiment optimism pessimism confidence doubt skepticism scepticism "
                       "belief opinion reservation misgiving".split())


def _said_once(verb: Token) -> bool:
    """Whether ``verb`` is told in the simple past: "denied", "did not deny", "did not admit nor deny"."""
    if verb.tag_ == "VBD":
        return True
    head = verb.head if verb.dep_ == "conj" else verb
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ == "VBD"
                                     for c in head.children)


def _points_to(verb: Token) -> bool:
    """"pointed to the rising rents", "points to a slowdown": "to" with what is pointed to, the
    evidence a source gives for its view. Not "pointed at the door" nor "points out" (a report of
    its own)."""
    return not any(c.dep_ == "prt" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children) for c in verb.rights)


def _voiced_view(verb: Token, subj: Token | None) -> bool:
    """``verb`` puts a source's view into words: "expressed optimism", "voiced concerns", or in the
    passive "These sentiments were echoed by residents"; not "expressed outrage" or "shared a photo"."""
    if passive(verb):
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif subj is not None:
        held = [c for c in verb.rights if c.dep_ == "dobj"]
    else:
        return False
    return any(c.lemma_.lower() in VIEW_NOUNS for c in held)


def _forecasting_now(verb: Token, subj: Token | None) -> bool:
    """A forecast verb in the present (simple or progressive), active, unhedged and with its
    forecast after it: "expects meager growth", "is forecasting growth"; not "can't predict
    hurricanes", "had expected a rate hike" (what was expected then) or "is expected to"."""
    if subj is None or passive(verb) or negated(verb) or speculative(verb):
        return False
    auxes = [a for a in verb.lefts if a.dep_ == "aux"]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    present = (verb.tag_ in ("VBZ", "VBP") and not auxes) or (
        verb.tag_ == "VBG" and bool(auxes) and all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes))
    return present and any(c.dep_ in ("dobj", "ccomp") for c in verb.rights)


# Forecast verbs whose passive with "to" tells someone's forecast ("is projected to grow");
# "is expected to" and "is anticipated to" are the writer's own guess.
PASSIVE_FORECAST_VERBS = FORECAST_VERBS - {"expect", "anticipate"}


def _forecast_passive(verb: Token) -> bool:
    """"is forecast to accelerate", "are projected by the agency to reach": passive, unhedged,
    with the forecast as a "to" infinitive after it."""
    return passive(verb) and not negated(verb) and not speculative(verb) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts) for c in verb.rights)


def _quoted_saying(verb: Token) -> bool:
    """"was quoted calling X a failure", "quoted the head of the agency as saying ...": what the
    source is quoted saying comes after the verb as a gerund, bare or after "as"."""
    return any((c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG")
               or (c.dep_ == "prep" and c.lower_ == "as" and any(g.tag_ == "VBG" for g in c.children))
               for c in verb.rights)


# Verbs that liken their subject to something or set it apart from it.
LIKENESS_VERBS = frozenset("resemble differ".split())


# Words that single out or rank what a complement names ("the first to", "the only one", "the
# latest in"), beside superlatives.
RANKING_WORDS = frozenset("first last latest only second third fourth fifth".split())


def _ranked(verb: Token) -> str | None:
    """The comparison rule a copula's complement calls for: a superlative or a ranking word in its
    first words ("one of the most awarded labels", "the first to show it"), a comparative
    ("even higher", "more pronounced") or a likeness ("similar to", "different from"); None for
    a plain description."""
    comp = next((c for c in verb.rights if c.dep_ in ("attr", "acomp", "oprd")), None)
    if comp is None:
        return None
    if comp.lemma_.lower() in LIKENESS_ADJECTIVES and any(c.dep_ == "prep" and c.lower_ in ("to", "from", "with") for c in comp.children):
        return "comparison.comparative"  # "was similar to an emergency warning", "is very different from"
    doc = verb.doc
    for t in comp.subtree:
        if t.i > comp.i + 3:
            break
        before = doc[t.i - 1] if t.i > 0 else None
        if t.tag_ in ("JJS", "RBS") or (t.lower_ in RANKING_WORDS and (t.i == comp.i or (
                before is not None and (before.lower_ == "the" or before.tag_ in ("POS", "PRP$"))))):
            return "comparison.superlative"  # "the first", "Jobs' third"; not "a first cousin"
        if t.tag_ in ("JJR", "RBR") and (t.i == comp.i or t.head.i == comp.i):
            # "even higher"; not "a more than $7 billion industry" or "part of a longer interview"
            if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than" and idiomatic_than(doc[t.i + 1]):
                return None  # "is much more than just a blow": "not merely", no comparison
            return "comparison.comparative"
    return None


# Verbs of liking and longing: with "I" or "we" they tell how the writer felt about something ("I
# adored her", "we cared about these characters", "I identified with his hopefulness"), no step of
# a life to check. Some take their feeling only with a particle or a preposition ("identify with",
# "look forward to"; "identified the suspects" is a deed).
FEELING_VERBS = frozenset("love like adore admire cherish enjoy hate loathe detest dread envy resent desire crave".split())
FEELING_PHRASES = frozenset({("identify", "with"), ("care", "about"), ("care", "for"), ("look", "forward"),
                             ("latch", "on"), ("latch", "onto"), ("relate", "to")})
# Verbs of stirring a feeling whose passive, beside EMOTION_VERBS, tells the writer's mood ("I was
# touched that you asked", "I was tickled by the dessert", "I was still stressed out").
STIRRING_VERBS = EMOTION_VERBS | frozenset("touch tickle stress charm bore".split())


def _feels(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if passive(verb):
        return lemma in STIRRING_VERBS
    return lemma in FEELING_VERBS or any(
        c.dep_ in ("prep", "prt", "advmod") and (lemma, c.lower_) in FEELING_PHRASES for c in verb.rights)


def _writer_did(verb: Token, subj: Token | None) -> bool:
    """"We filed a petition", "We plotted the index": what the publisher (an organisation writing
    in its own voice, a research team) did, in the past tense, is a happening to check; so is what
    the writer did ("I attended the Roadshow in Atlanta", "I was introduced to programming in high
    school", "I have done full-stack development"): a step of a life or a career told by the one
    who took it. "We think", "we need", "I was skeptical" and "I want" stay the writer's own. So
    does what an interviewer tells the interviewee before a question (_put_to_interviewee)."""
    if subj is None or (subj.lower_ not in ("we", "i") and not _put_to_interviewee(subj)) \
            or verb.lemma_.lower() in COGNITION_VERBS | STANCE_VERBS:
        return False
    if _feels(verb):
        return False  # "I adored her", "we cared about these characters": the writer's feeling
    if verb.lemma_.lower() == "ask" and not passive(verb):
        # "I asked the engineer whether ...", "we asked contributors to name a stock": the
        # writer's question to a source, how the story was reported; the answer is the news ("I
        # was asked to write a sitcom" is a step of the writer's career).
        return False
    # "filed", "was introduced", "have done", "we've received": done, not how things stand.
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in ("was", "have", "'ve", "’ve", "had") for a in verb.lefts)):
        return False
    if subj.lower_ in ("i", "you") and (_copula(verb) or is_state(verb)):
        return False  # "I was skeptical", "I never learned to like the stuff": the writer's own
    # "we received reports that access was restored": what the reports say is the news, not the receiving.
    return not any(o.dep_ == "dobj" and any(c.dep_ in ("acl", "ccomp") and that_clause(c) for c in o.children)
                   for o in verb.children)


# Adverbs that put a present-tense habit or arrangement at the time of writing ("I currently
# teach", "we now have a goal", "I regularly rely on"), beside those of how often (HABIT_ADVERBS).
CURRENT_ADVERBS = frozenset("currently now regularly always".split())
# Verbs whose present with "I" or "we" is a view, a wish, a taste or a report, not a practice.
VIEW_VERBS = frozenset("be like love hate prefer know see mean say tell ask agree disagree".split())
# Every verb whose present with "I" or "we" is no practice (see _writer_does).
NOT_PRACTICE_VERBS = COGNITION_VERBS | STANCE_VERBS | PLAN_VERBS | INTENT_VERBS | DEMAND_VERBS | FRAMING_VERBS \
    | REPORTING_VERBS | VIEW_VERBS


def _writer_does(verb: Token, subj: Token | None) -> bool:
    """"At Appen, we provide training data", "For our employees, we provide free shuttle service",
    "I often take public transportation", "Currently, I teach art history": what the writer (or
    the publisher, writing as "we") does as a practice, in the simple present, is a state to check,
    as what they did is a happening (_writer_did). "I" needs an adverb of how often or of now to
    tell a practice from a turn of the narrative ("I retreat down the slopes") or a passing
    remark ("I have no further information"); "we" with its object tells what the body does. A
    view, a wish, a plan or a taste ("we think", "we want", "I like") stays the writer's own."""
    if subj is None or (subj.lower_ not in ("we", "i") and not _put_to_interviewee(subj)) or verb.tag_ != "VBP":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.lefts):
        return False
    lemma = verb.lemma_.lower()
    if lemma in NOT_PRACTICE_VERBS:
        return False
    if not any(c.dep_ in ("dobj", "prep") for c in verb.rights):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS | CURRENT_ADVERBS for c in verb.children):
        return True
    return subj.lower_ == "we" and any(c.dep_ == "dobj" for c in verb.rights)


def _put_to_interviewee(subj: Token) -> bool:
    """"You lost a sale at your shop. Is that how you remember it?": in an interview the question
    line often opens with what the interviewer states of the interviewee, "you", before asking;
    those deeds and practices are checkable as the writer's own are (the gold annotates them), while
    a "you" in prose elsewhere is the reader, addressed in general. Told by the layout: the
    sentence is not a question itself, and its line ends in a question to "you"."""
    if subj.lower_ != "you":
        return False
    sent = subj.sent
    text = doc_text(subj.doc)
    end = sent.end_char
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    if text[sent.start_char:end].rstrip().endswith("?") or not text[end:line_end].rstrip().endswith("?"):
        return False
    # The question that closes the line is put to "you" ("Is that how you remember it?"), not a
    # rhetorical tag of prose that talks to the reader ("..., right?").
    last = subj.doc.char_span(end, line_end, alignment_mode="contract")
    return last is not None and any(t.lower_ in ("you", "your") for t in last[-1].sent)


def _set_off(doc, start: int, end: int) -> bool:
    """Punctuation between a subject and its predicate (not the hyphen inside "co-pilot")."""
    return any(doc[i].is_punct and doc[i].text != "-" for i in range(start, end))


def _fold_clause(s: Sentence, head: Token) -> None:
    stack = [head]
    while stack:
        t = stack.pop()
        if t.i not in s.folded:
            s.folded.add(t.i)
            stack.extend(c for c in t.children if c.dep_ in ("ccomp", "conj", "xcomp", "advcl"))


def _description(s: Sentence, verb: Token) -> Candidate | None:
    """"a car, which had been reported stolen, abandoned a few blocks away"; "the A320 operated by
    Indonesia AirAsia"; "known as Good Hope": what a participle says of its noun."""
    doc, sent = s.doc, s.span
    if verb.dep_ not in ("acl", "advcl", "conj", "ROOT", "ccomp", "relcl", "dep"):
        return None
    # "a partnership called the Youth Team", "a system dubbed a search engine": a past form hung on
    # a noun with no subject of its own is a participle, whatever the tagger took it for.
    past = verb.tag_ == "VBD" and verb.dep_ == "acl" and own_subject(verb) is None
    if verb.tag_ not in ("VBN", "VBG") and not past:
        return None
    start = predicate_start(verb)
    end = predicate_end(verb)
    # "a car sold locally": how it went adds no deed to a bare participle.
    if end - start - sum(how_it_went(verb, i) for i in range(start, end)) < 2 or not _focus_ok(doc, start, end):
        return None
    if verb.tag_ == "VBG" and verb.dep_ != "acl":
        return None
    if _sourcing(verb) or _seeking(verb):
        return None
    if _bare(verb):
        return None
    if _object_complement(verb):
        return None
    if verb.tag_ == "VBN" and verb.lemma_.lower() in SCHEDULING_VERBS and any(c.dep_ == "xcomp" for c in verb.rights):
        # "a facility set to open in May", "storylines set to develop": what is arranged to come is
        # a plan, not yet a fact (ANNOTATION.md §2); "built in 1990" still tells what was done.
        return None
    if (verb.tag_ == "VBN" or past) and verb.lemma_.lower() in FORECAST_VERBS \
            and not any(c.dep_ == "agent" for c in verb.children):
        # "the changes anticipated under Trump", "a portion projected to cost $296 billion", "as
        # predicted in western Kansas": a forecast no one is named to have made tells what is
        # looked for, not what is (ANNOTATION.md §2); "projected by the IMF" says who foresees it.
        return None
    a, b = phrase_chars(doc, start, end)
    if verb.lemma_.lower() in ATTRIBUTING_VERBS:
        # "campaigns attributed to China": who is said to be behind it.
        return Candidate(sent, a, b, "attribution", "attribution.reporting", None,
                         key=content_key("attribution", doc, start, end))
    habit = _habitual(verb)  # "typically used only to keep people safe": a use that holds, not a deed
    if verb.tag_ == "VBN" and verb.lemma_.lower() in ORIGIN_PARTICIPLES and not habit \
            and any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.rights) \
            and not any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        # "a study published in the journal Nature", "a party founded in Ankara": where a work came
        # out or a body was set up is a deed done once ("founded by X" says who stands behind it).
        return Candidate(sent, a, b, "event", "event.participle", None, key=content_key("event", doc, start, end))
    if (verb.tag_ == "VBN" or past) and not habit and _undertaking_led(verb):
        # "a study led by De-Kun Li", "an operation led by the DEA": an undertaking led took place
        # (the participle of a body led stays a state below).
        return Candidate(sent, a, b, "event", "event.participle", None, key=content_key("event", doc, start, end))
    if (verb.tag_ == "VBN" or past) and not habit and not _condition(verb) and not _made_for(verb) \
            and verb.lemma_.lower() not in STATIVE_PARTICIPLES and not _given_name(verb) and (
            verb.dep_ != "acl" or verb.lemma_.lower() in CASUALTY_VERBS
            or (any(c.dep_ in ("prep", "agent", "dative") and (c.lower_ in ("to", "on", "by", "from") or (
                c.lower_ == "for" and verb.lemma_.lower() in JUDGING_VERBS)) for c in verb.rights)
                and verb.lemma_.lower() not in STATIVE_VERBS)):
        # "a letter addressed to the board", "Delivered from wide": a participle of a deed done. A
        # "for" on a noun's participle says what the thing is meant or fitted for, which lasts
        # ("accounts designated for foreign cash", "prices adjusted for inflation", "a hall suited
        # for weddings"); only after a verb of judging does it give the deed ("a man jailed for fraud").
        # Killed or wounded, whatever follows ("miners killed in a collapse", "savagely killed in
        # Ohio"), tells what befell the noun, not what it is like.
        return Candidate(sent, a, b, "event", "event.participle", None, key=content_key("event", doc, start, end))
    if verb.tag_ == "VBG" and (_gerund_of(verb) or _doing_then(verb)):
        return Candidate(sent, a, b, "event", "event.participle", None, key=content_key("event", doc, start, end))
    return Candidate(sent, a, b, "state", "state.participle", None, key=content_key("state", doc, start, end))


# Verbs of having or showing a feature, or of having a thing on one: their -ing form after a noun
# tells what the thing or the person is like, even in a story told in the past ("a film starring
# Bela Lugosi", "laws requiring electors to follow the vote", "teachers wearing red", "customers
# carrying large bags").
FEATURE_VERBS = frozenset("star feature boast depict portray require underlie wear carry".split())


def _doing_then(verb: Token) -> bool:
    """"forces firing mortar shells", "sent a letter demanding answers", "a clip previewing the
    interview", "workers fixing the bridge stumbled into a vault": in a sentence told in the simple
    past, the -ing form of a verb of doing with its object after a noun tells what that noun was
    doing then, a happening of the story; in the present ("devices running iOS", "a law requiring
    X") it tells what the thing is like. Verbs of being, having, containing, using, covering,
    showing or wearing ("images showing the fires", "donations covering the cost") stay a state
    whatever the tense."""
    lemma = verb.lemma_.lower()
    if lemma in STATIVE_VERBS | MEANS_VERBS | EXTENT_VERBS | GLOSS_VERBS | DOCUMENT_FINDING_VERBS | FEATURE_VERBS:
        return False
    if not any(c.dep_ == "dobj" for c in verb.rights):
        return False
    return verb.sent.root.tag_ == "VBD" or verb.head.head.tag_ == "VBD"


def _means_of_a_practice(verb: Token) -> bool:
    """"makes most of its money by executing trades", "operates by partnering with customers", "the
    law targets employers by forbidding drivers from stopping": the means of a verb in the simple
    present is how a thing goes on doing it, a practice that holds, not a deed done once ("opened
    the scoring by stripping X" is one). A copula does nothing to have a means of: "are better at
    catching diabetes by reading scans" tells what was found to work."""
    head = verb.head.head
    return verb.dep_ == "pcomp" and verb.head.lower_ == "by" and head.pos_ == "VERB" and head.lemma_ != "be" \
        and head.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in head.lefts)


def _sourcing(verb: Token) -> bool:
    """"data compiled by the Treasury", "video collected by investigators": a participle of gathering
    with its gatherer or its source ("from") names where a figure or a record comes from."""
    return verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in SOURCING_PARTICIPLES and any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.rights)


# Verbs that take an object and then what the object does or how it is left ("kept the region
# running on coal", "would have a third party running everything", "get more people using it").
OBJECT_COMPLEMENT_VERBS = frozenset("have keep get start leave".split())


def _object_complement(verb: Token) -> bool:
    """"have kept the mountain region running on the fossil fuel", "would have a third-party running
    everything", "has an almost impossible time putting the bat on the ball": an -ing participle after
    the object of keeping, having, getting, starting or leaving completes that verb, not the noun; the
    verb's own clause carries it (annotators mark "have kept the mountain region running on the fossil
    fuel" whole) or, in "have a hard time doing", nothing checkable is told. Verbs of seeing
    ("saw a vehicle leaving the address") still report a happening witnessed."""
    noun = verb.head
    # A past participle there may describe the thing kept or had ("keeps a fund earmarked for
    # repairs", "has a core composed of iron"), so only the -ing form, what the object is doing, is taken.
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return False
    return noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_.lower() in OBJECT_COMPLEMENT_VERBS


def _bare(verb: Token) -> bool:
    """"genetically modified products", "price tags firmly attached", "remain impregnable when
    properly implemented": a participle with only an adverb of manner, and no one who did it, no
    object, place or time, describes its noun as an adjective would, with nothing to check. One
    that shares the auxiliary of a clause ("were questioned and later released") is that clause's
    happening."""
    if verb.tag_ != "VBN" or any(c.dep_ not in ("advmod", "punct", "cc", "conj") for c in verb.children):
        return False
    if verb.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in verb.head.children):
        return False
    return any(c.dep_ == "advmod" and c.i < verb.i for c in verb.children)


def _seeking(verb: Token) -> bool:
    """"requests seeking comment", "adults looking for an overview", "someone seeking to cover their
    tracks": an -ing form of seeking after a noun picks out which ones by what they are after."""
    return verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.lemma_.lower() in SEEKING_VERBS and any(
        c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("for", "to")) for c in verb.rights)


def _gerund_of(verb: Token) -> bool:
    """"a history of the police union attacking the mayor", "theories about senators promising to
    vote no": after "of" or "about" the -ing form with its noun tells what that noun did, what the
    account is of ("cases involving fraud", a stative verb, says what a thing is). So does one
    after the object of a verb of seeing ("saw a van leaving the garage"). An "of" after a number
    only picks the members out ("one of the flights experiencing delays", "five of the losses
    coming to weak teams", "$5,000 of donations covering the cost"): the -ing form describes them
    as it would with no number before it."""
    noun = verb.head
    if verb.lemma_.lower() in STATIVE_VERBS:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PERCEPTION_VERBS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "about")


def _unasserted(verb: Token) -> bool:
    """"wants to boost it by adding 36 dishes", "will enhance the program by upgrading equipment",
    "urged users to avoid attack by keeping devices up to date": a deed only wanted, to come or
    asked for, so its means (or what comes before or after it) is no happening either; "tried to
    get his attention by talking" tells what was done."""
    if wished(verb) or (verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in DEMAND_VERBS):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in SPECULATIVE_MODALS for c in verb.lefts)


# Prepositions of time that put a deed before or after another ("after being arrested").
TIME_PREPS = frozenset({"after", "before", "since", "until", "upon"})
# Prepositions of concession that set a deed or a state against the main one ("despite being
# neighbours", "despite not seeking the expansion", "despite him passing away"): what follows is
# asserted as done or so, as after a preposition of time.
CONCESSION_PREPS = frozenset({"despite"})
# Prepositions that open a sentence with what its subject did first or in doing the main deed
# ("After leaving office, she ...", "In replacing him as nominee, she ...").
FRONT_PREPS = frozenset({"after", "before", "since", "upon", "in", "by"})
# Openings that are the writer's turn to a topic or a basis, not the subject's deed: "Speaking of
# rivals, Acme ...", "Judging by the figures, the firm ...".
TOPIC_TURNS = frozenset({("speaking", "of"), ("talking", "of"), ("judging", "by"), ("judging", "from")})


def _fronted(sent: Span, verb: Token) -> bool:
    """"Launching his bid in May, Patrick is betting ...", "After leaving office, she joined a law
    firm", "Since suffering a recession, Nigeria has recovered": a participle that opens the
    sentence, alone or after a preposition of time or means, tells what the main clause's subject
    did, a happening of its own (the comma test of _participle would take it for a heading). The
    main clause must have an actor for its subject (_actor) and the opening must end at a comma;
    "Looking ahead, ..." and the like have no object and stay out (see _participle's check on the
    verb's complements)."""
    opener = verb.head if verb.dep_ == "pcomp" else verb
    if verb.dep_ == "pcomp" and (opener.lower_ not in FRONT_PREPS or opener.dep_ != "prep"):
        return False
    if verb.dep_ not in ("pcomp", "advcl") or own_subject(verb) is not None:
        return False
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.i not in (opener.i, predicate_start(opener)):
        return False
    nxt = sent.doc[verb.i + 1] if verb.i + 1 < len(sent.doc) else None
    if nxt is not None and (verb.lower_, nxt.lower_) in TOPIC_TURNS:
        return False  # "Speaking of rivals, Acme ...": the writer turns to a topic; nobody spoke
    main = opener.head
    after = verb.right_edge.i + 1
    return main.i > verb.i and after < len(sent.doc) and sent.doc[after].text == "," \
        and any(c.dep_ in ("nsubj", "nsubjpass") and _actor(c) for c in main.children)


def _actor(subj: Token) -> bool:
    """A subject that can have done what an opening participle tells: a name, a person's pronoun
    or a named body ("Launching his bid, Patrick ...", "Speaking in the Commons, she ..."). A
    thing or a group of the writer's prose ("Complicating the picture, many hackers use ...",
    "Climbing out of the village, the path ascends ...") makes the participle a comment or a
    scene, no deed of its."""
    return subj.tag_ in ("NNP", "NNPS") or subj.lower_ in ("he", "she", "they", "we", "i") \
        or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _participle(s: Sentence, verb: Token) -> Candidate | None:
    """", sending a warship to help", "with Washington also sending a warship": a happening added
    by a participial clause."""
    doc, sent = s.doc, s.span
    # "after being delayed", "until being dismissed": a passive gerund after a preposition of time
    # tells what was done to the subject before or after the main deed, as "after announcing" does.
    suffered = verb.tag_ == "VBN" and verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS \
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.lefts)
    if (verb.tag_ != "VBG" and not suffered) or verb.dep_ not in ("advcl", "pcomp", "ccomp", "dep"):
        return None
    own = own_subject(verb)
    if verb.dep_ == "pcomp" and own is not None and verb.head.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "advmod" and c.lower_ in REPORT_HEDGES for c in verb.children):
        # "the prospect of the U.S. adopting torture", "arguments about sports being a way out",
        # "options like Comcast hooking up with T-Mobile": with its own subject after a noun's
        # preposition it says what a possibility, an argument or an example is about, not that it
        # happened; "complaints about X allegedly skipping Y" passes on what others say it did.
        return None
    # "opened the scoring by stripping X": the means of a happening is one too (the happening's
    # predicate stops before it), and so is what was done before or after it ("before
    # announcing his retirement").
    # "since winning the title", "after seeing the show, she is ...": likewise after any
    # preposition of time, and after a copula too; and what "despite" sets against it.
    means = verb.dep_ == "pcomp" and ((verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB") or (
        verb.head.lower_ in TIME_PREPS | CONCESSION_PREPS and verb.head.head.pos_ in ("VERB", "AUX")))
    means = means or suffered
    lacking = verb.dep_ == "pcomp" and verb.head.lower_ == "without" and done_without(verb)
    means = means or lacking
    if means and _unasserted(verb.head.head):
        return None
    if _fronted(sent, verb):
        means = True
    # After its comma, or after the adverbs right after it (", publicly threatening them").
    lead = predicate_start(verb)
    if own is None and not means and (verb.dep_ == "pcomp" or lead <= sent.start or doc[lead - 1].text != ","):
        return None  # "with an eye to setting a goal", "in doing so": a circumstance, not a claim
    if not suffered and not any(c.dep_ in ("dobj", "dative", "prep", "prt", "xcomp", "attr") for c in verb.rights):
        return None  # a passive needs no object to say what happened ("after being arrested")
    joined = {t.i for c in verb.rights if c.dep_ == "conj" for t in c.subtree}
    if any(t.tag_ == "MD" and t.i not in joined for t in doc[verb.i:verb.right_edge.i + 1]):
        # "setting the stage for talks that would follow": it looks ahead (what is joined to it
        # looks ahead on its own: "threatening them with tariffs and suggesting he might leave")
        return None
    start, end = (verb.head.i if lacking else predicate_start(verb)), predicate_end(verb)
    if own is not None and own.i < verb.i and own.pos_ in ("PROPN", "NOUN"):
        start = own.left_edge.i
    if end - start < 2 or not _focus_ok(doc, start, end):
        return None
    a, b = phrase_chars(doc, start, end)
    if verb.lemma_.lower() in MEANS_VERBS and verb.dep_ == "advcl" and verb.head.tag_ == "VBD" and not _habitual(verb):
        # "criticised the plan, using a radio interview to ...": the means of a deed done once in
        # the past is part of that deed, a happening too ("have spotted a trojan, using novel
        # techniques" still says what the trojan is like).
        return Candidate(sent, a, b, "event", "event.participle", None, key=content_key("event", doc, start, end))
    if verb.lemma_.lower() in STATIVE_VERBS | MEANS_VERBS | GLOSS_VERBS | {"encompass", "reflect", "span", "cover"} \
            or _habitual(verb) or _means_of_a_practice(verb):
        # "encompassing defense cooperation": what something is, not a happening.
        return Candidate(sent, a, b, "state", "state.participle", None, key=content_key("state", doc, start, end))
    return Candidate(sent, a, b, "event", "event.participle", None, key=content_key("event", doc, start, end))
