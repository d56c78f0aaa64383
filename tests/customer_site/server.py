"""A customer's small site, as a team that embeds the plugin would run it on their own dev server: a sign-up page,
a welcome page for the logged-in person and a log-out button. Every page carries pybuild.embed.snippet exactly as in
production (RudderStack's SDK from its CDN, the source config from the default control plane, the workspace's hosted
data plane), with the plugin self-hosted from dist/ under /plugin/{modern,legacy}/js-integrations and the
logged-in person's token signed with the site's own secret. Its tests (tests/e2e/embed/) answer RudderStack and
Intercom with pybuild.embed's fixtures: nothing leaves the machine."""
from __future__ import annotations

import hashlib
import re
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
from pybuild.demo.server import in_background

HERE = Path(__file__).parent
WRITE_KEY = "customer-write-key"
DATA_PLANE_URL = "https://yourcompany-dataplane.rudderstack.com"
APP_ID = "cust0mer1"  # the App ID of the customer's Intercom workspace (pyproject.toml's intercom_app_id)
MESSENGER_SECRET = "the-customer-workspace-messenger-api-secret"
PLUGIN = re.compile(rf"/plugin/(?P<build>modern|legacy)/js-integrations/(?P<file>{re.escape(FILE_NAME)}(\.map)?)")


class CustomerSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, dist: Path):
        super().__init__(("127.0.0.1", 0), Handler)
        self.dist = dist
        self.users: dict[str, dict[str, str]] = {}  # session cookie → the person
        self.just_signed_up: set[str] = set()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def head(self, user: dict[str, str] | None) -> Markup:
        """The snippet for this person (anonymous when nobody is logged in)."""
        return Markup(snippet(WRITE_KEY, DATA_PLANE_URL, plugin_base_url=f"{self.url}/plugin", user=user,
                              secret=MESSENGER_SECRET, load_options={"logLevel": "WARN"}))


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
        if path == "/site.js":
            return self.send(200, (HERE / "site.js").read_bytes(), "application/javascript")
        plugin = PLUGIN.fullmatch(path)
        if plugin:  # the site's copy of dist/, as <root>/{modern,legacy}/js-integrations
            file = browser_file(server.dist, plugin["build"]).with_name(plugin["file"])
            return self.send(200, file.read_bytes(), "application/javascript")
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
        self.send(HTTPStatus.NOT_FOUND, b"not found")


@contextmanager
def running(dist: Path) -> Iterator[CustomerSite]:
    with in_background(CustomerSite(dist)) as site:
        yield site
