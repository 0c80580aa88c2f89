"""Build a scratch repository holding a corpus of about N words made from the repo's own data.

The gold tune articles (tests/gold/tune/*.txt: real pages with their menus, bylines and link
lists) come first, each whole, with its metadata. The rest of the documents mix paragraphs of
the stored articles (sources/*.txt) and of the tune articles with paragraphs made of the
check-worthiness sentences (data/checkworthiness/*.tsv, if present) and the hand-written gold
sentences (tests/gold/sentences.jsonl), shuffled with a fixed seed: realistic prose with claims,
noise lines and non-claims. The held-back articles are never used.

    python bench/corpus.py --words 1000000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
from pathlib import Path

from claimkit.ingest import ingest
from claimkit.store import Store

ROOT = Path(__file__).parent.parent
TUNE = ROOT / "tests" / "gold" / "tune"
WORDS_PER_DOC = 5000


def tune_articles() -> list[Path]:
    return sorted(TUNE.glob("*.txt"))


def paragraphs() -> list[str]:
    out = []
    for path in sorted((ROOT / "sources").glob("*.txt")) + tune_articles():
        out += [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    sentences = []
    for path in sorted((ROOT / "data" / "checkworthiness").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0] != "Sentence_id":
                    sentences.append(row[1].strip().strip('"'))
    gold = ROOT / "tests" / "gold" / "sentences.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences.append(json.loads(line)["text"])
    rng = random.Random(7)
    rng.shuffle(sentences)
    for i in range(0, len(sentences), 8):
        out.append(" ".join(s for s in sentences[i : i + 8] if s))
    return out


def build(words: int, out: Path) -> tuple[int, int]:
    if out.exists():
        shutil.rmtree(out)
    (out / "claims").mkdir(parents=True)
    store = Store(out)
    total, n = 0, 0
    for path in tune_articles():
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        ingest(store, path, f"tune-{path.stem}", title=meta["title"], url=meta["url"], author=meta.get("author"),
               published=meta.get("published"), retrieved="2026-01-01T00:00:00Z", rights="benchmark input")
        total += len(path.read_text(encoding="utf-8").split())
        n += 1
    pool = paragraphs()
    rng = random.Random(11)
    tmp = out / ".input.txt"
    while total < words:
        body, count = [], 0
        while count < WORDS_PER_DOC:
            para = rng.choice(pool)
            body.append(para)
            count += len(para.split())
        tmp.write_text("\n".join(body) + "\n", encoding="utf-8")
        ingest(store, tmp, f"bench-{n:04d}", retrieved="2026-01-01T00:00:00Z", rights="benchmark input")
        total += count
        n += 1
    tmp.unlink(missing_ok=True)
    return n, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    docs, words = build(args.words, args.out)
    print(f"{docs} documents, {words} words ({len(tune_articles())} gold tune articles whole, the rest mixed) in {args.out}")


if __name__ == "__main__":
    main()
