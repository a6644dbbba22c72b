"""Author credits ("bylines") as Vietnamese news pages print them.

:func:`parse_byline` splits a credit line into person names and the outlet
or agency it came from.  Decisions on ambiguous credits:

* Writers and photographers are both authors, in print order:
  "Bài: Hoàng Long - Ảnh: Trần Mạnh" -> ["Hoàng Long", "Trần Mạnh"].  A line
  that is only a photo credit ("Ảnh: Trần Mạnh") is treated the same way;
  picking the byline element is the extractor's job.  Non-person photo
  credits ("Ảnh: minh họa", "Ảnh: Internet", "Ảnh: NVCC") give nothing,
  and "Ảnh: TTXVN" gives the source.
* Production roles are not authors: the people after "Kỹ thuật:", "Đồ họa:",
  "Thiết kế:", "Biên tập:", "Quay phim:", "Dựng phim:" ... made the page, they
  did not write the story; an outlet named there is still the source.
* A credit block of several lines is read line by line; a line that reads
  like prose there (a job title, "Giảng viên khoa ...") is skipped, not fatal.
  Timestamps ("Tạo ngày 12/03/2023 bởi ...", "... lúc 10:30", "2 giờ trước")
  and moderation trailers ("Đã kiểm duyệt nội dung") are cut out first.
* Academic, professional and military titles are not part of the name:
  "PGS.TS. Phạm Văn Dược" -> "Phạm Văn Dược".
* Names run together with no separator are cut where a capital follows a
  small letter inside a word ("Minh ThuLan Anh"), except in known outlets and
  domains ("VnExpress").
* Generic staff or group credits ("PV", "Phóng viên", "Nhóm PV", "CTV",
  "BTV", "Ban Biên tập", "Admin") are not authors: they name nobody, and
  counting them would make "PV" the most prolific writer of every site.
  "PV Minh Hà" (reporter Minh Hà) still yields "Minh Hà".
* "Theo X" / "Nguồn: X" / "(theo X)" make X the source; "(tổng hợp)",
  "(st)", "(lược dịch)" are compilation notes and are dropped.
* Anything else in parentheses after a name is the author's affiliation and
  becomes the source: "Ngọc Anh (TTXVN)", "Văn Tuấn (Trung tâm VH-TT
  huyện Vũ Thư)"; but a person's name in capitals, or after a credit word,
  is an author: "Theo Nhân Dân (MINH HÀ)", "(Ảnh MỸ HÀ)".
* "P.V" (phóng viên) names nobody, like "PV"; a label before a name
  ("TTXVN: Minh Hà", "Blog Minh Hà", "Bạn đọc ...") is a source or dropped.
* After "/" or " - ", a known outlet, an organisation ("Báo ...", "Đài ...",
  "Trung tâm ..."), a domain ("baothaibinh.com.vn") or a vowel-free
  acronym ("BTB", "QĐND") is a source; anything else is another name.
* An organisation name runs on over commas, dashes and "và" until a person
  or a known outlet follows, so "Trung tâm Văn hóa, Thể thao và Truyền
  thanh huyện Kiến Xương" stays one source.
* Several sources are joined with ", " in print order.
* A name printed all in capitals is title-cased ("DUY HUY" -> "Duy Huy");
  mixed case is kept as printed.  Names must have every word capitalised,
  at most six words and no digits; other segments are dropped.
* Text that reads like prose (a segment of more than six words, sentence
  punctuation) gives an empty byline: a stray name pulled out of a
  sentence is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from crawler.normalize.text import clean_multiline, fold_diacritics

__all__ = ["Byline", "parse_byline"]


@dataclass(frozen=True, slots=True)
class Byline:
    """Authors in print order plus the originating outlet, if printed.

    ``authors`` is a tuple so the value is hashable and truly immutable;
    :meth:`to_dict` gives JSON-ready lists.

    >>> Byline(["Ngọc Anh"], "TTXVN")
    Byline(authors=('Ngọc Anh',), source='TTXVN')
    """

    authors: tuple[str, ...] = ()
    source: str | None = None

    def __post_init__(self) -> None:
        # Accept any iterable (a list from a fixture, say) but store a tuple.
        if not isinstance(self.authors, tuple):
            object.__setattr__(self, "authors", tuple(self.authors))

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form.

        >>> Byline(("Minh Thu", "Thanh Hà")).to_dict()
        {'authors': ['Minh Thu', 'Thanh Hà'], 'source': None}
        """
        return {"authors": list(self.authors), "source": self.source}


