"""The application's shape: plugin order checked at start-up, SITEURL as the one
source of absolute URLs, no state left between builds, `pelican -r` surviving
bad content."""

from __future__ import annotations

import logging
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time

from connect365 import check_plugins
from support import (
    REPO,
    SAMPLE_CONTENT,
    SAMPLE_EPOCH,
    build,
    day_post,
    isolated_signals,
    pelican_command,
    tree_digest,
    write,
)

from pelicanconf import PLUGINS


def accepted_orders(count: int) -> list[list[str]]:
    """`count` shuffles of the site's PLUGINS that the order rules accept (the same every run)."""
    shuffler, found = random.Random(365), []
    while len(found) < count:
        order = list(PLUGINS)
        shuffler.shuffle(order)
        if order != PLUGINS and not check_plugins(order) and order not in found:
            found.append(order)
    return found


def test_the_order_rules_accept_the_sites_own_list_and_refuse_what_breaks():
    assert check_plugins(PLUGINS) == []
    assert check_plugins(list(reversed(PLUGINS))) == [
        "list 'scheduling' before 'connect365': a scheduled day whose date has come must be "
        "published before it gets its /day/N/ URL",
        "list 'connect365' before 'discovery': the sitemap must list the pages connect365's "
        "generators write",
        "list 'connect365' before 'link_check': the link check must read the pages and feeds "
        "connect365 writes",
        "list 'github_markdown' before 'text_titles': text_titles wraps the Markdown reader "
        "that github_markdown puts in place",
        "list 'pagefind_index' before 'staged_output': the search index must be built in the "
        "staging folder before it is swapped in",
        "list 'pagefind_index' before 'asset_delivery': Pagefind's UI files take content names, "
        "and everything is compressed, once written",
        "list 'asset_delivery' before 'link_check': the link check must read the content-named "
        "files the pages link to",
        "list 'asset_delivery' before 'staged_output': staged_output swaps the finished site in; "
        "it goes last",
        "list 'discovery' before 'staged_output': staged_output swaps the finished site in; it goes last",
        "list 'connect365' before 'staged_output': staged_output swaps the finished site in; it goes last",
    ]
    without = [p for p in PLUGINS if not p.endswith("tag_index")]
    assert check_plugins(without) == ["add 'pelican.plugins.tag_index'"]


def test_accepted_orders_build_the_same_site(tmp_path):
    reference = build(SAMPLE_CONTENT, tmp_path / "reference")
    assert reference.returncode == 0, reference.log
    for n, order in enumerate(accepted_orders(3)):
        shuffled = build(SAMPLE_CONTENT, tmp_path / f"order-{n}", PLUGINS=order)
        assert shuffled.returncode == 0, (order, shuffled.log)
        assert tree_digest(shuffled.output) == tree_digest(reference.output), order


def test_a_refused_order_stops_at_start_up_in_one_line(tmp_path):
    order = ["pelican.plugins.staged_output", *PLUGINS[:-1]]
    done = pelican_command(SAMPLE_CONTENT, tmp_path / "output", PLUGINS=order)
    assert done.returncode == 1
    assert (
        "SettingsError: PLUGINS: list 'pagefind_index' before 'staged_output': the search "
        "index must be built in the staging folder before it is swapped in" in done.log
    )
    assert "Traceback" not in done.log
    assert not (tmp_path / "output").exists()


def test_siteurl_given_with_e_moves_every_absolute_url(tmp_path):
    site = "https://example.org/blog"
    done = pelican_command(
        SAMPLE_CONTENT, tmp_path / "output", settings="publishconf.py", SITEURL=site
    )
    assert done.returncode == 0, done.log
    stale = [
        path.relative_to(done.output).as_posix()
        for path in done.output.rglob("*")
        if path.is_file()
        and path.suffix in (".html", ".xml", ".json", ".txt")
        and "https://connect365.example" in path.read_text(encoding="utf-8")
    ]
    assert stale == []
    assert f'<atom:link href="{site}/feeds/all.rss.xml" rel="self"' in (
        done.output / "feeds" / "all.rss.xml"
    ).read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{site}/day/3/">' in done.page("/day/3/")
    assert f"Sitemap: {site}/sitemap.xml" in (done.output / "robots.txt").read_text()


def test_one_process_builds_twice_and_a_failure_leaves_nothing_behind(tmp_path):
    handlers = list(logging.getLogger().handlers)
    content = tmp_path / "content"
    write(content, "days/001.md", day_post(1, "2026-11-01 20:00"))
    first = build(content, tmp_path / "first")
    write(content, "days/002.md", "Title: Broken\nDay: 2\nDate: not a date\n\nx\n")
    failed = build(content, tmp_path / "failed")
    (content / "days" / "002.md").unlink()
    second = build(content, tmp_path / "second")
    assert first.returncode == 0 and second.returncode == 0, first.log + second.log
    assert failed.returncode == 1 and "Date: 'not a date' is not a full date" in failed.log
    assert tree_digest(first.output) == tree_digest(second.output)
    assert logging.getLogger().handlers == handlers


