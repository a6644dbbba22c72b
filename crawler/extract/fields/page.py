"""Where things are on an article page, shared by the field modules: the headline, the
layers' lookups, the menus, the declared summaries.

``first_of`` walks a field's layers best first and returns ``(value, layer)``: the first layer
that yields a value wins ("site" = the profile's selector, "metadata" = what the page declares,
"heuristic" = what a Vietnamese reader sees); a site selector that matches nothing falls through.
``headline_element`` is the printed headline every "near the headline" rule starts from.
"""

from __future__ import annotations

import html
import re
from itertools import islice
from typing import Any, Callable, Iterable, Optional, TypeVar
from urllib.parse import urlsplit

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import DANGLING_WORD, element_text, is_caption_element, text_key
from crawler.extract.css import css_elements
from crawler.extract.document import Document
from crawler.normalize.text import clean_text, fold_diacritics
from crawler.normalize.urls import (MIN_SLUG_WORDS, absolute_url, plain_words, same_site_view,
                                    slug_words, spells_slug)
from crawler.sites import FieldSelectors

T = TypeVar("T")
Found = tuple[Optional[T], Optional[str]]

# Class or id words that mark furniture inside an article container.
FURNITURE_CLASS = re.compile(
    r"(^|[\s_-])(share\w*|sharing|social\w*|relate\w*|tin-?lien-?quan|tags?|keywords?|"
    r"comments?|ads?|advert\w*|banner\w*|toolbar|print|rating|(?:bread)?crumbs?|navigation|menu|"
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
    return unique(t for t in titles if t and not PRINT_VIEW_TITLE.match(t))


# A print view's <title>: its label and the site's name ("In bài viết - Sở Y tế tỉnh Lạng
# Sơn"), no headline; the site's name printed in its header would otherwise match it.
PRINT_VIEW_TITLE = re.compile(r"^\s*(?:in bài viết|in bài|in trang|bản in|print(?:er)?(?:\s+(?:view|version|article))?)"
                              r"\s*[-–|:]", re.IGNORECASE)


def is_headline_of(text: str, titles: list[str]) -> bool:
    """True when ``text`` is one of the declared titles, or one with the site name cut off at
    a separator ("Báo Quảng Bình - Phong Nha đón khách" -> "Phong Nha đón khách")."""
    return len(text.split()) >= 2 and text in headline_forms(titles)


def headline_forms(titles: list[str]) -> set[str]:
    """Every text ``is_headline_of`` accepts for ``titles``: each title, and each part of one
    before or after a separator that keeps at least 0.4 of it ("Báo Quảng Bình - Phong Nha đón
    khách" gives "Phong Nha đón khách", not "Báo Quảng Bình").  Built once, a page's hundreds of
    short elements are each one lookup."""
    forms = set(titles)
    for title in titles:
        for sep in layers.TITLE_SEPARATORS:
            at = title.find(sep)
            while at != -1:
                forms.update(part for part in (title[:at], title[at + len(sep):])
                             if len(part) >= 0.4 * len(title))
                at = title.find(sep, at + 1)
        forms.update(headline_before_section_and_site(title))
    return forms


# Fewest words of the headline opening a three-part <title>.
MIN_OPENING_HEADLINE_WORDS = 4


def headline_before_section_and_site(title: str) -> list[str]:
    """The first part of a <title> of three parts or more, headline, section and site (Liferay:
    "Ra mắt Tổ hợp tác sản xuất nếp vải xã Phủ Lý - Tin hoạt động của huyện - Cổng thông tin
    điện tử thị trấn Giang Tiên"), which may be less than 0.4 of it; four words at least."""
    for sep in layers.TITLE_SEPARATORS:
        parts = title.split(sep)
        if len(parts) >= 3 and len(parts[0].split()) >= MIN_OPENING_HEADLINE_WORDS:
            return [parts[0].strip()]
    return []


# Fewest words of a <title> that is the headline cut short at a length (a CMS's limit): a
# section's name of two or three words starts many headings.
CUT_TITLE_WORDS = 8


def is_headline_cut_short(element: etree._Element, text: str, titles: list[str]) -> bool:
    """True for a heading whose text goes on past a declared title that is its opening words:
    the CMS cut the <title> at a length ("CHI ĐOÀN … THỰC HIỆN CÔNG TRÌNH THANH NIÊN" over the
    heading "CHI ĐOÀN … THỰC HIỆN CÔNG TRÌNH THANH NIÊN GẮN VỚI XÂY DỰNG VĂN MINH ĐÔ THỊ")."""
    if element.tag not in HEADING_TAGS:
        return False
    return any(len(title.split()) >= CUT_TITLE_WORDS and text.startswith(title + " ")
               and len(title) >= 0.6 * len(text) for title in titles)


DATE_AFTER_HEADLINE = re.compile(r"\s*\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}[^()]{0,12}\)$")


def printed_headline(doc: Document) -> etree._Element | None:
    """The element printing the headline: an <h1> that matches the declared title, else the
    deepest body element whose text does (old CMSs print it in a <td> or <div>), else the
    first <h1>."""
    titles = declared_titles(doc)
    body = doc.root.find("body")
    if body is None:
        return None
    h1s = [h for h in body.iter("h1") if element_text(h) and not is_portlet_label(h)
           and not links_home(h) and not names_the_site(h) and not repeats_portlet_label(doc, h)]
    for h1 in h1s:
        if is_headline_of(element_text(h1), titles):
            return h1
    # A headline printed in capitals ("PHẤN KHỞI VỤ LÚA THU ĐÔNG") declared in sentence case.
    folded = [t.casefold() for t in titles]
    for h1 in h1s:
        if element_text(h1).isupper() and is_headline_of(element_text(h1).casefold(), folded):
            return h1
    declared = headline_by_microdata(body, titles)
    if declared is not None:
        return declared
    spelled = heading_spelling_the_address(body, doc.url)
    if spelled is not None:
        return spelled
    longest = max((len(t) for t in titles), default=0)
    forms = headline_forms(titles)
    unaccented = [t.casefold() for t in titles if t.isascii() and len(t.split()) >= CUT_TITLE_WORDS]
    best: etree._Element | None = None
    for element in SHORT_TEXT_ELEMENTS(body, limit=2 * longest + 100):
        raw = "".join(element.itertext())
        if len(raw) > 2 * longest + 100:
            continue
        text = clean_text(raw)
        # An old table layout prints the post's time after the headline in its cell:
        # "LÀM BÁO LÀ NGHỀ … GIÀU CÓ (21/06/2022-15:08)".
        if text.endswith(")") and text not in forms:
            text = DATE_AFTER_HEADLINE.sub("", text)
        if not ((text in forms and len(text.split()) >= 2)
                or is_headline_cut_short(element, text, titles)
                or (unaccented and prints_unaccented_title(text, unaccented))):
            continue
        if is_site_banner(element, text) or is_portlet_label(element) \
                or links_another_site(element, text, doc.url):
            continue
        if text not in section_names(doc) \
                and not is_trail_level(element) and (best is None or len(text) > len(element_text(best))
                                             or best in element.iterancestors()
                                             or heading_beats_trail_item(element, best)):
            best = element
    if best is not None:
        return best
    return h1s[0] if h1s else headline_by_class(body, doc)


def headline_by_microdata(body: etree._Element, titles: list[str]) -> etree._Element | None:
    """The element marked ``itemprop="headline"`` when a declared title opens with its text
    before a separator: Joomla's "<h2 itemprop=headline>Lên Tong Tải ăn tết</h2>" under the
    <title> "Lên Tong Tải ăn tết - Trung tâm Nghiên cứu Văn hóa các dân tộc Tây Bắc", whose
    long site name leaves the headline too short a part of it to be read alone."""
    for element in body.iterfind(".//*[@itemprop='headline']"):
        text = element_text(element)
        if len(text.split()) >= 2 and any(
                title == text or title.startswith(text + sep) for title in titles for sep in layers.TITLE_SEPARATORS):
            return element
    return None


def heading_spelling_the_address(body: etree._Element, url: str) -> etree._Element | None:
    """The first heading whose words are the headline the address spells ("…/5166539-le-mung-
    tho-cac-cu-cao-tuoi-lang-thuy-linh….html" over an <h3> "Lễ mừng thọ các cụ cao tuổi làng
    Thúy Lĩnh…"): the headline where the <title> names only the section and the site."""
    slug = slug_words(url)
    if len(slug) < MIN_SLUG_WORDS:
        return None
    for heading in body.iter(*HEADING_TAGS):
        if not is_portlet_label(heading) and spells_slug(plain_words(element_text(heading)), slug):
            return heading
    return None


def prints_unaccented_title(text: str, unaccented: list[str]) -> bool:
    """True for a heading in Vietnamese whose letters without their marks are a <title> typed
    without diacritics (an old static page's "Le ta on va lam phep nha tho thanh Giuse Xom
    Mui"), whole or as its opening words (the heading goes on: "… Xóm Mùi Giáo Xứ Thạch Bích").

    >>> prints_unaccented_title("Lễ tạ ơn và làm phép nhà thờ Xóm Mùi", ["le ta on va lam phep nha tho xom mui"])
    True
    """
    if text.isascii():
        return False
    folded = fold_diacritics(text).casefold()
    return any(folded == title or (folded.startswith(title + " ") and len(title) >= 0.6 * len(folded))
               for title in unaccented)


def is_site_banner(element: etree._Element, text: str) -> bool:
    """True for the site's banner, its name printed beside its logo image ("<td><img
    src=banner.gif>China Radio International</td>"), which a <title> naming only the site
    matches: a name of a few words beside a picture is no headline."""
    return len(text.split()) <= 4 and next(element.iter("img"), None) is not None


def links_another_site(element: etree._Element, text: str, url: str) -> bool:
    """True for an element whose text is a link to another site: a links box's item ("<td><a
    href=http://chauduc…>Huyện Châu Đức</a></td>") that a <title> "Xã Kim Long - Huyện Châu
    Đức" names too, never the headline (which links its own page, if anything)."""
    anchor = next(element.iter("a"), None) if element.tag != "a" else element
    if anchor is None or text_key(element_text(anchor)) != text_key(text):
        return False
    href = absolute_url(anchor.get("href"), url) or ""
    return href.startswith("http") and not same_site_view(href, url)


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
# SharePoint's web part frame does the same ("<div class=ms-WPTitle>Tin tức</div>").
PORTLET_LABEL = re.compile(r"(?:^|\s)(?:portlet-(?:title|topper)[\w-]*|[\w-]*title[\w-]*-portlet"
                           r"|ms-WPTitle|ms-webpart-titleText)(?=\s|$)")


def is_portlet_label(element: etree._Element) -> bool:
    """True for a heading that is a portlet frame's name (see PORTLET_LABEL), not a story's."""
    return any(PORTLET_LABEL.search(e.get("class", "")) for e in (element, element.getparent())
               if e is not None)


# Where a portlet frame's name is printed (see PORTLET_LABEL), found by libxml2 in one pass.
PORTLET_LABELS = etree.XPath(
    "//*[contains(@class, 'portlet-title') or contains(@class, 'title-portlet')"
    " or contains(@class, 'ms-WPTitle') or contains(@class, 'ms-webpart-titleText')]")


def repeats_portlet_label(doc: Document, element: etree._Element) -> bool:
    """True for a heading printing again the name of a portlet frame on the page: Liferay's
    Asset Publisher names its list ("TIN TỨC HOẠT ĐỘNG CỦA HỘI ĐOÀN THỂ VÀ CÁC PHƯỜNG") in the
    frame's title bar and again in the header over the story, beside its "« Quay lại" link;
    the story's own title is printed under it.  The section, not the headline."""
    labels = doc.cached("portlet_labels", lambda: {
        text for e in PORTLET_LABELS(doc.root) if is_portlet_label(e) for text in [element_text(e)]
        if text})
    return bool(labels) and element_text(element) in labels and not is_portlet_label(element)


def links_home(element: etree._Element) -> bool:
    """True for a heading that is one link to the site's home page, the site's name in the
    banner ("<h1 class=site-title><a href='https://xa.example.gov.vn'>TRUNG TÂM …</a></h1>"),
    which a <title> "Section - Site" names too: not the headline."""
    anchors = list(element.iter("a"))
    return len(anchors) == 1 and not urlsplit(anchors[0].get("href") or "x").path.strip("/") \
        and bool(anchors[0].get("href")) and element_text(anchors[0]) == element_text(element)


# A banner's heading classed as the site's name or logo (WordPress' and Liferay's
# "h1.site-title", "site-name", "logo", "brand").
SITE_NAME_CLASS = re.compile(r"(?:^|\s)(?:site-?(?:title|name|branding)|logo|brand)(?=\s|$)", re.IGNORECASE)


def names_the_site(element: etree._Element) -> bool:
    """True for a heading classed as the site's name ("<h1 class=site-title><a href=/web/xa>
    <img alt='Xã Phú Thọ'></a><span class=site-name>Xã Phú Thọ - Huyện Tam Nông</span></h1>"):
    the banner, on every page of the site, not the headline."""
    return bool(SITE_NAME_CLASS.search(element.get("class", "")))


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
        if (is_section_path(path := urlsplit(a.get("href") or "").path) or is_category_page(path))
        and element_text(a) and path.rstrip("/") not in own} | trail_names(doc, own))


