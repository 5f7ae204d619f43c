<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>“{name}” is too large ({size} MB) to be a plan; at most {limit} MB.</source>
        <translation>«{name}» es demasiado grande ({size} MB) para ser un plan; máximo {limit} MB.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file in UTF-8: it is not a LocalPlan JSON file.</source>
        <translation>«{name}» no es un archivo de texto UTF-8: no es un archivo JSON de LocalPlan.</translation>
    </message>
    <message>
        <source>“{name}” holds far more data than any plan ({count} items; at most {limit}); nothing was imported.</source>
        <translation>«{name}» contiene muchos más datos que cualquier plan ({count} elementos; como máximo {limit}); no se importó nada.</translation>
    </message>
    <message>
        <source>“{name}” is nested too deeply to be a LocalPlan file.</source>
        <translation>«{name}» tiene un anidamiento demasiado profundo para ser un archivo de LocalPlan.</translation>
    </message>
    <message>
        <source>“{name}” is not valid JSON (line {line}).</source>
        <translation>«{name}» no es un JSON válido (línea {line}).</translation>
    </message>
    <message>
        <source>“{name}” is nested too deeply to be a LocalPlan file (more than {limit} levels).</source>
        <translation>«{name}» está anidado a demasiada profundidad para ser un archivo de LocalPlan (más de {limit} niveles).</translation>
    </message>
    <message>
        <source>“{name}” is not a LocalPlan plan document (format “{format}” expected).</source>
        <translation>«{name}» no es un documento de plan de LocalPlan (se esperaba el formato «{format}»).</translation>
    </message>
    <message>
        <source>“{name}” has no valid format version.</source>
        <translation>«{name}» no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>“{name}” was written by a newer LocalPlan (format {version}); update LocalPlan to read it.</source>
        <translation>«{name}» fue escrito por un LocalPlan más reciente (formato {version}); actualice LocalPlan para leerlo.</translation>
    </message>
    <message>
        <source>“{name}” has no “sections” object.</source>
        <translation>«{name}» no tiene el objeto «sections».</translation>
    </message>
    <message>
        <source>Unknown section “{key}”.</source>
        <translation>Sección desconocida «{key}».</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Se esperaba un objeto.</translation>
    </message>
    <message>
        <source>Expected a list of rows.</source>
        <translation>Se esperaba una lista de filas.</translation>
    </message>
    <message>
        <source>Too many rows ({count}; at most {limit}).</source>
        <translation>Demasiadas filas ({count}; máximo {limit}).</translation>
    </message>
    <message>
        <source>Each row needs a positive whole-number “id”.</source>
        <translation>Cada fila necesita un «id» entero positivo.</translation>
    </message>
    <message>
        <source>The id {id} is used twice.</source>
        <translation>El id {id} se usa dos veces.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Campo desconocido «{key}».</translation>
    </message>
    <message>
        <source>“{name}” has {count} problem(s); nothing was imported.</source>
        <translation>«{name}» tiene {count} problema(s); no se importó nada.</translation>
    </message>
    <message>
        <source>“{name}” does not say which GAD the plan belongs to (sections › gad › gad_code).</source>
        <translation>«{name}» no indica a qué GAD pertenece el plan (sections › gad › gad_code).</translation>
    </message>
</context>
</TS>
