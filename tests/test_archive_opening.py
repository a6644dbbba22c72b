"""Opening an archive: read commands never write, foreign and newer files are refused and left
untouched, only the writing commands create or migrate, and concurrent openers of a fresh file
wait for each other instead of failing (issue #10, items 2, 3 and 7)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from conftest import FIXTURES, run_vnnews
from crawler.archive.storage import SCHEMA_VERSION, Archive, ArchiveError

SEED_URL = "https://thaibinhtv.vn/tin-tuc/thoi-su/phat-trien-cong-nghiep-thuong-mai-hien-dai-30512.html"


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """The file's SHA-256, its mtime in ns, and every file beside it (so -wal/-shm show up)."""
    return (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns,
            sorted(p.name for p in path.parent.iterdir()))


def foreign_db(path: Path, *, wal: bool = False) -> Path:
    with sqlite3.connect(path) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE foo (x)")
        conn.execute("INSERT INTO foo VALUES (1)")
    conn.close()
    return path


def newer_archive(path: Path) -> Path:
    Archive(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    return path


READ_COMMANDS = [
    ["stats"],
    ["search", "dang bo"],
    ["views", SEED_URL],
    ["export", "--format", "jsonl"],
    ["serve", "--host", "256.0.0.1"],  # if it ever got as far as Datasette, it would stop
]
WRITE_COMMANDS = [
    ["crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv")],
    ["reparse"],
    ["import-warc", "WARC"],
]


def one_line_error(run) -> str:
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert len(lines) == 1 and lines[0].startswith("vnnews: error: "), run.stderr
    return lines[0]


