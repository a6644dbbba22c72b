"""import-warc on damaged and hostile files: incomplete records are found with warcio's own
checks (Content-Length, digests, WARC-Truncated), counted and skipped; an import never
replaces a stored article with a poorer extraction unless asked (issue #10, items 1 and 8)."""

from __future__ import annotations

import gzip
import sqlite3
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import FIXTURES, query, run_vnnews

CONTENT = "url, title, sapo, body, authors, published_at, views, tags, related, images"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A crawled archive of the thaibinhtv fixtures and its WARC export."""
    folder = tmp_path_factory.mktemp("warc")
    db, warc = folder / "news.db", folder / "all.warc.gz"
    crawl = run_vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"),
                       "--db", str(db), "-q")
    assert crawl.returncode in (0, 1), crawl.stderr
    run = run_vnnews("export", "--format", "warc", "--out", str(warc), "--db", str(db))
    assert run.returncode == 0, run.stderr
    return db, warc


def copy_of(db: Path, target: Path) -> Path:
    with sqlite3.connect(db) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def record_spans(warc: Path) -> list[tuple[str, int, int]]:
    """(type, offset, length) in the file of every record."""
    spans = []
    with open(warc, "rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            records.read_to_end()
            spans.append((record.rec_type, records.get_record_offset(),
                          records.get_record_length()))
    return spans


def response_spans(warc: Path) -> list[tuple[int, int]]:
    return [(offset, length) for kind, offset, length in record_spans(warc)
            if kind == "response"]


def import_cut(exported, tmp_path, cut: int):
    db, warc = exported
    half = tmp_path / "cut.warc.gz"
    half.write_bytes(warc.read_bytes()[:cut])
    target = copy_of(db, tmp_path / "copy.db")
    return run_vnnews("import-warc", str(half), "--db", str(target)), target


def test_a_warc_cut_in_half_changes_no_article_and_exits_non_zero(exported, tmp_path):
    """The issue's reproduction: export, `head -c $((size/2))`, import into a copy."""
    db, warc = exported
    cut = warc.stat().st_size // 2
    run, target = import_cut(exported, tmp_path, cut)
    assert query(target, f"SELECT {CONTENT} FROM articles ORDER BY url") == \
        query(db, f"SELECT {CONTENT} FROM articles ORDER BY url")
    assert "Traceback" not in run.stderr
    inside = [kind for kind, offset, length in record_spans(warc) if offset < cut < offset + length]
    if inside:  # today's fixtures: the cut falls inside a record
        assert run.returncode == 1 and "1 incomplete" in run.stdout, (run.stdout, run.stderr)
    else:
        assert run.returncode == 0 and "incomplete" not in run.stdout


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9], ids=["start", "middle", "end"])
def test_a_warc_cut_inside_a_response_skips_and_counts_it(exported, tmp_path, where):
    db, warc = exported
    spans = response_spans(warc)
    offset, length = spans[len(spans) // 2]
    run, target = import_cut(exported, tmp_path, offset + int(length * where))
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "1 incomplete" in run.stdout
    assert len(run.stderr.strip().splitlines()) == 1 and "skipped" in run.stderr
    assert f"{len(spans) // 2} articles stored" in run.stdout
    assert query(target, f"SELECT {CONTENT} FROM articles ORDER BY url") == \
        query(db, f"SELECT {CONTENT} FROM articles ORDER BY url")


def block_is_whole(data: bytes, offset: int, end: int, cut: int) -> bool:
    """Whether a cut at ``cut`` leaves the gzip member ``data[offset:end]`` holding its whole
    record but the two CRLFs after the block (and the gzip trailer): nothing of it is lost."""
    whole = len(zlib.decompressobj(31).decompress(data[offset:end]))
    kept = len(zlib.decompressobj(31).decompress(data[offset:cut]))
    return kept >= whole - len(b"\r\n\r\n")


def test_a_cut_anywhere_inside_any_record_is_counted_incomplete(exported):
    """Every cut position, every kind of record (warcinfo and request too), every part of one
    (its gzip header, its WARC headers, its HTTP headers, its body): counted, never passed off
    as a shorter complete file.  warcio alone ends quietly at a member cut before its headers
    are whole, or yields a record with half a header."""
    from crawler.archive.warc import ImportReport, html_responses

    _, warc = exported
    data = warc.read_bytes()
    spans = [(offset, offset + length) for _, offset, length in record_spans(warc)]
    missed, false_alarms = [], []
    for cut in [*range(1, len(data), 13), *(end for _, end in spans)]:
        report = ImportReport()
        list(html_responses(BytesIO(data[:cut]), report))
        offset, end = next((o, e) for o, e in spans if o < cut <= e)
        whole = block_is_whole(data, offset, end, cut)
        if whole and report.incomplete:
            false_alarms.append((cut, report.incomplete))
        if not whole and not report.incomplete:
            missed.append(cut)
    assert missed == [] and false_alarms == []


def test_a_cut_anywhere_in_an_uncompressed_warc_is_counted_incomplete(exported):
    """The same for a WARC that is not gzipped: a cut counts unless it leaves whole records
    (and at most part of the two CRLFs that close the last)."""
    from crawler.archive.warc import ImportReport, html_responses

    _, warc = exported
    data = gzip.decompress(warc.read_bytes())
    plain = warc.with_name("plain.warc")
    plain.write_bytes(data)
    spans = [(offset, offset + length) for _, offset, length in record_spans(plain)]
    wrong = []
    for cut in range(1, len(data), 11):
        report = ImportReport()
        list(html_responses(BytesIO(data[:cut]), report))
        whole = not any(offset < cut < end for offset, end in spans)
        if whole == bool(report.incomplete):
            wrong.append(cut)
    assert wrong == []


def seed_response(tmp_path: Path, *, body: bytes | None = None, url: str | None = "SEED",
                  gzip_it: bool = True, warc_headers: dict | None = None) -> Path:
    seed = FIXTURES / "thaibinhtv" / "seed-2020-05-28"
    import json
    meta = json.loads((seed / "meta.json").read_text(encoding="utf-8"))
    if url == "SEED":
        url = meta["url"]
    body = (seed / "page.html").read_bytes() if body is None else body
    path = tmp_path / ("one.warc.gz" if gzip_it else "one.warc")
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip_it)
        record = writer.create_warc_record(
            url, "response", payload=BytesIO(body), length=len(body),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                          protocol="HTTP/1.1"),
            warc_headers_dict=warc_headers or {})
        if url is None:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return path


