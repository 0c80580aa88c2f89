"""Noise in plain-text articles: the spans that are page furniture, not article content.

A scraped page holds far more than its article: menus, sign-in boxes, the headline, bylines and
timestamps, photo captions and credits, share bars, related and most-read lists, comment
widgets, advertisements, newsletter prompts and footers; a lighter scrape still carries
headings, a table of contents, headlines repeated at the foot of the page, a call to comment,
Wikipedia citation markers (``[8]``) and markdown emphasis (``**``). ``find_regions`` finds them
from the text (and the document's author, when its metadata gives one, to know a biography by);
``mask`` blanks them with spaces of equal length, so a pipeline reads clean prose while every
offset still points into the original text.

How, in three steps (every rule rests on a property of page text, not on one site's wording):

1. Each line is *prose* (a sentence: enough words, some of them lower-case, a sentence's ending)
   or not, and may carry a *cue*: the shape of a byline, a timestamp, a photo credit, a row of
   share buttons, a comment widget, a legal line, and so on (see ``_cue``).
2. The article *body* is the stretch of lines richest in prose: the maximum-sum run of lines
   where a prose line counts its length and any other line a fixed cost. Sub-headings and short
   lists inside an article cost less than the paragraphs around them; a menu of dozens of items
   costs more than any paragraph, so the body stops where the menus, lists and widgets begin.
3. Outside the body every line that is not prose is furniture, its kind from its cue, the
   section it sits in (the header line above it: "Related …", "Comments", a legal footer) or
   its shape (runs of short lines are menus or link lists). Prose outside the body is furniture
   when something marks it: a cue, a section, a byline below it (above the byline a page holds
   its headline, captions and site notices, not the article; the standfirst right under the
   headline is the article's own summary and stays text), or, after the body,
   weakness (teasers, comments and footer blurbs, not a second article). Inside the body the
   seed's rules run (headings, contents, lists, repeated headlines, calls to action) and cues
   find captions, bylines, credits, an author's biography and the dateline that opens the first
   paragraph (a region of its own characters only, so the sentence after keeps its claims).

Everything is linear in the text: a line is searched for cues only up to ``CUE_MAX_CHARS``, a
dateline only in its first ``DATELINE_MAX`` characters, and runs and sums are computed once.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass

from .anchoring import overlaps
from .models import RegionSpan

# Inline markers. A citation marker is a bracketed number, letter or editorial note.
CITATION_RE = re.compile(r"\[(?:\d{1,4}|[a-z]|note \d+|citation needed|clarification needed)\]")
# A note marked by a letter ("[a]"), which a writer's insertion into a quotation looks like too.
LETTER_MARKER_RE = re.compile(r"\[[a-z]\]")
MARKUP_RE = re.compile(r"\*\*|__")
# A run of stars: emphasis when it opens or closes a span of words, the hidden letters of a
# censored word when it follows a word's letters with no emphasis open ("a t***.", "f***ing").
STAR_RUN_RE = re.compile(r"\*{2,}")
# A pointer to another page set in the prose: "(see “Genome Surgery”)", "(See pictures of the
# spill.)", "(Watch TIME's video …)". The link of a printed page, not a statement of its own.
# "Read" and "Related" only with their colon: "(read aloud at noon)" is prose.
CROSS_REFERENCE_RE = re.compile(
    r"\((?:(?:[Ss]ee|SEE|[Ww]atch|WATCH)[:\s]|(?:[Rr]ead|READ)(?: [Mm]ore| MORE)?:|(?:[Rr]elated|RELATED):)[^()\n]{2,160}\)")
# A link's title in square brackets closing a paragraph after its last sentence: "… Expert said.
# [Trippy Tales: The History of 8 Hallucinogens]". An editor's "[sic]" sits inside a sentence.
BRACKET_LINK_RE = re.compile(r"(?<=[.!?”\"'])\s+(\[[A-Z0-9][^\[\]\n]{3,160}\])\s*$")
# A link's title in square brackets on a line of its own between paragraphs: "[ Mayor to step down after
# the ferry inquiry ]". An editor's bracket sits inside a sentence; a whole line in brackets is a link, or
# a transcript's stage direction ("[PAUSE]"), a clip's length ("[4 min 45 sec]"), a count ("[ 234 comments ]"),
# which are shorter than a headline.
BRACKETED_TITLE_RE = re.compile(r"\[ ?[A-Z0-9‘“'\"][^\[\]\n]{3,200}\]")
BRACKETED_TITLE_MIN_WORDS = 6
LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+\S")
# Matched against a stripped line: two blank runs around an optional colon (``\s*:?\s*$``)
# backtrack quadratically over a long line of spaces.
TOC_TITLE_RE = re.compile(r"(?:table of contents|contents|in this article|jump to|on this page)\s*:?", re.I)
# Phrases that invite the reader to act rather than state anything about the world.
CALL_TO_ACTION_RE = re.compile(
    r"\b(?:in the comments|comment below|leave a comment|share your (?:thoughts|insights|views|opinion)"
    r"|let us know|subscribe to|sign up|follow us|click here|read more|what are your thoughts"
    r"|share this (?:article|story)|join the (?:conversation|discussion)|consider exploring"
    # A page asking for its readers' letters or tips: "We want to hear what you think about this article.",
    # "Got a news tip? We'd like to hear from you."
    r"|we(?:'d|’d| would)? (?:like|want|love) to hear (?:from you|what you think))\b",
    re.I,
)
SENTENCE_END = (".", "!", "?", "”", '"', "'", "’", ":", ";", ")")
HEADING_MAX_WORDS = 14
# A linked headline in a list of related stories: longer than a heading, shorter than a paragraph.
HEADLINE_MAX_WORDS = 24
HEADING_MIN_WORDS = 4
# A standfirst is a sentence or two: longer than most headlines.
STANDFIRST_MIN_WORDS = 12
# A deck (a standfirst without its full stop) is written as a sentence: most of its words lower-case.
DECK_MIN_LOWER = 0.5
LINK_MAX_WORDS = 12
# A point of a list the article introduces ("… these pitchers:", "Highlights") is written as a sentence that lost its
# stop, more of its words lower-case than a deck's; two items at least make a list.
POINT_MIN_LOWER = 0.6
POINTS_MIN = 2
QUESTION_HEADING_MAX_WORDS = 8
# A slide show: its title over at least this many slides, each at most this many lines long.
SLIDES_MIN = 3
SLIDE_MAX_LINES = 4
# A credit no shape marks ("HARBOUR WIRE", "Coastline Daily"), printed over each picture's caption: a line of at most
# this many words, over a caption of at most this many every time.
REPEATED_CREDIT_MAX_WORDS = 8
CREDITED_CAPTION_MAX_WORDS = 30
# A credit line printed this many times is a gallery's, under pictures that need have no captions: a site that prints
# each picture's credit over and under its caption prints it twice.
GALLERY_CREDIT_MIN = 3
# A line of facts, not a title: a price or a sum set off by commas or semicolons ("Knopf, 240 pp.,
# $16.99; ages 8-12", a book list's details; "Rick Porcello, three years, $62.4 million", a list of
# contracts) or opening the line before lower-case words ("$7,500 to Stand For Children", a list of
# grants). A headline names its sum inside a phrase ("Emirates Orders $16 Billion of Jets"), never so. Nor does it give
# a label's measure after a colon with a note or a conversion in brackets ("Perihelion (closest): 128,400,000 miles
# (206,600,000 km)", "Cases in 2023: 20 (second highest)": a reference page's facts); a headline that counts after
# its colon goes on in words ("COVID-19 Update: 674 new cases").
FACT_LINE_RE = re.compile(r"^[$£€]\s?\d[\d,.]*\s+[a-z]"
                          r"|^[^:]{3,60}: \d[\d,.]*(?: [a-z]+)? \("
                          r"|[,;]\s*[$£€]\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|[mb]n?)\b)?"
                          # "Jane Doe, three years, $38 million (including option years)": a note in brackets.
                          r"(?:\s\([^()]{1,60}\))?\s*(?:[,;]|$)")

# A short line closing on a quotation mark or a bracket right after a word, with no stop before it, is a title, not a
# sentence: a linked headline ("Files reveal Thatcher warned against introducing 'poll tax'", "… reality (The
# Guardian)"), a quoted sub-heading ("“U.S.-controlled bandit formations”"), a chart's title ("… (rate per
# million)"). A sentence puts its stop inside the quotation (“… it was over.”). A bracket with a slash in it is a
# choice or a credit, which a sentence that lost its stop may close on too ("… on ferries (Democrats/Republicans)").
QUOTED_TITLE_END_RE = re.compile(r"[^\W_][’'\"”]+$|\([^()/]*[^\W_]\)[’'\"”]*$")

# -- prose and the body ----------------------------------------------------------------------

PROSE_MIN_WORDS = 6
PROSE_MIN_LOWER = 0.2
# A line of a menu, a button or a sub-heading, against a paragraph's length in characters: a
# sub-heading or a five-item list between paragraphs is crossed, a menu of dozens is not.
SHORT_LINE_COST = 40
# A bulleted item costs less: bullets are how an article writes a list (a scraped menu comes as
# bare lines).
LIST_ITEM_COST = 20
# A line the cues call furniture (a byline, a timestamp, share buttons, a widget's title) costs
# more: an article has sub-headings between its paragraphs, not bylines and dates, so a list of
# teasers (title, date, blurb, title, date, blurb …) does not pass for paragraphs.
CUE_LINE_COST = 150
# Prose after the body stays content only as a second body: a run of two paragraphs or more, at
# least this share of the body's own score, with no section title ("Related", "Comments", a legal
# line) above it (an article cut in two by a gallery or a table); teasers and comments are less.
SECOND_BODY_SHARE = 0.25
SECOND_BODY_MIN_PARAGRAPHS = 2
# A date in a byline line: a year, a day of a month, or "… ago".
DATED_RE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\bago\b", re.I)
# A list of teasers under a related-stories title: this many blurbs at least, each this short.
TEASERS_MIN = 3
TEASER_MAX_WORDS = 60
# A long list may hold a misfit or two (a headline that reads as a sentence, a teaser whose title, tag and
# blurb the scrape glued into one line): one for each this many blurbs. A short list must be all teasers.
TEASERS_PER_MISFIT = 8
# An author's biography closes the article: looked for in its last paragraphs only.
BIO_TAIL = 2
CAPTION_MAX_WORDS = 80
# A caption its credit closes (``CAPTION_TAIL_RE``: "… (Jane Doe/Harbour Wire)") may run longer, quoting the man in its
# picture or telling what led up to it: a paragraph of the story never ends on its picture's credit.
CREDIT_CLOSED_CAPTION_MAX_WORDS = 100
CAPTION_IN_BODY_MAX_WORDS = 55
# The credit between a picture's enlarge button and its caption: an agency, a photographer, a place.
ENLARGE_CREDIT_MAX_WORDS = 6
# A line beside a credit of this many words that narrates (NARRATED_RE in its first sentence, up to
# SENTENCE_BREAK_RE), with a paragraph on its other side, is a paragraph.
PARAGRAPH_MIN_WORDS = 25
# A line of this many words that narrates, between a paragraph and a credit over a caption, is a paragraph too.
TOLD_MIN_WORDS = 15
# The past of the commonest irregular verbs narrates too ("The government came up with a workaround.", "They lost to
# the champions 3-1."); not "left" or "made", which a caption uses for a place in its picture or what a thing is of.
NARRATED_RE = re.compile(r"\b(?:[a-z]{3,}ed(?! by\b)|said|told|was|were|had"
                         r"|came|went|took|gave|began|became|got|saw|won|lost|met|brought|wrote|spoke|grew|rose|fell|ran)\b")
SENTENCE_BREAK_RE = re.compile(r"[a-z0-9)]{2}[.!?][”\"’']? [A-Z“\"]")
# A photo's name label between two paragraphs: a line this short that sets a person's name off
# with a colon or a comma ("Jane Doe: Harbour master." / "New harbour master, Jane Doe."), with
# paragraphs of at least NAME_LABEL_PROSE_WORDS words on both sides.
NAME_LABEL_MAX_WORDS = 8
NAME_LABEL_PROSE_WORDS = 20
NAME_LABEL_RE = re.compile(r"^(?P<a>[A-Z][a-z]+ [A-Z][a-z]+): [^:]+\.$|^[^,]+, (?P<b>[A-Z][a-z]+ [A-Z][a-z]+)\.$")
# A line of a player's embed code, as a page prints it for readers to copy ("<iframe width=…
# src=…/video/embed/…></iframe>", after an "Embed" button's label).
EMBED_CODE_RE = re.compile(r"(?:embed\s+)?<(?:iframe|embed|video|object)\b", re.I)
# A link's title printed twice on one line, as the link's text and its picture's alt text (the one may be cut
# short, the other go on with the source: "Storm hits the pier Storm hits the pier at dawn Harbour Times"): a run
# of at least this many words said again right after it, the two runs at least this share of the line's words.
TWICE_MIN_WORDS = 5
TWICE_MIN_SHARE = 0.6
# A teaser's headline printed on two lines in a row, as its link and its picture's alt text, alone or each time under
# its section's kicker ("Business"): at least this many words, more than a button's or an advertisement's label
# ("Advertisement - story continues below", printed twice, has five).
TWICE_TITLE_MIN_WORDS = 6
# A teaser's kickers, its section and series ("Animals" / "Wildlife Watch"), between the two copies of its
# headline: this many lines at most, each this short.
KICKERS_MAX = 2
KICKER_MAX_WORDS = 3
# The kinds of the lines of a list of links (its titles, its sources, a menu) around a headline that reads as a
# sentence (see ``_titles_in_link_lists``).
LIST_LINE_KINDS = frozenset(("related-links", "heading", "repeated-headline", "navigation"))
# A media player's time counter, the time played and the clip's length ("0:00/2:33"): the player's controls, over
# its clip's title, its description and its transcript (a paragraph, any length), down to the picture's caption
# with its credit. How many lines below the counter that caption stands at most.
PLAYER_COUNTER_RE = re.compile(r"\d{1,2}(?::\d{2}){1,2} ?/ ?\d{1,2}(?::\d{2}){1,2}")
PLAYER_MAX_LINES = 8
# A video set between paragraphs under its label and a bar ("WATCH | Harbour crews clear the storm damage:"), as
# some sites print it: the clip's title, its age ("14 hours ago") and length ("Duration 1:30") under the label, its
# one-sentence description among them or right under the length. How many lines below the label its stamps stand.
VIDEO_LABEL_RE = re.compile(r"(?:WATCH|VIDEO|Watch|Video) ?\| ?\S")
CLIP_LENGTH_RE = re.compile(r"(?:duration|length):? \d{1,2}(?::\d{2}){1,2}", re.I)
VIDEO_LABEL_MAX_LINES = 4
# The video player's own notice where its clip failed, a line of its own: "Sorry, but this video has failed to
# load.", "We apologise, this video has expired." A story tells of a video taken down, not of "this video" on its
# page with an apology.
PLAYER_NOTICE_RE = re.compile(
    r"(?:(?:we )?(?:apologi[sz]e|are sorry|'re sorry)|sorry)\b[^.!?]{0,20}\bthis (?:video|clip) (?:has failed to load"
    r"|has expired|is (?:no longer |not |un)available|(?:could|can)(?: ?not|n't) be (?:loaded|played))\b[^.!?]{0,40}[.!]?",
    re.I)
# The length of a pull quote, in words: a sentence or two set off in large type, or a short
# saying of the speaker's ("“I put lipstick on a pig.”").
PULL_QUOTE_WORDS = (6, 45)
# A pull quote reworded from its paragraph: the share of its runs of three words the paragraph
# holds, and how many lines from it the paragraph may stand (the picture or an ad between).
PULL_QUOTE_ECHO = 0.7
PULL_QUOTE_REACH = 3
# A web or mail address: a line that holds one is no paragraph of the story a pull quote repeats, but a
# share blurb ("… Check out this story on …: http://…") or a picture's caption with its credit's address.
ADDRESS_RE = re.compile(r"https?://\S|\bwww\.\w|[\w.+-]@[\w-]+\.[a-z]{2,}\b")
# A word and its apostrophe ("don't"), and the marks of words left out of a quotation.
PLAIN_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
ELLIPSIS_RE = re.compile(r"\.\.\.|…")
# Short lines: bylines, credits, buttons and widget titles are a few words, never a paragraph.
CUE_MAX_WORDS = 12
# No cue is a paragraph of this length; longer lines are not searched for one (which also keeps a
# pathological line of hundreds of kilobytes linear: some cue patterns scan from every position).
CUE_MAX_CHARS = 1500
FUNCTION_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
WORD_RE = re.compile(r"[^\W\d_][\w'’.&+-]*")


def _alpha_words(s: str) -> list[str]:
    return WORD_RE.findall(s)


def _lower_share(s: str) -> float:
    """Share of the words (function words aside) that start lower-case."""
    words = [w for w in _alpha_words(s) if w.lower() not in FUNCTION_WORDS]
    if not words:
        return 0.0
    return sum(w[0].islower() for w in words) / len(words)


def _is_prose(s: str, words: int) -> bool:
    """A sentence, not a label: enough words, some of them lower-case (a menu row or a headline
    capitalizes nearly all of its words), and a sentence's ending, unless the line is long and
    reads as a sentence anyway (a paragraph that lost its full stop)."""
    if words < PROSE_MIN_WORDS:
        return False
    lower = _lower_share(s)
    end = CITATION_RE.sub("", s[-40:]).rstrip("*_ ")
    if end.endswith((".", "!")):
        # A full stop is a sentence's, even one full of names ("Norway joined the European Free
        # Trade Association in May 1960."); a headline or a menu row does not end so.
        return lower >= PROSE_MIN_LOWER / 2
    if lower < PROSE_MIN_LOWER:
        return False
    return end.endswith(SENTENCE_END) or end.endswith("…") or (words >= 15 and lower >= 0.5)


# -- cues: what a line's own shape says it is --------------------------------------------------

MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
          "|september|october|november|december")
WEEKDAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# One token of a date or time stamp (tried on each whitespace-separated token, lower-cased, outer
# punctuation stripped).
STAMP_TOKEN_RE = re.compile(
    rf"(?:{MONTHS}|{WEEKDAYS})\.?|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}(?:[ap]\.?m\.?)?|[ap]\.?m\.?"
    r"|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\d{1,2}/\d{1,2}/\d{2,4}|\d+(?:h|hr|hrs|m|min|mins|d)"
    r"|ago|hr|hrs|mins?|minutes?|hours?|days?|weeks?|months?|years?|seconds?|secs?|just|now|an?|about|at|on|of|as"
    r"|published|updated|posted|modified|last|first|et|pt|ct|mt|gmt|utc|bst|cet|cest|ist|jst|aest|aedt|[ecmp][sd]t",
)
NAMED_DAY_RE = re.compile(rf"(?:{MONTHS}|{WEEKDAYS})\.?")
# A day of a month alone on a line, with no year, clock time or other word ("October 29", "29 Oct.",
# "Tuesday, Nov. 1"): a byline's stamp names the year or the hour as well, a table's or a diary's entry
# only the day it heads (see ``_days_heading_entries``).
BARE_DAY_RE = re.compile(rf"(?:(?:{WEEKDAYS})\.?,? )?(?:(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?"
                         rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\.?)", re.I)
# Days that head entries come in a series, each within this many lines of the next.
DAY_REACH = 6
# The day an entry of a schedule names ("Jan. 15-17: Boat Show, …", "Lakers: Visit the Thunder on Friday."): a day of
# a month, or a weekday by its full name. A day dated in full ("October 10, 2020") is a story's stamp, a teaser's.
ENTRY_DAY_RE = re.compile(rf"\b(?:(?i:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
FULL_DATE_RE = re.compile(rf"\b(?i:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b")
# A schedule under the body holds this many entries at least.
ENTRIES_MIN = 2
DATE_WORD_RE = re.compile(rf"^(?:{MONTHS}|{WEEKDAYS})\.?$|^\d{{4}}-\d{{2}}-\d{{2}}|^\d{{1,2}}/\d{{1,2}}/\d{{2,4}}$|^ago$")
# The credit line under a post embedded from a social network: "— Jane Doe (@jdoe) December 22,
# 2014". The line above it is the post: someone's own words, quoted by the article.
POST_CREDIT_RE = re.compile(rf"[—–]\s*[^()\n]{{1,80}}\(@\w{{1,15}}\)\s+(?i:{MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}}")
# What a post ends with that is not its words: a picture's link, hashtags, a thread's "(1/2)",
# a face drawn in punctuation (":(", ":/"), dots.
POST_TAIL_RE = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+|#\w+|\(\d+/\d+\))|[\s:;()/.…!?,'-]+)+$")
TIMESTAMP_START_RE = re.compile(r"(?:published|updated|posted|last (?:updated|modified)|first published|modified)\b\s*:?",
                                re.I)
# "By Jane Doe", "By: Jane Doe".
BYLINE_RE = re.compile(r"by:?\s+[A-Z]", re.I)
# "By Jane Doe , John Roe on Monday, November 18th, 2019 at 11:08 a.m.": names, then the date.
BYLINE_DATED_RE = re.compile(
    rf"by [A-Z][\w'’. ,&-]{{0,80}}? (?:on|at|\||-|–|—) (?:(?:{WEEKDAYS})\.?,? )?(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    r"(?:,? at \d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.?m\.?)?)?\s*$", re.I)
# A byline run together with its stamp on one line: who wrote or edited it ("By Jane Doe", "Edited by Jane Doe") and
# when it was updated, the date right after the word ("… (with inputs from Agencies)Updated: April 07, 2020 03:49 pm",
# "By Jane Doe Last updated Nov 8, 2023 Share"). A sentence says "updated on …"; such a line is no sentence.
BYLINE_STAMPED_RE = re.compile(
    rf"(?:last )?(?:updated|published|posted)\b:? (?:(?:{WEEKDAYS})\.?,? )?"
    rf"(?:(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? |\d{{1,2}} (?:{MONTHS})\.?,? )\d{{4}}\b", re.I)
BYLINE_NAMED_RE = re.compile(r"\b(?i:by):? [A-Z][\w'’.-]+ [A-Z]")
# The jobs of a newsroom, as bylines and biographies name them.
NEWSROOM_JOBS = "writer|reporter|correspondent|editor|columnist|contributor"
# "Jane Doe, Education editor": a name and a newsroom title, alone on a short line.
BYLINE_TITLE_RE = re.compile(rf"[A-Z][\w'’.-]+ [A-Z][\w'’.-]+\b.{{0,40}}\b(?i:{NEWSROOM_JOBS})s?$")
# Who wrote or reported it: wording of the trade, used on every news site.
BYLINE_PHRASE_RE = re.compile(
    r"contributed (?:to )?(?:this|the) (?:report|story|article)|\bcontributed (?:additional )?reporting\b"
    r"|\b(?:additional )?reporting by\b|\bwriting by\b"
    r"|\bediting by\b|\b(?:may|can) be reached at\b|^(?:author|written by|reporter|text)s?: ?[A-Z]"
    r"|^\(?to contact the (?:reporters?|editors?|writers?)\b|search for this author"
    # Where the story ran in print, a note under it: "Published in the print edition of the December 5, 2016, issue",
    # "This article appears in the September 5, 2016 issue of …". A story names another's issue as "the article".
    r"|^\W{0,2}(?:(?:a version of )?this (?:article|story|piece|essay|review|interview) (?:appears|appeared|ran) in"
    r" (?:print\b|(?:the )?.{0,40}\bissue\b)|published in the print edition\b)"
    r"|\b(?:staff|senior|contributing|special|technology|business|political|science|sports|foreign|chief)"
    r" (?:writer|reporter|correspondent|editor)s?\b",
    re.I,
)
# Photo credits: a credit label ("Photo: …", "Credit: …"), a credit line ("Photo by …", "Courtesy
# of …"), a wire-photo tag ("(AP Photo/…)", "Getty Images"), a "First Last/Agency" credit.
CREDIT_LABEL_RE = re.compile(
    r"\b(?:photo(?:graph(?:er)?)?|picture|image|illustration|credit|photo credit|image credit)(?: by)?: ?\S", re.I)
CREDIT_BY_RE = re.compile(
    r"(?:(?:photo|photograph|photo illustration|illustration|animation|image|graphic|video)s? (?:by|courtesy(?: of)?)"
    r"|courtesy(?: of)?) [A-Z]", re.I)
CREDIT_TAG_RE = re.compile(
    r"\((?:[A-Z][\w.]*\s){0,3}(?:photo|photos|pool|file|images?)\b[^()]{0,60}\)|\bgetty images\b|\bap photo\b"
    r"|\bfile photo\b|\bcontributed (?:image|photo)\b|\bcourtesy of\b|\bhandout\b|^\d{1,3} of \d{1,3}\b"
    # A stock picture's credit, the library beside its photographer's name by a slash: "(jdoe22/iStock)",
    # "Shutterstock/jdoe". A story names the company without the slash ("Shutterstock shares rose").
    r"|/\s?(?:istock(?:photo)?|shutterstock)\b|\b(?:istock(?:photo)?|shutterstock)(?:\.com)?\s?/",
    re.I,
)
# A caption line that ends with its credit: "… last year. Photograph: Jane Doe/Agency".
# The credit may be glued to the caption's last word, as some scrapes deliver it ("… a rabbitCredit: X").
CAPTION_TAIL_RE = re.compile(
    # The credit may end in a web address ("… for NJ.com"): a full stop with a letter right after it ends no sentence.
    r"(?:^|[.!?”\"]\s?|(?-i:(?<=[a-z])(?=[A-Z])))(?:photo(?:graph)?|picture|image|illustration|credit)(?: by)?(?::|\.\.\.|…) ?"
    r"[A-Z](?:[^.!?]|\.(?=[a-z])){0,80}\.?$"
    r"|[.!?”\"]\s?\((?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty|Xinhua|UPI|PA)(?:/[^()]{1,60})?(?: photo)?\)$"
    # "… in coming weeks (Credit: iStock)": the credit's label in brackets, closing the line.
    r"|\s\((?:photo(?:graph)?|picture|image|credit|photo credit|image credit)(?: by)?: ?[^()]{1,60}\)$"
    # "… a rally of union workers in Des Moines. (Courtesy of Jane Doe)": who lent the picture.
    r"|[.!?”\"] \((?:[Pp]hoto )?[Cc]ourtesy of [^()]{1,60}\)$"
    # "… run. (Video by Jane Doe | Herald Media)": who made the picture or the video, in brackets.
    r"|\s\((?:photo(?:graph)?|picture|image|illustration|video)s? by [A-Z][^()]{1,60}\)$"
    # "… November 18, 2019. REUTERS/Brendan McDermid": the agency alone or with its photographer.
    r"|[.!?”\"]\s(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty)(?-i:\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?$"
    # "… on Tuesday. Photo by Jane Doe /Harbour News", "… in 1990. Photo by City of Harbourton": the credit's own words
    # after the caption's stop, with no colon, capitalized as a credit opens (a sentence says "a photo by …").
    r"|[.!?”\"]\s(?-i:(?:Photo(?:graph)?|Illustration)s? by [A-Z])[^.!?]{0,100}$"
    # "… in Harbourton. AP Photo", "… (AP Photo) AP Photo", "… last year. AP Photo/Jane Doe, File": the agency's photo
    # credit, with no brackets, closing the line after the caption's stop or after its bracketed credit.
    r"|(?:[.!?”\"]|\))\s(?-i:(?:AP|AFP|EPA|Reuters|REUTERS) Photo(?:\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:, File)?)?)$"
    # "… Tuesday. (Jane Doe/AP)", "… (Getty/John Roe)": a photographer or an agency and a slash, closing the line.
    # Two capitalized words on one side of the slash: a person's name, not "(Democrats/Republicans)".
    r"|(?:^|\s)\(\s?(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}\s?/[^():]{1,60}"
    r"|[A-Z][\w.'’-]*/[A-Z][\w.'’-]* [A-Z][^():]{0,58})\)$"
    # "… on Portland, Oregon. (Boing Boing)", "… for storms Friday. (NOAA/SPC)": the picture's source after the
    # caption's full stop, two to four capitalized words or two joined by a slash, alone in brackets. A paragraph
    # closes on its own sentence, or on a transcript's one word ("(Laughter)"), never on a name in brackets.
    r"|(?<=[^\W_])\.\s\((?-i:[A-Z][\w.&'’-]*(?:[ /][A-Z][\w.&'’-]*){1,3})\)$"
    # "… in Harbourton Jane Doe/via Reuters", "… social media. @janedoe/via REUTERS": a photographer's or a poster's
    # picture that an agency passed on, its credit closing the line.
    r"|\s(?-i:[A-Z@][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s?/\s?via (?:AP|AFP|Reuters|EPA|Getty Images)$",
    re.I)
# A wire photo's credit in capitals closing the line ("… toward Earth. AFP PHOTO/ JANE DOE/AFP/Getty
# Images"): an agency's long caption, past CAPTION_MAX_WORDS (up to the cues' CUE_MAX_CHARS).
WIRE_CREDIT_TAIL_RE = re.compile(r"\b(?:AFP|AP|EPA|REUTERS|UPI|XINHUA) PHOTO ?/[^.!?]{1,120}$")
# The terms a picture is licensed on, closing its caption after the credit: a Creative Commons licence in brackets
# ("… Credit: Jane Doe/Harbour Wire (CC BY-SA 2.0)") or the agency's button to buy the rights ("… REUTERS/Jane Doe
# Purchase Licensing Rights, opens new tab"), or the agency's terms for a handout it passed on ("… @janedoe/via
# REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES."). A story names a licence in its sentence, not
# after a credit.
LICENCE_TAIL_RE = re.compile(r"\s+(?:\(CC[ -](?:BY|0)[\w .-]{0,24}\)|Purchase Licensing Rights(?:, opens new tab)?"
                             r"|(?:(?:THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY|MANDATORY CREDIT|NO RESALES|NO ARCHIVES"
                             r"|EDITORIAL USE ONLY)\.?\s*)+)$")
# The button that folds a picture's caption away, glued to the caption's end as some sites print it ("… at the
# pier on Monday. Jane Doe/Harbour Wire hide caption", over its twin "toggle caption"): the line is the caption.
CAPTION_TOGGLE_TAIL_RE = re.compile(r"\s(?:hide|show|toggle) caption$", re.I)
# A caption's own label, as the BBC prints it: "Image caption Jane Doe said …".
CAPTION_LABEL_RE = re.compile(r"(?:image|photo|picture|video|media) caption\b", re.I)
# A caption that says what its picture shows: "This graphic, provided by X, shows …", "This March
# 28, 2017, file photo … shows Jane Doe".
CAPTION_SHOWS_RE = re.compile(
    r"this (?:\S+ ){0,6}(?:photo|image|picture|graphic|chart|map|handout|video|illustration)\b[^.]{0,120}\bshows?\b", re.I)
# How wire-photo captions open: "FILE - …", "In this March 2, 2030 photo, …", "Apr. 8: …".
CAPTION_OPENING_RE = re.compile(
    rf"FILE\s?[-–—]|in this (?:\S+ ){{0,5}}(?:photo|image|picture|handout)\b|(?i:{MONTHS})\.? \d{{1,2}}: [A-Z]", re.I)
# A paragraph's voice, which a caption never has: it goes on from the sentence before with a
# pronoun ("They also use big names to …"), at the line's start or at a later sentence's ("The crew
# left at dawn. They reached the summit by noon."), or with a connective ("But the bridge …",
# "Instead of the ferry, …"), or the writer speaks for the reader ("the first time we see …") or in the
# first person, as the writer or as a speaker the line quotes ("In the demo I saw, …", "“I was there,” she
# said"): a caption describes its picture, it tells no one's own words (``GOES_ON_RE``); or it speaks to the
# reader ("Your skin isn't dry …"), as a lead picture's caption may too. A caption names what its picture shows.
# "I" as a pronoun: before a verb or a contraction, not a war's or a king's numeral ("World War I veterans").
GOES_ON_RE = re.compile(r"(?:^|[a-z0-9)][.!?][”\"’']? )(?:they|it|he|she|we)\b|^(?:but|and|yet|instead|however)\b|\bwe\b"
                        r"|(?<!War )(?-i:\bI(?:['’](?:m|ve|d|ll)\b| [a-z]))", re.I)
PARAGRAPH_VOICE_RE = re.compile(rf"{GOES_ON_RE.pattern}|\byour?\b", re.I)
# How wire-photo captions date their picture: the weekday and the full date between commas, with
# no "on" ("… during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C."); a story says
# "on Tuesday".
PHOTO_STAMP_RE = re.compile(
    rf"[^\s,]+, (?:mon|tues|wednes|thurs|fri|satur|sun)day, (?:(?:{MONTHS})\.? \d{{1,2}}|\d{{1,2}} (?:{MONTHS})),? \d{{4}}\b",
    re.I)
# Wire-photo captions also date their picture with no weekday, the date closing the line after the place and a
# comma ("… in Birmingham, Alabama, April 14, 2024.") or standing before the place ("… April 14, 2024, in
# Birmingham, Ala."), again with no "on" and no weekday: a story says "on April 14" or "through June 30, 2019", and
# "on Tuesday, Nov. 19, 2019, in Tromso" or "held the vote Tuesday, March 3, 2030." is a story's sentence.
PHOTO_DATE_TAIL_RE = re.compile(
    rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)(?-i:[A-Z])[\w.'’-]*, (?i:{MONTHS})\.? \d{{1,2}}, \d{{4}}\.$"
    rf"|(?<!\bon )(?<!day, )(?<!\bthrough )(?<!\buntil )(?i:{MONTHS})\.? \d{{1,2}}, \d{{4}}, in (?-i:[A-Z])[\w.,'’ -]{{0,40}}$")
# A caption of one sentence closed by its picture's full date, the year and all, after "on" or right after the place
# ("… during the storm on March 3, 2030.", "… on the floor of the Harbour Exchange March 3, 2030."): a story dates what
# it tells by the weekday or the day alone, and a sentence of its own that closes on a year runs to the date ("through
# …", "between … and …"), reports ("said", "told") or looks ahead ("will", "would"); those stay the story's.
PHOTO_DATE_ON_TAIL_RE = re.compile(
    rf"(?:\bon|\s(?-i:[A-Z])[\w.'’-]*) (?i:{MONTHS})\.? \d{{1,2}}, \d{{4}}\.$")
STORY_DATED_VOICE_RE = re.compile(
    r"\b(?:said|says|say|told|tells|according|will|would|could|should|might|may|can|shall)\b")
# A caption closed by its credit of one word, after the caption's full stop and with no label: the picture's
# source, alone or in brackets ("… on the pier at dawn. Supplied", "… in May. (Harbourwire)", "… the old town
# walls. HMA/NPS"). The word before the stop is a word or a number, not an abbreviation ("in St. Louis", "vs.
# Twins", "by Prof. Berg"): a sentence never trails one capitalized word after its stop, but a transcript's may
# trail what the audience did ("… who had helped. (Applause)").
CREDIT_WORD_TAIL_RE = re.compile(
    r"(?:(?<![\w.’'-])(?!(?:vs|etc|Capt|Prof|Supt|Sgt|Gov|Sen|Rep|Gen)\.)(?:[a-z][a-z’'-]+|[A-Z][a-z’'-]{3,})|\d|%)"
    r"[.!?][\"”’]? (?!\(?(?:Applause|Laughter|Cheers|Cheering|Booing|Crosstalk|Inaudible|Unintelligible|Music|Silence)\b)"
    r"(?P<credit>\([A-Z][\w’'&/-]*\)|[A-Z][\w’'&/-]*)$")
# Where a caption places the people in its picture: "Jane Doe, left, and John Roe", "Jane Doe (far left)", "from left",
# "(L-R)". A story names people without pointing at where they stand.
PICTURE_PLACE_RE = re.compile(
    r"\((?:far |second from |from )?(?:left|right|center|centre)\)|, (?:far |second from )?(?:left|right|center|centre),"
    r"|\b[Ff]rom left\b|\([LR]-[LR]\)")
# A caption opened by its kicker, two to four words in capitals and a colon or an ellipsis, as magazines and tabloids
# head a picture's caption ("COLLISION COURSE: Jane Doe, photographed at home, holds …", "THERE YOU GO … The mayor
# hands over …"). One word in capitals opens a paragraph too, the dateline's place ("HARBOURTON: The council …").
KICKER_CAPTION_RE = re.compile(r"(?P<kicker>(?:[A-Z][A-Z’'-]+ ){1,3}[A-Z][A-Z’'-]+)(?::| ?…| ?\.\.\.) (?=[A-Z“\"‘'])")
# Such a caption is of a credited caption's length at most; a paragraph under a speaker's label runs on.
KICKER_CAPTION_MAX_WORDS = CREDITED_CAPTION_MAX_WORDS
QUOTE_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
SLASH_CREDIT_RE = re.compile(r"[A-Z][\w.'’-]+ [A-Z][\w.'’-]+/[A-Z]")
# A caption whose credit, a photographer's name and the agency or paper after a slash, opens it
# ("Kevin C. Downs/for New York Daily News London Rene and …", "Cliff Welch/Icon SMI Maurkice
# Pouncey denies …") or closes it ("… across its supply chain. Mike Blake/Reuters files"); a
# line of ten words or more, so that a credit standing alone is no caption of itself.
SLASH_CREDIT_EDGE_RE = re.compile(
    r"^(?!(?:A|An|The|In|On|At|By)\b)(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+ ?/ ?(?:for )?[A-Z]\S*(?: \S+){2,}"
    # The credit may stand after a bar ("… in September. | Jane Doe/AP Photo") or be glued to the caption's last word, as
    # some scrapes deliver it ("… much more common.Zhejiang Daily / AP").
    r"|(?:[.!?”\"] (?:\| )?|(?<=[a-z])[.!?”\"](?=[A-Z]))"
    r"(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+ ?/ ?(?:for )?(?:[A-Z][\w.&'’-]*)(?: [\w.&'’-]+){0,3}$"
    # Some pages set the credit after the caption with no stop between them ("… at the fashion show
    # Jane Doe/Getty Images Europe"), or credit a paper's own photographer by "for" ("… south of the
    # town. Jane Doe for The Courier"); either way the line ends in the credit, not in a full stop.
    r"|\s[A-Z][\w.'’-]* [A-Z][\w'’-]+/[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}$"
    r"|[.!?”\"] (?:[A-Z][\w.'’-]+ ){2,3}for (?:The )?[A-Z][\w.&'’-]*(?: (?:of )?[A-Z][\w.&'’-]*){0,3}$")
# A picture's source alone on a line, in brackets, two to four capitalized words: "(Harbour Athletics)", "(Jane
# Doe)", "(The Courier)". A story's aside in brackets is worded as a sentence is, with lower-case words.
BRACKETED_SOURCE_RE = re.compile(r"\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){1,3}\)")
# The button that opens a picture in full size, printed as a line of its own over the picture's credit and caption.
ENLARGE_BUTTON_RE = re.compile(r"(?:view full(?:-size)? (?:image|photo)|(?:click to )?enlarge(?: this)? (?:image|photo)"
                               r"|click (?:image |photo )?to enlarge|view larger (?:image|photo))", re.I)
# Wire and photo agencies named alone on a line credit the photo next to it.
AGENCY_RE = re.compile(r"(?:AP|AFP|Reuters|REUTERS|EPA|Getty(?: Images)?|Xinhua|Bloomberg|PA|ANP|dpa|UPI)", re.I)
# Buttons of a share bar.
SHARE_WORDS = frozenset(
    "tweet tweets share shares email e-mail print comments comment recommend pin digg reprints reprint facebook "
    "twitter google+ linkedin rss youtube whatsapp reddit pinterest instagram flipboard tumblr pdf save "
    "bookmark messenger telegram stumbleupon myspace mixx delicious".split())
SHARE_FILLER = frozenset("it this link version more on us and or the a our speed photo galleries via by".split())
# A share menu's own label, which may carry the headline: "Share All sharing options for: <title>".
SHARE_MENU_RE = re.compile(r"^(?:(?:share|shareclose|all|show|more|fewer|less|close|extra|open|hide) ){0,3}sharing options\b", re.I)
SOCIAL_RE = re.compile(r"\bon (?:twitter|facebook|instagram|linkedin|youtube)\b|\bbecome a fan\b|^follow\b|@\w+ on ", re.I)
NEWSLETTER_RE = re.compile(
    r"\bnewsletters?\b|\binbox\b|\be-?mail address\b|\benter your e-?mail\b|\bsign me up\b|\bdelivered to your\b"
    r"|\be-?alerts?\b",
    re.I,
)
# A site's appeal for its readers' money, a line of its own: "Support our award-winning journalism
# by becoming a member.", "Will you support our explanatory journalism?", "… help us keep our
# journalism free for all. Please consider making a contribution today." It names journalism, asks
# for support, a subscription or a gift, and speaks to the reader or for the site ("you", "our", an
# imperative); a story about the press reports who funds it ("…, the editor said").
FUNDING_APPEAL_RE = re.compile(r"\b(?:support(?:s|ing)?|invest in|fund(?:s|ing)?|subscrib\w*|contribut\w*|donat\w*|members?(?:hip)?)\b",
                               re.I)
FUNDING_VOICE_RE = re.compile(r"\b(?:you|your|our|us|please)\b|^(?:support|invest|help|subscribe|donate|become|join)\b", re.I)
FUNDING_APPEAL_MAX_WORDS = 80
# Words to the reader: "your inbox", "Sign up for …", "… by signing up to our newsletter".
INVITATION_RE = re.compile(r"\byour?\b|(?:^|[.!?] )(?:sign up|subscribe|register|get|join|enter|click)\b"
                           r"|\bsign(?:ing)? up (?:to|for) our\b", re.I)
NEWSLETTER_WEAK_RE = re.compile(r"\b(?:sign up|subscribe|subscription)\b", re.I)
# A sign-up form's fine print under its button, naming the site's policies to the reader or in the
# site's own voice: "By submitting your information you agree to the Terms & Conditions and Privacy
# Policy …", "I would like to be emailed about offers … Read our privacy policy", "This site is
# protected by reCAPTCHA and the Google Privacy Notice and Terms of Service apply." A story names a
# company's privacy policy, not its reader's or its own.
POLICY_NAME_RE = re.compile(r"\b(?:privacy (?:policy|notice)|terms (?:of (?:use|service)|&|and) conditions?|terms of (?:use|service))\b",
                            re.I)
POLICY_VOICE_RE = re.compile(r"\b(?:you|your|our|i|me)\b|\bthis (?:web)?site\b", re.I)
POLICY_NOTICE_MIN_WORDS = 6
# A prompt ending in its button, no full stop after it: "Get the Daily Edition by email and never
# miss our top stories Free Sign Up".
SIGN_UP_BUTTON_RE = re.compile(r"\b(?:sign up|subscribe)$", re.I)
SIGN_UP_MAX_WORDS = 30
# A paywall's offer box, opened by a line that says what is behind it ("THIS CONTENT IS RESERVED FOR
# SUBSCRIBERS ONLY"): its list of what a subscription gives, its sign-in form and its buttons run down to
# the last line of the box that speaks of subscribing or signing in, as long as no line on the way is as
# long as a story's paragraph and the box stays within reach.
PAYWALL_OPEN_RE = re.compile(r"(?:this )?(?:content|article|story) is (?:only )?(?:reserved|available|exclusive) "
                             r"(?:for|to) (?:subscribers|members)(?: only)?\W*", re.I)
PAYWALL_CLOSE_RE = re.compile(r"\bsubscri\w*|\bsign in\b|\bregister\b|\baccount\b", re.I)
PAYWALL_MAX_LINES = 40
PAYWALL_LINE_MAX_WORDS = 30
# A title over readers' comments that names them ("Comments from our Foolish Readers").
READERS_COMMENTS = r"comments from (?:our |other )?(?:\S+ )?readers$"
# The button that opens the comment form ("Add your comment", "Leave your own comment"), alone or set
# on the end of the thread's title ("Reader comments Add your comment").
ADD_COMMENT = r"(?:leave|post|add) (?:a|your(?: own)?) comment"
COMMENTS_HEADER_RE = re.compile(rf"(?:\S+ ){{0,2}}comments?(?: \(\d+\))?(?: {ADD_COMMENT})?$|{ADD_COMMENT}\b"
                                r"|join the (?:conversation|discussion)\b"
                                rf"|{READERS_COMMENTS}", re.I)
# The head of one reader's post in a thread: who wrote it and when ("On December 23, 2014, at
# 10:07 PM, argusdc wrote:"), a line of its own.
COMMENT_POST_RE = re.compile(r"\S+ (?:wrote|writes|commented):$", re.I)
# Or its foot, signed under the post's text: "Posted by: jdoe, 3 May 2012 | 10:15", the date on the
# signature's line or on the line next to it.
COMMENT_SIGNATURE_RE = re.compile(r"posted by: ?\S", re.I)
# A signature closes a post whose text stands at most this many lines above it (its report button
# and its date between).
SIGNATURE_REACH = 3
# An article resumes under a box of links set into it: at least this many links, then this many
# paragraphs in a row, the first at least this long.
RESUME_MIN_LINKS = 3
RESUME_MIN_PARAGRAPHS = 3
RESUME_FIRST_MIN_WORDS = 20
# Or under a smaller box (one link, a top comment and its button) of at most this many lines, when
# the paragraphs after it run on to the body's end, at least this many, the first longer than a
# teaser's blurb (TEASER_MAX_WORDS).
RESUME_BOX_MAX_LINES = 3
RESUME_LONG_MIN_PARAGRAPHS = 2
# A short line (fewer words than a headline has) that the page sets between two paragraphs at least
# this many times ("Article content", "Advertisement") is a label of its frame: it parts no run of
# paragraphs and heads no teaser.
FRAME_LABEL_MIN_REPEATS = 3
# A comments title is followed by a thread when at least this many posts are headed so.
THREAD_MIN_POSTS = 2
# Or when it counts the posts ("27 Comments", "See all comments (27)"), low on the page: an article
# gives no sub-heading a count of comments, and a share bar's "Comments (27)" stands at its top,
# over fewer paragraphs of it than this (a standfirst).
COMMENT_COUNT_RE = re.compile(r"(?:(?:see|view|show|read) all )?(?:\d[\d,]* (?:\w+ )?comments?|comments? \(\d[\d,]*\))", re.I)
COUNTED_THREAD_MIN_ABOVE = 3
COMMENTS_RE = re.compile(
    r"^(?:\S+ ){0,2}comments?(?: \(\d+\))?$"
    r"|\bcomment guidelines\b|\bjoin the (?:conversation|discussion)\b|\b(?:log ?in|sign ?in|register) to (?:comment|post)\b"
    r"|\bcomments? (?:are|is) (?:encouraged|closed|moderated|welcome)\b|\bview the comments\b|\bremove comments\b"
    r"|\benter a comment\b|\b(?:leave|post) a comment\b|\b(?:leave|post|add) your (?:own )?comment\b"
    r"|\bby posting (?:your|a) comment\b|\bcomments powered by\b"
    rf"|^{READERS_COMMENTS}",
    re.I,
)
# The site's rules for readers' comments, a paragraph of any length in its own voice ("we", "our",
# "you"): "Comments that include … will be removed from the site.", "We welcome thoughtful comments
# from readers.", "We reserve the right to remove any comment …", "Please read our Comment Policy",
# "Posts in our comment section are the readers' own", and the spam filter's notice under the form
# ("This site uses a filter to reduce spam. Learn how your comment data is processed.").
# A story reporting another site's rules quotes them ("…, the company said").
COMMENT_POLICY_RE = re.compile(
    r"\bcomments? (?:that|which) [^.!?]{0,120}\b(?:will|may) be (?:removed|deleted)\b|\bwe welcome (?:\w+ ){0,2}comments\b"
    r"|\b(?:remove|delete) any comments?\b|\bcomment(?:ing)? polic(?:y|ies)\b|\bour comments? section\b"
    r"|\bto reduce spam\b.*\byour comment data\b", re.I)
COMMENT_POLICY_VOICE_RE = re.compile(r"\b(?:we|our|you|your|please)\b", re.I)
COMMENT_POLICY_MAX_WORDS = 120
# "name 16 minutes ago": who commented and when.
AGO_RE = re.compile(r"\b(?:\d+|an?|about an?|few)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$|\b\d+[hmd] ago$",
                    re.I)
ADVERT_RE = re.compile(
    r"(?:advertisements?|advertising|adchoices|ad choices|sponsored(?: content| links?| stories)?|promoted(?: content| stories)?"
    r"|paid (?:content|post)|partner content|loading\.{0,3}|ads? by \w+|jobs by \w+)",
    re.I,
)
FOOTER_RE = re.compile(
    r"©|\(c\) ?\d{4}|\bcopyright (?:\d{4}|\(c\))|^copyright$|\ball rights reserved\b|^privacy(?: policy)?(?: \(updated!?\))?$"
    r"|^terms (?:of (?:use|service)|& conditions|and conditions)$|^cookie (?:policy|settings)$|^manage cookies$"
    r"|^(?:site ?map|about us|contact us|legal notice|accessibility(?: statement)?|ad choices)$"
    r"|\bmay not be (?:published|reproduced|redistributed)\b"
    # Where readers send the paper's errors, the clause before the address: "To report corrections and
    # clarifications, contact …", "If you … would like to report a correction, please write to …".
    r"|\breport (?:a |an )?corrections?(?: (?:and|or) clarifications?)?, ",
    re.I,
)
# A legal notice run together into one long paragraph (market-data licences, trademarks, several
# copyright lines): furniture past the 60 words other footer lines may have (up to the cues'
# CUE_MAX_CHARS) once it opens with a legal mark or holds two.
LEGAL_MARK_RE = re.compile(r"©|\ball rights reserved\b|\bregistered trademarks? of\b|\blicensed for use\b", re.I)
# The page's own legal line, which a photo credit's "©" is not.
RIGHTS_RESERVED_RE = re.compile(r"\ball rights reserved\b", re.I)
# An investment site's disclosure of who holds the stocks named ("Jane Doe owns shares of X. The
# Site recommends Y. The Site has a disclosure policy."): at least two such statements in a line
# with a recommendation or the policy named (a news paragraph may tell who owns what), or the
# policy's own sentence closing it, at any length (one author's holdings after another).
DISCLOSURE_RE = re.compile(
    r"\b(?:owns|holds) shares of\b|\bha(?:s|ve) no positions? in any (?:of the )?(?:stocks|shares|securities|companies)\b"
    r"|\bha(?:s|ve) (?:a|our) disclosure policy\b", re.I)
DISCLOSURE_MARK_RE = re.compile(r"\brecommends\b|\bdisclosure\b|\bno positions? in\b", re.I)
DISCLOSURE_CLOSE_RE = re.compile(r"\bha(?:s|ve) (?:a|our) disclosure policy\.?$", re.I)
BOILERPLATE_RE = re.compile(
    r"\buses? cookies\b|\buse of cookies\b|\benable javascript\b|\bjavascript (?:is )?(?:disabled|required)\b"
    r"|\bbrowser version\b|\bupdate your browser\b|\bcompatibility mode\b|\b(?:views|opinions) expressed\b"
    r"|\bdo not necessarily reflect\b|^this (?:post|article|story) (?:originally|first) (?:appeared|ran|was published)\b"
    r"|^this (?:post|article|story) was (?:provided|supplied|contributed) by\b"
    # The story's place in a series or who paid for it, a note the site sets under it: "This article is part of a
    # series on …", "This project was produced with support from the … Fund". A story says "The report is part of …".
    r"|^(?:this|the) (?:post|article|story|piece|project) (?:is|was) (?:part of an? (?:[\w-]+ ){0,3}series\b"
    r"|produced with (?:the )?support (?:from|of)\b)"
    r"|(?:^|[.!?] )originally (?:published|appeared|posted) (?:on|in|at|by)\b[^.!?,;]{0,60}[.:]?$"
    r"|\bpress (?:the )?(?:spacebar|space bar|esc)\b|\bdoi:\s*10\.\d|\bdoi\.org/10\.\d|\byour privacy is important to us\b"
    r"|\bwe(?:'ve| have) (?:updated|changed) our privacy (?:policy|notice|statement)\b"
    # The site's note of its own interests: who owns it ("* Harbour Media is an investor in Quay Group, which owns
    # this site."), or what its links earn it ("some of the links on Harbour News are affiliate links … we may earn a
    # small commission"). A story names the company that owns a paper, not "this site".
    r"|\b(?:owns|publishes|runs) this (?:site|website)\.?$"
    r"|\baffiliate links?\b.{0,120}\b(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\b"
    # The site's note that the story changed since it ran, opening the line or after its stamp: "This story has been
    # updated with new details.", "Updated 3/4/21, 9:00 EST: This article has been updated to reflect …". A correction
    # that gives the right figure ("This posting has been updated with a revised total of …") is the story's.
    r"|(?:^|: )this (?:article|story|post|piece|report) has been updated (?:to reflect\b|with (?:additional|new|more"
    r"|further|the latest) (?:\w+ )?(?:developments|details|information|reporting|comments?)\b)",
    re.I,
)
# A site's promotion with its button run into the paragraph as the last sentence: "AP's Role: The
# agency is the most trusted source on election night. Learn more.", "… a virtual event with
# departing members. REGISTER HERE.", "Upgrade today! DOWNLOAD FOR iOS". A story's paragraph
# closes on what happened, never on a link's label.
CLOSING_BUTTON_RE = re.compile(
    r"[.!?]\W*\s+(?:learn more(?: (?:about|at) [\w.’'&-]+(?: [\w.’'&-]+){0,5})?"
    r"|(?:register|rsvp|sign up|subscribe|download|upgrade) (?:here|now|today)"
    r"|download (?:it )?(?:for|on) \w+(?:\W+download (?:it )?(?:for|on) \w+)*)\W*$",
    re.I,
)
# A study cited as a bibliography gives it, on a line of its own: authors up to "et al.", then the
# year or the title ("Source: Dunbar RIM, Teasdale B, Thompson J et al. Emotional arousal … 2016.",
# "Dinwiddie et al. 2014. Dynamics of …"). A sentence names the study's authors before a verb
# ("Smith et al. found", "Smith et al. (2014) showed").
REFERENCE_RE = re.compile(
    r"(?:(?i:sources?|references?|citations?|study|paper|journal reference|more information)\s*:\s*)?"
    r"(?:[A-Z][\w'’.-]*,? ){1,10}et al\.,? (?:\(?\d{4}\)?\.|[A-Z])")
REFERENCE_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# A site's notice under its own label, opening the line, at any length: "Disclaimer: …", "Advertising disclosure:
# We may receive compensation …", "Disclaimer (varies based on content …): …". A story opens no sentence so.
NOTICE_LABEL_RE = re.compile(r"(?:[\w-]+ )?(?:disclaimer|disclosure)s?(?: \([^()]{0,80}\))?:\s", re.I)
NAVIGATION_RE = re.compile(
    r"^(?:skip to\b.*|back to top|return to top|top of page|menu|main menu|search(?: site)?|home|sign in|log in|login"
    r"|log out|logout|sign out|register|my account|edition:?|more|close|open|previous|next|prev ?next)$"
    r"|\byou are signed in as\b|\byou're logged in\b",
    re.I,
)
AUTHOR_BIO_RE = re.compile(r"^(?:about the authors?|author bio(?:graphy)?|bio(?:graphy)?|about the writer)$", re.I)
# A section title over a list of links to other pages; a widget's title may address the reader
# with what was done for them ("Stories Chosen For You", "Curated for you"), which a
# sub-heading of the article does not ("What it means for you"). "The Latest" alone (or "… News")
# titles a feed of the site's newest stories; "The latest on the talks" is a sub-heading.
RELATED_RE = re.compile(
    r"^(?:related\b|more (?:from|on|in|stories|news|videos?)\b|more (?:\S+ ){1,2}(?:stories|news|articles|videos|headlines)$"
    r"|most (?:popular|read|viewed|shared|commented|active)\b"
    r"|top (?:stories|news|headlines)\b|latest\b|the latest(?: news| stories| headlines)?$"
    r"|trending\b|recommended\b|we recommend\b|popular\b|editor'?s'? picks\b|featured\b"
    r"|you (?:may|might) (?:also )?like\b|read (?:more|next)\b|further reading\b|see also\b|in case you missed\b"
    r"|don'?t miss\b|explore\b|filed under\b|also on\b|based on your\b|news for you\b|what to read next\b"
    r"|(?:\S+ ){1,2}recommends$|recommended (?:for you|stories|articles|reading)\b|(?:\w+ )?\w+(?:ed|en) for you$)",
    re.I,
)
# A link to another story set between paragraphs, its label before a colon and its title after
# ("READ MORE: Seaside town with few tourists", "See also: The worst seats on a plane", "MORE : …"):
# the title reads like a sentence, so only the label tells it from the prose around it.
LINK_LABEL_RE = re.compile(
    r"(?:read more|more|see also|also read|related|watch)\s?:\s?[\"'‘“]?(?-i:[A-Z0-9])", re.I)
LINK_TITLE_MAX_WORDS = 30
# Where one sentence ends and the next begins (see ``_lone_teaser``).
NEXT_SENTENCE_RE = re.compile(r"[.!?][\"”’]? [A-Z]")
# Any such label, a few words of the site's own before the colon ("Staffers 'don't care': Ferry crews were
# quietly cut before the storm", "First in Harbour Daily: Mayor to step down"), under a paragraph of
# the article: a sentence of the story that opens on a label ends as a sentence does; this is a
# headline, with no stop after it (see ``_labelled_title``).
LABELLED_TITLE_RE = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,4} ?: ?[\"'‘“]?[A-Z0-9]")
# "More" and a few capitalized words: a section's title when teasers follow ("More Science").
MORE_TITLE_RE = re.compile(r"More(?: [A-Z][\w'’&.-]*){1,3}")
# The label of the article's own summary in points above its body or at its top ("STORY HIGHLIGHTS", "Highlights",
# "Key Points"): the lines under it state the article's facts, like a standfirst, however short (``_summary``,
# ``_points``).
SUMMARY_LABEL_RE = re.compile(r"(?:(?:story|article) )?highlights|key (?:points|takeaways|facts)", re.I)
# How many lines such a summary has at most, and how long each is at least.
SUMMARY_MAX_LINES = 6
SUMMARY_MIN_WORDS = 5
# A button, not a section's title.
BUTTON_RE = re.compile(r"(?:read|see|show|load|view)? ?more\W*", re.I)
# A line that is one link, not a list's title: closed by a link's arrow ("Explore charts >>", "Related article »"), or
# a label with the link's own words after its colon ("Read more: Election results"). Over a paragraph of an
# article's length (RESUME_FIRST_MIN_WORDS) it titles nothing: the article goes on under it.
ONE_LINK_RE = re.compile(r"(?:>>|[»›→])$|^[^:]+: ?\w")
# A sponsor's button under its blurb: "Learn more", "Shop now", "Buy at Acme" (see ``_blurbs_in_boxes``).
SHOP_BUTTON_RE = re.compile(r"(?i:learn more|shop now|buy now|(?:buy|shop|order) (?:it )?(?:at|on|from)) ?(?:[A-Z][\w.'’&-]*\s?){0,3}\W*")
BLURB_MAX_WORDS = 30
# The tail of a teaser: a link to the full story.
TEASER_STRONG_RE = re.compile(
    r"\bfull (?:article|story|coverage)\b|\bcontinue reading\b|(?:…|\.\.\.) ?(?:read )?more\b|\bread more ?[»›→]?$"
    r"|\bmore ?[»›→]|[»›→]$", re.I)
PLACE = r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}"  # SAN FRANCISCO, WASHINGTON, D.C.
AGENCY = r"\([A-Z][\w.&' -]{0,30}\)"  # (Reuters), (AP)
DATELINE_RE = re.compile(
    rf"(?:{PLACE}(?:,\s?[A-Z][a-z]{{1,9}}\.?(?: \d{{1,2}})?)?(?: ?{AGENCY})?"  # BEIJING, Dec 30 (Reuters)
    rf"|[A-Z][\w.'’-]+(?:,? [A-Z][\w.'’-]+){{0,4}} ?{AGENCY}"  # Cape Canaveral, Fla. (AP)
    rf"|{AGENCY})"  # (CNN)
    r" ?(?:--|[—–-]) "
)
DATELINE_MAX = 60

# Where a cue sends the line, and whether the cue opens a section that the lines below it join.
SECTION_KINDS = ("related-links", "comments", "footer", "author-bio")
# The furniture that stands between a headline's standfirst and its byline: a newsletter prompt, the lead
# picture's caption, a share bar and its comment count (``_standfirst_under_headline``).
HEADER_FURNITURE = ("caption", "newsletter", "share", "comments")
# A comment widget or a footer follows the article: above the body such a line is a link (a
# comment count, "Terms"), not the start of a section.
AFTER_BODY_SECTIONS = ("comments", "footer")


# "This article is more than 2 years old.": a news site's note of a page's age, set after its
# dates.
AGE_NOTE_RE = re.compile(r"\s*(?:this|the) (?:article|story|post|page) is (?:more|older) than \w+ (?:years?|months?) old\.?$", re.I)


# A note the site sets on a story when it corrects or updates it, stamped with the day and the hour
# of the change: "Correction 8/29/10 7:05 a.m. PDT: An earlier version of this story misstated …",
# "UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with comment from the mayor." Without the clock
# time it is the story's own paragraph, which annotators keep ("Update: On December 10, the board
# reinstated …" is news the reporter added; "Updated figures show …" is a sentence).
REVISION_NOTE_RE = re.compile(
    rf"\W{{0,2}}(?:correction|clarification|update|updated|editor['’]s note)\b[:,]? ?(?:on )?(?:(?:{WEEKDAYS})\.?,? )?"
    rf"(?:(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:\d{{4}},? )?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}},? )"
    # The stamp closes with its zone, a colon or the line: "…, 10:30, the board met" goes on as a sentence.
    r"(?:at )?\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?(?: ?\(?(?:[ecmp][sd]?t|gmt|utc|bst)\b\)?| ?[:—–-]|\.?$)", re.I)
REVISION_NOTE_MAX_WORDS = 80


def _is_timestamp(s: str, words: int) -> bool:
    """A date or time alone on a line, perhaps after a place or "Published"."""
    if words > 16:
        return False
    # Stamps run together from separate elements: "Published February 24, 2020Last updated ...".
    s = AGE_NOTE_RE.sub("", re.sub(r"(?<=\d)(?=[A-Z][a-z])", " ", s))
    written = [t for t in (t.strip(",.;:|()[]-–—/") for t in s.split()) if t]
    tokens = [t.lower() for t in written]
    if not tokens:
        return False
    # A month or a day is capitalized in a stamp: "You may like" names no month.
    dated = any(DATE_WORD_RE.match(t) and not (w[:1].islower() and NAMED_DAY_RE.fullmatch(t)) for t, w in zip(tokens, written))
    rest = [t for t in tokens if not STAMP_TOKEN_RE.fullmatch(t)]
    # The rest may name a place ("JAKARTA") or a source: at most two words.
    return dated and len(rest) <= 2 and len(rest) < len(tokens)


def _may_hold(s: str, cues: tuple[str, ...]) -> bool:
    """False only where a pattern that needs one of ``cues`` (lowercase) cannot match: a substring
    test, far cheaper than trying an IGNORECASE pattern at every word of a long paragraph. Text
    that is not ASCII always passes (IGNORECASE matches "ſ" to "s", "K" to "k")."""
    if not s.isascii():
        return True
    lower = s.lower()
    return any(cue in lower for cue in cues)


# Each alternative of BYLINE_PHRASE_RE holds one of these; TEASER_STRONG_RE's of the second (but
# "[»›→]$", which no ASCII line holds).
_BYLINE_CUES = ("contributed", "reporting by", "writing by", "editing by", "reached at", "author", "written by",
                "reporter", "text", "contact the", "writer", "correspondent", "editor", "issue", "print")
_TEASER_CUES = ("full ", "continue reading", "more")
_BUTTON_CUES = ("learn more", "here", "now", "today", "download")
_YOU_CUES = ("you",)  # a call to action needs "you" or "your" besides CALL_TO_ACTION_RE


def _is_byline(s: str, words: int, prose: bool) -> bool:
    m = BYLINE_PHRASE_RE.search(s) if _may_hold(s, _BYLINE_CUES) else None
    # The trade's phrases make a line of its own ("(Additional reporting by …)", "… contributed to
    # this report."), never the middle of a paragraph.
    if m and (words <= CUE_MAX_WORDS or m.start() <= 2 or len(s) - m.end() <= 2 or (s.startswith("(") and s.endswith(")"))):
        return True
    if words <= 20 and BYLINE_DATED_RE.match(s) and s[3:4].isupper():
        return True
    if words <= 20 and BYLINE_NAMED_RE.search(s) and BYLINE_STAMPED_RE.search(s):
        return True
    if prose:
        return False  # a name line is no sentence: "By the end of the year, …" is one
    if words <= 8 and BYLINE_TITLE_RE.match(s):
        return True
    if words > 20 or not BYLINE_RE.match(s):
        return False
    # "By Jane Doe and John Roe": names, not a sentence opening "By the end of …"
    after = s[2:].lstrip(": ")
    return after[:1].isupper() and _lower_share(after) <= 0.4


def _is_share(s: str, words: int) -> bool:
    """A row of buttons ("Share Tweet Email"), or a line sending the reader to a social network."""
    if words > CUE_MAX_WORDS:
        return False
    if SOCIAL_RE.search(s) and words <= 10:
        return True
    tokens = [t.strip(",.;:|()[]-–—•/»›").lower() for t in s.split()]
    tokens = [t for t in tokens if t]
    return bool(tokens) and any(t in SHARE_WORDS for t in tokens) and all(t in SHARE_WORDS or t in SHARE_FILLER for t in tokens)


# A consent dialog's paragraphs, at any length (the page's banner and its settings panel: a
# hundred words a cookie is common): a cookie the site sets, as the subject of the sentence
# ("These cookies allow us to count visits …", "This cookie is set by …", "We store cookies on
# your browser …"), or the reader told of cookies or of opting out ("you have the right to
# opt-out of the sale …"). An article about cookies speaks of them, not to its reader about them.
COOKIE_NOTICE_RE = re.compile(
    r"^(?:(?:this|these|the|our|any|other|necessary|strictly necessary|functional|performance|analytic(?:al|s)?"
    r"|advertis(?:ement|ing)|targeting|uncategori[sz]ed|third[- ]party) )+cookies? (?:is|are|may|will|can|do|does"
    r"|allow|allows|enable|enables|help|helps|track|tracks|store|stores|collect|collects|set|used|installed)\b"
    r"|\b(?:we|our (?:web)?site|this (?:web)?site) (?:may )?(?:use|uses|store|stores|set|sets|place|places) cookies\b",
    re.I)
COOKIE_READER_RE = re.compile(r"\bcookies?\b|\bopt(?:ing)?[- ]?out\b", re.I)
_COOKIE_CUES = ("cookie", "opt")


def _cookie_notice(s: str) -> bool:
    """A paragraph of the site's cookie or privacy dialog (COOKIE_NOTICE_RE)."""
    if not _may_hold(s, _COOKIE_CUES):
        return False
    return bool(COOKIE_NOTICE_RE.search(s)) or (COOKIE_READER_RE.search(s) is not None
                                                and re.search(r"\byour?\b", s, re.I) is not None)


