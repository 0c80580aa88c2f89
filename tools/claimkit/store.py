"""The store: the only code that reads or writes ``sources/`` and ``claims/``.

Records are written in canonical form (2-space indent, model key order, trailing newline), only
after they validate, atomically (temporary file in the same folder, fsync, rename) and under one
repository-wide lock, so parallel processes never lose an update or leave a partial file.

The store is also the one error boundary for reads. It opens only regular files, never through
a symbolic link (not even one that stays inside the repository: a link to ``.git/config`` is
as bad as one to ``/proc/self/environ``), never more than a size limit, and without blocking
(a FIFO would hang every command). Whatever cannot be read as the record it should be raises
:class:`RecordUnreadable`; listing operations skip such a record and hand it back as a problem.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from .errors import (
    NotFound,
    RecordInvalid,
    RecordMisplaced,
    RecordUnreadable,
    StaleRecord,
    UnsafeName,
    UsageError,
    WriteFailed,
)
from .models import MAX_CLAIM_ID, MAX_DOC_ID, NAME_PATTERN, Claim, Document, is_name, region_spans
from .rules import Source, check_claim, check_document, excerpt

SOURCES = "sources"
CLAIMS = "claims"
LOCK_FILE = ".claimkit/lock"
REVISION_LENGTH = 16
# Real records are a few kB and real articles well under a MB; the limits only stop a file
# that would exhaust memory (a sparse 1 TB file, a link to /dev/zero).
MAX_RECORD_BYTES = 4 * 1024 * 1024
MAX_TEXT_BYTES = 32 * 1024 * 1024
# atomic_write's temporary files: "." + file name + "." + mkstemp's 8 random characters + ".tmp".
TEMP_FILE = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))


def canonical_json(record: Claim | Document) -> str:
    """The one byte-stable text form of a record: pydantic's JSON with a 2-space indent, fields
    in model order, non-ASCII as UTF-8, and a trailing newline."""
    return record.model_dump_json(indent=2, by_alias=True) + "\n"


def revision_of(claim: Claim) -> str:
    """The claim's revision: a short hash of its canonical JSON.

    Every change claimkit makes to a claim changes the record (at least its history), so the
    revision changes on every write, even two within one second or from a machine whose clock
    is wrong; ``modified`` does not. 16 hex digits make an accidental match negligible.
    """
    return hashlib.sha256(canonical_json(claim).encode("utf-8")).hexdigest()[:REVISION_LENGTH]


def check_revision(value: str, what: str = "--expect-revision") -> str:
    """Return ``value`` if it has the form of a revision, else raise UsageError."""
    if not (isinstance(value, str) and len(value) == REVISION_LENGTH and all(c in "0123456789abcdef" for c in value)):
        raise UsageError(
            f"{what} {value!r} is not a revision: give the {REVISION_LENGTH} hex digits that "
            "`claimkit review show ID` prints after 'revision:'"
        )
    return value


def check_name(value: object, what: str, max_length: int) -> str:
    """Return ``value`` if it is safe as a single file name, else raise UnsafeName."""
    if not is_name(value) or len(value) > max_length:
        raise UnsafeName(
            f"{what} {value!r} is not allowed: use lowercase letters, digits and single hyphens "
            f"(pattern {NAME_PATTERN}, at most {max_length} characters)"
        )
    return value


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new, never a part:
    a temporary file in the same folder, synced, renamed over it, and the folder synced."""
    atomic_write_many([(path, data)])


