"""The check-worthiness model: the CLI's line-for-line interface, determinism, the shipped model
(offline, its dev F1), training on a small subset, the TSV reader."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from claimkit import checkworthiness as cw
from claimkit.cli import main

ROOT = Path(__file__).parent.parent
DATA = ROOT / "data" / "checkworthiness"
TRAIN = DATA / "CT24_checkworthy_english_train.tsv"
DEV = DATA / "CT24_checkworthy_english_dev.tsv"
# Measured 0.9022 with the shipped model (threshold chosen on the training rows); a retrained
# model that falls below this floor is a regression.
DEV_F1_FLOOR = 0.88

LINES = [
    "The unemployment rate doubled in the last four years.",
    "",
    "Thank you very much.",
    '"He said ""no"" to 12 tax cuts."',
    "   ",
    "Die Arbeitslosigkeit ist um 3 % gestiegen — ça alors, 日本.",
    "We spent $2 trillion on the war. " * 3000,
    "\t",
]


def run(argv: list[str], stdin: bytes, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    return code, capsys.readouterr().out


@pytest.mark.model
def test_one_output_line_per_input_line(monkeypatch, capsys):
    stdin = "\r\n".join(LINES).encode("utf-8")  # CRLF, no final line break
    code, out = run(["checkworthiness"], stdin, monkeypatch, capsys)
    assert code == 0
    rows = out.split("\n")
    assert rows[-1] == "" and len(rows) - 1 == len(LINES)
    for row in rows[:-1]:
        value, label = row.split("\t")
        assert 0.0 <= float(value) <= 1.0 and label in ("Yes", "No")
    labels = [row.split("\t")[1] for row in rows[:-1]]
    assert labels[0] == "Yes" and labels[2] == "No"
    assert labels[1] == labels[4] == labels[7] == "No"  # empty and blank lines


@pytest.mark.model
def test_file_argument_json_and_batches_agree(tmp_path, monkeypatch, capsys):
    path = tmp_path / "in.txt"
    path.write_bytes(("\n".join(LINES) + "\n").encode("utf-8") + b"bad \xff byte\n\n")
    _, plain = run(["checkworthiness", str(path)], b"", monkeypatch, capsys)
    _, small = run(["checkworthiness", str(path), "--batch-size", "1"], b"", monkeypatch, capsys)
    _, lines = run(["checkworthiness", "--json", str(path)], b"", monkeypatch, capsys)
    assert plain == small  # the same sentence scores the same whatever its neighbours
    rows = [json.loads(line) for line in lines.splitlines()]
    assert [r["line"] for r in rows] == list(range(1, len(LINES) + 3))
    assert [f"{r['score']:.6f}\t{r['label']}" for r in rows] == plain.splitlines()


@pytest.mark.model
def test_empty_input_prints_nothing(monkeypatch, capsys):
    assert run(["checkworthiness"], b"", monkeypatch, capsys) == (0, "")
    _, out = run(["checkworthiness"], b"\n", monkeypatch, capsys)
    assert len(out.splitlines()) == 1


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["checkworthiness", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.model
def test_standard_input_in_a_subprocess():
    result = subprocess.run(
        [sys.executable, "-m", "claimkit", "checkworthiness"],
        input=b"Crime went up 20 percent.\n\nGood evening.\n", capture_output=True,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.decode().splitlines()) == 3


@pytest.mark.model
def test_scores_are_deterministic():
    texts = [line for line in LINES if line.strip()]
    first = cw.score(texts)
    assert cw.score(texts) == first
    assert cw.score(list(reversed(texts))) == list(reversed(first))
    assert [cw.is_checkworthy(s) for s in first] == [s >= cw.THRESHOLD for s in first]


@pytest.mark.model
def test_score_spans_matches_score_on_a_single_sentence():
    text = "The unemployment rate doubled in the last four years."
    doc = cw.load_tagger()(text)
    assert cw.score_spans([doc[:]]) == cw.score([text])


@pytest.mark.model
def test_the_fast_scorer_gives_the_models_decision(monkeypatch):
    """Scorer (used for every sentence the detector scores) against Model.decision over the full
    feature counts: repeated words and n-grams, unknown words, tags, entities, nothing at all."""
    model = cw.load_model()
    texts = [cw.clean_sentence(t) for t in [
        *LINES[:6],
        "Police said 14 people were killed and 40 injured when the bus, the bus, the bus overturned.",
        "Zxqv wkrp-ptlq blorfed the glimmerwhist.",
        "Prices rose 3.5% in March, the fastest rise since 1992, the Office for National Statistics said.",
    ]]
    docs = list(cw.load_tagger().pipe(texts))
    scorer = cw.Scorer(model)
    monkeypatch.setattr(cw.Scorer, "WORD_CACHE", 8)  # cleared several times on the way
    for text, doc in zip(texts, docs):
        terms = cw.text_terms(text)
        terms.update(cw.span_tag_terms(doc))
        tags = [t.tag_ for t in doc if not t.is_space]
        labels = [e.label_ for e in doc.ents]
        for _ in range(2):  # the second time from the word cache
            assert scorer.decision(text, tags, labels) == pytest.approx(model.decision(terms), abs=1e-9), text
    assert len(scorer.words) <= 8
    assert scorer.decision("", [], []) == model.intercept == model.decision(cw.text_terms(""))
    # Scored together (as the detector scores a document's sentences), each sentence gets the very
    # score it gets alone, an empty one among them.
    batch = [(text, [t.tag_ for t in doc if not t.is_space], [e.label_ for e in doc.ents]) for text, doc in zip(texts, docs)]
    batch.insert(3, ("", [], []))
    assert scorer.decisions(batch) == [scorer.decision(*item) for item in batch]
    assert scorer.decisions([]) == []


@pytest.mark.model
def test_shipped_model_loads_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    model = cw.read_model(cw.MODEL_DIR)
    assert 0.0 < model.threshold < 1.0
    assert len(model.score(["Taxes went up by 40 percent."])) == 1


def test_shipped_model_card_names_its_data():
    card = json.loads((cw.MODEL_DIR / "checkworthiness.json").read_text(encoding="utf-8"))
    assert "ClaimBuster" in card["source"] and "10.5281/zenodo.3609356" in card["source"]
    assert card["training_data"]["sha256"] == cw.sha256_file(TRAIN)  # trained on the data in the repo
    assert card["threshold"] == cw.load_model().threshold
    assert (cw.MODEL_DIR / "checkworthiness.npz").stat().st_size < 3_000_000


@pytest.mark.model
def test_shipped_model_dev_f1_floor():
    scores = cw.evaluate(cw.read_tsv(DEV))
    assert scores.rows == 1032 and scores.positives == 238
    assert scores.f1 >= DEV_F1_FLOOR, (scores.precision, scores.recall, scores.f1)


@pytest.mark.model
def test_evaluate_command_prints_the_figures(tmp_path, capsys):
    dev = tmp_path / "dev.tsv"
    dev.write_text("\n".join(DEV.read_text(encoding="utf-8").split("\n")[:41]), encoding="utf-8")
    assert main(["evaluate-checkworthiness", "--dev", str(dev)]) == 0
    out = capsys.readouterr().out
    assert "40 sentences" in out
    for name in ("threshold", "precision", "recall", "F1"):
        assert name in out
    assert main(["--root", str(tmp_path), "evaluate-checkworthiness"]) == 1
    assert "--dev FILE" in capsys.readouterr().err


@pytest.mark.model
def test_training_on_a_subset(tmp_path, capsys):
    out = tmp_path / "model"
    code = main(["--root", str(ROOT), "train-checkworthiness", "--limit", "300", "--folds", "3", "--no-dev", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    model = cw.read_model(out)
    assert model.card["training_data"]["rows"] == 300 and model.vocabulary
    again = cw.train(cw.read_tsv(TRAIN, limit=300), folds=3)
    assert again.model.threshold == model.threshold and again.model.coef == pytest.approx(model.coef, abs=1e-6)
    values = model.score(["Taxes went up by 40 percent.", ""])
    assert len(values) == 2 and all(0.0 <= v <= 1.0 for v in values)


def test_read_tsv_reads_every_row_and_quote():
    rows = cw.read_tsv(TRAIN)
    assert len(rows) == 22501
    assert {r.label for r in rows} == {"Yes", "No"}
    quoted = next(r for r in rows if r.sentence_id == "19099")
    assert cw.clean_sentence(quoted.text).startswith("Now, let's balance")


@pytest.mark.parametrize("content, message", [
    ("id\ttext\n1\tx\tNo\n", "header"),
    ("Sentence_id\tText\tclass_label\n1\tx\tMaybe\n", ":2: class_label"),
    ("Sentence_id\tText\tclass_label\n1\tno label\n", ":2: 2 tab-separated"),
])
def test_read_tsv_reports_the_bad_line(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(cw.CheckworthinessError, match=message):
        cw.read_tsv(path)


def test_best_threshold_separates_the_classes():
    gold = [True, True, False, False, True, False]
    scores = [0.9, 0.8, 0.3, 0.2, 0.7, 0.1]
    threshold = cw.best_threshold(gold, scores)
    assert 0.3 < threshold < 0.7
    assert cw.measure(gold, scores, threshold).f1 == 1.0
