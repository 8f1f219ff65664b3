"""Build into a staging folder; swap it into place only when the build succeeded.

On `initialized` the output path becomes a sibling staging folder
(`output/` -> `.output.staging/`), emptied at the start of every run. On
`finalized`, the last signal of a run, the staging folder replaces the
output folder in two renames, unless something logged an error during the
run (Pelican logs "Could not process ..." and carries on; we do not): then
the build fails. A build that fails anywhere (bad content, a template
error, a crash) never swaps, so the previous output stays exactly as it
was. Entries named in `OUTPUT_RETENTION` (a deploy's `.git`) are carried
over.

Load this plugin last, so its `finalized` runs after every other plugin's.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from pelican import signals

from plugins.problems import BuildStopped


class BuildError(BuildStopped):
    """Errors were logged during the build; the output was not replaced."""


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


_errors = _ErrorCounter()


def stage(pelican) -> None:
    final = Path(pelican.output_path).resolve()
    staging = final.with_name(f".{final.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    pelican.final_output_path = final
    pelican.output_path = str(staging)
    # Emptying the staging folder every run deletes nothing of the real output.
    pelican.delete_outputdir = True
    if _errors not in logging.getLogger().handlers:
        logging.getLogger().addHandler(_errors)


def start_run(generator) -> None:
    _errors.count = 0


def swap_into_place(pelican) -> None:
    final = pelican.final_output_path
    if _errors.count:
        raise BuildError(f"{_errors.count} error(s) logged; {final} was left as it was")
    staging = Path(pelican.output_path)
    staging.mkdir(parents=True, exist_ok=True)
    for name in pelican.settings.get("OUTPUT_RETENTION", []):
        kept = final / name
        if kept.exists() and not (staging / name).exists():
            kept.rename(staging / name)
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def register() -> None:
    signals.initialized.connect(stage)
    signals.article_generator_init.connect(start_run)
    signals.finalized.connect(swap_into_place)
