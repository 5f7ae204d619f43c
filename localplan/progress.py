"""The progress callback every long job takes: `progress(done, total, message)`.

Exporters, imports and the roll-up call it; the window shows it (and may stop the job by
raising from it), the command line ignores it. It lives beneath all of them so that no
layer imports another only for a type.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The callback of a job nobody watches."""
    return None
