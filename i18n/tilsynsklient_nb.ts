<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>Filmappe</name>
    <message>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
</context>
<context>
    <name>Oppfolging</name>
    <message>
        <source>follow-up of breaches belongs to handling method 5 only</source>
        <translation>oppfølging av lovbrudd gjelder bare behandlingsmåte 5</translation>
    </message>
    <message>
        <source>follow-up starts after the decision; the case is not closed</source>
        <translation>oppfølgingen starter etter avgjørelsen; saken er ikke avsluttet</translation>
    </message>
    <message>
        <source>the case has no assessment concluding with a breach</source>
        <translation>saken har ingen vurdering med konklusjon lovbrudd</translation>
    </message>
    <message>
        <source>the follow-up is already closed</source>
        <translation>oppfølgingen er allerede avsluttet</translation>
    </message>
    <message>
        <source>the breach of %1 is not corrected yet; the follow-up cannot be closed</source>
        <translation>lovbruddet etter %1 er ikke rettet ennå; oppfølgingen kan ikke avsluttes</translation>
    </message>
    <message>
        <source>the closing date is before the breach of %1 was corrected</source>
        <translation>avslutningsdatoen er før lovbruddet etter %1 ble rettet</translation>
    </message>
    <message>
        <source>the closing date is missing or before the follow-up started</source>
        <translation>avslutningsdatoen mangler eller er før oppfølgingen startet</translation>
    </message>
    <message>
        <source>the breach is corrected; there is nothing to remind about</source>
        <translation>lovbruddet er rettet; det er ingenting å purre på</translation>
    </message>
    <message>
        <source>the breach has no deadline yet</source>
        <translation>lovbruddet har ingen frist ennå</translation>
    </message>
    <message>
        <source>the deadline %1 has not passed</source>
        <translation>fristen %1 er ikke passert</translation>
    </message>
    <message>
        <source>the breach is already marked corrected</source>
        <translation>lovbruddet er allerede markert som rettet</translation>
    </message>
    <message>
        <source>no documentation has been received from the service</source>
        <translation>ingen dokumentasjon er mottatt fra virksomheten</translation>
    </message>
    <message>
        <source>describe what shows that practice has changed (not just a plan)</source>
        <translation>beskriv hva som viser at praksis er endret (ikke bare en plan)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>datoen mangler</translation>
    </message>
    <message>
        <source>the breach was not found</source>
        <translation>lovbruddet finnes ikke</translation>
    </message>
    <message>
        <source>the follow-up is closed; nothing can be registered in it</source>
        <translation>oppfølgingen er avsluttet; ingenting kan registreres i den</translation>
    </message>
    <message>
        <source>the case was not found</source>
        <translation>saken finnes ikke</translation>
    </message>
    <message>
        <source>the follow-up has already started</source>
        <translation>oppfølgingen er allerede startet</translation>
    </message>
    <message>
        <source>the follow-up cannot start before the decision</source>
        <translation>oppfølgingen kan ikke starte før avgjørelsen</translation>
    </message>
    <message>
        <source>describe what the service must document</source>
        <translation>beskriv hva virksomheten må dokumentere</translation>
    </message>
    <message>
        <source>the deadline is missing or before the follow-up started</source>
        <translation>fristen mangler eller er før oppfølgingen startet</translation>
    </message>
    <message>
        <source>the date is missing or before the follow-up started</source>
        <translation>datoen mangler eller er før oppfølgingen startet</translation>
    </message>
    <message>
        <source>describe what was received</source>
        <translation>beskriv hva som ble mottatt</translation>
    </message>
    <message>
        <source>the follow-up was not found</source>
        <translation>oppfølgingen finnes ikke</translation>
    </message>
</context>
<context>
    <name>Sorteringsmeny</name>
    <message>
        <source>Sort &amp;by</source>
        <translation>So&amp;rter etter</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Stigende</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Synkende</translation>
    </message>
</context>
<context>
    <name>Standardknapper</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
</context>
<context>
    <name>tilsyn::Arkivhandling</name>
    <message>
        <source>&amp;Archive package of this case…</source>
        <translation>&amp;Arkivpakke for denne saken…</translation>
    </message>
    <message>
        <source>Write the finalised letters of this case with an arkivmelding for the archive</source>
        <translation>Skriv de ferdigstilte brevene i saken med en arkivmelding til arkivet</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Ingen sak er åpen.</translation>
    </message>
    <message>
        <source>This case has no saksnummer yet, so it cannot be archived.</source>
        <translation>Saken har ikke saksnummer ennå, så den kan ikke arkiveres.</translation>
    </message>
    <message>
        <source>The archive package was not written: %1</source>
        <translation>Arkivpakken ble ikke skrevet: %1</translation>
    </message>
    <message>
        <source>Archive package</source>
        <translation>Arkivpakke</translation>
    </message>
    <message>
        <source>Where should the archive package go?</source>
        <translation>Hvor skal arkivpakken ligge?</translation>
    </message>
    <message>
        <source>Case %1 has no finalised letter to archive yet: finalise a letter from Write letter… first.</source>
        <translation>Sak %1 har ingen ferdigstilte brev å arkivere ennå: ferdigstill et brev fra Skriv brev… først.</translation>
    </message>
    <message numerus="yes">
        <source>The archive package of case %1 is in %2: arkivmelding.xml and %Ln letter(s) as PDF/A.</source>
        <translation><numerusform>Arkivpakken for sak %1 ligger i %2: arkivmelding.xml og %Ln brev som PDF/A.</numerusform><numerusform>Arkivpakken for sak %1 ligger i %2: arkivmelding.xml og %Ln brev som PDF/A.</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::AvskrivDialog</name>
    <message>
        <source>Mark incoming document as answered</source>
        <translation>Avskriv inngående dokument</translation>
    </message>
    <message>
        <source>How it was answered, or why it is not answered</source>
        <translation>Hvordan det ble besvart, eller hvorfor det ikke besvares</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>By &amp;letter:</source>
        <translation>Med &amp;brev:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Mark answered</source>
        <translation>&amp;Avskriv</translation>
    </message>
    <message>
        <source>Only for a document answered by letter: choose that way above.</source>
        <translation>Bare for et dokument besvart med brev: velg den måten over.</translation>
    </message>
    <message>
        <source>The case has no outgoing letter to choose.</source>
        <translation>Saken har ingen utgående brev å velge.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Avslutningsgrunn</name>
    <message>
        <source>Close the case</source>
        <translation>Avslutt saken</translation>
    </message>
    <message>
        <source>%1

To close the case anyway, say &amp;why these documents are not answered (they are then marked "noted for information" with your reason):</source>
        <translation>%1

For å avslutte saken likevel: si &amp;hvorfor disse dokumentene ikke er besvart (de avskrives da som «tatt til orientering» med din begrunnelse):</translation>
    </message>
</context>
<context>
    <name>tilsyn::Bakgrunnsarbeid</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
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
    <name>tilsyn::Brevparter</name>
    <message>
        <source>%1 is not registered as the patient or user themself (source: %2). A copy of the decision to %3 may give them information they have no right to. Attach it only when they have a power of attorney or another basis; otherwise the innsender gets the result in a letter of their own.</source>
        <translation>%1 er ikke registrert som pasienten eller brukeren selv (kilde: %2). En kopi av avgjørelsen til %3 kan gi opplysninger de ikke har krav på. Legg den bare ved når de har fullmakt eller annet grunnlag; innsenderen får ellers resultatet i sitt eget brev.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
</context>
<context>
    <name>tilsyn::Brevreferansefelt</name>
    <message>
        <source>Their date</source>
        <translation>Deres dato</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Deres referanse</translation>
    </message>
    <message>
        <source>The date of the henvendelse (Deres dato in letters to the submitter)</source>
        <translation>Datoen på henvendelsen (Deres dato i brev til innsenderen)</translation>
    </message>
    <message>
        <source>The henvendelse's own reference (Deres ref. in letters to the submitter)</source>
        <translation>Henvendelsens egen referanse (Deres ref. i brev til innsenderen)</translation>
    </message>
