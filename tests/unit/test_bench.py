"""`pybuild bench` without a browser: its table and its argument check (the timings themselves are not tested)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pybuild.demo.bench import bundle_bytes, run_bench, table
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


def test_table_has_a_row_per_figure_with_the_targets_of_the_toml(project: Project) -> None:
    spec = project.spec()
    budget = spec["budget"]
    text = table(SAMPLE, spec)
    assert [h.strip() for h in text.splitlines()[0].split(" | ")] == ["what", "measured", "target", "notes"]
    for expected in ["A: identify of one person, median per event", "5.00 µs", "≤ 2 µs", "min 4.00, p90 9.00 µs",
                     "B: identify of a new person", "≤ 10 µs", "C: track of an order", "≤ 1.5 µs",
                     "ready after 1 isReady poll(s)", "v3-modern: load → widget request", "150.0 ms",
                     "pybuild build (wall)", "1.50 s", "4,000 gzip", f"≤ {budget['modern_gzip']:,} gzip",
                     f"moonshot {budget['modern_gzip_moonshot']:,}", "load average 1.0 on 2 cores"]:
        assert expected in text, expected


def test_bundle_bytes_come_from_the_manifest(dist: Path) -> None:
    sizes = bundle_bytes(dist)
    assert set(sizes) == {"modern", "legacy", "npm esm"}
    assert all(s["gzip"] < s["bytes"] and s["brotli"] < s["bytes"] for s in sizes.values())


def test_too_few_events_are_refused_before_any_work(project: Project, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="at least 5000"):
        run_bench(project, tmp_path, events=100)
