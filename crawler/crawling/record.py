"""Record a live page as a new fixture case: page.html, meta.json, expected.json for review.

The one place outside the crawl that fetches from the network: a single polite request (the
crawler's User-Agent, robots.txt obeyed) made by an operator writing a profile.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from crawler.extract import PageTooLarge, extract_article
from crawler.normalize.article import utc_timestamp
from crawler.sites import profile_for_url

KEPT_HEADERS = ("Content-Type", "Last-Modified", "Date")


class RecordError(Exception):
    """The page could not be recorded (unreachable, disallowed, already recorded)."""


@dataclass
class Recorded:
    path: Path
    url: str
    title: str


def user_agent() -> str:
    from crawler.crawling import settings
    return settings.USER_AGENT


def allowed_by_robots(url: str, agent: str, timeout: float) -> bool:
    parts = urlsplit(url)
    parser = urllib.robotparser.RobotFileParser()
    try:
        request = urllib.request.Request(f"{parts.scheme}://{parts.netloc}/robots.txt",
                                         headers={"User-Agent": agent})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            parser.parse(response.read().decode("utf-8", errors="replace").splitlines())
    except (urllib.error.URLError, OSError, ValueError):
        return True  # no readable robots.txt: nothing is disallowed
    return parser.can_fetch(agent, url)


def case_name(url: str) -> str:
    """A folder name from the URL's last path segment: "...-30512.html" -> "...-30512"."""
    segment = [s for s in urlsplit(url).path.split("/") if s][-1:] or ["page"]
    name = re.sub(r"\.(html?|aspx|php)$", "", segment[0])
    return re.sub(r"[^\w-]+", "-", name).strip("-")[:80] or "page"


def is_folder_name(name: str) -> bool:
    """True for one path component that stays where it is put: not empty, not "." or "..",
    no separator, not absolute.

    >>> [is_folder_name(n) for n in ("ban-tin-30512", "..", "a/b", "/tmp/x", "tin-mới")]
    [True, False, False, False, True]
    """
    return (bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name
            and "\x00" not in name and not Path(name).is_absolute())


def record(url: str, fixtures: Path, *, site: str | None = None, case: str | None = None,
           timeout: float = 30.0, force: bool = False) -> Recorded:
    """Fetch ``url`` once and save it as ``fixtures/<site>/<case>/``."""
    for what, name in (("site", site), ("case", case)):
        if name is not None and not is_folder_name(name):
            raise RecordError(f"the {what} must be one folder name, not {name!r}")
    agent = user_agent()
    if not allowed_by_robots(url, agent, timeout):
        raise RecordError(f"robots.txt of {urlsplit(url).netloc} disallows {url}")
    try:
        request = urllib.request.Request(url, headers={"User-Agent": agent})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
            final_url = response.geturl()
            headers = {k: v for k, v in response.headers.items() if k in KEPT_HEADERS}
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise RecordError(f"cannot fetch {url}: {getattr(exc, 'reason', exc)}") from None
    profile = profile_for_url(final_url)
    folder = fixtures / (site or (profile.name if profile else "generic")) / (case or
                                                                               case_name(final_url))
    if folder.exists() and not force:
        raise RecordError(f"{folder} exists already (pass --force to replace it)")
    fetched_at = utc_timestamp(datetime.now(timezone.utc))
    try:
        article = extract_article(body, final_url, fetched_at=fetched_at,
                                  content_type=headers.get("Content-Type"))
    except PageTooLarge as exc:
        raise RecordError(f"cannot read {url}: {exc}") from None
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.html").write_bytes(body)
    meta = {"url": final_url, "fetched_at": fetched_at, "headers": headers, "kind": "article"}
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    expected = {k: v for k, v in article.to_dict().items() if k != "provenance"}
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2)
                                          + "\n", encoding="utf-8")
    return Recorded(path=folder, url=final_url, title=article.title)
