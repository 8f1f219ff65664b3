"""Settings for local work: relative URLs, and whose blog it is.

Whose blog: yours, from `blogconf.py` (what `make quickstart` writes; README,
"Start your own blog"), or, until that file exists and whenever
CONNECT365_SAMPLE is set (`make serve SAMPLE=1`, the tests), the sample blog's,
from `sample/sampleconf.py`. That file runs last, so it may change any
setting here. `publishconf.py` imports these and changes what a published
site needs.
Any setting can be overridden the standard Pelican way: `-e KEY=json`.
Our own settings, with their defaults and meaning, are declared in
`plugins/connect365/settings.py`; docs/architecture.md has the whole picture.
"""

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent

SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10

# The site package and the generic plugins it builds on (README, "Plugins").
# connect365 checks this list at start-up and names what is missing or out
# of order: scheduling before it, discovery after it, asset_delivery after
# pagefind_index and before link_check, staged_output last.
PLUGINS = [
    "pelican.plugins.scheduling",
    "pelican.plugins.github_markdown",
    "pelican.plugins.text_titles",
    "pelican.plugins.tag_index",
    "connect365",
    "pelican.plugins.discovery",
    "pelican.plugins.pagefind_index",
    "pelican.plugins.asset_delivery",
    "pelican.plugins.link_check",
    "pelican.plugins.staged_output",
]

THEME = str(HERE / "theme")
# Markdown is read by pelican.plugins.github_markdown (README, "Markdown here").
# Curly quotes, dashes and ellipses come from its reader, which knows prose from
# code, comments, URLs, flags and escapes; Typogrify keeps only `widont` (no
# lone last word in a title or paragraph). Its `amp`, `caps` and `initial_quotes`
# spans are unstyled here and would be put inside comments, URLs and <textarea>.
GITHUB_MARKDOWN_TYPOGRAPHY = True
TYPOGRIFY = True
TYPOGRIFY_OMIT_FILTERS = ["smartypants", "amp", "caps", "initial_quotes"]
TYPOGRIFY_IGNORE_TAGS = ["pre", "code", "kbd", "samp", "textarea", "script", "style"]
# Ids the theme's pages use around a post (a regular expression): no heading takes one.
GITHUB_MARKDOWN_TAKEN_IDS = (
    r"top|main|search|not-found-search|search-needs-js|comments|comments-title|comment-\d+|isso-thread"
    r"|share-title|follow-email|your-day-title|your-reminder|your-start-date"
    r"|calendar-title|challenge-widget-title|stats-title"
    r"|homework-\d+|assignment-\d+|assignment-[a-z0-9-]+-\d+|year-\d+|month-\d+-\d+"
)

# Content model (docs/architecture.md): day posts and ordinary posts are articles,
# homework entries are read by the homework plugin, images are static.
ARTICLE_PATHS = ["days", "posts"]
PAGE_PATHS = ["pages"]
# Images may sit next to their post (days/images/day5.png): every content
# folder is also static, without its Markdown sources (STATIC_EXCLUDE_SOURCES).
STATIC_PATHS = ["images", "days", "posts", "pages"]

# Pretty URLs. Day posts get /day/<N>/ from the challenge plugin.
ARTICLE_URL = "posts/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "posts/{date:%Y}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# "C", "C#" and "C++" are /tag/c/, /tag/c-sharp/ and /tag/c-plus-plus/
# (Pelican's own rule drops the symbols and merges them). Only + and # are
# spelled out, so no other tag's published URL changes.
TAG_REGEX_SUBSTITUTIONS = [
    (r"\+", " plus "),
    (r"#", " sharp "),
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
DIRECT_TEMPLATES = ["index", "tags", "archives", "search", "404"]
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
PAGINATED_TEMPLATES = {"index": None, "tag": None}

# Drafts and scheduled posts are never written: they count nowhere until
# published. Categories and author pages are not part of this blog.
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
# Pelican still needs a category on every article (its draft writer reads it).
DEFAULT_METADATA = {"category": "blog"}
USE_FOLDER_AS_CATEGORY = False
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""

# Absolute URLs (feeds, canonical links, sitemap) come from SITEURL; while it
# is relative, as here, they point where `make serve` serves the site.
LOCAL_SITEURL = "http://127.0.0.1:8000"
# The conversation (README, "Comments"): off here. `make comments` runs a
# local Isso; `LOCAL_COMMENTS=1 make devserver` shows it in the pages.
REPLY_EMAIL = ""
COMMENTS = {}
COMMENTS_EXPORT = ""
if os.environ.get("LOCAL_COMMENTS"):
    COMMENTS = {"isso": "http://127.0.0.1:8080/"}
    COMMENTS_EXPORT = "http://127.0.0.1:8080/"

# Every internal link must lead somewhere: a warning here, an error when
# publishing (publishconf.py).
LINK_CHECK = "warning"
# Feeds are written by connect365.feeds (site, homework, every tag).
# FEED_ID_AUTHORITY (in blogconf.py) names every item id for ever.
FEED_MAX_ITEMS = 60
# Pelican's own feeds are off: their RSS guids lack isPermaLink="false".
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None

# Every build starts from an empty staging folder (pelican.plugins.staged_output).
DELETE_OUTPUT_DIRECTORY = True
# Never use file modification times: output must be reproducible.
DEFAULT_DATE = None
DEFAULT_DATE_FORMAT = "%-d %B %Y"

# Whose blog this is (see the top of this file): its name, author, challenge,
# time zone, content folder and feed id authority.
_own = HERE / "blogconf.py"
_whose = _own if _own.is_file() and not os.environ.get("CONNECT365_SAMPLE") else None
_whose = _whose or HERE / "sample" / "sampleconf.py"
exec(compile(_whose.read_text(encoding="utf-8"), str(_whose), "exec"))
