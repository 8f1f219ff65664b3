"""`make deploy DEPLOY_TARGET=user@host:/var/www/blog`: upload the published site.

    python -m tools.deploy OUTPUT TARGET
    DEPLOY_TO=... python -m tools.deploy --from-environment OUTPUT

`make deploy` builds with `make publish` first. rsync sends only what
changed (the build keeps an unchanged file's modification time, and rsync
compares size and time), deletes from the target what the site no longer
has, and never touches what the host keeps for itself there
(`DEPLOY_KEEP`: `.well-known/`, a certificate tool's challenge files). The
target is a local folder or `[user@]host:path` over ssh; it is passed to
rsync as one argument, never through a shell.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

DEPLOY_KEEP = (".well-known/",)


def rsync_command(output: Path, target: str, keep: tuple[str, ...] = DEPLOY_KEEP) -> list[str]:
    """The rsync call: the folder's contents onto `target`, exactly, but for `keep`."""
    command = ["rsync", "--recursive", "--times", "--links", "--delete", "--itemize-changes"]
    command += [f"--filter=protect {kept}" for kept in keep]
    command += ["--exclude=.git/", "--", f"{output}/", target]
    return command


def changes(itemized: str) -> tuple[int, int]:
    """(files sent, files deleted) from rsync's --itemize-changes lines."""
    lines = [line for line in itemized.splitlines() if line.strip()]
    sent = sum(1 for line in lines if line[:2] in (">f", "<f"))
    deleted = sum(1 for line in lines if line.startswith("*deleting"))
    return sent, deleted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make deploy", description=__doc__.split("\n")[0])
    parser.add_argument("output", help="the built site (make publish writes output/)")
    parser.add_argument("target", nargs="?", help="a folder, or [user@]host:path")
    parser.add_argument("--from-environment", action="store_true", help="the target from DEPLOY_TO")
    args = parser.parse_args(argv)
    target = os.environ.get("DEPLOY_TO", "") if args.from_environment else (args.target or "")
    if not target.strip():
        parser.error("give a target: make deploy DEPLOY_TARGET=user@host:/var/www/blog")
    if target.startswith("-"):
        parser.error(f"DEPLOY_TARGET: {target!r} must be a folder or host:path, not an option")
    output = Path(args.output)
    if not (output / "index.html").is_file():
        print(f"deploy: {output}: no built site here (make publish)", file=sys.stderr)
        return 2
    if not shutil.which("rsync"):
        print("deploy: rsync is not installed (Debian: apt-get install rsync)", file=sys.stderr)
        return 2
    done = subprocess.run(rsync_command(output, target), capture_output=True, text=True)
    if done.returncode:
        print(f"deploy: rsync failed ({done.returncode}): {done.stderr.strip()}", file=sys.stderr)
        return 1
    sent, deleted = changes(done.stdout)
    print(f"deploy: {target}: {sent} files sent, {deleted} deleted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
