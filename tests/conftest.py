"""Shared by unit and e2e tests: the project and a built dist/."""
from __future__ import annotations

from pathlib import Path

import pytest

from pybuild.bundle import build
from pybuild.project import Project


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.find(Path(__file__))


@pytest.fixture(scope="session")
def dist(project: Project) -> Path:
    """dist/ built afresh for this test run (esbuild takes well under a second), so no test sees a stale bundle."""
    out = project.root / "dist"
    build(project, out)
    return out
