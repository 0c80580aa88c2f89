"""The battery: odd file-system situations and bad options thrown at the command line.

Each case builds a scratch repository, makes one oddity in it (a link out of the repository, a
FIFO, an unreadable folder, a file far too large …) and runs ``claimkit validate`` and two
commands that read every claim, or runs one command with a bad option (``publish --out .``,
``ingest --url javascript:…``, ``extract --batch-size 0`` …), each as a subprocess with a
timeout. None may crash (a traceback on stderr), hang (the timeout), pass silently (exit 0) or
fail the wrong way (``validate`` must exit 1 with the expected rule code, a refused command 1 or
2 with its one ``Error:`` line). No output may carry text read through a link, and a refused
command leaves every stored file as it was. The slow cases (kills, races, huge inputs) are
``bench/battery.py``.

``python tests/test_battery.py`` prints the counts (cases, tracebacks, hangs, silent passes,
other wrong answers, leaks).

The cases on file permissions need a user whom permissions stop: as root (whom ``chmod 000``
does not stop) they run the commands as ``nobody`` through ``setpriv``, and are skipped with a
reason where that is not possible.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from conftest import EXAMPLES, install_example  # noqa: E402

# Each case makes its own scratch repository: under make test the cases run on every worker.
pytestmark = pytest.mark.spread

TIMEOUT = 30
MEMORY = 2 * 1024**3  # address space a command may take: reading /dev/zero must fail, not eat the machine
DOC = "example-doc"
CLAIM = f"claims/{DOC}/{DOC}-00000002.json"
SECRET = "hf_batterySECRETvalue0123456789"
NOBODY = 65534
# Two commands that read every claim, run after validate in each case.
READERS = (["review", "list", "--withdrawn"], ["export", "--format", "webanno"])


@dataclass
class Case:
    name: str
    setup: Callable[[Path], None]
    codes: tuple[str, ...] = ()  # rule codes validate must report
    argv: tuple[str, ...] = ("validate",)
    exit: int = 1
    stderr_has: str | None = None  # for a refused command: part of its one Error: line
    needs: tuple[str, ...] = ()  # "unprivileged", "mknod", "fifo"
    env: dict[str, str] = field(default_factory=dict)
    readers: bool = True
    root: str | None = None  # --root to pass instead of the scratch repository ("{repo}" is replaced)
    unchanged: bool = False  # a refused command: every file of the repository stays as it was


@dataclass
class Outcome:
    traceback: bool = False
    hang: bool = False
    silent: bool = False  # exit 0 where the command must fail
    wrong: bool = False  # failed, but not as it must (another exit code, the expected rule missing)
    leak: bool = False
    notes: list[str] = field(default_factory=list)


# -- the oddities ----------------------------------------------------------------------------


def base_repo(root: Path) -> None:
    shutil.copytree(EXAMPLES / "repo", root, dirs_exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    install_example(root, EXAMPLES / "valid" / "quantity-unverified.json")
    install_example(root, EXAMPLES / "valid" / "date-supported.json")


def _outside(root: Path, name: str, content: str) -> Path:
    # A file next to the repository, not in it.
    path = root.parent / name
    path.write_text(content, encoding="utf-8")
    return path


def _secret_text() -> str:
    return "".join(f"line {i}: HF_TOKEN={SECRET}\n" for i in range(200))


def link_text_out(root: Path) -> None:
    text = root / "sources" / f"{DOC}.txt"
    text.unlink()
    text.symlink_to(_outside(root, "secrets.env", _secret_text()))


def link_text_environ(root: Path) -> None:
    text = root / "sources" / f"{DOC}.txt"
    text.unlink()
    text.symlink_to("/proc/self/environ")


def link_claim_git_config(root: Path) -> None:
    git = root / ".git"
    git.mkdir()
    (git / "config").write_text(
        '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ' + SECRET + "\n" * 40, encoding="utf-8")
    path = root / CLAIM
    path.unlink()
    path.symlink_to(Path("..", "..", ".git", "config"))


def link_text_git_config(root: Path) -> None:
    git = root / ".git"
    git.mkdir()
    (git / "config").write_text(_secret_text(), encoding="utf-8")
    text = root / "sources" / f"{DOC}.txt"
    text.unlink()
    text.symlink_to(Path("..", ".git", "config"))


def link_claim_out(root: Path) -> None:
    target = _outside(root, "claim.json", (root / CLAIM).read_text(encoding="utf-8"))
    path = root / CLAIM
    path.unlink()
    path.symlink_to(target)


def link_claims_folder_out(root: Path) -> None:
    elsewhere = root.parent / "elsewhere"
    shutil.move(str(root / "claims" / DOC), elsewhere)
    (root / "claims" / DOC).symlink_to(elsewhere, target_is_directory=True)


def link_sources_folder_out(root: Path) -> None:
    elsewhere = root.parent / "other-sources"
    shutil.move(str(root / "sources"), elsewhere)
    (root / "sources").symlink_to(elsewhere, target_is_directory=True)


def dangling_link(root: Path) -> None:
    (root / "claims" / DOC / f"{DOC}-0000000d.json").symlink_to(f"{DOC}-0000dead.json")


def link_loop(root: Path) -> None:
    folder = root / "claims" / DOC
    (folder / f"{DOC}-0000000a.json").symlink_to(f"{DOC}-0000000b.json")
    (folder / f"{DOC}-0000000b.json").symlink_to(f"{DOC}-0000000a.json")


def link_text_dev_zero(root: Path) -> None:
    text = root / "sources" / f"{DOC}.txt"
    text.unlink()
    text.symlink_to("/dev/zero")


def link_claim_dev_zero(root: Path) -> None:
    (root / "claims" / DOC / f"{DOC}-0000000e.json").symlink_to("/dev/zero")


def fifo_claim(root: Path) -> None:
    os.mkfifo(root / "claims" / DOC / f"{DOC}-0000000f.json")


def fifo_text(root: Path) -> None:
    text = root / "sources" / f"{DOC}.txt"
    text.unlink()
    os.mkfifo(text)


def fifo_document(root: Path) -> None:
    path = root / "sources" / f"{DOC}.json"
    path.unlink()
    os.mkfifo(path)


def device_claim(root: Path) -> None:
    os.mknod(root / "claims" / DOC / f"{DOC}-00000010.json", 0o644 | stat.S_IFCHR, os.makedev(1, 5))


def unreadable_claim(root: Path) -> None:
    os.chmod(root / CLAIM, 0)


def unreadable_text(root: Path) -> None:
    os.chmod(root / "sources" / f"{DOC}.txt", 0)


def unreadable_doc_folder(root: Path) -> None:
    os.chmod(root / "claims" / DOC, 0)


def unreadable_claims(root: Path) -> None:
    os.chmod(root / "claims", 0)


def unreadable_sources(root: Path) -> None:
    os.chmod(root / "sources", 0)


def claim_is_folder(root: Path) -> None:
    (root / "claims" / DOC / f"{DOC}-00000011.json").mkdir()


def text_is_folder(root: Path) -> None:
    text = root / "sources" / f"{DOC}.txt"
    text.unlink()
    text.mkdir()


def document_is_folder(root: Path) -> None:
    (root / "sources" / "other-doc.json").mkdir()


def sources_is_file(root: Path) -> None:
    shutil.rmtree(root / "sources")
    (root / "sources").write_text("not a folder\n", encoding="utf-8")


def claims_is_file(root: Path) -> None:
    shutil.rmtree(root / "claims")
    (root / "claims").write_text("not a folder\n", encoding="utf-8")


def doc_folder_is_file(root: Path) -> None:
    (root / "claims" / "other-doc").write_text("not a folder\n", encoding="utf-8")


def deep_json(root: Path) -> None:
    (root / "claims" / DOC / f"{DOC}-00000012.json").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")


def medium_deep_json(root: Path) -> None:
    (root / "claims" / DOC / f"{DOC}-00000013.json").write_text("[" * 500 + "]" * 500 + "\n", encoding="utf-8")


def huge_claim(root: Path) -> None:
    with open(root / "claims" / DOC / f"{DOC}-00000014.json", "wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: costs no disk


def huge_text(root: Path) -> None:
    with open(root / "sources" / f"{DOC}.txt", "r+b") as handle:
        handle.truncate(1024 * 1024 * 1024)


def missing_document_json(root: Path) -> None:
    (root / "sources" / f"{DOC}.json").unlink()


def text_without_json(root: Path) -> None:
    (root / "sources" / "orphan.txt").write_text("An orphan text.\n", encoding="utf-8")


def upper_case_json(root: Path) -> None:
    shutil.copyfile(root / CLAIM, root / "claims" / DOC / f"{DOC}-00000015.JSON")


def dot_file_claim(root: Path) -> None:
    shutil.copyfile(root / CLAIM, root / "claims" / DOC / ".draft.json")


def dot_file_source(root: Path) -> None:
    shutil.copyfile(root / "sources" / f"{DOC}.json", root / "sources" / ".backup.json")


def dot_folder(root: Path) -> None:
    (root / "claims" / ".old").mkdir()
    shutil.copyfile(root / CLAIM, root / "claims" / ".old" / f"{DOC}-00000002.json")


def stale_temp(root: Path) -> None:
    shutil.copyfile(root / CLAIM, root / "claims" / DOC / f".{DOC}-00000002.json.k3v9x0_q.tmp")


def duplicate_key(root: Path) -> None:
    path = root / CLAIM
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('  "status": "supported",', '  "status": "refuted",\n  "status": "supported",'), encoding="utf-8")


def corrupt_claim(root: Path) -> None:
    path = root / CLAIM
    data = json.loads(path.read_text(encoding="utf-8"))
    data["status"] = "true"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def read_only(root: Path) -> None:
    # Folders without write permission; as root the commands run as nobody, who owns none of them.
    for folder, dirs, _ in os.walk(root):
        os.chmod(folder, 0o555)


def claimkit_is_file(root: Path) -> None:
    (root / ".claimkit").write_text("not a folder\n", encoding="utf-8")


def nothing(root: Path) -> None:
    pass


REVIEW_SET = ("review", "set", f"{DOC}-00000001", "--status", "not_enough_evidence",
              "--rationale", "Searched the archive.", "--reviewer", "battery")

CASES = [
    Case("link-text-out-of-repo", link_text_out, ("CK007",)),
    Case("link-text-proc-environ", link_text_environ, ("CK007",), env={"HF_TOKEN": SECRET}),
    Case("link-text-dev-zero", link_text_dev_zero, ("CK007",)),
    Case("link-text-git-config", link_text_git_config, ("CK008",)),
    Case("link-claim-git-config", link_claim_git_config, ("CK008",)),
    Case("link-claim-out-of-repo", link_claim_out, ("CK007",)),
    Case("link-claim-dev-zero", link_claim_dev_zero, ("CK007",)),
    Case("link-claims-folder-out", link_claims_folder_out, ("CK007",)),
    Case("link-sources-folder-out", link_sources_folder_out, ("CK007",)),
    Case("dangling-link", dangling_link, ("CK008",)),
    Case("link-loop", link_loop, ("CK008",)),
    Case("fifo-claim", fifo_claim, ("CK009",), needs=("fifo",)),
    Case("fifo-text", fifo_text, ("CK009",), needs=("fifo",)),
    Case("fifo-document", fifo_document, ("CK009",), needs=("fifo",)),
    Case("fifo-one-path", fifo_claim, ("CK009",), argv=("validate", f"claims/{DOC}/{DOC}-0000000f.json"), needs=("fifo",)),
    Case("device-claim", device_claim, ("CK009",), needs=("mknod",)),
    Case("claim-is-folder", claim_is_folder, ("CK009",)),
    Case("text-is-folder", text_is_folder, ("CK009",)),
    Case("document-is-folder", document_is_folder, ("CK009",)),
    Case("sources-is-file", sources_is_file, ("CK009",)),
    Case("claims-is-file", claims_is_file, ("CK009",)),
    Case("doc-folder-is-file", doc_folder_is_file, ("CK013",)),
    Case("unreadable-claim", unreadable_claim, ("CK010",), needs=("unprivileged",)),
    Case("unreadable-text", unreadable_text, ("CK010",), needs=("unprivileged",)),
    Case("unreadable-doc-folder", unreadable_doc_folder, ("CK010",), needs=("unprivileged",)),
    Case("unreadable-claims-folder", unreadable_claims, ("CK010",), needs=("unprivileged",)),
    Case("unreadable-sources-folder", unreadable_sources, ("CK010",), needs=("unprivileged",)),
    Case("huge-claim", huge_claim, ("CK011",)),
    Case("huge-text", huge_text, ("CK011",)),
    Case("deep-json", deep_json, ("CK002",)),
    Case("deep-json-beside-one-path", deep_json, (), argv=("validate", CLAIM), exit=0),
    Case("deep-json-other-path", deep_json, ("CK002",), argv=("validate", f"claims/{DOC}/{DOC}-00000012.json")),
    Case("medium-deep-json", medium_deep_json, ("CK002",)),
    Case("missing-document-json", missing_document_json, ("CK201", "CK012")),
    Case("text-without-json", text_without_json, ("CK012",)),
    Case("upper-case-extension", upper_case_json, ("CK013",)),
    Case("dot-file-claim", dot_file_claim, ("CK013",)),
    Case("dot-file-source", dot_file_source, ("CK013",)),
    Case("dot-folder", dot_folder, ("CK013",)),
    Case("stale-temp-file", stale_temp, ("CK014",)),
    Case("duplicate-key", duplicate_key, ("CK015",)),
    Case("corrupt-claim", corrupt_claim, ("CK003",)),
    Case("root-missing", nothing, (), exit=2, stderr_has="no such folder", root="{repo}/nowhere", readers=False),
    Case("env-root-missing", nothing, (), exit=2, stderr_has="no such folder", root="", readers=False,
         env={"CLAIMKIT_ROOT": "{repo}/nowhere"}),
    Case("claimkit-is-file", claimkit_is_file, (), argv=REVIEW_SET, stderr_has=".claimkit", readers=False),
    Case("read-only-repo", read_only, (), argv=REVIEW_SET, stderr_has="Permission denied", needs=("unprivileged",),
         readers=False),
]

# -- bad options: each refused with one Error: line, nothing stored touched ---------------------

ARTICLE = "repo/article.txt"  # made by with_article; commands run in the scratch folder


def with_article(root: Path) -> None:
    (root / "article.txt").write_text("Harbor Town opened its new bridge on 3 March 1987.\n", encoding="utf-8")


def orphan_text(root: Path) -> None:
    with_article(root)
    (root / "sources" / "orphan.txt").write_text("Another text entirely.\n", encoding="utf-8")


def corrupt_metadata(root: Path) -> None:
    with_article(root)
    (root / "sources" / "harbor.json").write_text('{"schema_version": "1.0",', encoding="utf-8")


def misplaced_claim(root: Path) -> None:
    folder = root / "claims" / "other-doc"
    folder.mkdir()
    (root / CLAIM).rename(folder / Path(CLAIM).name)


def future_claim(root: Path) -> None:
    path = root / CLAIM
    path.write_text(path.read_text(encoding="utf-8").replace('"modified": "2026-01-', '"modified": "9999-01-'),
                    encoding="utf-8")


def future_history(root: Path) -> None:
    path = root / f"claims/{DOC}/{DOC}-00000001.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"modified": "2026-01-', '"modified": "2031-01-'), encoding="utf-8")


def _ingest(*options: str) -> tuple[str, ...]:
    return ("ingest", ARTICLE, "--doc-id", "harbor", *options)


# publish's --out is taken from the repository root, other paths from the working folder.
BAD_OPTIONS = [
    Case("publish-out-repository-root", nothing, (), argv=("publish", "--out", "."), exit=2,
         stderr_has="repository root"),
    Case("publish-out-claims", nothing, (), argv=("publish", "--out", "claims"), exit=2,
         stderr_has="claims/ folder"),
    Case("publish-out-foreign-folder", nothing, (), argv=("publish", "--out", "sources/.."), exit=2,
         stderr_has="repository root"),
    # publish --no-validate trusts an earlier validate; a record that breaks that trust is named.
    Case("publish-no-validate-invalid-record", corrupt_claim, (), argv=("publish", "--no-validate", "--no-load"),
         exit=1, stderr_has="is not a valid claim record"),
    Case("ingest-url-javascript", with_article, (), argv=_ingest("--url", "javascript:alert(1)"), exit=2,
         stderr_has="--url"),
    Case("ingest-url-ftp", with_article, (), argv=_ingest("--url", "ftp://x"), exit=2, stderr_has="--url"),
    Case("ingest-url-space", with_article, (), argv=_ingest("--url", "https://a b"), exit=2, stderr_has="--url"),
    Case("ingest-language", with_article, (), argv=_ingest("--language", "EN US"), exit=2, stderr_has="--language"),
    Case("ingest-retrieved-word", with_article, (), argv=_ingest("--retrieved", "yesterday"), exit=2,
         stderr_has="--retrieved"),
    Case("ingest-retrieved-impossible", with_article, (), argv=_ingest("--retrieved", "2026-02-30T00:00:00Z"),
         exit=2, stderr_has="--retrieved"),
    Case("ingest-retrieved-future", with_article, (), argv=_ingest("--retrieved", "2999-01-01T00:00:00Z"),
         exit=2, stderr_has="CK107"),
    Case("ingest-blank-title", with_article, (), argv=_ingest("--title", "  "), exit=2, stderr_has="--title"),
    Case("ingest-blank-rights", with_article, (), argv=_ingest("--rights", ""), exit=2, stderr_has="--rights"),
    Case("ingest-doc-id-newline", with_article, (), argv=("ingest", ARTICLE, "--doc-id", "harbor\n"), exit=2,
         stderr_has="--doc-id"),
    Case("ingest-published", with_article, (), argv=_ingest("--published", "2014-13-01"), exit=2,
         stderr_has="--published"),
    Case("ingest-over-orphan-text", orphan_text, (), argv=("ingest", ARTICLE, "--doc-id", "orphan"), exit=1,
         stderr_has="--force"),
    Case("ingest-over-corrupt-metadata", corrupt_metadata, (), argv=_ingest(), exit=2, stderr_has="sources/harbor.json"),
    Case("ingest-missing-file", nothing, (), argv=("ingest", "repo/nope.txt", "--doc-id", "nope"), exit=2,
         stderr_has="nope.txt"),
    Case("extract-batch-size-zero", nothing, (), argv=("extract", DOC, "--batch-size", "0"), exit=2,
         stderr_has="--batch-size"),
    Case("extract-batch-size-negative", nothing, (), argv=("extract", DOC, "--batch-size", "-5"), exit=2,
         stderr_has="--batch-size"),
    Case("extract-processes-zero", nothing, (), argv=("extract", DOC, "--n-process", "0"), exit=2,
         stderr_has="--n-process"),
    Case("render-into-missing-folder", nothing, (), argv=("render", DOC, "-o", "nofolder/page.html"), exit=2,
         stderr_has="does not exist"),
    Case("export-into-proc", nothing, (), argv=("export", "--format", "webanno", "-o", "/proc/claimkit-battery"),
         exit=1, stderr_has="/proc/claimkit-battery"),
    Case("serve-network-without-allowed-host", nothing, (), argv=("serve", "--host", "0.0.0.0", "--port", "0"),
         exit=2, stderr_has="--allowed-host"),
    Case("review-set-misplaced-claim", misplaced_claim, (),
         argv=("review", "set", f"{DOC}-00000002", "--status", "not_enough_evidence", "--rationale", "Searched."),
         stderr_has="wrong place"),
    Case("review-rationale-escape", nothing, (), argv=(*REVIEW_SET[:5], "--rationale", "Searched\x1b[2J."), exit=2,
         stderr_has="control character"),
    # (An argument cannot hold NUL at all: the operating system ends it there.)
    Case("review-reviewer-escape", nothing, (), argv=(*REVIEW_SET[:-1], "bat\x1btery"), exit=2,
         stderr_has="control character"),
    Case("review-expect-revision-stale", nothing, (), argv=(*REVIEW_SET, "--expect-revision", "0123456789abcdef"),
         stderr_has="changed since you loaded it"),
    Case("review-on-future-record", future_history, (), argv=REVIEW_SET, stderr_has="in the future"),
    Case("validate-modified-9999", future_claim, ("CK107",)),
    Case("review-status-unknown", nothing, (), argv=(*REVIEW_SET[:4], "proven", *REVIEW_SET[5:]), exit=2,
         stderr_has="proven"),
]
for case in BAD_OPTIONS:
    case.readers = case.argv[0] == "validate"
    case.unchanged = case.argv[0] != "validate"
CASES += BAD_OPTIONS


# -- running ---------------------------------------------------------------------------------


def _unprivileged_prefix() -> list[str] | None:
    """How to run a command as a user that permissions stop; None if this is impossible here."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def _why_not(case: Case, scratch: Path) -> str | None:
    for need in case.needs:
        if need == "unprivileged" and _unprivileged_prefix() is None:
            return "running as root without setpriv: chmod cannot deny reads to root"
        if need == "fifo" and not hasattr(os, "mkfifo"):
            return "no FIFOs on this system"
        if need == "mknod":
            try:
                os.mknod(scratch / "probe", 0o644 | stat.S_IFCHR, os.makedev(1, 5))
            except (OSError, AttributeError) as exc:
                return f"cannot make a device node here ({exc})"
            os.unlink(scratch / "probe")
    return None


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _run(argv: list[str], env: dict[str, str], cwd: Path, prefix: list[str]) -> tuple[int | None, str, str]:
    try:
        result = subprocess.run([*prefix, sys.executable, "-m", "claimkit", *argv], cwd=cwd, env=env,
                                capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                                preexec_fn=_limit_memory if os.name == "posix" else None)
    except subprocess.TimeoutExpired as exc:
        return None, (exc.stdout or b"").decode("utf-8", "replace"), (exc.stderr or b"").decode("utf-8", "replace")
    return result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")


