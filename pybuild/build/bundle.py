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
# ES2018: the object spread the session core copies its state with stays native (V8 keeps the copy fast). Every
# browser that runs the v3 SDK's modern build parses far more (optional chaining, `??`).
MODERN_TARGET = "es2018"
OUTPUTS = ("modern", "legacy", "npm")
# esbuild bundles and minifies; the plugin's private `_x` fields and methods (a convention no message, config or
# built-in name follows) are shortened. Then one compressor, terser, with safe options only (no `unsafe*`). ASCII
# only: a script is decoded with the page's charset when the server names none.
MINIFY = ["--minify", "--legal-comments=none", "--mangle-props=^_[a-zA-Z]"]
# The browser files open with V8's explicit compile hint (Chrome 136+; a comment elsewhere): nearly every function
# runs as the plugin starts or at the first events, so Chrome compiles them all while it streams the file, off the
# main thread, instead of one by one on it as they are first called (docs/page-speed.md "The plugin's own start").
COMPILE_HINT = "//# allFunctionsCalledOnLoad"
TERSER = ["--compress", "passes=2", "--mangle", "--format", f"ascii_only=true,preamble='{COMPILE_HINT}'"]


def browser_file(out: Path, target: str) -> Path:
    """Where the SDKs look for the `target` browser build below `out` (RudderStack's CDN layout)."""
    return out / target / "js-integrations" / FILE_NAME


def browser_path(target: str) -> str:
    """The same file relative to the output folder, as dist/manifest.json and the demo's /cdn/ URLs name it."""
    return browser_file(Path(), target).as_posix()


def compress(project: Project, source: Path, dest: Path, ecma: int) -> Path:
    """Compresses `source` (which carries an inline source map) into `dest` and `dest`.map, then removes `source`."""
    map_option = f"content=inline,url='{dest.name}.map',includeSources"
    run([npm_bin(project, "terser"), source, f"--ecma={ecma}", *TERSER, "--source-map", map_option, "-o", dest],
        cwd=project.root, what=f"terser ({dest.parent.parent.name})")
    source.unlink()
    return dest


def bundle_modern(project: Project, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    stage = dest.with_name("esbuild." + FILE_NAME)  # beside dest, so the map's relative source paths stay right
    run([npm_bin(project, "esbuild"), project.generated / ENTRY, "--bundle", "--format=iife",
         f"--target={MODERN_TARGET}", *MINIFY, "--sourcemap=inline", f"--outfile={stage}"],
        cwd=project.root, what="esbuild (modern)")
    return compress(project, stage, dest, ecma=2018)


def build(project: Project, out: Path) -> list[Path]:
    node()
    package = project.npm_package()  # every input checked before any tool runs
    render_sources(project)
    for name in OUTPUTS:  # no stale file from an earlier build may reach the manifest
        shutil.rmtree(out / name, ignore_errors=True)
    files = [
        bundle_modern(project, browser_file(out, "modern")),
        bundle_legacy(project, browser_file(out, "legacy"), MINIFY, compress),
        *build_npm(project, out, MODERN_TARGET, package),
    ]
    write_manifest(project, out)
    return files
