"""The spaCy component ``claim_detector`` and the ``claimkit_paragraphs`` sentence splitter:
the factory with its config, the span extensions, and the loop that turns the rules' candidates
into ``doc.spans[spans_key]``. The rules themselves are in ``rules/``, their word lists in
``lexicon.py``."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import noise
from ..models import RegionSpan
from . import clusters
from .lexicon import FUTURE_MODALS, HEDGES, NAMED_LABELS, OBLIGATION_MODALS, PURE_CAUSAL_VERBS, REPORT_HEDGES
from .rules import Candidate, DocFacts, naming, question_quotes, sentence_claims
from .rules.clauses import HABIT_ADVERBS, aim_infinitive, name_to_come
from .rules.comparison import ORDINAL_RE
from .rules.dates import (
    a_year_before_a_month,
    clock_with_day,
    day_parts_told_before,
    days_beside_a_day,
    lengths_later,
    since_then,
    times_of_day,
)
from .rules.speech import document_quotes
from .syntax import (
    _PER_DOC,
    DocCache,
    asked_from,
    clause_span,
    doc_text,
    ents_within,
    first_person,
    forecast,
    is_question,
    penalty,
    speculative,
    trimmed,
    verb_above,
)

DEFAULT_SPANS_KEY = "claims"
# Below this model score a claim without a normalized value is dropped (see ClaimDetector).
# One cut for every rule, measured per rule on the tune split (231 articles, 2026-12-06): the
# cut drops 534 proposals that match no gold claim (415 of them false alarms) for 160 it would
# match, and no rule is better served by a cut of its own. Raising it to 0.15 costs state.clause
# 96 matches for 55 false alarms, event.clause 28 for 31; lowering it to 0.05 brings state.clause
# 57 matches for 111 false alarms, event.clause 16 for 41. At most half of any rule's dropped
# proposals match a gold claim, against 0.81 of all proposals kept.
DEFAULT_MIN_SCORE = 0.1
# Higher cuts for forms that in a sentence the model scores low are prose, not claims: a bare
# predicate of two words, a verb in the plain present (under the model's own line between
# check-worthy and not), a year after the article's (see _prose and _forecast_year).
BARE_MAX_SCORE = 0.15
GENERIC_MAX_SCORE = 0.5
FORECAST_MAX_SCORE = 0.2
EXTENSIONS = ("claim_type", "claim_focus", "claim_value", "claim_score", "claim_rule")

# Base check-worthiness of each type: concrete numbers and dates are the easiest to check and
# the most often wrong (ClaimBuster's "check-worthy factual" class), stances the least.
TYPE_WEIGHT = {
    "quantity": 0.86, "date": 0.8, "event": 0.74, "attribution": 0.68, "quote": 0.66,
    "causal": 0.6, "state": 0.62, "comparison": 0.7,
}

USER_DATA_KEY = "claimkit.claim"


def claim_info(span: Span) -> dict:
    """What the detector recorded for one span of ``doc.spans[spans_key]`` (empty if nothing).

    Several claims often share one sentence, and spaCy keys span extension values by offsets
    alone, so the values live in ``doc.user_data`` under the span's id instead.
    """
    user_data: dict[Any, Any] = span.doc.user_data  # spaCy types it dict[str, Any]; keys may be any hashable
    return user_data.get((USER_DATA_KEY, span.id), {}) if span.id else {}


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
                        min_score: float) -> ClaimDetector:
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
        _PER_DOC[id(doc)] = DocCache(doc)
        try:
            return self._detect(doc)
        finally:
            del _PER_DOC[id(doc)]

    def _detect(self, doc: Doc) -> Doc:
        from ..extract import DOCUMENT_KEY, POSTS_KEY, REGIONS_KEY

        text = doc_text(doc)
        given = doc.user_data.get(REGIONS_KEY)
        if not self.skip_noise:
            found = []
        elif given is not None:
            found = [RegionSpan(start, end, kind) for start, end, kind in given]  # extract found them already
        else:
            found = noise.find_regions(text, (doc.user_data.get(DOCUMENT_KEY) or {}).get("author"))
        regions = noise.RegionIndex(found)
        metadata = doc.user_data.get(DOCUMENT_KEY) or {}
        # Embedded posts are quotes too: found here in a raw text, given by extract when it has
        # masked their credit lines.
        posts = doc.user_data.get(POSTS_KEY)
        if posts is None:
            posts = noise.embedded_posts(text) if self.skip_noise else []
        quoted = document_quotes(doc)
        posts = [tuple(p) for p in posts]
        quoted = sorted(posts + [q for q in quoted if not any(a <= q[0] < b for a, b in posts)])
        facts = DocFacts(published=metadata.get("published"), quotes=quoted, text=text)
        candidates: list[Candidate] = []
        for sent in doc.sents:
            start, end = trimmed(sent)
            if end > start and not regions.containing(start, end):
                # A question asserts nothing, but a direct quotation that opens with one ("When
                # does it ever end? These towns are struggling," she said) is still speech.
                if not is_question(sent):
                    candidates += sentence_claims(sent, facts)
                    continue
                candidates += question_quotes(sent, facts)
                # A clause the sentence asserts before its question ("Smith has said he would pay
                # $5 million - but will he?") still states its numbers and who a person is; its
                # other claims the annotators cut otherwise than the rules do, and are left out.
                asked = asked_from(sent)
                if asked is not None:
                    candidates += [c for c in sentence_claims(sent, facts) if c.focus_end <= asked
                                   and (c.type == "quantity" or c.rule == "state.role")]
        times_of_day(candidates, text)
        lengths_later(candidates, text)
        day_parts_told_before(candidates, text)
        days_beside_a_day(candidates, text)
        a_year_before_a_month(candidates, text, facts.published)
        since_then(candidates, text)
        candidates = clock_with_day(candidates, text)
        kept: list[tuple[Candidate, Span, float]] = []
        seen: set[tuple[int, int, str]] = set()
        sentence_scores = self._sentence_scores(doc, candidates)
        quoting = {(c.sent.start, c.sent.end) for c in candidates if c.type == "quote"}
        reported = quoting | {(c.sent.start, c.sent.end) for c in candidates if c.type == "attribution"}
        for cand in candidates:
            if cand.focus_end <= cand.focus_start:
                continue
            if regions.overlapping(cand.focus_start, cand.focus_end):
                continue
            ident = (cand.focus_start, cand.focus_end, cand.type)
            if ident in seen:
                continue
            seen.add(ident)
            clause = clause_span(cand.sent)
            focus = cand.focus_span()
            if clause is None or focus is None:
                continue
            if focus.start < clause.start or focus.end > clause.end:
                # A record's focus lies inside its span (validation rule CK204): a focus a rule ran
                # past its sentence takes the span with it.
                clause = doc[min(clause.start, focus.start):max(clause.end, focus.end)]
            if (cand.sent.start, cand.sent.end) not in reported and _in_forecast(cand, focus):
                continue
            if self.use_model:
                score = sentence_scores[(cand.sent.start, cand.sent.end)]
                # The rules found a checkable form; the model vetoes it only when the sentence as a
                # whole reads as plainly not check-worthy. A date or a quantity stands, valued or not
                # (a relative date in an undated article, a range: ANNOTATION.md §2), and so does
                # who said what: a quote, an attribution and any claim in a sentence that quotes
                # someone ("..., Pentagon spokesman Mark Wright said"), though the model, trained on
                # debate sentences, scores a speaker's first-person words low. Who or what a name is
                # (an apposition, a role before it) stands too: the article's own statement, and so
                # does the name or title a thing goes by ("a booklet titled ...", "known as ...").
                habit = _habit(focus)
                if score < self.min_score and cand.type not in ("date", "quantity", "quote", "attribution") \
                        and cand.rule not in ("state.apposition", "state.role") \
                        and (cand.sent.start, cand.sent.end) not in quoting and not _told(cand, focus) \
                        and not _explained(cand, focus) and not _able_cause(cand, focus) and not _meant(cand, focus) and not habit \
                        and not _penalty_set(focus) \
                        and not _kind_described(cand, focus) and not _person_described(cand, focus) \
                        and not _named_deed(cand, focus) \
                        and not _ordinal_place(cand, focus) and not naming(cand) and not _aim_stated(cand, focus) \
                        and not (cand.rule == "state.clause" and name_to_come(focus.root)):
                    continue
                if (cand.sent.start, cand.sent.end) not in quoting and _prose(cand, focus, score) and not habit:
                    continue
                if (cand.sent.start, cand.sent.end) not in reported and _forecast_year(cand, facts.published, score):
                    continue
            else:
                score = _score(cand, clause)
                if score < self.min_score:
                    continue
            kept.append((cand, clause, score))
        # Repeated mentions of one proposition share a key; every other claim has none.
        clusters.assign(doc, [c for c, _, _ in kept])
        spans: list[Span] = []
        user_data: dict[Any, Any] = doc.user_data  # spaCy types it dict[str, Any]; keys may be any hashable
        for cand, clause, score in kept:
            span = Span(doc, clause.start, clause.end, label=cand.type, span_id=len(spans) + 1)
            user_data[(USER_DATA_KEY, span.id)] = {
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

    def _sentence_scores(self, doc: Doc, candidates: list[Candidate]) -> dict[tuple[int, int], float]:
        if not self.use_model or not candidates:
            return {}
        from .. import checkworthiness

        sents = {(c.sent.start, c.sent.end): c.sent for c in candidates}
        keys = list(sents)
        # What checkworthiness.score_spans reads from each sentence, taken from the per-Doc cache.
        cache = _PER_DOC[id(doc)]
        text, tags = cache.text, cache.tags
        values = checkworthiness.score_features(
            (text[s.start_char:s.end_char], [t for t in tags[s.start:s.end] if t is not None],
             [e.label_ for e in ents_within(s)])
            for s in (sents[k] for k in keys)
        )
        return {k: round(v, 4) for k, v in zip(keys, values)}


def _told(cand: Candidate, focus: Span) -> bool:
    """A happening the sentence's main clause tells of a subject of its own, in the past ("Officers
    questioned them", "No one was hurt", "She did not respond to the email"), done to it lately ("an
    ad has been published for residents") or as arranged with "will" ("The lawsuit will be filed
    Thursday"): checkable, though the model, trained on debate sentences, scores a short sentence
    of narrative low. One whose complement guesses ("Everyone realized it might become a cure") is
    about a possibility, and stays the model's to judge."""
    verb = focus.root
    if cand.rule != "event.clause" or verb.dep_ != "ROOT" \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or any(c.dep_ == "ccomp" and speculative(c) for c in verb.children):
        return False
    auxes = [c.lower_ for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    if any(a in FUTURE_MODALS for a in auxes):
        return True
    return (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and any(a in ("was", "were") for a in auxes)) \
        or (verb.tag_ == "VB" and "did" in auxes) \
        or (verb.tag_ == "VBN" and "been" in auxes and any(a in ("has", "have") for a in auxes))


def _named_deed(cand: Candidate, focus: Span) -> bool:
    """What a named person or body did, in the simple past, in any clause of the sentence ("Once
    Kheradpir started testing the app at home, ...", "Although the FCC threw cold water on the
    merger, ...", "another image Elizabeth Snyder posted to Facebook"): a named actor's action is
    a claim to check first (ANNOTATION.md §4), though the model scores the sentence low."""
    verb = focus.root
    return cand.rule == "event.clause" and verb.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.lefts) \
        and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS") for c in verb.children)


