"""`pybuild bench` without a browser: its table and its argument check (the timings themselves are not tested)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pybuild.demo import page_speed
from pybuild.demo.bench import bundle_bytes, regressions, run_bench, run_page_speed, table
from pybuild.build.project import BuildError, Project

SAMPLE = {
    "build_seconds": {"median": 1.5, "runs": [1.4, 1.5, 1.9]},
    "bytes": {"modern": {"bytes": 10000, "gzip": 4000, "brotli": 3500}},
    "workloads": {
        "A": {"label": "identify of one person", "median_us": 5.0, "p90_us": 9.0, "min_us": 4.0, "events": 5000},
        "B": {"label": "identify of a new person", "median_us": 12.0, "p90_us": 15.0, "min_us": 11.0, "events": 5000},
        "C": {"label": "track of an order", "median_us": 2.5, "p90_us": 4.0, "min_us": 2.0, "events": 5000},
    },
    "ready": {"init_to_ready_us": 1.0, "polls_per_instance": 1, "timer_resolution_us": 5},
    "load": {"v3-modern": {"load_to_widget_ms": 150.0, "load_to_plugin_request_ms": 100.0, "init_to_ready_ms": 0.1,
                           "polls_until_ready": 1, "runs": 5}},
    "machine": "load average 1.0 on 2 cores",
}
MODE_FIGURES = {"widget_requested_ms": 400.0, "widget_after_load_ms": -1300.0, "bytes_before_interaction": 344300,
                "long_tasks_before_interaction": 1, "widget_long_tasks_before_interaction": 1,
                "blocking_before_interaction_ms": 250.0, "click_to_show_ms": 2.5, "widget_fetch_and_run_ms": 340.0,
                "init_ms": 0.4, "runs": 3}
INTENT_FIGURES = {**MODE_FIGURES, "widget_requested_ms": 3700.0, "widget_after_load_ms": 2010.0,
                  "bytes_before_interaction": 0, "long_tasks_before_interaction": 0,
                  "widget_long_tasks_before_interaction": 0, "blocking_before_interaction_ms": 0.0,
                  "click_to_show_ms": 330.0, "widget_fetch_and_run_ms": 335.0}
PAGE_SPEED = {"model": {"widget_bytes": 344000, "task_ms": 300, "image_ms": 1500, "click_after_load_ms": 2000, "runs": 3,
                        "init_runs": 15},
              "modes": {"now": MODE_FIGURES, "intent": INTENT_FIGURES}, "machine": "load average 2.0 on 2 cores"}
# What bench/speed.html records for one visit (ms since navigation start).
VISIT = {"loadAt": 1700.0, "inputAt": 3700.0, "clickAt": 3705.0, "showAt": 4035.0, "widgetRanAt": 4040.0,
         "longTasks": [{"start": 200.0, "duration": 80.0}, {"start": 3720.0, "duration": 303.0}],
         "intercom": [{"url": "https://widget.intercom.io/widget/abc123xy", "start": 3702.0, "bytes": 344300}]}


def test_table_has_a_row_per_figure_beside_the_committed_one() -> None:
    previous = {**SAMPLE, "bytes": {"modern": {"bytes": 9000, "gzip": 3900, "brotli": 3400}}}
    lines = table(SAMPLE, previous).splitlines()
    rows = {cells[0]: cells[1:] for cells in ([c.strip() for c in line.split(" | ")] for line in lines)}
    assert rows["what"] == ["measured", "committed", "notes"]
    assert rows["A: identify of one person, median per event (µs)"][:2] == ["5.00", "5.00"]
    assert rows["A: identify of one person, median per event (µs)"][2] == "min 4.00, p90 9.00 µs; 5000 events"
    assert rows["C: track of an order, median per event (µs)"][0] == "2.50"
    assert rows["init() → isReady() true (µs)"][2] == "1 poll(s) per instance"
    assert rows["v3-modern: load → widget request (ms)"][0] == "150.00"
    assert "ready after 1 isReady poll(s)" in rows["v3-modern: load → widget request (ms)"][2]
    assert rows["pybuild build, wall (s)"][:2] == ["1.50", "1.50"]
    assert rows["modern bytes (gzip)"] == ["4,000.00", "3,900.00", "10,000 raw, 3,500 brotli"]
    assert lines[-1] == "(load average 1.0 on 2 cores)"
    assert table(SAMPLE).splitlines()[2].split(" | ")[2].strip() == ""  # nothing committed: nothing beside


def test_figures_more_than_the_threshold_worse_are_named() -> None:
    slower = {**SAMPLE, "workloads": {**SAMPLE["workloads"], "C": {**SAMPLE["workloads"]["C"], "median_us": 3.2}}}
    assert regressions(SAMPLE, SAMPLE, 0.25) == []
    assert regressions(SAMPLE, None, 0.25) == []
    warned = regressions(slower, SAMPLE, 0.25)
    assert warned == ["C: track of an order, median per event (µs): 2.50 → 3.20 (+28%)"]
    assert regressions(slower, SAMPLE, 0.3) == []
    assert regressions(SAMPLE, {"bytes": {}}, 0.25) == [
        "the committed bench/results.json has another shape: nothing compared"]


def test_bundle_bytes_come_from_the_manifest(dist: Path) -> None:
    sizes = bundle_bytes(dist)
    assert set(sizes) == {"modern", "legacy", "npm esm"}
    assert all(s["gzip"] < s["bytes"] and s["brotli"] < s["bytes"] for s in sizes.values())


def test_too_few_events_are_refused_before_any_work(project: Project, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="at least 5000"):
        run_bench(project, tmp_path, events=100)


def test_page_speed_rows_notes_and_targets() -> None:
    results = {**SAMPLE, "page_speed": PAGE_SPEED}
    lines = table(results, SAMPLE).splitlines()
    rows = {cells[0]: cells[1:] for cells in ([c.strip() for c in line.split(" | ")] for line in lines)}
    assert rows["page speed, now: Intercom KB before the first interaction"] == [
        "344.30", "", "widget requested at 400 ms (1,300 ms before load); median of 3"]
    assert rows["page speed, intent: Intercom KB before the first interaction"][2].startswith(
        "widget requested at 3,700 ms (load + 2,010 ms)")
    assert rows["page speed, now: blocking time before the first interaction (ms)"] == [
        "250.00", "", "1 long task(s), 1 of them the widget's"]
    assert rows["page speed, intent: click → show (ms)"] == ["330.00", "", "widget fetch and run 335 ms"]
    assert rows["page speed, now: init() (µs)"][0] == "400.00"
    assert "  met: intent: 0 bytes of Intercom before the visitor reaches for it (target 0)" in lines
    assert "  met: intent: click → show 330 ms (target: within the widget's fetch and run + 50 ms = 385 ms)" in lines
    assert "  met: init(): 400 µs in the slowest mode (target under 1 ms)" in lines
    missed = {**PAGE_SPEED, "modes": {"intent": {**INTENT_FIGURES, "bytes_before_interaction": 344300,
                                                 "click_to_show_ms": 400.0, "init_ms": 1.5}}}
    targets = page_speed.target_lines(missed)
    assert [line.split(":")[0] for line in targets] == ["MISSED", "met", "MISSED", "MISSED"]
    # Alone, the part shows its own rows and the machine it was measured on.
    alone = table({**SAMPLE, "page_speed": PAGE_SPEED}, SAMPLE, only="page-speed").splitlines()
    assert [line.split(" | ")[0].strip() for line in alone[2:] if " | " in line] == list(page_speed.figures(PAGE_SPEED))
    assert alone[-1] == "(load average 2.0 on 2 cores)"


def test_page_speed_figures_are_compared_and_a_zero_that_grows_is_named() -> None:
    before = {**SAMPLE, "page_speed": PAGE_SPEED}
    assert regressions(before, before, 0.25) == []
    assert regressions(before, SAMPLE, 0.25) == []  # committed before the part existed: nothing to compare it with
    fetched = {**PAGE_SPEED, "modes": {**PAGE_SPEED["modes"], "intent": {**INTENT_FIGURES, "bytes_before_interaction": 2000}}}
    assert regressions({**SAMPLE, "page_speed": fetched}, before, 0.25) == [
        "page speed, intent: Intercom KB before the first interaction: 0.00 → 2.00 (was 0)"]


def test_one_visit_becomes_its_figures() -> None:
    assert page_speed.run_figures(VISIT) == {
        "widget_requested_ms": 3702.0, "widget_after_load_ms": 2002.0, "bytes_before_interaction": 0,
        "long_tasks_before_interaction": 1, "widget_long_tasks_before_interaction": 0,
        "blocking_before_interaction_ms": 30.0, "click_to_show_ms": 330.0, "widget_fetch_and_run_ms": 338.0}
    early = {**VISIT, "inputAt": 5000.0}  # the widget was fetched and ran before the visitor came
    figures = page_speed.run_figures(early)
    assert (figures["bytes_before_interaction"], figures["long_tasks_before_interaction"],
            figures["widget_long_tasks_before_interaction"], figures["blocking_before_interaction_ms"]) == (
        344300, 2, 1, 283.0)
    assert page_speed.summarize([{"a": 1.0}, {"a": 5.0}, {"a": 2.0}]) == {"a": 2.0, "runs": 3}


def test_the_model_widget_is_padded_and_busy_as_it_starts() -> None:
    source = b"window.fake = 1;"
    heavy = page_speed.heavy_widget(source)
    assert len(heavy) == page_speed.MODEL.widget_bytes
    assert heavy.startswith(b"(function () { var end = performance.now() + 300; while (performance.now() < end) {} })();\n"
                            + source)
    with pytest.raises(ValueError, match="already over"):
        page_speed.heavy_widget(b"x" * page_speed.MODEL.widget_bytes)


def test_page_speed_alone_needs_the_committed_results(project: Project, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="--only needs the committed bench/results.json"):
        run_page_speed(project, tmp_path, None)
