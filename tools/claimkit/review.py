"""Review: reviewers add and correct claims, set statuses with evidence, withdraw, flag; every
change is kept in history.

Each operation is a change of one Claim applied through ``Store.update_claim`` (or, for a new
claim, written under the store's lock): validated before it is written, written atomically. A
change is checked as a whole before anything is written, and a refused change lists every
problem it has (what was given, the claim's state, and every rule the result would break),
each with the field or rule code, a message and a fix; nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import subprocess
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import __version__
from .anchoring import overlaps, quote_for
from .errors import ClaimkitError, RecordInvalid, RecordUnreadable, UsageError
from .models import (
    CLAIM_TYPES,
    MAX_CLAIM_ID,
    MAX_DOC_ID,
    SCHEMA_VERSION,
    STANCES,
    STATUSES,
    SUMMARY_MIN,
    Claim,
    DateValue,
    Evidence,
    HistoryEntry,
    QuantityValue,
    control_character,
    format_time,
    parse_time,
    reading_order,
    region_spans,
)
from .rules import FUTURE_SKEW, RULES, Finding, Source, claim_times, excerpt, is_tool
from .store import Store, check_name, check_revision

REVIEWER_ENV = "CLAIMKIT_REVIEWER"
EVIDENCE_FIELDS = ("url", "title", "publisher", "published", "accessed", "stance", "summary")
# The provenance of a claim a reviewer added: not proposed by a rule of the extractor.
HAND_EXTRACTOR = "hand"
HAND_RULE = "added-by-reviewer"
HAND_PIPELINE = "claimkit review"


class ReviewRefused(ClaimkitError):
    """A review change that is not allowed as asked."""


class AlreadyDone(ReviewRefused):
    """The claim is already in the state the change asks for (withdrawn, restored, flagged …);
    bulk changes report it as skipped rather than refused."""


class VerdictExists(ReviewRefused):
    """The change would replace a reviewed status or its rationale; ask again with ``replace``."""

    def __init__(self, claim: Claim) -> None:
        self.claim_id = claim.id
        self.status = claim.status
        self.rationale = claim.rationale
        entry = last_status_entry(claim)
        self.by = entry.by if entry else None
        self.at = entry.at if entry else None
        who = f" by {self.by} at {self.at}" if entry else ""
        why = f" (rationale: {excerpt(claim.rationale, 80)})" if claim.rationale else ""
        super().__init__(
            f"claim {claim.id} already has the verdict {claim.status!r}{who}{why}; nothing was written. "
            "Replacing a verdict must be confirmed"
        )


# -- problems ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One reason a change is refused.

    ``field`` names what it is about in the terms of the change, not of one interface: "status",
    "rationale", "evidence.2.title", "focus", "value.date" … (the command line shows it as the
    option, the page as the form field). ``kind`` is "input" (a value given is malformed),
    "state" (the claim's state does not allow it) or "rule" (the result would break a
    validation rule; ``code`` and ``pointer`` say which and where).
    """

    field: str
    message: str
    fix: str = ""
    kind: str = "input"
    code: str | None = None
    pointer: str | None = None
    value: str | None = None  # the input as given, for a message that quotes it

    @property
    def slug(self) -> str | None:
        return RULES[self.code].slug if self.code else None

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "kind": self.kind, "code": self.code, "slug": self.slug, "pointer": self.pointer,
                "message": self.message, "fix": self.fix, "value": self.value}

    @classmethod
    def of_finding(cls, finding: Finding) -> Problem:
        return cls(_field_of_pointer(finding.pointer), finding.message, finding.fix, "rule", finding.code, finding.pointer)


def _field_of_pointer(pointer: str) -> str:
    head = re.split(r"[.\[]", pointer.removeprefix("$."), maxsplit=1)[0] or "claim"
    return {"text": "span", "quote": "focus", "entities": "span", "history": "status", "withdrawn": "claim",
            "created": "claim", "modified": "claim", "doc_id": "claim", "id": "claim", "$": "claim"}.get(head, head)


# How the command line names each field; the page has its own labels (static/app.js).
OPTIONS = {
    "status": "--status", "rationale": "--rationale", "note": "--note", "reason": "--reason", "comment": "--comment",
    "focus": "--focus/--at", "occurrence": "--occurrence", "span": "--span/--span-at", "type": "--type",
    "value": "--date/--amount", "value.date": "--date", "value.qualifier": "--qualifier", "value.amount": "--amount",
    "value.unit": "--unit", "statement": "--statement", "cluster": "--cluster", "same_as": "--same-as",
    "check_worthiness": "--check-worthiness", "number": "N", "doc_id": "DOC_ID", "claim": "", "replace": "--replace",
    "evidence": "--url …",
}


def option_of(field_: str) -> str:
    """The command-line option a problem's field stands for ("evidence.2.title" -> "--title")."""
    match = re.fullmatch(r"evidence\.(\d+)\.(\w+)", field_)
    if match:
        return f"--{match.group(2)}"
    return OPTIONS.get(field_, field_)


def problem_line(problem: Problem) -> str:
    """One problem as the command line says it."""
    if problem.kind == "rule":
        return f"{problem.pointer}: {problem.message} [{problem.code} {problem.slug}] (fix: {problem.fix})"
    option = option_of(problem.field)
    match = re.fullmatch(r"evidence\.(\d+)\.\w+", problem.field)
    where = f" (evidence item {match.group(1)})" if match else ""
    given = f" {problem.value!r}" if problem.value is not None else ""
    head = f"{option}{given}{where}: " if option else ""
    return f"{head}{problem.message}" + (f"; {problem.fix}" if problem.fix else "")


class ChangeRefused(ReviewRefused):
    """A change refused for one or more problems (``problems``); nothing was written."""

    def __init__(self, subject: str, problems: list[Problem]) -> None:
        self.subject = subject
        self.problems = problems
        if len(problems) == 1:
            text = problem_line(problems[0])
        else:
            text = f"{subject}: {len(problems)} problems, nothing was written:\n  " + "\n  ".join(
                problem_line(p) for p in problems)
        super().__init__(text)

    @property
    def findings(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "rule"]


class InputRefused(ChangeRefused, UsageError):
    """A change refused because something given is malformed (the command line exits 2)."""


def _checked(candidate: Claim | None) -> Claim:
    """The candidate that refuse() let through: it raises for every problem that leaves none."""
    assert candidate is not None
    return candidate


def refuse(subject: str, problems: list[Problem], findings: Sequence[Finding] = ()) -> None:
    """Raise for ``problems`` (and rule ``findings``), or return if there are none.

    Rule findings alone raise RecordInvalid, as the store would; anything given that is
    malformed makes it an InputRefused, the rest a ChangeRefused.
    """
    everything = list(problems) + [Problem.of_finding(f) for f in findings]
    if not everything:
        return
    if not problems:
        raise RecordInvalid(list(findings))
    if any(p.kind == "input" for p in problems):
        raise InputRefused(subject, everything)
    if len(problems) == 1 and not findings and isinstance(problems[0], _AlreadyProblem):
        raise AlreadyDone(problem_line(problems[0]))
    raise ChangeRefused(subject, everything)


class _AlreadyProblem(Problem):
    """A state problem that means the change was already made."""


def _already(message: str, fix: str = "") -> Problem:
    return _AlreadyProblem("claim", message, fix, "state")


# -- who is reviewing ------------------------------------------------------------------------


def reviewer_identity(explicit: str | None = None, *, cwd: str | Path | None = None) -> str:
    """--reviewer, else $CLAIMKIT_REVIEWER, else git's user.name; refuse when there is none."""
    name = explicit or os.environ.get(REVIEWER_ENV) or _git_user_name(cwd)
    name = (name or "").strip()
    if not name:
        raise UsageError(
            f"no reviewer: pass --reviewer NAME, set {REVIEWER_ENV}, or set git's user.name "
            "(git config user.name 'Your Name')"
        )
    problem = control_character(name)
    if problem:
        raise UsageError(f"reviewer name {name!r}: {problem}; give your plain name with --reviewer or {REVIEWER_ENV}")
    if is_tool(name):
        raise UsageError(f"reviewer {name!r} is reserved for claimkit's own history entries; use your own name")
    return name


