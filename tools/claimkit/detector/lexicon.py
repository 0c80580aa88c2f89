"""The detector's lexicons: small lists of English function words and general verb and noun
classes (reporting verbs, causal connectives, comparison markers, hedges, time words).

Nothing here names any particular article's people, places or wording: a word belongs here only
if it marks a kind of claim in any English news text.
"""

from __future__ import annotations

NAMED_LABELS = frozenset("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT LAW WORK_OF_ART LANGUAGE".split())
PERSONAL_PRONOUNS = frozenset("i we you me us".split())

# -- speech and thought ----------------------------------------------------------------------

# Verbs that report what a source said or wrote: with a clause as object they attribute it.
REPORTING_VERBS = frozenset(
    "say tell state announce confirm claim report deny warn allege assert declare insist acknowledge "
    "admit reveal estimate testify argue write accuse add explain note indicate disclose affirm concede "
    "contend maintain predict promise vow stress emphasize observe remark reply respond recall caution "
    "complain concede agree signal suggest show find project forecast calculate remember recount quip joke "
    "tweet counter reiterate assure boast".split()
) | {"point out"}
# Verbs that report what a source said, thought or was told only with a clause after "that" or
# "whether" ("fretted that the deal could cost jobs", "questioned whether the system will work",
# "heard in June that the line would close", "offered that the band would be touring"); with an
# object or alone they tell a deed ("offered a reward", "heard gunshots", "questioned the suspect").
# So do verbs of telling someone or setting a record straight ("informed the families that the
# bodies had been found", "reminded reporters that the city had cut the budget", "clarified that
# the plant will stay open", "protested that the road would split the village"), beside "informed
# the court of the delay" or "protested outside", which are deeds.
CLAUSE_REPORTING_VERBS = frozenset(
    "fret speculate grumble gripe lament bemoan muse marvel theorize posit surmise relate question hear offer "
    "inform notify remind clarify protest".split()
)
# Nouns of what is told, not of whom it is told to: "told their own tale", "tells the story".
MESSAGE_NOUNS = frozenset("story tale truth lie joke secret news chapter history account version anecdote".split())
# Verbs of belief and expectation: "police thought it was a drug deal", "he expects that ...".
COGNITION_VERBS = frozenset(
    "think believe expect hope fear suspect doubt feel consider view regard conclude assume worry".split()
)
# Verbs of belief whose infinitive tells what a source itself expects to do or to happen to it
# ("The firm expects to hire 200 people", "SpaceX is hoping to fly again in May").
EXPECTING_VERBS = frozenset("expect hope".split())
# Speech acts that take a stand on their object ("denied the allegations", "cited high fees",
# "touted the plan as", "noted the importance of X", "stressed the need for Y"): with their object
# they report what a source holds.
STAND_VERBS = frozenset("deny accuse cite welcome acknowledge tout warn hint affirm admit insist describe "
                        "note emphasize emphasise stress".split())
# Reporting verbs that attribute only with a document as subject ("data show", "the study found");
# with a person as subject they state a happening ("investigators found the car").
DOCUMENT_VERBS = frozenset("show find".split())
# What a document tells with a noun object alone, no clause: "A new poll shows strong support for
# the plan", "The survey revealed a sharp drop in reading" (see speech._document_finding).
DOCUMENT_FINDING_VERBS = DOCUMENT_VERBS | frozenset("reveal indicate suggest".split())
DOCUMENT_NOUNS = frozenset(
    "data figure figures statistic statistics record records report reports study studies survey surveys "
    "poll polls analysis analyses research document documents paper papers filing filings estimate estimates "
    "census model review audit forecast numbers count investigation".split()
    # Written accounts, which tell what they show as a report does: "a magazine article found he
    # had overstated it", "a timeline shows the files were asked for in May" (annotators mark these
    # attributions, as with "the study found"; what a video shows they mark as seen, not told).
    + "article articles timeline timelines".split()
)
# Courts and their benches, and the verbs by which one decides a case: what "the Court of Appeal
# found that the seller can be held liable", "the tribunal found that he had harassed staff" or "the
# court agreed with the families that the permit was unlawful" tell is a ruling, the court's deed,
# which annotators mark as an event, not a view reported (in the tune gold 9 of the 11 findings and
# rulings of a court are events, none an attribution; see speech._ruling).
COURT_NOUNS = frozenset("court tribunal judge jury".split())
RULING_VERBS = frozenset("find agree".split())
# A stance attributed to a holder: "Tehran views X as a threat".
STANCE_VERBS = frozenset("view regard consider deem see label brand designate classify".split())
# Verbs that lay a thing to a cause, the view of whoever does it: "Residents ascribe the flooding
# to the blocked drains", "the coach attributed the loss to poor defending" (see speech._ascribed_to).
ASCRIBING_VERBS = frozenset("attribute ascribe".split())
# Verbs of a forecast, whose object alone is what a source expects ("The bank expects two rate cuts").
FORECAST_VERBS = frozenset("expect forecast project predict anticipate foresee".split())
# "according to", and adverbs that pass a statement on from unnamed others.
REPORT_HEDGES = frozenset("allegedly reportedly purportedly supposedly".split())
# Penalties the law sets for a deed: "could face decades in jail", "could be issued with a
# fixed penalty notice", "could face a £50 fine" (see syntax.penalty).
PENALTY_NOUNS = frozenset("fine fines penalty penalties jail prison imprisonment sentence sentences".split())
PENALTY_VERBS = frozenset("fine jail imprison sentence penalize penalise".split())
# Measures whose "would" tells what they provide, the terms to check, not a guess: "a bill that
# would have allowed the pension funds to invest more", "rules that would set standards for
# televisions"; what one "requires" is a term too, no framing (see clauses._terms, clauses._measure).
MEASURE_NOUNS = frozenset("bill law act rule regulation motion proposal legislation amendment ordinance "
                          "resolution statute".split())
