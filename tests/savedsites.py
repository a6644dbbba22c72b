"""Saved sites for the discovery tests: four whole (small) news sites, written as replay cases.

**These are reconstructions, not captured sites.**  The hosts are invented, the article texts
are those of the fixture cases (``tests/fixtures/*/*/expected.json``, real Vietnamese news
text), re-dated and laid out in each site's own template.  What is modelled on real sites is
how each one exposes its articles (found with the search tool and in ``../shared/real-pages``):

- ``baonuimay.vn``: article lists filled by scripts (no article link in the HTML); robots.txt
  names a sitemap index ``/sitemaps/sitemap-index.xml`` of monthly sitemaps
  ``/sitemaps/news-YYYY-MM.xml`` (plo.vn's ``/sitemaps/news-2025-01.xml``), one of them
  gzipped; article URLs ``/<slug>-post<id>.html`` (baolaocai.vn).
- ``truyenhinhdongbang.vn``: lists filled by scripts; the home page declares its RSS feed
  ``<link rel="alternate" type="application/rss+xml" href="/rss/trang-chu.rss">`` (vtcnews.vn),
  items with RFC 822 ``pubDate`` "+0700" and an image in a CDATA description (vnexpress.net's
  feeds); no sitemap; article URLs ``/<slug>-ar<id>.html`` (vtcnews.vn).
- ``baosongxanh.vn``: a Google News sitemap ``/news-sitemap.xml`` named in robots.txt
  (tuoitre.vn, cafef.vn's ``/latest-news-sitemap.xml``); server-rendered section pages with
  pagination that link most articles, a video section filled by scripts; article URLs
  ``/<slug>-<17 digits>.htm`` (tuoitre.vn).
- ``baodoiche.vn``: listing pages only: section pages ``/thoi-su/`` with ``?page=2``
  pagination, no sitemap, no feed; article URLs ``/<slug>-a<id>.html`` (baocantho.com.vn).

``build_site(kind, root)`` writes one site as replay cases (``meta.json`` + body) under
``root`` and returns what a test needs to know about it; ``python tests/savedsites.py DIR``
writes all four for a person to replay (``vnnews crawl --start-url https://baonuimay.vn/
--replay DIR/baonuimay``).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

from crawler.normalize.dates import VN_TZ
from crawler.normalize.text import fold_diacritics

FIXTURES = Path(__file__).parent / "fixtures"
CAPTURED = "2025-12-01T03:00:00Z"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass
class Text:
    """An article's words, from a fixture's golden file."""

    title: str
    sapo: str | None
    paragraphs: list[str]
    authors: list[str]


@dataclass
class Story:
    url: str
    text: Text
    published: datetime
    section: str

    @property
    def printed_date(self) -> str:
        return self.published.strftime("%d/%m/%Y %H:%M")


@dataclass
class SavedSite:
    """A built site: where it is, its articles, and which ones only one source leads to."""

    kind: str
    host: str
    root: Path
    stories: list[Story]
    only_via: dict[str, list[str]] = field(default_factory=dict)

    @property
    def home(self) -> str:
        return f"https://{self.host}/"

    @property
    def articles(self) -> list[str]:
        return [s.url for s in self.stories]


def texts() -> list[Text]:
    """Every fixture article with enough text to read as an article, in a stable order."""
    found = []
    for path in sorted(FIXTURES.glob("*/*/expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [p for p in expected["body"].split("\n\n") if p.strip()]
        if len(expected["body"].split()) >= 120 and len(paragraphs) >= 3:
            found.append(Text(expected["title"], expected["sapo"], paragraphs,
                              expected["authors"]))
    return found


def slug(title: str) -> str:
    """An article URL's slug from its title.

    >>> slug("Đà Lạt sẵn sàng cho Festival Hoa lần thứ X")
    'da-lat-san-sang-cho-festival-hoa-lan-thu-x'
    """
    return re.sub(r"[^a-z0-9]+", "-", fold_diacritics(title).lower()).strip("-")


class SiteWriter:
    """Writes replay cases (one folder per URL) under a site's root."""

    def __init__(self, root: Path, host: str):
        self.root, self.host = root, host
        self.count = 0

    def url(self, path: str) -> str:
        return f"https://{self.host}{path}"

    def write(self, url: str, body: bytes | str, file: str = "page.html",
              headers: dict | None = None) -> None:
        self.count += 1
        folder = self.root / f"{self.count:03d}-{slug(url.split('://', 1)[1])[:60]}"
        folder.mkdir(parents=True)
        data = body.encode("utf-8") if isinstance(body, str) else body
        (folder / file).write_bytes(data)
        meta = {"url": url, "fetched_at": CAPTURED, "file": file}
        if headers:
            meta["headers"] = headers
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False),
                                          encoding="utf-8")


