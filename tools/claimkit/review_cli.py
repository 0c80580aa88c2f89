"""`claimkit review …`: the command-line face of claimkit.review (parsing and printing only)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from .models import CLAIM_TYPES, STANCES, STATUSES, Claim
from .store import revision_of

EXIT_OK = 0


class _EvidenceOption(argparse.Action):
    """--url starts a new evidence item; the evidence options after it fill that item."""

    def __call__(self, parser, namespace, value, option_string=None):
        items = getattr(namespace, "evidence", None)
        items = [] if items is None else items
        field = self.dest
        if field == "url":
            items.append({"url": value})
        elif not items:
            parser.error(f"{option_string} must follow the --url of the evidence item it belongs to")
        elif items[-1].get(field) is not None:
            parser.error(f"{option_string} given twice for evidence --url {items[-1]['url']}; start the next item with --url")
        else:
            items[-1][field] = value
        namespace.evidence = items


def _add_evidence_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("evidence (repeatable: each --url starts an item, the options after it describe it)")
    g.add_argument("--url", action=_EvidenceOption, dest="url", metavar="URL", help="address of the page (http or https)")
    g.add_argument("--title", action=_EvidenceOption, dest="title", help="the page's title")
    g.add_argument("--publisher", action=_EvidenceOption, dest="publisher", help="who published it")
    g.add_argument("--published", action=_EvidenceOption, dest="published", metavar="DATE",
                   help="publication date: YYYY, YYYY-MM or YYYY-MM-DD")
    g.add_argument("--accessed", action=_EvidenceOption, dest="accessed", metavar="DATE", help="when you read it (default: today)")
    g.add_argument("--stance", action=_EvidenceOption, dest="stance", metavar="|".join(STANCES), help="what it does to the claim")
    g.add_argument("--summary", action=_EvidenceOption, dest="summary",
                   help="one sentence in your own words on what the page says (never copied text)")
    p.set_defaults(evidence=[])


def _who(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reviewer", help="your name (default: $CLAIMKIT_REVIEWER, else git's user.name)")
    p.add_argument("--expect-revision", metavar="REV",
                   help="refuse unless the claim is still at revision REV, as `review show` printed it "
                        "(someone changed it since you looked)")
    p.add_argument("--expect-modified", metavar="TIME",
                   help="deprecated: refuse if the claim's `modified` is no longer TIME; it compares whole "
                        "seconds and cannot see a change made in the same second, use --expect-revision")


SUBCOMMANDS = {
    "list": ("List claims as a table (or JSON lines), filtered by document, status or type.",
             "example: claimkit review list --doc iran-albania-relations --status unverified"),
    "show": ("Show one claim in context: its sentence with the focus marked, value, status, evidence, history.",
             "example: claimkit review show iran-albania-relations-5c1e0a7d"),
    "set": ("Set a claim's status with a rationale and evidence.",
            "example: claimkit review set ID --status supported --rationale 'Two wire reports agree.' "
            "--url https://… --title '…' --publisher Reuters --published 2016-09-09 --stance supports --summary '…'"),
    "evidence": ("Add evidence to a claim or remove an item.",
                 "example: claimkit review evidence add ID --url https://… --title … --publisher … --stance context --summary …"),
    "withdraw": ("Withdraw a record that proved not to be a claim; it is kept so extraction never recreates it.",
                 "example: claimkit review withdraw ID --reason 'an opinion, not a checkable statement'"),
    "restore": ("Restore a withdrawn record.", "example: claimkit review restore ID"),
    "log": ("Print a claim's history.", "example: claimkit review log ID"),
    "agreement": ("Compare two reviewers' statuses: raw agreement, Cohen's kappa and a confusion table.",
                  "example: claimkit review agreement ../alice-checkout ../bob-checkout"),
}


def add_parser(sub, parser_class) -> argparse.ArgumentParser:
    review = sub.add_parser("review", help=REVIEW_SUMMARY, description=REVIEW_SUMMARY, epilog=REVIEW_EXAMPLE)
    review.set_defaults(func=run)
    inner = review.add_subparsers(dest="review_command", metavar="SUBCOMMAND", parser_class=parser_class)
    ps = {}
    for name, (summary, example) in SUBCOMMANDS.items():
        ps[name] = inner.add_parser(name, help=summary, description=summary, epilog=example,
                                    formatter_class=argparse.RawDescriptionHelpFormatter)
    p = ps["list"]
    p.add_argument("--doc", metavar="DOC_ID", help="only this document")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--type", choices=CLAIM_TYPES)
    p.add_argument("--withdrawn", action="store_true", help="include withdrawn records")
    p.add_argument("--json", action="store_true", help="one JSON record per line")

    for name in ("show", "log"):
        ps[name].add_argument("id", metavar="ID")
        ps[name].add_argument("--json", action="store_true", help="print JSON")

    p = ps["set"]
    p.add_argument("id", metavar="ID")
    p.add_argument("--status", required=True, metavar="|".join(STATUSES))
    p.add_argument("--rationale", help="why this status: what the evidence shows, what was searched")
    p.add_argument("--note", help="a note for the history entry")
    _who(p)
    _add_evidence_options(p)

    p = ps["evidence"]
    ev = p.add_subparsers(dest="evidence_command", metavar="add|remove", parser_class=parser_class)
    add = ev.add_parser("add", help="add evidence items", description="Add evidence items to a claim.",
                        epilog=SUBCOMMANDS["evidence"][1], formatter_class=argparse.RawDescriptionHelpFormatter)
    add.add_argument("id", metavar="ID")
    _who(add)
    _add_evidence_options(add)
    rm = ev.add_parser("remove", help="remove evidence item N (as numbered by `review show`)",
                       description="Remove evidence item N (as numbered by `review show`).",
                       epilog="example: claimkit review evidence remove ID 2")
    rm.add_argument("id", metavar="ID")
    rm.add_argument("number", metavar="N", type=int)
    _who(rm)

    p = ps["withdraw"]
    p.add_argument("id", metavar="ID")
    p.add_argument("--reason", required=True, help="why this record is not a claim")
    _who(p)

    p = ps["restore"]
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", help="why it is restored")
    _who(p)

    p = ps["agreement"]
    p.add_argument("dir_a", metavar="DIR_A", type=Path, help="a repository (or claims folder) reviewed by one person")
    p.add_argument("dir_b", metavar="DIR_B", type=Path, help="the same claims reviewed by another")
    p.add_argument("--json", action="store_true")
    return review


REVIEW_SUMMARY = "Review claims: list, show, set statuses with evidence, withdraw, and measure agreement."
REVIEW_EXAMPLE = "example: claimkit review list --status unverified"


# -- running ---------------------------------------------------------------------------------


def run(args: argparse.Namespace, store) -> int:
    from .review import Reviewer, agreement, list_claims, reviewer_identity

    command = args.review_command
    if command is None or (command == "evidence" and args.evidence_command is None):
        from .errors import UsageError

        raise UsageError("say what to do: claimkit review {" + ",".join(SUBCOMMANDS) + "} … (see claimkit review --help)")
    if command == "list":
        claims = list_claims(store, doc_id=args.doc, status=args.status, type_=args.type, withdrawn=args.withdrawn)
        if args.json:
            for c in claims:
                print(_json(_with_revision(c)))
        else:
            print(format_table(claims))
        return EXIT_OK
    if command == "show":
        claim = store.read_claim(args.id)
        if args.json:
            print(_json(_with_revision(claim), indent=2))
        else:
            print(format_claim(claim, store.read_text(claim.doc_id), color=sys.stdout.isatty()))
        return EXIT_OK
    if command == "log":
        claim = store.read_claim(args.id)
        if args.json:
            print(_json([e.model_dump(mode="json", by_alias=True) for e in claim.history], indent=2))
        else:
            print(format_history(claim))
        return EXIT_OK
    if command == "agreement":
        result = agreement(args.dir_a, args.dir_b)
        if args.json:
            print(json.dumps({
                "compared": result.compared, "only_a": result.only_a, "only_b": result.only_b,
                "observed_agreement": result.observed, "cohen_kappa": result.kappa,
                "confusion": [{"a": a, "b": b, "count": n} for (a, b), n in sorted(result.confusion.items())],
            }, indent=2))
        else:
            print(format_agreement(result, args.dir_a, args.dir_b))
        return EXIT_OK

    reviewer = Reviewer(store, reviewer_identity(args.reviewer, cwd=store.root))
    if args.expect_modified is not None:
        # Still honoured, for scripts written against it, but it cannot do what it promises.
        print("warning: --expect-modified is deprecated: it compares whole seconds and cannot see a change "
              "made in the same second; use --expect-revision REV (printed by `claimkit review show`)", file=sys.stderr)
    expect = {"expect_modified": args.expect_modified, "expect_revision": args.expect_revision}
    if command == "set":
        claim = reviewer.set_status(args.id, args.status, args.rationale, args.evidence, note=args.note, **expect)
        done = f"status {claim.status} ({len(claim.evidence)} evidence item(s)) by {reviewer.name}"
    elif command == "evidence" and args.evidence_command == "add":
        claim = reviewer.add_evidence(args.id, args.evidence, **expect)
        done = f"{len(claim.evidence)} evidence item(s)"
    elif command == "evidence":
        claim = reviewer.remove_evidence(args.id, args.number, **expect)
        done = f"removed item {args.number}; {len(claim.evidence)} left"
    elif command == "withdraw":
        claim = reviewer.withdraw(args.id, args.reason, **expect)
        done = "withdrawn"
    else:
        claim = reviewer.restore(args.id, note=args.note, **expect)
        done = "restored"
    print(safe(f"{claim.id}: {done}; revision {revision_of(claim)}"))
    return EXIT_OK


def _with_revision(claim: Claim) -> dict:
    # "revision" is not a field of the record: it is the hash --expect-revision takes.
    return {**claim.model_dump(mode="json", by_alias=True), "revision": revision_of(claim)}


def _json(data: object, indent: int | None = None) -> str:
    # json.dumps escapes C0 controls but writes DEL and C1 (8-bit CSI) as they are.
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    return _RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# -- formatting ------------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\s+")
_RAW_CONTROLS = re.compile("[\x7f-\x9f]")
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_NL_TAB = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str, *, multiline: bool = False) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``), so a stored record or a
    source text cannot drive the terminal; multi-line text keeps its newlines and tabs."""
    pattern = _CONTROLS_BUT_NL_TAB if multiline else _CONTROLS
    return pattern.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def format_table(claims: list[Claim]) -> str:
    rows = [("ID", "TYPE", "STATUS", "EV", "FOCUS")]
    for c in claims:
        status = c.status + (" (withdrawn)" if c.withdrawn else "")
        rows.append((c.id, c.type, status, str(len(c.evidence)), safe(_clip(c.focus.text, 50))))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows]
    lines.append(f"{len(claims)} claim(s)")
    return "\n".join(lines)


