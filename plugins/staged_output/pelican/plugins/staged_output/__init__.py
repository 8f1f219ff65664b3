from .staged_output import BuildFailed, register

__all__ = ["BuildFailed", "register"]
