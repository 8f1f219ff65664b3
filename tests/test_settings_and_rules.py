"""Settings and content rules in this process: every default declared once, every rule run."""

from __future__ import annotations

from pathlib import Path

import pytest
from connect365.checking.files import check_content
from connect365.core import SettingsError, headline
from connect365.settings import SETTINGS, load
from support import REPO, write

SETTINGS_FILE = str(REPO / "pelicanconf.py")


def test_every_setting_gets_its_declared_default():
    settings = load(SETTINGS_FILE)
    for setting in SETTINGS:
        if setting.name != "CHALLENGE":
            assert isinstance(settings[setting.name], setting.kind), setting.name
    assert settings["CHALLENGE_PATH"] == "days"
    assert settings["FEED_MAX_ITEMS"] == 60  # pelicanconf.py's own value wins
    assert settings["ABSOLUTE_SITEURL"] == "http://127.0.0.1:8000"
    moved = load(SETTINGS_FILE, extra=['SITEURL="https://example.org/blog/"'])
    assert moved["ABSOLUTE_SITEURL"] == "https://example.org/blog"


def test_wrong_settings_are_all_named_in_one_message():
    with pytest.raises(SettingsError) as wrong:
        load(SETTINGS_FILE, extra=['FEED_MAX_ITEMS="ten"', "DAY_URL=3"])
    assert str(wrong.value) == (
        "DAY_URL: must be str, not 3 (where a day post is published); "
        "FEED_MAX_ITEMS: must be int, not 'ten' (items per feed, newest first)"
    )
    with pytest.raises(SettingsError, match="CHALLENGE: start: must be a date as YYYY-MM-DD"):
        load(SETTINGS_FILE, extra=['CHALLENGE={"name": "x", "start": "soon"}'])
    with pytest.raises(SettingsError) as modules:
        load(
            SETTINGS_FILE,
            extra=[
                'CHALLENGE={"name": "x", "start": "2030-01-01", "length": 10, "about": 3, '
                '"modules": [{"title": " ", "days": "1-3"}, {"title": "B", "days": "2-20"}]}'
            ],
        )
    assert str(modules.value).split("; ") == [
        "CHALLENGE: modules[1]: title: must be a non-empty string, not ' '",
        "CHALLENGE: modules[2]: days: '2-20' is outside the challenge's days 1 to 10",
        "CHALLENGE: about: must be a short text saying what the challenge is, not 3",
    ]
    with pytest.raises(SettingsError, match=r"AUTHORS: 'Ana': bio: must be a text, not 3$"):
        load(SETTINGS_FILE, extra=['AUTHORS={"Ana": {"bio": 3}}'])
    with pytest.raises(SettingsError, match="-e CHALLENGE: not JSON"):
        load(SETTINGS_FILE, extra=["CHALLENGE={"])


def test_headline_is_built_in_one_place():
    assert headline("Networking is work", 175) == "Day 175: Networking is work"
    assert headline("An essay") == headline("An essay", None) == "An essay"


def test_every_registered_rule_runs_on_one_reading(tmp_path: Path):
    content = tmp_path / "content"
    write(content, "days/001.md", "Title: One\nDate: 2026-11-01\nDay: 1\nTags: LinkedIn\n\nx\n")
    write(content, "days/002.md", "Title: Two\nDate: 2026-11-02\nDay: 2\nTags: linkedin\n\nx\n")
    write(content, "days/003.md", "Title: Third\nDate: 2026-11-03\nDay: 1\n\nx\n")
    write(content, "homework/009.md", "Day: 9\n\nNo title, no post.\n")
    write(content, "posts/a.md", "Title: A\nDate: 2026-10-20 10:00\nStatus: hidden-ish\n\nx\n")
    write(content, "posts/b.md", "Title: B\nDate: 2026-10-20 10:00\n\nx\n")
    write(content, "pages/about.md", "About.\n")
    _, problems = check_content(content, load(SETTINGS_FILE, str(content)))
    found = {(Path(p.path).relative_to(content).as_posix(), p.field, p.is_error) for p in problems}
    assert found == {
        ("days/001.md", "Day", True),  # Day 1 twice
        ("days/003.md", "Day", True),
        ("days/002.md", "Tags", False),  # a variant spelling
        ("homework/009.md", "Title", False),
        ("homework/009.md", "Day", True),  # no post on Day 9
        ("posts/a.md", "Status", True),
        ("posts/a.md", "Id", True),  # same date and minute as b.md
        ("posts/b.md", "Id", True),
        ("pages/about.md", "Title", True),
    }


def test_a_content_folder_may_bring_its_own_challenge(tmp_path):
    write(
        tmp_path,
        "challenge.json",
        '{"name": "Imported", "length": 100, "start": "2016-05-01", "pace": "count"}',
    )
    settings = load(SETTINGS_FILE, str(tmp_path))
    assert settings["CHALLENGE_SETTINGS"].name == "Imported"
    assert settings["CHALLENGE_SETTINGS"].pace == "count"
    write(tmp_path, "challenge.json", "{not json")
    with pytest.raises(SettingsError, match=r"challenge\.json: not a JSON object"):
        load(SETTINGS_FILE, str(tmp_path))
