from __future__ import annotations

from claimkit.noise import find_regions, mask

ARTICLE = """A Short History of the Harbour
The harbour was dredged in 1921.[3] It is **deep** today.
Contents
- Early years
- The dredging
Early years
Fishing boats used the harbour from the twelfth century onward, and the town grew around it.
- Ten best beaches near you
- Celebrity chef opens café
What do you think? Share your thoughts in the comments below.
Harbour town votes on new pier
Harbour town votes on new pier
"""


def kinds(text):
    return [(r.kind, text[r.start:r.end]) for r in find_regions(text)]


def test_every_kind_of_noise_is_found():
    found = kinds(ARTICLE)
    assert ("heading", "A Short History of the Harbour") in found
    assert ("citation-marker", "[3]") in found
    assert [k for k, t in found if t == "**"] == ["markup", "markup"]
    assert ("table-of-contents", "Contents\n- Early years\n- The dredging") in found
    assert ("heading", "Early years") in found
    assert ("related-links", "- Ten best beaches near you\n- Celebrity chef opens café") in found
    assert ("call-to-action", "What do you think? Share your thoughts in the comments below.") in found
    assert ("repeated-headline", "Harbour town votes on new pier\nHarbour town votes on new pier") in found


def test_prose_is_not_noise():
    text = "The harbour was dredged in 1921.\nFishing boats used it for centuries, and the town grew around it.\n"
    assert find_regions(text) == []


def test_regions_are_sorted_and_disjoint():
    regions = find_regions(ARTICLE)
    for a, b in zip(regions, regions[1:]):
        assert a.end <= b.start


def test_mask_keeps_length_and_newlines():
    masked = mask(ARTICLE, find_regions(ARTICLE))
    assert len(masked) == len(ARTICLE)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(ARTICLE) if c == "\n"]
    assert "[3]" not in masked and "**" not in masked
    assert "dredged in 1921." in masked


def test_table_of_contents_titles_are_found_however_padded():
    for title in ("Contents", "  Table of Contents:  ", "in this article", "Contents :"):
        text = f"{title}\n- Early years\n- Later years\n"
        assert kinds(text)[0] == ("table-of-contents", text.strip()), title


def test_a_long_line_of_blanks_after_a_title_word_takes_linear_time():
    import time

    # The title pattern once had a blank run on either side of an optional colon: it backtracked
    # quadratically, about 26 s on this line (2 s at a fifth of it); now a few milliseconds.
    text = "Contents" + " " * 100_000 + "x\nThe harbour was dredged in 1921.\n"
    started = time.perf_counter()
    regions = find_regions(text)
    assert time.perf_counter() - started < 2.0
    assert "table-of-contents" not in [r.kind for r in regions]


def test_region_index_agrees_with_a_scan():
    import random

    from claimkit.noise import Region, RegionIndex, overlaps

    rng = random.Random(7)
    regions, pos = [], 0
    for _ in range(200):
        pos += rng.randint(0, 5)
        end = pos + rng.randint(1, 6)
        regions.append(Region(pos, end, "citation-marker"))
        pos = end
    index = RegionIndex(regions)
    for _ in range(3000):
        a = rng.randint(0, pos + 5)
        b = a + rng.randint(1, 8)
        assert index.overlapping(a, b) == overlaps(regions, a, b), (a, b)
        inside = next((r for r in regions if r.start <= a and b <= r.end), None)
        assert index.containing(a, b) == inside, (a, b)
