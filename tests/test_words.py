"""The site's words: every one from the catalogue, in the site's language.

A small site written in Spanish is built with DEFAULT_LANG "es"; no English
message of the catalogue may be left in anything a reader gets (pages,
their attributes, the scripts' words, feeds, the calendar, the JSON). The
catalogue must be complete and match what the templates and code use;
`CHALLENGE["words"]` renames the homework everywhere; `SHARE_TARGETS`
chooses the share links; wrong settings stop the build, named.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from connect365.words import catalogue
from connect365.words.language import Words
from icalendar import Calendar
from support import REPO, build, write

TRANSLATIONS = catalogue.TRANSLATIONS
# Attributes people read or hear: names, alternatives, tooltips, meta text.
SPOKEN = {"aria-label", "alt", "title", "placeholder", "content", "data-title"}


def messages(path: Path) -> dict:
    with path.open("rb") as source:
        return {(m.context, m.id): m for m in read_po(source) if m.id}


# The catalogue: complete, and what the code uses.


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_message_is_translated(lang):
    template = messages(catalogue.TEMPLATE)
    translated = messages(catalogue.po_path(lang))
    assert set(translated) == set(template), "run `make translations`"
    empty = [
        key
        for key, m in translated.items()
        if m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    assert empty == [], f"untranslated in {lang}: {empty}"


def test_the_catalogue_is_what_the_templates_and_code_use():
    with (TRANSLATIONS / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    used = {
        (context, message if isinstance(message, str) else message[0])
        for _, _, message, _, context in extract_from_dir(REPO, method_map, options_map)
    }
    in_pot = {(c, i if isinstance(i, str) else i[0]) for c, i in messages(catalogue.TEMPLATE)}
    assert used == in_pot, "run `make translations`"
    assert len(used) > 100


def test_a_language_orders_its_own_dates_and_numbers():
    es = Words("es", catalogue.compiled("es"))
    from datetime import date

    assert es.date(date(2026, 11, 5)) == "5 de noviembre de 2026"
    assert es.month(date(2026, 11, 5)) == "Noviembre de 2026"
    assert es.percent(5.2) == "5,2\u00a0%"
    assert es.days(1) == "1 día" and es.days(22) == "22 días"
    assert es.weekdays()[0] == "lun"


# A small site, written in Spanish so that only the theme could say anything in English.

ES_SITE = {
    "SITENAME": "Conecta 365",
    "SITESUBTITLE": "Un año de mejores contactos",
    "AUTHOR": "Ana Ruiz",
    "CHALLENGE": {"name": "Treinta días de contactos", "length": 30, "start": "2026-11-01"},
    "DEFAULT_PAGINATION": 2,
    "REPLY_EMAIL": "ana@conecta.example",
    "COMMENTS": {"isso": "https://comentarios.example/"},
    "FOLLOW_BY_EMAIL": "https://seguir.example/formulario",
}


def day(n: int, date: str, title: str) -> str:
    return (
        f"Title: {title}\nDate: {date}\nDay: {n}\nTags: práctica, café\n"
        f"Summary: Resumen del día {n}.\n\nCuerpo del día {n}.\n"
    )


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("palabras")
    write(folder, "days/01.md", day(1, "2026-11-01 20:00", "Empezar con calma"))
    write(folder, "days/02.md", day(2, "2026-11-04 20:00", "Llamar a una colega"))  # late
    write(folder, "days/04.md", day(4, "2026-11-04 21:00", "Un café al mes"))
    write(folder, "days/05.md", day(5, "2026-11-05 20:00", "Volver a escribir"))
    write(folder, "homework/01.md", "Day: 1\nTitle: Escribe tres nombres\n\nTres personas.\n")
    write(folder, "homework/02.md", "Day: 2\nTitle: Llama a alguien\n\nUna llamada.\n")
    write(
        folder,
        "posts/ensayo.md",
        "Title: Un ensayo\nDate: 2026-11-06 10:00\nTags: práctica\n"
        "Summary: Un ensayo breve.\n\nTexto del ensayo.\n",
    )
    write(folder, "pages/acerca.md", "Title: Acerca de\n\nQuién escribe.\n")
    return folder


@pytest.fixture(scope="module")
def spanish(content, tmp_path_factory):
    result = build(content, tmp_path_factory.mktemp("es") / "output", DEFAULT_LANG="es", **ES_SITE)
    assert result.returncode == 0, result.log
    return result


class Spoken(HTMLParser):
    """What a reader sees or hears in a page: its text, spoken attributes, the scripts' words."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.skip = 0
        self.lang: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("script", "style"):
            self.skip += 1
        for name, value in attrs.items():
            if name in SPOKEN and value:
                self.texts.append(value)
            if name == "data-words":
                self.texts.extend(strings(json.loads(value)))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.texts.append(data)


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value or [] for s in strings(item)] if isinstance(value, list) else []


