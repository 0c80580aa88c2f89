"""HTML pages: decode them, take the article (trafilatura) or all the visible text, and metadata.

Two ways to turn a page into a source text:

- ``article_text``: trafilatura's main-content extraction, the article without page furniture;
- ``whole_page_text``: every visible text of the page in reading order, one line per block,
  the way scrapers often deliver pages (navigation, bylines, captions, footers included), so the
  detector can be measured on recognising furniture itself.

Both read the page's metadata (title, author, publication date, canonical URL) with trafilatura.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UsageError

HTML_SUFFIXES = (".html", ".htm")

# What a browser never shows: element content that is code, data or a nested document.
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe",
    "object", "embed", "canvas", "audio", "video", "map", "datalist",
})
# Elements that start and end a line of text (HTML's block-level and table-cell elements).
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
    "li", "main", "menu", "nav", "ol", "optgroup", "option", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
# Inline styles that keep an element off the screen (visibility: hidden keeps its box, not its text).
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I)
_SPACES = re.compile(r"[^\S\n]+")  # every whitespace but the line break, NBSP included
# Invisible characters that only break words apart for a reader of the raw text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Charset declarations: <meta charset=…>, <meta http-equiv=… content="…; charset=…">, <?xml encoding=…?>.
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# The WHATWG Encoding Standard reads these labels as windows-1252, as every browser does.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso-ir-100", "cp819", "ibm819"})
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_SNIFF_BYTES = 1024
_DECLARATION_BYTES = 4096


@dataclass(frozen=True)
class PageMetadata:
    """What the page says about itself; any field may be unknown."""

    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None


@dataclass(frozen=True)
class Page:
    """A decoded HTML page and how its encoding was chosen."""

    html: str
    encoding: str


def looks_like_html(raw: bytes) -> bool:
    """Content sniffing: a doctype, <html>, <head> or <body> tag near the start."""
    head = raw[:_SNIFF_BYTES]
    for bom in (codecs.BOM_UTF8,):
        head = head.removeprefix(bom)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return bool(_HTML_START.search(head))


def is_html_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in HTML_SUFFIXES


def declared_charset(raw: bytes) -> str | None:
    """The charset the page declares in its first bytes, lowercased, or None."""
    head = raw[:_DECLARATION_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def decode_page(raw: bytes, where: str) -> Page:
    """Decode an HTML page's bytes.

    A byte-order mark wins; then UTF-8 if the bytes are valid UTF-8 (saved pages are often
    re-encoded to UTF-8 with their old declaration left in, and legacy text is almost never
    valid UTF-8 by accident); then the charset the page declares. Anything else is refused.
    """
    if not raw.strip():
        raise UsageError(f"{where} is empty; there is nothing to ingest")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return Page(raw.decode(codec), codec.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise UsageError(f"{where} starts with a {codec} byte-order mark but byte {exc.start} is not {codec}") from None
    if b"\x00" in raw[: 64 * 1024]:
        raise UsageError(f"{where} holds binary data (NUL bytes), not an HTML page")
    try:
        return Page(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    label = declared_charset(raw)
    if label is None:
        raise UsageError(
            f"{where} is not UTF-8 (byte {utf8_error}) and declares no charset; "
            f"add <meta charset=\"…\"> or convert it to UTF-8"
        )
    codec = "cp1252" if label in _WINDOWS_1252_LABELS else label
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        raise UsageError(f"{where} declares charset {label!r}, which is not a known encoding") from None
    try:
        return Page(raw.decode(name), name)
    except UnicodeDecodeError as exc:
        raise UsageError(f"{where} declares charset {label!r} but byte {exc.start} is not valid {name}") from None


def parse(html: str, where: str):
    """Parse a decoded page with lxml; comments and processing instructions are dropped."""
    import lxml.etree
    import lxml.html

    # Parsed from UTF-8 bytes with the encoding given, so a <meta charset> or <?xml encoding?>
    # in the text cannot make lxml decode it a second time. huge_tree: libxml2 otherwise drops
    # whatever is nested deeper than 255 elements, and real pages get there.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UsageError(f"{where} cannot be parsed as HTML: {exc}") from None
    if root is None:
        raise UsageError(f"{where} cannot be parsed as HTML: no document element")
    return root


def _hidden(element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and _HIDING_STYLE.search(style))


def hidden_text(root) -> bool:
    """Whether elements the page hides (the ``hidden`` attribute, an inline ``display: none`` or
    ``visibility: hidden``) hold any text: a page may keep its whole article in one until a
    script shows it."""
    return any(isinstance(e.tag, str) and e.tag.lower() not in SKIPPED_TAGS and _hidden(e)
               and "".join(e.itertext()).strip() for e in root.iter())


def _clean(text: str) -> str:
    return _CONTROLS.sub("", _INVISIBLE.sub("", text))


def whole_page_text(root) -> str:
    """Every visible text of a parsed page in document order, one line per block element.

    Script, style and other non-rendered elements, elements hidden with the ``hidden``
    attribute or an inline ``display: none`` or ``visibility: hidden``, comments and attribute text (``alt``, ``title``)
    are left out; whitespace inside a line is collapsed; ``<br>`` and ``<pre>``'s line breaks
    end a line; at most one blank line in a row (from ``<br><br>``).
    """
    lines: list[str] = []
    line: list[str] = []

    def end_line(keep_empty: bool) -> None:
        text = _SPACES.sub(" ", "".join(line)).strip()
        line.clear()
        if text or (keep_empty and lines and lines[-1] != ""):
            lines.append(text)

    # An explicit stack instead of recursion: scraped pages can nest deeper than Python's limit.
    # Items: (element, False) to open it, (element, True) to close it, (text, pre) for a tail.
    stack: list[tuple[Any, bool]] = [(root, False)]  # lxml elements (untyped) or tail strings
    pre_depth = 0
    while stack:
        item, flag = stack.pop()
        if isinstance(item, str):  # a tail: text after a child, inside its parent
            _add_text(item, pre_depth, line, end_line)
            continue
        tag = item.tag.lower() if isinstance(item.tag, str) else None
        if flag:  # closing
            if tag in BLOCK_TAGS:
                end_line(False)
            if tag == "pre":
                pre_depth -= 1
            continue
        if tag is None or tag in SKIPPED_TAGS or _hidden(item):
            continue  # comments and processing instructions too; the tail is the parent's
        if tag == "br":
            end_line(True)
            continue
        if tag in BLOCK_TAGS:
            end_line(False)
        if tag == "pre":
            pre_depth += 1
        if item.text:
            _add_text(item.text, pre_depth, line, end_line)
        stack.append((item, True))
        for child in reversed(item):
            if child.tail:
                stack.append((child.tail, False))
            stack.append((child, False))
    end_line(False)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def _add_text(text: str, pre_depth: int, line: list[str], end_line) -> None:
    text = _clean(text)
    if not pre_depth:
        line.append(_SPACES.sub(" ", text.replace("\r", " ").replace("\n", " ")))
        return
    parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, part in enumerate(parts):
        if i:
            end_line(True)
        line.append(part)


def _silence_trafilatura() -> None:
    # trafilatura and htmldate log their doubts about a page as warnings; the library never
    # prints, and an unconfigured logger would print them through logging's last resort.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False


def drop_invisible(root) -> None:
    """Remove the elements a browser does not render (hidden, display: none, template), keeping
    the text that follows each."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if element.tag.lower() in ("template", "noscript") or _hidden(element):
            element.drop_tree()  # lxml.html keeps the tail


