"""Article page or listing page?  For crawling sites that have no profile.

An article page has a headline, a timestamp and enough body text of its own; a listing page
(a section front, a tag page, page 2 of a category) is mostly headline links to other pages.
Pages that declare themselves articles (og:type "article", a JSON-LD NewsArticle) still need
the text: a paywall stub or an error page is not an article to archive.  Home pages often
declare og:type "article" too (dantri.com.vn, kenh14.vn, e.vnexpress.net): the site's root is
a listing whatever it declares, and so is a page that declares itself a collection in JSON-LD
(``CollectionPage``: WordPress and znews.vn section pages) without an article object.
"""

from __future__ import annotations

import re
from typing import Iterable

from lxml import etree

from urllib.parse import urlsplit

from crawler.extract.body import BLOCK_TAGS, in_site_footer, text_key
from crawler.extract.document import Document
from crawler.items import RawArticle
from crawler.normalize.numbers import parse_views
from crawler.normalize.text import clean_text

MIN_BODY_WORDS = 60
# A photo or video story declared as an article may have a line of text and nothing more.
MIN_DECLARED_BODY_WORDS = 10
# A container whose text is mostly link text is a list of stories, not a story.
MAX_LINK_DENSITY = 0.4
# Headline links (four words or more) in the content: a section front has a column of them.
MAX_STORY_LINKS = 5
# A listing's items: at least this many teasers, making up at least this share of the page's
# paragraphs (an article's sidebar has a few teasers too, but its own text outweighs them).
MIN_TEASERS, MIN_TEASER_SHARE = 4, 0.4
# ... or a short page of them (the last page of a section, a small site's front page): nearly
# every substantial paragraph is a teaser.
MIN_FEW_TEASERS, MIN_FEW_TEASER_SHARE = 2, 0.75

# JSON-LD types of pages about many items.
COLLECTION_TYPES = {"CollectionPage", "SearchResultsPage"}

ARTICLE, LISTING = "article", "listing"


def link_density(container: etree._Element | None) -> float:
    """Share of the container's text that sits inside links."""
    if container is None:
        return 1.0
    total = len(clean_text("".join(container.itertext())))
    linked = sum(len(clean_text("".join(a.itertext()))) for a in container.iter("a"))
    return linked / total if total else 1.0


def story_links(container: etree._Element | None, related: Iterable[str] = ()) -> int:
    """Links in the container whose text reads like a headline, but for the titles of the
    story's own labelled related list (``related``): a short story's container holds it too."""
    if container is None:
        return 0
    own = {text_key(title) for title in related}
    texts = (clean_text("".join(a.itertext())) for a in container.iter("a"))
    return sum(1 for text in texts if len(text.split()) >= 4 and text_key(text) not in own)


# A paragraph this long counts: shorter ones are labels, dates, captions.
MIN_PARAGRAPH_WORDS = 12
# An article's own text: this many substantial paragraphs in the text's container that are
# no teasers outweigh any number of teasers around it.
MIN_OWN_PARAGRAPHS = 3


def is_substantial(p: etree._Element) -> bool:
    return len(clean_text("".join(p.itertext())).split()) >= MIN_PARAGRAPH_WORDS


def is_teaser(p: etree._Element) -> bool:
    """True for a paragraph that is the only text of a small block that also holds a headline
    link: a listing's item (title link + summary), or a sidebar's."""
    block = p.getparent()
    if block is None:
        return False
    siblings = sum(1 for q in block.iter("p") if is_substantial(q))
    return siblings <= 2 and any(len(clean_text("".join(a.itertext())).split()) >= 4
                                 and p not in a.iterancestors() and a not in p.iter("a")
                                 for a in block.iter("a"))


def teaser_share(doc: Document) -> tuple[int, int]:
    """``(teasers, paragraphs)``: substantial paragraphs on the page, and how many of them are
    teasers (``is_teaser``)."""
    paragraphs = [p for p in doc.root.iter("p") if is_substantial(p)]
    return sum(1 for p in paragraphs if is_teaser(p)), len(paragraphs)


def own_paragraphs(container: etree._Element | None) -> int:
    """The substantial paragraphs of the text's container that are no teasers: the article's
    own text, which a sidebar of "Tin mới" teasers with their summaries (twenty of them on a
    provincial paper's page) does not make a listing.  None in the site's footer, which is the
    densest block of text on some listings (the publisher's licence and address lines)."""
    if container is None or in_site_footer(container):
        return 0
    return sum(1 for p in container.iter("p", "div") if (p.tag == "p" or is_bare_div(p))
               and is_substantial(p) and not is_teaser(p))


