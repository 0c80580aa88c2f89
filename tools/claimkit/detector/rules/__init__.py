"""The detector's rules: the table (``RULES``) and the pass that runs them over a sentence.

Candidates come from the parse and the entities, family by family: dates, quantities, speech
(quotes and attributions), nominal states (appositions, roles), causes, comparisons, every
clause that asserts an event or a state, and nouns that name a happening. Each candidate names the rule that made it; every rule
has an id, a claim type, a one-line summary and an example sentence on which it fires
(``claimkit extract --rules`` prints the table; tests/test_detector.py runs every example).

After the families, one filter applies the guideline's exclusions that cut across them: nothing
from inside a direct quote but the quote itself, nothing in a clause folded into an attribution
but its numbers, dates and descriptions, no two claims of one type on the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..lexicon import ENDING_VERBS
from ..syntax import doc_text, verb_above


@dataclass(frozen=True)
class Rule:
    id: str  # family.name, stable: it is stored in each claim's provenance
    type: str  # the claim type it proposes
    summary: str
    example: str  # a sentence it fires on
    focus: str  # the focus it gives there
    published: str | None = None  # the example's publication date, where the rule needs one


RULES: tuple[Rule, ...] = (
    Rule("date.absolute", "date", "a calendar date, month, year, season, decade or century, or a range of years "
         "(with an empty value)",
         "Norway joined the alliance on 4 April 1949.", "4 April 1949"),
    Rule("date.relative", "date", "a date or time relative to the article's (weekday, today, last month, four "
         "years ago, a month without its year, a time of day, a season or a weekend, a game clock, the end of a period), "
         "valued from the publication date (empty without one); "
         "or told from another happening (\"a few weeks later\", \"shortly after\", \"the next day\", \"since the recession ended\"), empty",
         "The ship sank on Wednesday.", "Wednesday", published="2014-12-19"),
    Rule("quantity.count", "quantity", "a number with the noun it counts and its hedge",
         "Rescuers found more than 200 survivors.", "more than 200 survivors"),
    Rule("quantity.measure", "quantity", "an amount of money, a percentage or a measurement with its unit",
         "The dam cost $4.5 million to build.", "$4.5 million"),
    Rule("quantity.bare", "quantity", "a number standing alone as a figure (a score, a total, an age)",
         "The home side made 384 in the first innings.", "384"),
    Rule("quantity.duration", "quantity", "a length of time: a number and a unit of time",
         "The strike lasted almost two years.", "almost two years"),
    Rule("quote.direct", "quote", "the words of a direct quotation of a speaker, nothing else from inside it (a title in "
         "quotation marks is no quote), or of a post embedded from a social network (the line over its "
         "\"— Name (@handle) date\" credit)",
         "\"We have never seen a flood like this one,\" the mayor said.", "We have never seen a flood like this one"),
    Rule("attribution.reporting", "attribution", "a reporting verb or participle with the clause it attributes to "
         "a source, or \"according to\" and the source", "Police said the driver had fled the scene.",
         "Police said the driver had fled the scene"),
    Rule("attribution.belief", "attribution", "a belief, expectation or view of a source with what is believed "
         "(\"police thought\", \"X views Y as a threat\", \"the bank expects slower growth\")",
         "Investigators believe the fire started in the kitchen.",
         "Investigators believe the fire started in the kitchen"),
    Rule("attribution.stand", "attribution", "a speech act of a source that takes a stand on its object "
         "(\"has always denied the allegations\", \"cited high fees\", \"called it a disgrace\")",
         "The mayor has always denied the allegations.", "has always denied the allegations"),
    Rule("event.denial", "event", "a denial told in the simple past, itself the news (\"denied the allegations\", "
         "\"did not deny sending the messages\"); one in the perfect or the present is a stand",
         "The mayor denied the allegations.", "denied the allegations"),
    Rule("event.clause", "event", "the predicate of a clause that reports a happening (main, coordinate, "
         "subordinate or relative clause)", "Firefighters rescued a child from the roof.",
         "rescued a child from the roof"),
    Rule("event.nominal", "event", "a noun of a happening with its actor, its object, its complement or its "
         "place (\"the expulsion of the diplomats\", \"its decision to close the mine\", \"a rally in Monroe\"), "
         "a gathering with whom or where it went (\"a trip to Moscow\"), what a deed was aimed at (\"attacks on "
         "the press\"), or the occasion of a report "
         "(\"said at a rally in Ohio\")",
         "Talks stopped when the expulsion of the diplomats angered Moscow.", "the expulsion of the diplomats"),
    Rule("event.participle", "event", "a participial clause that adds a happening (\", sending a warship\") or opens "
         "the sentence with what its actor did (\"Launching his bid, Patrick ...\"), or a gerund after a preposition "
         "of time, a passive one too (\"since opening a shop\", \"after being arrested\")",
         "The navy joined the search, sending a frigate to the area.", "sending a frigate to the area"),
    Rule("state.clause", "state", "the predicate of a clause that states a lasting fact (be, have, own, "
         "the present tense, a negated present or perfect, \"has become\", a relative clause of what its noun has done "
         "or will do)", "The bridge is owned by the city council.",
         "is owned by the city council"),
    Rule("state.participle", "state", "a participle that describes a noun (\"operated by X\", \"known as Y\", "
         "\"Oslo-based\"), or an adjective with its complement after one (\"a lander capable of carrying cargo\") or set "
         "off after a verb (\"found in his cell, unconscious with bruises\")",
         "The ferry, operated by a Greek company, sank.", "operated by a Greek company"),
    Rule("state.apposition", "state", "an apposition or definition that says what someone or something is, "
         "or the body a person is of, said right after the name (\"Ada Lee of the University of Otago\"), or "
         "where a place of someone's is (\"their branch in Sapporo\"), or where a named body or site is (\"researchers "
         "at OpenAI in San Francisco\"), or where the ones a sentence counts or introduces "
         "come from (\"a woman from the Orlando area\"), or what a place named after \"of\" is (\"the Kurdish town "
         "of Kobane\"), or the kind that named examples are of (\"rivals such as Comcast\")",
         "Maria Lopez, a nurse at the city hospital, saw the crash.", "a nurse at the city hospital"),
    Rule("state.role", "state", "a role, title or description in front of a name (\"Fire chief Dan Moore\", "
         "\"British royal drama “The Crown”\", \"his wife Fran\"), or standing for one named elsewhere (\"the Facebook "
         "founder\"), or a part someone plays or held, said with \"as\" (\"for her role as a TV anchor\"), or "
         "\"late\" said of a person, who has died (\"the late Jimmy Buffett\", \"his late wife\")",
         "Fire chief Dan Moore led the rescue.",
         "Fire chief"),
    Rule("state.address", "state", "a street address with the preposition that places something there (\"at 2015 "
         "Washtenaw Avenue\", \"in the 4100 block of Coldstream Terrace\"); its house number names the place and is no "
         "quantity", "A man robbed the bank at 2015 Washtenaw Avenue.", "at 2015 Washtenaw Avenue"),
    Rule("state.permit", "state", "a verb of permitting with what it makes possible or what is allowed (\"allows "
         "tenants to keep pets\", \"are not allowed to smoke\", \", enabling X to Y\")",
         "Tenants are not allowed to keep pets in the building.", "allowed to keep pets in the building"),
    Rule("state.route", "state", "the route of a journey named by a noun (\"a flight from X to Y\", \"the route "
         "to Beijing from Kuala Lumpur\")", "The jet crashed during a flight from Surabaya to Singapore.",
         "a flight from Surabaya to Singapore"),
    Rule("causal.connective", "causal", "a causal connective with its cause (\"because of\", \"due to\", "
         "\"because\" and its clause, \"over\" a happening, \"is the result of\", \"jailed for\" or \"a suspension for\" a "
         "deed, \"missed the game with\" an injury), a reason said with a copula "
         "(\"is one reason why\", \"That's why\"), the reason or grounds an action was taken on (\"for safety "
         "reasons\", \"on the grounds that\", \", citing X\" after a deed), a clause told as an effect (\", so X\", "
         "\"therefore X\", a heading \"As a result,\") or a purpose (\"in order to\")",
         "The match was abandoned because of heavy rain.", "because of heavy rain"),
    Rule("causal.verb", "causal", "a verb of causing with what it caused or was caused by (\"led to\", "
         "\"hurt by\", \"tariffs have hurt farmers\", \", killing ...\", "
         "\"beat X to level the series\")", "The storm cut power lines, leaving thousands without electricity.",
         "leaving thousands without electricity"),
    Rule("comparison.superlative", "comparison", "a superlative or a singling out (\"the largest\", \"one of the "
         "few\", \"the only\", \"the first\", \"the best\" or \"the worst\" only when ranked within a group), a rank "
         "in one word (\"top-ranked\", \"season-high\"), also as what a copula says (\"was the first to\"), or a "
         "deed done never before or by no one ever (\"has never before closed\", \"no one had ever climbed\")",
         "It is the largest dam in Africa.", "the largest dam in Africa"),
    Rule("comparison.comparative", "comparison", "a comparative with what it is compared to, a multiple, or a "
         "verb of ranking, also as what a copula says (\"is even higher\"); an amount above or below a reference "
         "(\"$5 million above the request\", \"slightly below average\"); \"unlike\" or \"compared to\" something "
         "named", "Sales were higher than a year earlier.",
         "higher than a year earlier"),
)
RULE_IDS = {r.id: r for r in RULES}


@dataclass
class Candidate:
    sent: Span
    focus_start: int  # character offsets into doc.text
    focus_end: int
    type: str
    rule: str
    value: dict | None = None
    key: str | None = None  # what the claim is about, for clusters
    # Said by the article in passing about a noun (an apposition, a role, a relative clause set off
    # by commas): its own statement even inside what a source is reported to have said.
    aside: bool = False

    def __post_init__(self) -> None:
        # A rule id not in the table is a programming error, caught by any test that runs it.
        assert self.rule in RULE_IDS and RULE_IDS[self.rule].type == self.type, (self.rule, self.type)

    def focus_span(self) -> Span | None:
        """The tokens the focus covers, widened to whole tokens (None when it covers none)."""
        return self.sent.doc.char_span(self.focus_start, self.focus_end, alignment_mode="expand")

    def focus_root(self) -> Token | None:
        """The syntactic root of the focus's tokens (None when it covers none)."""
        span = self.focus_span()
        return span.root if span is not None and len(span) else None


