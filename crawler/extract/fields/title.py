"""The headline as printed (``<h1>``, or an old CMS's ``td.NewsTitle``), with the site's name cut
off: "Báo Quảng Bình - Phong Nha mùa nước" reads "Phong Nha mùa nước".
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import element_text
from crawler.extract.document import Document
from crawler.extract.fields.page import Found, css_text, first_of, headline_element, jsonld_text
from crawler.normalize.text import clean_text
from crawler.sites import FieldSelectors


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
        return without_leading_glyph(clean_text(element_text(element)[:-len(element_text(date))]))
    return without_leading_glyph(without_template_null(element_text(element)))


# A bullet, arrow or square a theme prints before every headline ("<span class=bullet>&bull;
# </span> LỄ TRAO HỌC BỔNG …"): decoration, no character of the title.
LEADING_GLYPH = re.compile(r"^[•·►▶▸▹■□▪◆◇◈★☆●○◎»›❖➤➢✦]+\s*")


def without_leading_glyph(text: str) -> str:
    """The headline without the glyph its theme prints before it.

    >>> without_leading_glyph("• LỄ TRAO HỌC BỔNG HOA TRẠNG NGUYÊN lần 3")
    'LỄ TRAO HỌC BỔNG HOA TRẠNG NGUYÊN lần 3'
    """
    return LEADING_GLYPH.sub("", text)


# A Java template's empty field printed before the headline ("null Ra mắt mô hình …", a
# Liferay asset's header): no word of Vietnamese, nor of a headline.
TEMPLATE_NULL = re.compile(r"^null\s+(?=[^\W\d_])")


def without_template_null(text: str) -> str:
    """The headline without the "null" a template printed for an empty field before it.

    >>> without_template_null("null Ra mắt mô hình “Chi hội phụ nữ 5 không 3 sạch”")
    'Ra mắt mô hình “Chi hội phụ nữ 5 không 3 sạch”'
    """
    return TEMPLATE_NULL.sub("", text)


# A date printed alone, maybe in parentheses, maybe with its label: "(20/10/2017)",
# "20/10/2017 08:30", "(21/06/2022-15:08)", "(Ngày đăng: 19/10/2018)", "(Cập nhật 20/10/2017)",
# the day's parts joined by hyphens or dots too: "(17-11-2020)".
LONE_DATE = re.compile(r"^\(?\s*(?:(?:ngày đăng|đăng ngày|ngày|cập nhật|posted)\s*:?\s*)?"
                       r"\d{1,2}([/.-])\d{1,2}\1\d{4}(\s*[-–,|]?\s*\d{1,2}:\d{2}(:\d{2})?)?\s*\)?$", re.IGNORECASE)


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