def article_text(root) -> str | None:
    """trafilatura's main text of a parsed page (comments left out), or None if it found none."""
    from trafilatura import bare_extraction

    _silence_trafilatura()
    # trafilatura keeps hidden elements' text; what the reader never sees is not the article.
    drop_invisible(root)
    result = bare_extraction(root, include_comments=False, include_tables=True, deduplicate=False)
    text = getattr(result, "text", None) if result is not None else None
    return text if text and text.strip() else None


def page_metadata(root) -> PageMetadata:
    """Title, author, publication date and canonical URL as trafilatura reads them from a parsed page."""
    from trafilatura import extract_metadata

    _silence_trafilatura()
    # trafilatura looks for the canonical link inside <head> only; the HTML parser moves it into
    # <body> when an element a head may not hold (a <div>, say) comes before it, as on some news
    # sites' saved pages. Read it first, from anywhere.
    anywhere = _canonical_anywhere(root)
    valued_title = _og_title_in_value(root)
    # Some pages write every meta tag's value in a value attribute where content belongs; neither
    # trafilatura nor htmldate reads it, so the author and date tags went unseen and a "last
    # updated" date or a teaser's date was taken instead. Read them as the page meant them.
    for element in root.iter("meta"):
        if element.get("content") is None and element.get("value") is not None:
            element.set("content", element.get("value"))
    # extensive_search off: a date only from the page's markup and metadata, never one guessed
    # from its free text (a copyright line would otherwise become a publication day).
    meta = extract_metadata(root, date_config={"original_date": True, "extensive_search": False})
    url = meta.url if isinstance(meta.url, str) and _ABSOLUTE_URL.fullmatch(meta.url) else anywhere
    # trafilatura reads such an og:title now, but it is the social-media title (with the site's
    # name, or worded differently); the headline the page shows is the one that restates it.
    title = (_headline(root) or valued_title) if valued_title else meta.title
    return PageMetadata(
        title=_one_line(title),
        author=_linked_names_only(clean_author(_one_line(meta.author), not_authors=_rights_holders(root)), root),
        published=_day_first_undone(meta.date, root) if isinstance(meta.date, str) and re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", meta.date) else None,
        url=url,
    )