class _Prose(ValueError):
    """The text is a sentence, not a credit line."""


# --------------------------------------------------------------------------
# Vocabulary

_KNOWN_SOURCES = {
    key: canonical
    for canonical, keys in {
        "TTXVN": ("ttxvn",),
        "VNA": ("vna",),
        "Thông tấn xã Việt Nam": ("thông tấn xã việt nam",),
        "VOV": ("vov", "vov.vn", "đài tiếng nói việt nam"),
        "VTV": ("vtv", "vtv.vn", "đài truyền hình việt nam"),
        "VTC": ("vtc",),
        "VTC News": ("vtc news", "vtcnews"),
        "Nhân Dân": ("nhân dân", "nhandan", "nhandan.vn"),
        "QĐND": ("qđnd",),
        "Quân đội nhân dân": ("quân đội nhân dân",),
        "CAND": ("cand",),
        "Công an nhân dân": ("công an nhân dân",),
        "Chinhphu.vn": ("chinhphu.vn",),
        "Baochinhphu.vn": ("baochinhphu.vn",),
        "Vietnamplus": ("vietnamplus", "vietnam plus", "vietnamplus.vn"),
        "Vietnam+": ("vietnam+",),
        "Tuổi Trẻ": ("tuổi trẻ", "tuoitre", "tuoitre.vn"),
        "Thanh Niên": ("thanh niên", "thanhnien", "thanhnien.vn"),
        "Dân trí": ("dân trí", "dantri", "dantri.com.vn"),
        "VnExpress": ("vnexpress", "vnexpress.net", "vne"),
        "VietNamNet": ("vietnamnet", "vietnamnet.vn"),
        "Znews": ("znews", "zing", "zing news", "zingnews"),
        "Lao Động": ("lao động", "laodong", "laodong.vn"),
        "Người Lao Động": ("người lao động", "nld", "nld.com.vn"),
        "Tiền Phong": ("tiền phong", "tienphong", "tienphong.vn"),
        "Sài Gòn Giải Phóng": ("sài gòn giải phóng",),
        "SGGP": ("sggp",),
        "Hà Nội Mới": ("hà nội mới", "hanoimoi", "hanoimoi.vn"),
        "PLO": ("plo", "pháp luật tp.hcm"),
        "Kinh tế & Đô thị": ("kinh tế & đô thị", "kinh tế và đô thị", "kinhtedothi"),
        "VnEconomy": ("vneconomy",),
        "CafeF": ("cafef",),
        "Reuters": ("reuters",),
        "AFP": ("afp",),
        "AP": ("ap", "associated press"),
        "Xinhua": ("xinhua",),
        "Tân Hoa Xã": ("tân hoa xã",),
        "BBC": ("bbc",),
        "CNN": ("cnn",),
        "Bloomberg": ("bloomberg",),
        "Kyodo": ("kyodo",),
        "Yonhap": ("yonhap",),
        "TASS": ("tass",),
        "Sputnik": ("sputnik",),
        "RIA Novosti": ("ria novosti",),
        "Al Jazeera": ("al jazeera",),
        "The Guardian": ("the guardian", "guardian"),
        "New York Times": ("new york times", "the new york times", "nyt"),
        "Washington Post": ("washington post", "the washington post"),
        "Nikkei": ("nikkei", "nikkei asia"),
        "SCMP": ("scmp", "south china morning post"),
        "Straits Times": ("straits times", "the straits times"),
        "Bernama": ("bernama",),
        "Antara": ("antara",),
        "NHK": ("nhk",),
        "CCTV": ("cctv",),
        "DPA": ("dpa",),
        "EFE": ("efe",),
        "UPI": ("upi",),
    }.items()
    for key in keys
}

