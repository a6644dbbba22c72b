"""Extraction off the reactor: crawler.extract run in worker processes, on the machine's other
cores, while the reactor thread fetches and writes.

The crawl process is one thread: Scrapy's engine, the pipelines and the archive's one writer.
Extraction is pure CPU work on bytes (milliseconds a page, tens on a real 200 KB page), so it
is sent to worker processes (``EXTRACT_WORKERS``, by default one core less than the machine
has, at least one) and awaited; the worker also packs the raw page for the archive (its
SHA-256 and zlib bytes, ``storage.pack_page``), so that neither costs the writer's core.
``VNNEWS_EXTRACT_WORKERS = 0`` extracts in the crawl process itself.

A worker is an interpreter running ``worker_main``: jobs go to its stdin and results come
back on its stdout, pickled (a pickle stream marks where each object ends).  Not
``concurrent.futures.ProcessPoolExecutor``, for two reasons measured and tested:

- a pool that loses a worker is broken for good (every later page fails), while a crawl runs
  unattended for hours: here the page being read when its worker died is dropped with a
  reason (``extraction_crashed``, kept in the frontier for the next run) and a new worker
  takes the next page;
- a spawned pool starts multiprocessing's resource tracker, one more interpreter (~15 MB) for
  semaphores this design does not use.

This module is imported by the workers too: nothing of Scrapy or Twisted at its top.  And the
crawl process imports crawler.extract (lxml's HTML cleaner and their own dependencies) only
when it extracts itself: with workers it never needs them.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import queue
import select
import subprocess
import sys
import threading
import traceback
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from crawler.archive.pages import pack_body
from crawler.items import RawArticle
from crawler.sites import Profile

# Why a page was not read when its worker died while reading it (a crash in a C library on a
# malformed page, the out-of-memory killer): the page is dropped, the crawl goes on.
WORKER_CRASHED = "extraction_crashed"
# Why a page was not read when its worker took longer than ``Extractor.timeout`` on it (a
# pathological page: a crawl left to run for years must not wait on one page forever): the
# worker is killed and replaced, the page dropped.
WORKER_TIMED_OUT = "extraction_timeout"
# The default of that limit (VNNEWS_EXTRACT_TIMEOUT): a real 200 KB page takes 15-45 ms.
EXTRACT_TIMEOUT_S = 120.0
# A worker: an interpreter running worker_main (run by import, not as ``-m``, so that what it
# pickles names this module's classes, not ``__main__``'s).
WORKER_COMMAND = ("import sys; from crawler.crawling.extraction import worker_main; "
                  "worker_main(sys.argv[1])")
# How long a worker may take to end after its stdin closes, before it is killed.
WORKER_STOP_S = 10.0


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


class ExtractionError(RuntimeError):
    """A page whose reading raised in the worker: the worker's traceback, as the crawl
    process would have raised it itself."""


def end_with_parent(parent: int) -> None:
    """End this worker when the crawl process ends, however it ends.

    A SIGKILLed crawl cannot stop its workers.  On Linux the kernel sends the worker SIGKILL
    when its parent dies (``PR_SET_PDEATHSIG``); elsewhere a thread checks the parent every
    second.  (A worker waiting on stdin also ends when the pipe closes.)
    """
    import signal
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


def serve(parent: int, jobs: BinaryIO, results: BinaryIO) -> None:
    """A worker's life: read pickled Jobs from ``jobs`` until it ends, write each one's
    pickled Result (or ("error", traceback)) to ``results``."""
    import signal

    # Ctrl-C in a terminal reaches the whole process group: the crawl process decides when
    # its workers stop (it closes their stdin).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent(parent)
    import crawler.extract  # noqa: F401  (its imports, before the first page waits for them)

    while True:
        try:
            job = pickle.load(jobs)
        except EOFError:
            return
        try:
            message = pickle.dumps(("ok", run_job(job)), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # the page's own error (or an answer that cannot be sent)
            message = pickle.dumps(("error", traceback.format_exc()))
        results.write(message)
        results.flush()


def default_workers() -> int:
    """One core less than the machine has (the reactor keeps one), at least one."""
    return max(1, (os.cpu_count() or 1) - 1)


class WorkerProcess:
    """One worker process, started when first needed and again after it died."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        package_root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER_COMMAND, str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def read(self, job: Job, timeout: float | None = None) -> Result:
        """The page read by this worker; a dropped page when the worker died reading it or
        took more than ``timeout`` seconds."""
        if not self.alive():
            self.stop()
            self.start()
        assert self.proc is not None and self.proc.stdin and self.proc.stdout
        # Pickled whole before anything is written: a job that cannot be pickled raises here
        # and leaves no half message in the worker's stream.
        message = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.proc.stdin.write(message)
            self.proc.stdin.flush()
            # The answer is read whole each time, so nothing waits in the reader's buffer and
            # the pipe says when the next one starts.
            if timeout is not None and not select.select([self.proc.stdout], [], [], timeout)[0]:
                self.kill()
                return Result(None, False, rejected=WORKER_TIMED_OUT)
            kind, value = pickle.load(self.proc.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            self.stop()
            return Result(None, False, rejected=WORKER_CRASHED)
        if kind == "error":
            raise ExtractionError(value)
        return value

    def kill(self) -> None:
        """End a worker stuck on a page now."""
        if self.proc is not None:
            self.proc.kill()
        self.stop()

    def stop(self) -> None:
        """Close the worker's stdin (it ends when it sees the end), kill it if it does not."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        for pipe in (proc.stdin, proc.stdout):
            try:
                if pipe:
                    pipe.close()
            except OSError:
                pass
        try:
            proc.wait(timeout=WORKER_STOP_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Extractor:
    """The crawl process's extraction workers (one set for all its spiders).

    Each worker has a thread of the crawl process that hands it the next page and waits for
    its answer (the reactor thread only awaits a future)."""

    def __init__(self, workers: int, timeout: float | None = EXTRACT_TIMEOUT_S):
        self.workers = workers
        # Seconds a worker may take on one page (None: no limit).
        self.timeout = timeout
        self.users = 0
        self.jobs: queue.Queue[tuple[Job, Future[Result]] | None] = queue.Queue()
        self.processes: list[WorkerProcess] = []
        self.threads: list[threading.Thread] = []

    @property
    def running(self) -> bool:
        return bool(self.threads)

    def open(self) -> None:
        self.users += 1
        if self.workers and not self.threads:
            self.processes = [WorkerProcess() for _ in range(self.workers)]
            for number, process in enumerate(self.processes):
                process.start()  # now: the worker's imports overlap the first fetches
                thread = threading.Thread(target=self.feed, args=(process,), daemon=True,
                                          name=f"vnnews-extract-{number}")
                thread.start()
                self.threads.append(thread)

    def feed(self, process: WorkerProcess) -> None:
        """Give ``process`` the next page until told to stop (None), then stop it."""
        while (item := self.jobs.get()) is not None:
            job, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(process.read(job, self.timeout))
            except BaseException as exc:  # the page's own error, raised where it is awaited
                future.set_exception(exc)
        process.stop()

    def close(self) -> None:
        self.users -= 1
        if self.users <= 0:
            self.stop()

    def stop(self) -> None:
        """Cancel the pages still waiting, let each worker finish its page, and end them."""
        if not self.threads:
            self.users = 0
            return
        while True:
            try:
                item = self.jobs.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[1].cancel()
        for _ in self.threads:
            self.jobs.put(None)
        for thread in self.threads:
            thread.join()
        self.threads, self.processes, self.users = [], [], 0

    def pids(self) -> list[int]:
        return [p.pid for p in self.processes if p.pid is not None]

    async def read(self, job: Job) -> Result:
        """The page read by a worker, awaited on the reactor's asyncio loop."""
        if not self.threads:
            return run_job(job)
        future: Future[Result] = Future()
        self.jobs.put((job, future))
        return await asyncio.wrap_future(future)


_extractors: dict[int, Extractor] = {}


def extractor(workers: int) -> Extractor:
    """The process's extractor with ``workers`` workers (shared by the crawls of a process)."""
    if workers not in _extractors:
        _extractors[workers] = Extractor(workers)
    return _extractors[workers]


def close_all() -> None:
    """Stop every extractor's workers (after the reactor stopped without closing the
    spiders)."""
    for ext in _extractors.values():
        ext.stop()


def setting_timeout(value: Any) -> float | None:
    """``VNNEWS_EXTRACT_TIMEOUT`` in seconds: None (not set) means ``EXTRACT_TIMEOUT_S``, 0
    means no limit."""
    if value in (None, ""):
        return EXTRACT_TIMEOUT_S
    return float(value) or None


def setting_workers(value: Any) -> int:
    """``VNNEWS_EXTRACT_WORKERS`` as a count: None (not set) means ``default_workers()``."""
    return default_workers() if value in (None, "") else max(0, int(value))


def worker_main(parent: str) -> None:
    """A worker process's entry point: jobs on stdin, results on the stdout it was started
    with; anything a library prints goes to stderr, so it cannot corrupt the results."""
    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(int(parent), sys.stdin.buffer, results)
