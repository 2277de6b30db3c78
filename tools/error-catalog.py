#!/usr/bin/env python3
"""Prints the appendix of docs/errors.md: every error the kit raises on purpose, by source file, with
its problem and fix as written in the code ({...} are the values filled in at run time).

    python3 tools/error-catalog.py > /tmp/catalog.md   # then paste below "## Appendix" in docs/errors.md
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
CALL = re.compile(r"new (ConfigurationException|DataValidationException|ModelException|CsvProblem)\(|(?<![\w.])(?:\w+\.)?Error\(")


def arguments(text, start):
    """Top-level arguments of the call whose '(' is at start-1."""
    args, depth, current, i, quoted = [], 0, "", start, False
    while i < len(text):
        c = text[i]
        if c == '"' and text[i - 1] != "\\":
            quoted = not quoted
        if not quoted:
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    args.append(current)
                    return args
                depth -= 1
            elif c == "," and depth == 0:
                args.append(current)
                current = ""
                i += 1
                continue
        current += c
        i += 1
    return args


def literal(arg):
    """The text of the string literals in an argument, concatenated; '' when there is none."""
    parts = re.findall(r'\$?"((?:[^"\\]|\\.)*)"', arg)
    text = "".join(parts).replace('\\"', '"').replace("\\n", " ")
    return re.sub(r"\s+", " ", text).strip()


def main():
    rows = []
    for folder, _, files in os.walk(ROOT):
        if "/bin" in folder or "/obj" in folder:
            continue
        for name in sorted(files):
            if not name.endswith(".cs"):
                continue
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8").read()
            for m in CALL.finditer(text):
                before = text[max(0, m.start() - 40):m.start()]
                if "Exception Error" in before + text[m.start():m.start() + 6] or "public " in before.split("\n")[-1]:
                    continue
                args = arguments(text, m.end())
                kind = m.group(1) or "Configuration (key)"
                if kind == "ConfigurationException":
                    where, problem, fix = literal(args[1]) if len(args) > 1 else "", args[2] if len(args) > 2 else "", args[3] if len(args) > 3 else ""
                elif kind == "DataValidationException":
                    where, problem, fix = literal(args[2]) if len(args) > 2 else "", args[4] if len(args) > 4 else "", args[5] if len(args) > 5 else ""
                elif kind == "CsvProblem":
                    where, problem, fix = literal(args[1]) if len(args) > 1 else "", args[3] if len(args) > 3 else "", args[4] if len(args) > 4 else ""
                elif kind == "ModelException":
                    where, problem, fix = "", args[0] if args else "", args[1] if len(args) > 1 else ""
                else:
                    where, problem, fix = "(key)", args[0] if args else "", args[1] if len(args) > 1 else ""
                fix_text = literal(fix)
                if not fix_text and fix.strip() not in ("", "null"):
                    fix_text = f"*(from `{fix.strip()}`)*"
                problem, fix = literal(problem), fix_text
                if not problem:
                    continue
                rel = os.path.relpath(path, ROOT)
                rows.append((rel, kind.replace("Exception", ""), where, problem, fix))
    current = None
    for rel, kind, where, problem, fix in rows:
        if rel != current:
            print(f"\n### `{rel}`\n\n| kind | where | problem | fix |\n|---|---|---|---|")
            current = rel
        cell = lambda s: s.replace("|", "\\|") or "—"
        print(f"| {kind} | {cell(where)} | {cell(problem)} | {cell(fix)} |")
    print(f"\n{len(rows)} errors.", file=sys.stderr)


main()
