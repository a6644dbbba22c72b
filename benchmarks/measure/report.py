"""The table (or JSON) that benchmarks/bench.py prints."""

from __future__ import annotations

import os
import platform
import sqlite3
import textwrap
from typing import Any

from measure.common import Section


def versions() -> dict[str, str]:
    out = {"python": platform.python_version(), "platform": platform.platform(),
           "cpus": str(os.cpu_count())}
    for name in ("lxml", "scrapy", "trafilatura", "twisted", "parsel", "dateparser",
                 "sqlite_utils"):
        try:
            from importlib.metadata import version

            out[name] = version(name if name != "sqlite_utils" else "sqlite-utils")
        except Exception:
            out[name] = "not installed"
    try:
        from lxml import etree

        out["libxml2"] = ".".join(map(str, etree.LIBXML_VERSION))
    except Exception:
        pass
    out["sqlite"] = sqlite3.sqlite_version
    return out


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value >= 1000:
            return f"{value:,.0f}"
        if value >= 100:
            return f"{value:.1f}"
        if value >= 1:
            return f"{value:.2f}"
        return f"{value:.3f}"
    return str(value)


def table(sections: list[Section]) -> str:
    header = ("section", "figure", "value", "unit", "baseline", "baseline", "ratio", "target",
              "ok")
    lines = [header]
    for sec in sections:
        for r in sec.rows:
            ok = "-" if r.ok is None else ("PASS" if r.ok else "FAIL")
            rat = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
            if r.ratio_label and r.ratio is not None:
                rat += f" {r.ratio_label}"
            lines.append((r.section, r.figure, fmt(r.value), r.unit, r.baseline or "-",
                          fmt(r.baseline_value), rat, r.target or "-", ok))
        if sec.error:
            lines.append((sec.name, "ERROR", sec.error.splitlines()[0][:90], "", "", "", "", "",
                          "FAIL"))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    out = []
    for j, line in enumerate(lines):
        cells = [str(c).ljust(w) if i not in (2, 5) else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(line, widths))]
        out.append("  ".join(cells).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def print_human(info: dict[str, Any], sections: list[Section]) -> None:
    v = info["versions"]
    print(f"vnnews benchmark  {info['started']}  ({info['elapsed_s']:.0f} s)")
    print(f"Python {v['python']}  lxml {v['lxml']} (libxml2 {v.get('libxml2', '?')})  "
          f"scrapy {v['scrapy']}  trafilatura {v['trafilatura']}  twisted {v['twisted']}  "
          f"dateparser {v['dateparser']}  sqlite-utils {v['sqlite_utils']}  "
          f"SQLite {v['sqlite']}")
    print(f"{v['platform']}, {v['cpus']} CPUs; pages N={info['pages']}")
    print()
    print(table(sections))
    print()
    for sec in sections:
        lines = list(sec.notes)
        if sec.name == "search" and sec.details.get("queries"):
            for q in sec.details["queries"]:
                if "error" not in q:
                    lines.append(f"  {q['query']!r:26} {q['matching']:>6} match, "
                                 f"median {q['median_ms']:7.2f} ms, max {q['max_ms']:7.2f} ms, "
                                 f"rank-only {q['rank_only_ms']:6.2f} ms")
        if sec.error:
            lines.append("ERROR: " + sec.error)
        if lines:
            print(f"{sec.name} ({sec.seconds:.1f} s):")
            for line in lines:
                print(textwrap.indent(line if line.startswith("  ") else
                                      textwrap.fill(line, 100, subsequent_indent="    "), "  "))
