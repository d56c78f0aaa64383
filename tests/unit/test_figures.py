"""The README's figures are rendered from bench/results.json, and that file holds what a fresh build weighs: neither
can drift from what is measured (the README's generated blocks themselves are checked by `pybuild docs --check`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pybuild.demo.bench import bundle_bytes
from pybuild.build.project import BuildError, Project
from pybuild.build.render import bench_results, render_readme

FIGURES = "<!-- generated:figures -->\n<!-- /generated -->\n"
PAGE_SPEED = "<!-- generated:page_speed -->\n<!-- /generated -->\n"


def test_measured_bytes_are_those_of_a_fresh_build(project: Project, dist: Path) -> None:
    assert bench_results(project)["bytes"] == bundle_bytes(dist), (
        "bench/results.json is stale: run `make bench` (then `make docs`) after changing what is built")


def test_figures_block_shows_every_measurement_and_the_ceiling(project: Project) -> None:
    measured = bench_results(project)
    block = render_readme(project, FIGURES)
    for workload in measured["workloads"].values():
        assert f"| {workload['label']}, per event | {workload['median_us']:.2f} µs median" in block
    for sdk in measured["load"]:
        assert f"| {sdk}: `rudderanalytics.load` → widget request |" in block
    for name, size in measured["bytes"].items():
        assert f"| {name} bytes | {size['gzip']:,} gzip" in block
    assert f"≤ {project.measures()['size']['modern_gzip_ceiling']:,} gzip (ceiling)" in block
    assert measured["machine"] in block


def test_page_speed_block_has_a_row_per_mode_and_names_the_model(project: Project) -> None:
    speed = bench_results(project)["page_speed"]
    block = render_readme(project, PAGE_SPEED)
    lines = block.splitlines()
    assert lines[1].startswith("| `loadMessenger` | widget requested | Intercom's bytes before the first interaction")
    rows = lines[3:3 + len(speed["modes"])]
    assert [row.split(" | ")[0] for row in rows] == [f"| `{mode}`" for mode in speed["modes"]]
    for row, (mode, m) in zip(rows, speed["modes"].items()):
        cells = row.strip("| ").split(" | ")
        assert len(cells) == 7, row
        assert cells[1].startswith(("at the visitor's hover, " if mode == "intent" else "")
                                   + f"{m['widget_requested_ms']:,.0f} ms (")
        assert cells[2] == f"{m['bytes_before_interaction'] / 1000:,.0f} KB"
        assert cells[3] == f"{m['long_tasks_before_interaction']:g} ({m['widget_long_tasks_before_interaction']:g})"
        assert cells[4] == f"{m['blocking_before_interaction_ms']:,.0f} ms"
        assert cells[5].startswith(f"{m['click_to_show_ms']:,.0f} ms")
        assert cells[6] == f"{m['init_ms']:.2f} ms"
    model = speed["model"]
    assert f"padded to {model['widget_bytes'] / 1000:,.0f} KB of script, with a\n{model['task_ms']} ms" in block
    assert "**model**" in block and speed["machine"] in block and f"Median of {model['runs']} runs" in block


def test_missing_results_are_one_clear_error(project: Project, tmp_path: Path) -> None:
    (tmp_path / "integration_js").symlink_to(project.js)
    with pytest.raises(BuildError, match=r"bench/results.json is missing: run `make bench`"):
        render_readme(Project(tmp_path), FIGURES)
    with pytest.raises(BuildError, match=r"bench/results.json is missing: run `make bench`"):
        render_readme(Project(tmp_path), PAGE_SPEED)
