"""Discovery: where a site's article URLs come from, before any article is fetched.

Pure functions over fetched bytes (robots.txt, XML sitemaps, RSS/Atom feeds, listing pages)
that return URLs with the dates the site declares for them; the crawling side
(``crawler.crawling.spiders``) makes the requests and keeps the per-site state in the
archive.  The sources, in the order a crawl tries them:

``robots``        the ``Sitemap:`` lines of robots.txt;
``sitemap``       XML sitemaps and sitemap indexes (from robots.txt, the profile, or
                  ``/sitemap.xml``), pruned by ``lastmod``;
``news_sitemap``  the entries of Google News sitemaps (``news:publication_date``);
``feeds``         RSS/Atom feeds declared on the home page or listed in the profile;
``listings``      the profile's listing pages with their pagination.

A profile names the sources it uses (``Profile.discovery``); the default is all of them.
"""

from __future__ import annotations

ROBOTS, SITEMAP, NEWS_SITEMAP, FEEDS, LISTINGS = \
    "robots", "sitemap", "news_sitemap", "feeds", "listings"
SOURCES: tuple[str, ...] = (ROBOTS, SITEMAP, NEWS_SITEMAP, FEEDS, LISTINGS)