def test_pelican_autoreload_survives_a_content_error(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, content)
    output = tmp_path / "output"
    env = {**os.environ, "SOURCE_DATE_EPOCH": SAMPLE_EPOCH, "COLUMNS": "1000"}
    command = [sys.executable, "-m", "pelican", "-r", str(content), "-o", str(output)]
    command += ["-s", str(REPO / "pelicanconf.py"), "-e", "SEARCH_INDEX=false"]
    server = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    said: list[str] = []
    threading.Thread(target=lambda: said.extend(server.stdout), daemon=True).start()

    def wait_until(check, save=None) -> bool:
        """Poll `check`; `save` again every 2 s, for Pelican watches only between builds.

        A save that lands while a build runs (or before `pelican -r` starts
        watching after one) is never seen, so the test saves until it is.
        """
        deadline = time.monotonic() + 60
        saved = 0.0
        while time.monotonic() < deadline:
            if check():
                return True
            if save is not None and time.monotonic() - saved > 2:
                save()
                saved = time.monotonic()
            time.sleep(0.2)
        return False

    day_3 = output / "day" / "3" / "index.html"
    post = content / "days" / "003-coffee-once-a-month.md"
    edited = post.read_text().replace("once-a-month habit", "twice-a-month habit")
    try:
        assert wait_until(day_3.is_file)
        assert wait_until(
            lambda: "the output folder was left as it was" in "".join(said),
            save=lambda: write(content, "days/099-broken.md", "Day: ninety-nine\n\nNo header.\n"),
        )
        (content / "days" / "099-broken.md").unlink()
        assert wait_until(
            lambda: "The coffee-twice-a-month" in day_3.read_text(),
            save=lambda: post.write_text(edited),
        )
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=10)
    log = "".join(said)
    assert "days/099-broken.md: Day: must be a whole number" in log
    assert "error(s) in the content; the output folder was left as it was" in log
    assert "Traceback" not in log


NUMBERS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


def signal_table() -> set[tuple[str, str]]:
    """(signal, plugin) for each row of docs/architecture.md's signal table; a
    blank first cell continues the signal above. Rows naming generators (not
    signals) are left out."""
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = doc.split("| when (signal) | who | what |")[1].split("\n\n")[0]
    pairs, signal = set(), None
    for row in table.splitlines()[2:]:
        when, who = (cell.strip() for cell in row.strip("|").split("|")[:2])
        if when:
            signal = when.strip("`") if when.startswith("`") else None
        if signal is None:
            continue
        names = re.split(r",|\bthen\b", re.sub(r"\([^)]*\)", "", who))
        pairs |= {(signal, name.strip()) for name in names if name.strip()}
    return pairs


def connected_signals() -> set[tuple[str, str]]:
    """(signal, plugin) for every handler the plugins in PLUGINS connect in register()."""
    import importlib

    from blinker import NamedSignal
    from pelican.plugins import signals

    every = {s: name for name, s in vars(signals).items() if isinstance(s, NamedSignal)}
    pairs = set()
    for plugin in PLUGINS:
        with isolated_signals():
            before = {s: set(s.receivers) for s in every}
            importlib.import_module(plugin).register()
            for sig, name in every.items():
                if set(sig.receivers) - before[sig]:
                    pairs.add((name, plugin.rsplit(".", 1)[-1]))
    return pairs


def test_the_signal_table_in_the_docs_is_what_register_connects():
    assert signal_table() == connected_signals()


def test_the_docs_count_the_generic_plugins_in_plugins():
    generic = [p for p in PLUGINS if p.startswith("pelican.plugins.")]
    said = f"The {NUMBERS[len(generic) - 1]} generic plugins"
    assert said in (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"{NUMBERS[len(generic) - 1]} generic Pelican plugins" in readme
    folders = {p.name for p in (REPO / "plugins").iterdir() if (p / "pyproject.toml").is_file()}
    assert folders == {p.rsplit(".", 1)[-1] for p in generic}


def test_the_markers_follow_what_each_test_reaches():
    from markers import needs

    tests = REPO / "tests"
    assert needs(tests / "test_browser.py", "test_axe_finds_a_violation") == {"browser"}
    assert needs(tests / "test_sample_site.py", "test_nu_checker_catches_invalid_html") == {
        "validator"
    }
    assert needs(tests / "test_deploy.py", "test_old_addresses_answer_301_even_a_long_one") == {
        "server"
    }
    assert (
        needs(tests / "test_architecture.py", "test_the_docs_count_the_generic_plugins_in_plugins")
        == set()
    )
