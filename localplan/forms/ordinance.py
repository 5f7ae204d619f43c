"""Ordenanza: the GAD's legislative act on human mobility, from template to publication.

Numbering is never stored: articles, considerandos and dispositions are numbered from the
plan's row order (`plan.move_row`), and an article cites another as ``{{art:ID}}`` (the
row id), rendered to the current number (localplan.ordinance.numbering).
"""

from localplan.forms.spec import Field, FieldType, Section, SectionKind
from localplan.i18n import T

F = FieldType
BIG = 2_000_000  # a frozen version holds the whole ordinance as JSON

ORDINANCE = Section(
    id="ordinance", step="ordinance", since=3, kind=SectionKind.SINGLE,
    title=T("Ordinance — heading and motives", "Ordenanza — encabezado y motivos"),
    help=T("The ordinance's title, its single subject and the explanatory statement. The heading, the "
           "legislative body and the enacting formula come from the GAD profile unless you write your own.",
           "El título de la ordenanza, su materia única y la exposición de motivos. El encabezado, el órgano "
           "legislativo y la fórmula de expedición salen del perfil del GAD salvo que escriba los suyos."),
    fields=(
        Field("template", T("Template", "Plantilla"), F.CHOICE, choices="ordinance_templates", width=24,
              help=T("The template the draft started from.", "La plantilla de la que partió el borrador.")),
        Field("title", T("Title", "Título"), required=True, max_length=500, width=50,
              placeholder=T("e.g. Ordinance for the comprehensive protection of …", "p. ej. Ordenanza para la protección integral de …")),
        Field("subject", T("Single subject", "Materia única"), required=True, max_length=300, width=40,
              help=T("COOTAD art. 322: an ordinance deals with one subject only. Say it in one line.",
                     "COOTAD, art. 322: cada ordenanza trata una sola materia. Dígala en una línea.")),
        Field("motives_situation", T("Motives: the local situation", "Motivos: la situación local"), F.LONGTEXT,
              in_table=False, help=T("Who is in human mobility in the territory, with figures, year and source (from the diagnosis).",
                                     "Quiénes están en movilidad humana en el territorio, con cifras, año y fuente (del diagnóstico).")),
        Field("motives_problem", T("Motives: the problem", "Motivos: el problema"), F.LONGTEXT, in_table=False,
              help=T("What goes wrong today and why a local norm is needed.",
                     "Qué falla hoy y por qué hace falta una norma local.")),
        Field("motives_purpose", T("Motives: the purpose", "Motivos: el propósito"), F.LONGTEXT, in_table=False,
              help=T("What the ordinance will change and how it links to the PDOT.",
                     "Qué cambiará la ordenanza y cómo se vincula con el PDOT.")),
        Field("motives_text", T("Motives: further text", "Motivos: texto adicional"), F.LONGTEXT, in_table=False,
              help=T("Anything else the explanatory statement should say.", "Todo lo demás que deba decir la exposición de motivos.")),
        Field("issuing_body", T("Legislative body (heading)", "Órgano legislativo (encabezado)"), max_length=300, width=30,
              help=T("Leave empty to use the body of the GAD's level (e.g. “El Concejo Municipal del cantón …”).",
                     "Déjelo vacío para usar el órgano del nivel del GAD (p. ej. «El Concejo Municipal del cantón …»).")),
        Field("enacting_formula", T("Enacting formula", "Fórmula de expedición"), F.LONGTEXT, in_table=False,
              help=T("Leave empty to cite the powers of the GAD's level (editable reference data).",
                     "Déjela vacía para citar las atribuciones del nivel del GAD (datos de referencia editables).")),
        Field("place", T("Place of issue", "Lugar de expedición"), width=20,
              help=T("The city where the act is signed; the GAD's territory when empty.",
                     "La ciudad donde se firma el acto; el territorio del GAD si queda vacío.")),
        Field("secretary", T("Secretary", "Secretario/a"), width=30,
              help=T("Who certifies the debates (the body's secretary).", "Quien certifica los debates (secretario/a del órgano).")),
        Field("executive_form", T("Executive's title", "Título de la autoridad ejecutiva"), F.CHOICE, choices="title_forms",
              width=14, since=4,
              help=T("How the signature block names the office holder: Alcalde or Alcaldesa, Prefecto or Prefecta, "
                     "Presidente or Presidenta.",
                     "Cómo nombra el bloque de firmas a quien ejerce el cargo: Alcalde o Alcaldesa, Prefecto o Prefecta, "
                     "Presidente o Presidenta.")),
        Field("secretary_form", T("Secretary's title", "Título de quien ejerce la secretaría"), F.CHOICE,
              choices="title_forms", width=14, since=4,
              help=T("Secretario or Secretaria in the signature blocks and certificates.",
                     "Secretario o Secretaria en los bloques de firmas y los certificados.")),
        Field("repeals", T("Norms repealed or amended", "Normas que se derogan o reforman"), F.LONGTEXT, in_table=False,
              since=4,
              help=T("COOTAD art. 322: name each ordinance or resolution this act repeals or amends (number, title, "
                     "date). The repealing disposition prints this text.",
                     "COOTAD, art. 322: nombre cada ordenanza o resolución que este acto deroga o reforma (número, "
                     "título, fecha). La disposición derogatoria imprime este texto.")),
    ),
)