def _ordinal_place(cand: Candidate, focus: Span) -> bool:
    """A thing's place in a sequence told by an ordinal ("the first bank to open a branch there",
    "For the first time", "its fourth title", "the 14th-ranked player"): which came first, or how
    many came before, is a record to check (ANNOTATION.md: comparison), though the model scores
    the sentence low. A superlative of quality ("the most engaging", "the greatest skill") and
    "last" ("the last people arguing") are mostly the writer's view, and stay the model's to judge."""
    return cand.rule == "comparison.superlative" \
        and any(t.lower_ == "first" or ORDINAL_RE.fullmatch(t.lower_) for t in focus)


def _explained(cand: Candidate, focus: Span) -> bool:
    """A cause told by a verb that means nothing but causing, of one thing or as it happened
    ("Watching a tragedy causes us to think about X", "the pain triggers the endorphin system",
    "(leading to pessimism around the business)"): explanatory prose states a finding, checkable,
    though the model, trained on debate sentences, scores its plain sentences low. What things
    tend to do in general ("protests lead to arrests", a plural present) stays the model's to judge
    (see _prose); what a thing "can" cause is told by _able_cause."""
    verb = focus[0]
    return cand.rule == "causal.verb" and verb.lemma_.lower() in PURE_CAUSAL_VERBS and verb.tag_ != "VBP" \
        and not any(c.tag_ == "MD" for c in verb.lefts)