@dataclass
class Sentence:
    """One sentence and what the families learn about it as they run."""

    span: Span
    doc: Doc
    facts: DocFacts
    # The sentence's tokens, made once: every family walks them, and spaCy makes a new Token
    # object at each index of a walk.
    tokens: list[Token] = field(init=False)
    # Token indices of clauses whose content an attribution carries: no event or state of their own.
    folded: set[int] = field(default_factory=set)
    # Token indices of reporting verbs already turned into a claim (or left out on purpose).
    reporting: set[int] = field(default_factory=set)
    # Character ranges inside a report's focus that the article tells as happenings of their own
    # (speech._time_clauses): a clause there is claimed beside the attribution.
    told_apart: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tokens = list(self.span)


@dataclass
class DocFacts:
    """What the rules need from the whole document, computed once per Doc."""

    published: str | None
    quotes: list[tuple[int, int]]  # character ranges of the quotations that are claims
    text: str = ""  # the Doc's text


def sentence_claims(sent: Span, facts: DocFacts) -> list[Candidate]:
    """Every candidate claim of one sentence, the cross-family exclusions applied."""
    from . import causal, clauses, comparison, dates, nominal, quantities, speech

    s = Sentence(sent, sent.doc, facts)
    found: list[Candidate] = []
    found += dates.find(s)
    found += quantities.find(s, found)
    found += speech.quotes(s)
    found += speech.attributions(s)
    found += nominal.find(s)
    found += causal.find(s)
    found += comparison.find(s)
    found += clauses.find(s, found)
    found += nominal.events(s, found)
    found += nominal.sites(s, found)
    return _exclusions(s, found)


