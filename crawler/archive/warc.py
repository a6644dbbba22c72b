"""WARC in and out, with warcio.

``export_warc`` writes every archived raw page as a WARC/1.1 response record (the original
status and headers where known) preceded by the request record that fetched it, so standard
web-archive tools (``warcio index``, pywb) read the archive.  ``import_warc`` goes the other
way: every HTML response in a WARC file, ours or another crawler's, goes through the extractor
into the archive.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, BinaryIO, Iterable, Iterator
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParserException
from warcio.warcwriter import WARCWriter

from crawler.extract import PageTooLarge, extract_fields
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
            except (OSError, EOFError, zlib.error) as exc:
                # EOFError: the file ends inside the gzip header or the first record (click
                # would report a stray EOFError as an interruption)
                raise NotAWarc(f"its gzip data is broken or cut short ({exc})") from None
        stream.seek(0)
    if not head.startswith((b"WARC/", b"filedesc://")):
        raise NotAWarc("it does not start with a WARC record")


@dataclass
class ImportReport:
    responses: int = 0
    stored: int = 0
    skipped_not_html: int = 0
    skipped_not_article: int = 0
    skipped_too_large: int = 0  # crawler.extract.PageTooLarge: not read
    kept_richer: int = 0  # the archive's copy is richer than this extraction: not replaced
    # Records that are incomplete or damaged (skipped), one description each.
    incomplete: list[str] = field(default_factory=list)


@dataclass
class WarcPage(Page):
    """A response read from a WARC, with its WARC-Date as the fetch time."""

    fetched_at: str = ""


# What warcio raises on a file that ends, or turns to garbage, between or inside records.
BROKEN_FILE = (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, OSError,
               zlib.error, ValueError)


def html_responses(stream: BinaryIO, report: ImportReport) -> Iterator[WarcPage]:
    """The complete 200 HTML responses of a WARC, counting the records skipped.

    Every record is read to its end and checked with warcio's own means: the bytes read
    against its Content-Length, its WARC-Block-Digest and WARC-Payload-Digest
    (``check_digests``), and a ``WARC-Truncated`` header.  An incomplete record is skipped and
    described in ``report.incomplete``; a file that ends mid-record ends the import there.
    """
    size = stream_size(stream)
    records = ArchiveIterator(stream, check_digests=True)
    records.loader = UriTolerantLoader(verify_http=False, arc2warc=False)
    number, end = 0, 0
    try:
        for record in records:
            number += 1
            page = response_page(record, report)
            records.read_to_end()  # the rest of the record, through the digest check
            end = records.get_record_offset() + records.get_record_length()
            problem = record_problem(record)
            if problem:
                uri = record.rec_headers.get_header("WARC-Target-URI") or "no URI"
                report.incomplete.append(f"record {number} ({record.rec_type}, {uri}): {problem}")
            elif page is not None:
                yield page
    except BROKEN_FILE as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        report.incomplete.append(f"the file is unreadable after record {number}: {reason}")
        return
    if size is not None and end < size and not blank_tail(stream, end, size):
        # warcio ends quietly at a gzip member cut short before its record's headers were
        # whole: nothing was yielded for it, but the bytes after the last record say so.
        report.incomplete.append(f"the file ends inside record {number + 1}: {size - end:,} "
                                 f"bytes after record {number} are not a whole record")


def blank_tail(stream: BinaryIO, end: int, size: int) -> bool:
    """True when the bytes after the last record are only (part of) its closing CRLFs."""
    if size - end > 4:
        return False
    try:
        stream.seek(end)
        return not stream.read(size - end).strip(b"\r\n")
    except (AttributeError, OSError, ValueError):
        return False


def stream_size(stream: BinaryIO) -> int | None:
    """The size in bytes of a file-like stream, None when it cannot tell (a pipe)."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        pass
    try:
        here = stream.tell()
        size = stream.seek(0, io.SEEK_END)
        stream.seek(here)
        return size
    except (AttributeError, OSError, ValueError):
        return None


class UriTolerantLoader(ArcWarcRecordLoader):
    """warcio's record loader, except that a record without a WARC-Target-URI (invalid for a
    response) is read without its HTTP headers instead of raising AttributeError, so that
    record_problem can name it and the records after it are still read."""

    def load_http_headers(self, rec_type: str, uri: str | None, stream: Any,
                          length: int | None) -> StatusAndHeaders | None:
        if uri is None:
            return None
        return super().load_http_headers(rec_type, uri, stream, length)


