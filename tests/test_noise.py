from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from claimkit import noise
from claimkit.noise import find_regions, mask
from hypothesis import example, given
from hypothesis import strategies as st

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
    # Not vacuous: a citation marker in the same prose is found.
    assert kinds(text.replace("dredged", "dredged[4]")) == [("citation-marker", "[4]")]


def test_a_letter_put_into_a_quotation_is_no_note_marker():
    text = ('The harbour master said the dredging "will give [a] deeper channel to the fleet" by May.\n'
            "The mayor said the new pier \u201cgive[s] the ferry a safe berth\u201d in winter.\n")
    assert find_regions(text) == []
    # Not vacuous: the same letter after the quotation closes, or outside any quotation, marks a note.
    control = ('The harbour master said the dredging "will give a deeper channel to the fleet"[a] by May.\n'
               "The pier was rebuilt in 1921.[b] It is the longest on the coast.\n")
    assert kinds(control) == [("citation-marker", "[a]"), ("citation-marker", "[b]")]


def test_a_pointer_to_another_page_in_the_prose_is_a_link_and_the_prose_around_it_stays():
    text = ("The researchers tallied the totals again (See the world's top 10 environmental disasters.) and "
            "found more oil.\nZhang (see \u201c50 Smartest Companies: Third Rock Ventures\u201d) raised $43 million. "
            "(Watch TIME's video \"Oil Spill Anxiety on the Bayou.\")\nThe pier opens in May (Read more: Harbour town votes on new pier).\n")
    assert kinds(text) == [("related-links", "(See the world's top 10 environmental disasters.)"),
                           ("related-links", "(see \u201c50 Smartest Companies: Third Rock Ventures\u201d)"),
                           ("related-links", "(Watch TIME's video \"Oil Spill Anxiety on the Bayou.\")"),
                           ("related-links", "(Read more: Harbour town votes on new pier)")]
    # A parenthesis that only starts like one is prose: "seen", a reading, a plain aside.
    prose = "The plan (seen as a gamble by some) passed. The vote (read aloud at noon) was 5 to 4. The mayor (a former nurse) spoke.\n"
    assert find_regions(prose) == []
    # A link's title in brackets closing a paragraph is a link too; an editor's bracket inside a
    # sentence is prose.
    text = ("The pier opens in May after a long wait, the mayor of the town said on Monday. [The 10 Oldest Piers in "
            "Europe]\nThe council [of Tromso] agreed to pay for the new pier and its lights.\n")
    assert kinds(text) == [("related-links", "[The 10 Oldest Piers in Europe]")]


def test_a_link_under_its_label_between_paragraphs_is_a_link_and_the_paragraphs_stay():
    # One link or two in a row (one region), the label in capitals or not, its colon spaced or
    # not; the title after it reads like a sentence.
    for links in ("READ MORE: Harbour town votes on a new pier after a long and bitter fight",
                  "Read more: Ferry operator fined after passengers were left adrift for hours\n"
                  "See also: The ten oldest lighthouses on the coast, ranked",
                  "MORE : Fish market moves indoors as traders complain about the cold"):
        text = page(inside=links)
        assert kinds(text) == [("related-links", links)], kinds(text)
        assert stays_body(text, LEAD) and stays_body(text, MIDDLE), kinds(text)
    # A sentence of the story that opens with the word is prose: no colon after it.
    story = "More than 300 passengers were left adrift for six hours before a tug reached the ferry."
    assert stays_body(page(inside=story), story), kinds(page(inside=story))


def test_a_headline_under_a_label_of_the_sites_own_between_paragraphs_is_a_link():
    # Any few words before the colon, the headline after it (longer than a sub-heading) with no
    # stop at its end, under a paragraph of the article (a stop inside it, between two sentences
    # of a blurb, will do).
    for link in ("Crews 'stretched thin': Ferry sailings were quietly cut for months before the winter storm hit the coast",
                 "First in Harbour Daily: Mayor to step down next spring, plus what the council will say on the budget",
                 "Pier fight goes on: The vote is over. Residents say they will take the council to court over the plan"):
        text = page(inside=link)
        assert kinds(text) == [("related-links", link)], kinds(text)
        assert stays_body(text, LEAD) and stays_body(text, MIDDLE), kinds(text)
    # A sentence of the story that opens on a label ends as a sentence does; a post the article
    # quotes ends on its picture's link.
    for story in ("Update: The ferry sailed again on Tuesday morning, the operator said.",
                  "Harbour news: the ferry is running again this morning after the long strike, good news for us all "
                  "pic.twitter.com/AbC123xYz"):
        assert stays_body(page(inside=story), story), kinds(page(inside=story))


def test_a_title_cased_headline_over_a_one_sentence_blurb_as_the_bodys_only_title_is_a_teaser():
    # Another story's headline and its blurb, set between two paragraphs.
    teaser = ("How the Long Ferry Strike Was Finally Settled\n"
              "Dock workers, 300 of them, went back to work on Monday after a deal on pay and hours.")
    text = page(inside=teaser)
    assert kinds(text) == [("related-links", teaser)], kinds(text)
    assert stays_body(text, LEAD) and stays_body(text, MIDDLE), kinds(text)
    # An article parted into sections has more than one title: each opens its section.
    sections = page(inside="What the Council Decided on Monday\n"
                           "The council voted nine to four for the new budget after a long debate.",
                    after="Where the Money Will Come From\n"
                          "Most of the money comes from harbour fees, which rise by a tenth in May.\n"
                          "The rest is a loan from the regional bank, the treasurer said.")
    assert stays_body(sections, "The council voted nine to four for the new budget after a long debate.")
    # A sub-heading in capitals is the site's style for its sections.
    caps = page(inside="WHAT THE COUNCIL DECIDED ON MONDAY\n"
                       "The council voted nine to four for the new budget after a long debate.")
    assert stays_body(caps, "The council voted nine to four for the new budget after a long debate.")


def test_regions_are_sorted_and_disjoint():
    regions = find_regions(ARTICLE)
    for a, b in itertools.pairwise(regions):
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

    from claimkit.models import RegionSpan as Region
    from claimkit.noise import RegionIndex, first_overlapping

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
        assert index.overlapping(a, b) == first_overlapping(regions, a, b), (a, b)
        inside = next((r for r in regions if r.start <= a and b <= r.end), None)
        assert index.containing(a, b) == inside, (a, b)


# -- whole scraped pages -----------------------------------------------------------------------
# A made-up page as a whole-page scrape delivers it: menus, the header of the article, the body,
# and the widgets and footer below it. Every line outside the body is furniture; inside it only
# the sub-heading, the caption and its credit, the advertisement, the newsletter prompt and the
# "contributed" line are, and the dateline is cut off the first paragraph.

MENU = "\n".join(["Sign In", "Subscribe", "Home", "World", "Business", "Markets", "Technology", "Science",
                  "Sport", "Culture", "Opinion", "Weather", "Podcasts", "Video"])
PAGE = f"""This site uses cookies to improve your experience. By continuing you accept our use of cookies.
{MENU}
Harbourton ferry operator fined over engine failure
By Mara Lindqvist and Tomas Ekberg
Published March 4, 2031 8:15 a.m. ET
Share
Tweet
Email
Print
Passengers wait on the quay after the crossing was cancelled on Tuesday.
Photo: Ines Halvorsen/Coastline Wire
HARBOURTON (Reuters) - The regional maritime authority fined the Harbourton ferry operator 2.4 million crowns on Wednesday after an engine failure left 312 passengers adrift for six hours in February.
By the end of the inquiry, investigators had found that a cooling pump had not been serviced for 14 months, according to the authority's report.
Share prices of the operator's parent company fell 3 percent in early trading, and the company said it would appeal the fine.
Advertisement
What the inquiry found
The report said the crew had followed the emergency procedure, but that the backup engine was also out of service at the time of the failure.
Sign up for our morning briefing, delivered to your inbox every day.
The operator carried about 1.9 million passengers last year on four routes across the strait, and it has run the Harbourton line since 2009.
A spokesman for the operator said new maintenance checks had begun on all eight vessels and that no crossing would be cancelled this month.
Additional reporting by Jonas Vik in Oslo
Mara Lindqvist is a transport correspondent based in Harbourton.
Related stories
Strait bridge plan wins first vote
Fuel costs push ferry fares to record high
Port workers end two-day strike
14 comments
Leave a comment
kelp_fan 2 hours ago
They should have grounded the whole fleet after the first breakdown, if you ask me.
nordic_sailor 5 hours ago
My brother was on that ferry and the crew handled it very calmly.
Most popular
Storm closes coastal road for a week
A landslide blocked the only road to the north coast, and repairs will take days.
Lighthouse keeper retires after 40 years
The last keeper of the old lighthouse hands over the keys to the museum.
About us
Contact us
Privacy Policy
Terms of Use
© 2031 Harbourton Daily Media. All rights reserved.
"""
BODY = [
    "The regional maritime authority fined the Harbourton ferry operator 2.4 million crowns on Wednesday after an "
    "engine failure left 312 passengers adrift for six hours in February.",
    "By the end of the inquiry, investigators had found that a cooling pump had not been serviced for 14 months, "
    "according to the authority's report.",
    "Share prices of the operator's parent company fell 3 percent in early trading, and the company said it would "
    "appeal the fine.",
    "The report said the crew had followed the emergency procedure, but that the backup engine was also out of "
    "service at the time of the failure.",
    "The operator carried about 1.9 million passengers last year on four routes across the strait, and it has run "
    "the Harbourton line since 2009.",
    "A spokesman for the operator said new maintenance checks had begun on all eight vessels and that no crossing "
    "would be cancelled this month.",
]


def test_a_whole_page_has_its_furniture_found_by_kind():
    found = kinds(PAGE)
    assert ("boilerplate", PAGE.splitlines()[0]) in found
    assert ("navigation", MENU) in found
    assert ("heading", "Harbourton ferry operator fined over engine failure") in found
    assert ("byline", "By Mara Lindqvist and Tomas Ekberg\nPublished March 4, 2031 8:15 a.m. ET") in found
    assert ("share", "Share\nTweet\nEmail\nPrint") in found
    assert ("caption", "Passengers wait on the quay after the crossing was cancelled on Tuesday.\n"
                       "Photo: Ines Halvorsen/Coastline Wire") in found
    assert ("dateline", "HARBOURTON (Reuters) - ") in found
    assert ("advertisement", "Advertisement") in found
    assert ("heading", "What the inquiry found") in found
    assert ("newsletter", "Sign up for our morning briefing, delivered to your inbox every day.") in found
    assert ("byline", "Additional reporting by Jonas Vik in Oslo") in found
    assert ("author-bio", "Mara Lindqvist is a transport correspondent based in Harbourton.") in found
    assert ("related-links", "Related stories\nStrait bridge plan wins first vote\nFuel costs push ferry fares to "
                             "record high\nPort workers end two-day strike") in found
    comments = next(t for k, t in found if k == "comments")
    assert comments.startswith("14 comments\nLeave a comment\nkelp_fan 2 hours ago\nThey should have grounded")
    assert comments.endswith("the crew handled it very calmly.")
    popular = next(t for k, t in found if k == "related-links" and t.startswith("Most popular"))
    assert popular.endswith("hands over the keys to the museum.")
    assert ("footer", "About us\nContact us\nPrivacy Policy\nTerms of Use\n"
                      "© 2031 Harbourton Daily Media. All rights reserved.") in found


def test_the_body_of_a_whole_page_is_left_whole():
    regions = find_regions(PAGE)
    for paragraph in BODY:
        start = PAGE.index(paragraph)
        assert overlaps_any(regions, start, start + len(paragraph)) == [], paragraph
    # What is not furniture is exactly the body (and the blanks between lines).
    kept = " ".join(mask(PAGE, regions).split())
    assert kept == " ".join(BODY)


def overlaps_any(regions, start, end):
    return [r for r in regions if r.start < end and start < r.end]


def stays_body(text, line):
    """Whether no region found in ``text`` touches ``line`` (its first occurrence)."""
    start = text.index(line)
    return overlaps_any(find_regions(text), start, start + len(line)) == []


def test_a_paragraph_about_who_owns_shares_stays_body():
    # One holding told as news is the article's, not a disclosure.
    line = "The mayor owns shares of Harbour Ferries, which won the contract, and sold none of them last year."
    assert stays_body(page(inside=line), line)
    # Two holdings told as news, with no recommendation and no policy named: still the article's.
    line = "The mayor owns shares of Harbour Ferries, and her husband holds shares of Quay Foods, the filing shows."
    assert stays_body(page(inside=line), line)


def test_regions_of_a_whole_page_are_sorted_disjoint_and_masking_twice_finds_nothing_new():
    regions = find_regions(PAGE)
    assert all(a.end <= b.start for a, b in itertools.pairwise(regions))
    assert all(0 <= r.start < r.end <= len(PAGE) for r in regions)
    # The detector looks for noise again in the masked text: it must find none there.
    assert find_regions(mask(PAGE, regions)) == []


# -- one kind at a time ------------------------------------------------------------------------
# Each case puts one piece of furniture into a small made-up article (before, inside or after its
# body) and names the region expected; the negative cases put in a body sentence that looks like
# furniture and must stay text.

LEAD = ("The town council approved a harbour budget of 12 million crowns on Monday after a debate that lasted "
        "late into the evening.")
MIDDLE = ("Work on the northern pier will start in April and should take about two years to finish, the council "
          "said in a statement.")
CLOSE = ("The mayor said the old pier would stay open for fishing boats until the new one is finished, probably "
         "in the spring of next year.")


# Video teasers, each a title and a blurb, under a title of their own.
RECOMMENDED = ("We Recommend\nLighthouse reopens to visitors (3:05)\n"
               "The old lighthouse on the point opens its doors again after ten years of repairs and a new roof.\n"
               "Fish market moves indoors (1:12)\n"
               "Traders at the fish market will sell from a heated hall from next winter, the council said.\n"
               "Ferry timetable changes (2:40)\n"
               "The ferry will run every forty minutes instead of every hour from May, the operator said.")


LEGAL_NOTICE = (
    "Tide tables are supplied by the Harbour Survey Office and are updated every hour, except for the inner basin, "
    "whose figures are delayed by ten minutes. All times are local. Ferry data: © 2031 North Sea Lines, Ltd. All "
    "rights reserved. Weather maps: Harbour Met Services, 2031. The Harbour Index is owned by Port Data Ltd and has "
    "been licensed for use to Harbour Daily Media. Harbour Index and Tide Watch are registered trademarks of Port "
    "Data Ltd, and their use here implies no endorsement of any fare or timetable shown on this page."
)


WIRE_CAPTION = (
    "The Harbour Line ferry Northern Star leaves the quay at Harbourton on March 3, 2031, on its first crossing "
    "since the storm. The ferry was damaged in January when a gale drove it against the outer pier, and the "
    "company kept it out of service for two months while engineers replaced its hull plates and rudder. "
    "Hundreds of passengers waved from the harbour wall as it left. The company says the repairs cost more than "
    "it had planned, and that the second ferry will be repaired in the summer, when fewer passengers travel "
    "and the timetable can spare it. AFP PHOTO/ JANE DOEJANE DOE/AFP/Getty ImagesJANE DOE / AFP - Getty Images"
)


# One author's holdings after another: longer than any other site notice, still no prose.
DISCLOSURE = (
    "Ada Mensah owns shares of Harbour Ferries and Quay Foods. Piet Groen has no position in any stocks mentioned. "
    "Lena Moss owns shares of Harbour Ferries, Pier Holdings, Net Makers (A shares), Net Makers (C shares) and "
    "Quay Foods. Tom Reed owns shares of Pier Holdings. Harbour Invest owns shares of and recommends Harbour "
    "Ferries, Pier Holdings, Quay Foods and Net Makers (A shares)."
)


def page(before: str = "", inside: str = "", after: str = "") -> str:
    lines = [before, LEAD, inside, MIDDLE, CLOSE, after]
    return "\n".join(line for line in lines if line) + "\n"


def test_a_line_of_listed_facts_is_body_but_a_headline_with_a_sum_is_a_heading():
    # A book list's details and a list of grants: short and unpunctuated, yet not titles.
    details = "Knopf, 240 pp., $16.99; ages 8-12"
    book = f"The Pier at Night\nAda Mensah\n{details}\nA girl and her grandfather fish from the old pier all night."
    grants = "The harbour trust gave its spring grants this week.\n$7,500 to the Harbour Food Bank\n$2,500 each to two sailing clubs"
    # ... and a list of contracts, whose sums end in a magnitude word
    deals = "The club signed two captains this winter.\nAda Mensah, four years, $62.4 million\nPiet Groen, two years, $9 million"
    # ... and the same with a note in brackets after the sum (no title, though it closes on a bracket)
    notes = ("The club signed two captains this winter.\nAda Mensah, four years, $62.4 million (opt-out after 2031)\n"
             "Piet Groen, two years, $9 million (including option years)")
    for inside, lines in ((book, [details]), (grants, ["$7,500 to the Harbour Food Bank", "$2,500 each to two sailing clubs"]),
                          (deals, ["Ada Mensah, four years, $62.4 million", "Piet Groen, two years, $9 million"]),
                          (notes, ["Ada Mensah, four years, $62.4 million (opt-out after 2031)",
                                   "Piet Groen, two years, $9 million (including option years)"])):
        text = page(inside=inside)
        regions = find_regions(text)
        for line in lines:
            start = text.index(line)
            assert overlaps_any(regions, start, start + len(line)) == [], line
    assert ("heading", "The Pier at Night") in kinds(page(inside=book))
    # A headline that names its sum inside a phrase stays a heading.
    for headline in ("Harbour trust wins $4.9 Billion grant", "Ferry costs $7,500"):
        assert ("heading", headline) in kinds(page(inside=book.replace(details, headline))), headline


