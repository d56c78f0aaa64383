"""Renders pybuild/embed/fake_intercom/facts.json from destination.toml: what the offline widget (shipped to site
owners without the spec) needs to know of Intercom's Messenger settings and callbacks."""
from __future__ import annotations

import json
from typing import Any

from pybuild.embed.offline_widget import FACTS, SECRET_PATH


def messenger_settings(spec: dict[str, Any]) -> list[str]:
    """Every key Intercom reads as a Messenger setting rather than a person attribute."""
    return ["installation_type", *(row["setting"] for row in spec["config"] if "setting" in row)]


def facts(spec: dict[str, Any]) -> str:
    return json.dumps({"widget_url": spec["widget_url"], "secret_path": SECRET_PATH,
                       "settings": messenger_settings(spec),
                       "callbacks": [row["callback"] for row in spec["messenger_event"]]}, indent=2) + "\n"


def update(spec: dict[str, Any], check: bool = False) -> bool:
    """Re-renders facts.json; returns whether it was stale (with `check`, only says so)."""
    text = facts(spec)
    stale = not FACTS.is_file() or FACTS.read_text(encoding="utf-8") != text
    if stale and not check:
        FACTS.write_text(text, encoding="utf-8")
    return stale
