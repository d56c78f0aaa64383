"""The legacy build: ES5 for old browsers, loaded by the v3 SDK's legacy build and by the v1.1 SDK.

esbuild bundles the sources (with ES5 stand-ins injected for ES2015+ statics), Babel's preset-env lowers the
syntax to ES5 under loose assumptions (plain arrays, no Symbol-based helpers), and esbuild minifies with an ES5
target and terser compresses; each step reads the previous step's inline source map, so the final map points at integration_js/src.
A check then parses the result as ES5 and refuses ES2015+ built-ins the legacy SDKs do not polyfill.
Babel assumes iterables are arrays (no Symbol.iterator helpers): the sources may not for…of over a Set or Map,
nor spread one; they never do, and the shim Set offers has/add only."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pybuild.build.project import BuildError, Project
from pybuild.build.render import ENTRY
from pybuild.build.tools import npm_bin, run

HERE = Path(__file__).parent
BABEL_CONFIG = HERE / "babel.legacy.json"
ES5_CHECK = HERE / "es5_check.mjs"
SHIMS = HERE / "legacy-shims.js"


def es5_problems(project: Project, file: Path) -> list[str]:
    """Empty when `file` is ES5 that needs no polyfill beyond the legacy SDKs' own."""
    try:
        run(["node", ES5_CHECK, file], cwd=project.root, what="ES5 check")
    except BuildError as err:
        return [str(err)]
    return []


def bundle_legacy(project: Project, dest: Path, minify_flags: list[str],
                  minify: Callable[[Project, Path, Path, int], Path]) -> Path:
    work = project.generated / "legacy"
    work.mkdir(parents=True, exist_ok=True)
    bundled, lowered = work / "bundle.js", work / "es5.js"
    run([npm_bin(project, "esbuild"), project.generated / ENTRY, "--bundle", "--format=esm",
         "--target=esnext", f"--inject:{SHIMS}", "--sourcemap=inline", f"--outfile={bundled}"],
        cwd=project.root, what="esbuild (legacy bundle)")
    run([npm_bin(project, "babel"), bundled, "--config-file", BABEL_CONFIG, "--source-maps", "inline",
         "--out-file", lowered], cwd=project.root, what="babel (legacy ES5)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    stage = dest.with_name("esbuild." + dest.name)
    run([npm_bin(project, "esbuild"), lowered, "--bundle", "--format=iife", "--target=es5", *minify_flags,
         "--sourcemap=inline", f"--outfile={stage}"], cwd=project.root, what="esbuild (legacy minify)")
    minify(project, stage, dest, 5)
    problems = es5_problems(project, dest)
    if problems:
        raise BuildError(problems[0])
    return dest
