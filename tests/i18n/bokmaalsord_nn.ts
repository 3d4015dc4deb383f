<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>tilsyn::CaseEditor</name>
    <message>
        <source>Consider a delay notice to the person who made the request (Write letter… → forsinkelsesmelding).</source>
        <translation>Vurder å senda melding om forseinking til den som tok kontakt (Skriv brev… → forsinkelsesmelding).</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
</context>
</TS>