def _is_credit(s: str, words: int) -> bool:
    """A photo credit standing as a line of its own (or closing a caption line)."""
    if words <= CUE_MAX_WORDS and (CREDIT_LABEL_RE.search(s) or CREDIT_TAG_RE.search(s) or CREDIT_BY_RE.match(s)):
        return True
    if AGENCY_RE.fullmatch(s) or BRACKETED_SOURCE_RE.fullmatch(s):
        return True
    return words <= 8 and not s.endswith(SENTENCE_END[:3]) and bool(SLASH_CREDIT_RE.search(s))


def _cue(s: str, words: int, prose: bool) -> str | None:
    """The furniture kind a line's own wording and shape give it, or None. A sentence gets a cue
    only from wording that is furniture as a sentence too (a cookie notice, "… contributed to this
    report.", a legal line, a credit closing a caption, a teaser's "Read more"); buttons, dates
    and "By …" lines are never sentences."""
    if not s or len(s) > CUE_MAX_CHARS:
        return None
    short = words <= CUE_MAX_WORDS
    label = not prose  # a label, a button, a title: no sentence
    # The length first: a long paragraph (half the lines of a news page) skips these searches.
    if (words <= 60 and BOILERPLATE_RE.search(s)) or NOTICE_LABEL_RE.match(s) or _cookie_notice(s):
        return "boilerplate"
    if prose and _may_hold(s, _BUTTON_CUES) and CLOSING_BUTTON_RE.search(s):
        return "boilerplate"
    if words <= 60 and _may_hold(s, ("et al",)) and REFERENCE_RE.match(s) and REFERENCE_YEAR_RE.search(s):
        return "boilerplate"
    if (words <= 60 and COMMENTS_RE.search(s)) or _comment_policy(s, words):
        return "comments"
    if words <= 60 and FOOTER_RE.search(s):
        return "footer"
    if words > 60 and (LEGAL_MARK_RE.match(s) or len(LEGAL_MARK_RE.findall(s)) >= 2):
        return "footer"
    if (len(DISCLOSURE_RE.findall(s)) >= 2 and DISCLOSURE_MARK_RE.search(s)) or DISCLOSURE_CLOSE_RE.search(s):
        return "boilerplate"
    if _is_byline(s, words, prose):
        return "byline"
    # A date alone on a line (its few other words a place or "Published"): no sentence, whatever
    # its last character.
    if _is_timestamp(s, words) or (label and ((short and TIMESTAMP_START_RE.match(s)) or (words <= 8 and AGO_RE.search(s)))):
        return "byline"
    # A stamped correction or update note (after the stamp alone, which is a byline): the site's, not the story's.
    if words <= REVISION_NOTE_MAX_WORDS and REVISION_NOTE_RE.match(s):
        return "boilerplate"
    # rstrip takes a set of characters: "(Photo: X) Show less" ends in ")" once stripped, as do "…) less" and "…) ss".
    if (_is_credit(s, words) or (("photo" in s.lower() or "image" in s.lower()) and s.rstrip(" less").endswith(")")  # noqa: B005
                                 and CREDIT_TAG_RE.search(s))
            or (words <= CAPTION_MAX_WORDS and _caption_shaped(s)) or WIRE_CREDIT_TAIL_RE.search(s)
            # Past CAPTION_MAX_WORDS only the credit closing the line still makes it a caption (up to that
            # credit's own limit); below it, _caption_shaped has already tried the credit.
            or (CAPTION_MAX_WORDS < words <= CREDIT_CLOSED_CAPTION_MAX_WORDS
                and CAPTION_TAIL_RE.search(LICENCE_TAIL_RE.sub("", s)))):
        return "caption"
    if (label and _is_share(s, words)) or (words <= 40 and SHARE_MENU_RE.match(s)):
        return "share"
    if short and ADVERT_RE.fullmatch(s.rstrip(":")):
        return "advertisement"
    if (words <= 60 and NEWSLETTER_RE.search(s)) or (label and short and words >= 3 and NEWSLETTER_WEAK_RE.search(s)) \
            or (3 <= words <= SIGN_UP_MAX_WORDS and SIGN_UP_BUTTON_RE.search(s)) or _policy_notice(s, words):
        return "newsletter"
    if _funding_appeal(s, words):
        return "call-to-action"
    if words <= 4 and AUTHOR_BIO_RE.match(s):
        return "author-bio"
    if label and short and NAVIGATION_RE.search(s):
        return "navigation"
    items = [item.strip() for item in s.split("|")] if s.count("|") >= 3 else []
    if label and items and all(len(item.split()) <= 5 for item in items):
        # A menu flattened into one line: "News | Sport | Privacy Policy | …".
        return "footer" if any(FOOTER_RE.search(item) for item in items if item) else "navigation"
    if label and words <= 6 and RELATED_RE.match(s):
        return "related-links"
    teaser = TEASER_STRONG_RE.search(s) if _may_hold(s, _TEASER_CUES) else None
    # A teaser: a link's label, or a blurb ending in its link ("… Read More", "Full Article").
    if teaser and (label or teaser.end() >= len(s) - 1):
        return "related-links"
    return None


