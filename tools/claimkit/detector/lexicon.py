"""The detector's lexicons: small lists of English function words and general verb and noun
classes (reporting verbs, causal connectives, comparison markers, hedges). Nothing here names
any particular article's people, places or wording; a word belongs here only if it marks a kind
of claim in any news text.
"""

from __future__ import annotations

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
