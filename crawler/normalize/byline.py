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
  did not write the story; an outlet named there is still the source.  Nor is a
  footer's masthead ("Trưởng Ban:", "Tổng biên tập:", "Chịu trách nhiệm nội
  dung:").  One exception: a credit that names nobody but its designer
  ("Đồ họa: TÔ NGỌC", an infographic) gives the designer as the author.
* A credit block of several lines is read line by line; a line that reads
  like prose there (a job title, "Giảng viên khoa ...") is skipped, not fatal.
  Timestamps ("Tạo ngày 12/03/2023 bởi ...", "... lúc 10:30", "2 giờ trước", with
  their weekday: "QUANG HUY Chủ Nhật, 18/1/2026 - 17:42")
  and moderation trailers ("Đã kiểm duyệt nội dung") are cut out first.
* Academic, professional, military and religious titles are not part of the
  name: "PGS.TS. Phạm Văn Dược" -> "Phạm Văn Dược".  The institute printed with a
  titled author (after a dash, in parentheses, on the next line) is where the
  author works, not where the story comes from: it is no source
  ("PGS.TS Nguyễn Văn Ngọc (Đại học Hàng hải Việt Nam)" -> no source); an outlet
  there, or what "Theo" names, still is.  The author's offices after the name
  ("- Ủy viên Trung ương Đảng - Phó ban ...", ", Giáo viên Trường ...") are
  neither names nor prose: they and the rest of their run are skipped.
* Names run together with no separator are cut where a capital follows a
  small letter inside a word ("Minh ThuLan Anh"), except in known outlets and
  domains ("VnExpress").
* Generic staff or group credits ("PV", "Phóng viên", "Nhóm PV", "CTV",
  "BTV", "Ban Biên tập", "Admin") are not authors: they name nobody, and
  counting them would make "PV" the most prolific writer of every site.
  "PV Minh Hà" (reporter Minh Hà) still yields "Minh Hà".
* "Theo X" / "Nguồn: X" / "(theo X)" make X the source; "(tổng hợp)",
  "(st)", "(lược dịch)" are compilation notes and are dropped.
* Affiliation, not source (the lead's contract, round 9): a unit or organisation
  printed after a person's name, after a dash, in parentheses or on the line
  under it, is where the writer works and no source: "Văn Tuấn (Trung tâm
  VH-TT huyện Vũ Thư)", "Nguyễn Văn A - Hội LHPN huyện", "Lê B (TTVH)" (an
  unknown acronym is a unit's).  It is the source only when it is an outlet
  (a known spelling, "Báo"/"Tạp chí"/"Đài"/"Truyền hình"/"Cổng TTĐT" ..., a
  web address, a numbered channel or bureau): "Ngọc Anh (TTXVN)"; when a
  slash joins it to the name ("Minh Hà/BTB", how papers sign); or when
  "Theo"/"Nguồn:" introduces it ("Theo ĐỨC HUY - LAN ANH (TTO)").  An
  organisation printed before any name ("Trung tâm VH-TT huyện X, Minh Hà")
  is still the source.  A person's name in parentheses, in capitals or after
  a credit word, is an author: "Theo Nhân Dân (MINH HÀ)", "(Ảnh MỸ HÀ)".  An organisation
  on the line under a name, in parentheses or not ("NGUYỄN THỊ HẰNG" / "(Đoàn
  khối Doanh nghiệp ...)", "Phương Nam" / "Hội nhà văn VN") is where a
  contributor works: no source, unless it is an outlet or a broadcaster
  ("(TTXVN)", "(Trung tâm ... Truyền thanh ...)", "... (VTV8)") or marked
  by "Theo"/"Nguồn:".
