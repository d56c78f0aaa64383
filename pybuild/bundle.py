"""Builds dist/: the modern and legacy browser files the SDKs fetch, the npm package, and the manifest."""
from __future__ import annotations

import shutil
from pathlib import Path

from pybuild.legacy import bundle_legacy
from pybuild.manifest import write_manifest
from pybuild.npm import build_npm
from pybuild.project import Project
from pybuild.render import render_sources
from pybuild.tools import node, npm_bin, run

FILE_NAME = "INTERCOM.min.js"
MODERN_TARGET = "es2017"
OUTPUTS = ("modern", "legacy", "npm")
# Minified browser files. Properties named `_x` are the plugin's private fields and methods: esbuild shortens them
# (no code outside the bundle may read them); `--drop-labels=DEV` removes `DEV: ...` blocks (checks for tests).
MINIFY = ["--minify", "--legal-comments=none", "--charset=utf8", "--mangle-props=^_[a-zA-Z]", "--drop-labels=DEV"]


def browser_file(out: Path, target: str) -> Path:
    return out / target / "js-integrations" / FILE_NAME


def bundle_modern(project: Project, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    run([npm_bin(project, "esbuild"), project.generated / "entry.modern.js", "--bundle", "--format=iife",
         f"--target={MODERN_TARGET}", *MINIFY, "--sourcemap", f"--outfile={dest}"],
        cwd=project.root, what="esbuild (modern)")
    return dest


def build(project: Project, out: Path) -> list[Path]:
    node()
    render_sources(project)
    for name in OUTPUTS:  # no stale file from an earlier build may reach the manifest
        shutil.rmtree(out / name, ignore_errors=True)
    files = [
        bundle_modern(project, browser_file(out, "modern")),
        bundle_legacy(project, browser_file(out, "legacy"), MINIFY),
        *build_npm(project, out, MODERN_TARGET),
    ]
    write_manifest(project, out)
    return files
