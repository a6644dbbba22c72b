"""URL shapes: grouping a site's addresses by form, and writing the pattern of a group.

News CMSs give every article an address of one form, and sections, tags and topics forms of
their own: ``/<slug>-post1613516.html`` beside ``/kinh-doanh-tai-chinh.html`` (znews.vn),
``/tin/<section>/20150323/<slug>/724115.html`` beside ``/chu-de/<slug>/94447.html``
(tuoitre.vn).  A URL's *shape* replaces what varies (slugs, numbers) by its kind and keeps the
structure (depth, where the numbers are and how long, the extension); URLs of one shape are one
kind of page.  Pure functions of URLs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence
from urllib.parse import urlsplit

# Digits that make an item's id rather than a page or section number: ``-ar994669``,
# ``/724115.html``, ``-20190626081241228``; a section's ``-28.html`` or ``-113.html`` is shorter.
MIN_ID_DIGITS = 4
# A slug of this many words names one item ("ngu-dan-la-gi-trung-mua-ca-com"); a section's
# slug is one to three ("kinh-te", "van-hoa-giai-tri").
MIN_ITEM_SLUG_WORDS = 4
# Path words that mark pages about many items, whatever their form: tags, topics, authors,
# searches, classified ads (the conventions of Vietnamese CMSs and of the web at large).
COLLECTION_WORDS = frozenset({
    "tag", "tags", "tu-khoa", "tukhoa", "chu-de", "chude", "topic", "topics", "event",
    "events", "tac-gia", "tacgia", "author", "authors", "tim-kiem", "timkiem", "search",
    "rao-vat", "raovat", "category", "categories", "chuyen-muc", "danh-muc", "page",
    "trang", "lien-he", "contact"})

SEGMENT = re.compile(r"^(?P<slug>.*?)(?:(?:^|-|_|\.)(?P<prefix>[a-z]{0,4})(?P<id>\d+))?"
                     r"(?P<ext>\.[a-z]{2,5})?$", re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    """One path segment, read: its slug words, trailing id (with a letter prefix such as
    "post", "ar", "a") and extension.

    >>> Segment.read("gia-vang-the-gioi-cao-nhat-post1613516.html")
    Segment(text='gia-vang-the-gioi-cao-nhat-post1613516.html', words=6, prefix='post', id_digits=7, ext='.html')
    >>> Segment.read("20150323")
    Segment(text='20150323', words=0, prefix='', id_digits=8, ext='')
    """

    text: str
    words: int
    prefix: str
    id_digits: int
    ext: str

    @classmethod
    def read(cls, text: str) -> "Segment":
        m = SEGMENT.match(text)
        slug, prefix, digits, ext = m["slug"], m["prefix"] or "", m["id"] or "", m["ext"] or ""
        words = len([w for w in re.split(r"[-_.]+", slug) if w])
        return cls(text=text, words=words, prefix=prefix.lower(), id_digits=len(digits),
                   ext=ext.lower())

    @property
    def token(self) -> str:
        """The segment's kind: digits by length class, a slug, a slug with an id."""
        if not self.words and self.id_digits:
            return f"{self.prefix}N{length_class(self.id_digits)}{self.ext}"
        kind = "S" if self.words >= 2 else "W"
        if self.id_digits:
            kind += f"-{self.prefix}N{length_class(self.id_digits)}"
        return kind + self.ext

    @property
    def has_id(self) -> bool:
        return self.id_digits >= MIN_ID_DIGITS


def length_class(digits: int) -> str:
    """1-3 digits: a small number; 4-7: an id; 8 and more: a long id or a date."""
    return "1" if digits < MIN_ID_DIGITS else "4" if digits < 8 else "8"


def path_segments(url: str) -> list[Segment]:
    return [Segment.read(s) for s in urlsplit(url).path.split("/") if s]