FURNITURE = [
    # captions that end in their credit: glued to the last word, or in parentheses
    ("caption", page(inside="A trawler leaves the harbour at dawn on MondayCredit: Lena Moss/Harbour Wire"),
     "A trawler leaves the harbour at dawn on MondayCredit: Lena Moss/Harbour Wire"),
    ("caption", page(inside="The council has backed the new pier after a long debate (Image: GETTY )"),
     "The council has backed the new pier after a long debate (Image: GETTY )"),
    ("caption", page(inside="The mayor opens the new fish market.Credit...Lena Moss/Harbour Wire"),
     "The mayor opens the new fish market.Credit...Lena Moss/Harbour Wire"),
    # ... a credit that ends in a web address, or names who filmed it, in brackets
    ("caption", page(inside="The mayor opens the new fish market.Credit...Lena Moss/Harbour Media for Harbour.com"),
     "The mayor opens the new fish market.Credit...Lena Moss/Harbour Media for Harbour.com"),
    ("caption", page(inside="Watch the mayor open the new fish market on Monday. (Video by Lena Moss | Harbour Wire)"),
     "Watch the mayor open the new fish market on Monday. (Video by Lena Moss | Harbour Wire)"),
    ("caption", page(inside="Ferries wait at the quay in Harbourton on March 3, 2031. (AP)"),
     "Ferries wait at the quay in Harbourton on March 3, 2031. (AP)"),
    # ... or that name the picture's source alone in brackets after the full stop
    ("caption", page(inside="A still from the 1962 film about the flood at Harbourton. (Quay Films)"),
     "A still from the 1962 film about the flood at Harbourton. (Quay Films)"),
    ("caption", page(inside="The coastguard's forecast for gales along the coast road on Friday. (HMCG/Met)"),
     "The coastguard's forecast for gales along the coast road on Friday. (HMCG/Met)"),
    # an agency's long caption, past any caption's length, closed by its credit in capitals
    ("caption", page(inside=WIRE_CAPTION), WIRE_CAPTION),
    ("caption", page(inside="Traffic on the coast road near the harbour bridge on a Monday morning (Getty/Lena Moss)"),
     "Traffic on the coast road near the harbour bridge on a Monday morning (Getty/Lena Moss)"),
    ("caption", page(inside="A shopper looks at rope in a hardware store in Harbourton, March 3, 2031. (Lena Moss/Harbour Wire via AP)"),
     "A shopper looks at rope in a hardware store in Harbourton, March 3, 2031. (Lena Moss/Harbour Wire via AP)"),
    ("caption", page(inside="A trawler in the harbour at dawn on the first day of the season. Getty"),
     "A trawler in the harbour at dawn on the first day of the season. Getty"),
    ("caption", page(inside="FILE PHOTO: Ferries wait at the quay in Harbourton, March 3, 2031. REUTERS/Lena Moss"),
     "FILE PHOTO: Ferries wait at the quay in Harbourton, March 3, 2031. REUTERS/Lena Moss"),
    # ... a credit's own words after the caption's full stop, with no colon ("Photo by …"), or the agency's photo
    # credit with no brackets, alone, with its photographer, or after the bracketed credit
    ("caption", page(inside="Cranes unload timber at the north quay, which reopened in May. Photo by Lena Moss /Harbour News"),
     "Cranes unload timber at the north quay, which reopened in May. Photo by Lena Moss /Harbour News"),
    ("caption", page(inside="A chart from the council's plan to widen the ferry lane by 2032. Photo by Harbourton City Council"),
     "A chart from the council's plan to widen the ferry lane by 2032. Photo by Harbourton City Council"),
    ("caption", page(inside="Divers check the hull of a trawler before the season opens in Harbourton. AP Photo"),
     "Divers check the hull of a trawler before the season opens in Harbourton. AP Photo"),
    ("caption", page(inside="The old ferry leaves the quay for the last time before its repair. AP Photo/Lena Moss, File"),
     "The old ferry leaves the quay for the last time before its repair. AP Photo/Lena Moss, File"),
    ("caption", page(inside="The harbour master speaks to crews at the north quay in Harbourton. (AP Photo) AP Photo"),
     "The harbour master speaks to crews at the north quay in Harbourton. (AP Photo) AP Photo"),
    # ... or that says what its picture shows
    ("caption", page(inside="This graphic, provided by Harbour Wire, shows the towns where the ferries stop."),
     "This graphic, provided by Harbour Wire, shows the towns where the ferries stop."),
    # ... or that opens with its label; its credit line above takes no paragraph with it
    ("caption", page(inside="Image copyright Getty Images\nImage caption The mayor said the new pier would open in May"),
     "Image copyright Getty Images\nImage caption The mayor said the new pier would open in May"),
    # navigation: a run of short lines without sentences, and the skip links of a page
    ("navigation", page(before="Home\nNews\nSport\nBusiness\nCulture\nWeather"), "Home\nNews\nSport\nBusiness\nCulture\nWeather"),
    ("navigation", page(before="Skip to main content"), "Skip to main content"),
    ("navigation", page(after="News | Sport | Business | Culture | Weather | Travel"),
     "News | Sport | Business | Culture | Weather | Travel"),
    # byline and timestamps
    ("byline", page(before="By Ada Mensah and Piet Groen"), "By Ada Mensah and Piet Groen"),
    ("byline", page(before="BY ADA MENSAH / STAFF WRITER"), "BY ADA MENSAH / STAFF WRITER"),
    ("byline", page(before="Updated 1 hr 12 mins ago"), "Updated 1 hr 12 mins ago"),
    ("byline", page(before="Published: Feb. 3, 2031 Updated: 5:10 p.m."), "Published: Feb. 3, 2031 Updated: 5:10 p.m."),
    ("byline", page(before="14 February 2031"), "14 February 2031"),
    ("byline", page(before="Ada Mensah, Harbour editor"), "Ada Mensah, Harbour editor"),
    ("byline", page(after="Piet Groen contributed to this report."), "Piet Groen contributed to this report."),
    ("byline", page(after="(Reporting by Ada Mensah; Editing by Piet Groen)"), "(Reporting by Ada Mensah; Editing by Piet Groen)"),
    # captions and credits, before and inside the body
    ("caption", page(before="Fishing boats in the old harbour at dawn.\nCredit: Lena Moss/Harbour Wire"),
     "Fishing boats in the old harbour at dawn.\nCredit: Lena Moss/Harbour Wire"),
    ("caption", page(inside="Workers on the northern pier last week.\nPhoto by Lena Moss/Harbour Wire"),
     "Workers on the northern pier last week.\nPhoto by Lena Moss/Harbour Wire"),
    ("caption", page(before="Photographer: Lena Moss/Harbour Wire\nThe old pier seen from the water on a calm day.\nEnlarge"),
     "Photographer: Lena Moss/Harbour Wire\nThe old pier seen from the water on a calm day."),
    ("caption", page(inside="FILE - In this March 2, 2030 file photo, the mayor opens the fish market. (AP Photo/Lena Moss, File)"),
     "FILE - In this March 2, 2030 file photo, the mayor opens the fish market. (AP Photo/Lena Moss, File)"),
    ("caption", page(before="The harbour office on a winter morning. Photograph: Lena Moss/Harbour Wire"),
     "The harbour office on a winter morning. Photograph: Lena Moss/Harbour Wire"),
    # ... a slashed credit after a bar, or glued to the caption's last word; a stock library's credit
    ("caption", page(inside="The mayor and her husband at the opening of the fish market in May. | Lena Moss/Harbour Wire"),
     "The mayor and her husband at the opening of the fish market in May. | Lena Moss/Harbour Wire"),
    ("caption", page(inside="Divers inspect the old pier before its repair, which should take two years.Lena Moss / Harbour Wire"),
     "Divers inspect the old pier before its repair, which should take two years.Lena Moss / Harbour Wire"),
    ("caption", page(inside="A ferry leaving the harbour at dawn (lmoss22/iStock)"), "A ferry leaving the harbour at dawn (lmoss22/iStock)"),
    # share buttons and social prompts
    ("share", page(before="Share\nTweet\nEmail\nPrint"), "Share\nTweet\nEmail\nPrint"),
    ("share", page(after="COMMENTS | PRINT | EMAIL |"), "COMMENTS | PRINT | EMAIL |"),
    ("share", page(after="Follow Harbour Daily on Twitter"), "Follow Harbour Daily on Twitter"),
    # a share menu's label, carrying the headline
    ("share", page(after="Share All sharing options for: Harbour town votes on a new pier (and a bigger quay)"),
     "Share All sharing options for: Harbour town votes on a new pier (and a bigger quay)"),
    # newsletter and subscription prompts
    ("newsletter", page(inside="Get the harbour newsletter delivered to your inbox every morning."),
     "Get the harbour newsletter delivered to your inbox every morning."),
    ("newsletter", page(after="Enter your email address"), "Enter your email address"),
    # ... a prompt set between paragraphs and ending in its button, long as it is
    ("newsletter", page(inside="Get the Harbour Daily morning edition by email and never miss our best stories Free Sign Up"),
     "Get the Harbour Daily morning edition by email and never miss our best stories Free Sign Up"),
    # ... a plea to pay for the site's journalism, between paragraphs or under the story, however it asks
    ("call-to-action", page(inside="Support our award-winning harbour journalism by becoming a member."),
     "Support our award-winning harbour journalism by becoming a member."),
    ("call-to-action", page(after="Will you support Harbour Daily's independent journalism?\nReaders' gifts keep our "
                                  "journalism free for all. Please consider making a contribution today."),
     "Will you support Harbour Daily's independent journalism?\nReaders' gifts keep our journalism free for all. "
     "Please consider making a contribution today."),
    # advertisements
    ("advertisement", page(inside="Advertisement"), "Advertisement"),
    ("advertisement", page(inside="Sponsored content"), "Sponsored content"),
    # comment widgets: the title and the comments below it
    ("comments", page(after="3 comments\nharbour_fan 2 hours ago\nAbout time they fixed that pier, it has been rotten for years."),
     "3 comments\nharbour_fan 2 hours ago\nAbout time they fixed that pier, it has been rotten for years."),
    ("comments", page(after="Join the conversation\nComments are moderated and may take a day to appear."),
     "Join the conversation\nComments are moderated and may take a day to appear."),
    # related and recommended links, teasers with their blurbs
    ("related-links", page(after="More from Business\nFish prices climb for a third month\nNew ferry timetable starts in May"),
     "More from Business\nFish prices climb for a third month\nNew ferry timetable starts in May"),
    ("related-links", page(before="The best harbour walks of the year. Full Article"), "The best harbour walks of the year. Full Article"),
    ("related-links", page(inside=" ".join([LEAD, MIDDLE, CLOSE]), after=RECOMMENDED), RECOMMENDED),
    ("related-links", page(after="Most read\nLighthouse reopens\nThe old lighthouse opens to visitors again after ten years of repairs."),
     "Most read\nLighthouse reopens\nThe old lighthouse opens to visitors again after ten years of repairs."),
    # footers and legal lines
    ("footer", page(after="Privacy Policy\nTerms of Use\nCopyright 2031 Harbour Daily Media. All rights reserved."),
     "Privacy Policy\nTerms of Use\nCopyright 2031 Harbour Daily Media. All rights reserved."),
    ("footer", page(after="This material may not be published, broadcast, rewritten or redistributed."),
     "This material may not be published, broadcast, rewritten or redistributed."),
    # ... a legal notice run into one long paragraph: its length does not make it prose
    ("footer", page(after=LEGAL_NOTICE), LEGAL_NOTICE),
    # an investment site's disclosure of who holds the stocks, closing the article
    ("boilerplate", page(inside=DISCLOSURE), DISCLOSURE),
    # the site's note of who owns it, or of what its links earn it
    ("boilerplate", page(after="* Harbour Media is a minority investor in Quay Group, which owns this site."),
     "* Harbour Media is a minority investor in Quay Group, which owns this site."),
    ("boilerplate", page(after="Some of the links on Harbour News are affiliate links. If you buy through them, we may earn a "
                               "small commission at no cost to you."),
     "Some of the links on Harbour News are affiliate links. If you buy through them, we may earn a small commission at "
     "no cost to you."),
    ("boilerplate", page(after="Try our investing newsletter free for 30 days. Harbour Invest has a disclosure policy."),
     "Try our investing newsletter free for 30 days. Harbour Invest has a disclosure policy."),
    # the video player's notice where its clip failed, between the paragraphs
    ("boilerplate", page(inside="Sorry, but this video could not be loaded."), "Sorry, but this video could not be loaded."),
    # the note that the story changed since it ran, and where readers send its errors
    ("boilerplate", page(after="This story has been updated with new details from the harbour council."),
     "This story has been updated with new details from the harbour council."),
    ("footer", page(after="To report a correction, write to the desk at the Harbour Daily."),
     "To report a correction, write to the desk at the Harbour Daily."),
    # site notices
    ("boilerplate", page(before="Your privacy is important to us. We have updated our privacy policy to explain how we use data."),
     "Your privacy is important to us. We have updated our privacy policy to explain how we use data."),
    ("boilerplate", page(before="We use cookies to improve our service. You can find more information in our privacy notice."),
     "We use cookies to improve our service. You can find more information in our privacy notice."),
    ("boilerplate", page(after="The opinions expressed here are those of the writer and do not necessarily reflect the views of this site."),
     "The opinions expressed here are those of the writer and do not necessarily reflect the views of this site."),
    # the story's series, or who paid for it
    ("boilerplate", page(after="This article is part of a series on the harbours of the north coast."),
     "This article is part of a series on the harbours of the north coast."),
    ("boilerplate", page(inside="This project was produced with support from the Coastal Reporting Fund."),
     "This project was produced with support from the Coastal Reporting Fund."),
    # where a syndicated story came from
    ("boilerplate", page(after="This story was provided by Harbour Wire, dedicated to covering the ports of the north."),
     "This story was provided by Harbour Wire, dedicated to covering the ports of the north."),
    ("boilerplate", page(after="Follow Ada Mensah on Twitter. Originally published on Harbour Daily."),
     "Follow Ada Mensah on Twitter. Originally published on Harbour Daily."),
    # an author's biography: after a "Bio" title, or a closing line that opens with the byline's name
    ("author-bio", page(before="By Ada Mensah", after="Ada Mensah is a reporter who has covered the harbour since 2024."),
     "Ada Mensah is a reporter who has covered the harbour since 2024."),
    ("author-bio", page(after="About the author\nPiet Groen writes about ships and the sea for the weekend pages."),
     "About the author\nPiet Groen writes about ships and the sea for the weekend pages."),
    # ... or, wherever it sits, a line that opens with the byline's name and says who that is, its
    # job title capitalized (a page may glue its comment count to the last name)
    ("author-bio", page(before="By Ada Mensah and Piet Groen24 comments",
                        inside="Piet Groen is Senior Economist at the Harbour Research Institute's Shipping Trends Project."),
     "Piet Groen is Senior Economist at the Harbour Research Institute's Shipping Trends Project."),
    # ... or, past the body, a name and a newsroom job, whatever the byline gave
    ("author-bio", page(after="Mara Lindqvist (@mlind) is a staff writer at Harbour Daily covering ports. She lives in Oslo."),
     "Mara Lindqvist (@mlind) is a staff writer at Harbour Daily covering ports. She lives in Oslo."),
    # a byline with its date, and a reporter named under the story
    ("byline", page(before="By Ada Mensah , Tomas Ekberg on Monday, March 3rd, 2031 at 11:08 a.m."),
     "By Ada Mensah , Tomas Ekberg on Monday, March 3rd, 2031 at 11:08 a.m."),
    ("byline", page(after="Jonas Vik contributed reporting from Oslo."), "Jonas Vik contributed reporting from Oslo."),
    # the headline beside the byline
    ("heading", page(before="Council backs harbour budget after long debate\nBy Ada Mensah"),
     "Council backs harbour budget after long debate"),
]


@pytest.mark.parametrize("kind, text, expected", FURNITURE, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(FURNITURE)])
def test_each_kind_of_page_furniture_is_found(kind, text, expected):
    found = kinds(text)
    assert (kind, expected) in found, found
    # The article's own paragraphs are untouched.
    regions = find_regions(text)
    for paragraph in (LEAD, MIDDLE, CLOSE):
        start = text.index(paragraph)
        assert overlaps_any(regions, start, start + len(paragraph)) == [], (paragraph, found)


LOOKALIKES = [
    "By the end of the year, the harbour will have two new cranes and a larger fish market.",
    "By Friday, Oslo and Bergen had agreed to share the cost of the survey.",
    "Share prices of the ferry company fell 3 percent after the announcement on Tuesday.",
    "Published in 2029, the study found that ferries were late on one day in five.",
    "Originally published in 1925, the harbour history has been reprinted four times since.",
    "Comments on the plan are open until May 1, and the council has already received 300 of them.",
    "Readers can sign up for guided harbour tours at the town hall, which opens at 9 a.m.",
    "Advertising revenue at the harbour paper fell by a third last year, its owner said.",
    "Copyright lawyers say the harbour's old logo is protected until 2040.",
    "Related work on the southern quay will wait until the budget for 2032 is agreed.",
    "Follow-up checks of the old pier are planned for June, the authority said.",
    "Most popular among commuters is the 7:15 a.m. crossing, which carries about 900 people.",
    "The photographer who took the famous 1962 picture of the harbour still lives in the town.",
    "Three hours ago the last ferry of the day left the quay with 40 passengers on board.",
    "U.S. - Norwegian talks on the fishing quota ended without a deal, officials said.",
    "By Friday afternoon on March 3, 2031, the council had agreed to pay for the survey.",
    "The ferry company has updated its privacy policy after the data leak, the regulator said.",
    "The two reporters contributed to a book on the harbour, which sold 4,000 copies.",
    "The survey asked which of the two parties voters trust more on ferries (Democrats/Republicans)",
    "The mayor thanked the crew of the lifeboat and the fishermen who had helped. (Applause)",
    "The council voted 7-2 for the new pier, the mayor said. (Two members were absent.)",
    "Quay Group, which owns the harbour paper, sold its radio station to Harbour Media on Monday.",
    "The ferry company earns a commission on every hotel room booked through its website, the report said.",
    "The report is part of a series of studies the council ordered after the storm of 2029.",
    "The new route links the harbour to Oslo/Bergen and runs twice a day from May.",
    "The council bought 40 pictures from Shutterstock for the new harbour museum.",
    "The museum shows a photo by Lena Moss of the old pier, taken in 1962 before the storm.",
    "The archive holds the first photo of the harbour. Photo by photo, the council is putting it online.",
    "The ferry company hired a photographer from AP. Photo agencies sent four more to the quay.",
    "The map of the new routes, published on Monday, shows three more crossings a day from May.",
    "Ferry passengers were given more sharing options for their tickets this year, the operator said.",
    "Car sharing options in the harbour town are limited to two vans, the council said.",
    "The foundation will fund local journalism in three harbour towns with 2 million crowns a year.",
    "Our journalism is paid for by subscribers, not advertisers, the editor of the harbour paper said.",
    "The ferry company said this video of the storm is no longer available on its website.",
    "The council's report has been updated with a revised count of 212 moorings, up from 180.",
    "Sailors were asked to report corrections to the tide tables to the harbour office by May.",
]


@pytest.mark.parametrize("sentence", LOOKALIKES)
def test_a_body_sentence_that_looks_like_furniture_stays_text(sentence):
    text = page(inside=sentence)
    start = text.index(sentence)
    assert overlaps_any(find_regions(text), start, start + len(sentence)) == [], kinds(text)
    # Not vacuous: on the same page, real furniture before it is found and the sentence still stays.
    text = page(before="Skip to main content", inside=sentence)
    start = text.index(sentence)
    assert ("navigation", "Skip to main content") in kinds(text)
    assert overlaps_any(find_regions(text), start, start + len(sentence)) == [], kinds(text)


def test_a_note_of_where_the_story_ran_in_print_is_a_byline():
    for note in ("Published in the print edition of the March 3, 2031, issue, with the headline \u201cThe Pier.\u201d",
                 "*This article appears in the March 3, 2031 issue of Harbour Monthly."):
        text = page(after=note)
        assert ("byline", note) in kinds(text), kinds(text)
    # Control: the body may name the issue another article appeared in.
    sentence = "The article appeared in the March issue of Harbour Monthly, which sold 4,000 copies."
    assert stays_body(page(inside=sentence), sentence)


def test_a_dateline_is_cut_off_the_first_paragraph_only():
    for dateline in ("HARBOURTON (Reuters) - ", "KINGSPORT, Maine (AP) — ", "NORTH BAY — ", "(Harbour Wire) -- "):
        text = page(before="By Ada Mensah").replace(LEAD, dateline + LEAD)
        regions = find_regions(text)
        assert ("dateline", dateline) in kinds(text), dateline
        start = text.index(LEAD)
        assert overlaps_any(regions, start, start + len(LEAD)) == []
    # Later paragraphs: only a dateline that names an agency or takes a long dash.
    text = page(inside="OSLO - " + MIDDLE.replace("Work", "Work"))
    assert [k for k, _ in kinds(text)] == []
    # Not a dateline: a heading word, a sentence that starts with capitals.
    for opening in ("NEW: ", "NATO and the EU - "):
        text = page().replace(LEAD, opening + LEAD)
        assert "dateline" not in [k for k, _ in kinds(text)], opening


def test_prose_above_the_byline_is_the_page_header_but_a_standfirst_and_an_opening_paragraph_are_kept():
    standfirst = "The budget passed by one vote, and work on the new pier can now begin in the spring."
    notice = "Readers of the print edition can find the full council agenda on page four of Saturday's paper."
    # Right under the headline and over the byline: the article's own summary, content.
    text = page(before=f"Council backs harbour budget\n{standfirst}\nBy Ada Mensah\nShare\nTweet\nEmail")
    start = text.index(standfirst)
    assert overlaps_any(find_regions(text), start, start + len(standfirst)) == []
    assert ("heading", "Council backs harbour budget") in kinds(text)
    # Prose between the standfirst and the byline is not under a headline: the page's header.
    text = page(before=f"Council backs harbour budget\n{standfirst}\n{notice}\nBy Ada Mensah\nShare\nTweet\nEmail")
    start = text.index(notice)
    assert overlaps_any(find_regions(text), start, start + len(notice)) != []
    # A photo between the standfirst and the byline changes nothing: its caption goes, the standfirst stays.
    caption = "The new pier as the architects drew it for the council in 2030. (Lena Moss/Harbour Wire)"
    text = page(before=f"Council backs harbour budget\n{standfirst}\n{caption}\nBy Ada Mensah")
    start = text.index(standfirst)
    assert overlaps_any(find_regions(text), start, start + len(standfirst)) == [], kinds(text)
    assert ("caption", caption) in kinds(text)
    # A paragraph whose own credit line follows it is that photo's caption, wherever it stands.
    photo = "Then-Mayor Ada Mensah, in cap, center, with harbour master Piet Groen during the storm on March 3, 2030."
    text = page(before=f"Council backs harbour budget\n{photo}\n(Lena Moss / Harbour Times)\nBy Ada Mensah\n"
                       "March 4, 2030 2:05 PM")
    assert ("caption", f"{photo}\n(Lena Moss / Harbour Times)") in kinds(text)
    # Nor do a section label and a date the cues do not read as one ("HARBOUR NEWS /", "Nov.November 18").
    text = page(before=f"Council backs harbour budget\n{standfirst}\nHARBOUR NEWS /\nNov.November 18, 2030 12:02 PM\n"
                       "By Ada Mensah")
    start = text.index(standfirst)
    assert overlaps_any(find_regions(text), start, start + len(standfirst)) == [], kinds(text)
    # Under a one- or two-word section label, the long line over the byline is the headline itself.
    headline = "Council backs harbour budget of 12 million crowns, will start work on the northern pier in April"
    text = page(before=f"Harbour Week\n{headline}\nBy Ada Mensah")
    start = text.index(headline)
    assert overlaps_any(find_regions(text), start, start + len(headline)) != [], kinds(text)
    # The same paragraph with no byline below it, after a short title: the article's opening.
    text = f"Council backs harbour budget\n{standfirst}\n" + page()
    start = text.index(standfirst)
    assert overlaps_any(find_regions(text), start, start + len(standfirst)) == []


def test_a_paragraph_above_the_body_inside_the_storys_run_of_paragraphs_is_kept():
    # The story opens under its byline, over a list of links and a second byline the body then follows. Its
    # first paragraph, which the body does not tell again, stands between the byline and a paragraph the body
    # retells (kept as the article's): a paragraph of the story, not a title.
    opening = ("Fire crews were called to the harbour on Sunday night after a fishing boat caught fire at its "
               "mooring by the old quay.")
    retold = "The harbour master said the council approved a harbour budget of 12 million crowns a week before the fire."
    links = "Related Articles\nGull numbers fall again\nNew ferry named\nTown hall clock stops\n5 Oct 2030"
    text = page(before=f"Fishing boat burns at harbour\n9:39AM BST 05 Oct 2030\n{opening}\n{retold}\n{links}")
    assert stays_body(text, opening), kinds(text)
    assert stays_body(text, retold), kinds(text)
    assert ("heading", "Fishing boat burns at harbour") in kinds(text)
    # Under a section label instead of the byline, the same line is the page's header: a headline over its deck.
    text = page(before=f"Harbour News\n{opening}\n{retold}\n{links}")
    assert not stays_body(text, opening), kinds(text)


