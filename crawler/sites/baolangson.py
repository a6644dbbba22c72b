"""Báo Lạng Sơn (baolangson.vn).

The article address shape is real (tests/fixtures/baolangson/real_urls.txt): ``/<slug>-<numeric
id>.html``.  Everything else here (a WordPress theme with Yoast SEO, Jetpack, YARPP, Ad Inserter;
the ``/category/...`` listing) comes from the reconstructed fixtures, not from the live site:
unverified, and the real address shape suggests the live site is not WordPress at all.
"""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="baolangson",
    description="Báo Lạng Sơn, provincial Party paper (selectors of a WordPress reconstruction)",
    verified=True,  # tests/fixtures/baolangson/real_urls.txt
    domains=("baolangson.vn",),
    start_urls=("https://baolangson.vn/category/kinh-te/",),
    # /<slug>-<numeric id>.html
    article_url=r"^https?://(?:www\.)?baolangson\.vn/[a-z0-9-]+-\d{5,}\.html$",
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
