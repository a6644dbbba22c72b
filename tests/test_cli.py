"""The command line: help, errors as one line with a non-zero status, extract, scrapy list."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT, article_cases


def test_scrapy_list_names_the_profiles():
    run = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "thaibinhtv" in run.stdout.split()


def test_extract_prints_the_golden_article(vnnews):
    case = next(c for c in article_cases() if c.name == "seed-2020-05-28")
    meta = case.meta
    run = vnnews("extract", str(case.path / "page.html"), "--url", meta["url"],
                 "--fetched-at", meta["fetched_at"])
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    expected = case.expected
    assert {k: printed[k] for k in expected} == expected
    assert printed["provenance"]["title"] == "site"


@pytest.mark.parametrize("args, message", [
    (["crawl", "nosuchsite"], "unknown site 'nosuchsite'"),
    (["crawl"], "name at least one site"),
    (["crawl", "thaibinhtv", "--since", "not a date"], "cannot read the date"),
    (["crawl", "thaibinhtv", "--replay", "/nonexistent/dir"], "replay directory not found"),
    (["crawl", "thaibinhtv", "--max-articles", "0"], "--max-articles"),
    (["extract", "/nonexistent/page.html", "--url", "https://thaibinhtv.vn/a.html"], "cannot read"),
    (["extract", str(FIXTURES / "thaibinhtv" / "seed-2020-05-28" / "page.html"), "--url", "ftp://x"],
     "not an http(s) URL"),
    (["search", "dang bo", "--db", "/nonexistent/news.db"], "no archive at"),
    (["stats", "--db", "/nonexistent/news.db"], "no archive at"),
    (["frobnicate"], "No such command"),
])
def test_user_mistakes_are_one_line_and_exit_2(vnnews, args, message):
    run = vnnews(*args)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vnnews: error:"), run.stderr
    assert message in lines[0]
    assert "Traceback" not in run.stderr


def test_malformed_search_is_one_line(vnnews, tmp_path):
    from crawler.archive.storage import Archive
    Archive(tmp_path / "x.db").close()
    run = vnnews("search", '"unbalanced', "--db", str(tmp_path / "x.db"))
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert "malformed search query" in run.stderr


COMMANDS = sorted(__import__("crawler.cli", fromlist=["cli"]).cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command):
    """Each command's help has an example (or is trivial), and the README shows it."""
    from click.testing import CliRunner

    from crawler.cli import cli

    run = CliRunner().invoke(cli, [command, "--help"])
    assert run.exit_code == 0
    if command not in ("sites", "stats"):
        assert "Example" in run.output, command
    assert f"vnnews {command}" in (ROOT / "README.md").read_text(encoding="utf-8"), command


def test_sites_lists_thaibinhtv(vnnews):
    run = vnnews("sites")
    assert run.returncode == 0
    assert "thaibinhtv" in [line.split()[0] for line in run.stdout.splitlines() if line.strip()]


def test_every_profile_has_fixtures():
    from crawler.sites import all_profiles
    for name in all_profiles():
        assert any(c.site == name for c in article_cases()), f"{name} has no fixture cases"


def test_extract_explain_names_each_fields_layer(vnnews):
    case = next(c for c in article_cases() if c.name == "seed-2020-05-28")
    run = vnnews("extract", str(case.path / "page.html"), "--explain")
    assert run.returncode == 0, run.stderr
    rows = {line.split()[0]: line.split()[1] for line in run.stdout.splitlines()[2:]
            if len(line.split()) > 2}
    assert rows["title"] == "site" and rows["views"] == "site"
    assert rows["published_at"] == "site" and rows["authors"] == "heuristic"


