"""Sanity checks for a held-out set's files themselves (never runs the extractor).

Usage: python benchmarks/check_heldout_files.py benchmarks/heldout4 [benchmarks/heldout3 ...]
Checks: every JSON parses; page.html decodes in its declared charset (UTF-8 when none is
declared); expected.json has exactly the Article contract keys; published_at ends in +07:00;
fetched_at agrees with meta.json; image and related URLs are absolute; and every expected
title, sapo, body paragraph, caption, related title and tag occurs in the text a reader sees
(compared after NFC normalisation and whitespace folding; a sapo may also come from the page's
description meta). The strings sets have the required fields.
"""
import html as htmllib
import json
import re
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import lxml.html

KEYS = ["url", "site", "title", "sapo", "body", "authors", "source", "published_at",
        "published_raw", "views", "category", "tags", "images", "related", "fetched_at"]


def declared_charset(meta: dict, raw: bytes) -> str:
    m = re.search(r"charset=([\w-]+)", meta["headers"].get("Content-Type", ""), re.I)
    if not m:
        m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.I)
        return m.group(1).decode() if m else "utf-8"
    return m.group(1)


def fold(text: str) -> str:
    # The Icelandic eth (U+00D0) old pages print for "Đ" is read as "Đ" (the text contract,
    # crawler.normalize.text): a label spelling it "Đ" is in the page.
    text = unicodedata.normalize("NFC", htmllib.unescape(text)).replace("\u00d0", "\u0110")
    return re.sub(r"\s+", " ", text).strip()


def reader_text(doc) -> str:
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return fold(" ".join(t for t in doc.xpath("//body//text()")))


def meta_text(doc) -> str:
    return fold(" ".join(doc.xpath("//meta[@name='description' or @property='og:description']/@content")))


def check_text(exp: dict, seen: str, described: str) -> list[str]:
    errors = []
    wanted = [("title", exp["title"])]
    wanted += [("paragraph", p) for p in exp["body"].split("\n\n")]
    wanted += [("caption", i["caption"]) for i in exp["images"] if i["caption"]]
    wanted += [("related title", r["title"]) for r in exp["related"]]
    wanted += [("tag", t) for t in exp["tags"]]
    for what, value in wanted:
        if fold(value) not in seen:
            errors.append(f"{what} not in page text: {value[:70]!r}")
    if exp["sapo"] and fold(exp["sapo"]) not in seen and fold(exp["sapo"]) not in described:
        errors.append(f"sapo not in page text: {exp['sapo'][:70]!r}")
    if exp["published_raw"] and fold(exp["published_raw"]) not in seen:
        errors.append(f"published_raw not printed: {exp['published_raw']!r}")
    return errors


def check_case(case: Path) -> list[str]:
    errors = []
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    raw = (case / "page.html").read_bytes()
    charset = declared_charset(meta, raw)
    try:
        text = raw.decode({"windows-1258": "cp1258"}.get(charset.lower(), charset))
    except (UnicodeDecodeError, LookupError) as e:
        return [f"page.html does not decode as {charset}: {e}"]
    if list(exp) != KEYS:
        errors.append(f"expected keys {list(exp)}")
    if meta.get("kind") != "article" or "modelled_on" not in meta:
        errors.append("meta.json needs kind=article and modelled_on")
    if exp["published_at"] is not None:
        if not exp["published_at"].endswith("+07:00"):
            errors.append("published_at not +07:00")
        datetime.fromisoformat(exp["published_at"])
    if exp["fetched_at"] != meta["fetched_at"]:
        errors.append("fetched_at differs from meta.json")
    for item in exp["images"] + exp["related"]:
        if not item["url"].startswith(("http://", "https://")):
            errors.append(f"relative url {item['url']}")
    if not exp["body"] or "\n\n\n" in exp["body"]:
        errors.append("body empty or has triple newlines")
    doc = lxml.html.document_fromstring(text)
    described = meta_text(doc)
    errors += check_text(exp, reader_text(doc), described)
    return errors


def check_strings(here: Path) -> list[str]:
    errors = []
    for name, kind in (("timestamps", "ts"), ("bylines", "by"), ("views", "v")):
        path = here / "strings" / f"{name}.jsonl"
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


def check_set(here: Path) -> int:
    """Print each problem of one held-out set; return how many there were."""
    cases = sorted(p for p in here.iterdir() if (p / "expected.json").exists())
    bad = 0
    for case in cases:
        for err in check_case(case):
            bad += 1
            print(f"{here.name}/{case.name}: {err}")
    for err in check_strings(here):
        bad += 1
        print(f"{here.name}: {err}")
    print(f"{here.name}: {len(cases)} cases checked, {bad} problems")
    return bad


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.split("\n\n")[0], file=sys.stderr)
        return 0 if argv else 2
    missing = [arg for arg in argv if not Path(arg).is_dir()]
    if missing:
        print(f"check_heldout_files: error: not a folder: {missing[0]}", file=sys.stderr)
        return 2
    return 1 if sum(check_set(Path(arg)) for arg in argv) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
