"""The HTML that loads RudderStack's v3 SDK with the self-hosted plugin on a site's pages (README "Securing the
Messenger"). Every value reaches the page escaped for its place."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from pybuild.embed.tokens import required, user_jwt

# The v3 SDK file the tests load from node_modules (@rudderstack/analytics-js, pinned in package.json), from a CDN.
DEFAULT_SDK_URL = "https://cdn.jsdelivr.net/npm/@rudderstack/analytics-js@3.34.1/dist/npm/modern/bundled/umd/index.js"
TEMPLATE = "snippet.html.j2"
# Built once: the customer site renders a snippet for every page. Its `tojson` filter writes ASCII-only JSON (so
# U+2028/2029 are escaped) with `<`, `>`, `&`, `'` escaped too: nothing in a value can end or confuse the <script>.
ENVIRONMENT = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
                                 undefined=jinja2.StrictUndefined)


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
