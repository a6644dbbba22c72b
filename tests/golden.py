"""Show, and on request rewrite, what the extractor now says about each fixture case.

    python tests/golden.py                  # diff of every case whose extraction changed
    python tests/golden.py thaibinhtv/no-views --write   # rewrite that golden file

Golden files are written by hand and changed only on purpose, after reading this diff:
the test suite never rewrites them.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from conftest import article_cases  # noqa: E402

from crawler.extract import extract_article  # noqa: E402


def current(case) -> dict:
    meta = case.meta
    article = extract_article(case.html, meta["url"], fetched_at=meta["fetched_at"],
                              content_type=(meta.get("headers") or {}).get("Content-Type"))
    data = article.to_dict()
    return {key: data[key] for key in case.expected}


def dump(data: dict) -> list[str]:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").splitlines(keepends=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="site/case ids (default: all)")
    parser.add_argument("--write", action="store_true", help="rewrite the golden files shown")
    args = parser.parse_args()
    changed = 0
    for case in article_cases():
        if args.cases and case.id not in args.cases:
            continue
        new = current(case)
        if new == case.expected:
            continue
        changed += 1
        sys.stdout.writelines(difflib.unified_diff(
            dump(case.expected), dump(new), f"{case.id}/expected.json", "extracted now"))
        if args.write:
            (case.path / "expected.json").write_text("".join(dump(new)), encoding="utf-8")
    print(f"{changed} case(s) differ" + (" (rewritten)" if args.write and changed else ""),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
