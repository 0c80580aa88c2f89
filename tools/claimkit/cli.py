"""The command line: a thin layer that parses arguments, calls the library, prints and exits.

Exit codes: 0 success, 1 findings or a refused operation, 2 usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import NoReturn

from . import __version__
from .errors import ClaimkitError, UsageError
from .extras import SPACY_MODEL, Extra, MissingExtra, extra_of, require

# The shipped model's folder, named here so `--help` can show it without importing the model code.
CHECKWORTHINESS_MODEL_DIR = Path(__file__).parent / "model_data"

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def find_root(start: Path | None = None) -> Path:
    """The repository root: $CLAIMKIT_ROOT, else the nearest folder up with claims/ or sources/."""
    env = os.environ.get("CLAIMKIT_ROOT")
    if env:
        return Path(env)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "claims").is_dir() or (folder / "sources").is_dir():
            return folder
    return here


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own usage errors exit 2 with one line
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Error: {message}\n")


def _store(args: argparse.Namespace, *, create: bool = False):
    """The store at the repository root; with ``create`` (ingest) the root may not exist yet."""
    from .store import Store

    root = args.root or find_root()
    if not create and not root.is_dir():
        given = f"--root {args.root}" if args.root else f"CLAIMKIT_ROOT={root}"
        what = "is not a folder" if os.path.lexists(root) else "no such folder"
        raise UsageError(f"{given}: {what}; give the folder that holds sources/ and claims/")
    store = Store(root)
    # main() prints a warning for each record a command skipped because it cannot be read.
    getattr(args, "stores", []).append(store)
    return store


def _warn_skipped(stores: list) -> None:
    shown: set[str] = set()
    for store in stores:
        for problem in store.skipped:
            if str(problem) not in shown:
                shown.add(str(problem))
                print(f"Warning: skipped {problem}", file=sys.stderr)


# -- commands --------------------------------------------------------------------------------


def cmd_schema(args: argparse.Namespace) -> int:
    from . import schema

    folder = (args.root or find_root()) / "schema"
    if args.check:
        stale = schema.drift(folder)
        for path in stale:
            print(f"{path.name}: differs from the models; run `claimkit schema` and commit the result", file=sys.stderr)
        return EXIT_FINDINGS if stale else EXIT_OK
    for path in schema.write(folder):
        print(f"wrote schema/{path.name}")
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest

    if args.from_corpus is not None:
        return _ingest_from_corpus(args)
    if args.doc is not None:
        raise UsageError("--doc picks a document of --from-corpus DIR; for a file, name it with --doc-id")
    if args.path is None or args.doc_id is None:
        raise UsageError("give the article's PATH and --doc-id (or --from-corpus DIR --doc ID)")
    store = _store(args, create=True)
    result = ingest(
        store,
        args.path,
        args.doc_id,
        title=args.title,
        url=args.url,
        author=args.author,
        published=args.published,
        language=args.language,
        rights=args.rights,
        retrieved=args.retrieved,
        whole_page=args.whole_page,
        force=args.force,
    )
    doc = result.document
    read_as = "" if result.read_as == "text" else f" from {result.read_as}"
    print(f"{result.action}: sources/{doc.doc_id}.txt ({doc.length} characters, sha256 {doc.sha256}){read_as}")
    if result.read_as != "text" and not _has_paragraph(store.read_text(doc.doc_id)):
        # A page that writes its article with a script (a blog's post inside a script template)
        # gives menus and labels only; say so before anyone annotates or extracts an empty page.
        print(f"Warning: sources/{doc.doc_id}.txt holds no paragraph (no line of {PARAGRAPH_MIN_WORDS} words or "
              "more): the page may write its article with a script, which ingest does not run; read the text "
              "before extracting from it", file=sys.stderr)
    return EXIT_OK


# A line of this many words or more is a paragraph; menus, labels, bylines and headlines are shorter.
PARAGRAPH_MIN_WORDS = 20


def _has_paragraph(text: str) -> bool:
    return any(len(line.split()) >= PARAGRAPH_MIN_WORDS for line in text.splitlines())


def _ingest_from_corpus(args: argparse.Namespace) -> int:
    from .corpus import ingest_from_corpus

    if args.path is not None:
        raise UsageError("--from-corpus reads the text from the corpus; give no PATH")
    if args.doc is None:
        raise UsageError("--from-corpus needs --doc ID: the document's id in the corpus")
    if args.whole_page:
        raise UsageError("--whole-page is for HTML files, not --from-corpus")
    done = ingest_from_corpus(_store(args, create=True), args.from_corpus, args.doc, doc_id=args.doc_id, title=args.title,
                              url=args.url, author=args.author, published=args.published, language=args.language,
                              rights=args.rights, retrieved=args.retrieved, force=args.force)
    doc, merged = done.ingest.document, done.merge
    print(f"{done.ingest.action}: sources/{doc.doc_id}.txt ({doc.length} characters, sha256 {doc.sha256}) "
          f"from {args.from_corpus} document {args.doc!r}")
    print(f"claims/{doc.doc_id}/: {len(merged.created)} new claim(s) from the corpus's proposals, "
          f"{len(merged.unchanged)} already there; review them with `claimkit review list --doc {doc.doc_id}`")
    return EXIT_OK


def cmd_corpus(args: argparse.Namespace) -> int:
    if args.corpus_command is None:
        raise UsageError("say what to do: claimkit corpus extract INPUT --out DIR (see claimkit corpus --help)")
    from .corpus import Columns, extract_corpus

    quiet = args.quiet
    bar = _CorpusBar() if not quiet else None
    try:
        result = extract_corpus(
            args.input, args.out, split=args.split, shard_size=args.shard_size, model=args.model, engine=args.engine,
            n_process=args.n_process, batch_size=args.batch_size, address=args.address, progress=bar,
            columns=Columns(text=args.text_column, id=args.id_column, date=args.date_column, url=args.url_column))
    finally:
        if bar is not None:
            bar.close()
    print(f"{result.out}: {result.shards} shard(s): {result.written} written, {result.skipped} already finished "
          f"(skipped); {result.documents:,} document(s), {result.proposals:,} proposal(s) in {result.seconds:.1f} s "
          f"with {result.pipeline} ({result.engine} engine)")
    print("load it with:")
    print("  from datasets import load_dataset")
    print(f'  proposals = load_dataset("parquet", data_files="{result.out}/proposals/*.parquet", split="train")')
    return EXIT_OK


class _CorpusBar:
    """The progress bar on stderr: documents done of all, documents per second, shards."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.shown = False
        self.last = ""

    def __call__(self, status) -> None:
        width = 24
        filled = width * status.documents // max(status.total, 1)
        left = (status.total - status.documents) / status.per_second if status.per_second else None
        eta = f", {int(left // 60)}:{int(left % 60):02d} left" if left is not None else ""
        line = (f"[{'#' * filled}{'.' * (width - filled)}] {status.documents:,}/{status.total:,} documents, "
                f"{status.per_second:,.1f} documents/s, shard {status.shards_done}/{status.shards}"
                + (f" ({status.skipped} skipped)" if status.skipped else "") + eta)
        if self.tty:
            print(f"\r{line}", end="", file=sys.stderr, flush=True)
            self.shown = True
        elif status.shards_done != getattr(self, "_shards", None):
            # Not a terminal (a log file): one line per finished shard, not a redraw per document.
            self._shards = status.shards_done
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.shown:
            print(file=sys.stderr, flush=True)


