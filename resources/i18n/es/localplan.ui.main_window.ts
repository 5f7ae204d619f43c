<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Abrir plan…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Give a copy to a colleague…</source>
        <translation>&amp;Entregar una copia a un colega…</translation>
    </message>
    <message>
        <source>Co&amp;mbine with another copy…</source>
        <translation>Co&amp;mbinar con otra copia…</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>Planes &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>&amp;Cerrar plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>Panel de &amp;orientación</translation>
    </message>
    <message>
        <source>&amp;Problems panel</source>
        <translation>Panel de &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Compare plans…</source>
        <translation>&amp;Comparar planes…</translation>
    </message>
    <message>
        <source>C&amp;onsolidate for the ministry…</source>
        <translation>C&amp;onsolidar para el ministerio…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About LocalPlan</source>
        <translation>&amp;Acerca de LocalPlan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>LocalPlan plans (*.lplan)</source>
        <translation>Planes de LocalPlan (*.lplan)</translation>
    </message>
    <message>
        <source>example-plan</source>
        <translation>plan-de-ejemplo</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>A copy was saved as {path}.</source>
        <translation>Se guardó una copia como {path}.</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
</context>
</TS>
