"""Plain text files: title line, body, ids from content, invalid UTF-8 kept with a warning."""
from muster.article import Article, Rejected, content_hash
from sources_helpers import STORY, read_all, write_story


def test_first_line_is_title_rest_is_text(tmp_path):
    [article] = read_all(write_story(tmp_path / "story.txt"))
    assert isinstance(article, Article)
    assert article.title == "Guard troops report for duty in Portland"
    assert article.text == STORY
    assert article.published is None
    assert article.source == str(tmp_path / "story.txt")
    assert article.warnings == []


def test_id_comes_from_content_and_is_stable(tmp_path):
    write_story(tmp_path / "a.txt")
    (tmp_path / "b.text").write_text("\n\n  Same report, reformatted\n" + STORY.replace("\n\n", "\n\n\n") + "\n\n")
    first, second = read_all(tmp_path / "a.txt", tmp_path / "b.text")
    assert first.id == "a-" + content_hash(STORY)[:16]
    assert second.id == first.id
    assert second.title == "Same report, reformatted"


def test_unknown_extension_text_is_read_as_text(tmp_path):
    write_story(tmp_path / "dispatch.log")
    [article] = read_all(tmp_path / "dispatch.log")
    assert article.title.startswith("Guard troops")


def test_invalid_utf8_is_kept_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Troops leave the caf\xe9 district\n\nSoldiers of the 82nd left on Monday, officials said.".encode("latin-1"))
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.title == "Troops leave the caf\ufffd district"
    assert "Soldiers of the 82nd" in article.text
    assert len(article.warnings) == 1 and "invalid UTF-8" in article.warnings[0]


def test_utf8_bom_and_crlf_are_not_part_of_the_article(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\nFirst line.\r\nSecond line.\r\n")
    [article] = read_all(path)
    assert article.title == "Headline"
    assert article.text == "First line.\nSecond line."
    assert article.warnings == []


def test_title_alone_is_rejected(tmp_path):
    path = tmp_path / "headline.txt"
    path.write_text("Only a headline here\n\n")
    [item] = read_all(path)
    assert isinstance(item, Rejected)
    assert item.source == str(path)
    assert "no article text" in item.reason


def test_nul_bytes_after_a_text_head_are_still_binary(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Headline\n" + b"plain words " * 8000 + b"\x00\x00 binary tail")
    assert read_all(path) == [Rejected(str(path), "binary file (contains NUL bytes), not text")]


def test_dateline_gives_the_published_date_when_nothing_else_does(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("Guard sent to the coast\n\nMOBILE, Ala., Aug. 30, 2021 — About 500 Guard members arrived on Monday.\n")
    [article] = read_all(path)
    assert article.published == "2021-08-30"