# Participles that introduce what the main clause's subject said: ", saying ...", ", citing ...".
REPORTING_PARTICIPLES = frozenset("say cite note add state explain tell warn claim argue insist".split())

# -- mood --------------------------------------------------------------------------------------

# Modals of prediction or possibility: the clause under them is a guess, not a claim (for "will",
# see FUTURE_MODALS; the date rules read all of them as the future tense).
SPECULATIVE_MODALS = frozenset("will would may might could should shall must 'll 'd ’ll ’d wo".split())  # with straight or curly apostrophes
# "will" states what is arranged or announced ("the suit will be filed today", "Ma will headline the
# concert"): a claim, unless an adverb makes it the writer's forecast ("will doubtless argue").
FUTURE_MODALS = frozenset("will 'll ’ll wo".split())
# Modals of possibility: a clause under one is the writer's guess ("storms could fire as early as
# 1 p.m.", "a threat may materialize into Saturday"), and a date that times it times nothing that
# happened ("will" is left out: "will likely receive notice this week" is a claim with its date).
POSSIBILITY_MODALS = frozenset("could may might".split())
# "would": what is to follow on a condition, a guess, unless it tells a measure's terms (see MEASURE_NOUNS).
CONDITIONAL_MODALS = frozenset("would 'd ’d".split())
# Modals of what ought to be done: a clause under one is advice or a demand ("means you should
# sell", "meaning Russia must be watched"), not what came about.
OBLIGATION_MODALS = frozenset("should must".split())
FORECAST_ADVERBS = frozenset("doubtless undoubtedly surely certainly inevitably eventually soon".split())
# Verbs of believing, fearing or seeming whose "will" clause is what someone expects to come, a
# guess ("fear the new law will make them unemployable", "it now seems clear the rebels will win"),
# not what is arranged; a forecast a body makes ("projects that tariffs will cut growth") is told.
GUESS_VERBS = frozenset("think believe hope fear suspect doubt feel worry assume guess imagine seem appear".split())
# Adverbs by which the writer vouches for a clause ("surely know that", "certainly raises the risk",
# "can hardly be surprised"): a conviction pressed on the reader, not a statement of record.
VOUCHING_ADVERBS = frozenset("surely certainly undoubtedly doubtless hardly".split())
# Adverbs of guessing: the clause is speculation. ("Reportedly" and "allegedly" pass on what
# others say; the clause stays a claim, the hedge part of what is checked.)
HEDGES = frozenset("likely unlikely probably possibly perhaps maybe potentially presumably conceivably".split())
# Adjectives that pick out or add members without saying what is counted ("three other devices",
# "two separate townhouses", "four new electoral votes"), place them in a sequence ("two previous
# faceoffs") or make a run of them ("15 straight playoff games", "285 straight games", as a length
# of time leaves it out: "three straight years"): left out of a quantity's unit.
UNIT_FILLERS = frozenset("other new separate different individual subsequent previous additional further extra same "
                         "various several remaining straight".split())
