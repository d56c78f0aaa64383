"""For site owners (installed with the package, importable without the build or the demo): Intercom identity tokens
signed on your server (tokens), the snippet that loads RudderStack with the self-hosted plugin (snippet), and, for
your own pytest-playwright tests, the `intercom` fixture (pytest_plugin, fixture) with the offline Intercom widget
it serves (offline_widget)."""
from pybuild.embed.snippet import DEFAULT_SDK_URL, snippet
from pybuild.embed.tokens import user_hash, user_jwt

__all__ = ["DEFAULT_SDK_URL", "snippet", "user_hash", "user_jwt"]