def test_record_saves_a_case_from_a_local_server(tmp_path, vnnews):
    from crawler.crawling.replay import ReplayServer, SavedPage

    seed = FIXTURES / "thaibinhtv" / "seed-2020-05-28"
    page = SavedPage(url="http://placeholder/x", path=seed / "page.html",
                     headers={"Content-Type": "text/html; charset=utf-8"}, captured_at=None)
    with ReplayServer({}) as server:
        url = f"{server.url}/tin-tuc/thoi-su/bai-moi-12345.html"
        server.pages[url] = page
        server.by_path["/tin-tuc/thoi-su/bai-moi-12345.html"] = page
        run = vnnews("record", url, "--site", "demo", "--fixtures", str(tmp_path))
        again = vnnews("record", url, "--site", "demo", "--fixtures", str(tmp_path))
    assert run.returncode == 0, run.stderr
    case = tmp_path / "demo" / "bai-moi-12345"
    assert (case / "page.html").read_bytes() == (seed / "page.html").read_bytes()
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    assert meta["url"] == url and meta["headers"]["Content-Type"].startswith("text/html")
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert expected["title"] == "Phát triển công nghiệp, thương mại hiện đại"
    assert "provenance" not in expected
    assert again.returncode == 2 and "exists already" in again.stderr


def test_record_refuses_what_robots_txt_disallows(tmp_path, vnnews):
    from crawler.crawling.replay import ReplayServer, SavedPage

    robots = tmp_path / "robots.txt"
    robots.write_text("User-agent: *\nDisallow: /\n")
    page = SavedPage(url="http://x/robots.txt", path=robots,
                     headers={"Content-Type": "text/plain"}, captured_at=None)
    with ReplayServer({}) as server:
        server.by_path["/robots.txt"] = page
        run = vnnews("record", f"{server.url}/a.html", "--fixtures", str(tmp_path))
    assert run.returncode == 2 and "disallows" in run.stderr


def test_replay_server_runs_on_its_own(tmp_path):
    """`python -m crawler.crawling.replay DIR` serves saved pages on loopback, by path."""
    import urllib.request

    server = subprocess.Popen([sys.executable, "-m", "crawler.crawling.replay",
                               str(FIXTURES / "thaibinhtv")], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        first_line = server.stdout.readline()
        assert first_line.startswith("serving ") and "127.0.0.1" in first_line
        url = first_line.split()[-1]
        seed = next(c for c in article_cases() if c.name == "seed-2020-05-28")
        path = seed.meta["url"].split("thaibinhtv.vn", 1)[1]
        with urllib.request.urlopen(url + path, timeout=10) as response:
            assert response.read() == seed.html
    finally:
        server.terminate()
        server.wait(timeout=10)


EXPLAINED_PAGE = """<html><head><meta charset="utf-8">
<meta name="keywords" content="thuế, giảm trừ gia cảnh">
<meta property="article:published_time" content="2022-01-20T13:39:00+07:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-01-20T13:39:00+08:00"}</script>
</head><body><h1>Sẽ nâng mức giảm trừ gia cảnh khi sửa luật thuế</h1><div class="date">20/01/2022 13:39</div>
<div class="detail-content"><p>Bộ trưởng Tài chính cho biết mức giảm trừ gia cảnh hiện thấp so với cuộc sống tại các đô thị.</p>
<p>Bộ Tài chính đã kiến nghị đưa Luật thuế thu nhập cá nhân vào chương trình sửa đổi năm tới.</p></div>
<div class="box"><h3>Tin liên quan</h3><ul><li><a href="/thue/dai-bieu-noi-cach-tinh-thue-da-lac-hau-1.html">Đại biểu nói cách tính thuế đã lạc hậu</a></li></ul></div>
<div class="box"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/kinh-te/gia-vang-hom-nay-tang-manh-2.html">Giá vàng hôm nay tăng mạnh trở lại</a></li></ul></div>
</body></html>"""


def test_extract_explain_shows_the_rejected_candidates(tmp_path, vnnews):
    page = tmp_path / "page.html"
    page.write_text(EXPLAINED_PAGE, encoding="utf-8")
    run = vnnews("extract", str(page), "--url", "https://baotinh.example.vn/thue/sua-luat-3.html",
                 "--explain")
    assert run.returncode == 0, run.stderr
    chosen, _, rejected = run.stdout.partition("rejected candidates")
    assert "2022-01-20T13:39:00+07:00" in chosen and "dai-bieu-noi-cach-tinh-thue" in chosen
    lines = rejected.splitlines()
    assert any(line.startswith("published_declared") and "+08:00" in line
               and "offset contradicts" in line for line in lines)
    assert any(line.startswith("related") and "Giá vàng hôm nay" in line
               and "'Tin cùng chuyên mục' is not the article's own" in line for line in lines)
    assert any(line.startswith("tags") and "meta keywords" in line for line in lines)