_KNOWN_SOURCES_FOLDED = {fold_diacritics(key): name for key, name in _KNOWN_SOURCES.items()}

# First words of organisation names: "Báo Thái Bình", "Đài PT-TH ...".
_ORGANISATION_PREFIXES = (
    "báo", "tạp chí", "tuần báo", "nhật báo", "đài", "kênh", "truyền hình",
    "thông tấn", "cổng thông tin", "cổng ttđt", "cổng", "trung tâm", "ttvh",
    "ban", "sở", "phòng", "ubnd", "ủy ban", "uỷ ban", "hội", "công an", "bộ",
    "cục", "chi cục", "tổng cục", "viện", "học viện", "bệnh viện",
    "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ",
    "đảng ủy", "đảng uỷ", "văn phòng", "mttq", "hđnd", "tỉnh đoàn",
    "huyện đoàn", "đoàn thanh niên", "liên đoàn", "bộ chỉ huy", "bđbp",
    "đồn biên phòng", "trường đại học", "trường thpt", "trường thcs",
    "trường tiểu học", "ngân hàng", "kho bạc", "bhxh", "bảo hiểm xã hội",
    "công ty", "tổng công ty", "tập đoàn", "chi nhánh", "cơ quan", "website",
)  # fmt: skip

# Credits that name nobody.
_NOT_A_PERSON = frozenset(
    {
        "pv", "phóng viên", "nhóm pv", "nhóm phóng viên", "ctv", "cộng tác viên",
        "btv", "biên tập viên", "bbt", "ban biên tập", "tòa soạn", "toà soạn",
        "admin", "administrator", "quản trị viên", "quản trị", "ban quản trị",
        "tổng hợp", "th", "st", "sưu tầm", "tư liệu", "ảnh tư liệu",
        "minh họa", "minh hoạ", "ảnh minh họa", "ảnh minh hoạ", "internet",
        "nguồn internet", "sưu tầm internet", "nvcc", "nhân vật cung cấp",
        "btc", "ban tổ chức", "chụp màn hình", "facebook", "fb", "mxh",
        "mạng xã hội", "dịch", "lược dịch", "biên dịch", "tts", "thực tập sinh",
        "nhóm tác giả", "nhiều tác giả", "khách", "guest", "không rõ", "n/a",
        "ẩn danh", "anonymous", "unknown", "tác giả", "theo", "nguồn", "bài",
        "ảnh", "tin", "video", "clip", "p.v", "p. v", "pv.", "blog", "blogger",
        # Academic and professional titles printed on their own ("PGS, TS. Nguyễn Văn A").
        "gs", "pgs", "ts", "ths", "tskh", "ncs", "bs", "ks", "cn", "ls", "gs.ts", "pgs.ts",
    }
)  # fmt: skip
# Menu and section labels that an extractor can pick up instead of the
# byline; title-cased they would pass for names ("Thời Sự", "Thứ Hai").
_PAGE_WORDS = re.compile(
    r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|trang\s+chủ|tin\s+tức|tin\s+mới"
    r"|thời\s+sự|xã\s+hội|kinh\s+tế|chính\s+trị|văn\s+hóa|văn\s+hoá|thể\s+thao"
    r"|giáo\s+dục|y\s+tế|pháp\s+luật|quốc\s+tế|thế\s+giới|đời\s+sống|du\s+lịch|nông\s+nghiệp"
    r"|xem\s+thêm|đọc\s+thêm|chia\s+sẻ|bình\s+luận|liên\s+hệ|tìm\s+kiếm|đăng\s+nhập|trở\s+về"
    r"|quay\s+lại|in\s+bài(?:\s+viết)?|gửi\s+bài|tin\s+liên\s+quan|home|menu)$",
    re.IGNORECASE,
)
# Leading words that mark a staff credit: "PV Minh Hà", "Nhóm PV VOV".
_STAFF_PREFIX = re.compile(
    r"^(?:nhóm\s+(?:pv|phóng\s+viên|ctv|tác\s+giả)|nhóm|pv|p\.v\.?|phóng\s+viên|ctv|btv|tts"
    r"|blog(?:ger)?|bạn\s+đọc|độc\s+giả|nhà\s+báo|nhà\s+văn|nhà\s+thơ"
    # A credit word without its colon before the name ("Ảnh MỸ HÀ", "Bài Minh Thu").
    r"|ảnh|bài|tin|video|clip)\s+(?=\w)",
    re.IGNORECASE,
)
# Academic, professional and military titles before a name: "TS. Nguyễn Văn A",
# "PGS.TS Phạm Văn Dược", "ThS. Mai Thị Thu Hiền", "Đại tá Lê Văn B".  The name is kept
# without them (a title is not part of the name, and changes over a career).
_TITLES = re.compile(
    r"^(?:(?:GS|PGS|TS|ThS|Ths|THS|TSKH|NCS|BS|BSCKI{1,2}|BSNT|DS|KS|CN|LS|NSND|NSƯT|NSUT|NGƯT|NGND"
    r"|Giáo sư|Phó giáo sư|Tiến sĩ|Thạc sĩ|Bác sĩ|Dược sĩ|Kỹ sư|Kĩ sư|Cử nhân|Luật sư"
    r"|Nhà báo|Nhà văn|Nhà thơ|Nhà giáo|Nhạc sĩ|Họa sĩ|Hoạ sĩ|Nghệ sĩ|Đại tá|Thượng tá|Trung tá"
    r"|Thiếu tá|Đại úy|Đại uý|Thượng úy|Thượng uý|Trung úy|Trung uý|Thiếu úy|Thiếu uý)"
    r"\.?\s*[-/.]?\s*)+(?=[^\W\d_])"
)
# Production roles of a credit block: the people named after them made the page, they did
# not write the story ("Kỹ thuật: Văn Hùng", "Đồ họa: Lan Anh").
_PRODUCTION_ROLES = frozenset({
    "kỹ thuật", "kĩ thuật", "đồ họa", "đồ hoạ", "thiết kế", "trình bày", "biên tập",
    "quay phim", "dựng phim", "quay", "dựng", "dẫn chương trình", "mc", "âm thanh",
    "giọng đọc", "đọc", "chỉ đạo", "sản xuất", "kịch bản", "infographic",
})  # fmt: skip
# A printed time beside the name ("Tạo ngày 12/03/2023 bởi ...", "... lúc 10:30",
# "Minh Thu • 2 giờ trước"): cut out before the names are read.
_TIMESTAMP = re.compile(
    r"(?:(?:tạo|đăng|cập\s+nhật|viết|gửi|sửa)\s+)?(?:ngày|lúc|vào\s+lúc|vào)?\s*:?\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
    r"(?:\s*(?:am|pm|sa|ch))?|\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước)"
    r"(?:\s*,?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?))*",
    re.IGNORECASE,
)
# Moderation trailers some CMSs print after the name.
_TRAILER = re.compile(r"\b(?:đã\s+(?:được\s+)?(?:kiểm\s+duyệt|duyệt)(?:\s+nội\s+dung)?"
                      r"|kiểm\s+duyệt\s+nội\s+dung)\b", re.IGNORECASE)
