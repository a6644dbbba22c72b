"""One small function per Article field, each walking the layers best first.

A field function returns ``(value, layer)``: the first layer that yields a value wins
("site" = the profile's selector, "metadata" = what the page declares, "heuristic" = what a
Vietnamese reader sees).  A site selector that matches nothing falls through to the next layer.

One module per field or pair of fields read from the same place: ``title``, ``timestamp``
(published and views), ``section`` (category and tags), ``related``, ``text`` (body, sapo and
lead photos) and ``byline``; ``page`` and ``container`` hold what several of them look for
(the headline, the text's container).  Imports point one way: every module reads ``page``;
``related`` reads ``section``'s labelled blocks and ``container``; ``timestamp`` and ``text``
read ``related``'s story links; ``byline`` reads ``title``, and ``text`` reads ``byline``'s
signatures (they are left out of the body).
"""

from crawler.extract.fields.byline import extract_byline, note_unused_declarations
from crawler.extract.fields.page import Found
from crawler.extract.fields.related import extract_related
from crawler.extract.fields.section import extract_category, extract_tags
from crawler.extract.fields.text import extract_body_parts, extract_sapo, gallery_after_text, lead_photos
from crawler.extract.fields.timestamp import extract_published, extract_published_declared, extract_views
from crawler.extract.fields.title import extract_title

__all__ = ["Found", "extract_body_parts", "extract_byline", "extract_category", "extract_published",
           "extract_published_declared", "extract_related", "extract_sapo", "extract_tags",
           "extract_title", "extract_views", "gallery_after_text", "lead_photos",
           "note_unused_declarations"]
