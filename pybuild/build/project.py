"""Where things are, and the destination spec (the single source of truth)."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pybuild.build.spec import SpecError, load_measures, load_npm_package, load_spec


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
        """destination.toml, checked against pybuild/build/spec.py's schema (a mistake is one BuildError line)."""
        return checked(load_spec, self.spec_file)

    def npm_package(self) -> dict[str, Any]:
        """integration_js/npm-package.toml: the npm package's name, description, license and keywords."""
        return checked(load_npm_package, self.js / "npm-package.toml")

    def measures(self) -> dict[str, Any]:
        """bench/measures.toml: the size ceiling `make test` enforces and the bench's regression warning."""
        return checked(load_measures, self.root / "bench" / "measures.toml")

    def written_by(self, relative: Path, command: str) -> Any:
        """A JSON file one of the project's commands writes (`make bench`, `make mutate`); a missing or broken one is
        one BuildError line naming the command that writes it."""
        try:
            return json.loads((self.root / relative).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BuildError(f"{relative.as_posix()} is missing: run `{command}`") from None
        except ValueError as err:
            raise BuildError(f"{relative.as_posix()}: {err}") from err


def checked(load: Callable[[Path], dict[str, Any]], path: Path) -> dict[str, Any]:
    try:
        return load(path)
    except SpecError as err:
        raise BuildError(str(err)) from err
