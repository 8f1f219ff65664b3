"""BUILD_JOBS: post pages and cards made by several processes are the bytes one process makes."""

from __future__ import annotations

import shutil

from support import REPO, SAMPLE_CONTENT, build, day_post, tree_digest, write


def test_several_processes_build_the_sample_byte_for_byte(tmp_path):
    one = build(SAMPLE_CONTENT, tmp_path / "one", BUILD_JOBS=1, search=True)
    three = build(SAMPLE_CONTENT, tmp_path / "three", BUILD_JOBS=3, search=True)
    assert one.returncode == three.returncode == 0, one.log + three.log
    assert tree_digest(one.output) == tree_digest(three.output)


def test_several_processes_build_a_published_site_byte_for_byte(tmp_path):
    one = build(SAMPLE_CONTENT, tmp_path / "one", settings="publishconf.py", BUILD_JOBS=1)
    two = build(SAMPLE_CONTENT, tmp_path / "two", settings="publishconf.py", BUILD_JOBS=2)
    assert one.returncode == two.returncode == 0, one.log + two.log
    assert tree_digest(one.output) == tree_digest(two.output)


def test_a_template_error_in_a_worker_fails_the_build(tmp_path):
    content = tmp_path / "content"
    for day in (1, 2, 3):
        write(content, f"days/{day:03}.md", day_post(day, f"2026-11-0{day} 20:00"))
    theme = tmp_path / "theme"
    shutil.copytree(REPO / "theme", theme)
    article = theme / "templates" / "article.html"
    broken = "{% block content %}{{ article.day.no_such_thing() }}"
    article.write_text(article.read_text().replace("{% block content %}", broken, 1))
    failed = build(content, tmp_path / "output", THEME=str(theme), BUILD_JOBS=2)
    assert failed.returncode == 1
    assert "rendering post pages failed" in failed.log
    assert not (tmp_path / "output").exists()


def test_links_between_posts_stay_relative_to_each_page(tmp_path):
    """Pelican sets the shared context's localsiteurl before each page; so must each worker."""
    content = tmp_path / "content"
    for day in (1, 2, 3, 4):
        link = f"\n\nSee [the next day]({day % 4 + 1:03}.md).\n"
        write(content, f"days/{day:03}.md", day_post(day, f"2026-11-0{day} 20:00") + link)
    write(
        content,
        "posts/essay.md",
        "Title: An essay\nDate: 2026-11-02 08:00\n\nSee [day 1](../days/001.md).\n",
    )
    one = build(content, tmp_path / "one", BUILD_JOBS=1)
    two = build(content, tmp_path / "two", BUILD_JOBS=2)
    assert one.returncode == two.returncode == 0, one.log + two.log
    assert tree_digest(one.output) == tree_digest(two.output)
    assert '<a href="../../../day/1/">day 1</a>' in two.page("/posts/2026/an-essay/")