# Adjectives that grade or praise what is counted, or sum it up, without saying what it is ("10
# major peers", "two main forms", "five beautiful children", "32 more gigawatts", "27 combined
# points"): left out of a quantity's unit, as the gold does; a classifying adjective stays
# ("Hispanic workers", "unauthorized immigrants").
GRADING_ADJECTIVES = frozenset(
    "major main top key leading big huge massive enormous little tiny great powerful beautiful wonderful "
    "solid strong impressive catastrophic devastating blockbuster healthy fellow total combined more fewer".split()
)
# Verbs that fix when something else is to happen: "set the trial for Feb. 25", "as planned in
# October", "postponed until Jan. 5" date the thing arranged, not the arranging.
SCHEDULING_VERBS = frozenset("plan schedule reschedule slate set postpone delay".split())
# Participles that put a deed on the calendar ("is set to host", "are scheduled to meet"); the
# lemmatizer makes "slated" "slat", so the forms are listed.
BOOKED_PARTICIPLES = frozenset("set scheduled slated poised".split())
# What a thing does when its time comes: its start, its run, its end ("is due to open in March").
TIMETABLE_VERBS = frozenset("start begin open close last end run resume expire finish".split())
# Verbs whose complement is a wish or a plan, not a happening ("plans to build", "hopes to win").
IRREALIS_VERBS = frozenset(
    "plan hope want wish intend aim seek try expect propose need prepare threaten promise vow "
    "pledge offer attempt".split()
)
# Nouns of what someone sets out to do: "The charity's mission is to feed every child", "Her
# goal was to open a second shop". Said as what the subject's aim is (not what it would be), the
# plan is a state to check (ANNOTATION.md §2: a plan or an announced intention is a claim).
AIM_NOUNS = frozenset("mission goal purpose plan desire role intent intention strategy objective priority "
                      "ambition".split())
# Of those, the ones whose clause is a plan or a wish in any tense ("planned to", "is expected to");
# "tried to", "agreed to", "is preparing to" report something done.
PLAN_VERBS = frozenset("plan hope want wish intend aim expect need".split())
# Verbs whose clausal object is asked for or aimed at, not reported as done.
DEMAND_VERBS = frozenset(
    "ensure demand urge ask request require recommend insist call press order allow permit help "
    "encourage force compel persuade want".split()
)
# Verbs of asking whose present passive with an infinitive puts a request to the reader ("Anyone
# with information is asked to call police", "Residents are urged to stay indoors").
CALL_VERBS = frozenset("ask urge encourage advise invite request".split())
# Subjects that stand for any reader: "anyone eager to learn more can attend the panel".
ANY_READER = frozenset("anyone anybody".split())
# Subordinators of a condition or a question: what the clause says is not asserted.
IRREALIS_MARKS = frozenset("if unless whether lest".split())
# Verbs whose subject is an analyst's framing rather than a happening in the world.
FRAMING_VERBS = frozenset(
    "underscore highlight symbolize illustrate exemplify epitomize embody typify signify underline "
    "require".split()
)
# Nouns an author uses to frame a point: "serves as a stark reminder", "a compelling case study".
FRAMING_NOUNS = frozenset(
    "reminder example illustration testament case study lesson symbol sign signal indication reflection "
    "chapter story narrative tale".split()
)
# Nouns of an essay's own picture of things: a clause whose object is one of them ("further
# complicate the picture", "fits into this framework", "shape the trajectory of relations")
# describes the author's view, not the world.
ESSAY_NOUNS = frozenset("picture framework landscape trajectory chessboard narrative dimension layer".split())
# Nouns of grounds, needs and odds: what "there is" says of one ("there is no reason to doubt it",
# "there's a fair chance that", "there is no need for cutbacks") is the writer's weighing of a case.
GROUNDS_NOUNS = frozenset("reason argument need chance doubt concern hope indication evidence perception".split())
# Adjectives of adequacy and need: "is insufficient to address the crisis", "are nowhere near enough",
# "is necessary to rein in": said in the present, a verdict on what would do.
ADEQUACY_WORDS = frozenset(
    "enough sufficient insufficient necessary unnecessary essential adequate inadequate indispensable "
    "imperative".split()
)

# -- events and states ---------------------------------------------------------------------------

# Verbs of lasting facts: their clauses are states even in the past tense. Wanting, liking and
# fearing are held too, not done ("a refugee who feared regime retaliation", "wanted more time",
# "did not hate whites"); so are awaiting ("is awaiting trial") and being allied ("was allied
# with the Nazis"), a condition that lasts until something ends it.
STATIVE_VERBS = frozenset(
    "be have own contain include comprise consist belong remain stay lack need depend rely exist "
    "know seem appear resemble cost weigh measure equal total number house employ represent mean "
    "possess involve face serve border span occupy account oppose dominate persist coincide prove focus struggle "
    "study live range constitute want fear hate love prefer trust await ally theme".split()
)

