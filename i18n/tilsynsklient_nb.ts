<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>tilsyn::BrevDialog</name>
    <message>
        <source>Letters – %1</source>
        <translation>Brev – %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
</context>
<context>
    <name>tilsyn::Brevvisning</name>
    <message>
        <source>Exempt from public access (Unntatt offentlighet)</source>
        <translation>Unntatt offentlighet</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Ferdigstill…</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Letter type</source>
        <translation>Brevtype</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Målform</translation>
    </message>
    <message>
        <source>Facts relied on</source>
        <translation>Saksforhold</translation>
    </message>
    <message>
        <source>Further text</source>
        <translation>Tilleggstekst</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Oppdater forhåndsvisning</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Forhåndsvis utskrift…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Finalise letter</source>
        <translation>Ferdigstill brev</translation>
    </message>
    <message>
        <source>A finalised letter is stored in the case as it is now and can never be changed. Finalise?</source>
        <translation>Et ferdigstilt brev lagres i saken slik det er nå, og kan aldri endres. Vil du ferdigstille?</translation>
    </message>
    <message>
        <source>The letter was not finalised: %1</source>
        <translation>Brevet ble ikke ferdigstilt: %1</translation>
    </message>
    <message>
        <source>the case has no saksnummer yet; drafts can be previewed and printed</source>
        <translation>saken har ikke saksnummer ennå; utkast kan forhåndsvises og skrives ut</translation>
    </message>
    <message>
        <source>no case store is open</source>
        <translation>det er ikke åpnet noe saksarkiv</translation>
    </message>
    <message>
        <source>The letter could not be made: %1</source>
        <translation>Brevet kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>This letter marks a milestone of the case. Record it with the letter's date?</source>
        <translation>Brevet markerer en milepæl i saken. Vil du registrere den med brevets dato?</translation>
    </message>
</context>
<context>
    <name>tilsyn::CaseEditor</name>
    <message>
        <source>Tilsynsklient</source>
        <translation>Tilsynsklient</translation>
    </message>
    <message>
        <source>Danger to life or health, or abuse (prioritise)</source>
        <translation>Fare for liv eller helse, eller overgrep (prioriteres)</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Meeting offered</source>
        <translation>Tilbudt møte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satt</translation>
    </message>
    <message>
        <source>The henvendelse</source>
        <translation>Henvendelsen</translation>
    </message>
    <message>
        <source>Subjects of supervision</source>
        <translation>Tilsynsobjekter</translation>
    </message>
    <message>
        <source>Handling method</source>
        <translation>Behandlingsmåte</translation>
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation>Vurderte bestemmelser</translation>
    </message>
    <message>
        <source>Change received date</source>
        <translation>Endre mottatt-dato</translation>
    </message>
    <message>
        <source>Change sector</source>
        <translation>Endre sektor</translation>
    </message>
    <message>
        <source>Change office</source>
        <translation>Endre embete</translation>
    </message>
    <message>
        <source>Change case officer</source>
        <translation>Endre saksbehandler</translation>
    </message>
    <message>
        <source>Change serious</source>
        <translation>Endre alvorlig</translation>
    </message>
    <message>
        <source>Change sources</source>
        <translation>Endre kilder</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translation>Endre temaer</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Rediger sammendrag</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Endre dato</translation>
    </message>
    <message>
        <source>Change outcome</source>
        <translation>Endre utfall</translation>
    </message>
    <message>
        <source>Edit submitter</source>
        <translation>Rediger innsender</translation>
    </message>
    <message>
        <source>Edit user involvement</source>
        <translation>Rediger brukerinvolvering</translation>
    </message>
    <message numerus="yes">
        <source>This case has %n assessed provision(s). Changing the handling method away from 5 removes them and the outcome. Change anyway?</source>
        <translation><numerusform>Saken har %n vurdert bestemmelse. Bytter du bort fra behandlingsmåte 5, fjernes den og utfallet. Vil du bytte likevel?</numerusform><numerusform>Saken har %n vurderte bestemmelser. Bytter du bort fra behandlingsmåte 5, fjernes de og utfallet. Vil du bytte likevel?</numerusform></translation>
    </message>
    <message>
        <source>Change handling method</source>
        <translation>Endre behandlingsmåte</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>Draft (no case number yet)</source>
        <translation>Utkast (har ikke saksnummer ennå)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message numerus="yes">
        <source> – %n day(s) overdue</source>
        <translation><numerusform> – %n dag over fristen</numerusform><numerusform> – %n dager over fristen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %n day(s) left</source>
        <translation><numerusform> – %n dag igjen</numerusform><numerusform> – %n dager igjen</numerusform></translation>
    </message>
    <message>
        <source> – milestone reached in time</source>
        <translation> – milepælen nådd innen fristen</translation>
    </message>
    <message>
        <source> – milestone reached after the deadline</source>
        <translation> – milepælen nådd etter fristen</translation>
    </message>
    <message>
        <source>Choose how the case is handled. Each method has its own milestone and deadline.</source>
        <translation>Velg hvordan saken skal behandles. Hver behandlingsmåte har sin egen milepæl og frist.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Gjenopprett ulagrede endringer</translation>
    </message>
    <message numerus="yes">
        <source>The case was not saved: %n problem(s) must be fixed first. Each is shown at its field.</source>
        <translation><numerusform>Saken ble ikke lagret: %n feil må rettes først. Den vises ved feltet.</numerusform><numerusform>Saken ble ikke lagret: %n feil må rettes først. Hver feil vises ved sitt felt.</numerusform></translation>
    </message>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>Saken ble ikke lagret:
