"""Settings for local work: relative URLs, no feeds, the sample content.

`publishconf.py` imports these and changes what a published site needs.
Any setting can be overridden the standard Pelican way: `-e KEY=json`.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent

AUTHOR = "Maya Okafor"
SITENAME = "Connect 365"
SITESUBTITLE = "A year of better connections, one day at a time"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
TIMEZONE = "America/Chicago"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10

# Our plugins (see README, "Plugins"). staged_output goes last: it swaps the
# finished site into place after every other plugin has written its part.
PLUGIN_PATHS = [str(HERE)]
PLUGINS = [
    "plugins.plain_titles",
    "plugins.content_check",
    "plugins.scheduling",
    "plugins.challenge",
    "plugins.homework",
    "plugins.tag_index",
    "plugins.feeds",
    "plugins.discovery",
    "plugins.search",
    "plugins.staged_output",
]

CHALLENGE = {
    "name": "365 Days of Better Connections",
    "length": 365,
    "start": "2026-11-01",
}

THEME = str(HERE / "theme")
TYPOGRIFY = True
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}

# Content model (DESIGN.md): day posts and ordinary posts are articles,
# homework entries are read by the homework plugin, images are static.
ARTICLE_PATHS = ["days", "posts"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]

# Pretty URLs. Day posts get /day/<N>/ from the challenge plugin.
ARTICLE_URL = "posts/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "posts/{date:%Y}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
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

# Where absolute URLs point (feeds, canonical links, sitemap): here, where
# `make serve` serves the site. publishconf.py sets it to SITEURL.
ABSOLUTE_SITEURL = "http://127.0.0.1:8000"
# Feeds are written by plugins.feeds (site, homework, every tag).
# FEED_ID_AUTHORITY names every item id for ever: never change it.
FEED_ID_AUTHORITY = "connect365.example"
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

# Every build starts from an empty staging folder (plugins.staged_output).
DELETE_OUTPUT_DIRECTORY = True
# Never use file modification times: output must be reproducible.
DEFAULT_DATE = None
DEFAULT_DATE_FORMAT = "%-d %B %Y"
