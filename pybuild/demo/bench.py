"""`pybuild bench`: what the plugin costs, measured in Chromium through the demo server. Not a test: it prints
a table and writes bench/results.json. Each figure is compared with the committed bench/results.json, and one
worse by more than bench/measures.toml's `regression_warning` is named in a warning; nothing is asserted."""
from __future__ import annotations

import base64
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pybuild.embed import offline_widget
from pybuild.demo import page_speed
from pybuild.demo.browser import QUIET_ARGS, chromium_executable
from pybuild.build.bundle import browser_path
from pybuild.build.manifest import read_manifest
from pybuild.build.project import BuildError, Project
from pybuild.build.render import BENCH_RESULTS
from pybuild.demo.server import DEFAULT_APP_ID, DemoHandler, DemoServer, Query, running, stays_on_machine

OUTPUTS = {"modern": browser_path("modern"), "legacy": browser_path("legacy"), "npm esm": "npm/index.mjs"}
SDK_BUILDS = {"v3-modern": "modern", "v3-legacy": "legacy", "v1.1": "legacy"}
# A 1×1 transparent PNG: the slow image's body.
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
SLOW_IMAGE_MAX_MS = 10_000


class BenchHandler(DemoHandler):
    """The demo server plus the bench's slow image, which holds a page's load event back for ?ms."""
    GET_ROUTES = [(r"/bench/slow\.png", "slow_image"), *DemoHandler.GET_ROUTES]

    def slow_image(self, match: re.Match[str], query: Query) -> None:
        ms = query.get("ms", ["0"])[-1]
        time.sleep(min(int(ms) if ms.isdigit() else 0, SLOW_IMAGE_MAX_MS) / 1000)  # a server thread of its own
        self.send(200, PIXEL, "image/png")


class BenchServer(DemoServer):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, handler=BenchHandler, **kwargs)


