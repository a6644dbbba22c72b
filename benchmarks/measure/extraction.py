"""Extraction ms/page: the profile path against a bare lxml parse, the generic path against
trafilatura, on the fixture copies and on the real captured pages (../shared/real-pages)."""

from __future__ import annotations

import json
import logging
import statistics
from typing import Any

from measure.common import (REAL_PAGES, BenchPage, Section, best_of, decode, generic_profile,
                            interleaved, log, profile_of, ratio)

REAL_REPEAT = 5  # best of 5 per page and method

# The fields a profile's selectors name, in the order the floor reads them.
FLOOR_TEXT_FIELDS = ("title", "published", "views", "sapo", "byline", "category")


def floor_reader(profile: Any, one_scan: bool = False) -> Any:
    """The least any reading of a profile's fields can do in Python with lxml (the "profile
    floor" rows): parse, each selector as one XPath compiled once, each element's text once,
    spaces squeezed and NFC, the printed date through the dates fast path, the view count's
    digits, the body's paragraphs; no decoding rule, no metadata, no quality rule, no
    fallback.  Not a reader of articles: a bound on what the profile path could cost.

    Each XPath is written to start from the attribute its selector asks for
    (``crawler.extract.css.compiled_css``): the fastest single XPath per selector found
    (0.32 ms for a page's selectors on the profiled fixtures against 0.47 for cssselect's
    translation as it is).  With ``one_scan`` a selector led by an attribute test runs from
    the elements that pass it, found by one scan of that attribute's values per page shared
    by every selector (as ``crawler.extract.css`` does: 0.17 ms for the same selectors)."""
    import unicodedata

    import lxml.html
    from lxml import etree

    from crawler.extract.css import compiled_css, selector_start
    from crawler.normalize.dates import parse_published

    if profile is None:
        return None
    attribute_nodes = {}

    def compile_css(css: str | None) -> Any:
        if not css:
            return None
        start = selector_start(css) if one_scan else None
        if start is None:
            xpath = compiled_css(css)
            return lambda root, scans: xpath(root)
        scan = attribute_nodes.setdefault(start.attribute, etree.XPath(f"//@{start.attribute}"))

        def run(root: Any, scans: dict[str, Any]) -> list[Any]:
            values = scans.get(start.attribute)
            if values is None:
                values = scans[start.attribute] = scan(root)
            found = [v.getparent() for v in values
                     if (v == start.text if start.equal else start.text in v)]
            return start.rest(root, starts=found) if found else []
        return run

    selectors = profile.fields
    singles = {name: compile_css(getattr(selectors, name)) for name in FLOOR_TEXT_FIELDS}
    tags, related = compile_css(selectors.tags), compile_css(selectors.related)
    body = compile_css(selectors.body)
    paragraphs = etree.XPath(".//p")
    links = etree.XPath(".//a/@href", smart_strings=False)

    def text(element: Any) -> str:
        return unicodedata.normalize("NFC", " ".join("".join(element.itertext()).split()))

    def read(html: bytes, fetched_at: Any) -> dict[str, Any]:
        root = lxml.html.fromstring(html)
        scans: dict[str, Any] = {}
        out: dict[str, Any] = {}
        for name, select in singles.items():
            found = select(root, scans) if select is not None else []
            out[name] = text(found[0]) if found else None
        out["published"] = parse_published(out["published"], now=fetched_at)
        out["views"] = int("".join(c for c in out["views"] or "" if c.isdigit()) or 0)
        out["tags"] = [text(e) for e in tags(root, scans)] if tags is not None else []
        out["related"] = [(links(e)[:1], text(e)) for e in related(root, scans)] \
            if related is not None else []
        containers = body(root, scans) if body is not None else []
        out["body"] = "\n\n".join(text(p) for p in paragraphs(containers[0])) \
            if containers else ""
        return out

    return read


