"""A generator's Markdown, made into plain Markdown: template tags the site cannot run are replaced or left out.

- Liquid (Jekyll): `{% highlight lang %}...{% endhighlight %}` becomes a
  fenced block, `{% raw %}` goes, `{% post_url name %}` a `{filename}` link
  to that post; other `{% %}` and `{{ }}` tags are left out, counted.
- Hugo: `{{< youtube ID >}}` and `{{< vimeo ID >}}` become links,
  `{{< figure src=... caption=... >}}` an image, `{{< ref "x.md" >}}` a
  `{filename}` link; other shortcodes are left out, counted.
- Fenced code is left as it is.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
HIGHLIGHT = re.compile(
    r"\{%-?\s*highlight\s+(\w+)[^%]*-?%\}\n?(.*?)\{%-?\s*endhighlight\s*-?%\}", re.DOTALL
)
POST_URL = re.compile(r"\{%-?\s*post_url\s+([\w./-]+)\s*-?%\}")
RAW = re.compile(r"\{%-?\s*(?:raw|endraw)\s*-?%\}")
LIQUID = re.compile(r"\{%.*?%\}|\{\{(?![<%]).*?\}\}", re.DOTALL)
VIDEO = re.compile(r"\{\{[<%]\s*(youtube|vimeo)\s+(?:id=)?[\"']?([\w-]+)[\"']?\s*[>%]\}\}")
FIGURE = re.compile(r"\{\{[<%]\s*figure\s+([^>%]*)[>%]\}\}")
REF = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+[\"']?([^\"'>%\s]+)[\"']?\s*[>%]\}\}")
SHORTCODE = re.compile(r"\{\{[<%]\s*/?\s*([\w-]+)[^}]*[>%]\}\}")
VIDEO_URL = {"youtube": "https://www.youtube.com/watch?v={}", "vimeo": "https://vimeo.com/{}"}


def _attribute(text: str, name: str) -> str:
    found = re.search(rf"\b{name}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))", text)
    return next((g for g in found.groups() if g is not None), "") if found else ""


def generator_markdown(markdown: str, dropped: list[str]) -> str:
    """The post's Markdown with its generator's template tags made Markdown or left out."""
    markdown = HIGHLIGHT.sub(lambda m: f"```{m[1]}\n{m[2].rstrip()}\n```", markdown)
    out, last = [], 0
    for fence in FENCE.finditer(markdown):
        out += [_tags(markdown[last : fence.start()], dropped), fence[0]]
        last = fence.end()
    out.append(_tags(markdown[last:], dropped))
    return "".join(out)


def _tags(text: str, dropped: list[str]) -> str:
    text = POST_URL.sub(lambda m: "{filename}/_posts/" + m[1] + ".md", text)
    text = RAW.sub("", text)
    text = VIDEO.sub(
        lambda m: f"[Watch: {VIDEO_URL[m[1]].format(m[2])}]({VIDEO_URL[m[1]].format(m[2])})", text
    )

    def figure(found: re.Match) -> str:
        src, caption = _attribute(found[1], "src"), _attribute(found[1], "caption")
        return f"![{caption or _attribute(found[1], 'alt')}]({src})" if src else ""

    text = FIGURE.sub(figure, text)
    text = REF.sub(lambda m: "{filename}" + m[1], text)

    def drop(found: re.Match) -> str:
        name = found[1] if found.re is SHORTCODE else "template tag"
        dropped.append(f"shortcode {{{{< {name} >}}}}" if found.re is SHORTCODE else "template tag")
        return ""

    text = SHORTCODE.sub(drop, text)
    return LIQUID.sub(drop, text)
