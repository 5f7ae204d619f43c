"""The plan file: a SQLite database of our own (application_id + user_version)."""
