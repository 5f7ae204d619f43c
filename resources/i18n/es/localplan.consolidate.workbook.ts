<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>INEC code</source>
            <translation>Código INEC</translation>
        </message>
        <message>
            <source>GAD</source>
            <translation>GAD</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provincia</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Mainstreaming index</source>
            <translation>Índice de transversalización</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <source>Mobility budget (USD)</source>
            <translation>Presupuesto para movilidad (USD)</translation>
        </message>
        <message>
            <source>People in mobility living in the territory</source>
            <translation>Personas en movilidad que viven en el territorio</translation>
        </message>
        <message>
            <source>GCM objectives covered</source>
            <translation>Objetivos del PMM abordados</translation>
        </message>
        <message>
            <source>GCM objectives (list)</source>
            <translation>Objetivos del PMM (lista)</translation>
        </message>
        <message>
            <source>Ordinance status</source>
            <translation>Estado de la ordenanza</translation>
        </message>
        <message>
            <source>Checker errors</source>
            <translation>Errores del verificador</translation>
        </message>
        <message>
            <source>Example plan</source>
            <translation>Plan de ejemplo</translation>
        </message>
        <message>
            <source>Source file</source>
            <translation>Archivo de origen</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>By GAD</source>
            <translation>Por GAD</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>not a package</source>
            <translation>no es un paquete</translation>
        </message>
        <message>
            <source>Last edit</source>
            <translation>Última edición</translation>
        </message>
        <message>
            <source>Data fingerprint</source>
            <translation>Huella de los datos</translation>
        </message>
        <message>
            <source>Package verified</source>
            <translation>Paquete verificado</translation>
        </message>
        <message>
            <source>Yes (included in the totals)</source>
            <translation>Sí (incluido en los totales)</translation>
        </message>
        <message>
            <source>Ecuador (national, one level at a time)</source>
            <translation>Ecuador (nacional, un nivel a la vez)</translation>
        </message>
        <message>
            <source>By GCM objective</source>
            <translation>Por objetivo del PMM</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>In the national implementation plan</source>
            <translation>En el plan nacional de implementación</translation>
        </message>
        <message>
            <source>Budget (USD)</source>
            <translation>Presupuesto (USD)</translation>
        </message>
        <message>
            <source>By province</source>
            <translation>Por provincia</translation>
        </message>
        <message>
            <source>GADs</source>
            <translation>GAD</translation>
        </message>
        <message>
            <source>Average index</source>
            <translation>Índice promedio</translation>
        </message>
        <message>
            <source>To verify</source>
            <translation>Por verificar</translation>
        </message>
        <message>
            <source>Unreadable file</source>
            <translation>Archivo ilegible</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Checker warnings</source>
            <translation>Advertencias del verificador</translation>
        </message>
        <message>
            <source>Completeness: {step}</source>
            <translation>Completitud: {step}</translation>
        </message>
        <message>
            <source>{level} GADs addressing it</source>
            <translation>GAD de nivel {level} que lo abordan</translation>
        </message>
        <message>
            <source>Budget of all GADs (USD)</source>
            <translation>Presupuesto de todos los GAD (USD)</translation>
        </message>
        <message>
            <source>GAD level counted</source>
            <translation>Nivel de GAD contado</translation>
        </message>
        <message>
            <source>People in mobility living in the territory (GADs of this level)</source>
            <translation>Personas en movilidad que viven en el territorio (GAD de este nivel)</translation>
        </message>
        <message>
            <source>GADs with that figure</source>
            <translation>GAD con esa cifra</translation>
        </message>
        <message>
            <source>Persons in transit (flow)</source>
            <translation>Personas en tránsito (flujo)</translation>
        </message>
        <message>
            <source>Emigrants (abroad)</source>
            <translation>Emigrantes (en el exterior)</translation>
        </message>
        <message>
            <source>Example plans (left out)</source>
            <translation>Planes de ejemplo (fuera)</translation>
        </message>
        <message>
            <source>Left out: another plan of the same GAD is kept</source>
            <translation>Fuera: se conserva otro plan del mismo GAD</translation>
        </message>
        <message>
            <source>Example plan left out of every total</source>
            <translation>Plan de ejemplo fuera de todos los totales</translation>
        </message>
        <message>
            <source>Not read</source>
            <translation>No leído</translation>
        </message>
        <message>
            <source>Package that does not verify</source>
            <translation>Paquete que no se verifica</translation>
        </message>
        <message>
            <source>Example plans are included in the totals (--include-examples)</source>
            <translation>Los planes de ejemplo están incluidos en los totales (--include-examples)</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparación</translation>
        </message>
        <message>
            <source>Rows by copy</source>
            <translation>Filas por copia</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Comparada con</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>New rows</source>
            <translation>Filas nuevas</translation>
        </message>
        <message>
            <source>Changed rows</source>
            <translation>Filas cambiadas</translation>
        </message>
        <message>
            <source>Deleted rows</source>
            <translation>Filas eliminadas</translation>
        </message>
    </context>
</TS>
