"""The demo server: pages, the real RudderStack SDKs from node_modules, a /sourceConfig, a data-plane sink
and the built bundle as destSDKBaseURL. Loopback only; one instance's state lives on the server object."""
from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
import binascii
import json
import mimetypes
import threading
from collections.abc import Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jinja2

from pybuild import demo_login
from pybuild.demo_page import page_context
from pybuild.fake_widget import WIDGET
from pybuild.project import BuildError, Project

SDK_FILES = {
    "v3-modern": "@rudderstack/analytics-js/dist/npm/modern/bundled/umd/index.js",
    "v3-legacy": "@rudderstack/analytics-js/dist/npm/legacy/bundled/umd/index.js",
    "v1.1": "rudder-sdk-js/dist/npm/index.js",
}
DEFAULT_APP_ID = "abc123xy"
DESTINATION_ID = "dest1"
STRICT_CSP = "script-src 'self' https://widget.intercom.io https://js.intercomcdn.com; object-src 'none'"


def device_destination(dest_id: str, name: str, display_name: str, config: dict[str, Any]) -> dict[str, Any]:
    """One device-mode destination of a source config."""
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


# A second device-mode destination for tests that show one destination's trouble leaves the others alone. The SDK
# only loads destinations it knows by name, so the stand-in borrows Hotjar's; `/cdn/` serves it from
# demo_site/fake-destinations/ (it records what it receives in window.__otherCalls).
OTHER_DESTINATION = device_destination("dest2", "HOTJAR", "Hotjar", {"siteID": "1"})


def source_config(destination_config: dict[str, Any],
                  extra_destinations: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """The source config of CONTRACT.md with one Intercom device-mode destination (and any extra ones)."""
    return {
        "isHosted": True,
        "source": {
            "id": "src1",
            "name": "demo web",
            "writeKey": "WK",
            "enabled": True,
            "workspaceId": "ws1",
            "config": {"statsCollection": {"errors": {"enabled": False}, "metrics": {"enabled": False}}},
            "destinations": [device_destination(DESTINATION_ID, "INTERCOM", "Intercom", destination_config),
                             *extra_destinations],
        },
    }


def decode_config(token: str) -> dict[str, Any]:
    """Destination config carried in the configUrl path as base64url JSON (so every page can pick its own)."""
    try:
        value = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError) as err:
        raise ValueError(f"bad config token: {err}") from err
    if not isinstance(value, dict):
        raise ValueError("config token must encode a JSON object")
    return value


class DemoServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], project: Project, dist: Path, app_id: str, real_widget: bool):
        super().__init__(address, DemoHandler)
        self.project = project
        self.dist = dist
        self.app_id = app_id
        self.real_widget = real_widget
        self.received: dict[str, list[Any]] = {}
        self.sources: dict[str, dict[str, Any]] = {}  # source configs registered by tests, by token
        self.lock = threading.Lock()
        self.pages = jinja2.Environment(
            loader=jinja2.FileSystemLoader(project.demo / "templates"), autoescape=True,
            undefined=jinja2.StrictUndefined)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def record(self, key: str, payload: Any) -> None:
        events = payload.get("batch") if isinstance(payload, dict) and isinstance(payload.get("batch"), list) else [payload]
        with self.lock:
            self.received.setdefault(key, []).extend(events)

    def events(self, key: str) -> list[Any]:
        with self.lock:
            return list(self.received.get(key, []))

    def add_source(self, destination_config: dict[str, Any],
                   extra_destinations: Sequence[dict[str, Any]] = ()) -> str:
        """Registers a whole source config and returns its token for the harness's `source` query: the config
        (secrets included) then travels in no URL, as with the real control plane."""
        with self.lock:
            token = f"~{len(self.sources)}"
            self.sources[token] = source_config(destination_config, extra_destinations)
        return token


