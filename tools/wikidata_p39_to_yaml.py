#!/usr/bin/env python3
"""Convert Wikidata "position held" (P39) statements into newslint's people YAML.

Input: a Wikidata JSON export of one or more people, as served by
Special:EntityData/Q<id>.json or a JSON dump ({"entities": {...}}, a list of
entities, or one entity per line). Each P39 statement with a start time (P580)
and optionally an end time (P582) becomes a term, when its position is mapped
to a newslint office id.

The map (--offices) is YAML: Wikidata position item -> office id, e.g.
    Q1261468: cn.premier          # Premier of the People's Republic of China
    Q25908814: cn.vice-premier
Positions not in the map are skipped and listed on stderr, so nothing is
guessed. Dates keep Wikidata's precision (9 year, 10 month, 11 day).

Usage:
    tools/wikidata_p39_to_yaml.py --offices map.yaml export.json > people/mine.yaml
"""
import argparse
import json
import re
import sys

import yaml

PRECISION = {9: 4, 10: 7, 11: 10}  # Wikidata time precision -> ISO prefix length


def entities(data):
    if isinstance(data, dict) and "entities" in data:
        return list(data["entities"].values())
    if isinstance(data, dict) and "claims" in data:
        return [data]
    if isinstance(data, list):
        return data
    raise ValueError("not a Wikidata entity export")


def read_export(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return entities(json.loads(text))
    except json.JSONDecodeError:
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not JSON: {e}")
        return out


def wikidata_time(snak):
    value = snak.get("datavalue", {}).get("value", {})
    time, precision = value.get("time"), value.get("precision")
    if not time or precision not in PRECISION:
        return None
    m = re.match(r"^\+(\d{4})-(\d\d)-(\d\d)", time)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"[: PRECISION[precision]]


def slug(name):
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s or "person"


def label(entity, lang):
    return entity.get("labels", {}).get(lang, {}).get("value")


def convert(people, offices, lang, unmapped):
    out_people, out_terms = [], []
    for e in people:
        qid = e.get("id", "?")
        name = label(e, lang)
        if not name:
            print(f"{qid}: no {lang} label, skipped", file=sys.stderr)
            continue
        pid = slug(name)
        aliases = [a["value"] for a in e.get("aliases", {}).get(lang, [])]
        person = {"id": pid, "name": name}
        if aliases:
            person["aliases"] = aliases
        terms = []
        for st in e.get("claims", {}).get("P39", []):
            if st.get("rank") == "deprecated":
                continue
            pos = st.get("mainsnak", {}).get("datavalue", {}).get("value", {}).get("id")
            if pos not in offices:
                unmapped.setdefault(pos, set()).add(qid)
                continue
            q = st.get("qualifiers", {})
            start = next((wikidata_time(s) for s in q.get("P580", []) if wikidata_time(s)), None)
            end = next((wikidata_time(s) for s in q.get("P582", []) if wikidata_time(s)), None)
            if not start:
                print(f"{qid}: {pos} has no start time (P580), skipped", file=sys.stderr)
                continue
            term = {"person": pid, "office": offices[pos], "from": start}
            if end:
                term["to"] = end
            term["source"] = f"https://www.wikidata.org/wiki/{qid}#P39"
            terms.append(term)
        if terms:
            out_people.append(person)
            out_terms.extend(terms)
    return out_people, out_terms


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("exports", nargs="+", help="Wikidata JSON export files")
    ap.add_argument("--offices", required=True, help="YAML map: position item (Q...) -> office id")
    ap.add_argument("--lang", default="en", help="label language (default en)")
    args = ap.parse_args(argv)
    with open(args.offices, encoding="utf-8") as f:
        offices = {str(k): str(v) for k, v in (yaml.safe_load(f) or {}).items()}
    people = []
    for path in args.exports:
        people.extend(read_export(path))
    unmapped = {}
    out_people, out_terms = convert(people, offices, args.lang, unmapped)
    for pos, who in sorted(unmapped.items(), key=lambda kv: str(kv[0])):
        print(f"unmapped position {pos} (held by {', '.join(sorted(who))})", file=sys.stderr)
    print("# Converted from Wikidata P39 statements by tools/wikidata_p39_to_yaml.py.")
    print("# Check every term against its source before committing: add family_name,")
    print("# given_name and name_order, and known_until to open terms (see SCHEMA.md).")
    yaml.safe_dump({"people": out_people, "terms": out_terms}, sys.stdout, sort_keys=False,
                   allow_unicode=True, default_flow_style=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
