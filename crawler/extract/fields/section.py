"""The section (breadcrumb, the section link over the headline, a labelled "Chuyên mục:") and the
tags (the visible "Từ khóa" / "Tags" block, split into its items), and the labelled blocks of
links both are read from.
"""

from __future__ import annotations

import html
import re
from itertools import islice
from typing import Iterable
from urllib.parse import urlsplit

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import class_words, element_text, text_key
from crawler.extract.css import css_elements
from crawler.extract.document import Document
from crawler.extract.fields.page import (BODY_TEXTS, FURNITURE_CLASS, LEAD_TAGS, MENU_CLASS,
                                         TEXTS_AFTER_30, TEXTS_OUTSIDE_LINKS, TRAIL_LAST_LEVEL, Found, css_text,
                                         document_elements, document_order, first_of,
                                         headline_element, is_section_path, jsonld_text, jsonld_value,
                                         lead_dateline, section_names,
                                         repeats_headline, unique, unique_texts)
from crawler.normalize.text import clean_text
from crawler.normalize.urls import absolute_url, same_site
from crawler.sites import FieldSelectors


def extract_category(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(doc, "category",
        ("site", lambda: css_text(doc, fields.category)),
        ("metadata", lambda: doc.meta_first(*layers.SECTION_META)
         or declared_section(doc) or jsonld_breadcrumb(doc)),
        ("heuristic", lambda: not_the_site_s_name(doc, fields, breadcrumb_section(doc, fields)
         or glyph_trail(doc, fields)
         or section_by_class(doc, fields) or section_link_before_headline(doc, fields)
         or labelled_section(doc) or labelled_section_text(doc, fields)
         or section_name_before_headline(doc, fields)
         or wordpress_category(doc, fields) or primary_tag_over_headline(doc, fields)
         or section_in_lead_dateline(doc, fields))),
    )


def declared_section(doc: Document) -> str | None:
    """The JSON-LD ``articleSection``; when it lists several sections (a post filed under two
    WordPress categories, ["Hoạt động giáo dục", "Tin tức từ trường"]), the one the page's own
    JSON-LD breadcrumb ends in, since the trail says where the post is shelved; else the first."""
    first = jsonld_text(doc, "articleSection")
    sections = jsonld_value(doc, "articleSection")
    if not isinstance(sections, list) or len(sections) < 2:
        return first
    trail = jsonld_breadcrumb(doc)
    if trail:
        for section in sections:
            if isinstance(section, str) and clean_text(html.unescape(section)).casefold() \
                    == trail.casefold():
                return trail
    return first


# The class of a tag's link ("gh-article-tag", "post-card-primary-tag", "article-tag") and the
# archive its address leads to ("/tag/quoc-te/", "/chu-de/…", "/tu-khoa/…").
TAG_LINK_CLASS = re.compile(r"(?:^|[\s_-])tag(?=$|\s)", re.IGNORECASE)
TAG_ARCHIVE_PATH = re.compile(r"/(?:tags?|tu-?khoa|keywords?|chu-?de|topics?)/[^/]", re.IGNORECASE)


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
    # A theme printing the category's link without rel ("<span class=ast-terms-link><a
    # href='/?cat=7'>Tuyên truyền</a>"), in the headline's own header: its archive's address.
    # Under the headline's third ancestor at most: the header and the entry around it.
    around = [a for a in islice(headline.iterancestors(), 3) if a.tag not in ("body", "html")] \
        if headline is not None else []
    for anchor in around[-1].iter("a") if around else ():
        if WORDPRESS_CATEGORY_HREF.search(anchor.get("href") or "") and in_headline_header(anchor, headline) \
                and 0 < len(element_text(anchor).split()) <= MAX_SECTION_WORDS:
            return element_text(anchor)
    return None


# A WordPress category archive: "/?cat=7" (plain permalinks) or "/category/tin-tuc/".
WORDPRESS_CATEGORY_HREF = re.compile(r"[?&]cat=\d+(?:&|$)|/category/[^/?#]+")


def in_headline_header(anchor: etree._Element, headline: etree._Element | None) -> bool:
    """True for a link in the headline's own header, above it: a theme printing the category
    over the headline ("<header class=entry-header><div class=entry-cat><a rel='category
    tag'>Di sản văn hóa</a></div><h1>…")."""
    return headline is not None and any(
        a.tag != "body" and headline in a.iterdescendants() for a in islice(anchor.iterancestors(), 3))


# (And an English theme's "Categories:" over the post's sections, AMP for WP's among them.)
SECTION_LABEL_WORDS = r"chuyên mục|thể loại|danh mục|categor(?:y|ies)"
SECTION_LABEL = re.compile(rf"^({SECTION_LABEL_WORDS})\s*:$", re.IGNORECASE)


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


# "Chuyên mục: Tin hoạt động" as a segment of the meta line, the name not a link.
LABELLED_SECTION_TEXT = re.compile(rf"^(?:{SECTION_LABEL_WORDS})\s*:\s*(?P<name>[^\W\d_][^:]{{0,50}})$",
                                   re.IGNORECASE)


def labelled_section_text(doc: Document, fields: FieldSelectors) -> str | None:
    """The section printed as plain text after its label in the meta line under the headline
    ("Ngày đăng: 21/11/2022 | Chuyên mục: Tin hoạt động", a portal's print view)."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    for node in TEXTS_AFTER_30(headline)[:10]:
        for segment in re.split(r"[|•·]", clean_text(node)):
            found = LABELLED_SECTION_TEXT.match(segment.strip())
            if found and len(found["name"].split()) <= 8:
                return found["name"].strip()
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
                or counts.get(text, 0) + (element.tag != "a") < 2 \
                or layers.PRINT_LINK_TEXT.match(text):
            # A print view's tool ("In trang", which its <title> repeats) is no section.
            continue
        block = element.getparent() if element.tag == "a" else element
        if block is None or len(block.findall(".//a")) > 2 \
                or any(MENU_CLASS.search(marks := f"{e.get('class', '')} {e.get('id', '')}")
                       or SIDE_COLUMN.search(marks)
                       or e.tag in ("li", "nav", "header") for e in element.iterancestors()) \
                or heads_a_form(element) or names_the_poster(element) \
                or links_the_site_s_root(doc, element):
            continue
        return text
    return None


def links_the_site_s_root(doc: Document, anchor: etree._Element) -> bool:
    """True for a link to the site's root ("/"): the site's name as its header prints it
    (WordPress Twenty Ten's "<div id=site-title><a href='https://khoahocnet.com/'>Khoa Học
    Net</a>", repeated in the footer), not a section's name."""
    if anchor.tag != "a" or not anchor.get("href"):
        return False
    address = absolute_url(anchor.get("href"), doc.url) or ""
    url = urlsplit(address)
    return bool(url.hostname) and same_site(address, doc.url) and not url.path.strip("/") \
        and not url.query


# The class or id of the column beside the text ("side-bar", "sidebar-left", "side-block"): a
# layout printing it before the main column puts its boxes' titles ("Công cụ", "Lưu trữ") just
# above the headline in the page's order, titles of its boxes, not the story's section.
# A word of its own: a page's flags on <body> ("f_sticky_sidebar_video_on") name no column.
SIDE_COLUMN = re.compile(r"(?:^|\s)(?:[a-z]+[-_])?side[-_]?(?:bar|col|column|block|box)"
                         r"(?:[-_][a-z]+)?(?=\s|$)", re.IGNORECASE)


def section_in_lead_dateline(doc: Document, fields: FieldSelectors) -> str | None:
    """The section's name a lead's dateline prints after the day, when one of the site's
    section links prints it too: "Bến Việt (07.08.2010) Người Việt tại Ba Lan - Một báo …"
    (page.LEAD_TAG_THEN_DAY)."""
    found = lead_dateline(doc, fields)
    name = found.groupdict().get("section") if found else None
    return name if name and name in section_names(doc) else None


# The classes of a post's poster: a social feed's "user-popover", a theme's "author-name".
POSTER_CLASS = re.compile(r"user|author|avatar|profile|poster|byline", re.IGNORECASE)


def names_the_poster(element: etree._Element) -> bool:
    """True for the name of the account that posted the story, printed over it with its avatar
    (a parish page on a Catholic social network: "<span class=user-popover><a href=/giaoxu>
    <b>Giáo xứ Bình Chánh</b></a></span> đã đăng bài viết"): a poster, not a section."""
    return any(POSTER_CLASS.search(e.get("class", "")) for e in
               (element, *islice(element.iterancestors(), 3)))


def heads_a_form(heading: etree._Element) -> bool:
    """True for the heading of a box holding a form: a portal's login or search box in the
    column beside the story ("<div class=portlet><h2>Đăng nhập</h2><form>…"), the comment box
    under the text ("Ý kiến bạn đọc" over its textarea): furniture, neither a section's name
    nor another section's list."""
    box = heading.getparent()
    return box is not None and (box.find(".//form") is not None
                                or box.find(".//textarea") is not None)


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
                or not layers.CATEGORY_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}") \
                or one_of_a_column_of_sections(element):
            continue
        anchors = [element] if element.tag == "a" else [a for a in element.iter("a") if element_text(a)]
        if not anchors and plain_section_label(element):
            # The label printed without a link ("<span class='news-category'>Bản tin quận
            # </span>" beside the timestamp): a portal whose sections are pages of one list.
            # Its label is no part of the name (Joomla's "<dd class=category-name>Danh mục:
            # <span>Tin tức</span></dd>").
            labelled = LABELLED_SECTION_TEXT.match(element_text(element))
            return labelled["name"].strip() if labelled else element_text(element)
        if not 1 <= len(anchors) <= 2 or len(element_text(element)) > 60 \
                or (in_menu(anchors[-1], headline) and not in_category_list(anchors[-1])):
            continue
        name = element_text(anchors[-1])
        # The subsection printed after the section's link without one of its own ("<a>Tin
        # tức</a> &gt; <span>Tin tức trong nước</span>"), unless it is the headline again.
        level = TRAIL_LAST_LEVEL.match("".join(TEXTS_OUTSIDE_LINKS(element)))
        if level and len(level["level"].split()) <= 10 and not repeats_headline(level["level"], headline):
            return clean_text(level["level"])
        # A programme's name can be long ("Đại gia đình các dân tộc Việt Nam"); a headline is
        # longer.
        if name and not layers.HOME_WORDS.match(name) and len(name.split()) <= 10:
            return name
    return None


# The items with the same class a list of the site's sections prints (its rows, its items).
MIN_SECTION_LIST_ITEMS = 3


def one_of_a_column_of_sections(element: etree._Element) -> bool:
    """True for an element with a section's class that is one of a column of its like (an old
    table layout's "DANH MỤC" box, ``<tr><td class="cat"><a>Chỉ số giá</a></td></tr>`` row after
    row): the site's list of sections, not the post's, whichever item comes last.  Its parent's
    and grandparent's items of the same tag and class are counted (a cell's row is its parent).
    """
    marks = element.get("class")
    if not marks:
        return False
    for ancestor in islice(element.iterancestors(), 2):
        if sum(1 for e in ancestor.iter(element.tag)
               if e.get("class") == marks) >= MIN_SECTION_LIST_ITEMS:
            return True
    return False


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
            return is_category_list(ancestor)
    return False


def is_category_list(element: etree._Element) -> bool:
    """True for a list named for the post's categories, of one or two links, no menu
    (``<ul class="td-category">``, WordPress' ``<ul class="post-categories">``): the section's
    label, not a list of stories whatever its links' words.

    >>> from lxml import html
    >>> is_category_list(html.fromstring("<ul class='td-category'><li><a href='/nhat-ky'>"
    ...     "Nhật ký bác sĩ ngoại khoa</a></li></ul>"))
    True
    """
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(layers.CATEGORY_CLASS.search(names)) and not MENU_CLASS.search(names) \
        and len(element.findall(".//a")) <= 2


def is_category_links(element: etree._Element) -> bool:
    """The post's category badges in the text's container (a theme's "<ul class=td-category>"
    of section links over the headline): a short line (MAX_CATEGORY_LINE), every word in a
    link, no text.  Not a WordPress post, whose classes name its categories
    ("category-gia-dinh") too; unlike ``is_category_list``, any number of links."""
    text = element_text(element)
    return bool(text) and len(text) <= MAX_CATEGORY_LINE and element.find(".//a") is not None \
        and not "".join(TEXTS_OUTSIDE_LINKS(element)).strip(" ,|/•·\n\t\xa0")


def jsonld_breadcrumb(doc: Document) -> str | None:
    """The last item of a JSON-LD BreadcrumbList that is not the home page nor the page itself:
    an item addressing the page, or a last item with no address (schema.org lets the trail's
    last item, the current page, go without one: Yoast prints the headline there)."""
    own = doc.url.rstrip("/")
    for obj in doc.jsonld:
        kinds = obj.get("@type")
        if "BreadcrumbList" not in (kinds if isinstance(kinds, list) else [kinds]):
            continue
        items = obj.get("itemListElement")
        items = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
        names = []
        for index, item in enumerate(items):
            thing = item.get("item")
            address = thing.get("@id") if isinstance(thing, dict) else thing
            if (index == len(items) - 1 and index > 0 and not address) \
                    or (isinstance(address, str) and address.rstrip("/") == own):
                continue
            name = item.get("name") or (thing.get("name") if isinstance(thing, dict) else None)
            # (Yoast escapes the names it prints there: "Tin tức &amp; Sự kiện".)
            name = html.unescape(name) if isinstance(name, str) else None
            if name and clean_text(name) and not layers.HOME_WORDS.match(clean_text(name)):
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
        # (Not a link to the page's own path, which a site addressing its pages by their
        # query, "/vi/?go=list/…", shares with every page; nor a page tool, "Bản in", "E-mail".)
        if path and own.startswith(path + "/") and path != own.rstrip("/") and same_site(url, doc.url) and text \
                and not layers.HOME_WORDS.match(text) and len(text.split()) <= 6 \
                and not layers.PRINT_LINK_TEXT.match(text) and not in_menu(anchor, headline):
            found = text
    return found


def not_the_site_s_name(doc: Document, fields: FieldSelectors, section: str | None) -> str | None:
    """A section read from the page, unless it is the site's own name: og:site_name, or the
    text of a link to the page the menu's "Trang chủ" leads to (a foreign broadcaster's
    edition links its brand "BBC News Tiếng Việt" to /vietnamese, a prefix of its stories'
    paths): the site, not a section of it."""
    if not section:
        return section
    if layers.DATE_TEXT.search(section):
        # The timestamp printed inside the breadcrumb's block ("Thứ tư, 10/8/2016 | 17:49
        # GMT+7" after the trail): a day, no section.
        doc.note("category", section, "heuristic", "it prints a date")
        return None
    key = text_key(section)
    named_like_the_site = text_key(doc.meta_first("og:site_name") or "") == key
    if (named_like_the_site and not links_a_folder_above(doc, key)) \
            or key in home_link_texts(doc, fields):
        doc.note("category", section, "heuristic", "it is the site's own name")
        return None
    return section


def links_a_folder_above(doc: Document, key: str) -> bool:
    """True when a link whose text has ``key`` leads to a folder the page's address lies in,
    below the host's root: a section named like the site ("Giáo Phận Mỹ Tho" linking
    /giao-phan-my-tho/ on the diocese's site of that name), not the site's home."""
    own = urlsplit(doc.url).path
    for anchor in doc.root.iter("a"):
        href = anchor.get("href")
        if not href or text_key(element_text(anchor)) != key:
            continue
        url = absolute_url(href, doc.url)
        path = urlsplit(url or "").path.rstrip("/")
        if path and own.startswith(path + "/") and same_site(url, doc.url):
            return True
    return False


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
    # (A back link, Liferay's "« Quay lại" over the asset, leads to the section, not home.)
    homes = {a.get("href") for a in anchors if layers.HOME_WORDS.match(element_text(a))
             and not layers.BACK_WORDS.match(element_text(a))}
    home_urls = {url.rstrip("/") for url in (absolute_url(h, doc.url) for h in homes)
                 if url and urlsplit(url).path.strip("/")}
    if not home_urls:
        return set()
    return {text_key(element_text(a)) for a in anchors
            if (absolute_url(a.get("href"), doc.url) or "").rstrip("/") in home_urls}


def breadcrumb_section(doc: Document, fields: FieldSelectors) -> str | None:
    """The last breadcrumb link that is not "Trang chủ", nor the headline a trail ends in as
    a link of its own ("Trang chủ › Tin tức › <a>the headline</a>": the section is "Tin tức";
    "Trang chủ / <a>the headline</a>": none)."""
    for css in layers.BREADCRUMB_CSS:
        anchors = css_elements(doc, css)
        names = [t for t in (element_text(e) for e in anchors)
                 if t and not layers.HOME_WORDS.match(t)]
        if names:
            headline = headline_element(doc, fields)
            if headline is not None and repeats_headline(names[-1], headline):
                # "Trang chủ / <a>the headline</a>": a trail naming no section names none.  (A
                # section's page, its name over its list, is named by its one level: "Kinh tế".)
                if len(names) > 1:
                    return names[-2]
                if len(WORD.findall(names[-1])) >= MIN_HEADLINE_WORDS:
                    return None
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
    # Not the timestamp a theme prints inside the trail's block ("<div class=block_timer>").
    levels = [e for e in trail.iter() if isinstance(e.tag, str) and order.get(e, 0) > after
              and e.tag != "a" and e.find(".//a") is None and not len(e)
              and text_key(element_text(e)) and not layers.DATE_TEXT.search(element_text(e))]
    if not levels:
        return None
    name = element_text(levels[-1])
    headline = headline_element(doc, fields)
    if (len(name.split()) > 8 and not long_section_name(name, headline)) \
            or (headline is not None and repeats_headline(name, headline)):
        return None
    cut_headline = headline is not None and element_text(headline).startswith(name + " ")
    if not PAGE_KIND_LEVEL.match(name) and not cut_headline:
        # A section's name ("Tin hoạt động UBND huyện" under "Tin tức" on a SharePoint
        # portal), menu or not.
        return name
    # A kind of page, or the headline's opening words (a theme cutting the headline short in
    # its trail: "… / Hoạt động đoàn thể / Công trình thanh niên" over "Công trình thanh niên
    # “ Lắp đặt …” năm 2020"): the section only when the menu links one by that name.
    own = set(trail.iter("a"))
    menu = {text_key(element_text(a)) for a in doc.root.iter("a") if a not in own and a.get("href")}
    return name if text_key(name) in menu else None


# Fewer words than this in a trail's one level repeating the page's heading: a section's own
# page, its name over its list, not a story's headline.
MIN_HEADLINE_WORDS = 6
# A section's name may run long on a portal ("Bầu cử đại biểu Quốc hội và HĐND các cấp",
# "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"); a headline runs longer.
MAX_SECTION_WORDS = 14
WORD = re.compile(r"\w+")


def long_section_name(name: str, headline: etree._Element | None) -> bool:
    """True for a trail's level of more than eight words that is still a section's name, not
    the headline in another wording: the headline is found and shares fewer than half of the
    level's words (a portal's "Bầu cử đại biểu Quốc hội và HĐND các cấp" over "Ban Thường trực
    … tổ chức Hội nghị hiệp thương lần thứ ba")."""
    words = WORD.findall(name.lower())
    if headline is None or len(words) > MAX_SECTION_WORDS or name.rstrip().endswith((".", "!", "?")):
        return False
    headline_words = set(WORD.findall(element_text(headline).lower()))
    return sum(w in headline_words for w in words) * 2 < len(words)


# A trail's last level naming the kind of page rather than a section ("Bài viết", "Chi tiết
# tin", "Nội dung"): the section only when the menu links one by that name.
PAGE_KIND_LEVEL = re.compile(r"^\s*(chi tiết( tin| tin tức| bài viết)?|tin chi tiết|nội dung|"
                             r"bài viết|tin bài|xem (tin|bài)( viết)?|details?|article|view|"
                             r"read more|đọc tin)\s*$", re.IGNORECASE)


# A trail's separator drawn by an icon font, an empty element between two links: Font
# Awesome's "fa-angle-right"/"fa-chevron-right", a theme's "icon-arrow-right" or "sep".
ICON_SEPARATOR_CLASS = re.compile(r"(angle|chevron|caret|arrow)(-double)?-right|\bsep(arator)?\b",
                                  re.IGNORECASE)


def icons_between_links(trail: etree._Element) -> bool:
    """True for a trail whose links alternate with empty separator icons, first and last a
    link: ``<a>Trang chủ</a> <i class="fa fa-angle-right"></i> <a>Tin tức</a>``.  A menu
    with an icon before each item starts with an icon."""
    children = [c for c in trail if isinstance(c.tag, str)]
    if len(children) < 3 or len(children) % 2 == 0:
        return False
    return all(c.tag == "a" for c in children[::2]) and all(
        c.tag != "a" and not element_text(c) and ICON_SEPARATOR_CLASS.search(c.get("class", ""))
        for c in children[1::2])


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
                and TRAIL_GLYPHS.match(between) \
                and (any(ch in between for ch in ">»›/→") or icons_between_links(trail)):
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
        ("heuristic", lambda: printed_tags(not_over_headline(doc, fields, tag_links(doc)))
         or clean_tags(element_text(a) for a in css_elements(
             doc, 'a[rel~="tag"]:not([rel~="category"])')  # WordPress' category: rel="category tag"
                       if not in_category_links(a))
         or tag_block_items(doc, fields) or tag_line_items(doc, fields)),
        ("metadata", lambda: clean_tags(t for name in layers.TAG_META
                                        for value in doc.meta.get(name, ())
                                        for t in value.split(","))),
    )


