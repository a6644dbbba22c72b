"""Discovery: sitemaps, feeds and listings parsed on their own, then each source finding, on a
saved site served by the replay server, articles that no listing page links."""

from __future__ import annotations

import gzip
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import query, run_vnnews
from savedsites import build_site, case_of, write_profile
from crawler.discovery.feeds import declared_feeds, linked_feeds, parse_feed
from crawler.discovery.listings import find_next_page
from crawler.discovery.sitemaps import parse_sitemap, sitemaps_in_robots

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


# ---- parsing, pure ----

def test_a_sitemap_index_and_its_dates():
    xml = (f'<sitemapindex {NS}><sitemap><loc>https://plo.vn/sitemaps/news-2025-01.xml</loc>'
           f'<lastmod>2025-01-31T23:00:00+07:00</lastmod></sitemap><sitemap>'
           f'<loc>/sitemaps/news-2025-02.xml.gz</loc></sitemap></sitemapindex>').encode()
    parsed = parse_sitemap(xml, "https://plo.vn/sitemaps/index.xml")
    assert parsed.is_index and not parsed.is_urlset
    assert [e.url for e in parsed.entries] == ["https://plo.vn/sitemaps/news-2025-01.xml",
                                               "https://plo.vn/sitemaps/news-2025-02.xml.gz"]
    assert parsed.entries[0].lastmod.isoformat() == "2025-01-31T23:00:00+07:00"
    assert parsed.entries[1].lastmod is None


def test_a_gzipped_sitemap_is_unpacked():
    xml = f'<urlset {NS}><url><loc>https://a.vn/x-post1.html</loc></url></urlset>'.encode()
    parsed = parse_sitemap(gzip.compress(xml), "https://a.vn/sitemap.xml.gz")
    assert parsed.is_urlset and [e.url for e in parsed.entries] == ["https://a.vn/x-post1.html"]


def test_a_google_news_sitemap_gives_publication_date_and_title():
    xml = (f'<urlset {NS} xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
           f'<loc>https://tuoitre.vn/mua-lu-20251120083000123.htm</loc>'
           f'<lastmod>2025-11-21</lastmod><news:news><news:publication><news:name>Tuổi Trẻ'
           f'</news:name><news:language>vi</news:language></news:publication>'
           f'<news:publication_date>2025-11-20T08:30:00+07:00</news:publication_date>'
           f'<news:title>Mưa lũ ở miền Trung</news:title></news:news></url></urlset>').encode()
    parsed = parse_sitemap(xml)
    entry = parsed.entries[0]
    assert parsed.is_news
    assert entry.news_title == "Mưa lũ ở miền Trung"  # not the publication's name
    assert entry.date.isoformat() == "2025-11-20T08:30:00+07:00"  # publication beats lastmod


@pytest.mark.parametrize("body", [b"", b"<html><body>404 Not Found</body></html>",
                                  b"\x1f\x8b\x08garbage", b"not xml at all"])
def test_what_is_not_a_sitemap_gives_no_entries(body):
    parsed = parse_sitemap(body, "https://a.vn/sitemap.xml")
    assert not parsed.is_index and not parsed.is_urlset and parsed.entries == []


def test_sitemaps_named_in_robots_txt():
    robots = (b"User-agent: *\nDisallow: /admin/\nSitemap: https://a.vn/sitemap-index.xml\n"
              b"sitemap: /news-sitemap.xml\nSitemap: https://a.vn/sitemap-index.xml\n")
    assert sitemaps_in_robots(robots, "https://a.vn/robots.txt") == [
        "https://a.vn/sitemap-index.xml", "https://a.vn/news-sitemap.xml"]


def test_an_atom_feed_and_a_vietnamese_date_feedparser_cannot_read():
    atom = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Báo</title><entry><title>Một'
            '</title><link href="https://a.vn/mot-ar1.html"/><updated>2025-11-20T01:00:00Z'
            '</updated></entry></feed>').encode()
    entry = parse_feed(atom, "https://a.vn/rss/home.atom").entries[0]
    assert entry.url == "https://a.vn/mot-ar1.html"
    assert entry.published.isoformat() == "2025-11-20T08:00:00+07:00"
    rss = ('<rss version="2.0"><channel><title>x</title><item><title>Hai</title>'
           '<link>https://a.vn/hai-ar2.html</link><pubDate>28/05/2020 10:10:03</pubDate>'
           '</item></channel></rss>').encode()
    assert parse_feed(rss).entries[0].published.isoformat() == "2020-05-28T10:10:03+07:00"
    assert not parse_feed("<html><body>Trang chủ</body></html>".encode()).ok


