"""pybuild.embed (README "Securing the Messenger"), the demo's log-in, and the offline widget rendered from
destination.toml (README "Testing your site's Intercom calls")."""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import jwt
import pytest

from pybuild.demo import login
from pybuild.embed import offline_widget
from pybuild.build import widget_facts
from pybuild.embed import DEFAULT_SDK_BASE_URL, page_options, snippet, user_hash, user_jwt
from pybuild.build.legacy import ES5_CHECK
from pybuild.build.project import Project
from tests.unit.cli import pybuild

SECRET = "a-messenger-api-secret-of-32-bytes-or-more"
NOW = 1_700_000_000


def test_user_hash_matches_rfc_4231_test_case_2() -> None:
    # RFC 4231 §4.3: HMAC-SHA-256 with key "Jefe" over "what do ya want for nothing?".
    assert user_hash("Jefe", "what do ya want for nothing?") == (
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")


def test_user_hash_of_a_numeric_id_is_the_hash_of_its_text() -> None:
    assert user_hash(SECRET, 42) == user_hash(SECRET, "42") == user_hash(SECRET.encode(), "42")


@pytest.mark.parametrize("secret, user_id", [("", "u1"), (b"", "u1"), (None, "u1"), ("  ", "u1"), (SECRET, ""),
                                             (SECRET, None)])
def test_empty_secrets_and_user_ids_are_refused_without_echoing_the_secret(secret: str | bytes | None,
                                                                          user_id: str | None) -> None:
    for sign in (user_hash, user_jwt):
        with pytest.raises(ValueError, match=r"^(secret|user_id) must not be empty$") as error:
            sign(secret, user_id)
        assert SECRET not in str(error.value)


def test_user_jwt_verifies_with_pyjwt_and_carries_user_id_email_exp() -> None:
    token = user_jwt(SECRET, "u1", email="ada@example.com", expires_in=600, now=NOW, plan="pro")
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
    assert claims == {"user_id": "u1", "email": "ada@example.com", "exp": NOW + 600, "plan": "pro"}
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, "another-secret-of-at-least-32-bytes!!", algorithms=["HS256"], options={"verify_exp": False})
    with pytest.raises(jwt.ExpiredSignatureError):
        jwt.decode(token, SECRET, algorithms=["HS256"])  # NOW + 600 is long past


def test_user_jwt_expires_an_hour_from_now_by_default() -> None:
    claims = jwt.decode(user_jwt(SECRET, 7), SECRET, algorithms=["HS256"])
    assert claims["user_id"] == "7" and "email" not in claims
    assert claims["exp"] - 3600 == pytest.approx(time.time(), abs=60)


def script_argument(html: str) -> str:
    """The JSON text the snippet's inline script is called with."""
    return re.search(r"\}\)\((\{.*\})\);\n</script>", html, re.S).group(1)


def script_data(html: str) -> dict:
    return json.loads(script_argument(html))


HOSTILE = "</script><script>alert(1)</script><!--\u2028\u2029'\"&"
BASE = {"write_key": "WK", "data_plane_url": "https://dp.example.com", "plugin_base_url": "https://cdn.example.com/rs"}


def test_snippet_escapes_every_value_for_its_place() -> None:
    html = snippet("WK" + HOSTILE, "https://dp.example.com", plugin_base_url="https://cdn.example.com/rs/",
                   user={"id": "u" + HOSTILE, "email": "ada@example.com", HOSTILE: HOSTILE}, secret=SECRET,
                   options={"customLauncherSelector": "[data-x=\"'\u2028&\"]"})
    script = html[html.index("<script>"):]
    assert script.count("</script") == 1 and "<!--" not in script
    assert not set("<>&'\u2028\u2029") & set(script_argument(html))
    data = script_data(html)
    assert data["writeKey"] == "WK" + HOSTILE
    assert data["user"] == {"id": "u" + HOSTILE, "traits": {"email": "ada@example.com", HOSTILE: HOSTILE}}
    assert data["pluginBaseUrl"] == "https://cdn.example.com/rs" and data["sdkBaseUrl"] == DEFAULT_SDK_BASE_URL
    assert data["loadOptions"] == {"integrations": {"All": True,
                                                    "Intercom": {"customLauncherSelector": "[data-x=\"'\u2028&\"]"}}}
    assert SECRET not in html


def test_the_token_goes_to_intercom_settings_never_to_the_identify_call() -> None:
    data = script_data(snippet(**BASE, user={"id": "u1", "email": "ada@example.com"}, secret=SECRET))
    token = data["intercomSettings"]["intercom_user_jwt"]
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["user_id"] == "u1"
    assert set(data["user"]) == {"id", "traits"} and token not in json.dumps(data["user"])
    assert token not in json.dumps(data["loadOptions"])


