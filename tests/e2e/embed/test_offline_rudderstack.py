"""The customer site loads RudderStack exactly as in production (pybuild.embed.snippet: the SDK from RudderStack's CDN,
the default control plane, the workspace's hosted data plane), and its tests pass offline with only `page` and
pybuild.embed's fixtures, which answer RudderStack and Intercom (docs/site-owners.md). Also: each v3 build loads
the plugin of its own build, tokens never reach the data plane, and pages that load RudderStack without the
snippet's self-hosted plugin (the v3 standard snippet, the v1.1 SDK) work offline too."""
from __future__ import annotations

import re

import jwt
import pytest
from playwright.sync_api import Page, Request

from pybuild.demo.server import stays_on_machine
from pybuild.embed.fixture import IntercomRecord
from pybuild.embed.rudderstack_record import RudderStackRecord
from tests.customer_site.server import APP_ID, DATA_PLANE_URL, MESSENGER_SECRET, WRITE_KEY, CustomerSite
from tests.customer_site.visitor import sign_up

# Makes RudderStack's snippet pick the legacy build, as in a browser that cannot parse the modern one: the snippet
# assigns window.rudderAnalyticsBuildType, and this accessor ignores every assignment.
FORCE_LEGACY = ("Object.defineProperty(window, 'rudderAnalyticsBuildType', "
                "{get: function () { return 'legacy'; }, set: function () {}, configurable: false});")


def test_a_production_page_works_offline_and_nothing_leaves_the_machine(
        page: Page, intercom: IntercomRecord, rudderstack: RudderStackRecord, offline: list[str]) -> None:
    requested: list[str] = []
    failed: list[str] = []
    page.context.on("request", lambda request: requested.append(request.url))
    page.context.on("requestfailed", lambda request: failed.append(f"{request.url}: {request.failure}"))

    sign_up(page, "ada@example.com", "Ada Lovelace")
    intercom.wait_for("trackEvent")
    track = rudderstack.wait_for("track")

    assert intercom.events() == [("Signed Up", {"plan": "free"})]
    assert intercom.calls("boot")[0][1]["app_id"] == APP_ID  # from the offline control plane's source config
    assert [e["event"] for e in track] == ["Signed Up"] and track[0]["properties"] == {"plan": "free"}
    identify = rudderstack.events("identify")
    assert [e["context"]["traits"] for e in identify] == [{"email": "ada@example.com", "name": "Ada Lovelace"}]
    assert identify[0]["userId"] == intercom.person()["user_id"]
    assert len(rudderstack.events("page")) == 2  # /signup and /welcome
    assert {r.url.split("/v1/")[0] for r in rudderstack.requests("data-plane")} == {DATA_PLANE_URL}
    assert {r.kind for r in rudderstack.requests()} == {"sdk", "config", "data-plane"}

    answered = {r.url for r in rudderstack.requests()} | set(intercom.answered)
    left = [url for url in requested if not stays_on_machine(url) and url not in answered]
    assert (left, offline, failed) == ([], [], [])
    assert all(r.status == 200 for r in rudderstack.requests())


@pytest.mark.parametrize("build", ["modern", "legacy"])
def test_each_v3_build_loads_the_plugin_of_its_build(page: Page, intercom: IntercomRecord,
                                                    rudderstack: RudderStackRecord, build: str) -> None:
    if build == "legacy":
        page.add_init_script(FORCE_LEGACY)
    plugins: list[str] = []
    page.on("request", lambda request: plugins.append(request.url) if "INTERCOM" in request.url else None)

    page.goto("/signup")
    intercom.wait_for("boot")
    rudderstack.wait_for("page")

    assert [r.url for r in rudderstack.requests("sdk")] == [f"https://cdn.rudderlabs.com/v3/{build}/rsa.min.js"]
    assert [re.sub(r"^http://[^/]+", "", url) for url in plugins] == [
        f"/plugin/{build}/js-integrations/INTERCOM.min.js"]
    assert page.evaluate("() => window.rudderAnalyticsBuildType") == build
    assert not page.evaluate("() => Array.isArray(window.rudderanalytics)")  # the SDK took the snippet's queue


