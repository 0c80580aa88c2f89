"""Speech: direct quotes, and attributions of what a source said, wrote or believes with the
content attributed (a bare "officials said" is no claim)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ...anchoring import overlaps
from ..lexicon import (
    AGENT_NOUNS,
    ASCRIBING_VERBS,
    CALL_VERBS,
    CLAUSE_REPORTING_VERBS,
    COGNITION_VERBS,
    COURT_NOUNS,
    CRY_VERBS,
    DOCUMENT_FINDING_VERBS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    EXPECTING_VERBS,
    FORECAST_VERBS,
    MIN_QUOTE_WORDS,
    NAMING_VERBS,
    QUOTE_MARKS,
    QUOTE_PAIRS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    RULING_VERBS,
    STANCE_VERBS,
    STAND_VERBS,
    YES_NO_OPENERS,
)
from ..syntax import (
    clause_of,
    content_key,
    doc_text,
    finite,
    first_person,
    infinitive,
    negated,
    np_end,
    own_subject,
    passive,
    phrase_chars,
    predicate_end,
    speculative,
    stop_at,
    subject,
    that_clause,
    verb_lemma,
)
from . import Candidate, Sentence
from .clauses import is_state

SPEAKING_VERBS = REPORTING_VERBS | {"ask", "quote"}
# Reporting verbs whose passive subject is the one told ("Officials were told that ..."): still a report.
RECIPIENT_VERBS = frozenset("tell warn inform advise assure remind ask quote".split())
# People whose finding is a report of it ("scientists at the university found ...").
RESEARCHER_NOUNS = frozenset("scientist researcher investigator analyst economist expert auditor inspector "
                             "statistician".split())
# Modals of a guess: a second reported clause under one is no claim ("and that it might have
# stalled"); one under "will" is what the source says will happen ("but will continue to play").
GUESSING_MODALS = frozenset("may might could".split())
SPEECH_VERBS = REPORTING_VERBS | COGNITION_VERBS | STANCE_VERBS
# Verbs of speaking out that only a speaker does: with "it" as the subject, "it" is a firm, a
# court or an agency named before ("It noted that the product had been listed", "it said it would
# reinvest the runoff"), not the article's own "It explains why ..." or "It shows that ...".
SPEAKER_VERBS = frozenset("say tell announce note add report claim allege assert declare insist "
                          "confirm deny admit acknowledge warn argue contend maintain reiterate stress "
                          "emphasize reply respond counter concede disclose".split())
# "From X's perspective": nouns of a point of view.
PERSPECTIVE_NOUNS = frozenset("perspective view eyes standpoint viewpoint opinion vantage mind".split())
# Words a title leaves in lower case ("The Lord of the Rings").
TITLE_SMALL_WORDS = frozenset("a an the of and or nor but for to in on at by with from as".split())
# The dependents of a reporting verb that carry what was said.
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
# Verbs whose object names the listener, not the message: "told investigators that ...".
ADDRESSEE_VERBS = frozenset("tell inform warn assure remind notify advise brief".split())
# Clause links along which an attributed clause goes on ("said X and that Y", "said X because Y").
FOLDING_DEPS = frozenset({"ccomp", "conj", "advcl", "xcomp", "parataxis", "pcomp", "dep"})
# Verbs of refusing what their infinitive says ("declined to say", "refused to reveal").
REFUSING_VERBS = frozenset("decline refuse".split())


def document_quotes(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges (inside the marks) of every direct quotation that is a claim: at
    least ``MIN_QUOTE_WORDS`` words, in a paragraph where someone is reported speaking, and not a
    title."""
    text = doc_text(doc)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    set_out = _set_out(doc, text, line_starts)
    if not any(mark in text for mark in QUOTE_PAIRS):
        return set_out
    quoted: dict[int, list[tuple[int, int]]] = {}
    for n, start in enumerate(line_starts):
        end = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
        if any(mark in text[start:end] for mark in QUOTE_PAIRS):
            found = _quoted(text[start:end])
            if found:
                quoted[n] = found
    # The line before a line: the nearest one with text (furniture between, a heading over a
    # quotation, is blanked out before the parse).
    def before(n: int) -> int:
        m = n - 1
        while m > 0 and not text[line_starts[m]:line_starts[m + 1]].strip():
            m -= 1
        return m

    # Who speaks is read only in the lines with a quotation and the lines before them.
    speaking: set[int] = set()
    for n in sorted({m for q in quoted for m in (before(q), q) if m >= 0}):
        end = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
        span = doc.char_span(line_starts[n], end, alignment_mode="expand")
        if span is not None and any(tok.lower_ == "according" or (tok.pos_ == "VERB" and tok.lemma_.lower() in SPEAKING_VERBS)
                                    for tok in span):
            speaking.add(n)
    out = []
    # The lines whose last quotation was kept and runs on, unclosed, into the next paragraph.
    running: set[int] = set()
    for n, found in sorted(quoted.items()):
        start = line_starts[n]
        end = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
        line = text[start:end]
        held = False  # an earlier quotation on the line was held up for its speaker's tag
        for a, b in found:
            inner = line[a:b]
            words = inner.split()
            # A short utterance that opens a sentence ("“That’s perfect,” Boudreau said", "... he said.
            # “We need help.”") is speech; one word ("“Amazing,” she said") is an exclamation.
            opens = not line[:a - 1].rstrip() or line[:a - 1].rstrip()[-1] in ".:!?"
            said = len(words) >= 2 and opens and inner.lstrip()[:1].isupper() and inner.rstrip().endswith((",", ".", "!"))
            short = (len(words) < MIN_QUOTE_WORDS and not said) or (
                inner.lstrip()[:1].islower() and len(words) < MIN_QUOTE_WORDS + 1)
            # "called his death “a crisis of public trust”": a longer quotation a verb of naming
            # takes is the source's words too, in a line with no verb of speech.
            uttered = (short and _uttered(doc, start + a, start + b)) or (
                not short and n not in speaking and _named_as(doc, start + a))
            # '“death looms large” in Gaza', '“Now it’s five or six”': a few words with their own
            # subject and finite verb are a statement someone made, not a writer's scare quote.
            uttered = uttered or (short and len(words) >= 2 and _whole_clause(doc, start + a, start + b))
            if short and not uttered:
                continue  # a short fragment ("will become increasingly important") is a scare quote
            # "Bloomberg: “The new restrictions could undercut ...”", "commented: "Cannabis use disorder
            # is ...": words a colon introduces are the words of whoever the clause before it names.
            introduced = not short and line[:a - 1].rstrip().endswith(":")
            # "“In hindsight, it would have been prudent to brief ...,” the report concludes": a
            # sentence that opens with its mark and ends in a comma inside it is held up for its
            # speaker's tag, whatever verb the tag has ("concludes", "continued", "fumed").
            tagged = len(words) >= MIN_QUOTE_WORDS and opens and inner.lstrip()[:1].isupper() \
                and inner.rstrip().endswith(",")
            # '“My first thoughts were ...,” she shares with InStyle. “It was a huge decision ...”': a
            # sentence quoted after that tag, on the same line, goes on the same speaker's words.
            introduced = introduced or tagged or (held and not short and opens and inner.lstrip()[:1].isupper())
            held = held or tagged
            # "...justifying its proposed increase:\n“The portion of the portfolios allocated to public
            # equities is much more volatile ...”": a paragraph that is one quoted statement, nothing
            # before or after its marks, is set apart as someone's words, named around it or not. Not
            # when the paragraph before leaves its quotation open: then it goes on that quote (below).
            alone = not short and not line[:a - 1].strip(" •") and not line[b:].strip(" .,”\"’\n") \
                and inner.lstrip()[:1].isupper() and not _open_at_end(quoted.get(before(n)), text, line_starts, before(n))
            # '... Ahmed says.\n“Commercially, it doesn’t make sense.\n“In a perfect world ..., you won’t
            # have to worry about ammonia.\n“However, ...”': news style opens each paragraph of a long
            # quotation with a mark and closes only the last; a paragraph that goes on a kept quotation
            # the one before left open is that speaker's words, its first sentence a quote of its own.
            goes_on = not line[:a - 1].strip() and before(n) in running
            # 'The keeper spent the first winter on the island alone. “Our boat sank in the harbour
            # ...”': the one quotation of a paragraph, opening a sentence after the paragraph's own and
            # closing the paragraph, is the words of the person the paragraph is about.
            closes = not short and opens and len(found) == 1 and line[:a - 1].strip() != "" \
                and not line[b:].strip(" .,”\"’\n") and inner.lstrip()[:1].isupper()
            if n not in speaking and not (before(n) in speaking and a <= 1) and not uttered and not introduced \
                    and not alone and not goes_on and not closes:
                continue
            content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
            capitals = sum(w[:1].isupper() for w in content)
            if content and capitals >= 0.8 * len(content) and not inner.rstrip().endswith((".", "!", "?", ",")):
                continue  # a title ("History of the Jews in Albania"), not speech
            out.append((start + a, start + b))
            if (a, b) == found[-1] and _open_at_end(found, text, line_starts, n):
                running.add(n)
    # '“We got letters. Some called us “cranks”, ...\nThen the council wrote ...\nNone of it was true.”':
    # a quotation of several paragraphs may open with its mark on the first alone and close on the
    # last; a kept quotation that opens such a run is one quotation, its first sentence the claim.
    for n in sorted(quoted):
        line = text[line_starts[n]:line_starts[n + 1] if n + 1 < len(line_starts) else len(text)]
        a = line_starts[n] + len(line) - len(line.lstrip()) + 1
        if a not in {q[0] for q in out}:
            continue
        close = _runs_on(text, line_starts, n)
        if close is not None:
            out = [q for q in out if not a <= q[0] < close] + [(a, close)]
    out.sort()
    if set_out:
        # A quotation inside a set-out statement ("(“BlackBerry”)") is a part of its author's words.
        out = sorted(set_out + [q for q in out if not any(a <= q[0] < b for a, b in set_out)])
    return out


# What a line introducing a statement set out below it names ("Here's the full statement:", "said in
# a release:"), and the verbs that introduce someone's words that way ("The statement reads:",
# "as the Times explains:", "He adds:").
STATEMENT_NOUNS = frozenset("statement release announcement".split())
SETTING_OUT_VERBS = frozenset("say state add explain write tweet declare announce read".split())


def _set_out(doc: Doc, text: str, starts: list[int]) -> list[tuple[int, int]]:
    """A paragraph with no quotation mark of its own that a line ending in a colon introduces as
    someone's words ("In a statement, the company said:", "The announcement reads:", "as the report
    explains:"): the line names a statement, release or announcement near its colon, or its last
    verb is one of saying with at most a few words after it. Each sentence of a statement set out so
    is a quote of its author's; words introduced by a verb alone are one quotation (its first
    sentence the claim, as for a long quotation in marks). ``starts`` holds where each line of
    ``text`` starts."""
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if not line.rstrip().endswith(":"):
            continue
        m = n + 1
        while m < len(lines) and not lines[m].strip():
            m += 1
        if m >= len(lines):
            continue
        para = lines[m]
        body = para.strip()
        a = starts[m] + len(para) - len(para.lstrip())
        b = a + len(body)
        if (not body[:1].isupper() and not body.startswith("[")) or not body.endswith((".", "!", "?")) \
                or any(mark in body[:1] for mark in QUOTE_PAIRS) or len(body.split()) < MIN_QUOTE_WORDS:
            continue
        intro = doc.char_span(starts[n], starts[n] + len(line.rstrip()), alignment_mode="expand")
        if intro is None or len(intro) < 2:
            continue
        tail = [t for t in intro if not t.is_punct and not t.is_space]
        verbs = [t for t in tail if t.pos_ == "VERB"]
        last_verb = verbs[-1] if verbs else None
        named = any(t.pos_ == "NOUN" and t.lemma_.lower() in STATEMENT_NOUNS for t in tail[-6:])
        spoken = last_verb is not None and last_verb.lemma_.lower() in SETTING_OUT_VERBS \
            and sum(t.i > last_verb.i for t in tail) <= 4
        if not named and not spoken:
            continue
        words = doc.char_span(a, b, alignment_mode="expand")
        if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        if not named:
            # '... explained this week:\nMeta says that attackers ...': a passage that itself reports
            # what a source says is an excerpt of someone's reporting, its claims each their own.
            if not any(t.pos_ == "VERB" and t.lemma_.lower() in SPEAKING_VERBS
                       and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in words):
                out.append((a, b))
            continue
        for sent in {t.sent.start: t.sent for t in words}.values():
            c, d = max(sent.start_char, a), min(sent.end_char, b)
            if len(text[c:d].split()) >= MIN_QUOTE_WORDS:
                out.append((c, d))
    return out