# Nouns that name a happening: with the actor or what was acted on ("Russia's announcement that
# ...", "the expulsion of diplomats", "its decision to host X") they state that it happened.
EVENT_NOUNS = frozenset(
    "decision announcement refusal expulsion closure severance withdrawal attack cyberattack hack invasion "
    "occupation arrest shooting killing bombing explosion collapse exchange release launch sale purchase "
    "acquisition merger resignation appointment election approval rejection ban suspension removal "
    "deportation evacuation recognition designation visit agreement treaty protest strike raid ruling "
    "verdict conviction indictment seizure capture escape death murder rescue discovery detection delay "
    "cancellation report departure arrival dismissal firing sacking abduction kidnapping "
    "assassination execution crackdown ceasefire truce annexation bailout takeover shutdown "
    "blackout outbreak eruption earthquake flood landslide crash sinking derailment fire leak spill "
    "breach cutback layoff opening hosting".split()
)
# Nouns of a happening or a stretch of one that other happenings are dated by ("after the war",
# "since its inception"), beyond the event nouns.
HAPPENING_NOUNS = frozenset(
    "war recession crisis inception founding creation season preseason game match meeting hearing trial "
    "summit conference tournament ceremony storm hurricane disaster accident incident conflict revolution "
    "depression pandemic epidemic campaign vote referendum surgery operation interview speech debate "
    "start end beginning outset".split()
)
# Gerunds that name no happening ("the beginning of", "the meaning of").
NON_EVENT_GERUNDS = frozenset("beginning meaning feeling thing morning evening ceiling spring building setting "
                              "understanding funding housing timing standing".split())

# -- causes ------------------------------------------------------------------------------------

# Connectives of what an action was done for, its purpose ("in an attempt to force a vote").
# "as a means of X", "as a means to X" tell what the action was meant to do the same way (tune:
# marked a cause both times, in two articles).
PURPOSE_PREPS = ("in order to", "in an effort to", "so as to", "in a bid to", "in an attempt to", "as a means of",
                 "as a means to")
CAUSAL_PREPS = (
    "in retaliation for", "in response to", "as a result of", "as a consequence of", "because of",
    "due to", "owing to", "thanks to", "in reprisal for", "courtesy of", "on account of", "in the wake of",
    "in protest at", "in protest against", "in protest of", "for fear of", "at the request of", "at the urging of",
    "at the behest of", "in exchange for",
    # Said like "in the wake of": what an outcome followed on ("losses suffered in the aftermath of
    # the referendum").
    "in the aftermath of",
    # What an action was done for, said as its purpose ("In an effort to compete with X, Verizon ...").
    *PURPOSE_PREPS,
)
CAUSAL_MARKS = frozenset("because".split())
# Verbs of blame and public reproach ("parents criticised the board for trying to X", "rebuked the
# auditors for leaking X", "the mayor blamed the contractor for X"): told with their subject, the
# reproach and its "for" are one deed of the subject.
REPROACH_VERBS = frozenset("blame criticize criticise chide slam lambaste castigate rebuke scold berate denounce assail".split())
# Verbs that state that one thing brought about another.
CAUSAL_VERBS = frozenset(
    "cause lead prompt trigger spark force push drive result mean make help allow enable prevent "
    "contribute provoke compel blame fuel spur".split()
)
# Verbs that mean nothing but bringing about ("causes", "triggers", "leads to"), unlike "make",
# "mean" or "help", which also say much else.
PURE_CAUSAL_VERBS = frozenset("cause lead trigger spark prompt result contribute provoke fuel spur".split())
# Verbs of effect whose passive with an abstract agent names a cause ("hurt by weakness in X").
EFFECT_VERBS = frozenset(
    "hurt boost hobble slow drive cause fuel spur hit hamper weaken strengthen damage trigger prompt "
    "spark offset dampen depress lift support undermine motivate inspire spare save delay disrupt "
    "affect harm fuel buoy weigh cripple halt stall force push hold worsen ease limit "
    "help power overwhelm precipitate determine".split()
)
# Verbs by which a thing as subject does harm to something ("tariffs have hurt farmers").
AFFECT_VERBS = frozenset(
    "hurt dent spook harm prolong complicate exacerbate damage weaken hamper hobble undermine worsen "
    "dampen depress paralyze".split()
)
# Verbs by which a thing raises, lowers, settles or draws out something else ("climate change has
# increased fire risk", "two fights determined the outcome", "high rates have lured investment
# away"): with a thing as subject annotators mark a cause, as with AFFECT_VERBS; with a person or a
# body ("public schools increased their staff") a deed. Intransitive "increased" is a change (an event).
CAUSATIVE_VERBS = frozenset(
    "increase raise lower reduce lengthen shorten heighten quicken strengthen limit determine lure attract "
    "inspire cool".split()
)
# Nouns of bodies that act, which raise or limit things as deeds ("the council raised parking fees").
BODY_NOUNS = frozenset(
    "council board committee commission court congress parliament senate legislature assembly agency ministry "
    "department administration regulator authority school university college union league fund lawmaker "
    "legislator".split()
)
# Phrasal verbs of setting something off or opening a way to it, as (verb, particle): "the invasion
# touched off a war", "the ace opened up the objective".
CAUSATIVE_PHRASALS = frozenset({("touch", "off"), ("kick", "off"), ("open", "up")})
# Verbs of pressing on something, as (verb, preposition): "uncertainty is weighing on the economy".
PRESSING_VERBS = frozenset({("weigh", "on")})
# Common nouns of people and bodies that act: "the driver hurt a pedestrian" is a happening.
AGENT_NOUNS = frozenset(
    "man woman men women person people child children boy girl driver officer police official player team "
    "company firm bank government group attacker gunman suspect soldier army troops rebel protester".split()
)
# Head words of an office in front of a name ("Prime Minister", "Secretary of State", "House Speaker":
# the one who presides over a chamber).
TITLE_NOUNS = frozenset("minister secretary president chairman chairwoman director spokesman spokeswoman "
                        "spokesperson governor mayor senator chief commissioner ambassador chancellor premier "
                        "envoy attorney leader chair chairperson ceo cio cfo coo judge justice magistrate sen. rep. "
                        "gov. congressman congresswoman sheriff prosecutor coach captain commander detective "
                        "officer supervisor superintendent inspector sergeant lieutenant councilman councilwoman "
                        "councilmember trustee dean speaker".split())
