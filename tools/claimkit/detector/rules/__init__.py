"""The detector's rules: each proposes claims of one kind from a parsed sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...models import CLAIM_TYPES
from ...normalize import find_dates, parse_quantity
from ..lexicon import (
    REPORTING_VERBS,
    STANCE_VERBS,
    FRAMING_VERBS,
    BELIEF_VERBS,
    ACTOR_NOUNS,
    REPORTER_NOUNS,
    PERSONAL_PRONOUNS,
    NAMED_LABELS,
    HEDGES,
    OPINION_WORDS,
    CAUSAL_VERBS,
    CAUSAL_PREPS,
    COMPARISON_VERBS,
    STATE_NOUNS,
    MEMBERSHIP_NOUNS,
    LOCATION_VERBS,
    QUOTE_PAIRS,
    MIN_QUOTE_WORDS,
    SMALL_NUMBER_WORDS,
    REPORT_HEDGES,
    REQUEST_NOUNS,
    EVENT_NOUNS,
    IRREALIS_NOUNS,
    INCIDENT_NOUNS,
    POLITY_ADJECTIVES,
    POLITY_NOUNS,
    PERIOD_NOUNS,
    PROPERTY_VERB_FORMS,
    ASPIRATION_NOUNS,
    TIME_UNITS,
    PERSISTENCE_ADVERBS,
    PERSPECTIVE_NOUNS,
)
from ..syntax import (
    _doc_text,
    _ents,
    _framed,
    _hedged,
    _is_past,
    _named,
    _np_end,
    _phrase_chars,
    _right_edge,
    _stop_at,
    _subject,
    _verb_phrase,
)


@dataclass
class Candidate:
    sent: Span
    focus_start: int  # character offsets into doc.text
    focus_end: int
    type: str
    rule: str
    value: dict | None = None
    key: str | None = None  # what the claim is about, for clusters


def sentence_claims(sent: Span, context_year: int | None) -> list[Candidate]:
    out: list[Candidate] = []
    out += _dates(sent, context_year)
    quantities = _quantities(sent, out)
    out += quantities
    out += _quotes(sent)
    out += _attributions(sent)
    out += _indirect_attributions(sent, out)
    out += _causals(sent)
    out += _comparisons(sent)
    out += _states(sent)
    out += _more_states(sent, out)
    out += _presupposed_events(sent, out)
    out += _events(sent, out)
    out += _by_means(sent, out)
    return out


def _dates(sent: Span, context_year: int | None) -> list[Candidate]:
    doc = sent.doc
    out = []
    text = sent.text
    for start, end, value in find_dates(text, context_year):
        a, b = sent.start_char + start, sent.start_char + end
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        # A bare four-digit number is a year only when the model or a preposition says so.
        if re.fullmatch(r"\d{4}", text[start:end]):
            is_date = any(t.ent_type_ == "DATE" for t in span) or (span.start > 0 and doc[span.start - 1].lower_ in (
                "in", "since", "by", "until", "from", "of", "after", "before", "to", "year", "during"))
            if not is_date:
                continue
        # A date in a title or a name ("the 2022 World Cup") still dates the event it names.
        out.append(Candidate(sent, a, b, "date", "date.expression", value, key=f"date:{value['value']}:{value['qualifier']}"))
    return out


def _quantities(sent: Span, dates: list[Candidate]) -> list[Candidate]:
    doc = sent.doc
    out = []
    for ent in _ents(sent):
        if ent.label_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
            continue
        if any(d.focus_start < ent.end_char and ent.start_char < d.focus_end for d in dates):
            continue
        words = ent.text.lower().split()
        if not any(ch.isdigit() for ch in ent.text) and (set(words) & SMALL_NUMBER_WORDS or ent.label_ == "CARDINAL" and len(words) == 1 and words[0] in SMALL_NUMBER_WORDS):
            continue
        if not any(ch.isdigit() for ch in ent.text) and ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "these", "those", "both"):
            continue
        last = ent[-1]
        head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod") else None
        unit = None
        end = ent.end
        rule = "quantity.number"
        if head is not None and head.pos_ in ("NOUN", "PROPN") and head.i >= ent.end and head.i - ent.end <= 3:
            unit = head.text
            end = head.i + 1
            rule = "quantity.cardinal-noun"
        if unit is not None and unit.lower() in ("times", "time"):
            continue  # "five times" counts occasions, usually of a vague kind
        elif ent.label_ == "CARDINAL" and unit is None:
            continue  # a bare number with nothing counted is a label or an index, not a claim
        value = parse_quantity(ent.text if ent.label_ != "QUANTITY" else ent.text.split()[0], unit)
        if value is None:
            continue
        if ent.label_ == "QUANTITY" and len(ent.text.split()) > 1 and unit is None:
            value["unit"] = ent.text.split()[-1].lower()
        a, b = _phrase_chars(doc, ent.start, end)
        key = f"quantity:{value['amount']}:{value['unit']}"
        out.append(Candidate(sent, a, b, "quantity", rule, value, key=key))
    return out


def _quotes(sent: Span) -> list[Candidate]:
    text = sent.text
    has_reporting = any(t.lemma_ in REPORTING_VERBS and t.pos_ == "VERB" for t in sent)
    out = []
    for opener, closer in QUOTE_PAIRS.items():
        pos = 0
        while True:
            i = text.find(opener, pos)
            if i < 0:
                break
            j = text.find(closer, i + 1)
            if j < 0:
                break
            inner = text[i + 1 : j]
            pos = j + 1
            if len(inner.split()) >= MIN_QUOTE_WORDS and has_reporting:
                a = sent.start_char + i + 1
                trimmed = inner.rstrip(" .,")
                out.append(Candidate(sent, a, a + len(trimmed), "quote", "quote.direct", None,
                                     key="quote:" + " ".join(trimmed.lower().split())))
    return out


def _is_reporter(subj: Token) -> bool:
    if subj.lower_ in PERSONAL_PRONOUNS or subj.pos_ == "PRON":
        return False
    sub = list(subj.subtree)
    return bool(_named(sub)) or subj.lemma_.lower() in REPORTER_NOUNS or subj.lower_ in REPORTER_NOUNS


def _attributions(sent: Span) -> list[Candidate]:
    doc = sent.doc
    out = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in REPORTING_VERBS:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                # "As a diplomat told X, ...": the parser hangs the speaker on "as".
                as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("as", "according")), None)
                subj = next((c for c in as_prep.children if c.dep_ == "pobj"), None) if as_prep is not None else None
            if subj is None or not _is_reporter(subj) or _hedged(verb):
                continue
            has_content = any(c.dep_ in ("ccomp", "dobj", "dative", "xcomp", "parataxis") for c in verb.children) or (
                '“' in sent.text or '"' in sent.text)
            if not has_content:
                continue
            start = subj.left_edge.i
            end = verb.i + 1
            for c in verb.children:
                # "told Tirana Times", "blamed the ministry": whom it was said to or about.
                if c.dep_ in ("dative", "dobj") and c.i > verb.i and lemma in ("tell", "blame", "accuse", "inform", "warn"):
                    end = max(end, _stop_at(doc, c.i, c.right_edge.i + 1))
                if c.dep_ == "prt":
                    end = max(end, c.i + 1)
            a, b = _phrase_chars(doc, start, end)
            out.append(Candidate(sent, a, b, "attribution", "attribution.reporting-verb", None,
                                 key=f"attribution:{lemma}:{subj.lemma_.lower()}"))
        elif lemma in STANCE_VERBS and verb.tag_ in ("VBZ", "VBP", "VBD"):
            subj = _subject(verb)
            if subj is None or not _named(subj.subtree) and subj.lemma_.lower() not in REPORTER_NOUNS:
                continue
            if _hedged(verb):
                continue
            # "Tehran views [it] as a direct threat": the holder, the verb and the stance.
            as_prep = next((c for c in verb.children if c.dep_ in ("prep", "oprd") and c.lower_ == "as"), None)
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")), None)
            tail = as_prep or obj
            if tail is None:
                continue
            own_subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            start = verb.i
            if own_subj is not None and own_subj.tag_ not in ("WDT", "WP") and not any(
                    t.text == "," for t in doc[own_subj.i:verb.i]):
                start = own_subj.left_edge.i
            end = _stop_at(doc, verb.i, _np_end(tail))
            a, b = _phrase_chars(doc, start, end)
            holder = subj.text.lower()
            out.append(Candidate(sent, a, b, "attribution", "attribution.stance", None,
                                 key=f"stance:{holder}:{verb.lemma_}"))
    return out


def _causals(sent: Span) -> list[Candidate]:
    doc = sent.doc
    out = []
    lower = sent.text.lower()
    for verb in sent:
        if verb.lemma_.lower() not in CAUSAL_VERBS or verb.pos_ != "VERB" or _hedged(verb):
            continue
        # "led the government to cut ties", "pushed Tirana to break off relations", "leading to X"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("to", "in"))
                     or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"))), None)
        if comp is None and obj is not None:
            comp = next((c for c in obj.children if c.dep_ in ("acl", "relcl", "xcomp")), None)
        if comp is None and obj is None:
            continue
        if verb.lemma_.lower() == "result" and not (comp is not None and comp.lower_ == "in"):
            continue
        pieces = [p for p in (obj, comp) if p is not None]
        if verb.lemma_.lower() == "lead" and comp is None:
            continue
        if not _named(t for p in pieces for t in p.subtree) and not _named(_subject(verb).subtree if _subject(verb) is not None else []):
            continue
        tail = [c for c in verb.children if c.i > verb.i and c.dep_ in ("prep",) and c.lower_ in ("as", "by", "of")]
        end = _stop_at(doc, verb.i, max(_right_edge(pieces + tail), *(t.right_edge.i + 1 for t in pieces + tail)))
        a, b = _phrase_chars(doc, verb.i, end)
        out.append(Candidate(sent, a, b, "causal", "causal.verb", None, key=_content_key("causal", doc[verb.i:end])))
    for marker in CAUSAL_PREPS:
        pos = 0
        while True:
            i = lower.find(marker, pos)
            if i < 0:
                break
            pos = i + len(marker)
            a = sent.start_char + i
            first = doc.char_span(a, a + len(marker), alignment_mode="expand")
            if first is None:
                continue
            head = first[-1]
            # "was widely thought to be in retaliation for X" reports a belief held by others and
            # stays a causal claim; an author's "is seen as a consequence" framing does not.
            governor = head.head
            if _hedged(governor) or governor.lemma_.lower() in STANCE_VERBS or (
                    _framed(head) and not any(a.tag_ == "VBN" and a.lemma_.lower() in BELIEF_VERBS for a in head.ancestors)):
                continue
            end = _stop_at(doc, first.start, head.right_edge.i + 1 if head.right_edge.i >= first.end else first.end)
            phrase = doc[first.start:end]
            if len(phrase) <= len(first) or not _named(phrase) and not _named(head.head.subtree):
                continue
            s, e = _phrase_chars(doc, first.start, end)
            out.append(Candidate(sent, s, e, "causal", "causal.connective", None, key=_content_key("causal", phrase)))
    return out


def _superlative(token: Token) -> bool:
    if token.tag_ == "JJS" and token.lower_ not in ("most", "least"):
        return True
    if token.lower_ in ("most", "least") and token.head.pos_ == "ADJ":
        return True
    return token.lower_ in ("only", "sole", "first", "last") and token.dep_ in ("amod", "advmod") and token.head.pos_ == "NOUN"


def _comparisons(sent: Span) -> list[Candidate]:
    doc = sent.doc
    out = []
    used: set[int] = set()
    for tok in sent:
        if tok.i in used:
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in COMPARISON_VERBS and not _hedged(tok):
            a, b = _verb_phrase(tok)
            out.append(Candidate(sent, a, b, "comparison", "comparison.verb", None, key=_content_key("comparison", doc[tok.i:tok.right_edge.i + 1])))
            continue
        if tok.tag_ in ("JJR", "RBR") and not _hedged(tok.head):
            than = next((c for c in tok.children if c.lower_ == "than"), None)
            if than is None and tok.head.pos_ == "ADJ":
                than = next((c for c in tok.head.children if c.lower_ == "than"), None)
            if than is not None and _named(than.subtree) and not any(t.tag_ == "MD" for t in than.subtree):
                start = tok.i if tok.tag_ == "JJR" else tok.head.i if tok.head.i < tok.i else tok.i
                a, b = _phrase_chars(doc, min(tok.i, start), _stop_at(doc, tok.i, than.right_edge.i + 1))
                used.update(range(tok.i, than.right_edge.i + 1))
                out.append(Candidate(sent, a, b, "comparison", "comparison.comparative", None, key=_content_key("comparison", doc[tok.i:than.right_edge.i + 1])))
            continue
        if not _superlative(tok):
            continue
        noun = tok.head
        if tok.lower_ in ("most", "least"):
            noun = tok.head.head if tok.head.pos_ == "ADJ" else tok.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.lower_ in ("not", "never") for c in noun.head.children) or noun.head.lower_ in ("time",):
            continue
        if noun.lower_ in ("time", "years", "decades", "place"):
            continue
        # The comparison must be stated of something named: the noun phrase or its clause holds
        # an entity ("the staunchest supporters *of Israel*", "*Albania*'s most significant partner").
        clause = noun.head if noun.dep_ in ("attr", "dobj", "pobj", "appos", "nsubj") else noun
        start = noun.left_edge.i
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":
            start = noun.head.i
        end = _stop_at(doc, noun.i, noun.right_edge.i + 1)
        phrase = doc[start:end]
        context = list(phrase) + list(clause.subtree) if clause is not noun else list(phrase)
        if not _named(context) and not any(t.lower_ in ("its", "their", "his", "her") for t in phrase):
            continue
        if any(t.lower_ in OPINION_WORDS for t in phrase):
            continue
        used.update(range(start, end))
        a, b = _phrase_chars(doc, start, end)
        out.append(Candidate(sent, a, b, "comparison", "comparison.superlative", None, key=_content_key("comparison", phrase)))
    return out


def _states(sent: Span) -> list[Candidate]:
    doc = sent.doc
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        # "X has an embassy in Y": a standing fact about an institution and a place.
        if lemma == "have" and tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBZ", "VBP", "VBD"):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if obj is not None and obj.lemma_.lower() in STATE_NOUNS and subj is not None and _named(subj.subtree):
                a, b = _phrase_chars(doc, subj.left_edge.i, _stop_at(doc, tok.i, obj.right_edge.i + 1))
                out.append(Candidate(sent, a, b, "state", "state.has-institution", None, key=_content_key("state", doc[subj.left_edge.i:obj.right_edge.i + 1])))
        # "regarded (as) a terrorist organization", "listed as", "designated": a standing status.
        elif lemma in ("regard", "list", "designate", "classify", "consider", "know") and tok.tag_ == "VBN":
            if not any(c.dep_ == "auxpass" for c in tok.children) and tok.dep_ != "conj":
                continue
            if _hedged(tok):
                continue
            a, b = _verb_phrase(tok)
            if lemma == "know" and "as" not in _doc_text(doc)[a:b].split() and "by" not in _doc_text(doc)[a:b].split():
                continue
            out.append(Candidate(sent, a, b, "state", "state.status", None, key=_content_key("state", doc.char_span(a, b, alignment_mode="expand"))))
        # "now housed in a compound near X", "based in X".
        elif lemma in LOCATION_VERBS and tok.tag_ == "VBN":
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at")), None)
            if prep is None or not _named(prep.subtree):
                continue
            start = tok.i
            for c in tok.children:
                if c.dep_ in ("advmod", "auxpass") and c.i == start - 1:
                    start = c.i
            a, b = _phrase_chars(doc, start, _stop_at(doc, tok.i, prep.right_edge.i + 1))
            out.append(Candidate(sent, a, b, "state", "state.location", None, key=_content_key("state", doc[tok.i:prep.right_edge.i + 1])))
        # "As a NATO member", "is a member of the EU".
        elif lemma in MEMBERSHIP_NOUNS and tok.pos_ == "NOUN":
            mods = [c for c in tok.children if c.dep_ in ("compound", "prep", "amod")]
            if not _named(t for c in mods for t in c.subtree):
                continue
            if any(_superlative(c) for c in tok.children):
                continue  # "the only NATO member without an army" is a comparison
            if tok.dep_ not in ("pobj", "attr", "appos", "ROOT", "nsubj") or tok.head.lower_ not in ("as", "is", "was", "are", "were", "remains", "became"):
                if not (tok.dep_ == "attr"):
                    continue
            start = tok.left_edge.i
            end = _stop_at(doc, tok.i, _np_end(tok))
            a, b = _phrase_chars(doc, start, end)
            out.append(Candidate(sent, a, b, "state", "state.membership", None, key=_content_key("state", doc[start:end])))
        # "advocates for the overthrow of X": a present-tense standing activity of a named actor.
        elif tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP") and lemma not in FRAMING_VERBS | REPORTING_VERBS | STANCE_VERBS | COMPARISON_VERBS | CAUSAL_VERBS and lemma not in ("have", "be"):
            subj = _subject(tok)
            if subj is None or _hedged(tok) or _framed(tok):
                continue
            if not (subj.ent_type_ in NAMED_LABELS or subj.pos_ == "PROPN"):
                continue
            if any(c.type == "date" and c.value and c.value["precision"] in ("day", "month") for c in _dates(sent, None)):
                continue  # a dated present tense reports an event (see _events)
            if not [c for c in tok.children if c.dep_ in ("dobj", "prep")]:
                continue
            a, b = _verb_phrase(tok)
            out.append(Candidate(sent, a, b, "state", "state.present-activity", None, key=_content_key("state", doc.char_span(a, b, alignment_mode="expand"))))
    return out


def _actor(token: Token | None) -> bool:
    """A subject that can do something newsworthy: a named entity or an actor noun."""
    if token is None:
        return False
    if token.ent_type_ in NAMED_LABELS or token.pos_ == "PROPN":
        return True
    # "Japan's central bank": an institution named through its owner.
    if any(c.dep_ in ("poss", "compound") and c.ent_type_ in NAMED_LABELS for c in token.children):
        return True
    return token.lemma_.lower() in ACTOR_NOUNS or token.lower_ in ACTOR_NOUNS


def _outside(tokens: Iterable[Token], verb: Token) -> list[Token]:
    """The tokens not in the verb's subtree (found from each token up, not by listing the
    subtree, which is most of the sentence for the head of a long coordination)."""
    first, last = verb.left_edge.i, verb.right_edge.i
    return [t for t in tokens if not (first <= t.i <= last and (t.i == verb.i or verb.is_ancestor(t)))]


def _overlaps(found: list[Candidate], a: int, b: int, types: tuple[str, ...]) -> bool:
    return any(c.type in types and c.focus_start < b and a < c.focus_end for c in found)


def _events(sent: Span, found: list[Candidate]) -> list[Candidate]:
    doc = sent.doc
    out = []
    dated = [c for c in found if c.type == "date" and c.value and c.value["precision"] in ("day", "month")]
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        # Present tense reports a happening in captions and headlines ("as X cuts ties with Y,
        # September 8, 2022"): a day- or month-precise date in the sentence marks it.
        historic_present = verb.tag_ in ("VBZ", "VBP") and bool(dated)
        if not (_is_past(verb) or historic_present):
            continue
        if lemma in FRAMING_VERBS or lemma in REPORTING_VERBS or lemma in STANCE_VERBS or lemma in CAUSAL_VERBS or lemma in COMPARISON_VERBS:
            continue
        if lemma in ("be", "have", "do", "get", "regard", "list", "know", "house", "base", "locate") or _hedged(verb) or _framed(verb):
            continue
        if verb.dep_ in ("amod", "acl") and verb.tag_ == "VBN":
            continue  # "the rule established after X": a description inside a noun phrase
        subj = _subject(verb)
        if subj is not None and subj.lower_ in PERSONAL_PRONOUNS:
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prt", "xcomp", "prep", "agent")]
        if not objs:
            continue
        obj_tokens = [t for o in objs for t in o.subtree]
        subj_tokens = _outside(subj.subtree, verb) if subj is not None else []
        pronoun_subject = subj is not None and subj.pos_ in ("PRON", "DET") and subj.lower_ not in ("this", "that", "these", "those", "it")
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if not (_actor(subj) or _named(o for o in objs if o.dep_ in ("dobj", "dative")) or pronoun_subject and _named(sent)
                or passive and _named(obj_tokens)):
            continue
        if not _named(obj_tokens + subj_tokens) and not (_actor(subj) and subj.lemma_.lower() in ACTOR_NOUNS) and not pronoun_subject:
            continue
        a, b = _verb_phrase(verb)
        words = [w for w in _doc_text(doc)[a:b].split() if w.lower() not in ("was", "were", "is", "are", "been", "not")]
        if b - a < 3 or len(words) < 2:
            continue
        # A number in the object is the claim; the verb around it adds nothing checkable.
        if _overlaps(found + out, a, b, ("quantity", "causal", "comparison", "state", "event")):
            continue
        out.append(Candidate(sent, a, b, "event", "event.verb-phrase", None,
                             key=_content_key("event", doc.char_span(a, b, alignment_mode="expand"))))
    return out


def _perspective(sent: Span) -> bool:
    """The sentence opens with whose view it gives ("From Tehran's perspective, ...")."""
    return any(t.dep_ == "prep" and t.lower_ in ("from", "in") and t.head.dep_ == "ROOT" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in PERSPECTIVE_NOUNS for c in t.children) for t in sent)


def _past_clause(verb: Token) -> bool:
    """The verb, or the auxiliary of its clause, is in the past or the perfect."""
    if verb.tag_ == "VBD" or _is_past(verb):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had") for c in verb.children)


def _adverb_start(token: Token) -> int:
    """Start a phrase at an adverb directly before its head ("directly targeting", "allegedly carried")."""
    start = token.i
    for c in token.children:
        if c.dep_ in ("advmod", "auxpass") and c.i == start - 1:
            start = c.i
    return start


def _indirect_attributions(sent: Span, found: list[Candidate]) -> list[Candidate]:
    """Attributions without a reporting clause of their own.

    "allegedly carried out by X" and "attacks attributed to X" state that someone is blamed;
    "..., citing X" and "..., stating that X" report what the clause's subject said.
    """
    doc = sent.doc
    out = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if verb.tag_ == "VBN":
            hedge = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in REPORT_HEDGES), None)
            agent = next((c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
            target = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if hedge is not None and agent is not None and _named(agent.subtree):
                end = _stop_at(doc, verb.i, agent.right_edge.i + 1)
                a, b = _phrase_chars(doc, min(hedge.i, verb.i), end)
                out.append(Candidate(sent, a, b, "attribution", "attribution.hedged-passive", None,
                                     key=_content_key("attribution", doc[verb.i:end])))
            elif lemma == "attribute" and target is not None and _named(target.subtree):
                end = _stop_at(doc, verb.i, target.right_edge.i + 1)
                a, b = _phrase_chars(doc, _adverb_start(verb), end)
                out.append(Candidate(sent, a, b, "attribution", "attribution.attributed-to", None,
                                     key=_content_key("attribution", doc[verb.i:end])))
        elif verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and (lemma in REPORTING_VERBS or lemma == "cite"):
            head = verb.head
            if head.pos_ not in ("VERB", "AUX") or not _past_clause(head) or _hedged(verb) or _framed(verb):
                continue
            subj = _subject(head)
            if subj is None or subj.lower_ in PERSONAL_PRONOUNS or not _named(sent):
                continue
            content = [c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i > verb.i]
            if not content:
                continue
            end = _stop_at(doc, verb.i, max(c.right_edge.i for c in content) + 1)
            a, b = _phrase_chars(doc, _adverb_start(verb), end)
            if _overlaps(found + out, a, b, ("attribution",)):
                continue
            out.append(Candidate(sent, a, b, "attribution", "attribution.participle", None,
                                 key=_content_key("attribution", doc[verb.i:end])))
    return out


def _more_states(sent: Span, found: list[Candidate]) -> list[Candidate]:
    """States stated in passing: of a polity, of a property, of a presupposed situation."""
    doc = sent.doc
    out: list[Candidate] = []

    def add(start: int, end: int, rule: str, kind: str = "state") -> None:
        a, b = _phrase_chars(doc, start, end)
        if b > a and not _overlaps(found + out, a, b, tuple(CLAIM_TYPES)):
            out.append(Candidate(sent, a, b, kind, rule, None, key=_content_key(kind, doc[start:end])))

    for tok in sent:
        lower = tok.lower_
        # "communist Albania", "the then-isolationist Albanian regime".
        if lower in POLITY_ADJECTIVES and tok.dep_ in ("amod", "compound"):
            head = tok.head
            named_head = head.ent_type_ in ("GPE", "NORP") and head.pos_ == "PROPN"
            named_polity = head.lemma_.lower() in POLITY_NOUNS and any(
                c.i < head.i and c.ent_type_ in ("GPE", "NORP") for c in head.children)
            if not (named_head or named_polity):
                continue
            start, end = head.left_edge.i, head.i + 1
            # "during the early years of communist Albania": the period is part of the claim.
            of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
            period = of.head if of is not None and of.head.lower_ in PERIOD_NOUNS else None
            if period is not None and period.dep_ == "pobj" and period.head.lower_ in ("during", "in", "under"):
                start = period.head.i
            add(start, end, "state.polity")
        # "despite periods of limited interaction during the Cold War" presupposes the periods.
        elif lower == "despite":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "NOUN" or not _named(obj.subtree):
                continue
            if any(c.dep_ in ("det", "poss") and c.lower_ in ("this", "these", "that", "those", "such", "its", "their")
                   for c in obj.children):
                continue
            add(obj.left_edge.i, _stop_at(doc, obj.i, obj.right_edge.i + 1), "state.concessive")
        # "Their ideology blends elements of Islamism and Marxism" (the tagger often takes the
        # verb for a plural noun, so the word form decides).
        elif lower in PROPERTY_VERB_FORMS and tok.i > sent.start:
            prev = doc[tok.i - 1]
            if prev.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.tag_ in ("VB", "VBG", "VBN", "VBD"):
                continue
            end = _stop_at(doc, tok.i, sent.end)
            if not any(t.ent_type_ in NAMED_LABELS or t.pos_ == "PROPN" for t in doc[tok.i + 1:end]):
                continue
            # The subject is the noun phrase just before the verb, whatever the parser made of it.
            start = prev.i
            while start > sent.start and (doc[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON") and doc[start - 1].tag_ != "PRP"
                                          or doc[start - 1].tag_ == "POS"):
                start -= 1
            add(start, end, "state.property")
        # "coming just a year after Israel's establishment": a dated order of two named events.
        elif lower in ("after", "before") and tok.dep_ == "prep":
            # The parser hangs "two weeks" on the preposition or on the verb just before it.
            span_of = next((c for c in list(tok.children) + list(tok.head.children) if c.dep_ == "npadvmod"
                            and c.lemma_.lower() in TIME_UNITS and c.right_edge.i == tok.i - 1), None)
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if span_of is None or obj is None or not _named(obj.subtree):
                continue
            add(span_of.left_edge.i, _stop_at(doc, tok.i, obj.right_edge.i + 1), "comparison.relative-time", "comparison")
        # "a country with aspirations for European Union membership".
        elif tok.lemma_.lower() in ("membership", "accession") and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to"):
            noun = tok.head.head
            if noun.lower_ in ASPIRATION_NOUNS and _named(tok.subtree):
                add(noun.left_edge.i, _stop_at(doc, noun.i, tok.right_edge.i + 1), "state.aspiration")
        # "services are no longer available in Tirana", "relations have consistently remained positive".
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_.lower() in ("be", "remain", "stay"):
            verb = tok.head
            marks = [c for c in verb.children if c.dep_ in ("advmod", "neg") and c.lower_ in PERSISTENCE_ADVERBS | {"no"}]
            if not marks or _hedged(verb) or verb.tag_ not in ("VBZ", "VBP", "VBN"):
                continue
            subj = _subject(verb)
            if subj is None or subj.lower_ in PERSONAL_PRONOUNS | {"it", "this", "that"}:
                continue
            place = next((c for c in tok.children if c.dep_ == "prep" and _named(c.subtree)), None)
            if verb.lemma_.lower() == "be" and place is None:
                continue
            if verb.lemma_.lower() != "be" and not _past_clause(verb):
                continue
            aux = [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
            start = min(aux + [m.i for m in marks] + [verb.i])
            end = place.right_edge.i + 1 if place is not None else tok.i + 1
            add(start, _stop_at(doc, tok.i, end), "state.persisting")
        # "Iraq, where their camp faced persistent threats": what held at a named place.
        elif tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.tag_ == "VBD" and tok.head.ent_type_ in ("GPE", "LOC", "FAC"):
            if not any(c.lower_ == "where" for c in tok.children) or _hedged(tok):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if subj is None or obj is None or subj.lower_ in PERSONAL_PRONOUNS:
                continue
            add(subj.left_edge.i, _stop_at(doc, obj.i, obj.right_edge.i + 1), "state.where-clause")
    return out


def _presupposed_events(sent: Span, found: list[Candidate]) -> list[Candidate]:
    """Happenings a sentence takes for granted rather than asserts with its main verb."""
    doc = sent.doc
    out: list[Candidate] = []
    if _perspective(sent):
        return out

    def add(start: int, end: int, rule: str, kind: str = "event") -> None:
        a, b = _phrase_chars(doc, start, end)
        if b > a and not _overlaps(found + out, a, b, tuple(CLAIM_TYPES)):
            out.append(Candidate(sent, a, b, kind, rule, None, key=_content_key(kind, doc[start:end])))

    for tok in sent:
        lower, lemma = tok.lower_, tok.lemma_.lower()
        # "undertaken at the request of X", "reportedly at the urging of X": who asked for it.
        if tok.dep_ == "prep" and lower in ("at", "on", "upon"):
            noun = next((c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in REQUEST_NOUNS | {"urging"}), None)
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None) if noun is not None else None
            if of is None or not _named(of.subtree):
                continue
            hedge = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in REPORT_HEDGES), None)
            start = hedge.i if hedge is not None and hedge.i < tok.i else tok.i
            kind = "attribution" if hedge is not None else "event"
            add(start, _stop_at(doc, tok.i, of.right_edge.i + 1), "event.requested-by" if hedge is None else "attribution.hedged-request", kind)
        # "the expulsion of Iranian diplomats", "Israel's annexation of X".
        elif tok.pos_ == "NOUN" and lemma in EVENT_NOUNS and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "pobj"):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if not (of is not None and _named(of.subtree) or owner is not None and _named(owner.subtree)):
                continue
            governor = tok.head.head if tok.head.dep_ == "prep" else tok.head
            if tok.dep_ == "conj":
                governor = tok.head.head
            if governor.lemma_.lower() in IRREALIS_NOUNS or any(a.lower_ in IRREALIS_NOUNS for a in tok.ancestors):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "for":
                continue  # "calls / pressure / support for the resignation of X": not yet happened
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or _hedged(verb) or not _past_clause(verb) and verb.tag_ not in ("VBZ", "VBP"):
                continue
            add(tok.left_edge.i if tok.dep_ != "conj" else next((c.i for c in tok.children if c.dep_ == "det"), tok.i),
                _stop_at(doc, tok.i, _np_end(tok)), "event.nominal")
        # "armed conflict, including bombings and assassinations".
        elif lower == "including" and not any(c.lower_ in HEDGES for c in tok.children):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lower_ not in INCIDENT_NOUNS:
                continue
            add(tok.i, _stop_at(doc, tok.i, obj.right_edge.i + 1), "event.including")
        # "were unprecedented, directly targeting X"; "saw Albania working with partners".
        elif tok.tag_ == "VBG" and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "ccomp"):
            if lemma in FRAMING_VERBS | REPORTING_VERBS | STANCE_VERBS | CAUSAL_VERBS | COMPARISON_VERBS | {"include", "come", "cite"}:
                continue
            head = tok.head
            if head.pos_ not in ("VERB", "AUX") or head.tag_ != "VBD" or _hedged(tok) or _hedged(head):
                continue
            own_subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            objs = [c for c in tok.children if c.dep_ in ("dobj", "prep") and c.i > tok.i]
            if not objs:
                continue
            if not _named(t for o in objs for t in o.subtree) and not (own_subj is not None and _named(own_subj.subtree)):
                continue
            if any(t.tag_ == "MD" for o in objs for t in o.subtree):
                continue  # "setting the stage for events that would follow" looks ahead
            end = _stop_at(doc, tok.i, max(o.right_edge.i for o in objs) + 1)
            add(_adverb_start(tok), end, "event.participle")
        # "a gesture to relocate MEK members from Iraq": a movement the clause takes as done.
        elif tok.pos_ == "VERB" and tok.tag_ == "VB" and tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
            if tok.head.lemma_.lower() in IRREALIS_NOUNS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            move = next((c for c in ([obj] if obj is not None else []) + [tok] for c in c.children
                         if c.dep_ == "prep" and c.lower_ in ("from", "to", "into", "out")
                         and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in c.subtree)), None) if obj is not None else None
            if move is None or _hedged(tok):
                continue
            add(tok.i, _stop_at(doc, tok.i, next((t.i for t in move.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")), move.i) + 1), "event.movement")
    return out


def _by_means(sent: Span, found: list[Candidate]) -> list[Candidate]:
    """"recognized X on <date> by a telegram of <person>": who did it, and how."""
    doc = sent.doc
    out: list[Candidate] = []
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ != "by" or prep.head.pos_ != "VERB" or prep.head.tag_ != "VBD":
            continue
        verb = prep.head
        if any(c.dep_ == "auxpass" for c in verb.children) or _hedged(verb) or _framed(verb):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or not any(t.ent_type_ in ("PERSON", "ORG") for t in obj.subtree):
            continue
        if not any(c.type == "event" and c.focus_start <= verb.idx < c.focus_end for c in found):
            continue  # only the means of an event already claimed
        a, b = _phrase_chars(doc, prep.i, _stop_at(doc, prep.i, prep.right_edge.i + 1))
        if _overlaps(found + out, a, b, tuple(CLAIM_TYPES)):
            continue
        out.append(Candidate(sent, a, b, "event", "event.by-means", None, key=_content_key("event", doc[prep.i:prep.right_edge.i + 1])))
    return out


_STOP_KEY = frozenset("the a an its their his her of to with and in on by for all any diplomatic".split())


def _content_key(kind: str, span: Span | None) -> str | None:
    """What a claim says, reduced to content lemmas, so repeated mentions share a key."""
    if span is None:
        return None
    lemmas = [t.lemma_.lower() for t in span if t.is_alpha and t.lemma_.lower() not in _STOP_KEY and not t.is_stop]
    if not lemmas:
        return None
    return kind + ":" + " ".join(lemmas)


