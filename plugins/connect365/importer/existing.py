"""What the content folder already holds that the import did not write: the author's own posts.

The import never takes their day, their file name, their address, their
feed id or their old address; `names.Names` starts from this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..challenge.rules import day_of, is_day_post, round_of_file
from ..checking.files import read_content
from ..checking.outputs import output_path
from ..redirects import redirect_file
from .write import MANIFEST


@dataclass
class Existing:
    days: dict[int, str] = field(default_factory=dict)  # day -> the file that has it
    # a later round's days: round number -> day -> the file that has it
    round_days: dict[int, dict[int, str]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # path in the folder -> as shown
    outputs: dict[str, str] = field(default_factory=dict)  # output path -> the file writing it
    ids: set[str] = field(default_factory=set)
    redirects: set[str] = field(default_factory=set)  # redirect files already written


def existing_content(content: Path, settings: dict) -> Existing:
    manifest_file = content / MANIFEST
    imported = set(json.loads(manifest_file.read_text())) if manifest_file.is_file() else set()
    found = Existing()
    if not content.is_dir():
        return found
    for path in content.rglob("*"):
        relative = path.relative_to(content).as_posix()
        if path.is_file() and relative not in imported and relative != MANIFEST:
            found.files[relative] = str(path)
    files, _ = read_content(content, settings)
    for source in files.sources:
        if source.relative in imported:
            continue
        if is_day_post(source, settings):
            challenge_round = round_of_file(source, settings)
            day = day_of(source, challenge_round)
            if day is not None and challenge_round.first:
                found.days[day] = source.shown
            elif day is not None:
                found.round_days.setdefault(challenge_round.number, {})[day] = source.shown
        made = output_path(source, files)
        if made is not None:
            found.outputs[made[1]] = source.shown
        if source.fields.get("id"):
            found.ids.add(source.fields["id"].strip())
        if source.fields.get("redirect_from"):
            found.redirects.add(redirect_file(source.fields["redirect_from"]))
    return found
