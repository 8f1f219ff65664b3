"""Math as GitHub writes it, rendered at build time to MathML: no script, nothing
loaded from elsewhere, and every browser shows it.

`$x^2$` inline, `$$...$$` on lines of its own, and a fenced block whose
language is `math`. As on GitHub, a `$` next to a space or a digit on the
inside does not open math, so prices ("$5 and $10") stay text. LaTeX that
latex2mathml cannot read is shown as the code it is.
"""

from __future__ import annotations

from html import escape

from latex2mathml.converter import convert
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin


def mathml(latex: str, block: bool) -> str:
    """MathML for `latex`, or the LaTeX as code when it is not valid."""
    try:
        return convert(latex.strip(), display="block" if block else "inline")
    except Exception:  # latex2mathml raises many kinds; the author's text stays visible
        code = f"<code>{escape(latex)}</code>"
        return f"<pre>{code}</pre>" if block else code


def math_plugin(md: MarkdownIt) -> None:
    dollarmath_plugin(
        md,
        allow_labels=False,
        allow_space=False,
        allow_digits=False,
        allow_blank_lines=False,
        renderer=lambda latex, options: mathml(latex, options["display_mode"]),
    )
