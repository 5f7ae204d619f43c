<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>“{code}” is not an INEC code of a province, canton or parish.</source>
            <translation>«{code}» no es un código INEC de provincia, cantón o parroquia.</translation>
        </message>
        <message>
            <source>{parish} ({code}) is an urban parish or the cantonal seat: it has no GAD of its own. The municipal GAD plans it: choose the canton {canton} ({canton_code}).</source>
            <translation>{parish} ({code}) es una parroquia urbana o la cabecera cantonal: no tiene GAD propio. La planifica el GAD municipal: elija el cantón {canton} ({canton_code}).</translation>
        </message>
        <message>
            <source>Provincial GAD of {name}</source>
            <translation>GAD Provincial de {name}</translation>
        </message>
        <message>
            <source>Municipal GAD of {name}</source>
            <translation>GAD Municipal de {name}</translation>
        </message>
        <message>
            <source>Rural Parish GAD of {name}</source>
            <translation>GAD Parroquial Rural de {name}</translation>
        </message>
        <message>
            <source>GAD of the Metropolitan District of {name}</source>
            <translation>GAD del Distrito Metropolitano de {name}</translation>
        </message>
        <message>
            <source>Governing Council of the Special Regime of {name}</source>
            <translation>Consejo de Gobierno del Régimen Especial de {name}</translation>
        </message>
    </context>
</TS>