def test_the_snippet_loads_the_build_the_browser_runs_and_the_plugin_of_that_build() -> None:
    html = snippet(**BASE)
    data = script_data(html)
    assert "user" not in data and "intercomSettings" not in data and data["loadOptions"] == {}
    assert "page.sdkBaseUrl + '/' + build + '/rsa.min.js'" in html
    assert "options.destSDKBaseURL = page.pluginBaseUrl + '/' + build + '/js-integrations'" in html
    assert "var build = w.rudderAnalyticsBuildType === 'modern' ? 'modern' : 'legacy';" in html


def test_the_snippet_runs_in_every_browser_the_legacy_build_serves(project: Project, tmp_path: Path) -> None:
    """Its inline script passes the legacy build's own check: ES5 syntax, no built-in the legacy SDKs lack."""
    html = snippet(**BASE, user={"id": "u1", "email": "ada@example.com"}, secret=SECRET, options={"alignment": "left"})
    script = tmp_path / "snippet.js"
    script.write_text(html[html.index("<script>") + len("<script>"):html.rindex("</script>")], encoding="utf-8")
    done = subprocess.run(["node", ES5_CHECK, script], cwd=project.root, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("change, message", [
    ({"user": {"id": "u1"}}, "a user needs the secret"),
    ({"plugin_base_url": "javascript:alert(1)"}, "plugin_base_url must be an http"),
    ({"sdk_base_url": "//cdn.example.com/v3"}, "sdk_base_url must be an http"),
    ({"user": {"email": "a@example.com"}, "secret": SECRET}, "user_id must not be empty"),
    ({"plugin_base_url": "https://s.example.com/rs/modern/js-integrations/"},
     "plugin_base_url is the folder holding modern/ and legacy/"),
    ({"plugin_base_url": "https://s.example.com/rs/legacy"}, "plugin_base_url is the folder holding"),
    ({"sdk_base_url": "https://cdn.example.com/v3/modern/rsa.min.js"}, "sdk_base_url is the folder holding"),
    ({"load_options": {"destSDKBaseURL": "https://x.example.com"}}, "destSDKBaseURL is made from plugin_base_url"),
    ({"options": {"loadMessengr": "now"}}, r"^options: unknown key 'loadMessengr' \(known: appId, apiServer, "),
    ({"options": {"apiKey": "sk_live_123"}}, "^options: apiKey is a server secret and never belongs on a page$"),
    ({"options": {"bootAnonymousVisitors": "false"}}, "^options: bootAnonymousVisitors must be true or false$"),
    ({"options": {"horizontalPadding": 19}}, "^options: horizontalPadding must be an integer ≥ 20$"),
    ({"options": {"metadataKeyLimit": 21}}, "^options: metadataKeyLimit must be an integer ≥ 1 ≤ 20$"),
    ({"options": {"zIndex": True}}, "^options: zIndex must be an integer ≥ 0$"),
    ({"options": {"themeMode": "Dark"}}, "^options: themeMode must be one of light, dark, system$"),
    ({"options": {"apiServer": "mars"}}, "^options: apiServer must be one of standard, us, eu, au$"),
    ({"options": {"actionColor": "red;}"}}, "^options: actionColor must be a color: a string matching"),
    ({"options": {"appId": "not an id"}}, "^options: appId must be a string matching"),
    ({"options": {"alignment": "left"}, "load_options": {"integrations": {"Intercom": {}}}},
     "give the Intercom options once"),
])
def test_snippet_refuses_unusable_input(change: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        snippet(**{**BASE, **change})
    assert "sk_live_123" not in str(error.value)


def test_valid_options_reach_the_load_call_beside_the_sites_integrations() -> None:
    options = {"appId": "abc123xy", "apiServer": "eu", "bootAnonymousVisitors": False, "horizontalPadding": 20,
               "metadataKeyLimit": 20, "actionColor": " #1F6FEB ", "alignment": "left", "themeMode": "dark"}
    data = script_data(snippet(**BASE, options=options, load_options={"integrations": {"All": False, "Hotjar": True},
                                                                      "logLevel": "WARN"}))
    assert data["loadOptions"] == {"logLevel": "WARN", "integrations": {"All": False, "Hotjar": True,
                                                                        "Intercom": options}}


def test_every_page_option_the_table_names_is_checked(project: Project) -> None:
    spec = project.spec()
    assert not widget_facts.update_options(spec, check=True), "page_options.json is stale: run `pybuild docs`"
    table = page_options.table()
    assert list(table) == [row["key"] for row in spec["config"]]
    for row in table.values():
        if "pattern" in row:
            re.compile(row["pattern"])  # the plugin's JS expressions hold in Python too


def test_cli_prints_the_anonymous_snippet_anywhere(tmp_path: Path) -> None:
    run = pybuild(tmp_path, "snippet", "--write-key", "WK<'", "--data-plane-url", "https://dp.example.com",
                  "--plugin-base-url", "https://static.example.com/rudderstack", "--option",
                  "bootAnonymousVisitors=false", "--option", "horizontalPadding=32", "--option", "themeMode=dark")
    assert run.returncode == 0, run.stderr
    data = script_data(run.stdout)
    assert data["writeKey"] == "WK<'" and data["pluginBaseUrl"] == "https://static.example.com/rudderstack"
    assert data["loadOptions"]["integrations"]["Intercom"] == {"bootAnonymousVisitors": False,
                                                               "horizontalPadding": 32, "themeMode": "dark"}
    assert "identify" in run.stdout and "intercomSettings" not in data


@pytest.mark.parametrize("args, message", [
    (["--data-plane-url", "ftp://dp"], "data_plane_url must be an http(s) URL"),
    (["--plugin-base-url", "https://x.example.com/modern/js-integrations"],
     "plugin_base_url is the folder holding modern/ and legacy/ of dist/ (the snippet picks the build per browser), "
     "not one build's folder or a file"),
    (["--option", "horizontalPadding=ten"], "options: horizontalPadding must be an integer ≥ 20"),
    (["--option", "bootAnonymousVisitors=no"], "options: bootAnonymousVisitors must be true or false"),
    (["--option", "colour=red"], "options: unknown key 'colour' (known: " + ", ".join(page_options.table()) + ")"),
    (["--option", "themeMode"], "options: write each option as key=value"),
])
def test_cli_reports_bad_input_in_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    base = {"--write-key": "WK", "--data-plane-url": "https://dp.example.com",
            "--plugin-base-url": "https://x.example.com/rs"}
    given = dict(zip(args[::2], args[1::2]))
    argv = [part for key, value in base.items() if key not in given for part in (key, value)] + args
    run = pybuild(tmp_path, "snippet", *argv)
    assert run.returncode == 1
    assert run.stderr == f"pybuild: error: {message}\n"


def test_demo_log_in_signs_a_token_the_demo_widget_can_check() -> None:
    status, answer = login.log_in(b"user_id=alice&email=alice%40example.com&name=Alice")
    assert status == 200 and answer["userId"] == "alice"
    assert answer["traits"] == {"email": "alice@example.com", "name": "Alice"}
    claims = jwt.decode(answer["intercom_user_jwt"], login.DEMO_SECRET, algorithms=["HS256"])
    assert claims["user_id"] == "alice" and claims["email"] == "alice@example.com"
    assert login.log_in(b"user_id=+&email=x%40example.com") == (400, {"error": "user_id must not be empty"})


def test_shipped_widget_facts_are_rendered_from_destination_toml(project: Project) -> None:
    spec = project.spec()
    assert not widget_facts.update(spec, check=True), "facts.json is stale: run `pybuild docs`"
    facts = json.loads(offline_widget.FACTS.read_text(encoding="utf-8"))
    callbacks, settings = facts["callbacks"], facts["settings"]
    assert callbacks == [row["callback"] for row in spec["messenger_event"]]
    assert set(settings) == {"app_id", "api_base", "installation_type",
                             *(row["setting"] for row in spec["config"] if "setting" in row)}


def test_a_new_messenger_callback_makes_the_facts_stale_and_check_writes_nothing(project: Project) -> None:
    spec = project.spec()
    before = offline_widget.FACTS.read_bytes()
    changed = {**spec, "messenger_event": [*spec["messenger_event"], {"callback": "onNewThing"}]}
    assert widget_facts.update(changed, check=True)
    assert '"onNewThing"' in widget_facts.facts(changed)
    assert offline_widget.FACTS.read_bytes() == before
    assert offline_widget.source().startswith(b"var __fakeIntercomFacts = " + before)


def test_the_site_owners_package_loads_neither_the_build_nor_the_demo() -> None:
    code = ("import pybuild.embed, pybuild.embed.fixture, pybuild.embed.pytest_plugin, sys; "
            "print(sorted(m for m in sys.modules if m.startswith('pybuild')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = ast.literal_eval(run.stdout)
    assert "pybuild.embed.fixture" in loaded
    assert [m for m in loaded if m not in ("pybuild", "pybuild.embed") and not m.startswith("pybuild.embed.")] == []


@pytest.mark.parametrize("doc, heading", [("README.md", "## Testing your site's Intercom calls"),
                                          ("docs/site-owners.md", "### A complete test")])
def test_the_documented_site_owner_test_is_one_the_suite_runs(project: Project, doc: str, heading: str) -> None:
    text = (project.root / doc).read_text(encoding="utf-8")
    section = text[text.index(heading):]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    suite = (project.root / "tests" / "e2e" / "embed" / "test_customer_signup.py").read_text(encoding="utf-8")
    test = example[example.index("def test_"):]
    assert test in suite, f"{doc}'s example must be a test of tests/e2e/embed/test_customer_signup.py, verbatim"
