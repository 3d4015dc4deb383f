<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nn_NO">
<context>
    <name>Filmappe</name>
    <message>
        <source>Saved to %1</source>
        <translation>Lagra i %1</translation>
    </message>
</context>
<context>
    <name>Oppfolging</name>
    <message>
        <source>follow-up of breaches belongs to handling method 5 only</source>
        <translation>oppfølging av lovbrot gjeld berre behandlingsmåte 5</translation>
    </message>
    <message>
        <source>follow-up starts after the decision; the case is not closed</source>
        <translation>oppfølginga startar etter avgjerda; saka er ikkje avslutta</translation>
    </message>
    <message>
        <source>the case has no assessment concluding with a breach</source>
        <translation>saka har inga vurdering med konklusjon lovbrot</translation>
    </message>
    <message>
        <source>the follow-up is already closed</source>
        <translation>oppfølginga er alt avslutta</translation>
    </message>
    <message>
        <source>the breach of %1 is not corrected yet; the follow-up cannot be closed</source>
        <translation>lovbrotet etter %1 er ikkje retta enno; oppfølginga kan ikkje avsluttast</translation>
    </message>
    <message>
        <source>the closing date is before the breach of %1 was corrected</source>
        <translation>avslutningsdatoen er før lovbrotet etter %1 vart retta</translation>
    </message>
    <message>
        <source>the closing date is missing or before the follow-up started</source>
        <translation>avslutningsdatoen manglar eller er før oppfølginga starta</translation>
    </message>
    <message>
        <source>the breach is corrected; there is nothing to remind about</source>
        <translation>lovbrotet er retta; det er ingenting å purra på</translation>
    </message>
    <message>
        <source>the breach has no deadline yet</source>
        <translation>lovbrotet har ingen frist enno</translation>
    </message>
    <message>
        <source>the deadline %1 has not passed</source>
        <translation>fristen %1 er ikkje passert</translation>
    </message>
    <message>
        <source>the breach is already marked corrected</source>
        <translation>lovbrotet er alt merkt som retta</translation>
    </message>
    <message>
        <source>no documentation has been received from the service</source>
        <translation>ingen dokumentasjon er motteken frå verksemda</translation>
    </message>
    <message>
        <source>describe what shows that practice has changed (not just a plan)</source>
        <translation>skildra kva som viser at praksis er endra (ikkje berre ein plan)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>datoen manglar</translation>
    </message>
    <message>
        <source>the breach was not found</source>
        <translation>lovbrotet finst ikkje</translation>
    </message>
    <message>
        <source>the follow-up is closed; nothing can be registered in it</source>
        <translation>oppfølginga er avslutta; ingenting kan registrerast i ho</translation>
    </message>
    <message>
        <source>the case was not found</source>
        <translation>saka finst ikkje</translation>
    </message>
    <message>
        <source>the follow-up has already started</source>
        <translation>oppfølginga er alt starta</translation>
    </message>
    <message>
        <source>the follow-up cannot start before the decision</source>
        <translation>oppfølginga kan ikkje starte før avgjerda</translation>
    </message>
    <message>
        <source>describe what the service must document</source>
        <translation>skildra kva verksemda må dokumentere</translation>
    </message>
    <message>
        <source>the deadline is missing or before the follow-up started</source>
        <translation>fristen manglar eller er før oppfølginga starta</translation>
    </message>
    <message>
        <source>the date is missing or before the follow-up started</source>
        <translation>datoen manglar eller er før oppfølginga starta</translation>
    </message>
    <message>
        <source>describe what was received</source>
        <translation>skildra kva som vart motteke</translation>
    </message>
    <message>
        <source>the follow-up was not found</source>
        <translation>oppfølginga finst ikkje</translation>
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
        <translation>Stigande</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Synkande</translation>
    </message>
</context>
<context>
    <name>Standardknapper</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagra</translation>
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
        <translation>&amp;Arkivpakke for denne saka…</translation>
    </message>
    <message>
        <source>Write the finalised letters of this case with an arkivmelding for the archive</source>
        <translation>Skriv dei ferdigstilte breva i saka med ei arkivmelding til arkivet</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Inga sak er open.</translation>
    </message>
    <message>
        <source>This case has no saksnummer yet, so it cannot be archived.</source>
        <translation>Saka har ikkje saksnummer enno, så ho kan ikkje arkiverast.</translation>
    </message>
    <message>
        <source>The archive package was not written: %1</source>
        <translation>Arkivpakken vart ikkje skriven: %1</translation>
    </message>
    <message>
        <source>Archive package</source>
        <translation>Arkivpakke</translation>
    </message>
    <message>
        <source>Where should the archive package go?</source>
        <translation>Kvar skal arkivpakken liggje?</translation>
    </message>
    <message>
        <source>Case %1 has no finalised letter to archive yet: finalise a letter from Write letter… first.</source>
        <translation>Sak %1 har ingen ferdigstilte brev å arkivera enno: ferdigstill eit brev frå Skriv brev… først.</translation>
    </message>
    <message numerus="yes">
        <source>The archive package of case %1 is in %2: arkivmelding.xml and %Ln letter(s) as PDF/A.</source>
        <translation><numerusform>Arkivpakken for sak %1 ligg i %2: arkivmelding.xml og %Ln brev som PDF/A.</numerusform><numerusform>Arkivpakken for sak %1 ligg i %2: arkivmelding.xml og %Ln brev som PDF/A.</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::AvskrivDialog</name>
    <message>
        <source>Mark incoming document as answered</source>
        <translation>Avskriv inngåande dokument</translation>
    </message>
    <message>
        <source>How it was answered, or why it is not answered</source>
        <translation>Korleis det vart svara, eller kvifor det ikkje blir svara</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Korleis:</translation>
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
        <translation>Berre for eit dokument svara med brev: vel den måten over.</translation>
    </message>
    <message>
        <source>The case has no outgoing letter to choose.</source>
        <translation>Saka har ingen utgåande brev å velja.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Avslutningsgrunn</name>
    <message>
        <source>Close the case</source>
        <translation>Avslutt saka</translation>
    </message>
    <message>
        <source>%1

To close the case anyway, say &amp;why these documents are not answered (they are then marked "noted for information" with your reason):</source>
        <translation>%1

For å avslutta saka likevel: sei &amp;kvifor desse dokumenta ikkje er svara på (dei blir då avskrivne som «teke til orientering» med grunngjevinga di):</translation>
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
        <translation>%1 er ikkje registrert som pasienten eller brukaren sjølv (kjelde: %2). Ein kopi av avgjerda til %3 kan gi opplysningar dei ikkje har krav på. Legg han berre ved når dei har fullmakt eller anna grunnlag; innsendaren får elles resultatet i sitt eige brev.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikkje oppgitt</translation>
    </message>