def _meant(cand: Candidate, focus: Span) -> bool:
    """What a fact brought about, told by "mean" and a clause with its own subject ("a more
    southerly position means that storms are warmer", "..., meaning you'll need to keep devices
    close"): a consequence stated as a fact, which annotators mark as a cause to check
    (ANNOTATION.md: causal), though the model scores such explanatory sentences low. A guess
    ("could mean", "would mean"), a denial ("doesn't mean") and advice in the clause ("means the
    marketing should be sales", "meaning Russia must be watched") stay the model's to judge."""
    verb = focus[0]
    if cand.rule != "causal.verb" or verb.lemma_.lower() != "mean" \
            or any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children):
        return False
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"
                   and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.lefts)), None)
    return clause is not None and not any(c.lower_ in OBLIGATION_MODALS for c in clause.lefts)


def _able_cause(cand: Candidate, focus: Span) -> bool:
    """What a thing can bring about, told by "can" and a verb of nothing but causing or a "make"
    of a result ("Heavy rain can cause landslides", "Frost can make the roads slippery"): a cause
    stated as a general fact, not a guess ("can" is no speculative modal), which annotators mark
    as a cause to check (ANNOTATION.md: causal), though the model, trained on debate sentences,
    scores such plain explanatory sentences low. A denial ("can't cause") and a "can mean" or a
    "can make" of a thing ("can make a difference"), which say no more than that something
    matters, stay the model's to judge."""
    verb = focus[0]
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    return cand.rule == "causal.verb" and any(c.tag_ == "MD" and c.lower_ == "can" for c in verb.lefts) \
        and not any(c.dep_ == "neg" for c in children) \
        and (lemma in PURE_CAUSAL_VERBS or (lemma == "make" and any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in children)))


