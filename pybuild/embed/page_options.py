"""The plugin's page options (`integrations: {All: true, Intercom: {...}}` in the load call; docs/site-owners.md),
checked before they reach a page: every key and value as the plugin's config table allows.
The table is page_options.json, rendered from destination.toml by `pybuild docs` (pybuild/build/widget_facts.py),
since an installed package has no destination.toml. A problem is a ValueError naming the key, never the value."""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

TABLE = Path(__file__).parent / "page_options.json"
# Never a page option: the REST API key is a server secret (README "Configuration").
SECRETS = ("apiKey",)


def table() -> dict[str, dict[str, Any]]:
    """The config table's checks by key: {key, kind, values?, min?, max?, pattern?}."""
    return {row["key"]: row for row in json.loads(TABLE.read_text(encoding="utf-8"))}


def expectation(row: dict[str, Any]) -> str:
    """What a valid value of the row looks like, in words."""
    kind = row["kind"]
    if kind == "boolean":
        return "true or false"
    if kind == "integer":
        bounds = [f"≥ {row['min']}" if "min" in row else "", f"≤ {row['max']}" if "max" in row else ""]
        return " ".join(["an integer", *filter(None, bounds)])
    if kind == "enum":
        return "one of " + ", ".join(row["values"])
    described = "" if kind == "string" else f"a {kind}: "
    return f"{described}a string matching /{row['pattern']}/i" if "pattern" in row else "a non-empty string"


def valid(row: dict[str, Any], value: Any) -> bool:
    kind = row["kind"]
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool) and value >= row.get("min", value)
                and value <= row.get("max", value))
    if kind == "enum":
        return isinstance(value, str) and value in row["values"]
    if not isinstance(value, str) or not value.strip():
        return False
    return "pattern" not in row or re.search(row["pattern"], value.strip(), re.IGNORECASE) is not None


def known(key: Any, rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if key in SECRETS:
        raise ValueError(f"options: {key} is a server secret and never belongs on a page")
    if key not in rows:
        raise ValueError(f"options: unknown key {key!r} (known: {', '.join(rows)})")
    return rows[key]


def checked(options: Mapping[str, Any]) -> dict[str, Any]:
    """The options as given, once every key is in the config table and every value of its kind."""
    rows = table()
    for key, value in options.items():
        row = known(key, rows)
        if not valid(row, value):
            raise ValueError(f"options: {key} must be {expectation(row)}")
    return dict(options)


def parsed(assignment: str) -> tuple[str, Any]:
    """`key=value` from a command line, the value read as its key's kind; checked() judges it."""
    key, equals, text = assignment.partition("=")
    key = key.strip()
    if not equals or not key:
        raise ValueError("options: write each option as key=value")
    return key, typed(known(key, table())["kind"], text)


def typed(kind: str, text: str) -> Any:
    """Text as a value of `kind`: true/false a boolean, digits an integer, anything else the text as given."""
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    if kind == "integer" and re.fullmatch(r"[+-]?\d+", text.strip()):
        return int(text)
    return text
