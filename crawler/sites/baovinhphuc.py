"""Báo Vĩnh Phúc (baovinhphuc.com.vn), the provincial Party newspaper of Vĩnh Phúc.

An ASP.NET WebForms CMS: div soup inside one ``<form id="aspnetForm">``, every field an
``asp:Label``/``asp:HyperLink`` with a ``ctl00_ContentPlaceHolder1_...`` id (no ``<h1>``),
OpenGraph tags only (no JSON-LD, no ``article:*`` times).  Some article pages are still served
in windows-1258 with decomposed tone marks; the extractor decodes them, the profile need not care.
"""

from crawler.sites import FieldSelectors, Profile

DETAIL = "#ctl00_ContentPlaceHolder1_ucNewsDetail"
LIST = "#ctl00_ContentPlaceHolder1_ucListNews"

PROFILE = Profile(
    name="baovinhphuc",
    description="Báo Vĩnh Phúc, provincial Party newspaper (ASP.NET CMS, OpenGraph only)",
    verified=False,  # no real address found: tests/fixtures/baovinhphuc/real_urls.txt
    domains=("baovinhphuc.com.vn",),
    start_urls=("https://baovinhphuc.com.vn/kinh-te.html",),
    # /<section>/<numeric id>/<slug>.html
    article_url=r"^https?://(?:www\.)?baovinhphuc\.com\.vn/[a-z0-9-]+/\d+/[a-z0-9-]+\.html$",
    listing_links=f"{LIST}_pnlList .news-item .news-title a::attr(href)",
    next_page=f"a{LIST}_lnkNext::attr(href)",
    listing_item_time=f"{LIST}_pnlList .news-item .news-date",
    fields=FieldSelectors(
        title=f"{DETAIL}_lblTitle",
        published=f"{DETAIL}_lblDate",
        views=f"{DETAIL}_lblView",
        sapo=f"{DETAIL}_lblSapo",
        body=f"{DETAIL}_divContent",
        byline=f"{DETAIL}_lblAuthor",
        category="#ctl00_ContentPlaceHolder1_ucPath_divPath a:last-of-type",
        tags=f"{DETAIL}_pnlTags a",
        related="#ctl00_ContentPlaceHolder1_ucRelated_pnlRelated li.rel-item",
        body_exclude=(f"{DETAIL}_divContent .addthis_toolbox",),
    ),
)
