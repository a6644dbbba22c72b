"""The author line as printed, for ``crawler.normalize.byline`` to read: the profile's selector,
the signature under the text ("NGUYỄN VĂN A"), a credit line above it ("Bài và ảnh: ..."),
the declared author, never the publisher's own name.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any, Callable

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import (BLOCK_TAGS, SURNAMES, Block, Body, element_text, in_site_footer,
                                  is_bold, is_emphasised, is_right_aligned, is_signed_name, TITLED_SIGNATURE, looks_like_byline, paragraph_text,
                                  text_key)
from crawler.extract.css import css_elements
from crawler.extract.document import Document
from crawler.extract.fields.container import body_container
from crawler.extract.fields.page import (META_SEPARATOR, PROSE_WORDS, TEXTS_AFTER_30, Found,
                                         css_text, declared_descriptions, document_elements,
                                         document_order, first_of, headline_element, jsonld_value,
                                         logo_alts, unique)
from crawler.extract.fields.section import links_a_page
from crawler.extract.fields.timestamp import texts_near
from crawler.extract.fields.title import headline_text
from crawler.normalize.byline import names_an_office, parse_byline
from crawler.normalize.text import clean_text, folded_letters
from crawler.normalize.urls import site_host
from crawler.sites import FieldSelectors


def extract_byline(doc: Document, fields: FieldSelectors, body: Body | None) -> Found[str]:
    # The byline printed on the page beats the meta author, which is often the paper's name.
    return first_of(doc, "byline",
        ("site", lambda: css_text(doc, fields.byline)),
        ("heuristic", lambda: with_source_above(doc, fields, with_writer_above(
            doc, fields, not_the_site_itself(doc, not_the_site_s_initials(
                doc, not_the_site_s_place(doc, without_the_site_s_name(doc, body.byline))))))
         if body else None),
        ("heuristic", lambda: signature_over_nobody(
            doc, not_the_site_itself(doc, without_the_site_s_name(doc, author_element_text(doc, fields))),
            lambda: printed_signature(doc, fields))),
        ("heuristic", lambda: printed_signature(doc, fields)),
        ("metadata", lambda: not_the_publisher(
            doc, doc.meta_first(*layers.AUTHOR_META) or jsonld_author(doc))),
        ("heuristic", lambda: author_in_headline_tail(doc, fields)
         or titled_author_opening_headline(doc, fields)),
    )


def printed_signature(doc: Document, fields: FieldSelectors) -> str | None:
    """A signature printed right-aligned over or under the text (not the site signing)."""
    return not_the_site_itself(doc, signature_above_text(doc, fields) or signature_after_text(doc, fields))


def signature_over_nobody(doc: Document, credit: str | None, signature: Callable[[], str | None]) -> str | None:
    """An author element's text, unless it names nobody (a CMS's installation account,
    "admin") while a signature printed with the text names the writer ("TS. Nguyễn Hữu Tài" /
    "Ủy viên BCH …" over the text of an association's report)."""
    if not credit:
        return None
    read = parse_byline(credit)
    if read.authors or read.source:
        return credit
    return signature() or credit


def with_writer_above(doc: Document, fields: FieldSelectors, closing: str | None) -> str | None:
    """The credit closing the text, with the writer named under the headline when the closing
    line names only where the story comes from: a business site's rewrite signs its writer at
    the top ("<span class=author>Hà Linh</span> • 15:32") and ends "Theo Báo Bắc Giang".

    A closing line naming nobody (the desk, "BBT") gives way to that writer: a temple's
    WordPress post signs "<span class='author vcard'>Thiện Hưng</span>" under the headline and
    "BBT" under the text."""
    if not closing or "\n" in closing:
        return closing
    credit = parse_byline(closing)
    if credit.authors:
        return closing
    # Not the site signing its own post ("bởi: Thiên Nhiên" on the site of that name).
    writer = not_the_site_itself(doc, author_element_text(doc, fields))
    if not writer or "\n" in writer or parse_byline(writer).source or not parse_byline(writer).authors:
        return closing
    return f"{writer}\n{closing}" if credit.source else writer


# A short "according to" line: "Theo Vietnamnet", "Nguồn: Báo Tiền Phong".
SOURCE_CREDIT_LINE = re.compile(r"^\s*(?:theo|nguồn(?:\s+tin)?\s*:)\s*\S", re.IGNORECASE)
# Longest such line printed in a meta line.
MAX_SOURCE_LINE_CHARS = 60


def with_source_above(doc: Document, fields: FieldSelectors, closing: str | None) -> str | None:
    """The credit closing the text, with the source printed in the meta line under the
    headline when the closing line names only the writer: a health site's repost prints
    "Theo Vietnamnet · 02:34 29/02/2020" over the text and "Thúy Hạnh" under it."""
    if not closing or "\n" in closing:
        return closing
    credit = parse_byline(closing)
    anchor = headline_element(doc, fields)
    if not credit.authors or credit.source or anchor is None:
        return closing
    container, _ = body_container(doc, fields)
    for node, text in texts_near(doc, anchor):
        if len(text) > MAX_SOURCE_LINE_CHARS or not SOURCE_CREDIT_LINE.match(text):
            continue
        owner = node.getparent() if hasattr(node, "getparent") else None
        if owner is not None and container is not None and (owner is container or container in owner.iterancestors()):
            break  # reached the text: a line in it is read with the text's credits
        line = parse_byline(text)
        if line.source and not line.authors:
            return f"{closing}\n{text}"
    return closing


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


# A titled writer's name opening the headline before a dash: "TS. Nguyễn Xuân Niệm – MỘT SỐ …".
HEADLINE_HEAD = re.compile(r"^([^-–—]{5,60}?)\s[-–—]\s+\S")
MAX_HEADLINE_HEAD_WORDS = 7


def titled_author_opening_headline(doc: Document, fields: FieldSelectors) -> str | None:
    """A web magazine's writer printed with an academic title at the head of the headline,
    before a dash, when no credit is printed anywhere else: "TS. Nguyễn Xuân Niệm – MỘT SỐ TIẾN
    BỘ KHOA HỌC …".  Only with the title (see body.TITLED_SIGNATURE): a place or a topic
    opens many headlines that way ("Hà Nội – …")."""
    title = headline_text(doc, fields)
    head = HEADLINE_HEAD.match(title or "")
    if head is None or len(head[1].split()) > MAX_HEADLINE_HEAD_WORDS \
            or len(title[head.end(1):].split()) < 4 or not TITLED_SIGNATURE.match(head[1]):
        return None
    return head[1] if parse_byline(head[1]).authors else None


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
            if in_story_item(element):
                continue  # another story's writer, under its title in a list of stories
            if in_site_footer(element):
                continue  # the theme's maker in the footer ("Theme: ColorMag bởi <a rel=author>")
            text = credit_text(element)
            if text and posts_as_an_office(element, text):
                # WordPress' author link naming an office ("bởi <a href=/author/qlkh/>Phòng
                # Quản lý Khoa học</a>"): the account the institution's own office posts as.
                doc.note("byline", text, "heuristic", "the post's account is an office of the site's own institution")
                continue
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
        if (layers.AUTHOR_LABEL.match(clean_text(node)) or BARE_AUTHOR_LABEL.match(clean_text(node))) \
                and owner is not None:
            text = element_text(owner)
            if (LABEL_ONLY.match(text) or BARE_AUTHOR_LABEL.match(text)) and owner.getparent() is not None:
                # NukeViet's "<p><strong>Tác giả bài viết: </strong>Minh Tuấn</p>": the label
                # in its own element, the name after it; a "Nguồn tin:" line may follow.
                owner = owner.getparent()
                text = element_text(owner)
                if layers.AUTHOR_LABEL.match(text) and len(text) <= 80:
                    return with_source_line(owner, text)
            if layers.AUTHOR_LABEL.match(text) and len(text) <= 80:
                return text
    return None


def posts_as_an_office(element: etree._Element, text: str) -> bool:
    """True for an author element linking a CMS's author page ("/author/…") whose name is an
    office's, no person's or outlet's."""
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return any("/author/" in (a.get("href") or "") for a in links) and names_an_office(text)


def in_story_item(element: etree._Element) -> bool:
    """True for an author element inside a list item that links another story by its title
    (four words or more): a journal's sidebar of its latest papers prints each one's writer
    ("<li><a>Về vai trò của văn hóa …</a><span class=author>Nguyễn Văn Kim</span></li>")."""
    for ancestor in islice(element.iterancestors(), 3):
        if ancestor.tag == "li":
            own = set(element.iter())
            return any(a not in own and len(element_text(a).split()) >= 4 for a in ancestor.iter("a"))
    return False


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
# A writer's label alone, its colon printed after its element with the name (NukeViet 3's print
# view: "<strong>Tác giả bài viết</strong>: Lệ Trí").
BARE_AUTHOR_LABEL = re.compile(r"^\s*(đăng bởi|người đăng|người viết|(?:được )?viết bởi|tác giả( bài viết)?)\s*$",
                               re.IGNORECASE)


# How many elements after the text's container its signature may stand (its wrapper, the
# paragraph, the name's <strong>, the <br>).
SIGNATURE_WINDOW = 8


def signature_after_text(doc: Document, fields: FieldSelectors) -> str | None:
    """A signature printed right-aligned just after the text's container, the writer's office
    under the name (NukeViet's author field: ``<div class="margin-bottom-lg"><p class="h5
    text-right"><strong>Phạm Duy Thơi</strong><br>Phòng 8 - VKSND tỉnh</p></div>`` under
    ``div#news-bodyhtml``): the first text after the container, short lines naming a person."""
    container, _ = body_container(doc, fields)
    if container is None:
        return None
    order = document_order(doc)
    end = max(order.get(e, 0) for e in container.iter())
    for element in document_elements(doc)[end + 1:end + 1 + SIGNATURE_WINDOW]:
        if not isinstance(element.tag, str) or element.tag not in BLOCK_TAGS or not element_text(element):
            continue
        if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in element.iterdescendants()):
            continue  # a wrapper: its paragraph comes next
        lines = paragraph_text(["".join(element.itertext())]).split("\n")
        # (A name title-cased from a family name: not a box's label in capitals, "RELATED
        # ARTICLES", "BÀI LIÊN QUAN", nor a pop-up's "Đóng".)
        if len(lines) <= 3 and all(len(line) <= 80 for line in lines) and is_right_aligned(element) \
                and (is_signed_name(lines[0].split()) or is_bold_pen_name(element, lines)) \
                and not lines[0].isupper() and parse_byline("\n".join(lines)).authors:
            return "\n".join(lines)
        return None  # the first text after the text is no signature
    return None


