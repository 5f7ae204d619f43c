<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>“{theirs}” is not a copy of the same plan as “{mine}”: only copies made from one plan (with “Give a copy to a colleague” or by copying the file) can be combined.</source>
        <translation>«{theirs}» no es una copia del mismo plan que «{mine}»: solo se pueden combinar copias hechas de un mismo plan (con «Entregar una copia a un colega» o copiando el archivo).</translation>
    </message>
    <message>
        <source>Some conflicts have not been resolved; nothing was changed.</source>
        <translation>Algunos conflictos no se han resuelto; no se cambió nada.</translation>
    </message>
    <message>
        <source>Combine with “{name}”</source>
        <translation>Combinar con «{name}»</translation>
    </message>
</context>
</TS>
