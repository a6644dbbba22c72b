"""The shortcuts extraction takes for speed give what the long way gives.

Each one is checked against the long way it replaces, on every saved page we have (the
fixtures, the held-out pages and, when present, the real pages of ../shared/real-pages), so a
shortcut that stops being exact fails here.  ``benchmarks/snapshot_outputs.py`` checks the
whole outputs before and after a change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trafilatura
from lxml import etree

from crawler.extract.document import Document

ROOT = Path(__file__).resolve().parent.parent
REAL_PAGES = ROOT.parent / "shared" / "real-pages"


def saved_pages() -> list[tuple[str, bytes, str, str | None]]:
    """(name, bytes, url, content type) of every saved page: fixtures, held-out, real."""
    pages = []
    for path in sorted([*ROOT.glob("tests/fixtures/*/*/page.html"),
                        *ROOT.glob("benchmarks/heldout*/*/page.html")]):
        meta = json.loads((path.parent / "meta.json").read_text(encoding="utf-8"))
        pages.append((f"{path.parent.parent.name}/{path.parent.name}", path.read_bytes(),
                      meta["url"], (meta.get("headers") or {}).get("Content-Type")))
    if (REAL_PAGES / "manifest.json").is_file():
        for entry in json.loads((REAL_PAGES / "manifest.json").read_text(encoding="utf-8")):
            pages.append((entry["file"], (REAL_PAGES / entry["file"]).read_bytes(),
                          entry.get("url") or "https://example.vn/", None))
    return pages


PAGES = saved_pages()


@pytest.mark.parametrize("name,html,url,content_type", PAGES[::7], ids=[p[0] for p in PAGES[::7]])
def test_trafilatura_leaves_the_tree_it_is_given_as_it_was(name, html, url, content_type) -> None:
    # The generic path hands trafilatura the document's own tree, without a copy.
    root = Document.parse(html, url, content_type).root
    before = etree.tostring(root, encoding="unicode")
    trafilatura.extract(root, include_comments=False)
    assert etree.tostring(root, encoding="unicode") == before
