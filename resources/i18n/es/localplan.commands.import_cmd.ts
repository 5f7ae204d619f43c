<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>create or fill a plan from a file</source>
        <translation>crea o completa un plan desde un archivo</translation>
    </message>
    <message>
        <source>Create a plan from a JSON interchange file, or import a workbook into a plan.</source>
        <translation>Crea un plan desde un archivo de intercambio JSON, o importa un libro de Excel a un plan.</translation>
    </message>
    <message>
        <source>a .json interchange file or an .xlsx workbook</source>
        <translation>un archivo de intercambio .json o un libro .xlsx</translation>
    </message>
    <message>
        <source>the plan file to create from a JSON file</source>
        <translation>el archivo de plan que se creará desde un JSON</translation>
    </message>
    <message>
        <source>the existing plan a workbook is imported into</source>
        <translation>el plan existente al que se importa el libro</translation>
    </message>
    <message>
        <source>replace the output file if it exists</source>
        <translation>reemplaza el archivo de salida si existe</translation>
    </message>
    <message>
        <source>accept the valid rows of a workbook without asking</source>
        <translation>acepta las filas válidas del libro sin preguntar</translation>
    </message>
    <message>
        <source>add the rows of a workbook from another plan as new rows (its GAD profile is left out)</source>
        <translation>añadir las filas de un libro de otro plan como filas nuevas (se omite su perfil del GAD)</translation>
    </message>
    <message>
        <source>Say which plan file to create with -o PLAN.lplan.</source>
        <translation>Indique qué archivo de plan crear con -o PLAN.lplan.</translation>
    </message>
    <message>
        <source>“{name}” is the file being imported; choose another name for the plan.</source>
        <translation>«{name}» es el archivo que se importa; elija otro nombre para el plan.</translation>
    </message>
    <message>
        <source>Created {path} from {source}.</source>
        <translation>Se creó {path} a partir de {source}.</translation>
    </message>
</context>
</TS>
