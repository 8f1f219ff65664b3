"""Sharing and following: social cards, share links, the challenge as a calendar."""