</context>
<context>
    <name>tilsyn::Brevreferansefelt</name>
    <message>
        <source>Their date</source>
        <translation>Dykkar dato</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Dykkar referanse</translation>
    </message>
    <message>
        <source>The date of the henvendelse (Deres dato in letters to the submitter)</source>
        <translation>Datoen på henvendinga (Dykkar dato i brev til innsendaren)</translation>
    </message>
    <message>
        <source>The henvendelse's own reference (Deres ref. in letters to the submitter)</source>
        <translation>Referansen til henvendinga (Dykkar ref. i brev til innsendaren)</translation>
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
        <translation>Brevet vart ikkje ferdigstilt: %1</translation>
    </message>
    <message>
        <source>The letter could not be made: %1</source>
        <translation>Brevet kunne ikkje lagast: %1</translation>
    </message>
    <message>
        <source>No case store is open: the letter can be previewed, printed and saved as a PDF draft.</source>
        <translation>Ingen saksbase er open: brevet kan førehandsvisast, skrivast ut og lagrast som PDF-utkast.</translation>
    </message>
    <message>
        <source>Choose a letter type first.</source>
        <translation>Vel brevtype først.</translation>
    </message>
    <message>
        <source>The case has no saksnummer yet; the central store assigns one at the first sync.</source>
        <translation>Saka har ikkje saksnummer enno; det sentrale lageret tildeler eit ved første synkronisering.</translation>
    </message>
    <message>
        <source>The case has no saksnummer yet; enter the archive's number in the case (Saksnummer) and save.</source>
        <translation>Saka har ikkje saksnummer enno; skriv inn nummeret frå arkivet i saka (Saksnummer) og lagra.</translation>
    </message>
    <message>
        <source>The case number %1 is not saved yet: save the case first.</source>
        <translation>Saksnummeret %1 er ikkje lagra enno: lagra saka først.</translation>
    </message>
    <message>
        <source>This draft was finalised %1 by %2; it is in the case's documents. Change the draft to make another letter.</source>
        <translation>Dette utkastet vart ferdigstilt %1 av %2; det ligg i dokumenta til saka. Endra utkastet for å laga eit nytt brev.</translation>
    </message>
    <message>
        <source>Save PDF draft</source>
        <translation>Lagra PDF-utkast</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Utkastet vart ikkje lagra: %1</translation>
    </message>
    <message>
        <source>Copy of a decision</source>
        <translation>Kopi av ei avgjerd</translation>
    </message>
    <message>
        <source>Add the copy anyway?</source>
        <translation>Vil du likevel leggje til kopien?</translation>
    </message>
    <message>
        <source>Exempt from public access (U&amp;nntatt offentlighet)</source>
        <translation>Unnateke offe&amp;ntlegheit</translation>
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
        <translation>Førehandsvising av brevet</translation>
    </message>
    <message>
        <source>Letter &amp;type</source>
        <translation>Brev&amp;type</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Mottakar</translation>
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
        <translation>&amp;Oppdater førehandsvising</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Førehands&amp;vis utskrift…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save PDF dr&amp;aft…</source>
        <translation>&amp;Lagra PDF-utkast…</translation>
    </message>
    <message>
        <source>This office requires a leader's approval for this letter type: send it for approval (Send for approval…). It can be finalised once the central store has accepted the approval of exactly this draft.</source>
        <translation>Embetet krev at ein leiar godkjenner denne brevtypen: send brevet til godkjenning (Send til godkjenning…). Det kan ferdigstillast når sentralen har teke imot godkjenninga av akkurat dette utkastet.</translation>
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
        <translation>Ikkje godkjent av %1 %2: %3</translation>
    </message>
    <message>
        <source>Returned by %1 %2: %3</source>
        <translation>Send tilbake av %1 %2: %3</translation>
    </message>
    <message>
        <source>Not final until the central store has accepted it (next sync).</source>
        <translation>Ikkje endeleg før sentralen har teke imot det (neste synkronisering).</translation>
    </message>
    <message>
        <source>The letter has been changed since: it must be sent for approval again.</source>
        <translation>Brevet er endra sidan: det må sendast til godkjenning på nytt.</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send til godkjenning</translation>
    </message>
    <message>
        <source>Name the su&amp;bmitter in this letter</source>
        <translation>Namngje innsendaren i &amp;brevet</translation>
    </message>
    <message>
        <source>Ne&amp;w letter to this party</source>
        <translation>Nytt brev til &amp;denne parten</translation>
    </message>
    <message>
        <source>Off: the letter says "the submitter" (or "the patient", "the relative") instead of their name, also in its chronology.</source>
        <translation>Av: brevet skriv «innsendaren» (eller «pasienten», «pårørande») i staden for namnet, også i saksgangen.</translation>
    </message>
    <message>
        <source>This letter was finalised %1 by %2 and is shown as stored. To write another letter of this type to the same party, choose New letter to this party.</source>
        <translation>Dette brevet vart ferdigstilt %1 av %2 og blir vist slik det er lagra. Vel Nytt brev til denne parten for å skriva eit nytt brev av denne typen til same part.</translation>
    </message>
    <message>
        <source>Write the facts relied on (Saksforhold) in nynorsk first: the case's summary is in bokmål, so it is not used in this letter.</source>
        <translation>Skriv saksforholdet på nynorsk først: samandraget i saka er på bokmål og blir difor ikkje brukt i dette brevet.</translation>
    </message>
    <message>
        <source>Write the facts relied on (Saksforhold) in bokmål first: the case's summary is in nynorsk, so it is not used in this letter.</source>
        <translation>Skriv saksforholdet på bokmål først: samandraget i saka er på nynorsk og blir difor ikkje brukt i dette brevet.</translation>
    </message>
    <message>
        <source>The case's summary is in bokmål, so it is not used in this nynorsk letter: write the facts relied on here, in nynorsk.</source>
        <translation>Samandraget i saka er på bokmål og blir ikkje brukt i dette nynorskbrevet: skriv saksforholdet her, på nynorsk.</translation>
    </message>
    <message>
        <source>The case's summary is in nynorsk, so it is not used in this bokmål letter: write the facts relied on here, in bokmål.</source>
        <translation>Samandraget i saka er på nynorsk og blir ikkje brukt i dette bokmålsbrevet: skriv saksforholdet her, på bokmål.</translation>
    </message>
    <message>
        <source>The finalised letter cannot be shown: %1</source>
        <translation>Det ferdigstilte brevet kan ikkje visast: %1</translation>
    </message>
    <message>
        <source>Write the short reason for %1 (%2) in nynorsk first: the assessment is in bokmål, so it is not used in this letter.</source>
        <translation>Skriv først den korte grunngivinga for %1 (%2) på nynorsk: vurderinga er skriven på bokmål og blir difor ikkje brukt i dette brevet.</translation>
    </message>
    <message>
        <source>Write the short reason for %1 (%2) in bokmål first: the assessment is in nynorsk, so it is not used in this letter.</source>
        <translation>Skriv først den korte grunngivinga for %1 (%2) på bokmål: vurderinga er skriven på nynorsk og blir difor ikkje brukt i dette brevet.</translation>
    </message>
    <message>
        <source>In nynorsk. The assessment says: %1</source>
        <translation>På nynorsk. I vurderinga står det: %1</translation>
    </message>
    <message>
        <source>In bokmål. The assessment says: %1</source>
        <translation>På bokmål. I vurderinga står det: %1</translation>
    </message>
    <message>
        <source>Short reason: %1</source>
        <translation>Kort grunngiving: %1</translation>
    </message>
    <message>
        <source>Sh&amp;ort reasons to the submitter, in nynorsk (the assessments are in bokmål)</source>
        <translation>Korte grunngiving&amp;ar til innsendaren, på nynorsk (vurderingane er skrivne på bokmål)</translation>
    </message>
    <message>
        <source>Sh&amp;ort reasons to the submitter, in bokmål (the assessments are in nynorsk)</source>
        <translation>Korte grunngiving&amp;ar til innsendaren, på bokmål (vurderingane er skrivne på nynorsk)</translation>
    </message>
    <message>
        <source>This letter is finalised and cannot be changed: use "New letter to this party" to write another.</source>
        <translation>Brevet er ferdigstilt og kan ikkje endrast: bruk «Nytt brev til denne parten» for å skriva eit nytt.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Heimel: %1</translation>
    </message>
    <message>
        <source>Letters in a tilsynssak hold data on health, family or social conditions that are confidential (fvl. § 13 first paragraph no. 1), so they are exempt from public access under offl. § 13: marked with this basis and archived with a public title without personal data. Untick only for a letter without such data.</source>
        <translation>Brev i ei tilsynssak inneheld opplysningar om helse, familie eller sosiale forhold som er underlagde teieplikt (fvl. § 13 første ledd nr. 1). Difor er dei unnatekne frå offentlegheit etter offl. § 13: dei blir merkte med denne heimelen og arkiverte med ein offentleg tittel utan personopplysningar. Fjern krysset berre for eit brev utan slike opplysningar.</translation>
    </message>
    <message>
        <source>Save the fina&amp;lised PDF…</source>
        <translation>Lagra ferdig &amp;PDF…</translation>
    </message>
    <message>
        <source>This letter is finalised and shown as stored: save it with "Save the finalised PDF…" or print it; use "New letter to this party" to write another.</source>
        <translation>Brevet er ferdigstilt og blir vist slik det er lagra: lagra det med «Lagra ferdig PDF…» eller skriv det ut; vel «Nytt brev til denne parten» for å skriva eit nytt.</translation>
    </message>
    <message>
        <source>The preview shows the letter as finalised: save it with "Save the finalised PDF…" or print it. Change the draft to make another letter.</source>
        <translation>Førehandsvisinga viser brevet slik det vart ferdigstilt: lagra det med «Lagra ferdig PDF…» eller skriv det ut. Endra utkastet for å laga eit nytt brev.</translation>
    </message>
    <message>
        <source>Save the finalised PDF</source>
        <translation>Lagra ferdig PDF</translation>
    </message>
    <message>
        <source>The letter was not saved: %1</source>
        <translation>Brevet vart ikkje lagra: %1</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown, and the case's texts do not show one: bokmål is chosen. Change it if the recipient should have nynorsk.</source>
        <translation>Målforma til mottakaren er ukjend, og teksta i saka viser inga: bokmål er vald. Endra ho dersom mottakaren skal ha nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the begrunnelser are written in nynorsk.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått nynorsk fordi grunngivingane er skrivne på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the begrunnelser are written in bokmål.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått bokmål fordi grunngivingane er skrivne på bokmål.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the summary is written in nynorsk.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått nynorsk fordi samandraget er skrive på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the summary is written in bokmål.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått bokmål fordi samandraget er skrive på bokmål.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the begrunnelser and the summary are written in nynorsk.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått nynorsk fordi grunngivingane og samandraget er skrivne på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the begrunnelser and the summary are written in bokmål.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått bokmål fordi grunngivingane og samandraget er skrivne på bokmål.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because most of the case's texts are written in nynorsk.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått nynorsk fordi det meste av teksta i saka er skrive på nynorsk.</translation>
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because most of the case's texts are written in bokmål.</source>
        <translation>Målforma til mottakaren er ukjend; føreslått bokmål fordi det meste av teksta i saka er skrive på bokmål.</translation>
    </message>
    <message>
        <source>The case has an error to correct before a letter is finalised: %1</source>
        <translation>Saka har ein feil som må rettast før eit brev vert ferdigstilt: %1</translation>
    </message>
    <message>
        <source>Write the begrunnelse for %1 (%2) in nynorsk for this letter, or tick "Use the text as it stands" under it: the assessment is written in bokmål.</source>
        <translation>Skriv grunngivinga for %1 (%2) på nynorsk for dette brevet, eller kryss av for «Bruk teksten slik han står» under ho: vurderinga er skriven på bokmål.</translation>
    </message>
    <message>
        <source>Write the begrunnelse for %1 (%2) in bokmål for this letter, or tick "Use the text as it stands" under it: the assessment is written in nynorsk.</source>
        <translation>Skriv grunngivinga for %1 (%2) på bokmål for dette brevet, eller kryss av for «Bruk teksten slik han står» under ho: vurderinga er skriven på nynorsk.</translation>
    </message>
    <message>
        <source>The assessment, in bokmål: %1</source>
        <translation>Vurderinga, på bokmål: %1</translation>
    </message>
    <message>
        <source>The assessment, in nynorsk: %1</source>
        <translation>Vurderinga, på nynorsk: %1</translation>
    </message>
    <message>
        <source>Begrunnelse: %1</source>
        <translation>Grunngiving: %1</translation>
    </message>
    <message>
        <source>Use the text as it stands</source>
        <translation>Bruk teksten slik han står</translation>
    </message>
    <message>
        <source>Prints this begrunnelse in bokmål in the nynorsk letter, as it stands (e.g. a quotation).</source>
        <translation>Skriv denne grunngivinga på bokmål i nynorskbrevet, slik ho står (til dømes eit sitat).</translation>
    </message>
    <message>
        <source>Prints this begrunnelse in nynorsk in the bokmål letter, as it stands (e.g. a quotation).</source>
        <translation>Skriv denne grunngivinga på nynorsk i bokmålsbrevet, slik ho står (til dømes eit sitat).</translation>
    </message>
    <message>
        <source>Begrunnelser in this letter, in nynorsk (the assessments are in bokmål)</source>
        <translation>Grunngivingar i dette brevet, på nynorsk (vurderingane er skrivne på bokmål)</translation>
    </message>
    <message>
        <source>Begrunnelser in this letter, in bokmål (the assessments are in nynorsk)</source>
        <translation>Grunngivingar i dette brevet, på bokmål (vurderingane er skrivne på nynorsk)</translation>
    </message>
    <message>
        <source>This letter type does not fit the chosen recipient in the case as it stands: it is not made or finalised. Choose another letter type or recipient.</source>
        <translation>Denne brevtypen passar ikkje til mottakaren som er vald, slik saka står no: brevet blir ikkje laga og kan ikkje ferdigstillast. Vel ein annan brevtype eller mottakar.</translation>
    </message>
    <message>
        <source>No central store is set up (Edit ▸ Settings): leaders approve letters through it, so this letter cannot be sent for approval. Set up the central store, or turn approval off for an office without one.</source>
        <translation>Ingen sentral er sett opp (Rediger ▸ Innstillingar): leiarar godkjenner brev gjennom han, så dette brevet kan ikkje sendast til godkjenning. Set opp sentralen, eller slå av godkjenning for eit embete utan sentral.</translation>
    </message>
    <message>
        <source>This letter goes to the person who made the request: they get the letter itself, not a copy.</source>
        <translation>Dette brevet går til den som tok kontakt: vedkommande får sjølve brevet, ikkje ein kopi.</translation>
    </message>
    <message>
        <source>D&amp;ocumentation deadline</source>
        <translation>Dokument&amp;asjonsfrist</translation>
    </message>
    <message>
        <source>The date by which the service is to document that the breach is put right (not a plan, but evidence that practice changed). The letter states it, and the follow-up of the breach starts with it.</source>
        <translation>Datoen verksemda skal ha dokumentert innan at lovbrotet er retta (ikkje ein plan, men prov på at praksis er endra). Brevet oppgir han, og oppfølginga av lovbrotet startar med han.</translation>
    </message>
    <message>
        <source>The documentation deadline is not a date: %1</source>
        <translation>Dokumentasjonsfristen er ikkje ein dato: %1</translation>
    </message>
    <message>
        <source>Enter the documentation deadline: the letter states it.</source>
        <translation>Skriv inn dokumentasjonsfristen: brevet oppgir han.</translation>
    </message>
    <message>
        <source>The documentation deadline must lie after the letter's date (%1): a letter never sets a deadline on its own date or before it.</source>
        <translation>Dokumentasjonsfristen må vere etter datoen til brevet (%1): eit brev set aldri ein frist på sin eigen dato eller før han.</translation>
    </message>
    <message>
        <source>Sent for approval %1.</source>
        <translation>Sendt til godkjenning %1.</translation>
    </message>
    <message>
        <source>A finalised decision in this case states this deadline; every party's decision states the same date.</source>
        <translation>Ei ferdigstilt avgjerd i saka oppgir denne fristen; avgjerdene til alle partane oppgir same dato.</translation>
    </message>
    <message>
        <source>The documentation deadline «%1» is not a date, so it cannot be kept.</source>
        <translation>Dokumentasjonsfristen «%1» er ikkje ein dato og kan ikkje takast vare på.</translation>
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
        <translation>Saka er ikkje lagra, så det du skreiv i brevet (%1), kan ikkje takast vare på i henne.</translation>
    </message>
    <message>
        <source>What you typed could not be kept: %1</source>
        <translation>Det du skreiv, kunne ikkje takast vare på: %1</translation>
    </message>
    <message>
        <source>Close the letter</source>
        <translation>Lukk brevet</translation>
    </message>
    <message>
        <source>Close the letter window and discard it?</source>
        <translation>Vil du lukke brevvindauget og forkaste det?</translation>
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
        <translation>Tilbode møte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ukjend)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Sett</translation>
    </message>
    <message>
        <source>The henvendelse</source>
        <translation>Førespurnaden</translation>
    </message>
    <message>
        <source>Subjects of supervision</source>
        <translation>Tilsynsobjekt</translation>
    </message>
    <message>
        <source>Handling method</source>
        <translation>Behandlingsmåte</translation>
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation>Vurderte føresegner</translation>
    </message>
    <message>
        <source>Change received date</source>
        <translation>Endra motteke-dato</translation>
    </message>
    <message>
        <source>Change sector</source>
        <translation>Endra sektor</translation>
    </message>
    <message>
        <source>Change office</source>
        <translation>Endra embete</translation>
    </message>
    <message>
        <source>Change case officer</source>
        <translation>Endra saksbehandlar</translation>
    </message>
    <message>
        <source>Change serious</source>
        <translation>Endra alvorleg</translation>
    </message>
    <message>
        <source>Change sources</source>
        <translation>Endra kjelder</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translation>Endra tema</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Rediger samandrag</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Endra dato</translation>
    </message>
    <message>
        <source>Change outcome</source>
        <translation>Endra utfall</translation>
    </message>
    <message>
        <source>Edit submitter</source>
        <translation>Rediger innsendar</translation>
    </message>
    <message>
        <source>Edit user involvement</source>
        <translation>Rediger brukarinvolvering</translation>
    </message>
    <message>
        <source>Change handling method</source>
        <translation>Endra behandlingsmåte</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>Draft (no case number yet)</source>
        <translation>Utkast (har ikkje saksnummer enno)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source> – milestone reached in time</source>
        <translation> – milepælen nådd innan fristen</translation>
    </message>
    <message>
        <source> – milestone reached after the deadline</source>
        <translation> – milepælen nådd etter fristen</translation>
    </message>
    <message>
        <source>Choose how the case is handled. Each method has its own milestone and deadline.</source>
        <translation>Vel korleis saka skal behandlast. Kvar behandlingsmåte har sin eigen milepæl og frist.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Gjenoppretta ulagra endringar</translation>
    </message>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>Saka vart ikkje lagra:
%1</translation>
    </message>
    <message>
        <source>The case was not saved because someone else saved it after you opened it. Your changes are kept here; reopen the case to see theirs.

%1</source>
        <translation>Saka vart ikkje lagra fordi nokon andre lagra ho etter at du opna ho. Endringane dine er tekne vare på her; opna saka på nytt for å sjå endringane til dei andre.

%1</translation>
    </message>
    <message>
        <source>The case could not be saved:
%1</source>
        <translation>Saka kunne ikkje lagrast:
%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
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
        <translation>Saksbehandlar</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Alvorleg</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kjelder</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>User involvement</source>
        <translation>Brukarinvolvering</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Innsendar</translation>
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
        <translation>Rapport motteken</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Closing with guidance: the statsforvalter gives advice and guidance to the person who made contact and closes the case. Milestone: the case is closed. Deadline: %1 from received.</source>
        <translation>Avslutning med rettleiing: statsforvaltaren gir råd og rettleiing til den som tok kontakt, og avsluttar saka. Milepæl: saka blir avslutta. Frist: %1 frå motteken.</translation>
    </message>
    <message>
        <source>Forwarding to the service: the henvendelse is sent to the service (or the health professional) to follow up, and the statsforvalter's case is closed. Milestone: forwarded. Deadline: %1 from received.</source>
        <translation>Oversending til verksemda: førespurnaden blir send til verksemda (eller helsepersonellet) for oppfølging, og saka hos statsforvaltaren blir avslutta. Milepæl: oversendt. Frist: %1 frå motteken.</translation>
    </message>
    <message>
        <source>The service follows up and reports: it reviews its own practice, corrects failures and reports back; the statsforvalter judges whether that is good enough. Milestone: the request is sent. Deadline: %1 from received.</source>
        <translation>Verksemda følgjer opp og rapporterer: ho går gjennom eigen praksis, rettar svikt og rapporterer tilbake; statsforvaltaren vurderer om oppfølginga er god nok. Milepæl: førespurnaden er send. Frist: %1 frå motteken.</translation>
    </message>
    <message>
        <source>Meeting with the service and the user: the case is concluded in a meeting with the service and the patient or user. Milestone: the meeting. Deadline: %1 from received.</source>
        <translation>Møte med verksemd og brukar: saka blir avslutta i eit møte med verksemda og pasienten eller brukaren. Milepæl: møtet. Frist: %1 frå motteken.</translation>
    </message>
    <message>
        <source>The statsforvalter investigates and decides: full investigation with a conclusion per assessed provision and subject, and an outcome. Milestone: the case is closed. Deadline: %1 from received.</source>
        <translation>Statsforvaltaren greier ut og avgjer: full utgreiing med konklusjon for kvar vurdert føresegn og kvart tilsynsobjekt, og eit utfall. Milepæl: saka blir avslutta. Frist: %1 frå motteken.</translation>
    </message>
    <message>
        <source>Choose a handling method by %1</source>
        <translation>Vel behandlingsmåte innan %1</translation>
    </message>
    <message>
        <source>This case was changed in the central store while you edited it. Your unsaved changes are kept; these fields were changed there too and now show your version: %1</source>
        <translation>Saka vart endra i det sentrale lageret medan du redigerte ho. Endringane du ikkje har lagra, er tekne vare på; desse felta vart òg endra der og viser no din versjon: %1</translation>
    </message>
    <message>
        <source>Change case number</source>
        <translation>Endra saksnummer</translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation>Saka vart ikkje lagra: %1</translation>
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
        <translation>Føresegn</translation>
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
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Assessment %1, %2</source>
        <translation>Vurdering %1, %2</translation>
    </message>
    <message>
        <source>Their date and ref.</source>
        <translation>Dykkar dato og ref.</translation>
    </message>
    <message>
        <source>The recovery copy of this case could not be written:
%1

Your unsaved changes are only in this window until you save the case.</source>
        <translation>Gjenopprettingskopien av denne saka kunne ikkje skrivast:
%1

Endringane du ikkje har lagra, finst berre i dette vindauget til du lagrar saka.</translation>
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
        <translation>Føresegner blir vurderte når statsforvaltaren greier ut og avgjer saka (behandlingsmåte 5).</translation>
    </message>
    <message>
        <source>Danger to life or health, or abuse (&amp;prioritise)</source>
        <translation>Fare for liv eller helse, eller overgrep (skal &amp;prioriterast)</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Innsendar</translation>
    </message>
    <message>
        <source>&amp;1 The case</source>
        <translation>&amp;1 Saka</translation>
    </message>
    <message>
        <source>&amp;2 Parties</source>
        <translation>&amp;2 Partar</translation>
    </message>
    <message>
        <source>&amp;3 Handling</source>
        <translation>&amp;3 Behandling</translation>
    </message>
    <message>
        <source>&amp;4 Assessments</source>
        <translation>&amp;4 Vurderingar</translation>
    </message>
    <message>
        <source>&amp;5 Documents</source>
        <translation>&amp;5 Dokument</translation>
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
        <translation>Samandra&amp;g:</translation>
    </message>
    <message>
        <source>Subm&amp;itted by:</source>
        <translation>&amp;Innsendar:</translation>
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
        <translation>Ra&amp;pport motteken:</translation>
    </message>
    <message>
        <source>Imported from file</source>
        <translation>Importert frå fil</translation>
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
        <translation>Saka sin id</translation>
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
        <translation>&amp;Saksbehandlar:</translation>
    </message>
    <message>
        <source>Ser&amp;ious:</source>
        <translation>A&amp;lvorleg:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>&amp;Kjelder:</translation>
    </message>
    <message>
        <source>The&amp;mes:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>User invo&amp;lvement:</source>
        <translation>Br&amp;ukarinvolvering:</translation>
    </message>
    <message>
        <source>&amp;Written form:</source>
        <translation>&amp;Målform:</translation>
    </message>
    <message>
        <source>Their date a&amp;nd ref.:</source>
        <translation>D&amp;ykkar dato og ref.:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <source>C&amp;losed:</source>
        <translation>Av&amp;slutta:</translation>
    </message>
    <message>
        <source>Consider a delay notice to the person who made the request (Write letter… → forsinkelsesmelding).</source>
        <translation>Vurder å senda melding om forseinking til den som tok kontakt (Skriv brev… → Melding om forseinka sakshandsaming).</translation>
    </message>
    <message>
        <source>Not available now:</source>
        <translation>Kan ikkje veljast no:</translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging starta</translation>
    </message>
    <message>
        <source>Breaches followed up</source>
        <translation>Lovbrot som blir følgde opp</translation>
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
        <translation>Retta</translation>
    </message>
    <message>
        <source>Documentation of the correction</source>
        <translation>Dokumentasjon på rettinga</translation>
    </message>
    <message numerus="yes">
        <source>This case has %Ln assessed provision(s). Changing the handling method away from 5 removes them and the outcome. Change anyway?</source>
        <translation><numerusform>Saka har %Ln vurdert føresegn. Byter du bort frå behandlingsmåte 5, blir ho og utfallet fjerna. Vil du byte likevel?</numerusform><numerusform>Saka har %Ln vurderte føresegner. Byter du bort frå behandlingsmåte 5, blir dei og utfallet fjerna. Vil du byte likevel?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) overdue</source>
        <translation><numerusform> – %Ln dag over fristen</numerusform><numerusform> – %Ln dagar over fristen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) left</source>
        <translation><numerusform> – %Ln dag att</numerusform><numerusform> – %Ln dagar att</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) late</source>
        <translation><numerusform> – %Ln dag for seint</numerusform><numerusform> – %Ln dagar for seint</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The case was not saved: %Ln problem(s) must be fixed first. Each is shown at its field.</source>
        <translation><numerusform>Saka vart ikkje lagra: %Ln feil må rettast først. Han blir vist ved feltet.</numerusform><numerusform>Saka vart ikkje lagra: %Ln feil må rettast først. Kvar feil blir vist ved sitt felt.</numerusform></translation>
    </message>
    <message>
        <source>The service's report is due %1</source>
        <translation>Rapporten frå verksemda skal kome innan %1</translation>
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
        <translation>Skriv datoen (t.d. 21.12.2026 eller 21122026); F4 opnar kalenderen.</translation>
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
        <translation>Skriv ein dato (dd.mm.åååå) eller trykk F4 for kalenderen.</translation>
    </message>
    <message>
        <source>The date %1 does not exist; nothing was changed.</source>
        <translation>Datoen %1 finst ikkje; ingenting vart endra.</translation>
    </message>
    <message>
        <source>«%1» is not a date; nothing was changed. Type day, month and year, e.g. 21.12.2026, 21122026 or 21.12.26.</source>
        <translation>«%1» er ikkje ein dato; ingenting vart endra. Skriv dag, månad og år, t.d. 21.12.2026, 21122026 eller 21.12.26.</translation>
    </message>
    <message>
        <source>%1 is after %2, the latest date allowed here; nothing was changed.</source>
        <translation>%1 er etter %2, den seinaste datoen som kan brukast her; ingenting vart endra.</translation>
    </message>
