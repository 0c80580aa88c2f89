"""The baseline: the same spaCy pipeline (model, paragraph breaks, claim_detector) over the same
texts with bare nlp.pipe, and nothing else: no noise regions, no records, no writes."""

from __future__ import annotations

import argparse
from pathlib import Path

from claimkit.extract import load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=4)
    args = parser.parse_args()
    nlp = load_pipeline()
    texts = [p.read_text(encoding="utf-8") for p in sorted((args.root / "sources").glob("*.txt"))]
    spans = 0
    for doc in nlp.pipe(texts, n_process=args.n_process, batch_size=args.batch_size):
        spans += len(doc.spans.get("claims", []))
    print(f"{len(texts)} documents, {spans} claim spans")


if __name__ == "__main__":
    main()
