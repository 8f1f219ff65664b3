"""`make bench`: this site against bare Pelican at 1, 10 and 100 years of days.

    python -m bench.run [--sizes 365 3650 36500] [--results bench/RESULTS.md]

For each size, on the same generated content (bench/generate.py), in one
run: the full build of this site (all cores and BUILD_JOBS=1; the first
build ever, which draws every card, and a build with the cards cached), of
bare Pelican 4.12, and of Hugo when a `hugo` binary is on the PATH;
`make check`; the peak memory of each; and five saves of a day post in
`make devserver` and in Hugo's server (bench/preview.py). Then how time
grows with size, and the page weight of the sample site. Prints the tables
with the goals beside them and writes them to RESULTS.md.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from bench import preview
from bench.generate import START, generate
from bench.hugo_site import hugo_site
from bench.preview import hugo_build

REPO = Path(__file__).resolve().parent.parent


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


def bench_size(posts: int, work: Path, repeat: int, saves: int) -> dict:
    content = work / "content"
    challenge = generate(content, posts)
    today = START + timedelta(days=posts)
    epoch = int(datetime(today.year, today.month, today.day, 12).timestamp())
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": str(epoch),
        "COLUMNS": "1000",
        "CONNECT365_SAMPLE": "1",
    }
    ours = {"CHALLENGE": challenge}
    row = {"posts": posts}
    for label, jobs in (("", 0), ("_1", 1)):
        # The first build ever draws every card; later ones find them in the cache.
        settings = {**ours, "BUILD_JOBS": jobs, "CACHE_PATH": str(work / f"cache{label}")}
        command = pelican(content, work / f"ours{label}", "pelicanconf.py", settings)
        row[f"first{label}"] = measure(command, env)
        row[f"ours{label}"] = measure(command, env, repeat)
    row["bare"] = measure(
        pelican(content, work / "bare", "bench/bare_pelicanconf.py", {}), env, repeat
    )
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
    day = posts // 2
    if shutil.which("hugo"):
        site = work / "hugo"
        hugo_site(content, site)
        row["hugo_build"] = min(hugo_build(site, work) for _ in range(repeat))
        row["hugo"] = preview.hugo(site, work, day, env, saves)
    # the dev server takes the challenge from the content folder, as an import leaves it
    (content / "challenge.json").write_text(json.dumps(challenge), encoding="utf-8")
    row["preview"] = preview.ours(content, work, day, env, saves)
    return row


def page_weights() -> dict[str, int]:
    """gzip size of HTML plus the stylesheet, per page kind of the sample site."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        subprocess.run(
            pelican(REPO / "sample" / "content", out, "pelicanconf.py", {}),
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


def spread(figures: dict) -> str:
    return f"{figures['median']:.2f} ({figures['min']:.2f} to {figures['max']:.2f})"


def table(rows: list[dict]) -> str:
    lines = [
        "### Full builds",
        "",
        "| posts | ours, all cores (s) | ours, BUILD_JOBS=1 (s) | first build ever (draws every card): all cores / 1 (s) | bare Pelican (s) | all cores / bare (goal ≤ 0.6 at 3,650) | make check / full (goal ≤ 25%) | peak MiB ours / bare / check | Hugo (s) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        hugo = f"{r['hugo_build']:.2f}" if "hugo_build" in r else "no hugo on PATH"
        lines.append(
            f"| {r['posts']:,} | {r['ours']['seconds']:.1f} | {r['ours_1']['seconds']:.1f} | "
            f"{r['first']['seconds']:.1f} / {r['first_1']['seconds']:.1f} | "
            f"{r['bare']['seconds']:.1f} | {r['ours']['seconds'] / r['bare']['seconds']:.2f} | "
            f"{100 * r['check']['seconds'] / r['ours']['seconds']:.0f}% | "
            f"{r['ours']['peak_mib']:.0f} / {r['bare']['peak_mib']:.0f} / {r['check']['peak_mib']:.0f} | {hugo} |"
        )
    lines += [
        "",
        "### Saving a day post in the dev server (seconds: median, then min to max)",
        "",
        "| posts | save → page rewritten (goal ≤ 0.3 at 365, ≤ 0.5 at 3,650) | save → every page consistent | consistent / full build, all cores (goal ≤ 35% at 3,650) | Hugo server: save → page | Hugo server: save → consistent |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        hugo = (
            f"{spread(r['hugo']['page'])} | {spread(r['hugo']['consistent'])}"
            if "hugo" in r
            else "no hugo on PATH | no hugo on PATH"
        )
        whole = r["preview"]["consistent"]["median"] / r["ours"]["seconds"]
        lines.append(
            f"| {r['posts']:,} | {spread(r['preview']['page'])} | "
            f"{spread(r['preview']['consistent'])} | {100 * whole:.0f}% | {hugo} |"
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
    parser.add_argument("--saves", type=int, default=5, help="saves timed in the dev server")
    args = parser.parse_args()
    rows = []
    for posts in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            repeat = args.repeat if posts <= 3650 else 1
            rows.append(bench_size(posts, Path(tmp), repeat, args.saves))
        print(f"{posts} posts measured", file=sys.stderr, flush=True)
    weights = page_weights()
    report = "\n".join(
        [
            f"# Benchmark results\n\n{date.today().isoformat()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}.",
            "Wall-clock seconds, measured side by side in one run: the fastest of "
            f"{args.repeat} builds up to 3,650 posts, one build above; the first build "
            f"ever once; {args.saves} saves in each server.\n",
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
