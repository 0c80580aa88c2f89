"""The store: the only code that reads or writes ``sources/`` and ``claims/``.

Records are written in canonical form (2-space indent, model key order, trailing newline), only
after they validate, atomically (temporary file in the same folder, fsync, rename) and under one
repository-wide lock, so parallel processes never lose an update or leave a partial file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import NotFound, RecordInvalid, RecordMisplaced, StaleRecord, UnsafeName, UsageError
from .models import NAME_PATTERN, Claim, Document, is_name
from .rules import Source, check_claim, check_document

SOURCES = "sources"
CLAIMS = "claims"
LOCK_FILE = ".claimkit/lock"
MAX_DOC_ID = 64
MAX_CLAIM_ID = 100
REVISION_LENGTH = 16


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
    """Replace ``path`` with ``data`` so that readers see the old file or the new, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable.
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


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

    def __enter__(self) -> None:
        self._mutex.acquire()
        if self._depth == 0:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
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

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            _unlock_fd(self._fd)
            os.close(self._fd)
            self._fd = None
        self._mutex.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
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

    # -- paths -------------------------------------------------------------------------------

    def text_path(self, doc_id: str) -> Path:
        return self.sources_dir / f"{check_name(doc_id, 'doc_id', MAX_DOC_ID)}.txt"

    def document_path(self, doc_id: str) -> Path:
        return self.sources_dir / f"{check_name(doc_id, 'doc_id', MAX_DOC_ID)}.json"

    def claim_path(self, doc_id: str, claim_id: str) -> Path:
        doc_id = check_name(doc_id, "doc_id", MAX_DOC_ID)
        return self.claims_dir / doc_id / f"{check_name(claim_id, 'claim id', MAX_CLAIM_ID)}.json"

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

    # -- listing and raw reads (the validator parses these itself) ---------------------------

    def document_files(self) -> list[Path]:
        if not self.sources_dir.is_dir():
            return []
        return sorted(p for p in self.sources_dir.glob("*.json") if not p.name.startswith("."))

    def claim_files(self, doc_id: str | None = None) -> list[Path]:
        return [Path(p) for p in self.claim_paths(doc_id)]

    def claim_paths(self, doc_id: str | None = None) -> list[str]:
        """The claim files as sorted strings: for 100,000 files, Path objects cost seconds."""
        base = self.claims_dir if doc_id is None else self.claims_dir / check_name(doc_id, "doc_id", MAX_DOC_ID)
        if not base.is_dir():
            return []
        found = []
        for folder, dirs, names in os.walk(base):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found += [os.path.join(folder, n) for n in names if n.endswith(".json") and not n.startswith(".")]
        found.sort()
        return found

    def doc_ids(self) -> list[str]:
        return [p.stem for p in self.document_files()]

    @staticmethod
    def read_bytes(path: str | Path) -> bytes:
        with open(path, "rb") as handle:
            return handle.read()

    # -- sources -----------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.document_path(doc_id).is_file()

    def read_document(self, doc_id: str) -> Document:
        path = self.document_path(doc_id)
        try:
            return Document.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            raise NotFound(f"no document {doc_id!r}: {self.relative(path)} does not exist") from None

    def read_text(self, doc_id: str) -> str:
        path = self.text_path(doc_id)
        try:
            return path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            raise NotFound(f"no source text for {doc_id!r}: {self.relative(path)} does not exist") from None

    def read_text_bytes(self, doc_id: str) -> bytes | None:
        try:
            return self.text_path(doc_id).read_bytes()
        except FileNotFoundError:
            return None

    def load_source(self, doc_id: str) -> Source:
        """The text and noise regions the claim rules check against."""
        try:
            text = self.read_text(doc_id)
        except (NotFound, UnicodeDecodeError):
            return Source(text=None)
        try:
            regions = [(r.start, r.end, r.kind) for r in self.read_document(doc_id).regions]
        except (NotFound, ValueError):
            regions = []
        return Source(text=text, regions=regions)

    def write_source(self, document: Document, text: str) -> None:
        """Store a source text and its metadata, after checking one against the other."""
        raw = text.encode("utf-8")
        path = self.document_path(document.doc_id)
        findings = check_document(document, text, raw, self.relative(path))
        if findings:
            raise RecordInvalid(findings)
        with self.lock():
            atomic_write(self.text_path(document.doc_id), raw)
            atomic_write(path, canonical_json(document).encode("utf-8"))

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
            atomic_write(path, canonical_json(document).encode("utf-8"))

    # -- claims ------------------------------------------------------------------------------

    def find_claim(self, claim_id: str) -> Path:
        check_name(claim_id, "claim id", MAX_CLAIM_ID)
        # Ids are "<doc_id>-<8 hex>" by convention: try that folder before searching them all.
        guess = self.claims_dir / claim_id.rsplit("-", 1)[0] / f"{claim_id}.json"
        if "-" in claim_id and guess.is_file():
            return guess
        hits = sorted(self.claims_dir.glob(f"*/{claim_id}.json")) if self.claims_dir.is_dir() else []
        if not hits:
            raise NotFound(f"no claim {claim_id!r} under {CLAIMS}/")
        return hits[0]

    def read_claim(self, claim_id: str) -> Claim:
        return Claim.model_validate_json(self.find_claim(claim_id).read_bytes())

    def iter_claims(self, doc_id: str | None = None) -> Iterator[Claim]:
        for path in self.claim_files(doc_id):
            yield Claim.model_validate_json(path.read_bytes())

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
                current = Claim.model_validate_json(path.read_bytes()) if path.exists() else None
                self._check_current(claim.id, current, expect_modified, expect_revision)
            atomic_write(path, data)
        return path

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
            current = Claim.model_validate_json(path.read_bytes())
            self.check_place(path, self.claim_path(current.doc_id, current.id),
                             f"claim {current.id} of document {current.doc_id}")
            self._check_current(claim_id, current, expect_modified, expect_revision)
            updated = change(current)
            if updated.id != current.id or updated.doc_id != current.doc_id:
                raise ValueError("an update may not change a claim's id or doc_id")
            self.write_claim(updated, read_from=path)
            return updated


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
