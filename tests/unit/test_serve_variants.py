"""The demo server's test variants (pybuild/demo/harness.py): registered source configs, a second destination, the site-snippet and CSP pages."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest

from pybuild.build.bundle import browser_path
from pybuild.build.project import Project
from pybuild.demo.harness import OTHER_DESTINATION, STRICT_HARNESS_CSP, HarnessServer
from pybuild.demo.server import running, source_config


@pytest.fixture
def demo(project: Project, dist: Path) -> Iterator[HarnessServer]:
    with running(project, dist, server_class=HarnessServer) as server:
        yield server


def test_default_source_config_has_only_intercom() -> None:
    destinations = source_config({"appId": "abc123xy"})["source"]["destinations"]
    assert [d["destinationDefinition"]["displayName"] for d in destinations] == ["Intercom"]
    with_other = source_config({"appId": "abc123xy"}, [OTHER_DESTINATION])["source"]["destinations"]
    assert [d["destinationDefinition"]["displayName"] for d in with_other] == ["Intercom", "Hotjar"]
    assert with_other[0] == destinations[0]


def test_a_registered_source_is_served_by_token_and_keeps_secrets_out_of_urls(demo: HarnessServer) -> None:
    token = demo.add_source({"appId": "abc123xy", "apiKey": "secret"}, [OTHER_DESTINATION])
    assert token != demo.add_source({"appId": "other"})
    with urlopen(f"{demo.url}/config/{token}/sourceConfig/?p=npm&writeKey=WK") as response:
        served = json.load(response)
    assert served == source_config({"appId": "abc123xy", "apiKey": "secret"}, [OTHER_DESTINATION])
    assert "secret" not in token


def test_the_other_destination_is_served_beside_the_bundle(demo: HarnessServer) -> None:
    plugin = f"{demo.url}/cdn/{browser_path('modern')}"
    with urlopen(plugin.rsplit("/", 1)[0] + "/Hotjar.min.js") as response:
        assert b"window.Hotjar_RS" in response.read()
    with urlopen(plugin) as response:
        assert b"INTERCOM_RS" in response.read()


def test_harness_variants(demo: HarnessServer) -> None:
    with urlopen(f"{demo.url}/harness.html?site=before&csp=strict") as response:
        page = response.read().decode()
        assert response.headers["Content-Security-Policy"] == STRICT_HARNESS_CSP
    assert page.index('src="/site-intercom.js"') < page.index('src="/harness.js"')
    with urlopen(f"{demo.url}/harness.html") as response:
        assert "site-intercom.js" not in response.read().decode()
        assert response.headers["Content-Security-Policy"] is None
