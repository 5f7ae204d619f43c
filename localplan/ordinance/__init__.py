"""The human-mobility ordinance: libraries, templates, numbering, approval, checks, versions, exports (no Qt)."""