def test_feeds_declared_in_the_head_and_linked_in_the_body():
    html = ('<html><head><link rel="alternate" type="application/rss+xml" href="/rss/home.rss">'
            '<link rel="alternate" hreflang="en" href="https://a.vn/en/">'
            '<link rel="alternate" type="application/atom+xml" href="https://a.vn/atom.xml">'
            '</head><body><a href="/rss/cate/thoi-su/">RSS Thời sự</a><a href="/main-rss.html">'
            'RSS</a><a href="https://other.vn/feed.rss">x</a><a href="/thoi-su/">Thời sự</a>'
            '</body></html>').encode()
    assert declared_feeds(html, "https://a.vn/") == ["https://a.vn/rss/home.rss",
                                                     "https://a.vn/atom.xml"]
    assert linked_feeds(html, "https://a.vn/") == (["https://a.vn/rss/cate/thoi-su/"],
                                                   ["https://a.vn/main-rss.html"])


@pytest.mark.parametrize("html, url, expected", [
    ('<head><link rel="next" href="/p/2"></head>', "https://a.vn/p/1", "https://a.vn/p/2"),
    ('<ul class="pager"><li class="next"><a href="?trang=3">›</a></li></ul>',
     "https://a.vn/x/?trang=2", "https://a.vn/x/?trang=3"),
    ('<div class="phantrang"><a href="/x/1">1</a><b>2</b><a href="/x/3">3</a></div>',
     "https://a.vn/x/2", "https://a.vn/x/3"),
    ('<a href="https://other.vn/x/2">Trang sau</a>', "https://a.vn/x/1", None),
    ('<div class="pagination"><span class="active">3</span></div>', "https://a.vn/x/3", None),
    ('<p><a href="/tin-tuc/">Tin tức</a> <a href="/lien-he">Liên hệ</a></p>',
     "https://a.vn/", None),
])
def test_the_next_page_of_a_listing_without_selectors(html, url, expected):
    assert find_next_page(html, url) == expected


@pytest.mark.parametrize("url, item", [
    ("https://znews.vn/gia-vang-the-gioi-cao-nhat-post1613516.html", True),
    ("http://tuoitre.vn/tin/the-gioi/20150323/chay-toa-nha-quoc-hoi-an-do/724091.html", True),
    ("http://dantri.com.vn/video-10497/man-ra-mat-cua-gareth-bale.htm", True),
    ("https://baolangson.vn/2024/05/12/mua-vai-thieu/", True),
    ("https://vtcnews.vn/thoi-su-quoc-te-53.html", False),
    ("https://baocantho.com.vn/thoi-su/", False),
    ("https://znews.vn/kinh-doanh-tai-chinh/trang2.html", False),
    ("https://baodoiche.vn/thoi-su/?page=2", False),
])
def test_addresses_that_name_one_item(url, item):
    from crawler.discovery.patterns import item_like
    assert item_like(url) is item


@pytest.mark.parametrize("url", ["http://tuoitre.vn/chu-de/chuyen-tu-te/94447.html",
                                 "https://dantri.com.vn/event/ky-thi-thpt-2019-3673.htm",
                                 "https://e.vnexpress.net/long-thanh-airport/topic-26459.html",
                                 "https://a.vn/tag/lua-xuan.html", "https://a.vn/tac-gia/minh-thu"])
def test_tag_topic_and_author_pages_by_their_path_words(url):
    from crawler.discovery.patterns import is_collection
    assert is_collection(url)


