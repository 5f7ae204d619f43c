"""Declarative form specs: what each section of the plan holds."""

from localplan.forms.registry import SECTIONS, STEPS, section, sections_of_step, step
from localplan.forms.spec import Field, FieldType, Section, SectionKind, Step

__all__ = ["SECTIONS", "STEPS", "Field", "FieldType", "Section", "SectionKind", "Step", "section", "sections_of_step", "step"]
