"""Authoring: `make new-day`, `make check`, scheduled posts, the dev server."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from support import REPO, SAMPLE_CONTENT, SAMPLE_EPOCH, build, tree_digest, write


def run(module: str, *args: str, epoch: str = SAMPLE_EPOCH) -> subprocess.CompletedProcess:
    env = {"SOURCE_DATE_EPOCH": epoch, "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=REPO, env=env, capture_output=True, text=True
    )


@pytest.fixture
def content(tmp_path):
    copy = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, copy)
    return copy


def test_new_day_writes_the_next_day_and_its_homework(content, tmp_path):
    done = run("tools.new_day", "Don't go quiet once you're hired", str(content))
    assert done.returncode == 0, done.stderr
    post = content / "days" / "023-dont-go-quiet-once-youre-hired.md"
    homework = content / "homework" / "023.md"
    assert done.stdout.splitlines() == [str(post), str(homework)]
    assert post.read_text() == (
        "Title: Don't go quiet once you're hired\nDate: 2026-11-22 12:00\nDay: 23\n"
        "Tags:\nSummary:\n\nWrite Day 23's post here.\n"
    )
    assert homework.read_text().startswith("Day: 23\nTitle:\n")
    result = build(content, tmp_path / "output")
    assert result.returncode == 0, result.log
    assert "Don\u2019t go quiet once you\u2019re&nbsp;hired" in result.page("/day/23/")


def test_new_day_with_a_chosen_day(content):
    done = run("tools.new_day", "Catching up", "--day", "10", str(content))
    assert done.returncode == 0, done.stderr
    assert "Day: 10\n" in (content / "days" / "010-catching-up.md").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--day", "9"], "new-day: Day 9 already has a post: "),
        (["--day", "0"], "new-day: Day 0 is outside the challenge: days run from 1 to 365"),
        (["--day", "366"], "new-day: Day 366 is outside the challenge: days run from 1 to 365"),
        (["--day", "22"], "new-day: Day 22 already has a post: "),
    ],
)
def test_new_day_refusals(content, args, message):
    before = tree_digest(content)
    done = run("tools.new_day", "A title", *args, str(content))
    assert done.returncode == 1
    assert done.stderr.startswith(message)
    assert tree_digest(content) == before


def test_new_day_never_overwrites(content):
    write(content, "homework/023.md", "Day: 23\nTitle: Written earlier\n\nKeep me.\n")
    before = tree_digest(content)
    done = run("tools.new_day", "A title", str(content))
    assert done.returncode == 1
    assert "homework/023.md already exists; not overwriting it" in done.stderr
    assert tree_digest(content) == before


def test_new_day_needs_a_title(content):
    done = run("tools.new_day", "  ", str(content))
    assert done.returncode == 2 and "give the day a title" in done.stderr


def test_check_passes_on_the_sample_and_writes_nothing(content, tmp_path):
    before = tree_digest(tmp_path)
    done = run("connect365.checking", str(content))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr.strip() == "0 error(s), 0 warning(s)"
    assert tree_digest(tmp_path) == before


def test_check_lists_warnings_and_scheduled_posts(content):
    write(content, "posts/soon.md", "Title: Soon\nDate: 2026-12-01 09:00\n\nLater.\n")
    write(content, "homework/002.md", "Day: 2\n\nNo title.\n")
    done = run("connect365.checking", str(content))
    assert done.returncode == 0
    assert (
        f"{content}/homework/002.md: Title: missing; the entry is shown as 'Homework' (warning)"
        in done.stdout
    )
    assert f"{content}/posts/soon.md: scheduled for 2026-12-01 09:00" in done.stdout


def test_scheduled_post_appears_once_its_date_has_come(content, tmp_path):
    write(
        content,
        "posts/soon.md",
        "Title: Coming soon\nDate: 2026-12-01 09:00\nTags: soon\n\nLater.\n",
    )
    now = build(content, tmp_path / "now")
    assert now.returncode == 0, now.log
    everything = "".join(
        p.read_text() for p in now.output.rglob("*") if p.suffix in (".html", ".xml", ".json")
    )
    assert "Coming soon" not in everything
    assert not (now.output / "tag" / "soon").exists()
    later = build(content, tmp_path / "later", epoch="1796227200")  # 2026-12-02
    assert later.returncode == 0, later.log
    assert "Coming soon" in later.page("/posts/2026/coming-soon/")
    assert "Coming soon" in (later.output / "feeds" / "all.rss.xml").read_text()
    assert (later.output / "tag" / "soon" / "index.html").is_file()


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def wait_for(check, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return True
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.3)
    return False


def test_devserver_rebuilds_and_reloads(content, tmp_path):
    server = DevServer(content, tmp_path / "out")
    try:
        base = server.address()
        page = fetch(f"{base}/day/3/")
        assert "The coffee-once-a-month" in page
        assert "/__livereload" in page
        assert "__livereload" not in (tmp_path / "out" / "day" / "3" / "index.html").read_text()
        events = urllib.request.urlopen(f"{base}/__livereload", timeout=30)
        day_3 = content / "days" / "003-coffee-once-a-month.md"
        day_3.write_text(day_3.read_text().replace("once-a-month habit", "twice-a-month habit"))
        assert wait_for(lambda: "The coffee-twice-a-month" in fetch(f"{base}/day/3/"))
        assert events.readline() == b"data: reload\n"
        # The saved page shows at once; the whole site follows (a second "up to date").
        assert wait_for(lambda: sum("site up to date" in line for line in server.said) == 2)
        write(content, "days/099-broken.md", "Day: ninety-nine\n\nNo header.\n")
        assert wait_for(lambda: any("the build failed" in line for line in server.said))
        assert any(
            "days/099-broken.md: Day: must be a whole number" in line for line in server.said
        )
        assert "The coffee-twice-a-month" in fetch(f"{base}/day/3/")
        assert server.process.poll() is None
    finally:
        server.stop()


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_scheduled_day_is_published_from_the_content_cache(content, tmp_path, layer):
    write(content, "days/023-soon.md", "Title: Soon\nDate: 2026-11-23 20:00\nDay: 23\n\nSoon.\n")
    cache = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CHECK_MODIFIED_METHOD": "md5",
        "CONTENT_CACHING_LAYER": layer,
        "CACHE_PATH": str(tmp_path / "cache"),
    }
    before = build(content, tmp_path / "output", **cache)
    assert before.returncode == 0, before.log
    assert not (before.output / "day" / "23").exists()
    after = build(content, tmp_path / "output", epoch="1796097600", **cache)  # 2026-11-30
    assert after.returncode == 0, after.log
    assert "Soon" in after.page("/day/23/")
    assert 23 in after.json("challenge.json")["published"]
    again = build(content, tmp_path / "output", **cache)  # back to 22 November
    assert again.returncode == 0, again.log
    assert not (again.output / "day" / "23").exists()
    assert 23 not in again.json("challenge.json")["published"]


def start_devserver(content, output, port, *extra):
    command = [sys.executable, "-m", "tools.devserver", str(content), "-o", str(output)]
    return subprocess.Popen(
        [*command, "--port", str(port), *extra],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


SERVING = re.compile(r"devserver: serving (http://127\.0\.0\.1:\d+)/")


class DevServer:
    """`make devserver` on port 0: it binds a free port itself and says which."""

    def __init__(self, content, output, *extra) -> None:
        self.process = start_devserver(content, output, 0, *extra)
        self.said: list[str] = []
        threading.Thread(target=lambda: self.said.extend(self.process.stdout), daemon=True).start()

    def address(self, seconds: float = 90) -> str:
        """The base URL the server reported, once its first build is served."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.process.poll() is None:
            for line in list(self.said):
                if found := SERVING.match(line):
                    return found[1]
            time.sleep(0.1)
        raise AssertionError(f"the dev server reported no address: {self.said}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def test_devserver_says_at_once_when_its_port_is_taken(content, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = start_devserver(content, tmp_path / "out", port)
        said = server.communicate(timeout=30)[0]
    assert server.returncode == 2
    assert said.strip().splitlines() == [
        f"devserver: cannot listen on 127.0.0.1:{port} (Address already in use); "
        f"stop what uses it, or choose another port: make devserver PORT={port + 1}"
    ]
    assert not any((tmp_path / "out").iterdir())  # nothing was built


def test_devserver_closes_idle_connections_and_takes_a_burst(content, tmp_path):
    server = DevServer(content, tmp_path / "out", "--timeout", "1")
    try:
        base = server.address()
        port = int(base.rsplit(":", 1)[1])
        assert "Day 3" in fetch(f"{base}/day/3/")
        idle = socket.create_connection(("127.0.0.1", port))
        idle.settimeout(5)
        started = time.monotonic()
        assert idle.recv(1024) == b""  # closed by the server, having said nothing
        assert time.monotonic() - started < 4
        idle.close()
        burst = [socket.create_connection(("127.0.0.1", port)) for _ in range(200)]
        for connection in burst:
            connection.sendall(b"GET /robots.txt HTTP/1.0\r\n\r\n")
        for connection in burst:
            connection.settimeout(30)
            assert connection.makefile("rb").readline().startswith(b"HTTP/1.0 200")
            connection.close()
    finally:
        server.stop()


def test_make_new_day_takes_title_and_day_as_data(content, tmp_path):
    marker = tmp_path / "ran"
    title = f'Save $5 a day: `touch {marker}` "quoted" $(shell touch {marker}) $$HOME'
    make = ["make", "-s", "new-day", f"INPUTDIR={content}"]
    done = subprocess.run([*make, f"TITLE={title}"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    post = next((content / "days").glob("023-*.md"))
    assert post.read_text().splitlines()[0] == f"Title: {title}"
    refused = subprocess.run(
        [*make, "TITLE=x", f"DAY=30; touch {marker} #"], cwd=REPO, capture_output=True, text=True
    )
    assert refused.returncode != 0
    assert f"DAY must be a whole number, not '30; touch {marker} #'" in refused.stderr
    assert not marker.exists()


@pytest.mark.parametrize(
    ("title", "file_name"),
    [
        ("word " * 60, "023-" + "-".join(["word"] * 12) + ".md"),
        ("\U0001f389\U0001f389", "023-day-23.md"),
    ],
)
def test_new_day_makes_a_short_sensible_file_name(content, title, file_name):
    done = run("tools.new_day", title, str(content))
    assert done.returncode == 0, done.stderr
    assert (content / "days" / file_name).is_file()


def test_new_day_refuses_a_title_on_two_lines(content):
    done = run("tools.new_day", "Two\nTitle: lines", str(content))
    assert done.returncode == 1
    assert "give it on one line" in done.stderr
    assert not list((content / "days").glob("023-*"))


def test_an_interrupted_build_exits_non_zero_and_keeps_the_output(content, tmp_path):
    for n in range(300):  # a build long enough to be stopped half-way
        write(
            content,
            f"posts/filler-{n}.md",
            f"Title: Filler {n}\nDate: 2026-10-01 {n // 60:02}:{n % 60:02}\n\nText.\n",
        )
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the last good site")
    env = {**os.environ, "SOURCE_DATE_EPOCH": SAMPLE_EPOCH}
    build_command = [sys.executable, "-m", "tools.build", str(content), "-o", str(output)]
    running = subprocess.Popen(
        [*build_command, "-s", "pelicanconf.py"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert wait_for(lambda: (tmp_path / ".output.lock").exists(), seconds=30)
    running.send_signal(signal.SIGINT)
    assert running.wait(timeout=30) == 130
    assert (output / "index.html").read_text() == "the last good site"


def test_devserver_serves_nothing_outside_its_folder(content, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for readers")
    server = DevServer(content, tmp_path / "out")
    try:
        base = server.address()
        (tmp_path / "out" / "leak.txt").symlink_to(secret)
        (tmp_path / "out" / "leak-folder").symlink_to(tmp_path, target_is_directory=True)
        for path in (
            "/leak.txt",
            "/leak-folder/secret.txt",
            "/../secret.txt",
            "/%2e%2e/secret.txt",
        ):
            try:
                body = fetch(base + path)
            except urllib.error.HTTPError as refused:
                assert refused.code == 404, path
                body = refused.read().decode()
            assert "not for readers" not in body, path
    finally:
        server.stop()
