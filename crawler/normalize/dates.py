"""Publication timestamps as Vietnamese news pages print them.

:func:`parse_published` turns the visible date line of an article into an
aware datetime in Vietnam time, UTC+7 (a fixed offset: the IANA zone
``Asia/Ho_Chi_Minh`` gives dates before 1975 the +08:00 of their day, and the
archive's contract is +07:00 for every date).  A regex fast
path covers every shape in :data:`SUPPORTED_SHAPES` (the commonest ones by a
single anchored pattern first); anything else that could hold a date goes to
dateparser, which costs about a millisecond per call.

Rules shared by every shape:

* Labels ("Cập nhật:", "Đăng lúc", "Ngày đăng:", "Published:"...) and the
  printed weekday ("Thứ 5", "Thứ Hai", "T5", "CN", "Chủ nhật") are ignored;
  when the weekday contradicts the date, the date wins.
* Day before month (Vietnamese order).  A naive time is Vietnam local time;
  an explicit offset ("+07:00", "Z", "GMT+7", "UTC", a US zone after the time: "16:25
  PDT") is honoured and the result converted to Vietnam time.
* A date without a time is midnight.  A time without a date, or a day and
  month without a year, is the latest such moment not after ``now`` (one
  hour of slack for clock skew).
* Invalid calendar dates or clock times ("31/02/2020", "25:61") give None,
  as does text with no date in it ("Trang chủ", "270 lượt xem").
* With several dates in one line the first is taken: sites print the
  publication date before the update date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Callable
from types import MappingProxyType
from zoneinfo import ZoneInfo

from crawler.normalize.text import clean_text

__all__ = ["VN_TZ", "SUPPORTED_SHAPES", "SHAPES_REFERENCE_NOW", "parse_published"]

VN_TZ = timezone(timedelta(hours=7), "+07:00")

# Fetch time used by every row of SUPPORTED_SHAPES (15:45:12.345678 in Vietnam
# on Monday 9 December 2024); the microseconds show that relative shapes
# keep the clock's precision.
SHAPES_REFERENCE_NOW = datetime(2024, 12, 9, 8, 45, 12, 345678, tzinfo=timezone.utc)

# (shape, example, expected isoformat with now=SHAPES_REFERENCE_NOW).  Every
# row is handled by the fast path and checked by the tests.
SUPPORTED_SHAPES: tuple[tuple[str, str, str], ...] = (
    ("weekday, dotted date | time", "Thứ 5, 28.05.2020 | 10:10:03", "2020-05-28T10:10:03+07:00"),
    ("weekday, date - time", "Thứ Hai, 09/12/2024 - 07:30", "2024-12-09T07:30:00+07:00"),
    ("VnExpress style", "Thứ hai, 9/12/2024, 07:30 (GMT+7)", "2024-12-09T07:30:00+07:00"),
    ("date time GMT+7", "09/12/2024 07:30 GMT+7", "2024-12-09T07:30:00+07:00"),
    ("time, weekday, date", "07:30, Thứ Hai, 09/12/2024", "2024-12-09T07:30:00+07:00"),
    (
        "ngày .. tháng .. năm .. time (GMT +7)",
        "Chủ nhật, ngày 08 tháng 12 năm 2024 16:02 (GMT +7)",
        "2024-12-08T16:02:00+07:00",
    ),
    ("label, time ngày date", "Cập nhật: 10:10 ngày 28/5/2020", "2020-05-28T10:10:00+07:00"),
    ("label lúc time, date", "Cập nhật lúc 10:10, 28/05/2020", "2020-05-28T10:10:00+07:00"),
    ("date time", "28/05/2020 10:10", "2020-05-28T10:10:00+07:00"),
    ("time date", "10:10 28/05/2020", "2020-05-28T10:10:00+07:00"),
    ("time | date", "10:10 | 28/05/2020", "2020-05-28T10:10:00+07:00"),
    ("dashed date, seconds", "28-05-2020 10:10:03", "2020-05-28T10:10:03+07:00"),
    ("date lúc time", "Ngày đăng: 28/05/2020 lúc 10:10", "2020-05-28T10:10:00+07:00"),
    ("year first", "2020-05-28 10:10:03", "2020-05-28T10:10:03+07:00"),
    ("year first, slashes", "2020/05/28 10:10", "2020-05-28T10:10:00+07:00"),
    ("ISO 8601 +07:00", "2020-05-28T10:10:03+07:00", "2020-05-28T10:10:03+07:00"),
    ("ISO 8601 Z", "2020-05-28T03:10:03Z", "2020-05-28T10:10:03+07:00"),
    ("ISO 8601 fraction, other offset", "2020-05-28T05:10:03.250+02:00", "2020-05-28T10:10:03.250000+07:00"),
    ("ISO 8601 naive", "2020-05-28T10:10:03", "2020-05-28T10:10:03+07:00"),
    ("date time +0700", "28/05/2020 10:10:03 +0700", "2020-05-28T10:10:03+07:00"),
    ("RSS pubDate", "Thu, 28 May 2020 03:10:03 GMT", "2020-05-28T10:10:03+07:00"),
    ("RSS pubDate +0700", "Thu, 28 May 2020 10:10:03 +0700", "2020-05-28T10:10:03+07:00"),
    ("English month first", "May 28, 2020 10:10 AM", "2020-05-28T10:10:00+07:00"),
    ("date only", "28/5/2020", "2020-05-28T00:00:00+07:00"),
    ("label: date only", "Ngày: 28/05/2020", "2020-05-28T00:00:00+07:00"),
    ("date - 10h10", "28/05/2020 - 10h10", "2020-05-28T10:10:00+07:00"),
    ("10h10 ngày date", "10h10 ngày 28/5/2020", "2020-05-28T10:10:00+07:00"),
    ("10h10' with minute mark", "28/05/2020 10h10'", "2020-05-28T10:10:00+07:00"),
    ("hour only 10h", "10h ngày 28/5/2020", "2020-05-28T10:00:00+07:00"),
    ("giờ .. phút", "10 giờ 10 phút, ngày 28/5/2020", "2020-05-28T10:10:00+07:00"),
    ("AM", "08:15 AM 28/05/2020", "2020-05-28T08:15:00+07:00"),
    ("PM", "08:15 PM 28/05/2020", "2020-05-28T20:15:00+07:00"),
    ("12 AM is midnight", "12:15 AM 28/05/2020", "2020-05-28T00:15:00+07:00"),
    ("SA (sáng)", "08:15 SA 28/05/2020", "2020-05-28T08:15:00+07:00"),
    ("CH (chiều)", "28/05/2020 08:15 CH", "2020-05-28T20:15:00+07:00"),
    ("chiều", "3 giờ chiều ngày 28/5/2020", "2020-05-28T15:00:00+07:00"),
    ("tháng with comma", "28 tháng 5, 2020", "2020-05-28T00:00:00+07:00"),
    ("Ngày .. tháng .. năm", "Ngày 28 tháng 05 năm 2020", "2020-05-28T00:00:00+07:00"),
    ("month as a word", "28 tháng Năm 2020", "2020-05-28T00:00:00+07:00"),
    ("thg abbreviation", "28 thg 5, 2020", "2020-05-28T00:00:00+07:00"),
    ("Th<n> abbreviation, month first", "Th5 28, 2020", "2020-05-28T00:00:00+07:00"),
    ("Th<n> abbreviation, day first", "28 Th5, 2020 10:10 SA", "2020-05-28T10:10:00+07:00"),
    ("month word first, SA/CH", "Tháng Năm 28, 2020 10:10 CH", "2020-05-28T22:10:00+07:00"),
    ("English month, bilingual sites", "May 28, 2020, 10:10 am", "2020-05-28T10:10:00+07:00"),
    ("year glued to the time", "28/05/202010:10:03", "2020-05-28T10:10:03+07:00"),
    ("year glued to a counter", "28/05/2020270 lượt xem", "2020-05-28T00:00:00+07:00"),
    ("single-digit minutes", "28/05/2020 10:7", "2020-05-28T10:07:00+07:00"),
    ("two-digit year", "28/05/20 10:10", "2020-05-28T10:10:00+07:00"),
    ("day/month, no year", "10:30 28/05", "2024-05-28T10:30:00+07:00"),
    ("day/month in the future rolls back a year", "ngày 28/12", "2023-12-28T00:00:00+07:00"),
    ("time only: today", "10:30", "2024-12-09T10:30:00+07:00"),
    ("time only, later than now: yesterday", "23:30", "2024-12-08T23:30:00+07:00"),
    ("unix seconds", "1590635403", "2020-05-28T10:10:03+07:00"),
    ("unix milliseconds", "1590635403000", "2020-05-28T10:10:03+07:00"),
    ("giờ trước", "2 giờ trước", "2024-12-09T13:45:12.345678+07:00"),
    ("tiếng trước", "Khoảng 2 tiếng trước", "2024-12-09T13:45:12.345678+07:00"),
    ("phút trước", "30 phút trước", "2024-12-09T15:15:12.345678+07:00"),
    ("giây trước", "45 giây trước", "2024-12-09T15:44:27.345678+07:00"),
    ("ngày trước", "5 ngày trước", "2024-12-04T15:45:12.345678+07:00"),
    ("tuần trước", "1 tuần trước", "2024-12-02T15:45:12.345678+07:00"),
    ("tháng trước", "3 tháng trước", "2024-09-09T15:45:12.345678+07:00"),
    ("năm trước", "1 năm trước", "2023-12-09T15:45:12.345678+07:00"),
    ("number word", "một giờ trước", "2024-12-09T14:45:12.345678+07:00"),
    ("cách đây", "Cách đây 3 ngày", "2024-12-06T15:45:12.345678+07:00"),
    ("English ago", "2 hours ago", "2024-12-09T13:45:12.345678+07:00"),
    ("vừa xong", "Vừa xong", "2024-12-09T15:45:12.345678+07:00"),
    ("hôm qua + time", "Hôm qua 10:30", "2024-12-08T10:30:00+07:00"),
    ("hôm qua lúc time", "hôm qua lúc 10:30", "2024-12-08T10:30:00+07:00"),
    ("hôm nay + time", "hôm nay 08:00", "2024-12-09T08:00:00+07:00"),
    ("hôm qua alone is midnight", "Hôm qua", "2024-12-08T00:00:00+07:00"),
    ("hôm kia", "Hôm kia, 21:05", "2024-12-07T21:05:00+07:00"),
    (".NET's en-US default, month first", "5/8/2020 7:50:17 AM", "2020-05-08T07:50:17+07:00"),
    ("zero-padded with AM: day first", "05/08/2020 07:50:17 AM", "2020-08-05T07:50:17+07:00"),
)

_SETTINGS_BASE = MappingProxyType(
    {
        "DATE_ORDER": "DMY",
        "TIMEZONE": "Etc/GMT-7",
        "TO_TIMEZONE": "Etc/GMT-7",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
    }
)

# A page clock a little ahead of ours must not push "10:30" to yesterday.
_CLOCK_SKEW = timedelta(hours=1)
_MIN_YEAR, _MAX_YEAR = 1900, 2100


class _InvalidDate(ValueError):
    """The text has a date shape but names no real moment (31/02, 25:61)."""


# --------------------------------------------------------------------------
# Patterns
#
# Every pattern runs on lower-cased text: re.IGNORECASE makes Unicode
# matching several times slower, and the fast path must stay >50x faster
# than dateparser.

_MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11,
    "mười hai": 12, "chạp": 12,
}  # fmt: skip
# The month words as one alternation, longest first ("mười một" before "mười"); also what
# the extractor looks for in a timestamp line (crawler.extract.layers.DATE_TEXT).
MONTH_WORD_PATTERN = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))

_ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
# Public like MONTH_WORD_PATTERN: the extractor names English dates with it too.
ENGLISH_MONTH_PATTERN = "|".join(sorted(_ENGLISH_MONTHS, key=len, reverse=True))

_ISO_DATETIME = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})[t ](?P<H>\d{2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2})(?:[.,](?P<frac>\d{1,6})\d*)?)?"
    r"\s*(?P<tz>z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])",
)
# A declared timestamp alone, the string most often handed in (meta tags, JSON-LD, <time
# datetime>): "2024-12-09T07:30:42+07:00", "2025-06-17T13:43:02+0700", "2024-03-28".
_ISO_ALONE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[Tt ](?P<H>\d{2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2})(?:[.,](?P<frac>\d{1,6})\d*)?)?(?P<tz>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?",
)
# PHP's date("Y-m-dTH:i:s"), whose "T" prints the zone's abbreviation: NukeViet's
# article:published_time "2021-03-26+0715:42:00" is 15:42:00 at +07.
_PHP_ZONE_FOR_T = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?P<tz>[+-]\d{2})"
                             r"(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?")
# 10 digits not starting with 0: Vietnamese phone numbers start with 0.
_EPOCH = re.compile(r"(?P<seconds>[1-9]\d{9})(?P<millis>\d{3})?")

# "GMT+7", "(GMT +7)", "UTC+07:00", "GMT" alone.  Removed before the time
# search so "+07:00" is never read as a clock time.
_GMT_OFFSET = re.compile(
    r"\b(?:gmt|utc)\b\s*(?:(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)?",
)

# Numeric dates, one pass for both orders:
#   year first "2020-05-28", "2020/05/28", "2020.05.28";
#   day first  "28/05/2020", "28-05-2020", "28.05.2020", and two-digit
#   years with "/" or "-" only (dotted "1.2.34" is too often a version).
_NUMERIC_DATE = re.compile(
    # A hyphen glues a paper's tag to the day ("(BVBNĐ-08/01/2014)"), not a number's part.
    r"(?<![\d.,/])(?<![\d.,/]-)(?:"
    r"(?P<y>\d{4})(?P<s1>[-/.])(?P<m>\d{1,2})(?P=s1)(?P<d>\d{1,2})"
    # A space typed after the slash before a four-digit year: "9/7/ 2008".
    r"|(?P<d2>\d{1,2})(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<y2>(?:(?<=/)\s)?\d{4}|(?<=[/-])\d{2})"
    r")(?!\d)"
)
# "28 tháng 5, 2020", "ngày 08 tháng 12 năm 2024", "28 tháng năm 2020", and
# month first as Google/Facebook print it: "tháng 5 28, 2020".
# WordPress' Vietnamese locale abbreviates months "Th1" .. "Th12" ("Th2 3, 2014"); a bare "th"
# is only a month before a number ("thứ" never matches).
_MONTH_WORD = rf"(?:(?:tháng|thg)\s*(?:\d{{1,2}}|{MONTH_WORD_PATTERN})|th\s?\d{{1,2}})"
_WORD_DATE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_WORD})"
    r"(?:\s*[,/-]\s*|\s+năm\s+|\s+)(?P<y>\d{4})(?!\d)"
    rf"|(?<![^\W\d_])(?P<m2>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})(?!\d)"
)
_ENGLISH_DATE = re.compile(
    # (The day may carry a dot, as BlogEngine.NET prints it in a European locale: "18. May 2010".)
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+|-)(?P<m>{ENGLISH_MONTH_PATTERN})"
    rf"(?:\.?,?\s+|-)(?P<y>\d{{4}})(?!\d)"
    rf"|\b(?P<m2>{ENGLISH_MONTH_PATTERN})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})(?!\d)"
)
# A day-first date whose four-digit year runs into the next digits (a time, a counter).
_GLUED_YEAR = re.compile(r"(?<![\d.,/-])(\d{1,2}([-/.])\d{1,2}\2(?:19|20)\d{2})(?=\d)")
# A month-word date whose year runs into the clock after it: "21 Tháng Sáu 20248:59 SA" (an
# overseas paper's CMS prints the day, the year and the time with no space between the last two).
_GLUED_WORD_YEAR = re.compile(rf"(?<!\d)(\d{{1,2}}\s+{_MONTH_WORD}\s+(?:19|20)\d{{2}})(?=\d{{1,2}}\s*:\s*\d{{2}})")
# A year printed after the clock that follows a year-less day: "April 23 / 22:42 2020" (an
# overseas weekly's WordPress theme prints the day over "time year"), "23 tháng 4 22:42 2020".
# The year goes back beside its day.
_YEAR_AFTER_CLOCK = re.compile(
    r"^(?P<day>.*?[^\W\d_].*?\d)[\s,]+(?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?)"
    r"\s+(?P<year>(?:19|20)\d{2})$")
# A date glued to its time by a colon, as an ASP.NET label concatenates them
# ("24/06/2024:14:48:54"): the colon is a space.  Written from the colon, which the engine
# finds by a literal scan, and looking back at the year: an eighth of the cost of a pattern
# led by the day's digits (0.18 against 1.47 µs on "10/01/2026 08:15"), on every string the
# fast path reads.
_YEAR_COLON_TIME = re.compile(r":(?<=\d[/.-](?:19|20)\d\d:)(?=\d{1,2}:\d{2})")
# Year-less forms, trusted only next to a time or after "ngày".
_DATE_DAY_MONTH = re.compile(r"(?<![\d.,/:-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.-]\d)")
_DATE_VIETNAMESE_NO_YEAR = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?:tháng|thg)\s*(?P<m>\d{{1,2}}|{MONTH_WORD_PATTERN})(?![\w/])",
)
_ENGLISH_MONTH_HINT = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_NGAY_BEFORE = re.compile(r"ngày\s*:?\s*$")

_MERIDIEM = r"a\.?m\.?|p\.?m\.?|sa|ch|sáng|trưa|chiều|tối|đêm"
_TIME = re.compile(
    r"(?<![\d:.,/+])(?P<H>\d{1,2})(?:"
    r"\s*:\s*(?P<M>\d{1,2})(?:\s*:\s*(?P<S>\d{1,2})(?:[.,]\d+)?)?"
    r"|\s*(?:h|giờ)\s*(?P<M2>\d{1,2})(?:\s*(?:phút|'|’|p\b))?"
    r"|g(?P<M3>\d{2})"
    r"|\s*(?:h|giờ)(?![^\W\d_])"
    r")(?![\d/.]\d)"
    rf"(?:\s*(?P<mer>{_MERIDIEM})(?![^\W\d_]))?"
    r"(?:\s*(?P<off>[+-]\d{2}:?\d{2})(?!\d))?"
    r"(?!\s*trước)",  # "5 giờ trước" is a duration, not 05:00
)

_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "a": 1, "an": 1, "one": 1,
}  # fmt: skip
_RELATIVE_UNITS = {
    "giây": "seconds", "phút": "minutes", "giờ": "hours", "tiếng": "hours",
    "ngày": "days", "tuần": "weeks", "tháng": "months", "năm": "years",
    "second": "seconds", "sec": "seconds", "minute": "minutes", "min": "minutes",
    "hour": "hours", "hr": "hours", "day": "days", "week": "weeks",
    "month": "months", "year": "years",
}  # fmt: skip
_AMOUNT = r"\d{1,4}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_UNIT = (
    r"giây|phút|giờ|tiếng|ngày|tuần|tháng|năm"
    r"|(?:second|sec|minute|min|hour|hr|day|week|month|year)s?"
)
_AMOUNT_UNIT = re.compile(rf"(?<![\w:])(?P<n>{_AMOUNT})\s*(?P<u>{_UNIT})(?![^\W\d_])")
# "2 giờ 30 phút", "1 năm 2 tháng": searched only in the few characters
# before "trước" / "ago" (see _find_relative), because a pattern that
# starts with an alternation is slow to scan over a whole line.
_AMOUNTS_AT_END = re.compile(
    rf"(?<![\w:])(?:(?:{_AMOUNT})\s*(?:{_UNIT})(?:\s*,?\s*(?:và|and)?\s*)?)+$"
)
_CACH_DAY = re.compile(
    rf"cách\s+đây\s+((?:(?:{_AMOUNT})\s*(?:{_UNIT})(?![^\W\d_])(?:\s*,?\s*(?:và)?\s*)?)+)"
)
# An age printed after the outlet's name with no "trước", the way news aggregators list
# stories ("Báo CafeF 309 ngày", "Dân trí 15 phút"): only units that cannot be read as a clock
# or a date ("2 giờ" is also two o'clock), and only when it is the line's one number.
_AGE_AT_END = re.compile(r"(?<![\w:/.,-])(\d{1,4})\s*(?:phút|ngày|tuần|tháng|năm)$")
_JUST_NOW = re.compile(
    r"\b(?:vừa\s+xong|vừa\s+mới(?:\s+đăng)?|vừa\s+đăng|mới\s+đăng|vài\s+giây\s+trước|just\s+now)\b",
)
# A timestamp line printing a day without its year is short; a longer one is a sentence.
_MAX_YEARLESS_LINE_WORDS = 10
# A month and a four-digit year without the day: "05 / 2015", "tháng 5/2015".
# English ordinal suffix of a day, kept by WordPress' "jS" format under a Vietnamese locale
# ("T3. Th7 23rd, 2024": the month abbreviated in Vietnamese, the day's suffix in English).
_ORDINAL_DAY = re.compile(r"(?<=\d)(?:st|nd|rd|th)(?=\s*,?\s*(?:19|20)\d{2}\b)")
# Days a schedule recurs on: a range of weekdays ("thứ 2 đến thứ 6", "từ thứ Hai - Chủ nhật"),
# every day ("hằng ngày", "hàng ngày", "mỗi ngày"); lowered text.
_SCHEDULE_DAY = r"(?:thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật|cn)"
_RECURRING_DAYS = re.compile(rf"\b{_SCHEDULE_DAY}\s*(?:đến|tới|-|–)\s*{_SCHEDULE_DAY}\b|\b(?:hằng|hàng|mỗi)\s+ngày\b")
_MONTH_YEAR = re.compile(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])\s*[/.-]\s*(?:19|20)\d{2}(?!\d)")
_TEMPLATE_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}")
# A date written with the year, month and day characters: "2017年11月11日" (the extractor
# looks for it in a timestamp line too: crawler.extract.layers.DATE_TEXT).
CJK_DATE_PATTERN = r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_CJK_DATE = re.compile(CJK_DATE_PATTERN)
# A date badge's day, month and the year's last two digits, its lines joined: "15 06 '18".
# A day's, a month's and a year's numbers, each a group, for the badge and spaced shapes.
_DAY_NUMBER = r"(0?[1-9]|[12]\d|3[01])"
_MONTH_NUMBER = r"(0?[1-9]|1[0-2])"
_YEAR_NUMBER = r"((?:19|20)\d{2})"
_DOTTED_BADGE_DATE = re.compile(rf"^{_DAY_NUMBER}\.{_MONTH_NUMBER} {_YEAR_NUMBER}$")
_BADGE_DATE = re.compile(r"^(\d{1,2}) (\d{1,2}) ['’‘](\d{2})$")
# ... or the whole year, opening the line before the page's tools: "20 07 2025 in trang".
_SPACED_DATE = re.compile(rf"^{_DAY_NUMBER} {_MONTH_NUMBER} {_YEAR_NUMBER}(?![\d/.:-])")
# A day, month and year set apart by spaced slashes, as a header's "Hôm nay: ngày 21 / 9 /
# 2021" prints them.
_SPACED_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2}) / (\d{1,2}) / (\d{4})(?!\d)")
# A visitor counter's count of today's or yesterday's visits, ending the line or followed by
# the counter's next label ("Hôm nay: 1 Hôm qua: 0 Tuần này: 1 … Tất cả: 198031").
_VISITOR_COUNT = re.compile(r"\b(?:hôm nay|hôm qua|today|yesterday)\s*:?\s*[\d.,]+\s*"
                            r"(?:$|[^\W\d_][^\d:]{0,20}:)")
_COUNTER_WORDS = re.compile(r"truy\s+cập|\bonline\b|trực\s+tuyến")
_RELATIVE_DAY = re.compile(r"\b(?:hôm nay|hôm qua)\b")
_ANY_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}:\d{2}")
_DAYS_BACK = {"hôm nay": 0, "today": 0, "hôm qua": 1, "yesterday": 1, "hôm kia": 2}

# Only for the dateparser route, which fails on words it does not know.
_WEEKDAY = re.compile(
    r"\b(?:thứ\s*(?:[2-7]|hai|ba|tư|bốn|năm|sáu|bảy)|chủ\s*nhật|t[2-7]|cn"
    r"|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
    r"\b\s*,?",
)
# One label or a chain of them ("Cập nhật ngày: 25/08/2022"), up to the first digit.
_LABEL = re.compile(
    r"\b(?:(?:ngày\s+(?:đăng|cập\s+nhật|xuất\s+bản)|cập\s+nhật(?:\s+lúc)?"
    r"|đăng\s+(?:lúc|ngày|vào|tải)|xuất\s+bản|thời\s+gian(?:\s+đăng)?|published|updated|posted"
    r"|date|vào\s+lúc|lúc|ngày|đăng)\s*:?\s*)+(?=\d)",
)
_HOUR_H_MINUTE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:h|giờ)\s*(\d{2})(?:\s*(?:phút|'|’))?")
_HOUR_ONLY = re.compile(r"(?<![\d:])(\d{1,2})\s*(?:h|giờ)(?![^\W\d_])(?!\s*trước)")
_GIO_AFTER_TIME = re.compile(r"(?<=\d:\d\d)\s*giờ\b")
_DATEPARSER_NOISE = re.compile(r"[|()]")
_RELATIVE_WORDS = re.compile(r"trước|ago|cách\s+đây")
# What dateparser could read a date from, once the fast path has given up: a day and a month
# (or a year and a month) side by side, a day, month and year set apart by spaces only
# ("21 09 2025"), a clock time, a month or day word.  A line without any
# ("270 lượt xem", "1.234", "05/2020") is no date, and dateparser's millisecond is spared.
_DATEPARSER_MATERIAL = re.compile(
    r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\d{4}\s*[/.-]\s*\d{1,2}(?!\d)"
    r"|(?<!\d)\d{1,2}\s+\d{1,2}\s+\d{4}(?!\d)"
    r"|\d\s*(?::|h\b|giờ)|tháng|thg|trước|qua|nay|kia|tuần|ago|yesterday|today"
    rf"|\b(?:{ENGLISH_MONTH_PATTERN})\b"
)
# A month and its year alone ("Tháng 5/2020", "tháng Tư năm 2021", "Tháng 12 - 2024"): an
# archive's heading or a magazine's issue, no day.  dateparser would read a day into it and
# ``_parse_with_dateparser`` throw that away (period "month"): answered None before it.
_MONTH_OF_YEAR_ONLY = re.compile(
    rf"tháng\s*(?:\d{{1,2}}|{MONTH_WORD_PATTERN})\s*(?:[/.,-]|năm)?\s*\d{{4}}")

# The shapes most pages print, read by one anchored pattern before the general scan: a
# day-first date (numeric, or "ngày 8 tháng 3 năm 2014") after an optional label, weekday and
# "ngày", with a clock time (AM/PM, SA/CH) after or before it, and Vietnam's own offset
# ("GMT+7", "(GMT +7)", "+07:00").  Anything else (another offset, a second date, a name before
# the date) is left to the general scan, which reads these the same way
# (``tests/test_normalize_dates.py`` compares the two on every string of its tables).
_COMMON_LABEL = (r"(?:(?:cập\snhật(?:\slúc|\sngày)?|ngày\s(?:đăng|cập\snhật|xuất\sbản)|đăng\s(?:lúc|ngày)"
                 r"|xuất\sbản|gửi\slúc|thời\sgian(?:\sđăng)?|ngày|lúc)\s?:?\s)?")
_COMMON_WEEKDAY = (r"(?:(?:thứ\s?(?:[2-7]|hai|ba|tư|bốn|năm|sáu|bảy)|chủ\s?nhật|t[2-7]|cn)"
                   r"\s?[,-]?\s?)?(?:ngày\s)?")
_COMMON_ZONE = r"(?:\s?\(?gmt\s?\+\s?0?7(?::?00)?\)?|\s?\+07:?00)?"


def _common_date(p: str) -> str:
    return (rf"(?:(?P<{p}d>\d{{1,2}})(?P<{p}s>[/.-])(?P<{p}m>\d{{1,2}})(?P={p}s)(?P<{p}y>\d{{4}})"
            rf"|(?P<{p}wd>\d{{1,2}})\stháng\s(?P<{p}wm>\d{{1,2}})(?:\snăm\s|,\s)(?P<{p}wy>\d{{4}}))")


def _common_time(p: str) -> str:
    return (rf"(?P<{p}H>\d{{1,2}}):(?P<{p}M>\d{{2}})(?::(?P<{p}S>\d{{2}}))?"
            rf"(?:\s?(?P<{p}mer>am|pm|sa|ch)(?![^\W\d_]))?")


# The longest line the common shapes are tried on first (a label, a weekday, a date in words,
# a clock and the zone).
_MAX_COMMON_LENGTH = 80
_COMMON_DATE_FIRST = re.compile(
    rf"{_COMMON_LABEL}{_COMMON_WEEKDAY}{_common_date('')}"
    rf"(?:\s?[,|-]?\s?(?:lúc\s)?{_common_time('')})?{_COMMON_ZONE}"
)
_COMMON_TIME_FIRST = re.compile(
    rf"{_COMMON_LABEL}{_common_time('')}{_COMMON_ZONE}\s?[,|-]?\s?{_COMMON_WEEKDAY}"
    rf"{_common_date('')}{_COMMON_ZONE}"
)


# --------------------------------------------------------------------------
# Building blocks


def _now_in_vietnam(now: datetime | None) -> datetime:
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)  # naive fetch times are UTC
    return now.astimezone(VN_TZ)


def _checked_year(year: int) -> int:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise _InvalidDate(f"year {year} out of range")
    return year


def _full_year(printed: str, now_vn: datetime) -> int:
    year = int(printed)
    if len(printed) == 2:
        # "28/05/20": the latest century that does not land in the future.
        year += 2000
        if year > now_vn.year + 1:
            year -= 100
    return _checked_year(year)


_MONTH_PREFIX = re.compile(r"^(?:tháng|thg|th)\s*")


def _month_number(printed: str) -> int:
    """1-12 from "5", "tháng 5", "tháng năm", "thg 5", "th5" or "may"."""
    printed = _MONTH_PREFIX.sub("", printed)
    if printed.isdigit():
        return int(printed)
    return _MONTH_WORDS.get(printed) or _ENGLISH_MONTHS[printed]


def _build(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
    micro: int = 0, tz: tzinfo = VN_TZ,
) -> datetime:  # fmt: skip
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=tz).astimezone(VN_TZ)
    except (ValueError, OverflowError) as exc:
        raise _InvalidDate(str(exc)) from exc


@lru_cache(maxsize=64)
def _offset(sign: str, hours: str, minutes: str | None) -> timezone:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14):
        raise _InvalidDate("offset out of range")
    return timezone(-delta if sign == "-" else delta)


def _parse_offset(text: str) -> timezone:
    if text.upper() == "Z":
        return timezone.utc
    digits = text[1:].replace(":", "")
    return _offset(text[0], digits[:2], digits[2:4] or None)


def _shift_months(moment: datetime, months: int) -> datetime:
    # Calendar months, clamped to the month's last day (31/3 - 1 month = 29/2).
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _latest_not_after(
    candidate: datetime, now_vn: datetime, step: Callable[[datetime], datetime]
) -> datetime:
    return step(candidate) if candidate > now_vn + _CLOCK_SKEW else candidate


# --------------------------------------------------------------------------
# Fast path


def _parse_epoch(text: str) -> datetime | None:
    if not text.isdigit():
        return None
    match = _EPOCH.fullmatch(text)
    if match is None:
        return None
    moment = datetime.fromtimestamp(int(match["seconds"]), timezone.utc).astimezone(VN_TZ)
    return moment if 2000 <= moment.year <= _MAX_YEAR else None


def _parse_iso(text: str) -> datetime | None:
    if "-" not in text or ":" not in text:
        return None
    match = _ISO_DATETIME.search(text)
    if match is None:
        zoned = _PHP_ZONE_FOR_T.fullmatch(text.strip())
        return None if zoned is None else _build(
            _checked_year(int(zoned["y"])), int(zoned["m"]), int(zoned["d"]), int(zoned["H"]),
            int(zoned["M"]), int(zoned["S"] or 0), tz=_parse_offset(zoned["tz"]))
    tz = _parse_offset(match["tz"]) if match["tz"] else VN_TZ
    if not match["tz"] and ("gmt" in text or "utc" in text):
        # "(GMT+08:00) 2005-07-22 17:27:21": the zone printed beside the time is its offset.
        tz = _gmt_zone(text)[1] or VN_TZ
    return _iso_moment(match, tz)


def _iso_alone_moment(match: re.Match[str]) -> datetime:
    """The moment an ``_ISO_ALONE`` match names; a day alone is its midnight in Vietnam."""
    return _iso_moment(match, _parse_offset(match["tz"]) if match["tz"] else VN_TZ)


def _iso_moment(match: re.Match[str], tz: tzinfo) -> datetime:
    """The moment of an ISO 8601 match's groups (y, m, d, H, M, S, frac) in ``tz``."""
    return _build(
        _checked_year(int(match["y"])), int(match["m"]), int(match["d"]),
        int(match["H"] or 0), int(match["M"] or 0), int(match["S"] or 0),
        int((match["frac"] or "0").ljust(6, "0")), tz,
    )  # fmt: skip


