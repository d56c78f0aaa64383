"""Hostile config, a hostile network and a hostile page, through the real v3 SDK: nothing the plugin does may break
the page, lose an event, leak a secret or run code it was not given."""
from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import Page, Request

from pybuild.demo.harness import OTHER_DESTINATION, HarnessServer
from tests.e2e.helpers import (APP_ID, FAILED, LIMITS, READY, STATE, WIDGET_SCRIPT, Harness, Widget,
                               assert_safe_call, plugin_lines, wait_dataplane)

# The SDK persists its data-plane queue in localStorage, which costs it ~15 ms per event: long bursts use an
# in-memory queue of 10 (the SDK drops the oldest beyond that, its own documented choice) so they take seconds.
FAST_SDK = {"queueOptions": {"maxItems": 10}, "storage": {"type": "memoryStorage"}}


def record_requests(page: Page) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []

    def on_request(request: Request) -> None:
        try:
            body = request.post_data or ""
        except (UnicodeDecodeError, ValueError):
            body = repr(request.post_data_buffer)
        seen.append((request.url, body))

    page.on("request", on_request)
    return seen


# ---------------------------------------------------------------------------------------------------- config

BAD_APP_IDS = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param(None, id="null"),
    pytest.param("a" * 65, id="too-long"),
    pytest.param("abc/def", id="slash"),
    pytest.param("abc?x=1", id="query"),
    pytest.param("abc#x", id="hash"),
    pytest.param("..", id="dotdot"),
    pytest.param("../../evil", id="traversal"),
    pytest.param("abc'x", id="quote"),
    pytest.param('abc"x', id="double-quote"),
    pytest.param("<script>alert(1)</script>", id="script-tag"),
    pytest.param("ünïcode1", id="unicode"),
    pytest.param("١٢٣", id="unicode-digits"),
    pytest.param("abc%2Fx", id="percent"),
    pytest.param(12345678, id="number"),
    pytest.param({"id": APP_ID}, id="object"),
    pytest.param([APP_ID], id="array"),
]


@pytest.mark.parametrize("app_id", BAD_APP_IDS)
def test_bad_app_id_loads_nothing_and_leaves_other_destinations_alone(
        harness: Harness, server: HarnessServer, widget: Widget, app_id: Any) -> None:
    requests = record_requests(harness.page)
    source = server.add_source({"appId": app_id}, [OTHER_DESTINATION])
    harness.open(None, source=source)
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); rs.track('Bought', {n: 1}); rs.page(); }")
    # The other destination is ready and gets every event; the data plane too.
    harness.page.wait_for_function("() => (window.__otherCalls || []).length >= 3")
    assert [c["type"] for c in harness.run("() => window.__otherCalls")] == ["identify", "track", "page"]
    wait_dataplane(harness, "Bought")
    assert harness.run(READY) == ["Hotjar"]
    # Intercom: a clear error, nothing on the page, nothing requested, never ready.
    errors = plugin_lines(harness, "error")
    assert len(errors) == 1 and "appId must be 1-64 letters and digits" in errors[0], harness.console
    assert harness.page.locator('script[src*="intercom"]').count() == 0
    assert harness.run("() => [typeof window.Intercom, typeof window.intercomSettings]") == ["undefined", "undefined"]
    assert widget.requests == [] and harness.network["widget"] == [] and harness.network["blocked"] == []
    assert not [url for url, _ in requests if "intercom.io" in url or "intercomcdn" in url]
    # The class refuses to exist, so the SDK marks Intercom failed at once rather than after its readiness timeout.
    assert harness.run(FAILED) == ["Intercom"]
    assert harness.run(f"""() => {{ try {{ new INTERCOM_RS.INTERCOM({{appId: {json.dumps(app_id)}}}, {{logLevel: 'NONE'}}, {{}}); }}
        catch (e) {{ return e.message; }} }}""") == "appId must be 1-64 letters and digits"
    assert harness.errors == []


