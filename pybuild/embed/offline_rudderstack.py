"""The offline RudderStack for a site's own tests (docs/site-owners.md, "Testing your site's Intercom calls"): what a
page that loads RudderStack as in production asks RudderStack for, answered without a network. This module is pure
(a request in, an answer out); pybuild/embed/rudderstack_record.py routes a browser context through it.

It answers
- RudderStack's CDN SDK files (v3 `…/v3/{modern,legacy}/rsa.min.js`, v1.1 `…/v1.1/rudder-analytics.min.js`) with the
  SDKs' npm UMD builds as published (bundled: their plugins are built in), run inside cdn.js, which makes each behave
  as the CDN file does for RudderStack's loading snippet (it takes the calls the snippet queued);
- the Intercom integration at the SDKs' default destSDKBaseURLs with this project's INTERCOM.min.js of that build;
- the control plane's `/sourceConfig` with a hosted-shape source config holding one Intercom device-mode destination;
- the data plane (`…/v1/batch`, `…/v1/<type>`, on any host) with 200;
- anything else on RudderStack's CDN or control-plane host with 404, so nothing reaches RudderStack.
The shipped files live in rudderstack_cdn/; `pybuild docs` copies them from node_modules and dist/ (committed, since
a site owner installs this package without either) and `pybuild docs --check` fails when one is stale."""
from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FOLDER = Path(__file__).parent / "rudderstack_cdn"
WRAPPER = FOLDER / "cdn.js"
WRAPPED_MARK = "/* the npm build */"  # the line of cdn.js the npm build replaces
CDN = "https://cdn.rudderlabs.com"
CONTROL_PLANE = "https://api.rudderstack.com"  # the default configUrl of both v3 and v1.1
OWNED_HOSTS = frozenset({urlsplit(CDN).hostname, urlsplit(CONTROL_PLANE).hostname})
DEFAULT_APP_ID = "abc123xy"
DESTINATION_ID = "dest1"
DATA_PLANE_TYPES = ("track", "identify", "page", "group", "alias", "screen")


@dataclass(frozen=True)
class NpmFile:
    """An SDK build shipped in rudderstack_cdn/: `path` inside the npm `package`, copied to `shipped`."""
    package: str
    path: str
    shipped: str

    @property
    def license(self) -> str:
        """The package's license file, shipped beside the build."""
        return str(Path(self.shipped).parent / "LICENSE")


SDKS = {
    "v3-modern": NpmFile("@rudderstack/analytics-js", "dist/npm/modern/bundled/umd/index.js", "analytics-js/modern.js"),
    "v3-legacy": NpmFile("@rudderstack/analytics-js", "dist/npm/legacy/bundled/umd/index.js", "analytics-js/legacy.js"),
    "v1.1": NpmFile("rudder-sdk-js", "dist/npm/index.js", "rudder-sdk-js/index.js"),
}
# This project's INTERCOM.min.js of each build (dist/<build>/js-integrations/), shipped here.
PLUGINS = {build: f"intercom/{build}/INTERCOM.min.js" for build in ("modern", "legacy")}
SOURCES = "sources.json"  # the npm versions the shipped SDKs come from

VERSION = r"(v3|\d+\.\d+\.\d+)"  # the CDN's v3/ folder, or a locked version (the npm builds ask for 3.34.1/)
SDK_URLS = [
    (re.compile(rf"/{VERSION}/(?P<build>modern|legacy)/rsa(\.min)?\.js"), "v3-{build}"),
    (re.compile(r"/v1\.1/rudder-analytics(\.min)?\.js"), "v1.1"),
]
PLUGIN_URLS = [
    re.compile(rf"/{VERSION}/(?P<build>modern|legacy)/js-integrations/INTERCOM\.min\.js"),
    re.compile(r"/v1\.1/((?P<build>modern)/)?js-integrations/INTERCOM\.min\.js"),  # v1.1's plain folder: legacy
]
DATA_PLANE_PATH = re.compile(rf"(.*/)?v1/({'|'.join(('batch', *DATA_PLANE_TYPES))})")


def device_destination(dest_id: str, name: str, display_name: str, config: dict[str, Any]) -> dict[str, Any]:
    """One device-mode destination of a source config, its event filtering off."""
    return {
        "id": dest_id,
        "name": f"{display_name} web",
        "enabled": True,
        "deleted": False,
        "config": {"eventFilteringOption": "disable", "blacklistedEvents": [], "whitelistedEvents": [], **config},
        "destinationDefinition": {"name": name, "displayName": display_name},
        "shouldApplyDeviceModeTransformation": False,
        "propagateEventsUntransformedOnError": False,
    }


