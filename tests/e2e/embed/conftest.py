"""The set-up a team that embeds the plugin would have: their site on a local server as the pages' base URL, and
no request leaving the machine (the `intercom` and `rudderstack` fixtures answer Intercom and RudderStack)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Route

from pybuild.demo.server import stays_on_machine
from tests.customer_site.server import CustomerSite, running


@pytest.fixture(scope="session")
def customer_site(dist: Path) -> Iterator[CustomerSite]:
    with running(dist) as site:
        yield site


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any], customer_site: CustomerSite) -> dict[str, Any]:
    """`page.goto("/signup")` opens the customer site (Chromium itself is set up by tests/e2e/conftest.py)."""
    return {**browser_context_args, "base_url": customer_site.url}


@pytest.fixture(autouse=True)
def offline(context: BrowserContext) -> list[str]:
    """Aborts every request that is not loopback, and lists it: the fixtures' routes, added after this autouse one,
    answer Intercom and RudderStack first (Playwright tries the newest route first)."""
    aborted: list[str] = []

    def handle(route: Route) -> None:
        if stays_on_machine(route.request.url):
            route.continue_()
        else:
            aborted.append(route.request.url)
            route.abort()

    context.route("**/*", handle)
    return aborted