def is_bold_pen_name(element: etree._Element, lines: list[str]) -> bool:
    """A pen name set apart in bold on a line of its own, two or three title-case words with no
    family name ("<div align=right><b>Thanh Tùng</b></div>" under an old paper's text): the
    way a reporter signs, though no surname shows it is a person's name.  A link there is a
    button ("Về Đầu Trang"), no signature.  (A two-word place set so, "Quảng Nam", would read
    as a name: no page has shown one.)
    """
    words = lines[0].split()
    return len(lines) == 1 and 2 <= len(words) <= 3 and all(w.isalpha() and w[0].isupper() and w[1:].islower()
                                                            for w in words) \
        and is_bold(element) and not element.xpath("descendant-or-self::a")


def signature_above_text(doc: Document, fields: FieldSelectors) -> str | None:
    """A contributor's signature printed right-aligned between the headline and the text, or a
    source line ("Nguồn: …") there,
    outside the text's container, the writer's position or office under the name (a
    journal's analysis: ``<p style="text-align:right"><strong>ThS LÊ VĂN CƯỜNG</strong><br>
    <em>Học viện Chính trị, Bộ Quốc phòng</em></p>`` above the lead): short right-aligned
    lines naming a person, before the first paragraph of prose.  A lead set apart in bold or
    italics may come first: a notary's blog prints the writer and his post under its lead
    ("<p><em><strong>Pháp luật công chứng …</strong></em></p><p style="text-align:right">
    <strong>Nguyễn Văn Mích</strong><br><em>NCS tại Khoa Luật, …</em></p>")."""
    # (Asked by the byline's rules and by the text's, once per page.)
    return doc.cached("signature_above_text", lambda: read_signature_above_text(doc, fields))


