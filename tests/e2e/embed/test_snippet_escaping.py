"""pybuild.embed.snippet with hostile values, in Chromium: nothing they carry executes, and each reaches the SDK
and Intercom exactly as given (README "Securing the Messenger")."""
from __future__ import annotations

import base64

from playwright.sync_api import Page

from pybuild.embed import snippet
from pybuild.embed.fixture import IntercomRecord
from pybuild.embed.rudderstack_record import RudderStackRecord
from tests.customer_site.server import DATA_PLANE_URL, MESSENGER_SECRET, CustomerSite

# Each would set window.pwned if it broke out of its string, its attribute or the script element.
BREAKOUTS = [
    "</script><script>window.pwned = 'script'</script>",
    "\"'><img src=x onerror=\"window.pwned='attribute'\">",
    "<!--<script>",
    "\u2028window.pwned = 'line separator'\u2029",
    "\\\"); window.pwned = 'string'; //",
    "&lt;/script&gt; &amp; ]]>",
]
HOSTILE = "".join(BREAKOUTS)


def test_hostile_values_stay_data(page: Page, intercom: IntercomRecord, rudderstack: RudderStackRecord,
                                  customer_site: CustomerSite) -> None:
    site = customer_site.url
    # The SDK refuses odd data-plane and plugin URLs itself, so the breakouts travel in the write key and the person.
    html = snippet("WK" + HOSTILE.replace(" ", ""), DATA_PLANE_URL, plugin_base_url=f"{site}/plugin",
                   user={"id": "u-" + HOSTILE, "name": HOSTILE, "email": "e@example.com", "note" + HOSTILE: "key"},
                   secret=MESSENGER_SECRET)
    page.route(f"{site}/hostile", lambda route: route.fulfill(
        body=f"<!doctype html><html><head>{html}</head><body>hostile</body></html>", content_type="text/html"))
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    with page.expect_request("https://api.rudderstack.com/sourceConfig**") as config_request:
        page.goto(f"{site}/hostile")

    intercom.wait_for("update")  # the identify reached Intercom
    person = intercom.person()
    assert person["user_id"] == "u-" + HOSTILE and person["name"] == HOSTILE
    assert rudderstack.wait_for("identify")[0]["userId"] == "u-" + HOSTILE
    assert page.evaluate("() => window.pwned") is None and not dialogs
    authorization = config_request.value.headers["authorization"]
    assert base64.b64decode(authorization.removeprefix("Basic ")).decode() == "WK" + HOSTILE.replace(" ", "") + ":"
