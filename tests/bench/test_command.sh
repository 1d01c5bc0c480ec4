#!/usr/bin/env bash
# The test command's own speed (issue 13, item 7): from a fresh clone of this repository (packages installed, no
# compiler cache) through `bash .ci/run` — package check, the one-code-path gate, configure, build, every test —
# timed whole and in parts (the build from Ninja's log, ctest from its summary), RUNS times one after the other.
# Appends one JSON line per run to OUT.jsonl for tests/bench/report.py. Takes ≈ 10 min a run on 2 cores: opt-in
# from scripts/bench.sh (INSIGHTLY_BENCH_TEST_COMMAND=1). Usage: test_command.sh OUT.jsonl [RUNS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$1"
runs="${2:-1}"
work="$(mktemp -d -t insightly-test-command.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export CCACHE_DISABLE=1
unset CMAKE_CXX_COMPILER_LAUNCHER

for run in $(seq "$runs"); do
    clone="$work/run$run"
    git clone -q "$repo" "$clone"
    commit=$(git -C "$clone" rev-parse --short HEAD)
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    status=0
    (cd "$clone" && bash .ci/run) >"$work/run$run.log" 2>&1 || status=$?
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    load_after=$(cut -d' ' -f1 /proc/loadavg)
    # The build: first start to last end in Ninja's log (one line per output; an edge with several outputs
    # repeats its times).
    build=$(awk -F'\t' '!/^#/ {if (s == "" || $1 < s) s = $1; if ($2 > e) e = $2} END {printf "%.1f", (e - s) / 1000}' \
        "$clone/build/ci/.ninja_log")
    ctest=$(sed -n 's/^Total Test time (real) = *\([0-9.]*\) sec/\1/p' "$work/run$run.log" | tail -1)
    passed=$(sed -n 's/^[0-9]*% tests passed, \([0-9]*\) tests failed out of \([0-9]*\)/\2 \1/p' "$work/run$run.log" | tail -1)
    total=${passed% *}
    failedCount=${passed#* }
    printf '{"commit": "%s", "status": %d, "wallSeconds": %.1f, "buildSeconds": %s, "ctestSeconds": %s, "tests": %s, "failed": %s, "loadBefore": %s, "loadAfter": %s, "cpus": %d}\n' \
        "$commit" "$status" "$wall" "${build:-0}" "${ctest:-0}" "${total:-0}" "${failedCount:-0}" "$load_before" \
        "$load_after" "$(nproc)" | tee -a "$out"
    rm -rf "$clone"
done