def shape(url: str) -> tuple[str, ...]:
    """The URL's shape: its segments' kinds, and the names of its query parameters.

    >>> shape("https://znews.vn/seo-ye-ji-gay-ban-tan-post1613473.html")
    ('S-postN4.html',)
    >>> shape("https://baodoiche.vn/thoi-su/?page=2")
    ('S', '?page')
    """
    parts = urlsplit(url)
    keys = sorted({q.split("=", 1)[0] for q in parts.query.split("&") if q})
    return tuple(s.token for s in path_segments(url)) + tuple(f"?{k}" for k in keys)


def is_collection(url: str) -> bool:
    """A tag, topic, author, search or classifieds page by its path words (``/chu-de/...``,
    ``/event/...``, ``/.../topic-26459.html``)."""
    for segment in path_segments(url):
        if segment.text.lower() in COLLECTION_WORDS:
            return True
        head = re.split(r"[-_.]\d", segment.text.lower(), maxsplit=1)[0]
        if head in COLLECTION_WORDS:
            return True
    return False


def item_like(url: str, *, require_id: bool = True) -> bool:
    """Does the address name one item?  An id of 4+ digits in its last two segments, or a date
    in its path before a slug; without ``require_id``, also a slug of 4+ words.

    >>> item_like("https://vtcnews.vn/mo-rong-duong-ar994669.html")
    True
    >>> item_like("https://vtcnews.vn/thoi-su-quoc-te-53.html")
    False
    >>> item_like("https://baolangson.vn/2024/05/12/mua-vai-thieu/")
    True
    """
    segments = path_segments(url)
    if not segments or urlsplit(url).query:
        return False
    if any(s.has_id and (s.words or s is segments[-1]) for s in segments[-2:]):
        return True
    if has_date(segments) and segments[-1].words >= 2:
        return True
    return not require_id and segments[-1].words >= MIN_ITEM_SLUG_WORDS


def has_date(segments: Sequence[Segment]) -> bool:
    """A yyyymmdd segment or /yyyy/mm/dd/ (or /yyyy/mm/) in the path."""
    texts = [s.text for s in segments]
    if any(re.fullmatch(r"(19|20)\d{6}", t) for t in texts):
        return True
    return any(re.fullmatch(r"(19|20)\d\d", a) and re.fullmatch(r"0?[1-9]|1[0-2]", b)
               for a, b in zip(texts, texts[1:]))


def cluster(urls: Iterable[str]) -> dict[tuple[str, ...], list[str]]:
    """URLs grouped by shape, each group in the order first seen."""
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for url in urls:
        groups[shape(url)].append(url)
    return dict(groups)


def pattern_of(urls: Sequence[str]) -> str:
    """A regular expression for URLs of one shape: segments the same in every URL are kept
    literally, the others by kind; the host may have ``www.``.

    >>> pattern_of(["https://baodoiche.vn/thoi-su/mua-lua-a196101.html",
    ...             "https://baodoiche.vn/kinh-te/gia-ca-phe-a196102.html"])
    '^https?://(?:www\\\\.)?baodoiche\\\\.vn/[a-z0-9-]+/[a-z0-9-]+-a\\\\d+\\\\.html$'
    """
    host = (urlsplit(urls[0]).hostname or "").removeprefix("www.")
    columns = list(zip(*(path_segments(u) for u in urls)))
    parts = []
    for column in columns:
        texts = {s.text for s in column}
        if len(texts) == 1 and (len(urls) > 1 or not column[0].has_id) and \
                column[0].words < MIN_ITEM_SLUG_WORDS:
            parts.append(re.escape(column[0].text))
        else:
            parts.append(segment_pattern(column[0]))
    trailing = "/?" if all(urlsplit(u).path.endswith("/") for u in urls) else ""
    return f"^https?://(?:www\\.)?{re.escape(host)}/{'/'.join(parts)}{trailing}$"


def segment_pattern(segment: Segment) -> str:
    ext = re.escape(segment.ext)
    if not segment.words and segment.id_digits:
        return r"\d+" + ext
    if segment.id_digits:
        return r"[a-z0-9-]+" + "-" + re.escape(segment.prefix) + r"\d+" + ext
    return r"[a-z0-9-]+" + ext
