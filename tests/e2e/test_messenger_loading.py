"""When the Messenger loads (docs/page-speed.md), through the real SDKs: `loadMessenger` now, load, idle and intent;
the launcher facade by pointer, keyboard and the page's own Intercom('show'); nothing lost before the load; a strict
CSP; the site's own launchers; bootAnonymousVisitors false; a blocked widget. "Before load" is made observable by an
image the test holds (the page's load event waits for it), and time passes on Playwright's clock, never in sleeps."""
from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Locator, Page, Route, expect

from tests.e2e.helpers import APP_ID, NAVIGATE_TO, SPEC, WIDGET_SCRIPT, Harness, Widget, plugin_lines

LAUNCHER = SPEC["launcher"]
IDLE_MAX_MS = SPEC["limits"]["idle_max_ms"]
# The plugin has started (init() sets intercomSettings), on either SDK.
STARTED = "() => window.intercomSettings !== undefined"
# The widget script element, whoever added it.
WIDGET_TAG = 'script[src^="https://widget.intercom.io/"]'
# What the offline widget says of the Messenger: booted, and open.
BOOTED = "() => !!(window.__fakeIntercom && window.__fakeIntercom.booted)"
OPEN = "() => !!(window.__fakeIntercom && window.__fakeIntercom.open)"
# Counts what the SDK hands the plugin (the class is a page global the SDKs look up), so a test can wait until every
# event it sent has reached the plugin before the visitor reaches for the Messenger.
COUNT_DELIVERIES = """() => { const proto = window.INTERCOM_RS.INTERCOM.prototype; window.__delivered = 0;
    for (const type of ['identify', 'track', 'page', 'group']) {
        const original = proto[type];
        proto[type] = function (event) { window.__delivered += 1; return original.call(this, event); };
    } }"""
CSP_WATCH = """window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""


class HeldImage:
    """An image on the page the test answers when it likes: until then the page's load event cannot fire."""

    URL = "/held-image.png"

    def __init__(self, page: Page):
        self.routes: list[Route] = []
        page.route(f"**{self.URL}", lambda route: self.routes.append(route))
        page.add_init_script(f"""document.addEventListener('DOMContentLoaded', () => {{
            const img = new Image(); img.alt = ''; img.src = {self.URL!r}; document.body.appendChild(img); }});""")

    def release(self) -> None:
        while self.routes:
            self.routes.pop().fulfill(status=204)


@pytest.fixture
def held(page: Page) -> HeldImage:
    return HeldImage(page)


def facade(harness: Harness) -> Locator:
    return harness.page.get_by_role("button", name=LAUNCHER["label"], exact=True)


def open_intent(harness: Harness, sdk: str = "v3-modern", **config: Any) -> Harness:
    harness.open({"appId": APP_ID, "loadMessenger": "intent", **config}, sdk=sdk)
    harness.page.wait_for_function(STARTED)
    return harness


def told(harness: Harness, count: int = 0) -> list[dict[str, Any]]:
    """What Intercom was told (the facade's own Intercom('ready', fn) left out), once it holds `count` calls."""
    harness.page.wait_for_function(
        "n => (window.__intercomCalls || []).filter(c => c.cmd !== 'ready').length >= n", arg=count)
    return [c for c in harness.calls() if c["cmd"] != "ready"]


def requested(harness: Harness, widget: Widget) -> bool:
    return bool(widget.requests) or harness.page.locator(WIDGET_TAG).count() > 0


# ----------------------------------------------------------------------------------------------------- the modes

def test_now_requests_the_widget_before_window_load(harness: Harness, widget: Widget, held: HeldImage) -> None:
    with harness.page.expect_request(WIDGET_SCRIPT):
        harness.open({"appId": APP_ID, "loadMessenger": "now"}, wait_until="domcontentloaded")
    assert harness.run("() => document.readyState") != "complete"
    held.release()
    harness.wait_calls(1, "boot")
    assert widget.requests == [WIDGET_SCRIPT] and harness.errors == []


