"""Reading the parse: phrase extents, subjects, tense, hedges, and the per-Doc cache the rules
share (spaCy rebuilds ``Doc.text`` and ``Doc.ents`` on every access)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .lexicon import FRAMING_VERBS, NAMED_LABELS, HEDGES, ADJUNCT_PREPS

class _DocCache:
    """What the rules read again and again from one Doc: spaCy rebuilds ``Doc.text`` and
    ``Doc.ents`` (which ``Span.ents`` filters) on every access, which made long documents
    quadratic."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.ents = list(doc.ents)
        self.starts = [e.start for e in self.ents]
        # ``Span.text`` joins every token again: once per sentence, not once per candidate.
        self.trimmed: dict[tuple[int, int], tuple[int, int]] = {}


_PER_DOC: dict[int, _DocCache] = {}


def _doc_text(doc: Doc) -> str:
    cache = _PER_DOC.get(id(doc))
    return cache.text if cache is not None else doc.text


def _ents(span: Span) -> list[Span]:
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


def _trimmed(sent: Span) -> tuple[int, int]:
    cache = _PER_DOC.get(id(sent.doc))
    key = (sent.start, sent.end)
    if cache is not None and key in cache.trimmed:
        return cache.trimmed[key]
    text = sent.text
    lead = len(text) - len(text.lstrip())
    trimmed = sent.start_char + lead, sent.start_char + len(text.rstrip())
    if cache is not None:
        cache.trimmed[key] = trimmed
    return trimmed


def _clause_span(sent: Span) -> Span | None:
    start, end = _trimmed(sent)
    return sent.doc.char_span(start, end, alignment_mode="expand")


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip("”\"'’)").endswith("?")


_YEAR_RE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def _last_year(text: str, year: int | None) -> int | None:
    years = [int(m.group(1)) for m in _YEAR_RE.finditer(text)]
    return years[-1] if years else year


def _hedged(token: Token) -> bool:
    """A verb under a modal, a hedge adverb or a conditional is a prediction or a guess."""
    for t in (token, token.head if token.dep_ in ("xcomp", "ccomp", "conj") else token):
        for child in t.children:
            if child.tag_ == "MD" or child.lower_ in HEDGES:
                return True
    return False


def _framed(token: Token) -> bool:
    """Inside a clause that an analyst's framing verb governs ("underscores the risks X took")."""
    child = token
    for anc in token.ancestors:
        # A clause inside the framing verb's subject ("an officer standing there as X cuts
        # ties ... symbolizes") is still stated as fact.
        if anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in FRAMING_VERBS and child.dep_ not in ("nsubj", "nsubjpass", "csubj"):
            return True
        child = anc
    return False


def _named(tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if t.ent_type_ in NAMED_LABELS]


def _subject(verb: Token) -> Token | None:
    """The verb's subject, inherited along coordination and from a relative clause's noun."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.tag_ == "WDT" or child.lower_ in ("who", "which", "that"):
                    if verb.dep_ == "relcl":
                        return _attr_subject(verb.head)
                return child
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return _attr_subject(verb.head)
        if verb.dep_ == "dep" and verb.tag_ == "VBD":
            # A clause the parser failed to attach ("the people, who, driven by X, protected Y"):
            # its subject is the relative pronoun left dangling before it.
            rel = next((t for t in reversed(list(verb.doc[verb.sent.start:verb.i]))
                        if t.lower_ in ("who", "which") and t.dep_ == "nsubj" and t.head.i < verb.i), None)
            if rel is not None and rel.head.dep_ == "relcl":
                return rel.head.head
        return None
    return None


def _attr_subject(noun: Token) -> Token:
    """"the MEK is an organization that advocates ...": the organization is the MEK."""
    if noun.dep_ == "attr":
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return noun


def _is_past(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("was", "were", "had", "has", "have", "been") for a in auxes):
            return True
        if verb.dep_ == "conj":
            return _is_past(verb.head)
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN"):
        return True
    return False


def _stop_at(doc: Doc, start: int, end: int) -> int:
    """Cut a phrase at the first comma, dash, bracket or relative pronoun after its start."""
    for i in range(start + 1, end):
        t = doc[i]
        if t.text in (",", "–", "—", "(", ";", ":") or (t.tag_ in ("WDT", "WP") and i > start + 1):
            return i
        if t.is_space:
            return i
    return end


def _right_edge(tokens: Iterable[Token]) -> int:
    return max(_np_end(t) for t in tokens)


def _np_end(token: Token) -> int:
    """End (exclusive) of a token's phrase without coordination, clauses and time adjuncts."""
    end = token.i + 1
    for child in token.children:
        if child.i < token.i:
            continue
        if child.dep_ in ("cc", "conj") and token.pos_ == "PROPN" and any(
                c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children):
            # "the United States and the European Union": coordinated names stay together.
            end = max(end, _np_end(child))
            continue
        if child.dep_ in ("conj", "cc", "relcl", "acl", "appos", "punct", "advcl", "parataxis"):
            break
        if child.dep_ == "prep" and (child.lower_ in ADJUNCT_PREPS or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)):
            break
        end = max(end, _np_end(child))
    return end


def _phrase_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc[start:end]
    text = span.text
    s = span.start_char
    e = s + len(text.rstrip(" .,;:–—"))
    return s, e


def _verb_phrase(verb: Token, with_object: bool = True) -> tuple[int, int]:
    """The verb with its particle, object and one following prepositional phrase."""
    doc = verb.doc
    start = verb.i
    for child in verb.children:
        if child.dep_ in ("auxpass",) and child.i == start - 1:
            start = child.i
        if child.dep_ == "neg" and child.i < start and child.i >= verb.i - 2:
            start = child.i
    parts: list[Token] = []
    if with_object:
        doc_text = verb.doc
        objs = [c for c in verb.children if c.dep_ in ("prt", "dobj", "dative", "oprd", "attr") and c.i > verb.i
                and not any(t.text in (",", ";", "–", "—") for t in doc_text[verb.i:c.left_edge.i])]
        objs = objs[:2] if objs and objs[0].dep_ == "prt" else objs[:1] + [o for o in objs[1:] if o.dep_ == "dative"]
        parts += objs
        for c in verb.children:
            if c.dep_ == "xcomp" and c.i > verb.i:
                parts.append(c)
        # One prepositional phrase right after the object: "cut ties *with Iran*".
        after = max([p.i for p in parts] + [verb.i])
        after_edge = _right_edge(parts) - 1 if parts else verb.i
        for c in verb.children:
            if c.dep_ not in ("prep", "agent") or c.lower_ in ADJUNCT_PREPS:
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
                continue
            if c.i == after_edge + 1 and c.lower_ in (
                "with", "to", "from", "against", "as", "by", "into", "of", "for", "in", "on", "near",
            ):
                parts.append(c)
                break
            if not objs and c.i in (verb.i + 1, after_edge + 1):
                parts.append(c)
                break
        del after
    end = max(verb.i + 1, _right_edge(parts)) if parts else verb.i + 1
    end = _stop_at(doc, verb.i, end)
    return _phrase_chars(doc, start, end)