def _find_relative(text: str) -> str | None:
    """The "<amount> <unit>..." part of a relative phrase, if any."""
    if "đây" in text:
        match = _CACH_DAY.search(text)
        if match:
            return match[1]
    for word in ("trước", "ago"):
        at = text.find(word)
        if at > 0:
            match = _AMOUNTS_AT_END.search(text, max(0, at - 40), at)
            if match:
                return match[0]
    age = _AGE_AT_END.search(text)
    if age and not any(ch.isdigit() for ch in text[: age.start()]):
        return age[0]
    return None


def _go_back(now_vn: datetime, amounts: str) -> datetime:
    months = 0
    elapsed = timedelta()
    for match in _AMOUNT_UNIT.finditer(amounts):
        amount = int(match["n"]) if match["n"].isdigit() else _NUMBER_WORDS[match["n"]]
        unit = _RELATIVE_UNITS.get(match["u"]) or _RELATIVE_UNITS[match["u"][:-1]]  # English plural
        if unit in ("months", "years"):
            months += amount * (12 if unit == "years" else 1)
        else:
            elapsed += timedelta(**{unit: amount})
    # Durations are subtracted in UTC so they stay exact across any offset
    # change; calendar months are counted on the Vietnamese calendar.
    moment = (now_vn.astimezone(timezone.utc) - elapsed).astimezone(VN_TZ) if elapsed else now_vn
    return _shift_months(moment, months) if months else moment