def _value(claim: Claim) -> str:
    v = claim.value
    if v is None:
        return "—"
    if v.kind == "quantity":
        amount = int(v.amount) if float(v.amount).is_integer() else v.amount
        return safe(f"{'about ' if v.approximate else ''}{amount:,}{' ' + v.unit if v.unit else ''}")
    return safe(f"{v.value} ({v.precision}{', ' + v.qualifier if v.qualifier else ''})")


def format_claim(claim: Claim, source: str, *, color: bool = False) -> str:
    """The claim for a terminal. Every text from the record or the source goes through ``safe``
    before the markup is added: none of it may carry a terminal escape."""
    open_, close = ("\x1b[1;4m", "\x1b[0m") if color else ("[[", "]]")
    s, f = claim.span, claim.focus

    def flat(text: str) -> str:
        return safe(_WHITESPACE.sub(" ", text))

    # Whitespace collapsed and control characters escaped piece by piece, then the markup added.
    sentence = (flat(source[s.start : f.start]) + open_ + flat(source[f.start : f.end]) + close
                + flat(source[f.end : s.end])).strip()
    withdrawn = f"   WITHDRAWN: {safe(claim.withdrawn.reason, multiline=True)}" if claim.withdrawn else ""
    lines = [
        f"{claim.id}  ({claim.doc_id}, span {s.start}..{s.end}, focus {f.start}..{f.end})",
        "",
        "  " + sentence,
        "",
        f"type:       {claim.type}",
        f"value:      {_value(claim)}",
        f"statement:  {safe(claim.statement, multiline=True) if claim.statement else '—'}",
        f"entities:   {', '.join(f'{flat(e.text)} ({safe(e.label)})' for e in claim.entities) or '—'}",
        f"worthiness: {claim.check_worthiness:.2f}   cluster: {claim.cluster or '—'}",
        f"status:     {claim.status}" + withdrawn,
        f"rationale:  {safe(claim.rationale, multiline=True) if claim.rationale else '—'}",
        f"revision:   {revision_of(claim)}   (for --expect-revision)",
        "evidence:" + ("   —" if not claim.evidence else ""),
    ]
    for i, e in enumerate(claim.evidence, 1):
        lines.append(safe(f"  {i}. [{e.stance}] {e.title} — {e.publisher}, {e.published or 'undated'} (accessed {e.accessed})"))
        lines.append(safe(f"     {e.url}"))
        lines.append("     " + safe(e.summary, multiline=True))
    lines.append("history:")
    lines.append(format_history(claim, indent="  "))
    return "\n".join(lines)


def format_history(claim: Claim, indent: str = "") -> str:
    lines = []
    for e in claim.history:
        change = f"{e.from_ or '·'} → {e.to}" if e.to is not None else ""
        note = f"  ({e.note})" if e.note else ""
        lines.append(safe(f"{indent}{e.at}  {e.by:<24} {e.action:<17} {change}{note}".rstrip()))
    return "\n".join(lines)


def format_agreement(result, dir_a, dir_b) -> str:
    lines = [
        f"claims compared: {result.compared} (only in A: {result.only_a}, only in B: {result.only_b})",
        f"raw agreement:   {result.observed:.3f}",
        f"Cohen's kappa:   {'undefined (one label only)' if result.kappa is None else f'{result.kappa:.3f}'}",
        "",
        f"rows: {dir_a}   columns: {dir_b}",
    ]
    labels = result.labels
    if labels:
        width = max(len(x) for x in labels)
        lines.append(" " * (width + 2) + "  ".join(x[:12].rjust(12) for x in labels))
        for a in labels:
            lines.append(a.ljust(width + 2) + "  ".join(str(result.confusion.get((a, b), 0)).rjust(12) for b in labels))
    return "\n".join(lines)