</context>
<context>
    <name>tilsyn::DokumentListe</name>
    <message>
        <source>Save letter</source>
        <translation>Lagra brev</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Finalised letters of the case</source>
        <translation>Ferdigstilte brev i saka</translation>
    </message>
    <message>
        <source>Save &amp;letter as…</source>
        <translation>&amp;Lagra brev som…</translation>
    </message>
    <message>
        <source>The case has no finalised letters yet.</source>
        <translation>Saka har ingen ferdigstilte brev enno.</translation>
    </message>
    <message>
        <source>Choose a letter in the list first.</source>
        <translation>Vel eit brev i lista først.</translation>
    </message>
    <message>
        <source>The letter was not opened: %1</source>
        <translation>Brevet vart ikkje opna: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The letter was not opened: the PDF cannot be read.</source>
        <translation>Brevet vart ikkje opna: PDF-en kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The letter was not printed: %1</source>
        <translation>Brevet vart ikkje skrive ut: %1</translation>
    </message>
    <message>
        <source>The letter was not printed: the PDF cannot be read.</source>
        <translation>Brevet vart ikkje skrive ut: PDF-en kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The letter was not printed: the printer cannot be opened.</source>
        <translation>Brevet vart ikkje skrive ut: skrivaren kan ikkje opnast.</translation>
    </message>
    <message>
        <source>The letter was not saved: %1</source>
        <translation>Brevet vart ikkje lagra: %1</translation>
    </message>
    <message>
        <source>O&amp;pen letter</source>
        <translation>Op&amp;na brev</translation>
    </message>
    <message>
        <source>Pr&amp;int letter…</source>
        <translation>Skriv &amp;ut brev…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was finalised %1</source>
        <translation>Kontrollert: uendra sidan ferdigstillinga %1</translation>
    </message>
    <message>
        <source>SHA-256 of the stored letter: %1</source>
        <translation>SHA-256 for det lagra brevet: %1</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lagra &amp;som…</translation>
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
        <translation>Mottakar</translation>
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
        <translation>ikkje tilgang til å skriva ved sida av lageret</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjend feil</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 på %2 (prosess %3)</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukjend brukar</translation>
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
        <translation>avslutta</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Mottakar: %1</translation>
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
        <translation>Brevet blir lagra i saka nøyaktig slik det blir vist, utan UTKAST-merket, og kan aldri endrast. Vil du ferdigstilla det?</translation>
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
        <translation>&amp;Registrer milepælen «%1» med datoen til brevet</translation>
    </message>
    <message>
        <source>Warning: a letter of this type to %1 was already finalised on %2.</source>
        <translation>Åtvaring: eit brev av denne typen til %1 vart alt ferdigstilt %2.</translation>
    </message>
    <message>
        <source>Warning: a letter of this type to %1 was already finalised on %2 (document %3).</source>
        <translation>Åtvaring: eit brev av denne typen til %1 vart alt ferdigstilt %2 (dokument %3).</translation>
    </message>
    <message>
        <source>Warning: %1 has no postal address in the case; the letter shows only the name.</source>
        <translation>Åtvaring: %1 har inga postadresse i saka; brevet viser berre namnet.</translation>
    </message>
    <message>
        <source>Warning: the nynorsk dictionary does not know these words of the letter: %1. They are printed as typed.</source>
        <translation>Åtvaring: Den nynorske ordboka kjenner ikkje desse orda i brevet: %1. Dei blir skrivne ut slik dei er skrivne.</translation>
    </message>
    <message>
        <source>Warning: the bokmål dictionary does not know these words of the letter: %1. They are printed as typed.</source>
        <translation>Åtvaring: Bokmålsordboka kjenner ikkje desse orda i brevet: %1. Dei blir skrivne ut slik dei er skrivne.</translation>
    </message>
    <message>
        <source>Letters of this type to %1 are not finalised yet: the milestone is recorded with the last one.</source>
        <translation>Brev av denne typen til %1 er ikkje ferdigstilte enno: milepælen blir registrert med det siste.</translation>
    </message>
    <message>
        <source>The milestone “%1” cannot be recorded with this letter: %2. The letter can be finalised without it; record the milestone in the case once that is put right.</source>
        <translation>Milepælen «%1» kan ikkje registrerast med dette brevet: %2. Brevet kan ferdigstillast utan han; registrer milepælen i saka når det er retta.</translation>
    </message>
    <message>
        <source>Warning: %1, who made the request, has not had their letter “%2” yet. Finalise it too, so that every party is told before the case is closed.</source>
        <translation>Åtvaring: %1, som tok kontakt, har ikkje fått brevet sitt «%2» enno. Ferdigstill det òg, slik at alle partane får vite utfallet før saka blir avslutta.</translation>
    </message>
    <message>
        <source>Record the milestone “%1” with the letter's date as &amp;well</source>
        <translation>Registrer &amp;òg milepælen «%1» med datoen til brevet</translation>
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
        <translation>Les %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lesa %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Ingenting vart importert:
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
        <translation>Sakene vart ikkje eksporterte:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %Ln problem(s).</source>
        <translation><numerusform>Ingenting vart importert: fila har %Ln feil.</numerusform><numerusform>Ingenting vart importert: fila har %Ln feil.</numerusform></translation>
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
        <translation>Mottakar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Send tilbake av</translation>
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
        <translation>Leiarane i embetet</translation>
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
        <translation>Dette embetet har eit sentralt lager, der leiarar godkjenner brev i systemet. Godkjenning kan berre slåast av for eit embete utan sentralt lager.</translation>
    </message>
    <message>
        <source>On: a letter of a type that needs approval is finalised only after a leader has approved it in the system, and its signature names that leader. Without a central store no one can approve, so turn this off if the office works without one.</source>
        <translation>På: eit brev av ein type som må godkjennast, blir ferdigstilt først når ein leiar har godkjent det i systemet, og signaturen nemner den leiaren. Utan sentralt lager kan ingen godkjenne, så slå dette av om embetet arbeider utan.</translation>
    </message>
    <message>
        <source>Off: no letter type needs approval. Letters name only the caseworker, and none says it was approved electronically.</source>
        <translation>Av: ingen brevtype må godkjennast. Breva nemner berre saksbehandlaren, og ingen seier at det er elektronisk godkjent.</translation>
    </message>
    <message>
        <source>Letters of some types need a leader's appro&amp;val</source>
        <translation>Brev av enkelte typar må godkjennast av ein leia&amp;r</translation>
    </message>
    <message>
        <source>Off for now, because no central store is set up: no letter needs a leader's approval, and letters name only the caseworker. Will your office use a central store? Then leave this as it is: approval turns on by itself once the central store is set up (View ▸ Central store…), and leaders approve decisions in the system.</source>
        <translation>Av førebels, fordi det ikkje er sett opp noko sentralt lager: ingen brev må godkjennast av ein leiar, og breva nemner berre saksbehandlaren. Skal embetet bruke eit sentralt lager? La dette stå som det er: godkjenning blir slått på av seg sjølv når det sentrale lageret er sett opp (Vis ▸ Sentralt lager…), og leiarane godkjenner avgjerder i systemet.</translation>
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
        <translation>Kommentar til saksbehandlaren (må fyllast ut for å senda brevet tilbake)</translation>
    </message>
    <message>
        <source>&amp;For approval</source>
        <translation>Til go&amp;dkjenning</translation>
    </message>
    <message>
        <source>Returned &amp;to me</source>
        <translation>Send tilbake til &amp;meg</translation>
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
        <translation>Saka her er ikkje lik den brevet vart skrive for. Synkroniser og sjå på nytt.</translation>
    </message>
    <message>
        <source>Write a comment to the caseworker first.</source>
        <translation>Skriv ein kommentar til saksbehandlaren først.</translation>
    </message>
    <message>
        <source>Approved. The approval is final when the central store has accepted it (next sync).</source>
        <translation>Godkjent. Godkjenninga er endeleg når sentralen har teke imot ho (neste synkronisering).</translation>
    </message>
    <message>
        <source>Returned to the caseworker with your comment (sent at the next sync).</source>
        <translation>Send tilbake til saksbehandlaren med kommentaren din (vert sendt ved neste synkronisering).</translation>
    </message>
    <message>
        <source>Letters waiting for approval</source>
        <translation>Brev som ventar på godkjenning</translation>
    </message>
    <message>
        <source>Letters returned to me</source>
        <translation>Brev sende tilbake til meg</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Select a letter in the approval queue first.</source>
        <translation>Vel eit brev i godkjenningskøen først.</translation>
    </message>
    <message>
        <source>Only a letter waiting for approval can be approved or sent back: open the tab "For approval".</source>
        <translation>Berre eit brev som ventar på godkjenning, kan godkjennast eller sendast tilbake: opne fana «Til godkjenning».</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Førehandsvising av brevet</translation>
    </message>
    <message>
        <source>Sent by me, &amp;waiting</source>
        <translation>Sendt av meg, &amp;ventar</translation>
    </message>
    <message>
        <source>My letters waiting for approval</source>
        <translation>Mine brev som ventar på godkjenning</translation>
    </message>
    <message numerus="yes">
        <source>Letters for approval (%n)</source>
        <translation><numerusform>Brev til godkjenning (%n)</numerusform><numerusform>Brev til godkjenning (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A leader answered %n of your letters: see View ▸ Letters for approval (Ctrl+Shift+G).</source>
        <translation><numerusform>Ein leiar har svart på %n av breva dine: sjå Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform><numerusform>Ein leiar har svart på %n av breva dine: sjå Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform></translation>
    </message>
    <message>
        <source>%1 approved your letter "%2" (%3): it can be finalised.</source>
        <translation>%1 har godkjent brevet ditt «%2» (%3): det kan ferdigstillast.</translation>
    </message>
    <message>
        <source>%1 returned your letter "%2" (%3): %4</source>
        <translation>%1 har sendt tilbake brevet ditt «%2» (%3): %4</translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation>Merknad frå %1: %2</translation>
    </message>
    <message>
        <source>Select a letter in the list to see it here.</source>
        <translation>Vel eit brev i lista for å sjå det her.</translation>
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
        <translation>Saksarkivet kunne ikkje opnast:
%1</translation>
    </message>
    <message>
        <source>The case store %1 is already open in Tilsynsklient: %2.</source>
        <translation>Sakslageret %1 er allereie ope i Tilsynsklient: %2.</translation>
    </message>
    <message>
        <source>The case store %1 could not be locked: %2.</source>
        <translation>Sakslageret %1 kunne ikkje låsast: %2.</translation>
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
        <translation>løyst konflikt</translation>
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
        <translation>Kven</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
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
        <translation>oppretta</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>lagra</translation>
    </message>
    <message>
        <source>letter finalised</source>
        <translation>brev ferdigstilt</translation>
    </message>
    <message>
        <source>follow-up started</source>
        <translation>oppfølging starta</translation>
    </message>
    <message>
        <source>follow-up closed</source>
        <translation>oppfølging avslutta</translation>
    </message>
    <message>
        <source>fetched from the central store</source>
        <translation>henta frå sentralen</translation>
    </message>
    <message>
        <source>synchronised</source>
        <translation>synkronisert</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>konflikt løyst</translation>
    </message>
    <message>
        <source>local changes discarded</source>
        <translation>lokale endringar forkasta</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <source>replaced by import</source>
        <translation>erstatta ved import</translation>
    </message>
    <message>
        <source>journal entry registered</source>
        <translation>journalpost registrert</translation>
    </message>
    <message>
        <source>document written off</source>
        <translation>dokument avskrive</translation>
    </message>
    <message>
        <source>documents written off on closing</source>
        <translation>dokument avskrivne ved avslutning</translation>
    </message>
    <message>
        <source>case assigned</source>
        <translation>sak tildelt</translation>
    </message>
    <message>
        <source>draft discarded</source>
        <translation>utkast forkasta</translation>
    </message>
    <message>
        <source>milestone recorded with a finalised letter</source>
        <translation>milepæl registrert ved ferdigstilt brev</translation>
    </message>
    <message>
        <source>follow-up: requirement and deadline</source>
        <translation>oppfølging: krav og frist sett</translation>
    </message>
    <message>
        <source>follow-up: milestone</source>
        <translation>oppfølging: milepæl</translation>
    </message>
    <message>
        <source>follow-up: documentation received</source>
        <translation>oppfølging: dokumentasjon motteken</translation>
    </message>
    <message>
        <source>follow-up: reminder</source>
        <translation>oppfølging: purring send</translation>
    </message>
    <message>
        <source>follow-up: corrected</source>
        <translation>oppfølging: lovbrot retta</translation>
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
        <translation>Endringar i saka</translation>
    </message>
</context>
<context>
    <name>tilsyn::HjelpVindu</name>
    <message>
        <source>User guide – Tilsynsklient</source>
        <translation>Brukarrettleiing – Tilsynsklient</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brukarrettleiing</translation>
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
        <translation>Finst allereie, uendra (blir hoppa over): %1</translation>
    </message>
    <message>
        <source>Already in the store with other content: %1</source>
        <translation>Finst allereie med anna innhald: %1</translation>
    </message>
    <message>
        <source>Importing replaces these cases with the file's version (each replacement is saved in the audit trail and sent at the next sync). Finalised letters and closed follow-ups are not changed. Cancel imports nothing.</source>
        <translation>Importen erstattar desse sakene med versjonen i fila (kvar erstatning blir lagra i endringsloggen og sendt ved neste synkronisering). Ferdigstilte brev og avslutta oppfølgingar blir ikkje endra. Avbryt importerer ingenting.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Det er ingenting å importera.</translation>
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
        <translation>Felt som ville bli endra</translation>
    </message>
    <message>
        <source>Cases that would change</source>
        <translation>Saker som ville blitt endra</translation>
    </message>
    <message>
        <source>Nothing to import: every case in the file is already in the store, unchanged.</source>
        <translation>Ingenting å importera: alle sakene i fila finst alt uendra i lageret.</translation>
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
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source> days after received</source>
        <translation> dagar etter motteke</translation>
    </message>
    <message>
        <source>The editor reminds you to choose a handling method by this day.</source>
        <translation>Saksbiletet minner deg på å velja behandlingsmåte innan denne dagen.</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dagar fram</translation>
    </message>
    <message>
        <source>"Due soon" lists the open cases whose deadline falls within this many days.</source>
        <translation>«Forfell snart» viser dei opne sakene med frist innan så mange dagar.</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann</source>
        <translation>t.d. Kari Nordmann</translation>
    </message>
    <message>
        <source>e.g. senior adviser</source>
        <translation>t.d. seniorrådgjevar</translation>
    </message>
    <message>
        <source>e.g. 61 26 60 00</source>
        <translation>t.d. 61 26 60 00</translation>
    </message>
    <message>
        <source>e.g. Ola Nordmann</source>
        <translation>t.d. Ola Nordmann</translation>
    </message>
    <message>
        <source>e.g. head of section</source>
        <translation>t.d. seksjonssjef</translation>
    </message>
    <message>
        <source>(choose your office)</source>
        <translation>(vel embetet ditt)</translation>
    </message>
    <message>
        <source>Your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases".</source>
        <translation>Namn, tittel, direkte telefon og embete, og leiaren som vanlegvis godkjenner, blir brukte i brev, i sakshistorikken og for «Mine saker».</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Profilen din</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;namn:</translation>
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
        <translation>Leiar som vanlegvis god&amp;kjenner:</translation>
    </message>
    <message>
        <source>Leader's t&amp;itle:</source>
        <translation>&amp;Leiartittel:</translation>
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
        <translation>Vel &amp;behandlingsmåte innan:</translation>
    </message>
    <message>
        <source>"Due soon" &amp;shows:</source>
        <translation>«Forfell snart» &amp;viser:</translation>
    </message>
    <message>
        <source>Case n&amp;umbers:</source>
        <translation>Saksn&amp;ummer:</translation>
    </message>
    <message>
        <source>Welcome. Before you start, fill in your profile: your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases". You can change them later in Edit ▸ Settings.</source>
        <translation>Velkomen. Før du byrjar, fyll ut profilen din: namn, tittel, direkte telefon og embete, og leiaren som vanlegvis godkjenner, blir brukte i brev, i sakshistorikken og for «Mine saker». Du kan endre dei seinare under Rediger ▸ Innstillingar.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt namn</translation>
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
        <translation>Leiar som vanlegvis godkjenner</translation>
    </message>
    <message>
        <source>Leader's title</source>
        <translation>Tittelen til leiaren</translation>
    </message>
    <message>
        <source>%1 is empty: the profile is used in letters and the case history, so every field must be filled in.</source>
        <translation>«%1» er ikkje fylt ut: profilen blir brukt i brev og i sakshistorikken, så alle felta må fyllast ut.</translation>
    </message>
    <message>
        <source>Tilsynsklient needs your profile before it can start: your name, title, phone and office are printed in every letter and recorded in the case history. Without it the program closes.</source>
        <translation>Tilsynsklient treng profilen din før programmet kan starte: namn, tittel, telefon og embete står i kvart brev og i historikken til saka. Utan profil blir programmet avslutta.</translation>
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
        <translation>Inngåande</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgåande</translation>
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
        <translation>Svara med brev</translation>
    </message>
    <message>
        <source>Answered by e-mail</source>
        <translation>Svara med e-post</translation>
    </message>
    <message>
        <source>Answered by telephone</source>
        <translation>Svara på telefon</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Teke til etterretning</translation>
    </message>
    <message>
        <source>Noted for information</source>
        <translation>Teke til orientering</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (førebels)</translation>
    </message>
    <message>
        <source>%1 (file: %2)</source>
        <translation>%1 (fil: %2)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Unnateke</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentleg</translation>
    </message>
    <message>
        <source>%1 – refused by the central store: %2</source>
        <translation>%1 – avvist av det sentrale lageret: %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikkje avskriven</translation>
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
        <translation>Avsendar / mottakar</translation>
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
        <translation>Avskriven</translation>
    </message>
    <message>
        <source>No saksnummer yet (document %1)</source>
        <translation>Ikkje saksnummer enno (dokument %1)</translation>
    </message>
</context>
<context>
    <name>tilsyn::JournalPanel</name>
    <message>
        <source>The document was not registered: %1</source>
        <translation>Dokumentet vart ikkje registrert: %1</translation>
    </message>
    <message>
        <source>The document was not marked answered: %1</source>
        <translation>Dokumentet vart ikkje avskrive: %1</translation>
    </message>
    <message>
        <source>Henvendelse</source>
        <translation>Førespurnad</translation>
    </message>
    <message>
        <source>The file could not be written to %1</source>
        <translation>Fila kunne ikkje skrivast til %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Register incoming…</source>
        <translation>R&amp;egistrer inngåande…</translation>
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
        <translation>O&amp;pna fil</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Dokumenta i saka</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Hi&amp;storikk…</translation>
    </message>
    <message>
        <source>No case is open: open or create a case first.</source>
        <translation>Inga sak er open: opne eller opprett ei sak først.</translation>
    </message>
    <message>
        <source>Select an incoming document in the journal first.</source>
        <translation>Vel eit inngåande dokument i journalen først.</translation>
    </message>
    <message>
        <source>The selected document needs no write-off: select an unanswered incoming document.</source>
        <translation>Det valde dokumentet treng inga avskriving: vel eit usvara inngåande dokument.</translation>
    </message>
    <message>
        <source>Select a document in the journal first.</source>
        <translation>Vel eit dokument i journalen først.</translation>
    </message>
    <message>
        <source>The selected journal entry has no file to open.</source>
        <translation>Den valde journalposten har inga fil å opna.</translation>
    </message>
</context>
<context>
    <name>tilsyn::KonfliktBekreftelse</name>
    <message>
        <source>a colleague</source>
        <translation>ein kollega</translation>
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
        <translation>Behalda det du skreiv i «%1» for %2?</translation>
    </message>
    <message>
        <source>Save your edited value in «%1» for %2?</source>
        <translation>Lagra den redigerte verdien i «%1» for %2?</translation>
    </message>
    <message>
        <source>Keep what %1 wrote in «%2» for %3?</source>
        <translation>Behalda det %1 skreiv i «%2» for %3?</translation>
    </message>
    <message>
        <source>This replaces what you wrote:</source>
        <translation>Dette erstattar det du skreiv:</translation>
    </message>
    <message>
        <source>This replaces what %1 wrote (%2):</source>
        <translation>Dette erstattar det %1 skreiv (%2):</translation>
    </message>
    <message>
        <source>This replaces what %1 wrote:</source>
        <translation>Dette erstattar det %1 skreiv:</translation>
    </message>
    <message>
        <source>Nothing is lost: what you wrote stays in the case's history (History of this case…).</source>
        <translation>Ingenting går tapt: det du skreiv, står i historikken til saka (Historikk for denne saka…).</translation>
    </message>
    <message>
        <source>Nothing is lost: what %1 wrote stays in the case's history (History of this case…).</source>
        <translation>Ingenting går tapt: det %1 skreiv, står i historikken til saka (Historikk for denne saka…).</translation>
    </message>
    <message>
        <source>Replace what you wrote?</source>
        <translation>Erstatta det du skreiv?</translation>
    </message>
    <message>
        <source>Replace what %1 wrote?</source>
        <translation>Erstatta det %1 skreiv?</translation>
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
        <translation>&amp;Lagra</translation>
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
        <translation>Inn&amp;stillingar…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Not synchronised</source>
        <translation>Ikkje synkronisert</translation>
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
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>The open case has unsaved changes. Save them?</source>
        <translation>Den opne saka har endringar som ikkje er lagra. Vil du lagra dei?</translation>
    </message>
    <message>
        <source>a draft received %1</source>
        <translation>eit utkast motteke %1</translation>
    </message>
    <message>
        <source>Tilsynsklient was closed without saving changes to case %1 (last copy %2). Restore the unsaved changes?</source>
        <translation>Tilsynsklient vart lukka utan at endringane i sak %1 vart lagra (siste kopi %2). Vil du gjenopprette dei ulagra endringane?</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Gjenoppretta ulagra endringar</translation>
    </message>
    <message>
        <source>Changes that need your decision after syncing – click to see them</source>
        <translation>Endringar som treng avgjerda di etter synkronisering – klikk for å sjå dei</translation>
    </message>
    <message>
        <source>the central store refused a change to this case</source>
        <translation>det sentrale lageret avviste ei endring i denne saka</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>avgjer</translation>
    </message>
    <message>
        <source>[SAMPLE CASES – not your store] </source>
        <translation>[EKSEMPELSAKER – ikkje ditt lager] </translation>
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
        <translation>&lt;h3&gt;Tilsynsklient %1&lt;/h3&gt;&lt;p&gt;Tilsynssaker hos statsforvaltarane: registrering, fristar, vurderingar, brev og oppfølging.&lt;/p&gt;&lt;p&gt;Lager: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukarrettleiing</translation>
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
        <translation>Inga sak er open: vel ei i lista eller lag ei ny.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Your profile has no office. Choose yours in Edit ▸ Settings before registering a case.</source>
        <translation>Profilen din har ikkje noko embete. Vel ditt under Rediger ▸ Innstillingar før du registrerer ei sak.</translation>
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
        <translation>Importen vart avbroten; ingenting vart importert</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Eksporten vart avbroten; inga fil vart skriven</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagra</translation>
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
        <translation>Inga sak er open: Alt+%1 går til ei side i ei open sak. Vel ei sak i lista (pil ned frå søkjefeltet) eller lag ei ny.</translation>
    </message>
    <message>
        <source>Nothing to undo: no change has been made to the open case.</source>
        <translation>Ingenting å angra: den opne saka er ikkje endra.</translation>
    </message>
    <message>
        <source>Nothing to redo: no change has been undone.</source>
        <translation>Ingenting å gjera om: inga endring er angra.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation><numerusform>%Ln konflikt</numerusform><numerusform>%Ln konfliktar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation><numerusform>%Ln avvist</numerusform><numerusform>%Ln avviste</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) of this case were also changed in the central store</source>
        <translation><numerusform>%Ln felt i denne saka vart òg endra i det sentrale lageret</numerusform><numerusform>%Ln felt i denne saka vart òg endra i det sentrale lageret</numerusform></translation>
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
        <translation>&amp;Angra «%1»</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Gjer om «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new case(s) imported</source>
        <translation><numerusform>%Ln ny sak importert</numerusform><numerusform>%Ln nye saker importerte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) replaced</source>
        <translation><numerusform>%Ln sak erstatta</numerusform><numerusform>%Ln saker erstatta</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed case(s) kept as they were</source>
        <translation><numerusform>%Ln endra sak halden slik ho var</numerusform><numerusform>%Ln endra saker haldne slik dei var</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) already the same</source>
        <translation><numerusform>%Ln sak var alt lik</numerusform><numerusform>%Ln saker var alt like</numerusform></translation>
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
        <translation>Eksempellager – ikkje sakene dine. %1 lukkar det og tek deg tilbake til ditt eige lager.</translation>
    </message>
    <message>
        <source>%1 (%2) is not available: %3</source>
        <translation>%1 (%2) er ikkje tilgjengeleg: %3</translation>
    </message>
    <message>
        <source>%1: the case now differs from what is saved. Save (%2) to keep it so; the saved case is unchanged until then.</source>
        <translation>%1: saka skil seg no frå det som er lagra. Lagra (%2) for å halde på det slik; den lagra saka er uendra til då.</translation>
    </message>
    <message>
        <source>Makes the sample cases again: what was changed in them and the filter of their window go</source>
        <translation>Lagar eksempelsakene på nytt: det som er endra i dei, og filteret i vindauget deira forsvinn</translation>
    </message>
    <message>
        <source>The sample cases are open in their own window. Close it first (%1 there): they cannot be made again under it.</source>
        <translation>Eksempelsakene er opne i sitt eige vindauge. Lukk det først (%1 der): dei kan ikkje lagast på nytt under det.</translation>
    </message>
    <message>
        <source>&amp;Fresh sample cases</source>
        <translation>&amp;Ferske eksempelsaker</translation>
    </message>
    <message>
        <source>No case matches the filters: clear one to see more cases.</source>
        <translation>Ingen saker passar til filtera: fjern eit filter for å sjå fleire saker.</translation>
    </message>
    <message>
        <source>No case matches “%1”: clear the search field or a filter to see more cases.</source>
        <translation>Ingen saker passar til «%1»: tøm søkjefeltet eller fjern eit filter for å sjå fleire saker.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Mappevelger</name>
    <message>
        <source>The folder %1 could not be created. Check that you may write there.</source>
        <translation>Mappa %1 kunne ikkje opprettast. Kontroller at du har skrivetilgang der.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tenestenivå</translation>
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
        <translation>Endra objekttype</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Change service level</source>
        <translation>Endra tenestenivå</translation>
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
        <translation>(ukjend)</translation>
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
        <translation>Endra målform</translation>
    </message>
    <message>
        <source>Health personnel only: the authorisation as in the Health Personnel Register (e.g. doctor)</source>
        <translation>Berre for helsepersonell: autorisasjonen slik han står i Helsepersonellregisteret (t.d. lege)</translation>
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
        <translation>Tilsynsobjekt</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Objekttyp&amp;e:</translation>
    </message>
    <message>
        <source>Subject's na&amp;me:</source>
        <translation>Objektet sitt &amp;namn:</translation>
    </message>
    <message>
        <source>Address for letters</source>
        <translation>Adresse for brev</translation>
    </message>
    <message>
        <source>Arrow keys choose a subject, Enter goes to its form below</source>
        <translation>Piltastane vel eit tilsynsobjekt, Enter går til skjemaet under</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 siffer</translation>
    </message>
    <message>
        <source>Selected subject</source>
        <translation>Valt tilsynsobjekt</translation>
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
        <translation>(inga adresse)</translation>
    </message>
    <message>
        <source>Service &amp;level:</source>
        <translation>Tenesteniv&amp;å:</translation>
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
        <translation>Objektet sin må&amp;lform:</translation>
    </message>
    <message>
        <source>Their date and ref. (&amp;quoted in letters):</source>
        <translation>Dykkar dato og ref. (&amp;kjem i brevhovudet):</translation>
    </message>
    <message>
        <source>Only health personnel have an HPR number: choose the type Health personnel.</source>
        <translation>Berre helsepersonell har HPR-nummer: vel typen Helsepersonell.</translation>
    </message>
    <message>
        <source>Only health personnel have an authorisation: choose the type Health personnel.</source>
        <translation>Berre helsepersonell har autorisasjon: vel typen Helsepersonell.</translation>
    </message>
    <message>
        <source>Select a subject in the list first.</source>
        <translation>Vel eit tilsynsobjekt i lista først.</translation>
    </message>