def test_a_short_standfirst_that_ends_as_a_sentence_is_kept_but_a_caption_under_a_sentence_is_not():
    # Under the headline and over the byline, a sentence of a few words is the summary still: a
    # headline does not close with a full stop.
    standfirst = "The pier reopened to anglers on Sunday morning."
    text = page(before=f"Harbour town votes for its new pier\n{standfirst}\nBy Ada Mensah\nShare\nTweet")
    assert stays_body(text, standfirst), kinds(text)
    # Under a sentence (the real standfirst), the same short line is a picture's caption: the header's.
    deck = "The harbour board tracks every ship that calls at the three northern piers."
    caption = "Ada Mensah, the harbour master, recently visited the northern pier."
    text = page(before=f"Tracking the Harbour\n{deck}\n{caption}\nBy Ada Mensah\nShare\nTweet")
    assert not stays_body(text, caption), kinds(text)


def test_a_standfirst_over_a_caption_the_cues_missed_is_kept_but_a_headline_over_a_deck_is_not():
    # The lead picture's caption, with no credit to mark it, between the summary and the byline: the
    # summary under the headline stays the article's, as it would right over the byline.
    headline = "Harbour board fines ferry operator over engine failure"
    caption = "Ferry Captain Piet Groen, Harbour Master Ada Mensah and Mayor Kofi Boateng at North Quay"
    for standfirst in ("Passengers were left adrift for six hours in the strait",
                       "The ferry operator must pay for leaving its passengers adrift in the strait."):
        text = page(before=f"News\nSport\n{headline}\n{standfirst}\n{caption}\nBy Ada Mensah\nMarch 4, 2030 2:05 PM")
        assert stays_body(text, standfirst), kinds(text)
        assert not stays_body(text, headline), kinds(text)
    # A headline over its deck is no standfirst though a line of sentence stands under both: the line
    # under the headline is the deck itself, not a caption to pass over.
    deck = "Passengers were left adrift for six hours in the strait"
    second = "The operator says it will appeal the fine within the month"
    text = page(before=f"News\nSport\n{headline}\n{second}\n{deck}\nBy Ada Mensah\nMarch 4, 2030 2:05 PM")
    assert not stays_body(text, headline), kinds(text)


def test_a_standfirst_over_the_lead_pictures_credit_under_a_headline_is_kept_but_a_caption_in_its_words_is_not():
    # The byline over the headline, the standfirst under it, then the lead picture's bare credit and the story: the
    # line over the credit is the summary, not the picture's caption, with its stop or without (a deck).
    header = "News\nSport\nBy Ada Mensah\nMarch 4, 2030 2:05 PM"
    headline = "Harbour board fines ferry operator over engine failure"
    credit = "Photograph: Piet Groen/Harbour Wire"
    for standfirst in ("The ferry operator must pay for leaving its passengers adrift. But critics say the fine is small.",
                       "Passengers were left adrift for six hours in the strait"):
        text = page(before=f"{header}\n{headline}\n{standfirst}\n{credit}")
        assert stays_body(text, standfirst), kinds(text)
        assert ("caption", credit) in kinds(text)
    # A caption in that place names what its picture shows in the headline's own words: the header's.
    caption = "The ferry operator fined over engine failure at North Quay."
    text = page(before=f"{header}\n{headline}\n{caption}\n{credit}")
    assert not stays_body(text, caption), kinds(text)


def test_a_deck_without_its_full_stop_between_the_headline_and_the_byline_is_kept():
    # The headline's second line, written as a sentence but with no full stop, as headlines have none.
    headline = "Harbour board fines ferry operator over engine failure"
    deck = "Passengers were left adrift for six hours in the strait"
    text = page(before=f"News\nSport\n{headline}\n{deck}\nBy: Ada Mensah\nMarch 4, 2030 2:05 PM")
    assert stays_body(text, deck), kinds(text)
    assert not stays_body(text, headline)
    assert ("byline", "By: Ada Mensah\nMarch 4, 2030 2:05 PM") in kinds(text)
    # Under a menu's last item the sentence-case line is the headline itself.
    text = page(before=f"News\nHarbour & Coast\n{deck}\nBy: Ada Mensah\nMarch 4, 2030 2:05 PM")
    assert not stays_body(text, deck), kinds(text)
    # Under a site's notice too: the line over it is the notice's, not a headline.
    notice = "For the latest harbour news and ferry times, please visit the Harbour Times"
    text = page(before=f"We no longer update this page.\n{notice}\n{deck}\nBy Ada Mensah\nMarch 4, 2030 2:05 PM")
    assert not stays_body(text, deck), kinds(text)


def test_a_sentence_under_a_menu_that_the_body_says_again_is_kept_but_a_sites_notice_there_is_not():
    # Right under the menu and over the headline and byline: the article's summary, which the body
    # tells again ("approved a harbour budget"), is content, not the menu's last line.
    summary = "Harbour Times: The town council approved a harbour budget for the new pier after a long debate."
    header = f"{MENU}\n{{line}}\nCouncil backs harbour budget\nShare\nTweet\nBy Ada Mensah\nMarch 4, 2030 2:05 PM"
    text = page(before=header.format(line=summary))
    assert stays_body(text, summary), kinds(text)
    # The site's own notice there says nothing the body says: the menu's.
    notice = "Your local weather is now set to Harbourton and you can change it at any time."
    text = page(before=header.format(line=notice))
    assert not stays_body(text, notice), kinds(text)
    # Nor is a headline there, though the body repeats its words: it has no full stop.
    headline = "The town council approved a harbour budget for the new pier after a long debate"
    text = page(before=header.format(line=headline))
    assert not stays_body(text, headline), kinds(text)


def test_a_long_summary_with_no_full_stop_under_a_repeated_notice_is_kept_but_one_printed_twice_is_not():
    # The site's notice, printed over the headline and again under it, is one repeated line: the summary
    # under it, printed once, is not its copy. Longer than any headline, it needs no full stop to be the
    # summary the body tells again ("approved a harbour budget").
    notice = "This page is more than three years old"
    summary = ("Councillors argued for hours about the cost of the new pier before the town council approved a harbour "
               "budget that the fishing crews and the ferry company had both asked for")
    header = f"{MENU}\n{notice}\nCouncil backs harbour budget\n{notice}\n{{line}}\nShare\nTweet\nBy Ada Mensah\nMarch 4, 2030 2:05 PM"
    text = page(before=header.format(line=summary))
    assert stays_body(text, summary), kinds(text)
    # Printed again further down (a box's blurb, the frame's words), the same line is the frame's.
    text = page(before=header.format(line=summary), after=f"More from the Harbour Times\n{summary}")
    assert not stays_body(text, summary), kinds(text)
    # A line of a headline's length with no full stop there is still the header's.
    headline = "The town council approved a harbour budget for the new pier after a long debate"
    text = page(before=header.format(line=headline))
    assert not stays_body(text, headline), kinds(text)


def test_a_sentence_under_a_short_heading_that_the_body_says_again_is_kept_but_a_repeated_legal_line_is_not():
    # Under a two-word kicker, with a date above it and the byline below: the standfirst, which the
    # body tells again ("approved a harbour budget"), is content, not a heading.
    standfirst = "In the end the town council approved a harbour budget for the new pier by a single vote."
    header = f"{MENU}\nMarch 4, 2030 2:05 PM\nPier Vote\n{{line}}\nBy Ada Mensah\nShare\nTweet"
    text = page(before=header.format(line=standfirst))
    assert stays_body(text, standfirst), kinds(text)
    # A sign-up form's legal line there, printed again further down the page, is the frame's though the
    # body's own copy of it shares its words.
    legal = "By signing up you confirm that you have read our terms and the privacy policy of this site."
    text = page(before=header.format(line=legal), after=f"Email address\n{legal}")
    assert not stays_body(text, legal), kinds(text)


def test_a_line_of_the_authors_names_is_a_byline_and_the_standfirst_over_it_is_kept():
    # No "By" and no date marks the names; only the metadata (ingest's author) tells them for the byline.
    headline = "Harbour board fines ferry operator over engine failure"
    standfirst = "The operator must pay $2 million after passengers were left adrift for six hours in the strait."
    authors = "Ada Mensah; Kofi Boateng; Ama Owusu"
    for names in ("Ada Mensah, Kofi Boateng and Ama Owusu", "Byby ADA MENSAH, KOFI BOATENG and AMA OWUSU"):
        text = page(before=f"News\nSport\n{headline}\n{standfirst}\n{names}\nMarch 4, 2030 2:05 PM\nShare\nTweet\nEmail")
        found = [(r.kind, text[r.start:r.end]) for r in find_regions(text, author=authors)]
        assert ("byline", f"{names}\nMarch 4, 2030 2:05 PM") in found, found
        start = text.index(standfirst)
        assert not [r for r in find_regions(text, author=authors) if r.start < start + len(standfirst)
                    and r.end > start], found
        # Without the metadata the names (more than a label's few words) are a title line, the sentence over them the header's.
        assert not stays_body(text, standfirst), kinds(text)
    # A line that names the author and goes on is no byline: here a headline, so the line under it is no standfirst.
    text = page(before=f"News\nSport\nAda Mensah wins the harbour prize\n{standfirst}\nBy Kofi Boateng")
    found = find_regions(text, author="Ada Mensah")
    assert [r.kind for r in found] == [r.kind for r in find_regions(text)]


def test_an_authors_link_between_the_bylines_lines_is_byline_and_the_lead_paragraphs_under_it_stay():
    # "More from this author" between the name and the date opens no list of links: the two lead
    # paragraphs over a "Further reading" box set into the article are its own.
    lead = "HARBOUR BOARDS have backed a quick move to the new tide tables in the north."
    lead2 = "The plan would let large ports switch at once, with the small quays following later."
    box = "Further reading\nFerry fares rise again\nPier repairs run late\nAnglers return to the quay"
    for link in ("More from this author", "More stories by Ada Mensah"):
        text = page(before=f"News\nSport\nHarbour boards back tide table switch\nby Ada Mensah\n{link}\n26 Sep 2030\n"
                           f"Comments: 9\n{lead}\n{lead2}\n{box}")
        assert stays_body(text, lead) and stays_body(text, lead2), kinds(text)
        assert ("byline", f"by Ada Mensah\n{link}\n26 Sep 2030\nComments: 9") in kinds(text)
    # Control: under the whole byline the same link is a list's title, and the lines under it join the list.
    text = page(before=f"News\nSport\nHarbour boards back tide table switch\nby Ada Mensah\n26 Sep 2030\n"
                       f"More from this author\n{lead}\n{lead2}\n{box}")
    assert not stays_body(text, lead), kinds(text)
    # A short blurb right over a newsletter's prompt up there is the box's, but an opening paragraph stays.
    lead = "The Harbour Index rose 220 points on Tuesday as the ferry operators reported a record summer for bookings."
    blurb = "The day's harbour news in one short note."
    header = "News\nSport\nHarbour shares hit a record\nBy Ada Mensah\nMore stories by Ada Mensah\nMarch 4, 2030 2:05 PM"
    text = page(before=f"{header}\n{lead}\n{blurb}\nGet our harbour daily newsletter.\nSign up")
    assert stays_body(text, lead), kinds(text)
    assert ("newsletter", f"{blurb}\nGet our harbour daily newsletter.") in kinds(text)
    text = page(before=f"{header}\n{lead}\nGet our harbour daily newsletter.\nSign up")
    assert stays_body(text, lead), kinds(text)


def test_a_notice_under_its_disclaimer_or_disclosure_label_is_boilerplate_at_any_length():
    long_notice = ("Disclaimer (varies by section): Articles on this site may contain the opinions of their authors, "
                   "which do not necessarily reflect the views of the owners of the Harbour Times. " * 3).strip()
    assert len(long_notice.split()) > 60
    for notice in (long_notice, "Advertising disclosure: We may receive a commission for some of the links in our "
                                "stories. Thank you for supporting the Harbour Times."):
        text = page(inside=notice)
        assert ("boilerplate", notice) in kinds(text), notice
    # A sentence of the story that speaks of a disclosure is no label.
    line = "The disclosure of the accounts was ordered by the court: the board must publish them by May."
    assert stays_body(page(inside=line), line)


def test_a_paragraph_closing_on_its_button_is_the_sites_promotion():
    # A site's blurb with its link's label run in as the last sentence: "Learn more.", "REGISTER HERE.", "Download for iOS".
    for blurb in ("Harbour Times on election night: no paper has called more races right since 1901. Learn more.",
                  "HARBOUR TALKS TUESDAY: Join our editors and the harbour master for an evening on the new pier and "
                  "what it will cost the town. REGISTER HERE.",
                  "The new Harbour Times app brings you every quay's news first. Upgrade today! Download for iOS "
                  "– Download for Android."):
        assert ("boilerplate", blurb) in kinds(page(inside=blurb)), blurb
    # A story's paragraph that speaks of learning more or of registering closes on what happened.
    line = "Residents who want to learn more can register here at the town hall until Friday, the council said."
    assert stays_body(page(inside=line), line)


def test_a_short_line_closing_on_a_quote_or_bracket_after_a_word_is_a_title():
    # A linked headline set between the paragraphs, a quoted sub-heading, a link with its source.
    for line in ("Harbour board warns of 'years of delays'", "\u201cA pier for the whole town\u201d",
                 "Ferry fares rise again (Harbour Wire)"):
        assert ("heading", line) in kinds(page(inside=line)), line
    # A sentence puts its stop inside the quotation mark.
    line = "The mayor called the vote \u201ca fair result for everyone.\u201d"
    assert stays_body(page(inside=line), line)


def test_a_request_for_readers_letters_or_tips_is_a_call_to_action():
    for line in ("We want to hear what you think about this story. Write to letters@harbourtimes.example.",
                 "Got a confidential news tip? We’d like to hear from you."):
        text = page(inside=line)
        assert ("call-to-action", line) in kinds(text), line
    # Someone the story quotes may say so too; only a line that speaks to the reader is taken.
    quoted = "The harbour master said the board would like to hear from anglers before the pier reopens in May."
    assert stays_body(page(inside=quoted), quoted)


def test_a_summary_in_points_above_the_body_is_content_and_only_its_label_is_furniture():
    points = ["The harbour budget passed by one vote on Tuesday",
              "Work on the northern pier can begin in April",
              "The opposition wanted the money spent on schools"]
    block = "\n".join(points)
    text = page(before=f"Council backs harbour budget\nBy Ada Mensah\nSTORY HIGHLIGHTS\n{block}")
    label = text.index("STORY HIGHLIGHTS")
    assert overlaps_any(find_regions(text), label, label + len("STORY HIGHLIGHTS")) != []
    for point in points:
        start = text.index(point)
        assert overlaps_any(find_regions(text), start, start + len(point)) == [], kinds(text)
    # Under another label the same short lines are a list of links, as before.
    text = page(before=f"Council backs harbour budget\nBy Ada Mensah\nMore on the harbour\n{block}")
    start = text.index(points[1])
    assert overlaps_any(find_regions(text), start, start + len(points[1])) != [], kinds(text)
    # A menu under the label stays a menu: its rows are too short to be points.
    text = page(before="Council backs harbour budget\nKey Points\nNews\nSport\nWeather\nBy Ada Mensah")
    start = text.index("Sport")
    assert overlaps_any(find_regions(text), start, start + len("Sport")) != [], kinds(text)


def test_a_short_line_between_the_byline_and_the_summarys_label_is_the_lead_pictures_caption():
    caption = "The mayor opens the new pier to fishing boats on Tuesday."
    points = "The harbour budget passed by one vote on Tuesday\nWork on the northern pier can begin in April"
    text = page(before=f"Council backs harbour budget\nBy Ada Mensah\n{caption}\nSTORY HIGHLIGHTS\n{points}")
    assert ("caption", caption) in kinds(text)
    # With no summary under it, the same line opens the story.
    assert stays_body(page(before=f"Council backs harbour budget\nBy Ada Mensah\n{caption}"), caption)

def test_points_of_a_list_the_body_introduces_are_content_but_a_lone_sub_heading_under_a_colon_is_not():
    # Under a summary's bare label, at the top of the body: sentences that lost their stops.
    points = ["The harbour budget passed by one vote on Tuesday",
              "Work on the northern pier can begin in April"]
    text = page(inside="Highlights\n" + "\n".join(points))
    for point in points:
        assert stays_body(text, point), kinds(text)
    # Under a line ending in a colon, after lines of listed facts: the list goes on without a sum.
    crews = ("The harbour keeps these crews on its books this year:\nAda Mensah, two boats, $4.5 million\n"
             "Piet Groen, under contract through 2031\nAll of the apprentices, under contract for at least three years")
    text = page(inside=crews)
    for line in ("Piet Groen, under contract through 2031",
                 "All of the apprentices, under contract for at least three years"):
        assert stays_body(text, line), kinds(text)
    # One such line alone under the colon, a paragraph below it, is a sub-heading, as before.
    text = page(inside="We know this about the harbour:\nIts northern pier is far too short now")
    assert ("heading", "Its northern pier is far too short now") in kinds(text)
    # Under a title with no colon the same lines stay headings.
    text = page(inside="Harbour news\n" + "\n".join(points))
    assert ("heading", points[0]) in kinds(text)


def test_a_credit_above_the_first_paragraph_takes_no_paragraph_with_it():
    # "Credit, caption, paragraph" and "credit, paragraph" (a photo whose caption the scrape lost)
    # look alike: the line under the credit is taken only when it stands alone.
    text = "Photographer: Lena Moss/Harbour Wire\n" + page()
    assert kinds(text) == [("caption", "Photographer: Lena Moss/Harbour Wire")]


def test_a_caption_credit_under_a_long_paragraph_takes_no_paragraph_with_it():
    # A credit under a paragraph of the body (a photo without a caption): only the credit goes.
    long_paragraph = " ".join([LEAD, MIDDLE, CLOSE])
    text = f"{LEAD}\n{long_paragraph}\nPhoto by Lena Moss/Harbour Wire\n{MIDDLE}\n{CLOSE}\n"
    assert kinds(text) == [("caption", "Photo by Lena Moss/Harbour Wire")]


def test_a_credit_a_blank_line_under_a_short_paragraph_takes_no_paragraph_with_it():
    # A chart between the paragraph and its credit left a blank line: the paragraph is no caption.
    short = "Coal use fell by half over ten years. The decline went on through last year."
    text = f"{LEAD}\n{short}\n\n(Credit: Lena Moss / Harbour Wire)\n{MIDDLE}\n{CLOSE}\n"
    assert kinds(text) == [("caption", "(Credit: Lena Moss / Harbour Wire)")]
    # Right under it, the same short line is the chart's caption.
    assert ("caption", f"{short}\n(Credit: Lena Moss / Harbour Wire)") in kinds(text.replace("\n\n(Credit", "\n(Credit"))


def test_a_credit_takes_no_line_that_goes_on_from_the_story():
    # A paragraph over a photo's credit that opens with a connective, or whose later sentence opens with a
    # pronoun, goes on from the story: the photo lost its caption, and only the credit goes.
    credit = "Credit: Lena Moss/Harbour Wire"
    for told in ("But the ferry line kept its winter timetable, which leaves the quay twice a day.",
                 "Instead of the old pier, the new ferry uses the eastern quay for its winter timetable.",
                 "The ferry line kept its winter timetable. It leaves the quay twice a day until March."):
        assert kinds(page(inside=f"{told}\n{credit}")) == [("caption", credit)], told
    # Between the credit and a heading, too, a paragraph that goes on from the sentence before stays.
    heading = "Winter timetable"
    told = "The ferry line kept its winter timetable. They sail twice a day until March, as in past years."
    assert kinds(page(inside=f"{heading}\n{told}\n{credit}"))[-1] == ("caption", credit)
    # A caption names what its picture shows: it goes with its credit.
    shown = "The winter timetable pinned to the ticket office at the eastern quay."
    assert ("caption", f"{shown}\n{credit}") in kinds(page(inside=f"{shown}\n{credit}"))
    assert ("caption", f"{shown}\n{credit}") in kinds(page(inside=f"{heading}\n{shown}\n{credit}"))


def test_a_credit_takes_no_line_in_the_first_person_but_keeps_a_caption_that_describes_its_picture():
    # Between a heading and a credit, a line where the writer says "I", or that quotes someone's own "I", is the
    # story's: a caption describes its picture and tells no one's own words. Only the credit goes.
    heading = "Winter timetable"
    credit = "Courtesy of Harbour Ferries"
    for told in ("If the new timetable looks like the old one, I think you are right: on the quay I saw the same two crossings.",
                 "“I have never once missed the morning ferry,” the retired lighthouse keeper Ola Strand told the council."):
        assert kinds(page(inside=f"{heading}\n{told}\n{credit}"))[-1] == ("caption", credit), told
    # A caption in the third person, describing what the picture shows, still goes with its credit.
    shown = "The retired lighthouse keeper Ola Strand waits on the quay for the morning ferry to Vesterøy."
    assert ("caption", f"{shown}\n{credit}") in kinds(page(inside=f"{heading}\n{shown}\n{credit}"))
    # A numeral "I" is no first person: "World War I" in a caption keeps it a caption.
    numbered = "A World War I mine recovered from the harbour floor lies on the quay at Nordhavn."
    assert ("caption", f"{numbered}\n{credit}") in kinds(page(inside=f"{heading}\n{numbered}\n{credit}"))


