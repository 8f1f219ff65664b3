"""`Words`: one build's language, the one way Python code and templates say things.

Every message is a gettext msgid in English; like Jinja's newstyle gettext
(which the templates use), a message is always %-formatted with its named
variables, so a literal percent sign is written `%%`. Dates and numbers come
from Babel in the site's locale; a date's pattern is itself a message
("d MMMM y"), so each language orders its dates its own way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date, get_day_names
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.support import NullTranslations
from markupsafe import Markup

from ..core import headline


@cache
def _locale(lang: str) -> Locale:
    """Babel's locale data, read once per language (CLDR: the same in every build)."""
    return Locale.parse(lang)


def lower_first(text: str) -> str:
    """A label as it reads inside a sentence: "Homework" -> "homework" (but "LinkedIn", "ICS")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


@dataclass(frozen=True)
class Words:
    """The site's words in one language, and the challenge's own nouns."""

    lang: str
    translations: NullTranslations = field(default_factory=NullTranslations, repr=False)
    nouns: Mapping[str, str] = field(default_factory=dict)

    @property
    def locale(self) -> Locale:
        return _locale(self.lang)

    def __reduce__(self):
        """Pickled (Pelican's content cache keeps the settings, and gettext's plural
        function does not pickle) as its language and nouns; read back, the
        catalogue is compiled again."""
        compiled = type(self.translations) is not NullTranslations
        return (_words_again, (self.lang, dict(self.nouns), compiled))

    def gettext(self, message: str, **variables) -> str:
        return self.translations.gettext(message) % variables

    def ngettext(self, singular: str, plural: str, num: int, **variables) -> str:
        return self.translations.ngettext(singular, plural, num) % {"num": num, **variables}

    def pgettext(self, context: str, message: str, **variables) -> str:
        return self.translations.pgettext(context, message) % variables

    def date(self, value: date, pattern: str | None = None) -> str:
        """A date as the site writes it: "23 June 2026", "23 de junio de 2026"."""
        pattern = pattern or self.gettext("d MMMM y")
        return format_date(value, pattern, locale=self.locale)

    def day_and_month(self, value: date) -> str:
        return format_date(value, self.gettext("d MMMM"), locale=self.locale)

    def month(self, value: date) -> str:
        """A calendar month's heading: "November 2026", "Noviembre de 2026"."""
        text = format_date(value, self.gettext("MMMM y"), locale=self.locale)
        return text[:1].upper() + text[1:]

    def weekdays(self) -> list[str]:
        """Monday to Sunday, abbreviated: "Mon" ... "Sun", "lun" ... "dom"."""
        names = get_day_names("abbreviated", locale=self.locale)
        return [names[i] for i in range(7)]

    def weekday(self, number: int) -> str:
        """A weekday's full name, Monday 0: "Sunday", "domingo"."""
        return get_day_names("wide", locale=self.locale)[number]

    def rest_days(self, weekdays, dates) -> str:
        """A challenge's rest days in a sentence: "every Sunday and 25 December 2026"."""
        named = [
            self.gettext("every %(weekday)s", weekday=self.weekday(d)) for d in sorted(weekdays)
        ]
        named += [self.date(d) for d in sorted(dates)]
        return format_list(named, locale=self.locale)

    def number(self, value: float, pattern: str = "#,##0.#") -> str:
        return format_decimal(value, pattern, locale=self.locale)

    def percent(self, value: float) -> str:
        """A share as the site prints it: "5.8%", "5,8 %"."""
        return self.gettext("%(percent)s%%", percent=self.number(value, "0.0"))

    def days(self, num: int) -> str:
        """ "1 day", "22 days"."""
        return self.ngettext("%(num)s day", "%(num)s days", num)

    def headline(self, title: str, day: int | None = None, label: str = "") -> str:
        """ "Day 175: Networking is work" (Markup in, Markup out; core.headline);
        "Year 2 · Day 5: ..." for a day of a round with a label."""
        if not (label and day):
            return headline(title, day, self.translations.gettext("Day %(day)s: "))
        head = self.gettext("%(label)s · Day %(day)s: ", label=label, day=day)
        return Markup.escape(head) + title if isinstance(title, Markup) else head + title

    def day_name(self, day: int, label: str = "") -> str:
        """ "Day 12", or "Year 2 · Day 12" for a day of a round with a label."""
        if label:
            return self.gettext("%(label)s · Day %(day)s", label=label, day=day)
        return self.gettext("Day %(day)s", day=day)

    def day_of(self, day: int, length: int, label: str = "") -> str:
        """ "Day 21 of 365", or "Year 2 · Day 21 of 365" for a day of a round with a label."""
        if label:
            return self.gettext(
                "%(label)s · Day %(day)s of %(length)s", label=label, day=day, length=length
            )
        return self.gettext("Day %(day)s of %(length)s", day=day, length=length)

    def noun(self, key: str) -> str:
        """A challenge noun as a label ("Homework"); `noun_in_text` inside a sentence."""
        return self.nouns[key]

    def noun_in_text(self, key: str) -> str:
        return lower_first(self.nouns[key])

    def script(self, name: str, site: str = "") -> dict:
        """The words of one of the theme's scripts, for its `data-words` (scripts.py)."""
        from .scripts import script_words

        return script_words(self, name, site)

    def markup(self, message: str, **variables) -> Markup:
        """A message for HTML: the translation is trusted, every variable escaped."""
        return Markup(self.translations.gettext(message)) % variables


def _words_again(lang: str, nouns: dict[str, str], compiled: bool) -> Words:
    from .catalogue import compiled as compile_catalogue

    return Words(lang, compile_catalogue(lang) if compiled else NullTranslations(), nouns)


def site_words(lang: str, translations: NullTranslations, given: Mapping[str, str] | None):
    """This build's `Words`: the catalogue of `lang` and the challenge's nouns."""
    from .nouns import nouns

    bare = Words(lang, translations)
    return Words(lang, translations, nouns(bare, given))


# The site's words in English, the msgids themselves: what a model built outside a
# build (a test, a tool) says.
ENGLISH = site_words("en", NullTranslations(), None)
