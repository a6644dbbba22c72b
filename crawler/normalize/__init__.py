"""Normalization of strings scraped from Vietnamese news pages.

Everything here is pure: no I/O, no network, no Scrapy.  Functions take the
raw text an extractor found and return canonical values (NFC text, aware
Vietnam-time datetimes, integers, author lists); on text they cannot read
they return an empty value instead of raising.
"""

from crawler.normalize.byline import Byline, parse_byline
from crawler.normalize.dates import VN_TZ, parse_published
from crawler.normalize.numbers import parse_views, parse_vn_number
from crawler.normalize.text import clean_multiline, clean_text, fold_diacritics

__all__ = [
    "VN_TZ",
    "Byline",
    "clean_multiline",
    "clean_text",
    "fold_diacritics",
    "parse_byline",
    "parse_published",
    "parse_views",
    "parse_vn_number",
]