# ---- page templates (one CMS per site) ----

def page(site_name: str, title: str, body: str, head: str = "", nav: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{escape(title)} - {escape(site_name)}</title>{head}</head>"
            f'<body><header class="header"><a class="logo" href="/">{escape(site_name)}</a>'
            f'<nav class="menu">{nav}</nav></header>{body}'
            f'<footer class="footer"><p>{escape(site_name)} - Cơ quan của Đảng bộ tỉnh. '
            f"Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ "
            f"website này.</p></footer></body></html>")


def menu(sections: dict[str, str]) -> str:
    return "".join(f'<a href="{path}">{escape(name)}</a>' for name, path in sections.items())


def article_page(site_name: str, story: Story, nav: str, related: str) -> str:
    text = story.text
    head = (f'<link rel="canonical" href="{story.url}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{escape(text.title)}">'
            f'<meta property="article:published_time" content="{story.published.isoformat()}">')
    byline = ", ".join(text.authors)
    body = (f'<div class="main"><div class="breadcrumb"><a href="/">Trang chủ</a> » '
            f'<span>{escape(story.section)}</span></div><article class="detail">'
            f'<h1 class="detail-title">{escape(text.title)}</h1>'
            f'<div class="detail-time">{story.printed_date}</div>'
            + (f'<h2 class="detail-sapo">{escape(text.sapo)}</h2>' if text.sapo else "")
            + '<div class="detail-content">'
            + "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
            + (f'<p style="text-align:right"><strong>{escape(byline)}</strong></p>'
               if byline else "")
            + f"</div></article>{related}</div>")
    return page(site_name, text.title, body, head, nav)


def teaser(story: Story) -> str:
    sapo = story.text.sapo or story.text.paragraphs[0]
    return (f'<div class="story"><h3 class="story-title"><a href="{story.url}">'
            f'{escape(story.text.title)}</a></h3><span class="story-time">{story.printed_date}'
            f'</span><p class="story-sapo">{escape(sapo)}</p></div>')


def listing_page(site_name: str, heading: str, stories: list[Story], nav: str,
                 next_href: str | None = None, number: int = 1) -> str:
    pager = ""
    if number > 1 or next_href:
        pager = (f'<div class="pagination"><span class="active">{number}</span>'
                 + (f'<a href="{next_href}">{number + 1}</a><a class="next" href="{next_href}">'
                    f"Trang sau</a>" if next_href else "") + "</div>")
    body = (f'<div class="main"><h1 class="cate-title">{escape(heading)}</h1>'
            f'<div class="list-news">{"".join(teaser(s) for s in stories)}</div>{pager}</div>')
    return page(site_name, heading, body, nav=nav)


def scripted_page(site_name: str, heading: str, nav: str, zone: str, head: str = "") -> str:
    """A page whose article list the browser fills from an API: no article link in the HTML."""
    body = (f'<div class="main"><h1 class="cate-title">{escape(heading)}</h1>'
            f'<div class="box-news" id="box-{zone}" data-zone="{zone}" data-page-size="20">'
            f'<div class="loading">Đang tải...</div></div>'
            f'<script src="/js/zone.min.js"></script>'
            f'<script>loadZone("box-{zone}", "/api/zone/{zone}?page=1");</script></div>')
    return page(site_name, heading, body, head, nav)


