from .staged_output import register

__all__ = ["register"]
