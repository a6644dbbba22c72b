"""One small function per Article field, each walking the layers best first.

A field function returns ``(value, layer)``: the first layer that yields a value wins
("site" = the profile's selector, "metadata" = what the page declares, "heuristic" = what a
Vietnamese reader sees).  A site selector that matches nothing falls through to the next layer.
"""

from __future__ import annotations

import html
import re
from itertools import islice
from urllib.parse import urlsplit
from typing import Any, Callable, Iterable, Iterator, Optional, TypeVar

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import (BLOCK_TAGS, IMAGE_TAGS, LEAD_CLASS, MIN_LEAD_WORDS, Block, Body,
                                  element_text, extract_body, has_image, image_url, is_bold,
                                  is_caption_element, is_emphasised, looks_like_lead, text_key)
from crawler.extract.body import is_footnote_of, is_right_aligned, looks_like_byline, paragraph_text
from crawler.extract.body import SURNAMES
from crawler.extract.body import ABSTRACT_LABEL, ABSTRACT_WORDS, DOCUMENT_HREF, without_abstract_label
from crawler.extract.body import announces_document, is_second_break, is_site_footer
from crawler.extract.css import css_elements
from crawler.extract.document import Document
from crawler.normalize.byline import parse_byline
from crawler.normalize.dates import ENGLISH_MONTH_PATTERN
from crawler.normalize.numbers import parse_views
from crawler.normalize.text import clean_text
from crawler.normalize.urls import absolute_url, same_site, same_site_view, site_host, strip_tracking
from crawler.sites import FieldSelectors

T = TypeVar("T")
Found = tuple[Optional[T], Optional[str]]

# Class or id words that mark furniture inside an article container.
FURNITURE_CLASS = re.compile(
    r"(^|[\s_-])(share\w*|sharing|social\w*|relate\w*|tin-?lien-?quan|tags?|keywords?|"
    r"comments?|ads?|advert\w*|banner\w*|toolbar|print|rating|breadcrumbs?|navigation|menu|"
    r"sidebar)([\s_-]|$)", re.IGNORECASE)


# The XPath expressions the rules run on parts of the page, compiled once (``element.xpath``
# with a string compiles it at every call: two thirds of a short expression's time).
TEXTS_AFTER_60 = etree.XPath("following::text()[normalize-space()][position() <= 60]")
TEXTS_AFTER_30 = etree.XPath("following::text()[normalize-space()][position() <= 30]")
TEXTS_BEFORE_15 = etree.XPath("preceding::text()[normalize-space()][position() <= 15]")
TEXTS_OUTSIDE_LINKS = etree.XPath(".//text()[not(ancestor::a)]")
BODY_TEXTS = etree.XPath("//body//text()[normalize-space()]")
STRING_LENGTH = etree.XPath("string-length(.)")
HEADLINE_LINKS = etree.XPath(".//h1//a[@href]|.//h2//a[@href]|.//h3//a[@href]|.//h4//a[@href]|"
                             ".//h5//a[@href]")
LINKS = etree.XPath(".//a[@href]")
IMAGE_ALTS = etree.XPath(".//img/@alt")


def has_value(value: Any) -> bool:
    # lxml elements are tested for presence, not for having children.
    return value is not None and (isinstance(value, etree._Element) or bool(value))


def first_of(doc: Document, field: str, *layers_: tuple[str, Callable[[], T | None]]) -> Found[T]:
    """The first non-empty value among ``(layer, getter)`` pairs, with its layer.

    When the document is being explained (``vnnews extract --explain``) every layer runs, and
    the values of the layers after the winner are noted as rejected.
    """
    found: Found[T] = (None, None)
    for layer, getter in layers_:
        if found[1] is not None and doc.trace is None:
            break
        value = getter()
        if not has_value(value):
            continue
        if found[1] is None:
            found = (value, layer)
        elif value != found[0]:
            doc.note(field, value, layer, f"an earlier layer ({found[1]}) gave a value")
    return found


def css_text(doc: Document, css: str | None) -> str | None:
    """Text of the first element matched by ``css`` that has any."""
    for element in css_elements(doc, css):
        text = element_text(element)
        if text:
            return text
    return None


def jsonld_value(doc: Document, key: str) -> Any:
    article = doc.article_jsonld()
    return article.get(key) if article else None


def jsonld_text(doc: Document, key: str) -> str | None:
    value = jsonld_value(doc, key)
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    # Some CMSs write HTML entities inside JSON-LD strings ("&quot;", "&#226;").
    return clean_text(html.unescape(str(value))) if value else None


def document_order(doc: Document) -> dict[etree._Element, int]:
    """Each element's position in the page, for "printed after the headline" questions."""
    elements = document_elements(doc)
    return doc.cached("order", lambda: dict(zip(elements, range(len(elements)))))


def document_elements(doc: Document) -> list[etree._Element]:
    """Every node of the page in document order (``document_order`` gives their positions):
    one walk of the tree, shared."""
    return doc.cached("elements", lambda: list(doc.root.iter()))


def headline_element(doc: Document, fields: FieldSelectors) -> etree._Element | None:
    """The headline's element: where the timestamp and view count are printed nearby."""
    found = css_elements(doc, fields.title)
    if found:
        return found[0]
    return doc.cached("headline", lambda: printed_headline(doc))


def declared_titles(doc: Document) -> list[str]:
    """What the page says its title is: og:title, JSON-LD headline, <title> (cleaned)."""
    titles = [doc.meta_first(name) for name in layers.TITLE_META]
    titles += [jsonld_text(doc, "headline"), css_text(doc, "head title")]
    return unique(t for t in titles if t)


def is_headline_of(text: str, titles: list[str]) -> bool:
    """True when ``text`` is one of the declared titles, or one with the site name cut off at
    a separator ("Báo Quảng Bình - Phong Nha đón khách" -> "Phong Nha đón khách")."""
    if len(text.split()) < 2:
        return False
    for title in titles:
        if text == title:
            return True
        for sep in layers.TITLE_SEPARATORS:
            if (title.startswith(text + sep) or title.endswith(sep + text)) \
                    and len(text) >= 0.4 * len(title):
                return True
    return False


def printed_headline(doc: Document) -> etree._Element | None:
    """The element printing the headline: an <h1> that matches the declared title, else the
    deepest body element whose text does (old CMSs print it in a <td> or <div>), else the
    first <h1>."""
    titles = declared_titles(doc)
    body = doc.root.find("body")
    if body is None:
        return None
    h1s = [h for h in body.iter("h1") if element_text(h) and not is_portlet_label(h)]
    for h1 in h1s:
        if is_headline_of(element_text(h1), titles):
            return h1
    # A headline printed in capitals ("PHẤN KHỞI VỤ LÚA THU ĐÔNG") declared in sentence case.
    folded = [t.casefold() for t in titles]
    for h1 in h1s:
        if element_text(h1).isupper() and is_headline_of(element_text(h1).casefold(), folded):
            return h1
    longest = max((len(t) for t in titles), default=0)
    best: etree._Element | None = None
    for element in SHORT_TEXT_ELEMENTS(body, limit=2 * longest + 100):
        raw = "".join(element.itertext())
        if len(raw) > 2 * longest + 100:
            continue
        text = clean_text(raw)
        if is_site_banner(element, text):
            continue
        if is_headline_of(text, titles) and text not in section_names(doc) \
                and not is_trail_level(element) and (best is None or len(text) > len(element_text(best))
                                             or best in element.iterancestors()
                                             or heading_beats_trail_item(element, best)):
            best = element
    if best is not None:
        return best
    return h1s[0] if h1s else headline_by_class(body)


def is_site_banner(element: etree._Element, text: str) -> bool:
    """True for the site's banner, its name printed beside its logo image ("<td><img
    src=banner.gif>China Radio International</td>"), which a <title> naming only the site
    matches: a name of a few words beside a picture is no headline."""
    return len(text.split()) <= 4 and next(element.iter("img"), None) is not None


def is_trail_level(element: etree._Element) -> bool:
    """True for the unlinked last level of a trail ("<a>Trang chủ</a> > <span>Thư viện
    video</span>"): the section, which a <title> "Site - Section" names too, not the headline."""
    parent = element.getparent()
    if parent is None or element.tag == "a" or len(element_text(parent)) > 120:
        return False
    home = next((a for a in parent.iter("a") if layers.HOME_WORDS.match(element_text(a))), None)
    return home is not None and bool(TRAIL_LAST_LEVEL.match("".join(TEXTS_OUTSIDE_LINKS(parent))))


# The text of a trail outside its links: glyphs, and the last level printed without a link
# ("Trang chủ > Thư viện video" outside the home link is " > Thư viện video").
TRAIL_LAST_LEVEL = re.compile(r"^[\s>»›/→|\-–·•:]*[>»›→/]\s*(?P<level>[^>»›/→|\n]{2,80}?)\s*$")


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
# Liferay's portlet frame: each box of a government portal prints its name ("Xuất bản thông
# tin", the Asset Publisher's) in an <h1 class="portlet-title"> inside its topper, a theme its
# own label box ("title-detail-portlet": "Chi tiết bài viết").
PORTLET_LABEL = re.compile(r"(?:^|\s)(?:portlet-(?:title|topper)[\w-]*|[\w-]*title[\w-]*-portlet)(?=\s|$)")


def is_portlet_label(element: etree._Element) -> bool:
    """True for a heading that is a portlet frame's name (see PORTLET_LABEL), not a story's."""
    return any(PORTLET_LABEL.search(e.get("class", "")) for e in (element, element.getparent())
               if e is not None)


def opens_with_null(element: etree._Element) -> bool:
    """True for an element whose first text is a template's unfilled value, "null" printed
    alone (Liferay's header "<span>null</span> <headline>"): a broken copy of a line printed
    whole elsewhere."""
    first = next((t.strip() for t in element.itertext() if t.strip()), "")
    return first in ("null", "undefined")


def heading_beats_trail_item(element: etree._Element, best: etree._Element) -> bool:
    """True when ``element``, a heading, prints the same headline as ``best``, which is not
    one: a breadcrumb that ends with the headline ("Trang chủ > Đào tạo > <span>headline")
    prints it first, but the headline is the heading under it (Joomla K2's h2.itemTitle)."""
    return element.tag in HEADING_TAGS and best.tag not in HEADING_TAGS \
        and element_text(element) == element_text(best)


def section_names(doc: Document) -> set[str]:
    """The names of the site's sections, as its links to section pages print them: a portal's
    <title> "Báo Cao Bằng - Phóng sự ảnh" ends with one, and the page prints it above the
    headline; it is the section, not the headline."""
    own = own_paths(doc)
    return doc.cached("section_names", lambda: {
        element_text(a) for a in doc.root.iter("a")
        if is_section_path(path := urlsplit(a.get("href") or "").path) and element_text(a)
        and path.rstrip("/") not in own})


def own_paths(doc: Document) -> set[str]:
    """The paths of the page itself (fetched and canonical), without a trailing slash: a
    WordPress headline links to its own one-segment permalink ("/hoi-ccb-ky-niem-20-nam/"),
    which reads like a section's path but names the story, not a section."""
    urls = (doc.url, doc.meta_first("link:canonical") or "")
    return {urlsplit(u).path.rstrip("/") for u in urls if urlsplit(u).path.rstrip("/")}


# The elements (``body`` itself and those under it) that are not, and are not inside, a link,
# a <title> or an <option>, whose text is at most ``limit`` characters long, in page order.  An
# element's string-value is the text ``itertext`` gives (checked on every saved page), so
# libxml2 measures it without the Python walk joining every wrapper's whole text.
SHORT_TEXT_ELEMENTS = etree.XPath(
    "descendant-or-self::*[not(self::a or self::title or self::option) and not(ancestor::a)"
    " and string-length(.) <= $limit]")


# Class or id words of a headline printed without <h1> ("td.NewsTitle", "span#lblTitle",
# "div.tieude").
HEADLINE_CLASS = re.compile(r"title|tieu-?de|headline", re.IGNORECASE)


def headline_by_class(body: etree._Element) -> etree._Element | None:
    """Without an <h1> or a declared title printed in the page (a portal whose <title> is its
    own name), the first element whose class or id names a title and whose text reads as a
    headline (5 to 40 words, not a link: box titles are short, story titles are links)."""
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("a", "option", "title") \
                or not HEADLINE_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        # A menu's or a side box's title ("div.menu-title") names the box, not the story.
        if element.find(".//a") is not None or opens_with_null(element) \
                or is_portlet_label(element) or MENU_CLASS.search(
                f"{element.get('class', '')} {element.get('id', '')}") or any(
                a.tag in ("a", "li", "nav", "header", "footer") for a in element.iterancestors()):
            continue
        # A box's title "Tin tức - Sự kiện" is four words and a dash.
        if 5 <= len([w for w in element_text(element).split() if any(c.isalnum() for c in w)]) <= 40:
            return element
    return None


# ---- title ----

