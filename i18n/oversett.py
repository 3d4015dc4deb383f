#!/usr/bin/env python3
"""Fills i18n/tilsynsklient_{nb,nn}.ts from the table below (after lupdate has added new source
strings). English (en) needs only its plural forms: the source strings are English.
Run: cmake --build build --target update_translations && python3 i18n/oversett.py"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# source: (bokmål, nynorsk); numerus forms as lists [one, many]
T = {
 "This letter marks a milestone of the case. Record it with the letter's date?": ('Brevet markerer en milepæl i saken. Vil du registrere den med brevets dato?', 'Brevet markerer ein milepæl i saka. Vil du registrera han med datoen til brevet?'),
 'Change written form': ('Endre målform', 'Endra målform'),
 'Choose a handling method by %1': ('Velg behandlingsmåte innen %1', 'Vel behandlingsmåte innan %1'),
 ' – %Ln day(s) late': ([' – %Ln dag for sent', ' – %Ln dager for sent'], [' – %Ln dag for seint', ' – %Ln dagar for seint']),
 'Cases whose deadline falls within the next %Ln day(s), serious cases first': (['Saker med frist innen neste %Ln dag, alvorlige saker først', 'Saker med frist innen de neste %Ln dagene, alvorlige saker først'], ['Saker med frist innan neste %Ln dag, alvorlege saker først', 'Saker med frist innan dei neste %Ln dagane, alvorlege saker først']),
 'S&ynchronise now': ('Sy&nkroniser nå', 'Sy&nkroniser no'),
 '&Central store…': ('&Sentralt lager…', '&Sentralt lager…'),
 'Central store': ('Sentralt lager', 'Sentralt lager'),
 'Connection (libpq, e.g. host=… dbname=… user=… sslmode=verify-full).\nThe password comes from ~/.pgpass or PGPASSWORD, never from here:': ('Tilkobling (libpq, f.eks. host=… dbname=… user=… sslmode=verify-full).\nPassordet hentes fra ~/.pgpass eller PGPASSWORD, aldri herfra:', 'Tilkopling (libpq, t.d. host=… dbname=… user=… sslmode=verify-full).\nPassordet blir henta frå ~/.pgpass eller PGPASSWORD, aldri herifrå:'),
 'Do not put the password in the connection; use ~/.pgpass.': ('Ikke skriv passordet i tilkoblingen; bruk ~/.pgpass.', 'Ikkje skriv passordet i tilkoplinga; bruk ~/.pgpass.'),
 'Offline (no central store set up)': ('Frakoblet (sentralt lager er ikke satt opp)', 'Fråkopla (sentralt lager er ikkje sett opp)'),
 'Syncing: sent %L1': ('Synkroniserer: sendt %L1', 'Synkroniserer: sendt %L1'),
 'Syncing: received %L1': ('Synkroniserer: mottatt %L1', 'Synkroniserer: motteke %L1'),
 'Up to date %1': ('Oppdatert %1', 'Oppdatert %1'),
 ' – %Ln conflict(s)': ([' – %Ln konflikt', ' – %Ln konflikter'], [' – %Ln konflikt', ' – %Ln konfliktar']),
 ' – %Ln rejected': ([' – %Ln avvist', ' – %Ln avvist'], [' – %Ln avvist', ' – %Ln avviste']),
 'Offline – next try in %Ln minute(s): %1': (['Frakoblet – nytt forsøk om %Ln minutt: %1', 'Frakoblet – nytt forsøk om %Ln minutter: %1'], ['Fråkopla – nytt forsøk om %Ln minutt: %1', 'Fråkopla – nytt forsøk om %Ln minutt: %1']),
 'This case was changed in the central store while you edited it. Your unsaved changes are kept; these fields were changed there too and now show your version: %1': ('Saken ble endret i det sentrale lageret mens du redigerte den. Endringene du ikke har lagret, er beholdt; disse feltene ble også endret der og viser nå din versjon: %1', 'Saka vart endra i det sentrale lageret medan du redigerte ho. Endringane du ikkje har lagra, er tekne vare på; desse felta vart òg endra der og viser no din versjon: %1'),
 'Sync: conflicts and rejected changes': ('Synkronisering: konflikter og avviste endringer', 'Synkronisering: konfliktar og avviste endringar'),
 'Sync c&onflicts and rejected changes…': ('Synkroniseringskonflikter og avviste &endringer…', 'Synkroniseringskonfliktar og avviste &endringar…'),
 '%Ln conflict(s)': (['%Ln konflikt', '%Ln konflikter'], ['%Ln konflikt', '%Ln konfliktar']),
 '%Ln rejected': (['%Ln avvist', '%Ln avvist'], ['%Ln avvist', '%Ln avviste']),
 'Changes that need your decision after syncing – click to see them': ('Endringer som trenger din avgjørelse etter synkronisering – klikk for å se dem', 'Endringar som treng avgjerda di etter synkronisering – klikk for å sjå dei'),
 'Keep my unsaved changes': ('Behold mine ulagrede endringer', 'Behald dei ulagra endringane mine'),
 'Case': ('Sak', 'Sak'),
 'Field': ('Felt', 'Felt'),
 'Found': ('Oppdaget', 'Oppdaga'),
 'The same field was changed here and in the central store. The central store kept its value (theirs); yours is kept here. Choose what the case should say: the choice is saved as a new change of the case and sent at the next sync.': ('Det samme feltet ble endret her og i det sentrale lageret. Det sentrale lageret beholdt sin verdi (deres); din er tatt vare på her. Velg hva saken skal si: valget lagres som en ny endring av saken og sendes ved neste synkronisering.', 'Det same feltet vart endra her og i det sentrale lageret. Det sentrale lageret heldt på sin verdi (deira); din er teken vare på her. Vel kva saka skal seie: valet blir lagra som ei ny endring av saka og sendt ved neste synkronisering.'),
 'Before both changes': ('Før begge endringene', 'Før begge endringane'),
 'Mine': ('Min', 'Min'),
 'Theirs (central store)': ('Deres (sentralt lager)', 'Deira (sentralt lager)'),
 'Keep &mine': ('Behold &min', 'Behald &min'),
 'Keep &theirs': ('Behold &deres', 'Behald &deira'),
 '&Edit:': ('&Rediger:', '&Rediger:'),
 '&Resolve': ('&Løs', '&Løys'),
 'Changed': ('Endret', 'Endra'),
 'Attempts': ('Forsøk', 'Forsøk'),
 'Reason': ('Årsak', 'Årsak'),
 "The central store refused these changes. They are kept here, and the case is not updated from the central store while one is waiting. When the cause is fixed (for example access to the office), send it again; or discard your changes to get the central store's version.": ('Det sentrale lageret avviste disse endringene. De er tatt vare på her, og saken oppdateres ikke fra det sentrale lageret så lenge en venter. Når årsaken er rettet (for eksempel tilgang til embetet), send den på nytt; eller forkast endringene dine for å få versjonen fra det sentrale lageret.', 'Det sentrale lageret avviste desse endringane. Dei er tekne vare på her, og saka blir ikkje oppdatert frå det sentrale lageret så lenge ei ventar. Når årsaka er retta (til dømes tilgang til embetet), send ho på nytt; eller forkast endringane dine for å få versjonen frå det sentrale lageret.'),
 '&Send again': ('&Send på nytt', '&Send på nytt'),
 '&Discard my changes…': ('&Forkast mine endringer…', '&Forkast endringane mine…'),
 'Conflicts (%L1)': ('Konflikter (%L1)', 'Konfliktar (%L1)'),
 'Rejected changes (%L1)': ('Avviste endringer (%L1)', 'Avviste endringar (%L1)'),
 '(no common version)': ('(ingen felles versjon)', '(ingen felles versjon)'),
 '(removed)': ('(fjernet)', '(fjerna)'),
 '%1: the edited value cannot be read; write it in the same form as the values above.': ('%1: den redigerte verdien kan ikke leses; skriv den på samme form som verdiene over.', '%1: den redigerte verdien kan ikkje lesast; skriv han på same form som verdiane over.'),
 'Not resolved – %1': ('Ikke løst – %1', 'Ikkje løyst – %1'),
 'Discard my changes': ('Forkast mine endringer', 'Forkast endringane mine'),
 "Your changes to %1 that the central store refused are discarded, and the case goes back to the central store's version. The discarded changes stay in the case's history. Continue?": ('Endringene dine i %1 som det sentrale lageret avviste, forkastes, og saken går tilbake til versjonen i det sentrale lageret. De forkastede endringene blir stående i sakens historikk. Fortsette?', 'Endringane dine i %1 som det sentrale lageret avviste, blir forkasta, og saka går tilbake til versjonen i det sentrale lageret. Dei forkasta endringane blir ståande i historikken til saka. Halde fram?'),
 'the draft': ('utkastet', 'utkastet'),
 'Subject «%1»': ('Tilsynsobjekt «%1»', 'Tilsynsobjekt «%1»'),
 'Caseworker': ('Saksbehandler', 'Sakshandsamar'),
 'Procedure': ('Behandlingsmåte', 'Behandlingsmåte'),
 'Submitter': ('Innsender', 'Innsendar'),
 'Assessments': ('Vurderinger', 'Vurderingar'),
 '(empty)': ('(tom)', '(tom)'),
 'Yes': ('Ja', 'Ja'),
 'No': ('Nei', 'Nei'),
 'Syncing: archived %Ln letter(s)': (['Synkroniserer: arkiverte %Ln brev', 'Synkroniserer: arkiverte %Ln brev'], ['Synkroniserer: arkiverte %Ln brev', 'Synkroniserer: arkiverte %Ln brev']),
 ' days after received': (' dager etter mottatt', ' dagar etter motteke'),
 'The editor reminds you to choose a handling method by this day.': ('Saksbildet minner deg på å velge behandlingsmåte innen denne dagen.', 'Saksbiletet minner deg på å velja behandlingsmåte innan denne dagen.'),
 ' days ahead': (' dager fram', ' dagar fram'),
 '"Due soon" lists the open cases whose deadline falls within this many days.': ('«Forfaller snart» viser de åpne sakene med frist innen så mange dager.', '«Forfell snart» viser dei opne sakene med frist innan så mange dagar.'),
 'Choose handling method within:': ('Velg behandlingsmåte innen:', 'Vel behandlingsmåte innan:'),
 '"Due soon" shows:': ('«Forfaller snart» viser:', '«Forfell snart» viser:'),
 '%Ln field(s) of this case were also changed in the central store': (['%Ln felt i denne saken ble også endret i det sentrale lageret', '%Ln felt i denne saken ble også endret i det sentrale lageret'], ['%Ln felt i denne saka vart òg endra i det sentrale lageret', '%Ln felt i denne saka vart òg endra i det sentrale lageret']),
 'the central store refused a change to this case': ('det sentrale lageret avviste en endring i denne saken', 'det sentrale lageret avviste ei endring i denne saka'),
 'decide': ('avgjør', 'avgjer'),
 'Syncing…': ('Synkroniserer…', 'Synkroniserer…'),
 # central store settings dialog (views/sentraldialog)
 '&Test connection': ('&Test tilkobling', '&Test tilkopling'),
 '&Forget password': ('&Glem passord', '&Gløym passord'),
 'e.g. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10': ('f.eks. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10', 't.d. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10'),
 'optional: saved only in the keychain': ('valgfritt: lagres bare i nøkkelringen', 'valfritt: blir berre lagra i nøkkelringen'),
 '&Host:': ('&Vert:', '&Vert:'),
 '&Port:': ('&Port:', '&Port:'),
 '&Database:': ('&Database:', '&Database:'),
 '&User:': ('&Bruker:', '&Brukar:'),
 '&SSL mode:': ('&SSL-modus:', '&SSL-modus:'),
 '&Other options:': ('&Andre valg:', '&Andre val:'),
 'Pass&word:': ('Pass&ord:', 'Pass&ord:'),
 'Without a password here, it comes from PGPASSWORD or ~/.pgpass, or from the keychain if saved there before. It is never stored in the settings.': ('Uten passord her hentes det fra PGPASSWORD eller ~/.pgpass, eller fra nøkkelringen hvis det er lagret der før. Det lagres aldri i innstillingene.', 'Utan passord her blir det henta frå PGPASSWORD eller ~/.pgpass, eller frå nøkkelringen om det er lagra der før. Det blir aldri lagra i innstillingane.'),
 'The saved connection could not be read: %1': ('Den lagrede tilkoblingen kunne ikke leses: %1', 'Den lagra tilkoplinga kunne ikkje lesast: %1'),
 'Checks the server certificate and its host name.': ('Kontrollerer tjenerens sertifikat og vertsnavn.', 'Kontrollerer sertifikatet og vertsnamnet til tenaren.'),
 'Weaker: checks the certificate but not the host name.': ('Svakere: kontrollerer sertifikatet, men ikke vertsnavnet.', 'Svakare: kontrollerer sertifikatet, men ikkje vertsnamnet.'),
 'Weaker: the server is not verified, someone in between can read the cases. Use verify-full outside a test setup.': ('Svakere: tjeneren kontrolleres ikke, og noen i mellom kan lese sakene. Bruk verify-full utenfor et testoppsett.', 'Svakare: tenaren blir ikkje kontrollert, og nokon i mellom kan lesa sakene. Bruk verify-full utanfor eit testoppsett.'),
 'Fill in the host and the database.': ('Fyll inn vert og database.', 'Fyll inn vert og database.'),
 'Connecting…': ('Kobler til…', 'Koplar til…'),
 'Connected. The central store has schema version %1.': ('Tilkoblet. Det sentrale lageret har skjemaversjon %1.', 'Tilkopla. Det sentrale lageret har skjemaversjon %1.'),
 'The password for %1 is no longer in the keychain.': ('Passordet for %1 er ikke lenger i nøkkelringen.', 'Passordet for %1 er ikkje lenger i nøkkelringen.'),
 'The password was not saved: %1': ('Passordet ble ikke lagret: %1', 'Passordet vart ikkje lagra: %1'),
 'Other options: %1': ('Andre valg: %1', 'Andre val: %1'),
 'The password goes in the password field (saved in the keychain), not among the options.': ('Passordet skal i passordfeltet (lagres i nøkkelringen), ikke blant valgene.', 'Passordet skal i passordfeltet (blir lagra i nøkkelringen), ikkje blant vala.'),
 'Backlog: open cases past their deadline, serious cases first': ('Restanser: åpne saker over fristen, alvorlige saker først', 'Restansar: opne saker over fristen, alvorlege saker først'),
 'Due soon': ('Forfaller snart', 'Forfell snart'),
 'Cases whose deadline falls within the next 14 days, serious cases first': ('Saker med frist innen de neste 14 dagene, alvorlige saker først', 'Saker med frist innan dei neste 14 dagane, alvorlege saker først'),
 'Consider a delay notice to the person who made the request (Write letter… → forsinkelsesmelding).': ('Vurder å sende forsinkelsesmelding til den som henvendte seg (Skriv brev… → Melding om forsinket saksbehandling).', 'Vurder å senda melding om forseinking til den som tok kontakt (Skriv brev… → Melding om forseinka sakshandsaming).'),
 'Tilsynsklient': ('Tilsynsklient', 'Tilsynsklient'),
 'Danger to life or health, or abuse (prioritise)': ('Fare for liv eller helse, eller overgrep (prioriteres)', 'Fare for liv eller helse, eller overgrep (skal prioriterast)'),
 'Considered': ('Vurdert', 'Vurdert'),
 'Meeting offered': ('Tilbudt møte', 'Tilbode møte'),
 'Note': ('Merknad', 'Merknad'),
 'Name': ('Navn', 'Namn'),
 '(not known)': ('(ukjent)', '(ukjend)'),
 '(none)': ('(ingen)', '(ingen)'),
 'Set': ('Satt', 'Sett'),
 'The henvendelse': ('Henvendelsen', 'Førespurnaden'),
 'Subjects of supervision': ('Tilsynsobjekter', 'Tilsynsobjekt'),
 'Handling method': ('Behandlingsmåte', 'Behandlingsmåte'),
 'Assessed provisions': ('Vurderte bestemmelser', 'Vurderte føresegner'),
 'Change received date': ('Endre mottatt-dato', 'Endra motteke-dato'),
 'Change sector': ('Endre sektor', 'Endra sektor'),
 'Change office': ('Endre embete', 'Endra embete'),
 'Change case officer': ('Endre saksbehandler', 'Endra saksbehandlar'),
 'Change serious': ('Endre alvorlig', 'Endra alvorleg'),
 'Change sources': ('Endre kilder', 'Endra kjelder'),
 'Change themes': ('Endre temaer', 'Endra tema'),
 'Edit summary': ('Rediger sammendrag', 'Rediger samandrag'),
 'Change date': ('Endre dato', 'Endra dato'),
 'Change outcome': ('Endre utfall', 'Endra utfall'),
 'Edit submitter': ('Rediger innsender', 'Rediger innsendar'),
 'Edit user involvement': ('Rediger brukerinvolvering', 'Rediger brukarinvolvering'),
 'This case has %Ln assessed provision(s). Changing the handling method away from 5 removes them and the outcome. Change anyway?':
   (['Saken har %Ln vurdert bestemmelse. Bytter du bort fra behandlingsmåte 5, fjernes den og utfallet. Vil du bytte likevel?',
     'Saken har %Ln vurderte bestemmelser. Bytter du bort fra behandlingsmåte 5, fjernes de og utfallet. Vil du bytte likevel?'],
    ['Saka har %Ln vurdert føresegn. Byter du bort frå behandlingsmåte 5, blir ho og utfallet fjerna. Vil du byte likevel?',
     'Saka har %Ln vurderte føresegner. Byter du bort frå behandlingsmåte 5, blir dei og utfallet fjerna. Vil du byte likevel?']),
 'Change handling method': ('Endre behandlingsmåte', 'Endra behandlingsmåte'),
 'Case %1': ('Sak %1', 'Sak %1'),
 'Draft (no case number yet)': ('Utkast (har ikke saksnummer ennå)', 'Utkast (har ikkje saksnummer enno)'),
 'Deadline: %1': ('Frist: %1', 'Frist: %1'),
 ' – %Ln day(s) overdue': ([' – %Ln dag over fristen', ' – %Ln dager over fristen'], [' – %Ln dag over fristen', ' – %Ln dagar over fristen']),
 ' – %Ln day(s) left': ([' – %Ln dag igjen', ' – %Ln dager igjen'], [' – %Ln dag att', ' – %Ln dagar att']),
 ' – milestone reached in time': (' – milepælen nådd innen fristen', ' – milepælen nådd innan fristen'),
 ' – milestone reached after the deadline': (' – milepælen nådd etter fristen', ' – milepælen nådd etter fristen'),
 'Choose how the case is handled. Each method has its own milestone and deadline.':
   ('Velg hvordan saken skal behandles. Hver behandlingsmåte har sin egen milepæl og frist.',
    'Vel korleis saka skal behandlast. Kvar behandlingsmåte har sin eigen milepæl og frist.'),
 'Recover unsaved changes': ('Gjenopprett ulagrede endringer', 'Gjenoppretta ulagra endringar'),
 'The case was not saved: %Ln problem(s) must be fixed first. Each is shown at its field.':
   (['Saken ble ikke lagret: %Ln feil må rettes først. Den vises ved feltet.', 'Saken ble ikke lagret: %Ln feil må rettes først. Hver feil vises ved sitt felt.'],
    ['Saka vart ikkje lagra: %Ln feil må rettast først. Han blir vist ved feltet.', 'Saka vart ikkje lagra: %Ln feil må rettast først. Kvar feil blir vist ved sitt felt.']),
 'The case was not saved:\n%1': ('Saken ble ikke lagret:\n%1', 'Saka vart ikkje lagra:\n%1'),
 "The case was not saved because someone else saved it after you opened it. Your changes are kept here; reopen the case to see theirs.\n\n%1":
   ('Saken ble ikke lagret fordi noen andre lagret den etter at du åpnet den. Endringene dine er tatt vare på her; åpne saken på nytt for å se de andres.\n\n%1',
    'Saka vart ikkje lagra fordi nokon andre lagra ho etter at du opna ho. Endringane dine er tekne vare på her; opna saka på nytt for å sjå endringane til dei andre.\n\n%1'),
 'The case could not be saved:\n%1': ('Saken kunne ikke lagres:\n%1', 'Saka kunne ikkje lagrast:\n%1'),
 'Received': ('Mottatt', 'Motteken'),
 'Sector': ('Sektor', 'Sektor'),
 'Office': ('Embete', 'Embete'),
 'Case officer': ('Saksbehandler', 'Saksbehandlar'),
 'Serious': ('Alvorlig', 'Alvorleg'),
 'Sources': ('Kilder', 'Kjelder'),
 'Themes': ('Temaer', 'Tema'),
 'User involvement': ('Brukerinvolvering', 'Brukarinvolvering'),
 'Summary': ('Sammendrag', 'Samandrag'),
 'Submitted by': ('Innsender', 'Innsendar'),
 'Address': ('Adresse', 'Adresse'),
 'Written form': ('Målform', 'Målform'),
 'Forwarded': ('Oversendt', 'Oversendt'),
 'Report received': ('Rapport mottatt', 'Rapport motteken'),
 'Meeting': ('Møte', 'Møte'),
 'Closed': ('Avsluttet', 'Avslutta'),
 'Outcome': ('Utfall', 'Utfall'),
 'Closing with guidance: the statsforvalter gives advice and guidance to the person who made contact and closes the case. Milestone: the case is closed. Deadline: %1 from received.':
   ('Avslutning med veiledning: statsforvalteren gir råd og veiledning til den som tok kontakt, og avslutter saken. Milepæl: saken avsluttes. Frist: %1 fra mottatt.',
    'Avslutning med rettleiing: statsforvaltaren gir råd og rettleiing til den som tok kontakt, og avsluttar saka. Milepæl: saka blir avslutta. Frist: %1 frå motteken.'),
 "Forwarding to the service: the henvendelse is sent to the service (or the health professional) to follow up, and the statsforvalter's case is closed. Milestone: forwarded. Deadline: %1 from received.":
   ('Oversendelse til virksomheten: henvendelsen sendes til virksomheten (eller helsepersonellet) for oppfølging, og statsforvalterens sak avsluttes. Milepæl: oversendt. Frist: %1 fra mottatt.',
    'Oversending til verksemda: førespurnaden blir send til verksemda (eller helsepersonellet) for oppfølging, og saka hos statsforvaltaren blir avslutta. Milepæl: oversendt. Frist: %1 frå motteken.'),
 'The service follows up and reports: it reviews its own practice, corrects failures and reports back; the statsforvalter judges whether that is good enough. Milestone: the request is sent. Deadline: %1 from received.':
   ('Virksomheten følger opp og rapporterer: den gjennomgår egen praksis, retter svikt og rapporterer tilbake; statsforvalteren vurderer om oppfølgingen er god nok. Milepæl: anmodningen er sendt. Frist: %1 fra mottatt.',
    'Verksemda følgjer opp og rapporterer: ho går gjennom eigen praksis, rettar svikt og rapporterer tilbake; statsforvaltaren vurderer om oppfølginga er god nok. Milepæl: førespurnaden er send. Frist: %1 frå motteken.'),
 'Meeting with the service and the user: the case is concluded in a meeting with the service and the patient or user. Milestone: the meeting. Deadline: %1 from received.':
   ('Møte med virksomhet og bruker: saken avsluttes i et møte med virksomheten og pasienten eller brukeren. Milepæl: møtet. Frist: %1 fra mottatt.',
    'Møte med verksemd og brukar: saka blir avslutta i eit møte med verksemda og pasienten eller brukaren. Milepæl: møtet. Frist: %1 frå motteken.'),
 'The statsforvalter investigates and decides: full investigation with a conclusion per assessed provision and subject, and an outcome. Milestone: the case is closed. Deadline: %1 from received.':
   ('Statsforvalteren utreder og avgjør: full utredning med konklusjon for hver vurdert bestemmelse og hvert tilsynsobjekt, og et utfall. Milepæl: saken avsluttes. Frist: %1 fra mottatt.',
    'Statsforvaltaren greier ut og avgjer: full utgreiing med konklusjon for kvar vurdert føresegn og kvart tilsynsobjekt, og eit utfall. Milepæl: saka blir avslutta. Frist: %1 frå motteken.'),
 'The case store could not be opened:\n%1': ('Saksarkivet kunne ikke åpnes:\n%1', 'Saksarkivet kunne ikkje opnast:\n%1'),
 'Your profile': ('Din profil', 'Profilen din'),
 'Settings': ('Innstillinger', 'Innstillingar'),
 'Follow the system': ('Som systemet', 'Som systemet'),
 'Your name, title, office and phone number are used in letters.': ('Navn, tittel, embete og telefonnummer brukes i brev.', 'Namn, tittel, embete og telefonnummer blir brukte i brev.'),
 'Name:': ('Navn:', 'Namn:'),
 'Title:': ('Tittel:', 'Tittel:'),
 'Office:': ('Embete:', 'Embete:'),
 'Phone:': ('Telefon:', 'Telefon:'),
 'Language:': ('Språk:', 'Språk:'),
 'Import cases': ('Importer saker', 'Importer saker'),
 'JSON Lines (*.jsonl);;All files (*)': ('JSON Lines (*.jsonl);;Alle filer (*)', 'JSON Lines (*.jsonl);;Alle filer (*)'),
 '&File': ('&Fil', '&Fil'),
 '&Edit': ('&Rediger', '&Rediger'),
 '&View': ('&Vis', '&Vis'),
 '&Help': ('&Hjelp', '&Hjelp'),
 '&New case': ('&Ny sak', '&Ny sak'),
 '&Save': ('&Lagre', '&Lagra'),
 '&Import…': ('I&mporter…', 'I&mporter…'),
 '&Print…': ('Skriv &ut…', 'Skriv &ut…'),
 '&Quit': ('&Avslutt', '&Avslutt'),
 '&Find': ('&Finn', '&Finn'),
 'Se&ttings…': ('Inn&stillinger…', 'Inn&stillingar…'),
 '&Undo': ('&Angre', '&Angra'),
 '&Redo': ('&Gjør om', '&Gjer om'),
 'Not synchronised': ('Ikke synkronisert', 'Ikkje synkronisert'),
 'Draft': ('Utkast', 'Utkast'),
 '%1 – Tilsynsklient': ('%1 – Tilsynsklient', '%1 – Tilsynsklient'),
 '%Ln case(s)': (['%Ln sak', '%Ln saker'], ['%Ln sak', '%Ln saker']),
 'Unsaved changes': ('Ulagrede endringer', 'Ulagra endringar'),
 'The open case has unsaved changes. Save them?': ('Den åpne saken har endringer som ikke er lagret. Vil du lagre dem?', 'Den opne saka har endringar som ikkje er lagra. Vil du lagra dei?'),
 'Import': ('Import', 'Import'),
 'Cannot read %1: %2': ('Kan ikke lese %1: %2', 'Kan ikkje lesa %1: %2'),
 'Nothing was imported: the file has %Ln problem(s).': (['Ingenting ble importert: filen har %Ln feil.', 'Ingenting ble importert: filen har %Ln feil.'], ['Ingenting vart importert: fila har %Ln feil.', 'Ingenting vart importert: fila har %Ln feil.']),
 'Nothing was imported:\n%1': ('Ingenting ble importert:\n%1', 'Ingenting vart importert:\n%1'),
 'Imported %Ln case(s)': (['Importerte %Ln sak', 'Importerte %Ln saker'], ['Importerte %Ln sak', 'Importerte %Ln saker']),
 'a draft received %1': ('et utkast mottatt %1', 'eit utkast motteke %1'),
 'Tilsynsklient was closed without saving changes to case %1 (last copy %2). Restore the unsaved changes?':
   ('Tilsynsklient ble lukket uten at endringene i sak %1 ble lagret (siste kopi %2). Vil du gjenopprette de ulagrede endringene?',
    'Tilsynsklient vart lukka utan at endringane i sak %1 vart lagra (siste kopi %2). Vil du gjenopprette dei ulagra endringane?'),
 'Type': ('Type', 'Type'),
 'Service level': ('Tjenestenivå', 'Tenestenivå'),
 'Org. no.': ('Org.nr.', 'Org.nr.'),
 'HPR no.': ('HPR-nr.', 'HPR-nr.'),
 'Add subject': ('Legg til tilsynsobjekt', 'Legg til tilsynsobjekt'),
 'Remove subject': ('Fjern tilsynsobjekt', 'Fjern tilsynsobjekt'),
 'Change subject type': ('Endre objekttype', 'Endra objekttype'),
 'Change service level': ('Endre tjenestenivå', 'Endra tenestenivå'),
 'Edit subject': ('Rediger tilsynsobjekt', 'Rediger tilsynsobjekt'),
 'Subject %1: %2': ('Tilsynsobjekt %1: %2', 'Tilsynsobjekt %1: %2'),
 'Search case no., subject or summary (Ctrl+F)': ('Søk i saksnummer, tilsynsobjekt eller sammendrag (Ctrl+F)', 'Søk i saksnummer, tilsynsobjekt eller samandrag (Ctrl+F)'),
 'All cases': ('Alle saker', 'Alle saker'),
 'Open': ('Åpen', 'Open'),
 'All sectors': ('Alle sektorer', 'Alle sektorar'),
 'All handling methods': ('Alle behandlingsmåter', 'Alle behandlingsmåtar'),
 'Handling not chosen': ('Behandlingsmåte ikke valgt', 'Behandlingsmåte ikkje vald'),
 'Handling %1': ('Behandlingsmåte %1', 'Behandlingsmåte %1'),
 'My cases': ('Mine saker', 'Mine saker'),
 'Overdue': ('Over fristen', 'Over fristen'),
 'Not chosen': ('Ikke valgt', 'Ikkje vald'),
 'Closed %1': ('Avsluttet %1', 'Avslutta %1'),
 '%1 (met)': ('%1 (nådd)', '%1 (nådd)'),
 '%1 (met late)': ('%1 (nådd for sent)', '%1 (nådd for seint)'),
 '%1 (%Ln day(s) overdue)': (['%1 (%Ln dag over)', '%1 (%Ln dager over)'], ['%1 (%Ln dag over)', '%1 (%Ln dagar over)']),
 '%1 (%Ln day(s) left)': (['%1 (%Ln dag igjen)', '%1 (%Ln dager igjen)'], ['%1 (%Ln dag att)', '%1 (%Ln dagar att)']),
 'The deadline has passed and the milestone is not reached': ('Fristen er passert, og milepælen er ikke nådd', 'Fristen er passert, og milepælen er ikkje nådd'),
 'Case no.': ('Saksnr.', 'Saksnr.'),
 'Subject of supervision': ('Tilsynsobjekt', 'Tilsynsobjekt'),
 'Handling': ('Behandlingsmåte', 'Behandlingsmåte'),
 'Status': ('Status', 'Status'),
 'Deadline': ('Frist', 'Frist'),
 'Welcome to Tilsynsklient': ('Velkommen til Tilsynsklient', 'Velkomen til Tilsynsklient'),
 'No case open': ('Ingen sak er åpen', 'Inga sak er open'),
 'There are no cases here yet. Start a new case, import cases from a JSON Lines file, or load the sample cases to look around.':
   ('Det er ingen saker her ennå. Opprett en ny sak, importer saker fra en JSON Lines-fil, eller last inn eksempelsakene for å se deg rundt.',
    'Det er ingen saker her enno. Opprett ei ny sak, importer saker frå ei JSON Lines-fil, eller last inn eksempelsakene for å sjå deg rundt.'),
 'Choose a case in the list, or start a new one.': ('Velg en sak i listen, eller opprett en ny.', 'Vel ei sak i lista, eller opprett ei ny.'),
 'New case': ('Ny sak', 'Ny sak'),
 'Import…': ('Importer…', 'Importer…'),
 'Load sample cases': ('Last inn eksempelsaker', 'Last inn eksempelsaker'),
 'Provision': ('Bestemmelse', 'Føresegn'),
 'Subject': ('Tilsynsobjekt', 'Tilsynsobjekt'),
 'Conclusion': ('Konklusjon', 'Konklusjon'),
 'Reasoning': ('Begrunnelse', 'Grunngiving'),
 'Add assessment': ('Legg til vurdering', 'Legg til vurdering'),
 'Remove assessment': ('Fjern vurdering', 'Fjern vurdering'),
 'Choose provision': ('Velg bestemmelse', 'Vel føresegn'),
 'Subject %1': ('Tilsynsobjekt %1', 'Tilsynsobjekt %1'),
 'Choose subject': ('Velg tilsynsobjekt', 'Vel tilsynsobjekt'),
 'Choose conclusion': ('Velg konklusjon', 'Vel konklusjon'),
 'Edit reasoning': ('Rediger begrunnelse', 'Rediger grunngiving'),
 'Assessment %1: %2': ('Vurdering %1: %2', 'Vurdering %1: %2'),
 # Letters (BrevDialog, Brevvisning)
 'Letters – %1': ('Brev – %1', 'Brev – %1'),
 'Exempt from public access (Unntatt offentlighet)': ('Unntatt offentlighet', 'Unnateke offentlegheit'),
 'Finalise…': ('Ferdigstill…', 'Ferdigstill…'),
 'Bokmål': ('Bokmål', 'Bokmål'),
 'Nynorsk': ('Nynorsk', 'Nynorsk'),
 'Letter type': ('Brevtype', 'Brevtype'),
 'Recipient': ('Mottaker', 'Mottakar'),
 'Facts relied on': ('Saksforhold', 'Saksforhold'),
 'Further text': ('Tilleggstekst', 'Tilleggstekst'),
 'Update preview': ('Oppdater forhåndsvisning', 'Oppdater førehandsvising'),
 'Print preview…': ('Forhåndsvis utskrift…', 'Førehandsvis utskrift…'),
 'Print…': ('Skriv ut…', 'Skriv ut…'),
 'Finalise letter': ('Ferdigstill brev', 'Ferdigstill brev'),
 'A finalised letter is stored in the case as it is now and can never be changed. Finalise?':
   ('Et ferdigstilt brev lagres i saken slik det er nå, og kan aldri endres. Vil du ferdigstille?',
    'Eit ferdigstilt brev blir lagra i saka slik det er no, og kan aldri endrast. Vil du ferdigstilla?'),
 'The letter was not finalised: %1': ('Brevet ble ikke ferdigstilt: %1', 'Brevet vart ikkje ferdigstilt: %1'),
 'the case has no saksnummer yet; drafts can be previewed and printed':
   ('saken har ikke saksnummer ennå; utkast kan forhåndsvises og skrives ut',
    'saka har ikkje saksnummer enno; utkast kan førehandsvisast og skrivast ut'),
 'no case store is open': ('det er ikke åpnet noe saksarkiv', 'det er ikkje opna noko saksarkiv'),
 'The letter could not be made: %1': ('Brevet kunne ikke lages: %1', 'Brevet kunne ikkje lagast: %1'),
 # Statistics (Gui, StatistikkDiagram, StatistikkVisning)
 '&Statistics…': ('S&tatistikk…', 'S&tatistikk…'),  # S is Sentralt lager's in the View menu
 'Statistics': ('Statistikk', 'Statistikk'),
 'Closed cases per handling method': ('Avsluttede saker per behandlingsmåte', 'Avslutta saker per behandlingsmåte'),
 'Share within deadline (target %1 %)': ('Andel innen fristen (mål %1 %)', 'Del innan fristen (mål %1 %)'),
 'Closed cases': ('Avsluttede saker', 'Avslutta saker'),
 'BM %1': ('BM %1', 'BM %1'),
 'Within deadline, %': ('Innen fristen, %', 'Innan fristen, %'),
 'Target %1 %': ('Mål %1 %', 'Mål %1 %'),
 'All offices': ('Alle embeter', 'Alle embete'),
 '&Sector:': ('&Sektor:', '&Sektor:'),
 '&Year:': ('&År:', '&År:'),
 'or &period:': ('eller pe&riode:', 'eller pe&riode:'),
 '&Office:': ('&Embete:', '&Embete:'),
 'Export CS&V…': ('Eksporter &CSV…', 'Eksporter &CSV…'),
 'Export &XLSX…': ('Eksporter &XLSX…', 'Eksporter &XLSX…'),
 'Handling methods': ('Behandlingsmåter', 'Behandlingsmåtar'),
 'Result targets': ('Resultatmål', 'Resultatmål'),
 'Backlog': ('Restanser', 'Restansar'),
 'Handling time': ('Behandlingstid', 'Behandlingstid'),
 'The period ends before it starts.': ('Perioden slutter før den begynner.', 'Perioden sluttar før han byrjar.'),
 'Computing…': ('Beregner…', 'Reknar ut…'),
 'The statistics could not be computed: %1': ('Statistikken kunne ikke beregnes: %1', 'Statistikken kunne ikkje reknast ut: %1'),
 'Cases closed in %1: %2 · computed in %3 ms': ('Saker avsluttet i %1: %2 · beregnet på %3 ms', 'Saker avslutta i %1: %2 · rekna ut på %3 ms'),
 'There is nothing to export yet.': ('Det er ingenting å eksportere ennå.', 'Det er ingenting å eksportera enno.'),
 'Could not write %1: %2': ('Kunne ikke skrive %1: %2', 'Kunne ikkje skriva %1: %2'),
 'Export report as CSV': ('Eksporter rapport som CSV', 'Eksporter rapport som CSV'),
 'CSV files (*.csv)': ('CSV-filer (*.csv)', 'CSV-filer (*.csv)'),
 'Export failed': ('Eksporten mislyktes', 'Eksporten feila'),
 'Export statistics as XLSX': ('Eksporter statistikk som XLSX', 'Eksporter statistikk som XLSX'),
 'Excel workbooks (*.xlsx)': ('Excel-arbeidsbøker (*.xlsx)', 'Excel-arbeidsbøker (*.xlsx)'),

 # Follow-up of breaches (Gui, OppfolgingModell, OppfolgingVisning)
 '&Follow-up of breaches…': ('&Oppfølging av lovbrudd…', '&Oppfølging av lovbrot…'),
 'Follow-up of breaches': ('Oppfølging av lovbrudd', 'Oppfølging av lovbrot'),
 "Start follow-up of this case's breaches": ('Start oppfølging av lovbruddene i denne saken', 'Start oppfølging av lovbrota i denne saka'),
 '%1 of %2 corrected': ('%1 av %2 rettet', '%1 av %2 retta'),
 '%Ln received': (['%Ln mottatt', '%Ln mottatt'], ['%Ln motteke', '%Ln motteke']),
 '&Deadline:': ('&Frist:', '&Frist:'),
 'Add milestone': ('Legg til milepæl', 'Legg til milepæl'),
 'Breaches': ('Lovbrudd', 'Lovbrot'),
 'Case %1 – follow-up started %2': ('Sak %1 – oppfølging startet %2', 'Sak %1 – oppfølging starta %2'),
 'Close follow-up': ('Avslutt oppfølgingen', 'Avslutt oppfølginga'),
 'Corrected': ('Rettet', 'Retta'),
 'D&ate:': ('D&ato:', 'D&ato:'),
 'Descri&ption:': ('&Beskrivelse:', '&Skildring:'),
 'Documentation': ('Dokumentasjon', 'Dokumentasjon'),
 'Documentation received': ('Dokumentasjon mottatt', 'Dokumentasjon motteken'),
 'E&vidence:': ('Be&vis:', 'Pro&v:'),
 'Events of the selected breach': ('Hendelser for valgt lovbrudd', 'Hendingar for valt lovbrot'),
 'Mark corrected': ('Marker som rettet', 'Merk som retta'),
 'Next deadline': ('Neste frist', 'Neste frist'),
 'Overdue': ('Over fristen', 'Over fristen'),
 'Re&quirement:': ('&Krav:', '&Krav:'),
 'Ready to close': ('Klar til avslutning', 'Klar til avslutning'),
 'Register reminder': ('Registrer purring', 'Registrer purring'),
 'Requirement': ('Krav', 'Krav'),
 'Requirement not set': ('Krav ikke satt', 'Krav ikkje sett'),
 'Select a follow-up in the list.': ('Velg en oppfølging i listen.', 'Vel ei oppfølging i lista.'),
 'Set requirement and deadline': ('Sett krav og frist', 'Set krav og frist'),
 'Waiting for the service': ('Venter på virksomheten', 'Ventar på verksemda'),
 'What shows that practice has changed and stays changed': ('Hva viser at praksis er endret og forblir endret', 'Kva viser at praksis er endra og held seg endra'),
 'What the service must document': ('Hva virksomheten må dokumentere', 'Kva verksemda må dokumentere'),
}

# More tables, one file per area (i18n/tekster/*.py, each defining T the same way), so that work
# on different windows adds translations without touching the same lines.
for _fil in sorted((Path(__file__).parent / 'tekster').glob('*.py')):
    _ns = {}
    exec(compile(_fil.read_text(encoding='utf-8'), str(_fil), 'exec'), _ns)
    for _k, _v in _ns.get('T', {}).items():
        if _k in T and T[_k] != _v:
            sys.exit(f'{_fil.name}: {_k!r} is translated differently elsewhere')
        T[_k] = _v

def fyll(sti, indeks):
    tre = ET.parse(sti)
    mangler = []
    for m in tre.getroot().iter('message'):
        kilde = m.find('source').text
        tr = m.find('translation')
        if kilde not in T:
            mangler.append(kilde)
            continue
        verdi = T[kilde][indeks]
        for barn in list(tr):
            tr.remove(barn)
        tr.text = None
        if 'type' in tr.attrib:
            del tr.attrib['type']
        if m.get('numerus') == 'yes':
            former = verdi if isinstance(verdi, list) else [verdi, verdi]
            for f in former:
                ET.SubElement(tr, 'numerusform').text = f
        else:
            tr.text = verdi[0] if isinstance(verdi, list) else verdi
    tre.write(sti, encoding='utf-8', xml_declaration=True)
    return mangler

def fyllEngelsk(sti):
    """English needs only its plural forms: "(s)" becomes "" and "s"."""
    tre = ET.parse(sti)
    for m in tre.getroot().iter('message'):
        if m.get('numerus') != 'yes':
            continue
        kilde = m.find('source').text
        tr = m.find('translation')
        for barn in list(tr):
            tr.remove(barn)
        tr.attrib.pop('type', None)
        for f in (kilde.replace('(s)', ''), kilde.replace('(s)', 's')):
            ET.SubElement(tr, 'numerusform').text = f
    tre.write(sti, encoding='utf-8', xml_declaration=True)

# Nynorsk commands in the a-form, as the nynorsk UI and Qt's own nynorsk do ("Lagra", "Angra"):
# an undo text read "Angre Endre målform" (issue 10). The e-forms a nynorsk text must not start
# with; adjectives spelt the same ("Opne oppfølgingar": open ones) are named by their source.
E_FORMER = {'Angre', 'Endre', 'Lagre', 'Avslutte', 'Opne', 'Eksportere', 'Importere', 'Sortere', 'Lukke',
            'Skrive', 'Hente', 'Sende', 'Slette', 'Fjerne', 'Kopiere', 'Ferdigstille', 'Registrere', 'skildre',
            'Gjenopprett', 'Gjenopprette'}
# The infinitive after "å" too (issue 10: "å velje", "å skrive" beside "å importera"): hunspell -d nn_NO
# knows both forms, so the project's choice is checked here.
import re as _re
E_INFINITIV = _re.compile(r'\bå (angre|arkivere|avslutte|eksportere|importere|gjere|opne|purre|sende|skrive|søkje|'
                          r'velje|endre|lagre|hente|slette|fjerne|kopiere|ferdigstille|registrere|lukke|sortere)\b')
ADJEKTIV = {'Open follow-ups', 'Open at start', 'Open at end'}

def eFormer():
    ut = []
    for kilde, (_, nn) in T.items():
        for tekst in (nn if isinstance(nn, list) else [nn]):
            ord_ = tekst.replace('&', '').split()
            if ord_ and ord_[0] in E_FORMER and kilde not in ADJEKTIV:
                ut.append(f'nn: {kilde!r} → {tekst!r}: a-form ({ord_[0].rstrip("e")}a)')
            if m := E_INFINITIV.search(tekst):
                ut.append(f'nn: {kilde!r} → {tekst!r}: a-infinitive after «å» ({m.group(1)[:-1]}a)')
    return ut

if __name__ == '__main__':
    mappe = Path(__file__).parent
    feil = 0
    for f in eFormer():
        print(f, file=sys.stderr)
        feil += 1
    for spraak, i in (('nb', 0), ('nn', 1)):
        m = fyll(mappe / f'tilsynsklient_{spraak}.ts', i)
        for k in m:
            print(f'{spraak}: untranslated: {k!r}', file=sys.stderr)
        feil += len(m)
    fyllEngelsk(mappe / 'tilsynsklient_en.ts')
    sys.exit(1 if feil else 0)
