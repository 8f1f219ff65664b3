"""`make html` / `make publish`: run `pelican`, and fail when the build was interrupted.

    python -m tools.build [pelican's own arguments]

Pelican catches Ctrl-C (SIGINT), says "Keyboard interrupt received" and
exits 0, so a `make` chain would go on with a half-built site. This runs
Pelican's own `main` and exits 130 (the shell's code for SIGINT) instead.
"""

from __future__ import annotations

import signal
import sys

from pelican import main

INTERRUPTED = 130


class _Interrupts:
    def __init__(self) -> None:
        self.seen = False

    def __call__(self, signum, frame) -> None:
        self.seen = True
        raise KeyboardInterrupt


def run(argv: list[str]) -> int:
    interrupts = _Interrupts()
    signal.signal(signal.SIGINT, interrupts)
    main(argv)  # exits by itself (1) when the build fails
    return INTERRUPTED if interrupts.seen else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
