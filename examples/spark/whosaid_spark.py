#!/usr/bin/env python3
"""whosaid on Apache Spark: who claimed what, across a corpus of any size.

Reads a JSON Lines corpus (one document per line) from any path Spark can
read (local, HDFS, S3, a directory, a glob, .gz files), pipes each partition
through the `whosaid` binary with `RDD.pipe`, and writes:

    OUTPUT/claims/     one row per claim, the columns of `whosaid extract`
    OUTPUT/speakers/   the per-speaker roll-up (speaker, speaker_type,
                       documents, claims, one count per stance, stances)
    OUTPUT/errors/     only if some records could not be read: doc_id,
                       source, error (JSON Lines)

as CSV with a header (the default) or Parquet, and prints a one-line JSON
summary on standard output.

How to run
----------
Locally (pip install pyspark==3.5.*, Java 17):

    spark-submit --master 'local[*]' examples/spark/whosaid_spark.py \
        --input corpus.jsonl --output out/ \
        --binary target/release/whosaid

On a cluster (YARN or Kubernetes), see "Scaling out" in README.md; in short:

    spark-submit --master yarn --deploy-mode cluster \
        examples/spark/whosaid_spark.py \
        --input hdfs:///news/2015-2024/*.jsonl.gz \
        --output hdfs:///news/whosaid/ --output-format parquet \
        --binary hdfs:///tools/whosaid --partitions 400

Options: --id-field / --text-field name the JSON fields of the input
(default id / text); --partitions asks for at least that many input splits;
--fail-fast fails the job at the first unreadable record instead of
reporting it under errors/; --overwrite replaces existing output.

How it works
------------
- The binary is shipped with SparkContext.addFile (or spark-submit --files,
  then pass --binary NAME --shipped with the shipped file's base name, or
  --binary local:///PATH when it is already at PATH on every node). Its path is
  resolved on each executor, inside the task, with SparkFiles.get, and sent
  as the first line of the partition's stdin to a small `sh -c` wrapper,
  which reads it and runs
  `whosaid extract --input-format jsonl --format jsonl --jobs 1 --quiet -`
  on the rest (Spark already runs one task per core, hence --jobs 1).
- Each input line is re-serialised as {"id": …, "text": …} from the chosen
  fields; a record without an id gets "part-P:N" (partition P, line N) so
  ids stay unique across partitions. A line that is not a JSON object is
  passed on untouched, and whosaid turns it into an error record in the
  same stream.
- whosaid exits 1 when some record was an error (after writing all the
  others); the wrapper turns that into 0 so the partition is kept and
  `checkCode=True` only fails tasks on real failures (exit 2, a signal, a
  missing binary). With --fail-fast it does not, and the job fails.
- The claims are parsed with an explicit schema (spark.read.json), error
  records are split off, and the roll-up is one Spark SQL query.
"""

import argparse
import json
import os
import shlex
import shutil
import sys
import time
from urllib.parse import urlparse

# The columns of `whosaid extract --format jsonl`, in order, with their types.
CLAIM_COLUMNS = [
    ("doc_id", "string"),
    ("claim_index", "long"),
    ("sentence_index", "long"),
    ("kind", "string"),
    ("speaker", "string"),
    ("speaker_type", "string"),
    ("speaker_title", "string"),
    ("source_text", "string"),
    ("source_start", "long"),
    ("source_end", "long"),
    ("cue_text", "string"),
    ("cue_start", "long"),
    ("cue_end", "long"),
    ("cue_lemma", "string"),
    ("content_text", "string"),
    ("content_start", "long"),
    ("content_end", "long"),
    ("stance", "string"),
    ("negated", "boolean"),
    ("target_text", "string"),
]

# Every stance whosaid emits, in alphabetical order (the order of the
# `stances` column of `whosaid extract --speakers-summary`).
STANCES = [
    "accuse",
    "assert",
    "deny",
    "oppose",
    "other",
    "promise",
    "question",
    "support",
    "warn",
]

# Sent as a doc id when reading the input itself failed inside the task, so
# that the failure is raised in the task instead of being lost in the thread
# that feeds the pipe.
INPUT_FAILED = "__whosaid_spark_input_failed__"

