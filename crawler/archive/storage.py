"""The SQLite archive: schema (as migrations), atomic upserts (grouped for a crawl), search,
statistics.

Thin by design: sqlite-utils creates and migrates the tables and writes the occasional row;
hand-written SQL is kept to what sqlite-utils cannot express (the FTS index over the "đ"-folded
text, bm25 search) and to the per-article write of every crawl, where sqlite-utils' per-call
table introspection cost more than the write itself (426 vs 1,100 articles/s, benchmarks/).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

# sqlite-utils imports numpy and pandas when they are installed, to type their values, which
# vnnews never writes: numpy alone is 12 MB of every vnnews process (a crawl's included).  They
# are hidden while it is imported, unless something loaded them already.
_HIDDEN = [name for name in ("numpy", "pandas") if name not in sys.modules]
sys.modules.update(dict.fromkeys(_HIDDEN))
try:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations
finally:
    for _name in _HIDDEN:
        sys.modules.pop(_name, None)

from crawler.archive.pages import PAGE_ZLIB_LEVEL, pack_body
from crawler.items import Article, Page
from crawler.normalize.text import clean_text, fold_diacritics

SCHEMA_VERSION = 5  # m003: crawl state; m004: the exact search index; m005: deferred indexing
MIGRATIONS = Migrations("vnnews")
LIST_COLUMNS = ("authors", "tags", "images", "related", "provenance")
# Columns that make up an article's content; views and fetch times are not content.
CONTENT_COLUMNS = ("title", "sapo", "body", "authors", "source", "published_at", "category",
                   "tags", "images", "related")
FTS_COLUMNS = ("title", "sapo", "body")
FOLDED_INDEX = "articles_fts"  # "đ"-folded text, every diacritic ignored
EXACT_INDEX = "articles_fts_exact"  # the text as written: diacritics matter, case does not
# A row here, inside a grouped writer's open transaction only, tells both indexes' insert
# triggers to leave new articles to ``Archive.index_deferred`` (run just before the COMMIT).
DEFERRAL_TABLE = "search_index_deferred"
# A grouped writer commits once its transaction is this old (and at the end): what a SIGKILL
# can cost, at most, before the next crawl fetches it again through the frontier.
GROUP_SECONDS = 0.5
# The writer's page cache. 8 MB (FTS5 merges re-read the last commits' segments) cost a crawl
# about 6 MB of memory for a write rate no crawl reaches (docs/design.md, the write path).
WRITER_CACHE_KB = 2048


class ArchiveError(Exception):
    """A problem a user can fix (bad path, not an archive, malformed query)."""


def fold_d_sql(column: str) -> str:
    """SQL that maps đ/Đ to d/D: the unicode61 tokenizer folds every other Vietnamese mark."""
    return f"replace(replace(coalesce({column}, ''), 'đ', 'd'), 'Đ', 'D')"


def fold_d(text: str) -> str:
    """The same folding in Python, for queries.

    >>> fold_d("Đại hội Đảng bộ")
    'Dại hội Dảng bộ'
    """
    return text.replace("đ", "d").replace("Đ", "D")


@MIGRATIONS()
def m001_initial_schema(db: sqlite_utils.Database) -> None:
    db["articles"].create({
        "url": str, "site": str, "title": str, "sapo": str, "body": str, "authors": str,
        "source": str, "published_at": str, "published_raw": str, "views": int,
        "category": str, "tags": str, "images": str, "related": str, "fetched_at": str,
        "provenance": str, "first_seen": str, "last_seen": str, "content_hash": str,
    }, pk="url", not_null={"site", "title", "body"})
    db["articles"].create_index(["site", "published_at"])
    db["related_articles"].create({"article_url": str, "url": str, "title": str,
                                   "position": int}, pk=("article_url", "url"),
                                  foreign_keys=[("article_url", "articles", "url")])
    db["related_articles"].create_index(["url"])
    db["article_views"].create({"article_url": str, "seen_at": str, "views": int},
                               pk=("article_url", "seen_at"),
                               foreign_keys=[("article_url", "articles", "url")])
    # One row per distinct response body of a URL: identical refetches only move fetched_at.
    db["pages"].create({"url": str, "sha256": str, "fetched_url": str, "fetched_at": str,
                        "status": int, "content_type": str, "headers": str, "body": bytes},
                       pk=("url", "sha256"))
    db["crawl_runs"].create({"id": int, "site": str, "started_at": str, "finished_at": str,
                             "status": str, "stats": str}, pk="id")
    create_search_index(db)


def create_search_index(db: sqlite_utils.Database) -> None:
    """FTS5 over the đ-folded title, sapo and body, kept in sync by triggers.

    sqlite-utils' ``enable_fts`` writes the columns as they are; its triggers cannot fold "đ",
    so the index and its triggers are written here.  The FTS table reads its content from
    ``articles`` (external content), so snippets show the original text: folding "đ" to "d"
    keeps every token's position, so highlights still line up.
    """
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(fold_d_sql(f"new.{c}") for c in FTS_COLUMNS)
    old = ", ".join(fold_d_sql(f"old.{c}") for c in FTS_COLUMNS)
    db.executescript(f"""
        CREATE VIRTUAL TABLE articles_fts USING fts5({cols}, content='articles',
            content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, {cols}) VALUES (new.rowid, {new});
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old});
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF {cols} ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old});
            INSERT INTO articles_fts(rowid, {cols}) VALUES (new.rowid, {new});
        END;
        INSERT INTO articles_fts(rowid, {cols}) SELECT rowid, {", ".join(fold_d_sql(c) for c in FTS_COLUMNS)} FROM articles;
    """)


@MIGRATIONS()
def m002_article_authors(db: sqlite_utils.Database) -> None:
    """One row per (article, author), so "articles by this author" is an indexed join."""
    db["article_authors"].create({"article_url": str, "author": str, "position": int},
                                 pk=("article_url", "position"),
                                 foreign_keys=[("article_url", "articles", "url")])
    db["article_authors"].create_index(["author"])
    db.execute("""
        INSERT INTO article_authors (article_url, author, position)
        SELECT articles.url, je.value, je.key FROM articles, json_each(articles.authors) AS je
        WHERE json_valid(articles.authors)""")


@MIGRATIONS()
def m003_crawl_state(db: sqlite_utils.Database) -> None:
    """Per-site crawl state, so that a crawl stopped early leaves nothing behind for good.

    ``crawl_frontier``: article URLs discovered but not yet archived (``tries`` 0), or whose
    fetch failed (``tries``, ``last_error``).  ``crawl_cursors``: where an unfinished walk of a
    listing must go on (newest first by ``id``; ``since`` set when it stopped at a --since
    date rather than being interrupted).  ``crawl_walks``: how far back each listing or sitemap
    has been read completely (``complete_since``: "" for all of it, else an ISO date), and the
    ``lastmod`` a sitemap had when it was.
    """
    db["crawl_frontier"].create({"site": str, "url": str, "source": str, "found_at": str,
                                 "published_at": str, "tries": int, "last_error": str,
                                 "last_try_at": str}, pk=("site", "url"),
                                not_null={"site", "url", "tries"}, defaults={"tries": 0})
    db["crawl_cursors"].create({"id": int, "site": str, "walk": str, "url": str, "since": str,
                                "created_at": str}, pk="id", not_null={"site", "walk", "url"})
    db["crawl_cursors"].create_index(["site", "walk"])
    db["crawl_walks"].create({"site": str, "walk": str, "source": str, "complete_since": str,
                              "lastmod": str, "walked_at": str}, pk=("site", "walk"))


@MIGRATIONS()
def m004_exact_search_index(db: sqlite_utils.Database) -> None:
    """A second FTS5 index over the text as written, so that a query typed with diacritics
    matches them exactly ("Đảng bộ" is not "đang bố")."""
    create_exact_search_index(db)


def create_exact_search_index(db: sqlite_utils.Database) -> None:
    """FTS5 over title, sapo and body as written (``unicode61 remove_diacritics 0``: "Đ" and
    "đ" are one letter, "đ" and "d" two), external content, kept in sync by its own triggers.

    Beside ``articles_fts`` (everything folded), it answers what the folded index cannot: which
    articles have "bộ" and not merely "bo", "bó" or "bố".  It costs a second index write per
    stored article; docs/design.md has the figures.
    """
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    t = EXACT_INDEX
    db.executescript(f"""
        CREATE VIRTUAL TABLE {t} USING fts5({cols}, content='articles',
            content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');
        CREATE TRIGGER {t}_ai AFTER INSERT ON articles BEGIN
            INSERT INTO {t}(rowid, {cols}) VALUES (new.rowid, {new});
        END;
        CREATE TRIGGER {t}_ad AFTER DELETE ON articles BEGIN
            INSERT INTO {t}({t}, rowid, {cols}) VALUES ('delete', old.rowid, {old});
        END;
        CREATE TRIGGER {t}_au AFTER UPDATE OF {cols} ON articles BEGIN
            INSERT INTO {t}({t}, rowid, {cols}) VALUES ('delete', old.rowid, {old});
            INSERT INTO {t}(rowid, {cols}) VALUES (new.rowid, {new});
        END;
        INSERT INTO {t}({t}) VALUES ('rebuild');
    """)


@MIGRATIONS()
def m005_deferred_search_indexing(db: sqlite_utils.Database) -> None:
    """Let a grouped writer index its new articles once per commit instead of once per row.

    Both indexes' insert triggers skip a row while ``search_index_deferred`` holds a row.  Only
    a grouped writer puts one there, inside its own transaction, and removes it after indexing
    the group's new articles in one statement per index, before the COMMIT: other connections
    never see the row, and every committed state has its articles indexed.  Per row, the two
    triggers cost more than the rest of a store; one statement per index and group does the
    same indexing several times faster (docs/design.md, "The archive's write path").
    """
    db.execute(f"CREATE TABLE {DEFERRAL_TABLE} (since TEXT)")
    for index, values in ((FOLDED_INDEX, ", ".join(fold_d_sql(f"new.{c}") for c in FTS_COLUMNS)),
                          (EXACT_INDEX, ", ".join(f"new.{c}" for c in FTS_COLUMNS))):
        db.executescript(f"""
            DROP TRIGGER {index}_ai;
            CREATE TRIGGER {index}_ai AFTER INSERT ON articles
            WHEN NOT EXISTS (SELECT 1 FROM {DEFERRAL_TABLE}) BEGIN
                INSERT INTO {index}(rowid, {", ".join(FTS_COLUMNS)}) VALUES (new.rowid, {values});
            END;
        """)


def index_rows_sql(index: str) -> str:
    """The statement that indexes the articles whose rowids are given as a JSON list."""
    cols = ", ".join(FTS_COLUMNS)
    values = (", ".join(fold_d_sql(c) for c in FTS_COLUMNS) if index == FOLDED_INDEX
              else cols)
    return (f"INSERT INTO {index}(rowid, {cols}) SELECT rowid, {values} FROM articles "
            f"WHERE rowid IN (SELECT value FROM json_each(?))")


INDEX_ROWS_SQL = {index: index_rows_sql(index) for index in (FOLDED_INDEX, EXACT_INDEX)}


# ---- opening: only the writing commands create or migrate an archive ----

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 60  # a writer (or a migration) holding the lock is waited for this long


def check_file(path: Path, *, write: bool) -> bytes:
    """Refuse, before SQLite touches it, a path that cannot be an archive; return the file's
    SQLite header (b"" for a file that does not exist yet or is empty).

    SQLite would happily turn any file it can parse into a database, so a read command must
    not get that far with a file that is not ours.
    """
    if path.is_dir():
        raise ArchiveError(f"{path} is a directory, not an archive file")
    if not path.exists():
        if write:
            return b""
        raise ArchiveError(f"no archive at {path} (run `vnnews crawl` first, or pass --db)")
    if not os.access(path, os.R_OK | (os.W_OK if write else 0)):
        raise ArchiveError(f"cannot {'write' if write else 'read'} {path}: permission denied")
    try:
        with open(path, "rb") as stream:
            header = stream.read(100)
    except OSError as exc:
        raise ArchiveError(f"cannot read {path}: {exc.strerror}") from None
    if header and not header.startswith(SQLITE_MAGIC):
        raise ArchiveError(f"{path} is not an SQLite database, so not a vnnews archive")
    if len(header) >= 64 and int.from_bytes(header[60:64], "big") > SCHEMA_VERSION:
        raise newer_archive(path, int.from_bytes(header[60:64], "big"))
    return header


def newer_archive(path: Path, version: int | str) -> ArchiveError:
    return ArchiveError(f"{path} was written by a newer vnnews (schema version {version}; this "
                        f"one reads up to {SCHEMA_VERSION}): upgrade vnnews to use it")


def damaged(path: Path, exc: sqlite3.DatabaseError) -> ArchiveError:
    return ArchiveError(f"{path} is damaged ({exc}): restore it from a backup "
                        f"(`sqlite3 {path} .recover` may save its rows)")


def migration_names() -> list[str]:
    """Every migration of this version, in order (sqlite-utils keeps the list unexported)."""
    return [m.name for m in MIGRATIONS._migrations]


def applied_migrations(db: sqlite_utils.Database, path: Path) -> list[str] | None:
    """The vnnews migrations applied to ``db``: None for an empty database (no tables).

    Raises ArchiveError for a database that is not a vnnews archive, or that a newer vnnews
    wrote (a higher ``user_version``, or migrations this version does not know).
    """
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        applied = [m.name for m in MIGRATIONS.applied(db)]
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise
        raise damaged(path, exc) from None
    if version > SCHEMA_VERSION:
        raise newer_archive(path, version)
    if not tables:
        return None
    if not applied:
        raise ArchiveError(f"{path} is not a vnnews archive (its tables: "
                           f"{', '.join(tables[:5])}{', ...' if len(tables) > 5 else ''})")
    unknown = [name for name in applied if name not in migration_names()]
    if unknown:
        raise newer_archive(path, f"{version}, with {', '.join(unknown)}")
    return applied


def open_for_writing(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the archive, in WAL mode.

    Several processes may open a fresh file at once.  SQLite waits for a lock (busy_timeout)
    in most cases, but returns "database is locked" at once in a few (two connections that
    both read before writing, a WAL file being recovered or removed by the last connection to
    close): then the whole opening is retried on a new connection, with a growing pause, for
    up to BUSY_TIMEOUT_S.
    """
    memory = str(path) == ":memory:"
    if not memory:
        check_file(path, write=True)
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.02
    while True:
        try:
            return connect_and_migrate(path, memory)
        except sqlite3.OperationalError as exc:
            if not is_locked(exc) or time.monotonic() + pause > deadline:
                raise ArchiveError(f"cannot open archive {path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from None
        except OSError as exc:
            raise ArchiveError(f"cannot create {path}: {exc.strerror}") from None
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def is_locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def connect_and_migrate(path: Path, memory: bool) -> sqlite3.Connection:
    if not memory:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        migrate(sqlite_utils.Database(conn), path)
        # WAL: readers (search, Datasette) never block the crawl and vice versa.  Readers
        # open the file too: write only what must change.
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(db: sqlite_utils.Database, path: Path) -> None:
    """Bring the archive to SCHEMA_VERSION, once, whoever else opens it at the same time.

    The check and the migrations run inside one ``BEGIN EXCLUSIVE`` transaction: a second
    process opening the same fresh file waits for the lock (busy_timeout), then re-checks and
    finds nothing left to do.  An up-to-date archive takes no lock at all.
    """
    if (applied_migrations(db, path) is not None and not MIGRATIONS.pending(db)
            and db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION):
        return
    db.execute("BEGIN EXCLUSIVE")
    try:
        applied_migrations(db, path)  # again, under the lock: another process may have won
        if MIGRATIONS.pending(db):
            MIGRATIONS.apply(db)
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    return conn


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open an existing archive of this schema version read-only (SQLite ``mode=ro``).

    The file is identified first through an immutable connection when it is in WAL mode with
    no ``-wal`` beside it, so that refusing a file that is not ours leaves nothing behind.  The
    reading connection itself is a plain ``mode=ro`` one, which lets SQLite create the
    ``-wal``/``-shm`` coordination files a WAL reader needs (the archive file is never
    written); where it cannot (a read-only directory) and no ``-wal`` exists, no crawl can be
    writing, and the file is read as immutable.  docs/design.md, "Opening an archive".
    """
    header = check_file(path, write=False)
    wal_mode = len(header) > 18 and header[18] == 2
    no_wal_file = not Path(f"{path}-wal").is_file()
    try:
        probe = connect_read_only(path, immutable=wal_mode and no_wal_file)
        try:
            applied = applied_migrations(sqlite_utils.Database(probe), path)
        finally:
            probe.close()
        if applied is None:
            raise ArchiveError(f"{path} is empty: not a vnnews archive (yet)")
        pending = [name for name in migration_names() if name not in applied]
        if pending:
            version = int.from_bytes(header[60:64], "big") if len(header) >= 64 else "?"
            raise ArchiveError(
                f"{path} has schema version {version} and this vnnews reads {SCHEMA_VERSION}: "
                f"the next `vnnews crawl`, `vnnews reparse` or `vnnews import-warc` on it "
                f"upgrades it")
        conn = connect_read_only(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            # "unable to open database file" or "attempt to write a readonly database":
            # SQLite could not create the -wal/-shm it wants beside the file.
            if not (wal_mode and no_wal_file):
                raise
            conn = connect_read_only(path, immutable=True)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):
            raise ArchiveError(f"cannot read archive {path}: {exc}") from None
        raise damaged(path, exc) from None
    return conn


def now_utc() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def content_hash(row: dict[str, Any]) -> str:
    """SHA-256 over the content columns, so a re-crawl can tell an edited article."""
    payload = json.dumps([row.get(c) for c in CONTENT_COLUMNS], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


ARTICLE_COLUMNS = ("url", "site", "title", "sapo", "body", "authors", "source", "published_at",
                   "published_raw", "views", "category", "tags", "images", "related",
                   "fetched_at", "provenance", "first_seen", "last_seen", "content_hash")
UPSERT_ARTICLE_SQL = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ARTICLE_COLUMNS)}) ON CONFLICT (url) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ARTICLE_COLUMNS if c not in ("url", "first_seen")))
UPDATE_SEEN_SQL = ("UPDATE articles SET views = ?, fetched_at = ?, last_seen = ?, provenance = ? "
                   "WHERE url = ?")


def pack_page(page: Page) -> Page:
    """Fill the page's digest and compressed body (``Page.sha256``, ``Page.compressed``), the
    CPU-heavy part of storing it, so that it can be done off the writer's core."""
    if page.sha256 is None or page.compressed is None:
        page.sha256, page.compressed = pack_body(page.body)
    return page


def article_row(article: Article) -> dict[str, Any]:
    """The ``articles`` row of an Article: list columns as JSON, hash, last_seen."""
    row = article.to_dict()
    row.update({c: json.dumps(row[c], ensure_ascii=False) for c in LIST_COLUMNS})
    row["content_hash"] = content_hash(row)
    row["last_seen"] = article.fetched_at
    row["first_seen"] = None
    return row


@dataclass
class StoreResult:
    status: str  # "new", "updated" or "unchanged"
    url: str


class Archive:
    """An open archive file.  Use as a context manager, or call ``close()``.

    ``Archive(path)`` is for the commands that write (crawl, reparse, import-warc): it creates
    the file or migrates it to SCHEMA_VERSION.  ``Archive(path, readonly=True)`` is for the
    commands that read (search, stats, views, export, serve): it opens the file read-only and
    refuses one that is missing, not a vnnews archive, or of another schema version.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        conn = open_read_only(self.path) if readonly else open_for_writing(self.path)
        if not readonly:
            conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
            # Savepoints (one per article in a group) journal the pages they change: in
            # memory, not in a temporary file.
            conn.execute("PRAGMA temp_store = MEMORY")
        self.db = sqlite_utils.Database(conn)
        # Accent- and case-insensitive comparison of names in SQL: vn_fold('Duy Huy').
        conn.create_function("vn_fold", 1, fold_for_match, deterministic=True)
        self.group_seconds: float | None = None  # None: one transaction per write
        self.group_began = 0.0  # time.monotonic() of the open group's BEGIN
        self.depth = 0  # transaction() blocks open, nested
        self.deferring = False  # the open group's transaction holds the deferral row
        self.unindexed: set[int] = set()  # rowids of the open group's new, unindexed articles
        # What index_deferred indexed in the open group, batch by batch: a savepoint rolled
        # back undoes the batches indexed inside it, which must then wait again.
        self.indexed: list[set[int]] = []

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.end_group()
        self.db.close()

    # ---- transactions: one per write, or grouped (a crawl) ----

    def begin_group(self, seconds: float = GROUP_SECONDS) -> None:
        """Group the writes that follow: one transaction for all the writes of ``seconds``.

        Each ``transaction()`` block is still atomic (a savepoint inside the group's
        transaction: a failed article leaves nothing behind), but the group's transaction is
        committed only once it is ``seconds`` old (checked after every block, and by
        ``commit_if_due`` from a timer), or by ``commit``/``end_group``/``close``.  A crash
        loses the blocks of the open group, never part of one.  One commit, and one indexing
        statement per search index, per group instead of per article (docs/design.md, "The
        archive's write path")."""
        self.group_seconds = seconds

    def end_group(self) -> None:
        """Commit what the group holds and go back to one transaction per write."""
        self.commit()
        self.group_seconds = None

    def commit(self) -> None:
        """Commit the open group transaction, if any (outside a ``transaction()`` block),
        with its new articles indexed for search first."""
        if self.depth == 0 and self.db.conn.in_transaction:
            if self.deferring:
                self.index_deferred()
                self.db.execute(f"DELETE FROM {DEFERRAL_TABLE}")
                self.deferring = False
                self.indexed.clear()
            self.db.execute("COMMIT")

    def index_deferred(self) -> None:
        """Index the group's new articles in both search indexes, one statement each.

        Also run before an article is updated or deleted inside the group: the update
        trigger removes the old text's tokens from the index, so they must be in it."""
        if not self.unindexed:
            return
        rowids = json.dumps(sorted(self.unindexed))
        # Both indexes or neither: interrupted between the two (Ctrl-C), a second call must
        # not index the same rows twice in the first.
        self.db.execute("SAVEPOINT vnnews_index")
        try:
            for sql in INDEX_ROWS_SQL.values():
                self.db.execute(sql, [rowids])
        except BaseException:
            self.db.execute("ROLLBACK TO vnnews_index")
            self.db.execute("RELEASE vnnews_index")
            raise
        self.db.execute("RELEASE vnnews_index")
        self.indexed.append(self.unindexed)
        self.unindexed = set()

    def commit_if_due(self) -> bool:
        """Commit the open group transaction once it is ``group_seconds`` old."""
        if (self.group_seconds is not None and self.db.conn.in_transaction
                and time.monotonic() - self.group_began >= self.group_seconds):
            self.commit()
            return True
        return False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """An atomic block of writes.  Alone, BEGIN IMMEDIATE (take the write lock up front so
        two writers queue, not deadlock) ... COMMIT; in a group (``begin_group``), a savepoint
        inside the group's transaction; nested, a savepoint."""
        if self.depth == 0 and self.group_seconds is None:
            self.db.execute("BEGIN IMMEDIATE")
            self.depth += 1
            try:
                yield
            except BaseException:
                self.depth -= 1
                self.db.execute("ROLLBACK")
                raise
            self.depth -= 1
            self.db.execute("COMMIT")
            return
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self.group_began = time.monotonic()
            self.unindexed.clear()
            self.indexed.clear()
            self.db.execute(f"INSERT INTO {DEFERRAL_TABLE} (since) VALUES (?)", [now_utc()])
            self.deferring = True
        name = f"vnnews_{self.depth}"
        self.db.execute(f"SAVEPOINT {name}")
        self.depth += 1
        batches = len(self.indexed)
        try:
            yield
        except BaseException:
            self.depth -= 1
            self.db.execute(f"ROLLBACK TO {name}")
            self.db.execute(f"RELEASE {name}")
            for undone in self.indexed[batches:]:
                self.unindexed |= undone
            del self.indexed[batches:]
            raise
        self.depth -= 1
        self.db.execute(f"RELEASE {name}")
        if self.depth == 0:
            self.commit_if_due()

    # ---- writing ----

    def store(self, article: Article, page: Page | None = None) -> StoreResult:
        """Upsert one article with its related links, view snapshot and raw page, atomically.

        The hot path of every crawl, so it is plain prepared SQL (sqlite-utils looks the
        table's shape up on every call, a dozen queries per article).  An article whose
        content did not change only gets its fetch time, view count and provenance updated:
        its related links, authors and full-text index entry are left alone.
        """
        row = article_row(article)
        with self.transaction():
            existing = self.db.execute(
                "SELECT first_seen, content_hash FROM articles WHERE url = ?", [article.url]
            ).fetchone()
            if existing and existing[1] == row["content_hash"]:
                status = "unchanged"
                self.db.execute(UPDATE_SEEN_SQL, [row["views"], row["fetched_at"],
                                                  row["last_seen"], row["provenance"],
                                                  article.url])
            else:
                status = "updated" if existing else "new"
                row["first_seen"] = existing[0] if existing else article.fetched_at
                if existing:
                    self.index_deferred()
                cursor = self.db.execute(UPSERT_ARTICLE_SQL, [row[c] for c in ARTICLE_COLUMNS])
                if not existing and self.deferring:
                    self.unindexed.add(cursor.lastrowid)
                # A new article has no links or authors to replace yet.
                self.replace_related(article, new=not existing)
                self.replace_authors(article, new=not existing)
            if article.views is not None:
                self.db.execute("INSERT OR REPLACE INTO article_views (article_url, seen_at, "
                                "views) VALUES (?, ?, ?)",
                                [article.url, article.fetched_at, article.views])
            if page is not None:
                self.store_page(article.url, article.fetched_at, page)
        return StoreResult(status, article.url)

    def replace_related(self, article: Article, *, new: bool = False) -> None:
        if not new:
            self.db.execute("DELETE FROM related_articles WHERE article_url = ?", [article.url])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO related_articles (article_url, url, title, position) "
            "VALUES (?, ?, ?, ?)",
            [(article.url, r["url"], r["title"], i) for i, r in enumerate(article.related)])

    def replace_authors(self, article: Article, *, new: bool = False) -> None:
        if not new:
            self.db.execute("DELETE FROM article_authors WHERE article_url = ?", [article.url])
        self.db.conn.executemany(
            "INSERT INTO article_authors (article_url, author, position) VALUES (?, ?, ?)",
            [(article.url, name, i) for i, name in enumerate(article.authors)])

    def update_extracted(self, article: Article) -> None:
        """Rewrite an archived article's extracted fields (after ``vnnews reparse``): no new
        view snapshot, no page, ``first_seen``/``last_seen``/``fetched_at`` untouched."""
        row = article_row(article)
        self.index_deferred()
        for kept in ("fetched_at", "first_seen", "last_seen"):
            row.pop(kept)
        self.db["articles"].update(article.url, row)
        self.replace_related(article)
        self.replace_authors(article)

    def store_page(self, url: str, fetched_at: str, page: Page) -> None:
        """Keep the raw bytes once per distinct body: an identical refetch only moves fetched_at."""
        digest = page.sha256 or hashlib.sha256(page.body).hexdigest()
        moved = self.db.execute("UPDATE pages SET fetched_at = ? WHERE url = ? AND sha256 = ?",
                                [fetched_at, url, digest]).rowcount
        if moved:
            return
        self.db.execute(
            "INSERT INTO pages (url, sha256, fetched_url, fetched_at, status, content_type, "
            "headers, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [url, digest, page.url, fetched_at, page.status, page.content_type,
             json.dumps(page.headers, ensure_ascii=False),
             page.compressed or zlib.compress(page.body, PAGE_ZLIB_LEVEL)])

    def start_run(self, site: str) -> int:
        with self.transaction():
            table = self.db["crawl_runs"].insert(
                {"site": site, "started_at": now_utc(), "status": "running", "stats": "{}"})
        return table.last_pk

    def finish_run(self, run_id: int, status: str, stats: dict[str, Any]) -> None:
        with self.transaction():
            self.db["crawl_runs"].update(run_id, {
                "finished_at": now_utc(), "status": status,
                "stats": json.dumps(stats, ensure_ascii=False, default=str, sort_keys=True)})

    # ---- crawl state (m003): the frontier, the listing cursors, the walks ----
    # Each method is one statement; a caller that needs a batch to be atomic (a listing page's
    # links with its cursor) wraps the calls in ``with archive.transaction():``.

    def frontier(self, site: str) -> dict[str, dict[str, Any]]:
        """The site's frontier by URL: ``source``, ``published_at``, ``tries``, ``last_error``."""
        rows = dict_rows(self.db.execute(
            "SELECT url, source, published_at, tries, last_error FROM crawl_frontier "
            "WHERE site = ?", [site]))
        return {row.pop("url"): row for row in rows}

    def frontier_add(self, site: str, rows: Iterable[tuple[str, str, str | None]]) -> int:
        """Add discovered ``(url, source, published_at)``; a URL already there keeps its row.
        Returns how many were added."""
        found_at = now_utc()
        cursor = self.db.conn.executemany(
            "INSERT OR IGNORE INTO crawl_frontier (site, url, source, found_at, published_at, "
            "tries) VALUES (?, ?, ?, ?, ?, 0)",
            [(site, url, source, found_at, published) for url, source, published in rows])
        return max(cursor.rowcount, 0)

    def frontier_done(self, site: str, urls: Iterable[str]) -> None:
        """Forget URLs that were archived (or turned out not to be articles)."""
        self.db.conn.executemany("DELETE FROM crawl_frontier WHERE site = ? AND url = ?",
                                 [(site, url) for url in urls])

    def frontier_failed(self, site: str, url: str, reason: str) -> None:
        """Count one more failed try of a frontier URL, with its reason."""
        self.db.execute(
            "UPDATE crawl_frontier SET tries = tries + 1, last_error = ?, last_try_at = ? "
            "WHERE site = ? AND url = ?", [reason, now_utc(), site, url])

    def frontier_dated(self, site: str, url: str, published_at: str) -> None:
        """Record an article's real publication date (it was older than the crawl's --since:
        kept for a later crawl that reaches further back)."""
        self.db.execute("UPDATE crawl_frontier SET published_at = ? WHERE site = ? AND url = ?",
                        [published_at, site, url])

    def frontier_summary(self, site: str, max_tries: int) -> dict[str, int]:
        """How many frontier URLs are pending, failed (to be retried), given up."""
        row = self.db.execute(
            "SELECT coalesce(sum(tries = 0), 0), coalesce(sum(tries > 0 AND tries < :max), 0), "
            "coalesce(sum(tries >= :max), 0) FROM crawl_frontier WHERE site = :site",
            {"site": site, "max": max_tries}).fetchone()
        return dict(zip(("pending", "failed", "given_up"), row))

    def cursors(self, site: str, walk: str) -> list[dict[str, Any]]:
        """Where unfinished walks of a listing go on, newest first: ``id``, ``url``, ``since``."""
        return dict_rows(self.db.execute(
            "SELECT id, url, since FROM crawl_cursors WHERE site = ? AND walk = ? "
            "ORDER BY id DESC", [site, walk]))

    def open_cursor(self, site: str, walk: str, url: str, since: str | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO crawl_cursors (site, walk, url, since, created_at) VALUES (?, ?, ?, ?, ?)",
            [site, walk, url, since, now_utc()])
        return int(cursor.lastrowid)

    def move_cursor(self, cursor_id: int, url: str, since: str | None = None) -> None:
        self.db.execute("UPDATE crawl_cursors SET url = ?, since = ? WHERE id = ?",
                        [url, since, cursor_id])

    def close_cursor(self, cursor_id: int) -> None:
        self.db.execute("DELETE FROM crawl_cursors WHERE id = ?", [cursor_id])

    def close_cursors(self, site: str, walk: str) -> None:
        self.db.execute("DELETE FROM crawl_cursors WHERE site = ? AND walk = ?", [site, walk])

    def walks(self, site: str) -> dict[str, dict[str, Any]]:
        """The site's walks (listings, sitemaps) by URL: ``source``, ``complete_since``,
        ``lastmod``, ``walked_at``."""
        rows = dict_rows(self.db.execute(
            "SELECT walk, source, complete_since, lastmod, walked_at FROM crawl_walks "
            "WHERE site = ?", [site]))
        return {row.pop("walk"): row for row in rows}

    def record_walk(self, site: str, walk: str, source: str, complete_since: str,
                    lastmod: str | None = None) -> None:
        """A walk read completely back to ``complete_since`` ("" for all of it)."""
        self.db.execute(
            "INSERT INTO crawl_walks (site, walk, source, complete_since, lastmod, walked_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (site, walk) DO UPDATE SET "
            "source = excluded.source, complete_since = excluded.complete_since, "
            "lastmod = excluded.lastmod, walked_at = excluded.walked_at",
            [site, walk, source, complete_since, lastmod, now_utc()])

    # ---- reading ----

    def search(self, query: str, *, site: str | None = None, since: str | None = None,
               until: str | None = None, author: str | None = None,
               limit: int = 20) -> list[dict]:
        """Articles matching a query, best first, with a highlighted one-line snippet.

        What a Vietnamese reader means (``search_plan``): words typed with diacritics match
        them exactly, words typed without match every spelling; the exact phrase, then the
        words as written, rank before the rest, which bm25 orders.
        """
        plan = search_plan(query)
        table = plan.table
        params: dict[str, Any] = {"match": plan.match, "site": site, "since": since,
                                  "until": until, "author": author, "limit": limit}
        tiers = []
        for i, (other, expression) in enumerate(plan.tiers):
            tiers.append(f"{table}.rowid IN (SELECT rowid FROM {other} WHERE {other} "
                         f"MATCH :tier{i})")
            params[f"tier{i}"] = expression
        keys = ", ".join(f"{t} AS tier{i}" for i, t in enumerate(tiers)) or "0 AS tier0"
        order = "".join(f"tier{i} DESC, " for i in range(len(tiers)))
        # The articles row is looked up for every match only when a filter needs it.
        filters = "" if (site, since, until, author) == (None,) * 4 else f"""
            AND {table}.rowid IN (SELECT a.rowid FROM articles a
                WHERE (:site IS NULL OR a.site = :site)
                  AND (:since IS NULL OR a.published_at >= :since)
                  AND (:until IS NULL OR a.published_at < :until)
                  AND (:author IS NULL OR EXISTS (
                        SELECT 1 FROM article_authors au WHERE au.article_url = a.url
                        AND vn_fold(au.author) = vn_fold(:author))))"""
        # Ranked first, snippets after: SQLite computes every result column of every match
        # before sorting, and a snippet costs far more than the rank.  The second MATCH,
        # restricted to the few rowids kept (CROSS JOIN: ranked is the outer loop), is one
        # index seek each.
        sql = f"""
            WITH ranked AS (
                SELECT {table}.rowid AS rid, {keys}, bm25({table}, 10.0, 3.0, 1.0) AS score
                FROM {table} WHERE {table} MATCH :match {filters}
                ORDER BY {order}score LIMIT :limit)
            SELECT a.url, a.site, a.title, a.published_at, a.views,
                   snippet({table}, 2, '[', ']', '…', 12) AS snippet
            FROM ranked CROSS JOIN {table} CROSS JOIN articles a
            WHERE {table} MATCH :match AND {table}.rowid = ranked.rid
              AND a.rowid = ranked.rid
            ORDER BY {order}ranked.score"""
        try:
            hits = dict_rows(self.db.execute(sql, params))
        except sqlite3.OperationalError as exc:
            raise query_error(query, exc) from None
        for hit in hits:
            # Paragraphs are separated by blank lines: a snippet is one line of a result.
            hit["snippet"] = " ".join((hit["snippet"] or "").split())
        return hits

    def iter_articles(self, *, site: str | None = None, since: str | None = None,
                      until: str | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Archived articles as contract dicts (list columns decoded), in rowid order, streamed
        in batches so a million rows never sit in memory at once."""
        sql = f"""SELECT rowid AS rowid_, * FROM articles WHERE rowid > ? {ARTICLE_FILTER}
                  ORDER BY rowid LIMIT ?"""
        for row in self.keyset(sql, [site, site, since, since, until, until], batch):
            yield decode_row(row)

    def keyset(self, sql: str, params: list[Any], batch: int) -> Iterator[dict[str, Any]]:
        """Rows of ``sql`` (which selects ``rowid_`` and takes the last rowid first and the
        batch size last) fetched a batch at a time, resuming after the last rowid seen."""
        last = 0
        while chunk := dict_rows(self.db.execute(sql, [last, *params, batch])):
            for row in chunk:
                last = row.pop("rowid_")
                yield row

    def get_article(self, url: str) -> dict[str, Any] | None:
        """The archived article at ``url`` as a contract dict (list columns decoded), or None."""
        found = dict_rows(self.db.execute("SELECT * FROM articles WHERE url = ?", [url]))
        return decode_row(found[0]) if found else None

    def latest_page(self, url: str) -> dict[str, Any] | None:
        """The most recent raw page archived for an article, body decompressed."""
        found = dict_rows(self.db.execute(
            "SELECT * FROM pages WHERE url = ? ORDER BY fetched_at DESC LIMIT 1", [url]))
        return decode_page(found[0]) if found else None

    def iter_pages(self, *, site: str | None = None, batch: int = 200,
                   on_unreadable: Callable[[UnreadablePage], None] | None = None
                   ) -> Iterator[dict[str, Any]]:
        """Every archived raw page (all versions), bodies decompressed, streamed in batches.

        A damaged page raises UnreadablePage, or with ``on_unreadable`` is reported to it and
        skipped.
        """
        sql = """SELECT p.rowid AS rowid_, p.* FROM pages p
                 WHERE p.rowid > ? AND (? IS NULL OR EXISTS (
                     SELECT 1 FROM articles a WHERE a.url = p.url AND a.site = ?))
                 ORDER BY p.rowid LIMIT ?"""
        for row in self.keyset(sql, [site, site], batch):
            try:
                yield decode_page(row)
            except UnreadablePage as exc:
                if on_unreadable is None:
                    raise
                on_unreadable(exc)

    def view_history(self, url: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT seen_at, views FROM article_views WHERE article_url = ? "
                               "ORDER BY seen_at", [url])
        return [{"seen_at": seen_at, "views": views} for seen_at, views in rows.fetchall()]

    def known_articles(self, site: str) -> dict[str, str | None]:
        """``{url: published_at}`` of the site's archived articles, under their archive URL and
        every URL they were fetched from (listing pages may link a non-canonical form)."""
        rows = self.db.execute("""
            SELECT url, published_at FROM articles WHERE site = :site
            UNION SELECT p.fetched_url, a.published_at FROM pages p JOIN articles a
                ON a.url = p.url WHERE a.site = :site AND p.fetched_url IS NOT NULL""",
                               {"site": site})
        return dict(rows.fetchall())

    def sites(self) -> list[str]:
        """The sites that have archived articles."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT site FROM articles ORDER BY site")]

    def any_article(self, *, site: str | None = None, since: str | None = None,
                    until: str | None = None, author: str | None = None) -> bool:
        """Whether any archived article passes these filters (the search filters, without a
        query): how a command tells which filter left it with nothing."""
        return self.db.execute("""
            SELECT 1 FROM articles a WHERE (:site IS NULL OR a.site = :site)
              AND (:since IS NULL OR a.published_at >= :since)
              AND (:until IS NULL OR a.published_at < :until)
              AND (:author IS NULL OR EXISTS (
                    SELECT 1 FROM article_authors au WHERE au.article_url = a.url
                    AND vn_fold(au.author) = vn_fold(:author))) LIMIT 1""",
            {"site": site, "since": since, "until": until, "author": author}
        ).fetchone() is not None

    def has_article(self, url: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone() is not None

    def recent_runs(self, per_site: int = 5) -> list[dict[str, Any]]:
        """The last crawl runs of each site, newest first, stats decoded."""
        rows = self.db.execute("""
            SELECT * FROM (SELECT id, site, started_at, finished_at, status, stats,
                           row_number() OVER (PARTITION BY site ORDER BY id DESC) AS n
                           FROM crawl_runs) WHERE n <= ? ORDER BY site, id DESC""", [per_site])
        runs = dict_rows(rows)
        for run in runs:
            run["stats"] = json.loads(run["stats"] or "{}")
        return runs

    def site_stats(self) -> list[dict[str, Any]]:
        """Per site: articles, date range, share of articles with a date/views/authors, last run."""
        rows = self.db.execute("""
            SELECT site, count(*) AS articles, min(published_at) AS oldest,
                   max(published_at) AS newest,
                   avg(published_at IS NOT NULL) AS with_date,
                   avg(views IS NOT NULL) AS with_views,
                   avg(authors != '[]' OR source IS NOT NULL) AS with_byline,
                   (SELECT count(*) FROM article_views v JOIN articles b
                      ON b.url = v.article_url WHERE b.site = a.site) AS view_snapshots,
                   (SELECT max(finished_at) FROM crawl_runs r WHERE r.site = a.site) AS last_crawl
            FROM articles a GROUP BY site ORDER BY site""")
        return dict_rows(rows)

    def published_per_day(self, since: str) -> list[tuple[str, str, int]]:
        """(site, day, articles) for articles published on or after the day ``since``
        (YYYY-MM-DD), the day as printed (Vietnam time): the input of ``vnnews stats``'s
        weekly sparklines."""
        rows = self.db.execute("""
            SELECT site, substr(published_at, 1, 10) AS day, count(*) FROM articles
            WHERE published_at >= :since GROUP BY site, day ORDER BY site, day""",
                               {"since": since})
        return [tuple(r) for r in rows.fetchall()]


# The filters every article listing shares: ? pairs for site, since (inclusive), until (exclusive).
ARTICLE_FILTER = """AND (? IS NULL OR site = ?) AND (? IS NULL OR published_at >= ?)
                    AND (? IS NULL OR published_at < ?)"""


def dict_rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """A cursor's remaining rows as dicts keyed by column name."""
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values)) for values in cursor.fetchall()]