def _parse_relative(text: str, now_vn: datetime) -> datetime | None:
    if ("vừa" in text or "mới" in text or "now" in text or "vài" in text) and _JUST_NOW.search(text):
        return now_vn
    amounts = _find_relative(text)
    return None if amounts is None else _go_back(now_vn, amounts)


_TH_MONTH = re.compile(r"th\s?\d")


def _has_word_month(text: str) -> bool:
    return "tháng" in text or "thg" in text or ("th" in text and bool(_TH_MONTH.search(text)))


def _has_date_separator(text: str) -> bool:
    return "/" in text or "-" in text or "." in text


def _find_dates(text: str) -> list[re.Match[str]]:
    # Substring checks skip patterns that cannot match; each regex scan
    # costs about a microsecond even when it finds nothing.
    found = list(_NUMERIC_DATE.finditer(text)) if _has_date_separator(text) else []
    if _has_word_month(text):
        found += _WORD_DATE.finditer(text)
    if _ENGLISH_MONTH_HINT.search(text):
        found += _ENGLISH_DATE.finditer(text)
    found.sort(key=lambda m: m.start())
    return found


def _find_yearless_dates(text: str, has_time: bool) -> list[re.Match[str]]:
    found = list(_DATE_VIETNAMESE_NO_YEAR.finditer(text)) if _has_word_month(text) else []
    if "/" in text:
        for m in _DATE_DAY_MONTH.finditer(text):
            if has_time or _NGAY_BEFORE.search(text, 0, m.start()):
                found.append(m)
    found.sort(key=lambda m: m.start())
    return found


