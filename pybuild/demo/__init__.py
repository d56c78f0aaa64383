"""For contributors and this project's tests: the demo server (server, page, login), the tests' page variants
(harness), the bench, and the Chromium the tests and the bench launch (browser). Serves what pybuild.build built."""
