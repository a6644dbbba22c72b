"""The body, the sapo and the lead photos: the container's blocks walked by
``crawler.extract.body``, the lead as printed ("(CTO) - " tag and dateline kept apart), the
paper's furniture (credit blocks, letterheads, the site's name line) left out.
"""

from __future__ import annotations

import copy
import re
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import (ABSTRACT_LABEL, ABSTRACT_WORDS, BLOCK_TAGS, EXCERPT_MORE, IMAGE_TAGS,
                                  LEAD_CLASS, MIN_LEAD_WORDS, SECTION_NUMBER, SUBHEADING_TAGS, Block, Body,
                                  element_text,
                                  extract_body, has_image, image_url, is_bold, is_caption_element,
                                  is_bracketed_note, is_emphasised, is_epigraph, is_footnote_of,
                                  is_hidden_by_markup, is_invocation, is_italic,
                                  is_site_badge, looks_like_lead, text_key, without_abstract_label)
from crawler.extract.css import css_elements
from crawler.extract.document import Document, remove_keeping_tail
from crawler.extract.fields.byline import author_element_text, is_the_site_s_name, signature_above_text
from crawler.extract.fields.container import body_container
from crawler.extract.fields.page import (FURNITURE_CLASS, LEAD_TAGS, LEAD_WINDOW, Found, T,
                                         css_text, declared_descriptions, document_elements,
                                         document_order, first_of, headline_element, lead_dateline,
                                         logo_alts)
from crawler.extract.fields.related import body_story_links, is_post_navigation
from crawler.extract.fields.section import is_category_links
from crawler.normalize.byline import parse_byline
from crawler.normalize.text import clean_text
from crawler.normalize.urls import absolute_url, site_host, strip_tracking
from crawler.sites import FieldSelectors


def first_not_none(*values: T | None) -> T | None:
    return next((v for v in values if v is not None), None)


def excluded_elements(doc: Document, container: etree._Element,
                      fields: FieldSelectors) -> set[etree._Element]:
    """Elements inside the body that are furniture: the profile's list plus common class names."""
    excluded = {e for css in fields.body_exclude for e in css_elements(doc, css)}
    # Related-story boxes and lists printed inside the text are not text.
    body_story_links(doc, fields)
    excluded.update(doc.cache.get("body_story_boxes", ()))
    for element in container.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if FURNITURE_CLASS.search(names) or is_notice_box(element) or (layers.CATEGORY_CLASS.search(names)
                                             and is_category_links(element)) \
                or (element.tag in ("ul", "ol", "nav", "div") and is_post_navigation(element)) \
                or is_comment_section(element) or is_contents_box(element, names):
            excluded.add(element)
    return excluded


# A table of contents' class: Easy Table of Contents' "ez-toc-container", "toc", "mucluc".
CONTENTS_CLASS = re.compile(r"(^|[\s_-])(toc|table-of-contents|muc-?luc)([\s_-]|$)", re.IGNORECASE)


def is_contents_box(element: etree._Element, names: str) -> bool:
    """A table of contents over the text ("<div id=ez-toc-container><p class=ez-toc-title>Mục
    lục</p><nav><ul><li><a href='#Cach_bao_quan…'>…"): its title and the links to the text's
    own headings, every one pointing into the page, are no text."""
    if not CONTENTS_CLASS.search(names):
        return False
    links = element.xpath(".//a[@href]")
    return bool(links) and all(a.get("href", "").startswith("#") for a in links)


# The site's notices under a story, each in a box named for it: its copyright ("Bản quyền
# thuộc về …"), a disclaimer ("Thông tin mang tính tham khảo …"), a call to action ("box-cta":
# "… vui lòng liên hệ hotline …").
NOTICE_CLASS = re.compile(r"(^|[\s_-])(copyright|disclaimers?|cta)([\s_-]|$)", re.IGNORECASE)


def is_notice_box(element: etree._Element) -> bool:
    """A box of the site's notices (see NOTICE_CLASS): "div.copyright", "div.box-cta"."""
    return isinstance(element.tag, str) and bool(NOTICE_CLASS.search(
        f"{element.get('class', '')} {element.get('id', '')}"))


