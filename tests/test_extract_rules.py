"""The generic extraction rules, one table row per shape a Vietnamese article page prints.

Each row is a small page built around one shape (a tag block, a related-story box, a lead, a
byline ...) in the markup real sites use for it; the rows name the real page or the class of
pages the shape was seen on.  Pages go through the generic path (no profile), as an unknown
site would.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article

URL = "https://baotinh.example.vn/thoi-su/hoi-nghi-tong-ket-nam-2025-post1234.html"
TEXT = ("<p>Sáng 9/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025 và "
        "triển khai nhiệm vụ năm 2026 với sự tham dự của lãnh đạo các sở, ngành.</p>"
        "<p>Năm 2025, tổng sản phẩm trên địa bàn tỉnh tăng 8,2%, thu ngân sách đạt hơn 12.000 "
        "tỷ đồng, vượt dự toán được giao; đời sống nhân dân tiếp tục được cải thiện.</p>"
        "<p>Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp, các ngành tập trung "
        "cải cách hành chính, thu hút đầu tư và chăm lo an sinh xã hội.</p>")


def article(body: str, head: str = "", before: str = "", after: str = "") -> dict:
    """A page with a headline, the article's text in a container, and ``after`` it."""
    html = (f"<html><head><meta charset='utf-8'>{head}</head><body>"
            f"<h1>Hội nghị tổng kết công tác năm 2025</h1>{before}"
            f"<div class='detail-content'>{body}</div>{after}</body></html>")
    return extract_article(html.encode(), URL, fetched_at="2026-02-01T00:00:00Z").to_dict()


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
]


@pytest.mark.parametrize(("after", "head", "expected"), TAGS)
def test_tags(after: str, head: str, expected: list[str]) -> None:
    assert article(TEXT, head=head, after=after)["tags"] == expected
