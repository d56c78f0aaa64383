"""What the end-to-end tests share: the page a test drives (Harness), the widget's network (Widget), waits on
the data plane and on Intercom calls, and the Intercom-safe check. Facts come from destination.toml, never
written here again."""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode, urlsplit

from playwright.sync_api import Page, Route

from pybuild.build.bundle import FILE_NAME
from pybuild.build.project import Project
from pybuild.demo.page import split_config
from pybuild.demo.server import DEFAULT_APP_ID, DemoServer

SPEC = Project.find().spec()
LIMITS = SPEC["limits"]
WIDGET_HOST = urlsplit(SPEC["widget_url"]).hostname
APP_ID = DEFAULT_APP_ID
# The widget script the plugin requests for APP_ID.
WIDGET_SCRIPT = SPEC["widget_url"] + APP_ID
# A single-page app's navigation: the URL changes and the site calls page().
NAVIGATE_TO = "(path) => { history.pushState({}, '', path); rs.page() }"
SDKS = ["v3-modern", "v1.1"]  # one SDK of each generation
# The v3 SDK's view of its device-mode destinations (a test reads it; the plugin never does).
STATE = "RudderStackGlobals.WK.state.nativeDestinations"
READY = f"() => {STATE}.initializedDestinations.value.map(d => d.displayName)"
FAILED = f"() => {STATE}.failedDestinations.value.map(d => d.displayName)"
FORBIDDEN_KEY_CHARACTERS = set(SPEC["forbidden_key_characters"])
DISPLAY_NAME = SPEC["display_name"]


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


class Harness:
    """One page running a real RudderStack SDK build with the plugin, and what it did."""

    def __init__(self, page: Page, server: DemoServer, network: dict[str, list[str]], key: str):
        self.page, self.server, self.network, self.key = page, server, network, key
        self.console: list[str] = []
        page.on("console", lambda msg: self.console.append(f"{msg.type}: {msg.text}"))
        self.errors: list[str] = []
        page.on("pageerror", lambda err: self.errors.append(str(err)))

    def open(self, config: dict[str, Any] | None = None, sdk: str = "v3-modern", load: dict[str, Any] | None = None,
             self_hosted: bool = False, wait_until: str = "load", **query: str) -> "Harness":
        """Opens the harness page with the plugin configured by `config` as a real site configures it: the served
        source config has the hosted shape (the keys of hosted_config_keys: the App ID), and every other key is a
        page option (`load(..., {integrations: {All: true, Intercom: {...}}})`). `self_hosted`: all of `config` in
        the source config, as a self-hosted control plane may send it. `wait_until`: "domcontentloaded" for a page
        whose load event the test holds back."""
        source, options = (dict(config or {}), {}) if self_hosted else split_config(SPEC, config or {})
        load = dict(load or {})
        if options:
            integrations = {"All": True, **load.get("integrations", {})}
            integrations[DISPLAY_NAME] = {**options, **integrations.get(DISPLAY_NAME, {})}
            load["integrations"] = integrations
        params = {"sdk": sdk, "key": self.key, "config": json.dumps(source), "load": json.dumps(load), **query}
        self.page.goto(f"{self.server.url}/harness.html?{urlencode(params)}", wait_until=wait_until)
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

    def person(self) -> dict[str, Any]:
        """Whom the offline widget holds now, with every attribute it was sent."""
        return self.run("() => window.__fakeIntercom.person")

    def plugin_requests(self) -> list[str]:
        """Starts recording the requests for the plugin's file, whichever build; call before opening the page."""
        seen: list[str] = []
        self.page.on("request", lambda request: seen.append(request.url) if request.url.endswith("/" + FILE_NAME)
                     else None)
        return seen

    def dataplane(self) -> list[dict[str, Any]]:
        return self.server.events(self.key)


def open_page(harness: Harness, sdk: str, **config: Any) -> Harness:
    """The harness with `sdk` and the modern plugin build, and the default App ID plus `config`."""
    return harness.open({"appId": APP_ID, **config}, sdk=sdk, build="modern")


def wait_for_call_with(harness: Harness, text: str, timeout: float = 10_000) -> list[dict[str, Any]]:
    """Waits until some Intercom call's arguments contain `text`; returns every call so far."""
    harness.page.wait_for_function(
        "t => (window.__intercomCalls || []).some(c => JSON.stringify(c.args).includes(t))", arg=text, timeout=timeout)
    return harness.calls()


def wait_dataplane(harness: Harness, *names: str, count: int = 1, timeout: float = 15_000) -> list[dict[str, Any]]:
    """Waits until the demo's data-plane sink holds `count` events of each of `names` (a track event's name, a
    page's name or an event type), then returns everything it holds. The SDK sends each event on its own request,
    so their order is not guaranteed: wait for every event a test asserts, not only the last one sent."""
    harness.page.wait_for_function(
        """async ([key, names, n]) => {
             const events = await (await fetch('/dataplane/' + encodeURIComponent(key))).json();
             const has = (name) => events.filter(e => e.event === name || e.name === name || e.type === name);
             return names.every(name => has(name).length >= n);
           }""", arg=[harness.key, list(names), count], polling=100, timeout=timeout)
    return harness.dataplane()


def plugin_lines(harness: Harness, level: str | None = None) -> list[str]:
    """The console lines the plugin logged (optionally only those of one level: `warning`, `error`, ...)."""
    return [line for line in harness.console if "[Intercom]" in line and (level is None or line.startswith(level))]


def assert_intercom_safe(value: Any, where: str) -> None:
    """What Intercom accepts as an attribute or metadata value (objects only as rich links, money, settings)."""
    assert isinstance(value, (str, int, float, bool)), (where, value)
    assert not isinstance(value, str) or len(value) <= LIMITS["string_max"], where


def assert_safe_call(call: dict[str, Any]) -> None:
    """An Intercom call whose event name, attribute and metadata keys and values Intercom accepts as sent."""
    if call["cmd"] == "trackEvent":
        name, meta = call["args"][0], (call["args"][1:] or [{}])[0]
        assert isinstance(name, str) and 0 < len(name) <= LIMITS["string_max"]
        items = meta.items()
    elif call["cmd"] == "update" and call["args"]:
        items = [(k, v) for k, v in call["args"][0].items() if k not in ("companies", "avatar")]
    else:
        return
    for key, value in items:
        assert 0 < len(key) <= LIMITS["key_max"] and not set(key) & FORBIDDEN_KEY_CHARACTERS, key
        if isinstance(value, dict) and set(value) in ({"url", "value"}, {"amount", "currency"}):
            continue
        assert_intercom_safe(value, key)
