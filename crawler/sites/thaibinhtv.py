"""Thái Bình radio-TV portal (Đài Phát thanh và Truyền hình Thái Bình).

Since 17 March 2025 the station belongs to Báo Thái Bình, and since 1 July 2025 Thái Bình is part of
Hưng Yên (crawler/sites/provinces.toml); thaibinhtv.vn stays online as the station's archive.

Article addresses are real (tests/fixtures/thaibinhtv/real_urls.txt): the seed article is
``http://thunghiem.thaibinhtv.vn/news/59/54855/<slug>`` (the "thử nghiệm" trial host), later ones
``https://thaibinhtv.vn/news/0/72421/<slug>``.  The listing address and every selector come from
the reconstructed fixtures, not from the live site: unverified.
"""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="thaibinhtv",
    description="Thái Bình provincial radio-TV portal",
    verified=True,  # tests/fixtures/thaibinhtv/real_urls.txt
    domains=("thaibinhtv.vn",),
    start_urls=("https://thaibinhtv.vn/tin-tuc/thoi-su",),
    # /news/<category id>/<article id>/<slug>, on the main host or the trial host "thunghiem"
    article_url=r"^https?://(?:www\.|thunghiem\.)?thaibinhtv\.vn/news/\d+/\d+/[a-z0-9-]+/?$",
    listing_links="div.list-news .item a::attr(href)",
    next_page="div.pagination a.next::attr(href)",
    listing_item_time=".list-news .item .time",
    fields=FieldSelectors(
        title="h1.title-detail",
        published=".info-detail .time-detail",
        views=".info-detail .view-detail",
        sapo=".sapo-detail",
        body=".content-detail",
        category=".breadcrumb a:last-of-type",
        tags=".tags-detail a",
        related=".related-news .item",
        body_exclude=(".share-detail",),
    ),
)
