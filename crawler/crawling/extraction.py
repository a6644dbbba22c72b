"""Extraction off the reactor: crawler.extract run in a process pool, on the machine's other
cores, while the reactor thread fetches and writes.

The crawl process is one thread: Scrapy's engine, the pipelines and the archive's one writer.
Extraction is pure CPU work on bytes (milliseconds a page, tens on a real 200 KB page), so it
is sent to worker processes (``EXTRACT_WORKERS``, by default one core less than the machine
has, at least one) and awaited; the worker also packs the raw page for the archive (its
SHA-256 and zlib bytes, ``storage.pack_page``), so that neither costs the writer's core.
``VNNEWS_EXTRACT_WORKERS = 0`` extracts in the crawl process itself.

This module is imported by the workers too: nothing of Scrapy or Twisted at its top.  And the
crawl process imports crawler.extract (lxml's HTML cleaner, trafilatura and their own
dependencies) only when it extracts itself: with workers it never needs them.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from crawler.archive.pages import pack_body
from crawler.items import RawArticle
from crawler.sites import Profile


@dataclass
class Job:
    """One fetched page to read: what ``crawler.extract.read_page`` needs, and whether to pack
    its bytes when it is an article."""

    body: bytes
    url: str
    profile: Profile | None
    site: str | None
    fetched_at: str
    content_type: str | None
    pack: bool = True


@dataclass
class Result:
    """What a worker read: the fields as printed (``crawler.items.RawArticle``), whether the
    page is an article, and its bytes packed for the archive when it is; or, for a page that
    was not read, why (``rejected``: "page_too_large").

    The fields travel as a RawArticle, not as ``crawler.extract.Reading``: unpickling a
    Reading would import crawler.extract (lxml's cleaner, trafilatura: ~25 MB) into the crawl
    process, which otherwise never needs it."""

    raw: RawArticle | None
    is_article: bool
    sha256: str | None = None
    compressed: bytes | None = None
    rejected: str | None = None


def run_job(job: Job) -> Result:
    """Read the page (in a worker, or in the crawl process with no workers)."""
    from crawler.extract import PageTooLarge, read_page
    from crawler.extract.classify import ARTICLE

    try:
        reading = read_page(job.body, job.url, profile=job.profile, site=job.site,
                            fetched_at=job.fetched_at, content_type=job.content_type)
    except PageTooLarge:
        return Result(None, False, rejected="page_too_large")
    is_article = reading.kind == ARTICLE
    if job.pack and is_article:
        sha256, compressed = pack_body(job.body)
        return Result(reading.raw, is_article, sha256, compressed)
    return Result(reading.raw, is_article)


def end_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the crawl process ends, however it ends.

    A SIGKILLed crawl cannot stop its pool, and a worker waiting for jobs would wait forever
    (it holds both ends of its job queue).  On Linux the kernel sends the worker SIGKILL when
    its parent dies (``PR_SET_PDEATHSIG``); elsewhere a thread checks the parent every second.
    """
    import signal
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            PR_SET_PDEATHSIG = 1
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="vnnews-parent-watch", daemon=True).start()


def warm_up() -> int:
    """The first job of a new worker: its imports, before pages wait for them."""
    import crawler.extract  # noqa: F401

    return os.getpid()


def default_workers() -> int:
    """One core less than the machine has (the reactor keeps one), at least one."""
    return max(1, (os.cpu_count() or 1) - 1)


class Extractor:
    """The crawl process's pool of extraction workers (one for all its spiders)."""

    def __init__(self, workers: int):
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.users = 0

    def open(self) -> None:
        self.users += 1
        if self.workers and self.pool is None:
            # spawn: a fresh interpreter, not a fork of a process with threads (the replay
            # server's, asyncio's) and the crawl's open archive.
            self.pool = ProcessPoolExecutor(self.workers,
                                            mp_context=multiprocessing.get_context("spawn"),
                                            initializer=end_with_parent,
                                            initargs=(os.getpid(),))
            for _ in range(self.workers):
                self.pool.submit(warm_up)

    def close(self) -> None:
        self.users -= 1
        if self.users <= 0 and self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    async def read(self, job: Job) -> Result:
        """The page read by a worker, awaited on the reactor's asyncio loop."""
        if self.pool is None:
            return run_job(job)
        future: Future[Result] = self.pool.submit(run_job, job)
        return await asyncio.wrap_future(future)


_extractors: dict[int, Extractor] = {}


def extractor(workers: int) -> Extractor:
    """The process's extractor with ``workers`` workers (shared by the crawls of a process)."""
    if workers not in _extractors:
        _extractors[workers] = Extractor(workers)
    return _extractors[workers]


def close_all() -> None:
    """Stop every pool (after the reactor stopped without closing the spiders)."""
    for ext in _extractors.values():
        if ext.pool is not None:
            ext.pool.shutdown(wait=True, cancel_futures=True)
            ext.pool = None
        ext.users = 0


def setting_workers(value: Any) -> int:
    """``VNNEWS_EXTRACT_WORKERS`` as a count: None (not set) means ``default_workers()``."""
    return default_workers() if value in (None, "") else max(0, int(value))