# Nouns of a tie between people, said with whose it is ("her friend", "his daughter", "their lawyer"):
# in front of a name they say what the named one is to someone.
RELATION_NOUNS = frozenset(
    "wife husband spouse partner fiance fiancee boyfriend girlfriend son daughter child children mother father "
    "parent brother sister sibling stepson stepdaughter stepfather stepmother uncle aunt cousin nephew niece "
    "grandson granddaughter grandmother grandfather grandchild widow widower friend roommate colleague "
    "lawyer attorney".split()
)
# Kinds of organisation, place and person a definite description can name one by, in place of its
# name ("the U.S. plane-maker", "the Illinois city", "the Republican businessman").
KIND_NOUNS = frozenset(
    "company firm maker giant retailer airline carrier bank lender insurer manufacturer automaker carmaker "
    "startup brand nightspot restaurant museum club outlet publisher broadcaster developer subsidiary "
    "city town village state country nation island colony province county suburb borough neighborhood "
    "native businessman businesswoman entrepreneur mogul tycoon billionaire investor executive agent "
    "lawmaker politician".split()
)
# Participles after a comma that state the result of the main clause (", killing 298 people").
RESULT_PARTICIPLES = frozenset(
    "kill leave make cause force prompt lead draw push spark trigger drive wound injure destroy displace "
    "strand "
    # A hindrance the happening brought about (", delaying the process", ", straining the grid"):
    # as a clause's own verb ("the outage disrupted access") they tell a happening.
    "strain disrupt endanger overwhelm delay eliminate".split()
)

# Verbs of killing and wounding: their bare object is a toll of people ("the attack that killed 12
# and wounded 48"), and their participle on a noun tells what befell it ("workers killed in a
# blast"), a happening.
CASUALTY_VERBS = frozenset("kill wound injure maim".split())

# Verbs of what befalls a person and a public record confirms: an arrest, a charge, a sentence, a
# wound, a dismissal ("Smith, 40, was arrested", "The guard, a contractor, was fired"). Told in the
# passive, the verb alone says what happened to the person the sentence names.
BEFALLING_VERBS = CASUALTY_VERBS | frozenset(
    "arrest detain question charge indict convict sentence jail imprison shoot stab attack assault "
    "hospitalize hospitalise airlift fire dismiss sack".split())

# Verbs of an end a record confirms, told of a person with no object: "she died", "he resigned".
ENDING_VERBS = frozenset("die resign".split())

# Verbs and nouns of a contest's result ("beat", "lost to", "a 2-1 win"): a score told with one
# is a result to check, not a range or a code.
CONTEST_VERBS = frozenset(
    "beat defeat best top edge rout outlast overcome sweep win lose trail lead level tie draw clinch "
    "score".split()
)
CONTEST_NOUNS = frozenset("win victory loss defeat lead draw tie series vote score scoreline".split())

# -- comparisons -------------------------------------------------------------------------------

