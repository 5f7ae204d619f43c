<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>missing from the package</source>
        <translation>falta en el paquete</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>was replaced while it was being read</source>
        <translation>fue reemplazado mientras se leía</translation>
    </message>
    <message>
        <source>is too large ({size} MB; at most {limit} MB)</source>
        <translation>es demasiado grande ({size} MB; como máximo {limit} MB)</translation>
    </message>
    <message>
        <source>is a symbolic link (a package holds only plain files)</source>
        <translation>es un enlace simbólico (un paquete contiene solo archivos normales)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>es una tubería con nombre (FIFO), no un archivo</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>no es un archivo normal (es un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <source>“{folder}” is not a LocalPlan package: its manifest.json {reason}.</source>
        <translation>«{folder}» no es un paquete de LocalPlan: su manifest.json {reason}.</translation>
    </message>
    <message>
        <source>“{folder}” is not a LocalPlan package (no readable manifest.json).</source>
        <translation>«{folder}» no es un paquete de LocalPlan (no tiene un manifest.json legible).</translation>
    </message>
    <message>
        <source>the content fingerprint is missing or not valid</source>
        <translation>la huella del contenido falta o no es válida</translation>
    </message>
    <message>
        <source>entry {n} names “{name}”, which is not a plain file name inside the package</source>
        <translation>la entrada {n} nombra «{name}», que no es un nombre de archivo simple dentro del paquete</translation>
    </message>
    <message>
        <source>“{name}” is listed twice</source>
        <translation>«{name}» figura dos veces</translation>
    </message>
    <message>
        <source>“{name}” is not a file of a LocalPlan package</source>
        <translation>«{name}» no es un archivo de un paquete de LocalPlan</translation>
    </message>
    <message>
        <source>“{name}” is not listed: the package is incomplete</source>
        <translation>«{name}» no figura: el paquete está incompleto</translation>
    </message>
    <message>
        <source>“{name}” is listed as another kind of file (“{kind}”)</source>
        <translation>«{name}» figura como otro tipo de archivo («{kind}»)</translation>
    </message>
    <message>
        <source>Cannot read the folder “{folder}” ({reason}).</source>
        <translation>No se puede leer la carpeta «{folder}» ({reason}).</translation>
    </message>
    <message>
        <source>this file is not in the manifest (a package holds only the files it lists)</source>
        <translation>este archivo no está en el manifiesto (un paquete contiene solo los archivos que lista)</translation>
    </message>
    <message>
        <source>changed after the package was made (its size or SHA-256 differs from the manifest)</source>
        <translation>se modificó después de hacer el paquete (su tamaño o su SHA-256 difieren del manifiesto)</translation>
    </message>
    <message>
        <source>the workbook&apos;s cover shows another fingerprint (not {fingerprint})</source>
        <translation>la portada del libro muestra otra huella (no {fingerprint})</translation>
    </message>
    <message>
        <source>cannot be read as a workbook</source>
        <translation>no se puede leer como libro de Excel</translation>
    </message>
    <message>
        <source>carries no fingerprint in its metadata</source>
        <translation>no lleva la huella en sus metadatos</translation>
    </message>
    <message>
        <source>its metadata shows another fingerprint (not {fingerprint}): it belongs to other data</source>
        <translation>sus metadatos muestran otra huella (no {fingerprint}): pertenece a otros datos</translation>
    </message>
    <message>
        <source>carries no fingerprint (document property “{property}”)</source>
        <translation>no lleva la huella (propiedad de documento «{property}»)</translation>
    </message>
    <message>
        <source>its document property shows another fingerprint ({found}, not {fingerprint}): it belongs to other data</source>
        <translation>su propiedad de documento muestra otra huella ({found}, no {fingerprint}): pertenece a otros datos</translation>
    </message>
    <message>
        <source>is not a text file in UTF-8</source>
        <translation>no es un archivo de texto en UTF-8</translation>
    </message>
    <message>
        <source>the plan data does not match the manifest&apos;s fingerprint</source>
        <translation>los datos del plan no coinciden con la huella del manifiesto</translation>
    </message>
    <message>
        <source>the GAD code “{listed}” differs from the plan data (“{actual}”)</source>
        <translation>el código del GAD «{listed}» difiere de los datos del plan («{actual}»)</translation>
    </message>
    <message>
        <source>the GAD name “{listed}” differs from the plan data (“{actual}”)</source>
        <translation>el nombre del GAD «{listed}» difiere de los datos del plan («{actual}»)</translation>
    </message>
    <message>
        <source>the period “{listed}” differs from the plan data (“{actual}”)</source>
        <translation>el período «{listed}» difiere de los datos del plan («{actual}»)</translation>
    </message>
    <message>
        <source>the example flag “{listed}” differs from the plan data (“{actual}”)</source>
        <translation>la marca de ejemplo «{listed}» difiere de los datos del plan («{actual}»)</translation>
    </message>
    <message>
        <source>the checker&apos;s status is missing</source>
        <translation>falta el estado del verificador</translation>
    </message>
    <message>
        <source>it records {listed} checker errors; the plan data has {actual}</source>
        <translation>registra {listed} errores del verificador; los datos del plan tienen {actual}</translation>
    </message>
    <message>
        <source>it records {listed} checker warnings; the plan data has {actual}</source>
        <translation>registra {listed} advertencias del verificador; los datos del plan tienen {actual}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
