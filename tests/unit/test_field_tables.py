"""The field tables of destination.toml: rendered into the JS constants and docs/mapping.md."""
from __future__ import annotations

from typing import Any

from pybuild.build.project import Project
from pybuild.build.render import field_source, template_context

ROW = {"intercom": "created_at", "source": "traits", "keys": ["createdAt"], "kind": "date"}


def spec_with(**changes: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "config": [{"key": "appId", "kind": "string", "rule": "app_id", "setting": "app_id", "required": True},
                   {"key": "zIndex", "kind": "integer", "min": 0, "setting": "z_index"},
                   {"key": "apiServer", "kind": "enum", "rule": "region", "default": "standard", "setting": "api_base",
                    "values": ["standard", "eu"]}],
        "patterns": {},
        "app_id_pattern": "^[a-z]+$",
        "sources": {"message": ["message"], "traits": ["context.traits"],
                    "intercom": ["context.Intercom", "integrations.Intercom", "context.traits"]},
        "kinds": {"id": "", "date": "→ unix seconds", "integer": "(integers)"},
        "person": [dict(ROW), {"intercom": "companies", "from": "by code"},
                   {"intercom": "user_hash", "source": "intercom", "keys": ["userHash"], "kind": "id"}],
        "company": [{"intercom": "company_size", "keys": ["size", "employees"], "kind": "integer"}],
        "consumed_traits": ["firstName"],
        "forbidden_key_characters": ".$\\",
        "track": {"date_key_suffixes": ["_at", "_date"]},
        "messenger_event": [],
    }
    spec.update(changes)
    return spec


def test_rows_become_named_js_tables_consumed_keys_and_the_date_key() -> None:
    context = template_context(spec_with())
    # Full rows: the JS derives nothing (the field, the paths of the source, both spellings of each key).
    assert context["person_rows"] == [
        {"field": "created_at", "kind": "date", "paths": [["context", "traits"]], "keys": ["createdAt", "created_at"]},
        {"field": "user_hash", "kind": "id", "paths": [["context", "Intercom"], ["integrations", "Intercom"],
                                                       ["context", "traits"]], "keys": ["userHash", "user_hash"]}]
    assert context["company_rows"] == [{"field": "company_size", "kind": "integer", "paths": [[]],
                                        "keys": ["size", "employees"]}]
    # Every key, the App ID and the region included: settings.js validates them all on one path.
    app_id, z_index, region = context["config_rows"]
    assert z_index == {"key": "zIndex", "kind": "integer", "setting": "z_index", "min": 0}
    assert context["js"](z_index) == '{key: "zIndex", kind: "integer", setting: "z_index", min: 0}'
    assert context["js"](app_id) == '{key: "appId", kind: "pattern", pattern: /^[a-z]+$/, setting: "app_id"}'
    assert region == {"key": "apiServer", "kind": "region", "setting": "api_base", "fallback": "standard"}
    assert context["consumed_traits_doc"] == ["firstName", "createdAt", "userHash"]
    assert context["consumed_by_code"] == ["first_name"]
    assert context["date_key"] == "(_at|_date)$"
    assert context["forbidden_key_class"] == ".$\\\\"  # a backslash is escaped inside the RegExp's class


def test_readme_from_text_is_rendered_from_sources_keys_kinds_and_note() -> None:
    spec = spec_with()
    assert field_source(spec, ROW) == "`context.traits.createdAt` → unix seconds"
    row = {"intercom": "user_hash", "source": "intercom", "keys": ["userHash"], "kind": "id", "note": "a token"}
    assert field_source(spec, row) == ("`context.Intercom.userHash`, else `integrations.Intercom.userHash`, else "
                                       "`context.traits.userHash`; a token")
    assert field_source(spec, {"intercom": "user_id", "source": "message", "keys": ["userId"], "kind": "id"}) == "`userId`"
    assert field_source(spec, spec["company"][0]) == "`size` / `employees` (integers)"
    assert field_source(spec, {"intercom": "x", "from": "by hand"}) == "by hand"


def test_every_source_and_kind_of_the_project_reaches_the_mapping_doc(project: Project) -> None:
    readme = (project.root / "docs" / "mapping.md").read_text(encoding="utf-8")
    spec = project.spec()
    for paths in spec["sources"].values():
        for path in paths:
            assert path == "message" or f"`{path}." in readme, path
    for note in filter(None, spec["kinds"].values()):
        assert note in readme, note
