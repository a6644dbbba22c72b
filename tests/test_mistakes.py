"""A careless user's mistakes and a hostile file's surprises: one line each, the right exit
status, never a traceback (issue #10, items 7, 8, 9, 11, 16)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, run_vnnews
from crawler.archive.storage import Archive
from crawler.items import Article, Page

THAIBINHTV = FIXTURES / "thaibinhtv"


def one_line(run, status: int = 2) -> str:
    """The single stderr line of a run that failed with ``status``."""
    lines = run.stderr.strip().splitlines()
    assert run.returncode == status, (run.returncode, run.stderr[-2000:])
    assert len(lines) == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    return lines[0]


def small_archive(path: Path, *, corrupt_page: bool = False) -> Path:
    """Two hand-made articles with raw pages; optionally one raw page that is not zlib."""
    with Archive(path) as archive:
        for i, (title, body) in enumerate([
                ("Đại hội Đảng bộ tỉnh", "Đại hội Đảng bộ tỉnh Thái Bình khai mạc sáng nay."),
                ("Nông dân thu hoạch lúa", "Nông dân Thái Bình khẩn trương thu hoạch lúa xuân.")]):
            url = f"https://thaibinhtv.vn/tin-tuc/thoi-su/bai-{i}-{1000 + i}.html"
            html = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                    f"<p>{body}</p></body></html>").encode()
            archive.store(Article(url=url, site="thaibinhtv", title=title, body=body,
                                  fetched_at="2026-01-01T00:00:00Z", authors=["Duy Huy"],
                                  published_at=f"2024-0{i + 1}-01T08:00:00+07:00"),
                          Page(url=url, body=html, status=200,
                               content_type="text/html; charset=utf-8", headers={}))
        if corrupt_page:
            archive.db.execute("UPDATE pages SET body = x'00112233' WHERE rowid = "
                               "(SELECT min(rowid) FROM pages)")
    return path


# ---- item 7: start-up problems, before the engine starts ----

@pytest.mark.parametrize("setting, message", [
    ("DOWNLOAD_TIMEOUT=abc", "DOWNLOAD_TIMEOUT"),
    ("CONCURRENT_REQUESTS=many", "CONCURRENT_REQUESTS"),
    ("ROBOTSTXT_OBEY=perhaps", "ROBOTSTXT_OBEY"),
    ("DOWNLOAD_DELY=5", "unknown setting"),
    ("=5", "NAME=VALUE"),
])
def test_a_bad_setting_is_one_line(tmp_path, setting, message):
    run = run_vnnews("crawl", "thaibinhtv", "--replay", str(THAIBINHTV), "--db",
                     str(tmp_path / "n.db"), "-s", setting)
    assert message in one_line(run)


def test_a_good_setting_is_accepted(tmp_path):
    run = run_vnnews("crawl", "thaibinhtv", "--replay", str(THAIBINHTV), "--db",
                     str(tmp_path / "n.db"), "-q", "-s", "DOWNLOAD_TIMEOUT=60",
                     "-s", "ROBOTSTXT_OBEY=False", "-s", "VNNEWS_CONTACT=mailto:a@b.c")
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("meta, message", [
    ("{bad json", "not valid JSON"),
    ('["a list"]', "not a JSON object"),
    ('{"url": 5}', "url"),
    ('{"url": "https://thaibinhtv.vn/a.html", "status": "ok"}', "status"),
    ('{"url": "https://thaibinhtv.vn/a.html", "headers": ["x"]}', "headers"),
    ('{"url": "https://thaibinhtv.vn/a.html", "fault": "slow"}', "fault"),
])
def test_a_bad_replay_meta_json_is_one_line(tmp_path, meta, message):
    case = tmp_path / "replay" / "case"
    case.mkdir(parents=True)
    (case / "meta.json").write_text(meta, encoding="utf-8")
    (case / "page.html").write_text("<html></html>", encoding="utf-8")
    run = run_vnnews("crawl", "thaibinhtv", "--replay", str(tmp_path / "replay"), "--db",
                     str(tmp_path / "n.db"))
    line = one_line(run)
    assert "meta.json" in line and message in line
    assert not (tmp_path / "n.db").exists() or "no listing page" not in run.stderr


def test_a_replay_directory_without_pages_is_one_line(tmp_path):
    (tmp_path / "replay").mkdir()
    run = run_vnnews("crawl", "thaibinhtv", "--replay", str(tmp_path / "replay"), "--db",
                     str(tmp_path / "n.db"))
    assert "no saved pages" in one_line(run)


# ---- item 8: crashes ----

@pytest.mark.parametrize("query", ["*", "author:x", "title:", "AND", "OR", "NOT", "NEAR",
                                   "(", ")", "^", '"', "-", "NEAR(a b", "a OR", "sapo:*"])
def test_every_fts5_column_filter_and_lone_operator_is_one_line(tmp_path, query):
    db = small_archive(tmp_path / "n.db")
    run = run_vnnews("search", query, "--db", str(db))
    if run.returncode == 0:  # some of these are valid FTS5 after all ("sapo:*" is not)
        assert "Traceback" not in run.stderr
        return
    line = one_line(run)
    assert "search query" in line


def test_a_column_filter_names_the_columns(tmp_path):
    db = small_archive(tmp_path / "n.db")
    line = one_line(run_vnnews("search", "author:x", "--db", str(db)))
    assert "author" in line and "title, sapo, body" in line


def test_search_on_an_archive_with_a_corrupt_raw_page_goes_on(tmp_path):
    db = small_archive(tmp_path / "n.db", corrupt_page=True)
    run = run_vnnews("search", "thai binh", "--db", str(db), "--json")
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.splitlines()) == 2


def test_reparse_names_a_corrupt_raw_page_skips_it_and_goes_on(tmp_path):
    db = small_archive(tmp_path / "n.db", corrupt_page=True)
    run = run_vnnews("reparse", "--db", str(db))
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout.startswith("2 articles reparsed")
    assert "1 raw page unreadable" in run.stdout
    assert "https://thaibinhtv.vn/tin-tuc/thoi-su/bai-0-1000.html" in run.stderr
    assert "zlib" in run.stderr


def test_warc_export_names_a_corrupt_raw_page_skips_it_and_goes_on(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    db = small_archive(tmp_path / "n.db", corrupt_page=True)
    out = tmp_path / "x.warc.gz"
    run = run_vnnews("export", "--format", "warc", "--out", str(out), "--db", str(db))
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "bai-0-1000.html" in run.stderr
    with open(out, "rb") as stream:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)
                if r.rec_type == "response"]
    assert uris == ["https://thaibinhtv.vn/tin-tuc/thoi-su/bai-1-1001.html"]


@pytest.mark.parametrize("url", ["http://[::1", "http://[x]/a", "not a url at all"])
def test_views_of_a_malformed_url_is_one_line(tmp_path, url):
    db = small_archive(tmp_path / "n.db")
    line = one_line(run_vnnews("views", url, "--db", str(db)))
    assert url in line


@pytest.mark.parametrize("command", [["search", "thai binh"], ["stats"],
                                     ["export", "--format", "jsonl"],
                                     ["views", "https://thaibinhtv.vn/tin-tuc/thoi-su/bai-0-1000.html"]],
                         ids=lambda c: c[0])
def test_a_reader_that_closes_the_pipe_early_is_not_an_error(tmp_path, command):
    """`vnnews search ... | head -1`: the pipe's reader is gone before vnnews writes."""
    db = small_archive(tmp_path / "n.db")
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", *command, "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # long before the interpreter has started
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0, stderr
    assert stderr == "" or "Traceback" not in stderr