def in_category_links(anchor: etree._Element) -> bool:
    """True for a link in the post's category line (WordPress' "cat-links", a theme's
    "post-categories"): a theme may mark its section links rel="tag" alone, like its tags."""
    # (A short line only: WordPress' post_class marks the whole post "category-…".)
    return any((layers.CATEGORY_CLASS.search(e.get("class", "")) or "categories" in e.get("class", ""))
               and len(element_text(e)) <= MAX_CATEGORY_LINE
               for e in islice(anchor.iterancestors(), 2))


# The longest category line: a few sections' names.
MAX_CATEGORY_LINE = 200


def not_over_headline(doc: Document, fields: FieldSelectors,
                      links: list[etree._Element]) -> list[etree._Element]:
    """The links printed after the headline: a top bar's "Tag | RSS | Liên hệ" over the page
    (the tag index's link reads as a "Tag" label) holds no tag of the article."""
    headline = headline_element(doc, fields)
    if headline is None:
        return links
    order = document_order(doc)
    start = order.get(headline, 0)
    return [a for a in links if order.get(a, 0) > start]


def clean_tags(texts: Iterable[str], longest: int = layers.MAX_TAG_WORDS) -> list[str]:
    """Printed tags without their decoration, once each, in page order; phrases too long to
    be a tag are dropped.

    >>> clean_tags(["#Thiếu tá Đoàn Thị Hạnh", "unikey,", " unikey", "Từ khóa:"])
    ['Thiếu tá Đoàn Thị Hạnh', 'unikey']
    """
    tags = (clean_text(t).strip(layers.TAG_DECORATION) for t in texts)
    return unique(t for t in tags if t and len(t.split()) <= longest
                  and not layers.TAGS_HEADING.match(t))


