"""The gettext catalogues: `.po` sources, compiled with Babel when a build starts.

The `.po` files are the only form kept in the repository: compiling them at
start-up (a few milliseconds) means a build can never read a stale `.mo`.
`messages.pot` is what the templates and the Python code use, extracted by
`make translations` (babel.cfg); tests/test_words.py checks it is current
and that every language translates every message.
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
TEMPLATE = TRANSLATIONS / "messages.pot"


def po_path(lang: str) -> Path:
    return TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"


def languages() -> list[str]:
    """Every language with a catalogue, e.g. ["en", "es"]."""
    return sorted(p.parent.parent.name for p in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))


def compiled(lang: str) -> Translations:
    """The catalogue of `lang`, compiled in memory (fuzzy entries left out, as msgfmt does)."""
    with po_path(lang).open("rb") as source:
        catalog = read_po(source, locale=lang)
    binary = io.BytesIO()
    write_mo(binary, catalog)
    binary.seek(0)
    return Translations(binary, domain="messages")
