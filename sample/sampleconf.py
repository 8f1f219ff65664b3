"""The sample blog's own settings: Maya Okafor's "365 Days of Better Connections".

pelicanconf.py runs this file when there is no blogconf.py of yours (or
CONNECT365_SAMPLE is set). Its content is sample/content/. The sample keeps
its own "today" (`SITE_NOW`, the day of its last post), so the demo always
shows a challenge in progress: a current streak and a few honest gaps.
"""

AUTHOR = "Maya Okafor"
SITENAME = "Connect 365"
SITESUBTITLE = "A year of better connections, one day at a time"
TIMEZONE = "America/Chicago"
DEFAULT_LANG = "en"
PATH = str(HERE / "sample" / "content")  # noqa: F821 (HERE: pelicanconf.py's folder)
CHALLENGE = {
    "name": "365 Days of Better Connections",
    "length": 365,
    "start": "2026-11-01",
    "about": (
        "A year of small, doable steps toward a stronger network: one short post a day, "
        "most with a task you can finish in ten minutes."
    ),
    "modules": [
        {"title": "Your network already", "days": "1-7"},
        {"title": "Making time for people", "days": "8-14"},
        {"title": "Following up", "days": "15-21"},
        {"title": "Showing up in person", "days": "22-30"},
    ],
}
SITE_NOW = "2026-11-22T12:00"
# Where the sample would be published: a placeholder, which `make publish`
# refuses (the tests build it with publishconf.py in their own way).
PUBLISH_SITEURL = "https://connect365.example"
# The name in every feed item id. It is the sample's: a blog of yours sets its
# own (make quickstart derives it from the address), and `make publish`
# refuses this one.
FEED_ID_AUTHORITY = "connect365.example"
# Who writes: the box under each post (the About page tells the longer story).
AUTHORS = {
    "Maya Okafor": {
        "bio": "Career coach in Chicago, and an introvert who learned to like networking "
        "one small step at a time.",
    },
    "Priya Nair": {
        "bio": "Guest writer: a product manager who rebuilt her network after two years at home "
        "with twins.",
    },
}