* A caption before its labelled credit ("Bão đổ bộ ... - Ảnh: TTKTTV") is
  skipped: the label says where the credit starts.  "Minh Thu thực hiện",
  "Báo Thái Bình thực hiện" name the makers.  A 2025 merged outlet ("Báo và
  Phát thanh, Truyền hình Tuyên Quang") is one source.
* A word in capitals glued after a name in capitals that no Vietnamese
  syllable spells ("NHẬT HỒ LDO") is the paper's online label: not part of
  the name; a known outlet there is the source ("MINH HÀ TTXVN").
* "P.V" (phóng viên) names nobody, like "PV"; a label before a name
  ("TTXVN: Minh Hà", "Blog Minh Hà", "Bạn đọc ...") is a source or dropped.  A
  paper's own desk ("Trung tâm Tin tức", "Ban Thời sự"), or a portal's own
  office named without its place ("Văn phòng HĐND-UBND"), or a hospital's or a school's
  department by its initials ("Phòng CTXH", "Khoa KSNK"), is neither author nor
  source; contact lines ("Địa chỉ: ...", "Email: ...") and counters ("Bình luận
  (0)") in a credit block are skipped.
* A web address is not a name: "Nguồn VNEWS: https://vnews.gov.vn/..." ->
  "VNEWS"; an address alone after "Nguồn:" gives its host.  E-mail addresses
  and phone or e-mail labels after a name are cut off.
* A genre "of" its author names the author: "Ghi chép của Minh Thu", "Bút ký
  của ...", "Phóng sự của ...", "(Trích tham luận của nhà văn ...)"; "(gt)",
  "(t/h)" are notes, not sources.  A footnote mark after a name ("TS. Nguyễn
  Thị Như 1", or glued to each name of a list: "Nguyễn Ngọc Hà1, Phạm Quốc
  Thới2") is no part of it; an association after a name ("(Chi hội Thơ)",
  "(Hội ...)", "(CLB ...)") is the writer's membership, no source;
  "Theo tin từ tờ Người lao động" names the outlet; a correspondent abroad ("Pv TTXVN tại Lào")
  gives the agency; a document site's uploader ("Chia sẻ: ...") names no one;
  an aggregator's label printed twice with the item's age ("Báo X Báo X 85
  ngày") is the source once.
* After "/" or " - ", a known outlet, an organisation ("Báo ...", "Đài ...",
  "Trung tâm ..."), a domain ("baothaibinh.com.vn"), a vowel-free
  acronym ("BTB", "QĐND"), a numbered channel ("VOV4", "VTV1") or an outlet's
  bureau ("VOV-TP HCM") is a source; anything else is another name.  So is an
  agency after a bare hyphen ("Trọng Đạt-TTXVN").  Known outlets take one
  spelling ("VOV.VN" -> "VOV"), so a researcher counts one outlet once.
* An organisation name runs on over commas, dashes and "và" until a person
  or a known outlet follows (over "và" always, and a region such as "Tây
  Nguyên" is no person), so "Trung tâm Văn hóa, Thể thao và Truyền
  thanh huyện Kiến Xương" and "Báo Môi Trường và Đô Thị" stay one source.
* Several sources are joined with ", " in print order.
* Two capitals alone are a writer's initials ("BT", "HL"), an author; a
  longer acronym with a vowel that no syllable spells ("HYTV") names a unit,
  nobody; an initial before a long syllable is a person ("H.Nguyên").  "Bs"
  is a doctor's title.  An outlet's own address after its name is the same
  outlet ("Báo Thái Nguyên – baothainguyen.vn"); a camel-case outlet after
  "Nguồn"/"Theo" is one name ("Nguồn MobileNet:"); an organisation joined to
  a name by a bare hyphen is read as after a dash ("Minh Thuỳ-Đài Truyền
  thanh huyện").
* A name printed all in capitals is title-cased ("DUY HUY" -> "Duy Huy",
  "T.MAI" -> "T.Mai"); mixed case is kept as printed, and initials keep their
  last dot ("M.K.").  Names must have every word capitalised,
  at most six words and no digits; other segments are dropped.
* A line of more than twelve words ending in a full stop after a run of small
  words is a photo's caption naming who speaks ("PGS.TS. X – Bí thư …, Hiệu
  trưởng … phát biểu tại buổi lễ."): no credit.
* Text that reads like prose (a segment of more than six words, sentence
  punctuation) gives an empty byline: a stray name pulled out of a
  sentence is worse than none.  After the "Nguồn" label (also typed "Nguồ:")
  a longer name of no known shape is still the origin ("Nguồn: Cộng đồng
  người Việt tại chợ …"); after "Theo" the same words may open a sentence.
* The site's own desk names nobody, after "Nguồn:" too ("Nguồn: Trung tâm
  Tin tức"), nor does a post's list of its categories ("Tin nổi bật, …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

from crawler.normalize.text import clean_multiline, fold_diacritics, folded_letters

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


class _Position(Exception):
    """The segment is the author's job or office ("Ủy viên Trung ương Đảng"): it and what
    follows it in the same run of text (its organisation) name no one else."""


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
        # The Party's e-paper (dangcongsan.vn), by the short name aggregators print.
        "Đảng Cộng Sản": ("đảng cộng sản", "dangcongsan", "dangcongsan.vn"),
        "Người Lao Động": ("người lao động", "nld", "nld.com.vn"),
        # The Tổ Quốc magazine of the writers' association signs its stories "(Toquoc)".
        "Toquoc": ("toquoc", "toquoc.vn"),
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
        # Foreign broadcasters' Vietnamese services, quoted by overseas papers.
        "VOA": ("voa", "voa tiếng việt"),
        "RFA": ("rfa", "rfa tiếng việt"),
        "RFI": ("rfi", "rfi tiếng việt"),
        "Deutsche Welle": ("deutsche welle",),
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

# The news agencies among them, whose tag opens the stories they wire to other papers.
_WIRE_AGENCIES = frozenset({"TTXVN", "VNA", "Thông tấn xã Việt Nam", "Reuters", "AFP", "AP", "Xinhua",
                            "Tân Hoa Xã", "Kyodo", "Yonhap", "TASS", "Sputnik", "RIA Novosti", "Bernama",
                            "Antara", "DPA", "EFE", "UPI"})
_KNOWN_SOURCES_FOLDED = {fold_diacritics(key): name for key, name in _KNOWN_SOURCES.items()}

# First words of organisation names: "Báo Thái Bình", "Đài PT-TH ...".
_ORGANISATION_PREFIXES = (
    "báo", "tạp chí", "tuần báo", "nhật báo", "đài", "kênh", "truyền hình", "radio",
    "thông tấn", "cổng thông tin", "cổng ttđt", "cổng", "trung tâm", "ttvh",
    "ban", "sở", "phòng", "ubnd", "ủy ban", "uỷ ban", "hội", "công an", "bộ",
    "cục", "chi cục", "tổng cục", "viện", "học viện", "bệnh viện",
    # A university's faculty or a hospital's department: "Khoa Luật", "Khoa Nội tổng hợp";
    # a university: "Đại học Huế".
    "khoa", "đại học",
    "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ",
    "đảng ủy", "đảng uỷ", "văn phòng", "mttq", "hđnd", "tỉnh đoàn",
    "huyện đoàn", "đoàn thanh niên", "liên đoàn", "công đoàn", "mặt trận", "bộ chỉ huy", "bđbp",
    "đồn biên phòng", "trường đại học", "trường thpt", "trường thcs",
    "trường tiểu học",
    # A school by its level's initials: "Trường TH Đồng Tâm", "Trường MN Hoa Sen" (mầm non),
    # "Trường PTDTBT TH …", "Trường THCS&THPT …", "Trường CĐ …" (cao đẳng).
    "trường th", "trường mn", "trường mg", "trường ptdtbt", "trường ptdtnt", "trường pt",
    "trường cđ", "trường tc",
    "ngân hàng", "kho bạc", "bhxh", "bảo hiểm xã hội",
    # A fund: "Quỹ Cộng đồng phòng tránh thiên tai", "Quỹ Bảo trợ trẻ em tỉnh …".
    "quỹ",
    "công ty", "tổng công ty", "tập đoàn", "chi nhánh", "cơ quan", "website",
    # Religious bodies signing their news: "Giáo xứ Giang Xá", "Chùa Kim Cang", "Tu viện …".
    "giáo xứ", "giáo họ", "giáo hạt", "giáo phận", "tổng giáo phận", "giáo hội", "tòa giám mục",
    "toà giám mục", "nhà thờ", "chùa", "tu viện", "thiền viện", "tịnh xá", "niệm phật đường",
    # A district's Buddhist community signing its site's news: "Phật giáo Đức Hòa".
    "phật giáo",
    # A council's or a party committee's standing body: "Thường trực HĐND xã Long Giang".
    "thường trực",
    # A body's media desk named without "Ban": "Truyền thông Thái Hà" (a parish's).
    "truyền thông",
)  # fmt: skip
# Each prefix with the space after it, for one ``str.startswith`` of them all (a Python loop
# over sixty prefixes ran for every candidate name).
_ORGANISATION_STARTS = tuple(prefix + " " for prefix in _ORGANISATION_PREFIXES)

# Credits that name nobody.
# Family names that open most Vietnamese personal names (a tail of the headline opening with
# one is a writer's name, not a place: "... - Hồ Duy Lệ", not "... - Quảng Nam").
SURNAMES = frozenset("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý "
                     "đinh đào đoàn trương lương mai cao lâm tạ thái hà tô trịnh chu châu quách "
                     "tăng kiều la lưu vương triệu khổng mạc".split())
# A profession spelled out, which a field may follow ("Bác sĩ Sản Phụ [khoa]", "Thạc sĩ Kinh tế").
_FIELD_PROFESSION = re.compile(r"^(?i:bác\s+sĩ|dược\s+sĩ|kỹ\s+sư|kĩ\s+sư|cử\s+nhân|thạc\s+sĩ|tiến\s+sĩ)\s+")

_NOT_A_PERSON = frozenset(
    {
        "pv", "phóng viên", "nhóm pv", "nhóm phóng viên", "ctv", "cộng tác viên",
        # A school's student writers as a group: "SV thực hiện" over the names.
        "sv", "sinh viên", "nhóm sv", "nhóm sinh viên",
        "btv", "biên tập viên", "bbt", "ban biên tập", "tòa soạn", "toà soạn", "btt", "ban biên soạn",
        "admin", "administrator", "quản trị viên", "quản trị", "ban quản trị",
        # Joomla's and Drupal's installation accounts, never renamed on many small sites.
        "super user", "superuser", "webmaster",
        "tổng hợp", "th", "st", "sưu tầm", "tư liệu", "ảnh tư liệu",
        # "Ảnh: TL": tư liệu, an archive photo, as "TH" and "ST" abbreviate the notes above.
        "tl", "t.l", "ảnh tl",
        "minh họa", "minh hoạ", "ảnh minh họa", "ảnh minh hoạ", "internet",
        "nguồn internet", "sưu tầm internet", "nvcc", "nhân vật cung cấp",
        # "Ảnh: ĐVCC": the unit the story is about supplied the photo, named nowhere.
        "đvcc", "đơn vị cung cấp", "ảnh cung cấp", "hình cung cấp",
        "btc", "ban tổ chức", "chụp màn hình", "facebook", "fb", "mxh",
        "mạng xã hội", "dịch", "lược dịch", "biên dịch", "tts", "thực tập sinh",
        "nhóm tác giả", "nhiều tác giả", "khách", "guest", "không rõ", "n/a",
        "ẩn danh", "anonymous", "unknown", "tác giả", "theo", "nguồn", "bài", "ban",
        "ảnh", "tin", "video", "clip", "p.v", "p. v", "p.v.", "pv.", "blog", "blogger",
        # "(t/h)", "(T.H)": tổng hợp, a compilation note.
        "t/h", "t.h", "t.h.", "tổng hợp/st",
        # The portal signing as itself by its kind's initials ("CTTĐT": cổng thông tin điện tử).
        "cttđt", "ttđt", "cổng ttđt", "trang ttđt", "cổng thông tin điện tử", "trang thông tin điện tử",
        # "(gt)": giới thiệu, a piece introduced by the paper; "(biên soạn)".
        "gt", "giới thiệu", "biên soạn", "sưu tầm, giới thiệu",
        # A text's opening or closing heading in capitals ("MỞ ĐẦU", "KẾT LUẬN"), no name.
        "mở đầu", "phần mở đầu", "kết luận", "đặt vấn đề", "lời mở đầu", "lời kết",
        # "LTS:" (lời tòa soạn): the editors' note opening the text, nobody's name.
        "lts", "lời tòa soạn", "lời toà soạn",
        # A serial's marker after an instalment: "(Còn tiếp)", "(Còn nữa)".
        "còn tiếp", "còn nữa", "hết",
        # A share box's label read as a credit ("QR Code" under the text).
        "qr code", "mã qr",
        # Academic and professional titles printed on their own ("PGS, TS. Nguyễn Văn A").
        "gs", "pgs", "ts", "ths", "tskh", "ncs", "bs", "ks", "cn", "ls", "gs.ts", "pgs.ts",
    }
    # An institution's kind in two words or more alone, no name after it: the account an
    # institution's site posts as ("by Thiền Viện" on a monastery's site), nobody.
    | {prefix for prefix in _ORGANISATION_PREFIXES if " " in prefix}
)  # fmt: skip
# Menu and section labels that an extractor can pick up instead of the
# byline; title-cased they would pass for names ("Thời Sự", "Thứ Hai").
_PAGE_WORDS = re.compile(
    r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|trang\s+chủ|tin\s+tức|tin\s+mới"
    r"|thời\s+sự|xã\s+hội|kinh\s+tế|chính\s+trị|văn\s+hóa|văn\s+hoá|thể\s+thao"
    r"|giáo\s+dục|y\s+tế|pháp\s+luật|quốc\s+tế|thế\s+giới|đời\s+sống|du\s+lịch|nông\s+nghiệp"
    r"|xem\s+thêm|đọc\s+thêm|chia\s+sẻ|bình\s+luận|liên\s+hệ|tìm\s+kiếm|đăng\s+nhập|trở\s+về"
    r"|quay\s+lại|in\s+bài(?:\s+viết)?|gửi\s+bài|home|menu"
    # A block of other stories' label ("Bài Viết Liên Quan", "TIN CÙNG CHUYÊN MỤC").
    r"|(?:các\s+)?(?:tin|bài|tin\s+bài|bài\s+viết|thông\s+tin)\s+(?:(?:có\s+)?liên\s+quan|khác"
    r"|cùng\s+(?:chuyên\s+mục|danh\s+mục|chủ\s+đề|sự\s+kiện|loại))"
    r"|tin\s+nổi\s+bật|tin\s+(?:đọc|xem)\s+nhiều|tin\s+tổng\s+hợp|cộng\s+đồng"
    # A comment form's heading (WordPress' "Leave a Reply").
    r"|leave\s+a\s+(?:reply|comment)|để\s+lại\s+(?:một\s+)?(?:bình\s+luận|trả\s+lời))$",
    re.IGNORECASE,
)


def _section_list(line: str) -> bool:
    """A post's list of its categories, printed where a byline may be ("Tin nổi bật, Người
    Việt tại Séc, CỘNG ĐỒNG"): comma-separated, one of them a section label, nobody named.

    >>> _section_list("Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG"), _section_list("Minh Hà, Thu Trang")
    (True, False)
    """
    parts = [" ".join(p.split()) for p in line.split(",")]
    return len(parts) >= 2 and any(_PAGE_WORDS.match(p) for p in parts)
# Leading words that mark a staff credit: "PV Minh Hà", "Nhóm PV VOV".
_STAFF_PREFIX = re.compile(
    r"^(?:nhóm\s+(?:pv|phóng\s+viên|ctv|tác\s+giả)|nhóm|pv|p\.v\.?|phóng\s+viên|ctv|btv|tts"
    r"|blog(?:ger)?|bạn\s+đọc|độc\s+giả|nhà\s+báo|nhà\s+văn|nhà\s+thơ"
    # A credit word without its colon before the name ("Ảnh MỸ HÀ", "Bài Minh Thu"); the
    # story's and the photos' words run together too ("Tin ảnh Phương Chi").
    r"|(?:tin|bài)\s+ảnh|ảnh|bài|tin|video|clip)\s+(?=\w)",
    re.IGNORECASE,
)
# Academic, professional and military titles before a name: "TS. Nguyễn Văn A",
# "PGS.TS Phạm Văn Dược", "ThS. Mai Thị Thu Hiền", "Đại tá Lê Văn B".  The name is kept
# without them (a title is not part of the name, and changes over a career).
_TITLES = re.compile(
    # Longest first inside each family: "TSKH" is not "TS" + "KH", "BSCKII" not "BS" + "CKII".
    r"^(?:(?:TSKH|GS|PGS|TS|ThS|Ths|THS|NCS|NNC|BSCKI{1,2}|BSNT|BS|Bs|CKI{1,2}|DS|KTS|KS|CN|LS"
    r"|NSND|NSƯT|NSUT|NGƯT|NGND"
    # Clergy, abbreviated: "Lm." linh mục, "Gm." giám mục, "TGM" tổng giám mục.
    r"|Lm|LM|Gm|Tgm|TGM"
    # A nun, only with its dot: "Nt. Maria Phạm Thị Huyền" (nữ tu), "Sr. Anna …" (Sister).
    r"|(?:Nt|Sr)(?=\.)"
    # English titles on a bilingual site, only with their dot: "Dr. Le Dinh Phong".
    r"|(?:Dr|Prof)(?=\.)"
    # Buddhist monastic ranks, only with their dot ("TT. TS. Thích Nhật Từ": thượng tọa;
    # "HT." hòa thượng, "ĐĐ." đại đức, "NT." ni trưởng): "TT" alone is an acronym's.
    r"|(?:HT|TT|ĐĐ|NT)(?=\.)"
    # The academic titles title-cased, only with their dot ("Ts. Lê Thiện Phúc", "Pgs.Ts."):
    # "Ts" or "Gs" alone could be a name's initials.
    r"|(?:Tskh|Pgs|Gs|Ts|Ks)(?=\.)"
    # A master's title with its dot inside: "Th.s Phùng Đình Dụng", "Th.S".
    r"|Th\.[sS](?=[\s.])"
    # A lecturer's rank, with its dot: "GVC." giảng viên chính, "GVCC." giảng viên cao cấp.
    r"|(?:GVCC|GVC)(?=\.)"
    # A notary before the name, "CCV" (công chứng viên): "Ts. CCV Ninh Thị Hiền".
    r"|CCV(?=[.\s]+[A-ZĐ][a-zà-ỹđ])"
    r"|(?i:Công chứng viên)(?=\s+[A-ZĐ][a-zà-ỹđ])"
    # The titles in words, in any case: some sites print them title-cased ("Nhạc Sĩ Văn Dần").
    r"|(?i:Giáo sư|Phó giáo sư|Tiến sĩ khoa học|Tiến sĩ|Thạc sĩ|Bác sĩ|Dược sĩ|Kỹ sư|Kĩ sư|Kiến trúc sư"
    r"|Cử nhân|Luật sư|Nhà nghiên cứu|Nhà báo|Nhà văn|Nhà thơ|Nhà giáo|Nhạc sĩ|Họa sĩ|Hoạ sĩ|Nghệ sĩ"
    r"|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá"
    r"|Thiếu tá|Đại úy|Đại uý|Thượng úy|Thượng uý|Trung úy|Trung uý|Thiếu úy|Thiếu uý"
    r"|Hòa thượng|Hoà thượng|Thượng tọa|Thượng toạ|Đại đức|Ni sư|Linh mục|Mục sư"
    r"|Tổng giám mục|Giám mục|Phó tế|Nữ tu"
    # Cao Đài clergy and dignitaries: "Lễ Sanh Ngọc Duyên Thanh", "Phó Trị Sự …".
    r"|Lễ sanh|Giáo hữu|Chánh phối sư|Phối sư|Đầu sư|Chánh trị sự|Phó trị sự|Thông sự"
    # A lay Buddhist ("Phật tử Thanh Phi"), a Buddhist nun by her title.
    r"|Phật tử|Đạo hữu|Sư cô|Ni cô"
    # A traditional-medicine practitioner ("Lương y NGUYỄN HỮU KHA"), a physician of it ("Thầy thuốc
    # ưu tú", "TTƯT" like "NGƯT").
    r"|Lương y|Thầy thuốc nhân dân|Thầy thuốc ưu tú)|TTND|TTƯT|TTUT"
    # A contributor's title spelled out before a name, as "CTV" is printed ("Cộng tác viên
    # Trần Ngọc"); before an outlet ("cộng tác viên VOA") it says where the writer works.
    r"|(?i:Cộng tác viên)(?=\s+[A-ZĐ][a-zà-ỹđ])"
    # The same roles in English, on the English pages of Vietnamese bodies: "Collaborator Thanh
    # Nhac", "Reporter Minh Anh" (capitalised, before a capitalised name).
    r"|(?:Collaborator|Contributor|Reporter|Correspondent)(?=\s+[A-ZĐ][a-zà-ỹđ])"
    # A company's head by his English title: "CEO Hưng Tabi".
    r"|(?:CEO|Founder|Co-founder)(?=\s+[A-ZĐ][a-zà-ỹđ]))"
    # A title ends at a dot, a separator or a space: "KSOR Y Phước" (a Jrai surname in
    # capitals) opens with no "KS." (kỹ sư).
    r"(?:\.\s*[-/.,]?\s*|\s*[-/,]\s*|\s+))+(?=[^\W\d_])"
)
# Production roles of a credit block: the people named after them made the page, they did
# not write the story ("Kỹ thuật: Văn Hùng", "Đồ họa: Lan Anh").
_PRODUCTION_ROLES = frozenset({
    "kỹ thuật", "kĩ thuật", "đồ họa", "đồ hoạ", "thiết kế", "trình bày", "biên tập",
    "biên tập viên", "btv", "quay phim", "dựng phim", "quay", "dựng", "dẫn chương trình", "mc",
    "âm thanh", "giọng đọc", "đọc", "chỉ đạo", "sản xuất", "kịch bản", "infographic",
    # The reader of the story's audio version ("Diễn đọc: Diệu Danh").
    "diễn đọc", "người đọc",
    # A document site's uploader ("Upload: hoa-sen-university"): an account, no writer.
    "upload", "người upload", "người tải lên",
    # A painting over the story ("Tranh: Ngô Thành Nhân"): its painter wrote nothing.
    "tranh",
    # The masthead printed in a page's footer ("Trưởng Ban: Tạ Đức Toàn"): the paper's
    # officers, not the story's authors.
    "chịu trách nhiệm nội dung", "chịu trách nhiệm xuất bản", "chịu trách nhiệm",
    "tổng biên tập", "phó tổng biên tập", "trưởng ban", "phó trưởng ban", "giám đốc",
    "phó giám đốc", "thư ký tòa soạn", "thư ký toà soạn",
})  # fmt: skip
# Production roles whose maker is the story's author when the credit names no writer: an
# infographic credited only "Đồ họa: TÔ NGỌC" was made by its designer.
_VISUAL_ROLES = frozenset({"đồ họa", "đồ hoạ", "infographic", "thiết kế"})
_DEPARTMENT = (r"tuyên\s+giáo|tuyên\s+huấn|tổ\s+chức|dân\s+vận|nữ\s+công|kiểm\s+tra|chính\s+sách"
               r"|pháp\s+luật|quan\s+hệ\s+lao\s+động|tài\s+chính|thanh\s+niên|thiếu\s+nhi")
# A newsroom's own desk ("Trung tâm Tin tức", "Ban Thời sự"): the paper itself, neither an
# author nor an origin of the story.
# So is a government portal's own office, named without its place ("Văn phòng HĐND-UBND",
# "Văn phòng UBND"): the body publishing the page.
# The desk may name its channel after it: "Trung tâm Tin tức VTV24", "Ban Thời sự VTV1".
# Words naming a body or a place after an office's name ("Phòng Tư pháp huyện X", "Phòng Kinh
# tế - Hạ tầng huyện Y"): another body's office, a source, not the site's own.
_BODY_OR_PLACE = (r"huyện|tỉnh|quận|thị\s+xã|xã|phường|thành\s+phố|tp|sở|bộ|cục|ubnd|hđnd|bệnh\s+viện"
                  r"|trung\s+tâm|trường|công\s+ty")
_DESK = re.compile(r"^(?:trung\s+tâm|ban|phòng)\s+(?:tin\s+tức|thời\s+sự|biên\s+tập|điện\s+tử|truyền\s+thông|ảnh"
                   r"|thư\s+ký\s+to[àa]\s+soạn|tin\s+tức\s*-\s*thời\s+sự"
                   # A society's secretariat posting its news: "Ban Thư ký Hội".
                   r"|thư\s+ký(?:\s+hội)?)(?:\s+(?-i:[A-ZĐ]{2,5}\d{0,2}))?$"
                   r"|^văn\s+phòng\s+(?:(?:hđnd|ubnd)(?:\s*(?:[-–,&/]|và)\s*(?:hđnd|ubnd))?"
                   r"|sở|tỉnh\s+[uủ]y|huyện\s+[uủ]y|thành\s+[uủ]y|đảng\s+[uủ]y"
                   # A university faculty's office posting its site's news: "Văn phòng Khoa".
                   r"|khoa"
                   # A school's office and its youth union's ("Văn phòng Đoàn Trường").
                   r"|trường|đoàn\s+trường|đoàn\s+(?:thanh\s+niên|tn))$"
                   # A hospital's or a school's own department by its initials: "Phòng CTXH",
                   # "Khoa KSNK", a union's "Ban PT" (the site's office, named without the body
                   # it belongs to).
                   r"|^(?:phòng|khoa|tổ|ban)\s*[-–]?\s*(?-i:[A-ZĐ]{2,6})$"
                   # Or by its two functions' initials joined by a hyphen, with the body's
                   # short name after them: "Ban TT-TT Đoàn TNCS HCM" (thông tin - truyền
                   # thông), "Phòng TB-TT" (a museum's display and outreach office).
                   r"|^(?:phòng|tổ|ban)\s+(?-i:[A-ZĐ]{2,5}-[A-ZĐ]{2,5})(?:\s+[^\s\d]+){0,4}$"
                   # Or by its two functions joined by a dash, no body or place after them: a
                   # health centre's "Phòng Truyền thông - Giáo dục sức khỏe" ("Phòng Văn hóa -
                   # Thông tin huyện X" names its district: another body, a source).
                   rf"|^phòng\s+(?!.*\b(?:{_BODY_OR_PLACE})\b)"
                   r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*[-–]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,4}$"
                   # A union's or a party committee's own department named without its body:
                   # "Ban Tuyên giáo - Nữ công", "Ban Tổ chức", "Ban Chính sách - Pháp luật".
                   # (Or with the committee it serves, still without its place: "Ban Tuyên
                   # giáo Tỉnh ủy" signing on that board's own provincial site.)
                   rf"|^ban\s+(?:{_DEPARTMENT})(?:\s*(?:[-–&,]|và)\s*(?:{_DEPARTMENT}))?"
                   r"(?:\s+(?:tỉnh|huyện|thành|đảng|quận)\s+[uủ]y)?$"
                   # An office by its initials "VP" (văn phòng) before the body it serves: "VP
                   # Đoàn TN", "VP UBND xã".
                   # (Or glued to the body's initials: "VPCTN", the President's Office.)
                   r"|^(?-i:VP[A-ZĐ]{2,5})$"
                   r"|^(?-i:VP)\s+(?:đoàn|ubnd|hđnd|đảng\s+[uủ]y|huyện\s+[uủ]y|sở|hội|công\s+đoàn)"
                   r"(?![^\W\d_])"
                   # The site's editorial board signing with the body it serves: "Ban biên tập
                   # phường Đông Xuyên", "BBT Cổng TTĐT xã …", "Ban quản trị website …" (a ward's
                   # or a school's portal signs its own news so); its media desk by its initials
                   # too, "BTT GX Thạch Bích" (ban truyền thông giáo xứ: a parish's). (Named in
                   # words, "Ban Truyền thông Giáo phận Vinh", a body's board is a source.)
                   r"|^(?:ban\s+biên\s+tập|(?-i:BBT|BTT)|ban\s+quản\s+trị)\s+\S",
                   re.IGNORECASE)
# A job or office after the name ("TS. Vũ Ngọc Hoàng - Ủy viên Trung ương Đảng - Phó ban ...",
# "Lê Thị Mai, Giáo viên Trường THCS ..."): the author's position, not a name, source or prose.
JOB_TITLE = re.compile(
    r"^(?:nguyên\s+)?(?:(?:phó\s+|tổng\s+)?(?:ủy\s+viên|uỷ\s+viên|bí\s+thư|chủ\s+tịch|giám\s+đốc"
    r"|trưởng|chủ\s+nhiệm(?!\s+đề\s+tài)|thủ\s+trưởng|tổng\s+biên\s+tập|hiệu\s+trưởng|viện\s+trưởng|cục\s+trưởng"
    r"|vụ\s+trưởng|bộ\s+trưởng|thứ\s+trưởng|tư\s+lệnh|chính\s+ủy|chính\s+uỷ)"
    r"|phó\s+(?:ban|trưởng|chánh)|chánh\s+(?:văn\s+phòng|án|thanh\s+tra)"
    r"|giảng\s+viên|giáo\s+viên|nghiên\s+cứu\s+viên|chuyên\s+viên|cán\s+bộ|đại\s+biểu"
    r"|hội\s+viên|đảng\s+viên|sinh\s+viên|học\s+viên|thành\s+viên|cựu\s+chiến\s+binh"
    r"|phóng\s+viên\s+thường\s+trú"
    # A priest's parish office ("Lm. Gioakim Lê Hậu Hán, Chánh xứ").
    r"|(?:chánh|phó|quản)\s+xứ"
    # An expert in a field ("Chuyên gia kinh tế năng lượng"), not "Chuyên gia Nguyễn Văn A".
    r"|chuyên\s+gia(?=\s*$|\s+(?:về|lĩnh\s+vực|ngành|kinh\s+tế|tài\s+chính|năng\s+lượng|y\s+tế"
    r"|giáo\s+dục|pháp\s+l[ýu]|nông\s+nghiệp|môi\s+trường|công\s+nghệ|ngân\s+hàng|chứng\s+khoán"
    r"|bất\s+động\s+sản|dinh\s+dưỡng|tâm\s+lý|độc\s+lập|cao\s+cấp|quốc\s+tế|hàng\s+đầu)(?![^\W\d_])))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_DONE_BY = re.compile(r"^(?P<role>(?i:bài\s+và\s+ảnh|bài\s*,\s*ảnh|bài\s+viết|bài|ảnh|tin\s*,?\s*ảnh|video|clip))"
                      r"\s+(?i:do)\s+(?P<name>[^\n]{2,60}?)\s+(?i:thực\s+hiện|chụp|viết|ghi|biên\s+soạn)\s*[.:]?\s*$")
# A name of two to four capitalised words, then the writer's post in words that open with a
# capital and no separator before it: "Phạm Quang Ái Tỉnh ủy viên, Bí thư Huyện ủy …".
# (A narrower list than JOB_TITLE, in capitals: with no separator, a bare "Trưởng" could be the
# name's last word.)
_GLUED_POST = re.compile(
    r"^(?P<name>(?:[^\W\d_]+\s+){1,3}?[^\W\d_]+)\s+"
    r"(?=(?:Tỉnh|Huyện|Thành|Đảng)\s+[uủ]y\s+viên\b|Ủy\s+viên\b|Uỷ\s+viên\b|Bí\s+thư\b"
    r"|(?:Phó\s+)?Chủ\s+tịch\b|(?:Phó\s+)?Giám\s+đốc\b|Hiệu\s+trưởng\b"
    # ... or the writer's institute, school or hospital glued the same way: "Nguyễn Thị Kim
    # Dung Viện Nghiên cứu Sư phạm - Trường Đại học Sư phạm Hà Nội".
    r"|(?:Học\s+)?Viện\s|Trường\s+(?:Đại|Cao|THPT|THCS|Tiểu|Mầm)|Bệnh\s+viện\s|Trung\s+tâm\s"
    # ... or the writer's department, by its number or name: "Phạm Duy Thơi Phòng 8 - VKSND tỉnh".
    r"|Phòng\s+(?:\d|[A-ZĐ]))")
# Contact and record labels some credit blocks carry ("Địa chỉ: Bắc Kạn", "Email: ..."):
# what follows names no author.
_INFO_LABEL = re.compile(r"^(?:địa\s+chỉ|e-?mail|điện\s+thoại|đt|sđt|fax|website|đơn\s+vị"
                         r"|nơi\s+công\s+tác|cơ\s+quan|chức\s+vụ|mã\s+số|ms"
                         # A document site's uploader account ("Chia sẻ: Cuahapbia").
                         r"|chia\s+sẻ|người\s+chia\s+sẻ|người\s+tải\s+lên|tải\s+lên\s+bởi"
                         r"|upload(?:ed)?\s+by|uploader"
                         # The CMS's account that last edited the post ("Người cập nhật: …").
                         r"|người\s+cập\s+nhật|cập\s+nhật\s+bởi|người\s+duyệt(?:\s+bài)?"
                         # A thesis's supervisor ("NGƯỜI HƯỚNG DẪN KHOA HỌC: PGS.TS. …").
                         r"|(?:người|cán\s+bộ|giáo\s+viên|giảng\s+viên)\s+hướng\s+dẫn(?:\s+khoa\s+học)?)\s*[:：]"
                         # The photo's agency under a picture ("Nguồn hình ảnh, Getty Images/BBC",
                         # "Nguồn ảnh: Reuters", "(Nguồn ảnh: Reuters)"): the picture's credit,
                         # not the story's.
                         r"|^\(?\s*nguồn\s+(?:hình\s+)?ảnh\s*[:：,]",
                         re.IGNORECASE)
# Counters and page furniture a credit block can pick up ("Bình luận (0)").
_PAGE_COUNTER = re.compile(r"^(?:bình\s+luận|ý\s+kiến(?:\s+bạn\s+đọc|\s+độc\s+giả)?|lượt\s+xem"
                           r"|chia\s+sẻ|thích|like)\s*[:(]?\s*\d*\s*\)?$", re.IGNORECASE)
# The page's text-size tool: "Tăng/giảm cỡ chữ:A+/A-", "Cỡ chữ: A A A".
_TEXT_SIZE_TOOL = re.compile(r"\bcỡ\s+chữ\b", re.IGNORECASE)
# A printed time beside the name ("Tạo ngày 12/03/2023 bởi ...", "... lúc 10:30",
# "Minh Thu • 2 giờ trước"): cut out before the names are read.
_TIMESTAMP = re.compile(
    # The verb as a label too: "Đăng: 10:04 20-05-2023 | Tác giả: …".
    r"(?:(?:ngày\s+)?(?:tạo|đăng|cập\s+nhật|viết|gửi|sửa)(?:\s*:\s*|\s+))?"
    # The weekday printed before the date ("QUANG HUY Chủ Nhật, 18/1/2026 - 17:42"), in
    # English too on a WordPress theme ("Sat, 09 / 2018 4:18 AM | Thiện Hưng").
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|cn"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}(?=,))\s*[,:]?\s*)?"
    r"(?:ngày|lúc|vào\s+lúc|vào)?\s*:?\s*"
    # A WordPress date with the month's word: "bởi Linh 21 Tháng 9, 2025".
    r"(?:\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s*/\s*\d{4}(?!\d)"
    r"|\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
    r"(?:\s*(?:am|pm|sa|ch))?|\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước)"
    r"(?:\s*[,|–-]?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
    r"(?:\s*(?:am|pm|sa|ch)\b)?))*"
    # The zone printed after the time: "15:27 PM (GMT+7)".
    r"(?:\s*\(?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?)?",
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
    "bài viết", "bài", "hình ảnh", "ảnh", "hình", "tin", "video", "clip", "minh họa", "minh hoạ",
    # A poem's credit: "Thơ, ảnh: Trọng Chu".
    "thơ",
    "thực hiện", "người thực hiện", "nội dung", "đồ họa", "đồ hoạ", "thiết kế", "trình bày",
    "biên tập", "tác giả bài viết", "tác giả", "người viết", "viết bài", "viết", "ghi chép", "ghi", "phóng sự", "tranh",
    "quay phim", "dựng phim", "quay", "dựng", "kỹ thuật", "kĩ thuật",
    "dẫn chương trình", "mc", "text", "photos", "photo", "author", "by",
    "infographic", "podcast", "âm thanh", "giọng đọc", "diễn đọc", "người đọc", "đọc", "lời",
    "upload", "người upload", "người tải lên",
    "chỉ đạo", "sản xuất", "kịch bản", "phóng viên", "pv", "ctv", "tổng hợp",
    "lược dịch", "biên dịch", "dịch", "sưu tầm", "đăng bởi", "người đăng",
    "được viết bởi", "viết bởi", "posted by", "post by", "written by", "bởi", "biên tập viên", "btv",
    # A research project's leader, its author: "Chủ nhiệm đề tài: PGS.TS Nguyễn Văn Nam".
    "chủ nhiệm đề tài",
    "chịu trách nhiệm nội dung", "chịu trách nhiệm xuất bản", "chịu trách nhiệm",
    "tổng biên tập", "phó tổng biên tập", "trưởng ban", "phó trưởng ban", "giám đốc",
    "phó giám đốc", "thư ký tòa soạn", "thư ký toà soạn",
)  # fmt: skip
_ROLE = "|".join(sorted((w.replace(" ", r"\s+") for w in _ROLE_WORDS), key=len, reverse=True))
_ROLE_JOIN = r"\s*(?:,|&|\+|/|-|–|và|and)\s*"
_ROLE_LABEL = re.compile(
    rf"(?:^|(?<=[\s,;|.(\[\-–—/]))(?<!nguồn\s)(?:{_ROLE})(?:{_ROLE_JOIN}(?:{_ROLE}))*\s*[:：]",
    re.IGNORECASE,
)
_ROLES_ONLY = re.compile(rf"^(?:{_ROLE})(?:{_ROLE_JOIN}(?:{_ROLE}))*$", re.IGNORECASE)
_LITERARY_GENRES = (r"truyện\s+ngắn|truyện\s+ký|truyện|tiểu\s+thuyết|chùm\s+thơ|bài\s+thơ|thơ"
                     r"|tạp\s+bút|tiểu\s+luận|tản\s+mạn")
# The reportage and essay genres a piece is credited in ("Ghi chép của …", "Bút ký của …").
# ("Ký của …" alone: the memoir-reportage genre by its one-word name.)
_REPORTAGE_GENRES = (r"ghi\s+chép|bút\s+ký|ký\s+sự|kí\s+sự|phóng\s+sự|tùy\s+bút|tuỳ\s+bút"
                     r"|tản\s+văn|ký|kí")
# Every genre a writer is credited in: the extraction's genre credit line reads them too.
WRITING_GENRES = rf"{_REPORTAGE_GENRES}|{_LITERARY_GENRES}"
# The work's title before its genre line: "LI DỊ -Truyện ngắn của Nguyễn Thị Thanh".
# A genre's label on a line of its own under the writer ("Hồ Anh Thái" / "Truyện"): no name.
# A forwarding note ("Kính chuyển", "Xin chuyển tiếp:") over, or before, the initials or name
# of whoever passed the text on: an overseas community site reposting a reader's mail.
_FORWARDING_NOTE = re.compile(r"^(?:(?:kính|xin)\s+chuyển(?:\s+(?:tiếp|đến|tới))?|chuyển\s+tiếp)"
                              r"\s*:?(?:\s+|$)(?P<rest>.*)$", re.IGNORECASE)
_GENRE_LINE = re.compile(rf"^(?:{WRITING_GENRES})\s*[.:]?$", re.IGNORECASE)
_WORK_BEFORE_GENRE = re.compile(rf"^[^\n]{{1,80}}?\s*[-–]\s*(?=(?:{_LITERARY_GENRES})\s+của\s)",
                                re.IGNORECASE)
# A work's line that names its writer: "Tác phẩm tham gia Liên hoan … lần thứ 24-2019 của tác
# giả Sỹ Bắc - Trung tâm VH-TT&TT Đô Lương" (the writer and the writer's unit are what is left).
_WORK_OF_WRITER = re.compile(r"^[^\n]{10,200}?\s+(?i:của)\s+(?=(?i:tác\s+giả)\s+[A-ZĐ])")
_LEADING_BY = re.compile(
    # (A thesis's or a book's author too: "Tác giả Luận án Lê Thế Khoát".)
    r"^(?:by|bởi|tác\s+giả(?:\s+(?:luận\s+án|luận\s+văn|đề\s+tài|cuốn\s+sách|sách))?|người\s+viết"
    r"|đăng\s+bởi|(?:được\s+)?viết\s+bởi|posted\s+by|written\s+by"
    # A form's field: "Họ và tên người thực hiện: …" (full name of who made it).
    r"|họ\s+(?:và\s+)?tên(?:\s+(?:người\s+thực\s+hiện|người\s+viết|tác\s+giả))?\s*:"
    r"|reported\s+by|post\s+by"
    # A Catholic news network's credit over a story it put online: "Prepared for Internet by
    # Radio Veritas Asia, Philippines".
    r"|prepared\s+(?:for\s+(?:the\s+)?internet\s+)?by"
    # A genre "of" its author: "Ghi chép của Minh Thu", "Bút ký của ...", "Phóng sự của ...".
    # A literary site's genres too: "Truyện ngắn của …", "Thơ của …", "Tiểu luận của …".
    # "Tin và ảnh của Phạm Viết Đào", "Bài, ảnh của …": the kinds joined, "of" their maker.
    rf"|(?:{WRITING_GENRES}|bài\s+viết|bài|tin|ảnh)(?:\s*(?:và|,|&)\s*(?:bài|tin|ảnh))?\s+của"
    # A photo series "of" its photographer: "Chùm ảnh của HƯƠNG THẢO".
    r"|(?:chùm|bộ|loạt)\s+ảnh\s+của"
    # An excerpt "of" its author: "(Trích tham luận của nhà văn Vũ Xuân Tửu)".
    r"|trích(?:\s+(?:tham\s+luận|bài\s+viết|bài|phát\s+biểu|báo\s+cáo|tác\s+phẩm|tiểu\s+luận"
    r"|hồi\s+ký|bút\s+ký|thư))?\s+của)\s+",
    re.IGNORECASE,
)
# Contact details after the name ("- Email: minhthu@baotb.vn", "ĐT: 0912..."): cut from the
# label to the end of the line; an address alone is cut too.
_CONTACT = re.compile(r"(?:^|(?<=[\s,;|(\[\-–—]))(?:e-?mail|điện\s+thoại|đt|sđt|fax)\s*[:：].*$"
                      r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)

# A note saying where the piece first appeared, with the issue and perhaps its writers: "{Bài
# viết đăng trên Tạp chí Kế toán và Kiểm toán (ISSN 1859 – 1914), số 210, Tháng 3/2021 của TS.
# Lê Đình Trực và TS. Lê Đoàn Minh Đức – Khoa Kế toán, …}", "(Bài đăng trên Tạp chí Tài chính
# kỳ 2 tháng 3/2021)". The paper is the source, the writers after "của" (of) the authors.
PUBLICATION_NOTE = re.compile(
    r"^[{(\[]?\s*(?:bài(?:\s+viết)?\s+)?"
    # ... the writers maybe named first: "Bài viết của Vương Xuân Tình đăng trên Tạp chí Dân tộc
    # học, Số 3, 2020."
    r"(?:của\s+(?P<writer>[^{}\[\]]{2,80}?)\s+)?"
    r"(?:đã\s+)?(?:được\s+)?(?:đăng(?:\s+tải)?|in)\s+(?:trên|tại|trong)\s+"
    r"(?P<paper>(?:tạp\s+chí|báo|đặc\s+san|bản\s+tin|nội\s+san|kỷ\s+yếu)\s+[^(){}\[\],;]+?)"
    r"(?:\s*\([^()]*\))?"
    r"(?:\s*[,;]?\s*(?:số|kỳ|tháng|năm|ngày)\s*(?:\d|ra\b|tết\b|xuân\b)[^{}\[\]]*?)?"
    r"(?:\s*,?\s+của\s+(?P<by>[^{}\[\]]+?))?\s*\.?\s*[})\]]?\s*\.?$",
    re.IGNORECASE | re.MULTILINE)


_PADDED_SIGNATURE = re.compile(r"(?<=[.!?…])[ \t\xa0]{8,}(?=\S[^\n]{1,40}$)", re.MULTILINE)


def _as_credit_lines(note: re.Match[str]) -> str:
    """A publication note as the credit block it stands for: its writers, then "Theo" the paper.

    >>> PUBLICATION_NOTE.sub(_as_credit_lines, "(Bài đăng trên Tạp chí Tài chính kỳ 2 tháng 3/2021)")
    'Theo Tạp chí Tài chính'
    """
    paper = f"Theo {note['paper'].strip()}"
    writers = note["by"] or note["writer"]
    return f"{writers.strip()}\n{paper}" if writers else paper


# A broadcaster's line handing over to its reporter, of its own between paragraphs: "Phóng viên
# Lê Thị Minh Anh báo cáo từ Hà Nội:", "Thông tín viên Trần An tường thuật tại Huế:".
REPORTER_HANDOVER = re.compile(
    r"^\s*(?P<title>(?i:phóng viên|pv|thông tín viên|ký giả|cộng tác viên|ctv))\s+"
    # (Two reporters joined by "&" or "và": "Phóng viên Hoài Phương & Nam Hương tường trình
    # sau đây:", an overseas radio's handover with no place.)
    r"(?P<name>(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,4}[A-ZĐÀ-Ỹ][^\W\d_]*"
    r"(?:\s*(?:&|và)\s*(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,4}[A-ZĐÀ-Ỹ][^\W\d_]*)?)\s+"
    r"(?:(?:báo cáo|tường thuật|tường trình|gửi về|ghi nhận|đưa tin)?\s*(?:từ|tại)\s+[^:.!?]{2,40}"
    r"|(?:báo cáo|tường thuật|tường trình|ghi nhận|đưa tin)\s+sau\s+đây)\s*:\s*$")

# An overseas paper's English credit: "Article sourced from premier.vic.gov.au."
SOURCED_FROM = r"(?:(?:article|story|news)\s+)?sourced\s+from"

# How a piece was made from others' work: compiled ("tổng hợp", "TH"), translated, collected.
_MADE_FROM_OTHERS = r"(?:tổng\s+hợp|lược\s+dịch|biên\s+dịch|dịch|sưu\s+tầm|th|st)"

# "Theo X", "Nguồn: X", "(tổng hợp theo X)", "lược dịch từ X".
_SOURCE_MARKER = re.compile(
    r"(?:^|(?<=[\s(\[\-–—,;|/]))"
    # (What was compiled may be named between: "Tổng hợp tin và hình ảnh từ tonggiaophanhanoi.org".)
    rf"(?:{_MADE_FROM_OTHERS}"
    r"(?:\s+(?:tin|bài|ảnh|hình|hình\s+ảnh|thông\s+tin)(?:\s+(?:và|,|&)\s+(?:tin|bài|ảnh|hình|hình\s+ảnh))?)?"
    r"\s+(?:từ|theo)"
    # "Nguồ:", the label typed without its last letter, is no word but the label.
    # Not "Theo dõi" (follow): a share bar's "Theo dõi ICTVietnam trên …" names no source.
    r"|theo(?!\s+dõi\b)|nguồn(?:\s+tin)?(?:\s+ảnh)?|nguồ(?=\s*[:：])|source"
    rf"|{SOURCED_FROM})\s*[:：]?\s+",
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
# A last word made of two or more initials: "M.K.", "N.V.A." (not "A." alone).
_INITIALS_AT_END = re.compile(r"(?:^|\s)(?:[^\W\d_]\.){2,}$")
# An outlet's channel or programme: "VOV4", "VTV1", "VOV5" (a name has no digits).
_NUMBERED_OUTLET = re.compile(r"^[A-ZĐ]{2,6}\d{1,2}$")
# An outlet's regional bureau joined to its name by a hyphen: "VOV-TP HCM", "TTXVN-Huế".
_OUTLET_BUREAU = re.compile(r"^(?P<outlet>[A-ZĐ][\w.+]*)-(?=\S)")
# The same with a space, after an outlet in capitals: "VTV Nam Bộ", "VOV Tây Nguyên".
_OUTLET_REGION = re.compile(r"^(?P<outlet>[A-ZĐ][A-ZĐ\d.+]+)\s+(?=[^\W\d_])")
# Not over a closing bracket: "Nguồn: Công luận (https://congluan.vn/...)".
_URL = re.compile(r"(?:https?://|www\.)[^\s()\[\]]+", re.IGNORECASE)
# (And the rules a signature is framed by: "=== Kristy Thái ===", "~~ Minh Thu ~~".)
_EDGE_PUNCTUATION = " \t-–—_,;:.|/·•\"'“”‘’«»=~"
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov|edu)(?:\.vn)?$", re.IGNORECASE)
# A web address under another country's domain, printed in lower case ("www.secviet.cz", an
# association abroad): a name's initial before a short word ("T.An") is no address.
_FOREIGN_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\.[a-z]{2}$")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ&+]{1,7}$")
_VOWEL = re.compile(r"[AEIOUY]")
# Letters of the Latin alphabet that no Vietnamese syllable spells.
_FOREIGN_LETTER = re.compile(r"[FJWZ]")
# A capital and an apostrophe alone opens a K'Ho or Mạ name printed with a space after it
# ("K’ Dần", "K' Bròn"), as others print it glued ("K’Brơi").
_NAME_WORD = re.compile(r"^(?:[^\W\d_](?:[^\W\d_]|[.'’-](?=[^\W\d_]))*\.?|[A-ZĐ]['’])$")
# Words no Vietnamese personal name contains; they mark title-cased
# organisation names such as "Truyền Hình Thái Bình" or "UBND Huyện Vũ Thư".
_NOT_IN_NAMES = re.compile(
    r"(?<!\w)(?:huyện|tỉnh|xã|phường|quận|thị\s+xã|thành\s+phố|tp|báo|đài|ubnd|truyền\s+hình"
    r"|phát\s+thanh|truyền\s+thanh|trung\s+tâm|công\s+ty|bệnh\s+viện|tạp\s+chí"
    # An online outlet's name in capitals under its writer ("VĂN HÓA ONLINE"): no person.
    r"|online|điện\s+tử"
    # Regions: "... khu vực miền Trung - Tây Nguyên" is not a person after a dash.
    r"|tây\s+nguyên|tây\s+bắc|đông\s+bắc|nam\s+bộ|bắc\s+bộ|trung\s+bộ|miền\s+(?:trung|bắc|nam|tây)"
    r"|đồng\s+bằng|duyên\s+hải)(?!\w)",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "von", "da", "di", "du", "la", "le", "bin", "binti", "al", "del", "dos", "das", "y"})  # fmt: skip
# A full stop after a word, unless the word is an upper-case abbreviation ("Nguồn: BCDNTM. TV",
# a commune's steering committee and its station).
_SENTENCE_PUNCTUATION = re.compile(r"[!?…“”\"]|[^\W\d_]{3,}(?<![A-ZĐ]{3})\.\s+\S")
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
    stripped = _NOTE_MARKERS.sub(" ", text).strip(_EDGE_PUNCTUATION)
    # Initials keep their last dot: "M.K." is how the name is written ("Minh Thu." ends a
    # sentence).
    if _INITIALS_AT_END.search(stripped + ".") and text.rstrip().endswith("."):
        return stripped + "."
    return stripped


def _known_source(text: str) -> str | None:
    key = _key(text)
    if key.isascii():
        # "Dan tri" typed without accents.  Only for accentless input:
        # "Tiến Phong" is a person, not the newspaper "Tiền Phong".
        return _KNOWN_SOURCES.get(key) or _KNOWN_SOURCES_FOLDED.get(key)
    return _KNOWN_SOURCES.get(key)


# An acronym of an organisation glued to the rest of its name by a hyphen: "TTVH-TT&TT HÀM
# TÂN" (Trung tâm Văn hóa - Thông tin và Thể thao), "UBND-…".
_ORGANISATION_HYPHENED = tuple(prefix + "-" for prefix in _ORGANISATION_PREFIXES
                               if prefix.isascii() and prefix.isalpha() and len(prefix) == 4)


# A ward's, commune's or district's short name after the writer: "P. ĐM" (phường Đại Mỗ),
# "X. TL", "TT. PT": the unit's abbreviation and its initials in capitals, no person's.
_UNIT_INITIALS = re.compile(r"^(?:p|x|q|tt|tp)\.\s*[A-ZĐ]{2,5}$", re.IGNORECASE)


# "Trung tâm" by its initials before the centre's name in words: "TT Quản lý Di tích",
# "TT Y tế huyện" (a capital "TT" and two words or more; "TT - " is a paper's tag). The same
# initials name a township ("TT Sơn Dương", thị trấn): a unit too, no person either way.
_CENTRE_BY_INITIALS = re.compile(r"^TT\s+[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+)+")


def _organisation(text: str) -> bool:
    key = _key(text)
    return key.startswith(_ORGANISATION_STARTS) or bool(_CENTRE_BY_INITIALS.match(text.strip()))


def _given_name_then_surname(text: str) -> bool:
    """"KHOA NGUYỄN": a given name that is also a unit's word ("Khoa", faculty), then the
    surname, written Western style; no unit is named by a surname alone."""
    words = _key(text).split()
    return len(words) == 2 and words[1] in SURNAMES


def _unit_initials(text: str) -> bool:
    """A unit's abbreviation and initials (see _UNIT_INITIALS); the initials spell no
    syllable: "P. MAI" is a shouted name, "P. ĐM" is phường Đại Mỗ.

    >>> _unit_initials("P. ĐM"), _unit_initials("P. MAI"), _unit_initials("P. Hoa")
    (True, False, False)
    """
    unit = _UNIT_INITIALS.match(text.strip())
    return unit is not None and not _is_syllable(text.strip().split(".", 1)[1].strip())


def _looks_like_source(text: str) -> bool:
    if _known_source(text) or (_organisation(text) and not _given_name_then_surname(text)) or _DOMAIN.match(text) \
            or _NUMBERED_OUTLET.match(text) or _key(text).startswith(_ORGANISATION_HYPHENED):
        return True
    bureau = _OUTLET_BUREAU.match(text) or _OUTLET_REGION.match(text)
    if bureau and (_known_source(bureau["outlet"]) or _NUMBERED_OUTLET.match(bureau["outlet"])) \
            and len(text.split()) <= 4:
        return True
    if _ACRONYM.match(text):
        # "BTB", "QĐND": an unknown acronym has no vowel; "HOA" is a name.  Two capitals alone
        # ("BT", "HL") are a writer's initials, how many papers sign.  A letter of no
        # Vietnamese word (F, J, W, Z) makes no name either: "VAJ", an association abroad.
        return len(text) > 2 and (not _VOWEL.search(text) or bool(_FOREIGN_LETTER.search(text))) \
            and _key(text) not in _NOT_A_PERSON
    words = text.split()
    if 2 <= len(words) <= 4 and words[0] == "Người" and all(w[0].isupper() for w in words):
        # A paper named for its readers: "Người Việt", "Người Cao Tuổi", "Người Đô Thị".
        # "Người" is no syllable of a personal name: "Thiện Lê/Người Việt" is a writer and
        # the paper.
        return True
    if len(words) == 1 and _CAMEL_CASE_OUTLET.match(text):
        return True
    # "H.Nguyên", "L.T.PHƯƠNG": initials and a syllable are a person, however long.
    return len(words) == 1 and len(text) > _MAX_SYLLABLE and text[0].isupper() \
        and not _INITIAL_AND_NAME.match(text)


# (The surname may be abbreviated to its first letters: "Ng.Thạnh" for Nguyễn, "Tr.Hùng" for Trần.)
_INITIAL_AND_NAME = re.compile(r"^(?:(?:[A-ZĐ]|Ng|NG|Tr|TR)\.){1,3}[^\W\d_]+$")
# A vowel other than "Y" (accented too): every word of a name has one, an acronym of four
# letters or more ("TTSYT") may not.
_NAME_VOWEL = re.compile(r"[AEIOUĂÂÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰ]", re.IGNORECASE)
# One word in an outlet's camel case, an acronym before small letters or a capital closing it
# ("VNews", "VTCNews", "CafeF"): no Vietnamese syllable of a name is spelled so.
# (Or one word ending in the English "news", which no Vietnamese name does: "Vnews",
# the news agency's television channel, signing "(Vnews)".)
_CAMEL_CASE_OUTLET = re.compile(r"^(?:[A-ZĐ]{2,}[a-zđ]{2,}|[A-ZĐ][a-zđ]+[A-ZĐ]|[A-ZĐ][A-Za-z]*news)$")


# The issue a paper or magazine is credited with after its name: "số 5/2021", "số 312",
# "xuân 2022", "Tết Nhâm Dần", "tháng 4/2018" ("Tạp chí Văn nghệ Đồng Nai xuân 2022"): the
# outlet is the name without it.
_CAN_CHI = (r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+"
            r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)")
_ISSUE = re.compile(r"\s+(?:số(?:\s+(?:báo|ra))?(?:\s+ngày)?(?:\s+[\d/.-]+(?:\s+năm\s+\d{4})?)?"
                    rf"|(?i:xuân|tết)\s+(?:{_CAN_CHI}|\d{{4}})|tháng(?:\s+\d{{1,2}}\s*[/.-]\s*\d{{4}})?)\s*$")
_PERIODICAL = re.compile(r"^(?:tạp chí|báo|tuần báo|nguyệt san|đặc san|bán nguyệt san)\s", re.IGNORECASE)


# The country an outlet abroad is printed with: "Radio Veritas Asia, Philippines".
_OUTLET_COUNTRY = re.compile(r",\s*(?:Philippines|Hoa Kỳ|Mỹ|USA|Úc|Australia|Canada|Pháp|France|Đức|"
                             r"Germany|Nhật Bản|Japan|Đài Loan|Taiwan|Hàn Quốc|Korea|Ý|Italia|Italy|"
                             r"Vatican|Anh|UK|Việt Nam|Vietnam)\s*$")


def _source_display(text: str) -> str:
    text = _strip_edges(text)
    if _PERIODICAL.match(text):
        text = _ISSUE.sub("", text) or text
    known = _known_source(text)
    if known:
        return known
    if _DOMAIN.match(text) or _FOREIGN_DOMAIN.match(text):
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
    if len(letters) == 2 and name.isalpha():
        # Two capitals alone sign by initials ("AT"), no syllable to title-case.
        return name

    def syllable(part: str) -> str:
        return part[:1] + part[1:].lower()

    def fix(word: str) -> str:
        if "." in word:
            # Initials stay ("N.V.A", "TH."); a syllable after them is a name: "T.MAI" -> "T.Mai".
            return ".".join(syllable(part) if len(part) > 1 and _VOWEL.search(fold_diacritics(part).upper())
                            else part for part in word.split("."))
        # Vowel-free parts are initials ("KL-TN": two people's), not syllables to title-case.
        return "-".join(syllable(part) if _VOWEL.search(fold_diacritics(part).upper()) else part
                        for part in word.split("-"))

    return " ".join(fix(word) for word in name.split())


def _middle_name_capitalised(words: list[str]) -> list[str]:
    """A full name of three syllables whose middle one is typed in small letters: "Mai viết
    Tăng" -> "Mai Viết Tăng" (a middle name is a name; the family and given names around it
    are capitalised, so the line is no phrase).

    >>> _middle_name_capitalised(["Mai", "viết", "Tăng"]), _middle_name_capitalised(["Hà", "Nội"])
    (['Mai', 'Viết', 'Tăng'], ['Hà', 'Nội'])

    A nun's Dharma name typed with "nữ" small ("Thích nữ Hạnh Hiển"): the name's own word.

    >>> _middle_name_capitalised(["Thích", "nữ", "Hạnh", "Hiển"])
    ['Thích', 'Nữ', 'Hạnh', 'Hiển']
    >>> _middle_name_capitalised(["Nguyễn", "thị", "Bạch", "Mai"])
    ['Nguyễn', 'Thị', 'Bạch', 'Mai']
    """
    if len(words) >= 3 and words[0] == "Thích" and words[1] == "nữ":
        return [words[0], "Nữ", *words[2:]]
    if len(words) == 3 and words[1].isalpha() and words[1].islower() and _is_syllable(words[1]) \
            and words[1] not in _NAME_PARTICLES \
            and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in (words[0], words[2])):
        return [words[0], words[1].capitalize(), words[2]]
    if len(words) == 4 and words[1] in _SMALL_MIDDLE_NAMES \
            and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in (words[0], *words[2:])):
        # "Nguyễn thị Bạch Mai": the commonest middle names, typed small in a longer name.
        return [words[0], words[1].capitalize(), *words[2:]]
    return words


_SMALL_MIDDLE_NAMES = frozenset({"thị", "văn"})


def _person_name(text: str) -> str | None:
    words = _middle_name_capitalised(text.split())
    text = " ".join(words)
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return None
    if not all(_NAME_WORD.match(word) for word in words):
        return None
    if not all(word[0].isupper() or word.lower() in _NAME_PARTICLES for word in words):
        return None
    if len(words) == 1 and (len(text) < 2 or len(text) > _MAX_SYLLABLE) \
            and not _INITIAL_AND_NAME.match(text):
        return None
    if len(words) == 1 and len(text) > 2 and text.isalpha() and text.isupper() \
            and not _is_syllable(text):
        return None  # "HYTV": an acronym no syllable spells names a unit, not a person
    if len(words) > 1 and text.isupper() and any(len(w) > 3 and w.isalpha() and not _NAME_VOWEL.search(w)
                                                 for w in words):
        return None  # "TTSYT HT": a unit's initials and its place, no name in capitals
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
        # Sources named after "Theo"/"Nguồn:" (said to be the origin, whatever they are).
        self.marked: set[str] = set()
        # People credited only for graphics ("Đồ họa: TÔ NGỌC").
        self.designers: list[str] = []
        # A name printed with an academic or professional title ("PGS.TS Nguyễn Văn Ngọc").
        self.titled = False
        # Sources printed after a person's name (a unit there is the writer's affiliation).
        self.after_person: set[str] = set()

    def author(self, name: str) -> None:
        if _key(name) not in map(_key, self.authors):
            self.authors.append(name)

    def source(self, source: str, marked: bool = False, after_person: bool | None = None) -> None:
        source = _source_display(source)
        if source and _DOMAIN.match(source) and any(_spells_domain(s, source) for s in self.sources):
            return  # "Báo Thái Nguyên – baothainguyen.vn": the outlet's own address
        if source and _key(source) not in map(_key, self.sources):
            self.sources.append(source)
            if after_person or (after_person is None and self.authors):
                self.after_person.add(_key(source))
        if source and marked:
            self.marked.add(_key(source))

    def merge(self, other: _Collector, marked: bool = False) -> None:
        had_authors = bool(self.authors)
        for name in other.authors:
            self.author(name)
        for source in other.sources:
            self.source(source, marked or _key(source) in other.marked,
                        had_authors or _key(source) in other.after_person)
        self.designers += [n for n in other.designers if n not in self.designers]
        self.titled = self.titled or other.titled

    def origin_sources(self) -> list[str]:
        """The sources, without a titled author's affiliation: the university or institute
        printed after "PGS.TS Nguyễn Văn Ngọc" is where the author works, not where the story
        comes from (an outlet, or what "Theo"/"Nguồn:" names, still is)."""
        if not self.titled:
            return self.sources
        return [s for s in self.sources if _key(s) in self.marked or _press_source(s)]


def _spells_domain(name: str, domain: str) -> bool:
    """The outlet's name spells the domain's first label: "Báo Thái Nguyên", "baothainguyen.vn"."""
    letters = folded_letters(name)
    return bool(letters) and letters == domain.lower().removeprefix("www.").split(".")[0]


def _press_source(text: str) -> bool:
    """An outlet or agency: a known one, a domain, a channel ("VOV4"), a vowel-free acronym
    ("TTXVN"), a name in an outlet's camel case ("VNews"), a press organisation by its first word ("Báo ...", "Đài ...") or by what it
    does ("Trung tâm Văn hóa - Truyền thanh huyện ...")."""
    key = _key(text)
    return bool(_known_source(text) or _DOMAIN.match(text) or _NUMBERED_OUTLET.match(text)
                or (_ACRONYM.match(text) and not _VOWEL.search(text))
                or _CAMEL_CASE_OUTLET.match(text)
                or _opens_with_press_word(key)
                or _MEDIA_WORDS.search(key))


# A "đài" that broadcasts nothing: a hydro-meteorological station ("Đài KTTV khu vực Tây
# Nguyên", "Đài Khí tượng Thủy văn tỉnh …"), an observatory, a memorial: a unit, no outlet.
_STATION_NOT_BROADCASTING = re.compile(r"^đài\s+(?:kttv|khí\s+tượng|thiên\s+văn|quan\s+trắc|tưởng\s+niệm)\b")


def _opens_with_press_word(key: str) -> bool:
    """True when a name's key opens with a press organisation's word ("báo …", "đài …"), a
    station that broadcasts nothing aside."""
    return key.startswith(_PRESS_STARTS) and not _STATION_NOT_BROADCASTING.match(key)


_CLOSING_PARENTHESES = re.compile(r"\(([^()]+)\)\s*$")


def _channel_in_parentheses(text: str) -> bool:
    """An organisation that names its outlet in closing parentheses, a broadcaster's bureau:
    "Trung tâm THVN khu vực miền Trung - Tây Nguyên (VTV8)"."""
    inner = _CLOSING_PARENTHESES.search(text)
    return inner is not None and _press_source(inner[1].strip())


_MEDIA_WORDS = re.compile(r"truyền\s+thanh|truyền\s+hình|phát\s+thanh|\bpt-?th\b|thông\s+tấn")


# First words of the names of press organisations (a subset of _ORGANISATION_PREFIXES).
_PRESS_PREFIXES = ("báo", "tạp chí", "tuần báo", "nhật báo", "đài", "kênh", "truyền hình",
                   "thông tấn", "cổng thông tin", "cổng ttđt", "website",
                   # A broadcaster named in English: "Radio Free Asia", "Radio Veritas Asia".
                   "radio")
_PRESS_STARTS = tuple(prefix + " " for prefix in _PRESS_PREFIXES)


# Running words before the outlet after "Theo": "Theo tin từ tờ Người lao động", "theo tờ ...".
# "Theo website Thành đoàn …", "theo trang tin …": the site named by its kind, the kind dropped.
_NEWS_FROM = re.compile(r"^(?:(?:tin|thông\s+tin)\s+(?:từ|của)\s+)?(?:tờ\s+|website\s+|trang\s+web\s+"
                        r"|trang\s+tin(?:\s+điện\s+tử)?\s+)?(?=\S)", re.IGNORECASE)


_EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")


def _parse_source_phrase(text: str, out: _Collector, labelled: bool = False) -> None:
    """What follows "Theo" / "Nguồn:": an outlet, or "name (agency)".  A web address after
    the outlet's name is left out ("Nguồn VNEWS: https://vnews.gov.vn/..." -> "VNEWS"); an
    address alone gives its host.  After the "Nguồn" label (``labelled``) a longer name of no
    known shape is still the origin ("Nguồn: Cộng đồng người Việt tại chợ Admiral-Kazan"),
    where after "Theo" it may open a sentence ("Theo đánh giá của ngành y tế tỉnh ...")."""
    urls = _URL.findall(text)
    text = _NEWS_FROM.sub("", _strip_edges(_EMPTY_BRACKETS.sub(" ", _URL.sub(" ", text))))
    if not text and urls:
        parts = urlsplit(urls[0] if "//" in urls[0] else "//" + urls[0])
        host = parts.hostname or ""
        # A site's bare address is printed as its name, kept as printed ("Nguồn:
        # www.phatgiao.org.vn"); a page's full address gives its host ("Theo: http://www.x.org/…").
        bare = parts.path in ("", "/") and not parts.query and "//" not in urls[0]
        text = urls[0].rstrip("/") if bare else host.removeprefix("www.")
    if not text or _key(text) in _NOT_A_PERSON or _DESK.fullmatch(" ".join(text.split())) \
            or _OWN_OFFICE.match(" ".join(text.split())):
        # "Nguồn: Trung tâm Tin tức": the station's own news desk, all there is, names no
        # origin ("Theo VP Công đoàn TCT, ngày …" names the union's office of another body).
        return
    role = _REPORTER_ROLE.match(text)
    if role:
        # "Theo phóng viên Lê Hòa": the reporter by the role, a writer, no outlet.
        reporter = _Collector()
        try:
            _parse_into(text[role.end():], reporter)
        except _Prose:
            reporter = _Collector()
        if reporter.authors and not reporter.sources:
            out.merge(reporter)
            return
    inner = _Collector()
    try:
        _parse_into(text, inner)
    except _Prose:
        if not labelled or len(text.split()) > _MAX_SOURCE_WORDS or _SENTENCE_PUNCTUATION.search(text):
            raise
        out.source(text, marked=True)
        return
    if inner.sources:
        # What "Theo" names is the origin, "(TTO)" after its writers too; only a titled
        # author's institute is not ("Theo PGS.TS X (Đại học Y)").
        out.merge(inner, marked=not inner.authors or not inner.titled)
    elif inner.authors and inner.titled:
        # "Theo KTS Huỳnh Quốc Hội": a person, by the title, is the writer quoted, no outlet.
        out.merge(inner)
    elif len(text.split()) <= _MAX_SOURCE_WORDS and not _SENTENCE_PUNCTUATION.search(text):
        out.source(text, marked=True)
    else:
        raise _Prose(text)


# A newsroom role before a name after "Theo": "Theo phóng viên Lê Hòa", "theo biên tập viên ANH DO".
_REPORTER_ROLE = re.compile(r"^(?:phóng\s+viên|biên\s+tập\s+viên|cộng\s+tác\s+viên|nhà\s+báo)\s+(?=\S)",
                            re.IGNORECASE)
# An association a contributor is a member of, printed after the name: no source of news.
_MEMBERSHIP = re.compile(r"^(?:chi\s+hội|hội|câu\s+lạc\s+bộ|clb)\s", re.IGNORECASE)


def _parse_parenthetical(text: str, out: _Collector, alone: bool = False) -> None:
    """``alone``: nothing printed outside the parentheses names anyone, so a name inside them
    is the author, not an affiliation: "(Thanh Ngọc)"."""
    text = _strip_edges(text)
    if not any(ch.isalpha() for ch in text) or _key(text) in _NOT_A_PERSON \
            or _ROLES_ONLY.match(text):
        return  # "(0)" is a counter, "(tổng hợp)" a note
    if _SOURCE_MARKER.search(text) or _ROLE_LABEL.search(text):
        _parse_into(text, out)
        return
    if out.authors and _MEMBERSHIP.match(text):
        return  # "Nguyễn Minh Trọng (Chi hội Thơ)": the association the writer belongs to
    inner = _Collector()
    try:
        _parse_into(text, inner)
    except _Prose:
        return
    if inner.sources and not inner.authors:
        out.merge(inner)  # "(TTXVN/Vietnam+)" -> two sources, as outside parens
    elif inner.authors and (alone or _shouted_name(text) or _STAFF_PREFIX.match(text)):
        # "(MINH HÀ)", "(Ảnh MỸ HÀ)": a name in capitals, or after a credit word, is an
        # author, not an affiliation.
        out.merge(inner)
    elif len(text.split()) <= _MAX_SOURCE_WORDS:
        out.source(text)  # the author's affiliation: "(Thái Bình)"


def _parse_segment(segment: str, inner: list[str], out: _Collector) -> None:
    alone = not out.authors and not out.sources \
        and not _strip_edges(_PLACEHOLDER.sub(" ", segment))
    _parse_segment_text(segment, out)
    # After the name: "Minh Hà (NGỌC ANH)" keeps print order.
    for index in _PLACEHOLDER.findall(segment):
        _parse_parenthetical(inner[int(index)], out, alone=alone)


def _unit_by_acronym(text: str) -> bool:
    """A unit named by a vowel-free acronym of three letters or more and its place: "CDC Lạng
    Sơn", "TTYT Tịnh Biên" (no name opens with such a word).

    >>> _unit_by_acronym("CDC Lạng Sơn"), _unit_by_acronym("Nông Văn Dũng")
    (True, False)
    """
    words = text.split()
    return len(words) >= 2 and len(words[0]) >= 3 and bool(_ACRONYM.match(words[0])) \
        and not _VOWEL.search(words[0]) and all(w[:1].isupper() for w in words[1:])


def _parse_segment_text(segment: str, out: _Collector) -> None:
    text = _strip_edges(_PLACEHOLDER.sub(" ", segment))
    text = " ".join(text.split())
    if not text:
        return
    untitled = _TITLES.sub("", text)
    titled = untitled != text
    if titled and out.authors and _FIELD_PROFESSION.match(text) and untitled.split()[0].lower() not in SURNAMES:
        # "BS.CKI Trịnh Hoàng Quốc Toàn, Bác sĩ Sản Phụ": after the writer's name, the
        # writer's profession and its field, no second person (who would open with a family name).
        return
    text = untitled
    key = _key(text)
    if key in _NOT_A_PERSON or _ROLES_ONLY.match(text) or _PAGE_WORDS.match(text) \
            or _DESK.match(text) or _OWN_OFFICE.match(text) or _ACCOUNT_HANDLE.match(text):
        return
    staff = _STAFF_PREFIX.match(text)
    if staff:
        rest = _TITLES.sub("", text[staff.end() :])
        if _DESK.match(rest):
            return
        if _looks_like_source(rest):
            out.source(rest)
        elif not key.startswith("nhóm") and _person_name(rest):
            out.author(_person_name(rest))
        return
    if _looks_like_source(text) or _unit_by_acronym(text):
        out.source(text)
        return
    if JOB_TITLE.match(text):
        raise _Position(text)
    if _is_prose(text):
        raise _Prose(text)
    text = _without_glued_label(text, out)
    text = _without_outlet_code(text)
    name = _person_name(text)
    if name:
        out.author(name)
        out.titled = out.titled or titled


def _without_outlet_code(text: str) -> str:
    """A title-case name without the capitals a paper signs its writers' lines with after
    the name, a code no syllable spells: "Thanh Chung LDO" -> "Thanh Chung".

    >>> _without_outlet_code("Thanh Chung LDO"), _without_outlet_code("Nguyễn Văn HÙNG")
    ('Thanh Chung', 'Nguyễn Văn HÙNG')
    """
    words = text.split()
    last = words[-1] if words else ""
    if len(words) >= 3 and 2 <= len(last) <= 4 and last.isalpha() and last.isupper() \
            and not _is_syllable(last) \
            and all(w[:1].isupper() and not w.isupper() for w in words[:-1]):
        return " ".join(words[:-1])
    return text


# A Vietnamese syllable without its tone and vowel marks: onset, vowels, final consonant.
# No "P" alone: Vietnamese writes it "PH" but in loanwords ("pin"), never in a name, so "PYT"
# (Phòng Y tế) after a name is an office's initials.
_SYLLABLE = re.compile(r"^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNQRSTVX])?[AEIOUY]{1,3}"
                       r"(?:NG|NH|CH|[CMNPT])?$")


def _is_syllable(word: str) -> bool:
    """True for a word Vietnamese spells ("NHẬT", "HỒ"), not for "LDO" or "TTXVN"."""
    return bool(_SYLLABLE.match(fold_diacritics(word).upper()))


def _without_glued_label(text: str, out: _Collector) -> str:
    """A name in capitals followed, with no separator, by a word no Vietnamese syllable spells
    ("NHẬT HỒ LDO", "PHƯỢNG PYT"): the last word is the paper's online label, not part of the name; a known
    outlet there is the source ("MINH HÀ TTXVN")."""
    words = text.split()
    if len(words) < 2 or not text.isupper() or not all(_is_syllable(w) for w in words[:-1]) \
            or _is_syllable(words[-1]) or not 2 <= len(words[-1]) <= 5 or not words[-1].isalpha():
        return text
    if _known_source(words[-1]):
        out.source(words[-1])
    return " ".join(words[:-1])


def _parse_chunk(chunk: str, out: _Collector) -> None:
    """Names and sources of a run of text that holds no role label."""
    masked, inner = _mask_parentheses(chunk)
    marker = _SOURCE_MARKER.search(masked)
    if marker:
        _parse_chunk(_unmask(masked[: marker.start()], inner), out)
        _parse_source_phrase(_unmask(masked[marker.end() :], inner), out,
                             labelled=marker.group().lower().startswith(("nguồ", "source")))
        return
    if _known_source(_strip_edges(_unmask(masked, inner))):
        out.source(_unmask(masked, inner))
        return
    masked = _URL.sub(" ", masked)  # an address beside a name is not a name
    spans = list(_split_spans(masked))
    bares = [_bare(masked[start:end]) for start, end in spans]
    index = 0
    while index < len(spans):
        joined_by_and = index + 1 < len(spans) and bool(
            _AND.match(masked[spans[index][1]:spans[index + 1][0]]))
        if _starts_organisation(bares[index]) or (
                joined_by_and and _key(bares[index]) in _ORGANISATION_WORDS):
            # "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện X": an
            # organisation name runs on over separators until a person or
            # another outlet is named; over "và" always ("Báo Môi Trường và Đô Thị").
            last = index
            while last + 1 < len(spans) and (
                    not _ends_organisation(bares[last + 1])
                    or (_AND.match(masked[spans[last][1]:spans[last + 1][0]])
                        and not _person_in_capitals_after(bares[last], bares[last + 1]))):
                last += 1
            run = _unmask(masked[spans[index][0] : spans[last][1]], inner)
            if not _DESK.match(" ".join(run.split())) and not _OWN_OFFICE.match(" ".join(run.split())):
                # (The site's own office named by its two functions, "Phòng Truyền thông -
                # Giáo dục sức khỏe", runs over its dash too, and is still no source.)
                out.source(run)
                if index and masked[spans[index - 1][1]:spans[index][0]].strip() == "/":
                    # "Thiện Phước/Phật giáo Đức Hòa": after a slash the body whose site
                    # published the story first signs it, as a paper would.
                    out.marked.add(_key(run))
            index = last + 1
        elif _initials_beside_initials(masked, spans, bares, index):
            # "M.Q. và T.H.": two writers' initials; "T.H." beside another's is a person's,
            # not the compilation note it is alone ("(T.H)": tổng hợp).
            out.author(bares[index])
            index += 1
        else:
            before, writers = len(out.sources), len(out.authors)
            try:
                _parse_segment(masked[slice(*spans[index])], inner, out)
            except _Position:
                return  # the author's job and its organisation end the run
            if index and masked[spans[index - 1][1]:spans[index][0]].strip() == "/":
                # "Minh Hà/BTB": after a slash a paper signs its story, not a unit.
                if len(out.sources) == before and len(out.authors) == writers and writers:
                    # A paper's name in sentence case, no name's shape ("Minh Đức/Công lý").
                    _paper_after_slash(_unmask(masked[slice(*spans[index])], inner), out)
                out.marked.update(_key(s) for s in out.sources[before:])
            index += 1


# The longest paper's name read after a name and a slash.
_MAX_PAPER_WORDS = 5


def _paper_after_slash(segment: str, out: _Collector) -> None:
    """The outlet signing a story after its writer's name and a slash, when nothing else read
    it: a short name of words in sentence case ("Công lý", "Pháp luật"), where a person's
    name capitalises every word (a desk in capitals is no paper: "// TRUNG TÂM TIN TỨC").

    >>> out = _Collector()
    >>> _paper_after_slash("Công lý", out); out.sources
    ['Công lý']
    """
    text = _strip_edges(segment)
    words = text.split()
    if 2 <= len(words) <= _MAX_PAPER_WORDS and words[0][0].isupper() \
            and any(w[0].islower() for w in words[1:]) \
            and all(w.isalpha() for w in words) \
            and not _SENTENCE_PUNCTUATION.search(text) and _key(text) not in _NOT_A_PERSON:
        out.source(text)


_AND = re.compile(r"^\s*(?:và|&)\s*$", re.IGNORECASE)
# A name printed only as initials, two letters or more: "M.Q.", "T.H", "N.V.A.".
_ALL_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ]\.?$")


