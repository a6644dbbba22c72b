"""One small function per Article field, each walking the layers best first.

A field function returns ``(value, layer)``: the first layer that yields a value wins
("site" = the profile's selector, "metadata" = what the page declares, "heuristic" = what a
Vietnamese reader sees).  A site selector that matches nothing falls through to the next layer.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Optional, TypeVar

from lxml import etree

from crawler.extract import layers
from crawler.extract.body import Body, element_text, extract_body
from crawler.extract.document import Document
from crawler.normalize.text import clean_text
from crawler.normalize.urls import absolute_url, same_site, strip_tracking
from crawler.sites import FieldSelectors

T = TypeVar("T")
Found = tuple[Optional[T], Optional[str]]

# Class or id words that mark furniture inside an article container.
FURNITURE_CLASS = re.compile(
    r"(^|[\s_-])(share|sharing|social|related|relate|tin-?lien-?quan|tags?|keywords?|comments?|"
    r"ads?|advert\w*|banner|toolbar|print|rating|breadcrumbs?|navigation|menu|sidebar)([\s_-]|$)",
    re.IGNORECASE)


def first_of(*layers_: tuple[str, Callable[[], T | None]]) -> Found[T]:
    """The first non-empty value among ``(layer, getter)`` pairs, with its layer."""
    for layer, getter in layers_:
        value = getter()
        # lxml elements are tested for presence, not for having children.
        if value is not None and (isinstance(value, etree._Element) or value):
            return value, layer
    return None, None


def css_elements(doc: Document, css: str | None) -> list[etree._Element]:
    if not css:
        return []
    return [node.root for node in doc.selector.css(css) if isinstance(node.root, etree._Element)]


def css_text(doc: Document, css: str | None) -> str | None:
    """Text of the first element matched by ``css`` that has any."""
    for element in css_elements(doc, css):
        text = element_text(element)
        if text:
            return text
    return None


def first_css_text(doc: Document, selectors: Iterable[str]) -> str | None:
    return next((t for t in (css_text(doc, css) for css in selectors) if t), None)


def jsonld_value(doc: Document, key: str) -> Any:
    article = doc.article_jsonld()
    return article.get(key) if article else None


def jsonld_text(doc: Document, key: str) -> str | None:
    value = jsonld_value(doc, key)
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return clean_text(str(value)) if value else None


def headline_element(doc: Document, fields: FieldSelectors) -> etree._Element | None:
    """The headline's element: where the timestamp and view count are printed nearby."""
    for css in (fields.title, *layers.HEADLINE_CSS):
        found = css_elements(doc, css)
        if found:
            return found[0]
    return None


# ---- title ----

