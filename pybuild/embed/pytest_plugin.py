"""The pytest plugin installed with this package (entry point `pytest11`). It adds the `rudderstack` and `intercom`
fixtures (pybuild/embed/fixture.py) only where pytest-playwright is active, so a pytest run without it is untouched
but for the App ID option (inert there)."""
from __future__ import annotations

import pytest

OPTION = "intercom_app_id"  # the ini option, and the flag --intercom-app-id's dest (pybuild/embed/fixture.py reads both)


def pytest_addoption(parser: pytest.Parser) -> None:
    help = "the Intercom App ID the offline RudderStack's source config sends (pybuild.embed's fixtures)"
    parser.addoption("--intercom-app-id", dest=OPTION, default=None, help=help)
    parser.addini(OPTION, help=help, default="")


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("playwright"):
        from pybuild.embed import fixture

        config.addinivalue_line("markers", f"{fixture.MARKER}(app_id): the Intercom App ID of this test's offline "
                                "source config (pybuild.embed's fixtures)")
        config.pluginmanager.register(fixture, "intercom-fixture")
