"""`pybuild` run as a user runs it: a fresh interpreter in `cwd`, its output captured, its exit status kept."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def pybuild(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pybuild", *args], cwd=cwd, capture_output=True, text=True,
                          check=False)
