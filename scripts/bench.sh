#!/usr/bin/env bash
# The benchmark command: builds what the benchmarks need in their own RelWithDebInfo tree (build/bench, with
# ccache when installed), runs every benchmark headless and writes BENCHMARKS.md with its plots
# (tests/bench/results/). About 15 minutes on a shared 2-core machine; sizes and repetitions are set by the
# environment (defaults below). See tests/bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
build="$root/build/bench"
results="$root/tests/bench/results"

# Sizes and repetitions.
: "${INSIGHTLY_BENCH_STARTUP_RUNS:=15}"                  # rounds of the three start-up programs
: "${INSIGHTLY_BENCH_SETUP_RUNS:=1}"                     # first-time setups (each ≈ 1–2 min: replication delay)
: "${INSIGHTLY_BENCH_ASSIGN_SIZES:=1000 10000 50000}"    # bulk assignment sizes
: "${INSIGHTLY_BENCH_ASSIGN_RUNS:=1}"                    # runs per size
: "${INSIGHTLY_BENCH_QUOTA:=3000}"                       # Graph's tenant write quota: 3,000 writes…
: "${INSIGHTLY_BENCH_WINDOW_S:=15}"                      # …per 150 s in reality; 15 s keeps 50,000 under 5 min
# Bulk assignment under the REAL window (3,000 writes per 150 s), the one the ≥ 0.95 budget is judged on:
# 10,000 takes ≈ 8 min, 50,000 ≈ 40 min, so it is opt-in, e.g. INSIGHTLY_BENCH_ASSIGN_REAL_SIZES="10000 50000".
# Its results (results/assign_real_window.jsonl) are kept by runs that do not set it.
: "${INSIGHTLY_BENCH_ASSIGN_REAL_SIZES:=}"
: "${INSIGHTLY_BENCH_ASSIGN_REAL_RUNS:=1}"
: "${INSIGHTLY_BENCH_REAL_WINDOW_S:=150}"
: "${INSIGHTLY_BENCH_ASSIGN_LATENCY_MS:=300}"
: "${INSIGHTLY_BENCH_DIR_SIZES:=5000 20000 50000}"       # directory sizes (users; groups = users / 10)
: "${INSIGHTLY_BENCH_DIR_RUNS:=7}"                       # queries / requests per figure
: "${INSIGHTLY_BENCH_ONLY:=startup setup assign directory}"  # which benchmarks to run
: "${INSIGHTLY_BENCH_NEWCOMER:=0}"                       # 1: also the fresh-clone demo build (≈ 30+ min)
: "${INSIGHTLY_BENCH_TEST_COMMAND:=0}"                   # N: also the test command from a fresh clone, N runs (≈ 10 min each)

scripts/install-deps.sh
if ! python3 -c 'import matplotlib' 2>/dev/null; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends \
        python3-matplotlib
fi
# The plotting script runs with Debian's python3 (python3-matplotlib), whatever python3 is first on PATH.
python=/usr/bin/python3

if command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}"
fi
if [ ! -f "$build/build.ninja" ]; then
    # -g1: line tables are enough for a profiler and compile faster than full debug information.
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
        -DINSIGHTLY_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target startup_bare_widgets startup_bare_webengine \
    startup_real_wizard bench_setup_path bench_assignments insightly-sso-sim bench_directory

mkdir -p "$results"
# Qt Test stops a test function after 5 minutes by default; the large sizes may take longer.
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-3600000}"
failed=()
headless="$root/scripts/with-headless-session.sh"
wants() { [[ " $INSIGHTLY_BENCH_ONLY " == *" $1 "* ]]; }
log() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

if wants startup; then
    log "start-up: ${INSIGHTLY_BENCH_STARTUP_RUNS} alternating rounds"
    "$headless" "$python" tests/bench/startup/run_startup.py "$build" "$results/startup.json" \
        "$INSIGHTLY_BENCH_STARTUP_RUNS"
fi
if wants setup; then
    log "setup critical path"
    INSIGHTLY_BENCH_RUNS="$INSIGHTLY_BENCH_SETUP_RUNS" INSIGHTLY_BENCH_OUT="$results/setup_path.json" \
        "$headless" "$build/tests/bench/bench_setup_path" || failed+=(bench_setup_path)
fi
# One bulk assignment run: size, window (s), results file. The simulator runs as its own process (the bench
# starts insightly-sso-sim), so the peak memory recorded is the client's, the simulator's beside it.
bulk_run() {
    log "bulk assignment: $1 (window $2 s)"
    INSIGHTLY_BENCH_USERS="$1" INSIGHTLY_BENCH_BASELINE_USERS=0 INSIGHTLY_BENCH_QUOTA="$INSIGHTLY_BENCH_QUOTA" \
        INSIGHTLY_BENCH_WINDOW_S="$2" INSIGHTLY_BENCH_LATENCY_MS="$INSIGHTLY_BENCH_ASSIGN_LATENCY_MS" \
        INSIGHTLY_BENCH_OUT="$results/$3" "$headless" "$build/tests/bench/bench_assignments" ||
        failed+=("bench_assignments $1 (window $2 s)")
}
if wants assign; then
    rm -f "$results/assignments.jsonl"
    for n in $INSIGHTLY_BENCH_ASSIGN_SIZES; do
        for _ in $(seq "$INSIGHTLY_BENCH_ASSIGN_RUNS"); do
            bulk_run "$n" "$INSIGHTLY_BENCH_WINDOW_S" assignments.jsonl
        done
    done
    if [ -n "$INSIGHTLY_BENCH_ASSIGN_REAL_SIZES" ]; then
        rm -f "$results/assign_real_window.jsonl"
        for n in $INSIGHTLY_BENCH_ASSIGN_REAL_SIZES; do
            for _ in $(seq "$INSIGHTLY_BENCH_ASSIGN_REAL_RUNS"); do
                bulk_run "$n" "$INSIGHTLY_BENCH_REAL_WINDOW_S" assign_real_window.jsonl
            done
        done
    fi
fi
if wants directory; then
    rm -f "$results/directory.jsonl"
    for n in $INSIGHTLY_BENCH_DIR_SIZES; do
        log "directory: $n users"
        INSIGHTLY_BENCH_DIR_USERS="$n" INSIGHTLY_BENCH_RUNS="$INSIGHTLY_BENCH_DIR_RUNS" \
            INSIGHTLY_BENCH_OUT="$results/directory.jsonl" "$headless" "$build/tests/bench/bench_directory" ||
            failed+=("bench_directory $n")
    done
fi
if [ "$INSIGHTLY_BENCH_NEWCOMER" = 1 ]; then
    log "newcomer: fresh clone to first window"
    tests/bench/newcomer.sh "$results/newcomer.json"
fi

if [ "$INSIGHTLY_BENCH_TEST_COMMAND" != 0 ]; then
    log "test command: fresh clone to every test run"
    rm -f "$results/test_command.jsonl"
    tests/bench/test_command.sh "$results/test_command.jsonl" "$INSIGHTLY_BENCH_TEST_COMMAND" ||
        failed+=("test_command")
fi

log "report"
"$python" tests/bench/report.py "$root"
echo "Wrote BENCHMARKS.md and tests/bench/results/*.png"
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed (their figures are missing from the report): ${failed[*]}" >&2
    exit 1
fi
