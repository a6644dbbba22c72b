"""WARC in and out, with warcio.

``export_warc`` writes every archived raw page as a WARC/1.1 response record (the original
status and headers where known) preceded by the request record that fetched it, so standard
web-archive tools (``warcio index``, pywb) read the archive.  ``import_warc`` goes the other
way: every HTML response in a WARC file, ours or another crawler's, goes through the extractor
into the archive.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from io import BytesIO
from typing import BinaryIO, Iterable, Iterator
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.extract import extract_fields
from crawler.normalize.article import normalize_article, utc_timestamp
from crawler.items import Article, Page, captured_at
from crawler.archive.parallel import map_in_batches
from crawler.sites import profile_for_url
from crawler.archive.storage import Archive

# The stored body is already decoded; these headers would describe the wire bytes instead.
WIRE_HEADERS = ("content-encoding", "transfer-encoding", "content-length")
REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content"}


def export_warc(pages: Iterable[dict], out: BinaryIO, *, software: str = "vnnews") -> int:
    """Write request+response records for each archived page; returns the number of pages."""
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    writer.write_record(writer.create_warcinfo_record(
        "vnnews-export.warc.gz", {"software": software, "format": "WARC File Format 1.1"}))
    count = 0
    for page in pages:
        url = page["fetched_url"] or page["url"]
        date = page["fetched_at"]
        headers = [(k, v) for k, v in (page["headers"] or {}).items()
                   if k.lower() not in WIRE_HEADERS]
        if not any(k.lower() == "content-type" for k, _ in headers) and page["content_type"]:
            headers.append(("Content-Type", page["content_type"]))
        status = int(page["status"] or 200)
        http_headers = StatusAndHeaders(f"{status} {REASONS.get(status, 'OK')}", headers,
                                        protocol="HTTP/1.1")
        response = writer.create_warc_record(
            url, "response", payload=BytesIO(page["body"]), length=len(page["body"]),
            http_headers=http_headers, warc_headers_dict={"WARC-Date": warc_date(date)})
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        request = writer.create_warc_record(
            url, "request", payload=BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"GET {path or '/'} HTTP/1.1",
                                          [("Host", parts.netloc)], is_http_request=True),
            warc_headers_dict={"WARC-Date": warc_date(date),
                               "WARC-Concurrent-To": response.rec_headers.get_header(
                                   "WARC-Record-ID")})
        writer.write_record(request)
        writer.write_record(response)
        count += 1
    return count


def warc_date(fetched_at: str) -> str:
    return utc_timestamp(fetched_at)


class NotAWarc(ValueError):
    """The file does not start like a WARC (or ARC) file, compressed or not."""


def check_warc_start(stream: BinaryIO) -> None:
    """Raise NotAWarc unless the (seekable) stream begins with a WARC/ARC record header.

    warcio is lenient on purpose and would skip through any text with warnings; a user who
    passed the wrong file deserves one clear error instead.
    """
    head = stream.read(64)
    stream.seek(0)
    if head[:2] == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=stream) as unzipped:
            try:
                head = unzipped.read(16)
            except OSError as exc:
                raise NotAWarc(f"broken gzip data ({exc})") from None
        stream.seek(0)
    if not head.startswith((b"WARC/", b"filedesc://")):
        raise NotAWarc("it does not start with a WARC record")


@dataclass
class ImportReport:
    responses: int = 0
    stored: int = 0
    skipped_not_html: int = 0
    skipped_not_article: int = 0


@dataclass
class WarcPage(Page):
    """A response read from a WARC, with its WARC-Date as the fetch time."""

    fetched_at: str = ""


def html_responses(stream: BinaryIO, report: ImportReport) -> Iterator[WarcPage]:
    """The 200 HTML responses of a WARC, counting the records skipped."""
    for record in ArchiveIterator(stream):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        report.responses += 1
        content_type = record.http_headers.get_header("Content-Type") or ""
        status = int(record.http_headers.get_statuscode() or 0)
        if "html" not in content_type.lower() or status != 200:
            report.skipped_not_html += 1
            continue
        yield WarcPage(url=record.rec_headers.get_header("WARC-Target-URI"),
                       body=record.content_stream().read(), status=status,
                       content_type=content_type, headers=dict(record.http_headers.headers),
                       fetched_at=utc_timestamp(record.rec_headers.get_header("WARC-Date")))


def extract_warc_page(page: WarcPage) -> Article | None:
    """The Article of one archived response, or None when it is not an article page."""
    raw = extract_fields(page.body, page.url, profile=profile_for_url(page.url),
                         fetched_at=page.fetched_at, content_type=page.content_type)
    raw.relative_base = captured_at(page.headers)
    return normalize_article(raw) if raw.title and raw.body else None


def import_warc(stream: BinaryIO, archive: Archive, *, workers: int | None = None
                ) -> ImportReport:
    """Run every HTML response of a WARC through the extractor (on every core) into the
    archive, with its raw page."""
    check_warc_start(stream)
    report = ImportReport()
    for batch in map_in_batches(extract_warc_page, html_responses(stream, report),
                                workers=workers):
        for page, article in batch:
            if article is None:
                report.skipped_not_article += 1
                continue
            archive.store(article, page)
            report.stored += 1
    return report