</context>
<context>
    <name>tilsyn::OppfolgingModell</name>
    <message>
        <source>%1 of %2 corrected</source>
        <translation>%1 av %2 retta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Requirement not set</source>
        <translation>Krav ikkje sett</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Klar til avslutning</translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation>Ventar på verksemda</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Lovbrot</translation>
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
        <translation>Avslutta %1</translation>
    </message>
    <message>
        <source>Documentation received – to assess</source>
        <translation>Dokumentasjon motteken – til vurdering</translation>
    </message>
    <message>
        <source>Breach by</source>
        <translation>Lovbrot hos</translation>
    </message>
</context>
<context>
    <name>tilsyn::OppfolgingVisning</name>
    <message>
        <source>Provision</source>
        <translation>Føresegn</translation>
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
        <translation>Retta</translation>
    </message>
    <message>
        <source>What the service must document</source>
        <translation>Kva verksemda må dokumentere</translation>
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
        <translation>Hendingar for valt lovbrot</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ato:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Skildring:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Pro&amp;v:</translation>
    </message>
    <message>
        <source>What shows that practice has changed and stays changed</source>
        <translation>Kva viser at praksis er endra og held seg endra</translation>
    </message>
    <message>
        <source>Select a follow-up in the list.</source>
        <translation>Vel ei oppfølging i lista.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>Draft (no case number yet)</source>
        <translation>Utkast (har ikkje saksnummer enno)</translation>
    </message>
    <message>
        <source>%1 – follow-up started %2</source>
        <translation>%1 – oppfølging starta %2</translation>
    </message>
    <message>
        <source>What the service must document: %1</source>
        <translation>Kva tenesta må dokumentere: %1</translation>
    </message>
    <message>
        <source>&amp;Set requirement and deadline</source>
        <translation>Se&amp;t krav og frist</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Legg til &amp;milepæl</translation>
    </message>
    <message>
        <source>Documentation &amp;received</source>
        <translation>&amp;Dokumentasjon motteken</translation>
    </message>
    <message>
        <source>Register rem&amp;inder</source>
        <translation>Registrer purri&amp;ng</translation>
    </message>
    <message>
        <source>Mark &amp;corrected</source>
        <translation>Merk som &amp;retta</translation>
    </message>
    <message>
        <source>Close f&amp;ollow-up</source>
        <translation>Avsl&amp;utt oppfølginga</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Opne oppfølgingar</translation>
    </message>
    <message>
        <source>Breaches of the selected case</source>
        <translation>Lovbrot i den valde saka</translation>
    </message>
    <message>
        <source>%1 – %2 – follow-up started %3</source>
        <translation>%1 – %2 – oppfølging starta %3</translation>
    </message>
    <message>
        <source>What %1 must document: %2</source>
        <translation>Kva %1 må dokumentere: %2</translation>
    </message>
    <message>
        <source>The description or evidence you typed is not registered. Close the window and discard it?</source>
        <translation>Skildringa eller dokumentasjonen du skreiv, er ikkje registrert. Vil du lukke vindauget og forkaste henne?</translation>
    </message>
    <message>
        <source>Clos&amp;e window</source>
        <translation>&amp;Lukk vindauget</translation>
    </message>
    <message>
        <source>Close this window (Esc, Ctrl+W)</source>
        <translation>Lukk dette vindauget (Esc, Ctrl+W)</translation>
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation>Oppfølging av lovbrot</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>F&amp;iltrer:</translation>
    </message>
    <message>
        <source>Case number, subject or status</source>
        <translation>Saksnummer, tilsynsobjekt eller status</translation>
    </message>
    <message>
        <source>Shows the follow-ups whose case number, subject or status contains every word typed. Enter or Down goes to the list.</source>
        <translation>Viser oppfølgingane der saksnummer, tilsynsobjekt eller status inneheld kvart ord du skriv. Enter eller Pil ned går til lista.</translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging starta</translation>
    </message>
    <message>
        <source>Requirement set, deadline %1: %2</source>
        <translation>Krav sett, frist %1: %2</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Milepæl: %1</translation>
    </message>
    <message>
        <source>Documentation received: %1</source>
        <translation>Dokumentasjon motteken: %1</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Purring send</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Retta: %1</translation>
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation>Oppfølging avslutta</translation>
    </message>
    <message>
        <source>• %1: %2, corrected %3</source>
        <translation>• %1: %2, retta %3</translation>
    </message>
    <message>
        <source>(no case number yet)</source>
        <translation>(ikkje saksnummer enno)</translation>
    </message>
    <message>
        <source>Close the follow-up of case %1 on %2? It closes the follow-up of these breaches:
%3

Nothing more can be registered in it afterwards. The case's decision date is not changed.</source>
        <translation>Avslutta oppfølginga av sak %1 den %2? Då blir oppfølginga av desse lovbrota avslutta:
%3

Etterpå kan ingenting meir registrerast i ho. Avgjerdsdatoen i saka blir ikkje endra.</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>Avslutt oppfølginga</translation>
    </message>
    <message>
        <source>C&amp;lose follow-up</source>
        <translation>&amp;Avslutt oppfølginga</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.</source>
        <translation>Oppfølginga av sak %1 vart avslutta %2.</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The service's leadership is to be told in writing. Write the closing letter now?</source>
        <translation>Oppfølginga av sak %1 vart avslutta %2.