def question_quotes(sent: Span, facts: DocFacts) -> list[Candidate]:
    """The direct quotations that open in a question sentence: the speech of an identified
    speaker is a claim (ANNOTATION.md: quotes), though a question of the article's own is none."""
    from . import speech

    return speech.quotes(Sentence(sent, sent.doc, facts))


def _inside(a: int, b: int, ranges: list[tuple[int, int]]) -> bool:
    return any(2 * (min(b, e) - max(a, s)) >= b - a or s <= a < e for s, e in ranges)


# The claims an attribution's focus folds in: what a report says happened or holds.
FOLDED_TYPES = ("event", "state")


def _same_words(a: Candidate, b: Candidate) -> bool:
    """Two foci that say the same thing: one start, or most of the shorter one shared."""
    overlap = min(a.focus_end, b.focus_end) - max(a.focus_start, b.focus_start)
    shorter = min(a.focus_end - a.focus_start, b.focus_end - b.focus_start)
    return overlap > 0 and (a.focus_start == b.focus_start or overlap >= 0.8 * shorter)


def _argument_of(x: Candidate, c: Candidate) -> bool:
    """A comparison that is one argument inside a happening or a state ("decided to take the
    unprecedented measure of using the alert system", "who has logged the most visits"): less than
    half of the clause's focus, which still says what was done or what holds."""
    return c.type in ("event", "state") and x.type == "comparison" and c.focus_start < x.focus_start \
        and x.focus_end <= c.focus_end and 2 * (x.focus_end - x.focus_start) < c.focus_end - c.focus_start


def _ranking_wrapped(c: Candidate, x: Candidate) -> bool:
    """A comparison clause around a ranking already claimed in its words ("2023 | is slated to be
    | the hottest year on record"): the verb before it adds no comparison of its own, as a plain
    happening or state would not; one whose ranking is less than half of it ("has logged the most
    visits of any senator this year") still says more."""
    return c.type == "comparison" and x.type == "comparison" and c.focus_start < x.focus_start \
        and x.focus_end <= c.focus_end and _same_words(c, x) and 2 * (x.focus_end - x.focus_start) >= c.focus_end - c.focus_start


def _role_inside(c: Candidate, x: Candidate) -> bool:
    """A role before a name that a cause or a comparison takes in after its own first word
    ("prompting Senate President Ada Fox to break the tie", "trailed her Republican challenger Ben
    Hall by 700 votes"): who the person is stands beside what the wider claim says of them, and
    annotators mark both (ANNOTATION.md §1)."""
    return c.rule == "state.role" and x.focus_start < c.focus_start and c.focus_end <= x.focus_end


def _verb_taken(c: Candidate, x: Candidate) -> bool:
    """A happening whose last word, its verb, opens a comparison ("The index | jumped | to a
    record"): the verb is the comparison's, and what is left before it says nothing of its own."""
    return c.type in ("event", "state") and x.type == "comparison" \
        and c.focus_start < x.focus_start < c.focus_end <= x.focus_end \
        and " " not in doc_text(c.sent.doc)[x.focus_start:c.focus_end].strip()


def _ranked_among(c: Candidate, x: Candidate) -> bool:
    """A participle a superlative takes in as its scope ("the only European country occupied by the
    Nazis"): who it says did the deed is a claim of its own beside the ranking. Without a doer it
    only marks out what is ranked ("the hottest temperature observed on Earth", "the first director
    nominated for a Golden Globe", "the last man standing in a world of monsters"), as "ever built"
    does."""
    if c.rule not in ("state.participle", "event.participle") or x.rule != "comparison.superlative" \
            or not (x.focus_start < c.focus_start and c.focus_end <= x.focus_end) \
            or doc_text(x.sent.doc)[c.focus_start:c.focus_end].lower().startswith("ever "):
        return False
    span = c.focus_span()
    return span is not None and any(t.dep_ == "agent" for t in span)