# Runs on the executors as `sh -c WRAPPER whosaid-pipe MODE ARGS...`.
# The first stdin line is the binary's executor-local path (SparkFiles.get,
# resolved in the task); `read` takes exactly that line from the pipe and the
# binary reads the rest. MODE "tolerant" maps exit 1 (some records were
# errors, all reported in the stream) to 0.
WRAPPER = r"""
IFS= read -r bin || { echo "whosaid-pipe: no binary path on stdin" >&2; exit 70; }
if [ ! -f "$bin" ]; then echo "whosaid-pipe: $bin: not found on this executor" >&2; exit 71; fi
[ -x "$bin" ] || chmod u+x "$bin" 2>/dev/null || {
  copy="${TMPDIR:-/tmp}/whosaid-$$"; cp "$bin" "$copy" && chmod u+x "$copy" && bin="$copy"; }
mode="$1"; shift
"$bin" "$@"
rc=$?
[ -n "${copy:-}" ] && rm -f "$copy"
if [ "$rc" -eq 1 ] && [ "$mode" = tolerant ]; then exit 0; fi
exit "$rc"
"""


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run whosaid over a JSON Lines corpus on Spark.")
    p.add_argument("--input", required=True,
                   help="JSON Lines corpus: any Spark path, glob or "
                        "comma-separated list (.gz is read on the fly)")
    p.add_argument("--output", required=True,
                   help="output directory (any Spark path)")
    p.add_argument("--output-format", choices=["csv", "parquet"],
                   default="csv")
    p.add_argument("--id-field", default="id",
                   help="JSON field holding the document id (default: id)")
    p.add_argument("--text-field", default="text",
                   help="JSON field holding the text (default: text)")
    p.add_argument("--binary", default=None,
                   help="the whosaid binary: a local path or any URL "
                        "SparkContext.addFile takes (default: whosaid on "
                        "PATH); local:///PATH for a binary already at PATH "
                        "on every node; with --shipped, the base name of a "
                        "file given to spark-submit --files")
    p.add_argument("--shipped", action="store_true",
                   help="the binary was shipped with spark-submit --files; "
                        "do not addFile it again")
    p.add_argument("--partitions", type=int, default=None,
                   help="minimum number of input partitions")
    p.add_argument("--fail-fast", action="store_true",
                   help="fail the job at the first unreadable record")
    p.add_argument("--overwrite", action="store_true",
                   help="replace existing output")
    args = p.parse_args(argv)
    if args.binary is None:
        args.binary = shutil.which("whosaid")
        if args.binary is None:
            p.error("--binary is required (no whosaid on PATH)")
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    return args


def make_prepare(binary_name, id_field, text_field, local_path=None):
    """The per-partition function that feeds the pipe: first the binary's
    path on this executor (SparkFiles.get(binary_name), or local_path for a
    local:// binary already on every node), then one JSON line per input
    line."""

    def prepare_line(line, fallback_id):
        try:
            obj = json.loads(line)
        except ValueError:
            return line  # whosaid reports it as an error record
        if not isinstance(obj, dict):
            return line
        doc_id = obj.get(id_field)
        rec = {"id": fallback_id if doc_id is None else doc_id}
        if text_field in obj:
            rec["text"] = obj[text_field]
        # ASCII escapes keep lone surrogates and odd characters intact
        # through the UTF-8 pipe; whosaid decodes them as in a single run.
        return json.dumps(rec, ensure_ascii=True)

    def prepare(index, lines):
        # This runs on the executor, in the thread that writes the pipe's
        # stdin: it must never raise, or the child would wait forever.
        try:
            if local_path:
                yield local_path
            else:
                from pyspark import SparkFiles
                yield SparkFiles.get(binary_name)
        except Exception:  # noqa: BLE001
            yield ""
            return
        n = 0
        try:
            for line in lines:
                n += 1
                try:
                    out = prepare_line(line, "part-%d:%d" % (index, n))
                except Exception:  # noqa: BLE001
                    out = line
                yield out.replace("\n", " ").replace("\r", " ")
        except Exception as e:  # noqa: BLE001 - reading the input failed
            msg = "%s: partition %d line %d: %s: %s" % (
                INPUT_FAILED, index, n + 1, type(e).__name__, e)
            yield json.dumps({"id": msg}, ensure_ascii=True)

    return prepare


def make_tag(input_path):
    """Runs on the pipe's output: gives error records a usable source and
    raises on an input failure signalled by `prepare`."""

    def tag(index, lines):
        for line in lines:
            if '"error"' in line:
                try:
                    obj = json.loads(line)
                except ValueError:
                    obj = None
                if isinstance(obj, dict) and "error" in obj \
                        and "claim_index" not in obj:
                    doc_id = str(obj.get("doc_id", ""))
                    if doc_id.startswith(INPUT_FAILED):
                        raise RuntimeError(
                            "reading the input failed: "
                            + doc_id[len(INPUT_FAILED) + 2:])
                    src = str(obj.get("source", ""))
                    err = str(obj.get("error", ""))
                    if err.startswith(src + ": "):
                        err = err[len(src) + 2:]
                    if src.startswith("-:"):
                        src = "%s (partition %d, line %s)" % (
                            input_path, index, src[2:])
                    obj["source"] = src
                    obj["error"] = err
                    line = json.dumps(obj, ensure_ascii=False)
            yield line

    return tag


def pipe_command(fail_fast):
    """The command `RDD.pipe` runs; PySpark splits it with shlex.split."""
    whosaid_args = ["extract", "--input-format", "jsonl", "--format",
                    "jsonl", "--jobs", "1", "--quiet"]
    if fail_fast:
        whosaid_args.append("--fail-fast")
    whosaid_args.append("-")
    mode = "strict" if fail_fast else "tolerant"
    return shlex.join(["/bin/sh", "-c", WRAPPER, "whosaid-pipe", mode]
                      + whosaid_args)


