from .github_markdown import GitHubMarkdownReader, register, source_relative
from .header import header_fields, split_header
from .render import github_slug, markdown_renderer, style_sheet

__all__ = [
    "GitHubMarkdownReader",
    "github_slug",
    "header_fields",
    "markdown_renderer",
    "register",
    "source_relative",
    "split_header",
    "style_sheet",
]
