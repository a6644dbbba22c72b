"""The provincial press as data: ``crawler/sites/provinces.toml``, loaded into dataclasses.

Since 1 July 2025 Vietnam has 34 provinces and centrally-run cities.  The data file lists, per
province, its outlets (the newspaper, the radio-TV body, or the two merged in one), their domains
(the sites of outlets merged away stay online as archives) and the evidence for each domain: real
addresses found with the search tool.  It is TOML because it is reviewed by people: comments say
what was looked for and not found, every line diffs on its own, and Python reads it without a
parser of ours (``tomllib``, or ``tomli`` before Python 3.11).

``vnnews sites`` prints it; ``vnnews crawl --all`` crawls every outlet domain that has no
hand-written profile through the generic layers, from the outlet's home page
(:func:`generic_outlets`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

DATA = Path(__file__).with_name("provinces.toml")
FOUND = ("pages", "code", "real-pages", "issue")
KINDS = ("newspaper", "radio-tv", "merged", "unknown")
ROLES = ("current", "archive", "unknown")


@dataclass(frozen=True)
class Evidence:
    """A real address and where it was found (``found`` is one of :data:`FOUND`)."""

    url: str
    found: str
    note: str = ""


@dataclass(frozen=True)
class Outlet:
    """One newspaper or radio-TV body of a province, with the domains it publishes on."""

    name: str
    province: str
    kind: str
    role: str
    domains: tuple[str, ...] = ()
    old_province: str = ""
    profile: str = ""
    start_url: str = ""
    evidence: tuple[Evidence, ...] = ()
    about: tuple[Evidence, ...] = ()
    discovery: tuple[str, ...] = ()

    def domain_of(self, url: str) -> str | None:
        """The outlet's domain that ``url``'s host is, or is a subdomain of; None if neither.

        >>> Outlet("Báo Phú Yên", "Đắk Lắk", "newspaper", "archive",
        ...        domains=("baophuyen.vn",)).domain_of("http://www.baophuyen.vn/141/1.html")
        'baophuyen.vn'
        """
        host = (urlsplit(url).hostname or "").lower()
        return next((d for d in self.domains if host == d or host.endswith("." + d)), None)

    @property
    def verified_domains(self) -> tuple[str, ...]:
        """The domains at least one real address of the evidence lies on."""
        found = {self.domain_of(e.url) for e in self.evidence}
        return tuple(d for d in self.domains if d in found)

    @property
    def verified(self) -> bool:
        return bool(self.verified_domains)

    @property
    def home(self) -> str:
        """Where a generic crawl of the outlet starts ("" for an outlet known by name only)."""
        if self.start_url:
            return self.start_url
        return f"https://{self.domains[0]}/" if self.domains else ""


@dataclass(frozen=True)
class Province:
    """A province or centrally-run city as it is since 1 July 2025."""

    name: str
    kind: str
    merged_from: tuple[str, ...] = ()
    merger_verified: bool = True
    merger_sources: tuple[str, ...] = ()
    outlets: tuple[Outlet, ...] = ()

    @property
    def verified(self) -> bool:
        """True when at least one of its outlets has a domain with real addresses."""
        return any(o.verified for o in self.outlets)


def _evidence(rows: Iterable[dict[str, Any]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(r["url"], r["found"], r.get("note", "")) for r in rows)


def _outlet(row: dict[str, Any], province: str) -> Outlet:
    return Outlet(name=row["name"], province=province, kind=row["kind"], role=row["role"],
                  domains=tuple(row.get("domains", ())), old_province=row.get("old_province", ""),
                  profile=row.get("profile", ""), start_url=row.get("start_url", ""),
                  evidence=_evidence(row.get("evidence", ())), about=_evidence(row.get("about", ())),
                  discovery=tuple(row.get("discovery", ())))


def parse_provinces(data: dict[str, Any]) -> tuple[Province, ...]:
    """Provinces from the parsed TOML document."""
    return tuple(Province(name=p["name"], kind=p["kind"],
                          merged_from=tuple(p.get("merged_from", ())),
                          merger_verified=p.get("merger_verified", True),
                          merger_sources=tuple(p.get("merger_sources", ())),
                          outlets=tuple(_outlet(o, p["name"]) for o in p.get("outlet", ())))
                 for p in data["province"])


@cache
def load_provinces(path: Path = DATA) -> tuple[Province, ...]:
    """The provinces of the data file (``crawler/sites/provinces.toml`` by default)."""
    with open(path, "rb") as f:
        return parse_provinces(tomllib.load(f))


def all_outlets(provinces: Iterable[Province] | None = None) -> list[Outlet]:
    """Every outlet of every province, in the order of the data file."""
    return [o for p in (load_provinces() if provinces is None else provinces) for o in p.outlets]


def generic_outlets(provinces: Iterable[Province] | None = None) -> list[Outlet]:
    """The outlets ``vnnews crawl --all`` crawls through the generic layers: a domain, no profile."""
    return [o for o in all_outlets(provinces) if o.domains and not o.profile]


def problems(provinces: Iterable[Province], profiles: Iterable[str] = ()) -> list[str]:
    """What is wrong with the data, one line each (empty when nothing is): unknown values,
    evidence that is not an http(s) address, a profile that does not exist, a domain listed twice.
    """
    out: list[str] = []
    known_profiles = set(profiles)
    seen: dict[str, str] = {}
    for p in provinces:
        if p.kind not in ("province", "city"):
            out.append(f"{p.name}: kind {p.kind!r}")
        if p.merged_from and p.merger_verified and not p.merger_sources:
            out.append(f"{p.name}: a verified merger without a source")
        for o in p.outlets:
            where = f"{p.name} / {o.name}"
            if o.kind not in KINDS:
                out.append(f"{where}: kind {o.kind!r}")
            if o.role not in ROLES:
                out.append(f"{where}: role {o.role!r}")
            if o.old_province and o.old_province not in p.merged_from:
                out.append(f"{where}: {o.old_province} is not merged into {p.name}")
            if o.profile and o.profile not in known_profiles:
                out.append(f"{where}: no profile {o.profile!r}")
            for e in (*o.evidence, *o.about):
                if not e.url.startswith(("http://", "https://")) or e.found not in FOUND:
                    out.append(f"{where}: bad evidence {e.url!r} ({e.found})")
            for d in o.domains:
                if d in seen:
                    out.append(f"{where}: domain {d} also listed for {seen[d]}")
                seen[d] = where
    return out
