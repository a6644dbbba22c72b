"""URL clean-up: absolute URLs, canonical links, tracking parameters, the words of a slug."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

from crawler.normalize.text import fold_diacritics

# Parameters that identify a campaign or a click, never a different page.
TRACKING_PARAM = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|yclid|zarsrc|_hsenc|_hsmi|mc_cid|mc_eid|"
    r"igshid|ref_src|gidzl|fb_action_ids|fb_action_types|fb_source|cmpid)$",
    re.IGNORECASE,
)


def strip_tracking(url: str) -> str:
    """Drop the fragment and tracking parameters, keep everything else in order.

    >>> strip_tracking("https://baothaibinh.com.vn/tin-tuc/1/a.html?utm_source=fb&id=2#top")
    'https://baothaibinh.com.vn/tin-tuc/1/a.html?id=2'
    """
    parts = urlsplit(url.strip())
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not TRACKING_PARAM.match(k)]
    # Re-encode only when something was removed, so an untouched query stays byte-identical.
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def absolute_url(href: str | None, base: str) -> str | None:
    """``href`` resolved against ``base``; None for empty, javascript: and mailto: links."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    return urljoin(base, href)


def same_site(url_a: str, url_b: str) -> bool:
    """True when both URLs are on the same host, ignoring a leading "www."."""
    def host(u: str) -> str:
        h = (urlsplit(u).hostname or "").lower()
        return h[4:] if h.startswith("www.") else h
    return host(url_a) == host(url_b)


# The hosts a site serves its mobile and AMP views on: "m.vovworld.vn", "amp.laodong.vn".
VIEW_HOST_LABELS = ("www", "m", "amp", "mobile", "wap")
VIEW_HOST_PREFIX = re.compile(rf"^(?:{'|'.join(VIEW_HOST_LABELS)})\.", re.IGNORECASE)


def site_host(url: str) -> str:
    """The URL's host without the prefix of a mobile or AMP view ("www.", "m.", "amp.").

    >>> site_host("https://m.vovworld.vn/vi-VN/a-1.vov")
    'vovworld.vn'
    """
    h = (urlsplit(url).hostname or "").lower()
    return VIEW_HOST_PREFIX.sub("", h) if h.count(".") >= 2 else h


def same_site_view(url_a: str, url_b: str) -> bool:
    """True when both URLs are on the same site, counting its mobile and AMP hosts as the site.

    >>> same_site_view("https://amp.laodong.vn/a-1.ldo", "https://laodong.vn/a-1.ldo")
    True
    >>> same_site_view("https://dantocmiennui.baotintuc.vn/a.htm", "https://baotintuc.vn/a.htm")
    False
    """
    return site_host(url_a) == site_host(url_b)


def canonical_url(fetched_url: str, canonical_href: str | None) -> str:
    """The article's archive key: its canonical link when on the same site (a mobile or AMP
    view's canonical on the desktop host counts), else the fetched URL.

    >>> canonical_url("https://thaibinhtv.vn/a-1.html?utm_medium=zalo", "/a-1.html")
    'https://thaibinhtv.vn/a-1.html'
    >>> canonical_url("https://m.vovworld.vn/vi-VN/a-1.vov", "https://vovworld.vn/vi-VN/a-1.vov")
    'https://vovworld.vn/vi-VN/a-1.vov'
    """
    canonical = absolute_url(canonical_href, fetched_url)
    chosen = canonical if canonical and same_site_view(canonical, fetched_url) else fetched_url
    return strip_tracking(chosen)


# A page name's file ending, and the ids a CMS writes around the words of a slug ("5166539-",
# "-d398242", "-post1234"): never a headline's word.
PAGE_ENDING = re.compile(r"\.(?:html?|aspx?|php\d?|jsp|vov|ldo|chn|tpo)$", re.IGNORECASE)
SLUG_ID_WORD = re.compile(r"^[a-z]{0,4}\d{3,}[a-z]{0,2}\d*$|^\d+$")
# Fewest words of a slug that names a headline; a CMS cuts a long slug at a length, so a
# heading may go on past the slug's last word when the slug has this many words or more.
MIN_SLUG_WORDS = 4
MIN_CUT_SLUG_WORDS = 6


def slug_words(url: str) -> list[str]:
    """The words of the address's last part, lower case, its file ending dropped.

    >>> slug_words("https://hoangmai.hanoi.gov.vn/a/-/view_content/5166539-le-mung-tho-cac-cu.html")
    ['5166539', 'le', 'mung', 'tho', 'cac', 'cu']
    """
    last = unquote(urlsplit(url).path).rstrip("/").rsplit("/", 1)[-1]
    return [w for w in re.split(r"[-_+.\s]+", PAGE_ENDING.sub("", last).casefold()) if w]


def plain_words(text: str) -> list[str]:
    """A text's words as a slug spells them: lower case, without marks.

    >>> plain_words("Lễ mừng thọ, phường Lĩnh Nam")
    ['le', 'mung', 'tho', 'phuong', 'linh', 'nam']
    """
    return PLAIN_WORD.findall(fold_diacritics(text).casefold())


PLAIN_WORD = re.compile(r"[a-z0-9]+")


def spells_slug(words: list[str], slug: list[str]) -> bool:
    """True when a text's ``words`` (lower case, no marks) are the headline the slug spells:
    the slug's words with at most ids around them, or, for a slug cut short, its opening words.

    >>> slug = slug_words("https://nongnghiepmoitruong.vn/u16-nu-ha-noi-bao-ve-ngoi-vo-dich-d398242.html")
    >>> spells_slug(plain_words("U16 nữ Hà Nội bảo vệ ngôi vô địch"), slug)
    True
    >>> spells_slug(plain_words("Hà Nội bảo vệ ngôi vô địch"), slug)
    False
    """
    if len(words) < MIN_SLUG_WORDS or len(slug) < MIN_SLUG_WORDS:
        return False
    for start in range(len(slug) - len(words) + 1):
        if slug[start:start + len(words)] == words:
            return all(SLUG_ID_WORD.match(w) for w in slug[:start] + slug[start + len(words):])
    core = slug[:]
    while core and SLUG_ID_WORD.match(core[0]):
        core.pop(0)
    while core and SLUG_ID_WORD.match(core[-1]):
        core.pop()
    return len(core) >= MIN_CUT_SLUG_WORDS and words[:len(core)] == core \
        and len(words) <= 2 * len(core)
