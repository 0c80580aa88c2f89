"""Validate a tree of records: parse every file, run every rule, collect every finding.

Nothing stops at the first problem: a file that is not UTF-8, not JSON or not a valid record is
one located finding and the run goes on, in the manner of check-jsonschema. So is anything on
the file system that is not a readable record: the store lists and reads the tree without
following links or blocking, and hands back what it cannot read.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from json.decoder import scanstring  # type: ignore[attr-defined]  # CPython's JSON string scanner, not in typeshed
from pathlib import Path

from pydantic import ValidationError

from .errors import ClaimkitError, RecordUnreadable, UsageError
from .models import Claim, Document
from .rules import RULES, Finding, Rule, Source, check_claim, check_document, excerpt
from .store import CLAIMS, SOURCES, Store, canonical_json


def rules() -> list[Rule]:
    return list(RULES.values())


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings


# -- reading one file ------------------------------------------------------------------------


@dataclass
class Parsed:
    path: str
    text: str | None = None
    data: object = None
    findings: list[Finding] = field(default_factory=list)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def parse_json(raw: bytes, path: str) -> Parsed:
    """Decode and parse one record file; failures become located CK001/CK002 findings."""
    parsed = Parsed(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = raw[: exc.start]
        line = head.count(b"\n") + 1
        column = exc.start - (head.rfind(b"\n") + 1) + 1
        parsed.findings.append(Finding(
            path, "$", "CK001", f"byte 0x{raw[exc.start]:02x} at line {line}, column {column} is not UTF-8", line, column
        ))
        return parsed
    parsed.text = text
    if text.startswith("\ufeff"):
        parsed.findings.append(Finding(path, "$", "CK001", "the file starts with a byte-order mark", 1, 1))
        return parsed
    if not text.strip():
        parsed.findings.append(Finding(path, "$", "CK002", "the file is empty", 1, 1))
    return parsed


def json_data(parsed: Parsed) -> bool:
    """Parse ``parsed.text`` with the standard library, for locating errors; False on a CK002."""
    path, text = parsed.path, parsed.text or ""
    try:
        parsed.data = json.loads(text, parse_constant=_reject_constant)
        return True
    except json.JSONDecodeError as exc:
        parsed.findings.append(Finding(
            path, "$", "CK002", f"{exc.msg} (line {exc.lineno}, column {exc.colno})", exc.lineno, exc.colno
        ))
    except ValueError as exc:  # NaN / Infinity
        parsed.findings.append(Finding(path, "$", "CK002", str(exc), 1, 1))
    except RecursionError:
        parsed.findings.append(Finding(path, "$", "CK002", "the JSON is nested too deeply", 1, 1))
    return False


_AT = re.compile(r"at line (\d+) column (\d+)")


def load_record(model, parsed: Parsed):
    """The record in ``parsed`` as ``model``, or None with located findings.

    The common case, a valid file, is parsed once by pydantic's own JSON parser; only a file
    that fails is parsed again by ``json`` to find where (and whether it is JSON at all).
    """
    if parsed.findings or parsed.text is None:
        return None
    try:
        return model.model_validate_json(parsed.text)
    except ValidationError as exc:
        if not json_data(parsed):
            return None
        parsed.findings += duplicate_key_findings(parsed.text, parsed.path)
        unparsed = [e for e in exc.errors(include_url=False) if e["type"] == "json_invalid"]
        if unparsed:
            # JSON that ``json`` reads but pydantic's parser refuses: nesting past its limit.
            message = unparsed[0]["msg"].removeprefix("Invalid JSON: ")
            at = _AT.search(message)
            line, column = (int(at[1]), int(at[2])) if at else (1, 1)
            parsed.findings.append(Finding(parsed.path, "$", "CK002", message, line, column))
        else:
            parsed.findings += schema_findings(exc, parsed.data, parsed.path)
        return None


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _pointer(parts: list[str | int]) -> str:
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}"
        else:
            out += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return out


def _error_pointer(data: object, loc: tuple) -> list[str | int]:
    """Turn a pydantic error location into a path through the data itself.

    Pydantic adds the tags of unions to locations (``value.quantity.amount.float``); those are
    not keys of the document and are dropped.
    """
    parts: list[str | int] = []
    node = data
    for item in loc:
        if isinstance(node, dict) and isinstance(item, str):
            if item in node:
                parts.append(item)
                node = node[item]
            elif item != node.get("kind"):  # a missing field; a union tag is skipped
                parts.append(item)
                node = None
        elif isinstance(node, list) and isinstance(item, int) and 0 <= item < len(node):
            parts.append(item)
            node = node[item]
        # Anything else is a union member's tag after a scalar, not part of the data.
    return parts


def schema_findings(error: ValidationError, data: object, path: str) -> list[Finding]:
    findings = []
    for err in error.errors(include_url=False):
        parts = _error_pointer(data, tuple(err["loc"]))
        kind = err["type"]
        if kind == "extra_forbidden":
            message = f"unknown field {parts[-1]!r}" if parts else "unknown field"
        elif kind == "missing":
            message = "required field is missing"
        else:
            message = err["msg"]
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
        findings.append(Finding(path, _pointer(parts), "CK003", message))
    # Each member of a union (``float | int``) reports the same place; say it once.
    unique: dict[str, Finding] = {}
    for f in findings:
        unique.setdefault(f.pointer, f)
    return list(unique.values())


# -- where a JSON path is in the text --------------------------------------------------------

_WS = re.compile(r"[ \t\n\r]*")


# What the rules across records read of one claim: its id, cluster and focus key (see _focus_key).
ClaimKeys = tuple[str, str | None, tuple[str, int, int, str] | None]


def _skip_ws(text: str, i: int) -> int:
    """The index of the first character at or after ``i`` that is not JSON white space."""
    match = _WS.match(text, i)
    assert match is not None  # the pattern matches the empty string anywhere
    return match.end()
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")


def json_positions(text: str) -> dict[str, int]:
    """Map each JSON path in ``text`` to the index of its key (members) or value (items)."""
    return _walk_json(text)[0]


def duplicate_keys(text: str) -> list[tuple[str, int, int]]:
    """(JSON path, index of the repeated key, index of its first occurrence) for every key an
    object holds more than once."""
    return _walk_json(text)[1]


def duplicate_key_findings(text: str, path: str) -> list[Finding]:
    findings = []
    for pointer, at, first in duplicate_keys(text):
        line, column = _line_col(text, at)
        first_line, _ = _line_col(text, first)
        findings.append(Finding(path, pointer, "CK015", f"the key appears again here (first on line {first_line}); "
                                                        "readers keep only this last value", line, column))
    return findings


def _walk_json(text: str) -> tuple[dict[str, int], list[tuple[str, int, int]]]:
    positions: dict[str, int] = {}
    repeated: list[tuple[str, int, int]] = []

    def value(i: int, parts: list[str | int]) -> int:
        i = _skip_ws(text, i)
        ch = text[i]
        if ch == "{":
            i = _skip_ws(text, i + 1)
            if text[i] == "}":
                return i + 1
            seen: dict[str, int] = {}
            while True:
                i = _skip_ws(text, i)
                key_at = i
                key, i = scanstring(text, i + 1)
                if key in seen:
                    repeated.append((_pointer([*parts, key]), key_at, seen[key]))
                else:
                    seen[key] = key_at
                # A repeated key points at its last occurrence: the value every parser keeps.
                positions[_pointer([*parts, key])] = key_at
                i = _skip_ws(text, i) + 1  # the colon
                i = value(i, [*parts, key])
                i = _skip_ws(text, i)
                if text[i] == "}":
                    return i + 1
                i += 1  # the comma
        if ch == "[":
            i = _skip_ws(text, i + 1)
            if text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = _skip_ws(text, i)
                positions[_pointer([*parts, n])] = i
                i = value(i, [*parts, n])
                i = _skip_ws(text, i)
                n += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        if ch == '"':
            return scanstring(text, i + 1)[1]
        match = _SCALAR.match(text, i)
        return match.end() if match else i + 1

    positions["$"] = _skip_ws(text, 0)
    with contextlib.suppress(IndexError, ValueError, RecursionError):
        value(0, [])
    return positions, repeated


def locate(findings: list[Finding], text: str | None) -> None:
    """Fill in line and column for findings that have none, from their JSON path."""
    missing = [f for f in findings if f.line is None]
    if not missing or text is None:
        return
    positions = json_positions(text)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for finding in missing:
        pointer = finding.pointer
        while pointer not in positions and pointer != "$":
            pointer = re.sub(r"(\.[^.\[]+|\[[^\]]*\])$", "", pointer) or "$"
        index = positions.get(pointer, 0)
        line = bisect.bisect_right(starts, index)
        finding.line, finding.column = line, index - starts[line - 1] + 1


# -- the tree --------------------------------------------------------------------------------


def problem_finding(problem: RecordUnreadable) -> Finding:
    """A file the store could not read (or that does not belong), as a finding on the file."""
    return Finding(problem.path, "$", problem.code, problem.reason, 1, 1)


@dataclass
class Selection:
    """What one run checks: record files, texts without metadata, and file-system findings."""

    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    everything: bool = True


def select(store: Store, paths: list[str | Path] | None) -> Selection:
    """The files and file-system findings of the records at ``paths`` (default: all of them)."""
    listing = store.scan()
    rel = store.relative
    texts = {Path(p).stem: p for p in listing.texts}
    found = [problem_finding(p) for p in listing.problems + listing.extras]
    for stem, path in texts.items():
        if f"{stem}.json" not in listing.names:
            found.append(Finding(rel(path), "$", "CK012", f"no metadata: {SOURCES}/{stem}.json does not exist", 1, 1))
    files = listing.documents + listing.claims
    if not paths:
        return Selection(files, found)
    wanted = store.wanted(paths, known={f.path for f in found})
    picked = [path for path in files if Store.chosen(rel(path), wanted)]
    return Selection(picked, [f for f in found if Store.chosen(f.path, wanted)], everything=False)


class Validator:
    def __init__(self, store: Store, now: datetime | None = None) -> None:
        self.store = store
        self._sources: dict[str, Source] = {}
        # One moment for the whole run (CK107), shared with the worker processes.
        self.now = now or datetime.now(UTC)

    def source(self, doc_id: str) -> Source:
        if doc_id not in self._sources:
            self._sources[doc_id] = self.store.load_source(doc_id)
        return self._sources[doc_id]

    def run(self, paths: list[str | Path] | None = None, *, jobs: int | None = None) -> Report:
        report = Report()
        root = self.store.root
        if not root.is_dir():
            raise UsageError(f"{root}: no such folder; pass the repository's root with --root")
        if not (os.path.lexists(self.store.sources_dir) or os.path.lexists(self.store.claims_dir)):
            raise UsageError(f"{root}: no {SOURCES}/ or {CLAIMS}/ here, so nothing to validate; "
                             "run claimkit inside a claimkit repository or pass its root with --root")
        selection = select(self.store, paths)
        files = selection.files
        rels = [self.store.relative(p) for p in files]
        report.files = len(files)
        jobs = _jobs(jobs, len(files))
        if jobs > 1:
            import multiprocessing

            chunks = [list(zip(files[i::jobs], rels[i::jobs])) for i in range(jobs)]
            ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
            with ctx.Pool(jobs) as pool:
                parts = pool.starmap(_check_chunk, [(str(self.store.root), chunk, self.now) for chunk in chunks])
        else:
            parts = [self.check_files(list(zip(files, rels)))]
        seen_claims: dict[str, tuple] = {}  # rel path -> (id, cluster, focus key or None)
        findings = list(selection.findings)
        for part_findings, keys in parts:
            findings += part_findings
            seen_claims.update(keys)
        findings += self._cross(seen_claims, everything=selection.everything)
        # A text that cannot be read is met by the listing and by its document's check alike.
        unique: dict[tuple, Finding] = {}
        for f in findings:
            unique.setdefault((f.path, f.pointer, f.code, f.message), f)
        report.findings = sorted(unique.values(), key=lambda f: (f.path, f.line or 0, f.column or 0, f.code))
        return report

    def check_files(self, files: list[tuple[str, str]]) -> tuple[list[Finding], dict[str, ClaimKeys]]:
        """The single-record rules for each (path, relative path); the ids and clusters seen."""
        findings: list[Finding] = []
        keys: dict[str, ClaimKeys] = {}
        for path, rel in files:
            try:
                raw = self.store.read_bytes(path)
            except RecordUnreadable as exc:
                findings.append(problem_finding(exc))
                continue
            except FileNotFoundError:
                findings.append(Finding(rel, "$", "CK010", "the file disappeared while it was validated", 1, 1))
                continue
            parsed = parse_json(raw, rel)
            if rel.startswith(SOURCES + "/"):
                self._document(path, parsed)
            else:
                claim = self._claim(path, parsed)
                if claim is not None:
                    keys[rel] = (claim.id, claim.cluster, _focus_key(claim))
            if parsed.findings:
                locate(parsed.findings, parsed.text)
                findings += parsed.findings
        return findings, keys

    def _document(self, path: str, parsed: Parsed) -> None:
        document = load_record(Document, parsed)
        if document is None:
            return
        if Path(path).stem != document.doc_id:
            parsed.findings.append(Finding(parsed.path, "$.doc_id", "CK005",
                                           f"doc_id {document.doc_id!r} but the file is named {excerpt(Path(path).name)}"))
        try:
            raw = self.store.read_text_bytes(document.doc_id)
        except RecordUnreadable as exc:
            # A finding on the text itself; nothing in the metadata can be checked against it.
            parsed.findings.append(problem_finding(exc))
            self._canonical(parsed, canonical_json(document))
            return
        text = None
        if raw is not None:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                parsed.findings.append(Finding(parsed.path, "$.doc_id", "CK001",
                                               f"sources/{document.doc_id}.txt is not UTF-8 (byte {exc.start})"))
                return
        parsed.findings += check_document(document, text, raw, parsed.path, now=self.now)
        self._canonical(parsed, canonical_json(document))

    def _canonical(self, parsed: Parsed, expected: str) -> None:
        if expected == parsed.text:
            return
        # A repeated key is why the file cannot be canonical; say that rather than CK004.
        repeated = duplicate_key_findings(parsed.text or "", parsed.path)
        parsed.findings += repeated or [_canonical_finding(parsed.path, parsed.text or "", expected)]

    def _claim(self, path: str, parsed: Parsed) -> Claim | None:
        claim = load_record(Claim, parsed)
        if claim is None:
            return None
        rel_parts = parsed.path.split("/")
        if rel_parts[-1] != claim.id + ".json":
            parsed.findings.append(Finding(parsed.path, "$.id", "CK005",
                                           f"id {claim.id!r} but the file is named {excerpt(rel_parts[-1])}"))
        folder = "/".join(rel_parts[1:-1])
        if folder != claim.doc_id:
            parsed.findings.append(Finding(parsed.path, "$.doc_id", "CK006",
                                           f"doc_id {claim.doc_id!r} but the file is in {CLAIMS}/{folder}/"))
        parsed.findings += check_claim(claim, self.source(claim.doc_id), parsed.path, now=self.now)
        self._canonical(parsed, canonical_json(claim))
        return claim

    def _cross(self, checked: dict[str, tuple], *, everything: bool) -> list[Finding]:
        """Rules across records: unique ids, clusters with two members, one live record per focus
        and type. Every claim of the tree counts, but findings are reported only for the files
        that were asked for."""
        all_claims = dict(checked)
        # When the whole tree was checked, every readable claim is already in ``checked``.
        for path in [] if everything else self.store.claim_paths():
            rel = self.store.relative(path)
            if rel in all_claims:
                continue
            try:
                data = json.loads(self.store.read_bytes(path))
            except (ClaimkitError, OSError, ValueError, RecursionError):
                continue  # its own validation reports it
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                cluster = data.get("cluster")
                all_claims[rel] = (data["id"], cluster if isinstance(cluster, str) else None, _raw_focus_key(data))
        by_id: dict[str, list[str]] = defaultdict(list)
        by_cluster: dict[str, list[str]] = defaultdict(list)
        by_focus: dict[tuple, list[str]] = defaultdict(list)
        for rel, (claim_id, cluster, focus) in all_claims.items():
            by_id[claim_id].append(rel)
            if cluster is not None:
                by_cluster[cluster].append(rel)
            if focus is not None:
                by_focus[focus].append(rel)
        findings = []
        for rel, (claim_id, cluster, focus) in checked.items():
            others = [p for p in by_id[claim_id] if p != rel]
            if others:
                findings.append(Finding(rel, "$.id", "CK301", f"id {claim_id!r} is also used by {', '.join(sorted(others))}"))
            if cluster is not None and len(by_cluster[cluster]) < 2:
                findings.append(Finding(rel, "$.cluster", "CK302", f"cluster {cluster!r} has no other member"))
            twins = [p for p in by_focus[focus] if p != rel] if focus is not None else []
            if twins:
                findings.append(Finding(rel, "$.focus", "CK303", f"focus {focus[1]}..{focus[2]} of type {focus[3]!r} "
                                        f"is also that of the live claim(s) {', '.join(sorted(twins))}"))
        texts: dict[str, str] = {}
        for f in findings:
            if f.path not in texts:
                try:
                    texts[f.path] = self.store.read_bytes(self.store.root / f.path).decode("utf-8")
                except (ClaimkitError, OSError, UnicodeDecodeError):
                    texts[f.path] = ""
            locate([f], texts[f.path])
        return findings


def _focus_key(claim: Claim) -> tuple[str, int, int, str] | None:
    """What two live records of one proposition share (CK303); None for a withdrawn claim."""
    return None if claim.withdrawn is not None else (claim.doc_id, claim.focus.start, claim.focus.end, claim.type)


def _raw_focus_key(data: dict) -> tuple[str, int, int, str] | None:
    """The CK303 key of a record read as plain JSON (not validated here: it was not asked for)."""
    focus = data.get("focus")
    if data.get("withdrawn") is not None or not isinstance(focus, dict):
        return None
    key = (data.get("doc_id"), focus.get("start"), focus.get("end"), data.get("type"))
    return key if all(isinstance(part, str | int) for part in key) else None  # type: ignore[return-value]


def _canonical_finding(path: str, text: str, expected: str) -> Finding:
    got, want = text.splitlines(keepends=True), expected.splitlines(keepends=True)
    line = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want))) + 1
    detail = "the file does not end with a newline" if text.rstrip("\n") == expected.rstrip("\n") else (
        f"line {line} differs from the canonical form (2-space indent, fixed key order)")
    return Finding(path, "$", "CK004", detail, line, 1)


# Below this many files one process is faster than starting workers.
PARALLEL_FROM = 4000


def _jobs(jobs: int | None, files: int) -> int:
    if jobs is not None:
        if jobs < 1:
            raise UsageError(f"--jobs must be 1 or more, not {jobs}")
        return min(jobs, max(files, 1))
    return min(os.cpu_count() or 1, 8) if files >= PARALLEL_FROM else 1


def _check_chunk(root: str, chunk: list[tuple[str, str]], now: datetime):
    return Validator(Store(root), now).check_files(chunk)


def validate(
    store: Store, paths: list[str | Path] | None = None, *, jobs: int | None = None, now: datetime | None = None
) -> Report:
    """Validate the records at ``paths`` (default: every record of the store).

    ``jobs`` worker processes share the files (default: one per core for large trees). ``now``
    is the moment stored times are checked against (default: the clock).
    """
    return Validator(store, now).run(paths, jobs=jobs)
