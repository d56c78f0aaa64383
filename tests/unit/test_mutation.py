"""`make mutate`'s summary (pybuild/build/mutation.py) and docs/testing.md: the score is counted as docs/testing.md
says, and every survivor of the last run is named there, at its line, with the reason it is left."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pybuild.build.mutation import read_summary, summarize, write_summary
from pybuild.build.project import BuildError, Project

# A file:line in the survivor table, with more lines after it: `core.js:79, 86, 87` or `facade.js:73–74`.
LOCATION = re.compile(r"([a-z][\w-]*\.js):(\d+(?:(?:, |–)\d+)*)")


def mutant(status: str, line: int, mutator: str = "ConditionalExpression") -> dict:
    return {"status": status, "mutatorName": mutator, "replacement": "true",
            "location": {"start": {"line": line, "column": 1}, "end": {"line": line, "column": 9}}}


def test_timeouts_count_as_killed_no_coverage_as_survived_and_errors_neither_way() -> None:
    report = {"files": {
        "integration_js/src/core.js": {"mutants": [mutant("Killed", 1), mutant("Timeout", 2), mutant("Survived", 9),
                                                   mutant("NoCoverage", 4), mutant("CompileError", 5)]},
        "integration_js/src/index.js": {"mutants": [mutant("Killed", 3), mutant("Killed", 4), mutant("Survived", 7)]},
    }}
    summary = summarize(report, "abc1234", "2026-12-06")
    assert summary["files"]["core.js"] == {"killed": 2, "survived": 2, "errors": 1, "score": 50.0,
                                           "touches_window": False}
    assert summary["files"]["index.js"]["touches_window"] is True
    assert summary["groups"] == {
        "core and mappers": {"killed": 2, "survived": 2, "errors": 1, "score": 50.0},
        "all": {"killed": 4, "survived": 3, "errors": 1, "score": 57.14},
    }
    assert [(s["file"], s["line"]) for s in summary["survivors"]] == [("core.js", 4), ("core.js", 9), ("index.js", 7)]


def test_a_missing_or_empty_report_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no mutated file"):
        summarize({"files": {}}, "abc1234", "2026-12-06")
    (tmp_path / "destination.toml").write_text("")
    with pytest.raises(BuildError, match=r"mutation/report.json is missing: run `make mutate`"):
        write_summary(Project(tmp_path))


def named_survivors(text: str) -> set[tuple[str, int]]:
    """Every file:line docs/testing.md names from its survivor table on (ranges and lists expanded)."""
    named = set()
    for name, lines in LOCATION.findall(text[text.index("### The survivors"):]):
        for part in lines.split(", "):
            first, _, last = part.partition("–")
            named.update((name, line) for line in range(int(first), int(last or first) + 1))
    return named


def test_the_survivor_table_names_each_survivor_of_the_last_run_and_no_other(project: Project) -> None:
    summary = read_summary(project)
    survived = {(s["file"], s["line"]) for s in summary["survivors"]}
    named = named_survivors((project.root / "docs" / "testing.md").read_text(encoding="utf-8"))
    assert not survived - named, (
        f"docs/testing.md does not say why these survived `make mutate` (commit {summary['commit']}): "
        f"{sorted(survived - named)}")
    assert not named - survived, (
        f"docs/testing.md names survivors that bench/mutation.json (commit {summary['commit']}) does not hold: "
        f"{sorted(named - survived)}")
