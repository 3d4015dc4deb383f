# Import preview, example store (helper input: issue 10 item 4, issue 13).
T = {
 'Import %1': ('Importer %1', 'Importer %1'),
 'New cases: %1': ('Nye saker: %1', 'Nye saker: %1'),
 'Already in the store, unchanged (skipped): %1': ('Finnes allerede, uendret (hoppes over): %1', 'Finst allereie, uendra (blir hoppa over): %1'),
 'Already in the store with other content: %1': ('Finnes allerede med annet innhold: %1', 'Finst allereie med anna innhald: %1'),
 "Importing replaces these cases with the file's version (each replacement is saved in the audit trail and sent at the next sync). Finalised letters and closed follow-ups are not changed. Cancel imports nothing.":
   ('Importen erstatter disse sakene med versjonen i filen (hver erstatning lagres i endringsloggen og sendes ved neste synkronisering). Ferdigstilte brev og avsluttede oppfølginger endres ikke. Avbryt importerer ingenting.',
    'Importen erstattar desse sakene med versjonen i fila (kvar erstatning blir lagra i endringsloggen og sendt ved neste synkronisering). Ferdigstilte brev og avslutta oppfølgingar blir ikkje endra. Avbryt importerer ingenting.'),
 'There is nothing to import.': ('Det er ingenting å importere.', 'Det er ingenting å importera.'),
 'Line': ('Linje', 'Linje'),
 'Fields that would change': ('Felt som ville bli endret', 'Felt som ville bli endra'),
 '&Replace %Ln case(s) and import': (['&Erstatt %Ln sak og importer', '&Erstatt %Ln saker og importer'], ['&Erstatt %Ln sak og importer', '&Erstatt %Ln saker og importer']),
 '&Import %Ln case(s)': (['&Importer %Ln sak', '&Importer %Ln saker'], ['&Importer %Ln sak', '&Importer %Ln saker']),
 'Sample cases': ('Eksempelsaker', 'Eksempelsaker'),
 '[SAMPLE CASES – not your store] ': ('[EKSEMPELSAKER – ikke ditt lager] ', '[EKSEMPELSAKER – ikkje ditt lager] '),
}