# ---- XML ----

def sitemap_index(children: list[tuple[str, datetime]]) -> str:
    items = "".join(f"<sitemap><loc>{url}</loc><lastmod>{lastmod.isoformat()}</lastmod>"
                    f"</sitemap>" for url, lastmod in children)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{SITEMAP_NS}">{items}</sitemapindex>'


def urlset(urls: list[tuple[str, datetime | None]]) -> str:
    items = "".join(f"<url><loc>{url}</loc>"
                    + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
                    + "<changefreq>daily</changefreq></url>" for url, lastmod in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{SITEMAP_NS}">{items}</urlset>'


def news_sitemap(publication: str, stories: list[Story]) -> str:
    items = "".join(
        f"<url><loc>{s.url}</loc><news:news><news:publication><news:name>{escape(publication)}"
        f"</news:name><news:language>vi</news:language></news:publication>"
        f"<news:publication_date>{s.published.isoformat()}</news:publication_date>"
        f"<news:title>{escape(s.text.title)}</news:title></news:news></url>" for s in stories)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{SITEMAP_NS}" '
            f'xmlns:news="{NEWS_NS}">{items}</urlset>')


def rss(title: str, link: str, stories: list[Story]) -> str:
    items = "".join(
        f"<item><title>{escape(s.text.title)}</title><description><![CDATA[<a href=\"{s.url}\">"
        f"<img width=130 height=100 src=\"https://cdn.{link.split('//')[1].rstrip('/')}/thumb.jpg\">"
        f"</a></br>{s.text.sapo or ''}]]></description>"
        f"<pubDate>{format_datetime(s.published)}</pubDate><link>{s.url}</link>"
        f"<guid>{s.url}</guid></item>" for s in stories)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>{link}</link>"
            f"<description>{escape(title)}</description>{items}</channel></rss>")


def robots(*sitemaps: str) -> str:
    return ("User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem/\n"
            + "".join(f"Sitemap: {url}\n" for url in sitemaps))


# ---- the four sites ----

def stories_for(host: str, url_of, sections: list[str], count: int, offset: int,
                start: datetime) -> list[Story]:
    pool = texts()
    stories = []
    for i in range(count):
        text = pool[(offset + i) % len(pool)]
        published = start + timedelta(days=3 * i, hours=i % 5)
        stories.append(Story(url=url_of(text, i, published), text=text, published=published,
                             section=sections[i % len(sections)]))
    return sorted(stories, key=lambda s: s.published, reverse=True)


def write_articles(w: SiteWriter, name: str, stories: list[Story], nav: str,
                   related: bool) -> None:
    for i, story in enumerate(stories):
        if related:
            others = [s for s in stories if s is not story][:2]
            block = ('<div class="related"><h3>Tin liên quan</h3><ul>'
                     + "".join(f'<li><a href="{s.url}">{escape(s.text.title)}</a></li>'
                               for s in others) + "</ul></div>")
        else:  # filled by a script, like the lists
            block = ('<div class="related" data-zone="related"></div>'
                     '<script>loadZone("related", "/api/related");</script>')
        w.write(story.url, article_page(name, story, nav, block))


