"""Autoevaluación: the user's answers to the mainstreaming checklist.

A criterion without a row here is answered automatically from the plan's data where the
data can answer it (localplan.checks.assessment); a row is the user's answer or override.
"""

from localplan.forms.spec import Field, FieldType, Section
from localplan.i18n import T

F = FieldType

SELF_ASSESSMENT = Section(
    id="self_assessment", step="assessment", since=2, row_name=T("answer", "respuesta"),
    title=T("Self-assessment answers", "Respuestas de la autoevaluación"), label_field="criterion",
    help=T("Answer each criterion with evidence; an answer here overrides the automatic one.",
           "Responda cada criterio con evidencia; una respuesta aquí reemplaza a la automática."),
    fields=(
        Field("criterion", T("Criterion", "Criterio"), F.CHOICE, choices="assessment_criteria", required=True, width=40),
        Field("answer", T("Answer", "Respuesta"), F.CHOICE, choices="assessment_answers", required=True, width=12),
        Field("evidence", T("Evidence", "Evidencia"), F.LONGTEXT, width=30),
        Field("note", T("Note", "Nota"), F.LONGTEXT, width=24,
              help=T("Why you override the automatic answer.", "Por qué reemplaza la respuesta automática.")),
    ),
)
