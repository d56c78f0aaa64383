"""Waiting in a site's Playwright test for something a record (Intercom's calls, the data plane's events) receives,
without sleeping: the page polls a binding that asks Python whether enough has arrived. Route handlers and bindings
run only while the test is inside a Playwright call, so the wait is also what lets them run."""
from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from playwright.sync_api import Error, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

POLL_MS = 50
# A binding answers with a Promise, which wait_for_function would take as a truthy result at once: so each poll asks
# the binding again and returns the answer the previous poll got, kept in the page under this wait's own key.
PREDICATE = """([binding, key, args]) => {
  const answers = (window.__recordWaits = window.__recordWaits || {});
  window[binding](...args).then((answer) => { answers[key] = answer; }, () => {});
  return answers[key] === true;
}"""


def wait_until(page: Page, binding: str, args: list[object], done: Callable[[], bool], timeout: float,
               failure: Callable[[], str]) -> None:
    """Returns once `done()`, which `window[binding](...args)` reports to the page; after `timeout` ms the test
    fails with `failure()`. A navigation that replaces the page's context is waited through (records live in
    Python)."""
    deadline = time.monotonic() + timeout / 1000
    key = f"{binding}-{time.monotonic_ns()}"
    while not done():
        left_ms = (deadline - time.monotonic()) * 1000
        try:
            if left_ms <= 0:
                raise PlaywrightTimeout("timed out")
            page.wait_for_function(PREDICATE, arg=[binding, key, args], polling=POLL_MS, timeout=left_ms)
        except PlaywrightTimeout:
            pytest.fail(failure(), pytrace=False)
        except Error:
            if page.is_closed():
                raise
