"""Extraction: HTML bytes + URL in, Article out.  Pure: no network, no Scrapy, no database.

``extract_fields`` reads each field as printed (a ``RawArticle`` with per-field provenance);
``extract_article`` adds normalization, giving the Article of the contract in docs/design.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from lxml import etree

from crawler.extract import fields as f
from crawler.extract.body import (Body, cached_key, completes_cut_lead, dedupe_images, element_text,
                                  remembering_texts, same_text)
from crawler.extract.classify import is_site_root, page_kind
from crawler.extract.document import Document, PageTooLarge
from crawler.extract.generic import generic_body
from crawler.items import Article, RawArticle
from crawler.normalize.article import normalize_article, utc_timestamp
from crawler.normalize.numbers import parse_views
from crawler.normalize.text import forget_cleaned
from crawler.normalize.urls import canonical_url
from crawler.sites import FieldSelectors, Profile, profile_for_url

__all__ = ["explain_page", "extract_article", "extract_fields", "read_page", "Reading",
           "PageTooLarge"]


@dataclass
class Reading:
    """A page read for the crawler: its fields, and whether it is an article or a listing."""

    raw: RawArticle
    kind: str
    # Candidates the rules rejected, with why (only when read with ``explain=True``).
    rejected: list[dict[str, Any]] = field(default_factory=list)


def extract_fields(html: bytes | str, url: str, *, profile: Profile | None = None,
                   site: str | None = None, fetched_at: str | datetime | None = None,
                   content_type: str | None = None) -> RawArticle:
    """Every field of the article at ``url`` as printed, with the layer that found it.

    ``profile`` defaults to the one whose domains cover ``url``; without one only the generic
    layers run and ``site`` defaults to the host name.  (The page's kind is not asked: see
    ``read_page``.)
    """
    raw, _, _ = read_document(html, url, profile=profile, site=site, fetched_at=fetched_at,
                              content_type=content_type)
    return raw


# Most words of a meta line whose counter prints no number.
MAX_EMPTY_COUNTER_WORDS = 5


def read_page(html: bytes | str, url: str, *, profile: Profile | None = None,
              site: str | None = None, fetched_at: str | datetime | None = None,
              content_type: str | None = None, explain: bool = False) -> Reading:
    """``extract_fields`` plus the page's kind ("article" or "listing", crawler.extract.classify).

    With ``explain`` every layer of every field runs and the candidates that lost are kept,
    with the reason (slower; for `vnnews extract --explain`)."""
    raw, doc, container = read_document(html, url, profile=profile, site=site,
                                        fetched_at=fetched_at, content_type=content_type,
                                        explain=explain)
    return Reading(raw=raw, kind=page_kind(doc, raw, container), rejected=doc.trace or [])


@remembering_texts
def read_document(html: bytes | str, url: str, *, profile: Profile | None = None,
                  site: str | None = None, fetched_at: str | datetime | None = None,
                  content_type: str | None = None, explain: bool = False
                  ) -> tuple[RawArticle, Document, etree._Element | None]:
    """The page's fields, with the document they were read from and the text's container
    (the element, or None), which ``page_kind`` reads too."""
    # The caches of clean_text and text_key serve the lines this page repeats, not the pages
    # read before it (a benchmark repeating a page would time lookups, a crawl never does).
    forget_cleaned()
    cached_key.cache_clear()
    profile = profile or profile_for_url(url)
    selectors = profile.fields if profile else FieldSelectors()
    doc = Document.parse(html, url, content_type, explain=explain)
    article_url = canonical_url(url, doc.meta_first("link:canonical"))
    # An unlisted site is named by its article's host: the desktop one for a mobile or AMP view.
    raw = RawArticle(url=article_url, site=site or (profile.name if profile else host_of(article_url)),
                     fetched_at=utc_timestamp(fetched_at or datetime.now(timezone.utc)))
    if doc.meta_first("link:canonical"):
        raw.provenance["url"] = "metadata"

    def take(name: str, found: f.Found) -> None:
        value, layer = found
        if value:
            setattr(raw, name, value)
            raw.provenance[name] = layer

    take("title", f.extract_title(doc, selectors))
    take("published", f.extract_published(doc, selectors))
    take("published_declared", f.extract_published_declared(doc, selectors))
    take("views", f.extract_views(doc, selectors))
    take("category", f.extract_category(doc, selectors))
    take("tags", f.extract_tags(doc, selectors))
    if raw.category and raw.tags and raw.provenance.get("tags") == "metadata" \
            and all(same_text(tag, raw.category) for tag in raw.tags):
        # A declared tag list that only names the section printed over the headline (Ghost's
        # primary tag, its one article:tag): the section, and no tags.
        doc.note("tags", ", ".join(raw.tags), raw.provenance.pop("tags"), "it only names the section")
        raw.tags = []
    take("related", f.extract_related(doc, selectors))
    take("sapo", f.extract_sapo(doc, selectors))
    # A line of words the counter's reading found no count in ("- Khu học chánh Ocean View
    # (2)") is a line of the text, not the counter to leave out of it; a short meta line with
    # an empty counter ("06/09/2021 Lượt xem:") is still the meta line.
    views = raw.views if raw.views is None or parse_views(raw.views) is not None \
        or len(raw.views.split()) <= MAX_EMPTY_COUNTER_WORDS else None
    body, container, body_layer = f.extract_body_parts(
        doc, selectors, raw.sapo, printed=(raw.title, raw.published, views, raw.category))
    if body is not None and body.lead and (not raw.sapo or completes_cut_lead(body.lead, raw.sapo)):
        # No lead box, or one that printed the lead cut short: the walk's lead is the sapo.
        take("sapo", (body.lead, "heuristic"))
    if body_layer != "site":
        # No profile container: trafilatura finds the text, our walk's findings clean it.
        body = body or Body()
        body.paragraphs, byline = generic_body(doc.root, container, body, furniture=[
            raw.title, raw.sapo, raw.published, views, raw.category, *raw.tags,
            *(r["title"] for r in raw.related), *doc.cache.get("related_labels", ()), *body.dropped,
            *(element_text(box) for box in doc.cache.get("body_story_boxes", ()))],
            site_root=is_site_root(doc.url), meta=(raw.published, views))
        body.byline = body.byline or byline
        body.paragraphs[:0] = [p for p in body.opening if p not in body.paragraphs]
        body_layer = body_layer or "heuristic"
    if raw.sapo and raw.title and same_text(raw.sapo, raw.title):
        # The summary field printing the headline again (NukeViet's hometext, a CMS's summary
        # left as the title): no lead, and not text.
        doc.note("sapo", raw.sapo, raw.provenance.pop("sapo", None), "it repeats the headline")
        raw.sapo = None
    if body is not None and raw.sapo and (not body.paragraphs or body.lead_is_text):
        # The lead is the page's only text (a video page's description), or the container's
        # only paragraph (a company's one-paragraph story; what trafilatura found around it
        # is the sidebar's): it is the body, and there is no sapo apart from it.
        body.paragraphs = [raw.sapo]
        doc.note("sapo", raw.sapo, raw.provenance.pop("sapo", None),
                 "it is the page's only text, so it is the body")
        raw.sapo = None
    if body is not None:
        take("body", ("\n\n".join(body.paragraphs), body_layer))
        lead = f.lead_photos(doc, selectors, container,
                             body.paragraphs[0] if body.paragraphs else None)
        gallery = f.gallery_after_text(doc, container)
        take("images", (dedupe_images(lead + body.images + gallery), body_layer))
    take("byline", f.extract_byline(doc, selectors, body))
    if explain:
        f.note_unused_declarations(doc, raw)
    return raw, doc, container


def extract_article(html: bytes | str, url: str, *, profile: Profile | None = None,
                    site: str | None = None, fetched_at: str | datetime | None = None,
                    content_type: str | None = None) -> Article:
    """The normalized Article for a saved page (``fetched_at`` is the clock for "2 giờ trước")."""
    return normalize_article(extract_fields(html, url, profile=profile, site=site,
                                            fetched_at=fetched_at, content_type=content_type))


def explain_page(html: bytes | str, url: str, *, profile: Profile | None = None,
                 site: str | None = None, fetched_at: str | datetime | None = None,
                 content_type: str | None = None) -> tuple[Article, list[dict[str, Any]]]:
    """The Article of a saved page and the candidates each field rejected: ``{"field",
    "value", "layer", "why"}`` each, so a wrong choice (a JSON-LD offset, a site-wide list)
    shows beside the right one."""
    reading = read_page(html, url, profile=profile, site=site, fetched_at=fetched_at,
                        content_type=content_type, explain=True)
    notes: list[dict[str, Any]] = []
    article = normalize_article(reading.raw, notes=notes)
    return article, reading.rejected + notes


def host_of(url: str) -> str:
    from urllib.parse import urlsplit
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
