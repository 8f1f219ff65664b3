from .pagefind_index import register

__all__ = ["register"]
