"""A parsed page: the decoded HTML tree plus the structured metadata it carries.

Decoding follows the browser's rules (BOM, HTTP charset, <meta charset>, then a guess), through
w3lib's ``html_to_unicode``: the same function Scrapy's responses use, so a page re-extracted
from the archive decodes exactly as it did during the crawl.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterator

import lxml.html
from lxml import etree
from parsel import Selector
from w3lib.encoding import html_to_unicode

from crawler.normalize.text import clean_text

# Elements whose text is never article text.  (Not <form>: ASP.NET pages wrap everything in
# one.)
NON_CONTENT_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "button",
                    "select", "textarea", "input", "iframe", "video", "audio", "object",
                    "embed")


# Single-byte encodings that cannot write Vietnamese: a page declaring one is mislabelled.
NON_VIETNAMESE_CHARSETS = ("iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252",
                           "us-ascii", "ascii", "iso-8859-15")


def decode_html(html: bytes | str, content_type: str | None = None) -> str:
    """Unicode text of a page from its bytes and (optional) Content-Type header.

    Two Vietnamese-web rules on top of the browser's: a page that declares a Western charset
    (which cannot write Vietnamese) but is valid UTF-8 is UTF-8; a page that declares nothing
    and is not valid UTF-8 is windows-1258, the legacy Vietnamese code page of old CMSs.
    """
    return decoded_html(html, content_type)[0]


def decoded_html(html: bytes | str, content_type: str | None = None) -> tuple[str, bool]:
    """``decode_html``'s text, and True when that text is exactly ``html`` read as UTF-8 (no
    BOM, no byte replaced), so that the bytes themselves can be handed to the parser."""
    if isinstance(html, str):
        return html, False
    encoding, text = html_to_unicode(content_type, html)
    if encoding.lower().replace("_", "-") in NON_VIETNAMESE_CHARSETS and is_utf8(html) \
            and not html.isascii():
        return html.decode("utf-8"), True
    if not declares_charset(content_type, html) and not is_utf8(html):
        return html.decode("cp1258", errors="replace"), False
    # w3lib decodes with errors="replace": without a U+FFFD every byte was read as written.
    return text, (encoding == "utf-8" and not html.startswith(b"\xef\xbb\xbf")
                  and "\ufffd" not in text)


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


CHARSET_DECLARATION = re.compile(rb"<meta[^>]+charset\s*=", re.IGNORECASE)


def declares_charset(content_type: str | None, html: bytes) -> bool:
    """True when the header, a BOM or a <meta> in the first 4 KB names the encoding."""
    if content_type and "charset=" in content_type.lower():
        return True
    if html.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    return bool(CHARSET_DECLARATION.search(html[:4096]))


@dataclass
class Document:
    """One page ready for the field extractors."""

    url: str
    root: etree._Element
    meta: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    # Results several field extractors share (the headline element, ...), computed once.
    cache: dict[str, Any] = field(default_factory=dict)
    # The page's own stylesheets (<style> elements, read before they are dropped), asked
    # lazily for the few class names that matter (is a last line right-aligned or bold?).
    styles: str = ""
    # Candidates the rules rejected, with why: collected only when the page is explained
    # (`vnnews extract --explain`); None otherwise, so a crawl pays nothing for it.
    trace: list[dict[str, Any]] | None = None

    @property
    def selector(self) -> Selector:
        """The tree as a parsel Selector (the field extractors use the lxml tree itself)."""
        return Selector(root=self.root, type="html", base_url=self.url)

    def class_style(self, name: str) -> str:
        """The declarations the page's stylesheets give the class ``name`` on its own
        (``.t1 { text-align: right; }`` -> "text-align: right;"), lower-cased."""
        key = "style:" + name
        if key not in self.cache:
            found = []
            if name in self.styles:
                for match in re.finditer(r"\." + re.escape(name) + r"\s*(?=[,{])", self.styles):
                    start = self.styles.find("{", match.end())
                    end = self.styles.find("}", start)
                    if start >= 0 and end > start:
                        found.append(self.styles[start + 1:end])
            self.cache[key] = " ".join(found).lower()
        return self.cache[key]

    def carries(self, name: str, text: str) -> bool:
        """True when some element of the page has the attribute ``name`` (lower-case) with
        ``text`` inside its value; our own marks (``data-vnnews-*``), set while the fields are
        read, are taken to be anywhere."""
        if name.startswith("data-vnnews"):
            return True
        values = self.attribute_values(name)
        return bool(values) and text in values

    def attribute_values(self, name: str) -> str:
        """Every value of the attribute ``name`` in the page, each after a line break ("" when
        no element has it): one scan of the tree per name, for ``crawler.extract.css``."""
        key = "attribute:" + name
        if key not in self.cache:
            # From the scan with the elements when one was made (``attribute_nodes``): the same
            # values, in the same order.
            values = self.cache.get("attribute nodes:" + name)
            if values is None:
                values = attribute_xpath(name)(self.root)
            self.cache[key] = "\n" + "\n".join(values) if values else ""
        return self.cache[key]

    def attribute_nodes(self, name: str) -> list[Any]:
        """Every value of the attribute ``name`` in the page, in page order, each with its
        element (``getparent()``): one scan of the tree per name."""
        key = "attribute nodes:" + name
        if key not in self.cache:
            self.cache[key] = attribute_nodes_xpath(name)(self.root)
        return self.cache[key]

    def carrying(self, name: str, text: str, equal: bool = False) -> list[etree._Element]:
        """The elements, in page order, whose attribute ``name`` holds ``text`` (or, with
        ``equal``, is it): from one scan of the page per name, for ``crawler.extract.css``
        (not for our own marks, ``data-vnnews-*``, set after the scan)."""
        return [value.getparent() for value in self.attribute_nodes(name)
                if (value == text if equal else text in value)]

    def note(self, field_name: str, value: Any, layer: str | None, why: str) -> None:
        """Record a rejected candidate for ``field_name`` (a no-op unless explaining)."""
        if self.trace is not None:
            self.trace.append({"field": field_name, "value": describe(value),
                               "layer": layer or "-", "why": why})

    def cached(self, key: str, compute: "Callable[[], Any]") -> Any:
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    @classmethod
    def parse(cls, html: bytes | str, url: str, content_type: str | None = None, *,
              explain: bool = False) -> "Document":
        """Raises PageTooLarge for a page over MAX_PAGE_BYTES (see ``within_limits``)."""
        html = within_limits(html)
        large = len(html) > TRAFILATURA_MAX_BYTES
        text, as_utf8 = decoded_html(html, content_type)
        root = parse_tree(text, url, utf8=html if as_utf8 else None)
        del html, text
        if large or has_more_elements(root, LARGE_PAGE_ELEMENTS):
            root.set(LARGE_PAGE_MARK, "1")
        doc = cls(url=url, root=root, meta=read_meta(root), jsonld=list(read_jsonld(root)),
                  trace=[] if explain else None, styles="\n".join(STYLE_TEXTS(root)))
        prepare_tree(root)
        return doc

    def meta_first(self, *names: str) -> str | None:
        """The first non-empty value among meta tags named (name= or property=) ``names``."""
        for name in names:
            for value in self.meta.get(name.lower(), ()):
                if value.strip():
                    return clean_text(value)
        return None

    def article_jsonld(self) -> dict[str, Any] | None:
        """The JSON-LD object describing the article, if the page has one."""
        for obj in self.jsonld:
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in ARTICLE_TYPES for k in kinds):
                return obj
        return None


# schema.org's types of a story: Article and its news kinds, a blog post, and a broadcaster's
# podcast episode (a radio station's story page: SBS's Vietnamese programme).
ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                           "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
                           "ReviewNewsArticle", "Report", "PodcastEpisode"})


# A page's memory grows with its size (its tree, then what every field reads of it): about
# 25 MB per MB of HTML, and trafilatura's two copies of the tree another 35.  Past
# LARGE_PAGE_BYTES the parts no field reads (inline "data:" images, scripts other than
# JSON-LD, comments) are cut out before parsing; past MAX_PAGE_BYTES of what remains, the
# page is not read (PageTooLarge), so that no page takes more than about 200 MB.  A page of
# more than TRAFILATURA_MAX_BYTES, or of more than LARGE_PAGE_ELEMENTS elements, gets its
# generic body from our own walk, not from trafilatura.  The largest real page of
# ../shared/real-pages is 533 KB and 3,460 elements.
LARGE_PAGE_BYTES = 1 << 20
MAX_PAGE_BYTES = 5 << 20
TRAFILATURA_MAX_BYTES = 2 << 20
LARGE_PAGE_ELEMENTS = 20_000
LARGE_PAGE_MARK = "data-vnnews-large"  # on the root of a large tree


def has_more_elements(root: etree._Element, limit: int) -> bool:
    """True when the tree has more than ``limit`` elements (counted by libxml2: a Python walk
    of the tree cost a tenth of a millisecond a page)."""
    return root.xpath("count(//*)") > limit


class PageTooLarge(ValueError):
    """A page over MAX_PAGE_BYTES of HTML once its inline images and scripts are cut out."""

    def __init__(self, size: int):
        super().__init__(f"page too large: {size / 2**20:.1f} MB of HTML without its inline "
                         f"images and scripts (pages over {MAX_PAGE_BYTES >> 20} MB are not "
                         f"read)")
        self.size = size


INLINE_PAYLOADS = re.compile(
    rb"<!--.*?-->"
    rb"|(?P<script><script\b(?![^>]*ld\+json)[^>]*>).*?(?P<end></script\s*>)"
    rb"|(?P<quote>[\"'])data:[^\"'>]{256,}(?P=quote)", re.DOTALL | re.IGNORECASE)


def cut_payload(match: re.Match[bytes]) -> bytes:
    if match.group("script"):
        return match.group("script") + match.group("end")
    if match.group("quote"):
        return match.group("quote") + b"data:," + match.group("quote")
    return b""


def within_limits(html: bytes | str) -> bytes | str:
    """The page, without its inline payloads when it is over LARGE_PAGE_BYTES; PageTooLarge
    when what remains is over MAX_PAGE_BYTES.

    >>> page = b"<p>Tin</p><img src='data:image/png;base64," + b"A" * (2 << 20) + b"'>"
    >>> within_limits(page)
    b"<p>Tin</p><img src='data:,'>"
    """
    size = len(html) if isinstance(html, bytes) else len(html.encode("utf-8", "replace"))
    if size <= LARGE_PAGE_BYTES:
        return html
    as_bytes = isinstance(html, bytes)
    data = html if as_bytes else html.encode("utf-8", "surrogatepass")
    data = INLINE_PAYLOADS.sub(cut_payload, data)
    if len(data) > MAX_PAGE_BYTES:
        raise PageTooLarge(len(data))
    return data if as_bytes else data.decode("utf-8", "surrogatepass")


def parse_tree(text: str, url: str, utf8: bytes | None = None) -> etree._Element:
    """The page's element tree, parsed as parsel parses it, in bounded memory.

    parsel's ``Selector(text=...)`` keeps the decoded text (two to four bytes a character)
    for the selector's whole life; here only the tree is kept, and the UTF-8 bytes libxml2
    reads are dropped as soon as it has read them: a 20 MB page costs its tree, not three
    more copies of itself.  A page nested deeper than libxml2 reads (2,048 elements: it stops
    there, and everything after is lost) is read again with its elements below
    ``MAX_NESTING`` unwrapped, their text kept (``flatten_nesting``).
    """
    body = stripped_utf8(text, utf8) if utf8 is not None else None
    if body is None:
        body = (text or "<html></html>").strip().replace("\x00", "").encode("utf-8") or b"<html/>"
    del text, utf8
    root, too_deep = parse_bytes(body, url)
    if too_deep:
        root, _ = parse_bytes(flatten_nesting(body), url)
    return root


def stripped_utf8(text: str, utf8: bytes) -> bytes | None:
    """What ``parse_tree`` makes of ``text`` (stripped, encoded), cut from ``utf8``, the bytes
    ``text`` was decoded from as UTF-8, without encoding it again (a tenth of the parse's time
    on a Vietnamese page); None when the cut is not plain (a NUL to drop, non-ASCII spaces
    at the ends, nothing left).

    >>> stripped_utf8("\\n <p>Chào</p>\\n", "\\n <p>Chào</p>\\n".encode())
    b'<p>Ch\\xc3\\xa0o</p>'
    """
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    if "\x00" in text or lead + trail >= len(text) or not text[:lead].isascii() \
            or not text[len(text) - trail:].isascii():
        return None
    # The spaces cut are ASCII: as many bytes as characters.
    return utf8[lead:len(utf8) - trail] if lead or trail else utf8


# lxml.html's own parser picks each element's Python class by calling a Python method
# whenever lxml wraps an element (for its form classes): about a fifth of a millisecond a page
# here, and as much again in trafilatura's copies of the tree, which keep the parser.  The
# same HtmlElement class for every element is chosen in C (we never use the form classes).
HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def html_parser() -> etree.HTMLParser:
    """lxml's HTML parser as parsel sets it up (``recover``, ``huge_tree``), its elements
    lxml.html's ``HtmlElement`` (what trafilatura expects)."""
    parser = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)
    parser.set_element_class_lookup(HTML_CLASSES)
    return parser