%1</translation>
    </message>
    <message>
        <source>The case was not saved because someone else saved it after you opened it. Your changes are kept here; reopen the case to see theirs.

%1</source>
        <translation>Saken ble ikke lagret fordi noen andre lagret den etter at du åpnet den. Endringene dine er tatt vare på her; åpne saken på nytt for å se de andres.

%1</translation>
    </message>
    <message>
        <source>The case could not be saved:
%1</source>
        <translation>Saken kunne ikke lagres:
%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Embete</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>User involvement</source>
        <translation>Brukerinvolvering</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Innsender</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Målform</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Oversendt</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Rapport mottatt</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Closing with guidance: the statsforvalter gives advice and guidance to the person who made contact and closes the case. Milestone: the case is closed. Deadline: %1 from received.</source>
        <translation>Avslutning med veiledning: statsforvalteren gir råd og veiledning til den som tok kontakt, og avslutter saken. Milepæl: saken avsluttes. Frist: %1 fra mottatt.</translation>
    </message>
    <message>
        <source>Forwarding to the service: the henvendelse is sent to the service (or the health professional) to follow up, and the statsforvalter's case is closed. Milestone: forwarded. Deadline: %1 from received.</source>
        <translation>Oversendelse til virksomheten: henvendelsen sendes til virksomheten (eller helsepersonellet) for oppfølging, og statsforvalterens sak avsluttes. Milepæl: oversendt. Frist: %1 fra mottatt.</translation>
    </message>
    <message>
        <source>The service follows up and reports: it reviews its own practice, corrects failures and reports back; the statsforvalter judges whether that is good enough. Milestone: the request is sent. Deadline: %1 from received.</source>
        <translation>Virksomheten følger opp og rapporterer: den gjennomgår egen praksis, retter svikt og rapporterer tilbake; statsforvalteren vurderer om oppfølgingen er god nok. Milepæl: anmodningen er sendt. Frist: %1 fra mottatt.</translation>
    </message>
    <message>
        <source>Meeting with the service and the user: the case is concluded in a meeting with the service and the patient or user. Milestone: the meeting. Deadline: %1 from received.</source>
        <translation>Møte med virksomhet og bruker: saken avsluttes i et møte med virksomheten og pasienten eller brukeren. Milepæl: møtet. Frist: %1 fra mottatt.</translation>
    </message>
    <message>
        <source>The statsforvalter investigates and decides: full investigation with a conclusion per assessed provision and subject, and an outcome. Milestone: the case is closed. Deadline: %1 from received.</source>
        <translation>Statsforvalteren utreder og avgjør: full utredning med konklusjon for hver vurdert bestemmelse og hvert tilsynsobjekt, og et utfall. Milepæl: saken avsluttes. Frist: %1 fra mottatt.</translation>
    </message>
    <message>
        <source>Consider a delay notice to the person who made the request (Print… → forsinkelsesmelding).</source>
        <translation>Vurder å sende forsinkelsesmelding til den som henvendte seg (Skriv ut… → forsinkelsesmelding).</translation>
    </message>
    <message>
        <source>Choose a handling method by %1</source>
        <translation>Velg behandlingsmåte innen %1</translation>
    </message>
    <message numerus="yes">
        <source> – %n day(s) late</source>
        <translation><numerusform> – %n dag for sent</numerusform><numerusform> – %n dager for sent</numerusform></translation>
    </message>
    <message>
        <source>This case was changed in the central store while you edited it. Your unsaved changes are kept; these fields were changed there too and now show your version: %1</source>
        <translation>Saken ble endret i det sentrale lageret mens du redigerte den. Endringene du ikke har lagret, er beholdt; disse feltene ble også endret der og viser nå din versjon: %1</translation>
    </message>
