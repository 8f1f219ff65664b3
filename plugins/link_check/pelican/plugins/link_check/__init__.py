from .link_check import register
from .links import Site, broken_links

__all__ = ["Site", "broken_links", "register"]
