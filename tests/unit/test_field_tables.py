"""The field tables of destination.toml: rendered into the JS constants and the README, and checked."""
from __future__ import annotations

from typing import Any

import pytest

from pybuild.project import BuildError
from pybuild.render import field_source, template_context

ROW = {"intercom": "created_at", "source": "traits", "keys": ["createdAt"], "kind": "date"}


def spec_with(**changes: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "config": [{"key": "zIndex", "kind": "integer", "min": 0, "setting": "z_index"}],
        "patterns": {},
        "person": [dict(ROW), {"intercom": "companies", "from": "by code"}],
        "company": [{"intercom": "size", "keys": ["size", "employees"], "kind": "integer"}],
        "consumed_traits": ["firstName"],
        "track": {"date_key_suffixes": ["_at", "_date"]},
        "messenger_event": [],
    }
    spec.update(changes)
    return spec


def test_rows_become_js_tables_and_consumed_keys_in_snake_case() -> None:
    context = template_context(spec_with())
    assert context["person_fields"] == [["created_at", "date", 1, ["createdAt"]]]
    assert context["company_fields"] == [["size", "integer", 0, ["size", "employees"]]]
    assert context["consumed_traits"] == ["first_name", "created_at"]
    assert context["consumed_traits_doc"] == ["firstName", "createdAt"]
    assert context["company_keys"] == ["size", "employees"]
    assert context["date_key"] == "(_at|_date)$"
    assert context["setting_keys"] == [["zIndex", "integer", 1, {"min": 0}]]


def test_readme_from_text_is_rendered_from_source_keys_kind_and_note() -> None:
    assert field_source(ROW) == "`traits.createdAt` → unix seconds (ISO or JS date string, unix ms or s, Date)"
    row = {"intercom": "user_hash", "source": "intercom", "keys": ["userHash"], "kind": "id", "note": "a token"}
    assert field_source(row) == ("`context.Intercom.userHash`, else `integrations.Intercom.userHash`, else "
                                 "`traits.userHash`; a token")
    assert field_source({"intercom": "x", "from": "by hand"}) == "by hand"


@pytest.mark.parametrize("changes, problem", [
    ({"person": [dict(ROW, kind="colour")]}, "unknown kind"),
    ({"person": [dict(ROW, source="cookies")]}, "unknown source"),
    ({"config": [{"key": "zIndex", "kind": "integer", "setting": "zindex"}]}, "setting name"),
])
def test_a_table_the_js_cannot_read_is_a_build_error(changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(BuildError, match=problem):
        template_context(spec_with(**changes))
