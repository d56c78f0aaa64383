"""The demo's "log in as" form, used as a person would: the demo server signs an intercom_user_jwt
(pybuild/demo/login.py) and the offline widget checks it with WebCrypto (README "Securing the Messenger"); and
the Messenger callback names the page takes from destination.toml."""
from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from pybuild.embed import user_jwt
from pybuild.build.project import Project
from pybuild.demo.server import DemoServer


def open_demo(page: Page, server: DemoServer) -> None:
    page.goto(f"{server.url}/")
    expect(page.locator("#status")).to_contain_text("Ready", timeout=15_000)


def test_logging_in_shows_a_verified_person(page: Page, server: DemoServer, network: dict[str, list[str]]) -> None:
    open_demo(page, server)
    form = page.locator("#login-form")
    form.get_by_label("User ID").fill("grace1906")
    form.get_by_label("Email").fill("grace@example.com")
    form.get_by_label("Name").fill("Grace Hopper")
    form.get_by_role("button", name="Log in").click()

    person = page.get_by_role("region", name="Intercom person")
    expect(person.locator("pre")).to_contain_text('"user_id": "grace1906"')
    expect(person.locator("#person-verification")).to_have_text(re.compile(r"^Identity: verified "))
    expect(page.locator("#fake-intercom-panel dd", has_text="verified")).to_have_count(1)
    assert network["blocked"] == []


def test_an_unsigned_or_forged_identify_is_not_verified(page: Page, server: DemoServer,
                                                       network: dict[str, list[str]]) -> None:
    open_demo(page, server)
    identify = page.locator("#identify-form")
    identify.get_by_label("User ID").fill("mallory")
    identify.get_by_role("button", name="Send identify").click()
    verification = page.locator("#person-verification")
    expect(verification).to_have_text(re.compile(r"^Identity: unsigned "))

    # A token for mallory signed with another secret: the widget rejects it.
    forged = user_jwt("not-the-demo-secret-but-as-long-as-one", "mallory")
    identify.get_by_label("More options (JSON object, merged into context)").fill(
        '{"Intercom": {"intercom_user_jwt": "%s"}}' % forged)
    identify.get_by_role("button", name="Send identify").click()
    expect(verification).to_have_text(re.compile(r"^Identity: rejected "))


def test_the_call_log_knows_the_callbacks_of_destination_toml(page: Page, server: DemoServer, project: Project,
                                                             network: dict[str, list[str]]) -> None:
    page.goto(f"{server.url}/?trackMessengerEvents=true")
    expect(page.locator("#status")).to_contain_text("Ready", timeout=15_000)
    entries = page.get_by_role("log", name="Intercom calls").get_by_role("listitem")
    for row in project.spec()["messenger_event"]:
        entry = entries.filter(has=page.locator(".cmd", has_text=re.compile(f"^{row['callback']}$")))
        expect(entry.locator("pre")).to_have_text("ƒ (the plugin's callback)")