def build_baonuimay(root: Path) -> SavedSite:
    host, name = "baonuimay.vn", "Báo Núi Mây"
    w = SiteWriter(root, host)
    sections = {"Thời sự": "/thoi-su/", "Kinh tế": "/kinh-te/"}
    nav = menu(sections)
    stories = stories_for(host, lambda t, i, d: w.url(f"/{slug(t.title)}-post{400100 + i}.html"),
                          list(sections), 10, 0, datetime(2025, 10, 17, 7, 30, tzinfo=VN_TZ))
    w.write(w.url("/robots.txt"), robots(w.url("/sitemaps/sitemap-index.xml")), "robots.txt")
    w.write(w.url("/"), scripted_page(name, name, nav, "home"))
    for section, path in sections.items():
        w.write(w.url(path), scripted_page(name, section, nav, slug(section)))
    by_month: dict[str, list[Story]] = {}
    for story in stories:
        by_month.setdefault(story.published.strftime("%Y-%m"), []).append(story)
    children = []
    for month, items in sorted(by_month.items()):
        xml = urlset([(s.url, s.published) for s in items])
        last = max(s.published for s in items)
        if month == max(by_month):  # the current month's sitemap is served gzipped
            url = w.url(f"/sitemaps/news-{month}.xml.gz")
            w.write(url, gzip.compress(xml.encode("utf-8"), mtime=0), "sitemap.xml.gz")
        else:
            url = w.url(f"/sitemaps/news-{month}.xml")
            w.write(url, xml, "sitemap.xml")
        children.append((url, last))
    categories = w.url("/sitemaps/categories.xml")
    w.write(categories, urlset([(w.url(p), None) for p in sections.values()]), "sitemap.xml")
    children.append((categories, datetime(2025, 1, 1, tzinfo=VN_TZ)))
    w.write(w.url("/sitemaps/sitemap-index.xml"), sitemap_index(children), "sitemap.xml")
    write_articles(w, name, stories, nav, related=False)
    return SavedSite("sitemap-index", host, root, stories,
                     only_via={"sitemap": [s.url for s in stories]})


def build_truyenhinhdongbang(root: Path) -> SavedSite:
    host, name = "truyenhinhdongbang.vn", "Truyền hình Đồng Bằng"
    w = SiteWriter(root, host)
    sections = {"Thời sự": "/thoi-su-28.html", "Xã hội": "/xa-hoi-29.html"}
    nav = menu(sections)
    stories = stories_for(host, lambda t, i, d: w.url(f"/{slug(t.title)}-ar{990100 + i}.html"),
                          list(sections), 8, 10, datetime(2025, 11, 1, 6, 0, tzinfo=VN_TZ))
    feed = w.url("/rss/trang-chu.rss")
    head = (f'<link rel="alternate" type="application/rss+xml" title="{escape(name)}" '
            f'href="{feed}">')
    w.write(w.url("/robots.txt"), robots(), "robots.txt")
    w.write(w.url("/"), scripted_page(name, name, nav, "home", head))
    for section, path in sections.items():
        w.write(w.url(path), scripted_page(name, section, nav, slug(section), head))
    w.write(feed, rss(f"{name} - Trang chủ", w.url("/"), stories), "home.rss")
    write_articles(w, name, stories, nav, related=False)
    return SavedSite("rss", host, root, stories, only_via={"feeds": [s.url for s in stories]})


def build_baosongxanh(root: Path) -> SavedSite:
    host, name = "baosongxanh.vn", "Báo Sông Xanh"
    w = SiteWriter(root, host)
    sections = {"Thời sự": "/thoi-su.htm", "Kinh tế": "/kinh-te.htm", "Video": "/video.htm"}
    nav = menu(sections)

    def url_of(text: Text, i: int, published: datetime) -> str:
        return w.url(f"/{slug(text.title)}-{published.strftime('%Y%m%d%H%M%S')}{100 + i}.htm")

    stories = stories_for(host, url_of, list(sections), 12, 18,
                          datetime(2025, 11, 3, 8, 15, tzinfo=VN_TZ))
    w.write(w.url("/robots.txt"), robots(w.url("/news-sitemap.xml")), "robots.txt")
    w.write(w.url("/news-sitemap.xml"), news_sitemap(name, stories), "sitemap.xml")
    listed = [s for s in stories if s.section != "Video"]
    w.write(w.url("/"), listing_page(name, name, listed[:4], nav))
    for section, path in sections.items():
        if section == "Video":  # the video section's list is filled by a script
            w.write(w.url(path), scripted_page(name, section, nav, "video"))
            continue
        items = [s for s in listed if s.section == section]
        pages = [items[i:i + 3] for i in range(0, len(items), 3)]
        for number, chunk in enumerate(pages, start=1):
            url = w.url(path if number == 1 else path.replace(".htm", f"/trang-{number}.htm"))
            following = path.replace(".htm", f"/trang-{number + 1}.htm") \
                if number < len(pages) else None
            w.write(url, listing_page(name, section, chunk, nav, following, number))
    write_articles(w, name, stories, nav, related=True)
    return SavedSite("news-sitemap", host, root, stories,
                     only_via={"news_sitemap": [s.url for s in stories if s.section == "Video"]})