def _comment_policy(s: str, words: int) -> bool:
    """The site's rules for readers' comments (COMMENT_POLICY_RE), in its own voice."""
    return (words <= COMMENT_POLICY_MAX_WORDS and _may_hold(s, ("comment",)) and COMMENT_POLICY_RE.search(s) is not None
            and COMMENT_POLICY_VOICE_RE.search(s) is not None and re.search(r"\b(?:said|says|told)\b", s) is None)


def _policy_notice(s: str, words: int) -> bool:
    """A sign-up form's fine print (POLICY_NAME_RE in POLICY_VOICE_RE's voice): a sentence, not a footer's link."""
    return (POLICY_NOTICE_MIN_WORDS <= words <= 60 and _may_hold(s, ("privacy", "terms")) and POLICY_NAME_RE.search(s) is not None
            and POLICY_VOICE_RE.search(s) is not None)


def _funding_appeal(s: str, words: int) -> bool:
    """A plea to pay for the site's journalism (FUNDING_APPEAL_RE), not a story's sentence about it."""
    return (words <= FUNDING_APPEAL_MAX_WORDS and "journalism" in s.lower() and FUNDING_APPEAL_RE.search(s) is not None
            and FUNDING_VOICE_RE.search(s) is not None and re.search(r"\b(?:said|says|told)\b", s) is None)


