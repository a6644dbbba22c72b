"""Báo Bình Thuận (baobinhthuan.com.vn): a modern portal (BEM markup, lazy images, OpenGraph)."""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="baobinhthuan",
    description="Báo Bình Thuận, provincial Party paper (modern portal)",
    verified=True,  # tests/fixtures/baobinhthuan/real_urls.txt
    domains=("baobinhthuan.com.vn",),
    start_urls=("https://baobinhthuan.com.vn/kinh-te",),
    # /<slug>-<numeric id>.html
    article_url=r"^https?://(?:www\.)?baobinhthuan\.com\.vn/[a-z0-9-]+-\d{5,}\.html$",
    listing_links=".c-category__list .c-news-card__title a::attr(href)",
    next_page=".c-pagination a.c-pagination__link--next::attr(href)",
    listing_item_time=".c-category__list .c-news-card__time",
    fields=FieldSelectors(
        title="h1.c-detail__title",
        published=".c-detail__meta .c-detail__time",
        views=".c-detail__meta .c-detail__views",
        sapo=".c-detail__sapo",
        body=".c-detail__content",
        byline=".c-detail__author",
        category=".c-breadcrumb .c-breadcrumb__item:last-child a",
        tags=".c-detail__tags a.c-tag",
        related=".c-related .c-related__item",
        body_exclude=(".c-ads",),
    ),
)
