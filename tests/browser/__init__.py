"""Browser tests of the live site (a package, so its conftest does not shadow tests/conftest.py)."""
