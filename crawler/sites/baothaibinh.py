"""Báo Thái Bình (baothaibinh.com.vn), the provincial Party newspaper of Thái Bình.

A modern CMS: semantic HTML5 (``<article>``, ``<time datetime>``, ``<figure>``), lazy images,
JSON-LD NewsArticle whose ``datePublished`` carries the seconds the printed line leaves out.
"""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="baothaibinh",
    description="Báo Thái Bình, provincial Party newspaper (HTML5 CMS with JSON-LD)",
    verified=True,  # tests/fixtures/baothaibinh/real_urls.txt
    domains=("baothaibinh.com.vn",),
    start_urls=("https://baothaibinh.com.vn/chuyen-muc/kinh-te",),
    # /tin-tuc/<category id>/<article id>/<slug> (no extension)
    article_url=r"^https?://(?:www\.)?baothaibinh\.com\.vn/tin-tuc/\d+/\d+/[a-z0-9-]+$",
    listing_links="section.category-news .story__title a::attr(href)",
    next_page="nav.pagination a[rel=next]::attr(href)",
    listing_item_time="section.category-news .story__time",
    fields=FieldSelectors(
        title="h1.article__title",
        # The printed "Thứ Tư, 18/09/2024 | 08:30" (published_raw); published_at takes the
        # JSON-LD datePublished of the same day, which has the seconds.
        published=".article__meta time.article__time",
        views=".article__meta .article__views",
        sapo=".article__sapo",
        body=".article__body",
        byline=".article__author",
        category="nav.breadcrumbs li:last-child a",
        tags=".article__tags a[rel=tag]",
        related="section.related-news article.story",
        body_exclude=(".article__body .ad-inread",),
    ),
)