_ABSOLUTE_URL = re.compile(r"https?://\S+")
# A newsroom job, which trafilatura sometimes reads into the author: "Paul Roe; Staff writer",
# "Ann Doe; AP Sports Writer", "Jane Doe Senior Washington Correspondent".
_JOB_NOUN = r"(?:writer|reporter|editor|correspondent|columnist|contributor|journalist|staff)s?"
_JOB_ONLY = re.compile(rf"(?:[\w.&'’-]+ ){{0,3}}{_JOB_NOUN}", re.I)
_JOB_OPENERS = frozenset(
    "senior staff chief contributing special associate assistant deputy managing executive national foreign "
    "political sports business science technology health investigative freelance bureau ap associated "
    "writer reporter editor correspondent columnist contributor journalist".split())


# A wire service or network named as one more author of a byline ("Meg Doe; Associated Press").
_AGENCIES = frozenset(["associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse",
                       "cnn", "bloomberg", "bloomberg news"])


# Words of the byline's widgets that trafilatura reads on after the name: "Jo Doe More stories by
# Jo Doe", "Jo Doe Link Copied" (a share button), "Jo Doe Updated" (the date line's label).
_WIDGET_WORD = r"(?:(?:link )?copied|updated|published|posted|follow|email|bio|share)"
_BYLINE_WIDGET = re.compile(
    rf"\s+(?:more (?:stories|articles|posts) (?:by|from)\b.*|{_WIDGET_WORD}(?:\s+{_WIDGET_WORD})*)$", re.I)

_CAPS_AFTER_NAME = re.compile(r"(?<=[a-z.])(?:\s+[A-Z][A-Z&'’.-]+){2,}$")

# The month of the date line that trafilatura reads on after a byline's name: "Jo Doe December"
# from "By Jo Doe / December 28, 2016". Months that are also given names (April, May, June,
# August) are left alone: "Laura June" is a name.
_MONTH_AFTER_NAME = re.compile(r"\s+(?:January|February|March|July|September|October|November|December)$")


# What else a byline gives, read as a name of its own: the date line's month ("October; Jo Doe"
# from "October 14, 2009 | Jo Doe") or an e-mail address split at its dots ("Jo Doe; Jdoe Com"
# from "Jo Doe | jdoe@example.com").
_NO_NAME = re.compile(r"(?:January|February|March|July|September|October|November|December)|[^\W\d_]+ (?:com|net|org)",
                      re.I)


def clean_author(value: str | None, not_authors: frozenset[str] = frozenset()) -> str | None:
    """The author's names without a newsroom job, a wire service or a byline widget's words read
    into them, nor a name in ``not_authors`` (lowercase: the page's copyright holder); names joined
    by "; " as trafilatura joins them. A value that is nothing but those is left as it is."""
    if value is None:
        return None
    value = _BYLINE_WIDGET.sub("", value) or value
    # "Jo Doe NEW YORK DAILY NEWS": the paper's name in capitals under a name written in mixed case
    # (a name all in capitals, "JO DOE", stays as it is).
    value = _CAPS_AFTER_NAME.sub("", value) or value
    value = _MONTH_AFTER_NAME.sub("", value) or value
    names = []
    for part in (p.strip() for p in value.split(";")):
        if not part or _JOB_ONLY.fullmatch(part) or part.lower() in _AGENCIES or part.lower() in not_authors or _NO_NAME.fullmatch(part):
            continue  # a job or a news agency alone, not a name
        words = part.split()
        # A job after a name of two words or more: cut at its first word, when it ends in a job noun.
        for k in range(2, len(words)):
            if words[k].lower() in _JOB_OPENERS and re.fullmatch(_JOB_NOUN, words[-1], re.I):
                part = " ".join(words[:k])
                break
        names.append(part)
    return "; ".join(names) or value


def _og_title_in_value(root) -> str | None:
    """An og:title written in a value attribute where content belongs, which trafilatura does not
    read: it then takes a heading of the page instead (a comment form's "Join the Discussion")."""
    for element in root.iter("meta"):
        if (element.get("property") or element.get("name") or "").lower() == "og:title" and not element.get("content"):
            value = (element.get("value") or "").strip()
            if value:
                return value
    return None


