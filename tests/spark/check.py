#!/usr/bin/env python3
"""Checks the Spark job's output against a single `whosaid extract` run.

Called by tests/spark/run.sh; prints one line per check and a closing
`spark: N passed, N failed` line, and exits non-zero if any check failed.
"""

import argparse
import csv
import glob
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..",
                                "examples", "spark"))
from whosaid_spark import CLAIM_COLUMNS, STANCES  # noqa: E402

COLUMNS = [n for n, _ in CLAIM_COLUMNS]
INT_COLUMNS = {n for n, t in CLAIM_COLUMNS if t == "long"}


def load_single(path):
    claims, errors = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if "error" in obj:
                errors.append(obj)
            else:
                assert list(obj) == COLUMNS, "unexpected keys %r" % list(obj)
                claims.append(obj)
    return claims, errors


def key(row):
    return (row["doc_id"], int(row["claim_index"]))


def csv_cell(v):
    """A JSON value as Spark's CSV writer prints it; null and "" both read
    back as ""."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def read_csv_dir(path):
    files = sorted(glob.glob(os.path.join(path, "part-*.csv")))
    if not files:
        raise AssertionError("no part-*.csv under %s" % path)
    header, rows = None, []
    for p in files:
        with open(p, encoding="utf-8", newline="") as f:
            r = csv.reader(f)
            h = next(r, None)
            if h is None:
                continue  # an empty partition
            if header is None:
                header = h
            assert h == header, "%s: header %r" % (p, h)
            rows.extend(dict(zip(h, row)) for row in r)
    return header, rows


def diff_rows(expected, got, label):
    """Returns None when equal, else a description of the first difference."""
    if len(expected) != len(got):
        return "%s: %d rows, expected %d" % (label, len(got), len(expected))
    for i, (e, g) in enumerate(zip(expected, got)):
        if e != g:
            cols = [c for c in e if e.get(c) != g.get(c)]
            return "%s: row %d (%s) differs in %s: expected %r, got %r" % (
                label, i, key(e), cols,
                {c: e.get(c) for c in cols}, {c: g.get(c) for c in cols})
    return None


def check_claims_csv(single, out):
    header, rows = read_csv_dir(os.path.join(out, "claims"))
    if header != COLUMNS:
        return "claims csv: header %r" % header
    expected = sorted(({c: csv_cell(r[c]) for c in COLUMNS} for r in single),
                      key=key)
    got = sorted(rows, key=key)
    return diff_rows(expected, got, "claims csv")


def check_claims_parquet(single, out):
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[1]")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    try:
        df = spark.read.parquet(os.path.join(out, "claims"))
        types = {f.name: f.dataType.simpleString() for f in df.schema.fields}
        want = {n: ("bigint" if t == "long" else t) for n, t in CLAIM_COLUMNS}
        if df.columns != COLUMNS or types != want:
            return "claims parquet: schema %r" % types
        got = sorted((r.asDict() for r in df.collect()), key=key)
        speakers = [r.asDict() for r in
                    spark.read.parquet(os.path.join(out, "speakers"))
                    .collect()]
    finally:
        spark.stop()
    # Exact: nulls stay None, integers and booleans keep their types.
    expected = sorted(single, key=key)
    problem = diff_rows(expected, got, "claims parquet")
    if problem is None and not speakers:
        problem = "speakers parquet: empty"
    return problem


def check_speakers(summary_csv, out):
    header, rows = read_csv_dir(os.path.join(out, "speakers"))
    want = ["speaker", "speaker_type", "documents", "claims"] + STANCES \
        + ["stances"]
    if header != want:
        return "speakers: header %r" % header
    for r in rows:
        if sum(int(r[s]) for s in STANCES) != int(r["claims"]):
            return "speakers: stance counts do not add up for %r" % r
    with open(summary_csv, encoding="utf-8", newline="") as f:
        expected = list(csv.DictReader(f))
    cols = ["speaker", "speaker_type", "documents", "claims", "stances"]
    exp = [tuple(r[c] for c in cols) for r in expected]
    got = [tuple(r[c] for c in cols) for r in rows]
    if exp != got:
        for i, (e, g) in enumerate(zip(exp, got)):
            if e != g:
                return "speakers: row %d: expected %r, got %r" % (i, e, g)
        return "speakers: %d rows, expected %d" % (len(got), len(exp))
    return None


def check_errors(single_errors, out):
    files = sorted(glob.glob(os.path.join(out, "errors", "part-*.json")))
    got = []
    for p in files:
        with open(p, encoding="utf-8") as f:
            got.extend(json.loads(line) for line in f if line.strip())
    if len(got) != len(single_errors):
        return "errors: %d error records, expected %d" % (
            len(got), len(single_errors))
    for g, e in zip(got, single_errors):
        # The single run names the file and line; Spark the partition and
        # line within it. The reason itself must match.
        reason = e["error"]
        if reason.startswith(e["source"] + ": "):
            reason = reason[len(e["source"]) + 2:]
        if g["error"] != reason or "partition" not in g["source"]:
            return "errors: got %r, expected reason %r" % (g, reason)
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--single", required=True)
    p.add_argument("--summary", required=True)
    p.add_argument("--csv-out", required=True)
    p.add_argument("--parquet-out")
    p.add_argument("--expect-errors", type=int, required=True)
    p.add_argument("--extra", action="append", default=[],
                   help="NAME=passed|failed: a check run by the shell")
    a = p.parse_args()

    single, single_errors = load_single(a.single)
    checks = []
    if len(single_errors) != a.expect_errors:
        checks.append(("single run", "%d error records, expected %d" % (
            len(single_errors), a.expect_errors)))
    checks.append(("claims csv", check_claims_csv(single, a.csv_out)))
    checks.append(("speakers csv", check_speakers(a.summary, a.csv_out)))
    checks.append(("error records", check_errors(single_errors, a.csv_out)))
    if a.parquet_out:
        checks.append(("claims parquet",
                       check_claims_parquet(single, a.parquet_out)))
    for extra in a.extra:
        name, _, verdict = extra.partition("=")
        checks.append((name, None if verdict == "passed" else verdict))

    passed = failed = 0
    for name, problem in checks:
        if problem is None:
            passed += 1
            print("ok   %s" % name)
        else:
            failed += 1
            print("FAIL %s: %s" % (name, problem))
    print("  (%d claims in %d documents, %d error records)" % (
        len(single), len({c["doc_id"] for c in single}), len(single_errors)))
    print("spark: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
