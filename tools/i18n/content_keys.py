#!/usr/bin/env python3
"""The translatable texts of PopCheck's content files, as flat key -> English text maps.

A translation of assets/<dir>/<name>.json lives beside it as assets/<dir>/<name>.<lang>.json:
one flat JSON object from these keys to the translated text (keys starting with "_" are notes).
The Java loader walks the English file with the same rules (see docs/i18n.md), so the keys here
and there must agree; a test fails when a language lacks a key or has one the English lacks.

Key rules: walk the JSON from the top; an object member adds its name; a list element adds the
value of its "id" member when it is an object with a string id, else its index (0, 1, ...);
members whose name starts with "_" or is in DATA are skipped. A string leaf is translatable when the name of
the nearest object member above it is in TEXT[file] ("*" = every string leaf).

Usage: content_keys.py            print every file's keys as JSON
       content_keys.py --missing LANG   print only keys missing from that language's overlays
"""
import json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
TEXT = {
    "assets/assessment/facts.json": {"question", "sign"},
    "assets/causes/causes.json": {"name", "explanation", "helps", "concern", "why"},
    "assets/exercises/catalog.json": {"name", "purpose", "equipment", "steps", "tips", "mistake",
                                      "stopIf", "text", "say", "frequencyText"},
    "assets/exercises/stop.json": {"signs", "text", "reassurance"},
    "assets/triage/advice.json": {"*"},
    "assets/triage/rules.json": {"text"},
    "assets/triage/watch.json": {"*"},
}
# Members that hold data, never text, even in a "*" file (watch.json's forRegions: region ids).
DATA = {"forRegions"}


def keys(node, fields, path=(), member=None, out=None):
    out = {} if out is None else out
    if isinstance(node, dict):
        for name, value in node.items():
            if not name.startswith("_") and name not in DATA:
                keys(value, fields, path + (name,), name, out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            seg = value["id"] if isinstance(value, dict) and isinstance(value.get("id"), str) else str(i)
            keys(value, fields, path + (seg,), member, out)
    elif isinstance(node, str) and ("*" in fields or member in fields):
        out[".".join(path)] = node
    return out


def english():
    result = {}
    for rel, fields in TEXT.items():
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            result[rel] = keys(json.load(f), fields)
    return result


def overlay_path(rel, lang):
    return rel[:-len(".json")] + "." + lang + ".json"


if __name__ == "__main__":
    en = english()
    if len(sys.argv) == 3 and sys.argv[1] == "--missing":
        lang, missing = sys.argv[2], {}
        for rel, texts in en.items():
            p = os.path.join(ROOT, overlay_path(rel, lang))
            have = json.load(open(p, encoding="utf-8")) if os.path.exists(p) else {}
            gap = {k: v for k, v in texts.items() if k not in have}
            if gap:
                missing[overlay_path(rel, lang)] = gap
        print(json.dumps(missing, ensure_ascii=False, indent=1))
    else:
        print(json.dumps(en, ensure_ascii=False, indent=1))
