"""Which tests need what is slow or lives outside Python, read from their code.

- `browser`: takes the `browser` fixture (Debian's Chromium, through Playwright);
- `validator`: calls `nu_check` (the Nu HTML Checker, on Java);
- `server`: starts a process that keeps running (`subprocess.Popen`: nginx,
  Isso, the dev server, `make serve`).

A test reaches these through the module's own functions, classes and
fixtures too, so the markers follow the code and cannot be forgotten.
conftest.py applies them; `make test-quick` leaves the three kinds out.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

MARKERS = {
    "browser": "drives Debian's Chromium through Playwright",
    "validator": "runs the Nu HTML Checker (Java)",
    "server": "starts a server process (nginx, Isso, the dev server, make serve)",
}
NEEDS = {"browser": "browser", "nu_check": "validator", "Popen": "server"}


def names_in(node: ast.AST) -> set[str]:
    """Every name a definition mentions: calls, attributes, parameters (fixtures)."""
    found = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            found.add(child.id)
        elif isinstance(child, ast.Attribute):
            found.add(child.attr)
        elif isinstance(child, ast.arg):
            found.add(child.arg)
    return found


@cache
def module_needs(path: Path) -> dict[str, frozenset[str]]:
    """For each top-level function of a test module, the markers it needs."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    definitions = {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
    }

    def reached(name: str, seen: set[str]) -> set[str]:
        seen.add(name)
        for mentioned in names_in(definitions[name]) - seen:
            seen.add(mentioned)
            if mentioned in definitions:
                reached(mentioned, seen)
        return seen

    return {
        name: frozenset(NEEDS[n] for n in reached(name, set()) if n in NEEDS)
        for name, node in definitions.items()
        if isinstance(node, ast.FunctionDef) and name.startswith("test")
    }


def needs(path: Path, test: str) -> frozenset[str]:
    return module_needs(Path(path)).get(test, frozenset())