def _git_user_name(cwd: str | Path | None) -> str | None:
    try:
        result = subprocess.run(
            ["git", "config", "user.name"], cwd=cwd, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


# -- reading a claim's review state ------------------------------------------------------------


def last_status_entry(claim: Claim) -> HistoryEntry | None:
    """The history entry that set the current status, if the history has one."""
    for entry in reversed(claim.history):
        if entry.to is not None:
            return entry if entry.to == claim.status else None
    return None


def verdict_by(claim: Claim) -> str | None:
    """Who set the claim's reviewed status (None while it is unverified)."""
    if claim.status == "unverified":
        return None
    entry = last_status_entry(claim)
    return entry.by if entry is not None else None


def flag_of(claim: Claim) -> HistoryEntry | None:
    """The standing "needs a second opinion" flag: the last flagged entry not cleared since."""
    for entry in reversed(claim.history):
        if entry.action == "flagged":
            return entry
        if entry.action == "unflagged":
            return None
    return None


def reviewers_of(claim: Claim) -> list[str]:
    """Everyone but claimkit itself who changed the claim, in order of first change."""
    return list(dict.fromkeys(e.by for e in claim.history if not is_tool(e.by)))


def placed_by_hand(claim: Claim) -> bool:
    """A claim a reviewer added, or whose focus or span a reviewer moved."""
    return claim.provenance.extractor == HAND_EXTRACTOR or any(e.action == "moved" for e in claim.history)


def anchored_in(claim: Claim, text: str) -> bool:
    """Whether the claim's focus and sentence are still the source's text at their offsets."""
    f, s = claim.focus, claim.span
    return f.end <= len(text) and s.end <= len(text) and text[f.start:f.end] == f.text and text[s.start:s.end] == claim.text


# -- checking what a reviewer gives ------------------------------------------------------------


def _now(claim: Claim | None, now: datetime | None) -> str:
    """The time of a change to ``claim``: the clock, or the record's latest time if that is later.

    History never goes backwards, even if this machine's clock is a little behind the last
    writer's. A record whose latest time is beyond the allowed skew is refused instead: dating
    the change there would pin every later change to that wrong time.
    """
    clock = now or datetime.now(UTC)
    stamp = format_time(clock)
    if claim is None:
        return stamp
    pointer, latest = max(claim_times(claim), key=lambda item: parse_time(item[1]))
    if parse_time(latest) > clock + FUTURE_SKEW:
        raise ReviewRefused(
            f"claim {claim.id}: its time {latest} ({pointer}) is in the future (this machine's clock says "
            f"{stamp}), so nothing was written; correct the record's times (a clock was wrong when they were "
            "written; `claimkit validate` lists them as CK107), or this machine's clock if it is the one that is wrong"
        )
    return stamp if parse_time(stamp) >= parse_time(latest) else latest


def _text_problems(value: str | None, field_: str, *, multiline: bool = True) -> list[Problem]:
    """Control characters in text a reviewer typed, refused before they reach the record."""
    problem = None if value is None else control_character(value, multiline=multiline)
    return [Problem(field_, problem, "type it again without them", value=value)] if problem else []


def _usable(value: str | None, problems: list[Problem]) -> str | None:
    """``value``, or a stand-in when it has a problem: the rest of the change is still checked
    (and reported) without the model refusing the same text a second time."""
    return "-" if problems and value is not None else value


def _entry(at: str, by: str, action: str, *, from_=None, to=None, note=None) -> dict:
    return {"at": at, "by": by, "action": action, "from": from_, "to": to, "note": note}


def _model_problems(exc: ValidationError) -> list[Problem]:
    out = []
    for e in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in e["loc"])
        out.append(Problem(_field_of_pointer("$." + where) if where else "claim",
                           f"{where or 'the record'}: {e['msg'].removeprefix('Value error, ')}",
                           "correct the value", "input"))
    return out


def _build(data: dict) -> tuple[Claim | None, list[Problem]]:
    try:
        return Claim.model_validate(data), []
    except ValidationError as exc:
        return None, _model_problems(exc)


def _rebuild(claim: Claim, **changes) -> tuple[Claim | None, list[Problem]]:
    data = claim.model_dump(mode="json", by_alias=True)
    history = changes.pop("history_add", [])
    data.update(changes)
    data["history"] = data["history"] + history
    return _build(data)


def _check_status(status: object) -> list[Problem]:
    if status not in STATUSES:
        return [Problem("status", f"is not one of {', '.join(STATUSES)}", "pick one of them", value=str(status))]
    return []


def _check_type(type_: object) -> list[Problem]:
    if type_ not in CLAIM_TYPES:
        return [Problem("type", f"is not one of {', '.join(CLAIM_TYPES)}", "pick one of them", value=str(type_))]
    return []


_EVIDENCE_FIXES = {
    "url": "give the page's address, starting with http:// or https://",
    "title": "give the page's title",
    "publisher": "say who published it",
    "published": "give the date as YYYY-MM-DD, YYYY-MM or YYYY, or leave it out",
    "accessed": "give the day you read it as YYYY-MM-DD",
    "stance": f"pick one of {', '.join(STANCES)}",
    "summary": f"say in your own words, in at least {SUMMARY_MIN} characters, what the page says",
}
# Valid values that stand in for a malformed field while the rest of a change is checked, so a
# bad URL does not also report "supported needs supporting evidence".
_STAND_INS = {"title": "-", "publisher": "-", "published": None, "summary": "x" * SUMMARY_MIN}


def check_evidence(items: Iterable[dict], *, today: str | None = None) -> tuple[list[dict], list[Problem]]:
    """Check evidence items as given (fill in ``accessed``): the items to store, or stand-ins for
    the malformed ones, and every problem of every item."""
    out: list[dict] = []
    problems: list[Problem] = []
    day = today or datetime.now(UTC).date().isoformat()
    for number, item in enumerate(items, 1):
        data = {k: item.get(k) for k in EVIDENCE_FIELDS}
        data["accessed"] = data["accessed"] or day
        bad: set[str] = set()
        for key in ("url", "title", "publisher", "stance", "summary"):
            if not data.get(key):
                problems.append(Problem(f"evidence.{number}.{key}", "is missing", _EVIDENCE_FIXES[key]))
                bad.add(key)
        if data.get("stance") and data["stance"] not in STANCES:
            problems.append(Problem(f"evidence.{number}.stance", f"is not one of {', '.join(STANCES)}",
                                    _EVIDENCE_FIXES["stance"], value=data["stance"]))
            bad.add("stance")
        try:
            Evidence.model_validate({k: data[k] if k not in bad else _stand_in(k, number) for k in EVIDENCE_FIELDS})
        except ValidationError as exc:
            for err in exc.errors(include_url=False, include_input=False):
                key = str(err["loc"][0]) if err["loc"] else "url"
                if key in bad:
                    continue
                bad.add(key)
                message = err["msg"].removeprefix("Value error, ")
                if key == "summary" and err["type"] in ("string_too_short", "too_short"):
                    message = f"is {len(data['summary'] or '')} characters long; it needs at least {SUMMARY_MIN}"
                elif key == "url" and err["type"] == "string_pattern_mismatch":
                    message = "is not an http:// or https:// address"
                elif key in ("published", "accessed") and err["type"] == "string_pattern_mismatch":
                    message = "is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY" if key == "published" else "is not a YYYY-MM-DD date"
                problems.append(Problem(f"evidence.{number}.{key}", message, _EVIDENCE_FIXES.get(key, "correct it"),
                                        value=None if data.get(key) is None else str(data[key])))
        out.append({k: data[k] if k not in bad else _stand_in(k, number) for k in EVIDENCE_FIELDS})
    return out, problems


def _stand_in(key: str, number: int) -> object:
    if key == "url":
        return f"https://claimkit.invalid/stand-in/{number}"
    if key == "stance":
        return "context"
    if key == "accessed":
        return datetime.now(UTC).date().isoformat()
    return _STAND_INS[key]


def make_evidence(item: dict, *, today: str | None = None) -> dict:
    """Check one evidence item given on the command line and fill in ``accessed``."""
    items, problems = check_evidence([item], today=today)
    refuse("evidence", problems)
    return items[0]