# The heading of a post's comments: "Bình luận 0", "Ý kiến bạn đọc", "Comments (2)".
COMMENTS_HEADING = re.compile(r"^(?:bình\s+luận|ý\s+kiến(?:\s+bạn\s+đọc)?|comments?|phản\s+hồi)"
                              r"\s*(?:\(?\d+\)?)?\s*:?$", re.IGNORECASE)


def is_comment_section(element: etree._Element) -> bool:
    """A block opening with the heading of the post's comments ("<section><h2>Bình luận
    0</h2><p>Chưa có bình luận nào.</p>…"): the readers' part of the page, no text. (An empty
    anchor box before the heading does not count: JComments' "<div id=jc><div
    id=comments></div><h4>Comments</h4>".)"""
    if element.tag not in ("section", "div"):
        return False
    first = next((c for c in element if isinstance(c.tag, str) and element_text(c)), None)
    return first is not None and first.tag in ("h2", "h3", "h4") and bool(COMMENTS_HEADING.match(element_text(first)))


def extract_sapo(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(doc, "sapo",
        ("site", lambda: css_text(doc, fields.sapo)),
        ("metadata", lambda: declared_lead(doc, fields)),
        ("heuristic", lambda: labelled_abstract(doc, fields) or not_an_excerpt(
            doc, lead_after_headline(doc, fields)) or bold_lead_before_text(doc, fields)),
    )



def not_an_excerpt(doc: Document, lead: str | None) -> str | None:
    """The lead box's text, unless it is the excerpt WordPress cut from the text's opening
    words and closed with its "[…]" mark: the text again, cut short, no lead of its own."""
    if lead and EXCERPT_MORE.search(lead):
        doc.note("sapo", lead, "heuristic", "an excerpt cut from the text, closed with '[…]'")
        return None
    return lead


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
    # A description cut short with an ellipsis (Blogger's "… không tím tái..."): a paragraph
    # opening with all of it repeats it too.
    cut = [key for key, d in descriptions.items()
           if d.rstrip().endswith(("...", "…")) and len(d.split()) >= MIN_LEAD_WORDS]
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
        if not isinstance(element.tag, str) or element.tag not in LEAD_TAGS or len(element) > 8 \
                or is_hidden_by_markup(element):
            continue
        raw = "".join(element.itertext())
        if len(raw) > 2 * longest + 200:
            continue
        key = text_key(raw)
        if key not in descriptions and cut and (is_italic(element) or is_bold(element)):
            # (Only a paragraph set apart in italics or bold: a cut description is a weaker
            # sign than a whole one.)
            key = next((c for c in cut if key.startswith(c) and key != c), key)
        if key in descriptions and (is_bracketed_note(element_text(element))
                                    or is_invocation(element_text(element))
                                    or is_epigraph(element_text(element))):
            # "(được ban hành kèm theo quyết định số …)": a regulation's issuing note under its
            # title, which a plugin's description copies; a note, no lead. So is a pagoda's
            # homage opening its post ("Nam Mô … Quán Thế Âm Bồ Tát.") and a verse quoted over
            # a parish's report with its reference ("“…” (Ga 15,13)").
            doc.note("sapo", element_text(element), "metadata", "the description repeats a note "
                     "in brackets, an invocation or an epigraph, no lead")
            return None
        if key in descriptions and any(is_line_under_photo(e) for e in (element, *islice(element.iterancestors(), 2))):
            # "<p><img></p><p><em>Năm 2024 là năm thứ 6 …</em></p>": the photo's caption in the
            # description's words; the lead, if any, is printed elsewhere.
            doc.note("sapo", element_text(element), "metadata", "the description repeats the "
                     "caption under the text's photo")
            continue
        if key in descriptions and runs_on_in_its_paragraph(element):
            # "<p><strong>Nghệ nhân Sầm Thị Bích – Người truyền lửa …</strong> Trong ngôi nhà
            # sàn …": the text's bold opening words, which the description merely repeats.
            doc.note("sapo", element_text(element), "metadata", "the description repeats the bold "
                     "opening of a paragraph that runs on: no lead set apart")
            return None
        if key in descriptions:
            inside = container is not None and container in element.iterancestors()
            if (inside or among_paragraphs(element)) and (not set_apart_as_lead(element)
                                                          or (inside and under_a_subheading(element))):
                # The text's own first paragraph, which the description merely repeats.
                doc.note("sapo", element_text(element), "metadata", "the description repeats "
                         "a paragraph of the text that is not set apart as a lead")
                return None
            return without_logo_dash(element_text(element), descriptions[key])
        dateline = leading_dateline(element)
        if dateline and key.startswith(text_key(dateline)) \
                and key[len(text_key(dateline)):] in descriptions \
                and not among_paragraphs(element):
            doc.note("sapo", element_text(element), "heuristic",
                     f"the dateline {dateline!r} is printed apart and the description leaves it out")
            return clean_text(dateline_tail(element))
    return None


def is_line_under_photo(element: etree._Element) -> bool:
    """True for a line in italics right under a paragraph holding only a photo: its caption."""
    before = element.getprevious()
    return before is not None and has_image(before) and not element_text(before) \
        and is_italic(element)


# Words of a paragraph running on after its bold opening, fewest to read as the text going on.
MIN_RUN_ON_WORDS = 5


def runs_on_in_its_paragraph(element: etree._Element) -> bool:
    """True for an inline element opening a paragraph whose text goes on after it, in the same
    paragraph, for a sentence or more: the paragraph's bold first words, no lead set apart."""
    parent = element.getparent()
    return element.tag in ("strong", "b", "em", "i", "span") and parent is not None \
        and parent.tag == "p" and len((element.tail or "").split()) >= MIN_RUN_ON_WORDS


def without_logo_dash(lead: str, description: str) -> str:
    """The lead without the dash its paper's logo stood before, when the description it repeats
    has none: the tag is a picture, its dash no word of the lead.

    >>> without_logo_dash("- Được thành lập năm 2000, Đội K91 …", "Được thành lập năm 2000, Đội K91 …")
    'Được thành lập năm 2000, Đội K91 …'
    """
    if PICTURED_TAG_DASH.match(lead) and not PICTURED_TAG_DASH.match(description.strip()):
        return PICTURED_TAG_DASH.sub("", lead)
    return lead


def under_a_subheading(element: etree._Element) -> bool:
    """True for a paragraph of the text printed right under a subheading (photos between
    them aside): the intro of the text's first section ("<h3>KTS Nguyễn Trường Lưu: “…”</h3>
    <p><em>KTS Nguyễn Trường Lưu hiện giữ cương vị …</em></p>" in a memoir of several voices),
    not a lead, which comes before the text's sections."""
    before = element.getprevious()
    while before is not None and (not isinstance(before.tag, str) or before.tag == "figure"
                                  or before.tag in IMAGE_TAGS or (has_image(before)
                                                                  and not element_text(before))):
        before = before.getprevious()
    return before is not None and before.tag in SUBHEADING_TAGS


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
    the paper's tag ("(CTO) - Ngày 8-1, ...").  Here, where the description repeats it word
    for word, a paragraph wholly in italics too (a WordPress theme's ``<p><em>`` lead, its
    excerpt typed by hand); elsewhere an italic first paragraph is as often an author's note
    ("Lời tác giả: …") that opens the text."""
    block = Block(text=element_text(element), element=element)
    return is_bold(element) or is_italic(element) or element.tag in ("h2", "h3") \
        or bool(LEAD_CLASS.search(element.get("class", ""))) \
        or bool(PAPER_TAG.match(block.text)) or looks_like_lead(block)


def leading_dateline(element: etree._Element) -> str | None:
    """A short first child printed before the lead's own text (a location stamp "TP HCM", the
    magazine's name and its ministry "Tạp chí Xây dựng - Bộ xây dựng" glued to the lead)."""
    if (element.text or "").strip() or len(element) == 0:
        return None
    first = element[0]
    text = element_text(first) if isinstance(first.tag, str) else ""
    return text if text and len(text.split()) <= MAX_LEAD_STAMP_WORDS else None


MAX_LEAD_STAMP_WORDS = 12


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
                  and not holds_the_text(e) and not titled_box(e) and not is_hidden_by_markup(e)
                  and not lists_contents(e)]
    if not candidates:
        return None
    return lead_text(min(candidates, key=order.__getitem__))


