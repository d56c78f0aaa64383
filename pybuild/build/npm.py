"""dist/npm/: the package an app bundles itself (ESM, CommonJS, types), all rendered from destination.toml."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from pybuild.build.project import BuildError, Project
from pybuild.build.render import environment, template_context
from pybuild.build.tools import npm_bin, run

# Unminified: the app's own bundler minifies; the target matches the modern browser build.
FORMATS = {"index.mjs": "esm", "index.cjs": "cjs"}
RENDERED = {"index.d.ts": "index.d.ts.j2", "index.d.mts": "index.d.ts.j2", "package.json": "npm-package.json.j2",
            "README.md": "npm-README.md.j2"}


def build_npm(project: Project, out: Path, target: str, package: dict[str, Any]) -> list[Path]:
    """`package`: integration_js/npm-package.toml's facts (Project.npm_package)."""
    dest = out / "npm"
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    for name, fmt in FORMATS.items():
        run([npm_bin(project, "esbuild"), project.js / "src" / "index.js", "--bundle", f"--format={fmt}",
             f"--target={target}", "--legal-comments=inline", f"--outfile={dest / name}"],
            cwd=project.root, what=f"esbuild (npm {fmt})")
        files.append(dest / name)
    env = environment(project)
    context = {**template_context(project.spec()), "npm": package}
    for name, template in RENDERED.items():
        try:
            text = env.get_template(template).render(context)
        except jinja2.TemplateError as err:
            raise BuildError(f"{template}: {err}") from err
        (dest / name).write_text(text, encoding="utf-8")
        files.append(dest / name)
    return files
