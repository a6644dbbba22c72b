"""Search that means what a Vietnamese reader means (issue #10, items 13 and 15): a query typed
with diacritics matches them exactly, a query typed without finds every spelling, and exact
phrases and exact spellings rank first; snippets keep the three-line layout."""

from __future__ import annotations

import pytest
import sqlite_utils

from conftest import run_vnnews
from crawler.archive.storage import MIGRATIONS, SCHEMA_VERSION, Archive, migration_names
from crawler.items import Article

BASE = "https://thaibinhtv.vn/tin-tuc/thoi-su/"
TEXTS = {
    # The article a reader typing "dai hoi dang bo" wants.
    "dai-hoi": ("Khai mạc tại thành phố Thái Bình",
                "Sáng nay, Đại hội Đảng bộ tỉnh lần thứ XX khai mạc tại thành phố Thái Bình, "
                "với sự tham dự của các đại biểu đại diện cho các tổ chức cơ sở trong tỉnh, "
                "lực lượng vũ trang, doanh nghiệp và các cơ quan, sở, ngành."),
    # Every word of "dai hoi dang bo", folded, but not that phrase (the false hit);
    # in its title, so bm25 alone ranks it first.
    "ven-bien": ("Đường bộ ven biển kéo dài đang thi công",
                 "Các tuyến đường bộ ven biển, đường Thái Bình - Hà Nam kéo dài đang được "
                 "đầu tư, phục vụ phát triển kinh tế - xã hội."),
    # "Đảng" and "bố", not "bộ": "Đảng bộ" typed with its marks must not find it.
    "bo-tri": ("Tiêm vắc xin cho công nhân",
               "Các điểm tiêm được bố trí ngay tại khu công nghiệp; Đảng ủy cơ sở phối "
               "hợp tổ chức."),
    # The two placements of a tone mark: "hoà" (old style) and "thuỷ".
    "hoa-binh": ("Xã Hoà Bình làm thuỷ lợi", "Nông dân xã Hoà Bình nạo vét kênh mương."),
    # "ban" as written, against "bán" many times (bm25 alone prefers the latter).
    "ban-chi-dao": ("Ban chỉ đạo họp", "Ban chỉ đạo tỉnh họp phiên thường kỳ."),
    "ban-hang": ("Bán hàng Tết", "Bán hàng, bán lẻ, bán buôn: chợ Tết bán đắt hàng."),
}


def url(key: str) -> str:
    return f"{BASE}{key}.html"


def article(key: str, title: str, body: str) -> Article:
    return Article(url=url(key), site="thaibinhtv", title=title, body=body,
                   fetched_at="2026-01-01T00:00:00Z")


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "news.db") as a:
        for key, (title, body) in TEXTS.items():
            a.store(article(key, title, body))
        yield a


def found(archive: Archive, query: str) -> list[str]:
    return [h["url"].removeprefix(BASE).removesuffix(".html")
            for h in archive.search(query, limit=50)]


def test_a_query_with_diacritics_matches_them_exactly(archive):
    assert found(archive, "Đảng bộ") == ["dai-hoi"]
    assert found(archive, "Đại hội Đảng bộ") == ["dai-hoi"]
    assert found(archive, "bố trí") == ["bo-tri"]


def test_a_query_without_diacritics_finds_every_spelling_exact_phrase_first(archive):
    hits = found(archive, "dai hoi dang bo")
    assert hits[0] == "dai-hoi" and "ven-bien" in hits
    hits = found(archive, "dang bo")
    assert hits[0] == "dai-hoi" and set(hits) == {"dai-hoi", "ven-bien", "bo-tri"}


def test_in_a_query_typed_with_marks_the_unmarked_words_are_exact_too(archive):
    """Whoever types marks writes "khu kinh tế" ("khu", "kinh" have none): "bo" is "bo"."""
    assert found(archive, "Đảng bo") == []
    assert found(archive, "tỉnh lần thứ XX") == ["dai-hoi"]


def test_a_word_as_written_ranks_above_its_folded_spellings(archive):
    assert found(archive, "ban") == ["ban-chi-dao", "ban-hang"]


def test_either_placement_of_a_tone_mark_matches(archive):
    assert found(archive, "hòa bình") == ["hoa-binh"]
    assert found(archive, "Hoà Bình") == ["hoa-binh"]
    assert found(archive, "thủy lợi") == ["hoa-binh"]


def test_fts5_syntax_typed_with_marks_is_matched_exactly(archive):
    assert found(archive, '"Đảng bộ" tỉnh') == ["dai-hoi"]
    assert set(found(archive, "đảng*")) == {"dai-hoi", "bo-tri"}
    assert found(archive, "title:bộ") == ["ven-bien"]
    assert found(archive, '"dang bo"') == ["dai-hoi"]


def test_the_exact_index_follows_updates_and_deletes(archive):
    archive.store(article("dai-hoi", "Hội nghị tỉnh", "Hội nghị cán bộ tỉnh."))
    assert found(archive, "Đảng bộ") == []
    assert found(archive, "cán bộ") == ["dai-hoi"]
    archive.db.execute("DELETE FROM articles WHERE url = ?", [url("dai-hoi")])
    assert found(archive, "cán bộ") == []
    for table in ("articles_fts", "articles_fts_exact"):
        archive.db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_the_search_command_ranks_the_phrase_first(tmp_path, archive):
    run = run_vnnews("search", "dai hoi dang bo", "--db", str(archive.path))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == TEXTS["dai-hoi"][0]


# ---- snippets keep the three-line layout (item 15) ----

def test_snippets_have_no_line_breaks_and_each_hit_is_three_lines(tmp_path):
    db = tmp_path / "news.db"
    body = "\n\n".join(f"Đoạn {i}: tỉnh Thái Bình đẩy mạnh chuyển đổi số." for i in range(8))
    with Archive(db) as archive:
        archive.store(article("nhieu-doan", "Chuyển đổi số", body))
        archive.store(article("mot-doan", "Chuyển đổi số ở xã", "Xã làm chuyển đổi số.\n\n"
                              "Người dân\n\nđược hướng dẫn."))
        hits = archive.search("chuyen doi so")
    assert hits and all("\n" not in h["snippet"] for h in hits)
    run = run_vnnews("search", "chuyen doi so", "--db", str(db))
    blocks = run.stdout.rstrip("\n").split("\n\n")
    assert len(blocks) == 2 and all(len(b.splitlines()) == 3 for b in blocks), run.stdout


# ---- the migration (m004) on an older archive ----

def test_a_schema_2_archive_gets_the_exact_index_with_its_rows(tmp_path):
    old = tmp_path / "old.db"
    db = sqlite_utils.Database(old)
    MIGRATIONS.apply(db, stop_before=[n for n in migration_names() if n.startswith("m004")])
    db.execute("PRAGMA user_version = 2")
    db["articles"].insert({"url": url("cu"), "site": "thaibinhtv", "title": "Tin cũ",
                           "body": "Đảng bộ xã họp.", "authors": "[]",
                           "fetched_at": "2025-01-01T00:00:00Z"})
    db.close()
    assert "articles_fts_exact" not in sqlite_utils.Database(old).table_names()
    with Archive(old) as archive:
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert found(archive, "Đảng bộ") == ["cu"]
        assert found(archive, "bố") == []