def test_a_line_that_goes_on_from_the_story_is_no_caption_though_initials_close_it():
    # A paragraph that goes on from the sentence before ("She also …") and ends in a reporter's initials in
    # brackets is the story's, not a caption closed by a one-word credit.
    told = ("She also said the harbour office would hire two more pilots in the new season to guide the larger "
            "ferries through the narrow channel. (JD)")
    assert stays_body(page(inside=told), told), kinds(page(inside=told))
    # A caption that names what its picture shows, closed the same way, is still a caption.
    shown = "The harbour pilot Jon Berg guides a ferry through the narrow channel at dawn. (Harbourwire)"
    assert ("caption", shown) in kinds(page(inside=shown))


def test_a_credit_takes_no_narrating_paragraph_that_runs_on_into_the_next():
    # Under the byline a credit over a paragraph that tells the story in the past, with the next paragraph
    # right under it: a photo whose caption the scrape lost, and the paragraph stays.
    told = ("Shipping firms protested on Tuesday after the port announced it was closing the eastern quay "
            "through the end of August. That came a week after the ferry line cut its summer crossings.")
    head = "By Lena Moss\nMay 4, 2021 6:10am\nJon Berg/Harbour Wire\n"
    assert kinds(head + f"{told}\n{MIDDLE}\n{CLOSE}\n")[-1] == ("caption", "Jon Berg/Harbour Wire")
    # A caption describes its picture in the present: it goes with its credit.
    shown = ("Dock workers load a container onto the last ferry of the season at the eastern quay, in the town "
             "of Nordhavn, on Tuesday. The quay closes for repairs in June.")
    assert ("caption", f"Jon Berg/Harbour Wire\n{shown}") in kinds(head + f"{shown}\n{MIDDLE}\n{CLOSE}\n")
    # Over a credit that closes the story, its last paragraph is no caption either.
    last = ("The harbour master said in a statement on Friday that the pier had passed its inspection and "
            "would reopen to fishing boats as soon as the new lights were fitted.")
    end = "Sources: Harbour Times, Coast Wire / Photo credit: Jon Berg/Facebook\nTags\n"
    assert ("caption", last) not in kinds(f"{LEAD}\n{MIDDLE}\n{last}\n{end}")
    assert ("caption", end.splitlines()[0]) in kinds(f"{LEAD}\n{MIDDLE}\n{last}\n{end}")


def test_a_credit_under_a_narrating_paragraph_and_over_a_line_with_no_full_stop_opens_that_caption():
    # "Paragraph, credit, caption": the paragraph tells the story in the past with another right over it, and the
    # line under the credit is no sentence, so the credit opens its caption and the paragraph stays.
    told = ("The ferry company said on Friday that the winter timetable would keep two crossings a day "
            "until the new quay opened.")
    caption = "Ferry captain Ola Strand at the wheel of the Nordlys during a crossing in heavy snow"
    found = kinds(f"{LEAD}\n{MIDDLE}\n{told}\nJon Berg/Harbour Wire\n{caption}\n{CLOSE}\n{LEAD}\n")
    assert ("caption", f"Jon Berg/Harbour Wire\n{caption}") in found
    assert not any(told in t for _, t in found)
    # A caption over the credit describes its picture in the present: it keeps its credit, the line under stays.
    shown = ("Ferry captain Ola Strand steers the Nordlys through heavy snow on a winter crossing to the "
             "island of Vesterøy.")
    found = kinds(f"{LEAD}\n{MIDDLE}\n{shown}\nJon Berg/Harbour Wire\n{caption}\n{CLOSE}\n{LEAD}\n")
    assert ("caption", f"{shown}\nJon Berg/Harbour Wire") in found


def test_a_paragraph_narrating_with_an_irregular_past_over_a_credit_stays_the_storys():
    # "came", "lost": the past of an irregular verb narrates as "said" or "-ed" does, so the paragraph stays and the
    # credit opens the short line under it.
    for told in ("The ferry company came up with a plan to keep two crossings a day until the new quay opens in spring.",
                 "At the regatta in 2019 the harbour crew lost to the island team by two lengths to finish third."):
        caption = "Ferry captain Ola Strand at the wheel of the Nordlys during a crossing in heavy snow"
        found = kinds(f"{LEAD}\n{MIDDLE}\n{told}\nJon Berg/Harbour Wire\n{caption}\n{CLOSE}\n{LEAD}\n")
        assert ("caption", f"Jon Berg/Harbour Wire\n{caption}") in found, told
        assert not any(told in t for _, t in found), told


def test_a_credit_outside_the_found_body_under_a_narrating_paragraph_opens_the_line_under_it_too():
    # The same shape where the body the page's weights found does not reach the credit (a gallery of credits and
    # short lines around it): the paragraph that tells the story stays, the line under the credit is its caption.
    text = ("The ferry company said on Friday that the winter timetable would keep two crossings a day.\n"
            "The post included several photos of the crew posing with the new ferry, the Nordlys.\n"
            "Jon Berg/Harbour Wire\n"
            "Ferry captain Ola Strand and the crew of the Nordlys at the quay\n")
    page = noise._Page.read(text)
    repeated = [False] * len(page.stripped)
    for body in (range(0), range(len(page.stripped))):
        assert noise._caption_of(2, page.stripped, page.nwords, page.prose, page.cues, repeated, body) == 3, body


def test_a_slide_show_under_one_repeated_title_is_captions_but_a_repeated_line_in_the_body_is_not():
    title = "The harbour through the ages: a picture gallery"
    slides = [("The first pier", "Fishermen built the first wooden pier in 1721, and the town grew up around it over the century."),
              ("The great storm", "A storm in 1893 tore the pier apart, and the town took eleven years to raise the money for a new one."),
              ("The ferry years", "From 1920 a ferry ran to the islands twice a day, carrying mail, cattle and the island children to school.")]
    gallery = "\n".join(f"{title}\n{heading}\n{paragraph}" for heading, paragraph in slides)
    text = page(inside=gallery)
    start, end = text.index(title), text.index(slides[-1][1]) + len(slides[-1][1])
    assert [k for k, t in kinds(text) if title in t] == ["caption"]
    assert [r for r in find_regions(text) if r.start <= start and end <= r.end]
    # Two repeats are no slide show; nor is a title repeated over paragraphs with no heading between.
    two = "\n".join(f"{title}\n{heading}\n{paragraph}" for heading, paragraph in slides[:2])
    assert "caption" not in [k for k, _ in kinds(page(inside=two))]
    bare = "\n".join(f"{title}\n{paragraph} {paragraph}" for _, paragraph in slides)
    start = page(inside=bare).index(slides[0][1])
    assert overlaps_any(find_regions(page(inside=bare)), start, start + 20) == []


def test_a_credit_repeated_over_each_short_caption_is_a_caption_with_them_but_once_it_takes_nothing():
    first = "Fishermen unload crates of cod at the northern pier."
    second = "The new ferry berth beside the fish market at dawn."
    # No shape marks "Harbour Wire" as a credit; its repeats, each over a short sentence, do.
    text = page(inside=f"Harbour Wire\n{first}\nHarbour Wire\n{second}")
    assert kinds(text) == [("caption", f"Harbour Wire\n{first}\nHarbour Wire\n{second}")]
    # Once, the line under it stays the article's.
    assert stays_body(page(inside=f"Harbour Wire\n{first}"), first)
    # A repeated line over a short sentence once and a paragraph the next time is no credit.
    paragraph = ("The harbour master said the dredging of the channel would take most of the summer and cost "
                 "the town about 3 million crowns more than the council had planned for when it voted.")
    text = page(inside=f"Harbour Wire\n{first}\nHarbour Wire\n{paragraph}")
    assert stays_body(text, first) and stays_body(text, paragraph)

def test_a_credit_printed_twice_vouches_for_its_caption_but_takes_no_paragraph_another_credit_stands_by():
    body_caption = "Fishermen unload crates of the \u2018winter cod\u2019 at the northern pier on the first day of the season."
    credit = "Twitter / Jane Doe"
    # A gallery at the foot of the page prints the picture's caption over its credit again, its quotes plain.
    gallery = body_caption.replace("\u2018", "'").replace("\u2019", "'") + f"\n{credit}\nYou are viewing 1 of 5 images"
    text = page(inside=f"{body_caption}\n{credit}", after=gallery)
    start = text.index(body_caption)
    assert ("caption", f"{body_caption}\n{credit}") in kinds(text) and not stays_body(text, body_caption)
    # Under another sentence at its other printing, the line vouches for nothing: the sentence stays the story's.
    other = "The new ferry berth beside the fish market, seen from the harbour master's office at noon."
    text = page(inside=f"{body_caption}\n{credit}", after=f"{other}\n{credit}")
    assert overlaps_any(find_regions(text), start, start + len(body_caption)) == []
    # A credit an enlarge button found over a long caption finds the short caption under its second printing.
    long_caption = ("The harbour master, the mayor and the crews of the three fishing boats that moor at the northern "
                    "pier stand on the quay on Monday, Nov. 18, 2019, as the first ferry of the winter timetable "
                    "comes in to the new berth beside the fish market.")
    short = "New piles are driven into the seabed beside the old pier."
    text = page(before=f"View Full Image\nHarbour Wire\n{long_caption}", inside=f"Harbour Wire\n{short}")
    assert not stays_body(text, short)
    assert stays_body(page(before=f"View Full Image\nHarbour Wire\n{long_caption}", inside=f"Quay News\n{short}"), short)


def test_an_enlarge_button_over_a_credit_and_a_short_sentence_is_a_caption_but_not_over_a_paragraph():
    caption = "A ranger counts the herons nesting along the dune on the lake's western shore."
    text = page(inside=f"View Full Image\nLakeside Press\n{caption}")
    assert kinds(text) == [("caption", f"View Full Image\nLakeside Press\n{caption}")]
    # With no credit between them, the line under the button may be the story's own paragraph.
    assert stays_body(page(inside=f"Click to enlarge\n{caption}"), caption)
    # Nor does the button take a paragraph longer than a caption in the body is.
    paragraph = ("The ranger said the count had grown every spring since the dune was fenced off, and that the "
                 "council would vote in June on whether to close the western path to walkers for the whole of the "
                 "nesting season, as the birders' club has asked it to do for the past four years running now, without any answer so far.")
    assert stays_body(page(inside=f"View Full Image\nLakeside Press\n{paragraph}"), paragraph)


def test_a_paragraph_printed_twice_in_a_row_is_a_caption():
    # Longer than a repeated headline: a wire photo's caption of thirty words and more.
    caption = ("The mayor cuts the ribbon on the new pier on Monday, Nov. 18, 2019, with the harbour master "
               "beside her and the crews of the three fishing boats that moor there lined up behind them.")
    text = page(inside=f"{caption}\n{caption}")
    assert kinds(text) == [("caption", f"{caption}\n{caption}")]
    # Once, or twice apart, it is the article's own sentence.
    assert kinds(page(inside=caption)) == []
    assert kinds(page(before=caption, after=caption)) == []


def test_a_paragraph_printed_twice_in_the_pages_frame_is_furniture():
    # The house's description of itself under the menu and again in the footer, with furniture
    # above and below each copy. The page carries body enough that the second copy is not taken
    # for a list of links after a short story.
    about = ("The Harbour Times is an independent newspaper dedicated to reporting on the coast. Founded in 1921, "
             "it remains the most read paper in the three harbour towns and reaches more than forty thousand "
             "homes every week.")
    menu = "Home\nNews\nSport\nWeather\nMy Account"
    footer = "About us\nCareers\nContact us\nTerms of Use\nPrivacy Policy"
    more = ["Fishermen at the meeting asked for a second slipway, which the council agreed to study before the "
            "summer recess.",
            "The harbour master told the council that the old pier lost two of its moorings in the winter storms "
            "and that the wall behind them had cracked.",
            "A local building firm will do the first part of the work, and the council expects to choose a firm "
            "for the rest of it by the end of the year."]
    body = "\n".join([LEAD, MIDDLE, *more, CLOSE])
    text = f"{menu}\n{about}\nFacebook\nTwitter\n{body}\nShare\nEmail\n{about}\n{footer}\n"
    regions = find_regions(text)
    for start in (text.index(about), text.rindex(about)):
        assert overlaps_any(regions, start, start + len(about)), kinds(text)
    assert stays_body(text, LEAD) and stays_body(text, CLOSE)
    # Printed once, or twice with the story's own paragraphs around it, it is the article's.
    once = f"{menu}\n{LEAD}\n{about}\n{MIDDLE}\n{CLOSE}\n{footer}\n"
    assert stays_body(once, about)
    inside = f"{menu}\n{LEAD}\n{about}\n{MIDDLE}\n{about}\n{CLOSE}\n{footer}\n"
    assert stays_body(inside, about)


def test_a_line_that_prints_its_title_twice_over_is_a_link():
    # A thumbnail's link text and its alt text on one line, the second run going on with the source.
    title = "Fishermen pull a seal from the nets at the old pier"
    link = f"{title} {title} before the storm Harbour Times"
    assert ("related-links", link) in kinds(page(inside=link))
    # A sentence that says a few words again is the article's ("again and again" is no title).
    said = "The harbour master said the pier was safe, the pier was safe, and the boats could come back on Monday."
    assert stays_body(page(inside=said), said)
    # Nor is a sentence that opens on a short saying twice over and goes on far longer.
    chant = ("Build the pier now, build the pier now, the crowd chanted outside the town hall on Monday while the "
             "council met to vote on the harbour budget.")
    assert stays_body(page(inside=chant), chant)


def test_a_video_description_that_a_credited_caption_repeats_is_a_caption():
    # A player's title, its description, and two lines on the same words with the photo's credit
    # glued to them ("…Credit…"): both are the caption, the article's paragraphs around them stay.
    described = "The harbour master shows reporters the crack in the old pier wall on Monday morning after the storm."
    player = f"Video\n0:00/1:12\nStorm damage at the pier\n{described}\nn/a\n{described}Credit...Ada Mensah/Harbour Times"
    text = page(inside=player)
    assert overlaps_any(find_regions(text), text.index(described), text.index(described) + len(described))
    assert stays_body(text, MIDDLE)
    # The same sentence above a line that starts with it but is no caption (no credit) is the article's.
    longer = described.rstrip(".") + ", and the council will pay for the repairs from its reserve fund."
    assert stays_body(page(inside=f"{described}\n{longer}"), described)


def test_a_video_players_transcript_down_to_its_credited_caption_is_a_caption():
    # The player's counter ("0:00/1:12"), the clip's title and description, its transcript as one
    # long paragraph, then the description again with the photo's credit: all of it is the player.
    described = "The harbour master shows reporters the crack in the old pier wall on Monday morning after the storm."
    transcript = ("“We lost two moorings on Sunday night and the wall took the rest of it. The crack runs from the "
                  "steps to the lamp post, and nobody will tie up here until the engineers have been,” she said.")
    player = f"Video\n0:00/1:12\nStorm damage at the pier\n{described}\n{transcript}\n{described}Credit...Ada Mensah/Harbour Times"
    text = page(inside=player)
    assert overlaps_any(find_regions(text), text.index(transcript), text.index(transcript) + len(transcript))
    assert stays_body(text, LEAD) and stays_body(text, MIDDLE)
    # Without a credited caption within reach, the paragraphs under a counter stay the article's.
    assert stays_body(page(inside=f"0:00/1:12\n{transcript}"), transcript)

def test_a_video_under_its_label_and_bar_is_a_caption_down_to_its_description():
    # The label, the clip's title, its age and length, and the one-sentence description under the length.
    described = "Crews worked through the night to clear the boats the storm had thrown onto the old pier."
    video = f"WATCH | Harbour crews clear the storm damage:\nCrews clear the pier after the storm\n3 hours ago\nDuration 1:42\n{described}"
    text = f"{LEAD}\n{MIDDLE}\n{video}\n{CLOSE}\n"
    assert kinds(text) == [("caption", video)]
    # The description may stand above the clip's age, the site's section between them.
    video = f"WATCH | Harbour crews clear the storm damage\n{described}\nLocal\n3 hours ago"
    assert ("caption", video) in kinds(f"{LEAD}\n{MIDDLE}\n{video}\n{CLOSE}\n")
    # With no age or length under it, the label is a link's, and the paragraph under it is the story's.
    text = f"{LEAD}\n{MIDDLE}\nWATCH | Harbour crews clear the storm damage\n{described}\n{CLOSE}\n"
    assert stays_body(text, described) and stays_body(text, CLOSE)


def test_a_wire_photo_caption_dated_at_its_end_or_before_its_place_is_a_caption():
    # An agency dates its picture after the place with no "on" and no weekday, or before the place.
    for caption in ("Ada Mensah mends a net on the old pier in Tema, Ghana, March 3, 2030.",
                    "Ada Mensah mends a net on the old pier March 3, 2030, in Tema, Ghana."):
        text = page(inside=caption)
        assert ("caption", caption) in kinds(text), kinds(text)
    # A story's own sentence dates with "on" or runs to a date ("through"): it stays body.
    for sentence in ("The harbour board said the pier would reopen to boats on March 3, 2030.",
                     "The old pier stays shut to boats from the north wing through March 3, 2030, in Tema.",
                     "The harbour board held its vote on the old pier Tuesday, March 3, 2030."):
        assert stays_body(page(inside=sentence), sentence)


def test_a_caption_of_one_sentence_closed_by_its_pictures_full_date_is_a_caption():
    # The picture's date, the year and all, closes a caption of one sentence, after "on" or right after the place.
    for caption in ("Fishermen haul the last nets ashore ahead of the storm in Tema, Ghana on March 3, 2030.",
                    "FILE - Ada Mensah walks her dog along the harbour wall on March 3, 2030.",
                    "A crane lifts a hull onto the slipway of the Tema Boatyard March 3, 2030."):
        text = page(inside=caption)
        assert ("caption", caption) in kinds(text), kinds(text)
    # A story's sentence that closes on a year reports, looks ahead, runs to the date or is one of several.
    for sentence in ("The harbour board told fishermen the pier reopens to boats on March 3, 2030.",
                     "The old pier will reopen to the ferries from the north wing on March 3, 2030.",
                     "The pier stayed shut to boats between January 4, 2030, and March 3, 2030.",
                     "The board met twice. It closed the old pier to boats on March 3, 2030."):
        assert stays_body(page(inside=sentence), sentence), sentence


def test_a_caption_with_its_toggle_button_glued_to_its_end_is_a_caption():
    # The button that folds the caption away closes the line, after the caption and its credit.
    caption = "Gulls circle a trawler leaving the harbour at dawn on Monday. Ada Mensah/Harbour Wire via Tema Daily hide caption"
    text = page(inside=f"{caption}\ntoggle caption")
    assert ("caption", caption) in [(k, t.split("\n")[0]) for k, t in kinds(text)], kinds(text)
    # A story's sentence that speaks of such a button ends in its full stop: it stays the story's.
    sentence = "Readers of the Tema Daily site asked the editors for a button to hide caption."
    assert stays_body(page(inside=sentence), sentence)


def test_a_long_caption_its_credit_closes_is_a_caption():
    # Past a caption's usual length, quoting the man in the picture, but closed by the picture's credit in brackets.
    caption = ("Kofi Boateng points at the pier where the trawler Mercy Ann broke from its moorings in Tema, Ghana, on "
               "Tuesday, March 3, 2030. “Nobody saw it coming, the ropes were new and the harbour was calm that night,” "
               "said Boateng, “and by the morning the boat had drifted past the breakwater and onto the rocks by the old "
               "lighthouse.” The harbour board has asked the owners to clear the wreck before the fishing season "
               "opens again in the spring. (Ada Mensah/Harbour Wire)")
    assert 80 < len(caption.split()) <= noise.CREDIT_CLOSED_CAPTION_MAX_WORDS
    text = page(inside=caption)
    assert ("caption", caption) in kinds(text), kinds(text)
    # The same paragraph with no credit closing it is the story's.
    sentence = caption.removesuffix(" (Ada Mensah/Harbour Wire)")
    assert stays_body(page(inside=sentence), sentence)


def test_a_standfirst_the_first_paragraph_repeats_stays_in_the_body():
    standfirst = "New figures from the harbour board confirm what fishermen have known for a while: the catch is down."
    text = (f"Harbour catch falls for a third year\n{standfirst}\nShare\nTweet\nBy Ada Mensah\nMarch 4, 2030\n"
            f"{standfirst}\n" + page())
    second = text.rindex(standfirst)
    assert overlaps_any(find_regions(text), second, second + len(standfirst)) == [], kinds(text)
    # A short line printed twice is still a repeated headline.
    assert ("repeated-headline", "Harbour town votes on new pier\nHarbour town votes on new pier") in kinds(ARTICLE)


def test_an_embedded_post_is_body_and_its_credit_a_caption():
    post = "Lights still on in the main terminal but the north wing dark. Staff trying to get people out"
    text = page(inside=f"{post} :( #harbour pic.twitter.com/Q8FFsT2ITu\n\u2014 Ada Mensah (@adamensah) December 22, 2014")
    assert [text[a:b] for a, b in noise.embedded_posts(text)] == [post]
    assert kinds(text) == [("caption", "\u2014 Ada Mensah (@adamensah) December 22, 2014")]
    # A short one reads like a heading, and is none; one of hashtags and a link alone says nothing.
    short = "Power outage at the harbour, great day for it :/\n\u2014 Ada Mensah (@adamensah) December 22, 2014"
    assert kinds(page(inside=short)) == [("caption", "\u2014 Ada Mensah (@adamensah) December 22, 2014")]
    tags = "#harbour #outage pic.twitter.com/NBX8Y98EPp\n\u2014 Ada Mensah (@adamensah) December 22, 2014"
    assert noise.embedded_posts(page(inside=tags)) == []


