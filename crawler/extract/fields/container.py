"""The element that holds the article's text: the profile's container, the common content
classes, or the densest block of paragraphs (a photo story's captions counted with their text).
"""

from __future__ import annotations

import re
from typing import Iterable

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import (BLOCK_TAGS, announces_document, element_text, has_image,
                                  is_caption_element, is_second_break)
from crawler.extract.css import css_elements
from crawler.extract.document import Document
from crawler.extract.fields.page import Found, first_of, is_prose_sentence
from crawler.normalize.text import clean_text
from crawler.sites import FieldSelectors


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


# Form controls: a box holding one is a form's field ("Name (required)" over its input), no
# paragraph of text.
FORM_CONTROLS = ("input", "textarea", "select", "label")


def holds_form_field(element: etree._Element) -> bool:
    """True for a box holding a form control (a comment form's labelled field)."""
    return next(element.iterdescendants(*FORM_CONTROLS), None) is not None


def is_prose_box(text: str) -> bool:
    """Text long enough and written as sentences to be a box's paragraphs."""
    return len(text.split()) >= MIN_CELL_PROSE_WORDS and is_prose_sentence(text)


def own_text(element: etree._Element) -> str:
    """The text an element prints itself: its inline text, without what its block children
    (a photo frame, a list) and its links print.

    >>> own_text(etree.fromstring("<div>Kính mời<br/>quý vị <a>đây</a><ul><li>x</li></ul>.</div>"))
    'Kính mờiquý vị .'
    """
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS and child.tag != "a":
            parts.append(own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def densest_container(doc: Document) -> etree._Element | None:
    """The element whose direct paragraph children hold the most text: ``<p>``s, and the bare
    ``<div>``s old CMSs print paragraphs as (a ``<div>`` holding only inline text; its link
    text does not count, so a column of teaser links is no text), and the bare cells of a
    table layout holding a paragraph of prose (ASP.NET's label control printing the text in
    ``<td><span id=lblDesc>``; not a footer's cell of short address lines), and a print view's
    ``<font>`` holding paragraphs of prose set apart by two ``<br>``s (PHP-Nuke's printable
    page; not a listing's one-paragraph teaser in a ``<font>``), and the items of a list
    without links, for the element holding the list."""
    scores: dict[etree._Element, int] = {}
    for element in doc.root.iter("p", "div", "td", "font", "li", "figcaption"):
        parent = element.getparent()
        if parent is None:
            continue
        if element.tag == "figcaption":
            # A photo story told in its figures' captions (a mobile page's "<figure><img>
            # <figcaption>Theo đó, …</figcaption></figure>" one after another): each caption
            # weighs for the element holding the figures.
            if parent.tag != "figure" or parent.getparent() is None:
                continue
            parent = parent.getparent()
            size = len(element_text(element))
        elif element.tag == "li":
            # A text written as lists (a clan's charter: its aims and its rules as items)
            # weighs for the element holding the list; a list of links (a menu, a box of
            # stories) weighs nothing.
            if parent.tag not in ("ul", "ol") or parent.getparent() is None \
                    or element.find(".//a") is not None:
                continue
            parent = parent.getparent()
            size = len(element_text(element))
        elif element.tag == "p":
            size = len(element_text(element))
        elif element.find(".//a") is None and not any(
                isinstance(e.tag, str) and e.tag in BLOCK_TAGS for e in element.iterdescendants()) \
                and (element.tag == "div" or holds_prose_line(element)) \
                and (element.tag != "font" or any(map(is_second_break, element.iter("br")))) \
                and not holds_form_field(element):
            size = len(element_text(element))
        elif element.tag == "div" and element.find(".//p") is None \
                and is_prose_box(own := clean_text(own_text(element))):
            # A site builder's paragraph box holding the text as lines broken by <br>, with a
            # photo's frame and a list of links inside it (Weebly's "<div class=paragraph>"):
            # its own lines weigh, not the links' text nor the frame's caption. (Not a box
            # of <p>s with loose lines among them: its paragraphs weigh for it already.)
            size = len(own)
        else:
            continue
        if element.tag == "td" and parent.tag == "tr" and is_paragraph_row(element):
            # A table of one-cell rows of one class is a column of paragraphs, each row one
            # ("<tr><td class=NewsText>…</td></tr>" on an old ASP.NET page): they weigh for the
            # table.
            parent = parent.getparent()
        parent = around_photo_frame(parent)
        scores[parent] = scores.get(parent, 0) + size
    # A long lead in a box of its own over a short text outweighs each of the text's
    # paragraphs; the text's container is the densest block that is not the lead's box.
    texts = [e for e in scores if not is_lead_box(e)] or list(scores)
    return max(texts, key=scores.get) if texts else None


# Rows of one cell of the same class, at least, that make a table a column of paragraphs.
MIN_PARAGRAPH_ROWS = 3


def is_paragraph_row(cell: etree._Element) -> bool:
    """True for the only cell of its row, in a table with ``MIN_PARAGRAPH_ROWS`` such rows
    whose cells share its class (an old CMS's "NewsText" rows); not a layout table's rows of
    header, title and content cells."""
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    name = cell.get("class")
    if table is None or not name or sum(1 for c in row if isinstance(c.tag, str)) != 1:
        return False
    return sum(1 for r in table if isinstance(r.tag, str) and len(r) == 1
               and r[0].tag == "td" and r[0].get("class") == name) >= MIN_PARAGRAPH_ROWS


def is_lead_box(element: etree._Element) -> bool:
    """The box a lead class names ("wcm-summary"), unless the class names the text too
    ("article-body lead-text")."""
    classes = element.get("class", "")
    return bool(LEAD_BOX_CLASS.search(classes)) and not TEXT_BOX_CLASS.search(classes)


# A class naming the text's own box.
TEXT_BOX_CLASS = re.compile(r"body|content", re.IGNORECASE)
# Class tokens of the box printing the lead under the headline ("wcm-summary", "detail-sapo",
# "news-lead", "tomtat"): SAPO_CSS's names, as whole tokens of a class.
# A modifier of the text's own class is no lead box: "sdc-article-body--lead" is the text.
LEAD_BOX_CLASS = re.compile(r"(?:^|\s|(?<!-)[_-])(?:sapo|summary|lead|tomtat|tom-tat|chapeau|chapo|hometext|excerpt)"
                            r"(?=$|[\s_-])", re.IGNORECASE)


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
