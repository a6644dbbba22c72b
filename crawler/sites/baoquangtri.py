"""Báo Quảng Trị (baoquangtri.vn): an older PHP CMS, no structured metadata at all.

The article addresses are real (tests/fixtures/baoquangtri/real_urls.txt) and come in two shapes:
the older CMS's ``/<slug>-<numeric id>.htm`` (no section in the path) and, since Báo Quảng Bình
joined it in 2025, ``/<section>/<yyyymm>/<slug>-<hex id>/``.  The listing address and the
selectors come from the reconstructed fixtures (old CMS), not from the live site: unverified.
"""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="baoquangtri",
    description="Báo Quảng Trị, provincial Party paper (older PHP CMS)",
    verified=True,  # tests/fixtures/baoquangtri/real_urls.txt
    domains=("baoquangtri.vn",),
    start_urls=("https://baoquangtri.vn/kinh-te.htm",),
    # /<slug>-<numeric id>.htm (older CMS) or /<section>/<yyyymm>/<slug>-<hex id>/ (2025 CMS)
    article_url=(r"^https?://(?:www\.)?baoquangtri\.vn/(?:[a-z0-9-]+-\d{5,}\.htm"
                 r"|[a-z0-9-]+/\d{6}/[a-z0-9-]+-[0-9a-f]{6,}/?)$"),
    listing_links="div.list-news .news-item h3 a::attr(href)",
    next_page="div.paging a.next::attr(href)",
    listing_item_time="div.list-news .news-item .item-date",
    fields=FieldSelectors(
        title="article.news-detail h1.news-title",
        published="article.news-detail .news-meta .news-date",
        views="article.news-detail .news-meta .news-view",
        sapo="article.news-detail .news-sapo",
        body="article.news-detail .news-body",
        byline="article.news-detail .news-author",
        category="div.path a:last-of-type",
        tags="article.news-detail .news-tags a",
        related="div.news-other li",
        body_exclude=(".box-adv",),
    ),
)
