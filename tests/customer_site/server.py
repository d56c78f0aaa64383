"""A customer's small site, as a team that embeds the plugin would run it on their own dev server: a sign-up page,
a welcome page for the logged-in person and a log-out button. Every page carries pybuild.embed.snippet (the real
v3 SDK from node_modules, the plugin from dist/), signed for the logged-in person with the site's own secret."""
from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from markupsafe import Markup, escape

from pybuild.build.bundle import FILE_NAME, browser_file
from pybuild.embed import snippet
from pybuild.demo.server import SDK_FILES, in_background, source_config

HERE = Path(__file__).parent
SDK = SDK_FILES["v3-modern"]
WRITE_KEY = "customer-write-key"
APP_ID = "cust0mer1"
MESSENGER_SECRET = "the-customer-workspace-messenger-api-secret"
SOURCE_CONFIG = source_config({"appId": APP_ID}, write_key=WRITE_KEY)


class CustomerSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, node_modules: Path, dist: Path):
        super().__init__(("127.0.0.1", 0), Handler)
        self.node_modules, self.dist = node_modules, dist
        self.users: dict[str, dict[str, str]] = {}  # session cookie → the person
        self.just_signed_up: set[str] = set()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def head(self, user: dict[str, str] | None) -> Markup:
        """The snippet for this person (anonymous when nobody is logged in)."""
        return Markup(snippet(WRITE_KEY, f"{self.url}/dp", plugin_base_url=f"{self.url}/plugin",
                              sdk_url=f"{self.url}/sdk.js", user=user, secret=MESSENGER_SECRET,
                              load_options={"configUrl": f"{self.url}/config", "logLevel": "WARN"}))


class Handler(BaseHTTPRequestHandler):
    server: CustomerSite

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send(self, status: int, body: bytes = b"", content_type: str = "text/plain", **headers: str) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": content_type, "Content-Length": str(len(body)),
                            "Cache-Control": "no-store", **headers}.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def session(self) -> str:
        cookie = self.headers.get("Cookie") or ""
        return next((part.split("=", 1)[1] for part in cookie.split("; ") if part.startswith("session=")), "")

    def page(self, title: str, body: str, user: dict[str, str] | None, extra: str = "") -> None:
        html = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
                f"{self.server.head(user)}{extra}<script src='/site.js' defer></script></head>"
                f"<body><h1>{escape(title)}</h1>{body}</body></html>")
        self.send(200, html.encode(), "text/html; charset=utf-8")

    def do_GET(self) -> None:
        path, server = urlsplit(self.path).path, self.server
        user = server.users.get(self.session())
        if path == "/signup":
            return self.page("Sign up", "<form method='post' action='/signup'>"
                             "<label>Email <input name='email' type='email'></label>"
                             "<label>Name <input name='name'></label><button>Sign up</button></form>", None)
        if path == "/welcome" and user:
            with server.lock:
                new = self.session() in server.just_signed_up
                server.just_signed_up.discard(self.session())
            track = "<script>rudderanalytics.track('Signed Up', {plan: 'free'});</script>" if new else ""
            return self.page(f"Welcome, {user['name']}", "<button id='logout'>Log out</button>"
                             "<p id='status' role='status'></p>", user, track)
        if path == "/sdk.js":
            return self.send(200, (server.node_modules / SDK).read_bytes(), "application/javascript")
        if path == "/site.js":
            return self.send(200, (HERE / "site.js").read_bytes(), "application/javascript")
        if path.startswith("/plugin/") and Path(path).name in (FILE_NAME, FILE_NAME + ".map"):
            return self.send(200, browser_file(server.dist, "modern").with_name(Path(path).name).read_bytes(),
                             "application/javascript")
        if path.rstrip("/") == "/config/sourceConfig":
            return self.send(200, json.dumps(SOURCE_CONFIG).encode(), "application/json")
        self.send(HTTPStatus.NOT_FOUND, b"not found")

    def do_POST(self) -> None:
        path, server = urlsplit(self.path).path, self.server
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if path == "/signup":
            form = {k: v[-1] for k, v in parse_qs(body.decode()).items()}
            session = hashlib.sha256(form.get("email", "").encode()).hexdigest()[:16]
            with server.lock:
                server.users[session] = {"id": f"user-{session[:8]}", "email": form.get("email", ""),
                                         "name": form.get("name", "")}
                server.just_signed_up.add(session)
            return self.send(HTTPStatus.SEE_OTHER, Location="/welcome", Set_Cookie=f"session={session}; Path=/")
        if path == "/logout":
            server.users.pop(self.session(), None)
            return self.send(HTTPStatus.NO_CONTENT, Set_Cookie="session=; Path=/; Max-Age=0")
        if path.startswith("/dp/"):
            return self.send(200, b"OK")
        self.send(HTTPStatus.NOT_FOUND, b"not found")


@contextmanager
def running(node_modules: Path, dist: Path) -> Iterator[CustomerSite]:
    with in_background(CustomerSite(node_modules, dist)) as site:
        yield site
