"""Conversation: reply by email, and comments on a real Isso server (started here, on
loopback, with its own temporary database), rendered into the pages at build time."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from connect365.comments.model import reply_link
from itsdangerous import URLSafeTimedSerializer
from support import SAMPLE_CONTENT, build, served
from test_browser import axe_violations
from test_hostile_input import scan_output

ISSO_SERVER = Path(__file__).with_name("isso_server.py")


class Isso:
    """A real Isso server on 127.0.0.1 (it binds a free port and says which),
    moderation on, for one site origin."""

    def __init__(self, folder: Path, site_origin: str) -> None:
        self.db = folder / "comments.db"
        config = folder / "isso.cfg"
        config.write_text(
            f"[general]\ndbpath = {self.db}\nhost = {site_origin}\nnotify = stdout\n"
            "[moderation]\nenabled = true\n[guard]\nenabled = false\n",
            encoding="utf-8",
        )
        self.process = subprocess.Popen(
            [sys.executable, str(ISSO_SERVER), str(config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        port = self.process.stdout.readline().strip()
        if not port.isdigit():
            self.stop()
            raise RuntimeError("Isso did not start")
        self.url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}config", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("Isso did not start")

    def post(self, uri: str, comment: dict) -> int:
        request = urllib.request.Request(
            f"{self.url}new?uri={uri}",
            data=json.dumps({"title": f"Thread {uri}", **comment}).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.load(response)["id"]

    def approve(self, comment_id: int) -> None:
        """Through Isso's moderation API, with the key its moderation links carry."""
        with sqlite3.connect(self.db) as db:
            secret = db.execute(
                "SELECT value FROM preferences WHERE key = 'session-key'"
            ).fetchone()[0]
        key = URLSafeTimedSerializer(secret).dumps(comment_id)
        request = urllib.request.Request(f"{self.url}id/{comment_id}/activate/{key}", method="POST")
        urllib.request.urlopen(request, timeout=5).read()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def site(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, content)
    return content


def test_reply_by_email_is_built_right_for_any_title():
    link = reply_link("maya@connect365.example", 'Day 21: Q&A "quotes" café')
    address, _, query = link.partition("?")
    assert address == "mailto:maya@connect365.example"
    assert unquote(query.removeprefix("subject=")) == 'Re: Day 21: Q&A "quotes" café'
    assert all(c not in query for c in ' "&é')


def test_with_comments_off_the_only_trace_is_the_reply_link(site, tmp_path):
    built = build(site, tmp_path / "output", REPLY_EMAIL="maya@connect365.example")
    assert built.returncode == 0, built.log
    files = [p for p in built.output.rglob("*") if p.suffix in (".html", ".xml", ".json")]
    assert not [p for p in files if "isso" in p.read_text(encoding="utf-8").lower()]
    day = built.page("/day/12/")
    assert (
        'href="mailto:maya@connect365.example?subject=Re%3A%20Day%2012%3A%20The%20introvert' in day
    )
    without = build(site, tmp_path / "plain")
    assert "Reply by email" not in without.page("/day/12/") and 'id="comments"' not in without.page(
        "/day/12/"
    )