def html_text(html: str) -> str:
    parser = Spoken()
    parser.feed(html)
    return " ".join(parser.texts)


def english_left(texts: dict[str, str], pieces) -> list[tuple[str, str]]:
    """(file, English piece) for every piece still standing as a word in a file's text."""
    return sorted(
        (name, piece)
        for name, text in texts.items()
        for piece in pieces
        if re.search(rf"(?<![\w-]){re.escape(piece)}(?![\w-])", text)
    )


def reader_texts(output: Path) -> dict[str, str]:
    """Every file a reader gets, as the text they read in it."""
    texts = {}
    for page in output.rglob("*.html"):
        texts[page.relative_to(output).as_posix()] = html_text(page.read_text(encoding="utf-8"))
    for feed in output.rglob("*.xml"):
        if feed.name == "sitemap.xml":
            continue
        root = ElementTree.parse(feed).getroot()
        pieces = []
        for element in root.iter():
            if element.text and element.tag.rsplit("}", 1)[-1] in (
                "title",
                "description",
                "subtitle",
                "summary",
                "content",
                "encoded",
            ):
                pieces.append(html_text(element.text))
        texts[feed.relative_to(output).as_posix()] = " ".join(pieces)
    for feed in (output / "feeds").glob("*.json"):
        data = json.loads(feed.read_text(encoding="utf-8"))
        items = [html_text(i["content_html"]) + " " + i["title"] for i in data["items"]]
        texts[feed.relative_to(output).as_posix()] = " ".join(
            [data["title"], data["description"], *items]
        )
    calendar = Calendar.from_ical((output / "challenge.ics").read_bytes())
    texts["challenge.ics"] = (
        " ".join(
            str(c.get(field, "")) for c in calendar.walk() for field in ("SUMMARY", "DESCRIPTION")
        )
        + " "
        + str(calendar.get("X-WR-CALNAME"))
    )
    challenge = json.loads((output / "challenge.json").read_text(encoding="utf-8"))
    texts["challenge.json"] = " ".join(m["label"] for m in challenge["milestones"])
    # Addresses (og:url, a feed's links) are not words, nor the scripts' {placeholders}.
    return {name: _NOT_WORDS.sub(" ", text) for name, text in texts.items()}


_NOT_WORDS = re.compile(r"https?://\S+|\{\w+\}")


_PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}|<[^>]+>|%%")


def english_pieces() -> dict[str, tuple]:
    """The English text of every message Spanish says otherwise, cut at its placeholders."""
    spanish = messages(catalogue.po_path("es"))
    pieces = {}
    for key, m in messages(catalogue.po_path("en")).items():
        if re.fullmatch(r"[dMy' ]+", m.string if isinstance(m.string, str) else ""):
            continue  # a date pattern: never printed as such
        english = m.string if isinstance(m.string, tuple) else (m.string,)
        translated = spanish[key].string
        translated = translated if isinstance(translated, tuple) else (translated,)
        for form in english:
            if form in translated:
                continue  # the same in both ("%(site)s: %(tag)s")
            for piece in _PLACEHOLDER.split(form):
                piece = piece.strip(" .,:;()")
                if re.search(r"[A-Za-z]{2}", piece) and piece not in "".join(translated):
                    pieces[piece] = key
    return pieces


def test_the_spanish_site_has_no_english_word_of_the_theme(spanish):
    pieces = english_pieces()
    assert len(pieces) > 100
    texts = reader_texts(spanish.output)
    kinds = {"index.html", "page/2/index.html", "day/1/index.html", "day/2/index.html"}
    kinds |= {"posts/2026/un-ensayo/index.html", "acerca-de/index.html", "challenge/index.html"}
    kinds |= {"homework/index.html", "tags/index.html", "tag/practica/index.html"}
    kinds |= {"tag/practica/page/2/index.html", "archives/index.html", "search/index.html"}
    kinds |= {"404.html", "feeds/all.rss.xml", "feeds/homework.atom.xml", "feeds/all.json"}
    kinds |= {"feeds/tag/cafe.rss.xml", "challenge.ics", "challenge.json"}
    assert kinds <= set(texts)
    assert english_left(texts, pieces) == []


