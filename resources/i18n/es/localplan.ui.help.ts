<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>LocalPlan manual</source>
        <translation>Manual de LocalPlan</translation>
    </message>
    <message>
        <source>The manual is missing from this installation.</source>
        <translation>El manual no está en esta instalación.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Search an acronym or a word</source>
        <translation>Busque una sigla o una palabra</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Fuente legal</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation>Editar la celda seleccionada</translation>
    </message>
    <message>
        <source>Paste rows from a spreadsheet</source>
        <translation>Pegar filas desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Diálogos</translation>
    </message>
    <message>
        <source>New plan: go to the first match of the search</source>
        <translation>Plan nuevo: ir a la primera coincidencia de la búsqueda</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
</TS>
