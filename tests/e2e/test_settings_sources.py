"""Where the plugin's settings come from (docs/mapping.md "Page options: where each key comes from"), through the real
SDKs as a site configures them: a hosted workspace sends only the App ID and its filtering and consent keys, and the
site sets every other option on the page (`load(..., {integrations: {All: true, Intercom: {...}}})`; v1.1 renames
the key INTERCOM). One test keeps the self-hosted shape, where the destination config may hold any option."""
from __future__ import annotations

import json
from typing import Any

import pytest

from tests.e2e.helpers import (APP_ID, SPEC, WIDGET_SCRIPT, Harness, plugin_lines, wait_dataplane,
                               wait_for_call_with)

# Every SDK build a site may load: v3's legacy build asks for the plugin's legacy build, as on RudderStack's CDN.
PAGE_SDKS = ["v3-modern", "v3-legacy", "v1.1"]
REGIONS = SPEC["regions"]
DEFAULT_REGION = next(row["default"] for row in SPEC["config"] if row["key"] == "apiServer")
# What a hosted workspace sends for an Intercom web destination nobody filtered or tied to a consent: the App ID and
# its filtering and consent keys, left as the dashboard leaves them (docs/mapping.md "Page options").
HOSTED_CONFIG: dict[str, Any] = {
    "appId": APP_ID,
    "eventFilteringOption": "disable",
    "blacklistedEvents": [{"eventName": ""}],
    "whitelistedEvents": [{"eventName": ""}],
    "oneTrustCookieCategories": [{"oneTrustCookieCategory": ""}],
    "consentManagement": [{"provider": "oneTrust", "consents": [{"consent": ""}], "resolutionStrategy": ""}],
    "connectionMode": "device",
    "useNativeSDK": True,
}


def sdk_ready(harness: Harness) -> None:
    """Waits until the SDK has loaded its device-mode destinations (the plugin is constructed and initialised)."""
    harness.run("() => new Promise(resolve => rs.ready(resolve))")


def boot_settings(harness: Harness) -> dict[str, Any]:
    """The settings of the first boot: the widget boots itself from window.intercomSettings when it loads."""
    boot = harness.wait_calls(1, "boot")[0]
    return boot["args"][0]


@pytest.mark.parametrize("sdk", PAGE_SDKS)
def test_page_options_with_a_hosted_config(harness: Harness, sdk: str) -> None:
    page_options = {"bootAnonymousVisitors": False, "sendAnonymousId": True, "metadataKeyLimit": 3, "apiServer": "eu"}
    harness.open({**HOSTED_CONFIG, **page_options}, sdk=sdk, load={"logLevel": "DEBUG"})
    sdk_ready(harness)
    harness.run("() => { rs.page(); rs.track('Looked around'); }")
    wait_dataplane(harness, "Looked around")
    # bootAnonymousVisitors: false — a visitor costs nothing: no widget, no Intercom call.
    assert harness.network["widget"] == []
    assert harness.run("() => window.__intercomCalls") is None
    harness.run("() => rs.identify('u1', {email: 'u1@example.com'})")
    booted = boot_settings(harness)
    assert harness.network["widget"] == [WIDGET_SCRIPT]
    assert booted["user_id"] == "u1"
    assert booted["api_base"] == REGIONS["eu"]  # apiServer: 'eu'
    assert booted["anonymous_id"] == harness.run("() => rs.getAnonymousId()")  # sendAnonymousId: true
    harness.run("() => rs.track('Bought', {revenue: 9.5, currency: 'EUR', a: 1, b: 2, c: 3, d: 4})")
    track = wait_for_call_with(harness, "Bought")[-1]
    assert track["cmd"] == "trackEvent"
    assert track["args"][1] == {"price": {"amount": 950, "currency": "EUR"}, "a": 1, "b": 2}  # metadataKeyLimit: 3
    # The hosted filtering and consent keys are the SDK's: at DEBUG (heard: the dropped keys' line) the plugin says
    # nothing worse than debug.
    assert any("over key limit" in line for line in plugin_lines(harness, "debug"))
    assert [line for line in plugin_lines(harness) if not line.startswith("debug")] == []
    assert harness.errors == []


@pytest.mark.parametrize("sdk", PAGE_SDKS)
def test_an_invalid_page_option_is_named_once_and_the_default_used(harness: Harness, sdk: str) -> None:
    harness.open({**HOSTED_CONFIG, "alignment": "middle", "apiServer": "mars"}, sdk=sdk)
    booted = boot_settings(harness)
    assert "alignment" not in booted  # Intercom's own default (right)
    assert booted["api_base"] == REGIONS[DEFAULT_REGION]
    # Events, and a second person's boot: the settings are read once, so each value is named once.
    harness.run("() => { rs.identify('u1'); rs.track('Later'); rs.page(); rs.identify('u2'); }")
    second = harness.wait_calls(2, "boot")[-1]["args"][0]
    assert second["user_id"] == "u2" and "alignment" not in second
    lines = plugin_lines(harness)
    named = [line for line in lines if "alignment" in line]
    assert len(named) == 1 and named[0].startswith("warning") and "the page options" in named[0], lines
    named = [line for line in lines if "apiServer" in line]
    assert len(named) == 1 and named[0].startswith("error") and "the page options" in named[0], lines


def test_self_hosted_config_options_with_a_page_option_over_one_key(harness: Harness) -> None:
    # A self-hosted control plane may send any option in the destination config; the page wins per key
    # (docs/mapping.md "Page options"): the page's alignment replaces the config's, the config's zIndex stays.
    config = {"appId": APP_ID, "alignment": "left", "zIndex": 1234, "eventFilteringOption": "disable"}
    harness.open(config, self_hosted=True,
                 load={"integrations": {"All": True, "Intercom": {"alignment": "right"}}, "logLevel": "DEBUG"})
    booted = boot_settings(harness)
    assert booted["alignment"] == "right" and booted["z_index"] == 1234
    assert json.loads(harness.run("() => JSON.stringify(window.intercomSettings)"))["alignment"] == "right"
    assert [line for line in plugin_lines(harness) if not line.startswith("debug")] == []
