"""What the demo page shows: the SDK build and plugin config a person picked (from the query string), and one
form field per config key of destination.toml, so the page lists every key the plugin knows. As on a real site,
the App ID comes from the RudderStack dashboard (the served source config) and every other key is set on the page
(the load call's `integrations.Intercom`); the page prints the load call to copy."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from pybuild.build.bundle import FILE_NAME, browser_file, browser_path
from pybuild.embed.page_options import typed

BUILDS = ("modern", "legacy")
BOOLEAN_CHOICES = ("true", "false")
# Page options shown among the main ones (beside the keys with a rule of their own), each with a title: when the
# Messenger loads is the choice with the most effect on the page (docs/page-speed.md).
MAIN_OPTIONS = {"loadMessenger": "load the Messenger"}


def config_from_query(spec: dict[str, Any], query: dict[str, list[str]], default_app_id: str) -> dict[str, Any]:
    """The destination config the page loads with: every config key present and non-empty in the query, typed by
    its `kind`. A value of the wrong shape is passed on as typed (the plugin must cope: that is worth seeing)."""
    config: dict[str, Any] = {"appId": default_app_id}
    for entry in spec["config"]:
        key = entry["key"]
        if key not in query:
            continue
        text = query[key][-1].strip()
        if text == "" and key != "appId":  # an emptied App ID is kept: the page shows what the plugin does then
            continue
        config[key] = typed(entry["kind"], text)
    return config


def split_config(spec: dict[str, Any], config: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what the hosted dashboard sends: the App ID and its other hosted keys, what the page sets: the rest)."""
    hosted = set(spec["hosted_config_keys"])
    return ({k: v for k, v in config.items() if k in hosted}, {k: v for k, v in config.items() if k not in hosted})


def load_call(display_name: str, options: dict[str, Any]) -> str:
    """The `rudderanalytics.load` call a person pastes into their own site for these page options."""
    lines = ["rudderanalytics.load(WRITE_KEY, DATA_PLANE_URL, {",
             # RudderStack's loading snippet sets rudderAnalyticsBuildType: the plugin build for the SDK it picked.
             "  destSDKBaseURL: 'https://static.example.com/rudderstack/' + window.rudderAnalyticsBuildType + "
             "'/js-integrations',"]
    if options:
        lines.append(f"  integrations: {{ All: true, {display_name}: {json.dumps(options)} }},")
    return "\n".join([*lines, "});"])


def config_fields(spec: dict[str, Any], config: dict[str, Any]) -> list[dict[str, Any]]:
    """One form field per config key: how to ask for it, its current value as text and its doc line. The keys
    with a rule of their own (App ID, region) and MAIN_OPTIONS are the main ones, shown first."""
    fields = []
    for entry in spec["config"]:
        value = config.get(entry["key"])
        fields.append({
            "key": entry["key"],
            "title": MAIN_OPTIONS.get(entry["key"], ""),
            "main": "rule" in entry or entry["key"] in MAIN_OPTIONS,
            "dashboard": entry["key"] in spec["hosted_config_keys"],
            "kind": entry["kind"],
            "choices": list(BOOLEAN_CHOICES) if entry["kind"] == "boolean" else entry.get("values", []),
            "min": entry.get("min"),
            "max": entry.get("max"),
            "default": entry.get("default"),
            "required": entry.get("required", False),
            "value": "" if value is None else str(value).lower() if isinstance(value, bool) else str(value),
            "doc": doc_html(entry.get("doc", "")),
        })
    return fields


def doc_html(text: str) -> Markup:
    """The spec's doc strings use `code` spans; everything else is escaped."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def built(dist: Path) -> list[str]:
    return [b for b in BUILDS if browser_file(dist, b).is_file()]


def page_context(spec: dict[str, Any], dist: Path, query: dict[str, list[str]], sdk_builds: list[str],
                 app_id: str, real_widget: bool) -> dict[str, Any]:
    sdk = query.get("sdk", [""])[-1]
    sdk = sdk if sdk in sdk_builds else sdk_builds[0]
    build = query.get("build", [""])[-1]
    build = build if build in BUILDS else ""
    # The harness picks the modern plugin build for the modern SDK and the legacy one for the others.
    effective_build = build or ("modern" if sdk == "v3-modern" else "legacy")
    config = config_from_query(spec, query, app_id)
    dashboard, options = split_config(spec, config)
    key = query.get("key", [""])[-1]
    return {
        "app_id": app_id,
        "real_widget": real_widget,
        "sdk_builds": sdk_builds,
        "builds": BUILDS,
        "available_builds": built(dist),
        "sdk": sdk,
        "build": build,
        "effective_build": effective_build,
        "config": config,
        "dashboard": dashboard,
        "page_options": options,
        "load_call": load_call(spec["display_name"], options),
        "fields": config_fields(spec, config),
        "key": key if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", key) else "",
        "plugin_file": FILE_NAME,
        "plugin_path": browser_path(effective_build),
        "callbacks": [row["callback"] for row in spec["messenger_event"]],
    }
