"""Bundled reference data (DPA, GCM, SDGs, PND, mobility categories, choice lists)."""

from localplan.reference.loader import Choice, Unit, choice_label, choice_list, dpa, list_ids

__all__ = ["Choice", "Unit", "choice_list", "choice_label", "dpa", "list_ids"]
