"""Corpus readers and the spaCy extraction pipeline."""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_COMPILED_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _compiled_state(here: Path = _HERE) -> tuple[list[str], str]:
    """(modules running compiled, why not if none). setup.py compiles the hot modules with mypyc when it can and
    stamps each one's source hash (_compiled.json); a source edited since then (or PAPERKG_COMPILED=0) means plain
    Python for every module: compiled modules call each other directly, so one stale module taints the others."""
    built = [p for p in here.iterdir() if p.name.endswith(_COMPILED_SUFFIXES)]
    if not built:
        return [], "not compiled"
    if os.environ.get("PAPERKG_COMPILED", "1") == "0":
        return [], "PAPERKG_COMPILED=0"
    try:
        stamp = json.loads((here / "_compiled.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], "compiled modules without their stamp (a failed build)"
    stale = sorted(name for name, digest in stamp.items()
                   if not (here / f"{name}.py").exists()
                   or hashlib.sha256((here / f"{name}.py").read_bytes()).hexdigest() != digest)
    if stale:
        return [], f"sources changed since the compile ({', '.join(stale)}): run pip install -e . again"
    return sorted(stamp), ""


class _PlainFinder:
    """Imports paperkg.extract.X from X.py even where a compiled X sits next to it."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        prefix, _, name = fullname.rpartition(".")
        if prefix != __name__ or not (_HERE / f"{name}.py").exists():
            return None
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")


COMPILED, PLAIN_REASON = _compiled_state()
if not COMPILED and PLAIN_REASON != "not compiled":
    sys.meta_path.insert(0, _PlainFinder())
    if PLAIN_REASON != "PAPERKG_COMPILED=0":
        print(f"paperkg: plain Python extraction modules: {PLAIN_REASON}", file=sys.stderr)
