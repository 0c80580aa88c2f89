"""`claimkit review …`: the command-line face of claimkit.review (parsing and printing only)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from .models import CLAIM_TYPES, STANCES, STATUSES, SUMMARY_MIN, Claim
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
                   help=f"in your own words, at least {SUMMARY_MIN} characters: what the page says (never copied text)")
    p.set_defaults(evidence=[])


def _who(p: argparse.ArgumentParser, *, revision: bool = True) -> None:
    p.add_argument("--reviewer", help="your name (default: $CLAIMKIT_REVIEWER, else git's user.name)")
    if not revision:
        return
    p.add_argument("--expect-revision", metavar="REV",
                   help="refuse unless the claim is still at revision REV, as `review show` printed it "
                        "(someone changed it since you looked)")
    p.add_argument("--expect-modified", metavar="TIME",
                   help="deprecated: refuse if the claim's `modified` is no longer TIME; it compares whole "
                        "seconds and cannot see a change made in the same second, use --expect-revision")


def _offsets(text: str) -> tuple[int, int]:
    """START:END as two code-point offsets."""
    start, sep, end = text.partition(":")
    try:
        if not sep:
            raise ValueError
        return int(start), int(end)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not START:END (two whole numbers, code points, end-exclusive)") from None


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 1")
    return value


def _place_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    g = p.add_argument_group("where (the focus by exact text or offsets; the span defaults to the sentence around it)")
    focus = g.add_mutually_exclusive_group(required=required)
    focus.add_argument("--focus", metavar="TEXT", help="the focus as it appears in the source (exact text)")
    focus.add_argument("--at", metavar="START:END", type=_offsets,
                       help="the focus by offsets (code points, end-exclusive, as `review show` prints them)")
    g.add_argument("--occurrence", metavar="N", type=int,
                   help="which occurrence of --focus TEXT (1 = the first); needed when the text occurs more than once")
    span = g.add_mutually_exclusive_group()
    span.add_argument("--span", metavar="TEXT", dest="span_text", help="the sentence that states the claim (exact text)")
    span.add_argument("--span-at", metavar="START:END", type=_offsets, help="the sentence by offsets")


def _claim_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
    g = p.add_argument_group("what")
    g.add_argument("--type", choices=CLAIM_TYPES, required=not editing, help="the claim's type")
    value = g.add_mutually_exclusive_group()
    value.add_argument("--date", metavar="VALUE",
                       help="a date value: YYYY-MM-DD, YYYY-MM, YYYY, 198X (a decade) or 19XX (a century); "
                            "default for a date claim: read from the focus")
    value.add_argument("--amount", metavar="NUMBER", help="a quantity's amount (default for a quantity claim: read from the focus)")
    value.add_argument("--no-value", action="store_true", help="no value")
    g.add_argument("--qualifier", help="with --date: early, mid, late, about, before, after …")
    g.add_argument("--unit", help="with --amount: the unit (members, EUR, percent …)")
    g.add_argument("--approximate", action="store_true", help="with --amount: the source hedges it (about, nearly …)")
    statement = g.add_mutually_exclusive_group()
    statement.add_argument("--statement", metavar="TEXT",
                           help="the claim restated so that it stands alone, as FEVER and AVeriTeC claims do")
    if editing:
        statement.add_argument("--no-statement", action="store_true", help="clear the statement")
    cluster = g.add_mutually_exclusive_group()
    cluster.add_argument("--cluster", metavar="ID", help="join this cluster (another claim of the document must have it)")
    cluster.add_argument("--same-as", metavar="CLAIM_ID",
                         help="the same proposition as this other claim: join its cluster, start one with it, "
                              "or merge the two clusters")
    if editing:
        cluster.add_argument("--no-cluster", action="store_true", help="leave the cluster (a member left alone leaves it too)")


def _filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("which claims (ids, or every claim that matches all the filters given)")
    g.add_argument("ids", nargs="*", metavar="ID", help="claim ids")
    g.add_argument("--doc", metavar="DOC_ID", help="claims of this document")
    g.add_argument("--type", choices=CLAIM_TYPES, help="claims of this type")
    g.add_argument("--status", choices=STATUSES, help="claims with this status")
    g.add_argument("--flagged", action="store_true", help="claims flagged as needing a second opinion")
    g.add_argument("--dry-run", action="store_true", help="list the claims it would change, change nothing")


SUBCOMMANDS = {
    "list": ("List claims as a table (or JSON lines), filtered by document, status, type or flag.",
             "example: claimkit review list --doc iran-albania-relations --status unverified"),
    "show": ("Show one claim in context: its sentence with the focus marked, value, status, evidence, history.",
             "example: claimkit review show iran-albania-relations-5c1e0a7d"),
    "set": ("Set a claim's status with a rationale and evidence (replacing a verdict needs --replace).",
            "example: claimkit review set ID --status supported --rationale 'Two wire reports agree.' "
            "--url https://… --title '…' --publisher Reuters --published 2016-09-09 --stance supports --summary '…'"),
    "evidence": ("Add evidence to a claim or remove an item.",
                 "example: claimkit review evidence add ID --url https://… --title … --publisher … --stance context --summary …"),
    "add": ("Add a claim the extractor missed, by exact text (and occurrence) or offsets, with its type.",
            "example: claimkit review add iran-albania-relations --focus 'cut diplomatic ties with Iran' "
            "--occurrence 2 --type event --statement 'Albania cut diplomatic ties with Iran in September 2022.'"),
    "edit": ("Correct a claim: move its focus or span, change type or value, write its statement, set its cluster.",
             "example: claimkit review edit ID --statement 'Albania recognized Israel on 16 April 1949.'\n"
             "         claimkit review edit ID --focus 'approximately 3,000 members' --keep-status"),
    "withdraw": ("Withdraw records that proved not to be claims (by ids or filters); they are kept so extraction "
                 "never recreates them.",
                 "example: claimkit review withdraw ID --reason 'an opinion, not a checkable statement'\n"
                 "         claimkit review withdraw --doc my-article --type causal --status unverified --reason '…' --dry-run"),
    "restore": ("Restore withdrawn records (by ids or filters).", "example: claimkit review restore ID"),
    "flag": ("Flag claims as needing a second opinion, with a comment (by ids or filters).",
             "example: claimkit review flag ID --comment 'is the figure the 2014 one or the 2016 one?'"),
    "unflag": ("Clear the needs-a-second-opinion flag (by ids or filters).",
               "example: claimkit review unflag ID --note 'agreed with the verdict'"),
    "log": ("Print a claim's history.", "example: claimkit review log ID"),
    "agreement": ("Compare two reviewers' verdicts on the claims both reviewed: Cohen's kappa, per status, disagreements.",
                  "example: claimkit review agreement ../alice-checkout ../bob-checkout"),
    "blind-copy": ("Copy the repository with every verdict removed, for a second reviewer who must not see the first.",
                   "example: claimkit review blind-copy ../second-review && claimkit review agreement . ../second-review"),
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
    p.add_argument("--flagged", action="store_true", help="only claims flagged as needing a second opinion")
    p.add_argument("--withdrawn", action="store_true", help="include withdrawn records")
    p.add_argument("--json", action="store_true", help="one JSON record per line")

    for name in ("show", "log"):
        ps[name].add_argument("id", metavar="ID")
        ps[name].add_argument("--json", action="store_true", help="print JSON")

    p = ps["set"]
    p.add_argument("id", metavar="ID")
    p.add_argument("--status", required=True, metavar="|".join(STATUSES))
    p.add_argument("--rationale", help="why this status: what the evidence shows; for not_enough_evidence, what was searched")
    p.add_argument("--note", help="a note for the history entry")
    p.add_argument("--replace", action="store_true",
                   help="confirm replacing the claim's existing verdict (its status or rationale); refused without it")
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

    p = ps["add"]
    p.add_argument("doc_id", metavar="DOC_ID", help="the document the claim is in")
    _place_options(p, required=True)
    _claim_options(p, editing=False)
    p.add_argument("--check-worthiness", metavar="SCORE", type=_score,
                   help="0..1 (default: the shipped check-worthiness model scores the sentence, with spaCy)")
    p.add_argument("--note", help="a note for the history entry (default: 'added by hand')")
    _who(p, revision=False)

    p = ps["edit"]
    p.add_argument("id", metavar="ID")
    _place_options(p, required=False)
    _claim_options(p, editing=True)
    p.add_argument("--keep-status", action="store_true",
                   help="the new focus states the same fact: keep the claim's verdict (without it, a reviewed claim "
                        "whose focus text changes goes back to unverified)")
    p.add_argument("--note", help="a note added to the history entry")
    _who(p)

    p = ps["withdraw"]
    _filters(p)
    p.add_argument("--reason", required=True, help="why these records are not claims")
    _who(p)

    p = ps["restore"]
    _filters(p)
    p.add_argument("--note", help="why it is restored")
    _who(p)

    p = ps["flag"]
    _filters(p)
    p.add_argument("--comment", required=True, help="what a second reviewer should look at")
    _who(p)

    p = ps["unflag"]
    _filters(p)
    p.add_argument("--note", help="what the second opinion was")
    _who(p)

    p = ps["agreement"]
    p.add_argument("dir_a", metavar="DIR_A", type=Path, help="a repository (or claims folder) reviewed by one person")
    p.add_argument("dir_b", metavar="DIR_B", type=Path, help="the same claims reviewed by another")
    p.add_argument("--json", action="store_true")

    p = ps["blind-copy"]
    p.add_argument("out", metavar="OUT", type=Path, help="a new (or empty) folder for the copy")
    p.add_argument("--doc", metavar="DOC_ID", action="append", help="only this document (repeatable; default: all)")
    return review


REVIEW_SUMMARY = ("Review claims: list, show, add and correct them, set statuses with evidence, withdraw, flag, "
                  "and measure agreement.")
REVIEW_EXAMPLE = "example: claimkit review list --status unverified"


# -- running ---------------------------------------------------------------------------------


def _place(text, offsets, occurrence):
    from .review import Place

    if offsets is not None:
        return Place(start=offsets[0], end=offsets[1])
    if text is not None:
        return Place(text=text, occurrence=occurrence)
    return None


def _value_option(args: argparse.Namespace, *, editing: bool):
    from .errors import UsageError
    from .review import AUTO, KEEP

    if args.qualifier is not None and args.date is None:
        raise UsageError("--qualifier goes with --date")
    if (args.unit is not None or args.approximate) and args.amount is None:
        raise UsageError("--unit and --approximate go with --amount")
    if args.date is not None:
        return {"kind": "date", "value": args.date, "qualifier": args.qualifier}
    if args.amount is not None:
        return {"kind": "quantity", "amount": args.amount, "unit": args.unit, "approximate": args.approximate}
    if args.no_value:
        return None
    return KEEP if editing else AUTO


def _select(args: argparse.Namespace, store, operation: str) -> list[str]:
    """The claims a bulk change applies to: the ids given, or every claim matching the filters."""
    from .errors import UsageError
    from .review import list_claims

    filters = {"doc": args.doc, "type": args.type, "status": args.status, "flagged": args.flagged or None}
    chosen = {k: v for k, v in filters.items() if v}
    if args.ids and chosen:
        raise UsageError("give claim ids or filters (--doc, --type, --status, --flagged), not both")
    if args.ids:
        return list(dict.fromkeys(args.ids))
    if not chosen:
        raise UsageError(f"say which claims to {operation}: give their ids, or filters (--doc, --type, --status, --flagged)")
    claims = list_claims(store, doc_id=args.doc, status=args.status, type_=args.type,
                         flagged=True if args.flagged else None,
                         withdrawn=operation == "unflag", only_withdrawn=operation == "restore")
    return [c.id for c in claims]


def run(args: argparse.Namespace, store) -> int:
    from .review import Reviewer, agreement, blind_copy, list_claims, nlp_annotator, reviewer_identity

    command = args.review_command
    if command is None or (command == "evidence" and args.evidence_command is None):
        from .errors import UsageError

        raise UsageError("say what to do: claimkit review {" + ",".join(SUBCOMMANDS) + "} … (see claimkit review --help)")
    if command == "list":
        claims = list_claims(store, doc_id=args.doc, status=args.status, type_=args.type, withdrawn=args.withdrawn,
                             flagged=True if args.flagged else None)
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
            print(json.dumps(agreement_json(result), indent=2, ensure_ascii=False))
        else:
            print(format_agreement(result, args.dir_a, args.dir_b))
        return EXIT_OK

    if command == "blind-copy":
        copied, documents = blind_copy(store, args.out, doc_ids=args.doc)
        print(f"copied {documents} document(s) and {copied} claim(s) to {args.out}, every verdict removed "
              f"(status unverified, no evidence, no rationale); review there, then compare with "
              f"`claimkit review agreement {store.root} {args.out}`")
        return EXIT_OK

    reviewer = Reviewer(store, reviewer_identity(args.reviewer, cwd=store.root), annotate=nlp_annotator)
    if command == "add":
        claim = reviewer.add_claim(
            args.doc_id, _place(args.focus, args.at, args.occurrence), args.type,
            span=_place(args.span_text, args.span_at, None), value=_value_option(args, editing=False),
            statement=args.statement, cluster=args.cluster, same_as=args.same_as,
            check_worthiness=args.check_worthiness, note=args.note,
        )
        print(safe(f"{claim.id}: added ({claim.type}, focus {claim.focus.start}..{claim.focus.end} "
                   f"{_clip(claim.focus.text, 60)!r}, span {claim.span.start}..{claim.span.end}) by {reviewer.name}; "
                   f"revision {revision_of(claim)}"))
        return EXIT_OK
    if getattr(args, "expect_modified", None) is not None:
        # Still honoured, for scripts written against it, but it cannot do what it promises.
        print("warning: --expect-modified is deprecated: it compares whole seconds and cannot see a change "
              "made in the same second; use --expect-revision REV (printed by `claimkit review show`)", file=sys.stderr)
    expect = {"expect_modified": args.expect_modified, "expect_revision": args.expect_revision}
    if command in ("withdraw", "restore", "flag", "unflag"):
        return _bulk(args, store, reviewer, command, expect)
    if command == "set":
        from .review import ReviewRefused, VerdictExists

        try:
            claim = reviewer.set_status(args.id, args.status, args.rationale, args.evidence, note=args.note,
                                        replace=args.replace, **expect)
        except VerdictExists as exc:
            raise ReviewRefused(f"{exc}: pass --replace to replace it") from None
        done = f"status {claim.status} ({len(claim.evidence)} evidence item(s)) by {reviewer.name}"
    elif command == "evidence" and args.evidence_command == "add":
        claim = reviewer.add_evidence(args.id, args.evidence, **expect)
        done = f"{len(claim.evidence)} evidence item(s)"
    elif command == "evidence":
        claim = reviewer.remove_evidence(args.id, args.number, **expect)
        done = f"removed item {args.number}; {len(claim.evidence)} left"
    else:  # edit
        from .review import KEEP

        before = store.read_claim(args.id)
        statement = None if args.no_statement else (KEEP if args.statement is None else args.statement)
        cluster = None if args.no_cluster else (KEEP if args.cluster is None else args.cluster)
        claim = reviewer.edit(
            args.id, focus=_place(args.focus, args.at, args.occurrence), span=_place(args.span_text, args.span_at, None),
            type_=args.type, value=_value_option(args, editing=True), statement=statement, cluster=cluster,
            same_as=args.same_as, keep_status=args.keep_status, note=args.note, **expect,
        )
        changes = claim.history[len(before.history):]
        for entry in changes:
            change = f" {entry.from_} → {entry.to}" if entry.to is not None else ""
            print(safe(f"  {entry.action}{change}: {entry.note}", multiline=False))
        done = f"edited ({len(changes)} change(s))"
    print(safe(f"{claim.id}: {done}; revision {revision_of(claim)}"))
    return EXIT_OK


def _bulk(args: argparse.Namespace, store, reviewer, command: str, expect: dict) -> int:
    from .errors import UsageError

    ids = _select(args, store, command)
    if len(ids) > 1 and (expect["expect_revision"] or expect["expect_modified"]):
        raise UsageError("--expect-revision and --expect-modified apply to one claim; give one id")
    options = {"withdraw": {"reason": args.reason} if command == "withdraw" else {},
               "restore": {"note": getattr(args, "note", None)}, "flag": {"comment": getattr(args, "comment", None)},
               "unflag": {"note": getattr(args, "note", None)}}[command]
    past = {"withdraw": "withdrawn", "restore": "restored", "flag": "flagged", "unflag": "unflagged"}[command]
    if args.dry_run:
        for claim_id in ids:
            print(f"would {command} {claim_id}")
        print(f"{len(ids)} claim(s) would be {past}; nothing changed")
        return EXIT_OK
    if len(ids) == 1:
        method = {"withdraw": reviewer.withdraw, "restore": reviewer.restore, "flag": reviewer.flag,
                  "unflag": reviewer.unflag}[command]
        claim = method(ids[0], **options, **expect)
        print(safe(f"{claim.id}: {past}; revision {revision_of(claim)}"))
        return EXIT_OK
    result = reviewer.bulk(ids, command, **options)
    for claim in result.changed:
        print(safe(f"{claim.id}: {past}; revision {revision_of(claim)}"))
    for claim_id, why in result.skipped:
        print(safe(f"{claim_id}: skipped: {why}"))
    for claim_id, exc in result.refused:
        print(safe(f"Error: {claim_id}: {exc}", multiline=True), file=sys.stderr)
    print(f"{len(result.changed)} claim(s) {past}, {len(result.skipped)} skipped, {len(result.refused)} refused")
    return 1 if result.refused else EXIT_OK


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
    from .review import flag_of

    rows = [("ID", "TYPE", "STATUS", "EV", "FOCUS")]
    for c in claims:
        status = c.status + (" (withdrawn)" if c.withdrawn else "") + (" (flagged)" if flag_of(c) else "")
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
    from .review import HAND_EXTRACTOR, flag_of

    withdrawn = f"   WITHDRAWN: {safe(claim.withdrawn.reason, multiline=True)}" if claim.withdrawn else ""
    flag = flag_of(claim)
    origin = ("added by hand by " + claim.history[0].by if claim.provenance.extractor == HAND_EXTRACTOR
              else f"{claim.provenance.extractor} {claim.provenance.version}, rule {claim.provenance.rule}")
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
        *([safe(f"FLAGGED:    needs a second opinion ({flag.by}, {flag.at}): {flag.note}", multiline=True)] if flag else []),
        f"origin:     {safe(origin)}",
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


def agreement_json(result) -> dict:
    from .review import LEFT_OUT_REASONS

    return {
        "compared": result.compared, "agreed": result.agreed, "only_a": result.only_a, "only_b": result.only_b,
        "left_out": [{"reason": k, "why": LEFT_OUT_REASONS[k], "count": v} for k, v in result.left_out.items()],
        "observed_agreement": result.observed, "cohen_kappa": result.kappa,
        "per_status": [{"status": s, **v} for s, v in result.per_status.items()],
        "confusion": [{"a": a, "b": b, "count": n} for (a, b), n in sorted(result.confusion.items())],
        "disagreements": result.disagreements,
    }


def format_agreement(result, dir_a, dir_b) -> str:
    from .review import LEFT_OUT_REASONS

    left = sum(result.left_out.values())
    lines = [
        f"A: {dir_a}",
        f"B: {dir_b}",
        f"claims compared: {result.compared} (reviewed in both A and B)",
        f"left out:        {left}" + (" (" + "; ".join(f"{LEFT_OUT_REASONS[k]}: {v}" for k, v in result.left_out.items()) + ")"
                                      if left else ""),
        f"raw agreement:   {result.observed:.3f} ({result.agreed} of {result.compared})",
        f"Cohen's kappa:   {'undefined (no claim, or one label only)' if result.kappa is None else f'{result.kappa:.3f}'}",
    ]
    labels = result.labels
    if labels:
        width = max(max(len(x) for x in labels), len("status"))
        lines += ["", f"{'per status'.ljust(width)}  {'A':>4}  {'B':>4}  {'both':>4}  agreement (2·both/(A+B))"]
        for s in labels:
            row = result.per_status[s]
            share = "—" if row["agreement"] is None else f"{row['agreement']:.3f}"
            lines.append(f"{s.ljust(width)}  {row['a']:>4}  {row['b']:>4}  {row['both']:>4}  {share}")
        lines += ["", "confusion (rows: A, columns: B)"]
        lines.append(" " * (width + 2) + "  ".join(x[:12].rjust(12) for x in labels))
        for a in labels:
            lines.append(a.ljust(width + 2) + "  ".join(str(result.confusion.get((a, b), 0)).rjust(12) for b in labels))
    if result.disagreements:
        lines += ["", f"disagreements to adjudicate ({len(result.disagreements)}):"]
        for d in result.disagreements:
            lines.append(safe(f"  {d['id']}  focus {_clip(d['focus'], 60)!r}"))
            for side in ("a", "b"):
                x = d[side]
                rationale = _clip(x["rationale"], 300) if x["rationale"] else "—"
                lines.append(safe(f"    {side.upper()} {x['status']} ({x['by'] or 'unknown'}): {rationale}"))
    return "\n".join(lines)
