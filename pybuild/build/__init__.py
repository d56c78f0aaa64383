"""For contributors: destination.toml checked (spec) and rendered (render, widget_facts) into the generated sources
and docs, bundled into dist/ for every consumer (bundle, legacy, npm) with its manifest; `make mutate`'s report summarized
(mutation). Imports nothing from pybuild.demo."""
