"""`pybuild mutation`: what `make mutate` found (StrykerJS's mutation/report.json, which is not committed) kept as
bench/mutation.json, a small summary that is: docs/testing.md's score table and the README's score line are
rendered from it, and a unit test holds docs/testing.md's survivor table to its list of survivors."""
from __future__ import annotations

import json
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from pybuild.build.project import BuildError, Project

REPORT = Path("mutation") / "report.json"
SUMMARY = Path("bench") / "mutation.json"
# StrykerJS's statuses: a timeout is a mutant that loops, so the tests stopped it (docs/testing.md).
KILLED = ("Killed", "Timeout")
SURVIVED = ("Survived", "NoCoverage")
# The files that touch `window` (the class, the loader, the facade, the logger); the others are the session core
# and the mappers, which the target of docs/testing.md is about.
WINDOW_CODE = ("facade.js", "index.js", "loader.js", "log.js")


def score(counts: dict[str, int]) -> float:
    """Per cent of the mutants killed; those that did not compile count neither way."""
    tried = counts["killed"] + counts["survived"]
    return 100 * counts["killed"] / tried if tried else 100.0


def summarize(report: dict[str, Any], commit: str, on: str) -> dict[str, Any]:
    """bench/mutation.json's content from a StrykerJS JSON report: per file and per group, how many mutants were
    killed (timeouts included), survived or failed to compile, and where each survivor is."""
    files: dict[str, dict[str, int]] = {}
    survivors = []
    for path, data in report.get("files", {}).items():
        name = Path(path).name
        statuses = Counter(m["status"] for m in data["mutants"])
        files[name] = {"killed": sum(statuses[s] for s in KILLED), "survived": sum(statuses[s] for s in SURVIVED),
                       "errors": sum(statuses.values()) - sum(statuses[s] for s in KILLED + SURVIVED)}
        survivors += [{"file": name, "line": m["location"]["start"]["line"], "mutator": m["mutatorName"],
                       "replacement": m.get("replacement", "")} for m in data["mutants"] if m["status"] in SURVIVED]
    if not files:
        raise BuildError(f"{REPORT}: no mutated file in it")

    def total(names: list[str]) -> dict[str, Any]:
        counts = {key: sum(files[n][key] for n in names) for key in ("killed", "survived", "errors")}
        return {**counts, "score": round(score(counts), 2)}

    core = sorted(n for n in files if n not in WINDOW_CODE)
    return {
        "commit": commit,
        "date": on,
        "files": {name: {**files[name], "score": round(score(files[name]), 2), "touches_window": name in WINDOW_CODE}
                  for name in sorted(files)},
        "groups": {"core and mappers": total(core), "all": total(sorted(files))},
        "survivors": sorted(survivors, key=lambda s: (s["file"], s["line"], s["mutator"])),
    }


def head_commit(root: Path) -> str:
    """The checkout's commit, short, as the mutants were made from it."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, check=True, capture_output=True,
                             text=True)
    except (OSError, subprocess.CalledProcessError) as err:
        raise BuildError(f"cannot name the commit mutated (git rev-parse: {err})") from err
    return out.stdout.strip()


def write_summary(project: Project) -> Path:
    """Reads mutation/report.json and writes bench/mutation.json; returns its path."""
    report = project.written_by(REPORT, "make mutate")
    summary = summarize(report, head_commit(project.root), date.today().isoformat())
    path = project.root / SUMMARY
    path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_summary(project: Project) -> dict[str, Any]:
    """The committed bench/mutation.json."""
    return project.written_by(SUMMARY, "make mutate")