# Several names run together with no separator ("Nguyễn Ngọc HảiLê Viết Lượng"): a capital
# right after a small letter inside a word starts the next name.
_GLUED_NAME = re.compile(r"(?<=[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ])"
                         r"(?=[A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]"
                         r"[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ])")

# Role words that label a credit: "Bài và ảnh:", "Tin, ảnh:", "Video:".
_ROLE_WORDS = (
    "bài viết", "bài", "hình ảnh", "ảnh", "hình", "tin", "video", "clip",
    "thực hiện", "nội dung", "đồ họa", "đồ hoạ", "thiết kế", "trình bày",
    "biên tập", "tác giả", "người viết", "ghi chép", "ghi", "phóng sự",
    "quay phim", "dựng phim", "quay", "dựng", "kỹ thuật", "kĩ thuật",
    "dẫn chương trình", "mc", "text", "photos", "photo", "author", "by",
    "infographic", "podcast", "âm thanh", "giọng đọc", "đọc", "lời",
    "chỉ đạo", "sản xuất", "kịch bản", "phóng viên", "pv", "ctv", "tổng hợp",
    "lược dịch", "biên dịch", "dịch", "sưu tầm", "đăng bởi", "người đăng",
    "viết bởi", "posted by", "written by",
)  # fmt: skip
_ROLE = "|".join(sorted((w.replace(" ", r"\s+") for w in _ROLE_WORDS), key=len, reverse=True))
_ROLE_JOIN = r"\s*(?:,|&|\+|/|-|–|và|and)\s*"
_ROLE_LABEL = re.compile(
    rf"(?:^|(?<=[\s,;|.(\[\-–—/]))(?:{_ROLE})(?:{_ROLE_JOIN}(?:{_ROLE}))*\s*[:：]",
    re.IGNORECASE,
)
_ROLES_ONLY = re.compile(rf"^(?:{_ROLE})(?:{_ROLE_JOIN}(?:{_ROLE}))*$", re.IGNORECASE)
_LEADING_BY = re.compile(
    r"^(?:by|bởi|tác\s+giả|người\s+viết|đăng\s+bởi|viết\s+bởi|posted\s+by|written\s+by)\s+",
    re.IGNORECASE,
)

