#!/usr/bin/env bash
# The newcomer's first minutes (issue 13, item 6): from a fresh clone of this repository (packages installed, no
# compiler cache) to the wizard's first window on a virtual display, with the README's demo build before this
# change (the `dev` preset: everything, tests included) and after it (scripts/demo.sh: the app target only), and a
# second run of each with nothing changed. Writes OUT.json for tests/bench/report.py. Takes long: opt-in from
# scripts/bench.sh (INSIGHTLY_BENCH_NEWCOMER=1). Usage: newcomer.sh OUT.json [before|after …]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$1"
shift
variants=("${@:-before after}")
work="$(mktemp -d -t insightly-newcomer.XXXXXX)"
export CCACHE_DISABLE=1
unset CMAKE_CXX_COMPILER_LAUNCHER
export QTWEBENGINE_DISABLE_SANDBOX=1
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY="$display"

# Starts the wizard in demo mode and prints when its window is mapped; then stops it.
wait_for_window() {
    "$@" --demo >/dev/null 2>&1 &
    local pid=$!
    local id=""
    # The application has more than one top-level window with that name (an unmapped 1x1 one comes first):
    # the wizard's is the one that is viewable.
    for _ in $(seq 1200); do
        for candidate in $(xwininfo -root -tree 2>/dev/null | awk '/"Insightly SSO Setup/ {print $1}'); do
            if xwininfo -id "$candidate" 2>/dev/null | grep -q IsViewable; then
                id="$candidate"
                break 2
            fi
        done
        sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -n "$id" ]
}

now() { date +%s.%N; }
rows=()
for variant in ${variants[*]}; do
    clone="$work/$variant"
    git clone -q "$repo" "$clone"
    cd "$clone"
    if [ "$variant" = before ]; then
        build=(bash -c 'cmake --preset dev >/dev/null && cmake --build --preset dev --parallel "$(nproc)"')
        binary=build/dev/app/insightly-sso-setup
    else
        build=(bash -c 'build=build/demo; if [ ! -f $build/build.ninja ]; then cmake -S . -B $build -G Ninja \
            -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g0" \
            -DCMAKE_CXX_COMPILER=clang++ -DINSIGHTLY_BUILD_TESTS=OFF >/dev/null; fi; \
            cmake --build $build --target insightly-sso-setup --parallel "$(nproc)"')
        binary=build/demo/app/insightly-sso-setup
    fi
    start=$(now)
    "${build[@]}" >"$work/$variant.log" 2>&1
    wait_for_window "$binary"
    fresh=$(echo "$(now) - $start" | bc)
    steps=$(grep -o '^\[[0-9]*/[0-9]*\]' "$work/$variant.log" | tail -1 | tr -d '[]' | cut -d/ -f2)
    start=$(now)
    "${build[@]}" >"$work/$variant-again.log" 2>&1
    wait_for_window "$binary"
    again=$(echo "$(now) - $start" | bc)
    label=$([ "$variant" = before ] && echo "before: cmake --preset dev + build everything" \
        || echo "after: scripts/demo.sh (app target, tests off)")
    rows+=("{\"label\": \"$label\", \"steps\": ${steps:-0}, \"freshSeconds\": $(printf '%.0f' "$fresh"), \"secondSeconds\": $(printf '%.1f' "$again")}")
    cd "$repo"
    rm -rf "$clone"
done
(IFS=,; echo "[${rows[*]}]") >"$out"
cat "$out"
