#!/usr/bin/env bash
# Type check (mypy, configured in pyproject.toml [tool.mypy]): strict for localplan/ outside ui/,
# the default level in ui/; the modules not yet clean are listed there one by one.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
exec "$PY" -m mypy localplan