RECITALS = Section(
    id="ordinance_recitals", step="ordinance", since=3, row_name=T("recital", "considerando"),
    title=T("Recitals (considerandos)", "Considerandos"), label_field="reference",
    help=T("Each recital states a legal basis: pick it from the library or write your own with its source.",
           "Cada considerando expresa una base legal: elíjala de la biblioteca o escriba la suya con su fuente."),
    fields=(
        Field("basis", T("Library basis", "Base de la biblioteca"), F.CHOICE, choices="ordinance_bases", width=22,
              help=T("Empty for a recital of your own.", "Vacío para un considerando propio.")),
        Field("reference", T("Source (article)", "Fuente (artículo)"), required=True, max_length=300, width=30,
              placeholder=T("e.g. Constitution, art. 40", "p. ej. Constitución, art. 40")),
        Field("text", T("Text", "Texto"), F.LONGTEXT, required=True, width=60,
              help=T("Written after “Whereas,” (“Que,”).", "Se escribe después de «Que,».")),
    ),
)

ARTICLES = Section(
    id="ordinance_articles", step="ordinance", since=3, row_name=T("article", "artículo"),
    title=T("Articles", "Articulado"), label_field="heading",
    help=T("Titles, chapters and articles in reading order. Numbers follow the order; cite another article "
           "as {{art:ID}} and the number stays right when articles move.",
           "Títulos, capítulos y artículos en orden de lectura. Los números siguen el orden; cite otro artículo "
           "como {{art:ID}} y el número se mantiene correcto al mover artículos."),
    fields=(
        Field("kind", T("Kind", "Tipo"), F.CHOICE, choices="ordinance_article_kinds", required=True, width=10),
        Field("heading", T("Heading", "Epígrafe"), max_length=300, width=30,
              help=T("The name of the title or chapter, or the article's heading (e.g. “Object”).",
                     "El nombre del título o capítulo, o el epígrafe del artículo (p. ej. «Objeto»).")),
        Field("text", T("Text", "Texto"), F.LONGTEXT, width=60),
        Field("clause", T("Library clause", "Cláusula de la biblioteca"), F.CHOICE, choices="ordinance_clauses", width=18),
        Field("competence", T("Competence", "Competencia"), F.CHOICE, choices="competence_modes", width=16, since=4,
              help=T("Whose competence the article relies on. An article outside the level's competences is accepted "
                     "when marked “by agreement” (convenio) with the competent level.",
                     "De quién es la competencia en que se apoya el artículo. Un artículo fuera de las competencias del "
                     "nivel se acepta si se marca «por convenio» con el nivel competente.")),
    ),
)

DISPOSITIONS = Section(
    id="ordinance_dispositions", step="ordinance", since=3, row_name=T("disposition", "disposición"),
    title=T("Dispositions", "Disposiciones"), label_field="kind",
    help=T("General, transitional, amending or repealing, and final dispositions; numbered within their kind.",
           "Disposiciones generales, transitorias, reformatorias o derogatorias y finales; numeradas dentro de su tipo."),
    fields=(
        Field("kind", T("Kind", "Tipo"), F.CHOICE, choices="ordinance_disposition_kinds", required=True, width=14),
        Field("text", T("Text", "Texto"), F.LONGTEXT, required=True, width=60),
    ),
)

APPROVAL = Section(
    id="ordinance_steps", step="ordinance", since=3, row_name=T("procedure step", "paso del trámite"),
    title=T("Approval (COOTAD art. 322)", "Aprobación (COOTAD, art. 322)"), label_field="step",
    help=T("Record each step of the procedure with its date; the deadlines and warnings are computed.",
           "Registre cada paso del trámite con su fecha; los plazos y las alertas se calculan."),
    fields=(
        Field("step", T("Step", "Paso"), F.CHOICE, choices="ordinance_steps", required=True, width=22),
        Field("date", T("Date", "Fecha"), F.DATE, required=True, width=10),
        Field("outcome", T("Outcome", "Resultado"), F.CHOICE, choices="ordinance_outcomes", width=14),
        Field("reference", T("Reference", "Referencia"), max_length=300, width=20,
              placeholder=T("e.g. session no. 12; Official Register edition", "p. ej. sesión n.º 12; edición del Registro Oficial")),
        Field("notes", T("Notes", "Notas"), F.LONGTEXT, in_table=False),
    ),
)

VERSIONS = Section(
    id="ordinance_versions", step="ordinance", since=3, row_name=T("version", "versión"),
    title=T("Versions", "Versiones"), label_field="name",
    help=T("Named snapshots of the ordinance (e.g. “bill for the first debate”), to compare later.",
           "Fotografías con nombre de la ordenanza (p. ej. «proyecto para primer debate»), para compararlas después."),
    fields=(
        Field("name", T("Name", "Nombre"), required=True, max_length=200, width=30),
        Field("date", T("Date", "Fecha"), F.DATE, required=True, width=10),
        Field("note", T("Note", "Nota"), max_length=500, width=30),
        Field("snapshot", T("Frozen content", "Contenido congelado"), F.LONGTEXT, in_table=False, max_length=BIG,
              help=T("The ordinance as it was, as JSON; written by the program.",
                     "La ordenanza tal como estaba, en JSON; la escribe el programa.")),
    ),
)

ORDINANCE_SECTIONS = (ORDINANCE, RECITALS, ARTICLES, DISPOSITIONS, APPROVAL, VERSIONS)
