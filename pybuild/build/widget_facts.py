"""Renders what pybuild.embed (shipped to site owners without the spec) needs to know of destination.toml:
pybuild/embed/fake_intercom/facts.json for the offline widget (Intercom's Messenger settings and callbacks), and
pybuild/embed/page_options.json for pybuild.embed.snippet's `options` (the config table's keys and their checks)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pybuild.build.render import row_pattern
from pybuild.embed.offline_widget import FACTS, SECRET_PATH
from pybuild.embed.page_options import TABLE


def messenger_settings(spec: dict[str, Any]) -> list[str]:
    """Every key Intercom reads as a Messenger setting rather than a person attribute."""
    return ["installation_type", *(row["setting"] for row in spec["config"] if "setting" in row)]


def facts(spec: dict[str, Any]) -> str:
    return json.dumps({"widget_url": spec["widget_url"], "secret_path": SECRET_PATH,
                       "settings": messenger_settings(spec),
                       "callbacks": [row["callback"] for row in spec["messenger_event"]]}, indent=2) + "\n"


def option_check(spec: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """One config row as the snippet checks it: its kind, and the enum's values, the integer's bounds, or the
    pattern (a JS regular expression the plugin matches case-insensitively against the trimmed string)."""
    check: dict[str, Any] = {"key": row["key"], "kind": row["kind"]}
    check |= {bound: row[bound] for bound in ("values", "min", "max") if bound in row}
    pattern = row_pattern(spec, row)
    if pattern:
        check["pattern"] = pattern.source
    return check


def page_options(spec: dict[str, Any]) -> str:
    return json.dumps([option_check(spec, row) for row in spec["config"]], indent=2) + "\n"


def refresh(path: Path, text: str, check: bool) -> bool:
    stale = not path.is_file() or path.read_text(encoding="utf-8") != text
    if stale and not check:
        path.write_text(text, encoding="utf-8")
    return stale


def update(spec: dict[str, Any], check: bool = False) -> bool:
    """Re-renders facts.json; returns whether it was stale (with `check`, only says so)."""
    return refresh(FACTS, facts(spec), check)


def update_options(spec: dict[str, Any], check: bool = False) -> bool:
    """Re-renders page_options.json; returns whether it was stale (with `check`, only says so)."""
    return refresh(TABLE, page_options(spec), check)
