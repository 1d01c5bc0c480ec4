#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz preset: clang, ASan + UBSan) and runs each for SECONDS (default 60).
# Seeds: tests/fuzz/seeds/<target>/ (read only) and, when present, the shared fixtures folder
# ($INSIGHTLY_SHARED_DIR, default ../shared next to the checkout) for the XML and certificate targets.
# New inputs go to build/fuzz/corpus/<target>/, logs to build/fuzz/logs/<target>.log, crashes to
# build/fuzz/findings/<target>/. Exit status 1 when any target found something.
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET…]   (targets without the fuzz_ prefix)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(federation_metadata certificate saml_response graph_json scim_answer pasted_urls redaction)
shared="${INSIGHTLY_SHARED_DIR:-$(cd .. && pwd)/shared}/fixtures/entra-metadata"

if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cmake --preset fuzz >/dev/null
cmake --build build/fuzz --target fuzz_all -j2

status=0
for target in "${targets[@]}"; do
    corpus="build/fuzz/corpus/$target"; findings="build/fuzz/findings/$target"; log="build/fuzz/logs/$target.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    extra=()
    case "$target" in
        federation_metadata|certificate|saml_response) [ -d "$shared" ] && extra+=("$shared") ;;
    esac
    echo "== fuzz_$target for ${seconds}s"
    # Inputs up to 64 KB: the parsers refuse anything over their limits before parsing, which the unit tests
    # cover; the fuzzer's time is better spent inside the limits.
    if ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_QPA_PLATFORM=offscreen \
        "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "tests/fuzz/seeds/$target" "${extra[@]}" \
        >"$log" 2>&1; then
        echo "   no finding: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs," \
             "corpus $(ls "$corpus" | wc -l) inputs, peak RSS $(grep -E '^stat::peak_rss_mb' "$log" | awk '{print $2}') MB"
    else
        status=1
        echo "   FINDING — see $log and $findings/"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -5 || true
    fi
done
exit "$status"
