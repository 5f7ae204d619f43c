<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Warning: the plan holds {count} value(s) LocalPlan cannot use; they are left empty:</source>
        <translation>Aviso: el plan contiene {count} valor(es) que LocalPlan no puede usar; se dejan vacíos:</translation>
    </message>
</context>
</TS>
