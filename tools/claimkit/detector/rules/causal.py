"""Causes: causal connectives with their cause, causal subordinate clauses, verbs of causing
with what was caused, passives of effect with their cause ("hurt by weakness in X"), and
participles that give the result of the main clause (", killing 298 people")."""

from __future__ import annotations

from spacy.tokens import Token

from ...anchoring import overlaps
from ..lexicon import (
    AFFECT_VERBS,
    AGENT_NOUNS,
    CAUSAL_MARKS,
    CAUSAL_PREPS,
    CAUSAL_VERBS,
    CHANGE_VERBS,
    DOCUMENT_VERBS,
    EFFECT_VERBS,
    EVENT_NOUNS,
    FORECAST_ADVERBS,
    FUTURE_MODALS,
    HEDGES,
    NAMED_LABELS,
    OPINION_WORDS,
    PURPOSE_PREPS,
    REPORTING_VERBS,
    RESULT_PARTICIPLES,
    TIME_UNITS,
)
from ..syntax import (
    auxiliaries,
    content_key,
    doc_text,
    finite,
    first_person,
    guessed,
    infinitive,
    np_end,
    passive,
    perfect,
    phrase_chars,
    predicate_end,
    reproach_told,
    speculative,
    stop_at,
    subject,
    that_clause,
)
from . import Candidate, Sentence
from .comparison import FIGURE_LABELS, leads, standing

# Verbs of judging or punishing, whose "for" gives the deed they answer ("jailed for X"), and
# verbs of reproach, whose "for" does the same ("chided the leaders for refusing to X").
JUDGING_VERBS = frozenset("sentence jail imprison convict arrest charge fine criticize criticise blame praise punish sue "
                          "indict prosecute fire suspend ban penalize penalise condemn reward honor honour detain expel "
                          "attack chide slam lambaste castigate rebuke scold berate denounce assail".split())
# Nouns of a penalty, whose "for" gives the deed too ("drew a suspension for X").
JUDGING_NOUNS = frozenset("suspension fine sentence penalty foul ban conviction citation ejection".split())
# Nouns of a public reproach, which someone faces, draws or gets: its "for" gives the deed reproached
# ("faced backlash for publishing the ad", "is facing scrutiny for skipping briefings").
REPROACH_NOUNS = frozenset("criticism backlash scrutiny flak condemnation outcry".split())


def _owned_deed(obj: Token) -> bool:
    """``obj`` names a deed, a proposal or a tie of someone whose it is said ("his failure to
    listen", "Godongwana's proposals", "his relationship with Putin"); "the future role of the
    service" or "Ukraine policy" names no one's."""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in OWNED_DEED_NOUNS and any(c.dep_ == "poss" for c in obj.children)


def _judged(head: Token) -> bool:
    """``head`` judges or punishes, or gives a penalty as its object: its "for" says
    what for."""
    if head.pos_ == "VERB":
        return head.lemma_.lower() in JUDGING_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in JUDGING_NOUNS for c in head.children)
    return head.pos_ == "NOUN" and head.lemma_.lower() in JUDGING_NOUNS


def _reproached(head: Token) -> bool:
    """``head`` is a public reproach, or a verb with one as its object or that comes "under fire"
    ("has copped backlash for X", "drew criticism over X", "came under fire for X"): its "for" or
    its "over" says what was reproached."""
    if head.pos_ == "VERB":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in REPROACH_NOUNS for c in head.children) or any(
            c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "fire" for g in c.children)
            for c in head.children)
    return head.pos_ == "NOUN" and head.lemma_.lower() in REPROACH_NOUNS


def _gerund(obj: Token) -> bool:
    """The object of a "for" is a clause of a deed ("for sexually abusing boys", "for failing to
    inform MPs"), not a noun ("for the closings")."""
    first = next((t for t in obj.subtree if t.pos_ != "ADV"), obj)
    return obj.tag_ == "VBG" or obj.dep_ == "pcomp" or first.tag_ == "VBG"


def _deed(obj: Token) -> bool:
    """The object of a judging "for" tells a deed, as a clause ("jailed for breaching his bail
    conditions", "served a sentence for sexually abusing boys"), which annotators mark the cause;
    or it names what a finite clause of judging says was judged ("was arrested for retail theft",
    "has been praised for its rapid response"), which they keep in that happening or state."""
    if _gerund(obj):
        return True
    verb = obj.head.head
    return not (verb.pos_ == "VERB" and finite(verb) and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.lefts))


# Injuries and illnesses that keep someone out of a game or a job.
INJURY_NOUNS = frozenset("injury sprain strain fracture concussion abrasion tear bruise contusion soreness illness "
                         "ailment".split())
# Verbs of staying out or leaving, whose "with" such an injury is the reason ("treated patients
# with an illness" gives none).
OUT_VERBS = frozenset("miss leave exit sit lose withdraw retire skip sideline limp depart quit scratch".split())
# Nouns that say one thing brought about another: "the result of", "a factor in".
CAUSE_NOUNS = frozenset("result consequence factor cause outcome product".split())
# Nouns of a reason, said with a copula: "is one reason why", "remains a factor in".
REASON_NOUNS = CAUSE_NOUNS | frozenset(["reason"])
COPULAS = frozenset("be remain".split())
# Adverbs that tell a clause as the effect of what came before ("so", "therefore").
EFFECT_ADVERBS = frozenset("so thus therefore hence consequently".split())
# Nouns of a grievance: "a row over", "sanctions over allegations of ...".
GRIEVANCE_NOUNS = frozenset("dispute row allegation allegations concern concerns claim claims".split())
# Nouns of the grounds an action was taken on: "fell on oversupply concerns", "on the grounds that X".
GROUNDS_NOUNS = frozenset("ground concern fear worry".split())
# Nouns of what someone did, proposed or stands in, which "over" gives as what prompted a deed or a
# dispute when whose it is is said ("resigned over his failure to listen", "clashed over Godongwana's
# proposals", "his extradition over his alleged role in the leak"); see _owned_deed.
OWNED_DEED_NOUNS = frozenset("failure proposal role relationship".split())
# Determiners that point a reason back at what was said before it: "for that reason", "for these reasons".
POINTING_DETS = frozenset("that this these those".split())
# Nouns of an effect that, standing alone after "as a" or "in", tell the clause after them as the
# effect of what came before: "As a result, the loan remained guaranteed", "In response, the Fed raised".
EFFECT_NOUNS = frozenset("result consequence response".split())
# Verbs that move a thing, which with a level or a state after their object tell that the subject
# put it there: "sent prices lower", "brought the economy to a standstill".
MOVING_VERBS = frozenset("send push drive bring knock drag pull lift tip plunge throw".split())
# Where such a verb can move an amount ("pushed the index higher").
LEVEL_WORDS = frozenset("lower higher".split())
# States and levels such a verb can bring something to or into ("to a halt", "to a four-year high").
STATE_NOUNS = frozenset("standstill halt stop close end high low record brink verge skid tailspin".split())
# Verbs of taking a part in something: with a person or a body as subject they tell what it did
# ("Lee helped organize a workshop", "the firm contributed to the campaign"), not what it caused.
SHARING_VERBS = frozenset("help contribute".split())
# Nouns of people who act, beyond AGENT_NOUNS: "a researcher also contributed to the study".
ACTOR_NOUNS = AGENT_NOUNS | frozenset("researcher scientist student volunteer donor member staff nonprofit charity "
                                      "organization foundation agency".split())
