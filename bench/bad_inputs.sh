#!/bin/sh
# Time linearity on adversarial inputs (issue 8): each input at 1x and 4x
# size through `extract` (and `check` where relevant); prints seconds and the
# 4x/1x ratio (about 4 when linear, 16 when quadratic). Release build.
#   bench/bad_inputs.sh [SCALE]   # SCALE multiplies the 1x sizes (default 1)
set -eu
cd "$(dirname "$0")/.."
scale=${1:-1}
cargo build --release -q
bin=${CARGO_TARGET_DIR:-target}/release/whosaid
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gen() { # gen KIND N FILE
    python3 - "$1" "$2" "$3" <<'PY'
import sys
kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
unit = {
    "line": '"We will win," Jane Doe said on Monday. Officials said the plan was dead. ',
    "nopunct": "word ",
    "cues": "the officials said word ",
    "quotes": '"',
    "curly": "\u201c ",
    "nested": '"she said \u2018they said \u201c',
}[kind]
s = (unit * (n // len(unit) + 1))[:n]
if kind == "nested":
    s = "He said " + s + "x" + "\u201d\u2019\"" * (n // len(unit))
open(out, "w").write(s)
PY
}

t() { # t CMD FILE -> seconds
    s=$(date +%s.%N)
    "$bin" $1 "$2" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    echo "$e - $s" | bc
}

printf '%-10s %-8s %10s %10s %10s %7s\n' input command size1 t1_s t4_s ratio
for spec in line:2000000 nopunct:2000000 cues:200000 quotes:2000000 curly:200000 nested:200000; do
    kind=${spec%%:*}
    n=$(( ${spec#*:} * scale ))
    gen "$kind" "$n" "$tmp/$kind-1.txt"
    gen "$kind" $((n * 4)) "$tmp/$kind-4.txt"
    for cmd in "extract -q" check; do
        a=$(t "$cmd" "$tmp/$kind-1.txt")
        b=$(t "$cmd" "$tmp/$kind-4.txt")
        r=$(echo "scale=1; $b / ($a + 0.001)" | bc)
        printf '%-10s %-8s %10s %10s %10s %7s\n' "$kind" "${cmd%% *}" "$n" "$a" "$b" "$r"
    done
done
