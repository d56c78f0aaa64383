"""The `intercom` fixture's own promises beyond the site owner's view (pybuild/embed/fixture.py): failures
that list what arrived, `person()` after a shutdown, JSON-safe calls, and a pytest run without pytest-playwright
(the `rudderstack` fixture's: tests/e2e/embed/test_offline_rudderstack.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page

from pybuild.embed.fixture import IntercomRecord


def test_wait_for_fails_listing_the_calls_that_did_arrive(page: Page, intercom: IntercomRecord) -> None:
    page.goto("/signup")
    intercom.wait_for("boot")
    with pytest.raises(pytest.fail.Exception) as failure:
        intercom.wait_for("trackEvent", timeout=300)
    assert "got 0 of 1 'trackEvent' call(s) within 300 ms" in str(failure.value)
    assert '["boot", {"app_id": "cust0mer1"' in str(failure.value)


def test_person_is_none_after_shutdown_and_calls_are_json(page: Page, intercom: IntercomRecord) -> None:
    page.goto("/signup")
    intercom.wait_for("boot")
    page.evaluate("() => { Intercom('onShow', () => {}); Intercom('update', {email: 'a@example.com', n: 1}); "
                  "Intercom('shutdown'); }")
    intercom.wait_for("shutdown")
    assert intercom.person() is None
    assert ["onShow", None] in intercom.calls()  # a function is not JSON: it shows as null
    assert intercom.calls("update")[-1] == ["update", {"email": "a@example.com", "n": 1}]


def test_the_widget_is_the_packaged_one(page: Page, intercom: IntercomRecord) -> None:
    page.goto("/signup")
    intercom.wait_for("boot")
    assert page.evaluate("() => window.__fakeIntercom.loads") == 1  # answered by the offline widget, once


def fixtures_listed(folder: Path, *options: str) -> str:
    run = subprocess.run([sys.executable, "-m", "pytest", "--fixtures", "-p", "no:cacheprovider", *options,
                          str(folder)], capture_output=True, text=True, cwd=folder, check=False)
    assert run.returncode in (0, 5), run.stdout + run.stderr  # 5: no tests collected, not an error
    return run.stdout


def test_the_fixtures_are_installed_only_where_pytest_playwright_is_active(tmp_path: Path) -> None:
    listed = fixtures_listed(tmp_path)
    assert "intercom -- " in listed and "rudderstack -- " in listed
    without = fixtures_listed(tmp_path, "-p", "no:playwright")
    assert "intercom -- " not in without and "rudderstack -- " not in without
