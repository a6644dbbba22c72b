"""`vnnews sites`: the profiles, with what is verified about each."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import FIXTURES, article_cases, query


def rows_of(stdout: str) -> dict[str, list[str]]:
    """Table rows by their first cell (the header and the rule line included)."""
    return {line.split()[0]: line.split() for line in stdout.splitlines() if line.strip()}


def test_sites_says_which_profiles_rest_on_real_addresses(vnnews):
    run = vnnews("sites")
    assert run.returncode == 0, run.stderr
    rows = rows_of(run.stdout)
    assert rows["site"][:3] == ["site", "domains", "verified"]
    assert rows["thaibinhtv"][1:3] == ["thaibinhtv.vn", "yes"]
    assert rows["baovinhphuc"][1:3] == ["baovinhphuc.com.vn", "no"]


def test_sites_lists_the_provincial_press_with_what_is_verified(vnnews):
    run = vnnews("sites")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    thaibinhtv = next(line for line in lines if "thaibinhtv.vn" in line and "Hưng Yên" in line)
    assert "Hưng Yên (Thái Bình)" in thaibinhtv and "archive" in thaibinhtv
    assert " yes " in thaibinhtv and thaibinhtv.rstrip().endswith("1 issue, 1 pages")
    vinhphuc = next(line for line in lines if "baovinhphuc.com.vn" in line and "Phú Thọ" in line)
    assert " no " in vinhphuc and vinhphuc.rstrip().endswith("none")
    assert any(line.startswith("Sơn La") and "no outlet address found" in line for line in lines)
    assert "34 provinces and cities since 1 July 2025 (23 merged); 33 have an outlet domain " \
           "verified by real addresses (not: Sơn La)" in run.stdout


def test_sites_json_has_every_province_and_its_evidence(vnnews):
    run = vnnews("sites", "--json")
    data = json.loads(run.stdout)
    assert len(data["provinces"]) == 34
    assert {p["name"]: p["verified"] for p in data["profiles"]}["baovinhphuc"] is False
    hung_yen = next(p for p in data["provinces"] if p["name"] == "Hưng Yên")
    assert hung_yen["merged_from"] == ["Hưng Yên", "Thái Bình"]
    tbtv = next(o for o in hung_yen["outlets"] if o["profile"] == "thaibinhtv")
    assert {"url": "https://thaibinhtv.vn/news/0/72421/bao-thai-binh-ky-niem-60-nam-ngay-ra-so-"
                   "bao-dau-tien", "found": "issue",
            "note": "article (tests/fixtures/thaibinhtv/real_urls.txt)"} in tbtv["evidence"]


def saved_page(folder: Path, url: str, html: str) -> None:
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(html, encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps(
        {"url": url, "fetched_at": "2026-01-01T00:00:00Z",
         "headers": {"Content-Type": "text/html; charset=utf-8"}}), encoding="utf-8")


def test_crawl_all_under_replay_crawls_only_the_sites_saved(tmp_path, vnnews):
    """--all: the profiles and the outlets without one (from their home page, generic layers);
    with --replay only those whose start page is saved: here thaibinhtv and baohungyen.vn."""
    replay = tmp_path / "replay"
    shutil.copytree(FIXTURES / "thaibinhtv", replay / "thaibinhtv")
    cases = [c for c in article_cases() if c.site == "generic"][:3]
    urls = [f"https://baohungyen.vn/kinh-te/202601/bai-{i}-{i}a{i}b{i}c/" for i in range(3)]
    for i, (case, url) in enumerate(zip(cases, urls)):
        target = replay / "baohungyen" / f"article-{i}"
        shutil.copytree(case.path, target)
        meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
        (target / "meta.json").write_text(json.dumps({**meta, "url": url}), encoding="utf-8")
    items = "".join(f'<div class="item"><h3><a href="{u}">{c.expected["title"]}</a></h3>'
                    f'<p>{c.expected["body"][:200]}</p></div>' for u, c in zip(urls, cases))
    saved_page(replay / "baohungyen" / "home", "https://baohungyen.vn/",
               f"<html><head><title>Báo Hưng Yên</title></head><body><h1>Tin mới</h1>"
               f"<div class='list'>{items}</div></body></html>")
    db = tmp_path / "x.db"
    run = vnnews("crawl", "--all", "--replay", str(replay), "--db", str(db))
    assert run.returncode == 0, run.stdout + run.stderr
    runs = {site for (site,) in query(db, "SELECT site FROM crawl_runs")}
    assert runs == {"thaibinhtv", "baohungyen.vn"}
    stored = dict(query(db, "SELECT site, count(*) FROM articles GROUP BY site"))
    assert stored == {"thaibinhtv": 8, "baohungyen.vn": 3}
