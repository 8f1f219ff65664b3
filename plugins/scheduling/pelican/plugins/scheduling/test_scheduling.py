"""Scheduling: "now" from SOURCE_DATE_EPOCH, and builds of a tiny site with a future post."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pelican.plugins.scheduling import site_now

SETTINGS = """
PLUGINS = ["pelican.plugins.scheduling"]
TIMEZONE = "America/Chicago"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "generator"
"""
# 2026-03-01 12:00 in Chicago
MARCH_FIRST = "1772388000"


def test_now_comes_from_source_date_epoch():
    now = site_now("America/Chicago", {"SOURCE_DATE_EPOCH": MARCH_FIRST})
    assert now == datetime.fromisoformat("2026-03-01T12:00:00-06:00")
    assert site_now("UTC", {}).tzinfo is not None


def build(site: Path, epoch: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pelican", str(site / "content")]
    command += ["-o", str(site / "output"), "-s", str(site / "conf.py")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    return subprocess.run(command, capture_output=True, text=True, cwd=site, env=env)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "conf.py").write_text(SETTINGS, encoding="utf-8")
    for name, date in (("today", "2026-03-01 09:00"), ("later", "2026-03-02 09:00")):
        post = f"Title: {name}\nDate: {date}\n\nPost {name}.\n"
        (tmp_path / "content" / f"{name}.md").write_text(post, encoding="utf-8")
    return tmp_path


def test_a_future_post_waits_for_its_date_even_from_the_cache(site):
    assert build(site, MARCH_FIRST).returncode == 0
    assert (site / "output" / "today.html").is_file()
    assert not (site / "output" / "later.html").exists()
    assert "later.html" not in (site / "output" / "index.html").read_text()
    # A day on, from the same content cache: the scheduled post is published.
    assert build(site, str(int(MARCH_FIRST) + 86400)).returncode == 0
    assert (site / "output" / "later.html").is_file()
    assert "later.html" in (site / "output" / "index.html").read_text()