def is_bare_div(element: etree._Element) -> bool:
    """A ``<div>`` holding only inline text: a paragraph as Blogger's editor and old CMSs print
    one ("<div style='text-align: justify;'>Hơn chục ngày trước, …</div>")."""
    return not any(isinstance(e.tag, str) and e.tag in BLOCK_TAGS for e in element.iterdescendants())


# WordPress' body class on a single post's page ("single single-post postid-5127"); its
# archives and front page print "archive", "category", "home", "blog" instead.
WORDPRESS_SINGLE_POST = re.compile(r"(?:^|\s)single-post(?:\s|$)")


def declares_article(doc: Document) -> bool:
    """The page says it is one article: ``og:type`` "article", an article's JSON-LD, or
    WordPress' body class of a single post."""
    body = doc.root.find("body")
    return (doc.meta_first("og:type") or "").lower() == "article" or \
        doc.article_jsonld() is not None or \
        (body is not None and bool(WORDPRESS_SINGLE_POST.search(body.get("class") or "")))


def declares_collection(doc: Document) -> bool:
    """JSON-LD says "a page of many items" (and nothing says "an article")."""
    if doc.article_jsonld() is not None:
        return False
    for obj in doc.jsonld:
        kinds = obj.get("@type")
        if set(kinds if isinstance(kinds, list) else [kinds]) & COLLECTION_TYPES:
            return True
    return False


def is_site_root(url: str) -> bool:
    """The home page: never an article, whatever it declares.

    >>> is_site_root("https://kenh14.vn/"), is_site_root("https://kenh14.vn/star.chn")
    (True, False)
    """
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


# A photo story: this many captioned photos tell the story with a line of text.
MIN_STORY_PHOTOS = 3


def photo_story_words(raw: RawArticle) -> int:
    """The words of the captions of a photo story (three captioned photos or more), which
    carry its text: "Góc ảnh: Nhộn nhịp chợ phiên ..." prints ten captioned photos and one
    closing paragraph."""
    captions = [i["caption"] for i in raw.images if i.get("caption")]
    return sum(len(c.split()) for c in captions) if len(captions) >= MIN_STORY_PHOTOS else 0


# Links that open no other page: a script's ("javascript:…", a pop-up's "Đóng"), an anchor.
NOWHERE_HREF = ("#", "javascript:")


def opens_a_page(href: str | None) -> bool:
    """True for a link to another page; an anchor, a script or an empty href opens none.

    >>> opens_a_page("#"), opens_a_page("javascript:window.print()"), opens_a_page("/tin-tuc/1.html")
    (False, False, True)
    """
    href = (href or "").strip().lower()
    return bool(href) and not href.startswith(NOWHERE_HREF)


def links_elsewhere(doc: Document) -> bool:
    """True when some link of the page opens another page; a Thickbox pop-up of one programme
    item (its name, its text and a "Đóng" link to "#") or a bare print view has none."""
    return any(opens_a_page(a.get("href")) for a in doc.root.iter("a"))


# Microdata marking one story's text: Joomla's article view ("<div itemscope
# itemtype="https://schema.org/Article"> … <div itemprop="articleBody">"), WordPress themes.
ARTICLE_BODY_MARKS = etree.XPath("//*[@itemprop='articleBody']")


def undated_story(doc: Document, raw: RawArticle, container: etree._Element | None) -> bool:
    """True for a story that prints no date: its text (three paragraphs of its own) with a
    list of the section's other stories under a label ("Các tin khác:", "Tin liên quan"),
    which only a story page prints, or in the one element the page marks as an article's body
    (microdata ``itemprop="articleBody"``: a listing of teasers marks none, or many).  A
    company's or a Joomla magazine's page dates nothing; a static page ("Giới thiệu",
    "Liên hệ") has no such list and no such mark."""
    if own_paragraphs(container) < MIN_OWN_PARAGRAPHS:
        return False
    return bool(raw.related) or len(ARTICLE_BODY_MARKS(doc.root)) == 1


# A short story of one paragraph or two: this many words of sentences, with the list of
# related stories under its label that only a story page prints.
MIN_RELATED_STORY_WORDS = 30


