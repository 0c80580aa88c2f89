"""The integrity rules: one table of stable codes, and the checks of a single record.

The checks here take parsed records and the source text and return findings; they never read
files, so the store can run them before every write and the validator over a whole tree.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .anchoring import overlaps, quote_for
from .digests import sha256_hex
from .models import Claim, Document, RegionSpan, format_time, parse_time

TOOL_PREFIX = "claimkit"  # history entries written by claimkit itself start with this
# How far a stored time may run ahead of this machine's clock. Reviewers' clocks differ by
# seconds; a clock set to the wrong day or year differs by far more, and a time it wrote would
# pin every later "modified" there (claimkit never lets history go backwards).
FUTURE_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class Rule:
    code: str
    slug: str
    summary: str
    fix: str


_RULES = [
    Rule("CK001", "not-utf8", "the file is UTF-8 text", "re-save the file as UTF-8"),
    Rule("CK002", "invalid-json", "the file holds one JSON value", "fix the JSON syntax at the given line and column"),
    Rule("CK003", "schema", "the record matches the model (schema/*.schema.json)", "fix or add the field as the message says"),
    Rule("CK004", "canonical-format", "the file is in canonical form: 2-space indent, model key order, trailing newline",
         "rewrite it with `claimkit fmt` or let the store write it"),
    Rule("CK005", "file-name", "a claim file is named <id>.json, a document file <doc_id>.json", "rename the file or fix the id"),
    Rule("CK006", "folder-doc-id", "a claim lives in claims/<doc_id>/", "move the file to the folder of its doc_id"),
    Rule("CK007", "link-outside-repository", "no symbolic link under sources/ or claims/ leads out of the repository "
         "(claimkit never follows one)", "remove the link; put the record or text itself in the repository"),
    Rule("CK008", "symbolic-link", "records, source texts and their folders are not symbolic links, not even to a place "
         "inside the repository", "replace the link by the file or folder it stands for, or remove it"),
    Rule("CK009", "file-type", "records and source texts are regular files; sources/, claims/ and claims/<doc_id>/ are folders",
         "replace it by a regular file (or a folder) or remove it"),
    Rule("CK010", "unreadable", "every file and folder under sources/ and claims/ can be read",
         "let the user running claimkit read it (chmod a+r, and a+rx for a folder) or remove it"),
    Rule("CK011", "file-size", "a record is at most 4 MiB and a source text at most 32 MiB",
         "remove the file, or split the source into several documents; a real record is a few kB"),
    Rule("CK012", "text-without-metadata", "each source text sources/<doc_id>.txt has its metadata sources/<doc_id>.json",
         "store the source with `claimkit ingest`, which writes both, or remove the text"),
    Rule("CK013", "unexpected-file", "sources/ and claims/ hold only records and texts: lower-case .json and .txt names, "
         "no hidden files or folders", "rename it (a .JSON to .json) or move it out of sources/ and claims/"),
    Rule("CK014", "temporary-file", "no temporary file of an interrupted write is left behind (.<file>.<random>.tmp)",
         "delete it (the next write to that folder does too); the record it was replacing is intact"),
    Rule("CK015", "duplicate-key", "no JSON object holds the same key twice (readers keep only the last value)",
         "remove one of the two; keep the value you mean"),
    Rule("CK101", "rationale-for-status", "a reviewed status has a rationale", "write a rationale saying why the status was chosen"),
    Rule("CK102", "reviewer-for-status", "a reviewed status was set by a reviewer, not by the tool",
         "set the status with `claimkit review set` under your reviewer name"),
    Rule("CK103", "status-history", "history starts with 'created' and its status changes chain to the current status",
         "change statuses only through the review commands, which append history"),
    Rule("CK104", "evidence-for-status", "the evidence fits the status (supported: a 'supports' item, refuted: a 'refutes' item, "
         "conflicting_evidence: both, partially_supported: any item)", "add evidence with the stance the status needs, or change the status"),
    Rule("CK105", "history-order", "times never go backwards: created <= history <= modified", "correct the times; history is append-only"),
    Rule("CK106", "withdrawn-form", "a withdrawal matches the last withdrawn/restored history entry",
         "withdraw and restore only with `claimkit review withdraw` / `restore`"),
    Rule("CK107", "time-in-future", "no time (created, modified, history, withdrawn, retrieved) is more than "
         f"{FUTURE_SKEW.seconds // 60} minutes ahead of the clock",
         "correct the time: the clock of the machine that wrote it was wrong (check it with `date -u`)"),
    Rule("CK201", "source-exists", "the claim's source document sources/<doc_id>.txt and .json exist",
         "ingest the source with `claimkit ingest` or fix doc_id"),
    Rule("CK202", "source-hash", "the source text matches the sha256 and length in its metadata",
         "restore the original text, or re-ingest it with `claimkit ingest --force`"),
    Rule("CK203", "offsets-in-source", "span, focus and entities lie inside the source text", "fix the offsets"),
    Rule("CK204", "focus-in-span", "the focus lies inside the span", "widen the span or narrow the focus"),
    Rule("CK205", "text-matches-source", "text and focus.text equal the source's slices at their offsets",
         "copy the text from the source at those offsets, or fix the offsets"),
    Rule("CK206", "quote-matches-source", "quote.exact is the focus text and prefix/suffix are the 32 characters around it",
         "regenerate the quote selector from the source"),
    Rule("CK207", "entity-matches-source", "each entity lies inside the span and its text is the source's slice",
         "fix the entity offsets or text"),
    Rule("CK208", "focus-in-noise", "no focus overlaps a noise region of its document", "withdraw the claim or move its focus"),
    Rule("CK209", "value-for-type", "the value of a quantity or date claim, when it has one, is of its kind "
         "(null where it cannot be normalized, e.g. a relative date in an undated document)",
         "give a value of the claim's kind, set it to null, or change the type"),
    Rule("CK210", "source-normalized", "a source text is NFC with \\n newlines", "re-ingest it with `claimkit ingest --force`"),
    Rule("CK211", "regions-in-source", "regions lie inside the text, sorted and not overlapping", "fix the region offsets"),
    Rule("CK301", "duplicate-id", "ids are unique across the dataset", "give one of the records a new id"),
    Rule("CK302", "cluster-members", "a cluster has at least two members", "set cluster to null or add the other mention"),
    Rule("CK303", "duplicate-focus", "no two live (not withdrawn) claims of a document share focus offsets and type",
         "keep one record for the proposition: withdraw the other, or move its focus if it was meant for another place"),
]
RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


@dataclass
class Finding:
    path: str
    pointer: str
    code: str
    message: str
    line: int | None = None
    column: int | None = None

    @property
    def slug(self) -> str:
        return RULES[self.code].slug

    @property
    def fix(self) -> str:
        return RULES[self.code].fix

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "rule": self.slug,
            "message": self.message,
        }

    def __str__(self) -> str:
        return f"{self.path}: {self.pointer}: {self.message} [{self.code} {self.slug}]"


@dataclass
class Source:
    """A source as the claim rules see it: its text (None if it cannot be used), its noise
    regions, and why the text cannot be used (None: it does not exist)."""

    text: str | None
    regions: list[RegionSpan] = field(default_factory=list)
    problem: str | None = None


class _Collector:
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []

    def add(self, pointer: str, code: str, message: str) -> None:
        self.findings.append(Finding(self.path, pointer, code, message))


def is_tool(by: str) -> bool:
    return by == TOOL_PREFIX or by.startswith(TOOL_PREFIX + " ")


def future_limit(now: datetime | None = None) -> str:
    """The latest stored time that is not in the future: ``now`` (default: the clock) plus the skew."""
    return format_time((now or datetime.now(UTC)) + FUTURE_SKEW)


def claim_times(claim: Claim) -> list[tuple[str, str]]:
    """Every time a claim records, as (JSON path, time)."""
    times = [("$.created", claim.created)]
    times += [(f"$.history[{i}].at", e.at) for i, e in enumerate(claim.history)]
    times.append(("$.modified", claim.modified))
    if claim.withdrawn is not None:
        times.append(("$.withdrawn.at", claim.withdrawn.at))
    return times


def _check_future(times: list[tuple[str, str]], now: datetime | None, out: _Collector) -> None:
    limit = future_limit(now)
    for pointer, value in times:
        if _earlier(limit, value):
            out.add(pointer, "CK107", f"{value} is in the future (the clock allows up to {limit})")


def check_claim(claim: Claim, source: Source | None, path: str, *, now: datetime | None = None) -> list[Finding]:
    """Every single-record rule for one claim; ``source`` None means it does not exist.

    ``now`` is the moment times are judged against (default: the clock).

    The anchoring rules (CK203-CK208) hold for live claims only. A withdrawn record is kept so
    that re-extraction never recreates it and is never published; its offsets say where it was
    when it was withdrawn, and after a source correction they may no longer fit. Checking them
    would leave a claim whose text is gone with no valid state at all: it could neither be
    re-anchored nor withdrawn. Restoring it brings the rules back (the store refuses a restore
    until its focus is moved onto the current text).
    """
    out = _Collector(path)
    _check_review(claim, out)
    _check_future(claim_times(claim), now, out)
    _check_value(claim, out)
    if source is None or source.text is None:
        if source is not None and source.problem:
            out.add("$.doc_id", "CK201", f"source document {claim.doc_id!r} cannot be used: {source.problem}")
        else:
            out.add("$.doc_id", "CK201", f"source document {claim.doc_id!r} not found under sources/")
    elif claim.withdrawn is None:
        _check_anchoring(claim, source, out)
    return out.findings


def _earlier(a: str, b: str) -> bool:
    # Whole-second UTC times of one width order as strings; anything else is parsed.
    if len(a) == len(b) == 20:
        return a < b
    return parse_time(a) < parse_time(b)


def _check_value(claim: Claim, out: _Collector) -> None:
    # ANNOTATION.md §2: a date or quantity that cannot be normalized (a relative date in an
    # undated article, "a minute or two") is still a claim, with an empty value.
    if claim.type in ("quantity", "date") and claim.value is not None and claim.value.kind != claim.type:
        out.add("$.value", "CK209", f"a {claim.type!r} claim cannot have a {claim.value.kind!r} value")


def _check_review(claim: Claim, out: _Collector) -> None:
    status = claim.status
    history = claim.history
    if history[0].action != "created":
        out.add("$.history[0].action", "CK103", f"history must start with 'created', not {history[0].action!r}")

    # Status changes are the entries that carry a target status; each starts from the one before.
    current = None
    last_change = None
    for i, entry in enumerate(history):
        if entry.to is None:
            continue
        if last_change is not None and entry.from_ != current:
            out.add(f"$.history[{i}].from", "CK103",
                    f"status change starts from {entry.from_!r} but the status was {current!r}")
        current = entry.to
        last_change = (i, entry)
    if current != status:
        out.add("$.status", "CK103", f"status is {status!r} but the last status change in history is to {current!r}")

    # Times never go backwards.
    times = [("$.created", claim.created)]
    times += [(f"$.history[{i}].at", e.at) for i, e in enumerate(history)]
    times.append(("$.modified", claim.modified))
    previous_pointer, previous_value = times[0]
    for pointer, value in times[1:]:
        if _earlier(value, previous_value):
            out.add(pointer, "CK105", f"{value} is earlier than {previous_pointer} ({previous_value})")
        else:
            previous_pointer, previous_value = pointer, value

    if status != "unverified":
        if claim.rationale is None:
            out.add("$.rationale", "CK101", f"status {status!r} needs a rationale")
        if last_change is not None and last_change[1].to == status and is_tool(last_change[1].by):
            out.add(f"$.history[{last_change[0]}].by", "CK102",
                    f"status {status!r} was set by {last_change[1].by!r}; a reviewed status needs a reviewer")

    stances = {e.stance for e in claim.evidence}
    need = {
        "supported": ["supports"],
        "refuted": ["refutes"],
        "conflicting_evidence": ["supports", "refutes"],
    }.get(status, [])
    for stance in need:
        if stance not in stances:
            out.add("$.evidence", "CK104", f"status {status!r} needs evidence with stance {stance!r}")
    if status == "partially_supported" and not claim.evidence:
        out.add("$.evidence", "CK104", "status 'partially_supported' needs at least one evidence item")

    marks = [(i, e) for i, e in enumerate(history) if e.action in ("withdrawn", "restored")]
    last_mark = marks[-1] if marks else None
    if claim.withdrawn is not None:
        if last_mark is None or last_mark[1].action != "withdrawn":
            out.add("$.withdrawn", "CK106", "the record is withdrawn but its last withdrawn/restored history entry is not 'withdrawn'")
        elif (last_mark[1].at, last_mark[1].by) != (claim.withdrawn.at, claim.withdrawn.by):
            out.add("$.withdrawn", "CK106",
                    f"withdrawn at {claim.withdrawn.at} by {claim.withdrawn.by!r} but history says "
                    f"{last_mark[1].at} by {last_mark[1].by!r}")
    elif last_mark is not None and last_mark[1].action == "withdrawn":
        out.add("$.withdrawn", "CK106", f"history withdraws the record (entry {last_mark[0]}) but withdrawn is null")


def _check_anchoring(claim: Claim, source: Source, out: _Collector) -> None:
    text = source.text
    assert text is not None
    n = len(text)
    inside = True
    for pointer, rng in (("$.span", claim.span), ("$.focus", claim.focus)):
        if rng.end > n:
            out.add(f"{pointer}.end", "CK203", f"end {rng.end} is past the end of the source ({n} characters)")
            inside = False
    for i, ent in enumerate(claim.entities):
        if ent.end > n:
            out.add(f"$.entities[{i}].end", "CK203", f"end {ent.end} is past the end of the source ({n} characters)")
            inside = False
    if not inside:
        return

    span, focus = claim.span, claim.focus
    if not (span.start <= focus.start and focus.end <= span.end):
        out.add("$.focus", "CK204", f"focus {focus.start}..{focus.end} is not inside span {span.start}..{span.end}")
    if claim.text != text[span.start : span.end]:
        out.add("$.text", "CK205", f"text differs from the source at {span.start}..{span.end}: "
                + difference(claim.text, text[span.start:span.end]))
    if focus.text != text[focus.start : focus.end]:
        out.add("$.focus.text", "CK205", f"focus.text differs from the source at {focus.start}..{focus.end}: "
                + difference(focus.text, text[focus.start:focus.end]))
    expected = quote_for(text, focus.start, focus.end)
    for key in ("exact", "prefix", "suffix"):
        got = getattr(claim.quote, key)
        if got != expected[key]:
            out.add(f"$.quote.{key}", "CK206", f"quote.{key} differs from the source: " + difference(got, expected[key]))
    for i, ent in enumerate(claim.entities):
        if not (span.start <= ent.start and ent.end <= span.end):
            out.add(f"$.entities[{i}]", "CK207", f"entity {ent.start}..{ent.end} is not inside span {span.start}..{span.end}")
        elif ent.text != text[ent.start : ent.end]:
            out.add(f"$.entities[{i}].text", "CK207",
                    f"entity text differs from the source at {ent.start}..{ent.end}: "
                    + difference(ent.text, text[ent.start:ent.end]))
    for start, end, kind in source.regions:
        if overlaps(start, end, focus.start, focus.end):
            out.add("$.focus", "CK208", f"focus {focus.start}..{focus.end} overlaps the {kind} region {start}..{end}")
            break


def check_document(
    document: Document, text: str | None, raw: bytes | None, path: str, *, now: datetime | None = None
) -> list[Finding]:
    """The rules of one document's metadata against its text (None if the text is missing)."""

    out = _Collector(path)
    if document.retrieved is not None:
        _check_future([("$.retrieved", document.retrieved)], now, out)
    if text is None or raw is None:
        out.add("$.doc_id", "CK201", f"source text sources/{document.doc_id}.txt not found")
        return out.findings
    digest = sha256_hex(raw)
    if digest != document.sha256:
        out.add("$.sha256", "CK202", f"sources/{document.doc_id}.txt has sha256 {digest}, not {document.sha256}")
    if len(text) != document.length:
        out.add("$.length", "CK202", f"sources/{document.doc_id}.txt has {len(text)} code points, not {document.length}")
    if "\r" in text:
        out.add("$.doc_id", "CK210", f"sources/{document.doc_id}.txt holds carriage returns; newlines must be \\n")
    if not unicodedata.is_normalized("NFC", text):
        out.add("$.doc_id", "CK210", f"sources/{document.doc_id}.txt is not in Unicode NFC")
    previous_end = 0
    for i, region in enumerate(document.regions):
        if region.end > len(text):
            out.add(f"$.regions[{i}].end", "CK211", f"end {region.end} is past the end of the text ({len(text)} characters)")
        elif region.start < previous_end:
            out.add(f"$.regions[{i}]", "CK211",
                    f"region {region.start}..{region.end} starts before the previous region ends ({previous_end})")
        previous_end = max(previous_end, region.end)
    return out.findings


# Findings go to CI logs and annotations, which anyone who can read the build may see: a message
# never carries more of a record or source than a short excerpt, and never a raw control
# character (a terminal escape, a newline that forges another finding, a bidi override).
EXCERPT = 40


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """At most ``limit`` characters of ``text``, quoted and escaped the way ``repr`` escapes
    (control and other non-printable characters as \\n, \\x1b, \\u202e …)."""
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + f"… ({len(text) - limit} more characters)"


def difference(got: str, want: str) -> str:
    """Where ``got`` first differs from ``want``, as two short excerpts from just before there."""
    at = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    start = max(0, at - 8)  # a little context before the first difference
    return f"near character {at} the record has {excerpt(got[start:])} but the source has {excerpt(want[start:])}"