def test_the_author_the_documents_metadata_names_opens_a_biography_after_the_body():
    bio = "Ada Mensah is an assistant professor of marine biology at the University of Ghana."
    contact = "Ada Mensah may be reached at ada@example.com."
    text = page(after=f"{bio}\n{contact}")
    # The page prints her name in no byline: only the metadata (ingest's author) tells who she is.
    assert [k for k, t in kinds(text) if t in (bio, contact)] == []
    found = [(r.kind, text[r.start:r.end]) for r in find_regions(text, author="Ada Mensah")]
    assert ("author-bio", f"{bio}\n{contact}") in found
    # Two authors in one field; a one-word author (an outlet) names nobody.
    found = [(r.kind, text[r.start:r.end]) for r in find_regions(page(after=bio), author="Kofi Boateng and Ada Mensah")]
    assert ("author-bio", bio) in found
    assert [r.kind for r in find_regions(text, author="Reuters")] == [k for k, _ in kinds(text)]
    # Inside the body the metadata's author may be the story's subject: that line stays text.
    middle = "Ada Mensah is the harbour master who first asked the council to pay for the new pier."
    inside = page(inside=middle)
    assert not any(inside[r.start:r.end] == middle for r in find_regions(inside, author="Ada Mensah"))


def test_the_line_under_a_videos_embed_code_is_its_caption():
    embed = '<iframe width="476" height="267" src="https://example.com/video/embed/?pid=140" frameborder="0"></iframe>'
    caption = "The town council has approved a harbour budget that could bring a new pier to the north shore."
    head = "Harbour budget approved\nBy Ada Mensah\nMarch 4, 2030\n"
    assert ("caption", caption) in kinds(f"{head}{embed}\n{caption}\n" + page())
    # Without the player above it, the same sentence opens the story (a standfirst) and stays.
    assert not any(text == caption for _, text in kinds(f"{head}{caption}\n" + page()))
    # A paragraph under the code, longer than the one after it, is the story's own.
    assert not any(text == CLOSE for _, text in kinds(f"{head}{embed}\n{CLOSE}\n{LEAD}\n{MIDDLE}\n"))


def test_a_caption_that_names_its_subject_before_the_credit_takes_no_paragraph_with_it():
    # "Name (Credit: X)" is a caption whole on its line; a caption may close with its credit's label in brackets.
    text = (f"{LEAD}\nAbout 400 boats are expected to leave the harbour this winter (Credit: iStock)\n{MIDDLE}\n"
            f"Harbour master Lena Moss (Credit: Getty Images)\n{CLOSE}\n")
    assert kinds(text) == [("caption", "About 400 boats are expected to leave the harbour this winter (Credit: iStock)"),
                           ("caption", "Harbour master Lena Moss (Credit: Getty Images)")]


def test_a_name_label_between_paragraphs_that_the_next_one_names_is_a_caption():
    # "Name: who they are." or "Who they are, Name." under a person's photo, the next paragraph about that person.
    after = ("Lena Moss, who has run the harbour office since 2019, said the budget was the largest the town had "
             "ever passed for its waterfront.")
    for label in ("Lena Moss: Harbour master of the town.", "New harbour master, Lena Moss."):
        assert ("caption", label) in kinds(f"{LEAD}\n{MIDDLE}\n{label}\n{after}\n{CLOSE}\n")
    # A short line of the story's own that names no one that way, or a label whose person the
    # paragraph after it never names, stays.
    for line in ("Then came Lena Moss.", "Tom Berg: Harbour master of the town."):
        assert not any(text == line for _, text in kinds(f"{LEAD}\n{MIDDLE}\n{line}\n{after}\n{CLOSE}\n"))


def test_a_list_of_teasers_after_the_body_is_not_body():
    teasers = ("Recommended for you\nLighthouse reopens to visitors\n"
               "The old lighthouse on the point opens its doors again after ten years of repairs and a new roof.\n"
               "Fish market moves indoors\n"
               "Traders at the fish market will sell from a heated hall from next winter, the council said.")
    text = page(after=teasers)
    assert ("related-links", teasers) in kinds(text)


def test_an_article_that_goes_on_under_an_inline_box_of_links_keeps_its_last_paragraphs():
    # "See Also" and a few headlines set into the article, then more of the article than a blurb:
    # the box goes, the paragraphs under it stay, however short the rest is beside the part above.
    above = "\n".join([LEAD, MIDDLE, CLOSE] * 3)
    box = "See Also\nLighthouse reopens to visitors\nFish market moves indoors\nFerry timetable changes"
    rest = ["Several fishermen said they would rather have had a new breakwater than a new pier, and that "
            "nobody on the council had asked them before the vote.",
            "“We came to the meeting knowing we would not be heard,” said one of them.", CLOSE]
    text = above + "\n" + box + "\n" + "\n".join(rest) + "\n"
    regions = find_regions(text)
    k = text.index("Lighthouse reopens")
    assert overlaps_any(regions, k, k + 5) != []
    for paragraph in rest[:2]:
        k = text.index(paragraph)
        assert overlaps_any(regions, k, k + len(paragraph)) == [], paragraph



def test_an_article_that_goes_on_under_a_small_box_keeps_its_long_paragraphs():
    # "Further Reading" over a single headline, or "Top Comment" over one reader's post and its
    # button, set into the article: long paragraphs after it, to the end, are still the article's.
    above = "\n".join([LEAD, MIDDLE, CLOSE] * 6)
    rest = [" ".join([MIDDLE.replace("April", "May"), CLOSE.replace("spring", "summer"), LEAD.replace("Monday", "Friday")]),
            " ".join([CLOSE.replace("spring", "autumn"), MIDDLE.replace("April", "June"), LEAD.replace("Monday", "Sunday")])]
    post = "I have lived by the harbour all my life and the council never asks us anything before it spends our money."
    for box in ("Further Reading\nLighthouse reopens to visitors", f"Top Comment\n{post}\nJoin In"):
        text = above + "\n" + box + "\n" + "\n".join(rest) + "\n"
        regions = find_regions(text)
        k = text.index(box)
        assert overlaps_any(regions, k, k + len(box)) != [], box
        for paragraph in rest:
            assert stays_body(text, paragraph), (box, paragraph)
    # Blurbs as short as a teaser's under the same box are not the article going on.
    blurbs = ["The old lighthouse on the point opens its doors again after ten years of repairs and a new roof.",
              "Traders at the fish market will sell from a heated hall from next winter, the council said."]
    text = above + "\nFurther Reading\nLighthouse reopens to visitors\n" + "\n".join(blurbs) + "\n"
    assert not stays_body(text, blurbs[0])

def test_an_article_that_goes_on_under_a_box_keeps_its_paragraphs_across_the_pages_own_labels():
    # A page that sets the same short label between every two paragraphs ("Story text") and a
    # "Trending" box of headlines, a blurb and an advertisement's notice mid-article: the label
    # parts no run of paragraphs, so the paragraphs under the box are still the article's.
    label = "Story text"
    above = [LEAD, MIDDLE, CLOSE,
             "Fishermen who moor their boats at the old pier will use the southern quay while the work goes on.",
             "The budget also pays for new lights along the sea wall, which the council was asked to fix years ago.",
             "Shop owners on the waterfront welcomed the vote, though some feared the building work would keep "
             "visitors away from the cafés and the market for most of the next two summers."]
    # The advertisement's notice, printed over each advertisement, is the frame's too.
    notice = "The advertisement is still loading, and the story carries on after it."
    box = (f"{notice}\nTrending\nLighthouse reopens to visitors\nLocal News\n"
           "Members only. Traders at the fish market will sell from a heated hall next winter.\n"
           f"Ferry timetable changes for the holidays\nLocal News\nAdvertisement\n{notice}")
    rest = ["Several fishermen said they would rather have had a new breakwater than a new pier, and that "
            "nobody on the council had asked them before the vote, though the harbour office had written to all of them.",
            "The harbour master said the council would hear the fishermen again at its next meeting in the town hall.",
            "A second vote on the breakwater is planned for the autumn, after the engineers report on the cost."]
    text = f"\n{label}\n".join(above) + "\n" + box + "\n" + "".join(f"{label}\n{p}\n" for p in rest)
    regions = find_regions(text)
    k = text.index("Lighthouse reopens")
    assert overlaps_any(regions, k, k + 5) != []
    for paragraph in rest:
        assert stays_body(text, paragraph), paragraph
    lines = noise._Page.read(text)
    labels = noise._frame_labels(lines)
    assert {lines.stripped[i] for i in range(len(labels)) if labels[i] and not lines.prose[i]} == {label}
    # A short line set between two paragraphs only twice is no label of the page's frame: a tag
    # under two blurbs parts them as before.
    twice = f"{LEAD}\n{label}\n{MIDDLE}\n{label}\n{CLOSE}\n"
    lines = noise._Page.read(twice)
    assert not any(noise._frame_labels(lines))


def test_a_thread_of_readers_posts_longer_than_the_article_is_not_body():
    # Readers' posts under a comments title, each headed "On <date>, <name> wrote:", and together
    # longer than the article: the body ends at the title however long the thread.
    post = ("I have followed this harbour project for years and I think the council got the budget badly "
            "wrong, because the dredging alone will cost more than the whole pier and nobody has asked "
            "the fishermen what they need from the new quay before spending their money on it.")
    thread = "Comments from our Harbour Readers\n" + "\n".join(
        f"On December {day}, 2014, at 10:{day:02d} PM, reader{day} wrote:\n{post}" for day in range(20, 27))
    text = page(after=thread)
    regions = find_regions(text)
    start = text.index("Comments from our Harbour Readers")
    assert all(overlaps_any(regions, k, k + 1) for k in range(start, len(text.rstrip())) if not text[k].isspace())
    for paragraph in (LEAD, MIDDLE, CLOSE):
        k = text.index(paragraph)
        assert overlaps_any(regions, k, k + len(paragraph)) == [], paragraph
    # "Published …" and "Updated …" under a share bar's "Comments" head no thread: the article stays.
    text = page(before="Comments\nPublished December 20, 2014\nUpdated December 21, 2014")
    for paragraph in (LEAD, MIDDLE, CLOSE):
        k = text.index(paragraph)
        assert overlaps_any(find_regions(text), k, k + len(paragraph)) == [], paragraph


def test_a_thread_of_posts_signed_at_their_foot_is_not_body():
    # Readers' posts each signed under its text ("Posted by: <name>, <date> | <time>", or the date on
    # the line above the signature and a report button between), under a title (which may carry the
    # form's button), longer than the article: the body ends at the title, not at the first button.
    post = ("The new quay will be too short for the ferries that call here in summer, and the harbour board "
            "knows it, because the same mistake was made with the old pier forty years ago and nobody "
            "learned anything from it, so the town will pay twice for one pier.")
    signed = "\n".join(f"Tide worries\n{post}\nPosted by: quay_watcher{day}, {day} May 2030 | 10:{day}"
                       for day in range(11, 18))
    stamped = "Posts on this forum are read by an editor before they appear.\n" + "\n".join(
        f"#{day}\n{post}\nReport this comment\n2030-05-{day} 10:{day}:00 AM\nPosted by: Ada Groen{day}" for day in range(11, 18))
    for title, thread in (("Reader comments Add your comment", signed), ("Comments", stamped)):
        text = page(after=f"{title}\n{thread}")
        regions = find_regions(text)
        start = text.index(title)
        assert all(overlaps_any(regions, k, k + 1) for k in range(start, len(text.rstrip())) if not text[k].isspace()), title
        for paragraph in (LEAD, MIDDLE, CLOSE):
            k = text.index(paragraph)
            assert overlaps_any(regions, k, k + len(paragraph)) == [], paragraph
    # The button alone is a comment widget; a sentence that reports a comment is no button.
    assert ("comments", "Add your own comment") in kinds(page(after="Add your own comment"))
    said = "The harbour board declined to add a comment on the cost of the quay, a spokesman said on Monday."
    assert kinds(page(inside=said)) == []
    # A signature needs a thread under a low title: a "Comments" link over the story's first paragraph,
    # and the story signed once, leave the article whole.
    text = page(before="Comments\nPosted by: Ada Mensah, 3 May 2030 | 10:15")
    for paragraph in (LEAD, MIDDLE, CLOSE):
        k = text.index(paragraph)
        assert overlaps_any(find_regions(text), k, k + len(paragraph)) == [], paragraph


def test_the_sites_rules_for_comments_are_furniture_wherever_they_stand():
    # The site's rules for readers' comments, in its own voice: under the last paragraph, or above the
    # article in a comment box the scrape left there, however long the paragraph.
    rules = ("Posts that contain insults or advertising, and other comments that break our harbour forum rules, will be "
             "removed by the moderators. Please stay on topic and be kind to other readers.")
    welcome = "We welcome lively comments from harbour readers. Please keep to our house rules."
    for text, line in ((page(after=welcome), welcome), (page(before=rules), rules), (page(after=rules), rules)):
        start = text.index(line)
        assert [(r.kind, text[r.start:r.end]) for r in overlaps_any(find_regions(text), start, start + len(line))] \
            == [("comments", line)], line
    # A story that reports another site's rules for comments keeps its paragraph.
    told = ("Comments that include threats will be removed within an hour, the ferry company said on Monday after a "
            "week of abuse on its page.")
    assert stays_body(page(inside=told), told)
    # So does a sentence on comments that sets no rule for them.
    plain = "We welcome the new pier, the harbour master wrote in comments to the council on Monday."
    assert stays_body(page(inside=plain), plain)


def test_a_disclaimer_on_our_comment_section_and_a_spam_filter_notice_are_comments():
    # The site's word on its own comment section, and the spam filter's notice under the form.
    disclaimer = ("The Harbour Gazette rejects any posts that are rude or off topic. Views left in our comment section "
                  "belong to their writers and not to the Gazette.")
    spam = "This page runs Gullfilter to reduce spam. See how your comment data is handled."
    for line in (disclaimer, spam):
        text = page(after=line)
        start = text.index(line)
        assert [(r.kind, text[r.start:r.end]) for r in overlaps_any(find_regions(text), start, start + len(line))] \
            == [("comments", line)], line
    # A story's sentence on readers' comments elsewhere, or on a spam filter, keeps its place.
    story = ("Readers flooded the comment section of the ferry company's page on Monday, and the firm said it would "
             "use a new filter to reduce spam.")
    assert stays_body(page(inside=story), story)


def test_short_posts_under_a_count_of_comments_are_not_body_however_many():
    # Readers' posts with no name or date over them, under "See all comments (14)" and "14 Comments", longer
    # together than the article: an article gives no sub-heading a count of its comments.
    posts = ["The new pier is long overdue and the old one was falling apart anyway, everyone in town knew it.",
             "Twelve million seems a lot for a pier that only the ferry and a few trawlers will ever use.",
             "Agreed, though the dredging of the channel is the part that will really cost the money.",
             "I fished from the old pier for forty years and I will miss it when they finally pull it down.",
             "Does anyone know whether the council will keep the little cafe at the end of the old pier?",
             "They said the same about the marina ten years ago and it still is not finished today.",
             "Good news for the boat yard, which has been losing work to the harbour across the bay for years."]
    thread = "See all comments (14)\n14 Comments\n" + "\n".join(posts)
    text = page(after=thread)
    regions = find_regions(text)
    for post in posts:
        at = text.index(post)
        assert overlaps_any(regions, at, at + len(post)), post
    for paragraph in (LEAD, MIDDLE, CLOSE):
        assert stays_body(text, paragraph)
    # A share bar's "Comments (14)" under the standfirst, above the article's paragraphs, opens no thread.
    text = page(before="Comments (14)", after="\n".join(posts))
    for paragraph in (LEAD, MIDDLE, CLOSE):
        assert stays_body(text, paragraph)


def test_a_second_article_after_a_gallery_stays_text():
    gallery = "\n".join(f"Slide {k}" for k in range(1, 25))
    second = [LEAD.replace("Monday", "Tuesday"), MIDDLE.replace("April", "May"), CLOSE.replace("spring", "summer")]
    text = page(after=gallery + "\n" + "\n".join(second))
    regions = find_regions(text)
    for paragraph in second:
        start = text.index(paragraph)
        assert overlaps_any(regions, start, start + len(paragraph)) == [], paragraph
    assert ("navigation", gallery) in kinds(text)


