"""Every extraction output on every page we have, one canonical JSON file per page, so that a
change meant only for speed can be shown to change no output (diff two snapshot directories).

    python benchmarks/snapshot_outputs.py OUT_DIR [--no-explain]
    diff -r /tmp/before /tmp/after

The pages: the fixtures (``tests/fixtures/*/*/page.html``, with their meta.json's URL, fetch time
and Content-Type; each read with its site's profile and again with the profile's selectors
removed, the generic path), the held-out sets (``benchmarks/heldout*/*/page.html``), the real
captured pages of ``../shared/real-pages`` (URLs from its manifest.json) and the public
article-extraction benchmark of ``../shared/benchmarks`` (read as ``article_bodies.py`` reads
it: decoded text, no profile).  A folder that is absent is skipped, saying so.

Each file holds ``read_page``'s raw fields and page kind, ``extract_article``'s Article and,
unless ``--no-explain``, the candidates ``explain_page`` rejected.  Pages without a fetch time
get a fixed one, so that two runs compare.  The directory should live outside the repository:
the real pages are never copied into it.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.extract import PageTooLarge, explain_page, extract_article, read_page  # noqa: E402
from crawler.sites import FieldSelectors, Profile, all_profiles, profile_for_url  # noqa: E402

SHARED = ROOT.parent / "shared"
FIXED_FETCHED_AT = "2026-02-01T00:00:00Z"
# article_bodies.py's profile for the public benchmark: no selectors, no domains.
BENCH_GENERIC = Profile(name="generic", domains=(), start_urls=(), article_url=r"$^")


@dataclasses.dataclass
class Input:
    name: str  # the output file's name, unique
    html: bytes | str
    url: str
    fetched_at: str
    content_type: str | None = None
    profile: Profile | None = None


def case_inputs(folder: Path, prefix: str, with_generic: bool) -> Iterator[Input]:
    """A saved page with its meta.json: with its profile and, if asked, without selectors."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    html = (folder / "page.html").read_bytes()
    content_type = (meta.get("headers") or {}).get("Content-Type")
    fetched_at = meta.get("fetched_at") or FIXED_FETCHED_AT
    yield Input(f"{prefix}", html, meta["url"], fetched_at, content_type)
    if with_generic:
        profile = all_profiles().get(folder.parent.name) or profile_for_url(meta["url"])
        if profile is not None:
            generic = dataclasses.replace(profile, fields=FieldSelectors())
            yield Input(f"{prefix}~generic", html, meta["url"], fetched_at, content_type,
                        generic)


def all_inputs() -> Iterator[Input]:
    for page in sorted(ROOT.glob("tests/fixtures/*/*/page.html")):
        folder = page.parent
        yield from case_inputs(folder, f"fixture~{folder.parent.name}~{folder.name}", True)
    for page in sorted(ROOT.glob("benchmarks/heldout*/*/page.html")):
        folder = page.parent
        yield from case_inputs(folder, f"{folder.parent.name}~{folder.name}", False)
    manifest = SHARED / "real-pages" / "manifest.json"
    if manifest.is_file():
        for entry in json.loads(manifest.read_text(encoding="utf-8")):
            path = SHARED / "real-pages" / entry["file"]
            url = entry.get("url") or f"https://{entry['site'].split()[0]}/"
            content_type = f"text/html; charset={entry['charset']}" if entry.get("charset") else None
            yield Input("real~" + entry["file"].replace("/", "~"), path.read_bytes(), url,
                        FIXED_FETCHED_AT, content_type)
    else:
        print(f"skipped: {manifest.parent} is absent", file=sys.stderr)
    bench = SHARED / "benchmarks" / "article-extraction"
    if (bench / "ground-truth.json").is_file():
        truth = json.loads((bench / "ground-truth.json").read_text())
        for item_id, entry in sorted(truth.items()):
            html = gzip.decompress((bench / "html" / f"{item_id}.html.gz").read_bytes())
            yield Input(f"bench~{item_id}", html.decode("utf-8", errors="replace"),
                        entry.get("url") or "http://x/", FIXED_FETCHED_AT,
                        profile=BENCH_GENERIC)
    else:
        print(f"skipped: {bench} is absent", file=sys.stderr)


def outputs(page: Input, explain: bool) -> dict[str, Any]:
    """What every entry point returns for the page, as plain data."""
    kwargs = dict(profile=page.profile, fetched_at=page.fetched_at,
                  content_type=page.content_type)
    try:
        reading = read_page(page.html, page.url, **kwargs)
    except PageTooLarge as error:
        return {"error": str(error)}
    raw = {k: v for k, v in dataclasses.asdict(reading.raw).items() if k != "page"}
    out: dict[str, Any] = {"raw": raw, "kind": reading.kind,
                           "article": extract_article(page.html, page.url, **kwargs).to_dict()}
    if explain:
        article, rejected = explain_page(page.html, page.url, **kwargs)
        out["explained_article"] = article.to_dict()
        out["rejected"] = rejected
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a directory outside the repository")
    parser.add_argument("--no-explain", action="store_true")
    args = parser.parse_args()
    import logging
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    args.out.mkdir(parents=True, exist_ok=True)
    count = 0
    for page in all_inputs():
        data = outputs(page, explain=not args.no_explain)
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, default=repr)
        (args.out / f"{page.name}.json").write_text(text + "\n", encoding="utf-8")
        count += 1
    print(f"{count} pages written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