def test_the_token_reaches_intercom_and_never_the_data_plane(page: Page, intercom: IntercomRecord,
                                                            rudderstack: RudderStackRecord) -> None:
    sign_up(page, "grace@example.com", "Grace Hopper")
    intercom.wait_for("trackEvent")
    rudderstack.wait_for("track")

    person = intercom.person()
    token = person["intercom_user_jwt"]
    assert jwt.decode(token, MESSENGER_SECRET, algorithms=["HS256"])["user_id"] == person["user_id"]
    bodies = [r.body for r in rudderstack.requests("data-plane")]
    assert len(bodies) >= 4 and all(bodies)  # page, identify, page, track
    signature = token.rsplit(".", 1)[1]
    assert [body for body in bodies if signature in body or "intercom_user_jwt" in body] == []
    assert all("Intercom" not in event["context"] for event in rudderstack.events())


@pytest.mark.intercom(app_id="another2")
def test_a_marker_gives_the_test_its_own_app_id(page: Page, intercom: IntercomRecord) -> None:
    page.goto("/signup")
    assert intercom.wait_for("boot")[0][1]["app_id"] == "another2"


def test_wait_for_fails_listing_the_events_that_did_arrive(page: Page, rudderstack: RudderStackRecord) -> None:
    page.goto("/signup")
    rudderstack.wait_for("page")
    with pytest.raises(pytest.fail.Exception) as failure:
        rudderstack.wait_for("track", timeout=300)
    assert "the data plane got 0 of 1 'track' event(s) within 300 ms" in str(failure.value)
    assert '[{"type": "page"' in str(failure.value)


# Pages that load RudderStack their own way, without pybuild.embed.snippet.
OWN_SNIPPET = """<script>
  window.rudderanalytics = [];
  ['load', 'page', 'identify', 'track'].forEach(function (method) {
    window.rudderanalytics[method] = function () {
      window.rudderanalytics.push([method].concat(Array.prototype.slice.call(arguments)));
    };
  });
  rudderanalytics.load(%(write_key)r, %(data_plane)r);
  rudderanalytics.identify('user-7', {email: 'kay@example.com'});
  rudderanalytics.page();
</script>
<script async src="%(sdk)s"></script>"""
PAGES = {
    # RudderStack's own INTERCOM.min.js in production, at the SDK's default destSDKBaseURL (a locked version)
    "v3": ("https://cdn.rudderlabs.com/v3/modern/rsa.min.js",
           r"https://cdn\.rudderlabs\.com/\d+\.\d+\.\d+/modern/js-integrations/INTERCOM\.min\.js"),
    "v1.1": ("https://cdn.rudderlabs.com/v1.1/rudder-analytics.min.js",
             r"https://cdn\.rudderlabs\.com/v1\.1/js-integrations/INTERCOM\.min\.js"),
}


@pytest.mark.parametrize("sdk", list(PAGES))
def test_a_page_without_a_self_hosted_plugin_gets_it_from_the_default_url(
        page: Page, intercom: IntercomRecord, rudderstack: RudderStackRecord, customer_site: CustomerSite,
        offline: list[str], sdk: str) -> None:
    sdk_url, plugin_url = PAGES[sdk]
    html = OWN_SNIPPET % {"write_key": WRITE_KEY, "data_plane": DATA_PLANE_URL, "sdk": sdk_url}
    page.route(f"{customer_site.url}/plain", lambda route: route.fulfill(
        body=f"<!doctype html><html><head>{html}</head><body>plain</body></html>", content_type="text/html"))
    failed: list[Request] = []
    page.on("requestfailed", lambda request: failed.append(request))

    page.goto(f"{customer_site.url}/plain")
    intercom.wait_for("update")  # the identify reached Intercom
    assert intercom.person()["email"] == "kay@example.com"
    assert rudderstack.wait_for("identify")[0]["userId"] == "user-7"

    assert [r.url for r in rudderstack.requests("sdk")] == [sdk_url]
    assert [r.url for r in rudderstack.requests("config")][0].startswith("https://api.rudderstack.com/sourceConfig")
    assert [re.fullmatch(plugin_url, r.url) is not None for r in rudderstack.requests("plugin")] == [True]
    assert (offline, failed) == ([], [])