def read_signature_above_text(doc: Document, fields: FieldSelectors) -> str | None:
    anchor = headline_element(doc, fields)
    if anchor is None:
        return None
    seen: set[etree._Element] = set()
    lead_passed = False
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
        lines = paragraph_text(["".join(block.itertext())]).split("\n")
        # A name over the writer's post, right-aligned, may run as long as a paragraph.
        signed_post = 1 < len(lines) <= 3 and len(lines[0]) <= 80 and is_right_aligned(block)
        if lead_passed and in_quote(block):
            return None  # a quotation's attribution ("(Kính mừng Thánh Giuse – Lm Từ Duyên)")
        if len(text.split()) > PROSE_WORDS and not signed_post:
            if not lead_passed and block.tag == "p" and is_emphasised(block) \
                    and not in_quote(block):
                lead_passed = True
                continue
            return None  # the text has begun
        if len(lines) == 1 and len(text) <= 80 and SOURCE_LINE.match(text) \
                and parse_byline(text).source:
            # The source in the meta row under the headline, beside the time and the views
            # ("<li>Nguồn: www.phatgiao.org.vn</li>"), when no credit closes the text.
            return text
        if len(lines) <= 3 and len(lines[0]) <= 80 \
                and all(len(line) <= MAX_POST_LINE for line in lines[1:]) \
                and not re.search(r"\d", lines[0]) and not is_script_button(block) \
                and not any(d.tag in BLOCK_TAGS for d in block.iterdescendants()) \
                and is_right_aligned(block) and looks_like_byline(Block(text=lines[0], element=block)) \
                and parse_byline("\n".join(lines)).authors:
            return "\n".join(lines)
        if signed_post and len(text.split()) > PROSE_WORDS:
            return None
    return None


