"""`make import`: an existing blog or daily log, moved into this site's content folder.

`sources` reads a WordPress export, a Blogger export, any RSS or Atom feed
saved as a file, or a Markdown log into `Entry` objects; `days` finds the
day number in a title and the homework at the end of a post; `html` turns a
platform's HTML into Markdown; `write` plans and writes the files (never
over one the author edited); `report` says what happened and proposes the
`CHALLENGE` setting. `__main__` is the command.

Pelican's own importer (`pelican-import`) is used where it is good: its
port of WordPress's `wpautop` (`decode_wp_content`). Not its readers
(`wp2fields`, `blogger2fields`, `feed2fields`): they need lxml, keep
WordPress's GMT dates without their zone, and hand HTML to pandoc for the
Markdown; ElementTree, feedparser and markdownify do those parts here.
"""
