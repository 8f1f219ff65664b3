"""Reading aids: reading time and table of contents, a pure function of a post's HTML."""

from __future__ import annotations

from connect365.reading import Heading, reading_aids

ANCHOR = '<a class="header-anchor" href="#{0}" aria-label="Link to this section">#</a>'


def heading(level: int, id_: str, text: str) -> str:
    return f'<h{level} id="{id_}">{text} {ANCHOR.format(id_)}</h{level}>'


def test_reading_time_is_the_words_at_two_hundred_a_minute_and_one_at_least():
    assert reading_aids("<p>Hello.</p>").minutes == 1
    assert reading_aids("").minutes == 1
    assert reading_aids("<p>" + "word " * 400 + "</p>").minutes == 2
    assert reading_aids("<p>" + "word " * 401 + "</p>").minutes == 3
    # Markup, scripts and the headings' "#" links are not words; contractions are one.
    aids = reading_aids(
        f"<p>It\u2019s <em>one</em></p><script>var a = 1;</script>{heading(2, 'x', 'Two')}"
    )
    assert aids.words == 3


def test_the_contents_are_the_headings_when_there_are_three_or_more():
    two = heading(2, "a", "First") + "<p>x</p>" + heading(3, "b", "Second &amp; more")
    assert reading_aids(two).headings == (
        Heading(2, "a", "First"),
        Heading(3, "b", "Second & more"),
    )
    assert reading_aids(two).contents == ()
    three = two + heading(2, "c", "Third") + "<h2>No id</h2><h4 id='d'>Too deep</h4>"
    assert [h.id for h in reading_aids(three).contents] == ["a", "b", "c"]


def test_code_is_noticed():
    assert reading_aids("<div class='highlight'><pre><code>x</code></pre></div>").has_code
    assert not reading_aids("<p><code>inline</code></p>").has_code
