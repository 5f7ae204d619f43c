<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Cannot write in the folder “{folder}” ({reason}).</source>
        <translation>No se puede escribir en la carpeta «{folder}» ({reason}).</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paquete escrito</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB).</source>
        <translation>{name} es demasiado grande ({size} MB).</translation>
    </message>
    <message>
        <source>“{folder}” is not a LocalPlan package (no readable manifest.json).</source>
        <translation>«{folder}» no es un paquete de LocalPlan (no tiene un manifest.json legible).</translation>
    </message>
    <message>
        <source>{file} is missing.</source>
        <translation>Falta {file}.</translation>
    </message>
    <message>
        <source>{file} was changed after the package was made.</source>
        <translation>{file} se modificó después de crear el paquete.</translation>
    </message>
    <message>
        <source>The plan data does not match the fingerprint of the manifest.</source>
        <translation>Los datos del plan no coinciden con la huella del manifiesto.</translation>
    </message>
    <message>
        <source>The workbook&apos;s cover shows another fingerprint.</source>
        <translation>La portada del libro muestra otra huella.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>No se puede leer {file}.</translation>
    </message>
</context>
</TS>