def test_bad_app_id_does_not_hold_the_other_destinations(harness: Harness, server: HarnessServer, widget: Widget) -> None:
    """A plugin that merely stayed not-ready would hold every device-mode destination's events until the SDK's
    11 s readiness timeout (dropping all but the last 100). The SDK is ready well before that."""
    source = server.add_source({"appId": "../evil"}, [OTHER_DESTINATION])
    harness.open(None, source=source)
    harness.run("() => { window.__sdkReady = false; rs.ready(() => { window.__sdkReady = true; }); rs.track('Early'); }")
    harness.page.wait_for_function("() => window.__sdkReady", timeout=8_000)  # < the SDK's 11 s timeout
    harness.page.wait_for_function("() => (window.__otherCalls || []).some(c => c.event === 'Early')")
    assert harness.run(FAILED) == ["Intercom"] and harness.run(READY) == ["Hotjar"]
    wait_dataplane(harness, "Early")
    assert widget.requests == []
    assert harness.errors == []


SECRET = "rest-api-key-7Hq2Zx9Lw4"


def test_rest_api_key_never_leaves_the_config(harness: Harness, server: HarnessServer, widget: Widget) -> None:
    requests = record_requests(harness.page)
    config = {"appId": APP_ID, "apiKey": SECRET, "mobileApiKeyIOS": SECRET + "-ios",
              "mobileApiKeyAndroid": SECRET + "-android"}
    source = server.add_source(config)  # by token: the secret travels in no URL, as with the real control plane
    harness.open(None, source=source, load={"logLevel": "DEBUG"})
    harness.wait_calls(1, "boot")
    harness.run("""() => { rs.identify('u1', {email: 'u1@example.com', company: {id: 'c1', name: 'C'}});
        rs.track('Bought', {revenue: 3}); history.pushState({}, '', '/next'); rs.page(); rs.group('g1', {name: 'G'}); rs.track(''); }""")
    harness.wait_calls(5)
    wait_dataplane(harness, "Bought")
    # The SDK did hand the secret to the page (else this test could not fail) ...
    assert harness.run(f"() => {STATE}.activeDestinations.value[0].config.apiKey") == SECRET
    # ... and it is nowhere the plugin writes: requests, Intercom, settings, logs, DOM, the data plane.
    places = {
        "request urls and bodies": json.dumps(requests),
        "intercom calls": json.dumps(harness.calls()),
        "intercomSettings": json.dumps(harness.run("() => window.intercomSettings")),
        "console": "\n".join(harness.console),
        "DOM": harness.run("() => document.documentElement.outerHTML"),
        "data plane": json.dumps(harness.dataplane()),
    }
    assert len(requests) > 5 and len(plugin_lines(harness)) > 0
    for place, text in places.items():
        assert "rest-api-key" not in text, place
    assert harness.errors == []


# --------------------------------------------------------------------------------------------------- network

@pytest.mark.parametrize("mode", ["block", "404"])
def test_widget_that_fails_costs_one_warning_and_no_event(harness: Harness, widget: Widget, mode: str) -> None:
    widget.mode = mode
    harness.open({"appId": APP_ID})
    harness.page.wait_for_function("() => window.Intercom && Array.isArray(window.Intercom.q)")
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); for (let i = 0; i < 5; i++) rs.track('step ' + i); history.pushState({}, '', '/next'); rs.page(); }")
    wait_dataplane(harness, *[f"step {i}" for i in range(5)])
    # The SDK sends each event on its own request: they may land in any order.
    wait_dataplane(harness, "identify", "track", "page")
    harness.page.wait_for_function("() => window.Intercom.q.length >= 7")
    queued = harness.run("() => window.Intercom.q.map(args => args[0] === 'trackEvent' ? args[1] : args[0])")
    assert queued == ["update"] + [f"step {i}" for i in range(5)] + ["update"]
    assert plugin_lines(harness) == ["warning: [Intercom] Intercom widget failed to load"]
    assert widget.requests == [WIDGET_SCRIPT]
    assert harness.run(READY) == ["Intercom"]
    assert harness.errors == []


