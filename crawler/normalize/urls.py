"""URL clean-up: absolute URLs, canonical links, tracking parameters."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

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
VIEW_HOST_PREFIX = re.compile(r"^(?:www|m|amp|mobile|wap)\.", re.IGNORECASE)


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
