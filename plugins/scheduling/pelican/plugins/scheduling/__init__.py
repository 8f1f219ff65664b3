from .scheduling import register, settings_now, site_now

__all__ = ["register", "settings_now", "site_now"]
