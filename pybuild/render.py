"""jinja2 rendering: generated JS constants, per-target entries, README tables."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

from pybuild.project import BuildError, Project

TARGETS = ("modern", "legacy")
README_MARK = re.compile(r"(<!-- generated:(\w+) -->\n).*?(<!-- /generated -->)", re.S)


def environment(project: Project) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(project.templates),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def template_context(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec plus the shapes the JS wants, derived once here."""
    setting_keys = []
    for c in spec["config"]:
        if c["key"] in ("appId", "apiServer"):
            continue  # validated by their own rules
        bounds = {k: c[k] for k in ("min", "max", "values") if k in c}
        setting_keys.append([c["key"], c["kind"], c.get("setting"), bounds, c.get("default")])
    return {
        "spec": spec,
        "setting_keys": setting_keys,
        "person_traits": [[p["intercom"], p["traits"]] for p in spec["person"] if "traits" in p],
        "messenger_events": [[e["callback"], e["event"]] for e in spec["messenger_event"]],
    }


def render_sources(project: Project) -> list[Path]:
    """Writes integration_js/src/generated/: constants and one browser entry per target."""
    try:
        return _render_sources(project)
    except jinja2.TemplateError as err:
        raise BuildError(f"template error: {err}") from err


def _render_sources(project: Project) -> list[Path]:
    env = environment(project)
    context = template_context(project.spec())
    out = project.generated
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "constants.js"]
    written[0].write_text(env.get_template("constants.js.j2").render(context), encoding="utf-8")
    for target in TARGETS:
        path = out / f"entry.{target}.js"
        path.write_text(env.get_template("entry.browser.js.j2").render(context, target=target), encoding="utf-8")
        written.append(path)
    return written


def render_readme(project: Project, text: str) -> str:
    """README text with every `<!-- generated:NAME -->` block re-rendered from the spec."""
    context = template_context(project.spec())
    try:
        module = environment(project).get_template("readme_tables.md.j2").make_module(context)
    except jinja2.TemplateError as err:
        raise BuildError(f"readme_tables.md.j2: {err}") from err

    def replace(match: re.Match[str]) -> str:
        macro = getattr(module, f"{match.group(2)}_table", None)
        if macro is None:
            raise BuildError(f"README.md: no table named {match.group(2)!r} in readme_tables.md.j2")
        return f"{match.group(1)}{str(macro()).strip()}\n{match.group(3)}"

    try:
        return README_MARK.sub(replace, text)
    except jinja2.TemplateError as err:
        raise BuildError(f"readme_tables.md.j2: {err}") from err


def update_readme(project: Project, check: bool = False) -> bool:
    """Re-renders the README tables; with check, only reports whether they are stale."""
    readme = project.root / "README.md"
    if not readme.is_file():
        raise BuildError(f"no README.md in {project.root}")
    old = readme.read_text(encoding="utf-8")
    new = render_readme(project, old)
    if new != old and not check:
        readme.write_text(new, encoding="utf-8")
    return new != old
