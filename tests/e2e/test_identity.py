"""Identity lifecycle (docs/mapping.md) through the real v3 and v1.1 SDKs: logout and user switches never carry one
person's Intercom session, attributes or token over to the next."""
from __future__ import annotations

import json
import re
from typing import Any

import pytest

from pybuild.build.bundle import FILE_NAME
from tests.e2e.helpers import (APP_ID, SDKS, WIDGET_SCRIPT, Harness, open_page, plugin_lines, wait_dataplane,
                               wait_for_call_with)

IDENTIFY_A = """() => rs.identify('userA', {email: 'a@example.com', plan_a: 'gold', company: {id: 'coA', name: 'A Inc'}},
                                  {Intercom: {user_hash: 'hashA'}})"""
IDENTIFY_B = "rs.identify('userB', {email: 'b@example.com'}, {Intercom: {user_hash: 'hashB'}})"
A_TRACES = ["userA", "a@example.com", "gold", "coA", "A Inc", "hashA"]


def traces_of_a(value: Any) -> list[str]:
    """What of person A (attributes, company, token) shows in `value`: must be nothing after A is gone."""
    text = json.dumps(value)
    return [trace for trace in A_TRACES if trace in text]


def first_index(calls: list[dict[str, Any]], cmd: str | None = None, text: str | None = None, after: int = -1) -> int:
    for i, call in enumerate(calls):
        if i > after and (cmd is None or call["cmd"] == cmd) and (text is None or text in json.dumps(call["args"])):
            return i
    raise AssertionError(f"no {cmd or 'call'} with {text!r} after #{after}: {[c['cmd'] for c in calls]}")


def identify_a(harness: Harness) -> None:
    harness.wait_calls(1, "boot")
    harness.run(IDENTIFY_A)
    wait_for_call_with(harness, "hashA")


@pytest.mark.parametrize("sdk", SDKS)
def test_reset_then_another_user_gets_nothing_of_the_first(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk)
    identify_a(harness)
    harness.run("() => { rs.reset(); %s; }" % IDENTIFY_B)
    calls = wait_for_call_with(harness, "userB")
    a_seen = first_index(calls, text="hashA")
    shutdown = first_index(calls, "shutdown", after=a_seen)
    assert shutdown < first_index(calls, text="userB")
    after = [c["args"] for c in calls[shutdown + 1:]]
    assert not traces_of_a(after), after
    held = harness.person()
    assert held["user_id"] == "userB" and held["user_hash"] == "hashB"
    assert not traces_of_a(held), held
    assert harness.errors == []


@pytest.mark.parametrize("sdk", SDKS)
def test_reset_alone_shuts_down_within_a_second_then_a_fresh_visitor(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk)
    identify_a(harness)
    harness.run("() => rs.reset()")
    # No further call from the page: the plugin notices the reset on its own, well inside 1.5 s.
    harness.wait_calls(1, "shutdown", timeout=1_500)
    calls = harness.wait_calls(2, "boot")
    visitor_boot = calls[-1]["args"][0]
    assert visitor_boot["app_id"] == APP_ID
    assert not traces_of_a(visitor_boot), visitor_boot
    updates = len(harness.calls("update"))
    harness.run("() => rs.page()")
    harness.wait_calls(updates + 1, "update")
    assert harness.run("() => window.__fakeIntercom.booted") is True
    assert not traces_of_a(harness.person())
    assert len(harness.calls("shutdown")) == 1


@pytest.mark.parametrize("sdk", SDKS)
def test_reset_logs_out_a_user_known_only_by_email(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk)
    harness.wait_calls(1, "boot")
    harness.run("() => rs.identify({email: 'a@example.com', plan_a: 'gold'})")
    wait_for_call_with(harness, "a@example.com")
    harness.run("() => rs.track('Still here')")
    wait_for_call_with(harness, "Still here")
    assert "shutdown" not in [c["cmd"] for c in harness.calls()]  # no user id is normal for this user
    harness.run("() => rs.reset()")
    harness.wait_calls(1, "shutdown", timeout=1_500)
    visitor = harness.wait_calls(2, "boot")[-1]["args"][0]
    assert "email" not in visitor and "plan_a" not in visitor