def test_the_spanish_site_says_so_and_dates_in_spanish(spanish):
    for page in spanish.output.rglob("*.html"):
        assert '<html lang="es">' in page.read_text(encoding="utf-8"), page
    day2 = spanish.page("/day/2/")
    assert "4 de noviembre de 2026" in day2
    assert "Publicado con retraso: es la entrada del día 2 (2 de noviembre)" in day2
    assert "Día 2 de 30" in day2
    challenge = spanish.page("/challenge/")
    assert '<span class="month-name">Noviembre de 2026</span>' in challenge
    assert "Día 3, 3 de noviembre: perdido" in challenge
    assert "<span>lun</span>" in challenge
    assert "Cuaderno de tareas" in spanish.page("/homework/")
    rss = (spanish.output / "feeds/homework.rss.xml").read_text(encoding="utf-8")
    assert "<language>es</language>" in rss
    assert "Tarea del día 1: Escribe tres nombres" in rss
    assert 'content="Conecta 365: Día 1 de 30, Empezar con calma"' in spanish.page("/day/1/")


def test_one_process_builds_in_spanish_then_in_english(spanish, content, tmp_path):
    english = build(content, tmp_path / "en", **ES_SITE)
    assert english.returncode == 0, english.log
    home = english.page("/")
    assert '<html lang="en">' in home and "Skip to content" in home
    assert "Saltar" not in home and "Day 1" in english.page("/day/1/")


# The challenge's own nouns.

PROMPTS = {"homework": "Prompt", "homework_plural": "Prompts", "workbook": "Prompt book"}


def test_challenge_words_rename_the_homework_everywhere(content, tmp_path):
    challenge = {**ES_SITE["CHALLENGE"], "words": PROMPTS}
    result = build(content, tmp_path / "out", **{**ES_SITE, "CHALLENGE": challenge})
    assert result.returncode == 0, result.log
    texts = reader_texts(result.output)
    shown = [name for name, text in texts.items() if re.search(r"homework", text, re.I)]
    assert shown == []
    workbook = result.page("/homework/")
    assert "<h1>Prompt book</h1>" in workbook and "Every prompt of" in workbook
    assert ">Prompts</a></li>" in result.page("/")  # the menu
    assert '<span class="homework-kicker">Prompt:</span>' in result.page("/day/1/")
    assert "Day 1 prompt: Escribe tres nombres" in texts["feeds/homework.rss.xml"]
    assert "Prompt: Escribe tres nombres" in texts["challenge.ics"]
    assert (result.output / "homework/index.html").is_file()  # URLs stay
    assert (result.output / "feeds/homework.rss.xml").is_file()


@pytest.mark.parametrize(
    ("override", "message"),
    [
        (
            {"CHALLENGE": {**ES_SITE["CHALLENGE"], "words": {"homewrk": "Prompt"}}},
            "CHALLENGE: words: 'homewrk' is not a word the site shows; use homework,",
        ),
        (
            {"CHALLENGE": {**ES_SITE["CHALLENGE"], "words": {"homework": ""}}},
            "CHALLENGE: words: homework: must be a non-empty string, not ''",
        ),
        (
            {"CHALLENGE": {**ES_SITE["CHALLENGE"], "words": ["Prompt"]}},
            "CHALLENGE: words: must be a dict",
        ),
        (
            {"SHARE_TARGETS": ["linkedin", "myspace"]},
            "SHARE_TARGETS: 'myspace' is not a share target; use linkedin, email, mastodon, bluesky",
        ),
        ({"DEFAULT_LANG": "fr"}, "DEFAULT_LANG: no catalogue for 'fr'; use one of en, es"),
    ],
)
def test_wrong_words_settings_stop_the_build_named(content, tmp_path, override, message):
    result = build(content, tmp_path / "out", **{**ES_SITE, **override})
    assert result.returncode == 1
    assert message in result.log


# Share targets.


def test_share_targets_choose_the_links_in_their_order(content, tmp_path):
    result = build(
        content, tmp_path / "out", **{**ES_SITE, "SHARE_TARGETS": ["mastodon", "bluesky", "email"]}
    )
    assert result.returncode == 0, result.log
    share = result.page("/day/1/").split('<section class="share"')[1].split("</section>")[0]
    links = re.findall(r'<li><a href="([^"]+)"[^>]*>([^<]+)</a></li>', share)
    assert [name for _, name in links] == ["Mastodon", "Bluesky", "Email"]
    assert links[0][0].startswith("https://mastodon.social/share?text=Day%201%3A%20Empezar")
    assert links[1][0].startswith("https://bsky.app/intent/compose?text=Day%201%3A")
    assert links[2][0].startswith("mailto:?subject=")
    assert "linkedin" not in share


