"""Text titles: plain text in-process, and a title with markup characters through a real build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pelican.plugins.text_titles import plain_text, plain_text_filter, with_text_titles
from pelican.readers import MarkdownReader


def test_plain_text_drops_markup_and_no_break_spaces():
    typogrified = 'Day&nbsp;<span class="caps">LAN</span> &#8220;party&#8221;\u00a0now'
    assert plain_text(typogrified) == "Day LAN \u201cparty\u201d now"
    assert plain_text(None) == ""
    assert str(plain_text_filter("Q&amp;A: &lt;3 ways")) == "Q&amp;A: &lt;3 ways"


def test_one_wrapped_class_per_reader_class():
    wrapped = with_text_titles(MarkdownReader)
    assert wrapped is with_text_titles(MarkdownReader) is with_text_titles(wrapped)
    assert issubclass(wrapped, MarkdownReader)


SETTINGS = """
PLUGINS = ["pelican.plugins.text_titles"]
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TYPOGRIFY = True
"""


def test_a_title_with_markup_characters_is_shown_as_typed(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    post = "Title: Q&A: <3 ways to say <b>hello</b>\nDate: 2026-01-02\n\nHello.\n"
    (content / "qa.md").write_text(post, encoding="utf-8")
    (tmp_path / "conf.py").write_text(SETTINGS, encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(tmp_path / "out")]
    done = subprocess.run(
        [*command, "-s", str(tmp_path / "conf.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    # The theme's index prints the title as HTML (Typogrify added a no-break space).
    index = (tmp_path / "out" / "index.html").read_text()
    assert "Q&amp;A: &lt;3 ways to say&nbsp;&lt;b&gt;hello&lt;/b&gt;" in index
    assert "<b>hello</b>" not in index
