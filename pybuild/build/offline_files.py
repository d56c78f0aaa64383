"""The files the offline RudderStack ships (pybuild/embed/offline_rudderstack.py, rudderstack_cdn/): the SDKs' npm
builds and licenses from node_modules, and this project's INTERCOM.min.js of each build from dist/. They are
committed, because a site owner installs the package without node_modules or dist/; `pybuild docs` copies them and
`pybuild docs --check` fails when a copy differs from its origin (so `pybuild build` must have run first)."""
from __future__ import annotations

import json
from pathlib import Path

from pybuild.build.bundle import browser_file, browser_path
from pybuild.build.project import BuildError, Project
from pybuild.embed.offline_rudderstack import FOLDER, PLUGINS, SDKS, SOURCES, WRAPPER


def origins(project: Project, dist: Path) -> dict[str, Path]:
    """Each shipped file (relative to rudderstack_cdn/) → the file it is a copy of."""
    copies = {sdk.shipped: project.node_modules / sdk.package / sdk.path for sdk in SDKS.values()}
    copies |= {sdk.license: license_file(project.node_modules / sdk.package) for sdk in SDKS.values()}
    copies |= {shipped: browser_file(dist, build) for build, shipped in PLUGINS.items()}
    return copies


def license_file(package: Path) -> Path:
    """An npm package's license file (named LICENSE, with or without a suffix), or where it would be."""
    return next(iter(sorted(package.glob("LICENSE*"))), package / "LICENSE")


def version(project: Project, package: str) -> str:
    return json.loads((project.node_modules / package / "package.json").read_text(encoding="utf-8"))["version"]


def expected(project: Project, dist: Path) -> dict[str, bytes]:
    """What rudderstack_cdn/ must hold besides cdn.js: the copies, and sources.json naming where each came from."""
    copies = origins(project, dist)
    missing = sorted(str(path) for path in copies.values() if not path.is_file())
    if missing:
        raise BuildError(f"{missing[0]} is missing: run `pybuild build` (or `make build`) first")
    sources = {sdk.shipped: f"{sdk.package}@{version(project, sdk.package)}/{sdk.path}" for sdk in SDKS.values()}
    sources |= {shipped: f"this project's dist/{browser_path(build)}"
                for build, shipped in PLUGINS.items()}
    files = {shipped: path.read_bytes() for shipped, path in copies.items()}
    files[SOURCES] = (json.dumps(sources, indent=2) + "\n").encode()
    return files


def update(project: Project, check: bool = False, dist: Path | None = None, folder: Path = FOLDER) -> bool:
    """Copies what is stale into `folder` (rudderstack_cdn/) and removes what no longer belongs there; returns
    whether anything was stale (with `check`, only says so). The copies come from `dist` (default: dist/)."""
    files = expected(project, dist or project.root / "dist")
    stale = {name: body for name, body in files.items()
             if not (folder / name).is_file() or (folder / name).read_bytes() != body}
    ours = {WRAPPER.name, *files}
    extra = [path for path in folder.rglob("*") if path.is_file() and path.relative_to(folder).as_posix() not in ours]
    if not check:
        for name, body in stale.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(body)
        for path in extra:
            path.unlink()
    return bool(stale or extra)
