<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The acronyms used in this report, spelled out, with the legal source where there is one. The same glossary is in LocalPlan&apos;s Help menu.</source>
        <translation>Las siglas que usa este informe, con su significado y la fuente legal cuando la hay. El mismo glosario está en el menú Ayuda de LocalPlan.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
</TS>
