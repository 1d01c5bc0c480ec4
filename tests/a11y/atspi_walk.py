#!/usr/bin/env python3
"""Walks the accessibility tree of a running wizard window through AT-SPI, as a screen reader reads it.

Started by tests/e2e/crash_driver.cpp once a page's work is done (INSIGHTLY_A11Y_WALKER): finds the
application by its process id on the accessibility bus and prints one line per problem on stdout:
  - an interactive control (button, check box, field, list, tab…) with no accessible name;
  - an object name (read from stdin, one a line, or shaped like one: `scimTokenMessage`) spoken as a name;
  - a label that carries text but exposes it neither in its name nor in its description.
Web content (Entra's and Insightly's own pages) is not the wizard's and is not walked.
Exit status: 0 when the walk ran (problems or not), 2 when the application is not on the bus.
"""
import argparse
import os
import re
import sys
import time

import pyatspi

# ATSPI_WALK_DUMP=FILE: every object seen, appended to FILE (for debugging the walk).
DUMP = open(os.environ["ATSPI_WALK_DUMP"], "a") if os.environ.get("ATSPI_WALK_DUMP") else None

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM,
}
# Their children are rows and cells named by their own content.
CONTAINERS = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
              pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_COMBO_BOX}
WEB = {pyatspi.ROLE_DOCUMENT_WEB, pyatspi.ROLE_DOCUMENT_FRAME}
IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$")  # camelCase, as object names are


def squeeze(text):
    return " ".join((text or "").split())


def find_application(pid, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away while listed
                continue
        time.sleep(0.25)
    return None


def label_text(node):
    try:
        return squeeze(node.queryText().getText(0, -1))
    except NotImplementedError:
        return ""


def where(node):
    parts = []
    parent = node.parent
    while parent is not None and len(parts) < 3:
        name = squeeze(parent.name)
        if name:
            parts.append(f'"{name}"')
        parent = parent.parent
    return " in " + " in ".join(parts) if parts else ""


def walk(node, object_names, problems, counts):
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            if DUMP:
                print(f"  (not showing) {node.getRoleName()} {node.name!r}: {node.childCount} children", file=DUMP)
            return
        role = node.getRole()
        if role in WEB:
            return
        name = squeeze(node.name)
        description = squeeze(node.description)
        role_name = node.getRoleName()
        counts["nodes"] += 1
        if DUMP:
            print(f"  {role_name} {name!r} showing", file=DUMP)
        if role in INTERACTIVE:
            counts["controls"] += 1
        if role in INTERACTIVE and not name:
            problems.append(f"unnamed {role_name}{where(node)}")
        for spoken in (name, description):
            if spoken and (spoken in object_names or IDENTIFIER.match(spoken)):
                problems.append(f'object name spoken: {role_name} "{spoken}"{where(node)}')
        if role in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC):
            text = label_text(node)
            if text and name and text not in name and text not in description and name not in text:
                problems.append(f'label "{name}" does not expose its text "{text[:60]}"{where(node)}')
        if role in CONTAINERS:
            return
        for child in node:
            if child is not None:
                walk(child, object_names, problems, counts)
    except Exception as error:  # a widget deleted while walked: not a finding
        print(f"walker: skipped a node ({error})", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--page", default="")
    args = parser.parse_args()
    object_names = {line.strip() for line in sys.stdin if line.strip()}
    if DUMP:
        print(f"== {args.page}", file=DUMP)
    app = find_application(args.pid)
    if app is None:
        print(f"walker: process {args.pid} is not on the accessibility bus", file=sys.stderr)
        return 2
    problems = []
    counts = {"nodes": 0, "controls": 0}
    for window in app:
        if window is not None:
            walk(window, object_names, problems, counts)
    if counts["controls"] == 0:  # a walk that saw nothing proves nothing
        problems.append("the accessibility tree shows no control at all")
    for problem in dict.fromkeys(problems):  # once each, in order
        print(problem)
    print(f"walked {counts['nodes']} accessible objects, {counts['controls']} of them controls", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
