"""A site ready for long caching and compressed delivery, for `make publish`.

- `initialized`: templates get `asset(path)`, the address of a theme file
  (`asset("css/site.css")` -> `theme/css/site.<digest>.css` when it is
  fingerprinted, else `theme/css/site.css`), and `asset_integrity(path)`, its
  Subresource Integrity value.
- `get_generators`: a generator that writes the theme files named by
  `ASSET_FINGERPRINT` under their content names (list this plugin before
  any plugin whose generator reads the output, a link check). Pelican copies
  the theme's files under their own names after every generator has run.
- `finalized` (list this plugin after every plugin that writes files at
  `finalized`, and before pelican-staged-output): those copies under the
  theme's own names are removed, so no page can use a stale one; the files other plugins
  wrote that `ASSET_FINGERPRINT_OUTPUT` names (Pagefind's UI) take their
  content names too, with every page that links them rewritten; then, with
  `PRECOMPRESS`, `.gz` and `.br` files are written beside every
  compressible file.

| setting | default | meaning |
| --- | --- | --- |
| `ASSET_FINGERPRINT` | `[]` | glob patterns of theme static files to publish under content names |
| `ASSET_FINGERPRINT_OUTPUT` | `[]` | output files (written at `finalized` by other plugins) to rename the same way |
| `PRECOMPRESS` | `False` | write `.gz` and `.br` beside compressible files |
"""

from __future__ import annotations

import logging
from fnmatch import fnmatch
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .fingerprint import fingerprinted_name, integrity, rename
from .precompress import precompress

logger = logging.getLogger(__name__)


def _theme_file(settings: dict, path: str) -> Path:
    if found := _theme_files(settings).get(path):
        return found
    raise ValueError(f"asset: {path!r} is not a file of the theme's static folders")


def _fingerprinted(settings: dict, path: str) -> bool:
    return any(fnmatch(path, pattern) for pattern in settings.get("ASSET_FINGERPRINT", []))


def asset_url(settings: dict, path: str) -> str:
    """The output path of theme file `path`, content-named when it is fingerprinted."""
    static_dir = settings["THEME_STATIC_DIR"]
    if not _fingerprinted(settings, path):
        return f"{static_dir}/{path}"
    return f"{static_dir}/{fingerprinted_name(path, _theme_file(settings, path).read_bytes())}"


class ThemeAssets:
    """The `asset` and `asset_integrity` template globals of one build.

    Plain data and bound methods, so the settings that hold them can be
    pickled (Pelican's content cache, worker processes); each answer is
    remembered for the build, since templates ask on every page.
    """

    KEYS = ("THEME", "THEME_STATIC_PATHS", "THEME_STATIC_DIR", "ASSET_FINGERPRINT")

    def __init__(self, settings: dict) -> None:
        self.settings = {key: settings.get(key) for key in self.KEYS if key in settings}
        self.urls: dict[str, str] = {}
        self.hashes: dict[str, str] = {}

    def url(self, path: str) -> str:
        if path not in self.urls:
            self.urls[path] = asset_url(self.settings, path)
        return self.urls[path]

    def integrity(self, path: str) -> str:
        if path not in self.hashes:
            self.hashes[path] = integrity(_theme_file(self.settings, path).read_bytes())
        return self.hashes[path]


def add_template_globals(pelican) -> None:
    settings = pelican.settings
    settings.setdefault("ASSET_FINGERPRINT", [])
    settings.setdefault("ASSET_FINGERPRINT_OUTPUT", [])
    settings.setdefault("PRECOMPRESS", False)
    assets = ThemeAssets(settings)
    settings["JINJA_GLOBALS"] = {
        **settings.get("JINJA_GLOBALS", {}),
        "asset": assets.url,
        "asset_integrity": assets.integrity,
    }


def _theme_files(settings: dict) -> dict[str, Path]:
    """Every file of the theme's static folders, by its path under THEME_STATIC_DIR."""
    files = {}
    for static in settings.get("THEME_STATIC_PATHS", ["static"]):
        base = Path(settings["THEME"]) / static
        files |= {p.relative_to(base).as_posix(): p for p in base.rglob("*") if p.is_file()}
    return files


class FingerprintGenerator(Generator):
    """Writes the fingerprinted theme files under their content names."""

    def generate_context(self) -> None:
        pass

    def generate_output(self, writer) -> None:
        theme = Path(self.output_path) / self.settings["THEME_STATIC_DIR"]
        for path, source in sorted(_theme_files(self.settings).items()):
            if _fingerprinted(self.settings, path):
                target = theme / fingerprinted_name(path, source.read_bytes())
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read_bytes())


def add_generator(pelican):
    return FingerprintGenerator


def deliver(pelican) -> None:
    settings = pelican.settings
    output = Path(pelican.output_path)  # the folder being built (pelican-staged-output moves it)
    theme = output / settings["THEME_STATIC_DIR"]
    for path in _theme_files(settings):
        if _fingerprinted(settings, path):
            (theme / path).unlink(missing_ok=True)
    for path in settings["ASSET_FINGERPRINT_OUTPUT"]:
        if (output / path).is_file():
            _relink(output, path, rename(output, path))
    if settings["PRECOMPRESS"]:
        written = precompress(output, Path(settings["CACHE_PATH"]) / "precompress")
        logger.info("asset_delivery: %d compressed files", written)


def _relink(output: Path, old: str, new: str) -> None:
    """Pages that link `old` (an output path) link `new` instead."""
    for page in output.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if f"/{old}" in html:
            page.write_text(html.replace(f"/{old}", f"/{new}"), encoding="utf-8")


def register() -> None:
    signals.initialized.connect(add_template_globals)
    signals.get_generators.connect(add_generator)
    signals.finalized.connect(deliver)
