<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>combine copies of a plan made apart</source>
            <translation>combinar copias de un plan trabajadas por separado</translation>
        </message>
        <message>
            <source>Combine the copies THEIRS (one or more, e.g. the participants of a workshop) into MINE, or into OUT. Exit 1 with a report when some changes conflict.</source>
            <translation>Combina las copias THEIRS (una o varias, p. ej. las de los participantes de un taller) en MINE, o en OUT. Termina con 1 y un informe cuando algunos cambios están en conflicto.</translation>
        </message>
        <message>
            <source>write the result here; MINE is left as it is</source>
            <translation>escribir el resultado aquí; MINE queda como está</translation>
        </message>
        <message>
            <source>write what comes in and every conflict to this JSON file</source>
            <translation>escribir lo que entra y cada conflicto en este archivo JSON</translation>
        </message>
        <message>
            <source>resolve every conflict this way</source>
            <translation>resolver todos los conflictos de esta forma</translation>
        </message>
        <message>
            <source>a report whose conflicts carry a choice (mine, theirs, or value with the value to keep)</source>
            <translation>un informe cuyos conflictos llevan una elección (mine, theirs, o value con el valor que se conserva)</translation>
        </message>
        <message>
            <source>“{name}” is not a merge report.</source>
            <translation>«{name}» no es un informe de combinación.</translation>
        </message>
        <message>
            <source>Conflict {key}: a value can be written only for a field changed in both copies (not for a link or a deleted row); choose mine or theirs.</source>
            <translation>Conflicto {key}: solo se puede escribir un valor para un campo cambiado en ambas copias (no para un vínculo ni para una fila eliminada); elija mine o theirs.</translation>
        </message>
        <message>
            <source>Conflict {key}: {problem}</source>
            <translation>Conflicto {key}: {problem}</translation>
        </message>
        <message>
            <source>“{name}” already exists.</source>
            <translation>«{name}» ya existe.</translation>
        </message>
        <message>
            <source>This plan is open read-only.</source>
            <translation>Este plan está abierto solo para lectura.</translation>
        </message>
        <message>
            <source>From “{name}”:</source>
            <translation>De «{name}»:</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nada nuevo</translation>
        </message>
        <message>
            <source>{count} conflicts to resolve: nothing was written. See the report (--report), then run again with --resolve or --take mine|theirs.</source>
            <translation>{count} conflictos por resolver: no se escribió nada. Revise el informe (--report) y vuelva a ejecutar con --resolve o --take mine|theirs.</translation>
        </message>
        <message>
            <source>Nothing to combine: {path} already holds everything.</source>
            <translation>Nada que combinar: {path} ya contiene todo.</translation>
        </message>
        <message>
            <source>Combined into {path}.</source>
            <translation>Combinado en {path}.</translation>
        </message>
    </context>
</TS>
