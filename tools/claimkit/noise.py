"""Noise in plain-text articles: the spans that are page furniture, not article content.

Scraped articles carry headings, a table of contents, lists of related links, headlines
repeated at the foot of the page, a call to comment, Wikipedia citation markers (``[8]``) and
markdown emphasis (``**``). ``find_regions`` finds them from the text alone; ``mask`` blanks
them with spaces of equal length, so a pipeline reads clean prose while every offset still
points into the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Inline markers. A citation marker is a bracketed number, letter or editorial note.
CITATION_RE = re.compile(r"\[(?:\d{1,4}|[a-z]|note \d+|citation needed|clarification needed)\]")
MARKUP_RE = re.compile(r"\*\*|__")
LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+\S")
# Matched against a stripped line: two blank runs around an optional colon (``\s*:?\s*$``)
# backtrack quadratically over a long line of spaces.
TOC_TITLE_RE = re.compile(r"(?:table of contents|contents|in this article|jump to|on this page)\s*:?", re.I)
# Phrases that invite the reader to act rather than state anything about the world.
CALL_TO_ACTION_RE = re.compile(
    r"\b(?:in the comments|comment below|leave a comment|share your (?:thoughts|insights|views|opinion)"
    r"|let us know|subscribe to|sign up|follow us|click here|read more|what are your thoughts"
    r"|share this (?:article|story)|join the (?:conversation|discussion)|consider exploring)\b",
    re.I,
)
SENTENCE_END = (".", "!", "?", "”", '"', "'", "’", ":", ";", ")")
HEADING_MAX_WORDS = 14
LINK_MAX_WORDS = 12
QUESTION_HEADING_MAX_WORDS = 8


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # end of the visible text, the newline excluded
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def words(self) -> int:
        return len(self.stripped.split())


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _trim(line: _Line) -> tuple[int, int]:
    """The line's range without surrounding blanks."""
    lead = len(line.text) - len(line.text.lstrip())
    trail = len(line.text) - len(line.text.rstrip())
    return line.start + lead, line.end - trail


def _key(line: _Line) -> str:
    return " ".join(MARKUP_RE.sub("", line.stripped).lower().split())


def _is_heading(line: _Line, following: _Line | None) -> bool:
    s = MARKUP_RE.sub("", line.stripped)
    if not s or line.words > HEADING_MAX_WORDS:
        return False
    if s.startswith("#"):
        return True
    if s.endswith("?"):
        # A short question standing alone before a paragraph titles that paragraph.
        return line.words <= QUESTION_HEADING_MAX_WORDS and following is not None and following.words > line.words * 3
    return not s.endswith(SENTENCE_END)


def find_regions(text: str) -> list[Region]:
    """Every noise region of ``text``, sorted, not overlapping."""
    lines = _lines(text)
    content = [ln for ln in lines if ln.stripped]
    counts: dict[str, int] = {}
    for ln in content:
        counts[_key(ln)] = counts.get(_key(ln), 0) + 1

    kinds: dict[int, str] = {}  # index into ``content`` -> kind of the whole line
    heading_keys = {_key(ln) for i, ln in enumerate(content)
                    if not LIST_ITEM_RE.match(ln.text) and _is_heading(ln, content[i + 1] if i + 1 < len(content) else None)}

    i = 0
    while i < len(content):
        ln = content[i]
        if TOC_TITLE_RE.fullmatch(ln.stripped):
            kinds[i] = "table-of-contents"
            j = i + 1
            while j < len(content) and LIST_ITEM_RE.match(content[j].text):
                kinds[j] = "table-of-contents"
                j += 1
            i = j
            continue
        if LIST_ITEM_RE.match(ln.text):
            j = i
            while j < len(content) and LIST_ITEM_RE.match(content[j].text):
                j += 1
            items = content[i:j]
            labels = [re.sub(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+", "", it.text).strip() for it in items]
            # Items that repeat the article's own headings are a table of contents; short
            # unpunctuated items elsewhere are a list of links to other pages.
            in_toc = sum(" ".join(lab.lower().split()) in heading_keys for lab in labels)
            if in_toc * 2 > len(items):
                kind = "table-of-contents"
            elif all(len(lab.split()) <= LINK_MAX_WORDS and not lab.endswith(SENTENCE_END) for lab in labels):
                kind = "related-links"
            else:
                kind = None
            if kind:
                for k in range(i, j):
                    kinds[k] = kind
            i = j
            continue
        following = content[i + 1] if i + 1 < len(content) else None
        if counts[_key(ln)] > 1 and ln.words <= 2 * HEADING_MAX_WORDS and i > 0:
            kinds[i] = "repeated-headline"
        elif CALL_TO_ACTION_RE.search(ln.text) and re.search(r"\byour?\b", ln.text, re.I):
            kinds[i] = "call-to-action"
        elif _is_heading(ln, following):
            kinds[i] = "heading"
        i += 1

    regions: list[Region] = []
    for idx, ln in enumerate(content):
        kind = kinds.get(idx)
        if kind is not None:
            start, end = _trim(ln)
            # Adjacent lines of the same block (a whole list) make one region.
            if regions and regions[-1].kind == kind and kind != "heading" and text[regions[-1].end:start].strip() == "":
                regions[-1] = Region(regions[-1].start, end, kind)
            else:
                regions.append(Region(start, end, kind))
            continue
        for m in CITATION_RE.finditer(ln.text):
            regions.append(Region(ln.start + m.start(), ln.start + m.end(), "citation-marker"))
        for m in MARKUP_RE.finditer(ln.text):
            regions.append(Region(ln.start + m.start(), ln.start + m.end(), "markup"))
    regions.sort(key=lambda r: (r.start, r.end))
    return regions


def mask(text: str, regions: list[Region]) -> str:
    """``text`` with every region blanked by spaces; newlines and all offsets are kept."""
    chars = list(text)
    for region in regions:
        for k in range(region.start, region.end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def overlaps(regions: list[Region], start: int, end: int) -> Region | None:
    for region in regions:
        if region.start < end and start < region.end:
            return region
    return None


class RegionIndex:
    """Overlap look-ups in sorted, disjoint regions (what ``find_regions`` returns) by bisection:
    a long document has thousands of regions and thousands of spans to test against them."""

    def __init__(self, regions: list) -> None:
        self.regions = list(regions)
        self.starts = [r.start for r in self.regions]

    def overlapping(self, start: int, end: int):
        """The region overlapping ``start..end``, or None."""
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.regions[i - 1].end > start and self.regions[i - 1].start < end:
            return self.regions[i - 1]
        if i < len(self.regions) and self.regions[i].start < end:
            return self.regions[i]
        return None

    def containing(self, start: int, end: int):
        """The region that holds all of ``start..end``, or None."""
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.regions[i - 1].start <= start and end <= self.regions[i - 1].end:
            return self.regions[i - 1]
        return None
