"""The pytest plugin installed with this package (entry point `pytest11`). It adds the `intercom` fixture
(pybuild/embed/fixture.py) only where pytest-playwright is active, so a pytest run without it is untouched."""
from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("playwright"):
        from pybuild.embed import fixture

        config.pluginmanager.register(fixture, "intercom-fixture")
