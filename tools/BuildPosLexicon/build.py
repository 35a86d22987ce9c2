#!/usr/bin/env python3
"""Builds data/pos/lexicon.tsv.gz: the Penn Treebank tags each word form may take by the PETRARCH2 dictionaries.

Verbs: every verb of CAMEO.2.0.txt's verb patterns with its forms: the forms it lists in braces (irregular ones), or
the regular forms made as PETRARCH makes them (-s/-es/-ies, -ed/-d/-ied, -ing). The base form may be VB or VBP (written
VB), a form in -s VBZ, in -ing VBG, any other listed form VBD and VBN (the lexicon cannot tell the two apart; context
does). A verb whose braces list no past form (PUT, CUT, SET) has its base as its past too.
Nouns: the one-word agents of Phoenix.agents.txt (NN) and their plurals (NNS).
Output: one word a line, lower case, a tab, its tags in order separated by spaces; sorted, so the bytes are the same
on every run. Usage: build.py PETRARCH2_DIR OUTPUT_FILE
"""
import gzip
import re
import sys

VOWELS = set("AEIOU")


def third_person(verb):
    if verb.endswith("Y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return verb[:-1] + "IES"
    if verb.endswith(("S", "X", "Z", "CH", "SH", "O")):
        return verb + "ES"
    return verb + "S"


def past(verb):
    if verb.endswith("E"):
        return verb + "D"
    if verb.endswith("Y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return verb[:-1] + "IED"
    return verb + "ED"


def gerund(verb):
    if verb.endswith("E") and not verb.endswith(("EE", "YE", "OE")) and len(verb) > 2:
        return verb[:-1] + "ING"
    return verb + "ING"


def plural(noun):
    if noun.endswith("Y") and len(noun) > 1 and noun[-2] not in VOWELS:
        return noun[:-1] + "IES"
    if noun.endswith(("S", "X", "Z", "CH", "SH")):
        return noun + "ES"
    return noun + "S"


def first_word(entry):
    return entry.lstrip("+").split("_")[0]


def main(source, output):
    tags = {}

    def add(word, *what):
        word = word.lower()
        if re.fullmatch(r"[a-z][a-z\-']*", word):
            tags.setdefault(word, set()).update(what)

    entries = []
    in_verbs = False
    with open(f"{source}/CAMEO.2.0.txt", encoding="utf-8", errors="replace") as cameo:
        for line in cameo:
            if line.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if in_verbs and re.match(r"[A-Z+]", line):
                match = re.match(r"(\+?[A-Z][A-Z_\-]*)\s*(?:\{([^}]*)\})?", line.split("#")[0])
                if match:
                    entries.append(match)

    # A phrase's forms ('+DRAG_OUT {... +DRUG_OUT}') are taken only for a verb with no entry of its own.
    single = {m.group(1).lstrip("+") for m in entries if "_" not in m.group(1)}
    for match in entries:
        verb = first_word(match.group(1))
        if "_" in match.group(1) and verb in single:
            continue
        listed = [first_word(f) for f in (match.group(2) or "").split()]
        if match.group(2) is not None and not listed:
            # An entry of one inflected form ('+ANGERED_BY {}', 'KILLED {}'): a past form if it looks like one.
            if verb.endswith("ED"):
                add(verb, "VBD", "VBN")
            continue
        add(verb, "VB")
        if not listed:
            add(third_person(verb), "VBZ")
            add(past(verb), "VBD", "VBN")
            add(gerund(verb), "VBG")
            continue
        pasts = 0
        for form in listed:
            if form.endswith("ING"):
                add(form, "VBG")
            elif form.endswith("S") and form != verb:
                add(form, "VBZ")
            elif form != verb:
                add(form, "VBD", "VBN")
                pasts += 1
        if pasts == 0:
            add(verb, "VBD", "VBN")

    with open(f"{source}/Phoenix.agents.txt", encoding="utf-8", errors="replace") as agents:
        for line in agents:
            match = re.match(r"([A-Z][A-Z\-]*)\s", line)
            if match and "_" not in line.split()[0]:
                add(match.group(1), "NN")
                add(plural(match.group(1)), "NNS")

    order = ["NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBZ"]
    # No file name and no time in the gzip header, so that a rebuild gives the same bytes.
    with open(output, "wb") as file, gzip.GzipFile(filename="", fileobj=file, mode="wb", mtime=0) as out:
        for word in sorted(tags):
            out.write(f"{word}\t{' '.join(t for t in order if t in tags[word])}\n".encode("utf-8"))
    print(f"{len(tags)} words -> {output}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
