from .scheduling import register

__all__ = ["register"]
