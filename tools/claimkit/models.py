"""The record models: one source document and one claim, as stored on disk.

Every field is JSON-native (strings, numbers, booleans, lists, objects) and the models are
strict, so a record that validates here also validates against the exported JSON Schema.
Constraints that JSON Schema cannot express (end after start, a date's precision matching its
form) are model validators; rules that need the source text or other records live in
``claimkit.validate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Annotated, Literal, NamedTuple, Protocol, TypeGuard, get_args, overload

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

# The record format's version: the models' schema_version field takes this value and no other.
SchemaVersion = Literal["1.0"]
SCHEMA_VERSION: SchemaVersion = get_args(SchemaVersion)[0]

# The vocabularies, defined once as Literal types (so mypy checks every use); everything else
# (enums in the schema, ClassLabels, exports) derives from the tuples that get_args reads from them.
ClaimType = Literal[
    "quantity",
    "date",
    "event",
    "attribution",
    "quote",
    "causal",
    "state",
    "comparison",
]
Status = Literal[
    "unverified",
    "supported",
    "partially_supported",
    "refuted",
    "conflicting_evidence",
    "not_enough_evidence",
]
Stance = Literal["supports", "refutes", "context"]
RegionKind = Literal[
    "heading",
    "table-of-contents",
    "related-links",
    "citation-marker",
    "markup",
    "repeated-headline",
    "call-to-action",
    "caption",
    "boilerplate",
    # Page furniture that a whole-page scrape keeps around the article (ANNOTATION.md §5).
    "navigation",
    "byline",
    "dateline",
    "chart",
    "author-bio",
    "share",
    "newsletter",
    "advertisement",
    "comments",
    "footer",
]
HistoryAction = Literal[
    "created",
    "status",
    "evidence-added",
    "evidence-removed",
    "edited",
    "re-anchored",
    "anchor-lost",
    "withdrawn",
    "restored",
    # A reviewer moved the focus or the span; re-extraction treats the claim as placed by hand.
    "moved",
    # "Needs a second opinion": the note is the comment; the last of the two says whether it stands.
    "flagged",
    "unflagged",
]
DatePrecision = Literal["day", "month", "year", "decade", "century"]

CLAIM_TYPES: tuple[ClaimType, ...] = get_args(ClaimType)
STATUSES: tuple[Status, ...] = get_args(Status)
STANCES: tuple[Stance, ...] = get_args(Stance)
REGION_KINDS: tuple[RegionKind, ...] = get_args(RegionKind)
HISTORY_ACTIONS: tuple[HistoryAction, ...] = get_args(HistoryAction)
DATE_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)

# A slug safe as a file or folder name on every platform: it can never be "..", hold a
# separator, start with a dot or be absolute. NAME_PATTERN is the JSON Schema form; Python code
# checks names with NAME_RE.fullmatch (via is_name), because Python's "$" also matches before a
# trailing newline and would let "doc\n" through.
NAME_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
NAME_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$"
DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
# A publication date may be known only to the month or year.
PARTIAL_DAY_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"
# ISO 8601 calendar dates at day, month or year precision, plus the decade ("198X") and century
# ("19XX") forms of EDTF level 1 for spans like "the early 1980s".
DATE_VALUE_PATTERN = r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}X|\d{2}XX)$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
# C0 controls, DEL and C1 controls: invisible in a diff, and ESC or CSI drive a terminal.
_CONTROLS_RE = r"\x00-\x1f\x7f-\x9f"
_CONTROLS_BUT_NL_TAB_RE = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
URL_PATTERN = rf"^https?://[^\s{_CONTROLS_RE}]+$"
# The JSON Schema forms of the text checks below: non-blank, and free of control characters
# (multi-line text may hold newlines and tabs).
LINE_PATTERN = rf"^[^{_CONTROLS_RE}]*[^\s{_CONTROLS_RE}][^{_CONTROLS_RE}]*$"
MAYBE_EMPTY_LINE_PATTERN = rf"^[^{_CONTROLS_RE}]*$"
MULTILINE_PATTERN = rf"^[^{_CONTROLS_BUT_NL_TAB_RE}]*[^\s{_CONTROLS_RE}][^{_CONTROLS_BUT_NL_TAB_RE}]*$"
MAYBE_EMPTY_MULTILINE_PATTERN = rf"^[^{_CONTROLS_BUT_NL_TAB_RE}]*$"


def is_name(value: object) -> TypeGuard[str]:
    """True for a slug that matches NAME_PATTERN as a whole (no trailing newline)."""
    return isinstance(value, str) and NAME_RE.fullmatch(value) is not None


def control_character(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` may not be stored as text a person wrote, or None if it may.

    Control characters are refused: they are invisible in a review diff and some of them drive
    a terminal. Multi-line text (a rationale, a note) may keep newlines and tabs.
    """
    for index, ch in enumerate(value):
        code = ord(ch)
        if (code < 0x20 or 0x7F <= code <= 0x9F) and not (multiline and ch in "\n\t"):
            allowed = "only newlines and tabs are allowed" if multiline else "it must be a single line of printable text"
            return f"control character U+{code:04X} at index {index} is not allowed: {allowed}"
    return None


