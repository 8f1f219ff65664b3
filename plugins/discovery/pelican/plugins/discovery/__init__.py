from .discovery import absolute_url, register, set_defaults, site_address

__all__ = ["absolute_url", "register", "set_defaults", "site_address"]