def _describes_stand(s: Sentence, c: Candidate, reports: list[Candidate]) -> bool:
    """"cited the high fees and risk associated with hedge funds", "described the ranks as plagued
    by incompetence", "has cited a study showing Indiana last": a participle on a noun a source
    takes a stand on tells the object as the source puts it, part of its attribution."""
    if c.rule not in ("state.participle", "event.participle") or c.aside:
        return False
    root = c.focus_root()
    if root is None:
        return False
    head = root.head
    return any(r.rule in ("attribution.stand", "event.denial") and r.focus_start <= head.idx < r.focus_end
               and not (r.focus_start <= c.focus_start and c.focus_end <= r.focus_end) for r in reports)


def _measure_only(s: Sentence, c: Candidate, found: list[Candidate]) -> bool:
    """"declining to 375.8 million tons", "an AirAsia plane carrying 162 people", "surveys
    completed by 505,796 people": a participle whose only argument is an amount (or a date) says
    no more than the amount, which is the claim; one with anything else ("held in jail in lieu of
    $70,000 bond", "scoring a dozen in the period") still tells a happening or a state, and so
    does one of owning or making with its agent ("owned by fifty-four offshore entities": who
    owns it), as does a participle that only modifies the amount's noun ("its enacted 2014
    budget"). What a named actor did ("Bowsher, challenging two White House administrations") is
    a deed of record, whatever it counts."""
    from .clauses import STATIVE_PARTICIPLES

    if c.rule not in ("state.participle", "event.participle"):
        return False
    span = c.focus_span()
    if span is None or len(span) < 2 or span[0].tag_ not in ("VBG", "VBN", "VBD") or span.root.i != span[0].i \
            or span[0].lemma_.lower() in STATIVE_PARTICIPLES or span[0].head.pos_ == "PROPN":
        return False
    amounts = [x for x in found if x.type in ("quantity", "date")
               and c.focus_start < x.focus_start and x.focus_end <= c.focus_end]
    return len(amounts) == 1 and all(
        any(x.focus_start <= t.idx < x.focus_end for x in amounts) or t.pos_ in ("ADP", "PART", "ADV", "DET", "PUNCT", "CCONJ")
        for t in span[1:])


def _described_inside(c: Candidate, found: list[Candidate]) -> bool:
    """"the blockade on aid entering the city passed", "the abuse leveled at the reporter didn't
    last", "allowed him to plead guilty to a charge involving one victim": a participle on a noun
    that, noun and all, lies inside another happening or state only says what the noun is or holds;
    the claim around it carries the description with its noun, and annotators mark the whole, not
    the participle apart. A claim that stops before the noun ("the abuse aimed at the coach | came
    from fans") leaves the participle its own claim."""
    if c.rule not in ("state.participle", "event.participle") or c.aside:
        return False
    root = c.focus_root()
    if root is None or root.dep_ != "acl":
        return False
    noun = root.head
    return any(x is not c and x.type in FOLDED_TYPES and x.rule not in ("state.participle", "event.participle")
               and x.focus_start <= noun.idx and c.focus_end <= x.focus_end for x in found)


def _adjective_in_clause(s: Sentence, c: Candidate, found: list[Candidate]) -> bool:
    """"had wounds consistent with gunshot injuries", "threatened to overwhelm the towns loyal to
    the government", "revealed an algorithm capable of learning": an adjective with its complement
    after the object of a clause that is itself claimed says which thing the clause is about, and
    the clause's claim carries it (a participle there, "lawmakers defending the budget", may still
    tell a deed of its own)."""
    if c.rule != "state.participle":
        return False
    root = c.focus_root()
    if root is None or root.pos_ != "ADJ":
        return False
    return any(x.rule in ("event.clause", "state.clause") and x.focus_start <= c.focus_start
               and c.focus_end <= x.focus_end and (x.focus_start, x.focus_end) != (c.focus_start, c.focus_end)
               for x in found)


def _gerund_in_state(c: Candidate, found: list[Candidate]) -> bool:
    """"is famous for hosting sailing races and attracting crowds of tourists", "was known for
    baking its own bread and roasting its coffee": a gerund joined to the gerund a preposition takes
    inside a state is, like that first gerund, what the state says of its subject, not a happening
    of its own; the state's claim carries both. In a happening ("was accused of taking bribes and
    hiding the money") each deed may still be claimed apart, and so it is where the state is not
    claimed. So too a joined gerund typed a state itself ("focused on cutting emissions and
    preventing future ones")."""
    if c.rule not in ("event.clause", "state.clause"):
        return False
    root = c.focus_root()
    if root is None:
        return False
    first = root.head
    if root.tag_ != "VBG" or root.dep_ != "conj" or first.tag_ != "VBG" or first.dep_ != "pcomp":
        return False
    return any(x.rule in ("state.clause", "state.participle") and x.focus_start <= first.idx
               and c.focus_end <= x.focus_end for x in found)


def _counted_subject(c: Candidate, found: list[Candidate]) -> bool:
    """"65 percent were white", "2,285 were absent", "more than 10,000 people travel": a state
    told of an amount its focus opens with says no more than the amount, which is the claim
    annotators mark (a happening so told, "a dozen Republicans filed", they often mark apart)."""
    return c.rule == "state.clause" and any(
        x.type == "quantity" and x.focus_start == c.focus_start < x.focus_end < c.focus_end for x in found)


