<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>“{step}” is not a step; use one of: {steps}.</source>
        <translation>«{step}» no es un paso; use uno de: {steps}.</translation>
    </message>
    <message>
        <source>Reset to {step}</source>
        <translation>Restablecer hasta {step}</translation>
    </message>
</context>
</TS>
