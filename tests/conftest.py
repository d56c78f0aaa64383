"""Shared by unit and e2e tests: the project and a fresh build of it, once per run also under pytest-xdist."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from filelock import FileLock

from pybuild.build.bundle import build
from pybuild.build.project import Project

FRESH_DIST = "PYBUILD_FRESH_DIST"  # set by the Makefile only, to the dist/ its `build` target has just written


def pytest_configure(config: pytest.Config) -> None:
    """pytest-playwright empties its --output folder (test-results/) when a session starts, and under pytest-xdist
    each worker is a session: a worker starting late would delete what another had written there. The run empties it
    once, here, before any worker starts; `delete_output_dir` below replaces the plugin's fixture."""
    output = config.getoption("--output", default=None)
    if output and not hasattr(config, "workerinput"):
        shutil.rmtree(output, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def delete_output_dir() -> None:
    """Nothing: pytest_configure has emptied the output folder once for the whole run."""


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.find(Path(__file__))


@pytest.fixture(scope="session")
def dist(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dist/ built afresh for this test run, so no test sees a stale bundle.

    `make test` (and `make unit`, `make e2e`) has just run `pybuild build` into dist/, as it does every time, and
    names that folder in $PYBUILD_FRESH_DIST: the run uses it rather than build it again. Otherwise the build goes
    to a temporary folder, leaving the repository's own dist/ as the developer built it.

    Under pytest-xdist each worker has its own session, so this fixture runs once per worker. The workers share
    one build: the first to take the lock builds into the run's temporary folder (the parent of every worker's
    own), the others wait and use it. Two builds would cost a few seconds of CPU each and, worse, would both
    rewrite integration_js/src/generated/ while the other's esbuild reads it."""
    fresh = os.environ.get(FRESH_DIST)
    if fresh:
        return Path(fresh)
    if "PYTEST_XDIST_WORKER" not in os.environ:
        out = tmp_path_factory.mktemp("dist")
        build(project, out)
        return out
    out = tmp_path_factory.getbasetemp().parent / "dist"
    done = out.with_name("dist.built")  # beside dist/, not in it: written once the build is complete
    with FileLock(out.with_name("dist.lock")):
        if not done.is_file():
            out.mkdir(exist_ok=True)
            build(project, out)
            done.touch()
    return out
