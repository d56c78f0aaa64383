"""Which Chromium the tests launch: $PYBUILD_CHROMIUM, else Playwright's own, else the system one (its headless
shell when the tests run headless and it is installed)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pybuild.build.project import BuildError

ENV = "PYBUILD_CHROMIUM"
SYSTEM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
HEADLESS_SHELL = "chromium-headless-shell"
# Chromium with none of its own traffic (updates, sync, first-run pages): only what a page requests goes out.
QUIET_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]


def playwright_chromium_installed() -> bool:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return False
    with sync_playwright() as pw:
        return Path(pw.chromium.executable_path).exists()


def chromium_executable() -> str | None:
    """A path for `executable_path`, or None to let Playwright use its own browser."""
    override = os.environ.get(ENV)
    if override:
        return override
    if playwright_chromium_installed():
        return None
    for name in SYSTEM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def headless_executable() -> str | None:
    """chromium_executable() for a headless browser: where that is the system Chromium, the system's headless shell
    (Debian's chromium-headless-shell) if installed, the build Playwright itself runs headless. A test page costs
    it a fraction of the CPU of full Chromium's headless mode (measured: 24 short tests took 24 s of Chromium CPU, 5 s in the shell)."""
    return headless_for(chromium_executable())


def headless_for(found: str | None) -> str | None:
    """headless_executable() for the Chromium chromium_executable() chose (None: Playwright's own)."""
    if found is None or os.environ.get(ENV):
        return found
    return shutil.which(HEADLESS_SHELL) or found


def apt_install(*packages: str) -> bool:
    """Installs Debian packages (apt-get update first: a fresh machine's lists are empty); False where it cannot."""
    if not shutil.which("apt-get"):
        return False
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        if subprocess.run(command, capture_output=True, text=True, check=False).returncode != 0:
            return False
    return True


def ensure_chromium() -> str:
    """Makes sure a Chromium is there, Playwright's own where it downloads, else the system's with its headless shell
    (the tests run headless: the shell halves their CPU); returns a description of the one the tests will use.
    Playwright's driver is started to look for its own browser only where the choice depends on it."""
    found = chromium_executable()
    if found is None and not playwright_chromium_installed():
        done = subprocess.run([sys.executable, "-m", "playwright", "install", "chromium"], capture_output=True,
                              text=True, check=False)
        if done.returncode != 0:  # Playwright's download is refused here: the system packages
            apt_install("chromium", HEADLESS_SHELL)
        found = chromium_executable()
        if found is None and not playwright_chromium_installed():
            raise BuildError(f"no Chromium: run `apt-get install chromium` or set {ENV}=/path/to/chromium")
    if found and not os.environ.get(ENV) and not shutil.which(HEADLESS_SHELL):
        apt_install(HEADLESS_SHELL)  # best effort: full Chromium runs headless too, at twice the CPU
    return headless_for(found) or "playwright's own chromium"
