"""The offline Intercom widget (pybuild/fake_intercom/): one file for the demo, our tests, the bench and the
`intercom` pytest fixture that ships with the package. The names it needs from destination.toml (Messenger setting
names and callbacks) are rendered into facts.json by `pybuild docs`, committed because the package ships it (an
installed package has no destination.toml), and served in front of widget.js."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

FOLDER = Path(__file__).parent / "fake_intercom"
WIDGET = FOLDER / "widget.js"
FACTS = FOLDER / "facts.json"
# Where the demo server hands the offline widget the demo's Messenger secret (pybuild/demo_login.py).
SECRET_PATH = "/fake-intercom/messenger-secret"


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


def routed_url() -> str:
    """What a browser context routes to the offline widget: everything under the widget's origin (widget_url)."""
    url = urlsplit(json.loads(FACTS.read_text(encoding="utf-8"))["widget_url"])
    return f"{url.scheme}://{url.netloc}/**"


def source() -> bytes:
    """The script served as https://widget.intercom.io/widget/<app_id>: the facts, then the widget."""
    return b"var __fakeIntercomFacts = " + FACTS.read_bytes() + b";\n" + WIDGET.read_bytes()
