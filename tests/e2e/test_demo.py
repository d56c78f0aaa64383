"""The demo page, used the way a person uses it: fill the forms, click, read the logs and the person panel.

Service workers are blocked in tests, so the `network` fixture serves the offline widget instead of the page's
worker; everything else (the real SDK, the built plugin, the data-plane sink) is what a person gets."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from playwright.sync_api import Locator, Page, Route, expect

from pybuild.build.bundle import browser_file
from pybuild.demo.server import DEFAULT_APP_ID as APP_ID, DemoServer
from tests.e2e.helpers import WIDGET_HOST


class Demo:
    """The demo page and the parts of it a person looks at."""

    def __init__(self, page: Page, server: DemoServer):
        self.page, self.server = page, server
        self.errors: list[str] = []
        page.on("pageerror", lambda err: self.errors.append(str(err)))
        # Content-Security-Policy refusals are console errors, not page errors (the SDK's own errors are not ours).
        page.on("console", lambda msg: self.errors.append(msg.text) if "Refused to" in msg.text else None)

    def open(self, booted: bool = True, **query: str) -> "Demo":
        """The demo with `query`; `booted`: wait for the widget's boot too (not in loadMessenger 'intent')."""
        response = self.page.goto(f"{self.server.url}/?{urlencode(query)}" if query else f"{self.server.url}/")
        assert response is not None and "script-src 'self'" in response.headers["content-security-policy"]
        expect(self.page.locator("#status")).to_contain_text("Ready", timeout=15_000)
        if booted:
            expect(self.intercom_entries("boot")).to_have_count(1)
        return self

    def intercom_cost(self) -> Locator:
        """The panel's "Intercom on this page" status."""
        return self.page.get_by_role("region", name="Intercom on this page").get_by_role("status")

    def facade(self) -> Locator:
        """The plugin's launcher facade (loadMessenger 'intent'), by the accessible name of Intercom's launcher."""
        return self.page.get_by_role("button", name="Open Intercom Messenger", exact=True)

    def form(self, name: str) -> Locator:
        return self.page.locator(f"#{name}-form")

    def fill_json(self, field: Locator, value: object) -> None:
        field.fill(json.dumps(value, indent=2))

    def intercom_log(self) -> Locator:
        return self.page.get_by_role("log", name="Intercom calls")

    def intercom_entries(self, cmd: str | None = None) -> Locator:
        items = self.intercom_log().get_by_role("listitem")
        return items.filter(has=self.page.locator(".cmd", has_text=re.compile(f"^{cmd}$"))) if cmd else items

    def dataplane_entries(self, type_: str | None = None) -> Locator:
        items = self.page.get_by_role("log", name="Data plane").get_by_role("listitem")
        return items.filter(has=self.page.locator(".cmd", has_text=re.compile(f"^{type_}$"))) if type_ else items

    def person(self) -> Locator:
        return self.page.get_by_role("region", name="Intercom person").locator("pre")

    def identify(self, user_id: str, traits: dict) -> None:
        form = self.form("identify")
        form.get_by_label("User ID").fill(user_id)
        self.fill_json(form.get_by_label("Traits (JSON object)"), traits)
        form.get_by_role("button", name="Send identify").click()
        expect(form.get_by_role("status")).to_contain_text(f'Sent identify("{user_id}")')


@pytest.fixture
def demo(page: Page, server: DemoServer, network: dict[str, list[str]]) -> Iterator[Demo]:
    demo = Demo(page, server)
    yield demo
    assert network["blocked"] == []
    assert demo.errors == []