def _initials_beside_initials(masked: str, spans: list[tuple[int, int]], bares: list[str],
                              index: int) -> bool:
    """True when the segment is initials joined by "và"/"&" to another's initials."""
    if not _ALL_INITIALS.match(bares[index]):
        return False
    for other in (index - 1, index + 1):
        if 0 <= other < len(spans) and _ALL_INITIALS.match(bares[other]):
            left, right = sorted((index, other))
            if _AND.match(masked[spans[left][1]:spans[right][0]]):
                return True
    return False
# An organisation's first word alone before "và": the 2025 merged outlets are "Báo và Phát
# thanh, Truyền hình Tuyên Quang" (one outlet, not "Báo" and a station).
_ORGANISATION_WORDS = frozenset({"báo", "đài", "trung tâm", "tạp chí"})


def _bare(segment: str) -> str:
    return _strip_edges(_PLACEHOLDER.sub(" ", segment))


def _starts_organisation(segment: str) -> bool:
    return ((_organisation(segment) and not _given_name_then_surname(segment)) or _unit_initials(segment)) \
        and not _known_source(segment) \
        and _key(segment) not in _NOT_A_PERSON and not _DESK.match(segment)


def _person_in_capitals_after(segment: str, next_segment: str) -> bool:
    """True for a name in capitals after "và" that follows words in small letters: "Ban Ảnh
    và XUÂN THỦY" is the photo desk and a writer, where "Báo Môi Trường và Đô Thị" and "BÁO
    MÔI TRƯỜNG VÀ ĐÔ THỊ" are one paper's name."""
    return _shouted_name(next_segment) and any(ch.islower() for ch in segment)


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


