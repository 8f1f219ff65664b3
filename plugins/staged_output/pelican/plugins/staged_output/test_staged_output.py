"""Staged output: builds of a tiny site, in a fresh `pelican` process each."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.plugins.staged_output.adapter import redirect_output
from pelican.plugins.staged_output.staged_output import staging_path
from pelican.settings import read_settings

SETTINGS = """
PLUGINS = ["pelican.plugins.staged_output"]
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = [".git"]
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
"""
POST = "Title: Hello\nDate: 2026-01-02 10:00\n\nHello.\n"


def build(site: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pelican", str(site / "content")]
    command += ["-o", str(site / "output"), "-s", str(site / "conf.py")]
    return subprocess.run(command, capture_output=True, text=True, cwd=site)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "hello.md").write_text(POST, encoding="utf-8")
    (tmp_path / "conf.py").write_text(SETTINGS, encoding="utf-8")
    return tmp_path


def test_a_good_build_replaces_the_output_and_keeps_retained_entries(site):
    (site / "output" / ".git").mkdir(parents=True)
    (site / "output" / "stale.html").write_text("old", encoding="utf-8")
    done = build(site)
    assert done.returncode == 0, done.stderr
    assert (site / "output" / "hello.html").is_file()
    assert (site / "output" / ".git").is_dir()
    assert not (site / "output" / "stale.html").exists()
    assert not staging_path(site / "output").exists()


def test_a_logged_error_fails_the_build_and_leaves_the_output(site):
    (site / "output").mkdir()
    (site / "output" / "index.html").write_text("the last good site", encoding="utf-8")
    (site / "content" / "broken.md").write_text("Title: Broken\nDate: not a date\n\nx\n")
    done = build(site)
    assert done.returncode == 1
    assert "1 error(s) logged" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert (site / "output" / "index.html").read_text() == "the last good site"
    assert sorted(p.name for p in (site / "output").iterdir()) == ["index.html"]


def test_adapter_moves_the_output(tmp_path):
    """Pins the private API the plugin relies on: Pelican's writers follow `output_path`."""
    settings = read_settings(
        override={"PATH": str(tmp_path), "OUTPUT_PATH": str(tmp_path / "out"), "PLUGINS": []}
    )
    pelican = Pelican(settings)
    redirect_output(pelican, tmp_path / "elsewhere")
    pelican.run()
    assert (tmp_path / "elsewhere" / "index.html").is_file()
    assert not (tmp_path / "out").exists()


def test_two_builds_into_one_output_give_one_whole_site(tmp_path):
    sites = []
    for name in ("first", "second"):
        site = tmp_path / name
        (site / "content").mkdir(parents=True)
        (site / "conf.py").write_text(SETTINGS, encoding="utf-8")
        for n in range(30):
            post = f"Title: {name} {n}\nDate: 2026-01-02 10:{n:02}\n\n{name} post {n}.\n"
            (site / "content" / f"{name}-{n}.md").write_text(post, encoding="utf-8")
        sites.append(site)
    shared = tmp_path / "shared" / "output"
    commands = [
        [
            sys.executable,
            "-m",
            "pelican",
            str(s / "content"),
            "-o",
            str(shared),
            "-s",
            str(s / "conf.py"),
        ]
        for s in sites
    ]
    running = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for c in commands
    ]
    assert [p.wait(timeout=120) for p in running] == [0, 0]
    names = {p.name for p in shared.glob("*.html")}
    first = {f"first-{n}.html" for n in range(30)}
    second = {f"second-{n}.html" for n in range(30)}
    assert first <= names or second <= names
    assert not (first & names and second & names), "the output mixes two builds"


def test_unchanged_files_keep_their_modification_times(site):
    (site / "content" / "other.md").write_text("Title: Other\nDate: 2026-01-03\n\nOther.\n")
    assert build(site).returncode == 0
    old = {p.name: p.stat().st_mtime_ns for p in (site / "output").glob("*.html")}
    time.sleep(0.05)
    (site / "content" / "other.md").write_text("Title: Other\nDate: 2026-01-03\n\nChanged.\n")
    assert build(site).returncode == 0
    new = {p.name: p.stat().st_mtime_ns for p in (site / "output").glob("*.html")}
    assert new["hello.html"] == old["hello.html"]
    assert new["other.html"] > old["other.html"]
