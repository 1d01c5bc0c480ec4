#!/usr/bin/env bash
# Compiler launcher for compile_work.sh: runs the compiler and appends its CPU time (user + system seconds of the
# compiler and its children) and its output file to $INSIGHTLY_COMPILE_CPU_LOG. Load on a shared machine
# stretches wall time much more than CPU time.
out=""
prev=""
for arg in "$@"; do
    if [ "$prev" = "-o" ]; then out="$arg"; fi
    prev="$arg"
done
exec /usr/bin/time -a -o "$INSIGHTLY_COMPILE_CPU_LOG" -f "%U %S $out" "$@"
