#!/usr/bin/env python3
"""Validates SARIF files against the SARIF 2.1.0 JSON schema.

usage: validate_sarif.py SCHEMA FILE...

Exit status: 0 all valid; 1 some file is invalid (every error is listed with
its JSON path); 2 the validator could not run (no jsonschema module, an
unreadable file). Called by tests/report_formats_test.cc; needs the Debian
package python3-jsonschema (scripts/install-deps.sh installs it).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate_sarif: the jsonschema module is missing (python3-jsonschema)", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        print(f"validate_sarif: {argv[1]}: {e}", file=sys.stderr)
        return 2
    # The schema is draft-04; pick the validator its $schema names.
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failed = False
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"validate_sarif: {path}: {e}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path) or "(root)"
            print(f"{path}: {where}: {e.message}")
        if errors:
            failed = True
        else:
            print(f"{path}: valid SARIF 2.1.0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