def _cited_twice(claim: Claim, items: list[dict]) -> list[Problem]:
    known = {e.url for e in claim.evidence}
    out = []
    for number, item in enumerate(items, 1):
        if item["url"] in known:
            out.append(Problem(f"evidence.{number}.url", f"claim {claim.id} already cites {item['url']}",
                               "remove that item first to replace it", "state"))
        known.add(item["url"])
    return out


# -- places in the source: a focus or a span -----------------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a focus or span goes: offsets (``start``/``end``, code points, end-exclusive), or
    exact ``text`` with its ``occurrence`` (1-based) when it occurs more than once. With both,
    the text must be the source's slice at the offsets (the page sends what was selected)."""

    start: int | None = None
    end: int | None = None
    text: str | None = None
    occurrence: int | None = None


def _occurrences(text: str, piece: str) -> list[int]:
    out, at = [], text.find(piece)
    while at >= 0:
        out.append(at)
        at = text.find(piece, at + 1)
    return out


def resolve(place: Place, text: str, field_: str, *, within: tuple[int, int] | None = None,
            containing: tuple[int, int] | None = None) -> tuple[tuple[int, int] | None, list[Problem]]:
    """The offsets ``place`` names in ``text``, trimmed of surrounding white space.

    ``containing``: among occurrences of a text, the one holding these offsets (a span around a
    focus) is chosen when no occurrence number is given.
    """
    if place.start is not None or place.end is not None:
        start, end = place.start, place.end
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            return None, [Problem(field_, "needs both a start and an end offset", "give START:END in code points")]
        if not 0 <= start < end <= len(text):
            return None, [Problem(field_, f"{start}..{end} is not a range inside the text (0..{len(text)})",
                                  "give offsets with 0 <= start < end <= the text's length", value=f"{start}:{end}")]
        if place.text is not None and text[start:end] != place.text:
            return None, [Problem(field_, f"the text at {start}..{end} is {excerpt(text[start:end])}, not "
                                          f"{excerpt(place.text)}",
                                  "reload the document (its text may have changed) and select again")]
    elif place.text is not None:
        piece = place.text.strip()
        if not piece:
            return None, [Problem(field_, "is empty", "give the exact text as it appears in the source")]
        found = _occurrences(text, piece)
        if containing is not None and place.occurrence is None:
            found = [s for s in found if s <= containing[0] and containing[1] <= s + len(piece)] or found
        if not found:
            return None, [Problem(field_, "does not occur in the source text", "copy the exact text from the source "
                                  "(white space and punctuation count)", value=piece)]
        if place.occurrence is not None:
            if not 1 <= place.occurrence <= len(found):
                return None, [Problem("occurrence", f"the text occurs {len(found)} time(s)",
                                      f"give a number from 1 to {len(found)}", value=str(place.occurrence))]
            start = found[place.occurrence - 1]
        elif len(found) > 1:
            where = ", ".join(str(s) for s in found[:8]) + (" …" if len(found) > 8 else "")
            return None, [Problem(field_, f"occurs {len(found)} times (at {where})",
                                  f"say which with an occurrence number from 1 to {len(found)}, or give offsets",
                                  value=piece)]
        else:
            start = found[0]
        end = start + len(piece)
    else:
        return None, [Problem(field_, "is missing", "give the exact text or the offsets")]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None, [Problem(field_, "holds only white space", "select or give some text")]
    if within is not None and not (within[0] <= start and end <= within[1]):
        return None, [Problem(field_, f"{start}..{end} is not inside {within[0]}..{within[1]}", "choose a place inside it")]
    return (start, end), []


# A sentence ends at . ! ? (and closing quotes or brackets) before white space and a capital,
# a digit or an opening quote, unless the word before the stop is an abbreviation; a line
# break always ends one (scraped articles keep one paragraph a line).
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc e.g i.e no nos gen col lt sgt capt gov sen rep inc ltd co corp approx "
    "ca cf fig al jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u mt ft".split()
)


_MARKER = re.compile(r"\[\d{1,3}\]")


def _abbreviation(text: str, stop: int) -> bool:
    match = re.search(r"([A-Za-z.]+)$", text[max(0, stop - 12):stop])
    if not match:
        return False
    word = match.group(1).strip(".")
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) that hold ``text[start:end]``, without surrounding space."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", max(end - 1, start))
    line_end = len(text) if line_end < 0 else line_end
    stops = [m.end() for m in _SENTENCE_END.finditer(text, line_start, line_end) if not _abbreviation(text, m.start())]
    left = max((b for b in stops if b <= start), default=line_start)
    right = min((b for b in stops if b >= end), default=line_end)
    while left < start:  # white space, and citation markers like "[4]" that close the sentence before
        marker = _MARKER.match(text, left)
        if text[left].isspace():
            left += 1
        elif marker and marker.end() <= start:
            left = marker.end()
        else:
            break
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


# -- values ------------------------------------------------------------------------------------


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()  # an edit leaves the field as it is
AUTO = "auto"  # the value is read from the focus text (dates and quantities)


_UNIT_STOP = frozenset("a an the per of in on at each every to for from by".split())


def _quantity_of(text: str) -> dict | None:
    """The quantity a focus like "approximately 3,000 MEK members" or "1,200 passengers a day"
    states: the longest leading run of words that parses as a number, and as the unit the last
    word of the noun phrase after it (up to a word like "a", "per", "of")."""
    from .normalize import parse_quantity

    words = text.split()
    for n in range(len(words), 0, -1):
        phrase = []
        for word in (w.strip(",.;:()") for w in words[n:]):
            if word.lower() in _UNIT_STOP or not word.isalpha():
                break
            phrase.append(word)
        value = parse_quantity(" ".join(words[:n]), phrase[-1] if phrase else None)
        if value is not None:
            return value
    return None


def value_from_focus(type_: str, focus_text: str, context_year: int | None = None) -> dict | None:
    """The normalized value a date or quantity focus states, as the extractor would give it."""
    if type_ == "date":
        from .normalize import parse_date

        return parse_date(focus_text, context_year)
    if type_ == "quantity":
        return _quantity_of(focus_text)
    return None


def _date_precision(value: str) -> str | None:
    if value.endswith("XX"):
        return "century"
    if value.endswith("X"):
        return "decade"
    return {4: "year", 7: "month", 10: "day"}.get(len(value))


def make_value(spec: dict) -> tuple[dict | None, list[Problem]]:
    """A value from what a reviewer gave: ``{"kind": "date", "value", "qualifier"}`` (the
    precision follows from the form) or ``{"kind": "quantity", "amount", "unit", "approximate"}``."""
    kind = spec.get("kind")
    if kind == "date":
        raw: Any = str(spec.get("value") or "").strip()
        qualifier = ((spec.get("qualifier") or None) and str(spec["qualifier"]).strip()) or None
        problems = _text_problems(qualifier, "value.qualifier", multiline=False)
        if not raw:
            return None, [*problems, Problem("value.date", "is missing", "give the date: YYYY-MM-DD, YYYY-MM, YYYY, 198X or 19XX")]
        data: dict[str, Any] = {"kind": "date", "value": raw, "precision": _date_precision(raw) or "day", "qualifier": qualifier}
        try:
            return DateValue.model_validate(data).model_dump(mode="json"), problems
        except ValidationError:
            return None, [*problems, Problem("value.date", "is not a date in the form YYYY-MM-DD, YYYY-MM, YYYY, 198X or 19XX "
                                             "(or it names no real day)", "give it in one of those forms", value=raw)]
    if kind == "quantity":
        problems = []
        raw = spec.get("amount")
        amount: float | int | None = None
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            amount = raw
        elif isinstance(raw, str) and raw.strip():
            try:
                number = float(raw.replace(",", "").strip())
                amount = int(number) if number.is_integer() else number
            except ValueError:
                problems.append(Problem("value.amount", "is not a number", "give digits, e.g. 3000 or 4.2e6", value=raw))
        else:
            problems.append(Problem("value.amount", "is missing", "give the number, e.g. 3000"))
        unit = spec.get("unit")
        unit = str(unit).strip() or None if unit is not None else None
        problems += _text_problems(unit, "value.unit", multiline=False)
        if problems:
            return None, problems
        data = {"kind": "quantity", "amount": amount, "unit": unit, "approximate": bool(spec.get("approximate"))}
        try:
            return QuantityValue.model_validate(data).model_dump(mode="json"), []
        except ValidationError:
            return None, [Problem("value.amount", "is not a finite number", "give a finite number", value=str(raw))]
    return None, [Problem("value", f"kind {kind!r} is not 'date' or 'quantity'", "give a date or a quantity")]


