# Coordinator's merge mends, fifth session: strings that arose where two branches met.
T = {
 'Imported from file': ('Importert fra fil', 'Importert frå fil'),
 'Documents answered twice': ('Dokumenter avskrevet to ganger', 'Dokument avskrivne to gonger'),
 '&Close': ('&Lukk', '&Lukk'),
}
