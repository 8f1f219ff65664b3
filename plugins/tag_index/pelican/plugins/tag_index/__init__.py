from .model import TagSummary, TagUse, Variant, canonical_spellings, tag_index, variant_spellings
from .tags import register

__all__ = [
    "TagSummary",
    "TagUse",
    "Variant",
    "canonical_spellings",
    "register",
    "tag_index",
    "variant_spellings",
]
