"""The crawl process's one connection to each archive, writing in groups.

Every spider and pipeline of a crawl process shares it (``acquire``/``release``): the archive
pipeline's articles and the spider's crawl state (frontier, cursors, walks) go through the
same connection, so an article and its removal from the frontier are committed together, and
no second connection of the process waits for the first one's lock while holding the reactor.

Writes are grouped (``Archive.begin_group``): each article is atomic (a savepoint), and the
group's transaction is committed once it is ``GROUP_SECONDS`` old, checked after every write
and every ``TICK`` seconds by a timer on the reactor, and when the last user releases the
archive.  A SIGKILL loses at most the open group: those articles were never removed from the
frontier, so the next crawl fetches them again (docs/design.md, "The archive's write path").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from twisted.internet import task

from crawler.archive.storage import Archive

# A group is committed within half a second of its first write: 0.4 s of age, checked after
# every write and at least every 0.1 s.
GROUP_SECONDS = 0.4
TICK = 0.1


@dataclass
class _Writer:
    archive: Archive
    users: int
    timer: task.LoopingCall


_open: dict[Path, _Writer] = {}


def acquire(db_path: str | Path) -> Archive:
    """The process's grouped writer of the archive at ``db_path`` (opened, and migrated, on
    first use); give it back with ``release``."""
    key = Path(db_path).resolve()
    writer = _open.get(key)
    if writer is None:
        archive = Archive(db_path)
        archive.begin_group(GROUP_SECONDS)
        timer = task.LoopingCall(archive.commit_if_due)
        timer.start(TICK, now=False)
        writer = _open[key] = _Writer(archive, 0, timer)
    writer.users += 1
    return writer.archive


def release(archive: Archive) -> None:
    """One user less; the last one commits the open group and closes the connection."""
    for key, writer in list(_open.items()):
        if writer.archive is archive:
            writer.users -= 1
            if writer.users <= 0:
                _close(key)
            else:
                archive.commit()
            return
    archive.close()  # not one of ours


def close_all() -> None:
    """Commit and close every writer still open (a crawl whose engine never closed its spiders:
    a second Ctrl-C stops the reactor at once).  Each article of the open groups is whole, so
    what they hold is committed, not lost."""
    for key in list(_open):
        _close(key)


def _close(key: Path) -> None:
    writer = _open.pop(key)
    if writer.timer.running:
        writer.timer.stop()
    writer.archive.close()
