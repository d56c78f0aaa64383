"""External tools (node, esbuild), found or reported with the command that installs them."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pybuild.build.project import BuildError, Project


def node() -> str:
    found = shutil.which("node")
    if not found:
        raise BuildError("node not found: install Node.js 20 (apt-get install -y nodejs npm), then run `make setup`")
    return found


def npm_bin(project: Project, name: str) -> Path:
    path = project.node_modules / ".bin" / name
    if not path.exists():
        raise BuildError(f"{name} not found in node_modules: run `npm ci` (or `make setup`)")
    return path


def run(cmd: list[str | Path], cwd: Path, what: str) -> str:
    """Runs a tool; a failure becomes one BuildError line with the tool's own first error line."""
    try:
        done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as err:
        raise BuildError(f"{what}: cannot run {cmd[0]}: {err}") from err
    if done.returncode != 0:
        lines = [l for l in (done.stderr + done.stdout).splitlines() if l.strip()]
        detail = next((l for l in lines if "error" in l.lower()), lines[0] if lines else "no output")
        raise BuildError(f"{what} failed (exit {done.returncode}): {detail.strip()}")
    return done.stdout
