"""A broken destination.toml stops `pybuild` with one line naming the key (pybuild/build/spec.py), exit status 1, no
traceback: run as a user runs it, on a copy of the project with one mistake in the file."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pybuild.build.project import Project
from tests.unit.cli import pybuild

# (what the mistake is, the text replaced, its replacement, what the one error line says after "destination.toml: ")
MISTAKES = [
    ("wrong type", 'name = "INTERCOM"', "name = 42", "name: must be a non-empty string, got 42"),
    ("missing key", 'display_name = "Intercom"\n', "", "display_name: missing"),
    ("TOML syntax", 'version = "0.1.0"', "version = [", "Invalid value (at line 6, column 1)"),
    ("unknown config kind", 'key = "hideDefaultLauncher"\nkind = "boolean"', 'key = "hideDefaultLauncher"\nkind = "bool"',
     "[[config]] #3 (hideDefaultLauncher).kind: unknown kind 'bool' (known: string, boolean, integer, enum, color, "
     "selector)"),
    ("enum without values", 'values = ["left", "right"]\n', "", "[[config]] #5 (alignment).values: an enum needs its values"),
    ("default of the wrong type", "default = 20\n", 'default = "20"\n',
     "[[config]] #14 (metadataKeyLimit).default: must be an integer (kind integer), got '20'"),
    ("unknown row key", 'key = "zIndex"\n', 'key = "zIndex"\nmaximum = 5\n', "[[config]] #12 (zIndex).maximum: unknown key"),
    ("setting spelled out", 'key = "zIndex"\nkind = "integer"\nmin = 0\nsetting = true',
     'key = "zIndex"\nkind = "integer"\nmin = 0\nsetting = "zindex"',
     "[[config]] #12 (zIndex).setting: write `setting = true` (the setting is named 'z_index')"),
    ("pattern that is no regex", "selector = '^[^<>{};]{1,200}$'", "selector = '^[a-'", "patterns.selector: not a regular expression"),
    ("unknown source", 'intercom = "email"\nsource = "traits"', 'intercom = "email"\nsource = "cookies"',
     "[[person]] #2 (email).source: unknown source 'cookies' (known: message, traits, context, intercom)"),
    ("unknown field kind", 'intercom = "plan"\nkind = "text"', 'intercom = "plan"\nkind = "colour"',
     "[[company]] #4 (plan).kind: unknown kind 'colour' (known: id, text, date, integer, boolean, avatar)"),
    ("source of a list that is no path", 'message = ["message"]', 'message = ["message/"]',
     "sources.message: 'message/' is not an object path like 'context.traits'"),
    ("incomplete messenger event", 'event = "Intercom Messenger Closed"\n', "", "[[messenger_event]] #2 (onHide).event: missing"),
    ("region default not a region", 'default = "standard"', 'default = "mars"',
     "[[config]] #2 (apiServer).default: 'mars' is not a key of [regions]"),
    ("limit of the wrong type", "string_max = 255", 'string_max = "255"',
     "limits.string_max: must be an integer, got '255'"),
    ("region that is no URL", 'eu = "https://api-iam.eu.intercom.io"', 'eu = "api-iam.eu.intercom.io"',
     "regions.eu: must be an https:// URL, got 'api-iam.eu.intercom.io'"),
    ("launcher colour that is no colour", 'color = "#333333"', 'color = "grey!"',
     "launcher.color: 'grey!' is not a colour of patterns.color"),
    ("launcher without its size", "size_px = 48", "", "launcher.size_px: missing"),
    ("rule on the wrong kind", 'kind = "string"\nrule = "app_id"', 'kind = "integer"\nrule = "app_id"',
     "[[config]] #1 (appId).kind: the app_id rule validates a string, not an integer"),
]


def copy_project(project: Project, folder: Path) -> Path:
    """The project's spec, templates and README in `folder`."""
    shutil.copytree(project.js, folder / "integration_js", ignore=shutil.ignore_patterns("generated", "src", "test"))
    shutil.copy(project.root / "README.md", folder / "README.md")
    return folder


def replace_once(path: Path, old: str, new: str) -> None:
    """`old`, which must appear once in the file at `path`, replaced by `new`."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the mistake's text must appear once in {path.name}: {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def copy_with(project: Project, folder: Path, old: str, new: str) -> Path:
    """copy_project(), with `old` replaced by `new` in destination.toml."""
    replace_once(copy_project(project, folder) / "integration_js" / "destination.toml", old, new)
    return folder


@pytest.mark.parametrize("old, new, expected", [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_a_mistake_is_one_line_naming_the_key(project: Project, tmp_path: Path, old: str, new: str,
                                              expected: str) -> None:
    done = pybuild(copy_with(project, tmp_path, old, new), "docs", "--check")
    assert done.returncode == 1 and done.stdout == "", done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("pybuild: error: destination.toml: " + expected.split("(known")[0]), lines[0]
    assert expected in lines[0]


def test_build_stops_at_the_spec_not_at_esbuild(project: Project, tmp_path: Path) -> None:
    folder = copy_with(project, tmp_path / "project", 'name = "INTERCOM"', "name = 42")
    done = pybuild(folder, "build", "--out", str(tmp_path / "dist"))
    assert (done.returncode, done.stderr) == (1, "pybuild: error: destination.toml: name: must be a non-empty "
                                                 "string, got 42\n")
    assert not (tmp_path / "dist").exists()


def test_the_project_spec_is_valid_and_completed(project: Project) -> None:
    spec = project.spec()
    rows = {row["key"]: row for row in spec["config"]}
    assert rows["zIndex"]["setting"] == "z_index"  # `setting = true`: the key in snake_case
    assert rows["apiServer"]["values"] == list(spec["regions"])  # the region rule: the keys of [regions]
    assert "setting" not in rows["bootAnonymousVisitors"]


# The files beside the spec: (file, text replaced, replacement, the one error line after "pybuild: error: ").
BESIDE_MISTAKES = [
    ("bench/measures.toml", "regression_warning = 0.25", "regression_warning = 25",
     "measures.toml: bench.regression_warning: must be a number between 0 and 1, got 25"),
    ("bench/measures.toml", "modern_gzip_ceiling =", "modern_gzip_cap =", "measures.toml: size.modern_gzip_ceiling: missing"),
    ("integration_js/npm-package.toml", 'license = "MIT"\n', "", "npm-package.toml: license: missing"),
]


@pytest.mark.parametrize("file, old, new, expected", BESIDE_MISTAKES, ids=[m[3].split(":")[1] for m in BESIDE_MISTAKES])
def test_a_broken_file_beside_the_spec_is_one_line(project: Project, tmp_path: Path, file: str, old: str, new: str,
                                                   expected: str) -> None:
    folder = copy_project(project, tmp_path)
    shutil.copytree(project.root / "bench", folder / "bench")
    (folder / "node_modules").symlink_to(project.node_modules)
    replace_once(folder / file, old, new)
    command = ("docs", "--check") if file.startswith("bench") else ("build", "--out", str(tmp_path / "dist"))
    done = pybuild(folder, *command)
    assert (done.returncode, done.stderr) == (1, f"pybuild: error: {expected}\n")