def _included_in(s: Sentence, c: Candidate, found: list[Candidate]) -> bool:
    """"has many sources of power including gas", "a chain of newspapers including the Bee": a list
    after "including" that another claim already takes in is part of that claim, which annotators
    mark whole; so is the list of what a report's verb is said of ("attribute the rise to factors,
    including emissions", "several inquiries, including an autopsy, concluded he died alone")."""
    if c.rule != "state.apposition" or not s.facts.text.startswith("including ", c.focus_start):
        return False
    if any(x is not c and x.focus_start < c.focus_start < x.focus_end for x in found):
        return True
    tok = s.doc.char_span(c.focus_start, c.focus_start + len("including"))
    if tok is None:
        return False
    verb = verb_above(tok[0].head)
    return any(x.type == "attribution" and x.focus_start <= verb.idx < x.focus_end for x in found)


def _role_named(s: Sentence, c: Candidate, found: list[Candidate]) -> bool:
    """"The White House press secretary, Josh Earnest": an apposition that is a role in front of
    the name it is set off from says who the person is once, as the role does; annotators mark the
    role."""
    if c.rule != "state.apposition":
        return False
    for x in found:
        if x.rule == "state.role" and x.focus_start == c.focus_start < x.focus_end < c.focus_end:
            rest = s.doc.char_span(x.focus_end, c.focus_end, alignment_mode="contract")
            if rest is not None and len(rest) > 1 and rest[0].text == "," \
                    and all(t.pos_ == "PROPN" or t.is_punct for t in rest[1:]):
                return True
    return False


# Participles that give the name a thing goes by ("known as", "dubbed", "nicknamed", "called",
# "titled").
NAMING_PARTICIPLES = frozenset("know dub nickname call title entitle".split())


def naming(c: Candidate) -> bool:
    """"said it would hold an event dubbed a “thank you” party", "said the rulings, known as Abbott
    v. Burke, ...", "said Isaac zeroed in on a period that is known as “La Violencia”": the name a
    thing goes by, given after its noun inside what a source says, is the article's gloss, not the
    source's word, and annotators mark it beside the attribution as they do outside one. "wants to
    be known as a reformer" (no noun it names) is what the report says."""
    if c.type != "state":
        return False
    root = c.focus_root()
    if root is None:
        return False
    return root.tag_ == "VBN" and root.dep_ in ("acl", "relcl") and root.lemma_.lower() in NAMING_PARTICIPLES \
        and (root.lemma_.lower() != "know" or any(ch.dep_ == "prep" and ch.lower_ == "as" for ch in root.children))


def _framed(s: Sentence, c: Candidate) -> bool:
    from ..syntax import framed

    root = c.focus_root()
    return root is not None and framed(root)


def _sourcing_reason(c: Candidate) -> bool:
    """"spoke on condition of anonymity because they were not authorized to talk to the media",
    "asked not to be named because she is not authorized to speak": why a source spoke unnamed is,
    like its speaking so (``clauses.unnamed``), how the story was sourced, no cause of anything the
    article reports. A reason a request for anonymity gives about what is reported ("requested
    anonymity because the talks were not announced") still tells of the talks, and stays."""
    from .clauses import spoke_unnamed, unauthorized

    root = c.focus_root()
    return root is not None and (unauthorized(root) or spoke_unnamed(root.head))


def _calls_on_reader(verb: Token) -> bool:
    """"Anyone with information is asked to call police", "Other funders are urged to join", "anyone
    eager to learn more can attend our panel on Nov. 9": a request put to the reader, or what is open
    to anyone who wants it, is a call to action (ANNOTATION.md §2), and nothing in it happened."""
    from ..lexicon import ANY_READER, CALL_VERBS
    from .clauses import command

    if verb.dep_ == "conj" and command(verb):
        # "wear your tee underneath, and tuck it into a pair of tights", "compare it amongst
        # hundreds of cases": a command joined to one before it is advice, what it counts too.
        return True
    if verb.lemma_.lower() in CALL_VERBS and verb.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in verb.rights) \
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.lefts):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in ANY_READER for c in verb.lefts) \
        and any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.lefts)


def _called_for(s: Sentence) -> set[int]:
    """Token indices of the sentence's calls on the reader, with all they govern."""
    return {t.i for v in s.tokens if v.pos_ == "VERB" and _calls_on_reader(v) for t in v.subtree}


def _in_call(s: Sentence, c: Candidate, calls: set[int]) -> bool:
    span = c.focus_span()
    return span is not None and len(span) > 0 and span[0].i in calls


def _cut_at_cause(s: Sentence, c: Candidate, specific: list[Candidate]) -> None:
    """"ordered diplomats to leave over the cyberattack": the happening ends where the connective
    of its cause begins, when enough of it is left to say what happened. So does a report ("said
    she could not accept it because it did not follow protocol"): annotators end the attribution
    before the reason, which is a causal claim of its own beside it."""
    # A happening also ends at a cause inside it, what follows the cause being adjuncts of where
    # or when ("died from the same incident in the town of X"): whole, the happening says what
    # the cause says and gives way to it.
    cut = min((x.focus_start for x in specific if x.rule == "causal.connective"
               and c.focus_start < x.focus_start < c.focus_end
               and (c.focus_end <= x.focus_end or c.type == "event")), default=None)
    if cut is None:
        return
    span = s.doc.char_span(c.focus_start, cut, alignment_mode="contract")
    if span is None:
        return
    if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in span) and not _done_for_deed(s, span, cut):
        named = _named_doer(span)
        if named is None:
            return  # "was built at the urging of X", "was thought to be in retaliation for X": the cause is the claim
        c.focus_start = s.doc[named].idx  # "Her sister Bernie died | from breast cancer": who, with the verb
    c.focus_end = c.focus_start + len(s.facts.text[c.focus_start:cut].rstrip(" ,;:–—"))