def test_a_builds_words_survive_pelicans_content_cache():
    """The content cache pickles the settings, and with them the build's Words."""
    import pickle

    from connect365.settings import load

    settings = load(str(REPO / "pelicanconf.py"), extra=['DEFAULT_LANG="es"'])
    again = pickle.loads(pickle.dumps(settings["SITE_WORDS"]))
    assert again.lang == "es"
    assert again.gettext("Archives") == settings["SITE_WORDS"].gettext("Archives") != "Archives"
    assert again.nouns == settings["SITE_WORDS"].nouns


# The challenge's rules (#27) in Spanish: rest days, grace and two rounds, the second
# without a label ("Ronda 2"), seen on 20 November 2026, in the second round.
ES_ROUNDS = [
    {
        "slug": "ronda-1",
        "label": "Año 1",
        "name": "Diez días de contactos",
        "length": 10,
        "start": "2026-11-02",
        "rest": ["sunday", "2026-11-11"],
        "grace": 1,
    },
    {
        "slug": "ronda-2",
        "name": "Otros diez días",
        "length": 10,
        "start": "2026-11-16",
        "rest": ["sunday"],
        "grace": 1,
    },
]
# English words of the rules' own, which a Spanish page must not keep.
RULES_ENGLISH = ("rest", "Round", "forgiven", "Consistency", "every Sunday", "on time", "Year")


@pytest.fixture(scope="module")
def spanish_rounds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rondas")
    # Round 1: Day 3 (4 November) missed and forgiven; the Sunday and 11 November rest.
    first = {1: "02", 2: "03", 4: "05", 5: "06", 6: "07", 7: "09", 8: "10", 9: "12", 10: "13"}
    for n, date in first.items():
        write(folder, f"days/{n:02}.md", day(n, f"2026-11-{date} 20:00", f"Primera {n}"))
    for n, date in {1: "16", 2: "17", 4: "20"}.items():
        write(folder, f"days/ronda-2/{n:02}.md", day(n, f"2026-11-{date} 09:00", f"Segunda {n}"))
    write(folder, "homework/01.md", "Day: 1\nTitle: Escribe tres nombres\n\nTres personas.\n")
    write(folder, "homework/ronda-2/01.md", "Day: 1\nTitle: Otra lista\n\nOtras tres.\n")
    site = {k: v for k, v in ES_SITE.items() if k != "CHALLENGE"}
    result = build(
        folder,
        tmp_path_factory.mktemp("es-rondas") / "output",
        epoch="1795197600",
        DEFAULT_LANG="es",
        CHALLENGE=None,
        CHALLENGES=ES_ROUNDS,
        **site,
    )
    assert result.returncode == 0, result.log
    return result


def test_a_spanish_site_with_rest_days_grace_and_rounds_has_no_english_word(spanish_rounds):
    texts = reader_texts(spanish_rounds.output)
    kinds = {"index.html", "challenge/index.html", "challenge/ronda-1/index.html"}
    kinds |= {"challenge/ronda-2/index.html", "day/4/index.html"}
    kinds |= {"ronda-2/day/1/index.html", "homework/index.html", "feeds/homework.atom.xml"}
    kinds |= {"challenge.ics", "challenge.json"}
    assert kinds <= set(texts)
    pieces = {**english_pieces(), **{w: w for w in RULES_ENGLISH}}
    assert english_left(texts, pieces) == []
    first = texts["challenge/ronda-1/index.html"]
    assert "Días de descanso, sin nada pendiente: cada domingo y 11 de noviembre de 2026." in first
    assert "Una racha aguanta 1 día perdido seguido." in first
    assert "9 días, 1 día perdido perdonado" in first  # Days 1 to 10, Day 3 forgiven
    assert "domingo 8 de noviembre: día de descanso, nada pendiente" in first
    assert "Constancia (de 10 días previstos)" in first
    second = texts["ronda-2/day/1/index.html"]
    assert "Ronda 2 · Día 1 de 10" in second
    assert "Todos los días de Ronda 2" in second
    assert "Ronda 2: Otros diez días" in texts["challenge/index.html"]
    assert "Ronda 2 · Tarea del día 1: Otra lista" in texts["feeds/homework.atom.xml"]


def test_reading_aids_speak_spanish(spanish):
    page = html_text(spanish.page("/day/1/"))
    assert "1 min de lectura" in page and "Volver arriba" in page


def test_archives_speak_spanish(spanish):
    html = spanish.page("/archives/")
    assert re.search(
        r'<h2 id="month-2026-11">Noviembre de 2026 <span class="count">\(5\)</span>', html
    )
    assert ">6 nov</time>" in html