# A link to a tag archive (TAG_ARCHIVE_PATH) is a tag however long its name: a site naming its
# tag pages after headlines ("/tag/sau-bao-du-…") prints a headline-long tag.
LONGEST_TAG_ARCHIVE_NAME = 24


def printed_tags(anchors: list[etree._Element]) -> list[str]:
    """The tags of a labelled block's links (see ``clean_tags``), a link to a tag archive kept
    up to a headline's length."""
    return unique(tag for a in anchors if not FEED_HREF.search(a.get("href", ""))
                  and not PREV_NEXT_CLASS.search(f"{a.get('class', '')} {a.get('rel', '')}")
                  for tag in clean_tags(
        [element_text(a)], LONGEST_TAG_ARCHIVE_NAME if TAG_ARCHIVE_PATH.search(a.get("href", ""))
        else layers.MAX_TAG_WORDS))


# The post navigation's links (JNews' "post prev-post", WordPress' rel="prev"), which an empty
# tag block's label runs into: "Bài trước" and the previous post's headline, no tag.
PREV_NEXT_CLASS = re.compile(r"(?:^|[\s_-])(?:prev|next|previous)(?:$|[\s_-])", re.IGNORECASE)


# A tag's feed, linked beside the tag ("<a href=/the/2>Kiev</a> <a href=/the/2/rss>rss</a>"):
# no tag of its own.
FEED_HREF = re.compile(r"[/.](?:rss|feed|atom)(?:\.xml)?/?(?:[?#].*)?$", re.IGNORECASE)


