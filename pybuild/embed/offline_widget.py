"""The offline Intercom widget (pybuild/embed/fake_intercom/): one file for the demo, our tests, the bench and the
`intercom` pytest fixture that ships with the package. The facts it needs from destination.toml (Messenger setting
names and callbacks) are rendered into facts.json by `pybuild docs` (pybuild/build/widget_facts.py), committed
because the package ships it (an installed package has no destination.toml), and served in front of widget.js."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

FOLDER = Path(__file__).parent / "fake_intercom"
WIDGET = FOLDER / "widget.js"
FACTS = FOLDER / "facts.json"
# Where the demo server hands the offline widget the demo's Messenger secret (pybuild/demo/login.py).
SECRET_PATH = "/fake-intercom/messenger-secret"


def routed_url() -> str:
    """What a browser context routes to the offline widget: everything under the widget's origin (widget_url)."""
    url = urlsplit(json.loads(FACTS.read_text(encoding="utf-8"))["widget_url"])
    return f"{url.scheme}://{url.netloc}/**"


def source() -> bytes:
    """The script served as https://widget.intercom.io/widget/<app_id>: the facts, then the widget."""
    return b"var __fakeIntercomFacts = " + FACTS.read_bytes() + b";\n" + WIDGET.read_bytes()