def _open_at_end(found: list[tuple[int, int]] | None, text: str, line_starts: list[int], n: int) -> bool:
    """Whether line ``n``'s last quotation is never closed (it runs on into the next paragraph)."""
    if not found or n < 0:
        return False
    end = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
    return found[-1][1] >= end - line_starts[n]


# How many paragraphs with no quotation mark of their own a quotation may run over.
MAX_RUN_PARAGRAPHS = 8


def _mark_balance(para: str, mark: str) -> int:
    """How many quotations ``para`` leaves open (a negative count: closes ones opened before it).
    Curly marks nest (“... “cranks” ...); a straight mark opens or closes by its count alone."""
    if mark == '"':
        return para.count('"') % 2
    return para.count("“") - para.count("”")


def _runs_on(text: str, line_starts: list[int], n: int) -> int | None:
    """Where a quotation that opens paragraph ``n`` with its mark and leaves it open closes, when
    the paragraphs after it carry no mark that opens or closes one until the one that closes it
    (no tag after the close on a line that opens no quotation of its own); None otherwise. A
    paragraph that opens with a mark of its own goes on the quote by another rule (``goes_on``)."""
    def para(k: int) -> str:
        end = line_starts[k + 1] - 1 if k + 1 < len(line_starts) else len(text)
        return text[line_starts[k]:end]

    first = para(n).lstrip()
    mark = first[:1]
    closer = "”" if mark == "“" else '"'
    # Pages mix straight and curly marks ("“The engagement has been amazing," he said); counted
    # apart, a mixed pair looks left open. A run is read only where one kind of mark is used.
    other = '"' if mark == "“" else "“”"
    if mark not in ('"', "“") or _mark_balance(first, mark) <= 0 or any(ch in first for ch in other):
        return None
    seen = 0
    for k in range(n + 1, len(line_starts)):
        body = para(k).strip()
        if not body:
            continue
        if body[:1] in QUOTE_PAIRS or seen >= MAX_RUN_PARAGRAPHS or any(ch in body for ch in other):
            return None
        balance = _mark_balance(body, mark)
        if (mark == "“" and balance < 0) or (mark == '"' and balance):
            # The closing paragraph: its first mark (for straight marks) or its first closer with
            # no opener before it (for curly ones) ends the quotation.
            depth = 0
            for i, ch in enumerate(body):
                if mark == "“" and ch == "“":
                    depth += 1
                elif ch == closer:
                    if depth == 0:
                        return line_starts[k] + len(para(k)) - len(para(k).lstrip()) + i
                    depth -= 1
            return None
        if balance:
            return None
        seen += 1
    return None


# Verbs whose object may be a source's words however few: speech, a cry, a name given to a thing.
UTTERING_VERBS = REPORTING_VERBS | CRY_VERBS | NAMING_VERBS


