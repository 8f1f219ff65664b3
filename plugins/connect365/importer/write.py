"""Imported posts as files in the content folder: planned first, then written safely.

Every file the import writes is remembered in `.import-manifest.json` (in
the content folder) with the SHA-256 of what was written. A second import
of the same source writes the same bytes, so nothing changes. A file whose
bytes differ from what the import last wrote was edited by the author: it
is kept and listed, unless `force` is given.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".import-manifest.json"


@dataclass(frozen=True)
class Planned:
    """A file to write: its path in the content folder, and its text or the file to copy."""

    path: str
    text: str | None = None
    copy_of: Path | None = None

    def data(self) -> bytes:
        return self.text.encode("utf-8") if self.text is not None else self.copy_of.read_bytes()


@dataclass
class Outcome:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # edited since the last import


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_planned(content: Path, planned: list[Planned], *, force: bool, dry_run: bool) -> Outcome:
    manifest_path = content / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    outcome = Outcome()
    for item in planned:
        target = content / item.path
        data = item.data()
        if target.is_file():
            now = target.read_bytes()
            if now == data:
                outcome.unchanged.append(item.path)
                manifest[item.path] = digest(data)
                continue
            if digest(now) != manifest.get(item.path) and not force:
                outcome.kept.append(item.path)
                continue
        outcome.written.append(item.path)
        if not dry_run:
            target.parent.mkdir(parents=True, exist_ok=True)
            if item.copy_of is not None:
                shutil.copyfile(item.copy_of, target)
            else:
                target.write_bytes(data)
            manifest[item.path] = digest(data)
    if not dry_run:
        manifest_path.write_text(json.dumps(dict(sorted(manifest.items())), indent=1) + "\n")
    return outcome
