"""Báo Lạng Sơn (baolangson.vn): a WordPress site (Yoast SEO, Jetpack, YARPP, Ad Inserter)."""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="baolangson",
    description="Báo Lạng Sơn, provincial Party paper (WordPress)",
    domains=("baolangson.vn",),
    start_urls=("https://baolangson.vn/category/kinh-te/",),
    # WordPress "day and name" permalinks: /<yyyy>/<mm>/<dd>/<post-slug>/
    article_url=r"^https?://(?:www\.)?baolangson\.vn/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/?$",
    listing_links="main#main article.post h2.entry-title a::attr(href)",
    next_page="main#main .nav-links a.next::attr(href)",
    listing_item_time="main#main article.post time.entry-date",
    fields=FieldSelectors(
        title="article.post h1.entry-title",
        published="article.post .entry-meta time.published",
        views="article.post .entry-meta .post-views",
        # The lead is the first paragraph of the post, set in bold by the editors.
        sapo="article.post .entry-content > p:first-of-type",
        body="article.post .entry-content",
        # Yoast breadcrumb: Trang chủ » <section> [» <subsection>] » <headline, not a link>
        category="#breadcrumbs span:nth-last-child(2) > a",
        tags="article.post .tags-links a[rel~=tag]",
        related=".yarpp-related li",
        body_exclude=(".sharedaddy", ".yarpp-related", ".code-block"),
    ),
)
