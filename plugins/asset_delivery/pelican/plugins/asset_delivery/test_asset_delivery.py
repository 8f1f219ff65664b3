"""Content names and precompressed files, as a web server will read them."""

from __future__ import annotations

import gzip

import brotli
from pelican.plugins.asset_delivery import fingerprinted_name, precompress


def test_a_content_name_changes_with_the_bytes_only():
    assert fingerprinted_name("css/site.css", b"a") == fingerprinted_name("css/site.css", b"a")
    assert fingerprinted_name("css/site.css", b"a") != fingerprinted_name("css/site.css", b"b")
    assert fingerprinted_name("js/pace.js", b"a").startswith("js/pace.")
    assert fingerprinted_name("js/pace.js", b"a").endswith(".js")


def test_precompressed_files_hold_the_same_bytes_and_are_reproducible(tmp_path):
    page = tmp_path / "site" / "day" / "1" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<p>" + "Networking is work. " * 200 + "</p>", encoding="utf-8")
    (tmp_path / "site" / "tiny.css").write_text("a{}", encoding="utf-8")
    (tmp_path / "site" / "card.png").write_bytes(b"\x89PNG" * 200)
    assert precompress(tmp_path / "site", tmp_path / "cache") == 2
    assert gzip.decompress(page.with_name("index.html.gz").read_bytes()) == page.read_bytes()
    assert brotli.decompress(page.with_name("index.html.br").read_bytes()) == page.read_bytes()
    assert not (tmp_path / "site" / "tiny.css.gz").exists()  # smaller than it is worth
    assert not (tmp_path / "site" / "card.png.gz").exists()  # already compressed
    first = page.with_name("index.html.gz").read_bytes()
    page.with_name("index.html.gz").unlink()
    precompress(tmp_path / "site")  # without the cache: the same bytes
    assert page.with_name("index.html.gz").read_bytes() == first
