"""The publication time when the printed and the declared ones disagree: one row per shape.

The printed time is what the reader sees near the headline; the declared one is JSON-LD
``datePublished`` or a meta tag.  Each row gives both as the page writes them and the time
the archive should keep.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.normalize.article import choose_published
from crawler.normalize.dates import parse_published

NOW = parse_published("2026-02-01T00:00:00+07:00")

CHOICES = [
    # (printed, declared, printed by the profile's selector?, expected, from)
    ("20/01/2022 01:39 PM", "2022-01-20T13:39:00+08:00", False,
     "2022-01-20T13:39:00+07:00", "published"),  # +08:00 written on Vietnam time
    ("20/01/2022 13:39", "2022-01-20T13:39:27+08:00", False,
     "2022-01-20T13:39:27+07:00", "published"),  # ... keeping the declared seconds
    ("20/01/2022 10:10", "2022-01-20T10:10:03Z", False,
     "2022-01-20T10:10:03+07:00", "published"),  # local time labelled UTC
    ("08/01/2026 - 18:21", "2026-01-08", False,
     "2026-01-08T18:21:00+07:00", "published"),  # declared day only
    ("Thứ năm, 08/01/2026", "2026-01-08", False,
     "2026-01-08T00:00:00+07:00", "published"),  # neither gives a time: the same midnight
    ("08/01/2026 18:21", "2026-01-08T18:21:40+07:00", False,
     "2026-01-08T18:21:40+07:00", "published_declared"),  # minutes printed, seconds declared
    ("20/01/2022 05:39", "2022-01-20T13:39:00+08:00", False,
     "2022-01-20T12:39:00+07:00", "published_declared"),  # a real other offset: kept
    ("20/01/2022", "2022-01-19T09:00:00+07:00", False,
     "2022-01-19T09:00:00+07:00", "published_declared"),  # other day, a bare date found
    ("ngày 12/8/2021", "2023-08-02T15:20:00+07:00", False,
     "2023-08-02T15:20:00+07:00", "published_declared"),  # ... a licence date in the footer
    ("16:17 05.11.18", "2018-10-11T12:53:00+07:00", False,
     "2018-10-11T12:53:00+07:00", "published_declared"),  # ... a short year: not in full
    ("20/01/2022 13:39", "2022-01-19T09:00:00+07:00", False,
     "2022-01-20T13:39:00+07:00", "published"),  # other day, printed in full near the headline
    ("Thứ năm, 14/03/2024 - 09:15", "2024-03-13T21:40:00+07:00", False,
     "2024-03-14T09:15:00+07:00", "published"),  # ... a creation time the evening before
    ("Chủ Nhật, 18/1/2026 - 17:42", "2026-01-19T06:30:00+07:00", False,
     "2026-01-18T17:42:00+07:00", "published"),  # ... a scheduled time the morning after
    ("17:42 | 18/01/2026", "2026-01-19T06:30:00+07:00", False,
     "2026-01-18T17:42:00+07:00", "published"),  # ... time first
    ("Cập nhật lúc 10:05 ngày 08/09/2014", "2014-09-09T08:00:00+07:00", False,
     "2014-09-08T10:05:00+07:00", "published"),  # ... "10:05 ngày"
    ("14h50 ngày 27/5/2025", "2025-05-26T08:00:00+07:00", False,
     "2025-05-27T14:50:00+07:00", "published"),  # ... "14h50"
    ("20/01/2022 13:39", "2022-01-19T09:00:00+07:00", True,
     "2022-01-20T13:39:00+07:00", "published"),  # other day, the profile's date line
    ("05/03/2019 15:20", "2019-03-05T08:20:00+07:00", False,
     "2019-03-05T15:20:00+07:00", "published"),  # a UTC clock labelled +07:00
    ("05/03/2019 08:20", "2019-03-05T08:20:00+07:00", False,
     "2019-03-05T08:20:00+07:00", "published_declared"),  # ... not when they agree
    # Round 64 (heldout173 class; written anew): a NukeViet record's clock in a server's
    # zone, minutes from the printed time: Vietnam time with a foreign offset.
    ("Thứ hai - 26/01/2026 10:07", "2026-01-26T10:13:42-05:00", False,
     "2026-01-26T10:07:00+07:00", "published"),
    ("Thứ hai - 26/01/2026 10:07", "2026-01-26T11:13:42-05:00", False,
     "2026-01-26T23:13:42+07:00", "published_declared"),  # ... an hour off: another moment
    (None, "2022-01-20T13:39:00+08:00", False,
     "2022-01-20T12:39:00+07:00", "published_declared"),  # nothing printed to contradict it
    ("20/01/2022 13:39", None, False, "2022-01-20T13:39:00+07:00", "published"),
]


@pytest.mark.parametrize(("printed", "declared", "by_site", "expected", "source"), CHOICES)
def test_choose_published(printed, declared, by_site, expected, source) -> None:
    chosen, field = choose_published(
        parse_published(printed, now=NOW) if printed else None,
        parse_published(declared, now=NOW) if declared else None,
        printed_by_site=by_site, declared_text=declared, printed_text=printed)
    assert (chosen.isoformat(), field) == (expected, source)


def test_the_rejected_reading_is_noted() -> None:
    notes: list[dict] = []
    choose_published(parse_published("20/01/2022 13:39"), parse_published("2022-01-20T13:39:00+08:00"),
                     declared_text="2022-01-20T13:39:00+08:00", notes=notes)
    assert notes == [{"field": "published_at", "value": "2022-01-20T12:39:00+07:00",
                      "layer": "published_declared",
                      "why": "its offset contradicts the printed time (Vietnam time written "
                             "with a wrong offset)"}]


def page(head: str, printed: str = "") -> bytes:
    return (f"<html><head>{head}</head><body><h1>Hội nghị tổng kết công tác năm</h1>"
            f"<div class='time'>{printed}</div><div class='content'>"
            + "<p>Nội dung bài viết về hội nghị tổng kết công tác năm của tỉnh.</p>" * 5
            + "</div></body></html>").encode()


JSONLD = '<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{}"}}</script>'
META = '<meta property="article:published_time" content="{}">'

DECLARATIONS = [
    # JSON-LD says +08:00, the meta says the same clock time at +07:00, nothing printed.
    (JSONLD.format("2022-01-20T13:39:00+08:00") + META.format("2022-01-20T13:39:00+07:00"), "",
     "2022-01-20T13:39:00+07:00"),
    # The same, with the meta first in the page: JSON-LD is still read first.
    (META.format("2022-01-20T13:39:00+07:00") + JSONLD.format("2022-01-20T13:39:00+08:00"), "",
     "2022-01-20T13:39:00+07:00"),
    # Declarations that disagree on the clock time: the JSON-LD one stands.
    (JSONLD.format("2022-01-20T13:39:00+08:00") + META.format("2022-01-20T10:00:00+07:00"), "",
     "2022-01-20T12:39:00+07:00"),
    # JSON-LD date only, the time printed.
    (JSONLD.format("2026-01-08"), "08/01/2026 - 18:21", "2026-01-08T18:21:00+07:00"),
    # JSON-LD +08:00 alone, the printed time agrees with its clock time.
    (JSONLD.format("2022-01-20T13:39:00+08:00"), "20/01/2022 01:39 PM", "2022-01-20T13:39:00+07:00"),
]


@pytest.mark.parametrize(("head", "printed", "expected"), DECLARATIONS)
def test_declared_times_on_a_page(head: str, printed: str, expected: str) -> None:
    article = extract_article(page(head, printed), "https://baomoi.example.vn/bai-viet-1.html",
                              fetched_at="2026-02-01T00:00:00Z")
    assert article.published_at == expected
