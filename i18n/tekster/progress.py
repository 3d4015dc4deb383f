# Progress and cancel for long work: import, export (views/filarbeid.cpp, views/bakgrunnsarbeid.cpp,
# views/mainwindow.cpp).
T = {
 'Cancel': ('Avbryt', 'Avbryt'),
 'Reading %1…': ('Leser %1…', 'Les %1…'),
 'Importing %Ln case(s)…': (['Importerer %Ln sak…', 'Importerer %Ln saker…'], ['Importerer %Ln sak…', 'Importerer %Ln saker…']),
 'Export': ('Eksport', 'Eksport'),
 'Export cases': ('Eksporter saker', 'Eksporter saker'),
 '&Export…': ('E&ksporter…', 'E&ksporter…'),
 'Exporting the cases to %1…': ('Eksporterer sakene til %1…', 'Eksporterer sakene til %1…'),
 'The cases were not exported:\n%1': ('Sakene ble ikke eksportert:\n%1', 'Sakene vart ikkje eksporterte:\n%1'),
 'Import cancelled; nothing was imported': ('Importen ble avbrutt; ingenting ble importert', 'Importen vart avbroten; ingenting vart importert'),
 'Export cancelled; no file was written': ('Eksporten ble avbrutt; ingen fil ble skrevet', 'Eksporten vart avbroten; inga fil vart skriven'),
 'Exported %Ln case(s) to %1': (['Eksporterte %Ln sak til %1', 'Eksporterte %Ln saker til %1'], ['Eksporterte %Ln sak til %1', 'Eksporterte %Ln saker til %1']),
 'Writing %1…': ('Skriver %1…', 'Skriv %1…'),
 'Sync cancelled – next sync in %Ln minute(s)': (['Synkroniseringen ble avbrutt – neste om %Ln minutt', 'Synkroniseringen ble avbrutt – neste om %Ln minutter'], ['Synkroniseringa vart avbroten – neste om %Ln minutt', 'Synkroniseringa vart avbroten – neste om %Ln minutt']),
 'Cancelling the sync…': ('Avbryter synkroniseringen…', 'Avbryt synkroniseringa…'),
 'Stop the sync after the cases received so far; the next sync continues from there': ('Stopp synkroniseringen etter sakene som er mottatt så langt; neste synkronisering fortsetter derfra', 'Stopp synkroniseringa etter sakene som er mottekne så langt; neste synkronisering held fram derifrå'),
}
