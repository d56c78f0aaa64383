"""dist/manifest.json: every built file with its size raw, gzipped and brotli-compressed, and its
subresource-integrity value (what a `<script integrity>` or `<link rel=preload integrity>` checks)."""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import brotli

from pybuild.build.project import Project


def sizes(data: bytes) -> dict[str, int]:
    """Bytes as served: raw, `gzip -9`, and brotli at quality 11 (what CDNs serve for static files)."""
    return {
        "bytes": len(data),
        "gzip": len(gzip.compress(data, compresslevel=9, mtime=0)),
        "brotli": len(brotli.compress(data, quality=11)),
    }


def integrity(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def describe(path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    return {**sizes(data), "integrity": integrity(data)}


MANIFEST = "manifest.json"


def read_manifest(out: Path) -> dict[str, Any]:
    """The manifest write_manifest wrote into the output folder `out`."""
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))


def write_manifest(project: Project, out: Path) -> Path:
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != MANIFEST)
    manifest = {
        "name": project.spec()["name"],
        "version": project.spec()["version"],
        "files": {p.relative_to(out).as_posix(): describe(p) for p in files},
    }
    path = out / MANIFEST
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path