@pytest.mark.parametrize("delay_s", [5, 12], ids=["served-after-5s", "slower-than-the-sdk-timeouts"])
def test_slow_widget_loses_nothing(harness: Harness, widget: Widget, delay_s: int) -> None:
    """The widget answers after `delay_s` (12 s outlasts the SDK's 11 s readiness timeout): every event made
    meanwhile reaches Intercom in order once it loads, and the data plane never waits for it."""
    widget.mode = "hold"
    harness.page.clock.install()  # the page's time is a value: the delay passes at once, nothing sleeps
    harness.open({"appId": APP_ID})
    harness.page.wait_for_function("() => window.Intercom && Array.isArray(window.Intercom.q)")
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); for (let i = 0; i < 5; i++) rs.track('step ' + i); history.pushState({}, '', '/next'); rs.page(); }")
    wait_dataplane(harness, "step 4")
    harness.page.clock.fast_forward(delay_s * 1000)
    assert len(widget.held) == 1
    assert harness.run(READY) == ["Intercom"] and harness.run(FAILED) == []
    harness.run("() => rs.track('while still loading')")
    wait_dataplane(harness, "while still loading")
    widget.release()
    calls = harness.wait_calls(9)
    assert [c["cmd"] for c in calls] == ["boot", "update"] + ["trackEvent"] * 5 + ["update", "trackEvent"]
    assert [c["args"][0] for c in calls if c["cmd"] == "trackEvent"] == [f"step {i}" for i in range(5)] + ["while still loading"]
    assert calls[1]["args"][0]["user_id"] == "u1"
    assert plugin_lines(harness) == []
    assert harness.errors == []


def heap_after_gc(page: Page) -> int:
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("HeapProfiler.collectGarbage")
        cdp.send("HeapProfiler.collectGarbage")
        cdp.send("Performance.enable")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        return int(metrics["JSHeapUsedSize"])
    finally:
        cdp.detach()


# Every event as full as Intercom takes it (metadata_keys keys, strings near string_max): a plugin that kept calls
# would keep ~5 kB an event (a queue without its bound, simulated: +1.6 to +1.7 MB over EVENTS).
SEND_TICKS = """([from, count, notes, pad]) => { for (let i = from; i < from + count; i++) {
    const properties = {i, at: new Date().toISOString()};
    for (let k = 0; k < notes; k++) properties['note' + k] = k + ' tick ' + i + ' ' + 'n'.repeat(pad);
    rs.track('Tick', properties); } }"""
NOTES, PAD = LIMITS["metadata_keys"] - 2, LIMITS["string_max"] - 15
WARM_UP = LIMITS["stub_queue_max"] + 50  # the stub queue is full before the heap is first measured
EVENTS = 300
# The plugin's share measured +35 to +70 kB, the same for 300 or 600 events. The queue's bound itself is shown over
# 10,000 events, with the plugin's heap growth held to 1 MB, in integration_js/test/stub-queue.test.js.
PLUGIN_GROWTH_BOUND = 300 * 1024
WIDGET_WARNINGS = ["warning: [Intercom] Intercom widget failed to load",
                   "warning: [Intercom] Intercom widget not loaded: calls dropped"]
SETTLED = f"() => ({READY})().length + ({FAILED})().length > 0"


def heap_after_event(harness: Harness, name: str) -> int:
    """The JS heap after GC once the event `name`, sent last, is on the data plane (nothing left in flight): the
    lower of two readings, as one reading now and then holds a few hundred kB that the next no longer has."""
    readings = []
    for i in range(2):
        harness.run("(name) => rs.track(name)", f"{name} {i}")
        wait_dataplane(harness, f"{name} {i}")
        readings.append(heap_after_gc(harness.page))
    return min(readings)


def heap_growth_over_events(harness: Harness, app_id: str) -> int:
    """How much the JS heap after GC grows while a page sends EVENTS events (after WARM_UP to warm up)."""
    harness.open({"appId": app_id}, load=FAST_SDK)
    # The SDK holds events sent before it has settled Intercom (ready or failed) and replays them later: the first
    # measure must come after that, or the replay lands between the two (a 0.5 MB swing, measured).
    harness.page.wait_for_function(SETTLED)
    harness.run(SEND_TICKS, [0, WARM_UP, NOTES, PAD])  # the stub queue fills up, the SDK's code paths get compiled
    before = heap_after_event(harness, "Warm")
    harness.run(SEND_TICKS, [WARM_UP, EVENTS, NOTES, PAD])
    return heap_after_event(harness, "Last") - before