def extract_title(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(doc, "title",
        ("site", lambda: css_text(doc, fields.title)),
        ("heuristic", lambda: headline_text(doc, fields)),
        ("metadata", lambda: without_site_suffix(
            doc.meta_first(*layers.TITLE_META) or jsonld_text(doc, "headline"), doc)),
        ("heuristic", lambda: without_site_suffix(css_text(doc, "head title"), doc)),
    )


def headline_text(doc: Document, fields: FieldSelectors) -> str | None:
    element = headline_element(doc, fields)
    if element is None:
        return None
    date = date_in_headline(element)
    if date is not None:
        # "Tiếp nhận 193 đơn vị máu … <span>(20/10/2017)</span>": the day is not the title's.
        return clean_text(element_text(element)[:-len(element_text(date))])
    return without_template_null(element_text(element))


# A Java template's empty field printed before the headline ("null Ra mắt mô hình …", a
# Liferay asset's header): no word of Vietnamese, nor of a headline.
TEMPLATE_NULL = re.compile(r"^null\s+(?=[^\W\d_])")


def without_template_null(text: str) -> str:
    """The headline without the "null" a template printed for an empty field before it.

    >>> without_template_null("null Ra mắt mô hình “Chi hội phụ nữ 5 không 3 sạch”")
    'Ra mắt mô hình “Chi hội phụ nữ 5 không 3 sạch”'
    """
    return TEMPLATE_NULL.sub("", text)


# A date printed alone, maybe in parentheses: "(20/10/2017)", "20/10/2017 08:30".
LONE_DATE = re.compile(r"^\(?\s*\d{1,2}/\d{1,2}/\d{4}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*\)?$")


def date_in_headline(headline: etree._Element) -> etree._Element | None:
    """The element closing the headline's text that holds only a date (a table portal's
    "<td class=title>Headline <span class=date>(20/10/2017)</span></td>"): the article's day,
    printed beside its headline."""
    children = [c for c in headline if isinstance(c.tag, str)]
    if not children or (children[-1].tail or "").strip():
        return None
    last = children[-1]
    text = element_text(last)
    if not LONE_DATE.match(text) or not element_text(headline).endswith(text) \
            or len(element_text(headline)) <= len(text) + 10:
        return None
    return last


def without_site_suffix(title: str | None, doc: Document) -> str | None:
    """A <title>/og:title without the " - Báo Thái Bình" the CMS appends.

    >>> doc = Document.parse("<meta property='og:site_name' content='Báo Thái Bình'>", "http://x")
    >>> without_site_suffix("Lúa xuân được mùa - Báo Thái Bình", doc)
    'Lúa xuân được mùa'
    """
    if not title:
        return None
    site_name = doc.meta_first("og:site_name")
    if site_name:
        for sep in (" - ", " | ", " – ", " :: "):
            if title.endswith(sep + site_name):
                return title[: -len(sep + site_name)].strip()
    return title


# ---- timestamp, views ----

def extract_published(doc: Document, fields: FieldSelectors) -> Found[str]:
    """The timestamp as printed for readers (normalization weighs it against the declared one)."""
    return first_of(doc, "published",
        ("site", lambda: css_text(doc, fields.published)),
        ("heuristic", lambda: printed_timestamp(doc, fields)),
        ("heuristic", lambda: dateline_of_lead(doc, fields)),
    )


# The paper's tag opening the lead with the day of the story: "(BVBNĐ-23/3/2017) Nhằm …",
# "(Baohanam - 05/6/2024) Sáng nay …".  Read only where no timestamp line is printed.
LEAD_DATELINE = re.compile(r"^\(\s*[^\W\d_][^()]{0,30}?\s*[-–—,]\s*"
                           r"(?P<date>\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4})\s*\)")


def dateline_of_lead(doc: Document, fields: FieldSelectors) -> str | None:
    """The day in the paper's tag opening the first paragraph after the headline (see
    LEAD_DATELINE), when the page prints no timestamp line of its own."""
    anchor = headline_element(doc, fields)
    if anchor is None:
        return None
    for node in TEXTS_AFTER_30(anchor):
        text = clean_text(node)
        if len(text.split()) > PROSE_WORDS // 2 or text.startswith("("):
            found = LEAD_DATELINE.match(text)
            return found["date"] if found else None
    return None


# Segments of a meta line: "Cập nhật: 21:05, 13/03/2023 | Lượt xem: 487".
META_SEPARATOR = re.compile(r"\s+[|•·]\s+")
# A label printed before a timestamp in a cell or line of its own ("Ngày đăng: <span>...").
DATE_LABEL = re.compile(r"^(ngày đăng|ngày cập nhật|cập nhật( lúc)?|đăng lúc|đăng ngày|đăng vào|"
                        r"gửi lúc|ngày gửi|thời gian|xuất bản|ngày xuất bản|posted|published|"
                        r"updated)\s*:?$", re.IGNORECASE)


CLOCK = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")
# A count left before its label ("19:57:31 1,464 lượt xem"), not the minutes of a clock.
TRAILING_COUNT = re.compile(r"\s+[|•·-]?\s*\d[\d.,]*\s*$")


def without_counter(line: str) -> str:
    """A timestamp line without the view counter printed in it: a segment that is only the
    counter, or the counter after the time.

    >>> without_counter("Cập nhật: 21:05, 13/03/2023 | Lượt xem: 487")
    'Cập nhật: 21:05, 13/03/2023'
    >>> without_counter("Thứ Sáu, 01/12/2023 | 11:38 Lượt đọc: 2.318")
    'Thứ Sáu, 01/12/2023 | 11:38'
    >>> without_counter("Lượt xem: 1532 | Gửi lúc: 14/06/2019 08:47:12")
    'Gửi lúc: 14/06/2019 08:47:12'
    >>> without_counter("Chủ nhật, 31/12/2017 | 19:57:31 1,464 lượt xem")
    'Chủ nhật, 31/12/2017 | 19:57:31'
    """
    def dated(text: str) -> bool:
        return bool(layers.DATE_TEXT.search(text) or CLOCK.search(text))

    parts = [p for p in META_SEPARATOR.split(line) if dated(p) or not layers.VIEWS_TEXT.search(p)]
    kept = []
    for part in parts:
        counter = layers.VIEWS_TEXT.search(part)
        if counter and dated(part[:counter.start()]):
            part = TRAILING_COUNT.sub("", part[:counter.start()]).strip().rstrip(" -–|•·")
        kept.append(part)
    return " | ".join(p for p in kept if p) or line


def printed_timestamp(doc: Document, fields: FieldSelectors) -> str | None:
    """The timestamp line near the headline as printed, without the view counter printed in
    the same line ("21:05, 13/03/2023 | Lượt xem: 487"), with its label when the label sits
    outside the date's element ("Ngày đăng: <span>31/01/2026 09:15</span>")."""
    headline = headline_element(doc, fields)
    date = date_in_headline(headline) if headline is not None else None
    line = element_text(date) if date is not None else \
        printed_near_headline(doc, fields, layers.DATE_TEXT)
    if not line:
        return None
    line = published_segment(without_counter(with_clock_beside(doc, line)))
    owner = doc.cache.get("timestamp_owner")
    parent = owner.getparent() if owner is not None else None
    if parent is not None and element_text(owner) == line:
        label = clean_text((parent.text or "") if parent[0] is owner else "")
        if DATE_LABEL.match(label) and element_text(parent) == f"{label} {line}":
            return f"{label} {line}"
    return line


# Labels of a publication time and of a later update in one meta line.
PUBLISHED_LABEL = re.compile(r"^(ngày đăng|đăng lúc|đăng ngày|đăng vào|ngày xuất bản|xuất bản|"
                             r"ngày tạo|tạo lúc|được đăng|posted|published)\b", re.IGNORECASE)
UPDATED_LABEL = re.compile(r"^(cập nhật|ngày cập nhật|sửa|chỉnh sửa|updated|modified)\b",
                           re.IGNORECASE)


def published_segment(line: str) -> str:
    """Of a meta line printing the update time before the publication time, the publication
    time: "Cập nhật: 15:00 13/3/2023 | Ngày đăng: 10:00 12/3/2023" -> "Ngày đăng: 10:00
    12/3/2023" (the line is read from its first date otherwise).

    >>> published_segment("Cập nhật: 15:00 13/3/2023 | Ngày đăng: 10:00 12/3/2023")
    'Ngày đăng: 10:00 12/3/2023'
    >>> published_segment("Ngày đăng: 10:00 12/3/2023 | Cập nhật: 15:00 13/3/2023")
    'Ngày đăng: 10:00 12/3/2023 | Cập nhật: 15:00 13/3/2023'
    """
    parts = META_SEPARATOR.split(line)
    if len(parts) < 2 or not UPDATED_LABEL.match(parts[0]):
        return line
    published = [p for p in parts[1:] if PUBLISHED_LABEL.match(p) and layers.DATE_TEXT.search(p)]
    return published[0] if published else line


def with_clock_beside(doc: Document, line: str) -> str:
    """A printed day with the time printed in an element of its own beside it, in the same
    short block: "<span class=day>Chủ nhật, ngày 08 tháng 12 năm 2024</span><br><span
    class=hour>16:02 (GMT +7)</span>" is one timestamp line, the time first or last."""
    owner = doc.cache.get("timestamp_owner")
    parent = owner.getparent() if owner is not None else None
    if CLOCK.search(line) or parent is None or parent.tag in ("body", "html"):
        return line
    block = clean_text(" ".join(parent.itertext()))  # <li>s' texts are not run together
    if len(block) <= 80 and line in block and CLOCK.search(block) \
            and sum(1 for _ in layers.DATE_TEXT.finditer(block)) == 1:
        doc.cache["timestamp_owner"] = parent
        return block
    return line


def extract_published_declared(doc: Document, fields: FieldSelectors) -> Found[str]:
    """The publication time the page declares to machines (JSON-LD, meta, microdata)."""
    return first_of(doc, "published_declared",
        ("metadata", lambda: vietnam_declaration(doc, declared_times(doc))),
    )


def declared_times(doc: Document) -> list[str]:
    """Every publication time the page declares, JSON-LD first, then meta, then microdata."""
    found = [jsonld_text(doc, "datePublished")]
    found += [clean_text(v) for name in layers.PUBLISHED_META for v in doc.meta.get(name, ())]
    found.append(itemprop_date(doc))
    found.append(printed_time_declaration(doc))
    found.append(hatom_published(doc))
    return unique(t for t in found if t)


def hatom_published(doc: Document) -> str | None:
    """The ``datetime`` of hAtom's publication time in the headline's own header: a WordPress
    theme with an English interface prints "Posted on <time class='entry-date published'
    datetime='2018-01-08'>January 8, 2018</time>" above a Vietnamese post, month words the
    printed-date rules leave alone (see layers.DATE_TEXT).  A <time> of another story (a
    sidebar's, a related list's) has no headline in its header.  A <time> there with no
    ``datetime`` printing "March 12, 2020" is read from its text the same way.  Blogger's template writes the
    same in the post's footer: "lúc <abbr class='published' title='2011-12-22T19:40:00+07:00'>
    7:40 CH</abbr>" below the day its date header prints, in the post that holds the
    ``entry-title``."""
    for node in css_elements(doc, "time.published"):
        value = node.get("datetime")
        if value and ISO_DATE.match(value) \
                and any(a.find(".//h1") is not None for a in islice(node.iterancestors(), 4)):
            return clean_text(value)
    for node in css_elements(doc, "time"):
        # "<time class='entry-date updated'>March 12, 2020</time>" with no datetime: an English
        # theme's date over a Vietnamese post (overseas papers), in the headline's header.
        text = element_text(node)
        if not node.get("datetime") and ENGLISH_DAY.match(text) \
                and any(a.tag != "body" and a.find(".//h1") is not None
                        for a in islice(node.iterancestors(), 4)):
            return text
    for node in css_elements(doc, "abbr.published"):
        value = node.get("title")
        if value and ISO_DATE.match(value) and any(
                a.find(".//h1") is not None or a.xpath(ENTRY_TITLE)
                for a in islice(node.iterancestors(), 6)):
            return clean_text(value)
    return None


# A day in English month words as a WordPress theme prints it: "March 12, 2020" ("Mar 12, 2020").
ENGLISH_DAY = re.compile(rf"^(?:{ENGLISH_MONTH_PATTERN}) \d{{1,2}}, \d{{4}}$", re.IGNORECASE)
# hAtom's headline of the entry (Blogger prints it as <h3 class="post-title entry-title">).
ENTRY_TITLE = "boolean(.//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')])"
# A machine-readable date: "2024-06-06", "2024-06-06T09:14:27+07:00".
ISO_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?$")


def printed_time_declaration(doc: Document) -> str | None:
    """The machine form the page gives its printed timestamp: the ``datetime`` of the <time>
    element printing it, or the ISO ``title`` of hAtom's <abbr class="published">.  A
    WordPress theme prints the day only ("Ngày đăng: <time datetime='2024-06-06T09:14:27+07:00'>
    06/06/2024</time>") and keeps the time in the attribute.  Only the printed line's own
    element counts: a page has other <time>s (the related stories', a header clock)."""
    owner = doc.cache.get("timestamp_owner")
    if owner is None:
        return None
    nearby = [*owner.iter("time", "abbr"),
              *(a for a in islice(owner.iterancestors(), 2) if a.tag in ("time", "abbr"))]
    for element in nearby:
        value = element.get("datetime") if element.tag == "time" else element.get("title")
        if value and ISO_DATE.match(value):
            return clean_text(value)
    return None


# "2022-01-20T13:39:00+08:00": the clock time as written, and the offset.
ISO_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
                       r"(Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)


def vietnam_declaration(doc: Document, declared: list[str]) -> str | None:
    """The first declared time, unless it carries an offset other than +07:00 and another
    declaration writes the same clock time at +07:00: some CMSs write Vietnam time with a
    wrong offset in one place (JSON-LD "13:39+08:00" beside article:published_time
    "13:39+07:00")."""
    if not declared:
        return None
    first = ISO_CLOCK.match(declared[0])
    if first is None or (first[3] or "+07:00").replace(":", "") == "+0700":
        return declared[0]
    for other in declared[1:]:
        match = ISO_CLOCK.match(other)
        if match and match.group(1, 2) == first.group(1, 2) and (match[3] or "").replace(":", "") == "+0700":
            doc.note("published_declared", declared[0], "metadata",
                     f"its offset contradicts {other}, which writes the same clock time at +07:00")
            return other
    return declared[0]


def itemprop_date(doc: Document) -> str | None:
    """The microdata publication time: its ``content`` or ``datetime``, or the ISO ``title`` of
    an <abbr> printing the clock only (Blogger: "<abbr itemprop='datePublished'
    title='2023-01-13T10:25:00+07:00'>10:25</abbr>"), else the element's text."""
    for node in css_elements(doc, "[itemprop=datePublished]"):
        title = node.get("title") if node.tag == "abbr" else None
        value = node.get("content") or node.get("datetime") \
            or (title if title and ISO_DATE.match(title) else None) or element_text(node)
        if value and value.strip():
            return clean_text(value)
    return None


def texts_near(doc: Document, anchor: etree._Element) -> Iterator[tuple[str, str]]:
    """The 60 text nodes after ``anchor`` and the 15 before it (nearest first), each with its
    clean text: the same for the timestamp and the view count, so found once (the clean
    texts as asked)."""
    found = doc.cache.get("texts_near")
    if found is None or found[0] is not anchor:
        nodes = TEXTS_AFTER_60(anchor)
        nodes += list(reversed(TEXTS_BEFORE_15(anchor)))
        found = doc.cache["texts_near"] = (anchor, nodes, {})
    _, nodes, cleaned = found
    for node in nodes:
        if node not in cleaned:
            cleaned[node] = clean_text(node)
        yield node, cleaned[node]


def printed_near_headline(doc: Document, fields: FieldSelectors, pattern: re.Pattern[str],
                          accept: Callable[[str], bool] | None = None) -> str | None:
    """The short printed line matching ``pattern`` just after (or just before) the headline;
    with ``accept``, the nearest such line it accepts."""
    anchor = headline_element(doc, fields)
    if anchor is None:
        return None
    for node, text in texts_near(doc, anchor):
        # A sentence of the text that mentions a date ("người Quảng Trị hôm nay", "ngày ký
        # Hiệp định (27/1/1973)") is prose, not the article's timestamp line.  (Asked first:
        # a paragraph is told prose faster than it is searched for a date.)
        if not is_prose_sentence(text) and pattern.search(text) \
                and not (pattern is layers.DATE_TEXT and (cites_a_document(text)
                                                          or DATE_RANGE.search(text))) \
                and not repeats_headline(text, anchor) \
                and not unprinted(node) \
                and not (pattern is layers.DATE_TEXT and dates_a_listed_story(doc, node)) \
                and not (pattern is layers.DATE_TEXT and (in_a_caption(node)
                                                          or links_next_or_previous(node))) \
                and not above_the_menu(doc, node.getparent(), anchor):
            owner = node.getparent()
            if node.is_tail and owner is not None:
                # A tail's getparent() is the element before it: "<a>…</a> (12/05/2025)".
                owner = owner.getparent()
            line = element_text(owner) if owner is not None else clean_text(node)
            if not any(ch.isdigit() for ch in line) and owner is not None \
                    and owner.getparent() is not None:
                owner = owner.getparent()
                line = element_text(owner)
            line = line if len(line) <= 120 else clean_text(node)
            if accept is not None and not accept(line):
                continue
            if pattern is layers.DATE_TEXT:
                doc.cache["timestamp_owner"] = owner  # for the label beside it
            return line
    return None


def text_owner_and_above(node: etree._Element, levels: int = 3) -> list[etree._Element]:
    """The element printing a text node and up to ``levels`` of its ancestors."""
    owner = node.getparent()
    if node.is_tail and owner is not None:
        owner = owner.getparent()
    return [] if owner is None else [owner, *islice(owner.iterancestors(), levels)]


def in_a_caption(node: etree._Element) -> bool:
    """True for a text inside a photo's caption (``<figcaption>``, a caption class): its date
    is the photo's ("… Paris, tối ngày 17/04/2023. REUTERS"), not the article's timestamp."""
    return any(is_caption_element(e) for e in text_owner_and_above(node))


def links_next_or_previous(node: etree._Element) -> bool:
    """True for a text inside a link to the previous or next post (``rel="prev"``: WordPress'
    post navigation, "Tin thế giới cập nhật ngày 17-04-2023"): that post's day."""
    return any(e.tag == "a" and e.get("rel", "").lower() in ("prev", "next")
               for e in text_owner_and_above(node))


def repeats_headline(text: str, headline: etree._Element) -> bool:
    """True for the headline printed again (a breadcrumb's last item): a date in it is the
    headline's ("NGÀY PHỤ NỮ VIỆT NAM (20/10/1930 – 20/10/2020)"), not the timestamp."""
    return text_key(text) == text_key(element_text(headline))


def dates_a_listed_story(doc: Document, node: etree._Element) -> bool:
    """True for a date printed in an item of a list of stories (a short <li> or table row,
    with another like it, each holding a link that reads as a headline): the listed story's date
    ("<li><a>Triển khai Ngày Pháp luật năm 2025</a> (08/05/2025)</li>" under "Các tin đã
    đưa"), not the article's.  Items printed as other blocks count when they repeat one tag
    and class (``<div class="item"><a>…</a><span class="date">…</span></div>`` three times, a
    run of ``<p>``s)."""
    owner = node.getparent()
    if owner is None:
        return False
    if node.is_tail and owner.tag == "a" and glued_after_a_listed_story(doc, owner):
        return True
    item = next((a for a in (owner, *islice(owner.iterancestors(), 4)) if a.tag in ("li", "tr")),
                None)
    if item is None:
        block = owner.getparent() if node.is_tail else owner  # a tail's, its parent's
        return block is not None and dates_a_story_block(doc, block)
    # A list item is a headline and a date; a layout table's row holds the whole page.
    if STRING_LENGTH(item) > 300 or not holds_a_story_link(item):
        return False
    return any(holds_a_story_link(other) for other in
               (*item.itersiblings(item.tag), *item.itersiblings(item.tag, preceding=True)))


def glued_after_a_listed_story(doc: Document, link: etree._Element) -> bool:
    """A date printed right after a story's link in a block of such links, the items set
    apart by line breaks only ("Tin khác đã đăng<br>- <a>Báo giá …</a> 17/09/2025<br>- <a>…"):
    the listed story's date."""
    block = link.getparent()
    if block is None or not is_story_link(doc, link):
        return False
    return sum(1 for a in block.iterchildren("a") if a.get("href") and is_story_link(doc, a)) >= 2


def dates_a_story_block(doc: Document, owner: etree._Element) -> bool:
    """The nearest short block around ``owner`` holding a link to another story of the site,
    beside a sibling of the same tag and class that holds one too: an item of a list of
    stories (not a meta line printed twice, with its "Theo dõi … trên Google News" link)."""
    def holds_a_story(block: etree._Element) -> bool:
        return any(is_story_link(doc, a) for a in block.iter("a") if a.get("href"))

    for item in (owner, *islice(owner.iterancestors(), 3)):
        if item.tag in ("body", "html") or item.xpath("string-length(.)") > 300:
            return False
        if holds_a_story(item):
            kind = item.get("class")
            return any(other.get("class") == kind and holds_a_story(other)
                       for other in (*item.itersiblings(item.tag),
                                     *item.itersiblings(item.tag, preceding=True)))
    return False


def holds_a_story_link(item: etree._Element) -> bool:
    return any(a.get("href") and len(element_text(a).split()) >= 5 for a in item.iter("a"))


def unprinted(node: etree._Element) -> bool:
    """True for the <title>'s text: the browser's tab, not a line of the page (a headline
    naming a date, "Kỷ niệm 20 năm thành lập (24/08/2010) | Cựu Chiến Binh", is no
    timestamp)."""
    owner = node.getparent()
    return owner is not None and owner.tag == "title"


# A Vietnamese official document's number: "43/2019/QH14", "45/2011/TT-BGDĐT", "25/QĐ-TTg",
# "387/GP-BTTTT" (a number, maybe the year, then the issuer's code in capitals).
DOCUMENT_NUMBER = re.compile(r"(?<![\w/])\d{1,5}/(?:\d{4}/)?[A-ZĐ][A-ZĐ\d]*(?:-[A-ZĐ][\wĐđ]*)*(?![\w/])")


# An event's days, from one to another: "họp từ ngày 26 đến 28/12/2002", "từ 19-20/11/1992" is
# not printed; a timestamp line never says "from ... to".
DATE_RANGE = re.compile(r"\btừ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?)?"
                        r"\s+(?:đến|tới)\s+(?:ngày\s+)?\d", re.IGNORECASE)


def cites_a_document(text: str) -> bool:
    """True for a line that cites an official document with its date: the date is the
    document's, not the article's ("Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;", a
    footer's "Giấy phép số 387/GP-BTTTT ngày 12/8/2021").

    >>> cites_a_document("- Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;")
    True
    >>> cites_a_document("Thứ năm, 29/7/2021, 16:18"), cites_a_document("Số: 12/2024 | 10:05")
    (False, False)
    """
    number = DOCUMENT_NUMBER.search(text)
    return number is not None and layers.DATE_TEXT.search(text, number.end()) is not None


def above_the_menu(doc: Document, element: etree._Element | None,
                   headline: etree._Element) -> bool:
    """True for text printed before the site's menu (a <nav> or <header> between it and the
    headline, or, on old CMSs, a block of three links or more whose class or id names a menu:
    ``div#mainmenu``, ``td.menu``): the top bar's clock "Hội Văn học Nghệ thuật tỉnh Quảng Trị
    26/04/2024" is the site's day, not the article's."""
    order = document_order(doc)
    at, end = order.get(element, 0), order.get(headline, 0)
    if element is None or at >= end:
        return False
    # The headline's own <header> ("<header class=td-post-title><h1>" under the meta line) is
    # no menu between them.
    return any(at < order.get(menu, 0) < end and element not in menu.iter()
               and not (menu.tag == "header" and len(menu) == 1 and menu[0] is headline)
               for menu in site_menus(doc))


# A breadcrumb ("breadcrumb-nav") is no menu: a date may be printed before it.
BREADCRUMB_NAME = re.compile(r"crumb|path", re.IGNORECASE)


def site_menus(doc: Document) -> list[etree._Element]:
    """The page's menus: <nav> and <header> elements, and blocks of three links or more whose
    class or id names a menu (found once per page)."""
    def find() -> list[etree._Element]:
        found = list(doc.root.iter("nav", "header"))
        for element in doc.root.xpath("//body//*[@class or @id]"):
            names = f"{element.get('class', '')} {element.get('id', '')}"
            if MENU_CLASS.search(names) and not BREADCRUMB_NAME.search(names) \
                    and element.tag not in ("a", "li", "span") \
                    and sum(1 for a in element.iter("a") if a.get("href")) >= 3:
                found.append(element)
        return found
    return doc.cached("site_menus", find)


PROSE_WORDS = 25


def is_prose_sentence(text: str) -> bool:
    """A run of text too long for a meta line and written as a sentence (words, then a full
    stop): "Trong bút ký …, nhà văn Xuân Đức cho rằng … người Quảng Trị hôm nay “vơ vào”.", or
    a colon opening a list: "Ngày 26/5/2021, Ban Trị sự … thông báo … như sau:")."""
    return len(text.split()) > PROSE_WORDS and bool(re.search(r"[.!?…”\":]\s*$", text))


def extract_views(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(doc, "views",
        ("site", lambda: css_text(doc, fields.views)),
        ("metadata", lambda: doc.meta_first(*layers.VIEW_META)),
        ("heuristic", lambda: view_text_near_headline(doc, fields)),
    )


def view_text_near_headline(doc: Document, fields: FieldSelectors) -> str | None:
    """A labelled count near the headline; when the label found counts something else (the
    site's visitors in the footer: "Tổng lượt truy cập: 4.577.210"), the number beside a view
    icon or in a view counter comes first."""
    printed = printed_near_headline(doc, fields, layers.VIEWS_TEXT)
    if printed and parse_views(printed) is not None:
        return printed
    if printed:
        # The site's visit counter printed after a short text ("Số lượt truy cập: 402.118" in
        # the footer) is nearer than the article's counter over the headline ("Lượt xem: 459").
        counted = printed_near_headline(doc, fields, layers.VIEWS_TEXT,
                                        accept=lambda line: parse_views(line) is not None)
        if counted:
            return counted
    return eye_icon_count(doc, fields) or printed


def eye_icon_count(doc: Document, fields: FieldSelectors) -> str | None:
    """The number printed beside a view icon (an eye in an icon font, an ``<img>``, an inline
    SVG), or in a view-counter element, or alone in the tool row of an old table layout
    beside the print links, shortly after the headline ("👁 1.045")."""
    anchor = headline_element(doc, fields)
    if anchor is None:
        return None
    order = document_order(doc)
    start = order.get(anchor, 0)
    elements = document_elements(doc)
    for element in elements[start + 1:start + 81]:
        if not isinstance(element.tag, str):
            continue
        if is_view_icon(element):
            owner = element.getparent()
            text = element_text(owner) if owner is not None else ""
            if any(ch.isdigit() for ch in text) and len(text) <= 40:
                return text
        elif layers.VIEW_COUNTER_CLASS.search(element.get("class", "")):
            text = element_text(element)
            # A theme's counter printing a bare "0" beside a bare "0" of comments counts
            # nothing (its plugin is off): no count printed for the article.
            if text and len(text) <= 40 and any(ch.isdigit() for ch in text) and text != "0" \
                    and not layers.DATE_TEXT.search(text):
                return text
        elif element.tag == "td":
            count = counter_beside_print_links(element)
            if count:
                return count
    return None


def is_view_icon(element: etree._Element) -> bool:
    if layers.EYE_ICON_CLASS.search(element.get("class", "")):
        return True
    return element.tag == "img" and bool(layers.EYE_ICON_NAME.search(
        " ".join((element.get("src", "").rsplit("/", 1)[-1], element.get("alt", ""),
                  element.get("title", "")))))


NUMBER_ONLY = re.compile(r"^\(?\s*\d{1,3}(?:[.,]\d{3})*\s*\)?$|^\(?\s*\d+\s*\)?$")


def counter_beside_print_links(cell: etree._Element) -> str | None:
    """A bare number in a table cell of a row whose other cells hold "In bài"/"Gửi email"
    links: the view counter of old table layouts."""
    text = element_text(cell)
    if not NUMBER_ONLY.match(text):
        return None
    row = cell.getparent()
    if row is None:
        return None
    others = [element_text(a) for td in row if td is not cell for a in td.iter("a")]
    return text if any(layers.PRINT_LINK_TEXT.match(t) for t in others) else None


# ---- section, tags ----

def extract_category(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(doc, "category",
        ("site", lambda: css_text(doc, fields.category)),
        ("metadata", lambda: doc.meta_first(*layers.SECTION_META)
         or jsonld_text(doc, "articleSection") or jsonld_breadcrumb(doc)),
        ("heuristic", lambda: not_the_site_s_name(doc, fields, breadcrumb_section(doc, fields)
         or glyph_trail(doc, fields)
         or section_by_class(doc, fields) or section_link_before_headline(doc, fields)
         or labelled_section(doc) or section_name_before_headline(doc, fields)
         or wordpress_category(doc, fields) or primary_tag_over_headline(doc, fields))),
    )


# The class of a tag's link ("gh-article-tag", "post-card-primary-tag", "article-tag") and the
# archive its address leads to ("/tag/quoc-te/", "/chu-de/…").
TAG_LINK_CLASS = re.compile(r"(?:^|[\s_-])tag(?=$|\s)", re.IGNORECASE)
TAG_ARCHIVE_PATH = re.compile(r"/(?:tags?|chu-de|topics?)/", re.IGNORECASE)


def primary_tag_over_headline(doc: Document, fields: FieldSelectors) -> str | None:
    """The one tag a CMS without categories prints over the headline as its section, a link
    to the tag's archive right before the headline in its header (Ghost's "<header><a
    class="gh-article-tag" href="/tag/quoc-te/">Quốc tế</a><h1>…"): the page's section."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    above = headline.getprevious()
    for _ in range(2):
        while above is not None and not isinstance(above.tag, str):
            above = above.getprevious()
        if above is None:
            return None
        anchors = [above] if above.tag == "a" else above.findall(".//a")
        if len(anchors) == 1 and TAG_LINK_CLASS.search(anchors[0].get("class", "")) \
                and TAG_ARCHIVE_PATH.search(urlsplit(anchors[0].get("href") or "").path):
            text = element_text(anchors[0])
            return text if text and len(text.split()) <= 5 else None
        above = above.getprevious()
    return None


def wordpress_category(doc: Document, fields: FieldSelectors) -> str | None:
    """The post's category as WordPress' ``the_category()`` prints it in the meta line,
    ``<a rel="category tag">`` ("Đăng ngày 12/3/2024 trong <a rel="category tag">Tin cơ
    sở</a>", in the entry's ``<header>`` or ``<footer>``): the first after the headline,
    outside the page's menus and sidebars."""
    headline = headline_element(doc, fields)
    order = document_order(doc)
    start = order.get(headline, -1) if headline is not None else -1
    # Old themes print rel="category" alone ("5 Tháng 10, 2011 6:23 | <a rel=category>").
    for anchor in css_elements(doc, 'a[rel~="category"]'):
        if (order.get(anchor, -1) > start or in_headline_header(anchor, headline)) and not any(
                a.tag in ("nav", "aside") for a in anchor.iterancestors()):
            return element_text(anchor) or None
    return None


def in_headline_header(anchor: etree._Element, headline: etree._Element | None) -> bool:
    """True for a link in the headline's own header, above it: a theme printing the category
    over the headline ("<header class=entry-header><div class=entry-cat><a rel='category
    tag'>Di sản văn hóa</a></div><h1>…")."""
    return headline is not None and any(
        a.tag != "body" and headline in a.iterdescendants() for a in islice(anchor.iterancestors(), 3))


SECTION_LABEL = re.compile(r"^(chuyên mục|thể loại|danh mục)\s*:$", re.IGNORECASE)


def labelled_section(doc: Document) -> str | None:
    """The link printed after a "Chuyên mục:" / "Thể loại:" label in the article's meta line
    ("Lượt xem: 71 | Chuyên mục: <a>Di tích thắng cảnh</a>"); the colon tells it from a side
    box's "CHUYÊN MỤC" heading."""
    for anchor in doc.root.iter("a"):
        before = anchor.getprevious()
        label = (before.tail if before is not None else anchor.getparent().text) or ""
        label = clean_text(re.split(r"[|•·]", label)[-1])
        # Words, not the dashes between a section's names ("Tin Hiệp Thông - Chúc Mừng - Cầu
        # Nguyện", Joomla's category-name).
        if SECTION_LABEL.match(label) and element_text(anchor) \
                and sum(1 for w in element_text(anchor).split() if w.isalnum()) <= 8:
            return element_text(anchor)
    return None


def headline_in_page(doc: Document, fields: FieldSelectors
                     ) -> tuple[etree._Element, list[etree._Element], int] | None:
    """The headline element, every node of the page in order, and the headline's position
    among them; None without a headline."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    return headline, document_elements(doc), document_order(doc).get(headline, 0)


def section_name_before_headline(doc: Document, fields: FieldSelectors) -> str | None:
    """A section's name printed on its own just above the headline, the same words as one of
    the site's menu links (a portal's section title box "div.cat-name", a Liferay portlet's
    title, a programme label, the last link of a trail joined by an arrow image): the page's
    section.  A menu is no such label: the name must stand alone (at most one other link
    beside it) and be printed twice in the page."""
    found = headline_in_page(doc, fields)
    if found is None:
        return None
    headline, elements, start = found
    counts: dict[str, int] = {}
    for anchor in doc.root.iter("a"):
        text = element_text(anchor)
        counts[text] = counts.get(text, 0) + 1
    for element in reversed(elements[max(0, start - 40):start]):
        if not isinstance(element.tag, str) or element in headline.iterancestors() \
                or (element.tag != "a" and element.find(".//a") is not None):
            continue
        text = element_text(element)
        if not text or layers.HOME_WORDS.match(text) or len(text.split()) > 8 \
                or counts.get(text, 0) + (element.tag != "a") < 2:
            continue
        block = element.getparent() if element.tag == "a" else element
        if block is None or len(block.findall(".//a")) > 2 \
                or any(MENU_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}")
                       or e.tag in ("li", "nav", "header") for e in element.iterancestors()):
            continue
        return text
    return None


def section_by_class(doc: Document, fields: FieldSelectors) -> str | None:
    """The section's label printed just before the headline in an element whose class names it
    (``<div class="detail-cate"><a href="/kinh-te/">Kinh tế</a></div>``, ``a.article__cate``),
    or else in the meta line just under it (``<a class="cat">Kiến thức</a> - 9 giờ trước``):
    one or two links (section, subsection), outside the site's menu."""
    found = headline_in_page(doc, fields)
    if found is None:
        return None
    headline, elements, start = found
    below = elements[start + len(list(headline.iter())):start + 15]
    for element in [*reversed(elements[max(0, start - 40):start]), *below]:
        if not isinstance(element.tag, str) or element in headline.iterancestors() \
                or not layers.CATEGORY_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        anchors = [element] if element.tag == "a" else [a for a in element.iter("a") if element_text(a)]
        if not anchors and plain_section_label(element):
            # The label printed without a link ("<span class='news-category'>Bản tin quận
            # </span>" beside the timestamp): a portal whose sections are pages of one list.
            return element_text(element)
        if not 1 <= len(anchors) <= 2 or len(element_text(element)) > 60 \
                or (in_menu(anchors[-1], headline) and not in_category_list(anchors[-1])):
            continue
        name = element_text(anchors[-1])
        # A programme's name can be long ("Đại gia đình các dân tộc Việt Nam"); a headline is
        # longer.
        if name and not layers.HOME_WORDS.match(name) and len(name.split()) <= 10:
            return name
    return None


# Markup that only sets a label's type: "<td class='cat-title'><b>MẶT TRẬN TỔ QUỐC</b></td>".
TYPE_TAGS = frozenset({"b", "strong", "span", "font", "em", "i"})


def plain_section_label(element: etree._Element) -> bool:
    """True for a short label of words alone in its element, no child element but the type's
    (bold, a font): one to six words, no digit (not a date, not a count), not "Trang chủ"."""
    text = element_text(element)
    return all(d.tag in TYPE_TAGS for d in element.iterdescendants()) \
        and 1 <= len(text.split()) <= 6 and len(text) <= 40 \
        and not any(ch.isdigit() for ch in text) and not layers.HOME_WORDS.match(text) \
        and not text.endswith(":")


def in_category_list(anchor: etree._Element) -> bool:
    """True for a link in a list of its own that names the post's categories, one or two
    items (a WordPress theme's ``<ul class="td-category"><li><a>Thể thao</a></li></ul>``):
    a list item, but no menu."""
    for level, ancestor in enumerate(anchor.iterancestors()):
        if level == 3:
            return False
        if ancestor.tag in ("ul", "ol"):
            names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
            return bool(layers.CATEGORY_CLASS.search(names)) and not MENU_CLASS.search(names) \
                and len(ancestor.findall(".//a")) <= 2
    return False


def jsonld_breadcrumb(doc: Document) -> str | None:
    """The last item of a JSON-LD BreadcrumbList that is not the home page."""
    for obj in doc.jsonld:
        kinds = obj.get("@type")
        if "BreadcrumbList" not in (kinds if isinstance(kinds, list) else [kinds]):
            continue
        items = obj.get("itemListElement")
        names = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            thing = item.get("item")
            name = item.get("name") or (thing.get("name") if isinstance(thing, dict) else None)
            if isinstance(name, str) and clean_text(name) \
                    and not layers.HOME_WORDS.match(clean_text(name)):
                names.append(clean_text(name))
        if names:
            return names[-1]
    return None


# What separates the links of a breadcrumb trail printed without a class: "Thời sự > Cần Thơ".
TRAIL_GLYPHS = re.compile(r"^[\s>»›/|→\-–·•:]*$")


def glyph_trail(doc: Document, fields: FieldSelectors) -> str | None:
    """The last link of a short trail of links joined by glyphs (">", "»", "/"), printed
    before the headline: "THỜI SỰ > Cần Thơ" -> "Cần Thơ"."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    order = document_order(doc)
    # A trail is a block holding its links: a parent, grandparent or great-grandparent of a
    # link before the headline (looked at in page order, each once).
    before = order.get(headline, 0)
    blocks = {ancestor: order.get(ancestor, 0)
              for anchor in doc.root.iter("a") if order.get(anchor, 0) < before
              for level, ancestor in zip(range(3), anchor.iterancestors())}
    for block in sorted(blocks, key=blocks.__getitem__):
        if not isinstance(block.tag, str) or block.tag in ("a", "ul", "ol", "nav"):
            continue
        anchors = list(islice(block.iter("a"), 5))
        if not 2 <= len(anchors) <= 4:
            continue
        links = [a for a in anchors if element_text(a)]
        if not 2 <= len(links) <= 4 or len(element_text(block)) > 120 \
                or any(a.tag in ("nav", "header", "ul") for a in block.iterancestors()):
            continue
        between = "".join(t for t in TEXTS_OUTSIDE_LINKS(block))
        if TRAIL_GLYPHS.match(between) and any(ch in between for ch in ">»›/→"):
            name = element_text(links[-1])
            return None if layers.HOME_WORDS.match(name) else name
    return None


MENU_CLASS = re.compile(r"menu|nav", re.IGNORECASE)


def in_menu(anchor: etree._Element, headline: etree._Element | None = None) -> bool:
    """A link of the site's menu: in a row of links, inside a list item, a <nav>/<header>, or a
    menu-classed block (the menu names every section; the page's own section label stands
    alone)."""
    # A row or a table of section links: other sections (not subsections of this one) nearby.
    path = urlsplit(anchor.get("href", "")).path.rstrip("/")
    for level, ancestor in enumerate(anchor.iterancestors()):
        if level == 3 or (headline is not None and headline in ancestor.iter()):
            break  # nearby means before the block that also holds the article
        others = {a.get("href") for a in ancestor.iter("a")
                  if is_section_path(urlsplit(a.get("href", "")).path)
                  and not urlsplit(a.get("href", "")).path.rstrip("/").startswith(path)}
        if len(others) >= 2:
            return True
    return any(e.tag in ("li", "nav", "header", "dd", "dt", "option")
               or MENU_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}")
               for e in anchor.iterancestors())


def is_section_path(path: str) -> bool:
    """A section page's path: one or two segments, no file name ("/kinh-te/", "/tin/the-gioi")."""
    parts = [p for p in path.split("/") if p]
    return 1 <= len(parts) <= 2 and "." not in parts[-1]


# A day's archive above the article's path ("/20240127" over "/20240127/top-10-…html"):
# the link printing the article's date, not a section.
DAY_ARCHIVE = re.compile(r"/(?:19|20)\d{6}$|/(?:19|20)\d{2}/\d{1,2}/\d{1,2}$")


def section_link_before_headline(doc: Document, fields: FieldSelectors) -> str | None:
    """The text of the last link before the headline to a section above the page (its path a
    prefix of the article's: "/tin/chinh-tri-xa-hoi" over
    "/tin/chinh-tri-xa-hoi/20150323/chat-cay-xanh-ha-noi/724115.html")."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    own = urlsplit(doc.url).path
    found = None
    order = document_order(doc)
    host = (urlsplit(doc.url).hostname or "").removeprefix("www.")
    for anchor in doc.root.iter("a"):
        if order.get(anchor, 0) >= order.get(headline, 0):
            break
        href = urlsplit(anchor.get("href") or "")
        path = href.path.rstrip("/")
        # Cheap tests first: most links of a page are not above it.
        if not path.startswith("/") or not own.startswith(path + "/") \
                or (href.hostname and href.hostname.removeprefix("www.") != host):
            continue
        if "." in path.rsplit("/", 1)[-1] or DAY_ARCHIVE.search(path):
            # A script above the page's path ("/index.php" over "/index.php/news/items/7"):
            # the site's front controller, linked by a language switch, not a section.
            continue
        url = absolute_url(anchor.get("href"), doc.url)
        text = element_text(anchor)
        if path and own.startswith(path + "/") and same_site(url, doc.url) and text \
                and not layers.HOME_WORDS.match(text) and len(text.split()) <= 6 \
                and not in_menu(anchor, headline):
            found = text
    return found


def not_the_site_s_name(doc: Document, fields: FieldSelectors, section: str | None) -> str | None:
    """A section read from the page, unless it is the site's own name: og:site_name, or the
    text of a link to the page the menu's "Trang chủ" leads to (a foreign broadcaster's
    edition links its brand "BBC News Tiếng Việt" to /vietnamese, a prefix of its stories'
    paths): the site, not a section of it."""
    if not section:
        return section
    key = text_key(section)
    if text_key(doc.meta_first("og:site_name") or "") == key or key in home_link_texts(doc, fields):
        doc.note("category", section, "heuristic", "it is the site's own name")
        return None
    return section


def home_link_texts(doc: Document, fields: FieldSelectors) -> set[str]:
    """The keys of the texts of the links to the site's home when the menu's "Trang chủ" link
    addresses it below the host's root (an edition's "/vietnamese").  Only the links over the
    headline are read (the brand and the menu), and addresses are resolved for the home links
    and the links sharing their address only."""
    found = headline_in_page(doc, fields)
    if found is None:
        return set()
    _, elements, start = found
    anchors = [e for e in elements[:start] if e.tag == "a" and e.get("href")]
    homes = {a.get("href") for a in anchors if layers.HOME_WORDS.match(element_text(a))}
    home_urls = {url.rstrip("/") for url in (absolute_url(h, doc.url) for h in homes)
                 if url and urlsplit(url).path.strip("/")}
    if not home_urls:
        return set()
    return {text_key(element_text(a)) for a in anchors
            if (absolute_url(a.get("href"), doc.url) or "").rstrip("/") in home_urls}


def breadcrumb_section(doc: Document, fields: FieldSelectors) -> str | None:
    """The last breadcrumb link that is not "Trang chủ", nor the headline a trail ends in as
    a link of its own ("Trang chủ › Tin tức › <a>the headline</a>": the section is "Tin tức")."""
    for css in layers.BREADCRUMB_CSS:
        anchors = css_elements(doc, css)
        names = [t for t in (element_text(e) for e in anchors)
                 if t and not layers.HOME_WORDS.match(t)]
        if len(names) > 1:
            headline = headline_element(doc, fields)
            if headline is not None and repeats_headline(names[-1], headline):
                return names[-2]
        if names:
            return unlinked_last_level(doc, fields, anchors[-1]) or names[-1]
        if anchors and (level := unlinked_last_level(doc, fields, anchors[-1])):
            # Only the home link, then the section unlinked: "Trang chủ > <li
            # class=active>Văn bản - Quy chế</li>".
            return level
    return unlabelled_breadcrumb(doc, fields)


CRUMB_CLASS = re.compile(r"crumb", re.IGNORECASE)


def unlinked_last_level(doc: Document, fields: FieldSelectors,
                        last_link: etree._Element) -> str | None:
    """The trail's last level printed without a link after its last link ("Trang chủ > <a>Tin
    tức</a> > <span>Hoạt động của Đảng ủy</span>"): the page's own section, unless it names
    the kind of page ("Bài viết", "Chi tiết tin") and the site's menu links no section by
    that name (a trail ending in the headline, or in a glyph, gives the last link)."""
    # The trail, not one of its items ("li.breadcrumb-item" holds only its own link).
    trail = next((a for a in last_link.iterancestors() if a.tag != "li" and (
        CRUMB_CLASS.search(a.get("class", "")) or "BreadcrumbList" in a.get("itemtype", ""))), None)
    if trail is None:
        return None
    order = document_order(doc)
    after = order.get(last_link, 0)
    levels = [e for e in trail.iter() if isinstance(e.tag, str) and order.get(e, 0) > after
              and e.tag != "a" and e.find(".//a") is None and not len(e)
              and text_key(element_text(e))]
    if not levels:
        return None
    name = element_text(levels[-1])
    headline = headline_element(doc, fields)
    if len(name.split()) > 8 or (headline is not None and repeats_headline(name, headline)):
        return None
    if not PAGE_KIND_LEVEL.match(name):
        # A section's name ("Tin hoạt động UBND huyện" under "Tin tức" on a SharePoint
        # portal), menu or not.
        return name
    own = set(trail.iter("a"))
    menu = {text_key(element_text(a)) for a in doc.root.iter("a") if a not in own and a.get("href")}
    return name if text_key(name) in menu else None


# A trail's last level naming the kind of page rather than a section ("Bài viết", "Chi tiết
# tin", "Nội dung"): the section only when the menu links one by that name.
PAGE_KIND_LEVEL = re.compile(r"^\s*(chi tiết( tin| tin tức| bài viết)?|tin chi tiết|nội dung|"
                             r"bài viết|tin bài|xem (tin|bài)( viết)?|details?|article|view|"
                             r"read more|đọc tin)\s*$", re.IGNORECASE)


def unlabelled_breadcrumb(doc: Document, fields: FieldSelectors) -> str | None:
    """A short trail "Trang chủ » Kinh tế" with no breadcrumb class: a "Trang chủ" link whose
    parent holds at most three other links joined by a trail's glyph (">", "»", "/"), and
    little else; of several, the last one before the headline.  A menu row ("Trang chủ |
    Thời sự | Kinh tế", or links set apart by spaces) is no trail."""
    headline = headline_element(doc, fields)
    order = document_order(doc)
    before = order.get(headline, 0) if headline is not None else float("inf")
    found = None
    for anchor in doc.root.iter("a"):
        if order.get(anchor, 0) > before:
            break
        if not layers.HOME_WORDS.match(element_text(anchor)):
            continue
        trail = anchor.getparent()
        if trail is None or trail.tag in ("li", "nav", "ul"):
            continue
        names = [element_text(a) for a in trail.iter("a")]
        between = "".join(TEXTS_OUTSIDE_LINKS(trail))
        if 2 <= len(names) <= 4 and len(element_text(trail)) <= 120 \
                and TRAIL_GLYPHS.match(between) and any(ch in between for ch in ">»›/→"):
            found = names[-1] if not layers.HOME_WORDS.match(names[-1]) else None
        elif len(names) == 1 and len(element_text(trail)) <= 120 \
                and (level := TRAIL_LAST_LEVEL.match(between)):
            # "Trang chủ > <span>Thư viện video</span>": the section printed without a link.
            name = clean_text(level["level"])
            found = name if len(name.split()) <= 8 and not PAGE_KIND_LEVEL.match(name) \
                and (headline is None or not repeats_headline(name, headline)) else None
    return found


def extract_tags(doc: Document, fields: FieldSelectors) -> Found[list[str]]:
    """The article's tags: the printed tag block (after a "Từ khóa:" label, or by its class),
    then the declared ``article:tag`` list.  ``keywords``/``news_keywords`` are never tags:
    they hold SEO phrases, sometimes the description."""
    return first_of(doc, "tags",
        ("site", lambda: unique_texts(css_elements(doc, fields.tags))),
        ("heuristic", lambda: clean_tags(element_text(a) for a in tag_links(doc))
         or clean_tags(element_text(a) for a in css_elements(
             doc, 'a[rel~="tag"]:not([rel~="category"])'))  # WordPress' category: rel="category tag"
         or tag_block_items(doc, fields) or tag_line_items(doc, fields)),
        ("metadata", lambda: clean_tags(t for name in layers.TAG_META
                                        for value in doc.meta.get(name, ())
                                        for t in value.split(","))),
    )


def clean_tags(texts: Iterable[str], longest: int = layers.MAX_TAG_WORDS) -> list[str]:
    """Printed tags without their decoration, once each, in page order; phrases too long to
    be a tag are dropped.

    >>> clean_tags(["#Thiếu tá Đoàn Thị Hạnh", "unikey,", " unikey", "Từ khóa:"])
    ['Thiếu tá Đoàn Thị Hạnh', 'unikey']
    """
    tags = (clean_text(t).strip(layers.TAG_DECORATION) for t in texts)
    return unique(t for t in tags if t and len(t.split()) <= longest
                  and not layers.TAGS_HEADING.match(t))


def tag_block_items(doc: Document, fields: FieldSelectors) -> list[str]:
    """The items of the first tag-classed block after the headline: its links, or, when the
    tags are not links (``<span>giá vàng</span>``), its smallest text-bearing elements."""
    headline = headline_element(doc, fields)
    order = document_order(doc)
    start = order.get(headline, 0) if headline is not None else 0
    for block in doc.root.iter():
        if not isinstance(block.tag, str) or order.get(block, 0) <= start \
                or not layers.TAGS_CLASS.search(f"{block.get('class', '')} {block.get('id', '')}") \
                or any(a.tag in ("nav", "header", "footer", "aside") for a in block.iterancestors()):
            continue
        items = [e for e in block.iterdescendants() if isinstance(e.tag, str)
                 and (e.text or "").strip() and e.tag not in ("script", "style")]
        tags = clean_tags(element_text(e) for e in items)
        if tags and len(tags) <= layers.MAX_TAGS:
            return tags
    return []
def tag_line_items(doc: Document, fields: FieldSelectors) -> list[str]:
    """The phrases of a tag line printed as plain text after the headline, the way journals
    print their keywords: "Từ khóa: công nghệ thông tin; chuyển đổi số; phổ biến, giáo dục
    pháp luật" (split at semicolons when there are any, else at commas); a line holding links
    is the linked tag block's, and a phrase too long for a tag makes it prose."""
    headline = headline_element(doc, fields)
    order = document_order(doc)
    start = order.get(headline, 0) if headline is not None else 0
    for element in document_elements(doc)[start + 1:]:
        if not isinstance(element.tag, str) or element.tag not in LEAD_TAGS or len(element) > 8:
            continue
        # The label opens the line: its first text says so before the whole text is read.
        first = next((t for t in element.itertext() if t.strip()), "")
        if not layers.TAGS_LINE_START.match(first) or element.find(".//a") is not None:
            continue
        text = element_text(element)
        label = layers.TAGS_LINE.match(text)
        if not label or len(text) > layers.MAX_TAG_LINE_CHARS:
            continue
        listed = text[label.end():].rstrip(". ")
        phrases = [p.strip() for p in listed.split(";" if ";" in listed else ",")]
        # Keywords set apart by semicolons may be longer phrases than tags ("Vai trò của Kiểm
        # toán Nhà nước trong phòng, chống tham nhũng"): a journal's, not prose; so may three
        # or more set apart by commas ("Chiến lược phát triển Ngân hàng Chính sách xã hội, tín
        # dụng chính sách, …"): a sentence after the label is one phrase or two.
        longest = layers.MAX_KEYWORD_WORDS if ";" in listed or len(phrases) >= 3 \
            else layers.MAX_TAG_WORDS
        if phrases and all(p and len(p.split()) <= longest for p in phrases):
            return clean_tags(phrases, longest)
        return []
    return []


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def unique_texts(elements: Iterable[etree._Element]) -> list[str]:
    return unique(element_text(e) for e in elements)


def links_after_headings(doc: Document, pattern: re.Pattern[str]) -> list[etree._Element]:
    """Links printed after a short label matching ``pattern`` ("Từ khóa:", "Tin liên quan"),
    inside the label's block (every such block, in page order)."""
    found: list[etree._Element] = []
    for _, links in labelled_blocks(doc, pattern):
        found.extend(a for a in links if a not in found)
    return found


def links_a_page(link: etree._Element) -> bool:
    """True for a link to a page, not a script's tab or anchor ("#", "javascript:void(0)")."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def labelled_blocks(doc: Document, pattern: re.Pattern[str]
                    ) -> list[tuple[str, list[etree._Element]]]:
    """``(label, links)`` for each short label matching ``pattern`` and the links printed after
    it inside the label's block.

    The label may be an element of its own (``<h3>Tin liên quan</h3>``), a bare text
    (``<div>Tags: <a>..</a></div>``) or a link (``<h3><a href="/chuyen-muc/">Đọc thêm</a></h3>``,
    itself not one of the links).  The block is the nearest ancestor, at most three levels
    up, that holds any link; only links after the label count, so the climb never picks up
    what comes before it.
    """
    order = document_order(doc)
    blocks: list[tuple[str, list[etree._Element]]] = []
    # Short text nodes only (a label), found once per page for the tag and related searches.
    short_texts = doc.cached("short_texts", lambda: [
        (node, clean_text(node)) for node in BODY_TEXTS(doc.root)
        if len(node) <= 60])
    for node, label in short_texts:
        if not pattern.match(label):
            continue
        owner = node.getparent()
        label_link = None
        if owner is not None and owner.tag == "a" and not node.is_tail:
            label_link, owner = owner, owner.getparent()
        if owner is None or owner.tag in ("a", "title", "option"):
            continue
        label_at = order.get(label_link if label_link is not None else owner, 0)
        container = owner.getparent() if node.is_tail else owner
        # A label wrapped in a heading's inner markup (SharePoint's "<h3><nobr><span>Các tin
        # khác</span></nobr></h3>") climbs from the heading.
        heading = next((a for a in (container, *islice(container.iterancestors(), 3))
                        if a.tag in ("h1", "h2", "h3", "h4", "h5", "h6")), None)
        if heading is not None and element_text(heading) == label:
            container = heading
        for _ in range(4):
            # A tab beside the label ("Xem thêm từ tác giả", href="#") links no story: the
            # climb goes on to the block that holds the stories.
            if container is None or any(order.get(a, -1) > label_at and a is not label_link
                                        for a in container.iter("a") if links_a_page(a)):
                break
            container = container.getparent()
        if container is None:
            continue
        end_at = next_section_at(doc, container, label_at, pattern)
        blocks.append((label, [a for a in container.iter("a") if a.get("href")
                               and label_at < order.get(a, -1) < end_at
                               and a is not label_link]))
    return blocks


def next_section_at(doc: Document, container: etree._Element, label_at: int,
                    pattern: re.Pattern[str]) -> float:
    """Where the label's block ends inside ``container``: at the next section heading (a
    heading without links, "Tin đọc nhiều" after "Tin liên quan") or the next label."""
    order = document_order(doc)
    for element in container.iterdescendants():
        at = order.get(element, -1)
        if at <= label_at or not isinstance(element.tag, str):
            continue
        if is_section_heading(element) or (element.tag != "a" and len(element) == 0
                                           and pattern.match(element_text(element))):
            return at
    return float("inf")


def is_section_heading(element: etree._Element) -> bool:
    """A heading over a block of the page (not a story's headline: those are links)."""
    if element.tag == "a" or (element.tag not in ("h1", "h2", "h3", "h4", "h5", "h6")
                              and not layers.HEADING_CLASS.search(element.get("class", ""))):
        return False
    text = element_text(element)
    return bool(text) and len(text) <= 60 and element.find(".//a") is None \
        and not any(a.tag == "a" for a in element.iterancestors())


def tag_links(doc: Document) -> list[etree._Element]:
    """Links under a "Từ khóa"/"Tags" label that point to a tag or search page, or whose
    text is short enough for a tag (a site's tag pages may live anywhere: "/unikey.html")."""
    return [a for a in links_after_headings(doc, layers.TAGS_HEADING)
            if layers.TAG_HREF.search(a.get("href", "")) or is_plain_site_link(doc, a)]


def is_plain_site_link(doc: Document, anchor: etree._Element) -> bool:
    """A link to a page of the same site, short enough for a tag, outside share bars."""
    url = absolute_url(anchor.get("href"), doc.url)
    return bool(url) and same_site(url, doc.url) \
        and len(element_text(anchor).split()) <= layers.MAX_TAG_WORDS \
        and not any(FURNITURE_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}")
                    and not layers.TAGS_CLASS.search(e.get("class", ""))
                    for e in anchor.iterancestors())


# ---- related stories ----

def extract_related(doc: Document, fields: FieldSelectors) -> Found[list[dict[str, str]]]:
    return first_of(doc, "related",
        ("site", lambda: related_from_items(css_elements(doc, fields.related), doc.url)),
        ("heuristic", lambda: heuristic_related(doc, fields)),
    )


def heuristic_related(doc: Document, fields: FieldSelectors) -> list[dict[str, str]]:
    """The article's own related stories.

    The story boxes and lists printed inside its text come first, with the labelled block
    printed right after the text (no other section between them); without stories in the
    text, the best-labelled block ("Tin liên quan", then "Đọc thêm", then "Có thể bạn quan
    tâm", then "Tin cùng chuyên mục") of those printed right after the text, or of the page
    when none is.  One block, not every list of the page: the others are noted as rejected.
    """
    inline = list(body_story_links(doc, fields))
    ranked: list[list[tuple[str, list[etree._Element]]]] = [[] for _ in layers.RELATED_HEADINGS]
    for label, links in labelled_blocks(doc, layers.RELATED_HEADING):
        links = [a for a in links if a not in inline and is_story_link(doc, a, labelled=True)]
        if links and inside_the_text(doc, fields, links[0]):
            # A labelled box printed in the middle of the text ("TIN LIÊN QUAN" in a table
            # beside the lead) is one of the text's own boxes: it does not stand for the block
            # printed after the text ("Các tin khác" under the article), which is taken too.
            inline.extend(links)
            continue
        if links and after_the_site_footer(doc, fields, links[0]):
            doc.note("related", [r["title"] for r in related_from_links(links, doc.url)],
                     "heuristic", f"the block labelled {label!r} is printed after the site's "
                     "footer: a site-wide list")
            continue
        if links:
            rank = next(i for i, h in enumerate(layers.RELATED_HEADINGS) if h.match(label))
            ranked[rank].append((label, links))
    # The best-labelled block printed right after the text; a better label further down,
    # past the site's own boxes ("Tin mới nhất", "Tiêu điểm"), is one of those boxes (a
    # site-wide "Có thể bạn quan tâm" under every page), not the article's.
    blocks_found = [block for blocks in ranked for block in blocks]
    best = next((block for block in blocks_found if follows_the_text(doc, fields, block[1][0])),
                blocks_found[0] if blocks_found else None)
    if best is not None and inline and not follows_the_text(doc, fields, best[1][0]):
        best = None
    best = nearer_than_see_more(doc, fields, ranked, best)
    joined = newer_and_older(ranked, best)
    for blocks in ranked:
        for block in blocks:
            # The blocks left out are read for an explanation only (their stories, read only
            # to be noted, cost a few milliseconds on a page with a long "Tin khác" list).
            if block is not best and block not in joined and doc.trace is not None:
                doc.note("related", [r["title"] for r in related_from_links(block[1], doc.url)],
                         "heuristic",
                         f"the block labelled {block[0]!r} is not the article's own "
                         f"(a better or nearer block was taken)")
    if not inline and best is None:
        inline = related_box_above_text(doc, fields)
    anchors = inline + (best[1] if best else []) + [a for _, links in joined for a in links]
    order = document_order(doc)
    return related_from_links(sorted(anchors, key=lambda a: order.get(a, 0)), doc.url)


def related_box_above_text(doc: Document, fields: FieldSelectors) -> list[etree._Element]:
    """The stories of a box printed between the headline and the text's container, without a
    label but with a related class (``div.related-inline`` between a magazine's lead and its
    text), each item one story link: the article's own box, set just outside its text."""
    headline = headline_element(doc, fields)
    container, _ = body_container(doc, fields)
    if headline is None or container is None:
        return []
    order = document_order(doc)
    start, end = order.get(headline, 0), order.get(container, 0)
    if end <= start:
        return []
    for element in document_elements(doc)[start + 1:min(end, start + 1 + LEAD_WINDOW)]:
        if not isinstance(element.tag, str) or element in container.iterancestors() \
                or not RELATED_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        items = [c for c in element if isinstance(c.tag, str)]
        links = [story_box_link(doc, item) for item in items]
        if items and all(link is not None for link in links):
            return links
    return []


def after_the_site_footer(doc: Document, fields: FieldSelectors, anchor: etree._Element) -> bool:
    """True when ``anchor`` is printed after the end of the site's footer that follows the
    article's text (a list of the site's latest stories appended under the whole page): no
    story of the article's own, whatever its label.  An article's own footer (WordPress'
    ``<footer class="entry-meta">`` inside ``<article>``) is no site footer."""
    container, _ = body_container(doc, fields)
    if container is None:
        return False
    order = document_order(doc)
    ends = doc.cached("site_footer_ends", lambda: [
        max(order.get(e, 0) for e in footer.iter())
        for footer in document_elements(doc)
        if is_site_footer(footer) and order.get(footer, 0) > order.get(container, 0)
        and container not in footer.iterancestors()
        and not any(a.tag == "article" for a in footer.iterancestors())])
    at = order.get(anchor, 0)
    return any(end < at for end in ends)


# The rank of the bare "Đọc thêm" / "Xem thêm" label in layers.RELATED_HEADINGS.
SEE_MORE_RANK = 1


def nearer_than_see_more(doc: Document, fields: FieldSelectors,
                         ranked: list[list[tuple[str, list[etree._Element]]]],
                         best: tuple[str, list[etree._Element]] | None
                         ) -> tuple[str, list[etree._Element]] | None:
    """A bare "Xem thêm" / "Đọc thêm" names the article's own stories only right under the
    text: printed after another labelled block that follows the text ("Tin cùng chuyên mục",
    then "Xem thêm"), it is the site's box of more stories, and the nearer block is the
    article's."""
    if best is None or not any(best is block for block in ranked[SEE_MORE_RANK]):
        return best
    order = document_order(doc)
    at = order.get(best[1][0], 0)
    earlier = [block for rank, blocks in enumerate(ranked) if rank != SEE_MORE_RANK
               for block in blocks if order.get(block[1][0], 0) < at
               and follows_the_text(doc, fields, block[1][0])]
    return min(earlier, key=lambda block: order.get(block[1][0], 0)) if earlier else best


def newer_and_older(ranked: list[list[tuple[str, list[etree._Element]]]],
                    best: tuple[str, list[etree._Element]] | None
                    ) -> list[tuple[str, list[etree._Element]]]:
    """The other half of the section's list when the best block is one half: NukeViet prints
    the section's stories on either side of the article as "Những tin mới hơn" and "Những tin
    cũ hơn", one list in two."""
    if best is None or not layers.NEWER_OR_OLDER.search(best[0]):
        return []
    return [block for blocks in ranked for block in blocks
            if block is not best and layers.NEWER_OR_OLDER.search(block[0])]


def inside_the_text(doc: Document, fields: FieldSelectors, anchor: etree._Element) -> bool:
    """True when ``anchor`` is printed inside the content container with a paragraph of the
    text after it (a box in the middle of the text, not the lists closing a broad container)."""
    container, _ = body_container(doc, fields)
    if container is None or container not in anchor.iterancestors():
        return False
    order = document_order(doc)
    at = order.get(anchor, 0)
    return any(order.get(p, 0) > at and len(element_text(p)) >= 80
               and not any(a.tag == "a" for a in p.iter())
               for p in container.iter("p", "div") if len(p) <= 8)


def follows_the_text(doc: Document, fields: FieldSelectors, anchor: etree._Element) -> bool:
    """True when no section heading other than a related-story label stands between the end
    of the article's text and ``anchor`` (a "Đọc thêm" block under the article, not a stream
    further down the page)."""
    container, _ = body_container(doc, fields)
    if container is None:
        return True
    order = document_order(doc)
    elements = document_elements(doc)
    last = max(order.get(e, 0) for e in container.iter())
    for element in elements[last + 1:order.get(anchor, 0)]:
        if isinstance(element.tag, str) and is_section_heading(element) \
                and not layers.RELATED_HEADING.match(element_text(element)):
            return False
    return True


def story_link(item: etree._Element) -> tuple[str | None, str | None]:
    """``(href, title)`` of one related-story item, preferring the headline link."""
    anchors = HEADLINE_LINKS(item) + LINKS(item)
    if item.tag == "a":
        anchors.insert(0, item)
    for anchor in anchors:
        title = link_title(anchor) or clean_text(anchor.get("title", "")) or \
            clean_text(" ".join(IMAGE_ALTS(anchor)))
        if title:
            return anchor.get("href"), title
    return None, None


def link_title(anchor: etree._Element) -> str:
    """The headline a story link prints: the heading inside it if it wraps a whole card
    (headline, teaser, time), else its text without comment counters and icons.

    >>> from lxml import html
    >>> link_title(html.fromstring('<a href="/x">Vụ chặt cây xanh <span class="icon-comments">107</span></a>'))
    'Vụ chặt cây xanh'
    """
    for heading in anchor.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = element_text(heading)
        if text:
            return text
    parts = [anchor.text or ""]
    for child in anchor:
        if isinstance(child.tag, str) and not is_counter(child):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return SEE_ALSO_PREFIX.sub("", clean_text("".join(parts)))


# "Xem thêm: ", "Đọc thêm >> " before a story's headline.
SEE_ALSO_PREFIX = re.compile(r"^(>>+\s*)?(xem|đọc) (thêm|tiếp)\s*[:>»›\-–]+\s*", re.IGNORECASE)


def is_counter(element: etree._Element) -> bool:
    """A counter or icon inside a link: a number alone, or a counter/icon class."""
    text = element_text(element)
    return (not text or text.replace(".", "").replace(",", "").isdigit()
            or bool(layers.COUNTER_CLASS.search(element.get("class", ""))))


def related_from_items(items: list[etree._Element], base: str) -> list[dict[str, str]]:
    stories: dict[str, dict[str, str]] = {}
    for item in items:
        href, title = story_link(item)
        url = absolute_url(href, base)
        if url and title:
            key = strip_tracking(url)
            stories.setdefault(key, {"url": key, "title": title})
    return list(stories.values())


def related_from_links(anchors: list[etree._Element], base: str) -> list[dict[str, str]]:
    """Related stories from the links of a "Tin liên quan" block: same-site links whose text
    reads as a headline (four words or more), in page order, once each."""
    own = strip_tracking(base)
    stories: dict[str, dict[str, str]] = {}
    for anchor in anchors:
        url = absolute_url(anchor.get("href"), base)
        title = link_title(anchor) or clean_text(anchor.get("title", ""))
        if not url or not title or not reads_as_headline(title, url):
            continue
        key = strip_tracking(url)
        if key != own and same_site_view(key, own):
            stories.setdefault(key, {"url": key, "title": title})
    return list(stories.values())


def body_story_links(doc: Document, fields: FieldSelectors) -> list[etree._Element]:
    """Links of the related stories printed inside the article's text (cached per page)."""
    return doc.cached("body_stories", lambda: find_body_stories(doc, fields))


def find_body_stories(doc: Document, fields: FieldSelectors) -> list[etree._Element]:
    """Story boxes and story lists inside the content container: a block whose whole text is
    one link to another article of the site (a card with headline and teaser, a "read also"
    line), or a list whose every item is one (vnexpress hides such a list until a script
    shows it).  A list under a heading that is not a related label ("Đọc nhiều") is not."""
    container, _ = body_container(doc, fields)
    if container is None:
        return []
    found: list[etree._Element] = []
    boxes: list[etree._Element] = []
    skip: set[etree._Element] = set()
    # Which elements hold links, and whether to one page only: computed in one pass over the
    # links, so each candidate box is not searched again for its links.
    one_href: dict[etree._Element, str | None] = {}
    for anchor in container.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        for ancestor in anchor.iterancestors():
            if ancestor is container:
                break
            one_href[ancestor] = href if one_href.get(ancestor, href) == href else None
    for element in container.iterdescendants():
        if not isinstance(element.tag, str) or element in skip or element.tag == "a" \
                or element not in one_href:
            continue
        if is_furniture(element):
            skip.update(element.iterdescendants())
            continue
        if element.tag in ("ul", "ol"):
            links = story_list_links(doc, element)
            if links and not under_other_heading(doc, container, element):
                found.extend(links)
                boxes.append(element)
                skip.update(element.iterdescendants())
            continue
        if element.tag in STORY_BOX_TAGS and one_href[element] is not None:
            link = story_box_link(doc, element)
            if link is not None and not under_other_heading(doc, container, element):
                found.append(link)
                boxes.append(element)
                skip.update(element.iterdescendants())
    doc.cache["body_story_boxes"] = boxes
    return found


def is_furniture(element: etree._Element) -> bool:
    """Share bars, breadcrumbs, menus, tag blocks ... (a related-story box is not furniture)."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(FURNITURE_CLASS.search(names)) and not RELATED_CLASS.search(names)


RELATED_CLASS = re.compile(r"relate\w*|lien-?quan|tin-?lq", re.IGNORECASE)
STORY_BOX_TAGS = frozenset({"p", "div", "table", "aside", "section", "blockquote", "figure", "li"})


def is_story_link(doc: Document, anchor: etree._Element, labelled: bool = False) -> bool:
    """A link to another article of the site: same site, not a section above this page (its
    path a prefix of the page's), a headline of four words or more (three, in a block
    ``labelled`` as related stories, to an article's address)."""
    url = absolute_url(anchor.get("href"), doc.url)
    # A mobile view ("m.") links to the stories on the desktop host: the same site.
    if not url or strip_tracking(url) == strip_tracking(doc.url) or not same_site_view(url, doc.url):
        return False
    path = urlsplit(url).path.rstrip("/")
    # The home page is no story, but a CMS that names its articles in the query string at the
    # site's root ("/?x=2651/khxhnv-doi-song/ve-nghe-thuat-tuong", WordPress' "/?p=123") is.
    if (not path and not urlsplit(url).query) \
            or (path and urlsplit(doc.url).path.startswith(path + "/")):
        return False
    return reads_as_headline(link_title(anchor), url, labelled)


# An article's address names one item: an id of four digits or more in one of its last two
# path segments ("/pleiku-mua-suong-post302480.html", "/96/301245/...").
ITEM_ID = re.compile(r"\d{4,}")


def reads_as_headline(title: str, url: str, labelled: bool = True) -> bool:
    """A story link's text reads as a headline: four words or more, or, in a block labelled
    as related stories, three when its address names one article ("Pleiku mùa sương" ->
    ".../pleiku-mua-suong-post302480.html"); a section's name ("Thời sự") or "Xem thêm" does
    not."""
    if DOCUMENT_HREF.search(urlsplit(url).path):
        return False  # "Tải về kế hoạch (PDF)": a download, not a story
    words = len([w for w in title.split() if any(c.isalnum() for c in w)])
    if words >= 4:
        return True
    if not labelled:
        return False
    segments = [s for s in urlsplit(url).path.split("/") if s][-2:]
    return words == 3 and any(ITEM_ID.search(segment) for segment in segments)


def story_box_link(doc: Document, element: etree._Element) -> etree._Element | None:
    """The one story link that holds all of ``element``'s text, if there is one."""
    links = [a for a in element.iter("a") if a.get("href")]
    hrefs = {a.get("href") for a in links}
    if len(hrefs) != 1 or not element_text(element):
        return None
    text = text_key(element_text(element))
    with_text = [a for a in links if element_text(a)]
    if not with_text or text_key("".join(element_text(a) for a in with_text)) != text:
        return None
    return with_text[0] if is_story_link(doc, with_text[0]) else None


def story_list_links(doc: Document, element: etree._Element) -> list[etree._Element]:
    """The story links of a list whose every item is one story link (a counter may follow)."""
    links = []
    for item in element.iterchildren("li"):
        anchors = [a for a in item.iter("a") if a.get("href") and element_text(a)]
        if not anchors or not is_story_link(doc, anchors[0]):
            return []
        rest = text_key(element_text(item)).replace(text_key(element_text(anchors[0])), "", 1)
        if len(rest) > 12:
            return []
        links.append(anchors[0])
    return links


def under_other_heading(doc: Document, container: etree._Element,
                        element: etree._Element) -> bool:
    """True when the section heading printed last before ``element`` in the container names
    one of the page's own lists ("Tin đọc nhiều") or is styled as a block title: then the
    container is broader than the article, and this list is not the article's."""
    order = document_order(doc)
    # The headline (an <h1>) heads the article itself, not a section of the page.
    headings = doc.cached("section_headings", lambda: [
        (order.get(e, 0), e) for e in container.iter()
        if isinstance(e.tag, str) and e.tag != "h1" and is_section_heading(e)])
    at = order.get(element, 0)
    before = [h for o, h in headings if o < at]
    if not before:
        return False
    text = element_text(before[-1])
    if layers.RELATED_HEADING.match(text):
        return False
    return bool(layers.OTHER_SECTIONS.match(text)
                or layers.HEADING_CLASS.search(before[-1].get("class", "")))


# ---- body, sapo, byline ----

def body_container(doc: Document, fields: FieldSelectors) -> Found[etree._Element]:
    """The element holding the article's text (computed once per page)."""
    return doc.cached("container", lambda: first_of(doc, "body",
        ("site", lambda: first_element(doc, [fields.body])),
        ("metadata", lambda: first_element(doc, ['[itemprop="articleBody"]'])),
        ("heuristic", lambda: heuristic_container(doc)),
    ))


def heuristic_container(doc: Document) -> etree._Element | None:
    """The container a common class name marks (``narrowed``), else the densest one (looked
    for only then: it weighs every paragraph of the page)."""
    found = narrowed(first_element(doc, layers.BODY_CSS))
    if found is None:
        # A notice of one short line over its attached document ("Thông tư 10_2016_BGD quy
        # định quy chế công tác HSSV" over its PDF), in a container the text classes name.
        found = next((e for css in layers.BODY_CSS[:-1] for e in css_elements(doc, css)
                      if len(element_text(e)) >= MIN_NOTICE_CHARS and announces_document(e)), None)
    return found if found is not None else densest_container(doc)


# The least text of a document notice's container (a line naming the document).
MIN_NOTICE_CHARS = 30


def narrowed(container: etree._Element | None) -> etree._Element | None:
    """A container found by a common class name, narrowed to the element inside it that holds
    its paragraphs when the class marks the whole page column (``.detail-content`` around the
    headline, the text, the comment form and the sidebar): the byline is then the text's last
    line, not the sidebar's."""
    if container is None:
        return None
    scores: dict[etree._Element, int] = {}
    for p in container.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(element_text(p))
    if not scores:
        return container
    densest = max(scores, key=scores.get)
    if densest is container or scores[densest] < 0.8 * sum(scores.values()) \
            or len(element_text(densest)) >= 0.6 * len(element_text(container)):
        return container
    return densest


def first_not_none(*values: T | None) -> T | None:
    return next((v for v in values if v is not None), None)


def first_element(doc: Document, selectors: Iterable[str | None]) -> etree._Element | None:
    """The first element of the first selector that matches one holding real text."""
    for css in selectors:
        for element in css_elements(doc, css):
            if len(element_text(element)) >= 80:
                return element
    return None


# A table cell counts as a paragraph when one of its lines is a sentence this long.
MIN_CELL_PROSE_WORDS = 25


def holds_prose_line(cell: etree._Element) -> bool:
    """True when a line of the cell (lines broken by ``<br>``) is a long sentence of prose."""
    return any(len(line.split()) >= MIN_CELL_PROSE_WORDS and is_prose_sentence(clean_text(line))
               for line in "".join(cell.itertext()).split("\n"))


def densest_container(doc: Document) -> etree._Element | None:
    """The element whose direct paragraph children hold the most text: ``<p>``s, and the bare
    ``<div>``s old CMSs print paragraphs as (a ``<div>`` holding only inline text; its link
    text does not count, so a column of teaser links is no text), and the bare cells of a
    table layout holding a paragraph of prose (ASP.NET's label control printing the text in
    ``<td><span id=lblDesc>``; not a footer's cell of short address lines), and a print view's
    ``<font>`` holding paragraphs of prose set apart by two ``<br>``s (PHP-Nuke's printable
    page; not a listing's one-paragraph teaser in a ``<font>``)."""
    scores: dict[etree._Element, int] = {}
    for element in doc.root.iter("p", "div", "td", "font"):
        parent = element.getparent()
        if parent is None:
            continue
        if element.tag == "p":
            size = len(element_text(element))
        elif element.find(".//a") is None and not any(
                isinstance(e.tag, str) and e.tag in BLOCK_TAGS for e in element.iterdescendants()) \
                and (element.tag == "div" or holds_prose_line(element)) \
                and (element.tag != "font" or any(map(is_second_break, element.iter("br")))):
            size = len(element_text(element))
        else:
            continue
        parent = around_photo_frame(parent)
        scores[parent] = scores.get(parent, 0) + size
    return max(scores, key=scores.get) if scores else None


def around_photo_frame(parent: etree._Element) -> etree._Element:
    """The element around the photo frame ``parent`` is in, or ``parent``: a caption's
    paragraph (VnExpress' ``<table class="tplCaption">…<td><p class="Image">``) counts for the
    text around the photo, so a photo story's text is not its longest caption's cell."""
    for level, ancestor in enumerate((parent, *parent.iterancestors())):
        if level == 4 or ancestor.tag in ("body", "html"):
            break
        if ancestor.tag in ("table", "figure") and is_caption_element(ancestor) \
                and ancestor.getparent() is not None and has_image(ancestor):
            return ancestor.getparent()
    return parent


def excluded_elements(doc: Document, container: etree._Element,
                      fields: FieldSelectors) -> set[etree._Element]:
    """Elements inside the body that are furniture: the profile's list plus common class names."""
    excluded = {e for css in fields.body_exclude for e in css_elements(doc, css)}
    # Related-story boxes and lists printed inside the text are not text.
    body_story_links(doc, fields)
    excluded.update(doc.cache.get("body_story_boxes", ()))
    for element in container.iterdescendants():
        if isinstance(element.tag, str) and FURNITURE_CLASS.search(
                f"{element.get('class', '')} {element.get('id', '')}"):
            excluded.add(element)
    return excluded


def extract_sapo(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(doc, "sapo",
        ("site", lambda: css_text(doc, fields.sapo)),
        ("metadata", lambda: declared_lead(doc, fields)),
        ("heuristic", lambda: labelled_abstract(doc, fields) or lead_after_headline(doc, fields)
         or bold_lead_before_text(doc, fields)),
    )


# How far after the headline a lead is looked for, in elements.
LEAD_WINDOW = 400
LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "span", "strong", "b", "em", "td", "section"})


def declared_descriptions(doc: Document) -> list[str]:
    """What the page declares as its summary: og:/twitter: description, description, JSON-LD."""
    found = [doc.meta_first(name) for name in layers.DESCRIPTION_META]
    found.append(jsonld_text(doc, "description"))
    return unique(d for d in found if d and len(d.split()) >= 8)


def declared_lead(doc: Document, fields: FieldSelectors) -> str | None:
    """The printed paragraph after the headline that the page's description repeats: the
    lead, printed apart from the text (an ``<h2>`` after a "(VTC News) -" tag, a
    ``p.txt-head``), or, when it is the text's own first paragraph, set apart as a lead (bold,
    a lead class, or opening with the paper's tag: "(CTO) - Ngày 8-1, ...").  A location
    dateline printed as its own element before the lead ("<span>TP HCM</span>Nếu có ít
    tiền...") is left out when the description leaves it out."""
    descriptions = {text_key(d): d for d in declared_descriptions(doc)}
    headline = headline_element(doc, fields)
    if not descriptions or headline is None:
        return None
    longest = max(len(d) for d in descriptions.values())
    order = document_order(doc)
    elements = document_elements(doc)
    start = order.get(headline, 0)
    # The lead comes before the article's text ends (a footer may repeat a slogan-description).
    container, _ = body_container(doc, fields)
    end = start + 1 + LEAD_WINDOW
    if container is not None and order.get(container, 0) > start:
        end = min(end, max(order.get(e, 0) for e in container.iter()))
    for element in elements[start + 1:end]:
        # A lead is a paragraph with a few inline children, not a wrapper of the page.
        if not isinstance(element.tag, str) or element.tag not in LEAD_TAGS or len(element) > 8:
            continue
        raw = "".join(element.itertext())
        if len(raw) > 2 * longest + 200:
            continue
        key = text_key(raw)
        if key in descriptions:
            if ((container is not None and container in element.iterancestors())
                    or among_paragraphs(element)) and not set_apart_as_lead(element):
                # The text's own first paragraph, which the description merely repeats.
                doc.note("sapo", element_text(element), "metadata", "the description repeats "
                         "a paragraph of the text that is not set apart as a lead")
                return None
            return element_text(element)
        dateline = leading_dateline(element)
        if dateline and key.startswith(text_key(dateline)) \
                and key[len(text_key(dateline)):] in descriptions \
                and not among_paragraphs(element):
            doc.note("sapo", element_text(element), "heuristic",
                     f"the dateline {dateline!r} is printed apart and the description leaves it out")
            return clean_text(dateline_tail(element))
    return None


def among_paragraphs(element: etree._Element) -> bool:
    """True when the element is one paragraph of a run of them (two more ``<p>`` of text beside
    it): the text itself, wherever the content container was guessed to be."""
    parent = element.getparent()
    if parent is None or element.tag != "p":
        return False
    return sum(1 for p in parent.iterchildren("p")
               if p is not element and len(element_text(p)) >= 80) >= 2


# The paper's own tag that opens a Vietnamese lead: "(CTO) - ", "TT - ", "VOV.VN - ".
PAPER_TAG = re.compile(r"^\(?[A-ZĐ][A-Za-zĐđ0-9.+ ]{0,15}\)?\s*[-–—]\s")


def set_apart_as_lead(element: etree._Element) -> bool:
    """A paragraph inside the text that reads as its lead: set in bold, a heading's tag (an
    ``<h2>`` under the headline, which the description repeats word for word) or a lead
    class (French "chapo" too: a foreign broadcaster's Vietnamese service), or opening with
    the paper's tag ("(CTO) - Ngày 8-1, ...")."""
    block = Block(text=element_text(element), element=element)
    return is_bold(element) or element.tag in ("h2", "h3") \
        or bool(LEAD_CLASS.search(element.get("class", ""))) \
        or bool(PAPER_TAG.match(block.text)) or looks_like_lead(block)


def leading_dateline(element: etree._Element) -> str | None:
    """A short first child printed before the lead's own text (a location stamp "TP HCM")."""
    if (element.text or "").strip() or len(element) == 0:
        return None
    first = element[0]
    text = element_text(first) if isinstance(first.tag, str) else ""
    return text if text and len(text.split()) <= 5 else None


def dateline_tail(element: etree._Element) -> str:
    """The element's text after its first child (the dateline)."""
    first = element[0]
    return (first.tail or "") + "".join("".join(c.itertext()) + (c.tail or "")
                                        for c in element[1:])


def lead_after_headline(doc: Document, fields: FieldSelectors) -> str | None:
    """The first sapo-like element printed after the headline (teasers of other stories in a
    sidebar carry the same classes, but come elsewhere in the page), not the teaser of a
    story in a list after the text (``<article class="story">… <div class="story__summary">``:
    its item links another story's headline)."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    order = document_order(doc)
    start = order.get(headline, -1)
    candidates = [e for css in layers.SAPO_CSS for e in css_elements(doc, css)
                  if order.get(e, -1) > start and len(element_text(e)) >= 40
                  and not teaser_of_a_story(doc, e, headline)
                  and not holds_the_text(e)]
    if not candidates:
        return None
    return lead_text(min(candidates, key=order.__getitem__))


ABSTRACT_LABEL_START = re.compile(rf"^\s*({ABSTRACT_WORDS})\b", re.IGNORECASE)


def labelled_abstract(doc: Document, fields: FieldSelectors) -> str | None:
    """A journal's abstract printed at the top of the text under its label, without the label:
    "<p><em><strong>Tóm tắt:</strong> Chuyển đổi số đang là ...</em></p>" (the first
    paragraph of the window after the headline that opens with the label, long enough to be
    a lead)."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    order = document_order(doc)
    start = order.get(headline, 0) + 1
    for element in document_elements(doc)[start:start + LEAD_WINDOW]:
        if not isinstance(element.tag, str) or element.tag not in ("p", "div", "td"):
            continue
        first = next((t for t in element.itertext() if t.strip()), "")
        if not ABSTRACT_LABEL_START.match(first) \
                or element.find("p") is not None or element.find("div") is not None:
            continue
        text = element_text(element)
        if ABSTRACT_LABEL.match(text):
            abstract = without_abstract_label(text)
            after = element.getnext()
            if not abstract.strip() and after is not None and after.tag in ("p", "div"):
                abstract = element_text(after)  # "<p><b>Tóm tắt:</b></p><p>Ngân hàng …</p>"
            return abstract if len(abstract.split()) >= MIN_LEAD_WORDS else None
    return None


def teaser_of_a_story(doc: Document, element: etree._Element, headline: etree._Element) -> bool:
    """True when ``element`` sits in the item of another story: an ancestor (three levels up
    at most, a card: little more text than the teaser's, not holding the page's headline)
    holds a link to another page that reads as a headline."""
    own = {doc.url, absolute_url(doc.meta_first("link:canonical"), doc.url)}
    limit = len(element_text(element)) + 300
    for item in islice(element.iterancestors(), 3):
        if headline in item.iter() or item.tag in ("body", "html") \
                or len(element_text(item)) > limit:
            return False
        if any(len(element_text(a).split()) >= 4 and absolute_url(a.get("href"), doc.url)
               not in own for a in item.iter("a") if a.get("href")
               and not a.get("href", "").startswith(("#", "javascript:"))):
            return True
    return False


MIN_TEXT_PARAGRAPHS = 3


def holds_the_text(element: etree._Element) -> bool:
    """True for an element that holds paragraphs of text, not one lead: Drupal's body field
    "field-type-text-with-summary" matches a summary's class but wraps the whole text, however
    short (Drupal 9's "field--type-text-with-summary" over a story of two paragraphs)."""
    if "text-with-summary" in element.get("class", ""):
        return True
    return sum(1 for p in element.iter("p") if len(element_text(p)) >= 40) >= MIN_TEXT_PARAGRAPHS


def lead_text(element: etree._Element) -> str:
    """A lead's text, a dateline printed as its own element kept apart by a space."""
    dateline = leading_dateline(element)
    if dateline:
        return clean_text(dateline + " " + dateline_tail(element))
    return element_text(element)


def bold_lead_before_text(doc: Document, fields: FieldSelectors) -> str | None:
    """A paragraph printed between the headline and the article's text, set apart in bold or
    italics (by markup or class: ``div.title-italic``) or as an ``<h2>``, long enough to be a
    lead (the text's container begins after it, so the body's own first-paragraph rule does
    not see it).  On an old table layout the lead is a cell of its own between the headline's
    cell and the text's (``<td><b><i>Vừa qua, ...</i></b></td>``)."""
    headline = headline_element(doc, fields)
    container, _ = body_container(doc, fields)
    if headline is None or container is None:
        return None
    order = document_order(doc)
    elements = document_elements(doc)
    start = order.get(headline, 0) + 1
    for element in elements[start:min(order.get(container, 0), start + LEAD_WINDOW)]:
        if not isinstance(element.tag, str) or element.tag not in ("p", "h2", "div", "td") \
                or len(element) > 8:
            continue
        block = Block(text=element_text(element), element=element)
        if len(block.text.split()) < MIN_LEAD_WORDS or element.find("p") is not None \
                or element.find("div") is not None or element.find(".//table") is not None \
                or is_photo_caption(element):
            continue
        if looks_like_lead(block) or element.tag == "h2" or is_emphasised(element) \
                or ITALIC_CLASS.search(element.get("class", "")):
            return block.text
        return None  # the first paragraph after the headline is plain: the text has begun
    return None


# Wrappers of pictures that are not the article's: logos, icons, avatars, ads, share buttons,
# a video player (its poster frame is the video's, not a photo of the story: "c-mmp__poster"
# on a broadcaster's video page).
NOT_A_PHOTO_CLASS = re.compile(r"logo|icon|avatar|author|ads?\b|advert|banner|share|social|qc\b|"
                               r"video-?player|\bplayer\b|poster|"
                               r"quang-?cao", re.IGNORECASE)


def lead_photos(doc: Document, fields: FieldSelectors, container: etree._Element | None,
                first_paragraph: str | None = None) -> list[dict[str, str | None]]:
    """The article's lead photo printed between the headline and the text's container (a
    WordPress ``div.post-thumbnail``, a featured image above the text): not a link's picture
    (another story's), not a logo, an icon or an ad, not a small or vector image.

    When the container holds the headline too (an ``<article>`` around its header and its
    text), the photo is looked for between the headline and the text's ``first_paragraph``:
    a featured ``<figure>`` in the article's header, which the walk leaves out with it."""
    headline = headline_element(doc, fields)
    if headline is None or container is None:
        return []
    order = document_order(doc)
    start, end = order.get(headline, 0), order.get(container, 0)
    elements = document_elements(doc)
    around_headline = end < start and first_paragraph is not None \
        and container in headline.iterancestors()
    if around_headline:
        end = text_start(elements, start, first_paragraph)
    photos = []
    for img in thumbnail_above(headline) + elements[start + 1:end]:
        if not isinstance(img.tag, str) or img.tag not in IMAGE_TAGS \
                or (container in img.iterancestors() and not around_headline):
            continue
        src = image_url(img, doc.url)
        width = img.get("width", "")
        if not src or urlsplit(src).path.lower().endswith((".svg", ".gif")) \
                or ICON_FILE.search(urlsplit(src).path.rsplit("/", 1)[-1]) \
                or (width.isdigit() and int(width) < 200 and not beside_the_lead(img)) \
                or any(a.tag == "a" or NOT_A_PHOTO_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
                       for a in [img, *img.iterancestors()] if a is not doc.root):
            continue
        figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
        caption = figure.find(".//figcaption") if figure is not None else caption_beside(img)
        text = element_text(caption) if caption is not None else ""
        photos.append({"url": src, "caption": text or None})
    return photos


def caption_beside(img: etree._Element) -> etree._Element | None:
    """The caption printed right after a photo outside a ``<figure>``, in an element of a
    caption class (NukeViet's "<div class=imghome><img><p class=imgalt>…</p></div>")."""
    after = img.getnext()
    return after if after is not None and isinstance(after.tag, str) and is_caption_element(after) \
        else None


def text_start(elements: list[etree._Element], start: int, first_paragraph: str) -> int:
    """The index of the first ``<p>`` after ``start`` that prints the text's first paragraph
    (``start`` itself when none does within the lead window)."""
    key = text_key(first_paragraph)
    for index in range(start + 1, min(len(elements), start + 1 + LEAD_WINDOW)):
        element = elements[index]
        if element.tag == "p" and text_key(element_text(element)) == key:
            return index
    return start


def beside_the_lead(img: etree._Element) -> bool:
    """A photo in a ``<figure>`` printed right before the lead, floated beside it at a small
    width: NukeViet's article image ``<figure class="article left"><img width=160></figure>``
    then ``<div class="hometext">…</div>``, the article's own photo however small."""
    figure = img.getparent()
    after = figure.getnext() if figure is not None and figure.tag == "figure" else None
    return after is not None and len(element_text(after).split()) >= MIN_LEAD_WORDS \
        and not has_image(after)


# An icon's file: "icon-eye.png", "ico_calendar.gif", "eye-icon.png".
ICON_FILE = re.compile(r"(?:^|[_.-])(?:icons?|ico)(?:[_.-]|$)", re.IGNORECASE)
THUMBNAIL_CLASS = re.compile(r"thumb|featured|post-?image|entry-?image", re.IGNORECASE)


def thumbnail_above(headline: etree._Element) -> list[etree._Element]:
    """The images of a post's thumbnail printed right above its headline in the same
    article element (a WordPress theme's ``<div class="post-thumb"><img></div><h1>``)."""
    above = headline.getprevious()
    while above is not None and not isinstance(above.tag, str):
        above = above.getprevious()
    if above is None or not THUMBNAIL_CLASS.search(f"{above.get('class', '')} {above.get('id', '')}"):
        return []
    return [img for img in above.iter(*IMAGE_TAGS)]


GALLERY_CLASS = re.compile(r"gallery|album|slide", re.IGNORECASE)
THUMBS_CLASS = re.compile(r"thumb|nav|pager|control", re.IGNORECASE)
MAX_GALLERY_CAPTION = 400


def gallery_after_text(doc: Document, container: etree._Element | None
                       ) -> list[dict[str, str | None]]:
    """The photos of a gallery printed right after the text's container, beside it (a news
    agency's photo story: ``<div class="gallery"><div class="item"><img><div
    class="desc">caption</div></div>…``), each captioned by its item's text; not its strip of
    thumbnails, and not a picture that links elsewhere (another story's)."""
    if container is None:
        return []
    gallery = container.getnext()
    while gallery is not None and not isinstance(gallery.tag, str):
        gallery = gallery.getnext()
    if gallery is None or not GALLERY_CLASS.search(f"{gallery.get('class', '')} {gallery.get('id', '')}") \
            or THUMBS_CLASS.search(gallery.get("class", "")) or gallery.find(".//a[@href]") is not None:
        return []
    photos = []
    for img in gallery.iter(*IMAGE_TAGS):
        src = image_url(img, doc.url)
        item = img.getparent()
        if not src or item is None or item is gallery:
            continue
        text = element_text(item)
        photos.append({"url": src, "caption": text if 0 < len(text) <= MAX_GALLERY_CAPTION else None})
    return photos


def is_photo_caption(element: etree._Element) -> bool:
    """A caption: by its class, inside a ``<figure>``, holding the photo, or printed right
    under one (an italic line under a lead photo is not the lead)."""
    if is_caption_element(element) or has_image(element) \
            or any(a.tag == "figure" for a in element.iterancestors()):
        return True
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and (before.tag in IMAGE_TAGS or has_image(before))


# Class names that set a paragraph in italics ("title-italic", "font-italic", "nghieng").
ITALIC_CLASS = re.compile(r"italic|nghieng", re.IGNORECASE)


def extract_body_parts(doc: Document, fields: FieldSelectors, sapo: str | None,
                       printed: tuple[str | None, ...] = ()
                       ) -> tuple[Body | None, etree._Element | None, str | None]:
    """The walk of the content container: ``(body, container, layer)``."""
    container, layer = body_container(doc, fields)
    if container is None:
        return None, None, None
    excluded = excluded_elements(doc, container, fields)
    letterheads = letterhead_tables(container)
    excluded.update(letterheads)
    body = extract_body(container, doc.url, excluded, sapo=sapo, printed=printed,
                        class_style=doc.class_style if doc.styles else None,
                        story_boxes=doc.cache.get("body_story_boxes", ()))
    body.byline = body.byline or credits_after_text(doc, container)
    without_site_name_line(doc, body)
    without_authors_note(doc, fields, body)
    # trafilatura prints the letterhead's rows as "| cell | cell |" lines: leave them out too.
    body.dropped.extend(element_text(row) for table in letterheads for row in table.iter("tr"))
    return body, container, layer


def without_authors_note(doc: Document, fields: FieldSelectors, body: Body) -> None:
    """Leave out the note closing the text that a star after the writer's name above it points
    to (a journal's "ĐẶNG VĂN AN*" over the text, "* Viện Nghiên cứu lập pháp" under it): the
    writer's post, not text.  A paragraph opening with a star is text when no name above
    carries the star ("* Đại hội lần thứ III: …" in a list of congresses)."""
    if not body.paragraphs or not body.paragraphs[-1].lstrip().startswith(("*", "(*)")):
        return
    name = author_element_text(doc, fields) or signature_above_text(doc, fields)
    if name and is_footnote_of(name.split("\n")[0], body.paragraphs[-1]):
        body.dropped.append(body.paragraphs.pop())


def logo_alts(doc: Document) -> list[str]:
    """The alt texts of the site's logo images (the site's name), found once per page."""
    return doc.cached("logo_alts", lambda: [
        img.get("alt") or "" for img in doc.root.iter("img")
        if "logo" in f"{img.get('src', '')} {img.get('class', '')}".lower()])


# The shortest host name a line is compared with (not "vn", "tv", "hcm").
MIN_HOST_NAME = 5


def without_site_name_line(doc: Document, body: Body) -> None:
    """Leave out a line that is only the site's own name (og:site_name, or the alt of its
    logo): a header's "<img alt=…> <strong>Bệnh viện …</strong>" caught in a broad container
    or in trafilatura's text (the site itself is neither text nor byline)."""
    names = [n for n in (doc.meta_first("og:site_name"), *logo_alts(doc))
             if n and len(n.split()) >= 2]
    keys = {text_key(n) for n in names}
    # The site's name as its address spells it, its credit under the text ("LocoBee" on
    # locobee.com): the site itself, neither text nor byline.
    label = site_host(doc.url).split(".")[0]
    if len(label) >= MIN_HOST_NAME:
        keys.add(label)
    body.paragraphs = [p for p in body.paragraphs if text_key(p) not in keys]
    body.dropped.extend(names)


# The national motto an official document's letterhead prints beside the issuing body.
NATIONAL_MOTTO = re.compile(r"độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc|"
                            r"cộng\s+(?:hòa|hoà)\s+xã\s+hội\s+chủ\s+nghĩa", re.IGNORECASE)
MAX_LETTERHEAD_CHARS = 400


def letterhead_tables(container: etree._Element) -> list[etree._Element]:
    """The header table of an official document printed in the text (a report, a decision, a
    regulation posted on a government portal): the issuing body beside the national motto
    ("ỦY BAN NHÂN DÂN PHƯỜNG LONG ANH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do -
    Hạnh phúc"), then the number beside the place and date ("Số: 12/BC-UBND | Long Anh, ngày
    02 tháng 01 năm 2024"). It is letterhead, not text; the document's own title lines that
    follow it ("DỰ THẢO BÁO CÁO", "QUY ĐỊNH") are."""
    return [table for table in container.iter("table")
            if len(element_text(table)) <= MAX_LETTERHEAD_CHARS
            and (NATIONAL_MOTTO.search(element_text(table)) or numbered_and_dated(table))
            and table.find(".//table") is None]


# A letterhead's second row: the document's number beside its place and date ("Số: 225 -
# KH/TWĐTN-CTTN | Hà Nội, ngày 16 tháng 5 năm 2024").
LETTERHEAD_NUMBER = re.compile(r"^\s*số\s*:\s*\d", re.IGNORECASE)
LETTERHEAD_DATE = re.compile(r"^[^\d]{0,40}ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$",
                             re.IGNORECASE)


def numbered_and_dated(table: etree._Element) -> bool:
    """True for a letterhead without the national motto (the Party's, the Youth Union's): a
    row holding the document's number in one cell and its place and date in another."""
    for row in table.iter("tr"):
        cells = [element_text(cell) for cell in row if cell.tag in ("td", "th")]
        if any(LETTERHEAD_NUMBER.match(c) for c in cells) \
                and any(LETTERHEAD_DATE.match(c) for c in cells):
            return True
    return False


# A line of a credit block: "Bài: MINH THU", "Ảnh: ...", "Thực hiện: ...", "Trình bày: ...".
CREDIT_LINE = re.compile(r"^\s*(bài|ảnh|tin|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|video|"
                         r"thực hiện|nội dung|trình bày|đồ họa|đồ hoạ|thiết kế|kỹ thuật|"
                         r"biên tập|quay phim|dựng phim|ảnh và video|tác giả|text|photo|"
                         # The story's source in its own block under the text ("<div
                         # class=source>Nguồn tin: www.secviet.cz</div>").
                         r"nguồn|nguồn tin)\s*:",
                         re.IGNORECASE)
MAX_CREDIT_LINES = 6


def credits_after_text(doc: Document, container: etree._Element) -> str | None:
    """The credit block printed right after the text's container, when the text ends without
    a byline (a longform page's "Bài: ... / Ảnh: ... / Trình bày: ..." block): the first block
    after the container that holds text, when it is a few short lines without links, one at
    least labelled with a credit role.  Its lines are kept apart: the byline is read line by
    line."""
    order = document_order(doc)
    elements = document_elements(doc)
    last = max(order.get(e, 0) for e in container.iter())
    for element in elements[last + 1:last + 40]:
        if not isinstance(element.tag, str) or not element_text(element):
            continue
        if element.find(".//a") is not None or element.tag == "a":
            return None
        children = [c for c in element if isinstance(c.tag, str) and c.tag in BLOCK_TAGS]
        lines = [element_text(c) for c in children] if children else [
            clean_text(line) for line in "".join(element.itertext()).split("\n")]
        lines = [line for line in lines if line]
        if not lines or len(lines) > MAX_CREDIT_LINES or any(len(line) > 80 for line in lines) \
                or not any(CREDIT_LINE.match(line) for line in lines):
            return None
        return "\n".join(lines)
    return None


def extract_byline(doc: Document, fields: FieldSelectors, body: Body | None) -> Found[str]:
    # The byline printed on the page beats the meta author, which is often the paper's name.
    return first_of(doc, "byline",
        ("site", lambda: css_text(doc, fields.byline)),
        ("heuristic", lambda: with_writer_above(
            doc, fields, not_the_site_s_place(doc, body.byline)) if body else None),
        ("heuristic", lambda: author_element_text(doc, fields)),
        ("heuristic", lambda: signature_above_text(doc, fields)),
        ("metadata", lambda: not_the_publisher(
            doc, doc.meta_first(*layers.AUTHOR_META) or jsonld_author(doc))),
        ("heuristic", lambda: author_in_headline_tail(doc, fields)),
    )


def with_writer_above(doc: Document, fields: FieldSelectors, closing: str | None) -> str | None:
    """The credit closing the text, with the writer named under the headline when the closing
    line names only where the story comes from: a business site's rewrite signs its writer at
    the top ("<span class=author>Hà Linh</span> • 15:32") and ends "Theo Báo Bắc Giang"."""
    if not closing or "\n" in closing:
        return closing
    credit = parse_byline(closing)
    if credit.authors or not credit.source:
        return closing
    writer = author_element_text(doc, fields)
    if not writer or "\n" in writer or parse_byline(writer).source or not parse_byline(writer).authors:
        return closing
    return f"{writer}\n{closing}"


HEADLINE_TAIL = re.compile(r"\s[-–—]\s+([^-–—]+)$")


def author_in_headline_tail(doc: Document, fields: FieldSelectors) -> str | None:
    """A literary site's writer printed at the end of the headline, after a dash, when no
    credit is printed anywhere else: "Tạp chí Non Nước … song hành … - Hồ Duy Lệ".  Only a
    full name of three or four words opening with a family name: a place ("- Quảng Nam") or
    a pen name alone is no credit here."""
    title = headline_text(doc, fields)
    tail = HEADLINE_TAIL.search(title or "")
    if tail is None or len(title[:tail.start()].split()) < 4:
        return None
    words = tail[1].split()
    if not 3 <= len(words) <= 4 or words[0].lower() not in SURNAMES \
            or not all(w[:1].isupper() for w in words):
        return None
    return tail[1] if parse_byline(tail[1]).authors else None


# The longest author element read as a credit: several writers, each with an office.
MAX_AUTHORS_LINE = 200


def names_several_writers(text: str) -> bool:
    """A long author line that is a list of writers, not a line with a time or a sentence in
    it ("By A and B Monday, November 18, 2019, 04:05 pm PT", "… Contributors are their own.").

    >>> names_several_writers("ThS. Lê Văn An - Văn phòng (Bộ Tài chính), ThS. Hà Thu - Vụ Pháp chế")
    True
    """
    return len(text) <= MAX_AUTHORS_LINE and not any(ch.isdigit() for ch in text) \
        and not text.rstrip().endswith((".", "!", "?")) and len(parse_byline(text).authors) >= 2


def author_element_text(doc: Document, fields: FieldSelectors) -> str | None:
    """A short author line near the headline marked as such ("tác giả", "author" classes), or
    labelled as such ("Đăng bởi : Nguyễn Công Luân" in the meta line under the headline)."""
    anchor = headline_element(doc, fields)
    order = document_order(doc)
    start = order.get(anchor, 0) if anchor is not None else 0
    for css in layers.AUTHOR_CSS:
        for element in css_elements(doc, css):
            if is_form_field(element):
                continue  # a comment form's "Tên *" field (WordPress' p.comment-form-author)
            text = credit_text(element)
            # A journal's writers each with their office run longer than one name: "ThS. Trương
            # Huỳnh Thắng - Văn phòng (Bộ Tài chính), ThS. Phạm Quang Huy - Vụ Pháp chế (…)".
            if text and (len(text) <= 80 or names_several_writers(text)) \
                    and abs(order.get(element, 0) - start) <= 150:
                return with_source_line(element, text)
    if anchor is None:
        return None
    for node in TEXTS_AFTER_30(anchor):
        owner = node.getparent()
        if node.is_tail and owner is not None:
            owner = owner.getparent()  # the text after an icon: "<i class=fa-user/> Đăng bởi ..."
        labelled = labelled_author_segment(clean_text(node))
        if labelled:
            return labelled
        if layers.AUTHOR_LABEL.match(clean_text(node)) and owner is not None:
            text = element_text(owner)
            if LABEL_ONLY.match(text) and owner.getparent() is not None:
                # NukeViet's "<p><strong>Tác giả bài viết: </strong>Minh Tuấn</p>": the label
                # in its own element, the name after it; a "Nguồn tin:" line may follow.
                owner = owner.getparent()
                text = element_text(owner)
                if layers.AUTHOR_LABEL.match(text) and len(text) <= 80:
                    return with_source_line(owner, text)
            if layers.AUTHOR_LABEL.match(text) and len(text) <= 80:
                return text
    return None


def labelled_author_segment(line: str) -> str | None:
    """The labelled writer printed after the date in the meta line under the headline, one
    segment of it (a portal's "Ngày đăng bài: 28/12/2018 | Tác giả: Văn Minh").

    >>> labelled_author_segment("Ngày đăng bài: 28/12/2018 | Tác giả: Văn Minh")
    'Tác giả: Văn Minh'
    """
    if len(line) > 120 or layers.AUTHOR_LABEL.match(line):
        return None
    segments = META_SEPARATOR.split(line)
    for segment in segments[1:]:
        if layers.AUTHOR_LABEL.match(segment) and len(segment) <= 80:
            return segment
    return None


def is_form_field(element: etree._Element) -> bool:
    """True for a reader's field of a form ("<label>Tên *</label><input name=author>" of a
    comment form), not what the page prints about the article.  Not every element inside a
    <form>: ASP.NET WebForms pages wrap the whole page in one."""
    return next(element.iter("label", "input", "textarea", "select"), None) is not None


# A label alone, its value printed after its element: "Tác giả bài viết:".
LABEL_ONLY = re.compile(r"^[^:]{1,30}:\s*$")


def signature_above_text(doc: Document, fields: FieldSelectors) -> str | None:
    """A contributor's signature printed right-aligned between the headline and the text, or a
    source line ("Nguồn: …") there,
    outside the text's container, the writer's position or office under the name (a
    journal's analysis: ``<p style="text-align:right"><strong>ThS LÊ VĂN CƯỜNG</strong><br>
    <em>Học viện Chính trị, Bộ Quốc phòng</em></p>`` above the lead): short right-aligned
    lines naming a person, before the first paragraph of prose."""
    anchor = headline_element(doc, fields)
    if anchor is None:
        return None
    seen: set[etree._Element] = set()
    for node in TEXTS_AFTER_30(anchor):
        owner = node.getparent()
        if node.is_tail and owner is not None:
            owner = owner.getparent()
        block = next((a for a in owner.iterancestors() if a.tag in BLOCK_TAGS), None) \
            if owner is not None and owner.tag not in BLOCK_TAGS else owner
        if block is None or block in seen:
            continue
        seen.add(block)
        text = element_text(block)
        if len(text.split()) > PROSE_WORDS:
            return None  # the text has begun
        lines = paragraph_text(["".join(block.itertext())]).split("\n")
        if len(lines) == 1 and len(text) <= 80 and SOURCE_LINE.match(text) \
                and parse_byline(text).source:
            # The source in the meta row under the headline, beside the time and the views
            # ("<li>Nguồn: www.phatgiao.org.vn</li>"), when no credit closes the text.
            return text
        if len(lines) <= 3 and all(len(line) <= 80 for line in lines) \
                and not re.search(r"\d", lines[0]) \
                and not any(d.tag in BLOCK_TAGS for d in block.iterdescendants()) \
                and is_right_aligned(block) and looks_like_byline(Block(text=lines[0], element=block)) \
                and parse_byline("\n".join(lines)).authors:
            return "\n".join(lines)
    return None


def credit_text(element: etree._Element) -> str:
    """An author element's text, one line per piece when it prints the pieces of a credit in
    elements of their own side by side (a name span, then the writer's organisation or the
    time: ``<span class="author-name">Phương Nam</span><span class="author-org">Hội nhà văn
    VN</span>``): the page sets them apart by their style, the text alone runs them together
    ("Phương NamHội nhà văn VN") and the organisation would read as a second name or a
    source. A label ("Bài:", "Tác giả", "bởi") stays on its name's line, and so does a
    piece joined by a separator ("- Thu Hà", ", Thu Hà").

    >>> credit_text(etree.fromstring("<div><b>Bài: </b><a>Minh Anh</a><i>Hội nhà văn VN</i></div>"))
    'Bài: Minh Anh\\nHội nhà văn VN'
    >>> credit_text(etree.fromstring("<p><span>Phương Nam</span> <span>Hội nhà văn VN</span></p>"))
    'Phương Nam\\nHội nhà văn VN'
    """
    pieces = [c for c in element if isinstance(c.tag, str)]
    if len(pieces) < 2 or (element.text or "").strip() or any((c.tail or "").strip() for c in pieces):
        return element_text(element)
    lines: list[str] = []
    glued = False
    for text in (element_text(c) for c in pieces):
        if not text:
            continue
        if lines and (glued or text.startswith(CREDIT_SEPARATORS)):
            lines[-1] = f"{lines[-1]} {text}"
        else:
            lines.append(text)
        glued = text.endswith((":", *CREDIT_SEPARATORS)) or bool(CREDIT_LABEL.match(text))
    return "\n".join(lines)


CREDIT_SEPARATORS = ("-", "–", "—", ",", "/", "|", "&")
# A label printed in a piece of its own, without a colon, before the name.
CREDIT_LABEL = re.compile(r"^(tác giả|bài|ảnh|tin|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|"
                          r"thực hiện|người viết|đăng bởi|viết bởi|bởi|theo|nguồn|by|posted by|"
                          r"written by)$", re.IGNORECASE)


SOURCE_LINE = re.compile(r"^\s*(nguồn|nguồn tin|theo)\s*:", re.IGNORECASE)


def with_source_line(element: etree._Element, text: str) -> str:
    """The author line with the source line printed right under it, read as one credit
    (a portal's "Tác giả: " left empty, then "Nguồn tin: VOV5")."""
    after = element.getnext()
    line = element_text(after) if after is not None and isinstance(after.tag, str) else ""
    if line and len(line) <= 80 and SOURCE_LINE.match(line) and after.find(".//a") is None:
        return f"{text}\n{line}"
    return text


# The site's name after the headline in the page's <title>: "<headline> - Trung tâm … huyện X".
TITLE_SITE_NAME = re.compile(r"\s[-|–]\s([^-|–]+)$")


def not_the_site_s_place(doc: Document, byline: str | None) -> str | None:
    """A signature closing the text, unless it is only the place the site is named after: a
    district centre signs its own stories "Bình Lục" when it is "Trung tâm Văn hóa Thông tin
    và Thể thao huyện Bình Lục" (og:site_name, or the name after the headline in <title>).
    The site signing its own story names no author and no other source."""
    if not byline or "\n" in byline or len(byline.split()) < 2:
        return byline
    title = TITLE_SITE_NAME.search(css_text(doc, "head title") or "")
    names = [doc.meta_first("og:site_name"), title[1] if title else None]
    place = " " + " ".join(byline.split()).lower()
    if any(n and " ".join(n.split()).lower().endswith(place) for n in names):
        return None
    return byline


def not_the_publisher(doc: Document, author: str | None) -> str | None:
    """A metadata author, unless it only names the paper or the site itself (og:site_name,
    publisher, the name closing the <title>, its logo's alt: a school's NukeViet declares
    "Trường THPT …" as every page's author)."""
    if not author:
        return None
    publisher = jsonld_value(doc, "publisher")
    names = {doc.meta_first("og:site_name"),
             publisher.get("name") if isinstance(publisher, dict) else None}
    if author in names:
        return None
    title = css_text(doc, "head title") or ""
    site_names = {text_key(title.rsplit(sep, 1)[1]) for sep in layers.TITLE_SEPARATORS[:3]
                  if sep in title}
    site_names.update(text_key(alt) for alt in logo_alts(doc))
    return None if text_key(author) in site_names - {""} else author


def jsonld_author(doc: Document) -> str | None:
    """The JSON-LD author's names; an author typed as an organisation is the paper itself
    (Vietnamese CMSs declare the outlet as the author when no byline is kept), not a person."""
    authors = jsonld_value(doc, "author")
    authors = authors if isinstance(authors, list) else [authors]
    authors = [a for a in authors if not (isinstance(a, dict) and "Organization" in str(a.get("@type")))]
    names = [a.get("name") if isinstance(a, dict) else a for a in authors]
    names = [clean_text(str(n)) for n in names if n]
    return ", ".join(names) or None


def note_unused_declarations(doc: Document, raw: Any) -> None:
    """Record, for an explained page, what the page declares that the rules do not use:
    ``keywords`` as tags, the description as the sapo."""
    for name in ("keywords", "news_keywords"):
        for value in unique(clean_text(v) for v in doc.meta.get(name, ())):
            doc.note("tags", value, "metadata",
                     f"meta {name} holds SEO phrases, not the article's tags")
    for description in declared_descriptions(doc):
        if raw.sapo is None or text_key(description) != text_key(raw.sapo):
            doc.note("sapo", description, "metadata", "a declared description is the sapo "
                     "only when the page prints it as a paragraph after the headline")