def extract_title(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(
        ("site", lambda: css_text(doc, fields.title)),
        ("metadata", lambda: without_site_suffix(
            doc.meta_first(*layers.TITLE_META) or jsonld_text(doc, "headline"), doc)),
        ("heuristic", lambda: first_css_text(doc, layers.HEADLINE_CSS)
         or without_site_suffix(css_text(doc, "title"), doc)),
    )


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
    return first_of(
        ("site", lambda: css_text(doc, fields.published)),
        ("metadata", lambda: doc.meta_first(*layers.PUBLISHED_META)
         or jsonld_text(doc, "datePublished") or itemprop_date(doc)),
        ("heuristic", lambda: printed_near_headline(doc, fields, layers.DATE_TEXT)),
    )


def itemprop_date(doc: Document) -> str | None:
    for node in doc.selector.css("[itemprop=datePublished]"):
        value = node.attrib.get("content") or node.attrib.get("datetime") or element_text(node.root)
        if value and value.strip():
            return clean_text(value)
    return None


def printed_near_headline(doc: Document, fields: FieldSelectors,
                          pattern: re.Pattern[str]) -> str | None:
    """The short printed line matching ``pattern`` just after (or just before) the headline."""
    anchor = headline_element(doc, fields)
    if anchor is None:
        return None
    nodes = anchor.xpath("following::text()[normalize-space()][position() <= 60]")
    nodes += list(reversed(anchor.xpath("preceding::text()[normalize-space()][position() <= 15]")))
    for node in nodes:
        if pattern.search(node):
            owner = node.getparent()
            line = element_text(owner) if owner is not None else clean_text(node)
            if not any(ch.isdigit() for ch in line) and owner is not None \
                    and owner.getparent() is not None:
                line = element_text(owner.getparent())
            return line if len(line) <= 120 else clean_text(node)
    return None


def extract_views(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(
        ("site", lambda: css_text(doc, fields.views)),
        ("metadata", lambda: doc.meta_first(*layers.VIEW_META)),
        ("heuristic", lambda: printed_near_headline(doc, fields, layers.VIEWS_TEXT)),
    )


# ---- section, tags ----

def extract_category(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(
        ("site", lambda: css_text(doc, fields.category)),
        ("metadata", lambda: doc.meta_first(*layers.SECTION_META)
         or jsonld_text(doc, "articleSection")),
        ("heuristic", lambda: breadcrumb_section(doc)),
    )


def breadcrumb_section(doc: Document) -> str | None:
    """The last breadcrumb link that is not "Trang chủ"."""
    for css in layers.BREADCRUMB_CSS:
        names = [t for t in (element_text(e) for e in css_elements(doc, css))
                 if t and not layers.HOME_WORDS.match(t)]
        if names:
            return names[-1]
    return None


def extract_tags(doc: Document, fields: FieldSelectors) -> Found[list[str]]:
    return first_of(
        ("site", lambda: unique_texts(css_elements(doc, fields.tags))),
        ("metadata", lambda: unique(clean_text(t) for name in layers.TAG_META
                                    for t in doc.meta.get(name, ()))),
        ("heuristic", lambda: unique_texts(tag_links(doc))),
    )


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def unique_texts(elements: Iterable[etree._Element]) -> list[str]:
    return unique(element_text(e) for e in elements)


def links_after_headings(doc: Document, pattern: re.Pattern[str]) -> list[etree._Element]:
    """Links printed after a short heading matching ``pattern``, inside the heading's block.

    The block is the nearest ancestor (at most three levels up) that holds any link, so a
    heading wrapped in its own ``<div class="title">`` still finds the list beside it; only
    links after the heading count, so the climb never picks up what comes before it.
    """
    found: list[etree._Element] = []
    for heading in doc.selector.root.iter("h2", "h3", "h4", "h5", "h6", "div", "span", "p",
                                          "strong", "b", "li", "header", "label"):
        if len(heading) > 2:
            continue
        text = element_text(heading)
        if not text or len(text) > 40 or not pattern.match(text):
            continue
        container = heading.getparent()
        for _ in range(3):
            if container is None or container.xpath(".//a[@href]"):
                break
            container = container.getparent()
        if container is None:
            continue
        following = set(heading.xpath("following::a[@href]"))
        found.extend(a for a in container.iter("a") if a in following and a not in found)
    return found


def tag_links(doc: Document) -> list[etree._Element]:
    """Links under a "Từ khóa"/"Tags" heading that point to a tag or search page."""
    return [a for a in links_after_headings(doc, layers.TAGS_HEADING)
            if layers.TAG_HREF.search(a.get("href", ""))]


# ---- related stories ----

def extract_related(doc: Document, fields: FieldSelectors) -> Found[list[dict[str, str]]]:
    return first_of(
        ("site", lambda: related_from_items(css_elements(doc, fields.related), doc.url)),
        ("heuristic", lambda: related_from_links(
            links_after_headings(doc, layers.RELATED_HEADING), doc.url)),
    )


def story_link(item: etree._Element) -> tuple[str | None, str | None]:
    """``(href, title)`` of one related-story item, preferring the headline link."""
    anchors = item.xpath(".//h1//a[@href]|.//h2//a[@href]|.//h3//a[@href]|.//h4//a[@href]|"
                         ".//h5//a[@href]") + item.xpath(".//a[@href]")
    if item.tag == "a":
        anchors.insert(0, item)
    for anchor in anchors:
        title = element_text(anchor) or clean_text(anchor.get("title", "")) or \
            clean_text(" ".join(anchor.xpath(".//img/@alt")))
        if title:
            return anchor.get("href"), title
    return None, None


def related_from_items(items: list[etree._Element], base: str) -> list[dict[str, str]]:
    stories: dict[str, dict[str, str]] = {}
    for item in items:
        href, title = story_link(item)
        url = absolute_url(href, base)
        if url and title:
            stories.setdefault(strip_tracking(url), {"url": strip_tracking(url), "title": title})
    return list(stories.values())


def related_from_links(anchors: list[etree._Element], base: str) -> list[dict[str, str]]:
    """Related stories from the links of a "Tin liên quan" block: same-site links whose text
    reads as a headline (four words or more), in page order, once each."""
    own = strip_tracking(base)
    stories: dict[str, dict[str, str]] = {}
    for anchor in anchors:
        url = absolute_url(anchor.get("href"), base)
        title = element_text(anchor) or clean_text(anchor.get("title", ""))
        if not url or not title or len(title.split()) < 4:
            continue
        key = strip_tracking(url)
        if key != own and same_site(key, own):
            stories.setdefault(key, {"url": key, "title": title})
    return list(stories.values())


# ---- body, sapo, byline ----

def body_container(doc: Document, fields: FieldSelectors) -> Found[etree._Element]:
    return first_of(
        ("site", lambda: first_element(doc, [fields.body])),
        ("metadata", lambda: first_element(doc, ['[itemprop="articleBody"]'])),
        ("heuristic", lambda: first_not_none(first_element(doc, layers.BODY_CSS),
                                             densest_container(doc))),
    )


def first_not_none(*values: T | None) -> T | None:
    return next((v for v in values if v is not None), None)


def first_element(doc: Document, selectors: Iterable[str | None]) -> etree._Element | None:
    """The first element of the first selector that matches one holding real text."""
    for css in selectors:
        for element in css_elements(doc, css):
            if len(element_text(element)) >= 80:
                return element
    return None


def densest_container(doc: Document) -> etree._Element | None:
    """The element whose direct ``<p>`` children hold the most text."""
    scores: dict[etree._Element, int] = {}
    for p in doc.selector.root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(element_text(p))
    return max(scores, key=scores.get) if scores else None


def excluded_elements(doc: Document, container: etree._Element,
                      fields: FieldSelectors) -> set[etree._Element]:
    """Elements inside the body that are furniture: the profile's list plus common class names."""
    excluded = {e for css in fields.body_exclude for e in css_elements(doc, css)}
    for element in container.iterdescendants():
        if isinstance(element.tag, str) and FURNITURE_CLASS.search(
                f"{element.get('class', '')} {element.get('id', '')}"):
            excluded.add(element)
    return excluded


def extract_sapo(doc: Document, fields: FieldSelectors) -> Found[str]:
    return first_of(
        ("site", lambda: css_text(doc, fields.sapo)),
        ("heuristic", lambda: lead_after_headline(doc, fields)),
    )


def lead_after_headline(doc: Document, fields: FieldSelectors) -> str | None:
    """The first sapo-like element printed after the headline (teasers of other stories in a
    sidebar carry the same classes, but come elsewhere in the page)."""
    headline = headline_element(doc, fields)
    if headline is None:
        return None
    order = {el: i for i, el in enumerate(doc.selector.root.iter())}
    start = order.get(headline, -1)
    candidates = [e for css in layers.SAPO_CSS for e in css_elements(doc, css)
                  if order.get(e, -1) > start and len(element_text(e)) >= 40]
    if not candidates:
        return None
    return element_text(min(candidates, key=order.__getitem__))


def extract_body_parts(doc: Document, fields: FieldSelectors, sapo: str | None) -> Found[Body]:
    container, layer = body_container(doc, fields)
    if container is None:
        return None, None
    excluded = excluded_elements(doc, container, fields)
    return extract_body(container, doc.url, excluded, sapo=sapo), layer


def extract_byline(doc: Document, fields: FieldSelectors, body: Body | None) -> Found[str]:
    # The byline printed in the text beats the meta author, which is often the paper's name.
    return first_of(
        ("site", lambda: css_text(doc, fields.byline)),
        ("heuristic", lambda: body.byline if body else None),
        ("metadata", lambda: doc.meta_first(*layers.AUTHOR_META) or jsonld_author(doc)),
    )


def jsonld_author(doc: Document) -> str | None:
    authors = jsonld_value(doc, "author")
    authors = authors if isinstance(authors, list) else [authors]
    names = [a.get("name") if isinstance(a, dict) else a for a in authors]
    names = [clean_text(str(n)) for n in names if n]
    return ", ".join(names) or None
