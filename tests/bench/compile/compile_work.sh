#!/usr/bin/env bash
# Compile work of a subset of targets from scratch, without ccache (issue 13, items 6 and 7): configures a fresh
# tree (ci preset's flags: -O0 -g0, warnings as errors) with the given CMake options, builds the targets and
# prints the sum of the compiler's CPU seconds (user + system, cpu_launcher.sh) and of Ninja's wall seconds per
# compile (.ninja_log), for compiles and for everything. Usage:
#   compile_work.sh LABEL "CMAKE OPTIONS" TARGET…     e.g. compile_work.sh pch-off "-DINSIGHTLY_PCH=OFF" wizard_entra
# Prints one line: LABEL compiles=<n> cpu_s=<sum> wall_s=<sum of compile edges> all_wall_s=<sum of all edges>
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
label="$1"
options="$2"
shift 2
build="$repo/build/compile-$label"
rm -rf "$build"
export CCACHE_DISABLE=1
unset CMAKE_CXX_COMPILER_LAUNCHER
export INSIGHTLY_COMPILE_CPU_LOG="$build/compiler-cpu.log"
# shellcheck disable=SC2086 # the options are a list
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g0" \
    -DINSIGHTLY_BUILD_TESTS=ON -DINSIGHTLY_WARNINGS_AS_ERRORS=ON \
    "-DCMAKE_CXX_COMPILER_LAUNCHER=$repo/tests/bench/compile/cpu_launcher.sh" $options >/dev/null
: >"$INSIGHTLY_COMPILE_CPU_LOG"
cmake --build "$build" --parallel "${INSIGHTLY_COMPILE_JOBS:-2}" --target "$@" >"$build/build.log"
python3 - "$label" "$build" <<'PY'
import sys
label, build = sys.argv[1], sys.argv[2]
cpu = 0.0
n = 0
for line in open(f"{build}/compiler-cpu.log"):
    parts = line.split()
    if len(parts) >= 2 and parts[0].replace(".", "").isdigit():
        cpu += float(parts[0]) + float(parts[1])
        n += 1
edges = {}
for line in open(f"{build}/.ninja_log"):
    if line.startswith("#"):
        continue
    start, end, _, out, _ = line.rstrip("\n").split("\t")
    edges[out] = (int(end) - int(start)) / 1000.0
compile_wall = sum(t for o, t in edges.items() if o.endswith((".o", ".gch", ".pch")))
print(f"{label} compiles={n} cpu_s={cpu:.1f} wall_s={compile_wall:.1f} all_wall_s={sum(edges.values()):.1f}")
PY
