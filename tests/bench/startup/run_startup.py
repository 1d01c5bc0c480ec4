#!/usr/bin/env python3
"""Start-up benchmark: runs the bare QWizard programs and the real wizard alternately (A B C A B C …) and
records, for each run, the wall time from spawning the process to its first paint, the CPU time (user+system)
and the resident memory at that moment (printed by the program itself, FirstPaintProbe.h).

Usage: run_startup.py BUILD_DIR OUT.json [runs]   (runs default: $INSIGHTLY_BENCH_STARTUP_RUNS or 7)

A before/after comparison adds programs to each round: INSIGHTLY_BENCH_STARTUP_EXTRA="name=path[,name=path…]"
(path absolute or relative to BUILD_DIR, e.g. a copy of startup_real_wizard built before a change); their
results go to OUT.json under their names, which report.py does not show.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

PROGRAMS = [
    ("bare_widgets", "tests/bench/startup/startup_bare_widgets"),
    ("bare_webengine", "tests/bench/startup/startup_bare_webengine"),
    ("wizard", "tests/bench/startup/startup_real_wizard"),
]


def run_once(path, env):
    errors = tempfile.TemporaryFile(mode="w+")
    start = time.perf_counter()
    proc = subprocess.Popen([path, "-platform", "offscreen"], stdout=subprocess.PIPE,
                            stderr=errors, env=env, text=True)
    result = None
    for line in proc.stdout:
        if line.startswith("FIRST_PAINT"):
            wall_ms = (time.perf_counter() - start) * 1000.0
            fields = dict(kv.split("=") for kv in line.split()[1:])
            result = {"wall_ms": wall_ms, "cpu_ms": float(fields["cpu_ms"]),
                      "rss_kib": int(fields["rss_kib"]), "hwm_kib": int(fields["hwm_kib"])}
            break
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    # The CPU time of each phase up to the wizard's first show() (PHASES line on stderr), when printed.
    errors.seek(0)
    for line in errors:
        if result is not None and line.startswith("PHASES"):
            result["phases"] = {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}
    errors.close()
    return result


def main():
    build = sys.argv[1]
    out = sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else int(os.environ.get("INSIGHTLY_BENCH_STARTUP_RUNS", "7"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    programs = list(PROGRAMS)
    for extra in filter(None, os.environ.get("INSIGHTLY_BENCH_STARTUP_EXTRA", "").split(",")):
        name, path = extra.split("=", 1)
        programs.append((name, path))
    results = {name: [] for name, _ in programs}
    # One warm-up round (page cache, font cache) that is not recorded.
    for name, rel in programs:
        run_once(os.path.join(build, rel), env)
    for _ in range(runs):
        for name, rel in programs:
            r = run_once(os.path.join(build, rel), env)
            if r is None:
                sys.exit(f"{name}: no FIRST_PAINT line")
            results[name].append(r)
    with open(out, "w") as f:
        json.dump({"runs": runs, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
