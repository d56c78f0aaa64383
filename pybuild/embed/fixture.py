"""The `intercom` fixture for a site's own pytest-playwright tests (README "Testing your site's Intercom calls"):
Intercom's widget is answered, in the test's browser context, by the offline widget that ships in this package,
and every call it receives is reported to Python, so the record spans reloads and navigations."""
from __future__ import annotations

import json
import time
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Error, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from pybuild.embed import offline_widget

BINDING = "__intercomRecord"  # the widget reports each call here (pybuild/embed/fake_intercom/widget.js)
COUNT_BINDING = "__intercomRecordCount"
WAIT_POLL_MS = 50


class IntercomRecord:
    """What Intercom received in one browser context, in order."""

    def __init__(self, context: BrowserContext, page: Page):
        self.page = page
        self.received: list[list[Any]] = []
        self.held: dict[str, Any] | None = None
        body = offline_widget.source()
        context.route(offline_widget.routed_url(), lambda route: route.fulfill(status=200, body=body,
                                                              content_type="application/javascript"))
        context.expose_binding(BINDING, self.record)
        context.expose_binding(COUNT_BINDING, lambda source, command, count: len(self.calls(command)) >= count)

    def record(self, source: Any, call: list[Any], person: dict[str, Any] | None) -> None:
        self.received.append(call)
        self.held = person

    def calls(self, command: str | None = None) -> list[list[Any]]:
        """Every call as [command, *args] (JSON values), optionally only one command's."""
        return [list(c) for c in self.received if command is None or c[0] == command]

    def person(self) -> dict[str, Any] | None:
        """Whom Intercom holds now: boot and updates merged (Messenger settings left out); None when not booted."""
        return None if self.held is None else dict(self.held)

    def events(self) -> list[tuple[str, dict[str, Any]]]:
        """Tracked events as (name, metadata) pairs."""
        return [(c[1], c[2] if len(c) > 2 and isinstance(c[2], dict) else {}) for c in self.calls("trackEvent")]

    def wait_for(self, command: str, count: int = 1, timeout: float = 10_000) -> list[list[Any]]:
        """The `command` calls once at least `count` arrived; fails listing what did arrive after `timeout` ms."""
        deadline = time.monotonic() + timeout / 1000
        while len(self.calls(command)) < count:
            left_ms = (deadline - time.monotonic()) * 1000
            try:  # the page asks Python whether enough arrived: a condition, no sleep
                if left_ms <= 0:
                    raise PlaywrightTimeout("timed out")
                self.page.wait_for_function(f"([command, count]) => window.{COUNT_BINDING}(command, count)",
                                            arg=[command, count], polling=WAIT_POLL_MS, timeout=left_ms)
            except PlaywrightTimeout:
                pytest.fail(f"Intercom got {len(self.calls(command))} of {count} {command!r} call(s) within "
                            f"{timeout:.0f} ms; the calls that arrived: {json.dumps(self.received)}", pytrace=False)
            except Error:  # a navigation replaced the page's context; the record lives on in Python
                if self.page.is_closed():
                    raise
        return self.calls(command)


@pytest.fixture
def intercom(page: Page) -> IntercomRecord:
    """Routes Intercom's widget to the offline one in `page`'s context and records every call it receives."""
    return IntercomRecord(page.context, page)
