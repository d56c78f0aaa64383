"""The `rudderstack` fixture's record (docs/site-owners.md, "Testing your site's Intercom calls"): the offline
RudderStack (pybuild/embed/offline_rudderstack.py) answers, in the test's browser context, every request a page
that loads RudderStack as in production makes of RudderStack, and this keeps what the data plane received."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import BrowserContext, Page, Route

from pybuild.embed.offline_rudderstack import OfflineRudderStack
from pybuild.embed.waiting import wait_until

COUNT_BINDING = "__rudderstackRecordCount"


@dataclass(frozen=True)
class Answered:
    """One request the offline RudderStack answered: what it was (offline_rudderstack.Answer.kind), and how."""
    kind: str
    method: str
    url: str
    status: int
    body: str  # the request's body as text (data-plane requests), else ""


class RudderStackRecord:
    """What RudderStack was asked in one browser context, in order, across reloads and navigations."""

    def __init__(self, context: BrowserContext, page: Page, app_id: str):
        self.page = page
        self.app_id = app_id
        self.offline = OfflineRudderStack(app_id)
        self.answered: list[Answered] = []
        self.received: list[dict[str, Any]] = []
        context.route("**/*", self.handle)
        context.expose_binding(COUNT_BINDING, lambda source, kind, count: len(self.events(kind)) >= count)

    def handle(self, route: Route) -> None:
        request = route.request
        body = request.post_data_buffer
        answer = self.offline.answer(request.method, request.url, request.headers, body)
        if answer is None:
            route.fallback()  # not RudderStack's: the test's other routes (or the network) decide
            return
        self.received.extend(answer.events)
        self.answered.append(Answered(answer.kind, request.method, request.url, answer.status,
                                      (body or b"").decode("utf-8", "replace") if answer.kind == "data-plane" else ""))
        route.fulfill(status=answer.status, body=answer.body, content_type=answer.content_type,
                      headers=answer.headers)

    def events(self, type: str | None = None) -> list[dict[str, Any]]:
        """Every event the data plane received (batches unpacked), in order; optionally only one `type`."""
        return [dict(event) for event in self.received if type is None or event.get("type") == type]

    def wait_for(self, type: str, count: int = 1, timeout: float = 10_000) -> list[dict[str, Any]]:
        """The `type` events once at least `count` arrived; fails listing what did arrive after `timeout` ms."""
        enough = lambda: len(self.events(type)) >= count  # noqa: E731
        wait_until(self.page, COUNT_BINDING, [type, count], enough, timeout, lambda: (
            f"the data plane got {len(self.events(type))} of {count} {type!r} event(s) within {timeout:.0f} ms; "
            f"the events that arrived: {json.dumps([summary(e) for e in self.received])}"))
        return self.events(type)

    def requests(self, kind: str | None = None) -> list[Answered]:
        """Every request answered (kind: sdk, plugin, config, data-plane, preflight, refused), in order."""
        return [answered for answered in self.answered if kind is None or answered.kind == kind]


def summary(event: dict[str, Any]) -> dict[str, Any]:
    """An event as a failure message lists it: what tells events apart."""
    return {key: event[key] for key in ("type", "event", "name", "userId", "groupId") if key in event}