</context>
<context>
    <name>tilsyn::Brevvisning</name>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Finalise letter</source>
        <translation>Ferdigstill brev</translation>
    </message>
    <message>
        <source>The letter was not finalised: %1</source>
        <translation>Brevet ble ikke ferdigstilt: %1</translation>
    </message>
    <message>
        <source>The letter could not be made: %1</source>
        <translation>Brevet kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>No case store is open: the letter can be previewed, printed and saved as a PDF draft.</source>
        <translation>Ingen saksbase er åpen: brevet kan forhåndsvises, skrives ut og lagres som PDF-utkast.</translation>
    </message>
    <message>
        <source>Choose a letter type first.</source>
        <translation>Velg brevtype først.</translation>
    </message>
    <message>
        <source>The case has no saksnummer yet; the central store assigns one at the first sync.</source>
        <translation>Saken har ikke saksnummer ennå; det sentrale lageret tildeler et ved første synkronisering.</translation>
    </message>
    <message>
        <source>The case has no saksnummer yet; enter the archive's number in the case (Saksnummer) and save.</source>
        <translation>Saken har ikke saksnummer ennå; skriv inn nummeret fra arkivet i saken (Saksnummer) og lagre.</translation>
    </message>
    <message>
        <source>The case number %1 is not saved yet: save the case first.</source>
        <translation>Saksnummeret %1 er ikke lagret ennå: lagre saken først.</translation>
    </message>
    <message>
        <source>This draft was finalised %1 by %2; it is in the case's documents. Change the draft to make another letter.</source>
        <translation>Dette utkastet ble ferdigstilt %1 av %2; det ligger i sakens dokumenter. Endre utkastet for å lage et nytt brev.</translation>
    </message>
    <message>
        <source>Save PDF draft</source>
        <translation>Lagre PDF-utkast</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Utkastet ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Copy of a decision</source>
        <translation>Kopi av en avgjørelse</translation>
    </message>
    <message>
        <source>Add the copy anyway?</source>
        <translation>Vil du likevel legge til kopien?</translation>
    </message>
    <message>
        <source>Exempt from public access (U&amp;nntatt offentlighet)</source>
        <translation>Unntatt offe&amp;ntlighet</translation>
    </message>
    <message>
        <source>&amp;Copy to the person who made the request</source>
        <translation>&amp;Kopi til den som tok kontakt</translation>
    </message>
    <message>
        <source>F&amp;inalise…</source>
        <translation>&amp;Ferdigstill…</translation>
    </message>
    <message>
        <source>&amp;Send for approval…</source>
        <translation>Send til &amp;godkjenning…</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Forhåndsvisning av brevet</translation>
    </message>
    <message>
        <source>Letter &amp;type</source>
        <translation>Brev&amp;type</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Mottaker</translation>
    </message>
    <message>
        <source>Written for&amp;m</source>
        <translation>Målfo&amp;rm</translation>
    </message>
    <message>
        <source>&amp;Facts relied on</source>
        <translation>&amp;Saksforhold</translation>
    </message>
    <message>
        <source>Further te&amp;xt</source>
        <translation>Tilleggst&amp;ekst</translation>
    </message>
    <message>
        <source>Up&amp;date preview</source>
        <translation>&amp;Oppdater forhåndsvisning</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Forhånds&amp;vis utskrift…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save PDF dr&amp;aft…</source>
        <translation>&amp;Lagre PDF-utkast…</translation>
    </message>
    <message>
        <source>This office requires a leader's approval for this letter type: send it for approval (Send for approval…). It can be finalised once the central store has accepted the approval of exactly this draft.</source>
        <translation>Embetet krever at en leder godkjenner denne brevtypen: send brevet til godkjenning (Send til godkjenning…). Det kan ferdigstilles når sentralen har tatt imot godkjenningen av akkurat dette utkastet.</translation>
    </message>
    <message>
        <source>Sent for approval %1 (note: %2).</source>
        <translation>Sendt til godkjenning %1 (merknad: %2).</translation>
    </message>
    <message>
        <source>Approved by %1 %2.</source>
        <translation>Godkjent av %1 %2.</translation>
    </message>
    <message>
        <source>Not approved by %1 %2: %3</source>
        <translation>Ikke godkjent av %1 %2: %3</translation>
    </message>
    <message>
        <source>Returned by %1 %2: %3</source>
        <translation>Sendt tilbake av %1 %2: %3</translation>
    </message>
    <message>
        <source>Not final until the central store has accepted it (next sync).</source>
        <translation>Ikke endelig før sentralen har tatt imot det (neste synkronisering).</translation>
    </message>
    <message>
        <source>The letter has been changed since: it must be sent for approval again.</source>
        <translation>Brevet er endret siden: det må sendes til godkjenning på nytt.</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send til godkjenning</translation>
    </message>
    <message>
        <source>Name the su&amp;bmitter in this letter</source>
        <translation>Navngi innsenderen i &amp;brevet</translation>
    </message>
    <message>
        <source>Ne&amp;w letter to this party</source>
        <translation>Nytt brev til &amp;denne parten</translation>
    </message>
    <message>
        <source>Off: the letter says "the submitter" (or "the patient", "the relative") instead of their name, also in its chronology.</source>
        <translation>Av: brevet skriver «innsenderen» (eller «pasienten», «pårørende») i stedet for navnet, også i saksgangen.</translation>
    </message>
    <message>
        <source>This letter was finalised %1 by %2 and is shown as stored. To write another letter of this type to the same party, choose New letter to this party.</source>
        <translation>Dette brevet ble ferdigstilt %1 av %2 og vises slik det er lagret. Velg Nytt brev til denne parten for å skrive et nytt brev av denne typen til samme part.</translation>
    </message>
    <message>
        <source>Write the facts relied on (Saksforhold) in nynorsk first: the case's summary is in bokmål, so it is not used in this letter.</source>
        <translation>Skriv saksforholdet på nynorsk først: sammendraget i saken er på bokmål og brukes derfor ikke i dette brevet.</translation>
    </message>
    <message>
        <source>Write the facts relied on (Saksforhold) in bokmål first: the case's summary is in nynorsk, so it is not used in this letter.</source>
        <translation>Skriv saksforholdet på bokmål først: sammendraget i saken er på nynorsk og brukes derfor ikke i dette brevet.</translation>
    </message>
    <message>
        <source>The case's summary is in bokmål, so it is not used in this nynorsk letter: write the facts relied on here, in nynorsk.</source>
        <translation>Sammendraget i saken er på bokmål og brukes ikke i dette nynorskbrevet: skriv saksforholdet her, på nynorsk.</translation>
    </message>
    <message>
        <source>The case's summary is in nynorsk, so it is not used in this bokmål letter: write the facts relied on here, in bokmål.</source>
        <translation>Sammendraget i saken er på nynorsk og brukes ikke i dette bokmålsbrevet: skriv saksforholdet her, på bokmål.</translation>
    </message>
    <message>
        <source>The finalised letter cannot be shown: %1</source>
        <translation>Det ferdigstilte brevet kan ikke vises: %1</translation>
    </message>
    <message>
        <source>Write the short reason for %1 (%2) in nynorsk first: the assessment is in bokmål, so it is not used in this letter.</source>
        <translation>Skriv først den korte begrunnelsen for %1 (%2) på nynorsk: vurderingen er skrevet på bokmål og brukes derfor ikke i dette brevet.</translation>
    </message>
    <message>
        <source>Write the short reason for %1 (%2) in bokmål first: the assessment is in nynorsk, so it is not used in this letter.</source>
        <translation>Skriv først den korte begrunnelsen for %1 (%2) på bokmål: vurderingen er skrevet på nynorsk og brukes derfor ikke i dette brevet.</translation>
    </message>
    <message>
        <source>In nynorsk. The assessment says: %1</source>
        <translation>På nynorsk. I vurderingen står det: %1</translation>
    </message>
    <message>
        <source>In bokmål. The assessment says: %1</source>
        <translation>På bokmål. I vurderingen står det: %1</translation>
    </message>
    <message>
        <source>Short reason: %1</source>
        <translation>Kort begrunnelse: %1</translation>
    </message>
    <message>
        <source>Sh&amp;ort reasons to the submitter, in nynorsk (the assessments are in bokmål)</source>
        <translation>Korte begrunnelser til innsen&amp;deren, på nynorsk (vurderingene er skrevet på bokmål)</translation>
    </message>
    <message>
        <source>Sh&amp;ort reasons to the submitter, in bokmål (the assessments are in nynorsk)</source>
        <translation>Korte begrunnelser til innsen&amp;deren, på bokmål (vurderingene er skrevet på nynorsk)</translation>
    </message>
    <message>
        <source>This letter is finalised and cannot be changed: use "New letter to this party" to write another.</source>
        <translation>Brevet er ferdigstilt og kan ikke endres: bruk «Nytt brev til denne parten» for å skrive et nytt.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Hjemmel: %1</translation>
    </message>
    <message>
        <source>Letters in a tilsynssak hold data on health, family or social conditions that are confidential (fvl. § 13 first paragraph no. 1), so they are exempt from public access under offl. § 13: marked with this basis and archived with a public title without personal data. Untick only for a letter without such data.</source>
        <translation>Brev i en tilsynssak inneholder opplysninger om helse, familie eller sosiale forhold som er underlagt taushetsplikt (fvl. § 13 første ledd nr. 1). Derfor er de unntatt offentlighet etter offl. § 13: de merkes med denne hjemmelen og arkiveres med en offentlig tittel uten personopplysninger. Fjern krysset bare for et brev uten slike opplysninger.</translation>
    </message>
    <message>
        <source>Save the fina&amp;lised PDF…</source>
        <translation>Lagre ferdig &amp;PDF…</translation>
    </message>
    <message>
        <source>This letter is finalised and shown as stored: save it with "Save the finalised PDF…" or print it; use "New letter to this party" to write another.</source>
        <translation>Brevet er ferdigstilt og vises slik det er lagret: lagre det med «Lagre ferdig PDF…» eller skriv det ut; velg «Nytt brev til denne parten» for å skrive et nytt.</translation>
    </message>
    <message>
        <source>The preview shows the letter as finalised: save it with "Save the finalised PDF…" or print it. Change the draft to make another letter.</source>
        <translation>Forhåndsvisningen viser brevet slik det ble ferdigstilt: lagre det med «Lagre ferdig PDF…» eller skriv det ut. Endre utkastet for å lage et nytt brev.</translation>
    </message>
    <message>
        <source>Save the finalised PDF</source>
        <translation>Lagre ferdig PDF</translation>
    </message>
    <message>
        <source>The letter was not saved: %1</source>
        <translation>Brevet ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown, and the case's texts do not show one: bokmål is chosen. Change it if the recipient should have nynorsk.</source>
        <translation>Mottakerens målform er ukjent, og sakens tekster viser ingen: bokmål er valgt. Endre den hvis mottakeren skal ha nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the begrunnelser are written in nynorsk.</source>
        <translation>Mottakerens målform er ukjent; foreslått nynorsk fordi begrunnelsene er skrevet på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the begrunnelser are written in bokmål.</source>
        <translation>Mottakerens målform er ukjent; foreslått bokmål fordi begrunnelsene er skrevet på bokmål.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the summary is written in nynorsk.</source>
        <translation>Mottakerens målform er ukjent; foreslått nynorsk fordi sammendraget er skrevet på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the summary is written in bokmål.</source>
        <translation>Mottakerens målform er ukjent; foreslått bokmål fordi sammendraget er skrevet på bokmål.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the begrunnelser and the summary are written in nynorsk.</source>
        <translation>Mottakerens målform er ukjent; foreslått nynorsk fordi begrunnelsene og sammendraget er skrevet på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the begrunnelser and the summary are written in bokmål.</source>
        <translation>Mottakerens målform er ukjent; foreslått bokmål fordi begrunnelsene og sammendraget er skrevet på bokmål.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because most of the case's texts are written in nynorsk.</source>
        <translation>Mottakerens målform er ukjent; foreslått nynorsk fordi det meste av sakens tekster er skrevet på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because most of the case's texts are written in bokmål.</source>
        <translation>Mottakerens målform er ukjent; foreslått bokmål fordi det meste av sakens tekster er skrevet på bokmål.</translation>
    </message>
    <message>
        <source>The case has an error to correct before a letter is finalised: %1</source>
        <translation>Saken har en feil som må rettes før et brev ferdigstilles: %1</translation>
    </message>
    <message>
        <source>Write the begrunnelse for %1 (%2) in nynorsk for this letter, or tick "Use the text as it stands" under it: the assessment is written in bokmål.</source>
        <translation>Skriv begrunnelsen for %1 (%2) på nynorsk for dette brevet, eller kryss av for «Bruk teksten slik den står» under den: vurderingen er skrevet på bokmål.</translation>
    </message>
    <message>
        <source>Write the begrunnelse for %1 (%2) in bokmål for this letter, or tick "Use the text as it stands" under it: the assessment is written in nynorsk.</source>
        <translation>Skriv begrunnelsen for %1 (%2) på bokmål for dette brevet, eller kryss av for «Bruk teksten slik den står» under den: vurderingen er skrevet på nynorsk.</translation>
    </message>
    <message>
        <source>The assessment, in bokmål: %1</source>
        <translation>Vurderingen, på bokmål: %1</translation>
    </message>
    <message>
        <source>The assessment, in nynorsk: %1</source>
        <translation>Vurderingen, på nynorsk: %1</translation>
    </message>
    <message>
        <source>Begrunnelse: %1</source>
        <translation>Begrunnelse: %1</translation>
    </message>
    <message>
        <source>Use the text as it stands</source>
        <translation>Bruk teksten slik den står</translation>
    </message>
    <message>
        <source>Prints this begrunnelse in bokmål in the nynorsk letter, as it stands (e.g. a quotation).</source>
        <translation>Skriver denne begrunnelsen på bokmål i nynorskbrevet, slik den står (for eksempel et sitat).</translation>
    </message>
    <message>
        <source>Prints this begrunnelse in nynorsk in the bokmål letter, as it stands (e.g. a quotation).</source>
        <translation>Skriver denne begrunnelsen på nynorsk i bokmålsbrevet, slik den står (for eksempel et sitat).</translation>
    </message>
    <message>
        <source>Begrunnelser in this letter, in nynorsk (the assessments are in bokmål)</source>
        <translation>Begrunnelser i dette brevet, på nynorsk (vurderingene er skrevet på bokmål)</translation>
    </message>
    <message>
        <source>Begrunnelser in this letter, in bokmål (the assessments are in nynorsk)</source>
        <translation>Begrunnelser i dette brevet, på bokmål (vurderingene er skrevet på nynorsk)</translation>
    </message>
    <message>
        <source>This letter type does not fit the chosen recipient in the case as it stands: it is not made or finalised. Choose another letter type or recipient.</source>
        <translation>Denne brevtypen passer ikke til mottakeren som er valgt, slik saken står nå: brevet lages ikke og kan ikke ferdigstilles. Velg en annen brevtype eller mottaker.</translation>
    </message>
    <message>
        <source>No central store is set up (Edit ▸ Settings): leaders approve letters through it, so this letter cannot be sent for approval. Set up the central store, or turn approval off for an office without one.</source>
        <translation>Ingen sentral er satt opp (Rediger ▸ Innstillinger): ledere godkjenner brev gjennom den, så dette brevet kan ikke sendes til godkjenning. Sett opp sentralen, eller slå av godkjenning for et embete uten sentral.</translation>
    </message>
    <message>
        <source>This letter goes to the person who made the request: they get the letter itself, not a copy.</source>
        <translation>Dette brevet går til den som tok kontakt: vedkommende får selve brevet, ikke en kopi.</translation>
    </message>
    <message>
        <source>D&amp;ocumentation deadline</source>
        <translation>Dokument&amp;asjonsfrist</translation>
    </message>
    <message>
        <source>The date by which the service is to document that the breach is put right (not a plan, but evidence that practice changed). The letter states it, and the follow-up of the breach starts with it.</source>
        <translation>Datoen virksomheten skal ha dokumentert innen at lovbruddet er rettet (ikke en plan, men bevis på at praksis er endret). Brevet oppgir den, og oppfølgingen av lovbruddet starter med den.</translation>
    </message>
    <message>
        <source>The documentation deadline is not a date: %1</source>
        <translation>Dokumentasjonsfristen er ikke en dato: %1</translation>
    </message>
    <message>
        <source>Enter the documentation deadline: the letter states it.</source>
        <translation>Skriv inn dokumentasjonsfristen: brevet oppgir den.</translation>
    </message>
    <message>
        <source>The documentation deadline must lie after the letter's date (%1): a letter never sets a deadline on its own date or before it.</source>
        <translation>Dokumentasjonsfristen må være etter brevets dato (%1): et brev setter aldri en frist på sin egen dato eller før den.</translation>
    </message>
    <message>
        <source>Sent for approval %1.</source>
        <translation>Sendt til godkjenning %1.</translation>
    </message>
    <message>
        <source>A finalised decision in this case states this deadline; every party's decision states the same date.</source>
        <translation>En ferdigstilt avgjørelse i saken oppgir denne fristen; alle partenes avgjørelser oppgir samme dato.</translation>
    </message>
    <message>
        <source>The documentation deadline «%1» is not a date, so it cannot be kept.</source>
        <translation>Dokumentasjonsfristen «%1» er ikke en dato og kan ikke tas vare på.</translation>
    </message>
    <message>
        <source>the documentation deadline %1</source>
        <translation>dokumentasjonsfristen %1</translation>
    </message>
    <message>
        <source>the facts of the case</source>
        <translation>saksforholdet</translation>
    </message>
    <message>
        <source>the further text</source>
        <translation>tilleggsteksten</translation>
    </message>
    <message>
        <source>The case is not saved, so what you typed in the letter (%1) cannot be kept with it.</source>
        <translation>Saken er ikke lagret, så det du skrev i brevet (%1), kan ikke tas vare på i den.</translation>
    </message>
    <message>
        <source>What you typed could not be kept: %1</source>
        <translation>Det du skrev, kunne ikke tas vare på: %1</translation>
    </message>
    <message>
        <source>Close the letter</source>
        <translation>Lukk brevet</translation>
    </message>
    <message>
        <source>Close the letter window and discard it?</source>
        <translation>Vil du lukke brevvinduet og forkaste det?</translation>
    </message>
