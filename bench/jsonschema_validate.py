"""The yardstick for `claimkit validate`: every record file checked against schema/ with the
`jsonschema` package (Draft 2020-12), the usual way to validate JSON records in CI."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import jsonschema

ROOT = Path(__file__).parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    args = parser.parse_args()
    claim = jsonschema.Draft202012Validator(json.loads((ROOT / "schema" / "claim.schema.json").read_text()))
    document = jsonschema.Draft202012Validator(json.loads((ROOT / "schema" / "document.schema.json").read_text()))
    files = errors = 0
    for base, validator in ((args.root / "sources", document), (args.root / "claims", claim)):
        for folder, _, names in os.walk(base):
            for name in sorted(names):
                if not name.endswith(".json"):
                    continue
                files += 1
                with open(os.path.join(folder, name), "rb") as handle:
                    errors += sum(1 for _ in validator.iter_errors(json.load(handle)))
    print(f"{files} files, {errors} errors")


if __name__ == "__main__":
    main()
