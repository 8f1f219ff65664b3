"""Connect 365's own Pelican plugins, one folder each (see README, "Plugins")."""