# A script listing a category, its id in the query: SharePoint's "/Pages/danhmuc.aspx?idcm=504"
# (danh mục, a category), "chuyenmuc.php?id=3", "category.aspx?cat=2".
CATEGORY_PAGE = re.compile(r"/(?:danh-?muc|chuyen-?muc|categor(?:y|ies))\.(?:aspx?|php|jsp)$", re.IGNORECASE)


def is_category_page(path: str) -> bool:
    """A category's listing script's path ("/Pages/danhmuc.aspx"): a section page whatever
    its depth, though its file name hides it from ``is_section_path``."""
    return bool(CATEGORY_PAGE.search(path))


def trail_names(doc: Document, own: set[str]) -> set[str]:
    """The levels of the page's trail that link elsewhere, whatever their address's shape: a
    SharePoint list's view ("Trang chủ > Nghiên cứu trao đổi", linking
    "/noidung/tintuc/Lists/NghienCuuTraoDoi/AllItems.aspx") is a section, which the page's
    <title> may name alone."""
    return {element_text(a) for css in layers.BREADCRUMB_CSS for a in css_elements(doc, css)
            if element_text(a) and urlsplit(a.get("href") or "").path.rstrip("/") not in own}


def own_paths(doc: Document) -> set[str]:
    """The paths of the page itself (fetched and canonical), without a trailing slash: a
    WordPress headline links to its own one-segment permalink ("/hoi-ccb-ky-niem-20-nam/"),
    which reads like a section's path but names the story, not a section."""
    urls = (doc.url, doc.meta_first("link:canonical") or "")
    # (A page addressed by its query names itself there: the path before it is the script
    # every page of the section shares, an Oracle Portal section's "/portal/page/portal/hvta/
    # 27676662/27676824" before "?…&item_id=306525077", which the trail links as the section.)
    return {parts.path.rstrip("/") for u in urls if (parts := urlsplit(u)).path.rstrip("/") and not parts.query}


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


