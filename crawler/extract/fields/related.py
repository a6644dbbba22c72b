"""Related stories: the article's own block under a related or same-section label ("Tin liên
quan", "Tin cùng chuyên mục", "Tin khác"), boxes inline in the text, never a site-wide list
("Đọc nhiều", "Tin mới").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import DISPLAY_NONE, DOCUMENT_HREF, element_text, is_site_footer, text_key
from crawler.extract.css import css_elements
from crawler.extract.document import Document
from crawler.extract.fields.container import body_container
from crawler.extract.fields.page import (FURNITURE_CLASS, HEADLINE_LINKS, IMAGE_ALTS, LEAD_WINDOW, TEXTS_OUTSIDE_LINKS,
                                         LINKS, Found, document_elements, document_order, first_of,
                                         headline_element)
from crawler.extract.fields.section import (heads_a_form, is_category_list, is_section_heading,
                                            labelled_blocks)
from crawler.normalize.text import clean_text
from crawler.normalize.urls import absolute_url, plain_words, same_site_view, slug_words, strip_tracking
from crawler.sites import FieldSelectors


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
    inline_labels: list[str] = []
    ranked: list[list[tuple[str, list[etree._Element]]]] = [[] for _ in layers.RELATED_HEADINGS]
    for label, links in labelled_blocks(doc, layers.RELATED_HEADING):
        if any(a in inline for a in links):
            inline_labels.append(label)  # the label of a list of the text's own stories
        links = [a for a in links if a not in inline and is_story_link(doc, a, labelled=True)
                 and not in_hidden_pane(a)]
        if links and (inside_the_text(doc, fields, links[0]) or above_the_text(doc, fields, links[0])):
            # A labelled box printed in the middle of the text ("TIN LIÊN QUAN" in a table
            # beside the lead) is one of the text's own boxes: it does not stand for the block
            # printed after the text ("Các tin khác" under the article), which is taken too.
            inline.extend(links)
            if label not in inline_labels:
                inline_labels.append(label)
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
    # The chosen blocks' labels ("Các bài khác trong mục …:"), no line of the text.
    doc.cache["related_labels"] = inline_labels + [label for label, _ in ([best] if best else []) + joined]
    anchors = inline + (best[1] if best else []) + [a for _, links in joined for a in links]
    order = document_order(doc)
    return related_from_links(sorted(anchors, key=lambda a: order.get(a, 0)), doc.url)


def in_hidden_pane(anchor: etree._Element) -> bool:
    """True for a link in a tab pane printed hidden beside a shown one: a related block's
    second tab ("Bài viết liên quan | Xem thêm từ tác giả", the hidden pane the author's other
    stories) is not what the label over the shown pane names."""
    for element in anchor.iterancestors():
        if DISPLAY_NONE.search(element.get("style", "")):
            parent = element.getparent()
            return parent is not None and any(
                sibling is not element and sibling.tag == element.tag
                and not DISPLAY_NONE.search(sibling.get("style", "")) for sibling in parent)
    return False


def related_box_above_text(doc: Document, fields: FieldSelectors) -> list[etree._Element]:
    """The stories of a box printed between the headline and the text's container, without a
    label but with a related class (``div.related-inline`` between a magazine's lead and its
    text, or its one list), each item one story link: the article's own box, set just outside
    its text."""
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
        if len(items) == 1 and items[0].tag in ("ul", "ol"):
            # The box holds one list: "<div class=news-related-top><ul><li><a>…".
            items = [c for c in items[0] if isinstance(c.tag, str)]
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
        and not any(a.tag == "article" for a in footer.iterancestors())
        and not beside_headline(doc, fields, footer)])
    at = order.get(anchor, 0)
    return any(end < at for end in ends)


def beside_headline(doc: Document, fields: FieldSelectors, footer: etree._Element) -> bool:
    """True for a footer printed in the post's own element, beside its headline (BlogEngine.NET:
    "<div class=post><h1>…</h1>…<div class=text>…</div><div class=footer>…</div></div>"):
    the post's footer, no site's."""
    headline = headline_element(doc, fields)
    parent = footer.getparent()
    return headline is not None and parent is not None and parent.tag not in ("body", "html") \
        and headline.getparent() is parent


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


def above_the_text(doc: Document, fields: FieldSelectors, anchor: etree._Element) -> bool:
    """True when ``anchor`` is printed between the headline and the text's container (a city
    paper's "Tin liên quan" box under the lead, over the text): the text's own box, like
    one printed inside it."""
    container, _ = body_container(doc, fields)
    headline = headline_element(doc, fields)
    if container is None or headline is None or container in anchor.iterancestors():
        return False
    order = document_order(doc)
    return order.get(headline, 0) < order.get(anchor, 0) < order.get(container, 0)


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
                and not layers.RELATED_HEADING.match(element_text(element)) \
                and not heads_a_form(element):
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
        if not url or not title or not reads_as_headline(title, url, page_url=base):
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
        if is_furniture(element) or is_post_navigation(element):
            skip.update(element.iterdescendants())
            continue
        if element.tag in ("ul", "ol") and is_category_list(element):
            # A theme's list of the post's categories over the headline names the section.
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
# The labels of a post's navigation to its neighbours: "Bài trước", "Bài sau", "Tin kế tiếp".
POST_NAVIGATION_LABEL = re.compile(r"^\s*(?:bài|tin|bài viết)\s+(?:trước|sau|kế\s+tiếp|tiếp\s+theo)\s*:?\s*$",
                                   re.IGNORECASE)


def is_post_navigation(element: etree._Element) -> bool:
    """True for the links to the previous and next posts, each under its label outside the
    link (a board's "<li><span>Bài trước</span><a>…</a></li><li><span>Bài sau</span>…"): the
    neighbours by date, no stories the article relates to."""
    labels = [clean_text(t) for t in TEXTS_OUTSIDE_LINKS(element)]
    return any(POST_NAVIGATION_LABEL.match(t) for t in labels if t)
STORY_BOX_TAGS = frozenset({"p", "div", "table", "aside", "section", "blockquote", "figure", "li"})


def is_story_link(doc: Document, anchor: etree._Element, labelled: bool = False) -> bool:
    """A link to another article of the site: same site, not a section above this page (its
    path a prefix of the page's), a headline of four words or more (three, in a block
    ``labelled`` as related stories, to an article's address)."""
    if anchor.get("download") is not None or PICTURE_HREF.search(anchor.get("href") or ""):
        return False  # an attached file or photo ("<a download>PHUONG CHANH PHU HOA (1).png")
    if {"category", "tag"} & set((anchor.get("rel") or "").lower().split()):
        return False  # WordPress' section or tag link ("rel=category tag"), a badge over a story
    names = anchor.get("class", "")
    if layers.CATEGORY_CLASS.search(names) and "title" not in names.lower():
        # A story card's section badge ("td-post-category": "Lễ hội - Nghi lễ"), not the
        # title of a story in a category module (Joomla's "mod-articles-category-title").
        return False
    url = absolute_url(anchor.get("href"), doc.url)
    # A mobile view ("m.") links to the stories on the desktop host: the same site.
    if not url or strip_tracking(url) == strip_tracking(doc.url) or not same_site_view(url, doc.url):
        return False
    path = urlsplit(url).path.rstrip("/")
    if FRONT_FILE.search(path) and not urlsplit(url).query and not PATH_ITEM_PARAMETER.search(path):
        return False  # a section's or the site's front page: "…/SinhHoatCongDong/index.htm"
    if TAXONOMY_PATH.match(path):
        return False  # WordPress' section and tag archives: "/category/hoat-dong-chi-hoi/"
    # The home page is no story, but a CMS that names its articles in the query string at the
    # site's root ("/?x=2651/khxhnv-doi-song/ve-nghe-thuat-tuong", WordPress' "/?p=123") is.
    # So is one at the page's own script ("/news/?CatID=173&ID=1839" beside the page's
    # "/news/?CatID=173&ID=1845"): a sibling, not a section above the page.
    # (The page itself with a tracking query, "?intcid=…", is no sibling: the page's own
    # address must name its item in the query too.)
    page_path, page_query = urlsplit(doc.url)[2:4]
    if is_own_tool_link(path, page_path):
        return False
    sibling = bool(urlsplit(url).query and page_query) and path == page_path.rstrip("/")
    if (not path and not urlsplit(url).query) \
            or (path and page_path.startswith(path + "/") and not sibling):
        return False
    return reads_as_headline(link_title(anchor), url, labelled, doc.url)


def is_own_tool_link(path: str, page_path: str) -> bool:
    """A link to this very story under a tool's path (NukeViet's "/news/print/…/No-doi-hay-No-
    dau-1812/", "/news/sendmail/…", "/news/savefile/…": print it, mail it, save it): the same
    last segment, naming the page's item by its id, under another path.

    >>> is_own_tool_link("/vi/news/sendmail/Nghe-Si/No-doi-1812", "/vi/news/Nghe-Si/No-doi-1812/")
    True
    >>> is_own_tool_link("/vi/news/Nghe-Si/Nho-ve-1815", "/vi/news/Nghe-Si/No-doi-1812/")
    False
    >>> is_own_tool_link("/tin/type/detail/id/44200/task/1334", "/tin/type/detail/id/44205/task/1334")
    False
    """
    own = page_path.rstrip("/").rsplit("/", 1)[-1]
    # A slug with its id: a bare number ("/type/detail/id/44200/task/1334") may be the
    # module's, shared by every story of the site.
    return bool(ITEM_ID.search(own)) and any(ch.isalpha() for ch in own) \
        and path.rsplit("/", 1)[-1] == own and path != page_path.rstrip("/")


TAXONOMY_PATH = re.compile(r"^/(?:category|tag)/")
# The file a static site or an old CMS serves as a folder's front page.
FRONT_FILE = re.compile(r"/(?:index|default|home)\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
PICTURE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?:[?#][^/]*)?$", re.IGNORECASE)
# DotNetNuke writes its query as path segments before "Default.aspx": an item's id among them
# names an article ("/chi_tiet_tin/tabid/204/cateID/22/articleID/1084/Default.aspx"); the
# page's tab alone ("/tabid/205/Default.aspx") is a section's front page.
PATH_ITEM_PARAMETER = re.compile(r"/(?!tabid/)[a-z_]*id/\d{4,}/", re.IGNORECASE)
# An article's address names one item: an id of four digits or more in one of its last two
# path segments ("/pleiku-mua-suong-post302480.html", "/96/301245/...").
ITEM_ID = re.compile(r"\d{4,}")


# A prompt to follow the link, which no headline opens with: "Xin ấn vào đây để xem …", "Bấm
# vào đây", "Nhấn vào link", "Click here to …".
CLICK_PROMPT = re.compile(r"^\s*(?:xin\s+|mời\s+(?:bạn\s+|quý\s+vị\s+)?)?(?:ấn|bấm|nhấn|nhấp|click|kích|nhắp)"
                          r"\s+(?:vào\s+)?(?:đây|tại\s+đây|link|liên\s+kết|here)\b", re.IGNORECASE)


def reads_as_headline(title: str, url: str, labelled: bool = True, page_url: str | None = None) -> bool:
    """A story link's text reads as a headline: four words or more, or, in a block labelled
    as related stories, three when its address names one article ("Pleiku mùa sương" ->
    ".../pleiku-mua-suong-post302480.html"); a section's name ("Thời sự") or "Xem thêm" does
    not."""
    if DOCUMENT_HREF.search(urlsplit(url).path):
        return False  # "Tải về kế hoạch (PDF)": a download, not a story
    if CLICK_PROMPT.match(title):
        return False  # "Xin ấn vào đây để xem Chương trình …": a prompt to open a page
    words = len([w for w in title.split() if any(c.isalnum() for c in w)])
    if words >= 4:
        return True
    if not labelled:
        return False
    segments = [s for s in urlsplit(url).path.split("/") if s][-2:]
    return words == 3 and (any(ITEM_ID.search(segment) for segment in segments)
                           or (page_url is not None and spelled_beside_the_page(title, url, page_url)))


def spelled_beside_the_page(title: str, url: str, page_url: str) -> bool:
    """True for a link to a page in the article's own folder whose file name spells the
    link's words: a school portal's "Sinh hoạt Đội" -> "/tin-tuc-thong-bao/sinh-hoat-doi.html"
    beside "/tin-tuc-thong-bao/dai-hoi-lien-doi….html", a story with no id in its address; or
    to a post whose dated permalink spells them ("Hội Khuyến học" -> "/2011/03/15/hoi-khuyen-hoc/")."""
    path, page_path = urlsplit(url).path, urlsplit(page_url).path
    folder, _, name = path.rpartition("/")
    if plain_words(title) != slug_words(url):
        return False
    # A WordPress permalink dated by its folders ("/2011/03/15/hoi-khuyen-hoc/"): one post.
    return (bool(folder) and folder == page_path.rpartition("/")[0] and "." in name) \
        or bool(DATED_PERMALINK.search(path))


DATED_PERMALINK = re.compile(r"/(?:19|20)\d\d/[01]?\d/(?:[0-3]?\d/)?[^/]+/?$")


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