# "Theo X", "Nguồn: X", "(tổng hợp theo X)", "lược dịch từ X".
_SOURCE_MARKER = re.compile(
    r"(?:^|(?<=[\s(\[\-–—,;|/]))"
    r"(?:(?:tổng\s+hợp|lược\s+dịch|biên\s+dịch|dịch|sưu\s+tầm|th|st)\s+(?:từ|theo)"
    r"|theo|nguồn(?:\s+tin)?(?:\s+ảnh)?|source)\s*[:：]?\s+",
    re.IGNORECASE,
)

# Splits names at depth 0: ", ; | / · •", en/em dashes, a spaced hyphen,
# " và ", " & ", " + ", " and ".  "Jean-Pierre" keeps its hyphen.
_SEPARATOR = re.compile(
    r"\s*(?:[,;|/·•–—:]|\s-\s*|(?<=\S)-\s|\s(?:và|and|&|\+|cùng)\s)\s*",
    re.IGNORECASE,
)
_PARENTHESISED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")
_STRAY_BRACKET = re.compile(r"\s*[()\[\]]\s*")

_NOTE_MARKERS = re.compile(r"\(\s*\*+\s*\)|\*+")
_EDGE_PUNCTUATION = " \t-–—_,;:.|/·•\"'“”‘’«»"
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov|edu)(?:\.vn)?$", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ&+]{1,7}$")
_VOWEL = re.compile(r"[AEIOUY]")
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'’-](?=[^\W\d_]))*\.?$")
# Words no Vietnamese personal name contains; they mark title-cased
# organisation names such as "Truyền Hình Thái Bình" or "UBND Huyện Vũ Thư".
_NOT_IN_NAMES = re.compile(
    r"(?<!\w)(?:huyện|tỉnh|xã|phường|quận|thị\s+xã|thành\s+phố|báo|đài|ubnd|truyền\s+hình"
    r"|phát\s+thanh|truyền\s+thanh|trung\s+tâm|công\s+ty|bệnh\s+viện|tạp\s+chí)(?!\w)",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "von", "da", "di", "du", "la", "le", "bin", "binti", "al", "del", "dos", "das", "y"})  # fmt: skip
_SENTENCE_PUNCTUATION = re.compile(r"[!?…“”\"]|[^\W\d_]{3,}\.\s+\S")
_MAX_NAME_WORDS = 6
_MAX_SOURCE_WORDS = 14
_MAX_LENGTH = 250
# The longest Vietnamese syllable has 7 letters ("nghiêng"); a longer
# single word is a brand ("Baothaibinh"), not a person.
_MAX_SYLLABLE = 7


# --------------------------------------------------------------------------
# Helpers


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _strip_edges(text: str) -> str:
    return _NOTE_MARKERS.sub(" ", text).strip(_EDGE_PUNCTUATION)


