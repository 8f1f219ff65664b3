"""Who writes: AUTHORS, a profile per author for the box under their posts. No Pelican.

    AUTHORS = {"Maya Okafor": {"bio": "...", "photo": "images/maya.jpg",
                               "links": [{"name": "Website", "url": "https://..."}]}}

Every field is optional; a post by an author without a profile shows no box
when AUTHORS is empty, and the name with its initials when it is set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

BIO_LENGTH = 280  # two lines under a post


@dataclass(frozen=True)
class AuthorProfile:
    name: str
    bio: str = ""
    photo: str = ""  # a path in the site (images/maya.jpg) or an https address
    links: tuple[tuple[str, str], ...] = ()  # (name, url)

    @property
    def initials(self) -> str:
        """Up to two initials for the round badge when there is no photo: "MO"."""
        words = [w for w in self.name.replace("-", " ").split() if w[:1].isalnum()]
        letters = [w[0] for w in words[:1] + words[1:][-1:]]
        return "".join(letters).upper()


def _url_ok(url: object) -> bool:
    return isinstance(url, str) and url.strip() == url and url.startswith(("https://", "http://"))


def check_authors(raw: object) -> list[str]:
    """`AUTHORS: name: field: what is wrong` for every problem."""
    if not isinstance(raw, Mapping):
        return [f"AUTHORS: must be a dict of author name to profile, not {raw!r}"]
    wrong = []
    for name, profile in raw.items():
        where = f"AUTHORS: {name!r}"
        if not isinstance(name, str) or not name.strip():
            wrong.append(f"AUTHORS: {name!r}: the author's name must be a non-empty string")
            continue
        if not isinstance(profile, Mapping):
            wrong.append(f"{where}: must be a dict with 'bio', 'photo', 'links', not {profile!r}")
            continue
        unknown = sorted(set(profile) - {"bio", "photo", "links"})
        if unknown:
            wrong.append(f"{where}: unknown fields {unknown} (the fields are bio, photo and links)")
        bio = profile.get("bio", "")
        if not isinstance(bio, str):
            wrong.append(f"{where}: bio: must be a text, not {bio!r}")
        elif len(bio) > BIO_LENGTH:
            wrong.append(f"{where}: bio: must be at most {BIO_LENGTH} characters, not {len(bio)}")
        photo = profile.get("photo", "")
        if not isinstance(photo, str) or photo.startswith(("//", "http://", "/")):
            wrong.append(
                f"{where}: photo: must be a path in the site such as 'images/maya.jpg' "
                f"or an https address, not {photo!r}"
            )
        links = profile.get("links", [])
        if not isinstance(links, (list, tuple)):
            wrong.append(f"{where}: links: must be a list of {{'name': ..., 'url': ...}}")
            continue
        for number, link in enumerate(links, 1):
            if not (
                isinstance(link, Mapping)
                and isinstance(link.get("name"), str)
                and link["name"].strip()
                and _url_ok(link.get("url"))
            ):
                wrong.append(
                    f"{where}: links[{number}]: must be {{'name': 'Website', "
                    f"'url': 'https://...'}}, not {link!r}"
                )
    return wrong


def profiles(raw: Mapping) -> dict[str, AuthorProfile]:
    """AUTHORS (already checked) as profiles by name."""
    return {
        name: AuthorProfile(
            name=name,
            bio=" ".join(profile.get("bio", "").split()),
            photo=profile.get("photo", ""),
            links=tuple((link["name"].strip(), link["url"]) for link in profile.get("links", [])),
        )
        for name, profile in raw.items()
    }


def profiles_of(names: list[str], known: Mapping[str, AuthorProfile]) -> list[AuthorProfile]:
    """The box of each author of a post: none without AUTHORS, else a profile or a plain name."""
    if not known:
        return []
    return [known.get(name) or AuthorProfile(name) for name in names]
