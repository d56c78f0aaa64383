"""The offline Intercom widget (pybuild/fake_intercom/widget.js): one file for the demo, our tests and the
`intercom` pytest fixture that ships with the package. Its Messenger setting names and callbacks are rendered
from destination.toml by `pybuild docs`; the rendered file is committed because the package ships it."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

FOLDER = Path(__file__).parent / "fake_intercom"
WIDGET = FOLDER / "widget.js"
TEMPLATE = "widget.js.j2"


def messenger_settings(spec: dict[str, Any]) -> list[str]:
    """Every key Intercom reads as a Messenger setting rather than a person attribute."""
    return ["app_id", "api_base", "installation_type",
            *(row["setting"] for row in spec["config"] if "setting" in row and row["setting"] != "api_base")]


def render(spec: dict[str, Any]) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(FOLDER), undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True)
    return env.get_template(TEMPLATE).render(
        settings=messenger_settings(spec), callbacks=[row["callback"] for row in spec["messenger_event"]])


def update(spec: dict[str, Any], check: bool = False) -> bool:
    """Re-renders widget.js; returns whether it was stale (with `check`, only says so)."""
    text = render(spec)
    stale = not WIDGET.is_file() or WIDGET.read_text(encoding="utf-8") != text
    if stale and not check:
        WIDGET.write_text(text, encoding="utf-8")
    return stale
