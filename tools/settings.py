"""Read the site's settings the way `pelican -s FILE -e KEY=json` does."""

from __future__ import annotations

import json

from pelican.settings import read_settings


class SettingsError(Exception):
    """The settings cannot be read; the message says which and why."""


def load(path: str, content: str | None = None, extra: list[str] | None = None) -> dict:
    overrides = {}
    for item in extra or []:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError as wrong:
            raise SettingsError(f"-e {key}: not JSON ({wrong})") from None
    if content:
        overrides["PATH"] = content
    try:
        return read_settings(path, override=overrides)
    except (OSError, ValueError) as wrong:
        raise SettingsError(f"{path}: {wrong}") from None