def decode_row(row: dict[str, Any]) -> dict[str, Any]:
    """An ``articles`` row with its JSON list columns decoded."""
    for column in LIST_COLUMNS:
        if isinstance(row.get(column), str):
            row[column] = json.loads(row[column])
    return row


class UnreadablePage(ArchiveError):
    """A raw page whose stored bytes cannot be decoded (not zlib data, or bad headers JSON)."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"the raw page of {url} is unreadable ({reason})")
        self.url = url
        self.reason = reason


def decode_page(row: dict[str, Any]) -> dict[str, Any]:
    """A ``pages`` row with the body decompressed and headers decoded (UnreadablePage if
    either is damaged)."""
    try:
        row["body"] = zlib.decompress(row["body"])
    except (zlib.error, TypeError) as exc:
        raise UnreadablePage(row["url"], f"zlib: {exc}") from None
    try:
        row["headers"] = json.loads(row["headers"] or "{}")
    except ValueError as exc:
        raise UnreadablePage(row["url"], f"headers: {exc}") from None
    return row


def fold_for_match(text: str | None) -> str | None:
    """Lower-case text without diacritics, "đ" included, for comparing names.

    >>> fold_for_match("Đỗ Thị Hằng")
    'do thi hang'
    """
    return None if text is None else fold_diacritics(text).lower()


def query_error(query: str, exc: sqlite3.OperationalError) -> Exception:
    """The one-line ArchiveError for a query FTS5 rejected; other errors (a locked or
    unreadable file) are returned as they are.

    Everything FTS5 says about the query text (syntax errors, column filters naming no
    column, special queries such as a lone "*") is the user's to fix.
    """
    message = str(exc)
    if "no such column" in message:
        column = message.rsplit(":", 1)[-1].strip()
        return ArchiveError(f"search query {query!r}: there is no {column!r} to search in "
                            f"(columns: {', '.join(FTS_COLUMNS)})")
    if any(s in message for s in ("fts5", "syntax error", "unterminated", "special query",
                                  "unrecognized", "malformed MATCH")):
        return ArchiveError(f"malformed search query {query!r}: {message}")
    return exc


# FTS5 syntax a user may type on purpose: quotes, prefix stars, groups, column filters, operators.
FTS_SYNTAX = re.compile(r'["*()^:]|\b(AND|OR|NOT|NEAR)\b')
WORD = re.compile(r"\w+")
# Tone marks (as combining characters): the only marks that move between the two spellings.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
MAX_PHRASES = 8  # tone-placement combinations tried for the phrase tier


@dataclass
class SearchPlan:
    """How a query is run: the FTS table and expression whose bm25 and snippet are shown,
    and ranking tiers, (table, expression) pairs whose matches come first, in order."""

    table: str
    match: str
    tiers: list[tuple[str, str]]


def has_marks(word: str) -> bool:
    """Whether the word was typed with any diacritic ("đ" included).

    >>> has_marks("Đảng"), has_marks("dang"), has_marks("Covid")
    (True, False, False)
    """
    return fold_diacritics(word) != word


def tone_placements(word: str) -> list[str]:
    """The word as typed and, for a final "oa", "oe" or "uy", with its tone mark on the other
    vowel: Vietnamese writes both "hòa" (old style) and "hoà" (new style), "thủy" and "thuỷ".

    >>> tone_placements("hòa")
    ['hòa', 'hoà']
    >>> tone_placements("Thuỷ")
    ['Thuỷ', 'Thủy']
    >>> tone_placements("hoàn"), tone_placements("quý"), tone_placements("bộ")
    (['hoàn'], ['quý'], ['bộ'])
    """
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:
        return [word]
    bare = unicodedata.normalize("NFC", decomposed.replace(tones[0], ""))
    ending = bare[-2:].lower()
    if ending not in ("oa", "oe", "uy") or bare[-3:-2].lower() == "q":
        return [word]
    placed = [unicodedata.normalize("NFC", bare[:i] + bare[i] + tones[0] + bare[i + 1:])
              for i in (len(bare) - 2, len(bare) - 1)]
    return [word] + [p for p in placed if p != word]


def quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def exact_term(word: str) -> str:
    """One word for the exact index, either tone placement accepted.

    >>> exact_term("thủy")
    '("thủy" OR "thuỷ")'
    """
    spellings = tone_placements(word)
    if len(spellings) == 1:
        return quoted(word)
    return "(" + " OR ".join(quoted(s) for s in spellings) + ")"


def exact_phrase(words: list[str]) -> str:
    """The words as one phrase for the exact index, in each tone placement (a few at most)."""
    phrases = [[]]
    for word in words:
        phrases = [p + [s] for p in phrases for s in tone_placements(word)][:MAX_PHRASES]
    return " OR ".join(quoted(" ".join(p)) for p in phrases)


def search_plan(query: str) -> SearchPlan:
    """How to run a user's query so that it means what a Vietnamese reader means.

    - A query typed with diacritics is matched exactly, word for word (the exact index,
      either tone placement): "Đảng bộ" finds "Đảng bộ", never "đang bố".  Its words without
      marks are matched as written too: whoever types marks writes "khu kinh tế", whose "khu"
      and "kinh" have none.
    - A query typed without diacritics matches every spelling (the folded index): "dang bo"
      finds "Đảng bộ" and "đang bố".
    - The exact phrase ranks first, then (a query without marks) articles with the words
      as typed, then bm25: "dai hoi dang bo" puts "Đại hội Đảng bộ" before "… kéo dài
      đang …".
    - A query with FTS5 syntax is passed through, to the exact index if it has diacritics.

    >>> plan = search_plan("Đảng bộ")
    >>> plan.table, plan.match, plan.tiers
    ('articles_fts_exact', '"Đảng" AND "bộ"', [('articles_fts_exact', '"Đảng bộ"')])
    >>> plan = search_plan("dai hoi")
    >>> plan.table, plan.match, plan.tiers[0]
    ('articles_fts', '"dai" AND "hoi"', ('articles_fts', '"dai hoi"'))
    """
    text = clean_text(query)
    if not text:
        raise ArchiveError("empty search query")
    if FTS_SYNTAX.search(text):
        if has_marks(text):
            return SearchPlan(EXACT_INDEX, text, [])
        return SearchPlan(FOLDED_INDEX, fold_d(text), [])
    words = WORD.findall(text)
    if not words:
        raise ArchiveError(f"search query {query!r} has no words")
    # Explicit AND: FTS5 takes no implicit AND after a parenthesized group.
    exact_all = " AND ".join(exact_term(w) for w in words)
    if has_marks(text):
        tiers = [(EXACT_INDEX, exact_phrase(words))] if len(words) > 1 else []
        return SearchPlan(EXACT_INDEX, exact_all, tiers)
    tiers = [(FOLDED_INDEX, quoted(" ".join(fold_d(w) for w in words)))] \
        if len(words) > 1 else []
    return SearchPlan(FOLDED_INDEX, " AND ".join(quoted(fold_d(w)) for w in words),
                      tiers + [(EXACT_INDEX, exact_all)])


def fts_query(query: str) -> str:
    """A user's query as an expression for the folded index (``articles_fts``): what
    ``search`` ran before the exact index, kept for the benchmark's rank-only baseline.

    >>> fts_query("Đại hội Đảng bộ")
    '"Dại" "hội" "Dảng" "bộ"'
    """
    folded = fold_d(clean_text(query))
    if not folded:
        raise ArchiveError("empty search query")
    if FTS_SYNTAX.search(folded):
        return folded
    words = WORD.findall(folded)
    if not words:
        raise ArchiveError(f"search query {query!r} has no words")
    return " ".join(quoted(w) for w in words)