SHARE_TOOLS_CLASS = re.compile(r"share|social|print|sharer|tool", re.IGNORECASE)


def in_share_tools(element: etree._Element, block: etree._Element) -> bool:
    """True for an element of a share or print bar inside the tag block's row."""
    for a in (element, *element.iterancestors()):
        if a is block:
            return False
        if SHARE_TOOLS_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}"):
            return True
    return False


def tag_block_items(doc: Document, fields: FieldSelectors) -> list[str]:
    """The items of the first tag-classed block after the headline: its links, or, when the
    tags are not links (``<span>giá vàng</span>``), its smallest text-bearing elements."""
    headline = headline_element(doc, fields)
    order = document_order(doc)
    start = order.get(headline, 0) if headline is not None else 0
    for block in doc.root.iter():
        if not isinstance(block.tag, str) or order.get(block, 0) <= start \
                or not layers.TAGS_CLASS.search(f"{block.get('class', '')} {block.get('id', '')}") \
                or any(a.tag in ("nav", "header", "footer", "aside") for a in block.iterancestors()) \
                or in_tag_cloud(block):
            continue
        # Not the share and print tools a theme prints in the same row ("block_tag" holding a
        # "block_share": "Chia sẻ", "In", "Gửi bài").
        items = [e for e in block.iterdescendants() if isinstance(e.tag, str)
                 and (e.text or "").strip() and e.tag not in ("script", "style")
                 and not in_share_tools(e, block)]
        if items and SECTION_LABEL.match(element_text(items[0])):
            # Drupal's taxonomy field labelled "Chuyên mục:" (its class says tags): the
            # section's term, which the category reads, no tag.
            continue
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


