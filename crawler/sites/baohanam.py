"""Báo Hà Nam (baohanam.com.vn), the provincial Party newspaper of Hà Nam.

An old table-layout CMS: nested ``<table>``s, ``<font>`` and ``<td class=...>`` cells named in
Vietnamese (``tieude_ct``, ``trichdan_ct``, ``noidung_ct``), photos framed in small tables with
a ``chuthich`` caption cell.  Article pages declare no charset anywhere (UTF-8 bytes, header
"text/html").  The byline is a right-aligned bold line at the end of the text, not an element
of its own, so the body rules find it.
"""

from crawler.sites import FieldSelectors, Profile

PROFILE = Profile(
    name="baohanam",
    description="Báo Hà Nam, provincial Party newspaper (table-layout CMS, no charset)",
    verified=True,  # tests/fixtures/baohanam/real_urls.txt
    domains=("baohanam.com.vn",),
    start_urls=("https://baohanam.com.vn/kinh-te/",),
    # /<section>/[<subsection>/]<slug>-<numeric id>.html, and the AMP view /amp.aspx?itemid=<id>
    # of the same articles (both real: tests/fixtures/baohanam/real_urls.txt)
    article_url=(r"^https?://(?:www\.)?baohanam\.com\.vn/(?:(?:[a-z0-9-]+/){1,2}[a-z0-9-]+-\d{4,}"
                 r"\.html|amp\.aspx\?itemid=\d+)$"),
    listing_links="table.tbl_dstin td.tieude_ds a.tieude::attr(href)",
    next_page="td.phantrang a.trangsau::attr(href)",
    listing_item_time="table.tbl_dstin td.tieude_ds font.ngay",
    fields=FieldSelectors(
        title="td.tieude_ct",
        published="td.thongtin_ct font.ngaydang",
        views="td.thongtin_ct font.luotxem",
        sapo="td.trichdan_ct",
        body="td.noidung_ct",
        category="td.duongdan a:last-of-type",
        tags="td.tukhoa_ct a",
        related="table.tinkhac td.tinkhac_item",
    ),
)
