"""`make serve`: build the site once, then serve it at http://127.0.0.1:8000.

    python -m tools.serve [CONTENT] [-o OUTPUT] [-s pelicanconf.py] [--port 8000] [pelican's options]

The port is bound before the build, so a busy port is said at once (exit 2,
with the PORT= hint), not after a build. The folder is served as a web
server would: a folder's index.html, the site's 404 page for what is not
there, and nothing outside the folder. `make devserver` (tools/devserver.py)
adds the rebuild on change and reloads the tab.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"
USAGE_ERROR = 2


class SiteServer(ThreadingHTTPServer):
    # A page with its CSS, scripts and a burst of reloads across tabs: hold
    # 200 waiting connections rather than refusing them.
    request_queue_size = 256
    daemon_threads = True


class SiteHandler(SimpleHTTPRequestHandler):
    """The built site as a web server serves it."""

    # A connection that sends nothing (or stalls) for this long is closed.
    timeout = 10

    def log_message(self, format, *args) -> None:
        pass

    def translate_path(self, path: str) -> str:
        """The file for `path`, never one that resolves outside the served folder
        (a symlink planted in output/ leads nowhere: the answer is the 404 page)."""
        translated = Path(super().translate_path(path))
        root = Path(self.directory).resolve()
        if not translated.resolve().is_relative_to(root):
            return str(root / ".outside-the-site")
        return str(translated)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        missing = not (path / "index.html" if path.is_dir() else path).exists()
        not_found = Path(self.directory) / "404.html"
        if missing and not_found.is_file():
            return self.send_not_found_page(not_found)
        return super().send_head()

    def send_not_found_page(self, page: Path):
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None


def bind(command: str, port: int, handler) -> SiteServer | None:
    """The server on 127.0.0.1:`port` (0: any free port), or None, said on
    stderr with the `make COMMAND PORT=` that would work."""
    try:
        return SiteServer((HOST, port), handler)
    except OSError as busy:
        print(
            f"{command}: cannot listen on {HOST}:{port} ({busy.strerror}); "
            f"stop what uses it, or choose another port: make {command} PORT={port + 1}",
            file=sys.stderr,
        )
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make serve", description=__doc__.split("\n")[0])
    parser.add_argument("content", nargs="?", help="content folder (default: PATH setting)")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("--port", type=int, default=8000, help="0: any free port (it says which)")
    args, pelican_options = parser.parse_known_args(argv)
    output = Path(args.output).resolve()
    server = bind("serve", args.port, partial(SiteHandler, directory=str(output)))
    if server is None:
        return USAGE_ERROR
    with server:
        content = [args.content] if args.content else []
        command = [sys.executable, "-m", "tools.build", *content, "-o", str(output)]
        built = subprocess.run([*command, "-s", args.settings, *pelican_options], check=False)
        if built.returncode != 0:
            return built.returncode
        print(
            f"serve: serving http://{HOST}:{server.server_address[1]}/ (Ctrl-C stops)", flush=True
        )
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
