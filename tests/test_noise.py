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
