# Issue 10, the new caseworker's keyboard-only try (helper funn): window focus, closing the case
# with the last decision, Alt letters, nynorsk command texts, file dialogs, sorting.
T = {
 'Letters of this type to %1 are not finalised yet: the milestone is recorded with the last one.': ('Brev av denne typen til %1 er ikke ferdigstilt ennå: milepælen registreres med det siste.', 'Brev av denne typen til %1 er ikkje ferdigstilte enno: milepælen blir registrert med det siste.'),
 'Follow-up starts once the case is decided: finalise the last decision letter with the milestone “closed” ticked, or enter the date in Closed and save.': ('Oppfølgingen starter når saken er avgjort: ferdigstill det siste avgjørelsesbrevet med milepælen «avsluttet» krysset av, eller skriv inn datoen i Avsluttet og lagre.', 'Oppfølginga startar når saka er avgjord: ferdigstill det siste avgjerdsbrevet med milepælen «avslutta» kryssa av, eller skriv inn datoen i Avslutta og lagra.'),
}
T.update({
 '&Discard': ('&Forkast', '&Forkast'),
 '&Yes': ('&Ja', '&Ja'),
 '&No': ('&Nei', '&Nei'),
 '&Apply': ('&Bruk', '&Bruk'),
 '&Reset': ('&Tilbakestill', '&Tilbakestill'),
 '&Retry': ('&Prøv igjen', '&Prøv igjen'),
 'Concl&usion:': ('&Konklusjon:', '&Konklusjon:'),
})
T.update({
 "The follow-up of case %1 was closed on %2.\n\nThe health professional is to be told in writing. Write the closing letter now?":
     ('Oppfølgingen av sak %1 ble avsluttet %2.\n\nHelsepersonellet skal få beskjed skriftlig. Vil du skrive avslutningsbrevet nå?',
      'Oppfølginga av sak %1 vart avslutta %2.\n\nHelsepersonellet skal få melding skriftleg. Vil du skrive avslutningsbrevet no?'),
 "The follow-up of case %1 was closed on %2.\n\nThe service's leadership and the health professional are to be told in writing. Write the closing letter now?":
     ('Oppfølgingen av sak %1 ble avsluttet %2.\n\nVirksomhetens ledelse og helsepersonellet skal få beskjed skriftlig. Vil du skrive avslutningsbrevet nå?',
      'Oppfølginga av sak %1 vart avslutta %2.\n\nLeiinga i verksemda og helsepersonellet skal få melding skriftleg. Vil du skrive avslutningsbrevet no?'),
})
T.update({
 'Nothing to import: every case in the file is already in the store, unchanged.': ('Ingenting å importere: alle sakene i filen finnes allerede uendret i lageret.', 'Ingenting å importera: alle sakene i fila finst alt uendra i lageret.'),
})
T.update({
 'Sort &by': ('So&rter etter', 'So&rter etter'),
 'Ascending': ('Stigende', 'Stigande'),
 'Descending': ('Synkende', 'Synkande'),
})
T.update({
 'Saved to %1': ('Lagret i %1', 'Lagra i %1'),
})
