"""RawArticle (as printed) -> Article (the contract): dates, counts, names."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from crawler.items import Article, RawArticle
from crawler.normalize.byline import Byline, parse_byline
from crawler.normalize.dates import parse_published
from crawler.normalize.numbers import parse_views
from crawler.normalize.text import clean_text, fold_diacritics, folded_letters
from crawler.normalize.urls import VIEW_HOST_LABELS


def parse_utc(value: str | datetime) -> datetime:
    """An aware UTC datetime from an ISO 8601 string ("...Z" accepted) or a datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def utc_timestamp(value: str | datetime) -> str:
    """ISO 8601 UTC to the second, the archive's clock format.

    >>> utc_timestamp("2026-11-20T10:00:00+07:00")
    '2026-11-20T03:00:00Z'
    """
    return parse_utc(value).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# A time of day in a declared timestamp ("2026-01-08" has none; epochs always have one).
TIME_OF_DAY = re.compile(r"\d\s*[:h]\s*\d|^\s*\d{10}")
# The UTC offset a declared ISO timestamp is written with.
WRITTEN_OFFSET = re.compile(r"(?:(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})|(?P<z>Z))\s*$", re.IGNORECASE)
VIETNAM_OFFSET = timedelta(hours=7)
# A printed timestamp that names its year in full and its minute ("Thứ năm, 14/03/2024 - 09:15").
FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
PRINTED_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{1,2}(?!\d)")


def printed_in_full(text: str | None) -> bool:
    """Whether a printed timestamp gives a four-digit year and a time of day: the article's
    own time line, unlike a licence date in the footer ("Giấy phép số 387 ngày 12/8/2021") or
    a short "16:17 05.11.18" that a heuristic may also find.

    >>> printed_in_full("Chủ Nhật, 18/1/2026 - 17:42")
    True
    >>> printed_in_full("ngày 12/8/2021"), printed_in_full("16:17 05.11.18")
    (False, False)
    """
    return bool(text and FULL_YEAR.search(text) and PRINTED_CLOCK.search(text))


def written_wall_clock(moment: datetime, text: str) -> datetime | None:
    """The clock time as ``text`` writes it, when it carries an offset other than +07:00.

    >>> vn = datetime(2022, 1, 20, 12, 39, tzinfo=timezone(timedelta(hours=7)))
    >>> written_wall_clock(vn, "2022-01-20T13:39:00+08:00").strftime("%H:%M")
    '13:39'
    >>> written_wall_clock(vn, "2022-01-20T12:39:00+07:00") is None
    True
    """
    match = WRITTEN_OFFSET.search(text)
    if match is None:
        return None
    offset = timedelta(0) if match["z"] else (1 if match["sign"] == "+" else -1) * timedelta(
        hours=int(match["h"]), minutes=int(match["m"]))
    return None if offset == VIETNAM_OFFSET else moment.astimezone(timezone(offset))


# How far a declared clock with a foreign offset may be from the printed one and still be
# the same moment written in Vietnam time (a CMS's record time beside its printed one).
WALL_CLOCK_SLACK = timedelta(minutes=15)


def same_minute(a: datetime, b: datetime) -> bool:
    return (a.date(), a.hour, a.minute) == (b.date(), b.hour, b.minute)