class DemoHandler(BaseHTTPRequestHandler):
    server: DemoServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and the demo print their own
        pass

    def send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, value: Any, status: int = 200) -> None:
        self.send(status, json.dumps(value).encode(), "application/json")

    def send_file(self, path: Path, root: Path) -> None:
        try:
            resolved = path.resolve()
            resolved.relative_to(root.resolve())
            body = resolved.read_bytes()
        except (ValueError, OSError):
            return self.send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
        ctype = mimetypes.guess_type(resolved.name)[0] or "application/octet-stream"
        if resolved.suffix in (".js", ".mjs"):
            ctype = "application/javascript"
        self.send(200, body, ctype)

    def do_OPTIONS(self) -> None:
        self.send(204, b"", "text/plain", {"Access-Control-Allow-Origin": "*",
                                            "Access-Control-Allow-Headers": "*",
                                            "Access-Control-Allow-Methods": "GET, POST, OPTIONS"})

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        path, query = url.path, parse_qs(url.query)
        server = self.server
        if path == "/favicon.ico":
            return self.send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
        if path in ("/", "/index.html"):
            return self.render_demo(query)
        if path == "/harness.html":
            headers = {"Content-Security-Policy": STRICT_CSP} if query.get("csp") == ["strict"] else None
            site = query.get("site", [""])[0]
            return self.render("harness.html.j2", headers, site_snippet_first=site == "before")
        if path.startswith("/sdk/") and path.endswith(".js") and path[5:-3] in SDK_FILES:
            return self.send_file(server.project.node_modules / SDK_FILES[path[5:-3]], server.project.node_modules)
        if path.startswith("/cdn/"):
            fake = server.project.demo / "fake-destinations" / Path(path).name
            if not (server.dist / path[5:]).is_file() and fake.is_file():
                return self.send_file(fake, server.project.demo)
            return self.send_file(server.dist / path[5:], server.dist)
        if path.rstrip("/").endswith("/sourceConfig"):
            return self.source_config(path)
        if path.startswith("/dataplane/"):
            return self.send_json(server.events(path[len("/dataplane/"):]))
        if path == "/fake-intercom/widget.js":
            return self.send_file(WIDGET, WIDGET.parent)
        if path == demo_login.SECRET_PATH and not server.real_widget:
            return self.send(200, demo_login.DEMO_SECRET.encode(), "text/plain")
        return self.send_file(server.project.demo / path.lstrip("/"), server.project.demo)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if path == "/login":
            status, answer = demo_login.log_in(body)
            return self.send_json(answer, status)
        if not path.startswith("/dp/"):
            return self.send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
        key = path.split("/")[2]
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            return self.send(HTTPStatus.BAD_REQUEST, b"bad json", "text/plain")
        self.server.record(key, payload)
        self.send(200, b"OK", "text/plain")

    def source_config(self, path: str) -> None:
        parts = [p for p in path.split("/") if p]
        overrides: dict[str, Any] = {}
        if len(parts) == 3 and parts[0] == "config" and parts[1] in self.server.sources:
            return self.send_json(self.server.sources[parts[1]])
        if len(parts) == 3 and parts[0] == "config":
            try:
                overrides = decode_config(parts[1])
            except ValueError as err:
                return self.send(HTTPStatus.BAD_REQUEST, str(err).encode(), "text/plain")
        self.send_json(source_config({"appId": self.server.app_id, **overrides}))

    def render_demo(self, query: dict[str, list[str]]) -> None:
        """The demo page, with the SDK build and plugin config a person picked (kept in the query string)."""
        server = self.server
        context = page_context(server.project.spec(), server.dist, query, list(SDK_FILES), server.app_id,
                               server.real_widget)
        page = server.pages.get_template("index.html.j2").render(context)
        # Offline, the page runs under a strict script policy (no inline scripts); Intercom's real widget needs more.
        headers = None if server.real_widget else {"Content-Security-Policy": STRICT_CSP}
        self.send(200, page.encode(), "text/html; charset=utf-8", headers)

    def render(self, name: str, headers: dict[str, str] | None = None, **variant: Any) -> None:
        server = self.server
        page = server.pages.get_template(name).render(
            app_id=server.app_id, real_widget=server.real_widget, sdk_builds=list(SDK_FILES), **variant)
        self.send(200, page.encode(), "text/html; charset=utf-8", headers)


def make_server(project: Project, dist: Path, host: str = "127.0.0.1", port: int = 8000,
                app_id: str = DEFAULT_APP_ID, real_widget: bool = False) -> DemoServer:
    if not (dist / "modern" / "js-integrations" / "INTERCOM.min.js").is_file():
        raise BuildError(f"no bundle in {dist}: run `pybuild build` (or `make build`) first")
    if not (project.node_modules / SDK_FILES["v3-modern"]).is_file():
        raise BuildError("the RudderStack SDKs are not in node_modules: run `npm ci` (or `make setup`)")
    try:
        return DemoServer((host, port), project, dist, app_id, real_widget)
    except OSError as err:
        raise BuildError(f"cannot listen on {host}:{port}: {err.strerror}") from err


@contextmanager
def running(project: Project, dist: Path, **options: Any) -> Iterator[DemoServer]:
    """The demo server in a background thread (tests, bench), on a free loopback port unless told otherwise."""
    server = make_server(project, dist, **{"port": 0, **options})
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def serve_forever(project: Project, dist: Path, **options: Any) -> None:
    server = make_server(project, dist, **options)
    print(f"demo: {server.url}/  (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