def build_seconds(project: Project, runs: int) -> list[float]:
    """Wall time of `pybuild build` as a user runs it (a fresh interpreter each time)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pybuild", "build"], cwd=project.root, capture_output=True,
                              text=True, check=False)
        if done.returncode != 0:
            raise BuildError(done.stderr.strip() or "pybuild build failed")
        times.append(time.perf_counter() - start)
    return times


def bundle_bytes(dist: Path) -> dict[str, dict[str, int]]:
    files = read_manifest(dist)["files"]
    return {name: {k: files[path][k] for k in ("bytes", "gzip", "brotli")} for name, path in OUTPUTS.items()}


BENCH_TYPES = {".html": "text/html", ".js": "application/javascript"}


@contextmanager
def browser_context(project: Project, server: DemoServer, widget: bytes | None = None) -> Iterator[Any]:
    """Chromium with the widget routed to the offline fake (or `widget`), nothing leaving loopback, and the bench
    pages (bench/*.html, and the bench/watch.js they share) served cross-origin isolated (so performance.now() has
    5 µs resolution rather than 100 µs)."""
    try:
        from playwright.sync_api import Route, sync_playwright
    except ImportError as err:
        raise BuildError("playwright is not installed: run `make setup`") from err

    widget = widget if widget is not None else offline_widget.source()
    widget_host = urlsplit(project.spec()["widget_url"]).hostname
    # The pages and the script they share (bench/events.js is evaluated in a page, not served).
    bench_files = {f"/bench/{p.name}": (p.read_bytes(), BENCH_TYPES[p.suffix])
                   for p in (project.root / "bench").iterdir() if p.suffix in BENCH_TYPES and p.name != "events.js"}
    isolation = {"Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp",
                 "Cache-Control": "no-store"}

    def handle(route: Route) -> None:
        url = urlsplit(route.request.url)
        if url.hostname == widget_host:
            # Timing-Allow-Origin: the isolated page's Resource Timing reports a cross-origin response's sizes only
            # with it, and the page-speed part counts Intercom's bytes there.
            route.fulfill(status=200, body=widget, content_type="application/javascript",
                          headers={"Cross-Origin-Resource-Policy": "cross-origin", "Timing-Allow-Origin": "*"})
        elif not stays_on_machine(route.request.url):
            route.abort()
        elif url.path in bench_files:
            body, content_type = bench_files[url.path]
            route.fulfill(status=200, body=body, content_type=content_type, headers=isolation)
        elif url.path == "/harness.html":
            response = route.fetch()
            route.fulfill(response=response, headers={**response.headers, **isolation})
        else:
            route.continue_()

    executable = chromium_executable()  # before sync_playwright: it starts Playwright itself
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=QUIET_ARGS)
        try:
            context = browser.new_context(service_workers="block")
            context.route("**/*", handle)
            yield context
        finally:
            browser.close()


def event_costs(context: Any, project: Project, server: DemoServer, events: int, batch: int) -> dict[str, Any]:
    """{"workloads": {A, B, C: per-event figures with their label and target}, "ready": {...}}."""
    page = context.new_page()
    page.goto(f"{server.url}/harness.html?autoload=0")
    page.add_script_tag(url="/cdn/" + browser_path("modern"))
    script = (project.root / "bench" / "events.js").read_text(encoding="utf-8")
    result = page.evaluate(script, {"events": events, "batch": batch, "warmup": 2000})
    page.close()
    return result


def load_timings(context: Any, server: DemoServer, sdk: str, runs: int) -> dict[str, Any]:
    config = config_token({"appId": DEFAULT_APP_ID})
    samples = []
    for _ in range(runs):
        page = context.new_page()
        page.goto(f"{server.url}/bench/load.html?sdk={sdk}&build={SDK_BUILDS[sdk]}&config={config}")
        page.wait_for_function("() => window.__bench.widgetAt !== undefined && window.__bench.readyAt !== undefined",
                               timeout=30_000)
        samples.append(page.evaluate("() => window.__bench"))
        page.close()
    return {
        "load_to_widget_ms": statistics.median(s["widgetAt"] - s["loadAt"] for s in samples),
        "load_to_plugin_request_ms": statistics.median(s["pluginAt"] - s["loadAt"] for s in samples),
        "init_to_ready_ms": statistics.median(s["readyAt"] - s["initAt"] for s in samples),
        "polls_until_ready": max(s["pollsUntilReady"] for s in samples),
        "runs": runs,
    }


def config_token(config: dict[str, Any]) -> str:
    """A destination config as the demo server's /config/<token>/ URL carries it."""
    return base64.urlsafe_b64encode(json.dumps(config).encode()).decode().rstrip("=")


def run_bench(project: Project, dist: Path, events: int = 5000, batch: int = 100, runs: int = 5) -> dict[str, Any]:
    if events < 5000:
        raise BuildError("--events must be at least 5000")
    builds = build_seconds(project, 3)
    results: dict[str, Any] = {
        "build_seconds": {"median": statistics.median(builds), "runs": builds},
        "bytes": bundle_bytes(dist),
    }
    with running(project, dist, server_class=BenchServer) as server:
        with browser_context(project, server) as context:
            results.update(event_costs(context, project, server, events, batch))
            results["load"] = {sdk: load_timings(context, server, sdk, runs) for sdk in SDK_BUILDS}
        results["page_speed"] = measure_page_speed(project, server)
    results["machine"] = machine_load()
    return results


def run_page_speed(project: Project, dist: Path, previous: dict[str, Any] | None) -> dict[str, Any]:
    """`pybuild bench --only page-speed`: the committed results with the page-speed part measured again."""
    if not previous:
        raise BuildError("--only needs the committed bench/results.json: run the whole `make bench` once")
    with running(project, dist, server_class=BenchServer) as server:
        return {**previous, "page_speed": measure_page_speed(project, server)}


def measure_page_speed(project: Project, server: DemoServer) -> dict[str, Any]:
    """docs/page-speed.md "Measured": the heavy model of Intercom's widget in a browser of its own, with the machine's
    load beside the figures (this part may be measured again alone)."""
    heavy = page_speed.heavy_widget(offline_widget.source())
    with browser_context(project, server, widget=heavy) as context:
        speed = page_speed.measure(context, server.url, config_token({"appId": DEFAULT_APP_ID}),
                                   facade=project.spec()["launcher"]["label"])
    return {**speed, "machine": machine_load()}


def machine_load() -> str:
    """The 1-minute load average against the cores: timings on a busy machine are inflated."""
    try:
        return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except OSError:
        return "load average unknown"


def rows(results: dict[str, Any]) -> dict[str, tuple[float, str]]:
    """Every figure where more is worse, by a name a person reads, each with the note the table shows beside it."""
    out = {f"{name}: {w['label']}, median per event (µs)": (
        w["median_us"], f"min {w['min_us']:.2f}, p90 {w['p90_us']:.2f} µs; {w['events']} events")
        for name, w in results["workloads"].items()}
    out["init() → isReady() true (µs)"] = (results["ready"]["init_to_ready_us"],
                                           f"{results['ready']['polls_per_instance']:g} poll(s) per instance")
    for sdk, load in results["load"].items():
        out[f"{sdk}: load → widget request (ms)"] = (
            load["load_to_widget_ms"], f"plugin fetched at {load['load_to_plugin_request_ms']:.1f} ms; ready after "
            f"{load['polls_until_ready']} isReady poll(s); median of {load['runs']}")
    out["pybuild build, wall (s)"] = (results["build_seconds"]["median"],
                                      f"median of {len(results['build_seconds']['runs'])}")
    for name, size in results["bytes"].items():
        out[f"{name} bytes (gzip)"] = (size["gzip"], f"{size['bytes']:,} raw, {size['brotli']:,} brotli")
    if "page_speed" in results:  # results.json files from before it have none
        out.update(page_speed.rows(results["page_speed"]))
    return out


def figures(results: dict[str, Any]) -> dict[str, float]:
    """rows() without their notes, for comparing two runs."""
    return {name: value for name, (value, _) in rows(results).items()}


def regressions(results: dict[str, Any], previous: dict[str, Any] | None, worse_by: float) -> list[str]:
    """The figures more than `worse_by` (a fraction) worse than in `previous` (the committed results)."""
    if not previous:
        return []
    try:
        before = figures(previous)
    except (KeyError, TypeError):
        return ["the committed bench/results.json has another shape: nothing compared"]
    return [worse(name, before[name], now) for name, now in figures(results).items()
            if name in before and now > before[name] * (1 + worse_by)]


def worse(name: str, before: float, now: float) -> str:
    # A figure that was 0 (intent's bytes before the visitor reaches) is infinitely worse at anything above it.
    change = f"{now / before - 1:+.0%}" if before else "was 0"
    return f"{name}: {before:,.2f} → {now:,.2f} ({change})"


def table(results: dict[str, Any], previous: dict[str, Any] | None = None, only: str | None = None) -> str:
    """The figures, each beside the committed run's (`previous`) when there is one; `only="page-speed"`: that part's."""
    before = figures(previous) if previous else {}
    speed = results.get("page_speed")
    shown = rows(results) if only is None else page_speed.rows(speed)
    cells = [(name, f"{value:,.2f}", f"{before[name]:,.2f}" if name in before else "", note)
                for name, (value, note) in shown.items()]
    header = ("what", "measured", "committed", "notes")
    widths = [max(len(r[i]) for r in [*cells, header]) for i in range(4)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    if speed:
        lines += ["", "page-speed targets (printed, not asserted; docs/page-speed.md):"]
        lines += [f"  {line}" for line in page_speed.target_lines(speed)]
    lines.append(f"({(speed if only else results)['machine']})")
    return "\n".join(lines)


def write_results(project: Project, results: dict[str, Any]) -> Path:
    path = project.root / BENCH_RESULTS
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return path