def test_load_waits_for_the_window_load_event(harness: Harness, widget: Widget, held: HeldImage) -> None:
    harness.open({"appId": APP_ID, "loadMessenger": "load"}, wait_until="domcontentloaded")
    harness.page.wait_for_function(STARTED)
    harness.run("() => rs.track('Before load')")
    assert harness.run("() => document.readyState") != "complete"
    assert not requested(harness, widget)
    with harness.page.expect_request(WIDGET_SCRIPT):
        held.release()
    assert harness.run("() => document.readyState") == "complete"
    harness.wait_calls(1, "trackEvent")
    assert [c["cmd"] for c in harness.calls()] == ["boot", "trackEvent"]
    assert harness.errors == []


def test_idle_waits_for_the_load_event_then_an_idle_period(harness: Harness, widget: Widget, held: HeldImage) -> None:
    harness.page.add_init_script("addEventListener('load', () => { window.__loadFired = performance.now(); })")
    harness.open({"appId": APP_ID, "loadMessenger": "idle"}, wait_until="domcontentloaded")
    harness.page.wait_for_function(STARTED)
    assert not requested(harness, widget)
    with harness.page.expect_request(WIDGET_SCRIPT):
        held.release()
    assert harness.run("() => window.__loadFired") is not None
    harness.wait_calls(1, "boot")
    assert harness.errors == []


def test_idle_without_request_idle_callback_loads_at_the_cap(harness: Harness, widget: Widget) -> None:
    """Where the browser has no requestIdleCallback (Safari), the widget loads IDLE_MAX_MS after the load event."""
    harness.page.clock.install()
    # No requestIdleCallback, whichever init script (this or the clock's) runs first.
    harness.page.add_init_script(
        "Object.defineProperty(window, 'requestIdleCallback', {get: () => undefined, set() {}, configurable: false})")
    harness.open({"appId": APP_ID, "loadMessenger": "idle"})
    harness.page.wait_for_function("() => window.intercomSettings !== undefined && document.readyState === 'complete'")
    harness.page.clock.pause_at((harness.run("() => Date.now()") + 10) / 1000)  # Python takes seconds
    harness.page.clock.run_for(IDLE_MAX_MS - 1_000)
    assert not requested(harness, widget)
    with harness.page.expect_request(WIDGET_SCRIPT):
        harness.page.clock.run_for(1_000)
    harness.page.clock.resume()
    harness.wait_calls(1, "boot")


# ----------------------------------------------------------------------------------------------- intent, the facade

@pytest.mark.parametrize("sdk", ["v3-modern", "v3-legacy", "v1.1"])
def test_intent_loads_nothing_until_the_visitor_reaches_for_the_facade(harness: Harness, widget: Widget, sdk: str) -> None:
    harness.page.clock.install()
    open_intent(harness, sdk)
    expect(facade(harness)).to_be_visible()
    harness.run("() => { rs.identify('u1', {plan: 'pro'}); rs.track('Looked around'); }")
    harness.page.clock.fast_forward(60_000)  # a minute of reading: nothing loads by itself
    assert not requested(harness, widget)
    assert harness.network["blocked"] == [], "the facade requests nothing"
    with harness.page.expect_request(WIDGET_SCRIPT):
        facade(harness).hover()
    harness.page.wait_for_function(BOOTED)
    expect(facade(harness)).to_be_visible()  # under the pointer it stays ...
    harness.page.mouse.move(0, 0)
    expect(facade(harness)).to_have_count(0)  # ... until the pointer leaves it
    assert widget.requests == [WIDGET_SCRIPT] and harness.errors == []


def test_facade_by_pointer_hover_loads_and_a_click_opens_the_messenger(harness: Harness, widget: Widget) -> None:
    widget.mode = "hold"  # a slow widget: the click comes before it boots
    open_intent(harness)
    facade(harness).hover()
    harness.page.wait_for_function(f"() => document.querySelector({WIDGET_TAG!r})")
    facade(harness).click()
    assert not harness.run(OPEN)
    widget.release()
    harness.page.wait_for_function(OPEN)
    expect(facade(harness)).to_have_count(0)
    assert [c["cmd"] for c in harness.calls() if c["cmd"] == "show"] == ["show"]
    assert harness.errors == []