</context>
<context>
    <name>tilsyn::CaseEditor</name>
    <message>
        <source>Tilsynsklient</source>
        <translation>Tilsynsklient</translation>
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
        <source>Choose a handling method by %1</source>
        <translation>Velg behandlingsmåte innen %1</translation>
    </message>
    <message>
        <source>This case was changed in the central store while you edited it. Your unsaved changes are kept; these fields were changed there too and now show your version: %1</source>
        <translation>Saken ble endret i det sentrale lageret mens du redigerte den. Endringene du ikke har lagret, er beholdt; disse feltene ble også endret der og viser nå din versjon: %1</translation>
    </message>
    <message>
        <source>Change case number</source>
        <translation>Endre saksnummer</translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation>Saken ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>Tilsynsobjekt %1</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tilsynsobjekt</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Assessment %1, %2</source>
        <translation>Vurdering %1, %2</translation>
    </message>
    <message>
        <source>Their date and ref.</source>
        <translation>Deres dato og ref.</translation>
    </message>
    <message>
        <source>The recovery copy of this case could not be written:
%1

Your unsaved changes are only in this window until you save the case.</source>
        <translation>Gjenopprettingskopien av denne saken kunne ikke skrives:
%1

Endringene du ikke har lagret, finnes bare i dette vinduet til du lagrer saken.</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Saks&amp;nummer:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Provisions are assessed when the statsforvalter investigates and decides (handling method 5).</source>
        <translation>Bestemmelser vurderes når statsforvalteren utreder og avgjør saken (behandlingsmåte 5).</translation>
    </message>
    <message>
        <source>Danger to life or health, or abuse (&amp;prioritise)</source>
        <translation>Fare for liv eller helse, eller overgrep (&amp;prioriteres)</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Innsender</translation>
    </message>
    <message>
        <source>&amp;1 The case</source>
        <translation>&amp;1 Saken</translation>
    </message>
    <message>
        <source>&amp;2 Parties</source>
        <translation>&amp;2 Parter</translation>
    </message>
    <message>
        <source>&amp;3 Handling</source>
        <translation>&amp;3 Behandling</translation>
    </message>
    <message>
        <source>&amp;4 Assessments</source>
        <translation>&amp;4 Vurderinger</translation>
    </message>
    <message>
        <source>&amp;5 Documents</source>
        <translation>&amp;5 Dokumenter</translation>
    </message>
    <message>
        <source>&amp;6 Journal</source>
        <translation>&amp;6 Journal</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>Mottaks&amp;dato:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Sammendra&amp;g:</translation>
    </message>
    <message>
        <source>Subm&amp;itted by:</source>
        <translation>&amp;Innsender:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Handl&amp;ing method:</source>
        <translation>Behandlings&amp;måte:</translation>
    </message>
    <message>
        <source>Forwar&amp;ded:</source>
        <translation>Overse&amp;ndt:</translation>
    </message>
    <message>
        <source>Re&amp;port received:</source>
        <translation>Ra&amp;pport mottatt:</translation>
    </message>
    <message>
        <source>Imported from file</source>
        <translation>Importert fra fil</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Finalised letter</source>
        <translation>Ferdigstilt brev</translation>
    </message>
    <message>
        <source>Letter draft</source>
        <translation>Brevutkast</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Sakens id</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>Sek&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Embete:</translation>
    </message>
    <message>
        <source>C&amp;ase officer:</source>
        <translation>&amp;Saksbehandler:</translation>
    </message>
    <message>
        <source>Ser&amp;ious:</source>
        <translation>A&amp;lvorlig:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>&amp;Kilder:</translation>
    </message>
    <message>
        <source>The&amp;mes:</source>
        <translation>Te&amp;maer:</translation>
    </message>
    <message>
        <source>User invo&amp;lvement:</source>
        <translation>Br&amp;ukerinvolvering:</translation>
    </message>
    <message>
        <source>&amp;Written form:</source>
        <translation>&amp;Målform:</translation>
    </message>
    <message>
        <source>Their date a&amp;nd ref.:</source>
        <translation>D&amp;eres dato og ref.:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <source>C&amp;losed:</source>
        <translation>Av&amp;sluttet:</translation>
    </message>
    <message>
        <source>Consider a delay notice to the person who made the request (Write letter… → forsinkelsesmelding).</source>
        <translation>Vurder å sende forsinkelsesmelding til den som henvendte seg (Skriv brev… → Melding om forsinket saksbehandling).</translation>
    </message>
    <message>
        <source>Not available now:</source>
        <translation>Kan ikke velges nå:</translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging startet</translation>
    </message>
    <message>
        <source>Breaches followed up</source>
        <translation>Lovbrudd som følges opp</translation>
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
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <source>Documentation of the correction</source>
        <translation>Dokumentasjon på rettingen</translation>
    </message>
    <message numerus="yes">
        <source>This case has %Ln assessed provision(s). Changing the handling method away from 5 removes them and the outcome. Change anyway?</source>
        <translation><numerusform>Saken har %Ln vurdert bestemmelse. Bytter du bort fra behandlingsmåte 5, fjernes den og utfallet. Vil du bytte likevel?</numerusform><numerusform>Saken har %Ln vurderte bestemmelser. Bytter du bort fra behandlingsmåte 5, fjernes de og utfallet. Vil du bytte likevel?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) overdue</source>
        <translation><numerusform> – %Ln dag over fristen</numerusform><numerusform> – %Ln dager over fristen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) left</source>
        <translation><numerusform> – %Ln dag igjen</numerusform><numerusform> – %Ln dager igjen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) late</source>
        <translation><numerusform> – %Ln dag for sent</numerusform><numerusform> – %Ln dager for sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The case was not saved: %Ln problem(s) must be fixed first. Each is shown at its field.</source>
        <translation><numerusform>Saken ble ikke lagret: %Ln feil må rettes først. Den vises ved feltet.</numerusform><numerusform>Saken ble ikke lagret: %Ln feil må rettes først. Hver feil vises ved sitt felt.</numerusform></translation>
    </message>
    <message>
        <source>The service's report is due %1</source>
        <translation>Virksomhetens rapport skal komme innen %1</translation>
    </message>
</context>
<context>
    <name>tilsyn::Datofelt</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Type the date (e.g. 21.12.2026 or 21122026); F4 opens the calendar.</source>
        <translation>Skriv datoen (f.eks. 21.12.2026 eller 21122026); F4 åpner kalenderen.</translation>
    </message>
    <message>
        <source>Calendar (F4)</source>
        <translation>Kalender (F4)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Type a date (dd.mm.yyyy) or press F4 for the calendar.</source>
        <translation>Skriv en dato (dd.mm.åååå) eller trykk F4 for kalenderen.</translation>
    </message>
    <message>
        <source>The date %1 does not exist; nothing was changed.</source>
        <translation>Datoen %1 finnes ikke; ingenting ble endret.</translation>
    </message>
    <message>
        <source>«%1» is not a date; nothing was changed. Type day, month and year, e.g. 21.12.2026, 21122026 or 21.12.26.</source>
        <translation>«%1» er ikke en dato; ingenting ble endret. Skriv dag, måned og år, f.eks. 21.12.2026, 21122026 eller 21.12.26.</translation>
    </message>
    <message>
        <source>%1 is after %2, the latest date allowed here; nothing was changed.</source>
        <translation>%1 er etter %2, den seneste datoen som kan brukes her; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>tilsyn::DokumentListe</name>
    <message>
        <source>Save letter</source>
        <translation>Lagre brev</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Finalised letters of the case</source>
        <translation>Sakens ferdigstilte brev</translation>
    </message>
    <message>
        <source>Save &amp;letter as…</source>
        <translation>&amp;Lagre brev som…</translation>
    </message>
    <message>
        <source>The case has no finalised letters yet.</source>
        <translation>Saken har ingen ferdigstilte brev ennå.</translation>
    </message>
    <message>
        <source>Choose a letter in the list first.</source>
        <translation>Velg et brev i listen først.</translation>
    </message>
    <message>
        <source>The letter was not opened: %1</source>
        <translation>Brevet ble ikke åpnet: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The letter was not opened: the PDF cannot be read.</source>
        <translation>Brevet ble ikke åpnet: PDF-en kan ikke leses.</translation>
    </message>
    <message>
        <source>The letter was not printed: %1</source>
        <translation>Brevet ble ikke skrevet ut: %1</translation>
    </message>
    <message>
        <source>The letter was not printed: the PDF cannot be read.</source>
        <translation>Brevet ble ikke skrevet ut: PDF-en kan ikke leses.</translation>
    </message>
    <message>
        <source>The letter was not printed: the printer cannot be opened.</source>
        <translation>Brevet ble ikke skrevet ut: skriveren kan ikke åpnes.</translation>
    </message>
    <message>
        <source>The letter was not saved: %1</source>
        <translation>Brevet ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>O&amp;pen letter</source>
        <translation>&amp;Åpne brev</translation>
    </message>
    <message>
        <source>Pr&amp;int letter…</source>
        <translation>Skriv &amp;ut brev…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was finalised %1</source>
        <translation>Kontrollert: uendret siden ferdigstilling %1</translation>
    </message>
    <message>
        <source>SHA-256 of the stored letter: %1</source>
        <translation>SHA-256 for det lagrede brevet: %1</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>The letter as archived (PDF)</source>
        <translation>Brevet slik det er arkivert (PDF)</translation>
    </message>
</context>
<context>
    <name>tilsyn::DokumentModell</name>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Finalised %1 by %2
SHA-256 %3</source>
        <translation>Ferdigstilt %1 av %2
SHA-256 %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Finalised by</source>
        <translation>Ferdigstilt av</translation>
    </message>
</context>
<context>
    <name>tilsyn::EnkeltInstans</name>
    <message>
        <source>no permission to write beside the store</source>
        <translation>ingen tilgang til å skrive ved siden av lageret</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 på %2 (prosess %3)</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukjent bruker</translation>
    </message>
</context>
<context>
    <name>tilsyn::FerdigstillBekreftelse</name>
    <message>
        <source>forwarded</source>
        <translation>oversendt</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Mottaker: %1</translation>
    </message>
    <message>
        <source>Copy to: %1</source>
        <translation>Kopi til: %1</translation>
    </message>
    <message>
        <source>Written form: %1</source>
        <translation>Målform: %1</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dato: %1</translation>
    </message>
    <message>
        <source>The letter is stored in the case exactly as previewed, without the UTKAST mark, and can never be changed. Finalise it?</source>
        <translation>Brevet lagres i saken nøyaktig slik det vises, uten UTKAST-merket, og kan aldri endres. Vil du ferdigstille det?</translation>
    </message>
    <message>
        <source>Finalise letter</source>
        <translation>Ferdigstill brev</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Ferdigstill</translation>
    </message>
    <message>
        <source>&amp;Record the milestone “%1” with the letter's date</source>
        <translation>&amp;Registrer milepælen «%1» med brevets dato</translation>
    </message>
    <message>
        <source>Warning: a letter of this type to %1 was already finalised on %2.</source>
        <translation>Advarsel: et brev av denne typen til %1 ble allerede ferdigstilt %2.</translation>
    </message>
    <message>
        <source>Warning: a letter of this type to %1 was already finalised on %2 (document %3).</source>
        <translation>Advarsel: et brev av denne typen til %1 ble allerede ferdigstilt %2 (dokument %3).</translation>
    </message>
    <message>
        <source>Warning: %1 has no postal address in the case; the letter shows only the name.</source>
        <translation>Advarsel: %1 har ingen postadresse i saken; brevet viser bare navnet.</translation>
    </message>
    <message>
        <source>Warning: the nynorsk dictionary does not know these words of the letter: %1. They are printed as typed.</source>
        <translation>Advarsel: Den nynorske ordboken kjenner ikke disse ordene i brevet: %1. De skrives ut slik de er skrevet.</translation>
    </message>
    <message>
        <source>Warning: the bokmål dictionary does not know these words of the letter: %1. They are printed as typed.</source>
        <translation>Advarsel: Bokmålsordboken kjenner ikke disse ordene i brevet: %1. De skrives ut slik de er skrevet.</translation>
    </message>
    <message>
        <source>Letters of this type to %1 are not finalised yet: the milestone is recorded with the last one.</source>
        <translation>Brev av denne typen til %1 er ikke ferdigstilt ennå: milepælen registreres med det siste.</translation>
    </message>
    <message>
        <source>The milestone “%1” cannot be recorded with this letter: %2. The letter can be finalised without it; record the milestone in the case once that is put right.</source>
        <translation>Milepælen «%1» kan ikke registreres med dette brevet: %2. Brevet kan ferdigstilles uten den; registrer milepælen i saken når det er rettet.</translation>
    </message>
    <message>
        <source>Warning: %1, who made the request, has not had their letter “%2” yet. Finalise it too, so that every party is told before the case is closed.</source>
        <translation>Advarsel: %1, som tok kontakt, har ikke fått sitt brev «%2» ennå. Ferdigstill det også, slik at alle parter får vite utfallet før saken avsluttes.</translation>
    </message>
    <message>
        <source>Record the milestone “%1” with the letter's date as &amp;well</source>
        <translation>Registrer &amp;også milepælen «%1» med brevets dato</translation>
    </message>
</context>
<context>
    <name>tilsyn::Filarbeid</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Ingenting ble importert:
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Exporting the cases to %1…</source>
        <translation>Eksporterer sakene til %1…</translation>
    </message>
    <message>
        <source>The cases were not exported:
