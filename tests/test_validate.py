"""The validator: located findings for anything thrown at it, reporters and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from claimkit.cli import main
from claimkit.report import format_report
from claimkit.store import Store
from claimkit.validate import json_positions, validate
from conftest import EXAMPLES, install_example
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

VALID_RECORD = EXAMPLES / "valid" / "date-supported.json"
POISON = [{"\u0000x": []}]  # wrong for every field of every model


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


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
            format_report(report.findings, fmt)


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
    assert ("claims/example-doc/example-doc-00000002.json: $.evidence: status 'supported' needs evidence with stance 'supports' "
            "[CK104 evidence-for-status]") in out
    assert any(line.startswith("claims/example-doc/example-doc-00000000.json: $: ") and "[CK002 invalid-json]" in line for line in out)


def test_github_report_names_the_line_of_the_key(broken_repo: Path, capsys):
    assert main(["--root", str(broken_repo), "validate", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    line = next(ln for ln in lines if "CK104" in ln)
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


def test_a_duplicate_focus_is_found_when_only_one_of_the_twins_is_checked(repo: Path, capsys):
    # The pre-commit hook passes only the changed files: the twin it was not given still counts.
    install_example(repo, EXAMPLES / "invalid" / "CK303-duplicate-focus")
    changed = "claims/example-doc/example-doc-00000009.json"
    assert main(["--root", str(repo), "validate", changed]) == 1
    out = capsys.readouterr().out
    assert f"{changed}: $.focus:" in out and "[CK303 duplicate-focus]" in out
    assert "example-doc-0000000a" not in out.split("[CK303")[0]  # the withdrawn twin does not count


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


@pytest.mark.slow
def test_parallel_validation_finds_the_same_as_one_process(repo: Path):
    for example in sorted((EXAMPLES / "invalid").glob("*.json")):
        install_example(repo, example)
    # One clock for both runs: a finding about a future time names the limit to the second, and
    # two runs a second apart would otherwise differ in that message alone.
    now = datetime.now(UTC)
    one = validate(Store(repo), jobs=1, now=now)
    two = validate(Store(repo), jobs=2, now=now)
    assert one.findings and [f.as_dict() for f in one.findings] == [f.as_dict() for f in two.findings]
    assert one.files == two.files


# -- links, file types, sizes, permissions: always a located finding, never a crash or a hang --

SECRET = "hf_validateSECRET0123456789abcdef"
CLAIM_2 = "claims/example-doc/example-doc-00000002.json"


def _validate_within(store: Store, seconds: float = 20, paths=None):
    """validate() in a thread, so a read that blocks (a FIFO) fails the test instead of hanging it."""
    import threading

    result: dict = {}
    thread = threading.Thread(target=lambda: result.update(report=validate(store, paths)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"validate did not finish in {seconds}s"
    return result["report"]


def _all_output(report) -> str:
    return "\n".join(format_report(report.findings, fmt) for fmt in ("text", "json", "github"))


def _secret_source(root: Path) -> Path:
    # Text long enough that every offset of the example claims falls inside it.
    secret = root.parent / "secrets.env"
    secret.write_text("".join(f"HF_TOKEN={SECRET} line {i}\n" for i in range(100)), encoding="utf-8")
    return secret


def test_a_link_out_of_the_repository_is_reported_and_never_read(repo: Path, capsys):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    text = repo / "sources" / "example-doc.txt"
    text.unlink()
    text.symlink_to(_secret_source(repo))
    report = validate(Store(repo))
    codes = {(f.path, f.code) for f in report.findings}
    assert ("sources/example-doc.txt", "CK007") in codes
    assert (CLAIM_2, "CK201") in codes  # its claims cannot be checked against a text that is not there
    assert SECRET not in _all_output(report)
    for argv in (["review", "show", "example-doc-00000002"], ["export", "--format", "webanno"],
                 ["render", "example-doc", "-o", "-"]):
        assert main(["--root", str(repo), *argv]) == 1
        out = capsys.readouterr()
        assert SECRET not in out.out + out.err
        assert out.err.startswith("Error: sources/example-doc.txt: a symbolic link to ")


def test_a_link_inside_the_repository_is_not_followed_either(repo: Path):
    # .git/config holds credentials (an extraheader): "inside the repository" is not safe.
    (repo / ".git").mkdir()
    (repo / ".git" / "config").write_text(f"[http]\n\textraheader = AUTHORIZATION: basic {SECRET}\n", encoding="utf-8")
    (repo / "claims" / "example-doc").mkdir(parents=True)
    (repo / CLAIM_2).symlink_to(Path("..", "..", ".git", "config"))
    report = validate(Store(repo))
    assert [(f.path, f.code) for f in report.findings] == [(CLAIM_2, "CK008")]
    assert SECRET not in _all_output(report)


@pytest.mark.parametrize("make, code, words", [
    (lambda p: p.symlink_to("example-doc-0000dead.json"), "CK008", "leads nowhere"),
    (lambda p: (p.symlink_to(p.with_name("loop.json")), p.with_name("loop.json").symlink_to(p.name)), "CK008", "loops"),
    (lambda p: p.symlink_to("/etc/hostname"), "CK007", "outside the repository"),
    (lambda p: p.mkdir(), "CK009", "a folder"),
    (lambda p: os.mkfifo(p), "CK009", "a named pipe"),
])
def test_odd_claim_files_are_located_findings(repo: Path, make, code: str, words: str):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    odd = repo / "claims" / "example-doc" / "example-doc-0000000d.json"
    make(odd)
    report = _validate_within(Store(repo))
    found = [f for f in report.findings if f.path == "claims/example-doc/example-doc-0000000d.json"]
    assert [f.code for f in found] == [code] and words in found[0].message
    assert found[0].line == 1 and found[0].column == 1
    # Asked for by name, it is the same finding, not "no such file".
    assert [f.code for f in _validate_within(Store(repo), paths=[odd]).findings] == [code]


@pytest.mark.parametrize("make", [
    lambda p: (p.unlink(), os.mkfifo(p)),
    lambda p: (p.unlink(), p.mkdir()),
    lambda p: (p.unlink(), p.symlink_to("/etc/hostname")),
])
def test_an_odd_source_text_is_one_finding_and_its_claims_say_why(repo: Path, make):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    make(repo / "sources" / "example-doc.txt")
    report = _validate_within(Store(repo))
    on_text = [f for f in report.findings if f.path == "sources/example-doc.txt"]
    assert len(on_text) == 1 and on_text[0].code in ("CK007", "CK009")
    claim = [f for f in report.findings if f.path == CLAIM_2]
    assert [f.code for f in claim] == ["CK201"] and "sources/example-doc.txt cannot be read" in claim[0].message


def test_sources_or_claims_being_a_file_is_a_finding(repo: Path):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    import shutil

    shutil.rmtree(repo / "claims")
    (repo / "claims").write_text("oops\n", encoding="utf-8")
    assert [(f.path, f.code) for f in validate(Store(repo)).findings] == [("claims", "CK009")]
    shutil.rmtree(repo / "sources")
    (repo / "sources").write_text("oops\n", encoding="utf-8")
    assert {(f.path, f.code) for f in validate(Store(repo)).findings} == {("claims", "CK009"), ("sources", "CK009")}


def test_files_over_the_size_limit_are_not_read(repo: Path):
    from claimkit.store import MAX_RECORD_BYTES, MAX_TEXT_BYTES

    with open(repo / "sources" / "example-doc.txt", "r+b") as handle:
        handle.truncate(MAX_TEXT_BYTES + 1)
    (repo / "claims" / "example-doc").mkdir(parents=True)
    with open(repo / CLAIM_2, "wb") as handle:
        handle.truncate(MAX_RECORD_BYTES + 1)
    findings = {(f.path, f.code) for f in validate(Store(repo)).findings}
    assert findings == {("sources/example-doc.txt", "CK011"), (CLAIM_2, "CK011")}


def test_deeply_nested_json_is_a_finding_when_validating_any_path(repo: Path):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    deep = repo / "claims" / "example-doc" / "example-doc-00000012.json"
    for depth in (500, 100_000):  # past pydantic's limit only, and past Python's recursion limit too
        deep.write_text("[" * depth + "]" * depth + "\n", encoding="utf-8")
        assert [(f.path, f.code) for f in validate(Store(repo)).findings] == [(store_rel(deep), "CK002")]
        assert [f.code for f in validate(Store(repo), [deep]).findings] == ["CK002"]
        assert validate(Store(repo), [repo / CLAIM_2]).findings == []  # reads the deep one for ids


def store_rel(path: Path) -> str:
    return "/".join(path.parts[-3:])


def test_unreadable_files_and_folders_are_findings(repo: Path, monkeypatch):
    from conftest import deny

    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    install_example(repo, EXAMPLES / "valid" / "quantity-unverified.json")
    denied = [repo / CLAIM_2, repo / "sources" / "example-doc.txt"]
    if os.geteuid() == 0:
        deny(monkeypatch, *denied)  # permissions do not stop root: make the kernel's answer
    for path in denied:
        path.chmod(0)
    findings = {(f.path, f.code) for f in validate(Store(repo)).findings}
    assert {(CLAIM_2, "CK010"), ("sources/example-doc.txt", "CK010")} <= findings


def test_an_unreadable_claims_folder_fails_validation_and_stops_publish(repo: Path, monkeypatch, capsys, tmp_path):
    from conftest import deny

    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    (repo / "DATASHEET.md").write_text("figures\n", encoding="utf-8")
    if os.geteuid() == 0:
        deny(monkeypatch, repo / "claims")
    (repo / "claims").chmod(0)
    try:
        assert [(f.path, f.code) for f in validate(Store(repo)).findings] == [("claims", "CK010")]
        assert main(["--root", str(repo), "publish", "--out", str(tmp_path / "hf"), "--no-load"]) == 1
    finally:
        (repo / "claims").chmod(0o755)
    assert "nothing published" in capsys.readouterr().err
    assert (repo / "DATASHEET.md").read_text(encoding="utf-8") == "figures\n"
    assert not (tmp_path / "hf").exists()


def test_a_missing_document_json_fails_its_claims_and_its_text(repo: Path):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    (repo / "sources" / "example-doc.json").unlink()
    findings = validate(Store(repo)).findings
    assert {(f.path, f.code) for f in findings} == {(CLAIM_2, "CK201"), ("sources/example-doc.txt", "CK012")}
    assert "sources/example-doc.json, its metadata, does not exist" in next(f.message for f in findings if f.code == "CK201")


@pytest.mark.parametrize("rel", [
    "claims/example-doc/.draft.json",
    "claims/.old/example-doc-00000002.json",
    "sources/.backup.json",
    "sources/example-doc.JSON",
    "claims/example-doc/notes.md",
])
def test_hidden_and_misnamed_files_are_reported(repo: Path, rel: str):
    path = repo / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((EXAMPLES / "valid" / "date-supported.json").read_bytes())
    findings = validate(Store(repo)).findings
    shown = rel if "/.old/" not in rel else "claims/.old"
    assert [(f.path, f.code) for f in findings] == [(shown, "CK013")]


def test_a_root_that_does_not_exist_is_a_usage_error(tmp_path: Path, monkeypatch, capsys):
    missing = tmp_path / "nowhere"
    assert main(["--root", str(missing), "validate"]) == 2
    assert f"Error: --root {missing}: no such folder" in capsys.readouterr().err
    monkeypatch.setenv("CLAIMKIT_ROOT", str(missing))
    assert main(["validate"]) == 2
    assert f"Error: CLAIMKIT_ROOT={missing}: no such folder" in capsys.readouterr().err
    monkeypatch.delenv("CLAIMKIT_ROOT")
    assert main(["--root", str(tmp_path), "validate"]) == 2  # a folder, but no sources/ or claims/
    assert "nothing to validate" in capsys.readouterr().err


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


# -- duplicate keys --------------------------------------------------------------------------


def test_a_duplicate_key_is_its_own_finding_at_the_second_occurrence(repo: Path):
    install_example(repo, EXAMPLES / "invalid" / "CK015-duplicate-key.json")
    path = repo / "claims" / "example-doc" / "example-doc-00000001.json"
    lines = path.read_text(encoding="utf-8").splitlines()
    (finding,) = validate(Store(repo)).findings
    assert (finding.code, finding.pointer) == ("CK015", "$.status")
    assert lines[finding.line - 1] == '  "status": "unverified",'  # the second one, which readers keep
    assert lines[finding.line - 2] == '  "status": "supported",'
    assert finding.column == 3


def test_a_duplicate_key_in_an_invalid_record_is_reported_too(repo: Path):
    raw = (EXAMPLES / "invalid" / "CK015-duplicate-key.json").read_bytes().replace(b'"unverified",\n', b'"true",\n', 1)
    target = repo / "claims" / "example-doc" / "example-doc-00000001.json"
    target.parent.mkdir(parents=True)
    target.write_bytes(raw)
    assert {f.code for f in validate(Store(repo)).findings} == {"CK003", "CK015"}
