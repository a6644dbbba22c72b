"""The timestamp and the view count, both read from the meta line near the headline
("Thứ 5, 28.05.2020 | 10:10:03", "Cập nhật: 21:05, 13/03/2023 | Lượt xem: 487"), and the
timestamp the page declares to machines (JSON-LD, ``article:published_time``, ``<time>``).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Callable, Iterator

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import class_words, element_text, is_caption_element
from crawler.extract.css import css_elements
from crawler.extract.document import Document
from crawler.extract.fields.page import (MENU_CLASS, META_SEPARATOR, STRING_LENGTH,
                                         TEXTS_AFTER_60, TEXTS_BEFORE_15, Found,
                                         css_text, document_elements, document_order, first_of,
                                         headline_element, is_prose_sentence, jsonld_text,
                                         lead_dateline, repeats_headline, text_owner_and_above, unique)
from crawler.extract.fields.related import is_story_link
from crawler.extract.fields.title import date_in_headline
from crawler.normalize.dates import ENGLISH_MONTH_PATTERN, parse_published
from crawler.normalize.numbers import parse_views
from crawler.normalize.text import clean_text
from crawler.sites import FieldSelectors


def extract_published(doc: Document, fields: FieldSelectors) -> Found[str]:
    """The timestamp as printed for readers (normalization weighs it against the declared one)."""
    return first_of(doc, "published",
        ("site", lambda: css_text(doc, fields.published)),
        ("heuristic", lambda: date_badge(doc, fields) or printed_timestamp(doc, fields)),
        ("heuristic", lambda: dateline_of_lead(doc, fields)),
    )


# The classes of a date badge's parts (English or Vietnamese words).
# (Or their initials alone: "<span class=d>20</span> <span class=m>07</span> <span class=y>2025</span>".)
BADGE_PART = {"day": re.compile(r"(?:^|[\s_-])(?:day|ngay|d)(?:$|[\s_-])", re.IGNORECASE),
              "month": re.compile(r"(?:^|[\s_-])(?:month|thang|m)(?:$|[\s_-])", re.IGNORECASE),
              "year": re.compile(r"(?:^|[\s_-])(?:year|nam|y)(?:$|[\s_-])", re.IGNORECASE)}
BADGE_WINDOW = 12
# A two-part badge's day and month in one element ("<span class=dm>15.05</span> <span
# class=y>2024</span>").
BADGE_DAY_MONTH = re.compile(r"(?:^|[\s_-])(?:dm|day-?month|ngay-?thang)(?:$|[\s_-])", re.IGNORECASE)
DAY_DOT_MONTH = re.compile(r"^\d{1,2}[./]\d{1,2}$")


def date_badge(doc: Document, fields: FieldSelectors) -> str | None:
    """A template's date badge beside the headline, day, month and year each in an element
    classed for it ("<div class=post-date><span class=day>15</span><span class=month>06
    </span><span class=year>'18</span></div>", a Joomla template's): its parts on lines of
    their own, "15\n06\n'18" (crawler.normalize.dates reads the shape).  Looked for among the
    few elements around the headline only; its parts must be digits."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    order = document_order(doc)
    elements = document_elements(doc)
    at = order.get(headline, 0)
    for element in elements[max(0, at - BADGE_WINDOW):at + BADGE_WINDOW]:
        if not isinstance(element.tag, str) or len(element) not in (2, 3):
            continue
        if len(element) == 2:
            pair = badge_day_month_and_year(element)
            if pair:
                doc.cache["timestamp_owner"] = element
                return pair
            continue
        parts = [next((c for c in element if isinstance(c.tag, str)
                       and BADGE_PART[name].search(c.get("class", ""))), None)
                 for name in ("day", "month", "year")]
        texts = [element_text(p) for p in parts if p is not None]
        if len(texts) == 3 and all(any(ch.isdigit() for ch in t) and len(t) <= 4 for t in texts):
            doc.cache["timestamp_owner"] = element
            return "\n".join(texts)
    return None


def badge_day_month_and_year(element: etree._Element) -> str | None:
    """A two-part badge's text, "15.05 2024": the day and month classed for both, the year
    for itself (see ``date_badge``)."""
    day_month, year = element[0], element[1]
    if not isinstance(day_month.tag, str) or not isinstance(year.tag, str) \
            or not BADGE_DAY_MONTH.search(day_month.get("class", "")) \
            or not BADGE_PART["year"].search(year.get("class", "")):
        return None
    first, second = element_text(day_month), element_text(year)
    if not DAY_DOT_MONTH.match(first) or not (second.isdigit() and len(second) == 4):
        return None
    return f"{first} {second}"


