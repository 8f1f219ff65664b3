"""Save → page rewritten, and save → every page consistent, as an author meets them.

Starts the real server (`make devserver`'s tools.devserver, or `hugo server
--renderToDisk`) on the bench's content, waits for its first build, then
saves a day post `saves` times: it appends a line and times, from the
write, until that post's page on disk holds the line (polled every 2 ms)
and until the server says the whole site is built ("site up to date", or
Hugo's "Total in").
"""

from __future__ import annotations

import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


class Server:
    def __init__(self, command: list[str], env: dict, cwd: Path) -> None:
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put((time.perf_counter(), line))

    def wait_for(self, text: str, after: float, timeout: float = 900) -> float:
        """When a line holding `text` was printed, at or after `after`."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            try:
                when, line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            if text in line and when >= after:
                return when
        raise SystemExit(f"the server never said {text!r}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def time_saves(server: Server, post: Path, page: Path, done: str, saves: int) -> dict:
    pages, whole = [], []
    for n in range(saves):
        time.sleep(1.0)  # a pause between saves, as when typing
        marker = f"BenchSave{n}-{time.time_ns()}"  # one word: Typogrify leaves it whole
        text = post.read_text(encoding="utf-8")
        start = time.perf_counter()
        post.write_text(f"{text}\n{marker}\n", encoding="utf-8")
        while True:
            try:
                if marker in page.read_text(encoding="utf-8"):
                    break
            except OSError:
                pass
            time.sleep(0.002)
        pages.append(time.perf_counter() - start)
        whole.append(server.wait_for(done, after=start) - start)
    return {"page": summary(pages), "consistent": summary(whole)}


def summary(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def ours(content: Path, work: Path, day: int, env: dict, saves: int) -> dict:
    output = work / "dev-output"
    command = [sys.executable, "-m", "tools.devserver", str(content), "-o", str(output)]
    server = Server([*command, "--port", "0"], env, REPO)  # it binds a free port itself
    try:
        server.wait_for("serving http", after=0)
        post = next((content / "days").glob(f"{day:05}*.md"))
        page = output / "day" / str(day) / "index.html"
        return time_saves(server, post, page, "site up to date", saves)
    finally:
        server.stop()


def hugo(site: Path, work: Path, day: int, env: dict, saves: int) -> dict:
    output = work / "hugo-output"
    command = ["hugo", "server", "--renderToDisk", "--source", str(site)]
    # Hugo's default port; on a busy one Hugo binds a free port itself. The bench reads
    # the files it writes, never the port.
    command += ["--destination", str(output), "--disableLiveReload"]
    server = Server(command, {**env, "HUGO_ENVIRONMENT": "development"}, site)
    try:
        server.wait_for("Web Server is available", after=0)
        post = site / "content" / "days" / f"{day:05}.md"
        page = output / "days" / f"{day:05}" / "index.html"
        return time_saves(server, post, page, "Total in", saves)
    finally:
        server.stop()


def hugo_build(site: Path, work: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        ["hugo", "--source", str(site), "--destination", str(work / "hugo-build")],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start
