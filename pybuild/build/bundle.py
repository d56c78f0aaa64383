"""Builds dist/: the modern and legacy browser files the SDKs fetch, the npm package, and the manifest."""
from __future__ import annotations

import shutil
from pathlib import Path

from pybuild.build.legacy import bundle_legacy
from pybuild.build.manifest import write_manifest
from pybuild.build.npm import build_npm
from pybuild.build.project import Project
from pybuild.build.render import ENTRY, render_sources
from pybuild.build.tools import node, npm_bin, run

FILE_NAME = "INTERCOM.min.js"
MODERN_TARGET = "es2017"
OUTPUTS = ("modern", "legacy", "npm")
# Property names no code outside the bundle reads or writes: esbuild shortens them in the browser files. `_x` are the
# plugin's private fields and methods; the others are the fields of its own tables and of the values its modules pass
# each other (config and field rows, the core's input and result, eventFromTrack's result). A name that is also a
# key of a message, config, Intercom payload or built-in (`event`, `type`, `keys`, `max`, `pattern`, ...) must never
# join this list: tests/unit/test_builds.py runs one scenario through the shortened and the npm build and compares.
INTERNAL_PROPS = ("kind", "setting", "fallback", "values", "min", "field", "source", "convert", "state", "commands",
                  "wakeAt", "settings", "options", "sdk", "site", "ownStub", "inject", "metadata", "dropped", "key", "paths")
MINIFY = ["--minify", "--legal-comments=none", f"--mangle-props=^(_[a-zA-Z]|({'|'.join(INTERNAL_PROPS)})$)"]
# Then terser and uglify-js in turn: each compressor finds a few percent the previous one left (safe options only:
# no `unsafe*`). ASCII only: a script is decoded with the page's charset when the server names none.
TERSER = ["--compress", "passes=2", "--mangle", "--format", "ascii_only=true"]
UGLIFY = ["--compress", "passes=2", "--mangle", "--output-opts", "ascii_only=true"]


def browser_file(out: Path, target: str) -> Path:
    """Where the SDKs look for the `target` browser build below `out` (RudderStack's CDN layout)."""
    return out / target / "js-integrations" / FILE_NAME


def browser_path(target: str) -> str:
    """The same file relative to the output folder, as dist/manifest.json and the demo's /cdn/ URLs name it."""
    return browser_file(Path(), target).as_posix()


def compress(project: Project, source: Path, dest: Path, ecma: int) -> Path:
    """Minifies `source` (which carries an inline source map) into `dest` and `dest`.map, then removes `source`."""
    stage = dest.with_name("terser." + dest.name)
    run([npm_bin(project, "terser"), source, f"--ecma={ecma}", *TERSER, "--source-map", "content=inline,url=inline",
         "-o", stage], cwd=project.root, what=f"terser ({dest.parent.parent.name})")
    map_option = f"content=inline,url='{dest.name}.map',includeSources"
    # uglify's default `module` (strict code, as the ES module sources are) may turn functions into arrows: not in ES5.
    es5 = ["--no-module"] if ecma == 5 else []
    run([npm_bin(project, "uglifyjs"), stage, *UGLIFY, *es5, "--source-map", map_option, "-o", dest],
        cwd=project.root, what=f"uglify-js ({dest.parent.parent.name})")
    source.unlink()
    stage.unlink()
    return dest


def bundle_modern(project: Project, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    stage = dest.with_name("esbuild." + FILE_NAME)  # beside dest, so the map's relative source paths stay right
    run([npm_bin(project, "esbuild"), project.generated / ENTRY, "--bundle", "--format=iife",
         f"--target={MODERN_TARGET}", *MINIFY, "--sourcemap=inline", f"--outfile={stage}"],
        cwd=project.root, what="esbuild (modern)")
    return compress(project, stage, dest, ecma=2017)


def build(project: Project, out: Path) -> list[Path]:
    node()
    render_sources(project)
    for name in OUTPUTS:  # no stale file from an earlier build may reach the manifest
        shutil.rmtree(out / name, ignore_errors=True)
    files = [
        bundle_modern(project, browser_file(out, "modern")),
        bundle_legacy(project, browser_file(out, "legacy"), MINIFY, compress),
        *build_npm(project, out, MODERN_TARGET),
    ]
    write_manifest(project, out)
    return files
