"""jinja2 rendering: generated JS constants, the browser entry, the README's generated blocks."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from pybuild.build.mutation import read_summary
from pybuild.build.project import BuildError, Project
from pybuild.build.spec import snake

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


def js_value(value: Any) -> str:
    """A JS literal: JSON, except that a `Pattern` becomes a RegExp literal."""
    if isinstance(value, Pattern):
        return "/" + value.source.replace("/", "\\/") + "/" + value.flags
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {js_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(js_value(v) for v in value) + "]"
    return json.dumps(value)


@dataclass(frozen=True)
class Pattern:
    source: str
    flags: str = "i"  # [patterns] are matched case-insensitively


def row_pattern(spec: dict[str, Any], c: dict[str, Any]) -> Pattern | None:
    """The pattern a config row's value must match, if any: the App ID's (matched as written), else its kind's."""
    if c.get("rule") == "app_id":
        return Pattern(spec["app_id_pattern"], flags="")
    if c["kind"] in spec["patterns"]:
        return Pattern(spec["patterns"][c["kind"]])
    return None


def config_row(c: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """A CONFIG row as settings.js reads it: key, kind (a string kind with a pattern becomes `pattern`; the App ID is
    a `pattern` of app_id_pattern; the region is `region`, a key of [regions]), `setting`: the Intercom messenger
    setting the key becomes (absent for the plugin's own options), its `fallback` and the kind's bounds: `min`/`max`,
    `values` or `pattern`."""
    row: dict[str, Any] = {"key": c["key"], "kind": c["kind"]}
    pattern = row_pattern(spec, c)
    if pattern:
        row.update(kind="pattern", pattern=pattern)
    elif c.get("rule") == "region":
        row["kind"] = "region"  # its values are [regions]' keys: REGIONS in the JS
    if "setting" in c:  # named by pybuild/build/spec.py (`setting = true`: the key in snake_case)
        row["setting"] = c["setting"]
    row.update({k: c[k] for k in ("min", "max", "values") if k in c and row["kind"] != "region"})
    if "default" in c:
        row["fallback"] = c["default"]
    return row


def field_row(row: dict[str, Any], sources: dict[str, list[str]]) -> dict[str, Any]:
    """A field row as fields.js's mapFields() reads it, nothing left to derive: the Intercom field, its kind, the
    paths of the objects it reads in order (from [sources]; a row without a source reads the mapped object itself)
    and its keys, each in its camelCase and snake_case spelling, in order."""
    paths = sources[row["source"]] if "source" in row else ["message"]
    return {
        "field": row["intercom"],
        "kind": row["kind"],
        "paths": [[] if path == "message" else path.split(".") for path in paths],
        "keys": unique([spelling for key in field_keys(row) for spelling in (key, snake(key))]),
    }


def char_class(chars: str) -> str:
    """The inside of a JS RegExp literal's character class matching each of `chars`."""
    return "".join("\\0" if c == "\0" else "\\" + c if c in "\\]^-/" else c for c in chars)


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def template_context(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec plus the shapes the JS wants, derived once here."""
    person = [p for p in spec["person"] if "kind" in p]
    company = [c for c in spec["company"] if "kind" in c]
    consumed = spec["consumed_traits"] + [k for p in person if p["source"] != "message" for k in field_keys(p)]
    return {
        "spec": spec,
        "js": js_value,
        "config_rows": [config_row(c, spec) for c in spec["config"]],
        "person_rows": [field_row(p, spec["sources"]) for p in person],
        "company_rows": [field_row(c, spec["sources"]) for c in company],
        # What person.js does not derive from the [[person]] rows (their keys are consumed too), in snake_case.
        "consumed_by_code": unique([snake(k) for k in spec["consumed_traits"]]),
        "consumed_traits_doc": unique(consumed),
        "forbidden_key_class": char_class(spec["forbidden_key_characters"]),
        "date_key": "(" + "|".join(re.escape(s) for s in spec["track"]["date_key_suffixes"]) + ")$",
        "field_source": lambda row: field_source(spec, row),
        "messenger_events": {e["callback"]: e["event"] for e in spec["messenger_event"]},
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


# What `make bench` last measured (pybuild/demo/bench.py writes it): the README's figures and page-speed blocks are
# rendered from it.
BENCH_RESULTS = Path("bench") / "results.json"
MEASURED_BLOCKS = ("figures", "page_speed")
# What `make mutate` last found (pybuild/build/mutation.py writes bench/mutation.json).
MUTATION_BLOCKS = ("mutation", "mutation_score")


def bench_results(project: Project) -> dict[str, Any]:
    """The contents of BENCH_RESULTS."""
    results = project.written_by(BENCH_RESULTS, "make bench")
    if not isinstance(results, dict):
        raise BuildError("bench/results.json: must hold a JSON object")
    return results


def render_readme(project: Project, text: str) -> str:
    """README text with every `<!-- generated:NAME -->` block re-rendered from the spec (the MEASURED_BLOCKS from
    bench/results.json, the MUTATION_BLOCKS from bench/mutation.json)."""
    context = template_context(project.spec())
    if any(f"<!-- generated:{name} -->" in text for name in MEASURED_BLOCKS):
        context["results"] = bench_results(project)
        context["measures"] = project.measures()
    if any(f"<!-- generated:{name} -->" in text for name in MUTATION_BLOCKS):
        context["mutation"] = read_summary(project)
    try:
        module = environment(project).get_template("readme_tables.md.j2").make_module(context)
    except jinja2.TemplateError as err:
        raise BuildError(f"readme_tables.md.j2: {err}") from err

    def replace(match: re.Match[str]) -> str:
        macro = getattr(module, f"{match.group(2)}_table", None) or getattr(module, match.group(2), None)
        if macro is None:
            raise BuildError(f"no table named {match.group(2)!r} in readme_tables.md.j2")
        return f"{match.group(1)}{str(macro()).strip()}\n{match.group(3)}"

    try:
        return README_MARK.sub(replace, text)
    except jinja2.TemplateError as err:
        raise BuildError(f"readme_tables.md.j2: {err}") from err


def documents(project: Project) -> list[Path]:
    """The Markdown files with generated blocks: the README and docs/*.md."""
    readme = project.root / "README.md"
    if not readme.is_file():
        raise BuildError(f"no README.md in {project.root}")
    return [readme, *sorted((project.root / "docs").glob("*.md"))]


def update_readme(project: Project, check: bool = False) -> list[Path]:
    """Re-renders the generated blocks of the README and docs/*.md; returns the files that were stale (with check,
    only reports them)."""
    stale = []
    for path in documents(project):
        old = path.read_text(encoding="utf-8")
        new = render_readme(project, old) if "<!-- generated:" in old else old
        if new != old:
            stale.append(path)
            if not check:
                path.write_text(new, encoding="utf-8")
    return stale