def test_facade_by_keyboard_tab_then_enter(harness: Harness, widget: Widget) -> None:
    open_intent(harness)
    expect(facade(harness)).to_be_visible()
    shadow = facade(harness).evaluate("b => getComputedStyle(b).boxShadow")
    harness.page.keyboard.press("Tab")
    expect(facade(harness)).to_be_focused()
    assert facade(harness).evaluate("b => getComputedStyle(b).boxShadow") != shadow, "a visible focus ring"
    harness.page.wait_for_function(BOOTED)  # focus was intent: the widget loaded and booted ...
    expect(facade(harness)).to_be_focused()  # ... and the focused facade stays until pressed
    harness.page.keyboard.press("Enter")
    harness.page.wait_for_function(OPEN)
    expect(facade(harness)).to_have_count(0)
    assert harness.errors == []


@pytest.mark.parametrize("command", ["show", "showNewMessage"])
def test_the_sites_own_intercom_show_loads_and_opens_it(harness: Harness, widget: Widget, command: str) -> None:
    open_intent(harness)
    expect(facade(harness)).to_be_visible()
    harness.run("(command) => window.Intercom(command)", command)
    harness.page.wait_for_function(OPEN)
    expect(facade(harness)).to_have_count(0)
    assert [c["cmd"] for c in told(harness)] == ["boot", command]
    assert widget.requests == [WIDGET_SCRIPT] and harness.errors == []


def test_nothing_before_the_intent_is_lost(harness: Harness, widget: Widget) -> None:
    open_intent(harness)
    harness.run(COUNT_DELIVERIES)
    harness.run("""(navigate) => { rs.identify('u1', {email: 'u1@example.com', plan: 'free'}); rs.group('g1', {name: 'Acme'});
        rs.track('First', {n: 1}); rs.track('Second', {n: 2}); rs.identify('u1', {plan: 'pro'});
        eval(navigate)('/pricing'); rs.track('Third', {n: 3}); }""", NAVIGATE_TO)
    harness.page.wait_for_function("() => window.__delivered === 7")
    assert not requested(harness, widget)
    facade(harness).hover()
    calls = told(harness, 4)
    assert [c["cmd"] for c in calls] == ["boot", "trackEvent", "trackEvent", "trackEvent"]
    person = calls[0]["args"][0]
    assert (person["user_id"], person["email"], person["plan"]) == ("u1", "u1@example.com", "pro")
    assert person["companies"] == [{"company_id": "g1", "name": "Acme"}]
    assert [(c["args"][0], c["args"][1]) for c in calls[1:]] == [("First", {"n": 1}), ("Second", {"n": 2}), ("Third", {"n": 3})]
    harness.run("() => rs.page()")  # the boot pinged /pricing: the same page again is not pinged
    harness.run("() => rs.track('After')")
    assert [c["cmd"] for c in told(harness, 5)][4:] == ["trackEvent"]
    assert harness.run("() => location.pathname") == "/pricing" and harness.errors == []


def test_facade_position_alignment_left_paddings_colour_and_z_index(harness: Harness, widget: Widget) -> None:
    open_intent(harness, alignment="left", horizontalPadding=40, verticalPadding=64, zIndex=9999, actionColor="#ff0066")
    button = facade(harness)
    expect(button).to_be_visible()
    box = button.bounding_box()
    viewport = harness.page.viewport_size
    assert box is not None and viewport is not None
    size = LAUNCHER["size_px"]
    assert (box["x"], box["y"], box["width"], box["height"]) == (40, viewport["height"] - 64 - size, size, size)
    style = button.evaluate("b => { const s = getComputedStyle(b); return [s.position, s.zIndex, s.backgroundColor]; }")
    assert style == ["fixed", "9999", "rgb(255, 0, 102)"]


def test_facade_defaults_right_20px_neutral_colour(harness: Harness, widget: Widget) -> None:
    open_intent(harness)
    button = facade(harness)
    expect(button).to_be_visible()
    box = button.bounding_box()
    viewport = harness.page.viewport_size
    assert box is not None and viewport is not None
    offset, size = LAUNCHER["offset_px"], LAUNCHER["size_px"]
    assert (box["x"], box["y"]) == (viewport["width"] - offset - size, viewport["height"] - offset - size)
    style = button.evaluate("b => { const s = getComputedStyle(b); return [s.zIndex, s.backgroundColor]; }")
    assert style == [str(LAUNCHER["z_index"]), "rgb(51, 51, 51)"]  # LAUNCHER["color"], #333333


