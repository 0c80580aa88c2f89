"""Review: reviewers change statuses, evidence and withdrawals; every change is kept in history.

Each operation is a pure change of one Claim applied through ``Store.update_claim``: under the
repository lock, validated before it is written, written atomically. A change that would leave
the record invalid is refused with the rule it breaks, and nothing is written.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from .errors import ClaimkitError, UsageError
from .models import (
    CLAIM_TYPES,
    STANCES,
    STATUSES,
    Claim,
    Evidence,
    HistoryEntry,
    control_character,
    format_time,
    parse_time,
)
from .rules import FUTURE_SKEW, claim_times, is_tool
from .store import Store, check_revision

REVIEWER_ENV = "CLAIMKIT_REVIEWER"
EVIDENCE_FIELDS = ("url", "title", "publisher", "published", "accessed", "stance", "summary")


class ReviewRefused(ClaimkitError):
    """A review change that is not allowed as asked."""


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


# -- building changes ------------------------------------------------------------------------


def _now(claim: Claim, now: datetime | None) -> str:
    """The time of a change to ``claim``: the clock, or the record's latest time if that is later.

    History never goes backwards, even if this machine's clock is a little behind the last
    writer's. A record whose latest time is beyond the allowed skew is refused instead: dating
    the change there would pin every later change to that wrong time.
    """
    clock = now or datetime.now(timezone.utc)
    stamp = format_time(clock)
    pointer, latest = max(claim_times(claim), key=lambda item: parse_time(item[1]))
    if parse_time(latest) > clock + FUTURE_SKEW:
        raise ReviewRefused(
            f"claim {claim.id}: its time {latest} ({pointer}) is in the future (this machine's clock says "
            f"{stamp}), so nothing was written; correct the record's times (a clock was wrong when they were "
            "written; `claimkit validate` lists them as CK107), or this machine's clock if it is the one that is wrong"
        )
    return stamp if parse_time(stamp) >= parse_time(latest) else latest


def _check_text(value: str | None, option: str, *, multiline: bool = True) -> None:
    """Refuse text with control characters before it reaches the record, naming the option."""
    problem = None if value is None else control_character(value, multiline=multiline)
    if problem:
        raise UsageError(f"{option} {value!r}: {problem}")


def _entry(at: str, by: str, action: str, *, from_=None, to=None, note=None) -> dict:
    return {"at": at, "by": by, "action": action, "from": from_, "to": to, "note": note}


def _rebuild(claim: Claim, **changes) -> Claim:
    data = claim.model_dump(mode="json", by_alias=True)
    history = changes.pop("history_add", [])
    data.update(changes)
    data["history"] = data["history"] + history
    try:
        return Claim.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors(include_url=False)
        )
        raise ReviewRefused(f"the change does not fit the claim model: {problems}") from None


def make_evidence(item: dict, *, today: str | None = None) -> dict:
    """Check one evidence item given on the command line and fill in ``accessed``."""
    missing = [k for k in ("url", "title", "publisher", "stance", "summary") if not item.get(k)]
    if missing:
        where = f" (--url {item['url']})" if item.get("url") else ""
        raise UsageError(f"evidence{where} needs " + ", ".join(f"--{k}" for k in missing))
    if item["stance"] not in STANCES:
        raise UsageError(f"--stance {item['stance']!r} is not one of {', '.join(STANCES)}")
    data = {k: item.get(k) for k in EVIDENCE_FIELDS}
    data["accessed"] = data["accessed"] or today or datetime.now(timezone.utc).date().isoformat()
    try:
        return Evidence.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        field = err["loc"][0] if err["loc"] else "evidence"
        raise UsageError(f"--{field} {data.get(field)!r}: {err['msg'].removeprefix('Value error, ')}") from None


def _with_evidence(claim: Claim, items: list[dict]) -> list[dict]:
    known = {e.url for e in claim.evidence}
    for item in items:
        if item["url"] in known:
            raise ReviewRefused(f"claim {claim.id} already cites {item['url']}; remove that item first to replace it")
        known.add(item["url"])
    return [e.model_dump(mode="json") for e in claim.evidence] + items


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise UsageError(f"--status {status!r} is not one of {', '.join(STATUSES)}")


# -- operations ------------------------------------------------------------------------------


@dataclass
class Reviewer:
    """Applies review operations as one named reviewer."""

    store: Store
    name: str
    now: Callable[[], datetime] | None = None

    def _apply(
        self,
        claim_id: str,
        change: Callable[[Claim, str], Claim],
        expect_modified: str | None,
        expect_revision: str | None,
    ) -> Claim:
        if expect_revision is not None:
            check_revision(expect_revision)

        def wrapped(claim: Claim) -> Claim:
            return change(claim, _now(claim, self.now() if self.now else None))

        return self.store.update_claim(
            claim_id, wrapped, expect_modified=expect_modified, expect_revision=expect_revision
        )

    def set_status(
        self,
        claim_id: str,
        status: str,
        rationale: str | None,
        evidence: Iterable[dict] = (),
        *,
        note: str | None = None,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        _check_status(status)
        _check_text(rationale, "--rationale")
        _check_text(note, "--note")
        items = [make_evidence(e) for e in evidence]

        def change(claim: Claim, at: str) -> Claim:
            if claim.withdrawn is not None:
                raise ReviewRefused(f"claim {claim.id} is withdrawn; `claimkit review restore {claim.id}` first")
            new_rationale = rationale if rationale is not None else claim.rationale
            history = [_entry(at, self.name, "evidence-added", note=e["url"]) for e in items]
            if status != claim.status:
                history.append(_entry(at, self.name, "status", from_=claim.status, to=status, note=note))
            elif new_rationale != claim.rationale or note:
                history.append(_entry(at, self.name, "edited", note=note or "rationale changed"))
            if not history:
                raise ReviewRefused(f"claim {claim.id} already has status {status!r} with that rationale; nothing to change")
            return _rebuild(
                claim,
                status=status,
                rationale=new_rationale,
                evidence=_with_evidence(claim, items),
                modified=at,
                history_add=history,
            )

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def add_evidence(
        self,
        claim_id: str,
        evidence: Iterable[dict],
        *,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        items = [make_evidence(e) for e in evidence]
        if not items:
            raise UsageError("give at least one evidence item: --url … --title … --publisher … --stance … --summary …")

        def change(claim: Claim, at: str) -> Claim:
            return _rebuild(
                claim,
                evidence=_with_evidence(claim, items),
                modified=at,
                history_add=[_entry(at, self.name, "evidence-added", note=e["url"]) for e in items],
            )

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def remove_evidence(
        self, claim_id: str, number: int, *, expect_modified: str | None = None, expect_revision: str | None = None
    ) -> Claim:
        """Remove evidence item ``number`` (1-based, as `review show` numbers them)."""

        def change(claim: Claim, at: str) -> Claim:
            if not 1 <= number <= len(claim.evidence):
                raise UsageError(f"claim {claim.id} has {len(claim.evidence)} evidence item(s); N must be 1..{len(claim.evidence)}")
            kept = [e.model_dump(mode="json") for i, e in enumerate(claim.evidence, 1) if i != number]
            removed = claim.evidence[number - 1]
            return _rebuild(
                claim,
                evidence=kept,
                modified=at,
                history_add=[_entry(at, self.name, "evidence-removed", note=removed.url)],
            )

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def withdraw(
        self, claim_id: str, reason: str, *, expect_modified: str | None = None, expect_revision: str | None = None
    ) -> Claim:
        if not reason or not reason.strip():
            raise UsageError("--reason is required: say why this record is not a claim")
        _check_text(reason, "--reason")

        def change(claim: Claim, at: str) -> Claim:
            if claim.withdrawn is not None:
                raise ReviewRefused(f"claim {claim.id} is already withdrawn ({claim.withdrawn.reason})")
            return _rebuild(
                claim,
                withdrawn={"at": at, "by": self.name, "reason": reason},
                modified=at,
                history_add=[_entry(at, self.name, "withdrawn", note=reason)],
            )

        return self._apply(claim_id, change, expect_modified, expect_revision)

    def restore(
        self,
        claim_id: str,
        *,
        note: str | None = None,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        _check_text(note, "--note")

        def change(claim: Claim, at: str) -> Claim:
            if claim.withdrawn is None:
                raise ReviewRefused(f"claim {claim.id} is not withdrawn")
            return _rebuild(
                claim,
                withdrawn=None,
                modified=at,
                history_add=[_entry(at, self.name, "restored", note=note)],
            )

        return self._apply(claim_id, change, expect_modified, expect_revision)


# -- reading ---------------------------------------------------------------------------------


def list_claims(
    store: Store, *, doc_id: str | None = None, status: str | None = None, type_: str | None = None,
    withdrawn: bool = False, problems: list | None = None,
) -> list[Claim]:
    """The claims that match, sorted; records that cannot be read go to ``problems`` (see
    Store.iter_claims)."""
    if status is not None:
        _check_status(status)
    if type_ is not None and type_ not in CLAIM_TYPES:
        raise UsageError(f"--type {type_!r} is not one of {', '.join(CLAIM_TYPES)}")
    out = []
    for claim in store.iter_claims(doc_id, problems=problems):
        if status is not None and claim.status != status:
            continue
        if type_ is not None and claim.type != type_:
            continue
        if claim.withdrawn is not None and not withdrawn:
            continue
        out.append(claim)
    out.sort(key=lambda c: (c.doc_id, c.span.start, c.focus.start, c.id))
    return out


def history_of(store: Store, claim_id: str) -> list[HistoryEntry]:
    return list(store.read_claim(claim_id).history)


# -- agreement between two reviewers ---------------------------------------------------------


@dataclass
class Agreement:
    compared: int
    only_a: int
    only_b: int
    observed: float
    kappa: float | None
    labels: list[str]
    confusion: dict[tuple[str, str], int]


def _statuses(folder: Path) -> dict[str, str]:
    base = folder / "claims" if (folder / "claims").is_dir() else folder
    if not base.is_dir():
        raise UsageError(f"{folder}: not a folder of claims (nor a repository with claims/)")
    out = {}
    for path in sorted(base.rglob("*.json")):
        if path.name.startswith("."):
            continue
        try:
            claim = Claim.model_validate_json(path.read_bytes())
        except (ValidationError, OSError) as exc:
            raise UsageError(f"{path}: not a valid claim record; run `claimkit validate` there first ({type(exc).__name__})") from None
        if claim.withdrawn is None:
            out[claim.id] = claim.status
    return out


def agreement(dir_a: str | Path, dir_b: str | Path) -> Agreement:
    """Raw agreement, Cohen's kappa and the confusion table of two reviewers' statuses.

    Only claims present (and not withdrawn) in both folders are compared.
    """
    a, b = _statuses(Path(dir_a)), _statuses(Path(dir_b))
    shared = sorted(set(a) & set(b))
    confusion = Counter((a[i], b[i]) for i in shared)
    n = len(shared)
    labels = [s for s in STATUSES if any(s in pair for pair in confusion)]
    if n == 0:
        return Agreement(0, len(a), len(b), 0.0, None, labels, {})
    observed = sum(v for (x, y), v in confusion.items() if x == y) / n
    count_a = Counter(a[i] for i in shared)
    count_b = Counter(b[i] for i in shared)
    expected = sum(count_a[s] * count_b[s] for s in labels) / (n * n)
    kappa = None if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(n, len(set(a) - set(b)), len(set(b) - set(a)), observed, kappa, labels, dict(confusion))
