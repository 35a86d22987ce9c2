#!/usr/bin/env python3
"""Builds data/mappings/countries.tsv from world-countries' countries.json (deterministic: sorted by alpha-2).

usage: python3 tools/BuildCountryTable/build.py ../shared/lexicons/countries/countries.json data/mappings/countries.tsv

Columns: alpha2, alpha3, numeric (ISO 3166), English common name, ACLED region. ACLED's regions group countries
differently from the UN subregions that world-countries gives: Western Asia is ACLED's Middle East except the
Caucasus, Iran is in the Middle East, Central Asia joins the Caucasus, Mexico is in Central America, Europe and
Oceania are one region each.
"""
import json, sys

SUBREGION = {
    "Western Africa": "Western Africa", "Middle Africa": "Middle Africa", "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa", "Northern Africa": "Northern Africa", "Southern Asia": "South Asia",
    "South-Eastern Asia": "Southeast Asia", "Eastern Asia": "East Asia", "Central Asia": "Caucasus and Central Asia",
    "Western Asia": "Middle East", "North America": "North America", "Central America": "Central America",
    "South America": "South America", "Caribbean": "Caribbean",
}
REGION = {"Europe": "Europe", "Oceania": "Oceania", "Antarctic": "Antarctica"}
EXCEPTIONS = {"AM": "Caucasus and Central Asia", "AZ": "Caucasus and Central Asia", "GE": "Caucasus and Central Asia",
              "IR": "Middle East", "MX": "Central America", "CY": "Middle East"}


def main():
    source, target = sys.argv[1], sys.argv[2]
    countries = json.load(open(source, encoding="utf-8"))
    rows = []
    for c in countries:
        a2 = c["cca2"]
        region = EXCEPTIONS.get(a2) or REGION.get(c["region"]) or SUBREGION.get(c["subregion"], "")
        rows.append((a2, c["cca3"], c.get("ccn3") or "", c["name"]["common"], region))
    rows.sort()
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write("# alpha2\talpha3\tnumeric\tname\tacled_region\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
