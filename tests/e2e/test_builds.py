"""Every consumer's build through the real SDKs: the ES5 file via the v3 legacy build and v1.1, the modern file
via v1.1's modern option, and the npm ESM build mounted by the page so the SDK fetches nothing."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pybuild.build.bundle import FILE_NAME, browser_path
from pybuild.build.manifest import read_manifest
from tests.e2e.helpers import APP_ID, NAVIGATE_TO, WIDGET_SCRIPT, Harness

CONFIG = {"appId": APP_ID}
EVENTS = """() => {
  rs.identify('u1', {email: 'u1@example.com', firstName: 'Ada', lastName: 'L', createdAt: '2024-01-02T03:04:05Z',
                     company: {id: 'c1', name: 'Acme'}, plan: 'pro'});
  rs.track('Order Completed', {revenue: 12.5, currency: 'EUR', sku: 'A-1', meta: {color: 'red'}});
}"""
# The identify's update was the ping of the page it went from: the next ping is for a new URL.


def assert_events_delivered(harness: Harness) -> None:
    harness.wait_calls(1, "boot", timeout=20_000)
    harness.run(EVENTS)
    harness.wait_calls(1, "trackEvent")
    harness.run(NAVIGATE_TO, "/next")
    calls = harness.wait_calls(4)
    assert [c["cmd"] for c in calls] == ["boot", "update", "trackEvent", "update"]
    person = calls[1]["args"][0]
    assert person["user_id"] == "u1" and person["email"] == "u1@example.com" and person["name"] == "Ada L"
    assert person["created_at"] == 1704164645
    assert person["companies"] == [{"company_id": "c1", "name": "Acme"}]
    assert person["plan"] == "pro"
    assert calls[2]["args"] == ["Order Completed",
                                {"price": {"amount": 1250, "currency": "EUR"}, "sku": "A-1", "meta_color": "red"}]
    assert calls[3]["args"] == []
    assert harness.network["widget"] == [WIDGET_SCRIPT]
    assert harness.network["blocked"] == []
    assert harness.errors == []


@pytest.mark.parametrize(("sdk", "build"), [("v3-legacy", "legacy"), ("v3-modern", "legacy"), ("v1.1", "legacy"), ("v1.1", "modern")])
def test_sdk_loads_its_build_from_the_cdn_layout(harness: Harness, sdk: str, build: str) -> None:
    requests = harness.plugin_requests()
    harness.open(CONFIG, sdk=sdk, build=build)
    assert_events_delivered(harness)
    assert requests == [f"{harness.server.url}/cdn/{browser_path(build)}"]


MOUNT_NPM_BUILD = """() => new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.type = 'module';
  // The README's one-liner, as an app's own bundle would run it before rudderanalytics.load.
  script.textContent = "import { INTERCOM } from '/cdn/npm/index.mjs'; window.INTERCOM_RS = { INTERCOM };";
  script.onerror = reject;
  document.head.appendChild(script);
  const wait = () => (window.INTERCOM_RS ? resolve() : setTimeout(wait, 10));
  wait();
})"""


@pytest.mark.parametrize("sdk", ["v3-modern", "v3-legacy", "v1.1"])
def test_mounted_npm_build_is_used_and_nothing_is_fetched(harness: Harness, sdk: str) -> None:
    requests = harness.plugin_requests()
    harness.open(CONFIG, sdk=sdk, autoload="0")
    harness.run(MOUNT_NPM_BUILD)
    mounted: Any = harness.run("() => typeof window.INTERCOM_RS.INTERCOM")
    assert mounted == "function"
    harness.run("([key, sdk, config]) => rsHarness.start({key, sdk, config})", [harness.key, sdk, CONFIG])
    harness.page.wait_for_function("() => window.rs !== undefined")
    assert_events_delivered(harness)
    assert requests == []
    assert harness.page.locator(f'script[src$="{FILE_NAME}"]').count() == 0


MOUNT_WITH_INTEGRITY = """([src, integrity]) => new Promise((resolve) => {
  const script = document.createElement('script');
  script.src = src;
  script.integrity = integrity;
  script.crossOrigin = 'anonymous';
  script.onload = () => resolve('loaded');
  script.onerror = () => resolve('refused');
  document.head.appendChild(script);
})"""


def test_self_hosted_file_with_integrity_is_used_as_mounted(harness: Harness, dist: Path) -> None:
    """The README's self-hosting recipe: the page loads the file itself with the manifest's integrity value."""
    entry = read_manifest(dist)["files"][browser_path("modern")]
    src = f"{harness.server.url}/cdn/{browser_path('modern')}"
    requests = harness.plugin_requests()
    harness.open(CONFIG, autoload="0")
    tampered = entry["integrity"][:-4] + ("AAAA" if not entry["integrity"].endswith("AAAA") else "BBBB")
    assert harness.run(MOUNT_WITH_INTEGRITY, [src, tampered]) == "refused"
    assert harness.run("() => typeof window.INTERCOM_RS") == "undefined"
    assert harness.run(MOUNT_WITH_INTEGRITY, [src, entry["integrity"]]) == "loaded"
    harness.run("([key, config]) => rsHarness.start({key, config})", [harness.key, CONFIG])
    harness.page.wait_for_function("() => window.rs !== undefined")
    assert_events_delivered(harness)
    assert requests == [src, src]  # the page's two script tags; the SDK fetched nothing
