"""The demo page's server side: the config form lists every key of destination.toml, and the query string a
person's choice produced becomes the destination config, typed by each key's kind."""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest

from pybuild.demo.page import config_from_query, load_call, page_context, split_config
from pybuild.build.project import Project
from pybuild.demo.server import SDK_FILES, DemoServer, running


@pytest.fixture(scope="module")
def demo_server(project: Project, dist: Path) -> Iterator[DemoServer]:
    with running(project, dist) as server:
        yield server


def test_query_becomes_typed_config(project: Project) -> None:
    query = {"appId": [" abc "], "bootAnonymousVisitors": ["false"], "horizontalPadding": ["40"],
             "alignment": ["left"], "zIndex": ["high"], "themeMode": [""], "unknownKey": ["x"]}
    assert config_from_query(project.spec(), query, "dflt") == {
        "appId": "abc", "bootAnonymousVisitors": False, "horizontalPadding": 40, "alignment": "left",
        "zIndex": "high",  # the wrong shape is passed on: the plugin's handling of it is worth seeing
    }
    assert config_from_query(project.spec(), {}, "dflt") == {"appId": "dflt"}
    assert config_from_query(project.spec(), {"appId": [""]}, "dflt") == {"appId": ""}


def test_the_dashboard_sends_the_app_id_and_the_page_sets_the_rest(project: Project) -> None:
    spec = project.spec()
    dashboard, options = split_config(spec, {"appId": "abc", "bootAnonymousVisitors": False, "apiServer": "eu"})
    assert (dashboard, options) == ({"appId": "abc"}, {"bootAnonymousVisitors": False, "apiServer": "eu"})
    assert load_call("Intercom", options).splitlines() == [
        "rudderanalytics.load(WRITE_KEY, DATA_PLANE_URL, {",
        "  destSDKBaseURL: 'https://static.example.com/rudderstack/' + window.rudderAnalyticsBuildType + "
        "'/js-integrations',",
        '  integrations: { All: true, Intercom: {"bootAnonymousVisitors": false, "apiServer": "eu"} },',
        "});",
    ]
    assert "integrations:" not in load_call("Intercom", {})


def test_unknown_sdk_and_build_fall_back(project: Project, dist: Path) -> None:
    context = page_context(project.spec(), dist, {"sdk": ["v9"], "build": ["../x"], "key": ["a/b"]},
                           list(SDK_FILES), "abc123xy", False)
    assert (context["sdk"], context["build"], context["effective_build"], context["key"]) == ("v3-modern", "", "modern", "")
    context = page_context(project.spec(), dist, {"sdk": ["v1.1"]}, list(SDK_FILES), "abc123xy", False)
    assert context["effective_build"] == "legacy"


def test_page_lists_every_config_key_and_keeps_the_choice(demo_server: DemoServer, project: Project) -> None:
    with urlopen(f"{demo_server.url}/?sdk=v1.1&apiServer=eu&alignment=left&horizontalPadding=40") as response:
        page = response.read().decode()
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    for entry in project.spec()["config"]:
        assert f'name="{entry["key"]}"' in page, entry["key"]
    assert '<option value="v1.1" selected>' in page
    assert '<option value="eu" selected>eu</option>' in page
    assert 'name="horizontalPadding" type="number" inputmode="numeric" value="40"' in page
    dashboard = json.loads(html.unescape(re.search(r"data-dashboard='([^']*)'", page).group(1)))
    options = json.loads(html.unescape(re.search(r"data-options='([^']*)'", page).group(1)))
    assert dashboard == {"appId": "abc123xy"}  # what a hosted control plane sends
    assert options == {"apiServer": "eu", "alignment": "left", "horizontalPadding": 40}  # set on the page
    assert ('integrations: { All: true, Intercom: {&#34;apiServer&#34;: &#34;eu&#34;, &#34;alignment&#34;: '
            '&#34;left&#34;, &#34;horizontalPadding&#34;: 40} }') in page
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "inline script: the page must stay CSP-friendly"


def test_markup_in_the_query_is_escaped(demo_server: DemoServer) -> None:
    with urlopen(f"{demo_server.url}/?appId=%27%3E%3Cscript%3Ealert(1)%3C/script%3E") as response:
        page = response.read().decode()
    assert "<script>alert(1)" not in page
    dashboard = json.loads(html.unescape(re.search(r"data-dashboard='([^']*)'", page).group(1)))
    assert dashboard["appId"] == "'><script>alert(1)</script>"
