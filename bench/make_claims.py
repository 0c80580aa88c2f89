"""Make a scratch repository with N valid claim files, for timing `claimkit validate`.

    python bench/make_claims.py --count 10000 --out /tmp/claims-10k
    claimkit --root /tmp/claims-10k validate

The records are the valid examples of tests/examples/ with fresh ids, spread over 100-claim
documents (each a copy of the example source), so every integrity rule runs on every file.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from claimkit.models import Claim
from claimkit.store import canonical_json

HERE = Path(__file__).parent
EXAMPLES = HERE.parent / "tests" / "examples"
PER_DOC = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    templates = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EXAMPLES / "valid").glob("*.json"))]
    source = EXAMPLES / "repo" / "sources"
    if args.out.exists():
        shutil.rmtree(args.out)
    (args.out / "sources").mkdir(parents=True)
    for n in range(args.count):
        doc_id = f"doc-{n // PER_DOC:05d}"
        if n % PER_DOC == 0:
            shutil.copyfile(source / "example-doc.txt", args.out / "sources" / f"{doc_id}.txt")
            meta = json.loads((source / "example-doc.json").read_text(encoding="utf-8")) | {"doc_id": doc_id}
            (args.out / "sources" / f"{doc_id}.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        record = templates[n % len(templates)] | {"id": f"{doc_id}-{n:08x}", "doc_id": doc_id}
        claim = Claim.model_validate(record)
        path = args.out / "claims" / doc_id / f"{claim.id}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(canonical_json(claim), encoding="utf-8")
    print(f"{args.count} claims in {args.out}")


if __name__ == "__main__":
    main()