def choose_published(printed: datetime | None, declared: datetime | None, *,
                     printed_by_site: bool = False, declared_text: str | None = None,
                     printed_text: str | None = None, notes: list[dict[str, Any]] | None = None) -> tuple[datetime | None, str]:
    """The publication time, and which RawArticle field gave it.

    The declared time (JSON-LD, meta) is exact to the second and carries its offset, so it
    wins when it falls on the day the page prints.  Two exceptions, both Vietnamese CMS
    quirks: a declaration of the day only ("2026-01-08") yields to the printed time of that
    day, and a declaration whose offset is not +07:00 but whose clock time is the printed one
    ("13:39+08:00" on a page printing 13:39) was written in Vietnam time with a wrong offset:
    the printed time wins, with the declared seconds.  When they disagree on the day, a date
    printed where the profile says the date is wins (metadata often holds a creation or
    modification time, or a CMS's scheduled time), and so does a date the heuristics found
    near the headline when ``printed_text`` gives it in full, year and minute ("Chủ Nhật,
    18/1/2026 - 17:42"); a bare or short date they found does not, since it may be another
    date on the page (a licence date in the footer).  ``notes`` collects the rejected
    reading and why.
    """
    def reject(field: str, value: datetime, why: str) -> None:
        if notes is not None:
            notes.append({"field": "published_at", "value": value.isoformat(),
                          "layer": field, "why": why})

    if declared is not None and printed is not None and declared_text:
        if not TIME_OF_DAY.search(declared_text) and printed.date() == declared.date():
            reject("published_declared", declared, "the metadata gives the day only; the page "
                   "prints the time")
            return printed, "published"
        written = written_wall_clock(declared, declared_text)
        if written is not None and same_minute(written, printed):
            reject("published_declared", declared, "its offset contradicts the printed time "
                   "(Vietnam time written with a wrong offset)")
            return printed.replace(second=written.second, microsecond=written.microsecond), \
                "published"
        if written is not None and printed_text and TIME_OF_DAY.search(printed_text) \
                and abs(written.replace(tzinfo=None) - printed.replace(tzinfo=None)) <= WALL_CLOCK_SLACK:
            # NukeViet's "10:13:42-05:00" (a server's zone) on a page printing 10:07: the
            # record's clock, written near the printed one, in Vietnam time; the page's wins.
            reject("published_declared", declared, "its offset contradicts the printed time "
                   "(a clock near the printed one, written with another zone's offset)")
            return printed, "published"
        if printed.utcoffset() == VIETNAM_OFFSET and declared.utcoffset() == VIETNAM_OFFSET \
                and same_minute(declared + VIETNAM_OFFSET, printed):
            # "2016-07-10T02:44:00+07:00" on a page printing 09:44: a UTC clock written with
            # Vietnam's offset; the page's own time wins.
            reject("published_declared", declared, "a UTC time labelled +07:00 (the printed "
                   "time is seven hours later)")
            return printed, "published"
    printed_wins_on_another_day = printed_by_site or printed_in_full(printed_text)
    if declared is not None and (printed is None or printed.date() == declared.date()
                                 or not printed_wins_on_another_day):
        if printed is not None and printed != declared:
            reject("published", printed, "the declared time is exact to the second"
                   if printed.date() == declared.date() else
                   "found by the heuristics without a full date and time, not where the "
                   "profile says the date is")
        return declared, "published_declared"
    if declared is not None:
        reject("published_declared", declared, "not on the day the page prints (a creation, "
               "modification or scheduled time)")
    return printed, "published"


def host_labels(url: str) -> list[str]:
    """The dot-separated labels of a URL's host, in lower case."""
    return (urlsplit(url).hostname or "").lower().split(".")


def names_the_site(source: str, url: str) -> bool:
    """True when a credited source is the publishing paper itself, its name spelling the
    site's domain ("Báo Thái Bình" on baothaibinh.com.vn, "Lao Động" on laodong.vn): the
    story comes from no other outlet.

    >>> names_the_site("Báo Thái Bình", "https://baothaibinh.com.vn/tin-tuc/1/2/a")
    True
    >>> names_the_site("TTXVN", "https://baothaibinh.com.vn/tin-tuc/1/2/a")
    False
    >>> names_the_site("Tạp Chí Nhân Đạo", "https://nhandaoonline.vn/a15482.html")
    True
    >>> names_the_site("Báo Alo Úc", "https://alouc.com/a"), names_the_site("Báo Vĩnh Phúc", "https://vpub.vinhphuc.gov.vn/a")
    (True, False)
    """
    letters, labels = folded_letters(source), host_labels(url)
    return bool(letters) and (letters in labels or school_initials(source) in labels
                              or press_name_in_domain(source, labels)
                              or spells_own_address(source, labels))


# The labels a host opens with that name no site: a view's (urls.VIEW_HOST_LABELS: "www",
# "m", …) and a mistyped "www" ("ww", "w").
VIEW_LABELS = re.compile(rf"^(?:w{{1,2}}|{'|'.join(VIEW_HOST_LABELS)})$")


def spells_own_address(source: str, labels: list[str]) -> bool:
    """True when the credited source is the page's own address ("Nguồn tin:
    ww.dulichmocchau.net" on www.dulichmocchau.net, a "www" mistyped): the site itself.

    >>> spells_own_address("ww.dulichmocchau.net", ["www", "dulichmocchau", "net"])
    True
    >>> spells_own_address("baomocchau.vn", ["www", "dulichmocchau", "net"])
    False
    """
    written = source.strip().lower().rstrip("/").split(".")
    if len(written) < 2 or not all(written):
        return False
    while written and VIEW_LABELS.match(written[0]):
        written = written[1:]
    own = list(labels)
    while own and VIEW_LABELS.match(own[0]):
        own = own[1:]
    return len(written) >= 2 and written == own