def _without_outlet_country(text: str) -> str:
    """An outlet's line without the country it is printed with: "Radio Veritas Asia,
    Philippines" -> "Radio Veritas Asia" (a place, neither author nor source)."""
    country = _OUTLET_COUNTRY.search(text)
    if country is None:
        return text
    before = _strip_edges(_SEPARATOR.split(text[:country.start()])[-1])
    marker = _SOURCE_MARKER.match(before)
    before = _LEADING_BY.sub("", before[marker.end():] if marker else before)
    return text[:country.start()] if before and _press_source(before) else text


# A religious order's letters after a member's name: "G. Trần Đức Anh OP" (Dominicans),
# "Lm. Phêrô Hải, SJ" (Jesuits), "CSsR" (Redemptorists), "OFM" (Franciscans), "SDB"
# (Salesians), "MEP", "CMC", "SVD", "OSB", "OCD": no part of the name.
_ORDER_LETTERS = re.compile(r"(?<=[^\W\d_])[\s,]+(?:O\.?P|S\.?J|C\.?Ss\.?R|O\.?F\.?M|S\.?D\.?B|M\.?E\.?P"
                            r"|C\.?M\.?C|S\.?V\.?D|O\.?S\.?B|O\.?C\.?D)\.?(?=\s*(?:[,;/]|$))")


