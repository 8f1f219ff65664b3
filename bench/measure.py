"""Run one command; print its wall time and peak memory as JSON.

    python -m bench.measure -- COMMAND ...

Peak memory is the child's maximum resident set size, read with
getrusage(RUSAGE_CHILDREN) in this fresh process, so it is that command's alone.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main() -> None:
    command = sys.argv[sys.argv.index("--") + 1 :]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mib": peak_kib / 1024,
                "returncode": done.returncode,
                "stderr": done.stderr[-2000:],
            }
        )
    )


if __name__ == "__main__":
    main()