COMPARISON_VERBS = frozenset(
    "predate precede outnumber exceed surpass outpace outrank trail double triple halve outperform "
    "outsell overtake top lag rank eclipse dwarf".split()
)
# Of those, the verbs that pass a mark: said of a figure ("topped 6 million", "will exceed $5
# billion") they bound it as "more than" does, and the bound is the quantity's hedge.
BOUND_VERBS = frozenset("exceed surpass top".split())
# Of COMPARISON_VERBS, the verbs whose passive still compares, with what it is set against as the
# agent ("is dwarfed by", "was overtaken by"); "trailed by convoys", "topped by a spire" follow or cover.
PASSIVE_COMPARISON_VERBS = frozenset("outnumber exceed surpass outpace outrank outperform outsell overtake eclipse dwarf".split())
# A result set against what was expected of it: "growth trailed forecasts", "the report beat
# expectations". "Beat" and "miss" compare only with these nouns ("beat the Lakers" is a win).
EXPECTATION_VERBS = frozenset("beat miss top trail exceed surpass outpace lag undershoot overshoot".split())
EXPECTATION_NOUNS = frozenset("forecast expectation estimate projection prediction consensus".split())
# What one leads when "lead" ranks first rather than directs: "leads the pack", "leading the world in X".
RANKED_FIELDS = frozenset("world nation country league pack field way market industry polls race standings "
                          "division conference charts".split())
# Verbs that place one side against others in a race, a poll, a table or a market ("trails Smith by
# four points", "is outspending its rival", "outpaces demand"): a standing, which a clause of
# them states as a comparison.
STANDING_VERBS = frozenset("trail lag outpace outspend outpoll outraise outscore outsell outperform underperform "
                           "outrank outstrip overtake surpass".split())
# Rivals a side is ahead of: "ahead of major competitors".
RIVAL_NOUNS = frozenset("competitor rival peer opponent challenger contender field pack".split())
# Places in a table a side holds ("in the lead", "at the top of the list", "in fourth place").
STANDING_PLACES = frozenset("lead top bottom front place".split())
# Words that single one thing out ("the only", "the first") when they modify a noun.
SINGULAR_WORDS = frozenset("only sole first last".split())
# Adjectives that rank a thing above everything before it, as "the first ever" does.
PRECEDENT_WORDS = frozenset("unprecedented unparalleled".split())
# Superlatives that name no comparison a record could settle.
EMPTY_SUPERLATIVES = frozenset("latest best worst most least next further".split())
# Words of judgement: a phrase that rests on one says how the author sees it.
OPINION_WORDS = frozenset(
    "crucial remarkable compelling stark delicate profound beautiful wonderful terrible awful amazing "
    "important interesting exciting great complex multifaceted challenging precarious daunting fascinating "
    "unique uncertain curious credible".split()
)
# Adjectives of quality and taste: "The mechanics are solid", "Super-rotations are fun", "the
# soup is also good" grade a thing as the writer likes it; as the whole complement of "be" they
# are a verdict, not a fact (see clauses._framing).
QUALITY_ADJECTIVES = frozenset(
    "good bad nice fine fun funny smart dull boring solid adorable cute lovely ugly terrific excellent "
    "superb fantastic awesome brilliant charming delightful delicious tasty mediocre bland silly stupid "
    "pleasant unpleasant enjoyable entertaining".split()
)
# Adjectives of appraisal beyond the plain ones above: how moving, pleasing or fitting a thing
# strikes the writer ("the days were always tense and furious", "were perfect snacks for the
# road", "was not an acceptable solution"); with "be" they grade, they record nothing.
APPRAISAL_ADJECTIVES = QUALITY_ADJECTIVES | frozenset(
    "perfect flawless tense furious soothing painful intriguing spirited idealistic paramount admirable "
    "disappointing thrilling stunning gorgeous glorious marvelous magnificent splendid horrible dreadful lousy "
    "pathetic ridiculous absurd overlong tedious clumsy charismatic endearing touching gripping riveting "
    "engaging acceptable unacceptable hearted".split()
)
# Nouns that are a verdict on what they name ("is a flailing mess", "the film is a triumph", "was
# a revelation"): with "be" the writer sums a thing up.
VERDICT_NOUNS = frozenset(
    "mess triumph revelation disaster delight joy treat gem masterpiece letdown disappointment credit travesty "
    "marvel shambles".split()
)
# Nouns of the mind and the senses: a thing acting on "my mind", "your sanity", "our palate" tells
# the impression it made on the writer or the reader ("it boggles my mind", "changed my
# perspective"), not a fact of record.
MIND_NOUNS = frozenset("mind sanity perspective imagination senses palate heart soul".split())
# Nouns of what the writer holds in mind: a clause whose subject is "my" one ("My views on
# cheating are extremely strong", "my feelings have changed", "my thoughts come with ...") tells
# the writer's own view or feeling, opinion with nothing in it to look up (see clauses._writers_mind).
HELD_IN_MIND_NOUNS = MIND_NOUNS | frozenset("view feeling thought opinion".split())
# Qualities a thing is savoured or liked for, of the tongue and the nose ("flavor", "texture",
# "heat", "undertones") or of character ("charm", "personality"): what "has" only them in the
# present is a critic's tasting note, not a fact of record (see clauses._savoured).
SAVOUR_NOUNS = frozenset(
    "flavor flavour taste aftertaste texture aroma heat undertone overtone sweetness bitterness acidity "
    "charm personality".split()
)
# Adjectives by which the writer weighs a clause put after a dummy "it" ("it's hard to imagine",
# "it's possible that", "it's worth noting that", "it's bizarre to argue"): how easy, likely, plain
# or fitting the writer finds it, not a fact about anything named.
WEIGHING_ADJECTIVES = frozenset(
    "hard easy difficult tough impossible possible clear unclear obvious evident worth bizarre strange odd "
    "weird crazy ironic jarring frustrating surprising unsurprising fair unfair understandable tempting".split()
)
MULTIPLIERS = frozenset("twice double triple half thrice quadruple".split())