def _find_times(text: str) -> list[re.Match[str]]:
    # "24h" / "30h" are site names and durations, not an hour past 23;
    # only a time with minutes ("25:61") makes the text invalid.
    return [m for m in _TIME.finditer(text) if m["M"] or m["M2"] or m["M3"] or int(m["H"]) < 24]


def _outside(spans: list[re.Match[str]], candidates: list[re.Match[str]]) -> list[re.Match[str]]:
    return [
        c for c in candidates if not any(c.start() < s.end() and s.start() < c.end() for s in spans)
    ]


def _time_for_date(
    index: int, dates: list[re.Match[str]], times: list[re.Match[str]]
) -> re.Match[str] | None:
    """The time printed closest to ``dates[index]`` without another date between, and nearer
    to it than to the next or the previous date: in "GPVO (13/10/2025) – Vào lúc 8 giờ sáng
    ngày 12/10/2025" the hour is the event's day's, not the dateline's."""
    date = dates[index]
    zone_start = dates[index - 1].end() if index > 0 else 0
    zone_end = dates[index + 1].start() if index + 1 < len(dates) else len(date.string)
    nearer_next = index + 1 < len(dates) and not _same_day(date, dates[index + 1])
    nearer_previous = index > 0 and not _same_day(date, dates[index - 1])
    in_zone = [t for t in times if t.start() >= zone_start and t.end() <= zone_end
               and not (nearer_next and t.start() >= date.end()
                        and zone_end - t.end() < t.start() - date.end())
               and not (nearer_previous and t.end() <= date.start()
                        and t.start() - zone_start < date.start() - t.end())]
    if not in_zone:
        return None
    return min(in_zone, key=lambda t: max(t.start() - date.end(), date.start() - t.end()))


