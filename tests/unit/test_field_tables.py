"""The field tables of destination.toml: rendered into the JS constants and the README, and checked."""
from __future__ import annotations

from typing import Any

import pytest

from pybuild.project import BuildError
from pybuild.render import field_source, template_context

ROW = {"intercom": "created_at", "source": "traits", "keys": ["createdAt"], "kind": "date"}


def spec_with(**changes: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "config": [{"key": "zIndex", "kind": "integer", "min": 0, "setting": "z_index"},
                   {"key": "apiServer", "kind": "region", "default": "standard"}],
        "patterns": {},
        "person": [dict(ROW), {"intercom": "companies", "from": "by code"}],
        "company": [{"intercom": "size", "keys": ["size", "employees"], "kind": "integer"}],
        "consumed_traits": ["firstName"],
        "sources": {"message": ["message"], "traits": ["context.traits"], "intercom": ["context.Intercom", "context.traits"]},
        "track": {"date_key_suffixes": ["_at", "_date"]},
        "messenger_event": [],
    }
    spec.update(changes)
    return spec


def test_rows_become_named_js_tables() -> None:
    context = template_context(spec_with())
    assert context["person_rows"] == [
        {"field": "created_at", "kind": "date", "source": "traits", "keys": ["createdAt", "created_at"]}]
    assert context["company_rows"] == [{"field": "size", "kind": "integer", "keys": ["size", "employees"]}]
    assert context["consumed_traits_doc"] == ["firstName", "createdAt"]
    assert context["date_key"] == "(_at|_date)$"
    assert context["config_rows"] == [{"key": "zIndex", "kind": "integer", "setting": "z_index", "min": 0}]
    assert context["default_region"] == "standard"
    assert context["sources"]["intercom"] == [["context", "Intercom"], ["context", "traits"]]
    assert context["js"](context["config_rows"][0]) == '{key: "zIndex", kind: "integer", setting: "z_index", min: 0}'


def test_readme_from_text_is_rendered_from_source_keys_kind_and_note() -> None:
    sources = spec_with()["sources"]
    assert field_source(ROW, sources) == (
        "`context.traits.createdAt` → unix seconds (ISO or JS date string, unix ms or s, Date)")
    row = {"intercom": "user_hash", "source": "intercom", "keys": ["userHash"], "kind": "id", "note": "a token"}
    assert field_source(row, sources) == "`context.Intercom.userHash`, else `context.traits.userHash`; a token"
    assert field_source({"intercom": "x", "from": "by hand"}, sources) == "by hand"


@pytest.mark.parametrize("changes, problem", [
    ({"person": [dict(ROW, kind="colour")]}, "unknown kind"),
    ({"person": [dict(ROW, source="cookies")]}, "unknown source"),
])
def test_a_table_the_js_cannot_read_is_a_build_error(changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(BuildError, match=problem):
        template_context(spec_with(**changes))
