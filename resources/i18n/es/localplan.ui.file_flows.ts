<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>“{name}” is the plan that is open: it is never replaced. Choose another name.</source>
        <translation>«{name}» es el plan que está abierto: nunca se reemplaza. Elija otro nombre.</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or program; close it there first, or choose another name.</source>
        <translation>«{name}» está abierto en otra ventana u otro programa; ciérrelo allí primero o elija otro nombre.</translation>
    </message>
    <message>
        <source>Replace plan</source>
        <translation>Reemplazar plan</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it? A backup of it is kept first in {folder}.</source>
        <translation>«{name}» ya existe. ¿Desea reemplazarlo? Antes se guarda una copia de respaldo en {folder}.</translation>
    </message>
    <message>
        <source>No backup of “{name}” could be written in {folder}, so it was not replaced.</source>
        <translation>No se pudo escribir una copia de respaldo de «{name}» en {folder}, así que no se reemplazó.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {path}.</source>
        <translation>El archivo reemplazado se guardó como {path}.</translation>
    </message>
    <message>
        <source>LocalPlan plans (*.lplan)</source>
        <translation>Planes de LocalPlan (*.lplan)</translation>
    </message>
    <message>
        <source>New plan {path}.</source>
        <translation>Plan nuevo {path}.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>A copy was saved as {path}.</source>
        <translation>Se guardó una copia como {path}.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>The plan continues as {path}; “{old}” stays as it was.</source>
        <translation>El plan continúa como {path}; «{old}» queda como estaba.</translation>
    </message>
    <message>
        <source>example-plan</source>
        <translation>plan-de-ejemplo</translation>
    </message>
    <message>
        <source>A fresh example plan was made.</source>
        <translation>Se creó un plan de ejemplo nuevo.</translation>
    </message>
    <message>
        <source>Open the example plan</source>
        <translation>Abrir el plan de ejemplo</translation>
    </message>
    <message>
        <source>The example plan was changed since it was made (in a workshop, perhaps).</source>
        <translation>El plan de ejemplo fue modificado desde que se creó (quizás en un taller).</translation>
    </message>
    <message>
        <source>Open it as it is, or start a fresh example? A backup of the changed one is kept first.</source>
        <translation>¿Desea abrirlo tal como está o empezar un ejemplo nuevo? Antes se guarda una copia de respaldo del modificado.</translation>
    </message>
    <message>
        <source>Open it as it is</source>
        <translation>Abrirlo tal como está</translation>
    </message>
    <message>
        <source>Start a fresh example</source>
        <translation>Empezar un ejemplo nuevo</translation>
    </message>
</context>
</TS>