def parse_bytes(body: bytes, url: str) -> tuple[etree._Element, bool]:
    """(root, whether libxml2 stopped at its nesting limit) for UTF-8 ``body``."""
    parser = html_parser()
    root = etree.fromstring(body, parser=parser, base_url=url)
    too_deep = any("Excessive depth" in error.message for error in parser.error_log)
    if root is None:
        root = etree.fromstring(b"<html/>", parser=parser, base_url=url)
    return root, too_deep


# Elements nested deeper than this are unwrapped when a page is too deep for libxml2 (a real
# page nests a few dozen levels; 256 is libxml2's own limit without XML_PARSE_HUGE).
MAX_NESTING = 256
# What an unwrapping pass reads: comments and script/style blocks are passed over whole, so
# that a "<div>" written inside them is not taken for a tag.
TAG_OR_SKIPPED = re.compile(rb"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([A-Za-z][\w:-]*)[^>]*>",
                            re.DOTALL | re.IGNORECASE)
VOID_TAGS = frozenset(b"area base br col embed hr img input link meta param source track wbr"
                      .split())
CLOSE_LOOKBACK = 64  # how far a closing tag looks for its element (stray ones stay)


def flatten_nesting(body: bytes, limit: int = MAX_NESTING) -> bytes:
    """The page with the tags of elements nested deeper than ``limit`` removed, their content
    kept in place (inside the element at depth ``limit``).

    >>> flatten_nesting(b"<div><div><div><p>Tin</p></div></div></div>", limit=2)
    b'<div><div>Tin</div></div>'
    """
    out: list[bytes] = []
    last = 0
    stack: list[tuple[bytes, bool]] = []  # (tag, kept) of the open elements
    depth = 0  # kept elements open
    for match in TAG_OR_SKIPPED.finditer(body):
        name = match.group(3)
        if name is None:
            continue  # a comment, a script or a style
        name = name.lower()
        if name in VOID_TAGS or match.group(0).endswith(b"/>"):
            continue
        if not match.group(2):  # an opening tag
            keep = depth < limit
            stack.append((name, keep))
            if keep:
                depth += 1
                continue
        else:
            start = len(stack) - 1
            while start >= max(0, len(stack) - CLOSE_LOOKBACK) and stack[start][0] != name:
                start -= 1
            if start < max(0, len(stack) - CLOSE_LOOKBACK):
                continue  # a stray closing tag: the parser ignores it
            keep = stack[start][1]
            depth -= sum(1 for _, kept in stack[start:] if kept)
            del stack[start:]
            if keep:
                continue
        out.append(body[last:match.start()])
        last = match.end()
    out.append(body[last:])
    return b"".join(out)