def _parse_into(text: str, out: _Collector) -> None:
    text = _ORDER_LETTERS.sub("", _without_outlet_country(text))
    text = _LEADING_BY.sub("", _strip_edges(text))
    chunks = list(_labelled_chunks(text))
    for index, (role, chunk) in enumerate(chunks):
        chunk = _LEADING_BY.sub("", _strip_edges(chunk))
        if not chunk:
            continue
        if index == 0 and not role and len(chunks) > 1 and _is_prose(chunk):
            # A caption before its labelled credit ("Dự báo đường đi của bão số 3 - Ảnh:
            # TTDBKTTVQG"): the label says where the credit starts.
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
            if _is_visual_role(role):
                out.designers += [n for n in crew.authors if n not in out.designers]
            continue
        if role in _WRITER_ROLES:
            # "Tác giả bài viết: HND TX Điện Bàn": a unit where the writer's name belongs, no
            # person and no outlet, says nowhere the story comes from (an outlet there still does).
            writer = _Collector()
            _parse_chunk(chunk, writer)
            if not writer.authors:
                writer.sources = [s for s in writer.sources if _press_source(s) or _key(s) in writer.marked]
            out.merge(writer)
            continue
        _parse_chunk(chunk, out)


# Labels of the writer's own field.
_WRITER_ROLES = frozenset({"tác giả", "tác giả bài viết", "người viết", "bài viết"})


