"""The real-article gold corpus: its texts match their metadata, and the gold checker works."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from claimkit.models import Document

GOLD = Path(__file__).parent / "gold"
ROOT = Path(__file__).parent.parent
_spec = importlib.util.spec_from_file_location("gold_check", GOLD / "check.py")
check = importlib.util.module_from_spec(_spec)
sys.modules["gold_check"] = check  # dataclasses look their module up there
_spec.loader.exec_module(check)


# -- the corpus --------------------------------------------------------------------------------


def _articles(split: str) -> list[Path]:
    return sorted((GOLD / split).glob("*.txt"))


def _readme_rows() -> dict[str, str]:
    """name -> split, from the article table of tests/gold/README.md."""
    rows = {}
    for line in (GOLD / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0].strip("`")] = cells[1]
    return rows


def test_every_corpus_text_is_listed_in_the_readme_with_its_split_and_matches_its_metadata():
    rows = _readme_rows()
    found = {p.stem: split for split in check.SPLITS for p in _articles(split)}
    assert found == rows
    assert set(found.values()) == {"tune", "held", "seed"}
    for split in check.SPLITS:
        for text_file in _articles(split):
            text = text_file.read_text(encoding="utf-8")
            document = Document.model_validate_json(text_file.with_suffix(".json").read_bytes())
            assert document.doc_id == text_file.stem
            assert document.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
            if split == "seed":
                assert text == (ROOT / "sources" / f"{text_file.stem}.txt").read_text(encoding="utf-8")
            assert document.length == len(text) and "\r" not in text
            # The pages end their last line; the seed is kept exactly as it was received.
            assert text.endswith("\n") or split == "seed"


def test_no_story_is_in_the_corpus_twice():
    # The fixture repositories keep some stories under two names (postlight/parser saves one WIRED
    # story as www.wired.com--other.html and --content-test.html): a held-back copy of a tune
    # article would score text the detector was tuned on. Their canonical addresses give them away.
    seen: dict[str, str] = {}
    for split in check.SPLITS:
        for text_file in _articles(split):
            url = Document.model_validate_json(text_file.with_suffix(".json").read_bytes()).url
            if not url:
                continue
            key = re.sub(r"^https?://(?:www\.)?|/+$", "", url.strip().lower())
            assert key not in seen, f"{text_file.stem} and {seen[key]} are one story ({url})"
            seen[key] = text_file.stem


def test_every_gold_file_passes_the_checker():
    # Runs over whatever is annotated so far: a broken offset in any gold file fails CI.
    problems = [str(p) for path in check.default_files() for p in check.check_file(path)]
    assert problems == []


def test_every_gold_file_annotates_a_corpus_text():
    for path in check.default_files():
        assert check.text_path(path).exists(), path


def test_every_second_annotation_is_of_a_tune_article_and_scores_against_its_gold():
    from claimkit.evaluate import evaluate_agreement

    second = sorted((GOLD / "agreement").glob("*.gold.json"))
    names = [p.name.removesuffix(".gold.json") for p in second]
    assert len(names) >= 6
    for path, name in zip(second, names, strict=True):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["annotator"].startswith("second annotator"), path
        assert (GOLD / "tune" / f"{name}.gold.json").is_file(), f"{path}: no tune article of that name"
    result = evaluate_agreement(ROOT, GOLD / "agreement", [GOLD / "tune" / f"{n}.gold.json" for n in names])
    assert [a.name for a in result.articles] == names
    assert all(a.counts.matched > 0 for a in result.articles)


# -- the checker on made-up cases --------------------------------------------------------------

TEXT = ("Home | World | Sport\n"
        "By Ann Writer\n"
        "The council approved a budget of 4 million euros on 3 May 2021. The mayor said the budget was fair.\n"
        "The budget was approved after a long debate.\n")


def _case(tmp_path: Path, gold: dict | str, *, split: str = "tune", name: str = "town-budget", text: str = TEXT) -> Path:
    folder = tmp_path / split
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    meta = {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "length": len(text)}
    (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    path = folder / f"{name}.gold.json"
    path.write_text(gold if isinstance(gold, str) else check.canonical(gold), encoding="utf-8")
    return path


def _at(part: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = TEXT.index(part, pos + 1)
    return pos, pos + len(part)


def _claim(focus: str, type_: str = "event", nth: int = 0, **extra) -> dict:
    start, end = _at(focus, nth)
    return {"start": start, "end": end, "focus": focus, "type": type_, "important": True, "value": None,
            "cluster": None, "note": None} | extra


def good() -> dict:
    nav, byline = _at("Home | World | Sport"), _at("By Ann Writer")
    return {
        "name": "town-budget", "split": "tune", "annotator": "test", "guideline": "ANNOTATION.md as of 2026-01-01",
        "furniture": [{"start": nav[0], "end": nav[1], "kind": "navigation", "text": "Home | World | Sport"},
                      {"start": byline[0], "end": byline[1], "kind": "byline", "text": "By Ann Writer"}],
        "borderline": [{"start": _at("the budget was fair")[0], "end": _at("the budget was fair")[1],
                        "text": "the budget was fair", "note": "an opinion reported as a quote"}],
        "claims": [
            _claim("approved a budget", cluster="approval"),
            _claim("4 million euros", "quantity", value={"kind": "quantity", "amount": 4000000, "unit": "EUR", "approximate": False}),
            _claim("3 May 2021", "date", value={"kind": "date", "value": "2021-05-03", "precision": "day", "qualifier": None}),
            _claim("The mayor said", "attribution", important=False),
            _claim("The budget was approved", cluster="approval"),
        ],
    }


def _rules(path: Path) -> list[str]:
    return [p.rule for p in check.check_file(path)]


def test_a_good_file_passes(tmp_path: Path):
    assert check.check_file(_case(tmp_path, good())) == []


def _broken(change) -> dict:
    data = good()
    change(data)
    return data


DEFECTS = {
    "text-matches": lambda d: d["claims"][1].update(focus="5 million euros"),
    "offsets": lambda d: d["claims"][0].update(end=len(TEXT) + 5),
    "focus-in-furniture": lambda d: d["claims"].insert(0, _claim("Ann Writer", "state")),
    "claim-type": lambda d: d["claims"][0].update(type="opinion"),
    "value": lambda d: d["claims"][2].update(value={"kind": "date", "value": "2021-05-03", "precision": "month", "qualifier": None}),
    "important": lambda d: d["claims"][0].update(important="yes"),
    "cluster": lambda d: d["claims"][4].update(cluster=None),
    "furniture-order": lambda d: d["furniture"][1].update(start=d["furniture"][0]["start"] + 5,
                                                           end=d["furniture"][0]["start"] + 10,
                                                           text=TEXT[d["furniture"][0]["start"] + 5:d["furniture"][0]["start"] + 10]),
    "furniture-kind": lambda d: d["furniture"][0].update(kind="menu"),
    "duplicate-claim": lambda d: d["claims"].append(_claim("approved a budget", cluster="approval")),
    "split": lambda d: d.update(split="test"),
    "name-matches-file": lambda d: d.update(name="other-name"),
    "fields": lambda d: d.pop("annotator"),
    "unresolved": lambda d: d["claims"].append({"focus": "the budget", "nth": 1, "type": "state", "important": False, "value": None}),
}


@pytest.mark.parametrize("rule", sorted(DEFECTS))
def test_each_kind_of_defect_is_reported(tmp_path: Path, rule: str):
    problems = check.check_file(_case(tmp_path, _broken(DEFECTS[rule])))
    assert rule in [p.rule for p in problems]
    for p in problems:
        assert p.path.endswith("town-budget.gold.json") and p.where and p.message and str(p).endswith(f"[{p.rule}]")


def test_a_value_of_the_wrong_kind_and_a_quantity_without_amount_are_reported(tmp_path: Path):
    data = good()
    data["claims"][1]["value"] = {"kind": "date", "value": "2021", "precision": "year", "qualifier": None}
    data["claims"][2]["value"] = {"kind": "quantity", "unit": None, "approximate": False}
    problems = check.check_file(_case(tmp_path, data))
    assert [(p.where, p.rule) for p in problems] == [("claims[1].value", "value"), ("claims[2].value", "value")]


def test_the_split_must_match_the_folder(tmp_path: Path):
    assert "split" in _rules(_case(tmp_path, good(), split="held"))


def test_a_changed_text_is_reported(tmp_path: Path):
    path = _case(tmp_path, good())
    check.text_path(path).write_text(TEXT.replace("4 million", "4 billion"), encoding="utf-8")
    assert "source-hash" in _rules(path)


def test_invalid_json_and_a_missing_text_are_reported(tmp_path: Path):
    path = _case(tmp_path, "{not json")
    assert _rules(path) == ["json"]
    path.write_text(check.canonical(good()), encoding="utf-8")
    check.text_path(path).unlink()
    assert _rules(path) == ["text-exists"]


def test_a_file_out_of_canonical_order_is_reported(tmp_path: Path):
    data = good()
    data["claims"].reverse()
    path = _case(tmp_path, json.dumps(data, indent=2) + "\n")
    assert _rules(path) == ["canonical"]


def test_resolve_turns_nth_context_and_unique_foci_into_offsets(tmp_path: Path):
    data = good()
    data["claims"] = [
        {"focus": "The budget was approved", "type": "event", "important": True, "value": None, "cluster": "approval"},
        {"focus": "budget", "nth": 1, "type": "state", "important": False, "value": None},
        {"focus": "approved", "context": "council approved a", "type": "event", "important": True, "value": None,
         "cluster": "approval", "note": "the decision"},
    ]
    path = _case(tmp_path, json.dumps(data, indent=1))
    assert check.check_file(path, fix=True) == []
    written = json.loads(path.read_text(encoding="utf-8"))
    claims = written["claims"]
    assert [(c["start"], c["end"]) for c in claims] == [_at("approved"), _at("budget", 1), _at("The budget was approved")]
    assert [TEXT[c["start"]:c["end"]] for c in claims] == ["approved", "budget", "The budget was approved"]
    assert list(claims[0]) == ["start", "end", "focus", "type", "important", "value", "cluster", "note"]
    assert claims[1]["cluster"] is None and claims[1]["note"] is None
    assert path.read_text(encoding="utf-8") == check.canonical(written) and check.check_file(path) == []


@pytest.mark.parametrize("entry, message", [
    ({"focus": "budget"}, "occurs 3 times in the text; add nth or context"),
    ({"focus": "budget", "nth": 5}, "does not occur 6 time(s)"),
    ({"focus": "budget", "context": "budget was"}, "the context 'budget was' occurs 2 times"),
    ({"focus": "budget", "context": "budget budget"}, "occurs 0 times"),
    ({"focus": "budget", "nth": 0, "context": "a budget"}, "give nth or context, not both"),
    ({"focus": "nowhere", "nth": 0}, "does not occur 1 time(s)"),
])
def test_resolve_reports_what_it_cannot_locate_and_writes_nothing(tmp_path: Path, entry: dict, message: str):
    data = good()
    data["claims"].append(entry | {"type": "state", "important": False, "value": None})
    path = _case(tmp_path, json.dumps(data))
    before = path.read_bytes()
    problems = check.check_file(path, fix=True)
    assert any(p.rule == "unresolved" and message in p.message for p in problems), problems
    assert path.read_bytes() == before


def test_command_line_exit_codes_and_output(tmp_path: Path):
    script = str(GOLD / "check.py")
    ok = _case(tmp_path, good())
    run = subprocess.run([sys.executable, script, str(ok)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == "" and "1 file(s) clean" in run.stderr
    bad = _case(tmp_path, _broken(DEFECTS["text-matches"]) | {"name": "bad-one"}, name="bad-one")
    run = subprocess.run([sys.executable, script, str(ok), str(bad)], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        f"{bad.as_posix()}: claims[1].focus: '5 million euros' but the text at {_at('4 million euros')[0]}..{_at('4 million euros')[1]} "
        "is '4 million euros' [text-matches]"]
    unresolved = _case(tmp_path, json.dumps(good() | {"name": "to-resolve", "claims": [{"focus": "3 May 2021", "type": "date", "important": True,
                                                                  "value": None}]}), name="to-resolve")
    run = subprocess.run([sys.executable, script, "--resolve", str(unresolved)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
    assert json.loads(unresolved.read_text())["claims"][0]["start"] == _at("3 May 2021")[0]
