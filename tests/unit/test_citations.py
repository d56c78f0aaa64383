"""Every Markdown file the repository's code, tests, templates and docs cite is in the repository (the docs they
explain themselves with live in docs/)."""
from __future__ import annotations

import re
from pathlib import Path

from pybuild.build.project import Project

CITED = re.compile(r"[\w./-]*\w\.md(?![.\w])")
TEXT_SUFFIXES = {".py", ".js", ".mjs", ".j2", ".md", ".toml", ".json", ".html", ".css"}
SKIPPED = ("node_modules", ".venv", ".git", "generated", "dist", "__pycache__")


def cited_files(root: Path) -> list[tuple[Path, str]]:
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if (path.suffix not in TEXT_SUFFIXES or not path.is_file()
                or set(path.relative_to(root).parts) & set(SKIPPED) or relative.endswith("package-lock.json")):
            continue
        found += [(path, name) for name in CITED.findall(path.read_text(encoding="utf-8", errors="replace"))]
    return found


def test_every_cited_markdown_file_exists(project: Project) -> None:
    root = project.root
    citations = cited_files(root)
    assert any(name == "docs/sdk-contract.md" for _, name in citations), "the scan must see the citations"
    missing = [f"{path.relative_to(root)}: {name}" for path, name in citations
               if not any((base / name).is_file() for base in (root, path.parent, root / "docs"))]
    assert missing == []
