"""The routes of parse_published: the common shapes read by one anchored pattern mean what the
general scan reads in them, and a line given up before dateparser is one dateparser reads
nothing in.  Every string of the date tests' tables is checked (benchmarks/bench.py --only dates
times the routes)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from crawler.normalize import dates
from crawler.normalize.dates import SHAPES_REFERENCE_NOW, parse_published
from crawler.normalize.text import clean_text

TESTS = Path(__file__).parent
NOW_VN = SHAPES_REFERENCE_NOW.astimezone(dates.VN_TZ)


def table_strings() -> list[str]:
    """Every string written in the date tests (their tables, shapes and expectations)."""
    found: set[str] = {row[1] for row in dates.SUPPORTED_SHAPES}
    for name in ("test_normalize_dates.py", "test_normalize_published.py"):
        for node in ast.walk(ast.parse((TESTS / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and 0 < len(node.value) < 200:
                found.add(node.value)
    return sorted(found)


STRINGS = table_strings()


def general(lowered: str):
    try:
        return dates._parse_general(lowered, NOW_VN)
    except (ValueError, OverflowError, KeyError):  # what parse_published turns into None
        return "invalid"


def test_the_tables_exercise_the_common_shapes():
    read = []
    for raw in STRINGS:
        try:
            if dates._parse_common(clean_text(raw).lower()) is not None:
                read.append(raw)
        except dates._InvalidDate:
            read.append(raw)
    assert len(read) >= 80  # weekday, label, "ngày", AM/PM, GMT+7, time first, "tháng"


@pytest.mark.parametrize("raw", [s for s in STRINGS if clean_text(s)])
def test_a_common_shape_means_what_the_general_scan_reads(raw: str):
    lowered = clean_text(raw).lower()
    try:
        common = dates._parse_common(lowered)
    except dates._InvalidDate:
        common = "invalid"
    if common is None:
        return
    assert common == general(lowered) or (common == "invalid" and general(lowered) is None)


@pytest.mark.parametrize("raw", [s for s in STRINGS if clean_text(s)])
def test_a_line_given_up_before_dateparser_holds_nothing_dateparser_reads(raw: str):
    lowered = clean_text(raw).lower()
    given_up = not dates._DATEPARSER_MATERIAL.search(lowered) \
        or dates._MONTH_OF_YEAR_ONLY.fullmatch(lowered)
    if general(lowered) is not None or not given_up \
            or not re.search(r"\d|tháng|trước|qua|nay|kia|ago|yesterday|today", lowered):
        return
    assert dates._parse_with_dateparser(lowered, NOW_VN) is None


def test_a_common_shape_is_read_without_the_clock(monkeypatch):
    def no_clock(now):
        raise AssertionError("the clock was read")

    monkeypatch.setattr(dates, "_now_in_vietnam", no_clock)
    assert parse_published("Thứ Sáu, ngày 23/02/2024 12:52 PM (GMT+7)").isoformat() == \
        "2024-02-23T12:52:00+07:00"
    assert parse_published("Cập nhật: 14:20 ngày 14/07/2022").isoformat() == \
        "2022-07-14T14:20:00+07:00"
    assert parse_published("Chủ nhật, ngày 08 tháng 12 năm 2024 16:02 (GMT +7)").isoformat() \
        == "2024-12-08T16:02:00+07:00"


def test_counters_and_months_never_reach_dateparser(monkeypatch):
    def fail(*args):
        raise AssertionError("dateparser route used")

    monkeypatch.setattr(dates, "_parse_with_dateparser", fail)
    for line in ("270 lượt xem", "1.234", "12.345.678", "Lượt xem: 1.234", "05/2020"):
        assert parse_published(line) is None


# Declared timestamps as metadata prints them, valid and not: the years, days, clocks and zones
# the archive meets and a few it must refuse.
DECLARED = [f"{year}-{day}{clock}{zone}"
            for year in ("1899", "2000", "2024", "3000")
            for day in ("02-29", "02-30", "13-01", "12-31")
            for clock in ("", "T00:00", "T23:59:59", "T24:00:00", "T07:30:42.123456789", " 07:30:42")
            for zone in ("", "Z", "+07:00", "+0700", "+07", "-05:30", "+25:00")]


@pytest.mark.parametrize("raw", [s for s in STRINGS if clean_text(s)] + DECLARED)
def test_a_declared_timestamp_read_alone_means_what_the_exact_readers_read(raw: str):
    cleaned = clean_text(raw)
    alone = dates._ISO_ALONE.fullmatch(cleaned)
    if alone is None:
        return
    try:
        early = dates._iso_alone_moment(alone)
    except dates._InvalidDate:
        early = None
    try:
        exact = dates._parse_fast(cleaned.lower(), NOW_VN)
    except (dates._InvalidDate, ValueError, OverflowError, KeyError):
        exact = None
    assert early == exact and (early is None or early.utcoffset() == exact.utcoffset())