# The class of the site's name in its header (WordPress' "site-title", "site-name").
SITE_TITLE_CLASS = re.compile(r"\bsite-?(?:title|name)\b", re.IGNORECASE)


def headline_by_class(body: etree._Element, doc: Document | None = None) -> etree._Element | None:
    """Without an <h1> or a declared title printed in the page (a portal whose <title> is its
    own name), the first element whose class or id names a title and whose text reads as a
    headline (5 to 40 words, not a link: box titles are short, story titles are links)."""
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("a", "option", "title") \
                or not HEADLINE_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        # A menu's or a side box's title ("div.menu-title") names the box, not the story; the
        # site's own title ("div.site-title" in its header) names the site.
        if element.find(".//a") is not None or opens_with_null(element) \
                or SITE_TITLE_CLASS.search(element.get("class", "")) \
                or is_portlet_label(element) or (doc is not None and repeats_portlet_label(doc, element)) \
                or MENU_CLASS.search(
                f"{element.get('class', '')} {element.get('id', '')}") or any(
                a.tag in ("a", "li", "nav", "header", "footer") for a in element.iterancestors()):
            continue
        # A box's title "Tin tức - Sự kiện" is four words and a dash.
        if 5 <= len([w for w in element_text(element).split() if any(c.isalnum() for c in w)]) <= 40:
            return element
    return None


