"""Is a crawl healthy?  Field coverage and selector health from a crawl's statistics.

Pure functions over Scrapy's stats dict, so the pipeline (writing ``crawl_runs``) and the CLI
(choosing the exit status) judge a crawl the same way.  Two kinds of breakage are caught:

* **coverage**: too few archived articles have a field at all (e.g. more than 20% without a
  date), or too many article pages were dropped;
* **selector drift**: a field the profile has a selector for was mostly filled by the generic
  layers instead, which means the site's markup changed under the selector even if the
  heuristics still rescued the value.
"""

from __future__ import annotations

from typing import Any, Mapping

from crawler.sites import Profile

#: Minimum share of archived articles that must have each field, unless a profile says otherwise.
DEFAULT_MIN_COVERAGE: Mapping[str, float] = {"title": 1.0, "body": 1.0, "published_at": 0.8}
#: Maximum share of fetched article pages that may be dropped (no title, no body).
MAX_DROPPED_SHARE = 0.2
#: Minimum share of a field's values that must come from the profile's selector.
MIN_SELECTOR_SHARE = 0.5
#: Below this many archived articles, shares say too little to alarm anyone.
MIN_SAMPLE = 3

# Which Article fields each profile selector is responsible for.
SELECTOR_FIELDS = {"title": ("title",), "published": ("published_raw",), "views": ("views",),
                   "sapo": ("sapo",), "body": ("body",), "byline": ("authors", "source"),
                   "category": ("category",), "tags": ("tags",), "related": ("related",)}
LAYERS = ("site", "metadata", "heuristic")


def field_counts(stats: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """``{field: {layer: articles}}`` from the ``vnnews/field/<field>/<layer>`` counters."""
    counts: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if key.startswith("vnnews/field/"):
            _, _, name, layer = key.split("/", 3)
            counts.setdefault(name, {})[layer] = int(value)
    return counts


def coverage(stats: Mapping[str, Any]) -> dict[str, float]:
    """Share of archived articles that have each field (any layer)."""
    stored = int(stats.get("vnnews/stored", 0))
    if not stored:
        return {}
    return {name: round(sum(by_layer.values()) / stored, 3)
            for name, by_layer in sorted(field_counts(stats).items())}


def problems(stats: Mapping[str, Any], profile: Profile | None = None) -> list[str]:
    """Why this crawl should make cron mail the operator; empty when healthy."""
    found: list[str] = []
    reason = stats.get("finish_reason", "finished")
    if reason not in ("finished", "closespider_itemcount"):
        found.append(f"the crawl ended early ({reason})")
    if not stats.get("vnnews/listing_pages", 0) and not discovery_counts(stats, "fetched"):
        found.append("no listing page could be fetched, nor any sitemap or feed: is the site "
                     "down or blocking us?")
        return found
    # A sitemap unchanged since it was last read is news that nothing changed, not breakage.
    if not stats.get("vnnews/article_links", 0) and \
            not discovery_counts(stats, "pruned_unchanged", "pruned_older_than_since"):
        found.append("no article links on the listing pages, sitemaps or feeds: has the layout "
                     "or the article URL pattern changed?")
        return found
    stored = int(stats.get("vnnews/stored", 0))
    dropped = sum(v for k, v in stats.items() if k.startswith("vnnews/dropped/")
                  and not k.endswith("/older_than_since"))
    fetched = stored + dropped
    if fetched and dropped / fetched > MAX_DROPPED_SHARE:
        reasons = ", ".join(f"{k.rsplit('/', 1)[1]} {v}" for k, v in sorted(stats.items())
                            if k.startswith("vnnews/dropped/"))
        found.append(f"{dropped} of {fetched} article pages dropped ({reasons})")
    if stored < MIN_SAMPLE:
        return found
    minimums = dict(DEFAULT_MIN_COVERAGE)
    if profile is not None:
        minimums.update(profile.min_coverage)
    shares = coverage(stats)
    for name, minimum in sorted(minimums.items()):
        if shares.get(name, 0.0) < minimum:
            found.append(f"field {name!r} found on {shares.get(name, 0.0):.0%} of archived "
                         f"articles (threshold {minimum:.0%})")
    if profile is not None:
        found.extend(selector_drift(stats, profile))
    return found


def discovery_counts(stats: Mapping[str, Any], *what: str) -> int:
    """The sum of the ``vnnews/discovery/<source>/<what>`` counters over every source of the
    site itself (what the frontier held from earlier crawls does not count)."""
    return sum(int(v) for k, v in stats.items() if k.startswith("vnnews/discovery/")
               and k.rsplit("/", 1)[1] in what and not k.startswith("vnnews/discovery/frontier/"))


def discovery_sources(stats: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """Per discovery source, what it did: ``{"sitemap": {"found": 120, "new": 3, ...}}``, from
    the ``vnnews/discovery/<source>/<what>`` counters (failures as ``failed/<reason>``), with
    the listing pages read and the article links they gave under "listings"."""
    sources: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if key.startswith("vnnews/discovery/"):
            _, _, source, what = key.split("/", 3)
            sources.setdefault(source, {})[what] = int(value)
    if stats.get("vnnews/listing_pages"):
        sources.setdefault("listings", {})["pages"] = int(stats["vnnews/listing_pages"])
    return dict(sorted(sources.items()))


def selector_drift(stats: Mapping[str, Any], profile: Profile) -> list[str]:
    """Fields whose profile selector produced less than MIN_SELECTOR_SHARE of the values."""
    counts = field_counts(stats)
    drift = []
    for selector, fields in SELECTOR_FIELDS.items():
        if not getattr(profile.fields, selector):
            continue
        for name in fields:
            by_layer = counts.get(name, {})
            total = sum(by_layer.values())
            if total >= MIN_SAMPLE and by_layer.get("site", 0) / total < MIN_SELECTOR_SHARE:
                drift.append(
                    f"field {name!r}: the {profile.name} selector {selector}="
                    f"{getattr(profile.fields, selector)!r} matched {by_layer.get('site', 0)} of "
                    f"{total} articles (the generic layers filled in the rest): has the site's "
                    f"layout changed?")
    return drift
