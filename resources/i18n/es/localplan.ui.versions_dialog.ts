<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>when opened</source>
            <translation>al abrirlo</translation>
        </message>
        <message>
            <source>before it was replaced</source>
            <translation>antes de reemplazarlo</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de una restauración</translation>
        </message>
        <message>
            <source>before the upgrade from version {n}</source>
            <translation>antes de actualizarlo desde la versión {n}</translation>
        </message>
        <message>
            <source>{size} kB</source>
            <translation>{size} kB</translation>
        </message>
        <message>
            <source>Versions of {name}</source>
            <translation>Versiones de {name}</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Guardada</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Rows per step</source>
            <translation>Filas por paso</translation>
        </message>
        <message>
            <source>LocalPlan keeps a backup each time the plan is opened for work and before it is replaced, upgraded or restored; the named versions of the ordinance (Ordinance › Versions) are listed first and bring back its text only. Choose one to open it read-only, compare it with the plan or restore it.</source>
            <translation>LocalPlan guarda una copia de respaldo cada vez que el plan se abre para trabajar y antes de reemplazarlo, actualizarlo o restaurarlo; las versiones con nombre de la ordenanza (Ordenanza › Versiones) aparecen primero y recuperan solo su texto. Elija una para abrirla en modo de solo lectura, compararla con el plan o restaurarla.</translation>
        </message>
        <message>
            <source>This plan has no backups or named versions yet.</source>
            <translation>Este plan aún no tiene copias de respaldo ni versiones con nombre.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Abrir solo para lectura</translation>
        </message>
        <message>
            <source>Compare with the plan</source>
            <translation>Comparar con el plan</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Restaurar esta versión…</translation>
        </message>
        <message>
            <source>named version “{name}”</source>
            <translation>versión con nombre «{name}»</translation>
        </message>
        <message>
            <source>This version holds the same content as the plan.</source>
            <translation>Esta versión tiene el mismo contenido que el plan.</translation>
        </message>
        <message>
            <source>Rows that differ from the plan: {list}.</source>
            <translation>Filas que difieren del plan: {list}.</translation>
        </message>
        <message>
            <source>Restore this version</source>
            <translation>Restaurar esta versión</translation>
        </message>
        <message>
            <source>Replace the plan's content with the version of {when}? The current state is backed up first, and Edit › Undo takes the restore back.</source>
            <translation>¿Desea reemplazar el contenido del plan con la versión del {when}? Antes se guarda una copia de respaldo del estado actual, y Edición › Deshacer revierte la restauración.</translation>
        </message>
        <message>
            <source>Restore the version of {when}</source>
            <translation>Restaurar la versión del {when}</translation>
        </message>
        <message>
            <source>The version of {when} was restored; the previous state was kept as {path}.</source>
            <translation>Se restauró la versión del {when}; el estado anterior se guardó como {path}.</translation>
        </message>
    </context>
</TS>