def _single_line(value: str) -> str:
    problem = control_character(value)
    if problem:
        raise ValueError(problem)
    return value


def _multiline(value: str) -> str:
    problem = control_character(value, multiline=True)
    if problem:
        raise ValueError(problem)
    return value


# Length limits, defined here once: the models enforce them and the store, the review and the
# anchoring read them from here.
MAX_DOC_ID = 64  # also a folder and file name
MAX_CLAIM_ID = 100  # also a file name
QUOTE_CONTEXT = 32  # characters of the source on each side of the focus in a claim's quote
SUMMARY_MIN = 10  # an evidence summary is at least a few words

Name = Annotated[str, Field(pattern=NAME_PATTERN, min_length=1, max_length=MAX_DOC_ID)]
ClaimId = Annotated[str, Field(pattern=NAME_PATTERN, min_length=1, max_length=MAX_CLAIM_ID)]
Time = Annotated[
    str,
    Field(pattern=TIME_PATTERN, description="RFC 3339 time in UTC", examples=["2026-11-26T09:00:00Z"]),
]
Day = Annotated[str, Field(pattern=DAY_PATTERN, examples=["2026-11-26"])]
# Text that mirrors the source (a claim's text, its focus, quote and entity texts) must equal
# the source's slice, whatever it holds: it is NonBlank, never checked for control characters.
NonBlank = Annotated[str, Field(min_length=1, pattern=r"\S")]
# Text a person or the tool wrote. A Line is one line (names, titles, labels); Prose may run
# over several lines (rationale, summary, notes, reasons, statements).
Line = Annotated[
    str, Field(min_length=1, pattern=r"\S", json_schema_extra={"pattern": LINE_PATTERN}), AfterValidator(_single_line)
]
MaybeEmptyLine = Annotated[str, Field(json_schema_extra={"pattern": MAYBE_EMPTY_LINE_PATTERN}), AfterValidator(_single_line)]
Prose = Annotated[
    str, Field(min_length=1, pattern=r"\S", json_schema_extra={"pattern": MULTILINE_PATTERN}), AfterValidator(_multiline)
]
MaybeEmptyProse = Annotated[
    str, Field(json_schema_extra={"pattern": MAYBE_EMPTY_MULTILINE_PATTERN}), AfterValidator(_multiline)
]
Offset = Annotated[int, Field(ge=0)]
Url = Annotated[str, Field(pattern=URL_PATTERN, max_length=2048)]


def parse_time(value: str) -> datetime:
    """Parse a stored RFC 3339 UTC time."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def format_time(moment: datetime) -> str:
    """Format a moment as the stored RFC 3339 UTC form, to the second."""
    moment = moment.astimezone(UTC).replace(microsecond=0)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _real_time(value: str) -> str:
    parse_time(value)  # raises ValueError for 2026-13-40T25:00:00Z
    return value


def _real_day(value: str) -> str:
    date.fromisoformat(value)
    return value


@overload
def real_partial_day(value: str) -> str: ...
@overload
def real_partial_day(value: None) -> None: ...
def real_partial_day(value: str | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD that names a real month and day."""
    if value is not None and len(value) > 4:
        year, month = int(value[:4]), int(value[5:7])
        date(year, month, int(value[8:10]) if len(value) == 10 else 1)
    return value


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)


class Range(Record):
    """A half-open range of code points into the source text."""

    start: Offset = Field(description="first code point, zero-based")
    end: Offset = Field(description="one past the last code point (end-exclusive)")

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        return self


class Span(Range):
    """The sentence or clause that states the claim."""


class Focus(Range):
    """The minimal phrase that carries the checkable fact."""

    text: NonBlank = Field(description="the source's text at these offsets")