def test_a_record_whose_digest_does_not_match_is_skipped(tmp_path):
    warc = seed_response(tmp_path, gzip_it=False)
    data = bytearray(warc.read_bytes())
    at = data.index("Phát triển".encode())
    data[at:at + 3] = b"XYZ"  # same length: only the digest can tell
    warc.write_bytes(bytes(data))
    run = run_vnnews("import-warc", str(warc), "--db", str(tmp_path / "n.db"))
    assert run.returncode == 1 and "digest" in run.stderr, (run.stdout, run.stderr)
    assert query(tmp_path / "n.db", "SELECT count(*) FROM articles") == [(0,)]


def test_a_record_marked_truncated_is_skipped(tmp_path):
    warc = seed_response(tmp_path, warc_headers={"WARC-Truncated": "length"})
    run = run_vnnews("import-warc", str(warc), "--db", str(tmp_path / "n.db"))
    assert run.returncode == 1 and "WARC-Truncated" in run.stderr, (run.stdout, run.stderr)


def test_a_response_without_a_target_uri_is_skipped_not_a_crash(tmp_path):
    warc = seed_response(tmp_path, url=None)
    run = run_vnnews("import-warc", str(warc), "--db", str(tmp_path / "n.db"))
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and "WARC-Target-URI" in run.stderr