</context>
<context>
    <name>tilsyn::Gui</name>
    <message>
        <source>Tilsynsklient</source>
        <translation>Tilsynsklient</translation>
    </message>
    <message>
        <source>The case store could not be opened:
%1</source>
        <translation>Saksarkivet kunne ikke åpnes:
%1</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistikk…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynkroniser nå</translation>
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation>&amp;Sentralt lager…</translation>
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation>Oppfølging av lovbrudd</translation>
    </message>
    <message>
        <source>&amp;Follow-up of breaches…</source>
        <translation>&amp;Oppfølging av lovbrudd…</translation>
    </message>
    <message>
        <source>Start follow-up of this case's breaches</source>
        <translation>Start oppfølging av lovbruddene i denne saken</translation>
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation>Synkronisering: konflikter og avviste endringer</translation>
    </message>
    <message>
        <source>Sync c&amp;onflicts and rejected changes…</source>
        <translation>Synkroniserings&amp;konflikter og avviste endringer…</translation>
    </message>
</context>
<context>
    <name>tilsyn::ImportForhaandsvisning</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>New cases: %1</source>
        <translation>Nye saker: %1</translation>
    </message>
    <message>
        <source>Already in the store, unchanged (skipped): %1</source>
        <translation>Finnes allerede, uendret (hoppes over): %1</translation>
    </message>
    <message>
        <source>Already in the store with other content: %1</source>
        <translation>Finnes allerede med annet innhold: %1</translation>
    </message>
    <message>
        <source>Importing replaces these cases with the file's version (each replacement is saved in the audit trail and sent at the next sync). Finalised letters and closed follow-ups are not changed. Cancel imports nothing.</source>
        <translation>Importen erstatter disse sakene med versjonen i filen (hver erstatning lagres i endringsloggen og sendes ved neste synkronisering). Ferdigstilte brev og avsluttede oppfølginger endres ikke. Avbryt importerer ingenting.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Det er ingenting å importere.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Fields that would change</source>
        <translation>Felt som ville bli endret</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace %n case(s) and import</source>
        <translation><numerusform>&amp;Erstatt %n sak og importer</numerusform><numerusform>&amp;Erstatt %n saker og importer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation><numerusform>&amp;Importer %n sak</numerusform><numerusform>&amp;Importer %n saker</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::InnstillingerDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Your name, title, office and phone number are used in letters.</source>
        <translation>Navn, tittel, embete og telefonnummer brukes i brev.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Embete:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source> days after received</source>
        <translation> dager etter mottatt</translation>
    </message>
    <message>
        <source>The editor reminds you to choose a handling method by this day.</source>
        <translation>Saksbildet minner deg på å velge behandlingsmåte innen denne dagen.</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dager fram</translation>
    </message>
    <message>
        <source>"Due soon" lists the open cases whose deadline falls within this many days.</source>
        <translation>«Forfaller snart» viser de åpne sakene med frist innen så mange dager.</translation>
    </message>
    <message>
        <source>Choose handling method within:</source>
        <translation>Velg behandlingsmåte innen:</translation>
    </message>
    <message>
        <source>"Due soon" shows:</source>
        <translation>«Forfaller snart» viser:</translation>
    </message>