def source_config(destination_config: dict[str, Any], extra_destinations: Sequence[dict[str, Any]] = (),
                  write_key: str = "WK") -> dict[str, Any]:
    """A source config (docs/sdk-contract.md) with one Intercom device-mode destination (and any extra ones). With
    `{"appId": …}` alone it has the hosted control plane's shape: appId and the event-filtering keys, nothing else."""
    return {
        "isHosted": True,
        "source": {
            "id": "src1",
            "name": "web",
            "writeKey": write_key,
            "enabled": True,
            "workspaceId": "ws1",
            "config": {"statsCollection": {"errors": {"enabled": False}, "metrics": {"enabled": False}}},
            "destinations": [device_destination(DESTINATION_ID, "INTERCOM", "Intercom", destination_config),
                             *extra_destinations],
        },
    }


def wrapped(npm_build: bytes, wrapper: bytes) -> bytes:
    """The npm UMD build inside cdn.js, in place of its mark line."""
    head, mark, tail = wrapper.partition(WRAPPED_MARK.encode())
    if not mark:
        raise ValueError(f"{WRAPPER.name} lacks its mark {WRAPPED_MARK!r}")
    return head + b"\n" + npm_build + b"\n" + tail


def write_key_of(url: str, headers: dict[str, str]) -> str:
    """The write key a /sourceConfig request carries: in the query (v3, v1.1), else as HTTP Basic user (v1.1)."""
    in_query = parse_qs(urlsplit(url).query).get("writeKey", [""])[-1]
    if in_query:
        return in_query
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return ""
    try:
        return base64.b64decode(token).decode("utf-8", "replace").partition(":")[0]
    except (binascii.Error, ValueError):
        return ""


def events_in(body: bytes | None) -> list[dict[str, Any]]:
    """The events of one data-plane request body: a batch's `batch` list, or the one event."""
    try:
        payload = json.loads(body or b"null")
    except ValueError:
        return []
    return [event for event in batch_events(payload) if isinstance(event, dict)]


def batch_events(payload: Any) -> list[Any]:
    """A data-plane payload's events: a batch's `batch` list, else the payload itself."""
    batch = payload.get("batch") if isinstance(payload, dict) else None
    return batch if isinstance(batch, list) else [payload]


def cors(headers: dict[str, str]) -> dict[str, str]:
    """What lets the page's script read a cross-origin answer (the SDKs send credentials to the data plane)."""
    origin = headers.get("origin")
    return {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true"} if origin else {
        "Access-Control-Allow-Origin": "*"}


@dataclass(frozen=True)
class Answer:
    """What the offline RudderStack answers one request with. `kind`: sdk, plugin, config, data-plane, preflight or
    refused (RudderStack's host, nothing of ours there)."""
    kind: str
    status: int
    body: bytes = b""
    content_type: str = "text/plain"
    headers: dict[str, str] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class OfflineRudderStack:
    """Answers RudderStack's requests for one test; `app_id` is the Intercom App ID of the source config."""
    app_id: str = DEFAULT_APP_ID
    folder: Path = FOLDER
    files: dict[str, bytes] = field(default_factory=dict)  # read once per instance

    def shipped(self, name: str) -> bytes:
        if name not in self.files:
            path = self.folder / name
            if not path.is_file():
                raise FileNotFoundError(f"{path} is missing: this install of pybuild lacks the offline RudderStack")
            self.files[name] = path.read_bytes()
        return self.files[name]

    def sdk(self, build: str) -> bytes:
        return wrapped(self.shipped(SDKS[build].shipped), self.shipped(WRAPPER.name))

    def answer(self, method: str, url: str, headers: dict[str, str], body: bytes | None = None) -> Answer | None:
        """The answer to a request, or None when it is not RudderStack's (the test's other routes decide)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return None
        if DATA_PLANE_PATH.fullmatch(parts.path):
            if method == "OPTIONS":
                requested = headers.get("access-control-request-headers", "content-type")
                return Answer("preflight", 204, headers={**cors(headers), "Access-Control-Allow-Headers": requested,
                                                         "Access-Control-Allow-Methods": "POST, OPTIONS"})
            return Answer("data-plane", 200, b"OK", headers=cors(headers), events=events_in(body))
        if parts.hostname not in OWNED_HOSTS or parts.scheme != "https":
            return None
        origin = f"https://{parts.hostname}"
        if origin == CDN:
            for pattern, build in SDK_URLS:
                match = pattern.fullmatch(parts.path)
                if match:
                    return Answer("sdk", 200, self.sdk(build.format(**match.groupdict())), "application/javascript")
            for pattern in PLUGIN_URLS:
                match = pattern.fullmatch(parts.path)
                if match:
                    plugin = self.shipped(PLUGINS[match["build"] or "legacy"])
                    return Answer("plugin", 200, plugin, "application/javascript")
        elif re.fullmatch(r"/sourceConfig/?", parts.path):
            write_key = write_key_of(url, headers)
            if not write_key:
                return Answer("refused", 400, b"no writeKey", headers=cors(headers))
            config = source_config({"appId": self.app_id}, write_key=write_key)
            return Answer("config", 200, json.dumps(config).encode(), "application/json", cors(headers))
        return Answer("refused", 404, b"not served offline", headers=cors(headers))
