"""Same content and SOURCE_DATE_EPOCH give byte-identical output."""

from support import SAMPLE_CONTENT, build, tree_digest


def test_two_builds_are_byte_identical(tmp_path):
    first = build(SAMPLE_CONTENT, tmp_path / "one")
    second = build(SAMPLE_CONTENT, tmp_path / "two")
    assert first.returncode == second.returncode == 0, first.log + second.log
    assert tree_digest(first.output) == tree_digest(second.output)
    assert len(tree_digest(first.output)) > 40


def test_today_comes_from_source_date_epoch(tmp_path):
    day_22 = build(SAMPLE_CONTENT, tmp_path / "a")
    day_25 = build(SAMPLE_CONTENT, tmp_path / "b", epoch="1795629600")  # +3 days
    assert day_22.json("challenge.json")["today"] == 22
    assert day_25.json("challenge.json")["today"] == 25