def describe(value: Any) -> Any:
    """A candidate as plain data: an element as its tag, class and the start of its text."""
    if isinstance(value, etree._Element):
        text = clean_text("".join(value.itertext()))
        return f"<{value.tag} class={value.get('class', '')!r}> {text[:60]}"
    return value


@lru_cache(maxsize=64)
def attribute_xpath(name: str) -> etree.XPath:
    """``//@name`` compiled once, giving plain strings (``name`` is a plain attribute name)."""
    return etree.XPath(f"//@{name}", smart_strings=False)


@lru_cache(maxsize=64)
def attribute_nodes_xpath(name: str) -> etree.XPath:
    """``//@name`` compiled once, giving each value with its element (``getparent()``)."""
    return etree.XPath(f"//@{name}")


# What the page declares, read straight from the tree (compiled once; plain strings).  Each
# starts from the attribute it asks for: libxml2 tests a condition on every element of the
# page (``//meta[@content]``) at twice the cost of reading one attribute's values.
META_TAGS = etree.XPath("//meta/@content/..")
LINK_TAGS = etree.XPath("//link/@href/parent::*[@rel]")
JSONLD_TEXTS = etree.XPath("//script/@type[. = 'application/ld+json']/../text()",
                           smart_strings=False)
STYLE_TEXTS = etree.XPath("//style/text()", smart_strings=False)


