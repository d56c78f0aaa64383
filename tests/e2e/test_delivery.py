"""Delivery under Intercom's update limit (docs/delivery.md), the launcher default and one Intercom per page, through
the real v3 SDK. Minutes pass on Playwright's clock, never in real time."""
from __future__ import annotations

import re
from typing import Any

from pybuild.demo.harness import HarnessServer
from pybuild.embed.offline_rudderstack import device_destination
from tests.e2e.helpers import APP_ID, LIMITS, NAVIGATE_TO, SPEC, Harness, Widget, plugin_lines

APP = {"appId": APP_ID}
WINDOW = LIMITS["update_window_ms"]  # Intercom's update window
BUDGET = LIMITS["update_budget"]  # updates per window
PINGS = BUDGET - LIMITS["ping_reserve"]  # of which pings may use


def updates(harness: Harness) -> list[list[Any]]:
    return [c["args"] for c in harness.calls("update")]


def settle(harness: Harness, marker: str) -> None:
    """Waits until every call made before it has reached Intercom: a track goes through the same SDK queue."""
    harness.run("(name) => rs.track(name)", marker)
    harness.page.wait_for_function(
        "(name) => (window.__intercomCalls || []).some(c => c.cmd === 'trackEvent' && c.args[0] === name)", arg=marker)


def open_on_clock(harness: Harness, config: dict[str, Any]) -> Harness:
    harness.page.clock.install()
    harness.open(config)
    harness.wait_calls(1, "boot")
    return harness


def test_thirty_changing_identifies_send_twenty_updates_then_the_latest_values_when_the_window_moves(
        harness: Harness) -> None:
    open_on_clock(harness, APP)
    harness.run("() => { for (let i = 0; i < 30; i++) rs.identify('u1', {plan: 'p' + i, ['k' + (i % 12)]: i}) }")
    settle(harness, "after identifies")
    assert len(updates(harness)) == BUDGET, updates(harness)
    assert updates(harness)[-1] == [{"plan": "p19", "k7": 19}]
    harness.page.clock.fast_forward(WINDOW)
    harness.wait_calls(BUDGET + 1, "update")
    assert updates(harness)[BUDGET] == [{"plan": "p29", "k8": 20, "k9": 21, "k10": 22, "k11": 23, "k0": 24, "k1": 25,
                                     "k2": 26, "k3": 27, "k4": 28, "k5": 29}]
    harness.page.clock.fast_forward(WINDOW)
    settle(harness, "later")
    assert len(updates(harness)) == BUDGET + 1, "nothing left to send"


def test_spa_navigations_stay_within_the_limit_and_the_last_url_is_pinged_in_the_end(harness: Harness) -> None:
    open_on_clock(harness, APP)
    for i in range(40):  # 40 navigations over 7 minutes
        harness.run(NAVIGATE_TO, f"/p{i}")
        harness.page.clock.fast_forward(int(7 * 60_000 / 40))
    settle(harness, "after navigations")
    pings = len(updates(harness))
    assert pings == PINGS, "pings leave PING_RESERVE of the updates to person changes"
    harness.run("() => rs.identify('u1', {plan: 'gold'})")  # a person change still goes at once
    harness.wait_calls(pings + 1, "update")
    assert updates(harness)[-1] == [{"user_id": "u1", "plan": "gold"}]
    assert harness.run("() => location.pathname") == "/p39"
    harness.page.clock.fast_forward(WINDOW)
    # The update with data was sent from /p39, so it counted as that page's ping: nothing more to send.
    settle(harness, "window moved")
    assert len(updates(harness)) == pings + 1


def test_the_last_navigation_is_pinged_when_a_slot_frees(harness: Harness) -> None:
    open_on_clock(harness, APP)
    for i in range(20):
        harness.run(NAVIGATE_TO, f"/p{i}")
    settle(harness, "after navigations")
    assert len(updates(harness)) == PINGS
    harness.page.clock.fast_forward(WINDOW)
    harness.wait_calls(PINGS + 1, "update")
    assert updates(harness)[PINGS] == [], "a bare ping, from the page the visitor is on"
    harness.page.clock.fast_forward(WINDOW)
    settle(harness, "later")
    assert len(updates(harness)) == PINGS + 1


def test_config_hide_default_launcher_false_sends_nothing_true_hides(harness: Harness) -> None:
    harness.open({**APP, "hideDefaultLauncher": False})
    boot = harness.wait_calls(1, "boot")[0]["args"][0]
    assert "hide_default_launcher" not in boot
    assert "hide_default_launcher" not in harness.run("() => window.intercomSettings")
    harness.page.goto("about:blank")
    harness.open({**APP, "hideDefaultLauncher": True})
    assert harness.wait_calls(1, "boot")[0]["args"][0]["hide_default_launcher"] is True


def test_a_second_intercom_destination_is_refused_and_every_event_reaches_intercom_once(
        harness: Harness, server: HarnessServer, widget: Widget) -> None:
    second = device_destination("dest3", "INTERCOM", "Intercom", {"appId": "second1"})
    harness.open(None, source=server.add_source(APP, [second]))
    harness.wait_calls(1, "boot")
    harness.run("() => rs.identify('u1', {plan: 'gold'})")
    settle(harness, "marker")
    assert updates(harness) == [[{"user_id": "u1", "plan": "gold"}]]
    assert len(harness.calls("trackEvent")) == 1
    errors = plugin_lines(harness)
    assert len(errors) == 1 and "one Intercom per page" in errors[0], harness.console
    # The SDK fetches the file once per destination: whichever instance is constructed first owns the page.
    refused, owner = re.search(r"page: (\w+) refused, (\w+) already loaded", errors[0]).groups()
    assert {refused, owner} == {APP_ID, "second1"}
    assert widget.requests == [SPEC["widget_url"] + owner]
