"""Pins the private Pelican and Markdown APIs in connect365/pelican_adapter.py.

Each test compares the adapter with what Pelican itself does; a Pelican or
Markdown upgrade that changes what the adapter relies on fails here first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from connect365.pelican_adapter import read_header, with_reused_markdown
from pelican.readers import MarkdownReader
from pelican.settings import read_settings

from pelicanconf import MARKDOWN

POSTS = {
    "day.md": "Title: Networking is work\nDate: 2026-11-21 20:00\nDay: 21\n"
    "Tags: habits, groups\nSummary: Three *weeks* in.\n\nA body with a [link](x.html).\n",
    "wrapped.md": "Title: Wrapped\nSummary: One line\n    and its continuation\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "no-header.md": "Just a body, *no* header.\n",
}


@pytest.fixture(scope="module")
def settings():
    return read_settings(override={"MARKDOWN": MARKDOWN, "TIMEZONE": "UTC"})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("posts")
    for name, text in POSTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_reused_markdown_reads_like_pelicans_reader(settings, files: Path):
    reused = with_reused_markdown(MarkdownReader)(settings)
    for name in [*POSTS, *POSTS]:  # twice: the reused object must reset between files
        ours = reused.read(str(files / name))
        pelicans = MarkdownReader(settings).read(str(files / name))
        assert ours == pelicans, name


def test_header_fields_are_the_ones_pelicans_reader_sees(settings, files: Path):
    for name, text in POSTS.items():
        _, metadata = MarkdownReader(settings).read(str(files / name))
        assert set(read_header(text)) == set(metadata), name
    header = read_header(POSTS["wrapped.md"])
    assert header["summary"] == "One line\nand its continuation"
    assert read_header(POSTS["day.md"])["day"] == "21"