def read_meta(root: etree._Element) -> dict[str, list[str]]:
    """``<meta>`` values by lower-cased name, property or itemprop, in page order."""
    meta: dict[str, list[str]] = {}
    for node in META_TAGS(root):
        key = node.get("property") or node.get("name") or node.get("itemprop")
        if key:
            meta.setdefault(key.strip().lower(), []).append(node.get("content"))
    for node in LINK_TAGS(root):
        meta.setdefault("link:" + node.get("rel").strip().lower(), []).append(node.get("href"))
    return meta


def read_jsonld(root: etree._Element) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, flattening lists and ``@graph``; bad JSON is skipped."""
    for raw in JSONLD_TEXTS(root):
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, dict):
                graph = obj.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
                yield obj
            elif isinstance(obj, list):
                stack.extend(obj)


# An inline SVG that draws an eye (a view counter's icon) by its class, id, title, label or
# the symbol it uses.
EYE_SVG = re.compile(r"eye|icon-?views?|ico-?views?|views?-?icon|luot-?xem|lượt\s*xem|\bviews?\b",
                     re.IGNORECASE)
EYE_ICON = "vnnews-eye-icon"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def keep_eye_icons(root: etree._Element) -> None:
    """Replace each inline SVG eye by ``<i class="vnnews-eye-icon">`` before SVGs are dropped,
    so the number beside it is still known to be a view count."""
    for svg in list(root.iter("svg", SVG + "svg")):
        titles = ("".join(t.itertext()) for t in svg.iter("title", SVG + "title"))
        symbols = (u.get("href", "") + u.get("xlink:href", "") + u.get(XLINK + "href", "")
                   for u in svg.iter("use", SVG + "use"))
        names = " ".join([svg.get("class", ""), svg.get("id", ""), svg.get("aria-label", ""),
                          *titles, *symbols])
        if EYE_SVG.search(names):
            icon = etree.Element("i", {"class": EYE_ICON})
            icon.tail = svg.tail
            svg.getparent().replace(svg, icon)


# A control that unfolds a truncated text ("… (đọc thêm)", "Xem tiếp", "Read more"): a link to
# nowhere at the end of a paragraph, not part of the text.
EXPANDER_TEXT = re.compile(r"^\W*(đọc thêm|xem thêm|đọc tiếp|xem tiếp|mở rộng|thu gọn|"
                           r"read more|more|show more|see more)\W*$", re.IGNORECASE)


# Classes of text printed for screen readers only, which a sighted reader never sees:
# Gnuboard's "sound_only" ("<span class=sound_only>Ngày đăng</span>2025.08.22", "<h2
# class=sound_only>Nội dung</h2>"), Bootstrap's "sr-only" and "visually-hidden", WordPress'
# "screen-reader-text", Korean portals' "blind".
SCREEN_READER_CLASS = re.compile(r"(?:^|\s)(?:sound_only|sr-only|visually-?hidden|screen-reader-text|blind)(?:\s|$)")
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Only headings are asked, in one XPath (a page has thousands of classed elements).
SCREEN_READER_CANDIDATES = etree.XPath(
    "(//h1|//h2|//h3|//h4|//h5|//h6)[contains(@class, 'sound_only') or contains(@class, 'sr-only')"
    " or contains(@class, 'visually') or contains(@class, 'screen-reader-text') or contains(@class, 'blind')]")


def drop_screen_reader_text(root: etree._Element) -> None:
    """Remove the headings printed for screen readers only (see SCREEN_READER_CLASS), keeping
    the text after them: the page as a reader sees it ("Thông tin bài viết", "Nội dung" over a
    board post's parts).  Their short labels inside a line stay ("<span class=sound_only>Ngày
    đăng</span>2025.08.22"): they say what the line prints, as a sighted reader reads it."""
    for element in SCREEN_READER_CANDIDATES(root):
        parent = element.getparent()
        if parent is None or element.tag not in HEADING_TAGS \
                or not SCREEN_READER_CLASS.search(element.get("class", "")):
            continue
        remove_keeping_tail(element)


def remove_keeping_tail(element: etree._Element) -> None:
    """Take ``element`` out of its parent, the text after it (its tail) left where it was."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def drop_expanders(root: etree._Element) -> None:
    """Remove the expander links printed inside a paragraph of text (``<p>… COVID-19. <a
    href="#">(đọc thêm)</a></p>``); a link to a page, or one that is a block's only text (a
    "Xem thêm" label over a list), stays."""
    for anchor in list(root.iter("a")):
        href = anchor.get("href") or ""
        if "/" in href and "javascript:" not in href.lower():
            continue  # a link to a page, most of a page's: known without more work
        href = href.strip().lower()
        parent = anchor.getparent()
        # Only a link to nowhere: "#section" jumps to a part of the page, which is text.
        if parent is None or not (href in ("", "#") or href.startswith("javascript:")) \
                or not EXPANDER_TEXT.match("".join(anchor.itertext())):
            continue
        before = (parent.text or "") + "".join(
            "".join(e.itertext()) + (e.tail or "") for e in anchor.itersiblings(preceding=True))
        if len(before.split()) >= 10:
            remove_keeping_tail(anchor)


# Elements with an inline style (found by libxml2: a Python loop would wrap every element;
# from the style attributes, not testing every element: see META_TAGS).
STYLED_ELEMENTS = etree.XPath("//@style/..")
INLINE_BOLD = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.IGNORECASE)
INLINE_ITALIC = re.compile(r"font-style\s*:\s*(italic|oblique)", re.IGNORECASE)


def mark_inline_emphasis(root: etree._Element) -> None:
    """Mark elements an inline style sets in bold or italics (``<span style="font-weight:
    bold">``, what old rich-text editors write instead of ``<strong>``), so the rules that read
    bold leads, bylines and italic captions see them like ``<strong>`` and ``<em>``."""
    for element in STYLED_ELEMENTS(root):
        style = element.get("style")
        if not style:
            continue
        if INLINE_BOLD.search(style):
            element.set("data-vnnews-bold", "")
        if INLINE_ITALIC.search(style):
            element.set("data-vnnews-italic", "")


# Texts of a paragraph broken over lines in the page's source (found by libxml2, like
# STYLED_ELEMENTS: only the few such texts reach Python).
WRAPPED_PARAGRAPH_TEXTS = etree.XPath("//p//text()[contains(., '\n')]")


def unwrap_paragraph_source_lines(root: etree._Element) -> None:
    """A paragraph's text hard-wrapped in the page's source (an old CMS or a word processor's
    export breaks "<p>… Chủ tịch Hội\nNgười cao tuổi xã …</p>" every 60-odd characters) is one
    line to a reader: the browser prints a space there.  Only ``<br>`` breaks a line, and
    ``prepare_tree`` turns it into a line break after this."""
    for text in WRAPPED_PARAGRAPH_TEXTS(root):
        owner = text.getparent()
        spaced = text.replace("\r", " ").replace("\n", " ")
        if text.is_text:
            owner.text = spaced
        elif text.is_tail:
            owner.tail = spaced


def drop_pasted_titles(root: etree._Element) -> None:
    """Remove a ``<title>`` inside the body when the head has its own: the head of a document
    pasted whole into the text (Word's "Save as Web Page": "<html><head><title>Untitled
    1</title></head><body><p class=MsoNormal>…"), which no reader sees."""
    body = root.find("body")
    if body is None or root.find("head/title") is None:
        return
    for title in list(body.iter("title")):
        remove_keeping_tail(title)


# WordPress' caption shortcode printed instead of rendered: "[caption id=… width=…]<img>
# Trao vốn hỗ trợ phụ nữ khởi nghiệp[/caption]", its opener sometimes lost on the way
# ("<img> Hình ảnh hai bố con tại bệnh viện[/caption] Hai cha con được…").
CAPTION_CLOSER = re.compile(r"\[/caption\]", re.IGNORECASE)
CAPTION_OPENER_AT_END = re.compile(r"\[caption\b[^\]]*\]\s*$", re.IGNORECASE)
# Longer than this, the words before a closer are no caption but a damaged text.
MAX_SHORTCODE_CAPTION = 300


def photo_of(img: etree._Element) -> etree._Element:
    """The photo as printed: the ``<img>``, or the link that holds nothing else."""
    link = img.getparent()
    if link is not None and link.tag == "a" and len(link) == 1 \
            and not (link.text or "").strip() and not (img.tail or "").strip():
        return link
    return img


def render_caption_shortcodes(root: etree._Element) -> None:
    """Render as WordPress would a caption shortcode left in the text: the photo and the
    words after it up to "[/caption]" become a ``<figure>`` with its ``<figcaption>``, the
    opener before the photo goes, and the text after the closer stays where it was, so
    that no path reads the caption as the start of the next sentence.

    >>> root = lxml.html.fromstring('<div><p><img src="a.jpg"> Hai bố con tại bệnh viện'
    ...     '[/caption] Hai cha con được bác sĩ thăm khám.</p></div>')
    >>> render_caption_shortcodes(root)
    >>> lxml.html.tostring(root.find("p"), encoding=str)
    '<p><figure><img src="a.jpg"><figcaption>Hai bố con tại bệnh viện</figcaption></figure> Hai cha con được bác sĩ thăm khám.</p>'
    """
    for img in list(root.iter("img")):
        photo = photo_of(img)
        tail = photo.tail or ""
        closer = CAPTION_CLOSER.search(tail)
        if closer is None or len(tail[:closer.start()]) > MAX_SHORTCODE_CAPTION \
                or "[caption" in tail[:closer.start()].lower():
            continue
        before = photo.getprevious()
        if before is not None:
            before.tail = CAPTION_OPENER_AT_END.sub("", before.tail or "") or None
        elif photo.getparent() is not None:
            photo.getparent().text = CAPTION_OPENER_AT_END.sub("", photo.getparent().text or "") or None
        figure = etree.Element("figure")
        photo.addprevious(figure)
        photo.tail = None
        figure.append(photo)
        etree.SubElement(figure, "figcaption").text = tail[:closer.start()].strip()
        figure.tail = tail[closer.end():] or None


def prepare_tree(root: etree._Element) -> None:
    """Drop non-content elements and turn ``<br>`` into line breaks, once per document."""
    drop_pasted_titles(root)
    render_caption_shortcodes(root)
    keep_eye_icons(root)
    drop_expanders(root)
    drop_screen_reader_text(root)
    mark_inline_emphasis(root)
    etree.strip_elements(root, *NON_CONTENT_TAGS, etree.Comment, with_tail=False)
    unwrap_paragraph_source_lines(root)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
