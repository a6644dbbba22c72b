"""Tests for crawler.normalize.text: clean_text, clean_multiline, fold_diacritics."""

from __future__ import annotations

import doctest
import unicodedata

import pytest

import crawler.normalize as normalize
from crawler.normalize import byline, dates, numbers, text
from crawler.normalize.text import clean_multiline, clean_text, fold_diacritics

COMBINING_GRAVE = "\u0300"
COMBINING_ACUTE = "\u0301"
COMBINING_HOOK = "\u0309"
COMBINING_TILDE = "\u0303"
COMBINING_DOT_BELOW = "\u0323"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Already clean text is returned unchanged.
        ("Đại hội Đảng bộ tỉnh Thái Bình", "Đại hội Đảng bộ tỉnh Thái Bình"),
        ("Phát triển công nghiệp", "Phát triển công nghiệp"),
        # Icelandic eth printed for Đ/đ (legacy fonts, broken converters).
        ("Ðại hội XIII của Ðảng", "Đại hội XIII của Đảng"),
        ("Ðảng bộ tỉnh", "Đảng bộ tỉnh"),
        ("đường Ðinh Tiên Hoàng", "đường Đinh Tiên Hoàng"),
        ("ðồng chí Bí thư", "đồng chí Bí thư"),
        ("\u0189ông Hưng", "Đông Hưng"),  # African D lookalike
        # Decomposed (NFD / Windows-1258 style) input comes out NFC.
        ("Tha" + COMBINING_ACUTE + "i Bi" + COMBINING_GRAVE + "nh", "Thái Bình"),
        ("Thanh Ha" + COMBINING_GRAVE, "Thanh Hà"),
        ("Nguyê" + COMBINING_TILDE + "n", "Nguyễn"),
        ("Qua" + COMBINING_HOOK + "ng Ninh", "Quảng Ninh"),
        ("Câ" + COMBINING_DOT_BELOW + "p nhâ" + COMBINING_DOT_BELOW + "t", "Cập nhật"),
        (unicodedata.normalize("NFD", "Đài Phát thanh và Truyền hình"), "Đài Phát thanh và Truyền hình"),
        # No-break and other Unicode spaces become one plain space.
        ("Thái\u00a0Bình", "Thái Bình"),
        ("28/05/2020\u202f10:10", "28/05/2020 10:10"),
        ("1\u2007234", "1 234"),
        ("Hà\u2009Nội", "Hà Nội"),
        ("Hà\u3000Nội", "Hà Nội"),
        ("Hà\tNội", "Hà Nội"),
        ("Xem thêm:&nbsp;".replace("&nbsp;", "\u00a0"), "Xem thêm:"),
        # Zero-width characters and the soft hyphen disappear.
        ("Thái\u200bBình", "TháiBình"),
        ("\ufeffTin tức", "Tin tức"),
        ("Hà\u200c Nội\u200d", "Hà Nội"),
        ("Việt\u2060Nam", "ViệtNam"),
        ("công\u00adnghiệp", "côngnghiệp"),
        # A zero-width space between a letter and its tone mark must not
        # stop the two from composing.
        ("Tha\u200b" + COMBINING_ACUTE + "i", "Thái"),
        # Bidi marks and stray control characters from copy-paste.
        ("\u200eMinh Thu\u200f", "Minh Thu"),
        ("Minh\x00 Thu\x07", "Minh Thu"),
        # Whitespace runs collapse, ends are stripped, lines are joined.
        ("  Bài   và  ảnh:   Minh Thu  ", "Bài và ảnh: Minh Thu"),
        ("Sáng 28/5,\n\ntỉnh Thái Bình\r\ntổ chức", "Sáng 28/5, tỉnh Thái Bình tổ chức"),
        ("\n\t \u00a0\n", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_text(raw: str | None, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Tha" + COMBINING_ACUTE + "i\u00a0\u00a0Bi" + COMBINING_GRAVE + "nh\u200b",
        "  Ðại   hội\n\nÐảng \u202f ",
        "a\u2028b\u2029c",
        "\u00ad\u200b\ufeff",
    ],
)
def test_clean_text_output_is_nfc_single_spaced_and_stripped(raw: str) -> None:
    cleaned = clean_text(raw)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert "  " not in cleaned
    assert cleaned == cleaned.strip()
    assert not any(ch in cleaned for ch in "\u00a0\u200b\u00ad\ufeff\n\u00d0\u00f0")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đoạn một.\nĐoạn hai.", "Đoạn một.\n\nĐoạn hai."),
        ("Đoạn một.\r\n\r\n\r\nĐoạn hai.", "Đoạn một.\n\nĐoạn hai."),
        ("Đoạn một.\rĐoạn hai.", "Đoạn một.\n\nĐoạn hai."),
        ("Đoạn một.\u2028Đoạn hai.\u2029Đoạn ba.", "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba."),
        ("  Sáng   28/5,\u00a0tỉnh  \n \u00a0 \n  tổ chức  ", "Sáng 28/5, tỉnh\n\ntổ chức"),
        ("Ðại hội\nTha" + COMBINING_ACUTE + "i Bình", "Đại hội\n\nThái Bình"),
        ("Một dòng", "Một dòng"),
        ("\n\n \n", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_multiline(raw: str | None, expected: str) -> None:
    assert clean_multiline(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đảng bộ Thái Bình", "Dang bo Thai Binh"),
        ("Nguyễn Thị Ánh Tuyết", "Nguyen Thi Anh Tuyet"),
        ("Quảng Ninh", "Quang Ninh"),
        ("Hải Dương", "Hai Duong"),
        ("ĐỒNG KHỞI", "DONG KHOI"),
        ("đường Điện Biên", "duong Dien Bien"),
        ("Ðồng bằng sông Hồng", "Dong bang song Hong"),  # eth lookalike
        ("Tha" + COMBINING_ACUTE + "i Bi" + COMBINING_GRAVE + "nh", "Thai Binh"),  # decomposed
        ("Khu kinh tế: 30.500 ha", "Khu kinh te: 30.500 ha"),
        ("Thai Binh", "Thai Binh"),
        ("", ""),
    ],
)
def test_fold_diacritics(raw: str, expected: str) -> None:
    assert fold_diacritics(raw) == expected


