"""The profile path's floor with the fastest HTML parser installable here (issue #12, item 1).

``bench.py``'s "profile floor" rows bound what any reading of a profile's fields costs in
Python with lxml (``measure.extraction.floor_reader``): about 3x a bare
``lxml.html.fromstring``, above the 2x target before any rule runs.  This script asks the
question once more with a parser that is not lxml: selectolax's Lexbor engine (C, its own CSS
engine), reading the same fields the same way (each selector once, each element's text with
spaces squeezed and NFC, the printed date through the dates fast path, the view count's
digits, the body's ``<p>``s; no rule, no metadata, no fallback), against the same bare lxml
parse, best of N in one run, on the pages of the profiled fixture sites.

selectolax is not a dependency of vnnews (the extraction layers, parsel and trafilatura all
work on lxml trees); install it beside the project to run this::

    pip install selectolax && python benchmarks/lexbor_floor.py

Without it the script says so and exits 0.
"""

from __future__ import annotations

import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure.common import load_cases, profile_of
from measure.extraction import FLOOR_TEXT_FIELDS, floor_reader

REPEAT = 7


def lexbor_reader(profile: Any) -> Callable[[bytes, Any], dict[str, Any]]:
    """``floor_reader``'s reading of a profile's fields, with Lexbor's parser and selectors."""
    from selectolax.lexbor import LexborHTMLParser

    from crawler.normalize.dates import parse_published

    selectors = profile.fields

    def text(node: Any) -> str:
        return unicodedata.normalize("NFC", " ".join(node.text(deep=True).split()))

    def read(html: bytes, fetched_at: Any) -> dict[str, Any]:
        tree = LexborHTMLParser(html)
        out: dict[str, Any] = {}
        for name in FLOOR_TEXT_FIELDS:
            css = getattr(selectors, name)
            node = tree.css_first(css) if css else None
            out[name] = text(node) if node is not None else None
        out["published"] = parse_published(out["published"], now=fetched_at)
        out["views"] = int("".join(c for c in out["views"] or "" if c.isdigit()) or 0)
        out["tags"] = [text(n) for n in tree.css(selectors.tags)] if selectors.tags else []
        out["related"] = [(link.attributes.get("href") if (link := n.css_first("a")) else None,
                           text(n)) for n in tree.css(selectors.related)] \
            if selectors.related else []
        body = tree.css_first(selectors.body) if selectors.body else None
        out["body"] = "\n\n".join(text(p) for p in body.css("p")) if body is not None else ""
        return out

    return read


def main() -> int:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        print("lexbor_floor: selectolax is not installed (pip install selectolax); nothing measured")
        return 0
    import lxml.html

    from crawler.normalize.article import parse_utc

    cases = [c for c in load_cases() if profile_of(c) is not None]
    fetched = {c.name: parse_utc(c.meta["fetched_at"]) if c.meta.get("fetched_at") else None
               for c in cases}
    lexbor = {c.name: lexbor_reader(profile_of(c)) for c in cases}
    lxml_floor = {c.name: floor_reader(profile_of(c)) for c in cases}
    methods: dict[str, Callable[[Any], Any]] = {
        "lxml.html.fromstring": lambda c: lxml.html.fromstring(c.html),
        "Lexbor parse": lambda c: LexborHTMLParser(c.html),
        "floor, lxml (bench.py's)": lambda c: lxml_floor[c.name](c.html, fetched[c.name]),
        "floor, Lexbor": lambda c: lexbor[c.name](c.html, fetched[c.name]),
    }
    best = dict.fromkeys(methods, float("inf"))
    for _ in range(REPEAT):
        for name, method in methods.items():
            start = time.perf_counter()
            for case in cases:
                method(case)
            best[name] = min(best[name], time.perf_counter() - start)
    base = best["lxml.html.fromstring"]
    print(f"{len(cases)} pages of profiled fixture sites, best of {REPEAT} passes")
    for name, seconds in best.items():
        print(f"  {name:26s} {1000 * seconds / len(cases):7.3f} ms/page  "
              f"{seconds / base:5.2f}x lxml.html.fromstring")
    return 0


if __name__ == "__main__":
    sys.exit(main())
