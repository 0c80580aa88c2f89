"""Scoring the detector against gold files: loading, matching, every figure, the CLI.

Most tests run a blank spaCy pipeline with a stub component that writes ``doc.spans`` and the
claim data the way ``claim_detector`` does, so every figure can be worked out by hand; the
``model`` tests run the trained pipeline on the tune split.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
import spacy
from claimkit import evaluate as ev
from claimkit.cli import main
from claimkit.detector import USER_DATA_KEY
from claimkit.errors import ProposalInvalid, UsageError
from claimkit.extract import DOCUMENT_KEY, extract
from claimkit.ingest import ingest
from claimkit.models import Document
from claimkit.store import Store
from pipeline_cache import trained_pipeline
from spacy.language import Language
from spacy.tokens import Span

REPO = Path(__file__).parent.parent


@Language.factory("evaluate_test_stub", default_config={"patterns": []})
def make_stub(nlp: Language, name: str, patterns: list[dict]):
    """Proposes a claim wherever a pattern matches the (masked) text; a value ``"published"``
    becomes the document's publication date, as read from the Doc."""

    def stub(doc):
        metadata = doc.user_data.get(DOCUMENT_KEY) or {}
        spans = []
        for pat in patterns:
            for m in re.finditer(pat["pattern"], doc.text):
                tokens = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                value = pat.get("value")
                if value == "published":
                    published = metadata.get("published")
                    value = {"kind": "date", "value": published, "precision": "day", "qualifier": None} if published else None
                span = Span(doc, tokens.start, tokens.end, label=pat["type"], span_id=len(spans) + 1)
                doc.user_data[(USER_DATA_KEY, span.id)] = {
                    "type": pat["type"], "focus": (m.start(), m.end()), "value": value, "score": 0.9,
                    "rule": pat["rule"], "key": pat.get("key"),
                }
                spans.append(span)
        doc.spans["claims"] = spans
        return doc

    return stub


def qty(amount, unit, approximate=False):
    return {"kind": "quantity", "amount": amount, "unit": unit, "approximate": approximate}


def day(value):
    return {"kind": "date", "value": value, "precision": "day", "qualifier": None}


PATTERNS = [
    {"pattern": r"40 volunteers", "type": "quantity", "rule": "stub.count", "value": qty(40, "volunteers")},
    {"pattern": r"opened", "type": "event", "rule": "stub.event", "key": "bridge"},
    {"pattern": r"Wednesday", "type": "date", "rule": "stub.weekday", "value": "published"},
    {"pattern": r"300 people", "type": "quantity", "rule": "stub.count", "value": qty(300, "people")},
    # Only the unmasked text holds a citation marker: this one must never fire.
    {"pattern": r"\[3\]", "type": "quantity", "rule": "stub.marker"},
    {"pattern": r"finest bridge", "type": "comparison", "rule": "stub.superlative"},
    {"pattern": r"\$4 million", "type": "quantity", "rule": "stub.count", "value": qty(4_000_000, "USD"), "key": "bridge"},
    {"pattern": r"the mayor said", "type": "event", "rule": "stub.event"},
    {"pattern": r"opening", "type": "event", "rule": "stub.event", "key": "bridge"},
    {"pattern": r"drew crowds", "type": "event", "rule": "stub.event"},
]

TEXT = (
    "Harbour News\n"
    # A caption with no credit or label: the gold marks it, the noise finder cannot know it.
    "40 volunteers painted the rails in May.\n"
    "The bridge opened on Wednesday, officials said. About 300 people attended [3]. "
    "The mayor called it the finest bridge in the county.\n"
    "It cost $4 million, the mayor said. The opening drew crowds.\n"
)


def gold_claim(focus, type_, important, value=None, cluster=None, nth=0):
    return {"focus": focus, "nth": nth, "type": type_, "important": important, "value": value, "cluster": cluster}


GOLD = {
    "furniture": [("Harbour News", "heading"), ("40 volunteers painted the rails in May.", "caption")],
    "borderline": ["The mayor called it the finest bridge in the county."],
    "claims": [
        gold_claim("opened", "event", True, cluster="c1"),
        gold_claim("Wednesday", "date", True, day("2024-05-15")),
        gold_claim("officials said", "attribution", False),
        gold_claim("About 300 people", "quantity", True, qty(300, "people", approximate=True)),
        gold_claim("$4 million", "quantity", True, qty(4_000_000, "USD")),
        gold_claim("the mayor said", "attribution", False),
        gold_claim("opening", "event", False, cluster="c1"),
    ],
}


@pytest.fixture(scope="module")
def stub_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("evaluate_test_stub", config={"patterns": PATTERNS})
    return nlp


def metadata(name: str, text: str, published: str | None) -> dict:
    data = {
        "schema_version": "1.0", "doc_id": name, "title": name, "url": None, "author": None, "published": published,
        "language": "en", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "length": len(text),
        "retrieved": None, "rights": "made up for a test", "regions": [],
    }
    Document.model_validate(data)
    return data


def write_article(root: Path, split: str, name: str, text: str = TEXT, gold: dict = GOLD,
                  published: str | None = "2024-05-15") -> Path:
    """A made-up article of the gold corpus with offsets resolved as check.py --resolve writes them."""
    folder = root / "tests" / "gold" / split
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    (folder / f"{name}.json").write_text(json.dumps(metadata(name, text, published)), encoding="utf-8")

    def at(piece: str, nth: int = 0) -> tuple[int, int]:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(piece, pos + 1)
        return pos, pos + len(piece)

    claims = []
    for c in gold["claims"]:
        start, end = at(c["focus"], c["nth"])
        claims.append({"start": start, "end": end, **{k: v for k, v in c.items() if k != "nth"}, "note": None})
    furniture = [{"start": at(t)[0], "end": at(t)[1], "kind": kind, "text": t} for t, kind in gold["furniture"]]
    borderline = [{"start": at(t)[0], "end": at(t)[1], "text": t, "note": "opinion"} for t in gold["borderline"]]
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps({"name": name, "split": split, "annotator": "test", "guideline": "test",
                                "furniture": furniture, "borderline": borderline, "claims": claims}, indent=2),
                    encoding="utf-8")
    return path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    write_article(root, "tune", "harbour")
    return root


# -- every figure, worked out by hand ---------------------------------------------------------


def test_every_figure_of_one_article(root, stub_nlp):
    result = ev.evaluate_gold(root, splits=["tune"], nlp=stub_nlp)
    [article] = result.articles
    assert (article.name, article.split, article.path) == ("harbour", "tune", "tests/gold/tune/harbour.gold.json")
    c = article.counts
    # 9 proposals: the marker [3] is masked before the pipeline runs, so its pattern never fires.
    assert (c.predicted, c.neutral, c.gold, c.matched) == (9, 1, 7, 6)
    assert c.precision == 6 / 8  # the neutral "finest bridge" is left out
    assert c.recall == 6 / 7
    assert (c.important, c.important_matched, c.recall_high) == (4, 4, 1.0)
    assert c.type_accuracy == 5 / 6  # "the mayor said" predicted as an event
    # Values: "Wednesday" right (the publication date reached the component), "$4 million" right,
    # "About 300 people" wrong (not approximate).
    assert (c.values, c.values_correct) == (3, 2)
    assert c.furniture_claims == 1  # "40 volunteers" in the caption
    assert c.recall_by_type == {"quantity": 1.0, "date": 1.0, "event": 1.0, "attribution": 0.5, "quote": None,
                                "causal": None, "state": None, "comparison": None}
    # Predicted pairs sharing a key: (opened, $4 million), (opened, opening), ($4 million, opening);
    # the gold pair: (opened, opening). One pair in both: F1 = 2 * 1 / (3 + 1).
    assert (c.pairs_predicted, c.pairs_gold, c.pairs_both) == (3, 1, 1)
    assert c.cluster_f1 == 0.5

    kinds = {(i.kind, i.text) for i in article.items}
    assert kinds == {
        ("false-alarm", "40 volunteers"), ("false-alarm", "drew crowds"), ("miss", "officials said"),
        ("wrong-type", "the mayor said"), ("wrong-value", "About 300 people"), ("neutral", "finest bridge"),
    }
    alarm = next(i for i in article.items if i.text == "40 volunteers")
    assert alarm.detail == "in furniture (caption)" and alarm.rule == "stub.count"


def test_the_split_and_the_total_add_up_the_articles(root, stub_nlp):
    write_article(root, "tune", "quay", published="2024-05-16")
    result = ev.evaluate_gold(root, splits=["tune"], nlp=stub_nlp)
    assert [a.name for a in result.articles] == ["harbour", "quay"]
    second = result.articles[1].counts
    assert second.values_correct == 1  # published a day later: "Wednesday" now gets the wrong date
    tune = result.splits["tune"]
    assert (tune.predicted, tune.neutral, tune.gold, tune.matched) == (18, 2, 14, 12)
    assert (tune.values, tune.values_correct) == (6, 3)
    assert tune.cluster_f1 == 0.5 and result.total.gold == 14


def test_by_rule_counts_proposals_matches_and_articles(root, stub_nlp):
    write_article(root, "tune", "quay")
    rules = ev.evaluate_gold(root, splits=["tune"], nlp=stub_nlp).rules
    assert set(rules) == {"stub.count", "stub.event", "stub.weekday", "stub.superlative"}
    count = rules["stub.count"]
    assert (count.proposals, count.matched, count.precision, len(count.articles)) == (6, 4, 4 / 6, 2)
    event = rules["stub.event"]
    assert (event.proposals, event.matched, event.type_correct, event.precision) == (8, 6, 4, 6 / 8)
    assert event.articles == {"harbour", "quay"}
    superlative = rules["stub.superlative"]
    assert (superlative.proposals, superlative.neutral, superlative.matched, superlative.precision) == (2, 2, 0, None)
    assert superlative.articles == set()


