"""Check the gold annotation files of the real-article corpus; `--resolve` fills in offsets.

    python tests/gold/check.py [--resolve] [FILES...]

Without FILES it checks every ``tune/*.gold.json`` and ``held/*.gold.json`` beside this script.
Each file annotates ``<name>.txt`` in its own folder; see tests/gold/README.md for the format.
Every problem is printed as ``file: where: message [rule]``; the exit status is 1 if there was
any, 2 for a usage error, else 0.

``--resolve`` turns entries that locate their text by ``nth`` (0-based occurrence, as in
tests/gold/sentences.jsonl) or by a ``context`` (a string found once in the text that holds the
focus once) into ``start``/``end`` offsets, sorts every list by offset and writes the file back
in canonical form (2-space indent, fixed key order, trailing newline). A file that still has a
problem after resolving is reported and left as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from claimkit.models import CLAIM_TYPES, REGION_KINDS, Value
from pydantic import TypeAdapter, ValidationError

HERE = Path(__file__).resolve().parent
SPLITS = ("tune", "held", "seed")
TOP_KEYS = ("name", "split", "annotator", "guideline", "furniture", "borderline", "claims")
# Key order of each entry in canonical form; the first two are the offsets.
ENTRY_KEYS = {
    "furniture": ("start", "end", "kind", "text"),
    "borderline": ("start", "end", "text", "note"),
    "claims": ("start", "end", "focus", "type", "important", "value", "cluster", "note"),
}
# What an entry quotes from the text: claims their focus, the others their text.
QUOTED = {"furniture": "text", "borderline": "text", "claims": "focus"}
LOCATORS = ("nth", "context")
# Keys --resolve fills in when an annotator left them out.
DEFAULTS = {"claims": {"cluster": None, "note": None}}
VALUE = TypeAdapter(Value)


@dataclass(frozen=True)
class Problem:
    path: str
    where: str
    message: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.message} [{self.rule}]"


class _Problems(list):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def add(self, where: str, message: str, rule: str) -> None:
        self.append(Problem(self.path, where, message, rule))


def default_files() -> list[Path]:
    return sorted(p for split in SPLITS for p in (HERE / split).glob("*.gold.json"))


def text_path(gold: Path) -> Path:
    return gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


# -- resolving -------------------------------------------------------------------------------


def locate(text: str, quoted: str, entry: dict) -> tuple[int, int] | str:
    """The offsets of ``quoted`` that ``entry`` points at, or why they cannot be found."""
    if "nth" in entry and "context" in entry:
        return "give nth or context, not both"
    if "nth" in entry:
        nth = entry["nth"]
        if not isinstance(nth, int) or isinstance(nth, bool) or nth < 0:
            return f"nth must be an integer >= 0 (0 is the first occurrence), not {nth!r}"
        pos = -1
        for _ in range(nth + 1):
            pos = text.find(quoted, pos + 1)
            if pos < 0:
                return f"{quoted!r} does not occur {nth + 1} time(s) in the text"
        return pos, pos + len(quoted)
    if "context" in entry:
        context = entry["context"]
        if not isinstance(context, str) or quoted not in context:
            return f"the context must be a string that holds {quoted!r}"
        hits = _occurrences(text, context)
        if len(hits) != 1:
            return f"the context {context!r} occurs {len(hits)} times in the text; it must occur once"
        inner = _occurrences(context, quoted)
        if len(inner) != 1:
            return f"{quoted!r} occurs {len(inner)} times in the context; lengthen or shorten it"
        start = hits[0] + inner[0]
        return start, start + len(quoted)
    hits = _occurrences(text, quoted)
    if len(hits) != 1:
        return f"{quoted!r} occurs {len(hits)} times in the text; add nth or context"
    return hits[0], hits[0] + len(quoted)


def _occurrences(text: str, part: str) -> list[int]:
    out, pos = [], text.find(part)
    while pos >= 0 and part:
        out.append(pos)
        pos = text.find(part, pos + 1)
    return out


def resolve(data: dict, text: str, problems: _Problems) -> None:
    """Replace nth/context locators by start/end in place; report what cannot be located."""
    for section, quoted_key in QUOTED.items():
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or (not any(k in entry for k in LOCATORS) and "start" in entry):
                continue
            where = f"{section}[{i}]"
            quoted = entry.get(quoted_key)
            if not isinstance(quoted, str) or not quoted:
                problems.add(where, f"{quoted_key} must be a non-empty string to locate the entry", "unresolved")
                continue
            found = locate(text, quoted, entry)
            if isinstance(found, str):
                problems.add(where, found, "unresolved")
                continue
            if ("start" in entry or "end" in entry) and (entry.get("start"), entry.get("end")) != found:
                problems.add(where, f"start/end {entry.get('start')}/{entry.get('end')} disagree with the locator, which finds "
                                    f"{found[0]}/{found[1]}", "unresolved")
                continue
            for key in LOCATORS:
                entry.pop(key, None)
            entry["start"], entry["end"] = found


def canonical(data: dict) -> str:
    """The file's canonical text: fixed key order, lists sorted by offsets, 2-space indent."""
    out = {key: data[key] for key in TOP_KEYS if key in data}
    out |= {key: value for key, value in data.items() if key not in out}  # unknown keys stay visible
    for section, keys in ENTRY_KEYS.items():
        entries = out.get(section)
        if not isinstance(entries, list):
            continue
        ordered = []
        for entry in entries:
            if isinstance(entry, dict):
                entry = DEFAULTS.get(section, {}) | entry
                entry = {k: entry[k] for k in keys if k in entry} | {k: v for k, v in entry.items() if k not in keys}
            ordered.append(entry)
        out[section] = sorted(ordered, key=_order)
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def _order(entry: object) -> tuple:
    if isinstance(entry, dict) and isinstance(entry.get("start"), int) and isinstance(entry.get("end"), int):
        return (0, entry["start"], entry["end"])
    return (1, 0, 0)  # unresolved entries last, in their order (sorted() is stable)


