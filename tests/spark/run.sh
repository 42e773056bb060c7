#!/usr/bin/env bash
# The Spark job (examples/spark/whosaid_spark.py) against a single whosaid run.
#
# Creates (or reuses) a venv with pyspark under target/spark-venv, builds the
# release binary, makes a JSON Lines corpus of fixtures/**/*.txt plus one
# malformed line, runs the job on loopback in local[2] (CSV), in
# local-cluster[2,1,1024] (Parquet; executors in their own JVMs and work dirs,
# as on a cluster) and with --fail-fast (must fail), runs one
# `whosaid extract --input-format jsonl --format jsonl` over the same corpus,
# and checks that the claims are equal row for row
# after sorting by doc_id, claim_index, that the speaker roll-up equals
# `--speakers-summary`, and that the malformed line is an error record.
# Ends with `spark: N passed, N failed`.
#
# Environment: WHOSAID_SPARK_VENV (venv dir, default target/spark-venv),
# CARGO_TARGET_DIR (as for cargo), KEEP_TMP=1 keeps the temp dir and logs.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PYSPARK_VERSION=3.5.9 # supports Java 8, 11 and 17
VENV=${WHOSAID_SPARK_VENV:-$ROOT/target/spark-venv}
TARGET=${CARGO_TARGET_DIR:-target}
case $TARGET in /*) ;; *) TARGET=$ROOT/$TARGET ;; esac

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# --- Java -------------------------------------------------------------------
if ! command -v java >/dev/null 2>&1; then
  echo "spark test: no java; installing openjdk-17-jre-headless" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

# --- venv with pyspark --------------------------------------------------------
PY=$VENV/bin/python
if ! "$PY" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  echo "spark test: creating $VENV with pyspark==$PYSPARK_VERSION" >&2
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV"
  "$PY" -m pip install -q --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi

# --- binary -------------------------------------------------------------------
cargo build --release --quiet
BIN=$TARGET/release/whosaid

# --- corpus -------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-spark.XXXXXX")
trap '[ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"' EXIT
CORPUS=$TMP/corpus.jsonl
"$PY" - "$ROOT/fixtures" "$CORPUS" <<'EOF'
import json, pathlib, sys
root, out = pathlib.Path(sys.argv[1]), sys.argv[2]
paths = sorted(root.rglob("*.txt"))
assert paths, "no fixtures"
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(paths):
        rec = {"id": str(p.relative_to(root)), "text": p.read_text(encoding="utf-8")}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if i == len(paths) // 2:
            f.write("{this line is not json\n")
EOF
echo "spark test: corpus of $(wc -l <"$CORPUS") lines, $(wc -c <"$CORPUS") bytes" >&2

# A path with a space: the command must survive shlex on the way to the pipe.
mkdir -p "$TMP/bin dir"
cp "$BIN" "$TMP/bin dir/whosaid"

# --- Spark --------------------------------------------------------------------
unset SPARK_HOME PYSPARK_SUBMIT_ARGS
export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON=$PY PYSPARK_DRIVER_PYTHON=$PY
submit() { # master, job args...
  local master=$1; shift
  "$VENV/bin/spark-submit" --master "$master" \
    --conf spark.driver.host=127.0.0.1 \
    --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false \
    --conf spark.ui.showConsoleProgress=false \
    --conf spark.sql.shuffle.partitions=4 \
    --conf "spark.local.dir=$TMP/spark-local" \
    "$ROOT/examples/spark/whosaid_spark.py" \
    --input "$CORPUS" --binary "$TMP/bin dir/whosaid" --partitions 4 "$@"
}
run_logged() { # name, args...: runs submit with its output in $TMP/name.log
  local name=$1; shift
  (cd "$TMP" && submit "$@") >"$TMP/$name.log" 2>&1
}

t=$(now)
if ! run_logged csv 'local[2]' --output "$TMP/out-csv" --output-format csv; then
  cat "$TMP/csv.log" >&2
  echo "spark test: the CSV job failed" >&2
  echo "spark: 0 passed, 1 failed"
  exit 1
fi
SPARK_TIME=$(since "$t")
grep '^{' "$TMP/csv.log" >&2 || true

# local-cluster: two executor JVMs with their own work dirs (under
# SPARK_HOME/work), as on a cluster; the binary must be fetched there and
# found with SparkFiles.get.
SPARK_WORK=$("$PY" -c 'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "work"))')
t=$(now)
if ! run_logged parquet 'local-cluster[2,1,1024]' --output "$TMP/out-parquet" --output-format parquet; then
  cat "$TMP/parquet.log" >&2
  echo "spark test: the Parquet job failed" >&2
  echo "spark: 0 passed, 1 failed"
  exit 1
fi
PARQUET_TIME=$(since "$t")
APP=$(grep -o 'app-[0-9]*-[0-9]*' "$TMP/parquet.log" | head -1 || true)
if [ -n "$APP" ] && compgen -G "$SPARK_WORK/$APP/*/whosaid" >/dev/null; then
  EXECUTORS="binary on executors=passed"
else
  EXECUTORS="binary on executors=no whosaid in the executors' work dirs"
fi
[ -z "$APP" ] || rm -rf "${SPARK_WORK:?}/$APP"

# --fail-fast must fail the job (checkCode sees whosaid's exit 1).
if run_logged failfast 'local[2]' --output "$TMP/out-ff" --fail-fast; then
  FAILFAST="fail-fast=the job succeeded"
elif grep -q "exited with error code 1\." "$TMP/failfast.log"; then
  FAILFAST="fail-fast=passed"
else
  tail -30 "$TMP/failfast.log" >&2
  FAILFAST="fail-fast=failed for another reason than whosaid's exit code"
fi

# --- single process -------------------------------------------------------------
t=$(now)
rc=0
"$BIN" extract --input-format jsonl --format jsonl --quiet "$CORPUS" \
  -o "$TMP/single.jsonl" --speakers-summary "$TMP/summary.csv" 2>"$TMP/single.err" || rc=$?
SINGLE_TIME=$(since "$t")
if [ "$rc" -ne 1 ]; then # 1: the malformed line
  cat "$TMP/single.err" >&2
  echo "spark test: whosaid exited $rc, expected 1" >&2
  echo "spark: 0 passed, 1 failed"
  exit 1
fi

echo "local[2] Spark job (CSV):                ${SPARK_TIME}s wall (JVM start included)"
echo "local-cluster[2,1,1024] job (Parquet):  ${PARQUET_TIME}s wall"
echo "single whosaid extract:                 ${SINGLE_TIME}s wall"

"$PY" "$ROOT/tests/spark/check.py" \
  --single "$TMP/single.jsonl" --summary "$TMP/summary.csv" \
  --csv-out "$TMP/out-csv" --parquet-out "$TMP/out-parquet" \
  --expect-errors 1 --extra "$EXECUTORS" --extra "$FAILFAST"
