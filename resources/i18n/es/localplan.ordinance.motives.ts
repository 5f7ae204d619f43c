<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The diagnosis also records {figures} crossing the territory, a flow rather than a resident population.</source>
        <translation>El diagnóstico registra además {figures} que cruzan el territorio, un flujo y no una población residente.</translation>
    </message>
    <message>
        <source>It also counts {figures} who left the territory to live abroad; their families remain in it.</source>
        <translation>Cuenta también {figures} que salieron del territorio para vivir en el exterior; sus familias permanecen en él.</translation>
    </message>
    <message>
        <source>With data for {year}, the diagnosis also records {figures} crossing the territory, a flow rather than a resident population.</source>
        <translation>Con datos de {year}, el diagnóstico registra además {figures} que cruzan el territorio, un flujo y no una población residente.</translation>
    </message>
    <message>
        <source>With data for {year}, it counts {figures} who left the territory to live abroad; their families remain in it.</source>
        <translation>Con datos de {year}, cuenta también {figures} que salieron del territorio para vivir en el exterior; sus familias permanecen en él.</translation>
    </message>
    <message>
        <source>With data for {year}, the diagnosis of the development and land-use plan records {figures} living in the territory.</source>
        <translation>Con datos de {year}, el diagnóstico del plan de desarrollo y ordenamiento territorial registra {figures} que viven en el territorio.</translation>
    </message>
    <message>
        <source>The source of each figure is stated in the diagnosis.</source>
        <translation>La fuente de cada cifra consta en el diagnóstico.</translation>
    </message>
    <message>
        <source>There is no figure yet for {groups}; the local information system created by this act is meant to fill that gap.</source>
        <translation>Aún no hay cifras de {groups}; el sistema local de información que crea este acto debe cubrir ese vacío.</translation>
    </message>
    <message>
        <source>{problem}, which affects {groups}</source>
        <translation>{problem}, problema que afecta a {groups}</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; y </translation>
    </message>
    <message>
        <source>In order of priority, the diagnosis identified these problems: {problems}.</source>
        <translation>En orden de prioridad, el diagnóstico identificó estos problemas: {problems}.</translation>
    </message>
</context>
</TS>
