"""The fixtures every test module may use; the helpers are in support.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from markers import MARKERS, needs
from support import CHROMIUM, CHROMIUM_ARGS, SAMPLE_CONTENT, Build, build


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Build:
    """The sample blog, built once per test session on a fixed "today"."""
    result = build(SAMPLE_CONTENT, tmp_path_factory.mktemp("sample") / "output", search=True)
    assert result.returncode == 0, result.log
    return result


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; no browser download, ever."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "browser tests need Debian's chromium (.ci/run installs it)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def pytest_configure(config) -> None:
    for name, meaning in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {meaning}")


def pytest_collection_modifyitems(items) -> None:
    """Mark each test by what it needs (markers.py): `make test-quick` leaves those out."""
    for item in items:
        for marker in sorted(needs(item.path, getattr(item, "originalname", item.name))):
            item.add_marker(marker)