@pytest.mark.parametrize(("head", "unit", "count", "tail"), [
    ("Photo", " ", 900_000, "x"),
    ("", "A", 900_000, ""),
    ("", "briefing ", 100_000, ""),
    ("By ", "Aa ", 300_000, ""),
    ("", "JAKARTA ", 110_000, ""),
    ("", "Ab/Cd ", 150_000, ""),
    ("", "» ", 450_000, "x"),
    ("", "(A ", 300_000, ""),
])
def test_a_900_kb_line_takes_linear_time(head, unit, count, tail):
    import time

    # A line four times as long must take about four times as long, not sixteen (a pattern that
    # backtracks over the line would). The best of two timings of each size, taken in turn, so
    # that a busy spell slows both alike; a size that takes under 50 ms counts as 50 ms, so that the
    # ratio of two tiny timings says nothing. The bound is ten.
    paragraph = "\nThe harbour was dredged in 1921 and it is deep today, the council said.\n"
    texts = {n: head + unit * n + tail + paragraph for n in (count // 4, count)}
    best = dict.fromkeys(texts, float("inf"))
    for _ in range(2):
        for n, text in texts.items():
            started = time.perf_counter()
            find_regions(text)
            best[n] = min(best[n], time.perf_counter() - started)
    small, large = max(best[count // 4], 0.05), best[count]
    assert large / small < 10, f"{small:.2f} s for a quarter of the line, {large:.2f} s for all of it"


def test_many_short_lines_after_a_paragraph_take_linear_time():
    import time

    # Each short line once looked for the ends of its run of short lines: 20,000 lines took 64 s.
    # Four times the lines must take about four times as long, not sixteen: the ratio of the best
    # of three timings each, taken in turn so that a busy spell slows both sizes alike, not a time
    # limit that a busy machine would break. Quadratic work gives sixteen; the bound is ten.
    texts = {lines: LEAD + "\n" + "".join(f"Menu item {k}\n" for k in range(lines)) for lines in (4_000, 16_000)}
    best = dict.fromkeys(texts, float("inf"))
    for _ in range(3):
        for lines, text in texts.items():
            started = time.perf_counter()
            regions = find_regions(text)
            best[lines] = min(best[lines], time.perf_counter() - started)
            assert [r.kind for r in regions] == ["navigation"]

    small, large = best[4_000], best[16_000]
    assert large / small < 10, f"{small:.2f} s for 4,000 lines, {large:.2f} s for 16,000"


def test_a_sentence_full_of_names_at_the_edge_of_the_body_stays_text():
    # Most of its words are capitalized, as in a headline, but it ends as a sentence does.
    names = "Norway joined the European Free Trade Association in May 1960."
    text = f"{LEAD}\n{MIDDLE}\n{names}\n- Ten best beaches near you\n- Celebrity chef opens a café\n"
    start = text.index(names)
    assert overlaps_any(find_regions(text), start, start + len(names)) == [], kinds(text)
    # Not vacuous: the list of links after it is found.
    links = text.index("- Ten best beaches")
    assert overlaps_any(find_regions(text), links, len(text)), kinds(text)


def test_a_wire_caption_under_its_credit_is_taken_even_beside_the_body():
    caption = "Apr. 8: The mayor opens the new fish market at the northern end of the harbour."
    text = f"Share\nTweet\nAP\n{caption}\n" + page()
    assert ("caption", f"AP\n{caption}") in kinds(text)
    start = text.index(LEAD)
    assert overlaps_any(find_regions(text), start, start + len(LEAD)) == []


def test_a_source_alone_in_brackets_under_a_line_is_its_credit_and_the_line_its_caption():
    caption = "A sketch of the new ferry terminal planned for the northern end of the harbour."
    # The picture's source in brackets, a few capitalized words alone on a line: a credit, the line over it the caption.
    text = page(inside=f"{caption}\n(Harbour Authority)")
    assert ("caption", f"{caption}\n(Harbour Authority)") in kinds(text)
    # An aside in brackets worded as a sentence, with lower-case words, credits nothing: the line over it stays.
    text = page(inside=f"{caption}\n(Updated with the council vote)")
    assert stays_body(text, caption)
    assert "caption" not in [k for k, _ in kinds(text)]


def test_a_caption_whose_credit_is_followed_by_the_pictures_licence_is_a_caption():
    # The licence after the credit, a Creative Commons one in brackets or the agency's button to buy the rights,
    # hides the credit that closes the line: without it the line is a caption as any credited one.
    for caption in ("Gulls circle the trawlers on their way back to the quay. Credit: Lena Moss/Harbour Wire (CC BY-SA 2.0)",
                    "A diver checks the hull of the ferry in the dry dock, May 4, 2021. REUTERS/Jon Berg "
                    "Purchase Licensing Rights, opens new tab"):
        assert ("caption", caption) in kinds(page(inside=caption)), caption
    # A story's sentence that names a licence, with no credit before it, stays.
    story = "The council published the survey photographs of the pier under a free licence (CC BY 4.0)"
    assert stays_body(page(inside=story), story)


def test_a_caption_credited_to_a_picture_an_agency_passed_on_is_a_caption():
    # "X/via AGENCY" closes the caption of a picture a photographer or a poster gave an agency, with or without a
    # full stop before it, and the agency's terms for such a handout may follow.
    for caption in ("The harbour master inspects the new pier at low tide Jon Berg/via Reuters",
                    "Smoke rises over the fish market in this picture obtained from social media. @harbourcam/via REUTERS "
                    "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES."):
        assert ("caption", caption) in kinds(page(inside=caption)), caption
    # A story's sentence that says what came via an agency stays.
    story = "The council said the photographs of the damaged pier had reached it from Jon Berg/via Reuters."
    assert stays_body(page(inside=story), story)


def test_a_wire_photo_caption_is_known_by_its_dated_stamp_even_inside_the_body():
    # The weekday and the full date between commas, with no "on", date a photo; a sentence of the
    # story that gives the same date says "on".
    caption = ("Harbour master Ann Berg, left, speaks with a fisherman during a tour of the pier, Tuesday, Nov. 19, "
               "2019, in Tromso, Norway.")
    text = page(inside=caption)
    assert ("caption", caption) in kinds(text)
    story = "The harbour master toured the pier with the fishermen on Tuesday, Nov. 19, 2019, in Tromso, Norway."
    text = page(inside=story)
    start = text.index(story)
    assert overlaps_any(find_regions(text), start, start + len(story)) == [], kinds(text)


def test_a_caption_closed_by_a_one_word_credit_is_a_caption_but_a_story_ending_in_a_name_stays():
    # The picture's source, one word after the caption's full stop, bare or in brackets, or agencies joined by slashes.
    for caption in ("Gulls circle the trawlers as they return to the quay on a grey morning in March. Supplied",
                    "The new ferry terminal, seen from the breakwater, will open to passengers in June. (Harbourwire)",
                    "Divers examine the timbers of a wooden wreck found last summer under the northern pier of the harbour. HMA/NPS"):
        assert ("caption", caption) in kinds(page(inside=caption)), caption
    # A sentence that ends on an abbreviation and a name, or on a number, stays body.
    for story in ("The harbour master said the new crane was bought from a shipyard near St. Louis",
                  "The ferry operator said its new boat was designed by a team led by Prof. Mensah"):
        assert stays_body(page(inside=story), story), kinds(page(inside=story))
    # The story's last paragraph may close on the paper's initials, a sign-off and no credit.
    closing = "The mayor said the old pier would be pulled down once the new one opens next spring. HT"
    assert stays_body(page(after=closing), closing), kinds(page(after=closing))


def test_a_caption_that_places_the_people_in_its_picture_is_a_caption_but_a_story_naming_them_stays():
    for caption in ("Harbour master Ann Berg, left, and the ferry captain Piet Groen inspect the new pontoon.",
                    "Volunteers (from left) Ada Mensah, Tom Reed and Lena Moss haul a net onto the quay."):
        assert ("caption", caption) in kinds(page(inside=caption)), caption
    story = "Harbour master Ann Berg and the ferry captain Piet Groen inspected the new pontoon, which left them unimpressed."
    assert stays_body(page(inside=story), story), kinds(page(inside=story))


def test_a_caption_opened_or_closed_by_a_slashed_credit_is_a_caption_even_inside_the_body():
    opened = "Kevin C. Downs/for Harbour Daily News Ann Berg poses on the pier with the first catch of the season."
    closed = "The harbour master plans to double the pier's length by 2030. Mike Blake/Reuters files"
    for caption in (opened, closed):
        assert ("caption", caption) in kinds(page(inside=caption)), caption
    # The credit alone on its line is no caption of itself: the paragraph above it stays body.
    text = page(inside="Kevin C. Downs/for Harbour Daily News")
    assert overlaps_any(find_regions(text), 0, len(LEAD)) == [], kinds(text)
    # A name with a slash in a sentence of the story is no credit ("An NBC News/ Wall Street ...").
    story = "An NBC News/ Wall Street Journal poll from June showed how popular the new pier has become."
    assert stays_body(page(inside=story), story), kinds(page(inside=story))


def test_a_caption_closed_by_its_credit_with_no_full_stop_before_it_or_by_for_or_courtesy_is_a_caption():
    for caption in ("Ann Berg waits on the pier on the first morning of the fishing season Jane Roe/Harbour Images",
                    "A trawler leaves the harbour at dawn on the first day of the season. Jane Roe for Harbour Weekly",
                    "Dock workers rally outside the port authority's offices in Harbourton. (Courtesy of Piet Groen)"):
        assert ("caption", caption) in kinds(page(inside=caption)), caption
    # A sentence of the story that ends in a name and a "for", or in brackets, keeps its place.
    for story in ("The council gave the contract to a firm from Tromso. Its owner once ran for Harbour Council.",
                  "The new pier will be 40 metres longer than the old one (the council's own figure)."):
        assert stays_body(page(inside=story), story), kinds(page(inside=story))


def test_a_pull_quote_repeating_the_body_is_a_caption_but_a_summarys_points_are_not():
    pull = "“Work on the northern pier will start in April and should take about two years”"
    text = "\n".join([LEAD, MIDDLE, pull, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert ("caption", pull) in kinds(text)
    # Points that sum up the story above it, each told again below, stay body.
    points = [LEAD.split(" after")[0] + ".", MIDDLE.split(" and should")[0] + "."]
    text = "\n".join(["Key points", *points, LEAD, MIDDLE, CLOSE]) + "\n"
    assert all(stays_body(text, point) for point in points), kinds(text)


def test_a_paragraph_said_again_in_a_line_with_an_address_is_no_pull_quote():
    # A share blurb that gives the story's paragraph again with the story's link, or a picture's caption
    # closed by its photographer's mail address, holds the paragraph's words: the paragraph is still the story.
    blurbs = ("Harbour budget approved " + MIDDLE + " Read the whole story at the Harbour Gazette: http://hg.example/p1",
              MIDDLE.replace(", the council said in a statement.", " next year.")
              + " Northern pier: Ola Berg, ola@bergfoto.example")
    for blurb in blurbs:
        text = "\n".join([LEAD, blurb, MIDDLE, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
        assert ("caption", MIDDLE) not in kinds(text) and stays_body(text, CLOSE), kinds(text)
    # Control: the same longer line with no address in it is the paragraph the short one is pulled from.
    text = "\n".join([LEAD, "Harbour budget approved " + MIDDLE + " More on the harbour budget follows below.",
                      MIDDLE, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert ("caption", MIDDLE) in kinds(text)


def test_a_post_over_its_credit_is_neither_a_pull_quote_nor_the_paragraph_one_repeats():
    # The story quotes a post in its paragraph and the page embeds the post over its credit line: the post's
    # words are the post's, not a pull quote, and a paragraph quoting a post near it is still the story.
    said = ("The harbour master wrote on Sunday that “the northern pier will close for repairs in April and open "
            "again in June,” which angered the crews.")
    post = "The northern pier will close for repairs in April and open again in June."
    credit = "— Harbour Master (@harbourmaster) March 3, 2024"
    longer = post + " Thanks to all the crews for waiting, and see you on the water!"
    quoting = "The master added: “The northern pier will close for repairs in April and open again in June.”"
    end = [CLOSE, LEAD.replace("Monday", "Tuesday")]
    for lines, line in (([said, post, credit], post), ([longer, credit, quoting], quoting)):
        text = "\n".join([LEAD, MIDDLE, *lines, *end]) + "\n"
        assert stays_body(text, line), kinds(text)
    # Control: with no credit line the same short line, beside the paragraph that says it, is a pull quote.
    for lines, line in (([said, post], post), ([longer, quoting], quoting)):
        text = "\n".join([LEAD, MIDDLE, *lines, *end]) + "\n"
        assert ("caption", line) in kinds(text), kinds(text)


def test_headlines_under_a_related_title_inside_the_body_are_links_and_the_article_goes_on():
    box = ("Related\nHow one harbour town turned its old docks into a marine research centre\n"
           "Fishing quotas: the coast leads the way as more councils put a price on overfishing")
    text = "\n".join([LEAD, MIDDLE, box, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert ("related-links", box) in kinds(text)
    # The paragraph after the box is the article again.
    start = text.index(CLOSE)
    assert overlaps_any(find_regions(text), start, len(text)) == []


def test_a_list_under_a_most_read_title_runs_over_its_kickers_sources_and_long_headlines():
    # Three tune pages (The Sun, The Intercept, Scarborough News) set a "Most Read" box between two paragraphs:
    # each headline under a kicker, a source or a rank, some headlines as long as a sentence and one asking a
    # question. The box runs down to the paragraph that ends as a sentence does.
    long_title = "Harbour master fired after ferry ran aground twice. Board says the checks failed for months"
    box = "\n".join(["Most Read", "what a week?", long_title, "PIER ROW", "Ferry fares rise again next spring",
                     "Jane Doe, John Roe", "Is the old quay safe for the fishing fleet next winter?", "2",
                     "Lighthouse keeper retires after forty years on the rock at the mouth of the bay"])
    after = [CLOSE, LEAD.replace("Monday", "Tuesday"), MIDDLE.replace("April", "May"), CLOSE.replace("spring", "summer")]
    text = "\n".join([LEAD, MIDDLE, box, *after]) + "\n"
    for line in (long_title, "Is the old quay safe for the fishing fleet next winter?"):
        assert not stays_body(text, line), kinds(text)
    assert stays_body(text, CLOSE), kinds(text)
    # A question under the box's last headline is the article's: only a headline after it makes it the list's.
    question = "Why did the council wait so long to mend the pier, and who will pay for the work?"
    text = "\n".join([LEAD, MIDDLE, "Most Read", long_title, question, *after]) + "\n"
    assert not stays_body(text, long_title), kinds(text)
    assert stays_body(text, question + "\n" + CLOSE), kinds(text)


def test_a_link_in_square_brackets_on_its_own_line_is_a_link():
    # Two tune pages (The Irish Times, the Chicago Tribune) set links to other stories between paragraphs as a
    # bracketed headline on a line of its own, some of them reading as a sentence.
    links = ["[ Harbour master says the ferry company ignored two warnings about the old pier ]",
             "[ Mayor to step down after ferry inquiry ]"]
    text = "\n".join([LEAD, MIDDLE, links[0], CLOSE, links[1], LEAD.replace("Monday", "Tuesday")]) + "\n"
    for link in links:
        assert ("related-links", link) in kinds(text), kinds(text)
    assert stays_body(text, CLOSE)
    # Control: a transcript's stage direction, a count, and an editor's bracket inside a sentence are no links.
    text = "\n".join([LEAD, "[PAUSE]", MIDDLE, "[ 234 comments ]", "The mayor said [the pier] would stay open.",
                      CLOSE]) + "\n"
    assert not [k for k, _ in kinds(text) if k == "related-links"], kinds(text)


def test_headlines_under_a_read_more_label_after_a_paragraph_are_links():
    # "Read more" under a paragraph that ends its sentence labels the links under it, however long
    # the headline (one past a sub-heading's length here), and the article goes on after them.
    link = "Harbour board turns down the ferry company's bid to run a night service across the bay to the islands"
    text = "\n".join([LEAD, MIDDLE, "Read more", link, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert not stays_body(text, link), kinds(text)
    assert stays_body(text, CLOSE)
    # Control: under a link's own title "Read more" is that link's button; the paragraph after it stays text, and
    # the same long line, with no label over it, between two paragraphs, is left to the prose.
    title = "Ferry timetable changes for the winter"
    text = "\n".join([LEAD, MIDDLE, title, "Read more", CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert not stays_body(text, title) and stays_body(text, CLOSE), kinds(text)
    text = "\n".join([LEAD, MIDDLE, link, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert stays_body(text, link), kinds(text)


def test_a_line_that_is_one_link_over_the_article_s_paragraphs_titles_no_list():
    # A link closed by its arrow, or a label with the link's words after its colon, set over the
    # article's last paragraphs: the article goes on under it, though what follows is short.
    body = [LEAD, MIDDLE, CLOSE, LEAD.replace("Monday", "Tuesday"), MIDDLE.replace("April", "May"),
            CLOSE.replace("spring", "summer")]
    after = ("Harbour pilots said the new pier would let two ferries dock at once for the first time, which the port "
             "has wanted since the old quay was built.")
    after2 = "Fishermen asked the council to keep a berth for the small boats, and the mayor promised to look at it again."
    for label in ("Explore the harbour maps >>", "Read more: Harbour budget row", "Related story \u00bb"):
        text = "\n".join([*body, label, after, after2]) + "\n"
        assert stays_body(text, after) and stays_body(text, after2), kinds(text)
    # Control: the same title with no arrow titles a list, and the paragraphs under it are cut off as its teasers;
    # with its arrow over headlines (no paragraph under it) it is still a list's title.
    text = "\n".join([*body, "Explore the harbour maps", after, after2]) + "\n"
    assert not stays_body(text, after), kinds(text)
    links = ["More stories \u00bb", "Fish prices climb for a third month", "New ferry timetable starts in May",
             "Lighthouse keeper retires after forty years"]
    text = "\n".join([*body, *links]) + "\n"
    assert not stays_body(text, links[1]) and not stays_body(text, links[3]), kinds(text)


def test_a_headline_worded_as_a_sentence_inside_a_list_of_links_is_a_link_too():
    # A "Most read" list running into the top of the body: its last titles read as sentences.
    most_read = ("Most read\nHarbour museum opens a new wing for its whaling boats\nFerry fares rise again in the spring\n"
                 "Ferry crews to the rescue: owner of a yacht stuck in the ice gets some good news\n"
                 "Harbour rents are on the rise. These maps show by how much.\nNew crane arrives at the quay")
    text = "\n".join([most_read, LEAD, MIDDLE, CLOSE]) + "\n"
    assert ("related-links", most_read.rsplit("\n", 1)[0]) in kinds(text)
    assert stays_body(text, LEAD)
    # Inside the body: a list of links with their sources, one title in it a sentence without its stop.
    links = ("Harbour News\nNew ferry timetable for the islands\nHarbour News\n"
             "Mayor says the pier will stay open for fishing boats, but asks crews to take extra care at night\n"
             "Harbour News\nFish market moves to the old warehouse\nHarbour News")
    text = "\n".join([LEAD, MIDDLE, links, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    line = "Mayor says the pier will stay open for fishing boats, but asks crews to take extra care at night"
    assert not stays_body(text, line), kinds(text)
    # Control: a short paragraph between two sub-headings of the article stays text, full stop or not.
    for short in ("The pier will stay open for fishing boats until the spring.",
                  "The mayor says the old pier will stay open for the fishing boats of the town until the spring"):
        body = "\n".join([LEAD, MIDDLE, "The old pier", short, "The new pier", CLOSE]) + "\n"
        assert stays_body(body, short), kinds(body)


def test_a_headline_closing_on_a_quotation_inside_a_list_of_links_is_a_link_too():
    # A video list set into the body: one of its titles closes on a quotation with no stop inside it.
    quoted = "Ferry captain says the night crossings to the islands are 'not worth the risk at this time of the year'"
    links = "Harbour Video\nNew ferry timetable for the islands\nHarbour Video\n{}\nHarbour Video\nFish market moves to the old warehouse"
    text = "\n".join([LEAD, MIDDLE, links.format(quoted), CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert not stays_body(text, quoted), kinds(text)
    # Control: the stop inside the quotation makes it a sentence, which stays text.
    said = quoted[:-1] + ".'"
    text = "\n".join([LEAD, MIDDLE, links.format(said), CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert stays_body(text, said), kinds(text)


def test_a_blurb_between_newsletter_buttons_or_over_a_shop_button_is_part_of_the_box():
    box = ("Sign up for the Harbour Morning newsletter\nFerries\n"
           "Timetables, fares and the news from every quay, tomorrow and each morning at seven.\n"
           "Sign up for the Ferries newsletter")
    text = "\n".join([LEAD, MIDDLE, box, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert not stays_body(text, "Timetables, fares and the news from every quay, tomorrow and each morning at seven.")
    advert = "Sea Balm\nIn gel or capsule form, Sea Balm is a salt-free rub that helps sore hands recover.\nBuy at Sea Balm"
    text = "\n".join([LEAD, MIDDLE, advert, CLOSE, LEAD.replace("Monday", "Tuesday")]) + "\n"
    assert ("advertisement", "In gel or capsule form, Sea Balm is a salt-free rub that helps sore hands recover.\nBuy at Sea Balm") \
        in kinds(text)
    # Control: a short paragraph under a sub-heading, with the article going on below, stays text.
    short = "The quay will get two new cranes by the summer."
    text = "\n".join([LEAD, MIDDLE, "Sign up for the Harbour Morning newsletter", "Cranes", short, CLOSE]) + "\n"
    assert stays_body(text, short), kinds(text)


def test_teasers_under_their_own_headlines_are_cut_off_a_short_article_even_when_longer_than_it():
    # Straight after a three-paragraph article, two lists of teasers (a headline over a one- or
    # two-sentence blurb, four times) under "Editor's Picks": longer than the article, so the
    # half-the-body test alone would leave them in the body.
    def teasers(title: str, town: str) -> str:
        items = [(f"{town} lighthouse reopens to visitors",
                  f"The old lighthouse on the point at {town} opens its doors again after ten years of repairs, "
                  "a new roof and a long fight over who should pay for the work."),
                 (f"{town} fish market moves indoors",
                  f"Traders at the {town} fish market will sell from a heated hall from next winter, the council "
                  "said on Friday after a vote that split the chamber down the middle."),
                 (f"Ferry timetable changes in {town}",
                  f"The ferry to {town} will run every forty minutes instead of every hour from May, the operator "
                  "said, adding two boats to the route for the summer months."),
                 (f"{town} school wins national prize",
                  f"Pupils at the harbour school in {town} won the national science prize for a study of the "
                  "seals that rest on the breakwater through the winter.")]
        return "\n".join([title, *(f"{head}\n{blurb}" for head, blurb in items)])
    first, second = teasers("Editor's Picks", "Northport"), teasers("Editors' Picks", "Southport")
    text = page(after=first + "\nFROM AROUND THE WEB\n" + second)
    regions = find_regions(text)
    start = text.index(first)
    assert [(r.kind, text[r.start:r.end]) for r in regions if r.end > start] == [
        ("related-links", f"{first}\nFROM AROUND THE WEB\n{second}")]
    for paragraph in (LEAD, MIDDLE, CLOSE):
        at = text.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)) == [], paragraph
    # Not every sub-headed run is teasers: one long paragraph among the blurbs keeps the list in
    # the body (an article with a sub-heading over each paragraph).
    long_blurb = " ".join([LEAD, MIDDLE, CLOSE, LEAD.replace("Monday", "Tuesday")])
    article = page(after=first.replace(first.splitlines()[2], long_blurb))
    at = article.index(long_blurb)
    assert overlaps_any(find_regions(article), at, at + len(long_blurb)) == []


def test_a_reference_with_its_doi_is_furniture_wherever_the_doi_sits():
    ref = "Berg et al. 2014. Ice on harbour piers. Coastal Engineering 39(2): 404-418. doi:10.1016/j.coast.2014.06.005"
    text = page(after=ref)
    assert ("boilerplate", ref) in kinds(text)
    assert ("boilerplate", "doi: 10.1038/d41586-019-02790-3") in kinds(page(after="doi: 10.1038/d41586-019-02790-3"))
    # A sentence that only mentions a DOI without the prefix is prose.
    prose = "The study, published on Monday in a coastal engineering journal, tested the piers in ice."
    at = page(after=prose).index(prose)
    assert overlaps_any(find_regions(page(after=prose)), at, at + len(prose)) == []


def test_a_study_cited_as_a_reference_without_a_doi_is_furniture_but_a_sentence_naming_its_authors_is_not():
    refs = ["Source: Berg AK, Holm T, Lund P et al. Ice loads on harbour piers. Coastal Engineering. 2016.",
            "Study: Berg A. K. et al. Ice on piers, Journal of Coastal Studies (2019)",
            "Holm et al. 2014. Piers in ice. Coastal Engineering 39(2): 404-418."]
    for ref in refs:
        assert ("boilerplate", ref) in kinds(page(after=ref)), ref
    for prose in ("Berg et al. found in 2016 that ice loads on the piers had doubled since the 1990s.",
                  "Berg et al. (2016) showed that ice loads on the piers had doubled in ten winters.",
                  "According to Berg et al. 2016, the ice loads on the piers had doubled in ten winters."):
        text = page(after=prose)
        at = text.index(prose)
        assert overlaps_any(find_regions(text), at, at + len(prose)) == [], prose


def test_a_box_of_dated_links_inside_the_article_leaves_the_article_after_it():
    # The Telegraph sets "Related Articles" (four headlines, each over its date) between two
    # paragraphs; the article goes on for three times its length under the box.
    text = (Path(__file__).parent / "gold" / "tune" / "telegraph-thatcher-feared-gcses.txt").read_text(encoding="utf-8")
    regions = find_regions(text)
    box = text.index("Related Articles")
    assert overlaps_any(regions, box, box + len("Related Articles"))
    after = "Her fears appear to chime with the views of Conservatives about the GCSE system today"
    at = text.index(after)
    assert overlaps_any(regions, at, at + len(after)) == []
    # Headlines over dates with a paragraph of their own under each are still stories.
    stories = "\n".join(["Related stories", "Harbour town opens its new pier after two years of work", "30 Dec 2014",
                         LEAD, MIDDLE, CLOSE, "Fishing fleet returns early as the storm season begins",
                         "29 Dec 2014", LEAD.replace("Monday", "Tuesday")])
    text = page(after=stories)
    at = text.index("Related stories")
    assert overlaps_any(find_regions(text), at, len(text))


def test_on_real_pages_teasers_and_whole_stories_after_the_article_are_furniture():
    # Two tune pages: DW's "DW recommends" teasers sit above a short "Related content" list (cut
    # first, by the half-the-body test); Kulu Media's "Related Topics" and "You may like" run into
    # whole other stories, each under its own dated byline, longer than the article.
    tune = Path(__file__).parent / "gold" / "tune"
    for name, furniture, body in [
        ("dw-ahr-fruhburgunder", "Germany often considers itself the be-all and end-all of beer.",
         "As a sudden storm sets in, I retreat down the slated slopes"),
        ("kulumedia-meta-outage", "The Artemis II successful return marks a major milestone",
         "The incident highlights how a major Meta outage can affect communication"),
    ]:
        text = (tune / f"{name}.txt").read_text(encoding="utf-8")
        regions = find_regions(text)
        at = text.index(furniture)
        assert overlaps_any(regions, at, at + len(furniture)), name
        at = text.index(body)
        assert overlaps_any(regions, at, at + len(body)) == [], name


def test_a_more_title_over_dated_teasers_ends_the_body_but_not_inside_it():
    # "More Harbour Daily" is no title of a known kind: it counts only over teasers, here each
    # with its own headline, author and date, and they do not come back as a second body.
    teasers = "\n".join(f"{head}\n{who}\nWednesday March 5, 2031\n{blurb}" for head, who, blurb in [
        ("Ferry fares climb again", "Tomas Ekberg",
         "Fares on the strait crossing rose for the third time this year, and the operator blamed the price of fuel."),
        ("Lighthouse reopens to visitors", "Ines Halvorsen",
         "The old lighthouse on the point opens its doors again after ten years of repairs and a long fight over cost."),
        ("Fish market moves indoors", "Jonas Vik",
         "Traders at the fish market will sell from a heated hall from next winter, the council said on Friday."),
        ("School wins science prize", "Piet Groen",
         "Pupils at the harbour school won the national science prize for a study of the seals on the breakwater.")])
    text = page(after="More Harbour Daily\n" + teasers.replace(".\n", ". " + MIDDLE + " " + CLOSE + "\n"))
    regions = find_regions(text)
    start = text.index("More Harbour Daily")
    assert mask(text, regions)[start:].split() == [], kinds(text)
    for paragraph in (LEAD, MIDDLE, CLOSE):
        at = text.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)) == [], paragraph
    # Over one paragraph of the article's own, the same line is a sub-heading and the body goes on.
    text = page(inside="More Harbour Money")
    at = text.index(CLOSE)
    assert overlaps_any(find_regions(text), at, at + len(CLOSE)) == []


def test_a_closing_paragraph_about_someone_the_article_already_named_is_no_biography():
    # A name and a newsroom job, but the body spoke of her before: the article's subject.
    subject = "Mara Lindqvist is a reporter at Harbour Daily who has covered the port since 2024."
    text = "\n".join([LEAD, "Mara Lindqvist won the harbour prize for her reporting on Monday.", MIDDLE, CLOSE,
                     subject]) + "\n"
    at = text.index(subject)
    assert overlaps_any(find_regions(text), at, at + len(subject)) == [], kinds(text)
    # Not vacuous: the same line after an article that never names her is her biography.
    text = page(after=subject)
    assert ("author-bio", subject) in kinds(text)


def test_an_author_box_by_first_name_and_an_authors_book_under_a_dated_byline_are_biographies():
    box = "Ada joined Harbour Daily in March 2017. She has covered the port and its fleet since 2009."
    text = page(before="Council backs harbour budget\nNovember 20, 2019 Ada Mensah",
                after=f"Ada Mensah\n{box}\nMore articles from Ada Mensah")
    assert ("author-bio", box) in kinds(text)
    book = "Ada Mensah's book about the harbour, \"Low Water\" (Quay Press, 2018), is out now."
    assert ("author-bio", book) in kinds(page(before="Council backs harbour budget\nBy Ada Mensah", after=book))
    # The first name alone is hers only right under her full name: "Stansted is located ..."
    # under a byline of "Stansted Airport" stays body.
    text = page(before="Council backs harbour budget\nNovember 20, 2019 Ada Mensah", after=box)
    assert "author-bio" not in [k for k, _ in kinds(text)]


def test_an_author_box_by_surname_or_by_a_short_first_name_under_the_name_line_is_a_biography():
    for box in ("Mensah covers the port and its fleet for Harbour Daily. She is based in Tromso.",
                "Addie Mensah covers the port and its fleet, always looking for the story behind the cargo."):
        text = page(before="Council backs harbour budget\nBy Adelaide Mensah", after=f"Adelaide Mensah\n{box}")
        assert ("author-bio", box) in kinds(text), kinds(text)
    # Not under her name line: a closing paragraph about a Mensah of the story stays body.
    close = "Mensah covers the cost of the repairs herself, the council said on Tuesday."
    text = page(before="Council backs harbour budget\nBy Adelaide Mensah", after=close)
    assert "author-bio" not in [k for k, _ in kinds(text)], kinds(text)


def test_a_pitch_to_sign_up_to_our_newsletter_among_the_paragraphs_is_a_newsletter_prompt():
    for pitch in ("Read more of the Harbour Daily's ferry stories by signing up to our free monthly newsletter",
                  "Please save harbourdaily.example to your favourites and sign up for our evening newsletter, Tides, here."):
        assert ("newsletter", pitch) in kinds(page(inside=pitch)), kinds(page(inside=pitch))
    # A story's sentence about somebody else's newsletter is body.
    told = "The council warned residents against signing up to a newsletter that sold their data to brokers."
    text = page(inside=told)
    at = text.index(told)
    assert overlaps_any(find_regions(text), at, at + len(told)) == [], kinds(text)


def test_a_sign_off_giving_the_authors_surname_and_newsroom_job_after_the_body_is_a_biography():
    for sign_off, author in (("Okafor is a Harbour Weekly contributor.", "Nneka Okafor"),
                             ("Okafor is a reporter for Harbour Daily. Berg is an editor at Harbour Daily.",
                              "Nneka Okafor; Tomas Berg")):
        text = page(after=sign_off)
        found = [(r.kind, text[r.start:r.end]) for r in find_regions(text, author=author)]
        assert ("author-bio", sign_off) in found, found
        # Not vacuous: with no author known, a surname alone names nobody.
        at = text.index(sign_off)
        assert overlaps_any(find_regions(text), at, at + len(sign_off)) == [], kinds(text)
    # The author's surname with some other trade is a closing sentence about a namesake.
    close = "Okafor is a ferry pilot who has worked the harbour mouth since 1998."
    text = page(after=close)
    at = text.index(close)
    assert overlaps_any(find_regions(text, author="Nneka Okafor"), at, at + len(close)) == []


def test_authors_named_on_lines_of_their_own_under_a_bare_by_are_known_to_their_boxes():
    # "By", each name and the "and" between them on lines of their own, as some pages set them:
    # the boxes at the foot that open with the first name under the full name are biographies.
    box = "Ada is a reporter covering the port for Harbour Daily. Got a tip? Email her."
    other = "Tomas Berg is a general assignment reporter on the city desk covering its ferries."
    foot = f"Ada Mensah\n{box}\nRead more\nTomas Berg\n{other}\nRead more"
    text = page(before="Council backs harbour budget\nBy\nAda Mensah\nand\nTomas Berg", after=foot)
    assert ("author-bio", box) in kinds(text)
    # Not vacuous: without the byline nobody knows whose first name "Ada" is.
    text = page(before="Council backs harbour budget", after=foot)
    assert ("author-bio", box) not in kinds(text)


def test_whole_stories_under_a_related_title_each_with_its_dated_byline_are_not_body():
    # "You may like" over another story, whole: its headline, its own dated byline, its
    # paragraphs, longer than the article itself.
    other = [f"The ferry company ordered {n} new boats for the northern route on Tuesday, its chief executive "
             f"said, and expects the first of them to sail before the end of the year from the new pier." for n in
             ("two", "three", "four", "five", "six", "seven")]
    story = "\n".join(["You may like", "Ferry company orders new boats", "Published", "4 months ago",
                       "April 11, 2026", "By Harbour News Desk", *other[:3], "Boats for the winter", *other[3:]])
    article = [f"{LEAD} {MIDDLE}", f"{CLOSE} {LEAD}".replace("Monday", "Tuesday"), f"{MIDDLE} {CLOSE}",
               f"{LEAD} {CLOSE}".replace("spring", "summer"), f"{MIDDLE} {LEAD}".replace("April", "May"),
               f"{CLOSE} {MIDDLE}".replace("spring", "autumn")]
    text = "\n".join(["Harbour budget approved", "By Lena Moss", "March 3, 2026", *article, story]) + "\n"
    regions = find_regions(text)
    for paragraph in other:
        at = text.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)), paragraph
    for paragraph in article:
        at = text.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)) == [], paragraph
    # A box of links inside the article, the article going on under it and dated at its end, is no
    # other story: its paragraphs stay.
    box = "Related\nFerry company orders new boats\nOld quay to close"
    inline = "\n".join([LEAD, MIDDLE, box, *other[:3], "Published April 11, 2026"]) + "\n"
    regions = find_regions(inline)
    for paragraph in other[:3]:
        at = inline.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)) == [], paragraph


def test_a_title_of_stories_picked_for_the_reader_ends_the_body_over_dated_teasers():
    # "Stories Picked For You" (a participle and "for you") titles a widget of other stories, each
    # with its headline, its writer and its date over two paragraphs of it: none of it is the article's.
    first = ["The ferry company ordered two new boats for the northern route on Tuesday, its chief executive said, and "
             "expects the first of them to sail before the end of the year from the new pier at the harbour mouth.",
             "The boats will carry two hundred passengers each and will replace the two oldest ferries of the fleet, "
             "which have crossed to the islands since the summer of 1998 and need new engines."]
    second = ["Traders at the fish market will sell from a heated hall from next winter, the council said after a vote "
              "that split the harbour board down the middle and kept the members talking until midnight.",
              "The old market square will become a car park for the ferry terminal, a plan that the traders have "
              "opposed for years because it takes away the space where they sold their catch in summer."]
    teasers = ["Stories Picked For You", "Ferry company orders new boats", "Ada Mensah", "August 9, 2031", *first,
               "CONTINUE READING", "Fish market moves indoors", "Piet Groen", "August 9, 2031", *second]
    text = "\n".join([LEAD, MIDDLE, CLOSE] * 3 + teasers) + "\n"
    regions = find_regions(text)
    for paragraph in first + second:
        at = text.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)), paragraph
    assert stays_body(text, CLOSE)
    # A sub-heading that speaks to the reader is no such title: the article goes on under it.
    later = MIDDLE.replace("April", "May")
    inside = "\n".join([LEAD, MIDDLE, CLOSE, "What the new budget means for you", later]) + "\n"
    assert stays_body(inside, later)


def test_prose_under_a_related_title_is_no_second_body():
    # Far below the body (past a share bar), three paragraphs under a "Related" title: teasers.
    teasers = "\n".join(["Related coverage", LEAD.replace("Monday", "Friday"), MIDDLE.replace("April", "June"),
                         CLOSE.replace("spring", "autumn")])
    text = page(after="Share\nTweet\nEmail\nPrint\n" + teasers)
    assert ("related-links", teasers) in kinds(text)


def test_text_under_the_pages_legal_line_is_not_the_article_however_long():
    # Another page's text scraped on under the footer, longer than the article: the body ends above the
    # legal line, and the text under it is no second body either.
    other = ["Cadets spend the first term on drill, map reading and field craft, and the second on leading small "
             "patrols through the hills above the training camp in all weathers.",
             "The camp was handed over to the island's government in 1962, with the other military lands, and has "
             "trained officers for the coast guard and the police ever since then.",
             "Instructors come from the army's own staff college and from partner academies abroad, who send two "
             "officers each year to teach the course and to examine the cadets at its end."]
    footer = "Contact\nCopyright 2021 The Harbour Gazette. All Rights Reserved.\nDesigned by"
    text = page(after=footer + "\n" + "\n".join(other))
    regions = find_regions(text)
    for paragraph in other:
        at = text.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)), paragraph
    for paragraph in (LEAD, MIDDLE, CLOSE):
        assert stays_body(text, paragraph)
    # A photo's credit, "© Jane Doe", reserves no rights: the article goes on under it.
    text = page(inside="© Jane Doe/Harbour Photos", after="\n".join(other))
    for paragraph in (LEAD, MIDDLE, CLOSE, *other):
        assert stays_body(text, paragraph)


def test_a_cookie_dialog_under_the_footer_is_boilerplate_and_does_not_take_the_body():
    # The consent panel a scrape picks up under the footer: its paragraphs are longer, together,
    # than the article, and worded as sentences. Each is boilerplate, so the body stays the story.
    dialog = ["When you visit our site, we store cookies on your browser to collect information about you, your "
              "preferences and your device, mostly to make the site work as you expect it to and to tailor what it shows "
              "you; you can choose not to allow some kinds of cookies, which may change how the site works for you.",
              "These cookies allow us to count visits and traffic sources so we can measure and improve how our site "
              "performs, and see which pages are read most and least and how visitors move from one to another; all the "
              "information they collect is pooled, and so anonymous, and without them we cannot tell when you visited.",
              "Under the privacy law of your state, you have the right to opt out of the sale of what we learn about you "
              "to others, and we will honour that choice on every device you use once you sign in; to do so, switch the "
              "setting below off and confirm your choice, or send us the form at the foot of this panel.",
              "This cookie is set by an analytics company and stores a random number for each visitor, so that the "
              "company can count returning readers separately from new ones across the sites it measures for its clients."]
    links = "\n".join(f"Harbour news {n}" for n in range(1, 13))
    text = page(inside="Advertisement · Scroll to continue",
                after=f"Read Next\n{links}\nCopyright 2023 The Harbour Gazette. All rights reserved\n" + "\n".join(dialog))
    regions = find_regions(text)
    for paragraph in dialog:
        at = text.index(paragraph)
        assert [r.kind for r in regions if r.start <= at and at + len(paragraph) <= r.end] == ["boilerplate"], paragraph
    for paragraph in (LEAD, MIDDLE, CLOSE):
        assert stays_body(text, paragraph)
    # An article about cookies speaks of them, not to its reader about them: it stays the body.
    story = ("The regulator fined the publisher 2 million crowns on Monday because its site stored cookies on "
             "readers' browsers before they had agreed to it, the third such fine this year.")
    assert stays_body(page(inside=story), story)


_CUE_PIECES = ["Additional", "reporting", "by", "Writing", "editing", "can", "be", "reached", "at", "Authors:", "Text:",
               "(To", "contact", "the", "reporters", "search", "for", "this", "author", "staff", "Writers", "senior",
               "correspondent", "uncontributed", "to", "report", "Full", "coverage", "Continue", "reading", "...",
               "…", "read", "More", "»", "→", "ſtaff", "\u212a", "John", "Smith", ".", ",", "", "  ", "Let", "us", "know",
               "your", "YOU", "thoughts", "sign", "up", "click", "here"]


@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=10).map(" ".join))
@example("Smith »")
@example("John Smith, staff correſpondent")
@example("Jane Doe is a senior editor.")
@example("Continue reading the main story")
@example("Sign up for our newsletter if you like it.")
def test_the_substring_cues_never_skip_a_line_their_pattern_matches(line):
    if noise.BYLINE_PHRASE_RE.search(line):
        assert noise._may_hold(line, noise._BYLINE_CUES), line
    if noise.TEASER_STRONG_RE.search(line):
        assert noise._may_hold(line, noise._TEASER_CUES), line
    if noise.CALL_TO_ACTION_RE.search(line) and re.search(r"\byour?\b", line, re.I):
        assert noise._may_hold(line, noise._YOU_CUES), line


def test_the_substring_cues_skip_plain_prose():
    line = "The bank raised its main interest rate to 4.75% on Thursday, the first rise in a year."
    assert not noise._may_hold(line, noise._BYLINE_CUES) and not noise._may_hold(line, noise._TEASER_CUES)
    assert noise._may_hold("Reporting by Jane Doe; Editing by John Roe", noise._BYLINE_CUES)
    assert noise._may_hold("Full coverage ›", noise._TEASER_CUES)  # not ASCII: always tried


@pytest.mark.parametrize(("line", "stamp"), [
    ("May 3, 2026", True), ("Published Sat, Dec 30", True), ("2 days ago at 07:50 am", True),
    # A modal or a verb spelled like a month or a day names none: "You may like" is a related title.
    ("You may like", False), ("We sat on it", False),
    # Stamps of separate elements run together, and a note of the page's age after them.
    ("Published February 24, 2020Last updated July 21, 2022This article is more than 2 years old.", True),
    ("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", True),
    ("The harbour is more than 2 years old.", False),
])
def test_a_month_or_day_in_a_timestamp_is_capitalized(line, stamp):
    assert noise._is_timestamp(line, len(line.split())) is stamp


def test_a_correction_or_update_note_stamped_with_its_hour_is_boilerplate_but_a_dated_update_is_body():
    # The site's note under the story, its day and hour after the word: whatever it says after
    # the stamp is the site's, not the story's.
    for note in ("Correction 3/4/21 9:10 a.m. PST: An earlier version of this story misstated the pier's length.",
                 "UPDATE: May 2, 2021, 4:45 p.m. EDT Updated with comment from the harbour master."):
        text = page(after=note)
        assert kinds(text) == [("boilerplate", note)], kinds(text)
        assert stays_body(text, CLOSE)
    # Without the hour it is news the reporter added, which annotators keep; a sentence opening
    # with "Updated" or a time inside the update's sentence changes nothing.
    for story in ("Update: On May 2, the harbour master said the pier would open a week later than planned.",
                  "Update: On May 2, 2021 at 10:30, the council met again and approved the extra cost.",
                  "Updated figures show the harbour handled 4,000 more boats in May than a year before."):
        text = page(after=story)
        assert stays_body(text, story), kinds(text)


def test_a_rule_of_underscores_between_paragraphs_is_read_without_error():
    # A line of underscores strips to nothing; the check for a link under a paragraph once took
    # that empty line's last word and raised IndexError, so `claimkit extract` failed on the page.
    paragraphs = [
        "The harbour board said on Monday that the dredging of the north channel would begin in April and cost about 4 million dollars.",
        "Work on the south quay stopped in 2019 after the contractor went bankrupt, and the board took over the site a year later.",
        "The mayor said the town had waited too long for the work and that local fishing crews had lost business every winter since.",
        "A spokesman for the board said the first barges would arrive from Rotterdam at the end of March, weather permitting.",
    ]
    text = "\n".join([*paragraphs[:2], "_" * 52, *paragraphs[2:]]) + "\n"
    regions = find_regions(text)
    for paragraph in paragraphs:
        start = text.index(paragraph)
        assert overlaps_any(regions, start, start + len(paragraph)) == [], paragraph


def test_a_paywall_offer_box_under_its_notice_is_one_newsletter_region_down_to_its_sign_in_line():
    # The notice, the list of what a subscription gives, the sign-in form and its buttons, down to the
    # box's last line that speaks of subscribing: one box, though its lines read like short sentences.
    box = "\n".join([
        "THIS STORY IS RESERVED FOR SUBSCRIBERS ONLY",
        "Read the latest harbour news from your town and the whole coast.",
        "Unlimited access to the Harbour Times and 9 partner papers with one login.",
        "The Harbour Times e-edition, an exact image of every printed page.",
        "Sign in or create an account",
        "Continue",
        "Print subscribers already have online access included. Activate it today.",
    ])
    text = page(inside=box)
    assert ("newsletter", box) in kinds(text), kinds(text)
    assert stays_body(text, MIDDLE)
    # A paragraph of the story under the notice ends the search: the box lists short lines, and the
    # story's own paragraph about subscribers is not the box's.
    story = ("The harbour board told subscribers of its shipping bulletin on Monday that the north channel would close "
             "for dredging in April, and that pilots should register their boats with the harbour master before then.")
    text = page(inside=f"This content is reserved for subscribers.\n{story}")
    assert stays_body(text, story), kinds(text)
    # A sentence that merely says who may read a report is no notice.
    line = "The council's report on the pier is available to subscribers only, the paper said in a statement."
    text = page(inside=line)
    assert stays_body(text, line), kinds(text)


# A long list of teasers under "Most Read", each its headline, its topic's tag and a one-sentence blurb. Two
# headlines read as sentences with no stop; one teaser the scrape glued into a single line (tag, headline and blurb).
MOST_READ_TEASERS = [
    ("Lighthouse keeper retires after forty winters on the point and hands his keys to a crew of volunteers", "Coast",
     "The keeper of the north light leaves next week, and volunteers from the town will keep the lamp lit."),
    ("Fish market moves into heated hall", "Trade",
     "Traders will sell from the new hall from November, the market board said after a vote on Friday."),
    ("Ferry to run every forty minutes from May", "Transport",
     "The operator is adding two boats to the island route for the summer months, it said on Tuesday."),
    ("Harbour school wins national science prize", "Schools",
     "Pupils counted the seals on the breakwater every morning for a year to win the prize in the capital."),
    ("Old cannery turned into flats", "Housing",
     "Forty flats will open in the cannery by the quay in the autumn, the builder told the planning board."),
    ("Sailing club marks its hundredth regatta", "Sport",
     "More than two hundred boats raced across the bay on Saturday in the club's anniversary regatta."),
    ("Mayor says the storm that shut the coast road was 'the worst in living memory'", "Weather",
     "Waves washed stones over the road at the cliffs overnight, and crews cleared it by the afternoon."),
    ("Museum buys a whaling ship's log", "Culture",
     "The log of a whaler that sailed from the harbour in 1851 went on show in the museum's new room."),
    ("Bridge repairs to finish early", "Roads",
     "The swing bridge will reopen a month ahead of plan after the steelwork went faster than expected."),
]


def test_a_long_list_of_teasers_with_a_misfit_or_two_ends_the_body():
    glued = "{tag}{head}{blurb}".format(tag="Coast", head="Seal pups counted on the sandbanks",
                                     blurb="Wardens counted ninety pups on the banks this week, more than last year.")
    items = [f"{head}\n{tag}\n{blurb}" for head, tag, blurb in MOST_READ_TEASERS]
    listing = "\n".join(["Most Read", *items[:4], glued, *items[4:]])
    text = page(after=listing)
    regions = find_regions(text)
    start = text.index(listing)
    assert overlaps_any(regions, start, start + len(listing)) and all(
        overlaps_any(regions, at, at + len(blurb)) for _, _, blurb in MOST_READ_TEASERS
        for at in [text.index(blurb)]), regions
    for paragraph in (LEAD, MIDDLE, CLOSE):
        at = text.index(paragraph)
        assert overlaps_any(regions, at, at + len(paragraph)) == [], paragraph
    # Control: an article that goes on under a "Latest" sub-heading, with paragraphs one after another for
    # a third of its text, is no list of teasers, however many short sub-headed paragraphs it holds.
    told = [f"{head}\n{blurb}" if k % 3 else f"{head}\n{blurb}\n{MIDDLE.replace('April', month)}"
            for k, ((head, _, blurb), month) in enumerate(zip(MOST_READ_TEASERS, itertools.cycle(["May", "June"])))]
    article = page(after="\n".join(["Latest", *told]))
    for _, _, blurb in MOST_READ_TEASERS:
        assert stays_body(article, blurb), blurb


def test_a_paragraph_over_a_credit_printed_under_several_pictures_is_no_caption():
    # Pictures without captions, each under the same credit: the paragraph of the story over one of them
    # stays, though it is short enough for a caption in the body.
    credit = "Photo: Lena Moss/Harbour Wire"
    told = ("The old ferry house on the eastern quay, built in 1931 for the harbour master and his family, "
            "kept its tiled roof and tall windows through two storms and a long winter.")
    assert kinds(page(before=credit, inside=f"{told}\n{credit}")) == [("caption", credit), ("caption", credit)]
    # Under a credit printed once, the same line is that picture's caption.
    assert ("caption", f"{told}\n{credit}") in kinds(page(inside=f"{told}\n{credit}"))
    # And a caption's few words over the repeated credit go with it.
    shown = "The tiled roof of the old ferry house at dawn."
    assert ("caption", f"{shown}\n{credit}") in kinds(page(before=credit, inside=f"{shown}\n{credit}"))


def test_a_closing_paragraph_telling_the_metadata_authors_career_by_first_name_or_surname_is_a_biography():
    # No heading announces it and it opens with neither the full name nor a newsroom job word first.
    bio = ("Tove covers shipping for Harbour Daily, which she joined from a trade weekly. "
           "She lives in Bergen and sails on weekends.")
    text = page(after=bio)
    found = [(r.kind, text[r.start:r.end]) for r in find_regions(text, author="Tove Sandvik")]
    assert ("author-bio", bio) in found, found
    # ... and an author box: the name line, the title line, and the career told behind an apposition.
    box = ("Tove Sandvik\nSenior Writer\nA veteran of three newsrooms, Tove has covered the ferry trade since the "
           "strike years and is a former editor of Port Weekly.")
    text = page(after=box)
    found = [(r.kind, text[r.start:r.end]) for r in find_regions(text, author="Tove Sandvik")]
    assert ("author-bio", box) in found, found
    # Not vacuous: with no author known, the same paragraphs name nobody.
    assert "author-bio" not in [k for k, _ in kinds(page(after=bio))]
    assert "author-bio" not in [k for k, _ in kinds(text)]


def test_a_closing_paragraph_about_someone_of_the_story_sharing_the_authors_surname_is_no_biography():
    # The body names a harbour pilot Sandvik before; its closing paragraph tells her career too.
    named = "The pilot, Ingrid Sandvik, guided the first ferry through the new channel on Monday."
    close = "Sandvik joined the pilots' service in 2009 and lives in a cottage above the channel."
    text = page(inside=named, after=close)
    at = text.index(close)
    assert overlaps_any(find_regions(text, author="Tove Sandvik"), at, at + len(close)) == [], kinds(text)
    # Not vacuous: where the body names no Sandvik, the same paragraph is the author's biography.
    text = page(after=close)
    assert ("author-bio", close) in [(r.kind, text[r.start:r.end]) for r in find_regions(text, author="Tove Sandvik")]
    # One sign of a career is not enough: a paragraph that only names the author stays text.
    one = "Tove Sandvik thanks the harbour office for its help with this report."
    text = page(after=one)
    at = text.index(one)
    assert overlaps_any(find_regions(text, author="Tove Sandvik"), at, at + len(one)) == [], kinds(text)


def test_teasers_whose_headline_is_printed_again_under_its_kickers_are_not_body():
    # Each teaser's headline, its section and series, the same headline again, its blurb: the headline may be a
    # question or end on its stop, and the list may follow the article with no title of its own.
    teasers = ("Why do gulls follow the ferry?\nAnimals\nCoast Watch\nWhy do gulls follow the ferry?\n"
               "Birders counted more gulls behind the morning boats than behind any fishing trawler last year.\n"
               "The harbour master who kept the lamps lit for forty winters\nHistory\n"
               "The harbour master who kept the lamps lit for forty winters\n"
               "His logbooks, found in an attic, tell of storms, wrecks and a night the whole town went dark.")
    text = page(after=teasers)
    regions = find_regions(text)
    for line in ("Birders counted more gulls", "His logbooks, found in an attic", "Coast Watch"):
        k = text.index(line)
        assert overlaps_any(regions, k, k + len(line)), line
    assert stays_body(text, CLOSE)
    # A sentence of the article said again after a short line is a quotation set off, not a headline: a pull
    # quote between paragraphs, with a paragraph under it, stays the article's when the line between is prose.
    said = "The pier will be finished before the summer season begins."
    quoted = f"{said}\nShe said so twice.\n{said}\n{MIDDLE}"
    text = page(inside=quoted)
    assert stays_body(text, "She said so twice.")


def test_a_line_naming_the_comment_widgets_maker_is_comments():
    # The widget's "… comments powered by …" line under readers' posts is a comments line (a title of the
    # section: it parts an article from the posts and the author's box that a page sets after it).
    posts = ["gullwatcher", "About 4,000 boats use that channel every summer. Will the new pier be wide enough for them?",
             "pierfan", "Thanks for the clear write-up Ada!"]
    widget = "blog comments powered by Quillchat"
    text = page(after="\n".join([*posts, widget]))
    assert ("comments", widget) in kinds(text)
    for paragraph in (LEAD, MIDDLE, CLOSE):
        assert stays_body(text, paragraph)
    # A story's sentence with the same words keeps its place.
    story = "Readers left angry comments powered by rumours about the pier on Monday, the harbour master said."
    assert stays_body(page(inside=story), story)


def test_the_storys_last_paragraph_under_a_box_of_headlines_at_its_end_stays_body():
    # A box of headlines set right where the body's run stops, and the story's closing paragraph
    # under its last headline: no blurb under the others, so the paragraph is no teaser's blurb.
    box = ("Related Stories\nFerry operator fined after passengers were left adrift\n"
           "Fish market moves indoors as traders complain about the cold\n"
           "Lighthouse reopens to visitors after ten years of repairs\n"
           "Harbour town votes on new pier after a long and bitter fight")
    closing = ("The vote comes at a time when the harbour is seeing a shortage of berths amid the continuing "
               "growth of the fishing fleet, the harbour master said.")
    share = "Twitter\nFacebook\nLinkedIn"
    text = page(after=f"{box}\n{closing}\n{share}")
    assert stays_body(text, closing), kinds(text)
    assert ("related-links", box) in kinds(text), kinds(text)
    # The same paragraph in the site's voice to its reader is the frame's, not the story's.
    notice = ("We are a participant in an affiliate advertising program designed to provide a means for us "
              "to earn fees by linking to the shops of the harbour.")
    text = page(after=f"{box}\n{notice}\n{share}")
    assert not stays_body(text, notice), kinds(text)


def test_bare_days_heading_a_table_of_results_inside_the_body_are_no_bylines():
    # "October 29" alone on a line heads the results of that day: the table is the story's, the body runs on
    # through it to the paragraphs under it, and a byline's stamp (the year and the hour) stays a byline.
    text = (
        "Harbour Cup 2030: results and how to watch\n"
        "By Jane Doe 2 November 2030 • 9:10am\n"
        "The Harbour Cup reached its last group games on Thursday with two places in the semi-finals still open.\n"
        "Ann Roe needs one more win to qualify, after she beat the holder in straight sets on Tuesday night, her fifth"
        " win in a row over a player ranked in the top ten, and the first time she has gone so far at the tournament.\n"
        "Afterwards the holder said she had been troubled by a wrist injury since the summer and would decide next week"
        " whether to play the autumn tour in Asia, where she won three titles last year and reached two more finals.\n"
        "Results\n"
        "October 29\n"
        "Ann Roe beat Joan Poe 7-5, 6-2\n"
        "Mary Loe beat Kate Soe 6-0, 6-1\n"
        "October 30\n"
        "Lily Moe beat Rose Noe 7-6 (7-3), 6-0\n"
        "Emma Toe beat Ruth Voe 6-0, 6-1\n"
        "October 31\n"
        "Kate Soe beat Joan Poe 6-0, 6-7 (4-7), 7-6 (7-2)\n"
        "Ann Roe beat Mary Loe 6-4, 6-3\n"
        "How to watch the Harbour Cup\n"
        "Harbour Television is showing the tournament this year with coverage starting at 9.55pm, and its rights to the"
        " final, which the club sold last spring for the first time in its history, run until the end of 2032.\n"
        "The tournament is played in a round-robin format with eight players split into two groups of four. The top"
        " two from each group advance to the semi-finals, and the winner takes home the trophy and the prize money.\n"
    )
    found = kinds(text)
    assert ("byline", "By Jane Doe 2 November 2030 • 9:10am") in found
    assert not any("October" in t or "beat" in t for _, t in found)
    assert not any("Harbour Television" in t for _, t in found)
    assert ("heading", "How to watch the Harbour Cup") in found


def test_the_summarys_last_sentence_without_its_stop_stays_body_but_a_sub_heading_lower_down_is_a_heading():
    headline = "Council backs harbour budget for the new northern pier"
    summary = "The budget passed by one vote after a debate that lasted late into the evening."
    # The summary's second sentence lost its stop: under the headline and its first sentence, over the story.
    second = "Work on the pier will start in April"
    text = f"Sections\nNews\n{headline}\n{summary}\n{second}\n" + page()
    assert stays_body(text, second), kinds(text)
    # ... and so under a deck (a sentence without its stop) over the story.
    deck = "The council will pay for the new pier with a loan from the harbour trust over the next ten years"
    text = f"Sections\nNews\n{headline}\n{deck}\n{second}\n" + page()
    assert stays_body(text, second), kinds(text)
    # Lower down the same line between paragraphs is a sub-heading over the paragraphs under it.
    text = page(inside=f"{summary}\n{second}")
    assert ("heading", second) in kinds(text)


def test_a_sign_up_forms_fine_print_naming_the_sites_policies_is_part_of_the_box():
    # The box between two paragraphs, its last line the fine print under the button; the paragraphs
    # on either side stay body.
    for fine in ("By submitting your information you agree to the Terms & Conditions and Privacy Policy and are "
                 "aged 16 or over.",
                 "Privacy Notice: Newsletters may contain info about charities and online ads. For more information "
                 "see our Privacy Policy.",
                 "This site is protected by reCAPTCHA and the Google Privacy Notice and Terms of Service apply."):
        box = f"Sign up for the Harbour Morning newsletter\nEnter your email address\nSign up\n{fine}"
        text = page(inside=box)
        found = kinds(text)
        assert any(k == "newsletter" and fine in t for k, t in found), found
        for paragraph in (LEAD, MIDDLE, CLOSE):
            at = text.index(paragraph)
            assert overlaps_any(find_regions(text), at, at + len(paragraph)) == [], found
    # A story's sentence about a company's privacy policy is body.
    told = "The ferry company changed its privacy policy in March to share passenger lists with the port."
    text = page(inside=told)
    at = text.index(told)
    assert overlaps_any(find_regions(text), at, at + len(told)) == [], kinds(text)


def test_a_standfirst_under_the_headline_over_header_furniture_and_the_byline_is_kept_but_a_link_box_title_is_not():
    # Under the headline (under a section label) and over the byline, with a newsletter prompt, a share bar or a
    # word of the site's name between: the article's summary, though it has no full stop or only a few words.
    for standfirst, between in (
            ('What to know about Ada Mensah, daughter of a fisherman and the "unflappable" new harbour master',
             "Newsletter sign up Newsletter\n"),
            ("Ada Mensah took the helm of the harbour in the early hours of Sunday, November 3, 2030, after a storm.",
             "harbourtimes\nShare\nComments\n"),
            ("‘It is impossible to overstate the cost of this ruling’", "")):
        text = page(before=f"Harbour\nAda Mensah: The woman behind the harbour's new pier\n{standfirst}\n{between}"
                           f"By Piet Groen\npublished 5 May 2030")
        assert stays_body(text, standfirst), kinds(text)
    # Over a link box's labels, the prompt under the headline is the box's title.
    prompt = "Before you go, we thought you'd like these..."
    text = page(before=f"Harbour\nAda Mensah: The woman behind the harbour's new pier\n{prompt}\nREAD MORE\nREAD MORE\n"
                       f"Dec 1st 2030 1:01PM")
    assert not stays_body(text, prompt), kinds(text)


def test_a_standfirst_under_a_headline_taken_for_the_menus_last_item_is_kept():
    # The headline closes the menu over it and is taken for one of its items; the line under it, a sentence that lost
    # its stop (short, or long with a sentence inside), is the standfirst all the same, over the byline.
    menu = "Home\nNews\nHarbour News\nNews\n"
    headline = "Update on the harbour ferry after the storm and the inquiry"
    for standfirst, between in (
            ("The 24-year-old ferry sank earlier this year", "harbourtimes\nShare\nNews\nBy\n"),
            ("The port signed the Harbour Ferry Safety Treaty with Tallinn in 1996. but failed to ratify it as Tallinn "
             "did in 2000", "")):
        text = page(before=f"{menu}{headline}\n{standfirst}\n{between}By Piet Groen\npublished 5 May 2030")
        assert stays_body(text, standfirst), kinds(text)
        assert not stays_body(text, headline), kinds(text)


def test_a_paragraph_between_two_copies_of_a_gallery_credit_is_no_caption():
    # A gallery's credit printed under each of its pictures, which have no captions: the story's sentence set
    # between two of them stays, and the credits are captions still.
    credit = "Lena Moss/Instagram"
    told = "She also shared a photo of the four of them smiling on the quay at dawn together."
    text = page(inside=f"{credit}\n{credit}\n{told}\n{credit}")
    assert stays_body(text, told), kinds(text)
    assert kinds(text) == [("caption", f"{credit}\n{credit}"), ("caption", credit)], kinds(text)
    # Control: a caption printed between two copies of its own credit (over and under it), a credit printed twice.
    shown = "The mayor opens the new fish market on the north quay at dawn on Monday morning."
    assert not stays_body(page(inside=f"{credit}\n{shown}\n{credit}"), shown)


def test_the_stars_of_a_censored_word_are_no_markup():
    text = ("She said: \u201cI said he was a t***. Everybody\u2019s life is f****** hard.\u201d\n"
            "He wrote that upon further f***ing inspection the bruise had spread.\n")
    assert find_regions(text) == []
    # Not vacuous: stars that open or close an emphasis are markup, after a word's letters too.
    control = "The harbour is **deep** today, and the pier **long**.\n"
    assert [t for k, t in kinds(control) if k == "markup"] == ["**"] * 4


def test_a_standfirst_the_page_teases_again_with_its_headline_is_kept():
    # The page's list of stories under the article teases it again by its headline, a section label and its
    # standfirst: the standfirst under the headline is the article's own summary still, with or without its stop.
    menu = "Home\nNews\nHarbour News\nNews\n"
    headline = "Harbour ferry to run again by spring after the storm"
    header = "harbourtimes\nBookmark\nShare\nComments\nNews\nBy\nPiet Groen\n04:30, 3 NOV 2030"
    for standfirst in ("The ferry sank in the early hours of Sunday, November 3, 2030, after a storm hit the quay.",
                       "The ferry is being raised by divers from the port and the navy"):
        teaser = f"Top Stories\n{headline}\nHarbour\n{standfirst}\nMayor opens the new fish market\nHarbour\n"
        text = page(before=f"{menu}{headline}\n{standfirst}\n{header}", after=teaser)
        assert stays_body(text, standfirst), kinds(text)
        assert not stays_body(text, headline), kinds(text)
        # Control: printed again, but not under the copy of its headline, the line is the frame's.
        teaser = f"Top Stories\n{headline}\nHarbour\nMayor opens the new fish market\nHarbour\n{standfirst}\n"
        text = page(before=f"{menu}{headline}\n{standfirst}\n{header}", after=teaser)
        assert not stays_body(text, standfirst), kinds(text)


def test_a_schedule_the_story_closes_on_is_body_but_dated_headlines_there_are_links():
    # Under the last paragraph (and under a title of its own, or right under a paragraph that introduces it), lines
    # that each name a day: the story's calendar or its teams' next games, though they read as a list of links.
    calendar = ["Jan. 14-19: Harbour Masters' Guild, Winter Meeting 2031, Quay Hotel, 225",
                "Jan. 15-17: North Sea Boat Show, Fish Market Hall, 500",
                "Jan. 23-25: Harbour Track Club, 21st Pier Run (2031), Quay Hotel, 300"]
    games = ["Harbour FC: Host the Rovers on Friday.", "Rovers: Visit Harbour FC on Friday."]
    links = "More Sports\nMayor opens the new fish market\nFerry fares to rise in spring\nLighthouse reopens to visitors"
    for schedule in ("The port lists the month's events, with their hotels and guests:\n" + "\n".join(calendar),
                     "UP NEXT\n" + "\n".join(games)):
        text = page(after=f"{schedule}\n{links}")
        for line in schedule.splitlines()[1:]:
            assert stays_body(text, line), kinds(text)
        assert not stays_body(text, "Ferry fares to rise in spring"), kinds(text)
    # Control: headlines there dated in full, or dated but one of them, are a list of links still.
    for after in ("Ferry fares to rise in spring - October 10, 2030\nMayor opens the new fish market - October 9, "
                  "2030\nLighthouse reopens to visitors - October 9, 2030",
                  "Ferry fares to rise on Friday\nMayor opens the new fish market\nLighthouse reopens to visitors"):
        text = page(after=after)
        assert not stays_body(text, after.splitlines()[0]), kinds(text)


def test_a_labels_measure_is_a_fact_line_but_a_headline_that_counts_after_a_colon_is_a_heading():
    # A reference page's facts, each a label, a colon and its measure before a unit or a note in brackets, with no
    # stop at the end: lines of facts, not sub-headings.
    facts = ["Perihelion (closest): 128,400,000 miles (206,600,000 km). By comparison: 1.404 times that of Earth",
             "Ferry crossings in the harbour (2030): 20 (second highest after the North Quay)"]
    for fact in facts:
        text = page(inside=f"Orbit and tides\n{fact}")
        assert stays_body(text, fact), kinds(text)
        assert ("heading", "Orbit and tides") in kinds(text)
    # Control: a headline that counts after its colon and goes on in words is no fact line: a sub-heading still.
    for headline in ("Harbour update: 674 new ferry passes", "First thoughts: 2030 ferry season opens"):
        assert kinds(page(inside=headline)) == [("heading", headline)], kinds(page(inside=headline))


def test_a_caption_headed_by_a_kicker_in_capitals_is_a_caption_but_a_speakers_turn_or_a_dateline_is_not():
    # A picture's caption under a kicker of a few words in capitals and a colon or an ellipsis, set over the story's
    # first paragraph or between its paragraphs, with no credit to mark it.
    for caption in ("HIGH WATER: Ann Berg, photographed on the pier on March 3, 2030, faces the flooded quay.",
                    "THERE YOU GO … The mayor hands over the keys of the new fish market to its first tenant."):
        for text in (page(before=caption), page(inside=caption)):
            assert ("caption", caption) in kinds(text), kinds(text)
    # A transcript's speaker opens each of their turns so: the page prints the label on other lines too.
    turns = ("THE MAYOR: The new pier will open in the spring.\nTHE MINISTER: And the ferry will run again by then.\n"
             "THE MAYOR: Although a few boats got a…frosty reception.\nTHE MINISTER: The quay is safe again.")
    text = page(inside=turns)
    assert all(stays_body(text, turn) for turn in turns.split("\n")), kinds(text)
    # A dateline's place is one word; a paragraph under a label is longer than a caption; an embedded post over its
    # credit line is the words of someone the article quotes.
    dated = "HARBOURTON: The council approved the budget for the northern pier on Monday evening."
    assert stays_body(page(before=dated), dated), kinds(page(before=dated))
    long_one = ("FIRST LOOK: " + LEAD + " " + MIDDLE)
    assert stays_body(page(inside=long_one), long_one), kinds(page(inside=long_one))
    post = "JUST IN: The harbour ferry will run again from Monday, the port authority says."
    credit = "— Harbour Times (@harbourtimes) March 3, 2030"
    text = page(inside=f"{post}\n{credit}")
    assert stays_body(text, post), kinds(text)
