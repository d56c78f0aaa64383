"""destination.toml: read, checked against the schema below, and completed with what follows from it.

A mistake in the file is one BuildError line naming the file and the key, e.g.
`destination.toml: [[config]] #3 (hideDefaultLauncher).kind: unknown kind 'bool'`, never a traceback or an
esbuild syntax error in the generated JS."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Config kinds the plugin validates by type; the keys of [patterns] are string kinds validated by a pattern.
TYPED_CONFIG_KINDS = ("string", "boolean", "integer", "enum")
# What a [[config]] row with `rule` is validated by instead of its kind: app_id (app_id_pattern, a string kind)
# or region (a key of [regions], an enum whose values are those keys). Exactly one row has each.
RULES = {"app_id": "string", "region": "enum"}
OBJECT_PATH = re.compile(r"^[A-Za-z]+(\.[A-Za-z]+)*$")


def snake(key: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), key)


class SpecError(Exception):
    """One problem at one key path (from `load`: prefixed with the file's name). The CLI prints it as one line."""


@dataclass(frozen=True)
class Is:
    """A value's expected type: `what` names it in the error, `test` accepts it. A table of values of one type
    has `entries`, so an error names the entry."""
    what: str
    test: Callable[[Any], bool]
    entries: "Is | None" = None


def is_list_of(item: Is) -> Is:
    return Is(f"a list of {item.what}s", lambda v: isinstance(v, list) and all(item.test(x) for x in v))


def is_table_of(item: Is) -> Is:
    return Is(f"a table of {item.what}s", lambda v: isinstance(v, dict), entries=item)


STRING = Is("string", lambda v: isinstance(v, str))
TEXT = Is("non-empty string", lambda v: isinstance(v, str) and v.strip() != "")
INTEGER = Is("integer", lambda v: isinstance(v, int) and not isinstance(v, bool))
NUMBER = Is("number", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
BOOLEAN = Is("boolean", lambda v: isinstance(v, bool))
TABLE = Is("table", lambda v: isinstance(v, dict))
TEXTS = is_list_of(TEXT)
ROWS = is_list_of(TABLE)

# Top-level keys: (expected, required). Tables checked further below are only required to be tables here. Other
# top-level keys are let through: a table the JS side adds is checked where it is read.
TOP = {
    **dict.fromkeys(["version", "name", "display_name", "widget_url", "installation_type", "app_id_pattern",
                     "forbidden_key_characters"], (TEXT, True)),
    **dict.fromkeys(["consumed_traits", "hosted_config_keys", "show_commands"], (TEXTS, True)),
    "track": (TABLE, True),
    "limits": (is_table_of(INTEGER), True),
    **dict.fromkeys(["regions", "patterns"], (is_table_of(TEXT), True)),
    "sources": (is_table_of(TEXTS), True),
    "kinds": (is_table_of(STRING), True),
    "launcher": (TABLE, True),
    **dict.fromkeys(["config", "person", "company", "messenger_event"], (ROWS, True)),
}
TRACK = {"money_keys": (TEXTS, True), "default_currency": (TEXT, True), "date_key_suffixes": (TEXTS, True)}
CONFIG_ROW = {
    "key": (TEXT, True), "kind": (TEXT, True), "doc": (TEXT, True), "required": (BOOLEAN, False),
    "values": (TEXTS, False), "min": (INTEGER, False), "max": (INTEGER, False),
    "default": (Is("string, integer or boolean", lambda v: isinstance(v, (str, int, bool))), False),
    # true: a messenger setting named as the key in snake_case; a string only with `rule`.
    "setting": (Is("boolean or string", lambda v: isinstance(v, (bool, str))), False),
    "rule": (TEXT, False),
}
PERSON_ROW = {"intercom": (TEXT, True), "source": (TEXT, False), "keys": (TEXTS, False), "kind": (TEXT, False),
              "note": (TEXT, False), "from": (TEXT, False)}
COMPANY_ROW = {k: v for k, v in PERSON_ROW.items() if k != "source"}
# The launcher facade's look (loadMessenger "intent"); its colour is checked against [patterns].color.
LAUNCHER = {"label": (TEXT, True), **dict.fromkeys(["size_px", "offset_px", "z_index"], (INTEGER, True)),
            "color": (TEXT, True)}
MESSENGER_ROW = {"callback": (TEXT, True), "event": (TEXT, True), "properties": (TEXT, True)}


def got(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return f"a list {value!r}" if len(repr(value)) <= 40 else "a list"
    return repr(value)


def check_keys(table: dict[str, Any], schema: dict[str, tuple[Is, bool]], where: str, strict: bool = True) -> None:
    """Every required key present, every known key of its type, and (strict) no unknown key."""
    for key, (expected, required) in schema.items():
        if key not in table:
            if required:
                raise SpecError(f"{where}{key}: missing")
        elif not expected.test(table[key]):
            raise SpecError(f"{where}{key}: must be {article(expected.what)}, got {got(table[key])}")
        elif expected.entries:
            entries = expected.entries
            check_keys(table[key], {name: (entries, True) for name in table[key]}, f"{where}{key}.")
    unknown = [key for key in table if key not in schema]
    if strict and unknown:
        raise SpecError(f"{where}{unknown[0]}: unknown key")


def article(what: str) -> str:
    return what if what.startswith(("a ", "an ")) else ("an " if what[0] in "aeiou" else "a ") + what


def check_regex(text: str, where: str) -> None:
    try:
        re.compile(text)
    except re.error as err:
        raise SpecError(f"{where}: not a regular expression ({err})") from err


def row_label(table: str, index: int, row: dict[str, Any], name_key: str) -> str:
    name = row.get(name_key)
    return f"[[{table}]] #{index}" + (f" ({name})" if isinstance(name, str) else "") + "."


def unique(rows: list[dict[str, Any]], table: str, name_key: str) -> None:
    seen: set[str] = set()
    for index, row in enumerate(rows, 1):
        if row[name_key] in seen:
            raise SpecError(f"{row_label(table, index, row, name_key)}{name_key}: {row[name_key]!r} appears twice")
        seen.add(row[name_key])


def check_config(spec: dict[str, Any]) -> None:
    kinds = (*TYPED_CONFIG_KINDS, *spec["patterns"])
    for index, row in enumerate(spec["config"], 1):
        where = row_label("config", index, row, "key")
        check_keys(row, CONFIG_ROW, where)
        kind = row["kind"]
        if kind not in kinds:
            raise SpecError(f"{where}kind: unknown kind {kind!r} (known: {', '.join(kinds)})")
        rule = row.get("rule")
        if rule not in (None, *RULES):
            raise SpecError(f"{where}rule: unknown rule {rule!r} (known: {', '.join(RULES)})")
        if rule and kind != RULES[rule]:
            raise SpecError(f"{where}kind: the {rule} rule validates {article(RULES[rule])}, not {article(kind)}")
        if rule == "region" and "values" in row:
            raise SpecError(f"{where}values: the region rule's values are the keys of [regions]")
        if rule == "region" and row.get("default", next(iter(spec["regions"]), None)) not in spec["regions"]:
            raise SpecError(f"{where}default: {row.get('default')!r} is not a key of [regions]")
        if (kind == "enum") != ("values" in row) and rule != "region":
            raise SpecError(f"{where}values: " + ("an enum needs its values" if kind == "enum" else
                                                   f"only an enum has values, not {article(kind)}"))
        for bound in ("min", "max"):
            if bound in row and kind != "integer":
                raise SpecError(f"{where}{bound}: only an integer has a {bound}, not {article(kind)}")
        setting = row.get("setting")
        if isinstance(setting, str) and not rule:
            raise SpecError(f"{where}setting: write `setting = true` (the setting is named {snake(row['key'])!r})")
        if rule and not isinstance(setting, str):
            raise SpecError(f"{where}setting: a row with a rule names the setting it becomes")
        if "default" in row:
            check_default(row, where)
    unique(spec["config"], "config", "key")


def check_default(row: dict[str, Any], where: str) -> None:
    default, kind = row["default"], row["kind"]
    expected = BOOLEAN if kind == "boolean" else INTEGER if kind == "integer" else STRING
    if not expected.test(default):
        raise SpecError(f"{where}default: must be {article(expected.what)} (kind {kind}), got {got(default)}")
    if kind == "enum" and "values" in row and default not in row["values"]:
        raise SpecError(f"{where}default: {default!r} is not one of the values")


def check_fields(spec: dict[str, Any], table: str, schema: dict[str, tuple[Is, bool]]) -> None:
    for index, row in enumerate(spec[table], 1):
        where = row_label(table, index, row, "intercom")
        check_keys(row, schema, where)
        if "kind" not in row and "from" not in row:
            raise SpecError(f"{where}kind: missing (a row without a kind needs `from`)")
        if "kind" in row and row["kind"] not in spec["kinds"]:
            raise SpecError(f"{where}kind: unknown kind {row['kind']!r} (known: {', '.join(spec['kinds'])})")
        if table == "person" and "kind" in row:
            if "source" not in row:
                raise SpecError(f"{where}source: missing")
            if row["source"] not in spec["sources"]:
                raise SpecError(f"{where}source: unknown source {row['source']!r} "
                                f"(known: {', '.join(spec['sources'])})")
        elif "source" in row or ("keys" in row and "kind" not in row):
            extra = "source" if "source" in row else "keys"
            raise SpecError(f"{where}{extra}: only a row with a kind is read from the message")
    unique(spec[table], table, "intercom")


def check(spec: dict[str, Any]) -> None:
    check_keys(spec, TOP, "", strict=False)
    check_keys(spec["track"], TRACK, "track.", strict=False)
    check_keys(spec["launcher"], LAUNCHER, "launcher.")
    check_regex(spec["app_id_pattern"], "app_id_pattern")
    for name, pattern in spec["patterns"].items():
        check_regex(pattern, f"patterns.{name}")
        if name in TYPED_CONFIG_KINDS:
            raise SpecError(f"patterns.{name}: {name!r} is a kind of its own")
    for name, paths in spec["sources"].items():
        if not paths:
            raise SpecError(f"sources.{name}: must list at least one object to read")
        bad = next((p for p in paths if not OBJECT_PATH.match(p)), None)
        if bad:
            raise SpecError(f"sources.{name}: {bad!r} is not an object path like 'context.traits'")
    for name, url in spec["regions"].items():
        if not url.startswith("https://"):
            raise SpecError(f"regions.{name}: must be an https:// URL, got {url!r}")
    if "color" in spec["patterns"] and not re.search(spec["patterns"]["color"], spec["launcher"]["color"], re.I):
        raise SpecError(f"launcher.color: {spec['launcher']['color']!r} is not a colour of patterns.color")
    check_config(spec)
    for rule in RULES:
        if [row.get("rule") for row in spec["config"]].count(rule) != 1:
            raise SpecError(f"config: exactly one [[config]] row needs `rule = {rule!r}`")
    app_id_key = next(row["key"] for row in spec["config"] if row.get("rule") == "app_id")
    if app_id_key not in spec["hosted_config_keys"]:
        raise SpecError(f"hosted_config_keys: must list {app_id_key!r}, the key the control plane sends the App ID in")
    check_fields(spec, "person", PERSON_ROW)
    check_fields(spec, "company", COMPANY_ROW)
    for index, row in enumerate(spec["messenger_event"], 1):
        check_keys(row, MESSENGER_ROW, row_label("messenger_event", index, row, "callback"))
    unique(spec["messenger_event"], "messenger_event", "callback")


def complete(spec: dict[str, Any]) -> dict[str, Any]:
    """What follows from a checked spec, written in once here so no reader derives it again: a `setting = true`
    becomes its snake_case name, and the region rule's values are the keys of [regions]."""
    for row in spec["config"]:
        if row.get("setting") is True:
            row["setting"] = snake(row["key"])
        elif row.get("setting") is False:
            del row["setting"]
        if row.get("rule") == "region":
            row["values"] = list(spec["regions"])
    return spec


# The files beside the spec: packaging facts (integration_js/npm-package.toml) and what measurements are held to
# (bench/measures.toml). Every key required, none unknown.
NPM_PACKAGE = {"package": (TEXT, True), "description": (TEXT, True), "license": (TEXT, True), "keywords": (TEXTS, True)}
FRACTION = Is("number between 0 and 1", lambda v: NUMBER.test(v) and 0 < v < 1)
MEASURES = {"size": (TABLE, True), "bench": (TABLE, True)}
MEASURES_TABLES = {"size": {"modern_gzip_ceiling": (INTEGER, True)}, "bench": {"regression_warning": (FRACTION, True)}}


def check_measures(measures: dict[str, Any]) -> None:
    check_keys(measures, MEASURES, "")
    for name, schema in MEASURES_TABLES.items():
        check_keys(measures[name], schema, f"{name}.")


def load_checked(path: Path, check_table: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """A TOML file checked by `check_table`; any problem is one SpecError line naming the file."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        check_table(table)
        return table
    except (tomllib.TOMLDecodeError, SpecError) as err:
        raise SpecError(f"{path.name}: {err}") from err
    except OSError as err:
        raise SpecError(f"{path}: {err.strerror}") from err


def load_npm_package(path: Path) -> dict[str, Any]:
    return load_checked(path, lambda table: check_keys(table, NPM_PACKAGE, ""))


def load_measures(path: Path) -> dict[str, Any]:
    return load_checked(path, check_measures)


def load_spec(path: Path) -> dict[str, Any]:
    """The spec in `path`, checked and completed; any problem is one SpecError line naming the file."""
    return complete(load_checked(path, check))
