"""pybuild: rendering from the single source, the manifest, the CLI's errors, the demo server's endpoints."""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from pybuild.build.bundle import browser_file, browser_path
from pybuild.cli import main
from pybuild.build.manifest import write_manifest
from pybuild.build.manifest import read_manifest
from pybuild.build.project import BuildError, Project
from pybuild.build.render import render_readme, render_sources
from pybuild.demo.server import decode_config, source_config
from tests.unit.cli import pybuild


def test_constants_come_from_the_spec(project: Project, dist: Path) -> None:
    # After the session's build (`dist`): under pytest-xdist another worker may be building, and this rewrites the
    # sources its esbuild reads.
    render_sources(project)
    spec = project.spec()
    constants = (project.generated / "constants.js").read_text()
    assert f'export const STRING_MAX = {spec["limits"]["string_max"]};' in constants
    assert '"eu": "https://api-iam.eu.intercom.io"' in constants
    for entry in spec["config"]:
        if "rule" not in entry:  # validated by its own rule, not by a SETTING_KEYS row
            assert f'"{entry["key"]}"' in constants
    entry = (project.generated / "entry.browser.js").read_text()
    assert "window.INTERCOM_RS = Object.assign(window.INTERCOM_RS || {}, { INTERCOM: INTERCOM });" in entry


def test_readme_tables_are_generated_and_current(project: Project) -> None:
    text = (project.root / "README.md").read_text()
    assert render_readme(project, text) == text, "run `pybuild docs`"
    for entry in project.spec()["config"]:
        assert f"| `{entry['key']}` |" in text


def test_readme_names_an_unknown_table(project: Project) -> None:
    with pytest.raises(BuildError, match="no table named 'nope'"):
        render_readme(project, "<!-- generated:nope -->\nx\n<!-- /generated -->\n")


def test_manifest_sizes_and_integrity(project: Project, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    data = b"window.x = 1;\n" * 50
    (tmp_path / "a" / "f.js").write_bytes(data)
    manifest = json.loads(write_manifest(project, tmp_path).read_text())
    entry = manifest["files"]["a/f.js"]
    assert entry["bytes"] == len(data)
    assert entry["gzip"] == len(gzip.compress(data, compresslevel=9, mtime=0))
    assert entry["integrity"] == "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
    assert manifest["version"] == project.spec()["version"]


def test_built_manifest_matches_the_bundle(dist: Path) -> None:
    manifest = read_manifest(dist)
    bundle = browser_file(dist, "modern")
    assert manifest["files"][browser_path("modern")]["bytes"] == bundle.stat().st_size
    assert bundle.with_name(bundle.name + ".map").is_file()
    text = bundle.read_text()
    assert "INTERCOM_RS" in text and "eval(" not in text and "new Function" not in text


def test_missing_esbuild_is_one_clear_line(project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "proj"
    shutil.copytree(project.js, fake / "integration_js", ignore=shutil.ignore_patterns("generated"))
    (fake / "README.md").write_text("x")
    monkeypatch.chdir(fake)
    assert main(["build"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["pybuild: error: esbuild not found in node_modules: run `npm ci` (or `make setup`)"]


def test_cli_runs_as_a_module_and_rejects_unknown_commands(project: Project) -> None:
    done = pybuild(project.root, "nope")
    assert done.returncode == 2 and "invalid choice" in done.stderr


def test_source_config_shape() -> None:
    config = source_config({"appId": "abc123xy"})
    destination = config["source"]["destinations"][0]
    assert destination["destinationDefinition"] == {"name": "INTERCOM", "displayName": "Intercom"}
    assert destination["config"]["appId"] == "abc123xy"


def test_decode_config_rejects_garbage() -> None:
    assert decode_config(base64.urlsafe_b64encode(b'{"appId": "x"}').decode().rstrip("=")) == {"appId": "x"}
    for token in ["%%%", base64.urlsafe_b64encode(b"[1]").decode()]:
        with pytest.raises(ValueError):
            decode_config(token)