# ---- item 9: extracting something that is not an article ----

@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
                                     b"   \n\t\n", b"<html><body></body></html>"],
                         ids=["empty", "binary", "blank", "empty-html"])
def test_extracting_a_file_without_an_article_is_one_line(tmp_path, content):
    page = tmp_path / "page.bin"
    page.write_bytes(content)
    run = run_vnnews("extract", str(page), "--url", "https://thaibinhtv.vn/a-1.html")
    assert one_line(run, status=1) == f"vnnews: no article found in {page}"
    assert run.stdout == ""


# ---- item 11: record writes only inside its fixtures folder ----

@pytest.mark.parametrize("option, value", [
    ("--case", "../../x"), ("--case", ".."), ("--case", "a/b"), ("--case", "ABSOLUTE"),
    ("--site", "../../../escaped-site"), ("--site", "."), ("--site", "ABSOLUTE"),
    ("--case", ""), ("--site", "a\\b"),
])
def test_record_refuses_a_case_or_site_that_is_not_one_folder_name(tmp_path, option, value):
    from crawler.crawling.replay import ReplayServer, SavedPage

    seed = THAIBINHTV / "seed-2020-05-28"
    page = SavedPage(url="http://placeholder/x", path=seed / "page.html",
                     headers={"Content-Type": "text/html; charset=utf-8"}, captured_at=None)
    fixtures = tmp_path / "a" / "b" / "c" / "fixtures"
    fixtures.mkdir(parents=True)
    with ReplayServer({}) as server:  # an http.server on 127.0.0.1
        server.by_path["/tin-tuc/bai-12345.html"] = page
        if value == "ABSOLUTE":
            value = str(tmp_path / "elsewhere")
        run = run_vnnews("record", f"{server.url}/tin-tuc/bai-12345.html", option, value,
                         "--fixtures", str(fixtures))
    assert option in one_line(run)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == []


# ---- item 16: a filter that matches nothing says which ----

def test_search_with_an_unknown_site_says_so(tmp_path):
    db = small_archive(tmp_path / "n.db")
    line = one_line(run_vnnews("search", "thai binh", "--site", "thaibinh", "--db", str(db)))
    assert "--site 'thaibinh'" in line and "thaibinhtv" in line


@pytest.mark.parametrize("args, message", [
    (["--author", "Ai Đó"], "--author 'Ai Đó'"),
    (["--since", "2030-01-01"], "--since 2030-01-01"),
    (["--until", "2000-01-01"], "--until 2000-01-01"),
])
def test_search_with_a_filter_matching_no_article_names_it(tmp_path, args, message):
    db = small_archive(tmp_path / "n.db")
    run = run_vnnews("search", "thai binh", *args, "--db", str(db))
    assert run.returncode == 0 and run.stdout == ""
    assert message in run.stderr and "no archived article" in run.stderr


def test_search_without_hits_but_with_matching_filters_blames_the_query(tmp_path):
    db = small_archive(tmp_path / "n.db")
    run = run_vnnews("search", "bong da", "--author", "duy huy", "--db", str(db))
    assert run.returncode == 0
    assert run.stderr.strip() == "no articles match 'bong da'"


@pytest.mark.parametrize("command", [["export", "--format", "jsonl"], ["reparse"]])
def test_other_commands_with_an_unknown_site_say_so(tmp_path, command):
    db = small_archive(tmp_path / "n.db")
    line = one_line(run_vnnews(*command, "--site", "nosuch", "--db", str(db)))
    assert "--site 'nosuch'" in line