def test_identify_with_traits_and_context_options(demo: Demo) -> None:
    demo.open()
    form = demo.form("identify")
    form.get_by_label("User ID").fill("u-42")
    demo.fill_json(form.get_by_label("Traits (JSON object)"),
                   {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com", "plan": "pro"})
    form.get_by_label("Intercom.user_hash").fill("f3a9c0de")
    form.get_by_label("unsubscribedFromEmails").select_option("true")
    form.get_by_role("button", name="Send identify").click()

    update = demo.intercom_entries("update")
    expect(update).to_have_count(1)
    for text in ['"user_id": "u-42"', '"name": "Ada Lovelace"', '"email": "ada@example.com"', '"plan": "pro"',
                 '"user_hash": "f3a9c0de"', '"unsubscribed_from_emails": true']:
        expect(update).to_contain_text(text)
    expect(demo.person()).to_contain_text("// user u-42")
    expect(demo.person()).to_contain_text('"email": "ada@example.com"')
    identify = demo.dataplane_entries("identify")
    expect(identify).to_have_count(1)
    expect(identify).to_contain_text('userId "u-42"')
    # What the page shows is what the widget recorded.
    calls = demo.page.evaluate("() => window.__intercomCalls.filter(c => c.cmd === 'update')")
    assert calls[0]["args"][0]["user_hash"] == "f3a9c0de"
    assert json.dumps(calls[0]["args"][0], indent=2) in update.locator("pre").inner_text()


def test_track_with_properties(demo: Demo) -> None:
    demo.open()
    form = demo.form("track")
    form.get_by_label("Event name").fill("Plan upgraded")
    demo.fill_json(form.get_by_label("Properties (JSON object)"), {"revenue": 12.5, "currency": "EUR", "plan": "pro"})
    form.get_by_role("button", name="Send track").click()

    event = demo.intercom_entries("trackEvent")
    expect(event).to_have_count(1)
    expect(event.locator("pre")).to_contain_text('"Plan upgraded"')
    expect(event.locator("pre")).to_contain_text('"amount": 1250')
    expect(event.locator("pre")).to_contain_text('"currency": "EUR"')
    expect(demo.dataplane_entries("track")).to_contain_text('"Plan upgraded"')
    expect(form.get_by_role("status")).to_contain_text('Sent track("Plan upgraded")')


def test_page_pings_intercom(demo: Demo) -> None:
    demo.open()
    form = demo.form("page")
    form.get_by_label("Name").fill("Pricing")
    form.get_by_role("button", name="Send page").click()

    expect(demo.intercom_entries("update")).to_have_count(1)
    page = demo.dataplane_entries("page")
    expect(page).to_have_count(1)
    expect(page).to_contain_text('"Pricing"')


def test_group_attaches_a_company(demo: Demo) -> None:
    demo.open()
    demo.identify("u-7", {"email": "u7@example.com"})
    expect(demo.intercom_entries("update")).to_have_count(1)
    form = demo.form("group")
    form.get_by_label("Group ID").fill("g-7")
    demo.fill_json(form.get_by_label("Traits (JSON object)"), {"name": "Acme", "plan": "scale", "employees": 12})
    form.get_by_role("button", name="Send group").click()

    company = demo.intercom_entries("update").filter(has_text='"company_id": "g-7"')
    expect(company).to_have_count(1)
    expect(company).to_contain_text('"name": "Acme"')
    expect(company).to_contain_text('"size": 12')
    expect(demo.person()).to_contain_text('"company_id": "g-7"')
    expect(demo.dataplane_entries("group")).to_contain_text('groupId "g-7"')


def test_reset_logs_the_person_out(demo: Demo) -> None:
    demo.open()
    demo.identify("u-1", {"email": "u1@example.com"})
    expect(demo.dataplane_entries("identify")).to_have_count(1)
    reset = demo.form("reset")
    reset.get_by_label("also a new anonymousId").check()
    identity = demo.page.get_by_role("region", name="Intercom person").locator("#rs-identity")
    expect(identity).to_contain_text('userId "u-1"')
    reset.get_by_role("button", name="Reset").click()
    expect(reset.get_by_role("status")).to_contain_text("Sent reset(true)")
    expect(identity).to_contain_text('userId ""')
    demo.form("track").get_by_role("button", name="Send track").click()

    track = demo.dataplane_entries("track")
    expect(track).to_have_count(1)
    events = demo.page.evaluate("() => fetch(rsHarness.options.dataPlaneUrl.replace('/dp/', '/dataplane/')).then(r => r.json())")
    identify, after = [e for e in events if e["type"] == "identify"][0], [e for e in events if e["type"] == "track"][0]
    assert not after.get("userId")
    assert after["anonymousId"] != identify["anonymousId"]
    expect(track.locator("pre").first).not_to_contain_text('"userId"')


@pytest.mark.parametrize("typed, message", [
    ('{"name": "Ada",', "Traits is not valid JSON"),
    ('["not", "an object"]', "Traits must be a JSON object"),
])
def test_invalid_json_shows_an_error_and_sends_nothing(demo: Demo, typed: str, message: str) -> None:
    demo.open()
    form = demo.form("identify")
    traits = form.get_by_label("Traits (JSON object)")
    traits.fill(typed)
    form.get_by_role("button", name="Send identify").click()

    error = form.get_by_role("alert")
    expect(error).to_contain_text(message)
    error = demo.page.locator("#" + error.get_attribute("id"))  # the same element once it is empty again
    expect(error).to_contain_text("Nothing was sent")
    expect(traits).to_have_attribute("aria-invalid", "true")
    expect(traits).to_be_focused()
    error_id = error.get_attribute("id")
    assert error_id in (traits.get_attribute("aria-describedby") or "").split()
    expect(form.locator(".sent")).to_be_empty()

    # The next event the person sends is the first the data plane and Intercom see: the bad one went nowhere.
    demo.form("track").get_by_role("button", name="Send track").click()
    expect(demo.dataplane_entries()).to_have_count(1)
    expect(demo.dataplane_entries("track")).to_have_count(1)
    expect(demo.intercom_entries("trackEvent")).to_have_count(1)
    expect(demo.intercom_entries()).to_have_count(2)  # boot, trackEvent

    demo.fill_json(traits, {"name": "Ada"})
    form.get_by_role("button", name="Send identify").click()
    expect(error).to_be_empty()
    expect(traits).to_have_attribute("aria-invalid", "false")
    expect(demo.dataplane_entries("identify")).to_have_count(1)


def test_config_choice_reloads_the_page_with_it(demo: Demo) -> None:
    demo.open()
    setup = demo.page.get_by_role("region", name="SDK and plugin config")
    setup.get_by_label("apiServer").select_option("eu")
    setup.get_by_text("Every other page option").click()
    setup.get_by_label("alignment").select_option("left")
    setup.get_by_label("horizontalPadding").fill("40")
    setup.get_by_label("actionColor").fill("#8250df")
    setup.get_by_role("button", name="Apply and reload").click()

    expect(demo.page.locator("#status")).to_contain_text("Ready", timeout=15_000)
    query = parse_qs(urlsplit(demo.page.url).query)
    assert query["apiServer"] == ["eu"] and query["alignment"] == ["left"] and query["horizontalPadding"] == ["40"]
    boot = demo.intercom_entries("boot")
    expect(boot).to_contain_text('"api_base": "https://api-iam.eu.intercom.io"')
    expect(boot).to_contain_text('"alignment": "left"')
    expect(boot).to_contain_text('"horizontal_padding": 40')
    # As on a real site: the dashboard sends the App ID, the page sets the rest, and the page prints that load call.
    source = demo.page.get_by_role("group", name="From your RudderStack dashboard")
    expect(source.get_by_label("appId")).to_have_value(APP_ID)
    expect(demo.page.get_by_role("group", name="Set on your page").get_by_label("apiServer")).to_have_value("eu")
    expect(demo.page.locator("#load-call")).to_contain_text(
        'integrations: { All: true, Intercom: {"apiServer": "eu", "alignment": "left", "horizontalPadding": 40, '
        '"actionColor": "#8250df"} }')
    # The choice survives the reload in the form, and the offline launcher follows the settings.
    expect(setup.get_by_label("apiServer")).to_have_value("eu")
    launcher = demo.page.get_by_role("button", name=re.compile("Intercom Messenger"))
    expect(launcher).to_be_visible()
    box = launcher.bounding_box()
    assert box is not None and box["x"] == 40


@pytest.mark.parametrize("sdk", ["v3-modern", "v3-legacy", "v1.1"])
def test_every_sdk_build_drives_the_widget(demo: Demo, dist: Path, sdk: str) -> None:
    demo.open()
    setup = demo.page.get_by_role("region", name="SDK and plugin config")
    setup.get_by_label("RudderStack SDK").select_option(sdk)
    # Each SDK with its own plugin build where dist/ has it, else the modern build (which Chromium runs too).
    own_build = browser_file(dist, "legacy").is_file() or sdk == "v3-modern"
    setup.get_by_label("Plugin build").select_option("" if own_build else "modern")
    setup.get_by_role("button", name="Apply and reload").click()
    expect(demo.page.locator("#status")).to_contain_text(f"Ready: SDK {sdk}", timeout=15_000)
    assert parse_qs(urlsplit(demo.page.url).query)["sdk"] == [sdk]

    demo.identify("u-sdk", {"email": "sdk@example.com"})
    expect(demo.intercom_entries("update")).to_contain_text('"user_id": "u-sdk"')
    expect(demo.page.locator('script[src$="/sdk/%s.js"]' % sdk)).to_have_count(1)


def test_custom_launcher_opens_the_messenger(demo: Demo) -> None:
    demo.open(customLauncherSelector="#help-button", hideDefaultLauncher="true")
    expect(demo.intercom_entries("boot")).to_contain_text('"custom_launcher_selector": "#help-button"')
    expect(demo.page.locator("#fake-intercom-launcher")).to_be_hidden()
    demo.page.get_by_role("button", name="My own launcher").click()
    expect(demo.page.get_by_role("dialog", name="Hi there!")).to_be_visible()
    expect(demo.intercom_entries("show")).to_have_count(1)


def test_keyboard_only(demo: Demo) -> None:
    demo.open()
    event = demo.form("track").get_by_label("Event name")
    event.focus()
    event.fill("Keyboard event")
    event.press("Enter")  # submits the form
    expect(demo.intercom_entries("trackEvent")).to_contain_text('"Keyboard event"')

    launcher = demo.page.get_by_role("button", name="Open the Intercom Messenger (offline)")
    launcher.focus()
    demo.page.keyboard.press("Enter")
    messenger = demo.page.get_by_role("dialog", name="Hi there!")
    expect(messenger).to_be_visible()
    close = messenger.get_by_role("button", name="Close the Messenger")
    expect(close).to_be_focused()
    demo.page.keyboard.press("Escape")
    expect(messenger).to_be_hidden()
    expect(demo.page.get_by_role("button", name="Open the Intercom Messenger (offline)")).to_be_focused()
    expect(demo.intercom_entries("show")).to_have_count(1)
    expect(demo.intercom_entries("hide")).to_have_count(1)


def test_narrow_screen_screenshot(demo: Demo, output_path: str) -> None:
    demo.page.set_viewport_size({"width": 390, "height": 844})
    demo.open()
    demo.identify("tp4r23", {"name": "John Doe", "email": "john@doe.com"})
    demo.form("track").get_by_role("button", name="Send track").click()
    expect(demo.intercom_entries()).to_have_count(3)
    expect(demo.dataplane_entries()).to_have_count(2)
    # Nothing is wider than the screen: no sideways scrolling on a phone.
    assert demo.page.evaluate("() => document.documentElement.scrollWidth") <= 390
    for form in ("identify", "track", "page", "group", "reset"):
        box = demo.form(form).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    shot = Path(output_path) / "demo-390px.png"
    demo.page.screenshot(path=shot, full_page=True)
    assert shot.stat().st_size > 10_000


def test_intent_loads_intercom_only_when_the_visitor_reaches_for_it(demo: Demo, widget_source: bytes) -> None:
    # Intercom's host as one that lets a page see its sizes (Timing-Allow-Origin), so the panel can count them.
    requested: list[str] = []

    def widget_host(route: Route) -> None:
        requested.append(route.request.url)
        route.fulfill(body=widget_source, content_type="application/javascript", headers={"Timing-Allow-Origin": "*"})

    demo.page.route(f"https://{WIDGET_HOST}/**", widget_host)
    demo.open(booted=False, loadMessenger="intent")
    expect(demo.facade()).to_be_visible()
    expect(demo.intercom_cost()).to_have_text("not loaded")
    # Events do not load it (they wait for the load, docs/page-speed.md): only the visitor's reach does.
    demo.form("track").get_by_role("button", name="Send track").click()
    expect(demo.dataplane_entries("track")).to_have_count(1)
    expect(demo.intercom_cost()).to_have_text("not loaded")
    assert requested == []

    demo.facade().hover()
    expect(demo.intercom_cost()).to_have_text(re.compile(r"^loaded after \d[\d,]* ms, \d+(\.\d)? KB$"))
    assert len(requested) == 1
    # What the panel says is the script served (the route's body, with a few hundred bytes of headers).
    shown = float(re.search(r"([\d.]+) KB", demo.intercom_cost().inner_text()).group(1))
    assert abs(shown - len(widget_source) / 1000) < 1
    demo.facade().click()
    expect(demo.page.get_by_role("dialog", name="Hi there!")).to_be_visible()
    expect(demo.intercom_entries("show")).to_have_count(1)
    expect(demo.intercom_entries("trackEvent")).to_have_count(1)  # the event sent before the load, delivered


def test_load_the_messenger_choice_survives_apply_and_reload(demo: Demo) -> None:
    demo.open()
    expect(demo.intercom_cost()).to_have_text(re.compile(r"^loaded after "))  # 'now', the default
    setup = demo.page.get_by_role("region", name="SDK and plugin config")
    choice = setup.get_by_label("loadMessenger: load the Messenger")
    expect(choice).to_be_visible()  # among the main options, not folded away with every other one
    choice.select_option("intent")
    setup.get_by_role("button", name="Apply and reload").click()

    expect(demo.page.locator("#status")).to_contain_text("Ready", timeout=15_000)
    assert parse_qs(urlsplit(demo.page.url).query)["loadMessenger"] == ["intent"]
    expect(demo.page.locator("#load-call")).to_contain_text('Intercom: {"loadMessenger": "intent"}')
    for _ in range(2):  # after Apply, and after the browser's own reload
        expect(choice).to_have_value("intent")
        expect(demo.facade()).to_be_visible()
        expect(demo.intercom_cost()).to_have_text("not loaded")
        assert demo.page.evaluate("() => window.__intercomCalls === undefined")
        demo.page.reload()
        expect(demo.page.locator("#status")).to_contain_text("Ready", timeout=15_000)
