"""The one place the dev server reaches past Pelican's public API (written for Pelican 4.12).

Pelican's `LimitFilter` shows each warning once per process: it keeps the
messages it has let through in class attributes. A process that builds
again and again (the warm dev server) must show a warning on every build
that has it, so each build starts by forgetting them.
`tests/test_devserver.py::test_a_warning_shows_on_every_warm_build` fails
if that changes.
"""

from __future__ import annotations

from pelican.log import LimitFilter


def forget_logged_warnings() -> None:
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


def rebind_cached_content(generator) -> None:
    """Point every post or page of `generator` at this build's context.

    Pelican's content cache hands back posts still bound (`_context`) to the
    context of the build that cached them, so a cached post's `{static}` and
    `{filename}` links are looked up among the last build's files and are
    reported missing ("Unable to find ..."). Run on
    `article_generator_pretaxonomy` and `page_generator_finalized`, before
    anything renders them; `test_devserver.py::test_after_a_burst_of_edits_the_output_equals_a_clean_build`
    pins it.
    """
    for name in ("articles", "translations", "drafts", "drafts_translations", "hidden_articles",
                 "hidden_translations", "pages", "hidden_pages", "draft_pages"):  # fmt: skip
        for content in getattr(generator, name, ()):
            content._context = generator.context