def _named_doer(span: Span) -> int | None:
    """Where the focus of "Her sister Bernie died | from breast cancer" starts: a person's death or
    resignation told in the past and cut from its cause takes its own subject along when that
    stands right before it (an aside after it aside), and the two say what happened (as "she died"
    does, see clauses._ended); the cause is a claim of its own. Not a relative pronoun ("children
    who died from X" picks out whom a sentence counts): None."""
    verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
    if verb is None or verb.lemma_.lower() not in ENDING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return None
    subj = next((t for t in verb.lefts if t.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WDT", "WP") \
            or not all(t.is_punct for t in span.doc[subj.right_edge.i + 1:span.start]):
        return None
    return subj.left_edge.i


def _done_for_deed(s: Sentence, span: Span, cut: int) -> bool:
    """"Three people have been arrested for allegedly running the network", "was detained for
    carrying a knife": a thing done to someone for a deed of theirs (a gerund after "for") is a
    happening of its own beside its cause, as annotators mark it, though only the passive verb is
    left before the connective."""
    verb = next((t for t in span if t.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in t.children)), None)
    conn = s.doc.char_span(cut, cut + 3, alignment_mode="contract")
    if verb is None or conn is None or len(conn) != 1 or conn[0].lower_ != "for" or conn[0].head.i != verb.i:
        return False
    # The parser hangs the gerund on "for" or on its object ("for allegedly smuggling parrots").
    after = [t for t in conn[0].subtree if t.i > conn[0].i and t.pos_ != "ADV"]
    return bool(after) and after[0].tag_ == "VBG"


def _quote_opening(c: Candidate, quotes: list[tuple[int, int]]) -> int | None:
    """Where the first quotation that opens inside a report's focus starts; None when none does or
    when the focus itself starts inside a quotation."""
    if any(a <= c.focus_start < b for a, b in quotes):
        return None
    return min((a for a, b in quotes if c.focus_start < a < c.focus_end), default=None)


def _cut_before_quote(s: Sentence, c: Candidate, quotes: list[tuple[int, int]]) -> None:
    """"said it was inviting families to Surabaya, “where a team will be assigned ...”": a report
    that runs on into a direct quotation ends where the quotation opens (the quote is a claim of
    its own), if enough of the report is left."""
    start = _quote_opening(c, quotes)
    if start is None:
        return
    text = s.facts.text
    before = text[c.focus_start:start].rstrip(" \"“‘'")
    if not before.endswith((",", ";", ":", "–", "—")):
        return  # "said some feel the Corps has “become too heavy”": the quote is inside the report's clause
    end = c.focus_start + len(before.rstrip(" ,;:–—"))
    if len(text[c.focus_start:end].split()) >= 6:
        c.focus_end = end


def _cut_before_quoted_clause(s: Sentence, c: Candidate, quotes: list[tuple[int, int]]) -> None:
    """"shows that most Americans want Congress to investigate Trump if he “committed impeachable
    offenses ...”", "said he chose that time because it would have been “really intense ...”": a
    report whose last clause opens a direct quotation, which would take most of its focus, ends
    before that clause (the quote is a claim of its own; what the source says before it is the
    attribution), if enough of the report is left."""
    doc = s.doc
    start = _quote_opening(c, quotes)
    first = c.focus_span()
    if start is None or first is None:
        return
    inside = next((t for t in doc[first.start:first.end] if t.idx >= start and not t.is_punct), None)
    if inside is None:
        return
    clause = None
    for t in [inside, *inside.ancestors]:
        # An infinitive a verb takes ("will continue to provide “...”") is part of its predicate;
        # one after "be" ("is under contract for $170 million “to help ...”") says what for.
        if t.dep_ == "advcl" or (t.dep_ == "xcomp" and t.head.lemma_ == "be"):
            clause = t
            break
        if t.dep_ in ("ccomp", "conj", "parataxis", "ROOT"):
            return  # the quotation opens in what is reported itself ("said some feel the Corps has “become ...”")
    if clause is None or not first.start < clause.head.i < clause.left_edge.i:
        return
    end = clause.left_edge.i
    while end > first.start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    if len(doc[first.start:end]) >= 6:
        c.focus_end = doc[end - 1].idx + len(doc[end - 1].text)


def _one_word(s: Sentence, c: Candidate) -> bool:
    focus = s.facts.text[c.focus_start:c.focus_end]
    if c.type in ("comparison", "state") and "-" in focus:
        return False  # "top-ranked", "Australian-born": a rank or a description written as one word
    if c.rule == "state.role":
        return False  # "Mayor Ann Fox", "quarterback Ben Hall": a role of one word before a name
    return c.type in ("event", "state", "causal", "comparison", "attribution") and " " not in focus


def _bare_future(c: Candidate) -> bool:
    """A lasting fact to come told in three words or fewer ("which will continue", "it will hold
    unclaimed"): what is to come lies outside the focus (a date, an object the parse left out), and
    on tune 9 of 10 such states matched no gold claim, in 9 articles. Denied ("nor will he have
    duties"), it states how things are arranged now."""
    if c.rule != "state.clause":
        return False
    span = c.focus_span()
    if span is None or not 0 < len(span) <= 3:
        return False
    root = span.root
    if any(t.dep_ == "neg" or t.lower_ in ("nor", "never") for h in (root, root.head) for t in h.children):
        return False
    return any(t.tag_ == "MD" and t.lower_ in ("will", "'ll", "’ll") for t in root.children)


def _went_nowhere(c: Candidate) -> bool:
    """A happening told by a "come" or "go" whose focus keeps nothing after the verb but adverbs
    ("Durango came away [with a 30-16 win]", "The Sixers went [0-for-9]", "went back [to the
    1950s]", "The Mavericks have gone [4-2 since]"): where it went, the score or the date is left
    to claims of their own, and the verb alone says nothing checkable. A particle ("came out",
    "came down") or a complement ("went missing") says what happened, and stays. So does a state:
    a thing that is coming or rarely comes is a trend, and "doesn't come [close to ...]" a
    measure (annotators mark them)."""
    if c.rule != "event.clause":
        return False
    span = c.focus_span()
    if span is None:
        return False
    root = span.root
    if root.lemma_.lower() not in ("come", "go"):
        return False
    return all(t.head.i == root.i and t.dep_ == "advmod" and t.pos_ == "ADV"
               for t in span[root.i - span.start + 1:] if not t.is_punct)


def _bare_that_clause(c: Candidate) -> bool:
    """A lasting fact told in three words or fewer by a relative "that" as its subject ("that
    matters", "that is missing", "that was stable"): what it says is of a noun outside the focus,
    and on tune 10 of 13 such states were false alarms (one more neutral), in 12 articles. "which"
    and "who" in that place match about half the time and are kept."""
    if c.rule != "state.clause":
        return False
    span = c.focus_span()
    return span is not None and 0 < len(span) <= 3 and span[0].lower_ == "that" \
        and span[0].dep_ in ("nsubj", "nsubjpass")


# Nouns of a still picture or a chart, and the verbs that say what one shows.
PICTURE_NOUNS = frozenset("photo photograph image picture chart graph graphic diagram illustration infographic "
                          "screenshot map".split())
SHOWING_VERBS = frozenset("show depict illustrate display demonstrate summarize summarise plot portray".split())


def _shown_in_picture(c: Candidate) -> bool:
    """"Photos show long queues at the gate", "The chart summarizes the value of the seizures", "a map
    which depicts the route": what a picture or a chart shows describes the picture, which
    annotators leave out as they leave out a caption (ANNOTATION.md §5); on tune none of the four
    such states matched a gold claim (one more neutral), in four articles. Denied ("the photos do
    not show the suspect's face"), it says what the record lacks, and is kept."""
    if c.rule != "state.clause":
        return False
    verb = c.focus_root()
    if verb is None or verb.lemma_.lower() not in SHOWING_VERBS or any(t.dep_ == "neg" for t in verb.children):
        return False
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.lemma_.lower() in PICTURE_NOUNS


def _bare_passive_after_object(c: Candidate) -> bool:
    """A passive participle in three words on a preposition's object ("matters related to X",
    "revenue owed to it", "a statement issued to Y"): it tells which thing is meant, not a
    happening of its own, and on tune 8 of 11 such proposals were false alarms (one more neutral),
    in 9 articles."""
    if c.rule != "event.participle":
        return False
    span = c.focus_span()
    if span is None or len(span) != 3:
        return False
    verb = span[0]
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "pobj"


def _hyphened(s: Sentence, c: Candidate) -> bool:
    """A claim that opens with a participle written into one hyphened word ("London-based",
    "Sugar Land-based")."""
    return any("-" in w.strip("-") and w.lower().endswith(("ed", "en", "wn"))
               for w in s.facts.text[c.focus_start:c.focus_end].split()[:3])


def _dated(s: Sentence, c: Candidate) -> bool:
    """A focus that names a date or a time ("since October", "since 1993"), not only a happening."""
    span = c.focus_span()
    return span is None or any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in span)