def test_events_with_the_widget_blocked_keep_memory_flat(
        harness: Harness, widget: Widget, server: HarnessServer, network: dict[str, list[str]]) -> None:
    """A long-lived page whose widget never loads: the stub queue stays at its bound and the plugin adds nothing
    to the heap. The SDK alone grows a little per event, so a page without the plugin is the baseline."""
    control = Harness(harness.page.context.new_page(), server, network, key=harness.key + "-control")
    sdk_growth = heap_growth_over_events(control, "not/valid")  # the plugin refuses to load
    assert control.run("() => typeof window.Intercom") == "undefined"
    control.page.close()
    widget.mode = "block"
    growth = heap_growth_over_events(harness, APP_ID)
    print(f"\nJS heap growth after GC over {EVENTS} events, widget blocked: SDK alone {sdk_growth / 1e3:+.0f} kB, "
          f"with the plugin {growth / 1e3:+.0f} kB; plugin's share {(growth - sdk_growth) / 1e3:+.0f} kB")
    assert harness.run("() => window.Intercom.q.length") == LIMITS["stub_queue_max"]
    assert growth - sdk_growth < PLUGIN_GROWTH_BOUND, (growth, sdk_growth)
    # One warning in all: the failed load or the full queue, whichever the page hit first.
    assert len(plugin_lines(harness)) == 1 and plugin_lines(harness)[0] in WIDGET_WARNINGS, harness.console
    assert harness.errors == [] and control.errors == []


# ------------------------------------------------------------------------------------------------------ page

def test_site_snippet_before_the_sdk_one_widget_settings_merged(harness: Harness, widget: Widget) -> None:
    harness.open({"appId": APP_ID, "alignment": "right", "themeMode": "dark"}, site="before")
    harness.page.wait_for_function("() => window.__fakeIntercom && window.__fakeIntercom.booted")
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); rs.track('Bought'); }")
    calls = harness.wait_calls(1, "trackEvent")
    settings = harness.run("() => window.intercomSettings")
    assert harness.run("() => window.intercomSettings === window.__siteIntercomSettings")  # the site's own object, kept
    assert settings["alignment"] == "left" and settings["site_marker"] == "set by the site"
    assert settings["theme_mode"] == "dark" and settings["installation_type"] == "rudderstack-intercom-plugin"
    assert harness.page.locator('script[src^="https://widget.intercom.io/"]').count() == 1
    assert widget.requests == [WIDGET_SCRIPT]
    assert harness.run("() => window.__fakeIntercom.loads") == 1
    assert len([c for c in harness.calls("boot")]) == 1
    assert harness.run("() => window.__fakeIntercom.settings.alignment") == "left"
    assert [c["args"][0] for c in calls] == ["Bought"]
    assert harness.calls("update")[-1]["args"][0]["user_id"] == "u1"
    assert harness.errors == []


@pytest.mark.parametrize("site_first", [False, True], ids=["widget-loads-first", "site-assigns-first"])
def test_site_snippet_after_the_sdk_one_widget_settings_merged(harness: Harness, widget: Widget,
                                                               site_first: bool) -> None:
    if site_first:  # the site's snippet replaces intercomSettings before the widget reads it
        widget.mode = "hold"
    harness.open({"appId": APP_ID, "alignment": "right", "themeMode": "dark"}, site="after")
    if site_first:
        harness.page.wait_for_function("() => window.__siteIntercomSettings !== undefined")
        harness.page.wait_for_function("() => document.querySelector('script[src^=\"https://widget.intercom.io/\"]')")
        widget.release()
    harness.wait_calls(1, "reattach_activator")
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); rs.track('Bought'); }")
    harness.wait_calls(1, "trackEvent")
    assert harness.page.locator('script[src^="https://widget.intercom.io/"]').count() == 1
    assert widget.requests == [WIDGET_SCRIPT]
    assert harness.run("() => window.__fakeIntercom.loads") == 1
    assert len(harness.calls("boot")) == 1
    state = harness.run("() => window.__fakeIntercom")
    assert state["settings"]["alignment"] == "left"  # the site's own value wins ...
    assert state["settings"]["theme_mode"] == "dark"  # ... and ours fill the rest
    assert state["person"]["site_marker"] == "set by the site" and state["person"]["user_id"] == "u1"
    assert harness.run("() => window.intercomSettings.site_marker") == "set by the site"
    assert harness.errors == []


def test_load_integration_false_injects_nothing_but_drives_intercom(harness: Harness, widget: Widget) -> None:
    harness.open({"appId": APP_ID}, load={"loadIntegration": False})
    harness.page.wait_for_function("() => window.Intercom && Array.isArray(window.Intercom.q)")
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); rs.track('Bought'); }")
    wait_dataplane(harness, "Bought")
    harness.page.wait_for_function("() => window.Intercom.q.length >= 2")
    assert harness.run("() => window.intercomSettings.app_id") == APP_ID
    assert harness.page.locator('script[src*="intercom.io"]').count() == 0
    assert widget.requests == []
    # The site loads Intercom itself: everything queued is replayed.
    harness.run(f"""() => {{ const s = document.createElement('script');
        s.src = 'https://widget.intercom.io/widget/{APP_ID}'; document.head.appendChild(s); }}""")
    calls = harness.wait_calls(3)
    assert [c["cmd"] for c in calls] == ["boot", "update", "trackEvent"]
    assert harness.errors == []