def lists_contents(element: etree._Element) -> bool:
    """True for a box listing the article's parts by number, whatever its class: a law firm's
    "<div class=tom-tat><p>TÓM TẮT NỘI DUNG CHÍNH</p><p>1. Trợ giúp pháp lý là gì?</p><p>2. …"
    is the text's table of contents, no lead."""
    items = [element_text(child) for child in element.iter("p", "li", "div") if child is not element]
    return sum(1 for item in items if SECTION_NUMBER.match(item)) >= 2


def titled_box(element: etree._Element) -> bool:
    """True for a box with a title of its own, a heading inside it ("<div class='side-box
    intro'><h3>Giới thiệu</h3><p>Trường … được thành lập năm 1962 …</p>"): a sidebar widget
    whose class reads like a lead's, not the article's lead."""
    children = [c.tag for c in element.iterchildren()]
    return any(tag in ("h2", "h3", "h4", "h5") for tag in children) and "p" in children


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
    if heads_a_card(element, own, doc.url):
        return True
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


def heads_a_card(element: etree._Element, own: set[str | None], url: str) -> bool:
    """True for an element with a sapo's class that is itself a story's card: it holds a
    heading linking another page (``<div class="teaser"><h4><a href=…>Mưa lớn …</a></h4>
    <p class="teaser-desc">Mưa lớn … Bấm để xem chi tiết.</p></div>``, a sidebar's list of
    stories), where a lead holds none."""
    return any(absolute_url(a.get("href"), url) not in own
               for heading in element.iter("h2", "h3", "h4", "h5", "h6")
               for a in heading.iter("a") if a.get("href")
               and not a.get("href", "").startswith(("#", "javascript:")))


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
    if any(isinstance(e.tag, str) and is_caption_element(e) for e in element.iterdescendants()):
        # NukeViet's hometext with its photo and the photo's caption ("<p class=imgalt>", the
        # headline again) over the lead: the lead without the caption.
        element = without_captions(element)
    dateline = leading_dateline(element)
    if dateline:
        return clean_text(dateline + " " + dateline_tail(element))
    if opens_with_picture(element):
        # The paper's tag printed as its small logo, its dash left: "<img nlvn.png> - Nghị …".
        return PICTURED_TAG_DASH.sub("", element_text(element))
    return element_text(element)