</context>
<context>
    <name>tilsyn::MainWindow</name>
    <message>
        <source>Import cases</source>
        <translation>Importer saker</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Ny sak</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Load &amp;sample cases</source>
        <translation>Last inn &amp;eksempelsaker</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finn</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inn&amp;stillinger…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Not synchronised</source>
        <translation>Ikke synkronisert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Tilsynsklient</source>
        <translation>Tilsynsklient</translation>
    </message>
    <message>
        <source>%1 – Tilsynsklient</source>
        <translation>%1 – Tilsynsklient</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n sak</numerusform><numerusform>%n saker</numerusform></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The open case has unsaved changes. Save them?</source>
        <translation>Den åpne saken har endringer som ikke er lagret. Vil du lagre dem?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation><numerusform>Ingenting ble importert: filen har %n feil.</numerusform><numerusform>Ingenting ble importert: filen har %n feil.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Ingenting ble importert:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s)</source>
        <translation><numerusform>Importerte %n sak</numerusform><numerusform>Importerte %n saker</numerusform></translation>
    </message>
    <message>
        <source>a draft received %1</source>
        <translation>et utkast mottatt %1</translation>
    </message>
    <message>
        <source>Tilsynsklient was closed without saving changes to case %1 (last copy %2). Restore the unsaved changes?</source>
        <translation>Tilsynsklient ble lukket uten at endringene i sak %1 ble lagret (siste kopi %2). Vil du gjenopprette de ulagrede endringene?</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Gjenopprett ulagrede endringer</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n konflikt</numerusform><numerusform>%n konflikter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation><numerusform>%n avvist</numerusform><numerusform>%n avvist</numerusform></translation>
    </message>
    <message>
        <source>Changes that need your decision after syncing – click to see them</source>
        <translation>Endringer som trenger din avgjørelse etter synkronisering – klikk for å se dem</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of this case were also changed in the central store</source>
        <translation><numerusform>%n felt i denne saken ble også endret i det sentrale lageret</numerusform><numerusform>%n felt i denne saken ble også endret i det sentrale lageret</numerusform></translation>
    </message>
    <message>
        <source>the central store refused a change to this case</source>
        <translation>det sentrale lageret avviste en endring i denne saken</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>avgjør</translation>
    </message>
    <message>
        <source>[SAMPLE CASES – not your store] </source>
        <translation>[EKSEMPELSAKER – ikke ditt lager] </translation>
    </message>
    <message>
        <source>Sample cases</source>
        <translation>Eksempelsaker</translation>
    </message>
</context>
<context>
    <name>tilsyn::ObjektListe</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tjenestenivå</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>HPR no.</source>
        <translation>HPR-nr.</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>Legg til tilsynsobjekt</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>Fjern tilsynsobjekt</translation>
    </message>
    <message>
        <source>Change subject type</source>
        <translation>Endre objekttype</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Change service level</source>
        <translation>Endre tjenestenivå</translation>
    </message>
    <message>
        <source>Edit subject</source>
        <translation>Rediger tilsynsobjekt</translation>
    </message>
    <message>
        <source>Subject %1: %2</source>
        <translation>Tilsynsobjekt %1: %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Målform</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Change written form</source>
        <translation>Endre målform</translation>
    </message>