@pytest.mark.parametrize("command", READ_COMMANDS + WRITE_COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("kind", ["foreign", "foreign-wal", "newer"])
def test_a_file_that_is_not_our_archive_is_refused_and_left_untouched(tmp_path, command, kind):
    (tmp_path / "db").mkdir()
    db = tmp_path / "db" / "o.db"
    if kind == "newer":
        newer_archive(db)
    else:
        foreign_db(db, wal=kind == "foreign-wal")
    before = fingerprint(db)
    args = [str(make_warc(tmp_path)) if a == "WARC" else a for a in command]
    run = run_vnnews(*args, "--db", str(db))
    line = one_line_error(run)
    if kind == "newer":
        assert "newer vnnews" in line and "99" in line
    else:
        assert "not a vnnews archive" in line
    assert fingerprint(db) == before


def make_warc(tmp_path: Path) -> Path:
    """A small valid WARC (the seed page as a response record)."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "seed.warc.gz"
    body = (FIXTURES / "thaibinhtv" / "seed-2020-05-28" / "page.html").read_bytes()
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warc_record(
            SEED_URL, "response", payload=BytesIO(body), length=len(body),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                          protocol="HTTP/1.1")))
    return path


@pytest.mark.parametrize("command", READ_COMMANDS[:4], ids=lambda c: c[0])
def test_read_commands_leave_a_real_archive_byte_for_byte_unchanged(tmp_path, command):
    db = tmp_path / "news.db"
    with Archive(db) as archive:
        archive.db.execute("INSERT INTO articles (url, site, title, body) VALUES (?, ?, ?, ?)",
                           [SEED_URL, "thaibinhtv", "Đại hội Đảng bộ", "Đảng bộ tỉnh."])
    before = fingerprint(db)
    run = run_vnnews(*command, "--db", str(db))
    assert "Traceback" not in run.stderr
    digest, mtime, _ = fingerprint(db)
    assert (digest, mtime) == before[:2]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_create_no_archive(tmp_path, command):
    db = tmp_path / "nothing.db"
    run = run_vnnews(*command, "--db", str(db))
    assert "no archive at" in one_line_error(run)
    assert list(tmp_path.iterdir()) == []


def test_read_commands_refuse_an_older_archive_without_migrating_it(tmp_path):
    import sqlite_utils

    from crawler.archive.storage import MIGRATIONS

    db = tmp_path / "old.db"
    old = sqlite_utils.Database(db)
    MIGRATIONS.apply(old, stop_before="m002_article_authors")
    old.execute("PRAGMA user_version = 1")
    old.close()
    before = fingerprint(db)
    run = run_vnnews("stats", "--db", str(db))
    line = one_line_error(run)
    assert "schema version 1" in line and "vnnews crawl" in line
    assert fingerprint(db) == before


def test_an_empty_file_is_a_new_archive_for_crawl_but_not_for_a_read(tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    assert "not a vnnews archive" in one_line_error(run_vnnews("stats", "--db", str(db)))
    assert db.read_bytes() == b""
    with Archive(db) as archive:
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_read_only_archive_refuses_writes(tmp_path):
    db = tmp_path / "news.db"
    Archive(db).close()
    with Archive(db, readonly=True) as archive:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            archive.db.execute("CREATE TABLE foo (x)")


def test_a_wal_archive_is_read_when_its_shm_and_wal_cannot_be_created(tmp_path):
    """The reader falls back to an immutable open when SQLite cannot create the -wal beside a
    checkpointed archive (a read-only directory; as root, chmod cannot make one, so a
    directory in the -wal file's place stands in for it)."""
    db = tmp_path / "news.db"
    with Archive(db) as archive:
        archive.db.execute("INSERT INTO articles (url, site, title, body) VALUES (?, ?, ?, ?)",
                           [SEED_URL, "thaibinhtv", "Đại hội", "Đảng bộ tỉnh."])
    assert not Path(f"{db}-wal").exists()
    Path(f"{db}-wal").mkdir()
    with Archive(db, readonly=True) as archive:
        assert archive.site_stats()[0]["articles"] == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes regardless of permissions")
def test_a_wal_archive_in_a_read_only_directory_is_readable(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "news.db"
    Archive(db).close()
    folder.chmod(0o555)
    try:
        run = run_vnnews("stats", "--db", str(db))
        assert run.returncode == 0, run.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["news.db"]
    finally:
        folder.chmod(0o755)


# ---- concurrent first opens (item 3) ----

def test_threads_opening_one_fresh_archive_at_once_never_fail(tmp_path):
    failures = []
    # Six at once, 60 times: with four, 20 times, the race struck about once in ten runs
    # (seen in CI); with six it struck 6 times in 150 before open_for_writing retried.
    for attempt in range(60):
        db = tmp_path / f"fresh-{attempt}.db"
        barrier = threading.Barrier(6)

        def open_it() -> None:
            barrier.wait()
            try:
                Archive(db).close()
            except Exception as exc:  # noqa: BLE001 (any failure is the finding)
                failures.append(repr(exc))

        threads = [threading.Thread(target=open_it) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with sqlite3.connect(db) as conn:
            names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        conn.close()
        assert len(names) == len(set(names))
    assert failures == []


def test_processes_opening_one_fresh_archive_at_once_never_fail(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from crawler.archive.storage import Archive; "
            "Archive(sys.argv[1]).close()")
    for attempt in range(6):
        db = tmp_path / f"fresh-{attempt}.db"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(db)],
                                  cwd=Path(__file__).parent.parent, stderr=subprocess.PIPE,
                                  text=True) for _ in range(4)]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        for p in procs:
            p.stderr.close()
        assert all(rc == 0 for rc, _ in results), results


# ---- start-up problems with --db (item 7) ----

def corrupt_archive(path: Path) -> Path:
    Archive(path).close()
    with open(path, "r+b") as f:
        f.seek(100)  # past the header: the schema table is garbage now
        f.write(b"\xff" * 3000)
    return path


@pytest.mark.parametrize("kind, message", [
    ("directory", "is a directory"),
    ("text", "not an SQLite database"),
    ("corrupt", "is damaged"),
])
@pytest.mark.parametrize("command", ["crawl", "stats", "search", "reparse"])
def test_a_bad_db_is_one_line_before_anything_starts(tmp_path, kind, message, command):
    db = tmp_path / "news.db"
    if kind == "directory":
        db.mkdir()
    elif kind == "text":
        db.write_text("just some text, not a database\n" * 20)
    else:
        corrupt_archive(db)
    args = {"crawl": ["crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv")],
            "stats": ["stats"], "search": ["search", "dang bo"], "reparse": ["reparse"]}[command]
    run = run_vnnews(*args, "--db", str(db))
    assert message in one_line_error(run)
    assert "no listing page" not in run.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes regardless of permissions")
def test_an_unreadable_db_is_one_line(tmp_path):
    db = tmp_path / "news.db"
    Archive(db).close()
    db.chmod(0)
    try:
        for args in (["stats"], ["crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv")]):
            assert "permission denied" in one_line_error(run_vnnews(*args, "--db", str(db)))
    finally:
        db.chmod(0o644)


def test_archive_error_names_the_file(tmp_path):
    with pytest.raises(ArchiveError, match="is a directory"):
        Archive(tmp_path)


def test_every_migration_runs_inside_the_callers_transaction(tmp_path):
    """The exclusive lock holds only if no migration commits on its own (executescript
    does: it COMMITs first): rolled back, a fresh file must have no table left."""
    import sqlite_utils

    from crawler.archive.storage import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    MIGRATIONS.apply(sqlite_utils.Database(conn))
    assert conn.in_transaction
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()
