<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>localplan: {detail} (see “localplan --help”)</source>
        <translation>localplan: {detail} (consulte «localplan --help»)</translation>
    </message>
    <message>
        <source>missing: {0}</source>
        <translation>falta: {0}</translation>
    </message>
    <message>
        <source>unknown option: {0}</source>
        <translation>opción desconocida: {0}</translation>
    </message>
    <message>
        <source>invalid value for {0}: {1}</source>
        <translation>valor no válido para {0}: {1}</translation>
    </message>
    <message>
        <source>{0} needs a value</source>
        <translation>{0} necesita un valor</translation>
    </message>
    <message>
        <source>unknown command: {0}</source>
        <translation>orden desconocida: {0}</translation>
    </message>
    <message>
        <source>LocalPlan: human mobility in the development and land-use plan (PDOT). Without a command it opens the window. Commands: {commands}.</source>
        <translation>LocalPlan: la movilidad humana en el plan de desarrollo y ordenamiento territorial (PDOT). Sin una orden abre la ventana. Órdenes: {commands}.</translation>
    </message>
    <message>
        <source>a plan file to open</source>
        <translation>un archivo de plan para abrir</translation>
    </message>
    <message>
        <source>language of the interface (es or en)</source>
        <translation>idioma de la interfaz (es o en)</translation>
    </message>
    <message>
        <source>show the main window once and exit (checks an installation)</source>
        <translation>muestra la ventana principal una vez y termina (comprueba una instalación)</translation>
    </message>
    <message>
        <source>draw the windows offscreen into FOLDER as PNG files and exit (compares a build with an installation)</source>
        <translation>dibujar las ventanas fuera de pantalla, como archivos PNG, en la carpeta indicada y salir (compara una compilación con una instalación)</translation>
    </message>
    <message>
        <source>language of messages (es or en)</source>
        <translation>idioma de los mensajes (es o en)</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>localplan: an unexpected error occurred; the details are in {log}</source>
        <translation>localplan: ocurrió un error inesperado; los detalles están en {log}</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(no se pudo escribir el archivo de registro)</translation>
    </message>
</context>
</TS>
