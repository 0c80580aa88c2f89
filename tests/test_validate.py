"""The validator: located findings for anything thrown at it, reporters and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit.cli import main
from claimkit.report import render
from claimkit.store import Store
from claimkit.validate import json_positions, validate
from conftest import EXAMPLES, install_example

VALID_RECORD = EXAMPLES / "valid" / "date-supported.json"
POISON = [{"\u0000x": []}]  # wrong for every field of every model


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, prefix + (i,))


OFFSET_PATHS = [p for p in _paths(json.loads(VALID_RECORD.read_text())) if p and p[-1] in ("start", "end")]
FIELD_PATHS = [p for p in _paths(json.loads(VALID_RECORD.read_text())) if p]


@st.composite
def corruptions(draw):
    raw = VALID_RECORD.read_bytes()
    kind = draw(st.sampled_from(["wrong-type", "shift-offset", "truncate", "bad-bytes"]))
    if kind == "truncate":
        return kind, raw[: draw(st.integers(0, len(raw) - 1))]
    if kind == "bad-bytes":
        at = draw(st.integers(0, len(raw)))
        junk = draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\x80abc"]))
        return kind, raw[:at] + junk + raw[at:]
    data = json.loads(raw)
    if kind == "wrong-type":
        path = draw(st.sampled_from(FIELD_PATHS))
    else:
        path = draw(st.sampled_from(OFFSET_PATHS))
    node = data
    for key in path[:-1]:
        node = node[key]
    if kind == "wrong-type":
        node[path[-1]] = POISON
    else:
        node[path[-1]] += draw(st.integers(-40, 40).filter(lambda n: n != 0))
    return kind, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(corruptions())
def test_any_corruption_gives_a_located_finding_and_no_exception(repo: Path, case):
    kind, raw = case
    target = repo / "claims" / "example-doc" / "example-doc-00000002.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(raw)
    report = validate(Store(repo))
    assert report.findings, f"{kind}: no finding"
    for finding in report.findings:
        assert finding.path == "claims/example-doc/example-doc-00000002.json"
        assert finding.line is not None and finding.line >= 1 and finding.column >= 1
        assert finding.pointer.startswith("$")
        for fmt in ("text", "json", "github"):
            render(report.findings, fmt)


def test_json_positions_point_at_keys():
    text = '{\n  "a": 1,\n  "b": [\n    {"c": "x"},\n    2\n  ]\n}\n'
    pos = json_positions(text)
    assert text[pos["$.a"]:].startswith('"a"')
    assert text[pos["$.b[0].c"]:].startswith('"c"')
    assert text[pos["$.b[1]"]:].startswith("2")


@pytest.fixture
def broken_repo(repo: Path) -> Path:
    install_example(repo, EXAMPLES / "invalid" / "CK104-supported-without-supports.json")
    install_example(repo, EXAMPLES / "invalid" / "CK002-truncated.json")
    return repo


def test_text_report_format(broken_repo: Path, capsys):
    assert main(["--root", str(broken_repo), "validate"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert "claims/example-doc/example-doc-00000002.json: $.evidence: status 'supported' needs evidence with stance 'supports' [CK104 evidence-for-status]" in out
    assert any(line.startswith("claims/example-doc/example-doc-00000000.json: $: ") and "[CK002 invalid-json]" in line for line in out)


def test_github_report_names_the_line_of_the_key(broken_repo: Path, capsys):
    assert main(["--root", str(broken_repo), "validate", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    line = next(l for l in lines if "CK104" in l)
    record = (broken_repo / "claims/example-doc/example-doc-00000002.json").read_text().splitlines()
    number = int(line.split("line=")[1].split(",")[0])
    assert record[number - 1].lstrip().startswith('"evidence"')
    assert line.startswith("::error file=claims/example-doc/example-doc-00000002.json,line=")


def test_json_report(broken_repo: Path, capsys):
    assert main(["--root", str(broken_repo), "validate", "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert {f["code"] for f in findings} == {"CK104", "CK002"}
    assert all({"path", "pointer", "line", "column", "code", "rule", "message"} <= set(f) for f in findings)


def test_paths_limit_what_is_reported(broken_repo: Path, capsys):
    assert main(["--root", str(broken_repo), "validate", "claims/example-doc/example-doc-00000002.json"]) == 1
    out = capsys.readouterr().out
    assert "CK104" in out and "CK002" not in out


def test_exit_codes(repo: Path, capsys):
    assert main(["--root", str(repo), "validate"]) == 0
    assert main(["--root", str(repo), "validate", "README.md"]) == 2
    assert main(["--root", str(repo), "validate", "claims/nope.json"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["--root", str(repo), "validate", "--format", "xml"])
    assert exc.value.code == 2


def test_rules_are_listed_with_code_and_slug(capsys):
    from claimkit.rules import RULES

    assert main(["validate", "--rules"]) == 0
    out = capsys.readouterr().out
    for rule in RULES.values():
        assert f"{rule.code}  {rule.slug}" in out


def test_the_repository_itself_validates():
    root = Path(__file__).parent.parent
    result = subprocess.run([sys.executable, "-m", "claimkit", "--root", str(root), "validate"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_parallel_validation_finds_the_same_as_one_process(repo: Path):
    for example in sorted((EXAMPLES / "invalid").glob("*.json")):
        install_example(repo, example)
    one = validate(Store(repo), jobs=1)
    two = validate(Store(repo), jobs=2)
    assert one.findings and [f.as_dict() for f in one.findings] == [f.as_dict() for f in two.findings]
    assert one.files == two.files


# -- what messages may quote -----------------------------------------------------------------


def test_messages_quote_only_short_escaped_excerpts(repo: Path):
    # A source whose sentence is long and holds a terminal escape and a bidi override.
    import hashlib

    from claimkit.models import Document

    sentence = "The harbour board said \x1b[31mthe port\u202e handled " + "a great many ships, " * 30 + "in 2021."
    text = "Heading\n" + sentence + "\n"
    (repo / "sources" / "odd-doc.txt").write_text(text, encoding="utf-8")
    doc = json.loads((repo / "sources" / "example-doc.json").read_text(encoding="utf-8"))
    doc.update(doc_id="odd-doc", sha256=hashlib.sha256(text.encode()).hexdigest(), length=len(text), regions=[])
    Store(repo).write_document(Document.model_validate(doc))
    start, end = 8, 8 + len(sentence)
    claim = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text(encoding="utf-8"))
    claim.update(id="odd-doc-00000001", doc_id="odd-doc", span={"start": start, "end": end}, text=sentence.upper(),
                 focus={"start": start, "end": end, "text": sentence.lower()},
                 quote={"prefix": "Heading\n", "exact": sentence[::-1], "suffix": "\n"},
                 entities=[{"start": start, "end": end, "label": "ORG", "text": sentence[1:] + "!"}],
                 type="event", value=None)
    target = repo / "claims" / "odd-doc" / "odd-doc-00000001.json"
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps(claim, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    findings = [f for f in validate(Store(repo)).findings if f.code in ("CK205", "CK206", "CK207")]
    assert {f.code for f in findings} == {"CK205", "CK206", "CK207"}
    for f in findings:
        assert f.message.isprintable(), f.message  # \x1b and \u202e come out escaped
        assert len(f.message) < 300, f.message
        assert "a great many ships, a great many ships, a great many" not in f.message
