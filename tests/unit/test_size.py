"""The size ceiling: the modern INTERCOM.min.js is loaded on every page view of every site that uses it, so it may
not grow unnoticed. A plain byte check against bench/measures.toml; the README says what the bytes buy."""
from __future__ import annotations

from pathlib import Path

from pybuild.build.bundle import browser_path
from pybuild.build.manifest import read_manifest
from pybuild.build.project import Project

MODERN = browser_path("modern")


def test_modern_bundle_never_grows_past_the_ceiling(project: Project, dist: Path) -> None:
    ceiling = project.measures()["size"]["modern_gzip_ceiling"]
    gzip = read_manifest(dist)["files"][MODERN]["gzip"]
    assert gzip <= ceiling, f"{MODERN} is {gzip} bytes gzip, over the {ceiling}-byte ceiling in bench/measures.toml"