def _measured_from(s: Sentence, c: Candidate, specific: list[Candidate]) -> bool:
    """A time a change is measured against ("down from a year ago", "compared to the same period a
    year ago"), which the comparison holds: the time is what it compares with, not when anything
    happened."""
    from .comparison import against_time

    span = c.focus_span()
    if span is None:
        return False
    prep = next((a for a in span[0].ancestors if a.dep_ == "prep"), None)
    return prep is not None and prep.i < span.start and against_time(prep) and any(
        x.rule == "comparison.comparative" and x.focus_start < c.focus_start and c.focus_end <= x.focus_end for x in specific)


def _timed_command(c: Candidate) -> bool:
    """"Start your subscription today", "Contact us today", "Join us on Saturday at 2pm for a family
    fun day", "Get the latest news ... by joining our community today": a date a command to the
    reader governs says when the reader should act, a call to action or advice (ANNOTATION.md §2),
    and nothing happened then. A clause with a subject of its own under the command ("Remember that
    on Monday the council voted") still tells what happened, and keeps its date."""
    from .clauses import command

    span = c.focus_span()
    if span is None or len(span) == 0:
        return False
    for t in span[0].ancestors:
        if t.pos_ in ("VERB", "AUX") and command(t):
            # "Due in Q4, version 1.9 will add ...", "[in 2013] to try and bring him back": a bare
            # verb with a modal or "to" is a clause the parser lost the subject of, no command.
            return not any(x.dep_ in ("aux", "auxpass") and x.lemma_.lower() != "do" for x in t.children)
        if any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in t.children):
            return False
    return False


