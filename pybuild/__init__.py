"""pybuild: the Intercom device-mode plugin for RudderStack's JS SDKs, built, demoed and embedded.

Three rooms, one per audience; each imports only what it needs, and the site owners' room neither the build nor
the demo:
- `pybuild.embed` (site owners, installed with the package): identity tokens, the page snippet, the `intercom`
  pytest fixture and the offline Intercom widget it serves;
- `pybuild.build` (contributors): destination.toml → generated sources → dist/ and its manifest, the README's
  generated blocks;
- `pybuild.demo` (contributors and this project's tests): the demo server and pages, the tests' page variants, the
  bench and the Chromium finder.
`pybuild.cli` is the `pybuild` command over all three."""
