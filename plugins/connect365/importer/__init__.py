"""`make import`: an existing blog, feed, log or generator's folder, moved into this site's content folder.

`sources` knows each file by what is in it and reads it into a `Source`
(`entry`): `wxr` (WordPress, WXR 1.0 to 1.2), `blogger` (old and Takeout
layouts), `feeds` (any RSS or Atom, FeedBurner's `origLink`), `log` (a
Markdown log with "Day N" sections) and `folders` (Jekyll, Hugo, Eleventy,
Pelican, with `frontmatter`). Every item of a source becomes an entry or a
skip with its reason. `days` finds the day number in a title and the
homework at the end of a post; `html` (with `tracking`) turns a
platform's HTML into Markdown and `markup` a generator's Markdown into
plain Markdown; `links` says which old addresses can be redirected and
points `{filename}` links at the new files; `existing` is what the content
folder already holds and `names` keeps every name unique; `plan` makes the
files, `write` writes them (never over one the author edited), and
`report` accounts for every item and proposes the `CHALLENGE` setting.
`__main__` is the command.

Pelican's own importer (`pelican-import`) is used where it is good: its
port of WordPress's `wpautop` (`decode_wp_content`). Not its readers
(`wp2fields`, `blogger2fields`, `feed2fields`): they need lxml, keep
WordPress's GMT dates without their zone, and hand HTML to pandoc for the
Markdown; ElementTree, feedparser and markdownify do those parts here.
"""
