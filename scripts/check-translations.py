#!/usr/bin/env python3
"""Fails when the translations are not complete and clean.

    check-translations.py LUPDATE PROJECT_JSON TS_FILE...
    check-translations.py LUPDATE SOURCE_DIR[:SOURCE_DIR...] TS_FILE...   (lupdate reads the folders itself)

1. Runs lupdate over the sources (the project file CMake wrote for qt_add_lupdate) into throw-away copies of
   the .ts files: any lupdate warning fails (a warning means a message is looked up under a context lupdate
   does not store, so it is never translated), and so does any message the copies gain.
2. Every message is finished in every language (no "unfinished", no empty translation).
3. Accelerators: within one context (a page or panel class), two different texts in the same language must
   not use the same accelerator letter, and a translation keeps an accelerator when its source has one.
4. Place markers: a translation uses the same %1..%n markers as its source.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ACCEL = re.compile(r"&([^&\s])")
MARKER = re.compile(r"%L?(\d+)")


def accelerator(text):
    for match in ACCEL.finditer(text.replace("&&", "")):
        return match.group(1).casefold()
    return None


def translations_of(message):
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def check_ts(path, problems):
    root = ET.parse(path).getroot()
    language = root.get("language", os.path.basename(path))
    for context in root.findall("context"):
        name = context.findtext("name")
        seen_source = {}
        seen_translation = {}
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            texts = translations_of(message)
            if kind in ("unfinished", "missing") or not all(texts):
                problems.append(f"{language}: {name}: not translated: {source!r}")
                continue
            if kind in ("vanished", "obsolete"):
                continue
            source_markers = sorted(set(MARKER.findall(source)))
            for text in texts:
                if message.get("numerus") != "yes" and sorted(set(MARKER.findall(text))) != source_markers:
                    problems.append(f"{language}: {name}: place markers differ: {source!r} -> {text!r}")
            source_key = accelerator(source)
            if source_key is None:
                continue
            seen_source.setdefault(source_key, set()).add(source)
            key = accelerator(texts[0])
            if key is None:
                problems.append(f"{language}: {name}: accelerator lost: {source!r} -> {texts[0]!r}")
                continue
            seen_translation.setdefault(key, set()).add((source, texts[0]))
        for key, sources in seen_source.items():
            if len(sources) > 1 and language == sorted_first_language[0]:
                problems.append(f"en: {name}: accelerator '{key}' used by {sorted(sources)}")
        for key, pairs in seen_translation.items():
            if len({s for s, _ in pairs}) > 1:
                shown = sorted(t for _, t in pairs)
                problems.append(f"{language}: {name}: accelerator '{key}' used by {shown}")


sorted_first_language = [None]


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, project, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for ts in ts_files:
            copy = os.path.join(work, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        if project.endswith(".json"):
            sources = ["-project", project]
        else:
            folders = project.split(":")
            sources = [*folders, "-I", folders[0]]
        run = subprocess.run([lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", *copies],
                             capture_output=True, text=True)
        output = run.stdout + run.stderr
        if run.returncode != 0:
            problems.append(f"lupdate failed ({run.returncode}):\n{output}")
        for line in output.splitlines():
            if "override TRANSLATIONS" in line:
                continue
            if "warning" in line.lower() or "lacks Q_OBJECT" in line or "Cannot invoke tr()" in line:
                problems.append(f"lupdate: {line.strip()}")
            found = re.search(r"Found \d+ source text\(s\) \((\d+) new", line)
            if found and int(found.group(1)) > 0:
                problems.append(f"lupdate: {found.group(1)} messages are not in the .ts files yet "
                                "(run the update_translations target and translate them)")
        sorted_first_language[0] = ET.parse(copies[0]).getroot().get("language")
        for copy in copies:
            check_ts(copy, problems)
    # One line per problem, at most 200, so a CI log stays readable.
    for line in sorted(set(problems)):
        print(line)
    if problems:
        print(f"{len(set(problems))} translation problem(s)")
        return 1
    print(f"translations: {len(ts_files)} languages complete, no lupdate warning, no accelerator clash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
