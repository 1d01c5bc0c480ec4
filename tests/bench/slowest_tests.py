#!/usr/bin/env python3
"""The ten slowest tests of the last CTest run, from a JUnit file (ctest --output-junit) or CTest's LastTest.log.

Usage: slowest_tests.py BUILD_DIR [count]   e.g. slowest_tests.py build/ci
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET


def from_junit(path):
    root = ET.parse(path).getroot()
    return [(case.get("name"), float(case.get("time", 0))) for case in root.iter("testcase")]


def from_last_test_log(path):
    times = []
    name = None
    with open(path, errors="replace") as f:
        for line in f:
            m = re.match(r'^\d+/\d+ Test: (\S+)', line)
            if m:
                name = m.group(1)
            m = re.match(r'^"(\S+)" end time: .*', line)
            m2 = re.match(r'^Test time = +([\d.]+) sec', line)
            if m2 and name:
                times.append((name, float(m2.group(1))))
                name = None
    return times


def main():
    build = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    junit = sorted(glob.glob(os.path.join(build, "test-results", "*.xml")), key=os.path.getmtime)
    logs = sorted(glob.glob(os.path.join(build, "Testing", "Temporary", "LastTest*.log")), key=os.path.getmtime)
    if junit:
        times = from_junit(junit[-1])
    elif logs:
        times = from_last_test_log(logs[-1])
    else:
        sys.exit(f"no JUnit file or LastTest.log under {build}")
    total = sum(t for _, t in times)
    print(f"{len(times)} tests, {total:.0f} s in total (serial sum)")
    print("| test | seconds |\n|---|---:|")
    for name, t in sorted(times, key=lambda x: -x[1])[:count]:
        print(f"| `{name}` | {t:.1f} |")


if __name__ == "__main__":
    main()