# Nouns of people and organisations: a passive with one of them as agent is an event, not a cause.
AGENT_PRONOUNS = frozenset("he she they it we i you someone somebody anyone".split())


# Connectives that, after a verb of a change in level, give the happening that moved it ("fell
# after sources told Reuters", "declining amid an overabundance of coal"); see _moved_by.
MOVED_BY_PREPS = frozenset("after amid amidst".split())
# Entity labels of a time or an amount, or a rank: "rose after Monday", "rose after 72 hours" say when.
WHEN_LABELS = frozenset((*FIGURE_LABELS, "ORDINAL"))
# Verbs of a beginning or an end, whose clause after "after" says when if nothing is their object
# ("after the recession ended"; "after regulators opened an inquiry" is a happening).
PHASE_VERBS = frozenset("begin start end finish close open".split())


# Verbs of sanctioning or withdrawing, beyond the verbs of judging, whose "after" gives what they
# answer ("dismissed the case after investigators began to doubt the statements"); see _provoked.
REACTION_VERBS = JUDGING_VERBS | frozenset("drop scrap dismiss ground cancel resign apologize apologise withdraw "
                                           "halt recall close".split())


# Verbs of a report or a finding, whose clause after "after" gives what prompted a deed (see
# _told_before): the reporting verbs, and demands and protests.
SAYING_VERBS = REPORTING_VERBS | frozenset("demand protest".split())
# Verbs of learning something, being told it, meeting a complaint or voicing a state of mind, whose
# gerund after "after" gives what prompted a deed as a report does ("removed the signs after being
# alerted to them", "dropped out after witnessing X", "added funding after facing complaints that X",
# "was referred to a team after expressing suicidal thoughts"); see _told_before.
HEARD_VERBS = frozenset("conclude witness express alert face receive".split())
# Verbs that only order two happenings in time, or speak, whose "after" says when.
ORDER_VERBS = frozenset("come follow speak talk".split())
# Words that tell how soon after: "soon after", "shortly after", "right after".
SOON_WORDS = frozenset("soon shortly just right immediately long even only".split())
# Verbs of dying, whose "of" or "from" gives what killed: "died of smoke inhalation".
DEATH_VERBS = frozenset("die".split())
# Verbs of coming to harm in body or health, whose clause after "after" gives what brought the harm
# on ("died after being exposed to fentanyl", "was admitted to hospital after feeling unwell"); see
# _harmed. Adjectives of sickness do the same after a copula ("was so ill after sampling the dish").
HARM_VERBS = frozenset("die suffer contract sicken hospitalize hospitalise".split())
SICK_ADJECTIVES = frozenset("ill sick unwell".split())
# Places of care that "admitted to" names as a harm ("admitted to hospital after feeling unwell").
CARE_NOUNS = frozenset("hospital clinic icu".split())
# Verbs of a failure or a refusal, whose clause after "after" gives what the deed answered (see
# _failed_before); so does "was unable to".
FAIL_VERBS = frozenset("fail refuse".split())


# Participles after a comma of what the happening gave rise to (", giving the visitors a 2-0 lead",
# ", spawning a wave of lawsuits", ", revealing the bare rock"): the object is the effect, and a
# clause the parser hangs on it ("a lead as the hosts struggled") is a claim of its own. As a
# clause's own verb ("gave him a gift") they tell a happening. ("raising concerns" is left out: the
# seed's annotator kept it a happening.)
RISE_PARTICIPLES = frozenset("give spawn reveal exacerbate".split())
# Nouns of a doubt or an alarm that a happening raises (", raising fears that the reactors could be
# damaged", ", raising questions about the delay"): the participle with its object is the effect.
# ("raising concerns" is left out: the seed's annotator kept it a happening.)
DOUBT_NOUNS = frozenset("question fear doubt alarm suspicion".split())
# Nouns of a strain or a public mood that "amid" gives as what moved a deed ("postponed the trip amid
# rising tensions", "was shut down amid concerns about its conditions"); a place, a scene or a
# finding after "amid" ("amid thick clouds of dust", "amid the greenery") says where or when.
STRAIN_NOUNS = frozenset("tension pressure concern fear worry speculation uncertainty criticism outcry backlash "
                         "protest selloff turmoil unrest".split())
# Verbs of a fear that, as a participle opening a clause, give what moved its subject to act (see
# _motive).
MOTIVE_VERBS = frozenset("fear".split())
# Verbs of gaining that, with two objects and a thing as subject, say what the thing won someone
# ("it has earned him a degree of influence", "the surge brought the mayor a seat at the table"); a
# person's "brought her a coffee" is a deed (see _gained_by).
GAIN_VERBS = frozenset("earn bring get".split())
# Verbs of winning a contest or a part of one, whose infinitive after the object can tell the standing
# the win brought a side to ("defeated Khachanov 6-3, 7-6 to level the series"); see _standing.
WIN_VERBS = frozenset("beat defeat win secure complete edge upset top down outlast outscore sweep clinch rout".split())
# Nouns of a standing in a contest: what such an infinitive gives or takes ("to take the lead", "to
# give the hosts a 2-1 win", "to put the Raiders in first place", "to seal the victory").
STANDING_NOUNS = frozenset("lead series victory win place title tie advantage berth spot championship crown "
                           "final finals".split())
# Nouns of a danger a thing is put in or at (", putting many trees at risk of being uprooted").
DANGER_NOUNS = frozenset("risk danger jeopardy".split())
# Subjects of a deed: persons and bodies, beyond AGENT_NOUNS ("it" is a thing).
DOER_PRONOUNS = frozenset("he she they we i you who someone somebody anyone".split())
# Verbs of permitting, among the verbs of causing (see _verb_rule).
PERMIT_VERBS = frozenset("allow enable".split())


