"""Combining copies of one plan made apart (team work without a network).

identity and history live in the store (store/identity.py, store/history.py); here:
state (a copy as seen by the combining), engine (three-way classification and the result),
ops and apply (one undoable command), session (open, compare, apply), report (plain
language and the JSON report). The design and its reasons: docs/TEAMWORK.md.
"""
