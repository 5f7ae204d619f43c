<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>{who}, {when}</source>
            <translation>{who}, {when}</translation>
        </message>
        <message>
            <source>Combine with “{name}”</source>
            <translation>Combinar con «{name}»</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>La mía</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>La otra</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Elección</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Keep mine in every conflict</source>
            <translation>Conservar la mía en todos los conflictos</translation>
        </message>
        <message>
            <source>Take theirs in every conflict</source>
            <translation>Tomar la otra en todos los conflictos</translation>
        </message>
        <message>
            <source>Combine</source>
            <translation>Combinar</translation>
        </message>
        <message>
            <source>The other copy brings nothing new: this plan already holds all of it.</source>
            <translation>La otra copia no trae nada nuevo: este plan ya lo contiene todo.</translation>
        </message>
        <message>
            <source>This is what will come in from “{name}”:</source>
            <translation>Esto es lo que entrará desde «{name}»:</translation>
        </message>
        <message>
            <source>Choose what to keep in each conflict below; nothing is written until you press Combine.</source>
            <translation>Elija qué conservar en cada conflicto de abajo; no se escribe nada hasta que pulse Combinar.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Tomar la otra</translation>
        </message>
        <message>
            <source>Write another value</source>
            <translation>Escribir otro valor</translation>
        </message>
        <message>
            <source>Choice for {what}</source>
            <translation>Elección para {what}</translation>
        </message>
        <message>
            <source>the value to keep</source>
            <translation>el valor que se conservará</translation>
        </message>
        <message>
            <source>{count} conflicts still need a choice.</source>
            <translation>{count} conflictos aún necesitan una elección.</translation>
        </message>
        <message>
            <source>1 conflict still needs a choice.</source>
            <translation>1 conflicto aún necesita una elección.</translation>
        </message>
        <message>
            <source>for a colleague</source>
            <translation>para un colega</translation>
        </message>
        <message>
            <source>Give a copy to a colleague</source>
            <translation>Entregar una copia a un colega</translation>
        </message>
        <message>
            <source>LocalPlan plans (*.lplan)</source>
            <translation>Planes de LocalPlan (*.lplan)</translation>
        </message>
        <message>
            <source>Choose another name or folder: “{name}” is the plan that is open.</source>
            <translation>Elija otro nombre u otra carpeta: «{name}» es el plan que está abierto.</translation>
        </message>
        <message>
            <source>A copy for a colleague was saved as {path}. Combine it back with File › Combine with another copy…</source>
            <translation>Se guardó una copia para un colega como {path}. Combínela de vuelta con Archivo › Combinar con otra copia…</translation>
        </message>
        <message>
            <source>Reading “{name}”…</source>
            <translation>Leyendo «{name}»…</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparando…</translation>
        </message>
        <message>
            <source>Combine with another copy</source>
            <translation>Combinar con otra copia</translation>
        </message>
        <message>
            <source>combining the copies</source>
            <translation>la combinación de las copias</translation>
        </message>
        <message>
            <source>Combined with {path}; Edit › Undo takes it back.</source>
            <translation>Combinado con {path}; Edición › Deshacer lo revierte.</translation>
        </message>
    </context>
</TS>