def _known_source(text: str) -> str | None:
    key = _key(text)
    if key.isascii():
        # "Dan tri" typed without accents.  Only for accentless input:
        # "Tiến Phong" is a person, not the newspaper "Tiền Phong".
        return _KNOWN_SOURCES.get(key) or _KNOWN_SOURCES_FOLDED.get(key)
    return _KNOWN_SOURCES.get(key)


def _organisation(text: str) -> bool:
    key = _key(text)
    return any(key.startswith(prefix + " ") for prefix in _ORGANISATION_PREFIXES)


def _looks_like_source(text: str) -> bool:
    if _known_source(text) or _organisation(text) or _DOMAIN.match(text):
        return True
    if _ACRONYM.match(text):
        # "BTB", "QĐND": an unknown acronym has no vowel; "HOA" is a name.
        return not _VOWEL.search(text) and _key(text) not in _NOT_A_PERSON
    words = text.split()
    return len(words) == 1 and len(text) > _MAX_SYLLABLE and text[0].isupper()


def _source_display(text: str) -> str:
    text = _strip_edges(text)
    known = _known_source(text)
    if known:
        return known
    if _DOMAIN.match(text):
        return text  # domains keep the case the site prints
    # "báo Tuổi Trẻ" -> "Báo Tuổi Trẻ"; "báo tuổi trẻ" -> "Báo Tuổi Trẻ".
    for prefix in ("báo", "tạp chí", "đài"):
        if _key(text).startswith(prefix + " "):
            rest = text[len(prefix) + 1 :].strip()
            rest = _known_source(rest) or rest
            return text[0].upper() + text[1 : len(prefix)] + " " + rest
    return text[:1].upper() + text[1:]


def _is_prose(text: str) -> bool:
    return len(text.split()) > _MAX_NAME_WORDS or bool(_SENTENCE_PUNCTUATION.search(text))


def _title_case_if_shouting(name: str) -> str:
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return name

    def fix(word: str) -> str:
        if "." in word:  # initials: "N.V.A", "TH."
            return word
        return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))

    return " ".join(fix(word) for word in name.split())


def _person_name(text: str) -> str | None:
    words = text.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return None
    if not all(_NAME_WORD.match(word) for word in words):
        return None
    if not all(word[0].isupper() or word.lower() in _NAME_PARTICLES for word in words):
        return None
    if len(words) == 1 and (len(text) < 2 or len(text) > _MAX_SYLLABLE):
        return None
    if _NOT_IN_NAMES.search(text):
        return None
    return _title_case_if_shouting(text)


