"""The `rudderstack` and `intercom` fixtures for a site's own pytest-playwright tests (docs/site-owners.md, "Testing
your site's Intercom calls"). In the test's browser context, `rudderstack` answers everything a page that loads
RudderStack as in production asks RudderStack for (pybuild/embed/rudderstack_record.py) and records what the data
plane receives; `intercom` installs it too, answers Intercom's widget with the offline one that ships in this package,
and records every call the widget receives. Both records span reloads and navigations."""
from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Route

from pybuild.embed import offline_widget
from pybuild.embed.offline_rudderstack import DEFAULT_APP_ID
from pybuild.embed.page_options import checked
from pybuild.embed.pytest_plugin import OPTION  # the ini option; the command-line flag is --intercom-app-id
from pybuild.embed.rudderstack_record import RudderStackRecord
from pybuild.embed.waiting import wait_until

BINDING = "__intercomRecord"  # the widget reports each call here (pybuild/embed/fake_intercom/widget.js)
COUNT_BINDING = "__intercomRecordCount"
MARKER = "intercom"


class IntercomRecord:
    """What Intercom received in one browser context, in order."""

    def __init__(self, context: BrowserContext, page: Page):
        self.page = page
        self.received: list[list[Any]] = []
        self.held: dict[str, Any] | None = None
        self.answered: list[str] = []  # the URLs of Intercom's widget host this record answered
        self.body = offline_widget.source()
        context.route(offline_widget.routed_url(), self.answer)
        context.expose_binding(BINDING, self.record)
        context.expose_binding(COUNT_BINDING, lambda source, command, count: len(self.calls(command)) >= count)

    def answer(self, route: Route) -> None:
        self.answered.append(route.request.url)
        route.fulfill(status=200, body=self.body, content_type="application/javascript")

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
        enough = lambda: len(self.calls(command)) >= count  # noqa: E731
        wait_until(self.page, COUNT_BINDING, [command, count], enough, timeout, lambda: (
            f"Intercom got {len(self.calls(command))} of {count} {command!r} call(s) within {timeout:.0f} ms; "
            f"the calls that arrived: {json.dumps(self.received)}"))
        return self.calls(command)


def app_id(request: pytest.FixtureRequest) -> str:
    """The Intercom App ID the offline control plane sends: `@pytest.mark.intercom(app_id=...)`, else
    --intercom-app-id, else the ini option intercom_app_id, else DEFAULT_APP_ID."""
    marker = request.node.get_closest_marker(MARKER)
    chosen = [(f"@pytest.mark.{MARKER}(app_id=...)", marker.kwargs.get("app_id") if marker else None),
              ("--intercom-app-id", request.config.getoption(OPTION, None)),
              (OPTION, request.config.getini(OPTION) or None)]
    where, value = next(((where, value) for where, value in chosen if value is not None), ("default", DEFAULT_APP_ID))
    try:
        return checked({"appId": value})["appId"]
    except ValueError:
        raise pytest.UsageError(f"{where}: an Intercom App ID is 1-64 letters and digits") from None


@pytest.fixture
def rudderstack(page: Page, request: pytest.FixtureRequest) -> RudderStackRecord:
    """Answers RudderStack's CDN, control plane and data plane offline in `page`'s context and records the
    data plane's events."""
    return RudderStackRecord(page.context, page, app_id(request))


@pytest.fixture
def intercom(page: Page, rudderstack: RudderStackRecord) -> IntercomRecord:
    """Routes Intercom's widget to the offline one in `page`'s context (RudderStack offline too, see `rudderstack`)
    and records every call it receives."""
    return IntercomRecord(page.context, page)
