#!/usr/bin/env python3
"""Scores events on the PLOVER gold standard records until `./chronicle eval events` exists (branch evcode).

usage (from the repository root):
  python3 tools/PloverCheck/plover_check.py prepare > /tmp/plover.jsonl
  ./chronicle extract /tmp/plover.jsonl --format jsonl > /tmp/plover.out.jsonl
  python3 tools/PloverCheck/plover_check.py score /tmp/plover.out.jsonl

Type: the record counts as right when an event of its (renamed) gold type is found in the sentence.
Countries: ISO-3 gold codes to alpha-2 through world-countries; right when a source (target) actor of that
event has one of the gold countries.
"""
import collections, json, sys

GOLD = "../shared/corpora/plover-gsr/gold_standard_records/PLOVER_GSR_CAMEO.txt"
COUNTRIES = "../shared/lexicons/countries/countries.json"
OLD = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def records():
    return {r["id"]: r for r in json.load(open(GOLD, encoding="utf-8")) if "text" in r}


def codes(record, key):
    value = record.get(key)
    alpha2 = {c["cca3"]: c["cca2"] for c in json.load(open(COUNTRIES, encoding="utf-8"))}
    return {alpha2.get(a["code"]) for a in (value if isinstance(value, list) else []) if isinstance(a, dict) and a.get("code")} - {None}


def score(path):
    gold = records()
    n = typ = 0
    tally = {"source": [0, 0], "target": [0, 0]}
    misses = collections.Counter()
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        g = gold[doc["source"]]
        want = OLD.get(g["event"], g["event"])
        n += 1
        events = sorted(doc["events"], key=lambda e: -e["confidence"])
        ev = next((e for e in events if e["type"] == want), events[0] if events else None)
        if ev and ev["type"] == want:
            typ += 1
        else:
            misses[(want, ev["type"] if ev else None)] += 1
        for role in ("source", "target"):
            want_codes = codes(g, role)
            if want_codes:
                got = {a.get("country") for a in (ev["actors"] if ev else []) if a["role"] == role}
                tally[role][0] += bool(want_codes & got)
                tally[role][1] += 1
    print(f"records {n}  type {typ}/{n} = {typ / n:.1%}  "
          f"source country {tally['source'][0]}/{tally['source'][1]} = {tally['source'][0] / max(1, tally['source'][1]):.1%}  "
          f"target country {tally['target'][0]}/{tally['target'][1]} = {tally['target'][0] / max(1, tally['target'][1]):.1%}")
    print("most frequent misses (gold, found):", misses.most_common(10))


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "prepare":
        for r in records().values():
            print(json.dumps({"url": r["id"], "title": None, "published": None, "text": r["text"]}))
    elif len(sys.argv) == 3 and sys.argv[1] == "score":
        score(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
