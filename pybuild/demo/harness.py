"""The demo server as the tests use it: source configs registered by token (so a secret travels in no URL, as
with the real control plane), a second device-mode destination beside Intercom, and harness page variants (the
site's own Intercom snippet first, a strict script policy). Nothing here is part of the demo."""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pybuild.demo.server import STRICT_CSP, DemoHandler, DemoServer, Query
from pybuild.embed.offline_rudderstack import device_destination, source_config

# The harness's strict policy also refuses inline styles (style-src without 'unsafe-inline'), so a test sees any
# style attribute in markup or <style> element the plugin's launcher facade might add.
STRICT_HARNESS_CSP = STRICT_CSP + "; style-src 'self'"

# A second device-mode destination, to show one destination's trouble leaves the others alone. The SDK only loads
# destinations it knows by name, so the stand-in borrows Hotjar's; /cdn/ serves it from
# demo_site/fake-destinations/ (it records what it receives in window.__otherCalls).
OTHER_DESTINATION = device_destination("dest2", "HOTJAR", "Hotjar", {"siteID": "1"})


class HarnessHandler(DemoHandler):
    server: "HarnessServer"
    GET_ROUTES = [
        (r"/harness\.html", "harness_variant"),
        (r"/config/(?P<token>~\d+)/sourceConfig/?", "registered_source"),
        (r"/cdn/(?P<file>.+)", "cdn_or_stand_in"),
        *DemoHandler.GET_ROUTES,
    ]

    def harness_variant(self, match: re.Match[str], query: Query) -> None:
        """`csp=strict`: served under the strict script and style policy; `site=before`: the site's own Intercom
        snippet runs before the SDK."""
        headers = {"Content-Security-Policy": STRICT_HARNESS_CSP} if query.get("csp") == ["strict"] else None
        self.render("harness.html.j2", headers, site_snippet_first=query.get("site", [""])[0] == "before")

    def registered_source(self, match: re.Match[str], query: Query) -> None:
        source = self.server.sources.get(match["token"])
        if source is None:
            return self.send(404, b"no such source", "text/plain")
        self.send_json(source)

    def cdn_or_stand_in(self, match: re.Match[str], query: Query) -> None:
        """dist/, else the stand-in of another destination (demo_site/fake-destinations/)."""
        stand_in = self.server.project.demo / "fake-destinations" / Path(match["file"]).name
        if not (self.server.dist / match["file"]).is_file() and stand_in.is_file():
            return self.send_file(stand_in, self.server.project.demo)
        self.cdn_file(match, query)


class HarnessServer(DemoServer):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, handler=HarnessHandler, **kwargs)
        self.sources: dict[str, dict[str, Any]] = {}  # source configs registered by tests, by token

    def add_source(self, destination_config: dict[str, Any],
                   extra_destinations: Sequence[dict[str, Any]] = ()) -> str:
        """Registers a whole source config and returns its token for the harness's `source` query."""
        with self.lock:
            token = f"~{len(self.sources)}"
            self.sources[token] = source_config(destination_config, extra_destinations)
        return token
