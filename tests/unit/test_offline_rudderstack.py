"""pybuild.embed's offline RudderStack without a browser (docs/site-owners.md, "Testing your site's Intercom calls"):
what each request a production page makes of RudderStack is answered with, the shipped files and their freshness,
and where the `rudderstack` fixture takes the App ID from."""
from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from pybuild.build import offline_files
from pybuild.build.project import Project
from pybuild.embed import fixture, page_options
from pybuild.embed.offline_rudderstack import FOLDER, PLUGINS, SDKS, SOURCES, WRAPPED_MARK, WRAPPER, OfflineRudderStack

CDN = "https://cdn.rudderlabs.com"
ORIGIN = {"origin": "http://127.0.0.1:3000"}


def answer(url: str, method: str = "GET", headers: dict[str, str] | None = None, body: bytes | None = None,
           app_id: str = "abc123xy") -> Any:
    return OfflineRudderStack(app_id).answer(method, url, headers or {}, body)


@pytest.mark.parametrize("url, build", [
    (f"{CDN}/v3/modern/rsa.min.js", "v3-modern"),
    (f"{CDN}/v3/legacy/rsa.min.js", "v3-legacy"),
    (f"{CDN}/3.34.1/modern/rsa.min.js?x=1", "v3-modern"),
    (f"{CDN}/v1.1/rudder-analytics.min.js", "v1.1"),
])
def test_the_cdn_sdk_files_are_the_npm_builds_run_as_the_cdn_file_runs(url: str, build: str) -> None:
    sdk = answer(url)
    head, _, tail = WRAPPER.read_bytes().partition(WRAPPED_MARK.encode())
    npm_build = (FOLDER / SDKS[build].shipped).read_bytes()
    assert (sdk.kind, sdk.status, sdk.content_type) == ("sdk", 200, "application/javascript")
    assert sdk.body == head + b"\n" + npm_build + b"\n" + tail


@pytest.mark.parametrize("url, build", [
    (f"{CDN}/v3/modern/js-integrations/INTERCOM.min.js", "modern"),
    (f"{CDN}/v3/legacy/js-integrations/INTERCOM.min.js", "legacy"),
    (f"{CDN}/3.34.1/modern/js-integrations/INTERCOM.min.js", "modern"),  # what the pinned npm builds ask for
    (f"{CDN}/3.34.1/legacy/js-integrations/INTERCOM.min.js", "legacy"),
    (f"{CDN}/v1.1/js-integrations/INTERCOM.min.js", "legacy"),  # v1.1's default folder holds the legacy build
    (f"{CDN}/v1.1/modern/js-integrations/INTERCOM.min.js", "modern"),
])
def test_the_default_integration_urls_are_this_projects_plugin_of_that_build(url: str, build: str) -> None:
    plugin = answer(url)
    assert (plugin.kind, plugin.status) == ("plugin", 200)
    assert plugin.body == (FOLDER / PLUGINS[build]).read_bytes()


@pytest.mark.parametrize("url, headers", [
    ("https://api.rudderstack.com/sourceConfig/?p=npm&v=3.34.1&build=modern&writeKey=WK2&lockIntegrationsVersion=true",
     ORIGIN),
    ("https://api.rudderstack.com/sourceConfig/?p=npm&v=2.52.21",  # v1.1: the write key as the Basic user
     {**ORIGIN, "authorization": "Basic " + base64.b64encode(b"WK2:").decode()}),
])
def test_the_control_plane_sends_a_hosted_source_config_for_the_write_key(url: str, headers: dict[str, str]) -> None:
    config = answer(url, headers=headers, app_id="cust0mer1")
    assert (config.kind, config.status, config.content_type) == ("config", 200, "application/json")
    assert config.headers["Access-Control-Allow-Origin"] == "http://127.0.0.1:3000"
    source = json.loads(config.body)["source"]
    assert source["writeKey"] == "WK2" and source["enabled"] is True
    [destination] = source["destinations"]
    assert destination["destinationDefinition"] == {"name": "INTERCOM", "displayName": "Intercom"}
    assert destination["config"] == {"appId": "cust0mer1", "eventFilteringOption": "disable",
                                     "blacklistedEvents": [], "whitelistedEvents": []}


def test_a_source_config_request_without_a_write_key_is_refused() -> None:
    assert answer("https://api.rudderstack.com/sourceConfig/").status == 400


