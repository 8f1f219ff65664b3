"""`make bench`: this site against bare Pelican at 1, 10 and 100 years of days.

    python -m bench.run [--sizes 365 3650 36500] [--results bench/RESULTS.md]

For each size, on the same generated content (bench/generate.py), in one
run: the full build of this site and of bare Pelican 4.12, a rebuild after
changing one post with Pelican's content cache on, `make check`, and the
peak memory of each; then how time grows with size, and the page weight of
the sample site. Prints a table and writes it to RESULTS.md.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.generate import START, generate
from tools.devserver import CONTENT_CACHE

REPO = Path(__file__).resolve().parent.parent
CACHE = CONTENT_CACHE  # the dev server's cache settings


def measure(command: list[str], env: dict, repeat: int = 1) -> dict:
    """The fastest of `repeat` runs (a shared VM's timings are noisy), with its peak memory."""
    results = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-m", "bench.measure", "--", *command],
            cwd=REPO, env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = json.loads(done.stdout)
        if result["returncode"] != 0:
            raise SystemExit(f"failed: {' '.join(command)}\n{result['stderr']}")
        results.append(result)
    return min(results, key=lambda r: r["seconds"])


def pelican(content: Path, out: Path, settings: str, overrides: dict) -> list[str]:
    extra = [f"{k}={json.dumps(v)}" for k, v in overrides.items()]
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(out), "-s", settings]
    return command + (["-e", *extra] if extra else [])


def bench_size(posts: int, work: Path, repeat: int) -> dict:
    content = work / "content"
    challenge = generate(content, posts)
    today = START + timedelta(days=posts)
    epoch = int(datetime(today.year, today.month, today.day, 12).timestamp())
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    ours = {"CHALLENGE": challenge}
    row = {"posts": posts}
    row["ours"] = measure(pelican(content, work / "ours", "pelicanconf.py", ours), env)
    row["bare"] = measure(pelican(content, work / "bare", "bench/bare_pelicanconf.py", {}), env)
    row["check"] = measure(
        [
            sys.executable,
            "-m",
            "connect365.checking",
            str(content),
            "-e",
            f"CHALLENGE={json.dumps(challenge)}",
        ],
        env,
    )
    cached = {**ours, **CACHE, "CACHE_PATH": str(work / "cache")}
    row["cached_full"] = measure(pelican(content, work / "cached", "pelicanconf.py", cached), env)
    post = content / "days" / f"{posts // 2:05}.md"
    post.write_text(post.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    row["rebuild"] = measure(pelican(content, work / "cached", "pelicanconf.py", cached), env)
    return row


def page_weights() -> dict[str, int]:
    """gzip size of HTML plus the stylesheet, per page kind of the sample site."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        subprocess.run(
            pelican(REPO / "content", out, "pelicanconf.py", {}),
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        css = (out / "theme" / "css" / "site.css").read_bytes()
        kinds = {
            "day post": "day/12/index.html",
            "home": "index.html",
            "other post": "posts/2026/working-from-home-without-working-alone/index.html",
            "challenge": "challenge/index.html",
            "workbook": "homework/index.html",
            "tag page": "tag/habits/index.html",
        }
        return {
            kind: len(gzip.compress((out / path).read_bytes(), 9)) + len(gzip.compress(css, 9))
            for kind, path in kinds.items()
        }


def table(rows: list[dict]) -> str:
    lines = [
        "| posts | ours (s) | bare Pelican (s) | ratio (goal ≤ 1.25) | one-post rebuild / full (goal ≤ 35% at 3,650) | make check / full (goal ≤ 25%) | peak MiB ours / bare / check |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['posts']:,} | {r['ours']['seconds']:.1f} | {r['bare']['seconds']:.1f} | "
            f"{r['ours']['seconds'] / r['bare']['seconds']:.2f} | "
            f"{100 * r['rebuild']['seconds'] / r['ours']['seconds']:.0f}% "
            f"({r['rebuild']['seconds']:.1f} s; cold build with the cache {r['cached_full']['seconds']:.1f} s) | "
            f"{100 * r['check']['seconds'] / r['ours']['seconds']:.0f}% | "
            f"{r['ours']['peak_mib']:.0f} / {r['bare']['peak_mib']:.0f} / {r['check']['peak_mib']:.0f} |"
        )
    for small, big in itertools.pairwise(rows):
        growth = big["ours"]["seconds"] / small["ours"]["seconds"]
        bare = big["bare"]["seconds"] / small["bare"]["seconds"]
        lines.append(
            f"\nGrowth {small['posts']:,} → {big['posts']:,} posts ({big['posts'] // small['posts']}x): "
            f"ours {growth:.1f}x, bare Pelican {bare:.1f}x (goal ≤ 11x from 3,650 to 36,500)."
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[365, 3650, 36500])
    parser.add_argument("--results", type=Path, default=REPO / "bench" / "RESULTS.md")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per full build up to 3,650 posts (1 above)"
    )
    args = parser.parse_args()
    rows = []
    for posts in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(bench_size(posts, Path(tmp), args.repeat if posts <= 3650 else 1))
        print(f"{posts} posts measured", file=sys.stderr, flush=True)
    weights = page_weights()
    report = "\n".join(
        [
            f"# Benchmark results\n\n{date.today().isoformat()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}.",
            "Wall-clock seconds, measured side by side in one run: the fastest of "
            f"{args.repeat} builds up to 3,650 posts, one build above; the cache rebuild once.\n",
            table(rows),
            "\n## Page weight (HTML + CSS, gzip -9; goal about 14 KB for a day page)\n",
            "| page | bytes |\n| --- | ---: |",
            *(f"| {kind} | {size:,} |" for kind, size in weights.items()),
        ]
    )
    print(report)
    args.results.write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
