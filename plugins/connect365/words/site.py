"""Pelican glue for the site's words: Jinja's i18n extension, this build's catalogue.

- `initialized` (connect365's `initialize`, after the settings are applied,
  which compiled the catalogue of `DEFAULT_LANG` into `SITE_WORDS`): the
  `jinja2.ext.i18n` extension joins `JINJA_ENVIRONMENT`, and the templates
  get `words` (the nouns, dates, numbers) with the `long_date` and
  `lower_first` filters.
- `generator_init`: every generator builds its own Jinja environment; this
  installs the build's translations into it, newstyle (a translation is
  trusted HTML and every variable in it is escaped, as autoescape wants).
  Nothing is kept anywhere else, so one process can build in Spanish, then
  in English.
"""

from __future__ import annotations

from ..settings import words as site_words
from .language import lower_first

EXTENSION = "jinja2.ext.i18n"


def configure(settings: dict) -> None:
    """Add the i18n extension and the words' template helpers to `settings`."""
    words = site_words(settings)
    environment = settings["JINJA_ENVIRONMENT"]
    extensions = list(environment.get("extensions", []))
    if EXTENSION not in extensions:
        extensions.append(EXTENSION)
    settings["JINJA_ENVIRONMENT"] = {**environment, "extensions": extensions}
    settings["JINJA_GLOBALS"] = {
        "words": words,
        "headline": words.headline,
        **settings["JINJA_GLOBALS"],
    }
    settings["JINJA_FILTERS"] = {
        "long_date": words.date,
        "lower_first": lower_first,
        **settings["JINJA_FILTERS"],
    }


def install_translations(generator) -> None:
    generator.env.install_gettext_translations(
        site_words(generator.settings).translations, newstyle=True
    )
