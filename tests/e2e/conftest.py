"""Playwright fixtures: the demo server on loopback, Chromium, and a network that never leaves the machine."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page, Route

from pybuild.browser import chromium_executable
from pybuild.fake_widget import WIDGET
from pybuild.project import Project
from pybuild.serve import DemoServer, running

LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
WIDGET_HOST = "widget.intercom.io"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    args = {**browser_type_launch_args, "args": ["--disable-background-networking", "--disable-component-update",
                                                  "--no-first-run", "--disable-sync", "--disable-quic"]}
    executable = chromium_executable()
    if executable:
        args["executable_path"] = executable
    return args


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # Service workers would answer requests before page.route sees them.
    return {**browser_context_args, "service_workers": "block"}


@pytest.fixture(scope="session")
def server(project: Project, dist: Path) -> Iterator[DemoServer]:
    with running(project, dist) as demo:
        yield demo


@pytest.fixture
def network(context: BrowserContext, project: Project) -> dict[str, list[str]]:
    """Routes the Intercom widget to the offline fake and aborts everything else that is not loopback."""
    seen: dict[str, list[str]] = {"widget": [], "blocked": []}
    fake_widget = WIDGET.read_bytes()

    def handle(route: Route) -> None:
        url = route.request.url
        host = urlsplit(url).hostname or ""
        if host == WIDGET_HOST:
            seen["widget"].append(url)
            route.fulfill(status=200, body=fake_widget, content_type="application/javascript")
        elif host in LOOPBACK or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            seen["blocked"].append(url)
            route.abort()

    context.route("**/*", handle)
    return seen


class Widget:
    """How this test's page gets Intercom's widget script: served (the fake), blocked, 404, or held until
    `release()` (a widget slower than any timeout). A page route, so it answers before the `network` fixture."""

    def __init__(self, page: Page, body: bytes):
        self.body = body
        self.mode = "serve"
        self.requests: list[str] = []
        self.held: list[Route] = []
        page.route(f"https://{WIDGET_HOST}/**", self.handle)

    def handle(self, route: Route) -> None:
        self.requests.append(route.request.url)
        if self.mode == "block":
            route.abort("blockedbyclient")
        elif self.mode == "404":
            route.fulfill(status=404, body=b"not found", content_type="text/plain")
        elif self.mode == "hold":
            self.held.append(route)
        else:
            self.serve(route)

    def serve(self, route: Route) -> None:
        route.fulfill(status=200, body=self.body, content_type="application/javascript")

    def release(self) -> None:
        """Serves the held requests now."""
        while self.held:
            self.serve(self.held.pop(0))


@pytest.fixture
def widget(page: Page, project: Project, network: dict[str, list[str]]) -> Widget:
    return Widget(page, WIDGET.read_bytes())


class Harness:
    """One page running a real RudderStack SDK build with the plugin, and what it did."""

    def __init__(self, page: Page, server: DemoServer, network: dict[str, list[str]], key: str):
        self.page, self.server, self.network, self.key = page, server, network, key
        self.console: list[str] = []
        page.on("console", lambda msg: self.console.append(f"{msg.type}: {msg.text}"))
        self.errors: list[str] = []
        page.on("pageerror", lambda err: self.errors.append(str(err)))

    def open(self, config: dict[str, Any] | None = None, sdk: str = "v3-modern", load: dict[str, Any] | None = None,
             **query: str) -> "Harness":
        params = {"sdk": sdk, "key": self.key, "config": json.dumps(config or {}), "load": json.dumps(load or {}), **query}
        self.page.goto(f"{self.server.url}/harness.html?{urlencode(params)}")
        self.page.wait_for_function("() => window.rs !== undefined" if query.get("autoload") != "0" else "() => window.rsHarness")
        return self

    def calls(self, cmd: str | None = None) -> list[dict[str, Any]]:
        calls = self.page.evaluate("() => window.__intercomCalls || []")
        return [c for c in calls if cmd is None or c["cmd"] == cmd]

    def wait_calls(self, count: int, cmd: str | None = None, timeout: float = 10_000) -> list[dict[str, Any]]:
        self.page.wait_for_function(
            "([n, cmd]) => (window.__intercomCalls || []).filter(c => !cmd || c.cmd === cmd).length >= n",
            arg=[count, cmd], timeout=timeout)
        return self.calls(cmd)

    def run(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def dataplane(self) -> list[dict[str, Any]]:
        return self.server.events(self.key)


@pytest.fixture
def harness(page: Page, server: DemoServer, network: dict[str, list[str]], request: pytest.FixtureRequest) -> Harness:
    key = re.sub(r"[^A-Za-z0-9_-]", "_", request.node.name)  # a data-plane path segment per test
    return Harness(page, server, network, key=f"{key}-{id(page):x}")