def _stand_in_value(spec: dict, type_: str) -> dict | None:
    """A valid value of the kind a malformed ``spec`` meant, so that its problem is not also
    reported as CK209 (a date claim without a date)."""
    kind = spec.get("kind") if spec.get("kind") in ("date", "quantity") else type_
    if kind == "date":
        return {"kind": "date", "value": "2000", "precision": "year", "qualifier": None}
    if kind == "quantity":
        return {"kind": "quantity", "amount": 0, "unit": None, "approximate": False}
    return None


def _value_problem(type_: str, focus_text: str) -> Problem:
    what = "date (YYYY-MM-DD, YYYY-MM, YYYY, 198X or 19XX)" if type_ == "date" else "amount (and unit)"
    return Problem("value", f"no {type_} can be read from the focus {excerpt(focus_text)}",
                   f"give the {what} yourself, or choose another focus or type")


def _describe_value(value: dict | None) -> str:
    if value is None:
        return "none"
    if value["kind"] == "date":
        return f"{value['value']} ({value['precision']}" + (f", {value['qualifier']})" if value.get("qualifier") else ")")
    amount = value["amount"]
    return f"{'about ' if value.get('approximate') else ''}{amount}" + (f" {value['unit']}" if value.get("unit") else "")


def _quoted(value: str | None) -> str:
    return "none" if value is None else json.dumps(value, ensure_ascii=False)


# -- new ids -----------------------------------------------------------------------------------


def new_claim_id(doc_id: str, type_: str, start: int, end: int, focus_text: str, taken: set[str]) -> str:
    """An id for a claim added by hand, seeded like the extractor's: two reviewers who add the
    same claim on two branches write the same file, which git shows them as one conflict rather
    than keeping two copies."""
    seed = f"{doc_id}\n{type_}\n{start}\n{end}\n{focus_text}"
    salt = 0
    while True:
        digest = hashlib.sha256(f"{seed}\n{salt}".encode()).hexdigest()[:8]
        candidate = f"{doc_id}-{digest}"
        if candidate not in taken:
            return candidate
        salt += 1


def new_cluster_id(doc_id: str, taken: set[str]) -> str:
    while True:
        candidate = f"{doc_id}-c-{secrets.token_hex(4)}"
        if candidate not in taken and len(candidate) <= MAX_CLAIM_ID:
            return candidate


# -- entities and check-worthiness of a claim added by hand --------------------------------------


@dataclass
class Annotation:
    """What spaCy says about a new claim's sentence: its check-worthiness and its entities
    (offsets into the sentence)."""

    check_worthiness: float
    entities: list[dict] = field(default_factory=list)
    pipeline: str = HAND_PIPELINE


Annotator = Callable[[str], Annotation]


def nlp_annotator(sentence: str) -> Annotation:
    """The shipped check-worthiness model's score and spaCy's entities, as the extractor gives them."""
    from . import checkworthiness

    nlp = checkworthiness.load_tagger()
    doc = nlp(sentence)
    entities = [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text}
                for e in doc.ents if e.text.strip() and e.text == e.text.strip()]
    score = checkworthiness.load_model().score([sentence], nlp)[0]
    meta = nlp.meta
    pipeline = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"
    return Annotation(round(score, 4), entities, pipeline)


def _entities_in(entities: Iterable[dict], offset: int, text: str, span: tuple[int, int], regions) -> list[dict]:
    out = []
    for e in entities:
        start, end = e["start"] + offset, e["end"] + offset
        if span[0] <= start and end <= span[1] and text[start:end] == e["text"] and not any(
                overlaps(rs, re_, start, end) for rs, re_, _ in regions):
            out.append({"start": start, "end": end, "label": e["label"], "text": e["text"]})
    return out


def _placement(claim: Claim, text: str, focus: Place | None, span: Place | None
               ) -> tuple[tuple[int, int], tuple[int, int], list[Problem]]:
    """Where an edit puts a claim's focus and span in the current text.

    A focus that moves keeps its sentence if that still holds it and still reads as stored;
    otherwise the span becomes the sentence around the new focus (unless one is given).
    """
    problems: list[Problem] = []
    where = (claim.focus.start, claim.focus.end)
    if focus is not None:
        moved, found = resolve(focus, text, "focus")
        problems += found
        where = moved or where
    sentence = (claim.span.start, claim.span.end)
    span_reads = sentence[1] <= len(text) and text[sentence[0]:sentence[1]] == claim.text
    if span is not None:
        chosen, found = resolve(span, text, "span", containing=where)
        problems += found
        sentence = chosen or sentence
    elif focus is not None and not (span_reads and sentence[0] <= where[0] and where[1] <= sentence[1]):
        sentence = sentence_around(text, *where)
    if not problems and not (sentence[0] <= where[0] and where[1] <= sentence[1]):
        problems.append(Problem("span", f"{sentence[0]}..{sentence[1]} does not hold the focus {where[0]}..{where[1]}",
                                "choose a sentence that contains the focus"))
    return where, sentence, problems


# -- operations ------------------------------------------------------------------------------


@dataclass
class BulkResult:
    """What a change applied to several claims did to each: changed, skipped (already so), refused."""

    changed: list[Claim] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, ClaimkitError]] = field(default_factory=list)