# Segments of a meta line: "Cập nhật: 21:05, 13/03/2023 | Lượt xem: 487".
META_SEPARATOR = re.compile(r"\s+[|•·]\s+")


def repeats_headline(text: str, headline: etree._Element) -> bool:
    """True for the headline printed again (a breadcrumb's last item): a date in it is the
    headline's ("NGÀY PHỤ NỮ VIỆT NAM (20/10/1930 – 20/10/2020)"), not the timestamp."""
    return text_key(text) == text_key(element_text(headline))


PROSE_WORDS = 25


def is_prose_sentence(text: str) -> bool:
    """A run of text too long for a meta line and written as a sentence (words, then a full
    stop): "Trong bút ký …, nhà văn Xuân Đức cho rằng … người Quảng Trị hôm nay “vơ vào”.", or
    a colon opening a list: "Ngày 26/5/2021, Ban Trị sự … thông báo … như sau:"), or a
    sentence closed inside it and another begun, a paragraph cut off in mid-sentence ("Ngày
    23/11, Hội … thành lập (23/11/1946- 23/11/2015). Dự kỷ niệm có các ban ngành …")."""
    words = len(text.split())
    return (words > PROSE_WORDS and bool(re.search(r"[.!?…”\":]\s*$", text)
                                         or SENTENCE_BREAK.search(text))) \
        or (words > DANGLING_PROSE_WORDS and bool(DANGLING_WORD.search(text.rstrip())))


