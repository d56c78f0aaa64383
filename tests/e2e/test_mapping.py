"""The mapping through the real v3 SDK: one case per row group of docs/mapping.md (identify, track, page, group,
settings, region), and a bad event that is logged and skipped while the next one is delivered."""
from __future__ import annotations

from tests.e2e.helpers import APP_ID, Harness

APP = {"appId": APP_ID}


def test_identify_maps_the_person(harness: Harness) -> None:
    harness.open(APP)
    harness.wait_calls(1, "boot")
    harness.run("""() => rs.identify('u1', {
        firstName: 'Chris', email: 'chris@example.com', createdAt: '2019-05-19T18:34:24Z',
        company: 'Techno Group', address: {city: 'Berlin'}, 'a.b': 1, tags: ['x', 'y']
    }, {Intercom: {user_hash: 'hash-1'}, unsubscribedFromEmails: true})""")
    person = harness.wait_calls(1, "update")[0]["args"][0]
    assert person == {
        "user_id": "u1", "email": "chris@example.com", "name": "Chris", "created_at": 1558290864,
        "unsubscribed_from_emails": True, "user_hash": "hash-1",
        "companies": [{"company_id": "ea0331050f91c1aa1b0be9a8727b1eb9", "name": "Techno Group"}],
        "address_city": "Berlin", "a_b": 1, "tags": "x, y",
    }


def test_track_maps_money_links_and_dates(harness: Harness) -> None:
    harness.open(APP)
    harness.wait_calls(1, "boot")
    harness.run("""() => rs.track('Order Completed', {
        revenue: 349.99, currency: 'EUR', receipt: {url: 'https://shop.test/r/1', value: 'Receipt 1'},
        shipped_at: '2020-01-01T00:00:00Z', items: [{sku: 'a'}], coupon: null
    })""")
    call = harness.wait_calls(1, "trackEvent")[0]
    assert call["args"] == ["Order Completed", {
        "price": {"amount": 34999, "currency": "EUR"},
        "receipt": {"url": "https://shop.test/r/1", "value": "Receipt 1"},
        "shipped_at": 1577836800,
    }]


def test_page_pings_once_per_url(harness: Harness) -> None:
    harness.open(APP)
    harness.wait_calls(1, "boot")
    harness.run("() => { rs.page(); rs.page(); }")
    harness.wait_calls(1, "update")
    harness.run("() => { history.pushState({}, '', '/next'); rs.page(); rs.track('after') }")
    harness.wait_calls(1, "trackEvent")  # every call before it has arrived
    assert [c["args"] for c in harness.calls("update")] == [[], []]


def test_group_is_remembered_until_identify_then_sent(harness: Harness) -> None:
    harness.open(APP)
    harness.wait_calls(1, "boot")
    harness.run("() => { rs.group('g1', {name: 'Acme', plan: 'pro'}); rs.track('marker') }")
    harness.wait_calls(1, "trackEvent")
    assert harness.calls("update") == []  # a visitor cannot hold companies
    harness.run("() => rs.identify('u1', {email: 'u1@example.com'})")
    person = harness.wait_calls(1, "update")[0]["args"][0]
    assert person["user_id"] == "u1"
    assert person["companies"] == [{"company_id": "g1", "name": "Acme", "plan": "pro"}]
    harness.run("() => rs.group('g2', {name: 'Beta'})")
    update = harness.wait_calls(2, "update")[1]["args"][0]
    # The SDK itself merges group traits across groups (plan: 'pro' comes along): the id and name are ours.
    assert [(c["company_id"], c["name"]) for c in update["companies"]] == [("g2", "Beta")]
    assert list(update) == ["companies"]


def test_messenger_settings_validated_and_no_null_settings(harness: Harness) -> None:
    harness.open({**APP, "alignment": "left", "horizontalPadding": 40, "themeMode": "dark",
                  "actionColor": "#123456", "customLauncherSelector": "#help", "zIndex": "high",
                  "backgroundColor": None, "verticalPadding": "", "apiKey": "server-secret"})
    boot = harness.wait_calls(1, "boot")[0]["args"][0]
    assert boot["alignment"] == "left"
    assert boot["horizontal_padding"] == 40
    assert boot["theme_mode"] == "dark"
    assert boot["action_color"] == "#123456"
    assert boot["custom_launcher_selector"] == "#help"
    assert "z_index" not in boot
    assert harness.run("() => Object.values(window.intercomSettings).every(v => v !== null && v !== undefined)")
    assert "server-secret" not in str(boot) + "".join(harness.console)
    assert any("zIndex" in line for line in harness.console), harness.console


def test_region_eu_sets_api_base(harness: Harness) -> None:
    harness.open({**APP, "apiServer": "eu"})
    boot = harness.wait_calls(1, "boot")[0]["args"][0]
    assert boot["api_base"] == "https://api-iam.eu.intercom.io"


def test_bad_event_is_logged_and_skipped_and_the_next_delivered(harness: Harness) -> None:
    harness.open(APP)
    harness.wait_calls(1, "boot")
    harness.run("() => { rs.track('   ', {a: 1}); rs.track('Next', {b: 2}); }")
    calls = harness.wait_calls(1, "trackEvent")
    harness.run("() => rs.track('Last')")
    calls = harness.wait_calls(2, "trackEvent")
    assert [c["args"] for c in calls] == [["Next", {"b": 2}], ["Last", {}]]
    assert any("track without event name skipped" in line for line in harness.console), harness.console
    assert harness.errors == []
