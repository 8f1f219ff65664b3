"""The site's words: every word the theme and connect365 print, in `DEFAULT_LANG`.

- `catalogue.py`: the gettext catalogues (`translations/<lang>/LC_MESSAGES/messages.po`),
  compiled with Babel when a build starts, so no compiled file can go stale.
- `language.py`: `Words`, one build's language: gettext, ngettext, pgettext,
  dates and numbers (Babel, CLDR), "Day 21: title" and "Day 21 of 365".
- `nouns.py`: the challenge's own nouns (`CHALLENGE["words"]`: "Prompt" for
  "Homework"), checked at start-up, the catalogue's words in their place.
- `site.py`: the Pelican glue; `make translations` extracts the catalogue
  (docs/architecture.md, "The site's words").
"""

from .language import ENGLISH, Words

__all__ = ["ENGLISH", "Words"]
