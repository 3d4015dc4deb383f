<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nn_NO">
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>Stasjon</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Ukjend</translation>
    </message>
  </context>
</TS>