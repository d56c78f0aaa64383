"""Shared by unit and e2e tests: the project and a fresh build of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from pybuild.build.bundle import build
from pybuild.build.project import Project


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.find(Path(__file__))


@pytest.fixture(scope="session")
def dist(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dist/ built afresh for this test run in a temporary folder, so no test sees a stale bundle and the
    repository's own dist/ is left as the developer built it."""
    out = tmp_path_factory.mktemp("dist")
    build(project, out)
    return out
