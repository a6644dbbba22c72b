"""Pathological pages (issue #10, item 10): a page nested 100,000 elements deep keeps its text;
a very large page is read in bounded memory (inline images and scripts cut out, our own walk
instead of trafilatura) or refused with its reason, which a crawl counts.  Their memory and
time are measured by `python benchmarks/faults.py --only 10`, not asserted here."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import run_vnnews, thaibinhtv_site
from crawler.extract import PageTooLarge, extract_article
from crawler.extract.document import (LARGE_PAGE_MARK, MAX_PAGE_BYTES, Document,
                                      flatten_nesting, within_limits)

URL = "https://example.vn/tin-tuc/bai-viet-1.html"
PARAGRAPH = ("<p>Sáng nay, tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm, đánh giá kết "
             "quả phát triển kinh tế - xã hội và đề ra nhiệm vụ mới số {n}.</p>\n")


def page(inner: str, title: str = "Bài kiểm tra") -> str:
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{inner}"
            f"</body></html>")


def paragraphs(count: int) -> str:
    return "".join(PARAGRAPH.format(n=n) for n in range(count))


def test_a_page_nested_100000_divs_deep_keeps_its_text():
    html = page("<div>" * 100_000 + paragraphs(5) + "</div>" * 100_000, "Bài lồng sâu")
    article = extract_article(html.encode(), URL)
    assert article.title == "Bài lồng sâu"
    assert article.body.count("Sáng nay, tỉnh Thái Bình") == 5


def test_unwrapping_keeps_every_word_and_the_outer_structure():
    flat = flatten_nesting(b"<div class='a'><section><div><p>M\xe1\xbb\x99t</p><br><p>Hai</p>"
                           b"</div></section><p>Ba</p></div>", limit=2)
    assert flat == b"<div class='a'><section>M\xe1\xbb\x99t<br>Hai</section><p>Ba</p></div>"
    # a "<div>" inside a script or a comment is not a tag
    assert flatten_nesting(b"<div><script>x = '<div>'</script><!-- <div> --></div>",
                           limit=1) == b"<div><script>x = '<div>'</script><!-- <div> --></div>"


def test_inline_images_and_scripts_do_not_count_against_the_limit():
    image = "data:image/png;base64," + "iVBORw0KGgo" * 600_000  # 6.6 MB of one photo
    html = page(f"<div class='content'>{paragraphs(8)}<img src='{image}'>"
                f"<script>var big = '{'x' * 1_000_000}';</script></div>")
    assert len(html) > MAX_PAGE_BYTES
    article = extract_article(html.encode(), URL)
    assert article.body.count("Sáng nay") == 8
    assert len(within_limits(html.encode())) < 10_000


def test_a_large_page_is_read_by_the_walk_and_keeps_every_paragraph():
    html = page("<div class='content'>" + paragraphs(25_000) + "</div>")  # 4.7 MB
    doc = Document.parse(html.encode(), URL)
    assert doc.selector.root.get(LARGE_PAGE_MARK)  # trafilatura is not run on it
    article = extract_article(html.encode(), URL)
    assert article.body.count("Sáng nay, tỉnh Thái Bình") == 25_000


def test_a_page_over_the_limit_is_refused_with_its_reason(tmp_path):
    html = page("<div class='content'>" + paragraphs(40_000) + "</div>")  # 7.5 MB
    with pytest.raises(PageTooLarge, match="page too large: 7.5 MB"):
        extract_article(html.encode(), URL)
    saved = tmp_path / "huge.html"
    saved.write_text(html, encoding="utf-8")
    run = run_vnnews("extract", str(saved), "--url", URL)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "page too large" in run.stderr, run.stderr


def test_a_crawl_counts_a_page_too_large_to_read_and_keeps_it_in_the_frontier(tmp_path):
    replay, db = tmp_path / "replay", tmp_path / "news.db"
    urls = thaibinhtv_site(replay, 4)
    big = replay / urls[0].rsplit("/", 1)[-1] / "page.html"
    big.write_text(page("<div class='content'>" + paragraphs(40_000) + "</div>"),
                   encoding="utf-8")
    run = run_vnnews("crawl", "thaibinhtv", "--replay", str(replay), "--db", str(db), "-q")
    dropped = [line for line in run.stderr.splitlines() if "Dropped" in line]
    assert len(dropped) == 1 and dropped[0].endswith(f"Dropped page_too_large: {urls[0]}"), \
        run.stderr
    with sqlite3.connect(db) as conn:
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
        stored = {u for (u,) in conn.execute("SELECT url FROM articles")}
        frontier = conn.execute("SELECT url, tries, last_error FROM crawl_frontier").fetchall()
    assert stats["vnnews/dropped/page_too_large"] == 1
    assert stored == set(urls[1:])
    assert frontier == [(urls[0], 1, "dropped_page_too_large")]
