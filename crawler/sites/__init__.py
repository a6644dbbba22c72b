"""Site profiles: one small declarative file per province.

A profile says where a site lives (domains, start pages), how to recognise its article URLs,
how to walk its listing pages, and which selectors hold each field.  Everything else (the
spider, the extractor's fallback layers, the pipelines) is shared.  To add a site, run
``vnnews add-site URL`` (it writes a discovery-only profile), or copy ``thaibinhtv.py``, change
the values, save a few pages under ``tests/fixtures/<name>/``.

Profiles are read from this package and from the directories named in the ``VNNEWS_SITES_DIR``
environment variable (``os.pathsep``-separated; ``vnnews --sites-dir DIR`` sets it), so a
profile written by ``vnnews add-site --sites-dir DIR`` is crawled without touching the package.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import pkgutil
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit


@dataclass(frozen=True)
class FieldSelectors:
    """CSS selectors for each Article field on an article page (None: use the generic layers).

    ``title``, ``published``, ``views``, ``sapo``, ``byline`` and ``category`` select elements
    whose text is the value; ``body`` selects the content container; ``tags`` selects the
    tag links; ``related`` selects one element per related story; ``body_exclude`` lists
    elements inside the body container that are never article text (share bars, ads, ...).
    """

    title: str | None = None
    published: str | None = None
    views: str | None = None
    sapo: str | None = None
    body: str | None = None
    byline: str | None = None
    category: str | None = None
    tags: str | None = None
    related: str | None = None
    body_exclude: tuple[str, ...] = ()


# The discovery sources, in the order a crawl tries them (crawler.discovery.SOURCES, where
# each is described; spelled out here because profiles import nothing of the crawler's).
DISCOVERY_SOURCES: tuple[str, ...] = ("robots", "sitemap", "news_sitemap", "feeds", "listings")
SITES_DIR_ENV = "VNNEWS_SITES_DIR"


@dataclass(frozen=True)
class Profile:
    """Everything that differs between one news site and another."""

    name: str
    domains: tuple[str, ...]
    start_urls: tuple[str, ...]
    article_url: str
    next_page: str | None = None
    # Links to articles on a listing page (default: every link matching ``article_url``;
    # naming the list's own links keeps sidebars out of the "only known articles" stop rule).
    listing_links: str | None = None
    listing_item_time: str | None = None
    fields: FieldSelectors = field(default_factory=FieldSelectors)
    description: str = ""
    # Minimum share of archived articles having a field, e.g. {"views": 0.9}; adds to
    # crawler.crawling.monitor.DEFAULT_MIN_COVERAGE.
    min_coverage: Mapping[str, float] = field(default_factory=dict)
    # True when the article pattern was checked against real addresses of the site, listed in
    # tests/fixtures/<name>/real_urls.txt; False when the profile rests on reconstructions only.
    verified: bool = False

    # Discovery (crawler.discovery): sitemaps and RSS/Atom feeds beside those robots.txt and the
    # home page declare, and the sources this site is crawled through, in order.
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    discovery: tuple[str, ...] = DISCOVERY_SOURCES

    def __post_init__(self) -> None:
        unknown = set(self.discovery) - set(DISCOVERY_SOURCES)
        if unknown:
            raise ValueError(f"profile {self.name}: unknown discovery sources {sorted(unknown)} "
                             f"(known: {', '.join(DISCOVERY_SOURCES)})")

    def uses(self, source: str) -> bool:
        """True when this site is crawled through ``source`` (crawler.discovery.SOURCES)."""
        return source in self.discovery

    @property
    def article_url_re(self) -> re.Pattern[str]:
        return re.compile(self.article_url)

    def is_article_url(self, url: str) -> bool:
        """True when ``url`` is an article page of this site (by the profile's pattern)."""
        return bool(self.article_url_re.search(url))

    def owns(self, url: str) -> bool:
        """True when the URL's host is one of the profile's domains or a subdomain of one."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)


class UnknownSite(KeyError):
    """Raised for a site name that has no profile."""

    def __str__(self) -> str:
        known = ", ".join(sorted(all_profiles())) or "none"
        return f"unknown site {self.args[0]!r} (known sites: {known})"


@cache
def all_profiles() -> dict[str, Profile]:
    """Every profile by name (each module defines ``PROFILE``): this package's, then those in
    the ``VNNEWS_SITES_DIR`` directories."""
    profiles: dict[str, Profile] = {}
    modules = [importlib.import_module(f"{__name__}.{info.name}")
               for info in pkgutil.iter_modules(__path__)]
    modules += [module_from_file(path) for directory in profile_dirs()
                for path in sorted(directory.glob("[!_]*.py"))]
    for module in modules:
        profile = getattr(module, "PROFILE", None)
        if isinstance(profile, Profile):
            profiles[profile.name] = profile
    return profiles


def profile_dirs() -> list[Path]:
    """The extra profile directories named by ``VNNEWS_SITES_DIR``."""
    value = os.environ.get(SITES_DIR_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p and Path(p).is_dir()]


def module_from_file(path: Path) -> object:
    """Import a profile file that lives outside the package (``vnnews add-site --sites-dir``)."""
    spec = importlib.util.spec_from_file_location(f"vnnews_site_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def get_profile(name: str) -> Profile:
    """The profile called ``name``; raises UnknownSite (with the known names) otherwise."""
    try:
        return all_profiles()[name]
    except KeyError:
        raise UnknownSite(name) from None


def profile_for_url(url: str) -> Profile | None:
    """The profile whose domains cover ``url``'s host, if any."""
    return next((p for p in all_profiles().values() if p.owns(url)), None)
