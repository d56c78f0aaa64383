"""For site owners (installed with the package, importable without the build or the demo; docs/site-owners.md):
Intercom identity tokens signed on your server (tokens), RudderStack's loading snippet with the self-hosted plugin
for every browser (snippet, checking the plugin's page options with page_options), and, for your own
pytest-playwright tests, the `rudderstack` and `intercom` fixtures (pytest_plugin, fixture): an offline RudderStack
(offline_rudderstack, rudderstack_record) and the offline Intercom widget (offline_widget)."""
from pybuild.embed.snippet import DEFAULT_SDK_BASE_URL, snippet
from pybuild.embed.tokens import user_hash, user_jwt

__all__ = ["DEFAULT_SDK_BASE_URL", "snippet", "user_hash", "user_jwt"]