def dateline_of_lead(doc: Document, fields: FieldSelectors) -> str | None:
    """The day in the paper's tag opening the first paragraph after the headline ("(BVBNĐ-
    23/3/2017) Nhằm …", "Bến Việt (07.08.2010) Người Việt tại Ba Lan - …": see
    page.lead_dateline), read only where the page prints no timestamp line of its own."""
    found = lead_dateline(doc, fields)
    return found["date"] if found else None


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
            part = TRAILING_COUNT.sub("", part[:counter.start()]).strip().rstrip(" -–|•·/")
        kept.append(part)
    return " | ".join(p for p in kept if p) or line


def printed_timestamp(doc: Document, fields: FieldSelectors) -> str | None:
    """The timestamp line near the headline as printed, without the view counter printed in
    the same line ("21:05, 13/03/2023 | Lượt xem: 487"), with its label when the label sits
    outside the date's element ("Ngày đăng: <span>31/01/2026 09:15</span>")."""
    headline = headline_element(doc, fields)
    date = date_in_headline(headline) if headline is not None else None
    # (A line the date reading finds no post's day in, a lead's "Sáng ngày 11/9/2023, Đảng bộ
    # xã … tổ chức …" after the headline, is passed over for the next one.)
    line = element_text(date) if date is not None else \
        printed_near_headline(doc, fields, layers.DATE_TEXT, accept=dates_a_post)
    if line and date is None and not dates_a_post_not_its_update(line):
        # A line under the headline dated by its last update loses to a day printed over it.
        line = printed_near_headline(doc, fields, layers.DATE_TEXT, over_only=True,
                                     accept=dates_a_post_not_its_update) or line
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


def dates_a_post(line: str) -> bool:
    """True for a line the date reading finds a day in (crawler.normalize.dates): not a
    lead's sentence opening with its event's day, a period, a document's day."""
    return parse_published(published_segment(without_counter(line))) is not None


# A label of the last change, not of the publication ("Cập nhật lần cuối", "Last updated"); a
# bare "Cập nhật:" labels the publication time on many Vietnamese CMSs, so it is not one.
LAST_UPDATE_LABEL = re.compile(r"(?:cập nhật|sửa|chỉnh sửa)\s+lần\s+cuối|lần\s+(?:cập nhật|sửa)\s+cuối"
                               r"|last\s+(?:updated|modified|edited)", re.IGNORECASE)


def dates_a_post_not_its_update(line: str) -> bool:
    """True for a line ``dates_a_post`` accepts whose first date is not labelled as the last
    change ("Số lượt đọc : 85 - Cập nhật lần cuối: 24/06/2024 02:06:54 PM" under the text, which
    loses to "24/06/2024:14:48:54" over the headline).

    >>> dates_a_post_not_its_update("Số lượt đọc : 85 - Cập nhật lần cuối: 24/06/2024 02:06 PM")
    False
    >>> dates_a_post_not_its_update("Đăng ngày 20/06/2024 - Cập nhật lần cuối: 24/06/2024")
    True
    """
    first = layers.DATE_TEXT.search(line)
    return dates_a_post(line) and not (first and LAST_UPDATE_LABEL.search(line[:first.start()]))


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
    # (<li>s' texts are not run together; hAtom's hidden update time is no clock of the day.)
    block = clean_text(" ".join(t for t in TEXT_NODES(parent) if not the_update_beside_publication(t)))
    if len(block) <= 80 and line in block and CLOCK.search(block) \
            and sum(1 for _ in layers.DATE_TEXT.finditer(block)) == 1:
        doc.cache["timestamp_owner"] = parent
        return block
    return line