</context>
<context>
    <name>tilsyn::OppfolgingModell</name>
    <message>
        <source>%1 of %2 corrected</source>
        <translation>%1 av %2 rettet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Requirement not set</source>
        <translation>Krav ikke satt</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Klar til avslutning</translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation>Venter på virksomheten</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Lovbrudd</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tilsyn::OppfolgingVisning</name>
    <message>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <source>What the service must document</source>
        <translation>Hva virksomheten må dokumentere</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>&amp;Krav:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Set requirement and deadline</source>
        <translation>Sett krav og frist</translation>
    </message>
    <message>
        <source>Events of the selected breach</source>
        <translation>Hendelser for valgt lovbrudd</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ato:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Legg til milepæl</translation>
    </message>
    <message>
        <source>Documentation received</source>
        <translation>Dokumentasjon mottatt</translation>
    </message>
    <message>
        <source>Register reminder</source>
        <translation>Registrer purring</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Be&amp;vis:</translation>
    </message>
    <message>
        <source>What shows that practice has changed and stays changed</source>
        <translation>Hva viser at praksis er endret og forblir endret</translation>
    </message>
    <message>
        <source>Mark corrected</source>
        <translation>Marker som rettet</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>Avslutt oppfølgingen</translation>
    </message>
    <message>
        <source>Case %1 – follow-up started %2</source>
        <translation>Sak %1 – oppfølging startet %2</translation>
    </message>
    <message>
        <source>Select a follow-up in the list.</source>
        <translation>Velg en oppfølging i listen.</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation><numerusform>%n mottatt</numerusform><numerusform>%n mottatt</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::SakFilterLinje</name>
    <message>
        <source>Search case no., subject or summary (Ctrl+F)</source>
        <translation>Søk i saksnummer, tilsynsobjekt eller sammendrag (Ctrl+F)</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sektorer</translation>
    </message>
    <message>
        <source>All handling methods</source>
        <translation>Alle behandlingsmåter</translation>
    </message>
    <message>
        <source>Handling not chosen</source>
        <translation>Behandlingsmåte ikke valgt</translation>
    </message>
    <message>
        <source>Handling %1</source>
        <translation>Behandlingsmåte %1</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mine saker</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Over fristen</translation>
    </message>
    <message>
        <source>Backlog: open cases past their deadline, serious cases first</source>
        <translation>Restanser: åpne saker over fristen, alvorlige saker først</translation>
    </message>
    <message>
        <source>Due &amp;soon</source>
        <translation>Forfaller &amp;snart</translation>
    </message>
    <message numerus="yes">
        <source>Cases whose deadline falls within the next %n day(s), serious cases first</source>
        <translation><numerusform>Saker med frist innen neste %n dag, alvorlige saker først</numerusform><numerusform>Saker med frist innen de neste %n dagene, alvorlige saker først</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::SakListeModel</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ikke valgt</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Avsluttet %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>%1 (met)</source>
        <translation>%1 (nådd)</translation>
    </message>
    <message>
        <source>%1 (met late)</source>
        <translation>%1 (nådd for sent)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation><numerusform>%1 (%n dag over)</numerusform><numerusform>%1 (%n dager over)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation><numerusform>%1 (%n dag igjen)</numerusform><numerusform>%1 (%n dager igjen)</numerusform></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <source>The deadline has passed and the milestone is not reached</source>
        <translation>Fristen er passert, og milepælen er ikke nådd</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Subject of supervision</source>
        <translation>Tilsynsobjekt</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandlingsmåte</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>tilsyn::SakUtkast</name>
    <message>
        <source>Keep my unsaved changes</source>
        <translation>Behold mine ulagrede endringer</translation>
    </message>