def _exclusions(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    quotes = s.facts.quotes
    # A cause or a comparison stated by a verb phrase is that claim, not also an event or state.
    # (A rank in one word, "top-ranked", is no verb phrase.)
    # So is what a verb of permitting allows ("allows users to edit files"), which the causal
    # family gives as a state.
    specific = [c for c in found if (c.type in ("causal", "comparison") or c.rule == "state.permit")
                and " " in s.facts.text[c.focus_start:c.focus_end]]
    # A denial told as a happening ("denied the allegations made by X") still gives its object as
    # the source puts it: what is inside it folds as inside a report.
    reports = [c for c in found if c.type == "attribution" or c.rule == "event.denial"]
    calls = _called_for(s)
    for c in found:
        if calls and _in_call(s, c, calls):
            continue
        if c.type in ("event", "state", "attribution"):
            _cut_at_cause(s, c, specific)
        if _one_word(s, c):
            continue  # one word ("making", "allows") says nothing checkable on its own
        if _bare_future(c) or _bare_that_clause(c) or _bare_passive_after_object(c) or _shown_in_picture(c):
            continue
        if _went_nowhere(c):
            continue
        if c.type in ("event", "state") and any(x is not c and _same_words(c, x) and not _argument_of(x, c)
                                                and not _ranked_among(c, x) and not _role_inside(c, x) for x in specific):
            continue
        if any(x is not c and _ranking_wrapped(c, x) for x in specific):
            continue
        if any(_verb_taken(c, x) for x in specific):
            continue
        if c.type == "quantity" and any(
                x.type == "comparison" and x.focus_start == c.focus_start < c.focus_end
                and (c.focus_end < x.focus_end or (c.focus_end == x.focus_end and x.rule == "comparison.comparative"))
                for x in specific):
            # "10 times as many cases": the multiple a comparison opens with, not an amount of its
            # own; "less than half the daily average": a multiple of a reference, all of it the
            # comparison ("two of his most experienced workers" still counts the workers).
            continue
        if c.rule == "date.relative" and s.facts.text[c.focus_start:c.focus_end].lower().startswith("since ") \
                and not _dated(s, c) and any(
                    x.type == "comparison" and x.focus_start < c.focus_start and x.focus_end == c.focus_end for x in specific):
            # "the deepest downturn since the Great Depression", "a second lockdown since the pandemic
            # began": told from a happening, with no date of its own, the "since" is the span the
            # ranking runs over ("the most since October" dates it too, and keeps its date).
            continue
        if c.type == "date" and _measured_from(s, c, specific):
            continue
        if c.rule == "date.relative" and _timed_command(c):
            continue
        if c.type in ("event", "state", "causal", "comparison") and _framed(s, c):
            continue  # inside what an author's "underscores", "serves as a reminder" frames
        if c.type == "causal" and _sourcing_reason(c):
            continue
        # What a report says is one claim, the attribution: a clause inside its focus is not
        # claimed again ("said the texts, written in Spanish, had been deleted"). Who someone is
        # (an apposition, a role) is the article's own statement and stays, as does the street address
        # a place is at (annotators mark "at 2015 Washtenaw Avenue" inside "police said ...") and the
        # name a thing goes by (naming).
        if c.type in FOLDED_TYPES and not c.aside and c.rule not in ("state.apposition", "state.role", "state.address") and any(
                r is not c and r.focus_start <= c.focus_start and c.focus_end <= r.focus_end for r in reports) \
                and not any(a <= c.focus_start and c.focus_end <= b for a, b in s.told_apart) \
                and not naming(c):
            continue
        if _describes_stand(s, c, reports):
            continue
        if _measure_only(s, c, found):
            continue
        if _adjective_in_clause(s, c, found):
            continue
        if _described_inside(c, found):
            continue
        if _counted_subject(c, found) or _role_named(s, c, found) or _included_in(s, c, found):
            continue
        if c.rule == "state.participle" and _hyphened(s, c) and any(
                x.rule == "state.apposition" and x.focus_start <= c.focus_start and c.focus_end <= x.focus_end
                and (x.focus_start, x.focus_end) != (c.focus_start, c.focus_end) for x in found):
            continue  # "a London-based think tank": the apposition says where it is based
        if c.focus_end <= c.focus_start:
            continue
        if c.type == "attribution" and quotes:
            _cut_before_quote(s, c, quotes)
        if c.type == "attribution" and quotes and _inside(c.focus_start, c.focus_end, quotes):
            _cut_before_quoted_clause(s, c, quotes)
        if c.type != "quote" and quotes and _inside(c.focus_start, c.focus_end, quotes):
            continue  # nothing from inside a quote is a claim of its own
        ident = (c.focus_start, c.focus_end, c.type)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(c)
    # Only against a state that is itself claimed: one dropped above carries nothing.
    return [c for c in out if not _gerund_in_state(c, out)]
