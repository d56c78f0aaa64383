"""`pybuild bench` without a browser: its table and its argument check (the timings themselves are not tested)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pybuild.demo.bench import bundle_bytes, regressions, run_bench, table
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
