from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from claimkit.detector import DEFAULT_SPANS_KEY, claim_info
from pipeline_cache import trained_pipeline


def hand_built(nlp) -> Doc:
    """ "Norway joined NATO on 4 April 1949." with a parse and entities written by hand."""
    words = ["Norway", "joined", "NATO", "on", "4", "April", "1949", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, True, True, False, False],
        heads=[1, 1, 1, 1, 5, 3, 5, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "nummod", "punct"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "NUM", "PROPN", "NUM", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "IN", "CD", "NNP", "CD", "."],
        lemmas=["Norway", "join", "NATO", "on", "4", "April", "1949", "."],
        ents=["B-GPE", "O", "B-ORG", "O", "B-DATE", "I-DATE", "I-DATE", "O"],
    )
    return doc


def test_factory_works_in_a_blank_pipeline():
    nlp = spacy.blank("en")
    detector = nlp.add_pipe("claim_detector", config={"spans_key": "found"})
    doc = detector(hand_built(nlp))
    got = {(s._.claim_type, s._.claim_focus.text) for s in doc.spans["found"]}
    assert got == {("date", "4 April 1949"), ("event", "joined NATO")}
    date = next(s for s in doc.spans["found"] if s._.claim_type == "date")
    assert date._.claim_value == {"kind": "date", "value": "1949-04-04", "precision": "day", "qualifier": None}
    assert date._.claim_rule == "date.expression"
    assert 0 <= date._.claim_score <= 1
    assert date.text == "Norway joined NATO on 4 April 1949."


def test_default_key_and_config():
    nlp = spacy.blank("en")
    nlp.add_pipe("claim_detector")
    assert nlp.get_pipe_meta("claim_detector").default_config["spans_key"] == DEFAULT_SPANS_KEY == "claims"
    doc = nlp.get_pipe("claim_detector")(hand_built(nlp))
    assert len(doc.spans["claims"]) == 2
    assert all(claim_info(s)["focus"] for s in doc.spans["claims"])


def test_existing_extensions_are_left_alone():
    from claimkit import detector

    if Span.has_extension("claim_rule"):
        previous = Span.get_extension("claim_rule")
        Span.remove_extension("claim_rule")
    else:
        previous = None
    try:
        Span.set_extension("claim_rule", default="theirs")
        detector._register_extensions()
        assert Span.get_extension("claim_rule")[0] == "theirs"
    finally:
        Span.remove_extension("claim_rule")
        if previous is not None and previous[2] is not None:
            Span.set_extension("claim_rule", getter=previous[2], setter=previous[3])
        else:
            detector._register_extensions()


def test_entry_point_registers_the_factory():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert "claim_detector" in names


# -- with the trained pipeline ---------------------------------------------------------------


@pytest.fixture(scope="session")
def nlp():
    return trained_pipeline()


