"""`pybuild bench`'s page-speed part (docs/page-speed.md "Measured"): for each loadMessenger mode, what Intercom's
widget costs a page before the visitor's first interaction. The offline widget is made as heavy as a MODEL of
Intercom's real one (its script padded to `Model.widget_bytes`, and a `Model.task_ms` main-thread task when it runs),
and a slow image holds window `load` back. Not a test: the figures are printed and written, the targets printed,
nothing asserted."""
from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlencode

from pybuild.build.project import BuildError

MODES = ("now", "load", "idle", "intent")
# The hosts Intercom's widget is fetched from (the loader, then its chunks).
INTERCOM_HOSTS = ("widget.intercom.io", "js.intercomcdn.com")
LONG_TASK_MS = 50  # a task longer than this blocks input; what it runs past this is its blocking time
# The offline widget's own launcher's accessible name (the facade's is destination.toml's [launcher] label).
OFFLINE_LAUNCHER = "Open the Intercom Messenger (offline)"


@dataclass(frozen=True)
class Model:
    """What the bench's page and widget are made of (docs/page-speed.md "Measured")."""
    widget_bytes: int = 344_000  # the script Intercom's widget fetches, about 344 KB
    task_ms: int = 300  # the main-thread task its parse and start-up take on a mid-range machine
    image_ms: int = 1500  # how long the page's slow image holds window load back
    click_after_load_ms: int = 2000  # when the scripted visitor opens the Messenger (real time)
    runs: int = 3  # page loads per mode; each figure is their median
    # init() alone, in page loads of its own read as soon as it has run: a call of about a millisecond is at the
    # mercy of the machine's scheduler (the browser's other processes share its 2 cores), so it takes more runs.
    init_runs: int = 15


MODEL = Model()


def heavy_widget(source: bytes, model: Model = MODEL) -> bytes:
    """The offline widget as a model of Intercom's: a busy-wait of `task_ms` as it starts (one long task, as the
    real widget's parse and start-up are), then the widget, padded with a comment to `widget_bytes` in all."""
    prologue = (b"(function () { var end = performance.now() + %d; while (performance.now() < end) {} })();\n"
                % model.task_ms)
    body = prologue + source + b"\n"
    padding = model.widget_bytes - len(body) - len(b"/*  */\n")
    if padding < 0:
        raise ValueError(f"the widget is already over {model.widget_bytes} bytes")
    return body + b"/* " + b"x" * padding + b" */\n"


def page_url(server_url: str, mode: str, config: str, model: Model) -> str:
    return f"{server_url}/bench/speed.html?" + urlencode({"mode": mode, "config": config, "image_ms": model.image_ms})


# What the page recorded, and the Resource Timing entries of Intercom's hosts.
READ_PAGE = """(hosts) => Object.assign({}, window.__speed, {
  loadAt: performance.getEntriesByType('navigation')[0].loadEventStart,
  intercom: performance.getEntriesByType('resource')
    .filter((e) => hosts.includes(new URL(e.name).hostname))
    .map((e) => ({ url: e.name, start: e.startTime, bytes: e.transferSize || e.encodedBodySize })),
})"""


def visit(context: Any, server_url: str, mode: str, config: str, facade: str, model: Model) -> dict[str, Any]:
    """One page load: the visitor hovers then clicks the Messenger's launcher (the facade in `intent`) at
    load + click_after_load_ms; returns what the page recorded once Intercom's `show` has run."""
    page = context.new_page()
    try:
        page.goto(page_url(server_url, mode, config, model))
        page.wait_for_function("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0",
                               timeout=30_000)
        wait = page.evaluate("(after) => performance.getEntriesByType('navigation')[0].loadEventStart + after "
                             "- performance.now()", model.click_after_load_ms)
        # A bench: the visitor's moment is real time. Playwright's own wait, not time.sleep: the bench's route
        # must go on answering the widget's request ('load' and 'idle' make it meanwhile).
        page.wait_for_timeout(max(0.0, wait))
        launcher = page.get_by_role("button", name=facade if mode == "intent" else OFFLINE_LAUNCHER, exact=True)
        box = launcher.bounding_box()
        if box is None:
            raise BuildError(f"loadMessenger {mode}: no launcher on the page at load + {model.click_after_load_ms} ms")
        # The mouse itself, not locator.click(): its checks would wait out the widget's task before pressing.
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.mouse.click(x, y)
        page.wait_for_function("() => window.__speed.showAt !== undefined && window.__speed.widgetRanAt !== undefined",
                               timeout=30_000)
        return page.evaluate(READ_PAGE, list(INTERCOM_HOSTS))
    finally:
        page.close()