def build_baodoiche(root: Path, count: int = 12, per_page: int = 2) -> SavedSite:
    host, name = "baodoiche.vn", "Báo Đồi Chè"
    w = SiteWriter(root, host)
    sections = {"Thời sự": "/thoi-su/", "Kinh tế": "/kinh-te/"}
    nav = menu(sections)
    stories = stories_for(host, lambda t, i, d: w.url(f"/{slug(t.title)}-a{196100 + i}.html"),
                          list(sections), count, 30, datetime(2025, 10, 20, 9, 0, tzinfo=VN_TZ))
    w.write(w.url("/robots.txt"), robots(), "robots.txt")
    w.write(w.url("/"), listing_page(name, name, stories[:4], nav))
    for section, path in sections.items():
        items = [s for s in stories if s.section == section]
        pages = [items[i:i + per_page] for i in range(0, len(items), per_page)]
        for number, chunk in enumerate(pages, start=1):
            url = w.url(path if number == 1 else f"{path}?page={number}")
            following = f"{path}?page={number + 1}" if number < len(pages) else None
            w.write(url, listing_page(name, section, chunk, nav, following, number))
    write_articles(w, name, stories, nav, related=True)
    return SavedSite("listings", host, root, stories)


BUILDERS = {"sitemap-index": build_baonuimay, "rss": build_truyenhinhdongbang,
            "news-sitemap": build_baosongxanh, "listings": build_baodoiche}


def build_site(kind: str, root: Path, **options: int) -> SavedSite:
    """Write the saved site of this kind under ``root`` (a new folder)."""
    root.mkdir(parents=True)
    site = BUILDERS[kind](root, **options)
    (root / "README.md").write_text(
        f"# {site.host}: a reconstructed site ({kind})\n\nWritten by tests/savedsites.py: an "
        f"invented host whose sitemap/feed/URL shapes are modelled on real Vietnamese news "
        f"sites, with fixture article texts. Not a capture of any real site.\n",
        encoding="utf-8")
    return site


def case_of(root: Path, url: str) -> Path:
    """The folder of the saved case served at ``url``."""
    for meta_path in root.rglob("meta.json"):
        if json.loads(meta_path.read_text(encoding="utf-8"))["url"] == url:
            return meta_path.parent
    raise KeyError(url)


def set_fault(root: Path, url: str, fault: dict | None) -> None:
    """Make the saved page at ``url`` misbehave (crawler.crawling.replay faults), or stop."""
    meta_path = case_of(root, url) / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["fault"] = fault
    meta_path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def write_profile(sites_dir: Path, name: str, **fields: object) -> Path:
    """A hand-written profile file (as `vnnews add-site` writes them) in ``sites_dir``."""
    sites_dir.mkdir(parents=True, exist_ok=True)
    args = "".join(f"    {key}={value!r},\n" for key, value in fields.items())
    path = sites_dir / f"{name}.py"
    path.write_text(f"from crawler.sites import Profile\n\nPROFILE = Profile(\n"
                    f"    name={name!r},\n{args})\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("saved-sites")
    for kind, builder in BUILDERS.items():
        site = build_site(kind, out / builder.__name__.removeprefix("build_"))
        print(f"{site.root}: https://{site.host}/ ({kind}, {len(site.stories)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
