<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Waiting for {work} to end…</source>
        <translation>Esperando a que termine {work}…</translation>
    </message>
    <message>
        <source>LocalPlan is still working on {work}.</source>
        <translation>LocalPlan aún está trabajando en {work}.</translation>
    </message>
    <message>
        <source>Wait until it is finished, or stop it now? A stopped export leaves no half-written files.</source>
        <translation>¿Desea esperar a que termine o detenerlo ahora? Una exportación detenida no deja archivos a medio escribir.</translation>
    </message>
    <message>
        <source>Wait, then close</source>
        <translation>Esperar y luego cerrar</translation>
    </message>
    <message>
        <source>Stop it and close</source>
        <translation>Detener y cerrar</translation>
    </message>
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
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
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
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
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
        <source>&amp;Next step</source>
        <translation>&amp;Siguiente paso</translation>
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
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Glossary of acronyms</source>
        <translation>&amp;Glosario de siglas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
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
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
</context>
</TS>
