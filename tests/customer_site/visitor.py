"""What a visitor does on the customer site, as its owners' tests spell it (tests/e2e/embed/)."""
from __future__ import annotations

from playwright.sync_api import Page


def sign_up(page: Page, email: str, name: str) -> None:
    page.goto("/signup")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Name").fill(name)
    page.get_by_role("button", name="Sign up").click()
