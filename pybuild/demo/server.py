"""The demo server: pages, the real RudderStack SDKs from node_modules, a /sourceConfig, a data-plane sink
and the built bundle as destSDKBaseURL. Loopback only; one instance's state lives on the server object.
What only tests need (registered source configs, a second destination, page variants) is in pybuild/demo/harness.py."""
from __future__ import annotations

import base64
import binascii
import json
import mimetypes
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import jinja2

from pybuild.build.bundle import browser_file
from pybuild.demo import login
from pybuild.demo.page import page_context
from pybuild.embed import offline_widget
from pybuild.embed.offline_rudderstack import DEFAULT_APP_ID, SDKS, batch_events, source_config
from pybuild.build.project import BuildError, Project

SDK_FILES = {build: f"{sdk.package}/{sdk.path}" for build, sdk in SDKS.items()}  # below node_modules/
# The hosts that are this machine: tests and the bench let a browser reach only these (and data:/blob: URLs).
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
STRICT_CSP = "script-src 'self' https://widget.intercom.io https://js.intercomcdn.com; object-src 'none'"


def stays_on_machine(url: str) -> bool:
    """Whether a browser request goes nowhere but this machine (a loopback host, or a data: or blob: URL)."""
    return url.startswith(("data:", "blob:")) or (urlsplit(url).hostname or "") in LOOPBACK


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

    def __init__(self, address: tuple[str, int], project: Project, dist: Path, app_id: str, real_widget: bool,
                 handler: type["DemoHandler"] | None = None):
        super().__init__(address, handler or DemoHandler)
        self.project = project
        self.dist = dist
        self.app_id = app_id
        self.real_widget = real_widget
        self.received: dict[str, list[Any]] = {}
        self.lock = threading.Lock()
        self.pages = jinja2.Environment(
            loader=jinja2.FileSystemLoader(project.demo / "templates"), autoescape=True,
            undefined=jinja2.StrictUndefined)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser that went away before its answer was written (a page closed while the bench's slow image
        # waited) is not the server's error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def record(self, key: str, payload: Any) -> None:
        with self.lock:
            self.received.setdefault(key, []).extend(batch_events(payload))

    def events(self, key: str) -> list[Any]:
        with self.lock:
            return list(self.received.get(key, []))


Query = dict[str, list[str]]


class DemoHandler(BaseHTTPRequestHandler):
    """Answers each request with the method of the first route whose pattern matches the whole path. A route is
    one line: (path pattern, method name); the method gets the match and the query. Subclasses put theirs first."""
    server: DemoServer
    GET_ROUTES: list[tuple[str, str]] = [
        (r"/favicon\.ico", "no_icon"),
        (r"/(index\.html)?", "demo_page"),
        (r"/harness\.html", "harness_page"),
        (r"/sdk/(?P<build>[\w.-]+)\.js", "sdk_file"),
        (r"/cdn/(?P<file>.+)", "cdn_file"),
        (r".*/sourceConfig/?", "source_config"),
        (r"/dataplane/(?P<key>.+)", "dataplane_events"),
        (r"/fake-intercom/widget\.js", "offline_widget"),
        (re.escape(offline_widget.SECRET_PATH), "demo_secret"),
        (r"/.*", "demo_file"),
    ]
    POST_ROUTES: list[tuple[str, str]] = [
        (r"/dp/(?P<key>[^/]+)(/.*)?", "record_events"),
        (r"/login", "log_in"),
    ]

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and the demo print their own
        pass

    def dispatch(self, routes: list[tuple[str, str]]) -> None:
        url = urlsplit(self.path)
        for pattern, name in routes:
            match = re.fullmatch(pattern, url.path)
            if match:
                return getattr(self, name)(match, parse_qs(url.query))
        self.send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")

    def do_GET(self) -> None:
        self.dispatch(self.GET_ROUTES)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        self.dispatch(self.POST_ROUTES)

    def do_OPTIONS(self) -> None:
        self.send(204, b"", "text/plain", {"Access-Control-Allow-Origin": "*",
                                            "Access-Control-Allow-Headers": "*",
                                            "Access-Control-Allow-Methods": "GET, POST, OPTIONS"})

    # ------------------------------------------------------------------------------------------------ answers

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

    def render(self, name: str, headers: dict[str, str] | None = None, **variant: Any) -> None:
        server = self.server
        self.send_html(server.pages.get_template(name).render(
            app_id=server.app_id, real_widget=server.real_widget, sdk_builds=list(SDK_FILES), **variant), headers)

    def send_html(self, page: str, headers: dict[str, str] | None = None) -> None:
        self.send(200, page.encode(), "text/html; charset=utf-8", headers)

    def read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    # ------------------------------------------------------------------------------------------------- routes

    def no_icon(self, match: re.Match[str], query: Query) -> None:
        self.send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")

    def demo_page(self, match: re.Match[str], query: Query) -> None:
        """The demo page, with the SDK build and plugin config a person picked (kept in the query string)."""
        server = self.server
        context = page_context(server.project.spec(), server.dist, query, list(SDK_FILES), server.app_id,
                               server.real_widget)
        # Offline, the page runs under a strict script policy (no inline scripts); Intercom's real widget needs more.
        headers = None if server.real_widget else {"Content-Security-Policy": STRICT_CSP}
        self.send_html(server.pages.get_template("index.html.j2").render(context), headers)

    def harness_page(self, match: re.Match[str], query: Query) -> None:
        """The bare page that runs one SDK build with the plugin (the bench's and the tests' page)."""
        self.render("harness.html.j2", site_snippet_first=False)

    def sdk_file(self, match: re.Match[str], query: Query) -> None:
        if match["build"] not in SDK_FILES:
            return self.send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
        modules = self.server.project.node_modules
        self.send_file(modules / SDK_FILES[match["build"]], modules)

    def cdn_file(self, match: re.Match[str], query: Query) -> None:
        """dist/ as the SDK's destSDKBaseURL (/cdn/modern/js-integrations/..., as on RudderStack's CDN)."""
        self.send_file(self.server.dist / match["file"], self.server.dist)

    def source_config(self, match: re.Match[str], query: Query) -> None:
        """The source config; the destination config travels in the configUrl (/config/<base64url JSON>/)."""
        parts = [p for p in match.group(0).split("/") if p]
        overrides: dict[str, Any] = {}
        if len(parts) == 3 and parts[0] == "config":
            try:
                overrides = decode_config(parts[1])
            except ValueError as err:
                return self.send(HTTPStatus.BAD_REQUEST, str(err).encode(), "text/plain")
        self.send_json(source_config({"appId": self.server.app_id, **overrides}))

    def dataplane_events(self, match: re.Match[str], query: Query) -> None:
        self.send_json(self.server.events(match["key"]))

    def offline_widget(self, match: re.Match[str], query: Query) -> None:
        self.send(200, offline_widget.source(), "application/javascript")

    def demo_secret(self, match: re.Match[str], query: Query) -> None:
        """The demo's Messenger secret, for the offline widget to check tokens with (a real widget never has it)."""
        if self.server.real_widget:
            return self.send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
        self.send(200, login.DEMO_SECRET.encode(), "text/plain")

    def log_in(self, match: re.Match[str], query: Query) -> None:
        """The demo's "log in as" form: the person and a token signed with the demo secret."""
        status, answer = login.log_in(self.read_body())
        self.send_json(answer, status)

    def demo_file(self, match: re.Match[str], query: Query) -> None:
        self.send_file(self.server.project.demo / match.group(0).lstrip("/"), self.server.project.demo)

    def record_events(self, match: re.Match[str], query: Query) -> None:
        """The data-plane sink: what the SDK sends is kept per key (the harness's page key) for the demo's log."""
        try:
            payload = json.loads(self.read_body() or b"{}")
        except ValueError:
            return self.send(HTTPStatus.BAD_REQUEST, b"bad json", "text/plain")
        self.server.record(match["key"], payload)
        self.send(200, b"OK", "text/plain")


def make_server(project: Project, dist: Path, host: str = "127.0.0.1", port: int = 8000,
                app_id: str = DEFAULT_APP_ID, real_widget: bool = False,
                server_class: type[DemoServer] = DemoServer) -> DemoServer:
    if not browser_file(dist, "modern").is_file():
        raise BuildError(f"no bundle in {dist}: run `pybuild build` (or `make build`) first")
    if not (project.node_modules / SDK_FILES["v3-modern"]).is_file():
        raise BuildError("the RudderStack SDKs are not in node_modules: run `npm ci` (or `make setup`)")
    try:
        return server_class((host, port), project, dist, app_id, real_widget)
    except OSError as err:
        raise BuildError(f"cannot listen on {host}:{port}: {err.strerror}") from err


Server = TypeVar("Server", bound=ThreadingHTTPServer)


@contextmanager
def in_background(server: Server) -> Iterator[Server]:
    """Any HTTP server answering from a background thread while the block runs, then stopped and closed."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def running(project: Project, dist: Path, **options: Any) -> Iterator[DemoServer]:
    """The demo server in a background thread (tests, bench), on a free loopback port unless told otherwise; the
    `server_class` option picks the tests' variant (pybuild.demo.harness.HarnessServer)."""
    with in_background(make_server(project, dist, **{"port": 0, **options})) as server:
        yield server


def serve_forever(project: Project, dist: Path, **options: Any) -> None:
    server = make_server(project, dist, **options)
    print(f"demo: {server.url}/  (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