# How many temporary files atomic_write_many keeps open at once (well under any limit on open files).
WRITE_BATCH = 256


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_many(items: list[tuple[Path, bytes]], replaced: list[Path] | None = None) -> None:
    """Replace files so that readers see each one old or new, never a part, for a fraction of
    the disk syncs of replacing them one at a time.

    In batches of ``WRITE_BATCH``: every temporary file of the batch (in its file's folder) is
    written and synced before the first of them is renamed into place, and each folder is synced
    once after its renames (syncing the folder after every file, extract spent a quarter of its
    parent's time in fsync with two processes, half of it on the folder, while the workers
    waited: it writes a few hundred claims per document). If a rename fails, the files renamed
    before it stay replaced (each whole), the others stay as they were and no temporary file is
    left; ``replaced``, when given, receives the path of each file replaced.
    """
    for first in range(0, len(items), WRITE_BATCH):
        batch = items[first : first + WRITE_BATCH]
        pending: list[tuple[int | None, str, Path]] = []
        folders: dict[Path, None] = {}
        try:
            for path, data in batch:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
                pending.append((fd, tmp, path))
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            for n, (open_fd, tmp, path) in enumerate(pending):
                assert open_fd is not None
                os.fsync(open_fd)
                os.close(open_fd)
                pending[n] = (None, tmp, path)
            while pending:
                _, tmp, path = pending[0]
                os.replace(tmp, path)
                pending.pop(0)
                folders[path.parent] = None
                if replaced is not None:
                    replaced.append(path)
        except BaseException:
            for open_fd, tmp, _ in pending:
                if open_fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(open_fd)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
            raise
        finally:
            for folder in folders:
                _sync_folder(folder)


_CLAIM_KEYS = frozenset(f.alias or name for name, f in Claim.model_fields.items())