def test_a_pattern_from_urls_of_one_shape_accepts_them_and_rejects_other_shapes():
    from crawler.discovery.patterns import cluster, pattern_of

    urls = ["https://baonuimay.vn/mua-vang-tren-ruong-bac-thang-post400101.html",
            "https://baonuimay.vn/dong-ha-cho-phien-nong-san-post400102.html",
            "https://baonuimay.vn/thoi-su/", "https://baonuimay.vn/kinh-te/"]
    groups = cluster(urls)
    assert len(groups) == 2
    pattern = re.compile(pattern_of(groups[("S-postN4.html",)]))
    assert all(pattern.search(u) for u in urls[:2])
    assert not any(pattern.search(u) for u in urls[2:])
    assert pattern.search("https://www.baonuimay.vn/bai-moi-post400999.html")


def test_a_profile_names_only_known_discovery_sources():
    from crawler.discovery import SOURCES
    from crawler.sites import DISCOVERY_SOURCES, Profile

    assert DISCOVERY_SOURCES == SOURCES
    with pytest.raises(ValueError, match="unknown discovery sources"):
        Profile(name="x", domains=("x.vn",), start_urls=("https://x.vn/",), article_url=".",
                discovery=("sitemaps",))


# ---- the replay server serves what discovery reads ----

def test_the_replay_server_serves_robots_sitemaps_and_feeds_with_their_types(tmp_path):
    import urllib.request

    from crawler.crawling.replay import ReplayServer, load_saved_pages

    site = build_site("sitemap-index", tmp_path / "site")
    build_site("rss", tmp_path / "rss")
    pages = load_saved_pages(tmp_path)
    with ReplayServer(pages) as server:
        def get(path: str) -> tuple[str, bytes]:
            with urllib.request.urlopen(server.url + path, timeout=10) as response:
                return response.headers["Content-Type"], response.read()

        kind, body = get("/robots.txt")
        assert kind.startswith("text/plain") and b"Sitemap:" in body
        kind, body = get("/sitemaps/sitemap-index.xml")
        assert kind.startswith("application/xml") and b"<sitemapindex" in body
        gz = next(u for u in site_urls(site.root) if u.endswith(".xml.gz"))
        kind, body = get(gz.split(site.host, 1)[1])
        assert kind == "application/x-gzip" and gzip.decompress(body).startswith(b"<?xml")
        kind, body = get("/rss/trang-chu.rss")
        assert kind.startswith("application/rss+xml") and b"<rss" in body


@pytest.mark.parametrize("name", ["../page.html", "/etc/passwd", "..", "a/b.html", "a\\b.html"])
def test_a_case_cannot_name_a_file_outside_its_folder(tmp_path, name):
    from crawler.crawling.replay import load_saved_pages

    case = tmp_path / "case"
    case.mkdir()
    (case / "meta.json").write_text(json.dumps({"url": "https://a.vn/", "file": name}))
    with pytest.raises(ValueError, match="must name a file beside meta.json"):
        load_saved_pages(tmp_path)


# ---- each source finds what no listing page links (replayed crawls) ----

def site_urls(root: Path) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["url"] for p in root.rglob("meta.json")]


def html_pages(root: Path) -> list[str]:
    """Every HTML page of a saved site that is not an article: home and listing pages."""
    pages = []
    for meta_path in root.rglob("meta.json"):
        page = meta_path.with_name("page.html")
        if page.exists() and 'property="og:type" content="article"' not in page.read_text("utf-8"):
            pages.append(page.read_text(encoding="utf-8"))
    return pages


def assert_no_listing_links(root: Path, urls: list[str]) -> None:
    listings = html_pages(root)
    assert listings
    for url in urls:
        assert not any(url in html for html in listings), url


def crawl(*args: str):
    return run_vnnews("crawl", *args, timeout=300)


def last_run(db: Path) -> dict:
    return json.loads(query(db, "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1")[0][0])


def archived(db: Path) -> list[str]:
    return sorted(u for (u,) in query(db, "SELECT url FROM articles"))


def crawled_from_home(tmp_path: Path, shape: str):
    """A saved site whose pages link no article, crawled with --start-url HOME: every article
    is archived.  The site and the run's discovery sources."""
    site = build_site(shape, tmp_path / "site")
    assert_no_listing_links(site.root, site.articles)
    db = tmp_path / "x.db"
    run = crawl("--start-url", site.home, "--replay", str(site.root), "--db", str(db))
    assert run.returncode == 0, run.stdout + run.stderr
    assert archived(db) == sorted(site.articles)
    return site, last_run(db)["sources"]


