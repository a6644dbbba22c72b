"""Báo Quảng Trị (baoquangtri.vn): an older PHP CMS, no structured metadata at all."""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="baoquangtri",
    description="Báo Quảng Trị, provincial Party paper (older PHP CMS)",
    domains=("baoquangtri.vn",),
    start_urls=("https://baoquangtri.vn/kinh-te.htm",),
    # /<category>/<slug>-<numeric id>.htm
    article_url=r"^https?://(?:www\.)?baoquangtri\.vn/[a-z0-9-]+/[a-z0-9-]+-\d{5,}\.htm$",
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