Leiinga i verksemda skal få melding skriftleg. Vil du skrive avslutningsbrevet no?</translation>
    </message>
    <message>
        <source>&amp;Write closing letter…</source>
        <translation>&amp;Skriv avslutningsbrev…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Sei&amp;nare</translation>
    </message>
    <message>
        <source>Sho&amp;w closed follow-ups</source>
        <translation>Vis avslutt&amp;e oppfølgingar</translation>
    </message>
    <message>
        <source>Lists the closed follow-ups too, after the open ones</source>
        <translation>Viser òg dei avslutta oppfølgingane, etter dei opne</translation>
    </message>
    <message>
        <source>Even&amp;ts of the selected follow-up:</source>
        <translation>&amp;Hendingar i den valde oppfølginga:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Events of the selected follow-up</source>
        <translation>Hendingar i den valde oppfølginga</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1, avslutta %2</translation>
    </message>
    <message>
        <source>This follow-up was closed on %1.</source>
        <translation>Denne oppfølginga vart avslutta %1.</translation>
    </message>
    <message>
        <source>Asks first; then offers the closing letter to the service's leadership.</source>
        <translation>Spør først; tilbyr deretter avslutningsbrevet til leiinga i verksemda.</translation>
    </message>
    <message>
        <source>Select a breach of the law in the list first.</source>
        <translation>Vel eit lovbrot i lista først.</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The health professional is to be told in writing. Write the closing letter now?</source>
        <translation>Oppfølginga av sak %1 vart avslutta %2.

Helsepersonellet skal få melding skriftleg. Vil du skrive avslutningsbrevet no?</translation>
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The service's leadership and the health professional are to be told in writing. Write the closing letter now?</source>
        <translation>Oppfølginga av sak %1 vart avslutta %2.

Leiinga i verksemda og helsepersonellet skal få melding skriftleg. Vil du skrive avslutningsbrevet no?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation><numerusform>%Ln motteke</numerusform><numerusform>%Ln motteke</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::Ordsoek</name>
    <message>
        <source>%1 match what you typed: move to one with the arrow keys, or type more letters.</source>
        <translation>%1 passar med det du har skrive: gå til eitt av dei med piltastane, eller skriv fleire bokstavar.</translation>
    </message>
</context>
<context>
    <name>tilsyn::PartsbrevDialog</name>
    <message>
        <source>Decision letters for all parties – %1</source>
        <translation>Avgjerder til alle partar – %1</translation>
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
        <translation>&amp;Opna for gjennomlesing…</translation>
    </message>
    <message>
        <source>&amp;Save all as PDF drafts…</source>
        <translation>&amp;Lagra alle som PDF-utkast…</translation>
    </message>
    <message>
        <source>Save all as PDF drafts</source>
        <translation>Lagra alle som PDF-utkast</translation>
    </message>
    <message>
        <source>One draft per party. Each holds only what that party may read: the avgjørelse to each subject its own assessments, the submitter the result and a short reason. Open each one, read it as the recipient will, and finalise it from the letter window. Save all as PDF drafts keeps every draft in the case, where the letter window finds it again, and writes each into a folder.</source>
        <translation>Eitt utkast per part. Kvart inneheld berre det den parten kan lese: avgjerda til kvart tilsynsobjekt berre vurderingane av det, innsendaren resultatet og ei kort grunngiving. Opne kvart utkast, les det slik mottakaren vil lese det, og ferdigstill det frå brevvindauget. «Lagra alle som PDF-utkast» tek vare på kvart utkast i saka, der brevvindauget finn det att, og skriv kvart av dei til ei mappe.</translation>
    </message>
    <message>
        <source>Cancelled: no draft was saved, neither in the case nor as a file.</source>
        <translation>Avbrote: ingen utkast vart lagra, verken i saka eller som fil.</translation>
    </message>
    <message>
        <source>Nothing was saved (no draft in the case, no file): %1</source>
        <translation>Ingenting vart lagra (ingen utkast i saka, inga fil): %1</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>Vil du erstatte dei?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Every party has its finalised decision letter; they are in the case's documents.</source>
        <translation>Alle partar har fått det ferdigstilte avgjerdsbrevet sitt; breva ligg i dokumenta til saka.</translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln draft(s)…</source>
        <translation><numerusform>Lagrar %Ln utkast…</numerusform><numerusform>Lagrar %Ln utkast…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in the case and as PDF files in %1.</source>
        <translation><numerusform>Lagra %Ln utkast i saka og som PDF-fil i %1.</numerusform><numerusform>Lagra %Ln utkast i saka og som PDF-filer i %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) as PDF files in %1. The case is not saved yet, so the drafts are not kept in it.</source>
        <translation><numerusform>Lagra %Ln utkast som PDF-fil i %1. Saka er ikkje lagra enno, så utkastet er ikkje teke vare på i ho.</numerusform><numerusform>Lagra %Ln utkast som PDF-filer i %1. Saka er ikkje lagra enno, så utkasta er ikkje tekne vare på i ho.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Already in the folder: %Ln file(s).</source>
        <translation><numerusform>Finst allereie i mappa: %Ln fil.</numerusform><numerusform>Finst allereie i mappa: %Ln filer.</numerusform></translation>
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
        <translation>Føresegn</translation>
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
        <translation>Lovbrot</translation>
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
        <translation>Innan fristen</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Del %</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Opne ved start</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Open at end</source>
        <translation>Opne ved slutt</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median dagar</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 dagar</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 dagar</translation>
    </message>
    <message>
        <source>91–182 days</source>
        <translation>91–182 dagar</translation>
    </message>
    <message>
        <source>183–365 days</source>
        <translation>183–365 dagar</translation>
    </message>
    <message>
        <source>Over 365 days</source>
        <translation>Over 365 dagar</translation>
    </message>
    <message>
        <source>BM %1</source>
        <translation>BM %1</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Heile landet</translation>
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
        <translation>&amp;Unnateke offentlegheit</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Inga fil</translation>
    </message>
    <message>
        <source>Register incoming document</source>
        <translation>Registrer inngåande dokument</translation>
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
        <translation>Vel &amp;fil…</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>&amp;Datoen til dokumentet:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Avsendar:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Public title:</source>
        <translation>&amp;Offentleg tittel:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Heimel:</translation>
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
        <translation>Vel fila til dokumentet</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt *.jpg *.png);;All files (*)</source>
        <translation>Dokument (*.pdf *.docx *.odt *.txt *.jpg *.png);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kan ikkje lese %1</translation>
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
        <translation>Søk i saksnummer, tilsynsobjekt eller samandrag (Ctrl+F)</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sektorar</translation>
    </message>
    <message>
        <source>All handling methods</source>
        <translation>Alle behandlingsmåtar</translation>
    </message>
    <message>
        <source>Handling not chosen</source>
        <translation>Behandlingsmåte ikkje vald</translation>
    </message>
    <message>
        <source>Handling %1</source>
        <translation>Behandlingsmåte %1</translation>
    </message>
    <message>
        <source>Backlog: open cases past their deadline, serious cases first</source>
        <translation>Restansar: opne saker over fristen, alvorlege saker først</translation>
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
        <translation>Saker som er fordelte til deg (ei sak som aldri er fordelt: di om du er saksbehandlar)</translation>
    </message>
    <message>
        <source>Cases a leader has not assigned to anyone</source>
        <translation>Saker ein leiar ikkje har fordelt til nokon</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message numerus="yes">
        <source>Cases whose deadline falls within the next %Ln day(s), serious cases first</source>
        <translation><numerusform>Saker med frist innan neste %Ln dag, alvorlege saker først</numerusform><numerusform>Saker med frist innan dei neste %Ln dagane, alvorlege saker først</numerusform></translation>
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
        <translation>Forfell snart (%1)</translation>
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
        <translation>Ikkje vald</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Avslutta %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 (met)</source>
        <translation>%1 (nådd)</translation>
    </message>
    <message>
        <source>%1 (met late)</source>
        <translation>%1 (nådd for seint)</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Alvorleg</translation>
    </message>
    <message>
        <source>The deadline has passed and the milestone is not reached</source>
        <translation>Fristen er passert, og milepælen er ikkje nådd</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
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
        <translation>Saksbehandlar</translation>
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
        <translation>vel BM</translation>
    </message>
    <message>
        <source>choose a method by %1</source>
        <translation>vel BM innan %1</translation>
    </message>
    <message numerus="yes">
        <source>choose a method (%Ln day(s) late)</source>
        <translation><numerusform>vel BM (%Ln dag for seint)</numerusform><numerusform>vel BM (%Ln dagar for seint)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) overdue)</source>
        <translation><numerusform>%1 (%Ln dag over)</numerusform><numerusform>%1 (%Ln dagar over)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) left)</source>
        <translation><numerusform>%1 (%Ln dag att)</numerusform><numerusform>%1 (%Ln dagar att)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No deadline runs until a handling method is chosen; it then counts from the date received: 4 weeks (BM 1 and 2), 3 months (BM 3 and 4) or 6 months (BM 5). The office aims to choose the method within %Ln day(s) (Edit → Settings).</source>
        <translation><numerusform>Ingen frist går før behandlingsmåten er vald; fristen blir så rekna frå mottaksdatoen: 4 veker (BM 1 og 2), 3 månader (BM 3 og 4) eller 6 månader (BM 5). Embetet har som mål å velja behandlingsmåte innan %Ln dag (Rediger → Innstillingar).</numerusform><numerusform>Ingen frist går før behandlingsmåten er vald; fristen blir så rekna frå mottaksdatoen: 4 veker (BM 1 og 2), 3 månader (BM 3 og 4) eller 6 månader (BM 5). Embetet har som mål å velja behandlingsmåte innan %Ln dagar (Rediger → Innstillingar).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>report %1 (%Ln day(s) overdue)</source>
        <translation><numerusform>rapport %1 (%Ln dag over)</numerusform><numerusform>rapport %1 (%Ln dagar over)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>report %1 (%Ln day(s) left)</source>
        <translation><numerusform>rapport %1 (%Ln dag att)</numerusform><numerusform>rapport %1 (%Ln dagar att)</numerusform></translation>
    </message>
    <message>
        <source>The request was sent; the service's report is due by the date the request letter gave</source>
        <translation>Oppmodinga er send; rapporten frå verksemda skal kome innan fristen i oppmodingsbrevet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
    </message>
</context>
<context>
    <name>tilsyn::SakRepository</name>
    <message>
        <source>the case number %1 is already used in this office by the case received %2</source>
        <translation>saksnummeret %1 er alt brukt i embetet av saka motteken %2</translation>
    </message>
    <message>
        <source>the case number %1 is already used in this office by the case received %2 about %3</source>
        <translation>saksnummeret %1 er alt brukt i embetet av saka motteken %2 om %3</translation>
    </message>
    <message>
        <source>the case cannot be closed until every incoming document is written off, or you say why not: %1</source>
        <translation>saka kan ikkje avsluttast før alle inngåande dokument er avskrivne, eller du seier kvifor ikkje: %1</translation>
    </message>
</context>
<context>
    <name>tilsyn::SakUtkast</name>
    <message>
        <source>Keep my unsaved changes</source>
        <translation>Behald dei ulagra endringane mine</translation>
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
        <translation>Det er ferdigstilt brev med dette saksnummeret, så det kan ikkje endrast.</translation>
    </message>
    <message>
        <source>This office uses the central store's series: the case gets its number at the first sync (Edit → Settings).</source>
        <translation>Embetet brukar nummerserien i det sentrale lageret: saka får nummer ved første synkronisering (Rediger → Innstillingar).</translation>
    </message>
    <message>
        <source>This office uses the central store's series: the number was assigned by it.</source>
        <translation>Embetet brukar nummerserien i det sentrale lageret: nummeret vart tildelt derifrå.</translation>
    </message>
    <message>
        <source>assigned at the first sync</source>
        <translation>blir tildelt ved første synkronisering</translation>
    </message>
    <message>
        <source>YYYY/N from the archive</source>
        <translation>ÅÅÅÅ/N frå arkivet</translation>
    </message>