# A line of that many words ending with a word no sentence ends with (body.DANGLING_WORD: "…
# bổn mạng của Giáo xứ và<br>Cha chánh xứ …") is a sentence broken by a <br>, no meta line.
DANGLING_PROSE_WORDS = 12


# A sentence closed after a word (or a parenthesis) and the next begun with a capital: not
# the stop after a date's digits ("13.03.2023. Tác giả"), which meta lines print.
SENTENCE_BREAK = re.compile(r"(?:[^\W\d_]|\))[.!?…]\s+[A-ZĐÀ-Ỹ]")


MENU_CLASS = re.compile(r"menu|nav", re.IGNORECASE)


def is_section_path(path: str) -> bool:
    """A section page's path: one or two segments, no file name ("/kinh-te/", "/tin/the-gioi")."""
    parts = [p for p in path.split("/") if p]
    return 1 <= len(parts) <= 2 and "." not in parts[-1]


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def unique_texts(elements: Iterable[etree._Element]) -> list[str]:
    return unique(element_text(e) for e in elements)


# The paper's tag and the day in brackets opening the lead: "(BVBNĐ-23/3/2017) Nhằm …",
# "(Baohanam - 05/6/2024) Sáng nay …"; or the tag before the brackets, the section's name
# after them ending at a dash: "Bến Việt (07.08.2010) Người Việt tại Ba Lan - Một báo …"
# (a diaspora paper's lead; its section is checked against the site's section links).
LEAD_DAY = r"\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4}"
# (Or a tag in capitals glued to the day: a university's "(VLU23/10/2021) From October 12, …".)
LEAD_DATELINE = re.compile(rf"^\(\s*(?:[^\W\d_][^()]{{0,30}}?\s*[-–—,]|[A-ZĐ]{{2,10}})\s*(?P<date>{LEAD_DAY})\s*\)")
# A tag is a name, no digits, and no day's words: "Ngày Rằm tháng 10 năm Bính Thân (14/11/2016),
# tại …" opens the story with the event's day, lunar then solar.
LEAD_TAG_THEN_DAY = re.compile(rf"^(?!(?i:ngày|hôm|sáng|trưa|chiều|tối|đêm|rằm|mùng)\b)"
                               rf"[^\W\d_][^()\d]{{0,30}}?\s*\(\s*(?P<date>{LEAD_DAY})\s*\)"
                               r"(?:\s*(?P<section>[^\W\d_][^()\-–—]{0,40}?)\s+[-–—]\s)?")


