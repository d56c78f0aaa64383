"""The size budget: the modern INTERCOM.min.js is loaded on every page view of every site that uses it."""
from __future__ import annotations

from pathlib import Path

import pytest

from pybuild.build.bundle import browser_path
from pybuild.build.manifest import read_manifest
from pybuild.build.project import Project

MODERN = browser_path("modern")


def modern_entry(dist: Path) -> dict[str, int]:
    return read_manifest(dist)["files"][MODERN]


def test_modern_bundle_never_grows_past_the_ceiling(project: Project, dist: Path) -> None:
    ceiling = project.spec()["budget"]["modern_gzip_ceiling"]
    gzip = modern_entry(dist)["gzip"]
    assert gzip <= ceiling, f"{MODERN} is {gzip} bytes gzip, over the {ceiling}-byte ceiling in destination.toml"


# Not met yet (README "Size budget and measured figures"): strict, so the day the file fits, this test fails until the
# marker goes and the budget is enforced as a plain byte check again.
@pytest.mark.xfail(strict=True, reason="the complete feature set is over [budget] modern_gzip (see README)")
def test_modern_bundle_fits_the_gzip_budget(project: Project, dist: Path, capsys: pytest.CaptureFixture[str]) -> None:
    budget = project.spec()["budget"]
    entry = modern_entry(dist)
    with capsys.disabled():  # the figure is worth seeing on every run, not only on failure
        print(f"\n{MODERN}: {entry['gzip']} bytes gzip -9 (budget {budget['modern_gzip']}, "
              f"moonshot {budget['modern_gzip_moonshot']}, ceiling {budget['modern_gzip_ceiling']}), "
              f"{entry['brotli']} brotli, {entry['bytes']} raw")
    assert entry["gzip"] <= budget["modern_gzip"], (
        f"{MODERN} is {entry['gzip']} bytes gzip, over the {budget['modern_gzip']} budget in destination.toml")
