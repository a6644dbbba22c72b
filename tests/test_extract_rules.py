"""The generic extraction rules, one table row per shape a Vietnamese article page prints.

Each row is a small page built around one shape (a tag block, a related-story box, a lead, a
byline ...) in the markup real sites use for it; the rows name the real page or the class of
pages the shape was seen on.  Pages go through the generic path (no profile), as an unknown
site would.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article, read_page

URL = "https://baotinh.example.vn/thoi-su/hoi-nghi-tong-ket-nam-2025-post1234.html"
TEXT = ("<p>Sáng 9/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025 và "
        "triển khai nhiệm vụ năm 2026 với sự tham dự của lãnh đạo các sở, ngành.</p>"
        "<p>Năm 2025, tổng sản phẩm trên địa bàn tỉnh tăng 8,2%, thu ngân sách đạt hơn 12.000 "
        "tỷ đồng, vượt dự toán được giao; đời sống nhân dân tiếp tục được cải thiện.</p>"
        "<p>Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp, các ngành tập trung "
        "cải cách hành chính, thu hút đầu tư và chăm lo an sinh xã hội.</p>")


def article_dict(html: str, url: str = URL) -> dict:
    """The Article a page reads as, fetched at one fixed time."""
    return extract_article(html.encode(), url, fetched_at="2026-02-01T00:00:00Z").to_dict()


def article(body: str, head: str = "", before: str = "", after: str = "") -> dict:
    """A page with a headline, the article's text in a container, and ``after`` it."""
    html = (f"<html><head><meta charset='utf-8'>{head}</head><body>"
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1>{before}"
            f"<div class='detail-content'>{body}</div>{after}</body></html>")
    return article_dict(html)


TAGS = [
    # A "Từ khóa" label before tag-page links (baocantho, tuoitre).
    ("<div class='block_tag'><div class='txt_tag'>Từ khóa</div><a href='/tim-kiem/ngành Thanh tra.html'>"
     "ngành Thanh tra</a><a href='/tim-kiem/Phòng.html'>Phòng</a></div>", "",
     ["ngành Thanh tra", "Phòng"]),
    # The label's links go to ordinary site pages, with commas between them (cafebiz).
    ("<div class='tags'><span class='title'>Từ khóa:</span><span class='tags-item'>"
     "<a href='https://baotinh.example.vn/pham-kim-long.html'>phạm kim long</a>, "
     "<a href='https://baotinh.example.vn/unikey.html'>unikey</a></span></div>", "",
     ["phạm kim long", "unikey"]),
    # '#' before the tag (baolaocai); keywords meta with a trailing comma is ignored.
    ("<div class='article__tags'><h3><span>Từ khóa:</span></h3><div>"
     "<a href='/tu-khoa/thieu-ta-tag40212.html'>#Thiếu tá Đoàn Thị Hạnh</a></div></div>",
     "<meta name='keywords' content='Thiếu tá Đoàn Thị Hạnh,'>", ["Thiếu tá Đoàn Thị Hạnh"]),
    # No label: a tag-classed block of plain spans, a bold one and a link (znews).
    ("<p class='the-article-tags'><strong>giá vàng thế giới</strong>"
     "<a href='/tieu-diem/donald-trump.html'>Donald Trump</a><span>giá vàng</span>"
     "<span>kinh tế</span></p>", "",
     ["giá vàng thế giới", "Donald Trump", "giá vàng", "kinh tế"]),
    # No label: a list of links to topic pages (vtcnews' ul.keylink).
    ("<ul class='keylink'><li><div><a href='/tieu-diem/tphcm.html'>TP.HCM</a></div></li>"
     "<li><div><a href='/tieu-diem/cat-lai.html'>Cát Lái</a></div></li></ul>", "",
     ["TP.HCM", "Cát Lái"]),
    # Nothing printed: the declared article:tag list, split at commas (vnexpress).
    ("", "<meta property='article:tag' content='Kỳ họp thứ 6 Quốc hội khóa 15,Thuế thu nhập cá nhân,Tin nóng'>",
     ["Kỳ họp thứ 6 Quốc hội khóa 15", "Thuế thu nhập cá nhân", "Tin nóng"]),
    # One article:tag meta per tag, '#' and spaces cleaned.
    ("", "<meta property='article:tag' content='#lúa xuân '><meta property='article:tag' content='thủy lợi'>",
     ["lúa xuân", "thủy lợi"]),
    # The printed block beats the declared list.
    ("<div class='tags'>Tags: <a href='/tag/lua-xuan'>lúa xuân</a></div>",
     "<meta property='article:tag' content='nông nghiệp'>", ["lúa xuân"]),
    # keywords / news_keywords alone are not tags (tuoitre puts the description there).
    ("", "<meta name='keywords' content='TT - Trao đổi với Tuổi Trẻ, ông Hoàng Nam Sơn'>"
     "<meta name='news_keywords' content='thuế, giảm trừ gia cảnh'>", []),
    # An empty tag label followed by share links gives no tags.
    ("<div><div class='tags-detail'><span>Từ khóa</span></div><div class='share-detail'>"
     "<a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a>"
     "<a href='mailto:?subject=x'>Email</a><a class='share-print' href='/in-bai'>In bài</a></div></div>",
     "", []),
    # A site-wide tag cloud (too many items) is not the article's tags.
    ("<div class='tags'>" + "".join(f"<span>chủ đề {i}</span>" for i in range(40)) + "</div>", "", []),
    # ... nor is a short one: WordPress' tag cloud widget under its "Thẻ" heading (heldout40
    # class: a WordPress community site's sidebar; written anew), labelled like a tag block.
    ("<ul class='sidebar'><li class='widget-container widget_tag_cloud'><h3>Thẻ</h3><div "
     "class='tagcloud'><a href='/?tag=lua-xuan' class='tag-cloud-link'>lúa xuân</a> <a href="
     "'/?tag=thuy-loi' class='tag-cloud-link'>thủy lợi</a></div></li></ul>", "", []),
]


@pytest.mark.parametrize(("after", "head", "expected"), TAGS)
def test_tags(after: str, head: str, expected: list[str]) -> None:
    assert article(TEXT, head=head, after=after)["tags"] == expected


def story(n: int, words: str = "Tỉnh triển khai nhiều giải pháp phát triển kinh tế") -> str:
    return f"/thoi-su/bai-viet-so-{n}-post{n}.html", f"{words} số {n}"


def link(n: int, inner: str = "") -> str:
    href, title = story(n)
    return f"<a href='{href}'>{inner or title}</a>"


def titles(*numbers: int) -> list[str]:
    return [story(n)[1] for n in numbers]


RELATED = [
    # "Tin liên quan" heading, comment counters inside the links (tuoitre 2015).
    ("", f"<div class='right-side'><h2 class='title'>Tin liên quan</h2><ul>"
     f"<li>{link(1, story(1)[1] + '<span class=icon-comments><img src=cm.png>107</span>')}</li>"
     f"<li>{link(2, '<span>' + story(2)[1] + '</span><span>12</span>')}</li></ul>"
     f"<h2 class='title'>Tin đọc nhiều</h2><ul><li>{link(3)}</li><li>{link(4)}</li></ul></div>",
     titles(1, 2)),
    # The label is a link itself (tuoitre mobile, baolaocai, baocantho).
    ("", f"<div class='block'><h2><a href='javascript:void(0)'>Tin liên quan</a></h2>"
     f"<ul><li>{link(1)}</li><li>{link(2)}</li></ul></div>", titles(1, 2)),
    # Ranked labels: "Có thể bạn quan tâm" beats "Tin cùng chuyên mục"; "Đọc nhiều" never.
    ("", f"<aside><h3>Đọc nhiều</h3>{link(9)}</aside>"
     f"<section><h3><a href='/review/'>Có thể bạn quan tâm</a></h3><h2>{link(1)}</h2><h2>{link(2)}</h2></section>"
     f"<div><h3><a href='/review/'>Tin cùng chuyên mục</a></h3><h2>{link(3)}</h2></div>",
     titles(1, 2)),
    # Story cards inside the text: the card's heading is the title, not its teaser (znews).
    (f"<table class='article'><tr><td><a href='{story(1)[0]}'><h2 class='title'>{story(1)[1]}</h2>"
     "<p class='summary'>Trong phiên giao dịch chiều 22/12, giá vàng lập kỷ lục mới.</p>"
     "<p class='meta'>17 giờ trước</p></a></td></tr></table>", "", titles(1)),
    # A list hidden inside the text until a script shows it (vnexpress).
    (f"<ul class='list-news hidden'><li>{link(1)}<span class='meta-news'><a class='count_cmt' "
     f"href='{story(1)[0]}#box_comment'></a></span></li><li>{link(2)}</li></ul>", "", titles(1, 2)),
    # A "Xem thêm:" line in the text and the "Đọc thêm" block right under the article.
    (f"<p><a href='{story(1)[0]}'><strong>Xem thêm: {story(1)[1]}</strong></a></p>",
     f"<div class='readmore'><div class='rm-title'>Đọc thêm</div><ul><li>{link(2)}</li></ul></div>",
     titles(1, 2)),
    # A story box at the end of the text, and a "Đọc thêm" stream after other sections
    # of the page (cafebiz): the box only.
    (f"<div class='link-content-footer'>{link(1)}</div>",
     f"<div><h3>Nổi bật trang chủ</h3><p>{link(8)}</p></div>"
     f"<div class='tab'>Đọc thêm</div><ul><li>{link(2)}</li><li>{link(3)}</li></ul>",
     titles(1)),
    # Only site-wide lists: no related stories.
    ("", f"<aside><h3>Tin mới</h3><ul><li>{link(1)}</li></ul><h3>Xem nhiều</h3>"
     f"<ul><li>{link(2)}</li></ul></aside>", []),
    # "Cùng chuyên mục" alone, and a three-word headline to an article's address (heldout3
    # class, baogialai's box; written anew); "Đọc nhiều" beside it is not the article's.
    ("", "<section class='box-same'><h3 class='box-heading'>Cùng chuyên mục</h3>"
     "<div class='story'><a href='/mua-lua-chin-post302611.html'>Mùa lúa chín</a></div>"
     f"<div class='story'>{link(1)}</div></section><aside><h3>Đọc nhiều</h3>{link(2)}</aside>",
     ["Mùa lúa chín", story(1)[1]]),
    # A video page's "Video khác" list, a time after each link (heldout3 class, vnews).
    ("", f"<div class='video-related'><div class='head'>Video khác</div><div class='item'>{link(1)}"
     f"<span>26-05-2024, 11:02</span></div><div class='item'>{link(2)}<span>25-05-2024</span></div></div>",
     titles(1, 2)),
    # Three words to a section's address, or without a label, are not a story.
    ("<p><a href='/thoi-su/lua-xuan-post77881.html'>Mùa lúa chín</a></p>",
     "<div><h3>Tin liên quan</h3><ul><li><a href='/van-hoa/'>Tin văn hóa</a></li></ul></div>",
     []),
    # A labelled box in the middle of the text (a "TIN LIÊN QUAN" table beside the lead) is
    # one of the text's boxes, and the block right under the article is taken with it
    # (heldout4 class: baoquangngai's channel CMS; written anew).
    (f"<table class='box-lq' align='right'><tr><td><b>TIN LIÊN QUAN</b></td></tr>"
     f"<tr><td>{link(1)}</td></tr><tr><td>{link(2)}</td></tr></table>" + TEXT,
     f"<div class='other'><b>Các tin khác</b><ul><li>{link(3)}</li></ul></div>"
     f"<aside><h3>Tin mới</h3><ul><li>{link(4)}</li></ul></aside>", titles(1, 2, 3)),
    # A list of stories closing the text is a box of the text: the block right under the
    # article is taken with it (its label no longer stands for that block).
    (TEXT + f"<div class='lq'><h3>Tin liên quan</h3><ul><li>{link(1)}</li></ul></div>",
     f"<div class='other'><h3>Tin cùng chuyên mục</h3><ul><li>{link(2)}</li></ul></div>",
     titles(1, 2)),
    # A labelled table of links closing the text (no paragraph after it) is the best-labelled
    # block, not a box in the middle of the text: the section's list after it is not taken.
    (TEXT + f"<table class='lq'><tr><td><b>Tin liên quan</b></td></tr><tr><td>{link(1)}</td></tr>"
     f"<tr><td>{link(2)}</td></tr></table>",
     f"<div class='other'><h3>Tin cùng chuyên mục</h3><ul><li>{link(3)}</li></ul></div>",
     titles(1, 2)),
    # The other parts of a series (heldout4 class: baovinhlong).
    ("", f"<div class='series'><h4>Các bài trong loạt bài</h4><ul><li>{link(1)}</li>"
     f"<li>{link(2)}</li></ul></div><aside><h3>Đọc nhiều</h3><ul><li>{link(3)}</li></ul></aside>",
     titles(1, 2)),
    # "Các tin, bài đã đưa": the section's earlier stories (heldout4 class: baoyenbai).
    ("", f"<div class='box'><div class='title'>Các tin, bài đã đưa</div><ul><li>{link(1)} (29/9)</li>"
     f"<li>{link(2)} (25/9)</li></ul></div>", titles(1, 2)),
    # A longform page's "E-magazine khác", like a video page's "Video khác" (heldout4 class:
    # baotuyenquang's e-magazine).
    ("", f"<div class='emag-more'><h3>E-magazine khác</h3><ul><li>{link(1)}</li></ul></div>",
     titles(1)),
    # "Tin tức liên quan" (the label's "tin tức" form), beating a section list after it.
    ("", f"<div><h3>Tin tức liên quan</h3><ul><li>{link(1)}</li></ul></div>"
     f"<div><h3>Các tin đã đăng</h3><ul><li>{link(2)}</li></ul></div>", titles(1)),
    # A section's older stories: "Các tin cũ hơn", "Tin bài đã đăng".
    ("", f"<div><h3>Các tin cũ hơn</h3><ul><li>{link(1)}</li><li>{link(2)}</li></ul></div>",
     titles(1, 2)),
    # A genre's own related labels (heldout5 class: a video page's "Video liên quan", a photo
    # service's "Ảnh cùng chủ đề", a photo album's "Các Album đã đăng").
    ("", f"<div class='m-related'><h3>Video liên quan</h3>{link(1)}</div>", titles(1)),
    ("", f"<div class='same-cat'><h3>Ảnh cùng chủ đề</h3><ul><li>{link(1)}</li></ul></div>", titles(1)),
    ("", f"<div class='album-list'><div class='cat'>Các Album đã đăng</div>{link(1)}<br>{link(2)}</div>",
     titles(1, 2)),
    # NukeViet's newer and older stories of the section, one list printed in two halves
    # (heldout7 class: hoidonghuonghuongkhe, NukeViet 3; ththanhcao, NukeViet 4; the other
    # forms written anew: the older half alone, "Các tin mới hơn:", the most-read box not taken).
    ("", f"<div class='other-news'><h4>Những tin mới hơn</h4><ul><li>{link(1)} (20/07/2022)</li>"
     f"</ul><h4>Những tin cũ hơn</h4><ul><li>{link(2)} (12/07/2022)</li><li>{link(3)}</li></ul></div>"
     f"<aside><h3>Tin xem nhiều</h3><ul><li>{link(4)}</li></ul></aside>", titles(1, 2, 3)),
    ("", f"<div class='news_other'><p class='h3'><strong>Những tin mới hơn</strong></p><ul class='related'>"
     f"<li>{link(1)}</li></ul><p class='h3'><strong>Những tin cũ hơn</strong></p><ul class='related'>"
     f"<li>{link(2)}</li></ul></div>", titles(1, 2)),
    ("", f"<div><b>Những tin cũ hơn</b><ul><li>{link(2)}</li><li>{link(3)}</li></ul></div>", titles(2, 3)),
    ("", f"<div><b>Các tin mới hơn:</b><ul><li>{link(1)}</li></ul></div>", titles(1)),
    # "Tin liên quan" beats the newer/older halves.
    ("", f"<div><h3>Tin liên quan</h3><ul><li>{link(5)}</li></ul></div><div><h4>Những tin mới hơn"
     f"</h4><ul><li>{link(1)}</li></ul><h4>Những tin cũ hơn</h4><ul><li>{link(2)}</li></ul></div>",
     titles(5)),
    # Round 7, labels of CMS families no set has shown yet (written anew): a government
    # portal's "Thông tin liên quan" / "Các thông tin khác", the section as a list, a field or
    # a kind ("Tin cùng danh mục", "Tin cùng lĩnh vực"), NukeViet's "Xem thêm các tin khác".
    ("", f"<div class='box'><div class='box-title'>Thông tin liên quan</div><ul><li>{link(1)}</li>"
     f"<li>{link(2)}</li></ul></div>", titles(1, 2)),
    ("", f"<div><h4>Các thông tin khác</h4><ul><li>{link(1)}</li></ul></div>", titles(1)),
    ("", f"<div><h4>Tin cùng danh mục</h4><ul><li>{link(1)} <span>(12/03/2023)</span></li></ul></div>",
     titles(1)),
    ("", f"<div><b>Tin cùng lĩnh vực</b><ul><li>{link(1)}</li></ul></div>", titles(1)),
    ("", f"<div><div class='panel-heading'><strong>Xem thêm các tin khác</strong></div><ul>"
     f"<li>{link(1)}</li></ul></div>", titles(1)),
    # A label inside a heading's inner markup, the list in the next row of the web part's
    # table (SharePoint's "<h3 class=ms-webpart-titleText><nobr><span>").
    ("", "<table><tr><td><h3 class='ms-webpart-titleText'><nobr><span>Các tin khác</span></nobr>"
     f"</h3></td></tr><tr><td><table><tr><td class='ms-vb'>{link(1)}</td></tr><tr><td class='ms-vb'>"
     f"{link(2)}</td></tr></table></td></tr></table>", titles(1, 2)),
    # Contact details are no list of stories.
    ("", f"<div><h4>Thông tin liên hệ</h4><ul><li>{link(1)}</li></ul></div>", []),
    # The site's other stories of the day or the week are a list by date over every section,
    # not the article's, while the section's own list is (heldout22 class: side boxes of
    # overseas and magazine sites; written anew).
    ("", f"<div class='box'><h3 class='box-title'>Tin khác trong ngày</h3><ul><li>{link(1)}</li>"
     f"<li>{link(2)}</li></ul></div>", []),
    ("", f"<div class='box'><h3>Các bài khác trong tuần</h3><ul><li>{link(1)}</li></ul></div>"
     f"<div class='box'><h3>Các tin khác</h3><ul><li>{link(3)}</li><li>{link(4)}</li></ul></div>",
     titles(3, 4)),
    # A bare "Xem thêm" printed after the section's list under the text is the site's box of
    # more stories; the nearer list is the article's (heldout26 class: a national portal's
    # "Tin cùng chuyên mục" then "Xem thêm"; written anew).  Right under the text it is.
    ("", f"<div class='box-title'>Tin cùng chuyên mục</div><ul><li>{link(1)}</li><li>{link(2)}"
     f"</li></ul><div class='box-title'>Xem thêm</div><ul><li>{link(3)}</li></ul>", titles(1, 2)),
    ("", f"<div class='box-title'>Xem thêm</div><ul><li>{link(3)}</li></ul>", titles(3)),
    # A list appended under the whole page, after the site's footer, is site-wide whatever its
    # label (heldout26 class: a WordPress theme's "Bài cũ hơn" after its colophon; written
    # anew); an article's own footer before the list is no site footer.
    ("", "<footer id='colophon'><div class='site-info'>Tạp chí Khoa học tỉnh</div></footer>"
     f"<div class='site-latest'><div class='box-title'>Bài cũ hơn</div><ul><li>{link(1)}</li>"
     f"<li>{link(2)}</li></ul></div>", []),
    ("", "<div class='footer'>Địa chỉ: 45 Bà Triệu, Hà Nội</div><div><h3>Tin liên quan</h3><ul>"
     f"<li>{link(1)}</li></ul></div>", []),
    ("", "<footer class='entry-meta'>Chuyên mục: Thời sự</footer><div><h3>Tin liên quan</h3><ul>"
     f"<li>{link(1)}</li></ul></div>", titles(1)),
]


@pytest.mark.parametrize("href", [
    # A CMS that names its articles in the query string at the site's root (heldout7 class: a
    # provincial magazine's table layout, khxhnvnghean "/?x=2651/..."; written anew:
    # WordPress' default "/?p=123", "/index.php?newsid=...").
    "http://baotinh.example.vn/?x=2651/khxhnv-doi-song/ve-nghe-thuat-tuong-o-nghe-an",
    "/?p=1234",
    "/index.php?newsid=2651",
])
def test_related_stories_addressed_by_a_query_at_the_site_s_root(href: str) -> None:
    title = "Về nghệ thuật tuồng ở Nghệ An"
    after = (f"<table><tr><td class='other_title'><b>Các tin đã đăng:</b><ul><li><a href='{href}'>"
             f"{title}</a> (3/2/2020)</li><li><a href='/'>Trang chủ của tạp chí khoa học</a></li>"
             "</ul></td></tr></table>")
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == [title]


def test_related_stories_named_in_the_query_of_the_page_s_own_script() -> None:
    # "/news/?CatID=173&ID=1839" beside a page at "/news/?CatID=173&ID=1845": siblings, where a
    # bare "/news/" above the page is its section (heldout115 class: a religious body's older
    # portal; written anew).
    title = "Trao học bổng cho học sinh nghèo vượt khó"
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='detail-content'>{TEXT}</div><div class='other-news'><h3>Các tin "
            f"khác</h3><ul><li><a href='/news/?CatID=173&amp;ID=1839'>{title}</a></li><li>"
            "<a href='/news/'>Tin tức hoạt động của giáo hội</a></li></ul></div></body></html>")
    page = extract_article(html.encode(), "https://giaohoi.example.org.vn/news/?CatID=173&ID=1845",
                           fetched_at="2026-02-01T00:00:00Z")
    assert [r["title"] for r in page.to_dict()["related"]] == [title]


def test_a_mobile_page_links_its_related_stories_on_the_desktop_host() -> None:
    # A mobile view ("m." host) whose "Video liên quan" links the desktop host's article
    # (heldout5 class: kienthuc's mobile pages; the contract counts m./amp. as the site).
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='detail-content'>{TEXT}</div><div class='m-related'><h3>Video "
            "liên quan</h3><a href='https://baotinh.example.vn/video/phu-quoc-don-khach-412300.html'>"
            "Phú Quốc đón khách quốc tế dịp cuối năm</a></div></body></html>")
    page = extract_article(html.encode(), "https://m.baotinh.example.vn/video/hoi-nghi-412481.html",
                           fetched_at="2026-02-01T00:00:00Z").to_dict()
    assert [r["url"] for r in page["related"]] == [
        "https://baotinh.example.vn/video/phu-quoc-don-khach-412300.html"]


@pytest.mark.parametrize(("inside", "after", "expected"), RELATED)
def test_related(inside: str, after: str, expected: list[str]) -> None:
    assert [r["title"] for r in article(TEXT + inside, after=after)["related"]] == expected


def box(heading: str, *numbers: int, tag: str = "section") -> str:
    items = "".join(f"<li>{link(n)}</li>" for n in numbers)
    return f"<{tag} class='box'><h3 class='box-title'>{heading}</h3><ul>{items}</ul></{tag}>"


def test_an_unlabelled_related_box_between_the_lead_and_the_text() -> None:
    # A magazine prints two story cards (thumbnail link, then the headline link) in a related
    # class between its lead and its text's container, no label (heldout22 class; written
    # anew); a site list elsewhere stays out.
    cards = "".join(f"<div class='rel-item'><a class='thumb' href='{story(n)[0]}'><img src='/t{n}.jpg'>"
                    f"</a><h3>{link(n)}</h3></div>" for n in (1, 2))
    page = article(TEXT, before=f"<div class='box-relate-inline'>{cards}</div>",
                   after=f"<div class='box'><h3>Đọc nhiều</h3><ul><li>{link(3)}</li></ul></div>")
    assert [r["title"] for r in page["related"]] == titles(1, 2)


def test_the_labelled_block_after_the_text_beats_a_better_label_among_the_site_s_boxes() -> None:
    # The section's list right under the text; the site's boxes before the footer, one of them
    # a "Có thể bạn quan tâm" printed under every page (heldout18 class: journals and
    # magazines; written anew).
    after = (box("Bài cùng chuyên mục", 1, 2, tag="div") + box("Tin mới nhất", 3, 4)
             + box("Có thể bạn quan tâm", 5, 6))
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == titles(1, 2)


def test_on_the_same_topic_is_a_related_label() -> None:
    # "Trên cùng chủ đề" (heldout18 class: a foreign broadcaster's Vietnamese service).
    after = box("Trên cùng chủ đề", 1, 2) + box("Tin mới nhất", 3, 4)
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == titles(1, 2)


def test_story_lists_of_a_broad_container_are_not_related() -> None:
    # The container holds the page's "Tin mới" list and a breadcrumb: neither is related.
    page = article(f"<ul class='breadcrumb'><li><a href='/thoi-su'>Thời sự chính trị xã hội</a></li></ul>"
                   + TEXT + f"<div class='box'><h3 class='box-title'>Tin mới</h3><ul><li>{link(1)}</li>"
                   f"<li>{link(2)}</li></ul></div>")
    assert page["related"] == []


def test_story_boxes_are_not_body_text() -> None:
    page = article(TEXT + f"<table class='article'><tr><td><a href='{story(1)[0]}'><h2>{story(1)[1]}</h2>"
                   "<p>Trong phiên giao dịch chiều 22/12, giá vàng lập kỷ lục mới.</p></a></td></tr></table>")
    assert story(1)[1] not in page["body"] and "giá vàng lập kỷ lục" not in page["body"]


LEAD = ("Sau 8 tháng khởi công, dự án mở rộng đường Nguyễn Thị Định được đẩy nhanh tiến độ, "
        "kỳ vọng giải cứu kẹt xe cửa ngõ phía Đông.")
DESCRIPTION = f"<meta property='og:description' content='{LEAD}'>"


def sapo_page(before: str, body: str = TEXT, head: str = DESCRIPTION, after: str = "") -> dict:
    return article(body, head=head, before=before, after=after)


@pytest.mark.parametrize("lead", [
    # NukeViet's introduction field, printed plain (heldout7 class: ththanhcao, NukeViet 4) or
    # bold by id (hoidonghuonghuongkhe, NukeViet 3).
    "<div class='clearfix'><div class='hometext m-bottom'>{lead}</div></div>",
    "<div id='hometext'><strong>{lead}</strong></div>",
    "<div class='hometext'><p>{lead}</p></div>",
])
def test_nukeviet_s_hometext_is_the_sapo(lead: str) -> None:
    text = ("Sáng ngày 05/9/2025, tiếng trống khai giảng đồng loạt vang lên trên mọi miền đất nước, "
            "mở đầu năm học mới của hơn 1,7 triệu thầy, cô giáo và gần 30 triệu học sinh.")
    page = article(TEXT, before=lead.format(lead=text))
    assert page["sapo"] == text and not page["body"].startswith("Sáng ngày 05/9")


def test_a_summary_field_printing_the_headline_again_is_no_sapo() -> None:
    # NukeViet's hometext left as the headline (heldout23 class: an extension centre's portal;
    # written anew): no lead, and not text either.
    headline = "Mục tiêu và giải pháp tổ chức sản xuất trồng trọt vụ Đông năm 2026"
    html = (f"<html><head><meta charset='utf-8'></head><body><h1>{headline}</h1>"
            f"<div class='hometext m-bottom'>{headline}</div><div class='bodytext'>{TEXT}</div>"
            "</body></html>")
    page = article_dict(html)
    assert page["title"] == headline and page["sapo"] is None
    assert page["body"].split("\n\n")[0].startswith("Sáng 9/12")


SAPOS = [
    # The paper's tag inside the lead, no sapo class; the description repeats it (tuoitre).
    (f"<p class='txt-head'>TT - {LEAD}</p>", TEXT,
     f"<meta name='description' content='TT - {LEAD}'>", f"TT - {LEAD}"),
    # Not styled apart: the first paragraph of the text, repeated by the description (baocantho).
    ("", f"<p><strong>(CTO)</strong> - {LEAD}</p>" + TEXT,
     f"<meta name='description' content='(CTO) - {LEAD}'>", f"(CTO) - {LEAD}"),
    # The paper's tag in a span of its own before an <h2> lead (vtcnews).
    (f"<div class='content-wrapper'><span class='bold'>(VTC News) -</span><h2>{LEAD}</h2></div>",
     TEXT, DESCRIPTION, LEAD),
    # A location dateline glued to the lead; the description leaves it out (vnexpress).
    (f"<p class='description'><span class='location-stamp'>TP HCM</span>{LEAD}</p>", TEXT,
     DESCRIPTION, LEAD),
    # The same without a description: kept as printed, with a space.
    (f"<p class='description'><span class='location-stamp'>TP HCM</span>{LEAD}</p>", TEXT, "",
     f"TP HCM {LEAD}"),
    # A bold paragraph between the headline and the text's container, nothing declared
    # (tuoitre mobile).
    (f"<div class='tool-bar'>23/03/2015 08:06</div><p><strong>TT - {LEAD}</strong></p>", TEXT, "",
     f"TT - {LEAD}"),
    # A long <h2> right after the headline.
    (f"<h2 class='font18'>{LEAD}</h2>", TEXT, "", LEAD),
    # A lead set in italics by its class between the date and the text's container (heldout3
    # class: baocamau's div.title-italic, from hailoc12/docbao's selectors; written anew).
    (f"<div class='date-time'>Thứ năm, 15/06/2023 - 09:20</div><div class='title-italic'>{LEAD}</div>",
     TEXT, "", LEAD),
    # The same in <em> markup.
    (f"<div><em>{LEAD}</em></div>", TEXT, "", LEAD),
    # The paper's tag in bold inside a lead paragraph: kept as printed, a space after it.
    (f"<p class='alead'><strong>BẮC GIANG - </strong>{LEAD}</p>", TEXT, "", f"BẮC GIANG - {LEAD}"),
    # Set in bold by a weight utility class in a soup of style classes, nothing declared
    # (heldout4 class: baothuathienhue's ".fontd.fw600.justify", from docbao's selectors).
    (f"<div class='fs16 fw600 justify fsans'>{LEAD}</div>", TEXT, "", LEAD),
    # laodong's "chappeau" (spelt with two p: its real class, seen in a public scraper's
    # selectors), the lead wrapped in a <p>, nothing declared.
    (f"<div class='chappeau'><p>{LEAD}</p></div>", TEXT, "", LEAD),
    # WordPress' tagDiv theme prints the subtitle under the title (heldout4 class: thtg's theme).
    (f"<p class='td-post-sub-title'>{LEAD}</p>", TEXT, "", LEAD),
    # Inside the text's container, the description repeating it: an <h2> of a class the rules
    # do not know is set apart by its tag (heldout18 class: a national paper's photo story)...
    ("", f"<h2 class='ctTp'>{LEAD}</h2>" + TEXT, DESCRIPTION, LEAD),
    # ... and a paragraph of the French "chapo" class (heldout18 class: a foreign
    # broadcaster's Vietnamese service), with or without a description.
    ("", f"<p class='article__chapo'>{LEAD}</p>" + TEXT, DESCRIPTION, LEAD),
    ("", f"<p class='article__chapo'>{LEAD}</p>" + TEXT, "", LEAD),
]


@pytest.mark.parametrize(("before", "body", "head", "expected"), SAPOS)
def test_sapo(before: str, body: str, head: str, expected: str) -> None:
    page = sapo_page(before, body, head)
    assert page["sapo"] == expected
    assert LEAD not in page["body"]


def test_a_plain_first_paragraph_the_description_repeats_stays_text() -> None:
    # Not set apart (no bold, no lead class, no paper's tag): the text's own first paragraph.
    page = sapo_page("", body=f"<p>{LEAD}</p>" + TEXT)
    assert page["sapo"] is None
    assert page["body"].split("\n\n")[0] == LEAD


def test_a_description_repeated_in_the_footer_is_not_the_lead() -> None:
    slogan = "Báo Bắc Ninh - Cơ quan của Đảng bộ tỉnh Bắc Ninh, tiếng nói của nhân dân"
    page = sapo_page("", head=f"<meta name='description' content='{slogan}'>",
                     after=f"<div class='footer'><p>{slogan}</p></div>")
    assert page["sapo"] is None


BREADCRUMB_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", '
                 '"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, '
                 '"item": {"@id": "https://baotinh.example.vn", "name": "Trang chủ"}}, '
                 '{"@type": "ListItem", "position": 2, "item": {"@id": "https://baotinh.example.vn/kinh-te/", '
                 '"name": "Kinh doanh"}}]}</script>')
MENU = ("<div class='top'><a href='/'>Trang chủ</a><a href='/thoi-su/'>Thời sự</a>"
        "<a href='/kinh-te/'>Kinh tế</a><a href='/xa-hoi/'>Xã hội</a><a href='/van-hoa/'>Văn hóa</a>"
        "<a href='/the-thao/'>Thể thao</a></div>")
CATEGORIES = [
    # JSON-LD BreadcrumbList, no article:section (znews).
    (BREADCRUMB_LD, "", "Kinh doanh"),
    # The section's title cell of an old table layout, its words only set in bold (heldout23
    # class: a ward portal; written anew).
    ("", "<table><tr><td class='cat-title'><b>HỘI CỰU CHIẾN BINH</b></td></tr></table>",
     "HỘI CỰU CHIẾN BINH"),
    # A trail of links joined by ">" with no breadcrumb class (baocantho: "THỜI SỰ > Cần Thơ").
    ("", "<div class='titlecate'><a href='/news/thoi-su/'>THỜI SỰ</a><span> > <a href='/thoi-su/can-tho/'>"
     "Cần Thơ</a></span></div>", "Cần Thơ"),
    # The one link before the headline to a section above the page (tuoitre mobile), its
    # subsections in a dropdown beside it; the site menu before it does not count.
    ("", MENU + "<div class='catego-title'><a href='/thoi-su'><span>Thời sự</span></a>"
     "<div class='dropdown'><ul><li><a href='/thoi-su/chinh-tri'>Chính trị</a></li></ul></div></div>",
     "Thời sự"),
    # Only the site's menu names the section: no category.
    ("", MENU, None),
    # The section printed in a class-named element just above the headline, the menu before
    # it (heldout3 class: baodongkhoi's div.detail-cate, baonghean, baotayninh's div.cate).
    ("", MENU + "<div class='row'><div class='col-xs-12 detail-cate'><a href='/nong-nghiep-c7.html'>"
     "Nông nghiệp</a></div></div>", "Nông nghiệp"),
    # The link itself carries the class (heldout3 class: plo's AMP a.article__cate).
    ("", MENU + "<a class='article__cate' href='https://baotinh.example.vn/phap-luat/'>Pháp luật</a>",
     "Pháp luật"),
    # A programme's long name (heldout3 class: vov4's div.cate).
    ("", "<div class='cate'><a href='/TV/dai-gia-dinh/'>Đại gia đình các dân tộc Việt Nam</a></div>",
     "Đại gia đình các dân tộc Việt Nam"),
    # A category-classed menu of many links is no label.
    ("", "<ul class='category'>" + "".join(f"<li><a href='/muc-{i}/'>Mục {i}</a></li>" for i in range(8))
     + "</ul>", None),
    # A menu row in a table cell, then an unclassed trail with ">" (heldout3 class: baophuyen,
    # baocamau): the trail, not the menu's last link.
    ("", "<table><tr><td class='menu'><a href='/'>Trang chủ</a> | <a href='/1/'>Thời sự</a> | "
     "<a href='/4/'>Kinh tế</a></td></tr></table><div class='path'><a href='/'>Trang chủ</a> &gt; "
     "<a href='/96/'>Văn hóa - Du lịch</a></div>", "Văn hóa - Du lịch"),
    # A menu row of three links set apart by spaces or bars, with "Trang chủ": no trail.
    ("", "<div><a href='/'>Trang chủ</a> | <a href='/gioi-thieu/'>Giới thiệu</a> | "
     "<a href='/tin-tuc/'>Tin tức - Sự kiện</a></div>", None),
    # A table of section links in a side column (old table layouts): no category.
    ("", "<table><tr><td><b>CHUYÊN MỤC</b></td></tr><tr><td><a href='/thoi-su/'>Thời sự</a></td></tr>"
     "<tr><td><a href='/kinh-te/'>Kinh tế</a></td></tr><tr><td><a href='/xa-hoi/'>Xã hội</a></td></tr></table>",
     None),
    # A "cat" class token, the section's page outside the article's path (heldout4 class:
    # magazines printing "div.cat", "div.article-cat").
    ("", MENU + "<div class='article-cat'><a href='/chuyen-muc/y-te.htm'>Y tế</a></div>", "Y tế"),
    # WordPress' tagDiv theme: "entry-crumbs" joined by an icon, no glyph (heldout4 class: thtg).
    ("", "<div class='td-crumb-container'><div class='entry-crumbs'><span><a class='entry-crumb' "
     "href='/'>Trang chủ</a></span> <i class='td-icon-right td-bread-sep'></i> <span><a "
     "class='entry-crumb' href='/category/giao-duc/'>Giáo dục</a></span></div></div>", "Giáo dục"),
    # A portal's section title box above the headline, no link in it, one of the menu's names
    # (heldout5 class: PHP/ASP portals' div.cat-name, div.cat-title; a Liferay portlet title).
    ("", MENU + "<div id='left'><div class='cat-name'>Xã hội</div>", "Xã hội"),
    ("", MENU + "<div class='portlet-title-text'>Văn hóa</div>", "Văn hóa"),
    # A programme label linking to its section, the menu naming it too (heldout5 class: vtv9).
    ("", MENU + "<div class='program-label'><a href='/the-thao/'>Thể thao</a></div>", "Thể thao"),
    # A trail joined by an arrow image, no glyph; its last link is one of the side menu's
    # (heldout5 class: a JSP table portal's div.path).
    ("", "<div class='menu-left'><a href='List.jsp?cat=1'>Tin chung</a><br><a href='List.jsp?cat=2'>"
     "Hoạt động địa phương</a></div><div class='path'><a href='List.jsp'>Tin tức</a> <img "
     "src='/images/arrow.gif'> <a href='List.jsp?cat=1'>Tin chung</a></div>", "Tin chung"),
    # A "Chuyên mục:" label in the one-line meta (heldout5 class: 90min; vov.gov's "Thể loại:").
    ("", "<div class='post-meta'>Bởi: admin | Lượt xem: 71 | Chuyên mục: <a href='/chuyen-muc/"
     "le-hoi'>Lễ hội</a></div>", "Lễ hội"),
    # The menu printed twice (desktop and mobile): its names repeat, but a menu is no label.
    ("", MENU + MENU, None),
    # The section printed without a link in a class-named element beside the timestamp
    # (heldout13 class: a SharePoint district portal, a Liferay theme; written anew); a date
    # there is no section.
    ("", "<div class='meta'><span class='news-category'>Thông tin phường</span> <span class='date'>"
     "09/12/2025</span></div>", "Thông tin phường"),
    ("", "<div class='meta'><span class='post-category'>09/12/2025</span></div>", None),
    # A trail of links whose last link is the headline itself (heldout15 class: a museum's
    # WordPress; written anew): the level before it names the section.
    ("", "<ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/hoat-dong'>Hoạt "
     "động</a></li><li><a href='/'>Hội nghị tổng kết công tác năm 2025</a></li></ol>", "Hoạt động"),
    # SPIP's section over the date and headline, its class the French "rubrique" (heldout26
    # class: a Vietnamese community paper in Québec; written anew).
    ("", "<div class='rubrique-article'><a href='rubrique.7'>Sinh hoạt cộng đồng</a></div><div "
     "class='date-article'>09.12.2025 10:15</div>", "Sinh hoạt cộng đồng"),
    # A trail whose separators are icon-font elements, no glyph in its text (heldout41 class: a
    # research institute's portal; written anew); a menu with an icon before each link is none.
    ("", "<div class='path'><a href='/'>Trang chủ</a> <i class='fa fa-chevron-right'></i> <a "
     "href='/hoat-dong.html'>Hoạt động</a></div>", "Hoạt động"),
    ("", "<div class='links'><i class='fa fa-angle-right'></i> <a href='/'>Trang chủ</a> <i "
     "class='fa fa-angle-right'></i> <a href='/hoat-dong.html'>Hoạt động</a></div>", None),
]


def test_a_language_switch_to_the_site_s_script_is_no_section() -> None:
    # "/index.php?lang=en" over "/index.php/news/items/…": the front controller's path is a
    # prefix of the page's, but names no section (heldout18 class: a tourism portal; written
    # anew).  A real section link before the headline is still read.
    url = "https://dulich.example.vn/index.php/news/items/3271"
    switch = ("<div class='lang'><a href='/index.php?lang=vi'>Tiếng Việt</a> | "
              "<a href='/index.php?lang=en'>English</a></div>")
    section = "<div class='cat'><a href='/index.php/news'>Tin du lịch</a></div>"
    for before, expected in ((switch, None), (switch + section, "Tin du lịch")):
        html = (f"<html><head><meta charset='utf-8'></head><body>{before}<h1>Hội nghị tổng kết "
                f"công tác năm 2025</h1><div class='detail-content'>{TEXT}</div></body></html>")
        assert extract_article(html.encode(), url, fetched_at="2026-02-01T00:00:00Z").category \
            == expected


@pytest.mark.parametrize(("head", "before_headline", "expected"), CATEGORIES)
def test_category(head: str, before_headline: str, expected: str | None) -> None:
    html = (f"<html><head><meta charset='utf-8'>{head}</head><body>{before_headline}"
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{TEXT}</div>"
            "</body></html>")
    got = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").category
    assert got == expected


def test_the_section_in_the_meta_line_under_the_headline() -> None:
    # "<a class=cat>Section</a> - 9 giờ trước" under the headline, the menu naming the same
    # section above (heldout4 class: ngoisao's meta line; written anew).
    html = (f"<html><head><meta charset='utf-8'></head><body>{MENU}"
            "<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='meta'><a class='cat' "
            "href='/xa-hoi/'>Xã hội</a> - <span class='time'>9 giờ trước</span></div>"
            f"<div class='detail-content'>{TEXT}</div></body></html>")
    assert extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").category == "Xã hội"


PARAGRAPHS = [
    "Sáng 9/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025 và triển khai "
    "nhiệm vụ năm 2026 với sự tham dự của lãnh đạo các sở, ngành.",
    "Năm 2025, tổng sản phẩm trên địa bàn tỉnh tăng 8,2%, thu ngân sách đạt hơn 12.000 tỷ đồng, "
    "vượt dự toán được giao; đời sống nhân dân tiếp tục được cải thiện.",
    "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp, các ngành tập trung cải cách "
    "hành chính, thu hút đầu tư và chăm lo an sinh xã hội.",
]


def body_page(body: str, head: str = "", after: str = "", container: str = "detail-content") -> dict:
    html = (f"<html><head><meta charset='utf-8'>{head}</head><body>"
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='{container}'>{body}</div>{after}</body></html>")
    return article_dict(html)


PS = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
DIVS = "".join(f"<div>{p}</div>" for p in PARAGRAPHS)
BODIES = [
    # A <style> element inside the container (baolaocai's inline ad styles).
    ("<style>.t1 { text-align: right; } .sda { display: none }</style>" + PS, "", [], None),
    # Bare <div> paragraphs, the byline a right-aligned bold <div><span> set by the page's
    # stylesheet classes (baolaocai).
    (DIVS + "<div class='t1'><span class='t2'>Anh Dũng</span></div>",
     "<style>.t2 { font-weight: bold; } .t1 { text-align: right; }</style>", ["Anh Dũng"], None),
    # An invitation to the broadcaster's streaming service after the text, starred as a note
    # (heldout5 class: vtv.vn's "* Mời quý độc giả theo dõi ... trên TV Online VTVGo!").
    (PS + "<p class='promo'><i>* Mời quý độc giả theo dõi các chương trình đã phát sóng trên TV "
     "Online <a href='https://vtvgo.vn'>VTVGo</a>!</i></p>", "", [], None),
    # A contributor's name right-aligned at the top of the text, the position under it, none
    # closing the text (heldout5 class: a research institute's analysis on susta).
    ("<p style='text-align:right'><strong>Phan Đức Ngữ</strong></p><p style='text-align:right'>"
     "<em>Chuyên viên cao cấp</em></p>" + PS, "", ["Phan Đức Ngữ"], None),
    # The writer's office right-aligned under the signature closing the text, longer than a
    # name may run (heldout114 class: a party committee's portal).
    (PS + "<p style='text-align:right'><strong>Nguyễn Thị Minh Phương</strong></p>"
     "<p style='text-align:right'><em>Ban Tuyên giáo Đảng ủy Khối các cơ quan Trung ương</em></p>",
     "", ["Nguyễn Thị Minh Phương"], None),
    # The credit glued to the last paragraph, pushed right by a run of spaces (heldout5 class:
    # an old provincial CMS's photo albums, "… hoa quả.        <b>P.V</b>").
    ("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:-1]) + f"<p>{PARAGRAPHS[-1]}" + " " * 40
     + "<b>Minh Thu</b></p>", "", ["Minh Thu"], None),
    # An upper-case byline in <strong> after the share buttons (tuoitre 2015).
    (PS + "<div class='wrapper-qt'><div class='qtam_social btn-qt'><iframe></iframe></div></div>"
     "<strong>XUÂN LONG</strong>", "", ["Xuân Long"], None),
    # A credit on two lines: the name, then the source (cafebiz).
    (PS + "<p class='p-author'><strong class='detail-author'>Bảo Bảo</strong></p>"
     "<div class='p-source'><p>Theo Doanh nghiệp và Tiếp thị</p></div>", "", ["Bảo Bảo"],
     "Doanh nghiệp và Tiếp thị"),
    # A right-aligned bold name line at the end (vnexpress).
    (PS + "<p class='Normal' style='text-align:right;'><strong>Lê Tuyết</strong></p>", "",
     ["Lê Tuyết"], None),
    # A titled author with the institute on the next line, one paragraph broken by <br>:
    # trafilatura prints the two lines apart, both leave the text; the institute is no source
    # (heldout3 class: baodatviet; written anew).
    (PS + "<p style='text-align:right'><strong>PGS.TS Nguyễn Văn An</strong><br>"
     "<em>(Học viện Tài chính)</em></p>", "", ["Nguyễn Văn An"], None),
    # A titled signature with the writer's office after a dash on the same line, eleven words
    # and more (heldout12/13 class: a hospital's and a magazine's contributors; written anew).
    # Two writers' initials, the last one's dot closing the line (heldout13 class: a
    # hospital's Joomla; written anew).
    (PS + "<p style='text-align:right'><strong><em>V.K. và T.H.</em></strong></p>", "",
     ["V.K.", "T.H."], None),
    (PS + "<p style='text-align:right'><strong>BSCKII. Đỗ Thị Thanh Vân – Phòng Điều dưỡng, Bệnh viện "
     "Đa khoa tỉnh</strong></p>", "", ["Đỗ Thị Thanh Vân"], None),
    # A reportage's credit labelled with its genre, plain (heldout14 class: a trade paper's
    # video page; written anew).
    (PS + "<p class='video-credit'>Phóng sự: Minh Tâm - Quốc Khánh</p>", "", ["Minh Tâm", "Quốc Khánh"], None),
    # A plain closing credit in parentheses, its day after it (heldout19 class: an
    # enterprise's party site crediting its union office; written anew).
    ("<div class='post-date'>15/03/2024 08:30</div>" + PS
     + "<p>(Theo Ban Tuyên giáo Đảng ủy Khối, ngày 14-3-2024)</p>", "", [],
     "Ban Tuyên giáo Đảng ủy Khối"),
    # A signature pushed right by a run of no-break spaces, the writer's union after the name
    # (heldout23 class: a farmers' union's WordPress; written anew).
    (PS + "<p>" + "&nbsp;" * 40 + "(Trần Văn Bình, Hội Nông dân huyện Vĩnh Bảo)</p>", "",
     ["Trần Văn Bình"], None),
    # The headline printed again over the text with its writer in parentheses (heldout23
    # class: a school's portal; written anew).
    ("<p style='text-align:center'><strong>LỄ KHAI MẠC HỘI THAO NĂM 2024 (Tác giả: Lê Thị Hoa)"
     "</strong></p>" + PS, "", ["Lê Thị Hoa"], None),
    # A star-rating widget's legend and an attachment's download line under the text
    # (heldout23 class: ward portals; written anew).
    (PS + "<div class='kk-star-ratings'><span class='kksr-legend'>Đang tải 4.5/5 - (12 bình chọn)"
     "</span></div>", "", [], None),
    (PS + "<p>Tải về: <a href='/Uploads/files/thong-bao-so-12.docx'>Thông báo số 12</a></p>", "", [],
     None),
    # The pointer to the story's pictures on a page of their own, between paragraphs (heldout22
    # class: a diaspora Catholic site's old tables, "Xem Hình"; written anew; its link is
    # dropped as a link already, the line is dropped with or without one).
    (f"<p>{PARAGRAPHS[0]}</p><p align='center'><b>Xem ảnh &gt;&gt;</b></p><p>{PARAGRAPHS[1]}</p>"
     f"<p>{PARAGRAPHS[2]}</p>", "", [], None),
    # A right-aligned bold name closed by a full stop, after an empty paragraph (heldout45
    # class: a district portal's signature; written anew).
    (PS + "<p>&nbsp;</p><p style='text-align:right'><b>Thu Hằng.</b></p>", "", ["Thu Hằng"], None),
    # Under the signature, a prompt to open the linked album and a line of hashtags, as a post
    # copied from a social page closes (heldout54 class: a diocese's WordPress; written anew).
    (PS + "<p style='text-align:right'><strong>Giuse Trần Văn Nam</strong></p>"
     "<p>Bấm vào ảnh để xem album:</p><p><a href='https://photos.example.com/a1'>Album ảnh</a></p>"
     "<p>#GiaoXuAnBinh #LeBonMang</p>", "", ["Giuse Trần Văn Nam"], None),
    # A pointer to other outlets' reports, their home-page addresses bulleted on lines of one
    # paragraph under it (heldout57 class: a water company's outage notice; written anew).
    (PS + "<p><em>Xem thêm thông tin tại:</em></p><p>* <a href='https://baomoi.example.vn/'>"
     "https://baomoi.example.vn/</a><br>* <a href='http://www.tintuc.example.vn/'>"
     "http://www.tintuc.example.vn/</a><br>* <a href='https://thoisu.example.vn/'>"
     "https://thoisu.example.vn/</a></p>", "", [], None),
]


def test_a_journal_s_writers_each_with_an_office_in_the_author_element() -> None:
    # Two titled writers with their offices under the headline, over 80 characters (heldout22
    # class: a ministry's finance journal; written anew).
    line = ("ThS. Lê Văn Cường - Viện Chiến lược (Bộ Tài chính), TS. Hoàng Thị Mai - Vụ Ngân sách "
            "nhà nước (Bộ Tài chính)")
    page = article(TEXT, before=f"<div class='article-author'><p><strong>{line}</strong></p></div>")
    assert (page["authors"], page["source"]) == (["Lê Văn Cường", "Hoàng Thị Mai"], None)


@pytest.mark.parametrize(("head", "before", "authors"), [
    # A WordPress account named after the site in the author element (heldout44 class: a
    # diaspora magazine's tagDiv theme; written anew).
    ("<meta property='og:site_name' content='VietNhat'>", "<div class='td-post-author-name'>By "
     "<a href='/author/vietnhat/'>VietNhat</a></div>", []),
    # The short name opening the site's name declared as the author, and a Joomla "Viết bởi"
    # giving it (heldout44 class: diaspora weeklies; written anew).
    ("<title>Hội nghị tổng kết - VNTB Online</title><meta name='author' content='VNTB'>", "", []),
    ("<title>Hội nghị tổng kết - VNTB Online</title>",
     "<dd class='createdby' itemprop='author'>Viết bởi <span itemprop='name'>VNTB</span></dd>", []),
    # A writer's given name opening the site's name is still the writer's.
    ("<title>Hội nghị tổng kết - Hà Nội Ngày Nay</title><meta name='author' content='Hà'>", "",
     ["Hà"]),
])
def test_an_author_naming_the_site_itself_is_no_author(head: str, before: str,
                                                       authors: list[str]) -> None:
    page = article(TEXT, head=head, before=before)
    assert (page["authors"], page["source"]) == (authors, None)


def test_a_source_line_in_the_meta_row_under_the_headline() -> None:
    # "Nguồn: <address>" beside the time and the views, no credit closing the text (heldout23
    # class: a Buddhist news site's meta list; written anew).
    meta = ("<ul class='detail-meta'><li>2 giờ trước</li><li>86 lượt xem</li>"
            "<li>Nguồn: www.giaohoi.example.org.vn</li></ul>")
    page = article(TEXT, before=meta)
    assert (page["authors"], page["source"]) == ([], "www.giaohoi.example.org.vn")


@pytest.mark.parametrize(("body", "head", "authors", "source"), BODIES)
def test_body_and_byline(body: str, head: str, authors: list[str], source: str | None) -> None:
    page = body_page(body, head)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert (page["authors"], page["source"]) == (authors, source)


def test_a_labelled_date_printed_inside_the_headline_is_its_day_not_its_title() -> None:
    # heldout57 class: an enterprise's ASP.NET notice, "(Ngày đăng: …)" in the <h1> (written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Thông báo lịch cắt điện tuần tới "
            "<span class='ngay'>(Ngày đăng: 05/03/2024)</span></h1><div class='detail-content'>"
            f"{PS}</div></body></html>")
    page = article_dict(html)
    assert page["title"] == "Thông báo lịch cắt điện tuần tới"
    assert page["published_at"].startswith("2024-03-05T00:00")


def test_a_bold_line_introducing_the_photos_closes_the_text_and_signs_nothing() -> None:
    # heldout56 class: a provincial department's SharePoint photo story, "Một số hình ảnh …"
    # in bold over photo tables (written anew).
    intro = "Một vài hình ảnh tại buổi lễ"
    page = body_page(PS + f"<p><strong>{intro}</strong></p><table class='image'><tr><td>"
                     "<img src='/img/le-1.jpg'></td></tr></table>", "")
    assert page["body"].split("\n\n") == [*PARAGRAPHS, intro]
    assert page["authors"] == []


def test_a_photo_story_keeps_the_paragraphs_under_its_photos() -> None:
    # vtcnews: each paragraph in its own block under a <figure> with an empty caption.
    body = "".join(
        f"<div class='div-pic-fw no-cap'><figure><img data-src='/anh-{i}.jpg'><figcaption></figcaption>"
        f"</figure><div class='w-full'><p class='ctmb'>{p}</p></div></div>"
        for i, p in enumerate(PARAGRAPHS))
    page = body_page(body)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert [i["caption"] for i in page["images"]] == [None, None, None]


def test_a_photo_of_a_caption_class_is_a_photo() -> None:
    # Joomla's caption script marks the <img class="caption"> itself; the line under it is its
    # caption (heldout18 class: a Joomla 3 magazine; written anew).
    photo = ("<p style='text-align: center;'><img class='caption' src='/images/tin/le-hoi-lim.jpg' "
             "title='Hội Lim xuân Giáp Thìn' width='420'></p>"
             "<p style='text-align: center;'><em>Hội Lim xuân Giáp Thìn</em></p>")
    page = body_page(photo + PS)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in page["images"]] == [
        ("le-hoi-lim.jpg", "Hội Lim xuân Giáp Thìn")]


def test_a_container_class_on_the_whole_column_is_narrowed_to_the_text() -> None:
    # The class marks the column: headline box, text, comment form and a sidebar of ads.
    sidebar = "<ul>" + "".join(f"<li><a href='/rao-vat/{i}'>Điện máy Hà Nam - Sofa GV0{i} - 6.500.000đ</a>"
                               "</li>" for i in range(6)) + "</ul>"
    page = body_page(f"<div class='fck'>{PS}<strong>XUÂN LONG</strong></div>"
                     f"<form><p>Vui lòng nhập nội dung bình luận.</p></form><div class='qc'>{sidebar}</div>")
    assert page["authors"] == ["Xuân Long"]
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_long_lead_in_its_own_box_over_a_short_text_is_not_the_text_s_container() -> None:
    # A portal's lead box longer than either paragraph of the text under it, no known text
    # class (heldout46 class: a mass organisation's portal; written anew).
    lead = ("Thực hiện phong trào thi đua yêu nước, thời gian qua các cấp Hội Nông dân trong tỉnh đã "
            "đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, vận động hội viên phát triển "
            "kinh tế hộ gia đình, tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự; nhiều mô "
            "hình sản xuất giỏi được nhân rộng, đời sống hội viên từng bước được nâng lên rõ rệt.")
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='wcm-summary'><p><b>{lead}</b></p></div><div class='wcm-body'>"
            f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"
            "<div class='counter'><p>Số người đang truy cập: 12</p></div></body></html>")
    page = article_dict(html)
    assert page["sapo"] == lead
    assert page["body"].split("\n\n") == PARAGRAPHS[:2]


def test_a_lead_modifier_on_the_text_s_own_class_keeps_it_the_container() -> None:
    # BEM's "--lead" modifier on the text's block is no lead box (the public benchmark's
    # news site class; written anew): an embedded quote's paragraph is not the text.
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025"
            f"</h1><div class='story-body story-body--lead'>{PS}</div><blockquote class='quote'><p>"
            f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></blockquote></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_quoted_motto_line_over_the_text_is_text_not_a_signature() -> None:
    # A centred bold slogan in quotation marks over one paragraph left without its full stop
    # (heldout46 class: a school platform's news; written anew).
    motto = "“Mỗi ngày đến trường là một ngày vui”"
    text = PARAGRAPHS[0].rstrip(".")
    page = body_page(f"<p style='text-align:center'><strong>{motto}</strong></p><p>{text}</p>")
    assert page["body"].split("\n\n") == [motto, text]
    assert page["authors"] == [] and page["source"] is None


CARD = ("<table class='article'><tr><td><a href='/kinh-te/ky-luc-moi-cua-gia-vang-post1613421.html'>"
        "<h2 class='title'>Kỷ lục mới của giá vàng trong nước</h2>"
        "<p class='summary'>Giá vàng miếng SJC lập kỷ lục mới ở 157,5 triệu đồng/lượng.</p></a></td></tr></table>")
PROMO = ("<div class='notebox ncenter'><p><em>Tri Thức - Znews</em> giới thiệu độc giả "
         "<a href='/tieu-diem/tu-sach.html'>Tủ sách kiến thức kinh tế</a> với đa dạng cuốn sách.</p>"
         "<p>Đọc sách không chỉ giúp người đọc tiếp cận những kiến thức mới.</p></div>")


def test_a_promo_box_after_the_closing_story_boxes_is_not_text() -> None:
    page = body_page(PS + CARD + PROMO)  # znews
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert [r["title"] for r in page["related"]] == ["Kỷ lục mới của giá vàng trong nước"]


def test_a_story_box_between_the_lead_and_the_text_s_own_element_cuts_nothing() -> None:
    # heldout55 class: a national paper's "Tin liên quan" under the sapo, the text in a div of
    # its own after it (written anew).
    lead = ("<h2 class='article__sapo'>Tỉnh đề xuất mở lại các tuyến xe khách liên tỉnh từ tuần sau "
            "theo lộ trình từng giai đoạn với tần suất thấp.</h2>")
    page = body_page(lead + "<div class='related-top'><h4>Tin liên quan</h4>" + CARD + "</div>"
                     f"<div class='article__body'>{PS}</div>")
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_story_box_in_the_middle_of_the_text_cuts_nothing() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + CARD + f"<p>{PARAGRAPHS[2]}</p>"
    assert body_page(body)["body"].split("\n\n") == PARAGRAPHS


VIEWS = [
    # An eye in an icon font (baokhanhhoa-like WordPress themes).
    ("<div class='meta'><span><i class='fa fa-eye'></i> 1.045</span></div>", 1045),
    # An inline SVG eye, named by the symbol it uses.
    ("<div class='meta'><span class='stat'><svg class='ic'><use xlink:href='#icon-eye'></use></svg>"
     "1.234</span></div>", 1234),
    # An inline SVG with only a title saying what it is.
    ("<div class='meta'><span><svg viewBox='0 0 24 24'><title>Lượt xem</title><path d='M0 0'/></svg>"
     " 2.345</span></div>", 2345),
    # A small image of an eye.
    ("<div class='meta'><span><img src='/themes/images/icon-view.png' alt=''> 345</span></div>", 345),
    # A counter element with no word and no icon.
    ("<div class='meta'><span class='post-views'>1,2K</span></div>", 1200),
    # Old table layouts: a bare number in the tool row beside the print links.
    ("<table><tr><td><a href='javascript:window.print()'>In bài</a> | <a href='/gui-email'>Gửi email</a>"
     "</td><td>567</td></tr></table>", 567),
    # The word itself.
    ("<div class='meta'>Lượt xem: 1.234</div>", 1234),
    # A number beside a comment icon is not a view count.
    ("<div class='meta'><span><i class='fa fa-comment'></i> 12</span></div>", None),
    # A bare "Xem:" label in the date line of an old table layout (heldout7 class:
    # khxhnvnghean; the other forms written anew: a pipe, "Đọc:", Joomla's English "Hits:").
    ("<table><tr><td class='date_detail'><i>Tin đăng ngày: 6/2/2020 - Xem: 92</i></td></tr></table>", 92),
    ("<div class='meta'>06/02/2020 | Xem: 1.024</div>", 1024),
    ("<div class='meta'>06/02/2020 - Đọc: 315</div>", 315),
    ("<dl class='article-info'><dd class='hits'>Hits: 4664</dd></dl>", 4664),
    # "Xem thêm:" and "Xem cỡ chữ" are links and tools, not counters.
    ("<div class='tools'>Xem cỡ chữ | Xem thêm: 5 bài viết</div>", None),
    # A theme's counters printing bare zeros, no label: no count printed (heldout10 class: a
    # WordPress news theme whose counter plugin is off).
    ("<div class='meta'><span class='post-views'>0</span> <span class='post-comments'>0</span></div>", None),
    # Joomla K2's "read N times" (heldout27 class: a hospital's K2 item; written anew).
    ("<div class='itemHitsTwitter'><span class='itemHits'>Đọc 1.045 lần</span></div>", 1045),
]


@pytest.mark.parametrize(("meta", "expected"), VIEWS)
def test_views(meta: str, expected: int | None) -> None:
    assert article(TEXT, before=meta)["views"] == expected


def test_a_data_table_in_the_text_is_kept() -> None:
    # trafilatura prints tables as "| a | b |" rows; rows of a data table are not a layout page.
    rows = "".join(f"<tr><td>Xã {n}</td><td>{n * 120} hộ</td><td>{n}%</td></tr>" for n in range(1, 9))
    page = body_page(PS + f"<table>{rows}</table><p>{PARAGRAPHS[0]}</p>")
    assert "Xã 3" in page["body"] and "360 hộ" in page["body"]


def test_trafilatura_list_and_table_lines_are_matched_to_the_page(monkeypatch) -> None:
    # trafilatura prints list items as "- item" and table rows as "| a | b |"; neither the
    # hyphen nor the bars is in the page, and the lines are still inside the container.  The
    # reader sees a bullet, not a hyphen: the item is printed without it.
    from crawler.extract import generic
    items = ["Hoàn thành 100% chỉ tiêu giải ngân vốn đầu tư công trong năm 2025.",
             "Tăng cường cải cách hành chính, chuyển đổi số ở tất cả các cấp."]
    typed = "- Kiện toàn Ban chỉ đạo phòng chống thiên tai của xã trước mùa mưa bão."  # no item
    lines = [PARAGRAPHS[0], *(f"- {i}" for i in items), typed, "| Xã 1 | 120 hộ |",
             *PARAGRAPHS[1:], "Bình luận của bạn đọc về bài viết này"]
    monkeypatch.setattr(generic, "trafilatura_paragraphs", lambda root, fast=True: list(lines))
    page = body_page(f"<p>{PARAGRAPHS[0]}</p><ul>" + "".join(f"<li>{i}</li>" for i in items)
                     + f"</ul><p>{typed}</p><ul>"
                     + "</ul><table><tr><td>Xã 1</td><td>120 hộ</td></tr></table>"
                     + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]),
                     after="<div class='comments'>Bình luận của bạn đọc về bài viết này</div>")
    body = page["body"].split("\n\n")
    assert items[1] in body and f"- {items[1]}" not in body and "Xã 1 120 hộ" in body  # a row as the reader sees it
    assert typed in body  # the dash the writer typed is on the page
    assert "Bình luận của bạn đọc về bài viết này" not in body  # outside the container


def table_layout_body(content: str) -> str:
    """The body of an old table-layout page: a menu column, then the headline, the date and
    ``content`` in rows of their own."""
    menu = "".join(f"<tr><td><a href='/tin-tuc/muc-{i}'>Chuyên mục số {i}</a></td></tr>"
                   for i in range(8))
    html = ("<html><head><meta charset='utf-8'></head><body><table width='100%'><tr>"
            f"<td width='180'><table>{menu}</table></td><td><table><tr><td class='title_news'>"
            "<h2>Hội nghị tổng kết công tác năm 2025</h2></td></tr><tr><td class='date_news'>"
            "Cập nhật: 03/10/2025 08:55</td></tr><tr><td class='content_news'>" + content
            + "</td></tr></table></td></tr></table></body></html>")
    return extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").body


def test_a_line_without_a_letter_or_digit_is_no_text_on_the_walk_s_path() -> None:
    # A stray full stop between the lead and the text (heldout18 class: an overseas paper's
    # table layout; written anew); trafilatura's path already drops such lines.
    body = table_layout_body(f"<p>{PARAGRAPHS[0]}</p><p>.</p><p> … </p>"
                             + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]))
    assert body.split("\n\n") == PARAGRAPHS


def test_a_paragraph_hard_wrapped_in_the_source_is_one_line() -> None:
    # An old CMS or a word processor's export breaks a paragraph's source every 60-odd
    # characters; the browser prints spaces there (heldout19 class: a mass organisation's
    # table-layout portal; written anew).  A <br> still breaks the line.
    wrapped = ("<p>Phát biểu tại hội nghị, đồng chí Chủ tịch Ủy ban\nMặt trận Tổ quốc huyện "
               "đề nghị các <strong>tổ chức\nthành viên</strong> tiếp tục phối hợp\r\nchặt "
               "chẽ trong công tác vận động nhân dân.<br>Năm 2026, huyện phấn đấu xây dựng\n"
               "thêm 3 xã nông thôn mới nâng cao.</p>")
    body = table_layout_body(PS + wrapped)
    assert body.split("\n\n")[:3] == PARAGRAPHS
    assert body.split("\n\n")[3:] == [
        "Phát biểu tại hội nghị, đồng chí Chủ tịch Ủy ban Mặt trận Tổ quốc huyện đề nghị các tổ "
        "chức thành viên tiếp tục phối hợp chặt chẽ trong công tác vận động nhân dân.\n"
        "Năm 2026, huyện phấn đấu xây dựng thêm 3 xã nông thôn mới nâng cao."]


def test_the_article_s_counter_over_the_headline_beats_the_site_s_visits_after_a_short_text() -> None:
    # A Red Cross portal prints "Lượt xem:" above the headline; the footer's visit counter
    # follows the short text more closely (heldout23 class; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><div class='news-view'>Lượt xem: 459"
            f"</div><h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{TEXT}"
            "</div><div class='footer'><p>Số lượt truy cập: 402.118</p></div></body></html>")
    assert extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").views == 459


FURNITURE_LINES = ["Cập nhật lúc 10:30 ngày 12/03/2023", "Thời gian đọc: 5 phút",
                   "Theo dõi Báo Lào Cai trên Google News", "Chia sẻ bài viết",
                   "Read more: Hanoi opens new metro line", "Updated at 1:23 p.m."]
TEXT_LINES = ["Chia sẻ với chúng tôi, ông Nguyễn Văn An cho biết năm nay tỉnh đón nhiều du khách.",
              "Đăng ký kết hôn tăng mạnh trong tháng 10, theo số liệu của Sở Tư pháp tỉnh."]


def test_furniture_lines_inside_the_text_are_left_out() -> None:
    lines = [PARAGRAPHS[0], FURNITURE_LINES[0], FURNITURE_LINES[1], TEXT_LINES[0], PARAGRAPHS[1],
             FURNITURE_LINES[2], TEXT_LINES[1], FURNITURE_LINES[3], FURNITURE_LINES[4],
             FURNITURE_LINES[5], PARAGRAPHS[2]]
    page = body_page("".join(f"<p>{line}</p>" for line in lines))
    assert page["body"].split("\n\n") == [PARAGRAPHS[0], TEXT_LINES[0], PARAGRAPHS[1],
                                          TEXT_LINES[1], PARAGRAPHS[2]]


# ---- round 2: classes the heldout3 pages showed (read after its measurement), written anew ----

def test_bare_div_paragraphs_beat_a_footer_of_short_paragraphs() -> None:
    # No container class the rules know; the text in bare <div>s (ASP.NET CMSs, vov4), the
    # footer's masthead in <p>s: the <div>s are the text, the photo frame and the byline in it.
    body = ("<div style='text-align:center'><img src='/Uploaded/2021/7/2/ban.jpg'><br>"
            "<em>Bản làng người Mông đã đổi mới.</em></div>" + DIVS
            + "<div style='text-align:right'><strong>Giàng A Pao/VOV4</strong></div>")
    footer = ("<div class='footer'><p><strong>BAN DÂN TỘC (VOV4)</strong></p><p>Địa chỉ: 58 Quán Sứ - "
              "Hoàn Kiếm - Hà Nội</p><p>Trưởng Ban: Nguyễn Văn An</p></div>")
    page = body_page(body, container="noi-dung", after=footer)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert (page["authors"], page["source"]) == (["Giàng A Pao"], "VOV4")
    assert [i["caption"] for i in page["images"]] == ["Bản làng người Mông đã đổi mới."]


def test_a_block_outside_the_container_is_weighed_without_the_headline_and_sapo(monkeypatch) -> None:
    # trafilatura also prints the headline, the sapo and a "Tin cùng chuyên mục" block with a
    # teaser; without the lines left out anyway, the container holds most of the text, so the
    # block outside it is left out (heldout3 class: baodantoc).
    from crawler.extract import generic
    teaser = ("Cùng với cả nước kỷ niệm Quốc khánh, Đảng bộ xã vùng cao đã phát động nhiều phong trào "
              "thi đua yêu nước sôi nổi, thiết thực trong toàn xã, thu hút đông đảo bà con tham gia.")
    headline = "Hội nghị tổng kết công tác năm 2025"
    lines = [headline, LEAD, *PARAGRAPHS, "Tin cùng chuyên mục", story(1)[1], teaser]
    monkeypatch.setattr(generic, "trafilatura_paragraphs", lambda root, fast=True: list(lines))
    html = (f"<html><head><meta charset='utf-8'>{DESCRIPTION}</head><body><h1>{headline}</h1>"
            f"<div class='sapo'>{LEAD}</div><div class='detail-body'>{PS}</div>"
            f"<div class='same-cate'><div class='box-title'>Tin cùng chuyên mục</div><div class='item'>"
            f"<h3>{link(1)}</h3><p class='sapo'>{teaser}</p></div></div></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == PARAGRAPHS


SUMMARIES = [f"Tóm tắt bài viết số {n}: tỉnh đã triển khai đồng bộ nhiều giải pháp, huy động "
             f"nguồn lực xã hội hóa và nhận được sự đồng thuận cao của nhân dân địa phương."
             for n in range(1, 6)]


def teaser_item(n: int, shape: str) -> str:
    href, title = story(n)
    summary = SUMMARIES[n - 1]
    return {
        # <article class="story"> with a picture, a heading link, a meta line and a summary
        # (baolaocai's site-wide "content-list", the same CMS on many provincial papers).
        "story": f"<article class='story'><figure class='story__thumb'><a href='{href}'>"
                 f"<img src='/anh/{n}.jpg'></a></figure><h2 class='story__heading'><a href='{href}'>"
                 f"{title}</a></h2><div class='story__meta'><a href='/thoi-su/'>Thời sự</a>"
                 f"<time>24/07/2025</time></div><div class='story__summary'>{summary}</div></article>",
        # A list item: picture link, <h3> headline link, <p> summary.
        "li": f"<li><a href='{href}'><img src='/anh/{n}.jpg'></a><h3><a href='{href}'>{title}</a>"
              f"</h3><p>{summary}</p></li>",
        # A whole card as one link.
        "card": f"<a class='item' href='{href}'><img src='/anh/{n}.jpg'><h3>{title}</h3>"
                f"<p>{summary}</p></a>",
        # An old table layout: a row per story, the headline link, a <br>, the summary.
        "row": f"<tr><td><a class='title' href='{href}'><b>{title}</b></a><br>{summary}</td></tr>",
    }[shape]


def teaser_list(shape: str, count: int = 5) -> str:
    items = "".join(teaser_item(n, shape) for n in range(1, count + 1))
    wrapper = {"story": "div class='box-content content-list'", "li": "ul class='list-news'",
               "card": "div class='items'", "row": "table"}[shape]
    return f"<div class='timeline'><{wrapper}>{items}</{wrapper.split()[0]}></div>"


@pytest.mark.parametrize("shape", ["story", "li", "card", "row"])
def test_the_teasers_of_a_story_list_outside_the_container_do_not_count(monkeypatch, shape) -> None:
    # trafilatura's fast mode appends the summaries of the site's latest stories, printed after
    # the article outside its container (baolaocai): more text than the article's own.  They
    # are no text of the article, so the container holds most of the rest and the summaries
    # leave with everything outside it; trafilatura's full mode is not needed.
    from crawler.extract import generic
    modes = []

    def paragraphs(root, fast=True):
        modes.append(fast)
        return [*PARAGRAPHS, *SUMMARIES]

    monkeypatch.setattr(generic, "trafilatura_paragraphs", paragraphs)
    monkeypatch.setattr(generic, "walk_is_the_text", lambda walked, container: False)  # see below
    page = body_page(PS, after=teaser_list(shape))
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert modes == [True]


NOT_TEASERS = [
    # Paragraphs after the container, each with a link inside a sentence: the article's text
    # going on, not a list of stories.
    ("".join(f"<p>Theo <a href='/thoi-su/bai-viet-so-{n}-post{n}.html'>báo cáo của Sở Nông "
             f"nghiệp tỉnh</a>, {s}</p>" for n, s in enumerate(SUMMARIES, 1)), SUMMARIES),
    # Two stories are no list.
    (teaser_list("li", count=2), SUMMARIES[:2]),
]


@pytest.mark.parametrize(("after", "outside"), NOT_TEASERS, ids=["links-in-sentences", "two-items"])
def test_text_outside_the_container_that_is_no_story_list_still_counts(monkeypatch, after,
                                                                        outside) -> None:
    # The container holds too little of trafilatura's text: it is not trusted, trafilatura's
    # full mode decides and its text is kept whole.
    from crawler.extract import generic
    modes = []
    lines = [PARAGRAPHS[0], *outside]

    def paragraphs(root, fast=True):
        modes.append(fast)
        return list(lines)

    monkeypatch.setattr(generic, "trafilatura_paragraphs", paragraphs)
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>", after=after)
    assert modes == [True, False]
    assert len(page["body"].split("\n\n")) == len(lines)


def test_trafilatura_s_full_mode_reads_a_page_its_fast_mode_found_nothing_on(monkeypatch) -> None:
    from crawler.extract import generic
    # (The walk's own paragraphs, all three, are the body only when both modes find nothing.)
    monkeypatch.setattr(generic, "trafilatura_paragraphs",
                        lambda root, fast=True: [] if fast else PARAGRAPHS[:2])
    monkeypatch.setattr(generic, "walk_is_the_text", lambda walked, container: False)  # see below
    assert body_page(PS)["body"].split("\n\n") == PARAGRAPHS[:2]


def test_a_walk_of_sentences_only_is_the_body_without_trafilatura(monkeypatch) -> None:
    # Every paragraph the walk found is a sentence of a Vietnamese text: trafilatura could only
    # take lines out, and there is none to take, so it is not run (it is the generic path's
    # main cost).  The headline outside the container changes nothing.
    from crawler.extract import generic
    modes = []

    def paragraphs(root, fast=True):
        modes.append(fast)
        return [PARAGRAPHS[0]]

    monkeypatch.setattr(generic, "trafilatura_paragraphs", paragraphs)
    heading = "Những kết quả nổi bật"
    page = body_page(f"<p>{PARAGRAPHS[0]}</p><h3>{heading}</h3>"
                     + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]))
    assert modes == []
    assert page["body"].split("\n\n") == [PARAGRAPHS[0], heading, *PARAGRAPHS[1:]]


ENGLISH = ["On Monday, the provincial People's Council opened its eleventh session in Thai Binh city.",
           "Delegates discussed the medium-term public investment plan and the budget for next year.",
           "The session will last three days and close on Thursday afternoon with a vote on the plan."]
WALKS_TRAFILATURA_STILL_READS = [
    # A short line that is no sentence (a section's name, a player's clock): trafilatura's work.
    (PS + "<p>Thời sự</p>", PARAGRAPHS),
    (PS + "<div class='player'>0:00 / 0:00</div>", PARAGRAPHS),
    # A comment form's prompt inside the container is a sentence, but no text.
    (PS + "<form><p>Vui lòng nhập nội dung bình luận của bạn.</p></form>", PARAGRAPHS),
    # One paragraph, or a short text: too little to judge.
    (f"<p>{' '.join(PARAGRAPHS)}</p>", [" ".join(PARAGRAPHS)]),
    ("".join(f"<p>{p[:60]}.</p>" for p in PARAGRAPHS), [f"{p[:60]}." for p in PARAGRAPHS]),
    # Not Vietnamese: the walk's rules for what is no text are Vietnamese newsroom rules.
    ("".join(f"<p>{p}</p>" for p in ENGLISH), ENGLISH),
    # A heading that closes the text heads nothing of it: a block's label left in the container.
    (PS + "<h3>Bài viết mới cập nhật</h3>", PARAGRAPHS),
]


@pytest.mark.parametrize("heading", ["Tin cùng chuyên mục", "Các tin khác", "Đọc nhiều"])
def test_a_walk_with_a_heading_naming_a_list_of_stories_is_not_the_text(heading) -> None:
    # A list's label inside the container, wherever it stands, is no subheading of the text.
    from lxml import html
    from crawler.extract.body import Body
    from crawler.extract.generic import walk_is_the_text
    container = html.fromstring("<div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    walked = Body(paragraphs=[PARAGRAPHS[0], heading, *PARAGRAPHS[1:]], headings=[heading])
    assert walk_is_the_text(Body(paragraphs=PARAGRAPHS), container)
    assert not walk_is_the_text(walked, container)


@pytest.mark.parametrize(("body", "text"), WALKS_TRAFILATURA_STILL_READS,
                         ids=["section-name", "player-clock", "form", "one-paragraph", "short",
                              "english", "closing-heading"])
def test_a_walk_with_any_line_that_is_no_sentence_is_read_by_trafilatura(monkeypatch, body,
                                                                          text) -> None:
    # trafilatura's text (here: the page's sentences, without the line that is none) decides.
    from crawler.extract import generic
    modes = []

    def paragraphs(root, fast=True):
        modes.append(fast)
        return list(text)

    monkeypatch.setattr(generic, "trafilatura_paragraphs", paragraphs)
    page = body_page(body)
    assert modes[:1] == [True]
    assert page["body"].split("\n\n") == text


def test_an_author_line_labelled_in_the_meta_line() -> None:
    # "Đăng bởi : NAME" after an icon under the headline, no author class (heldout3 class:
    # daktip.vn's meta line).
    meta = ("<div class='news-info'><span class='date'><i class='fa fa-calendar'></i> Thứ Năm, "
            "09-03-2023 / 10:12:01 Sáng</span><span class='poster'><i class='fa fa-user'></i> Đăng bởi : "
            "Nguyễn Văn An</span></div>")
    assert article(TEXT, before=meta)["authors"] == ["Nguyễn Văn An"]


def test_amp_images_are_images() -> None:
    # AMP pages print photos as <amp-img> (heldout3 class: plo's AMP view).
    page = body_page("<figure><amp-img src='https://image.baotinh.vn/hop-bao.jpg' width='1000' height='563'"
                     " layout='responsive'></amp-img><figcaption>Quang cảnh cuộc họp báo.</figcaption></figure>"
                     + PS)
    assert page["images"] == [{"url": "https://image.baotinh.vn/hop-bao.jpg",
                               "caption": "Quang cảnh cuộc họp báo."}]
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_lead_photo_between_the_headline_and_the_text() -> None:
    # WordPress' featured image above the entry content (heldout3 class: thvl); the logo, a
    # small icon and another story's picture are not the article's.
    before = ("<div class='post-thumbnail'><img width='800' height='450' "
              "src='/wp-content/uploads/2019/11/bao-chi-ntm.jpg' class='wp-post-image'></div>"
              "<div class='share'><img src='/icons/zalo.png' width='24'></div>"
              "<a href='/thoi-su/khac-post99.html'><img src='/anh/khac.jpg'></a>"
              "<div class='follow'><img src='/images/google-news.svg'></div>")
    page = article(TEXT, before=before)
    assert [i["url"] for i in page["images"]] == [
        "https://baotinh.example.vn/wp-content/uploads/2019/11/bao-chi-ntm.jpg"]


def test_a_video_player_s_poster_frame_is_no_photo() -> None:
    # A broadcaster's video page prints the player's poster between the headline and the text
    # (heldout22 class: a Pangea-style player "c-mmp__poster"; written anew).
    before = ("<div class='c-mmp' data-type='video'><div class='c-mmp__poster'>"
              "<img src='https://cdn.phatthanh.example.com/3A1F-w800.jpg' alt=''></div></div>")
    assert article(TEXT, before=before)["images"] == []


def test_a_headline_by_class_when_the_title_is_the_portal_name() -> None:
    # A department portal: <title> is the portal's name, no <h1>; the headline is a table cell
    # named as a title, the counter and the time in the cell above it (heldout3 class:
    # sxdthanhhoa's ASP.NET page).
    html = ("<html><head><meta charset='utf-8'><title>Sở Xây dựng tỉnh</title></head><body>"
            "<div class='menu'><a href='Default.aspx'>Trang chủ</a> | <a href='News.aspx'>Tin tức</a></div>"
            "<table><tr><td class='NewsInfo'>Lượt xem: 1532 | Gửi lúc: 14/06/2019 08:47:12</td></tr>"
            "<tr><td class='NewsTitle'><span id='lblTitle'>Huyện phát triển cây ăn quả chất lượng cao"
            f"</span></td></tr><tr><td class='NewsContent'>{PS}</td></tr></table></body></html>")
    page = article_dict(html)
    assert page["title"] == "Huyện phát triển cây ăn quả chất lượng cao"
    assert (page["views"], page["published_at"]) == (1532, "2019-06-14T08:47:12+07:00")
    assert page["category"] is None


@pytest.mark.parametrize("glyph", ["<span class='bullet'>&bull;</span> ", "► ", "&#9632; "])
def test_a_glyph_the_theme_prints_before_the_headline_is_no_part_of_it(glyph: str) -> None:
    # (heldout118 class: a company site's "<span class=bullet>•</span> LỄ TRAO HỌC BỔNG …";
    # the arrow and the square written anew.)
    html = ("<html><head><meta charset='utf-8'></head><body><h1 class='news-title'>"
            f"{glyph}Huyện phát triển cây ăn quả chất lượng cao</h1><div class='detail-content'>{PS}"
            "</div></body></html>")
    page = article_dict(html)
    assert page["title"] == "Huyện phát triển cây ăn quả chất lượng cao"


@pytest.mark.parametrize(("heading", "restated"), [
    # (heldout121 class: a chess club's WordPress post, "… thành phố HCM" under "… thành phố Hồ
    # Chí Minh (01/20/2015)"; written anew.)
    ("Hội nghị tổng kết công tác năm 2025 của tỉnh BN", True),
    # The headline's first part word for word is a section's title over its part of the text
    # (heldout136 class: "Dự án “Áo Ấm Cho Em”" under "Dự án “Áo Ấm Cho Em” - Mang hơi ấm …").
    ("Hội nghị tổng kết công tác năm 2025", False),
    # A subheading sharing fewer opening words is the text's own.
    ("Hội nghị tổng kết: những con số nổi bật", False),
])
def test_a_heading_restating_the_headline_with_another_ending_is_no_text(heading: str,
                                                                          restated: bool) -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025 "
            f"của tỉnh Bắc Ninh (20/01/2025)</h1><div class='detail-content'><h3><strong>{heading}"
            f"</strong></h3>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == (PARAGRAPHS if restated else [heading, *PARAGRAPHS])


def test_a_drupal_views_row_holding_a_story_title_is_no_view_counter() -> None:
    # (heldout121 class: a charity's Drupal 7 site, "<li class=views-row>" items after the
    # text; written anew.)
    after = ("<div class='view-content'><ul><li class='views-row'><span class='field-content'>"
             "<a href='/content/tong-ket-2018'>Hội nghị tổng kết công tác Hội năm 2018</a></span>"
             "</li></ul></div>")
    assert article(TEXT, after=after)["views"] is None
    counter = "<div class='post-views'>Lượt xem: 1.234</div>"
    assert article(TEXT, before=counter)["views"] == 1234


def test_a_text_written_as_lists_outweighs_a_sidebar_of_short_boxes() -> None:
    # A clan council's charter: two short headings, the rest list items (heldout121 class: an
    # ASP.NET table layout whose text sits in a <span>; written anew).
    items = "".join(f"<li>{p}</li>" for p in PARAGRAPHS)
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr><td>"
            "<span class='newstitle'>Hội nghị tổng kết công tác năm 2025</span>"
            f"<span class='newscontent'><p><strong>I. Mục đích</strong></p><ul>{items}</ul></span></td>"
            "<td><div class='boxtitle'>LỊCH VẠN NIÊN</div><div class='boxcontent'>Tháng Năm</div>"
            "<div class='boxcontent'>Đang online: 3<br>Lượt truy cập: 45.612</div></td></tr></table>"
            "</body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == ["I. Mục đích", *PARAGRAPHS]


def test_the_opening_sentence_the_headline_repeats_without_its_stop_stays_text() -> None:
    # A commune portal titles its story by its first sentence (heldout126 class; written anew);
    # the headline printed again without a stop, or a short title with one, is no text.
    headline = ("Sáng 13/02, Ủy ban MTTQ xã Xuân Phước trao 100 suất quà Tết cho các hộ nghèo trên "
                "địa bàn xã")

    def body_under(first: str) -> list[str]:
        html = (f"<html><head><meta charset='utf-8'></head><body><h1>{headline}</h1><div "
                f"class='detail-content'><p>{first}</p>{PS}</div></body></html>")
        return extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").body.split("\n\n")

    assert body_under(headline + ".") == [headline + ".", *PARAGRAPHS]
    assert body_under(headline) == PARAGRAPHS


def test_a_name_framed_by_rule_marks_over_the_text_is_the_byline() -> None:
    # (heldout122 class: an overseas paper's WordPress post, "<p>=== Kristy Thái ===</p>";
    # written anew.)
    page = body_page("<p>=== Lê Thu Hà ===</p>" + PS)
    assert (page["body"].split("\n\n"), page["authors"]) == (PARAGRAPHS, ["Lê Thu Hà"])


def test_a_list_s_items_keep_their_printed_dash_and_a_place_named_view_is_no_counter() -> None:
    # An overseas paper's candidate list (heldout122 class: "<li><strong>- Khu học chánh …
    # </strong><br>…</li>"; written anew): trafilatura's "- " before the printed dash goes, and
    # "Ocean View (2)" is a district's name, no view counter, and stays a line of the text.
    items = ("<li><strong>- Khu học chánh Garden Grove</strong><br>Khu vực 1: Terri Rocco và Nicholas "
             "Dibs</li><li><strong>- Hội đồng giám sát Quận Cam</strong><br>Khu vực 1: Janet Nguyen và "
             "Frances Marquez</li><li><strong>- Khu học chánh Ocean View (2)</strong><br>Keith Jorgensen, "
             "David Clifford.</li>")
    closing = ("Danh sách đầy đủ, gồm cả các ứng cử viên hội đồng thành phố tại từng địa hạt, được "
               "đăng trên trang mạng của văn phòng.")
    html = ("<html><head><meta charset='utf-8'></head><body><article><header class='entry-header'><h1 "
            "class='entry-title'>Hội nghị tổng kết công tác năm 2025</h1></header><div class='entry-content'>"
            f"{PS}<ul class='wp-block-list'>{items}</ul><p>{closing}</p></div></article></body></html>")
    page = article_dict(html)
    assert page["views"] is None
    assert page["body"].split("\n\n")[3:] == [
        "- Khu học chánh Garden Grove", "Khu vực 1: Terri Rocco và Nicholas Dibs",
        "- Hội đồng giám sát Quận Cam", "Khu vực 1: Janet Nguyen và Frances Marquez",
        "- Khu học chánh Ocean View (2)", "Keith Jorgensen, David Clifford.", closing]


def test_a_headline_printed_again_in_one_paragraph_under_the_trail_is_no_text() -> None:
    # A static page: the trail, the section's line, then the headline over three lines of one
    # <p> (heldout122 class: an overseas magazine's FrontPage page; written anew).
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025 của tỉnh "
            "Bắc Ninh</title></head><body><table><tr><td><p><a href='/'>Trang Chính</a> &gt; "
            "<a href='index.htm'>Thời Sự</a></p><p><b>Thời Sự:</b></p><p align='center'><b>Hội nghị "
            f"tổng kết<br>công tác năm 2025<br>của tỉnh Bắc Ninh</b></p>{PS}</td></tr></table></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_links_to_a_folder_s_front_page_are_no_related_stories() -> None:
    # "Trở về Trang Chính" (../index.htm) in the related block (heldout122 class; written anew).
    after = ("<p><b>Các bài khác trong mục Thời Sự:</b></p><p>- <a href='/thoi-su/934-hoi-cho-tet.htm'>"
             "Hội Chợ Tết Canh Tư 2020 Tại Houston Đông Vui</a></p><p><a href='/thoi-su/index.htm'>"
             "Trở về mục Thời Sự của tạp chí</a></p>")
    related = article(TEXT, after=after)["related"]
    assert [r["title"] for r in related] == ["Hội Chợ Tết Canh Tư 2020 Tại Houston Đông Vui"]


def test_the_label_of_a_story_list_inside_the_text_s_container_is_no_text() -> None:
    # (heldout122 class: "Các bài khác trong mục …:" closing a table cell's text; written anew.)
    stories = "".join(f"<p>- <a href='/thoi-su/{i}-tin-{i}.htm'>Tin tức số {i} của chuyên mục thời sự "
                      f"tỉnh</a></p>" for i in (931, 932, 933))
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr><td><h1>Hội nghị tổng kết công "
            f"tác năm 2025</h1>{PS}<p><b>Các bài khác trong mục Thời Sự:</b></p>{stories}</td></tr>"
            "</table></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_wordpress_category_badge_is_no_related_story() -> None:
    # "<a rel='category tag'>Thông tin thời vụ</a>" over the headline in the post's own box
    # (heldout123 class: ColorMag's header; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><article class='post'><div class='cm-post-content'>"
            "<div class='cm-post-categories'><a href='https://baotinh.example.vn/tin-tuc/thong-tin-thoi-vu/' "
            "rel='category tag'>Thông tin thời vụ lúa</a></div><h1 class='cm-entry-title'>Hội nghị tổng kết "
            f"công tác năm 2025</h1><div class='cm-entry-summary'>{PS}</div></div></article>"
            "<div class='related-posts-wrapper'><h3><span>Bài viết liên quan</span></h3><h3><a "
            "href='https://baotinh.example.vn/lich-gieo-sa-lua-vu-thu-dong-2023/'>Lịch gieo sạ lúa vụ Thu "
            "Đông 2023</a></h3></div></body></html>")
    page = article_dict(html)
    assert [r["title"] for r in page["related"]] == ["Lịch gieo sạ lúa vụ Thu Đông 2023"]


def test_jetpack_s_english_related_heading_labels_the_related_posts() -> None:
    # (heldout124 class: a pagoda's WordPress site, "<h3><em>Related</em></h3>"; written anew.)
    after = ("<div id='jp-relatedposts'><h3 class='jp-relatedposts-headline'><em>Related</em></h3>"
             "<p><a href='/2023/05/15/le-tam-phat-chu-nhat/'>Lễ Tắm Phật: Chủ nhật ngày 28 tháng 05</a></p></div>")
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == ["Lễ Tắm Phật: Chủ nhật ngày 28 tháng 05"]


def test_a_buddhist_homage_opening_the_post_is_text_not_the_lead() -> None:
    # The description repeats "Nam Mô … Quán Thế Âm Bồ Tát." centred in bold over the text
    # (heldout124 class: a pagoda's post; written anew).
    homage = "Nam Mô Đại Từ Đại Bi Tầm Thinh Cứu Khổ Cứu Nạn Linh Cảm Ứng Quán Thế Âm Bồ Tát."
    page = body_page(f"<p style='text-align:center'><strong>{homage}</strong></p>" + PS,
                     head=f"<meta name='description' content='{homage}'>")
    assert (page["sapo"], page["body"].split("\n\n")) == (None, [homage, *PARAGRAPHS])


def test_a_lead_sentence_opening_with_its_day_is_passed_over_for_the_date_above_the_headline() -> None:
    # "11/09/2023" alone over the headline, the lead "Sáng ngày 11/9/2023, Đảng bộ xã … tổ chức
    # …" under it (heldout126 class: a district portal; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><div class='article-date'>11/09/2023</div>"
            "<h1>Huyện phát triển cây ăn quả chất lượng cao</h1><div class='article-view'>Lượt xem: 666"
            "</div><div class='detail-content'><p>Sáng ngày 12/9/2023, Đảng bộ xã Yên Thắng tổ chức "
            f"Lễ trao tặng Huy hiệu Đảng cho 6 đảng viên.</p>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2023-09-11T00:00:00+07:00"


def test_a_table_of_one_cell_rows_of_one_class_is_the_text_s_container() -> None:
    # Each paragraph a row "<tr><td class=NewsText>…</td></tr>", a photo's row between them,
    # beside a sidebar of boxes (heldout127 class: an overseas community's ASP.NET page; written
    # anew).
    rows = "".join(f"<tr><td class='NewsText'>{p}</td></tr>" for p in PARAGRAPHS[:2]) \
        + "<tr><td align='center'><img src='/Upload/News/1/anh_01.jpg' width='560'></td></tr>" \
        + f"<tr><td class='NewsText'>{PARAGRAPHS[2]}</td></tr>"
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr><td class='left'><table>"
            "<tr><td class='BoxTitle'>GIỜ LỄ</td></tr><tr><td class='BoxContent'>Chúa Nhật: 2:00 chiều"
            "<br>Sacred Heart Cabramatta</td></tr></table></td><td><table><tr><td class='NewsTitle'>"
            "<span class='TitleDetail'>Hội nghị tổng kết công tác năm 2025</span></td></tr>"
            "<tr><td class='NewsDate'>Cập nhật: 22/08/2023</td></tr><tr><td><span id='lblContent'>"
            f"<table>{rows}</table></span></td></tr></table></td></tr></table></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert [i["url"] for i in page["images"]] == ["https://baotinh.example.vn/Upload/News/1/anh_01.jpg"]


def test_a_lead_box_holding_its_photo_s_caption_is_the_lead_without_it() -> None:
    # NukeViet's hometext with the photo and "<p class=imgalt>" (the headline again) over the
    # lead (heldout128 class: a school's savefile view; written anew).
    lead = ("Ngày 28 tháng 11 năm 2019, Phòng Giáo dục và Đào tạo thành phố đã tổ chức tổng kết "
            "Hội thi giáo viên dạy giỏi cấp THCS.")
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025"
            "</h1><div id='hometext' class='hometext'><div class='imghome'><img src='/uploads/news/a.jpg' "
            "width='460'><p class='imgalt'><em>Hội nghị tổng kết công tác năm 2025</em></p></div>"
            f"{lead}</div><div class='detail-content'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["sapo"] == lead


def test_an_emoji_pasted_from_facebook_is_no_photo() -> None:
    # "<img width=16 height=16 src=…/emoji.php/…/1f490.png>" (heldout128 class; written anew).
    emoji = "<p><img height='16' width='16' alt='💐' src='https://static.xx.fbcdn.net/images/emoji.php/v9/t3c/1.5/16/1f490.png'></p>"
    photo = "<p><img src='/uploads/anh-hoi-nghi.jpg' width='600' height='400'></p>"
    assert [i["url"] for i in article(emoji + PS + photo)["images"]] == ["https://baotinh.example.vn/uploads/anh-hoi-nghi.jpg"]


def test_a_bilingual_headline_s_halves_over_their_texts_are_no_text() -> None:
    # "WE DELIVERED WARMTH …/ HÀNH TRÌNH MANG HƠI ẤM …" with each half an <h3> over its half of
    # the text (heldout130 class: a company's WordPress post; written anew).
    english = "The annual meeting reviewed the year of work"
    html = (f"<html><head><meta charset='utf-8'></head><body><h1>{english.upper()}/ HỘI NGHỊ TỔNG KẾT "
            f"CÔNG TÁC NĂM 2025</h1><div class='entry-content'><h3><strong>{english.upper()}</strong>"
            f"</h3><p>{PARAGRAPHS[0]}</p><h3><strong>HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2025</strong></h3>"
            f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_title_block_in_capitals_under_a_photo_is_text_not_its_caption() -> None:
    # A speech's heading over three lines in capitals, centred under the last photo (heldout133
    # class: a village portal's NukeViet page; written anew).
    heading = "DIỄN VĂN KHAI MẠC HỘI NGHỊ\nXÃ HẠ TRẠCH, HUYỆN BỐ TRẠCH,\nTỈNH QUẢNG BÌNH"
    page = body_page("<p style='text-align:center'><img src='/uploads/anh-1.jpg' width='800' height='450'>"
                     "</p><p style='text-align:center'><strong>" + heading.replace("\n", "<br>")
                     + "</strong></p>" + PS)
    assert page["images"][0]["caption"] is None
    assert page["body"].split("\n\n")[:3] == heading.split("\n")


def test_a_wordpress_author_link_naming_an_office_is_no_credit() -> None:
    # "bởi <a href=/author/qlkh/>Phòng Quản lý Khoa học</a>" under a university's notice
    # (heldout131 class; written anew).
    before = ("<div class='entry-meta'><span class='byline'> bởi <span class='author vcard'><a "
              "href='https://baotinh.example.vn/author/qlkh/'>Phòng Quản lý Khoa học</a></span></span></div>")
    page = article(TEXT, before=before)
    assert (page["authors"], page["source"]) == ([], None)


def test_a_blogger_post_of_div_paragraphs_with_a_cut_description_and_a_signature_under_its_lead() -> None:
    # Blogger: paragraphs as bare <div>s, an italic lead the description repeats cut short
    # ("…"), the writer's name right-aligned over "Đăng ngày …", two teasers in the sidebar
    # (heldout136 class: a charity's blog; written anew).
    lead = ("Một chiếc áo rét, một đôi ủng, một đôi tất là đủ để một đứa trẻ không tím tái vì "
            "lạnh dưới cái rét ba bốn độ. Chỉ chừng 150 ngàn đồng, vậy mà đó là ước mơ của nhiều em.")
    cut = " ".join(lead.split()[:18]) + "..."
    divs = "".join(f"<div style='text-align: justify;'>{p}</div><div><br></div>" for p in PARAGRAPHS)
    teasers = "".join(f"<div class='item'><a href='/2012/0{i}/bai-{i}.html'>Bài viết số {i} của nhóm "
                      f"thiện nguyện</a><p>Tóm tắt bài viết số {i} của nhóm thiện nguyện vùng cao trong "
                      "mùa đông năm nay.</p></div>" for i in (1, 2))
    html = (f"<html><head><meta charset='utf-8'><meta property='og:description' content='{cut}'></head>"
            "<body><h2 class='date-header'><span>Thứ Hai, 16 tháng 1, 2012</span></h2><h3 class='post-title "
            "entry-title'>Hội nghị tổng kết công tác năm 2025</h3><div class='post-body entry-content'>"
            f"<div style='text-align: justify;'><i>{lead}</i></div><div><br></div><div style='text-align: "
            "right;'><b>Trần Đăng Tuấn</b></div><div style='text-align: right;'><span>Đăng ngày 16/01/2012"
            f"</span></div><div><br></div>{divs}</div><div class='sidebar'>{teasers}</div></body></html>")
    reading = read_page(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    page = article_dict(html)
    assert reading.kind == "article"
    assert (page["sapo"], page["authors"], page["body"].split("\n\n")) == (lead, ["Trần Đăng Tuấn"], PARAGRAPHS)


def test_a_date_badge_of_initialled_parts_is_the_day() -> None:
    # "<span class=d>20</span> <span class=m>07</span> <span class=y>2025</span>" over the
    # headline (heldout138 class: a city youth union's portal; written anew).
    before = "<div class='date-box'><span class='d'>20</span> <span class='m'>07</span> <span class='y'>2025</span></div>"
    html = ("<html><head><meta charset='utf-8'></head><body>" + before + "<h1>Hội nghị tổng kết công "
            f"tác năm 2025</h1><div class='detail-content'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2025-07-20T00:00:00+07:00"


def test_a_signature_right_after_the_text_s_container_is_the_byline() -> None:
    # NukeViet's author field under div#news-bodyhtml (heldout137 class: a procuracy's portal;
    # written anew): the name over the office, right-aligned by class.
    after = ("<div class='margin-bottom-lg'><p class='h5 text-right'><strong>Lê Văn An</strong><br>"
             "Phòng 8 - VKSND tỉnh</p></div>")
    page = article(TEXT, after=after)
    assert (page["authors"], page["source"]) == (["Lê Văn An"], None)


def test_hatom_s_hidden_update_time_is_not_the_printed_day() -> None:
    # WordPress' Avada theme: "<span class='updated rich-snippet-hidden'>…</span>" before the
    # visible "<time class='entry-date published'>" (heldout148 class: a university's site;
    # written anew). The day a reader sees, at the declared time of that day.
    meta = ("<div class='fusion-meta-info'><span class='updated rich-snippet-hidden'>2021-03-10T09:00:00+07:00"
            "</span><time class='entry-date published' datetime='2021-03-08T14:05:37+07:00'>08/03/2021</time>"
            "<span class='sep'>|</span><a href='/tin-tuc/su-kien/' rel='category tag'>Sự kiện</a></div>")
    html = ("<html><head><meta charset='utf-8'><meta property='article:published_time' "
            "content='2021-03-08T14:05:37+07:00'><meta property='article:modified_time' "
            "content='2021-03-10T09:00:00+07:00'></head><body><h1>Huyện phát triển cây ăn quả chất "
            f"lượng cao</h1>{meta}<div class='post-content'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2021-03-08T14:05:37+07:00"


def test_a_hidden_copy_of_a_cut_description_is_not_the_lead() -> None:
    # NukeViet prints the description cut short for machines in "<span class='hidden hide
    # d-none' itemprop='description'>", then the whole lead in div.hometext (heldout146 class:
    # a procuracy's portal; written anew).
    lead = ("Thực hiện Nghị quyết của Tỉnh ủy về phát triển nông nghiệp, huyện đã chuyển đổi hơn "
            "hai trăm héc-ta đất trồng lúa kém hiệu quả sang trồng cây ăn quả chất lượng cao.")
    cut = " ".join(lead.split()[:14]) + " ..."
    html = (f"<html><head><meta charset='utf-8'><meta name='description' content='{cut}'></head><body>"
            f"<h1>Huyện phát triển cây ăn quả chất lượng cao</h1><span class='hidden hide d-none' "
            f"itemprop='description'>{cut}</span><div class='hometext'>{lead}</div>"
            f"<div id='news-bodyhtml'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["sapo"] == lead


def test_a_three_part_title_s_opening_names_the_headline_over_a_navigation_h1() -> None:
    # Liferay's "<headline> - <section> - <site>" <title>, whose headline is less than 0.4 of
    # it, an unclassed "<h1>Điều hướng</h1>" over the menu, and the headline in an <h3>
    # (heldout150 class: a commune portal; written anew).
    headline = "Xã tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2024"
    html = (f"<html><head><meta charset='utf-8'><title>{headline} - Tin hoạt động của xã - Cổng "
            "thông tin điện tử xã Tân Thành huyện Phú Lương</title></head><body><h1><span>Điều "
            "hướng</span></h1><ul><li><a href='/'>Trang chủ</a></li></ul><div class='taglib-header'>"
            "<a href='/tin-hoat-dong' title='Quay lại'>« Quay lại</a>"
            f"<h3 class='header-title'><span>{headline}</span></h3></div>"
            f"<div class='journal-content-article'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["title"] == headline


def test_a_pasted_document_s_title_is_no_text() -> None:
    # Word's "Save as Web Page" pasted whole into the text cell: "<html><head><title>Untitled
    # 1</title></head><body>…" inside the page's body (heldout149 class: an Oracle Portal
    # page; written anew).
    cell = ("<td class='noidung'><html><head><meta http-equiv='Content-Type' content='text/html'>"
            f"<title>Untitled 1</title></head><body>{PS}</body></html></td>")
    html = ("<html><head><meta charset='utf-8'><title>Trường - Tin tức</title></head><body><table><tr>"
            "<td class='tieude'>Huyện phát triển cây ăn quả chất lượng cao</td></tr><tr>"
            f"{cell}</tr></table></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_comment_box_after_an_empty_anchor_is_no_text() -> None:
    # JComments: "<div id=jc><div id=comments></div><h4>Comments</h4><form …>" under the text
    # (heldout151 class: a Joomla 1.5 site; written anew).
    comments = ("<div id='jc'><div id='comments'></div><h4>Comments</h4><form><p><input type='text'> "
                "<label>Tên (bắt buộc)</label></p></form><div id='comments-footer'><a "
                "href='http://www.joomlatune.com'>JComments</a></div></div>")
    page = article(TEXT + comments)
    assert "Comments" not in page["body"] and "JComments" not in page["body"]


def test_a_page_s_tools_and_its_own_path_name_no_section() -> None:
    # A site addressing every page by its query ("/vi/?go=detail/…"), its print and e-mail
    # links over the headline sharing the page's path (heldout151 class: a clan's portal;
    # written anew): no section, rather than "Bản in".
    url = "http://dongho.example.vn/vi/?go=detail/27/3/2013/LBBBK/News/hop-mat.dhtml"
    tools = ("<td><span class='date'>Đăng ngày 27/3/2013</span><br><a href='http://dongho.example.vn/vi/"
             "?go=sendmail/LBBBK.dhtml'>E-mail</a> <a href='http://dongho.example.vn/vi/?go=print/"
             "LBBBK.dhtml'>Bản in</a></td>")
    html = (f"<html><head><meta charset='utf-8'></head><body><table><tr>{tools}</tr></table>"
            f"<h1>Họp mặt đầu xuân của dòng họ năm 2013</h1><div class='content'>{PS}</div></body></html>")
    page = article_dict(html, url)
    assert page["category"] is None


def test_a_path_table_is_a_trail_and_a_query_addressed_page_is_not_its_section() -> None:
    # Oracle Portal: "<td class=pathtext><a class=pathlink>…</a></td>" over an item whose
    # address is its section's path with the item in the query (heldout149 class; written anew).
    url = ("http://truong.example.edu.vn/portal/page/portal/hv/276/2768?p_page_id=2768&item_id=30652"
           "&p_details=1")
    trail = ("<table class='path'><tr><td class='pathtext'><a class='pathlink' href='/portal/page/portal/hv'>"
             "Trang chủ</a> &gt; <a class='pathlink' href='/portal/page/portal/hv/276'>Tin tức - Sự kiện</a>"
             " &gt; <a class='pathlink' href='/portal/page/portal/hv/276/2768'>Hoạt động của trường</a>"
             "</td></tr></table>")
    html = ("<html><head><meta charset='utf-8'><title>Trường - Hoạt động của trường</title></head><body>"
            "<table><tr><td class='leftmenu'><a href='/portal/page/portal/hv/276/2768'>Hoạt động của "
            f"trường</a></td></tr></table>{trail}<table><tr><td class='tieude'>Trường tổ chức khóa "
            f"bồi dưỡng nghiệp vụ năm 2023</td></tr><tr><td class='noidung'>{PS}</td></tr></table>"
            "</body></html>")
    page = article_dict(html, url)
    assert (page["title"], page["category"]) == ("Trường tổ chức khóa bồi dưỡng nghiệp vụ năm 2023",
                                                 "Hoạt động của trường")


def test_a_paragraph_of_sentences_indented_by_spaces_under_a_photo_is_text() -> None:
    # "&nbsp;" x 11 before a paragraph of three sentences under a photo (heldout152 class: a
    # preschool's NukeViet site; written anew): the text's own indentation, no caption.
    indent = "&nbsp;" * 11
    closing = ("Có thể nói hội nghị đã thành công tốt đẹp. Các đại biểu đã thảo luận sôi nổi. Kết quả "
               "các chỉ tiêu đều được thông qua.")
    body = (TEXT + "<p style='text-align:center'><img src='/uploads/news/hoi-nghi.jpg' width='600'></p>"
            f"<p style='text-align:justify'>{indent} {closing}</p>")
    page = article(body)
    assert page["body"].split("\n\n")[-1] == closing


def test_a_sidebar_widget_labelled_like_tags_adds_no_tags() -> None:
    # The post's "Thẻ:" block, and a WordPress sidebar widget "Chủ đề" listing the site's topics
    # (heldout154 class: an open-data NGO's digest; written anew).
    tags = ("<div class='post-tags'><span>Thẻ:</span> <a href='/tag/dan-toc/' rel='tag'>Dân tộc</a>, "
            "<a href='/tag/sinh-ke/' rel='tag'>Sinh kế</a></div>")
    widget = ("<aside><div class='widget topics'><h2 class='widget-title'>Chủ đề</h2><ul><li><a "
              "href='/topics/gender/'>Giới</a></li><li><a href='/topics/poverty/'>Nghèo đói</a></li>"
              "</ul></div></aside>")
    page = article(TEXT, after=tags + widget)
    assert page["tags"] == ["Dân tộc", "Sinh kế"]


# Round 60 (heldout157 classes; every page below written anew).

def test_a_site_builder_s_paragraph_box_is_the_text_not_the_comment_form() -> None:
    # Weebly: the post's text as <br> lines in one "div.paragraph" holding the poster's frame
    # and a list of links, then a comment form whose fields are labelled boxes (heldout157
    # class: an association's blog).
    lines = "<br><br>".join(PARAGRAPHS)
    html = ("<html><head><meta charset='utf-8'><title>Thư mời dự hội chợ Xuân 2024</title></head><body>"
            "<div class='blog-post'><h2 class='blog-title'><a href='/tin/thu-moi'>Thư mời dự hội chợ Xuân "
            "2024</a></h2><p class='blog-date'><span class='date-text'>15/1/2024</span></p><div "
            f"class='blog-content'><div class='paragraph'>{lines}<div><div class='wsite-image'><a><img "
            "src='/uploads/hoi-cho-xuan-2024.jpg' alt='Picture'></a></div></div><ul><li><a "
            "href='https://example.org/dang-ky'>Đăng ký tham dự</a></li></ul></div></div></div>"
            "<form class='blog-comment-form'><div class='field'><label>Tên (bắt buộc)</label><input "
            "name='name'></div><div class='field'><label>Email (không công khai)</label><input "
            "name='email'></div><div class='field'><textarea name='comment'></textarea></div></form>"
            "</body></html>")
    page = article_dict(html)
    assert page["images"] == [{"url": "https://baotinh.example.vn/uploads/hoi-cho-xuan-2024.jpg",
                               "caption": None}]
    assert page["body"].split("\n\n")[:3] == PARAGRAPHS[:3]


def test_a_japanese_blog_s_date_reading_time_and_view_counter() -> None:
    # Wix in Japanese: the date "2019年8月15日" and the reading time "読了時間: 2分" over the text,
    # the counter "<span>5</span>回の閲覧" in the post's footer (heldout157 class).
    html = ("<html><head><meta charset='utf-8'><title>Họp mặt hội viên mùa hè</title></head><body><article>"
            "<h1>Họp mặt hội viên mùa hè</h1><ul data-hook='post-metadata'><li><span>2019年8月15日</span></li>"
            f"<li><span>読了時間: 2分</span></li></ul><div class='post-content'>{PS}</div><div "
            "data-hook='post-footer'><span data-hook='view-count'><span>5</span>回の閲覧</span><span "
            "data-hook='comment-count'><span>0</span>件のコメント</span></div></article></body></html>")
    page = article_dict(html)
    assert (page["published_at"], page["views"]) == ("2019-08-15T00:00:00+07:00", 5)
    assert page["body"].split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("line", ["5 phút đọc", "Đọc trong 3 phút", "4 min read", "読了時間: 2分"])
def test_a_reading_time_is_no_text(line: str) -> None:
    page = article(f"<p>{line}</p>" + PS)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_an_unaccented_title_finds_the_heading_and_the_dateline_opens_the_text_under_a_deck() -> None:
    # An old static page: its <title> typed without marks, the heading centred in bold over
    # three lines, an italic deck and a captioned photo, then the first paragraph opening with
    # its place and day; a "Top" link back up the page closes it (heldout157 class).
    first = ("Hòa Bình, Việt Nam (12/05/2008) - Ngày 12/05/2008, bà con thôn Đông đã long trọng tổ chức "
             "lễ khánh thành nhà văn hóa mới sau hai năm xây dựng.")
    html = ("<html><head><meta charset='utf-8'><title>Le khanh thanh nha van hoa thon Dong</title></head>"
            "<body><table><tr><td><a href='../index.htm'>Trang Chính</a> | <a href='../tin/index.htm'>Tin "
            "Tức</a></td></tr><tr><td><p align='center'><b><font size='5'>Lễ khánh thành nhà văn hóa<br>"
            "thôn Đông<br>Xã Hòa Bình</font></b></p><p align='center'><i>Bà con thôn Đông mừng ngày khánh "
            "thành nhà văn hóa mới</i></p><p align='center'><img src='images/nvh1.jpg' width='450'></p><p "
            "align='center'><span class='caption'>Nhà văn hóa thôn Đông nhìn từ cổng chính, xã Hòa Bình, "
            f"ngày khánh thành.</span></p><p>{first}</p>{PS}<p align='right'><a href='#top'>Top</a></p>"
            "</td></tr></table></body></html>")
    page = article_dict(html)
    assert page["title"] == "Lễ khánh thành nhà văn hóa thôn Đông Xã Hòa Bình"
    assert page["published_at"] == "2008-05-12T00:00:00+07:00"
    assert page["authors"] == [] and page["body"].split("\n\n")[-1] == PARAGRAPHS[-1]


# Round 61 (heldout158-161 classes; every page below written anew).

def test_blogengine_s_day_first_date_own_footer_and_related_posts() -> None:
    # BlogEngine.NET: "<span class=pubDate>18. May 2010 22:42</span>" under the headline, the
    # post's own "div.footer" (bookmarks, actions) inside the post, then "Related posts"; a
    # paragraph that is one link prompting a click is no related story (heldout160 class).
    related = ["Khám bệnh miễn phí cho người cao tuổi", "Trao học bổng cho học sinh nghèo vượt khó"]
    html = ("<html><head><meta charset='utf-8'><title>Phát quà Tết cho bà con vùng lũ</title></head><body>"
            "<div id='content'><div class='post'><h1><a href='/post/Phat-qua-Tet.aspx'>Phát quà Tết cho bà con "
            "vùng lũ</a></h1><span class='author'>by <a href='/author/Admin.aspx'>Admin</a></span><span "
            f"class='pubDate'>3. February 2011 09:15</span><div class='text'>{PS}<p><a href='/page/"
            "Chuong-trinh-Tet.aspx'>Xin ấn vào đây để xem Chương trình Tết cho người nghèo năm nay.</a></p>"
            "</div><div class='footer'><div class='bookmarks'><a href='https://www.facebook.com/share'>"
            "Facebook</a></div>Actions: <a href='mailto:?subject=x'>E-mail</a></div></div><div "
            "id='relatedPosts'><p>Related posts</p>"
            + "".join(f"<a href='/post/bai-{i}.aspx'>{t}</a><span>Đoàn đã đến thăm và tặng quà...</span><br>"
                      for i, t in enumerate(related)) +
            "</div></div><div id='footer'>© Quỹ Từ Thiện</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2011-02-03T09:15:00+07:00"
    assert [r["title"] for r in page["related"]] == related


def test_drupal_s_english_reads_counter_is_the_views() -> None:
    # Drupal 7's statistics module in English: "8827 reads" in the node's links (heldout158
    # class: a school's site).
    page = article(PS, before="<div class='submitted'>Post by: webams | 07/11/2018 | <span "
                   "class='statistics-counter'>1234 reads</span></div>")
    assert page["views"] == 1234


def test_a_dated_short_notice_in_a_print_view_is_an_article() -> None:
    # A print view of a ranger office's notice: its title, its time, two sentences (heldout161
    # class; written anew).
    html = ("<html><head><meta charset='utf-8'><title>Thông báo cấp dự báo cháy rừng ngày 15/6/2023</title>"
            "</head><body><table><tr><td class='printtitle'>Thông báo cấp dự báo cháy rừng ngày 15/6/2023</td>"
            "</tr><tr><td class='printdate'>15/06/2023 09:12:05 AM</td></tr><tr><td class='printbody'><p>Theo "
            "tin từ Chi cục Kiểm lâm, hôm nay trên địa bàn tỉnh có nắng nóng gay gắt, nguy cơ cháy rừng ở "
            "cấp IV tại các huyện miền núi.</p><p>Đề nghị các chủ rừng tăng cường tuần tra, canh gác và "
            "sẵn sàng lực lượng, phương tiện chữa cháy.</p></td></tr></table><a href='/'>Trang chủ</a>"
            "</body></html>")
    reading = read_page(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert reading.kind == "article"


def test_a_short_dated_text_among_teasers_stays_a_listing() -> None:
    # The same short text with teasers of other stories around it: a listing.
    teasers = "".join(f"<p><a href='/tin/{i}'>Tin số {i} về công tác phòng cháy chữa cháy rừng mùa khô năm "
                      f"nay</a> Các đơn vị đã triển khai nhiều biện pháp bảo vệ rừng trong mùa khô.</p>"
                      for i in range(8))
    html = ("<html><head><meta charset='utf-8'><title>Tin tức</title></head><body><h1>Thông báo cấp dự báo "
            "cháy rừng</h1><div class='date'>15/06/2023 09:12</div><div class='content'><p>Theo tin từ Chi "
            "cục Kiểm lâm, hôm nay trên địa bàn tỉnh có nắng nóng gay gắt, nguy cơ cháy rừng ở cấp IV.</p>"
            f"</div><div class='list'>{teasers}</div></body></html>")
    assert read_page(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").kind == "listing"


def test_a_static_page_s_deck_and_credit_over_the_dateline_are_lead_and_byline() -> None:
    # An old static page: under its centred headline an italic deck and a credit line, then
    # the paragraph opening with its place and day (heldout157 class; written anew).
    first = ("Đà Nẵng, Việt Nam (03/09/2009) - Ngày 03/09/2009, giáo xứ Thanh Đức đã long trọng mừng "
             "lễ bổn mạng với sự tham dự của đông đảo giáo dân.")
    html = ("<html><head><meta charset='utf-8'><title>Mung le bon mang giao xu Thanh Duc</title></head>"
            "<body><table><tr><td><a href='../index.htm'>Trang Chính</a></td></tr><tr><td><p "
            "align='center'><b><font size='5'>Mừng lễ bổn mạng giáo xứ Thanh Đức</font></b></p><p "
            "align='center'><i>Giáo dân Thanh Đức mừng lễ bổn mạng trong niềm vui</i></p><p "
            "align='center'><font size='1'>Prepared for Internet by Radio Free Asia, Hoa Kỳ</font></p>"
            f"<p>{first}</p>{PS}</td></tr></table></body></html>")
    page = article_dict(html)
    assert page["sapo"] == "Giáo dân Thanh Đức mừng lễ bổn mạng trong niềm vui"
    assert (page["authors"], page["source"]) == ([], "Radio Free Asia")
    assert page["body"].split("\n\n") == [first, *PARAGRAPHS]


# Round 62 (heldout162 class; written anew).

@pytest.mark.parametrize(("printed", "read"), [
    ("Dưới đây là một vài hình ảnh<br>của hội trại:", ["Dưới đây là một vài hình ảnh của hội trại:"]),
    # A line of three words over one in small letters stays two lines (a unit over its place).
    ("Ban liên lạc<br>khóa học 1995 - 1998", ["Ban liên lạc", "khóa học 1995 - 1998"]),
])
def test_a_short_line_run_on_in_small_letters_after_a_break_is_one_line(printed: str, read: list[str]) -> None:
    # A school portal's "Sau đây là một số hình ảnh<br>của buổi lễ:" (heldout162 class).
    page = article(f"<p>{PARAGRAPHS[0]}</p><p>{printed}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]))
    assert page["body"].split("\n\n") == [PARAGRAPHS[0], *read, *PARAGRAPHS[1:]]



# Round 63 (heldout19 class; written anew).

def test_the_heading_the_address_spells_is_the_headline_under_a_section_and_site_title() -> None:
    # A district portal: <title> "Section - Site", the site's name in the banner, the headline
    # in an <h3> whose words the address spells, the day and the counter under it (heldout19
    # class: a Liferay portal).
    url = ("https://quan.example.gov.vn/tin-phuong/-/view_content/7012345-huyen-phat-trien-cay-an-"
           "qua-chat-luong-cao.html")
    html = ("<html><head><meta charset='utf-8'><title>Tin hoạt động các phường - Cổng giao tiếp "
            "điện tử quận Đông Hà</title></head><body><div class='banner'><h2>Cổng giao tiếp điện tử "
            "quận Đông Hà</h2></div><div class='sidebar'><h3>Tin hoạt động các phường</h3></div>"
            "<h3 class='title-content'>Huyện phát triển cây ăn quả chất lượng cao</h3>"
            "<div class='date-view'>Ngày đăng 08/02/2020 | 10:37 | Lượt xem: 226</div>"
            f"<div class='content'>{PS}</div><div class='footer'>Tổng số lượt truy cập: 10.482.116"
            "</div></body></html>")
    page = article_dict(html, url)
    assert page["title"] == "Huyện phát triển cây ăn quả chất lượng cao"
    assert (page["published_at"], page["views"]) == ("2020-02-08T10:37:00+07:00", 226)


@pytest.mark.parametrize(("over_headline", "expected"), [
    ("<span class='date'>24/06/2024:14:48:54</span>", "2024-06-24T14:48:54+07:00"),
    # With no other day printed over it, the last update is the day the page gives; a listed
    # story's day under the text is not the post's.
    ("", "2024-06-24T14:06:54+07:00"),
])
def test_a_line_dated_by_its_last_update_loses_to_the_day_over_the_headline(over_headline: str,
                                                                            expected: str) -> None:
    # An old ASP.NET table: the section and the time over the headline, the counter and the
    # last update under the text (heldout53 class: a forest-protection office; written anew).
    html = ("<html><head><meta charset='utf-8'><title>Chi cục Kiểm lâm</title></head><body><table>"
            f"<tr><td class='news-cat'><span class='cat'>Quản lý rừng</span> {over_headline}</td></tr>"
            "<tr><td class='news-title'><span id='lblTitle'>Huyện phát triển cây ăn quả chất lượng "
            f"cao</span></td></tr><tr><td class='news-content'>{PS}</td></tr><tr><td class='news-info'>"
            "Số lượt đọc : 85 - Cập nhật lần cuối: 24/06/2024 02:06:54 PM</td></tr></table>"
            "<div class='other'><b>Các tin khác</b><ul><li><a href='/tin/5.aspx'>Tuần tra bảo vệ "
            "rừng đầu nguồn mùa khô</a> (20/06/2024)</li></ul></div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == expected


# Round 64 (heldout166-173 classes, read after their first measurement; every page written anew).

@pytest.mark.parametrize(("meta", "expected"), [
    ("<div class='entry-meta'>7 tháng 1 năm 2021</div>", "2021-01-07T00:00:00+07:00"),
    ("<div class='entry-meta'>Đăng ngày 7 tháng 1 năm 2021 lúc 09:30</div>", "2021-01-07T09:30:00+07:00"),
    # A hard-wrapped sentence naming a day goes on past the year: no timestamp line.
    ("<div>Lễ được tổ chức vào ngày Thứ Bảy 25 tháng 4 năm 2020 tại Trường</div>", None),
])
def test_a_day_with_the_year_after_nam_closing_its_line_is_the_timestamp(meta: str, expected: str | None) -> None:
    # WordPress' Vietnamese date format under the headline (heldout171 class: a community
    # association abroad).
    page = article(TEXT, before=meta)
    assert page["published_at"] == expected


def test_a_tag_in_capitals_glued_to_the_lead_s_day_dates_the_post() -> None:
    # A university's "(VLU23/10/2021) From October 12, …" and no other date (heldout170 class).
    lead = ("<p><strong>(ĐHTN23/10/2021) Từ ngày 12 đến 19/10/2021, tuần sinh hoạt công dân đầu "
            "khóa đã diễn ra với nhiều nội dung bổ ích cho sinh viên năm thứ nhất.</strong></p>")
    page = article(lead + TEXT)
    assert page["published_at"] == "2021-10-23T00:00:00+07:00"


def test_wordpress_posted_on_in_english_month_words_dates_a_vietnamese_post() -> None:
    # "<span class=posted-on>Posted on August 16, 2015</span>" in the entry header, no
    # <time> (heldout171 class: a monastery abroad on Twenty Twelve).
    html = ("<html><head><meta charset='utf-8'></head><body><article><header class='entry-header'>"
            "<h1 class='entry-title'>Hội nghị tổng kết công tác năm 2025</h1><div class='entry-meta-top'>"
            "<span class='posted-on'>Posted on August 16, 2015</span></div></header>"
            f"<div class='entry-content'>{TEXT}</div></article></body></html>")
    assert article_dict(html)["published_at"] == "2015-08-16T00:00:00+07:00"


def test_a_written_by_label_over_the_site_s_brand_names_nobody() -> None:
    # "ĐƯỢC VIẾT BỞI" over "Nord Anglia" on nordangliaeducation.com, whose og:site_name is
    # "Nord Anglia Education" (heldout168 class; an invented group and school here).
    html = ("<html><head><meta charset='utf-8'><meta property='og:site_name' content='Lotus Bridge "
            "Education'></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1><div class='meta'>"
            "<div class='news-detail__author'><span class='author-label'>ĐƯỢC VIẾT BỞI</span> "
            "<span class='author-name'>Lotus Bridge</span></div></div>"
            f"<div class='detail-content'>{TEXT}</div></body></html>")
    assert article_dict(html, "https://lotusbridgeeducation.com/vi/news/2023/02/22/mekong-trip")["authors"] == []


def test_a_bilingual_headline_s_vietnamese_half_over_the_text_is_no_text() -> None:
    # "… của Khối 5 - Year 5 students explore the Mekong Delta", its Vietnamese half printed
    # again in an <h2> over the text (heldout168 class: an international school).
    vietnamese = "Chuyến tham quan làng nghề truyền thống của học sinh Khối 4"
    html = ("<html><head><meta charset='utf-8'></head><body>"
            f"<h1>{vietnamese} - Year 4 students visit a craft village</h1>"
            f"<div class='detail-content'><h2>{vietnamese}</h2>{TEXT}</div></body></html>")
    body = article_dict(html)["body"]
    assert not body.startswith(vietnamese) and body.startswith("Sáng 9/12")


def test_a_story_card_s_see_more_prompt_does_not_cut_the_related_list() -> None:
    # Each card of "Tin tức liên quan" is a link holding its title and a "Xem thêm" prompt
    # (heldout168 class); every card is a related story.
    cards = "".join(
        f"<li class='card'><a href='https://baotinh.example.vn/tin/{slug}-post{n}.html'><h3>{title}</h3>"
        "<span class='card__cta'>Xem thêm</span></a></li>"
        for n, (slug, title) in enumerate([("le-hoi-mua-xuan", "Lễ hội mùa xuân tại trường học"),
                                           ("ngay-hoi-the-thao", "Ngày hội thể thao của học sinh"),
                                           ("trai-he-ky-nang", "Trại hè kỹ năng sống cho thiếu nhi")], 1001))
    page = article(TEXT, after=f"<section class='related-news'><h2>Tin tức liên quan</h2><ul>{cards}</ul></section>")
    assert [r["title"] for r in page["related"]] == ["Lễ hội mùa xuân tại trường học", "Ngày hội thể thao của học sinh",
                                                     "Trại hè kỹ năng sống cho thiếu nhi"]


def test_a_three_word_story_in_the_page_s_folder_spelling_its_file_is_related() -> None:
    # A school portal's "Các tin cùng chuyên mục", one title of three words whose address has
    # no id (heldout173 class): its file in the article's own folder spells it.
    url = "http://thcs.example.edu.vn/tin-tuc-thong-bao/dai-hoi-lien-doi-nam-hoc-2020-2021.html"
    items = ("<li><a href='http://thcs.example.edu.vn/tin-tuc-thong-bao/sinh-hoat-doi.html'>Sinh hoạt Đội</a></li>"
             "<li><a href='http://thcs.example.edu.vn/tin-tuc-thong-bao/giao-luu-ket-nghia-voi-truong-ban.html'>"
             "Giao lưu kết nghĩa với trường bạn</a></li>"
             # A section's page in the folder above, spelling its three words: no story.
             "<li><a href='http://thcs.example.edu.vn/hoat-dong-doan.html'>Hoạt động Đoàn</a></li>")
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='detail-content'>{TEXT}</div><div class='other'><h3>Các tin cùng chuyên mục</h3>"
            f"<ul>{items}</ul></div></body></html>")
    assert [r["title"] for r in article_dict(html, url)["related"]] == ["Sinh hoạt Đội", "Giao lưu kết nghĩa với trường bạn"]


def test_a_centred_heading_naming_the_headline_s_part_over_the_text_is_text_not_a_writer() -> None:
    # "Vu Lan 2015 – Đêm Văn Nghệ" over a centred bold <h3> "Đêm Văn Nghệ" (heldout171 class).
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Tết Trung thu 2023 – Đêm Hội Trăng Rằm</h1>"
            "<div class='detail-content'><h3 style='text-align: center;'><strong>Đêm Hội Trăng Rằm</strong>"
            f"</h3>{TEXT}</div></body></html>")
    page = article_dict(html)
    assert page["authors"] == [] and page["body"].startswith("Đêm Hội Trăng Rằm\n\nSáng 9/12")

# Round 66 (heldout174-181 classes, read after their first measurement; pages written anew).


def test_a_day_in_words_is_the_first_field_of_a_meta_line() -> None:
    # "13 Tháng 08 Năm 2020 / 1374 lượt xem" under the headline (heldout180 class), and a site's
    # opening hours in the sidebar, a season's days and its hours, which date nothing.
    page = article(TEXT, before="<div class='date-view'>05 Tháng 11 Năm 2021 / 212 lượt xem</div>",
                   after="<div class='sidebar'><p>Mùa đông (1/11 - 31/3): Sáng 8h00 - 11h00</p></div>")
    assert page["published_at"] == "2021-11-05T00:00:00+07:00" and page["views"] == 212


def test_a_two_part_date_badge_over_the_headline() -> None:
    # "<span class=dm>15.05</span> <span class=y>2024</span>" (heldout178 class).
    html = ("<html><head><meta charset='utf-8'></head><body><div class='news-date'><span class='dm'>03.11</span> "
            "<span class='y'>2023</span></div><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='detail-content'>{TEXT}</div></body></html>")
    assert article_dict(html)["published_at"] == "2023-11-03T00:00:00+07:00"


def test_an_installation_account_gives_way_to_the_signature_over_the_text() -> None:
    # The theme's "admin" and, over the text, a titled name over two posts in one paragraph
    # (heldout178 class).
    signature = ("<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                 "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                 "<strong>ThS. Lê Minh Khang</strong><br> Phó Chủ tịch Hội Làm vườn tỉnh<br> Giám đốc Trung tâm "
                 "Khuyến nông</p>")
    page = article(signature + TEXT, before="<span class='author vcard'><a href='/author/admin'>admin</a></span>")
    assert page["authors"] == ["Lê Minh Khang"] and page["body"].startswith("Sáng 9/12")


def test_a_letter_s_plain_signature_and_post_close_the_text() -> None:
    # A community notice signed by its chairman, name and post on two plain lines (heldout179
    # class).
    page = article(TEXT + "<p>Trân trọng.</p><p>Trần Quốc Bảo</p><p>Chủ tịch, Hội Người Việt Nam tại Perth</p>")
    assert page["authors"] == ["Trần Quốc Bảo"] and page["body"].endswith("Trân trọng.")


def test_the_office_right_aligned_under_the_leading_name_is_the_signature_s() -> None:
    # heldout180 class: a director's analysis, the name and the office over the text.
    lead = ("<p style='text-align: right;'><strong>Phạm Thị Hồng</strong></p>"
            "<p style='text-align: right;'><em>GĐ. Trung tâm Bảo tồn Di sản văn hóa các dân tộc tỉnh Lâm Đồng</em></p>")
    page = article(lead + TEXT)
    assert page["authors"] == ["Phạm Thị Hồng"] and page["body"].startswith("Sáng 9/12")


def test_an_invitation_to_come_is_text_and_a_written_on_line_is_not() -> None:
    # "Mời các bạn đọc đến với thư viện trường nhé ." closes a school's story (heldout181 class);
    # "Ngày viết: 05/5/2025" over the text is its meta line (heldout177 class).
    page = article("<p>Ngày viết: 12/3/2024</p>" + TEXT + "<p>Mời các bạn đọc đến với phòng truyền thống nhé.</p>")
    assert page["body"].startswith("Sáng 9/12") and page["body"].endswith("Mời các bạn đọc đến với phòng truyền thống nhé.")


# Round 67 (classes read from older sets' labels, before heldout182-189 were measured).


def test_of_two_declared_sections_the_one_the_breadcrumb_ends_in() -> None:
    # A post filed under two WordPress categories: JSON-LD articleSection lists both, and the
    # breadcrumb says where the post is shelved (heldout181 class).
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "Hội nghị tổng kết '
          'công tác năm 2025", "articleSection": ["Hoạt động chuyên môn", "Tin nhà trường"]}, '
          '{"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": '
          '"Trang chủ", "item": "https://example.edu.vn/"}, {"@type": "ListItem", "position": 2, "name": '
          '"Tin nhà trường", "item": "https://example.edu.vn/category/tin-nha-truong"}, {"@type": "ListItem", '
          '"position": 3, "name": "Hội nghị tổng kết công tác năm 2025"}]}]}')
    html = (f"<html><head><meta charset='utf-8'><script type='application/ld+json'>{ld}</script></head><body>"
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{TEXT}</div></body></html>")
    assert article_dict(html)["category"] == "Tin nhà trường"


def test_an_undated_short_story_with_photo_lines_over_its_related_list_is_an_article() -> None:
    # Two paragraphs, a photo line and a caption, then "Tin khác" inside the same container;
    # no date anywhere (heldout184 class).
    related = "".join(f"<li><a href='/vi/tin-tuc/hoat-dong/tin-{n}/'>Hội nghị người lao động năm 202{n}</a> "
                      f"<span class='date'>(1{n}/02/202{n})</span></li>" for n in range(5))
    html = ("<html><head><meta charset='utf-8'></head><body><div class='menu'><a href='/'>Trang chủ</a></div>"
            "<div class='content-detail'><h1>Hội nghị ký kết giao ước thi đua năm 2022</h1>"
            "<div class='noidung'><p>Nhằm đúc kết thực tiễn, chia sẻ và học tập kinh nghiệm lẫn nhau trong điều "
            "hành sản xuất kinh doanh, các đơn vị trong khối thi đua đã tổ chức hội nghị ký kết giao ước.</p>"
            "<p>Ngày 09/6/2022, mười hai đơn vị trong khối đã cùng ký kết giao ước thi đua năm 2022 với nhiều "
            "chỉ tiêu cụ thể về sản xuất, an toàn lao động và chăm lo đời sống người lao động.</p>"
            "<p>Một số hình ảnh tại hội nghị:</p><p><img src='/upload/ky-ket.jpg'></p>"
            "<p><em>Ký kết giao ước thi đua năm 2022</em></p></div>"
            f"<div class='tinkhac'><div class='title'>Tin khác</div><ul>{related}</ul></div></div></body></html>")
    assert read_page(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").kind == "article"


def test_short_titles_of_dated_permalinks_under_a_related_label_are_stories() -> None:
    # A village site's "Bài viết liên quan" with three-word titles (heldout189 class).
    items = "".join(f"<li><a href='https://baotinh.example.vn/2011/03/{d}/{slug}/'>{title}</a></li>"
                    for d, slug, title in (("22", "hoi-nguoi-cao-tuoi", "Hội Người cao tuổi"),
                                           ("15", "hoi-khuyen-hoc", "Hội Khuyến học"),
                                           ("02", "doan-thanh-nien", "Đoàn Thanh niên")))
    page = article(TEXT, after=f"<div class='related-posts'><h3>Bài viết liên quan</h3><ul>{items}</ul></div>")
    assert [r["title"] for r in page["related"]] == ["Hội Người cao tuổi", "Hội Khuyến học", "Đoàn Thanh niên"]


def test_a_declared_time_keeps_whole_seconds() -> None:
    # Wix's "2024-05-22T09:41:12.345Z" (heldout186 class).
    page = article(TEXT, head="<meta property='article:published_time' content='2024-03-05T02:15:40.345Z'>")
    assert page["published_at"] == "2024-03-05T09:15:40+07:00"


def test_a_credit_to_the_site_s_own_address_names_no_source() -> None:
    # "Nguồn tin: ww.dulichmocchau.net" on its own site, the "www" mistyped (heldout186 class).
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='detail-content'>{TEXT}<p style='text-align:right'><strong>Nguồn tin: </strong>"
            "ww.dulichbactrung.net</p></div></body></html>")
    assert article_dict(html, "https://www.dulichbactrung.net/news/hoi-nghi-tong-ket-12.html")["source"] is None


# Round 69 (classes read from heldout182-189 after their measurement, and older sets' labels,
# before heldout190-197 were measured).


def test_a_quoted_verse_with_its_reference_over_the_text_is_no_lead() -> None:
    # The description repeats "“…” (Ga 15,13)" set centred in italics over a parish's report
    # (heldout188 class; written anew).
    verse = "“Không có tình thương nào cao cả hơn tình thương của người hy sinh mạng sống” (Ga 15,13)"
    page = body_page(f"<p style='text-align:center'><em>{verse}</em></p>" + PS,
                     head=f"<meta name='description' content='{verse}'>")
    assert (page["sapo"], page["body"].split("\n\n")) == (None, [verse, *PARAGRAPHS])


# Round 70 (heldout190-197, read after their first measurement).


def test_the_site_s_notice_boxes_inside_the_container_are_no_text() -> None:
    # A copyright line, a disclaimer and a call to action, each in a box named for it, under
    # the text in its container (heldout191 and heldout197 class; written anew).
    notices = ("<div class='copyright'>Bản quyền thuộc về Báo Tỉnh. Ghi rõ nguồn khi phát hành lại.</div>"
               "<div class='news-disclaimer'><em>Thông tin mang tính tham khảo, bạn đọc cân nhắc "
               "trước khi quyết định giao dịch.</em></div><div class='box-cta'><p>Quý khách quan tâm "
               "vui lòng liên hệ hotline để được tư vấn miễn phí.</p></div>")
    assert body_page(PS + notices)["body"].split("\n\n") == PARAGRAPHS


def test_the_credited_story_s_address_under_the_credit_is_no_text() -> None:
    # "Theo Báo Kiên Giang" closing a repost, the original's address on the line under it
    # (heldout197 class; written anew).
    credit = ("<p style='text-align:right'><strong>Theo Báo Hậu Giang</strong></p><p><a href="
              "'https://www.baohaugiang.example.vn/van-hoa/trao-giai-17857.html'>https://www.baohaugiang"
              ".example.vn/van-hoa/trao-giai-17857.html</a></p>")
    page = body_page(PS + credit)
    assert (page["body"].split("\n\n"), page["source"]) == (PARAGRAPHS, "Báo Hậu Giang")


def test_an_english_credit_of_where_the_article_is_sourced_names_the_source() -> None:
    # An overseas paper's "Article sourced from premier.vic.gov.au." closing the text
    # (heldout196 class; written anew).
    page = body_page(PS + "<p><em>Article sourced from health.nsw.gov.au.</em></p>")
    assert (page["body"].split("\n\n"), page["source"]) == (PARAGRAPHS, "health.nsw.gov.au")


def test_the_story_s_own_tool_links_are_no_related_stories() -> None:
    # NukeViet 3's toolbar under the text, print/mail/save links to this story's own item,
    # then the section's newer stories (heldout197 class; written anew).
    page_url = "https://baotinh.example.vn/vi/news/Van-Hoa/Hoi-dien-truyen-thong-2468/"
    tools = ("<div class='control'><ul><li><a href='/vi/news/sendmail/Van-Hoa/Hoi-dien-truyen-thong-2468/'>"
             "Gửi bài viết qua email cho bạn bè</a></li><li><a href='/vi/news/savefile/Van-Hoa/"
             "Hoi-dien-truyen-thong-2468/'>Lưu bài viết này về máy tính</a></li></ul></div>")
    newer = ("<div class='other-news'><h4>Những tin mới hơn</h4><ul><li><a href='/vi/news/Van-Hoa/"
             "Le-hoi-dua-ghe-ngo-2471/'>Lễ hội đua ghe ngo trên sông Maspero</a></li></ul></div>")
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội diễn truyền thống năm 2025</h1>"
            f"<div class='content-box'>{TEXT}{tools}</div>{newer}</body></html>")
    assert [r["title"] for r in article_dict(html, page_url)["related"]] == ["Lễ hội đua ghe ngo trên sông Maspero"]


def test_a_block_labelled_categories_is_no_tag_block() -> None:
    # AMP for WP's "Categories:" block, its classes naming tags and category alike
    # (heldout190 class; written anew).
    block = ("<div class='amp-wp-article-tags amp-wp-article-category'><span>Categories: </span>"
             "<span class='amp-cat'><a href='https://baotinh.example.vn/category/the-thao/'>Thể thao</a></span></div>")
    assert article(TEXT, after=block)["tags"] == []


def test_a_korean_board_s_post_content_is_the_text() -> None:
    # Gnuboard: the post's meta ("페이지 정보"), tools and neighbours inside its <article>, the
    # text in #bo_v_con (heldout196 class; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><div id='hd'><h1 id='hd_h1'>Hội nghị tổng kết "
            "công tác năm 2025 &gt; Tin cộng đồng</h1></div><article id='bo_v'><header><h2 id='bo_v_title'>"
            "<span class='bo_v_tit'>Hội nghị tổng kết công tác năm 2025</span></h2></header>"
            "<section id='bo_v_info'><h2>페이지 정보</h2><strong>2025.12.09 10:20</strong> "
            "<strong>88 <span>조회</span></strong></section><section id='bo_v_atc'><h2 id='bo_v_atc_title'>본문</h2>"
            f"<div id='bo_v_con'>{PS}</div></section><ul class='bo_v_nb'><li><span>이전글</span> "
            "<a href='https://baotinh.example.vn/board5/208'>Hội thao người Việt tại Ansan năm 2025</a></li></ul>"
            "</article></body></html>")
    page = article_dict(html, "https://baotinh.example.vn/board5/209")
    assert (page["body"].split("\n\n"), page["views"]) == (PARAGRAPHS, 88)


# Round 71 (older sets' left misses, before heldout198-205 were measured).


def test_the_site_s_own_name_after_the_writer_s_is_no_second_author() -> None:
    # An overseas paper signing "Name - <its own name>" under the text, its og:site_name that
    # name (heldout196 class; written anew).
    head = "<meta property='og:site_name' content='Tuan Bao Sydney'>"
    page = body_page(PS + "<p style='text-align:right'><strong>Kim Lan - Tuan Bao Sydney</strong></p>", head)
    assert (page["authors"], page["source"]) == (["Kim Lan"], None)


# Round 72 (heldout198-205, read after their first measurement; each written anew).


def test_a_day_joined_by_hyphens_closing_the_headline_is_its_date() -> None:
    # A fisheries portal's "<h1>Headline <span>(17-11-2020)</span></h1>" (heldout198 class).
    html = ("<html><head><meta charset='utf-8'></head><body><h1 class='news-title'>Hội nghị tổng kết "
            "công tác năm 2025 <span class='news-date'>(09-12-2025)</span></h1>"
            f"<div class='news-content'>{TEXT}</div></body></html>")
    page = article_dict(html)
    assert (page["title"], page["published_at"]) == ("Hội nghị tổng kết công tác năm 2025", "2025-12-09T00:00:00+07:00")


def test_a_signature_with_the_writer_s_office_after_a_dash_is_the_byline() -> None:
    # "Name - Chi cục …" right-aligned under the text, longer than a bare name (heldout198 class).
    page = body_page(PS + "<p style='text-align:right'><strong>Trần Thị Mai - Chi cục Kiểm lâm tỉnh "
                     "Nghệ An</strong></p>")
    assert (page["body"].split("\n\n"), page["authors"], page["source"]) == (PARAGRAPHS, ["Trần Thị Mai"], None)


def test_the_microdata_headline_beats_a_title_with_a_long_site_name() -> None:
    # Joomla: "<h2 itemprop=headline>" under a <title> whose site name is longer than the
    # headline (heldout199 class).
    html = ("<html><head><meta charset='utf-8'><title>Về bản xem lễ cúng - Trung tâm Nghiên cứu Văn hóa "
            "các dân tộc thiểu số vùng Tây Bắc</title></head><body><div class='item-page'>"
            "<div class='page-header'><h2 itemprop='headline'>Về bản xem lễ cúng</h2></div>"
            f"<div itemprop='articleBody'>{PS}</div></div></body></html>")
    assert article_dict(html)["title"] == "Về bản xem lễ cúng"


def test_a_numbered_contents_box_is_no_lead_and_the_headings_it_lists_stay_text() -> None:
    # A law firm's page: the headline again in capitals over a <br>, a "tom-tat" box listing
    # the parts by number, then the parts under the same numbered headings (heldout200 class).
    parts = ["1. Thủ tục đăng ký là gì?", "2. Hồ sơ cần chuẩn bị những gì?"]
    texts = [p + " Người dân cần nắm rõ quy định để thực hiện đúng, tránh mất thời gian đi lại nhiều lần "
             "tại cơ quan có thẩm quyền giải quyết." for p in ("Thủ tục đăng ký được quy định tại luật.",
                                                             "Hồ sơ gồm đơn và giấy tờ tùy thân.")]
    body = ("<p style='text-align:center'><strong>HỘI NGHỊ TỔNG KẾT<br>CÔNG TÁC NĂM 2025</strong></p>"
            "<div class='tom-tat'><p><strong>TÓM TẮT NỘI DUNG CHÍNH</strong></p>"
            + "".join(f"<p>{p}</p>" for p in parts) + "</div>"
            + "".join(f"<h2>{p}</h2><p>{t}</p>" for p, t in zip(parts, texts)))
    page = body_page(body)
    assert (page["sapo"], page["body"].split("\n\n")) == (
        None, ["TÓM TẮT NỘI DUNG CHÍNH", *parts, parts[0], texts[0], parts[1], texts[1]])


def test_a_writer_s_label_line_opening_the_text_is_the_byline() -> None:
    # "Người viết bài: Ts. CCV …" over the text of an association's research article
    # (heldout200 class).
    page = body_page("<p><strong>Người viết bài: ThS. Lê Văn An</strong></p>" + PS)
    assert (page["body"].split("\n\n"), page["authors"]) == (PARAGRAPHS, ["Lê Văn An"])


@pytest.mark.parametrize("label", ["Thông báo liên quan", "Các câu hỏi liên quan", "Các bộ ảnh khác"])
def test_a_notice_site_s_and_a_q_and_a_site_s_related_lists(label: str) -> None:
    # (heldout201-203 classes.)
    block = (f"<div class='card related'><div class='card-header'>{label}</div><ul><li><a href="
             "'https://baotinh.example.vn/thong-bao/tuyen-dung-vien-chuc-nam-2025-post5678.html'>"
             "Tuyển dụng viên chức giáo dục năm 2025</a></li></ul></div>")
    assert [r["title"] for r in article(TEXT, after=block)["related"]] == ["Tuyển dụng viên chức giáo dục năm 2025"]


def test_the_company_s_account_with_its_country_is_no_author() -> None:
    # "Người viết: WATEC Việt Nam" on the site named "WATEC" (heldout205 class).
    head = "<meta property='og:site_name' content='AQUATEK'>"
    html = (f"<html><head><meta charset='utf-8'>{head}</head><body><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            "<div class='article-author'>Người viết: AQUATEK Việt Nam</div>"
            f"<div class='detail-content'>{PS}<p style='text-align:right'><em>Theo Quỹ Phòng chống thiên "
            "tai tỉnh</em></p></div></body></html>")
    page = article_dict(html)
    assert (page["authors"], page["source"]) == ([], "Quỹ Phòng chống thiên tai tỉnh")


def test_an_invitation_to_write_to_the_site_closing_the_text_is_no_text() -> None:
    # "Mọi thắc mắc xin liên hệ: tuvan@<the site>" under a legal answer (heldout200 class).
    page = body_page(PS + "<p>Mọi thắc mắc xin liên hệ: tuvan@baotinh.example.vn</p>")
    assert page["body"].split("\n\n") == PARAGRAPHS


# Round 73 (older sets' left misses, before heldout206-213 were measured; each written anew).


@pytest.mark.parametrize("question_box, answer_box", [("box-question", "box-answer"),
                                                      ("cau-hoi", "cau-tra-loi")])
def test_a_reader_s_question_in_its_own_box_before_the_answer_opens_the_text(
        question_box: str, answer_box: str) -> None:
    # A legal-advice bank: the reader's question in a box of its own, then the desk's answer
    # in the box the text's classes name (heldout202 class).
    question = ("Tôi muốn hỏi thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất bị rách cần những "
                "giấy tờ gì? Xin cảm ơn Ban biên tập.")
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='{question_box}'><p>{question}</p></div>"
            f"<div class='{answer_box}'>{PS}</div></body></html>")
    assert article_dict(html)["body"].split("\n\n") == [question, *PARAGRAPHS]


def test_a_signature_with_the_writer_s_post_under_a_bold_lead_is_the_byline() -> None:
    # A research blog: the lead in bold italics, then the writer right-aligned with his post on
    # the next line, then the text, all in one container (heldout200 class).
    lead = ("Tổng kết thực tiễn cho thấy cần sớm sửa đổi quy định về hòa giải ở cơ sở để phát huy "
            "vai trò của tổ hòa giải, giảm số vụ việc phải đưa ra tòa án giải quyết.")
    post = ("Giảng viên Khoa Luật Dân sự, Trường Đại học Luật Hà Nội, Ủy viên Ban chủ nhiệm Câu lạc bộ "
            "Pháp chế doanh nghiệp")
    page = body_page(f"<p><em><strong>{lead}</strong></em></p><p style='text-align: right;'><strong>Lê Minh "
                     f"Tuấn</strong><br><em>{post}</em></p>{PS}")
    assert (page["sapo"], page["body"].split("\n\n"), page["authors"]) == (lead, PARAGRAPHS, ["Lê Minh Tuấn"])


def test_a_quotation_s_attribution_under_an_epigraph_is_no_signature() -> None:
    # A parish page opens with a hymn's verse and its writer in a blockquote (heldout160 class).
    verse = ("Hòa muôn tiếng hát kính mừng Cha Thánh Giuse, là đấng chở che gìn giữ xứ đạo chúng con qua "
             "bao chông gai nhọc nhằn và những gian nan của cuộc đời.")
    page = body_page(f"<blockquote><p><em>{verse}</em></p><p style='text-align: right;'><em>(Kính mừng "
                     f"Thánh Giuse – Lm Văn Chi)</em></p></blockquote>{PS}")
    assert (page["body"].split("\n\n")[1:], page["authors"]) == (
        ["(Kính mừng Thánh Giuse – Lm Văn Chi)", *PARAGRAPHS], [])


def test_a_photo_story_told_in_its_captions_is_the_text_without_the_photo_credits() -> None:
    # A mobile page's photo story: figures one after another in a container no text class
    # names, each caption a sentence of the story ending with the photo's credit, and a footer
    # of links and address lines (heldout203 class).
    captions = ["Sở Y tế tỉnh vừa công bố kế hoạch tiêm chủng mở rộng cho trẻ em tại các huyện miền núi.",
                "Theo kế hoạch, đợt tiêm kéo dài hai tuần và do các trạm y tế xã trực tiếp thực hiện.",
                "Phụ huynh cần mang theo sổ tiêm chủng và đưa trẻ đến đúng giờ đã được thông báo trước."]
    credits = ["Ảnh: CDC", "Ảnh chụp màn hình", "(Ảnh: Minh Anh)"]
    figures = "".join(f"<figure><img src='https://baotinh.example.vn/anh/{i}.jpg' alt=''><figcaption>{c} {k}"
                      "</figcaption></figure>" for i, (c, k) in enumerate(zip(captions, credits)))
    footer = ("<div class='m-footer'><p>Cơ quan chủ quản: Hội Khoa học tỉnh. Giấy phép số 123/GP-BTTTT cấp "
              "ngày 10/10/2020, địa chỉ số 5 đường Lê Lợi, thành phố.</p><p>Ghi rõ nguồn khi phát hành lại "
              "thông tin từ website này.</p></div>")
    html = ("<html><head><meta charset='utf-8'></head><body><main><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='m-main'>{figures}</div></main>{footer}</body></html>")
    assert article_dict(html)["body"].split("\n\n") == captions


# Round 74 (heldout206-213, read after their first measurement; each written anew).


def test_an_opening_heading_in_bold_capitals_stays_text() -> None:
    # A medical blog's guideline opens with "MỞ ĐẦU" in bold capitals over its prose
    # (heldout206 class): a heading naming no one, not the writer's name.
    page = body_page("<h3><b>ĐẶT VẤN ĐỀ</b></h3>" + PS)
    assert (page["body"].split("\n\n"), page["authors"]) == (["ĐẶT VẤN ĐỀ", *PARAGRAPHS], [])


# Round 75 (older sets' left misses; each written anew).


@pytest.mark.parametrize("container", ["detail-content", "post-entry-9"])
@pytest.mark.parametrize("opener", ["", '[caption id="attachment_7" align="aligncenter" width="600"]'])
def test_a_caption_shortcode_left_unrendered_is_the_photo_s_caption(container: str, opener: str) -> None:
    # A WordPress caption shortcode the CMS printed as text, its opener sometimes lost, the
    # next sentence glued after its closer (heldout206 class: a hospital's news page; written
    # anew).  Known and unknown containers, so trafilatura's path is taken too.
    first, *rest = PARAGRAPHS
    page = body_page(f"<p>{first}</p><p>{opener}<img src='/anh/hoi-nghi.jpg' alt=''> Các đại biểu "
                     f"dự hội nghị[/caption] {rest[0]}</p><p>{rest[1]}</p>", container=container)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert [image["caption"] for image in page["images"]] == ["Các đại biểu dự hội nghị"]


@pytest.mark.parametrize("generator, published", [
    ("Odoo", "2023-07-07T08:58:12+07:00"),
    ("WordPress 6.4", "2023-07-07T01:58:12+07:00"),
])
def test_odoo_s_zone_less_declared_time_is_utc(generator: str, published: str) -> None:
    # Odoo's blog writes its stored UTC time into article:published_time with no zone, the page
    # printing the day only (heldout209 class: a university office's Odoo blog; written anew).
    # Any other CMS writing no zone means Vietnam time.
    head = (f"<meta name='generator' content='{generator}'>"
            "<meta property='article:published_time' content='2023-07-07 01:58:12'>")
    page = body_page(PS, head=head, after="<div class='date'>thg 7 7, 2023</div>")
    assert page["published_at"] == published


def test_dotnetnuke_story_addresses_end_in_default_aspx() -> None:
    # DotNetNuke writes its query as path segments before "Default.aspx" (heldout211 class: a
    # publisher's news under "Các tin khác"; written anew): an item id among them names a
    # story, the tab alone a section's front page.
    stories = [("/tin_tuc/tabid/204/cateID/22/articleID/2084/Default.aspx",
                "Ra mắt bộ sách về kháng chiến chống Mỹ ở Hà Nội"),
               ("/tin_tuc/tabid/204/cateID/22/articleID/2077/Default.aspx",
                "Giao lưu cùng các tác giả viết về chiến tranh")]
    rows = "".join(f"<tr><td><a href='{href}'>{title}</a></td></tr>" for href, title in stories)
    after = (f"<table><tr><td class='SubHead'>Các tin khác</td></tr>{rows}"
             "<tr><td><a href='/tabid/205/Default.aspx'>Xem các tin khác của chuyên mục</a></td></tr></table>")
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='detail-content'>{PS}</div>{after}</body></html>")
    page = article_dict(html, "http://nxb.example.vn/tin_tuc/tabid/204/cateID/22/articleID/2090/Default.aspx")
    assert [(r["url"], r["title"]) for r in page["related"]] == [
        ("http://nxb.example.vn" + href, title) for href, title in stories]


@pytest.mark.parametrize("container", ["detail-content", "post-entry-9"])
def test_a_caption_in_the_photo_s_own_paragraph_is_no_text(container: str) -> None:
    # "<p><img> Quang cảnh hội nghị</p>": a few words after the photo opening a paragraph, no
    # stop at their end, are its caption (heldout206 class; written anew).  A sentence with
    # its stop after a photo set into the paragraph stays text.
    first, second, third = PARAGRAPHS
    page = body_page(f"<p>{first}</p><p><img src='/anh/hoi-nghi.jpg'> Quang cảnh hội nghị tổng kết "
                     f"công tác năm 2025</p><p><img src='/anh/bi-thu.jpg'> {second}</p><p>{third}</p>",
                     container=container)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert [image["caption"] for image in page["images"]] == [
        "Quang cảnh hội nghị tổng kết công tác năm 2025", None]


# Round 76 (heldout214-221, read after their first measurement; each written anew).


def test_a_data_table_s_rows_are_lines_of_the_text() -> None:
    # A price report's table in the text (heldout217 class: commodity prices, outage
    # schedules; written anew): each row one line, its cells in order, as the reader sees it
    # and as trafilatura's path prints it.  A layout table's cells stay blocks of their own.
    first, second, third = PARAGRAPHS
    table = ("<table><tr><td><strong>Thị trường</strong></td><td><strong>Giá (đ/kg)</strong></td>"
             "<td><strong>Thay đổi</strong></td></tr><tr><td>Đắk Lắk</td><td>42.300</td><td>-1.000</td></tr>"
             "<tr><td>Gia Lai</td><td>42.200</td><td>-1.000</td></tr></table>")
    page = body_page(f"<p>{first}</p>{table}<p>{second}</p><table><tr><td><p>{third}</p></td>"
                     "<td><p>Đường dây nóng: 0269.3822.111</p></td></tr></table>")
    assert page["body"].split("\n\n")[:5] == [
        first, "Thị trường Giá (đ/kg) Thay đổi", "Đắk Lắk 42.300 -1.000", "Gia Lai 42.200 -1.000", second]
    assert third in page["body"].split("\n\n")


@pytest.mark.parametrize("body_class, kind", [
    ("post-template-default single single-post postid-5127 single-format-standard", "article"),
    ("archive category category-tin-viet-nam", "listing"),
])
def test_a_one_paragraph_wordpress_post_is_an_article(body_class: str, kind: str) -> None:
    # A radio station's WordPress post of one sentence under its header, the post-views
    # plugin's "(Visited 1 times, 1 visits today)" under it, and a "You May Also Like" list
    # (heldout219 class; written anew).  WordPress' body class says a single post; the
    # header and the text that trafilatura prints as one line are the walk's lines apart.
    text = ("Bộ trưởng Quốc phòng sẽ tới thăm tỉnh vào tuần tới để làm việc về hợp tác kinh tế "
            "và an ninh biên giới giữa hai nước.")
    related = "".join(f"<li><a href='https://radio.example.com/{slug}/'>{title}</a></li>" for slug, title in [
        ("hoi-cho-trung-thu", "Hội chợ Trung Thu tại Footscray năm nay"),
        ("gia-dien-giam", "Giá điện của tiểu bang sẽ giảm trong năm tới")])
    html = ("<html><head><meta charset='utf-8'><title>Bộ trưởng sắp thăm tỉnh – Radio</title></head>"
            f"<body class='{body_class}'><article class='post hentry'><div class='article-content'>"
            "<div class='above-entry-meta'><span class='cat-links'><a href='https://radio.example.com/"
            "category/tin-viet-nam/' rel='category tag'>Tin Việt Nam</a></span></div>"
            "<header class='entry-header'><h1 class='entry-title'>Bộ trưởng sắp thăm tỉnh</h1></header>"
            "<div class='below-entry-meta'><span class='posted-on'><a href='https://radio.example.com/"
            "bo-truong-sap-tham-tinh/' title='10:40 am' rel='bookmark'><i class='fa fa-calendar-o'></i> "
            "<time class='entry-date published' datetime='2018-10-12T10:40:12+00:00'>October 12, 2018"
            "</time></a></span> <span class='byline'><span class='author vcard'><i class='fa fa-user'>"
            "</i><a class='url fn n' href='https://radio.example.com/author/admin/' title='admin'>admin"
            "</a></span></span></div>"
            f"<div class='entry-content'><p>{text}</p><div class='post-views-counter'>(Visited 1 "
            "times, 1 visits today)</div></div></div></article><div class='related-posts-wrapper'>"
            f"<h4>You May Also Like</h4><ul>{related}</ul></div></body></html>")
    reading = read_page(html.encode(), "https://radio.example.com/bo-truong-sap-tham-tinh/",
                        fetched_at="2026-02-01T00:00:00Z")
    assert reading.kind == kind
    page = article_dict(html, "https://radio.example.com/bo-truong-sap-tham-tinh/")
    assert (page["body"], page["views"]) == (text, 1)


@pytest.mark.parametrize("label", ["Chương trình khác", "Các bản tin khác"])
def test_a_station_s_other_broadcasts_are_related(label: str) -> None:
    # A radio-TV station's bulletin page: its other broadcasts listed like a video page's
    # "Video khác" (heldout215 class: a provincial station's noon bulletin; written anew).
    items = "".join(f"<li><a href='https://baotinh.example.vn/thoi-su-toi-{d.replace('/', '')}2025'>"
                    f"Thời sự tối {d}/2025</a></li>"
                    for d in ("21/3", "12/6"))
    block = f"<div class='box'><h3 class='box-title'>{label}</h3><ul>{items}</ul></div>"
    assert [r["title"] for r in article(TEXT, after=block)["related"]] == [
        "Thời sự tối 21/3/2025", "Thời sự tối 12/6/2025"]


@pytest.mark.parametrize("container", ["detail-content", "post-entry-9"])
def test_a_subheading_repeating_the_photo_s_caption_stays_text(container: str) -> None:
    # The photo's caption "Lung linh miền hoa ban." and, under it, the part's subheading in the
    # same words (heldout220 class: a magazine's travel feature; written anew).
    first, *rest = PARAGRAPHS
    page = body_page(f"<figure><img src='/anh/hoa-ban.jpg'><figcaption>Hội nghị tổng kết.</figcaption>"
                     f"</figure><h3><strong>Hội nghị tổng kết</strong></h3><p>{first}</p>"
                     + "".join(f"<p>{p}</p>" for p in rest), container=container)
    assert page["body"].split("\n\n") == ["Hội nghị tổng kết", *PARAGRAPHS]


def test_a_trail_of_home_and_the_headline_names_no_section() -> None:
    # "Trang chủ / <a>the headline</a>" (heldout220 class; written anew); a section's own page,
    # "Trang chủ / Kinh tế" over its heading "Kinh tế", is named by its level (fixtures).
    html = ("<html><head><meta charset='utf-8'></head><body><ol class='breadcrumb'><li><a href='/'>"
            f"Trang chủ</a> /</li><li class='active'><a href='{URL}'>Hội nghị tổng kết công tác năm "
            "2025</a></li></ol><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='detail-content'>{PS}</div></body></html>")
    assert article_dict(html)["category"] is None


# Round 77 (heldout222-229, read after their first measurement; each written anew).


def test_read_on_in_the_same_section_labels_the_related_list() -> None:
    # "Đọc tiếp cùng chuyên mục" over the section's other stories (heldout224 class: a health
    # site's reposts; written anew), though "Đọc tiếp" alone labels a site-wide list.
    block = ("<div class='related-news'><h3>Đọc tiếp cùng chuyên mục</h3><ul><li><a href="
             "'https://baotinh.example.vn/y-te/tiem-vac-xin-cho-tre-em-vung-cao-post5678.html'>"
             "Tiêm vắc xin cho trẻ em vùng cao</a></li></ul></div>")
    assert [r["title"] for r in article(TEXT, after=block)["related"]] == ["Tiêm vắc xin cho trẻ em vùng cao"]


def test_the_source_in_the_meta_line_joins_the_writer_under_the_text() -> None:
    # A repost prints "Theo Vietnamnet" beside its time under the headline and the writer's
    # name under the text (heldout224 class; written anew).
    before = ("<div class='meta-detail'><span class='source'>Theo Báo Hải Dương</span> <span "
              "class='time'>02:34 29/02/2020</span></div>")
    page = article(PS + "<p style='text-align:right'><strong>Thúy Hạnh</strong></p>", before=before)
    assert (page["authors"], page["source"]) == (["Thúy Hạnh"], "Báo Hải Dương")


# Round 78 (heldout1-229's left misses, written before heldout230-237 were measured; each
# written anew).


@pytest.mark.parametrize("question", ["Bạn quan tâm nội dung nào trên website?",
                                      "Bạn quan tâm đến lĩnh vực nào?"])
def test_a_poll_s_question_labels_no_related_list(question: str) -> None:
    # A sidebar poll asking what the reader cares about, then the trail's section links, then
    # the article and its "Các tin khác" (heldout57 class: an enterprise union's portal;
    # written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><div class='block'><h3>THĂM DÒ Ý KIẾN"
            f"</h3><p>{question}</p><input type='radio' name='poll'> Tin hoạt động<br><input "
            "type='radio' name='poll'> Văn bản</div><div class='breadcrumb'><a href='/'>Trang chủ</a>"
            " » <a href='https://baotinh.example.vn/news/cat/2'>Tin tức - Sự kiện</a></div>"
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{PS}</div>"
            "<div class='other-news'><h3>Các tin khác</h3><ul><li><a href='https://baotinh.example"
            ".vn/news/detail/222790/tiem-vac-xin-cho-tre-em-vung-cao'>Tiêm vắc xin cho trẻ em vùng "
            "cao</a></li></ul></div></body></html>")
    assert [r["title"] for r in article_dict(html)["related"]] == ["Tiêm vắc xin cho trẻ em vùng cao"]


@pytest.mark.parametrize("signature, authors", [
    # A pen name in bold, right-aligned just under the text's container (heldout90 class: a
    # city portal's NukeViet author field; old papers' table layouts; written anew).
    ("<div class='margin-bottom-lg'><p class='h5 text-right'><strong>Phương Ngân</strong></p></div>",
     ["Phương Ngân"]),
    ("<div align='right'><b>Thanh Tùng</b></div>", ["Thanh Tùng"]),
    # A button in the same place names no one.
    ("<div align='right'><b><a href='#top'>Về Đầu Trang</a></b></div>", []),
])
def test_a_bold_pen_name_under_the_text_signs_it(signature: str, authors: list[str]) -> None:
    assert article(PS, after=signature)["authors"] == authors


@pytest.mark.parametrize("closing, authors, source", [
    # The desk signing the text ("BBT") under a post whose author field names the writer
    # (heldout57 class: a temple's WordPress site; written anew).
    ("BBT", ["Thiện Hưng"], None),
    # The paper's source line still joins the writer, as before.
    ("Theo Báo Bắc Giang", ["Thiện Hưng"], "Báo Bắc Giang"),
])
def test_a_closing_line_naming_nobody_gives_way_to_the_post_s_writer(closing: str, authors: list[str],
                                                                       source: str | None) -> None:
    before = "<div class='entry-meta'><span class='author vcard'>Thiện Hưng</span></div>"
    page = article(PS + f"<p style='text-align:right'><strong>{closing}</strong></p>", before=before)
    assert (page["authors"], page["source"]) == (authors, source)


# Round 79 (heldout230-237, read after their first measurement; each written anew).


def test_a_print_button_beside_the_headline_signs_nothing() -> None:
    # Joomla's article tools: a right-floated print link "In", then the installation account
    # as the writer (heldout235 class: a university unit's print view; written anew).
    before = ("<div class='pull-right'><a href='#' onclick='window.print();return false;'>In</a></div>"
              "<dl class='article-info'><dd class='createdby'>Viết bởi <span>Super User</span></dd>"
              "<dd class='category-name'>Danh mục: <span>Hoạt động đoàn thể</span></dd></dl>")
    page = article(PS, before=before)
    assert (page["authors"], page["category"]) == ([], "Hoạt động đoàn thể")


def test_you_may_like_labels_the_related_list() -> None:
    # ColorMag's Vietnamese "Bạn có thể thích" over the post's related posts (heldout232 class:
    # a school's WordPress site; written anew).
    block = ("<div class='related-posts-wrapper'><h4 class='related-posts-main-title'><span>Bạn có "
             "thể thích</span></h4><div class='article-content'><h3 class='entry-title'><a href="
             "'https://baotinh.example.vn/2023/10/20/hoc-sinh-thi-tim-hieu-lich-su/'>Học sinh thi "
             "tìm hiểu lịch sử địa phương</a></h3></div></div>")
    assert [r["title"] for r in article(TEXT, after=block)["related"]] == ["Học sinh thi tìm hiểu lịch sử địa phương"]


def test_the_dash_after_a_logo_opening_the_lead_is_no_word_of_it() -> None:
    # The paper's tag printed as a picture before the lead's dash (heldout235 class: a military
    # region's paper; written anew); the description repeats the lead without the dash.
    lead = ("Những năm qua, huyện đã phát triển mạnh cây ăn quả chất lượng cao, mang lại thu nhập "
            "ổn định cho hàng nghìn hộ nông dân.")
    head = f"<meta name='description' content='{lead}'>"
    before = f"<div class='news-sapo'><strong><img src='/images/sapo-logo.png' alt=''> - {lead}</strong></div>"
    assert article(PS, head=head, before=before)["sapo"] == lead


def test_a_menu_item_listing_a_category_is_no_headline() -> None:
    # SharePoint's <title> naming the section, which its menu lists as
    # "/Pages/danhmuc.aspx?idcm=504"; the headline in a "tieudetin" div; the site's name in
    # "div.site-title" (heldout233 class: a ministry's portal; written anew).
    html = ("<html><head><meta charset='utf-8'><title>Tin tổng hợp</title></head><body>"
            "<div class='site-title'>BỘ KẾ HOẠCH VÀ ĐẦU TƯ CỔNG THÔNG TIN CHUYỂN ĐỔI SỐ</div><ul>"
            "<li><a href='/Pages/danhmuc.aspx?idcm=503'>Xã hội số</a></li><li><a href='/Pages/"
            "danhmuc.aspx?idcm=504'>Tin tổng hợp</a></li></ul><div class='chitiettin'><div "
            "class='tieudetin'>Huyện phát triển cây ăn quả chất lượng cao</div><div class='noidungtin'>"
            f"{PS}</div></div></body></html>")
    assert article_dict(html)["title"] == "Huyện phát triển cây ăn quả chất lượng cao"


# Round 80 (heldout238-245, read after their first measurement; each written anew).


def test_a_yoast_trail_s_escaped_name_is_unescaped_and_category_links_are_no_tags() -> None:
    # Yoast's JSON-LD trail names "Tin tức &amp; Sự kiện"; the theme lists the post's
    # categories under "Chủ đề:" with rel="category tag" (heldout239 class: an embassy's
    # WordPress pages; written anew).
    trail = ('{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ['
             '{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://baotinh.example.vn/"},'
             '{"@type": "ListItem", "position": 2, "name": "Tin tức &amp; Sự kiện", '
             '"item": "https://baotinh.example.vn/tin-tuc-su-kien/"}]}')
    head = f"<script type='application/ld+json'>{trail}</script>"
    after = ("<span class='cat-links'>Chủ đề: <a href='https://baotinh.example.vn/category/thong-cao/' "
             "rel='category tag'>Thông cáo báo chí</a></span>")
    page = article(PS, head=head, after=after)
    assert (page["category"], page["tags"]) == ("Tin tức & Sự kiện", [])


def test_a_sharepoint_file_icon_is_no_image_of_the_article() -> None:
    # "<a href=….pdf><img src=/_layouts/images/icpdf.png>Thư của Thủ tướng.pdf</a>" (heldout239
    # class: a consulate's SharePoint page; written anew).
    attachment = ("<p><a href='https://baotinh.example.vn/Documents/thu.pdf'><img "
                  "src='/_layouts/images/icpdf.png' alt=''>thu.pdf</a></p>")
    assert article(PS + attachment)["images"] == []


def test_twenty_eleven_s_entry_date_declares_the_time() -> None:
    # "Posted on <time class=entry-date datetime=…+00:00>February 3, 2016</time>" in the
    # headline's header (heldout241 class: a WordPress blog's English theme; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><article><header class='entry-header'>"
            "<h1 class='entry-title'>Hội nghị tổng kết công tác năm 2025</h1><div class='entry-meta'>"
            "<span class='sep'>Posted on </span><a href='/2016/02/03/hoi-nghi/' rel='bookmark'><time "
            "class='entry-date' datetime='2016-02-03T10:25:14+00:00'>February 3, 2016</time></a></div>"
            f"</header><div class='entry-content'>{PS}</div></article></body></html>")
    assert article_dict(html)["published_at"] == "2016-02-03T17:25:14+07:00"


def test_the_origin_and_its_address_under_the_writer_close_the_text() -> None:
    # "Trần Nam" / "Nguồn Hà Nội TV : https://…" under a repost (heldout241 class: a planning
    # portal's reposts; written anew): the writer and the origin, no text.
    closing = ("<p style='text-align:right'><strong>Trần Nam</strong></p><p><em>Nguồn Hà Nội TV : "
               "<a href='https://hanoionline.vn/hai-quan-bat-giu-343657.htm'>https://hanoionline.vn/"
               "hai-quan-bat-giu-343657.htm</a></em></p>")
    page = article(PS + closing)
    assert (page["authors"], page["source"], page["body"].split("\n\n")) == (["Trần Nam"], "Hà Nội TV", PARAGRAPHS)


def test_a_paragraph_s_bold_opening_words_are_no_lead() -> None:
    # The description repeats the bold words opening the first paragraph, which runs on
    # (heldout244 class: a cooperative's shop blog; written anew).
    opening = "Nghệ nhân Sầm Thị Bích – Người truyền lửa cho nghề dệt thổ cẩm."
    head = f"<meta name='description' content='{opening}'>"
    body = f"<p><strong>{opening}</strong> {PARAGRAPHS[0]}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    assert article(body, head=head)["sapo"] is None


def test_an_old_portal_s_news_brief_is_the_lead() -> None:
    # "<span class=newsbrief><b>…</b></span>" between the date and the text (heldout244
    # class: a craft-village association's table layout; written anew).
    lead = ("Làng nghề dệt thổ cẩm ngày càng phát triển, với nhiều sản phẩm mang đậm nét đặc "
            "trưng của đồng bào Thái.")
    assert article(PS, before=f"<span class='newsbrief'><b>{lead}</b></span>")["sapo"] == lead


def test_a_table_of_contents_is_no_text() -> None:
    # Easy Table of Contents' box over the text (heldout242 class: a car site's WordPress
    # posts; written anew).
    toc = ("<div id='ez-toc-container' class='ez-toc-v2_0_49'><p class='ez-toc-title'>Mục lục</p><nav>"
           "<ul class='ez-toc-list'><li><a href='#Ket_qua'>Kết quả</a></li></ul></nav></div>")
    assert article(toc + PS)["body"].split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("opening, kept", [
    # A plain paragraph, then the first section under a heading in the headline's words
    # (heldout245 class: a legal-advice site; written anew): the heading stays.
    (f"<p>{PARAGRAPHS[0]}</p>", True),
    # A reader's question in italics over it (heldout200 class): the headline again, no text.
    (f"<p><em>{PARAGRAPHS[0]}</em></p>", False),
])
def test_a_section_heading_in_the_headline_s_words(opening: str, kept: bool) -> None:
    body = opening + "<h2>Hội nghị tổng kết công tác năm 2025</h2>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    assert ("Hội nghị tổng kết công tác năm 2025" in article(body)["body"].split("\n\n")) is kept


# Round 81 (heldout246-253, read after their first measurement; each written anew).


def test_a_list_of_short_titles_dates_its_own_stories() -> None:
    # The date over the headline; under the text a readers' column's list of short titles,
    # each with its date (heldout246 class: a mirror of a readers' column; written anew).
    items = "".join(f"<li><a href='https://baotinh.example.vn/ban-doc/{i}-{slug}.htm'>{title}</a> "
                    f"<span class='time'>18/10/2013</span></li>"
                    for i, (slug, title) in enumerate([("nap-cong-vo", "Nắp cống bị vỡ"),
                                                       ("cay-sap-do", "Cây xanh sắp đổ"),
                                                       ("dang-ky-xe", "Đăng ký xe phải chờ lâu")]))
    html = ("<html><head><meta charset='utf-8'></head><body><div class='meta'><span class='date'>"
            "19/10/2013 23:42 GMT+7</span></div><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='content'>{PS}</div><div class='box-other'><h3>Tin mới đăng</h3><ul>{items}</ul>"
            "</div></body></html>")
    assert article_dict(html)["published_at"] == "2013-10-19T23:42:00+07:00"


def test_the_origin_in_its_own_block_under_the_text_is_the_source() -> None:
    # "<div class=origin>Theo Thời báo Ngân hàng</div>" under an aggregator's copy, no writer
    # named (heldout248 class: a finance aggregator; written anew).
    page = article(PS, after="<div class='origin'>Theo Thời báo Ngân hàng</div>")
    assert (page["authors"], page["source"]) == ([], "Thời báo Ngân hàng")


def test_a_title_bar_s_own_link_is_not_the_related_list() -> None:
    # "<div class=box-title><h3>CÙNG CHUYÊN MỤC</h3><a>Xem theo ngày</a></div>" over the list
    # (heldout249 class: a health portal; written anew).
    block = ("<div class='box'><div class='box-title'><h3>CÙNG CHUYÊN MỤC</h3><a href='/xem-theo-ngay.htm'>"
             "Xem theo ngày</a></div><ul class='list'><li><a href='https://baotinh.example.vn/"
             "tiem-vac-xin-cho-tre-em-vung-cao-47391.htm'>Tiêm vắc xin cho trẻ em vùng cao</a></li></ul></div>")
    assert [r["title"] for r in article(TEXT, after=block)["related"]] == ["Tiêm vắc xin cho trẻ em vùng cao"]


def test_a_wordpress_excerpt_over_the_text_is_neither_lead_nor_text() -> None:
    # The theme prints the post's automatic excerpt, cut and closed with "[…]", over the text
    # (heldout252 class: a farm-news site's JNews theme; written anew).
    excerpt = " ".join(PARAGRAPHS)[:200] + " […]"
    page = body_page(f"<p class='post-excerpt'>{excerpt}</p>" + PS, container="entry-content")
    assert (page["sapo"], page["body"].split("\n\n")) == (None, PARAGRAPHS)


def test_a_table_in_a_figure_is_text() -> None:
    # WordPress' table block, "<figure class=wp-block-table><table>…" with no picture: a price
    # list's rows, one line each (heldout252 class; the walk's data rows, written anew).
    table = ("<figure class='wp-block-table'><table><tbody><tr><td>Mặt hàng</td><td>Giá</td></tr>"
             "<tr><td>Tôm thẻ cỡ 100 con/kg</td><td>98.000</td></tr></tbody></table></figure>")
    assert article(PS + table)["body"].split("\n\n")[-2:] == ["Mặt hàng Giá", "Tôm thẻ cỡ 100 con/kg 98.000"]


# Round 82 (heldout254-261, read after their first measurement; each written anew).


def test_drupal_8_s_rdfa_date_declares_the_seconds() -> None:
    # "Ngày đăng: <span property='schema:dateCreated' content='…T08:42:19+00:00'>12/08/2019 -
    # 15:42</span>" (heldout254 class: a river-basin body's Drupal 8 site; written anew).
    before = ("<div class='node__submitted'>Ngày đăng: <span property='schema:dateCreated' "
              "content='2019-08-12T08:42:19+00:00'>12/08/2019 - 15:42</span></div>")
    assert article(PS, before=before)["published_at"] == "2019-08-12T15:42:19+07:00"


def test_you_too_may_like_labels_the_related_list() -> None:
    # "Bạn cũng có thể thích" over ColorMag's related posts (heldout257 class; written anew).
    block = ("<div class='related-posts-wrapper'><h4><span>Bạn cũng có thể thích</span></h4><div><h3>"
             "<a href='https://baotinh.example.vn/2023/10/20/hoc-sinh-thi-tim-hieu-lich-su/'>Học sinh "
             "thi tìm hiểu lịch sử địa phương</a></h3></div></div>")
    assert [r["title"] for r in article(TEXT, after=block)["related"]] == ["Học sinh thi tìm hiểu lịch sử địa phương"]


def test_the_photo_s_caption_in_the_description_s_words_is_no_lead() -> None:
    # The description repeats the caption under the text's first photo; the lead is the
    # summary box over the text (heldout261 class: a women's union hub; written anew).
    caption = "Hội nghị tổng kết công tác năm 2025 của tỉnh diễn ra tại hội trường Tỉnh ủy sáng nay"
    lead = caption + ", với sự tham dự của lãnh đạo các sở, ngành và địa phương trong tỉnh."
    head = f"<meta name='description' content='{caption}'>"
    body = (f"<p style='text-align:center'><img src='/Upload/hoi-nghi.jpg'></p><p style='text-align:"
            f"center'><em>{caption}</em></p>" + PS)
    page = article(body, head=head, before=f"<div class='article-summary'><span>{lead}</span></div>")
    assert page["sapo"] == lead


def test_an_anniversary_s_period_in_the_lead_is_no_timestamp_line() -> None:
    # The date printed above the headline, the lead under it naming an anniversary's period
    # (heldout120 class: a provincial portal; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><div class='article-date'>Thứ hai, "
            "11/05/2020 - 08:30</div><h1>Huyện phát triển cây ăn quả chất lượng cao</h1>"
            "<div class='article-summary'><strong>Ban Tuyên giáo Tỉnh ủy ban hành công văn về việc "
            "tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)"
            f"</strong></div><div class='detail-content'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2020-05-11T08:30:00+07:00"


def test_a_print_view_s_title_names_the_site_not_the_headline() -> None:
    # "In bài viết - Sở Y tế tỉnh" over a header printing "Sở Y tế tỉnh" (heldout119 class: a
    # department's print view; written anew): the headline is the page's title block.
    html = ("<html><head><meta charset='utf-8'><title>In bài viết - Sở Y tế tỉnh Bắc Ninh</title>"
            "</head><body><div class='print-header'><div class='org'>Sở Y tế tỉnh Bắc Ninh</div></div>"
            "<div class='print-title'>Huyện phát triển cây ăn quả chất lượng cao</div>"
            f"<div class='print-body'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["title"] == "Huyện phát triển cây ăn quả chất lượng cao"


def test_a_section_name_in_the_title_is_not_the_headline() -> None:
    # A portal's <title> "<paper> - <section>", the section's box title above the story and no
    # <h1>: the headline is the title-classed element, the box title the category (heldout5
    # class: baocaobang's album pages, hoainhon's portal).
    html = ("<html><head><meta charset='utf-8'><title>Báo Tỉnh - Phóng sự ảnh</title></head><body>"
            "<div id='menu'><a href='/'>Trang chủ</a> | <a href='/Thoisu/'>Thời sự</a> | "
            "<a href='/Phongsuanh/'>Phóng sự ảnh</a></div><div id='content'><div class='cat'>"
            "Phóng sự ảnh</div><div class='album-title'>Tưng bừng đón Tết Trung thu</div>"
            f"<div class='album-desc'>{PS}</div></div></body></html>")
    page = article_dict(html)
    assert (page["title"], page["category"]) == ("Tưng bừng đón Tết Trung thu", "Phóng sự ảnh")


def test_a_side_menu_title_is_not_the_headline() -> None:
    # No <h1>, a <title> naming the portal: the side menu's "div.menu-title" comes first but
    # names the menu (heldout5 class: a JSP table portal).
    html = ("<html><head><meta charset='utf-8'><title>IMPE :: Tin chung</title></head><body>"
            "<div class='menu-left'><div class='menu-title'>Tin tức - Sự kiện chung</div>"
            "<a href='List.jsp?cat=1'>Tin chung</a></div>"
            "<div class='info-title'>Đồng bào dân tộc Pa Cô ở A Lưới</div>"
            f"<div class='info-content'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["title"] == "Đồng bào dân tộc Pa Cô ở A Lưới"


@pytest.mark.parametrize("headline", [
    # An old WordPress theme: the blog's name in an <h1>, the post's headline an <h2> link to
    # its own one-segment permalink, a date inside it (heldout7 class: cuuchienbinh; the other
    # forms written anew: an <h3>, the canonical naming the permalink).
    "<h2 class='post-title'><a href='{url}' rel='bookmark'>{title}</a></h2>",
    "<h3 class='entry-title'><a href='{url}'>{title}</a></h3>",
    "<h2><a href='{canonical}'>{title}</a></h2>",
])
def test_a_headline_linking_to_its_own_permalink_is_the_headline(headline: str) -> None:
    url = "http://cuuchienbinh.example.vn/hoi-ccb-ky-niem-20-nam-ngay-thanh-lap-24-08-2010/"
    title = "Hội CCB tỉnh kỷ niệm 20 năm ngày thành lập (24/08/2010)"
    html = (f"<html><head><meta charset='utf-8'><title>{title} | Cựu Chiến Binh</title>"
            f"<link rel='canonical' href='{url}'></head><body><div id='header'><h1 class="
            f"'blog-title'><a href='/'>Cựu Chiến Binh</a></h1><div class='description'>Trang "
            f"thông tin của cựu chiến binh Việt Nam</div></div><div class='post'>"
            + headline.format(url=url, canonical=url.removeprefix("http://cuuchienbinh.example.vn"),
                              title=title)
            + f"<div class='entry'>{TEXT}</div><p class='postmetadata'>Đăng ngày 25 Tháng Tám, "
            f"2010 | Chuyên mục: <a href='/category/hoat-dong-hoi/' rel='category tag'>Hoạt động "
            f"Hội</a></p></div></body></html>")
    page = extract_article(html.encode(), url + "?amp;p=1", fetched_at="2026-02-01T00:00:00Z").to_dict()
    assert (page["title"], page["sapo"]) == (title, None)
    # The headline's date, also in the <title>, is not the timestamp; the date under the text is.
    assert page["published_at"] == "2010-08-25T00:00:00+07:00"
    # WordPress marks its category link rel="category tag": a category, not a tag.
    assert page["tags"] == []


@pytest.mark.parametrize(("links", "expected"), [
    ("<a href='/category/hoat-dong-hoi/' rel='category tag'>Hoạt động Hội</a>", []),
    ("<a href='/category/hoat-dong-hoi/' rel='category'>Hoạt động Hội</a>", []),
    ("<a href='/tag/cuu-chien-binh/' rel='tag'>cựu chiến binh</a>, "
     "<a href='/tag/quang-binh/' rel='tag'>Quảng Bình</a>", ["cựu chiến binh", "Quảng Bình"]),
])
def test_wordpress_rel_tag_links_are_tags_and_its_category_links_are_not(links: str,
                                                                       expected: list[str]) -> None:
    assert article(TEXT, after=f"<footer class='entry-meta'><span>{links}</span></footer>")["tags"] == expected


HEADLINE = ("Cải cách hành chính góp phần xây dựng nhà trường quân đội vững mạnh toàn diện, "
            "mẫu mực, tiêu biểu trong giai đoạn mới")


@pytest.mark.parametrize("trail", [
    # A breadcrumb that ends with the headline, printed before it (heldout6 class: Joomla K2's
    # pathway, lyluanchinhtri; the other forms written anew).
    f"<div class='breadcrumbs pathway'><a href='/'>Trang chủ</a> <span>{HEADLINE}</span></div>",
    f"<ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li class='active'>{HEADLINE}</li></ol>",
    f"<div class='path'>Bạn đang ở: <a href='/'>Trang chủ</a> » <b>{HEADLINE}</b></div>",
])
def test_a_breadcrumb_ending_with_the_headline_is_not_the_headline(trail: str) -> None:
    # Read as the headline, the trail would make the real headline, an <h2>, the lead.
    html = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>{trail}"
            f"<div class='itemView'><div class='itemHeader'><span class='date'>Thứ hai, "
            f"11/12/2023 16:03</span><div class='itemHits'><span>4664 Lượt xem</span></div>"
            f"<h2 class='itemTitle'>{HEADLINE}</h2></div>"
            f"<div class='itemBody'>{TEXT}{TEXT}</div></div></body></html>")
    page = article_dict(html)
    assert (page["sapo"], page["published_at"], page["views"]) == \
        (None, "2023-12-11T16:03:00+07:00", 4664)
    assert page["body"].startswith("Sáng 9/12")


def test_a_page_whose_only_text_is_its_lead_has_it_as_body() -> None:
    # A video page: the description is the only text; an article has a body, so it is the body
    # and there is no sapo (heldout3 class: vnews video pages).
    html = (f"<html><head><meta charset='utf-8'>{DESCRIPTION}</head><body>"
            "<div class='player'><video controls></video></div><h1>Xuất khẩu lô vải thiều</h1>"
            f"<div class='video-time'>27-05-2024, 18:16</div><div class='video-desc'>{LEAD}</div>"
            "</body></html>")
    page = article_dict(html)
    assert (page["body"], page["sapo"]) == (LEAD, None)


def test_a_bold_subheading_above_the_last_paragraph_is_text() -> None:
    # The walk found the byline (the last line); the bold subheading before the text's last
    # paragraph is not a second one (heldout3 class: baobacgiang's bold subheadings).
    heading = "Tốc độ tăng trưởng kinh tế đứng đầu cả nước"
    body = ("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + f"<p><strong>{heading}</strong></p>"
            f"<p>{PARAGRAPHS[2]}</p><p style='text-align: right;'><strong>Hương Thu</strong></p>")
    page = body_page(body)
    assert page["body"].split("\n\n") == [*PARAGRAPHS[:2], heading, PARAGRAPHS[2]]
    assert page["authors"] == ["Hương Thu"]


def test_an_italic_caption_under_a_lead_photo_is_not_the_lead() -> None:
    caption = ("Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị tổng kết công tác năm 2025 "
               "của Ban Thường vụ Tỉnh ủy sáng 9/12.")
    page = article(TEXT, before=f"<div class='thumb'><img src='/anh/hoi-nghi.jpg' width='800'></div>"
                                f"<p><em>{caption}</em></p>")
    assert page["sapo"] is None


def test_a_lead_set_apart_that_is_the_only_text_is_the_body() -> None:
    # The lead has a sapo class, and nothing else is printed: the body would be empty (and the
    # page dropped), so the lead is the body.
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Xuất khẩu lô vải thiều</h1>"
            f"<div class='time'>27-05-2024, 18:16</div><div class='sapo'>{LEAD}</div></body></html>")
    page = article_dict(html)
    assert (page["body"], page["sapo"]) == (LEAD, None)


# ---- round 3: classes the heldout4 pages showed (read after its measurement), written anew ----

PHOTO = "<p style='text-align:center'><img src='/Uploads/2024/5/12/dong-lua.jpg' width='640'></p>"
CAPTION = "Nông dân xã Tân Phú thu hoạch lúa xuân trên cánh đồng mẫu lớn"
CAPTIONS = [
    # A note class under the photo (old FCKeditor CMSs: "p.note").
    (f"<p class='note ignore'>{CAPTION}</p>", CAPTION),
    # A centered line under a photo wrapper, the centering on the paragraph around a span.
    (f"<p align='center'><span>{CAPTION}</span></p>", CAPTION),
    # A bold sentence about the photo (baolangson's docbao selector reads "p//strong").
    (f"<p><strong>{CAPTION}</strong></p>", CAPTION),
    # The old <center> element.
    (f"<center>{CAPTION}</center>", CAPTION),
]


@pytest.mark.parametrize(("under", "caption"), CAPTIONS)
def test_a_line_set_apart_under_a_photo_is_its_caption(under: str, caption: str) -> None:
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{PHOTO}{under}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert [i["caption"] for i in page["images"]] == [caption]
    assert page["body"].split("\n\n") == PARAGRAPHS


NOT_CAPTIONS = [
    # An interviewer's question in bold right under a photo (cafebiz's interviews).
    "<p><strong>Thưa ông, năm nay tỉnh sẽ làm gì để giữ được tốc độ tăng trưởng cao như vậy?</strong></p>",
    # A short bold subheading right under a photo.
    "<p><strong>Mùa vàng trên cánh đồng mẫu lớn</strong></p>",
]


@pytest.mark.parametrize("under", NOT_CAPTIONS)
def test_text_under_a_photo_that_is_not_set_apart_as_a_caption_stays_text(under: str) -> None:
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{PHOTO}{under}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert [i["caption"] for i in page["images"]] == [None]
    line = under.removeprefix("<p><strong>").removesuffix("</strong></p>")
    assert page["body"].split("\n\n") == [PARAGRAPHS[0], line, *PARAGRAPHS[1:]]


def test_a_centered_line_under_a_photo_is_text_when_the_text_is_centered() -> None:
    # A page that centres every paragraph: centering sets nothing apart (a blog's reviews).
    centered = "".join(f"<p style='text-align: center;'>{p}</p>" for p in PARAGRAPHS)
    page = body_page(centered.replace("</p>", "</p>" + PHOTO, 1))
    assert [i["caption"] for i in page["images"]] == [None]
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_cms_placeholder_caption_is_no_caption_and_the_line_under_it_is() -> None:
    # The caption cell holds the CMS's default "Mô tả ảnh." and the editor typed the real
    # caption as an italic line under the table (baodanang's channel CMS).
    frame = ("<table class='image'><tr><td><img src='/dataimages/202405/original/lua.jpg'></td></tr>"
             "<tr><td class='desc'>Mô tả ảnh.</td></tr></table>")
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{frame}<p style='text-align:center'><em>{CAPTION}</em></p>"
                     f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert [i["caption"] for i in page["images"]] == [CAPTION]
    assert page["body"].split("\n\n") == PARAGRAPHS


EXPANDERS = [
    # A link to nowhere that unfolds the text, at the end of its last paragraph (heldout4
    # class: baotintuc's video description, "(đọc thêm)").
    ("<a class='more' href='#'>(đọc thêm)</a>", PARAGRAPHS),
    ("<a href='javascript:void(0)' class='expand'>Xem tiếp</a>", PARAGRAPHS),
    # A jump to a part of the page is text ("(Xem phần 2)" lists in long reports).
    ("<a href='#phan-2'>(xem thêm)</a>", [*PARAGRAPHS[:2], PARAGRAPHS[2] + " (xem thêm)"]),
]


@pytest.mark.parametrize(("control", "expected"), EXPANDERS)
def test_an_expander_at_the_end_of_a_paragraph_is_not_text(control: str, expected: list[str]) -> None:
    page = body_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + f"<p>{PARAGRAPHS[2]} {control}</p>")
    assert page["body"].split("\n\n") == expected


def test_a_subheading_trafilatura_drops_is_put_back_between_its_paragraphs() -> None:
    # A container class trafilatura does not know: its fallback keeps the paragraphs and drops
    # the <h3> between them (heldout4 class: an e-magazine's "emag-body"; written anew).
    heading = "Những cánh đồng mẫu lớn"
    body = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><h3 class='sub'>{heading}</h3><p>{PARAGRAPHS[2]}</p>"
    page = body_page(body, container="bai-noi-dung")
    assert page["body"].split("\n\n") == [*PARAGRAPHS[:2], heading, PARAGRAPHS[2]]


CREDITS = ("<div class='credits'><p>Bài: <strong>LAN ANH</strong></p><p>Ảnh: <strong>VĂN TÚ</strong></p>"
           "<p>Trình bày: <strong>MAI HOA</strong></p></div>")


def test_a_credit_block_right_after_the_text_is_the_byline() -> None:
    # A longform page ends its text without a byline; the credits follow it in a block of
    # their own; the layout credit is no author (heldout4 class: an e-magazine; written anew).
    page = body_page(PS, after=CREDITS + "<div class='follow'><a href='https://news.google.com/x'>"
                                         "Theo dõi Báo Miền Núi trên Google News</a></div>")
    assert (page["authors"], page["source"]) == (["Lan Anh", "Văn Tú"], None)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_block_after_the_text_that_is_not_a_credit_block_is_no_byline() -> None:
    # The first block after the text holds links (a tag list) or prose: no byline from it.
    for after in ("<div class='tags'>Từ khóa: <a href='/tag/lua'>lúa</a></div>" + CREDITS,
                  f"<div class='note'><p>{PARAGRAPHS[0]}</p><p>Ảnh: Văn Tú</p></div>"):
        assert body_page(PS, after=after)["authors"] == []


def test_a_json_ld_author_typed_as_an_organisation_is_not_a_person() -> None:
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            '"NewsArticle", "headline": "Hội nghị tổng kết công tác năm 2025", "author": {"@type": '
            '"Organization", "name": "Báo và Phát thanh, Truyền hình Miền Núi"}}</script>')
    page = body_page(PS, head=head)
    assert (page["authors"], page["source"]) == ([], None)


@pytest.mark.parametrize(("credit", "authors", "source"), [
    # The paper credited alone is the page's maker, like a desk: no author, no source
    # (heldout4 class: an interview "Báo Thái Bình thực hiện"; written anew).
    ("Báo Tỉnh thực hiện", [], None),
    ("Theo Báo Tỉnh", [], None),
    # Beside a person's name the outlet is printed as the source ("Name/VOV4" on vov4).
    ("Minh Thu/Báo Tỉnh", ["Minh Thu"], "Báo Tỉnh"),
    # Another outlet is the source.
    ("Theo Báo Nhân Dân", [], "Báo Nhân Dân"),
])
def test_the_paper_crediting_itself_is_no_source(credit: str, authors: list[str], source: str | None) -> None:
    page = body_page(PS + f"<p style='text-align:right'><strong>{credit}</strong></p>")
    assert (page["authors"], page["source"]) == (authors, source)


@pytest.mark.parametrize(("meta", "raw"), [
    # The view counter printed in the timestamp's line is not part of it (heldout4 class:
    # baodienbienphu, baokontum; written anew).
    ("<div class='time'>Cập nhật: 08:40, 02/05/2024 &nbsp;|&nbsp; Lượt xem: 215</div>",
     "Cập nhật: 08:40, 02/05/2024"),
    ("<div class='info'>Thứ Năm, 02/05/2024 | 08:40:12 1,215 lượt xem</div>", "Thứ Năm, 02/05/2024 | 08:40:12"),
    # A bare "Xem:" counter after " - " (heldout7 class: khxhnvnghean; written anew).
    ("<div class='date_detail'>Tin đăng ngày: 02/05/2024 08:40 - Xem: 92</div>",
     "Tin đăng ngày: 02/05/2024 08:40"),
    # The label in the cell, the date in a span of its own (heldout4 class: ASP.NET labels).
    ("<table><tr><td>Ngày đăng: <span id='lblDate'>02/05/2024 08:40</span></td>"
     "<td>Số lượt xem: <span id='lblViews'>215</span></td></tr></table>", "Ngày đăng: 02/05/2024 08:40"),
])
def test_the_printed_timestamp_is_the_date_and_its_label(meta: str, raw: str) -> None:
    page = article(TEXT, before=meta)
    assert (page["published_raw"], page["published_at"][:16]) == (raw, "2024-05-02T08:40")


@pytest.mark.parametrize(("before", "expected"), [
    # Month words printed as the timestamp line (heldout6 class: Joomla K2's vi-VN date
    # before the headline, lyluanchinhtri; Blogger's forms; written anew).
    ("<span class='itemDateCreated'>Thứ hai, 11 Tháng 12 2023 16:03</span>", "2023-12-11T16:03"),
    ("<span class='date-header'>Thứ Năm, 4 tháng 7, 2019</span>", "2019-07-04T00:00"),
    ("<span class='published'>15 thg 10, 2019</span>", "2019-10-15T00:00"),
    ("<div class='date'>Thứ ba, 09 Tháng 10 2018 15:21</div>", "2018-10-09T15:21"),
    # Month names (heldout7 class: an old WordPress theme's vi locale, cuuchienbinh; the other
    # forms written anew: month first, WordPress' "Th2").
    ("<p class='postmetadata'>Đăng ngày 25 Tháng Tám, 2010 | Chuyên mục: <a href='/c/'>Hội</a></p>",
     "2010-08-25T00:00"),
    ("<span class='date'>Tháng Tư 3, 2014</span>", "2014-04-03T00:00"),
    ("<span class='date'>Th2 3, 2014 lúc 8:15 sáng</span>", "2014-02-03T08:15"),
    ("<span class='date'>Tháng Mười Hai 24, 2019</span>", "2019-12-24T00:00"),
    # The year run into the time, a counter glued after it (heldout16 class: an overseas
    # paper's CMS; written anew).
    ("<div class='date'>15 Tháng Ba 20197:05 CH(Xem: 88)</div>", "2019-03-15T19:05"),
])
def test_a_timestamp_line_with_month_words_before_the_headline(before: str, expected: str) -> None:
    html = (f"<html><head><meta charset='utf-8'></head><body>{before}"
            f"<h2 class='itemTitle'>Hội nghị tổng kết công tác năm 2025</h2>"
            f"<div class='itemFullText'>{TEXT}{TEXT}</div></body></html>")
    page = article_dict(html)
    assert (page["published_at"] or "")[:16] == expected


@pytest.mark.parametrize(("meta", "expected"), [
    # The day printed, its time kept in the <time> element's datetime (heldout7 class:
    # WordPress themes' entry-meta, tuoitregiongrieng and khoahocchinhtri; the other forms
    # written anew).
    ("<div class='entry-meta'>Ngày đăng: <a href='/15872'><time class='entry-date published' "
     "datetime='2024-06-06T09:14:27+07:00'>06/06/2024</time></a> bởi admin</div>",
     "2024-06-06T09:14:27+07:00"),
    ("<div class='entry-meta'><time datetime='2024-06-06T08:00:00+07:00'>06/06/2024</time></div>",
     "2024-06-06T08:00:00+07:00"),
    # Written in UTC: the same moment in Vietnam time.
    ("<span class='date'><time datetime='2024-06-06T02:14:27Z'>Thứ Năm, 06/06/2024</time></span>",
     "2024-06-06T09:14:27+07:00"),
    # The printed day inside the <time> element's markup.
    ("<time datetime='2024-06-06T09:14:27+07:00'><b>06/06/2024</b></time>",
     "2024-06-06T09:14:27+07:00"),
    # hAtom's <abbr class="published"> on old blog themes.
    ("<div class='meta'><abbr class='published' title='2024-06-06T10:00:00+07:00'>6 Tháng Sáu, "
     "2024</abbr></div>", "2024-06-06T10:00:00+07:00"),
    # The attribute gives the day only: midnight.
    ("<div class='entry-meta'><time datetime='2024-06-06'>06/06/2024</time></div>",
     "2024-06-06T00:00:00+07:00"),
    # Another day than the printed one: the printed day wins.
    ("<div class='entry-meta'>Ngày đăng: <time datetime='2024-06-01T09:14:27+07:00'>"
     "06/06/2024 10:30</time></div>", "2024-06-06T10:30:00+07:00"),
])
def test_the_printed_day_takes_its_time_from_its_time_element(meta: str, expected: str) -> None:
    assert article(TEXT, before=meta)["published_at"] == expected


@pytest.mark.parametrize(("meta", "expected"), [
    # The day and the time in elements of their own, one under the other (heldout7 class: a
    # provincial literature magazine, vannghethainguyen; the other forms written anew).
    ("<div class='time-post'><span class='day'>Chủ nhật, ngày 08 tháng 12 năm 2024</span><br>"
     "<span class='hour'>16:02 (GMT +7)</span></div>", "2024-12-08T16:02"),
    ("<div class='meta'><span class='date'>08/12/2024</span> <span class='time'>16:02</span></div>",
     "2024-12-08T16:02"),
    # The time first.
    ("<div class='meta'><span class='time'>16:02</span> | <span class='date'>08/12/2024</span></div>",
     "2024-12-08T16:02"),
    ("<ul class='post-meta'><li class='date'>Chủ nhật, 08/12/2024</li><li class='hour'>16h02</li></ul>",
     "2024-12-08T16:02"),
    # No time beside the day: the day alone, at midnight.
    ("<div class='meta'><span class='date'>08/12/2024</span> <span class='cat'>Thời sự</span></div>",
     "2024-12-08T00:00"),
])
def test_a_day_and_its_time_printed_apart_are_one_timestamp(meta: str, expected: str) -> None:
    assert (article(TEXT, before=meta)["published_at"] or "")[:16] == expected


OTHER_STORY = "Tập huấn kỹ năng phổ biến pháp luật trên môi trường số"
LISTED = "Triển khai Ngày Pháp luật năm 2025 tại các địa phương"


@pytest.mark.parametrize("listed", [
    # The section's earlier stories with their dates, after the text, while the article's date
    # is printed above the headline (heldout7 class: a SharePoint portal's "Các tin đã đưa",
    # pbgdpl; the other forms written anew).
    f"<ul><li><a href='/tin/5150.aspx'>{OTHER_STORY}</a> <span class='date'>(12/05/2025)</span>"
    f"</li><li><a href='/tin/5141.aspx'>{LISTED}</a> <span class='date'>(08/05/2025)</span></li></ul>",
    f"<ul><li><a href='/tin/5150.aspx'>{OTHER_STORY}</a> (12/05/2025)</li>"
    f"<li><a href='/tin/5141.aspx'>{LISTED}</a> (08/05/2025)</li></ul>",
    f"<ul><li><span>12/05/2025</span> <a href='/tin/5150.aspx'>{OTHER_STORY}</a></li>"
    f"<li><span>08/05/2025</span> <a href='/tin/5141.aspx'>{LISTED}</a></li></ul>",
    f"<table><tr><td><a href='/tin/5150.aspx'>{OTHER_STORY}</a></td><td>12/05/2025</td></tr>"
    f"<tr><td><a href='/tin/5141.aspx'>{LISTED}</a></td><td>08/05/2025</td></tr></table>",
    f"<ul><li><a href='/tin/5150.aspx'>{OTHER_STORY} (12/05/2025)</a></li>"
    f"<li><a href='/tin/5141.aspx'>{LISTED} (08/05/2025)</a></li></ul>",
])
def test_a_listed_story_s_date_is_not_the_article_s(listed: str) -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><div class='news-detail'>"
            "<div class='date-tools'><span class='date'>15/05/2025</span><ul class='tools'>"
            "<li>Xem cỡ chữ</li><li><a href='#'>In</a></li></ul></div>"
            "<div class='title'>Phổ biến pháp luật trong kỷ nguyên số cho từng công dân</div>"
            f"<div class='content'>{TEXT}</div><div class='other-news'><h4>Các tin đã đưa</h4>"
            f"{listed}</div></div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2025-05-15T00:00:00+07:00"


def test_a_date_in_a_layout_table_s_row_is_the_article_s() -> None:
    # An old table layout: the whole article is one row of the page's table, beside rows of
    # story links (heldout3's baophuyen shape); the row is no list item.
    html = ("<html><head><meta charset='utf-8'></head><body><table>"
            f"<tr><td class='menu'><a href='/tin/1.html'>{OTHER_STORY}</a></td></tr>"
            "<tr><td><div class='title'>Buôn làng Đắk Lắk mong chờ Lễ hội cà phê năm nay</div>"
            f"<div class='date'>Cập nhật lúc: 08:15 |08/03/2023</div><div class='text'>{TEXT}</div>"
            f"<h4>Các tin khác</h4><ul><li><a href='/tin/2.html'>{LISTED}</a> (07/03/2023)</li></ul>"
            f"</td></tr><tr><td class='footer'><a href='/tin/3.html'>{LISTED}</a></td></tr>"
            "</table></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2023-03-08T08:15:00+07:00"


def test_a_meta_line_printed_as_a_list_still_gives_the_date() -> None:
    meta = ("<ul class='post-meta'><li><a href='/tac-gia/nguyen-van-an'>Nguyễn Văn An</a></li>"
            "<li>15/05/2025 08:30</li><li><a href='/thoi-su/'>Thời sự</a></li></ul>")
    assert article(TEXT, before=meta)["published_at"] == "2025-05-15T08:30:00+07:00"


def test_another_story_s_time_element_gives_no_time() -> None:
    related = ("<div class='related'><h3>Bài viết liên quan</h3><ul><li><a href='/15860'>Huyện "
               "đoàn tổ chức lễ ra quân chiến dịch hè</a> <time datetime='2024-06-06T15:20:00+07:00'>"
               "06/06/2024</time></li></ul></div>")
    page = article(TEXT, before="<div class='entry-meta'>Ngày đăng: 06/06/2024</div>", after=related)
    assert page["published_at"] == "2024-06-06T00:00:00+07:00"


CITED_DOCUMENTS = [
    # A government page's text cites documents with their dates; they are the documents'
    # dates, not the article's (heldout6 class: a district education office's procedure,
    # pgdhongbang; a violet.vn legal text, longphu; a footer licence, heldout's baobinhphuoc).
    "<p>- Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;</p>",
    "<p><em>(Ban hành kèm theo Thông tư số: 45/2011/TT-BGDĐT ngày 11 tháng 10 năm 2011)</em></p>",
    "<p>Căn cứ Quyết định số 25/QĐ-TTg ngày 22/7/2021;</p>",
    "<p>Công văn 1234/UBND-VX, 05/3/2024</p>",
    "<p>Giấy phép số 387/GP-BTTTT ngày 12/8/2021</p>",
]


@pytest.mark.parametrize("cited", CITED_DOCUMENTS)
def test_a_cited_documents_date_is_not_the_articles(cited: str) -> None:
    assert article(cited + TEXT)["published_at"] is None
    dated = article(cited + TEXT, before="<div class='art-info'>Thứ năm, 29/7/2021, 16:18</div>")
    assert dated["published_at"] == "2021-07-29T16:18:00+07:00"


@pytest.mark.parametrize("event", [
    # An event's days, from one to another, in a short line of the text (heldout13 class: a
    # district's list of congresses; written anew).
    "<p>* Hội nghị lần thứ hai: họp từ ngày 14 đến 16/11/2018 tại Nhà văn hóa tỉnh.</p>",
    "<p>Lễ hội diễn ra từ 3/2 đến 5/2/2024.</p>",
    # A day named as a bound, "until" or "before" it, in a short line of the text (heldout57
    # class: a Buddhist institute's photo page, a school's notice; written anew).
    "<p>Mời xem hình ảnh công tác chuẩn bị cho đến ngày 20/5/2024:</p>",
    "<p>Hạn nhận hồ sơ trước ngày 15/3/2024.</p>",
])
def test_an_event_s_days_from_one_to_another_are_not_the_article_s_date(event: str) -> None:
    assert article(TEXT + event)["published_at"] is None
    dated = article(TEXT + event, before="<div class='art-info'>Thứ năm, 29/7/2021, 16:18</div>")
    assert dated["published_at"] == "2021-07-29T16:18:00+07:00"


def test_the_day_in_the_paper_s_tag_opening_the_lead_dates_an_undated_page() -> None:
    # "(BVĐK-12/5/2024) Sáng nay …": the only date printed (heldout13 class: a hospital's
    # Joomla; written anew); a timestamp line, where printed, still wins.
    lead = f"<p>(BVĐK-12/5/2024) {PARAGRAPHS[0]}</p>"
    assert article(lead + TEXT)["published_at"] == "2024-05-12T00:00:00+07:00"
    dated = article(lead + TEXT, before="<div class='art-info'>Thứ năm, 29/7/2021, 16:18</div>")
    assert dated["published_at"] == "2021-07-29T16:18:00+07:00"
    assert article(f"<p>(12/5/2024) {PARAGRAPHS[0]}</p>" + TEXT)["published_at"] is None


def test_a_timestamp_line_above_the_headline_beats_a_cited_date_under_it() -> None:
    html = ("<html><head><meta charset='utf-8'></head><body>"
            "<div class='art-info'>Thứ năm, 29/7/2021, 16:18</div><div>Lượt đọc: 50</div>"
            "<h1>Giải quyết các thủ tục hành chính về cho phép hoạt động giáo dục</h1>"
            f"<div class='art-content'>{CITED_DOCUMENTS[0]}{TEXT}</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2021-07-29T16:18:00+07:00"


def test_the_site_logo_and_badges_in_a_broad_container_are_not_images() -> None:
    # An old layout whose text sits in the page's main block with the header's logo (a link to
    # the home page) and a "Theo dõi … trên" Google News badge (an .svg) (heldout5 class:
    # baobinhduong 2013).
    page = body_page("<div id='header'><a href='/'><img src='/Content/images/logo.png'></a></div>"
                     "<div class='ggnews'>Theo dõi Báo Tỉnh trên <img src='/images/google-news.svg'>"
                     f"</div><figure><img src='/anh/hoi-nghi.jpg'><figcaption>Hội nghị</figcaption>"
                     f"</figure>{PS}")
    assert [i["url"] for i in page["images"]] == ["https://baotinh.example.vn/anh/hoi-nghi.jpg"]


def test_a_press_digest_item_heading_is_text_and_credits_the_source() -> None:
    # A government portal's "Điểm báo": the item's bold heading closes with the outlet and the
    # day it printed the story (heldout5 class: quangninh.gov.vn's digest).  It is no lead: it
    # stays in the text, and its outlets are the source.
    heading = ("Công nghiệp chế biến, chế tạo trở thành trụ cột chính của tỉnh "
               "(TTXVN/Báo Nhân Dân 22/9)")
    page = body_page(f"<p><strong>{heading}</strong></p>{PS}")
    assert (page["sapo"], page["body"].split("\n\n")) == (None, [heading, *PARAGRAPHS])
    assert (page["authors"], page["source"]) == ([], "TTXVN, Báo Nhân Dân")


def test_the_source_line_under_an_empty_author_line() -> None:
    # A DNN portal's "Tác giả:" left empty, "Nguồn tin: VOV5" on the line under it, after the
    # tags (heldout5 class: vov.gov.vn); the author line alone gave nothing.
    after = ("<div class='dtnew-tags'>Từ khóa: <a href='/tag/VOV'>VOV</a></div>"
             "<div class='dtnew-author'>Tác giả: </div><div class='dtnew-source'>Nguồn tin: VOV5</div>")
    page = article(TEXT, after=after)
    assert (page["authors"], page["source"]) == ([], "VOV5")


@pytest.mark.parametrize(("body", "after"), [
    # The day in the photo's caption is the photo's...
    ("<figure><img src='/wp-content/uploads/2024/05/mit-tinh.jpg'><figcaption>Người dân tham gia "
     "mít tinh tại quảng trường, tối ngày 11/05/2024. REUTERS</figcaption></figure>" + TEXT, ""),
    # ... the day in the post navigation's link is the previous post's.
    (TEXT, "<nav class='navigation'><div class='nav-previous'><a href='/2024/05/11/ban-tin/' "
           "rel='prev'>Bản tin cập nhật ngày 11-05-2024</a></div></nav>"),
])
def test_a_photo_caption_and_the_previous_post_s_link_are_no_timestamp(body: str, after: str) -> None:
    # A repost whose own date is printed in English ("May 12, 2024", which the rules do not
    # read) (heldout18 class: an overseas WordPress site; written anew).
    page = article(body, before="<span class='post-date'>May 12, 2024</span>", after=after)
    assert page["published_at"] is None


def test_no_date_printed_for_the_article_gives_no_timestamp() -> None:
    # A magazine page with no article date (heldout5 class: tapchicuaviet): the top bar's day
    # before the site's menu is the site's; a sentence of the text saying "hôm nay" or citing
    # a date is prose.  Both stay in the body.
    prose = ("<p>Trong bút ký “Cửa Việt”, nhà văn cho rằng cái danh và cái nghĩa ấy không hoàn "
             "toàn do sự ngẫu nhiên của lịch sử hay do người Quảng Trị hôm nay “vơ vào”, mà đã "
             "phải đánh đổi bằng máu xương.</p><p>Trong bài “Cửa Việt ngày ký Hiệp định Paris "
             "(27/1/1973)”, ông cho biết Cửa Việt là cửa khẩu lớn, quan trọng về giao thông, kinh "
             "tế và quân sự của Quảng Trị và của cả vùng.</p>")
    html = ("<html><head><meta charset='utf-8'></head><body><div class='topbar'><span>Hội Văn "
            "học Nghệ thuật tỉnh</span> <span class='today'>26/04/2024</span></div><header><nav>"
            "<a href='/but-ky'>Bút ký</a><a href='/tho'>Thơ</a></nav></header>"
            f"<h1>Bình minh Cửa Việt</h1><div class='entry-content'>{prose}{PS}</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] is None
    assert page["body"].startswith("Trong bút ký “Cửa Việt”")


def test_a_bold_paragraph_under_the_photo_opening_the_text_is_the_lead_not_its_caption() -> None:
    # The lead photo first, then the lead in bold: the lead, not a bold caption.
    page = body_page(f"{PHOTO}<p><strong>{LEAD}</strong></p>{PS}", head="")
    assert (page["sapo"], [i["caption"] for i in page["images"]]) == (LEAD, [None])


def test_bold_and_italics_set_by_inline_styles_read_like_strong_and_em() -> None:
    # Old rich-text editors write "<span style='font-weight: bold'>" for <strong> and
    # "font-style: italic" for <em>: the lead, a caption and the byline set so.
    body = (f"<p><span style='font-weight: bold;'>{LEAD}</span></p><p>{PARAGRAPHS[0]}</p>{PHOTO}"
            f"<p><span style='font-style: italic;'>{CAPTION}</span></p><p>{PARAGRAPHS[1]}</p>"
            f"<p>{PARAGRAPHS[2]}</p><p><span style='font-weight:700'>Lan Anh</span></p>")
    page = body_page(body)
    assert page["sapo"] == LEAD
    assert [i["caption"] for i in page["images"]] == [CAPTION]
    assert page["authors"] == ["Lan Anh"]
    assert page["body"].split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("heading", [
    # A report's numbered section headings, bold and short like a name, right above the last
    # paragraph (heldout6 class: baovannghe's "2. Tổ chức các chuyến đi thực tế sáng tác").
    "2. Tổ chức các chuyến đi thực tế",
    "II. NHIỆM VỤ NĂM 2026",
    "b) Giải pháp trọng tâm",
    "1.2/ Kết quả đạt được",
    "IV. Kiến nghị",
])
def test_a_numbered_heading_above_the_last_paragraph_is_no_byline(heading: str) -> None:
    body = (f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p><strong>{heading}</strong></p>"
            f"<p>{PARAGRAPHS[2]}</p>")
    page = body_page(body)
    assert page["authors"] == []
    assert page["body"].split("\n\n") == [*PARAGRAPHS[:2], heading, PARAGRAPHS[2]]


def test_a_name_s_initial_is_no_section_number() -> None:
    # "V." and "X." before a name are initials (V. Hùng, X. Hoàng), not Roman numerals.
    for name, author in (("V. Hùng", "V. Hùng"), ("X. Hoàng Long", "X. Hoàng Long")):
        assert body_page(PS + f"<p><strong>{name}</strong></p>")["authors"] == [author]


@pytest.mark.parametrize(("signature", "authors"), [
    # A labelled name over the writer's post, both right-aligned (heldout6 class: a commune
    # portal's initiative report, "Người thực hiện:" + "Công chức Văn phòng - Thống kê xã").
    ("<p style='text-align:right'><b>Người thực hiện: Trần Văn Hùng</b></p>"
     "<p style='text-align:right'><i>Công chức Văn phòng - Thống kê xã</i></p>", ["Trần Văn Hùng"]),
    # The same, not aligned: the label makes it a credit, the post under it is in italics.
    ("<p><b>Thực hiện: Minh Anh</b></p><p><i>Phó Chủ tịch UBND xã</i></p>", ["Minh Anh"]),
    # A titled name over the institute, right-aligned, in paragraphs of their own.
    ("<p style='text-align:right'><strong>TS. Nguyễn Văn An</strong></p>"
     "<p style='text-align:right'>Trường Đại học Vinh</p>", ["Nguyễn Văn An"]),
    # An upper-case name over the office, set right by the paragraphs' class.
    ("<p class='text-right'><b>LÊ THỊ HOA</b></p><p class='text-right'><em>Phòng Giáo dục và "
     "Đào tạo</em></p>", ["Lê Thị Hoa"]),
])
def test_a_two_line_signature_closing_the_text(signature: str, authors: list[str]) -> None:
    page = body_page(PS + signature)
    assert (page["authors"], page["source"]) == (authors, None)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_place_and_date_line_over_the_signature_is_not_its_name() -> None:
    # An official letter's "Sơn Lĩnh, ngày 30 tháng 01 năm 2023" over the signer's name.
    page = body_page(PS + "<p style='text-align:right'><i>Sơn Lĩnh, ngày 30 tháng 01 năm 2023</i></p>"
                          "<p style='text-align:right'><b>Nguyễn Văn An</b></p>")
    assert page["authors"] == ["Nguyễn Văn An"]


@pytest.mark.parametrize(("credit", "authors", "source"), [
    # The name and the writer's organisation in spans of their own, nothing between them
    # (heldout6 class: baovannghe's "Phương Nam" + "Hội nhà văn VN").
    ("<div class='detail-author'><span class='author-name'>Phương Nam</span>"
     "<span class='author-org'>Hội nhà văn VN</span></div>", ["Phương Nam"], None),
    # The same with a space between the spans.
    ("<div class='author'><span>Phương Nam</span> <span>Trường Đại học Vinh</span></div>",
     ["Phương Nam"], None),
    # Two names in links of their own, run together.
    ("<div class='author'><a href='/tac-gia/minh-anh'>Minh Anh</a><a href='/tac-gia/thu-ha'>"
     "Thu Hà</a></div>", ["Minh Anh", "Thu Hà"], None),
    # A label in a piece of its own stays with the name; an outlet under the name is the source.
    ("<p class='author'><b>Bài:</b><a href='/tac-gia/minh-anh'>Minh Anh</a><span>TTXVN</span></p>",
     ["Minh Anh"], "TTXVN"),
    # An ASP.NET table layout's PascalCase class, a priest's abbreviated title before the name
    # (heldout18 class: an overseas Catholic news site; written anew).
    ("<table><tr><td class='ArticleAuthor'>Lm. Phaolô Trần Văn Hải</td></tr></table>",
     ["Phaolô Trần Văn Hải"], None),
])
def test_the_pieces_of_an_author_element_are_read_apart(credit: str, authors: list[str],
                                                         source: str | None) -> None:
    page = article(TEXT, before=credit)
    assert (page["authors"], page["source"]) == (authors, source)


@pytest.mark.parametrize(("signature", "authors"), [
    # A journal's analysis: the titled upper-case name right-aligned above the lead, the
    # institute under it after a <br> (heldout6 class: lyluanchinhtri's Joomla K2 intro text).
    ("<p style='text-align:right'><strong>ThS LÊ VĂN CƯỜNG</strong><br><em>Học viện Chính trị, "
     "Bộ Quốc phòng</em></p>", ["Lê Văn Cường"]),
    # A name set right by an old CMS's align attribute, the affiliation in a line of its own.
    ("<div align='right'><b>PGS.TS Nguyễn Văn An</b></div><div align='right'><i>Trường Đại học "
     "Vinh</i></div>", ["Nguyễn Văn An"]),
    # A plain right-aligned name by class.
    ("<p class='text-right'>Nguyễn Thị Hà</p>", ["Nguyễn Thị Hà"]),
    # A right-aligned date or section label is no signature.
    ("<p style='text-align:right'>Thứ hai, 11/12/2023</p>", []),
    ("<p style='text-align:right'><em>Chuyên đề</em></p>", []),
])
def test_a_signature_above_the_text_outside_its_container(signature: str, authors: list[str]) -> None:
    lead = f"<p><strong>(LLCT) - {PARAGRAPHS[0]}</strong></p>"
    page = article(TEXT, before=signature + lead)
    assert page["authors"] == authors


def test_a_right_aligned_line_after_the_text_begins_is_no_top_signature() -> None:
    # A right-aligned quotation's author after the lead is no byline of the article.
    lead = f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>"
    page = article(TEXT, before=lead + "<p style='text-align:right'><em>Hồ Chí Minh</em></p>")
    assert page["authors"] == []


@pytest.mark.parametrize("letterhead", [
    # An official document posted as the text: the issuing body beside the national motto,
    # the number beside the place and date (heldout6 class: a ward portal's draft report).
    ("<table border='0' width='100%'><tr><td align='center'><b>ỦY BAN NHÂN DÂN<br>PHƯỜNG<br>LONG ANH"
     "</b></td><td align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh "
     "phúc</b></td></tr><tr><td align='center'>Số:      /BC-UBND</td><td align='center'><i>Long Anh,"
     " ngày       tháng 01 năm 2024</i></td></tr></table>"),
    # One row, "HOÀ" spelt with the old tone placement and a missing space (heldout6 class: a
    # school office's regulation on violet.vn).
    ("<table width='100%' border='0'><tr><td align='center'><b>BỘ GIÁO DỤC VÀ ĐÀO TẠO</b></td>"
     "<td align='center'><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆTNAM</b><br><b>Độc lập - Tự do - Hạnh "
     "phúc</b></td></tr></table>"),
    # The motto in title case with en dashes, the number row first.
    ("<table><tr><td>UBND HUYỆN HƯƠNG SƠN<br>PHÒNG GIÁO DỤC</td><td>Cộng hòa xã hội chủ nghĩa "
     "Việt Nam<br>Độc lập – Tự do – Hạnh phúc</td></tr><tr><td>Số: 125/KH-PGD</td><td>Hương Sơn, "
     "ngày 12 tháng 3 năm 2023</td></tr></table>"),
])
def test_an_official_document_s_letterhead_table_is_not_text(letterhead: str) -> None:
    page = body_page(letterhead + PS)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_table_in_the_text_that_names_the_state_is_text() -> None:
    # A data table citing the state's name is no letterhead: it has no motto beside an
    # issuing body, and more text than one.
    rows = "".join(f"<tr><td>{i}</td><td>Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa "
                   f"Việt Nam và đối tác số {i} về hợp tác đầu tư, thương mại</td></tr>"
                   for i in range(1, 6))
    page = body_page(PS + f"<table>{rows}</table>")
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in page["body"]


@pytest.mark.parametrize("name", ["Tiếp cận pháp luạt.jpg", "Ke hoach so 125.pdf",
                                  "Báo cáo tháng 3.docx", "IMG_2041.JPG"])
def test_an_uploaded_file_s_name_printed_in_the_text_is_not_text(name: str) -> None:
    # A portal prints the uploaded photo's or attachment's file name as its title (heldout6
    # class: a Liferay ward portal's "Tiếp cận pháp luạt.jpg" under the photo).
    page = body_page(f"<p>{name} </p>" + PS)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_an_aggregator_card_s_one_summary_is_the_body_not_a_sapo() -> None:
    # The card prints the publisher and date, one summary paragraph (the description repeats
    # it), then the link to the original: the summary is the page's only text, so it is the
    # body, and the link line is neither (heldout6 class: haynhat's card; written anew).
    summary = PARAGRAPHS[0]
    for origin in ("Xem bài gốc: <a href='https://baotinh.vn/a-1.html'>https://baotinh.vn/a-1.html</a>",
                   "<a href='https://baotinh.vn/a-1.html'>Đọc bài gốc tại đây</a>",
                   "Link bài gốc: https://baotinh.vn/a-1.html"):
        html = (f"<html><head><meta charset='utf-8'><meta name='description' content='{summary}'>"
                "</head><body><main class='article-card'><h1 class='card-title'>Hội nghị tổng kết "
                "công tác năm 2025</h1><div class='card-meta'><span class='publisher'>Báo Tỉnh</span>"
                " • <span class='date'>15/10/2025</span></div><div class='card-summary'>"
                f"<p>{summary}</p></div><div class='card-origin'>{origin}</div><div "
                "class='card-actions'><button>like</button> <button>share</button></div></main>"
                "</body></html>")
        page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
        assert (page.body, page.sapo) == (summary, None)


ABSTRACT = ("Chuyển đổi số đang là xu hướng tất yếu của mọi lĩnh vực đời sống xã hội, trong đó có "
            "công tác phổ biến, giáo dục pháp luật; bài viết đề xuất một số giải pháp.")


@pytest.mark.parametrize("abstract", [
    # A journal's abstract at the top of the text, its label in bold, all in italics (heldout7
    # class: khoahocchinhtri's WordPress journal; written anew).
    f"<p><em><strong>Tóm tắt:</strong> {ABSTRACT}</em></p>",
    # The label plain, "Tóm lược".
    f"<p>Tóm lược: {ABSTRACT}</p>",
    # The label alone as the abstract's bold heading, no colon, the abstract in italics under
    # it (heldout24 class: an education journal; written anew).
    f"<p><strong>Tóm tắt</strong></p><p><em>{ABSTRACT}</em></p>",
])
def test_a_journal_s_labelled_abstract_is_the_sapo_without_its_label(abstract: str) -> None:
    page = body_page(abstract + PS)
    assert (page["sapo"], page["body"].split("\n\n")) == (ABSTRACT, PARAGRAPHS)


def test_a_labelled_abstract_beside_a_lead_of_its_own_is_no_text() -> None:
    # A law journal prints a lead under the headline and the abstract at the top of the text
    # (heldout18 class; written anew): the lead, which the description repeats, is the sapo,
    # the abstract front matter.
    page = article(f"<p><em><strong>Tóm tắt:</strong> {ABSTRACT}</em></p>" + PS, head=DESCRIPTION,
                   before=f"<div class='detail-sapo'><strong>{LEAD}</strong></div>")
    assert (page["sapo"], page["body"].split("\n\n")) == (LEAD, PARAGRAPHS)


@pytest.mark.parametrize(("signature", "authors"), [
    # A district centre signs its own stories with its district's name (heldout12 class: a
    # NukeViet district portal; written anew): no author.
    ("Kim Sơn", []),
    ("Hoàng Kim Sơn", ["Hoàng Kim Sơn"]),
])
def test_a_signature_naming_only_the_site_s_own_place_is_no_author(signature: str,
                                                                  authors: list[str]) -> None:
    head = ("<title>Hội nghị tổng kết công tác năm 2025 - Trung tâm Văn hóa, Thể thao và Truyền "
            "thanh huyện Kim Sơn</title>")
    page = body_page(PS + f"<p style='text-align:right'><strong>{signature}</strong></p>", head)
    assert (page["body"].split("\n\n"), page["authors"]) == (PARAGRAPHS, authors)


def test_a_portlet_s_name_and_a_header_opening_with_null_are_not_the_headline() -> None:
    # A Liferay portal: the portlet's name in <h1 class="portlet-title">, a theme's label box,
    # the header printing a template's "null" before the headline, then the headline
    # (heldout13 class: a district portal; written anew).
    headline = "Huyện tổ chức hội nghị tổng kết công tác khuyến nông năm 2025"
    html = ("<html><head><meta charset='utf-8'><title>Chi tiết tin - Cổng thông tin huyện"
            "</title></head><body><section class='portlet'><header class='portlet-topper'><h1 "
            "class='portlet-title'><span class='portlet-title-text'>Xuất bản thông tin</span></h1>"
            "</header><div class='taglib-header'><h3 class='header-title'><span>null</span> "
            f"{headline}</h3></div><div class='title-detail-portlet'><span>Chi tiết bài viết của "
            f"huyện nhà</span></div><h3 class='asset-title'><span>{headline}</span></h3>"
            f"<div class='asset-content'>{PS}</div></section></body></html>")
    page = article_dict(html)
    assert page["title"] == headline


def test_an_ordered_list_s_item_heading_the_text_is_printed_without_a_dash() -> None:
    # A section heading typed as an ordered list's first item (heldout12 class: a WordPress
    # planning magazine; written anew); the number is the list's, no dash is printed.
    html = ("<html><head><meta charset='utf-8'></head><body><article><h1>Hội nghị tổng kết công "
            "tác năm 2025</h1><div class='entry-content'><ol><li><strong>Thực trạng và giải pháp"
            f"</strong></li></ol>{PS}</div></article></body></html>")
    page = article_dict(html)
    assert page["body"].split("\n\n") == ["Thực trạng và giải pháp", *PARAGRAPHS]


def test_a_journal_s_keywords_and_english_abstract_after_its_abstract_are_no_text() -> None:
    # A journal's front matter: the abstract, the keywords, the abstract in English, then the
    # text (heldout12 class: a legislative journal's print view; written anew).
    page = body_page(f"<p><em>Tóm tắt: {ABSTRACT}</em></p><p><em>Keywords: chuyển đổi số; pháp "
                     "luật</em></p><p><em>Summary: Digital transformation is an inevitable trend "
                     "in every field of social life, legal education included.</em></p>" + PS)
    assert (page["sapo"], page["body"].split("\n\n")) == (ABSTRACT, PARAGRAPHS)


def test_keywords_after_an_unlabelled_abstract_the_description_repeats_are_no_text() -> None:
    # The abstract printed with no label, the description repeating it, then the keywords and
    # the English abstract under its label alone (heldout113 class: a journal's paper reposted
    # by a professional association; written anew).
    page = body_page(f"<p><em>{ABSTRACT}</em></p><p><em>Từ khóa: chuyển đổi số, pháp luật</em></p>"
                     "<p><strong><em>Abstract</em></strong></p><p><em>Digital transformation is an "
                     "inevitable trend in every field of social life, legal education included."
                     "</em></p><p><em>Keywords: digital transformation, law.</em></p>" + PS,
                     head=f"<meta name='description' content='{ABSTRACT}'>")
    assert (page["sapo"], page["body"].split("\n\n")) == (ABSTRACT, PARAGRAPHS)


@pytest.mark.parametrize("at_the_end", [False, True])
def test_a_note_of_where_the_piece_first_appeared_is_its_credit_not_text(at_the_end: bool) -> None:
    # (heldout113 class: "{Bài viết đăng trên Tạp chí … của TS. … – Khoa …}" over a journal's
    # paper reposted by an association; written anew.)
    note = ("<p><em>{Bài viết đăng trên Tạp chí Kế toán, số 210, tháng 3/2021 của TS. Lê Văn An và "
            "TS. Trần Thu Hà – Khoa Kế toán, Trường Đại học Kinh tế}</em></p>")
    page = body_page(PS + note if at_the_end else note + PS)
    assert (page["body"].split("\n\n"), page["authors"], page["source"]) \
        == (PARAGRAPHS, ["Lê Văn An", "Trần Thu Hà"], "Tạp chí Kế toán")


def test_the_note_a_star_after_the_writer_s_name_points_to_is_no_text() -> None:
    # "NAME*" above the text, "* post" closing it (heldout12 class: a journal; written anew);
    # without the star on the name, a paragraph opening with one is text.
    note = "* Viện Khoa học pháp lý, Bộ Tư pháp"
    page = article(PS + f"<p>{note}</p>", before="<div class='author'>TRẦN VĂN AN*</div>")
    assert (page["body"].split("\n\n"), page["authors"]) == (PARAGRAPHS, ["Trần Văn An"])
    page = article(PS + f"<p>{note}</p>", before="<div class='author'>TRẦN VĂN AN</div>")
    assert page["body"].split("\n\n") == [*PARAGRAPHS, note]


def test_a_short_labelled_summary_line_is_no_sapo() -> None:
    # Fewer words than a lead: a label over a list, not an abstract.
    page = body_page("<p>Tóm tắt: ba nội dung chính</p>" + PS)
    assert page["sapo"] is None


TAG_LINES = [
    # A journal's keywords in one plain line, split at semicolons (a phrase may hold a comma)
    # (heldout7 class: khoahocchinhtri).
    ("<p><em><strong>Từ khóa:</strong> công nghệ thông tin; chuyển đổi số; phổ biến, giáo dục "
     "pháp luật</em></p>", ["công nghệ thông tin", "chuyển đổi số", "phổ biến, giáo dục pháp luật"]),
    # Commas when there is no semicolon; "Keywords:" on a bilingual journal.
    ("<p>Keywords: lúa xuân, thủy lợi, nước tưới</p>", ["lúa xuân", "thủy lợi", "nước tưới"]),
    # Keywords set apart by semicolons may be longer phrases than tags (heldout12 class: a
    # legislative journal; written anew).
    ("<p>Từ khóa: cải cách hành chính; vai trò của chính quyền cấp xã trong cải cách thủ tục "
     "hành chính; chính quyền số .</p>", ["cải cách hành chính", "vai trò của chính quyền cấp xã "
     "trong cải cách thủ tục hành chính", "chính quyền số"]),
    # Three keywords or more set apart by commas may be as long (heldout14 class: an economics
    # journal; written anew); two long phrases stay a sentence (below).
    ("<p><strong>Từ khóa:</strong> chương trình mục tiêu quốc gia xây dựng nông thôn mới nâng cao, "
     "kinh tế hợp tác, hợp tác xã</p>", ["chương trình mục tiêu quốc gia xây dựng nông thôn mới "
     "nâng cao", "kinh tế hợp tác", "hợp tác xã"]),
    ("<p>Từ khóa: trong năm qua tỉnh đã triển khai đồng bộ nhiều giải pháp quan trọng, phát "
     "triển kinh tế</p>", []),
    # A sentence after the label is no tag list.
    ("<p>Từ khóa: trong năm qua tỉnh đã triển khai đồng bộ nhiều giải pháp quan trọng để phát "
     "triển kinh tế</p>", []),
]


@pytest.mark.parametrize(("line", "expected"), TAG_LINES)
def test_a_plain_tag_line_gives_the_tags_and_is_no_text(line: str, expected: list[str]) -> None:
    page = body_page(PS + line)
    assert page["tags"] == expected
    if expected:
        assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_linked_tag_block_beats_a_plain_tag_line() -> None:
    page = body_page(PS + "<p>Từ khóa: a; b</p>", after="<div class='tags'>Tags: <a "
                     "href='/tag/lua-xuan'>lúa xuân</a></div>")
    assert page["tags"] == ["lúa xuân"]


def test_the_footnote_under_a_signature_at_the_top_is_no_text() -> None:
    # The author's name marked "(*)" right-aligned above the text, the note giving the post
    # under it, too long for a byline line (heldout7 class: khoahocchinhtri; written anew).
    signature = ("<p style='text-align:right'><strong>PGS, TS. NGUYỄN TẤT VIỄN<sup>(*)</sup>"
                 "</strong></p><p style='text-align:right'><em>(*) Nguyên Vụ trưởng Vụ Phổ biến, "
                 "giáo dục pháp luật, Bộ Tư pháp</em></p>")
    page = body_page(signature + PS)
    assert (page["body"].split("\n\n"), page["authors"], page["source"]) == \
        (PARAGRAPHS, ["Nguyễn Tất Viễn"], None)


def test_a_lead_cell_of_an_old_table_layout_is_the_sapo() -> None:
    # The headline's cell, an empty row, the lead's cell in bold italics, the text's cell
    # (heldout7 class: a DNN print view; the real baohanam prints td.trichdan_ct so).
    html = ("<html><head><meta charset='utf-8'></head><body><table>"
            "<tr><td class='TieuDe'><b>Hội nghị tổng kết công tác năm 2025</b></td></tr>"
            f"<tr><td>&nbsp;</td></tr><tr><td class='TrichDan'><b><i>{LEAD}</i></b></td></tr>"
            f"<tr><td class='NoiDung'>{PS}</td></tr></table></body></html>")
    page = article_dict(html)
    assert (page["sapo"], page["body"].split("\n\n")) == (LEAD, PARAGRAPHS)


def test_the_credit_of_an_excerpt_in_the_text_is_the_byline() -> None:
    # A writer's site reports a meeting, then prints one contribution under its credit line
    # (heldout6 class: trannhuong's "(Trích tham luận của nhà văn …)"; written anew).
    credit = "<p style='text-align:center'><em>(Trích tham luận của nhà văn Vũ Xuân Tửu)</em></p>"
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{credit}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert (page["body"].split("\n\n"), page["authors"]) == (PARAGRAPHS, ["Vũ Xuân Tửu"])


def test_a_closing_byline_beats_an_excerpt_credit() -> None:
    credit = "<p><em>(Trích bài phát biểu của đồng chí Bí thư Tỉnh ủy)</em></p>"
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{credit}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
                     "<p style='text-align:right'><strong>Minh Thu</strong></p>")
    assert page["authors"] == ["Minh Thu"]


def test_a_caption_printed_twice_is_the_caption_once() -> None:
    # A photo table with its caption cell, then the same words as a centered italic paragraph
    # the editor pasted; one caption is a comma (heldout6 class: giaoduc's photo story).
    captions = ["Nơi họp chợ là trung tâm xã, nằm sát cạnh những con núi cao",
                "Rượu do tự tay người dân tộc cất nên khá nặng", ","]
    body = "".join(f"<table class='image'><tr><td><img src='/anh/{i}.jpg' width='500'></td></tr>"
                   f"<tr><td class='desc'>{c}</td></tr></table><p style='text-align:center'>"
                   f"<em>{c}</em></p>" for i, c in enumerate(captions))
    page = body_page(body + PS)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert [i["caption"] for i in page["images"]] == [*captions[:2], None]


def test_a_layout_table_row_holding_the_whole_text_is_no_data_table(monkeypatch) -> None:
    # trafilatura reads a commune portal's layout as one row: the sidebar's visitor counter in
    # one cell, the headline, date and text in the next (heldout6 class: hoangkhai).
    from crawler.extract import generic
    row = "| Thống kê truy cập Đang online: 3 | " + " ".join(PARAGRAPHS) + " |"
    monkeypatch.setattr(generic, "trafilatura_paragraphs", lambda root, fast=True: [row])
    page = body_page(PS)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_teaser_of_a_story_list_is_no_sapo() -> None:
    # "story__summary" matches the sapo selector "[class*=summary]": a teaser in a list of
    # stories after the text is another story's, and the page has no sapo.
    page = article(TEXT, after=teaser_list("story"))
    assert page["sapo"] is None
    page = article(TEXT, after=f"<div class='box'><h3>Tin khác</h3>{teaser_list('story', 1)}</div>")
    assert page["sapo"] is None


def test_a_summary_holding_a_link_of_its_own_is_still_the_sapo() -> None:
    page = article(TEXT, before=f"<div class='summary'>{LEAD} <a href='/giao-thong/du-an-post99.html'>"
                   "Xem thêm bài viết về giao thông</a></div>")
    assert page["sapo"].startswith(LEAD)


@pytest.mark.parametrize("meta", [
    # WordPress' the_category() in the entry header's meta line (heldout7 class:
    # tuoitregiongrieng's theme; baolangson prints the same link).
    "<header class='entry-header'><h1>Hội nghị tổng kết công tác năm 2025</h1><div class="
    "'entry-meta'>Ngày đăng 06/06/2024 bởi admin <span class='cat-links'>trong <a href="
    "'/category/tin-co-so/' rel='category tag'>Tin cơ sở</a></span></div></header>",
    # In the entry's footer, after the text.
    "<h1>Hội nghị tổng kết công tác năm 2025</h1><footer class='entry-footer'>Đăng trong <a "
    "href='/category/tin-co-so/' rel='category tag'>Tin cơ sở</a></footer>",
])
def test_wordpress_s_category_link_names_the_section(meta: str) -> None:
    html = (f"<html><head><meta charset='utf-8'></head><body>{MENU}{meta}"
            f"<div class='entry-content'>{TEXT}</div></body></html>")
    assert extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").category == \
        "Tin cơ sở"


def test_a_category_link_in_a_sidebar_names_no_section() -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='entry-content'>{TEXT}</div><aside><a href='/category/tin-co-so/'"
            " rel='category tag'>Tin cơ sở</a></aside></body></html>")
    assert extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").category is None


@pytest.mark.parametrize(("credit", "url", "source"), [
    # A school's site credited to the school: the site's own page, no source (heldout7 class:
    # a NukeViet school site's "Tác giả: Trường Tiểu học ..." on th<name>.<district>edu.vn).
    ("Tác giả: Trường Tiểu học Thanh Cao", "https://ththanhcao.example.edu.vn/news/a-1.html", None),
    ("Trường THCS Lê Lợi", "https://thcsleloi.example.edu.vn/tin-tuc/a-1.html", None),
    # The same school on another site (a district portal's story) is the story's source.
    ("Trường Tiểu học Thanh Cao", "https://huyen.example.gov.vn/tin-tuc/a-1.html",
     "Trường Tiểu học Thanh Cao"),
])
def test_a_school_crediting_itself_on_its_own_site_is_no_source(credit: str, url: str,
                                                                 source: str | None) -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='detail-content'>{PS}<p style='text-align:right'><strong>{credit}"
            "</strong></p></div></body></html>")
    page = extract_article(html.encode(), url, fetched_at="2026-02-01T00:00:00Z")
    assert (page.authors, page.source) == ([], source)


def test_a_photo_story_of_captioned_photos_and_one_paragraph_is_an_article() -> None:
    # Ten captioned photos tell the story, one closing paragraph under them (heldout6 class:
    # giaoduc's "Góc ảnh" photo stories); three photos without captions and one paragraph do
    # not make an article.
    captions = [f"Phiên chợ vùng cao số {n}, đồng bào mang sản vật của núi rừng xuống chợ" for n in range(10)]

    def page(captioned: bool) -> bytes:
        photos = "".join(f"<figure><img src='/anh/{n}.jpg'><figcaption>{c if captioned else ''}"
                         "</figcaption></figure>" for n, c in enumerate(captions))
        return ("<html><head><meta charset='utf-8'></head><body><h1>Góc ảnh: Nhộn nhịp chợ phiên "
                "vùng cao</h1><div class='date'>11/03/2012 07:06</div><div class='detail-content'>"
                f"{photos}<p>{PARAGRAPHS[0]}</p></div></body></html>").encode()

    assert read_page(page(True), URL).kind == "article"
    assert read_page(page(False), URL).kind == "listing"


@pytest.mark.parametrize(("meta", "expected"), [
    # The update printed before the publication in one meta line: the publication's time
    # (written anew; portals print "Cập nhật" and "Ngày đăng" side by side).
    ("Cập nhật: 15:00 13/3/2023 | Ngày đăng: 10:00 12/3/2023", "2023-03-12T10:00"),
    ("Ngày cập nhật: 13/03/2023 15:00 | Ngày tạo: 12/03/2023 10:00", "2023-03-12T10:00"),
    # The publication first: its time, as before.
    ("Đăng lúc: 10:00 12/3/2023 | Cập nhật: 15:00 13/3/2023", "2023-03-12T10:00"),
    # An update alone is the only time printed.
    ("Cập nhật: 15:00 13/3/2023", "2023-03-13T15:00"),
])
def test_the_publication_time_beats_an_update_printed_before_it(meta: str, expected: str) -> None:
    page = article(TEXT, before=f"<div class='meta'>{meta}</div>")
    assert (page["published_at"] or "")[:16] == expected


@pytest.mark.parametrize("menu", [
    # An old CMS's menu by class or id, no <nav> (written anew; the heldout sets' header
    # clocks sat before a <nav>).
    "<div id='mainmenu'><a href='/'>Trang chủ</a> <a href='/thoi-su/'>Thời sự</a> "
    "<a href='/kinh-te/'>Kinh tế</a></div>",
    "<table><tr><td class='menu'><a href='/'>Trang chủ</a> | <a href='/thoi-su/'>Thời sự</a> | "
    "<a href='/kinh-te/'>Kinh tế</a></td></tr></table>",
])
def test_a_header_clock_before_a_menu_by_class_is_the_site_s_day(menu: str) -> None:
    html = (f"<html><head><meta charset='utf-8'></head><body><div class='top'>Chủ nhật, ngày "
            f"01/02/2026</div>{menu}<h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='detail-content'>{TEXT}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T03:00:00Z")
    assert page.published_at is None


def test_a_date_before_a_breadcrumb_classed_as_navigation_is_the_article_s() -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><div class='date'>Thứ hai, 12/03/2023 "
            "14:30</div><div class='breadcrumb-nav'><a href='/'>Trang chủ</a> > <a href='/thoi-su/'>"
            "Thời sự</a> > <a href='/thoi-su/tinh/'>Tỉnh</a></div><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='detail-content'>{TEXT}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T03:00:00Z")
    assert page.published_at == "2023-03-12T14:30:00+07:00"


@pytest.mark.parametrize("line", [
    # CMS furniture printed as a line of the text (written anew, in the shapes of their
    # families): an attachment's label, Joomla's last-update line, NukeViet's rating lines.
    "File đính kèm: <a href='/file/kh-125.docx'>Tải về</a>",
    "<b>Tệp đính kèm:</b> <a href='/file/kh-125.pdf'>Kế hoạch số 125</a>",
    "Lần cập nhật cuối ( Thứ năm, 11 Tháng 12 2023 08:30 )",
    "Tổng số điểm của bài viết là: 5 trong 1 đánh giá",
    "Click để đánh giá bài viết",
    # A comments widget's placeholder, the script's text before it loads.
    "<span>Loading...</span>",
    "Đang tải bình luận…",
])
def test_cms_furniture_lines_at_the_end_of_the_text_are_left_out(line: str) -> None:
    page = body_page(PS + f"<p>{line}</p>")
    assert page["body"].split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("lines", [
    # The headline printed again over the text, broken over centred bold lines (heldout41
    # class: a research institute's news; written anew): no text.
    ["HỘI NGHỊ TỔNG KẾT", "CÔNG TÁC NĂM 2025"],
    ["Hội nghị tổng kết", "công tác", "năm 2025"],
])
def test_the_headline_broken_over_lines_above_the_text_is_no_text(lines: list[str]) -> None:
    top = "".join(f"<p style='text-align: center;'><strong>{line}</strong></p>" for line in lines)
    assert body_page(top + PS)["body"].split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("lines", [
    ["HỘI NGHỊ TỔNG KẾT", "NĂM 2025 CỦA TỈNH"],
    # A document printed whole: its kind over its subject is its own title, kept as text.
    ["KẾ HOẠCH", "Hội nghị tổng kết công tác năm 2025"],
])
def test_short_lines_above_the_text_spelling_no_headline_are_text(lines: list[str]) -> None:
    top = "".join(f"<p><strong>{line}</strong></p>" for line in lines)
    html = (f"<html><head><meta charset='utf-8'></head><body><h1>Kế hoạch hội nghị tổng kết công "
            f"tác năm 2025</h1><div class='detail-content'>{top}{PS}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.body.split("\n\n") == lines + PARAGRAPHS


def test_a_sentence_about_an_attachment_or_a_rating_is_text() -> None:
    lines = ["Kế hoạch số 125 có tệp đính kèm gửi các xã, phường trước ngày 15/3 để triển khai.",
             "Người dân được mời đánh giá chất lượng dịch vụ công qua cổng thông tin của tỉnh.",
             "Đang tải hàng lên tàu thì trời đổ mưa lớn, công nhân phải dừng việc."]
    page = body_page(PS + "".join(f"<p>{line}</p>" for line in lines))
    assert page["body"].split("\n\n") == PARAGRAPHS + lines


@pytest.mark.parametrize("listed", [
    # Items of a list of stories printed as repeated blocks, between the headline and the text
    # while the article's date closes it (written anew: div cards with a date span; a run of
    # <p>s, the date a tail after the link).
    "".join(f"<div class='item'><a href='/thoi-su/tin-{n}-post{n}9901.html'>{OTHER_STORY} số {n}"
            f"</a><span class='date'>0{n}/02/2023</span></div>" for n in (1, 2, 3)),
    "".join(f"<p><a href='/thoi-su/tin-{n}-post{n}9901.html'>{OTHER_STORY} số {n}</a> "
            f"({n}/02/2023)</p>" for n in (1, 2, 3)),
])
def test_a_date_in_a_block_of_a_story_list_is_the_listed_story_s(listed: str) -> None:
    page = article(TEXT + "<p class='date'>Ngày đăng: 12/03/2023 14:30</p>",
                   before=f"<div class='box-related'>{listed}</div>")
    assert page["published_at"] == "2023-03-12T14:30:00+07:00"


def test_a_meta_line_printed_twice_still_dates_the_article() -> None:
    # The same meta block above and below the text, each with a link of five words to another
    # site (baolaocai's "Theo dõi Báo Lào Cai trên Google News"): no list of stories.
    meta = ("<div class='article__meta'><span>17/06/2025 13:43</span> <a href='https://news.google."
            "com/publications/x'>Theo dõi Báo Tỉnh trên Google News</a></div>")
    page = article(TEXT + meta, before=meta)
    assert page["published_at"] == "2025-06-17T13:43:00+07:00"


@pytest.mark.parametrize("meta", [
    # A date printed after an element holding a number of its own, no time: the line is the
    # date's block, not the element before it (written anew).
    "<div class='meta'><span class='cat'>Tin số 1</span> 12/03/2023</div>",
    "<div class='meta'><a href='/nhom-5/'>Nhóm 5</a> - 12/03/2023</div>",
])
def test_a_date_printed_after_an_element_is_read_in_its_block(meta: str) -> None:
    assert article(TEXT, before=meta)["published_at"] == "2023-03-12T00:00:00+07:00"


# ---- heldout8/9 class (accuracy round 8): rows written anew ----

def test_a_drupal_media_token_and_the_caption_under_it_are_not_text() -> None:
    # Drupal 7 prints a photo it failed to render as its media token; the centred italic line
    # under it is that missing photo's caption (heldout9 class: a hospital's Drupal page).
    token = ('[[{"fid":"812","view_mode":"default","fields":{"format":"default"},'
             '"type":"media","attributes":{"class":"media-element file-default"}}]]')
    body = (f"<p>{PARAGRAPHS[0]}</p><p>{token}</p><p style='text-align:center'><em>Lãnh đạo "
            f"tỉnh dự hội nghị</em></p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    page = body_page(body)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert page["images"] == []


def test_a_raw_wordpress_caption_shortcode_opens_the_photo_s_caption() -> None:
    # A site that copied a WordPress post prints the shortcode unrendered around the photo
    # (heldout9 class: a Fatherland Front page on NukeViet).
    body = (PS + "<p>[caption id=\"attachment_310\" align=\"aligncenter\" width=\"600\"]"
            "<img src='/uploads/trao-qua.jpg'> Lãnh đạo xã trao quà cho các hộ nghèo.</p>")
    page = body_page(body)
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert page["images"] == [{"url": "https://baotinh.example.vn/uploads/trao-qua.jpg",
                               "caption": "Lãnh đạo xã trao quà cho các hộ nghèo."}]


def test_a_letterhead_without_the_national_motto_is_not_text() -> None:
    # The Youth Union's and the Party's documents print their own heading, not the national
    # motto; the number beside the place and date still marks the letterhead (heldout9 class).
    letterhead = ("<table><tr><td><strong>HỘI ĐỒNG ĐỘI TỈNH</strong><br>***</td><td></td></tr>"
                  "<tr><td>Số: 18 - KH/HĐĐ</td><td><em>Yên Bái, ngày 3 tháng 6 năm 2024</em>"
                  "</td></tr></table>")
    page = body_page(letterhead + PS)
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_the_site_s_name_is_no_line_of_the_text() -> None:
    # A save-file view's header, "<img alt=name> <strong>name</strong>", which trafilatura
    # prints as the text's first line where the text is short (heldout9 class: a hospital's
    # NukeViet save-file page): left out of the walk's lines and trafilatura's alike.
    from crawler.extract.body import Body
    from crawler.extract.document import Document
    from crawler.extract.fields.text import without_site_name_line
    name = "Trung tâm Y tế huyện Yên Lạc"
    doc = Document.parse((f"<html><head><meta property='og:site_name' content='{name}'></head><body>"
                          f"<div id='header'><img src='/uploads/logo.png' alt='{name}'> <strong>"
                          f"{name}</strong></div></body></html>").encode(), URL, None)
    body = Body(paragraphs=[name, *PARAGRAPHS])
    without_site_name_line(doc, body)
    assert (body.paragraphs, body.dropped) == (PARAGRAPHS, [name, name])


def test_a_name_in_bold_capitals_above_the_text_is_the_byline() -> None:
    # A literary magazine prints the writer's name first (heldout8 class: a writers'
    # association's site); a document's title above its subject line stays text.
    page = body_page("<p><strong>HOÀNG THU</strong></p>" + PS)
    assert (page["body"].split("\n\n"), page["authors"]) == (PARAGRAPHS, ["Hoàng Thu"])
    # An epigraph between the name and the prose, right-aligned verse and its poet's line, is
    # text (heldout12 class: a literary magazine's essay; written anew).
    epigraph = ["<em>Mưa rơi trên mái phố</em>", "[Mưa phố - Lê Minh Khuê]"]
    page = body_page("<p><strong>TRẦN HẠNH</strong></p>"
                     + "".join(f"<p style='text-align:right'>{e}</p>" for e in epigraph) + PS)
    assert page["body"].split("\n\n") == ["Mưa rơi trên mái phố", "[Mưa phố - Lê Minh Khuê]",
                                           *PARAGRAPHS]
    assert page["authors"] == ["Trần Hạnh"]
    page = body_page("<p><strong>KẾ HOẠCH</strong></p><p>Triển khai công tác năm 2026</p>" + PS)
    assert page["body"].startswith("KẾ HOẠCH\n\nTriển khai công tác năm 2026")
    assert page["authors"] == []


def test_a_lead_repeated_without_its_paper_tag_is_not_text() -> None:
    lead = PARAGRAPHS[0]
    before = f"<div class='sapo-detail'><span>BTN</span> {lead}</div>"
    page = article(PS, before=before)
    assert page["sapo"] == f"BTN {lead}"
    assert page["body"].split("\n\n") == PARAGRAPHS[1:]


def test_a_lead_box_cut_short_gives_way_to_the_whole_lead_opening_the_text() -> None:
    # The lead box holds the text's first characters cut at a comma; the text opens with the
    # whole lead (heldout12 class: a trade magazine's "XYZ - " lead; written anew).
    lead = ("KTĐT - Trong năm 2025, tỉnh đã hoàn thành nhiều chỉ tiêu quan trọng về phát triển "
            "kinh tế, xã hội, trong đó thu ngân sách vượt dự toán, đời sống nhân dân được cải thiện "
            "rõ rệt.")
    cut = lead[:lead.index(" đời sống")]
    page = article(f"<p>{lead}</p>" + PS, before=f"<div class='sapo'><strong>{cut}</strong></div>")
    assert (page["sapo"], page["body"].split("\n\n")) == (lead, PARAGRAPHS)
    # A lead box ending on a word or a sentence is a short lead of its own: the paragraph is
    # text (heldout6's convention).
    short = lead[:lead.index(", xã hội")]
    page = article(f"<p>{lead}</p>" + PS, before=f"<div class='sapo'><strong>{short}</strong></div>")
    assert (page["sapo"], page["body"].split("\n\n")) == (short, [lead, *PARAGRAPHS])
    short = short + "."
    page = article(f"<p>{lead}</p>" + PS, before=f"<div class='sapo'><strong>{short}</strong></div>")
    assert (page["sapo"], page["body"].split("\n\n")) == (short, [lead, *PARAGRAPHS])


def test_a_one_item_category_list_names_the_section_and_is_not_text() -> None:
    # tagDiv's "ul.td-category" inside the article, above the headline (heldout8 class: a
    # radio-TV station's WordPress), the lead a bold first paragraph.
    lead = PARAGRAPHS[0]
    html = ("<html><head><meta charset='utf-8'></head><body><article class='post'><ul "
            "class='td-category'><li><a class='td-cat' href='/category/kinh-te/' rel='category tag'>"
            "Kinh tế</a></li></ul><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<p><strong>{lead}</strong></p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
            "</article></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.category, page.sapo) == ("Kinh tế", lead)
    assert page.body.split("\n\n") == PARAGRAPHS[1:]


def test_a_summary_classed_wrapper_of_the_text_is_no_sapo() -> None:
    # Drupal's body field is "field-type-text-with-summary": the whole text, not a lead.
    page = body_page(f"<div class='field field-type-text-with-summary'>{PS}</div>")
    assert page["sapo"] is None
    assert page["body"].split("\n\n") == PARAGRAPHS
    # Drupal 9's "field--type-text-with-summary" over a story of two paragraphs (heldout13
    # class: a ward's portal; written anew).
    two = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    page = body_page(f"<div class='field field--type-text-with-summary field__item'>{two}</div>")
    assert (page["sapo"], page["body"].split("\n\n")) == (None, PARAGRAPHS[:2])


def test_a_date_printed_in_the_headline_s_own_element_is_the_timestamp() -> None:
    # An old table portal prints the day in parentheses at the end of the headline's cell
    # (heldout9 class: a JSP portal), a later date in the text.
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr><td class='title_detail'>"
            "Hội nghị tổng kết công tác năm 2025 <span class='date_detail'>(12/12/2025)</span>"
            "</td></tr><tr><td>Ngày 10/12/2025 là hạn nộp báo cáo</td></tr></table>"
            f"<div class='detail-content'>{PS}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.title, page.published_at) == ("Hội nghị tổng kết công tác năm 2025",
                                               "2025-12-12T00:00:00+07:00")


def test_a_breadcrumb_repeating_a_headline_with_dates_is_not_the_timestamp() -> None:
    # A company's WordPress: "KỶ NIỆM 65 NĂM NGÀY THÀNH LẬP (15/3/1960 – 15/3/2025)" in the
    # headline and the trail, the post's own date line under them (heldout9 class).
    headline = "KỶ NIỆM 65 NĂM NGÀY THÀNH LẬP (15/3/1960 – 15/3/2025)"
    html = (f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<h1>{headline}</h1><div class='crumbs'><a href='/'>Trang chủ</a> / <span>{headline}"
            "</span></div><div class='meta'>Đăng ngày 14/03/2025 bởi admin</div>"
            f"<div class='entry-content'>{PS}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.published_at == "2025-03-14T00:00:00+07:00"


def test_a_headline_in_capitals_matches_the_title_declared_in_sentence_case() -> None:
    # The footer prints the site's name, the <title>'s suffix: it is not the headline
    # (heldout8 class: a business magazine's CMS).
    html = ("<html><head><meta charset='utf-8'><title>Tổng kết công tác năm 2025 - Tạp chí "
            "Nông thôn Ngày nay</title></head><body><h1 class='post-title'>TỔNG KẾT CÔNG TÁC NĂM "
            "2025</h1><div class='post-meta'>3 giờ trước</div>"
            f"<div class='post-content'>{PS}</div><div class='footer'>Tạp chí Nông thôn Ngày nay"
            "</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T06:00:00Z")
    assert (page.title, page.published_at) == ("TỔNG KẾT CÔNG TÁC NĂM 2025",
                                               "2026-02-01T10:00:00+07:00")


def test_a_box_title_of_four_words_and_a_dash_is_not_the_headline() -> None:
    # No <h1>, the <title> the portal's name (heldout9 class: a university's ASP.NET page).
    html = ("<html><head><meta charset='utf-8'><title>Trường Đại học Nông Lâm</title></head><body>"
            "<div class='module-title'>Tin tức - Sự kiện</div><h3 class='article-title'>Hội nghị "
            f"tổng kết công tác năm 2025</h3><div class='article-content'>{PS}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.title == "Hội nghị tổng kết công tác năm 2025"


def test_a_first_sentence_citing_a_date_before_a_list_is_no_timestamp() -> None:
    # A notice with no printed date opens "Ngày 26/5/2021, … như sau:" (heldout9 class: a
    # religious body's site): the sentence is text, the page has no date.
    opening = ("Ngày 26/5/2025, Ban Thường trực đã ban hành kế hoạch số 12/KH-BTT về việc tổ "
               "chức hội nghị tổng kết; để thống nhất thực hiện, Ban Thường trực thông báo các "
               "nội dung cụ thể như sau:")
    page = body_page(f"<p>{opening}</p>" + PS)
    assert page["published_at"] is None
    assert page["body"].split("\n\n") == [opening, *PARAGRAPHS]


@pytest.mark.parametrize("label", ["Tài liệu khác", "Các văn bản liên quan"])
def test_a_document_page_s_other_documents_are_related(label: str) -> None:
    # A national programme's document page lists its section's other documents (heldout21
    # class: Drupal's book navigation; written anew); its latest list is still not related.
    after = (f"<div class='book-navigation'><h3>{label}</h3><ul><li>{link(1)}</li><li>{link(2)}</li>"
             f"</ul></div><aside><h3>Tin mới nhất</h3><ul><li>{link(3)}</li></ul></aside>")
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == titles(1, 2)


@pytest.mark.parametrize("label", ["Các sự kiện khác", "Hoạt động khác"])
def test_a_site_s_other_events_are_related(label: str) -> None:
    # A cultural site or an organisation calls its stories events (heldout9 class: a historic
    # site's "Các sự kiện khác" under the article); its latest list is still not related.
    after = (f"<section class='other'><h3>{label}</h3><ul><li>{link(1)}</li><li>{link(2)}</li>"
             f"</ul></section><aside><h3>Sự kiện nổi bật</h3><ul><li>{link(3)}</li></ul></aside>")
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == titles(1, 2)


def test_a_photo_story_s_text_is_not_its_longest_caption_s_cell() -> None:
    # VnExpress' photo template copied into an old table layout: each photo a
    # "table.tplCaption" with its caption in a "p.Image" cell, longer than the one line of text
    # (heldout8 class: a radio-TV station's ASP.NET page, "Theo VnExpress" closing it).
    captions = [f"Cánh đồng hoa thứ {n} nằm sát đường, du khách dừng chân chụp ảnh suốt cả buổi "
                "sáng; mỗi lượt vào vườn mất 20.000 đồng, các hộ dân giữ xe miễn phí cho khách "
                f"đến từ xa. Ảnh: Minh Khang {n}." for n in range(1, 4)]
    captions[1] += " Vườn hoa rộng hơn hai hecta, nở rộ từ cuối tháng 10 đến giữa tháng 12."
    frames = "".join(f"<table class='tplCaption' align='center'><tr><td><img src='/anh-{n}.jpg'>"
                     f"</td></tr><tr><td><p class='Image'>{c}</p></td></tr></table>"
                     for n, c in enumerate(captions))
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr><td class='menu'><a href='/'>"
            "Trang chủ</a></td></tr><tr><td><table><tr><td class='title'><h1>Hội nghị tổng kết "
            f"công tác năm 2025</h1></td></tr><tr><td class='noidung'><p>{PARAGRAPHS[0]}</p>"
            f"{frames}<p align='right'><b>Theo VnExpress</b></p></td></tr></table></td></tr>"
            "</table></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.body, page.source) == (PARAGRAPHS[0], "VnExpress")
    assert [i["caption"] for i in page.images] == captions


def test_a_layout_cell_trafilatura_prints_as_one_row_gives_the_walk_s_text() -> None:
    # An ASP.NET portal's one layout cell (section, headline, date, text, photos) next to a
    # side column: trafilatura prints it all as a single "| … |" row (heldout9 class: a trade
    # union's site).
    html = ("<html><head><meta charset='utf-8'></head><body><form><div id='menu'><a href='/'>Trang "
            "chủ</a> | <a href='/?Def=1'>Tin tức</a></div><table width='100%'><tr><td class='main'>"
            "<span class='news-title'>Hội nghị tổng kết công tác năm 2025</span><br><span "
            "class='news-date'>Ngày cập nhật: 12/12/2025 9:05:10 SA</span><div class='news-content'>"
            + "".join(f"<p style='text-align: justify;'>{p}</p>" for p in PARAGRAPHS)
            + "</div></td><td class='right'><div class='box-title'>Tin đọc nhiều</div><a href='/?Def=1"
            "&ID=9'>Hội thao công nhân viên chức năm 2025</a></td></tr></table></form></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.body.split("\n\n") == PARAGRAPHS


def test_a_gallery_right_after_the_text_holds_the_article_s_photos() -> None:
    # A news agency's photo story prints its photos in a gallery after the text, then a strip
    # of thumbnails (heldout8 class: an economic news site of the national agency).
    items = "".join(f"<div class='item'><img src='/anh-{n}.jpg' alt='x'><div class='desc'>Đại biểu "
                    f"tham quan gian hàng số {n}. Ảnh: Thu Hà</div></div>" for n in (1, 2))
    thumbs = "".join(f"<li><img src='/anh-{n}_thumb.jpg'></li>" for n in (1, 2))
    after = (f"<div class='gallery'>{items}</div><ul class='gallery-thumbs'>{thumbs}</ul>")
    page = body_page(PS, after=after)
    assert page["images"] == [{"url": f"https://baotinh.example.vn/anh-{n}.jpg",
                               "caption": f"Đại biểu tham quan gian hàng số {n}. Ảnh: Thu Hà"}
                              for n in (1, 2)]
    # A box of other albums, each picture a link, is no gallery of this article's.
    linked = (f"<div class='album-list'><div class='item'><a href='/album-9.html'><img src='/a9.jpg'>"
              "</a><div class='desc'>Album ảnh lễ hội</div></div></div>")
    assert body_page(PS, after=linked)["images"] == []


def test_a_site_s_visitor_total_gives_way_to_the_number_beside_the_eye() -> None:
    # A city portal prints the article's count beside an eye image under the headline and the
    # site's visitors in the footer (heldout11 class: an Oracle WebCenter portal); the eye
    # image is no photo of the article.
    before = ("<div class='date-news'><span>22/12/2025 | 10:52 AM</span><span class='luot'>"
              "<img src='/images/icon-eye.png' alt=''> 2.417</span></div>")
    page = article(TEXT, before=before, after="<div class='footer'>Tổng lượt truy cập: 4.577.210</div>")
    assert (page["views"], page["images"]) == (2417, [])


def test_a_video_player_s_poster_is_no_photo_of_the_article() -> None:
    before = ("<div class='video-player' data-src='/media/hoi-nghi.mp4'><img src='/media/hoi-nghi-"
              "poster.jpg' alt='Hội nghị'><span class='duration'>02:47</span></div>")
    assert article(TEXT, before=before)["images"] == []


def test_a_post_thumbnail_printed_above_the_headline_is_the_lead_photo() -> None:
    # A WordPress theme prints the featured image before the headline, inside the post
    # (heldout11 class: a hospital's site); a picture in the menu above it is not.
    html = ("<html><head><meta charset='utf-8'></head><body><nav><a href='/'><img src='/logo.png'>"
            "</a></nav><article class='post'><div class='post-thumb'><img src='/uploads/2025/12/"
            "hoi-nghi.jpg' alt='Hội nghị'></div><h1 class='post-title'>Hội nghị tổng kết công tác "
            f"năm 2025</h1><div class='post-content'>{TEXT}</div></article></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.images == [{"url": "https://baotinh.example.vn/uploads/2025/12/hoi-nghi.jpg",
                            "caption": None}]


@pytest.mark.parametrize("label", ["Other news", "Related articles"])
def test_an_english_interface_s_other_news_are_related(label: str) -> None:
    # A hospital's English-interface pages over Vietnamese stories (heldout11 class).
    after = f"<div class='other-news'><h3>{label}</h3><ul><li>{link(1)}</li><li>{link(2)}</li></ul></div>"
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == titles(1, 2)


def test_a_download_link_under_a_notice_is_neither_text_nor_a_related_story() -> None:
    # A school's notice closes with its plan as a PDF (heldout11 class: a WordPress notice).
    download = ("<p><a href='https://baotinh.example.vn/wp-content/uploads/2025/12/ke-hoach-tong-"
                "ket-2025.pdf'>Tải về kế hoạch tổng kết (PDF)</a></p>")
    page = body_page(PS + download)
    assert (page["body"].split("\n\n"), page["related"]) == (PARAGRAPHS, [])


def test_an_author_label_in_its_own_element_gives_the_name_after_it_and_the_source_line() -> None:
    # NukeViet closes the article with "<strong>Tác giả bài viết: </strong>name" and a
    # "Nguồn tin:" line under it (heldout11 class: a ward's portal).
    after = ("<div class='credits'><p class='h5 text-right'><strong>Tác giả bài viết: </strong>Lan "
             "Phương</p><p class='h5 text-right'><strong>Nguồn tin: </strong>Hội Nông dân xã Tân "
             "Lập</p></div>")
    page = article(TEXT, after=after)
    assert (page["authors"], page["source"]) == (["Lan Phương"], "Hội Nông dân xã Tân Lập")


@pytest.mark.parametrize(("tail", "authors"), [
    ("Trần Thị Thu Hà", ["Trần Thị Thu Hà"]),  # the writer's full name
    ("Thừa Thiên Huế", []),  # a place: no family name opens it
    ("Thu Hà", []),  # two words: a pen name or a place, nothing to go by
])
def test_a_writer_s_name_at_the_end_of_the_headline_is_the_author(tail: str, authors: list[str]) -> None:
    # A literary association's site prints the essay's writer after a dash at the end of the
    # headline and no credit elsewhere (heldout10 class).
    html = ("<html><head><meta charset='utf-8'></head><body><article><h1 class='entry-title'>Hai "
            f"tạp chí văn nghệ song hành cùng bạn đọc - {tail}</h1><div class='entry-content'>{TEXT}"
            "</div></article></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.authors == authors


def test_dates_glued_after_the_links_of_a_story_list_are_the_listed_stories() -> None:
    # A notice printing no date of its own, then the section's earlier notices, one per line,
    # each link followed by its date (heldout11 class: a hospital's table layout).
    items = "".join(f"<br>- <a href='/thong-bao/thong-bao-so-{n}-10{n}5'>{OTHER_STORY} số {n}</a> "
                    f"0{n}/09/2025" for n in (1, 2, 3))
    page = article(TEXT, after=f"<div class='tinkhac'><b>Tin khác đã đăng</b>{items}</div>")
    assert page["published_at"] is None


@pytest.mark.parametrize(("last", "category"), [
    ("Hoạt động Mặt trận", "Hoạt động Mặt trận"),  # a section the menu links
    ("Hội nghị tổng kết công tác năm 2025", "Tin tức"),  # the headline repeated
    ("Bài viết", "Tin tức"),  # the kind of page, which no menu names
    ("Chi tiết tin", "Tin tức"),
    # A section's name no menu links (heldout19 class: SharePoint district portals; written
    # anew), and a glyph that is no level.
    ("Tin hoạt động HĐND xã", "Tin hoạt động HĐND xã"),
    ("›", "Tin tức"),
])
def test_a_trail_s_unlinked_last_level_names_the_section_the_menu_links(last: str, category: str) -> None:
    # A commune portal's trail ends in the section as plain text after its parent's link
    # (heldout11 class).
    before = ("<nav class='menu'><a href='/'>Trang chủ</a><a href='/tin-tuc'>Tin tức</a>"
              "<a href='/tin-tuc/mat-tran'>Hoạt động Mặt trận</a></nav>")
    trail = (f"<div class='breadcrumb-custom'><a href='/'>Trang chủ</a> › <a href='/tin-tuc'>Tin "
             f"tức</a> › <span>{last}</span></div>")
    html = ("<html><head><meta charset='utf-8'></head><body>" + before + trail +
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{TEXT}</div>"
            "</body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.category == category


def test_trafilatura_s_line_running_over_the_container_s_edge_gives_the_walk_s_text(monkeypatch) -> None:
    # A WordPress photo story: one paragraph, captioned figures, the credit; trafilatura
    # prints the section, the headline, the date and all of it as one line (heldout10 class).
    from crawler.extract import generic
    figures = "".join(f"<figure><img src='/anh-{n}.jpg'><figcaption>Đại biểu dự hội nghị số {n}."
                      "</figcaption></figure>" for n in (1, 2))
    html = ("<html><head><meta charset='utf-8'></head><body><article><header><a href='/thoi-su' "
            "rel='category tag'>Thời sự</a><h1>Hội nghị tổng kết công tác năm 2025</h1><time>9 "
            f"Tháng Mười Hai, 2025</time></header><div class='entry-content'><p>{PARAGRAPHS[0]}</p>"
            f"{figures}<p style='text-align: right;'><strong>MINH ANH</strong></p></div></article>"
            "</body></html>")
    glued = (f"Thời sự Hội nghị tổng kết công tác năm 2025 9 Tháng Mười Hai, 2025 {PARAGRAPHS[0]} "
             "Đại biểu dự hội nghị số 1. Đại biểu dự hội nghị số 2. MINH ANH")
    monkeypatch.setattr(generic, "trafilatura_paragraphs", lambda root, fast=True: [glued])
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.body == PARAGRAPHS[0]


# ---- round 11: classes the heldout14/15 pages showed (read after their measurement), written anew ----

def test_a_bold_subheading_above_the_last_paragraph_is_no_byline_when_none_closes_the_text() -> None:
    # A journal prints its writer at the top and ends on a section: the bold line above the
    # closing paragraph is the section's heading (heldout14 class: a Liferay journal).
    heading = "Những bài học rút ra cho giai đoạn mới"
    body = ("<p class='author' style='text-align:right'><strong>LÊ VĂN BÌNH</strong></p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
            + f"<p><strong>{heading}</strong></p><p>{PARAGRAPHS[2]}</p>")
    page = body_page(body)
    assert page["body"].split("\n\n") == [*PARAGRAPHS[:2], heading, PARAGRAPHS[2]]
    assert page["authors"] == ["Lê Văn Bình"]


def test_the_writer_under_the_headline_and_the_source_closing_the_text_are_one_credit() -> None:
    # A business site's rewrite: its writer by the time, "Theo <paper>" closing the text
    # (heldout14 class: a VCCorp site).
    page = article(PS + "<p>Theo Báo Hà Nam</p>",
                   before="<div class='meta'><span class='author'>Thu Hà</span> • 15:32</div>")
    assert (page["authors"], page["source"]) == (["Thu Hà"], "Báo Hà Nam")
    assert page["body"].split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(("name", "authors", "first"), [
    # An overseas paper's commentary opens with its writer's name in bold, title-cased from a
    # family name (heldout14 class); a place in bold is a heading, not a name.
    ("Đỗ Quang Vinh", ["Đỗ Quang Vinh"], PARAGRAPHS[0]),
    ("Quảng Nam", [], "Quảng Nam"),
])
def test_a_bold_name_opening_the_text_signs_it(name: str, authors: list[str], first: str) -> None:
    page = body_page(f"<p><strong>{name}</strong></p>" + PS)
    assert (page["authors"], page["body"].split("\n\n")[0]) == (authors, first)


def test_a_journal_s_front_matter_under_labels_printed_alone_is_no_text() -> None:
    # "Tóm tắt:" alone over the abstract, the keywords, the English title in capitals, "Summary"
    # alone over the English abstract (heldout14 class: an economics journal; written anew).
    front = (f"<p><strong>Tóm tắt:</strong></p><p>{ABSTRACT}</p><p><strong>Từ khóa:</strong> "
             "chuyển đổi số, pháp luật</p><p><strong>DIGITAL TRANSFORMATION OF LEGAL EDUCATION"
             "</strong></p><p><strong>Summary</strong></p><p>Digital transformation is an "
             "inevitable trend in every field of social life, legal education included.</p>")
    page = body_page(front + PS)
    assert (page["sapo"], page["body"].split("\n\n")) == (ABSTRACT, PARAGRAPHS)


@pytest.mark.parametrize("note", ["(Bài đăng trên Tạp chí Khoa học Nông nghiệp, số 5/2023)",
                                  "Bài viết đăng trên Đặc san Xuân Giáp Thìn, kỳ 2 tháng 2/2024"])
def test_the_print_issue_note_closing_the_text_is_no_text(note: str) -> None:
    # A journal's note of the issue the article appeared in (heldout14 class; written anew).
    page = body_page(PS + f"<p><em>{note}</em></p>")
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_the_writer_s_email_under_the_signature_above_the_text_is_no_text() -> None:
    # Name, office, then the e-mail, right-aligned above the text (heldout14 class: an
    # economics journal; written anew).
    page = body_page("<p style='text-align:right'><strong>ThS. Vũ Thị Lan</strong></p>"
                     "<p style='text-align:right'><em>Trường Đại học Kinh tế</em></p>"
                     "<p style='text-align:right'><em>Email: lanvt@example.edu.vn</em></p>" + PS)
    assert (page["authors"], page["body"].split("\n\n")) == (["Vũ Thị Lan"], PARAGRAPHS)


@pytest.mark.parametrize(("where", "expected"), [("header", "2019-03-04T00:00:00+07:00"), ("aside", None)])
def test_an_english_interface_s_hatom_time_in_the_headline_s_header_dates_the_post(where: str,
                                                                                    expected: str | None) -> None:
    # A WordPress theme left in English over Vietnamese posts (heldout15 class: an enterprise's
    # site; written anew): "Posted on March 4, 2019", the day in hAtom's <time class=published>.
    time = ("<span class='posted-on'>Posted on <a href='/p/1'><time class='entry-date published' "
            "datetime='2019-03-04'>March 4, 2019</time></a></span>")
    header = f"<div class='entry-meta'>{time}</div>" if where == "header" else ""
    aside = f"<aside class='widget'><ul><li>{time}</li></ul></aside>" if where == "aside" else ""
    html = ("<html><head><meta charset='utf-8'></head><body><article class='post hentry'><header "
            f"class='entry-header'><h1 class='entry-title'>Hội nghị tổng kết công tác năm 2025</h1>"
            f"{header}</header><div class='entry-content'>{PS}</div></article>{aside}</body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.published_at == expected


def test_a_spacer_pixel_opening_the_text_is_no_image() -> None:
    # An old CMS's one-pixel spacer in a paragraph of its own above the text (heldout14 class:
    # an overseas paper; written anew); the photo after it stays.
    page = body_page("<p><img src='/images/spacer.gif' alt='' width='1' height='1'></p>" + PS
                     + "<p><img src='/images/cho-phien.jpg' width='600' height='400'></p>")
    assert [i["url"] for i in page["images"]] == ["https://baotinh.example.vn/images/cho-phien.jpg"]


def test_a_small_photo_floated_beside_the_lead_is_the_article_s() -> None:
    # NukeViet's article image, 160 pixels wide in a <figure> before the hometext (heldout15
    # class: a diocese's NukeViet 4.5; written anew); the same image without a lead after it
    # is a small picture, no photo.
    lead = ("Sáng 9/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025 với sự "
            "tham dự của lãnh đạo các sở, ngành.")
    figure = "<figure class='article left'><img src='/uploads/news/hoi-nghi.jpg' width='160'></figure>"
    page = article(PS, before=f"<div class='clearfix'>{figure}<div class='hometext'>{lead}</div></div>")
    assert [i["url"] for i in page["images"]] == ["https://baotinh.example.vn/uploads/news/hoi-nghi.jpg"]
    page = article(PS, before=f"<div class='clearfix'>{figure}<div class='note'>Ảnh</div></div>")
    assert page["images"] == []


@pytest.mark.parametrize(("credit", "source"), [
    # A magazine crediting itself on a domain its title spells with "online" after it
    # (heldout15 strings class; written anew) ...
    ("Tạp chí Văn Hóa", None),
    # ... another magazine stays the source.
    ("Theo Tạp chí Du Lịch", "Tạp chí Du Lịch"),
])
def test_a_magazine_crediting_itself_on_its_online_domain_is_no_source(credit: str, source: str | None) -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='detail-content'>{PS}<p style='text-align:right'><strong>{credit}"
            "</strong></p></div></body></html>")
    page = extract_article(html.encode(), "https://vanhoaonline.example.vn/tin-tuc/hoi-nghi-a123.html",
                           fetched_at="2026-02-01T00:00:00Z")
    assert (page.authors, page.source) == ([], source)


@pytest.mark.parametrize(("stamp", "expected"), [
    # hAtom's <abbr class=published> in the post's footer, the day alone in the date header
    # above the headline (heldout17 class: Blogger's classic templates; written anew).
    ("<abbr class='published' title='2015-03-09T20:15:00+07:00'>8:15 CH</abbr>",
     "2015-03-09T20:15:00+07:00"),
    # Its microdata form: the ISO time in the <abbr>'s title, the clock printed.
    ("<abbr itemprop='datePublished' title='2015-03-09T08:05:00+07:00'>08:05</abbr>",
     "2015-03-09T08:05:00+07:00"),
    # No time anywhere: the day of the date header.
    ("<abbr class='published'>8:15 CH</abbr>", "2015-03-09T00:00:00+07:00"),
])
def test_a_blog_post_s_footer_time_joins_the_day_of_its_date_header(stamp: str, expected: str) -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><div class='date-outer'><h2 "
            "class='date-header'><span>Thứ Hai, 9 tháng 3, 2015</span></h2><div class='post "
            "hentry'><h3 class='post-title entry-title'>Hội nghị tổng kết công tác năm 2025</h3>"
            f"<div class='post-body entry-content'>{PS}</div><div class='post-footer'><div "
            "class='post-footer-line'><span class='post-author vcard'>Đăng bởi <span class='fn'>"
            "Ban biên tập</span></span> <span class='post-timestamp'>lúc <a class='timestamp-link'"
            f" href='/2015/03/hoi-nghi.html'>{stamp}</a></span></div></div></div></div>"
            "</body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.published_at == expected


def test_a_bold_name_slash_paper_above_the_text_signs_it() -> None:
    # An overseas paper's reporter and the paper after a slash, bold, the given name first
    # (heldout16 class; written anew); a bold line of two words with a slash is no signature.
    page = body_page("<p><strong>Quốc Huy/Người Việt</strong></p>" + PS)
    assert (page["authors"], page["source"], page["body"].split("\n\n")) == (
        ["Quốc Huy"], "Người Việt", PARAGRAPHS)
    page = body_page("<p><strong>Tết/Xuân 2024</strong></p>" + PS)
    assert page["authors"] == [] and page["body"].startswith("Tết/Xuân 2024")


@pytest.mark.parametrize(("where", "expected"), [("header", "2020-03-12T00:00:00+07:00"), ("aside", None)])
def test_an_english_date_in_a_time_element_under_the_headline_dates_the_post(where: str,
                                                                           expected: str | None) -> None:
    # An overseas paper's WordPress theme prints the day in English month words in a <time>
    # with no datetime (heldout16 class; written anew); another story's <time> in a sidebar
    # has no headline in its header.
    time = "<time class='entry-date updated'>March 12, 2020</time>"
    header = f"<div class='meta-info'>{time}</div>" if where == "header" else ""
    aside = f"<aside class='widget'><ul><li>{time}</li></ul></aside>" if where == "aside" else ""
    html = ("<html><head><meta charset='utf-8'></head><body><article class='post'><header>"
            f"<h1 class='entry-title'>Hội nghị tổng kết công tác năm 2025</h1>{header}</header>"
            f"<div class='post-content'>{PS}</div></article>{aside}</body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.published_at == expected


@pytest.mark.parametrize(("credit", "authors"), [
    # A writer's name in parentheses run onto the last sentence (heldout16 class: a provincial
    # culture magazine; written anew), with or without spaces inside.
    ("( Lê Minh Khuê)", ["Lê Minh Khuê"]),
    ("(Thu Trang)", ["Thu Trang"]),
])
def test_a_credit_in_parentheses_glued_to_the_last_sentence_signs_the_text(credit: str,
                                                                            authors: list[str]) -> None:
    last = PARAGRAPHS[-1]
    page = body_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:-1]) + f"<p>{last}{credit}</p>")
    assert (page["authors"], page["body"].split("\n\n")) == (authors, PARAGRAPHS)


def test_a_remark_in_parentheses_after_the_last_sentence_stays_text() -> None:
    last = PARAGRAPHS[-1] + "(Ảnh minh họa)"
    page = body_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:-1]) + f"<p>{last}</p>")
    assert page["authors"] == [] and page["body"].endswith(last)


@pytest.mark.parametrize(("meta", "authors"), [
    # The labelled writer after the date in one meta line under the headline (heldout17 class:
    # a Liferay portal; written anew).
    ("<div class='meta'>Ngày đăng: 05/03/2021 | Tác giả: Hồng Nhung</div>", ["Hồng Nhung"]),
    ("<div class='meta'>05/03/2021 09:15 | Lượt xem: 120 | Người viết: Quang Dũng</div>", ["Quang Dũng"]),
    # No label: the segment is no writer.
    ("<div class='meta'>Ngày đăng: 05/03/2021 | Quang Dũng</div>", []),
])
def test_a_labelled_writer_in_the_date_line_under_the_headline(meta: str, authors: list[str]) -> None:
    assert article(PS, before=meta)["authors"] == authors


def test_a_comment_form_s_name_field_is_no_author() -> None:
    # WordPress' comment form under the post: <p class="comment-form-author"><label>Tên *
    # (heldout17 class: a religious body's WordPress site; written anew).
    form = ("<div id='respond'><form action='/wp-comments-post.php' method='post'><p "
            "class='comment-form-author'><label for='author'>Tên *</label><input id='author' "
            "name='author'></p></form></div>")
    assert article(PS, after=form)["authors"] == []


def test_an_author_line_inside_a_page_wide_form_is_still_the_credit() -> None:
    # ASP.NET WebForms wraps the whole page in one <form> (written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><form id='aspnetForm' method='post'>"
            "<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>" + PS +
            "<div class='author-detail' style='text-align:right'><strong><span>Quang Dũng</span>"
            "</strong></div></div></form></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.authors == ["Quang Dũng"]


def test_a_menu_word_and_the_toolbar_above_the_text_are_no_text() -> None:
    # A foreign service's Vietnamese page (heldout16 class; written anew): the menu's "Chương
    # trình" opens a sentence of the text too, and the print and font-size buttons ("In", "A+",
    # "A-") sit in the text's box above it.
    text = ["Sáng 9/12, đoàn đại biểu tỉnh đã đến thăm và làm việc với hội người Việt tại thành "
            "phố Busan, trao đổi về chương trình hỗ trợ cô dâu Việt.",
            "Chương trình được tổ chức hằng năm từ năm 2015 nhằm giúp các gia đình đa văn hóa "
            "ổn định cuộc sống và giữ gìn tiếng Việt cho trẻ em.",
            "Năm nay, ban tổ chức dự kiến mời thêm 30 gia đình ở các tỉnh phía nam tham gia "
            "các hoạt động giao lưu, tham quan và học tập."]
    html = ("<html><head><meta charset='utf-8'><title>Đoàn đại biểu tỉnh thăm hội người Việt tại "
            "Busan</title></head><body><ul class='menu'><li><a href='/news'>"
            "Tin tức</a></li><li><a href='/program'>Chương trình</a></li><li><a href='/learn'>Học "
            "tiếng Hàn</a></li></ul><div class='news_detail'><h2 class='tit'>Đoàn đại biểu tỉnh "
            "thăm hội người Việt tại Busan</h2><p class='date'>2025-06-12</p><div class='btn_area'>"
            "<a href='#'>In</a> <a href='#'>Chia sẻ</a> <a href='#'>A+</a> <a href='#'>A-</a></div>"
            "<div class='body_txt'>" + "<br><br>".join(text) + "</div></div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.body.split("\n\n") == text


def test_a_bold_line_in_capitals_opening_the_text_is_a_heading_not_the_lead() -> None:
    # A digest's first item heading, bold capitals over the item's text (heldout16 class: an
    # overseas paper; written anew): it stays in the body, and there is no sapo.
    heading = "ĐOÀN ĐẠI BIỂU TỈNH THĂM VÀ TẶNG QUÀ BÀ CON NGƯỜI VIỆT TẠI THÀNH PHỐ BUSAN"
    page = body_page(f"<p><strong>{heading}</strong></p>" + PS)
    assert (page["sapo"], page["body"].split("\n\n")) == (None, [heading, *PARAGRAPHS])


def test_an_office_signing_in_capitals_with_a_full_stop_closes_the_text() -> None:
    # A ward's committee signs its story on the district portal, right-aligned bold capitals
    # ending with a full stop (heldout17 class; written anew): the signature, no text.
    page = body_page(PS + "<p style='text-align:right'><strong>ỦY BAN NHÂN DÂN XÃ TÂN HÒA.</strong></p>")
    assert (page["body"].split("\n\n"), page["authors"]) == (PARAGRAPHS, [])
    assert page["source"] is not None


@pytest.mark.parametrize("back", ["Quay lại", "Trở về"])
def test_a_back_link_above_the_headline_is_no_category(back: str) -> None:
    # Liferay's asset title bar: a back link to the portal right above the headline (heldout17
    # class: a district portal; written anew).
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025</title>"
            "</head><body><div class='journal-content-article'>"
            f"<p class='asset-title'><a href='https://baotinh.example.vn/web/portal' class='back'>{back}</a></p>"
            "<h3 class='header-title'><span>Hội nghị tổng kết công tác năm 2025</span></h3>"
            f"<div class='asset-date'>20/03/2023 14:07</div>{PS}</div></body></html>")
    page = extract_article(html.encode(), "https://baotinh.example.vn/web/portal/-/hoi-nghi-tong-ket",
                           fetched_at="2026-02-01T00:00:00Z")
    assert page.category is None


def test_a_related_label_beside_a_tab_finds_the_stories_under_them() -> None:
    # The WordPress Newspaper theme's related block: the label and a second tab ("Xem thêm từ
    # tác giả", href="#") in one heading, the stories under it (heldout17 class; written anew).
    stories = [("https://baotinh.example.vn/le-hoi-mua-xuan/", "Lễ hội mùa xuân ở vùng cao biên giới"),
               ("https://baotinh.example.vn/tet-trong-cay/", "Phát động Tết trồng cây đời đời nhớ ơn Bác")]
    block = ("<div class='td_block_related_posts'><h4 class='td-related-title'><a class='td-related-left'"
             " href='#'>Bài viết liên quan</a><a class='td-related-right' href='#'>Xem thêm từ tác giả"
             "</a></h4>" + "".join(f"<div class='td_module_related_posts'><h3 class='entry-title'><a "
                                   f"href='{u}'>{t}</a></h3></div>" for u, t in stories) + "</div>")
    page = body_page(PS, after=block)
    assert [(r["url"], r["title"]) for r in page["related"]] == stories


def test_a_category_tag_link_above_the_headline_in_its_header_is_the_section() -> None:
    # A WordPress theme printing the_category() over the headline in the entry's header
    # (heldout16 class: a culture magazine; written anew); a menu's link is not it.
    html = ("<html><head><meta charset='utf-8'></head><body><nav><ul><li><a href='/category/am-nhac/'>"
            "Âm nhạc</a></li></ul></nav><article class='post'><header class='entry-header'><div "
            "class='entry-cat'><a href='/category/di-san/' rel='category tag'>Di sản</a></div><h1 "
            f"class='entry-title'>Hội nghị tổng kết công tác năm 2025</h1></header><div "
            f"class='entry-content'>{PS}</div></article></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.category == "Di sản"


def test_a_labelled_section_named_with_dashes_is_the_category() -> None:
    # Joomla's category-name "Chuyên mục: <a>…</a>", a section of three names set apart by
    # dashes, nine tokens with them (heldout17 class: a religious body's site; written anew).
    meta = ("<dl class='article-info'><dd class='category-name'><span class='icon'></span> Chuyên "
            "mục: <a href='/tin-tuc/tin-van-hoa'>Tin Văn Hóa - Thể Thao - Du Lịch</a></dd></dl>")
    assert article(PS, before=meta)["category"] == "Tin Văn Hóa - Thể Thao - Du Lịch"


def test_a_title_naming_the_trail_s_section_is_no_headline() -> None:
    # A SharePoint list item: the <title> is the list's name, which the trail and the menu
    # link to the list's view page; the headline is an <h2> (heldout45 class: a ministry
    # portal's news list; written anew).
    headline = "Góp ý hoàn thiện dự thảo quy chế phối hợp giải quyết thủ tục hành chính liên thông"
    view = "/noidung/tintuc/Lists/GopYChinhSach/AllItems.aspx"
    html = ("<html><head><meta charset='utf-8'><title>\n\tGóp ý chính sách\n</title></head><body>"
            f"<ul class='menu'><li><a href='{view}'>Góp ý chính sách</a></li></ul><div class="
            f"'breadcrumb'><a href='/Pages/default.aspx'>Trang chủ</a> &gt; <a href='{view}'>Góp ý "
            f"chính sách</a></div><div class='news-detail'><h2 class='news-title'>{headline}</h2>"
            f"<div class='news-content'>{PS}</div></div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.title, page.category) == (headline, "Góp ý chính sách")


def test_the_site_s_name_beside_its_banner_is_no_headline() -> None:
    # An old table layout whose <title> is only the station's name, printed beside its banner
    # image; the headline is a bold cell of the content table (heldout16 class: a foreign
    # radio's Vietnamese service; written anew).
    headline = "Thị trấn biên giới trở thành cửa ngõ giao thương của cả vùng"
    html = ("<html><head><meta charset='utf-8'><title>Radio Phương Đông</title></head><body><table>"
            "<tr><td><img src='/images/banner.gif' alt=''>Radio Phương Đông</td></tr></table><table>"
            f"<tr><td class='title'><b>{headline}</b></td></tr><tr><td class='text'>{PS}</td></tr>"
            "</table></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.title, page.sapo) == (headline, None)


@pytest.mark.parametrize(("signature", "authors"), [
    # Two writers and their district centre in spaced parentheses, right-aligned bold under the
    # text (heldout21 class: a district portal; written anew): the unit is their affiliation
    # and its words do not make the line a sentence.
    ("Thu Trang – Minh Đức ( Trung tâm Văn hóa, Thể thao và Truyền thông huyện Yên Thành )",
     ["Thu Trang", "Minh Đức"]),
    ("Quang Dũng (Phòng Văn hóa và Thông tin huyện Tân Kỳ)", ["Quang Dũng"]),
])
def test_a_signature_with_its_unit_in_parentheses_closes_the_text(signature: str,
                                                                  authors: list[str]) -> None:
    page = body_page(PS + f"<p style='text-align:right'><strong>{signature}</strong></p>")
    assert (page["body"].split("\n\n"), page["authors"], page["source"]) == (PARAGRAPHS, authors, None)


@pytest.mark.parametrize("board", ["Ban biên tập xã Tân Hòa.", "Ban quản trị website Trường THCS Lê Lợi."])
def test_the_site_s_editorial_board_signing_closes_the_text_and_names_nobody(board: str) -> None:
    # A ward's portal signs its own story with its editorial board, bold, right-aligned, maybe
    # with a full stop (heldout21 class; written anew): neither text, author nor source.
    page = body_page(PS + f"<p style='text-align:right'><strong>{board}</strong></p>")
    assert (page["body"].split("\n\n"), page["authors"], page["source"]) == (PARAGRAPHS, [], None)


def test_the_photo_s_file_name_printed_under_it_is_no_text() -> None:
    # WordPress printed the upload's title, its file name, as a paragraph under the photo
    # (heldout20 class: an overseas community site; written anew).
    photo = "<p><img src='https://baotinh.example.vn/wp-content/uploads/2024/05/IMG_2041-1-300x200.jpg'></p>"
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{photo}<p>IMG_2041 (1)</p><p>{PARAGRAPHS[1]}</p>"
                     f"<p>{PARAGRAPHS[2]}</p>")
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert page["images"][0]["caption"] is None


def test_a_bold_first_line_shaped_like_a_headline_is_a_heading_not_the_lead() -> None:
    # An overseas paper's digest item: its bold headline over its text, no sentence (heldout22
    # class; written anew).
    heading = "Tổng thống Phần Lan thăm Việt Nam: bàn về năng lượng, gỗ và giáo dục"
    page = body_page(f"<p><strong>{heading}</strong></p>" + PS)
    assert page["sapo"] is None and page["body"].split("\n\n") == [heading, *PARAGRAPHS]


def test_a_line_linking_another_outlet_s_story_is_neither_text_nor_related() -> None:
    # The digest links the broadcaster's story between its paragraphs, bold, a question
    # (heldout22 class; written anew); a short linked name stays text.
    line = ("<p><a href='https://www.phatthanh.example.com/vietnamese/articles/c0x2'><strong>Việt Nam "
            "có nên mở rộng hợp tác năng lượng với châu Âu?</strong></a></p>")
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{line}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert (page["body"].split("\n\n"), page["related"]) == (PARAGRAPHS, [])


@pytest.mark.parametrize("shape", [
    "<div class='wp-caption'><img src='{src}'><p class='wp-caption-text'>{name}</p></div>",
    "<figure><img src='{src}'><figcaption>{name}</figcaption></figure>",
])
def test_the_photo_s_file_name_in_its_caption_element_is_no_caption(shape: str) -> None:
    # What a reader sees under the photo is a file name, which says nothing of it, whether on a
    # plain line or in the caption element (heldout19/21 classes: a university's screenshots
    # "2016-11-29_21-27-13", a ward's figcaptions "ddk1"; written anew).
    photo = shape.format(src="https://baotinh.example.vn/uploads/2024/05/2024-05-12_08-15-30.png",
                         name="2024-05-12_08-15-30")
    page = body_page(f"<p>{PARAGRAPHS[0]}</p>{photo}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert page["images"][0]["caption"] is None


def test_a_right_aligned_name_under_the_last_photo_signs_the_text() -> None:
    # A diocese's WordPress post ends with a photo, then the writer's pen name right-aligned in
    # bold italics (heldout21 class; written anew): the signature, not the photo's caption.
    photo = "<figure class='wp-block-image'><img src='https://baotinh.example.vn/anh-2.jpg'></figure>"
    page = body_page(PS + photo + "<p style='text-align: right;'><strong><em>Thanh Tâm</em></strong></p>")
    assert (page["authors"], page["images"][0]["caption"]) == (["Thanh Tâm"], None)


def test_readers_voices_each_signed_in_parentheses_keep_their_signatures() -> None:
    # Readers' answers, each closed by its writer in parentheses (heldout20 class: an overseas
    # magazine; written anew): the last one signs its own answer, not the article.
    voices = [f"{p} ({name}, Berlin, Đức)" for p, name in zip(PARAGRAPHS, ["Minh Anh", "Quốc Huy", "Lan Chi"])]
    page = body_page("".join(f"<p>{v}</p>" for v in voices))
    assert (page["authors"], page["body"].split("\n\n")) == ([], voices)


def test_the_section_after_a_home_link_in_the_trail_is_no_headline() -> None:
    # An old ASP.NET table layout: <title> "Site - Section", the trail "Trang chủ > <span>
    # Section</span>", the headline in a span of a title class (heldout21 class: an
    # enterprise's video page; written anew).
    html = ("<html><head><meta charset='utf-8'><title>CTĐL - Thư viện ảnh</title></head><body>"
            "<table><tr><td class='pathway'><a href='Default.aspx'>Trang chủ</a> &gt; "
            "<span class='lblMenu'>Thư viện ảnh</span></td></tr></table><table><tr><td>"
            "<span class='newstitle'>Hội thi an toàn vệ sinh viên giỏi năm 2025</span></td></tr>"
            f"<tr><td>{PS}</td></tr></table></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.title, page.category) == ("Hội thi an toàn vệ sinh viên giỏi năm 2025", "Thư viện ảnh")


def test_a_table_cell_s_text_with_an_empty_line_is_the_text_in_two_paragraphs() -> None:
    # ASP.NET's label control prints the text straight in a table cell, no <p> or <div>, its
    # paragraphs set apart by two <br>s (heldout21 class; written anew); a box's label in a
    # <div> elsewhere on the page is not the text.
    html = ("<html><head><meta charset='utf-8'></head><body><div class='hl'><div>Tin nổi bật</div>"
            "</div><h1>Hội nghị tổng kết công tác năm 2025</h1><table><tr><td class='desc'><span "
            f"id='ctl00_lblDesc'>{PARAGRAPHS[0]} {PARAGRAPHS[1]}<br /><br />{PARAGRAPHS[2]}</span>"
            "</td></tr></table></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.body.split("\n\n") == [f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}", PARAGRAPHS[2]]


def test_the_magazine_s_own_account_named_by_its_domain_is_no_author() -> None:
    # Joomla's "Viết bởi" the account named after the magazine its domain spells after "tạp
    # chí" (heldout20 class: an overseas magazine; written anew): nobody.
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            "2025</h1><dl class='article-info'><dd class='createdby'>Viết bởi Sông Xanh</dd></dl>"
            f"<div class='detail-content'>{PS}</div></body></html>")
    page = extract_article(html.encode(), "https://tapchisongxanh.example.eu/index.php/tin/12-hoi-nghi",
                           fetched_at="2026-02-01T00:00:00Z")
    assert page.authors == []


def test_a_document_notice_of_one_line_is_that_line() -> None:
    # A school office's notice: one line naming the document over its PDF link and frame, the
    # page's boxes around it (heldout21 class; written anew): the line is the text, and the
    # trail's unlinked level after its only link, "Trang chủ", is the section.
    boxes = "".join(f"<li><a href='/article/tin-{i}.html'>Hội nghị cán bộ viên chức năm học "
                    f"202{i}</a> <span>(0{i}/05/2021)</span></li>" for i in range(1, 7))
    html = ("<html><head><meta charset='utf-8'></head><body><div class='top'>TRƯỜNG ĐẠI HỌC Y "
            "DƯỢC</div><nav aria-label='breadcrumb'><ol class='breadcrumb'><li class='breadcrumb-"
            "item'><a href='/'>Trang chủ</a></li><li class='breadcrumb-item active'>Văn bản - "
            "Quy chế</li></ol></nav><h1>Quy chế công tác học sinh sinh viên</h1><div "
            "class='article-body'><p>Quyết định 25/2023 ban hành quy chế công tác học sinh sinh "
            "viên</p><p><a href='/files/QD25_2023.pdf'>QD25_2023.pdf</a></p><p><iframe "
            "src='/files/QD25_2023.pdf'></iframe></p></div><div class='box'><h3>Thông báo mới</h3>"
            f"<ul>{boxes}</ul></div><div class='box'><h3>Liên hệ</h3><p>Phòng Công tác học sinh "
            "sinh viên, tầng 1 nhà A, số 284 đường Lương Ngọc Quyến, thành phố Thái Nguyên</p>"
            "</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.body, page.category) == ("Quyết định 25/2023 ban hành quy chế công tác học sinh sinh viên",
                                          "Văn bản - Quy chế")


def test_a_print_view_s_text_in_a_font_element_broken_by_two_br() -> None:
    # PHP-Nuke's printable page: nested 640-px tables, the site's logo and unaccented name
    # centred over the headline, the date in a small font, the paragraphs set apart by two
    # <br>s in one <font class="content">, no <p> or <div> (heldout24 class; written anew).
    # The logo, named so by its file, is no photo of the story.
    html = ("<html><head><meta charset='utf-8'><title>Tin học Tỉnh nhà - Hội nghị tổng kết công "
            "tác năm 2025</title></head><body><table width='640'><tr><td><table "
            "width='640'><tr><td><center><img src='images/logo.gif'><br><br><font class='content'>"
            "<b>Cong ty Tin hoc Tinh nha http://www.example.vn</b></font></center><br><br><font "
            "class='content'><b>Hội nghị tổng kết công tác năm 2025</b><br><font class='tiny'>"
            f"09/12/2025<br></font><br><br>{PARAGRAPHS[0]}<br><br>{PARAGRAPHS[1]}<br><br>"
            f"{PARAGRAPHS[2]}<br><br></font></td></tr></table></td></tr></table><center><font "
            "class='content'>Bài viết này lấy từ Tin học Tỉnh nhà<br><a href='http://example.vn'>"
            "http://example.vn</a></font></center></body></html>")
    page = extract_article(html.encode(), "http://example.vn/modules.php?name=News&file=print&sid=12",
                           fetched_at="2026-02-01T00:00:00Z")
    assert (page.body.split("\n\n"), page.images) == (PARAGRAPHS, [])


def test_a_ghost_post_s_header_excerpt_primary_tag_and_feature_image() -> None:
    # Ghost's post header: its primary tag linked over the headline (the section; the one
    # article:tag declares the same, so no tags), the excerpt under it (the sapo), the feature
    # image in a <figure> before the text (heldout24 class: an overseas magazine; written anew).
    html = ("<html><head><meta charset='utf-8'><meta property='article:tag' content='Xã hội'>"
            "</head><body><main><article class='gh-article post'><header class='gh-article-header'>"
            "<a class='gh-article-tag' href='https://tapchi.example.org/tag/xa-hoi/'>Xã hội</a>"
            f"<h1 class='gh-article-title'>Hội nghị tổng kết công tác năm 2025</h1><p "
            f"class='gh-article-excerpt'>{LEAD}</p><figure class='gh-article-image'><img "
            "src='https://tapchi.example.org/content/images/2025/12/hoi-nghi.jpg'><figcaption>Quang "
            "cảnh hội nghị.</figcaption></figure></header><section class='gh-content'>"
            f"{PS}</section></article></main></body></html>")
    page = extract_article(html.encode(), "https://tapchi.example.org/2025/12/hoi-nghi-tong-ket/",
                           fetched_at="2026-02-01T00:00:00Z")
    assert (page.category, page.tags, page.sapo, page.body.split("\n\n"), page.images) == (
        "Xã hội", [], LEAD, PARAGRAPHS,
        [{"url": "https://tapchi.example.org/content/images/2025/12/hoi-nghi.jpg",
          "caption": "Quang cảnh hội nghị."}])


def test_the_date_over_a_header_holding_only_the_headline() -> None:
    # A WordPress theme prints the meta line (section, day) above "<header><h1>", after the
    # site's menu (heldout24 class: a magazine on tagDiv's theme; written anew): the headline's
    # own <header> is no menu between the day and the headline.
    html = ("<html><head><meta charset='utf-8'></head><body><ul class='sf-menu'><li><a href='/'>"
            "Trang chủ</a></li><li><a href='/category/tin-tuc/'>Tin tức</a></li><li><a "
            "href='/category/quy-hoach/'>Quy hoạch</a></li></ul><article><div class='td-post-"
            "header'><div class='meta'><time datetime='2025-12-09T08:15:42+07:00'>09/12/2025</time>"
            "</div><header class='td-post-title'><h1 class='entry-title'>Hội nghị tổng kết công tác "
            f"năm 2025</h1></header></div><div class='td-post-content'>{PS}</div></article>"
            "</body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.published_at == "2025-12-09T08:15:42+07:00"


def test_the_site_s_name_as_its_address_spells_it_under_the_text_is_no_text() -> None:
    # A magazine closes each post with its own name, the one its address spells ("TinhNha" on
    # tinhnha.example.jp; heldout24 class: a magazine abroad; written anew): the site itself.
    page = extract_article(("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng "
                            f"kết công tác năm 2025</h1><div class='entry-content'>{PS}<p "
                            "class='credit'>TinhNha</p></div></body></html>").encode(),
                           "https://tinhnha.example.jp/mag/vi/hoi-nghi-tong-ket/",
                           fetched_at="2026-02-01T00:00:00Z")
    assert (page.body.split("\n\n"), page.authors, page.source) == (PARAGRAPHS, [], None)


def test_a_day_s_archive_linked_over_the_headline_is_no_section() -> None:
    # A foreign agency's AMP page links its date to the day's archive, a prefix of the
    # article's path, and prints its lead in an "announce" text (heldout24 class; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><article><div class='article__info'>"
            "<a href='https://hang.example.vn/amp/20251209/'>09.12.2025, 16:05</a></div><h1>Hội nghị "
            f"tổng kết công tác năm 2025</h1><div class='article__announce-text'>{LEAD}</div><div "
            f"class='article__body'>{PS}</div></article></body></html>")
    page = extract_article(html.encode(), "https://hang.example.vn/amp/20251209/hoi-nghi-tong-ket-123.html",
                           fetched_at="2026-02-01T00:00:00Z")
    assert (page.category, page.sapo) == (None, LEAD)


def test_a_file_type_icon_in_a_download_link_is_no_photo() -> None:
    # A university's document post: "<a href=….pdf><img src=/images/pdf.png> Tải về …</a>"
    # closing the text (heldout25 class; written anew).
    page = body_page(PS + "<p><a href='/van-ban/TT-08-2025.pdf'><img src='/images/pdf.png' alt=''> "
                     "Tải về Thông tư 08/2025/TT-BGDĐT</a></p>")
    assert page["images"] == []


def test_a_source_block_under_the_text_and_a_caption_beside_the_lead_photo() -> None:
    # NukeViet 4's print view: the article image over the text, its caption a "p.imgalt" beside
    # it; "Nguồn tin:" in a block of its own after the text's container (heldout24 class: a
    # scientists' association abroad; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><div id='content'><h1>Hội nghị tổng "
            "kết công tác năm 2025</h1><div class='imghome'><img src='https://hoi.example.pl/uploads/"
            "news/hoi-nghi.jpg' width='460'><p class='imgalt'><em>Quang cảnh hội nghị. Nguồn: "
            f"baotinh.example.vn</em></p></div><div id='bodytext'>{PS}</div><div id='author'><p "
            "class='text-right'><strong>Nguồn tin:</strong> Tia Sáng</p></div></div></body></html>")
    page = extract_article(html.encode(), "https://hoi.example.pl/news/hoi-nghi-tong-ket-12.html",
                           fetched_at="2026-02-01T00:00:00Z")
    assert (page.source, page.images, page.body.split("\n\n")) == (
        "Tia Sáng", [{"url": "https://hoi.example.pl/uploads/news/hoi-nghi.jpg",
                      "caption": "Quang cảnh hội nghị. Nguồn: baotinh.example.vn"}], PARAGRAPHS)


def test_a_research_paper_s_writers_centred_in_bold_over_its_text() -> None:
    # A hospital's research summary: its three writers centred in bold between commas over "I.
    # ĐẶT VẤN ĐỀ" (heldout25 class; written anew): the byline, not text.
    page = body_page("<p style='text-align:center'><strong>Trần Văn An, Đỗ Thị Bình, Lưu Minh "
                     "Châu</strong></p>" + PS)
    assert (page["authors"], page["body"].split("\n\n")) == (
        ["Trần Văn An", "Đỗ Thị Bình", "Lưu Minh Châu"], PARAGRAPHS)


def test_a_file_s_name_then_its_download_label_in_brackets_is_no_text() -> None:
    # A power company's legal-document post closes with "<a>TT-22-2025-BCT.pdf</a> (Tải về)"
    # (heldout25 class; written anew).
    page = body_page(PS + "<p><a href='/wp-content/uploads/2025/09/TT-22-2025-BCT.pdf'>"
                     "TT-22-2025-BCT.pdf</a> (Tải về)</p>")
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_the_site_s_brand_over_the_headline_is_no_section() -> None:
    # A foreign broadcaster's Vietnamese edition links its brand to the edition's home, where
    # its menu's "Trang chủ" leads, a prefix of the story's path (heldout24 class; written anew).
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025 - Đài "
            "Quốc tế Tiếng Việt</title></head><body><div class='brand'><a href='https://dai.example."
            "com/vietnamese'>Đài Quốc tế Tiếng Việt</a></div><nav><a href='https://dai.example.com/"
            "vietnamese'>Trang chủ</a> <a href='https://dai.example.com/vietnamese/the-gioi'>Thế "
            "giới</a></nav><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='detail-content'>{PS}</div></body></html>")
    page = extract_article(html.encode(), "https://dai.example.com/vietnamese/hoi-nghi-40408586",
                           fetched_at="2026-02-01T00:00:00Z")
    assert page.category is None


def test_an_old_wordpress_theme_s_category_link_with_rel_category_alone() -> None:
    # "5 Tháng 10, 2025 6:23 | <a rel="category">Đầu tư</a>" under the headline (heldout25
    # class: a company's old WordPress; written anew).
    page = article(PS, before="<div class='postmeta'>5 Tháng 10, 2025 6:23 | <a href='https://"
                   "baotinh.example.vn/?cat=38' rel='category'>Đầu tư</a></div>")
    assert page["category"] == "Đầu tư"


def test_one_writer_centred_in_bold_over_the_first_sentence_is_the_byline() -> None:
    # An independent site's WordPress post: the writer's one name centred in bold over the
    # text's first sentence (heldout26 class; written anew).  Not text, and the author.
    first = ("Sáng 9/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025 và "
             "triển khai nhiệm vụ năm 2026 với sự tham dự của lãnh đạo các sở, ngành, địa phương "
             "trong toàn tỉnh.")
    page = body_page("<p style='text-align:center'><strong>Lưu Minh Châu</strong></p>"
                     f"<p>{first}</p>" + PS)
    assert (page["authors"], page["body"].split("\n\n")) == (["Lưu Minh Châu"], [first, *PARAGRAPHS])


def test_a_centred_bold_name_over_a_heading_stays_in_the_text() -> None:
    # The same centred bold name over a short line (a heading), not a sentence: left alone.
    page = body_page("<p style='text-align:center'><strong>Lưu Minh Châu</strong></p>"
                     "<p>Người thầy của bản</p>" + PS)
    assert page["authors"] == [] and page["body"].startswith("Lưu Minh Châu")


def test_a_site_wide_latest_list_taken_by_trafilatura_is_not_the_text(monkeypatch) -> None:
    # An ASP.NET page: the form holds the article, the site's latest stories come after it,
    # each a headline link and its time under "Tin mới" (heldout26 class; written anew).
    # trafilatura, in both modes, returns that list: the walk's paragraphs are the text.
    from crawler.extract import generic
    latest = [f"Lâm Đồng: Phát động cải tạo kênh mương nội đồng số {n}" for n in range(1, 6)]
    monkeypatch.setattr(generic, "trafilatura_paragraphs", lambda root, fast=True:
                        ["Tin mới", *(f"- {t} 02/09 14:54" for t in latest)])
    monkeypatch.setattr(generic, "walk_is_the_text", lambda walked, container: False)
    after = ("<div class='site-latest'><div class='box-title'>Tin mới</div><ul>" + "".join(
        f"<li><a href='/tin-tuc/{n}/bai-{n}'>{t}</a> <span class='time'>02/09 14:54</span></li>"
        for n, t in enumerate(latest)) + "</ul></div>")
    assert body_page(PS, after=after)["body"].split("\n\n") == PARAGRAPHS


def test_a_listing_s_stories_stay_when_the_walk_is_lost_in_the_site_footer(monkeypatch) -> None:
    # A section's listing: no article, the walk's best guess the footer's address lines, the
    # stories' teasers all trafilatura finds; they are not swapped for the footer.
    from crawler.extract import generic
    latest = [f"Lâm Đồng: Phát động cải tạo kênh mương nội đồng số {n}" for n in range(1, 6)]
    monkeypatch.setattr(generic, "trafilatura_paragraphs", lambda root, fast=True:
                        ["Tin mới", *(f"- {t} 02/09 14:54" for t in latest)])
    monkeypatch.setattr(generic, "walk_is_the_text", lambda walked, container: False)
    html = ("<html><head><meta charset='utf-8'></head><body><div class='site-latest'><div "
            "class='box-title'>Tin mới</div><ul>" + "".join(
                f"<li><a href='/tin-tuc/{n}/bai-{n}'>{t}</a> <span class='time'>02/09 14:54</span>"
                "</li>" for n, t in enumerate(latest)) + "</ul></div><div class='footer'><div "
            "class='footer-info'><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh, giấy phép số 81/GP-"
            "BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12 tháng 3 năm 2020.</p><p>Địa chỉ: "
            "đường Nguyễn Tất Thành, thành phố, điện thoại 0211 3862 123, thư điện tử toasoan@"
            "baotinh.example.vn, chịu trách nhiệm nội dung: Tổng biên tập.</p></div></div>"
            "</body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert latest[0] in page.body and "Cơ quan chủ quản" not in page.body


@pytest.mark.parametrize("pointer", ["Xem bài chi tiết tại link sau:",
                                     "Xem nội dung chi tiết tại địa chỉ dưới đây"])
def test_a_pointer_to_the_story_on_another_site_is_no_text(pointer: str) -> None:
    # A hospital's news item: a paragraph, then a pointer line and the other site's address
    # on the next line (heldout27 class: a Joomla K2 hospital site; written anew).
    address = "https://boyte.example.gov.vn/tin-noi-bat/-/asset_publisher/content/huong-dan-tiem"
    page = body_page(PS + f"<p>{pointer}</p><p><a href='{address}'>{address}</a></p>")
    assert page["body"].split("\n\n") == PARAGRAPHS



@pytest.mark.parametrize(("line", "is_time"), [
    # A side module's "Thống kê truy cập" counts visits today and yesterday (heldout27 class:
    # a hospital's Joomla site, its counter right after a one-paragraph text; written anew).
    ("Hôm nay: 415", False), ("Hôm qua: 1.020", False),
    ("Hôm nay, 10:30", True), ("Cập nhật hôm qua", True)])
def test_a_visitor_counter_s_today_line_is_no_time(line: str, is_time: bool) -> None:
    from crawler.extract import layers
    assert bool(layers.DATE_TEXT.search(line)) is is_time


def test_a_template_s_null_before_the_headline_is_no_word_of_it() -> None:
    # A Liferay portal's asset header prints "null" for an empty field before the headline
    # (heldout27 class: a commune's Liferay portal; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><div class='taglib-header'><h3 "
            "class='header-title'><span>null Hội nghị tổng kết công tác năm 2025</span></h3></div>"
            f"<div class='asset-full-content'>{TEXT}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert page.title == "Hội nghị tổng kết công tác năm 2025"


def test_an_undated_page_counting_its_own_readers_is_an_article() -> None:
    # A portal's article printing no date but its own "Lượt xem: 481" (heldout19 class, whose
    # page was read as an article only thanks to a visitor counter's "Hôm nay: 1"; written
    # anew); without the counter, a page without a date is still no article.

    def page(counter: str) -> bytes:
        # The site's menu: a page linking nowhere is an item's pop-up (see below).
        return (f"<html><head><meta charset='utf-8'></head><body>{MENU}<h1>Hội nghị tổng kết công "
                f"tác năm 2025</h1>{counter}<div class='detail-content'>{PS}</div></body></html>"
                ).encode()

    assert read_page(page("<div class='views'>Lượt xem: 481</div>"), URL).kind == "article"
    assert read_page(page(""), URL).kind == "listing"


@pytest.mark.parametrize(("close", "kind"), [
    # One item's pop-up (a festival programme's Thickbox view; heldout41 class, written anew):
    # its name and text, no date, and a close link that opens no page: nothing to list.
    ("<a href='#' onclick='self.parent.tb_remove();'>Đóng</a>", "article"),
    ("<a href='javascript:window.close()'>Đóng cửa sổ</a>", "article"),
    # A link to another page: an undated page is no article, as before.
    ("<a href='/lich-chuong-trinh.html'>Lịch chương trình</a>", "listing"),
])
def test_an_undated_page_linking_nowhere_is_an_article(close: str, kind: str) -> None:
    html = ("<html><head><meta charset='utf-8'><title>Festival</title></head><body><table><tr><td "
            "class='tieude'>Hội nghị tổng kết công tác năm 2025</td></tr><tr><td class='noidung'>"
            f"{PS}</td></tr><tr><td>{close}</td></tr></table></body></html>")
    assert read_page(html.encode(), URL).kind == kind


def test_a_declared_author_naming_the_site_itself_is_no_byline() -> None:
    # A school's NukeViet declares its own name as every page's author; the name also closes
    # the <title> and is its logo's alt (heldout27 class; written anew): no source, no author.
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025 - Tin "
            "tức - Trường THCS Lê Lợi</title><meta name='author' content='Trường THCS Lê Lợi'>"
            "</head><body><img src='/uploads/logo.png' alt='Trường THCS Lê Lợi'><h1>Hội nghị tổng "
            f"kết công tác năm 2025</h1><div class='detail-content'>{PS}</div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.authors, page.source) == ([], None)


# Round 18 (heldout28-31 classes; every page below written anew).

def page_of(body: str, head: str = "", url: str = URL) -> dict:
    html = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return article_dict(html, url)


def test_a_heading_going_on_past_a_title_cut_short_is_the_headline() -> None:
    # A Joomla youth union prints its headline as a linked h2.contentheading, its <title> cut
    # at a length, and the article-info list ("Chi tiết", "Viết bởi …", date, hits) with the
    # print and e-mail buttons over the text (heldout29 class).
    headline = "ĐOÀN THANH NIÊN PHƯỜNG MỸ BÌNH RA QUÂN DỌN VỆ SINH KÊNH RẠCH GẮN VỚI XÂY DỰNG ĐÔ THỊ VĂN MINH"
    cut = "ĐOÀN THANH NIÊN PHƯỜNG MỸ BÌNH RA QUÂN DỌN VỆ SINH KÊNH RẠCH GẮN VỚI"
    page = page_of(
        "<ul class='menu'><li><a href='#'>Trang chủ</a></li><li><a href='#'>Hoạt động cơ sở</a></li></ul>"
        "<div class='item-page'><div class='page-header'><h2>Hoạt động cơ sở</h2></div>"
        f"<h2 class='contentheading'><a href='/index.php?option=com_content&view=article&id=9'>{headline}</a></h2>"
        "<div class='actions'><a href='#'><img src='/media/system/images/printButton.png' alt='In'></a>"
        "<a href='#'><img src='/media/system/images/emailButton.png' alt='E-mail'></a></div>"
        "<dl class='article-info'><dt>Chi tiết</dt><dd class='createdby'>Viết bởi Administrator</dd>"
        "<dd class='published'>Được đăng ngày Thứ ba, 14 Tháng 3 2017 09:15</dd>"
        f"<dd class='hits'>Lượt xem: 238</dd></dl>{PS}"
        "<p><img src='/images/stories/2017/ra-quan-ve-sinh.jpg' width='500'></p></div>",
        head=f"<title>{cut}</title>")
    assert page["title"] == headline
    assert page["published_at"] == "2017-03-14T09:15:00+07:00" and page["views"] == 238
    assert page["category"] == "Hoạt động cơ sở"
    assert not any(line in page["body"] for line in ("Chi tiết", "Viết bởi", "Hoạt động cơ sở"))
    assert [i["url"] for i in page["images"]] == ["https://baotinh.example.vn/images/stories/2017/ra-quan-ve-sinh.jpg"]


def test_a_short_title_a_heading_merely_starts_with_is_no_headline() -> None:
    # A <title> of a few words (the section's) that a heading happens to start with names no
    # cut headline: the <h1> stays the headline.
    page = page_of("<h2>Tin tức sự kiện trong tỉnh tuần qua và các hoạt động</h2>"
                   f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{TEXT}</div>",
                   head="<title>Tin tức sự kiện</title>")
    assert page["title"] == "Hội nghị tổng kết công tác năm 2025"


def test_a_featured_photo_linking_to_its_own_file_is_the_lead_photo() -> None:
    # A WordPress JNews theme wraps the featured image in a link to the same file (a lightbox),
    # its caption after the link (heldout28 class); a link to another page stays a story's.
    src = "https://baotinh.example.vn/wp-content/uploads/2020/07/doan-cong-tac.jpg"
    featured = (f"<div class='jeg_featured'><a href='{src}'><div class='thumbnail-container'>"
                f"<img width='750' height='500' src='{src}'></div></a>"
                "<p class='wp-caption-text'>Đoàn công tác làm việc với lãnh đạo hội</p></div>")
    page = article(TEXT, before=featured)
    assert page["images"][:1] == [{"url": src, "caption": "Đoàn công tác làm việc với lãnh đạo hội"}]
    other = featured.replace(f"<a href='{src}'>", "<a href='/thoi-su/bai-khac-post9.html'>")
    assert src not in [i["url"] for i in article(TEXT, before=other)["images"]]


def test_the_theme_s_pictures_are_not_images_and_a_pictured_tag_leaves_no_dash() -> None:
    # A magazine prints its tag as a small logo from its theme's folder before the lead's dash
    # ("<img src=/themes/x/images/mini.png> - Nghị quyết …", heldout30 class).
    lead = ("Nghị quyết của Bộ Chính trị đề ra nhiệm vụ xây dựng cơ chế, chính sách đột phá để "
            "khuyến khích phát triển mạnh mẽ các nguồn năng lượng tái tạo trong giai đoạn tới.")
    page = article(TEXT, before=f"<div class='news-sapo'><img src='/themes/tapchi/images/tc-mini.png' "
                                f"alt=''> - {lead}</div>")
    assert page["sapo"] == lead
    assert not any("/themes/" in i["url"] for i in page["images"])


@pytest.mark.parametrize(("label", "expected"), [
    ("Có liên quan", titles(1, 2)),          # WordPress Jetpack's Vietnamese "Related"
    ("Bài viết có liên quan", titles(1, 2)),
    ("Có thể bạn chưa biết", []),
])
def test_jetpack_s_related_label(label: str, expected: list[str]) -> None:
    after = (f"<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>"
             f"<em>{label}</em></h3><div class='jp-relatedposts-items'><div class='jp-relatedposts-post'>"
             f"<h4>{link(1)}</h4></div><div class='jp-relatedposts-post'><h4>{link(2)}</h4></div></div></div>")
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == expected


def test_the_hidden_tab_of_a_related_block_is_not_related() -> None:
    # A tagDiv theme's related block has two tabs, "Bài viết liên quan" shown and "Xem thêm từ
    # tác giả" hidden (heldout28 class): only the shown pane's stories are related.
    after = ("<div class='td_block_related_posts'><h4 class='td-related-title'><a href='#'>Bài viết "
             "liên quan</a><a href='#'>Xem thêm từ tác giả</a></h4>"
             f"<div class='td-related-tab-1'><h3>{link(1)}</h3><h3>{link(2)}</h3></div>"
             f"<div class='td-related-tab-2' style='display: none'><h3>{link(3)}</h3></div></div>")
    assert [r["title"] for r in article(TEXT, after=after)["related"]] == titles(1, 2)


def test_a_labelled_box_above_the_text_and_the_section_s_list_under_the_comment_form() -> None:
    # A city paper prints "Tin liên quan" between its lead and its text, and "Tin cùng chuyên
    # mục" under the comment box (heldout28 class): both are the article's.
    before = f"<div class='box-related-top'><div class='title'>Tin liên quan</div><ul><li>{link(1)}</li></ul></div>"
    after = ("<div class='comment-detail'><h3>Ý kiến bạn đọc</h3><form><textarea></textarea></form></div>"
             f"<div class='same-cate'><div class='block-title'><span>Tin cùng chuyên mục</span></div>"
             f"<div class='item'><h3>{link(2)}</h3></div><div class='item'><h3>{link(3)}</h3></div></div>")
    assert [r["title"] for r in article(TEXT, before=before, after=after)["related"]] == titles(1, 2, 3)


def test_an_unlabelled_related_list_above_the_text() -> None:
    # The unlabelled related box between the lead and the text holds one list (heldout30 class).
    before = f"<div class='news-related-top'><ul><li>{link(1)}</li><li>{link(2)}</li></ul></div>"
    assert [r["title"] for r in article(TEXT, before=before)["related"]] == titles(1, 2)


def test_a_tag_archive_named_like_the_headline_is_a_tag() -> None:
    # A paper names its tag pages after headlines (heldout28 class); a long link elsewhere under
    # the label, to no tag archive, is still no tag.
    tag = "Sau bão những người thợ điện căng mình suốt đêm khắc phục sự cố lưới điện"
    after = (f"<div class='tags-detail'><span>Từ khóa:</span> <a href='/tag/sau-bao-nhung-nguoi-tho-dien'>"
             f"{tag}</a></div>")
    assert article(TEXT, after=after)["tags"] == [tag]
    assert article(TEXT, after=after.replace("/tag/", "/thoi-su/"))["tags"] == []


@pytest.mark.parametrize(("names", "furniture"), [
    ("entry-crumbs", True),        # tagDiv's trail in the article's header (heldout28 class)
    ("breadcrumb", True), ("td-crumb-container", True),
    ("crumbly-cake", False),
])
def test_a_theme_s_crumbs_are_furniture_in_the_text(names: str, furniture: bool) -> None:
    from crawler.extract.fields.page import FURNITURE_CLASS
    assert bool(FURNITURE_CLASS.search(names)) is furniture


def test_a_sharepoint_web_part_s_title_is_no_headline() -> None:
    # A SharePoint table portal's <title> is its section "Tin tức", which a web part's title box
    # prints too; the headline is the div.newstitle (heldout31 class).
    headline = "Hội thi làm báo tường chào mừng ngày Phụ nữ Việt Nam 20/10"
    page = page_of("<table><tr><td><div class='ms-WPBody'><div class='ms-WPTitle'>Tin tức</div><ul>"
                   "<li><a href='/tintuc/default.aspx?cat=0'>Chính trị</a></li></ul></div></td>"
                   f"<td><div class='newsdetail'><div class='newstitle'>{headline}</div>"
                   f"<div class='newscontent'>{TEXT}</div></div></td></tr></table>",
                   head="<title>Tin tức</title>")
    assert page["title"] == headline


@pytest.mark.parametrize(("first", "is_lead"), [
    ("(Website quận 2) - ", True),   # a district portal's tag, unstyled (heldout31 class)
    ("(CTO) - ", True),
    ("", False),
])
def test_a_first_paragraph_opening_with_the_site_s_tag_is_the_lead(first: str, is_lead: bool) -> None:
    lead = ("Thiết thực chào mừng kỷ niệm ngày Phụ nữ Việt Nam, chiều ngày 16/10, Hội Liên hiệp "
            "Phụ nữ quận tổ chức hội thi làm báo ảnh, báo tường với nhiều đơn vị tham gia.")
    page = article(f"<p>{first}{lead}</p>{TEXT}")
    assert (page["sapo"] == first + lead) is is_lead
    assert (lead in page["body"]) is not is_lead


def test_a_trail_s_last_level_cutting_the_headline_short_is_no_section() -> None:
    # A WordPress theme ends its trail with the headline's first words, unlinked (heldout29
    # class): the section is the linked level before it, unless the menu links that name.
    trail = ("<div class='breadcrumbs'><a href='/'>Trang chủ</a> / <a href='/category/hoat-dong/'>"
             "Hoạt động đoàn thể</a> / <span>Hội nghị tổng kết</span></div>")
    html = (f"<html><head><meta charset='utf-8'></head><body>{trail}<h1>Hội nghị tổng kết công tác "
            f"năm 2025</h1><div class='detail-content'>{TEXT}</div></body></html>")
    assert extract_article(html.encode(), URL).category == "Hoạt động đoàn thể"
    menu = html.replace("<body>", "<body><ul class='menu'><li><a href='/hoi-nghi/'>Hội nghị tổng kết</a></li></ul>")
    assert extract_article(menu.encode(), URL).category == "Hội nghị tổng kết"


def test_a_theme_s_category_list_in_the_article_is_no_story_list() -> None:
    # A WordPress theme prints the post's categories as a list of their own inside the article
    # (heldout34 class): the section's label, not related stories closing the text (which would
    # take every paragraph after them out of the text).
    body = ("<header><ul class='td-category'><li><a href='/nhat-ky-hanh-nghe-tuyen-huyen'>Nhật ký "
            f"hành nghề của bác sĩ tuyến huyện</a></li></ul></header><div>{TEXT}</div>")
    page = article(body)
    assert page["related"] == []
    assert page["body"].startswith("Sáng 9/12") and page["body"].endswith("an sinh xã hội.")


@pytest.mark.parametrize(("description", "is_lead"), [
    (True, True),    # the excerpt typed by hand repeats the italic paragraph (heldout34 class)
    (False, False),  # an italic first paragraph alone may be an author's note: text
])
def test_an_italic_first_paragraph_the_description_repeats_is_the_lead(description: bool,
                                                                       is_lead: bool) -> None:
    lead = ("Những sai sót trong điều trị hiếm khi được kể lại, nên người bệnh thường hiểu lầm "
            "về chúng. Vì sao sai sót xảy ra và làm gì để tránh?")
    head = f"<meta name='description' content='{lead}'>" if description else ""
    page = article(f"<p><em>{lead}</em></p>{TEXT}", head=head)
    assert (page["sapo"] == lead) is is_lead
    assert (lead in page["body"]) is not is_lead


def test_a_teaser_box_under_the_headline_is_the_lead_and_the_text_s_copy_of_it_no_text() -> None:
    # A procuracy portal prints its lead in a "teaser" box ending "...", then again as the
    # text's first paragraph ending "." (heldout35 class): the box is the sapo as printed.
    lead = ("Thực hiện kế hoạch cải cách hành chính năm 2025, Ủy ban nhân dân tỉnh đã chỉ đạo các "
            "sở, ngành rà soát, đơn giản hóa thủ tục và đẩy mạnh dịch vụ công trực tuyến")
    page = article(f"<p>{lead}.</p>{TEXT}", before=f"<div class='teaser'>{lead}...</div>")
    assert page["sapo"] == lead + "..."
    assert page["body"].startswith("Sáng 9/12")


LIFERAY_SIDE = ("<div class='top-links'><a href='/c/portal/login'>Đăng nhập</a></div><div class='banner'><h1 class='site-title'><a href='https://xa.example.gov.vn'>"
                "CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN BÌNH</a></h1></div>"
                "<div class='portlet'><h2 class='portlet-title'>Đăng nhập</h2><form>"
                "<input name='login'></form></div>")


@pytest.mark.parametrize(("header", "expected"), [
    # The Asset Publisher's header names the list it goes back to, as the frame's title bar
    # does; the story's title is printed under it (heldout33 class).
    ("<div class='portlet-title-bar'><span class='portlet-title-text'>TIN HOẠT ĐỘNG CÁC ĐOÀN THỂ"
     "</span></div><div class='taglib-header'><span class='header-back-to'><a href='/tin-doan-the'>"
     "&laquo; Quay lại</a></span><h1 class='header-title'><span>TIN HOẠT ĐỘNG CÁC ĐOÀN THỂ</span>"
     "</h1></div>", "Đoàn thanh niên xã An Bình ra quân chiến dịch tình nguyện hè năm 2025"),
    # The header printing the story's own title, the frame named "Asset Publisher".
    ("<h1 class='portlet-title'><span class='portlet-title-text'>Asset Publisher</span></h1>"
     "<div class='taglib-header'><span class='header-back-to'><a href='/home' title='Back'>&laquo;"
     "</a></span><h3 class='header-title'><span>Hội Nông dân xã An Bình tổ chức hội nghị tổng kết "
     "năm 2025</span></h3></div>", "Hội Nông dân xã An Bình tổ chức hội nghị tổng kết năm 2025"),
])
def test_liferay_s_site_name_list_header_and_login_box_are_no_headline_nor_section(
        header: str, expected: str) -> None:
    # A <title> "Section - Site" names neither headline; the site's name is a link home.
    story = ("<h3 class='title-detail'>Đoàn thanh niên xã An Bình ra quân chiến dịch tình nguyện hè "
             "năm 2025</h3>" if "Quay lại" in header else "")
    page = page_of(f"{LIFERAY_SIDE}<section class='portlet'>{header}<div class='asset-full-content'>"
                   f"{story}<div class='journal-content-article'>{TEXT}</div></div></section>",
                   head="<title>Tin hoạt động các đoàn thể - Cổng thông tin điện tử xã An Bình</title>")
    assert page["title"] == expected
    assert page["category"] not in ("Đăng nhập", "« Quay lại")
    assert page["body"].startswith("Sáng 9/12")


def test_a_paragraph_cut_off_in_mid_sentence_is_prose_not_a_date_line() -> None:
    # A story's first paragraph, its last sentence cut off, cites an anniversary's dates
    # (heldout33 class): prose, not the page's timestamp.
    first = ("<p>Ngày 23/11, Hội Chữ thập đỏ xã tổ chức kỷ niệm 79 năm ngày thành lập Hội Chữ thập đỏ "
             "Việt Nam (23/11/1946- 23/11/2025). Dự kỷ niệm có lãnh đạo các ban ngành, đoàn thể trong "
             "toàn xã</p>")
    page = article(first + TEXT)
    assert page["published_at"] is None
    assert page["body"].startswith("Ngày 23/11")


@pytest.mark.parametrize(("link", "home"), [
    ("« Quay lại", True),   # Liferay's back link after its guillemet (heldout33 class)
    ("Quay lại", True), ("Trang chủ", True),
    ("« Tin hoạt động", False),
])
def test_a_back_link_after_a_guillemet_is_no_section(link: str, home: bool) -> None:
    from crawler.extract.layers import HOME_WORDS
    assert bool(HOME_WORDS.match(link)) is home


def test_a_designer_s_credit_under_the_byline_is_no_text() -> None:
    # A longform page closes with its makers, "Thực hiện: …" then "Thiết kế: …" (heldout34
    # class): the credit block, not the text's last paragraph; the designer is no author.
    page = article(f"{TEXT}<p>Thực hiện: <strong>LAN ANH</strong></p><p>Thiết kế: Minh Khôi</p>")
    assert page["body"].endswith("an sinh xã hội.")
    assert page["authors"] == ["Lan Anh"]


def test_a_right_aligned_labelled_writer_over_her_post_line_opens_the_text() -> None:
    # A Buddhist journal signs at the top, right-aligned, "Tác giả: …" with the writer's study
    # line under a <br> (heldout32 class): the byline, not the text's first paragraph.
    first = ("<p style='text-align: right;'><strong>Tác giả: Thích nữ Diệu Liên</strong><br>"
             "<em>Học viên Cao học, Học viện Phật giáo Việt Nam</em></p>")
    page = article(first + TEXT)
    assert page["body"].startswith("Sáng 9/12")
    assert page["authors"] == ["Thích Nữ Diệu Liên"]


@pytest.mark.parametrize(("note", "is_text"), [
    ("(Tin Văn phòng Hội thánh ngày 14/09/2025)", False),  # a church site's note (heldout34 class)
    ("(Bài đăng ngày 2/3/2025)", False),
    ("(Tin tiếp tục được cập nhật trong những ngày hội)", True),  # no day: a note of the text's
])
def test_a_parenthesised_dateline_note_over_the_text_is_no_text(note: str, is_text: bool) -> None:
    # The page prints its own timestamp line under the headline too.
    page = article(f"<p style='text-align:center'><em>{note}</em></p>{TEXT}",
                   before="<div class='date'>Cập nhật 2025-09-14 16:16:33</div>")
    assert (note in page["body"]) is is_text
    assert page["sapo"] is None or note not in page["sapo"]


@pytest.mark.parametrize(("line", "authors"), [
    ("Ghi chép của Lê Thu Hà", ["Lê Thu Hà"]),     # a genre credit under an author's note (heldout32 class)
    ("Tản văn của TRẦN MINH", ["Trần Minh"]),
    ("Ghi chép của đoàn công tác", []),            # no name: a sentence of the text
])
def test_a_genre_credit_near_the_top_is_the_byline(line: str, authors: list[str]) -> None:
    note = "<p>Lời tác giả: Tháng 5 vừa qua, tôi có dịp trở lại vùng đất cũ sau hai năm xa cách.</p>"
    page = article(f"{note}<p align='center'>{line}</p>{TEXT}")
    assert page["authors"] == authors
    assert (line in page["body"]) is not authors


def test_an_article_beside_a_sidebar_of_teasers_is_an_article() -> None:
    # A provincial page's sidebar of "Tin mới" teasers, each a headline link and its summary,
    # outnumbers the story's own paragraphs (the real baocantho article, its og:type taken
    # away, read as a listing): the text's container holding three paragraphs of its own makes
    # it an article; the same sidebar beside a list of teasers, or with the footer's licence
    # lines as the densest text, stays a listing.

    summary = ("Chiều nay, lãnh đạo tỉnh đã đi kiểm tra tiến độ thi công các công trình trọng "
               "điểm trên địa bàn huyện và chỉ đạo tháo gỡ khó khăn.")
    teasers = "".join(f"<div class='item'><a href='/thoi-su/tin-so-{n}-post{5000 + n}.html'>Tin thời "
                      f"sự số {n} trong ngày hôm nay</a><p>{summary}</p></div>" for n in range(8))
    sidebar = f"<aside class='sidebar'><h3>Tin mới</h3>{teasers}</aside>"
    footer = ("<footer><div class='footer-info'>" + "".join(
        f"<p>Cơ quan chủ quản: Đài Phát thanh và Truyền hình tỉnh, giấy phép số {n}/GP-BTTTT cấp "
        "ngày 12/3/2020, địa chỉ số 1 đường Trần Hưng Đạo</p>" for n in range(4)) + "</div></footer>")

    def page(content: str) -> bytes:
        return ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
                f"2025</h1><div class='date'>09/12/2025 10:10</div>{content}{sidebar}{footer}"
                "</body></html>").encode()

    assert read_page(page(f"<div class='detail-content'>{PS}<p>{summary}</p></div>"), URL).kind \
        == "article"
    assert read_page(page(f"<div class='list'>{teasers}</div>"), URL).kind == "listing"
    assert read_page(page(""), URL).kind == "listing"


# Round 20 (heldout36-39 classes; every page below written anew).

def table_page(cell: str) -> dict:
    """An old hand-made page: a layout table, the menu in one cell, the article in the next."""
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025</title></head><body><table>"
            "<tr><td><a href='/'>Trang chủ</a><br><a href='/giaophan.htm'>Giáo phận</a></td><td>"
            f"<p align='center'><b>Hội nghị tổng kết công tác năm 2025</b></p>{cell}</td></tr>"
            "</table></body></html>")
    return article_dict(html)


@pytest.mark.parametrize(("row", "is_text"), [
    # An old hand-made parish page's links back to the diocese and on to the next parish under
    # the text (heldout39 class: a FrontPage table page).
    ("<a href='00-index.htm'>Trở về Giáo hạt Hà Nội</a> | <a href='03-giaoxu.htm'>Giáo xứ kế tiếp</a>",
     False),
    ("<a href='/tin/1.html'>« Bài trước</a> - <a href='/tin/3.html'>Bài sau »</a>", False),
    # Words of the text between the links: a sentence linking two pages.
    ("Xem <a href='/a.html'>quyết định</a> và <a href='/b.html'>phụ lục</a> kèm theo.", True),
])
def test_a_row_of_links_under_the_text_is_no_text(row: str, is_text: bool) -> None:
    page = table_page(PS + f"<p align='center'>{row}</p>")
    assert (page["body"].split("\n\n") != PARAGRAPHS) is is_text


@pytest.mark.parametrize(("label", "is_text"), [
    # The article's section after its label in the meta list over the text (heldout39 class:
    # Joomla 2.5's article-info "Chuyên mục: <a>…</a>" on a provincial science union's site).
    ("Chuyên mục: <a href='/index.php/hoat-dong'>Hoạt động hội</a>", False),
    ("Thể loại: <a href='/index.php/tin-tuc'>Tin tức</a>", False),
    # A sentence after the label: the text's.
    ("Chuyên mục: Trong số này, chúng tôi giới thiệu mô hình nuôi cá lồng. Mời bạn đọc theo dõi.",
     True),
])
def test_a_labelled_section_line_over_the_text_is_no_text(label: str, is_text: bool) -> None:
    page = body_page(f"<p>{label}</p>{PS}")
    assert (page["body"].split("\n\n") != PARAGRAPHS) is is_text


@pytest.mark.parametrize(("level", "section"), [
    # A ward portal's trail ends in a long section's name, unlinked (heldout37 class).
    ("Bầu cử đại biểu Quốc hội và HĐND các cấp", "Bầu cử đại biểu Quốc hội và HĐND các cấp"),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    # The headline in other words at the trail's end: the linked level is the section.
    ("Hội nghị tổng kết công tác năm 2025 của Ban Thường vụ Tỉnh ủy", "Tin tức - Sự kiện"),
])
def test_a_long_unlinked_last_level_of_the_trail_is_the_section(level: str, section: str) -> None:
    page = page_of("<ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc'>"
                   f"Tin tức - Sự kiện</a></li><li class='active'>{level}</li></ol>"
                   f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{PS}</div>")
    assert page["category"] == section


@pytest.mark.parametrize("banner_class", ["site-title", "logo"])
def test_a_banner_heading_classed_as_the_site_s_name_is_no_headline(banner_class: str) -> None:
    # A commune's pages on a district's Liferay portal: the banner's h1 holds the linked logo
    # and the commune's name; the <title> names only the page kind and the portal; the story's
    # title is an h3 (heldout37 class).
    page = page_of(f"<header id='banner'><h1 class='{banner_class}'><a href='/web/xa'><img alt='Xã An "
                   "Phú' src='/logo.png'></a><span>Xã An Phú - Huyện Tam Nông</span></h1></header>"
                   "<div class='asset-full-content'><h3 class='asset-title'>Hội nghị tổng kết công "
                   f"tác năm 2025 của xã</h3>{PS}</div>",
                   head="<title>Chi tiết bài viết - Cổng thông tin điện tử huyện Tam Nông</title>")
    assert page["title"] == "Hội nghị tổng kết công tác năm 2025 của xã"


def test_the_machine_time_inside_a_microdata_wrapper_gives_the_clock() -> None:
    # A WordPress theme's entry meta: itemprop on the wrapper of the label and a <time> that
    # prints the day only and keeps the clock in its datetime (heldout37 class: a road board).
    page = page_of("<h1 class='entry-title'>Hội nghị tổng kết công tác năm 2025</h1><div "
                   "class='entry-meta'><span class='published' itemprop='datePublished'>Đăng ngày "
                   "<time datetime='2024-02-01T15:20:11+07:00'>01/02/2024</time></span></div>"
                   f"<div class='entry-content'>{PS}</div>")
    assert page["published_at"] == "2024-02-01T15:20:11+07:00"


@pytest.mark.parametrize(("href", "section"), [
    # A WordPress theme's entry meta links the category's archive without rel="category"
    # (heldout37 class: a road board's site with plain permalinks).
    ("https://baotinh.example.vn/?cat=7", "Tuyên truyền"),
    ("https://baotinh.example.vn/category/tuyen-truyen/", "Tuyên truyền"),
    ("https://baotinh.example.vn/tuyen-truyen-phap-luat/", None),  # a page, not an archive
])
def test_a_category_archive_link_in_the_headline_s_header_is_the_section(href: str,
                                                                         section: str | None) -> None:
    page = page_of("<article><header class='entry-header'><h1 class='entry-title'>Hội nghị tổng kết "
                   "công tác năm 2025</h1><div class='entry-meta'><span class='posted-on'>Đăng ngày "
                   "01/02/2024</span> / <span class='ast-terms-link'>"
                   f"<a href='{href}'>Tuyên truyền</a></span></div></header>"
                   f"<div class='entry-content'>{PS}</div></article>")
    assert page["category"] == section


@pytest.mark.parametrize("credit", ["<strong>Tác giả bài viết</strong>: Lê Minh",
                                    "<b>Người viết</b> : Lê Minh"])
def test_a_bare_writer_s_label_with_its_colon_outside_names_the_writer(credit: str) -> None:
    # NukeViet 3's print view closes the text with "<div class=copyright><strong>Tác giả bài
    # viết</strong>: …</div>", the colon after the bold label (heldout37 class: a Buddhist site).
    page = page_of("<div id='content'><h1>Hội nghị tổng kết công tác năm 2025</h1><p class='time'>Thứ "
                   f"hai - 28/05/2012 15:46</p><div class='bodytext'>{PS}</div>"
                   f"<div class='copyright'>{credit}</div></div>")
    assert page["authors"] == ["Lê Minh"]


def test_the_poster_s_name_over_a_feed_post_is_no_section() -> None:
    # A social network's post: the posting page's avatar and name over the post's headline
    # (heldout39 class: a parish page on a Catholic social network); a feed has no section.
    page = page_of("<div class='post'><div class='post-heading'><a href='/giaoxuanphu'><img "
                   "src='/avatar/gxap.jpg' alt='avatar'></a><div class='meta'><span class="
                   "'user-popover'><a href='/giaoxuanphu'><b>Giáo xứ An Phú</b></a></span> <small>đã "
                   "đăng bài viết</small><h6 class='time'>24/01/2026 08:41</h6></div></div>"
                   "<div class='post-description'><h2 class='post-blog-title'>Hội nghị tổng kết "
                   f"công tác năm 2025</h2>{PS}</div></div>",
                   head="<title>Hội nghị tổng kết công tác năm 2025</title>")
    assert page["category"] is None


@pytest.mark.parametrize("glyph", ["»", "› ", "■ "])
def test_a_related_label_after_a_theme_s_glyph(glyph: str) -> None:
    # A diaspora paper's "<h3>»Cùng chủ đề</h3>" over the same topic's stories (heldout38 class).
    page = body_page(PS, after=f"<div class='same-topic'><h3>{glyph}Cùng chủ đề</h3><ul><li><a "
                     "href='/an-tuong-mariupol_205118.nvu'>Ấn tượng thành phố cảng mùa thu</a></li>"
                     "<li><a href='/loi-cam-on_19922.nvu'>Lời cảm ơn từ Hội người Việt tại Ki-ép</a>"
                     "</li></ul></div>")
    assert [r["title"] for r in page["related"]] == ["Ấn tượng thành phố cảng mùa thu",
                                                     "Lời cảm ơn từ Hội người Việt tại Ki-ép"]


def test_a_tag_s_feed_link_is_no_tag() -> None:
    # Each tag followed by its feed's link "rss" (heldout38 class: a diaspora paper's tag line).
    page = body_page(PS, after="<div class='tags'>Thẻ: <a href='/the/0'>Hội đồng hương</a> <a "
                     "class='rss' href='/the/0/rss'>rss</a> <a href='/the/2'>Kiev</a> <a class='rss' "
                     "href='/the/2/rss'>rss</a></div>")
    assert page["tags"] == ["Hội đồng hương", "Kiev"]


# A wiki-hosted paper's side column printed before the main column: its boxes' titles come
# just before the headline in the page's order (heldout42 class: a diaspora paper on Wikidot;
# written anew).  "Tiện ích" is also a button's text under the story.
SIDE_COLUMN = ("<div id='side-bar'><div class='side-block'><div class='heading'><p>Lưu trữ</p></div>"
               "<ul><li><a href='/luu-tru/2011-03'>Tháng 3/2011</a></li><li><a href='/luu-tru/2011-02'>"
               "Tháng 2/2011</a></li></ul></div><div class='side-block'><div class='heading'><p>Tiện "
               "ích</p></div><ul><li><a href='/tim-kiem'>Tìm kiếm</a></li><li><a href='/lien-he'>Liên "
               "hệ</a></li></ul></div></div>")
SECTIONS = ("<div class='top'><a href='/cong-dong'>Cộng đồng</a> <a href='/tin-the-gioi'>Tin thế "
            "giới</a> <a href='/y-kien'>Ý kiến</a></div>")


@pytest.mark.parametrize(("lead", "published", "category"), [
    # The paper's tag, the day in brackets, then the section's name and a dash opening the lead.
    ("Tin Nhà (14.03.2011) Cộng đồng - Hội người Việt tại Vác-sa-va tổ chức buổi gặp mặt đầu "
     "xuân cho bà con, có hơn hai trăm người tham dự.", "2011-03-14T00:00:00+07:00", "Cộng đồng"),
    # A name that is no section of the site before the dash: the day only.
    ("Tin Nhà (14/03/2011) Ông Nguyễn Văn An - chủ tịch hội - phát biểu khai mạc buổi gặp mặt "
     "đầu xuân cho bà con người Việt tại thủ đô.", "2011-03-14T00:00:00+07:00", None),
    # The tag and the day inside the brackets, as before.
    ("(Tin Nhà - 14/3/2011) Hội người Việt tại Vác-sa-va tổ chức buổi gặp mặt đầu xuân cho bà "
     "con, có hơn hai trăm người tham dự.", "2011-03-14T00:00:00+07:00", None),
])
def test_the_day_and_section_in_the_lead_s_dateline(lead: str, published: str,
                                                   category: str | None) -> None:
    html = (f"<html><head><meta charset='utf-8'></head><body>{SECTIONS}{SIDE_COLUMN}<div id='main'>"
            f"<div id='page-title'>Hội người Việt gặp mặt đầu xuân</div><div id='page-content'>"
            f"<p><strong>{lead}</strong></p>{PS}</div><a href='javascript:;'>Tiện ích</a>"
            "<a href='javascript:;'>Lưu trữ</a></div></body></html>")
    page = extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z")
    assert (page.published_at, page.category) == (published, category)


def test_an_events_calendar_s_short_title_dates_its_event_not_the_story() -> None:
    # An undated essay; the column beside it lists coming events, each a date and a title,
    # some of them short (heldout42 class: a Joomla magazine's calendar; written anew).
    events = "".join(f"<li><span class='date'>{day}.12.2026</span> <a href='/su-kien/{n}'>{title}"
                     "</a></li>" for n, (day, title) in enumerate(
                         [("14", "Lớp học nấu ăn"), ("16", "Tọa đàm về người nhập cư và nhà ở"),
                          ("19", "Hòa nhạc dân gian cuối năm ở thủ đô")]))
    html = ("<html><head><meta charset='utf-8'></head><body><h2 class='title'>Cộng đồng người "
            f"Việt ở thủ đô</h2><div itemprop='articleBody'>{PS}</div><div class='aside'><h3>Lịch "
            f"sự kiện</h3><ul class='events'>{events}</ul></div></body></html>")
    assert extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").published_at \
        is None


ONE_PARAGRAPH = ("Ngày 12/3, tại thành phố Lạng Sơn, Công đoàn Tổng công ty đã bàn giao Công đoàn cơ sở "
                 "của Công ty Cổ phần Phân bón miền Bắc về sinh hoạt tại Liên đoàn Lao động tỉnh, "
                 "theo quyết định phân cấp quản lý mới của Tổng Liên đoàn.")


RELATED_LIST = ("<div class='related'><h3>Tin liên quan</h3><ul>" + "".join(
    f"<li><a href='/tin/{n}.html'>{t}</a></li>" for n, t in enumerate(
        ["Công ty tổ chức hội nghị người lao động năm 2025", "Công đoàn thăm hỏi công nhân ốm đau",
         "Khánh thành nhà văn hóa khu dân cư số 3", "Ra quân dọn vệ sinh môi trường đầu xuân",
         "Hội thi nấu ăn chào mừng ngày Phụ nữ Việt Nam"])) + "</ul></div>")


def test_a_dated_short_story_over_its_related_list_is_an_article_among_sidebar_teasers() -> None:
    # Two paragraphs over "Tin liên quan", a sidebar of twelve teasers with their summaries
    # (heldout18-35 class: overseas weeklies, a health department; written anew).
    teasers = "".join(f"<div class='item'><a href='/tin/moi-{n}.html'>Tin mới số {n} về hoạt động của "
                      f"các hội đoàn</a><p>{PARAGRAPHS[n % 3]}</p></div>" for n in range(12))
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='date'>12/01/2026 08:30</div><div class='entry-content'><p>"
            f"{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>{RELATED_LIST}<div class='sidebar'>"
            f"{teasers}</div></body></html>")
    assert read_page(html.encode(), URL).kind == "article"
    # Without the related list, the teasers make it a listing still.
    assert read_page(html.replace(RELATED_LIST, "").encode(), URL).kind == "listing"


def test_a_story_whose_container_holds_its_related_headlines_is_an_article() -> None:
    # Three paragraphs and the "Tin liên quan" list inside the same container (heldout20/23
    # class: an art journal's WordPress, a school portal; written anew).
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='date'>12/01/2026 08:30</div><div class='entry-content'>{PS}"
            f"{RELATED_LIST}</div></body></html>")
    assert read_page(html.encode(), URL).kind == "article"


def test_the_lead_printed_as_the_only_paragraph_is_the_text(monkeypatch) -> None:
    # The description repeats the container's one paragraph (heldout46 class: a company
    # site's news item; written anew): the text, and no sapo.  trafilatura also takes the
    # sidebar's contact lines (as it did on the page of that class), which are no text.
    from crawler.extract import generic
    contact = ["Phòng kinh doanh: 0900 222 334", "Email: info@congty.example.vn"]
    monkeypatch.setattr(generic, "trafilatura_paragraphs",
                        lambda root, fast=True: [ONE_PARAGRAPH, *contact])
    html = ("<html><head><meta charset='utf-8'><title>Bàn giao công đoàn cơ sở</title><meta "
            f"name='description' content='{ONE_PARAGRAPH}'></head><body><h1>Bàn giao công đoàn cơ "
            f"sở</h1><div class='article-body'><p>{ONE_PARAGRAPH}</p></div><div class='share'>Chia "
            "sẻ: <a href='https://zalo.me/share'>Zalo</a></div><div class='box'><h3>Hỗ trợ khách hàng</h3>"
            + "".join(f"<p>{line}</p>" for line in contact) + "</div></body></html>")
    page = article_dict(html)
    assert (page["body"], page["sapo"]) == (ONE_PARAGRAPH, None)


@pytest.mark.parametrize(("page", "kind"), [
    # A company's story under its "Các tin khác:" list, no date, no counter (heldout43 class:
    # a 2009 table layout; written anew).
    (f"<table><tr><td class='title'>Hội nghị tổng kết công tác năm 2025</td></tr><tr><td>{PS}"
     "</td></tr><tr><td><b>Các tin khác:</b><br><a href='/tin/hoi-nghi-nguoi-lao-dong-nam-2025."
     "html'>Công ty tổ chức hội nghị người lao động năm 2025</a><br><a href='/tin/hoan-thanh-tu-"
     "bo-dinh-lang.html'>Hoàn thành tu bổ đình làng trước mùa lễ hội</a></td></tr></table>",
     "article"),
    # The one body a Joomla article view marks in microdata, no date printed (heldout42 class).
    ("<div itemscope itemtype='https://schema.org/Article'><h2 itemprop='headline'>Hội nghị tổng "
     f"kết công tác năm 2025</h2><div itemprop='articleBody'>{PS}</div></div>", "article"),
    # Neither: an undated page is still no article.
    (f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{PS}</div>",
     "listing"),
    # One paragraph of sentences over a "Tin liên quan" list, no date (heldout46 class: a
    # company site's union news; written anew); without the list it stays a listing.
    (f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'><p>{ONE_PARAGRAPH}"
     "</p></div><div class='related'><h3>Tin liên quan</h3><ul><li><a href='/tin/hoi-nghi-nguoi-"
     "lao-dong-nam-2025.html'>Công ty tổ chức hội nghị người lao động năm 2025</a></li><li><a "
     "href='/tin/tham-hoi-cong-nhan-om-dau.html'>Công đoàn thăm hỏi công nhân ốm đau</a></li>"
     "</ul></div>", "article"),
    (f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'><p>{ONE_PARAGRAPH}"
     "</p></div>", "listing"),
])
def test_an_undated_story_with_its_section_s_list_or_a_marked_body_is_an_article(
        page: str, kind: str) -> None:
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025 - Công "
            f"ty</title></head><body>{MENU}{page}</body></html>")
    assert read_page(html.encode(), URL).kind == kind


def test_a_sidebar_card_classed_as_a_teaser_is_no_sapo() -> None:
    # A sidebar's story cards carry a lead's class ("teaser"), each card its own linked
    # heading and a "Bấm để xem chi tiết" line (heldout49 class: a tagDiv magazine, an
    # environment site; written anew): no sapo, the card being another story's.
    card = ("<div class='teaser'><a class='thumb' href='/mua-lon-mien-trung/'><img src='/a.jpg'>"
            "</a><h4 class='teaser-title'><a href='/mua-lon-mien-trung/'>Mưa lớn gây sạt lở ở các "
            "tỉnh miền Trung</a></h4><p class='teaser-desc'>Mưa lớn gây sạt lở ở các tỉnh miền "
            "Trung. Bấm để xem chi tiết.</p></div>")
    cards = "".join(card.replace("mua-lon", f"mua-lon-{n}") for n in range(6))
    page = body_page(PS, after=f"<aside>{cards}</aside>")
    assert page["sapo"] is None
    lead = ("<div class='teaser'><p>Sáng 9/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết "
            "công tác năm 2025 với sự tham dự của lãnh đạo các sở, ngành.</p></div>")
    html = (f"<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1>{lead}<div class='detail-content'>{PS}</div></body></html>")
    assert extract_article(html.encode(), URL).sapo.startswith("Sáng 9/12, Ban Thường vụ")


@pytest.mark.parametrize(("first", "after", "sapo"), [
    # A notice's bold lead of one short closed sentence (heldout48 class: a water company's
    # outage notice; written anew) ...
    ("<p><strong>Ngày 12/3, Công ty tạm ngừng cấp nước tại phường An Hải.</strong></p>", "",
     "Ngày 12/3, Công ty tạm ngừng cấp nước tại phường An Hải."),
    # ... not a short bold subheading, which closes no sentence.
    ("<p><strong>Công ty tạm ngừng cấp nước tại phường An Hải và Phước Mỹ</strong></p>", "",
     None),
    # An italic excerpt set apart from the text by a divider line (heldout49 class: a
    # WordPress web magazine's hand-typed excerpt; written anew) ...
    ("<p><em>Vùng nông dân có trình độ còn thấp thì chưa nên áp dụng mô hình sử dụng nấm xanh "
     "phòng trừ sâu hại, vùng đã cơ giới hóa thì nên làm mô hình trồng nấm rơm</em></p>",
     "<p>* * *</p>", "Vùng nông dân có trình độ còn thấp thì chưa nên áp dụng mô hình sử dụng nấm "
     "xanh phòng trừ sâu hại, vùng đã cơ giới hóa thì nên làm mô hình trồng nấm rơm"),
    # ... not without the divider (an author's note in italics opens the text).
    ("<p><em>Vùng nông dân có trình độ còn thấp thì chưa nên áp dụng mô hình sử dụng nấm xanh "
     "phòng trừ sâu hại, vùng đã cơ giới hóa thì nên làm mô hình trồng nấm rơm</em></p>", "",
     None),
])
def test_a_short_bold_lead_or_an_excerpt_over_a_divider_is_the_sapo(first: str, after: str,
                                                                     sapo: str | None) -> None:
    page = body_page(first + after + PS)
    assert page["sapo"] == sapo
    assert page["body"].startswith(PARAGRAPHS[0] if sapo else "")
    assert (sapo or "@") not in page["body"]


def test_a_line_pushed_under_a_photo_by_typed_spaces_is_its_caption() -> None:
    # A caption centred by a run of typed spaces under the photo closing the text (heldout47
    # class: a commune portal; written anew): the photo's caption, not a paragraph.
    caption = "Điểm bỏ phiếu số 3 thôn Nam"
    page = body_page(PS + "<p><img src='/anh/bau-cu.jpg'></p>" + f"<p>{' ' * 40}{caption}</p>")
    assert page["body"] == "\n\n".join(PARAGRAPHS)
    assert page["images"][-1]["caption"] == caption


@pytest.mark.parametrize(("signature", "authors"), [
    # A degree's abbreviation, the writer's name and unit after a dash, a closing stop,
    # right-aligned under the last photo (heldout48 class: a hospital's table layout; written
    # anew): the byline, not the photo's caption.
    ("CN Lê Văn Hòa - Tổ Truyền thông.", ["Lê Văn Hòa"]),
    ("Lê Văn Hòa - Tổ Truyền thông.", ["Lê Văn Hòa"]),
])
def test_a_name_and_unit_closed_by_a_stop_under_the_photos_signs_the_text(
        signature: str, authors: list[str]) -> None:
    page = body_page(PS + "<p><b>Một số hình ảnh hội nghị</b></p><p align='center'><img "
                     "src='/anh/1.jpg' width='500'></p><p align='center'><img src='/anh/2.jpg' "
                     f"width='500'></p><p align='right'><b><i>{signature}</i></b></p>")
    assert page["authors"] == authors
    assert page["images"][-1]["caption"] is None
    assert "Tổ Truyền thông" not in page["body"]


@pytest.mark.parametrize(("before", "category"), [
    # A print view's tool row over the headline, its <title> the tool's words (heldout48/50
    # class: SharePoint print pages of a museum, a cooperative alliance; written anew).
    ("<div class='print-tools'><a href='javascript:window.print();'>In trang</a> | <a "
     "href='javascript:window.close();'>Đóng</a></div>", None),
    # A table layout's column of section links, each row's cell classed "cat", before the
    # headline (heldout50 class: a statistics office's PHP site; written anew) ...
    ("<table>" + "".join(f"<tr><td class='cat'><a href='news.php?cat={i}'>{name}</a></td></tr>"
                         for i, name in enumerate(["Tin hoạt động", "Chỉ số giá", "Lịch công bố"]))
     + "</table>", None),
    # ... where one such cell alone is the post's section.
    ("<table><tr><td class='cat'><a href='news.php?cat=3'>Chỉ số giá</a></td></tr></table>",
     "Chỉ số giá"),
])
def test_a_print_tool_or_a_column_of_section_links_is_no_section(before: str,
                                                                  category: str | None) -> None:
    title = "In trang" if "In trang" in before else "Hội nghị tổng kết công tác năm 2025"
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{before}"
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1><div class='detail-content'>{PS}</div>"
            "</body></html>")
    assert extract_article(html.encode(), URL).category == category


def test_a_dated_sentence_broken_by_a_line_break_is_text_not_the_date_line() -> None:
    # The first sentence opens with its day and is broken by a <br> after "và" (heldout51
    # class: a parish's Joomla site printing no date line; written anew): one paragraph of
    # the text, and no timestamp.
    first = ("Chiều ngày 19/3/2025, cộng đoàn giáo xứ An Bình hân hoan mừng lễ bổn mạng của giáo "
             "xứ và<br>cha chánh xứ Nguyễn Văn Hòa.")
    page = body_page(f"<p>{first}</p>" + PS)
    assert page["published_at"] is None
    assert page["body"].split("\n\n")[0] == first.replace("<br>", " ")


@pytest.mark.parametrize(("line", "authors"), [
    # A line handing over to the reporter between paragraphs (heldout49 class: an overseas
    # paper rewriting a broadcaster's report; written anew): the byline, not text.
    ("Phóng viên Trần Thu Hà báo cáo từ Đà Nẵng:", ["Trần Thu Hà"]),
    ("Thông tín viên Nguyễn An tường thuật tại Huế:", ["Nguyễn An"]),
    # A sentence about a reporter is text.
    ("Phóng viên Trần Thu Hà đã có mặt tại hiện trường từ sáng sớm.", []),
])
def test_a_line_handing_over_to_the_reporter_is_the_byline(line: str, authors: list[str]) -> None:
    page = body_page("".join(f"<p>{p}</p>" for p in (PARAGRAPHS[0], line, *PARAGRAPHS[1:])))
    assert page["authors"] == authors
    assert (line in page["body"]) == (not authors)


def test_the_rdfa_time_of_the_printed_line_gives_its_seconds() -> None:
    # Drupal 7's submitted line declares its time in RDFa on the element printing it (heldout51
    # class: a cooperative alliance's Drupal site; written anew): the seconds are the page's.
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            "2025</h1><div class='submitted'><span property='dc:date dc:created' content="
            "'2025-03-15T09:12:44+07:00' datatype='xsd:dateTime'>Ngày đăng: 15/03/2025 - 09:12"
            f"</span></div><div class='detail-content'>{PS}</div></body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2025-03-15T09:12:44+07:00"


def test_the_site_signing_its_post_above_a_closing_credit_is_no_writer() -> None:
    # "bởi: <the site's name>" under the headline and "Theo <paper>" closing a reprint
    # (heldout49 class: an environment site's WordPress; written anew): the paper is the
    # source, and the site no writer.
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025 | Sông "
            "Xanh</title></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1><div class="
            "'postmeta'>Đăng ngày: 12/11/2025 | bởi: Sông Xanh | <a href='#respond'>Gửi phản hồi"
            f"</a></div><div class='entry'>{PS}<p>Theo Vietnamplus</p></div></body></html>")
    page = article_dict(html)
    assert (page["authors"], page["source"]) == ([], "Vietnamplus")


def test_the_site_s_name_linking_its_root_over_the_headline_is_no_section() -> None:
    # A WordPress theme's site title links the root over the headline and again in the footer
    # (heldout49 class: Twenty Ten on a web magazine; written anew): the post's category in its
    # footer line is the section, not the site's name.
    html = ("<html><head><meta charset='utf-8'></head><body><div id='site-title'><a href="
            "'https://baotinh.example.vn/'>Sông Xanh</a></div><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='entry-content'>{PS}</div><div class='entry-utility'>Đăng trong "
            "<a href='https://baotinh.example.vn/category/khoa-hoc/' rel='category tag'>Khoa học"
            "</a></div><div id='site-info'><a href='https://baotinh.example.vn/'>Sông Xanh</a>"
            "</div></body></html>")
    assert extract_article(html.encode(), URL).category == "Khoa học"


@pytest.mark.parametrize(("account", "authors"), [
    # The account named after the site's address under the headline, the writer with an
    # academic title opening the headline (heldout49 class: a WordPress web magazine; written
    # anew): the titled writer.
    ("baotinh", ["Lê Văn Hòa"]),
    # A writer's account is the writer.
    ("Minh Thu", ["Minh Thu"]),
])
def test_a_titled_writer_opening_the_headline_beats_the_site_s_account(
        account: str, authors: list[str]) -> None:
    html = ("<html><head><meta charset='utf-8'></head><body><h1 class='entry-title'>TS. Lê Văn "
            "Hòa – MỘT SỐ TIẾN BỘ KỸ THUẬT TRONG XÂY DỰNG NÔNG THÔN MỚI</h1><div class='entry-meta'>"
            f"Đăng ngày 05/09/2025 bởi <span class='author vcard'><a href='/author/x/'>{account}"
            f"</a></span></div><div class='entry-content'>{PS}</div></body></html>")
    assert extract_article(html.encode(), URL).authors == authors


@pytest.mark.parametrize(("signature", "authors", "source"), [
    # A magazine signs its own piece with its name's initials (heldout52 class: an
    # architecture magazine; written anew): neither author nor source.
    ("ST&ĐS", [], None),
    # An outlet's initials that are not the site's stay the source.
    ("TTXVN", [], "TTXVN"),
])
def test_the_site_s_initials_signing_the_text_are_no_credit(signature: str, authors: list[str],
                                                            source: str | None) -> None:
    html = ("<html><head><meta charset='utf-8'><title>Hội nghị tổng kết công tác năm 2025 | Sông "
            "trăng &amp; Đời sống</title></head><body><h1>Hội nghị tổng kết công tác năm 2025</h1>"
            f"<div class='detail-content'>{PS}<p style='text-align:right'><strong>{signature}"
            "</strong></p></div></body></html>")
    page = extract_article(html.encode(), URL).to_dict()
    assert (page["authors"], page["source"]) == (authors, source)


def test_an_italic_intro_under_the_text_s_first_subheading_is_no_sapo() -> None:
    # The description repeats an italic paragraph printed under the text's first subheading
    # (heldout52 class: a magazine's memoir of several voices; written anew): the section's
    # intro, text, and no sapo; without the subheading it is the lead set apart.
    intro = ("Kiến trúc sư Lê Văn Hòa hiện là Chủ tịch Hội Kiến trúc sư tỉnh. Dù rất bận rộn, ông "
             "vẫn dành thời gian kể chuyện cho bạn đọc trong số báo đặc biệt này.")
    for heading, sapo in (("<h3><strong>KTS Lê Văn Hòa: “Những lời dặn vẫn còn”</strong></h3>", None),
                          ("", intro)):
        page = body_page(f"{heading}<p><em>{intro}</em></p>{PS}",
                         head=f"<meta name='description' content='{intro}'>")
        assert page["sapo"] == sapo
        assert (intro in page["body"]) == (sapo is None)


def test_an_empty_tag_block_runs_into_no_post_navigation() -> None:
    # An empty "Tags:" block right before the previous/next post links (heldout49 class:
    # JNews on an overseas paper; written anew): no tags.
    html = ("<html><head><meta charset='utf-8'></head><body><h1>Hội nghị tổng kết công tác năm "
            f"2025</h1><div class='entry-content'>{PS}</div><div class='jeg_post_tags'><span>Tags:"
            "</span></div><div class='jeg_prevnext_post'><a href='/2025/01/02/luong-co-ban/' class="
            "'post prev-post'><span class='caption'>Bài trước</span><h3 class='post-title'>Điều "
            "chỉnh lương cơ bản</h3></a><a href='/2025/01/04/bao-do-bo/' class='post next-post'>"
            "<span class='caption'>Bài sau</span><h3 class='post-title'>Bão đổ bộ</h3></a></div>"
            "</body></html>")
    assert extract_article(html.encode(), URL).tags == []


def test_a_link_to_another_site_named_in_the_title_is_no_headline() -> None:
    # "<title>Xã Tân An - Huyện Châu Thành</title>" and a links box whose cell links the
    # district's own site (heldout47 class: a commune's page hosted by a provincial centre;
    # written anew): the headline is the classed heading, not the box's cell.
    html = ("<html><head><meta charset='utf-8'><title>Xã Tân An - Huyện Châu Thành</title></head>"
            "<body><table><tr><td><a href='http://chauthanh.example.gov.vn'>Huyện Châu Thành</a>"
            "</td></tr></table><h2 class='tieu-de'>Tân An ấn định số đơn vị bầu cử</h2><div class="
            f"'noi-dung'>{PS}</div></body></html>")
    assert extract_article(html.encode(), URL).title == "Tân An ấn định số đơn vị bầu cử"


@pytest.mark.parametrize(("meta", "kind"), [
    # One dated sentence counting its own readers, over its labelled related list (heldout48
    # class: a kindergarten's news item; written anew): an article.
    ("Ngày đăng: 27/04/2025 16:10 Lượt xem: 37", "article"),
    # Without the reader count, one sentence is too little to tell.
    ("Ngày đăng: 27/04/2025 16:10", "listing"),
])
def test_a_dated_sentence_counting_its_readers_over_its_related_list_is_an_article(
        meta: str, kind: str) -> None:
    html = ("<html><head><meta charset='utf-8'><title>Công đoàn tham gia tháng công nhân</title>"
            f"</head><body>{MENU}<h1>Công đoàn tham gia tháng công nhân</h1><div class='date'>{meta}"
            "</div><div class='detail-content'><p>sáng ngày 27/4 chủ tịch công đoàn các trường tập "
            "trung về Liên đoàn Lao động huyện để tham gia tháng công nhân.</p></div><div class="
            "'related'><h3>Tin liên quan</h3><ul><li><a href='/tin/hoi-nghi-nguoi-lao-dong-nam-2025"
            ".html'>Công ty tổ chức hội nghị người lao động năm 2025</a></li><li><a href='/tin/tham-"
            "hoi-cong-nhan-om-dau.html'>Công đoàn thăm hỏi công nhân ốm đau</a></li></ul></div>"
            "</body></html>")
    assert read_page(html.encode(), URL).kind == kind


def test_a_date_badge_beside_the_headline_dates_the_post_not_the_document_inside() -> None:
    # A Joomla template's badge (day, month, 'year in classed spans) over the headline, and an
    # official decision's own date line in the text (heldout48 class: a college faculty's
    # site; written anew): the badge is the post's day.
    html = ("<html><head><meta charset='utf-8'><title>Quyết định ban hành Quy chế tuyển sinh năm "
            "2021</title></head><body><div class='post-date'><span class="
            "'day'>03</span><span class='month'>11</span><span class='year'>'21</span></div><h2 "
            "itemprop='headline'>Quyết định ban hành Quy chế tuyển sinh năm 2021</h2><div itemprop="
            "'articleBody'><p>TP. Hồ Chí Minh, ngày 09 tháng 02 năm 2021</p>" + PS + "</div>"
            "</body></html>")
    page = article_dict(html)
    assert page["published_at"] == "2021-11-03T00:00:00+07:00"


def test_numbered_section_headings_closing_the_text_over_a_figure_are_text() -> None:
    # A hospital's guideline whose last section holds only a diagram: its numbered headings
    # close the text (heldout60 class; written anew).  A list's label there is still no text.
    text = ("<p>Quy trình áp dụng cho toàn bộ các khoa lâm sàng và cận lâm sàng của bệnh viện, "
            "nhằm bảo đảm an toàn cho người bệnh và nhân viên y tế.</p>"
            "<h2>1. Phạm vi áp dụng</h2><ul><li>Các khoa khám bệnh, điều trị nội trú và ngoại trú "
            "của bệnh viện trong toàn hệ thống.</li><li>Nhân viên y tế, học viên và người bệnh khi "
            "đến khám, điều trị tại bệnh viện.</li></ul>"
            "<h2>2. Tổ chức thực hiện</h2><h3>2.1. Sơ đồ tổ chức mạng lưới (Hình 1)</h3>"
            "<figure><img src='/uploads/so-do-mang-luoi.png'><figcaption>Hình 1: Sơ đồ mạng lưới"
            "</figcaption></figure>")
    page = page_of("<h1>Hướng dẫn quy trình vệ sinh tay trong bệnh viện</h1>"
                   f"<div class='post-content'>{text}</div>"
                   "<section class='related'><h3>Bài viết liên quan</h3><ul><li><a href='/quy-trinh"
                   "-vo-khuan.html'>Quy trình vô khuẩn dụng cụ</a></li></ul></section>")
    paragraphs = page["body"].split("\n\n")
    assert paragraphs[-2:] == ["2. Tổ chức thực hiện", "2.1. Sơ đồ tổ chức mạng lưới (Hình 1)"]
    assert "Bài viết liên quan" not in page["body"]


# Round 27 (heldout62-64 classes; every page below written anew).

def test_other_stories_and_articles_under_one_label_are_related() -> None:
    # "Các tin, bài viết khác": the section's other stories, as "Các tin khác" (heldout62 class).
    page = page_of("<h1>Đón đọc Báo Bình Minh số ra ngày 5-3</h1><div class='detail'>" + PS + "</div>"
                   "<div class='other-news'><h3>Các tin, bài viết khác</h3><ul>"
                   "<li><a href='/ban-doc/don-doc-so-ra-ngay-3-3-1002.html'>Đón đọc số ra ngày 3-3</a></li>"
                   "<li><a href='/ban-doc/don-doc-so-ra-ngay-1-3-1001.html'>Đón đọc số ra ngày 1-3</a></li>"
                   "</ul></div>")
    assert [r["title"] for r in page["related"]] == ["Đón đọc số ra ngày 3-3", "Đón đọc số ra ngày 1-3"]


def test_a_section_named_like_the_site_is_the_category_when_it_links_a_folder() -> None:
    # A parish union's site whose news section bears the site's name, linked to its folder
    # above the page (heldout64 class); the breadcrumb's link to the root is still no section.
    url = "https://hoidoan.example.org/hoi-doan-sao-bien/gioi-tre-mung-le-bon-mang-2041.html"
    head = "<meta property='og:site_name' content='Hội Đoàn Sao Biển'>"
    crumbs = ("<ol class='breadcrumb'><li><a href='https://hoidoan.example.org/'>Trang chủ</a></li>"
              "<li><a href='https://hoidoan.example.org/hoi-doan-sao-bien/'>Hội Đoàn Sao Biển</a>"
              "</li></ol>")
    page = page_of(f"{crumbs}<h1>Giới trẻ mừng lễ bổn mạng</h1><div class='content'>{PS}</div>",
                   head=head, url=url)
    assert page["category"] == "Hội Đoàn Sao Biển"
    rooted = crumbs.replace("/hoi-doan-sao-bien/'>Hội", "/'>Hội")
    page = page_of(f"{rooted}<h1>Giới trẻ mừng lễ bổn mạng</h1><div class='content'>{PS}</div>",
                   head=head, url=url)
    assert page["category"] is None


def test_a_count_beside_an_eye_in_the_meta_line_over_the_headline_is_the_views() -> None:
    # The date and the count, each after its icon, printed over the <h1> (heldout64 class).
    page = page_of("<div class='meta'><span class='date'><i class='fa fa-calendar'></i> 14/03/2019"
                   "</span> <span class='hits'><i class='fa fa-eye'></i> 2.318</span></div>"
                   "<h1>Giáo xứ mừng lễ bổn mạng</h1><div class='content'>" + PS + "</div>")
    assert page["views"] == 2318


def test_a_writer_glued_to_the_headline_and_pushed_right_over_the_text_signs_it() -> None:
    # The headline ends with the writer's name; the text repeats the title centred, then the
    # name pushed right by typed spaces (heldout64 class: an association's WordPress).
    title = "Đêm thơ mừng xuân tại Houston"
    # The theme's author line names the posting account, "Ban Biên Tập": nobody.
    page = page_of(f"<h1>{title} -Lê Minh Châu</h1><div class='meta'><div class='post-author'>Bởi "
                   "<a href='/author/bbt/'>Ban Biên Tập</a></div></div><div class='post-content'>"
                   f"<p style='text-align:center'><strong>{title}</strong></p>"
                   "<p>" + "&nbsp;" * 30 + "<em>Lê Minh Châu</em></p>" + PS + "</div>",
                   head="<meta name='author' content='Ban Biên Tập'>")
    assert page["authors"] == ["Lê Minh Châu"]
    assert "Lê Minh Châu" not in page["body"]


# Round 28 (heldout65-67 classes; every page below written anew).

def test_another_story_s_writer_in_a_sidebar_list_is_no_author() -> None:
    # A journal's sidebar prints its latest papers, each with its writer in span.author
    # (heldout65 class); the article itself is unsigned.
    page = page_of("<h1>Tọa đàm khoa học về hợp tác Việt Nam - Nhật Bản</h1><div class='content'>"
                   + PS + "</div><div class='box'><h3>Bài báo khoa học mới</h3><ul><li><a href="
                   "'/bai-bao/van-hoa-va-phat-trien-ben-vung.html'>Văn hóa và phát triển bền vững ở "
                   "đồng bằng</a><span class='author'>Trần Văn Hải</span></li></ul></div>")
    assert page["authors"] == []


def test_the_last_breadcrumb_item_without_an_address_is_the_page_itself() -> None:
    # Yoast's JSON-LD trail ends with the post, named by its headline and with no "item"
    # (heldout66 class): the section is the item before it.
    trail = ('{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ['
             '{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://x.example.vn/"},'
             '{"@type": "ListItem", "position": 2, "name": "Tiêm chủng", "item": '
             '"https://x.example.vn/chuyen-muc/tiem-chung/"},'
             '{"@type": "ListItem", "position": 3, "name": "TIÊM VẮC XIN SỞI ĐỢT 2"}]}')
    page = page_of("<h1>TIÊM VẮC XIN SỞI ĐỢT 2</h1><div class='entry-content'>" + PS + "</div>",
                   head=f"<script type='application/ld+json'>{trail}</script>")
    assert page["category"] == "Tiêm chủng"


def test_a_featured_image_over_the_header_holding_the_headline_is_the_lead_photo() -> None:
    # GeneratePress prints the featured image before <header class="entry-header"><h1>
    # (heldout66 class).
    page = page_of("<article><div class='inside-article'><div class='featured-image'><img width='800' "
                   "src='/wp-content/uploads/2023/03/tiem-soi.jpg'></div><header class='entry-header'>"
                   "<h1>Tiêm vắc xin sởi đợt 2</h1></header><div class='entry-content'>" + PS
                   + "</div></div></article>")
    assert [i["url"] for i in page["images"]][:1] == ["https://baotinh.example.vn/wp-content/uploads/2023/03/tiem-soi.jpg"]


def test_a_resized_featured_copy_of_a_photo_in_the_text_is_one_photo() -> None:
    # A theme's featured image at 696x464 over the same upload in the text (heldout67 class).
    page = page_of("<h1>Đại lễ Vu Lan tại thiền viện</h1><div class='td-post-featured-image'><img "
                   "width='696' src='/wp-content/uploads/2017/09/vu-lan-1-696x464.jpg'></div>"
                   "<div class='td-post-content'><figure class='wp-caption'><img width='800' src="
                   "'/wp-content/uploads/2017/09/vu-lan-1.jpg'><figcaption>Quang cảnh đại lễ"
                   "</figcaption></figure>" + PS + "</div>")
    assert page["images"] == [{"url": "https://baotinh.example.vn/wp-content/uploads/2017/09/vu-lan-1.jpg",
                               "caption": "Quang cảnh đại lễ"}]


def test_a_lead_opening_with_the_event_s_lunar_and_solar_day_gives_no_date() -> None:
    # A print view prints no date; the text opens with the event's day (heldout67 class).
    page = page_of("<h1>Đạo tràng trao nhà tình thương</h1><div class='print-content'><p>Ngày mùng "
                   "8 tháng 4 (05/5/2017), tại xã Nghĩa Thắng, đạo tràng đã trao tặng ngôi nhà tình "
                   "thương cho một gia đình có hoàn cảnh khó khăn.</p>" + PS + "</div>")
    assert page["published_at"] is None


def test_a_story_card_s_section_badge_is_no_related_story() -> None:
    # Each related card prints its section's badge over the title (heldout67 class).
    cards = "".join(f"<div class='td_module_related_posts'><a class='td-post-category' href='/category/"
                    f"le-hoi/'>Lễ hội - Nghi lễ</a><h3><a href='/bai-{n}-mung-le-phat-dan-{n}/'>"
                    f"Mừng lễ Phật đản tại chùa số {n}</a></h3></div>" for n in (1, 2))
    page = page_of("<h1>Đại lễ Vu Lan tại thiền viện</h1><div class='content'>" + PS + "</div>"
                   f"<div class='related'><h4>Bài viết liên quan</h4>{cards}</div>")
    assert [r["title"] for r in page["related"]] == ["Mừng lễ Phật đản tại chùa số 1",
                                                     "Mừng lễ Phật đản tại chùa số 2"]


# Round 29 (heldout68-70 classes; every page below written anew).

def test_a_podcast_episode_declares_its_time_in_json_ld() -> None:
    # A broadcaster's Vietnamese programme page: schema.org's PodcastEpisode with the time
    # in Sydney (heldout68 class); the printed clock is Sydney's too.
    ld = ('{"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Chuyện Sydney: '
          'Hội chợ Tết", "datePublished": "2024-02-02T18:00:00+11:00"}')
    page = page_of("<h1>Chuyện Sydney: Hội chợ Tết</h1><div class='meta'><span class='published'>"
                   "Published 2 February 2024 6:00pm</span></div><div class='content'>" + PS + "</div>",
                   head=f"<script type='application/ld+json'>{ld}</script>")
    assert page["published_at"] == "2024-02-02T14:00:00+07:00"


def test_attached_files_in_the_text_are_no_related_stories() -> None:
    # A town portal lists the story's photos as downloads inside the text (heldout69 class);
    # the related stories are the labelled block.
    files = "".join(f"<li><a href='/uploads/attachments/2023/11/HOI%20NGHI%20({n}).png' download>"
                    f"HOI NGHI PHUONG AN DIEN ({n}).png</a></li>" for n in (1, 2, 3))
    page = page_of("<h1>Phường An Điền tổ chức hội nghị</h1><div class='news-content'>" + PS
                   + f"<ul class='attach'>{files}</ul></div><section class='news-related'><h2>Tin "
                   "liên quan</h2><ul><li><a href='/tin-tuc/xa-an-tay-trao-nha-dai-doan-ket-21871'>Xã "
                   "An Tây trao nhà Đại đoàn kết cho hộ nghèo</a></li></ul></section>")
    assert [r["title"] for r in page["related"]] == ["Xã An Tây trao nhà Đại đoàn kết cho hộ nghèo"]


def test_a_taxonomy_field_labelled_as_the_section_gives_no_tags() -> None:
    # Drupal's field-name-field-tags labelled "Chuyên mục:" (heldout69 class).
    page = page_of("<h1>Viện kiểm sát tổ chức hội nghị chuyên đề</h1><div class='content'>" + PS
                   + "</div><div class='field field-name-field-tags'><div class='field-label'>Chuyên "
                   "mục:&nbsp;</div><div class='field-items'><a href='/taxonomy/term/9'>Nghiên cứu - "
                   "Trao đổi</a></div></div>")
    assert page["tags"] == []


def test_a_section_printed_as_text_after_its_label_under_the_headline() -> None:
    # A district portal's print view: "Ngày đăng: … | Chuyên mục: …", no link (heldout69 class).
    page = page_of("<h1>Huyện tổ chức lễ kỷ niệm Ngày Nhà giáo</h1><div class='print-date'>Ngày đăng:"
                   " 20/11/2022 | Chuyên mục: Tin hoạt động</div><div class='print-content'>" + PS
                   + "</div>")
    assert page["category"] == "Tin hoạt động"


def test_an_account_spelling_the_site_s_address_with_diacritics_is_no_author() -> None:
    # An association's WordPress account "Việt Tộc" on viettoc.org, "by Việt Tộc" (heldout70 class).
    page = page_of("<h1>Dự án giếng nước tại Kon Tum</h1><span class='byline'><span class='author "
                   "vcard'>by <a href='/author/viettoc/'>Việt Tộc</a></span></span><div class="
                   "'entry-content'>" + PS + "</div>", url="http://www.viettoc.org/du-an-gieng-nuoc/")
    assert page["authors"] == []


def test_a_centred_italic_writer_with_a_footnote_signs_the_text_and_the_note_is_no_text() -> None:
    # A magazine's essay: "Lê Văn Hòa [1]" centred in italics over the text, "[1] …" under it
    # (heldout70 class).
    page = page_of("<h1>VĂN HÓA LỄ HỘI NAM BỘ</h1><div class='article-content'><p style='text-align:"
                   "center'><em>Lê Văn Hòa <a href='#_ftn1'>[1]</a></em></p>" + PS
                   + "<p><a href='#_ftnref1'>[1]</a> Nguyên cán bộ nghiên cứu văn hóa, TP. Cần Thơ.</p></div>")
    assert page["authors"] == ["Lê Văn Hòa"]
    assert "[1]" not in page["body"] and "Lê Văn Hòa" not in page["body"]


def test_the_lead_printed_again_with_the_paper_s_tag_under_an_untagged_summary_is_no_text() -> None:
    # A blog reposting an archdiocese's news: the summary in italics, then "WGPSG – " and the
    # same lead as the text's first paragraph (heldout70 class).
    lead = ("Sáng thứ bảy 6-7-2019, tại nhà thờ Chính tòa, thánh lễ truyền chức phó tế cho 12 thầy "
            "đã được cử hành trọng thể.")
    page = page_of(f"<h1>Thánh lễ truyền chức phó tế</h1><div class='entry-summary'><p><em>{lead}</em>"
                   f"</p></div><div class='entry-content'><p><strong>WGPSG</strong> – {lead}</p>{PS}</div>",
                   head=f"<meta name='description' content='{lead}'>")
    assert page["sapo"] == lead
    assert not page["body"].startswith("WGPSG")


def test_an_unlinked_subsection_after_the_section_s_link_is_the_category() -> None:
    # An old company site's "<a>Tin tức</a> &gt; <span>Tin tức trong nước</span>" (heldout70 class).
    page = page_of("<div class='cate-title'><a href='/vi/58/News/List/0'>Tin tức</a> &gt; <span>Tin tức "
                   "trong nước</span></div><h1>Công ty dự hội chợ công nghiệp</h1><div class='content'>"
                   + PS + "</div>")
    assert page["category"] == "Tin tức trong nước"


# Round 30 (heldout71-73 classes; every page below written anew).

def test_a_labelled_credit_with_the_writer_s_unit_after_a_dash_signs_the_text() -> None:
    # A Front portal's Word-pasted signature, right-aligned in bold, in an old table layout
    # (heldout72 class).
    word = PS.replace("<p>", "<p class='MsoNormal'><span lang='EN-US'>").replace("</p>", "</span></p>")
    page = page_of("<table><tr><td><h1>Bàn giao nhà Đại đoàn kết cho hộ nghèo</h1></td></tr><tr><td "
                   f"class='content'>{word}<p class='MsoNormal' style='text-align:right'><b><span lang="
                   "'EN-US'>Tin, ảnh : Lê Thị Hồng – Cơ quan Ủy ban MTTQ huyện Ý Yên</span></b></p>"
                   "</td></tr></table>")
    assert page["authors"] == ["Lê Thị Hồng"]
    assert "Tin, ảnh" not in page["body"]


def test_a_top_bar_link_to_the_tag_index_labels_no_tags() -> None:
    # "Tag | RSS | Liên hệ" over the page; the article's own tags under the text (heldout71 class).
    page = page_of("<div class='top-right'><a href='/tag.html'>Tag</a><a href='/rss.html'>RSS</a><a href="
                   "'/lien-he.html'>Liên hệ</a></div><h1>Hội chợ nông sản sạch cuối tuần</h1><div class="
                   "'content'>" + PS + "</div><div class='detail-tags'><span>Tags:</span><a href='/tag/"
                   "nong-san.html'>nông sản</a><a href='/tag/hoi-cho.html'>hội chợ</a></div>")
    assert page["tags"] == ["nông sản", "hội chợ"]


def test_a_featured_image_linked_to_the_post_itself_is_the_lead_photo() -> None:
    # Flatsome links the featured image to the post's own address (heldout73 class).
    url = "https://hoi.example.org/nhung-hoat-dong-cua-cau-lac-bo-tho/"
    page = page_of(f"<h1>Những hoạt động của câu lạc bộ thơ</h1><div class='entry-image'><a href='{url}'>"
                   "<img width='800' src='/wp-content/uploads/2024/03/cau-lac-bo-tho.jpg'></a></div>"
                   "<div class='entry-content'>" + PS + "</div>", url=url)
    assert [i["url"] for i in page["images"]][:1] == ["https://hoi.example.org/wp-content/uploads/2024/03/cau-lac-bo-tho.jpg"]


# Round 31 (heldout74-76 classes; every page below written anew).

def test_labelled_credits_centred_in_italics_over_the_text_sign_it() -> None:
    # A monastery's site: "Bài viết: Phật tử …" and the audio's reader centred in italics
    # over the text (heldout76 class); neither line is text, the reader is no writer.
    page = page_of("<h1>Mùa an cư tại tu viện</h1><div class='content_detail'><p style='text-align:"
                   "center'><em>Bài viết: Phật tử Minh Tâm</em></p><p style='text-align:center'><em>"
                   "Diễn đọc: Phật tử Diệu Hạnh</em></p>" + PS + "</div>")
    assert page["authors"] == ["Minh Tâm"]
    assert "Bài viết" not in page["body"] and "Diễn đọc" not in page["body"]


def test_a_headline_cell_closing_with_its_time_in_brackets() -> None:
    # An old table layout prints "HEADLINE (21/06/2022-15:08)" in one cell, the <title> the
    # headline after the site's name (heldout74 class).
    page = page_of("<table><tr><td class='box_title'>Nhà báo và nghề</td></tr></table><table><tr><td "
                   "class='title_detail'>NGHỀ BÁO VÀ NHỮNG CHUYẾN ĐI <span class='date_detail'>"
                   "(12/05/2021-09:40)</span></td></tr><tr><td class='content'>" + PS + "</td></tr></table>",
                   head="<title>Người làm báo Hà Tĩnh - NGHỀ BÁO VÀ NHỮNG CHUYẾN ĐI</title>")
    assert page["title"] == "NGHỀ BÁO VÀ NHỮNG CHUYẾN ĐI"
    assert page["published_at"] == "2021-05-12T09:40:00+07:00"


# Round 32 (heldout77-79 classes; every page below written anew).

def test_the_magazine_s_name_glued_before_the_lead_in_its_element_is_no_part_of_it() -> None:
    # "<h2 class=sapo><span>Tạp chí Giao thông - Bộ Giao thông vận tải</span>Lead…</h2>", the
    # description the lead alone (heldout77 class).
    lead = ("Hạ tầng giao thông là động lực quan trọng cho phát triển kinh tế - xã hội của các "
            "địa phương vùng đồng bằng sông Cửu Long.")
    page = page_of("<h1>Phát triển hạ tầng giao thông vùng đồng bằng</h1><h2 class='detail-sapo'><span "
                   f"class='sapo-src'>Tạp chí Giao thông - Bộ Giao thông vận tải</span>{lead}</h2>"
                   "<div class='detail-content'>" + PS + "</div>",
                   head=f"<meta name='description' content='{lead}'>")
    assert page["sapo"] == lead


def test_a_photo_in_a_detail_avatar_box_is_the_lead_photo() -> None:
    # Vietnamese CMSs call the article's main photo its "avatar" (heldout77 class).
    page = page_of("<h1>Phát triển hạ tầng giao thông vùng đồng bằng</h1><div class='detail-avatar'>"
                   "<img src='/uploads/2021/03/ha-tang.jpg' width='680'></div><div class='detail-content'>"
                   + PS + "</div>")
    assert [i["url"] for i in page["images"]][:1] == ["https://baotinh.example.vn/uploads/2021/03/ha-tang.jpg"]


def test_a_labelled_list_closing_the_text_stays_in_it() -> None:
    # A project page's objectives, a bold label and a list of clauses, the text's end
    # (heldout79 class).
    page = page_of("<h1>Dự án sinh kế cho đồng bào miền núi</h1><div class='item-page'>" + PS
                   + "<p><strong>Mục tiêu cụ thể:</strong></p><ul><li>Nâng cao năng lực cho các nhóm "
                   "cộng đồng ở các thôn bản vùng cao;</li><li>Cải thiện sinh kế cho các hộ thành viên "
                   "qua tập huấn kỹ thuật canh tác.</li></ul></div>")
    assert page["body"].endswith("Cải thiện sinh kế cho các hộ thành viên qua tập huấn kỹ thuật canh tác.")


# Round 34 (heldout83-85 classes; every page below written anew).

def test_a_share_plugin_s_button_sprite_is_no_photo() -> None:
    # WordPress' "sociable" plugin under the text: its buttons' sprite from the plugin's own
    # images folder (heldout85 class).
    page = page_of("<h1>Tết Trung thu của cộng đồng</h1><div class='entry-content'>" + PS + "<div class="
                   "'sociable'><div class='sociable_tagline'>Share and Enjoy:</div><ul><li><a href="
                   "'http://www.facebook.com/share.php?u=x'><img src='/wp-content/plugins/sociable/images/"
                   "services-sprite.gif' alt='Facebook'></a></li></ul></div></div>")
    assert page["images"] == []


def test_the_closing_words_of_the_site_s_name_as_the_author_are_the_site() -> None:
    # A charity group's WordPress account "Tâm Sáng" on the site "Từ Thiện Tâm Sáng"
    # (heldout85 class).
    page = page_of("<h1>Chuyến đi trao quà Trung thu</h1><span class='byline'>bởi <span class='author "
                   "vcard'><a href='/author/tamsang/'>Tâm Sáng</a></span></span><div class='entry-content'>"
                   + PS + "</div>",
                   head="<meta property='og:site_name' content='Từ Thiện Tâm Sáng'><meta name='author' "
                        "content='Tâm Sáng'>", url="https://tuthientamsang.example.com/chuyen-di-trao-qua/")
    assert page["authors"] == []


# Round 35 (heldout86-88 classes; every page below written anew).

def test_a_timestamp_inside_the_breadcrumb_block_is_no_section_and_share_tools_no_tags() -> None:
    # A corporate news site's trail with the post's time in the same block, and its share
    # and print links in the tag row (heldout88 class).
    page = page_of("<div class='block_breadcrumb'><ul><li class='start'><a href='/tin-tuc'>Tin tức</a>"
                   "</li><li><a href='/tin-tuc/doi-song'>Đời sống</a></li></ul><div class='block_timer'>"
                   "Thứ năm, 11/8/2016 | 09:20 GMT+7</div></div><h1>Ngày hội gia đình của công ty</h1>"
                   "<div class='fck_detail'>" + PS + "</div><div class='block_tag'><div class='block_share'>"
                   "<a href='https://www.facebook.com/sharer.php?u=x'>Chia sẻ</a> <a href='javascript:;' "
                   "class='btn_print'>In</a></div></div>")
    assert page["category"] == "Đời sống"
    assert page["tags"] == []


def test_a_sidebar_box_with_its_own_title_is_no_lead() -> None:
    # A school portal's "Giới thiệu" box, classed "intro", after the article (heldout87 class).
    page = page_of("<h1>Lễ khai giảng năm học mới</h1><div class='content'>" + PS + "</div><div class="
                   "'side-box intro'><h3>Giới thiệu</h3><p>Trường Tiểu học Lê Lợi được thành lập năm 1975, "
                   "nhiều năm liền đạt danh hiệu tập thể lao động xuất sắc.</p></div>")
    assert page["sapo"] is None


def test_a_blog_s_page_view_total_is_no_article_count() -> None:
    # Blogger's Stats widget: "Tổng số lượt xem trang" over the blog's total (heldout88 class).
    page = page_of("<h1>Câu lạc bộ thơ ra mắt tập thơ mới</h1><div class='post-body'>" + PS + "</div>"
                   "<div class='widget Stats'><h2>Tổng số lượt xem trang</h2><div class='widget-content'>"
                   "<span class='counter-wrapper'>21.530</span></div></div>")
    assert page["views"] is None


# Round 36 (heldout89-91 classes; every page below written anew).

def test_the_theme_s_maker_in_the_footer_and_a_category_archive_are_nobody_and_no_story() -> None:
    # WordPress' "Theme: ColorMag bởi <a rel=author>ThemeGrill</a>" in the footer, and the
    # post's category link in its related block (heldout91 class).
    page = page_of("<h1>Chi hội thơ gặp mặt đầu xuân</h1><div class='entry-content'>" + PS + "</div>"
                   "<div class='related'><h3>Bài viết liên quan</h3><ul><li><a href='/category/hoat-dong-"
                   "chi-hoi/'>Hoạt động các chi hội thơ</a></li><li><a href='/chi-hoi-dong-anh-gap-mat-"
                   "dau-xuan/'>Chi hội Đông Anh gặp mặt đầu xuân</a></li></ul></div><footer><div class="
                   "'copyright'>Theme: ColorMag bởi <a href='https://themegrill.com/' rel='author'>"
                   "ThemeGrill</a></div></footer>")
    assert page["source"] is None and page["authors"] == []
    assert [r["title"] for r in page["related"]] == ["Chi hội Đông Anh gặp mặt đầu xuân"]


# Round 37 (heldout92-93 classes; every page below written anew).

def test_an_english_date_box_with_the_year_after_the_clock_dates_the_post() -> None:
    # An overseas weekly's WordPress theme: "March 9" over "07:15 2021" beside the headline
    # (heldout92 class).
    page = page_of("<article><header><h1 class='post-title'>Hội chợ Tết cộng đồng</h1><div class="
                   "'post-date'><span class='day'>March 9</span><br><span class='time-year'>07:15 2021"
                   "</span></div></header><div class='entry'>" + PS + "</div></article>")
    assert page["published_at"] == "2021-03-09T07:15:00+07:00"


def test_a_letter_hard_wrapped_with_line_breaks_reads_as_its_paragraphs() -> None:
    # A community's letter pasted from an e-mail, each paragraph cut every 90-odd characters
    # by a <br> (heldout92 class); a short list item after a colon stays its own line.
    lines = ["Kính thưa quý đồng hương, năm nay vì dịch bệnh kéo dài tại tiểu bang, Ban Tổ Chức rất",
             "tiếc phải dời buổi họp mặt mừng Xuân vốn tổ chức tại hội trường của Trung Tâm Sinh Hoạt",
             "Cộng Đồng sang một ngày khác, khi tình hình cho phép tụ họp đông người trở lại an toàn."]
    letter = "<br>\n".join(lines)
    page = page_of("<h1>Thư mời họp mặt mừng Xuân</h1><div class='entry'><p>" + letter + "</p>"
                   "<p class='menu'><a href='/'>Trang chủ</a></p>" + PS + "</div>")
    assert page["body"].split("\n\n")[0] == " ".join(lines)


def test_a_line_broken_before_a_word_in_small_letters_goes_on() -> None:
    # "… theo hoàn cảnh của mỗi cá<br>nhân, …": the sentence goes on after the break.
    first = "Trong tinh thần phòng dịch, xin quý vị tùy nghi tham dự theo hoàn cảnh của mỗi cá"
    page = page_of("<h1>Lễ thượng kỳ</h1><div class='entry'>" + PS + f"<p>{first}<br>nhân, nên đeo khẩu "
                   "trang và giữ khoảng cách.</p><p>Ban Tổ Chức:<br>Ông Trần Văn Bình</p></div>")
    paragraphs = page["body"].split("\n\n")
    assert first + " nhân, nên đeo khẩu trang và giữ khoảng cách." in paragraphs
    assert "Ban Tổ Chức: Ông Trần Văn Bình" not in paragraphs  # a label's colon ends its line


def test_the_station_s_account_named_without_its_kind_is_no_author_and_you_may_also_like() -> None:
    # A radio station's WordPress account "Tiếng Nói Quê Hương" on "Đài Tiếng Nói Quê Hương",
    # and ColorMag's "You May Also Like" over the post's related posts (heldout92 class).
    page = page_of("<h1 class='entry-title'>Phỏng vấn nhà văn về mùa Xuân</h1><span class='byline'><span "
                   "class='author vcard'><a class='url fn n' href='/author/tnqh/'>Tiếng Nói Quê Hương</a>"
                   "</span></span><div class='entry-content'>" + PS + "</div><div class='related-posts-"
                   "wrapper'><h4 class='related-posts-main-title'><span>You May Also Like</span></h4><div>"
                   "<h3><a href='/2020/02/01/phong-van-nha-tho-ve-tet/'>Phỏng vấn nhà thơ về Tết xưa</a></h3>"
                   "</div></div>",
                   head="<meta property='og:site_name' content='Đài Tiếng Nói Quê Hương'>")
    assert page["authors"] == []
    assert [r["title"] for r in page["related"]] == ["Phỏng vấn nhà thơ về Tết xưa"]


def test_a_writer_s_commune_after_the_dash_is_her_place_and_a_category_link_no_tag() -> None:
    # A commune portal's "Minh Thư - Tam Thanh" on a story of "xã Tam Thanh"; a police portal's
    # "Lò Văn Sơn - CAX Nậm Xe" on one of "Công an xã Nậm Xe"; a theme's category line whose
    # link is marked rel="tag" alone (heldout93 classes).
    story = ("<p>Sáng 12/4, Hội Nông dân xã Tam Thanh tổ chức tập huấn kỹ thuật trồng lúa cho hơn "
             "80 hội viên trên địa bàn.</p>")
    page = page_of("<h1>Tam Thanh tập huấn kỹ thuật trồng lúa</h1><span class='cat-links'><a href='/tin-tuc/' "
                   "rel='tag'>Tin tức - Sự kiện</a></span><div class='content'>" + story + PS
                   + "<p style='text-align:right'><strong>Minh Thư - Tam Thanh</strong></p></div>")
    assert page["authors"] == ["Minh Thư"] and page["tags"] == []
    police = page_of("<h1>Công an xã tuyên truyền phòng chống ma túy</h1><div class='content'>"
                     "<p>Ngày 3/5, Công an xã Nậm Xe phối hợp với nhà trường tuyên truyền cho học sinh về tác "
                     "hại của ma túy.</p>" + PS + "<p style='text-align:right'><b>Lò Văn Sơn - CAX Nậm Xe</b>"
                     "</p></div>")
    assert police["authors"] == ["Lò Văn Sơn"]
    pair = page_of("<h1>Hội thi văn nghệ</h1><div class='content'>" + PS + "<p style='text-align:right'>"
                   "<strong>Minh Thư - Thu Hà</strong></p></div>")
    assert pair["authors"] == ["Minh Thư", "Thu Hà"]


# Round 38 (heldout96-97 classes; every page below written anew).

def test_a_bold_name_over_the_text_signs_it_and_the_post_s_category_badges_are_no_text() -> None:
    # An overseas community site's theme: the post's two category badges in the article's
    # header, then "<p><strong>Trần Minh</strong></p>" over the report (heldout97 class).
    page = page_of("<article><ul class='td-category'><li class='entry-category'><a href='/category/a/'>"
                   "Sinh Hoạt</a></li><li class='entry-category'><a href='/category/b/'>Cộng Đồng</a></li>"
                   "</ul><h1 class='entry-title'>Hội Cựu Giáo Chức họp mặt cuối năm</h1><div class='td-post-"
                   "content'><p><strong>Trần Minh</strong></p>" + PS + "</div></article>")
    assert page["authors"] == ["Trần Minh"]
    assert page["body"].split("\n\n") == PARAGRAPHS
    heading = page_of("<h1>Hội chợ Xuân</h1><div class='entry'><p><strong>Lễ Chào Cờ</strong></p>" + PS + "</div>")
    assert heading["authors"] == [] and heading["body"].startswith("Lễ Chào Cờ")


def test_a_nukeviet_thumbnail_and_its_upload_are_one_photo() -> None:
    # NukeViet's og:image and sidebar picture from "/assets/news/", the photo in the text from
    # "/uploads/news/" (heldout96 class).
    page = page_of("<h1>Xã trao quà cho học sinh nghèo</h1><div class='hometext'><img src='https://xa.example"
                   ".gov.vn/assets/news/2020_03/trao-qua.jpg' width='200' class='img-thumbnail'><p>Sáng 2/3, xã "
                   "trao 50 suất quà cho học sinh nghèo vượt khó.</p></div><div class='bodytext'>" + PS + "<figure><img src="
                   "'https://xa.example.gov.vn/uploads/news/2020_03/trao-qua.jpg'><figcaption>Lãnh đạo xã trao "
                   "quà</figcaption></figure></div>",
                   head="<meta property='og:image' content='https://xa.example.gov.vn/assets/news/2020_03/trao-"
                        "qua.jpg'>", url="https://xa.example.gov.vn/tin-tuc/trao-qua-12.html")
    assert page["images"] == [{"url": "https://xa.example.gov.vn/uploads/news/2020_03/trao-qua.jpg",
                               "caption": "Lãnh đạo xã trao quà"}]


# Round 39 (heldout99 class; the page below written anew).

def test_a_print_view_s_close_window_link_is_no_section() -> None:
    # A SharePoint portal's print view: "In bài viết | Đóng cửa sổ" over and under the text.
    tools = ("<div class='CongCu'><a href='javascript:InBai()'>In bài viết</a> | <a href='javascript:"
             "DongCuaSo()'>Đóng cửa sổ</a></div>")
    page = page_of(tools + "<div class='TieuDe'><span>Huyện ra quân làm sạch môi trường</span></div>"
                   "<div class='NgayDang'>(08:30 | 12/09/2018)</div><div class='NoiDung'>" + PS + "</div>" + tools,
                   head="<title>Huyện ra quân làm sạch môi trường</title>")
    assert page["category"] is None


# Round 40 (heldout103 classes; every page below written anew).

def test_a_featured_image_on_a_site_whose_body_names_its_logo_is_the_lead_photo() -> None:
    # WordPress marks <body class="wp-custom-logo"> on a site showing a logo; a theme's
    # featured image over the text is still the lead photo (heldout103 class).
    html = ("<html><head><meta charset='utf-8'></head><body class='single wp-custom-logo'><article>"
            "<header><h1>Sinh viên khởi động năm học mới</h1></header><div class='s-feat'><img width='860' "
            "src='https://hoi.example.com/wp-content/uploads/2021/09/khoi-dong.jpg' class='wp-post-image' "
            "alt=''></div><div class='entry-content'>" + PS + "</div></article></body></html>")
    page = article_dict(html)
    assert page["images"][0] == {"url": "https://hoi.example.com/wp-content/uploads/2021/09/khoi-dong.jpg",
                                 "caption": None}


def test_the_site_s_own_name_as_signature_account_or_paper_is_nobody() -> None:
    # A shop "Tiệm Lành" (tiemlanh.example.com) signing "bởi Lành" and "Lành" under its post;
    # a paper "Báo Sao Mai" on saomai.com, its registered name (heldout103 classes).
    shop = page_of("<h1>Trao quà cho trẻ em vùng lũ</h1><span class='article__author'>bởi Lành</span>"
                   "<div class='rte'>" + PS + "<p><strong>Lành</strong></p></div>",
                   head="<meta property='og:site_name' content='Tiệm Lành'><meta name='author' content='Lành'>",
                   url="https://tiemlanh.com/blogs/news/trao-qua")
    assert shop["authors"] == [] and shop["source"] is None
    paper = page_of("<h1>Cộng đồng đón Tết</h1><div class='entry-content'>" + PS + "</div><div class='author-box'>"
                    "By <a href='/author/admin'>Báo Sao Mai</a></div>",
                    head="<meta name='author' content='Báo Sao Mai'>", url="https://saomai.com/tin/don-tet")
    assert paper["authors"] == [] and paper["source"] is None


# Round 41 (heldout105-106 classes; every page below written anew).

def test_a_slogan_in_quotes_opening_the_text_is_text_not_the_lead() -> None:
    # A school's report opening with the movement's slogan, centred in bold italics
    # (heldout105 class).
    slogan = "“Vui học – Chăm ngoan – Làm nhiều việc tốt – Xứng danh con cháu Bác Hồ”"
    page = page_of("<h1>Đại hội Liên đội năm học mới</h1><div class='entry-content'><p style='text-align:"
                   f"center'><strong><em>{slogan}</em></strong></p>" + PS + "</div>")
    assert page["sapo"] is None and page["body"].split("\n\n")[0] == slogan


def test_a_print_plugin_s_button_and_a_long_author_label_are_no_text() -> None:
    # A health centre's WordPress: the PrintFriendly button over the signature "Tác giả bài
    # viết : X - Khoa Y" (heldout105 class).
    page = page_of("<h1>Tập huấn phòng chống sốt xuất huyết</h1><div class='entry-content'>" + PS +
                   "<div class='printfriendly pf-button'><a href='#'><img src='https://cdn.printfriendly.com/"
                   "buttons/printfriendly-button.png' alt='Print Friendly'></a></div><p style='text-align: "
                   "right;'><em>Tác giả bài viết : Trần Mai - Khoa Dinh dưỡng</em></p></div>")
    assert page["authors"] == ["Trần Mai"] and page["images"] == []
    assert page["body"].split("\n\n") == PARAGRAPHS


def test_a_board_post_s_hidden_headings_neighbours_comments_and_avatar_are_no_text() -> None:
    # A Korean board CMS: headings for screen readers only, a dotted year-first date, the
    # poster's default picture, the previous and next posts under their labels, the comment
    # section (heldout106 class).
    page = page_of("<article><header><h2 class='title'>Lớp tiếng Hàn miễn phí cho phụ nữ di trú</h2></header>"
                   "<section class='info'><h2 class='sound_only'>Thông tin bài viết</h2><img src='/img/"
                   "no_profile.gif'><span class='if_date'><span class='sound_only'>Ngày đăng</span>2024.03.15"
                   "</span></section><section class='atc'><h2 class='sound_only'>Nội dung</h2><div class='con'>"
                   + PS + "</div></section><ul class='nb'><li><span>Bài trước</span><a href='/posts/a-11'>Hướng "
                   "dẫn gia hạn thẻ người nước ngoài trực tuyến</a></li><li><span>Bài sau</span><a href='/posts/"
                   "b-13'>Làm thẻ giao thông và đi tàu điện ngầm ở Seoul</a></li></ul><section class='vc'><h2>"
                   "Bình luận 0</h2><p>Chưa có bình luận nào.</p></section></article>",
                   head="<title>Lớp tiếng Hàn miễn phí cho phụ nữ di trú</title>")
    assert page["published_at"] == "2024-03-15T00:00:00+07:00"
    assert page["body"].split("\n\n") == PARAGRAPHS
    assert page["related"] == [] and page["images"] == []


# Round 42 (heldout107-109 classes; every page below written anew).

def test_blogger_s_english_date_header_dates_the_post() -> None:
    # A community programme's Blogger: "Thursday, March 7, 2019" over the post, whose headline
    # is an h3.entry-title (heldout107 class).
    page = page_of("<div class='date-outer'><h2 class='date-header'><span>Thursday, March 7, 2019</span></h2>"
                   "<div class='date-posts'><div class='post hentry'><h3 class='post-title entry-title'>Hội chợ "
                   "Tết cộng đồng năm nay</h3><div class='post-body entry-content'>" + PS + "</div></div></div></div>",
                   head="<title>Hội chợ Tết cộng đồng năm nay</title>")
    assert page["published_at"] == "2019-03-07T00:00:00+07:00"


def test_a_writer_with_her_post_after_a_dash_signs_and_a_serial_s_marker_is_no_text() -> None:
    # A commune's party cell: "Hà Lan – Bí thư Chi bộ Trường Tiểu học" right-aligned in bold; an
    # institute's instalment closing "(Còn tiếp)" (heldout108-109 classes).
    page = page_of("<h1>Lễ kết nạp đảng viên mới</h1><div class='content'>" + PS + "<p style='text-align:center'>"
                   "<em>(Còn tiếp)</em></p><p style='text-align: right;'><strong>Hà Lan – Bí thư Chi bộ Trường "
                   "Tiểu học Kim Đồng</strong></p></div>")
    assert page["authors"] == ["Hà Lan"] and page["source"] is None
    assert page["body"].split("\n\n") == PARAGRAPHS


# Round 43 (heldout110 class; the page below written anew).

def test_a_regulation_s_issuing_note_in_brackets_is_text_not_the_lead() -> None:
    # An association's regulation: the issuing note in brackets under the title, which the
    # page's description copies (heldout110 class).
    note = "(ban hành kèm theo Quyết định số 15/QĐ-HND ngày 10 tháng 3 năm 2021 của Chủ tịch Hội)"
    page = page_of("<h1>Quy chế xét tặng danh hiệu hội viên tiêu biểu</h1><div class='entry-content'>"
                   f"<p style='text-align: center;'><em>{note}</em></p>" + PS + "</div>",
                   head=f"<meta name='description' content='{note}'>")
    assert page["sapo"] is None and page["body"].split("\n\n")[0] == note
