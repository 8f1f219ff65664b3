"""Content checking: every rule, for the build and `make check`."""