class TextQuoteSelector(Record):
    """W3C Web Annotation TextQuoteSelector of the focus, for re-anchoring."""

    prefix: Annotated[str, Field(max_length=QUOTE_CONTEXT)] = Field(
        description=f"up to {QUOTE_CONTEXT} characters of the source just before the focus")
    exact: NonBlank = Field(description="the focus text")
    suffix: Annotated[str, Field(max_length=QUOTE_CONTEXT)] = Field(
        description=f"up to {QUOTE_CONTEXT} characters of the source just after the focus")


class QuantityValue(Record):
    kind: Literal["quantity"] = Field(description="tag of a quantity value")
    amount: Annotated[float | int, Field(allow_inf_nan=False)] = Field(description="the number, as a plain number (3,000 is 3000)")
    unit: MaybeEmptyLine | None = Field(
        description="what is counted or measured (members, euros, metres; a rate says what it is per: USD per barrel), or null")
    approximate: bool = Field(description="the text hedges the number (about, approximately, some, at least)")


class DateValue(Record):
    kind: Literal["date"] = Field(description="tag of a date value")
    value: Annotated[str, Field(pattern=DATE_VALUE_PATTERN, examples=["1949-04-16", "2022-07", "198X"])] = Field(
        description="ISO 8601 to the day, month or year; EDTF 198X for a decade, 19XX for a century"
    )
    precision: DatePrecision = Field(description="how much of the date the text states")
    qualifier: MaybeEmptyLine | None = Field(description="early, mid, late, about, before, after …")

    @model_validator(mode="after")
    def _precision_matches_form(self) -> DateValue:
        v = self.value
        expected = (
            "century"
            if v.endswith("XX")
            else "decade"
            if v.endswith("X")
            else {4: "year", 7: "month", 10: "day"}[len(v)]
        )
        if self.precision != expected:
            raise ValueError(f"value {v!r} has precision {expected!r}, not {self.precision!r}")
        if len(v) >= 7 and not v.endswith("X"):
            year, month = int(v[:4]), int(v[5:7])
            if len(v) == 10:
                date(year, month, int(v[8:10]))
            elif not 1 <= month <= 12:
                raise ValueError(f"month {month} out of range")
        return self


Value = Annotated[QuantityValue | DateValue, Field(discriminator="kind")]


class Entity(Range):
    label: Line = Field(description="spaCy entity label (PERSON, ORG, GPE, DATE …)")
    text: NonBlank = Field(description="the source's text at these offsets")


class Evidence(Record):
    url: Url = Field(description="address of the public page cited")
    title: Line = Field(description="the page's title")
    publisher: Line = Field(description="who published the page")
    published: Annotated[str, Field(pattern=PARTIAL_DAY_PATTERN)] | None = Field(
        description="the page's publication date, to the day, month or year, or null"
    )
    accessed: Day = Field(description="the day the reviewer read it")
    stance: Stance = Field(description="supports or refutes the claim, or gives context")
    summary: Annotated[Prose, Field(min_length=SUMMARY_MIN)] = Field(
        description="What the source says, in the reviewer's own words"
    )

    _day = field_validator("accessed")(_real_day)
    # "2022-13-40" has the form of a date and names none.
    _published = field_validator("published")(real_partial_day)


class HistoryEntry(Record):
    at: Time = Field(description="when the change was made")
    by: Line = Field(description="the reviewer, or the claimkit command for the tool's own changes")
    action: HistoryAction = Field(description="what changed")
    from_: Status | None = Field(alias="from", description="the status before a status change, else null")
    to: Status | None = Field(description="the status after the change, else null")
    note: MaybeEmptyProse | None = Field(description="the reviewer's note, or null")

    _time = field_validator("at")(_real_time)


class Withdrawn(Record):
    at: Time = Field(description="when it was withdrawn")
    by: Line = Field(description="who withdrew it")
    reason: Prose = Field(description="why it is not a claim")

    _time = field_validator("at")(_real_time)


class Provenance(Record):
    extractor: Line = Field(description="the tool that proposed the claim")
    version: Line = Field(description="the tool's version")
    pipeline: Line = Field(description="the spaCy pipeline it ran")
    rule: Line = Field(description="the extraction rule that fired")