# -- time --------------------------------------------------------------------------------------

TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries".split()
)
# Parts of a day, which name a time as units do ("the following morning").
DAY_PARTS = frozenset("morning afternoon evening night".split())
# Nouns a price or a measure is given per ("$45 a barrel", "50 km a day", "$10 an hour"): units
# of time, of goods and of measure.
RATE_NOUNS = TIME_UNITS | frozenset(
    "gallon litre liter barrel ton tonne kilogram kilo kg pound ounce share unit head person capita "
    "mile kilometre kilometer metre meter acre hectare kwh mwh".split())
# Abbreviated units of measure, written after a number or glued to it ("a 2.1 GW solar farm", "the
# 75kb limit", "up to 1TB storage"): the symbol is the unit, the noun after it what is measured.
# One-letter symbols and "in" are left out: they are words as often as units.
MEASURE_SYMBOLS = frozenset(
    "kb mb gb tb pb kbps mbps gbps kw mw gw tw kwh mwh gwh twh mm cm km mg kg ml mph kph hz khz mhz ghz "
    "lb lbs oz ft kv mah".split())
# Prepositions of time, cause and concession: adjuncts, not part of the fact a verb phrase states.
ADJUNCT_PREPS = frozenset("after before during since amid despite following until throughout within".split())
# Adverbs in -ly that say when, how often, how sure or which part, not how a thing happened: after
# a verb they are adjuncts or hedges, not part of its predicate ("met previously", "rose only").
NON_MANNER_ADVERBS = frozenset(
    "only recently previously currently lately subsequently initially eventually finally ultimately immediately "
    "shortly early originally formerly daily weekly monthly yearly annually hourly nightly quarterly usually "
    "typically generally normally frequently regularly occasionally repeatedly routinely rarely reportedly "
    "allegedly apparently probably possibly likely presumably supposedly purportedly really actually certainly "
    "clearly obviously mainly mostly largely partly primarily solely merely simply especially particularly "
    "notably nearly roughly approximately exactly accordingly consequently respectively similarly likewise "
    "additionally alternatively unfortunately fortunately hopefully interestingly ironically surprisingly "
    "importantly basically essentially literally virtually practically effectively".split())
