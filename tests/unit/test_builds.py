"""The outputs `pybuild build` writes for each consumer: legacy ES5, the npm package, the manifest."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from pybuild.build.bundle import COMPILE_HINT, browser_path
from pybuild.build.legacy import ES5_CHECK, SHIMS
from pybuild.build.manifest import read_manifest
from pybuild.build.project import Project
from pybuild.build.tools import npm_bin

LEGACY, MODERN = browser_path("legacy"), browser_path("modern")


def node(project: Project, script: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", "--input-type=module", "-e", script, *args], cwd=cwd or project.root,
                          capture_output=True, text=True, check=False)


# Loads a browser file the way the SDK does (a classic script in a page's global scope), with a bare window.
RUN_IN_WINDOW = """
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
const window = { INTERCOM_RS: { OTHER: 1 } };
vm.runInNewContext(readFileSync(process.argv[1], 'utf8'), { window, console });
const instance = new window.INTERCOM_RS.INTERCOM({ appId: 'abc123xy' }, { logLevel: 'NONE' }, {});
console.log(JSON.stringify([Object.keys(window.INTERCOM_RS), typeof window.INTERCOM_RS.INTERCOM, instance.name]));
"""


SCENARIO = Path(__file__).with_name("run_scenario.cjs")


def scenario_trace(project: Project, file: Path, kind: str) -> str:
    done = subprocess.run(["node", SCENARIO, file, kind], cwd=project.root, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def npm_trace(project: Project, dist: Path) -> str:
    trace = scenario_trace(project, dist / "npm" / "index.cjs", "npm")
    assert '"threw"' not in trace
    return trace


@pytest.mark.parametrize("file", [LEGACY, MODERN])
def test_minified_files_behave_as_the_npm_build(project: Project, dist: Path, npm_trace: str, file: str) -> None:
    """The browser files are minified (private `_x` names shortened, esbuild then terser): one
    session through every feature must do exactly what it does through the npm build, whose names are kept."""
    assert scenario_trace(project, dist / file, "browser") == npm_trace


@pytest.mark.parametrize("file", [LEGACY, MODERN])
def test_browser_files_define_the_global_the_sdks_look_for(project: Project, dist: Path, file: str) -> None:
    done = node(project, RUN_IN_WINDOW, str(dist / file))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [["OTHER", "INTERCOM"], "function", "INTERCOM"]


@pytest.mark.parametrize("file", [LEGACY, MODERN])
def test_browser_files_are_ascii(dist: Path, file: str) -> None:
    """The SDK's script tag has no charset: a page in another encoding must read the same code."""
    (dist / file).read_bytes().decode("ascii")


@pytest.mark.parametrize("file", [LEGACY, MODERN])
def test_browser_files_open_with_the_compile_hint_and_their_maps_count_its_line(dist: Path, file: str) -> None:
    """docs/build.md: Chrome compiles the whole file while it streams it; the code starts on line 2, and so does the
    source map's first mapping."""
    assert (dist / file).read_text(encoding="ascii").split("\n", 1)[0] == COMPILE_HINT
    assert json.loads((dist / (file + ".map")).read_text())["mappings"].startswith(";")


def test_es5_check_names_each_problem(project: Project, tmp_path: Path) -> None:
    """The check every legacy build passes (pybuild/build/legacy.py) can fail, and says why."""
    sample = tmp_path / "sample.js"
    sample.write_text("var a = Object.assign({}, {}); var b = 'x'.padStart(2); var c = Number.isInteger(1);"
                      "var d = [1].includes(1); var e = typeof Symbol != 'undefined' && Symbol.iterator;"
                      "var f = Object.values({}); var g = new Map();")
    done = subprocess.run(["node", ES5_CHECK, sample], cwd=project.root, capture_output=True, text=True)
    assert done.returncode == 1
    found = [line.split(": ", 1)[1] for line in done.stdout.splitlines()]
    assert found == [f"uses {name}, which the legacy SDKs do not polyfill" for name in
                     ["the method padStart", "Map", "Number.isInteger", "Object.assign"]]
    sample.write_text("var f = (x) => x;")
    done = subprocess.run(["node", ES5_CHECK, sample], cwd=project.root, capture_output=True, text=True)
    assert done.returncode == 1 and "not ES5 syntax" in done.stdout


def test_legacy_source_map_points_at_the_sources(dist: Path) -> None:
    sources = json.loads((dist / (LEGACY + ".map")).read_text())["sources"]
    names = {Path(s).name for s in sources}
    assert {"index.js", "loader.js", "flatten.js"} <= names
    assert all("integration_js/src/" in s or s.endswith(SHIMS.name) for s in sources), sources


