"""Authoring commands: `make new-day`, `make devserver` (see README, "Adding a day")."""