# -- checking --------------------------------------------------------------------------------


def check_file(path: Path, *, fix: bool = False) -> list[Problem]:
    """Every problem of one gold file; with ``fix``, resolve locators and rewrite it first."""
    problems = _Problems(_display(path))
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.add("$", f"cannot be read as UTF-8 JSON: {exc}", "json")
        return problems
    if not isinstance(data, dict):
        problems.add("$", "must be a JSON object", "json")
        return problems
    source = text_path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.add("$", f"its text {source.name} cannot be read: {exc}", "text-exists")
        return problems
    _check_source(path, text, problems)
    if fix:
        resolve(data, text, problems)
        data = json.loads(canonical(data))  # defaults filled in and sorted, as it would be written
    _check_top(path, data, problems)
    regions = _check_furniture(data, text, problems)
    _check_borderline(data, text, problems)
    _check_claims(data, text, regions, problems)
    if fix and not problems:
        fixed = canonical(data)
        if fixed != raw:
            path.write_text(fixed, encoding="utf-8")
    elif not fix and raw != canonical(data):
        problems.add("$", "not in canonical form (sorted by start, fixed key order, 2-space indent); run with --resolve",
                     "canonical")
    return problems


def _check_source(path: Path, text: str, problems: _Problems) -> None:
    meta_path = text_path(path).with_suffix(".json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.add("$", f"its document metadata {meta_path.name} cannot be read: {exc}", "text-exists")
        return
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if meta.get("sha256") != digest or meta.get("length") != len(text):
        problems.add("$", f"{text_path(path).name} does not match the sha256 and length in {meta_path.name}: "
                          "the text changed under the annotations", "source-hash")


def _check_top(path: Path, data: dict, problems: _Problems) -> None:
    for key in TOP_KEYS:
        if key not in data:
            problems.add(f"$.{key}", "missing", "fields")
    for key in data:
        if key not in TOP_KEYS:
            problems.add(f"$.{key}", "unknown key", "fields")
    name = path.name.removesuffix(".gold.json")
    if "name" in data and data["name"] != name:
        problems.add("$.name", f"{data['name']!r} but the file is {path.name!r}", "name-matches-file")
    split = data.get("split")
    if "split" in data and split not in SPLITS:
        problems.add("$.split", f"{split!r} is not one of {', '.join(SPLITS)}", "split")
    elif path.parent.name in SPLITS and split != path.parent.name:
        problems.add("$.split", f"{split!r} but the file is in {path.parent.name}/", "split")
    for key in ("annotator", "guideline"):
        if key in data and (not isinstance(data[key], str) or not data[key].strip()):
            problems.add(f"$.{key}", "must be a non-empty string", "fields")
    for key in ENTRY_KEYS:
        if key in data and not isinstance(data[key], list):
            problems.add(f"$.{key}", "must be a list", "fields")


def _entries(data: dict, section: str, text: str, problems: _Problems):
    """(index, entry, start, end) of each entry whose offsets and quoted text are sound."""
    entries = data.get(section)
    if not isinstance(entries, list):
        return
    keys, quoted_key = ENTRY_KEYS[section], QUOTED[section]
    for i, entry in enumerate(entries):
        where = f"{section}[{i}]"
        if not isinstance(entry, dict):
            problems.add(where, "must be an object", "fields")
            continue
        for key in entry:
            if key in LOCATORS and not any(p.where == where and p.rule == "unresolved" for p in problems):
                problems.add(where, f"still has {key!r}: run with --resolve to turn it into start/end", "unresolved")
            elif key not in keys:
                problems.add(f"{where}.{key}", "unknown key", "fields")
        missing = [k for k in keys if k not in entry and k not in ("start", "end") and k not in DEFAULTS.get(section, {})]
        if missing:
            problems.add(where, f"missing {', '.join(missing)}", "fields")
        start, end = entry.get("start"), entry.get("end")
        if "start" not in entry or "end" not in entry:
            if not any(k in entry for k in LOCATORS):
                problems.add(where, "has no start/end: run with --resolve (its text must then occur once, or give nth or "
                                    "context)", "unresolved")
            continue
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            problems.add(where, f"start and end must be integers, got {start!r} and {end!r}", "offsets")
            continue
        if not 0 <= start < end <= len(text):
            problems.add(where, f"{start}..{end} is not a non-empty range inside the text (length {len(text)})", "offsets")
            continue
        quoted = entry.get(quoted_key)
        if text[start:end] != quoted:
            problems.add(f"{where}.{quoted_key}", f"{quoted!r} but the text at {start}..{end} is {text[start:end]!r}",
                         "text-matches")
            continue
        yield i, entry, start, end


def _check_furniture(data: dict, text: str, problems: _Problems) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    previous = None
    for i, entry, start, end in _entries(data, "furniture", text, problems):
        if entry.get("kind") not in REGION_KINDS:
            problems.add(f"furniture[{i}].kind", f"{entry.get('kind')!r} is not a region kind of the Document model "
                                                 f"({', '.join(REGION_KINDS)})", "furniture-kind")
        if previous is not None and start < previous[1]:
            rule_message = "overlaps" if start >= previous[0] else "starts before"
            problems.add(f"furniture[{i}]", f"{start}..{end} {rule_message} the region before it ({previous[0]}..{previous[1]}); "
                                            "regions are sorted by start and do not overlap", "furniture-order")
        previous = (start, end)
        regions.append((start, end))
    return regions


def _check_borderline(data: dict, text: str, problems: _Problems) -> None:
    for i, entry, _, _ in _entries(data, "borderline", text, problems):
        if not isinstance(entry.get("note"), str) or not entry["note"].strip():
            problems.add(f"borderline[{i}].note", "say why the passage is borderline", "fields")


def _check_claims(data: dict, text: str, regions: list[tuple[int, int]], problems: _Problems) -> None:
    clusters: dict[str, list[int]] = {}
    seen: dict[tuple[int, int, object], int] = {}
    for i, claim, start, end in _entries(data, "claims", text, problems):
        where = f"claims[{i}]"
        if claim.get("type") not in CLAIM_TYPES:
            problems.add(f"{where}.type", f"{claim.get('type')!r} is not one of {', '.join(CLAIM_TYPES)}", "claim-type")
        if not isinstance(claim.get("important"), bool):
            problems.add(f"{where}.important", f"must be true or false, not {claim.get('important')!r}", "important")
        _check_value(where, claim, problems)
        cluster = claim.get("cluster")
        if cluster is not None and (not isinstance(cluster, str) or not cluster.strip()):
            problems.add(f"{where}.cluster", f"must be null or a non-empty string, not {cluster!r}", "cluster")
        elif cluster is not None:
            clusters.setdefault(cluster, []).append(i)
        note = claim.get("note")
        if note is not None and not isinstance(note, str):
            problems.add(f"{where}.note", "must be null or a string", "fields")
        for r_start, r_end in regions:
            if r_start < end and start < r_end:
                problems.add(where, f"the focus {start}..{end} overlaps the furniture region {r_start}..{r_end}",
                             "focus-in-furniture")
                break
        key = (start, end, claim.get("type"))
        if key in seen:
            problems.add(where, f"the same focus and type as claims[{seen[key]}]", "duplicate-claim")
        seen.setdefault(key, i)
    for cluster, members in clusters.items():
        if len(members) < 2:
            problems.add(f"claims[{members[0]}].cluster", f"cluster {cluster!r} has one claim; a cluster needs two or more "
                                                         "(set it to null or mark the other mention)", "cluster")


def _check_value(where: str, claim: dict, problems: _Problems) -> None:
    value = claim.get("value")
    if value is None:
        return  # allowed for every type: a relative date with no document date stays unnormalized
    try:
        parsed = VALUE.validate_python(value, strict=True)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        problems.add(f"{where}.value", f"not a valid quantity or date value: {loc}: {first['msg']}", "value")
        return
    if claim.get("type") in ("quantity", "date") and parsed.kind != claim["type"]:
        problems.add(f"{where}.value", f"a {claim['type']!r} claim with a {parsed.kind!r} value", "value")


# -- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="gold files (default: tune/ and held/)")
    parser.add_argument("--resolve", action="store_true", help="turn nth/context into start/end and rewrite canonically")
    args = parser.parse_args(argv)
    files = args.files or default_files()
    if not files:
        print("Error: no gold files to check (tests/gold/tune/*.gold.json, tests/gold/held/*.gold.json)", file=sys.stderr)
        return 2
    problems = [p for path in files for p in check_file(path, fix=args.resolve)]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {len(files)} file(s)" if problems else f"{len(files)} file(s) clean",
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
