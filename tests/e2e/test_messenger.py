"""Two-way (docs/mapping.md "Messenger events") through the real v3 and v1.1 SDKs: what visitors do in the Messenger
reaches RudderStack's data plane as track events, never Intercom's trackEvent; `anonymous_id` joins Intercom people
to RudderStack."""
from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.helpers import SDKS, SPEC, Harness, open_page, wait_dataplane, wait_for_call_with

# The track event each Messenger callback becomes ([[messenger_event]] in destination.toml).
EVENTS = {row["callback"]: row["event"] for row in SPEC["messenger_event"]}
CALLBACKS = list(EVENTS)
OPENED, CLOSED, UNREAD, EMAIL = (EVENTS[c] for c in ("onShow", "onHide", "onUnreadCountChange", "onUserEmailSupplied"))


def tracks(events: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [e for e in events if e.get("type") == "track" and e.get("event") == name]


def registrations(harness: Harness) -> list[str]:
    return [c["cmd"] for c in harness.calls() if c["cmd"] in CALLBACKS]


@pytest.mark.parametrize("sdk", SDKS)
def test_messenger_callbacks_reach_the_data_plane_once_each(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk, trackMessengerEvents=True)
    harness.wait_calls(1, "boot")
    harness.run("""() => { const f = window.__fakeIntercom;
        f.unread(0); f.show(); f.hide(); f.unread(2); f.unread(2); f.emailSupplied(); rs.track('sentinel 1'); }""")
    wait_dataplane(harness, "sentinel 1")
    # Each event goes on its own request: wait for every one, not only for the last one sent.
    events = wait_dataplane(harness, OPENED, CLOSED, UNREAD, EMAIL)
    assert len(tracks(events, OPENED)) == 1 and len(tracks(events, CLOSED)) == 1
    assert [e["properties"] for e in tracks(events, UNREAD)] == [{"unread_count": 2}]  # not the first 0, no repeat
    email = tracks(events, EMAIL)
    assert len(email) == 1 and "email" not in str(email[0]["properties"]).lower()
    # A logout and another person (shutdown + boot) must not register the callbacks twice.
    harness.run("() => { rs.identify('userA', {email: 'a@example.com'}); }")
    wait_for_call_with(harness, "userA")
    harness.run("() => rs.identify('userB', {email: 'b@example.com'})")
    wait_for_call_with(harness, "userB")
    assert "shutdown" in [c["cmd"] for c in harness.calls()]
    assert sorted(registrations(harness)) == sorted(CALLBACKS)
    harness.run("() => { window.__fakeIntercom.show(); window.__fakeIntercom.unread(0); rs.track('sentinel 2'); }")
    wait_dataplane(harness, "sentinel 2")
    events = wait_dataplane(harness, OPENED, UNREAD, count=2)
    assert len(tracks(events, OPENED)) == 2
    assert [e["properties"] for e in tracks(events, UNREAD)] == [{"unread_count": 2}, {"unread_count": 0}]
    # Never echoed to Intercom.
    assert [c["args"][0] for c in harness.calls("trackEvent")] == ["sentinel 1", "sentinel 2"]
    assert harness.errors == []


@pytest.mark.parametrize("sdk", SDKS)
def test_option_off_subscribes_nothing(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk)
    harness.wait_calls(1, "boot")
    harness.run("() => { const f = window.__fakeIntercom; f.show(); f.hide(); f.unread(3); f.emailSupplied(); rs.track('sentinel'); }")
    events = wait_dataplane(harness, "sentinel")
    assert registrations(harness) == []
    assert [e["event"] for e in events if e.get("type") == "track"] == ["sentinel"]


@pytest.mark.parametrize("sdk", SDKS)
def test_anonymous_id_follows_rudderstack_before_and_after_a_reset(harness: Harness, sdk: str) -> None:
    open_page(harness, sdk, sendAnonymousId=True)
    boot = harness.wait_calls(1, "boot")[0]["args"][0]
    before = harness.run("() => rs.getAnonymousId()")
    assert before and boot["anonymous_id"] == before
    harness.run("() => rs.identify('userA', {email: 'a@example.com'})")
    wait_for_call_with(harness, "userA")
    assert harness.person()["anonymous_id"] == before
    harness.run("() => rs.reset(true)")  # a logout that also forgets the anonymous id
    visitor = harness.wait_calls(2, "boot")[-1]["args"][0]
    after = harness.run("() => rs.getAnonymousId()")
    assert after != before and visitor["anonymous_id"] == after and "user_id" not in visitor
    # A visitor whose anonymous id changes (reset(true) without a user) is kept current on the next event.
    harness.run("() => { rs.reset(true); rs.page(); }")
    latest = harness.run("() => rs.getAnonymousId()")
    wait_for_call_with(harness, latest)
    assert latest != after and harness.person()["anonymous_id"] == latest