def _same_day(a: re.Match[str], b: re.Match[str]) -> bool:
    """Two dates printing the same numbers: "28/5/2024" and "(dl: 28/05/2024)"."""
    return [int(n) for n in re.findall(r"\d+", a[0])] == [int(n) for n in re.findall(r"\d+", b[0])]


def _clock(m: re.Match[str] | None) -> tuple[int, int, int, timezone | None]:
    if m is None:
        return 0, 0, 0, None
    hour = int(m["H"])
    minute = int(m["M"] or m["M2"] or m["M3"] or 0)
    second = int(m["S"] or 0)
    hour = _apply_meridiem(hour, (m["mer"] or "").replace(".", ""))
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise _InvalidDate(f"bad clock time {m[0]!r}")
    tz = _parse_offset(m["off"]) if m["off"] else None
    return hour, minute, second, tz


def _apply_meridiem(hour: int, meridiem: str) -> int:
    # Lenient on purpose: templates print "13:00 PM", so an hour past 12
    # keeps its 24-hour meaning whatever the marker says.
    if meridiem in ("am", "sa", "sáng") and hour == 12:
        return 0
    if meridiem in ("pm", "ch", "chiều", "tối") and 1 <= hour < 12:
        return hour + 12
    if meridiem == "trưa" and 1 <= hour <= 3:  # "1 giờ trưa" = 13:00
        return hour + 12
    if meridiem == "đêm" and hour == 12:
        return 0
    if meridiem == "đêm" and 8 <= hour < 12:  # "11 giờ đêm" = 23:00
        return hour + 12
    return hour


# The zones overseas Vietnamese papers print their times in ("16:25 PDT Thứ sáu, 31/05/2024"):
# the unambiguous ones only (CST is also China's).
# After the time, or after its "AM"/"PM" ("Posted: 30 Mar 2015 09:12 AM PDT").
_NAMED_ZONE = re.compile(r"(?:(?<=\d)|(?<=\d [ap]m)|(?<=\d[ap]m))\s*\b(?P<zone>pdt|pst|edt|est|ict)\b")
_NAMED_ZONE_HOURS = {"pdt": -7, "pst": -8, "edt": -4, "est": -5, "ict": 7}


# The US Pacific or Eastern time named as the clock's zone in words ("7:04 sáng theo giờ PT",
# an overseas paper reprinting a Los Angeles story): the zone's own rules say whether summer
# time was in force that day.
_CLOCK_OF_ZONE = re.compile(r"\s*\(?\btheo\s+giờ\s+(?P<zone>pt|et|pdt|pst|edt|est)\b\)?")
_ZONE_RULES = {"pt": "America/Los_Angeles", "et": "America/New_York"}


def _gmt_zone(text: str) -> tuple[str, tzinfo | None]:
    """Cut "GMT+7" / "UTC" (or a time's named zone, "16:25 PDT", "theo giờ PT") out of
    ``text`` and return the zone it names."""
    named = _NAMED_ZONE.search(text) or ("giờ" in text and _CLOCK_OF_ZONE.search(text)) or None
    if named is not None:
        name = named["zone"]
        zone = ZoneInfo(_ZONE_RULES[name]) if name in _ZONE_RULES \
            else timezone(timedelta(hours=_NAMED_ZONE_HOURS[name]))
        return text[: named.start()] + " " + text[named.end() :], zone
    if "gmt" not in text and "utc" not in text:
        return text, None
    match = _GMT_OFFSET.search(text)
    if match is None:
        return text, None
    zone = _offset(match["sign"], match["h"], match["m"]) if match["sign"] else timezone.utc
    return text[: match.start()] + " " + text[match.end() :], zone


def _date_parts(m: re.Match[str], now_vn: datetime) -> tuple[int, int, int]:
    # Every date pattern names its fields d/m/y, or d2/m2/y2 in its second
    # alternative; year-less patterns have no y at all.
    fields = m.groupdict()
    suffix = "" if fields["d"] else "2"
    year = fields.get("y" + suffix)
    day, printed_month = int(fields["d" + suffix]), fields["m" + suffix]
    if printed_month.isdigit() and suffix:  # the day-first alternative, not year first
        day, month = _month_first_if_only_reading(day, int(printed_month))
    else:
        month = _month_number(printed_month)
    return (_full_year(year, now_vn) if year else now_vn.year), month, day


def _month_first_if_only_reading(day: int, month: int) -> tuple[int, int]:
    """(day, month) of a numeric date printed day first, or month first when no day-first
    reading exists: "10-24-2011, 12:18 AM" (a forum's or an English CMS's US order) is
    24 October."""
    if month > 12 and 1 <= day <= 12:
        return month, day
    return day, month


