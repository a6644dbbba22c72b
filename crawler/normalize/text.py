"""Text clean-up for strings scraped from Vietnamese news pages.

Pages mix encodings, CMS quirks and copy-paste from Word, so the same
visible text arrives as many different code-point sequences.  Everything
here maps those to one canonical form (NFC, plain spaces, real "Đ").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["clean_text", "clean_multiline", "fold_diacritics"]

# Legacy Vietnamese fonts/encodings (TCVN3, VNI via broken converters) and
# some CMS editors emit lookalike letters instead of U+0110/U+0111.  The
# Icelandic eth is by far the most common; the African D shows up too.
_LOOKALIKE_D = {
    0x00D0: "\u0110",  # Ð (Icelandic ETH)          -> Đ
    0x00F0: "\u0111",  # ð (Icelandic eth)          -> đ
    0x0189: "\u0110",  # Ɖ (LATIN CAPITAL AFRICAN D) -> Đ
}

# Invisible characters that break word matching and NFC composition
# (a ZWSP between "a" and a combining acute stops them composing).  Bidi
# marks and stray C0 controls arrive the same way, via copy-paste from
# Word/Facebook, and are just as invisible.
_INVISIBLE = dict.fromkeys(
    [
        *map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"),
        *map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"),
        *range(0x2066, 0x206A),
        *range(0x00, 0x09),
        *range(0x0E, 0x1C),
        0x7F,
    ],
    None,
)
# One table so each string is walked once.
_CANONICAL_CHARS = {**_INVISIBLE, **_LOOKALIKE_D}
# str.translate with a dict costs ~50 ns a character; most strings need no
# mapping at all, and a character-class search finds that out ten times
# faster.
_NEEDS_MAPPING = re.compile("[" + re.escape("".join(map(chr, _CANONICAL_CHARS))) + "]")
# The runs of such characters: a text that has some (a few zero-width spaces in a 30,000-
# character column of text) is mapped run by run, not walked whole by str.translate (1.4 ms
# against 0.1 on such a text).
_MAPPED_RUN = re.compile(_NEEDS_MAPPING.pattern + "+")


def _mapped_run(match: re.Match[str]) -> str:
    return match.group().translate(_CANONICAL_CHARS)


# Paragraph/line separators we must keep as line breaks in multiline text.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\u0085\x0b\x0c]")

# Any whitespace except line breaks; "\s" (like str.split) covers NBSP,
# U+202F, U+2007, U+3000 and the other Unicode Zs spaces.
_HORIZONTAL_SPACE_RUN = re.compile(r"[^\S\n]+")


def _canonical_code_points(text: str) -> str:
    if _NEEDS_MAPPING.search(text):
        # Invisible chars go before NFC so they cannot block composition.
        text = _MAPPED_RUN.sub(_mapped_run, text)
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None) -> str:
    """Return ``text`` as one clean line: NFC, real Đ/đ, single spaces.

    Line breaks are treated as spaces; use :func:`clean_multiline` to keep
    paragraphs.

    >>> clean_text("  Ðại hội XIII\\u00a0của  Ðảng\\u200b ")
    'Đại hội XIII của Đảng'
    >>> clean_text("Tha\\u0301i Bi\\u0300nh") == "Thái Bình"
    True
    >>> clean_text(None)
    ''
    """
    if not text:
        return ""
    if len(text) <= _MAX_CACHED:
        # Extraction cleans the same short lines many times over a page (labels, link texts,
        # meta values): each is cleaned once, and kept as a plain str (lxml's text results are
        # str subclasses holding their tree).
        return _clean_cached(text if type(text) is str else str(text))
    return _clean(text)


_MAX_CACHED = 2000


def _clean(text: str) -> str:
    return " ".join(_canonical_code_points(text).split())


_clean_cached = lru_cache(maxsize=1024)(_clean)


def forget_cleaned() -> None:
    """Empty clean_text's cache (extraction does, before each page: it serves the lines a
    page repeats, not pages read before)."""
    _clean_cached.cache_clear()


def clean_multiline(text: str | None) -> str:
    """Clean each line like :func:`clean_text`, drop blank lines, and join
    the remaining lines as paragraphs separated by a blank line.

    >>> clean_multiline("Sáng 9/12,\\u00a0tỉnh Thái Bình\\r\\n\\r\\n\\n  tổ chức hội nghị. ")
    'Sáng 9/12, tỉnh Thái Bình\\n\\ntổ chức hội nghị.'
    """
    if not text:
        return ""
    canonical = _LINE_BREAKS.sub("\n", _canonical_code_points(text))
    lines = (_HORIZONTAL_SPACE_RUN.sub(" ", line).strip() for line in canonical.split("\n"))
    return "\n\n".join(line for line in lines if line)


def fold_diacritics(text: str) -> str:
    """Strip every Vietnamese diacritic and map đ/Đ to d/D, for search keys.

    >>> fold_diacritics("Đảng bộ Thái Bình")
    'Dang bo Thai Binh'
    >>> fold_diacritics("Ðồng bằng sông Hồng")  # Icelandic eth lookalike
    'Dong bang song Hong'
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", _canonical_code_points(text))
    # đ/Đ have no decomposition (the bar is not a combining mark), so they
    # need an explicit mapping after the marks are dropped.
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.replace("\u0111", "d").replace("\u0110", "D"))


def folded_letters(name: str) -> str:
    """A name's letters and digits, unaccented and in lower case, as a domain spells them.

    >>> folded_letters("Báo Thái Bình")
    'baothaibinh'
    """
    return "".join(ch for ch in fold_diacritics(name).lower() if ch.isalnum())
