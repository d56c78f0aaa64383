"""pybuild.embed (README "Securing the Messenger"), the demo's log-in, and the offline widget rendered from
destination.toml (README "Testing your site's Intercom calls")."""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import jwt
import pytest

from pybuild.demo import login
from pybuild.embed import offline_widget
from pybuild.build import widget_facts
from pybuild.demo.server import SDK_FILES
from pybuild.embed import DEFAULT_SDK_URL, snippet, user_hash, user_jwt
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


def test_snippet_escapes_every_value_for_its_place() -> None:
    html = snippet("WK" + HOSTILE, "https://dp.example.com", plugin_base_url="https://cdn.example.com/modern/js-integrations",
                   sdk_url='https://cdn.example.com/sdk.js?a="><script>alert(2)</script>',
                   user={"id": "u" + HOSTILE, "email": "ada@example.com", HOSTILE: HOSTILE}, secret=SECRET)
    script = html[html.index("<script>"):]
    assert script.count("</script") == 1 and "<!--" not in script
    assert not set("<>&'\u2028\u2029") & set(script_argument(html))
    assert 'src="https://cdn.example.com/sdk.js?a=&#34;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"' in html
    data = script_data(html)
    assert data["writeKey"] == "WK" + HOSTILE
    assert data["user"]["id"] == "u" + HOSTILE and data["user"]["traits"] == {"email": "ada@example.com", HOSTILE: HOSTILE}
    assert data["loadOptions"] == {"destSDKBaseURL": "https://cdn.example.com/modern/js-integrations"}
    token = data["user"]["options"]["Intercom"]["intercom_user_jwt"]
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["user_id"] == "u" + HOSTILE
    assert SECRET not in html


def test_anonymous_snippet_identifies_nobody() -> None:
    html = snippet("WK", "https://dp.example.com", plugin_base_url="https://cdn.example.com/js")
    assert "user" not in script_data(html) and "jsdelivr.net/npm/@rudderstack/analytics-js@" in html


@pytest.mark.parametrize("change, message", [
    ({"user": {"id": "u1"}}, "a user needs the secret"),
    ({"plugin_base_url": "javascript:alert(1)"}, "plugin_base_url must be an http"),
    ({"sdk_url": "//cdn.example.com/sdk.js"}, "sdk_url must be an http"),
    ({"user": {"email": "a@example.com"}, "secret": SECRET}, "user_id must not be empty"),
])
def test_snippet_refuses_unusable_input(change: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        snippet(**{"write_key": "WK", "data_plane_url": "https://dp.example.com",
                   "plugin_base_url": "https://cdn.example.com/js", **change})


def test_cli_prints_the_anonymous_snippet_anywhere(tmp_path: Path) -> None:
    run = pybuild(tmp_path, "snippet", "--write-key", "WK<'", "--data-plane-url", "https://dp.example.com",
                  "--plugin-base-url", "https://static.example.com/modern/js-integrations")
    assert run.returncode == 0, run.stderr
    assert script_data(run.stdout)["writeKey"] == "WK<'" and "identify" in run.stdout


def test_cli_reports_a_bad_url_in_one_line(tmp_path: Path) -> None:
    run = pybuild(tmp_path, "snippet", "--write-key", "WK", "--data-plane-url", "ftp://dp", "--plugin-base-url",
                  "https://x.example.com")
    assert run.returncode == 1
    assert run.stderr == "pybuild: error: data_plane_url must be an http(s) URL\n"


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


def test_the_default_sdk_url_is_the_sdk_file_the_tests_load_at_the_pinned_version(project: Project) -> None:
    pinned = json.loads((project.root / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    package, _, path = SDK_FILES["v3-modern"].partition("/dist/")
    assert DEFAULT_SDK_URL.endswith(f"/{package}@{pinned[package]}/dist/{path}"), (
        "pybuild/embed/__init__.py's DEFAULT_SDK_URL must follow the SDK version pinned in package.json")
