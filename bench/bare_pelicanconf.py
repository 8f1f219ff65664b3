"""Bare Pelican 4.12 for comparison: no plugins (so Pelican's own Markdown
reader), its default theme and default settings, with the same Typogrify
settings and the same content folders as pelicanconf.py (so homework
entries are not read as posts)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import pelicanconf as site

AUTHOR = site.AUTHOR
SITENAME = site.SITENAME
TIMEZONE = site.TIMEZONE
DEFAULT_LANG = site.DEFAULT_LANG
DEFAULT_PAGINATION = site.DEFAULT_PAGINATION
TYPOGRIFY = site.TYPOGRIFY
ARTICLE_PATHS = site.ARTICLE_PATHS
PAGE_PATHS = site.PAGE_PATHS
PLUGINS = []
DELETE_OUTPUT_DIRECTORY = True