class Claim(Record):
    """One atomic, checkable proposition stated by a source document."""

    schema_version: SchemaVersion = Field(description="version of the record format")
    id: ClaimId = Field(description="stable id `<doc_id>-<8 hex>`, unique in the dataset; never changed or reused")
    doc_id: Name = Field(description="the source document")
    span: Span = Field(description="code-point offsets of `text` in the source, end-exclusive")
    text: NonBlank = Field(description="the sentence or clause that states the claim, as in the source")
    focus: Focus = Field(description="the minimal phrase carrying the checkable fact, with its offsets")
    quote: TextQuoteSelector = Field(description="W3C TextQuoteSelector of the focus, to re-anchor it in a corrected source")
    type: ClaimType = Field(description="what kind of fact the focus states")
    value: Value | None = Field(description="the normalized quantity or date the focus states; null for other types")
    entities: list[Entity] = Field(description="named entities inside the span (spaCy labels)")
    statement: Prose | None = Field(
        description="the claim restated so that it stands alone, without its article; null until a reviewer writes it"
    )
    check_worthiness: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] = Field(
        description="0..1, how worth checking the claim's sentence is (claimkit's check-worthiness model)"
    )
    cluster: ClaimId | None = Field(description="shared by the mentions of one proposition in a document; null if mentioned once")
    status: Status = Field(description="the verification status; `unverified` until a reviewer sets another")
    evidence: list[Evidence] = Field(description="the public pages the status rests on, each summarized in the reviewer's words")
    rationale: Prose | None = Field(description="why the reviewer chose the status; null while unverified")
    history: Annotated[list[HistoryEntry], Field(min_length=1)] = Field(description="every change, oldest first; append-only")
    withdrawn: Withdrawn | None = Field(description="set when the record proved not to be a claim; such records are not published")
    provenance: Provenance = Field(description="what proposed the claim: extractor, version, spaCy pipeline, rule")
    created: Time = Field(description="when the record was created (RFC 3339 UTC)")
    modified: Time = Field(description="when the record last changed (RFC 3339 UTC)")

    _times = field_validator("created", "modified")(_real_time)


class Region(Range):
    """A span of the source that is not article content."""

    kind: RegionKind = Field(description="what kind of page furniture it is")


def reading_order(claim: Claim) -> tuple[str, int, int, str]:
    """The sort key of claims in the dataset's order: document, then sentence, then focus, then id
    (the order of `review list`, the exports and the published dataset)."""
    return (claim.doc_id, claim.span.start, claim.focus.start, claim.id)


class RegionSpan(NamedTuple):
    """A noise region as the code works with it (the noise detector finds these; the rules, the
    page and the rendering read them): also a (start, end, kind) tuple. ``Region`` is its record form."""

    start: int
    end: int
    kind: str


class _HasRegion(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...


def region_spans(regions: Iterable[_HasRegion]) -> list[RegionSpan]:
    """Stored regions (or the detector's) as (start, end, kind) tuples, in their order."""
    return [RegionSpan(r.start, r.end, r.kind) for r in regions]


class Document(Record):
    """Metadata of one source document; its text lives beside it in ``<doc_id>.txt``."""

    schema_version: SchemaVersion = Field(description="version of the record format")
    doc_id: Name = Field(description="the document's id; it names its files `sources/<doc_id>.txt` and `.json`")
    title: Line = Field(description="the article's title")
    url: Url | None = Field(description="where the article was published, or null if unknown")
    # Added in 1.0 without a version change: both are nullable with a default, so records
    # written before them still parse (and `claimkit fmt` adds them as null).
    author: Annotated[Line, Field(max_length=500)] | None = Field(default=None, description="as the page names it; several separated by '; '")
    published: Annotated[str, Field(pattern=PARTIAL_DAY_PATTERN, examples=["2019-05-30", "2019-05", "2019"])] | None = Field(
        default=None, description="publication date as the source states it, to the day, month or year"
    )
    language: Annotated[str, Field(pattern=LANGUAGE_PATTERN, examples=["en"])] = Field(description="BCP 47 language tag")
    sha256: Annotated[str, Field(pattern=SHA256_PATTERN)] = Field(description="sha256 of the text's UTF-8 bytes")
    length: Offset = Field(description="length of the text in code points")
    retrieved: Time | None = Field(description="when the text was retrieved (RFC 3339 UTC), or null")
    rights: Line = Field(description="the text's licence or rights status")
    regions: list[Region] = Field(description="the spans that are not article content (page furniture), sorted")

    _time = field_validator("retrieved")(lambda v: v if v is None else _real_time(v))
    _published = field_validator("published")(real_partial_day)