</context>
<context>
    <name>tilsyn::SentralDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkobling</translation>
    </message>
    <message>
        <source>&amp;Forget password</source>
        <translation>&amp;Glem passord</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Sentralt lager</translation>
    </message>
    <message>
        <source>e.g. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10</source>
        <translation>f.eks. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10</translation>
    </message>
    <message>
        <source>optional: saved only in the keychain</source>
        <translation>valgfritt: lagres bare i nøkkelringen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vert:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-modus:</translation>
    </message>
    <message>
        <source>&amp;Other options:</source>
        <translation>&amp;Andre valg:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>Without a password here, it comes from PGPASSWORD or ~/.pgpass, or from the keychain if saved there before. It is never stored in the settings.</source>
        <translation>Uten passord her hentes det fra PGPASSWORD eller ~/.pgpass, eller fra nøkkelringen hvis det er lagret der før. Det lagres aldri i innstillingene.</translation>
    </message>
    <message>
        <source>The saved connection could not be read: %1</source>
        <translation>Den lagrede tilkoblingen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Checks the server certificate and its host name.</source>
        <translation>Kontrollerer tjenerens sertifikat og vertsnavn.</translation>
    </message>
    <message>
        <source>Weaker: checks the certificate but not the host name.</source>
        <translation>Svakere: kontrollerer sertifikatet, men ikke vertsnavnet.</translation>
    </message>
    <message>
        <source>Weaker: the server is not verified, someone in between can read the cases. Use verify-full outside a test setup.</source>
        <translation>Svakere: tjeneren kontrolleres ikke, og noen i mellom kan lese sakene. Bruk verify-full utenfor et testoppsett.</translation>
    </message>
    <message>
        <source>Fill in the host and the database.</source>
        <translation>Fyll inn vert og database.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Connected. The central store has schema version %1.</source>
        <translation>Tilkoblet. Det sentrale lageret har skjemaversjon %1.</translation>
    </message>
    <message>
        <source>The password for %1 is no longer in the keychain.</source>
        <translation>Passordet for %1 er ikke lenger i nøkkelringen.</translation>
    </message>
    <message>
        <source>Other options: %1</source>
        <translation>Andre valg: %1</translation>
    </message>
    <message>
        <source>The password goes in the password field (saved in the keychain), not among the options.</source>
        <translation>Passordet skal i passordfeltet (lagres i nøkkelringen), ikke blant valgene.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Passordet ble ikke lagret: %1</translation>
    </message>
</context>
<context>
    <name>tilsyn::StatistikkDiagram</name>
    <message>
        <source>Closed cases per handling method</source>
        <translation>Avsluttede saker per behandlingsmåte</translation>
    </message>
    <message>
        <source>Share within deadline (target %1 %)</source>
        <translation>Andel innen fristen (mål %1 %)</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avsluttede saker</translation>
    </message>
    <message>
        <source>BM %1</source>
        <translation>BM %1</translation>
    </message>
    <message>
        <source>Within deadline, %</source>
        <translation>Innen fristen, %</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Mål %1 %</translation>
    </message>
