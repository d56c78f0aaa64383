"""For sites that embed the plugin (README "Securing the Messenger"): Intercom identity-verification tokens signed
on the site's own server, and the HTML snippet that loads the v3 SDK with the self-hosted plugin and identifies
the logged-in person with such a token. The secrets never appear in any output, error or log."""
from __future__ import annotations

import hashlib
import hmac
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import jwt

# The v3 SDK file the tests load from node_modules (@rudderstack/analytics-js, pinned in package.json), from a CDN.
DEFAULT_SDK_URL = "https://cdn.jsdelivr.net/npm/@rudderstack/analytics-js@3.34.1/dist/npm/modern/bundled/umd/index.js"
TEMPLATE = "embed_snippet.html.j2"
# Built once: the customer site renders a snippet for every page. Its `tojson` filter writes ASCII-only JSON (so
# U+2028/2029 are escaped) with `<`, `>`, `&`, `'` escaped too: nothing in a value can end or confuse the <script>.
ENVIRONMENT = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
                                 undefined=jinja2.StrictUndefined)


def required(name: str, value: Any) -> str:
    """A non-empty value as text; the ValueError names the argument, never its value (it may be a secret)."""
    text = "" if value is None else str(value)
    if not text.strip():
        raise ValueError(f"{name} must not be empty")
    return text


def secret_key(secret: str | bytes | None) -> bytes:
    if isinstance(secret, bytes):
        if not secret.strip():
            raise ValueError("secret must not be empty")
        return secret
    return required("secret", secret).encode()


def user_hash(secret: str | bytes, user_id: str | int) -> str:
    """Intercom's `user_hash`: hex HMAC-SHA256 of the user id with the workspace's identity-verification secret."""
    key = secret_key(secret)
    return hmac.new(key, required("user_id", user_id).encode(), hashlib.sha256).hexdigest()


def user_jwt(secret: str | bytes, user_id: str | int, *, email: str | None = None, expires_in: int = 3600,
             now: float | None = None, **signed_attributes: Any) -> str:
    """Intercom's `intercom_user_jwt`: HS256 with the Messenger API secret, carrying `user_id`, `email` (if given),
    any other attributes Intercom should trust, and `exp` (`expires_in` seconds after `now`, default the clock)."""
    key = secret_key(secret)
    if not isinstance(expires_in, int) or expires_in <= 0:
        raise ValueError("expires_in must be a positive number of seconds")
    claims = {**signed_attributes, "user_id": required("user_id", user_id)}
    if email is not None:
        claims["email"] = required("email", email)
    claims["exp"] = int(time.time() if now is None else now) + expires_in
    return jwt.encode(claims, key, algorithm="HS256")


def http_url(name: str, value: str) -> str:
    url = required(name, value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{name} must be an http(s) URL")
    return url


def snippet(write_key: str, data_plane_url: str, *, plugin_base_url: str, sdk_url: str = DEFAULT_SDK_URL,
            user: dict[str, Any] | None = None, secret: str | bytes | None = None,
            load_options: dict[str, Any] | None = None) -> str:
    """The HTML that loads the v3 SDK with `destSDKBaseURL` at the self-hosted plugin (`…/modern/js-integrations`)
    and sends a page view. With a logged-in `user` ({"id": …, **traits}) it also identifies them, with an
    `intercom_user_jwt` signed with `secret` (a user without a secret is refused: Intercom would reject them).
    `load_options` are passed on to `load` (for example a `configUrl`)."""
    page: dict[str, Any] = {
        "writeKey": required("write_key", write_key),
        "dataPlaneUrl": http_url("data_plane_url", data_plane_url),
        "loadOptions": {**(load_options or {}), "destSDKBaseURL": http_url("plugin_base_url", plugin_base_url)},
    }
    if user is not None:
        if secret is None:
            raise ValueError("a user needs the secret that signs their intercom_user_jwt")
        traits = {k: v for k, v in user.items() if k != "id"}
        token = user_jwt(secret, user.get("id"), email=traits.get("email"))
        page["user"] = {"id": str(user["id"]), "traits": traits, "options": {"Intercom": {"intercom_user_jwt": token}}}
    return ENVIRONMENT.get_template(TEMPLATE).render(sdk_url=http_url("sdk_url", sdk_url), page=page)
