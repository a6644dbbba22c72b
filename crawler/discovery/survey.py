"""``vnnews add-site``, the thinking part: from what a site's robots.txt, sitemaps, feeds and
home page list, which pages to sample, what its article addresses look like, which of its
pages are listings, and the profile to write.  Pure: the fetching is
crawler.crawling.addsite's, the reading of sampled pages crawler.extract's.

The steps: every same-host address found is a candidate; candidates are grouped by the shape
of their address (crawler.discovery.patterns); a few pages of each large group are fetched and
read; a group whose sampled pages read as articles gives the article URL pattern; home-page
links that name no item are fetched as possible listing pages, and those that link articles of
that pattern become the profile's start URLs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable
from urllib.parse import urlsplit

from crawler.discovery import FEEDS, LISTINGS, NEWS_SITEMAP, ROBOTS, SITEMAP
from crawler.discovery.patterns import cluster, is_collection, item_like, pattern_of

SAMPLES_PER_GROUP = 3
MAX_GROUPS = 8
MAX_SECTIONS = 12
MAX_LISTINGS = 10
# A group is articles when this share of its sampled pages read as articles.
MIN_ARTICLE_SHARE = 2 / 3


@dataclass
class Findings:
    """What the survey's fetches found (filled by crawler.crawling.addsite)."""

    home: str
    robots_sitemaps: list[str] = field(default_factory=list)
    # sitemap URL -> ("urlset" | "news" | "index" | "invalid", URLs listed, the sitemap from
    # robots.txt or /sitemap.xml it was reached from)
    sitemaps: dict[str, tuple[str, list[str], str]] = field(default_factory=dict)
    # feed URL -> URLs listed (None: not a feed, or not fetched)
    feeds: dict[str, list[str] | None] = field(default_factory=dict)
    home_links: list[str] = field(default_factory=list)
    # sampled page URL -> "article" | "listing"; and the links of those read as listings
    kinds: dict[str, str] = field(default_factory=dict)
    page_links: dict[str, list[str]] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return (urlsplit(self.home).hostname or "").removeprefix("www.")

    def candidates(self) -> dict[str, set[str]]:
        """Every same-host address found, with the sources that listed it."""
        found: dict[str, set[str]] = {}

        def add(urls: Iterable[str], source: str) -> None:
            for url in urls:
                if same_host(url, self.host) and url.rstrip("/") != self.home.rstrip("/"):
                    found.setdefault(url, set()).add(source)

        for kind, urls, _ in self.sitemaps.values():
            if kind in ("urlset", "news"):
                add(urls, NEWS_SITEMAP if kind == "news" else SITEMAP)
        for urls in self.feeds.values():
            add(urls or [], FEEDS)
        add(self.home_links, "home")
        return found


def same_host(url: str, host: str) -> bool:
    return (urlsplit(url).hostname or "").removeprefix("www.") == host


def sample_plan(findings: Findings) -> list[str]:
    """The pages to fetch and read: a few of each large group of item-like addresses, and the
    home page's links that may be listings (sections), in that order."""
    candidates = findings.candidates()
    items = [u for u in candidates if item_like(u, require_id=False) and not is_collection(u)]
    groups = sorted(cluster(items).values(), key=len, reverse=True)[:MAX_GROUPS]
    plan = [u for group in groups for u in spread(group, SAMPLES_PER_GROUP)]
    sections = [u for u in findings.home_links if same_host(u, findings.host)
                and not item_like(u, require_id=False) and not is_collection(u)
                and u.rstrip("/") != findings.home.rstrip("/")]
    return list(dict.fromkeys(plan + sections[:MAX_SECTIONS]))


def spread(urls: list[str], count: int) -> list[str]:
    """``count`` URLs spread over the list (first, middle, last...), not the first few."""
    if len(urls) <= count:
        return list(urls)
    step = (len(urls) - 1) / (count - 1)
    return [urls[round(i * step)] for i in range(count)]


@dataclass
class ArticleGroup:
    pattern: str
    urls: list[str]
    sampled: int
    articles: int


@dataclass
class Plan:
    """What add-site concluded: the profile's content, and the evidence for it."""

    name: str
    host: str
    article_groups: list[ArticleGroup]
    other_groups: list[tuple[str, int, str]]  # (example URL, size, what the samples read as)
    listings: list[str]
    feeds: list[str]
    sitemaps: list[str]  # beside those robots.txt names and /sitemap.xml
    discovery: tuple[str, ...]
    found_by: dict[str, int]

    @property
    def article_url(self) -> str | None:
        patterns = [g.pattern for g in self.article_groups]
        if not patterns:
            return None
        return patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns)

    @property
    def start_urls(self) -> list[str]:
        return self.listings or [f"https://{self.host}/"]


