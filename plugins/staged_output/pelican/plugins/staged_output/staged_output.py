"""Build into a staging folder; swap it into place only when the build succeeded.

- `initialized`: the output path becomes a sibling staging folder
  (`output/` -> `.output.staging/`), emptied at the start of every run.
- `get_generators`: the start of each run (also under `pelican -r`): the
  build takes the output's lock (`.output.lock`; a second build into the
  same output waits for the first, and says so), so the staging folder is
  its own; an error counter is put on the root logger, replacing any left
  by a run that crashed.
- `finalized`, the last signal of a run: the counter comes off, and the
  staging folder replaces the output folder in two renames, unless
  something logged an error during the run (Pelican logs "Could not
  process ..." and carries on; this plugin does not): then the build fails
  with `BuildFailed`. Before the swap, every file whose bytes did not
  change takes its old modification time, so the output's mtimes move only
  where something changed (rsync and deploy tools upload just those).
  The replaced output is deleted by a background thread (the process
  waits for it before it exits; a later swap finishes any leftover).
  Either way the lock is released; a build that crashes
  releases it when its process ends (or its `Pelican` object is freed).

A build that fails anywhere (bad content, a template error, a crash) never
swaps, so the previous output stays exactly as it was. Entries named in
`OUTPUT_RETENTION` (a deploy's `.git`) are carried over. Load this plugin
last, so that its `finalized` runs after every other plugin's.
"""

from __future__ import annotations

import fcntl
import filecmp
import logging
import os
import shutil
import threading
from pathlib import Path

from pelican import signals

from .adapter import redirect_output

logger = logging.getLogger(__name__)


class BuildFailed(Exception):
    """The build stopped; the message says why in one line, and the output was left alone.

    An Exception, so `pelican -r` reports it and keeps watching; `pelican`
    prints it as one line without a traceback (see `quiet_build_failures`).
    """


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _counters() -> list[_ErrorCounter]:
    return [h for h in logging.getLogger().handlers if isinstance(h, _ErrorCounter)]


class _QuietBuildFailures(logging.Filter):
    """Pelican logs an exception that ends a build with its traceback; a
    BuildFailed already says all there is to say in its one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], BuildFailed):
            record.exc_info = None
        return True


def quiet_build_failures() -> None:
    pelican_logger = logging.getLogger("pelican")
    if not any(isinstance(f, _QuietBuildFailures) for f in pelican_logger.filters):
        pelican_logger.addFilter(_QuietBuildFailures())


def staging_path(final: Path) -> Path:
    return final.with_name(f".{final.name}.staging")


def stage(pelican) -> None:
    final = Path(pelican.output_path).resolve()
    redirect_output(pelican, staging_path(final))
    pelican.settings["STAGED_OUTPUT_PATH"] = str(final)
    quiet_build_failures()


def lock_path(final: Path) -> Path:
    return final.with_name(f".{final.name}.lock")


def take_lock(pelican) -> None:
    """One build at a time into one output: wait for any other to finish."""
    if getattr(pelican, "staged_output_lock", None) is not None:
        return  # this Pelican object's own, kept from a run that failed (pelican -r)
    final = Path(pelican.settings["STAGED_OUTPUT_PATH"])
    final.parent.mkdir(parents=True, exist_ok=True)
    lock = open(lock_path(final), "a")  # noqa: SIM115 - held until the run ends
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        logger.warning("Another build is writing %s; waiting for it to finish", final)
        fcntl.flock(lock, fcntl.LOCK_EX)
    pelican.staged_output_lock = lock


def release_lock(pelican) -> None:
    lock = getattr(pelican, "staged_output_lock", None)
    if lock is not None:
        pelican.staged_output_lock = None
        lock.close()  # closing the file releases the lock


def start_run(pelican) -> None:
    take_lock(pelican)
    root = logging.getLogger()
    for stale in _counters():
        root.removeHandler(stale)
    root.addHandler(_ErrorCounter())


def swap_into_place(pelican) -> None:
    try:
        _swap(pelican)
    finally:
        release_lock(pelican)


def keep_unchanged_times(staging: Path, final: Path) -> int:
    """A file whose bytes did not change keeps its old modification time (sync tools skip it)."""
    kept = 0
    for new in staging.rglob("*"):
        old = final / new.relative_to(staging)
        try:
            if (
                new.is_file()
                and old.is_file()
                and old.stat().st_size == new.stat().st_size
                and filecmp.cmp(old, new, shallow=False)
            ):
                before = old.stat()
                os.utime(new, ns=(before.st_atime_ns, before.st_mtime_ns))
                kept += 1
        except OSError:
            continue
    return kept


def _swap(pelican) -> None:
    final = Path(pelican.settings["STAGED_OUTPUT_PATH"])
    errors = sum(counter.count for counter in _counters())
    for counter in _counters():
        logging.getLogger().removeHandler(counter)
    if errors:
        raise BuildFailed(f"{errors} error(s) logged; {final} was left as it was")
    staging = Path(pelican.output_path)
    staging.mkdir(parents=True, exist_ok=True)
    if final.is_dir():
        keep_unchanged_times(staging, final)
    for name in pelican.settings.get("OUTPUT_RETENTION", []):
        kept = final / name
        if kept.exists() and not (staging / name).exists():
            kept.rename(staging / name)
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)  # left by a build that crashed
    if final.exists():
        final.rename(old)
    staging.rename(final)
    # The new site is in place; the old one goes in the background (a
    # process waits for it before it exits).
    threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True}).start()


def register() -> None:
    signals.initialized.connect(stage)
    signals.get_generators.connect(start_run)
    signals.finalized.connect(swap_into_place)