%1</source>
        <translation>Sakene ble ikke eksportert:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %Ln problem(s).</source>
        <translation><numerusform>Ingenting ble importert: filen har %Ln feil.</numerusform><numerusform>Ingenting ble importert: filen har %Ln feil.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln case(s)…</source>
        <translation><numerusform>Importerer %Ln sak…</numerusform><numerusform>Importerer %Ln saker…</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::FlytkoeModell</name>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Sendt tilbake av</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>The office's leaders</source>
        <translation>Lederne i embetet</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
</context>
<context>
    <name>tilsyn::GodkjenningsValg</name>
    <message>
        <source>This office has a central store, where leaders approve letters in the system. Approval can be turned off only for an office without a central store.</source>
        <translation>Dette embetet har et sentralt lager, der ledere godkjenner brev i systemet. Godkjenning kan bare slås av for et embete uten sentralt lager.</translation>
    </message>
    <message>
        <source>On: a letter of a type that needs approval is finalised only after a leader has approved it in the system, and its signature names that leader. Without a central store no one can approve, so turn this off if the office works without one.</source>
        <translation>På: et brev av en type som må godkjennes, ferdigstilles først når en leder har godkjent det i systemet, og signaturen nevner den lederen. Uten sentralt lager kan ingen godkjenne, så slå dette av hvis embetet arbeider uten.</translation>
    </message>
    <message>
        <source>Off: no letter type needs approval. Letters name only the caseworker, and none says it was approved electronically.</source>
        <translation>Av: ingen brevtype må godkjennes. Brevene nevner bare saksbehandleren, og ingen sier at det er elektronisk godkjent.</translation>
    </message>
    <message>
        <source>Letters of some types need a leader's appro&amp;val</source>
        <translation>Brev av enkelte typer må godkjennes av en lede&amp;r</translation>
    </message>
    <message>
        <source>Off for now, because no central store is set up: no letter needs a leader's approval, and letters name only the caseworker. Will your office use a central store? Then leave this as it is: approval turns on by itself once the central store is set up (View ▸ Central store…), and leaders approve decisions in the system.</source>
        <translation>Av foreløpig, fordi det ikke er satt opp noe sentralt lager: ingen brev må godkjennes av en leder, og brevene nevner bare saksbehandleren. Skal embetet bruke et sentralt lager? La dette stå som det er: godkjenning slås på av seg selv når det sentrale lageret er satt opp (Vis ▸ Sentralt lager…), og lederne godkjenner avgjørelser i systemet.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Godkjenningsvindu</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <source>&amp;Return with comment</source>
        <translation>Send &amp;tilbake med kommentar</translation>
    </message>
    <message>
        <source>Letters for approval</source>
        <translation>Brev til godkjenning</translation>
    </message>
    <message>
        <source>Comment to the caseworker (required to return the letter)</source>
        <translation>Kommentar til saksbehandleren (må fylles ut for å sende brevet tilbake)</translation>
    </message>
    <message>
        <source>&amp;For approval</source>
        <translation>Til go&amp;dkjenning</translation>
    </message>
    <message>
        <source>Returned &amp;to me</source>
        <translation>Sendt tilbake til &amp;meg</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 av %2: %3</translation>
    </message>
    <message>
        <source>The case here differs from the one the letter was written for. Sync, then look again.</source>
        <translation>Saken her er ikke lik den brevet ble skrevet for. Synkroniser og se på nytt.</translation>
    </message>
    <message>
        <source>Write a comment to the caseworker first.</source>
        <translation>Skriv en kommentar til saksbehandleren først.</translation>
    </message>
    <message>
        <source>Approved. The approval is final when the central store has accepted it (next sync).</source>
        <translation>Godkjent. Godkjenningen er endelig når sentralen har tatt imot den (neste synkronisering).</translation>
    </message>
    <message>
        <source>Returned to the caseworker with your comment (sent at the next sync).</source>
        <translation>Sendt tilbake til saksbehandleren med kommentaren din (sendes ved neste synkronisering).</translation>
    </message>
    <message>
        <source>Letters waiting for approval</source>
        <translation>Brev som venter på godkjenning</translation>
    </message>
    <message>
        <source>Letters returned to me</source>
        <translation>Brev sendt tilbake til meg</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Select a letter in the approval queue first.</source>
        <translation>Velg et brev i godkjenningskøen først.</translation>
    </message>
    <message>
        <source>Only a letter waiting for approval can be approved or sent back: open the tab "For approval".</source>
        <translation>Bare et brev som venter på godkjenning, kan godkjennes eller sendes tilbake: åpne fanen «Til godkjenning».</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Forhåndsvisning av brevet</translation>
    </message>
    <message>
        <source>Sent by me, &amp;waiting</source>
        <translation>Sendt av meg, &amp;venter</translation>
    </message>
    <message>
        <source>My letters waiting for approval</source>
        <translation>Mine brev som venter på godkjenning</translation>
    </message>
    <message numerus="yes">
        <source>Letters for approval (%n)</source>
        <translation><numerusform>Brev til godkjenning (%n)</numerusform><numerusform>Brev til godkjenning (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A leader answered %n of your letters: see View ▸ Letters for approval (Ctrl+Shift+G).</source>
        <translation><numerusform>En leder har svart på %n av brevene dine: se Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform><numerusform>En leder har svart på %n av brevene dine: se Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform></translation>
    </message>
    <message>
        <source>%1 approved your letter "%2" (%3): it can be finalised.</source>
        <translation>%1 har godkjent brevet ditt «%2» (%3): det kan ferdigstilles.</translation>
    </message>
    <message>
        <source>%1 returned your letter "%2" (%3): %4</source>
        <translation>%1 har sendt tilbake brevet ditt «%2» (%3): %4</translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation>Merknad fra %1: %2</translation>
    </message>
    <message>
        <source>Select a letter in the list to see it here.</source>
        <translation>Velg et brev i listen for å se det her.</translation>
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
        <source>The case store %1 is already open in Tilsynsklient: %2.</source>
        <translation>Sakslageret %1 er allerede åpent i Tilsynsklient: %2.</translation>
    </message>
    <message>
        <source>The case store %1 could not be locked: %2.</source>
        <translation>Sakslageret %1 kunne ikke låses: %2.</translation>
    </message>
</context>
<context>
    <name>tilsyn::HistorikkModell</name>
    <message>
        <source>here</source>
        <translation>her</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synkronisering</translation>
    </message>
    <message>
        <source>resolved conflict</source>
        <translation>løst konflikt</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>created</source>
        <translation>opprettet</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>lagret</translation>
    </message>
    <message>
        <source>letter finalised</source>
        <translation>brev ferdigstilt</translation>
    </message>
    <message>
        <source>follow-up started</source>
        <translation>oppfølging startet</translation>
    </message>
    <message>
        <source>follow-up closed</source>
        <translation>oppfølging avsluttet</translation>
    </message>
    <message>
        <source>fetched from the central store</source>
        <translation>hentet fra sentralen</translation>
    </message>
    <message>
        <source>synchronised</source>
        <translation>synkronisert</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>konflikt løst</translation>
    </message>
    <message>
        <source>local changes discarded</source>
        <translation>lokale endringer forkastet</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <source>replaced by import</source>
        <translation>erstattet ved import</translation>
    </message>
    <message>
        <source>journal entry registered</source>
        <translation>journalpost registrert</translation>
    </message>
    <message>
        <source>document written off</source>
        <translation>dokument avskrevet</translation>
    </message>
    <message>
        <source>documents written off on closing</source>
        <translation>dokumenter avskrevet ved avslutning</translation>
    </message>
    <message>
        <source>case assigned</source>
        <translation>sak tildelt</translation>
    </message>
    <message>
        <source>draft discarded</source>
        <translation>utkast forkastet</translation>
    </message>
    <message>
        <source>milestone recorded with a finalised letter</source>
        <translation>milepæl registrert ved ferdigstilt brev</translation>
    </message>
    <message>
        <source>follow-up: requirement and deadline</source>
        <translation>oppfølging: krav og frist satt</translation>
    </message>
    <message>
        <source>follow-up: milestone</source>
        <translation>oppfølging: milepæl</translation>
    </message>
    <message>
        <source>follow-up: documentation received</source>
        <translation>oppfølging: dokumentasjon mottatt</translation>
    </message>
    <message>
        <source>follow-up: reminder</source>
        <translation>oppfølging: purring sendt</translation>
    </message>
    <message>
        <source>follow-up: corrected</source>
        <translation>oppfølging: lovbrudd rettet</translation>
    </message>
</context>
<context>
    <name>tilsyn::HistorikkVisning</name>
    <message>
        <source>All fields</source>
        <translation>Alle felt</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historikk for %1</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Felt:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Changes to the case</source>
        <translation>Endringer i saken</translation>
    </message>
</context>
<context>
    <name>tilsyn::HjelpVindu</name>
    <message>
        <source>User guide – Tilsynsklient</source>
        <translation>Brukerveiledning – Tilsynsklient</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brukerveiledning</translation>
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
    <message>
        <source>Cases that would change</source>
        <translation>Saker som ville bli endret</translation>
    </message>
    <message>
        <source>Nothing to import: every case in the file is already in the store, unchanged.</source>
        <translation>Ingenting å importere: alle sakene i filen finnes allerede uendret i lageret.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace %Ln case(s) and import</source>
        <translation><numerusform>&amp;Erstatt %Ln sak og importer</numerusform><numerusform>&amp;Erstatt %Ln saker og importer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln case(s)</source>
        <translation><numerusform>&amp;Importer %Ln sak</numerusform><numerusform>&amp;Importer %Ln saker</numerusform></translation>
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
        <source>e.g. Kari Nordmann</source>
        <translation>f.eks. Kari Nordmann</translation>
    </message>
    <message>
        <source>e.g. senior adviser</source>
        <translation>f.eks. seniorrådgiver</translation>
    </message>
    <message>
        <source>e.g. 61 26 60 00</source>
        <translation>f.eks. 61 26 60 00</translation>
    </message>
    <message>
        <source>e.g. Ola Nordmann</source>
        <translation>f.eks. Ola Nordmann</translation>
    </message>
    <message>
        <source>e.g. head of section</source>
        <translation>f.eks. seksjonssjef</translation>
    </message>
    <message>
        <source>(choose your office)</source>
        <translation>(velg embetet ditt)</translation>
    </message>
    <message>
        <source>Your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases".</source>
        <translation>Navn, tittel, direkte telefon og embete, og lederen som vanligvis godkjenner, brukes i brev, i sakshistorikken og for «Mine saker».</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Embete:</translation>
    </message>
    <message>
        <source>Approving &amp;leader:</source>
        <translation>Leder som vanligvis god&amp;kjenner:</translation>
    </message>
    <message>
        <source>Leader's t&amp;itle:</source>
        <translation>&amp;Lederens tittel:</translation>
    </message>
    <message>
        <source>Program and office practice</source>
        <translation>Program og praksis ved embetet</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Choose handling method &amp;within:</source>
        <translation>Velg &amp;behandlingsmåte innen:</translation>
    </message>
    <message>
        <source>"Due soon" &amp;shows:</source>
        <translation>«Forfaller snart» &amp;viser:</translation>
    </message>
    <message>
        <source>Case n&amp;umbers:</source>
        <translation>Saksn&amp;umre:</translation>
    </message>
    <message>
        <source>Welcome. Before you start, fill in your profile: your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases". You can change them later in Edit ▸ Settings.</source>
        <translation>Velkommen. Før du begynner, fyll ut profilen din: navn, tittel, direkte telefon og embete, og lederen som vanligvis godkjenner, brukes i brev, i sakshistorikken og for «Mine saker». Du kan endre dem senere under Rediger ▸ Innstillinger.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation>Direkte telefon</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Embete</translation>
    </message>
    <message>
        <source>Approving leader</source>
        <translation>Leder som vanligvis godkjenner</translation>
    </message>
    <message>
        <source>Leader's title</source>
        <translation>Lederens tittel</translation>
    </message>
    <message>
        <source>%1 is empty: the profile is used in letters and the case history, so every field must be filled in.</source>
        <translation>«%1» er ikke fylt ut: profilen brukes i brev og i sakshistorikken, så alle feltene må fylles ut.</translation>
    </message>
    <message>
        <source>Tilsynsklient needs your profile before it can start: your name, title, phone and office are printed in every letter and recorded in the case history. Without it the program closes.</source>
        <translation>Tilsynsklient trenger profilen din før programmet kan starte: navn, tittel, telefon og embete står i hvert brev og i sakens historikk. Uten profil avsluttes programmet.</translation>
    </message>
    <message>
        <source>&amp;Fill in the profile</source>
        <translation>&amp;Fyll ut profilen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Direct phone:</source>
        <translation>&amp;Direkte telefon:</translation>
    </message>
</context>
<context>
    <name>tilsyn::JournalModell</name>
    <message>
        <source>Incoming</source>
        <translation>Inngående</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Internal note (follow-up)</source>
        <translation>Internt notat (oppfølging)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Answered by letter</source>
        <translation>Besvart med brev</translation>
    </message>
    <message>
        <source>Answered by e-mail</source>
        <translation>Besvart med e-post</translation>
    </message>
    <message>
        <source>Answered by telephone</source>
        <translation>Besvart på telefon</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Tatt til etterretning</translation>
    </message>
    <message>
        <source>Noted for information</source>
        <translation>Tatt til orientering</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (foreløpig)</translation>
    </message>
    <message>
        <source>%1 (file: %2)</source>
        <translation>%1 (fil: %2)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Unntatt</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>%1 – refused by the central store: %2</source>
        <translation>%1 – avvist av det sentrale lageret: %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke avskrevet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Dokumentnr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Sender / recipient</source>
        <translation>Avsender / mottaker</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Skjerming</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avskrevet</translation>
    </message>
    <message>
        <source>No saksnummer yet (document %1)</source>
        <translation>Ikke saksnummer ennå (dokument %1)</translation>
    </message>
</context>
<context>
    <name>tilsyn::JournalPanel</name>
    <message>
        <source>The document was not registered: %1</source>
        <translation>Dokumentet ble ikke registrert: %1</translation>
    </message>
    <message>
        <source>The document was not marked answered: %1</source>
        <translation>Dokumentet ble ikke avskrevet: %1</translation>
    </message>
    <message>
        <source>Henvendelse</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>The file could not be written to %1</source>
        <translation>Filen kunne ikke skrives til %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Register incoming…</source>
        <translation>R&amp;egistrer inngående…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Legg til &amp;notat…</translation>
    </message>
    <message>
        <source>Mark &amp;answered…</source>
        <translation>Avskriv &amp;dokumentet…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Åpne fil</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Sakens dokumenter</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Hi&amp;storikk…</translation>
    </message>
    <message>
        <source>No case is open: open or create a case first.</source>
        <translation>Ingen sak er åpen: åpne eller opprett en sak først.</translation>
    </message>
    <message>
        <source>Select an incoming document in the journal first.</source>
        <translation>Velg et inngående dokument i journalen først.</translation>
    </message>
    <message>
        <source>The selected document needs no write-off: select an unanswered incoming document.</source>
        <translation>Det valgte dokumentet trenger ingen avskrivning: velg et ubesvart inngående dokument.</translation>
    </message>
    <message>
        <source>Select a document in the journal first.</source>
        <translation>Velg et dokument i journalen først.</translation>
    </message>
    <message>
        <source>The selected journal entry has no file to open.</source>
        <translation>Den valgte journalposten har ingen fil å åpne.</translation>
    </message>
</context>
<context>
    <name>tilsyn::KonfliktBekreftelse</name>
    <message>
        <source>a colleague</source>
        <translation>en kollega</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>utkastet</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>sak %1</translation>
    </message>
    <message>
        <source>Keep what you wrote in «%1» for %2?</source>
        <translation>Beholde det du skrev i «%1» for %2?</translation>
    </message>
    <message>
        <source>Save your edited value in «%1» for %2?</source>
        <translation>Lagre den redigerte verdien i «%1» for %2?</translation>
    </message>
    <message>
        <source>Keep what %1 wrote in «%2» for %3?</source>
        <translation>Beholde det %1 skrev i «%2» for %3?</translation>
    </message>
    <message>
        <source>This replaces what you wrote:</source>
        <translation>Dette erstatter det du skrev:</translation>
    </message>
    <message>
        <source>This replaces what %1 wrote (%2):</source>
        <translation>Dette erstatter det %1 skrev (%2):</translation>
    </message>
    <message>
        <source>This replaces what %1 wrote:</source>
        <translation>Dette erstatter det %1 skrev:</translation>
    </message>
    <message>
        <source>Nothing is lost: what you wrote stays in the case's history (History of this case…).</source>
        <translation>Ingenting går tapt: det du skrev, står i sakens historikk (Historikk for denne saken…).</translation>
    </message>
    <message>
        <source>Nothing is lost: what %1 wrote stays in the case's history (History of this case…).</source>
        <translation>Ingenting går tapt: det %1 skrev, står i sakens historikk (Historikk for denne saken…).</translation>
    </message>
    <message>
        <source>Replace what you wrote?</source>
        <translation>Erstatte det du skrev?</translation>
    </message>
    <message>
        <source>Replace what %1 wrote?</source>
        <translation>Erstatte det %1 skrev?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
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
        <translation>I&amp;mporter…</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The open case has unsaved changes. Save them?</source>
        <translation>Den åpne saken har endringer som ikke er lagret. Vil du lagre dem?</translation>
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
    <message>
        <source>Changes that need your decision after syncing – click to see them</source>
        <translation>Endringer som trenger din avgjørelse etter synkronisering – klikk for å se dem</translation>
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
    <message>
        <source>About Tilsynsklient</source>
        <translation>Om Tilsynsklient</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tilsynsklient %1&lt;/h3&gt;&lt;p&gt;Supervision cases for the statsforvaltere: registering, deadlines, assessments, letters and follow-up.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tilsynsklient %1&lt;/h3&gt;&lt;p&gt;Tilsynssaker hos statsforvalterne: registrering, frister, vurderinger, brev og oppfølging.&lt;/p&gt;&lt;p&gt;Lager: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>&amp;About Tilsynsklient</source>
        <translation>&amp;Om Tilsynsklient</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktøylinje</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No case is open: choose one in the list or make a new one.</source>
        <translation>Ingen sak er åpen: velg en i listen eller lag en ny.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Your profile has no office. Choose yours in Edit ▸ Settings before registering a case.</source>
        <translation>Profilen din har ikke noe embete. Velg ditt under Rediger ▸ Innstillinger før du registrerer en sak.</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Eksporter saker</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>Importen ble avbrutt; ingenting ble importert</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>&amp;Load sample cases</source>
        <translation>Last inn &amp;eksempelsaker</translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation>Skriv &amp;brev…</translation>
    </message>
    <message>
        <source>No case is open: Alt+%1 goes to a page of an open case. Choose a case in the list (Down from the search field) or make a new one.</source>
        <translation>Ingen sak er åpen: Alt+%1 går til en side i en åpen sak. Velg en sak i listen (pil ned fra søkefeltet) eller lag en ny.</translation>
    </message>
    <message>
        <source>Nothing to undo: no change has been made to the open case.</source>
        <translation>Ingenting å angre: den åpne saken er ikke endret.</translation>
    </message>
    <message>
        <source>Nothing to redo: no change has been undone.</source>
        <translation>Ingenting å gjøre om: ingen endring er angret.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation><numerusform>%Ln konflikt</numerusform><numerusform>%Ln konflikter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation><numerusform>%Ln avvist</numerusform><numerusform>%Ln avvist</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) of this case were also changed in the central store</source>
        <translation><numerusform>%Ln felt i denne saken ble også endret i det sentrale lageret</numerusform><numerusform>%Ln felt i denne saken ble også endret i det sentrale lageret</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation><numerusform>%Ln sak</numerusform><numerusform>%Ln saker</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln case(s) to %1</source>
        <translation><numerusform>Eksporterte %Ln sak til %1</numerusform><numerusform>Eksporterte %Ln saker til %1</numerusform></translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Angre «%1»</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Gjør om «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new case(s) imported</source>
        <translation><numerusform>%Ln ny sak importert</numerusform><numerusform>%Ln nye saker importert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) replaced</source>
        <translation><numerusform>%Ln sak erstattet</numerusform><numerusform>%Ln saker erstattet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed case(s) kept as they were</source>
        <translation><numerusform>%Ln endret sak beholdt som den var</numerusform><numerusform>%Ln endrede saker beholdt som de var</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) already the same</source>
        <translation><numerusform>%Ln sak var allerede lik</numerusform><numerusform>%Ln saker var allerede like</numerusform></translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Importen er ferdig: %1</translation>
    </message>
    <message>
        <source>&amp;Close sample cases</source>
        <translation>L&amp;ukk eksempelsakene</translation>
    </message>
    <message>
        <source>Sample cases – not your cases. %1 closes them and takes you back to your own store.</source>
        <translation>Eksempellager – ikke dine saker. %1 lukker det og tar deg tilbake til ditt eget lager.</translation>
    </message>
    <message>
        <source>%1 (%2) is not available: %3</source>
        <translation>%1 (%2) er ikke tilgjengelig: %3</translation>
    </message>
    <message>
        <source>%1: the case now differs from what is saved. Save (%2) to keep it so; the saved case is unchanged until then.</source>
        <translation>%1: saken skiller seg nå fra det som er lagret. Lagre (%2) for å beholde det slik; den lagrede saken er uendret til da.</translation>
    </message>
    <message>
        <source>Makes the sample cases again: what was changed in them and the filter of their window go</source>
        <translation>Lager eksempelsakene på nytt: det som er endret i dem, og filteret i vinduet deres forsvinner</translation>
    </message>
    <message>
        <source>The sample cases are open in their own window. Close it first (%1 there): they cannot be made again under it.</source>
        <translation>Eksempelsakene er åpne i sitt eget vindu. Lukk det først (%1 der): de kan ikke lages på nytt under det.</translation>
    </message>
    <message>
        <source>&amp;Fresh sample cases</source>
        <translation>&amp;Ferske eksempelsaker</translation>
    </message>
    <message>
        <source>No case matches the filters: clear one to see more cases.</source>
        <translation>Ingen saker passer til filtrene: fjern et filter for å se flere saker.</translation>
    </message>
    <message>
        <source>No case matches “%1”: clear the search field or a filter to see more cases.</source>
        <translation>Ingen saker passer til «%1»: tøm søkefeltet eller fjern et filter for å se flere saker.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Mappevelger</name>
    <message>
        <source>The folder %1 could not be created. Check that you may write there.</source>
        <translation>Mappen %1 kunne ikke opprettes. Kontroller at du har skrivetilgang der.</translation>
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
    <message>
        <source>Health personnel only: the authorisation as in the Health Personnel Register (e.g. doctor)</source>
        <translation>Bare for helsepersonell: autorisasjonen slik den står i Helsepersonellregisteret (f.eks. lege)</translation>
    </message>
    <message>
        <source>&amp;Add subject</source>
        <translation>Le&amp;gg til tilsynsobjekt</translation>
    </message>
    <message>
        <source>&amp;Remove subject</source>
        <translation>F&amp;jern tilsynsobjekt</translation>
    </message>
    <message>
        <source>Subjects of supervision</source>
        <translation>Tilsynsobjekter</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Objektt&amp;ype:</translation>
    </message>
    <message>
        <source>Subject's na&amp;me:</source>
        <translation>Objektets &amp;navn:</translation>
    </message>
    <message>
        <source>Address for letters</source>
        <translation>Adresse for brev</translation>
    </message>
    <message>
        <source>Arrow keys choose a subject, Enter goes to its form below</source>
        <translation>Piltastene velger et tilsynsobjekt, Enter går til skjemaet under</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 sifre</translation>
    </message>
    <message>
        <source>Selected subject</source>
        <translation>Valgt tilsynsobjekt</translation>
    </message>
    <message>
        <source>Subject %1 of %2</source>
        <translation>Tilsynsobjekt %1 av %2</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>Tilsynsobjekt %1</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(ingen adresse)</translation>
    </message>
    <message>
        <source>Service &amp;level:</source>
        <translation>Tjenesteniv&amp;å:</translation>
    </message>
    <message>
        <source>&amp;Org. no.:</source>
        <translation>Org.n&amp;ummer:</translation>
    </message>
    <message>
        <source>H&amp;PR no.:</source>
        <translation>H&amp;PR-nummer:</translation>
    </message>
    <message>
        <source>A&amp;uthorisation:</source>
        <translation>Autori&amp;sasjon:</translation>
    </message>
    <message>
        <source>Su&amp;bject's postal address:</source>
        <translation>Pos&amp;tadresse:</translation>
    </message>
    <message>
        <source>Sub&amp;ject's written form:</source>
        <translation>Objektets må&amp;lform:</translation>
    </message>
    <message>
        <source>Their date and ref. (&amp;quoted in letters):</source>
        <translation>Deres dato og ref. (&amp;kommer i brevhodet):</translation>
    </message>
    <message>
        <source>Only health personnel have an HPR number: choose the type Health personnel.</source>
        <translation>Bare helsepersonell har HPR-nummer: velg typen Helsepersonell.</translation>
    </message>
    <message>
        <source>Only health personnel have an authorisation: choose the type Health personnel.</source>
        <translation>Bare helsepersonell har autorisasjon: velg typen Helsepersonell.</translation>
    </message>
    <message>
        <source>Select a subject in the list first.</source>
        <translation>Velg et tilsynsobjekt i listen først.</translation>
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
    <message>
        <source>Closed %1</source>
        <translation>Avsluttet %1</translation>
    </message>
    <message>
        <source>Documentation received – to assess</source>
        <translation>Dokumentasjon mottatt – til vurdering</translation>
    </message>
    <message>
        <source>Breach by</source>
        <translation>Lovbrudd hos</translation>
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
        <source>E&amp;vidence:</source>
        <translation>Be&amp;vis:</translation>
    </message>
    <message>
        <source>What shows that practice has changed and stays changed</source>
        <translation>Hva viser at praksis er endret og forblir endret</translation>
    </message>
    <message>
        <source>Select a follow-up in the list.</source>
        <translation>Velg en oppfølging i listen.</translation>
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
        <source>%1 – follow-up started %2</source>
        <translation>%1 – oppfølging startet %2</translation>
    </message>
    <message>
        <source>What the service must document: %1</source>
        <translation>Hva tjenesten må dokumentere: %1</translation>
    </message>
    <message>
        <source>&amp;Set requirement and deadline</source>
        <translation>&amp;Sett krav og frist</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Legg til &amp;milepæl</translation>
    </message>
    <message>
        <source>Documentation &amp;received</source>
        <translation>&amp;Dokumentasjon mottatt</translation>
    </message>
    <message>
        <source>Register rem&amp;inder</source>
        <translation>Registrer purri&amp;ng</translation>
    </message>
    <message>
        <source>Mark &amp;corrected</source>
        <translation>Marker som &amp;rettet</translation>
    </message>
    <message>
        <source>Close f&amp;ollow-up</source>
        <translation>Avsl&amp;utt oppfølgingen</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølginger</translation>
    </message>
    <message>
        <source>Breaches of the selected case</source>
        <translation>Lovbrudd i den valgte saken</translation>
    </message>
    <message>
        <source>%1 – %2 – follow-up started %3</source>
        <translation>%1 – %2 – oppfølging startet %3</translation>
    </message>
    <message>
        <source>What %1 must document: %2</source>
        <translation>Hva %1 må dokumentere: %2</translation>
    </message>
    <message>
        <source>The description or evidence you typed is not registered. Close the window and discard it?</source>
        <translation>Beskrivelsen eller dokumentasjonen du skrev, er ikke registrert. Vil du lukke vinduet og forkaste den?</translation>
    </message>
    <message>
        <source>Clos&amp;e window</source>
        <translation>&amp;Lukk vinduet</translation>
    </message>
    <message>
        <source>Close this window (Esc, Ctrl+W)</source>
        <translation>Lukk dette vinduet (Esc, Ctrl+W)</translation>
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation>Oppfølging av lovbrudd</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fil&amp;trer:</translation>
    </message>
    <message>
        <source>Case number, subject or status</source>
        <translation>Saksnummer, tilsynsobjekt eller status</translation>
    </message>
    <message>
        <source>Shows the follow-ups whose case number, subject or status contains every word typed. Enter or Down goes to the list.</source>
        <translation>Viser oppfølgingene der saksnummer, tilsynsobjekt eller status inneholder hvert ord du skriver. Enter eller Pil ned går til listen.</translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging startet</translation>
    </message>
    <message>
        <source>Requirement set, deadline %1: %2</source>
        <translation>Krav satt, frist %1: %2</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Milepæl: %1</translation>
    </message>
    <message>
        <source>Documentation received: %1</source>
        <translation>Dokumentasjon mottatt: %1</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Purring sendt</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Rettet: %1</translation>
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation>Oppfølging avsluttet</translation>
    </message>
    <message>
        <source>• %1: %2, corrected %3</source>
        <translation>• %1: %2, rettet %3</translation>
    </message>
    <message>
        <source>(no case number yet)</source>
        <translation>(ikke saksnummer ennå)</translation>
    </message>
    <message>
        <source>Close the follow-up of case %1 on %2? It closes the follow-up of these breaches:
