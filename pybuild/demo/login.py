"""The demo's "log in as" form: the demo server signs an `intercom_user_jwt` for the person, as a site's own
server would (pybuild.embed.user_jwt), and the page identifies them with it. The offline widget checks the token
with the same demo secret, which the demo server hands to it at offline_widget.SECRET_PATH; Intercom's real widget never sees
the secret (Intercom keeps it on its servers: README "Securing the Messenger")."""
from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs

from pybuild.embed import user_jwt

DEMO_SECRET = "demo-messenger-secret-only-for-the-offline-demo"


def log_in(body: bytes) -> tuple[int, dict[str, Any]]:
    """A form post (user_id, email, name) → the identify the page sends: user id, traits and the signed token."""
    form = {k: v[-1].strip() for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
    traits = {k: form[k] for k in ("email", "name") if form.get(k)}
    try:
        token = user_jwt(DEMO_SECRET, form.get("user_id"), email=traits.get("email"))
    except ValueError as err:
        return HTTPStatus.BAD_REQUEST, {"error": str(err)}
    return HTTPStatus.OK, {"userId": form["user_id"], "traits": traits, "intercom_user_jwt": token}
