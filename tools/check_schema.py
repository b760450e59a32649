#!/usr/bin/env python3
"""Validates kinerja data files against docs/kinerja.schema.json.

Usage: check_schema.py FILE...   exit 0 when every file validates, 1 otherwise
(each error printed with its JSON path)."""
import json
import pathlib
import sys

import jsonschema

schema_path = pathlib.Path(__file__).resolve().parent.parent / "docs" / "kinerja.schema.json"
schema = json.loads(schema_path.read_text())
validator = jsonschema.Draft202012Validator(schema)
failed = False
for name in sys.argv[1:]:
    document = json.loads(pathlib.Path(name).read_text())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        failed = True
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        print(f"{name}: {path or '$'}: {error.message}")
    if not errors:
        print(f"{name}: ok")
sys.exit(1 if failed else 0)