@pytest.mark.parametrize("sdk", SDKS)
def test_switching_user_without_reset_does_not_merge(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk)
    identify_a(harness)
    harness.run("() => %s" % IDENTIFY_B)
    calls = wait_for_call_with(harness, "userB")
    shutdown = first_index(calls, "shutdown")
    boot_b = first_index(calls, "boot", "userB")
    assert first_index(calls, text="hashA") < shutdown < boot_b
    args = calls[boot_b]["args"][0]
    assert args["user_id"] == "userB" and args["email"] == "b@example.com" and args["user_hash"] == "hashB"
    assert not traces_of_a(args), args
    assert harness.person()["email"] == "b@example.com"


@pytest.mark.parametrize("sdk", SDKS)
def test_same_person_gets_only_what_changed(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk)
    identify_a(harness)
    harness.run(IDENTIFY_A)
    harness.run("() => rs.identify('userA', {plan_a: 'platinum'}, {Intercom: {user_hash: 'hashA'}})")
    calls = wait_for_call_with(harness, "platinum")
    updates = [c for c in calls if c["cmd"] == "update"]
    assert len(updates) == 2, updates  # the identical identify sent nothing
    assert updates[-1]["args"] == [{"plan_a": "platinum"}]
    assert "shutdown" not in [c["cmd"] for c in calls]


@pytest.mark.parametrize("sdk", SDKS)
def test_reload_with_the_user_logged_in_boots_them_from_the_start(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk)
    identify_a(harness)
    harness.page.reload()
    harness.page.wait_for_function("() => window.rs !== undefined")
    first = harness.wait_calls(1, "boot")[0]
    assert harness.calls()[0] is not None and harness.calls()[0]["cmd"] == "boot"
    assert first["auto"] is True
    booted = first["args"][0]
    assert booted["user_id"] == "userA" and booted["email"] == "a@example.com" and booted["plan_a"] == "gold"
    assert booted["companies"] == [{"company_id": "coA", "name": "A Inc"}]
    assert "user_hash" not in booted  # the SDK keeps no token
    # The site identifies again with the token: A is booted again with it, nobody is shut down.
    harness.run(IDENTIFY_A)
    calls = harness.wait_calls(2, "boot")
    assert calls[-1]["args"][0]["user_hash"] == "hashA" and calls[-1]["args"][0]["user_id"] == "userA"
    assert [c["cmd"] for c in harness.calls()] == ["boot", "boot"]
    assert harness.person()["user_hash"] == "hashA"


@pytest.mark.parametrize("sdk", SDKS)
def test_no_anonymous_visitors_until_someone_identifies_and_none_after_logout(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk, bootAnonymousVisitors=False)
    harness.run("() => new Promise(resolve => rs.ready(resolve))")  # the plugin is running
    harness.run("() => { rs.page(); rs.track('Looked around'); }")
    wait_dataplane(harness, "Looked around")
    assert harness.network["widget"] == []
    assert harness.run("() => window.__intercomCalls") is None
    harness.run(IDENTIFY_A)
    wait_for_call_with(harness, "hashA")
    assert harness.network["widget"] == [WIDGET_SCRIPT]
    boot = harness.calls()[0]
    assert boot["cmd"] == "boot" and boot["args"][0]["user_id"] == "userA"
    assert "Looked around" not in json.dumps(harness.calls())  # delivered while Intercom held nobody
    harness.run("() => rs.reset()")
    harness.wait_calls(1, "shutdown", timeout=1_500)
    shutdown = first_index(harness.calls(), "shutdown")
    harness.run("() => { rs.page(); rs.track('After logout'); %s; }" % IDENTIFY_B)
    calls = wait_for_call_with(harness, "userB")
    # Events reach the plugin in order: nothing between the logout's shutdown and B's boot.
    assert [c["cmd"] for c in calls][shutdown:] == ["shutdown", "boot"]
    assert calls[-1]["args"][0]["user_id"] == "userB"
    assert "After logout" not in json.dumps(calls)