def _kind_of(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "a file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _model_problem(exc: ValidationError, what: str) -> tuple[str, str]:
    """A pydantic failure as (rule code, short reason); the input values are left out."""
    errors = exc.errors(include_url=False, include_input=False)
    first = errors[0]
    if first["type"] == "json_invalid":
        return "CK002", f"not valid JSON ({first['msg'].removeprefix('Invalid JSON: ')})"
    where = ".".join(str(p) for p in first["loc"]) or "the record"
    more = f" and {len(errors) - 1} more problem(s)" if len(errors) > 1 else ""
    return "CK003", f"not a valid {what} record ({where}: {first['msg']}{more})"


@dataclass
class Listing:
    """What a scan of ``sources/`` and ``claims/`` found, as full path strings.

    ``problems`` are entries where a record or text should be but none can be read (links,
    FIFOs, folders named like files, folders that cannot be listed); ``extras`` are other
    files that do not belong there (rule codes CK013, CK014) and that only the validator reports.
    """

    documents: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    problems: list[RecordUnreadable] = field(default_factory=list)
    extras: list[RecordUnreadable] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # every entry name directly in sources/


class _RepoLock:
    """An exclusive advisory lock on one file, shared by processes and re-entrant in a thread.

    The lock file is never deleted: unlinking it on release would let a waiter hold a lock on
    the old inode while a newcomer locks a new one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._mutex = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._depth > 0

    def __enter__(self) -> None:
        self._mutex.acquire()
        if self._depth == 0:
            try:
                fd = self._open()
                try:
                    _lock_fd(fd)
                except BaseException:
                    os.close(fd)
                    raise
            except BaseException:
                self._mutex.release()
                raise
            self._fd = fd
        self._depth += 1

    def _open(self) -> int:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            if os.path.lexists(folder) and not folder.is_dir():
                why = f"{folder.name} is a file, not a folder; move it out of the way"
            else:
                why = _reason(exc)
            raise WriteFailed(f"cannot take the repository's write lock {LOCK_FILE}: {why}; nothing was changed") from None

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            _unlock_fd(self._fd)
            os.close(self._fd)
            self._fd = None
        self._mutex.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class Store:
    """A repository of sources and claims rooted at ``root``."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.sources_dir = self.root / SOURCES
        self.claims_dir = self.root / CLAIMS
        self._lock = _RepoLock(self.root / LOCK_FILE)
        self._resolved_root: Path | None = None
        self._swept: set[str] = set()
        # Records the listing reads skipped because they cannot be read (the CLI warns of them).
        self.skipped: list[RecordUnreadable] = []

    # -- paths -------------------------------------------------------------------------------

    def text_path(self, doc_id: str) -> Path:
        return self.sources_dir / f"{check_name(doc_id, 'doc_id', MAX_DOC_ID)}.txt"

    def document_path(self, doc_id: str) -> Path:
        return self.sources_dir / f"{check_name(doc_id, 'doc_id', MAX_DOC_ID)}.json"

    def claim_path(self, doc_id: str, claim_id: str) -> Path:
        doc_id = check_name(doc_id, "doc_id", MAX_DOC_ID)
        return self.claims_dir / doc_id / f"{check_name(claim_id, 'claim id', MAX_CLAIM_ID)}.json"

    # -- the record tree: which files a command given paths works on ----------------------------

    def kind_of(self, path: Path | str) -> Literal["document", "claim"]:
        """Whether the record file at ``path`` is a document's metadata or a claim."""
        rel = self.relative(path)
        if rel.startswith(SOURCES + "/"):
            return "document"
        if rel.startswith(CLAIMS + "/"):
            return "claim"
        raise UsageError(f"{rel}: not under {SOURCES}/ or {CLAIMS}/; claimkit validates only records there")

    def under_root(self, given: str | Path) -> str | None:
        """``given`` relative to the root in POSIX form, found without following a link in its last
        part (that link is what may need reporting); None if it is not under the root."""
        path = Path(given)
        if not path.is_absolute():
            path = path if os.path.lexists(path) else self.root / path
        absolute = os.path.abspath(path)
        candidates = [absolute, os.path.join(os.path.realpath(os.path.dirname(absolute)), os.path.basename(absolute))]
        for base in {os.path.abspath(self.root), os.path.realpath(self.root)}:
            for candidate in candidates:
                if candidate == base:
                    return ""
                if candidate.startswith(base.rstrip(os.sep) + os.sep):
                    return candidate[len(base.rstrip(os.sep)) + 1 :].replace(os.sep, "/")
        return None

    def wanted(self, paths: list[str | Path], known: Collection[str] = ()) -> list[str]:
        """The root-relative names that ``paths`` ask for (a text stands for its metadata too);
        UsageError for a path outside sources/ and claims/, or one that does not exist and is not
        among ``known`` (names the scan already reported)."""
        out: list[str] = []
        for given in paths:
            where = self.under_root(given)
            if where is None or not (where in (SOURCES, CLAIMS) or where.startswith((SOURCES + "/", CLAIMS + "/"))):
                raise UsageError(f"{given}: not under {SOURCES}/ or {CLAIMS}/; claimkit validates only records there")
            if where.startswith(SOURCES + "/") and where.endswith(".txt"):
                out.append(where[: -len(".txt")] + ".json")
            if where not in known and not os.path.lexists(self.root / where):
                raise UsageError(f"{given}: no such file or folder")
            out.append(where)
        return out

    @staticmethod
    def chosen(name: str, wanted: list[str]) -> bool:
        """Whether the root-relative ``name`` is one of ``wanted`` or inside one of them."""
        return any(name == w or name.startswith(w + "/") for w in wanted)

    def record_files(self, paths: list[str | Path] | None = None) -> list[str]:
        """The record files at ``paths`` (default: every record), as ``scan`` lists them."""
        listing = self.scan()
        files = listing.documents + listing.claims
        if not paths:
            return files
        wanted = self.wanted(paths, known={p.path for p in listing.problems + listing.extras})
        return [path for path in files if self.chosen(self.relative(path), wanted)]

    def relative(self, path: str | Path) -> str:
        """``path`` relative to the root, in POSIX form (as findings name files)."""
        if self._resolved_root is None:
            self._resolved_root = self.root.resolve()
        text, prefix = str(path), str(self.root) + os.sep
        if text.startswith(prefix) and ".." not in text:  # what the store itself listed
            return text[len(prefix):].replace(os.sep, "/")
        path = Path(path)
        for base in (self.root, self._resolved_root):
            # Paths the store lists are already under the root: no need to touch the disk.
            try:
                return path.relative_to(base).as_posix()
            except ValueError:
                pass
        try:
            return path.resolve().relative_to(self._resolved_root).as_posix()
        except ValueError:
            return path.as_posix()

    def lock(self) -> contextlib.AbstractContextManager[None]:
        """Hold the repository's write lock (re-entrant within one Store)."""
        return self._lock

    # -- reading one file safely --------------------------------------------------------------

    def _real_root(self) -> Path:
        if self._resolved_root is None:
            self._resolved_root = self.root.resolve()
        return self._resolved_root

    def link_problem(self, path: str | Path) -> RecordUnreadable:
        """The problem of a symbolic link at ``path``: where it leads decides the rule. The link
        is only read (readlink), never opened."""
        rel = self.relative(path)
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        resolved = Path(os.path.realpath(path))
        try:
            resolved.relative_to(self._real_root())
        except ValueError:
            return RecordUnreadable(rel, f"a symbolic link to {excerpt(target)}, outside the repository; "
                                         "claimkit does not follow it", "CK007")
        try:
            os.stat(path)
            state = "claimkit follows no links, not even inside the repository"
        except FileNotFoundError:
            state = "it leads nowhere"
        except OSError as exc:
            state = "it loops" if exc.errno == errno.ELOOP else _reason(exc)
        return RecordUnreadable(rel, f"a symbolic link to {excerpt(target)}: {state}", "CK008")

    def _entry_problem(self, path: str, mode: int) -> RecordUnreadable:
        if stat.S_ISLNK(mode):
            return self.link_problem(path)
        return RecordUnreadable(self.relative(path), f"{_kind_of(mode)}, not a regular file", "CK009")

    def _check_folders(self, path: Path, *, itself: bool = False) -> None:
        """Refuse a path that passes through a link or a file on its way down from the root
        (``itself``: ``path`` too is such a folder)."""
        try:
            parts = path.relative_to(self.root).parts
        except ValueError:
            return
        if not itself:
            parts = parts[:-1]
        folder = self.root
        for part in parts:
            folder = folder / part
            try:
                mode = os.lstat(folder).st_mode
            except FileNotFoundError:
                raise
            except OSError as exc:
                raise RecordUnreadable(self.relative(folder), f"cannot be read ({_reason(exc)})", "CK010") from None
            if stat.S_ISLNK(mode):
                raise self.link_problem(folder)
            if not stat.S_ISDIR(mode):
                raise RecordUnreadable(self.relative(folder), f"{_kind_of(mode)} where a folder should be", "CK009")

    def read_bytes(self, path: str | Path, limit: int = MAX_RECORD_BYTES) -> bytes:
        """The bytes of the regular file at ``path`` (as listed by the store), read without
        following a link, blocking on a FIFO or reading more than ``limit`` bytes.

        Raises RecordUnreadable for anything but a readable regular file, FileNotFoundError if
        there is nothing at ``path``.
        """
        try:
            before = os.lstat(path)
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise RecordUnreadable(self.relative(path), f"cannot be read ({_reason(exc)})", "CK010") from None
        if not stat.S_ISREG(before.st_mode):
            raise self._entry_problem(str(path), before.st_mode)
        if before.st_size > limit:
            raise self._too_large(path, before.st_size, limit)
        try:
            fd = os.open(path, _OPEN_FLAGS)
        except FileNotFoundError:
            raise
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # replaced by a link since the lstat
                raise self.link_problem(path) from None
            raise RecordUnreadable(self.relative(path), f"cannot be read ({_reason(exc)})", "CK010") from None
        try:
            now = os.fstat(fd)
            if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
                raise RecordUnreadable(self.relative(path), "was replaced while it was read", "CK009")
            chunks, size = [], 0
            while size <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            raise RecordUnreadable(self.relative(path), f"cannot be read ({_reason(exc)})", "CK010") from None
        finally:
            os.close(fd)
        if size > limit:  # it grew after the lstat
            raise self._too_large(path, size, limit)
        return b"".join(chunks)

    def _too_large(self, path: str | Path, size: int, limit: int) -> RecordUnreadable:
        return RecordUnreadable(self.relative(path), f"{size:,} bytes, more than the {limit // (1024 * 1024)} MiB "
                                                     f"a {'source text' if limit == MAX_TEXT_BYTES else 'record'} may have",
                                "CK011")

    def _read_path(self, path: Path, limit: int = MAX_RECORD_BYTES) -> bytes:
        """Read a path the store built (not listed): its folders are checked too."""
        self._check_folders(path)
        return self.read_bytes(path, limit)

    def _parse(self, model, raw: bytes, path: str | Path, what: str):
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            code, reason = _model_problem(exc, what)
            raise RecordUnreadable(self.relative(path), reason, code) from None

    # -- listing -------------------------------------------------------------------------------

    def scan(self, doc_id: str | None = None, *, sources: bool = True, claims: bool = True) -> Listing:
        """List ``sources/`` and ``claims/`` (or one document's claim folder) without following
        a link, sorting each entry into records, texts, problems and extras."""
        out = Listing()
        if sources:
            self._scan_sources(out)
        if claims:
            if doc_id is None:
                self._scan_claims(self.claims_dir, out, top=True)
            else:
                base = self.claims_dir / check_name(doc_id, "doc_id", MAX_DOC_ID)
                try:
                    self._check_folders(base, itself=True)
                except FileNotFoundError:
                    return out
                except RecordUnreadable as exc:
                    out.problems.append(exc)
                    return out
                self._scan_claims(base, out, top=False)
        for names in (out.documents, out.texts, out.claims):
            names.sort()
        for problems in (out.problems, out.extras):
            problems.sort(key=lambda p: p.path)
        return out

    def _top_folder(self, folder: Path, out: Listing) -> bool:
        """Whether ``folder`` (sources/ or claims/) is a real folder to list; a problem if not."""
        try:
            mode = os.lstat(folder).st_mode
        except FileNotFoundError:
            return False
        except OSError as exc:
            out.problems.append(RecordUnreadable(self.relative(folder), f"cannot be read ({_reason(exc)})", "CK010"))
            return False
        if stat.S_ISDIR(mode):
            return True
        if stat.S_ISLNK(mode):
            out.problems.append(self.link_problem(folder))
        else:
            out.problems.append(RecordUnreadable(self.relative(folder), f"{_kind_of(mode)} where a folder should be", "CK009"))
        return False

    def _entries(self, folder: str, out: Listing) -> list[os.DirEntry]:
        try:
            with os.scandir(folder) as it:
                return list(it)
        except OSError as exc:
            out.problems.append(RecordUnreadable(self.relative(folder), f"the folder cannot be listed ({_reason(exc)})", "CK010"))
            return []

    def _extra(self, path: str, name: str, out: Listing, what: str) -> None:
        if TEMP_FILE.match(name):
            out.extras.append(RecordUnreadable(self.relative(path), "a temporary file left by an interrupted write",
                                               "CK014"))
        elif name.startswith("."):
            out.extras.append(RecordUnreadable(self.relative(path), f"a hidden {what}, which claimkit does not read",
                                               "CK013"))
        else:
            stem, dot, suffix = name.rpartition(".")
            hint = f"; rename it to {excerpt(stem + '.' + suffix.lower())}" if dot and suffix.lower() in ("json", "txt") else ""
            out.extras.append(RecordUnreadable(self.relative(path), f"{excerpt(name)} is not a name claimkit reads "
                                               f"(<doc_id>.txt, <doc_id>.json, <claim id>.json){hint}", "CK013"))

    def _scan_sources(self, out: Listing) -> None:
        if not self._top_folder(self.sources_dir, out):
            return
        for entry in self._entries(str(self.sources_dir), out):
            name, path = entry.name, entry.path
            out.names.add(name)
            record = not name.startswith(".") and (name.endswith(".json") or name.endswith(".txt"))
            if entry.is_file(follow_symlinks=False):
                if not record:
                    self._extra(path, name, out, "file")
                elif name.endswith(".json"):
                    out.documents.append(path)
                else:
                    out.texts.append(path)
            elif entry.is_symlink():
                out.problems.append(self.link_problem(path))
            elif record:
                out.problems.append(self._entry_problem(path, entry.stat(follow_symlinks=False).st_mode))
            elif entry.is_dir(follow_symlinks=False):
                self._extra(path, name, out, "folder")
            else:
                out.problems.append(self._entry_problem(path, entry.stat(follow_symlinks=False).st_mode))

    def _scan_claims(self, base: Path, out: Listing, *, top: bool) -> None:
        if top and not self._top_folder(base, out):
            return
        folders = [str(base)]
        while folders:
            folder = folders.pop()
            for entry in self._entries(folder, out):
                name, path = entry.name, entry.path
                record = not name.startswith(".") and name.endswith(".json")
                if entry.is_file(follow_symlinks=False):
                    if record:
                        out.claims.append(path)
                    else:
                        self._extra(path, name, out, "file")
                elif entry.is_symlink():
                    out.problems.append(self.link_problem(path))
                elif entry.is_dir(follow_symlinks=False) and not record:
                    if name.startswith("."):
                        self._extra(path, name, out, "folder")
                    else:
                        folders.append(path)
                else:
                    out.problems.append(self._entry_problem(path, entry.stat(follow_symlinks=False).st_mode))

    def document_files(self) -> list[Path]:
        return [Path(p) for p in self.scan(claims=False).documents]

    def claim_paths(self, doc_id: str | None = None) -> list[str]:
        """The claim files as sorted strings: for 100,000 files, Path objects cost seconds."""
        return self.scan(doc_id, sources=False).claims

    def doc_ids(self) -> list[str]:
        return [p.stem for p in self.document_files()]

    # -- sources -----------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        # Whatever is there counts (a link, a FIFO): reading it then says what is wrong with it.
        return os.path.lexists(self.document_path(doc_id))

    def read_document(self, doc_id: str) -> Document:
        path = self.document_path(doc_id)
        try:
            raw = self._read_path(path)
        except FileNotFoundError:
            raise NotFound(f"no document {doc_id!r}: {self.relative(path)} does not exist") from None
        return self._parse(Document, raw, path, "document")

    def read_text(self, doc_id: str) -> str:
        path = self.text_path(doc_id)
        raw = self.read_text_bytes(doc_id)
        if raw is None:
            raise NotFound(f"no source text for {doc_id!r}: {self.relative(path)} does not exist")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RecordUnreadable(self.relative(path), f"not UTF-8 (byte {exc.start})", "CK001") from None

    def read_text_bytes(self, doc_id: str) -> bytes | None:
        """The source text's bytes, None if there is none (RecordUnreadable if it cannot be read)."""
        try:
            return self._read_path(self.text_path(doc_id), MAX_TEXT_BYTES)
        except FileNotFoundError:
            return None

    def load_source(self, doc_id: str) -> Source:
        """The text and noise regions the claim rules check against."""
        try:
            text = self.read_text(doc_id)
        except NotFound:
            return Source(text=None)
        except RecordUnreadable as exc:
            return Source(text=None, problem=f"{exc.path} cannot be read ({exc.reason})")
        try:
            regions = region_spans(self.read_document(doc_id).regions)
        except NotFound:
            # Without its metadata the text's hash cannot be checked: nothing can be anchored on it.
            return Source(text=None, problem=f"{self.relative(self.document_path(doc_id))}, its metadata, does not exist")
        except RecordUnreadable:
            regions = []  # the document's own finding says why; the text can still be checked
        return Source(text=text, regions=regions)

    def write_source(self, document: Document, text: str) -> None:
        """Store a source text and its metadata, after checking one against the other."""
        raw = text.encode("utf-8")
        path = self.document_path(document.doc_id)
        findings = check_document(document, text, raw, self.relative(path))
        if findings:
            raise RecordInvalid(findings)
        with self.lock():
            self._write(self.text_path(document.doc_id), raw)
            self._write(path, canonical_json(document).encode("utf-8"))

    def write_document(self, document: Document, *, read_from: str | Path | None = None) -> None:
        """Rewrite a document's metadata (its text unchanged); ``read_from`` as in write_claim."""
        path = self.document_path(document.doc_id)
        if read_from is not None:
            self.check_place(read_from, path, f"document {document.doc_id}")
        raw = self.read_text_bytes(document.doc_id)
        text = raw.decode("utf-8") if raw is not None else None
        findings = check_document(document, text, raw, self.relative(path))
        if findings:
            raise RecordInvalid(findings)
        with self.lock():
            self._write(path, canonical_json(document).encode("utf-8"))

    def _write(self, path: Path, data: bytes) -> None:
        """Write one file of the repository; the caller holds the lock."""
        self._write_many([(path, data)])

    def _sweep(self, folder: Path) -> None:
        """Delete the temporary files that writers killed mid-write (kill -9, power loss) left
        in ``folder``, once per folder and store.

        Only under the lock: every writer holds it from creating its temporary file to renaming
        it, so while we hold it no temporary file can belong to a write still in progress.
        """
        key = str(folder)
        if key in self._swept:
            return
        self._swept.add(key)
        try:
            with os.scandir(folder) as it:
                stale = [e.path for e in it if TEMP_FILE.match(e.name) and e.is_file(follow_symlinks=False)]
        except FileNotFoundError:
            return
        for path in stale:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)

    # -- claims ------------------------------------------------------------------------------

    def find_claim(self, claim_id: str) -> Path:
        check_name(claim_id, "claim id", MAX_CLAIM_ID)
        name = f"{claim_id}.json"
        # Ids are "<doc_id>-<8 hex>" by convention: try that folder before searching them all.
        # Whatever is at the path counts (lexists): reading it says what is wrong with it.
        guess = self.claims_dir / claim_id.rsplit("-", 1)[0] / name
        if "-" in claim_id and os.path.lexists(guess):
            return guess
        listing = Listing()
        if self._top_folder(self.claims_dir, listing):
            for entry in sorted(self._entries(str(self.claims_dir), listing), key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False) and os.path.lexists(os.path.join(entry.path, name)):
                    return Path(entry.path) / name
        if listing.problems:
            raise listing.problems[0]
        raise NotFound(f"no claim {claim_id!r} under {CLAIMS}/")

    def read_claim(self, claim_id: str) -> Claim:
        return self.read_claim_file(self.find_claim(claim_id))

    def read_claim_file(self, path: str | Path) -> Claim:
        """The claim stored at ``path``; RecordUnreadable if it cannot be read as one."""
        path = Path(path)
        try:
            raw = self._read_path(path)
        except FileNotFoundError:
            raise NotFound(f"no claim file {self.relative(path)}") from None
        return self._parse(Claim, raw, path, "claim")

    def read_claim_data(self, path: str | Path) -> dict:
        """The claim at ``path`` as plain JSON data, parsed fast and not validated (for
        publishing, which follows validation); RecordUnreadable if it is not a claim object."""
        from pydantic_core import from_json  # Rust JSON parser: a third faster than json.loads

        try:
            data = from_json(self.read_bytes(path))
        except ValueError as exc:
            raise RecordUnreadable(self.relative(path), f"not valid JSON ({exc})", "CK002") from None
        if not isinstance(data, dict) or not data.keys() >= _CLAIM_KEYS:
            raise RecordUnreadable(self.relative(path), "not a claim record (fields are missing)", "CK003")
        return data

    def iter_claims(self, doc_id: str | None = None, *, problems: list[RecordUnreadable] | None = None) -> Iterator[Claim]:
        """Every claim that can be read (of one document, or all), in path order.

        A record that cannot be read is skipped and handed back in ``problems`` (default:
        ``self.skipped``, which the command line prints as warnings), never raised: one bad
        file must not hide every other claim.
        """
        sink = self.skipped if problems is None else problems
        listing = self.scan(doc_id, sources=False)
        sink += listing.problems
        for path in listing.claims:
            try:
                raw = self.read_bytes(path)
                yield self._parse(Claim, raw, path, "claim")
            except RecordUnreadable as exc:
                sink.append(exc)
            except FileNotFoundError:
                continue  # deleted since the listing: it is no longer a claim

    def check_claim(self, claim: Claim, source: Source | None = None) -> list:
        path = self.claim_path(claim.doc_id, claim.id)
        if source is None:
            source = self.load_source(claim.doc_id)
        return check_claim(claim, source, self.relative(path))

    def check_place(self, path: str | Path, expected: Path, record: str) -> None:
        """Refuse (RecordMisplaced) to rewrite a record read from ``path`` unless ``path`` is
        where its ids say it belongs: writing it there would leave a second copy behind."""
        if Path(path).resolve() != expected.resolve():
            raise RecordMisplaced(
                f"{self.relative(path)}: the record is in the wrong place: {record} belongs in "
                f"{self.relative(expected)}; move the file there (git mv) and run `claimkit validate`; nothing was written"
            )

    def write_claim(
        self,
        claim: Claim,
        *,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
        source: Source | None = None,
        read_from: str | Path | None = None,
    ) -> Path:
        """Validate and atomically write one claim.

        With ``expect_revision`` (or the older ``expect_modified``), refuse (StaleRecord) unless
        the stored record still has that revision (``modified`` time): the caller's copy is then
        known to be current. ``read_from`` is the file the caller read the claim from; the write
        is refused unless that is the claim's own path.
        """
        path = self.claim_path(claim.doc_id, claim.id)
        if read_from is not None:
            self.check_place(read_from, path, f"claim {claim.id} of document {claim.doc_id}")
        findings = self.check_claim(claim, source)
        if findings:
            raise RecordInvalid(findings)
        data = canonical_json(claim).encode("utf-8")
        with self.lock():
            if expect_modified is not None or expect_revision is not None:
                try:
                    current: Claim | None = self.read_claim_file(path)
                except NotFound:
                    current = None
                self._check_current(claim.id, current, expect_modified, expect_revision)
            self._write(path, data)
        return path

    def write_claims(self, claims: list[Claim], *, source: Source | None = None) -> list[Path]:
        """Validate several claims, then write them together (atomic_write_many): new records,
        written without a revision check, as extract creates a document's claims.

        Every claim is checked before any is written: one invalid record refuses them all
        (RecordInvalid with the findings of each), and nothing is written.
        """
        items: list[tuple[Path, bytes]] = []
        findings: list = []
        for claim in claims:
            findings += self.check_claim(claim, source)
            items.append((self.claim_path(claim.doc_id, claim.id), canonical_json(claim).encode("utf-8")))
        if findings:
            raise RecordInvalid(findings)
        with self.lock():
            self._write_many(items)
        return [path for path, _ in items]

    def _write_many(self, items: list[tuple[Path, bytes]]) -> None:
        """Write files of the repository (atomic_write_many); the caller holds the lock."""
        assert self._lock.held, "the store writes only under its lock"
        first_in: dict[Path, Path] = {}
        for path, _ in items:
            first_in.setdefault(path.parent, path)
        for path in first_in.values():
            try:
                self._check_folders(path)
            except FileNotFoundError:
                pass  # folders are made by the write
            except RecordUnreadable as exc:
                raise WriteFailed(f"cannot write {self.relative(path)}: {exc.path} is {exc.reason}; nothing was changed") from None
        replaced: list[Path] = []
        try:
            for folder in first_in:
                self._sweep(folder)
            atomic_write_many(items, replaced)
        except OSError as exc:
            first = self.relative(items[len(replaced)][0])
            done = f"{len(replaced)} of {len(items)} files were replaced, each whole, the others left as they were" \
                if replaced else "nothing was changed"
            raise WriteFailed(f"cannot write {first}: {_reason(exc)}; {done}") from None

    @staticmethod
    def _check_current(
        claim_id: str, current: Claim | None, expect_modified: str | None, expect_revision: str | None
    ) -> None:
        """Raise StaleRecord unless ``current`` is the record the caller loaded. Called under the lock."""
        if current is None:
            raise StaleRecord(f"claim {claim_id} was deleted since you loaded it; nothing was written")
        if expect_revision is not None:
            revision = revision_of(current)
            if revision != expect_revision:
                raise StaleRecord(
                    f"claim {claim_id} was changed since you loaded it (revision {revision}, you loaded "
                    f"{expect_revision}); reload it (claimkit review show {claim_id}) and apply your change again"
                )
        # The older check compares whole seconds: it cannot see a change made within the second.
        if expect_modified is not None and current.modified != expect_modified:
            raise StaleRecord(
                f"claim {claim_id} was changed (modified {current.modified}) since you loaded it "
                f"(modified {expect_modified}); reload it and apply your change again"
            )

    def update_claim(
        self,
        claim_id: str,
        change: Callable[[Claim], Claim],
        *,
        expect_modified: str | None = None,
        expect_revision: str | None = None,
    ) -> Claim:
        """Read, change and write one claim under the lock, so concurrent updates serialize.

        With ``expect_revision`` (see :func:`revision_of`), the change is refused (StaleRecord)
        if the stored record changed since the caller loaded it, instead of silently overwriting
        the other change; ``expect_modified`` is the older whole-second form of that check. The
        claim is written back to the file it was read from, or refused if that file is not at
        ``claims/<doc_id>/<id>.json``.
        """
        if expect_revision is not None:
            check_revision(expect_revision)
        with self.lock():
            path = self.find_claim(claim_id)
            current = self.read_claim_file(path)
            self.check_place(path, self.claim_path(current.doc_id, current.id),
                             f"claim {current.id} of document {current.doc_id}")
            self._check_current(claim_id, current, expect_modified, expect_revision)
            updated = change(current)
            if updated.id != current.id or updated.doc_id != current.doc_id:
                raise ValueError("an update may not change a claim's id or doc_id")
            self.write_claim(updated, read_from=path)
            return updated