def _uttered(doc: Doc, start: int, end: int) -> bool:
    """A short quotation that is the object of a verb of speech, of crying out or of naming ("he
    said “not much”", "yelled “shark attack!”", "called it “immaterial”", "slammed the hearings as a
    “disgrace”"): the words a source used, not the writer's scare quote ("said the plan was “too
    risky”": the quote is a part of the reported clause)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    if head.dep_ == "prep" and head.lower_ in ("as", "to"):
        head = head.head  # "described it as “improper”", "likens X to a “Hollywood movie”"
    # The quote is the whole object but for its article: in "what he called the Covid “crisis”" or
    # "was being “raided”" a word of the writer's phrase is quoted. A thing named in the passive or
    # by a participle ("a scheme called “zero rating”", "has been called the “agency model”") is
    # named by no one in particular; a word before its verb ("“Amazing,” she said") is a cry.
    whole = all(span.start <= t.i < span.end or t.is_punct or t.dep_ == "det" for t in root.subtree)
    # "telling them to “believe in yourselves”": what one is told to do is no one's words.
    if whole and head.pos_ == "VERB" and head.lemma_.lower() in UTTERING_VERBS and head.i < span.start \
            and root.dep_ != "xcomp" and not passive(head) \
            and not (head.tag_ == "VBN" and head.dep_ in ("acl", "amod", "relcl")):
        return True
    # "heard an officer yell: “Come down!”": the parser may make the cry a sentence of its own.
    k = span.start - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    return k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in CRY_VERBS


def _whole_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words ``start..end`` are a whole clause: a finite verb whose subject
    opens the quotation, both inside the marks ("told the court that “death looms large” in
    Gaza", "“it’s a hoax”"), not a predicate the writer's sentence supplies the subject for ("were
    “very good”"). Not a clause the writer's sentence uses as a part of its own: one asking "what"
    ("descriptive analytics, or “what happened”"), one that names a noun after it ("the “it’s just
    too much” talk"), one a writer's "before" or "if" subordinates ("before “they do their job,”")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN"):
        return False
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        if any(c.dep_ == "mark" and c.lower_ != "that" and not span.start <= c.i < span.end for c in verb.children):
            continue
        subj = own_subject(verb)
        if subj is not None and subj.tag_ in ("WP", "WDT"):
            continue
        if subj is not None and finite(verb) and span.start <= subj.left_edge.i and subj.i < verb.i < span.end:
            # Only adverbs, interjections or punctuation before the subject ("Now it’s ...").
            if all(t.pos_ in ("ADV", "INTJ", "PUNCT", "CCONJ") for t in doc[span.start:subj.left_edge.i]):
                return True
    return False


def _named_as(doc: Doc, start: int) -> bool:
    """A quotation of a few words or more that a verb of naming, the nearest verb before it in its
    sentence, gives as what a source calls a thing ("called his death “a crisis of public trust”
    within the prison system", "called the rules “an injustice to the courts.”"): the source's
    words, though no verb of speech is near. Read on the surface, since the parser hangs such a
    phrase anywhere (an apposition of the object, a modifier of a word inside it); a participle
    before its noun ("the proposed rules") is no verb here. Not a verb that names in the passive or
    as a participle ("a plan called “a fresh start for our towns”": named by no one in particular),
    nor "called for" (a demand)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    verb = next((t for t in reversed(doc[first.sent.start:first.i])
                 if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"), None)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS \
        and not passive(verb) and not (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")) \
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


# A double opening mark may be closed by the other kind of double mark: pages mix straight and
# curly ones ("“The end of the year is a popular time," she said).
DOUBLE_MARKS = ('"', "”")


def _quoted(line: str) -> list[tuple[int, int]]:
    """Offsets of the text between matching quotation marks in one line (outermost only). A
    double mark that is never closed opens a quotation running to the end of the line: a quote
    that goes on into the next paragraph has no closing mark at the end of this one."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(line):
        ch = line[i]
        closer = QUOTE_PAIRS.get(ch)
        if closer is None or (ch == "‘" and (i > 0 and line[i - 1].isalnum())):
            i += 1
            continue
        if line[i + 1:i + 2] == ch:
            i += 1  # a doubled mark ('""Tim's 13 years ...," he said', a scraper's slip) opens one quote
            continue
        if closer in DOUBLE_MARKS:
            found = [k for k in (line.find(mark, i + 1) for mark in DOUBLE_MARKS) if k >= 0]
            j = min(found) if found else len(line)
        else:
            j = i + 1
            while True:
                j = line.find(closer, j)
                # A closing ’ inside a word is an apostrophe ("there’s"), not the end of the quote.
                if j < 0 or closer != "’" or j + 1 >= len(line) or not line[j + 1].isalnum():
                    break
                j += 1
            if j < 0:
                break
        out.append((i + 1, j))
        i = j + 1
        if j < len(line) and line[i:i + 1] == line[j]:
            i += 1  # the doubled mark closing it ('... ""muddle through"" Afghanistan') opens nothing
    return out


def quotes(s: Sentence) -> list[Candidate]:
    """A quotation that starts in this sentence; its focus is the quoted words up to the end of
    the sentence (the first sentence of a long quote is enough), without the closing punctuation."""
    sent = s.span
    text = doc_text(s.doc)
    out = []
    found = s.facts.quotes
    for k, (a, b) in enumerate(found):
        if not sent.start_char <= a < sent.end_char:
            continue
        if k and _opened_by(s.doc, text, found[k - 1], (a, b)):
            continue  # the rest of a sentence whose quoted opening (below) took it in
        end = min(b, sent.end_char)
        span = sent
        rest = found[k + 1] if k + 1 < len(found) and _opened_by(s.doc, text, (a, b), found[k + 1]) else None
        if rest is not None:
            # '“From now on,” he quipped, “I’m going to expect ...”', '"The people who control
            # popularity," says Munn, "are the people who are not popular."': an opening with no
            # clause of its own says nothing until the words after the tag; the claim runs on
            # through them to the end of their sentence.
            following = s.doc.char_span(rest[0], rest[0] + 1, alignment_mode="expand")
            if following is not None:
                last = following[0].sent
                end = min(rest[1], last.end_char)
                span = s.doc[min(sent.start, last.start):max(sent.end, last.end)]
        elif len(text[a:end].split()) < 2 and end < b and sent.end < len(s.doc):
            # "“Incorrect. He will not be performing,” the publicist said": a one-word answer
            # opens what the speaker says; the quote runs on through the next sentence, and the
            # claim's span takes in both.
            following = s.doc[sent.end].sent
            end = min(b, following.end_char)
            span = s.doc[sent.start:following.end]
        piece = text[a:end]
        stripped = piece.rstrip(" ,.;:\n")
        lead = len(piece) - len(piece.lstrip())
        words = stripped.split()
        if not words or (len(words) < 2 and end < b) or (
                stripped.endswith("?") and (len(words) < MIN_QUOTE_WORDS or words[0].lower() in YES_NO_OPENERS)):
            # One word cut off from the rest of its quote ("Yes." at a paragraph's end; a word a verb
            # of speech or naming takes whole, "called it “immaterial”", stays), a short question
            # ("Oh, really?"), a question asking for a yes or a no ("Is anyone being attacked in
            # your house?"): nothing asserted.
            continue
        if stripped.endswith("?") and _put_to(s, a, b):
            # '“What do you see as the biggest problem?” a reporter asked the judge': a question put
            # to someone to answer asks for a claim and makes none (an asked question without the
            # one asked, '“Why are we paying them?” the senator asked', is often an assertion).
            continue
        if _title(stripped):
            continue  # "The Case for Colonialism": the title of a work, not words someone said
        if _imagined(s, a):
            # "Why not say, “Let’s be kind”", "you may be thinking, “...”", "even if the network
            # goes, “We don’t want that”": words someone might say, put in no one's mouth.
            continue
        # An earlier quotation on the same line, the part a quotation opening with "and" or "but" goes on.
        split = k > 0 and "\n" not in text[found[k - 1][1]:a]
        if (split and words[0] in CONTINUING_WORDS) or (k and _split_from(s.doc, text, found[k - 1], (a, b))):
            # "“..., and then I maxed it all out”", "“The trouble is, when a ferry breaks down,” he said,
            # “you wait a week”": the rest of a quotation split by its "he said"; the quotation's first
            # part is the claim. With no part before it on its line ('Efforts were made to find out
            # about his past, "but we haven't found a clue," according to an official'), the words are
            # the whole quotation, the speaker's claim.
            continue
        said = stripped if rest is None else text[a:b] + " " + text[rest[0]:end].rstrip(" ,.;:\n")
        out.append(Candidate(span, a + lead, a + len(stripped), "quote", "quote.direct", None,
                             key="quote:" + " ".join(said.lower().split())))
    return out


def _opened_by(doc: Doc, text: str, first: tuple[int, int], rest: tuple[int, int]) -> bool:
    """Whether quotation ``first`` opens a sentence with a phrase that has no clause of its own
    ("From now on,", "In the old days,", "The people who control popularity,") and ``rest`` goes on
    with the sentence after the speaker's tag on the same line (', he quipped, “')."""
    (a, b), (c, _) = first, rest
    opening = text[a:b].strip()
    before = text[text.rfind("\n", 0, a) + 1:a - 1].rstrip()
    if not opening.endswith(",") or not opening[:1].isupper() or (before and before[-1] not in ".:!?"):
        return False
    if not re.fullmatch(r"\s*[”\"]\s*[^“”\"\n.!?;:]{2,60},\s*[“\"]\s*", text[b:c]):
        return False
    tag = doc.char_span(b, c, alignment_mode="expand")
    words = doc.char_span(a, b, alignment_mode="contract")
    if tag is None or words is None or not any(t.pos_ == "VERB" for t in tag):
        return False
    return not _own_clause(words)


def _own_clause(words: Span) -> bool:
    """A subject with its verb inside the quoted ``words`` makes them a clause ("That can be true,");
    a relative clause ("who control popularity") only describes a noun."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and words.start <= t.head.i < words.end
               and t.head.dep_ not in ("relcl", "acl") for t in words)


def _split_from(doc: Doc, text: str, first: tuple[int, int], rest: tuple[int, int]) -> bool:
    """Whether quotation ``rest`` goes on, in lower case, the sentence of quotation ``first``, a clause
    of its own ending in a comma, after the speaker's tag between them on the same line ("“The trouble
    is, when a ferry breaks down,” he said, “you wait a week”"): the second part of a quotation split
    by its tag."""
    (a, b), (c, d) = first, rest
    opening = text[a:b].strip()
    said = text[c:d].split()
    # A part that opens with a conjunction is left to ``CONTINUING_WORDS``, which takes the bare word
    # only ("and then ..."): one with an aside after it ("but, of course, ...") stays a quote.
    if not opening.endswith(",") or not said or not said[0][:1].islower() \
            or said[0].strip(",;:") in CONTINUING_WORDS:
        return False
    if not re.fullmatch(r"\s*[”\"]\s*[^“”\"\n.!?;:]{2,60},\s*[“\"]\s*", text[b:c]):
        return False
    words = doc.char_span(a, b, alignment_mode="contract")
    if words is None:
        return False
    # "“The worry is,” she said, “spare parts ...”": an opening that stops at its main verb waits
    # for the words after the tag to say what it says.
    last = [t for t in words if not t.is_punct]
    return _own_clause(words) and bool(last) and last[-1] != words.root


TITLE_MAX_WORDS = 10
# Lowercase conjunctions a quotation's later part opens with when its speaker is named midway.
CONTINUING_WORDS = frozenset("and but then or".split())


def _put_to(s: Sentence, a: int, b: int) -> bool:
    """A verb of asking outside the quotation ``a..b``, with the one asked as its object ("King
    asked Scott", "asked him"), in its sentence or in the tag the parser splits off after a question
    mark ('“What ...?” King asked Scott.', on the same line)."""
    doc, sent = s.doc, s.span
    tokens = list(s.tokens)
    if sent.end < len(doc) and "\n" not in doc_text(doc)[b:doc[sent.end].idx]:
        tokens += list(doc[sent.end].sent)
    # Asked to do something ("asked him to leave") is a request, not the tag of the question.
    return any(t.pos_ == "VERB" and t.lemma_.lower() == "ask" and not a <= t.idx < b and any(
        c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON") and not a <= c.idx < b
        for c in t.children) and not any(c.dep_ in ("xcomp", "ccomp") and not a <= c.idx < b for c in t.children)
        for t in tokens)


# Words that make a clause a condition: what it says has not happened.
CONDITION_MARKS = frozenset("if unless".split())


def _imagined(s: Sentence, a: int) -> bool:
    """The verb that introduces the quotation opening at ``a`` ("..., say, “”") tells speech that
    may or might happen, not speech that did: the reader's ("you may be thinking"), in an "if" clause,
    a bare verb with no subject ("Why not say, “...”"), the subject of its sentence ("saying “that
    looks nice” is a deflated way to end the year"), or a question ("Does he ever say, “...”?")."""
    doc = s.doc
    k = next((t.i for t in s.tokens if t.idx <= a - 1 < t.idx + len(t.text)), None)
    if k is None:
        return False
    # Only a verb that sets the words off with a comma or a colon introduces them as said ("say,
    # “...”"); "could read “fluently enough”" quotes a word of the reported clause.
    if k - 2 < s.span.start or doc[k - 1].text not in (",", ":") or doc[k - 2].pos_ != "VERB":
        return False
    verb = doc[k - 2]
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "come to you and say": the question's "Does" is on "come"
    auxes = [c for c in (*verb.children, *clause.children) if c.dep_ in ("aux", "auxpass")]
    subj = subject(clause)
    # "you may be thinking, “...”": the reader's might-be words ("the agency may meet with Boeing
    # and say, “...”" is a source's expected words, quoted as such).
    if subj is not None and subj.lower_ == "you" and any(c.lower_ in GUESSING_MODALS for c in auxes):
        return True
    if verb.dep_ == "csubj" or any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return True
    if subj is None:
        return verb.tag_ == "VB" and not auxes and clause.dep_ == "ROOT"
    return any(c.i < subj.i for c in auxes)  # "Does he ever say": the auxiliary put first


def _title(quoted: str) -> bool:
    """Quoted words that are a title: a few words, each capitalized but the small ones."""
    words = re.findall(r"[\w'’-]+", quoted)
    return 2 <= len(words) <= TITLE_MAX_WORDS and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _in_quote(s: Sentence, token: Token) -> bool:
    return any(a <= token.idx < b for a, b in s.facts.quotes)


def _content(verb: Token) -> list[Token]:
    """The clause(s) a reporting verb reports: its clausal object, or the main clause it is
    tacked onto ("The plane disappeared, officials said") or set into ("The plane, officials said,
    disappeared")."""
    # A parenthetical report before the verb ("His partner, he says, told him ...") is a report of
    # this clause, not what it reports.
    found = [c for c in verb.children if c.dep_ in CONTENT_DEPS and c.pos_ in ("VERB", "AUX")
             and not (c.dep_ == "parataxis" and c.i < verb.i and _medial(c))
             and not (c.i > verb.i and _object_source(c) is not None)]
    # "The authors studied price rises; they estimated that X": a clause the parser hangs before
    # the verb across a semicolon is a sentence of its own when the verb has its clause after it.
    if any(c.i > verb.i for c in found):
        found = [c for c in found if c.i > verb.i or not any(t.text == ";" for t in verb.doc[c.right_edge.i + 1:verb.i])]
    if not found and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and (
            verb.head.i < verb.i or _medial(verb)):
        found = [verb.head]
    if not found and verb.dep_ in ("conj", "advcl", "ccomp") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i < verb.i and _object_source(verb) is not None:
        found = [verb.head]  # "Roof stood emotionless, reported Alexandra Olgin"
    return found


# Where the parser hangs a source put after its verb when it takes it for the verb's object.
OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr"})


def _object_source(verb: Token) -> Token | None:
    """The source of a reporting verb set off after what it reports, with the source after it,
    that the parser took for the verb's object ("Roof stood emotionless, reported Alexandra Olgin",
    "The claims reflected reality, reported MSNBC"): a name right after the verb that ends the
    sentence, the verb without a subject of its own."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or doc[verb.i - 1].text != "," \
            or verb_lemma(verb, REPORTING_VERBS) not in REPORTING_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    after = [c for c in verb.rights if not c.is_punct]
    if len(after) != 1 or after[0].dep_ not in OBJECT_DEPS or after[0].left_edge.i != verb.i + 1:
        return None
    source = after[0]
    if source.pos_ != "PROPN" and source.ent_type_ not in ("ORG", "PERSON", "NORP", "GPE"):
        return None
    # Nothing after the source's phrase but the end of the sentence.
    if not all(t.is_punct or t.is_space for t in doc[source.right_edge.i + 1:verb.sent.end]):
        return None
    return source


def _medial(verb: Token) -> bool:
    """"Those signs, he says, will now be posted outside": a reporting clause set off by commas
    inside the main clause it reports (not inside a relative clause: "which, he said, scared the
    man off" says what the article's noun did)."""
    doc = verb.doc
    head = verb.head
    first, last = verb.left_edge.i, verb.right_edge.i
    if first > 0 and doc[first].text != ",":
        first -= 1
    if last + 1 < len(doc) and doc[last].text != ",":
        last += 1
    # "“With a little help,” Challenger says, “nature can recover”": a direct quote split by its
    # speaker; the quote is the claim.
    return head.i > verb.i and head.dep_ not in ("relcl", "acl") and head.left_edge.i < first \
        and doc[first].text == "," and doc[last].text == "," \
        and not any(t.text in QUOTE_MARKS for t in doc[max(first - 1, 0):last + 2])


# Pronouns of everyone or no one: a view held by them is no particular source's.
ANYONE_PRONOUNS = frozenset("anyone anybody everyone everybody nobody no-one".split())


def _no_one_in_particular(subj: Token | None) -> bool:
    """"No one I know thinks he is to blame", "grateful that anyone thinks so", "People who say
    politics is acting get it wrong": a view put in the mouth of everyone, no one or people at
    large is the writer's generalization, not a report of a specific source (CONVENTIONS: an
    attribution is by a named or specific source). "The people said", "people close to her",
    "people familiar with the talks" are sources kept unnamed, and stay."""
    if subj is None:
        return False
    if subj.lower_ in ANYONE_PRONOUNS or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.lefts)):
        return True
    return subj.lower_ == "people" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep", "acl") for c in subj.children)


def _source_ok(verb: Token, lemma: str) -> Token | Literal[False] | None:
    """The source of the report, False if it cannot be one (first person, a pronoun "it" with a
    verb of data, everyone or no one in particular, no source at all)."""
    subj = subject(verb)
    if subj is None:
        # "As a diplomat told X": the parser hangs the speaker on "as".
        as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i), None)
        subj = next((c for c in as_prep.children if c.dep_ == "pobj"), None) if as_prep is not None else None
    if subj is not None and subj.lower_ == "it":
        if subj.dep_ == "nsubj" and subj.head.i == verb.i and lemma in SPEAKER_VERBS and not passive(verb):
            return subj  # "It noted that the product had been listed": a firm or court told of before
        return False
    if subj is None or first_person(subj) or subj.lower_ in ("this", "that", "which", "what"):
        return False  # the article's own "It explains why ...", not a source
    if _no_one_in_particular(subj):
        return False
    if lemma in DOCUMENT_VERBS and not _document(subj) and subj.lemma_.lower() not in RESEARCHER_NOUNS \
            and subj.ent_type_ not in ("ORG", "PERSON") and not _found_that(verb):
        return False  # "they found X": a finding of no one named (a study, scientists, Pew: a report)
    return subj


def _found_that(verb: Token) -> bool:
    """"found" with its clause opened by "that" after it ("Earlier work has found that ...", "the
    inspector found that most exits were locked"): a finding told, whoever found it. Without
    "that" the clause may be what was found lying there ("found the car abandoned"); "shows that"
    after a thing ("a second try shows that") and "will find that" are the writer's own say."""
    return verb.lemma_.lower() == "find" and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and any(
        c.dep_ == "ccomp" and c.i > verb.i and that_clause(c) for c in verb.children)


# Words that pick a part of what an "of" phrase names: "one of these analyses", "a number of studies".
PART_WORDS = frozenset("one some many most several all both each number series handful couple".split())


def _document(noun: Token) -> bool:
    """``noun`` is a document or a body of data ("Data from the bureau shows", whose lemma is
    "datum"), or picks some of them ("One of these analyses shows", "a number of studies show")."""
    if {noun.lower_, noun.lemma_.lower()} & DOCUMENT_NOUNS:
        return True
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (noun.lower_ in PART_WORDS or noun.like_num) and obj is not None \
        and bool({obj.lower_, obj.lemma_.lower()} & DOCUMENT_NOUNS)