def _caption_shaped(s: str) -> bool:
    """A line worded as a caption: a credit closing it, its label before it, its toggle button after it, "this photo shows",
    a wire photo's dated stamp, a photographer's slashed credit at either edge. The picture's
    licence after its credit (``LICENCE_TAIL_RE``) is no part of the shape."""
    s = LICENCE_TAIL_RE.sub("", s)
    return bool(CAPTION_TAIL_RE.search(s) or CAPTION_LABEL_RE.match(s) or CAPTION_SHOWS_RE.match(s)
                or CAPTION_TOGGLE_TAIL_RE.search(s)
                or PHOTO_STAMP_RE.search(s) or (len(s.split()) >= 10 and SLASH_CREDIT_EDGE_RE.search(s)))


def _captioned(s: str) -> bool:
    """A line that says itself that it is a caption: its credit in it, or its wording (above)."""
    return bool(CREDIT_TAG_RE.search(s)) or _caption_shaped(s)


def _sentence_furniture(cue: str | None, s: str) -> bool:
    """Whether a prose line with this cue is furniture even among the article's paragraphs."""
    if cue in ("byline", "boilerplate", "footer", "call-to-action"):
        return True
    if cue == "newsletter":
        return bool(INVITATION_RE.search(s)) or _policy_notice(s, len(s.split()))
    if cue == "caption":
        return _captioned(s)
    if cue == "share":
        return bool(SHARE_MENU_RE.match(s))
    if cue == "comments":
        return _comment_policy(s, len(s.split()))
    return False


# -- lines -------------------------------------------------------------------------------------


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
    if FACT_LINE_RE.search(s):
        return False
    if s.endswith("?"):
        # A short question standing alone before a paragraph titles that paragraph.
        return line.words <= QUESTION_HEADING_MAX_WORDS and following is not None and following.words > line.words * 3
    return not s.endswith(SENTENCE_END) or bool(QUOTED_TITLE_END_RE.search(s))


def _body(weights: list[int]) -> tuple[int, int, int] | None:
    """``(first, last, score)`` of the maximum-sum run of ``weights`` (Kadane), or None if no
    line scores above zero."""
    best = None
    run_start, run = 0, 0
    for i, w in enumerate(weights):
        if run <= 0:
            run_start, run = i, 0
        run += w
        if run > 0 and (best is None or run > best[2]):
            best = (run_start, i, run)
    return best


def _repeated_sentence(ln: _Line) -> bool:
    """A long sentence printed twice (a standfirst the first paragraph repeats) is no headline."""
    return ln.words >= STANDFIRST_MIN_WORDS and ln.text.rstrip().endswith(".")


def _seed_kinds(content: list[_Line], lo: int, hi: int, counts: dict[str, int], kinds: dict[int, str],
                keep: frozenset[int] = frozenset()) -> None:
    """The rules written for lightly noisy scrapes (headings, contents, link lists, repeated
    headlines, calls to action) over ``content[lo:hi]``; lines already given a kind, and lines in
    ``keep``, are kept."""
    heading_keys = {_key(ln) for i, ln in enumerate(content[lo:hi], start=lo)
                    if not LIST_ITEM_RE.match(ln.text) and _is_heading(ln, content[i + 1] if i + 1 < len(content) else None)}
    i = lo
    while i < hi:
        ln = content[i]
        if i in kinds or i in keep:
            i += 1
            continue
        if TOC_TITLE_RE.fullmatch(ln.stripped):
            kinds[i] = "table-of-contents"
            j = i + 1
            while j < hi and LIST_ITEM_RE.match(content[j].text):
                kinds[j] = "table-of-contents"
                j += 1
            i = j
            continue
        if LIST_ITEM_RE.match(ln.text):
            j = i
            while j < hi and LIST_ITEM_RE.match(content[j].text) and j not in kinds:
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
            i = max(j, i + 1)
            continue
        following = content[i + 1] if i + 1 < len(content) else None
        if counts[_key(ln)] > 1 and ln.words <= 2 * HEADING_MAX_WORDS and i > 0 and not _repeated_sentence(ln):
            kinds[i] = "repeated-headline"
        elif _may_hold(ln.text, _YOU_CUES) and CALL_TO_ACTION_RE.search(ln.text) and re.search(r"\byour?\b", ln.text, re.I):
            kinds[i] = "call-to-action"
        elif _is_heading(ln, following):
            kinds[i] = "heading"
        i += 1


NAME_TOKEN_RE = re.compile(r"[A-Z][\w'’.-]*,?")
GLUED_COUNT_RE = re.compile(r"([A-Z][a-z'’-]+)\d+")
# What a biography says next after its subject's name: "Jane Doe is a reporter …".
BIO_VERBS = frozenset("is was has writes covers reports joined lives teaches holds serves worked works founded edits can may".split())
# A page names a few authors; more "names" are a list of something else.
MAX_AUTHORS = 8


def _author_names(stripped: list[str], cues: list[str | None]) -> set[str]:
    """The names the page's bylines give ("By Jane Doe and John Roe", "Jane Doe Dec 28 2014",
    "November 20, 2019 Jane Doe", or "By", "Jane Doe", "and", "John Roe" on lines of their own),
    lower-cased, each of two words or more."""
    names: set[str] = set()
    for i, (s, cue) in enumerate(zip(stripped, cues)):
        if s.lower() == "by":
            # "By" alone, each name on a line of its own and "and" between them: read as one line.
            run = [s]
            for line in stripped[i + 1:i + 1 + 2 * MAX_AUTHORS]:
                if line.lower() not in ("and", "&") and not (
                        0 < len(line.split()) <= 4 and all(NAME_TOKEN_RE.fullmatch(t) for t in line.split())):
                    break
                run.append(line)
            s, cue = " ".join(run), "byline"
        if cue != "byline" or len(names) >= MAX_AUTHORS:
            continue
        tokens = s.split()
        # "November 20, 2019 Jane Doe": a date before the name.
        while tokens and (DATE_WORD_RE.match(tokens[0].lower().strip(",.")) or tokens[0].strip(",.").isdigit()):
            tokens = tokens[1:]
        if tokens and tokens[0].lower() == "by":
            tokens = tokens[1:]
        current: list[str] = []
        for tok in [*tokens, "|"]:
            glued = GLUED_COUNT_RE.fullmatch(tok)
            if glued:
                # "Passel24 comments": a page that set its comment count right after the name.
                current.append(glued[1])
                tok = "|"
            joiner = tok.lower() in ("and", "&")
            if joiner or not NAME_TOKEN_RE.fullmatch(tok) or DATE_WORD_RE.match(tok.lower().strip(",.")):
                if len(current) >= 2:
                    names.add(" ".join(current).lower())
                current = []
                if not joiner:
                    break  # the names end where the date, the title or the outlet begins
                continue
            current.append(tok.rstrip(","))
            if tok.endswith(","):
                if len(current) >= 2:
                    names.add(" ".join(current).lower())
                current = []
    return names


def _metadata_names(author: str | None) -> set[str]:
    """The names in a document's author field ("Jane Doe", "Jane Doe and John Roe", "Jane Doe;
    John Roe"), lower-cased, each of two words or more (a one-word "author" is often the outlet)."""
    if not author:
        return set()
    parts = re.split(r"\s*(?:;|,|&|\band\b)\s*", author.strip())
    return {" ".join(p.split()).lower() for p in parts[:MAX_AUTHORS] if len(p.split()) >= 2}


def _names_author(s: str, names: set[str]) -> bool:
    """Line ``s`` is the author's ``names`` and nothing else, perhaps after a "By" (which a scrape
    may print twice, "Byby JANE DOE"): "Jane Doe and John Roe". A line that goes on with a date or
    an outlet may be a headline or a notice that names the author."""
    low = re.sub(r"^(?:by)+:?\s+", "", s.lower())
    for name in sorted(names, key=len, reverse=True):
        low = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", low)
    return bool(names) and low != s.lower() and not re.sub(r"\band\b|[,&;]", " ", low).strip()