def speakers_sql(view):
    counts = ",\n       ".join(
        "SUM(CASE WHEN stance = '%s' THEN 1 ELSE 0 END) AS `%s`" % (s, s)
        for s in STANCES)
    parts = ", ".join(
        "IF(`%s` > 0, CONCAT('%s:', `%s`), NULL)" % (s, s, s)
        for s in STANCES)
    cols = ", ".join("`%s`" % s for s in STANCES)
    return """
SELECT speaker, speaker_type, documents, claims, %s,
       CONCAT_WS(';', %s) AS stances
FROM (
  SELECT speaker, speaker_type,
       COUNT(DISTINCT doc_id) AS documents,
       COUNT(*) AS claims,
       %s
  FROM %s
  WHERE speaker IS NOT NULL
  GROUP BY speaker, speaker_type
)
""" % (cols, parts, counts, view)


def write(df, path, fmt, overwrite):
    w = df.write.mode("overwrite" if overwrite else "errorifexists")
    if fmt == "parquet":
        w.parquet(path)
    else:
        # RFC 4180 quoting, text kept exactly (no trimming); nulls are empty
        # cells, empty strings are "".
        (w.option("header", True)
          .option("quote", '"')
          .option("escape", '"')
          .option("ignoreLeadingWhiteSpace", False)
          .option("ignoreTrailingWhiteSpace", False)
          .option("encoding", "UTF-8")
          .csv(path))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.sql.types import (BooleanType, LongType, StringType,
                                   StructField, StructType)

    types = {"string": StringType(), "long": LongType(),
             "boolean": BooleanType()}
    claim_fields = [StructField(n, types[t], True) for n, t in CLAIM_COLUMNS]
    stream_schema = StructType(claim_fields + [
        StructField("source", StringType(), True),
        StructField("error", StringType(), True),
        StructField("_corrupt_record", StringType(), True),
    ])

    started = time.monotonic()
    spark = SparkSession.builder.appName("whosaid").getOrCreate()
    sc = spark.sparkContext

    local_path = None
    binary_name = os.path.basename(args.binary.rstrip("/"))
    if args.binary.startswith("local:"):
        # Already on every node (e.g. baked into the image): addFile would
        # skip it, so use the path as it is.
        local_path = urlparse(args.binary).path
    elif not args.shipped:
        sc.addFile(args.binary)

    lines = (sc.textFile(args.input, args.partitions)
             if args.partitions else sc.textFile(args.input))
    piped = (lines
             .mapPartitionsWithIndex(
                 make_prepare(binary_name, args.id_field, args.text_field,
                              local_path))
             .pipe(pipe_command(args.fail_fast), checkCode=True,
                   env={"PATH": "/usr/local/bin:/usr/bin:/bin"})
             .mapPartitionsWithIndex(make_tag(args.input)))

    stream = (spark.read.schema(stream_schema)
              .option("mode", "PERMISSIVE")
              .option("columnNameOfCorruptRecord", "_corrupt_record")
              .json(piped)
              .persist(StorageLevel.MEMORY_AND_DISK))

    claims = stream.where("error IS NULL AND _corrupt_record IS NULL") \
                   .select([n for n, _ in CLAIM_COLUMNS])
    errors = stream.where("error IS NOT NULL OR _corrupt_record IS NOT NULL") \
                   .selectExpr(
                       "doc_id", "source",
                       "COALESCE(error, CONCAT('not a whosaid record: ', "
                       "_corrupt_record)) AS error")

    out = args.output.rstrip("/")
    write(claims, out + "/claims", args.output_format, args.overwrite)

    claims.createOrReplaceTempView("claims")
    speakers = spark.sql(speakers_sql("claims")) \
        .repartition(1) \
        .sortWithinPartitions("claims", "speaker", "speaker_type",
                              ascending=[False, True, True])
    write(speakers, out + "/speakers", args.output_format, args.overwrite)

    n_errors = errors.count()
    if n_errors:
        errors.write.mode("overwrite" if args.overwrite else "errorifexists") \
            .json(out + "/errors")
        for row in errors.limit(20).collect():
            print("whosaid_spark: %s: %s" % (row.source, row.error),
                  file=sys.stderr)
        if n_errors > 20:
            print("whosaid_spark: … %d more under %s/errors"
                  % (n_errors - 20, out), file=sys.stderr)

    summary = {
        "claims": claims.count(),
        "documents_with_claims": claims.select("doc_id").distinct().count(),
        "speakers": speakers.count(),
        "errors": n_errors,
        "partitions": lines.getNumPartitions(),
        "output": out,
        "seconds": round(time.monotonic() - started, 2),
    }
    print(json.dumps(summary))
    stream.unpersist()
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
