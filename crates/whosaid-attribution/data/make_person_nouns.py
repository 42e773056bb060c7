#!/usr/bin/env python3
"""Writes person-nouns.txt from a WordNet 3.0 database directory.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python3 make_person_nouns.py wn/usr/share/wordnet > person-nouns.txt

The words are WordNet's noun.person lemmas (lexicographer file 18) in
lower case, of letters and hyphens, longer than five letters, that end as
agent nouns do (-er, -or, -ist, -ian, -ant, -ent).
"""
import os
import sys

HEADER = """# English nouns for a person that end as agents do (-er, -or, -ist, -ian,
# -ant, -ent), longer than five letters: WordNet 3.0's noun.person lemmas.
# A capitalised word before a name is a role when it is one of these
# ("Broadcaster Piers Morgan"), not a given name ("Surinder Kaur Gill").
# Built by make_person_nouns.py from Debian's wordnet-base package.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Used under the WordNet 3.0 license, in WORDNET-LICENSE beside this file.
"""


def main(wn):
    lexfile = {}
    with open(os.path.join(wn, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            offset, file_number = line.split(" ", 2)[:2]
            lexfile[offset] = int(file_number)
    words = set()
    with open(os.path.join(wn, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            word, pointers = parts[0], int(parts[3])
            offsets = parts[4 + pointers + 2 :]
            if (
                word.islower()
                and all(c.isalpha() or c == "-" for c in word)
                and len(word) > 5
                and word.endswith(("er", "or", "ist", "ian", "ant", "ent"))
                and any(lexfile[o] == 18 for o in offsets)
            ):
                words.add(word)
    sys.stdout.write(HEADER + "".join(w + "\n" for w in sorted(words)))


if __name__ == "__main__":
    main(sys.argv[1])
