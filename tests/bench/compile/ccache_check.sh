#!/usr/bin/env bash
# ccache still hits with precompiled headers (cmake/PrecompiledHeaders.cmake): builds TARGET (default wizard_core)
# from scratch twice in a throw-away tree with a private, empty cache, and prints the second build's ccache
# statistics (every compile, the PCH included, should be a hit). Usage: ccache_check.sh [TARGET…]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d -t insightly-ccache-check.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export CCACHE_DIR="$work/cache" CCACHE_BASEDIR="$repo"
unset CCACHE_DISABLE CCACHE_SLOPPINESS
targets=("${@:-wizard_core}")
for round in 1 2; do
    rm -rf "$work/build"
    cmake -S "$repo" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g0" \
        -DINSIGHTLY_WARNINGS_AS_ERRORS=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    ccache -z >/dev/null
    cmake --build "$work/build" --parallel 2 --target "${targets[@]}" >/dev/null
    echo "== round $round"
    ccache -s | grep -E 'Hits|Misses|Uncacheable|Preprocessing failed|Could not use precompiled' || true
done