</context>
<context>
    <name>tilsyn::SaksnummerkildeValg</name>
    <message>
        <source>Typed from the archive (works offline)</source>
        <translation>Blir skrive inn frå arkivet (verkar utan nett)</translation>
    </message>
    <message>
        <source>The central store's series, at the first sync</source>
        <translation>Nummerserien i det sentrale lageret, ved første synkronisering</translation>
    </message>
    <message>
        <source>Where this office's case numbers (YYYY/N) come from. A case without one can be worked on, but its letters cannot be finalised.</source>
        <translation>Kvar saksnumra til embetet (ÅÅÅÅ/N) kjem frå. Ei sak utan saksnummer kan behandlast, men breva kan ikkje ferdigstillast.</translation>
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
        <translation>Alle leiarane i embetet</translation>
    </message>
    <message>
        <source>What the leader should look at (optional)</source>
        <translation>Kva leiaren bør sjå på (valfritt)</translation>
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
        <translation>Utkastet vert låst slik det står no. Endrar du det etterpå, må det godkjennast på nytt. Leiaren ser det etter neste synkronisering.</translation>
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
        <translation>&amp;Test tilkopling</translation>
    </message>
    <message>
        <source>&amp;Forget password</source>
        <translation>&amp;Gløym passord</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Sentralt lager</translation>
    </message>
    <message>
        <source>e.g. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10</source>
        <translation>t.d. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10</translation>
    </message>
    <message>
        <source>optional: saved only in the keychain</source>
        <translation>valfritt: blir berre lagra i nøkkelringen</translation>
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
        <translation>&amp;Brukar:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-modus:</translation>
    </message>
    <message>
        <source>&amp;Other options:</source>
        <translation>&amp;Andre val:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>Without a password here, it comes from PGPASSWORD or ~/.pgpass, or from the keychain if saved there before. It is never stored in the settings.</source>
        <translation>Utan passord her blir det henta frå PGPASSWORD eller ~/.pgpass, eller frå nøkkelringen om det er lagra der før. Det blir aldri lagra i innstillingane.</translation>
    </message>
    <message>
        <source>The saved connection could not be read: %1</source>
        <translation>Den lagra tilkoplinga kunne ikkje lesast: %1</translation>
    </message>
    <message>
        <source>Checks the server certificate and its host name.</source>
        <translation>Kontrollerer sertifikatet og vertsnamnet til tenaren.</translation>
    </message>
    <message>
        <source>Weaker: checks the certificate but not the host name.</source>
        <translation>Svakare: kontrollerer sertifikatet, men ikkje vertsnamnet.</translation>
    </message>
    <message>
        <source>Weaker: the server is not verified, someone in between can read the cases. Use verify-full outside a test setup.</source>
        <translation>Svakare: tenaren blir ikkje kontrollert, og nokon i mellom kan lesa sakene. Bruk verify-full utanfor eit testoppsett.</translation>
    </message>
    <message>
        <source>Fill in the host and the database.</source>
        <translation>Fyll inn vert og database.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Koplar til…</translation>
    </message>
    <message>
        <source>Connected. The central store has schema version %1.</source>
        <translation>Tilkopla. Det sentrale lageret har skjemaversjon %1.</translation>
    </message>
    <message>
        <source>The password for %1 is no longer in the keychain.</source>
        <translation>Passordet for %1 er ikkje lenger i nøkkelringen.</translation>
    </message>
    <message>
        <source>Other options: %1</source>
        <translation>Andre val: %1</translation>
    </message>
    <message>
        <source>The password goes in the password field (saved in the keychain), not among the options.</source>
        <translation>Passordet skal i passordfeltet (blir lagra i nøkkelringen), ikkje blant vala.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Passordet vart ikkje lagra: %1</translation>
    </message>
    <message>
        <source>A test is already running: wait for its result.</source>
        <translation>Ein test køyrer alt: vent på resultatet.</translation>
    </message>
    <message>
        <source>A socket on this machine: no SSL is used, so this choice has no effect here.</source>
        <translation>Ein sokkel på denne maskina: SSL blir ikkje brukt, så dette valet verkar ikkje her.</translation>
    </message>
</context>
<context>
    <name>tilsyn::Skrivebord</name>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>Sy&amp;nkroniser no</translation>
    </message>
    <message>
        <source>Sync c&amp;onflicts and rejected changes…</source>
        <translation>Synkroniseringskonfliktar og avviste &amp;endringar…</translation>
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation>&amp;Sentralt lager…</translation>
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation>Synkronisering: konfliktar og avviste endringar</translation>
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
        <translation>&amp;Oppfølging av lovbrot…</translation>
    </message>
    <message>
        <source>Start follow-&amp;up of this case's breaches</source>
        <translation>Start opp&amp;følging av lovbrota i denne saka</translation>
    </message>
    <message>
        <source>No case is open: choose one in the list or make a new one.</source>
        <translation>Inga sak er open: vel ei i lista eller lag ei ny.</translation>
    </message>
    <message>
        <source>The follow-up of this case has already started (View → Follow-up of breaches…).</source>
        <translation>Oppfølginga av denne saka er alt starta (Vis → Oppfølging av lovbrot…).</translation>
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation>Oppfølging av lovbrot</translation>
    </message>
    <message>
        <source>Decision &amp;letters for all parties…</source>
        <translation>Avgjerder til a&amp;lle partar…</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Inga sak er open.</translation>
    </message>
    <message>
        <source>Decision letters belong to cases the statsforvalter investigates and decides (BM 5).</source>
        <translation>Avgjerder høyrer til saker statsforvaltaren greier ut og avgjer (BM 5).</translation>
    </message>
    <message>
        <source>Register the case's outcome first.</source>
        <translation>Registrer utfallet av saka først.</translation>
    </message>
    <message>
        <source>Decision letters for all parties</source>
        <translation>Avgjerder til alle partar</translation>
    </message>
    <message>
        <source>Letters for a&amp;pproval…</source>
        <translation>Brev til god&amp;kjenning…</translation>
    </message>
    <message>
        <source>Assi&amp;gn this case…</source>
        <translation>For&amp;del denne saka…</translation>
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
        <translation>&amp;Historikk for denne saka…</translation>
    </message>
    <message>
        <source>&amp;Assign case %1 to:</source>
        <translation>&amp;Fordel sak %1 til:</translation>
    </message>
    <message>
        <source>Every party has its finalised decision letter; they are in the case's documents.</source>
        <translation>Alle partar har fått det ferdigstilte avgjerdsbrevet sitt; breva ligg i dokumenta til saka.</translation>
    </message>
    <message>
        <source>The follow-up of this case was closed on %1 (View → Follow-up of breaches…, Show closed follow-ups).</source>
        <translation>Oppfølginga av denne saka vart avslutta %1 (Vis → Oppfølging av lovbrot…, Vis avslutta oppfølgingar).</translation>
    </message>
    <message>
        <source>Follow-up starts once the case is decided: finalise the last decision letter with the milestone “closed” ticked, or enter the date in Closed and save.</source>
        <translation>Oppfølginga startar når saka er avgjord: ferdigstill det siste avgjerdsbrevet med milepælen «avslutta» kryssa av, eller skriv inn datoen i Avslutta og lagra.</translation>
    </message>
    <message>
        <source>These are sample cases for trying the program out: they are never synchronised with a central store.</source>
        <translation>Dette er eksempelsaker for å prøve programmet: dei blir aldri synkroniserte med eit sentralt lager.</translation>
    </message>
    <message numerus="yes">
        <source>Letters for a&amp;pproval (%n new answer(s))…</source>
        <translation><numerusform>Brev til god&amp;kjenning (%n nytt svar)…</numerusform><numerusform>Brev til god&amp;kjenning (%n nye svar)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Letters for a&amp;pproval (%n waiting)…</source>
        <translation><numerusform>Brev til god&amp;kjenning (%n ventar)…</numerusform><numerusform>Brev til god&amp;kjenning (%n ventar)…</numerusform></translation>
    </message>
    <message>
        <source>Case %1 was assigned to you by %2.</source>
        <translation>Sak %1 er fordelt til deg av %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to you: tick “My cases” (Alt+7).</source>
        <translation><numerusform>%n sak er fordelt til deg: kryss av for «Mine saker» (Alt+7).</numerusform><numerusform>%n saker er fordelte til deg: kryss av for «Mine saker» (Alt+7).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting for your approval: View ▸ Letters for approval (Ctrl+Shift+G).</source>
        <translation><numerusform>%n brev ventar på godkjenninga di: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform><numerusform>%n brev ventar på godkjenninga di: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) for approval</source>
        <translation><numerusform>%n brev til godkjenning</numerusform><numerusform>%n brev til godkjenning</numerusform></translation>
    </message>
    <message>
        <source>Open the letters waiting for your approval (Ctrl+Shift+G).</source>
        <translation>Opna breva som ventar på godkjenninga di (Ctrl+Shift+G).</translation>
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
        <translation>Avslutta saker per behandlingsmåte</translation>
    </message>
    <message>
        <source>Share within deadline (target %1 %)</source>
        <translation>Del innan fristen (mål %1 %)</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutta saker</translation>
    </message>
    <message>
        <source>BM %1</source>
        <translation>BM %1</translation>
    </message>
    <message>
        <source>Within deadline, %</source>
        <translation>Innan fristen, %</translation>
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
        <translation>Alle embete</translation>
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
        <translation>Behandlingsmåtar</translation>
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation>Vurderte føresegner</translation>
    </message>
    <message>
        <source>Result targets</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kjelder</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Restansar</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>Behandlingstid</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden sluttar før han byrjar.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Reknar ut…</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>Statistikken kunne ikkje reknast ut: %1</translation>
    </message>
    <message>
        <source>Cases closed in %1: %2 · computed in %3 ms</source>
        <translation>Saker avslutta i %1: %2 · rekna ut på %3 ms</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Det er ingenting å eksportera enno.</translation>
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
        <translation>Eksporten feila</translation>
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
        <translation>Skriv %1…</translation>
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
        <translation>Ingenting å eksportera: statistikken kunne ikkje reknast ut (sjå meldinga over).</translation>
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
        <translation>Ordboka for %1 kjenner ikkje desse orda i brevet: %2. Sjekk dei før du ferdigstiller.</translation>
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
        <translation>Oppdaga</translation>
    </message>
    <message>
        <source>The same field was changed here and in the central store. The central store kept its value (theirs); yours is kept here. Choose what the case should say: the choice is saved as a new change of the case and sent at the next sync.</source>
        <translation>Det same feltet vart endra her og i det sentrale lageret. Det sentrale lageret heldt på sin verdi (deira); din er teken vare på her. Vel kva saka skal seie: valet blir lagra som ei ny endring av saka og sendt ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Før begge endringane</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Theirs (central store)</source>
        <translation>Deira (sentralt lager)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behald &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behald &amp;deira</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Rediger:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Løys</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
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
        <translation>Det sentrale lageret avviste desse endringane. Dei er tekne vare på her, og saka blir ikkje oppdatert frå det sentrale lageret så lenge ei ventar. Når årsaka er retta (til dømes tilgang til embetet), send ho på nytt; eller forkast endringane dine for å få versjonen frå det sentrale lageret.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send på nytt</translation>
    </message>
    <message>
        <source>&amp;Discard my changes…</source>
        <translation>&amp;Forkast endringane mine…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Conflicts (%L1)</source>
        <translation>Konfliktar (%L1)</translation>
    </message>
    <message>
        <source>Rejected changes (%L1)</source>
        <translation>Avviste endringar (%L1)</translation>
    </message>
    <message>
        <source>(no common version)</source>
        <translation>(ingen felles versjon)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(fjerna)</translation>
    </message>
    <message>
        <source>%1: the edited value cannot be read; write it in the same form as the values above.</source>
        <translation>%1: den redigerte verdien kan ikkje lesast; skriv han på same form som verdiane over.</translation>
    </message>
    <message>
        <source>Not resolved – %1</source>
        <translation>Ikkje løyst – %1</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Forkast endringane mine</translation>
    </message>
    <message>
        <source>Your changes to %1 that the central store refused are discarded, and the case goes back to the central store's version. The discarded changes stay in the case's history. Continue?</source>
        <translation>Endringane dine i %1 som det sentrale lageret avviste, blir forkasta, og saka går tilbake til versjonen i det sentrale lageret. Dei forkasta endringane blir ståande i historikken til saka. Halde fram?</translation>
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
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Behandlingsmåte</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Alvorleg</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kjelder</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Innsendar</translation>
    </message>
    <message>
        <source>User involvement</source>
        <translation>Brukarinvolvering</translation>
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
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderingar</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Rapport motteken</translation>
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
        <translation>Avskriven to gonger (%L1)</translation>
    </message>
    <message>
        <source>Choose "Edit" above to write a value of your own.</source>
        <translation>Vel «Rediger» over for å skriva ein eigen verdi.</translation>
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation>Vel ein konflikt i lista først.</translation>
    </message>
    <message>
        <source>Choose which value the case should keep first.</source>
        <translation>Vel først kva verdi saka skal halde på.</translation>
    </message>
    <message>
        <source>Select a rejected change in the list first.</source>
        <translation>Vel ei avvist endring i lista først.</translation>
    </message>
    <message>
        <source>No change was rejected by the central store.</source>
        <translation>Det sentrale lageret har ikkje avvist noka endring.</translation>
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation>Synkronisering: konfliktar og avviste endringar</translation>
    </message>
    <message>
        <source>Close this window (Esc, Ctrl+W)</source>
        <translation>Lukk dette vindauget (Esc, Ctrl+W)</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Lukk &amp;vindauget</translation>
    </message>
    <message>
        <source>Theirs: %1, %2</source>
        <translation>Deira: %1, %2</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Deira: %1</translation>
    </message>
</context>
<context>
    <name>tilsyn::SynkStyring</name>
    <message>
        <source>Offline (no central store set up)</source>
        <translation>Fråkopla (sentralt lager er ikkje sett opp)</translation>
    </message>
    <message>
        <source>Syncing: sent %L1</source>
        <translation>Synkroniserer: sendt %L1</translation>
    </message>
    <message>
        <source>Syncing: received %L1</source>
        <translation>Synkroniserer: motteke %L1</translation>
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
        <translation>Avbryt synkroniseringa…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: archived %Ln letter(s)</source>
        <translation><numerusform>Synkroniserer: arkiverte %Ln brev</numerusform><numerusform>Synkroniserer: arkiverte %Ln brev</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln conflict(s)</source>
        <translation><numerusform> – %Ln konflikt</numerusform><numerusform> – %Ln konfliktar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln rejected</source>
        <translation><numerusform> – %Ln avvist</numerusform><numerusform> – %Ln avviste</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled – next sync in %Ln minute(s)</source>
        <translation><numerusform>Synkroniseringa vart avbroten – neste om %Ln minutt</numerusform><numerusform>Synkroniseringa vart avbroten – neste om %Ln minutt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline – next try in %Ln minute(s): %1</source>
        <translation><numerusform>Fråkopla – nytt forsøk om %Ln minutt: %1</numerusform><numerusform>Fråkopla – nytt forsøk om %Ln minutt: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline: central store unreachable – %Ln change(s) waiting – next try at %1</source>
        <translation><numerusform>Fråkopla: sentralen kan ikkje nåast – %Ln endring ventar – neste forsøk kl. %1</numerusform><numerusform>Fråkopla: sentralen kan ikkje nåast – %Ln endringar ventar – neste forsøk kl. %1</numerusform></translation>
    </message>
    <message>
        <source>Offline: central store unreachable – next try at %1</source>
        <translation>Fråkopla: sentralen kan ikkje nåast – neste forsøk kl. %1</translation>
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
        <translation>Stopp synkroniseringa etter sakene som er mottekne så langt; neste synkronisering held fram derifrå</translation>
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
        <translation>Avskrivinga di (ikkje halden på)</translation>
    </message>
    <message>
        <source>Kept (central store)</source>
        <translation>Halden på (sentralt lager)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Oppdaga</translation>
    </message>
    <message>
        <source>These incoming documents were marked answered both here and on another computer before either had synced. The central store keeps the answer it received first, and every computer now shows that one. Yours is listed here and kept in the case's history; if it was the right one, add a note or a letter to the case.</source>
        <translation>Desse inngåande dokumenta vart avskrivne både her og på ei anna maskin før nokon av dei hadde synkronisert. Det sentrale lageret held på avskrivinga det fekk først, og alle maskinene viser no den. Di står her og er teken vare på i historikken til saka; var ho rett, legg til eit notat eller eit brev i saka.</translation>
    </message>
    <message>
        <source>Documents answered twice</source>
        <translation>Dokument avskrivne to gonger</translation>
    </message>
    <message>
        <source>Select a lost write-off in the list first.</source>
        <translation>Vel ei tapt avskriving i lista først.</translation>
    </message>
    <message>
        <source>No write-off was lost in a sync.</source>
        <translation>Inga avskriving gjekk tapt ved synkronisering.</translation>
    </message>