</context>
<context>
    <name>tilsyn::StatistikkVisning</name>
    <message>
        <source>All offices</source>
        <translation>Alle embeter</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>or &amp;period:</source>
        <translation>eller &amp;periode:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Embete:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Eksporter &amp;XLSX…</translation>
    </message>
    <message>
        <source>Handling methods</source>
        <translation>Behandlingsmåter</translation>
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation>Vurderte bestemmelser</translation>
    </message>
    <message>
        <source>Result targets</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Restanser</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>Behandlingstid</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter før den begynner.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>Statistikken kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>Cases closed in %1: %2 · computed in %3 ms</source>
        <translation>Saker avsluttet i %1: %2 · beregnet på %3 ms</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Det er ingenting å eksportere ennå.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Eksporter rapport som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Export statistics as XLSX</source>
        <translation>Eksporter statistikk som XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>tilsyn::SynkProblemVisning</name>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Oppdaget</translation>
    </message>
    <message>
        <source>The same field was changed here and in the central store. The central store kept its value (theirs); yours is kept here. Choose what the case should say: the choice is saved as a new change of the case and sent at the next sync.</source>
        <translation>Det samme feltet ble endret her og i det sentrale lageret. Det sentrale lageret beholdt sin verdi (deres); din er tatt vare på her. Velg hva saken skal si: valget lagres som en ny endring av saken og sendes ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Før begge endringene</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Theirs (central store)</source>
        <translation>Deres (sentralt lager)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Rediger:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Løs</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>The central store refused these changes. They are kept here, and the case is not updated from the central store while one is waiting. When the cause is fixed (for example access to the office), send it again; or discard your changes to get the central store's version.</source>
        <translation>Det sentrale lageret avviste disse endringene. De er tatt vare på her, og saken oppdateres ikke fra det sentrale lageret så lenge en venter. Når årsaken er rettet (for eksempel tilgang til embetet), send den på nytt; eller forkast endringene dine for å få versjonen fra det sentrale lageret.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send på nytt</translation>
    </message>
    <message>
        <source>&amp;Discard my changes…</source>
        <translation>&amp;Forkast mine endringer…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Conflicts (%L1)</source>
        <translation>Konflikter (%L1)</translation>
    </message>
    <message>
        <source>Rejected changes (%L1)</source>
        <translation>Avviste endringer (%L1)</translation>
    </message>
    <message>
        <source>(no common version)</source>
        <translation>(ingen felles versjon)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(fjernet)</translation>
    </message>
    <message>
        <source>%1: the edited value cannot be read; write it in the same form as the values above.</source>
        <translation>%1: den redigerte verdien kan ikke leses; skriv den på samme form som verdiene over.</translation>
    </message>
    <message>
        <source>Not resolved – %1</source>
        <translation>Ikke løst – %1</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Forkast mine endringer</translation>
    </message>
    <message>
        <source>Your changes to %1 that the central store refused are discarded, and the case goes back to the central store's version. The discarded changes stay in the case's history. Continue?</source>
        <translation>Endringene dine i %1 som det sentrale lageret avviste, forkastes, og saken går tilbake til versjonen i det sentrale lageret. De forkastede endringene blir stående i sakens historikk. Fortsette?</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>utkastet</translation>
    </message>
    <message>
        <source>Subject «%1»</source>
        <translation>Tilsynsobjekt «%1»</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tilsynsobjekt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Behandlingsmåte</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Innsender</translation>
    </message>
    <message>
        <source>User involvement</source>
        <translation>Brukerinvolvering</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Oversendt</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Rapport mottatt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>tilsyn::SynkStyring</name>
    <message>
        <source>Offline (no central store set up)</source>
        <translation>Frakoblet (sentralt lager er ikke satt opp)</translation>
    </message>
    <message>
        <source>Syncing: sent %L1</source>
        <translation>Synkroniserer: sendt %L1</translation>
    </message>
    <message>
        <source>Syncing: received %L1</source>
        <translation>Synkroniserer: mottatt %L1</translation>
    </message>
    <message>
        <source>Up to date %1</source>
        <translation>Oppdatert %1</translation>
    </message>
    <message numerus="yes">
        <source> – %n conflict(s)</source>
        <translation><numerusform> – %n konflikt</numerusform><numerusform> – %n konflikter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %n rejected</source>
        <translation><numerusform> – %n avvist</numerusform><numerusform> – %n avvist</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline – next try in %n minute(s): %1</source>
        <translation><numerusform>Frakoblet – nytt forsøk om %n minutt: %1</numerusform><numerusform>Frakoblet – nytt forsøk om %n minutter: %1</numerusform></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: archived %n letter(s)</source>
        <translation><numerusform>Synkroniserer: arkiverte %n brev</numerusform><numerusform>Synkroniserer: arkiverte %n brev</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::Velkomst</name>
    <message>
        <source>Welcome to Tilsynsklient</source>
        <translation>Velkommen til Tilsynsklient</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ingen sak er åpen</translation>
    </message>
    <message>
        <source>There are no cases here yet. Start a new case, import cases from a JSON Lines file, or load the sample cases to look around.</source>
        <translation>Det er ingen saker her ennå. Opprett en ny sak, importer saker fra en JSON Lines-fil, eller last inn eksempelsakene for å se deg rundt.</translation>
    </message>
    <message>
        <source>Choose a case in the list, or start a new one.</source>
        <translation>Velg en sak i listen, eller opprett en ny.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Load sample cases</source>
        <translation>Last inn eksempelsaker</translation>
    </message>
</context>
<context>
    <name>tilsyn::VurderingsListe</name>
    <message>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tilsynsobjekt</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Legg til vurdering</translation>
    </message>
    <message>
        <source>Remove assessment</source>
        <translation>Fjern vurdering</translation>
    </message>
    <message>
        <source>Choose provision</source>
        <translation>Velg bestemmelse</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>Tilsynsobjekt %1</translation>
    </message>
    <message>
        <source>Choose subject</source>
        <translation>Velg tilsynsobjekt</translation>
    </message>
    <message>
        <source>Choose conclusion</source>
        <translation>Velg konklusjon</translation>
    </message>
    <message>
        <source>Edit reasoning</source>
        <translation>Rediger begrunnelse</translation>
    </message>
    <message>
        <source>Assessment %1: %2</source>
        <translation>Vurdering %1: %2</translation>
    </message>
</context>
</TS>