"""The slow half of the reliability battery: kills, races and huge inputs, run as a user would.

Each case runs real ``claimkit`` processes in a scratch copy of the example repository and
counts what the reliability issue asks about: acknowledged writes lost, files left corrupt,
temporary files left behind, parallel updates lost, duplicate claims, tracebacks and hangs.
The fast half (bad options, odd files, corrupt records) is ``tests/test_battery.py``.

    python bench/battery.py                 # every case, default sizes (several minutes)
    python bench/battery.py --kills 20 --skip-long
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
EXAMPLES = ROOT / "tests" / "examples"
SEED = ROOT / "sources" / "iran-albania-relations.txt"
PYTHON = sys.executable
TRACEBACK = "Traceback (most recent call last)"


@dataclass
class Outcome:
    case: str
    runs: int = 0
    tracebacks: int = 0
    hangs: int = 0
    figures: dict[str, object] = field(default_factory=dict)


def claimkit(root: Path, *args: str, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the CLI; a run that outlives ``timeout`` comes back with returncode None."""
    cmd = [PYTHON, "-m", "claimkit", "--root", str(root), *args]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              env=os.environ | {"CLAIMKIT_REVIEWER": "battery"} | (env or {}))
    except subprocess.TimeoutExpired as exc:
        return subprocess.CompletedProcess(cmd, None, exc.stdout or "", exc.stderr or "")  # type: ignore[arg-type]


def scratch_repo(base: Path, name: str, claims: int = 1) -> Path:
    """A copy of the example repository with ``claims`` valid claims on its document, each with
    a focus of its own (two live claims of one focus and type are one proposition twice, CK303)."""
    from claimkit.anchoring import quote_for
    from claimkit.models import Claim
    from claimkit.store import canonical_json

    root = base / name
    shutil.copytree(EXAMPLES / "repo", root)
    template = json.loads((EXAMPLES / "valid" / "quantity-unverified.json").read_text(encoding="utf-8"))
    text = (root / "sources" / f"{template['doc_id']}.txt").read_text(encoding="utf-8")
    folder = root / "claims" / template["doc_id"]
    folder.mkdir(parents=True, exist_ok=True)
    span = template["span"]
    for n in range(claims):
        start = span["start"] + n
        end = min(start + 12, span["end"])
        record = template | {
            "id": f"{template['doc_id']}-{n:08x}",
            "focus": {"start": start, "end": end, "text": text[start:end]},
            "quote": quote_for(text, start, end),
        }
        (folder / f"{record['id']}.json").write_text(canonical_json(Claim.model_validate(record)), encoding="utf-8")
    return root


def _count(outcome: Outcome, proc: subprocess.CompletedProcess) -> None:
    outcome.runs += 1
    if proc.returncode is None:
        outcome.hangs += 1
    elif TRACEBACK in (proc.stderr or ""):
        outcome.tracebacks += 1


# -- kills --------------------------------------------------------------------------------------

_WRITER = """
import sys
from claimkit.review import Reviewer
from claimkit.store import Store
root, claim_id, tag = sys.argv[1:4]
reviewer = Reviewer(Store(root), "battery")
n = 0
while True:
    url = f"https://example.org/battery/{tag}/{n}"
    reviewer.add_evidence(claim_id, [{"url": url, "title": "Battery page", "publisher": "Battery",
                                      "published": None, "stance": "context",
                                      "summary": "A page cited by the reliability battery."}])
    print(url, flush=True)
    n += 1
"""


def kills(base: Path, rounds: int, rng: random.Random) -> Outcome:
    """Kill a writer with SIGKILL at random moments; every acknowledged write must survive."""
    out = Outcome("kill -9 during review writes")
    root = scratch_repo(base, "kills")
    claim_id = next((root / "claims").glob("*/*.json")).stem
    acked: list[str] = []
    temp_after_kills = 0
    for r in range(rounds):
        proc = subprocess.Popen([PYTHON, "-c", _WRITER, str(root), claim_id, f"r{r}"], stdout=subprocess.PIPE, text=True)
        time.sleep(0.4 + rng.random() * 0.6)  # start-up, then some writes
        os.kill(proc.pid, signal.SIGKILL)
        stdout, _ = proc.communicate()
        acked += stdout.split()
        out.runs += 1
    temp_after_kills = len(list((root / "claims").rglob(".*.tmp")))
    # One more write takes the lock, which removes what killed writers left.
    after = claimkit(root, "review", "evidence", "add", claim_id, "--url", "https://example.org/battery/final",
                     "--title", "Final", "--publisher", "Battery", "--stance", "context",
                     "--summary", "The write after the kills.")
    _count(out, after)
    corrupt = 0
    stored: set[str] = set()
    for path in (root / "claims").rglob("*.json"):
        try:
            stored |= {e["url"] for e in json.loads(path.read_text(encoding="utf-8"))["evidence"]}
        except (ValueError, KeyError):
            corrupt += 1
    validate = claimkit(root, "validate")
    _count(out, validate)
    out.figures = {
        "kills": rounds, "acknowledged writes": len(acked), "acknowledged writes lost": len(set(acked) - stored),
        "corrupt files": corrupt, "temp files after the kills": temp_after_kills,
        "temp files after the next write": len(list((root / "claims").rglob(".*.tmp"))),
        "validate exit": validate.returncode,
    }
    return out


# -- parallel updates ----------------------------------------------------------------------------