def cmd_validate(args: argparse.Namespace) -> int:
    from .report import format_report
    from .validate import rules, validate

    if args.rules:
        for rule in rules():
            print(f"{rule.code}  {rule.slug:<22} {rule.summary}")
        return EXIT_OK
    report = validate(_store(args), args.paths, jobs=args.jobs)
    output = format_report(report.findings, args.format)
    if output:
        print(output)
    if args.format == "text":
        summary = f"{len(report.findings)} finding(s) in {report.files} file(s)" if report.findings else f"{report.files} file(s) valid"
        print(summary, file=sys.stderr)
    return EXIT_FINDINGS if report.findings else EXIT_OK


def cmd_fmt(args: argparse.Namespace) -> int:
    from .fmt import format_records

    changed, failed = format_records(_store(args), args.paths, check=args.check)
    for rel in changed:
        print(("would reformat " if args.check else "reformatted ") + rel)
    for rel, reason in failed:
        print(f"Error: {rel}: {reason}", file=sys.stderr)
    if failed or (args.check and changed):
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from . import review_cli

    return review_cli.run(args, _store(args))


def _progress_bar(done: int, total: int, doc_id: str) -> None:
    width = 24
    filled = width * done // max(total, 1)
    end = "\n" if done == total or not sys.stderr.isatty() else ""
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {doc_id}", end=end, file=sys.stderr, flush=True)