def ends_a_sentence(text: str | None) -> bool:
    """True for a text whose last character closes a sentence ("… tháng công nhân.")."""
    return (text or "").rstrip().endswith((".", "!", "?", "…", "\"", "”"))


def short_story_with_related(raw: RawArticle, words: int) -> bool:
    """True for a short text of whole sentences over a labelled list of related stories ("Tin
    liên quan"): a company's or a union's news item of one paragraph, dated or not, its photos'
    captions after the sentences."""
    return bool(raw.related) and words >= MIN_RELATED_STORY_WORDS \
        and ends_a_sentence(last_paragraph_of_sentences(raw.body))


def last_paragraph_of_sentences(body: str | None) -> str | None:
    """The text's last paragraph of a sentence's length (``MIN_PARAGRAPH_WORDS`` words), past
    the short lines a photo story closes with ("Ký kết giao ước thi đua Khối 5", a caption)."""
    paragraphs = (body or "").split("\n\n")
    long_ones = [p for p in paragraphs if len(p.split()) >= MIN_PARAGRAPH_WORDS]
    return long_ones[-1] if long_ones else body


def counted_short_story(raw: RawArticle, words: int) -> bool:
    """True for a text of a sentence or two that is dated and counts its own readers, over a
    labelled list of related stories: a kindergarten's or a union's news item ("sáng ngày 27/4
    chủ tịch công đoàn … tháng công nhân." under "Ngày đăng: … Lượt xem: 37").  A listing
    counts no readers of its own."""
    return bool(raw.related) and bool(raw.published) and parse_views(raw.views) is not None \
        and words >= MIN_DECLARED_BODY_WORDS \
        and ends_a_sentence(raw.body)


def dated_short_story(doc: Document, raw: RawArticle, words: int) -> bool:
    """True for a short text of whole sentences under its own printed timestamp on a page
    listing no teasers at all: a forest ranger's notice of two paragraphs in a print view
    ("Theo tin từ Chi cục Kiểm lâm, tính đến ngày hôm nay (29/7/2022) …").  A listing prints
    the teasers of its stories; one paragraph under uncaptioned photos is a gallery's note."""
    return bool(raw.published) and words >= MIN_RELATED_STORY_WORDS and "\n\n" in (raw.body or "") \
        and ends_a_sentence(raw.body) \
        and teaser_share(doc)[0] == 0


def page_kind(doc: Document, raw: RawArticle, container: etree._Element | None) -> str:
    """"article" or "listing" (anything that is not an article page is walked for links)."""
    if is_site_root(doc.url) or declares_collection(doc):
        return LISTING
    declared = declares_article(doc)
    words = len((raw.body or "").split()) + photo_story_words(raw)
    short_story = short_story_with_related(raw, words) or counted_short_story(raw, words) \
        or (words < MIN_BODY_WORDS and dated_short_story(doc, raw, words))
    if not raw.title or words < (MIN_DECLARED_BODY_WORDS if declared else MIN_BODY_WORDS) \
            and not short_story:
        return LISTING
    if not (raw.published or raw.published_declared or parse_views(raw.views)) and not declared \
            and links_elsewhere(doc) and not undated_story(doc, raw, container) and not short_story:
        # No date and no counter of its own reads: no article (an article printing no date
        # still counts its readers: "Lượt xem: 120" under a portal's headline).  A page
        # linking nowhere lists nothing: one item's pop-up or print view, its text its own.
        return LISTING
    if declared:
        return ARTICLE
    teasers, paragraphs = teaser_share(doc)
    if ((teasers >= MIN_TEASERS and teasers >= MIN_TEASER_SHARE * paragraphs)
            or (teasers >= MIN_FEW_TEASERS and teasers >= MIN_FEW_TEASER_SHARE * paragraphs)) \
            and own_paragraphs(container) < MIN_OWN_PARAGRAPHS and not short_story:
        # (A short story over its labelled related list stays one, however many teasers
        # the sidebars print around it.)
        return LISTING
    if link_density(container) > MAX_LINK_DENSITY:
        return LISTING
    if story_links(container, (item.get("title") or "" for item in raw.related)) >= MAX_STORY_LINKS \
            and not (short_story and own_paragraphs(container) >= MIN_OWN_PARAGRAPHS):
        # A story's own paragraphs over its labelled related list keep it one, though its
        # container also holds the related headlines (a WordPress theme's, a school portal's).
        return LISTING
    return ARTICLE