def test_npm_builds_export_the_class(project: Project, dist: Path) -> None:
    esm = node(project, "const m = await import(process.argv[1]); console.log(typeof m.INTERCOM, Object.keys(m));",
               (dist / "npm/index.mjs").as_uri())
    assert esm.stdout.strip() == "function [ 'INTERCOM' ]", esm.stderr
    cjs = subprocess.run(["node", "-e", "const m = require(process.argv[1]); const i = new m.INTERCOM({appId: 'x1'});"
                          "console.log(typeof m.INTERCOM, i.isReady())", dist / "npm/index.cjs"],
                         capture_output=True, text=True, check=False)
    assert cjs.stdout.strip() == "function false", cjs.stderr


def test_npm_package_json_is_publishable(project: Project, dist: Path) -> None:
    package = json.loads((dist / "npm/package.json").read_text())
    spec = project.spec()
    assert package["name"] == project.npm_package()["package"] and package["version"] == spec["version"]
    assert "private" not in package
    done = subprocess.run(["npm", "pack", "--dry-run", "--json", "--ignore-scripts"], cwd=dist / "npm",
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    packed = {f["path"] for f in json.loads(done.stdout)[0]["files"]}
    assert packed == {"index.mjs", "index.cjs", "index.d.ts", "index.d.mts", "README.md", "package.json"}


CONSUMER = """
import { INTERCOM, type IntercomConfig, type IntercomPageOptions } from '%s';
const config: IntercomConfig = { appId: 'abc123xy', apiServer: 'eu', horizontalPadding: 24, hideDefaultLauncher: true };
const page: IntercomPageOptions = { bootAnonymousVisitors: false, apiServer: 'au' };
window.INTERCOM_RS = { INTERCOM };
const plugin = new INTERCOM(config, { logLevel: 'WARN', loadOnlyIntegrations: { All: true, Intercom: page } },
                            { destinationId: 'd1' });
plugin.init();
const ready: boolean = plugin.isReady();
plugin.track({ message: { event: 'Signed Up', properties: { plan: 'pro' } } });
"""


def test_types_accept_a_real_config_and_refuse_a_wrong_one(project: Project, dist: Path, tmp_path: Path) -> None:
    target = os.path.relpath(dist / "npm/index.mjs", tmp_path)
    tsc = [project.node_modules / ".bin/tsc", "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution",
           "nodenext", "--target", "es2017", "--lib", "es2017,dom"]
    good = tmp_path / "good.mts"
    good.write_text(CONSUMER % target)
    bad = tmp_path / "bad.mts"
    bad.write_text((CONSUMER % target).replace("apiServer: 'eu'", "apiServer: 'mars'"))
    # One tsc run for both (it starts in seconds): every error it reports is in bad.mts, and one is about 'mars'.
    done = subprocess.run([*tsc, good, bad], capture_output=True, text=True, check=False, cwd=tmp_path)
    errors = [line for line in done.stdout.splitlines() if ": error TS" in line]
    assert done.returncode != 0 and errors and all(line.startswith("bad.mts(") for line in errors), done.stdout
    assert "mars" in done.stdout


def test_manifest_covers_every_file(dist: Path) -> None:
    manifest = read_manifest(dist)
    on_disk = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file() and p.name != "manifest.json"}
    assert set(manifest["files"]) == on_disk
    assert {MODERN, LEGACY, MODERN + ".map", LEGACY + ".map", "npm/index.mjs", "npm/index.cjs", "npm/index.d.ts",
            "npm/package.json"} <= on_disk
    for name, entry in manifest["files"].items():
        data = (dist / name).read_bytes()
        assert entry["bytes"] == len(data)
        assert 0 < entry["brotli"] and 0 < entry["gzip"]
        assert entry["integrity"] == "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


SHIM_CASES = """
const o = {}; const s = new Set(); s.add(o); s.add(o).add(1);
const out = {
  assign: Object.assign({a: 1}, null, {b: 2}, {a: 3}),
  set: [s.has(o), s.has(1), s.has({}), s.has(2)],
};
console.log(JSON.stringify(out));
"""


def test_legacy_shims_behave_like_the_builtins(project: Project, tmp_path: Path) -> None:
    cases = tmp_path / "cases.js"
    cases.write_text(SHIM_CASES)
    native = subprocess.run(["node", cases], capture_output=True, text=True, check=True).stdout
    shimmed = tmp_path / "shimmed.js"
    subprocess.run([npm_bin(project, "esbuild"), cases, "--bundle", f"--inject:{SHIMS}",
                    f"--outfile={shimmed}"], capture_output=True, check=True)
    assert "Object.assign" not in shimmed.read_text() and "new Set" not in shimmed.read_text()
    assert subprocess.run(["node", shimmed], capture_output=True, text=True, check=True).stdout == native
