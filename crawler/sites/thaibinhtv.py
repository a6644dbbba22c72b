"""Thái Bình radio-TV portal (Đài Phát thanh và Truyền hình Thái Bình)."""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="thaibinhtv",
    description="Thái Bình provincial radio-TV portal",
    domains=("thaibinhtv.vn",),
    start_urls=("https://thaibinhtv.vn/tin-tuc/thoi-su",),
    # /tin-tuc/<category>/<slug>-<numeric id>.html
    article_url=r"^https?://(?:www\.)?thaibinhtv\.vn/tin-tuc/[\w-]+/[\w-]+-\d+\.html$",
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
