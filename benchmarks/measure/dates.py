"""parse_published µs/call against the project's own dateparser fallback, same strings."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from measure.common import FIXTURES, Case, Section, log, ratio, time_rounds

# The common printed shapes (the fixtures' own timestamps are added to these).
DATE_STRINGS = [
    "Thứ 5, 28.05.2020 | 10:10:03",
    "Thứ Hai, 09/12/2024 - 07:30",
    "Chủ nhật, ngày 08 tháng 12 năm 2024 16:02 (GMT +7)",
    "Cập nhật: 10:10 ngày 28/5/2020",
    "28/05/2020 10:10",
    "2020-05-28T10:10:03+07:00",
    "Thứ hai, 9/12/2024, 07:30 (GMT+7)",
    "Ngày đăng: 28/05/2020 lúc 10:10",
    "28/05/2020 - 10h10",
    "2 giờ trước",
]
DATES_NOW = datetime(2024, 12, 9, 8, 45, 12, tzinfo=timezone.utc)


def date_strings(cases: list[Case]) -> list[str]:
    strings = list(DATE_STRINGS)
    for expected in sorted(FIXTURES.glob("*/*/expected.json")):
        raw = json.loads(expected.read_text(encoding="utf-8")).get("published_raw")
        if raw and raw not in strings:
            strings.append(raw)
    return strings


def dateparser_fallback() -> tuple[Callable[[str, datetime], Any], str]:
    """The project's own dateparser route if it has one, else dateparser.parse as specified."""
    from crawler.normalize import dates

    fallback = getattr(dates, "_parse_with_dateparser", None)
    now_in_vn = getattr(dates, "_now_in_vietnam", None)
    if fallback and now_in_vn:
        from crawler.normalize.text import clean_text

        def run(text: str, now: datetime):
            cleaned = clean_text(text)
            if not cleaned:
                return None
            try:
                return fallback(cleaned, now_in_vn(now))
            except Exception:
                return None

        return run, "crawler.normalize.dates._parse_with_dateparser (labels stripped)"

    import dateparser

    def run_plain(text: str, now: datetime):
        try:
            return dateparser.parse(text, languages=["vi"], settings={
                "DATE_ORDER": "DMY", "TIMEZONE": "Asia/Ho_Chi_Minh",
                "RETURN_AS_TIMEZONE_AWARE": True,
                "RELATIVE_BASE": now.astimezone(dates.VN_TZ).replace(tzinfo=None)})
        except Exception:
            return None

    return run_plain, "dateparser.parse(languages=['vi'], DMY, Asia/Ho_Chi_Minh, aware)"


def time_calls(fn: Callable[[str, datetime], Any], strings: list[str], *, min_seconds: float,
               min_rounds: int, vary_now: bool = False) -> float:
    """Mean seconds per call over whole rounds of ``strings``, at least ``min_seconds`` long."""
    def call(k: int) -> Any:
        now = DATES_NOW + timedelta(seconds=k) if vary_now else DATES_NOW
        return fn(strings[k % len(strings)], now)

    return time_rounds(call, len(strings), min_seconds=min_seconds, min_rounds=min_rounds)


def bench_dates(ctx: dict[str, Any], sec: Section) -> None:
    from crawler.normalize.dates import parse_published

    strings = date_strings(ctx["cases"])
    fallback, fallback_name = dateparser_fallback()

    def fast(s: str, now: datetime):
        return parse_published(s, now=now)

    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    mismatches = []
    for s in strings:
        a, b = iso(fast(s, DATES_NOW)), iso(fallback(s, DATES_NOW))
        if a != b:
            mismatches.append({"text": s, "parse_published": a, "dateparser": b})
    log(f"dates: {len(strings)} strings")
    budget = ctx["budget"]
    fast_s = time_calls(fast, strings, min_seconds=1.0 * budget, min_rounds=20)
    slow_s = time_calls(fallback, strings, min_seconds=1.5 * budget, min_rounds=3)
    # In a crawl, `now` is each page's fetch time, so the fallback's cached DateDataParser
    # (lru_cache keyed on the clock) is rarely reused: measure that too.
    fast_v = time_calls(fast, strings, min_seconds=0.5 * budget, min_rounds=10, vary_now=True)
    slow_v = time_calls(fallback, strings, min_seconds=1.0 * budget, min_rounds=1, vary_now=True)
    speedup = ratio(slow_s, fast_s)
    same = not mismatches
    sec.row("parse_published (fixed now)", fast_s * 1e6, "µs/call",
            baseline="dateparser fallback, same strings", baseline_value=slow_s * 1e6,
            ratio=speedup, ratio_label="speed-up (dateparser/ours)", target=">= 50x",
            ok=speedup is not None and speedup >= 50)
    sec.row("results identical to dateparser", f"{len(strings) - len(mismatches)}/{len(strings)}",
            "same", baseline="mismatches", baseline_value=len(mismatches),
            target="identical", ok=same)
    sec.row("parse_published, new `now` per call", fast_v * 1e6, "µs/call",
            baseline="dateparser fallback, new `now` per call", baseline_value=slow_v * 1e6,
            ratio=ratio(slow_v, fast_v), ratio_label="speed-up (dateparser/ours)", note="info")
    sec.details.update({"strings": strings, "mismatches": mismatches, "fallback": fallback_name,
                        "now": DATES_NOW.isoformat()})
    sec.notes.append(f"baseline: {fallback_name}; now = {DATES_NOW.isoformat()}")
    for m in mismatches:
        sec.notes.append(f"mismatch: {m['text']!r}: parse_published={m['parse_published']} "
                         f"dateparser={m['dateparser']}")
