"""Plain-Python core: the plan object, plan data, completeness (no Qt)."""
