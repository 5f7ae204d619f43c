<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>localplan: {detail} (see “localplan --help”)</source>
            <translation>localplan: {detail} (consulte «localplan --help»)</translation>
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
            <source>show the program's version and exit</source>
            <translation>muestra la versión del programa y termina</translation>
        </message>
        <message>
            <source>language of messages (es or en)</source>
            <translation>idioma de los mensajes (es o en)</translation>
        </message>
        <message>
            <source>“{word}” is neither a command ({commands}) nor a plan file</source>
            <translation>«{word}» no es una orden ({commands}) ni un archivo de plan</translation>
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
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>subcommands</source>
            <translation>órdenes</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>muestra esta ayuda y termina</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos obligatorios: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos u opciones desconocidos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>valor no válido: %(value)r (elija entre %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>necesita un valor</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>admite como máximo un valor</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>necesita al menos un valor</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>necesita %s valor</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>necesita %s valores</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de tipo %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>se necesita uno de los argumentos %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ignoró el argumento explícito %r</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>opción inesperada: %s</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
    </context>
</TS>
