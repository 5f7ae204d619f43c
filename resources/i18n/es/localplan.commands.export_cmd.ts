<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>write the submission files</source>
        <translation>escribe los archivos de entrega</translation>
    </message>
    <message>
        <source>Export a plan to one or more files.</source>
        <translation>Exporta un plan a uno o varios archivos.</translation>
    </message>
    <message>
        <source>replace output files that exist (never a plan or an input)</source>
        <translation>reemplazar los archivos de salida que ya existen (nunca un plan ni una entrada)</translation>
    </message>
    <message>
        <source>write nothing and exit with code 1 when the checker finds errors in the plan</source>
        <translation>no escribe nada y termina con el código 1 cuando el verificador encuentra errores en el plan</translation>
    </message>
    <message>
        <source>Say what to export, e.g. --json OUT.json (see “localplan export --help”).</source>
        <translation>Indique qué exportar, p. ej. --json SALIDA.json (consulte «localplan export --help»).</translation>
    </message>
    <message>
        <source>the checker finds {count} error in this plan (see “localplan check”)</source>
        <translation>el verificador encuentra {count} error en este plan (vea «localplan check»)</translation>
    </message>
    <message>
        <source>the checker finds {count} errors in this plan (see “localplan check”)</source>
        <translation>el verificador encuentra {count} errores en este plan (vea «localplan check»)</translation>
    </message>
    <message>
        <source>nothing was written (--strict).</source>
        <translation>no se escribió nada (--strict).</translation>
    </message>
    <message>
        <source>localplan: warning: {problem}; the files are written all the same (a package records it).</source>
        <translation>localplan: advertencia: {problem}; los archivos se escriben de todos modos (el paquete lo registra).</translation>
    </message>
    <message>
        <source>Wrote the package {path}:</source>
        <translation>Se escribió el paquete {path}:</translation>
    </message>
    <message>
        <source>Wrote {path} ({size})</source>
        <translation>Se escribió {path} ({size})</translation>
    </message>
</context>
</TS>