# A biography that names its subject's job on the page, whoever the bylines name: "Jane Doe
# (@jdoe) is a staff writer at …", "John Roe was an Ideas contributor for …".
BIO_JOB_RE = re.compile(
    r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?: \(@\w+\))?,? (?:is|was) (?:a|an|the) (?:[\w'’-]+ ){0,4}"
    rf"(?i:{NEWSROOM_JOBS}|journalist)s?\b")


# A sign-off under a story that calls its writer by surname alone and gives the job: "Doe is a
# reporter for …", "Doe is a Weekly Review contributor."
SURNAME_JOB_RE = re.compile(rf"(?:is|was) (?:a|an|the) (?:[\w'’-]+ ){{0,4}}(?:{NEWSROOM_JOBS}|journalist)s?\b")


def _signs_off(s: str, names: set[str]) -> bool:
    """A line opening with the surname of one of the authors' ``names`` and then saying that this
    person is a reporter, an editor or a contributor (``SURNAME_JOB_RE``)."""
    low = s.lower()
    for name in names:
        surname = name.split()[-1]
        if low.startswith(surname + " ") and SURNAME_JOB_RE.match(low, len(surname) + 1):
            return True
    return False


# What a biography tells of its subject's career: a job at an outlet, a beat, a move, a home, a
# handle to follow. A closing paragraph that names the page's author and says two of these is
# their biography, though no heading announces it and the name is a first name or a surname.
CAREER_RES = (
    re.compile(r"\b(?:is|was|(?<=\w)['’]s) (?:a|an|the) (?:[\w'’-]+ ){0,4}?(?:at|for|with)\b"),
    re.compile(rf"\b(?i:{NEWSROOM_JOBS}|journalist)s?\b"),
    re.compile(r"\b(?:covers|covered|joined|joining|previously|former|formerly|worked (?:at|for|as))\b"),
    re.compile(r"\b(?:lives|lived|based) in\b|\b(?i:follow) (?:him|her|them|[A-Z]\w+) on\b"),
    re.compile(r"\b(?:writes?|wrote) (?:[\w'’-]+ ){0,4}?(?:for|about)\b"),
)
CAREER_MIN_SIGNS = 2
# The name and title lines of an author's box over its biography are this short.
BIO_TITLE_MAX_WORDS = 6


def _name_forms(names: set[str]) -> set[str]:
    """How a biography may call an author of ``names``: in full, by first name, or by surname."""
    return {form for name in names for form in (name, name.split()[0], name.split()[-1]) if len(form) > 2}


def _tells_career(s: str, forms: set[str]) -> str | None:
    """The form of an author's name (``_name_forms``) that line ``s`` calls its subject by, if it
    does and tells at least ``CAREER_MIN_SIGNS`` of a career (``CAREER_RES``), else None."""
    if sum(bool(r.search(s)) for r in CAREER_RES) < CAREER_MIN_SIGNS:
        return None
    for form in sorted(forms, key=len, reverse=True):
        # The name as a capitalized word of the line, its subject: not inside another word.
        if re.search(rf"(?<![\w@.]){re.escape(form.title())}(?![\w'’-])", s):
            return form
    return None


def _is_bio(s: str, names: set[str], above: str = "") -> bool:
    """A line opening with an author's name and then saying who they are, or what they wrote:
    "Jane Doe, …", "Jane Doe's book … is out now", or, under an author box's name line (``above``),
    "Jane joined the paper in 2017"."""
    low = s.lower()
    for name in names:
        said_as: tuple[str, ...] = (name,)
        if above.lower() == name:
            # Under its name line a box may call the author by first name, by surname as a wire does
            # ("Doe covers politics for …"), or by a short first name ("Jan Doe" under "Janet Doe").
            short = re.match(rf"[a-z]+ {re.escape(name.split()[-1])}\b", low)
            said_as = (name, name.split()[0], name.split()[-1], *([short[0]] if short else []))
        for said in said_as:
            if not low.startswith(said) or low[len(said):len(said) + 1].isalnum():
                continue
            rest = low[len(said):]
            if rest.startswith(",") or (rest.split(maxsplit=1)[:1] and rest.split(maxsplit=1)[0] in BIO_VERBS) \
                    or (said == name and rest.startswith(("'s book", "’s book", "'s latest book", "’s latest book"))):
                return True
    return False


def _before_teasers(body: tuple[int, int, int], lengths: list[int], stripped: list[str], nwords: list[int],
                    prose: list[bool], cues: list[str | None], weights: list[int], labels: list[bool],
                    teasers_only: bool = False) -> tuple[int, int, int]:
    """The body cut above the title of a list of teasers ("More from …", "Recommended", a comment
    widget) that it ran into: title-and-blurb teasers look like sub-headed paragraphs, but an
    article does not go on for long under such a title. The cut is made only when what follows
    the title is less than half the prose above it (an inline box mid-article leaves the body
    whole), or when all of it is teasers: every paragraph under its own headline, or other
    articles, each with its own dated byline ("You may like" over whole stories), or readers'
    posts under a title that counts them (``COMMENT_COUNT_RE``)."""
    first, last, _ = body
    below = 0  # prose after the candidate title, up to the body's end
    total = sum(lengths[i] for i in range(first, last + 1) if prose[i])
    for h in range(last, first, -1):
        title = (cues[h] == "related-links" and nwords[h] <= 6 and RELATED_RE.match(stripped[h])
                 and not BUTTON_RE.fullmatch(stripped[h])
                 and not (h < last and ONE_LINK_RE.search(stripped[h]) and prose[h + 1]
                          and nwords[h + 1] >= RESUME_FIRST_MIN_WORDS)) or (cues[h] == "comments" and COMMENTS_HEADER_RE.match(stripped[h]))
        # "More Washington Examiner", "More Science": a title only when teasers follow it.
        weak = not title and not prose[h] and cues[h] is None and bool(MORE_TITLE_RE.fullmatch(stripped[h]))
        short = title and not teasers_only and below < (total - below - (lengths[h] if prose[h] else 0)) / 2 \
            and not (cues[h] in ("related-links", "comments") and _resumes(range(h + 1, last + 1), nwords, prose, labels))
        teasers = (title or weak) and not short and (_all_teasers(range(h + 1, last + 1), stripped, nwords, prose, labels)
                                                     or _dated_next(range(h + 1, last + 1), stripped, prose, cues)
                                                     or (cues[h] == "comments" and _thread(range(h + 1, last + 1), stripped, prose))
                                                     or (cues[h] == "comments" and sum(prose[first:h]) >= COUNTED_THREAD_MIN_ABOVE
                                                         and (COMMENT_COUNT_RE.fullmatch(stripped[h]) is not None
                                                              or _signed(range(h + 1, len(stripped)), stripped, prose))))
        if short or teasers:
            end = h - 1
            while end > first and weights[end] <= 0:
                end -= 1
            cut = first, end, sum(weights[first:end + 1])
            # A list of teasers may sit above the one cut ("Editor's Picks" twice, "Recommended"
            # over "Related content"): cut that one too.
            return _before_teasers(cut, lengths, stripped, nwords, prose, cues, weights, labels, True)
        if prose[h]:
            below += lengths[h]
    return body


# Words said outside quotation marks in the site's voice to its reader ("We are a participant in …",
# "Your source for …"): the page's frame speaks so, a story's reporter does not.
SITE_VOICE_RE = re.compile(r"\b(?:we|our|us|you|your)\b", re.I)
QUOTED_RE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def _closing(page: _Page, last: int, stop: int) -> range:
    """The story's last paragraphs under a box of links set right at the body's end, which the body
    did not run on across ("Related Stories" / four headlines / "The theft comes at a time of …"):
    under the box's title, at least RESUME_MIN_LINKS headlines (of four to twenty words, as ``_runs``
    counts them) among its lines, none with a blurb under it (a headline may read as a short
    paragraph with no stop at its end), then a run of paragraphs, each closed by its stop and none
    in the site's voice (``SITE_VOICE_RE``, outside quotation marks), the first at least as long as
    an article's paragraph after a box is (RESUME_FIRST_MIN_WORDS). A list of teasers puts a blurb
    under every headline, not under its last one alone; the body's maximal run stopped short of
    these paragraphs only because the box's lines weigh more than they do."""
    cues, prose, stripped, nwords = page.cues, page.prose, page.stripped, page.nwords
    title = last + 1
    if title >= stop or cues[title] != "related-links" or nwords[title] > 6 or not RELATED_RE.match(stripped[title]):
        return range(0)
    j = title + 1
    while j < stop and cues[j] is None and nwords[j] and (not prose[j] or _headline_shaped(stripped[j], nwords[j])):
        j += 1
    headlines = sum(4 <= nwords[i] <= 20 for i in range(title + 1, j))
    if headlines < RESUME_MIN_LINKS or j >= stop or nwords[j] < RESUME_FIRST_MIN_WORDS:
        return range(0)
    k = j
    while k < stop and prose[k] and cues[k] is None and _stop_closed(stripped[k]) \
            and not SITE_VOICE_RE.search(QUOTED_RE.sub("", stripped[k])):
        k += 1
    return range(j, k)


def _headline_shaped(s: str, words: int) -> bool:
    """A line of fewer words than RESUME_FIRST_MIN_WORDS that no stop closes: a headline, though it may read as prose."""
    return words < RESUME_FIRST_MIN_WORDS and not _stop_closed(s)


def _stop_closed(s: str) -> bool:
    """The line ends in a full stop, a "!" or a "?", perhaps inside its closing quotation marks."""
    return s.rstrip("\"'’”").endswith((".", "!", "?"))


def _above_legal_line(body: tuple[int, int, int], page: _Page, weights: list[int]) -> tuple[int, int, int]:
    """The body cut above the page's own legal line ("Copyright 2020 The Site. All Rights
    Reserved.", a label, no sentence) that it ran across: the footer closes the page, and a
    scrape that goes on under it has picked up another page's text (a course outline after a news
    story's footer), however long. The cut is made only when the article above it has paragraphs
    of its own (SECOND_BODY_MIN_PARAGRAPHS); a photo's "© Getty Images" reserves no rights."""
    first, last, _ = body
    for i in range(first + 1, last + 1):
        if page.cues[i] != "footer" or page.prose[i] or not RIGHTS_RESERVED_RE.search(page.stripped[i]):
            continue
        end = i - 1
        while end > first and weights[end] < 0:
            end -= 1
        if sum(page.prose[k] and weights[k] > 0 for k in range(first, end + 1)) >= SECOND_BODY_MIN_PARAGRAPHS:
            return first, end, sum(weights[first:end + 1])
        break
    return body


def _frame_labels(page: _Page) -> list[bool]:
    """Which lines are the page's frame rather than the article's: its labels (see
    FRAME_LABEL_MIN_REPEATS), the same short line between two paragraphs again and again, and any
    short sentence it prints more than once ("This advertisement has not loaded yet, …" over each
    advertisement), as an article says each of its paragraphs once. A topic's tag under a teaser's
    blurb, once or twice over the next blurb, is no label."""
    n = len(page.content)
    short = [not page.prose[i] and page.nwords[i] < HEADING_MIN_WORDS for i in range(n)]
    between: dict[str, int] = {}
    for i in range(1, n - 1):
        if short[i] and page.prose[i - 1] and page.prose[i + 1]:
            between[page.stripped[i]] = between.get(page.stripped[i], 0) + 1
    return [(short[i] and between.get(page.stripped[i], 0) >= FRAME_LABEL_MIN_REPEATS)
            or (page.prose[i] and page.nwords[i] <= CUE_MAX_WORDS and page.counts[_key(ln)] > 1)
            for i, ln in enumerate(page.content)]


def _resumes(span: range, nwords: list[int], prose: list[bool], labels: list[bool]) -> bool:
    """The article goes on under a box set into it. Under "See Also" and a few headlines: after at
    least RESUME_MIN_LINKS lines of links come RESUME_MIN_PARAGRAPHS paragraphs in a row, none
    under a headline of its own, the first of them longer than a teaser's blurb is. Under a
    smaller box ("Further Reading" over one headline, "Top Comment" over one post and its "Join
    In" button): the paragraphs after it run on to the body's end, the first longer than any
    teaser's blurb; teasers and readers' posts each stand under a headline or a name of their own,
    not one long paragraph after another. The page's frame lines (``labels``, see ``_frame_labels``)
    part no run of paragraphs: a page that sets "Article content" between every two paragraphs
    still has paragraphs in a row; in the box above the run they count as its lines, and a blurb
    or two standing alone among its links is the box's too."""
    lines = [i for i in span if not labels[i]]
    k = 0
    while k < len(lines):
        run = 0
        while k + run < len(lines) and prose[lines[k + run]]:
            run += 1
        if run >= RESUME_MIN_PARAGRAPHS:
            # The box is every line above the run, the labels in it too.
            box = sum(1 for i in range(span.start, lines[k]) if labels[i] or not prose[i])
            return box >= RESUME_MIN_LINKS and nwords[lines[k]] >= RESUME_FIRST_MIN_WORDS
        # A paragraph or two standing alone among the links is a teaser's blurb or a notice in the box.
        k += run or 1
    tail = len(lines)
    while tail > 0 and prose[lines[tail - 1]]:
        tail -= 1
    return 0 < tail <= RESUME_BOX_MAX_LINES and len(lines) - tail >= RESUME_LONG_MIN_PARAGRAPHS \
        and nwords[lines[tail]] > TEASER_MAX_WORDS


def _thread(span: range, stripped: list[str], prose: list[bool]) -> bool:
    """Readers' posts under a comments title, however long they run: at least THREAD_MIN_POSTS
    dated lines that head a post ("On December 23, 2014, at 10:07 PM, argusdc wrote:"), each
    with the post's text under it. A dated byline will not do: an article's own "Published …"
    and "Updated …" lines, or a live blog's times, may sit under a share bar's "Comments"."""
    posts = sum(1 for i in span if i + 1 in span and prose[i + 1] and len(stripped[i].split()) <= 16
                and COMMENT_POST_RE.search(stripped[i]) and DATED_RE.search(stripped[i]))
    return posts >= THREAD_MIN_POSTS


def _signed(span: range, stripped: list[str], prose: list[bool]) -> bool:
    """Readers' posts signed at their foot (``COMMENT_SIGNATURE_RE``), at least THREAD_MIN_POSTS of
    them, each dated and under its text. The thread may run on past the body's end, so ``span``
    is every line under the title. A low title alone (see COUNTED_THREAD_MIN_ABOVE) will do: a
    share bar's "Comments" stands over the story's own paragraphs, signed once if at all."""
    def dated(i: int) -> bool:
        return any(DATED_RE.search(stripped[k]) for k in (i - 1, i, i + 1) if k in span)

    posts = sum(1 for i in span if len(stripped[i].split()) <= 16 and COMMENT_SIGNATURE_RE.match(stripped[i]) and dated(i)
                and any(prose[k] for k in range(max(span.start, i - SIGNATURE_REACH), i)))
    return posts >= THREAD_MIN_POSTS


def _dated_next(span: range, stripped: list[str], prose: list[bool], cues: list[str | None]) -> bool:
    """Another article starts under the title: a dated byline line ("Published 4 months ago",
    "April 11, 2026") comes before any paragraph. An article is dated once, above or below its
    body; an inline box of links in it is followed by the article's next paragraph."""
    for i in span:
        if prose[i]:
            return False
        if cues[i] == "byline" and DATED_RE.search(stripped[i]):
            # Headlines each over its date ("… 30 Dec 2014", "… 30 Dec 2014") are a list of
            # links set into the article, which goes on under them.
            return not (i + 2 in span and not prose[i + 1] and cues[i + 1] is None and len(stripped[i + 1].split()) >= 3
                        and cues[i + 2] == "byline" and DATED_RE.search(stripped[i + 2]))
    return False


def _all_teasers(span: range, stripped: list[str], nwords: list[int], prose: list[bool], labels: list[bool]) -> bool:
    """Every paragraph of ``span`` (at least TEASERS_MIN of them) is a teaser's blurb: one or two
    sentences right under a line of headline length that does not end a sentence. An article puts
    a sub-heading over some of its paragraphs, not over each one, and tells much of its story in
    paragraphs one after another; a long list may hold a misfit in every TEASERS_PER_MISFIT blurbs.
    The page's frame labels (``labels``) are read through: "Article content" over every paragraph
    is no headline."""
    lines = [i for i in span if not labels[i]]
    above = dict(zip(lines[1:], lines))
    below = dict(itertools.pairwise(lines))
    # A headline written as a sentence with no stop, over its topic's tag ("Ferry fares to rise by a third next
    # spring" / "Travel" / blurb), is a title, no blurb.
    blurbs = [i for i in lines if prose[i] and not (
        nwords[i] <= HEADLINE_MAX_WORDS and not stripped[i].endswith((".", "!")) and i in below
        and not prose[below[i]] and nwords[below[i]] < HEADING_MIN_WORDS)]
    misfits = sum(not (nwords[i] <= TEASER_MAX_WORDS and i in above and not prose[above[i]]
                       and 0 < nwords[above[i]] <= HEADLINE_MAX_WORDS and not stripped[above[i]].endswith(SENTENCE_END))
                  for i in blurbs)
    return len(blurbs) >= TEASERS_MIN and misfits <= len(blurbs) // TEASERS_PER_MISFIT


def _bare_credit(s: str) -> bool:
    """The credit is the whole line ("Photographer: Jane Doe/Agency", "AP"), not the tail of a
    caption that states its credit on the same line."""
    if AGENCY_RE.fullmatch(s):
        return True
    starts = [m.start() for m in (CREDIT_LABEL_RE.search(s), CREDIT_TAG_RE.search(s), CREDIT_BY_RE.match(s),
                                  SLASH_CREDIT_RE.search(s)) if m]
    before = s[:min(starts)].split() if starts else []
    if len(before) >= 3 and any(w[:1].islower() for w in before):
        # "WeWork chairman Marcelo Claure (Credit: Getty Images)": the caption is on the line (a
        # photographer's name before the agency, "Win McNamee / Getty Images", is not).
        return False
    return len(s.split()) <= 8 or bool(starts)


def _caption_of(i: int, stripped: list[str], nwords: list[int], prose: list[bool], cues: list[str | None],
                repeated: list[bool], body: range, gap: bool = False, blank: frozenset[int] = frozenset()) -> int | None:
    """The caption beside the bare credit line ``i``: a neighbour of caption length that is no
    other furniture, the line above if it is one (a credit follows its caption, "… Photo by X";
    a credit that opens, "Photographer: X", has a button or a menu above it). Inside the body a
    neighbour is taken only when it is no paragraph: it opens as wire captions do ("FILE - …",
    "In this photo …", "Apr. 8: …"), it is repeated elsewhere on the page (a caption repeating
    the article's sentence), it has no prose on its other side, or the credit
    itself sits inside the body, right under it with no blank line between (``gap``: there the
    picture stood, a chart or a photo without a caption), and it is short as captions are (one
    to three sentences: a longer line is a paragraph above a photo that has no caption) and not
    in a paragraph's voice (``PARAGRAPH_VOICE_RE``), nor of a paragraph's length under a credit the page
    prints more than once (a gallery's pictures without captions). The line below is taken first when the credit
    opens its caption (``_opens_caption``); ``blank`` holds the lines with a blank line above them."""
    if any(0 <= j < len(cues) and cues[j] == "caption" for j in (i - 1, i + 1)):
        return None  # its caption says so itself ("Image caption …", "… Photo: X")
    options = [j for j in (i - 1, i + 1)
               if 0 <= j < len(nwords) and cues[j] is None and 4 <= nwords[j] <= CAPTION_MAX_WORDS]
    if not options:
        return None
    # A long neighbour that narrates and runs on into a paragraph on its other side, with no blank line
    # between them, is the story's own paragraph, a credit's picture having lost its caption: "Trump posted on
    # Monday, after the airline cut its flights. That came a day after a rival did." right under the credit,
    # with the next paragraph right under it; or over a credit that closes the story (the photo's credit
    # line at its end: "Sources: …/ Photo credit: …"). In the body's middle a credit follows its caption.
    if i + 1 in options and _opens_caption(i, nwords, prose, cues, blank):
        return None if _runs_on(i + 1, i, stripped, nwords, prose, cues, repeated, blank) else i + 1
    if options == [i - 1, i + 1] and _told_above(i, stripped, nwords, prose, cues, repeated, blank):
        # Under a paragraph that tells the story and over a short line that is no sentence ("Getty" between
        # "The minister said on Monday that …." and "The minister at the summit in May"): the credit opens
        # the caption under it, and the paragraph stays. So too where the body found stops short of the credit (a
        # page's pictures with credits repeated around them weigh against it): the paragraph still tells the story.
        return i + 1
    j = options[0]
    if (j > i or i + 1 not in body) and _runs_on(j, i, stripped, nwords, prose, cues, repeated, blank):
        return None
    if j not in body or repeated[j] or CAPTION_OPENING_RE.match(stripped[j]):
        return j
    other = j + 1 if j > i else j - 1
    if not (0 <= other < len(nwords)) or not prose[other] or cues[other] is not None:
        # It stands alone between the credit and other furniture, unless it goes on from the story's sentence.
        return None if i in body and GOES_ON_RE.search(stripped[j]) else j
    # A credit printed over several pictures of the page (a gallery's, "Photo: Studio X" under each)
    # may stand under pictures that have no caption: a line of a paragraph's length over it is the story's.
    if i in body and j == i - 1 and nwords[j] <= CAPTION_IN_BODY_MAX_WORDS and not gap \
            and not PARAGRAPH_VOICE_RE.search(stripped[j]) and not (repeated[i] and nwords[j] >= PARAGRAPH_MIN_WORDS):
        return j
    return None


def _between_gallery_credits(page: _Page, j: int) -> bool:
    """Paragraph ``j`` stands between two copies of one credit line the page prints ``GALLERY_CREDIT_MIN`` times or
    more ("Jane Doe/Instagram" over and under it, and over other pictures): the story's paragraph set between a
    gallery's pictures, which have no captions, not a caption. A caption printed between two copies of its own credit
    (over and under it, as some sites print it) has that credit printed twice, once per copy."""
    if not (0 < j < len(page.content) - 1) or not page.prose[j] or page.cues[j] is not None:
        return False
    above, below = _key(page.content[j - 1]), _key(page.content[j + 1])
    return page.cues[j - 1] == page.cues[j + 1] == "caption" and above == below and page.counts[above] >= GALLERY_CREDIT_MIN


def _runs_on(j: int, i: int, stripped: list[str], nwords: list[int], prose: list[bool], cues: list[str | None],
             repeated: list[bool], blank: frozenset[int]) -> bool:
    """Whether line ``j``, beside the credit line ``i``, is a paragraph of the story: ``PARAGRAPH_MIN_WORDS``
    words or more, narrating in the past (``NARRATED_RE`` in its first sentence: a caption
    describes its picture in the present, "A player tackles the quarterback during the final."), with a
    paragraph on its other side and no blank line between the two (a picture's block ends in one), not
    repeated and not opening as captions do."""
    other = j + 1 if j > i else j - 1
    first = SENTENCE_BREAK_RE.search(stripped[j])
    return (prose[j] and nwords[j] >= PARAGRAPH_MIN_WORDS
            and bool(NARRATED_RE.search(stripped[j][:first.end() if first else None]))
            and 0 <= other < len(nwords) and prose[other] and cues[other] is None and max(j, other) not in blank
            and not repeated[j] and not CAPTION_OPENING_RE.match(stripped[j]))


def _told_above(i: int, stripped: list[str], nwords: list[int], prose: list[bool], cues: list[str | None],
                repeated: list[bool], blank: frozenset[int]) -> bool:
    """Whether the credit line ``i`` stands between a paragraph of the story above it and a caption under it: the
    line above narrates in the past (``NARRATED_RE`` in its first sentence) with a paragraph right over it, as
    ``_runs_on`` reads a paragraph but of any length, and the line under it follows the credit with no blank line
    and is no sentence (a caption printed without its full stop), short as a caption in the body is."""
    above, below = i - 1, i + 1
    if above < 1 or below >= len(nwords) or below in blank or cues[below] is not None \
            or nwords[below] > CAPTION_IN_BODY_MAX_WORDS or stripped[below].rstrip("”\"’')").endswith((".", "!", "?")):
        return False
    first = SENTENCE_BREAK_RE.search(stripped[above])
    return (prose[above] and nwords[above] >= TOLD_MIN_WORDS and bool(NARRATED_RE.search(stripped[above][:first.end() if first else None]))
            and prose[above - 1] and cues[above - 1] is None and above not in blank
            and not repeated[above] and not CAPTION_OPENING_RE.match(stripped[above]))


def _opens_caption(i: int, nwords: list[int], prose: list[bool], cues: list[str | None], blank: frozenset[int]) -> bool:
    """The credit line ``i`` stands over its caption, as some sites print it ("US Navy / Getty Images" over "Marines
    board a helicopter on Thursday."): the line above cannot be the caption, being the header's byline (the picture
    opens the article) or a paragraph too long for a caption with the credit and the short line under it set off from
    the next paragraph by a blank line (the picture's block). The line below follows the credit with no blank line
    and is as short as a caption in the body is. A credit under a long paragraph with the story going on right
    under it is a photo's that lost its caption: the paragraph after it stays."""
    below = i + 1
    if i < 1 or below in blank or not prose[below] or nwords[below] > CAPTION_IN_BODY_MAX_WORDS:
        return False
    if cues[i - 1] == "byline":
        return True
    return prose[i - 1] and cues[i - 1] is None and nwords[i - 1] > CAPTION_IN_BODY_MAX_WORDS and below + 1 in blank


@dataclass
class _Page:
    """A text's non-blank lines and what is known of each."""

    text: str
    content: list[_Line]
    stripped: list[str]
    nwords: list[int]
    prose: list[bool]
    cues: list[str | None]
    counts: dict[str, int]
    kinds: dict[int, str]  # index into ``content`` -> kind of the whole line

    @classmethod
    def read(cls, text: str) -> _Page:
        content = [ln for ln in _lines(text) if ln.stripped]
        counts: dict[str, int] = {}
        for ln in content:
            counts[_key(ln)] = counts.get(_key(ln), 0) + 1
        stripped = [MARKUP_RE.sub("", ln.stripped).strip() for ln in content]
        nwords = [len(s.split()) for s in stripped]
        prose = [_is_prose(s, w) for s, w in zip(stripped, nwords)]
        cues = [_cue(s, w, p) for s, w, p in zip(stripped, nwords, prose)]
        # A line that continues a byline ("| Reuters" below "Published …") is a byline too.
        for i in range(1, len(content)):
            if cues[i] is None and cues[i - 1] == "byline" and nwords[i] <= 5 and stripped[i][:1] in "|-–—/":
                cues[i] = "byline"
        for i in _days_heading_entries(stripped, cues):
            cues[i] = None
        return cls(text, content, stripped, nwords, prose, cues, counts, {})

    def weight(self, i: int) -> int:
        """What line ``i`` adds to a body: a paragraph its length, anything else a cost. A sign-up
        form's fine print (``_policy_notice``) weighs as a paragraph: the box it closes may stand
        between two paragraphs of the story, which the body runs on across."""
        if self.prose[i] and (not _sentence_furniture(self.cues[i], self.stripped[i])
                              or _policy_notice(self.stripped[i], self.nwords[i])):
            return len(self.stripped[i])
        if self.cues[i] is not None:
            return -CUE_LINE_COST
        return -LIST_ITEM_COST if LIST_ITEM_RE.match(self.content[i].text) else -SHORT_LINE_COST


def find_regions(text: str, author: str | None = None) -> list[RegionSpan]:
    """Every noise region of ``text``, sorted, not overlapping. ``author`` is the document's
    author as its metadata gives it (ingest reads it from the page), if any: the page may print
    the name where no byline cue finds it, and an author's biography opens with it."""
    page = _Page.read(text)
    n = len(page.content)
    labels = _frame_labels(page)
    # A frame label between paragraphs weighs nothing: the body runs on across it as across no line.
    weights = [0 if labels[i] and not page.prose[i] else page.weight(i) for i in range(n)]
    lengths = [len(s) for s in page.stripped]
    found = _body(weights)
    if found is None:
        # No prose at all: nothing to measure the rest against; the seed's rules alone.
        _seed_kinds(page.content, 0, n, page.counts, page.kinds)
        return _regions(page, [])
    body = _before_teasers(found, lengths, page.stripped, page.nwords, page.prose, page.cues, weights, labels)
    body = _above_legal_line(body, page, weights)
    first, last = body[0], body[1]
    inside = range(first, last + 1)
    # A second body after the first (see SECOND_BODY_SHARE) stays content.
    after = _body(weights[last + 1:])
    second = range(0)
    if after is not None:
        candidate = range(last + 1 + after[0], last + 1 + after[1] + 1)
        titled = any((page.cues[i] in SECTION_KINDS or MORE_TITLE_RE.fullmatch(page.stripped[i])) and not page.prose[i]
                     for i in range(last + 1, candidate.start))
        if not titled and after[2] >= SECOND_BODY_SHARE * body[2] \
                and sum(page.prose[i] for i in candidate) >= SECOND_BODY_MIN_PARAGRAPHS:
            second = candidate
    # So do the story's last paragraphs under a box of links set at the body's end (``_closing``).
    bodies = [second]
    ending = _closing(page, last, second.start if second else n)
    if ending:
        bodies.insert(0, ending)
    # The lines of every body after the first, in order.
    seconds = [i for b in bodies for i in b]

    # Above the body, a line of the names the metadata's author gives is the byline, though no
    # "By" or date marks it ("Jane Doe and John Roe"): the standfirst over it is then found as over
    # any byline.
    authors = _metadata_names(author)
    for i in range(first):
        if page.cues[i] is None and not page.prose[i] and _names_author(page.stripped[i], authors):
            page.cues[i] = "byline"
    repeated = [page.counts[_key(ln)] > 1 for ln in page.content]
    blank = frozenset(k for k in range(1, n) if page.text[page.content[k - 1].end:page.content[k].start].count("\n") > 1)
    deck = _standfirst(page, first)
    # Captions: the credit line and the caption beside it, wherever they are. A paragraph inside
    # the body that merely mentions a credit keeps its place.
    for i in range(n):
        if page.cues[i] != "caption":
            continue
        if (i in inside or i in seconds) and page.prose[i] and page.nwords[i] > CUE_MAX_WORDS and not _captioned(page.stripped[i]):
            continue
        page.kinds[i] = "caption"
        if page.nwords[i] <= CUE_MAX_WORDS and _bare_credit(page.stripped[i]):
            gap = i in blank
            j = _caption_of(i, page.stripped, page.nwords, page.prose, page.cues, repeated, inside, gap, blank)
            if j is not None and j not in page.kinds and j != deck and not _between_gallery_credits(page, j):
                page.kinds[j] = "caption"

    # The lead picture's caption, between the byline and the story's summary box: "By Jane Doe, Harbour Times" /
    # "The mayor says the ferry will run again by spring." / "STORY HIGHLIGHTS". A story opens under its summary, not
    # over it; the picture stands between the two.
    for i in range(1, n - 1):
        if page.cues[i - 1] == "byline" and page.cues[i] is None and page.prose[i] and i not in page.kinds \
                and page.nwords[i] <= CAPTION_IN_BODY_MAX_WORDS and SUMMARY_LABEL_RE.fullmatch(page.stripped[i + 1].rstrip(":")):
            page.kinds[i] = "caption"

    for span in (inside, *bodies):
        _inside_body(page, span)
    _teasers_titled_twice(page, range(first + 1, n))
    # A biography of the author: closing the body, or after it, or wherever a line opens with a
    # name the byline gave and says who that is (a body that ran on into the comments holds the
    # authors' boxes: "Jane Doe is a Writer/Editor at …", capitalized too much to read as prose).
    # A name and a newsroom job will do too (the byline may not have given the name), where the
    # body does not speak of that person elsewhere: an article about a reporter names them before.
    names = _author_names(page.stripped, page.cues)
    # Inside the body only a name the page's own bylines give opens a biography; the metadata's
    # author (who may be the outlet, or the article's subject) only at its end and after it.
    named = [i for i in range(first + 1, last + 1) if page.nwords[i] >= PROSE_MIN_WORDS and _is_bio(page.stripped[i], names)]
    names |= _metadata_names(author)
    closing = [i for i in range(last, first - 1, -1) if page.prose[i] and i not in page.kinds][:BIO_TAIL]
    forms = _name_forms(_metadata_names(author))
    for i in [*closing, *range(last + 1, n)]:
        if i in page.kinds or not page.prose[i]:
            continue
        job = BIO_JOB_RE.match(page.stripped[i])
        if _is_bio(page.stripped[i], names, page.stripped[i - 1] if i else "") or _signs_off(page.stripped[i], names) \
                or (job and not any(job[1] in page.stripped[k] for k in range(first, min(i, last + 1)) if k not in page.kinds)):
            page.kinds[i] = "author-bio"
    # A career told of the metadata's author (``_tells_career``) closing the body, after it, or
    # under a line of the author's name (an author box the body ran into), by a name the body's
    # paragraphs do not use: the body's people may share the author's first name or surname.
    boxed = [i for i in range(first + 1, last + 1)
             if any(not page.prose[k] and _names_author(page.stripped[k], authors) for k in range(max(first, i - 2), i))]
    for i in [*closing, *boxed, *range(last + 1, n)]:
        if i in page.kinds or not page.prose[i]:
            continue
        told = _tells_career(page.stripped[i], forms)
        if told is None or any(re.search(rf"(?<!\w){re.escape(told)}(?!\w)", page.stripped[k].lower())
                               for k in range(first, min(i, last + 1)) if page.prose[k] and k not in page.kinds):
            continue
        page.kinds[i] = "author-bio"
        # The box's name and title lines above it ("Jane Doe" / "Senior Editor", "About the author, Jane Doe").
        top = next((k for k in range(i - 1, max(-1, i - 3), -1) if not page.prose[k]
                    and (_names_author(page.stripped[k], authors) or AUTHOR_BIO_RE.match(page.stripped[k].split(",")[0]))), None)
        if top is not None and all(not page.prose[k] and page.nwords[k] <= BIO_TITLE_MAX_WORDS for k in range(top, i)):
            for k in range(top, i):
                page.kinds[k] = "author-bio"
        # The box goes on with a paragraph that opens with the author's full name ("Jane Doe also hosts …").
        k = i + 1
        while k < n and page.prose[k] and k not in page.kinds and any(page.stripped[k].lower().startswith(a + " ") for a in authors):
            page.kinds[k] = "author-bio"
            k += 1
    for i in named:
        page.kinds.setdefault(i, "author-bio")
    for span in (inside, *bodies):
        if span:
            _seed_kinds(page.content, span.start, span.stop, page.counts, page.kinds,
                        _points(page, span) | _dated_entries(page, span) | _summary_goes_on(page, span, deck))

    _outside(page, range(0, first), before=True, keep=range(deck, deck + 1) if deck is not None else range(0))
    _outside(page, range(last + 1, n), before=False, keep=frozenset(seconds))
    _slides(page)
    _credits_over_captions(page)
    _enlarged_pictures(page)
    _credits_printed_twice(page)
    # An embedded post is the words of someone the article quotes, though it reads like a
    # heading (no full stop); its credit line is a caption.
    for i in range(1, n):
        if _post_credit(page.stripped[i], page.stripped[i - 1]):
            if page.kinds.get(i) in (None, "heading", "repeated-headline"):
                page.kinds[i] = "caption"
            if page.kinds.get(i - 1) in ("heading", "repeated-headline"):
                del page.kinds[i - 1]
    # A paragraph printed twice in a row is a caption (a picture's and its enlargement's): an
    # article never says the same sentences twice over.
    for i in range(n - 1):
        if page.prose[i] and page.nwords[i] >= 8 and page.stripped[i] == page.stripped[i + 1] \
                and page.kinds.get(i) in (None, "caption") and page.kinds.get(i + 1) in (None, "caption"):
            page.kinds[i] = page.kinds[i + 1] = "caption"
    # So is a paragraph whose words a caption near it prints again with its credit on the end ("A
    # ferry leaves the harbour on Monday." and, two lines on, "A ferry leaves the harbour on
    # Monday.Credit...Jane Doe/Agency"): a video's description over the picture's own caption.
    for i in range(n):
        if not page.prose[i] or page.nwords[i] < 8 or page.kinds.get(i) not in (None, "caption"):
            continue
        words = page.stripped[i].rstrip(".")
        if any(page.cues[j] == "caption" and page.stripped[j] != page.stripped[i] and page.stripped[j].startswith(words)
               for j in range(max(0, i - 3), min(n, i + 4))):
            page.kinds[i] = "caption"

    # A paragraph the page prints twice, each time outside the body (or on its very edge, where the
    # body ran on to take it in) with furniture above and below it, is the publisher's own text set
    # in the page's frame (the house's description of itself under the menu and again in the
    # footer: "The Harbour Times is an independent paper founded in 1921. …"): a story says its
    # paragraphs once, between its own lines.
    copies: dict[str, list[int]] = {}
    for i in range(n):
        if page.prose[i] and page.nwords[i] >= PARAGRAPH_MIN_WORDS and page.counts[_key(page.content[i])] > 1:
            copies.setdefault(_key(page.content[i]), []).append(i)
    for places in copies.values():
        if len(places) > 1 and all(not first < i < last and not any(b.start < i < b.stop - 1 for b in bodies) and 0 < i < n - 1
                                  and i - 1 in page.kinds and i + 1 in page.kinds for i in places):
            for i in places:
                page.kinds.setdefault(i, "footer")

    # A line that prints its title twice over is a link to another page (a thumbnail's text and
    # its alt text), wherever it stands: "The moment bikers throw stones … The moment bikers throw
    # stones … after trespassing Wales Online". An article never says the same words twice in one breath.
    for i in range(n):
        if page.kinds.get(i) is None and _printed_twice(page.stripped[i]):
            page.kinds[i] = "related-links"
    # A link set between paragraphs under its label: marked only now, so that the body, which it
    # may stand early in, is not cut above it as above the title of a list of teasers.
    for i in range(n):
        if (page.kinds.get(i) in (None, "heading") and page.nwords[i] <= LINK_TITLE_MAX_WORDS
                and LINK_LABEL_RE.match(page.stripped[i])) or _labelled_title(page, i):
            page.kinds[i] = "related-links"
    # A link in square brackets on a line of its own (``BRACKETED_TITLE_RE``), wherever it stands.
    for i in range(n):
        if page.kinds.get(i) in (None, "heading") and page.cues[i] is None \
                and BRACKETED_TITLE_MIN_WORDS <= page.nwords[i] <= LINK_TITLE_MAX_WORDS \
                and BRACKETED_TITLE_RE.fullmatch(page.stripped[i]):
            page.kinds[i] = "related-links"
    _titles_in_link_lists(page, deck)
    _blurbs_in_boxes(page)
    _paywall_boxes(page)
    # A video player set into the page ("Video", "0:00/2:33", its title, its description, the
    # transcript "“So, at the end of the year, …”" as one long paragraph, the description again
    # with the photo's credit glued on): all of it, from the counter down to that credited
    # caption, is the player's caption. No caption with its credit within reach, no player.
    for i in range(n):
        if not PLAYER_COUNTER_RE.fullmatch(page.stripped[i]):
            continue
        end = next((j for j in range(i + 1, min(n, i + 1 + PLAYER_MAX_LINES))
                    if page.cues[j] == "caption" and _captioned(page.stripped[j])), None)
        if end is not None:
            for j in range(i, end + 1):
                page.kinds[j] = "caption"

    # A video set between paragraphs under its label and a bar, with its title, age, length and description
    # ("WATCH | …:" / … / "Duration 1:30" / "Crews worked …"): see ``_labelled_video``.
    for i in range(n):
        if VIDEO_LABEL_RE.match(page.stripped[i]):
            _labelled_video(page, i)

    # The player's notice where a clip failed (``PLAYER_NOTICE_RE``), marked only now, with the body found: as a cue
    # it would weigh as furniture and part the body around the clip, as a caption's would.
    for i in range(n):
        if page.kinds.get(i) is None and page.nwords[i] <= CUE_MAX_WORDS and PLAYER_NOTICE_RE.fullmatch(page.stripped[i]):
            page.kinds[i] = "boilerplate"

    # A wire photo's caption with no credit, dated as the agency dates it (``PHOTO_DATE_TAIL_RE``): "Jane Doe reads
    # to her son in Birmingham, Alabama, April 14, 2024." among the paragraphs. Marked only now, with the body
    # found: a line of a caption's cue would weigh as furniture and could part the body around the picture. The
    # picture may head the story (over its first paragraph), but a text of one dated line is all story.
    unmarked = [i for i in range(n) if page.kinds.get(i) is None and page.prose[i]]
    for i in unmarked if len(unmarked) > 1 else ():
        if page.nwords[i] <= CAPTION_IN_BODY_MAX_WORDS and (PHOTO_DATE_TAIL_RE.search(page.stripped[i])
                                                          or _dated_caption(page.stripped[i])):
            page.kinds[i] = "caption"

    # A caption closed by its one-word credit (``CREDIT_WORD_TAIL_RE``), set between the paragraphs. Not the story's
    # last paragraph: a story may close on its paper's initials ("… he said. HT"), as a sign-off, not a credit. Nor a
    # line that ends in a button's or a label's word ("… in the water. Advertisement"): that word is the furniture. Nor
    # a line in the story's voice (``GOES_ON_RE``: "She also said …. (JD)"), which a credit or a reporter's initials
    # may close as well.
    sign_off = max((i for i in [*inside, *seconds] if page.prose[i] and page.kinds.get(i) is None), default=None)
    for i in unmarked:
        if i == sign_off or page.nwords[i] > CAPTION_IN_BODY_MAX_WORDS or page.kinds.get(i) is not None \
                or GOES_ON_RE.search(page.stripped[i]):
            continue
        tail = CREDIT_WORD_TAIL_RE.search(page.stripped[i])
        # So is one that places the people in its picture (``PICTURE_PLACE_RE``), though no credit closes it.
        if (tail and _cue(tail["credit"].strip("()"), 1, False) is None) or PICTURE_PLACE_RE.search(page.stripped[i]):
            page.kinds[i] = "caption"

    # A caption headed by its kicker (``KICKER_CAPTION_RE``), between the paragraphs or over the story's first. Not a
    # kicker the page prints on other lines too: a transcript's speaker ("THE MAYOR: …" over each of her turns) or a
    # label of links ("READ MORE: …"). Nor an embedded post over its credit line, which may open with a label of its
    # own ("JUST IN: …"): a post is the words of someone the article quotes.
    kickers: dict[str, int] = {}
    for line in page.stripped:
        if (m := KICKER_CAPTION_RE.match(line)) is not None:
            kickers[m["kicker"]] = kickers.get(m["kicker"], 0) + 1
    for i in unmarked:
        kicker = KICKER_CAPTION_RE.match(page.stripped[i])
        if kicker is None or page.kinds.get(i) is not None or page.nwords[i] > KICKER_CAPTION_MAX_WORDS \
                or kickers[kicker["kicker"]] > 1 or (i + 1 < n and _post_credit(page.stripped[i + 1], page.stripped[i])):
            continue
        page.kinds[i] = "caption"

    # The caption of an embedded video stands right under the player's embed code: a sentence or
    # two (at most a pull quote's length), with the story's own paragraph after it.
    for i in range(n - 2):
        if EMBED_CODE_RE.match(page.stripped[i]) and page.kinds.get(i + 1) is None and page.prose[i + 1] \
                and page.nwords[i + 1] <= PULL_QUOTE_WORDS[1] and page.prose[i + 2] \
                and page.nwords[i + 2] > page.nwords[i + 1]:
            page.kinds[i + 1] = "caption"

    # A pull quote: a short line of the body whose words stand again, word for word, inside a
    # longer paragraph of it (a sentence the page sets off in large type). One alone, and not at
    # the body's top: there such lines are a summary's points ("Key Highlights"), which the story
    # then tells in full.
    # A post embedded over its credit line is neither: the story may quote the post in a paragraph of
    # its own, or print the post's words again under the paragraph that quoted them.
    body_lines = [i for i in [*inside, *seconds] if i not in page.kinds and page.prose[i]
                  and not (i + 1 < n and _post_credit(page.stripped[i + 1], page.stripped[i]))]
    # Each line's words, split once for every line they are compared with.
    spoken = {i: _words(page.stripped[i]) for i in body_lines}
    # The paragraphs a pull quote may repeat: no line holding an address (``ADDRESS_RE``).
    sources = [i for i in body_lines if not ADDRESS_RE.search(page.stripped[i])]
    paragraphs = [(page.stripped[i], f" {' '.join(spoken[i])} ") for i in sources]
    pulled = [i for i in body_lines if PULL_QUOTE_WORDS[0] <= page.nwords[i] <= PULL_QUOTE_WORDS[1]
              and (_restated(page.stripped[i], paragraphs) or _echoed(page, i, sources, spoken))]
    for i in pulled:
        if i - 1 not in pulled and i + 1 not in pulled and i - first >= 2:
            page.kinds[i] = "caption"

    # The label under a person's photo, set between two paragraphs with no credit: a line of a few words that
    # sets the name off ("Jane Doe: Harbour master." or "New harbour master, Jane Doe.") where the paragraph
    # after it speaks of that person by name. A story's own short line names no one that way.
    for i in [*inside, *seconds]:
        if i in page.kinds or not 0 < i < n - 1 or page.nwords[i] > NAME_LABEL_MAX_WORDS:
            continue
        label = NAME_LABEL_RE.match(page.stripped[i])
        if label and all(page.prose[k] and page.kinds.get(k) is None and page.nwords[k] >= NAME_LABEL_PROSE_WORDS
                         for k in (i - 1, i + 1)) and (label["a"] or label["b"]) in page.stripped[i + 1]:
            page.kinds[i] = "caption"

    # A teaser set into the body: only now, when its blurb has been seen not to be a pull quote.
    _lone_teaser(page, inside)

    # Datelines: only their characters, so that the sentence after keeps its claims.
    datelines = []
    opening = True
    for i in [*inside, *seconds]:
        if i in page.kinds or not page.prose[i]:
            continue
        found_at = _dateline(page.content[i], strict=not opening)
        if found_at is not None:
            datelines.append(RegionSpan(found_at[0], found_at[1], "dateline"))
        opening = False
    return _regions(page, datelines)


def _days_heading_entries(stripped: list[str], cues: list[str | None]) -> list[int]:
    """The bare days (``BARE_DAY_RE``) that each head lines of their own, two or more of them in a series
    ("Results" / "October 29" / "Jane Doe beat Ann Roe 6-4, 6-3" / … / "October 30" / …): the dates of a table
    or a diary the story sets out, not a byline's stamp, which stands once, by a name, a "Published" or a
    headline. Each day has an unmarked line under it that is no day, no byline stands next to one, and only
    unmarked lines lie between one day and the next."""
    n = len(stripped)

    def heads(d: int) -> bool:
        return cues[d] == "byline" and bool(BARE_DAY_RE.fullmatch(stripped[d])) and d + 1 < n \
            and cues[d + 1] is None and not BARE_DAY_RE.fullmatch(stripped[d + 1]) \
            and (d == 0 or cues[d - 1] != "byline")

    days = [d for d in range(n) if heads(d)]
    out: list[int] = []
    run: list[int] = []
    for d in days:
        if run and d - run[-1] <= DAY_REACH and all(cues[k] is None for k in range(run[-1] + 1, d)):
            run.append(d)
            continue
        if len(run) >= 2:
            out += run
        run = [d]
    if len(run) >= 2:
        out += run
    return out


def _dated_entries(page: _Page, span: range) -> frozenset[int]:
    """Inside the body, a day that heads entries (``_days_heading_entries``, no longer cued) and the short lines
    under it down to the next day: the table's rows, which the seed's rules would take for sub-headings. The row
    right over a paragraph (a line closing with a full stop) is that paragraph's own sub-heading, and is left out."""
    out: set[int] = set()
    for d in span:
        if page.cues[d] is not None or not BARE_DAY_RE.fullmatch(page.stripped[d]) or d in page.kinds:
            continue
        rows = [d]
        k = d + 1
        while k in span and k not in page.kinds and page.cues[k] is None and page.nwords[k] <= HEADING_MAX_WORDS \
                and not BARE_DAY_RE.fullmatch(page.stripped[k]) and not page.stripped[k].endswith("."):
            rows.append(k)
            k += 1
        if len(rows) < 2:
            continue
        if k in span and page.stripped[k].endswith(".") and len(rows) > 2:
            rows.pop()
        out.update(rows)
    return frozenset(out)


def _dated_caption(s: str) -> bool:
    """A caption of one sentence that closes on its picture's full date (``PHOTO_DATE_ON_TAIL_RE``): "Fishermen
    unload the last catch before the storm on March 3, 2030.", "FILE - …". Not a sentence in a story's voice
    (``STORY_DATED_VOICE_RE``) nor one of several."""
    return bool(PHOTO_DATE_ON_TAIL_RE.search(s)) and SENTENCE_BREAK_RE.search(s) is None \
        and STORY_DATED_VOICE_RE.search(s) is None


def _labelled_video(page: _Page, i: int) -> None:
    """The video under the label on line ``i`` (``VIDEO_LABEL_RE``): down to the last of its stamps within reach, the
    clip's age or its length, every line is its caption ("WATCH | Storm hits the pier:" / "Crews clear the pier" /
    "The council says the pier will reopen in May." / "2 hours ago"), and so is the description right under its
    length ("Duration 1:30" / "Crews worked through the night …"), one line. With no stamp under it, the label is a
    link's, as in a list of videos ("WATCH | Ten best beaches"), and the lines after it are the story's."""
    n = len(page.content)
    stamps = [j for j in range(i + 1, min(n, i + 1 + VIDEO_LABEL_MAX_LINES))
              if CLIP_LENGTH_RE.fullmatch(page.stripped[j]) or (page.cues[j] == "byline" and AGO_RE.search(page.stripped[j]))]
    if not stamps:
        return
    end = stamps[-1]
    if CLIP_LENGTH_RE.fullmatch(page.stripped[end]) and end + 1 < n and page.prose[end + 1] \
            and page.cues[end + 1] is None and page.kinds.get(end + 1) is None:
        end += 1
    for j in range(i, end + 1):
        page.kinds[j] = "caption"


def _printed_twice(s: str) -> bool:
    """Whether ``s`` opens with a title said again right after it (``TWICE_MIN_WORDS`` at least, the two runs
    ``TWICE_MIN_SHARE`` of the line at least). A title has no full stop before its repeat: sentences printed
    twice over on a line are a scrape's doubled paragraph, which the article states. A title is a headline's
    length at most (which also bounds the work on a long line)."""
    words = s.split()
    if TWICE_MIN_SHARE * len(words) > 2 * HEADLINE_MAX_WORDS:
        return False
    return any(words[:k] == words[k:2 * k] and not words[k - 1].endswith(SENTENCE_END[:3])
               for k in range(TWICE_MIN_WORDS, min(HEADLINE_MAX_WORDS, len(words) // 2) + 1)
               if 2 * k >= TWICE_MIN_SHARE * len(words))


def _points(page: _Page, span: range) -> frozenset[int]:
    """The points of a list the body introduces itself, which the seed's rules would take for
    sub-headings: under a line that ends in a colon ("The club keeps these pitchers:") or a
    summary's label ("Highlights"), a run of at least POINTS_MIN items, each a line of listed facts
    (``FACT_LINE_RE``) or a sentence without its stop ("Jane Doe, under contract through 2030": most
    of its words lower-case, as a headline's are not). A sub-heading stands alone over its paragraph
    ("We know this about the club:", "Its pitching is deep now", a paragraph). Only the points'
    lines are returned: the facts' are no heading anyway."""
    def point(i: int) -> bool:
        return _sentence_cased(page, i, POINT_MIN_LOWER) and not page.stripped[i].endswith(SENTENCE_END)

    def item(i: int) -> bool:
        if i not in span or i in page.kinds or page.cues[i] is not None or LIST_ITEM_RE.match(page.content[i].text):
            return False
        return bool(FACT_LINE_RE.search(page.stripped[i])) or point(i)

    out: set[int] = set()
    i = span.start
    while i < span.stop:
        s = page.stripped[i]
        j = i + 1
        if page.cues[i] is None and (s.endswith(":") or SUMMARY_LABEL_RE.fullmatch(s.rstrip(":"))):
            while item(j):
                j += 1
            if j - i - 1 >= POINTS_MIN:
                out.update(k for k in range(i + 1, j) if point(k))
        i = j
    return frozenset(out)


def _summary_goes_on(page: _Page, span: range, deck: int | None) -> frozenset[int]:
    """The summary's last sentence under the headline, its stop lost, which the seed's rules would take for a
    sub-heading: "Council backs harbour budget" (the headline) / "The budget passed by one vote after a long
    debate." (or a deck, the same sentence without its stop) / "Work on the new pier will start in April" / the
    story. Written as a sentence (most of its words lower-case) right under the summary (the deck ``_standfirst``
    found, or a line of prose), which stands right under the headline (a title, or a question, with no paragraph
    above it) at the body's top: a sub-heading stands over the story's paragraphs, never between the headline's
    summary and the story."""
    out = set()
    for i in span:
        if i < 2 or i in page.kinds or page.cues[i] is not None or page.stripped[i].endswith(SENTENCE_END) \
                or LIST_ITEM_RE.match(page.content[i].text) or not PROSE_MIN_WORDS <= page.nwords[i] <= HEADLINE_MAX_WORDS \
                or _lower_share(page.stripped[i]) < DECK_MIN_LOWER:
            continue
        k = i - 1
        summary = k == deck or (page.prose[k] and page.cues[k] is None)
        # The headline may be a question, which reads as prose.
        headline = page.cues[k - 1] is None and _title(page.stripped[k - 1], page.nwords[k - 1]) \
            and (not page.prose[k - 1] or page.stripped[k - 1].endswith("?")) and (k < 2 or not page.prose[k - 2])
        # At the body's top: further down, a title over a paragraph is a sub-heading, the line under it another.
        if k <= span.start + 1 and summary and headline and k not in page.kinds:
            out.add(i)
    return frozenset(out)


def _restated(line: str, others: list[tuple[str, str]]) -> bool:
    """Whether the words of ``line`` (without its quotation marks and closing stop) stand inside
    a longer one of ``others``, each given with its words joined by single spaces and padded
    with one (``line`` itself, among them, is not longer). Word for word, but
    not letter for letter: the pull quote may capitalize the word the paragraph has mid-sentence
    ("If your work …" from "Finally, if your work …") and leave out what the paragraph's words
    have between, an ellipsis standing for it ("Jane screwed everybody ... They have all …"),
    or the paragraph may mark a cut the pull quote closes up ("… to prove that … in my case")."""
    core = line.strip("“”\"‘’ ").rstrip(".").strip()
    longer = [(other, words) for other, words in others if len(other) > len(line) + 10]
    if any(core in other for other, _ in longer):
        return True
    pieces = [" ".join(words) for words in map(_words, ELLIPSIS_RE.split(core)) if words]
    return bool(pieces) and any(all(f" {piece} " in words for piece in pieces) for _, words in longer)


def _echoed(page: _Page, i: int, sources: list[int], spoken: dict[int, list[str]]) -> bool:
    """Whether a paragraph a few lines from line ``i`` says its words again, a little reworded, as
    a pull quote is set beside the paragraph it quotes ("One group found 20 pathogens on 15 pairs
    of boots." by "One group tested 72 boots and found 20 pathogens on 15 pairs of shoes."): most
    of its runs of three words stand in the paragraph, one of ``sources`` (the body lines a pull quote
    may repeat). ``spoken`` holds each body line's words."""
    triples = _triples(spoken[i])
    if not triples:
        return False
    return any(len(page.stripped[k]) > len(page.stripped[i]) + 10
               and len(triples & _triples(spoken[k])) >= PULL_QUOTE_ECHO * len(triples)
               for k in sources if 0 < abs(k - i) <= PULL_QUOTE_REACH)


def _triples(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[k:k + 3]) for k in range(len(words) - 2)}


def _words(s: str) -> list[str]:
    """The words of ``s``, lower-case, with one apostrophe: no punctuation between them."""
    return [w.lower().replace("’", "'") for w in PLAIN_WORD_RE.findall(s)]


def _post_credit(line: str, above: str) -> bool:
    """``line`` is the credit of a post and ``above`` its words (not the credit of another)."""
    return bool(POST_CREDIT_RE.fullmatch(line)) and not POST_CREDIT_RE.fullmatch(above)


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The words of each post embedded from a social network: the line right above a credit line
    (``POST_CREDIT_RE``), without the picture link, hashtags or emoticon it ends with; a post
    of fewer than two words once those are gone is left out. Offsets into ``text``."""
    out = []
    previous: _Line | None = None
    for ln in _lines(text):
        if not ln.stripped:
            continue
        if previous is not None and _post_credit(ln.stripped, previous.stripped):
            start, end = _trim(previous)
            words = POST_TAIL_RE.sub("", text[start:end])
            if len(_alpha_words(words)) >= 2:
                out.append((start, start + len(words)))
        previous = ln
    return out


def _slides(page: _Page) -> None:
    """A slide show laid out as text: one title repeated over every slide, each slide a heading
    and a paragraph under it ("Racist, ruthless, cruel: Germany's colonial history" twelve times).
    At least ``SLIDES_MIN`` repeats the same number of lines apart, at most ``SLIDE_MAX_LINES``,
    each followed by a line of a heading's length and holding a paragraph: the slides are
    captions, the last one's too, wherever the body finder put them."""
    at: dict[str, list[int]] = {}
    for i, ln in enumerate(page.content):
        if page.counts[_key(ln)] >= SLIDES_MIN and page.nwords[i] >= 3 and not page.prose[i] and page.cues[i] is None:
            at.setdefault(_key(ln), []).append(i)
    n = len(page.content)
    for lines in at.values():
        runs: list[list[int]] = []
        for i in lines:
            run = runs[-1] if runs else None
            if run and 2 <= i - run[-1] <= SLIDE_MAX_LINES and (len(run) < 2 or i - run[-1] == run[1] - run[0]):
                run.append(i)
            else:
                runs.append([i])
        for run in runs:
            if len(run) < SLIDES_MIN:
                continue
            step = run[1] - run[0]
            slides = [range(r, min(r + step, n)) for r in run]
            if not all(r + 1 < n and page.nwords[r + 1] <= HEADING_MAX_WORDS and any(page.prose[k] for k in sl)
                       for r, sl in zip(run, slides)):
                continue
            for sl in slides:
                for k in sl:
                    if page.kinds.get(k) in (None, "heading", "repeated-headline"):
                        page.kinds[k] = "caption"


def _enlarged_pictures(page: _Page) -> None:
    """A picture's block as some sites print it: the button that enlarges it ("View Full Image", "click to
    enlarge") alone on a line, its credit under it (a few words, no sentence: "Associated Press", the
    restaurant's name), and its caption under that, a sentence of a caption's length. The three lines are the
    caption; a paragraph right under the button with no credit between them is left to the story."""
    n = len(page.content)
    for i in range(n - 2):
        if not ENLARGE_BUTTON_RE.fullmatch(page.stripped[i]):
            continue
        credit, caption = i + 1, i + 2
        if page.prose[credit] or page.nwords[credit] > ENLARGE_CREDIT_MAX_WORDS \
                or page.stripped[credit].endswith(SENTENCE_END) or page.cues[credit] not in (None, "caption"):
            continue
        if not page.prose[caption] or page.cues[caption] is not None or page.nwords[caption] > CAPTION_IN_BODY_MAX_WORDS:
            continue
        # The button and the credit may have been read as the header's menu or, printed over every picture, as a
        # repeated heading.
        if any(page.kinds.get(k) not in (None, "caption", "heading", "repeated-headline", "navigation") for k in (i, credit)) \
                or page.kinds.get(caption) not in (None, "caption"):
            continue
        for k in (i, credit, caption):
            page.kinds[k] = "caption"


def _credits_printed_twice(page: _Page) -> None:
    """A picture's credit the page prints more than once, a few words and no sentence ("Associated Press", "Twitter /
    Jane Doe"), with a sentence of a caption's length on one side of it that the other rules left to the story.
    Another printing of the credit vouches for it as a credit: it stands under the same sentence again (a gallery at
    the foot of the page repeats the pictures' captions, each over its credit; a notice printed twice stands over its
    button, "Sign up"), or on the same side of it stands a sentence already found as that credit's caption. The credit
    and the sentence are then the caption. A heading printed twice has no such twin; a page that prints its whole
    text twice repeats the paragraphs around the sentence too, and those stay the story's."""
    n = len(page.content)
    keys = [_quotes_key(ln) for ln in page.content]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    at: dict[str, list[int]] = {}
    for i, ln in enumerate(page.content):
        if page.counts[_key(ln)] >= 2 and not page.prose[i] and page.cues[i] in (None, "caption") \
                and page.nwords[i] <= REPEATED_CREDIT_MAX_WORDS and not page.stripped[i].endswith(SENTENCE_END):
            at.setdefault(_key(ln), []).append(i)
    for lines in at.values():
        for step in (1, -1):
            for i in lines:
                c = i + step
                if not 0 <= c < n or c in page.kinds or not page.prose[c] or page.cues[c] not in (None, "caption") \
                        or not PROSE_MIN_WORDS <= page.nwords[c] <= CAPTION_IN_BODY_MAX_WORDS \
                        or page.kinds.get(i) not in (None, "heading", "repeated-headline"):
                    continue
                if any(0 <= k < n and page.prose[k] and seen[keys[k]] > 1 for k in (c - 1, c + 1) if k != i):
                    continue
                if any(0 <= j + step < n and ((step < 0 and keys[j + step] == keys[c]) or (
                        page.kinds.get(j) == page.kinds.get(j + step) == "caption" and page.prose[j + step]
                        and page.counts[_key(page.content[c])] == 1)) for j in lines if j != i):
                    page.kinds[i] = page.kinds[c] = "caption"


def _quotes_key(line: _Line) -> str:
    """``_key`` with the typographic quotes and apostrophes plain, as a page's two printings of one text may differ."""
    return _key(line).translate(QUOTE_PLAIN)


def _credits_over_captions(page: _Page) -> None:
    """A credit that no shape marks as one, an agency or a site named alone ("HARBOUR WIRE"), printed over each of
    the page's pictures: a short line, no sentence, repeated, every time right over a short sentence the page prints
    once ("HARBOUR WIRE" over "Fishermen unload cod at the pier.", and again over "The ferry berth at dawn."). The
    credit and the sentences under it are the captions. A line repeated over a paragraph even once is a sub-heading
    or a label, and a post's credit stands under its post, not over the next line."""
    at: dict[str, list[int]] = {}
    for i, ln in enumerate(page.content):
        if page.counts[_key(ln)] >= 2 and page.cues[i] is None and not page.prose[i] \
                and page.nwords[i] <= REPEATED_CREDIT_MAX_WORDS and not page.stripped[i].endswith(SENTENCE_END) \
                and not POST_CREDIT_RE.fullmatch(page.stripped[i]):
            at.setdefault(_key(ln), []).append(i)
    n = len(page.content)
    for lines in at.values():
        if len(lines) < 2 or not all(
                i + 1 < n and page.prose[i + 1] and page.cues[i + 1] is None
                and PROSE_MIN_WORDS <= page.nwords[i + 1] <= CREDITED_CAPTION_MAX_WORDS
                and page.counts[_key(page.content[i + 1])] == 1 and page.kinds.get(i + 1) in (None, "caption") for i in lines):
            continue
        for i in lines:
            if page.kinds.get(i) in (None, "heading", "repeated-headline", "navigation"):
                page.kinds[i] = "caption"
            page.kinds.setdefault(i + 1, "caption")


def _standfirst(page: _Page, first: int) -> int | None:
    """The standfirst above the body: the article's own summary, a long sentence right under
    its headline (a title line) and over its byline (at most two short byline, agency or credit
    lines between). It states the article's facts, so it is content (ANNOTATION.md §5 lists no
    summary as furniture; §6 counts a fact said in the summary and again in the body as two
    claims), though it sits among the header's furniture."""
    cues, nwords = page.cues, page.nwords
    for b in range(first):
        if cues[b] != "byline":
            continue
        k = b - 1
        # A section label or a date the cues missed ("TRD NATIONAL /", "Nov.November 18, 2019
        # 12:02 PM") may sit there too: a few words, no sentence.
        while k > b - 4 and k > 0 and (cues[k] == "caption" or (cues[k] == "byline" and nwords[k] <= 5) or (
                not page.prose[k] and nwords[k] <= 5 and cues[k] in (None, "navigation"))):
            k -= 1
        # Over the standfirst the headline, not a one- or two-word section label ("Dubai Airshow"):
        # under a label, the long line over the byline is the headline itself.
        # A shorter line will do when it closes with a full stop, which a headline does not ("The Sixers captured
        # their biggest win of the year Wednesday night."), right under a line that does not (the headline: under
        # a sentence, a short one is a picture's caption).
        # The lead picture's caption the cues missed may stand between the standfirst and the byline too
        # ("Jane Doe, left, and her crew at the harbour on Monday morning after the storm"): no sentence,
        # and longer than the few words of a line of names or a credit (a title line: the sentence over
        # it is the header's), under a summary that itself hangs under a headline.
        if k >= 2 and cues[k] is None and not page.prose[k] and CUE_MAX_WORDS < nwords[k] <= CAPTION_MAX_WORDS and (
                (_deck(page, k - 1) and not _deck(page, k))
                or (page.prose[k - 1] and nwords[k - 1] >= STANDFIRST_MIN_WORDS and page.stripped[k - 1].endswith("."))):
            k -= 1
        sentence = k >= 1 and page.stripped[k].endswith(".") and not page.stripped[k - 1].endswith((".", "!"))
        # Or a deck: the headline's second line, a sentence's words without its stop (``_deck``).
        summary = (page.prose[k] and (nwords[k] >= STANDFIRST_MIN_WORDS or sentence)) or (k >= 1 and _deck(page, k))
        if k >= 1 and summary and cues[k] is None \
                and cues[k - 1] is None and nwords[k - 1] >= 3 and _title(page.stripped[k - 1], nwords[k - 1]) \
                and not _credited(page, k):
            return k
    return _standfirst_over_picture(page, first)


def _standfirst_over_picture(page: _Page, first: int) -> int | None:
    """The standfirst of a page that prints its byline over the headline, or none: right under the headline and over
    the lead picture's bare credit, which stands right over the story's first paragraph ("Harbour ferry to run again by
    spring" / "The mayor's promise to fix the ferry is kept, at a cost of $4 million." / "Photograph: Jane Doe/Harbour
    Wire" / the story). No caption stands between the credit and the story, and the line over the credit is written as
    a sentence (most of its words lower-case, with its stop or without, as a deck), under a line of a headline's
    shape. A caption in that place names what its picture shows in the headline's own words ("First trial of a
    blood-drawing robot" / "A prototype of a blood-drawing robot."); a summary tells the story in words of its own."""
    credit, k = first - 1, first - 2
    if k < 1 or page.cues[credit] != "caption" or page.nwords[credit] > CUE_MAX_WORDS \
            or not _bare_credit(page.stripped[credit]) or page.cues[k] is not None or page.cues[k - 1] is not None:
        return None
    headline = not page.prose[k - 1] and HEADING_MIN_WORDS <= page.nwords[k - 1] <= HEADLINE_MAX_WORDS \
        and not page.stripped[k - 1].endswith((".", "!"))
    sentence = page.nwords[k] >= PROSE_MIN_WORDS and _lower_share(page.stripped[k]) >= DECK_MIN_LOWER
    if headline and sentence and not _triples(_words(page.stripped[k])) & _triples(_words(page.stripped[k - 1])):
        return k
    return None


def _deck(page: _Page, k: int) -> bool:
    """Line ``k`` reads as a deck, the headline's second line that sums up the story in a
    clause of its own ("Johns paid up to $600 an hour for sex services"): no full stop, as a
    headline has none, but written as a sentence is, most of its words lower-case, under a line
    of a headline's length (under a menu's last item, "Nation & World", the line is the headline)
    that has no sentence above it (under a site's notice, "We're no longer maintaining this page.",
    the line is the notice's and the next one the headline)."""
    return _sentence_cased(page, k, DECK_MIN_LOWER) \
        and page.nwords[k - 1] >= PROSE_MIN_WORDS and not (k >= 2 and page.stripped[k - 2].endswith((".", "!")))


def _sentence_cased(page: _Page, k: int, min_lower: float) -> bool:
    """Line ``k`` is written as a sentence though not counted as prose: of a sentence's length to
    a headline's, with at least ``min_lower`` of its words lower-case (a deck, a list's point)."""
    return not page.prose[k] and PROSE_MIN_WORDS <= page.nwords[k] <= HEADLINE_MAX_WORDS \
        and _lower_share(page.stripped[k]) >= min_lower


def _credited(page: _Page, k: int) -> bool:
    """Line ``k`` is followed by a credit line of its own in the shape of a caption's ("(Jane Doe
    / Harbour Times)"): the picture's caption, not a standfirst."""
    return k + 1 < len(page.cues) and page.cues[k + 1] == "caption" and page.nwords[k + 1] <= CUE_MAX_WORDS \
        and bool(CAPTION_TAIL_RE.search(page.stripped[k + 1])) and page.stripped[k + 1].startswith("(")


def _title(line: str, words: int) -> bool:
    """A headline's shape: a few words, or a longer line that does not end as a sentence does."""
    return HEADING_MIN_WORDS <= words <= HEADING_MAX_WORDS or (words <= HEADLINE_MAX_WORDS and not line.endswith((".", "!")))


def _inside_body(page: _Page, span: range) -> None:
    """Kinds for the cued lines among the paragraphs: bylines, share bars, advertisements,
    newsletter prompts and the like that sit between them."""
    kinds, cues, prose, stripped = page.kinds, page.cues, page.prose, page.stripped
    for i in span:
        cue = cues[i]
        if i in kinds or cue is None:
            continue
        if cue == "caption" or (prose[i] and not _sentence_furniture(cue, stripped[i])):
            continue  # captions have their own rule; a paragraph may mention a comment or a share
        kinds[i] = cue
        # "Related" over a few headlines set into the article: each headline is a link. The list
        # ends at the first line that ends as a sentence does (the article going on). A "Read more"
        # label is such a title too where no headline stands right above it (a paragraph that ends
        # its sentence, a widget's line): it is then the label of the links under it, not a button.
        if cue == "related-links" and page.nwords[i] <= 6 and RELATED_RE.match(stripped[i]) \
                and (not BUTTON_RE.fullmatch(stripped[i]) or _over_links(page, i)):
            _links_under(page, i, span)
        # "Top Comment" over one reader's post and a "Join In" button, set between paragraphs: the
        # box runs down to the paragraph longer than any post's blurb that the article goes on with.
        if cue == "comments" and COMMENTS_HEADER_RE.match(stripped[i]):
            below = range(i + 1, min(i + 2 + RESUME_BOX_MAX_LINES, span.stop))
            resumes = next((j for j in below if prose[j] and page.nwords[j] > TEASER_MAX_WORDS), None)
            if resumes is not None and all(j not in kinds and cues[j] is None for j in range(i + 1, resumes)):
                for j in range(i + 1, resumes):
                    kinds[j] = "comments"
        # A "Read more" button under a link's title: the title is the link.
        if cue == "related-links" and page.nwords[i] <= 3 and i - 1 in span and i - 1 not in kinds \
                and cues[i - 1] is None and page.nwords[i - 1] <= HEADING_MAX_WORDS:
            kinds[i - 1] = "related-links"


def _links_under(page: _Page, i: int, span: range) -> None:
    """The headlines under the list's title ``i``, down to the first line that ends as a sentence does (the
    article going on), each of three words or more. Between them a list prints their kickers, sources and
    ranks ("DRUGS BATTLE", "Jane Doe", "2"), and a headline may ask a question. A line of one or two words or
    a question is the list's only when a headline comes after it: under the last one it may be the article's."""
    kinds, cues, stripped, nwords = page.kinds, page.cues, page.stripped, page.nwords
    taken: list[int] = []
    j = i + 1
    while j in span and j not in kinds and cues[j] is None:
        if nwords[j] < 3 or (nwords[j] <= HEADLINE_MAX_WORDS and stripped[j].endswith("?")):
            taken.append(j)  # the list's only if a headline follows
        elif nwords[j] <= HEADLINE_MAX_WORDS and not stripped[j].endswith(SENTENCE_END):
            for k in (*taken, j):
                kinds[k] = "related-links"
            taken = []
        else:
            break
        j += 1


def _over_links(page: _Page, i: int) -> bool:
    """The "Read more" of line ``i`` labels the links under it, not a link's title above it: the line above is a
    paragraph that ends its sentence, or a line the cues mark (an advertisement's label, a widget's button)."""
    if i == 0:
        return True
    above = page.stripped[i - 1]
    return page.cues[i - 1] is not None or (page.prose[i - 1] and above.endswith(SENTENCE_END))


def _teasers_titled_twice(page: _Page, span: range) -> None:
    """A teaser set into the article or listed after it: a headline printed twice in a row (its link
    and its picture's alt text), alone or each time under the same kicker ("Business" / "Tribune
    renames itself as its dispute goes on" / "Business" / the same headline), over one short
    paragraph, its blurb. An article never prints its sub-headings twice; above its first paragraph
    the page's own headline may be printed twice over the standfirst, which stays text."""
    kinds, cues, prose, stripped, nwords = page.kinds, page.cues, page.prose, page.stripped, page.nwords

    def kicker(k: int) -> bool:
        return 0 < nwords[k] <= KICKER_MAX_WORDS and not stripped[k].endswith(SENTENCE_END)

    for i in span:
        if not prose[i] or i in kinds or cues[i] is not None or nwords[i] > TEASER_MAX_WORDS:
            continue
        title = stripped[i - 1]
        if not TWICE_TITLE_MIN_WORDS <= nwords[i - 1] <= HEADLINE_MAX_WORDS:
            continue
        # The headline's two copies with its kickers between ("Fungi could start the next pandemic" /
        # "Science" / "Health" / the same headline): no sentence of an article comes back after a word or
        # two, so the headline may end on its stop (a question, a quotation).
        between = next((g for g in range(1, KICKERS_MAX + 1) if i - 2 - g in span and stripped[i - 2 - g] == title
                        and all(kicker(k) for k in range(i - 1 - g, i - 1))), 0)
        stop = title.endswith(SENTENCE_END)
        if not stop and i - 2 in span and stripped[i - 2] == title:
            box = range(i - 2, i + 1)
        elif not stop and i - 4 in span and stripped[i - 3] == title and stripped[i - 2] == stripped[i - 4]:
            box = range(i - 4, i + 1)
        elif between:
            box = range(i - 2 - between, i + 1)
        else:
            continue
        if all(cues[k] is None and kinds.get(k) in (None, "heading", "repeated-headline") for k in box):
            for k in box:
                kinds[k] = "related-links"


def _labelled_title(page: _Page, i: int) -> bool:
    """Line ``i`` is a link under a label of the site's own (LABELLED_TITLE_RE) right under a paragraph of the
    article, in the sentence's case the site gives its headlines and with no stop after it. A link to a picture
    at its end ("… pic.twitter.com/…") makes it a post the article quotes."""
    s = page.stripped[i]
    # A rule of underscores strips to nothing ("" has no last word): it is no title.
    return bool(s) and page.kinds.get(i) is None and i > 0 and page.prose[i - 1] and i - 1 not in page.kinds \
        and page.nwords[i] <= LINK_TITLE_MAX_WORDS and not s.endswith(SENTENCE_END) \
        and "/" not in s.rsplit(None, 1)[-1] and bool(LABELLED_TITLE_RE.match(s))


def _lone_teaser(page: _Page, span: range) -> None:
    """Another story's teaser set into the article: a headline in title case over its one-sentence blurb, between
    paragraphs ("How the Ferry Strike Was Settled" / "Dock workers, 300 of them, went back to work on Monday after
    a deal on pay."), the only title under a paragraph of the body (a video's title stands under its player's
    lines). An article parted into sections has more than one title; a
    sub-heading in capitals ("WHAT COMES NEXT") is the site's style for its sections, not a link's."""
    kinds, prose, nwords, stripped = page.kinds, page.prose, page.nwords, page.stripped
    titles = [i for i in span if kinds.get(i) == "heading" and nwords[i] >= 2 and i - 1 in span and prose[i - 1]]
    if len(titles) != 1:
        return
    i = titles[0]
    title, blurb = stripped[i], stripped[i + 1] if i + 1 < len(stripped) else ""
    long_words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    if not HEADING_MIN_WORDS <= nwords[i] <= HEADLINE_MAX_WORDS or title.endswith(SENTENCE_END) or ". " in title \
            or title.isupper() or not long_words or not all(w[:1].isupper() for w in long_words):
        return
    if i - 1 in span and i + 2 in span and prose[i - 1] and prose[i + 1] and prose[i + 2] \
            and all(j not in kinds and page.cues[j] is None for j in (i - 1, i + 1, i + 2)) \
            and nwords[i + 1] <= BLURB_MAX_WORDS and blurb.endswith(".") and not NEXT_SENTENCE_RE.search(blurb):
        kinds[i] = kinds[i + 1] = "related-links"


def _titles_in_link_lists(page: _Page, deck: int | None) -> None:
    """A headline in a list of links that reads as a sentence: "Tow-truck operators to the rescue: owner of a
    sailboat frozen in the river gets good news" between the list's other titles (or its source lines, "Wales
    Online"). One or two such lines, each a headline's length, with list lines right above (two) and right below
    (one): lines no paragraph marks that the rules above gave a list's or a title's kind. The article's own
    sub-heading has a paragraph above it, not another title."""
    kinds, prose, nwords = page.kinds, page.prose, page.nwords
    n = len(page.content)

    def listed(j: int) -> bool:
        return 0 <= j < n and not prose[j] and nwords[j] <= HEADLINE_MAX_WORDS and kinds.get(j) in LIST_LINE_KINDS

    def title(j: int) -> bool:
        return 0 <= j < n and prose[j] and j not in kinds and j != deck and page.cues[j] is None \
            and nwords[j] <= HEADLINE_MAX_WORDS

    for i in range(2, n):
        if not (title(i) and listed(i - 1) and listed(i - 2)):
            continue
        block = [i, i + 1] if title(i + 1) else [i]
        # A title may close on a quotation right after its last word, with no stop inside it ("… is 'foolish'"):
        # a sentence puts its stop inside the quotation (QUOTED_TITLE_END_RE).
        if listed(block[-1] + 1) and (not page.stripped[i].endswith(SENTENCE_END) or QUOTED_TITLE_END_RE.search(page.stripped[i])):
            # Among a menu's lines (no link of the list beside it) the title is the page's headline.
            links = any(kinds.get(j) in ("related-links", "repeated-headline") for j in (i - 2, i - 1, block[-1] + 1))
            for j in block:
                kinds[j] = "related-links" if links else "heading"


def _blurbs_in_boxes(page: _Page) -> None:
    """The one sentence of a box set among furniture: a newsletter's blurb between its sign-up buttons ("You will
    now receive the Politics newsletter" / "Technology" / "Insights into what you'll be paying for tomorrow." /
    "You will now receive the Technology newsletter"), a sponsor's blurb over its shop button ("In gel and capsule
    form, our balm helps sore muscles recover." / "Buy at Acme"). A paragraph of the article stands between other
    paragraphs, or has no button of its own."""
    kinds, nwords = page.kinds, page.nwords
    n = len(page.content)
    for i in range(1, n - 1):
        if i in kinds or page.cues[i] is not None or not page.prose[i] or nwords[i] > BLURB_MAX_WORDS:
            continue
        above = kinds.get(i - 1)
        if above in ("heading", None) and not page.prose[i - 1] and nwords[i - 1] <= HEADING_MAX_WORDS and i >= 2:
            above = kinds.get(i - 2)  # the box's title between
        if above == "newsletter" and kinds.get(i + 1) == "newsletter":
            kinds[i] = "newsletter"
        elif SHOP_BUTTON_RE.fullmatch(page.stripped[i + 1]) and kinds.get(i + 1) in (None, "heading"):
            kinds[i] = kinds[i + 1] = "advertisement"


def _paywall_boxes(page: _Page) -> None:
    """The offer box under each paywall notice (``PAYWALL_OPEN_RE``): every line from the notice down to the
    box's last line that speaks of subscribing or signing in ("Unlimited online access to …" / "Sign In or
    Create an Account" / "If you are a print subscriber, … Activate your Online Access Now"). A line as long as a
    story's paragraph ends the search: the box lists short lines, and the story resumes under it."""
    n = len(page.content)
    for i in range(n):
        if not PAYWALL_OPEN_RE.fullmatch(page.stripped[i]):
            continue
        end = None
        for j in range(i + 1, min(n, i + 1 + PAYWALL_MAX_LINES)):
            if page.nwords[j] > PAYWALL_LINE_MAX_WORDS:
                break
            if PAYWALL_CLOSE_RE.search(page.stripped[j]):
                end = j
        if end is not None:
            for j in range(i, end + 1):
                page.kinds[j] = "newsletter"


def _regions(page: _Page, extra: list[RegionSpan]) -> list[RegionSpan]:
    """The regions of whole lines (a block of lines of one kind as one region), the inline
    markers of the other lines, and ``extra``; sorted."""
    text = page.text
    regions: list[RegionSpan] = []
    for idx, ln in enumerate(page.content):
        kind = page.kinds.get(idx)
        if kind is not None:
            start, end = _trim(ln)
            # Adjacent lines of the same block (a whole list) make one region.
            if regions and regions[-1].kind == kind and kind != "heading" and text[regions[-1].end:start].strip() == "":
                regions[-1] = RegionSpan(regions[-1].start, end, kind)
            else:
                regions.append(RegionSpan(start, end, kind))
            continue
        for m in CITATION_RE.finditer(ln.text):
            if _supplied_letter(ln.text, m):
                continue
            regions.append(RegionSpan(ln.start + m.start(), ln.start + m.end(), "citation-marker"))
        for start, end in _markup_marks(ln.text):
            regions.append(RegionSpan(ln.start + start, ln.start + end, "markup"))
        for m in CROSS_REFERENCE_RE.finditer(ln.text):
            regions.append(RegionSpan(ln.start + m.start(), ln.start + m.end(), "related-links"))
        for m in BRACKET_LINK_RE.finditer(ln.text):
            regions.append(RegionSpan(ln.start + m.start(1), ln.start + m.end(1), "related-links"))
    regions += extra
    regions.sort(key=lambda r: (r.start, r.end))
    return regions


def _markup_marks(line: str) -> list[tuple[int, int]]:
    """The emphasis marks of a line (``MARKUP_RE``) but the stars of a censored word: stars that follow a
    word's letters ("I said he was a t***.", "f****** hard", "f***ing") hide letters of that word unless they
    close an emphasis opened before them on the line ("**deep**")."""
    censored: list[tuple[int, int]] = []
    open_emphasis = False
    for run in STAR_RUN_RE.finditer(line):
        start, end = run.span()
        after_letter = start > 0 and line[start - 1].isalpha()
        before_letter = end < len(line) and line[end].isalpha()
        if after_letter:
            if before_letter or not open_emphasis:
                censored.append((start, end))
            open_emphasis = False
        elif end < len(line) and not line[end].isspace():
            open_emphasis = True
        elif start > 0 and not line[start - 1].isspace():
            open_emphasis = False
    return [m.span() for m in MARKUP_RE.finditer(line)
            if not any(start <= m.start() < end for start, end in censored)]


def _supplied_letter(line: str, marker: re.Match[str]) -> bool:
    """A bracketed letter inside a quotation is a letter the writer put into the quoted words ("this is [a]
    fine plan", "it give[s] us hope"), not a note's marker: a note is marked after the quotation closes."""
    if not LETTER_MARKER_RE.fullmatch(marker.group()):
        return False
    before = line[:marker.start()]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _dateline(line: _Line, strict: bool) -> tuple[int, int] | None:
    """The dateline opening ``line`` ("BEIJING (Reuters) - ", "PERRIS — "), or None. The first
    paragraph may take any dash; a later one needs an agency or a long dash (a story filed from
    several places), so that "U.S. - China talks …" is left alone."""
    lead = len(line.text) - len(line.text.lstrip())
    head = line.text[lead:lead + DATELINE_MAX + 1]  # a dateline is short: never read further
    m = DATELINE_RE.match(head)
    if m is None or not head[m.end():m.end() + 1].isupper():
        return None
    if strict and "(" not in m.group() and "—" not in m.group() and "--" not in m.group():
        return None
    return line.start + lead, line.start + lead + m.end()


def _outside(page: _Page, span: range, *, before: bool, keep: Collection[int] = ()) -> None:
    """Kinds for the lines before (``before``) or after the body; ``keep`` are the lines of a
    second body, left to ``_inside_body``."""
    if not span:
        return
    kinds, cues, prose, stripped, nwords = page.kinds, page.cues, page.prose, page.stripped, page.nwords
    # The last byline above the body: prose above it belongs to the page's header.
    last_byline = max((i for i in span if cues[i] == "byline"), default=None) if before else None
    # The seed's rules, for what they know (contents, bullet lists, repeated headlines).
    seed: dict[int, str] = {}
    _seed_kinds(page.content, span.start, span.stop, page.counts, seed)
    summary = _summary(page, span) if before else set()
    entries = set() if before else _schedule(page, span)
    runs = _runs(page, span, seed, summary | entries)
    section: str | None = None  # the section a title line opened: the lines below join it
    # The word triples of the prose below the header: a sentence over the body that the body says
    # again is the article's own (see below).
    told: set[tuple[str, ...]] = set()
    titled: list[int] = []  # the paragraphs above the body taken for titles, for ``_in_story_run``
    if before:
        for k in range(span.stop, len(stripped)):
            if prose[k]:
                told |= _triples(_words(stripped[k]))
    for i in span:
        if i in keep or i in summary or i in entries:
            section = None
            continue
        if i in kinds:
            continue
        cue = cues[i]
        if before and cue == "related-links" and 0 < i < len(cues) - 1 and cues[i - 1] == cues[i + 1] == "byline":
            # The author's link set between the byline's lines ("By Jane Doe" / "More from this author"
            # / "26 Sep 2011"): part of the byline, no title of a list, so the lead paragraphs under it stay.
            kinds[i] = "byline"
            continue
        if cue is not None:
            if section == "comments" and cue == "byline" and AGO_RE.search(stripped[i]):
                cue = "comments"  # who commented, and when
            kinds[i] = cue
            if cue in SECTION_KINDS and not (before and cue in AFTER_BODY_SECTIONS):
                section = cue
            elif cue not in ("byline", "caption"):
                section = None  # a menu, a share bar or an advertisement ends the section
            continue
        if prose[i]:
            own = seed.get(i) if seed.get(i) in ("call-to-action", "repeated-headline") else None
            if before and section is None and (last_byline is None or i > last_byline):
                # Above the body and below any byline, with nothing to mark it: an opening paragraph,
                # unless it speaks to the reader as the body's own calls to action do.
                if own == "call-to-action":
                    kinds[i] = own
                elif i + 1 in span and cues[i + 1] == "newsletter" and nwords[i] <= CUE_MAX_WORDS:
                    # Unless it is a short blurb right over a newsletter's prompt ("The day's market
                    # news." / "Get our markets newsletter."): the box's own words.
                    kinds[i] = "newsletter"
                continue
            # A line printed twice (a headline, a site's notice) is that one line: the paragraph printed once
            # under it is not the line's second copy, so it takes its kind no more than it takes a heading's.
            previous = kinds.get(i - 1) if kinds.get(i - 1) not in ("heading", "byline", "dateline", "repeated-headline") \
                else None
            # Under a heading or a byline (``previous`` is None there), a standfirst's sentence printed once
            # is the article's as much as one right under a menu (below): "Broken Pledge" / "The mayor's
            # promise to fix the ferry has come to nothing." A line the page prints again word for word (a
            # form's legal line) is the frame's.
            once = page.counts[_key(page.content[i])] == 1
            under_title = previous is None and nwords[i] >= STANDFIRST_MIN_WORDS and once
            if before and own is None and section is None and (previous == "navigation" or under_title) \
                    and (stripped[i].rstrip("\"”'’").endswith(".") or (nwords[i] > HEADLINE_MAX_WORDS and once)) \
                    and len(_triples(_words(stripped[i])) & told) >= 2:
                # Right under a menu, a sentence the body says again in its own words is the article's
                # summary or the statement it checks ("A jury has found the mayor guilty on all 12 counts."
                # over a body that tells of the jury), not a line of the menu: a site's notice under its
                # menu ("Your weather is set to …") has nothing to do with the story, and a headline
                # there ends with no full stop.
                continue
            # A line the page prints again is taken for the standfirst only as the teaser's copy of it
            # (``_teased_with_headline``), which the seed took for a repeated headline.
            if before and own in (None, "repeated-headline") and section is None and _standfirst_under_headline(page, i, span):
                continue
            kinds[i] = own or section or previous or ("heading" if before else "related-links")
            if kinds[i] == "heading":
                titled.append(i)
            continue
        # A standfirst written as a sentence that lost its stop ("The 24-year-old died earlier this year"), under the
        # headline: not a prose line, but no title either.
        if before and section is None and _sentence_cased(page, i, PROSE_MIN_LOWER) \
                and _standfirst_under_headline(page, i, span):
            continue
        beside = _beside_byline(i, nwords, cues)
        if beside is not None:
            kinds[i] = beside
        elif seed.get(i) in ("table-of-contents", "related-links"):
            kinds[i] = seed[i]
        elif section in ("comments", "footer", "author-bio") or (section == "related-links" and runs.get(i) != "navigation"):
            kinds[i] = section
        elif seed.get(i) == "repeated-headline" and nwords[i] >= 4:
            kinds[i] = seed[i]
        else:
            kinds[i] = runs.get(i, "heading")  # a line of a menu or a list, else a title
    for i in titled:
        if _in_story_run(page, i, span):
            del kinds[i]


def _schedule(page: _Page, span: range) -> set[int]:
    """The entries of a schedule the story closes on, right under its last paragraph or under one title line
    there ("UP NEXT"): lines that each name the day of a game or an event (``ENTRY_DAY_RE``), such as a calendar
    of a month's conventions ("Jan. 15-17: Boat Show, Hampton Inn, 700") or a team's next games ("Lakers: Visit
    the Thunder on Friday."), ``ENTRIES_MIN`` of them at least. They read as a list of links (short lines, no
    sentence), but they are the story's data: a list of links under a story dates its headlines in full, if at
    all, and stands under a title of its own ("Related", "Most Read")."""
    def entry(k: int) -> bool:
        return k in span and k not in page.kinds and page.cues[k] is None and not page.prose[k] \
            and bool(ENTRY_DAY_RE.search(page.stripped[k])) and not FULL_DATE_RE.search(page.stripped[k])

    first = span.start
    if not entry(first) and first in span and page.cues[first] is None and not page.prose[first] \
            and page.nwords[first] <= KICKER_MAX_WORDS:
        first += 1
    k = first
    while entry(k):
        k += 1
    return set(range(first, k)) if k - first >= ENTRIES_MIN else set()


def _standfirst_under_headline(page: _Page, i: int, span: range) -> bool:
    """Paragraph ``i`` above the body is the standfirst, the article's own summary (CONVENTIONS.md item 1), though
    ``_standfirst`` missed it: printed once, right under the headline (a title line printed once and taken for a
    heading, with no full stop, under a label or a menu rather than under another paragraph, as a teaser's title
    would be) and over the byline, with only furniture between (a newsletter prompt, the lead picture's caption,
    a share bar, a word or two of the site's name or section): "Harbour ferry to run again by spring" / "The mayor's
    promise to fix the ferry is kept, at a cost of $4 million." / "By Jane Doe"."""
    kinds, cues, prose, stripped, nwords = page.kinds, page.cues, page.prose, page.stripped, page.nwords
    # Printed again elsewhere (a box's blurb, the frame's words), the line is the frame's; and the line over it is
    # the headline only if printed once too (a site's notice over the headline may be printed again under it).
    # Unless the page prints the two again only as a pair, in its list of stories (``_teased_with_headline``): the
    # headline is then taken for a repeated one.
    # The headline may have been taken for the last item of the menu over it (a title line of four words or more
    # with no stop closing it, under a label or a menu's line, not a paragraph: "News" / "Harbour ferry to run
    # again by spring").
    teased = i >= 2 and page.counts[_key(page.content[i])] > 1 and _teased_with_headline(page, i)
    if i < 2 or (page.counts[_key(page.content[i])] > 1 and not teased) \
            or kinds.get(i - 1) not in ("heading", "navigation", *(("repeated-headline",) if teased else ())) \
            or (page.counts[_key(page.content[i - 1])] > 1 and not teased) or prose[i - 2] \
            or nwords[i - 1] < HEADING_MIN_WORDS or stripped[i - 1].endswith("."):
        return False
    for j in range(i + 1, span.stop):
        if cues[j] == "byline":
            return True
        # A link box's label between ("READ MORE") makes the line over it the box's title, not a summary.
        if prose[j] or not (cues[j] in HEADER_FURNITURE or j in kinds or (cues[j] is None and nwords[j] <= 2)):
            return False
    return False


def _teased_with_headline(page: _Page, i: int) -> bool:
    """Line ``i``, under the headline (line ``i - 1``), is printed again only in the page's own list of stories,
    which teases this very article by its headline, a section label and its standfirst ("Top Stories" / "Harbour
    ferry to run again by spring" / "Transport" / "The mayor's promise to fix the ferry is kept."): the two are printed
    as often, and every later copy of the line stands within two lines under a copy of the headline."""
    keys = [_key(ln) for ln in page.content]
    line, headline = keys[i], keys[i - 1]
    if page.counts[line] != page.counts[headline]:
        return False
    later = [j for j in range(i + 1, len(keys)) if keys[j] == line]
    return len(later) == page.counts[line] - 1 and all(headline in keys[max(0, j - 2):j] for j in later)


def _in_story_run(page: _Page, i: int, span: range) -> bool:
    """Paragraph ``i`` above the body, taken for a title, stands inside the story's own run of paragraphs: under
    the byline or a paragraph left to the article, over a paragraph left to the article (one the body retells, or
    the standfirst): "5 Oct 2030" / "Fire crews were called to the quay …" / "The harbour master said …". A headline
    or a site's notice has a label, a menu or another title above it; a caption has the byline under it."""
    kinds, cues, prose = page.kinds, page.cues, page.prose

    def kept(k: int) -> bool:
        return k in span and prose[k] and cues[k] is None and k not in kinds

    return i > 0 and i + 1 in span and (cues[i - 1] == "byline" or kept(i - 1)) and kept(i + 1)


def _beside_byline(i: int, nwords: list[int], cues: list[str | None]) -> str | None:
    """The headline above or below a byline, or a name or place beside a byline's date."""
    below = i > 0 and cues[i - 1] == "byline"
    above = i + 1 < len(cues) and cues[i + 1] == "byline"
    if not below and not above:
        return None
    if nwords[i] <= 5 and not (above and nwords[i] >= 3 and not below):
        return "byline"
    return "heading" if nwords[i] >= 3 else None


def _summary(page: _Page, span: range) -> set[int]:
    """The lines of a summary in points above the body: those right under its label
    (``SUMMARY_LABEL_RE``), each of several words and marked by no cue, up to the first that is not."""
    out: set[int] = set()
    for i in span:
        if page.cues[i] is None and SUMMARY_LABEL_RE.fullmatch(page.stripped[i].rstrip(":")):
            j = i + 1
            while j < min(span.stop, i + 1 + SUMMARY_MAX_LINES) and page.cues[j] is None \
                    and page.nwords[j] >= SUMMARY_MIN_WORDS:
                out.add(j)
                j += 1
    return out


def _runs(page: _Page, span: range, seed: dict[int, str], skip: set[int] | None = None) -> dict[int, str]:
    """The kind of each line in a run of three or more short lines that nothing else marks: a
    menu, or a list of links when most of its lines are headlines (four words or more, not menu
    rows of dozens). A shorter run is left out (its lines are headings). Lines in ``skip`` (a
    summary's) belong to no run."""
    def member(j: int) -> bool:
        return (j not in (skip or ()) and not page.prose[j] and page.cues[j] in (None, "navigation")
                and seed.get(j) in (None, "heading", "repeated-headline"))

    out: dict[int, str] = {}
    i = span.start
    while i < span.stop:
        if not member(i):
            i += 1
            continue
        j = i
        while j < span.stop and member(j):
            j += 1
        if j - i >= 3:
            headlines = sum(4 <= page.nwords[k] <= 20 for k in range(i, j))
            kind = "related-links" if headlines >= 0.4 * (j - i) else "navigation"
            out.update(dict.fromkeys(range(i, j), kind))
        i = j
    return out


def mask(text: str, regions: list[RegionSpan]) -> str:
    """``text`` with every region blanked by spaces; newlines and all offsets are kept."""
    chars = list(text)
    for region in regions:
        for k in range(region.start, region.end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def first_overlapping(regions: list[RegionSpan], start: int, end: int) -> RegionSpan | None:
    """The first of ``regions`` that overlaps ``start..end`` (a linear scan; RegionIndex bisects)."""
    for region in regions:
        if overlaps(region.start, region.end, start, end):
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