# A press name's word before the title, which domains leave out ("Tạp chí Nhân Đạo" on
# nhandaoonline.vn), and the words an outlet's domain adds after the title. The title alone is
# not enough: "Báo Vĩnh Phúc" on vpub.vinhphuc.gov.vn is the province's paper quoted by its
# government's portal.
PRESS_WORD = re.compile(r"^(?:báo|tạp chí|tạp san|tuần báo|nhật báo|đặc san)\s+", re.IGNORECASE)
DOMAIN_ADDITIONS = ("online", "news", "dientu")
# The labels of a registry after a site's own name ("alouc.com", "x.com.vn", "x.com.au"): no
# government's or school's ("gov", "edu"), whose sites name their place, not a paper.
REGISTRY_LABELS = frozenset({"com", "net", "org", "info", "vn", "au", "us", "ca", "de", "fr", "uk", "co"})


def press_name_in_domain(source: str, labels: list[str]) -> bool:
    """The press name's title without its press word, spelling a label of the domain with
    what outlets' domains add ("online", "news"): "Tạp Chí Nhân Đạo" on nhandaoonline.vn."""
    word = PRESS_WORD.match(source)
    if word is None:
        return False
    title = folded_letters(source[word.end():])
    if len(title) < 4:
        return False
    # The title alone as the name the site registered ("Báo Alo Úc" on alouc.com), not as a
    # government's or a school's label ("vinhphuc" of vpub.vinhphuc.gov.vn).
    named = [label for label in labels if label not in ("www", "m")]
    registered = bool(named) and named[0] == title and all(label in REGISTRY_LABELS for label in named[1:])
    return registered or any(title + added in labels for added in DOMAIN_ADDITIONS)


# A school's site is named by its level's initials and its name: "Trường Tiểu học Thanh Cao"
# on ththanhcao.thanhoaiedu.vn, "Trường THCS Lê Lợi" on thcsleloi.edu.vn (folded, lower case).
SCHOOL_LEVELS = (("truong mam non", "mn"), ("truong tieu hoc", "th"),
                 ("truong trung hoc co so", "thcs"), ("truong trung hoc pho thong", "thpt"),
                 ("truong thcs", "thcs"), ("truong thpt", "thpt"), ("truong mn", "mn"),
                 ("truong th", "th"))


def school_initials(name: str) -> str:
    """A school's name as its site spells it: the level's initials and the name's letters.

    >>> school_initials("Trường Tiểu học Thanh Cao")
    'ththanhcao'
    >>> school_initials("Trường THCS Lê Lợi")
    'thcsleloi'
    >>> school_initials("Hội Nông dân tỉnh")
    ''
    """
    folded = " ".join(fold_diacritics(name).lower().split())
    for words, initials in SCHOOL_LEVELS:
        if folded.startswith(words + " "):
            return initials + "".join(ch for ch in folded[len(words):] if ch.isalnum())
    return ""


def site_sources(byline: Byline, url: str) -> str | None:
    """The credited sources, without the publishing paper when it is the whole credit ("Báo
    Thái Bình thực hiện" on baothaibinh.com.vn names nobody, like a desk: the paper made the
    page itself).  Beside a person's name the outlet stays, as printed ("Giàng Seo Pùa/VOV4")."""
    source = byline.source
    if not source or byline.authors:
        return source
    kept = [s for s in source.split(", ") if not names_the_site(s, url)]
    return ", ".join(kept) or None


# The press words an outlet's domain puts before its title: "tapchihuongviet.eu" is the
# magazine "Hương Việt", "baothainguyen.vn" the paper "Thái Nguyên".
DOMAIN_PRESS_WORDS = ("tapchi", "tapsan", "tuanbao", "bao")


def names_the_outlet(author: str, url: str) -> bool:
    """True when a credited name is the outlet's title its domain spells after a press word:
    the site's own account ("Viết bởi Hương Việt" on tapchihuongviet.eu), nobody.

    >>> names_the_outlet("Hương Việt", "https://tapchihuongviet.eu/index.php/a/1-b")
    True
    >>> names_the_outlet("Thu Hằng", "https://tapchihuongviet.eu/index.php/a/1-b")
    False
    """
    letters, labels = folded_letters(author), host_labels(url)
    return len(letters) >= 4 and any(word + letters in labels for word in DOMAIN_PRESS_WORDS)


