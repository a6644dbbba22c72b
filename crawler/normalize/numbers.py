"""Numbers as Vietnamese news pages print them (view counters, percentages).

Vietnamese writes "." for thousands and "," for decimals ("1.234,5"), but
many CMS themes and counter plugins print English style ("1,234") or short
forms ("1,2K", "3,5 nghìn", "1.2M").  The rules below pick one reading per
shape; see :func:`parse_views` for the full list.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP

from crawler.normalize.text import clean_text

__all__ = ["parse_views", "parse_vn_number"]

_THOUSAND = Decimal(1_000)
_MILLION = Decimal(1_000_000)
_BILLION = Decimal(1_000_000_000)

_UNIT_VALUES: dict[str, Decimal] = {
    "k": _THOUSAND,
    "n": _THOUSAND,  # "1,2N" = 1,2 nghìn
    "nghìn": _THOUSAND,
    "ngàn": _THOUSAND,
    "nghin": _THOUSAND,
    "ngan": _THOUSAND,
    "m": _MILLION,
    "tr": _MILLION,  # "1,2Tr" = 1,2 triệu
    "triệu": _MILLION,
    "trieu": _MILLION,
    "b": _BILLION,
    "tỷ": _BILLION,
    "tỉ": _BILLION,
    "ty": _BILLION,
}
# Longest first so "triệu" is not read as "tr" + "iệu".
_UNIT_PATTERN = "|".join(sorted(map(re.escape, _UNIT_VALUES), key=len, reverse=True))

# A digit run with "." / "," groups, optionally followed by a multiplier.
# The unit must end the word: "1 không" is not "1 k".
_VIEW_TOKEN = re.compile(
    rf"(?<![\d.,])(?P<num>\d+(?:[.,]\d+)*)(?:\s*(?P<unit>{_UNIT_PATTERN})(?![^\W\d_]))?",
    re.IGNORECASE,
)

# "1 234" / "1\u00a0234": locale formatters (Intl, ICU) group thousands
# with spaces.  Only joined when the first group starts the field (after
# punctuation or a view label), so "Thứ 5 270 lượt xem" stays 5 and 270.
# A percentage after the counter is no group of its digits ("Lượt xem: 400" / "100%": a font-size
# or rating widget's figure on the next line).
_SPACE_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,%]|\s\d)")

# Dates and clock times sit next to counters in meta lines; their digits
# are never a view count.
_DATE_OR_TIME = re.compile(
    r"\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\b\d{1,2}h\d{2}\b"
    # The time's zone ("12:47 GMT+7", "(UTC +07:00)"): an offset, not a count.
    r"|\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?",
    re.IGNORECASE,
)

# Labels that announce a view count before the number ("Lượt xem: 1.234").
# Bare "đọc" is excluded: "Thời gian đọc: 5 phút" is a reading time.
_LABEL_BEFORE = (
    # An audio story's listens ("Lượt nghe: 1133") count like views.
    r"(?:số\s+)?(?:lượt\s+(?:xem|đọc|nghe|truy\s+cập|view)|lần\s+(?:xem|đọc)"
    # Liferay's English interface: "View count: 226".
    r"|đã\s+(?:xem|đọc)|người\s+(?:xem|đọc)|views?(?:\s+count)?|hits?|reads?|xem|👁\ufe0f?|👀"
    # schema.org's interaction count as Joomla prints it: "UserPageVisits:57".
    r"|(?:page\s*)?visits?"
    # A Korean board's views (Gnuboard's "조회 199", "조회수: 199"), on the portals of
    # Vietnamese in Korea.
    r"|조회수?)"
)
# Words that follow a view count ("270 lượt xem", "Đã xem 45 lần").
_LABEL_AFTER = (
    # Bare "lượt" before another word counts people or things ("115 nghìn lượt hội viên",
    # "lượt người", "lượt xe"), not views.
    r"(?:lượt(?:\s+(?:xem|đọc|nghe|truy\s+cập|view)|(?![ \t\u00a0]+[^\W\d_]))|lần(?:\s+(?:xem|đọc))?"
    r"|người\s+(?:xem|đọc)|views?|hits?|reads?"
    # A theme's bare "đọc" (reads): "30 đọc" ("đọc giả" misspells readers, people).
    r"|đọc(?!\s+giả)"
    # Wix's Japanese interface, on sites of Vietnamese in Japan: "0回の閲覧" (0 views).
    r"|回の閲覧"
    # ... and after it: "199 조회".
    r"|조회수?)(?![^\W\d_])"
)
# Numbers that belong to something else: durations, money, percentages,
# and the comment/like/share/reply counters printed next to the view counter ("(0) Bình
# luận", a forum's "0 Trả lời").
_OTHER_COUNTER_LABEL = (
    # (German, Czech and Polish themes of papers abroad: "Kommentar (0)", "Komentář (0)".)
    r"(?:bình\s+luận|ý\s+kiến|comments?|kommentare?|komentá?ř[eů]?|komentarz[ey]?|likes?|thích"
    # (Blogger's Vietnamese "0 nhận xét:": comments.)
    r"|chia\s+sẻ|shares?|phản\s+hồi|trả\s+lời|nhận\s+xét"
    r"|repl(?:y|ies)"
    # People reached, not views ("thu hút 2500 lượt người"); a gift counter ("0 đã tặng").
    r"|lượt\s+người|đã\s+tặng"
    # A document's downloads printed beside its views ("18 lượt xem 2 download").
    r"|downloads?|lượt\s+tải|tải\s+về"
    # A Korean board's comments ("댓글 (0)"; Gnuboard, the portals of Vietnamese in Korea).
    r"|댓글"
    # ... and its length ("Số trang 118").
    r"|số\s+trang"
    # A star rating's voters ("5/5 - (2 đánh giá)", "(12 bình chọn)").
    # (Not the rating widget's own label under the count: "788" / "Đánh giá bài viết".)
    r"|đánh\s+giá(?!\s+(?:bài|tin|nội\s+dung))|bình\s+chọn|votes?|ratings?"
    # A page's followers and the readers online now ("7.600 người theo dõi", "561 người đang
    # online"): people, no views of the article.
    r"|(?:người\s+)?theo\s+dõi|followers?|(?:người\s+|khách\s+)?đang\s+(?:online|trực\s+tuyến|truy\s+cập)"
    r"|người\s+online"
    # A search's count of what it found ("525 tin tức, video về …", "12 bài viết", "40 kết quả").
    r"|tin\s+tức|bài\s+viết|kết\s+quả)"
)
_NOT_A_VIEW_AFTER = re.compile(
    # A document's page count ("Tải bản đầy đủ (.doc) (146 trang)").
    rf"^\s*[)\]]?\s*(?:{_OTHER_COUNTER_LABEL}|phút|giây|giờ|tiếng|ngày|tuần|tháng|năm|min(?:ute)?s?|%|đồng|vnđ|vnd|đ|km|kg"
    # A file's size ("không quá 10MB").
    r"|[kmg]b"
    rf"|trang)(?![^\W\d_])"
    # A file's name ending in its number: "QĐ 06.pdf" (an attached document), no count.
    r"|^\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png)\b"
    # A report's statistics: people or things by their count ("811.401 lượt đoàn viên", "3.337
    # cuộc", "120 hộ"), "lượt" before another word than a view's.
    r"|^\s*(?:lượt\s+(?!xem|đọc|nghe|truy|view)[^\W\d_]|(?:cuộc|buổi|lớp|đợt|hộ|suất|chiếc|trường\s+hợp"
    r"|đơn\s+vị|hội\s+viên|đoàn\s+viên|học\s+sinh|thí\s+sinh|em)(?![^\W\d_]))",
    re.IGNORECASE,
)
# (Nor a year after "năm": "… 6 triệu lượt khách năm 2025".)
_NOT_A_VIEW_BEFORE = re.compile(rf"{_OTHER_COUNTER_LABEL}\s*[:：(]?\s*$|(?<![^\W\d_])năm\s+$", re.IGNORECASE)
# The site's visit-counter widget ("Thống kê truy cập": "Lượt truy cập: 128.869.079", "Đang
# online: 25", "Đang xem: 5" (readers on the site now), "Tất cả: 3,579,342", "Trong tuần: 14,948"): visits to the whole site, never one
# article's views.
_SITE_STATISTIC_BEFORE = re.compile(
    r"(?:(?:tổng\s+(?:số\s+)?)?lượt\s+truy\s+cập|đang\s+(?:truy\s+cập|online|trực\s+tuyến|xem)"
    r"|khách\s+(?:online|trực\s+tuyến)|online|trực\s+tuyến|hôm\s+nay|hôm\s+qua|trong\s+(?:ngày|tuần|tháng|năm)"
    r"|tuần\s+(?:này|trước)|tháng\s+(?:này|trước)|tất\s+cả|tổng\s+cộng|thống\s+kê\s+truy\s+cập)"
    r"\s*[:：]\s*$"
    # (The widget's title over its bulleted total: "Thống kê truy cập • 000654905".)
    r"|thống\s+kê\s+truy\s+cập\s*[•·-]?\s*$", re.IGNORECASE)
# The same in a sentence, whatever follows the number: "… số lượng truy cập 560.000 lượt" (a
# site's report of itself).
# "Hits:" printed after the readers online ("Đang online: 007 Hits: 016412086"): the
# site's counter block, its hits the whole site's.
_HITS_LABEL = re.compile(r"\bhits?\s*[:：]?\s*$", re.IGNORECASE)
_ONLINE_COUNT = re.compile(r"(?:đang\s+)?(?:online|trực\s+tuyến)\s*[:：]\s*\d", re.IGNORECASE)
# (Blogger's Stats widget: "Tổng số lượt xem trang", the blog's page views.)
_SITE_TOTAL_BEFORE = re.compile(r"(?:(?:số\s+lượng|tổng\s+số)\s+(?:lượt\s+)?truy\s+cập"
                                r"|tổng\s+số\s+lượt\s+xem\s+trang)\s*[:：]?\s*$",
                                re.IGNORECASE)
# The visit counter's label run into its number, no colon between: a widget printing the label
# and the number in elements of their own ("Tổng lượt truy cập<span>2.318.640</span>", "SỐ LƯỢT
# TRUY CẬP" over one digit an element).
# So are the counter's lines that say when or who without a colon ("Truy cập hiện tại 103",
# "Truy cập tổng 5.005", "Đang truy cập38").
# ("Truy câp", "truy cap": the label typed with a mark missing, or none.)
_VISITS = r"truy\s+c(?:ập|âp|ạp|ap)"
_SITE_VISITS_BEFORE = re.compile(rf"(?:(?:tổng\s+(?:số\s+)?|số\s+)lượt\s+{_VISITS}|^\s*lượt\s+{_VISITS}"
                                 # The site's visitors: "KHÁCH VIẾNG THĂM\n100,000".
                                 r"|(?:khách|lượt)\s+viếng\s+thăm"
                                 rf"|đang\s+(?:{_VISITS}|online|trực\s+tuyến)|tổng\s+{_VISITS}"
                                 rf"|{_VISITS}\s+(?:hiện\s+tại|tổng|hôm\s+nay|hôm\s+qua"
                                 r"|trong\s+(?:ngày|tuần|tháng|năm)|(?:tuần|tháng|năm)\s+(?:này|trước)))"
                                 r"\s*[:：]?\s*$", re.IGNORECASE)
# (On the count's own line: "lượt xem 0" over a "download" button on the next is the views.)
_OTHER_COUNTER_AFTER = re.compile(rf"^[^\S\n]*[)\]]?[^\S\n]*{_OTHER_COUNTER_LABEL}(?![^\W\d_])", re.IGNORECASE)
_OTHER_COUNTER_WITH_ITS_COUNT = re.compile(rf"^[^\S\n]*{_OTHER_COUNTER_LABEL}[^\S\n]*[:：]?[^\S\n]*\d", re.IGNORECASE)
_LABEL_THEN_COLON = re.compile(rf"{_LABEL_BEFORE}\s*(?:[:：]\s*\(?|\()\s*$", re.IGNORECASE)
_LABEL_THEN_SPACE = re.compile(rf"{_LABEL_BEFORE}\s*$", re.IGNORECASE)
_FOLLOWED_BY_LABEL = re.compile(rf"^\s*{_LABEL_AFTER}", re.IGNORECASE)
_VIEW_LABEL = re.compile(rf"{_LABEL_BEFORE}|{_LABEL_AFTER}", re.IGNORECASE)
# ... as a rate ("30 triệu lượt truy cập/ngày", "mỗi ngày"): a statistic in a headline, no
# page's counter.
_RATE_AFTER = re.compile(
    rf"^\s*{_LABEL_AFTER}\s*(?:/|mỗi|một|trên)\s*(?:ngày|tuần|tháng|năm|giờ)(?![^\W\d_])",
    re.IGNORECASE)
# A bare number between two words of a sentence ("… học sinh 0 Cô giáo …": the comment count
# run into a headline and its teaser) is no counter of its own.
_WORD_BEFORE = re.compile(r"[^\W\d_]\s+$")
_WORD_AFTER = re.compile(r"^\s+[^\W\d_]")
# A noun of two words or more in small letters after the number counts things: "108 nhà
# thờ", "3.228 kiến nghị cử tri gửi tới Quốc hội".
# (Not a reader's word: "1.045 xem", "12 người xem".)
# The pages a document site shows of a file: "Bạn đang xem 20 trang mẫu".
_PAGES_AFTER = re.compile(r"^\s*trang\b", re.IGNORECASE)
_READER_WORDS = frozenset({"xem", "đọc", "lượt", "lần", "người", "view", "views", "hit", "hits", "read", "reads"})


def _counts_things(after: str) -> bool:
    """True when two words in small letters follow the number, the first no reader's word:
    "108 nhà thờ" (not "1.045 xem", nor a label in capitals, "415 Đánh giá bài viết").

    >>> _counts_things(" nhà thờ"), _counts_things(" người xem"), _counts_things(" Đánh giá bài viết")
    (True, False, False)
    """
    words = after.split()[:2]
    return len(words) == 2 and after[:1].isspace() and all(w.isalpha() and w.islower() for w in words) \
        and words[0] not in _READER_WORDS
# True when the number is not glued to a preceding word ("Bình luận 3").
_STANDS_ALONE = re.compile(r"(?:^|[^\w\s])\s*$")

_SIGNED_NUMBER = re.compile(r"(?<![\w.,])(?P<sign>[-−+])?(?P<num>\d+(?:[.,]\d+)*)")


def _valid_thousand_groups(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _split_mixed_separators(num: str) -> tuple[str, str] | None:
    """Split "1.234,5" / "1,234.5": the last mark is the decimal point."""
    decimal_at = max(num.rfind("."), num.rfind(","))
    whole, fraction = num[:decimal_at], num[decimal_at + 1 :]
    grouping = "." if num[decimal_at] == "," else ","
    if num[decimal_at] in whole:
        return None  # "1,234,5.6": decimal mark used twice
    groups = whole.split(grouping)
    if not _valid_thousand_groups(groups):
        return None
    return "".join(groups), fraction


def _to_decimal(whole: str, fraction: str = "") -> Decimal:
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def _view_count_value(num: str, unit: str | None) -> int | None:
    """Read one counter token; None when the shape is not a count.

    The rules, in order:

    * "." and "," both present: the last one is the decimal mark.
    * One mark repeated ("12.345.678", "1,234,567"): thousands.
    * One mark once, with a unit (K, nghìn, Tr, M...): "," is a decimal
      (Vietnamese), "." is a decimal when 1-2 digits follow ("1.2K") and a
      thousands mark when exactly 3 follow ("1.500 nghìn").
    * One mark once, no unit, exactly 3 digits after it: thousands, for
      both "." (Vietnamese) and "," (English-style "Views: 1,234").  A view
      count is a whole number, so "1,234" cannot be the decimal 1.234;
      English-locale counter plugins are common on WordPress-based sites.
    * Anything else without a unit ("1,5", "1.23") is not a whole count.
    """
    multiplier = _UNIT_VALUES[unit.lower()] if unit else Decimal(1)
    marks = [ch for ch in num if ch in ".,"]
    if not marks:
        value = _to_decimal(num)
    elif len(set(marks)) == 2:
        parts = _split_mixed_separators(num)
        if parts is None:
            return None
        value = _to_decimal(*parts)
    elif len(marks) > 1:
        groups = re.split(r"[.,]", num)
        if not _valid_thousand_groups(groups):
            return None
        value = _to_decimal("".join(groups))
    else:
        whole, fraction = re.split(r"[.,]", num)
        is_decimal = bool(unit) and (marks[0] == "," or len(fraction) <= 2)
        if is_decimal:
            value = _to_decimal(whole, fraction)
        elif len(fraction) == 3 and len(whole) <= 3:
            value = _to_decimal(whole + fraction)
        else:
            return None
    scaled = value * multiplier
    if not unit and scaled != scaled.to_integral_value():
        return None
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _join_space_groups(text: str) -> str:
    def join(m: re.Match[str]) -> str:
        before = text[: m.start()]
        if _STANDS_ALONE.search(before) or _LABEL_THEN_SPACE.search(before):
            return re.sub(r"\s", "", m[0])
        return m[0]

    return _SPACE_GROUPED.sub(join, text)


# A star rating's score with its decimal ("4.5/5", "8,5/10"): no count, no date.
# A star rating's score: "4.5/5", and "4.2 ( 5 lượt)" (the score, then its votes in brackets).
_RATING_SCORE = re.compile(r"(?<![\d.,])\d[.,]\d\s*/\s*(?:5|10)(?!\d)"
                           r"|(?<![\d.,])\d[.,]\d\s*\(\s*\d+\s*(?:lượt|votes?|đánh\s+giá)\s*\)")


def _prepare_counter_text(text: str) -> str:
    cleaned = clean_text(text)
    return _join_space_groups(_DATE_OR_TIME.sub(" ", _RATING_SCORE.sub(" ", cleaned)))


# A number right after another field's label is that field's value ("Post: : 1", "Số: 12");
# a bare "Đọc:" is the counter's own label ("06/02/2020 - Đọc: 315").
_OTHER_FIELD_BEFORE = re.compile(r"(?<!\w)(?!đọc\b)[^\W\d_]+\s*:(?:\s*:)?\s*$", re.IGNORECASE)
# A meta line is short; the unlabelled number of a longer text is not a view counter.
MAX_COUNTER_LINE_WORDS = 12


# A line counting who is on the site or a board now, in no view counter's words.
_WHO_IS_ONLINE = re.compile(r"\bkhách\b.*\bthành\s+viên\b|\bthành\s+viên\b.*\bkhách\b"
                            r"|\bngười\s+đang\s+(?:xem|online|truy\s+cập)\b", re.IGNORECASE)


# A headline, then a count in brackets: "Kỷ Niệm 40 Năm Hội Cao Niên (26)", a list's comment or
# photo count after a story's title (four words or more), no views of the page.
_TITLE_BEFORE_COUNT = re.compile(r"(?:[^\W\d_]+\s+){3,}[^\W\d_]+\s*\(\s*$")


# "View" closing a place's name in title case, no label: "Khu học chánh Ocean View (2)".
_PLACE_NAMED_VIEW = re.compile(r"(?!Page\b)(?-i:[A-Z][a-z]+)\s+(?-i:View)\s*\(?\s*$")


def _pick_view_token(text: str) -> re.Match[str] | None:
    """Choose the counter among the numbers of a meta line.

    Preference: "label: N", then "N label" where N is not glued to another
    word (so "Bình luận 3 Lượt xem 270" skips the 3), then "label N", then
    "N label" at all, then the only number that is not obviously something
    else (a duration, an amount, a comment count).
    """
    tokens = list(_VIEW_TOKEN.finditer(text))
    if not tokens:
        return None

    def before(m: re.Match[str]) -> str:
        return text[: m.start()]

    def after(m: re.Match[str]) -> str:
        return text[m.end() :]

    checks = (
        lambda m: _LABEL_THEN_COLON.search(before(m)),
        lambda m: _FOLLOWED_BY_LABEL.match(after(m)) and _STANDS_ALONE.search(before(m))
        and not _RATE_AFTER.match(after(m)),
        # (Not "Bạn đang xem 20 trang mẫu": the pages of a document shown, after "xem".)
        # (Another counter after it with a number of its own, "Lượt xem 546Lượt tải 0", leaves
        # this one to the label before it.)
        lambda m: _LABEL_THEN_SPACE.search(before(m))
        and (not _OTHER_COUNTER_AFTER.match(after(m)) or _OTHER_COUNTER_WITH_ITS_COUNT.match(after(m)))
        and not _PAGES_AFTER.match(after(m)),
        lambda m: _FOLLOWED_BY_LABEL.match(after(m)) and not _RATE_AFTER.match(after(m)),
    )
    for check in checks:
        for token in tokens:
            if check(token):
                return token
    if len(text.split()) > MAX_COUNTER_LINE_WORDS:
        return None  # a sentence's lone number counts something else ("20 buổi tuyên truyền")
    if _WHO_IS_ONLINE.search(text):
        return None  # who is reading now, no views: "0 khách và 0 thành viên", "1 người đang xem"
    if any(_counts_things(after(m)) and not _NOT_A_VIEW_AFTER.match(after(m)) for m in tokens):
        # A line counting things ("108 nhà thờ", "Mục tiêu: 100 cụm nhà vệ sinh mới / Đã đạt
        # 0"), whatever its other numbers; a document's pages ("pdf 6 trang … 80") are only
        # passed over, as ever.
        return None
    unlabeled = [
        m
        for m in tokens
        if not _NOT_A_VIEW_AFTER.match(after(m)) and not _NOT_A_VIEW_BEFORE.search(before(m))
        and not (_WORD_BEFORE.search(before(m)) and _WORD_AFTER.match(after(m)))
        and not _RATE_AFTER.match(after(m))
    ]
    if len(unlabeled) > 1:
        # A bare "0" beside a count is an idle counter of something else (comments): "13:02 |
        # 822 | 0".
        unlabeled = [m for m in unlabeled if m["num"] != "0"]
    if len(unlabeled) != 1 or _OTHER_FIELD_BEFORE.search(before(unlabeled[0])) \
            or _TITLE_BEFORE_COUNT.search(before(unlabeled[0])):
        return None
    return unlabeled[0]


def parse_views(text: str | None) -> int | None:
    """Return the view count printed in ``text``, or None if there is none.

    Never raises; several unlabeled numbers are ambiguous and give None.

    >>> parse_views("Lượt xem: 1.234")
    1234
    >>> parse_views("3,5 nghìn lượt xem")
    3500
    >>> parse_views("Đã xem 45 lần")
    45
    >>> parse_views("Trang chủ") is None
    True
    """
    if not text:
        return None
    try:
        prepared = _prepare_counter_text(text)
        token = _pick_view_token(prepared)
        if token is None and "\n" in text.strip():
            return _meta_line_views(text)
        if token is None or _SITE_TOTAL_BEFORE.search(prepared[: token.start()]) \
                or _PLACE_NAMED_VIEW.search(prepared[: token.start()]) \
                or (_HITS_LABEL.search(prepared[: token.start()])
                    and _ONLINE_COUNT.search(prepared[: token.start()])) \
                or ((_SITE_STATISTIC_BEFORE.search(prepared[: token.start()])
                     or _SITE_VISITS_BEFORE.search(prepared[: token.start()]))
                    and not _FOLLOWED_BY_LABEL.match(prepared[token.end():])):
            return None
        return _view_count_value(token["num"], token["unit"])
    except (InvalidOperation, ValueError, KeyError):
        return None


def _meta_line_views(text: str) -> int | None:
    r"""The count of the one dated or labelled line of a block of lines that reads one: the
    meta line under a headline ("Thứ tư - 30/08/2023 20:43 1.046 0" after the header's clock
    and the headline), whose number a longer text would leave unread; "lượt xem 0" over a
    "download" button (the other counter's word on a line of its own counts nothing).

    >>> _meta_line_views("Thứ ba, 21/01/2025\n\nMục tiêu sản xuất vụ Đông năm 2023\n\n30/08/2023 20:43 1.046 0")
    1046
    """
    counts = [parse_views(line) for line in text.splitlines()
              if (_DATE_OR_TIME.search(line) or _VIEW_LABEL.search(line)) and line.strip() != text.strip()]
    found = [c for c in counts if c is not None]
    return found[0] if len(found) == 1 else None


def _vn_number_parts(num: str) -> tuple[str, str] | None:
    marks = [ch for ch in num if ch in ".,"]
    if not marks:
        return num, ""
    if len(set(marks)) == 2:
        return _split_mixed_separators(num)
    groups = re.split(r"[.,]", num)
    if len(marks) > 1:
        return ("".join(groups), "") if _valid_thousand_groups(groups) else None
    whole, fraction = groups
    # Vietnamese: "," is the decimal mark; a lone "." is thousands only in
    # the "1.500" shape, otherwise it is an English decimal point ("2.5").
    if marks[0] == "." and len(fraction) == 3:
        return whole + fraction, ""
    return whole, fraction


def parse_vn_number(text: str | None) -> float | None:
    """Return the first number in ``text`` read the Vietnamese way.

    >>> parse_vn_number("19,39%")
    19.39
    >>> parse_vn_number("Tổng vốn 1.234.567,5 triệu đồng")
    1234567.5
    >>> parse_vn_number("giảm −2,5%")
    -2.5
    """
    if not text:
        return None
    match = _SIGNED_NUMBER.search(clean_text(text))
    if match is None:
        return None
    parts = _vn_number_parts(match["num"])
    if parts is None:
        return None
    try:
        value = float(_to_decimal(*parts))
    except (InvalidOperation, ValueError):
        return None
    return -value if match["sign"] in ("-", "−") else value