def test_a_borderline_claim_that_matches_gold_is_a_hit_not_neutral(root, stub_nlp):
    gold = dict(GOLD, claims=GOLD["claims"] + [gold_claim("the finest bridge", "comparison", False)])
    write_article(root, "tune", "harbour", gold=gold)
    c = ev.evaluate_gold(root, splits=["tune"], nlp=stub_nlp).articles[0].counts
    assert (c.neutral, c.matched, c.gold) == (0, 7, 8)
    assert c.precision == 7 / 9


def test_found_regions_are_scored_by_characters_against_gold_furniture(root):
    from claimkit.models import RegionSpan as Region

    gold = ev.load_gold(root / "tests" / "gold" / "tune" / "harbour.gold.json", root)
    [case] = gold.cases
    head = TEXT.index("Harbour News")
    photo = TEXT.index("40 volunteers")
    opened = TEXT.index("opened")
    # A region on the heading and on half of the caption line, one across a gold claim's focus
    # ("opened": extract would drop it), and a citation marker that the gold does not mark.
    marker = TEXT.index("[3]")
    regions = [Region(head, head + 12, "heading"), Region(photo, photo + 20, "caption"),
               Region(opened - 2, opened + 3, "byline"), Region(marker, marker + 3, "citation-marker")]
    counts, items = ev.Counts(furniture_known=True), []
    ev.score_case(counts, items, {}, "harbour", case, [], regions)
    caption = len("40 volunteers painted the rails in May.")
    assert (counts.furniture_gold, counts.furniture_found, counts.furniture_both) == (12 + caption, 12 + 20 + 5 + 3, 32)
    assert counts.furniture_precision == 32 / 40 and counts.furniture_recall == 32 / (12 + caption)
    assert counts.claims_in_regions == 1
    [lost] = [i for i in items if i.kind == "lost"]
    assert lost.text == "opened" and lost.detail == f"in a found byline region {opened - 2}..{opened + 3}"
    # Without gold furniture (a JSON Lines file) the figures are unknown, not zero.
    unknown = ev.Counts()
    ev.score_case(unknown, [], {}, "harbour", case, [], regions)
    assert unknown.furniture_found == 0 and unknown.furniture_recall is None and unknown.to_dict()["furniture_regions"] is None


# -- a second annotation ----------------------------------------------------------------------

SECOND = {
    "furniture": [("Harbour News", "heading")],
    "borderline": [],
    "claims": [
        gold_claim("The bridge opened", "event", True, cluster="b"),  # wider than the gold's "opened"
        gold_claim("Wednesday", "date", True, day("2024-05-16")),  # a day off
        gold_claim("300 people", "quantity", True, qty(300, "people")),  # not marked approximate
        gold_claim("finest bridge", "comparison", True),  # inside the gold's borderline passage
        gold_claim("It cost $4 million", "event", True),  # the gold's quantity, typed otherwise
        gold_claim("opening", "event", False, cluster="b"),
        gold_claim("40 volunteers", "quantity", True),  # the gold's caption
    ],
}


def test_a_second_annotation_is_scored_in_the_detectors_place(root, tmp_path):
    second = write_article(tmp_path / "second", "tune", "harbour", gold=SECOND).parent
    write_article(root, "tune", "unannotated")  # no second annotation of it: left out
    result = ev.evaluate_agreement(root, second)
    [article] = result.articles
    c = article.counts
    assert article.name == "harbour" and "second annotation" in result.pipeline
    assert (c.predicted, c.neutral, c.gold, c.matched, c.important, c.important_matched) == (7, 1, 7, 5, 4, 4)
    assert (c.type_correct, c.values, c.values_correct, c.furniture_claims) == (4, 3, 0, 1)
    assert c.precision == 5 / 6 and c.recall == 5 / 7 and c.recall_high == 1.0
    assert (c.pairs_gold, c.pairs_predicted, c.pairs_both) == (1, 1, 1)
    caption = len("40 volunteers painted the rails in May.")
    assert (c.furniture_gold, c.furniture_found, c.furniture_both) == (12 + caption, 12, 12)
    [wrong] = [i for i in article.items if i.kind == "wrong-type"]
    assert wrong.text == "$4 million" and wrong.detail == "predicted event at 'It cost $4 million'"
    assert wrong.rule == "second annotator"
    # Kept without a copy of the text, it is read against the gold's.
    (second / "harbour.txt").unlink()
    (second / "harbour.json").unlink()
    assert ev.evaluate_agreement(root, second).articles[0].counts.matched == 5


def test_an_annotators_furniture_becomes_sorted_disjoint_regions():
    regions = ev.marked_regions([(30, 40, "caption"), (0, 12, "heading"), (8, 20, "byline"), (20, 25, "share")])
    assert [(r.start, r.end, r.kind) for r in regions] == [(0, 25, "heading"), (30, 40, "caption")]


def test_a_second_annotation_of_another_text_or_of_nothing_is_refused(root, tmp_path):
    other = write_article(tmp_path / "other", "tune", "harbour", text=TEXT.replace("crowds", "a crowd"),
                          gold=SECOND).parent
    with pytest.raises(UsageError, match=r"harbour\.gold\.json: its text is not the text of .*harbour\.gold\.json"):
        ev.evaluate_agreement(root, other)
    with pytest.raises(UsageError, match="no such folder of second annotations"):
        ev.evaluate_agreement(root, tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="holds no second annotation"):
        ev.evaluate_agreement(root, tmp_path / "empty")


# -- matching ---------------------------------------------------------------------------------


def test_match_needs_half_of_the_shorter_focus():
    assert ev.match([(0, 10)], [(5, 20)]) == [(0, 0)]  # 5 of the shorter 10
    assert ev.match([(0, 10)], [(6, 20)]) == []  # 4 of 10
    assert ev.match([(0, 4)], [(0, 100)]) == [(0, 0)]  # a short focus inside a long one
    assert ev.match([(0, 4)], [(4, 8)]) == []  # touching is not overlapping


@pytest.mark.parametrize("gold", [[(0, 110), (60, 79)], [(60, 79), (0, 110)]])
def test_match_prefers_the_exact_focus_to_one_that_contains_it(gold):
    # "four gunshot wounds" inside a sentence-long gold focus and an identical gold focus: both hold
    # all of the shorter focus, but the identical one fits (the greedy share-first rule took either).
    assert ev.match([(60, 79)], gold) == [(0, gold.index((60, 79)))]


def test_match_keeps_the_most_pairs():
    # Predicted 0 fits gold 0 best but also overlaps gold 1; predicted 1 overlaps only gold 0.
    predicted = [(0, 10), (0, 6)]
    gold = [(0, 10), (5, 14)]
    assert ev.match(predicted, gold) == [(0, 1), (1, 0)]


def test_match_is_one_to_one():
    assert len(ev.match([(0, 10), (0, 10)], [(0, 10)])) == 1
    assert len(ev.match([(0, 10)], [(0, 10), (0, 10)])) == 1


# -- the path `claimkit extract` takes --------------------------------------------------------


def test_extract_and_evaluate_see_the_same_claims(root, stub_nlp, tmp_path):
    store = Store(root)
    folder = root / "tests" / "gold" / "tune"
    ingest(store, folder / "harbour.txt", "harbour", retrieved="2026-01-01T00:00:00Z", published="2024-05-15")
    extract(store, ["harbour"], nlp=stub_nlp)
    written = sorted((c.focus.start, c.focus.end, c.type) for c in store.iter_claims("harbour"))
    article = ev.evaluate_gold(root, splits=["tune"], nlp=stub_nlp).articles[0]
    assert written == sorted((p[0], p[1], p[2]) for p in article.predicted)
    wednesday = next(c for c in store.iter_claims("harbour") if c.focus.text == "Wednesday")
    assert wednesday.value.model_dump() == day("2024-05-15")  # extract passes the publication date too
    assert not any("[3]" in c.focus.text for c in store.iter_claims("harbour"))


