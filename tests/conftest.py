"""Shared test helpers: the fixture cases and a way to run the real `vnnews` CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@dataclass
class Case:
    site: str
    name: str
    path: Path

    @property
    def meta(self) -> dict:
        return json.loads((self.path / "meta.json").read_text(encoding="utf-8"))

    @property
    def html(self) -> bytes:
        return (self.path / "page.html").read_bytes()

    @property
    def expected(self) -> dict:
        return json.loads((self.path / "expected.json").read_text(encoding="utf-8"))

    @property
    def id(self) -> str:
        return f"{self.site}/{self.name}"


def article_cases() -> list[Case]:
    """Every saved article page that has a golden file."""
    return [Case(p.parent.parent.name, p.parent.name, p.parent)
            for p in sorted(FIXTURES.glob("*/*/expected.json"))]


def run_vnnews(*args: str, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh process (Twisted's reactor runs once per process)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("VNNEWS_DB", None)
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture
def vnnews():
    return run_vnnews


@pytest.fixture(scope="session")
def crawled_twice(tmp_path_factory):
    """An archive made by two replayed crawls of the thaibinhtv fixtures (the second with
    --refetch, so every article is fetched twice), and the two runs.

    Tests that use it must not write to it."""
    db = tmp_path_factory.mktemp("crawl") / "news.db"
    runs = [run_vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES / "thaibinhtv"),
                       "--db", str(db), *extra) for extra in ((), ("--refetch",))]
    return db, runs
