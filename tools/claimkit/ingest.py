"""Ingest: store an article as ``sources/<doc_id>.txt`` plus its metadata."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .digests import sha256_hex
from .errors import RecordUnreadable, SourceConflict, UsageError
from .html import PageMetadata
from .models import (
    LANGUAGE_PATTERN,
    MAX_DOC_ID,
    PARTIAL_DAY_PATTERN,
    SCHEMA_VERSION,
    TIME_PATTERN,
    URL_PATTERN,
    Document,
    control_character,
    format_time,
    parse_time,
    real_partial_day,
)
from .rules import future_limit
from .store import Store, check_name

DEFAULT_RIGHTS = "unknown"
MAX_URL = 2048


def _whole(pattern: str) -> re.Pattern[str]:
    # The models' patterns are written for JSON Schema ("^…$"); Python's "$" would also accept
    # a trailing newline, so options are checked with fullmatch on the pattern's body.
    return re.compile(pattern.removeprefix("^").removesuffix("$"))


_URL = _whole(URL_PATTERN)
_LANGUAGE = _whole(LANGUAGE_PATTERN)
_TIME = _whole(TIME_PATTERN)


def check_options(
    *, title: str | None, url: str | None, language: str, rights: str | None, retrieved: str | None,
    now: datetime | None = None,
) -> None:
    """Refuse a bad ingest option with one UsageError that names it and its rule."""
    for option, value in (("--title", title), ("--rights", rights)):
        if value is None:
            continue
        if not value.strip():
            what = "the article's title (or leave --title out to use its first line)" if option == "--title" else (
                "the licence or rights status of the text, e.g. CC-BY-4.0 (or 'unknown' if nobody knows)")
            raise UsageError(f"{option} must not be blank: give {what}")
        problem = control_character(value)
        if problem:
            raise UsageError(f"{option} {value!r}: {problem}")
    if url is not None and (len(url) > MAX_URL or not _URL.fullmatch(url)):
        raise UsageError(f"--url {url!r}: must be an http:// or https:// address of at most {MAX_URL} characters, "
                         "with no spaces or control characters")
    if not _LANGUAGE.fullmatch(language):
        raise UsageError(f"--language {language!r}: must be a BCP 47 tag such as en or en-GB "
                         "(a lowercase language code of 2 or 3 letters, then optional -subtags)")
    if retrieved is not None:
        if not _TIME.fullmatch(retrieved):
            raise UsageError(f"--retrieved {retrieved!r}: must be an RFC 3339 UTC time such as 2026-11-26T09:00:00Z")
        try:
            parse_time(retrieved)
        except ValueError as exc:
            raise UsageError(f"--retrieved {retrieved!r}: not a real time ({exc})") from None
        limit = future_limit(now)
        if parse_time(retrieved) > parse_time(limit):
            raise UsageError(f"--retrieved {retrieved!r} is in the future (the clock allows up to {limit}) [CK107 time-in-future]")


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` newlines, no byte-order mark: the form every offset refers to."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def default_title(text: str) -> str:
    """The first non-empty line, without control characters (a title is one printable line)."""
    for line in text.splitlines():
        line = "".join(ch for ch in line if control_character(ch) is None).strip()
        if line:
            return line[:200].strip()
    raise UsageError("the text has no printable line to use as its title; pass --title")


@dataclass
class IngestResult:
    document: Document
    action: str  # "created", "replaced", "updated" (metadata only) or "unchanged"
    # How the file was read: "text", or for a page e.g. "HTML (by its .html extension), article
    # text by trafilatura".
    read_as: str = "text"


def check_published(value: str, flag: str = "--published") -> str:
    """A publication date as YYYY-MM-DD, YYYY-MM or YYYY that names a real day or month."""
    try:
        if re.fullmatch(PARTIAL_DAY_PATTERN.strip("^$"), value):
            return real_partial_day(value)
    except ValueError:
        pass
    raise UsageError(f"{flag} {value!r} is not a date: give YYYY-MM-DD, or YYYY-MM or YYYY when only that is known")


def check_author(value: str, flag: str = "--author") -> str:
    if not value.strip() or control_character(value) or len(value) > 500:
        raise UsageError(f"{flag} must be one non-empty line of at most 500 characters, without control characters")
    return value


def read_source(raw: bytes, path: str | Path, *, whole_page: bool = False) -> tuple[str, PageMetadata, str]:
    """The normalized text of a file, what an HTML page says about itself, and how it was read.

    ``.html``/``.htm`` files are pages; ``.txt`` files are always plain text; any other file is
    a page if its first bytes look like one (a doctype, ``<html>``, ``<head>`` or ``<body>``).
    """
    from . import html

    suffix = Path(path).suffix.lower()
    if html.is_html_path(path):
        reason = f"by its {suffix} extension"
    elif suffix != ".txt" and html.looks_like_html(raw):
        reason = "by its content"
    else:
        if whole_page:
            raise UsageError(f"--whole-page reads HTML pages, but {path} is read as plain text (name it .html)")
        try:
            plain = normalize_text(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise UsageError(f"{path} is not UTF-8 (byte {exc.start}); convert it first") from None
        return plain, PageMetadata(), "text"
    page = html.decode_page(raw, str(path))
    meta = html.page_metadata(html.parse(page.html, str(path)))
    root = html.parse(page.html, str(path))  # trafilatura prunes the tree it is given: parse anew
    text: str | None
    if whole_page:
        text, how = html.whole_page_text(root), "whole-page text"
    else:
        text, how = html.article_text(root), "article text by trafilatura"
        if text is None and html.whole_page_text(html.parse(page.html, str(path))):
            raise UsageError(f"trafilatura found no article text in {path}; --whole-page keeps all the page's text")
    text = normalize_text(text or "")
    if not text.strip():
        if html.hidden_text(html.parse(page.html, str(path))):
            raise UsageError(f"{path} has no visible text: all of it is in elements the page hides with an inline "
                             "style or the hidden attribute (a script may show them in a browser); save the page "
                             "as shown, or its text, and ingest that")
        raise UsageError(f"{path} has no visible text; there is nothing to ingest")
    return (text if text.endswith("\n") else text + "\n"), meta, f"HTML ({page.encoding}, {reason}), {how}"


def ingest(
    store: Store,
    path: str | Path,
    doc_id: str,
    *,
    title: str | None = None,
    url: str | None = None,
    author: str | None = None,
    published: str | None = None,
    language: str = "en",
    rights: str | None = None,
    retrieved: str | None = None,
    whole_page: bool = False,
    force: bool = False,
    now: datetime | None = None,
) -> IngestResult:
    """Store the article (text or HTML page) at ``path`` under ``doc_id``; see ``claimkit ingest --help``.

    For a page, what it says (title, author, date, canonical URL) fills what the options leave
    out; the options win.
    """
    check_name(doc_id, "--doc-id", MAX_DOC_ID)
    check_options(title=title, url=url, language=language, rights=rights, retrieved=retrieved, now=now)
    if published is not None:
        check_published(published)
    if author is not None:
        check_author(author)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    text, page, read_as = read_source(raw, path, whole_page=whole_page)
    if not text.strip():
        raise UsageError(f"{path} is empty; there is nothing to ingest")
    return _store_text(store, text, doc_id, page, read_as, title=title, url=url, author=author, published=published,
                       language=language, rights=rights, retrieved=retrieved, force=force, now=now)


def ingest_text(
    store: Store,
    text: str,
    doc_id: str,
    *,
    title: str | None = None,
    url: str | None = None,
    author: str | None = None,
    published: str | None = None,
    language: str = "en",
    rights: str | None = None,
    retrieved: str | None = None,
    force: bool = False,
    now: datetime | None = None,
    read_as: str = "text",
) -> IngestResult:
    """Store ``text`` (already normalized, as ``normalize_text`` gives it) under ``doc_id``, as ingest
    stores a text file; for texts that come from elsewhere than a file (a corpus)."""
    check_name(doc_id, "--doc-id", MAX_DOC_ID)
    check_options(title=title, url=url, language=language, rights=rights, retrieved=retrieved, now=now)
    if published is not None:
        check_published(published)
    if author is not None:
        check_author(author)
    if text != normalize_text(text):
        raise UsageError(f"the text for {doc_id} is not normalized (NFC, \\n newlines); nothing was stored")
    if not text.strip():
        raise UsageError(f"the text for {doc_id} is empty; there is nothing to ingest")
    return _store_text(store, text, doc_id, PageMetadata(), read_as, title=title, url=url, author=author,
                       published=published, language=language, rights=rights, retrieved=retrieved, force=force, now=now)


def _store_text(store: Store, text: str, doc_id: str, page: PageMetadata, read_as: str, *, title: str | None,
                url: str | None, author: str | None, published: str | None, language: str, rights: str | None,
                retrieved: str | None, force: bool, now: datetime | None) -> IngestResult:
    with store.lock():
        existing = _existing_document(store, doc_id)
        old_raw = store.read_text_bytes(doc_id)
        same_text = old_raw == text.encode("utf-8")
        if not force and old_raw is not None and not same_text:
            if existing is None:
                raise SourceConflict(
                    f"sources/{doc_id}.txt already exists (with no sources/{doc_id}.json beside it) and holds a "
                    "different text; pass --force to replace it, or move that file away"
                )
            raise SourceConflict(
                f"sources/{doc_id}.txt already holds a different text; pass --force to replace it "
                f"(its claims are then re-anchored by the next `claimkit extract`)"
            )
        if not force and existing is not None and old_raw is None:
            raise SourceConflict(
                f"sources/{doc_id}.json describes a text but sources/{doc_id}.txt is missing; pass --force "
                "to store this text in its place"
            )
        stamp = retrieved or (existing.retrieved if existing is not None and same_text else None)
        if stamp is None:
            stamp = format_time(now or datetime.now(UTC))
        document = Document(
            schema_version=SCHEMA_VERSION,
            doc_id=doc_id,
            title=title or page.title or (existing.title if existing is not None else default_title(text)),
            url=url if url is not None else (page.url or (existing.url if existing is not None else None)),
            author=author if author is not None else (page.author or (existing.author if existing is not None else None)),
            published=published if published is not None else (page.published or (existing.published if existing is not None else None)),
            language=language,
            sha256=sha256_hex(text.encode("utf-8")),
            length=len(text),
            retrieved=stamp,
            rights=rights if rights is not None else (existing.rights if existing is not None else DEFAULT_RIGHTS),
            # Regions describe offsets of the old text; a replaced text gets them anew from extract.
            regions=existing.regions if existing is not None and same_text else [],
        )
        if existing is not None and same_text:
            if document == existing:
                return IngestResult(document, "unchanged", read_as)
            store.write_document(document)
            return IngestResult(document, "updated", read_as)
        store.write_source(document, text)
        return IngestResult(document, "replaced" if existing is not None else "created", read_as)


def _existing_document(store: Store, doc_id: str) -> Document | None:
    """The stored metadata of ``doc_id``, None if there is none; refuse metadata that does not parse."""
    if not store.has_document(doc_id):
        return None
    try:
        return store.read_document(doc_id)
    except RecordUnreadable as exc:
        why = exc.reason
    rel = f"sources/{doc_id}.json"
    raise UsageError(
        f"{rel}: not a valid document record ({why}); repair it or delete it, then ingest again "
        f"(`claimkit validate {rel}` shows every problem); nothing was written"
    )
