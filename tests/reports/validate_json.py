#!/usr/bin/python3
"""Validates a report.json against reports/schema/report.schema.json with python3-jsonschema.

usage: validate_json.py SCHEMA REPORT [--without PATH]
  --without PATH  first delete the member at PATH (dotted; numbers index arrays: scenarios.1.steps.0.id),
                  to show the schema rejects a report that lacks it.
Exit 0: valid. 1: invalid (each error printed). 2: bad use or unreadable files.
Run with /usr/bin/python3: jsonschema is Debian's python3-jsonschema.
"""
import json
import sys

import jsonschema


def delete(document, path):
    *parents, last = path.split(".")
    node = document
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    del node[int(last) if isinstance(node, list) else last]


def main(argv):
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--without"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        report = json.load(f)
    if len(argv) == 5:
        delete(report, argv[4])
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(report), key=lambda e: list(e.absolute_path))
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"{where}: {error.message}")
    if not errors:
        print("valid")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