def _is_visual_role(role: str) -> bool:
    parts = [p for p in re.split(r"\s*(?:,|&|\+|/|-|–|và|and)\s*", role) if p]
    return any(part in _VISUAL_ROLES for part in parts)


# An office named by its function alone, no body or place after it: a library's "Phòng Phục
# vụ bạn đọc", a school's "Phòng Đối ngoại", "Phòng Kỹ thuật": the site's own office, as a
# whole credit ("Phòng Tư pháp huyện X" names its district, a source; "Phòng Văn hóa" before
# "- Thông tin huyện X" opens that longer name, so this is asked of whole names only).
_OWN_OFFICE = re.compile(rf"^phòng\s+(?!.*\b(?:{_BODY_OR_PLACE}"
                         # (An institute is a body, "thư viện" a library's own office.)
                         r"|(?<!thư\s)viện|đại\s+học)\b)"
                         r"[^\W\d_]+(?:\s+[^\W\d_]+){0,8}$", re.IGNORECASE)


def is_desk_signature(text: str) -> bool:
    """A line signed by the site's own desk or editorial board, which may close with a full
    stop like a sentence: it names neither an author nor a source.

    >>> is_desk_signature("Ban biên tập phường Đông Xuyên."), is_desk_signature("Ban tổ chức cảm ơn.")
    (True, False)
    """
    return bool(_DESK.match(" ".join(_strip_edges(text).split())))


# A photo's caption, a sentence closed by its stop, then the photo's credit: "Trao tặng huy
# chương cho các tập thể xuất sắc. Ảnh: HT" credits the photo, no writer of the text (heldout6's
# convention: a photographer named only in captions is no author).  A credit after a dash
# ("… tại xã Hương Khê - Ảnh: Hoài Nam") is read as a credit line.
# (A caption as short as "Quang cảnh Hội nghị."; a source in brackets after it credits the
# photo too: "Một tiết mục mừng Xuân. (Nguồn: Trần Quang Vinh/Vietnam+).")
_CAPTION_THEN_CREDIT = re.compile(r"^(?P<caption>[^\n]{15,}?[.!?…])\s+(?:\(?(?:ảnh|photo)\s*:|\(\s*nguồn\s*:)",
                                  re.IGNORECASE)


def _is_caption_then_credit(text: str) -> bool:
    found = _CAPTION_THEN_CREDIT.match(text.strip())
    if found is not None:
        return len(found["caption"].split()) >= 4 and any(w[:1].islower() for w in found["caption"].split())
    # A caption with no stop before the credit: "Người cao tuổi được khám bệnh miễn phí tại Hà
    # Nội ẢNH: ĐĂNG HẢI" (a sentence of six words or more, most in small letters).
    found = _CAPTION_THEN_BARE_CREDIT.match(text.strip())
    words = found["caption"].split() if found else []
    # (No role word: "Tin và bài của phóng viên Minh Thu, ảnh: Hà" is a credit.)
    if len(words) >= _MIN_BARE_CAPTION_WORDS and 2 * sum(w[:1].islower() for w in words) > len(words) \
            and not _ANY_ROLE_WORD.search(found["caption"]):
        return True
    # A caption, a spaced dash, then its photo's credit: "Toàn cảnh buổi hội đàm - Ảnh: Nguyễn
    # Sen", "… nguy kịch - Ảnh: Báo Lao Động" (a words' line, not "Bài: X - Ảnh: Y").
    found = _CAPTION_DASH_CREDIT.match(text.strip())
    words = found["caption"].split() if found else []
    return len(words) >= _MIN_DASHED_CAPTION_WORDS and any(w[:1].islower() for w in words) \
        and not _opens_with_credit(found["caption"])