def cmd_extract(args: argparse.Namespace) -> int:
    from .extract import extract, resolve_doc_ids

    if args.rules:
        from .detector.rules import RULES

        for rule in RULES:
            print(f"{rule.id:<24} {rule.type:<11} {rule.summary}")
            dated = f" (published {rule.published})" if rule.published else ""
            print(f"{'':<36} e.g. {rule.example}{dated}  ->  {rule.focus!r}")
        return EXIT_OK
    store = _store(args)
    doc_ids = resolve_doc_ids(store, args.doc_ids, args.all)
    progress = None if args.quiet else _progress_bar
    result = extract(store, doc_ids, model=args.model, n_process=args.n_process, batch_size=args.batch_size, progress=progress)
    for doc in result.documents:
        total = len(doc.created) + len(doc.reanchored) + len(doc.unchanged)
        print(f"{doc.doc_id}: {total} claim(s): {len(doc.created)} new, {len(doc.reanchored)} re-anchored, "
              f"{len(doc.unchanged)} unchanged, {len(doc.lost)} not re-anchored"
              + (", regions updated" if doc.regions_updated else ""))
        for path, why in doc.unreadable:
            print(f"Error: {path}: not a valid claim record, left as is ({why}); run `claimkit validate`", file=sys.stderr)
    for doc in result.documents:
        for claim_id, why in doc.withdrawn_unplaced:
            print(f"Note: claims/{doc.doc_id}/{claim_id}.json: {why}; kept as it is (a withdrawn record is not "
                  f"checked against the source; move its focus with `claimkit review edit` before restoring it)",
                  file=sys.stderr)
    for doc_id, claim_id, why in result.lost:
        print(f"Error: claims/{doc_id}/{claim_id}.json: cannot re-anchor: {why}; kept unchanged, review it and "
              f"move its focus or withdraw it (`claimkit review edit {claim_id} --focus …` or "
              f"`claimkit review withdraw {claim_id} --reason …`)", file=sys.stderr)
    return EXIT_FINDINGS if result.lost or any(d.unreadable for d in result.documents) else EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from .render import render_document

    store = _store(args)
    html = render_document(store, args.doc_id)
    if args.output == "-":
        sys.stdout.write(html)
    else:
        _write_output(args.output, html)
        print(f"wrote {args.output}")
    return EXIT_OK


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_output(given: str, text: str) -> None:
    """Write the file a command was given with -o; atomically where it is a regular file.

    The folder must exist: a typo in it should be an error, not a new folder somewhere.
    """
    import stat

    from .store import atomic_write

    path = Path(given)
    if not path.parent.is_dir():
        raise UsageError(f"-o {given}: the folder {path.parent} does not exist; create it first or write elsewhere")
    if path.is_dir():
        raise UsageError(f"-o {given}: is a folder; give the name of the file to write")
    data = text.encode("utf-8")
    try:
        if path.exists() and not stat.S_ISREG(path.stat().st_mode):
            # A device or a pipe (-o /dev/stdout): write into it; renaming over it would replace it.
            with open(path, "wb") as handle:
                handle.write(data)
        else:
            # Through a symlink, replace the file it points to and keep the link.
            target = path.resolve() if path.is_symlink() else path
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
            atomic_write(target, data)
            os.chmod(target, mode)  # the temporary file was private (0600); give the file its usual mode
    except OSError as exc:
        raise ClaimkitError(f"-o {given}: cannot write {path}: {exc.strerror or exc}; nothing was written") from None


def _ratio(value: float | None, width: int = 6) -> str:
    return f"{value:>{width}.3f}" if value is not None else f"{'-':>{width}}"


EVALUATION_LEGEND = """\
pred    predicted claims (what `claimkit extract` would write: foci outside its own noise regions)
neut    neutral: predicted claims that match no gold claim and lie (half their focus or more) in a gold
        borderline passage; neither false alarm nor hit, left out of P
P       precision: matched / (pred - neut)
R       recall: matched gold claims / gold; R-high: the same over the gold claims marked important
type    type accuracy on matched claims; value: value accuracy on matched claims whose gold claim has a value
furn    predicted claims whose focus overlaps gold furniture (- where the gold marks no furniture)
furniture  characters of gold furniture (gold), of the noise regions found (found) and of both; P = both /
        found, R = both / gold; lost: gold claims whose focus a found region overlaps (extract drops them)
clusF1  cluster pair F1 over pairs of matched claims: a pair is positive in gold when both gold claims
        share a cluster, predicted when both predicted claims do (- when neither side has a pair, or
        the gold marks no clusters)
match   a predicted and a gold focus may match when they overlap by at least half of the shorter one;
        one to one, as many pairs as possible, then the tightest fits (overlap / union)
article a .gold.json file; a JSON Lines file counts as one, its cases scored together"""


def _evaluation_text(ev, verbose: bool, by_rule: bool) -> str:
    from .models import CLAIM_TYPES

    head = (f"{'article':<30} {'split':<9} {'pred':>5} {'neut':>4} {'gold':>5} {'P':>6} {'R':>6} {'R-high':>6} "
            f"{'type':>6} {'value':>6} {'furn':>4} {'clusF1':>6}")

    def row(name: str, split: str, c) -> str:
        furn = str(c.furniture_claims) if c.furniture_known else "-"
        return (f"{name:<30} {split:<9} {c.predicted:>5} {c.neutral:>4} {c.gold:>5} {_ratio(c.precision)} {_ratio(c.recall)} "
                f"{_ratio(c.recall_high)} {_ratio(c.type_accuracy)} {_ratio(c.value_accuracy)} {furn:>4} {_ratio(c.cluster_f1)}")

    splits, total = ev.splits, ev.total
    groups = [(a.name, a.split, a.counts) for a in ev.articles]
    sums = [(f"{s} ({sum(a.split == s for a in ev.articles)})", "split", c) for s, c in splits.items()]
    sums.append((f"all ({len(ev.articles)})", "", total))
    lines = [f"pipeline: {ev.pipeline}", "", head]
    lines += [row(*g) for g in groups]
    lines.append("-" * len(head))
    lines += [row(*g) for g in sums]

    lines += ["", "recall per type: matched / gold"]
    lines.append(f"{'article':<30} " + " ".join(f"{t:>11}" for t in CLAIM_TYPES))
    for name, _, c in groups + sums:
        cells = []
        for t in CLAIM_TYPES:
            n = c.gold_by_type.get(t, 0)
            cells.append(f"{c.matched_by_type.get(t, 0)}/{n}".rjust(11) if n else f"{'-':>11}")
        lines.append(f"{name:<30} " + " ".join(cells))

    furniture = [(name, c) for name, _, c in groups + sums if c.furniture_known]
    if furniture:
        lines += ["", "page furniture by characters: found noise regions against gold furniture",
                  f"{'article':<30} {'gold':>7} {'found':>7} {'both':>7} {'P':>6} {'R':>6} {'lost':>4}"]
        for name, c in furniture:
            lines.append(f"{name:<30} {c.furniture_gold:>7} {c.furniture_found:>7} {c.furniture_both:>7} "
                         f"{_ratio(c.furniture_precision)} {_ratio(c.furniture_recall)} {c.claims_in_regions:>4}")

    if by_rule:
        lines += ["", "by rule (articles: how many selected articles it matched a gold claim in)",
                  f"{'rule':<34} {'proposals':>9} {'neut':>4} {'matched':>7} {'P':>6} {'typed':>5} {'articles':>8}"]
        for rule, r in ev.rules.items():
            lines.append(f"{rule:<34} {r.proposals:>9} {r.neutral:>4} {r.matched:>7} {_ratio(r.precision)} "
                         f"{r.type_correct:>5} {len(r.articles):>8}")

    if verbose:
        titles = (("miss", "missed"), ("false-alarm", "false alarms"), ("wrong-type", "wrong type"),
                  ("wrong-value", "wrong value"), ("neutral", "neutral"), ("lost", "gold claims inside found noise regions"))
        for a in ev.articles:
            lines += ["", f"== {a.name} ({a.split})"]
            for kind, title in titles:
                items = [i for i in a.items if i.kind == kind]
                if not items:
                    continue
                lines.append(f"  {title} ({len(items)}):")
                for i in items:
                    case = f"{i.case}: " if i.case != a.name else ""
                    extra = f" {i.detail}" if i.detail else ""
                    rule = f" [{i.rule}]" if i.rule else ""
                    lines.append(f"    {case}{i.start}..{i.end} {i.type} {i.text!r}{extra}{rule}")
    lines += ["", EVALUATION_LEGEND]
    return "\n".join(lines)