# A glyph a theme prints before a block's label ("»Cùng chủ đề", "› Tin liên quan", "■ Từ khóa").
LABEL_GLYPHS = re.compile(r"^[»›>■□●•◆◇▶►▸→]+\s*")


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
        (node, LABEL_GLYPHS.sub("", clean_text(node))) for node in BODY_TEXTS(doc.root)
        if len(node) <= 60])
    for node, label in short_texts:
        if not pattern.match(label):
            continue
        owner = node.getparent()
        label_link = None
        if owner is not None and owner.tag == "a" and not node.is_tail:
            label_link, owner = owner, owner.getparent()
        if owner is None or owner.tag in ("a", "title", "option") or is_a_card_s_prompt(owner, label):
            continue
        label_at = order.get(label_link if label_link is not None else owner, 0)
        container = owner.getparent() if node.is_tail else owner
        # A label wrapped in a heading's inner markup (SharePoint's "<h3><nobr><span>Các tin
        # khác</span></nobr></h3>") climbs from the heading.
        heading = next((a for a in (container, *islice(container.iterancestors(), 3))
                        if a.tag in ("h1", "h2", "h3", "h4", "h5", "h6")), None)
        if heading is not None and LABEL_GLYPHS.sub("", element_text(heading)) == label:
            container = heading
        for _ in range(4):
            # A tab beside the label ("Xem thêm từ tác giả", href="#") links no story: the
            # climb goes on to the block that holds the stories.  So does a box's title bar
            # with one link of its own beside the label ("<div class=box-title><h3>CÙNG CHUYÊN
            # MỤC</h3><a>Xem theo ngày</a></div>" over the list).
            if container is None or (any(order.get(a, -1) > label_at and a is not label_link
                                         for a in container.iter("a") if links_a_page(a))
                                     and not is_title_bar(container, label_link)):
                break
            container = container.getparent()
        if container is None:
            continue
        end_at = next_section_at(doc, container, label_at, pattern)
        blocks.append((label, [a for a in container.iter("a") if a.get("href")
                               and label_at < order.get(a, -1) < end_at
                               and a is not label_link]))
    return blocks


