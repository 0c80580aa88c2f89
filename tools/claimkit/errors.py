"""The exceptions the library raises; the CLI turns each into one `Error: …` line."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import Finding


class ClaimkitError(Exception):
    """Base of every error claimkit raises on purpose."""


class UsageError(ClaimkitError):
    """The command was asked for something it cannot do as asked."""


class UnsafeName(UsageError):
    """A doc_id or claim id that could not be used safely as a file name."""


class NotFound(ClaimkitError):
    """A document or claim that does not exist."""


class SourceConflict(ClaimkitError):
    """A different text already stored under the same doc_id."""


class StaleRecord(ClaimkitError):
    """The record changed on disk since the caller read it."""


class RecordMisplaced(ClaimkitError):
    """A record stored at a path other than the one its ids name; writing it would copy it."""
class RecordUnreadable(ClaimkitError):
    """A stored file that cannot be read as what it should be: a link, not a regular file, too
    large, unreadable, or not a record that parses and validates.

    Every read of the store raises this one type, so a caller handles one bad record without
    knowing why it is bad; ``code`` is the rule `claimkit validate` reports it under.
    """

    def __init__(self, path: str, reason: str, code: str) -> None:
        self.path = path
        self.reason = reason
        self.code = code
        super().__init__(f"{path}: {reason}; run `claimkit validate {path}`")


class WriteFailed(ClaimkitError):
    """The operating system refused a write (a read-only repository, a full disk, a file where
    a folder must be); nothing was changed."""


class ProposalInvalid(ClaimkitError):
    """A claim the detector proposed that does not make a valid record: a fault of the detector,
    found before anything of the document was written."""


class RecordInvalid(ClaimkitError):
    """A record that fails validation; nothing was written."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        lines = [f"{f} (fix: {f.fix})" for f in findings]
        super().__init__("the record does not validate, nothing was written:\n  " + "\n  ".join(lines))