def _shouted_name(text: str) -> bool:
    """A person's name printed in capitals, of two words or more: "MINH HÀ", "NGỌC ANH"."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(ch.isupper() for ch in letters) \
        and _person_name(text) is not None and not _looks_like_source(text)


def _mask_parentheses(text: str) -> tuple[str, list[str]]:
    """Hide "(...)" / "[...]" so separators inside them do not split."""
    inner: list[str] = []

    def hide(match: re.Match[str]) -> str:
        inner.append(match[1] if match[1] is not None else match[2])
        return f"\x00{len(inner) - 1}\x00"

    masked = _PARENTHESISED.sub(hide, text)
    # What is left is unbalanced ("Minh Hà (TTXVN"): treat it as a comma.
    return _STRAY_BRACKET.sub(", ", masked), inner


def _unmask(text: str, inner: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: f"({inner[int(m[1])]})", text)


def _split_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for sep in _SEPARATOR.finditer(text):
        yield start, sep.start()
        start = sep.end()
    yield start, len(text)


# --------------------------------------------------------------------------
# Parsing


class _Collector:
    """Accumulates authors and sources in print order, without duplicates."""

    def __init__(self) -> None:
        self.authors: list[str] = []
        self.sources: list[str] = []

    def author(self, name: str) -> None:
        if _key(name) not in map(_key, self.authors):
            self.authors.append(name)

    def source(self, source: str) -> None:
        source = _source_display(source)
        if source and _key(source) not in map(_key, self.sources):
            self.sources.append(source)

    def merge(self, other: _Collector) -> None:
        for name in other.authors:
            self.author(name)
        for source in other.sources:
            self.source(source)


def _parse_source_phrase(text: str, out: _Collector) -> None:
    """What follows "Theo" / "Nguồn:": an outlet, or "name (agency)"."""
    text = _strip_edges(text)
    if not text or _key(text) in _NOT_A_PERSON:
        return
    inner = _Collector()
    _parse_into(text, inner)
    if inner.sources:
        out.merge(inner)
    elif len(text.split()) <= _MAX_SOURCE_WORDS and not _SENTENCE_PUNCTUATION.search(text):
        out.source(text)
    else:
        raise _Prose(text)


def _parse_parenthetical(text: str, out: _Collector) -> None:
    text = _strip_edges(text)
    if not text or _key(text) in _NOT_A_PERSON or _ROLES_ONLY.match(text):
        return
    if _SOURCE_MARKER.search(text) or _ROLE_LABEL.search(text):
        _parse_into(text, out)
        return
    inner = _Collector()
    try:
        _parse_into(text, inner)
    except _Prose:
        return
    if inner.sources and not inner.authors:
        out.merge(inner)  # "(TTXVN/Vietnam+)" -> two sources, as outside parens
    elif inner.authors and (_shouted_name(text) or _STAFF_PREFIX.match(text)):
        # "(MINH HÀ)", "(Ảnh MỸ HÀ)": a name in capitals, or after a credit word, is an
        # author, not an affiliation.
        out.merge(inner)
    elif len(text.split()) <= _MAX_SOURCE_WORDS:
        out.source(text)  # the author's affiliation: "(Thái Bình)"


def _parse_segment(segment: str, inner: list[str], out: _Collector) -> None:
    _parse_segment_text(segment, out)
    # After the name: "Minh Hà (NGỌC ANH)" keeps print order.
    for index in _PLACEHOLDER.findall(segment):
        _parse_parenthetical(inner[int(index)], out)


def _parse_segment_text(segment: str, out: _Collector) -> None:
    text = _strip_edges(_PLACEHOLDER.sub(" ", segment))
    text = " ".join(text.split())
    if not text:
        return
    text = _TITLES.sub("", text)
    key = _key(text)
    if key in _NOT_A_PERSON or _ROLES_ONLY.match(text) or _PAGE_WORDS.match(text):
        return
    staff = _STAFF_PREFIX.match(text)
    if staff:
        rest = _TITLES.sub("", text[staff.end() :])
        if _looks_like_source(rest):
            out.source(rest)
        elif not key.startswith("nhóm") and _person_name(rest):
            out.author(_person_name(rest))
        return
    if _looks_like_source(text):
        out.source(text)
        return
    if _is_prose(text):
        raise _Prose(text)
    name = _person_name(text)
    if name:
        out.author(name)


def _parse_chunk(chunk: str, out: _Collector) -> None:
    """Names and sources of a run of text that holds no role label."""
    masked, inner = _mask_parentheses(chunk)
    marker = _SOURCE_MARKER.search(masked)
    if marker:
        _parse_chunk(_unmask(masked[: marker.start()], inner), out)
        _parse_source_phrase(_unmask(masked[marker.end() :], inner), out)
        return
    if _known_source(_strip_edges(_unmask(masked, inner))):
        out.source(_unmask(masked, inner))
        return
    spans = list(_split_spans(masked))
    bares = [_bare(masked[start:end]) for start, end in spans]
    index = 0
    while index < len(spans):
        if _starts_organisation(bares[index]):
            # "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện X": an
            # organisation name runs on over separators until a person or
            # another outlet is named.
            last = index
            while last + 1 < len(spans) and not _ends_organisation(bares[last + 1]):
                last += 1
            out.source(_unmask(masked[spans[index][0] : spans[last][1]], inner))
            index = last + 1
        else:
            _parse_segment(masked[slice(*spans[index])], inner, out)
            index += 1


def _bare(segment: str) -> str:
    return _strip_edges(_PLACEHOLDER.sub(" ", segment))


def _starts_organisation(segment: str) -> bool:
    return _organisation(segment) and not _known_source(segment) and _key(segment) not in _NOT_A_PERSON


def _ends_organisation(next_segment: str) -> bool:
    return bool(_person_name(next_segment) or _known_source(next_segment) or _DOMAIN.match(next_segment))


def _labelled_chunks(text: str) -> Iterable[tuple[str, str]]:
    """Cut the text at role labels ("Bài:", "Ảnh:"): ``(label, chunk)`` pairs, the label
    lower-cased without its colon ("" before the first label)."""
    masked, inner = _mask_parentheses(text)
    start = 0
    role = ""
    for label in _ROLE_LABEL.finditer(masked):
        yield role, _unmask(masked[start : label.start()], inner)
        role = _key(label[0].rstrip(":： ").strip(" ,;|.([-–—/"))
        start = label.end()
    yield role, _unmask(masked[start:], inner)


def _is_production_role(role: str) -> bool:
    """True for a label that names only production roles ("Kỹ thuật", "Đồ họa - Thiết kế")."""
    parts = [p for p in re.split(r"\s*(?:,|&|\+|/|-|–|và|and)\s*", role) if p]
    return bool(parts) and all(part in _PRODUCTION_ROLES for part in parts)


def _parse_into(text: str, out: _Collector) -> None:
    text = _LEADING_BY.sub("", _strip_edges(text))
    for role, chunk in _labelled_chunks(text):
        chunk = _LEADING_BY.sub("", _strip_edges(chunk))
        if not chunk:
            continue
        if _is_production_role(role):
            # The people who made the page are not authors; an outlet named there still
            # says where the story comes from.
            crew = _Collector()
            try:
                _parse_chunk(chunk, crew)
            except _Prose:
                continue
            for source in crew.sources:
                out.source(source)
            continue
        _parse_chunk(chunk, out)


def parse_byline(text: str | None) -> Byline:
    """Split a credit line into person names and the originating outlet.

    Never raises; text that is not a credit line gives ``Byline()``.

    >>> parse_byline("Bài và ảnh: Minh Thu, Thanh Hà")
    Byline(authors=('Minh Thu', 'Thanh Hà'), source=None)
    >>> parse_byline("Ngọc Anh (TTXVN)")
    Byline(authors=('Ngọc Anh',), source='TTXVN')
    >>> parse_byline("Theo Báo Nhân Dân")
    Byline(authors=(), source='Báo Nhân Dân')
    """
    lines = [_prepared(line) for line in clean_multiline(text).split("\n\n")]
    lines = [line for line in lines if line]
    if not lines or sum(map(len, lines)) > _MAX_LENGTH:
        return Byline()
    out = _Collector()
    for line in lines:
        line_out = _Collector()
        try:
            _parse_into(line, line_out)
        except _Prose:
            if len(lines) == 1:
                return Byline()
            continue  # a credit block's job or affiliation line: "Giảng viên khoa ..."
        out.merge(line_out)
    return Byline(tuple(out.authors), ", ".join(out.sources) or None)


def _prepared(line: str) -> str:
    """One credit line without its timestamps and moderation trailers, names run together
    cut apart ("Nguyễn Ngọc HảiLê Viết Lượng" -> "Nguyễn Ngọc Hải, Lê Viết Lượng")."""
    line = _TRAILER.sub(" - ", _TIMESTAMP.sub(" - ", line))
    words = line.split()
    # Names run together join a word of one name to a word of the next ("Ngọc HảiLê Viết"):
    # only a word inside a run of name words is cut, never a lone "BaoMoi" or a known outlet.
    for i in range(1, len(words) - 1):
        bare = _strip_edges(words[i].strip("()[]"))
        if words[i - 1][:1].isalpha() and words[i + 1][:1].isalpha() \
                and not _known_source(bare) and not _DOMAIN.match(bare):
            words[i] = _GLUED_NAME.sub(", ", words[i])
    return _strip_edges(" ".join(words))