def test_sdk_loaded_after_window_onload_still_injects_the_widget(harness: Harness, widget: Widget) -> None:
    harness.open({"appId": APP_ID}, autoload="0")
    harness.run("""() => new Promise(resolve => document.readyState === 'complete'
        ? setTimeout(resolve, 0) : addEventListener('load', () => setTimeout(resolve, 0)))""")
    harness.run("(key) => rsHarness.start({key, config: {appId: %r}, after: rs => rs.track('After onload')})" % APP_ID,
                harness.key)
    calls = harness.wait_calls(2)
    assert [c["cmd"] for c in calls] == ["boot", "trackEvent"]
    assert widget.requests == [WIDGET_SCRIPT]
    assert harness.page.locator('script[src^="https://widget.intercom.io/"]').count() == 1
    assert harness.errors == []


CSP_WATCH = """window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""


@pytest.mark.parametrize("sdk", ["v3-modern"])
def test_strict_csp_plugin_loads_and_works(harness: Harness, widget: Widget, sdk: str) -> None:
    harness.page.add_init_script(CSP_WATCH)
    response_headers: list[str] = []
    harness.page.on("response", lambda r: response_headers.append(r.headers.get("content-security-policy", ""))
                    if "/harness.html" in r.url else None)
    harness.open({"appId": APP_ID}, sdk=sdk, csp="strict")
    harness.wait_calls(1, "boot")
    harness.run("() => { rs.identify('u1', {email: 'u1@example.com'}); rs.track('Bought', {revenue: 2}); history.pushState({}, '', '/next'); rs.page(); }")
    calls = harness.wait_calls(4)
    assert [c["cmd"] for c in calls] == ["boot", "update", "trackEvent", "update"]
    assert "script-src 'self' https://widget.intercom.io https://js.intercomcdn.com" in response_headers[0]
    assert "unsafe" not in response_headers[0]
    assert harness.run("() => window.__csp") == []
    # The policy is really enforced: inline code is refused.
    harness.run("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.appendChild(s); }")
    harness.page.wait_for_function("() => window.__csp.length === 1")
    assert harness.run("() => window.__inline") is None
    assert harness.errors == []


# ----------------------------------------------------------------------------------------------------- input

PROTOTYPES = """() => JSON.stringify([Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map(p => Object.getOwnPropertyNames(p).sort()))"""
POLLUTED = "() => [({}).polluted, [].polluted, (() => 0).polluted, ''.polluted, Object.prototype.x]"
EVIL_JSON = json.dumps({"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},
                        "prototype": {"polluted": "yes"}, "ok": 1})


def test_hostile_input_through_the_sdk(harness: Harness) -> None:
    harness.open({"appId": APP_ID})
    harness.wait_calls(1, "boot")
    prototypes = harness.run(PROTOTYPES)
    harness.run("""(evilJson) => {
        const loop = {name: 'loop'}; loop.self = loop; loop.list = [loop, 1];
        const evil = JSON.parse(evilJson);
        const big = 'x'.repeat(1 << 20);
        const traits = {email: 'u1@example.com'};
        for (let i = 0; i < 10000; i++) traits['trait_' + i] = i;
        rs.track('Circular', {loop});
        rs.track('Proto', evil);
        for (const name of [123, null, undefined, {}, ['a'], true, '', '   ']) rs.track(name, {a: 1});
        rs.track('Null properties', null);
        rs.track('Null values', {a: null, b: undefined, c: 0, d: false, e: ''});
        rs.page(null, null, null);
        rs.group(null, null);
        rs.identify('u1', Object.assign({loop, evil}, traits));
        // Last before Next: with the 1 MB event queued, every later event costs the SDK ~0.2 s more (measured).
        rs.track('Big ' + big, {big, [big]: 1});
        rs.track('Next', {ok: true});
    }""", EVIL_JSON)
    harness.page.wait_for_function("() => window.__intercomCalls.some(c => c.cmd === 'trackEvent' && c.args[0] === 'Next')",
                                   timeout=30_000)
    calls = harness.calls()
    tracks = {c["args"][0][:20]: c["args"][1] for c in harness.calls("trackEvent")}
    assert list(tracks) == ["Circular", "Proto", "Null properties", "Null values", "Big " + "x" * 16, "Next"]
    assert tracks["Next"] == {"ok": True}
    assert tracks["Null values"] == {"c": 0, "d": False, "e": ""}
    assert tracks["Proto"]["ok"] == 1
    assert [c["args"] for c in harness.calls("update")][0] == []  # page(null, null, null): the bare ping
    person = harness.calls("update")[1]["args"][0]
    assert person["user_id"] == "u1" and person["trait_9999"] == 9999
    for call in calls:
        assert_safe_call(call)
    assert len([line for line in plugin_lines(harness) if "event name" in line]) == 8
    assert harness.run(PROTOTYPES) == prototypes
    assert harness.run(POLLUTED) == [None] * 5
    assert harness.errors == []


def test_hostile_input_straight_into_the_plugin(harness: Harness) -> None:
    """What the SDK would tidy up (real cycles, own `__proto__` keys, proxies, throwing getters), handed to the
    instance the SDK made: nothing throws, nothing is polluted, the next event is delivered."""
    harness.open({"appId": APP_ID})
    harness.wait_calls(1, "boot")
    prototypes = harness.run(PROTOTYPES)
    thrown = harness.run("""(evilJson) => {
        const plugin = RudderStackGlobals.WK.state.nativeDestinations.initializedDestinations.value[0].integration;
        const loop = {name: 'loop'}; loop.self = loop; loop.list = [loop]; loop.deep = {a: {b: {c: loop}}};
        const evil = JSON.parse(evilJson);
        const trap = new Proxy({}, {ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); }});
        const getter = {get boom() { throw new Error('getter'); }, fine: 1};
        const messages = [
            {type: 'track', event: 'Circular', properties: loop},
            {type: 'track', event: 'Proto', properties: evil},
            {type: 'track', event: 'Trap', properties: trap},
            {type: 'track', event: 'Getter', properties: getter},
            {type: 'track', event: trap},
            {type: 'identify', userId: 'u1', context: {traits: Object.assign({loop, company: evil, companies: [loop, evil, null]}, evil), Intercom: evil}, integrations: {Intercom: evil}},
            {type: 'identify', userId: {toString: () => { throw new Error('id'); }}, context: trap},
            {type: 'group', groupId: 'g1', traits: evil},
            {type: 'group', groupId: loop, traits: trap},
            {type: 'page', properties: trap},
            null, undefined, 42, 'message', [], trap,
        ];
        const thrown = [];
        for (const message of messages) {
            for (const method of ['identify', 'track', 'page', 'group']) {
                try { plugin[method]({message}); } catch (e) { thrown.push(method + ': ' + e.message); }
            }
        }
        for (const event of [null, undefined, 1, trap]) {
            try { plugin.track(event); } catch (e) { thrown.push('event: ' + e.message); }
        }
        plugin.track({message: {type: 'track', event: 'Next', properties: {ok: true}}});
        return thrown;
    }""", EVIL_JSON)
    assert thrown == []
    harness.page.wait_for_function("() => window.__intercomCalls.some(c => c.args[0] === 'Next')")
    for call in harness.calls():
        assert_safe_call(call)
    assert harness.calls("trackEvent")[-1]["args"] == ["Next", {"ok": True}]
    assert harness.run(PROTOTYPES) == prototypes
    assert harness.run(POLLUTED) == [None] * 5
    assert harness.errors == []


# ------------------------------------------------------------------------------------------------------ load

def test_burst_of_500_events_reaches_intercom_in_order_unaltered(harness: Harness) -> None:
    harness.open({"appId": APP_ID}, load=FAST_SDK)
    harness.wait_calls(1, "boot")
    harness.run("""() => { for (let i = 0; i < 500; i++)
        rs.track('Burst ' + i, {i, label: 'item ' + i, even: i % 2 === 0, share: i / 7}); }""")
    tracks = harness.wait_calls(500, "trackEvent", timeout=60_000)
    assert len(tracks) == 500
    assert [c["args"] for c in tracks] == [
        [f"Burst {i}", {"i": i, "label": f"item {i}", "even": i % 2 == 0, "share": i / 7}] for i in range(500)]
    wait_dataplane(harness, "Burst 499")
    assert plugin_lines(harness) == []
    assert harness.errors == []
