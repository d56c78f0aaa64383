"""jinja2 rendering: generated JS constants, the browser entry, the README's generated blocks."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from pybuild.project import BuildError, Project
from pybuild.spec import snake

ENTRY = "entry.browser.js"  # in src/generated/: what both browser builds bundle
README_MARK = re.compile(r"(<!-- generated:(\w+) -->\n).*?(<!-- /generated -->)", re.S)


def environment(project: Project) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(project.templates),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def field_keys(row: dict[str, Any]) -> list[str]:
    return row.get("keys", [row["intercom"]])


def field_source(spec: dict[str, Any], row: dict[str, Any]) -> str:
    """The README's "from" text of a field row: rendered from its source ([sources]: the objects it reads, in
    order), keys and kind ([kinds]: the kind's note) unless it has `from`. A company row reads the company."""
    if "from" in row:
        return row["from"]
    paths = spec["sources"][row["source"]] if "source" in row else ["message"]
    prefixes = ["" if path == "message" else path + "." for path in paths]
    text = ", else ".join(" / ".join(f"`{prefix}{key}`" for key in field_keys(row)) for prefix in prefixes)
    if spec["kinds"][row["kind"]]:
        text += " " + spec["kinds"][row["kind"]]
    return f"{text}; {row['note']}" if "note" in row else text


def js_setting_row(row: list[Any]) -> str:
    """A SETTING_KEYS row as JS: [key, kind, 1 if a messenger setting, default (null: none), ...the kind's arguments]:
    an integer's min and max, an enum's values, a string kind's RegExp (case-insensitive)."""
    key, kind, is_setting = row[:3]
    bounds, default = (row[3:] + [{}, None][len(row) - 3:])[:2]
    if kind == "pattern":
        args = ["/" + bounds["pattern"].replace("/", "\\/") + "/i"]
    else:
        args = [json.dumps(v) if v is not None else "undefined"
                for v in ([bounds.get("min"), bounds.get("max")] if kind == "integer" else bounds.get("values", []))]
        while args and args[-1] == "undefined":
            args.pop()
    return "[" + ", ".join([json.dumps(key), json.dumps(kind), str(is_setting), json.dumps(default), *args]) + "]"


def js_field_row(field: str, kind: str, source: int, keys: list[str]) -> list[Any]:
    """A field row as the JS reads it: [kind, source, keys joined by spaces, and the Intercom field only when it is
    not the snake_case spelling of the first key]."""
    row: list[Any] = [kind, source, " ".join(keys)]
    return row if field == snake(keys[0]) else row + [field]


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def template_context(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec plus the shapes the JS wants, derived once here."""
    setting_keys = []
    for c in spec["config"]:
        if "rule" in c:
            continue  # validated by its own rule (destination.toml)
        bounds = {k: c[k] for k in ("min", "max", "values") if k in c}
        kind = c["kind"]
        if kind in spec["patterns"]:  # a string kind: validated by its pattern
            kind, bounds["pattern"] = "pattern", spec["patterns"][kind]
        row = [c["key"], kind, int("setting" in c), bounds, c.get("default")]
        while row[-1] in (None, {}):  # trailing empties read as undefined in JS
            row.pop()
        setting_keys.append(row)
    person = [p for p in spec["person"] if "kind" in p]
    company = [c for c in spec["company"] if "kind" in c]
    sources = list(spec["sources"])
    consumed = spec["consumed_traits"] + [k for p in person if p["source"] != "message" for k in field_keys(p)]
    return {
        "spec": spec,
        "setting_keys": setting_keys,
        # [Intercom field, kind, source index in [sources], keys]; a company has one source, itself.
        "person_fields": [[p["intercom"], p["kind"], sources.index(p["source"]), field_keys(p)] for p in person],
        "company_fields": [[c["intercom"], c["kind"], 0, field_keys(c)] for c in company],
        # Top-level keys not repeated as custom attributes, in snake_case: the JS compares snake_case spellings.
        "consumed_traits": unique([snake(k) for k in consumed]),
        "consumed_traits_doc": unique(consumed),
        # What person.js does not derive from the [[person]] rows (their keys are consumed too).
        "consumed_by_code": unique([snake(k) for k in spec["consumed_traits"]]),
        "company_keys": unique([snake(k) for c in company for k in field_keys(c)]),
        "date_key": "(" + "|".join(re.escape(s) for s in spec["track"]["date_key_suffixes"]) + ")$",
        "field_source": lambda row: field_source(spec, row),
        "setting_rows": [js_setting_row(row) for row in setting_keys],
        "person_rows": [js_field_row(*row) for row in [[p["intercom"], p["kind"], sources.index(p["source"]),
                                                         field_keys(p)] for p in person]],
        "company_rows": [js_field_row(c["intercom"], c["kind"], 0, field_keys(c)) for c in company],
        "messenger_events": [[e["callback"], e["event"]] for e in spec["messenger_event"]],
    }


def render_sources(project: Project) -> list[Path]:
    """Writes integration_js/src/generated/: the constants and the browser entry."""
    try:
        return _render_sources(project)
    except jinja2.TemplateError as err:
        raise BuildError(f"template error: {err}") from err


def _render_sources(project: Project) -> list[Path]:
    env = environment(project)
    context = template_context(project.spec())
    out = project.generated
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "constants.js", out / ENTRY]
    for path in written:
        path.write_text(env.get_template(path.name + ".j2").render(context), encoding="utf-8")
    return written


def bench_results(project: Project) -> dict[str, Any]:
    """bench/results.json, what `make bench` last measured: the README's figures block is rendered from it."""
    path = project.root / "bench" / "results.json"
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildError("bench/results.json is missing: run `make bench`") from None
    except ValueError as err:
        raise BuildError(f"bench/results.json: {err}") from err
    if not isinstance(results, dict):
        raise BuildError("bench/results.json: must hold a JSON object")
    return results


def render_readme(project: Project, text: str) -> str:
    """README text with every `<!-- generated:NAME -->` block re-rendered from the spec (and the figures block
    from bench/results.json)."""
    context = template_context(project.spec())
    if "<!-- generated:figures -->" in text:
        context["results"] = bench_results(project)
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
    """Re-renders the README's generated blocks; with check, only reports whether they are stale."""
    readme = project.root / "README.md"
    if not readme.is_file():
        raise BuildError(f"no README.md in {project.root}")
    old = readme.read_text(encoding="utf-8")
    new = render_readme(project, old)
    if new != old and not check:
        readme.write_text(new, encoding="utf-8")
    return new != old