def test_a_scripted_site_is_crawled_completely_through_its_robots_sitemap_index(tmp_path):
    site, sources = crawled_from_home(tmp_path, "sitemap-index")
    assert sources["robots"]["sitemaps"] == 1
    # Every article is new through the sitemap; the two section pages its categories file
    # lists are credited to the sitemap or to the home page's links, whichever is read
    # first (pages are read by an extraction worker, in the order they come back).
    assert len(site.articles) <= sources["sitemap"]["new"] <= len(site.articles) + 2
    assert sources["sitemap"]["files"] == 3  # two monthly sitemaps (one gzipped), categories

    # Without the Sitemap line (and no /sitemap.xml) nothing leads to the articles.
    control = tmp_path / "control"
    build_site("sitemap-index", control)
    (case_of(control, "https://baonuimay.vn/robots.txt") / "robots.txt").write_text(
        "User-agent: *\nDisallow: /admin/\n")
    run = crawl("--start-url", site.home, "--replay", str(control), "--db",
                str(tmp_path / "c.db"))
    assert run.returncode == 1 and "no article links" in run.stderr
    assert archived(tmp_path / "c.db") == []


def test_since_prunes_old_sitemaps_and_unchanged_ones_are_not_fetched_again(tmp_path):
    site = build_site("sitemap-index", tmp_path / "site")
    db = tmp_path / "x.db"
    args = ("--start-url", site.home, "--replay", str(site.root), "--db", str(db), "-q")
    assert crawl(*args, "--since", "2025-11-01").returncode == 0
    november = sorted(s.url for s in site.stories if s.published.month == 11)
    assert 0 < len(november) < len(site.stories)
    assert archived(db) == november
    first = last_run(db)
    # the October sitemap and the categories' (lastmod before --since) were not even fetched
    assert first["sources"]["sitemap"]["pruned_older_than_since"] == 2
    assert first["sources"]["sitemap"]["fetched"] == 2  # the index, November's

    assert crawl(*args).returncode == 0  # no --since: October is read now
    assert archived(db) == sorted(site.articles)
    third = crawl(*args)
    assert third.returncode == 0, third.stderr  # nothing new is healthy
    again = last_run(db)
    assert again["sources"]["sitemap"]["pruned_unchanged"] == 3
    assert again["sources"]["sitemap"]["fetched"] == 1  # the index only
    assert "vnnews/requested/new" not in again


def test_a_scripted_site_is_crawled_completely_through_the_feed_its_home_page_declares(tmp_path):
    site, sources = crawled_from_home(tmp_path, "rss")
    assert sources["feeds"]["declared"] == 1 and sources["feeds"]["new"] == len(site.articles)
    assert "new" not in sources.get("sitemap", {})


def test_feed_entries_dated_before_since_are_not_fetched(tmp_path):
    site = build_site("rss", tmp_path / "site")
    since = datetime(2025, 11, 10, tzinfo=timezone.utc)
    newer = sorted(s.url for s in site.stories if s.published >= since)
    assert 0 < len(newer) < len(site.stories)
    db = tmp_path / "x.db"
    run = crawl("--start-url", site.home, "--replay", str(site.root), "--db", str(db),
                "--since", "2025-11-10T07:00:00+07:00", "-q")
    assert run.returncode == 0, run.stderr
    assert archived(db) == newer
    stats = last_run(db)
    assert stats["sources"]["feeds"]["older_than_since"] == len(site.stories) - len(newer)
    assert stats["vnnews/requested/new"] == len(newer)  # the older ones were never requested


def test_a_google_news_sitemap_finds_the_articles_of_a_section_listed_by_script(tmp_path):
    site = build_site("news-sitemap", tmp_path / "site")
    only_news = site.only_via["news_sitemap"]
    assert only_news
    assert_no_listing_links(site.root, only_news)
    db = tmp_path / "x.db"
    run = crawl("--start-url", site.home, "--replay", str(site.root), "--db", str(db))
    assert run.returncode == 0, run.stdout + run.stderr
    assert archived(db) == sorted(site.articles)
    assert last_run(db)["sources"]["news_sitemap"]["found"] == len(site.articles)