def is_script_button(element: etree._Element) -> bool:
    """True when every visible character of ``element`` sits in links that run a script
    rather than lead anywhere: Joomla's print button right-aligned under the headline
    ("<div class=pull-right><a href=# onclick=window.print()>In</a></div>") is no signature.
    """
    links = element.xpath("descendant-or-self::a")
    # (The address decides: a writer's page link may carry an analytics onclick too.)
    return bool(links) and not any(links_a_page(a) for a in links) \
        and not "".join(element.xpath(".//text()[not(ancestor::a)]")).strip()


def in_quote(element: etree._Element) -> bool:
    """True for an element inside a ``<blockquote>`` (an epigraph and its attribution)."""
    return any(a.tag == "blockquote" for a in element.iterancestors())


# The longest line under a signature's name that is the writer's post ("NCS tại Khoa Luật,
# Đại học Quốc gia Hà Nội, Giảng viên kiêm nhiệm …": a researcher's posts run long).
MAX_POST_LINE = 200


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


def title_site_name(doc: Document) -> str | None:
    """The site's name after the headline in the page's <title> (see TITLE_SITE_NAME)."""
    found = TITLE_SITE_NAME.search(css_text(doc, "head title") or "")
    return found[1] if found else None


def declared_site_names(doc: Document) -> list[str]:
    """The names the site calls itself, as printed: og:site_name, the name closing the
    <title>, its logo's alt, the JSON-LD publisher's name."""
    publisher = jsonld_value(doc, "publisher")
    names = [doc.meta_first("og:site_name"), title_site_name(doc), *logo_alts(doc),
             publisher.get("name") if isinstance(publisher, dict) else None]
    return [n for n in names if isinstance(n, str) and n.split()]


def not_the_site_s_place(doc: Document, byline: str | None) -> str | None:
    """A signature closing the text, unless it is only the place the site is named after: a
    district centre signs its own stories "Bình Lục" when it is "Trung tâm Văn hóa Thông tin
    và Thể thao huyện Bình Lục" (og:site_name, or the name after the headline in <title>).
    The site signing its own story names no author and no other source."""
    if not byline or "\n" in byline or len(byline.split()) < 2:
        return byline
    place = " " + " ".join(byline.split()).lower()
    # (The site's whole name too: a company signing its own post "Tân Hiệp Phát".)
    if any((" " + " ".join(n.split()).lower()).endswith(place) for n in declared_site_names(doc)):
        return None
    return byline


def not_the_site_s_initials(doc: Document, byline: str | None) -> str | None:
    """A signature closing the text, unless it is only the initials of the site's name (see
    site_initials): the magazine signing its own piece names no author and no other source."""
    if byline and could_be_initials(byline) and byline.strip() in site_initials(doc):
        doc.note("byline", byline, "heuristic", "it is the initials of the site's name")
        return None
    return byline


