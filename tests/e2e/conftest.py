"""Playwright fixtures: the demo server on loopback, Chromium, and a network that never leaves the machine."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page, Route

from pybuild.embed import offline_widget
from pybuild.demo.browser import QUIET_ARGS, chromium_executable, headless_executable
from pybuild.demo.harness import HarnessServer
from pybuild.build.project import Project
from pybuild.demo.server import running, stays_on_machine
from tests.e2e.helpers import WIDGET_HOST, Harness, Widget


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    args = {**browser_type_launch_args, "args": [*QUIET_ARGS, "--disable-quic"]}
    executable = chromium_executable() if args.get("headless") is False else headless_executable()  # --headed
    if executable:
        args["executable_path"] = executable
    return args


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # Service workers would answer requests before page.route sees them.
    return {**browser_context_args, "service_workers": "block"}


@pytest.fixture(scope="session")
def server(project: Project, dist: Path) -> Iterator[HarnessServer]:
    with running(project, dist, server_class=HarnessServer) as demo:
        yield demo


@pytest.fixture(scope="session")
def widget_source() -> bytes:
    return offline_widget.source()


@pytest.fixture
def network(context: BrowserContext, widget_source: bytes) -> dict[str, list[str]]:
    """Routes the Intercom widget to the offline fake and aborts everything else that is not loopback."""
    seen: dict[str, list[str]] = {"widget": [], "blocked": []}

    def handle(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == WIDGET_HOST:
            seen["widget"].append(url)
            route.fulfill(status=200, body=widget_source, content_type="application/javascript")
        elif stays_on_machine(url):
            route.continue_()
        else:
            seen["blocked"].append(url)
            route.abort()

    context.route("**/*", handle)
    return seen


@pytest.fixture
def widget(page: Page, widget_source: bytes, network: dict[str, list[str]]) -> Widget:
    return Widget(page, widget_source)


@pytest.fixture
def harness(page: Page, server: HarnessServer, network: dict[str, list[str]], request: pytest.FixtureRequest) -> Harness:
    key = re.sub(r"[^A-Za-z0-9_-]", "_", request.node.name)  # a data-plane path segment per test
    return Harness(page, server, network, key=f"{key}-{id(page):x}")
