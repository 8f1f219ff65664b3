"""`make devserver`: build, serve at http://127.0.0.1:8000, rebuild on change, reload the tab.

    python -m tools.devserver [CONTENT] [-o OUTPUT] [-s pelicanconf.py] [--port 8000]

Watches the content, the theme, the plugins and the settings, and keeps
one Pelican in this process (tools/warm.py). A saved post's own page is
written first, from the last build (a few milliseconds), and open tabs
reload; then the whole site is built again in this process, with Pelican's
content cache on so that only changed files are read, and the tabs reload
once more. After that build `output/` is what a clean build gives. A
change to the theme or the settings starts a new Pelican (and drops the
cache); a change to the plugins restarts this server. Tabs reload through a
small script this server adds to the HTML it serves (never to the files).
A failed build prints its errors here and leaves the last good site served,
the previewed page included.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import threading
import time
from functools import partial
from pathlib import Path

from connect365.core import SettingsError
from connect365.settings import load
from pelican.log import init as init_logging
from watchfiles import watch

from .serve import USAGE_ERROR, SiteHandler, SiteServer, bind
from .warm import WarmSite

RELOAD_PATH = "/__livereload"
RELOAD_SCRIPT = (
    b'<script>new EventSource("' + RELOAD_PATH.encode() + b'").onmessage = '
    b"function () { location.reload(); };</script>"
)
REPO = Path(__file__).resolve().parent.parent
CONTENT_CACHE = {
    "CACHE_CONTENT": True,
    "LOAD_CONTENT_CACHE": True,
    "CONTENT_CACHING_LAYER": "generator",
    "CHECK_MODIFIED_METHOD": "md5",
}


class Builds:
    """How many builds have succeeded; waiters wake when the count moves."""

    def __init__(self) -> None:
        self.count = 0
        self._changed = threading.Condition()

    def succeeded(self) -> None:
        with self._changed:
            self.count += 1
            self._changed.notify_all()

    def wait_past(self, seen: int, timeout: float) -> int:
        with self._changed:
            self._changed.wait_for(lambda: self.count > seen, timeout=timeout)
            return self.count


class DevHandler(SiteHandler):
    builds: Builds

    def do_GET(self) -> None:
        if self.path == RELOAD_PATH:
            return self._stream_reloads()
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.endswith("/"):
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            return self._send_html(path, 200)
        if not path.exists() and (Path(self.directory) / "404.html").is_file():
            return self._send_html(Path(self.directory) / "404.html", 404)
        return super().do_GET()

    def _send_html(self, path: Path, status: int) -> None:
        body = path.read_bytes().replace(b"</body>", RELOAD_SCRIPT + b"</body>", 1)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _stream_reloads(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = self.builds.count
        try:
            while True:
                now = self.builds.wait_past(seen, timeout=15)
                self.wfile.write(b"data: reload\n\n" if now > seen else b": still here\n\n")
                self.wfile.flush()
                seen = now
        except (BrokenPipeError, ConnectionResetError):
            return


def cache_path(output: str) -> Path:
    return Path(output).parent / "cache" / "devserver"


def build(site: WarmSite, builds: Builds) -> None:
    result = site.build()
    if result.ok:
        builds.succeeded()
        print(f"devserver: site up to date in {result.seconds:.1f} s", flush=True)
    else:
        print(f"devserver: {result.error}", flush=True)
        print("devserver: the build failed; still serving the last good site.", flush=True)


def rebuild(site: WarmSite, builds: Builds, changed: list[str], content: str) -> None:
    """Show the saved posts first, then bring the whole site up to date."""
    if any(not path.startswith(content + os.sep) for path in changed):
        site.reload_settings()  # theme or settings: a new Pelican, and no cache
        return build(site, builds)
    started = time.perf_counter()
    with site.previewing(changed) as shown:
        if shown:
            builds.succeeded()
            took = 1000 * (time.perf_counter() - started)
            names = ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")
            print(f"devserver: {names} rewritten in {took:.0f} ms", flush=True)
        build(site, builds)


def listen(output: str, port: int, builds: Builds, timeout: float) -> SiteServer | None:
    """Bind the port (before any build, so a busy port is said at once)."""
    DevHandler.builds = builds
    DevHandler.timeout = timeout
    return bind("devserver", port, partial(DevHandler, directory=output))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make devserver", description=__doc__.split("\n")[0])
    parser.add_argument("content", nargs="?", help="content folder (default: PATH setting)")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("--port", type=int, default=8000, help="0: any free port (it says which)")
    parser.add_argument(
        "--timeout", type=float, default=10, help="seconds an idle connection stays open"
    )
    args = parser.parse_args(argv)
    try:
        site = load(args.settings, args.content)
    except SettingsError as wrong:
        print(f"devserver: {wrong}", file=sys.stderr)
        return 2
    content, output = str(Path(site["PATH"]).resolve()), str(Path(args.output).resolve())
    settings = str(Path(args.settings).resolve())

    builds = Builds()
    Path(output).mkdir(parents=True, exist_ok=True)
    server = listen(output, args.port, builds, args.timeout)
    if server is None:
        return USAGE_ERROR
    args.port = server.server_address[1]  # the port it got, when asked for port 0
    init_logging(level=logging.WARNING)
    cache = str(cache_path(output))
    shutil.rmtree(cache, ignore_errors=True)
    warm = WarmSite(settings, {"PATH": content, **CONTENT_CACHE, "CACHE_PATH": cache}, output)
    plugins = str(REPO / "plugins")
    watched = [content, site["THEME"], plugins, settings]
    # Watch before the first build: a save made during it, or just after it, is kept
    # and built next. The first (empty) batch says the watcher is on.
    saves = watch(
        *watched,
        watch_filter=lambda _, path: "__pycache__" not in path,
        yield_on_timeout=True,
        rust_timeout=200,
    )
    next(saves)
    build(warm, builds)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"devserver: serving http://127.0.0.1:{args.port}/ (Ctrl-C stops)", flush=True)
    try:
        for changes in saves:
            if not changes:
                continue
            changed = sorted({path for _, path in changes})
            if any(path.startswith(plugins) for path in changed):
                print("devserver: a plugin changed; restarting", flush=True)
                server.server_close()
                os.execv(sys.executable, [sys.executable, "-m", "tools.devserver", *argv_of(args)])
            print(f"devserver: {len(changed)} change(s)", flush=True)
            rebuild(warm, builds, changed, content)
    except KeyboardInterrupt:
        pass
    return 0


def argv_of(args: argparse.Namespace) -> list[str]:
    """The arguments that start this same server again."""
    argv = [args.content] if args.content else []
    argv += ["-o", args.output, "-s", args.settings, "--port", str(args.port)]
    return [*argv, "--timeout", str(args.timeout)]


if __name__ == "__main__":
    sys.exit(main())