# How a page's <title> or og:title joins the headline to the site's name or a section label.
_TITLE_PARTS = re.compile(r"\s+[|–—·•-]\s+")
_TITLE_METAS = ("og:title", "twitter:title", "title")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _headline(root) -> str | None:
    """The page's headline: the <h1> whose words restate what the page's title tags say (their
    longest part, without the site's name or a section label). A page may have other <h1>s (the
    site's logo, a staff box's "Follow us on Twitter"), and its og:title is often worded for
    social media ("Lust for Youth: Lust for Youth", a shorter or older wording)."""
    sayings = [(element.get("content") or "") for element in root.iter("meta")
               if (element.get("property") or element.get("name") or "").lower() in _TITLE_METAS]
    sayings += [element.text_content() for element in root.iter("title") if element.getparent() is not None
                and element.getparent().tag == "head"]
    references = [_words(max(_TITLE_PARTS.split(saying), key=len)) for saying in sayings if saying.strip()]
    best, best_common = None, 0
    for element in root.iter("h1"):
        text = _one_line(element.text_content())
        words = _words(text or "")
        for reference in references:
            common = len(words & reference)
            # most of the shorter one's words in the other, and at least three (or all) of them
            if common > best_common and common >= 0.6 * min(len(words), len(reference)) and (
                    common >= 3 or words == reference):
                best, best_common = text, common
    return best


# A link to a writer's page: /author/jo-doe, /people/jo-doe, /profile/jo-doe, /by/jo-doe, rel="author".
_AUTHOR_PAGE = re.compile(r"/(?:authors?|people|profiles?|staff|writers?|reporters?|contributors?|by)(?:[/_-]|$)", re.I)
_NAME_LIKE = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,4}")


def _linked_names_only(author: str | None, root) -> str | None:
    """The byline's names as the page links them to the writers' pages, without what trafilatura
    read around them: "Jo Doe · Harbour News", "Jo Doe; TNN; Updated Oct 9" and "Jo Doe Staff
    Writer" become "Jo Doe", "J C Doe" (trafilatura drops full stops) "J.C. Doe", and "Jo Doe
    Al Roe" two names. A link's text is cut at a comma ("Al Roe, The Associated Press"). An
    author with no linked name in it is left as it is."""
    if not author:
        return author
    said = _bare_name(author)
    found: dict[str, int] = {}
    for element in root.iter("a"):
        href, rel = element.get("href") or "", (element.get("rel") or "").lower().split()
        if not (_AUTHOR_PAGE.search(href.split("?")[0]) or "author" in rel):
            continue
        text = (_one_line(element.text_content()) or "").split(",")[0].strip()
        if not _NAME_LIKE.fullmatch(text) or text in found:
            continue
        match = re.search(rf"(?<!\w){re.escape(_bare_name(text))}(?!\w)", said)
        if match:
            found[text] = match.start()
    return "; ".join(sorted(found, key=found.__getitem__)) if found else author


def _bare_name(name: str) -> str:
    return " ".join(name.replace(".", " ").split())


def _day_first_undone(date: str, root) -> str:
    """A date htmldate read day first from a line such as "10/04/2016" (4 October in the US),
    put right when the page's markup states the swapped day and month in ISO form (a <time
    datetime>, a meta tag) and never the date as read."""
    year, month, day = date.split("-")
    if month == day or int(day) > 12:
        return date
    swapped = f"{year}-{day}-{month}"
    stated = {value[:10] for value in
              [element.get("datetime") or "" for element in root.iter("time")]
              + [element.get("content") or "" for element in root.iter("meta")]
              if re.match(r"\d{4}-\d{2}-\d{2}(?:$|[T ])", value)}
    return swapped if swapped in stated and date not in stated else date


def _rights_holders(root) -> frozenset[str]:
    """Who the page's copyright tag names (<meta name="copyright" content="Copyright (c) Acme
    Media 2022">): a company some pages also put in their author tag, never the article's writer."""
    holders = set()
    for element in root.iter("meta"):
        if (element.get("name") or element.get("property") or "").lower() == "copyright":
            value = _one_line(element.get("content") or element.get("value")) or ""
            value = re.sub(r"^(?:copyright\s*)?(?:\(c\)|©)?\s*|\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\.?$", "", value,
                           flags=re.I)
            if value:
                holders.add(value.lower())
    return frozenset(holders)


def _canonical_anywhere(root) -> str | None:
    """The page's own URL from a canonical link, else its og:url, wherever in the tree they are."""
    for element in root.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            href = (element.get("href") or "").strip()
            if _ABSOLUTE_URL.fullmatch(href):
                return href
    for element in root.iter("meta"):
        if (element.get("property") or element.get("name") or "").lower() == "og:url":
            # Some pages write the address in a value attribute where content belongs.
            content = (element.get("content") or element.get("value") or "").strip()
            if _ABSOLUTE_URL.fullmatch(content):
                return content
    return None


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", _clean(value).replace("\n", " ")).strip()
    return value or None
