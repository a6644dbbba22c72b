"""Sanity checks for the heldout3 files themselves (never runs the extractor).

Usage: python benchmarks/heldout3/check_files.py
Checks: every JSON parses; page.html decodes in its declared charset (UTF-8 when none is
declared); expected.json has exactly the Article contract keys; published_at ends in +07:00;
image and related URLs are absolute; the strings sets have the required fields.
"""
import json
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["url", "site", "title", "sapo", "body", "authors", "source", "published_at",
        "published_raw", "views", "category", "tags", "images", "related", "fetched_at"]


def declared_charset(meta: dict, raw: bytes) -> str:
    m = re.search(r"charset=([\w-]+)", meta["headers"].get("Content-Type", ""), re.I)
    if not m:
        m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.I)
        return m.group(1).decode() if m else "utf-8"
    return m.group(1)


def check_case(case: Path) -> list[str]:
    errors = []
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    raw = (case / "page.html").read_bytes()
    charset = declared_charset(meta, raw)
    try:
        raw.decode({"windows-1258": "cp1258"}.get(charset.lower(), charset))
    except (UnicodeDecodeError, LookupError) as e:
        errors.append(f"page.html does not decode as {charset}: {e}")
    if list(exp) != KEYS:
        errors.append(f"expected keys {list(exp)}")
    if meta.get("kind") != "article" or "modelled_on" not in meta:
        errors.append("meta.json needs kind=article and modelled_on")
    if exp["published_at"] is not None and not exp["published_at"].endswith("+07:00"):
        errors.append("published_at not +07:00")
    if exp["fetched_at"] != meta["fetched_at"]:
        errors.append("fetched_at differs from meta.json")
    for item in exp["images"] + exp["related"]:
        if not item["url"].startswith(("http://", "https://")):
            errors.append(f"relative url {item['url']}")
    if not exp["body"] or "\n\n\n" in exp["body"]:
        errors.append("body empty or has triple newlines")
    return errors


def check_strings() -> list[str]:
    errors = []
    for name, kind in (("timestamps", "ts"), ("bylines", "by"), ("views", "v")):
        path = HERE / "strings" / f"{name}.jsonl"
        if not path.exists():
            errors.append(f"missing {path}")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            if not row.get("text") or not row.get("source_url") or "expected" not in row:
                errors.append(f"{name}:{n} missing field")
            exp = row["expected"]
            if kind == "ts":
                datetime.fromisoformat(row["now"].replace("Z", "+00:00"))
                if exp is not None and not exp.endswith("+07:00"):
                    errors.append(f"{name}:{n} expected not +07:00")
                if exp is not None:
                    datetime.fromisoformat(exp)
            if kind == "by" and (set(exp) != {"authors", "source"} or not isinstance(exp["authors"], list)):
                errors.append(f"{name}:{n} bad expected")
            if kind == "v" and exp is not None and not isinstance(exp, int):
                errors.append(f"{name}:{n} bad expected")
    return errors


def main() -> int:
    cases = sorted(p for p in HERE.iterdir() if (p / "expected.json").exists())
    bad = 0
    for case in cases:
        for err in check_case(case):
            bad += 1
            print(f"{case.name}: {err}")
    for err in check_strings():
        bad += 1
        print(err)
    print(f"{len(cases)} cases checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