def parallel_updates(base: Path, processes: int, per_process: int, claims: int) -> Outcome:
    """``processes`` CLI processes each add ``per_process`` evidence items, spread over ``claims``."""
    out = Outcome(f"parallel CLI updates on {claims} claim(s)")
    root = scratch_repo(base, f"parallel-{claims}", claims)
    ids = sorted(p.stem for p in (root / "claims").glob("*/*.json"))
    script = (
        "import subprocess, sys\n"
        "root, worker, n, ids = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(',')\n"
        "bad = 0\n"
        "for i in range(n):\n"
        "    cid = ids[(int(worker) + i) % len(ids)]\n"
        "    p = subprocess.run([sys.executable, '-m', 'claimkit', '--root', root, 'review', 'evidence', 'add', cid,\n"
        "        '--url', f'https://example.org/par/{worker}/{i}', '--title', 'T', '--publisher', 'P',\n"
        "        '--stance', 'context', '--summary', 'A parallel update by the battery.'], capture_output=True, text=True)\n"
        "    bad += p.returncode != 0 or 'Traceback' in p.stderr\n"
        "print(bad)\n"
    )
    procs = [subprocess.Popen([PYTHON, "-c", script, str(root), str(w), str(per_process), ",".join(ids)],
                              stdout=subprocess.PIPE, text=True, env=os.environ | {"CLAIMKIT_REVIEWER": "battery"})
             for w in range(processes)]
    failed = sum(int(p.communicate()[0].strip() or 0) for p in procs)
    kept = sum(len(json.loads(p.read_text(encoding="utf-8"))["evidence"]) for p in (root / "claims").rglob("*.json"))
    validate = claimkit(root, "validate")
    _count(out, validate)
    out.runs += processes * per_process
    out.figures = {"updates": processes * per_process, "failed commands": failed,
                   "updates lost": processes * per_process - failed - kept, "validate exit": validate.returncode}
    return out


# -- concurrent extraction -------------------------------------------------------------------------


def concurrent_extract(base: Path) -> Outcome:
    """Two extract runs on one document at once: no duplicate claims."""
    out = Outcome("two concurrent extract runs on one document")
    root = base / "extract"
    root.mkdir()
    _count(out, claimkit(root, "ingest", str(SEED), "--doc-id", "seed", "--title", "Seed", "--rights", "test"))
    cmd = [PYTHON, "-m", "claimkit", "--root", str(root), "extract", "seed"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=900)
        out.runs += 1
        out.tracebacks += TRACEBACK in err
    keys: dict[tuple, int] = {}
    for path in (root / "claims").rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = (data["focus"]["start"], data["focus"]["end"], data["type"])
        keys[key] = keys.get(key, 0) + 1
    validate = claimkit(root, "validate")
    _count(out, validate)
    out.figures = {"claims": sum(keys.values()), "duplicate claims": sum(n - 1 for n in keys.values()),
                   "validate exit": validate.returncode}
    return out


# -- long inputs -----------------------------------------------------------------------------------


def long_inputs(base: Path, timeout: float) -> list[Outcome]:
    outcomes = []
    seed = SEED.read_text(encoding="utf-8")
    over_limit = (seed + "\n") * (1_100_000 // len(seed) + 1)
    line = ("The ministry said 7.2 percent of 3,000 members left in July 2022 " * 14_000)[:900_000] + "\n"
    for name, text in (("a source over spaCy's 1,000,000-character limit", over_limit),
                       ("a 900 KB source on one repetitive line", line)):
        out = Outcome(name)
        root = base / ("long-" + str(len(outcomes)))
        root.mkdir()
        path = base / f"long-{len(outcomes)}.txt"
        path.write_text(text, encoding="utf-8")
        _count(out, claimkit(root, "ingest", str(path), "--doc-id", "long", "--title", "Long", "--rights", "test"))
        start = time.perf_counter()
        proc = claimkit(root, "extract", "long", timeout=timeout)
        seconds = time.perf_counter() - start
        _count(out, proc)
        validate = claimkit(root, "validate")
        _count(out, validate)
        out.figures = {"characters": len(text), "extract exit": proc.returncode, "extract seconds": round(seconds, 1),
                       "claims": len(list((root / "claims").rglob("*.json"))), "validate exit": validate.returncode}
        outcomes.append(out)
    return outcomes


def concurrent_publish(base: Path) -> Outcome:
    out = Outcome("three concurrent publish runs")
    root = base / "publish"
    shutil.copytree(ROOT / "sources", root / "sources")
    shutil.copytree(ROOT / "claims", root / "claims")
    cmd = [PYTHON, "-m", "claimkit", "--root", str(root), "publish", "--out", str(root / "dist" / "hf"), "--no-validate"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    codes = []
    for p in procs:
        _, err = p.communicate(timeout=600)
        out.runs += 1
        out.tracebacks += TRACEBACK in err
        codes.append(p.returncode)
    left = [p.name for p in (root / "dist").iterdir() if p.name != "hf"]
    out.figures = {"exit codes": codes, "folders left beside dist/hf": len(left)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40, help="writer processes killed with SIGKILL")
    parser.add_argument("--processes", type=int, default=8, help="parallel CLI processes")
    parser.add_argument("--updates", type=int, default=25, help="updates per parallel process")
    parser.add_argument("--skip-long", action="store_true", help="leave out the huge-input extraction cases")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before an extraction counts as a hang")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="claimkit-battery-") as tmp:
        base = Path(tmp)
        outcomes = [kills(base, args.kills, rng),
                    parallel_updates(base, args.processes, args.updates, 1),
                    parallel_updates(base, args.processes, args.updates, 8),
                    concurrent_extract(base),
                    concurrent_publish(base)]
        if not args.skip_long:
            outcomes += long_inputs(base, args.timeout)
    print("| case | runs | tracebacks | hangs | figures |")
    print("|---|---:|---:|---:|---|")
    for o in outcomes:
        figures = "; ".join(f"{k}: {v}" for k, v in o.figures.items())
        print(f"| {o.case} | {o.runs} | {o.tracebacks} | {o.hangs} | {figures} |")


if __name__ == "__main__":
    main()
