<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>{n} new</source>
            <translation>{n} nuevos</translation>
        </message>
        <message>
            <source>1 new</source>
            <translation>1 nuevo</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>{n} modificados</translation>
        </message>
        <message>
            <source>1 changed</source>
            <translation>1 modificado</translation>
        </message>
        <message>
            <source>{n} deleted</source>
            <translation>{n} eliminados</translation>
        </message>
        <message>
            <source>1 deleted</source>
            <translation>1 eliminado</translation>
        </message>
        <message>
            <source>new order</source>
            <translation>nuevo orden</translation>
        </message>
        <message>
            <source>{n} conflicts</source>
            <translation>{n} conflictos</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 conflicto</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(eliminada)</translation>
        </message>
        <message>
            <source>changed differently in both copies</source>
            <translation>cambiado de forma distinta en ambas copias</translation>
        </message>
        <message>
            <source>deleted in mine, edited in theirs</source>
            <translation>eliminada en la mía, editada en la otra</translation>
        </message>
        <message>
            <source>edited in mine, deleted in theirs</source>
            <translation>editada en la mía, eliminada en la otra</translation>
        </message>
        <message>
            <source>Write "mine" or "theirs" as the choice of each conflict (or "value", with the value to keep as "value") and run the command again with --resolve this-file.json, or use --take mine|theirs for all.</source>
            <translation>Escriba "mine" o "theirs" como elección (choice) de cada conflicto (o "value", con el valor que se conserva en "value") y ejecute el comando de nuevo con --resolve este-archivo.json, o use --take mine|theirs para todos.</translation>
        </message>
    </context>
</TS>