def bench_extract(ctx: dict[str, Any], sec: Section) -> None:
    import lxml.html
    import trafilatura

    from crawler.extract import extract_article

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages: list[BenchPage] = ctx["pages"]
    n = len(pages)
    profiles = {c.name: profile_of(c) for c in ctx["cases"]}
    generics = {c.name: generic_profile(c) for c in ctx["cases"]}
    def profile_path(p: BenchPage):
        return extract_article(p.html, p.url, profile=profiles[p.case.name],
                               fetched_at=p.case.meta.get("fetched_at"),
                               content_type=p.case.content_type)

    def generic_path(p: BenchPage):
        return extract_article(p.html, p.url, profile=generics[p.case.name],
                               fetched_at=p.case.meta.get("fetched_at"),
                               content_type=p.case.content_type)

    from crawler.normalize.article import parse_utc

    floors = {c.name: floor_reader(profiles[c.name]) for c in ctx["cases"]}
    scans = {c.name: floor_reader(profiles[c.name], one_scan=True) for c in ctx["cases"]}
    fetched = {c.name: parse_utc(c.meta["fetched_at"]) if c.meta.get("fetched_at") else None
               for c in ctx["cases"]}

    def profile_floor(p: BenchPage, readers: dict[str, Any]):
        read = readers[p.case.name]
        return read(p.html, fetched[p.case.name]) if read else None

    # Each input is (page, its decoded text): trafilatura is given a str, as asked.
    methods = {"lxml": lambda pt: lxml.html.fromstring(pt[0].html),
               "profile": lambda pt: profile_path(pt[0]),
               "generic": lambda pt: generic_path(pt[0]),
               "trafilatura": lambda pt: trafilatura.extract(pt[1])}
    # The floors run in a pass of their own, beside a parse of their own, so that the rows
    # above are measured as they always were.
    floor_methods = {"lxml": lambda p: lxml.html.fromstring(p.html),
                     "floor": lambda p: profile_floor(p, floors),
                     "floor1": lambda p: profile_floor(p, scans)}
    # Warm up: imports, compiled regexes, dateparser's lazy import, trafilatura's set-up.
    interleaved(methods, [(BenchPage(c, c.url, c.html), decode(c.content_type, c.html))
                          for c in ctx["cases"]])
    log(f"extract: {n} pages x 4 methods, interleaved per page")
    times, results = interleaved(methods, [(p, decode(p.case.content_type, p.html))
                                           for p in pages])
    ok = {"lxml": sum(t is not None for t in results["lxml"]),
          "profile": sum(bool(a.title and a.body) for a in results["profile"]),
          "generic": sum(bool(a.title and a.body) for a in results["generic"]),
          "trafilatura": sum(bool(t) for t in results["trafilatura"])}
    del results

    def ms(key: str) -> float:
        return 1000 * sum(times[key]) / n

    lx, pr, ge, tr = ms("lxml"), ms("profile"), ms("generic"), ms("trafilatura")
    sec.details["ms_per_page"] = {
        k: {"mean": round(ms(k), 4),
            "p50": round(1000 * statistics.median(times[k]), 4),
            "p90": round(1000 * sorted(times[k])[int(0.9 * (n - 1))], 4)}
        for k in methods}
    sec.details["pages_with_title_and_body"] = ok
    sec.details["pages"] = n
    sec.details["distinct_fixture_pages"] = len(ctx["cases"])
    kb = sum(len(p.html) for p in pages) / n / 1024
    sec.details["mean_page_kb"] = round(kb, 1)
    # Pages whose site has a profile: there the profile path runs the site's own selectors.
    own = [i for i, p in enumerate(pages) if profiles[p.case.name] is not None]
    sec.row("profile path: extract_article(profile=page's), all pages", pr, "ms/page",
            baseline="lxml.html.fromstring(bytes)", baseline_value=lx,
            ratio=ratio(pr, lx), ratio_label="profile/lxml", target="<= 2x",
            ok=ratio(pr, lx) <= 2,
            note=f"{n - len(own)} of {n} pages have no site profile (generic layers only)")
    if own and len(own) < n:
        pr_own = 1000 * sum(times["profile"][i] for i in own) / len(own)
        lx_own = 1000 * sum(times["lxml"][i] for i in own) / len(own)
        sites = sorted({pages[i].case.site for i in own})
        sec.row(f"profile path, only the {len(own)} pages of profiled sites", pr_own, "ms/page",
                baseline="lxml.html.fromstring, same pages", baseline_value=lx_own,
                ratio=ratio(pr_own, lx_own), ratio_label="profile/lxml", target="<= 2x",
                ok=ratio(pr_own, lx_own) <= 2, note="sites: " + ", ".join(sites))
        log(f"extract: the profile floors on the {len(own)} pages of profiled sites, "
            f"interleaved with a parse")
        interleaved(floor_methods, [BenchPage(c, c.url, c.html) for c in ctx["cases"]
                                    if profiles[c.name] is not None])  # warm up
        floor_times, _ = interleaved(floor_methods, [pages[i] for i in own])
        lx_floor, floor_own, scan_own = (1000 * sum(floor_times[k]) / len(own)
                                         for k in ("lxml", "floor", "floor1"))
        profile_ratio = ratio(pr_own, lx_own)
        sec.row("profile floor: parse + each selector as one XPath, text, NFC, date fast path",
                floor_own, "ms/page", baseline="lxml.html.fromstring, same pages",
                baseline_value=lx_floor, ratio=ratio(floor_own, lx_floor),
                ratio_label="floor/lxml",
                note="info: the least any reading of the profile's fields costs (no quality "
                     "rules, no metadata), in a pass of its own beside its own parse; the "
                     f"profile path is {profile_ratio / ratio(floor_own, lx_floor):.2f}x it")
        sec.row("profile floor, selectors from one scan of each attribute", scan_own,
                "ms/page", baseline="lxml.html.fromstring, same pages", baseline_value=lx_floor,
                ratio=ratio(scan_own, lx_floor), ratio_label="floor/lxml",
                note="info: the same reading, each selector led by a class or id run from "
                     "the elements found by one scan of that attribute's values a page; the "
                     f"profile path is {profile_ratio / ratio(scan_own, lx_floor):.2f}x it")
        sec.details["profiled_pages"] = {"pages": len(own), "sites": sites,
                                         "profile_ms": round(pr_own, 4),
                                         "lxml_ms": round(lx_own, 4),
                                         "floor_ms": round(floor_own, 4),
                                         "floor_one_scan_ms": round(scan_own, 4),
                                         "floor_pass_lxml_ms": round(lx_floor, 4)}
    sec.row("generic path: extract_article, no site selectors", ge, "ms/page",
            baseline="trafilatura.extract(str)", baseline_value=tr,
            ratio=ratio(ge, tr), ratio_label="generic/trafilatura", target="<= 1.2x",
            ok=ratio(ge, tr) <= 1.2)
    sec.row("profile path vs generic path", pr, "ms/page",
            baseline="generic path", baseline_value=ge, ratio=ratio(pr, ge),
            ratio_label="profile/generic", note="info")
    p50 = {k: sec.details["ms_per_page"][k]["p50"] for k in methods}
    sec.notes.append(
        f"{n} pages ({len(ctx['cases'])} fixture pages cycled, {kb:.1f} KB mean), methods "
        f"interleaved per page; p50 ms: lxml {p50['lxml']:.2f}, profile {p50['profile']:.2f}, "
        f"generic {p50['generic']:.2f}, trafilatura {p50['trafilatura']:.2f}; pages with "
        f"title+body: profile {ok['profile']}/{n}, generic {ok['generic']}/{n}, trafilatura "
        f"non-empty {ok['trafilatura']}/{n}")
    sec.notes.append("extract_article is given bytes (decoding included); trafilatura is given "
                     "the already-decoded str")
    ctx["extract_ms"] = pr


