import pytest

from crawler.normalize.urls import absolute_url, canonical_url, plain_words, slug_words, spells_slug, strip_tracking


@pytest.mark.parametrize("url, expected", [
    ("https://thaibinhtv.vn/a-1.html?utm_source=fb&utm_medium=cpc", "https://thaibinhtv.vn/a-1.html"),
    ("https://thaibinhtv.vn/a-1.html?fbclid=IwAR0x#comments", "https://thaibinhtv.vn/a-1.html"),
    ("https://thaibinhtv.vn/a-1.html?id=5&zarsrc=30&gidzl=abc", "https://thaibinhtv.vn/a-1.html?id=5"),
    ("https://ThaiBinhTV.vn/a-1.html?page=2", "https://thaibinhtv.vn/a-1.html?page=2"),
    ("https://thaibinhtv.vn/tim-kiem?q=%C4%91%E1%BA%A3ng", "https://thaibinhtv.vn/tim-kiem?q=%C4%91%E1%BA%A3ng"),
])
def test_strip_tracking(url, expected):
    assert strip_tracking(url) == expected


@pytest.mark.parametrize("fetched, canonical, expected", [
    ("https://thaibinhtv.vn/a-1.html?utm_source=x", None, "https://thaibinhtv.vn/a-1.html"),
    ("https://thaibinhtv.vn/a-1.html", "/tin-tuc/a-1.html", "https://thaibinhtv.vn/tin-tuc/a-1.html"),
    ("https://www.thaibinhtv.vn/a-1.html", "https://thaibinhtv.vn/a-1.html", "https://thaibinhtv.vn/a-1.html"),
    # A canonical pointing at another site (syndication) is not this page's address here.
    ("https://baothaibinh.com.vn/a-1.html", "https://baochinhphu.vn/x-2.htm", "https://baothaibinh.com.vn/a-1.html"),
    # A mobile or AMP view whose canonical is the desktop page (heldout4 class: m.vovworld.vn,
    # amp.laodong.vn; addresses written anew): one article, one address.
    ("https://m.baotinh.vn/xa-hoi/a-1.htm", "https://baotinh.vn/xa-hoi/a-1.htm", "https://baotinh.vn/xa-hoi/a-1.htm"),
    ("https://amp.baotinh.vn/xa-hoi/a-1.htm", "https://baotinh.vn/xa-hoi/a-1.htm", "https://baotinh.vn/xa-hoi/a-1.htm"),
    # Another subdomain of the same paper is another site (a special edition's own pages).
    ("https://dantoc.baotinh.vn/a-1.htm", "https://baotinh.vn/a-1.htm", "https://dantoc.baotinh.vn/a-1.htm"),
])
def test_canonical_url(fetched, canonical, expected):
    assert canonical_url(fetched, canonical) == expected


def test_a_mobile_view_is_named_by_the_desktop_host() -> None:
    from crawler.extract import extract_article
    html = ("<html><head><meta charset='utf-8'><link rel='canonical' href='https://baotinh.vn/xa-hoi/a-1.htm'>"
            "</head><body><h1>Hội nghị tổng kết công tác năm 2025</h1><p>" + "Nội dung bài viết. " * 30
            + "</p></body></html>")
    article = extract_article(html.encode(), "https://m.baotinh.vn/xa-hoi/a-1.htm",
                              fetched_at="2026-02-01T00:00:00Z")
    assert (article.url, article.site) == ("https://baotinh.vn/xa-hoi/a-1.htm", "baotinh.vn")


@pytest.mark.parametrize("href, expected", [
    ("/tin-tuc/a.html", "https://thaibinhtv.vn/tin-tuc/a.html"),
    ("javascript:void(0)", None), ("#", None), ("", None), (None, None),
    ("mailto:toasoan@thaibinhtv.vn", None),
])
def test_absolute_url(href, expected):
    assert absolute_url(href, "https://thaibinhtv.vn/x/y.html") == expected


@pytest.mark.parametrize("url, heading, spelled", [
    # The slug's words with the CMS's ids around them, or a year the headline ends on.
    ("https://x.gov.vn/-/view_content/7012345-le-mung-tho-nguoi-cao-tuoi-2020.html",
     "Lễ mừng thọ người cao tuổi 2020", True),
    ("https://bao.vn/u17-nu-viet-nam-vao-chung-ket-d412345.html", "U17 nữ Việt Nam vào chung kết", True),
    ("https://bao.vn/tin/dong-thap-don-bang-khen-post991122.html", "Đồng Tháp đón bằng khen", True),
    # A slug cut at a length: the heading goes on past it.
    ("https://bao.vn/huyen-phat-trien-cay-an-qua-chat-luong.html",
     "Huyện phát triển cây ăn quả chất lượng cao", True),
    # Part of the slug is another headline, not this one; a short slug names nothing.
    ("https://bao.vn/huyen-phat-trien-cay-an-qua-chat-luong-cao.html", "Cây ăn quả chất lượng cao", False),
    ("https://bao.vn/tin-tuc/tin-su-kien.html", "Tin sự kiện", False),
    ("https://bao.vn/news.aspx?id=123", "Huyện phát triển cây ăn quả", False),
])
def test_a_heading_spells_the_address_s_slug(url: str, heading: str, spelled: bool) -> None:
    assert spells_slug(plain_words(heading), slug_words(url)) is spelled