@pytest.mark.parametrize("sdk", SDKS)
def test_events_buffered_from_before_the_login_do_not_log_the_user_out(harness: Harness, sdk: str) -> None:
    harness.open({"appId": APP_ID}, sdk=sdk, build="modern", autoload="0")
    harness.run("""() => new Promise(resolve => rsHarness.start({sdk: %r, build: 'modern', key: %r, config: %s,
        after: rs => { rs.page(); rs.identify({plan: 'free'}); rs.track('Before login');
                       rs.identify('userA', {email: 'a@example.com'}); rs.track('After login'); resolve(); }}))"""
                % (sdk, harness.key, json.dumps({"appId": APP_ID})))
    calls = wait_for_call_with(harness, "After login")
    assert calls[0]["cmd"] == "boot" and calls[0]["args"][0]["user_id"] == "userA"  # the SDK held A at init
    assert "shutdown" not in [c["cmd"] for c in calls]
    assert [c["args"][0] for c in calls if c["cmd"] == "trackEvent"] == ["Before login", "After login"]


@pytest.mark.parametrize("sdk", SDKS)
def test_the_logout_timer_runs_only_while_a_user_is_booted(harness: Harness, sdk: str) -> None:
    # Counts the live timers the plugin's file starts (told apart by the script on the stack), until they fire or
    # are cleared.
    harness.page.add_init_script("""(() => {
      const live = window.__pollTimers = new Set(), set = window.setTimeout, clear = window.clearTimeout;
      window.setTimeout = function (fn, ms, ...rest) {
        if (!/%s/.test(new Error().stack)) return set.call(this, fn, ms, ...rest);
        const id = set.call(this, function () { live.delete(id); return fn.apply(this, arguments); }, ms, ...rest);
        live.add(id);
        return id;
      };
      window.clearTimeout = function (id) { live.delete(id); return clear.call(this, id); };
    })()""" % re.escape(FILE_NAME))
    open_page(harness, sdk)
    harness.wait_calls(1, "boot")
    harness.run("() => rs.page()")
    harness.wait_calls(1, "update")
    assert harness.run("() => window.__pollTimers.size") == 0
    identify_a(harness)
    assert harness.run("() => window.__pollTimers.size") == 1
    harness.run("() => rs.reset()")
    harness.wait_calls(1, "shutdown")
    harness.wait_calls(2, "boot")
    assert harness.run("() => window.__pollTimers.size") == 0


@pytest.mark.parametrize("sdk", SDKS)
def test_page_options_of_the_load_call_win_over_the_config(harness: Harness, sdk: str) -> None:
    # v3 hands the plugin {All: true, Intercom: {...}}, v1.1 renames the key INTERCOM: both are read.
    page_options = {"bootAnonymousVisitors": False, "alignment": "left"}
    harness.open({"appId": APP_ID, "alignment": "right", "eventFilteringOption": "disable"}, sdk=sdk,
                 build="modern", load={"integrations": {"All": True, "Intercom": page_options}, "logLevel": "DEBUG"})
    harness.run("() => new Promise(resolve => rs.ready(resolve))")
    harness.run("() => rs.track('Looked around')")
    wait_dataplane(harness, "Looked around")
    assert harness.network["widget"] == []  # bootAnonymousVisitors: false from the page
    harness.run(IDENTIFY_A)
    boot = wait_for_call_with(harness, "hashA")[0]
    assert boot["cmd"] == "boot" and boot["args"][0]["alignment"] == "left"
    assert [line for line in plugin_lines(harness) if not line.startswith("debug")] == []
