"""Intercom identity-verification tokens, signed on the site's own server (README "Securing the Messenger"). The
secrets never appear in any output, error or log."""
from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

import jwt


def required(name: str, value: Any) -> str:
    """A non-empty value as text; the ValueError names the argument, never its value (it may be a secret)."""
    text = "" if value is None else str(value)
    if not text.strip():
        raise ValueError(f"{name} must not be empty")
    return text


def secret_key(secret: str | bytes | None) -> bytes:
    if isinstance(secret, bytes):
        if not secret.strip():
            raise ValueError("secret must not be empty")
        return secret
    return required("secret", secret).encode()


def user_hash(secret: str | bytes, user_id: str | int) -> str:
    """Intercom's `user_hash`: hex HMAC-SHA256 of the user id with the workspace's identity-verification secret."""
    key = secret_key(secret)
    return hmac.new(key, required("user_id", user_id).encode(), hashlib.sha256).hexdigest()


def user_jwt(secret: str | bytes, user_id: str | int, *, email: str | None = None, expires_in: int = 3600,
             now: float | None = None, **signed_attributes: Any) -> str:
    """Intercom's `intercom_user_jwt`: HS256 with the Messenger API secret, carrying `user_id`, `email` (if given),
    any other attributes Intercom should trust, and `exp` (`expires_in` seconds after `now`, default the clock)."""
    key = secret_key(secret)
    if not isinstance(expires_in, int) or expires_in <= 0:
        raise ValueError("expires_in must be a positive number of seconds")
    claims = {**signed_attributes, "user_id": required("user_id", user_id)}
    if email is not None:
        claims["email"] = required("email", email)
    claims["exp"] = int(time.time() if now is None else now) + expires_in
    return jwt.encode(claims, key, algorithm="HS256")