def test_facade_under_a_strict_csp_without_unsafe_inline(harness: Harness, widget: Widget) -> None:
    harness.page.add_init_script(CSP_WATCH)
    harness.open({"appId": APP_ID, "loadMessenger": "intent"}, csp="strict")
    button = facade(harness)
    expect(button).to_be_visible()
    assert button.evaluate("b => getComputedStyle(b).position") == "fixed"
    button.hover()
    button.click()
    harness.page.wait_for_function(OPEN)
    assert harness.run("() => window.__csp") == []
    # The policy refuses inline styles: a style attribute in markup is a violation.
    harness.run("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">inline</p>')")
    harness.page.wait_for_function("() => window.__csp.length === 1")
    assert harness.run("() => window.__csp")[0].startswith("style-src")
    assert harness.errors == []


def test_custom_launcher_selector_with_the_default_launcher_hidden(harness: Harness, widget: Widget) -> None:
    open_intent(harness, hideDefaultLauncher=True, customLauncherSelector="#help")
    harness.run("() => document.body.insertAdjacentHTML('beforeend', '<button id=\"help\" type=\"button\">Help</button>')")
    help_button = harness.page.locator("#help")
    expect(help_button).to_be_visible()
    expect(facade(harness)).to_have_count(0)
    assert not requested(harness, widget)
    widget.mode = "hold"
    help_button.hover()
    harness.page.wait_for_function(f"() => document.querySelector({WIDGET_TAG!r})")
    help_button.click()
    widget.release()
    harness.page.wait_for_function(OPEN)
    assert [c["cmd"] for c in harness.calls()].count("show") == 1
    assert harness.errors == []


def test_boot_anonymous_visitors_false_no_facade_for_a_visitor_then_for_the_identified(
        harness: Harness, widget: Widget) -> None:
    open_intent(harness, bootAnonymousVisitors=False)
    harness.run("() => rs.track('Visitor')")
    harness.page.wait_for_function("() => document.readyState === 'complete'")
    expect(facade(harness)).to_have_count(0)
    harness.run("() => rs.identify('u1')")
    expect(facade(harness)).to_be_visible()
    assert not requested(harness, widget)
    facade(harness).hover()
    calls = harness.wait_calls(1, "boot")
    assert calls[0]["args"][0]["user_id"] == "u1"
    assert harness.errors == [] and plugin_lines(harness, "error") == []


def test_blocked_widget_a_facade_click_logs_one_warning(harness: Harness, widget: Widget) -> None:
    widget.mode = "block"
    open_intent(harness)
    with harness.page.expect_console_message(lambda message: "[Intercom]" in message.text):
        facade(harness).click()
    facade(harness).click()
    facade(harness).press("Enter")
    harness.run("() => rs.track('still delivered')")
    assert plugin_lines(harness) == ["warning: [Intercom] Intercom widget failed to load"], harness.console
    assert harness.errors == []


def test_a_logout_before_the_load_loads_the_widget_at_once_to_end_the_session(harness: Harness, widget: Widget) -> None:
    """Intercom's cookies may hold the stored user's session from an earlier page: their logout before the load
    cannot wait for an intent that may come on another page, which would not know to end it."""
    open_intent(harness)
    harness.run("() => rs.identify('u1', {email: 'u1@example.com'})")
    harness.page.wait_for_function("() => rs.getUserId && rs.getUserId() === 'u1'")
    harness.page.reload()
    harness.page.wait_for_function(STARTED)
    expect(facade(harness)).to_be_visible()
    assert not requested(harness, widget)
    harness.run("() => rs.reset()")
    calls = told(harness, 2)
    assert [c["cmd"] for c in calls[:2]] == ["shutdown", "boot"]
    assert "user_id" not in calls[1]["args"][0] and "email" not in calls[1]["args"][0]  # a fresh visitor
    assert requested(harness, widget)
    assert harness.errors == []
