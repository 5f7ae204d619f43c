<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Choose what to export. Every file carries the same fingerprint of the plan&apos;s content, so the ministry can tell they come from the same data.</source>
        <translation>Elija qué exportar. Cada archivo lleva la misma huella del contenido del plan, para que el ministerio sepa que provienen de los mismos datos.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>Importar un libro de Excel…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Choose at least one file to export.</source>
        <translation>Elija al menos un archivo para exportar.</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>The export was stopped; nothing half-written was left.</source>
        <translation>La exportación se detuvo; no quedó nada a medio escribir.</translation>
    </message>
    <message>
        <source>The checker finds {count} error in this plan.</source>
        <translation>El verificador encuentra {count} error en este plan.</translation>
    </message>
    <message>
        <source>The checker finds {count} errors in this plan.</source>
        <translation>El verificador encuentra {count} errores en este plan.</translation>
    </message>
    <message>
        <source>Package of a plan with errors</source>
        <translation>Paquete de un plan con errores</translation>
    </message>
    <message>
        <source>The package records them and the ministry will see them. Write the package all the same?</source>
        <translation>El paquete los registra y el ministerio los verá. ¿Escribir el paquete de todos modos?</translation>
    </message>
    <message>
        <source>1 export written. Double-click it to open it.</source>
        <translation>1 exportación escrita. Haga doble clic en ella para abrirla.</translation>
    </message>
    <message>
        <source>{count} exports written. Double-click one to open it.</source>
        <translation>Se escribieron {count} exportaciones. Haga doble clic en una para abrirla.</translation>
    </message>
</context>
</TS>