# A name after a writer's, behind a dash, up to an opening parenthesis or the line's end:
# "Hong Dao - Viet Times Australia (Published by …)".
NAME_AFTER_WRITER = re.compile(r"\s+[-–—]\s+(?P<name>[^\n()–—-]+?)(?=\s*(?:\(|$))", re.MULTILINE)


def without_the_site_s_name(doc: Document, credit: str | None) -> str | None:
    """A writer's credit without the site's whole name signed after it behind a dash: the
    outlet printing the story, neither a second author nor another source.

    "Hong Dao - Viet Times Australia" on the site named "Viet Times Australia" becomes "Hong
    Dao". (Behind a slash the labels read the paper as the source: "Ngọc Anh/VOV" on vov.vn.)
    """
    if not credit:
        return credit

    def drop_the_site_s_name(match: re.Match[str]) -> str:
        writer = credit[:match.start()].rpartition("\n")[2]
        name = match.group("name").strip()
        if text_key(name) not in site_names(doc) or not parse_byline(writer).authors:
            return match.group(0)
        doc.note("byline", name, "heuristic", "it names the site itself")
        return ""

    return NAME_AFTER_WRITER.sub(drop_the_site_s_name, credit)


def not_the_publisher(doc: Document, author: str | None) -> str | None:
    """A metadata author, unless it only names the paper or the site itself (og:site_name,
    publisher, the name closing the <title>, its logo's alt: a school's NukeViet declares
    "Trường THPT …" as every page's author), or the words opening that name."""
    if not author:
        return None
    # The site's name, or the short name opening it ("TVTS" declared by "TVTS Online").
    return None if is_the_site_s_name(doc, author) else author


def site_names(doc: Document) -> set[str]:
    """The keys (``text_key``) of the names the site calls itself: og:site_name, the JSON-LD
    publisher, the name closing the <title>, its logo's alt."""
    return {text_key(n) for n in declared_site_names(doc)} - {""}


# The country after a site's name, as a company signs its posts: "WATEC Việt Nam".
COUNTRY_AFTER_NAME = re.compile(r"\s+(?:Việt\s+Nam|Viet\s*Nam|VN)$", re.IGNORECASE)


def is_the_site_s_name(doc: Document, name: str) -> bool:
    """True when ``name`` is the site's name, or the words opening it: the short name an
    outlet signs its own posts with ("TTHQ" of "TTHQ News", "TVTS" of "TVTS Online")."""
    words = name.split()
    if not words:
        return False
    country_left_off = COUNTRY_AFTER_NAME.sub("", name)
    if country_left_off != name and text_key(country_left_off) in site_names(doc):
        return True  # "WATEC Việt Nam", the company's account on the site named "WATEC"
    # Only a short name of one word in capitals or glued capitals ("TTHQ", "MelLink") opens a
    # site's name this way: a given name opening it ("Hà" of "Hà Nội mới") is a writer's.
    if len(words) == 1 and sum(c.isupper() for c in name) >= 2:
        for site in declared_site_names(doc):
            if site.split()[0].lower() == name.lower():
                return True
    if len(words) == 1 and spells_the_address_end(doc, name) and closes_a_site_name(doc, folded_letters(name)):
        return True  # "Sống" on tiemsong.com, "Tiệm Sống": the shop's own account
    if len(words) >= 2:
        # The closing words of the site's name, its kind left off: "Ánh Sao" of "Từ Thiện Ánh
        # Sao", a charity group's own account.
        tail = " " + " ".join(words).lower()
        if any(" ".join(n.split()).lower().endswith(tail) for n in declared_site_names(doc)):
            return True
        # The opening words of the site's name that open its address too: the group's brand
        # "Nord Anglia" of "Nord Anglia Education" on nordangliaeducation.com.
        head = " ".join(words).lower() + " "
        if address_name(doc).startswith(folded_letters(name)) and any(
                (" ".join(n.split()).lower() + " ").startswith(head) for n in declared_site_names(doc)):
            return True
    if len(words) >= 3 and names_an_office(name):
        # The site's owner by its full name, which the site's short name closes: "Công ty Cổ
        # phần Xây dựng Hợp Lực" declared as the author on the site named "Hợp Lực".
        whole = " " + " ".join(words).lower()
        if any(len(n.split()) >= 2 and whole.endswith(" " + " ".join(n.split()).lower())
               for n in declared_site_names(doc)):
            return True
    return text_key(name) in site_names(doc) \
        or (could_be_initials(name) and name.strip() in site_initials(doc))