%3

Nothing more can be registered in it afterwards. The case's decision date is not changed.</source>
        <translation>Avslutte oppfølgingen av sak %1 den %2? Da avsluttes oppfølgingen av disse lovbruddene:
%3

Etterpå kan ingenting mer registreres i den. Avgjørelsesdatoen i saken endres ikke.</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>Avslutt oppfølgingen</translation>
    </message>
    <message>
        <source>C&amp;lose follow-up</source>
        <translation>&amp;Avslutt oppfølgingen</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.</source>
        <translation>Oppfølgingen av sak %1 ble avsluttet %2.</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The service's leadership is to be told in writing. Write the closing letter now?</source>
        <translation>Oppfølgingen av sak %1 ble avsluttet %2.

Virksomhetens ledelse skal få beskjed skriftlig. Vil du skrive avslutningsbrevet nå?</translation>
    </message>
    <message>
        <source>&amp;Write closing letter…</source>
        <translation>&amp;Skriv avslutningsbrev…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Se&amp;nere</translation>
    </message>
    <message>
        <source>Sho&amp;w closed follow-ups</source>
        <translation>Vis avslutt&amp;ede oppfølginger</translation>
    </message>
    <message>
        <source>Lists the closed follow-ups too, after the open ones</source>
        <translation>Viser også de avsluttede oppfølgingene, etter de åpne</translation>
    </message>
    <message>
        <source>Even&amp;ts of the selected follow-up:</source>
        <translation>&amp;Hendelser i den valgte oppfølgingen:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Events of the selected follow-up</source>
        <translation>Hendelser i den valgte oppfølgingen</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1, avsluttet %2</translation>
    </message>
    <message>
        <source>This follow-up was closed on %1.</source>
        <translation>Denne oppfølgingen ble avsluttet %1.</translation>
    </message>
    <message>
        <source>Asks first; then offers the closing letter to the service's leadership.</source>
        <translation>Spør først; tilbyr deretter avslutningsbrevet til virksomhetens ledelse.</translation>
    </message>
    <message>
        <source>Select a breach of the law in the list first.</source>
        <translation>Velg et lovbrudd i listen først.</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The health professional is to be told in writing. Write the closing letter now?</source>
        <translation>Oppfølgingen av sak %1 ble avsluttet %2.