# Every Vietnamese letter with a diacritic, lower and upper case.
VIETNAMESE_LOWER = (
    "àáảãạăằắẳẵặâầấẩẫậ" "èéẻẽẹêềếểễệ" "ìíỉĩị" "òóỏõọôồốổỗộơờớởỡợ" "ùúủũụưừứửữự" "ỳýỷỹỵ" "đ"
)
FOLDED_LOWER = "a" * 17 + "e" * 11 + "i" * 5 + "o" * 17 + "u" * 11 + "y" * 5 + "d"


@pytest.mark.parametrize(
    ("letters", "expected"),
    [(VIETNAMESE_LOWER, FOLDED_LOWER), (VIETNAMESE_LOWER.upper(), FOLDED_LOWER.upper())],
)
def test_fold_diacritics_covers_the_whole_alphabet(letters: str, expected: str) -> None:
    assert len(letters) == len(expected) == 67
    assert fold_diacritics(letters) == expected


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("clean_text", text),
        ("clean_multiline", text),
        ("fold_diacritics", text),
        ("parse_published", dates),
        ("VN_TZ", dates),
        ("parse_views", numbers),
        ("parse_vn_number", numbers),
        ("parse_byline", byline),
        ("Byline", byline),
    ],
)
def test_package_reexports(name: str, module: object) -> None:
    assert name in normalize.__all__
    assert getattr(normalize, name) is getattr(module, name)


@pytest.mark.parametrize("module", [text, dates, numbers, byline], ids=lambda m: m.__name__)
def test_docstring_examples_hold(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0
