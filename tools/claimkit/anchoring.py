"""Offsets into a source text: how a claim is anchored to it, and whether two ranges meet.

Neutral helpers used by the rules, the extractor, the noise detector, the review and the page;
they need nothing of claimkit but the models' limits, so any module can use them.
"""

from __future__ import annotations

from .models import QUOTE_CONTEXT


def quote_for(text: str, start: int, end: int) -> dict[str, str]:
    """The TextQuoteSelector of ``text[start:end]``."""
    return {
        "prefix": text[max(0, start - QUOTE_CONTEXT) : start],
        "exact": text[start:end],
        "suffix": text[end : end + QUOTE_CONTEXT],
    }


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether the half-open ranges ``start..end`` and ``other_start..other_end`` share a character."""
    return start < other_end and other_start < end