def plan_profile(findings: Findings, name: str) -> Plan:
    """The article pattern from the groups whose samples read as articles; the listings, feeds,
    sitemaps and discovery sources that lead to articles of that pattern."""
    candidates = findings.candidates()
    items = [u for u in candidates if item_like(u, require_id=False) and not is_collection(u)]
    article_groups, others = [], []
    for group in sorted(cluster(items).values(), key=len, reverse=True):
        kinds = [findings.kinds[u] for u in group if u in findings.kinds]
        articles = kinds.count("article")
        if kinds and articles / len(kinds) >= MIN_ARTICLE_SHARE:
            article_groups.append(ArticleGroup(pattern_of(group), group, len(kinds), articles))
        elif kinds:
            others.append((group[0], len(group), ", ".join(sorted(set(kinds)))))
    regexes = [re.compile(g.pattern) for g in article_groups]

    def is_article(url: str) -> bool:
        return any(r.search(url) for r in regexes)

    listings = choose_listings(findings, is_article)
    feeds = [url for url, urls in findings.feeds.items() if urls and any(map(is_article, urls))]
    roots = list(dict.fromkeys(root for kind, urls, root in findings.sitemaps.values()
                               if kind in ("urlset", "news") and any(map(is_article, urls))))
    found_by: dict[str, int] = {}
    for url, sources in candidates.items():
        if is_article(url):
            for source in sources - {"home"}:
                found_by[source] = found_by.get(source, 0) + 1
    listed = {u for page in listings for u in findings.page_links.get(page, []) if is_article(u)}
    if findings.home in listings:
        listed |= {u for u in findings.home_links if is_article(u)}
    found_by[LISTINGS] = len(listed)
    via_robots = {u for kind, urls, root in findings.sitemaps.values()
                  if kind in ("urlset", "news") and root in findings.robots_sitemaps
                  for u in urls if is_article(u)}
    if via_robots:
        found_by[ROBOTS] = len(via_robots)
    discovery = tuple(source for source in (ROBOTS, SITEMAP, NEWS_SITEMAP, FEEDS, LISTINGS)
                      if found_by.get(source, 0) > 0)
    # robots.txt names its sitemaps at every crawl, and /sitemap.xml is tried without it: the
    # profile lists only those found some other way.
    sitemaps = [root for root in roots if root not in findings.robots_sitemaps
                and urlsplit(root).path != "/sitemap.xml"]
    return Plan(name=name, host=findings.host, article_groups=article_groups,
                other_groups=others, listings=listings, feeds=feeds, sitemaps=sitemaps,
                discovery=discovery, found_by=found_by)


def choose_listings(findings: Findings, is_article) -> list[str]:
    """The home page and the sections whose pages link articles, most articles first."""
    scored = []
    home_articles = sum(map(is_article, findings.home_links))
    for url, links in findings.page_links.items():
        if findings.kinds.get(url) == "listing":
            count = len({u for u in links if is_article(u)})
            if count:
                scored.append((count, url))
    scored.sort(key=lambda item: -item[0])
    listings = [url for _, url in scored[:MAX_LISTINGS]]
    return ([findings.home] if home_articles else []) + listings


def default_name(url: str) -> str:
    """A profile name from the host: ``https://www.baosongxanh.vn/`` -> ``baosongxanh``.

    >>> default_name("https://www.baosongxanh.vn/"), default_name("https://thaibinhtv.vn")
    ('baosongxanh', 'thaibinhtv')
    """
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    first = host.split(".")[0]
    return re.sub(r"[^a-z0-9_]", "_", first.lower())


def render_profile(plan: Plan, home: str, written_at: datetime) -> str:
    """The Python source of a discovery-only profile (field selectors left to the generic
    layers), with the evidence it was written from as comments."""
    evidence = [f"#   {source}: {count} article URLs" for source, count
                in sorted(plan.found_by.items()) if count]
    lines = [
        f'"""{plan.host}: written by `vnnews add-site {home}` on {written_at:%Y-%m-%d}.',
        "",
        "A discovery-only profile: where the articles are found and what their addresses look",
        "like; every field comes from the generic layers (add selectors in `fields=` where they",
        'fall short, see `vnnews extract --explain`)."""',
        "",
        "from crawler.sites import Profile",
        "",
        "# What the survey found:",
        *evidence,
        *(f"#   articles like {g.urls[0]} ({len(g.urls)} seen, {g.articles} of {g.sampled}"
          f" sampled pages read as articles)" for g in plan.article_groups),
        "PROFILE = Profile(",
        f"    name={plan.name!r},",
        f"    description={f'{plan.host} (written by vnnews add-site)'!r},",
        f"    domains=({plan.host!r},),",
        f"    start_urls={tuple(plan.start_urls)!r},",
        f"    article_url={plan.article_url!r},",
    ]
    if plan.sitemaps:
        lines.append(f"    sitemaps={tuple(plan.sitemaps)!r},")
    if plan.feeds:
        lines.append(f"    feeds={tuple(plan.feeds)!r},")
    lines.append(f"    discovery={plan.discovery!r},")
    lines.append(")")
    return "\n".join(lines) + "\n"