def _previous_year(moment: datetime) -> datetime:
    return _build(moment.year - 1, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _previous_day(moment: datetime) -> datetime:
    day = (moment - timedelta(days=1)).date()
    return _build(day.year, day.month, day.day, moment.hour, moment.minute, moment.second)


# ASP.NET's default en-US stamp, "M/d/yyyy h:mm:ss tt" ("8/5/2015 7:50:17 AM"): month first,
# no number zero-padded, seconds and AM/PM.  A Vietnamese page pads ("05/09/2023 10:47:12 AM",
# day first); only an unpadded single digit shows the en-US format.
_DOTNET_US_STAMP = re.compile(r"^\s*(?P<month>[1-9]|1[0-2])/(?P<day>[1-9]|[12]\d|3[01])/(?P<year>\d{4})"
                              r"(?P<clock>\s+(?P<hour>[1-9]|1[0-2]):[0-5]\d:[0-5]\d\s?[AP]M)"
                              # The text may run on after it ("… 7:50:17 AM Sau khi …").
                              r"(?P<rest>(?:\s[\s\S]*)?)$",
                              re.IGNORECASE)


def _day_first_dotnet(text: str) -> str:
    """``text`` with an en-US stamp (see _DOTNET_US_STAMP) rewritten day first.

    >>> _day_first_dotnet("8/5/2015 7:50:17 AM"), _day_first_dotnet("18/01/2022 01:54:00 AM")
    ('5/8/2015 7:50:17 AM', '18/01/2022 01:54:00 AM')
    """
    found = _DOTNET_US_STAMP.match(text)
    if found is None or not any(len(found[g]) == 1 for g in ("month", "day", "hour")):
        return text
    return f"{found['day']}/{found['month']}/{found['year']}{found['clock']}{found['rest']}".rstrip()


_FROM_TO_PERIOD = re.compile(r"\btừ\s+(?:ngày\s+)?\d{1,2}(?:\s*(?:[/.-]|\stháng\s)\s*\d{1,2})?(?:\s*[/.-]\s*\d{2,4})?"
                             r"\s+(?:đến(?:\s+hết)?|tới|-|–)\s+(?:ngày\s+)?\d{1,2}\b")
# A day or a clock printed before a period dates the line; an ordinal ("lần thứ 4") or a year
# alone does not.
_DATED_BEFORE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s*(?::|h|giờ)\s*\d{2}|\btháng\s+\d")
# A span of days or weeks: "3 ngày", "2 tuần".
_DURATION = re.compile(r"\b\d+\s+(?:ngày|tuần|tháng|năm)\b(?!\s*\d)")
# A day, the lunar day in brackets, a comma and a word: a lead's opening.
_DAY_LUNAR_NOTE_CLAUSE = re.compile(r"^(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*"
                                    r"\(\s*(?:nhằm|tức)\b[^()]*\)\s*,\s*[^\W\d_]")
# An event taking place "on" a day: its verb, "vào" and the day (or the part of it).
_EVENT_HELD_ON = re.compile(r"\b(?:diễn\s+ra|tổ[\s-]chức|khai\s+mạc|bế\s+mạc|khai\s+giảng)\s+vào\s+"
                            r"(?:(?:ngày|lúc|trưa|sáng|chiều|tối)\s+)?\d")
# An event's time label, then when it begins or the hours it runs from.
_EVENT_TIME = re.compile(r"^thời\s+gian\s*:[^\n]*?\b(?:bắt\s+đầu|từ)\b")
# Labels of days that date no post: "Ngày sinh: 30/07/2000", "Hạn nộp hồ sơ: …", "Ngày cấp: …".
# A forum member's joining day too: "Tham gia ngày: 29/01/2004", "Ngày tham gia:", "Joined:",
# "Tham gia\n23/7/2020" (no colon, the day on the next line).
# When a legal document takes effect ("Ngày hiệu lực: 01/09/2015", "Áp dụng: …"; the day it was
# issued, "Ngày ban hành: …", dates the document's page) and a lesson plan's days ("Ngày soạn:
# …", "Ngày giảng: …"), and the legal basis a text cites ("Căn cứ …"): no post's day.
_NOT_A_POST_DAY = re.compile(r"^\s*(?:ngày\s+sinh|sinh\s+ngày|năm\s+sinh|ngày\s+cấp|cấp\s+ngày"
                             r"|hạn\s+(?:nộp|chót|cuối|đăng\s+ký)|tham\s+gia(?:\s+ngày|\s+từ)?\s*(?::|(?=\d))"
                             r"|ngày\s+tham\s+gia|joined|join\s+date"
                             r"|(?:ngày\s+)?(?:áp\s+dụng|(?:có\s+)?hiệu\s+lực|soạn|giảng|dạy)\s*:"
                             # The legal basis a decision cites, "(–) Căn cứ Luật … ngày 24/5/1957":
                             # the law's day.
                             r"|[-–—•+*]?\s*căn\s+cứ\s)")
# "mùng" counts the first ten days of a lunar month ("mùng 8 tháng Giêng", "mùng 10/3").
_LUNAR_DAY = re.compile(r"\bmùng\s+\d"
                        # ... and a year named by its stem and branch ("25 tháng 11 năm Mậu Tuất"),
                        # or said to be lunar ("rằm tháng 7 âm lịch"), counts lunar days too.
                        r"|\bnăm\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+"
                        r"(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)\b|\bâm\s+lịch\b")
# What joins the two ends of a period: "26/10/1990 – 26/10/2023", "từ 1/3/2024 đến 31/3/2024".
_PERIOD_JOIN = re.compile(r"\s*(?:[-–—]|đến|tới)\s*")
# The period's end glued to its start by the dash ("18/11/1930-18/11/2023"), which the date
# patterns do not read as a second date.
# (Its separators may be mixed: "(11/4/2007-11/4-2017)".)
_PERIOD_END_GLUED = re.compile(r"[-–—]\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.-]\s*\d{4}\b"
                               # ... or a month the period runs to: "Từ ngày 01/9/2012 đến tháng 5/2013".
                               r"|\s*(?:đến|tới)\s+(?:hết\s+)?tháng\s+\d{1,2}\s*[/.-]\s*\d{4}\b"
                               # ... or the year a life ended, closing its brackets: "(October 16,
                               # 1948 - 2018)", "(15/3/1930 – 2020)".
                               r"|\s*[-–—]\s*(?:1[89]|20)\d{2}\s*\)")


def _parse_dated(
    text: str, times: list[re.Match[str]], gmt_zone: timezone | None, now_vn: datetime
) -> datetime | None:
    """A calendar date, with the clock time printed next to it if any."""
    dates = _find_dates(text)
    if not dates and _has_date_separator(text):
        # "23/08/202109:13:00", "28/05/2020270 lượt xem": the year glued to what follows.
        unglued = _GLUED_YEAR.sub(r"\1 ", text)
        if unglued != text:
            return _parse_dated(unglued, _find_times(unglued), gmt_zone, now_vn)
    if not dates and _has_word_month(text):
        unglued = _GLUED_WORD_YEAR.sub(r"\1 ", text)
        if unglued != text:
            return _parse_dated(unglued, _find_times(unglued), gmt_zone, now_vn)
    if not dates and (_has_word_month(text) or _ENGLISH_MONTH_HINT.search(text)):
        moved = _YEAR_AFTER_CLOCK.sub(r"\g<day> \g<year> \g<clock>", text)
        if moved != text:
            return _parse_dated(moved, _find_times(moved), gmt_zone, now_vn)
    yearless = not dates
    if (len(dates) >= 2 and not times and _PERIOD_JOIN.fullmatch(text, dates[0].end(), dates[1].start())) \
            or (len(dates) == 1 and not times and _PERIOD_END_GLUED.match(text, dates[0].end())):
        # "( 26/10/1990 – 26/10/2023)": a period (an anniversary's years, a campaign's
        # weeks), two days joined by a dash and no time, dates no post.
        return None
    if yearless and _LUNAR_DAY.search(text):
        # "ngay từ mùng 8 tháng Giêng", "(25 tháng 11 năm Mậu Tuất)": a day of the lunar
        # calendar, no day of the solar one.
        return None
    if yearless:
        dates = _find_yearless_dates(text, has_time=bool(times))
        if len(dates) >= 2 and _PERIOD_JOIN.fullmatch(text, dates[0].end(), dates[1].start()):
            # "Mùa hè (1/4 - 31/10): Sáng 7h30 - 11h00": a season's days, a site's opening
            # hours, no post's day.
            return None
        if not dates or (not times and len(text.split()) > _MAX_YEARLESS_LINE_WORDS):
            # "(P/s: Một số hình ảnh … trong sáng ngày 12/5).": a sentence naming a day of
            # its story, no timestamp line.
            return None
    year, month, day = _date_parts(dates[0], now_vn)
    hour, minute, second, time_zone = _clock(_time_for_date(0, dates, _outside(dates, times)))
    moment = _build(year, month, day, hour, minute, second, tz=time_zone or gmt_zone or VN_TZ)
    if yearless:
        return _latest_not_after(moment, now_vn, _previous_year)
    return moment


def _days_back(text: str) -> int | None:
    # Plain substring tests: clean_text has already collapsed the spaces.
    for word, days in _DAYS_BACK.items():
        if word in text:
            return days
    return None


def _parse_undated(
    text: str, times: list[re.Match[str]], gmt_zone: timezone | None, now_vn: datetime
) -> datetime | None:
    """A clock time and/or a day word ("Hôm qua 10:30", "10:30", "Hôm nay").

    A day word without a time is midnight, like any date without a time.
    """
    days_back = _days_back(text)
    if len(times) > 1 or not (times or days_back is not None):
        return None
    if days_back is None and _RECURRING_DAYS.search(text):
        # "Vào lúc 08:30 thứ 2 đến thứ 6 … sẽ phát sóng": a broadcast's weekly schedule, its
        # clock no day's time.
        return None
    if days_back is None and _MONTH_YEAR.search(text):
        # "T2, 05 / 2015 5:10 chiều": a month of another year printed without its day; the
        # clock is no time of today.
        return None
    hour, minute, second, time_zone = _clock(times[0] if times else None)
    day = (now_vn - timedelta(days=days_back or 0)).date()
    moment = _build(day.year, day.month, day.day, hour, minute, second, tz=time_zone or gmt_zone or VN_TZ)
    if days_back is not None:
        return moment
    return _latest_not_after(moment, now_vn, _previous_day)


def _parse_common(text: str) -> datetime | None:
    """The common printed shapes (``_COMMON_DATE_FIRST``, ``_COMMON_TIME_FIRST``), or None
    for the general scan."""
    match = _COMMON_DATE_FIRST.fullmatch(text) or _COMMON_TIME_FIRST.fullmatch(text)
    return None if match is None else _read_common(match)


def _read_common(match: re.Match[str]) -> datetime:
    """The moment a match of ``_COMMON_DATE_FIRST`` or ``_COMMON_TIME_FIRST`` prints."""
    if match["d"]:
        year, month, day = match["y"], match["m"], match["d"]
    else:
        year, month, day = match["wy"], match["wm"], match["wd"]
    day, month = _month_first_if_only_reading(int(day), int(month))
    hour = _apply_meridiem(int(match["H"] or 0), match["mer"] or "")
    return _build(_checked_year(int(year)), month, day, hour, int(match["M"] or 0),
                  int(match["S"] or 0))


def _parse_exact(text: str) -> datetime | None:
    """The shapes that need no clock to read: epochs, ISO 8601, the common printed ones."""
    return _parse_epoch(text) or _parse_iso(text) or _parse_common(text)


def _parse_fast(text: str, now_vn: datetime) -> datetime | None:
    """Regex route on cleaned, lower-cased text; None when no supported
    shape is present.

    Raises _InvalidDate when a supported shape names an impossible moment.
    A printed date beats a relative phrase next to it: it is more precise.
    """
    text = _day_first_dotnet(text)
    exact = _parse_exact(text)
    return exact if exact is not None else _parse_general(text, now_vn)


def _parse_general(text: str, now_vn: datetime) -> datetime | None:
    """The general scan, once ``_parse_exact`` found nothing."""
    # A theme's date badge, day, month and the year's last two digits after an apostrophe on
    # lines of their own: "15\n06\n'18" is 15/06/2018.
    text = _BADGE_DATE.sub(r"\1/\2/\3", text)
    # ... or the day and month with a dot over the year: "15.05 2024".
    text = _DOTTED_BADGE_DATE.sub(r"\1/\2/\3", text)
    if text[:1].isdigit() and not _has_date_separator(text):
        text = _SPACED_DATE.sub(r"\1/\2/\3", text)
    may_hold_date = _has_date_separator(text) or _has_word_month(text)
    if not may_hold_date:
        # No printed date can be present, so the cheap relative check goes
        # first and the date scans are skipped when it answers.
        relative = _parse_relative(text, now_vn)
        if relative is not None:
            return relative
    elif "trước" in text or "ago" in text:
        # "2 tháng 2 tuần trước" (two months two weeks ago) also spells a day and a month:
        # when the amounts before "trước" hold every number of the line, they are an age.
        amounts = _find_relative(text)
        if amounts and not any(ch.isdigit() for ch in text[:text.find(amounts)]):
            return _go_back(now_vn, amounts)
    text, gmt_zone = _gmt_zone(text)
    times = _find_times(text)
    dated = _parse_dated(text, times, gmt_zone, now_vn)
    if dated is not None:
        return dated
    # Relative before undated: "2 giờ trước" must not be read as 02:00.
    relative = _parse_relative(text, now_vn) if may_hold_date else None
    return relative or _parse_undated(text, times, gmt_zone, now_vn)


# --------------------------------------------------------------------------
# dateparser route


@lru_cache(maxsize=32)
def _date_data_parser(relative_base: datetime):
    # Imported lazily: dateparser adds ~0.3 s to start-up and most pages
    # never need it.
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["vi"], settings={**_SETTINGS_BASE, "RELATIVE_BASE": relative_base})


