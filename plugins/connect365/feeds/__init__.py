"""Feeds: ids that never change, items, writers, the generator."""
