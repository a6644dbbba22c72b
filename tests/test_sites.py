"""`vnnews sites`: the profiles, with what is verified about each."""

from __future__ import annotations


def rows_of(stdout: str) -> dict[str, list[str]]:
    """Table rows by their first cell (the header and the rule line included)."""
    return {line.split()[0]: line.split() for line in stdout.splitlines() if line.strip()}


def test_sites_says_which_profiles_rest_on_real_addresses(vnnews):
    run = vnnews("sites")
    assert run.returncode == 0, run.stderr
    rows = rows_of(run.stdout)
    assert rows["site"][:3] == ["site", "domains", "verified"]
    assert rows["thaibinhtv"][1:3] == ["thaibinhtv.vn", "yes"]
    assert rows["baovinhphuc"][1:3] == ["baovinhphuc.com.vn", "no"]
