"""One crawl of a site into an archive at a time.

A scheduled crawl that outlasts its interval (a slow provincial server, a long backfill) would
otherwise meet the next one: two crawls fetching the same pages from a small government-run
server at twice the polite rate.  Each crawl takes a lock per site before it starts; a crawl of
a site that is already being crawled into the same archive is skipped, with one line.

The locks are POSIX record locks (``fcntl.lockf``) on one byte per site of a sidecar file,
``<db>-crawl.lock`` (beside SQLite's own ``-wal`` and ``-shm``): the kernel releases them when
the process ends, however it ends, so a SIGKILLed crawl never leaves a stale lock behind.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # not on POSIX: no locks, crawls may overlap as before
    fcntl = None  # type: ignore[assignment]


def lock_path(db_path: str | Path) -> Path:
    """The sidecar lock file of an archive: ``data/news.db`` -> ``data/news.db-crawl.lock``."""
    return Path(f"{db_path}-crawl.lock")


def site_offset(site: str) -> int:
    """The byte of the lock file that stands for ``site`` (stable across processes)."""
    return zlib.crc32(site.encode("utf-8")) & 0x7FFFFFFF


class SiteLocks:
    """The site locks this process holds on one archive; released by ``close`` or at exit."""

    def __init__(self, db_path: str | Path):
        self.path = lock_path(db_path)
        self.file: BinaryIO | None = None

    def acquire(self, site: str) -> bool:
        """Lock ``site`` for this process; False when another process is crawling it."""
        if fcntl is None:
            return True
        if self.file is None:
            self.file = open(self.path, "ab")  # noqa: SIM115 (held open while locks are held)
        try:
            fcntl.lockf(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, site_offset(site))
        except OSError:
            return False
        return True

    def close(self) -> None:
        if self.file is not None:
            self.file.close()  # closing any descriptor of the file drops this process's locks
            self.file = None

    def __enter__(self) -> "SiteLocks":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