def cmd_evaluate_extraction(args: argparse.Namespace) -> int:
    import json

    from .evaluate import evaluate_agreement, evaluate_gold

    if args.second is not None:
        ev = evaluate_agreement(args.root or find_root(), args.second, args.gold, args.split)
    else:
        ev = evaluate_gold(args.root or find_root(), args.gold, args.split, model=args.model)
    if ev.held:
        print("Note: the held-back split is for the final measurement only; do not tune the detector on what it shows.",
              file=sys.stderr)
    if args.json:
        print(json.dumps(ev.to_dict(items=args.verbose), indent=2))
    else:
        print(_evaluation_text(ev, args.verbose, args.by_rule))
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    store = _store(args)
    out = args.out if args.out.is_absolute() else store.root / args.out
    if not args.push:
        # Loading back must work as it will for a user with no network: nothing from the Hub.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    from . import publish
    from .validate import validate

    shown = _shown(out)
    publish.check_output(store.root, out)  # a refused --out stops here, before anything is read or locked
    if args.check:
        problems = publish.check(store, out)
        for problem in problems:
            print(f"Error: {problem}", file=sys.stderr)
        if not problems:
            print(f"{publish.DATASHEET} and {shown} match the data")
        return EXIT_FINDINGS if problems else EXIT_OK
    if not args.no_validate:
        report = validate(store)
        if report.findings:
            raise publish.PublishError(f"{len(report.findings)} finding(s); nothing published. Run `claimkit validate` and fix them first")
    # One hold of the lock: the datasheet's figures come from the same snapshot as the folder.
    with store.lock():
        snap = publish.build(store, out)
        updated = (store.root / publish.DATASHEET).exists() and publish.update_datasheet(store.root, snap)
    if updated:
        print(f"updated the figures in {publish.DATASHEET}")
    print(f"published {len(snap.claims)} claim(s) and {len(snap.documents)} document(s) to {shown}/")
    if args.push:
        plan = publish.upload_plan(out)
        for name, size in plan:
            print(f"  {name}  {size:,} bytes")
        if args.dry_run:
            print(f"dry run: would upload {len(plan)} file(s) to the dataset repository {args.push}; nothing sent")
            return EXIT_OK
        print(f"uploaded: {publish.push(out, args.push, private=args.private)}")
        return EXIT_OK
    if not args.no_load:
        loaded = publish.load_back(out)
        print(f'loaded back with datasets.load_dataset("{shown}", "claims"): {loaded.rows} row(s)')
        print("  per status: " + ", ".join(f"{s} {loaded.by_status[s]}" for s in loaded.status_names if s in loaded.by_status))
        print("  per type:   " + ", ".join(f"{t} {loaded.by_type[t]}" for t in loaded.type_names if t in loaded.by_type))
    print("load it with:")
    print("  from datasets import load_dataset")
    print(f'  claims = load_dataset("{shown}", "claims", split="test")')
    return EXIT_OK


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(path)


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    result = export(_store(args), args.format)
    if args.output in (None, "-"):
        sys.stdout.write(result.text)
    else:
        _write_output(args.output, result.text)
        print(f"wrote {args.output}: {result.rows} row(s)", file=sys.stderr)
    # What was left out goes to stderr, so that stdout stays the export alone.
    if result.without_statement:
        print(f"left out {len(result.without_statement)} reviewed claim(s) with no statement: {args.format} needs "
              f"each claim restated on its own (field `statement`), and their sentences are not used instead",
              file=sys.stderr)
    if result.conflicting:
        print(f"left out {len(result.conflicting)} claim(s) whose statement reads like that of a claim with "
              f"another label; settle them first: {', '.join(result.conflicting)}", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from . import serve
    from .review import reviewer_identity

    store = _store(args)
    try:
        reviewer = reviewer_identity(args.reviewer, cwd=store.root)
    except UsageError:
        if args.reviewer:
            raise
        reviewer = None  # the page asks for a name before the first save
    for name in args.allowed_host:
        serve.check_host_name(name)
    sock = serve.bind(args.host, args.port)
    try:
        # Decided by the address actually bound: a host name may resolve to either kind.
        address, port = sock.getsockname()[:2]
        loopback = serve.is_loopback(address)
        hosts = serve.allowed_hosts_for(args.host, args.allowed_host, loopback=loopback)
    except BaseException:
        sock.close()
        raise
    settings = serve.Settings(store, reviewer, hosts, port=port, ask_token=not loopback)
    app = serve.create_app(settings)
    if loopback:
        print(f"claimkit serve: review {store.root} at {serve.url_of(sock)}", flush=True)
    else:
        first, *others = serve.urls_for(hosts, port)
        print(f"claimkit serve: review {store.root} at {first}" + (f" (or {', '.join(others)})" if others else ""), flush=True)
        print(f"  access token: {settings.token}  (the page asks for it once per browser tab; give it only to reviewers)",
              flush=True)
        print(f"Warning: listening on {args.host or address}:{port}, open to other machines. The server answers only to "
              f"{', '.join(hosts)} and every request needs the token, but plain HTTP is not encrypted: anyone on the "
              f"network path can read the token and the reviews. Use it only on a network you trust.",
              file=sys.stderr, flush=True)
    print(f"  reviewer: {reviewer or '(none: set it on the page)'}; Ctrl+C to stop", flush=True)
    try:
        serve.run(app, sock)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return EXIT_OK


def _checkworthiness_path(args: argparse.Namespace, given: Path | None, name: str) -> Path:
    from .checkworthiness import CheckworthinessError

    path = given or (args.root or find_root()) / "data" / "checkworthiness" / name
    if not path.is_file():
        flag = "--dev" if "dev" in name else "--train"
        raise CheckworthinessError(f"{path}: no such file; pass {flag} FILE or run from a clone of the repository")
    return path


def _read_lines(path: str | None) -> list[str]:
    """One string per input line: split on \n only (not on \v, \f or U+2028), CR dropped,
    bytes that are not UTF-8 replaced, so every line gets exactly one answer."""
    raw = sys.stdin.buffer.read() if path in (None, "-") else Path(path).read_bytes()
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def cmd_checkworthiness(args: argparse.Namespace) -> int:
    import json

    from . import checkworthiness

    if args.file not in (None, "-") and not Path(args.file).is_file():
        raise UsageError(f"{args.file}: no such file; give a text file with one sentence per line, or none to read standard input")
    lines = _read_lines(args.file)
    model = checkworthiness.load_model(args.model)
    out = sys.stdout
    for start in range(0, len(lines), args.batch_size):
        batch = lines[start : start + args.batch_size]
        for offset, value in enumerate(model.score(batch)):
            label = model.label(value)
            if args.json:
                out.write(json.dumps({"line": start + offset + 1, "score": round(value, 6), "label": label}) + "\n")
            else:
                out.write(f"{value:.6f}\t{label}\n")
        out.flush()
    return EXIT_OK


def cmd_train_checkworthiness(args: argparse.Namespace) -> int:
    import time

    from . import checkworthiness

    train_path = _checkworthiness_path(args, args.train, "CT24_checkworthy_english_train.tsv")
    dev_path = None if args.no_dev else _checkworthiness_path(args, args.dev, "CT24_checkworthy_english_dev.tsv")
    started = time.monotonic()
    examples = checkworthiness.read_tsv(train_path, limit=args.limit)
    dev = checkworthiness.read_tsv(dev_path) if dev_path else None

    def say(message: str) -> None:
        print(f"[{time.monotonic() - started:5.0f}s] {message}", file=sys.stderr, flush=True)

    result = checkworthiness.train(examples, dev, seed=args.seed, folds=args.folds, progress=say)
    result.model.card = checkworthiness.describe(result, train_path, dev_path, args.seed, len(examples))
    path = result.model.save(args.out)
    cv = result.cv_scores
    print(f"trained on {len(examples)} sentences from {train_path.name}: {len(result.model.vocabulary)} features")
    print(f"threshold {result.model.threshold:.4f} (best F1 over {args.folds}-fold out-of-fold scores on the training rows)")
    print(f"cross-validation: precision {cv.precision:.3f}  recall {cv.recall:.3f}  F1 {cv.f1:.3f}")
    if result.dev_scores and dev_path is not None:
        d = result.dev_scores
        print(f"held-out dev ({dev_path.name}, {d.rows} rows): precision {d.precision:.3f}  recall {d.recall:.3f}  F1 {d.f1:.3f}")
    print(f"wrote {path} ({path.stat().st_size:,} bytes) in {time.monotonic() - started:.0f}s")
    return EXIT_OK


def cmd_evaluate_checkworthiness(args: argparse.Namespace) -> int:
    from . import checkworthiness

    dev_path = _checkworthiness_path(args, args.dev, "CT24_checkworthy_english_dev.tsv")
    model = checkworthiness.load_model(args.model)
    scores = checkworthiness.evaluate(checkworthiness.read_tsv(dev_path), model, args.threshold)
    print(f"{dev_path.name}: {scores.rows} sentences, {scores.positives} Yes; predicted Yes: {scores.predicted}")
    print(f"threshold  {scores.threshold:.4f}" + ("" if args.threshold is not None else " (the model's, chosen on the training rows)"))
    print(f"precision  {scores.precision:.4f}")
    print(f"recall     {scores.recall:.4f}")
    print(f"F1         {scores.f1:.4f}")
    return EXIT_OK


# -- parser ----------------------------------------------------------------------------------

CORPUS_SUBCOMMANDS = {
    "extract": ("Propose the claims of every document of a corpus into sharded Parquet (proposals and documents); resumable.",
                "example: claimkit corpus extract news.parquet --out corpus-claims --text-column body --date-column date\n"
                "         claimkit corpus extract 'data/*.jsonl' --out corpus-claims --engine ray --address auto"),
}

COMMANDS = {
    "schema": (cmd_schema, "Write the JSON Schema files in schema/ from the models, or check them for drift.",
               "example: claimkit schema --check"),
    "ingest": (cmd_ingest, "Store an article (a text file or an HTML page) as sources/<doc_id>.txt and its metadata.",
               "example: claimkit ingest article.txt --doc-id iran-albania-relations --url https://example.org/a\n"
               "         claimkit ingest page.html --doc-id my-article --whole-page"),
    "corpus": (cmd_corpus, "Run the claim detector over a whole corpus into sharded Parquet, resumable, on one machine or Ray.",
               "example: claimkit corpus extract 'news/*.parquet' --out corpus-claims --n-process 2"),
    "validate": (cmd_validate, "Check records against the schema and every integrity rule; report all findings.",
                 "example: claimkit validate claims/iran-albania-relations --format github"),
    "fmt": (cmd_fmt, "Rewrite records in canonical form (or --check that they are).",
            "example: claimkit fmt --check"),
    "extract": (cmd_extract, "Propose every check-worthy claim of stored sources and merge them into claims/.",
                "example: claimkit extract iran-albania-relations   (or: claimkit extract --all --n-process 2)"),
    "render": (cmd_render, "Write a document as HTML with each claim's focus highlighted by status and noise greyed.",
               "example: claimkit render iran-albania-relations -o page.html"),
    "publish": (cmd_publish, "Build the Hugging Face dataset folder, update DATASHEET.md's figures, load it back; or --check, or --push.",
                "example: claimkit publish --out dist/hf   (or: claimkit publish --push user/claimkit --dry-run)"),
    "export": (cmd_export, "Export reviewed claims as FEVER JSONL, AVeriTeC JSON, ClaimReview or Web Annotation JSON-LD.",
               "example: claimkit export --format claimreview -o claimreview.jsonld"),
    "serve": (cmd_serve, "Start the review page, a local web app to review claims in the browser.",
              "example: claimkit serve --port 8000 --reviewer 'Ada Lovelace'"),
    "evaluate-extraction": (cmd_evaluate_extraction, "Score the claim detector against hand-annotated gold files, per article and split.",
                            "example: claimkit evaluate-extraction --split tune --by-rule   "
                            "(or: claimkit evaluate-extraction tests/gold/sentences.jsonl -v)"),
    "checkworthiness": (cmd_checkworthiness, "Score each line of a file (or standard input) for check-worthiness: score<TAB>Yes|No.",
                        "example: claimkit checkworthiness sentences.txt   (or: echo 'Taxes rose 40%.' | claimkit checkworthiness --json)"),
    "train-checkworthiness": (cmd_train_checkworthiness, "Train the check-worthiness model on data/checkworthiness/ and write it into the package.",
                              "example: claimkit train-checkworthiness --seed 0"),
    "evaluate-checkworthiness": (cmd_evaluate_checkworthiness, "Print precision, recall and F1 of the Yes class on the dev file, and the threshold.",
                                 "example: claimkit evaluate-checkworthiness --dev data/checkworthiness/CT24_checkworthy_english_dev.tsv"),
}


# What each command needs beyond the core (pydantic); checked before the command starts, so a
# missing extra is one line and not a traceback halfway through. Commands not named need the core only.
COMMAND_EXTRAS: dict[str, tuple[Extra, ...]] = {
    "corpus": ("extract", "publish"),
    "extract": ("extract",),
    "publish": ("publish",),
    "serve": ("serve",),
    "evaluate-extraction": ("extract", "train"),
    "checkworthiness": ("extract",),
    "train-checkworthiness": ("extract", "train"),
    "evaluate-checkworthiness": ("extract",),
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claimkit", description="Keep an annotated source-claim verification dataset.")
    parser.add_argument("--version", action="version", version=f"claimkit {__version__}")
    parser.add_argument("--root", type=Path, help="repository root (default: $CLAIMKIT_ROOT or the nearest folder up holding claims/ or sources/)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    parsers = {}
    for name, (func, summary, example) in COMMANDS.items():
        p = sub.add_parser(name, help=summary, description=summary, epilog=example,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        parsers[name] = p
    from . import export, report, review_cli

    review_cli.add_parser(sub, _Parser).set_defaults(func=cmd_review)

    p = parsers["schema"]
    p.add_argument("--check", action="store_true", help="exit 1 if the files differ from what the models give")

    p = parsers["ingest"]
    p.add_argument("path", metavar="PATH", nargs="?",
                   help="the article: a UTF-8 text file (.txt), or an HTML page (.html/.htm, or any other file that starts like one)")
    p.add_argument("--doc-id", help="id for the document: lowercase letters, digits, hyphens (required with PATH; with "
                                    "--from-corpus, default: the corpus id if it is one, else its words joined by hyphens)")
    p.add_argument("--from-corpus", type=Path, metavar="DIR",
                   help="take the text, noise regions and claim proposals of one document of a `claimkit corpus extract` "
                        "output (no PATH; the text is read back from the corpus's input and checked)")
    p.add_argument("--doc", metavar="ID", help="with --from-corpus: the document's id in the corpus")
    p.add_argument("--title", help="title (default: the page's title, else the first non-empty line)")
    p.add_argument("--url", help="where the article was published (default: the page's canonical URL)")
    p.add_argument("--author", help="author(s), one line (default: as the page names them)")
    p.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD, YYYY-MM or YYYY (default: the page's)")
    p.add_argument("--whole-page", action="store_true",
                   help="HTML: keep all the visible text of the page in reading order (menus, bylines, captions, "
                        "footers), not only the article that trafilatura finds")
    p.add_argument("--language", default="en", help="BCP 47 language tag (default: en)")
    p.add_argument("--rights", help="licence or rights status of the text, e.g. CC-BY-4.0 (default: unknown; never blank)")
    p.add_argument("--retrieved", help="RFC 3339 UTC time it was retrieved (default: now)")
    p.add_argument("--force", action="store_true", help="replace a different text already stored under this id")

    p = parsers["corpus"]
    inner = p.add_subparsers(dest="corpus_command", metavar="SUBCOMMAND", parser_class=_Parser)
    summary, example = CORPUS_SUBCOMMANDS["extract"]
    p = inner.add_parser("extract", help=summary, description=summary, epilog=example,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", metavar="INPUT",
                   help="Parquet or JSON Lines files (a path or a quoted glob such as 'news/*.parquet'), a Hugging Face "
                        "dataset folder (saved with save_to_disk, or a folder of data files) or a dataset name")
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="output folder: new, or one an earlier run wrote (it goes on where that run stopped)")
    p.add_argument("--split", help="the dataset's split (default: train; needed for a saved DatasetDict)")
    p.add_argument("--text-column", default="text", metavar="NAME", help="column with the article's text (default: text)")
    p.add_argument("--id-column", default="id", metavar="NAME", help="column with the document's id (default: id)")
    p.add_argument("--date-column", metavar="NAME", help="column with the publication date (YYYY-MM-DD…, a date or a timestamp)")
    p.add_argument("--url-column", metavar="NAME", help="column with the article's URL")
    p.add_argument("--shard-size", type=_positive_int, default=1000, metavar="N",
                   help="documents per output shard (default: 1000); part of the output's identity, like the input")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: nlp.pipe on this machine; ray: Ray Data actors, here or on a cluster (pip install 'claimkit[ray]')")
    p.add_argument("--n-process", type=_positive_int, default=1, metavar="N",
                   help="local: worker processes, each extracting whole shards; "
                        "ray without --address: actors (and CPUs) of the local Ray (default: 1)")
    p.add_argument("--address", metavar="ADDRESS", help="with --engine ray: the cluster to join, e.g. ray://head:10001 or auto")
    p.add_argument("--batch-size", type=_positive_int, default=16, metavar="N", help="texts per nlp.pipe batch (default: 16)")
    p.add_argument("--model", default=SPACY_MODEL, help=f"spaCy pipeline to load (default: {SPACY_MODEL})")
    p.add_argument("--quiet", action="store_true", help="no progress bar on stderr")

    p = parsers["validate"]
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders under claims/ or sources/ (default: all)")
    p.add_argument("--format", choices=report.FORMATS, default="text", help="report format (default: text)")
    p.add_argument("--rules", action="store_true", help="list every rule with its code and slug, then exit")
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core for 4,000 files or more)")

    p = parsers["extract"]
    p.add_argument("doc_ids", nargs="*", metavar="DOC_ID", help="doc ids or paths under sources/ (sources/<doc_id>.txt)")
    p.add_argument("--all", action="store_true", help="every document under sources/")
    p.add_argument("--model", default=SPACY_MODEL, help=f"spaCy pipeline to load (default: {SPACY_MODEL})")
    p.add_argument("--n-process", type=int, default=1, help="worker processes for nlp.pipe, 1 or more (default: 1)")
    p.add_argument("--batch-size", type=int, default=4,
                   help="texts per nlp.pipe batch, 1 or more; a long document counts as one per 100,000 characters (default: 4)")
    p.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    p.add_argument("--rules", action="store_true",
                   help="list every detector rule with its id, claim type, summary and example, then exit")

    p = parsers["render"]
    p.add_argument("doc_id", metavar="DOC_ID", help="the document to render")
    p.add_argument("-o", "--output", required=True, help="HTML file to write, or - for stdout")

    p = parsers["serve"]
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0 picks a free one)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default: 127.0.0.1, this machine only; 0.0.0.0 opens it to the network "
                        "and then needs --allowed-host)")
    p.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                   help="a host name or address other machines use to reach the page (repeatable; required unless "
                        "--host is a loopback address); the server answers to no other name")
    p.add_argument("--reviewer", help="name recorded in history (default: $CLAIMKIT_REVIEWER or git's user.name); the page can change it")

    p = parsers["evaluate-extraction"]
    p.add_argument("gold", nargs="*", metavar="GOLD", help="gold files: <name>.gold.json or JSON Lines (default: the splits)")
    p.add_argument("--split", action="append", choices=("seed", "tune", "held", "sentences"),
                   help="score a split of tests/gold/ (repeatable; default: every split but held, which is for the final measurement)")
    p.add_argument("--model", default=SPACY_MODEL, help=f"spaCy pipeline to load (default: {SPACY_MODEL})")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss, false alarm, wrong type or value per article")
    p.add_argument("--by-rule", action="store_true", help="add each detector rule's proposals, matches, precision and articles")
    p.add_argument("--json", action="store_true", help="machine-readable output (with -v: the lists too)")
    p.add_argument("--second", type=Path, metavar="DIR",
                   help="score a second annotator's files of the same texts (DIR/<name>.gold.json beside <name>.txt and "
                        "<name>.json) in the detector's place: how far two annotators agree")

    p = parsers["publish"]
    p.add_argument("--out", type=Path, default=Path("dist/hf"), help="dataset folder to write (default: dist/hf)")
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 if DATASHEET.md's figures or the built folder differ from the data")
    p.add_argument("--no-load", action="store_true", help="do not load the result back with datasets")
    p.add_argument("--no-validate", action="store_true",
                   help="skip the validation that publish runs first (only right after `claimkit validate`, as make dataset does)")
    p.add_argument("--push", metavar="REPO_ID", help="upload the folder to this Hub dataset repository ($HF_TOKEN or cached login)")
    p.add_argument("--dry-run", action="store_true", help="with --push: list what would be uploaded, send nothing")
    p.add_argument("--private", action="store_true", help="with --push: create the repository as private")

    p = parsers["export"]
    p.add_argument("--format", required=True, choices=export.FORMATS)
    p.add_argument("-o", "--output", help="file to write (default: standard output)")

    p = parsers["fmt"]
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: all records)")
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would be rewritten")

    p = parsers["checkworthiness"]
    p.add_argument("file", nargs="?", metavar="FILE", help="UTF-8 text, one sentence per line (default or -: standard input)")
    p.add_argument("--json", action="store_true", help='JSON lines: {"line": N, "score": S, "label": "Yes"|"No"}')
    p.add_argument("--model", type=Path, metavar="DIR", help="folder with checkworthiness.npz (default: the shipped model)")
    p.add_argument("--batch-size", type=_positive_int, default=256, help="lines tagged at a time (default: 256)")

    p = parsers["train-checkworthiness"]
    p.add_argument("--train", type=Path, metavar="FILE", help="training TSV (default: data/checkworthiness/CT24_checkworthy_english_train.tsv)")
    p.add_argument("--dev", type=Path, metavar="FILE", help="dev TSV, only measured (default: data/checkworthiness/CT24_checkworthy_english_dev.tsv)")
    p.add_argument("--no-dev", action="store_true", help="do not measure on a dev file")
    p.add_argument("--out", type=Path, default=CHECKWORTHINESS_MODEL_DIR, metavar="DIR",
                   help="folder to write the model to (default: the package's model_data/)")
    p.add_argument("--seed", type=int, default=0, help="seed of the cross-validation split and the solver (default: 0)")
    p.add_argument("--folds", type=_positive_int, default=5, help="cross-validation folds for the threshold (default: 5)")
    p.add_argument("--limit", type=_positive_int, metavar="N", help="train on the first N rows only (for a quick check)")

    p = parsers["evaluate-checkworthiness"]
    p.add_argument("--dev", type=Path, metavar="FILE", help="TSV to score (default: data/checkworthiness/CT24_checkworthy_english_dev.tsv)")
    p.add_argument("--model", type=Path, metavar="DIR", help="folder with checkworthiness.npz (default: the shipped model)")
    p.add_argument("--threshold", type=float, help="score at or above which a sentence is Yes (default: the model's)")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    args.stores = []
    try:
        require(f"claimkit {args.command}", *COMMAND_EXTRAS.get(args.command, ()))
        return args.func(args)
    except ModuleNotFoundError as exc:
        # An extra's package imported where only some uses of a core command need it (an HTML page
        # to ingest, a claim added by hand): the same one line as above.
        extra = extra_of(exc.name or "")
        if extra is None:
            raise
        print(f"Error: {MissingExtra(f'claimkit {args.command}', extra)}", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ClaimkitError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        # The command's own files (an -o output, a file to ingest): the store raises its own errors.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"Error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_FINDINGS
    finally:
        _warn_skipped(args.stores)