def test_sitemap_xml_is_tried_when_robots_txt_names_none(tmp_path):
    site = build_site("listings", tmp_path / "site")
    extra = build_site("news-sitemap", tmp_path / "donor").stories[:2]
    # Two articles only the site's /sitemap.xml lists (copies of another site's pages).
    for i, story in enumerate(extra):
        url = f"https://{site.host}/bai-chi-co-trong-sitemap-a{900 + i}.html"
        source = case_of(tmp_path / "donor", story.url)
        html = (source / "page.html").read_text("utf-8").replace(story.url, url)
        target = site.root / f"extra-{i}"
        target.mkdir()
        (target / "page.html").write_text(html, encoding="utf-8")
        (target / "meta.json").write_text(json.dumps({"url": url}))
        extra[i] = url
    sitemap = site.root / "sitemap"
    sitemap.mkdir()
    (sitemap / "sitemap.xml").write_text(
        f'<urlset {NS}>' + "".join(f"<url><loc>{u}</loc></url>" for u in extra) + "</urlset>")
    (sitemap / "meta.json").write_text(json.dumps({"url": f"https://{site.host}/sitemap.xml",
                                                   "file": "sitemap.xml"}))
    assert_no_listing_links(site.root, extra)
    db = tmp_path / "x.db"
    run = crawl("--start-url", site.home, "--replay", str(site.root), "--db", str(db))
    assert run.returncode == 0, run.stdout + run.stderr
    assert set(extra) <= set(archived(db))
    assert last_run(db)["sources"]["sitemap"]["new"] == 2


def test_a_profile_lists_a_feed_the_home_page_does_not_declare_and_disables_the_rest(tmp_path):
    site = build_site("rss", tmp_path / "site")
    home = case_of(site.root, site.home) / "page.html"
    home.write_text(re.sub(r'<link rel="alternate"[^>]*>', "", home.read_text("utf-8")),
                    encoding="utf-8")
    sites_dir = tmp_path / "sites"
    write_profile(sites_dir, "dongbang", domains=(site.host,), start_urls=(site.home,),
                  article_url=r"^https://truyenhinhdongbang\.vn/[a-z0-9-]+-ar\d+\.html$",
                  feeds=(f"https://{site.host}/rss/trang-chu.rss",),
                  discovery=("feeds", "listings"))
    db = tmp_path / "x.db"
    run = run_vnnews("--sites-dir", str(sites_dir), "crawl", "dongbang", "--replay",
                     str(site.root), "--db", str(db))
    assert run.returncode == 0, run.stdout + run.stderr
    assert archived(db) == sorted(site.articles)
    stats = last_run(db)
    assert stats["sources"]["feeds"]["new"] == len(site.articles)
    # robots.txt and sitemaps are off for this profile: not fetched
    assert "robots" not in stats["sources"] and "sitemap" not in stats["sources"]


def test_a_profile_that_disables_the_news_sitemap_misses_what_only_it_lists(tmp_path):
    site = build_site("news-sitemap", tmp_path / "site")
    sites_dir = tmp_path / "sites"
    common = dict(domains=(site.host,), start_urls=(site.home, f"https://{site.host}/thoi-su.htm",
                                                    f"https://{site.host}/kinh-te.htm"),
                  article_url=r"^https://baosongxanh\.vn/[a-z0-9-]+-\d{17}\.htm$")
    write_profile(sites_dir, "songxanh", **common, discovery=("listings",))
    write_profile(sites_dir, "songxanh2", **common)
    for name in ("songxanh", "songxanh2"):
        run = run_vnnews("--sites-dir", str(sites_dir), "crawl", name, "--replay",
                         str(site.root), "--db", str(tmp_path / f"{name}.db"))
        assert run.returncode == 0, run.stdout + run.stderr
    only_news = set(site.only_via["news_sitemap"])
    assert only_news.isdisjoint(archived(tmp_path / "songxanh.db"))
    assert archived(tmp_path / "songxanh2.db") == sorted(site.articles)
