"""Exports read plan data and the specs; heavy libraries are imported inside each function."""