def response_page(record: ArcWarcRecord, report: ImportReport) -> WarcPage | None:
    """The record as a page to extract, or None (not a 200 HTML response, counted)."""
    if record.rec_type != "response":
        return None
    report.responses += 1
    if record.http_headers is None:  # not HTTP (a dns: record), or no URI (record_problem)
        if record.rec_headers.get_header("WARC-Target-URI"):
            report.skipped_not_html += 1
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    status = int(record.http_headers.get_statuscode() or 0)
    if "html" not in content_type.lower() or status != 200:
        report.skipped_not_html += 1
        return None
    return WarcPage(url=record.rec_headers.get_header("WARC-Target-URI") or "",
                    body=record.content_stream().read(), status=status,
                    content_type=content_type, headers=dict(record.http_headers.headers),
                    fetched_at=utc_timestamp(record.rec_headers.get_header("WARC-Date")))


def record_problem(record: ArcWarcRecord) -> str | None:
    """Why a record, read to its end, cannot be trusted; None when it can."""
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        return f"WARC-Truncated: {truncated} (the crawler that wrote it cut it short)"
    if record.format != "arc" and not (
            record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        # Content-Length is mandatory in a WARC header: warcio yields what it read of a
        # header cut short, with no length or an empty one
        return "its header ends before its Content-Length: the file ends inside it"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return (f"{missing:,} of its {record.length:,} bytes (Content-Length) are missing: "
                f"the file ends inside it")
    if record.rec_type == "response" and not record.rec_headers.get_header("WARC-Target-URI"):
        return "no WARC-Target-URI, so no URL to archive it under"
    if record.digest_checker.passed is False:
        return f"{'; '.join(record.digest_checker.problems)} (its bytes changed)"
    return None


def extract_warc_page(page: WarcPage) -> Article | PageTooLarge | None:
    """The Article of one archived response, None when it is not an article page, or the
    PageTooLarge that kept it from being read."""
    try:
        raw = extract_fields(page.body, page.url, profile=profile_for_url(page.url),
                             fetched_at=page.fetched_at, content_type=page.content_type)
    except PageTooLarge as exc:
        return exc
    raw.relative_base = captured_at(page.headers)
    return normalize_article(raw) if raw.title and raw.body else None


def poorer_than(new: Article, stored: dict[str, Any]) -> str | None:
    """Why ``new`` would be a poorer copy of the archived article ``stored`` (a decoded
    ``articles`` row), or None.  Poorer: a field the stored copy has is missing, or the body
    is less than half as long (a page cut short keeps its furniture, loses its text)."""
    lost = [name for name in COMPARED_FIELDS if stored.get(name) not in (None, "", [], {})
            and getattr(new, name) in (None, "", [], {})]
    if lost:
        return f"it lacks {', '.join(lost)}"
    old_body, new_body = len(stored.get("body") or ""), len(new.body or "")
    if new_body < old_body / 2:
        return f"its body has {new_body} characters against {old_body}"
    return None


COMPARED_FIELDS = ("title", "sapo", "body", "authors", "source", "published_at", "views",
                   "category", "tags", "images", "related")


def import_warc(stream: BinaryIO, archive: Archive, *, workers: int | None = None,
                overwrite: bool = False) -> ImportReport:
    """Run every complete HTML response of a WARC through the extractor (on every core) into
    the archive, with its raw page.  An article already archived is replaced only by an
    extraction at least as rich (``poorer_than``), unless ``overwrite``."""
    check_warc_start(stream)
    report = ImportReport()
    for batch in map_in_batches(extract_warc_page, html_responses(stream, report),
                                workers=workers):
        for page, article in batch:
            if article is None:
                report.skipped_not_article += 1
                continue
            if isinstance(article, PageTooLarge):
                report.skipped_too_large += 1
                continue
            stored = None if overwrite else archive.get_article(article.url)
            if stored is not None and poorer_than(article, stored):
                report.kept_richer += 1
                continue
            archive.store(article, page)
            report.stored += 1
    return report
