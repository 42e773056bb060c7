#!/usr/bin/env python3
"""Lists the words PolNeAR's annotators mark as attribution cues, from the
train split only, with how often each is a cue and how often it occurs; the
words not yet in the cue lexicon come first. This is how the "learned from
PolNeAR train" block of crates/whosaid-attribution/data/cues.tsv was chosen
(by hand from this list: verbs that are cues in more than a third of their
uses). Reads ../shared at run time; prints a table, writes nothing.

usage: python3 tools/polnear_cues.py [--min-count 6] [--min-rate 0.3]
"""
import argparse, collections, os, re

here = os.path.dirname(os.path.abspath(__file__))
train = os.path.join(here, "..", "..", "shared", "data", "polnear", "train")
lexicon = os.path.join(here, "..", "crates", "whosaid-attribution", "data", "cues.tsv")

ap = argparse.ArgumentParser()
ap.add_argument("--min-count", type=int, default=6)
ap.add_argument("--min-rate", type=float, default=0.3)
args = ap.parse_args()


def inflect(base):
    # The same regular inflection as lexicon.rs.
    head, _, tail = base.partition(" ")
    tail = " " + tail if tail else ""
    cons_y = head.endswith("y") and len(head) > 1 and head[-2] not in "aeiou"
    s = head + "es" if re.search(r"(s|sh|ch|x|z)$", head) else head[:-1] + "ies" if cons_y else head + "s"
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    elif cons_y:
        past, ing = head[:-1] + "ied", head + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    return [f + tail for f in (head, s, past, past, ing)]


known = set()
for line in open(lexicon, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    cols = line.rstrip("\n").split("\t")
    forms = cols[3].split("|")
    if len(forms) == 1 and "noun" not in cols[2] and "prep" not in cols[2]:
        forms = inflect(forms[0])
    known.update(f.split()[0] for f in forms)

cue = collections.Counter()
seen_words = collections.Counter()
done = set()
for name in sorted(os.listdir(os.path.join(train, "attributions"))):
    article = name.rsplit("_", 1)[0]
    if article in done:  # the first annotator's file only
        continue
    done.add(article)
    with open(os.path.join(train, "text", article + ".txt"), encoding="utf-8") as f:
        for w in re.findall(r"[A-Za-z’']+", f.read()):
            seen_words[w.lower()] += 1
    with open(os.path.join(train, "attributions", name), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0].startswith("T") and len(cols) >= 3 and cols[1].startswith("Cue "):
                for w in re.findall(r"[A-Za-z’']+", cols[2]):
                    cue[w.lower()] += 1

rows = []
for w, n in cue.items():
    total = max(seen_words[w], 1)
    if n >= args.min_count and n / total >= args.min_rate:
        rows.append((w in known, -n, w, n, total))
rows.sort()
print("word\tcue\toccurrences\trate\tin lexicon")
for known_word, _, w, n, total in rows:
    print(f"{w}\t{n}\t{total}\t{n / total:.2f}\t{'yes' if known_word else 'no'}")
