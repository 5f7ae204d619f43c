<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Priority problem without an objective that answers it.</source>
        <translation>Problema prioritario sin un objetivo que le responda.</translation>
    </message>
    <message>
        <source>Objective without goals.</source>
        <translation>Objetivo sin metas.</translation>
    </message>
    <message>
        <source>Goal without a project that delivers it.</source>
        <translation>Meta sin un proyecto que la cumpla.</translation>
    </message>
    <message>
        <source>Goal without a baseline (value and year).</source>
        <translation>Meta sin línea base (valor y año).</translation>
    </message>
    <message>
        <source>Project without a budget.</source>
        <translation>Proyecto sin presupuesto.</translation>
    </message>
</context>
</TS>
