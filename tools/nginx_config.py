"""`make nginx-config ROOT=output SERVER_NAME=blog.example LISTEN=80 [LOCATION=/blog/]`:
print an nginx configuration for the built site (connect365/serving/nginx.py).

    python -m tools.nginx_config --root output --server-name blog.example --listen 80
        [--location /blog/] [--brotli | --no-brotli] [-s publishconf.py]

Build first (`make publish`): the old-address map comes from the build's
`_redirects`. `brotli_static` is written when ngx_brotli's static module is
loaded here (Debian: libnginx-mod-http-brotli-static), or with --brotli.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from connect365.core import SettingsError
from connect365.serving.nginx import ConfigError, Server, server_config
from connect365.settings import load

BROTLI_MODULE = Path("/etc/nginx/modules-enabled")


def brotli_loaded() -> bool:
    """Debian's nginx loads a module by a file in modules-enabled."""
    return any(BROTLI_MODULE.glob("*brotli*static*")) if BROTLI_MODULE.is_dir() else False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make nginx-config", description=__doc__.split("\n")[0])
    parser.add_argument("--root", help="the built output folder")
    parser.add_argument("--server-name")
    parser.add_argument("--listen", help="address:port, or a port")
    parser.add_argument("--location", default="/", help="where the site lives (/blog/)")
    parser.add_argument(
        "--from-environment",
        action="store_true",
        help="take the values from NGINX_ROOT, NGINX_SERVER_NAME, ... (what make passes)",
    )
    parser.add_argument("--brotli", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("-s", "--settings", default="publishconf.py")
    args = parser.parse_args(argv)
    if args.from_environment:
        for name in ("root", "server_name", "listen", "location"):
            setattr(args, name, os.environ.get(f"NGINX_{name.upper()}") or getattr(args, name))
    missing = [n for n in ("root", "server_name", "listen") if not getattr(args, n)]
    if missing:
        parser.error(
            f"give {', '.join(m.upper() for m in missing)}: make nginx-config "
            "ROOT=output SERVER_NAME=blog.example LISTEN=80"
        )
    root = Path(args.root)
    if not (root / "index.html").is_file():
        print(
            f"nginx-config: ROOT: {args.root!r} holds no built site (make publish)", file=sys.stderr
        )
        return 2
    try:
        settings = load(args.settings)
        brotli = brotli_loaded() if args.brotli is None else args.brotli
        server = Server(root, args.server_name, args.listen, args.location or "/", brotli)
        sys.stdout.write(server_config(server, settings))
    except (SettingsError, ConfigError) as wrong:
        print(f"nginx-config: {wrong}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