def is_title_bar(element: etree._Element, label_link: etree._Element | None) -> bool:
    """A box's title bar: an element whose class names a title or a head, holding the label
    and one link beside it, no list."""
    links = [a for a in element.iter("a") if a is not label_link]
    return bool(layers.HEADING_CLASS.search(element.get("class", ""))) and len(links) == 1 \
        and next(element.iter("ul", "ol", "li"), None) is None


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
                                           and pattern.match(element_text(element))
                                           and not is_a_card_s_prompt(element, element_text(element))):
            return at
    return float("inf")


def is_a_card_s_prompt(element: etree._Element, label: str) -> bool:
    """True for a label printed inside a story's link with the story's title: a card's call to
    action ("<a href=…><h3>Không khí Tết rộn ràng tại BVIS</h3><span>Xem thêm</span></a>"),
    no block's label."""
    link = next((a for a in islice(element.iterancestors(), 4) if a.tag == "a"), None)
    return link is not None and len(element_text(link)) > len(label) + 10


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
    text is short enough for a tag (a site's tag pages may live anywhere: "/unikey.html");
    none in the site's tag cloud, and none WordPress marks as the post's category
    (``rel="category tag"`` under a "Chủ đề:" label: the sections it is filed in)."""
    return [a for a in links_after_headings(doc, layers.TAGS_HEADING)
            if (layers.TAG_HREF.search(a.get("href", "")) or is_plain_site_link(doc, a))
            and "category" not in (a.get("rel") or "").split()
            and not in_tag_cloud(a) and not in_sidebar_widget(a)]


def in_sidebar_widget(element: etree._Element) -> bool:
    """True for an element of a WordPress sidebar widget ("<div class='widget topics'><h2
    class=widget-title>Chủ đề</h2>…"): the site's list of its topics, labelled like tags,
    never the article's own."""
    return any("widget" in class_words(e) for e in element.iterancestors())


# The site's tag cloud, a sidebar widget listing every tag in sizes by use (WordPress'
# "widget_tag_cloud"/"wp-block-tag-cloud" around a "tagcloud", Joomla's "tagspopular"): the
# site's tags, labelled "Thẻ"/"Tags" like the article's, never the article's own.  A theme's
# "tag-cloud" under the text may be the article's own (a magazine's "Topics" row): not here.
TAG_CLOUD_CLASS = re.compile(r"widget_tag_cloud|wp-block-tag-cloud|\btagcloud\b|tagspopular",
                             re.IGNORECASE)


def in_tag_cloud(element: etree._Element) -> bool:
    """True for an element of the site's tag cloud (see TAG_CLOUD_CLASS)."""
    return any(TAG_CLOUD_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}")
               for e in (element, *element.iterancestors()))


def is_plain_site_link(doc: Document, anchor: etree._Element) -> bool:
    """A link to a page of the same site, short enough for a tag, outside share bars."""
    url = absolute_url(anchor.get("href"), doc.url)
    return bool(url) and same_site(url, doc.url) \
        and len(element_text(anchor).split()) <= layers.MAX_TAG_WORDS \
        and not any(FURNITURE_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}")
                    and not layers.TAGS_CLASS.search(e.get("class", ""))
                    for e in anchor.iterancestors())
