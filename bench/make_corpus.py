#!/usr/bin/env python3
"""Builds the benchmark corpus as JSON Lines from ../shared: the Wikinews
articles plus the PolNeAR train texts, optionally repeated (with new ids) to
reach a target size. The texts are read from ../shared at run time and written
outside the repository; nothing copyrighted is committed.

usage: make_corpus.py OUT.jsonl [--repeat N] [--min-bytes BYTES]
"""
import argparse, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "shared", "data")

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--repeat", type=int, default=1)
ap.add_argument("--min-bytes", type=int, default=0)
args = ap.parse_args()

docs = []
for line in open(os.path.join(shared, "wikinews", "wikinews.jsonl"), encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        docs.append((d["id"], d["text"]))
train = os.path.join(shared, "polnear", "train", "text")
for name in sorted(os.listdir(train)):
    with open(os.path.join(train, name), encoding="utf-8") as f:
        docs.append(("polnear/" + name, f.read()))

written = 0
rounds = 0
with open(args.out, "w", encoding="utf-8") as out:
    while rounds < args.repeat or written < args.min_bytes:
        for doc_id, text in docs:
            line = json.dumps({"id": f"{doc_id}#{rounds}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
        rounds += 1
words = sum(len(t.split()) for _, t in docs) * rounds
print(json.dumps({"documents": len(docs) * rounds, "bytes": written, "words": words, "rounds": rounds}))