def test_approved_comments_are_part_of_the_page_and_hostile_ones_are_inert(site, tmp_path):
    isso = Isso(tmp_path, "http://127.0.0.1:8000")
    try:
        hostile = isso.post(
            "/day/3/",
            {
                "author": '<img src=x onerror=alert(1)>"',
                "website": 'https://x.example/"onmouseover="alert(1)',  # Isso refuses javascript:
                "text": "<script>alert(1)</script> [click](javascript:alert(2)) **Thanks** for this!",
            },
        )
        friendly = isso.post(
            "/day/3/",
            {"author": "Ana", "website": "https://ana.example", "text": "Booked my first coffee."},
        )
        waiting = isso.post("/day/3/", {"author": "Ben", "text": "Still waiting for approval."})
        isso.post("/day/3/", {"author": "Chidi", "text": "A reply to Ana.", "parent": friendly})
        for comment in (hostile, friendly):
            isso.approve(comment)
        isso.approve(waiting + 1)  # the reply
        settings = {"COMMENTS": {"isso": isso.url}, "COMMENTS_EXPORT": isso.url}
        built = build(site, tmp_path / "output", **settings)
        assert built.returncode == 0, built.log
        day = built.page("/day/3/")
        embed = f"'src': '{isso.url}js/embed.min.js'"  # Isso's own client, from the author's server
        found = {
            page: hits
            for page, all_hits in scan_output(built.output).items()
            if (hits := [h for h in all_hits if embed not in h])
        }
        assert found == {}
        assert "&lt;img src=x onerror=alert(1)&gt;" in day and 'href="javascript:' not in day
        assert "Booked my first coffee." in day and "Still waiting for approval." not in day
        assert (
            '<a class="u-url p-name" href="https://ana.example" rel="nofollow ugc">Ana</a>' in day
        )
        assert '<ol class="replies">' in day and "A reply to Ana." in day
        assert 'class="comment h-entry"' in day and 'class="dt-published"' in day
        assert "3 comments</a>" in built.page("/page/2/") + built.page("/") + built.page("/page/3/")
        assert "<dt>Comments</dt><dd>3</dd>" in built.page("/challenge/")
        feeds = "".join(p.read_text() for p in (built.output / "feeds").rglob("*.*"))
        assert "Booked my first coffee" not in feeds and "A reply to Ana" not in feeds
        # The server goes away: the build warns and keeps what it exported last.
        isso.stop()
        offline = build(site, tmp_path / "offline", **settings)
        assert offline.returncode == 0, offline.log
        assert "cannot be reached" in offline.log
        assert "Booked my first coffee." in offline.page("/day/3/")
    finally:
        isso.stop()


def test_a_reader_comments_and_after_moderation_it_is_in_the_page(browser, site, tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    (tmp_path / "isso").mkdir()
    with served(first) as site_url:  # the site's origin first: Isso is told it
        isso = Isso(tmp_path / "isso", site_url)
        try:
            built = build(site, first, COMMENTS={"isso": isso.url})
            assert built.returncode == 0, built.log
            context = browser.new_context()
            requested: list[str] = []
            context.on("request", lambda request: requested.append(request.url))
            page = context.new_page()
            page.goto(site_url + "/day/3/")
            page.locator("#isso-thread textarea").fill("Tried the monthly coffee: it works.")
            page.locator("#isso-thread input[name=author]").fill("Dee")
            page.locator("#isso-thread input[type=submit]").click()
            page.wait_for_function("document.querySelector('#isso-thread .isso-comment') !== null")
            for scheme in ("light", "dark"):  # Isso's form and the new comment, live
                page.emulate_media(color_scheme=scheme)
                assert axe_violations(page, "#comments") == [], scheme
            hosts = {urlsplit(u).netloc for u in requested if u.startswith("http")}
            assert hosts <= {urlsplit(site_url).netloc, urlsplit(isso.url).netloc}, requested
            with sqlite3.connect(isso.db) as db:
                (comment_id,) = db.execute(
                    "SELECT id FROM comments WHERE author = 'Dee'"
                ).fetchone()
            isso.approve(comment_id)
            context.close()
            settings = {"COMMENTS": {"isso": isso.url}, "COMMENTS_EXPORT": isso.url}
            second = build(site, tmp_path / "second", **settings)
        finally:
            isso.stop()
    assert second.returncode == 0, second.log
    with served(second.output) as site_url:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(site_url + "/day/3/")
        assert page.get_by_text("Tried the monthly coffee: it works.").is_visible()
        assert page.locator(".comment .p-name").inner_text() == "Dee"
        context.close()
        context = browser.new_context()
        page = context.new_page()
        page.route(
            f"{isso.url}**", lambda route: route.abort()
        )  # the server is gone; the page stands
        page.goto(site_url + "/day/3/")
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            assert axe_violations(page, "#comments") == [], scheme
        context.close()