def _prepare_for_dateparser(text: str) -> str:
    text = _GMT_OFFSET.sub(" ", text.lower())
    text = _WEEKDAY.sub(" ", text)
    text = _LABEL.sub(" ", text)
    text = _GIO_AFTER_TIME.sub(" ", text)
    # dateparser cannot read "10h10" and reads "10h" as a duration.
    text = _HOUR_H_MINUTE.sub(r"\1:\2", text)
    text = _HOUR_ONLY.sub(r"\1:00", text)
    text = _DATEPARSER_NOISE.sub(" ", text)
    return " ".join(text.replace(" ,", ",").split()).strip(" ,-")


def _parse_with_dateparser(text: str, now_vn: datetime) -> datetime | None:
    prepared = _prepare_for_dateparser(text)
    # Bare digit runs are ids, phone numbers or counters; dateparser would
    # read "0912345678" as a 1998 timestamp.  Real epochs take the fast path.
    if not prepared or prepared.isdigit():
        return None
    relative_base = now_vn.replace(tzinfo=None)
    data = _date_data_parser(relative_base).get_date_data(prepared)
    if data is None or data.date_obj is None:
        return None
    # "05/2020" comes back as the 9th of May with period "month": the
    # day is invented, so only relative phrases may be that coarse.
    if data.period in ("month", "year") and not _RELATIVE_WORDS.search(prepared):
        return None
    return data.date_obj.astimezone(VN_TZ)


# --------------------------------------------------------------------------
# Public API


_MERIDIEM_GLUED = re.compile(r"(?<=\d[AP]M)(?=[A-ZĐÀ-Ỹ])|(?<=\d [AP]M)(?=[A-ZĐÀ-Ỹ])")
# A visitor-counter module's lines: "Your IP: 3.237.71.23" over the server's clock.
_VISITOR_IP = re.compile(r"\b(?:your\s+ip|ip\s+của\s+bạn|địa\s+chỉ\s+ip)\b")
# A day opening a sentence: "(Sáng) ngày 2.8.2018, " and a clause after the comma.
# (The comma may be left out after "Ngày …": "Ngày 02/06/2024 UBND xã Tiền Phong tổ chức …".)
_DAY_THEN_COMMA = re.compile(r"^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*,?\s*"
                             r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*,\s*)",
                             re.IGNORECASE)
# A clock opening a line, a stop or dash, then words: a programme's item.
_SCHEDULE_ITEM = re.compile(r"^\d{1,2}\s*[:h]\s*\d{2}\s*(?:am|pm|sa|ch)?\s*[.–-]\s+[^\W\d_]{2,}\s+[^\W\d_]")
_DAY_MONTH = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\btháng\s+\d|\bthứ\s+(?:\d|hai|ba|tư|năm|sáu|bảy)|\bchủ\s+nhật"
                        r"|\bhôm\s+(?:nay|qua)")
# A part of the day, then the event's weekday or day (not "nay": this morning, today).
# A day figures are counted up to: "tính đến ngày 30/10/2018", "đến hết ngày …".
_AS_OF_DAY = re.compile(r"\btính\s+đến\s+(?:hết\s+)?ngày\s+\d")
_TIMES_OF_DAY = ("sáng", "chiều", "tối", "trưa", "đêm")
_EVENT_TIME_OF_DAY = re.compile(r"^(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+\d|thứ\s|chủ\s+nhật|chúa\s+nhật|\d{1,2}\s*[/.-])")
# The clause's words in small letters, at least: a verb phrase, no meta line's "bởi Admin".
_MIN_CLAUSE_SMALL_WORDS = 4


def _opens_a_sentence(text: str) -> bool:
    """True for a sentence opening with its event's day, a comma and a clause of words in
    small letters (no clock, no digits): a lead's first sentence, no timestamp.

    >>> _opens_a_sentence("Sáng ngày 2.8.2018, Hội Phụ nữ xã Suối Dây ra mắt câu lạc bộ mới")
    True
    >>> _opens_a_sentence("Thứ Năm, 28/05/2020, 10:10"), _opens_a_sentence("28/05/2020, bởi Nguyễn Văn An")
    (False, False)
    """
    day = _DAY_THEN_COMMA.match(text)
    if day is None:
        return False
    clause = text[day.end():]
    words = clause.split()
    return not any(ch.isdigit() for ch in clause) \
        and sum(w.isalpha() and w.islower() for w in words) >= _MIN_CLAUSE_SMALL_WORDS


# A document's number, then the day it was issued: "số 18-NQ/TW ngày 25/10/2017" (its code
# maybe set apart: "số 298 KH/TWĐTN ngày 14/7/2011"; a comma before the day: "số 822-CV/BTGTU,
# ngày 18/4/2019").
# (Or its number alone, letters after its slash or dash: "Kế hoạch 143/KH-MNPC ngày 30 …".)
_DOCUMENT_DAY = re.compile(r"\bsố\s+\d[\w/.-]*(?:\s+[\w.-]*/[\w/.-]*)?\s*,?\s+ngày\s+\d|\b\d{1,5}[/-][\w/.-]*[a-zđ][\w/.-]*\s+ngày\s+\d")
_ANY_CLOCK = re.compile(r"\d{1,2}\s*(?::|h|giờ)\s*\d{2}")


# A file's name, one word ending with a picture's, a recording's or a document's extension.
_FILE_NAME = re.compile(r"^\S+\.(?:png|jpe?g|gif|webp|bmp|svg|tiff?|mp[34]|pdf|docx?|xlsx?)$", re.IGNORECASE)


def _the_timed_line(text: str) -> str | None:
    """Of several dated lines, the only one with a clock: a header's day over the post's dated
    and timed line ("Thứ tư, ngày 1 tháng 5 năm 2024" / "Thứ hai, ngày 26 tháng 6 năm 2023 |
    13:58")."""
    lines = [clean_text(line) for line in text.split("\n")]
    dated = [line for line in lines if _DAY_MONTH.search(line.lower())]
    clocked = [line for line in dated if _ANY_CLOCK.search(line)]
    return clocked[0] if len(clocked) == 1 and len(dated) > 1 else None