def extract_published_declared(doc: Document, fields: FieldSelectors) -> Found[str]:
    """The publication time the page declares to machines (JSON-LD, meta, microdata)."""
    return first_of(doc, "published_declared",
        ("metadata", lambda: odoo_s_clock_in_utc(doc, vietnam_declaration(doc, declared_times(doc)))),
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
    ``entry-title``.  Twenty Eleven's "Posted on <time class='entry-date' datetime=…>February 3,
    2016</time>" marks the same time by its own class."""
    for node in css_elements(doc, "time.published, time.entry-date"):
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
    for node in DATE_BOXES(doc.root):
        # A theme's date box in the headline's header, in English month words over lines of its
        # own: "<div class=post-date><span>April 23</span><br><span>22:42 2020</span></div>"
        # (an overseas weekly's WordPress theme prints the year after the time).
        text = clean_text(" ".join(node.itertext()))
        # (Blogger's "<h2 class=date-header><span>Wednesday, August 23, 2017</span></h2>" over
        # the post whose headline is an hAtom entry-title <h3>.)
        if node.tag != "time" and ENGLISH_DAY.match(text) \
                and any(a.tag not in ("body", "html") and (a.find(".//h1") is not None or a.xpath(ENTRY_TITLE))
                        for a in islice(node.iterancestors(), 3)):
            return text
    for node in css_elements(doc, "abbr.published"):
        value = node.get("title")
        if value and ISO_DATE.match(value) and any(
                a.find(".//h1") is not None or a.xpath(ENTRY_TITLE)
                for a in islice(node.iterancestors(), 6)):
            return clean_text(value)
    return None


# The short elements a class names as a date ("post-date", "date-header", BlogEngine.NET's
# "pubDate"), found in one XPath.
# (Or WordPress' "<span class=posted-on>Posted on August 16, 2015</span>".)
DATE_BOXES = etree.XPath("//*[contains(translate(@class, 'DATE', 'date'), 'date')"
                         " or contains(@class, 'posted-on')]"
                         "[string-length(normalize-space(.)) < 60]")
# A day in English month words as a WordPress theme prints it ("March 12, 2020", "Mar 12,
# 2020"), its weekday before it ("Wednesday, August 23, 2017", Blogger's date header) and its
# clock after it or before the year ("April 23 22:42 2020"), with WordPress' "Posted on" before it.
# Or day first, as a European locale prints it ("18. May 2010 22:42", BlogEngine.NET's).
ENGLISH_DAY = re.compile(rf"^(?:(?:posted|published)(?: on)?:? )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:(?:{ENGLISH_MONTH_PATTERN})\.? \d{{1,2}},? "
                         rf"(?:\d{{1,2}}:\d{{2}}(?: ?[AP]M)? )?|\d{{1,2}}\.? (?:{ENGLISH_MONTH_PATTERN})\.? )\d{{4}}"
                         rf"(?: \d{{1,2}}:\d{{2}}(?: ?[AP]M)?)?$", re.IGNORECASE)
# hAtom's headline of the entry (Blogger prints it as <h3 class="post-title entry-title">).
ENTRY_TITLE = "boolean(.//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')])"
# A machine-readable date: "2024-06-06", "2024-06-06T09:14:27+07:00".
ISO_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?$")


def printed_time_declaration(doc: Document) -> str | None:
    """The machine form the page gives its printed timestamp: the ``datetime`` of the <time>
    element printing it, or the ISO ``title`` of hAtom's <abbr class="published">.  A
    WordPress theme prints the day only ("Ngày đăng: <time datetime='2024-06-06T09:14:27+07:00'>
    06/06/2024</time>") and keeps the time in the attribute.  Only the printed line's own
    element counts: a page has other <time>s (the related stories', a header clock).  Or the
    RDFa ``content`` of the element printing it (see RDFA_DATE)."""
    owner = doc.cache.get("timestamp_owner")
    if owner is None:
        return None
    nearby = [*owner.iter("time", "abbr"),
              *(a for a in islice(owner.iterancestors(), 2) if a.tag in ("time", "abbr"))]
    for element in nearby:
        value = element.get("datetime") if element.tag == "time" else element.get("title")
        if value and ISO_DATE.match(value):
            return clean_text(value)
    # RDFa: Drupal 7 prints the line in "<span property='dc:date dc:created'
    # content='2023-03-15T09:12:44+07:00'>Ngày đăng: 15/03/2023 - 09:12</span>".
    for element in (owner, *islice(owner.iterancestors(), 2)):
        value = element.get("content")
        if value and RDFA_DATE.search(element.get("property", "")) and ISO_DATE.match(value):
            return clean_text(value)
    return None


# The RDFa properties of a publication time (Dublin Core's, as Drupal 7 writes them; schema.org's,
# as Drupal 8 does: "<span property='schema:dateCreated' content='…+00:00'>12/08/2019 - 15:42</span>").
RDFA_DATE = re.compile(r"\bdc:(?:date|created|issued)\b|\bschema:date(?:Created|Published)\b")


# "2022-01-20T13:39:00+08:00": the clock time as written, and the offset.
ISO_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
                       r"(Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)


# Odoo stores its records' times as naive UTC, and its blog template writes the post's time
# into article:published_time as stored ("2023-07-07 01:58:12" for 08:58 in Hanoi).
GENERATED_BY_ODOO = re.compile(r"^\s*odoo\b", re.IGNORECASE)


def odoo_s_clock_in_utc(doc: Document, declared: str | None) -> str | None:
    """A declared time with no zone, on a page Odoo generated, marked as the UTC it is:
    "2023-07-07 01:58:12" -> "2023-07-07 01:58:12Z".  Any other CMS writing no zone means
    Vietnam time, read as such when normalized."""
    clock = ISO_CLOCK.match(declared) if declared else None
    if clock is None or clock[3] or not any(
            GENERATED_BY_ODOO.match(name or "") for name in doc.meta.get("generator", ())):
        return declared
    doc.note("published_declared", declared, "metadata",
             "read as UTC: Odoo writes its stored UTC time with no zone")
    return declared + "Z"


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
    title='2023-01-13T10:25:00+07:00'>10:25</abbr>"), or the ``datetime`` of a <time> inside it
    (a WordPress theme's "<span itemprop='datePublished'>Đăng ngày <time
    datetime='2024-02-01T15:20:11+07:00'>01/02/2024</time></span>"), else the element's text."""
    for node in css_elements(doc, "[itemprop=datePublished]"):
        title = node.get("title") if node.tag == "abbr" else None
        value = node.get("content") or node.get("datetime") \
            or (title if title and ISO_DATE.match(title) else None) or inner_time(node) \
            or element_text(node)
        if value and value.strip():
            return clean_text(value)
    return None


def inner_time(node: etree._Element) -> str | None:
    """The ISO ``datetime`` of the one <time> inside ``node``, if there is one."""
    times = [t.get("datetime", "") for t in node.iter("time")]
    return clean_text(times[0]) if len(times) == 1 and ISO_DATE.match(times[0]) else None


def texts_near(doc: Document, anchor: etree._Element,
               over_only: bool = False) -> Iterator[tuple[str, str]]:
    """The 60 text nodes after ``anchor`` and the 15 before it (nearest first), each with its
    clean text: the same for the timestamp and the view count, so found once (the clean
    texts as asked).  With ``over_only``, the 15 before it only."""
    found = doc.cache.get("texts_near")
    if found is None or found[0] is not anchor:
        nodes = TEXTS_AFTER_60(anchor)
        after = len(nodes)
        nodes += list(reversed(TEXTS_BEFORE_15(anchor)))
        found = doc.cache["texts_near"] = (anchor, nodes, {}, after)
    _, nodes, cleaned, after = found
    for node in nodes[after:] if over_only else nodes:
        if node not in cleaned:
            cleaned[node] = clean_text(node)
        yield node, cleaned[node]


def printed_near_headline(doc: Document, fields: FieldSelectors, pattern: re.Pattern[str],
                          accept: Callable[[str], bool] | None = None,
                          over_only: bool = False) -> str | None:
    """The short printed line matching ``pattern`` just after (or just before) the headline;
    with ``accept``, the nearest such line it accepts; with ``over_only``, before it only."""
    anchor = headline_element(doc, fields)
    if anchor is None:
        return None
    for node, text in texts_near(doc, anchor, over_only):
        # A sentence of the text that mentions a date ("người Quảng Trị hôm nay", "ngày ký
        # Hiệp định (27/1/1973)") is prose, not the article's timestamp line.  (Asked first:
        # a paragraph is told prose faster than it is searched for a date.)
        if not is_prose_sentence(text) and pattern.search(text) \
                and not (pattern is layers.DATE_TEXT and (cites_a_document(text)
                                                          or DATE_RANGE.search(text)
                                                          or DATE_AS_BOUND.search(text))) \
                and not repeats_headline(text, anchor) \
                and not unprinted(node) \
                and not (pattern is layers.DATE_TEXT and the_update_beside_publication(node)) \
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


def in_a_caption(node: etree._Element) -> bool:
    """True for a text inside a photo's caption (``<figcaption>``, a caption class): its date
    is the photo's ("… Paris, tối ngày 17/04/2023. REUTERS"), not the article's timestamp."""
    return any(is_caption_element(e) for e in text_owner_and_above(node))


def links_next_or_previous(node: etree._Element) -> bool:
    """True for a text inside a link to the previous or next post (``rel="prev"``: WordPress'
    post navigation, "Tin thế giới cập nhật ngày 17-04-2023"): that post's day."""
    return any(e.tag == "a" and e.get("rel", "").lower() in ("prev", "next")
               for e in text_owner_and_above(node))


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
    # The item's own title may be short ("Lớp nấu ăn Gruzia" in an events calendar) where its
    # neighbours' read as headlines.
    if STRING_LENGTH(item) > 300 or not holds_a_story_link(item, SHORT_TITLE_WORDS):
        return False
    others = [*item.itersiblings(item.tag), *item.itersiblings(item.tag, preceding=True)]
    # (Or a list of short titles only, a readers' column's "Nắp cống bị vỡ", "Cây xanh sắp
    # đổ": two more items like it make it a list.)
    return any(holds_a_story_link(other) for other in others) \
        or sum(1 for other in others if holds_a_story_link(other, SHORT_TITLE_WORDS)) >= 2


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


# A link's text that reads as a headline has five words or more; a list's item beside such
# items may have three.
STORY_TITLE_WORDS, SHORT_TITLE_WORDS = 5, 3


def holds_a_story_link(item: etree._Element, words: int = STORY_TITLE_WORDS) -> bool:
    return any(a.get("href") and len(element_text(a).split()) >= words for a in item.iter("a"))


TEXT_NODES = etree.XPath(".//text()")
PUBLISHED_CLASS = etree.XPath("boolean(.//*[contains(concat(' ', normalize-space(@class), ' '), ' published ')])")


def the_update_beside_publication(node: etree._Element) -> bool:
    """True for the text of hAtom's update time beside its publication time in one meta line:
    WordPress' Avada theme prints "<span class='updated rich-snippet-hidden'>2017-10-02T09:11:20
    +07:00</span><time class='entry-date published'>30/09/2017</time>", the first hidden, the
    second the day a reader sees."""
    owner = node.getparent()
    if owner is None or node.is_tail:
        return False
    words = class_words(owner)
    parent = owner.getparent()
    return "updated" in words and "published" not in words and parent is not None and PUBLISHED_CLASS(parent)


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
                        r"\s+(?:đến|tới)\s+(?:ngày\s+)?\d"
                        # An anniversary's period, two whole days joined by a dash: a lead's
                        # "… 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)".
                        r"|\d{1,2}/\d{1,2}/\d{4}\s*[-–—]\s*\d{1,2}/\d{1,2}[/-]\d{4}", re.IGNORECASE)


# A day named as a bound, "until", "from" or "before" it: "Xin giới thiệu hình ảnh chuẩn bị
# cho đến ngày 31/08/2018:", "hạn nộp hồ sơ trước ngày 15/3/2024".  A timestamp line names its
# day bare or labelled, never as a bound.
DATE_AS_BOUND = re.compile(r"\b(?:đến|tới|trước|hết|từ|kể từ|sau)\s+ngày\s+\d{1,2}\s*[/.\-]\s*\d{1,2}",
                           re.IGNORECASE)


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


# Most words of a view counter's element: "Lượt xem: 1.234", "1.234 lượt xem".
MAX_COUNTER_WORDS = 4


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
    above = icon_count_over_headline(elements[max(0, start - ICON_LINE_OVER_HEADLINE):start])
    if above:
        return above
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
            # (A counter prints a number and a word or two; Drupal's Views module names its
            # list items "views-row", a story's title among them: "… năm 2018".)
            if text and len(text) <= 40 and any(ch.isdigit() for ch in text) and text != "0" \
                    and not layers.DATE_TEXT.search(text) and len(text.split()) <= MAX_COUNTER_WORDS:
                return text
        elif element.tag == "td":
            count = counter_beside_print_links(element)
            if count:
                return count
    return None


# How many elements over the headline a meta line of icons may take: the date's and the
# count's icons, their spans and the line's own element.
ICON_LINE_OVER_HEADLINE = 8


def icon_count_over_headline(elements: list[etree._Element]) -> str | None:
    """The number beside a view icon in the meta line printed right over the headline (a
    diocese's CMS: "📅 02/10/2018 👁 1745" above the <h1>), outside the site's header and menus:
    the last such count before the headline."""
    for element in reversed(elements):
        if isinstance(element.tag, str) and is_view_icon(element):
            owner = element.getparent()
            text = element_text(owner) if owner is not None else ""
            if any(ch.isdigit() for ch in text) and len(text) <= 40 \
                    and not any(a.tag in ("nav", "header", "footer") for a in element.iterancestors()):
                return text
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