def run_figures(raw: dict[str, Any]) -> dict[str, float]:
    """One visit's figures (ms since navigation start unless named otherwise). The long tasks are the page's (the
    SDK's start-up may make one on a busy machine); the widget's are those from its request until it has run."""
    before = raw["inputAt"]
    requests = sorted(raw["intercom"], key=lambda r: r["start"])
    tasks = [t for t in raw["longTasks"] if t["start"] < before]
    requested = requests[0]["start"]
    return {
        "widget_requested_ms": requested,
        "widget_after_load_ms": requested - raw["loadAt"],
        "bytes_before_interaction": sum(r["bytes"] for r in requests if r["start"] < before),
        "long_tasks_before_interaction": len(tasks),
        "widget_long_tasks_before_interaction": sum(requested <= t["start"] <= raw["widgetRanAt"] for t in tasks),
        "blocking_before_interaction_ms": sum(max(0.0, t["duration"] - LONG_TASK_MS) for t in tasks),
        "click_to_show_ms": raw["showAt"] - raw["clickAt"],
        "widget_fetch_and_run_ms": raw["widgetRanAt"] - requested,
    }


def init_ms(context: Any, server_url: str, mode: str, config: str, model: Model) -> float:
    """One page load's `init()` (the bench page times INTERCOM.prototype.init), read as soon as it has run: the slow
    image still holds `load` back, as in the visits."""
    page = context.new_page()
    try:
        page.goto(page_url(server_url, mode, config, model), wait_until="commit")
        page.wait_for_function("() => window.__speed && window.__speed.inits.length > 0", timeout=30_000)
        return page.evaluate("Math.max(...window.__speed.inits)")
    finally:
        page.close()


def summarize(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of each figure over the runs of one mode, and how many runs there were."""
    return {**{name: statistics.median(r[name] for r in runs) for name in runs[0]}, "runs": len(runs)}


def measure(context: Any, server_url: str, config: str, facade: str, model: Model = MODEL) -> dict[str, Any]:
    """{"model": ..., "modes": {mode: medians}}: the modes take turns, so a busy spell on the machine touches
    each of them rather than one."""
    runs: dict[str, list[dict[str, float]]] = {mode: [] for mode in MODES}
    for _ in range(model.runs):
        for mode in MODES:
            runs[mode].append(run_figures(visit(context, server_url, mode, config, facade, model)))
    inits: dict[str, list[float]] = {mode: [] for mode in MODES}
    for _ in range(model.init_runs):
        for mode in MODES:
            inits[mode].append(init_ms(context, server_url, mode, config, model))
    return {"model": asdict(model),
            "modes": {mode: {**summarize(r), "init_ms": statistics.median(inits[mode])} for mode, r in runs.items()}}


def target_lines(speed: dict[str, Any]) -> list[str]:
    """The targets of docs/page-speed.md, each with what was measured and whether it is met (printed only)."""
    intent = speed["modes"]["intent"]
    allowed = intent["widget_fetch_and_run_ms"] + LONG_TASK_MS
    slowest_init = max(m["init_ms"] for m in speed["modes"].values())
    checks = [
        (intent["bytes_before_interaction"] == 0, f"intent: {intent['bytes_before_interaction']:,.0f} bytes of "
         "Intercom before the visitor reaches for it (target 0)"),
        (intent["widget_long_tasks_before_interaction"] == 0, f"intent: {intent['widget_long_tasks_before_interaction']:g} "
         "long task(s) of the widget's before the visitor reaches for it (target 0; the page's own: "
         f"{intent['long_tasks_before_interaction']:g})"),
        (intent["click_to_show_ms"] <= allowed, f"intent: click → show {intent['click_to_show_ms']:.0f} ms (target: "
         f"within the widget's fetch and run + {LONG_TASK_MS} ms = {allowed:.0f} ms)"),
        (slowest_init < 1, f"init(): {slowest_init * 1000:.0f} µs in the slowest mode (target under 1 ms)"),
    ]
    return [("met" if ok else "MISSED") + ": " + text for ok, text in checks]


def rows(speed: dict[str, Any]) -> dict[str, tuple[float, str]]:
    """The page-speed figures where more is worse, by a name a person reads, each with the note the bench table
    shows beside it."""
    out: dict[str, tuple[float, str]] = {}
    for mode, m in speed["modes"].items():
        out[f"page speed, {mode}: Intercom KB before the first interaction"] = (
            m["bytes_before_interaction"] / 1000,
            f"widget requested at {m['widget_requested_ms']:,.0f} ms ({from_load(m['widget_after_load_ms'])}); "
            f"median of {m['runs']:g}")
        out[f"page speed, {mode}: blocking time before the first interaction (ms)"] = (
            m["blocking_before_interaction_ms"],
            f"{m['long_tasks_before_interaction']:g} long task(s), {m['widget_long_tasks_before_interaction']:g} of "
            "them the widget's")
        out[f"page speed, {mode}: click → show (ms)"] = (
            m["click_to_show_ms"], f"widget fetch and run {m['widget_fetch_and_run_ms']:,.0f} ms")
        out[f"page speed, {mode}: init() (µs)"] = (m["init_ms"] * 1000, "")
    return out


def figures(speed: dict[str, Any]) -> dict[str, float]:
    """rows() without their notes, for comparing two runs."""
    return {name: value for name, (value, _) in rows(speed).items()}


def from_load(ms: float) -> str:
    """A time relative to window load, as a person reads it."""
    return f"{-ms:,.0f} ms before load" if ms < 0 else f"load + {ms:,.0f} ms"