def run_case(case: Case, scratch: Path) -> Outcome:
    """Build the case's repository under ``scratch``, run its commands, judge what they did."""
    repo = scratch / "repo"
    base_repo(repo)
    case.setup(repo)
    prefix = _unprivileged_prefix() if "unprivileged" in case.needs else []
    assert prefix is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMKIT_")}
    env.update({k: v.replace("{repo}", str(repo)) for k, v in case.env.items()})
    env["CLAIMKIT_REVIEWER"] = "battery"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    root = str(repo) if case.root is None else case.root.replace("{repo}", str(repo))
    head = ["--root", root] if root else []
    out = Outcome()
    before = _snapshot(repo) if case.unchanged else None
    commands = [list(case.argv)] + ([list(r) for r in READERS] if case.readers else [])
    for i, argv in enumerate(commands):
        code, stdout, stderr = _run(head + argv, env, scratch, prefix)
        shown = " ".join(argv)
        if code is None:
            out.hang = True
            out.notes.append(f"{shown}: no answer in {TIMEOUT}s")
            continue
        if "Traceback (most recent call last)" in stderr or code < 0:
            out.traceback = True
            out.notes.append(f"{shown}: traceback: {stderr.strip().splitlines()[-1][:200]}")
        if SECRET in stdout or SECRET in stderr:
            out.leak = True
            out.notes.append(f"{shown}: printed text read through a link")
        if i > 0:
            continue
        missing = [c for c in case.codes if f"[{c} " not in stdout]
        if code != case.exit or missing or (case.stderr_has and case.stderr_has not in stderr):
            if code == 0:
                out.silent = True
            else:
                out.wrong = True
            out.notes.append(f"{shown}: exit {code} (want {case.exit}); missing {missing}; stdout {stdout[-300:]!r}; "
                             f"stderr {stderr[-300:]!r}")
    if before is not None:
        after = _snapshot(repo)
        changed = sorted(name for name in set(before) | set(after)
                         if before.get(name) != after.get(name) and not name.startswith(".claimkit/"))
        if changed:
            out.wrong = True
            out.notes.append(f"a refused command changed {changed[:5]}")
    return out