def _habit(focus: Span) -> bool:
    """What a thing usually or often does or is ("These deliveries usually happen in daylight",
    "the heroes frequently fail", "Your nails sometimes fall off"): a habit or a pattern told with
    an adverb of how often is a state to check (ANNOTATION.md §3), though the model, trained on
    debate sentences, scores such plain descriptive sentences low."""
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in focus.root.children)


def _kind_described(cand: Candidate, focus: Span) -> bool:
    """What a group or a kind of things is, told as the sentence's main verb in the plain present
    with a predicate adjective or noun ("Pontoon boat tours are also available for guests", "Flour
    and rice are low in stock", "The survivors appear to be healthy"): a state to check
    (ANNOTATION.md §2), though the model, trained on debate sentences, scores plain description
    low. A present of one thing ("is a good thing", "is a winner") is mostly the writer's verdict,
    and what a group does ("Consumers pay a lot", "want to have a say") often a view or a
    happening; those stay the model's to judge, as do a denial ("aren't nearly as simple") and a
    view of "we" or "you"."""
    verb = focus.root
    return cand.rule == "state.clause" and verb.tag_ == "VBP" and verb.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" and not first_person(c) for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ in ("acomp", "attr") or (c.dep_ == "xcomp" and _copula(c)) for c in verb.children)


def _person_described(cand: Candidate, focus: Span) -> bool:
    """What a person named as the subject is, told by a copula ("Zahran is a luxury watch
    salesperson", "Fox is famous for brewing beer"): the statement an apposition after the name
    makes ("Zahran, a luxury watch salesperson,"), which stands whatever the model says, though
    the model, trained on debate sentences, scores such a plain sentence low."""
    verb = focus.root
    return cand.rule == "state.clause" and verb.lemma_ == "be" \
        and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in verb.children)