</context>
<context>
    <name>tilsyn::TomListeMerknad</name>
    <message>
        <source>No cases match the search and the filters above.
Clear the search field or untick a filter to see more cases.</source>
        <translation>Ingen saker passar til søket og filtera over.
Tøm søkjefeltet eller fjern eit filter for å sjå fleire saker.</translation>
    </message>
    <message>
        <source>There are no cases in this store yet.
Register a case with Ctrl+N, or import cases from the File menu.</source>
        <translation>Det er ingen saker i dette lageret enno.
Registrer ei sak med Ctrl+N, eller importer saker frå Fil-menyen.</translation>
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
        <translation>tenestenivå</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kjelde</translation>
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
        <translation>føresegn</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>tilsynsobjekt %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manglar</translation>
    </message>
    <message>
        <source>unknown %1 «%2»</source>
        <translation>«%2» er ikkje i katalogen (%1)</translation>
    </message>
    <message>
        <source>%1 «%2» does not belong to the sector «%3»</source>
        <translation>%1 «%2» høyrer ikkje til sektoren «%3»</translation>
    </message>
    <message>
        <source>%1 «%2» is given more than once</source>
        <translation>%1 «%2» er oppgitt meir enn éin gong</translation>
    </message>
    <message>
        <source>written form must be «nb», «nn» or null, not «%1»</source>
        <translation>målform må vere «nb», «nn» eller null, ikkje «%1»</translation>
    </message>
    <message>
        <source>the date %1 is before the date received (%2)</source>
        <translation>datoen %1 er før motteke (%2)</translation>
    </message>
    <message>
        <source>the case must have at least one subject</source>
        <translation>saka må ha minst eitt tilsynsobjekt</translation>
    </message>
    <message>
        <source>the subject has no id</source>
        <translation>tilsynsobjektet manglar id</translation>
    </message>
    <message>
        <source>id «%1» is used by another subject of the case</source>
        <translation>id «%1» er brukt av eit anna tilsynsobjekt i saka</translation>
    </message>
    <message>
        <source>the subject has no name</source>
        <translation>tilsynsobjektet manglar namn</translation>
    </message>
    <message>
        <source>service level applies only to the sector «%1»</source>
        <translation>tenestenivå gjeld berre sektoren «%1»</translation>
    </message>
    <message>
        <source>the organisation number «%1» is invalid (9 digits with a modulus 11 check digit)</source>
        <translation>organisasjonsnummeret «%1» er ugyldig (9 siffer med kontrollsiffer etter modulus 11)</translation>
    </message>
    <message>
        <source>the HPR number «%1» must have 7–9 digits</source>
        <translation>HPR-nummeret «%1» må ha 7–9 siffer</translation>
    </message>
    <message>
        <source>authorisation applies only to subjects of the type «%1»</source>
        <translation>autorisasjon gjeld berre tilsynsobjekt av typen «%1»</translation>
    </message>
    <message>
        <source>assessed provisions belong only to handling method 5</source>
        <translation>vurderte føresegner høyrer berre til behandlingsmåte 5</translation>
    </message>
    <message>
        <source>choose the subject the provision is assessed against</source>
        <translation>vel tilsynsobjektet føresegna blir vurdert mot</translation>
    </message>
    <message>
        <source>«%1» is not a subject of the case</source>
        <translation>«%1» er ikkje eit tilsynsobjekt i saka</translation>
    </message>
    <message>
        <source>a closed case with handling method 5 must have an outcome</source>
        <translation>ei avslutta sak med behandlingsmåte 5 må ha utfall</translation>
    </message>
    <message>
        <source>an outcome belongs only to handling method 5</source>
        <translation>utfall høyrer berre til behandlingsmåte 5</translation>
    </message>
    <message>
        <source>CATALOGUE_WRITTEN_FORM</source>
        <extracomment>Not shown: "nb" in the bokmål translation, "nn" in the nynorsk one. The catalogue's names in these messages follow it.</extracomment>
        <translation>nn</translation>
    </message>
    <message>
        <source>the provision «%1» cannot be assessed against the subject «%2», which is of the type «%3»; it applies to %4</source>
        <translation>føresegna «%1» kan ikkje vurderast mot tilsynsobjektet «%2», som er av typen «%3»; ho gjeld %4</translation>
    </message>
    <message>
        <source>the outcome «%1» requires at least one assessment concluding «%2»</source>
        <translation>utfallet «%1» krev minst éi vurdering med konklusjonen «%2»</translation>
    </message>
    <message>
        <source>the outcome «%1» cannot be chosen while an assessment concludes «%2»</source>
        <translation>utfallet «%1» kan ikkje veljast når ei vurdering har konklusjonen «%2»</translation>
    </message>
    <message>
        <source>tick at least one source (who the information came from)</source>
        <translation>kryss av for minst éi kjelde (kven opplysningane kom frå)</translation>
    </message>
    <message>
        <source>not recorded: tick that involving the patient/user has been considered</source>
        <translation>ikkje registrert: kryss av for at involvering av pasient/brukar er vurdert</translation>
    </message>
    <message>
        <source>an HPR number is for health personnel only: remove it, or choose the type helsepersonell</source>
        <translation>HPR-nummer gjeld berre helsepersonell: fjern det, eller vel typen helsepersonell</translation>
    </message>
    <message>
        <source>the id must be a UUID in lower case, not «%1»</source>
        <translation>id må vere ein UUID med små bokstavar, ikkje «%1»</translation>
    </message>
    <message>
        <source>the case number must have the form YYYY/N, not «%1»</source>
        <translation>saksnummer må ha forma ÅÅÅÅ/N, ikkje «%1»</translation>
    </message>
    <message>
        <source>the date received is missing</source>
        <translation>mottaksdato manglar</translation>
    </message>
    <message>
        <source>the handling method must be 1–5 (0 for historical cases)</source>
        <translation>behandlingsmåte må vere 1–5 (0 for historiske saker)</translation>
    </message>
    <message>
        <source>handling method 0 (the old guide) cannot be chosen for new cases</source>
        <translation>behandlingsmåte 0 (gammal rettleiar) kan ikkje veljast for nye saker</translation>
    </message>
    <message>
        <source>the date sent on belongs only to handling methods 2 and 3</source>
        <translation>oversendingsdato høyrer berre til behandlingsmåte 2 og 3</translation>
    </message>
    <message>
        <source>the meeting date belongs only to handling method 4</source>
        <translation>møtedato høyrer berre til behandlingsmåte 4</translation>
    </message>
    <message>
        <source>report received belongs only to handling method 3</source>
        <translation>rapport motteken høyrer berre til behandlingsmåte 3</translation>
    </message>
</context>
<context>
    <name>tilsyn::Vedlikehold</name>
    <message>
        <source>&amp;Back up store…</source>
        <translation>&amp;Tryggingskopier lageret…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Gjenoppretta frå tryggingskopi…</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Kontroller lageret</translation>
    </message>
    <message>
        <source>Copy &amp;support information</source>
        <translation>Kopier in&amp;formasjon til brukarstøtte</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Tryggingskopier lageret</translation>
    </message>
    <message>
        <source>Tilsynsklient store (*.sqlite)</source>
        <translation>Tilsynsklient-lager (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Tryggingskopien vart skriven til %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gjenoppretta frå tryggingskopi</translation>
    </message>
    <message>
        <source>Save or undo the changes to the open case first.</source>
        <translation>Lagra eller angra endringane i den opne saka først.</translation>
    </message>
    <message>
        <source>Tilsynsklient store (*.sqlite);;All files (*)</source>
        <translation>Tilsynsklient-lager (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace every case in this store with the content of the backup %1?

The backup is checked first. The current store is kept as a copy in the same folder. Changes made since the backup that were not synchronised are only in that copy.</source>
        <translation>Vil du byte ut alle sakene i dette lageret med innhaldet i tryggingskopien %1?

Tryggingskopien blir kontrollert først. Lageret slik det er no, blir teke vare på som ein kopi i same mappa. Endringar gjorde etter tryggingskopien som ikkje er synkroniserte, finst berre i den kopien.</translation>
    </message>
    <message>
        <source>The store was restored from %1.
The previous store was kept as %2.</source>
        <translation>Lageret vart gjenoppretta frå %1.
Det førre lageret er teke vare på som %2.</translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation>Kontroller lageret</translation>
    </message>
    <message>
        <source>The store is healthy: no problems found.</source>
        <translation>Lageret er i orden: ingen problem funne.</translation>
    </message>
    <message>
        <source>Support information copied: paste it into your message to support.</source>
        <translation>Informasjon til brukarstøtte er kopiert: lim han inn i meldinga til brukarstøtte.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %Ln problem(s). Send the details to support, or restore a backup.</source>
        <translation><numerusform>Kontrollen fann %Ln problem. Send detaljane til brukarstøtte, eller gjenopprett ein tryggingskopi.</numerusform><numerusform>Kontrollen fann %Ln problem. Send detaljane til brukarstøtte, eller gjenopprett ein tryggingskopi.</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::Velkomst</name>
    <message>
        <source>Welcome to Tilsynsklient</source>
        <translation>Velkomen til Tilsynsklient</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Inga sak er open</translation>
    </message>
    <message>
        <source>There are no cases here yet. Start a new case, import cases from a JSON Lines file, or load the sample cases to look around.</source>
        <translation>Det er ingen saker her enno. Opprett ei ny sak, importer saker frå ei JSON Lines-fil, eller last inn eksempelsakene for å sjå deg rundt.</translation>
    </message>
    <message>
        <source>Choose a case in the list, or start a new one.</source>
        <translation>Vel ei sak i lista, eller opprett ei ny.</translation>
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
        <translation>Føresegn</translation>
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
        <translation>Grunngiving</translation>
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
        <translation>Vel føresegn</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>Tilsynsobjekt %1</translation>
    </message>
    <message>
        <source>Choose subject</source>
        <translation>Vel tilsynsobjekt</translation>
    </message>
    <message>
        <source>Choose conclusion</source>
        <translation>Vel konklusjon</translation>
    </message>
    <message>
        <source>Edit reasoning</source>
        <translation>Rediger grunngiving</translation>
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
        <translation>Vald vurdering</translation>
    </message>
    <message>
        <source>&amp;Provision:</source>
        <translation>Føre&amp;segn:</translation>
    </message>
    <message>
        <source>Type part of the law, § or name to search</source>
        <translation>Skriv ein del av lova, paragrafen eller namnet for å søkja</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Tilsynsobjekt:</translation>
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation>Vurderte føresegner</translation>
    </message>
    <message>
        <source>Assessment %1 of %2</source>
        <translation>Vurdering %1 av %2</translation>
    </message>
    <message>
        <source>(choose a conclusion)</source>
        <translation>(vel konklusjon)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(inkje tilsynsobjekt)</translation>
    </message>
    <message>
        <source>(no provision)</source>
        <translation>(inga føresegn)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(ikkje vald)</translation>
    </message>
    <message>
        <source>Reas&amp;oning (goes into the decision as written):</source>
        <translation>Grun&amp;ngiving (går ordrett inn i avgjerda):</translation>
    </message>
    <message>
        <source>Unknown provision «%1»</source>
        <translation>Ukjend føresegn «%1»</translation>
    </message>
    <message>
        <source>Not offered for this subject:</source>
        <translation>Blir ikkje tilbode for dette tilsynsobjektet:</translation>
    </message>
    <message>
        <source>(not a subject of the case)</source>
        <translation>(ikkje eit tilsynsobjekt i saka)</translation>
    </message>
    <message>
        <source>Unknown conclusion «%1»</source>
        <translation>Ukjend konklusjon «%1»</translation>
    </message>
    <message>
        <source>Select an assessment in the list first.</source>
        <translation>Vel ei vurdering i lista først.</translation>
    </message>
    <message>
        <source>Add a subject first, on the Parties page (Alt+2).</source>
        <translation>Legg først til eit tilsynsobjekt, på sida Partar (Alt+2).</translation>
    </message>
    <message>
        <source>Concl&amp;usion:</source>
        <translation>&amp;Konklusjon:</translation>
    </message>
    <message>
        <source>Choose the case's sector first.</source>
        <translation>Vel sektoren til saka først.</translation>
    </message>
    <message>
        <source>Choose the subject first: the provisions offered depend on its type.</source>
        <translation>Vel tilsynsobjekt først: kva føresegner som blir tilbodne, avheng av typen.</translation>
    </message>
    <message>
        <source>No provisions for «%1» in «%2» in the catalogue.</source>
        <translation>Ingen føresegner for «%1» i «%2» i katalogen.</translation>
    </message>
</context>
</TS>