"""Bad content fails the build: every problem in one run, `path: field: ...`,
a non-zero exit, and the previous output left exactly as it was."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from support import REPO, build, day_post, tree_digest, write

GOOD_DAYS = {1: "2026-11-01 20:00", 2: "2026-11-02 20:00"}


@pytest.fixture
def content(tmp_path):
    folder = tmp_path / "content"
    for day, date in GOOD_DAYS.items():
        write(folder, f"days/{day:03}.md", day_post(day, date))
    write(folder, "pages/about.md", "Title: About\n\nAbout us.\n")
    return folder


def test_good_content_builds(content, tmp_path):
    result = build(content, tmp_path / "output")
    assert result.returncode == 0, result.log


BAD_FILES = {
    "days/003.md": ("Date: 2026-11-03\nDay: 3\n\nNo title.\n", "days/003.md: Title: missing"),
    "days/004.md": (
        "Title: Bad date\nDate: the fourth\nDay: 4\n\nx\n",
        "days/004.md: Date: 'the fourth' is not a full date",
    ),
    "days/005.md": (
        "Title: Words\nDate: 2026-11-05\nDay: five\n\nx\n",
        "days/005.md: Day: must be a whole number from 1 to 365, not 'five'",
    ),
    "days/006.md": (
        "Title: Zero\nDate: 2026-11-06\nDay: 0\n\nx\n",
        "days/006.md: Day: must be a whole number from 1 to 365, not '0'",
    ),
    "days/007.md": (
        "Title: Too far\nDate: 2026-11-07\nDay: 366\n\nx\n",
        "days/007.md: Day: must be a whole number from 1 to 365, not '366'",
    ),
    "days/008.md": (
        "Title: Half\nDate: 2026-11-08\nDay: 2.5\n\nx\n",
        "days/008.md: Day: must be a whole number from 1 to 365, not '2.5'",
    ),
    "days/009.md": ("Title: No day\nDate: 2026-11-09\n\nx\n", "days/009.md: Day: missing"),
    "days/002-again.md": (
        "Title: Second post for day 2\nDate: 2026-11-02 21:00\nDay: 2\n\nx\n",
        "days/002-again.md: Day: Day 2 also has a post: ",
    ),
    "posts/undated.md": ("Title: Undated\n\nx\n", "posts/undated.md: Date: missing"),
    "posts/status.md": (
        "Title: Status\nDate: 2026-11-01\nStatus: publish\n\nx\n",
        "posts/status.md: Status: 'publish' is not one of published, draft, hidden",
    ),
    "homework/010.md": (
        "Day: ten\nTitle: Homework\n\nx\n",
        "homework/010.md: Day: must be a whole number from 1 to 365, not 'ten'",
    ),
}


def add_bad_files(content):
    for name, (text, _) in BAD_FILES.items():
        write(content, name, text)
    (content / "days" / "011.md").write_bytes(
        "Title: Caf\u00e9\nDate: 2026-11-11\nDay: 11\n\nx\n".encode("latin-1")
    )


def test_every_problem_is_reported_in_one_run(content, tmp_path):
    add_bad_files(content)
    result = build(content, tmp_path / "output")
    assert result.returncode != 0
    lines = result.log.splitlines()
    for _, expected in BAD_FILES.values():
        assert any(expected in line for line in lines), expected
    assert any("days/011.md: file: is not UTF-8 (byte 0xe9" in line for line in lines)
    assert any("days/002.md: Day: Day 2 also has a post: " in line for line in lines)
    assert "13 error(s) in the content" in result.log


def test_previous_output_survives_a_failed_build(content, tmp_path):
    output = tmp_path / "output"
    assert build(content, output).returncode == 0
    write(output, "deployed-marker.txt", "kept")
    before = tree_digest(output)
    add_bad_files(content)
    assert build(content, output).returncode != 0
    assert tree_digest(output) == before


def test_pelican_errors_fail_the_build_and_keep_the_output(content, tmp_path):
    output = tmp_path / "output"
    assert build(content, output).returncode == 0
    before = tree_digest(output)
    # A template error happens after the content checks pass.
    theme = tmp_path / "theme"
    shutil.copytree(REPO / "theme", theme)
    (theme / "templates" / "article.html").write_text("{% extends 'base.html' %}{{ oops( }}")
    result = build(content, output, THEME=str(theme))
    assert result.returncode != 0
    assert tree_digest(output) == before


def test_a_post_written_ahead_of_its_day_is_a_warning(content, tmp_path):
    write(content, "days/005.md", day_post(5, "2026-11-02 08:00"))
    result = build(content, tmp_path / "output")
    assert result.returncode == 0, result.log
    assert (
        "days/005.md: Date: 2026-11-02 is before Day 5's date, 2026-11-05 (written ahead)"
        in result.log
    )


def test_make_check_reports_the_same_problems_and_writes_nothing(content, tmp_path):
    add_bad_files(content)
    before = tree_digest(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "connect365.checking", str(content), "-s", "pelicanconf.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    for _, expected in BAD_FILES.values():
        assert expected in done.stdout, expected
    assert tree_digest(tmp_path) == before