def _snapshot(repo: Path) -> dict[str, bytes]:
    """Every regular file of the repository and its bytes (links and oddities left out)."""
    files = {}
    for folder, _, names in os.walk(repo):
        for name in names:
            path = os.path.join(folder, name)
            if stat.S_ISREG(os.lstat(path).st_mode):
                with open(path, "rb") as handle:
                    files[os.path.relpath(path, repo)] = handle.read()
    return files


def _scratch() -> Path:
    # Not under pytest's tmp_path: its parents are private to this user, and the unprivileged
    # cases run as another one.
    path = Path(tempfile.mkdtemp(prefix="claimkit-battery-"))
    path.chmod(0o755)
    return path


def _cleanup(path: Path) -> None:
    for folder, dirs, files in os.walk(path):
        for name in dirs:
            sub = os.path.join(folder, name)
            if not os.path.islink(sub):
                os.chmod(sub, 0o755)
    for folder, dirs, files in os.walk(path):  # again, now that every folder can be listed
        for name in files:
            p = os.path.join(folder, name)
            if not os.path.islink(p) and stat.S_ISREG(os.lstat(p).st_mode):
                os.chmod(p, 0o644)
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def scratch():
    path = _scratch()
    yield path
    _cleanup(path)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_battery_case(case: Case, scratch: Path):
    why = _why_not(case, scratch)
    if why:
        pytest.skip(why)
    outcome = run_case(case, scratch)
    assert not (outcome.traceback or outcome.hang or outcome.silent or outcome.wrong or outcome.leak), "\n".join(outcome.notes)


def main() -> int:
    tried = tracebacks = hangs = silent = wrong = leaks = skipped = 0
    for case in CASES:
        scratch = _scratch()
        try:
            why = _why_not(case, scratch)
            if why:
                skipped += 1
                print(f"skip  {case.name}: {why}")
                continue
            tried += 1
            outcome = run_case(case, scratch)
        finally:
            _cleanup(scratch)
        tracebacks += outcome.traceback
        hangs += outcome.hang
        silent += outcome.silent
        wrong += outcome.wrong
        leaks += outcome.leak
        bad = outcome.traceback or outcome.hang or outcome.silent or outcome.wrong or outcome.leak
        print(f"{'FAIL' if bad else 'ok  '}  {case.name}" + "".join(f"\n        {n}" for n in outcome.notes))
    print(f"cases tried {tried} (skipped {skipped}): tracebacks {tracebacks}, hangs {hangs}, "
          f"silent passes {silent}, other wrong answers {wrong}, leaks {leaks}")
    return 1 if tracebacks or hangs or silent or wrong or leaks else 0


if __name__ == "__main__":
    sys.exit(main())