def parse_published(text: str | None, *, now: datetime | None = None) -> datetime | None:
    """Parse a printed publication time into an aware Vietnam-time datetime.

    ``now`` is the fetch time (aware, or naive UTC) used for relative
    shapes; it defaults to the current time.  Returns None, never raises,
    when there is no valid date.  Supported shapes: :data:`SUPPORTED_SHAPES`.

    >>> parse_published("Thứ Hai, 09/12/2024 - 07:30").isoformat()
    '2024-12-09T07:30:00+07:00'
    >>> parse_published("Chủ nhật, ngày 08 tháng 12 năm 2024 16:02 (GMT +7)").isoformat()
    '2024-12-08T16:02:00+07:00'
    >>> fetched = datetime(2024, 12, 9, 8, 0, tzinfo=timezone.utc)
    >>> parse_published("2 giờ trước", now=fetched).isoformat()
    '2024-12-09T13:00:00+07:00'
    >>> parse_published("31/02/2020") is None
    True
    """
    moment = _read_published(text, now)
    if moment is not None and moment.astimezone(VN_TZ).date() == _UNIX_EPOCH_DAY:
        # "Gửi ngày 01/01/1970": a CMS's zero timestamp printed for a post it has no day for.
        return None
    return moment


_UNIX_EPOCH_DAY = datetime(1970, 1, 1).date()


def _read_published(text: str | None, now: datetime | None) -> datetime | None:
    """``parse_published``'s reading, before the zero timestamp is refused."""
    cleaned = clean_text(text)
    if "{{" in cleaned:
        # A header widget's unrendered template ("{{today.type}} {{today.low}}độ"): its
        # placeholders name no day, "today" inside one least of all.
        cleaned = _TEMPLATE_PLACEHOLDER.sub(" ", cleaned).strip()
    if "年" in cleaned:
        # A Japanese or Chinese date, on the sites of Vietnamese communities in Japan and
        # Taiwan: "2017年11月11日" is 2017/11/11, year first.
        cleaned = _CJK_DATE.sub(r"\1/\2/\3 ", cleaned).strip()
    if not cleaned:
        return None
    alone = _ISO_ALONE.fullmatch(cleaned)
    if alone is not None:
        # Nothing but a declared timestamp: none of the checks below could refuse it, and
        # reading it first keeps the commonest call cheap.
        try:
            return _iso_alone_moment(alone)
        except _InvalidDate:
            return None
    if " " not in cleaned and _FILE_NAME.match(cleaned):
        # "vlcsnap-2022-10-05-10h24m48s795.png": a photo's file name (an image's alt text),
        # whose digits date a screenshot, no post.
        return None
    # "7:50:17 AMSau khi …": the text glued to the stamp's AM/PM, its capital the boundary.
    lowered = _MERIDIEM_GLUED.sub(" ", cleaned).lower()
    common = _COMMON_DATE_FIRST.fullmatch(lowered) or _COMMON_TIME_FIRST.fullmatch(lowered) \
        if len(lowered) <= _MAX_COMMON_LENGTH else None
    if common is not None and not common["mer"]:
        # A line that is only a timestamp of the commonest shapes ("Thứ Hai, 09/12/2024 -
        # 07:30"): none of the checks below can refuse it, so it is read first. (With AM/PM it
        # may be .NET's month-first stamp, which the reading below turns round.)
        try:
            return _read_common(common)
        except (_InvalidDate, ValueError):
            return None
    if _VISITOR_COUNT.search(lowered) or (_COUNTER_WORDS.search(lowered) and _RELATIVE_DAY.search(lowered)
                                          and not _ANY_DATE.search(lowered)):
        # A visitor counter's line ("Hôm nay: 1", "Hôm qua: 1.234"), or its block whatever
        # the order ("Đang Online: 5 Truy cập hôm nay: 31951 Tổng số truy cập: …"): a count,
        # not a day.
        return None
    if "ip" in lowered and _VISITOR_IP.search(lowered):
        return None  # the visitor module's clock under the reader's address, no post's time
    timed = _the_timed_line(text) if "\n" in text else None
    if timed:
        cleaned, lowered = timed, _MERIDIEM_GLUED.sub(" ", timed).lower()
    period = _FROM_TO_PERIOD.search(lowered) if "từ" in lowered else None
    if period and not _DATED_BEFORE.search(_DURATION.sub(" ", lowered[:period.start()])):
        # "Từ ngày 7 đến 13 tháng 7 năm 2025", "từ 29.06 đến 30.06.2019", "Trong 3 ngày từ 17
        # tháng 3 đến …": a period's days, unless a day printed before it dates the line
        # ("04/07/2007 Trong thời gian từ …"); a duration before it dates nothing, nor does an
        # ordinal ("… lần thứ 4 tại Bangkok, từ ngày 26 – 29/5/2007").
        return None
    if lowered.startswith("thời gian") and _EVENT_TIME.match(lowered):
        # "Thời gian: Bắt đầu từ 8h00 ngày 08 tháng 01 năm 2018", "Thời gian: Chủ nhật, ngày
        # 6/1/2019, từ 10:00am đến 10:00pm": when an event begins or runs, no post's time
        # (the label over a bare day, "Thời gian: 27/04/2013", still dates the post).
        return None
    if ("vào" in lowered) and _EVENT_HELD_ON.search(lowered):
        # "Dự kiến, Lễ ra quân Chiến dịch sẽ diễn ra vào ngày 28/6/2020.", "… đã được tổ-chức
        # vào ngày 14/8/2022 tại …": the day an event takes place, in a sentence, no post's.
        return None
    if _NOT_A_POST_DAY.match(lowered):
        # A birth date, a deadline, a document's day of issue: a day, but no post's.
        return None
    document = _DOCUMENT_DAY.search(lowered) if "ngày" in lowered else None
    if document and not _ANY_CLOCK.search(lowered) and not _DAY_MONTH.search(lowered, 0, document.start()):
        # "… Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành …", "Quyết định số
        # 222/QĐ-UBND ngày 27/10/2021": the day a document was issued, named by its number in a
        # headline, a sentence or a line of its own, no post's (unless a day printed before it
        # dates the line).
        return None
    if lowered[:1].isdigit() and _SCHEDULE_ITEM.match(lowered) and not _DAY_MONTH.search(lowered) \
            and not _find_relative(lowered):
        # "09:00 am. Phật tử tề tựu": a programme's item, its hour and what happens then.
        return None
    if "đến" in lowered and _AS_OF_DAY.search(lowered):
        return None  # "(số liệu tính đến ngày 30/10/2018)": figures as of a day, no post's
    if lowered.startswith("ảnh chụp"):
        return None  # "Ảnh chụp sau buổi lễ khai trương 22/11/1993": a photo's day, in its caption
    if lowered.startswith(_TIMES_OF_DAY) and _EVENT_TIME_OF_DAY.match(lowered):
        # "Chiều Chủ Nhật 26 tháng Giêng, 2020", "Tối ngày 17/7/2022 (nhằm 19/6/Nhâm Dần), chùa
        # …": the time of day an event took place, a lead's opening, no timestamp line. ("Sáng
        # nay, ngày 01/08/2022" dates the post that tells of this morning.)
        return None
    if ("nhằm" in lowered or "tức" in lowered) and _DAY_LUNAR_NOTE_CLAUSE.match(lowered):
        # "Ngày 29/3/2021 (nhằm ngày 17 tháng 2 năm Tân Sửu), Đoàn Lãnh đạo huyện …": a lead
        # opening with its event's day and the lunar one, then its clause. (The two days alone,
        # "Ngày 15/9/2024 (tức 13 tháng 8 năm Giáp Thìn)", date the post.)
        return None
    if _opens_a_sentence(cleaned):
        # "Ngày 21/8/2013, TAND huyện Hải Lăng đã mở phiên tòa …": a lead's sentence opening
        # with the day of its event, no timestamp line.
        return None
    if " / " in lowered:
        # The day the line prints, not "hôm nay" read as the fetch day.
        lowered = _SPACED_SLASH_DATE.sub(r"\1/\2/\3", lowered)
    lowered = _day_first_dotnet(lowered)
    lowered = _YEAR_COLON_TIME.sub(" ", lowered)
    if _ORDINAL_DAY.search(lowered):
        lowered = _ORDINAL_DAY.sub("", lowered)
    try:
        exact = _parse_exact(lowered)
        if exact is not None:
            return exact
        now_vn = _now_in_vietnam(now)  # only relative and year-less shapes need the clock
        fast = _parse_general(lowered, now_vn)
        if fast is not None:
            return fast
        if not _DATEPARSER_MATERIAL.search(lowered) or _MONTH_OF_YEAR_ONLY.fullmatch(lowered):
            return None
        return _parse_with_dateparser(lowered, now_vn)
    except (_InvalidDate, ValueError, OverflowError, KeyError):
        return None
    except Exception:  # dateparser has raised odd errors on odd input
        return None
