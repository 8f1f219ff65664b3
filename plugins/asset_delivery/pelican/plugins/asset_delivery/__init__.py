from .asset_delivery import asset_url, register
from .fingerprint import fingerprinted_name
from .precompress import COMPRESSIBLE, precompress

__all__ = ["COMPRESSIBLE", "asset_url", "fingerprinted_name", "precompress", "register"]