def real_pages() -> list[dict[str, Any]]:
    """The real captured pages (../shared/real-pages) with their URL, kind and bytes."""
    manifest = json.loads((REAL_PAGES / "manifest.json").read_text(encoding="utf-8"))
    # One listing was captured without its address: its site's home page.
    return [{**entry, "url": entry.get("url") or f"https://{entry['site'].split()[0]}/",
             "html": (REAL_PAGES / entry["file"]).read_bytes()} for entry in manifest
            if (REAL_PAGES / entry["file"]).is_file()]


def bench_realpages(ctx: dict[str, Any], sec: Section) -> None:
    """Best of 5 per page: lxml's parse, extract_article (no profile: the generic path, as
    these sites are crawled) and trafilatura.extract, on the real pages at their real sizes."""
    if not (REAL_PAGES / "manifest.json").is_file():
        sec.notes.append(f"skipped: {REAL_PAGES} is absent")
        return
    import lxml.html
    import trafilatura

    from crawler.extract import extract_article

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages = real_pages()
    log(f"realpages: {len(pages)} real pages x 3 methods, best of {REAL_REPEAT}")
    per_page = []
    for page in pages:
        html, url = page["html"], page["url"]
        text = decode(f"text/html; charset={page.get('charset') or 'utf-8'}", html)
        extract_article(html, url)  # warm up
        per_page.append({
            "file": page["file"].split("/")[-1], "kind": page["kind"], "kb": len(html) / 1024,
            "lxml": best_of(lambda: lxml.html.fromstring(html), REAL_REPEAT),
            "vnnews": best_of(lambda: extract_article(html, url), REAL_REPEAT),
            "trafilatura": best_of(lambda: trafilatura.extract(text), REAL_REPEAT)})
    sec.details["pages"] = [{k: round(v * 1000, 3) if k in ("lxml", "vnnews", "trafilatura")
                             else (round(v, 1) if k == "kb" else v) for k, v in p.items()}
                            for p in per_page]
    for kind in ("article", "listing"):
        chosen = [p for p in per_page if p["kind"] == kind]
        if not chosen:
            continue
        total = {k: 1000 * sum(p[k] for p in chosen) / len(chosen)
                 for k in ("lxml", "vnnews", "trafilatura")}
        kb = [p["kb"] for p in chosen]
        size = (f"{len(chosen)} {kind} pages, {min(kb):.0f}-{max(kb):.0f} KB, "
                f"{statistics.mean(kb):.0f} KB mean")
        sec.row(f"real {kind}s: extract_article (generic path)", total["vnnews"], "ms/page",
                baseline="trafilatura.extract(str)", baseline_value=total["trafilatura"],
                ratio=ratio(total["vnnews"], total["trafilatura"]),
                ratio_label="vnnews/trafilatura", target="<= 1.2x",
                ok=ratio(total["vnnews"], total["trafilatura"]) <= 1.2, note=size)
        sec.row(f"real {kind}s: extract_article vs a bare parse", total["vnnews"], "ms/page",
                baseline="lxml.html.fromstring(bytes)", baseline_value=total["lxml"],
                ratio=ratio(total["vnnews"], total["lxml"]), ratio_label="vnnews/lxml",
                note="info: " + size)
    sec.notes.append(f"best of {REAL_REPEAT} per page and method; no site profile (these "
                     "sites have none), so extract_article runs the generic path")
    for p in per_page:
        sec.notes.append(f"  {p['file']:52} {p['kb']:6.0f} KB  lxml {p['lxml'] * 1000:6.2f} ms"
                         f"  vnnews {p['vnnews'] * 1000:7.2f} ms  trafilatura "
                         f"{p['trafilatura'] * 1000:7.2f} ms")
