"""The command line: every command documented, thin error handling, python -m."""

from __future__ import annotations

import subprocess
import sys

import pytest
from claimkit.cli import COMMANDS, build_parser, main


def _subparsers():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def test_every_command_has_a_summary_and_an_example():
    from claimkit import review_cli

    parsers = _subparsers()
    documented = {name: (summary, example) for name, (_, summary, example) in COMMANDS.items()}
    documented["review"] = (review_cli.REVIEW_SUMMARY, review_cli.REVIEW_EXAMPLE)
    assert set(parsers) == set(documented)
    inner = next(a for a in parsers["review"]._actions if a.dest == "review_command").choices
    assert set(inner) == set(review_cli.SUBCOMMANDS)
    cases = [(name, parsers[name], *documented[name]) for name in parsers]
    cases += [(f"review {n}", inner[n], *review_cli.SUBCOMMANDS[n]) for n in inner]
    from claimkit.cli import CORPUS_SUBCOMMANDS

    corpus = next(a for a in parsers["corpus"]._actions if a.dest == "corpus_command").choices
    assert set(corpus) == set(CORPUS_SUBCOMMANDS)
    cases += [(f"corpus {n}", corpus[n], *CORPUS_SUBCOMMANDS[n]) for n in corpus]
    for name, sub, summary, example in cases:
        text = sub.format_help()
        assert summary and summary.endswith(".") and "\n" not in summary, name
        assert summary in " ".join(text.split()), name
        assert example.startswith(f"example: claimkit {name}"), name
        assert example in text, name


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "claimkit", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("claimkit ")


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2
    assert "Error:" in capsys.readouterr().err


def test_readme_lists_every_rule():
    from pathlib import Path

    from claimkit.rules import RULES

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| {rule.code} | {rule.slug} |" in readme


def test_fmt_rewrites_a_record_in_canonical_form(repo, capsys):
    from conftest import EXAMPLES, install_example

    install_example(repo, EXAMPLES / "invalid" / "CK004-four-space-indent.json")
    assert main(["--root", str(repo), "validate"]) == 1
    assert main(["--root", str(repo), "fmt", "--check"]) == 1
    assert "would reformat claims/example-doc/example-doc-00000001.json" in capsys.readouterr().out
    assert main(["--root", str(repo), "fmt"]) == 0
    assert main(["--root", str(repo), "validate"]) == 0
    assert main(["--root", str(repo), "fmt", "--check"]) == 0


def test_fmt_refuses_what_it_cannot_parse(repo, capsys):
    from conftest import EXAMPLES, install_example

    install_example(repo, EXAMPLES / "invalid" / "CK002-truncated.json")
    before = (repo / "claims/example-doc/example-doc-00000000.json").read_bytes()
    assert main(["--root", str(repo), "fmt"]) == 1
    assert "cannot be parsed" in capsys.readouterr().err
    assert (repo / "claims/example-doc/example-doc-00000000.json").read_bytes() == before


# -- files written with -o -------------------------------------------------------------------


@pytest.fixture
def rendered_repo(repo):
    from conftest import EXAMPLES, install_example

    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    return repo


@pytest.mark.parametrize("command", [["render", "example-doc"], ["export", "--format", "fever"]])
def test_output_into_a_missing_folder_is_refused_not_created(rendered_repo, tmp_path, capsys, command):
    target = tmp_path / "no-such-folder" / "out.txt"
    assert main(["--root", str(rendered_repo), *command, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"Error: -o {target}: the folder {target.parent} does not exist; create it first or write elsewhere\n"
    assert not target.parent.exists()


@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self"), reason="needs Linux's /proc")
@pytest.mark.parametrize("command", [["render", "example-doc"], ["export", "--format", "fever"]])
def test_an_os_error_on_writing_is_one_error_line(rendered_repo, capsys, command):
    assert main(["--root", str(rendered_repo), *command, "-o", "/proc/claimkit-cannot-write-here"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: -o /proc/claimkit-cannot-write-here: cannot write /proc/claimkit-cannot-write-here: ")
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("command", [["render", "example-doc"], ["export", "--format", "fever"]])
def test_output_replaces_a_file_whole_and_writes_into_a_pipe(rendered_repo, tmp_path, capsys, command):
    import os
    import stat
    import threading

    target = tmp_path / "out.txt"
    target.write_text("old contents that are longer than nothing\n" * 1000)
    os.chmod(target, 0o640)
    assert main(["--root", str(rendered_repo), *command, "-o", str(target)]) == 0
    written = target.read_text(encoding="utf-8")
    assert "old contents" not in written and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "repo"]  # no temporary file left

    # A named pipe (like -o /dev/stdout) is written into, not replaced by a regular file.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(["--root", str(rendered_repo), *command, "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received == [written.encode("utf-8")]


def test_extract_rules_lists_every_detector_rule(capsys):
    from claimkit.detector.rules import RULES

    assert main(["extract", "--rules"]) == 0
    out = capsys.readouterr().out
    for rule in RULES:
        line = next(line for line in out.splitlines() if line.startswith(rule.id + " "))
        assert line.split()[1] == rule.type and rule.summary in line
        assert f"e.g. {rule.example}" in out


def _command_paths(parser=None, prefix=()):
    """Every command and subcommand of the parser, as argv prefixes: ("review", "evidence", "add"), …"""
    import argparse

    parser = parser or build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _command_paths(sub, (*prefix, name))


def test_every_command_accepts_dash_h(capsys):
    paths = list(_command_paths())
    assert len(paths) > len(COMMANDS) and ("review", "list") in paths and ("corpus", "extract") in paths
    for path in [(), *paths]:
        with pytest.raises(SystemExit) as exc:
            main([*path, "-h"])
        assert exc.value.code == 0, path
        out = capsys.readouterr().out
        assert out.startswith("usage: claimkit"), path
