from .text_titles import TitlesAsText, plain_text, plain_text_filter, register, with_text_titles

__all__ = ["TitlesAsText", "plain_text", "plain_text_filter", "register", "with_text_titles"]