def find(s: Sentence) -> list[Candidate]:
    doc, sent = s.doc, s.span
    out: list[Candidate] = []

    def add(start: int, end: int, rule: str, kind: str = "causal", felt: int = -1) -> None:
        end = stop_at(doc, start, end)
        a, b = phrase_chars(doc, start, end)
        if b - a < 6 or any(overlaps(c.focus_start, c.focus_end, a, b) for c in out):
            return
        # ``felt``: the state of mind a verb of leaving put someone in ("left firms uncertain") is
        # what they felt, no judgement of the writer's.
        if any(doc[i].lower_ in OPINION_WORDS and not doc[i].ent_type_ and i != felt for i in range(start, end)):
            return  # "making it a complex and multifaceted issue": a judgement of the effect
        out.append(Candidate(sent, a, b, kind, rule, None, key=content_key(kind, doc, start, end)))

    # Connectives: "because of", "due to", "in response to" and their object.
    text = doc_text(doc)
    lower = text[sent.start_char:sent.end_char].lower()
    for marker in CAUSAL_PREPS:
        pos = lower.find(marker)
        while pos >= 0:
            a = sent.start_char + pos
            first = doc.char_span(a, a + len(marker), alignment_mode="expand")
            pos = lower.find(marker, pos + len(marker))
            if first is None or (first.start > sent.start and doc[first.start - 1].is_alpha and doc[first.start].idx != a):
                continue
            if first[0].lower_ == "due" and first[-1].dep_ == "aux" and first[-1].head.pos_ in ("VERB", "AUX"):
                continue  # "is due to start in mid-December": what is scheduled (the clause rules), no cause
            # The cause hangs on the connective's first word or its last ("because" or "of").
            obj = next((c for t in first for c in t.children if c.dep_ in ("pobj", "pcomp") and c.i >= first.end), None)
            end = np_end(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else (
                obj.right_edge.i + 1 if obj is not None else first.end + 1)
            if obj is not None and first[-1].head.lower_ == "aftermath" and obj.pos_ in ("NOUN", "PROPN"):
                # "in the aftermath of the 2015 massacre at a black church": the happening ends at its
                # noun; where and how it happened is a claim of its own.
                end = obj.i + 1
            if obj is None and first.end < sent.end:
                end = max(end, min(sent.end, doc[first.end].right_edge.i + 1) if doc[first.end].head.i in
                          range(first.start, first.end) else first.end + 1)
            if end <= first.end:
                continue
            if (speculative(first.root.head) and not (marker in PURPOSE_PREPS and _announced(first.root.head))) \
                    if first.root.head.pos_ in ("VERB", "AUX") else False:
                continue
            add(first.start, end, "causal.connective")
    for tok in s.tokens:
        lemma = tok.lemma_.lower()
        # "appears to be the result of a medical condition", "was a factor in Smith opting to bat":
        # a noun of causing as what something is.
        if tok.dep_ == "attr" and lemma in CAUSE_NOUNS and tok.head.lemma_ == "be":
            arg = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "in", "for", "behind")), None)
            copula = tok.head
            if arg is not None and not speculative(copula):
                verb = copula.head if copula.dep_ == "xcomp" and copula.head.pos_ == "VERB" else copula
                start = min(verb.i, copula.i)
                while start > sent.start and doc[start - 1].dep_ in ("aux", "auxpass", "neg", "advmod") \
                        and doc[start - 1].head.i in (verb.i, copula.i):
                    start -= 1
                obj = next((c for c in arg.children if c.dep_ in ("pobj", "pcomp")), None)
                add(start, max(np_end(obj) if obj is not None else arg.i + 1, tok.i + 1), "causal.connective")
            continue
        # "is one reason why the couple want to move", "The cause is climate change", "is also one of
        # the reasons the team is rebuilding": a noun of a reason as what something is, with what it
        # explains.
        reason = _reason_of(tok, s.folded)
        if reason is not None:
            add(*reason, "causal.connective")
            continue
        # "As a result, the loan remained guaranteed", "In response, the banks have raised rates": the
        # clause is the effect of what came before. The connective is the claim; what the clause says
        # happened is a claim of its own.
        if _effect_head(tok):
            add(tok.i, tok.i + 3 if tok.lower_ == "as" else tok.i + 2, "causal.connective")
            continue
        # What prompted the clause, told by a phrase each helper knows: a reason or the grounds an
        # action was taken on ("happen in daylight hours for safety reasons", "fell on oversupply
        # concerns"), a participle of fear opening the clause ("Fearing a long strike, the firm hired
        # temporary staff"), a price or a level with the happening that moved it ("Oil fell after
        # sources told Reuters that ...", "fell 1 percent amid speculation"), "following" a happening
        # on a verb ("Sales spiked following the ouster of the premier"), a sanction or a withdrawal
        # "after" a happening told as a clause ("The club fired its coach after an inquiry found he lied"),
        # any deed "after" a report or a finding ("The council dropped the plan after residents protested").
        prompted = next((end for end in (find_end(tok) for find_end in (_grounds, _motive, _moved_by, _followed, _provoked,
                                                                        _harmed, _told_before, _failed_before, _strained))
                         if end is not None), None)
        if prompted is not None:
            add(tok.i, prompted, "causal.connective")
            continue
        # "died of smoke inhalation", "died from a heart attack": "of" or "from" after a verb of
        # dying gives what killed (a guess, "could die from X", is none).
        if tok.lower_ in ("of", "from") and tok.dep_ == "prep" and tok.head.pos_ == "VERB" \
                and tok.head.lemma_.lower() in DEATH_VERBS and not speculative(tok.head):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ not in WHEN_LABELS \
                    and obj.lower_ not in TIME_UNITS:
                # "from the same illness in the village of X": what killed ends at its noun and
                # what it is "of"; where and when are claims of their own.
                of = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
                add(tok.i, of.right_edge.i + 1 if of is not None else obj.i + 1, "causal.connective")
            continue
        # "expelled the diplomats over a cyberattack": "over" and a happening is what prompted it
        # ("over the summer", "over Ukraine" name a time and a place).
        # "has faced criticism over his ties to X", "drew criticism over its lack of transparency": after
        # a reproach "over" gives what was reproached, whatever noun names it (a time or a person
        # that only says when or whom is none).
        # "resign over his failure to listen", "clashed over Godongwana's proposals", "seeking his
        # extradition over his alleged role in X": someone's own deed or stance, said with whose it is
        # (see _owned_deed), prompted the verb or the noun "over" hangs on.
        if tok.lower_ == "over" and tok.dep_ == "prep" and (tok.head.pos_ in ("VERB", "AUX", "NOUN") or _reproached(tok.head)):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and not speculative(tok.head) and (
                    ((tok.head.pos_ != "NOUN" or _reproached(tok.head))
                     and obj.lemma_.lower() in EVENT_NOUNS | GRIEVANCE_NOUNS) or _owned_deed(obj) or (
                    _reproached(tok.head) and obj.pos_ == "NOUN" and obj.ent_type_ not in WHEN_LABELS
                    and obj.lower_ not in TIME_UNITS)):
                add(tok.i, np_end(obj), "causal.connective")
            continue
        # "jailed for breaching his bail conditions", "criticized the EU for following up with
        # sanctions": "for" and the deed a verb of judging or punishing answers.
        # "missed his third straight game with a knee sprain", "lost Dumba to an injury": an
        # injury or an illness that kept someone out.
        if tok.dep_ == "prep" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in OUT_VERBS and (
                tok.lower_ == "with" or (tok.lower_ == "to" and tok.head.lemma_.lower() == "lose")):
            hurt = next((c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in INJURY_NOUNS), None)
            if hurt is not None and not speculative(tok.head):
                add(tok.i, np_end(hurt), "causal.connective")
                continue
        # "lost 40 minutes to the drizzle", "lost some of the redwoods to these latest fires": "to"
        # after "lose" and its object gives what took the thing away. A rival ("lost the primary to
        # Grace Napolitano", "lost the series to an LPL team") is whom the loss went to, part of the
        # event; "lost to Canada", with no object, is a defeat.
        if tok.lower_ == "to" and tok.dep_ == "prep" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() == "lose" \
                and any(c.dep_ == "dobj" for c in tok.head.children) \
                and (not speculative(tok.head) or perfect(tok.head)):
            # "may have lost some of the redwoods to the fires": a loss already past, hedged; the
            # hedge is part of what is checked.
            taker = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if taker is not None and taker.pos_ == "NOUN" and not taker.ent_type_ \
                    and taker.lemma_.lower() not in AGENT_NOUNS:
                add(tok.i, np_end(taker), "causal.connective")
                continue
        # "has copped backlash for publishing the ad": "for" and the deed a reproach answers, told as
        # a clause ("criticism of teachers for the closings" says what the criticism was about).
        if tok.lower_ == "for" and tok.dep_ == "prep" and (_judged(tok.head) or _reproached(tok.head)):
            obj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY") \
                    and obj.lower_ not in TIME_UNITS and not speculative(tok.head) \
                    and (_deed(obj) if _judged(tok.head) else _gerund(obj)) \
                    and not (_gerund(obj) and reproach_told(tok.head)):
                # "for confronting Davis after Davis dunked": the deed, not when it was done.
                add(tok.i, predicate_end(obj) if obj.tag_ == "VBG" else obj.right_edge.i + 1, "causal.connective")
            continue
        # ", so his tweet raised new fears", "so that the crude is accounted for", "therefore heightens
        # inflationary pressures": a clause told as the effect of what came before.
        if tok.lower_ in EFFECT_ADVERBS and tok.dep_ in ("advmod", "mark", "cc") and tok.head.pos_ in ("VERB", "AUX") \
                and sent.start < tok.i < tok.head.i and doc[tok.i - 1].lower_ not in ("even", "if", "just", "not") \
                and (tok.lower_ != "so" or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < tok.i
                                                   for c in tok.head.children)) \
                and (doc[tok.i + 1].pos_ not in ("ADJ", "ADV", "SCONJ") or doc[tok.i + 1].lower_ == "that"):
            # "so he could charge more", "so that anyone can use the charts": a purpose or a
            # prospect, not an effect that took place; "so when ...", "so flipping cold": no
            # effect clause follows. A bare "so" with "can" tells what the effect now lets someone
            # do ("has kept copies, so she can study them"), which annotators mark the effect.
            if not speculative(tok.head) and not any(c.tag_ == "MD" and not _able(tok, c) for c in tok.head.children):
                add(tok.i, tok.head.right_edge.i + 1, "causal.connective")
            continue
        # "defeated Khachanov 6-3, 7-6 (7) to level the series 1-1", "won three straight games to put
        # the Raiders in first place": the standing a win brought a side to is its effect, told by an
        # infinitive after it, not a purpose still to be met.
        if _standing(tok):
            add(tok.i - 1, predicate_end(tok, max_preps=1), "causal.verb")
            continue
        # "because they are so faint": the subordinate clause of a cause. A reason told as a
        # possibility ("because it would violate its debt covenants") is still the reason given;
        # a clause the tagger took for a noun ("because coal burns more cleanly") is one too.
        # "since they both have ties to the firm", "since some storms can reach far higher": a
        # "since" whose clause is in the present tells why, not from when (see _since_why).
        if tok.dep_ == "mark" and (tok.lower_ in CAUSAL_MARKS or _since_why(tok) or _as_why(tok)) \
                and (tok.head.pos_ in ("VERB", "AUX") or tok.head.dep_ == "advcl"):
            clause = tok.head
            add(tok.i, clause.right_edge.i + 1, "causal.connective")
        elif tok.pos_ != "VERB" or speculative(tok) or guessed(tok) or (infinitive(tok) and tok.dep_ in ("advcl", "xcomp", "relcl", "acl")) \
                or _finding(s, tok):
            continue  # "to help find the jet": a purpose, not a cause that took effect
        # ", killing all 298 people on board": the result of the main clause.
        # ", putting their lives at immediate risk": what the happening put in danger.
        elif tok.tag_ == "VBG" and (lemma in RESULT_PARTICIPLES | CAUSAL_VERBS | AFFECT_VERBS | RISE_PARTICIPLES
                                    or _put_in_danger(tok)) \
                and tok.dep_ in ("advcl", "xcomp", "conj") \
                and tok.i > sent.start and doc[tok.i - 1].text == "," and tok.head.pos_ in ("VERB", "AUX"):
            if lemma == "leave" and not (any(c.dep_ == "dobj" for c in tok.rights) and any(
                    d.dep_ in ("acomp", "xcomp", "prep", "oprd", "amod") for c in tok.rights
                    for d in ([c, *list(c.children)]) if d is not c or c.dep_ != "dobj")):
                continue  # "leaving the Indian tail": nothing said to follow
            if lemma == "give" and not any(c.dep_ == "dative" for c in tok.rights):
                continue  # "giving the proceeds to charity", "giving no details": a deed, no one given an effect
            if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") for c in tok.rights):
                add(tok.i, predicate_end(tok) if lemma in RISE_PARTICIPLES else _effect_end(tok), *_verb_rule(lemma))
        # ", raising fears that the reactors could be damaged": the doubt or the alarm the main
        # clause's happening gave rise to; the writer's own comment, even after what a source said.
        elif tok.tag_ == "VBG" and lemma == "raise" and tok.dep_ in ("advcl", "xcomp", "conj") \
                and tok.i > sent.start and doc[tok.i - 1].text == "," and tok.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in DOUBT_NOUNS for c in tok.rights):
            add(tok.i, _effect_end(tok), "causal.verb")
        # "hurt by the loss of casino jobs": a passive of effect with its cause as agent. A perfect
        # ("has caused flooding", "have driven investors to X") is the active verb of causing below.
        elif tok.tag_ == "VBN" and lemma in EFFECT_VERBS and not (perfect(tok) and not passive(tok)):
            agent = next((c for c in tok.rights if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
            obj = next((c for c in agent.children if c.dep_ in ("pobj", "pcomp")), None) if agent is not None else None
            if obj is None or obj.lower_ in AGENT_PRONOUNS or obj.lemma_.lower() in AGENT_NOUNS or (
                    obj.ent_type_ in NAMED_LABELS and obj.ent_type_ != "EVENT"):
                continue  # "helped by police", "pushed by a man": who did it, an event
            start = tok.i
            add(start, np_end(obj) if obj.pos_ in ("NOUN", "PROPN") else obj.right_edge.i + 1, "causal.verb")
        # "sent prices lower", "brought the world economy to a standstill": the subject moved something
        # into a new level or state (the object alone, "sent prices", says nothing of what followed).
        elif lemma in MOVING_VERBS and (moved := _moved_to(tok)) is not None:
            add(tok.i, moved, "causal.verb")
        # "led the government to cut ties", "leading to their designation", "meant X"; "has left
        # wildlife vulnerable to disease": a state of something that another thing brought about.
        # "has earned him a degree of influence", "brought the mayor a seat": what a thing won someone.
        elif lemma in GAIN_VERBS and _gained_by(tok):
            add(tok.i, _effect_end(tok), "causal.verb")
        elif lemma in CAUSAL_VERBS or (lemma == "leave" and _left_in(tok) is not None):
            objects = [c for c in tok.rights if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")
                       or (c.dep_ == "prep" and c.lower_ in ("to", "in", "from", "for"))]
            if not objects:
                continue
            if lemma in ("lead", "result", "contribute") and not any(c.dep_ in ("prep", "xcomp") for c in objects):
                continue
            if lemma == "lead" and (leads(tok) is not None or standing(tok)):
                # "leads Texas in new home sales", "leads among Hispanic members": first in a field
                # or a race, a ranking (the comparison rule, or the clause's standing)
                continue
            if lemma == "make" and any(c.dep_ == "dobj" and c.lemma_.lower() == "difference" and any(
                    d.lower_ == "the" for d in c.lefts) for c in objects):
                pass  # "health care made the difference": what decided the outcome
            elif lemma in ("make", "help", "allow", "enable", "prevent", "force", "push", "drive") and not any(
                    c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "prep" and lemma != "make") for c in objects) and not any(
                    d.dep_ in ("xcomp", "acomp", "oprd", "ccomp") for o in objects for d in o.children):
                continue  # "made a decision", "drove a car": not causing anything
            if lemma == "mean" and tok.head.lemma_ == "be":
                continue
            if lemma == "make" and (passive(tok) or (tok.tag_ == "VBN" and not perfect(tok))):
                continue  # "was made popular by the film", "were not made aware of it": what the subject is
            if lemma in SHARING_VERBS and _deed_of_agent(tok):
                continue  # "Lee helped organize a workshop", "the firm contributed $35,000 to charities": a deed
            if lemma in ("push", "drive", "force") and not (any(c.dep_ == "dobj" for c in objects) and any(
                    c.dep_ in ("xcomp", "prep") for c in objects)):
                continue  # "pushed to mid-off": a movement, not a cause
            subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ == "WP":
                continue  # "what causes the bursts": an open question
            if lemma == "blame" and subj is not None and finite(tok) and not passive(tok):
                # "The mayor blamed the contractor for the delays": a subject laying blame tells its
                # own deed (the clause rules), not that one thing brought about another.
                continue
            end = _effect_end(tok) if lemma in ("make", "mean", "leave", "keep") else predicate_end(tok, max_preps=1)
            # "caused him to miss two games", "have caused emissions to fall": the parser gives the
            # object as the subject of the infinitive, a clause of its own that ends the predicate
            # at the verb; that clause is the effect. Only a tensed verb that says it took effect: a
            # guess ("will cause the audience to squirm"), a participle ("low pay causing teachers to
            # leave", which a report folds) and a verb of permitting (a state) are left as they were.
            told = next((c for c in objects if c.dep_ == "ccomp" and infinitive(c) and c.i > tok.i
                         and any(g.dep_ == "nsubj" for g in c.lefts)), None)
            if told is not None and end == tok.i + 1 and finite(tok) and lemma not in PERMIT_VERBS \
                    and not any(a.tag_ == "MD" for a in auxiliaries(tok)) and tok.i not in s.folded:
                end = predicate_end(told, max_preps=1)
            state = _left_in(tok) if lemma == "leave" else None
            if state is not None and any(c.dep_ == "ccomp" for c in state.children):
                end = state.i + 1  # "left firms uncertain whether X would ...": what they wonder is a claim of its own
            add(tok.i, end, *_verb_rule(lemma), felt=state.i if state is not None else -1)
    return out


def _standing(verb: Token) -> bool:
    """``verb`` is an infinitive after a win told as done, with what was won or beaten ("beat X
    to take the lead", "completed the comeback to give the hosts a 2-1 win"), whose object, or the
    object of its preposition, is a standing in the contest. A win still to come ("hopes to beat X
    to clinch the title", "could win to take the lead") is a plan or a guess, and an infinitive
    that gives no standing ("beat X to ensure all players advanced") an aim."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.i < head.i or head.pos_ != "VERB" or head.lemma_.lower() not in WIN_VERBS:
        return False
    to = verb.doc[verb.i - 1]
    if to.lower_ != "to" or to.dep_ != "aux" or to.head.i != verb.i:
        return False
    if infinitive(head) or speculative(head) or guessed(head) or not (finite(head) or head.dep_ == "conj"):
        return False
    if not any(c.dep_ == "dobj" for c in head.children):
        return False  # "Nadal won to give the hosts a win": the win is told by the noun after it
    return any((c.dep_ == "dobj" and c.lemma_.lower() in STANDING_NOUNS) or (c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in STANDING_NOUNS for g in c.children)) for c in verb.rights)


def _left_in(verb: Token) -> Token | None:
    """``verb`` ("leave") puts its object in a state: an adjective or a participle after the object,
    which the parser hangs on the verb or on the object ("has left wildlife vulnerable", "have left
    firms uncertain", "left many users relying on forums"); that state, or None ("left the company")."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    return next((c for c in verb.rights if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and c.i > obj.i), None) or next(
        (c for c in obj.children if c.i > obj.i and (
            (c.dep_ == "amod" and c.pos_ == "ADJ") or (c.dep_ == "acl" and c.tag_ == "VBG"))), None)


def _gained_by(verb: Token) -> bool:
    """``verb`` (a verb of gaining) has two noun objects and a thing as subject ("it got the Marlins a
    World Series"); a person, a body or a place that acts ("Beijing brought them a deal") does a deed."""
    if not any(c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.rights) \
            or not any(c.dep_ == "dobj" for c in verb.rights) or speculative(verb):
        return False
    subj = subject(verb)
    return subj is not None and subj.tag_ != "WP" and not (
        subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in DOER_PRONOUNS
        or subj.lemma_.lower() in ACTOR_NOUNS)


def _finding(s: Sentence, verb: Token) -> bool:
    """The verb of what a source found or a document shows, or of a second finding it goes on with
    ("Earlier trials found that the drug spurred the liver into repair, and that ...", "the survey
    shows that tariffs drove prices up"): the finding is one claim, the attribution, and its cause
    no other (the gold never splits one off)."""
    # The parser hangs a second "and that ..." on the first finding or on the verb of finding.
    while verb.dep_ == "conj" and not (that_clause(verb) and verb.head.lemma_.lower() in DOCUMENT_VERBS):
        verb = verb.head
    head = verb.head
    if head.i not in s.reporting or head.lemma_.lower() not in DOCUMENT_VERBS or first_person(subject(head)):
        return False
    # A finding the speech rules made an attribution of folds its clause ("they found X", of no
    # one named, does not: its clause stays a claim of its own).
    if verb.dep_ == "ccomp":
        return verb.i in s.folded
    return verb.dep_ == "conj" and that_clause(verb) and any(c.dep_ == "ccomp" and c.i in s.folded for c in head.children)


def _since_why(mark: Token) -> bool:
    """``mark`` is a "since" whose clause is in the simple present or under "can" ("since it
    serves as a stopgap", "since some storms can reach far higher"): the reason, which annotators
    mark the cause. A clause in the past or a perfect ("since the war began", "since he has
    retired") gives the start of a stretch of time, a date."""
    clause = mark.head
    if mark.lower_ != "since" or clause.dep_ not in ("advcl", "ccomp") or clause.i < mark.i \
            or (clause.dep_ == "ccomp" and clause.head.i < clause.i):
        # A "since" clause ahead of its verb the parser may take for that verb's object.
        return False
    auxes = [c for c in clause.lefts if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return clause.tag_ in ("VBZ", "VBP")
    return all(a.lower_ in ("can", "ca") for a in auxes)


def _as_why(mark: Token) -> bool:
    """``mark`` is an "as" whose clause, after its verb, states a lasting fact with "be" or "have"
    ("as only one emergency exit was available", "as zopiclone can be addictive", "as you don't
    have to shell out a fortune"): no happening runs alongside, so the clause gives the reason,
    which annotators mark the cause (tune: nine of fifteen such clauses outside quotes). An "as"
    of a comparison ("as fast as it is", "such as they were", "as if"), an elliptical clause ("as
    anybody would be") and the writer's own "as I was still my mother's boy" are left out."""
    doc, clause = mark.doc, mark.head
    if mark.lower_ != "as" or clause.dep_ != "advcl" or clause.lemma_ not in ("be", "have") \
            or not clause.i > mark.i > clause.head.i or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    before, after = doc[mark.i - 1], doc[mark.i + 1]
    if before.pos_ in ("ADJ", "ADV") or after.lower_ in ("if", "though"):
        return False
    subj = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.lower_ == "i":
        return False
    return any(c.dep_ in ("acomp", "attr", "dobj", "xcomp", "prep", "ccomp", "oprd") for c in clause.rights)


def _able(so: Token, modal: Token) -> bool:
    """``modal`` is the "can" of a clause after a bare "so": what the effect now makes possible
    ("kept the papers, so she can study them more"), not the purpose of "so that" ("so that anyone
    can use the charts") or the prospect of "could" or "will" ("so he could charge more")."""
    return modal.lower_ == "can" and so.lower_ == "so" and so.doc[so.i + 1].lower_ != "that"


def _put_in_danger(verb: Token) -> bool:
    """``verb`` is "put" with an object and a danger it is put at or in ("putting their lives at
    immediate risk", "putting the crops in danger"); "putting the money back into the fund" is a
    deed."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" for c in verb.rights) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "in", "into") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in DANGER_NOUNS for g in c.children) for c in verb.rights)


def _verb_rule(lemma: str) -> tuple[str, str]:
    """The rule and type of a verb of causing with its effect. A verb of permitting ("allows
    tenants to keep pets", "are not allowed to smoke", "enabling the app to run offline") says
    what is possible or in force, which annotators mark a state, not a cause."""
    return ("state.permit", "state") if lemma in PERMIT_VERBS else ("causal.verb", "causal")


def _effect_head(prep: Token) -> bool:
    """"As a result," or "In response," at the head of a clause that says what followed. With "of"
    or "to" after it the connective has its cause, which the connective rule gives; a modal verb
    tells a prospect ("As a result, a swing can push the fund over the cap")."""
    doc, verb = prep.doc, prep.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or obj is None or obj.lemma_.lower() not in EFFECT_NOUNS or obj.n_rights \
            or [t.lower_ for t in doc[prep.i:obj.i + 1]] not in (["as", "a", obj.lower_], ["in", "response"]) \
            or obj.i + 1 >= len(doc) or doc[obj.i + 1].text != "," \
            or verb.pos_ not in ("VERB", "AUX") or verb.i < obj.i:
        return False
    if prep.i > prep.sent.start and doc[prep.i - 1].text not in (";", "and", "but"):
        return False  # "raised prices, as a result, ...": said inside the clause, not at its head
    return not speculative(verb) and not any(c.tag_ == "MD" for c in verb.children)


def _moved_by(prep: Token) -> int | None:
    """End of the happening after "after" or "amid" that a verb of a change in level follows on
    ("tumbled the most since October after Donald Trump declared himself an opponent of high drug
    prices", "rose after large overnight gains in Asia", "fell amid speculation"); None for a time
    ("rose after Monday"), a verb of anything else ("was arrested after a chase") or a guess."""
    if prep.lower_ not in MOVED_BY_PREPS:
        return None
    if prep.dep_ == "mark" and prep.lower_ == "after":
        clause = prep.head
        verb = clause.head
        if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or (
                clause.lemma_.lower() in PHASE_VERBS and not any(c.dep_ == "dobj" for c in clause.children)):
            return None
        end = predicate_end(clause)
    elif prep.dep_ == "prep":
        verb = prep.head
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in WHEN_LABELS or obj.lower_ in TIME_UNITS \
                or any(c.dep_ == "nummod" for c in obj.children):
            return None  # "rising to £10,000 after four breaches": a count that says when
        end = np_end(obj)
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGE_VERBS or verb.i > prep.i or speculative(verb) \
            or infinitive(verb):
        return None  # "a mob to rally against Jones after ...": no level that moved
    return end


def _strained(prep: Token) -> int | None:
    """End of a strain or a public mood after an "amid" that a deed hangs on ("postponed the trip amid
    rising tensions with its neighbour", "was shut down amid concerns about its conditions"): annotators
    mark it the cause. None for any other noun ("loaded amid thick clouds of dust", which says where),
    a verb of coming or following ("came amid a dearth", which only orders), a plan or a guess."""
    if prep.lower_ not in ("amid", "amidst") or prep.dep_ != "prep":
        return None
    verb = prep.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in STRAIN_NOUNS:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i > prep.i or verb.lemma_.lower() in ORDER_VERBS \
            or speculative(verb) or infinitive(verb):
        return None
    return np_end(obj)


def _followed(prep: Token) -> int | None:
    """End of the happening after a "following" that hangs on a verb ("spiked following the ouster
    of the premier", "Following the arrests, lawmakers asked ..."): annotators mark it the cause
    (ten of ten in tune), never the date. None for a time ("following Monday"), a happening by its
    name ("Following the Iranian Revolution", which dates), "following" on a noun ("the days
    following the vote", a date; "a news conference following the decision") or a guess."""
    if prep.lower_ != "following" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") \
            or speculative(prep.head):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in WHEN_LABELS or obj.lower_ in TIME_UNITS:
        return None
    if obj.ent_type_ == "EVENT":
        return None  # "Following the Iranian Revolution": a happening by its name dates (the date rules)
    if any(c.dep_ == "acl" and infinitive(c) for c in obj.rights):
        # "following the government's decision to close the border": what was decided is a claim of its own.
        return obj.i + 1
    return np_end(obj)


def _announced(verb: Token) -> bool:
    """``verb`` is an action announced, not guessed, so the purpose said of it is the purpose it is
    to serve: under "will", with a time it is due or not ("Verizon will soon offer rentals, in an
    effort to compete"), or under "would" in what a source is reported to have said it would do
    ("said the country would continue to block aid, in an attempt to force a deal"), the "will" of
    the source's own words. A modal of possibility ("may sell the plant in order to cut costs") or
    a hedge or a forecast's adverb ("will probably sell", "will doubtless sell") keeps it a guess."""
    shares = verb.dep_ in ("xcomp", "conj")
    holder = verb.head if shares else verb
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES | FORECAST_ADVERBS - {"soon"}
           for t in (verb, holder) for c in t.children):
        return False  # "will surely sell": the writer's forecast
    modal = next((c for t in (verb, holder) for c in t.lefts if c.tag_ == "MD"), None)
    if modal is None:
        return False
    if modal.lower_ in FUTURE_MODALS:
        return True
    return modal.lower_ == "would" and holder.dep_ == "ccomp" and holder.head.lemma_.lower() in REPORTING_VERBS


def _provoked(prep: Token) -> int | None:
    """End of the happening told as a clause after an "after" that a verb of sanctioning or
    withdrawing follows on ("was fired after an investigation found he lied", "dropped the suit after
    a judge demanded the records", "was sued after being turned away"): a reaction, which annotators
    mark the cause. None for a noun ("suspended after Monday", "arrested after a shootout", which
    tell when as often), a verb of anything else ("met after they landed", which only orders) or a
    guess."""
    if prep.lower_ != "after":
        return None
    if prep.dep_ == "mark":
        clause = prep.head
        verb = clause.head
        if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or (
                clause.lemma_.lower() in PHASE_VERBS and not any(c.dep_ in ("dobj", "xcomp") for c in clause.children)):
            return None  # "dropped after the season ended" says when ("after they began to doubt it" does not)
        end = predicate_end(clause)
    elif prep.dep_ == "prep":
        verb = prep.head
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.tag_ != "VBG":
            # "arrested after a shootout", "scrapped after a meeting": a happening by a noun is as
            # often told as when (tune: three of four unmarked or dated).
            return None
        end = predicate_end(obj)
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REACTION_VERBS or verb.i > prep.i or speculative(verb) \
            or infinitive(verb):
        return None
    return end


def _harm(verb: Token) -> bool:
    """``verb`` tells someone coming to harm in body or health: a verb of dying, suffering or falling
    sick ("died", "suffered a neck injury", "contracted the disease"), an admission to a hospital, or
    a copula with an adjective of sickness ("was so ill", "fell ill")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and lemma in HARM_VERBS:
        return True
    if verb.pos_ == "VERB" and lemma == "admit":
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in CARE_NOUNS for g in c.children) for c in verb.rights)
    return any(c.dep_ == "acomp" and c.lower_ in SICK_ADJECTIVES for c in verb.children)


def _harmed(prep: Token) -> int | None:
    """End of what brought on a harm to body or health, told as a clause after an "after" that the
    harm follows on ("died after being exposed to fentanyl", "suffered a severe neck injury after
    being caught by a blade", "were admitted to the hospital after they were poisoned"): annotators
    mark it the cause. None for a noun ("died after a long illness", "a day after the shooting",
    which tell when as often), an "after" that counts the time between ("a day after flying home")
    or a guess ("could die after X")."""
    if prep.lower_ != "after" or any(True for _ in prep.lefts):
        return None
    before = prep.doc[prep.i - 1] if prep.i > prep.sent.start else None
    if before is not None and (before.lemma_.lower() in TIME_UNITS or before.lower_ in SOON_WORDS):
        return None  # "died a day after falling", "fell ill soon after": when
    if prep.dep_ == "mark":
        clause = _after_clause(prep)
        if clause is None or clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
            return None
        verb = clause.head
    elif prep.dep_ == "prep":
        clause = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ in ("VBG", "VBN")), None)
        if clause is None:
            return None
        verb = prep.head
    else:
        return None
    if verb.i > prep.i or not _harm(verb) or speculative(verb) or infinitive(verb):
        return None
    return predicate_end(clause)


def _after_clause(prep: Token) -> Token | None:
    """The verb of a clause an "after" opens as a conjunction ("after a judge demanded …"); None
    for any other "after", and for one that counts the time between ("two days after", "soon
    after"), which says when."""
    if prep.lower_ != "after" or prep.dep_ != "mark" or any(True for _ in prep.lefts):
        return None
    before = prep.doc[prep.i - 1] if prep.i > prep.sent.start else None
    if before is not None and (before.lemma_.lower() in TIME_UNITS or before.lower_ in SOON_WORDS):
        return None
    return prep.head


def _told_before(prep: Token) -> int | None:
    """End of a report or a finding told as a clause after an "after" that a deed follows on ("dropped
    the suit after a judge demanded the records", "collided with the envoy after she announced the
    session", "devalued the flat after a magazine found he had inflated it"), or a gerund of learning
    or being told ("removed the signs after being alerted to them"): what was said or found
    prompted the deed, which annotators mark the cause. None for an "after" that counts the time
    between ("days after officials announced"), for a verb of coming or following ("comes after
    the minister announced", which only orders), for a verb of speaking ("spoke after the fund
    projected", a report of its own) or a guess."""
    clause = _after_clause(prep)
    if clause is not None:
        verb = clause.head
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.lemma_.lower() not in SAYING_VERBS:
            return None
    else:
        # "removed the signs after being alerted to them", "dropped out after witnessing X": what
        # the subject learned, was told or faced, told by a gerund (tune: six such gerunds after
        # their verb, six causes). A gerund of the subject's own report ("filed an appeal after
        # repeatedly saying X", "was released after writing a song") orders its own deeds.
        clause = _after_gerund(prep)
        verb = prep.head
        if clause is None or clause.lemma_.lower() not in HEARD_VERBS:
            return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ORDER_VERBS | REPORTING_VERBS or speculative(verb) \
            or infinitive(verb):
        return None
    return predicate_end(clause)


def _after_gerund(prep: Token) -> Token | None:
    """The gerund an "after" takes as its object, active or passive ("after concluding X", "after
    being alerted to them"); None for any other "after"."""
    if prep.lower_ != "after" or prep.dep_ != "prep":
        return None
    return next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ in ("VBG", "VBN")), None)


def _failed_before(prep: Token) -> int | None:
    """End of a failure or a refusal told as a clause after an "after" that a deed follows on
    ("vanished after its crew failed to get clearance", "was jailed after he refused to testify",
    "walked home after the family was unable to find a cab"): what did not happen brought the deed
    about, which annotators mark the cause. None for an "after" that counts the time between ("a
    day after X failed"), for a verb of coming or following ("came after the bid failed", which only
    orders), for a failure in what a clause only reports ("after it emerged that X had failed") or a
    guess."""
    clause = _after_clause(prep)
    if clause is None:
        return None
    verb = clause.head
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or not (
            (clause.lemma_.lower() in FAIL_VERBS and any(c.dep_ == "xcomp" for c in clause.rights))
            or (clause.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "unable" for c in clause.rights))):
        return None
    if verb.pos_ != "VERB" or verb.i > prep.i or verb.lemma_.lower() in ORDER_VERBS | REPORTING_VERBS \
            or speculative(verb) or infinitive(verb):
        return None
    return predicate_end(clause)


def _motive(verb: Token) -> int | None:
    """End of a participle of fear at the head of a clause, with what was feared ("Fearing that the
    bridge would close, drivers left early", "Fearing negative publicity, the executives agreed");
    None for anything else ("fearing" after its verb, "fearing for his life", a guess)."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in MOTIVE_VERBS or verb.dep_ != "advcl" \
            or verb.head.i < verb.i or verb.head.pos_ not in ("VERB", "AUX") or speculative(verb.head):
        return None
    if verb.i > verb.sent.start and doc[verb.i - 1].text not in (",", ";", "–", "—"):
        return None
    if not any(c.dep_ in ("dobj", "ccomp") for c in verb.rights):
        return None
    return verb.right_edge.i + 1


def _moved_to(verb: Token) -> int | None:
    """End of the level or state a verb of moving puts its object in ("pushed the DJIA lower", "drove
    stocks to a four-year high"); None for a move to a place or a person ("sent the alert to the city")."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for c in verb.rights:
        if c.i < obj.i:
            continue
        if c.lower_ in LEVEL_WORDS and c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "advcl", "ccomp", "prt"):
            return c.i + 1
        if c.dep_ == "prep" and c.lower_ in ("to", "into"):
            to = next((g for g in c.children if g.dep_ == "pobj"), None)
            if to is not None and to.lemma_.lower() in STATE_NOUNS:
                return np_end(to)
    return None


def _grounds(prep: Token) -> int | None:
    """End of a reason or the grounds an action was taken on, after ``prep``: "for safety reasons",
    "for these very reasons", "on the grounds that X", "on oversupply concerns"; None for a reason
    that names nothing ("for a reason", "for good reason") or a concern that is what was done
    ("commented on concerns")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or obj is None or obj.pos_ != "NOUN" or (
            prep.head.pos_ in ("VERB", "AUX") and speculative(prep.head)):
        return None
    lemma = obj.lemma_.lower()
    said = [c for c in obj.lefts if c.dep_ in ("compound", "amod", "det", "nmod")]
    if prep.lower_ == "for" and lemma == "reason":
        # "safety reasons", "these reasons": the reason is named, or is what was said before.
        if not any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ not in OPINION_WORDS | {"good", "some"})
                   or c.lower_ in POINTING_DETS for c in said):
            return None
        return obj.i + 1
    if prep.lower_ != "on" or lemma not in GROUNDS_NOUNS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if lemma == "ground":
        # "on the grounds that X", "on grounds of X": what the grounds were ("on the grounds of the
        # hospital" is a place).
        told = any(c.dep_ in ("acl", "relcl", "ccomp") for c in obj.rights) or (
            not any(c.dep_ == "det" for c in obj.lefts) and any(c.lower_ == "of" for c in obj.rights))
        return obj.right_edge.i + 1 if obj.lower_ == "grounds" and told else None
    # "fell on oversupply concerns", "rose on fears of a slowdown": what was feared, said before or after.
    if not any(c.dep_ in ("compound", "amod") for c in said) and not any(
            c.dep_ in ("prep", "acl") for c in obj.rights):
        return None
    return np_end(obj)


def _reason_of(noun: Token, folded: set[int]) -> tuple[int, int] | None:
    """Tokens of a reason said with a copula: "It is one reason why Y", "X remains a factor in Y",
    "the reason for Y is X", "That's why"; None for anything else, or for a reason a source is
    reported to give (the attribution claims it)."""
    if noun.lower_ == "why" and noun.dep_ == "advmod" and noun.head.dep_ in ("ccomp", "advcl") \
            and noun.head.left_edge.i == noun.i:
        # "That's why they smoke upon landing": the clause after "why" says a happening or a state
        # of its own ("was unsure why" is no reason given).
        copula, end = noun.head.head, noun.i + 1
        if copula.lemma_ != "be" or any(c.dep_ in ("acomp", "attr") for c in copula.children):
            return None
    elif noun.lemma_.lower() in REASON_NOUNS and noun.pos_ == "NOUN":
        holder = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
            holder = noun.head.head  # "one of the reasons"
        copula = holder.head
        if copula.lemma_ not in COPULAS or holder.dep_ not in ("nsubj", "attr") or (holder.dep_ == "nsubj") != (
                holder.i < copula.i):
            return None
        arg = next((c for c in noun.rights if c.dep_ in ("relcl", "acl") or (
            c.dep_ == "prep" and c.lower_ in ("of", "in", "for", "behind"))), None)
        if arg is not None and (infinitive(arg) or (arg.lower_ == "for" and noun.lemma_.lower() == "cause")):
            return None  # "a reason to expect", "a cause for concern": grounds for a view, not a cause
        if holder.dep_ == "nsubj":
            # "The cause is climate change": what the reason is, said after the copula.
            # "The result was a draw": a result alone names no cause.
            attr = next((c for c in copula.rights if c.dep_ == "attr"), None)
            if attr is None or (arg is None and noun.lemma_.lower() not in ("cause", "reason")) \
                    or speculative(copula) or copula.i in folded:
                return None
            return noun.left_edge.i, np_end(attr) if attr.pos_ in ("NOUN", "PROPN") else attr.right_edge.i + 1
        if arg is None and noun.lemma_.lower() != "reason":
            return None
        if arg is None:
            end = holder.right_edge.i + 1
        elif arg.dep_ == "prep":
            obj = next((c for c in arg.children if c.dep_ in ("pobj", "pcomp")), None)
            end = np_end(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else arg.right_edge.i + 1
        elif arg.left_edge.lower_ == "why":
            end = arg.left_edge.i + 1  # "one reason why": the clause after "why" is a claim of its own
        else:
            end = arg.right_edge.i + 1
    else:
        return None
    if speculative(copula) or copula.i in folded:
        return None
    # "That's why", "It was the biggest reason": a pronoun subject is part of the reason said; a
    # noun subject is a claim of its own ("Surging natural gas was the biggest reason for ...").
    subj = next((c for c in copula.lefts if c.dep_ in ("nsubj", "expl")), None)
    start = subj.i if subj is not None and subj.pos_ in ("PRON", "DET") and subj.left_edge.i == subj.i else copula.i
    return start, end


def _effect_end(verb) -> int:
    """End of what a verb of causing says it brought about: its object and the complement that
    states the effect ("making it easier to spot wreckage", "meant his back was turned")."""
    parts = [c for c in verb.rights if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "acomp", "dative", "prep")]
    if not parts:
        return verb.i + 1
    return max(predicate_end(verb), max(p.right_edge.i for p in parts) + 1)


def _deed_of_agent(verb: Token) -> bool:
    """``verb`` ("help", "contribute") has a person or a body as subject and does not help bring
    about a change ("helped spark the run", "helped push the stock higher" stay causes)."""
    if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in CAUSAL_VERBS | EFFECT_VERBS | MOVING_VERBS
           for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.like_num for c in verb.children):
        return False  # "contributed $35,000": the clause rules leave a sum given to the quantity; this keeps the giving
    subj = subject(verb)
    return subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.lower_ in AGENT_PRONOUNS
                                 or subj.lemma_.lower() in ACTOR_NOUNS)