@pytest.mark.parametrize("cut", [1, 2, 5, 9])
def test_a_gzip_cut_inside_its_header_is_one_line_not_interrupted(tmp_path, cut):
    warc = seed_response(tmp_path)
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(warc.read_bytes()[:cut])
    run = run_vnnews("import-warc", str(broken), "--db", str(tmp_path / "n.db"))
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert len(run.stderr.strip().splitlines()) == 1 and "interrupted" not in run.stderr
    assert not (tmp_path / "n.db").exists()


def test_a_gzip_of_something_else_is_one_line(tmp_path):
    bogus = tmp_path / "x.warc.gz"
    bogus.write_bytes(gzip.compress(b"<html>not a web archive</html>"))
    run = run_vnnews("import-warc", str(bogus), "--db", str(tmp_path / "n.db"))
    assert run.returncode == 2 and "not a WARC file" in run.stderr


# ---- never a poorer copy, unless asked ----

def poor_page() -> bytes:
    seed = (FIXTURES / "thaibinhtv" / "seed-2020-05-28" / "page.html").read_text(encoding="utf-8")
    # The same page with its article text cut to its first paragraph's opening.
    start = seed.index("<p", seed.index('class="content-detail'))
    return (seed[:start] + "<p>Một đoạn ngắn của bài viết, chỉ một câu.</p></div></body></html>"
            ).encode()


def test_an_import_keeps_a_richer_stored_article_unless_asked(exported, tmp_path):
    db, _ = exported
    target = copy_of(db, tmp_path / "copy.db")
    warc = seed_response(tmp_path, body=poor_page())
    before = query(target, f"SELECT {CONTENT} FROM articles ORDER BY url")
    run = run_vnnews("import-warc", str(warc), "--db", str(target))
    assert run.returncode == 0, run.stderr
    assert "1 kept" in run.stdout and "--overwrite" in run.stdout
    assert query(target, f"SELECT {CONTENT} FROM articles ORDER BY url") == before
    run = run_vnnews("import-warc", str(warc), "--db", str(target), "--overwrite")
    assert run.returncode == 0 and "1 articles stored" in run.stdout, run.stdout
    assert query(target, f"SELECT {CONTENT} FROM articles ORDER BY url") != before


def test_poorer_names_what_the_new_copy_lacks():
    from crawler.archive.warc import poorer_than
    from crawler.items import Article

    stored = {"title": "Đại hội Đảng bộ", "sapo": "Sáng nay", "body": "x" * 1000,
              "authors": ["Duy Huy"], "source": None, "published_at": "2020-05-28T10:10:03+07:00",
              "views": 270, "category": "Thời sự", "tags": ["đảng bộ"], "images": [],
              "related": [{"url": "https://a.vn/b", "title": "Bài khác"}]}
    same = Article(url="https://a.vn/a", site="a.vn", title="Đại hội Đảng bộ", sapo="Sáng nay",
                   body="x" * 990, authors=["Duy Huy"], published_at=stored["published_at"],
                   views=300, category="Thời sự", tags=["đảng bộ"],
                   related=stored["related"], fetched_at="2026-01-01T00:00:00Z")
    assert poorer_than(same, stored) is None
    same.related = []
    assert "related" in poorer_than(same, stored)
    same.related = stored["related"]
    same.body = "x" * 49
    assert "49" in poorer_than(same, stored) and "1000" in poorer_than(same, stored)


def test_a_dns_record_as_heritrix_writes_it_is_not_damage(tmp_path):
    path = tmp_path / "dns.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        payload = b"20260101000000\nthaibinhtv.vn.\t300\tIN\tA\t203.0.113.7\n"
        writer.write_record(writer.create_warc_record(
            "dns:thaibinhtv.vn", "response", payload=BytesIO(payload), length=len(payload),
            warc_content_type="text/dns"))
    run = run_vnnews("import-warc", str(path), "--db", str(tmp_path / "n.db"))
    assert run.returncode == 0, (run.stdout, run.stderr)
    assert run.stdout.startswith("1 responses: 0 articles stored, 0 not articles, 1 not HTML")