Helsepersonellet skal få beskjed skriftlig. Vil du skrive avslutningsbrevet nå?</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The service's leadership and the health professional are to be told in writing. Write the closing letter now?</source>
        <translation>Oppfølgingen av sak %1 ble avsluttet %2.

Virksomhetens ledelse og helsepersonellet skal få beskjed skriftlig. Vil du skrive avslutningsbrevet nå?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation><numerusform>%Ln mottatt</numerusform><numerusform>%Ln mottatt</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::Ordsoek</name>
    <message>
        <source>%1 match what you typed: move to one with the arrow keys, or type more letters.</source>
        <translation>%1 passer med det du har skrevet: gå til ett av dem med piltastene, eller skriv flere bokstaver.</translation>
    </message>
</context>
<context>
    <name>tilsyn::PartsbrevDialog</name>
    <message>
        <source>Decision letters for all parties – %1</source>
        <translation>Avgjørelser til alle parter – %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>&amp;Utkast:</translation>
    </message>
    <message>
        <source>%1 – to %2 (%3)</source>
        <translation>%1 – til %2 (%3)</translation>
    </message>
    <message>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <source>&amp;Open for review…</source>
        <translation>&amp;Åpne for gjennomlesing…</translation>
    </message>
    <message>
        <source>&amp;Save all as PDF drafts…</source>
        <translation>&amp;Lagre alle som PDF-utkast…</translation>
    </message>
    <message>
        <source>Save all as PDF drafts</source>
        <translation>Lagre alle som PDF-utkast</translation>
    </message>
    <message>
        <source>One draft per party. Each holds only what that party may read: the avgjørelse to each subject its own assessments, the submitter the result and a short reason. Open each one, read it as the recipient will, and finalise it from the letter window. Save all as PDF drafts keeps every draft in the case, where the letter window finds it again, and writes each into a folder.</source>
        <translation>Ett utkast per part. Hvert inneholder bare det den parten kan lese: avgjørelsen til hvert tilsynsobjekt bare vurderingene av det, innsenderen resultatet og en kort begrunnelse. Åpne hvert utkast, les det slik mottakeren vil lese det, og ferdigstill det fra brevvinduet. «Lagre alle som PDF-utkast» tar vare på hvert utkast i saken, der brevvinduet finner det igjen, og skriver hvert av dem til en mappe.</translation>
    </message>
    <message>
        <source>Cancelled: no draft was saved, neither in the case nor as a file.</source>
        <translation>Avbrutt: ingen utkast ble lagret, verken i saken eller som fil.</translation>
    </message>
    <message>
        <source>Nothing was saved (no draft in the case, no file): %1</source>
        <translation>Ingenting ble lagret (ingen utkast i saken, ingen fil): %1</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>Vil du erstatte dem?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Every party has its finalised decision letter; they are in the case's documents.</source>
        <translation>Alle parter har fått sitt ferdigstilte avgjørelsesbrev; brevene ligger i sakens dokumenter.</translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln draft(s)…</source>
        <translation><numerusform>Lagrer %Ln utkast…</numerusform><numerusform>Lagrer %Ln utkast…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in the case and as PDF files in %1.</source>
        <translation><numerusform>Lagret %Ln utkast i saken og som PDF-fil i %1.</numerusform><numerusform>Lagret %Ln utkast i saken og som PDF-filer i %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) as PDF files in %1. The case is not saved yet, so the drafts are not kept in it.</source>
        <translation><numerusform>Lagret %Ln utkast som PDF-fil i %1. Saken er ikke lagret ennå, så utkastet er ikke tatt vare på i den.</numerusform><numerusform>Lagret %Ln utkast som PDF-filer i %1. Saken er ikke lagret ennå, så utkastene er ikke tatt vare på i den.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Already in the folder: %Ln file(s).</source>
        <translation><numerusform>Finnes allerede i mappen: %Ln fil.</numerusform><numerusform>Finnes allerede i mappen: %Ln filer.</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::RapportModell</name>
    <message>
        <source>Office</source>
        <translation>Embete</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Lovbrudd</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandlingsmåte</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Innen fristen</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Andel %</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Åpne ved start</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Open at end</source>
        <translation>Åpne ved slutt</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median dager</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 dager</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 dager</translation>
    </message>
    <message>
        <source>91–182 days</source>
        <translation>91–182 dager</translation>
    </message>
    <message>
        <source>183–365 days</source>
        <translation>183–365 dager</translation>
    </message>
    <message>
        <source>Over 365 days</source>
        <translation>Over 365 dager</translation>
    </message>
    <message>
        <source>BM %1</source>
        <translation>BM %1</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Hele landet</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>tilsyn::RegistreringDialog</name>
    <message>
        <source>E&amp;xempt from public access</source>
        <translation>&amp;Unntatt offentlighet</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Ingen fil</translation>
    </message>
    <message>
        <source>Register incoming document</source>
        <translation>Registrer inngående dokument</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Legg til internt notat</translation>
    </message>
    <message>
        <source>Dokument i tilsynssak</source>
        <translation>Dokument i tilsynssak</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Velg &amp;fil…</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>Dokumentets &amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Avsender:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Public title:</source>
        <translation>&amp;Offentlig tittel:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>Choose the document's file</source>
        <translation>Velg dokumentets fil</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt *.jpg *.png);;All files (*)</source>
        <translation>Dokumenter (*.pdf *.docx *.odt *.txt *.jpg *.png);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kan ikke lese %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
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
        <source>Backlog: open cases past their deadline, serious cases first</source>
        <translation>Restanser: åpne saker over fristen, alvorlige saker først</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sekt&amp;or:</translation>
    </message>
    <message>
        <source>Handlin&amp;g:</source>
        <translation>&amp;Behandling:</translation>
    </message>
    <message>
        <source>Cases assigned to you (a case never assigned: yours if you are its caseworker)</source>
        <translation>Saker som er fordelt til deg (en sak som aldri er fordelt: din hvis du er saksbehandler)</translation>
    </message>
    <message>
        <source>Cases a leader has not assigned to anyone</source>
        <translation>Saker en leder ikke har fordelt til noen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message numerus="yes">
        <source>Cases whose deadline falls within the next %Ln day(s), serious cases first</source>
        <translation><numerusform>Saker med frist innen neste %Ln dag, alvorlige saker først</numerusform><numerusform>Saker med frist innen de neste %Ln dagene, alvorlige saker først</numerusform></translation>
    </message>
    <message>
        <source>My cases (%1)</source>
        <translation>Mine saker (%1)</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Ufordelte (%1)</translation>
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation>Forfaller snart (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Over fristen (%1)</translation>
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
    <message>
        <source>Office</source>
        <translation>Embete</translation>
    </message>
    <message>
        <source>choose a method</source>
        <translation>velg BM</translation>
    </message>
    <message>
        <source>choose a method by %1</source>
        <translation>velg BM innen %1</translation>
    </message>
    <message numerus="yes">
        <source>choose a method (%Ln day(s) late)</source>
        <translation><numerusform>velg BM (%Ln dag for sent)</numerusform><numerusform>velg BM (%Ln dager for sent)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) overdue)</source>
        <translation><numerusform>%1 (%Ln dag over)</numerusform><numerusform>%1 (%Ln dager over)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) left)</source>
        <translation><numerusform>%1 (%Ln dag igjen)</numerusform><numerusform>%1 (%Ln dager igjen)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No deadline runs until a handling method is chosen; it then counts from the date received: 4 weeks (BM 1 and 2), 3 months (BM 3 and 4) or 6 months (BM 5). The office aims to choose the method within %Ln day(s) (Edit → Settings).</source>
        <translation><numerusform>Ingen frist løper før behandlingsmåten er valgt; den regnes så fra mottatt dato: 4 uker (BM 1 og 2), 3 måneder (BM 3 og 4) eller 6 måneder (BM 5). Embetet har som mål å velge behandlingsmåte innen %Ln dag (Rediger → Innstillinger).</numerusform><numerusform>Ingen frist løper før behandlingsmåten er valgt; den regnes så fra mottatt dato: 4 uker (BM 1 og 2), 3 måneder (BM 3 og 4) eller 6 måneder (BM 5). Embetet har som mål å velge behandlingsmåte innen %Ln dager (Rediger → Innstillinger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>report %1 (%Ln day(s) overdue)</source>
        <translation><numerusform>rapport %1 (%Ln dag over)</numerusform><numerusform>rapport %1 (%Ln dager over)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>report %1 (%Ln day(s) left)</source>
        <translation><numerusform>rapport %1 (%Ln dag igjen)</numerusform><numerusform>rapport %1 (%Ln dager igjen)</numerusform></translation>
    </message>
    <message>
        <source>The request was sent; the service's report is due by the date the request letter gave</source>
        <translation>Anmodningen er sendt; virksomhetens rapport skal komme innen fristen i anmodningsbrevet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
</context>
<context>
    <name>tilsyn::SakRepository</name>
    <message>
        <source>the case number %1 is already used in this office by the case received %2</source>
        <translation>saksnummeret %1 er allerede brukt i embetet av saken mottatt %2</translation>
    </message>
    <message>
        <source>the case number %1 is already used in this office by the case received %2 about %3</source>
        <translation>saksnummeret %1 er allerede brukt i embetet av saken mottatt %2 om %3</translation>
    </message>
    <message>
        <source>the case cannot be closed until every incoming document is written off, or you say why not: %1</source>
        <translation>saken kan ikke avsluttes før alle inngående dokumenter er avskrevet, eller du sier hvorfor ikke: %1</translation>
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
    <name>tilsyn::Sakslistekolonner</name>
    <message>
        <source>Case %1: %2</source>
        <translation>Sak %1: %2</translation>
    </message>
</context>
<context>
    <name>tilsyn::SaksnummerFelt</name>
    <message>
        <source>Letters have been finalised under this case number, so it cannot be changed.</source>
        <translation>Det er ferdigstilt brev med dette saksnummeret, så det kan ikke endres.</translation>
    </message>
    <message>
        <source>This office uses the central store's series: the case gets its number at the first sync (Edit → Settings).</source>
        <translation>Embetet bruker nummerserien i det sentrale lageret: saken får nummer ved første synkronisering (Rediger → Innstillinger).</translation>
    </message>
    <message>
        <source>This office uses the central store's series: the number was assigned by it.</source>
        <translation>Embetet bruker nummerserien i det sentrale lageret: nummeret ble tildelt derfra.</translation>
    </message>
    <message>
        <source>assigned at the first sync</source>
        <translation>tildeles ved første synkronisering</translation>
    </message>
    <message>
        <source>YYYY/N from the archive</source>
        <translation>ÅÅÅÅ/N fra arkivet</translation>
    </message>
</context>
<context>
    <name>tilsyn::SaksnummerkildeValg</name>
    <message>
        <source>Typed from the archive (works offline)</source>
        <translation>Skrives inn fra arkivet (virker uten nett)</translation>
    </message>
    <message>
        <source>The central store's series, at the first sync</source>
        <translation>Nummerserien i det sentrale lageret, ved første synkronisering</translation>
    </message>
    <message>
        <source>Where this office's case numbers (YYYY/N) come from. A case without one can be worked on, but its letters cannot be finalised.</source>
        <translation>Hvor embetets saksnumre (ÅÅÅÅ/N) kommer fra. En sak uten saksnummer kan behandles, men brevene kan ikke ferdigstilles.</translation>
    </message>
</context>
<context>
    <name>tilsyn::SendTilGodkjenningDialog</name>
    <message>
        <source>Send for approval</source>
        <translation>Send til godkjenning</translation>
    </message>
    <message>
        <source>All leaders of the office</source>
        <translation>Alle lederne i embetet</translation>
    </message>
    <message>
        <source>What the leader should look at (optional)</source>
        <translation>Hva lederen bør se på (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>The draft is frozen as it stands now. If you change it afterwards, it must be approved again. The leader sees it after the next sync.</source>
        <translation>Utkastet låses slik det står nå. Endrer du det etterpå, må det godkjennes på nytt. Lederen ser det etter neste synkronisering.</translation>
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation>&amp;Send til godkjenning</translation>
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
    <message>
        <source>A test is already running: wait for its result.</source>
        <translation>En test kjører allerede: vent på resultatet.</translation>
    </message>
    <message>
        <source>A socket on this machine: no SSL is used, so this choice has no effect here.</source>
        <translation>En sokkel på denne maskinen: SSL brukes ikke, så dette valget virker ikke her.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Skrivebord</name>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>Sy&amp;nkroniser nå</translation>
    </message>
    <message>
        <source>Sync c&amp;onflicts and rejected changes…</source>
        <translation>Synkroniseringskonflikter og avviste &amp;endringer…</translation>
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation>&amp;Sentralt lager…</translation>
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation>Synkronisering: konflikter og avviste endringer</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistikk…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>&amp;Follow-up of breaches…</source>
        <translation>&amp;Oppfølging av lovbrudd…</translation>
    </message>
    <message>
        <source>Start follow-&amp;up of this case's breaches</source>
        <translation>Start opp&amp;følging av lovbruddene i denne saken</translation>
    </message>
    <message>
        <source>No case is open: choose one in the list or make a new one.</source>
        <translation>Ingen sak er åpen: velg en i listen eller lag en ny.</translation>
    </message>
    <message>
        <source>The follow-up of this case has already started (View → Follow-up of breaches…).</source>
        <translation>Oppfølgingen av denne saken er allerede startet (Vis → Oppfølging av lovbrudd…).</translation>
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation>Oppfølging av lovbrudd</translation>
    </message>
    <message>
        <source>Decision &amp;letters for all parties…</source>
        <translation>Avgj&amp;ørelser til alle parter…</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Ingen sak er åpen.</translation>
    </message>
    <message>
        <source>Decision letters belong to cases the statsforvalter investigates and decides (BM 5).</source>
        <translation>Avgjørelser hører til saker statsforvalteren utreder og avgjør (BM 5).</translation>
    </message>
    <message>
        <source>Register the case's outcome first.</source>
        <translation>Registrer utfallet av saken først.</translation>
    </message>
    <message>
        <source>Decision letters for all parties</source>
        <translation>Avgjørelser til alle parter</translation>
    </message>
    <message>
        <source>Letters for a&amp;pproval…</source>
        <translation>Brev til god&amp;kjenning…</translation>
    </message>
    <message>
        <source>Assi&amp;gn this case…</source>
        <translation>For&amp;del denne saken…</translation>
    </message>
    <message>
        <source>(nobody: unassigned)</source>
        <translation>(ingen: ufordelt)</translation>
    </message>
    <message>
        <source>Assign case</source>
        <translation>Fordel sak</translation>
    </message>
    <message>
        <source>&amp;History of this case…</source>
        <translation>&amp;Historikk for denne saken…</translation>
    </message>
    <message>
        <source>&amp;Assign case %1 to:</source>
        <translation>&amp;Fordel sak %1 til:</translation>
    </message>
    <message>
        <source>Every party has its finalised decision letter; they are in the case's documents.</source>
        <translation>Alle parter har fått sitt ferdigstilte avgjørelsesbrev; brevene ligger i sakens dokumenter.</translation>
    </message>
    <message>
        <source>The follow-up of this case was closed on %1 (View → Follow-up of breaches…, Show closed follow-ups).</source>
        <translation>Oppfølgingen av denne saken ble avsluttet %1 (Vis → Oppfølging av lovbrudd…, Vis avsluttede oppfølginger).</translation>
    </message>
    <message>
        <source>Follow-up starts once the case is decided: finalise the last decision letter with the milestone “closed” ticked, or enter the date in Closed and save.</source>
        <translation>Oppfølgingen starter når saken er avgjort: ferdigstill det siste avgjørelsesbrevet med milepælen «avsluttet» krysset av, eller skriv inn datoen i Avsluttet og lagre.</translation>
    </message>
    <message>
        <source>These are sample cases for trying the program out: they are never synchronised with a central store.</source>
        <translation>Dette er eksempelsaker for å prøve programmet: de synkroniseres aldri med et sentralt lager.</translation>
    </message>
    <message numerus="yes">
        <source>Letters for a&amp;pproval (%n new answer(s))…</source>
        <translation><numerusform>Brev til god&amp;kjenning (%n nytt svar)…</numerusform><numerusform>Brev til god&amp;kjenning (%n nye svar)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Letters for a&amp;pproval (%n waiting)…</source>
        <translation><numerusform>Brev til god&amp;kjenning (%n venter)…</numerusform><numerusform>Brev til god&amp;kjenning (%n venter)…</numerusform></translation>
    </message>
    <message>
        <source>Case %1 was assigned to you by %2.</source>
        <translation>Sak %1 er fordelt til deg av %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to you: tick “My cases” (Alt+7).</source>
        <translation><numerusform>%n sak er fordelt til deg: kryss av for «Mine saker» (Alt+7).</numerusform><numerusform>%n saker er fordelt til deg: kryss av for «Mine saker» (Alt+7).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting for your approval: View ▸ Letters for approval (Ctrl+Shift+G).</source>
        <translation><numerusform>%n brev venter på godkjenningen din: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform><numerusform>%n brev venter på godkjenningen din: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) for approval</source>
        <translation><numerusform>%n brev til godkjenning</numerusform><numerusform>%n brev til godkjenning</numerusform></translation>
    </message>
    <message>
        <source>Open the letters waiting for your approval (Ctrl+Shift+G).</source>
        <translation>Åpne brevene som venter på godkjenningen din (Ctrl+Shift+G).</translation>
    </message>
</context>
<context>
    <name>tilsyn::Sperrelinje</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>eller pe&amp;riode:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Embete:</translation>
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
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Close the statistics (Esc, Ctrl+W)</source>
        <translation>Lukk statistikken (Esc, Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>Nothing to export: the statistics could not be computed (see the message above).</source>
        <translation>Ingenting å eksportere: statistikken kunne ikke beregnes (se meldingen over).</translation>
    </message>
</context>
<context>
    <name>tilsyn::Stavekontroll</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(ingen forslag)</translation>
    </message>
    <message>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <source>The %1 dictionary does not know these words of the letter: %2. Check them before finalising.</source>
        <translation>Ordboka for %1 kjenner ikke disse ordene i brevet: %2. Sjekk dem før du ferdigstiller.</translation>
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
    <message>
        <source>Answered twice (%L1)</source>
        <translation>Avskrevet to ganger (%L1)</translation>
    </message>
    <message>
        <source>Choose "Edit" above to write a value of your own.</source>
        <translation>Velg «Rediger» over for å skrive en egen verdi.</translation>
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation>Velg en konflikt i listen først.</translation>
    </message>
    <message>
        <source>Choose which value the case should keep first.</source>
        <translation>Velg først hvilken verdi saken skal beholde.</translation>
    </message>
    <message>
        <source>Select a rejected change in the list first.</source>
        <translation>Velg en avvist endring i listen først.</translation>
    </message>
    <message>
        <source>No change was rejected by the central store.</source>
        <translation>Det sentrale lageret har ikke avvist noen endring.</translation>
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation>Synkronisering: konflikter og avviste endringer</translation>
    </message>
    <message>
        <source>Close this window (Esc, Ctrl+W)</source>
        <translation>Lukk dette vinduet (Esc, Ctrl+W)</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Lukk &amp;vinduet</translation>
    </message>
    <message>
        <source>Theirs: %1, %2</source>
        <translation>Deres: %1, %2</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Deres: %1</translation>
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
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Avbryter synkroniseringen…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: archived %Ln letter(s)</source>
        <translation><numerusform>Synkroniserer: arkiverte %Ln brev</numerusform><numerusform>Synkroniserer: arkiverte %Ln brev</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln conflict(s)</source>
        <translation><numerusform> – %Ln konflikt</numerusform><numerusform> – %Ln konflikter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln rejected</source>
        <translation><numerusform> – %Ln avvist</numerusform><numerusform> – %Ln avvist</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled – next sync in %Ln minute(s)</source>
        <translation><numerusform>Synkroniseringen ble avbrutt – neste om %Ln minutt</numerusform><numerusform>Synkroniseringen ble avbrutt – neste om %Ln minutter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline – next try in %Ln minute(s): %1</source>
        <translation><numerusform>Frakoblet – nytt forsøk om %Ln minutt: %1</numerusform><numerusform>Frakoblet – nytt forsøk om %Ln minutter: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline: central store unreachable – %Ln change(s) waiting – next try at %1</source>
        <translation><numerusform>Frakoblet: sentralen kan ikke nås – %Ln endring venter – neste forsøk kl. %1</numerusform><numerusform>Frakoblet: sentralen kan ikke nås – %Ln endringer venter – neste forsøk kl. %1</numerusform></translation>
    </message>
    <message>
        <source>Offline: central store unreachable – next try at %1</source>
        <translation>Frakoblet: sentralen kan ikke nås – neste forsøk kl. %1</translation>
    </message>
</context>
<context>
    <name>tilsyn::Synkfremdrift</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the sync after the cases received so far; the next sync continues from there</source>
        <translation>Stopp synkroniseringen etter sakene som er mottatt så langt; neste synkronisering fortsetter derfra</translation>
    </message>
</context>
<context>
    <name>tilsyn::TapteAvskrivningerSide</name>
    <message>
        <source>Mark as s&amp;een</source>
        <translation>Merk som s&amp;ett</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Your answer (not kept)</source>
        <translation>Din avskrivning (ikke beholdt)</translation>
    </message>
    <message>
        <source>Kept (central store)</source>
        <translation>Beholdt (sentralt lager)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Oppdaget</translation>
    </message>
    <message>
        <source>These incoming documents were marked answered both here and on another computer before either had synced. The central store keeps the answer it received first, and every computer now shows that one. Yours is listed here and kept in the case's history; if it was the right one, add a note or a letter to the case.</source>
        <translation>Disse inngående dokumentene ble avskrevet både her og på en annen maskin før noen av dem hadde synkronisert. Det sentrale lageret beholder avskrivningen det fikk først, og alle maskiner viser nå den. Din står her og er tatt vare på i sakens historikk; var den riktig, legg til et notat eller et brev i saken.</translation>
    </message>
    <message>
        <source>Documents answered twice</source>
        <translation>Dokumenter avskrevet to ganger</translation>
    </message>
    <message>
        <source>Select a lost write-off in the list first.</source>
        <translation>Velg en tapt avskrivning i listen først.</translation>
    </message>
    <message>
        <source>No write-off was lost in a sync.</source>
        <translation>Ingen avskrivning gikk tapt ved synkronisering.</translation>
    </message>
</context>
<context>
    <name>tilsyn::TomListeMerknad</name>
    <message>
        <source>No cases match the search and the filters above.
Clear the search field or untick a filter to see more cases.</source>
        <translation>Ingen saker passer til søket og filtrene over.
Tøm søkefeltet eller fjern et filter for å se flere saker.</translation>
    </message>
    <message>
        <source>There are no cases in this store yet.
Register a case with Ctrl+N, or import cases from the File menu.</source>
        <translation>Det er ingen saker i dette lageret ennå.
Registrer en sak med Ctrl+N, eller importer saker fra Fil-menyen.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Validering</name>
    <message>
        <source>office</source>
        <translation>embete</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>subject type</source>
        <translation>objekttype</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>tjenestenivå</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kilde</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>konklusjon</translation>
    </message>
    <message>
        <source>provision</source>
        <translation>bestemmelse</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>tilsynsobjekt %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 mangler</translation>
    </message>
    <message>
        <source>unknown %1 «%2»</source>
        <translation>ukjent %1 «%2»</translation>
    </message>
    <message>
        <source>%1 «%2» does not belong to the sector «%3»</source>
        <translation>%1 «%2» hører ikke til sektoren «%3»</translation>
    </message>
    <message>
        <source>%1 «%2» is given more than once</source>
        <translation>%1 «%2» er oppgitt mer enn én gang</translation>
    </message>
    <message>
        <source>written form must be «nb», «nn» or null, not «%1»</source>
        <translation>målform må være «nb», «nn» eller null, ikke «%1»</translation>
    </message>
    <message>
        <source>the date %1 is before the date received (%2)</source>
        <translation>datoen %1 er før mottatt (%2)</translation>
    </message>
    <message>
        <source>the case must have at least one subject</source>
        <translation>saken må ha minst ett tilsynsobjekt</translation>
    </message>
    <message>
        <source>the subject has no id</source>
        <translation>tilsynsobjektet mangler id</translation>
    </message>
    <message>
        <source>id «%1» is used by another subject of the case</source>
        <translation>id «%1» er brukt av et annet tilsynsobjekt i saken</translation>
    </message>
    <message>
        <source>the subject has no name</source>
        <translation>tilsynsobjektet mangler navn</translation>
    </message>
    <message>
        <source>service level applies only to the sector «%1»</source>
        <translation>tjenestenivå gjelder bare sektoren «%1»</translation>
    </message>
    <message>
        <source>the organisation number «%1» is invalid (9 digits with a modulus 11 check digit)</source>
        <translation>organisasjonsnummeret «%1» er ugyldig (9 sifre med kontrollsiffer etter modulus 11)</translation>
    </message>
    <message>
        <source>the HPR number «%1» must have 7–9 digits</source>
        <translation>HPR-nummeret «%1» må ha 7–9 sifre</translation>
    </message>
    <message>
        <source>authorisation applies only to subjects of the type «%1»</source>
        <translation>autorisasjon gjelder bare tilsynsobjekter av typen «%1»</translation>
    </message>
    <message>
        <source>assessed provisions belong only to handling method 5</source>
        <translation>vurderte bestemmelser hører bare til behandlingsmåte 5</translation>
    </message>
    <message>
        <source>choose the subject the provision is assessed against</source>
        <translation>velg tilsynsobjektet bestemmelsen vurderes mot</translation>
    </message>
    <message>
        <source>«%1» is not a subject of the case</source>
        <translation>«%1» er ikke et tilsynsobjekt i saken</translation>
    </message>
    <message>
        <source>a closed case with handling method 5 must have an outcome</source>
        <translation>en avsluttet sak med behandlingsmåte 5 må ha utfall</translation>
    </message>
    <message>
        <source>an outcome belongs only to handling method 5</source>
        <translation>utfall hører bare til behandlingsmåte 5</translation>
    </message>
    <message>
        <source>CATALOGUE_WRITTEN_FORM</source>
        <extracomment>Not shown: "nb" in the bokmål translation, "nn" in the nynorsk one. The catalogue's names in these messages follow it.</extracomment>
        <translation>nb</translation>
    </message>
    <message>
        <source>the provision «%1» cannot be assessed against the subject «%2», which is of the type «%3»; it applies to %4</source>
        <translation>bestemmelsen «%1» kan ikke vurderes mot tilsynsobjektet «%2», som er av typen «%3»; den gjelder %4</translation>
    </message>
    <message>
        <source>the outcome «%1» requires at least one assessment concluding «%2»</source>
        <translation>utfallet «%1» krever minst én vurdering med konklusjonen «%2»</translation>
    </message>
    <message>
        <source>the outcome «%1» cannot be chosen while an assessment concludes «%2»</source>
        <translation>utfallet «%1» kan ikke velges når en vurdering har konklusjonen «%2»</translation>
    </message>
    <message>
        <source>tick at least one source (who the information came from)</source>
        <translation>kryss av for minst én kilde (hvem opplysningene kom fra)</translation>
    </message>
    <message>
        <source>not recorded: tick that involving the patient/user has been considered</source>
        <translation>ikke registrert: kryss av for at involvering av pasient/bruker er vurdert</translation>
    </message>
    <message>
        <source>an HPR number is for health personnel only: remove it, or choose the type helsepersonell</source>
        <translation>HPR-nummer gjelder bare helsepersonell: fjern det, eller velg typen helsepersonell</translation>
    </message>
    <message>
        <source>the id must be a UUID in lower case, not «%1»</source>
        <translation>id må være en UUID med små bokstaver, ikke «%1»</translation>
    </message>
    <message>
        <source>the case number must have the form YYYY/N, not «%1»</source>
        <translation>saksnummer må ha formen ÅÅÅÅ/N, ikke «%1»</translation>
    </message>
    <message>
        <source>the date received is missing</source>
        <translation>mottatt-dato mangler</translation>
    </message>
    <message>
        <source>the handling method must be 1–5 (0 for historical cases)</source>
        <translation>behandlingsmåte må være 1–5 (0 for historiske saker)</translation>
    </message>
    <message>
        <source>handling method 0 (the old guide) cannot be chosen for new cases</source>
        <translation>behandlingsmåte 0 (gammel veileder) kan ikke velges for nye saker</translation>
    </message>
    <message>
        <source>the date sent on belongs only to handling methods 2 and 3</source>
        <translation>oversendt-dato hører bare til behandlingsmåte 2 og 3</translation>
    </message>
    <message>
        <source>the meeting date belongs only to handling method 4</source>
        <translation>møtedato hører bare til behandlingsmåte 4</translation>
    </message>
    <message>
        <source>report received belongs only to handling method 3</source>
        <translation>rapport mottatt hører bare til behandlingsmåte 3</translation>
    </message>
</context>
<context>
    <name>tilsyn::Vedlikehold</name>
    <message>
        <source>&amp;Back up store…</source>
        <translation>&amp;Sikkerhetskopier lageret…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Kontroller lageret</translation>
    </message>
    <message>
        <source>Copy &amp;support information</source>
        <translation>Kopier in&amp;formasjon til brukerstøtte</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Sikkerhetskopier lageret</translation>
    </message>
    <message>
        <source>Tilsynsklient store (*.sqlite)</source>
        <translation>Tilsynsklient-lager (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Sikkerhetskopien ble skrevet til %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Save or undo the changes to the open case first.</source>
        <translation>Lagre eller angre endringene i den åpne saken først.</translation>
    </message>
    <message>
        <source>Tilsynsklient store (*.sqlite);;All files (*)</source>
        <translation>Tilsynsklient-lager (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace every case in this store with the content of the backup %1?

The backup is checked first. The current store is kept as a copy in the same folder. Changes made since the backup that were not synchronised are only in that copy.</source>
        <translation>Vil du erstatte alle sakene i dette lageret med innholdet i sikkerhetskopien %1?

Sikkerhetskopien kontrolleres først. Lageret slik det er nå, tas vare på som en kopi i samme mappe. Endringer gjort etter sikkerhetskopien som ikke er synkronisert, finnes bare i den kopien.</translation>
    </message>
    <message>
        <source>The store was restored from %1.
The previous store was kept as %2.</source>
        <translation>Lageret ble gjenopprettet fra %1.
Det forrige lageret er tatt vare på som %2.</translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation>Kontroller lageret</translation>
    </message>
    <message>
        <source>The store is healthy: no problems found.</source>
        <translation>Lageret er i orden: ingen problemer funnet.</translation>
    </message>
    <message>
        <source>Support information copied: paste it into your message to support.</source>
        <translation>Informasjon til brukerstøtte er kopiert: lim den inn i meldingen til brukerstøtte.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %Ln problem(s). Send the details to support, or restore a backup.</source>
        <translation><numerusform>Kontrollen fant %Ln problem. Send detaljene til brukerstøtte, eller gjenopprett en sikkerhetskopi.</numerusform><numerusform>Kontrollen fant %Ln problemer. Send detaljene til brukerstøtte, eller gjenopprett en sikkerhetskopi.</numerusform></translation>
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
        <source>&amp;New case</source>
        <translation>&amp;Ny sak</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>&amp;Load sample cases</source>
        <translation>Last inn &amp;eksempelsaker</translation>
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
    <message>
        <source>&amp;Add assessment</source>
        <translation>Legg til vur&amp;dering</translation>
    </message>
    <message>
        <source>&amp;Remove assessment</source>
        <translation>Ta bort v&amp;urdering</translation>
    </message>
    <message>
        <source>Selected assessment</source>
        <translation>Valgt vurdering</translation>
    </message>
    <message>
        <source>&amp;Provision:</source>
        <translation>B&amp;estemmelse:</translation>
    </message>
    <message>
        <source>Type part of the law, § or name to search</source>
        <translation>Skriv en del av loven, paragrafen eller navnet for å søke</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Tilsynsobjekt:</translation>
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation>Vurderte bestemmelser</translation>
    </message>
    <message>
        <source>Assessment %1 of %2</source>
        <translation>Vurdering %1 av %2</translation>
    </message>
    <message>
        <source>(choose a conclusion)</source>
        <translation>(velg konklusjon)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(intet tilsynsobjekt)</translation>
    </message>
    <message>
        <source>(no provision)</source>
        <translation>(ingen bestemmelse)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(ikke valgt)</translation>
    </message>
    <message>
        <source>Reas&amp;oning (goes into the decision as written):</source>
        <translation>Begru&amp;nnelse (går ordrett inn i avgjørelsen):</translation>
    </message>
    <message>
        <source>Unknown provision «%1»</source>
        <translation>Ukjent bestemmelse «%1»</translation>
    </message>
    <message>
        <source>Not offered for this subject:</source>
        <translation>Tilbys ikke for dette tilsynsobjektet:</translation>
    </message>
    <message>
        <source>(not a subject of the case)</source>
        <translation>(ikke et tilsynsobjekt i saken)</translation>
    </message>
    <message>
        <source>Unknown conclusion «%1»</source>
        <translation>Ukjent konklusjon «%1»</translation>
    </message>
    <message>
        <source>Select an assessment in the list first.</source>
        <translation>Velg en vurdering i listen først.</translation>
    </message>
    <message>
        <source>Add a subject first, on the Parties page (Alt+2).</source>
        <translation>Legg først til et tilsynsobjekt, på siden Parter (Alt+2).</translation>
    </message>
    <message>
        <source>Concl&amp;usion:</source>
        <translation>&amp;Konklusjon:</translation>
    </message>
    <message>
        <source>Choose the case's sector first.</source>
        <translation>Velg sakens sektor først.</translation>
    </message>
    <message>
        <source>Choose the subject first: the provisions offered depend on its type.</source>
        <translation>Velg tilsynsobjekt først: hvilke bestemmelser som tilbys, avhenger av typen.</translation>
    </message>
    <message>
        <source>No provisions for «%1» in «%2» in the catalogue.</source>
        <translation>Ingen bestemmelser for «%1» i «%2» i katalogen.</translation>
    </message>
</context>
</TS>