from .scheduling import register, site_now

__all__ = ["register", "site_now"]
