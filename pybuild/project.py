"""Where things are, and the destination spec (the single source of truth)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class BuildError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits non-zero."""


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> "Project":
        here = (start or Path(__file__)).resolve()
        for folder in [here, *here.parents]:
            if (folder / "integration_js" / "destination.toml").is_file():
                return cls(folder)
        raise BuildError("cannot find integration_js/destination.toml above " + str(here))

    @property
    def js(self) -> Path:
        return self.root / "integration_js"

    @property
    def spec_file(self) -> Path:
        return self.js / "destination.toml"

    @property
    def templates(self) -> Path:
        return self.js / "templates"

    @property
    def generated(self) -> Path:
        return self.js / "src" / "generated"

    @property
    def node_modules(self) -> Path:
        return self.root / "node_modules"

    @property
    def demo(self) -> Path:
        return self.root / "demo_site"

    def spec(self) -> dict[str, Any]:
        try:
            return tomllib.loads(self.spec_file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as err:
            raise BuildError(f"{self.spec_file}: {err}") from err
