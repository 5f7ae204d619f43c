"""Imports validate everything against the specs before anything is written."""
