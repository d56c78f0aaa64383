"""The real v3 SDK loads the built plugin from dist/ and delivers the destination doc's examples to Intercom."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import FAILED, NAVIGATE_TO, Harness

DOC_IDENTIFY = """() => rs.identify('tp4r23', {
  name: 'John Doe', email: 'john@doe.com',
  company: {id: 'company123', name: 'John Doe Inc.'},
  createdAt: 'Mon May 19 2019 18:34:24 GMT+0000 (UTC)'})"""
DOC_TRACK = """() => rs.track('Product bought', {
  order_ID: '140021222', category: 'shoes', product_name: 'sports_shoes', price: 199.95, currency: 'USD'})"""


def test_widget_requested_once_with_the_app_id(harness: Harness) -> None:
    harness.open({"appId": "abc123xy"})
    boot = harness.wait_calls(1, "boot")[0]
    assert boot["auto"] is True
    assert boot["args"][0]["app_id"] == "abc123xy"
    assert boot["args"][0]["api_base"] == "https://api-iam.intercom.io"
    harness.run("() => rs.page()")
    harness.wait_calls(1, "update")
    assert harness.network["widget"] == ["https://widget.intercom.io/widget/abc123xy"]
    assert harness.page.locator('script[src^="https://widget.intercom.io/"]').count() == 1
    assert harness.network["blocked"] == []
    assert harness.errors == []


def test_destination_doc_examples_reach_intercom(harness: Harness) -> None:
    harness.open({"appId": "abc123xy"})
    harness.wait_calls(1, "boot")
    harness.run(DOC_IDENTIFY)
    harness.run(DOC_TRACK)
    harness.run(NAVIGATE_TO, "/next")  # the identify pinged the first URL
    calls = harness.wait_calls(4)
    assert [c["cmd"] for c in calls] == ["boot", "update", "trackEvent", "update"]
    person = calls[1]["args"][0]
    assert person["user_id"] == "tp4r23"
    assert person["name"] == "John Doe"
    assert person["email"] == "john@doe.com"
    assert person["created_at"] == 1558290864
    assert person["companies"] == [{"company_id": "company123", "name": "John Doe Inc."}]
    assert calls[2]["args"] == ["Product bought", {
        "price": {"amount": 19995, "currency": "USD"},
        "order_ID": "140021222", "category": "shoes", "product_name": "sports_shoes"}]
    assert calls[3]["args"] == []


def test_events_sent_before_ready_arrive_in_order(harness: Harness) -> None:
    harness.open({"appId": "abc123xy"}, autoload="0")
    harness.run("""() => new Promise(resolve => rsHarness.start({key: %r, config: {appId: 'abc123xy'}, after: rs => {
        rs.identify('u1', {email: 'u1@example.com'});
        for (let i = 0; i < 5; i++) rs.track('step ' + i, {i});
        rs.page();
        resolve();
    }}))""" % harness.key)
    calls = harness.wait_calls(7)
    # The SDK already holds u1 when the plugin starts: Intercom boots u1 at once, and the replayed identical
    # identify sends nothing more (see the identity lifecycle).
    assert [c["cmd"] for c in calls] == ["boot"] + ["trackEvent"] * 5 + ["update"]
    assert [c["args"][0] for c in calls if c["cmd"] == "trackEvent"] == [f"step {i}" for i in range(5)]
    assert calls[0]["args"][0]["user_id"] == "u1" and calls[0]["args"][0]["email"] == "u1@example.com"


@pytest.mark.parametrize("app_id", ["abc/../x", '"><script>alert(1)</script>', "", "abc?x=1", "abc#x"])
def test_bad_app_id_never_becomes_a_script_url(harness: Harness, app_id: str) -> None:
    harness.open({"appId": app_id}, load={"logLevel": "ERROR"})
    harness.run("() => { rs.identify('u1', {email: 'a@b.c'}); rs.track('Bought'); }")
    # The SDK marks the destination failed once the plugin refused to exist: from then on it can do nothing.
    harness.page.wait_for_function(f"() => ({FAILED})().includes('Intercom')")
    assert harness.network["widget"] == []
    assert harness.page.locator('script[src*="intercom.io"]').count() == 0
    assert harness.run("() => typeof window.Intercom") == "undefined"
    assert any("appId" in line for line in harness.console), harness.console
    expect(harness.page.locator("h1")).to_have_text("Intercom plugin harness")
    assert harness.errors == []
