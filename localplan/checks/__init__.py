"""The plan checker and the mainstreaming self-assessment (no Qt)."""