def _aim_stated(cand: Candidate, focus: Span) -> bool:
    """"The charity's mission is to feed every child": what someone's aim or plan is, a state to
    check (ANNOTATION.md §2, rules.clauses.aim_infinitive), though the model, trained on debate
    sentences, scores a sentence about a goal low."""
    return cand.rule == "state.clause" and aim_infinitive(focus[0]) is not None


def _copula(verb: Token) -> bool:
    """"to be real", "to be ending": a clause whose verb is "be" (as the verb or its auxiliary)."""
    return verb.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.lefts)


def _penalty_set(focus: Span) -> bool:
    """"If convicted, he could face decades in jail": the penalty the law sets for a deed is a
    state to check (syntax.penalty), though the model scores the short sentence low."""
    return any(c.tag_ == "MD" for c in focus.root.lefts) and penalty(focus.root)


def _prose(cand: Candidate, focus: Span, score: float) -> bool:
    """A happening, a state or a cause that the model's low score shows to be a turn of the
    article's prose, with nothing in it to look up: two words that name no one and nothing ("The
    nights grow colder.", "As it turned out", "which will help"), or a verb in the plain present
    that says what things tend to do, two words of it ("most coaches employ agents") or a causing
    ("Those rules make the game slower", "protests lead to arrests"). A cause that happened ("the
    rains made the river burst its banks") or a present of one thing ("remains profitable") stays."""
    if cand.type not in ("event", "state", "causal", "comparison"):
        return False
    if score < BARE_MAX_SCORE and len(focus) <= 2 \
            and not any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in focus):
        return True
    return score < GENERIC_MAX_SCORE and focus.root.tag_ == "VBP" \
        and (cand.rule == "causal.verb" or (len(focus) <= 2 and cand.type in ("event", "state")))


def _in_forecast(cand: Candidate, focus: Span) -> bool:
    """A claim whose clause is the writer's forecast ("Strong storms are possible Friday", "More
    rain is expected Sunday"): neither the forecast nor the day, the place or the number it gives
    what is to come is a claim (ANNOTATION.md §2). A quote or an attribution stands, and the caller
    keeps a sentence that tells whose forecast it is ("the agency said storms are likely")."""
    if cand.type in ("quote", "attribution"):
        return False
    return forecast(verb_above(focus.root))


def _forecast_year(cand: Candidate, published: str | None, score: float) -> bool:
    """A year later than the article's, with a modal or as advice, in a sentence the model scores
    low: "Rents should ease a little in 2019", "what the city will look like in 2040", "Get ready
    for a busy 2019" (in an article of 2018) are speculation about the future, no claim
    (ANNOTATION.md §2). A day is a schedule ("will sail on Friday") and stays, as does what is set
    for a year ("The pact sets a limit by the century's end") and a year in what a source is
    quoted or said to expect (the caller keeps those sentences)."""
    value = cand.value or {}
    year = value.get("value") or ""
    return score < FORECAST_MAX_SCORE and cand.type == "date" and value.get("precision") == "year" \
        and year.isdigit() and bool(published) and year > str(published)[:4] \
        and (cand.sent.root.tag_ == "VB" or any(t.tag_ == "MD" for t in cand.sent))


def _score(cand: Candidate, span: Span) -> float:
    """A check-worthiness estimate in 0..1 from the claim's type, named entities and wording."""
    score = TYPE_WEIGHT[cand.type]
    named = {e.text for e in ents_within(span) if e.label_ in NAMED_LABELS}
    score += min(0.12, 0.03 * len(named))
    if cand.value is not None:
        score += 0.04 if cand.value.get("precision") in ("day", "month") or cand.value.get("kind") == "quantity" else 0.0
    if any(t.lower_ in HEDGES | REPORT_HEDGES | {"widely"} for t in span):
        score -= 0.06
    return round(max(0.0, min(1.0, score)), 2)

