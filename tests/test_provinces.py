"""The provincial press data (crawler/sites/provinces.toml): its shape and its consistency."""

from __future__ import annotations

import pytest

from crawler.sites import all_profiles
from crawler.sites.provinces import (DATA, all_outlets, generic_outlets, load_provinces,
                                     parse_provinces, problems, tomllib)

PROVINCES = load_provinces()
NOT_MERGED = {"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
              "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"}


def test_34_provinces_and_cities_since_july_2025():
    names = [p.name for p in PROVINCES]
    assert len(names) == len(set(names)) == 34
    assert sum(p.kind == "city" for p in PROVINCES) == 6
    assert {p.name for p in PROVINCES if not p.merged_from} == NOT_MERGED


def test_the_63_former_provinces_each_belong_to_one_new_one():
    former = [name for p in PROVINCES for name in (p.merged_from or [p.name])]
    assert len(former) == len(set(former)) == 63
    for p in PROVINCES:
        if p.merged_from:  # the new unit keeps the name of one of its members
            assert p.name in p.merged_from


def test_the_data_has_no_problems():
    assert problems(PROVINCES, all_profiles()) == []


def test_problems_are_found_in_bad_data():
    with open(DATA, "rb") as f:
        data = tomllib.load(f)
    hanoi, hue = data["province"][0], data["province"][1]
    hanoi["outlet"][0]["kind"] = "magazine"
    hue["outlet"][0]["profile"] = "no-such-profile"
    hue["outlet"][0]["domains"] = ["hanoionline.vn"]
    hue["outlet"][0]["evidence"] = [{"url": "hanoionline.vn/x", "found": "rumour"}]
    found = problems(parse_provinces(data), all_profiles())
    assert any("kind 'magazine'" in p for p in found)
    assert any("no profile 'no-such-profile'" in p for p in found)
    assert any("domain hanoionline.vn also listed" in p for p in found)
    assert any("bad evidence 'hanoionline.vn/x' (rumour)" in p for p in found)


@pytest.mark.parametrize("name", sorted(all_profiles()))
def test_every_profile_is_an_outlet_of_the_list(name: str):
    profile = all_profiles()[name]
    outlets = [o for o in all_outlets() if o.profile == name]
    assert len(outlets) == 1
    assert set(outlets[0].domains) == set(profile.domains)
    # the list and the profile agree on whether real addresses of the site were found
    assert outlets[0].verified == profile.verified


def test_a_domain_is_verified_only_by_an_address_on_it():
    for outlet in all_outlets():
        for domain in outlet.verified_domains:
            assert any(outlet.domain_of(e.url) == domain for e in outlet.evidence)
        if outlet.evidence:
            assert outlet.domains, outlet.name


def test_generic_outlets_have_a_home_page_and_no_profile():
    outlets = generic_outlets()
    assert outlets and all(not o.profile and o.domains for o in outlets)
    for o in outlets:
        assert o.home.startswith(("http://", "https://")) and o.domain_of(o.home), o.name
    profiled = {d for p in all_profiles().values() for d in p.domains}
    assert not profiled & {d for o in outlets for d in o.domains}


def test_coverage_figures():
    """The figures docs/design.md quotes; update both together."""
    outlets = all_outlets()
    assert sum(p.verified for p in PROVINCES) == 33  # Sơn La: no address found
    assert len(outlets) == 61 and sum(o.verified for o in outlets) == 53
    assert sum(1 for p in PROVINCES if any(o.verified and o.role == "current"
                                          for o in p.outlets)) == 9