def claims_of(nlp, text):
    from claimkit.noise import find_regions, mask

    doc = nlp(mask(text, find_regions(text)))
    return [(s._.claim_type, text[slice(*claim_info(s)["focus"])]) for s in doc.spans[DEFAULT_SPANS_KEY]]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway joined the European Free Trade Association in May 1960.",
         {("event", "joined the European Free Trade Association"), ("date", "May 1960")}),
        ("Roughly 12,000 residents were evacuated after the dam failed.", {("quantity", "Roughly 12,000 residents")}),
        ("Finland has an embassy in Nairobi.", {("state", "Finland has an embassy in Nairobi")}),
        ("Iceland is the only NATO member without a standing army.",
         {("comparison", "the only NATO member without a standing army")}),
        ("The flooding was due to the collapse of an upstream levee near Dresden.",
         {("causal", "due to the collapse of an upstream levee near Dresden")}),
        ("The agency estimated that about 250 species were affected.",
         {("attribution", "The agency estimated"), ("quantity", "about 250 species")}),
    ],
)
def test_claims_of_each_type(nlp, text, expected):
    assert set(claims_of(nlp, text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("The observers arrived at the invitation of the Kenyan government.",
         "event.requested-by", ("event", "at the invitation of the Kenyan government")),
        ("The base was closed, reportedly at the request of the Philippine Senate.",
         "attribution.hedged-request", ("attribution", "reportedly at the request of the Philippine Senate")),
        ("The leak was allegedly organized by Dutch intelligence officers.",
         "attribution.hedged-passive", ("attribution", "allegedly organized by Dutch intelligence officers")),
        ("A string of phishing campaigns attributed to China hit banks in 2019.",
         "attribution.attributed-to", ("attribution", "attributed to China")),
        ("The court dismissed the case, citing a lack of evidence from the Danish police.",
         "attribution.participle", ("attribution", "citing a lack of evidence from the Danish police")),
        ("The closure of the Belgian border crossing halted trade.",
         "event.nominal", ("event", "The closure of the Belgian border crossing")),
        ("The rebels waged a long campaign, including kidnappings and raids.",
         "event.including", ("event", "including kidnappings and raids")),
        ("The floods were severe, directly hitting farms across Bangladesh.",
         "event.participle", ("event", "directly hitting farms across Bangladesh")),
        ("The airline launched a programme to fly stranded tourists from Bali.",
         "event.movement", ("event", "fly stranded tourists from Bali")),
        ("Portugal ratified the accord in 1986 by a decree of President Mario Soares.",
         "event.by-means", ("event", "by a decree of President Mario Soares")),
        ("The treaty was negotiated by the then-authoritarian Chilean government.",
         "state.polity", ("state", "the then-authoritarian Chilean government")),
        ("Despite years of drought in Kenya, harvests grew.",
         "state.concessive", ("state", "years of drought in Kenya")),
        ("Their cuisine combines elements of Persian and Indian cooking.",
         "state.property", ("state", "Their cuisine combines elements of Persian and Indian cooking")),
        ("Georgia, a country with aspirations for NATO membership, held elections.",
         "state.aspiration", ("state", "aspirations for NATO membership")),
        ("Visas are no longer available in Havana.", "state.persisting", ("state", "are no longer available in Havana")),
        ("The refugees fled to Chad, where aid agencies faced severe shortages.",
         "state.where-clause", ("state", "aid agencies faced severe shortages")),
        ("The vote, coming two weeks after Mandela's release, was peaceful.",
         "comparison.relative-time", ("comparison", "two weeks after Mandela's release")),
    ],
)
def test_claims_stated_in_passing(nlp, text, rule, expected):
    """Each rule for a claim that a clause takes for granted, on a sentence of its own."""
    from claimkit.noise import find_regions, mask

    doc = nlp(mask(text, find_regions(text)))
    found = {(claim_info(s)["type"], text[slice(*claim_info(s)["focus"])]) for s in doc.spans[DEFAULT_SPANS_KEY]
             if claim_info(s)["rule"] == rule}
    assert found == ({expected} if expected else set())


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Activists renewed their calls for the closure of the Swiss mine.",
        "From Moscow's perspective, the deal was a betrayal, directly threatening Russian interests.",
        "The vote was close, setting the stage for talks that would follow in Geneva.",
    ],
)
def test_wishes_and_views_are_not_events(nlp, text):
    assert not [c for c in claims_of(nlp, text) if c[0] == "event"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The museum will probably reopen next spring.",
        "Is this the end of cheap air travel?",
        "It is a remarkable and deeply moving story of courage.",
        "Prices may rise further if the drought continues.",
    ],
)
def test_opinion_prediction_and_questions_are_not_claims(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.model
def test_citation_markers_and_bold_do_not_break_sentences_or_foci(nlp):
    text = "The protests began in Tunis in December 2010.[4] They spread to **Cairo** in January 2011."
    got = claims_of(nlp, text)
    assert ("date", "December 2010") in got and ("date", "January 2011") in got
    assert all("[4]" not in focus and "**" not in focus for _, focus in got)


@pytest.mark.model
def test_headings_and_link_lists_give_no_claims(nlp):
    text = "The 1998 Floods in Review\nThe river rose by 4 metres in 1998, and 3,000 homes were flooded.\n- Floods of 2024 explained\n- Ten dams built in 2023\n"
    got = claims_of(nlp, text)
    assert ("date", "1998") in got  # from the prose line
    assert all("2024" not in f and "2023" not in f and "Review" not in f for _, f in got)


@pytest.mark.model
def test_check_worthiness_is_the_trained_models_score_of_the_sentence():
    from claimkit import checkworthiness

    nlp = trained_pipeline()
    doc = nlp("The council of Harbor Town approved a budget of 4.2 million euros on 3 March 2021.")
    spans = list(doc.spans[DEFAULT_SPANS_KEY])
    assert spans
    (expected,) = checkworthiness.score_spans([next(doc.sents)])
    for span in spans:
        assert span._.claim_score == pytest.approx(expected, abs=1e-4)


@pytest.mark.model
def test_the_model_vetoes_a_plainly_not_check_worthy_sentence():
    nlp = trained_pipeline()
    detector = nlp.get_pipe("claim_detector")
    text = "And God bless the United States of America."
    doc = nlp(text)
    assert len(doc.spans[DEFAULT_SPANS_KEY]) == 0  # model score far below min_score
    saved = detector.min_score
    try:
        detector.min_score = 0.0
        doc = nlp(text)
        assert len(doc.spans[DEFAULT_SPANS_KEY]) == 1  # the rules alone would have proposed it
    finally:
        detector.min_score = saved


# -- sentence length (issue 12, item 13) ---------------------------------------------------------


def forced_sentences(nlp, text):
    """The sentences ``claimkit_paragraphs`` sets (no parser runs after it here), as token lists."""
    doc = nlp(text)
    starts = [0] + [t.i for t in doc if t.i > 0 and t.is_sent_start]
    return [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)])]


def test_paragraph_component_bounds_sentences_and_cuts_at_the_best_break():
    from claimkit.detector import MAX_SENTENCE_TOKENS

    nlp = spacy.blank("en")
    nlp.add_pipe("claimkit_paragraphs")
    run_on = forced_sentences(nlp, "the minister said that Albania had cut ties and that " * 300)
    assert max(len(s) for s in run_on) == MAX_SENTENCE_TOKENS and len(run_on) > 3000 // MAX_SENTENCE_TOKENS
    listed = forced_sentences(nlp, "Iran, Albania, Kosovo, " * 300)
    assert max(len(s) for s in listed) <= MAX_SENTENCE_TOKENS and all(s[-1].text == "," for s in listed[:-1])
    stopped = forced_sentences(nlp, "Albania cut ties with Iran in 2022. " * 200)
    assert len(stopped) > 1 and all(s[-1].text == "." for s in stopped)
    # Ordinary paragraphs are left to the parser: only the line breaks start sentences.
    prose = "Albania cut ties with Iran in 2022, officials said. " * 20 + "\nA second paragraph.\n"
    assert [s[0].text for s in forced_sentences(nlp, prose)] == ["Albania", "A"]


@pytest.mark.model
def test_a_long_line_without_full_stops_gives_bounded_sentences_and_its_claims(nlp):
    from claimkit.detector import MAX_SENTENCE_TOKENS

    text = "The minister said that Albania had cut ties with Iran in 2022 and that " * 150
    doc = nlp(text)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS < len(doc) // 2
    dates = [s for s in doc.spans[DEFAULT_SPANS_KEY] if claim_info(s)["type"] == "date"]
    assert len(dates) == 150
