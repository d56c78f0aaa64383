"""The HTML that loads RudderStack's v3 SDK on a site's pages, for every browser, with the self-hosted Intercom plugin
(docs/site-owners.md). Every value reaches the page escaped for its place."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from pybuild.embed.page_options import checked
from pybuild.embed.tokens import required, user_jwt

# RudderStack's CDN folder of the v3 SDK: <root>/modern/rsa.min.js and <root>/legacy/rsa.min.js, as its snippet loads.
DEFAULT_SDK_BASE_URL = "https://cdn.rudderlabs.com/v3"
# What RudderStack's snippet loads first in a browser without Promise or globalThis (it then mounts the SDK).
POLYFILL_URL = ("https://polyfill-fastly.io/v3/polyfill.min.js?version=3.111.0&features=Symbol%2CPromise"
                "&callback=rudderAnalyticsMount")
TEMPLATE = "snippet.html.j2"
# Built once: the customer site renders a snippet for every page. Its `tojson` filter writes ASCII-only JSON (so
# U+2028/2029 are escaped) with `<`, `>`, `&`, `'` escaped too: nothing in a value can end or confuse the <script>.
ENVIRONMENT = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
                                 undefined=jinja2.StrictUndefined)
# A URL that names one build's folder, or a file, where the root of both builds belongs.
NOT_A_ROOT = re.compile(r"/(modern|legacy)(/js-integrations)?$|\.js$")


def http_url(name: str, value: str) -> str:
    url = required(name, value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{name} must be an http(s) URL")
    return url


def root_url(name: str, value: str, holds: str) -> str:
    """A folder URL without its trailing slashes, refused when it names one build's folder or a file instead."""
    url = http_url(name, value).rstrip("/")
    if NOT_A_ROOT.search(urlsplit(url).path):
        raise ValueError(f"{name} is the folder holding {holds} (the snippet picks the build per browser), "
                         f"not one build's folder or a file")
    return url


def page_load_options(load_options: dict[str, Any] | None, options: dict[str, Any] | None) -> dict[str, Any]:
    """`load_options` with the plugin's page options as `integrations: {All: true, Intercom: {...}}`."""
    merged = dict(load_options or {})
    if "destSDKBaseURL" in merged:
        raise ValueError("load_options: destSDKBaseURL is made from plugin_base_url and the browser's build")
    if options:
        integrations = dict(merged.get("integrations") or {"All": True})
        if "Intercom" in integrations:
            raise ValueError("load_options: give the Intercom options once, as options=")
        merged["integrations"] = {**integrations, "Intercom": checked(options)}
    return merged


def snippet(write_key: str, data_plane_url: str, *, plugin_base_url: str,
            sdk_base_url: str = DEFAULT_SDK_BASE_URL, user: dict[str, Any] | None = None,
            secret: str | bytes | None = None, options: dict[str, Any] | None = None,
            load_options: dict[str, Any] | None = None) -> str:
    """RudderStack's v3 loading snippet: the modern SDK build where the browser runs it, else the legacy one
    (`<sdk_base_url>/<build>/rsa.min.js`), with `destSDKBaseURL` at the same build of your self-hosted plugin
    (`<plugin_base_url>/<build>/js-integrations`: plugin_base_url is the folder holding your copy of dist/'s modern/
    and legacy/), and a page view. `options` are the plugin's page options (checked against its config table).
    With a logged-in `user` ({"id": …, **traits}) it also identifies them and hands Intercom an
    `intercom_user_jwt` signed with `secret` through `window.intercomSettings`, never through the identify call
    (whose options the SDK sends to the data plane). `load_options` are passed on to `load`."""
    page: dict[str, Any] = {
        "writeKey": required("write_key", write_key),
        "dataPlaneUrl": http_url("data_plane_url", data_plane_url),
        "sdkBaseUrl": root_url("sdk_base_url", sdk_base_url, "modern/rsa.min.js and legacy/rsa.min.js"),
        "pluginBaseUrl": root_url("plugin_base_url", plugin_base_url, "modern/ and legacy/ of dist/"),
        "polyfillUrl": POLYFILL_URL,
        "loadOptions": page_load_options(load_options, options),
    }
    if user is not None:
        if secret is None:
            raise ValueError("a user needs the secret that signs their intercom_user_jwt")
        traits = {k: v for k, v in user.items() if k != "id"}
        token = user_jwt(secret, user.get("id"), email=traits.get("email"))
        page["user"] = {"id": str(user["id"]), "traits": traits}
        page["intercomSettings"] = {"intercom_user_jwt": token}
    return ENVIRONMENT.get_template(TEMPLATE).render(page=page)
