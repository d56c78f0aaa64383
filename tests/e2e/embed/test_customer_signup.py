"""The customer site's sign-up, tested as its owners would: only pytest-playwright's `page` and the `intercom` and
`rudderstack` fixtures this package installs (README "Testing your site's Intercom calls": the first test is the
README's; docs/site-owners.md: the second is its example, both verbatim, see tests/unit/test_embed.py). The site
loads RudderStack as in production; the fixtures answer RudderStack and Intercom offline."""
from playwright.sync_api import Page, expect

from tests.customer_site.visitor import sign_up


def test_signing_up_tells_intercom_who_the_user_is(page: Page, intercom) -> None:
    page.goto("/signup")
    page.get_by_label("Email").fill("ada@example.com")
    page.get_by_label("Name").fill("Ada Lovelace")
    page.get_by_role("button", name="Sign up").click()

    intercom.wait_for("trackEvent")
    assert intercom.events() == [("Signed Up", {"plan": "free"})]
    person = intercom.person()
    assert person["email"] == "ada@example.com"
    assert person["name"] == "Ada Lovelace"
    assert person["intercom_user_jwt"]  # signed by the site's server: the Messenger is secured


# docs/site-owners.md's example, word for word (a site owner's test spells out its steps).
def test_signing_up_reaches_intercom_and_the_data_plane(page: Page, intercom, rudderstack) -> None:
    page.goto("/signup")
    page.get_by_label("Email").fill("ada@example.com")
    page.get_by_label("Name").fill("Ada Lovelace")
    page.get_by_role("button", name="Sign up").click()

    intercom.wait_for("trackEvent")
    assert intercom.events() == [("Signed Up", {"plan": "free"})]
    assert intercom.person()["intercom_user_jwt"]  # Intercom got the signed token ...

    [track] = rudderstack.wait_for("track")
    assert (track["event"], track["properties"]) == ("Signed Up", {"plan": "free"})
    [identify] = rudderstack.events("identify")
    assert identify["context"]["traits"] == {"email": "ada@example.com", "name": "Ada Lovelace"}
    assert "Intercom" not in identify["context"]  # ... and the data plane (your warehouse) did not


def test_the_record_spans_pages_and_reloads(page: Page, intercom) -> None:
    page.goto("/signup")
    intercom.wait_for("boot")  # the widget booting from intercomSettings is a boot call
    assert "user_id" not in intercom.person()  # an anonymous visitor
    sign_up(page, "grace@example.com", "Grace Hopper")
    intercom.wait_for("trackEvent")
    user_id = intercom.person()["user_id"]

    boots = len(intercom.calls("boot"))
    page.reload()
    intercom.wait_for("boot", count=boots + 1)
    assert intercom.person()["user_id"] == user_id
    assert intercom.events() == [("Signed Up", {"plan": "free"})]  # once, from the page before the reload
    assert all(isinstance(call, list) and isinstance(call[0], str) for call in intercom.calls())


def test_logging_out_shuts_intercom_down(page: Page, intercom) -> None:
    sign_up(page, "alan@example.com", "Alan Turing")
    intercom.wait_for("trackEvent")

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("status")).to_have_text("You are logged out.")
    intercom.wait_for("shutdown")
    commands = [call[0] for call in intercom.calls()]
    assert commands.index("shutdown") > commands.index("trackEvent")
    assert commands[commands.index("shutdown") + 1] == "boot"  # a fresh visitor, nothing of Alan
    assert "email" not in intercom.person()

