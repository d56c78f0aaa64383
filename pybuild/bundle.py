"""Bundles the plugin with esbuild into dist/ and writes the manifest."""
from __future__ import annotations

from pathlib import Path

from pybuild.manifest import write_manifest
from pybuild.project import Project
from pybuild.render import render_sources
from pybuild.tools import node, npm_bin, run

FILE_NAME = "INTERCOM.min.js"
ESBUILD_TARGETS = {"modern": "es2017"}


def bundle_browser(project: Project, target: str, out: Path) -> Path:
    dest = out / target / "js-integrations" / FILE_NAME
    dest.parent.mkdir(parents=True, exist_ok=True)
    run(
        [
            npm_bin(project, "esbuild"),
            project.generated / f"entry.{target}.js",
            "--bundle",
            "--format=iife",
            f"--target={ESBUILD_TARGETS[target]}",
            "--minify",
            "--sourcemap",
            "--legal-comments=none",
            f"--outfile={dest}",
        ],
        cwd=project.root,
        what=f"esbuild ({target})",
    )
    return dest


def build(project: Project, out: Path) -> list[Path]:
    node()
    render_sources(project)
    files = [bundle_browser(project, target, out) for target in ESBUILD_TARGETS]
    write_manifest(project, out)
    return files
