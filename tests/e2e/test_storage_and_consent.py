"""The person Intercom holds under each storage the v3 SDK offers and under its consent management
(docs/mapping.md "Identity lifecycle"): a logout is a transition of the SDK's getters, never the mere absence of a
user id. The logout polls run on Playwright's clock, never in real time."""
from __future__ import annotations

import pytest

from tests.e2e.helpers import APP_ID, LIMITS, STATE, Harness, wait_dataplane, wait_for_call_with

POLL = LIMITS["logout_poll_ms"]
# The v3 SDK's storage types (SUPPORTED_STORAGE_TYPES of @rudderstack/analytics-js 3.34.1). With 'none' it keeps no
# user id at all; with the others its getters hold the user identified until reset().
HOLDING_STORAGES = ["cookieStorage", "localStorage", "sessionStorage", "memoryStorage"]
STORAGES = [*HOLDING_STORAGES, "none"]
# v3 consent management as a site sets it up: its own banner (the `custom` provider), and until the visitor answers
# nothing is stored but the session and every event waits in the SDK (docs/sdk-contract.md "The class").
CONSENT_LOAD = {
    "consentManagement": {"enabled": True, "provider": "custom"},
    "preConsent": {"enabled": True, "storage": {"strategy": "session"}, "events": {"delivery": "buffer"}},
}
# The destination's consent settings as the control plane sends them: Intercom needs the visitor's consent C0003
# (the shape the v3 SDK's CustomConsentManager reads: a list of {provider, consents: [{consent}]}).
NEEDS_C0003 = {"appId": APP_ID, "consentManagement": [{"provider": "custom", "consents": [{"consent": "C0003"}]}]}


def cmds(harness: Harness) -> list[str]:
    return [c["cmd"] for c in harness.calls()]


def track_reaches_intercom(harness: Harness, name: str) -> None:
    harness.run("(name) => rs.track(name)", name)
    wait_for_call_with(harness, name)


@pytest.mark.parametrize("storage", STORAGES)
def test_the_person_stays_booted_under_every_storage_and_reset_is_noticed_where_the_sdk_held_them(
        harness: Harness, storage: str) -> None:
    harness.page.clock.install()
    harness.open({"appId": APP_ID}, load={"storage": {"type": storage}})
    harness.wait_calls(1, "boot")
    harness.run("() => rs.identify('u1', {email: 'u1@example.com', plan: 'gold'})")
    wait_for_call_with(harness, "u1@example.com")
    assert harness.run("() => rs.getUserId()") == ("" if storage == "none" else "u1")
    harness.run("() => rs.page()")
    track_reaches_intercom(harness, "After identify")
    harness.page.clock.run_for(4 * POLL)  # several logout polls: none may log u1 out
    track_reaches_intercom(harness, "Later")
    assert "shutdown" not in cmds(harness)
    assert harness.person()["user_id"] == "u1"
    if storage == "none":
        return  # the getters never held u1: nothing tells the plugin of a reset() (docs/mapping.md)
    reset_at = harness.run("() => { rs.reset(); return Date.now(); }")
    harness.page.clock.run_for(POLL)
    shutdown = harness.wait_calls(1, "shutdown", timeout=2_000)[0]
    assert shutdown["t"] - reset_at <= POLL  # noticed by the next poll, with no further event
    visitor = harness.wait_calls(2, "boot")[-1]["args"][0]
    assert visitor["app_id"] == APP_ID and not {"user_id", "email", "plan"} & set(visitor), visitor
    track_reaches_intercom(harness, "As a visitor")
    assert cmds(harness).count("shutdown") == 1
    assert "user_id" not in harness.person()


def open_before_consent(harness: Harness) -> list[str]:
    """The v3 SDK with consent management, loaded, its source config read; the visitor has not answered yet. The
    page's first person and event are made now."""
    plugin = harness.plugin_requests()
    harness.page.clock.install()
    harness.open(NEEDS_C0003, load=CONSENT_LOAD)
    harness.page.wait_for_function(f"""() => ['ready', 'readyExecuted'].includes(RudderStackGlobals.WK.state.lifecycle
        .status.value) && {STATE}.configuredDestinations.value.length === 1""")
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); rs.track('Before'); }")
    # The SDK is loaded and holds the events: had it meant to load a destination, it would have asked by now.
    assert plugin == [] and harness.network["widget"] == []
    assert harness.run("() => window.INTERCOM_RS === undefined && window.__intercomCalls === undefined")
    return plugin


def test_consent_given_loads_intercom_with_the_person_and_the_events_made_before(harness: Harness) -> None:
    plugin = open_before_consent(harness)
    harness.run("() => rs.consent({consentManagement: {allowedConsentIds: ['C0003']}})")
    wait_for_call_with(harness, "Before")
    assert len(plugin) == 1 and len(harness.network["widget"]) == 1
    assert harness.person()["user_id"] == "u1" and harness.person()["email"] == "u1@example.com"
    # The SDK keeps no user id from before consent, so what follows carries none: u1 stays booted and gets it.
    harness.page.clock.run_for(4 * POLL)
    harness.run("() => rs.page()")
    track_reaches_intercom(harness, "After consent")
    tracks = [c["args"][0] for c in harness.calls("trackEvent")]
    assert tracks == ["Before", "After consent"]
    assert "shutdown" not in cmds(harness)
    assert harness.person()["user_id"] == "u1"


def test_consent_denied_never_loads_intercom(harness: Harness) -> None:
    plugin = open_before_consent(harness)
    harness.run("""() => { rs.consent({consentManagement: {deniedConsentIds: ['C0003']}});
                          rs.track('After denial'); }""")
    # Positive signals that the SDK acted on the answer: it has decided its device-mode destinations (none), and the
    # data plane (which no destination consent gates) has the events.
    harness.page.wait_for_function(f"() => {STATE}.clientDestinationsReady.value === true")
    wait_dataplane(harness, "Before", "After denial")
    assert harness.run(f"() => {STATE}.activeDestinations.value.length") == 0
    assert plugin == [] and harness.network["widget"] == []
    assert harness.run("() => window.INTERCOM_RS === undefined && window.__intercomCalls === undefined")