def test_a_proposal_extract_could_not_store_stops_extract_and_evaluate_alike(root):
    """A detector fault (here a unit that runs over a line end) is found before anything of the
    document is written, and the evaluation stops on it instead of scoring claims extract refuses."""
    bad = qty(300, "people\n\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("evaluate_test_stub", config={"patterns": [*PATTERNS[:3], {**PATTERNS[3], "value": bad}]})
    store = Store(root)
    ingest(store, root / "tests" / "gold" / "tune" / "harbour.txt", "harbour", retrieved="2026-01-01T00:00:00Z")
    before = store.read_document("harbour")
    with pytest.raises(ProposalInvalid) as raised:
        extract(store, ["harbour"], nlp=nlp)
    message = str(raised.value)
    assert message.startswith("harbour: the detector's quantity claim at ") and "'300 people'" in message
    assert "(rule stub.count)" in message and "value.quantity.unit" in message and "nothing of this document" in message
    assert list(store.iter_claims("harbour")) == [] and store.read_document("harbour") == before
    with pytest.raises(ProposalInvalid, match=r"^tests/gold/tune/harbour\.gold\.json: the detector's quantity claim .*\(rule stub\.count\)"):
        ev.evaluate_gold(root, splits=["tune"], nlp=nlp)


# -- selection and formats --------------------------------------------------------------------


def test_default_selection_is_every_split_but_held(root):
    write_article(root, "held", "secret")
    write_article(root, "seed", "the-seed")
    gold = root / "tests" / "gold"
    (gold / "sentences.jsonl").write_text('{"id": "s1", "text": "It opened.", "claims": []}\n', encoding="utf-8")
    assert [p.relative_to(gold).as_posix() for p in ev.select_gold(root)] == [
        "seed/the-seed.gold.json", "tune/harbour.gold.json", "sentences.jsonl"]
    assert [p.name for p in ev.select_gold(root, ["held"])] == ["secret.gold.json"]
    # Explicit paths come after the splits, and nothing twice.
    both = ev.select_gold(root, ["tune"], [gold / "tune" / "harbour.gold.json", gold / "held" / "secret.gold.json"])
    assert [p.name for p in both] == ["harbour.gold.json", "secret.gold.json"]


def test_the_seed_split_is_read_from_its_gold_files_only(root):
    # The old seed.jsonl, superseded by the fresh annotation, is no longer a stand-in for it.
    gold = root / "tests" / "gold"
    (gold / "seed.jsonl").write_text('{"id": "x", "text": "It opened.", "claims": []}\n', encoding="utf-8")
    with pytest.raises(UsageError, match="--split seed: no gold files"):
        ev.select_gold(root, ["seed"])
    write_article(root, "seed", "the-seed")
    assert [p.name for p in ev.select_gold(root, ["seed"])] == ["the-seed.gold.json"]


def test_a_split_with_no_files_is_a_usage_error(root):
    with pytest.raises(UsageError, match="--split held: no gold files"):
        ev.select_gold(root, ["held"])


def test_jsonl_cases_are_scored_as_one_article(root, stub_nlp):
    store = Store(root)
    source = root.parent / "source.txt"
    source.write_text("The hall opened on Wednesday after repairs.\n", encoding="utf-8")
    ingest(store, source, "hall", retrieved="2026-01-01T00:00:00Z", published="2024-05-15")
    path = root / "cases.jsonl"
    cases = [
        {"id": "a", "text": "Later the mayor said the bridge opened on Wednesday.", "published": "2024-05-15",
         "claims": [{"focus": "the mayor said", "type": "attribution", "important": False},
                    {"focus": "opened", "type": "event", "important": True},
                    {"focus": "Wednesday", "type": "date", "important": True, "value": day("2024-05-15")}]},
        {"doc_id": "hall", "claims": [{"focus": "opened", "type": "event", "important": True},
                                      {"focus": "Wednesday", "nth": 0, "type": "date", "important": True,
                                       "value": day("2024-05-15")}]},
    ]
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    [article] = ev.evaluate_gold(root, [path], nlp=stub_nlp).articles
    c = article.counts
    assert (article.name, article.split) == ("cases.jsonl", "cases")
    assert (c.predicted, c.gold, c.matched, c.type_correct, c.values, c.values_correct) == (5, 5, 5, 4, 2, 2)
    # JSON Lines mark no furniture or clusters: unknown, not zero.
    assert c.furniture_known is False and c.cluster_f1 is None
    assert {(i.case, i.kind) for i in article.items} == {("a", "wrong-type")}


@pytest.mark.parametrize(("edit", "message"), [
    (lambda g: g["claims"][0].pop("start"), r"\$\.claims\[0\]: no start/end offsets \(unresolved\)"),
    (lambda g: g["claims"][1].update(focus="Tuesday"), r"\$\.claims\[1\]\.focus: 'Tuesday' is not the text at"),
    (lambda g: g["claims"][2].update(type="opinion"), r"\$\.claims\[2\]\.type: 'opinion' is not one of"),
    (lambda g: g["furniture"][0].update(end=10_000), r"\$\.furniture\[0\]: offsets 0\.\.10000"),
    (lambda g: g.update(split="held"), r"\$\.split: 'held', but the file is in the folder of split 'tune'"),
    (lambda g: g.pop("borderline"), r"\$\.borderline: missing"),
])
def test_a_broken_gold_file_names_the_file_and_the_place(root, edit, message):
    path = root / "tests" / "gold" / "tune" / "harbour.gold.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UsageError, match=message) as info:
        ev.load_gold(path, root)
    assert str(info.value).startswith(f"{path}: ")


def test_a_text_changed_since_annotation_is_refused(root):
    folder = root / "tests" / "gold" / "tune"
    (folder / "harbour.txt").write_text(TEXT.replace("opened", "closed"), encoding="utf-8")
    with pytest.raises(UsageError, match="does not match the sha256"):
        ev.load_gold(folder / "harbour.gold.json", root)
    (folder / "harbour.json").unlink()
    with pytest.raises(UsageError, match=r"its metadata .*harbour\.json cannot be read"):
        ev.load_gold(folder / "harbour.gold.json", root)


def test_a_jsonl_focus_not_in_the_text_names_the_line(root):
    path = root / "bad.jsonl"
    path.write_text('{"id": "a", "text": "It opened.", "claims": []}\n'
                    '{"id": "b", "text": "It opened.", "claims": [{"focus": "closed", "type": "event"}]}\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"bad\.jsonl: line 2: \$\.claims\[0\]\.focus: 'closed'"):
        ev.load_gold(path, root)


# -- the command ------------------------------------------------------------------------------


@pytest.fixture
def cli(root, stub_nlp, monkeypatch):
    import claimkit.extract

    monkeypatch.setattr(claimkit.extract, "load_pipeline", lambda model="": stub_nlp)
    return root


def test_cli_prints_the_table_legend_and_per_type_recall(cli, capsys):
    assert main(["--root", str(cli), "evaluate-extraction"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    row = next(line for line in out.splitlines() if line.startswith("harbour "))
    assert row.split() == ["harbour", "tune", "9", "1", "7", "0.750", "0.857", "1.000", "0.833", "0.667", "1", "0.500"]
    assert any(line.split() == ["tune", "(1)", "split", "9", "1", "7", "0.750", "0.857", "1.000", "0.833", "0.667", "1", "0.500"]
               for line in out.splitlines())
    per_type = [line for line in out.splitlines() if line.startswith("harbour ")][1]
    assert per_type.split() == ["harbour", "2/2", "1/1", "2/2", "1/2", "-", "-", "-", "-"]
    assert "neither false alarm nor hit" in out and "borderline" in out
    assert "by rule" not in out and "false alarms" not in out
    # The furniture table: the heading (12 characters) is found, the caption line is not.
    furniture = out.split("page furniture by characters")[1].splitlines()
    row = next(line for line in furniture if line.startswith("harbour "))
    assert row.split()[:4] == ["harbour", str(12 + len("40 volunteers painted the rails in May.")), "15", "12"]


def test_cli_verbose_lists_and_by_rule(cli, capsys):
    assert main(["--root", str(cli), "evaluate-extraction", "--split", "tune", "-v", "--by-rule"]) == 0
    out = capsys.readouterr().out
    assert "  missed (1):\n    " in out and "attribution 'officials said' medium" in out
    assert "false alarms (2):" in out and "'40 volunteers' in furniture (caption) [stub.count]" in out
    assert "wrong type (1):" in out and "attribution 'the mayor said' predicted event [stub.event]" in out
    assert "neutral (1):" in out
    rule = next(line for line in out.splitlines() if line.startswith("stub.count "))
    assert rule.split() == ["stub.count", "3", "0", "2", "0.667", "2", "1"]


def test_cli_json(cli, capsys):
    assert main(["--root", str(cli), "evaluate-extraction", "--json", "-v"]) == 0
    data = json.loads(capsys.readouterr().out)
    [article] = data["articles"]
    assert article["name"] == "harbour" and article["precision"] == 0.75 and article["cluster_f1"] == 0.5
    assert article["recall_by_type"]["attribution"] == {"gold": 2, "matched": 1, "recall": 0.5}
    assert {i["kind"] for i in article["items"]} == {"miss", "false-alarm", "wrong-type", "wrong-value", "neutral"}
    assert data["splits"]["tune"]["articles"] == 1 and data["all"]["matched"] == 6
    assert data["rules"]["stub.event"]["matched_in"] == ["harbour"]


def test_cli_held_prints_a_reminder_and_is_not_scored_by_default(cli, capsys):
    write_article(cli, "held", "secret")
    assert main(["--root", str(cli), "evaluate-extraction"]) == 0
    out, err = capsys.readouterr()
    assert "secret" not in out and err == ""
    assert main(["--root", str(cli), "evaluate-extraction", "--split", "held"]) == 0
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "held-back split is for the final measurement only" in err
    assert "secret" in out and "harbour " not in out
    # A held file named by its path gets the reminder too.
    assert main(["--root", str(cli), "evaluate-extraction", str(cli / "tests/gold/held/secret.gold.json")]) == 0
    assert "final measurement only" in capsys.readouterr().err


def test_cli_second_scores_an_annotator_against_the_gold(cli, capsys, tmp_path):
    second = write_article(tmp_path / "second", "tune", "harbour", gold=SECOND).parent
    assert main(["--root", str(cli), "evaluate-extraction", "--second", str(second)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith("pipeline: none: the second annotation in ")
    row = next(line for line in out.splitlines() if line.startswith("harbour "))
    assert row.split() == ["harbour", "tune", "7", "1", "7", "0.833", "0.714", "1.000", "0.800", "0.000", "1", "1.000"]
    assert main(["--root", str(cli), "evaluate-extraction", "--second", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.startswith("Error: ")


def test_cli_usage_errors_are_one_line(cli, capsys):
    assert main(["--root", str(cli), "evaluate-extraction", "nothing.gold.json"]) == 2
    assert capsys.readouterr().err == "Error: nothing.gold.json: no such gold file\n"
    assert main(["--root", str(cli), "evaluate-extraction", "--split", "held"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: --split held: no gold files") and err.count("\n") == 1


# -- the trained pipeline ---------------------------------------------------------------------

# The detector on the tune split (411 articles, 27,696 gold claims) measures precision 0.834,
# recall 0.825, high-importance recall 0.886 and type accuracy 0.858 now, once a calendar or a
# team's schedule closing a story was its data, a label's measure with a bracketed note was a
# line of facts and a caption under a kicker in capitals was a caption, hedges outside a
# figure's own words and a figure restated after "or" were read, a length in two units was one,
# two days of a month joined by "and" were two dates, "the late X", a named person's "be"
# clause, "X means that Y" and an "as" clause of a lasting fact were kept, "already" with a
# progressive was a state and "repeatedly" in a relative perfect a happening, a gerund after
# "despite" was claimed, a court's finding was an event, "the third time" and "the same amount"
# were comparisons, and a command the tagger took for a present, the writer's own views, a bare
# pointer's comment and a participle after the object of have or keep were no claims; it
# measured 0.833, 0.823, 0.883 and 0.857 when the fifty-seventh held-back set joined, at
# 2cd9d60, and 0.835, 0.825, 0.885 and 0.859 on the 401 articles before it, at f19f813, once the
# stars of a censored word were no markup, a standfirst teased again under its headline was
# kept, a list under a "Most Read" title ran over its kickers and ranks and a bracketed headline
# on a line of its own was a link, ", as reported by X" and ", which he denies" were
# attributions, one noun after "a" set off after a name was an apposition, a short past moment
# of a writer's story that names nothing was no claim, what someone went or came to do and whom
# they went after were the happening, a reporting verb's deed on a noun beside a quote was
# claimed, a relative date a command to the reader governs was no date, a weekend took its value
# from the publication date, the first months of a year and "at least" were a date's qualifiers,
# "previous" and "straight" left a count's unit and half a century was fifty years, a change by
# a one-word multiple or faring better was a comparison and "than" on the noun was found, a
# passive of naming with the name, and naming oneself or one's own thing, were states, a study
# led by someone and a person at a place were happenings, a paragraph narrating in an irregular
# past over a credit was the story's, and the copula of an it-cleft on a name and "as the story
# goes" were no claims; it measured 0.834, 0.824, 0.884 and 0.857 when the fifty-sixth held-back
# set joined, at a35aa8f, and 0.834, 0.825, 0.885 and 0.857 on the 390 articles before it, at
# 7819640, once a paragraph between two copies of a gallery's credit was the story's, one word
# for a trade or a tie set off after a person's name was an apposition, a "come" or "go" with
# only adverbs left in its focus was no happening, a deed after a gerund of learning, being told
# or witnessing had it for its cause, "times" hung on its number was what the number counted, an
# age after a name at a paragraph's end was an age, a record in brackets after a team was its
# wins and a game's score the winner's points, a date heading a schedule's line before a colon
# took no tense from the clause after it, a bare year numbering the thing after it was a date
# and a year running across two one claim, the source of a happening told apart was the
# attribution alone, a standfirst over the lead picture's credit was kept, an appearance, a
# clash or a confrontation with whom or where was a gathering, a present "has" of only a taste
# or a charm was no claim, a participle on a noun another claim takes in whole was not claimed
# apart, a named day sorting a noun was no weekday and "today" set against years counted back or
# on meant these days, being among those who did a deed and being in the process of doing were
# happenings, and a thing designed, intended or geared for an end, awaiting, being allied and
# being themed were states; it measured 0.833, 0.825, 0.884 and 0.855 when the fifty-fifth
# held-back set joined, at 9c19693, and 0.833, 0.825, 0.886 and 0.856 on the 381 articles before
# it, at be5bcf6, once an attribution ended before a reason, a concession or a contrast set
# against its report, a number the parser hung on a compound noun counted the noun the compound
# ends in, a standfirst under a headline taken for the menu's last item was the article's,
# "over" someone's own failure, proposal, role or relationship was a cause, ", putting X at
# risk" after a clause was its effect, a gerund joined to the gerund of a preposition or of
# "include" was a state, an active perfect stretched by "long" was a state, an opening bare verb
# the parser hung on the next clause and "let's" were commands, a thing acting on the writer's
# or reader's mind was an impression, the writer's own favourite was a taste, a happening ended
# where a cause inside it began and a death cut from its cause named who died, a street address
# was a state and its house number no quantity, a quotation opening with "and" or "but" with no
# part before it on its line was a quote, the one quotation closing a paragraph with no verb of
# speech was a quote, an -ing form of doing on a noun in a past story was a happening, a
# description the parser took for a second object was an apposition, a time of day joined to its
# day by "on" was one date, a weekday written straight before its date was one date, a quarter
# by its short name after a preposition was a date, a harm to health "after" a deed told as a
# clause had that deed for its cause, a participle of forecasting with no forecaster named was
# no claim, a one-word office before a surname alone was no role, "N others" a verb acts on were
# a count, one unit of time made a word of length was a duration, "the same (N) as X" was a
# comparison, an adjective of mind with its clause was the source's belief, and a count a verb
# in the perfect acts on, with what the deed did to those counted after it, left the deed a
# happening; it measured 0.831, 0.824, 0.884 and 0.853 when the fifty-fourth held-back set
# joined, at 5c83bed, and 0.832, 0.825, 0.885 and 0.853 on the 372 articles before it, at
# e61d56e, once a deed its doer has on the calendar was an event, a paragraph above the body
# inside the story's own run of paragraphs was the story's, the story's last paragraphs under a
# box of links at the body's end stayed body, a tie to someone before a name the recognizer did
# not take for a person's was a state, a credit printed twice vouched for the caption beside it,
# what a thing was lost to was a cause, the clause with its own subject after a "see" not in the
# present was a happening, a relative clause on anyone at all picked out a kind of person, "went
# on" before a quote only led into it, bare days of a month heading lines of their own inside
# the body were no bylines, the summary's last sentence without its stop was no sub-heading, a
# bare number a plural subject comes to counted that subject, a round plural counted the noun
# after "of" with the words that say what it is, "a day before" or "after" beside the day its
# sentence names took its date from that day, a figure compared with "a year ago" was compared
# with the same month a year back, an -ing form on a noun after a number and "of" described the
# members picked out, the means of a verb in the simple present was a practice, a sign-up form's
# fine print naming the site's policies was part of the box, a date after "since" as a
# preposition lay in the past, an amount set off after a noun ("a huge share") was no
# apposition, a standfirst printed once under a headline printed once, over the byline, was the
# article's, and the nth day or season of a run ("for a third day") was a count; it measured
# 0.831, 0.823, 0.882 and 0.852 when the fifty-third held-back set joined, at ac087d5, and
# 0.831, 0.826, 0.885 and 0.852 on the 363 articles before it, at ea3f5de, once an enlarge
# button over a short credit and a caption-length sentence was a caption, a bracketed letter
# inside a quotation was the writer's insertion and no note marker, a "since" clause in the
# present gave a reason, "seem" stayed a state in the past, an article or a timeline that shows
# was a document's report and ", per X" a source, a video player's failure notice and a story's
# correction notes were furniture, a second offence joined to a charge was an event of its own,
# an infinitive under a participle of arranging was not dated by its past, a caption closed by
# its picture's full date or by its "hide caption" button, or running past eighty words to its
# credit, was a caption, a bare deed of record done to someone named was an event, a title
# before a form of address or a rank was a role however the parser hung it, a relative clause of
# "time" only said when, what a picture shows was no state, the lower-case rest of a split
# quotation after a full clause was no quote, a role said again of the same name was one cluster
# even when the title went to several people, the clause before the writer's question kept its
# numbers and roles, what a thing "can" cause was a cause below the model's threshold, a sum
# given in the perfect was a deed, a place right after a body named beside a person was where
# the body is, a number of seasons was a length of time, "a dozen" alone was a figure, and a day
# naming a thing and the same day dating a sentence naming it again were one date; it measured
# 0.829, 0.824, 0.883 and 0.851 when the fifty-second held-back set joined, at f0e9510, and
# 0.829, 0.823, 0.883 and 0.852 on the 354 articles before it, at db3e68e, once a closing
# paragraph telling the page author's career was their biography, a teaser's headline printed
# again under its kickers marked related links, a bare count in brackets after a plural noun
# counted that noun, a clause placing its subject in a race, a poll or a table was a comparison,
# a line in the story's voice was no caption, a height in feet and inches was one measure and
# pounds that weigh were no sterling, the site's word on its comment section and a comment
# widget's foot were comments, a paragraph set out under a line ending in a colon was quoted
# speech, "the two sides" as a subject or an apposition was no count, two days naming things by
# the day in the same words were one date, a title before a form of address or with a long "of"
# was a role, a line holding an address or a social post took no part in the pull-quote search,
# a quotation marked only at its first paragraph and its last was one quote, a part of a day
# told before took that day's date, and an occasion something was done during was an event; it
# measured 0.827, 0.823, 0.882 and 0.851 when the fifty-first held-back set joined, at b41c745,
# and 0.829, 0.824, 0.883 and 0.852 on the 345 articles before it, at a986b9f, once a line
# beside a photo credit that goes on from the story, or of a paragraph's length over a credit
# the page prints more than once, was no caption, a line that is one link over the article's
# paragraphs titled no list of teasers, a "Read more" label under a paragraph headed the links
# under it, a headline closing on a quotation in a list of links was a link, what a passive
# "said" tells of its subject in an infinitive was an attribution, a thing that added or lost
# points or a share moved, a participle before its noun no longer kept a long subject from its
# clause, an ordinal that ranks no noun was a comparison with what it is ranked in, "before" or
# "after" in front of a date was its qualifier, a past clause's month-day up to two weeks after
# publication was that coming day, a reproach or blame laid by a subject was its deed, not a
# cause, a day dating a saying joined no day naming a thing by its possessive, and neither a
# three-word lasting fact told by a relative "that" nor a three-word passive on a preposition's
# object was a claim; it measured 0.827, 0.822, 0.881 and 0.852 when the fiftieth held-back set
# joined, at 6881a17, and 0.827, 0.824, 0.882 and 0.852 on the 336 articles before it, at
# 9f7dd9b, once "this season" as the time of a clause was a date, and so was a stretch "in the
# days after" a happening, the standing a win brought told by an infinitive after it ("to level
# the series") was its effect, "as a means of" told a purpose as a cause, a verb spelled like a
# framing noun no longer made a copula's clause framing, "X follows Y" in the present and "using
# X" as the means of a past deed were events, a sign-off naming the writer by surname with a
# newsroom job and a newsletter invitation inside a sentence were furniture, a credit under a
# narrating paragraph opened the caption below it and left the paragraph, a date naming a
# calendared happening took the nearer year, a bound on a distinctive figure in millions joined
# its rounded mention, "dwarf" and a result beating forecasts compared, and neither a happening
# named as the main clause's subject nor a three-word state to come was a claim; it measured
# 0.826, 0.823, 0.881 and 0.852 when the forty-ninth held-back set joined, at a9b1d97, and
# 0.826, 0.823, 0.882 and 0.852 on the 327 articles before it, at 66b4f6a, once a thread of
# readers' posts signed at their foot ended the body at its comments title, two offices joined
# by "and" before one name were two roles, a price and its conversion in brackets were two
# quantities, a part of the day narrowed or bounded was a date, a deed amid a strain or a mood
# and a clause "raising fears" after it gave a cause, speaking on condition of anonymity and the
# reason for it were no claims, nor was a relative clause that only bounds a stretch of time, an
# aim told as "be" with an infinitive and the name a planned thing "would be called" were
# states, "would" with an adverb of habit or sequel told the past, a range "between" numbers in
# words or percentages and an age told by the decade of a life were quantities, "first … ever"
# was a record, "just shy of" a comparison and "every two years" a length; it measured 0.823,
# 0.821, 0.880 and 0.852 when the forty-eighth held-back set joined, at 237e390, and 0.824,
# 0.820, 0.879 and 0.852 on the 318 articles before it, at 9504f36, once a gerund after a
# preposition of time was a happening, a passive one too, a gerund joined to a claimed state's
# gerund was part of that state, a noun's participle of killing or wounding was an event and
# working with someone now or so far a state, a participle of where took the bearing that places
# its noun, an aside opened by "now" or "then" after a name said what the person was, a
# picture's source alone in brackets, a credit followed by its licence and a credit "X/via
# AGENCY" closed a caption, a deed after a failure or a refusal answered it, what someone died
# of was the cause, and a lead event told again with the same verb, done to the same thing,
# joined its retelling; it measured 0.824, 0.819, 0.878 and 0.851 when the forty-seventh
# held-back set joined, at 54a3ed1, and 0.825, 0.820, 0.879 and 0.852 on the 309 articles before
# it, at 59a33d0, once a long list of teasers with a misfit or two ended the body, a caption
# closed by a one-word credit or placing the people in its picture was a caption, a site's rules
# for comments were the comment widget's, a deed after a report or a finding was its effect, a
# length of time declared or given was a deed, a short aside after a bare verb no longer ended
# its predicate, an open end after a figure made it approximate, a negated past "do" and a past
# "had" with a happening were events, as was a denial in the simple past, a "since" after an
# ordinal was the ranking's span, a small bare number and a figure with a unit were not one
# quantity said twice, a report ended where its cause began, recent days and months, "the same
# year" and "the day prior" were dates, and a list after "including" on a noun was a state; it
# measured 0.818, 0.818, 0.877 and 0.851 when the forty-sixth held-back set joined, at b784404,
# and 0.823, 0.819, 0.879 and 0.852 on the 300 articles before it, at 74fd805, once a caption
# line closed by its credit with no colon or brackets ("Photo by …", "AP Photo") was a caption,
# a paywall's offer box under its notice was furniture, a standfirst under a heading or a byline
# that the body says again, or over a lead picture's caption the cues missed, was text, a
# summary printed once no longer took the kind of a repeated line above it, a bare month opening
# a span of months was one date for the span, "still … today" was no date, a source naming
# itself something did a deed, "titled" and "called" gave a name as a state, a source pointing
# to something gave its evidence, a likeness adjective ("similar to", "akin to") was a
# comparison off a copula too, and the described place of a past passive deed and a cause told
# by "for" and an -ing form were left out of an event's focus; it measured 0.821, 0.818, 0.877
# and 0.851 when the forty-fifth held-back set joined, at 4b049f5, and 0.822, 0.819, 0.878 and
# 0.852 on the 291 articles before it, at 31d5334, once label lines set between paragraphs
# ("Article content", "Advertisement") no longer broke the body under a box of links, a source
# that "would not disclose" or "wouldn't confirm" had refused, a deed, where a named person is
# from after commas and an age was a state, a bare month told in the past took the year named
# just before it, a role told with an adjective for one named before ("the Republican governor")
# was a state, a bare "one" beside other counts was a count, a figure given as a bound was no
# longer the same figure said again, a passive "used for" or "used as" was a state, a bound
# before a figure ("topped", "greater than", "below") was its hedge and not a comparison, and
# "dozen" multiplied the numeral before it; it measured 0.821, 0.818, 0.877 and 0.851 when the
# forty-fourth held-back set joined, at 0f53520, and 0.821, 0.819, 0.879 and 0.852 on the 282
# articles before it, at 96525e1, once a video under a "WATCH |" label with its clip's age or
# length and a wire photo's caption dated after its place were captions, a site's plea to pay
# for its journalism and a correction note stamped with its hour were furniture, "more likely
# to" weighed one group against another, a bare number killed or wounded counted people,
# "earlier in the day" and "shortly thereafter" were dates, "following" a happening on a verb
# and a sanction "after" a happening told as a clause were causes, what a deed was done without
# doing was a happening of its own, a clause with an open "what" was no claim, a reported clause
# joined in a tense of its own was a second attribution, each paragraph of a quotation run over
# several paragraphs was a quote, a measure given again in brackets in another unit was two
# figures of one cluster, "the case" no longer framed what followed it, a view put into words
# was an attribution, a share in words of a numbered whole was two figures, a rank told by an
# ordinal stood in a sentence scored low, working at a named place was a post held, a person's
# past progressive in a relative clause a happening, the name a thing goes by inside a report a
# claim of its own, a purpose given for what was announced with "will" or reported with "would"
# a cause, a few quoted words with their own subject and verb a quote, and a deadline set in a
# past clause in the nearer year; it measured 0.819, 0.815, 0.874 and 0.850 when the forty-third
# held-back set joined, at 91bf83a, and 0.819, 0.816, 0.876 and 0.852 on the 273 articles before
# it, at def2987, once the paragraphs of a cookie or privacy dialog were boilerplate, a sum in a
# currency's letters glued to a scaled number ("R4bn") and a capital B for billions were read,
# the writer's own forecast ("are possible Friday") and a date that times a guess under "could",
# "may" or "might" were no longer proposed, a copula's two joined complements were two states, a
# participle opening the sentence was what its actor did and a bare past verb joined to a deed a
# happening of the same subject, a participle of speech after a preposition was an attribution,
# a thing in a plain progressive going somewhere stayed a trend, the deed a public reproach
# answers and what a bare "so … can" lets someone do were causes, "for the second time" said of
# a named thing, "inaugural" before a name, "the latest" with its run, a rank told with its
# number and a ranking after a verb's "to be" ranked, a quotation a verb of naming takes whole
# was a quote, a month before "last year" was one date, the end or the beginning of a month its
# qualifier and a count of weeks ago an approximate day, a hyphened length and a plain count of
# the same amount were clustered, and the region finder found captions closed by their source in
# brackets and a site's note of its own interests (0.817, 0.813, 0.873 and 0.850 when the
# forty-second held-back set joined, at 5e08888; 0.819, 0.815, 0.876 and 0.851 on the 264
# articles before it, at d28cdc1, once a thing covering something was typed a state, a dummy
# "it" turning out, a complement that only appraises its subject and a verdict noun were no
# longer proposed, a report only asked for was typed as the asking, "it" as the source of a verb
# only speakers use and "as X pointed out in a paper" were attributions, a measure written out
# or a unit symbol between a figure and its noun kept its own unit, a weekday with its date
# settled the year, a span of weeks or months just gone by was a date, "since" with an actor's
# clause gave the deed and not a date, "in the aftermath of" and ", citing X" after a deed gave
# causes, "one of a few" ranked, an age after "over" or "under" was a quantity, a kind of
# business or person with where it is stood for the one named also after a preposition, a year
# named twice in the same words and an event told again with the same verb done to the same
# thing were clustered while a day dating two clauses of other doers and verbs was not, and the
# region finder no longer took a narrating paragraph beside a photo credit for its caption or a
# summary under a menu for the menu's, and found links under a "READ MORE:" label or a site's
# own label, another story's headline over its blurb, captions closed by their credit, author
# boxes that call the writer by surname, paragraphs closing on a button and a paragraph printed
# twice in the page's frame (0.819, 0.814, 0.877 and 0.850 when the forty-first held-back set
# joined, at e640233, before six pages of the developers' second sweep did; 0.819, 0.817, 0.880
# and 0.849 on the 249 articles before it, at 67c4816, once an author's link between a byline's
# lines was taken for the byline, the verb after "let", a present relative clause on what a
# command names, a view held by everyone or no one in particular, a state told of the amount its
# focus opens with, a role-and-name apposition beside the role, a thing acting on the writer's
# "me", "a double" or "a triple" before a noun, a verbless quoted opening on its own and a
# player's tally verb beside its count were no longer proposed, a part stressed by "only" or "at
# least" was split from its whole, a bare verb joined to a present or to "can" was typed a
# state, a participle of any verb of speech with its clause an attribution, a thing that raises,
# lowers, settles or sets off something, leaves someone in a state or wins them something a
# cause, a finishing place, a multiple of a named amount and a change measured against an
# earlier time comparisons, "since then" took the last date named, a vague amount of time before
# "ago", a season gone by, a decade in words, the turn of a century and the edge of a year or
# decade were read as dates while "the hours before" was not, a contest's score was proposed
# beside the win and a match's set scores as one, a manner adverb completed its predicate, a
# time inside a clause a preposition takes stayed the clause's, a role's focus ended before the
# name and a role inside a wider cause or comparison stayed, what an interviewer tells the
# interviewee before a question was proposed, and an event of the headline told again in other
# words was clustered; 0.816, 0.814, 0.878 and 0.845 when the fortieth held-back set joined, at
# 9d7f4c7; 0.819, 0.816, 0.880 and 0.846 on the 243 articles before it, at f84e76d, once a
# length by which something is off its time ("a month away", "three years early") and a
# percentage hyphened into one word were read as figures, a verb of causing took as its effect
# the infinitive the parser makes a clause of its own, a perfect of "face" with its object,
# serving a sentence or a stretch of time and being in attendance were typed as deeds, a present
# passive written with a curly apostrophe and a noun's participle with a "for" phrase as states,
# verbs of informing, reminding, clarifying or protesting with a that-clause, laying a thing to
# a cause, a document showing or revealing a noun, what a source expects or hopes to do and "as
# officials expected" as attributions, a sentence quoted after a speaker's tag on its line was
# quoted, "one of the top, main or key" and an ordinal with the "to" clause it counts were read
# as rankings and "First" in a name no longer was, a change told only with where or how named
# what changed, a kind of body, place or person ("the grocery giant") or a performer named by a
# work standing for one named earlier was read as a description, a verb joined to another shared
# its subject for a counted deed, a sum a named body has paid out and a passive deed done for a
# gerund were proposed as deeds beside the sum or the cause, a list item joined by "or" or ended
# by "etc." and a phrase running into a verb with no subject were no longer taken for
# appositions, an adjective with its complement inside a claimed clause, a participle of
# scheduling with an infinitive, the writer's feelings, a source asking not to be named, a
# page's note on itself, a noun "there is" brings in for its relative clause, a complement of
# quality or taste and a relative clause of what a whole holds or makes up were no longer
# proposed, and a day glossed in brackets by its date and a role said again of the same person
# were clustered while one day of two sources' sayings no longer was; 0.815, 0.813, 0.878 and
# 0.843 when the thirty-ninth held-back set joined, at 637ad9e; 0.815, 0.814, 0.879 and 0.845 on
# the 237 articles before it, at ba975a2, once a deed done once to a counted object was proposed
# as a happening beside its number, participles of what a happening gave rise to (", giving X a
# Y", ", spawning X") and a participle of fear opening a clause were read as causes, an ordinal
# counted within a span of time as a rank, a passive "has yet to be found" as a state, a feed
# titled "The Latest", a teaser box printing its headline twice, a headline worded as a sentence
# among links, a note of where the story ran in print, a blurb inside a newsletter's or
# sponsor's box and a photo's name label between paragraphs were taken for furniture, a command
# joined to a command, a verb joined to an adjective, words someone might say, a participle with
# only an adverb of manner or only an amount, a superlative over an abstract noun naming no
# group, a "since" closing a ranking's span and a time word labelling a list item were no longer
# proposed, and a number hyphened onto a word with thousands separators, a sum per unit of time
# in one word, a count of a word in quotation marks, number words sharing out an earlier count,
# a number after a parent and "of" and a number a person turns or is now took their full value
# and unit; 0.809, 0.812, 0.876 and 0.844 when the thirty-eighth held-back set joined, at
# 3a2be33; 0.813, 0.814, 0.878 and 0.844 on the 231 articles before it, at 96d4171, once a
# credit line printed over each short caption and a lead picture's caption between the byline
# and a highlights label were taken for captions, a bare phrasal verb setting the scene of
# another clause, a pointer denied a noun, a dummy "it" giving its infinitive's deed a noun, a
# bare year a clause is about, a day said again right after its time of day, the writer's own
# superlative, a judging clause's "for" and a passive of "make" as causes, participles that only
# scope a superlative, name a figure's source, pick out seekers or sit inside a source's stand,
# a quoted question put to someone named and a will-clause under a verb of believing were no
# longer proposed, what the writer or publisher does as a practice, a verb of place with a
# number in its place, a level that moved after or amid a happening, "much like" something
# named, remarks or a news conference as a report's occasion, listed -ing nouns of happening
# with their partner, a killing at a place its phrase names, a massacre, an occasion timing
# another happening and what a bill "would" do or "requires" were proposed, passive forecasts
# and quoted sources were typed as attributions, days or months later and a bare length before a
# happening were read as dates, and an abbreviated month kept its day while a unit hyphened onto
# a number, a rate after "per" and a bare number at the other end of a change, after a tally of
# a plural or after "including" took the unit it counts; 0.809, 0.811, 0.875 and 0.841 when the
# thirty-seventh held-back set joined, at 608d8f8; 0.819, 0.813, 0.876 and 0.842 on the 225
# articles before it, at fc46de7, once a video player's block from its time counter down to its
# credited caption was taken for a caption and a title printed twice over on one line for a
# link, a speech tag split from its quote, what a speaker does while quoted, "due to" before a
# verb as a cause and a person's own first or last as a rank were no longer proposed, a passive
# of a verb of feeling and a verb joined to a plan's infinitive were typed as states, an office
# the recognizer takes into a person's name was read as a role, a report was cut before the
# clause of condition, reason or purpose that opens a quotation, a paragraph that is one
# quotation was quoted with no speaker beside it, a noun of report with its that-clause and a
# finding that a clause holds, whoever found it, were read as one attribution with no cause
# inside, a clause before a semicolon was no longer taken for what the next one reports, a deed
# whose preposition carries only a length of time and a simple past after a reported past
# perfect stayed deeds, half or triple an amount was read as a comparison, a time of day took
# the last day named before it and an after or before as its bound, "the end of", a fall and
# "within" a length were valued as the annotators write them, and a formula said after every
# entry and a day named more than four times no longer clustered while a figure named twice
# about the same things did, and grading adjectives were left out of a count's unit and a part
# told by "of which" or after a whole the sentence opens with counted what the whole counts;
# 0.814, 0.812, 0.875 and 0.840 when the thirty-sixth held-back set joined, at 9079fb4; 0.817,
# 0.812, 0.875 and 0.842 on the 219 articles before it, at 167d2a3, once a line of the author's
# names above the body was taken for the byline, pull quotes set in their own case, cut or
# reworded beside their paragraph were known for captions, "according to" before a clause was
# taken with it as one attribution, data or one of several studies showing something and a
# clause told by fretting, questioning, hearing, relating or offering were read as reports, a
# chamber's Speaker before a name was read as an office, a bare number in the place of an
# earlier count counted its noun and a lone number the recognizer calls a date was read as a
# figure, a subject of nouns up to twelve words back was named, a passive perfect done for
# someone passed the score cut as a happening, a short claim said again with its sentence shared
# a cluster, a verb whose infinitive is a copula, using a means in the progressive and a
# glossing "referring to" were typed as states and "published in", "founded in" and an -ing form
# after "of" or a verb of seeing as events, and a span of time with no length, the writer's own
# questions, what a thing will become named by nothing and the means of a deed only wanted or
# still to come were no longer proposed; 0.815, 0.810, 0.874 and 0.839 when the thirty-fifth
# held-back set joined, at b8da40a; 0.817, 0.811, 0.875 and 0.839 on the 213 articles before it,
# at 7a6c2b4, once a page's legal line the body ran across and readers' posts under a count of
# comments ended the body, a credit over a short line took it as its caption and a line over a
# credit in a paragraph's voice stayed text, a quotation a colon introduces and a sentence held
# up by a comma for its tag were quoted, a dummy "it" weighing a clause, a clause the writer
# vouches for, a thing acting on the reader, a fronted "soon after" clause and "most" before an
# adjective with no article were no longer proposed, participles of filling, covering or placing
# and a thing's progressive with nothing done to anything were typed as states and a past of
# facing, struggling or staying and a past seeming of a deed as events, what a group of things
# is in the plain present and a named actor's past deed in any clause passed the score cut, and
# a deed going on from a report in another tense, where a named body or site is and a 24-hour
# time before UTC or HRS were read; 0.807, 0.808, 0.873 and 0.835 when the thirty-fourth
# held-back set joined, at 2cc49c8; 0.813, 0.808, 0.874 and 0.836 on the 207 articles before it,
# at cdb2cbc, once a time on the 24-hour clock, a role with its actor in brackets, an office the
# tagger takes for a name before a name, a role set off before a name the parser lists with it,
# a role of several with all their names, a superlative standing for its noun with its scope, a
# high or a low over a span, a record reached, a habit told with an adverb of how often, a
# penalty someone could face, a length opened by "another", "a full" or "remaining" and an age
# set off after a description or at a sentence's end were read, the article was followed on
# under a small box set into it, what "allow" and "enable" permit was typed as a state, a
# person's help as a deed and "the first lady" as a role, a widget title of picks for the reader
# and a paragraph a credited caption prints again were known for furniture, and the first or
# last time I did something and "first" before a part of a sequence were no longer ranked and a
# report inside a condition no longer proposed; 0.810, 0.804, 0.870 and 0.834 when the
# thirty-third held-back set joined, at c1049ff; 0.812, 0.809, 0.874 and 0.834 on the 201
# articles before it, at 14b1bc0, once a study cited as a reference, a note of a story's series
# or funder and stock-picture credits were known for furniture, a day written before its month,
# the time a source gives, a passive happening told before its source, a cause told by a verb of
# nothing but causing under the score cut, a comparative's "than" where the parser hung it, both
# ends of a change, number words that share things out, a party tag after a name, the infinitive
# a deed came to, a hindrance after a comma, a count across a hyphened modifier and a deed told
# before "reported" were read, a withheld report was typed as the source's deed and a deed done
# never before as a comparison, and "today" meaning these days, a clause left bare by its number
# and a "than" that compares nothing were no longer proposed; 0.810, 0.805, 0.870 and 0.831 when
# the thirty-second held-back set joined, at 3f35ca2; 0.809, 0.806, 0.872 and 0.832 on the 195
# articles before it, at 14f07a3, once a date run "through" a calendar date, a described kind of
# place before its name, falling short of a mark, "the leading X", "the most X", a plural kind
# with named examples, short quotes a verb of speech, crying out or naming takes whole, a
# relative clause whose object is its noun, speaking at a news conference, "a pair of", a
# bounded "once", a share of a scale word, the body a role belongs to, a source named after its
# verb, a verb moving something to a new level, seizing or finding what is counted and, under
# the score cut, a main clause telling what happened were read, and a future copula with an
# adjective, an inverted copula, grounds weighed after "there is", adequacy in the present, a
# gerund with its own subject after a noun's preposition, a count of ways or ideas, a year in a
# name and a month ranked among its kind were no longer proposed; 0.807, 0.797, 0.865 and 0.827
# when the thirty-first held-back set joined, at cc198b1; 0.810, 0.799, 0.867 and 0.828 on the
# 189 articles before it, once what a writer did, a past ability or obligation, reasons and
# grounds, a heading "As a result,", a ranked best or worst, multiples, leading a field, where
# someone's premises is, a part held "as" something, an adjective with its complement after a
# noun or set off after a verb, where counted ones come from, a length given as a range, "that
# year", a share in words standing alone, a deck under a headline, the points of a list and a
# verb of causing in the perfect were read, and a call on the reader, "today's" before a plural
# and, in sentences the model scores low, bare predicates, plain-present generalisations and
# forecast years were no longer proposed; 0.805, 0.793, 0.861 and 0.823 when the thirtieth
# held-back set joined, at 2713f10; 0.806, 0.796, 0.863 and 0.823 on the 183 articles before it,
# once one-word offices before a name, two roles joined before one name, a body named right
# after a name, a description the parser sets apart from a name, a former role said of one named
# elsewhere, amounts above or below a reference, "unlike" and "compared to", a gathering with
# whom or where it went, a reason said with a copula, an effect told with "so", a report set
# into its clause, rates per unit of time and temperatures were read, and a telling of only
# whom, a question put to a speaker, a clause on "those", a date that only times a quote and a
# present clause after "after" were no longer proposed; 0.805, 0.788, 0.858 and 0.816 when the
# twenty-ninth held-back set joined, at d92ed46, under the recall floor; 0.807, 0.793, 0.860 and
# 0.817 on the 177 articles before it, once a description set before its subject, "for" with an
# infinitive of its own, an occasion dated after its place and a paper or a session as an
# occasion were read, the same to three places when the twenty-eighth held-back set joined, at
# 6b1a044; 0.812, 0.794, 0.860 and 0.818 on the 171 articles before it, once "unprecedented" was
# read as a ranking, a named happening, a season gone by and the end of the century as dates,
# the line under a video's embed code and a biography opening with the name the document's
# metadata gives as furniture, and a participle after an adverb, a comparative's "than" clause
# hung on its noun, a "could not" of what was tried, a police rank before a name, "most" on a
# participle and "the first time" with a scope inside its phrase were proposed; 0.812, 0.792,
# 0.858 and 0.818 when the twenty-seventh held-back set joined, at 0ace45b (0.812, 0.794, 0.860
# and 0.820 on the 165 articles before it, at d78ee47, once a clause's subject up to eight
# tokens back was named in its focus ("New vehicle sales in the Houston area plunged 10
# percent"), a day's word inside a name ("told USA TODAY") was no longer proposed as a date, and
# a unit of several words ("200 terawatt hours"), a multiple in figures ("300,000-fold") and the
# "3" of "3-D" were read right); 0.812, 0.793, 0.859 and 0.820 when the twenty-sixth held-back
# set joined, at b4e84c4, once a rate over a window of days and a unit hyphened of two words
# ("gigawatt-hours") were read right (0.812, 0.793, 0.859 and 0.820 on the 159 articles before
# it, at 09b2d79, once a clause that a source tweeted, countered, reiterated or pointed out was
# read as its report, a role owning what follows ("the former mayor's debut") was proposed, a
# sign-up prompt ending in its button was known for furniture, and a year range at the head of a
# sentence and a month's name the recognizer tags as a person were no longer proposed as years
# or a month); 0.811, 0.793, 0.858 and 0.819 when the twenty-fifth held-back set joined, at
# a73d495 (0.812, 0.793, 0.859 and 0.821 on the 153 articles before it, once authors named on
# lines of their own under a bare "By" were known to their boxes, what was done before or after
# a happening, the route of a journey, a record and a happening named with its place were
# proposed, a negated past and a passive perfect done once were typed as events and a
# progressive relative clause as a state); 0.811, 0.791, 0.857 and 0.817 when the twenty-fourth
# held-back set joined, at 410df34 (0.808, 0.791, 0.857 and 0.816 on the 147 articles before it,
# once bare "came" clauses, impressions ("looked strong") and tastes ("likes flowers") were no
# longer proposed and lengths told in two units and reasons told as possibilities ("because it
# would violate its covenants") were); 0.806, 0.790, 0.856 and 0.816 when six articles from
# trafilatura's evaluation pages joined, at 81b5bbf (0.805, 0.791, 0.856 and 0.816 on the 141
# articles before them, once a few captions, run-together bylines and the rests of split
# quotations were no longer proposed); 0.804, 0.790, 0.856 and 0.816 when the twenty-third
# held-back set and six articles annotated for the twenty-fourth joined, at 3587ff0 (0.801,
# 0.796, 0.863 and 0.818 on the 129 articles before them, once captions, holdings disclosures
# and a few numbers that name things were no longer proposed and more lengths of time and sums
# were); 0.797, 0.795, 0.861 and 0.818 when the twenty-second held-back set joined, at d876951
# (0.802, 0.800, 0.867 and 0.817 on the 123 articles before it); 0.801, 0.800, 0.867 and 0.817
# when the twenty-first held-back set joined, at fe3018e (0.806, 0.802, 0.869 and 0.818 on the
# 117 articles before it); 0.805, 0.800, 0.867 and 0.816 when the twentieth held-back set
# joined, at 3c12d9e (0.803, 0.800, 0.869 and 0.816 on the 111 articles before it); 0.800,
# 0.799, 0.869 and 0.816 when the nineteenth held-back set joined, at c0e32f9 (0.801, 0.801,
# 0.871 and 0.820 on the 105 articles before it); 0.800, 0.798, 0.870 and 0.820 when the
# eighteenth set joined, at 49a8715 (0.802, 0.800, 0.871 and 0.820 on the 99 articles before
# it); 0.793, 0.795, 0.864 and 0.818 at 84bfcfc, once the region finder kept the lines of a book
# list's details out of its headings; 0.792, 0.790, 0.858 and 0.818 when the seventeenth
# held-back set joined, at 890b361 (0.794, 0.803, 0.867 and 0.822 on the 94 articles before it);
# 0.793, 0.803, 0.867 and 0.822 when the sixteenth held-back set joined, at 977430a (0.794,
# 0.809, 0.872 and 0.822 on the 89 articles before it); 0.792 on those 89 once the region finder
# knew a thread of reader comments and a box of links set into an article; 0.764, 0.807, 0.870
# and 0.822 when the fifteenth held-back set joined, at b4ec694, below the precision floor: its
# Motley Fool page ends in a thread of reader comments the region finder took for the article
# (0.802, 0.812, 0.874 and 0.825 on the 84 articles before it; 0.799, 0.811, 0.873 and 0.820
# when the fourteenth set joined, at c96f9f8; 0.811, 0.811, 0.876 and 0.822 on the 79 articles
# before that; 0.811, 0.809, 0.873 and 0.823 when the thirteenth set joined, at 1224456; 0.819,
# 0.812, 0.875 and 0.822 on the 74 articles before that; 0.817, 0.802, 0.861 and 0.821 when the
# twelfth set joined, at e299c86, before the fix for its Telegraph page; 0.816, 0.813, 0.873 and
# 0.822 on the 69 articles before it; 0.809, 0.806, 0.864 and 0.815 when the eleventh held-back
# set joined, at 74fb644; on the 64 articles before the eleventh held-back set joined: 0.812,
# 0.811, 0.870 and 0.816; on the 60 before the tenth: 0.812, 0.811, 0.870 and 0.815; on the 55
# before the ninth: 0.811, 0.811, 0.872 and 0.808; 0.800 precision there before the furniture
# fixes the eighth set called for; on the 42 before the eight articles of the developers' sweep
# joined: 0.804, 0.813, 0.877 and 0.812). Three hundred and seventy-eight of the four hundred
# and eleven are the first fifty-seven held-back splits, each scored once and then moved here:
# the first (precision 0.787, recall 0.758, high 0.838, type 0.781 at 8950c95), the second
# (0.694, 0.723, 0.754, 0.759 at 0b2732c), the third (0.810, 0.771, 0.799, 0.789 at 2d0d75d),
# the fourth (0.811, 0.673, 0.781, 0.778 at 69c28cd, annotated more densely than the others),
# the fifth (0.887, 0.748, 0.820, 0.764 at aea5d4b), the sixth (0.779, 0.831, 0.893, 0.753 at
# b2008ae), the seventh (0.489, 0.811, 0.885, 0.789 at ccda2d1: 223 claims from page furniture
# the region finder missed), the eighth (0.748, 0.792, 0.831, 0.798 at a130c47), the ninth
# (0.813, 0.808, 0.846, 0.824 at b22c4d4), the tenth (0.795, 0.732, 0.798, 0.817 at 15fc26d),
# the eleventh (0.761, 0.709, 0.760, 0.794 at 74fb644), the twelfth (0.842, 0.615, 0.660, 0.807
# at e299c86: the region finder took most of one body for furniture), the thirteenth (0.695,
# 0.750, 0.843, 0.855 at 1224456), the fourteenth (0.685, 0.814, 0.836, 0.789 at c96f9f8), the
# fifteenth (0.442, 0.733, 0.815, 0.773 at b4ec694: 256 claims from a thread of reader
# comments), the sixteenth (0.756, 0.661, 0.735, 0.809 at 977430a), the seventeenth (0.742,
# 0.522, 0.611, 0.683 at 890b361: the region finder took a book list's details for headings),
# the eighteenth (0.765, 0.774, 0.849, 0.811 at 49a8715), the nineteenth (0.771, 0.771, 0.827,
# 0.744 at c0e32f9: a long wire-photo caption read as text), the twentieth (0.842, 0.801, 0.836,
# 0.810 at 3c12d9e), the twenty-first (0.713, 0.773, 0.824, 0.785 at fe3018e: an opinion column
# and two analysis pieces), the twenty-second (0.729, 0.721, 0.778, 0.833 at d876951: a list of
# predictions and an analysis of what a bill would do), the twenty-third (0.795, 0.723, 0.814,
# 0.726 at 3587ff0: an actor's quoted remarks left unmarked, a press release's programmes
# missed), the twenty-fourth (0.900, 0.802, 0.846, 0.840 at 410df34: two authors' boxes at the
# foot of a page read as text, trailing attributions missed), the twenty-fifth (0.798, 0.780,
# 0.847, 0.766 at 1960592: rules a law sets out told with "can" and "could" missed, states typed
# as events), the twenty-sixth (0.817, 0.791, 0.872, 0.801 at 09b2d79: a rate over seven days
# read as a length of time, a video's caption set under its embed code read as text), the
# twenty-seventh (0.803, 0.711, 0.791, 0.755 at d78ee47: what long attributions report and an
# essay's events and states missed), the twenty-eighth (0.660, 0.745, 0.847, 0.774 at dbfb588:
# 70 claims from a hidden pop-up printed under a site's copyright line), the twenty-ninth
# (0.711, 0.590, 0.728, 0.778 at 95adecc: the states of a game review, an interview and an
# artist's profile missed), the thirtieth (0.757, 0.677, 0.785, 0.853 at 3928007: the states of
# a restaurant review and a news roundup and an interview's events missed), the thirty-first
# (0.719, 0.713, 0.797, 0.793 at 2039096: other stories' teasers under a report read as text, an
# opinion essay's judgements proposed, the states of two essays missed), the thirty-second
# (0.814, 0.767, 0.822, 0.794 at 14f07a3: an album review's states and a science feature's
# causes told in the plain present missed), the thirty-third (0.729, 0.630, 0.714, 0.821 at
# 14b1bc0: executives' first-person habits told as states, a film review's descriptions proposed
# and a related-links region stretched over body text), the thirty-fourth (0.562, 0.793, 0.842,
# 0.774 at cdb2cbc: a phone report's comment thread read as text, a column's advice and
# another's judgements proposed), the thirty-fifth (0.728, 0.794, 0.833, 0.841 at 7a6c2b4: a
# transcript's speaker labels read as roles, an address's greetings and a feature's narration of
# a tax scheme proposed), the thirty-sixth (0.719, 0.820, 0.874, 0.769 at 167d2a3: a video
# player's description and transcript read as text, a feature's asides and a closing appeal for
# money proposed), the thirty-seventh (0.508, 0.714, 0.810, 0.803 at fc46de7: a museum feature's
# slide-show captions read as text, a personal essay's narration and judgements proposed), the
# thirty-eighth (0.565, 0.671, 0.741, 0.851 at 96d4171: a feed of other stories after an
# interview read as text, a fashion feature's advice to the reader proposed), the thirty-ninth
# (0.812, 0.804, 0.848, 0.811 at ba975a2: an interview's answers printed without quotation marks
# typed as deeds, causes found least), the fortieth (0.709, 0.737, 0.800, 0.800 at f84e76d:
# readers' comments under an analysis read as text, paragraphs above photo credits taken for
# captions), the forty-first (0.839, 0.652, 0.676, 0.879 at 67c4816: one-sentence paragraphs
# under a photo credit taken for headings, a lead paragraph under a credit and a tweet's last
# line for captions), the forty-second (0.761, 0.745, 0.795, 0.833 at d28cdc1: a cookie-consent
# panel under a wire report taken for the body and the report for headings, a storm forecast's
# clauses and weekdays proposed), the forty-third (0.830, 0.783, 0.826, 0.809 at def2987: video
# captions under a title line read as text, a tennis report's wins told as gerunds missed), the
# forty-fourth (0.829, 0.792, 0.834, 0.841 at 96525e1: the paragraphs under a box of links, each
# after a label line, taken for links, a report's photo captions read as text), the forty-fifth
# (0.803, 0.784, 0.834, 0.821 at 31d5334: an author's closing biography, a newsletter sign-up
# and teasers of other stories read as text, two body paragraphs taken for a caption and
# boilerplate), the forty-sixth (0.677, 0.763, 0.804, 0.800 at 74fd805: a sports page's column
# of teasers of other stories read as text), the forty-seventh (0.781, 0.795, 0.869, 0.820 at
# 59a33d0: a speechwriter's memoir in the first person, photo captions inside the body read as
# text), the forty-eighth (0.793, 0.845, 0.892, 0.850 at 9504f36: readers' comments under a
# science story read as text, a story told in the conditional), the forty-ninth (0.860, 0.805,
# 0.850, 0.819 at 66b4f6a: a newsletter pitch under a story read as text, a sports story's
# records and ranks), the fiftieth (0.829, 0.682, 0.765, 0.822 at 9f7dd9b: teasers of related
# stories under a magazine story read as text, a real-estate post's standfirst and credited
# paragraphs taken for furniture), the fifty-first (0.701, 0.709, 0.805, 0.771 at a986b9f: a
# writer's closing musings proposed, a police report's description of a suspect missed, a
# writer's biography and readers' comments read as text), the fifty-second (0.822, 0.850, 0.892,
# 0.822 at db3e68e: a photo caption and a note on how a story was reported read as text, an
# explainer's general sentences on how storms grow stronger missed), the fifty-third (0.804,
# 0.702, 0.751, 0.838 at ea3f5de: a tennis guide's order of play, results and answers to
# readers' questions taken for links and headings, a report's closing quotes for a list of
# links), the fifty-fourth (0.767, 0.716, 0.792, 0.866 at e61d56e: a travel column's advice and
# a meteor-shower guide's figures of speech proposed, a restaurant review's dishes missed), the
# fifty-fifth (0.843, 0.800, 0.849, 0.847 at be5bcf6: a restaurant review's dishes and figures
# of speech proposed, a celebrity story's paragraphs taken for captions), the fifty-sixth
# (0.803, 0.780, 0.829, 0.848 at 7819640: a round-up's closing list of links read as text, a
# memoir column's everyday doings proposed, censored swear words in quotes taken for markup),
# the fifty-seventh (0.748, 0.675, 0.724, 0.772 at f19f813: a month's list of events read as
# related links, a gossip column's asides and advice proposed, a reference page's types mixed
# up). The floors sit a little below, so recall cannot fall unnoticed; raise them as the
# detector improves (they were 0.80 for recall and 0.86 for high-importance recall on the
# twenty-two articles before the fourth set joined, 0.78 and 0.84 on twenty-seven, 0.79 and 0.85
# on thirty-two to fifty-five, and 0.81 for precision on thirty-seven; 0.78 for precision and
# 0.79 for type accuracy on forty-two to fifty-five; 0.80 for recall on the ninety-four before
# the seventeenth set joined, lowered to 0.79 with it: its five articles took recall from 0.803
# to 0.795 even after the fix for its book list; 0.79 for precision and 0.80 for type accuracy
# up to the 189 articles, raised to 0.80 and 0.81 once precision reached 0.810 and type accuracy
# 0.827; 0.85 for high-importance recall and 0.81 for type accuracy up to the 195 articles,
# raised to 0.86 and 0.82 once they reached 0.872 and 0.832; 0.79 for recall up to the 201
# articles, raised to 0.80 once it reached 0.809; 0.82 for type accuracy up to the 243 articles,
# raised to 0.83 once it reached 0.846, and to 0.84 on the 249 once it reached 0.849; 0.80 for
# precision and recall up to the 318 articles, raised to 0.81 on the 327 once they reached 0.826
# and 0.823).
TUNE_FLOORS = {"precision": 0.81, "recall": 0.81, "recall_high": 0.86, "type_accuracy": 0.84}
# The seed (163 gold claims) must stay "the same or better" (issue 13): precision 0.758 and recall
# 0.847 now, 0.633 and 0.699 before the second round.
SEED_FLOORS = {"precision": 0.72, "recall": 0.78}


@pytest.mark.model
def test_tune_split_stays_above_its_floors():
    result = ev.evaluate_gold(REPO, splits=["tune"], nlp=trained_pipeline())
    tune = result.splits["tune"]
    assert len(result.articles) == 411 and tune.gold == 27696
    figures = {name: getattr(tune, name) for name in TUNE_FLOORS}
    assert all(figures[name] >= floor for name, floor in TUNE_FLOORS.items()), figures


@pytest.mark.model
def test_seed_stays_above_its_floors():
    result = ev.evaluate_gold(REPO, splits=["seed"], nlp=trained_pipeline())
    seed = result.splits["seed"]
    assert len(result.articles) == 1 and seed.gold == 163
    figures = {name: getattr(seed, name) for name in SEED_FLOORS}
    assert all(figures[name] >= floor for name, floor in SEED_FLOORS.items()), figures


@pytest.mark.model
def test_extract_writes_what_evaluate_scores_on_a_real_article(tmp_path):
    """The real pipeline on a tune article: `claimkit extract` writes exactly the claims scored."""
    name = "pe-perris-murder-plot"
    folder = REPO / "tests" / "gold" / "tune"
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    shutil.copyfile(folder / f"{name}.txt", root / "sources" / f"{name}.txt")
    shutil.copyfile(folder / f"{name}.json", root / "sources" / f"{name}.json")
    store = Store(root)
    extract(store, [name], nlp=trained_pipeline())
    written = sorted((c.focus.start, c.focus.end, c.type) for c in store.iter_claims(name))
    article = ev.evaluate_gold(REPO, [folder / f"{name}.gold.json"], nlp=trained_pipeline()).articles[0]
    assert written and written == sorted((p[0], p[1], p[2]) for p in article.predicted)


@pytest.mark.parametrize(("predicted", "gold"), [
    (qty(3_000_000, "USD"), qty(3_000_000, "dollars")),  # the currency's code or its word
    (qty(800_000, "bbl"), qty(800_000, "bbl.")),  # a unit as written, with its full stop
    (qty(2, "months"), qty(2, "month")),  # singular or plural (tests/gold/CONVENTIONS.md §7)
    (qty(4, "breaches"), qty(4, "breach")),
    (qty(27, "inches"), qty(27, "inch")),
    (qty(50, "km per day"), qty(50, "km a day")),
    (qty(17, "USD per month"), qty(17, "dollars a month")),
])
def test_a_quantity_unit_spelled_as_the_conventions_allow_is_the_same_value(predicted, gold):
    assert ev.same_value(predicted, gold)


@pytest.mark.parametrize(("predicted", "gold"), [
    (qty(10_000, "miles"), qty(10_000, "square nautical miles")),
    (qty(45, "USD"), qty(45, "USD per barrel")),
    (qty(3, "USD"), qty(3, "GBP")),
    (qty(40, "volunteers"), qty(41, "volunteers")),
    (qty(3, "branches"), qty(3, "brans")),
    (qty(40, "volunteers"), dict(qty(40, "volunteers"), approximate=True)),
    (day("2024-05-15"), day("2024-05-16")),
    (qty(5, None), None),
])
def test_a_different_amount_hedge_unit_or_date_is_a_different_value(predicted, gold):
    assert not ev.same_value(predicted, gold)