@dataclass
class Reviewer:
    """Applies review operations as one named reviewer."""

    store: Store
    name: str
    now: Callable[[], datetime] | None = None
    # Scores and tags the sentence of a claim added by hand (None: leave entities empty and
    # require an explicit check-worthiness).
    annotate: Annotator | None = nlp_annotator

    def _clock(self) -> datetime | None:
        return self.now() if self.now else None

    def _apply(
        self,
        claim_id: str,
        change: Callable[[Claim, str], Claim],
        expect_modified: str | None,
        expect_revision: str | None,
        *,
        after: list[Claim] | None = None,
    ) -> Claim:
        """Apply ``change`` under the lock; then write the claims it put in ``after`` (other
        members of a cluster), which it has already checked."""
        if expect_revision is not None:
            check_revision(expect_revision)

        def wrapped(claim: Claim) -> Claim:
            return change(claim, _now(claim, self._clock()))

        with self.store.lock():
            updated = self.store.update_claim(
                claim_id, wrapped, expect_modified=expect_modified, expect_revision=expect_revision
            )
            for other in after or []:
                self.store.write_claim(other)
        return updated

    def _rules(self, claim: Claim, source: Source | None = None) -> list[Finding]:
        return self.store.check_claim(claim, source)

    # -- statuses and evidence ---------------------------------------------------------------

    def set_status(
        self,
        claim_id: str,
        status: str,
        rationale: str | None,
        evidence: Iterable[dict] = (),
        *,
        note: str | None = None,
        replace: bool = False,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        """Set the status (with rationale and new evidence). Changing the status or the rationale
        of a claim that already has a verdict is refused (VerdictExists) unless ``replace``."""
        rationale_problems, note_problems = _text_problems(rationale, "rationale"), _text_problems(note, "note")
        given = _check_status(status) + rationale_problems + note_problems
        rationale, note = _usable(rationale, rationale_problems), _usable(note, note_problems)
        items, evidence_problems = check_evidence(evidence)
        given += evidence_problems
        checked_status = status if status in STATUSES else "unverified"

        def change(claim: Claim, at: str) -> Claim:
            problems = list(given)
            if claim.withdrawn is not None:
                problems.append(Problem("claim", f"claim {claim.id} is withdrawn",
                                        f"restore it first (claimkit review restore {claim.id})", "state"))
            problems += _cited_twice(claim, items)
            new_rationale = rationale if rationale is not None else claim.rationale
            history = [_entry(at, self.name, "evidence-added", note=e["url"]) for e in items]
            if checked_status != claim.status:
                history.append(_entry(at, self.name, "status", from_=claim.status, to=checked_status, note=note))
            elif new_rationale != claim.rationale and claim.status != "unverified":
                # The verdict is given again, with a new rationale: it is now this reviewer's.
                history.append(_entry(at, self.name, "status", from_=claim.status, to=claim.status,
                                      note=note or "rationale replaced"))
            elif new_rationale != claim.rationale or note:
                history.append(_entry(at, self.name, "edited", note=note or "rationale changed"))
            if not history and not problems:
                raise ReviewRefused(f"claim {claim.id} already has status {status!r} with that rationale; nothing to change")
            candidate, model = _rebuild(claim, status=checked_status, rationale=new_rationale,
                                        evidence=[e.model_dump(mode="json") for e in claim.evidence] + items,
                                        modified=at, history_add=history)
            problems += model
            refuse(f"claim {claim.id}", problems, self._rules(candidate) if candidate is not None else [])
            assert candidate is not None
            verdict_changes = claim.status != "unverified" and (
                checked_status != claim.status or new_rationale != claim.rationale)
            if verdict_changes and not replace:
                raise VerdictExists(claim)
            return candidate

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def add_evidence(
        self,
        claim_id: str,
        evidence: Iterable[dict],
        *,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        items, given = check_evidence(evidence)
        if not items:
            refuse(f"claim {claim_id}", [Problem("evidence", "is missing", "give at least one evidence item: its URL, "
                                                 "title, publisher, stance and summary")])

        def change(claim: Claim, at: str) -> Claim:
            problems = given + _cited_twice(claim, items)
            candidate, model = _rebuild(
                claim,
                evidence=[e.model_dump(mode="json") for e in claim.evidence] + items,
                modified=at,
                history_add=[_entry(at, self.name, "evidence-added", note=e["url"]) for e in items],
            )
            refuse(f"claim {claim.id}", problems + model, self._rules(candidate) if candidate is not None else [])
            return _checked(candidate)

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def remove_evidence(
        self, claim_id: str, number: int, *, expect_modified: str | None = None, expect_revision: str | None = None
    ) -> Claim:
        """Remove evidence item ``number`` (1-based, as `review show` numbers them)."""

        def change(claim: Claim, at: str) -> Claim:
            if not 1 <= number <= len(claim.evidence):
                refuse(f"claim {claim.id}", [Problem("number", f"claim {claim.id} has {len(claim.evidence)} evidence item(s)",
                                                     f"give a number from 1 to {len(claim.evidence)}" if claim.evidence
                                                     else "there is nothing to remove", value=str(number))])
            kept = [e.model_dump(mode="json") for i, e in enumerate(claim.evidence, 1) if i != number]
            removed = claim.evidence[number - 1]
            candidate, model = _rebuild(claim, evidence=kept, modified=at,
                                        history_add=[_entry(at, self.name, "evidence-removed", note=removed.url)])
            refuse(f"claim {claim.id}", model, self._rules(candidate) if candidate is not None else [])
            return _checked(candidate)

        return self._apply(claim_id, change, expect_modified, expect_revision)

    # -- withdrawing, restoring, flagging --------------------------------------------------------

    def withdraw(
        self, claim_id: str, reason: str, *, expect_modified: str | None = None, expect_revision: str | None = None
    ) -> Claim:
        """Withdraw a record that is not a claim. Works on any record the store can read, also
        one whose text no longer matches a corrected source (withdrawn records are not anchored)."""
        if not reason or not reason.strip():
            refuse(f"claim {claim_id}", [Problem("reason", "is required", "say why this record is not a claim")])
        refuse(f"claim {claim_id}", _text_problems(reason, "reason"))

        def change(claim: Claim, at: str) -> Claim:
            if claim.withdrawn is not None:
                refuse(f"claim {claim.id}", [_already(f"claim {claim.id} is already withdrawn ({claim.withdrawn.reason})")])
            candidate, model = _rebuild(
                claim,
                withdrawn={"at": at, "by": self.name, "reason": reason},
                modified=at,
                history_add=[_entry(at, self.name, "withdrawn", note=reason)],
            )
            refuse(f"claim {claim.id}", model, self._rules(candidate) if candidate is not None else [])
            return _checked(candidate)

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def restore(
        self,
        claim_id: str,
        *,
        note: str | None = None,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        refuse(f"claim {claim_id}", _text_problems(note, "note"))

        def change(claim: Claim, at: str) -> Claim:
            if claim.withdrawn is None:
                refuse(f"claim {claim.id}", [_already(f"claim {claim.id} is not withdrawn")])
            candidate, model = _rebuild(
                claim,
                withdrawn=None,
                modified=at,
                history_add=[_entry(at, self.name, "restored", note=note)],
            )
            refuse(f"claim {claim.id}", model, self._rules(candidate) if candidate is not None else [])
            return _checked(candidate)

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def flag(
        self, claim_id: str, comment: str, *, expect_modified: str | None = None, expect_revision: str | None = None
    ) -> Claim:
        """Flag the claim as needing a second opinion; ``comment`` says what to look at."""
        if not comment or not comment.strip():
            refuse(f"claim {claim_id}", [Problem("comment", "is required", "say what a second reviewer should look at")])
        refuse(f"claim {claim_id}", _text_problems(comment, "comment"))

        def change(claim: Claim, at: str) -> Claim:
            standing = flag_of(claim)
            if standing is not None:
                refuse(f"claim {claim.id}", [_already(
                    f"claim {claim.id} is already flagged by {standing.by} ({standing.note})", "clear the flag first to change it")])
            candidate, model = _rebuild(claim, modified=at, history_add=[_entry(at, self.name, "flagged", note=comment)])
            refuse(f"claim {claim.id}", model, self._rules(candidate) if candidate is not None else [])
            return _checked(candidate)

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def unflag(
        self, claim_id: str, *, note: str | None = None, expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        """Clear the "needs a second opinion" flag (``note``: what the second opinion was)."""
        refuse(f"claim {claim_id}", _text_problems(note, "note"))

        def change(claim: Claim, at: str) -> Claim:
            if flag_of(claim) is None:
                refuse(f"claim {claim.id}", [_already(f"claim {claim.id} is not flagged")])
            candidate, model = _rebuild(claim, modified=at, history_add=[_entry(at, self.name, "unflagged", note=note)])
            refuse(f"claim {claim.id}", model, self._rules(candidate) if candidate is not None else [])
            return _checked(candidate)

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def bulk(self, claim_ids: Iterable[str], operation: str, **options: Any) -> BulkResult:
        """Apply ``operation`` ("withdraw", "restore", "flag" or "unflag") to each claim on its
        own: each change is its own history entry and its own atomic write, so a claim is either
        changed whole or not at all, and one refusal does not stop the others."""
        methods: dict[str, Callable[..., Claim]] = {"withdraw": self.withdraw, "restore": self.restore, "flag": self.flag,
                                                    "unflag": self.unflag}
        method = methods[operation]
        result = BulkResult()
        for claim_id in claim_ids:
            try:
                result.changed.append(method(claim_id, **options))
            except AlreadyDone as exc:
                result.skipped.append((claim_id, str(exc)))
            except UsageError:
                raise  # the options themselves are wrong: the same for every claim
            except ClaimkitError as exc:
                result.refused.append((claim_id, exc))
        return result

    # -- adding and correcting claims ------------------------------------------------------------

    def add_claim(
        self,
        doc_id: str,
        focus: Place,
        type_: str,
        *,
        span: Place | None = None,
        value: dict | str | None = AUTO,
        statement: str | None = None,
        cluster: str | None = None,
        same_as: str | None = None,
        check_worthiness: float | None = None,
        note: str | None = None,
    ) -> Claim:
        """Add a claim the extractor missed, created by this reviewer.

        The focus is given by offsets or exact text; the span defaults to the sentence around it;
        the value of a date or quantity is read from the focus unless given. The record is
        validated like any other; re-extraction merges a matching proposal into it.
        """
        doc_id = check_name(doc_id, "doc_id", MAX_DOC_ID)
        document = self.store.read_document(doc_id)
        text = self.store.read_text(doc_id)
        regions = region_spans(document.regions)
        problems = _check_type(type_) + _text_problems(statement, "statement") + _text_problems(note, "note")
        if statement is not None and not statement.strip():
            statement = None
        if check_worthiness is not None and not (isinstance(check_worthiness, (int, float)) and 0 <= check_worthiness <= 1):
            problems.append(Problem("check_worthiness", "is not a number from 0 to 1", "give a score such as 0.8",
                                    value=str(check_worthiness)))
        if check_worthiness is None and self.annotate is None:
            problems.append(Problem("check_worthiness", "is needed (no spaCy pipeline to score the sentence)",
                                    "give a score from 0 to 1"))
        where, found = resolve(focus, text, "focus")
        problems += found
        sentence = None
        if where is not None:
            if span is not None:
                sentence, found = resolve(span, text, "span", containing=where)
                problems += found
                if sentence is not None and not (sentence[0] <= where[0] and where[1] <= sentence[1]):
                    problems.append(Problem("span", f"{sentence[0]}..{sentence[1]} does not hold the focus {where[0]}..{where[1]}",
                                            "choose a sentence that contains the focus"))
                    sentence = None
            else:
                sentence = sentence_around(text, *where)
        focus_text = text[where[0]:where[1]] if where else ""
        new_value: dict | None = None
        if isinstance(value, dict):
            new_value, found = make_value(value)
            problems += found
            if found:
                new_value = _stand_in_value(value, type_)
        elif value == AUTO and where is not None and type_ in ("date", "quantity"):
            year = int(document.published[:4]) if document.published else None
            new_value = value_from_focus(type_, focus_text, year)
            if new_value is None:
                problems.append(_value_problem(type_, focus_text))
        elif value not in (AUTO, None):
            problems.append(Problem("value", "is not a value", "give a date or a quantity, or none"))
        def duplicates(existing: list[Claim]) -> list[Problem]:
            out = []
            for other in existing if where is not None else []:
                if (other.focus.start, other.focus.end, other.type) == (where[0], where[1], type_):  # type: ignore[index]
                    state = "withdrawn " if other.withdrawn else ""
                    out.append(Problem("focus", f"the {state}claim {other.id} already has this focus and type",
                                       "restore that claim" if other.withdrawn else "edit that claim instead", "state"))
            return out

        annotation = None
        if not problems and sentence is not None and not duplicates(list(self.store.iter_claims(doc_id, problems=[]))):
            if check_worthiness is None:
                annotation = self.annotate(text[sentence[0]:sentence[1]])  # type: ignore[misc]  # slow: outside the lock
            else:
                annotation = Annotation(float(check_worthiness), [], "none")

        with self.store.lock():
            existing = list(self.store.iter_claims(doc_id, problems=[]))
            at = _now(None, self._clock())
            problems += duplicates(existing)
            taken = {Path(p).stem for p in self.store.claim_paths(doc_id)}
            claim_id = new_claim_id(doc_id, type_, where[0], where[1], focus_text, taken) if where else f"{doc_id}-new"
            after: list[Claim] = []
            new_cluster = None
            if cluster is not None or same_as is not None:
                new_cluster, after, found = self._cluster_plan(doc_id, claim_id, None, cluster, same_as, existing, at)
                problems += found
            refuse(f"the new claim in {doc_id}", problems)
            if annotation is None or sentence is None or where is None:  # a duplicate was withdrawn meanwhile
                raise ReviewRefused(f"the claims of {doc_id} changed while the claim was being added; add it again")
            data = {
                "schema_version": SCHEMA_VERSION,
                "id": claim_id,
                "doc_id": doc_id,
                "span": {"start": sentence[0], "end": sentence[1]},
                "text": text[sentence[0]:sentence[1]],
                "focus": {"start": where[0], "end": where[1], "text": focus_text},
                "quote": quote_for(text, *where),
                "type": type_,
                "value": new_value,
                "entities": _entities_in(annotation.entities, sentence[0], text, sentence, regions),
                "statement": statement,
                "check_worthiness": annotation.check_worthiness,
                "cluster": new_cluster,
                "status": "unverified",
                "evidence": [],
                "rationale": None,
                "history": [_entry(at, self.name, "created", to="unverified", note=note or "added by hand")],
                "withdrawn": None,
                "provenance": {"extractor": HAND_EXTRACTOR, "version": __version__,
                               "pipeline": annotation.pipeline, "rule": HAND_RULE},
                "created": at,
                "modified": at,
            }
            claim, model = _build(data)
            source = Source(text=text, regions=regions)
            refuse(f"the new claim in {doc_id}", model, self._rules(claim, source) if claim is not None else [])
            assert claim is not None
            self.store.write_claim(claim, source=source)
            for other in after:
                self.store.write_claim(other, source=source)
        return claim

    def edit(
        self,
        claim_id: str,
        *,
        focus: Place | None = None,
        span: Place | None = None,
        type_: str | None = None,
        value: Any = KEEP,
        statement: Any = KEEP,
        cluster: Any = KEEP,
        same_as: str | None = None,
        keep_status: bool = False,
        note: str | None = None,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        """Correct a claim: move its focus or span, change its type or value, write its
        statement, set, merge (``same_as``) or clear (``cluster=None``) its cluster.

        Each change is one history entry saying what it was and what it became. Moving the
        focus works on a record whose text no longer matches its source (that is how such a
        claim is brought back). A reviewed claim whose focus text changes returns to
        ``unverified`` (a status entry says why) unless ``keep_status``.
        """
        given = _text_problems(note, "note")
        note = _usable(note, given)
        type_ok = type_ is None or not _check_type(type_)
        if not type_ok:
            given += _check_type(type_)
        if statement is not KEEP and statement is not None:
            found = _text_problems(statement, "statement")
            given += found
            statement = _usable(statement, found)
            if not statement.strip():
                statement = None
        cluster_ok = True
        if cluster is not KEEP and cluster is not None:
            if same_as is not None:
                given.append(Problem("same_as", "cannot be given with a cluster id", "give one of the two"))
                cluster_ok = False
            try:
                check_name(cluster, "cluster", MAX_CLAIM_ID)
            except UsageError:
                given.append(Problem("cluster", "is not an id (lowercase letters, digits, single hyphens)",
                                     "give the cluster id another claim has, or use same_as", value=str(cluster)))
                cluster_ok = False
        spec_value: dict | None = None
        if isinstance(value, dict):
            spec_value, found = make_value(value)
            given += found
        elif value is not KEEP and value not in (AUTO, None):
            given.append(Problem("value", "is not a value", "give a date or a quantity, or none"))
        # spaCy is slow to load: tag the new sentence before taking the lock, for the sentence
        # the claim as read now would get (under the lock it is used only if that still holds).
        annotations: dict[tuple[int, int], Annotation] = {}
        if self.annotate is not None and (focus is not None or span is not None):
            try:
                current = self.store.read_claim(claim_id)
                text = self.store.read_text(current.doc_id)
            except ClaimkitError:
                current = None
            if current is not None:
                _, sentence, found = _placement(current, text, focus, span)
                if not found and sentence != (current.span.start, current.span.end):
                    annotations[sentence] = self.annotate(text[sentence[0]:sentence[1]])
        after: list[Claim] = []

        def change(claim: Claim, at: str) -> Claim:
            after.clear()
            text = self.store.read_text(claim.doc_id)
            document = self.store.read_document(claim.doc_id)
            regions = region_spans(document.regions)
            source = Source(text=text, regions=regions)
            history: list[dict] = []
            data = claim.model_dump(mode="json", by_alias=True)
            new_type = type_ if type_ is not None and type_ok else claim.type

            where, sentence, problems = _placement(claim, text, focus, span)
            # Without a new focus the focus text is the record's, even where the source changed under it.
            focus_text = text[where[0]:where[1]] if focus is not None else claim.focus.text
            focus_changed = focus is not None and (where != (claim.focus.start, claim.focus.end)
                                                   or not anchored_in(claim, text)
                                                   or data["quote"] != quote_for(text, *where))
            span_changed = (focus is not None or span is not None) and (
                sentence != (claim.span.start, claim.span.end) or text[sentence[0]:sentence[1]] != claim.text)
            if focus_changed:
                data["focus"] = {"start": where[0], "end": where[1], "text": focus_text}
                data["quote"] = quote_for(text, *where)
                history.append(_entry(at, self.name, "moved", note=(
                    f"focus {claim.focus.start}..{claim.focus.end} {_quoted(claim.focus.text)} → "
                    f"{where[0]}..{where[1]} {_quoted(focus_text)}")))
            if span_changed:
                data["span"] = {"start": sentence[0], "end": sentence[1]}
                data["text"] = text[sentence[0]:sentence[1]]
                history.append(_entry(at, self.name, "moved", note=(
                    f"span {claim.span.start}..{claim.span.end} → {sentence[0]}..{sentence[1]}")))
            if focus_changed or span_changed:
                kept = [e.model_dump(mode="json") for e in claim.entities
                        if sentence[0] <= e.start and e.end <= sentence[1] and text[e.start:e.end] == e.text]
                if sentence in annotations:
                    kept = _entities_in(annotations[sentence].entities, sentence[0], text, sentence, regions)
                data["entities"] = kept

            if new_type != claim.type:
                data["type"] = new_type
                history.append(_entry(at, self.name, "edited", note=f"type: {claim.type} → {new_type}"))

            old_value = claim.value.model_dump(mode="json") if claim.value is not None else None
            new_value = old_value
            text_changed = focus_text != claim.focus.text
            if isinstance(value, dict):
                new_value = spec_value if spec_value is not None else _stand_in_value(value, new_type)
            elif value is None:
                new_value = None
            elif value == AUTO or (value is KEEP and (text_changed or new_type != claim.type)):
                if new_type in ("date", "quantity"):
                    keeps = value is KEEP and not text_changed and old_value is not None and old_value["kind"] == new_type
                    if not keeps:
                        year = int(document.published[:4]) if document.published else None
                        new_value = value_from_focus(new_type, focus_text, year)
                        if new_value is None:
                            problems.append(_value_problem(new_type, focus_text))
                elif text_changed or value == AUTO:
                    new_value = None
            if new_value != old_value:
                data["value"] = new_value
                history.append(_entry(at, self.name, "edited",
                                      note=f"value: {_describe_value(old_value)} → {_describe_value(new_value)}"))

            if statement is not KEEP and statement != claim.statement:
                data["statement"] = statement
                history.append(_entry(at, self.name, "edited",
                                      note=f"statement: {_quoted(claim.statement)} → {_quoted(statement)}"))

            if (cluster is not KEEP or same_as is not None) and cluster_ok:
                existing = list(self.store.iter_claims(claim.doc_id, problems=[]))
                target, others, found = self._cluster_plan(claim.doc_id, claim.id, claim.cluster,
                                                           None if cluster is KEEP else cluster, same_as, existing, at)
                problems += found
                if target != claim.cluster:
                    data["cluster"] = target
                    history.append(_entry(at, self.name, "edited",
                                          note=f"cluster: {claim.cluster or 'none'} → {target or 'none'}"))
                after.extend(others)

            if focus_changed and text_changed and claim.status != "unverified" and not keep_status:
                history.append(_entry(at, self.name, "status", from_=claim.status, to="unverified", note=(
                    f"the focus text changed ({_quoted(claim.focus.text)} → {_quoted(focus_text)}): the verdict "
                    f"{claim.status!r} was about the old text; set it again if it still holds")))
                data["status"] = "unverified"
            if note and history:
                history[-1]["note"] = f"{history[-1]['note']}; {note}" if history[-1]["note"] else note
            if not history and not problems and not given:
                raise ReviewRefused(f"claim {claim.id}: the edit changes nothing")
            data["history"] = data["history"] + history
            data["modified"] = at
            candidate, model = _build(data)
            refuse(f"claim {claim.id}", given + problems + model,
                   self._rules(candidate, source) if candidate is not None else [])
            assert candidate is not None
            return candidate

        return self._apply(claim_id, change, expect_modified, expect_revision, after=after)

    def _cluster_plan(
        self, doc_id: str, claim_id: str, current: str | None, cluster: str | None, same_as: str | None,
        existing: list[Claim], at: str,
    ) -> tuple[str | None, list[Claim], list[Problem]]:
        """The cluster a claim gets and the other records that change with it.

        ``cluster`` None (and no ``same_as``) clears it; an id joins that cluster, which another
        claim of the document must have; ``same_as`` joins the other claim's cluster, starts one
        with it, or merges the two clusters. A cluster left with one member is cleared on that
        member too, so no change leaves a lonely cluster (CK302).
        """
        by_id = {c.id: c for c in existing}
        members: dict[str, list[Claim]] = {}
        for c in existing:
            if c.cluster:
                members.setdefault(c.cluster, []).append(c)
        problems: list[Problem] = []
        changes: dict[str, str | None] = {}  # other claim id -> its new cluster
        target: str | None
        if same_as is not None:
            other = by_id.get(same_as)
            if other is None:
                return current, [], [Problem("same_as", f"no claim {same_as!r} in document {doc_id}",
                                             "give the id of another claim of the same document", value=same_as)]
            if other.id == claim_id:
                return current, [], [Problem("same_as", "is this claim itself", "give another claim's id", value=same_as)]
            target = other.cluster or current or new_cluster_id(doc_id, set(members))
            if other.cluster is None:
                changes[other.id] = target
            if current and current != target:  # merge: the rest of this claim's cluster follows it
                for c in members.get(current, []):
                    if c.id != claim_id:
                        changes[c.id] = target
        elif cluster is not None:
            if not any(c.id != claim_id for c in members.get(cluster, [])):
                return current, [], [Problem("cluster", f"no other claim of document {doc_id} is in cluster {cluster!r}",
                                             "give a cluster another claim has, or start one with same_as", value=cluster)]
            target = cluster
        else:
            target = None
        if current and current != target:
            left = [c for c in members.get(current, []) if c.id != claim_id and c.id not in changes]
            if len(left) == 1:
                changes[left[0].id] = None
        out = []
        for other_id, new in changes.items():
            other = by_id[other_id]
            why = "its only other member left" if new is None else f"joined with {claim_id}"
            entry = _entry(max(at, other.modified), self.name, "edited",
                           note=f"cluster: {other.cluster or 'none'} → {new or 'none'} ({why})")
            candidate, model = _rebuild(other, cluster=new, modified=max(at, other.modified), history_add=[entry])
            problems += model
            if candidate is not None:
                problems += [Problem.of_finding(f) for f in self._rules(candidate)]
                out.append(candidate)
        return target, out, problems


# -- reading ---------------------------------------------------------------------------------


def list_claims(
    store: Store, *, doc_id: str | None = None, status: str | None = None, type_: str | None = None,
    withdrawn: bool = False, problems: list | None = None, flagged: bool | None = None,
    only_withdrawn: bool = False,
) -> list[Claim]:
    """The claims that match, sorted; records that cannot be read go to ``problems`` (see
    Store.iter_claims). ``flagged`` True keeps only flagged claims, False only unflagged ones."""
    if status is not None and _check_status(status):
        raise UsageError(f"--status {status!r} is not one of {', '.join(STATUSES)}")
    if type_ is not None and type_ not in CLAIM_TYPES:
        raise UsageError(f"--type {type_!r} is not one of {', '.join(CLAIM_TYPES)}")
    out = []
    for claim in store.iter_claims(doc_id, problems=problems):
        if status is not None and claim.status != status:
            continue
        if type_ is not None and claim.type != type_:
            continue
        if claim.withdrawn is not None and not (withdrawn or only_withdrawn):
            continue
        if only_withdrawn and claim.withdrawn is None:
            continue
        if flagged is not None and (flag_of(claim) is not None) != flagged:
            continue
        out.append(claim)
    out.sort(key=reading_order)
    return out


def history_of(store: Store, claim_id: str) -> list[HistoryEntry]:
    return list(store.read_claim(claim_id).history)


# -- agreement between two reviewers ---------------------------------------------------------

# Why a claim present in the two folders is left out of the comparison.
LEFT_OUT_REASONS = {
    "unverified_both": "unverified in both",
    "only_a_reviewed": "reviewed in A only (unverified in B)",
    "only_b_reviewed": "reviewed in B only (unverified in A)",
    "withdrawn": "withdrawn in A or B",
    "same_review": "the same review in both (made before the two copies parted)",
    "only_in_a": "only in A",
    "only_in_b": "only in B",
}


@dataclass
class Side:
    """One claim as one reviewer left it."""

    status: str
    rationale: str | None
    by: str | None
    at: str | None
    withdrawn: bool
    focus: str


@dataclass
class Agreement:
    compared: int
    only_a: int
    only_b: int
    observed: float
    kappa: float | None
    labels: list[str]
    confusion: dict[tuple[str, str], int]
    left_out: dict[str, int] = field(default_factory=dict)
    per_status: dict[str, dict[str, float | int | None]] = field(default_factory=dict)
    disagreements: list[dict[str, Any]] = field(default_factory=list)

    @property
    def agreed(self) -> int:
        return sum(n for (a, b), n in self.confusion.items() if a == b)


def _sides(folder: Path) -> dict[str, Side]:
    base = folder / "claims" if (folder / "claims").is_dir() else folder
    if not base.is_dir():
        raise UsageError(f"{folder}: not a folder of claims (nor a repository with claims/)")
    out = {}
    for path in sorted(base.rglob("*.json")):
        if path.name.startswith(".") or not path.is_file() or path.is_symlink():
            continue
        try:
            claim = Claim.model_validate_json(path.read_bytes())
        except (ValidationError, OSError) as exc:
            raise UsageError(f"{path}: not a valid claim record; run `claimkit validate` there first ({type(exc).__name__})") from None
        entry = last_status_entry(claim) if claim.status != "unverified" else None
        out[claim.id] = Side(claim.status, claim.rationale, entry.by if entry else None, entry.at if entry else None,
                             claim.withdrawn is not None, claim.focus.text)
    return out


def agreement(dir_a: str | Path, dir_b: str | Path) -> Agreement:
    """Agreement of two reviewers' verdicts on the claims both reviewed.

    A claim counts only if both left it live with a reviewed status (not ``unverified``) and the
    two verdicts are not one and the same history entry (a review made before the two copies
    parted is not two opinions). The rest is counted in ``left_out`` by reason. Gives raw
    agreement, Cohen's kappa, per status the counts and the specific agreement
    2·both/(A+B), the confusion table, and each disagreement with both rationales.
    """
    a, b = _sides(Path(dir_a)), _sides(Path(dir_b))
    left_out = Counter({"only_in_a": len(set(a) - set(b)), "only_in_b": len(set(b) - set(a))})
    shared = []
    for claim_id in sorted(set(a) & set(b)):
        x, y = a[claim_id], b[claim_id]
        if x.withdrawn or y.withdrawn:
            left_out["withdrawn"] += 1
        elif x.status == "unverified" and y.status == "unverified":
            left_out["unverified_both"] += 1
        elif y.status == "unverified":
            left_out["only_a_reviewed"] += 1
        elif x.status == "unverified":
            left_out["only_b_reviewed"] += 1
        elif x.by is not None and (x.by, x.at, x.status, x.rationale) == (y.by, y.at, y.status, y.rationale):
            left_out["same_review"] += 1
        else:
            shared.append(claim_id)
    confusion = Counter((a[i].status, b[i].status) for i in shared)
    n = len(shared)
    labels: list[str] = [s for s in STATUSES if any(s in pair for pair in confusion)]
    count_a = Counter(a[i].status for i in shared)
    count_b = Counter(b[i].status for i in shared)
    per_status: dict[str, dict[str, float | int | None]] = {}
    for s in labels:
        both = confusion[(s, s)]
        total = count_a[s] + count_b[s]
        per_status[s] = {"a": count_a[s], "b": count_b[s], "both": both, "agreement": 2 * both / total if total else None}
    disagreements = [
        {"id": i, "focus": a[i].focus,
         "a": {"status": a[i].status, "by": a[i].by, "rationale": a[i].rationale},
         "b": {"status": b[i].status, "by": b[i].by, "rationale": b[i].rationale}}
        for i in shared if a[i].status != b[i].status
    ]
    reasons = {k: left_out[k] for k in LEFT_OUT_REASONS if left_out[k]}
    if n == 0:
        return Agreement(0, left_out["only_in_a"], left_out["only_in_b"], 0.0, None, labels, {}, reasons, per_status, [])
    observed = sum(v for (x, y), v in confusion.items() if x == y) / n
    expected = sum(count_a[s] * count_b[s] for s in labels) / (n * n)
    kappa = None if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(n, left_out["only_in_a"], left_out["only_in_b"], observed, kappa, labels, dict(confusion),
                     reasons, per_status, disagreements)


# -- a blind copy for an independent second review -----------------------------------------------

# What a second reviewer may see of a claim's history: how the record came to be where it is, not
# what anyone concluded about it (statuses, evidence, flags and their comments are left out).
BLIND_ACTIONS = frozenset({"created", "edited", "moved", "re-anchored", "anchor-lost", "withdrawn", "restored"})


def blind_claim(claim: Claim) -> Claim:
    """``claim`` as a second reviewer starts from: the same text, focus, type, value, statement and
    cluster, status ``unverified``, no evidence, no rationale, and a history without verdicts."""
    data = claim.model_dump(mode="json", by_alias=True)
    history = [entry for entry in data["history"] if entry["action"] in BLIND_ACTIONS]
    history[0] = history[0] | {"to": "unverified"}
    for entry in history[1:]:
        entry["from"] = entry["to"] = None
    data.update(status="unverified", evidence=[], rationale=None, history=history,
                modified=max(e["at"] for e in history) if history else data["created"])
    return Claim.model_validate(data)


def blind_copy(store: Store, out: str | Path, *, doc_ids: Iterable[str] | None = None) -> tuple[int, int]:
    """Write a new repository at ``out`` holding the documents and every claim of ``store`` with
    their verdicts removed (``blind_claim``), for a second reviewer who must not see the first
    review. Withdrawn claims stay withdrawn. Returns (claims copied, documents copied).

    ``out`` must not exist or be an empty folder: nothing of a reviewer's work is overwritten.
    Every record is written through the target store, validated like any other write.
    """
    target = Path(out)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{target}: exists and is not an empty folder; a blind copy goes into a new folder")
    docs = list(doc_ids) if doc_ids is not None else store.doc_ids()
    problems: list[RecordUnreadable] = []
    records = {doc_id: [blind_claim(c) for c in store.iter_claims(doc_id, problems=problems)] for doc_id in docs}
    if problems:  # a copy without them would look complete and is not
        raise UsageError(f"{problems[0]}; nothing was copied")
    copy = Store(target)
    for doc_id in docs:
        copy.write_source(store.read_document(doc_id), store.read_text(doc_id))
        for claim in records[doc_id]:
            copy.write_claim(claim)
    return sum(len(r) for r in records.values()), len(docs)


# -- progress ------------------------------------------------------------------------------------


def progress(claims: Iterable[Claim]) -> dict[str, Any]:
    """How far the review of these claims has got: reviewed, left and withdrawn in all, and per
    reviewer the verdicts that stand in their name, the withdrawals, the flags, and what is left
    for them (live claims without their verdict)."""
    claims = list(claims)
    live = [c for c in claims if c.withdrawn is None]
    reviewed = [c for c in live if c.status != "unverified"]
    people: dict[str, dict[str, int]] = {}

    def row(name: str) -> dict[str, int]:
        return people.setdefault(name, {"reviewed": 0, "withdrawn": 0, "flagged": 0, "left": 0})

    for c in claims:
        for name in reviewers_of(c):
            row(name)
        by = verdict_by(c) if c.withdrawn is None else None
        if by is not None:
            row(by)["reviewed"] += 1
        if c.withdrawn is not None and not is_tool(c.withdrawn.by):
            row(c.withdrawn.by)["withdrawn"] += 1
        flag = flag_of(c)
        if flag is not None and c.withdrawn is None:
            row(flag.by)["flagged"] += 1
    for counts in people.values():
        counts["left"] = len(live) - counts["reviewed"]
    return {
        "claims": len(claims),
        "reviewed": len(reviewed),
        "left": len(live) - len(reviewed),
        "withdrawn": len(claims) - len(live),
        "flagged": sum(1 for c in live if flag_of(c) is not None),
        "reviewers": dict(sorted(people.items())),
    }