# Comparatives of time: after a verb they say when ("met earlier"), unless they compare ("started
# earlier than usual").
TIME_COMPARATIVES = frozenset("earlier later sooner".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# -- quantities --------------------------------------------------------------------------------

# Verbs of a change to a level: "jumped to a record", "fell to a three-month low".
CHANGE_VERBS = frozenset("rise gain jump climb soar surge rally advance increase fall drop decline sink slide "
                         "slump tumble plunge decrease".split())

# Number words that are usually pronouns or determiners, not counts ("one of them", "both").
PRONOMINAL_NUMBERS = frozenset("one both".split())
# Parents: "a mother of four" counts her children, who go unnamed.
PARENT_NOUNS = frozenset("mother father mom dad mum parent grandmother grandfather grandparent".split())
# Nouns of ways, options and ideas: a number of them is the writer's way of sorting a topic, not a
# count a record could check ("investors have two ways to participate", "I see two major forces",
# "the top 7 predictions for 2017").
ABSTRACT_COUNT_NOUNS = frozenset("way thing option choice alternative possibility scenario idea thought lesson "
                                 "takeaway force trend prediction".split())
# Abstract nouns a superlative weighs rather than ranks: with no group named it is ranked
# within, "the biggest reason they won", "the most effective way", "the greatest gift" are the
# writer's (or speaker's) judgement, not a record.
WEIGHED_NOUNS = ABSTRACT_COUNT_NOUNS | frozenset("reason approach outcome hurdle gift part element impact attention "
                                                 "indicator".split())

QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’"}
# Every quotation mark, opening and closing, straight and curly.
QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())
MIN_QUOTE_WORDS = 4
# Verbs of crying out, whose object is the words cried however few ("yelled “shark attack!”").
CRY_VERBS = frozenset("yell scream shout cry chant exclaim shriek holler".split())
# Verbs that give a thing a source's own word for it ("called it “immaterial”", "described the call
# as “improper”", "slammed the hearings as a “disgrace”", "likens the figures to a “Hollywood movie”",
# "criticized the policy as a “dangerous gamble”", "rejected the questions as “one-sided”").
NAMING_VERBS = frozenset("call describe label brand dub term slam blast decry denounce deride liken characterize "
                         "characterise criticize reject".split())
# The words that open a question asked for a yes or a no ("Do you …?", "Is anyone …?").
YES_NO_OPENERS = frozenset("do does did is are was were will would can could has have had should shall may might must".split())
# The words that open a question asking for something other than a yes or a no ("what does that
# mean?", "why hummus?").
WH_WORDS = frozenset("what why how who whom whose where when which".split())
# Units of measure by what they measure and their size in that measure's base unit (metres,
# kilograms, square metres, litres, metres per second): a measure given again in another unit
# ("1,900-mile-wide (3,100 kilometers)") converts to the same size. Not currencies, whose rates
# move, nor temperatures, whose scales are offset.
UNIT_SIZES = {
    **{u: ("length", 1609.344) for u in ("mile", "miles")},
    **{u: ("length", 1852.0) for u in ("nautical mile", "nautical miles")},
    **{u: ("length", 1000.0) for u in ("kilometer", "kilometers", "kilometre", "kilometres", "km")},
    **{u: ("length", 1.0) for u in ("meter", "meters", "metre", "metres")},
    **{u: ("length", 0.9144) for u in ("yard", "yards")},
    **{u: ("length", 0.3048) for u in ("foot", "feet", "ft")},
    **{u: ("length", 0.0254) for u in ("inch", "inches")},
    **{u: ("length", 0.01) for u in ("centimeter", "centimeters", "centimetre", "centimetres", "cm")},
    **{u: ("length", 0.001) for u in ("millimeter", "millimeters", "millimetre", "millimetres", "mm")},
    **{u: ("length", 1e-6) for u in ("micrometer", "micrometers", "micrometre", "micrometres", "micron",
                                    "microns", "µm", "μm")},
    **{u: ("mass", 907.18474) for u in ("ton", "tons", "short ton", "short tons")},
    **{u: ("mass", 1000.0) for u in ("metric ton", "metric tons", "tonne", "tonnes")},
    **{u: ("mass", 1.0) for u in ("kilogram", "kilograms", "kilo", "kilos", "kg")},
    **{u: ("mass", 0.45359237) for u in ("pound", "pounds", "lb", "lbs")},
    **{u: ("mass", 0.028349523) for u in ("ounce", "ounces", "oz")},
    **{u: ("mass", 0.001) for u in ("gram", "grams")},
    **{u: ("area", 4046.8564) for u in ("acre", "acres")},
    **{u: ("area", 10000.0) for u in ("hectare", "hectares")},
    **{u: ("area", 2589988.1) for u in ("square mile", "square miles")},
    **{u: ("area", 1e6) for u in ("square kilometer", "square kilometers", "square kilometre", "square kilometres")},
    **{u: ("area", 0.09290304) for u in ("square foot", "square feet")},
    **{u: ("area", 1.0) for u in ("square meter", "square meters", "square metre", "square metres")},
    **{u: ("volume", 3.7854118) for u in ("gallon", "gallons")},
    **{u: ("volume", 1.0) for u in ("liter", "liters", "litre", "litres")},
    **{u: ("speed", 0.44704) for u in ("mph", "miles per hour")},
    **{u: ("speed", 0.27777778) for u in ("kph", "km/h", "kilometers per hour", "kilometres per hour")},
    **{u: ("speed", 0.51444444) for u in ("knot", "knots")},
}


# Adjectives that liken a thing to another or set it apart from it, with "to" or "from".
LIKENESS_ADJECTIVES = frozenset("similar different equivalent identical comparable akin analogous distinct".split())
