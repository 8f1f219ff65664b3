"""`make import`: an existing blog or daily log, moved into this site's content folder.

`sources` reads a WordPress export, a Blogger export, any RSS or Atom feed
saved as a file, or a Markdown log into `Entry` objects; `days` finds the
day number in a title and the homework at the end of a post; `html` turns a
platform's HTML into Markdown; `write` plans and writes the files (never
over one the author edited); `report` says what happened and proposes the
`CHALLENGE` setting. `__main__` is the command.
"""