def without_captions(element: etree._Element) -> etree._Element:
    """A copy of ``element`` without its caption elements (their tails kept)."""
    copied = copy.deepcopy(element)
    for caption in [e for e in copied.iterdescendants() if isinstance(e.tag, str) and is_caption_element(e)]:
        remove_keeping_tail(caption)
    return copied


# The dash after a paper's tag printed as a picture ("<img nlvn.png> - Nghị …"), no word of the lead.
PICTURED_TAG_DASH = re.compile(r"^[-–—]\s+")


def opens_with_picture(element: etree._Element) -> bool:
    """True for an element whose first child, before any text, is a picture."""
    return not (element.text or "").strip() and len(element) > 0 and element[0].tag in IMAGE_TAGS


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
# (A Vietnamese CMS calls an article's main photo its "avatar": "detail-avatar", "news-avatar".)
NOT_A_PHOTO_CLASS = re.compile(r"logo|icon|(?<!detail-)(?<!news-)(?<!article-)(?<!post-)avatar|author|"
                               r"ads?\b|advert|banner|share|social|qc\b|"
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
                or is_site_badge(None, src) \
                or (width.isdigit() and int(width) < 200 and not beside_the_lead(img)) \
                or any((a.tag == "a" and not opens_the_picture(a, src) and not links_this_page(doc, a))
                       or NOT_A_PHOTO_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
                       # (Not <body>'s classes: WordPress marks it "wp-custom-logo" on every
                       # page of a site whose theme shows a logo.)
                       for a in [img, *img.iterancestors()] if a.tag not in ("html", "body")):
            continue
        figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
        lightbox = next(img.iterancestors("a"), None)
        caption = figure.find(".//figcaption") if figure is not None else caption_beside(img) \
            if lightbox is None else caption_beside(img) or caption_beside(lightbox)
        text = element_text(caption) if caption is not None else ""
        photos.append({"url": src, "caption": text or None})
    return photos


def links_this_page(doc: Document, link: etree._Element) -> bool:
    """True for a link to the article itself (a theme's featured image linked to the post's
    own address, Flatsome's "entry-image"), not another story's page."""
    href = absolute_url(link.get("href"), doc.url)
    return bool(href) and strip_tracking(href).rstrip("/") in {
        strip_tracking(u).rstrip("/") for u in (doc.url, doc.meta_first("link:canonical")) if u}


def opens_the_picture(link: etree._Element, src: str) -> bool:
    """True for a link around a photo that opens the same picture (a lightbox: JNews' featured
    image "<a href=x.jpg><img src=x.jpg></a>"), not another story's page."""
    href = urlsplit(link.get("href") or "").path
    return bool(href) and href == urlsplit(src).path


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
    article element (a WordPress theme's ``<div class="post-thumb"><img></div><h1>``), or
    above the header the headline opens (GeneratePress' ``<div class="featured-image">`` over
    ``<header class="entry-header"><h1>``)."""
    for _ in range(2):
        above = previous_element(headline)
        parent = headline.getparent()
        if above is not None or parent is None or parent.tag != "header":
            break
        headline = parent
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


def previous_element(element: etree._Element) -> etree._Element | None:
    """The element printed just before ``element`` among its siblings (comments skipped)."""
    return next(element.itersiblings(etree.Element, preceding=True), None)


def is_photo_caption(element: etree._Element) -> bool:
    """A caption: by its class, inside a ``<figure>``, holding the photo, or printed right
    under one (an italic line under a lead photo is not the lead)."""
    if is_caption_element(element) or has_image(element) \
            or any(a.tag == "figure" for a in element.iterancestors()):
        return True
    before = previous_element(element)
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
    body.byline = with_source_after(doc, body.byline, credits_after_text(doc, container))
    if not body.paragraphs:
        body.paragraphs = captions_telling_the_story(container)
        body.captions_are_text = bool(body.paragraphs)
    # A notice box inside the container (a copyright, a disclaimer, a call to action: see
    # NOTICE_CLASS) is no text on trafilatura's path either, which reads it as a paragraph.
    body.dropped.extend(element_text(box) for box in excluded if is_notice_box(box))
    above_the_dateline(doc, fields, body)
    with_the_question_answered(container, body)
    without_signature_over_text(doc, fields, body)
    without_site_name_line(doc, body)
    without_authors_note(doc, fields, body)
    # trafilatura prints the letterhead's rows as "| cell | cell |" lines: leave them out too.
    body.dropped.extend(element_text(row) for table in letterheads for row in table.iter("tr"))
    return body, container, layer


# A photo story told in its captions has this many captioned figures at least, each caption
# a sentence of this many words or more.
MIN_STORY_CAPTIONS, MIN_STORY_CAPTION_WORDS = 3, 8
# The photo's credit closing a caption ("… ngày 26/5. Ảnh: EVN", "… bị ảnh hưởng. Ảnh chụp
# màn hình", "(Ảnh: TTXVN)"): the photographer's, not the story's.
CAPTION_CREDIT = re.compile(r"(?<=[.!?…”\"])\s*\(?(?:ảnh|nguồn ảnh|photo)(?:\s*chụp màn hình|\s*:[^.:()]{1,50})\)?"
                            r"\.?\s*$", re.IGNORECASE)


def captions_telling_the_story(container: etree._Element) -> list[str]:
    """The captions of a photo story whose text is only its figures' captions (a mobile
    page's "<figure><img><figcaption>Theo đó, danh sách dài 8 trang, … Ảnh chụp màn
    hình</figcaption></figure>" one after another), each a paragraph without its photo credit;
    none when the container has text of its own or few such captions.

    >>> CAPTION_CREDIT.sub("", "Lịch cắt điện tại các quận, huyện ngày 26/5. Ảnh: EVN")
    'Lịch cắt điện tại các quận, huyện ngày 26/5.'
    """
    captions = [element_text(caption) for figure in container.iter("figure")
                for caption in figure.iter("figcaption") if has_image(figure)]
    captions = [CAPTION_CREDIT.sub("", c) for c in captions if c]
    if len(captions) < MIN_STORY_CAPTIONS \
            or any(len(c.split()) < MIN_STORY_CAPTION_WORDS for c in captions):
        return []
    return captions


def without_signature_over_text(doc: Document, fields: FieldSelectors, body: Body) -> None:
    """Leave out the right-aligned signature printed over the text inside its container (the
    writer's name over the post, under the lead: "Nguyễn Văn Mích" / "NCS tại Khoa Luật, …"):
    the byline, not text."""
    if not any("\n" in p for p in body.paragraphs[:4]):
        return  # (no paragraph of lines under the lead: the walk prints a signature as one)
    signature = signature_above_text(doc, fields)
    if not signature or "\n" not in signature:
        # (A lone right-aligned line over the text may be an epigraph's attribution: "[Mưa
        # phố - Lê Minh Khuê]" under its verse stays text.)
        return
    # The walk keeps the signature's lines in one paragraph, trafilatura prints them apart.
    lines = signature.split("\n")
    for printed in ([signature], lines):
        opening = body.paragraphs[:len(printed) + 2]
        at = next((i for i in range(len(opening)) if opening[i:i + len(printed)] == printed), None)
        if at is not None:
            body.dropped.extend([signature, *lines])
            del body.paragraphs[at:at + len(printed)]
            return


# The classes of a Q&A page's answer box and of the reader's question box printed just before
# it ("box-answer" after "box-question", "cau-tra-loi" after "cau-hoi").
ANSWER_BOX_CLASS = re.compile(r"answer|tra-?loi|giai-?dap", re.IGNORECASE)
QUESTION_BOX_CLASS = re.compile(r"question|cau-?hoi", re.IGNORECASE)


def with_the_question_answered(container: etree._Element, body: Body) -> None:
    """Put the reader's question first when the text's container is the answer's box and the
    question sits in a box of its own just before it ("Chào Ban biên tập, tôi tên là …" over
    "Nội dung này được Ban biên tập tư vấn như sau: …"): the question is the piece's text too."""
    if not ANSWER_BOX_CLASS.search(f"{container.get('class', '')} {container.get('id', '')}"):
        return
    before = previous_element(container)
    if before is None or not QUESTION_BOX_CLASS.search(
            f"{before.get('class', '')} {before.get('id', '')}"):
        return
    blocks = list(before.iter("p")) or [before]
    question = [text for text in map(element_text, blocks) if text]
    body.opening = [q for q in question if q not in body.paragraphs]
    body.paragraphs[:0] = body.opening


# The most short lines printed over the paragraph that opens with the lead's dateline, and
# the most words of each.
MAX_LINES_OVER_DATELINE, MAX_LINE_OVER_DATELINE_WORDS = 3, 20


def above_the_dateline(doc: Document, fields: FieldSelectors, body: Body) -> None:
    """Short lines walked between the headline and the paragraph that opens with the lead's
    dateline ("Thạch Bích, Việt Nam (19/04/2007) - Ngày …"): an old static page's deck under
    its headline and its credit line ("Prepared for Internet by Radio Veritas Asia,
    Philippines"), no text. The credit is the byline, the deck the lead."""
    found = lead_dateline(doc, fields)
    if found is None:
        return
    opening = text_key(found.string)[:30]
    at = next((i for i, p in enumerate(body.paragraphs[:MAX_LINES_OVER_DATELINE + 1])
               if text_key(p).startswith(opening)), None)
    if not at or any(len(p.split()) > MAX_LINE_OVER_DATELINE_WORDS for p in body.paragraphs[:at]):
        return
    for line in body.paragraphs[:at]:
        credit = parse_byline(line)
        if body.byline is None and (credit.authors or credit.source):
            body.byline = line
        elif body.lead is None and not credit.authors and not credit.source:
            body.lead = line
    body.dropped.extend(body.paragraphs[:at])
    body.paragraphs = body.paragraphs[at:]


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
                         # class=source>Nguồn tin: www.secviet.cz</div>", "Bài viết được
                         # đăng từ nguồn: Báo …").
                         r"nguồn|nguồn tin|(?:bài viết )?(?:được )?đăng từ nguồn)\s*:"
                         # Or "<div class=origin>Theo Thời báo Ngân hàng</div>".
                         r"|^\s*theo\s+[^\W\d_]",
                         re.IGNORECASE)
MAX_CREDIT_LINES = 6


def with_source_after(doc: Document, closing: str | None, after: str | None) -> str | None:
    """The credit closing the text, or the credit block after the text when there is none; a
    writer's name closing the text joins the source line printed in its own block under the
    text ("Thanh Hà" / "<div class=origin>Theo Thời báo Ngân hàng</div>"), unless that line
    names the site itself ("Nguồn tin: VanVn.Net" on vanvn.net)."""
    if not closing or not after:
        return closing or after
    read, below = parse_byline(closing), parse_byline(after)
    if read.authors and not read.source and below.source and not below.authors \
            and not is_the_site_s_name(doc, below.source):
        return f"{closing}\n{after}"
    return closing


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