@pytest.mark.parametrize("url", [
    "https://yourcompany-dataplane.rudderstack.com/v1/batch",
    "https://hosted.rudderlabs.com/v1/track",
    "http://127.0.0.1:8080/collect/v1/identify",
    "https://dp.example.com/beacon/v1/batch",
])
def test_the_data_plane_is_answered_on_any_host_and_its_events_unpacked(url: str) -> None:
    batch = {"batch": [{"type": "page"}, {"type": "track", "event": "Signed Up"}]}
    sent = answer(url, "POST", ORIGIN, json.dumps(batch).encode())
    assert (sent.kind, sent.status, sent.events) == ("data-plane", 200, batch["batch"])
    assert sent.headers == {"Access-Control-Allow-Origin": "http://127.0.0.1:3000",
                            "Access-Control-Allow-Credentials": "true"}
    assert answer(url, "POST", {}, b'{"type": "identify"}').events == [{"type": "identify"}]
    assert answer(url, "POST", {}, b"not json").events == []
    assert answer(url, "OPTIONS", ORIGIN).status == 204


@pytest.mark.parametrize("url", [
    f"{CDN}/v3/modern/js-integrations/HOTJAR.min.js",
    f"{CDN}/v3/modern/plugins/rsa-plugins.js",
    f"{CDN}/v3/modern/js-integrations/INTERCOM.min.js.map",
    "https://api.rudderstack.com/anything",
])
def test_anything_else_on_rudderstacks_hosts_is_refused_there(url: str) -> None:
    assert (answer(url).kind, answer(url).status) == ("refused", 404)


@pytest.mark.parametrize("url", ["https://widget.intercom.io/widget/abc", "https://example.com/v3/modern/rsa.min.js",
                                 "http://cdn.rudderlabs.com/v3/modern/rsa.min.js", "data:text/plain,v1/batch"])
def test_other_requests_are_left_to_the_tests_other_routes(url: str) -> None:
    assert answer(url) is None


def test_the_shipped_sdks_carry_their_licenses_and_name_their_pinned_versions(project: Project) -> None:
    pinned = json.loads((project.root / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    sources = json.loads((FOLDER / SOURCES).read_text(encoding="utf-8"))
    for sdk in SDKS.values():
        assert sources[sdk.shipped] == f"{sdk.package}@{pinned[sdk.package]}/{sdk.path}"
        assert (FOLDER / sdk.license).read_text(encoding="utf-8").startswith("MIT License")


def test_an_install_from_a_checkout_carries_every_shipped_file(project: Project, tmp_path: Path) -> None:
    """What `pip install .` puts in site-packages: setuptools' build_py with pyproject.toml's package-data, run in a
    copy of the checkout (no egg-info left by an earlier install lists files for it)."""
    checkout = tmp_path / "checkout"
    shutil.copytree(project.root / "pybuild", checkout / "pybuild", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(project.root / "pyproject.toml", checkout)
    run = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py", "-d",
                          str(tmp_path / "lib")], cwd=checkout, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    embed = project.root / "pybuild" / "embed"
    shipped = [path.relative_to(embed) for path in [*FOLDER.rglob("*"), page_options.TABLE] if path.is_file()]
    assert len(shipped) == 10
    assert [name for name in shipped if not (tmp_path / "lib" / "pybuild" / "embed" / name).is_file()] == []


def test_a_stale_copy_is_found_and_check_writes_nothing(project: Project, dist: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rudderstack_cdn"
    shutil.copytree(FOLDER, folder)
    assert not offline_files.update(project, check=True, dist=dist, folder=folder), "run `pybuild docs`"
    plugin = folder / PLUGINS["legacy"]
    plugin.write_bytes(plugin.read_bytes() + b"/* stale */")
    assert offline_files.update(project, check=True, dist=dist, folder=folder)
    assert plugin.read_bytes().endswith(b"/* stale */")
    assert offline_files.update(project, dist=dist, folder=folder)  # copies the plugin afresh
    assert not offline_files.update(project, check=True, dist=dist, folder=folder)
    (folder / "analytics-js" / "old.js").write_bytes(b"an SDK build no longer shipped")
    assert offline_files.update(project, check=True, dist=dist, folder=folder)
    assert offline_files.update(project, dist=dist, folder=folder)  # removes it
    assert not (folder / "analytics-js" / "old.js").exists()


def fake_request(marker: dict[str, str] | None = None, flag: str | None = None, ini: str = "") -> Any:
    return SimpleNamespace(
        node=SimpleNamespace(get_closest_marker=lambda name: SimpleNamespace(kwargs=marker) if marker else None),
        config=SimpleNamespace(getoption=lambda name, default=None: flag, getini=lambda name: ini))


def test_the_app_id_comes_from_the_marker_then_the_flag_then_the_ini_option() -> None:
    assert fixture.app_id(fake_request({"app_id": "mark1"}, "flag1", "ini1")) == "mark1"
    assert fixture.app_id(fake_request(None, "flag1", "ini1")) == "flag1"
    assert fixture.app_id(fake_request(None, None, "ini1")) == "ini1"
    assert fixture.app_id(fake_request()) == "abc123xy"
    with pytest.raises(pytest.UsageError, match=r"^--intercom-app-id: an Intercom App ID is 1-64 letters and digits"):
        fixture.app_id(fake_request(None, "not an id", "ini1"))
