"""Replay: serve saved pages from a local HTTP server and route a crawl's requests to it.

``vnnews crawl SITE --replay DIR`` (and the tests) start a ``ReplayServer`` on 127.0.0.1 with
every case under DIR (``<case>/page.html`` + ``<case>/meta.json``), and set
``VNNEWS_REPLAY_URL``.  ``ReplayMiddleware`` then sends each request to that server, naming the
original URL in a header, and gives the response its original URL back: the real downloader,
middlewares and pipelines run, and the archive records the site's real URLs.
"""

from __future__ import annotations

import json
import random
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from crawler.items import CAPTURED_AT_HEADER
from crawler.normalize.urls import strip_tracking

ORIGINAL_URL_HEADER = "X-Vnnews-Replay-Url"


@dataclass
class SavedPage:
    url: str
    path: Path
    headers: dict[str, str]
    captured_at: str | None
    status: int = 200
    # A way to misbehave, for fault tests: {"kind": "status", "status": 500, "times": 2}, see
    # ReplayServer.misbehave.  "times" counts the requests that misbehave before it serves.
    fault: dict | None = None
    # Sent unless ``headers`` names one: from the file's suffix (crawler.crawling.replay.CONTENT_TYPES).
    content_type: str = "text/html; charset=utf-8"


# What a web server says for each kind of saved file: pages, robots.txt, sitemaps (a .xml.gz
# is a gzip file, not gzip-encoded XML), feeds.
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
                 ".txt": "text/plain; charset=utf-8", ".xml": "application/xml; charset=utf-8",
                 ".gz": "application/x-gzip", ".rss": "application/rss+xml; charset=utf-8",
                 ".atom": "application/atom+xml; charset=utf-8"}


class ReplayError(ValueError):
    """A replay directory that cannot be served: no cases, or a case's meta.json is wrong."""


FAULT_KINDS = ("status", "sleep", "reset", "truncate", "redirect-loop", "huge", "garbage",
               "charset")


def load_saved_pages(directory: str | Path) -> dict[str, SavedPage]:
    """Every saved case under ``directory`` (searched recursively), by URL.

    A case is a ``meta.json`` and the body beside it: ``page.html``, or the file its ``file``
    names (``robots.txt``, ``sitemap.xml.gz``, ``home.rss`` ...: one file name, never a path,
    so a case cannot serve what lies outside its folder).

    Raises ReplayError naming the meta.json that is malformed, so a crawl refuses to start
    instead of failing page by page inside the engine.
    """
    root = Path(directory)
    if not root.is_dir():
        raise FileNotFoundError(f"replay directory not found: {directory}")
    pages: dict[str, SavedPage] = {}
    for meta_path in sorted(root.rglob("meta.json")):
        meta = read_meta(meta_path)
        name = meta.get("file", "page.html")
        if not isinstance(name, str) or name in ("", ".", "..") or Path(name).name != name \
                or "\\" in name:
            raise ReplayError(f"{meta_path}: 'file' must name a file beside meta.json, "
                              f"not {name!r}")
        page = meta_path.with_name(name)
        if page.exists() and meta.get("url"):
            pages[strip_tracking(meta["url"])] = SavedPage(
                url=meta["url"], path=page, headers=dict(meta.get("headers") or {}),
                captured_at=meta.get("fetched_at"), status=int(meta.get("status", 200)),
                fault=meta.get("fault"),
                content_type=CONTENT_TYPES.get(page.suffix.lower(), CONTENT_TYPES[".html"]))
    if not pages:
        raise ReplayError(f"no saved pages under {directory} (a case is a folder with "
                          f"page.html and a meta.json naming its url)")
    return pages