def could_be_initials(text: str) -> bool:
    """A credit shaped like a name's initials: one token of eight characters at most, two
    capitals or more ("KT&ĐS"); only then are the site's names read for theirs."""
    token = text.strip()
    return 2 <= len(token) <= 8 and " " not in token and sum(c.isupper() for c in token) >= 2


def site_initials(doc: Document) -> set[str]:
    """The initials of the site's names of three words or more, an ampersand kept: a magazine
    signs its own pieces "KT&ĐS" on the site named "Kiến trúc & Đời sống" (og:site_name, the
    name closing the <title>, its logo's alt, before any dash)."""
    found = set()
    for name in declared_site_names(doc):
        words = name.split(" - ")[0].split()
        if len(words) >= 3:
            found.add("".join(w if w == "&" else w[0].upper() for w in words))
    return found


# An account spelling the end of the site's address ("Ánh Sao" on tuthienanhsao.com, the
# charity group "Từ thiện Ánh Sao") has at least this many letters: a two-syllable name.
MIN_SITE_NAME_LETTERS = 5


def not_the_site_itself(doc: Document, credit: str | None) -> str | None:
    """An author element's credit, unless it names only the site itself (a WordPress account
    or a Joomla "Viết bởi" named after the outlet: "MelLink", "Viết bởi TVTS", or spelling
    its address: "khoahocnet"), which is no author and no other source."""
    if credit and "\n" in credit:
        label, _, name = credit.partition("\n")
        # A label on a line of its own over the name ("ĐƯỢC VIẾT BỞI" / "Nord Anglia"): the
        # name is the credit weighed here.
        if not BARE_AUTHOR_LABEL.match(label) or "\n" in name:
            return credit
        return credit if not_the_site_itself(doc, name) else None
    if not credit:
        return credit
    lowered = credit.lower()
    address = address_name(doc)
    named = [folded_letters(a) for a in parse_byline(credit).authors]
    if folded_letters(credit) == address or named == [address] \
            or (len(named) == 1 and len(named[0]) >= MIN_SITE_NAME_LETTERS and address.endswith(named[0])) \
            or (len(named) == 1 and spells_the_address_end(doc, named[0]) and closes_a_site_name(doc, named[0])):
        # The account named after the site's address ("khoahocnet" on khoahocnet.com, "Việt
        # Tộc" on viettoc.org, the site of "Hội Việt Tộc").
        doc.note("byline", credit, "heuristic", "it spells the site's address")
        return None
    if not any(n.split()[0].lower() in lowered for n in declared_site_names(doc)) \
            and not is_the_site_s_name(doc, credit.strip()):
        # No word opening the site's name, nor the site's name after its kind ("Đáp Lời Sông
        # Núi" of "Đài Đáp Lời Sông Núi"): a writer's credit (no parse needed).
        return credit
    parsed = parse_byline(credit)
    named = [*parsed.authors, *([parsed.source] if parsed.source else [])]
    if named and all(is_the_site_s_name(doc, name) for name in named):
        doc.note("byline", credit, "heuristic", "it names the site itself")
        return None
    return credit


def address_name(doc: Document) -> str:
    """The site's address name, its first label without hyphens: "tiemsong" of tiemsong.com."""
    return site_host(doc.url).split(".")[0].replace("-", "")


def spells_the_address_end(doc: Document, name: str) -> bool:
    """True when the name's letters close the site's address name ("Sống", tiemsong.com)."""
    letters = folded_letters(name)
    return bool(letters) and address_name(doc).endswith(letters)


def closes_a_site_name(doc: Document, letters: str) -> bool:
    """True when ``letters`` (folded) spell the last word of a name the site calls itself: a
    shop's account "Sống" on tiemsong.com, "Tiệm Sống" (a short name, so with the address's
    end as well)."""
    return any(folded_letters(name.split()[-1]) == letters for name in declared_site_names(doc))


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