def _opens_with_credit(text: str) -> bool:
    """True when a line opens as a credit does: "Theo", "Nguồn" or a role, then a name or a
    colon ("Phóng viên Minh Hà", "Dịch: Lan Anh"); not a sentence whose first word merely
    spells a role ("Dịch vụ cho vay tiền …": a service, no translator)."""
    found = _CREDIT_OPENING.match(text)
    if found is None:
        return False
    if found[0].lower() in ("theo", "nguồn"):
        return True
    rest = text[found.end():].lstrip()
    return not rest or rest[0] in ":：" or rest[0].isupper() or rest[0].isdigit()


# (The caption ends on a word: after a dash, "… sau lũ - Ảnh: Hoài Nam", the label says where
# the credit starts, and it names the photographer.)
_CAPTION_THEN_BARE_CREDIT = re.compile(r"^(?P<caption>[^\n:]{20,}?[^\W_])\s+\(?(?:ảnh|photo)\s*:", re.IGNORECASE)
_MIN_BARE_CAPTION_WORDS = 6
_CAPTION_DASH_CREDIT = re.compile(r"^(?P<caption>[^\n:]{10,}?)\s+[-–—]\s+\(?(?:ảnh|photo)\s*:", re.IGNORECASE)
_MIN_DASHED_CAPTION_WORDS = 4
# (A credit's opening, a role or "Theo", is no caption's: "Phóng viên Minh Hà - Ảnh: Thu Trang".)
_CREDIT_OPENING = re.compile(rf"^(?:theo|nguồn|{_ROLE})(?![^\W\d_])", re.IGNORECASE)
_ANY_ROLE_WORD = re.compile(rf"(?<![^\W\d_])(?:{_ROLE})(?![^\W\d_])", re.IGNORECASE)


def names_an_office(text: str) -> bool:
    """An organisation's name that is no outlet's: the office an institution's own site posts
    its news as ("Phòng Quản lý Khoa học"), not a paper ("Báo Thái Bình").

    >>> names_an_office("Phòng Quản lý Khoa học"), names_an_office("Báo Thái Bình")
    (True, False)
    """
    return _organisation(text) and not _outlet(text)


# The account or office a post was published by: "Đăng bởi: …", "Người đăng: …".
# (A theme's bare "bởi" before the account links its author page the same way.)
_POSTED_BY = re.compile(r"^(?:đăng\s+bởi|người\s+đăng(?:\s+bài(?:\s+viết)?)?|posted\s+by|bởi)\s*:?\s*(?P<who>\S.*)$",
                        re.IGNORECASE)
# A paper's tag, a dash, then a lead opening with its day or hour and running on in words.
# The same tag alone with its dash, the lead cut off after it: "WGPSG --", "GHPT-",
# "(SGGPO).-", "CNQP&KT -".
_BARE_LEAD_TAG = re.compile(r"^\(?(?P<tag>[A-ZĐ][A-ZĐ\d&.+]{1,11})\)?\s*\.?\s*(?:[-–—]{1,2}|\.-)\s*$")
_TAGGED_LEAD = re.compile(r"^\(?(?P<tag>[^\W_][\w&.+]{1,11})\)?\s*[-–—]{1,2}\s*(?:ngày|sáng|chiều|tối|trưa|đêm|lúc|hôm"
                          r"|\d{1,2}\s*[/.-]\s*\d)[^\n]*?,(?:\s+\S+){3}", re.IGNORECASE)
# "According to" a person by an honorific or a rank, then a comma and the rest of the
# sentence: "Theo ông Lê Văn A, Chủ tịch UBND xã, …", "Theo Đại tá …, …".
# ... or anyone, when a clause in small letters follows the comma: "Theo Hội Doanh nhân trẻ
# TPHCM, việc hợp nhất diễn ra …".
_ATTRIBUTION = re.compile(r"^theo\s+(?:(?:ông|bà|anh|chị|cô|thầy|đồng\s+chí|đ/c|"
                          r"(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng))\s+[^,]{2,60},\s*\S"
                          r"|[^,]{2,60},(?:\s+(?-i:[a-zà-ỹđ]+)){4})",
                          re.IGNORECASE)


# Who an official signs for: "KT." (ký thay), "TM." (thay mặt), "TL." (thừa lệnh), "TUQ."
# (thừa uỷ quyền), before the office in capitals.
_SIGNING_FOR = re.compile(r"^\s*(?:KT|TM|TL|TUQ)\.\s*\S")


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
    if _is_caption_then_credit(text or ""):
        return Byline()
    signed = [line for line in (text or "").splitlines() if line.strip()]
    if len(signed) > 1 and _SIGNING_FOR.match(signed[0]) and signed[0].isupper():
        # "KT. BỘ TRƯỞNG BỘ" / "NỘI VỤ" / "THỨ TRƯỞNG" / "Đặng Quốc Tiến": an official
        # document's signature block, the office signed for and the signer's post over the
        # signer's name on the last line.
        text = signed[-1]
    text = PUBLICATION_NOTE.sub(_as_credit_lines, text or "")
    # A signature pushed right by a run of spaces after a caption's sentence ("… thành phố Kon
    # Tum.                  THANH TÂM"): a line of its own.
    text = _PADDED_SIGNATURE.sub("\n\n", text)
    printed = [(_prepared(line), line)
               for line in clean_multiline(_NOTE_AFTER_MARK.sub("\n\n", text or "")).split("\n\n")]
    printed = [(line, raw) for line, raw in printed if line]
    lines = [line for line, _ in printed]
    if not lines or sum(map(len, lines)) > _MAX_LENGTH:
        return Byline()
    out = _Collector()
    forwarder = False
    for line, raw in printed:
        # "Kính chuyển" / "TVQ": whoever forwarded the text, on the note's line or the next
        # one, is neither its writer nor its source.
        if forwarder:
            forwarder = False
            continue
        note = _FORWARDING_NOTE.match(line)
        if note:
            forwarder = not note["rest"]
            continue
        poster = _POSTED_BY.match(line)
        if poster and names_an_office(poster["who"]):
            # "Đăng bởi: Phòng Quản lý Chất lượng": the office that posted the story on its
            # own institution's site, neither a writer nor where the story comes from.
            continue
        tagged = _TAGGED_LEAD.match(line) or _BARE_LEAD_TAG.match(raw.strip())
        if tagged:
            # "QNgTV- Chiều 6/2, Công đoàn cơ sở … phối hợp …", "WGPSG -- Lúc 17g30 ngày …":
            # the paper's tag before its lead's first sentence, no credit line. A wire agency's
            # tag on another paper's lead names where the story comes from ("TTXVN.- Sáng 4-2, …").
            agency = _known_source(_strip_edges(tagged["tag"]))
            if agency in _WIRE_AGENCIES:
                out.source(agency)
            continue
        if _ATTRIBUTION.match(line):
            # "Theo Đại tá Phan Quý Vỹ, Phó Chính ủy …, số gạo tuy còn ít …": a sentence
            # giving someone's view, no credit.
            continue
        if _INFO_LABEL.match(line) or _PAGE_COUNTER.match(line) or _PAGE_WORDS.match(line) \
                or _TEXT_SIZE_TOOL.search(line) or JOB_TITLE.match(line) \
                or is_desk_signature(line) or _GENRE_LINE.match(line) or _honoured_subject(line) \
                or _section_list(line):
            # "Địa chỉ: Bắc Kạn", "Bình luận (0)", "Giảng viên khoa ...", a post's categories,
            # a line that is only the site's own desk ("Phòng Truyền thông - Giáo dục sức khỏe", whose dash would
            # otherwise cut it in two).
            continue
        line_out = _Collector()
        try:
            if (_CAPTION_SENTENCE.search(raw) or _CAPTION_SUBJECT.match(raw)) \
                    and len(raw.split()) > _MAX_CREDIT_SENTENCE_WORDS:
                # "PGS.TS. Lê Văn A – Bí thư Đảng ủy, Hiệu trưởng … phát biểu tại buổi lễ.": a
                # photo's caption naming who speaks, a sentence, no credit.
                raise _Prose(line)
            _parse_into(line, line_out)
        except _Prose:
            if len(lines) == 1:
                return Byline()
            continue  # a credit block's affiliation line that reads like prose
        unit = _SPACED_DASH.split(line, 1)[0]
        if out.authors and line_out.authors and (
                _starts_organisation(unit)
                or (_AFFILIATION_LINE.match(line) and _MEMBERSHIP.match(unit.strip("()[] ")))):
            # "Nguyễn Trọng Hiếu" / "Trường THPT Lương Thế Vinh – Tân Biên – Tây Ninh": the
            # writer's school and its places on the line under the name, nobody; so is the
            # association the writer belongs to, in parentheses ("(Chi hội Múa)").
            line_out.authors = []
        if out.authors and not line_out.authors:
            # "NGUYỄN THỊ HẰNG" / "(Đoàn khối Doanh nghiệp Đà Nẵng)", "Phương Nam" / "Hội nhà
            # văn VN": the organisation on the line under a name, in parentheses or not, is
            # where the writer works; an outlet there, or what "Theo"/"Nguồn:" names, is still
            # the source ("Minh Hà" / "(TTXVN)", "Minh Hà" / "Báo Thái Bình").
            line_out.sources = [s for s in line_out.sources
                                if _key(s) in line_out.marked or _press_source(s)
                                or _channel_in_parentheses(s)]
        out.merge(line_out)
    # An infographic credited only to its designer ("Đồ họa: TÔ NGỌC") is the designer's.
    authors = out.authors or out.designers
    sources = out.origin_sources()
    # "Nguyễn Văn A - Hội LHPN huyện", "Nguyễn Khánh (CCVH)": a unit printed after a person
    # is where the writer works; only an outlet, or what "Theo"/"Nguồn:" names, says where the
    # story comes from.
    sources = [s for s in sources
               if _key(s) not in out.after_person or _key(s) in out.marked or _outlet(s)]
    # "Theo Đào Minh Trung (Đào Minh Trung)": a name printed twice is its writer, no outlet.
    sources = [s for s in sources if _key(s) not in map(_key, authors)]
    return Byline(tuple(authors), ", ".join(sources) or None)


# A dash set apart by spaces, between a unit and its places ("Trường THPT … – Tân Biên").
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def _outlet(text: str) -> bool:
    """A press outlet by its name, not any organisation: a known outlet's spelling, a domain, a
    numbered channel ("VOV4"), a press word ("Báo ...", "Đài ...", "Cổng TTĐT ...", "... Truyền
    hình ..."), an outlet's bureau ("VOV-TP HCM") or an outlet named in closing parentheses.
    An unknown acronym ("TTVH", "CCVH") is a unit's, not a paper's.

    >>> _outlet("Báo Thái Bình"), _outlet("TTXVN"), _outlet("Hội LHPN huyện"), _outlet("TTVH")
    (True, True, False, False)
    """
    key = _key(text)
    if _known_source(text) or _DOMAIN.match(text) or _NUMBERED_OUTLET.match(text) \
            or _opens_with_press_word(key) or _MEDIA_WORDS.search(key) \
            or _channel_in_parentheses(text):
        return True
    bureau = _OUTLET_BUREAU.match(text) or _OUTLET_REGION.match(text)
    return bool(bureau and (_known_source(bureau["outlet"])
                            or _NUMBERED_OUTLET.match(bureau["outlet"])))


# A sentence's end: a full stop after a run of words in small letters, a verb phrase ("… phát
# biểu tại buổi lễ."); an office ends in its body's capitals ("… Ban Tuyên giáo Trung ương.").
_CAPTION_SENTENCE = re.compile(r"(?:\s[a-zà-ỹđ]+){3,}\.\s*$")
_MAX_CREDIT_SENTENCE_WORDS = 12
# A photo's caption opening with its subject's honorific, with or without a full stop ("Ông
# Nguyễn Văn A - Chủ tịch Hiệp hội … cùng đoàn đã tiếp đón …"): a writer never signs so.
_CAPTION_SUBJECT = re.compile(r"^\s*(?:ông|bà|đồng\s+chí|đ/c)\s+\S", re.IGNORECASE)
# "... thực hiện" after the makers' names (an interview's or a report's credit), or "... ghi"
# (in small letters: who took the notes of a talk or a witness's story, "L.BÌNH ghi").
# (The verb may stand in parentheses, the line's timestamp cut off after it: "NGUYÊN ĐOAN
# (thực hiện) 10/10/2018 03:09".)
# (A Catholic site's reporter "reports" the event: "Trần Trọng Long tường trình.")
_MADE_BY = re.compile(r"(?<=\w)\s+(?:\(\s*thực\s+hiện\s*\)|thực\s+hiện|thực\s+hiện\s+bài\s+viết|(?-i:ghi)"
                      r"|tường\s+(?:trình|thuật))"
                      r"\s*[.:|\-–]?\s*$", re.IGNORECASE)
# ... or compiled it: "Kate Hoàng tổng hợp"; a board by its acronym compiling ("BTT Gp Bắc Ninh
# tổng hợp": the site's communication board) names nobody, and the line stays as printed.
# Not an office that is the general one: "Phòng Tổng hợp", "Ban Tổng hợp".
_COMPILED_BY = re.compile(r"(?<=\w)(?<!phòng)(?<!khoa)(?<!\bban)\s+tổng\s+hợp\s*[.:]?\s*$",
                          re.IGNORECASE)
# A credit block's line that is only a parenthesised organisation: "(Đoàn khối Doanh nghiệp ...)".
_AFFILIATION_LINE = re.compile(r"^\s*\([^()]+\)\s*$")


# An honorific, a name, a dash and who the person is: "Chị Mai Thị Miến - Người Việt tại Séc",
# "Bà: Nguyễn Thị Thắm – Hiệu trưởng nhà trường lên đọc báo cáo" (a caption's colon after it).
_HONOURED_SUBJECT = re.compile(r"^\s*(?i:ông|bà|chị)(?:\s*:)?\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,4})"
                               r"\s+[-–—]\s+\S")


def _honoured_subject(line: str) -> bool:
    """True for a photo's or an interview's subject: an honorific ("Ông", "Bà", "Chị"), a
    capitalised name, a dash and the person's post or home; a writer never signs so.

    >>> _honoured_subject("Chị Mai Thị Miến - Người Việt tại Séc"), _honoured_subject("Mai Thị Miến - Séc")
    (True, False)
    """
    found = _HONOURED_SUBJECT.match(line)
    return found is not None and all(w[0].isupper() for w in found["name"].split())


# A name's last word (it has a small letter), a bare hyphen, then a word in capitals.
_HYPHENED_DISTRICT = re.compile(r"(?<=[^\W\d_])-(?=[QP]\.?\d{1,2}\.?$)")
_HYPHENED_AGENCY = re.compile(r"(\b[^\W\d_]*[a-zà-ỹđ][^\W\d_]*)-([A-ZĐ][A-ZĐ\d+]+)\b")


# A footnote mark after a name ("TS. Nguyễn Thị Như 1", "Minh Thu [2]", "Minh Thu¹"); a
# numbered channel keeps its number ("VOV4": no space before it).
# (A unit's own number stays: "Nguyễn Thị Thu Hà - Phòng 7", "Đội 3", "Lớp 9".)
_FOOTNOTE = re.compile(r"(?<=[^\W\d_])(?<!\b[Pp]hòng)(?<!\b[Đđ]ội)(?<!\b[Ll]ớp)"
                       r"(?:\s+\d{1,2}|\s*\[\d{1,2}\]|\s*\(\d{1,2}\)|\s*[¹²³⁴⁵⁶⁷⁸⁹]+)\s*$")