# A place as an article names it, after the kind of administrative unit: "xã Bình Quế",
# "Công an xã Pu Sam Cáp phối hợp …" (its name: the capitalised words after the kind).
PLACE_NAMED = re.compile(r"\b(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|thôn|bản|ấp|làng)"
                         r"\s+([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})")
# A unit's acronym before its place in a signature: "CAX" (công an xã), "UBND", "TTYT".
UNIT_ACRONYM = re.compile(r"^[A-ZĐ]{2,6}\s+")


def places_named(*texts: str | None) -> set[str]:
    """The places the article names after their kind, lower-cased.

    >>> sorted(places_named("Sáng 29/6, xã Bình Quế tổ chức hội nghị tại thôn Hà Châu."))
    ['bình quế', 'hà châu']
    """
    return {found.lower() for text in texts if text for found in PLACE_NAMED.findall(text)}


def writer_s_place(author: str, byline: str, places: set[str]) -> bool:
    """True for a name printed after the writer's and a dash that the article names as a
    place (by itself or after a unit's acronym): where the writer works, no second writer.
    "Thanh Hòa - Bình Quế" on a story of "xã Bình Quế", "Lò Thị Thu - CAX Pu Sam Cáp" on
    one of "Công an xã Pu Sam Cáp".

    >>> writer_s_place("Bình Quế", "Thanh Hòa - Bình Quế", {"bình quế"})
    True
    >>> writer_s_place("Thu Hà", "Minh Anh - Thu Hà", {"bình quế"})
    False
    """
    place = UNIT_ACRONYM.sub("", author).lower()
    return place in places and re.search(rf"[-–—]\s*{re.escape(author.lower())}\s*$", byline.lower()) is not None


def normalize_article(raw: RawArticle, notes: list[dict[str, Any]] | None = None) -> Article:
    """Interpret the printed fields: ISO date with +07:00, integer views, authors and source.

    ``notes``, when given, collects the readings normalization rejected (`vnnews extract
    --explain`)."""
    fetched = parse_utc(raw.fetched_at)
    clock = parse_utc(raw.relative_base) if raw.relative_base else fetched
    published, published_from = choose_published(
        parse_published(raw.published, now=clock) if raw.published else None,
        parse_published(raw.published_declared, now=clock) if raw.published_declared else None,
        printed_by_site=raw.provenance.get("published") == "site",
        declared_text=raw.published_declared, printed_text=raw.published, notes=notes)
    byline = parse_byline(raw.byline)
    source = site_sources(byline, raw.url)
    authors = [a for a in byline.authors if not names_the_outlet(a, raw.url)]
    if len(authors) > 1:
        places = places_named(raw.title, raw.sapo, raw.body)
        authors = authors[:1] + [a for a in authors[1:] if not writer_s_place(a, raw.byline or "", places)]
    if notes is not None and source != byline.source:
        notes.append({"field": "source", "value": byline.source, "layer": "byline",
                      "why": "the paper credits itself: the story comes from no other outlet"})
    views = parse_views(raw.views) if raw.views else None
    # Provenance follows the parsed fields: a printed date that does not parse has no source.
    layer_of = raw.provenance.get
    provenance = {k: v for k, v in raw.provenance.items()
                  if k not in ("published", "published_declared", "views", "byline")}
    for key, present, printed in (("published_at", published is not None, published_from),
                                  ("views", views is not None, "views"),
                                  ("authors", bool(authors), "byline"),
                                  ("source", bool(source), "byline")):
        if present and layer_of(printed):
            provenance[key] = layer_of(printed)
    # Where the printed timestamp came from, even when the declared one gave published_at:
    # the crawl monitor judges a profile's date selector by it.
    raw_layer = layer_of("published") or layer_of("published_declared")
    if raw_layer:
        provenance["published_raw"] = raw_layer
    return Article(
        url=raw.url, site=raw.site, title=clean_text(raw.title or ""), body=raw.body or "",
        fetched_at=utc_timestamp(fetched), sapo=raw.sapo or None,
        authors=authors, source=source,
        # A declared time's fraction of a second ("2024-05-22T09:41:12.345Z", Wix) is the
        # machine's, never printed: the archive keeps whole seconds.
        published_at=published.replace(microsecond=0).isoformat() if published else None,
        published_raw=raw.published or raw.published_declared or None, views=views, category=raw.category or None,
        tags=list(raw.tags), images=[dict(i) for i in raw.images],
        related=[dict(r) for r in raw.related], provenance=provenance, page=raw.page,
    )