def lead_dateline(doc: Document, fields: FieldSelectors) -> re.Match[str] | None:
    """The dateline opening the first paragraph after the headline (LEAD_DATELINE or
    LEAD_TAG_THEN_DAY), with its ``date`` and maybe its ``section``; None without one.

    >>> LEAD_TAG_THEN_DAY.match("Bến Việt (07.08.2010) Người Việt tại Ba Lan - Một báo")["section"]
    'Người Việt tại Ba Lan'
    """
    def find() -> re.Match[str] | None:
        anchor = headline_element(doc, fields)
        if anchor is None:
            return None
        for node in TEXTS_AFTER_30(anchor):
            text = clean_text(node)
            if len(text.split()) > PROSE_WORDS // 2 or text.startswith("("):
                found = LEAD_DATELINE.match(text) or LEAD_TAG_THEN_DAY.match(text)
                if found is not None or not set_apart(node):
                    return found
                # An italic deck under the headline ("Đức Tổng Giám Mục … dâng thánh lễ tạ
                # ơn") or a photo's caption, no paragraph of the text: the dateline opens the
                # next one.
        return None
    return doc.cached("lead_dateline", find)


def set_apart(node: etree._Element) -> bool:
    """True for a text node printed in an ``<i>`` or ``<em>`` or in a caption (the element
    printing it or one of its two ancestors)."""
    return any(e.tag in ("i", "em") or is_caption_element(e) for e in text_owner_and_above(node, 2))


def text_owner_and_above(node: etree._Element, levels: int = 3) -> list[etree._Element]:
    """The element printing a text node and up to ``levels`` of its ancestors."""
    owner = node.getparent()
    if node.is_tail and owner is not None:
        owner = owner.getparent()
    return [] if owner is None else [owner, *islice(owner.iterancestors(), levels)]


# How far after the headline a lead is looked for, in elements.
LEAD_WINDOW = 400
LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "span", "strong", "b", "em", "td", "section"})


def declared_descriptions(doc: Document) -> list[str]:
    """What the page declares as its summary: og:/twitter: description, description, JSON-LD."""
    found = [doc.meta_first(name) for name in layers.DESCRIPTION_META]
    found.append(jsonld_text(doc, "description"))
    return unique(d for d in found if d and len(d.split()) >= 8)


def logo_alts(doc: Document) -> list[str]:
    """The alt texts of the site's logo images (the site's name), found once per page."""
    return doc.cached("logo_alts", lambda: [
        img.get("alt") or "" for img in doc.root.iter("img")
        if "logo" in f"{img.get('src', '')} {img.get('class', '')}".lower()])