def read_meta(path: Path) -> dict:
    """A case's meta.json, checked field by field (ReplayError says which is wrong)."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ReplayError(f"{path} is not UTF-8 text") from None
    except ValueError as exc:
        raise ReplayError(f"{path} is not valid JSON ({exc})") from None
    except OSError as exc:
        raise ReplayError(f"cannot read {path}: {exc.strerror}") from None
    if not isinstance(meta, dict):
        raise ReplayError(f"{path} is not a JSON object")
    checks = {
        "url": lambda v: isinstance(v, str) and v.startswith(("http://", "https://")),
        "fetched_at": lambda v: v is None or isinstance(v, str),
        "status": lambda v: isinstance(v, int) and 100 <= v <= 599,
        "headers": lambda v: v is None or (isinstance(v, dict) and all(
            isinstance(k, str) and isinstance(x, str) for k, x in v.items())),
        "fault": lambda v: v is None or (isinstance(v, dict) and v.get("kind") in FAULT_KINDS),
    }
    for name, valid in checks.items():
        if name in meta and not valid(meta[name]):
            raise ReplayError(f"{path}: bad {name!r}: {json.dumps(meta[name])[:80]}")
    return meta


def path_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


class QuietHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 overflows under a crawl: dropped connections are retried a
    # second later and the crawl stalls in bursts.
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that timed out or hit its size limit hangs up mid-answer: that is the
        # crawler doing its job, not a server error worth a traceback.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class ReplayServer:
    """A threaded HTTP server on a loopback port serving saved pages; a context manager."""

    def __init__(self, pages: dict[str, SavedPage], host: str = "127.0.0.1", port: int = 0):
        self.pages = pages
        self.by_path = {path_key(url): page for url, page in pages.items()}
        self.requests: list[str] = []
        self.fault_count: dict[str, int] = {}
        self.httpd = QuietHTTPServer((host, port), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "ReplayServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def find(self, original_url: str | None, path: str) -> SavedPage | None:
        if original_url:
            page = self.pages.get(strip_tracking(original_url))
            if page:
                return page
            path = path_key(original_url)
        return self.by_path.get(path)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                original = self.headers.get(ORIGINAL_URL_HEADER)
                server.requests.append(original or self.path)
                page = server.find(original, self.path)
                if page is None:
                    self.send_error(404, "not in the replay set")
                    return
                body = page.path.read_bytes()
                if page.fault and server.misbehave(self, page, body):
                    return
                self.send_response(page.status)
                headers = {"Content-Type": page.content_type, **page.headers}
                for name, value in headers.items():
                    if name.lower() not in ("content-length", "transfer-encoding",
                                            "content-encoding"):
                        self.send_header(name, value)
                if page.captured_at:
                    self.send_header(CAPTURED_AT_HEADER, page.captured_at)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass  # the crawl's own log says what was fetched

        return Handler

    def misbehave(self, handler: BaseHTTPRequestHandler, page: SavedPage, body: bytes) -> bool:
        """Answer as a broken server would, if the page's fault says so; True when it did.

        Kinds: "status" (``status``, optional ``retry_after``), "sleep" (``seconds``),
        "reset" (close the connection with a TCP RST), "truncate" (promise more bytes than
        sent), "redirect-loop", "huge" (``megabytes`` of HTML), "garbage" (random bytes as
        text/html), "charset" (serve with ``content_type``, e.g. a wrong charset).
        """
        fault = page.fault or {}
        done = self.fault_count.get(page.url, 0)
        if done >= fault.get("times", 1 << 30):
            return False
        self.fault_count[page.url] = done + 1
        kind = fault["kind"]
        if kind == "status":
            handler.send_response(fault["status"])
            if "retry_after" in fault:
                handler.send_header("Retry-After", str(fault["retry_after"]))
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        elif kind == "sleep":
            time.sleep(fault["seconds"])
            return False
        elif kind == "reset":
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                          struct.pack("ii", 1, 0))
            handler.close_connection = True
        elif kind == "truncate":
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body[: len(body) // 2])
            handler.close_connection = True
        elif kind == "redirect-loop":
            handler.send_response(302)
            handler.send_header("Location", path_key(page.url))
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        elif kind == "huge":
            size = int(fault.get("megabytes", 50)) << 20
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(size))
            handler.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                for _ in range(size // len(chunk)):
                    handler.wfile.write(chunk)
            except OSError:
                pass  # the client hung up at its size limit, as it should
            handler.close_connection = True
        elif kind == "garbage":
            noise = random.Random(page.url).randbytes(len(body))
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Length", str(len(noise)))
            handler.end_headers()
            handler.wfile.write(noise)
        elif kind == "charset":
            handler.send_response(200)
            handler.send_header("Content-Type", fault["content_type"])
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        else:
            raise ValueError(f"unknown fault kind {kind!r}")
        return True


class ReplayMiddleware:
    """Downloader middleware: fetch from the replay server, keep the site's URL on the response."""

    def __init__(self, replay_url: str):
        self.replay_url = replay_url.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ReplayMiddleware":
        replay_url = crawler.settings.get("VNNEWS_REPLAY_URL")
        if not replay_url:
            raise NotConfigured  # a live crawl: nothing to say about it
        return cls(replay_url)

    def process_request(self, request: Request) -> Request | None:
        if "replay_original_url" in request.meta:
            return None
        headers = request.headers.copy()
        headers[ORIGINAL_URL_HEADER] = request.url
        # robots.txt was already consulted for the original URL (RobotsTxtMiddleware runs
        # before this one); the local server's own robots.txt is not the site's.
        return request.replace(
            url=self.replay_url + path_key(request.url), headers=headers, dont_filter=True,
            meta={**request.meta, "replay_original_url": request.url,
                  "dont_obey_robotstxt": True})

    def process_response(self, request: Request, response: Response) -> Response:
        original = request.meta.get("replay_original_url")
        return response.replace(url=original) if original else response


def main(argv: list[str] | None = None) -> int:
    """``python -m crawler.crawling.replay DIR [--port N]``: serve saved pages on 127.0.0.1 until killed.

    For looking at fixtures in a browser, or for a crawl whose replay server should run in a
    process of its own (``vnnews crawl SITE -s VNNEWS_REPLAY_URL=http://127.0.0.1:N``).
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m crawler.crawling.replay",
                                     description=main.__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    args = parser.parse_args(argv)
    try:
        pages = load_saved_pages(args.directory)
    except (FileNotFoundError, ValueError) as exc:
        print(f"replay: error: {exc}", file=sys.stderr)
        return 2
    with ReplayServer(pages, port=args.port) as server:
        print(f"serving {len(pages)} pages on {server.url}", flush=True)
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
