# Backup, restore, check of the store and support information (views/vedlikehold.cpp).
T = {
 '&Back up store…': ('&Sikkerhetskopier lageret…', '&Tryggingskopier lageret…'),
 '&Restore from a backup…': ('&Gjenopprett fra sikkerhetskopi…', '&Gjenoppretta frå tryggingskopi…'),
 '&Check the store': ('&Kontroller lageret', '&Kontroller lageret'),
 'Copy &support information': ('Kopier in&formasjon til brukerstøtte', 'Kopier in&formasjon til brukarstøtte'),
 'Back up the store': ('Sikkerhetskopier lageret', 'Tryggingskopier lageret'),
 'Tilsynsklient store (*.sqlite)': ('Tilsynsklient-lager (*.sqlite)', 'Tilsynsklient-lager (*.sqlite)'),
 'Tilsynsklient store (*.sqlite);;All files (*)': ('Tilsynsklient-lager (*.sqlite);;Alle filer (*)', 'Tilsynsklient-lager (*.sqlite);;Alle filer (*)'),
 'The backup was written to %1.': ('Sikkerhetskopien ble skrevet til %1.', 'Tryggingskopien vart skriven til %1.'),
 'Restore from a backup': ('Gjenopprett fra sikkerhetskopi', 'Gjenoppretta frå tryggingskopi'),
 'Save or undo the changes to the open case first.': ('Lagre eller angre endringene i den åpne saken først.', 'Lagra eller angra endringane i den opne saka først.'),
 'Replace every case in this store with the content of the backup %1?\n\nThe backup is checked first. The current store is kept as a copy in the same folder. Changes made since the backup that were not synchronised are only in that copy.': ('Vil du erstatte alle sakene i dette lageret med innholdet i sikkerhetskopien %1?\n\nSikkerhetskopien kontrolleres først. Lageret slik det er nå, tas vare på som en kopi i samme mappe. Endringer gjort etter sikkerhetskopien som ikke er synkronisert, finnes bare i den kopien.', 'Vil du byte ut alle sakene i dette lageret med innhaldet i tryggingskopien %1?\n\nTryggingskopien blir kontrollert først. Lageret slik det er no, blir teke vare på som ein kopi i same mappa. Endringar gjorde etter tryggingskopien som ikkje er synkroniserte, finst berre i den kopien.'),
 'The store was restored from %1.\nThe previous store was kept as %2.': ('Lageret ble gjenopprettet fra %1.\nDet forrige lageret er tatt vare på som %2.', 'Lageret vart gjenoppretta frå %1.\nDet førre lageret er teke vare på som %2.'),
 'Check the store': ('Kontroller lageret', 'Kontroller lageret'),
 'The store is healthy: no problems found.': ('Lageret er i orden: ingen problemer funnet.', 'Lageret er i orden: ingen problem funne.'),
 'The check found %Ln problem(s). Send the details to support, or restore a backup.': (['Kontrollen fant %Ln problem. Send detaljene til brukerstøtte, eller gjenopprett en sikkerhetskopi.', 'Kontrollen fant %Ln problemer. Send detaljene til brukerstøtte, eller gjenopprett en sikkerhetskopi.'], ['Kontrollen fann %Ln problem. Send detaljane til brukarstøtte, eller gjenopprett ein tryggingskopi.', 'Kontrollen fann %Ln problem. Send detaljane til brukarstøtte, eller gjenopprett ein tryggingskopi.']),
 'Support information copied: paste it into your message to support.': ('Informasjon til brukerstøtte er kopiert: lim den inn i meldingen til brukerstøtte.', 'Informasjon til brukarstøtte er kopiert: lim han inn i meldinga til brukarstøtte.'),
}