def attributions(s: Sentence) -> list[Candidate]:
    doc, sent = s.doc, s.span
    found: list[tuple[Token, list[Token], Token | None, str]] = []
    stance_claims: list[Candidate] = []
    expecting: dict[int, int] = {}  # an expectation's verb: where its focus ends (see below)
    for verb in s.tokens:
        if verb.pos_ != "VERB" or (verb.tag_ == "VBG" and own_subject(verb) is None):
            continue  # a participle (", saying X") reports for its clause's subject: see _participles
        lemma = verb_lemma(verb, SPEECH_VERBS)
        if lemma in REPORTING_VERBS:
            rule = "attribution.reporting"
        elif lemma in COGNITION_VERBS | STANCE_VERBS:
            rule = "attribution.belief"
        elif verb.lemma_.lower() in FORECAST_VERBS and not _content(verb):
            lemma, rule = verb.lemma_.lower(), "attribution.belief"  # "foresees slower growth": see below
        elif verb.lemma_.lower() in ASCRIBING_VERBS and _ascribed_to(verb) is not None:
            lemma, rule = verb.lemma_.lower(), "attribution.belief"  # "ascribe the flooding to the drains": see below
        elif verb.lemma_.lower() in CLAUSE_REPORTING_VERBS and _told_clause(verb) and not passive(verb):
            # "fretted that ...", "questioned whether ..."; "staff were informed that their jobs would
            # go" tells what befell the staff, no one's report.
            lemma, rule = verb.lemma_.lower(), "attribution.reporting"
        else:
            continue
        if _conditional(verb):
            continue  # "if they fail to tell their bosses that ...": a case the sentence sets, no report
        own = own_subject(verb)
        if passive(verb) and own is not None and own.dep_ == "nsubjpass" and own.lower_ != "it" \
                and lemma not in RECIPIENT_VERBS:
            continue  # "The tool was found on a beach": what happened to the tool, no one's report
        content = _content(verb)
        if lemma == "see" and content and all(c.tag_ == "VB" and not any(
                m.dep_ in ("mark", "aux") and m.lower_ in ("that", "to") for m in c.lefts) for c in content):
            continue  # "saw celebrities compete", "have seen their populations spike": a happening, no view
        present = verb.tag_ in ("VBZ", "VBP") or any(
            a.dep_ == "aux" and a.lemma_.lower() == "do" and a.tag_ in ("VBZ", "VBP") for a in verb.lefts)
        if lemma == "see" and not present and content and all(
                c.tag_ in ("VBG", "VBN") and own_subject(c) is not None and not any(
                    m.dep_ == "mark" for m in c.lefts) for c in content):
            # "The early game saw both teams trading kills", "speech that saw Wilders indicted", "will
            # see the agency investing in new technology": what happened or was witnessed, a happening
            # as with the bare verb above, no view. In the present ("the bank sees unemployment
            # falling to 4.5 percent", "I don't see 2015 being any different") it is a source's
            # forecast or view. The clause seen is the claim; "see" alone ("will also see") carries
            # nothing of its own.
            s.reporting.add(verb.i)
            continue
        if not content and lemma in STANCE_VERBS:
            # "Tehran views X as a direct threat": the holder, the verb and the stance.
            # "Iran considers the MEK a terrorist organization": the small clause is the stance.
            stance = next((c for c in verb.rights if (c.dep_ in ("prep", "oprd") and c.lower_ == "as")
                           or (c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ"))), None)
            if stance is not None and any(c.dep_ in ("dobj", "nsubj") for c in verb.children) and not speculative(verb):
                content = [stance]
        if not content and lemma in ASCRIBING_VERBS:
            # "Residents ascribe the flooding to the blocked drains": the holder, the verb, what it
            # lays to a cause and the cause, one view, as with "views X as Y".
            content = [t for t in [_ascribed_to(verb)] if t is not None]
        if not content and lemma in DOCUMENT_FINDING_VERBS:
            # "A new poll shows strong support for the plan": what a document reports, said with a
            # noun as the object, as with its clause ("the poll shows most voters back the plan").
            content = [t for t in [_document_finding(verb)] if t is not None]
        if not content and lemma in FORECAST_VERBS and _forecaster(verb):
            # "The fund expects meager growth next year", "forecast demand at near peak levels": a
            # forecast of a source, said with what it forecasts as the object.
            content = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"][:1]
        if not content and lemma in EXPECTING_VERBS and _own_expectation(verb):
            # "The firm expects to hire 200 people next year", "SpaceX is hoping to fly again in
            # May": what a source says it expects of itself, told as its view (CONVENTIONS: "X
            # said it expects Y" is an attribution), not the writer's forecast ("is expected to").
            # An amount it expects to lose or emit ("expects to lose $5.6 million") is a figure
            # forecast, the quantity's claim.
            content = [c for c in verb.rights if c.dep_ == "xcomp" and infinitive(c) and not any(
                o.dep_ == "dobj" and any(t.tag_ == "CD" for t in o.subtree) for o in c.children)][:1]
            if content:
                # What follows a comma (", including emissions from travel") is a claim of its own.
                expecting[verb.i] = stop_at(doc, verb.i, content[0].right_edge.i + 1)
        if not content:
            continue
        s.reporting.add(verb.i)
        if all(c.pos_ not in ("VERB", "AUX") for c in content):
            subj = _source_ok(verb, lemma)
            if subj is not False and subj is not None:
                # A cause laid to a thing starts at its verb, as annotators mark it, whatever the
                # holder's phrase ("Researchers like X from Y attribute this rise to ...").
                start = subj.left_edge.i if subj.i < verb.i and not any(
                    t.text == "," for t in doc[subj.left_edge.i:verb.i]) and subj.tag_ not in ("WDT", "WP") \
                    and lemma not in ASCRIBING_VERBS else verb.i
                end = stop_at(doc, verb.i, content[0].right_edge.i + 1)
                # "... a terrorist organization and its presence a direct threat": two stances.
                more = [c for c in content[0].rights if c.dep_ == "conj" and c.i < end]
                if more:
                    end = more[0].left_edge.i
                    while end > verb.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                        end -= 1
                a, b = phrase_chars(doc, start, end)
                s.reporting.add(verb.i)
                # A document's finding is told, not held ("The survey revealed a sharp drop").
                told = "attribution.reporting" if lemma in DOCUMENT_FINDING_VERBS else "attribution.belief"
                stance_claims.append(Candidate(sent, a, b, "attribution", told, None,
                                               key=content_key("attribution", doc, verb.i, end)))
                for c in more:
                    ca, cb = phrase_chars(doc, c.left_edge.i, stop_at(doc, c.left_edge.i, c.right_edge.i + 1))
                    stance_claims.append(Candidate(sent, ca, cb, "attribution", "attribution.belief", None,
                                                   key=content_key("attribution", doc, c.left_edge.i, c.right_edge.i + 1)))
            continue
        if all(_in_quote(s, c) for c in content):
            continue  # the reporting clause of a direct quote: the quote is the claim
        subj = _source_ok(verb, lemma)
        inverted = _object_source(verb)
        if inverted is not None:
            subj = inverted  # not the subject of the clause it is tacked onto ("Roof" in the example)
        if speculative(verb) or subj is False:
            # "will doubtless argue there was nothing to gain", "I think it is": what the clause
            # says is not asserted, so it is no claim either (a verb of data with another
            # subject, "they found X", is no report: its clause stays a claim of its own).
            if speculative(verb) or first_person(subject(verb)) or _no_one_in_particular(subject(verb)):
                for c in content:
                    _fold(s, c)
            continue
        found.append((verb, content, subj, rule))
    # One claim per report: a report inside another's content ("X said Y believed Z", "A said
    # B, C wrote") is the claim, the outer one is left out.
    out: list[Candidate] = stance_claims
    for verb, content, subj, rule in found:
        nested = [v for v, _, _, _ in found if v.i != verb.i and any(c.left_edge.i <= v.i <= c.right_edge.i for c in content)]
        # "The company said Jobs resigned and suggested Cook": a report coordinated with the
        # content, not inside it, leaves the outer report standing; so does one in a clause that
        # gives the content's reason or time ("announced that he would pay $400,000, because the
        # IRS had found that ..."), which ends the outer report's focus.
        reasons = {v.i: _reason_clause(v, content) for v in nested}
        if any(not _reporting_conj(v) and reasons[v.i] is None for v in nested):
            for c in content:
                _fold(s, c)
            continue
        claims = _report_claims(s, verb, content, subj, rule, reports={v.i for v in nested},
                                cut=min([a.left_edge.i for a in reasons.values() if a is not None]
                                        + ([expecting[verb.i]] if verb.i in expecting else []), default=None))
        withheld = _withheld(verb) if rule == "attribution.reporting" else None
        if withheld is None:
            # Asked to tell or weigh something, a source has told nothing yet either.
            withheld = _asked_for(verb)
        if withheld is not None:
            # "did not say why they had decided", "declined to say when it would be ready": the
            # source told nothing, so nothing is attributed; that it kept it back is its deed,
            # typed as the clause rules type a clause ("don't say how many" holds now).
            s.reporting.add(withheld.i)
            # Nothing in what was kept back is told ("whether the review will result in cuts").
            s.folded.update(t.i for c in content for t in c.subtree)
        if _ruling(verb, subj) and withheld is None:
            # A court's finding is its ruling, a deed (as "the judge ruled that ..." is), and
            # annotators type it as an event; the focus stays the verb with what was decided.
            claims = [replace(c, type="event", rule="event.clause",
                              key=content_key("event", doc, *_token_range(doc, c.focus_start, c.focus_end)))
                      for c in claims]
        if withheld is not None and claims:
            kind = "state" if is_state(withheld) else "event"
            first = claims[0]
            # The predicate without the source, as for any happening ("declined to say when").
            start = min([withheld.i] + [c.i for c in withheld.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")])
            a = max(first.focus_start, doc[start].idx)
            claims = [replace(first, focus_start=a, type=kind, rule=f"{kind}.clause",
                              key=content_key(kind, doc, *_token_range(doc, a, first.focus_end)))]
        out += claims
    out += _reported_nouns(s)
    out += _according_to(s)
    out += _said_to_be(s)
    out += _denied_which(s)
    out += _as_expected(s)
    out += _perspective(s)
    out += _misread_reports(s)
    out += _minded(s)
    for cand in _participles(s):
        if not any(overlaps(c.focus_start, c.focus_end, cand.focus_start, cand.focus_end) for c in out):
            out.append(cand)
    return out


def _ruling(verb: Token, source: Token | None) -> bool:
    """"The Court of Appeal found that the seller can be held liable", "the tribunal found that he
    had harassed staff", "The court agreed with the families that the permit was unlawful": a court
    deciding a case, not a source telling its view."""
    return source is not None and source.lower_ in COURT_NOUNS and verb.lemma_.lower() in RULING_VERBS


# Adjectives of a mind made up or worried about what may be so: "is concerned that the data is
# being withheld", "is skeptical they can coordinate", "is aware that the model misses".
MIND_ADJECTIVES = frozenset("concerned worried afraid fearful skeptical sceptical doubtful aware confident "
                            "convinced hopeful optimistic pessimistic certain sure adamant".split())


def _minded(s: Sentence) -> list[Candidate]:
    """"Many are concerned that information about the cases is being restricted", "Sobel is
    skeptical they can coordinate much", "Taylor is aware that this simulation includes many wild
    misses": a source's belief or worry about what it holds to be so, put as an adjective of mind
    with its clause, is that source's view (CONVENTIONS: attribution, belief and stance), as "X
    believes that Y" is; one claim from the source to the end of the clause. Not without a clause
    ("are concerned about the pipeline": a state of the holder), not an open question ("is not
    sure who will replace him", "whether"), not denied ("were not aware that"), not the writer's
    ("I am sure") or a question's, nor a reason given ("because he was sure it would go up")."""
    doc, sent = s.doc, s.span
    out: list[Candidate] = []
    for verb in s.tokens:
        if verb.lemma_ != "be":
            continue
        # The parser may take "concerned", "worried" for a participle: a complement all the same.
        adj = next((c for c in verb.rights if c.dep_ == "acomp" and c.pos_ in ("ADJ", "VERB")
                    and c.lower_ in MIND_ADJECTIVES and not negated(c)), None)
        if adj is None or verb.i in s.folded or verb.i in s.reporting or negated(verb) \
                or any(c.dep_ == "mark" for c in verb.children):
            continue
        comp = next((c for c in adj.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is None or any(m.dep_ == "mark" and m.lower_ != "that" for m in comp.lefts) \
                or any(t.tag_ in ("WDT", "WP", "WRB", "WP$") for t in doc[adj.i + 1:comp.i]):
            continue
        subj = own_subject(verb)
        if subj is None or first_person(subj) or subj.i > verb.i:  # "I am sure", "Are they afraid ...?"
            continue
        start = subj.left_edge.i if not any(t.text == "," for t in doc[subj.left_edge.i:verb.i]) else verb.i
        end = stop_at(doc, comp.i, comp.right_edge.i + 1)
        while end > comp.i + 1 and doc[end - 1].is_punct:
            end -= 1
        s.reporting.add(verb.i)
        _fold(s, comp)
        a, b = phrase_chars(doc, start, end)
        out.append(Candidate(sent, a, b, "attribution", "attribution.belief", None,
                             key=content_key("attribution", doc, comp.left_edge.i, end)))
    return out


# Nouns of something told, claimed or held, whose "that" clause says what: "rumors that ...",
# "the argument that ...", "concerns that ...".
REPORT_NOUNS = frozenset("report rumor rumour claim argument evidence assertion allegation concern belief "
                         "warning indication suggestion assurance estimate".split())
# Verbs that pass on, meet or voice such a noun (not ones that take a stand on it: "blasted
# claims that ..." is the deed of blasting).
CONVEYING_VERBS = frozenset("receive publish find make confirm voice raise express air spread repeat echo "
                            "share hear".split())


def _reported_nouns(s: Sentence) -> list[Candidate]:
    """"The foundation has received reports that access is being restored", "published rumors that
    Apple has a television coming", "made the argument that providers benefit": the noun of a report
    as a verb's object with the "that" clause it tells; annotators claim the two as one attribution,
    as with "X said Y" (the clause is no event or state of its own). With its holder's name before
    it ("the agency's estimate that ...", "Trump's claims that he had saved jobs") the noun phrase
    alone is the attribution, wherever it stands in the sentence."""
    doc, sent = s.doc, s.span
    out = []
    for noun in s.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORT_NOUNS or noun.i in s.folded or _in_quote(s, noun):
            continue
        # The parser may call the clause a relative one ("concerns that officials are minimizing"),
        # but a relative "that" is the clause's subject or object, never its mark.
        clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.lefts)), None)
        if clause is None or speculative(clause):
            continue
        verb = noun.head
        if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in CONVEYING_VERBS:
            if verb.i in s.reporting or verb.i in s.folded or negated(verb) or speculative(verb) \
                    or _conditional(verb) or _in_quote(s, verb):
                continue
            if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
                continue  # "without offering any evidence that ...": nothing was told
            s.reporting.add(verb.i)
            s.folded.add(noun.i)
            out += _report_claims(s, verb, [clause], subject(verb), "attribution.reporting")
            continue
        holder = next((c for c in noun.lefts if c.dep_ == "poss"), None)
        if holder is None or first_person(holder) or speculative(clause_of(noun)):
            continue  # "results may support Trump's claim that ...": all of it a guess
        start = noun.left_edge.i
        end = stop_at(doc, start, clause.right_edge.i + 1)
        s.folded.add(noun.i)
        # What follows the cut (", calling the real number closer to 730") is no part of the claim.
        _fold(s, clause, {t.i for t in clause.subtree if t.i >= end})
        a, b = phrase_chars(doc, start, end)
        out.append(Candidate(sent, a, b, "attribution", "attribution.reporting", None,
                             key=content_key("attribution", doc, clause.left_edge.i, end)))
    return out


def _document_finding(verb: Token) -> Token | None:
    """The noun object of a verb of DOCUMENT_FINDING_VERBS whose subject is a document ("The survey
    revealed a sharp drop"); None with another subject ("the divers found a wreck", a deed), in
    the passive, said as a guess, or for someone shown doing something."""
    subj = own_subject(verb)
    if subj is None or subj.dep_ != "nsubj" or not _document(subj) or speculative(verb) \
            or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    # "projections showed policymakers shifting their outlook": someone shown doing something,
    # which annotators type as the happening, not as a finding.
    if obj is None or any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children):
        return None
    return obj


def _ascribed_to(verb: Token) -> Token | None:
    """The "to" phrase of a verb of ASCRIBING_VERBS that gives a cause ("attributed the loss to poor
    defending"), said of what the subject does (not "the loss was attributed to ...", a cause of
    its own); None when it names whom words or works are credited to ("attributed the remarks to
    him", "attributed the painting to a student of Rembrandt"), which tells a deed."""
    if passive(verb) or speculative(verb) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    to = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    cause = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if cause is None or cause.pos_ in ("PRON", "PROPN") or cause.ent_type_ in ("PERSON", "ORG", "NORP") \
            or cause.lemma_.lower() in AGENT_NOUNS:
        return None
    return to


def _told_clause(verb: Token) -> bool:
    """A clause object after the verb opened by "that" or "whether" ("fretted that the deal could
    cost jobs", "questioned whether it will work"): what a verb of CLAUSE_REPORTING_VERBS reports."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.lefts) for c in verb.children)


# Who makes forecasts, beside named bodies and people: "Market watchers are anticipating higher growth".
FORECASTER_NOUNS = RESEARCHER_NOUNS | frozenset("forecaster watcher observer investor trader fund bank agency".split())


def _conditional(verb: Token) -> bool:
    """The report is the condition of the sentence, or the infinitive of one ("a fine if they fail
    to tell their bosses that ...", "unless he says so"): what would be told, not what was."""
    t = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.lefts):
            return True
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head


def _forecaster(verb: Token) -> bool:
    """A forecast verb whose object alone is the forecast: said in the article's own voice (not
    inside another report, not negated or hedged: "can't predict hurricanes", "an inability to
    predict"), by a body or a person who forecasts (not "price changes predicted sentiment")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBG") or speculative(verb) or any(
            c.dep_ in ("xcomp", "neg") or c.tag_ == "MD" for c in verb.children) or any(
            a.dep_ in ("ccomp", "parataxis") for a in [verb, *verb.ancestors]):
        return False
    subj = own_subject(verb)
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                                 or subj.lemma_.lower() in FORECASTER_NOUNS | DOCUMENT_NOUNS)


def _own_expectation(verb: Token) -> bool:
    """A finite "expects to" or "is hoping to" of a third-person source, said in the article's own
    voice: not under a modal, a negation or a condition, not passive ("is expected to" is the
    writer's forecast), and not a relative pronoun's ("which is hoping to ...": a description)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBG") or passive(verb) or speculative(verb) \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.lefts):
        return False
    subj = own_subject(verb)
    return subj is not None and subj.dep_ == "nsubj" and not first_person(subj) \
        and subj.tag_ not in ("WDT", "WP") and subj.lower_ not in ("you", "they", "it", "that", "this")


def _withheld(verb: Token) -> Token | None:
    """The verb that tells a source kept something back: a reporting verb negated ("did not
    say", "don't say"), or the verb of refusing it hangs from ("declined to say", "refused to
    confirm"); None if the source said what follows."""
    if negated(verb):
        return verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS:
        return verb.head
    return None


def _asked_for(verb: Token) -> Token | None:
    """The verb of asking a report or a view hangs from ("asked the jury to consider why he did
    it", "were asked to say which way the dots moved"): what was asked for is not yet said or
    held, so the asking is the deed; None otherwise."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CALL_VERBS and verb.head.pos_ == "VERB":
        return verb.head
    return None


def _token_range(doc: Doc, a: int, b: int) -> tuple[int, int]:
    span = doc.char_span(a, b, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def _reporting_conj(verb: Token) -> bool:
    """"said Jobs resigned and suggested Cook": a finite verb of speech coordinated with a
    reported clause, without a subject of its own, reports for the outer source ("would point a
    gun and tell her" shares its clause's modal: it is part of what was reported)."""
    return verb.dep_ == "conj" and own_subject(verb) is None and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and verb_lemma(verb, SPEECH_VERBS) in REPORTING_VERBS


def _parts(verb: Token, content: list[Token]) -> list[Token]:
    """The clauses a report's content falls into, in text order: the first clause object, and
    every clause object or clause coordinated with one that has a subject or a "that" of its own
    ("said A had left and B had stayed", "said A, but that B"), and a "that" clause coordinated
    with the reporting verb. A clause that goes on without a subject ("said the car had stopped,
    then pulled up") is part of the one before it."""
    doc = verb.doc

    def own(c: Token) -> bool:
        # "said A, but B": "but" sets off a second statement even with the subject shared; so
        # does a verb of speech ("said A and suggested B": B is a report of its own).
        start = c.left_edge.i
        but = c.dep_ == "conj" and start > 0 and doc[start - 1].lower_ == "but"
        speech = _reporting_conj(c)
        return own_subject(c) is not None or that_clause(c) or but or speech or _own_tense(c)

    first = min(content, key=lambda c: c.i)
    parts = {c.i: c for c in content if c is first or own(c)}
    stack = list(content)
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in parts and c.i != verb.i and own(c):
                parts[c.i] = c
                stack.append(c)
    if min(parts) > verb.i:
        for c in verb.rights:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and that_clause(c) and own_subject(c) is not None:
                parts[c.i] = c
    return [parts[i] for i in sorted(parts)]


def _own_tense(c: Token) -> bool:
    """A clause joined by "and" to a reported one that sets a tense or mood of its own, though it
    shares the subject ("said the unit had grown too big and would be cut", "has said he met the
    minister and was acting on his orders", "said the reports had not happened and were a
    clerk's mistakes"): a second statement, which annotators claim as an attribution of its own.
    Not one in the first clause's tense ("go without water and are forced to"), one that shares
    its modal ("should be held and be compelled"), a choice ("had doubts or were concerned"), nor
    a perfect that goes on with "have" (see _went_on)."""
    if c.dep_ != "conj" or c.head.pos_ not in ("VERB", "AUX") \
            or not any(t.lower_ == "and" for t in c.doc[c.head.i + 1:c.left_edge.i]):
        return False
    if c.pos_ == "AUX" and c.tag_ in ("VBD", "VBZ", "VBP"):
        return True  # a copula of its own: "and were a clerk's mistakes"
    own = next((a for a in c.lefts if a.dep_ in ("aux", "auxpass") and (
        a.tag_ == "MD" or (a.lemma_ == "be" and a.tag_ in ("VBD", "VBZ", "VBP")))), None)
    return own is not None and _finite(c) != _finite(c.head)


def _finite(verb: Token) -> str:
    """The tense or mood a clause is told in: "modal", "past" or "present", read off its first
    auxiliary or else the verb."""
    first = next((a for a in verb.lefts if a.dep_ in ("aux", "auxpass")), verb)
    if first.tag_ == "MD":
        return "modal"
    return "past" if first.tag_ in ("VBD", "VBN") else "present"


def _asides(part: Token) -> list[Token]:
    """Participles set off after a reported clause (", giving Tehran a boost"): the article's
    comment on what happened, not part of what the source said."""
    doc = part.doc
    return [c for c in part.rights if c.dep_ == "advcl" and c.tag_ == "VBG" and own_subject(c) is None
            and c.i > part.i + 1 and doc[c.left_edge.i - 1].text == ","]


def _went_on(s: Sentence, part: Token) -> list[Token]:
    """"The group said the contract has confused employees, and demanded an extension", "said
    Salinas beat her and then proceeded to open her belly": a verb in the past coordinated with a
    reported clause, without a subject of its own, in another tense or as a next step, tells one
    more thing done, which annotators claim as a happening of its own beside the attribution (a
    shared modal, "would resign and return", leaves it part of what was reported). The parser may hang
    it on a participle of the clause ("lost control while turning west and struck the ditch"),
    which a verb in the past cannot go on. A list of deeds ("flashed a light, blindfolded him, tied
    his hands and flew him"), a choice ("never robbed or killed") and a verb that shares the
    clause's "have" ("have taken their toll and compromised security") stay what was reported."""
    doc = part.doc
    heads = [part] + [c for c in part.rights if c.dep_ == "advcl" and c.tag_ == "VBG"]
    verbs = [g for h in heads for g in h.rights if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return []
    c = verbs[0]
    if (c.head.i != part.i and c.tag_ != "VBD") or c.pos_ != "VERB" or own_subject(c) is not None \
            or _reporting_conj(c) or that_clause(c) or _in_quote(s, c) or speculative(c) or negated(c) \
            or any(g.dep_ == "conj" and g.pos_ == "VERB" for g in c.rights):
        return []
    if c.lemma_.lower() in CALL_VERBS and any(g.dep_ in ("ccomp", "xcomp") for g in c.rights):
        return []  # "and asked that the congressman refrain", "urged them to find ways": a report of its own
    joined = [t for t in c.head.children if t.dep_ == "cc" and t.i < c.i]
    if any(t.lower_ != "and" for t in joined):
        return []
    aux = [a for a in c.lefts if a.dep_ in ("aux", "auxpass")]
    # After a past perfect, a verb in the simple past is a deed of its own ("said he had watched
    # the testimony and slammed the hearings", "had found that he had made improvements and then
    # deducted them"): annotators split it off, where a present perfect's "have" is shared.
    pluperfect = any(a.lower_ == "had" for a in part.lefts if a.dep_ == "aux") and c.tag_ == "VBD"
    shared = any(a.lemma_ == "have" for a in part.lefts if a.dep_ == "aux") and not aux and not pluperfect \
        and doc[c.left_edge.i - 1].dep_ == "cc" and doc[c.left_edge.i - 2].text != ","
    if shared:
        return []
    if not ((c.tag_ == "VBD" and not aux) or (c.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux))):
        return []
    # Told in the clause's own tense ("the shark swam up and grabbed him", "pulled a gun and started
    # shooting") it is one account of a scene, all of it the source's; a change of tense ("has
    # confused employees, and demanded", "approves of her and has spent time with her") or a next
    # step ("and then proceeded", "and later arrested") sets the deed apart.
    def tense(v: Token) -> tuple:
        return v.tag_, tuple(sorted(a.lemma_.lower() for a in v.lefts if a.dep_ in ("aux", "auxpass")))

    later = any(a.dep_ == "advmod" and a.lower_ in ("then", "later") for a in c.lefts)
    if c.head.i == part.i and not later and (tense(c) == tense(part) or tense(part) == ("VB", ())):
        return []  # a bare "VB" with a subject and no modal is a past the tagger misread ("the shark swam up")
    return [c]


def _part_ranges(doc, parts: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the parts: each part's words up to where the next part or an aside begins,
    without the "and", "but", "that" or comma that joins them."""
    ranges = []
    floor = 0
    for k, part in enumerate(parts):
        start = max(part.left_edge.i, floor)
        end = part.right_edge.i + 1
        if k + 1 < len(parts):
            end = min(end, max(start + 1, parts[k + 1].left_edge.i))
        for aside in _asides(part):
            end = min(end, max(start + 1, aside.left_edge.i - 1))
        while start < end - 1 and (doc[start].dep_ in ("cc", "mark", "punct") or doc[start].is_punct):
            start += 1
        ranges.append((start, end))
        floor = end
    return ranges


def _reason_clause(nested: Token, content: list[Token]) -> Token | None:
    """The adverbial clause after a content's verb ("because", "when", "only if" ...) that holds
    the report ``nested``."""
    for c in content:
        for a in c.rights:
            if a.dep_ == "advcl" and a.left_edge.i <= nested.i <= a.right_edge.i:
                return a
    return None


def _report_claims(s: Sentence, verb: Token, content: list[Token], subj: Token | None, rule: str,
                   reports: AbstractSet[int] = frozenset(), cut: int | None = None) -> list[Candidate]:
    """One attribution per clause of what was reported (ANNOTATION.md §1: atomic). After the verb
    ("X said A, and that B"), the first clause goes with the verb and its source and every other
    one is an attribution alone (B is still what X said); before it ("A, but B, X said"), the
    clause next to the verb goes with it and one set against it by "but" is the article's own
    statement, left to the clause rules; set into it ("A, X said, B"), the first clause goes with
    the verb from its own subject (_medial_start). An aside after a clause (", giving X a boost")
    is not reported."""
    doc, sent = s.doc, s.span
    parts = _parts(verb, content)
    after = parts[0].i > verb.i
    medial = after and parts[0].left_edge.i < verb.i  # "A, X said, B"
    if not after:
        # "A, but B, X said" sets the source's B against the article's A; "A and B, X said" is
        # all the source's.
        parts = [p for k, p in enumerate(parts) if k == 0 or any(
            t.dep_ == "cc" and t.lower_ == "but" for t in doc[parts[k - 1].i:p.left_edge.i])]
    ranges = _part_ranges(doc, parts)
    went_on = [g for part in parts for g in _went_on(s, part)] if after and rule == "attribution.reporting" else []
    for g in went_on:
        # The report ends where the clause that goes on begins, without the "and" or comma.
        for k, (pa, pb) in enumerate(ranges):
            if pa < g.left_edge.i < pb:
                end = g.left_edge.i
                while end > pa + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                    end -= 1
                ranges[k] = (pa, end)
    main = 0 if after else len(parts) - 1
    if medial:
        start, end = _medial_start(verb, parts[0], subj), ranges[0][1]
    else:
        start, end = _report_extent(verb, [parts[main]], subj)
        if after:
            end = min(end, ranges[0][1])
        else:
            start = ranges[main][0]
    if cut is not None and start < cut < end:
        end = cut
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
    if after and not medial:
        adjunct = _adjunct_start(parts[0])
        if adjunct is not None and start < adjunct < end:
            end = adjunct
            while end > parts[0].i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                end -= 1
    told: Token | None = None
    if not after:
        told = parts[main] if _reported_happening(parts[main]) or _outlet_happening(verb, parts[main]) else None
        if told is not None:
            # "Three people were arrested over the fire, local reports said", "Houston has promoted
            # X, the school announced": the happening is claimed on its own (below), and the
            # attribution is the reporting clause that gives its source ("the school announced"),
            # as annotators mark it; a focus over the whole sentence would take the place of a
            # claim inside the happening.
            start = subj.left_edge.i if subj is not None and ranges[main][1] <= subj.left_edge.i < verb.i else verb.i
    a, b = phrase_chars(doc, start, end)
    out = [Candidate(sent, a, b, "attribution", rule, None, key=content_key("attribution", doc, *ranges[main]))]
    if after:
        timed = _time_clauses(parts[0]) if not medial else []
        for clause in timed:
            s.told_apart.append(phrase_chars(doc, clause.left_edge.i, clause.right_edge.i + 1))
        for c in parts if medial else content:
            _fold(s, c, {t.i for t in timed} | {g.i for g in went_on})
        for g in went_on:
            # Its own time clause ("fired back as the car drove off") is still the source's account.
            for c in g.children:
                if c.dep_ in FOLDING_DEPS and c.dep_ != "conj":
                    _fold(s, c)
        for part, (pa, pb) in zip(parts[1:], ranges[1:]):
            if any(c.tag_ == "MD" and c.lower_ in GUESSING_MODALS for c in part.lefts):
                continue  # "and that it might have stalled": a guess, though reported
            if part.i in reports:
                continue  # a report of its own, claimed with its verb
            fa, fb = phrase_chars(doc, pa, pb)
            out.append(Candidate(sent, fa, fb, "attribution", rule, None, key=content_key("attribution", doc, pa, pb)))
    else:
        if told is not None:
            # With its subject, unless the subject's phrase says more ("a ring who paid ..."),
            # which stays reported: then the predicate alone.
            subj = own_subject(told)
            said_more = [t for t in subj.subtree if t.dep_ in ("relcl", "acl")] if subj is not None else []
            start = subj.left_edge.i if subj is not None and not said_more else min(
                a.i for a in told.lefts if a.dep_ in ("aux", "auxpass"))
            s.told_apart.append(phrase_chars(doc, start, told.right_edge.i + 1))
            for clause in said_more:
                _fold(s, clause)  # outside the attribution's focus now, but still the source's
        _fold(s, parts[main], {told.i} if told is not None else frozenset())
    for part in parts:
        for aside in _asides(part):
            s.folded.difference_update(range(aside.left_edge.i, aside.right_edge.i + 1))
    return out


# Conjunctions and prepositions of an adjunct set against or beside what a source reported: a
# reason ("because", "because of"), a concession ("though", "although", "despite") or a contrast
# ("while"). (A time, "before", "when", is left to _time_clauses.)
ADJUNCT_MARKS = frozenset("because though although while".split())
ADJUNCT_PREPS = frozenset("because despite".split())


def _adjunct_start(part: Token) -> int | None:
    """Where the first adjunct of a reported clause after its verb begins ("said he was confident
    of winning that vote despite his narrow majority", "said the government covered the cost while
    executives paid their own way"): the attribution's focus is the reporting clause with the core
    of what it reports (CONVENTIONS), and annotators end it before such an adjunct, most of them
    (in the tune gold 28 of 35 "because" clauses, 13 of 14 "though", 12 of 18 "while", 9 of 10
    "despite" follow the focus), which gives the adjunct a claim of its own."""
    for c in part.subtree:
        if c.i <= part.i + 1 or c.head.pos_ not in ("VERB", "AUX", "ADJ") or not _on_spine(c, part):
            continue
        # A clause with its own subject ("while executives paid"): "while turning left" tells when.
        if c.dep_ == "advcl" and own_subject(c) is not None \
                and any(m.dep_ == "mark" and m.lower_ in ADJUNCT_MARKS for m in c.children):
            return c.left_edge.i
        if c.dep_ == "prep" and c.lower_ in ADJUNCT_PREPS:
            return c.left_edge.i
    return None


def _on_spine(t: Token, part: Token) -> bool:
    """``t`` hangs on the reported clause's verb or on a verb or adjective that completes it
    ("was confident of winning X despite Y"), not inside a noun's relative clause or a subject."""
    h = t.head
    while h.i != part.i:
        if h.dep_ not in ("xcomp", "acomp", "pcomp", "prep", "ccomp") or h.i < part.i:
            return False
        h = h.head
    return True


# Conjunctions of a clause that tells when the reported thing happened.
TIME_MARKS = frozenset("when after before as".split())


def _time_clauses(part: Token) -> list[Token]:
    """"Hasib said he was at another location when he got the call", "said Mattis changed his view
    when the two met", "said only eight workers showed up after the law took effect": the time a
    source gives is a happening of its own with its own actor, told in the past, and annotators
    claim it beside the attribution. One with more than one happening in it ("when she heard a
    hail of gunfire and dropped to the floor") or done to its subject ("when he was approached")
    is the source's account of the scene, and stays the report's."""
    return [c for c in part.rights if c.dep_ == "advcl" and c.tag_ == "VBD" and not passive(c)
            and own_subject(c) is not None
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_MARKS for m in c.lefts)
            and not any(g.dep_ == "conj" and g.pos_ in ("VERB", "AUX") for g in c.rights)]


def _stated(part: Token) -> bool:
    """A reported clause told as a fact, which may be claimed beside its report: not denied, not
    guessed, and no report of its own (what a source says someone said stays the source's)."""
    return not negated(part) and not speculative(part) and verb_lemma(part, SPEECH_VERBS) not in SPEECH_VERBS


def _reported_happening(part: Token) -> bool:
    """"Two teenagers were detained on Friday, the sheriff announced", "The flight has been
    postponed, the agency said": a thing done to a named or counted subject, told in the past
    before the report that gives its source, is claimed as a happening beside the attribution.
    A view ("is thought to", "was known for"), a denial or a guess stays the source's."""
    if not passive(part) or part.tag_ != "VBN" or not _stated(part):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in part.children):
        return False  # "were also disinfected": one more item of the source's own list
    subj = own_subject(part)
    if subj is None or subj.dep_ != "nsubjpass" or subj.pos_ not in ("NOUN", "PROPN") \
            or any(t.dep_ == "neg" or t.lower_ in ("no", "none", "neither") for t in subj.subtree):
        return False
    # Told in the past: "was", "were", "has been", "had been" (not "is being treated").
    return any(a.tag_ in ("VBD", "VBN") or a.lemma_ == "have" for a in part.lefts if a.dep_ in ("aux", "auxpass"))


def _outlet_happening(verb: Token, part: Token) -> bool:
    """"Wireless carriers rebelled, Motherboard reported", "Amazonas declared a state of emergency,
    reported Euro News": a thing a subject did, told in the past before "reported" (in news copy
    most often a news outlet's or a paper's: where it was read, not a view; any source that
    reports it passes), is claimed as a happening beside the attribution. A state ("requires
    payment", "stood emotionless"), a denial ("in no way reflected reality") or a guess stays the
    source's."""
    # The clause hangs on "reported" (not one the parser joined to it: "Roof stood emotionless,
    # reported X" tells the scene as the reporter saw it).
    if verb_lemma(verb, REPORTING_VERBS) != "report" or verb.i < part.i or part.pos_ != "VERB" \
            or part.head.i != verb.i or part.dep_ not in CONTENT_DEPS or not _stated(part):
        return False
    if own_subject(part) is None or any(c.dep_ in ("acomp", "attr", "oprd") for c in part.children):
        return False
    if any(t.lower_ in ("no", "never") for c in part.children if c.dep_ in ("prep", "advmod", "npadvmod")
           for t in c.subtree):
        return False
    aux = [a for a in part.lefts if a.dep_ in ("aux", "auxpass")]
    # Told in the past: "rebelled", "have killed" (not "is being", "will require").
    return (part.tag_ == "VBD" and not aux) or (part.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux))


def _medial_start(verb: Token, first: Token, subj: Token | None) -> int:
    """"Once there, investigators said, Salinas beat Cartas": a report set into its content is one
    claim from the content's subject (or else the source) to the end of its first clause; an
    adjunct before it ("Once there") is left out, as it is before "X said"."""
    own = own_subject(first)
    if own is not None and own.i < verb.i:
        return own.left_edge.i
    if subj is not None and subj.i < verb.i:
        return subj.left_edge.i
    return verb.i


def _report_extent(verb: Token, content: list[Token], subj: Token | None) -> tuple[int, int]:
    """Tokens of the reporting clause and its content: the source (unless set off by commas or
    far away), the verb with its listener, and the content clause."""
    doc = verb.doc
    c_start = min(c.left_edge.i for c in content)
    c_end = max(c.right_edge.i for c in content) + 1
    lemma = verb.lemma_.lower()
    v_end = verb.i + 1
    for c in verb.rights:
        if c.dep_ == "prt" or (c.dep_ in ("dative", "dobj") and lemma in ADDRESSEE_VERBS and c.i < c_start):
            v_end = max(v_end, stop_at(doc, c.i, c.right_edge.i + 1))
    if c_start > verb.i:
        hearsay = _hearsay(verb.head) if verb.dep_ == "xcomp" else None
        # "is said to believe that ...": the hearsay that hides the source is part of the report.
        start = hearsay.i if hearsay is not None else verb.i
        if subj is not None and subj.i < verb.i and (subj.head.i == verb.i or verb.dep_ != "conj"):
            s_start = subj.left_edge.i
            # "Soelistyo, head of X, told ...": the apposition is a claim of its own.
            if not any(t.text in (",", "(", "–", "—") for t in doc[s_start:verb.i]):
                start = s_start
        return start, c_end
    # "X, officials said": the content first, then the reporting verb and its listener.
    end = v_end
    if subj is not None and subj.head.i == verb.i and subj.i > verb.i:
        # "X, said Antonio De Iesu", "X, reports Reuters": a source put after its verb is part of the
        # reporting clause (what follows a name, ", the city's police chief" or "of the city police", is
        # a claim of its own).
        end = max(end, subj.i + 1 if subj.pos_ == "PROPN" else stop_at(doc, subj.left_edge.i, np_end(subj)))
    return c_start, end


def _fold(s: Sentence, head: Token, spared: AbstractSet[int] = frozenset()) -> None:
    """Mark the attributed clause and the clauses it goes on with: no event or state of their own
    (but the clauses headed by ``spared``)."""
    stack = [head]
    while stack:
        t = stack.pop()
        if t.i in s.folded or t.i in spared:
            continue
        s.folded.add(t.i)
        stack.extend(c for c in t.children if c.dep_ in FOLDING_DEPS)


def _per_source(s: Sentence, per: Token) -> Token | None:
    """The source of a "per" that says "according to" (", per Forbes", "Per the filing, ...", ", per
    a list compiled by the paper"): set off at a clause's edge by a comma or the sentence start,
    its object a name or a noun with a determiner, possessive or name of its own; not a rate ("$4
    per gallon", ", per year") nor a manner ("per the usual")."""
    doc, sent = s.doc, s.span
    if per.lower_ != "per" or per.dep_ != "prep" or not (per.i == sent.start or doc[per.i - 1].text == ","):
        return None
    obj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if obj.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") or c.pos_ == "PROPN" for c in obj.lefts):
        return obj
    return None


def _as_reported_source(s: Sentence, mark: Token) -> Token | None:
    """The source of an "as" and the participle of a verb of telling that says "according to"
    (", as reported by Mexican media", "As indicated by comments from management, X", ", as
    confirmed by the Secretary of State", "The agreement, as described in the procurement
    document, ..."): the agent of the participle, or the document it was told "in"; nothing else
    hangs on the participle. Not a place or a time ("erupted as predicted in western Kansas"), a
    series or a body ("as revealed in a series of court judgments"), a verb of no telling ("as
    ordered by the court", "as summarized by CNN") nor a quote's words."""
    verb = mark.head
    if mark.lower_ != "as" or mark.dep_ != "mark" or verb.tag_ != "VBN" or verb.dep_ != "advcl" \
            or verb.lemma_.lower() not in SPEECH_VERBS | STAND_VERBS or _in_quote(s, verb):
        return None
    by = next((c for c in verb.rights if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in")), None)
    if by is None:
        return None
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or (by.lower_ == "in" and not _document(obj)):
        return None
    if any(c.i not in (mark.i, by.i) and not c.is_punct and c.dep_ != "advmod" for c in verb.children):
        return None
    return obj


def _according_to(s: Sentence) -> list[Candidate]:
    """"according to the ship's managers", and "per" in its sense ("..., per the release") or "as
    reported by" in it (see _as_reported_source)."""
    doc, sent = s.doc, s.span
    out = []
    for tok in s.tokens:
        obj = _per_source(s, tok)
        told_by = _as_reported_source(s, tok) if obj is None else None
        if told_by is not None:
            # The participle is the source's telling, no happening of its own.
            s.reporting.add(tok.head.i)
            obj = told_by
        if obj is None:
            if tok.lower_ != "according":
                continue
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
            if to is None:
                continue
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
        end = stop_at(doc, tok.i, obj.right_edge.i + 1)
        told = _told_after_source(s, tok.head if told_by is not None else tok, obj, end)
        if told is not None:
            # "According to the Pentagon, the base serves as an outpost": the source set before the
            # clause it tells; annotators claim the two as one attribution, as with "X said Y". The
            # focus ends with the clause's predicate, so its other conjuncts and its clauses of time
            # or reason ("as the Earth continues to warm") stay claims of their own.
            end = predicate_end(told)
        a, b = phrase_chars(doc, tok.i, end)
        out.append(Candidate(sent, a, b, "attribution", "attribution.reporting", None,
                             key=content_key("attribution", doc, obj.left_edge.i, end)))
    return out


def _hearsay(verb: Token) -> Token | None:
    """The first auxiliary of a passive "said" with a subject of its own ("Ms X was said to ...",
    "the risk is said to be low"): hearsay whose source the sentence keeps back; None otherwise."""
    if verb.lemma_.lower() != "say" or verb.tag_ != "VBN" or not passive(verb) \
            or not any(c.dep_ == "nsubjpass" for c in verb.lefts):
        return None
    return next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass")), None)


# Verbs by which a source rejects what was just said of it ("..., which he denies").
DENIAL_VERBS = frozenset("deny refute dispute reject".split())


def _denied_which(s: Sentence) -> list[Candidate]:
    """", which its leaders deny", "despite legal troubles, which he denies", "accused Pakistan of
    backing the attack, which Islamabad denies": a relative clause whose object is "which", with a
    subject of its own and a verb of denial, tells that the source rejects what comes before it,
    an attribution (annotators mark the clause alone: "which Islamabad denies"). Not with an object
    or a clause of its own ("which denies the charge", "which he denied that ..."), nor denied,
    guessed or in a quote."""
    doc, sent = s.doc, s.span
    out = []
    for verb in s.tokens:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in DENIAL_VERBS \
                or passive(verb) or negated(verb) or speculative(verb) or _in_quote(s, verb):
            continue
        which = next((c for c in verb.lefts if c.dep_ == "dobj" and c.lower_ == "which"), None)
        subj = own_subject(verb)
        if which is None or subj is None or subj.dep_ != "nsubj" or first_person(subj) \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in verb.rights):
            continue
        s.reporting.add(verb.i)
        a, b = phrase_chars(doc, which.i, verb.i + 1)
        out.append(Candidate(sent, a, b, "attribution", "attribution.stand", None,
                             key=content_key("attribution", doc, which.i, verb.i + 1)))
    return out


def _said_to_be(s: Sentence) -> list[Candidate]:
    """"was said to be displaying no symptoms", "the risk is said to be low": what a passive "said"
    tells of its subject in an infinitive is reported, as an attribution (annotators mark it so),
    from the auxiliary to the end of the infinitive's predicate. "Said to have" ("is said to have
    received threats", "to have a strained relationship") tells a deed or a holding, marked as
    such, and a report in the infinitive ("is said to believe that ...") is the attribution of its
    own verb."""
    doc, sent = s.doc, s.span
    out = []
    for verb in s.tokens:
        aux = _hearsay(verb)
        told = next((c for c in verb.rights if c.dep_ == "xcomp" and infinitive(c)), None)
        if aux is None or told is None or _in_quote(s, verb) or told.lemma_ == "have" or any(
                a.dep_ == "aux" and a.lemma_ == "have" for a in told.lefts) \
                or verb_lemma(told, SPEECH_VERBS) in SPEECH_VERBS:
            continue
        # A quoted complement ('is said to be "low"') is the end, with its closing mark.
        end = max([predicate_end(told)] + [c.right_edge.i + 1 for c in told.rights if c.dep_ in ("acomp", "attr")])
        if end < sent.end and doc[end].text in QUOTE_MARKS and sum(t.text in QUOTE_MARKS for t in doc[aux.i:end]) % 2:
            end += 1
        s.reporting.add(verb.i)
        _fold(s, told)
        a, b = phrase_chars(doc, aux.i, end)
        out.append(Candidate(sent, a, b, "attribution", "attribution.reporting", None,
                             key=content_key("attribution", doc, told.i, end)))
    return out


def _as_expected(s: Sentence) -> list[Candidate]:
    """"..., as American officials expected", "..., as the author put it": a clause of "as" with a
    source and a verb of saying or believing and nothing told of its own ties the sentence's claim
    to the source, an attribution. Not "as expected" (no one's), "as he said he would" (a clause
    of its own), "as users reported failures" (an object: what was reported), "as our models
    indicate" (the writer's own) nor a quote's."""
    doc, sent = s.doc, s.span
    out = []
    for verb in s.tokens:
        if verb.dep_ != "advcl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        mark = next((c for c in verb.lefts if c.dep_ == "mark"), None)
        subj = own_subject(verb)
        if mark is None or mark.lower_ != "as" or subj is None or subj.dep_ != "nsubj" or first_person(subj) \
                or subj.pos_ == "PRON" or _in_quote(s, verb.head):
            continue
        # "as important as scientists hope" measures a word against a hope, and "as its name
        # suggests", "as our models indicate" cite a thing of the writer's or of the subject's.
        if verb.head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
            continue
        rest = [c for c in verb.rights if not c.is_punct]
        lemma = verb_lemma(verb, SPEECH_VERBS)
        # A phrasal verb's particle and where or when it was said tell nothing of their own: "as
        # the critic pointed out in a 2012 column" ties the clause to its source as "as X noted" does.
        said = lemma in SPEECH_VERBS | FORECAST_VERBS and all(c.dep_ in ("prt", "prep") for c in rest)
        put_it = verb.lemma_.lower() == "put" and [c.lower_ for c in rest] == ["it"]
        if not (said or put_it) or any(c.dep_ in ("aux", "neg") or c.tag_ == "MD" for c in verb.lefts):
            continue
        a, b = phrase_chars(doc, mark.i, (rest[-1].i if rest else verb.i) + 1)
        # The verb is the source's telling, no deed of its own ("reports for NPR" is no state).
        s.reporting.add(verb.i)
        rule = "attribution.belief" if lemma in COGNITION_VERBS | FORECAST_VERBS else "attribution.reporting"
        out.append(Candidate(sent, a, b, "attribution", rule, None, key=content_key("attribution", doc, mark.i, verb.i + 1)))
    return out


def _told_after_source(s: Sentence, according: Token, source: Token, end: int) -> Token | None:
    """The main verb of the clause an "according to" phrase set before it attributes ("According
    to Hasib, his mother cultivated the space"); None when the phrase follows the clause's subject
    or the clause ("..., according to officials"), when the source is a document (annotators leave
    "According to the report" apart from what the report says), or when the clause is a report,
    a quote or a guess of its own."""
    doc = s.doc
    verb = according.head
    if verb.pos_ not in ("VERB", "AUX") or end >= verb.i or doc[end].text != "," or _document(source):
        return None
    subj = own_subject(verb)
    if subj is not None and subj.left_edge.i < according.i:
        return None  # "The base, according to the Pentagon, serves as ...": a report set into the clause
    if verb.i in s.reporting or verb.i in s.folded or speculative(verb) or _in_quote(s, verb):
        return None
    return verb


# Present-tense verbs of a document's report the parser may read as the head noun of a compound
# with the document before them ("data show", "the paper states").
MISREAD_REPORTING = frozenset("show shows state states say says suggest suggests indicate indicates".split())


def _misread_reports(s: Sentence) -> list[Candidate]:
    """"Wages rose 3 percent, Labor Department data show", "X is key to slowing forest loss, the paper
    states": a document's report set off after its clause, whose verb the parser took for a noun
    compounded with the document; the same claim as with the verb read right."""
    doc, sent = s.doc, s.span
    out = []
    for tok in s.tokens:
        if tok.pos_ != "NOUN" or tok.lower_ not in MISREAD_REPORTING or tok.i in s.reporting or tok.i == sent.start:
            continue
        document = doc[tok.i - 1]
        if document.dep_ != "compound" or document.head.i != tok.i \
                or not {document.lower_, document.lemma_.lower()} & DOCUMENT_NOUNS:  # "data": lemma "datum"
            continue
        # The document's phrase (the clause before it may hang on the misread verb too).
        start = min(c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "det", "amod", "poss", "nmod"))
        if not all(t.is_punct or t.is_space for t in doc[tok.i + 1:sent.end]):
            continue
        if start == sent.start or doc[start - 1].text != ",":
            continue
        # What it reports is the clause the noun hangs on ("identify as X, manage or have Y, the paper
        # states": Y), or else the sentence's main clause.
        head = tok.head if tok.head.pos_ in ("VERB", "AUX") and tok.head.dep_ != "prep" else sent.root
        before = [head] if head.i != tok.i else [c for c in tok.lefts if c.dep_ in CONTENT_DEPS]
        if not before or before[0].pos_ not in ("VERB", "AUX") or before[0].i > start or speculative(before[0]):
            continue
        content = before[0]
        a, b = phrase_chars(doc, content.left_edge.i, tok.i + 1)
        s.reporting.add(tok.i)
        _fold(s, content)
        out.append(Candidate(sent, a, b, "attribution", "attribution.reporting", None,
                             key=content_key("attribution", doc, content.left_edge.i, content.right_edge.i + 1)))
    return out


def _participles(s: Sentence) -> list[Candidate]:
    """", saying X", ", citing Y", "adding that Z": what the clause's subject said."""
    doc, sent = s.doc, s.span
    out = []
    for verb in s.tokens:
        stance = verb.lemma_.lower() in STANCE_VERBS
        shown = verb.tag_ == "VBG" and verb.lemma_.lower() in DOCUMENT_VERBS and _of_a_document(verb)
        charge = verb.lemma_.lower() == "accuse"
        told = verb.tag_ == "VBG" and _told_participle(verb)
        if verb.tag_ != "VBG" or (verb.lemma_.lower() not in REPORTING_PARTICIPLES and not stance and not shown
                                  and not charge and not told) or verb.i in s.reporting:
            continue
        if not _after_preposition(verb) and (verb.dep_ not in ("advcl", "xcomp", "conj", "acl")
                                             or verb.head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN")):
            continue
        if _in_quote(s, verb):
            continue
        # "citing X" names what was cited; the other verbs report a clause ("adding that ...").
        deps = ("ccomp", "dobj", "xcomp", "dative") if verb.lemma_.lower() in ("cite", "tell") else ("ccomp",)
        content = [c for c in verb.rights if c.dep_ in deps]
        if shown:
            # "a paper showing how to turn X into Y": what a document shows may be a way to do something.
            content += [c for c in verb.rights if c.dep_ == "xcomp" and any(w.tag_ in ("WRB", "WP") for w in c.lefts)]
        rule = "attribution.reporting"
        if stance:
            # ", viewing it as a humanitarian obligation": the clause's subject's view.
            content = [c for c in verb.rights if c.dep_ in ("prep", "oprd") and c.lower_ == "as"]
            rule = "attribution.belief"
        if charge:
            # ", accusing Big Machine of holding back the music": whom the subject accuses, and of what.
            charged = [c for c in verb.rights if c.dep_ == "dobj"]
            of = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "of"]
            content, rule = (charged + of if charged and of else []), "attribution.stand"
        if not content or all(_in_quote(s, c) for c in content):
            continue
        s.reporting.add(verb.i)
        if content[0].pos_ in ("VERB", "AUX"):
            # ", saying A but B": each clause reported on its own, as after any reporting verb.
            parts = _parts(verb, [c for c in content if c.pos_ in ("VERB", "AUX")])
            ranges = _part_ranges(doc, parts)
            a, b = phrase_chars(doc, verb.i, ranges[0][1])
            out.append(Candidate(sent, a, b, "attribution", rule, None, key=content_key("attribution", doc, *ranges[0])))
            for part, (pa, pb) in zip(parts[1:], ranges[1:]):
                if not any(c.tag_ == "MD" and c.lower_ in GUESSING_MODALS for c in part.lefts):
                    fa, fb = phrase_chars(doc, pa, pb)
                    out.append(Candidate(sent, fa, fb, "attribution", rule, None, key=content_key("attribution", doc, pa, pb)))
            for c in content:
                _fold(s, c)
            continue
        end = max(c.right_edge.i for c in content) + 1
        a, b = phrase_chars(doc, verb.i, end)
        kind = "attribution"
        if _cited_ground(verb):
            kind, rule = "causal", "causal.connective"
        out.append(Candidate(sent, a, b, kind, rule, None, key=content_key(kind, doc, verb.i, end)))
    return out


# Prepositions before a participle of speech that still tell it was said ("for indicating that",
# "before suggesting that", "despite saying that"); "without saying" says it was not.
SAYING_PREPS = frozenset("for after before despite since while".split())


def _after_preposition(verb: Token) -> bool:
    """"Boehner is under fire for indicating in June that the age should rise", "the actress said,
    before suggesting that her parents were supportive": a participle of speech as the object of a
    preposition on a clause reports for that clause's subject, as one set off by a comma does."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in SAYING_PREPS \
        and prep.head.pos_ in ("VERB", "AUX")


def _cited_ground(verb: Token) -> bool:
    """"canceled its order two months later, citing internal business issues", "declined to answer,
    citing the dispute": "citing" set off after a deed names the ground the deed was done on, which
    annotators mark a cause; the parser may hang it on the main clause's copula instead ("were on the verge
    of a deal when Trump scuttled the talks, citing violence"). Said before the verb ("The paper, citing witnesses, named him") or after
    a verb of saying ("he says, citing X as key"), it names a source or an example: a report."""
    head = verb.head
    return (verb.lemma_.lower() == "cite" and verb.dep_ == "advcl" and verb.i > head.i and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() not in REPORTING_VERBS)


# Participles of verbs that may tell the writer's own inference from a thing ("prices fell,
# suggesting that demand has cooled"), a report only when a speaker is the one who tells.
INFERRING_VERBS = DOCUMENT_FINDING_VERBS | frozenset("signal".split())
SPEAKER_PRONOUNS = frozenset("he she they".split())


def _told_participle(verb: Token) -> bool:
    """", stressing that both sides should talk", ", questioning how many firms would stay",
    ", indicating in June that the age should rise": a participle of any verb of speech with the
    clause it tells, what the main clause's speaker said (REPORTING_PARTICIPLES are the commonest
    few; the rest report the same way)."""
    lemma = verb.lemma_.lower()
    clause = [c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clause:
        return False
    if lemma in CLAUSE_REPORTING_VERBS:
        told = _told_clause(verb) or any(w.tag_ in ("WRB", "WP") for c in clause
                                         for w in c.doc[c.left_edge.i:c.i])
    else:
        # "agreeing with X that ...": the clause is the one agreed with, whose the parse leaves unclear.
        told = lemma in REPORTING_VERBS and lemma != "agree"
    if not told or lemma not in INFERRING_VERBS:
        return told
    speaker = subject(verb.head.head if _after_preposition(verb) else verb.head)
    return speaker is not None and (speaker.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                    or speaker.lower_ in SPEAKER_PRONOUNS
                                    or speaker.lemma_.lower() in AGENT_NOUNS | RESEARCHER_NOUNS)


def _of_a_document(verb: Token) -> bool:
    """"a report (released Tuesday) showing that X", "a key paper showing how": a participle of
    showing or finding right after a document, whichever word the parser hung it on."""
    if verb.head.lemma_.lower() in DOCUMENT_NOUNS and verb.dep_ == "acl":
        return True
    obj = max((c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < verb.i),
              key=lambda c: c.i, default=None)
    if obj is None or obj.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    # Only a date may come between ("releasing a report Aug. 17 showing that ...").
    return all(t.ent_type_ in ("DATE", "TIME") for t in obj.doc[obj.right_edge.i + 1:verb.i])


def _perspective(s: Sentence) -> list[Candidate]:
    """"From Tehran's perspective, X was a hostile act": the view of a named holder, with the
    clause it frames (which is then no claim of its own)."""
    doc, sent = s.doc, s.span
    out = []
    for prep in s.tokens:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "in") or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in PERSPECTIVE_NOUNS), None)
        if noun is None:
            continue
        holder = [c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")]
        if not holder or not any(t.ent_type_ or t.pos_ == "PROPN" for h in holder
                                 for t in doc[h.left_edge.i:h.right_edge.i + 1]):
            continue  # "from a legal perspective" names no one whose view it is
        clause = prep.head
        if speculative(clause):
            continue
        a, b = phrase_chars(doc, prep.i, clause.right_edge.i + 1)
        _fold(s, clause)
        out.append(Candidate(sent, a, b, "attribution", "attribution.belief", None,
                             key=content_key("attribution", doc, prep.i, clause.right_edge.i + 1)))
    return out
