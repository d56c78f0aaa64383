"""pybuild: builds, documents and demos the Intercom device-mode plugin for RudderStack's JS SDKs."""
