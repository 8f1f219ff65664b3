"""Fail the build, before anything is read or written, when the content is wrong.

`article_generator_init` is the first moment of every build run (the dev
server's and `pelican -r`'s rebuilds included) at which the settings and
the content folder are known. Errors are printed one per line as
`path: field: what is wrong`, all of them, then the build stops with a
non-zero exit; warnings are logged and the build goes on.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from ..core import ContentError
from .files import check_content

logger = logging.getLogger(__name__)


def check_before_reading(generator) -> None:
    _, problems = check_content(Path(generator.path), generator.settings)
    errors = [p for p in problems if p.is_error]
    for problem in problems:
        if not problem.is_error:
            logger.warning("%s", problem)
    for problem in errors:
        print(problem, file=sys.stderr)
    if errors:
        raise ContentError(
            f"{len(errors)} error(s) in the content; the output folder was left as it was"
        )