# "Bởiadmin": a theme's "by" glued to the account's name in small letters.
_GLUED_BY = re.compile(r"^(?i:bởi)(?=[a-z])")
# The editor's mark in small letters after the credit: "T.H(bt)" (biên tập: edited), no
# outlet. ("BT" in capitals alone signs by initials.)
_EDITOR_MARK = re.compile(r"\s*\(\s*(?:bt|btv)\s*\)$")
# Footnote numbers glued to each name of an academic author list: "Nguyễn Ngọc Hà1, Phạm Quốc
# Thới2", "Nguyễn Thị Kim Quyên1 , Nguyễn Thanh Long2" (after a small letter, so "VOV4" and
# "VTV1" keep their channel number); the corresponding author's star after it ("Đỗ Khắc
# Thanh1*, Hoàng Công Kiên1").
_GLUED_FOOTNOTE = re.compile(r"(?<=[a-zà-ỹđ])\d{1,2}\*{0,2}(?=\s*[,;]|\s*$)")
# The note a name's "(*)" points to, printed on the same line ("TS. Trịnh Thị Hòa (*) (*)Nguyên
# Giám đốc …"): a line of its own, the writer's post.
_NOTE_AFTER_MARK = re.compile(r"(?<=\(\*\))\s*(?=\(\*\)\s*\S)")
# A forum's or a CMS's account, letters run into digits ("TuvanXD246", "admin01"): nobody,
# and no outlet (a numbered channel is all capitals: "VOV1", "VTV24").
_ACCOUNT_HANDLE = re.compile(r"^(?=[^\s]*[a-z])[A-Za-z]{3,}\d{2,}$")
# (The city may be followed by its state: "FOUNTAIN VALLEY, CALIFORNIA (VB) --".)
# Not a writer's name with how the piece was made in the brackets: "Hoàng Minh (tổng hợp) -
# 25/05/2023" (compiled), "(TH)", "(lược dịch)".
_DATELINE_CREDIT = re.compile(r"^[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}"
                              r"(?:\s*,\s*[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,2})?\s*,?\s*"
                              rf"\((?!\s*(?i:{_MADE_FROM_OTHERS})\s*\))"
                              r"(?P<credit>[^()]{2,40})\)"
                              r"\s*(?:[-–—]\s*)+(?:\S[^\n()]*)?$")
# A note after the writer's name of where or when the piece was written, to the line's end:
# "– sáng tác tại Trại sáng tác văn học nghệ thuật Long An", "- viết nhân ngày 20/11".
_WRITTEN_AT = re.compile(r"\s*[–—-]\s*(?:sáng\s+tác|viết|ghi)\s+(?:tại|ở|nhân|vào|trong|từ)\b.*$",
                         re.IGNORECASE)
# A correspondent abroad: "Pv TTXVN tại Lào", "Phóng viên VOV tại Bắc Kinh", a contributor
# writing from a city ("cộng tác viên RFA Tiếng Việt từ London"): the outlet, without the place.
_CORRESPONDENT = re.compile(r"\b((?:pv|p\.v\.?|phóng\s+viên|ptv|cộng\s+tác\s+viên|ctv)(?:\s+\S+){1,3}?)"
                            r"\s+(?:thường\s+trú\s+)?(?:tại|từ)\s+[^,;|/–—()-]+", re.IGNORECASE)
# An aggregator's age of the item after the outlet's name, without "trước" ("... 85 ngày").
_AGE = re.compile(r"(?<=[^\W\d_])\s+\d{1,4}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s*$", re.IGNORECASE)


def _without_repeat(line: str) -> str:
    """A label printed twice in a row, as aggregators print their source's name beside its
    logo: "Báo Quân Đội Nhân Dân Báo Quân Đội Nhân Dân" -> "Báo Quân Đội Nhân Dân"."""
    words = line.split()
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    # The same glued, the logo's text and the label with no space between: "Báo Tây NinhBáo
    # Tây Ninh" (a date after it was cut to a dash).
    label = line.strip(" -|")
    half = len(label) // 2
    if len(label) % 2 == 0 and " " in label[:half] and label[:half] == label[half:]:
        return label[:half]
    return line


# A bare hyphen between a name's last small letter and a capital.  (Not between two runs of
# initials: "Ban TT-TT" (thông tin - truyền thông) is one board's name.)
_BARE_HYPHEN = re.compile(r"(?<=[^\W\d_])(?<!\b[A-ZĐ]{2})(?<!\b[A-ZĐ]{3})(?<!\b[A-ZĐ]{4})(?<!\b[A-ZĐ]{5})-(?=[A-ZĐ])")


def _names_either_side(before: str, after: str) -> bool:
    """True when the words before a bare hyphen (back to a separator) and after it (up to
    one) are each a person's name of two to four words."""
    left = re.split(r"[,;:/|()]", before)[-1].split()
    right = re.split(r"[,;:/|()]", after)[0].split()
    return 2 <= len(left) <= 4 and 2 <= len(right) <= 4 \
        and _person_name(" ".join(left)) is not None and _person_name(" ".join(right)) is not None
# A comment counter printed after a WordPress credit: "Đăng bởi Đức Huỳnh (TH) 0 Bình luận".
_COMMENT_COUNT = re.compile(r"\s+\d[\d.,]*\s+(?:bình\s+luận|comments?|ý\s+kiến)\s*$", re.IGNORECASE)
_FOLLOW_US = re.compile(r"\s+theo\s+dõi\b.{0,60}\b(?:google\s+news|zalo|facebook|youtube|tiktok)\b.*$",
                        re.IGNORECASE)
_HYPHENED_INITIALS = re.compile(r"(?<![\w.])[A-ZĐ]\.[^\W\d_]+(?:-[A-ZĐ]\.[^\W\d_]+)+(?![\w.])")


_GLUED_ROLE = re.compile(rf"(?<=[^\W\d_])(?:{_ROLE})\s*[:：]", re.IGNORECASE)


def _unglued_role_labels(line: str) -> str:
    """A role label glued to a name in capitals before it, the page's line break lost:
    "Tác giả: SÔNG LAGiọng đọc: THU HÀ" -> "Tác giả: SÔNG LA - Giọng đọc: THU HÀ" (the label is
    capitalised, the name before it all capitals)."""
    def cut(m: re.Match[str]) -> str:
        before, label = line[:m.start()], m[0]
        word = before.split()[-1] if before.split() else ""
        if len(word) >= 2 and word.isupper() and label[0].isupper() and label[1:2].islower():
            return " - " + label
        return label
    return _GLUED_ROLE.sub(cut, line)


_MASKED_URL = re.compile("\x01(\\d+)\x01")


# A headline printed again with its writer in parentheses: "BẢN TIN KHAI GIẢNG NĂM HỌC 2021-2022
# (Tác giả: Nguyễn Thị Thùy Dương)": the credit, not the headline (the extractor takes such a
# first line off the text with it, crawler.extract.body.split_credited_headline).
CREDITED_HEADLINE = re.compile(r"^[^()]{1,200}?\s*\(\s*((?:tác\s+giả|người\s+viết)\s*[:：][^()]{3,60})\)\s*$",
                                re.IGNORECASE)

# A listing's item: the headline, then "bởi <writer>" and the day in WordPress' month words
# ("Sắp xếp, tinh gọn các hội … bởi Linh 21 Tháng 9, 2025"): the credit after the headline.
_HEADLINE_THEN_BY = re.compile(r"^.{10,200}?\s(bởi\s+[^\d,.;:]{2,40}?\s+\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4})\s*$",
                               re.IGNORECASE)


# A full stop closing a credit before the meta line's next labelled field (a DNN module's
# "Tác giả: Viết Trung .Ngày đăng: 16/03/2022 .Lượt xem: 679 lượt.").
_GLUED_SOURCE_LABEL = re.compile(r"(?<=[^\W\d_])(?=(?:Nguồn|Theo)\s*:)")
_STOP_BEFORE_META_LABEL = re.compile(r"\s*\.\s*(?=(?:ngày đăng|ngày cập nhật|cập nhật|đăng lúc|đăng ngày|"
                                     r"lượt xem|lượt đọc|số lần xem)\s*:)", re.IGNORECASE)


# A priest's title spelled out before his name, then his diocese or parish after a comma:
# "Linh mục Mỹ Sơn, Long Xuyên" (the see of Long Xuyên), "Lm. Phêrô Hải, Bùi Chu".
_CLERGY_THEN_SEE = re.compile(r"^(?P<credit>(?i:linh\s+mục|lm\.|giám\s+mục|gm\.|mục\s+sư)\s*[^,\n]{2,40}?)"
                              r"\s*,\s*(?P<see>[^,\n]{2,30})$")


def _without_clergy_see(line: str) -> str:
    """A priest's credit without the diocese after the comma: the place has no title of its
    own, one to three capitalised words.

    >>> _without_clergy_see("Linh mục Mỹ Sơn, Long Xuyên")
    'Linh mục Mỹ Sơn'
    >>> _without_clergy_see("Lm. Phêrô Hải, Lm. Giuse Nam")
    'Lm. Phêrô Hải, Lm. Giuse Nam'
    """
    found = _CLERGY_THEN_SEE.match(line)
    if found is None:
        return line
    words = found["see"].split()
    if len(words) > 3 or not all(w[0].isupper() for w in words) or _TITLES.match(found["see"]) \
            or JOB_TITLE.match(found["see"]):
        return line
    return found["credit"]


# The button an aggregator prints after a copied story's credit: "Link gốc: Copy Link",
# "Xem bài gốc", "Copy link".
_ORIGINAL_LINK_BUTTON = re.compile(r"(?:^|\s+)(?:link\s+gốc|(?:link\s+|xem\s+)?bài\s+gốc|copy\s+link)\b.*$",
                                   re.IGNORECASE)


def _prepared(line: str) -> str:
    """One credit line without its timestamps and moderation trailers, names run together
    cut apart ("Nguyễn Ngọc HảiLê Viết Lượng" -> "Nguyễn Ngọc Hải, Lê Viết Lượng")."""
    line = _HEADLINE_THEN_BY.sub(r"\1", CREDITED_HEADLINE.sub(r"\1", line.strip()))
    # "Theo Dương Linh/Hà Nội mới Link Gốc: Copy Link": an aggregator's button to the original
    # story after the credit, no name.
    line = _ORIGINAL_LINK_BUTTON.sub("", line)
    # A meta line's fields joined by full stops: "Tác giả: Viết Trung .Ngày đăng: …".
    line = _STOP_BEFORE_META_LABEL.sub(" | ", line)
    # "MAI LÊNguồn: https://…": the source's label glued to the name before it.
    line = _GLUED_SOURCE_LABEL.sub(" | ", line)
    # A web address keeps its digits: "…/phongsu/2007/10/64339.cand" holds no timestamp.
    addresses: list[str] = []
    line = _URL.sub(lambda m: addresses.append(m[0]) or f"\x01{len(addresses) - 1}\x01", line)
    line = _TRAILER.sub(" - ", _TIMESTAMP.sub(" - ", _CONTACT.sub(" ", line)))
    line = _MASKED_URL.sub(lambda m: addresses[int(m[1])], line)
    line = _GLUED_FOOTNOTE.sub("", _EDITOR_MARK.sub("", _GLUED_BY.sub("bởi ", line.strip())))
    line = _CORRESPONDENT.sub(r"\1", _without_repeat(_AGE.sub("", _FOOTNOTE.sub("", line))))
    # "Bài và ảnh do Phi Vũ thực hiện.": the maker after "do" (by), the verb after the name.
    line = _DONE_BY.sub(r"\g<role>: \g<name>", line)
    # "Minh Thu thực hiện", "Báo Thái Bình thực hiện": who made the piece, the verb after them.
    line = _MADE_BY.sub("", line)
    # "Phương Nhựt – sáng tác tại Trại sáng tác …, tháng 4-2018": where the piece was written.
    line = _WRITTEN_AT.sub("", line)
    # "Garden Grove (Bình Sa) –": an overseas paper's dateline, the city and its writer or
    # agency in brackets before the dash the text follows; the city is nobody.
    # (Its writer's syllables each capitalised, as a name is, though typed in small letters:
    # "Santa Ana, (Bình sa) --".)
    line = _DATELINE_CREDIT.sub(lambda m: " ".join(w[:1].upper() + w[1:] for w in m["credit"].split()), line)
    # "Phóng viên Lê Minh An báo cáo từ Hà Nội:": the reporter.
    line = REPORTER_HANDOVER.sub(r"\g<name>", line)
    # "Phạm Quang Ái Tỉnh ủy viên, Bí thư Huyện ủy …": the writer's post glued after the name.
    line = _GLUED_POST.sub(lambda m: m["name"] + " - " if all(w[0].isupper() for w in m["name"].split())
                           else m[0], line)
    if _COMPILED_BY.search(line) and not any(_ACRONYM.match(w) for w in line.split()):
        line = _COMPILED_BY.sub("", line)
    # An invitation to follow the site glued after the credit: "Theo Tuổi Trẻ Theo dõi …
    # trên google news".
    line = _FOLLOW_US.sub("", line)
    line = _COMMENT_COUNT.sub("", line)
    line = _WORK_BEFORE_GENRE.sub("", line)
    line = _WORK_OF_WRITER.sub("", line)
    line = _without_clergy_see(line)
    line = _unglued_role_labels(line)
    # Initials with names joined by bare hyphens: "T.Thụ-N.Quang-N.Hậu", three people.
    line = _HYPHENED_INITIALS.sub(lambda m: m[0].replace("-", " - "), line)
    # A district's or a ward's number joined the same way: "Minh Nguyệt-Q11" (quận 11), the
    # writer's branch.
    line = _HYPHENED_DISTRICT.sub(" - ", line)
    # An agency joined to the name by a bare hyphen: "Trọng Đạt-TTXVN" -> "Trọng Đạt - TTXVN".
    # (Not a unit's initials: "Chi cục TC-ĐL-CL" is one office; the class's range "à-ỹ"
    # holds capitals too, so a small letter is asked for again.)
    line = _HYPHENED_AGENCY.sub(lambda m: m[1] + " - " + m[2]
                                if _press_source(m[2]) and any(c.islower() for c in m[1]) else m[0], line)
    # An organisation joined the same way: "Minh Thuỳ-Đài Truyền thanh huyện".
    # Two writers' names joined the same way: "Tố Tuấn-Nhật Quang" -> "Tố Tuấn - Nhật Quang".
    line = _BARE_HYPHEN.sub(lambda m: " - " if _organisation(line[m.end():])
                            or _names_either_side(line[:m.start()], line[m.end():]) else m[0], line)
    words = line.split()
    # Names run together join a word of one name to a word of the next ("Ngọc HảiLê Viết"):
    # only a word inside a run of name words is cut, never a lone "BaoMoi" or a known outlet.
    for i in range(1, len(words) - 1):
        bare = _strip_edges(words[i].strip("()[]"))
        before = [_key(w).rstrip(":：") for w in words[max(0, i - 2):i]]
        if before[-1] in ("nguồn", "theo") or before == ["nguồn", "tin"]:
            # An outlet's name in camel case after its marker: "Nguồn MobileNet:", "Nguồn
            # tin: VietNam Finance".
            continue
        if words[i - 1][:1].isalpha() and words[i + 1][:1].isalpha() \
                and not _known_source(bare) and not _DOMAIN.match(bare):
            words[i] = _GLUED_NAME.sub(", ", words[i])
    return _strip_edges(" ".join(words))
