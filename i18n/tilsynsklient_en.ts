<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Filmappe</name>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Oppfolging</name>
    <message>
        <source>follow-up of breaches belongs to handling method 5 only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up starts after the decision; the case is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case has no assessment concluding with a breach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the follow-up is already closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the breach of %1 is not corrected yet; the follow-up cannot be closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the closing date is before the breach of %1 was corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the closing date is missing or before the follow-up started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the breach is corrected; there is nothing to remind about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the breach has no deadline yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the deadline %1 has not passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the breach is already marked corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no documentation has been received from the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>describe what shows that practice has changed (not just a plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the breach was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the follow-up is closed; nothing can be registered in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the follow-up has already started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the follow-up cannot start before the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>describe what the service must document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the deadline is missing or before the follow-up started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date is missing or before the follow-up started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>describe what was received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the follow-up was not found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sorteringsmeny</name>
    <message>
        <source>Sort &amp;by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Standardknapper</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Arkivhandling</name>
    <message>
        <source>&amp;Archive package of this case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the finalised letters of this case with an arkivmelding for the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case has no saksnummer yet, so it cannot be archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive package was not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where should the archive package go?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has no finalised letter to archive yet: finalise a letter from Write letter… first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The archive package of case %1 is in %2: arkivmelding.xml and %Ln letter(s) as PDF/A.</source>
        <translation>
            <numerusform>The archive package of case %1 is in %2: arkivmelding.xml and %Ln letter as PDF/A.</numerusform><numerusform>The archive package of case %1 is in %2: arkivmelding.xml and %Ln letters as PDF/A.</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::AvskrivDialog</name>
    <message>
        <source>Mark incoming document as answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it was answered, or why it is not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By &amp;letter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for a document answered by letter: choose that way above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no outgoing letter to choose.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Avslutningsgrunn</name>
    <message>
        <source>Close the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

To close the case anyway, say &amp;why these documents are not answered (they are then marked "noted for information" with your reason):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Bakgrunnsarbeid</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::BrevDialog</name>
    <message>
        <source>Letters – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Brevparter</name>
    <message>
        <source>%1 is not registered as the patient or user themself (source: %2). A copy of the decision to %3 may give them information they have no right to. Attach it only when they have a power of attorney or another basis; otherwise the innsender gets the result in a letter of their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Brevreferansefelt</name>
    <message>
        <source>Their date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the henvendelse (Deres dato in letters to the submitter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The henvendelse's own reference (Deres ref. in letters to the submitter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Brevvisning</name>
    <message>
        <source>Bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not finalised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case store is open: the letter can be previewed, printed and saved as a PDF draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a letter type first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no saksnummer yet; the central store assigns one at the first sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no saksnummer yet; enter the archive's number in the case (Saksnummer) and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case number %1 is not saved yet: save the case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft was finalised %1 by %2; it is in the case's documents. Change the draft to make another letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save PDF draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy of a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the copy anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exempt from public access (U&amp;nntatt offentlighet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy to the person who made the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;inalise…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send for approval…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter &amp;type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written for&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Facts relied on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Further te&amp;xt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up&amp;date preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save PDF dr&amp;aft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office requires a leader's approval for this letter type: send it for approval (Send for approval…). It can be finalised once the central store has accepted the approval of exactly this draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent for approval %1 (note: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not approved by %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned by %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not final until the central store has accepted it (next sync).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter has been changed since: it must be sent for approval again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the su&amp;bmitter in this letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w letter to this party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: the letter says "the submitter" (or "the patient", "the relative") instead of their name, also in its chronology.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter was finalised %1 by %2 and is shown as stored. To write another letter of this type to the same party, choose New letter to this party.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the facts relied on (Saksforhold) in nynorsk first: the case's summary is in bokmål, so it is not used in this letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the facts relied on (Saksforhold) in bokmål first: the case's summary is in nynorsk, so it is not used in this letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case's summary is in bokmål, so it is not used in this nynorsk letter: write the facts relied on here, in nynorsk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case's summary is in nynorsk, so it is not used in this bokmål letter: write the facts relied on here, in bokmål.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The finalised letter cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the short reason for %1 (%2) in nynorsk first: the assessment is in bokmål, so it is not used in this letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the short reason for %1 (%2) in bokmål first: the assessment is in nynorsk, so it is not used in this letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In nynorsk. The assessment says: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In bokmål. The assessment says: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sh&amp;ort reasons to the submitter, in nynorsk (the assessments are in bokmål)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sh&amp;ort reasons to the submitter, in bokmål (the assessments are in nynorsk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter is finalised and cannot be changed: use "New letter to this party" to write another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters in a tilsynssak hold data on health, family or social conditions that are confidential (fvl. § 13 first paragraph no. 1), so they are exempt from public access under offl. § 13: marked with this basis and archived with a public title without personal data. Untick only for a letter without such data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the fina&amp;lised PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter is finalised and shown as stored: save it with "Save the finalised PDF…" or print it; use "New letter to this party" to write another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview shows the letter as finalised: save it with "Save the finalised PDF…" or print it. Change the draft to make another letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the finalised PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown, and the case's texts do not show one: bokmål is chosen. Change it if the recipient should have nynorsk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the begrunnelser are written in nynorsk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the begrunnelser are written in bokmål.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the summary is written in nynorsk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the summary is written in bokmål.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because the begrunnelser and the summary are written in nynorsk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because the begrunnelser and the summary are written in bokmål.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; nynorsk proposed because most of the case's texts are written in nynorsk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's målform is unknown; bokmål proposed because most of the case's texts are written in bokmål.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has an error to correct before a letter is finalised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the begrunnelse for %1 (%2) in nynorsk for this letter, or tick "Use the text as it stands" under it: the assessment is written in bokmål.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the begrunnelse for %1 (%2) in bokmål for this letter, or tick "Use the text as it stands" under it: the assessment is written in nynorsk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment, in bokmål: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment, in nynorsk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Begrunnelse: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the text as it stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints this begrunnelse in bokmål in the nynorsk letter, as it stands (e.g. a quotation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints this begrunnelse in nynorsk in the bokmål letter, as it stands (e.g. a quotation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Begrunnelser in this letter, in nynorsk (the assessments are in bokmål)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Begrunnelser in this letter, in bokmål (the assessments are in nynorsk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter type does not fit the chosen recipient in the case as it stands: it is not made or finalised. Choose another letter type or recipient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No central store is set up (Edit ▸ Settings): leaders approve letters through it, so this letter cannot be sent for approval. Set up the central store, or turn approval off for an office without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter goes to the person who made the request: they get the letter itself, not a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ocumentation deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date by which the service is to document that the breach is put right (not a plan, but evidence that practice changed). The letter states it, and the follow-up of the breach starts with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The documentation deadline is not a date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the documentation deadline: the letter states it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The documentation deadline must lie after the letter's date (%1): a letter never sets a deadline on its own date or before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent for approval %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A finalised decision in this case states this deadline; every party's decision states the same date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The documentation deadline «%1» is not a date, so it cannot be kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the documentation deadline %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the facts of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the further text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is not saved, so what you typed in the letter (%1) cannot be kept with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you typed could not be kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the letter window and discard it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::CaseEditor</name>
    <message>
        <source>Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The henvendelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subjects of supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change received date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change case officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change serious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit submitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit user involvement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change handling method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft (no case number yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> – milestone reached in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> – milestone reached after the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose how the case is handled. Each method has its own milestone and deadline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case was not saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case was not saved because someone else saved it after you opened it. Your changes are kept here; reopen the case to see theirs.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case could not be saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User involvement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing with guidance: the statsforvalter gives advice and guidance to the person who made contact and closes the case. Milestone: the case is closed. Deadline: %1 from received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding to the service: the henvendelse is sent to the service (or the health professional) to follow up, and the statsforvalter's case is closed. Milestone: forwarded. Deadline: %1 from received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service follows up and reports: it reviews its own practice, corrects failures and reports back; the statsforvalter judges whether that is good enough. Milestone: the request is sent. Deadline: %1 from received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting with the service and the user: the case is concluded in a meeting with the service and the patient or user. Milestone: the meeting. Deadline: %1 from received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statsforvalter investigates and decides: full investigation with a conclusion per assessed provision and subject, and an outcome. Milestone: the case is closed. Deadline: %1 from received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a handling method by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case was changed in the central store while you edited it. Your unsaved changes are kept; these fields were changed there too and now show your version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their date and ref.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery copy of this case could not be written:
%1

Your unsaved changes are only in this window until you save the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provisions are assessed when the statsforvalter investigates and decides (handling method 5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danger to life or health, or abuse (&amp;prioritise)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;1 The case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;2 Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;3 Handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;4 Assessments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;5 Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;6 Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subm&amp;itted by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handl&amp;ing method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwar&amp;ded:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;port received:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported from file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ase officer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ser&amp;ious:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The&amp;mes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User invo&amp;lvement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Written form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their date a&amp;nd ref.:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;losed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consider a delay notice to the person who made the request (Write letter… → forsinkelsesmelding).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaches followed up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation of the correction</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This case has %Ln assessed provision(s). Changing the handling method away from 5 removes them and the outcome. Change anyway?</source>
        <translation>
            <numerusform>This case has %Ln assessed provision. Changing the handling method away from 5 removes them and the outcome. Change anyway?</numerusform><numerusform>This case has %Ln assessed provisions. Changing the handling method away from 5 removes them and the outcome. Change anyway?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) overdue</source>
        <translation>
            <numerusform> – %Ln day overdue</numerusform><numerusform> – %Ln days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) left</source>
        <translation>
            <numerusform> – %Ln day left</numerusform><numerusform> – %Ln days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln day(s) late</source>
        <translation>
            <numerusform> – %Ln day late</numerusform><numerusform> – %Ln days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The case was not saved: %Ln problem(s) must be fixed first. Each is shown at its field.</source>
        <translation>
            <numerusform>The case was not saved: %Ln problem must be fixed first. Each is shown at its field.</numerusform><numerusform>The case was not saved: %Ln problems must be fixed first. Each is shown at its field.</numerusform></translation>
    </message>
    <message>
        <source>The service's report is due %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Datofelt</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the date (e.g. 21.12.2026 or 21122026); F4 opens the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar (F4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a date (dd.mm.yyyy) or press F4 for the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date %1 does not exist; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>«%1» is not a date; nothing was changed. Type day, month and year, e.g. 21.12.2026, 21122026 or 21.12.26.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is after %2, the latest date allowed here; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::DokumentListe</name>
    <message>
        <source>Save letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised letters of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;letter as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no finalised letters yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a letter in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not opened: the PDF cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not printed: the PDF cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not printed: the printer cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;pen letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pr&amp;int letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked: unchanged since it was finalised %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 of the stored letter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter as archived (PDF)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::DokumentModell</name>
    <message>
        <source>Nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised %1 by %2
SHA-256 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::EnkeltInstans</name>
    <message>
        <source>no permission to write beside the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::FerdigstillBekreftelse</name>
    <message>
        <source>forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written form: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter is stored in the case exactly as previewed, without the UTKAST mark, and can never be changed. Finalise it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record the milestone “%1” with the letter's date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: a letter of this type to %1 was already finalised on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: a letter of this type to %1 was already finalised on %2 (document %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1 has no postal address in the case; the letter shows only the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the nynorsk dictionary does not know these words of the letter: %1. They are printed as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the bokmål dictionary does not know these words of the letter: %1. They are printed as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters of this type to %1 are not finalised yet: the milestone is recorded with the last one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The milestone “%1” cannot be recorded with this letter: %2. The letter can be finalised without it; record the milestone in the case once that is put right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1, who made the request, has not had their letter “%2” yet. Finalise it too, so that every party is told before the case is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the milestone “%1” with the letter's date as &amp;well</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Filarbeid</name>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the cases to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cases were not exported:
%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %Ln problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %Ln problem.</numerusform><numerusform>Nothing was imported: the file has %Ln problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln case(s)…</source>
        <translation>
            <numerusform>Importing %Ln case…</numerusform><numerusform>Importing %Ln cases…</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::FlytkoeModell</name>
    <message>
        <source>Case no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office's leaders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::GodkjenningsValg</name>
    <message>
        <source>This office has a central store, where leaders approve letters in the system. Approval can be turned off only for an office without a central store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On: a letter of a type that needs approval is finalised only after a leader has approved it in the system, and its signature names that leader. Without a central store no one can approve, so turn this off if the office works without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: no letter type needs approval. Letters name only the caseworker, and none says it was approved electronically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters of some types need a leader's appro&amp;val</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off for now, because no central store is set up: no letter needs a leader's approval, and letters name only the caseworker. Will your office use a central store? Then leave this as it is: approval turns on by itself once the central store is set up (View ▸ Central store…), and leaders approve decisions in the system.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Godkjenningsvindu</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Return with comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment to the caseworker (required to return the letter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;For approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned &amp;to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case here differs from the one the letter was written for. Sync, then look again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a comment to the caseworker first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved. The approval is final when the central store has accepted it (next sync).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned to the caseworker with your comment (sent at the next sync).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters returned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a letter in the approval queue first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a letter waiting for approval can be approved or sent back: open the tab "For approval".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent by me, &amp;waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My letters waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Letters for approval (%n)</source>
        <translation>
            <numerusform>Letters for approval (%n)</numerusform><numerusform>Letters for approval (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A leader answered %n of your letters: see View ▸ Letters for approval (Ctrl+Shift+G).</source>
        <translation>
            <numerusform>A leader answered %n of your letters: see View ▸ Letters for approval (Ctrl+Shift+G).</numerusform><numerusform>A leader answered %n of your letters: see View ▸ Letters for approval (Ctrl+Shift+G).</numerusform></translation>
    </message>
    <message>
        <source>%1 approved your letter "%2" (%3): it can be finalised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 returned your letter "%2" (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a letter in the list to see it here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Gui</name>
    <message>
        <source>Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store could not be opened:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store %1 is already open in Tilsynsklient: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store %1 could not be locked: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::HistorikkModell</name>
    <message>
        <source>here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letter finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetched from the central store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>synchronised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local changes discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaced by import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>journal entry registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>document written off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>documents written off on closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>milestone recorded with a finalised letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up: requirement and deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up: milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up: documentation received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up: reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up: corrected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::HistorikkVisning</name>
    <message>
        <source>All fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to the case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::HjelpVindu</name>
    <message>
        <source>User guide – Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::ImportForhaandsvisning</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cases: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the store, unchanged (skipped): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the store with other content: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing replaces these cases with the file's version (each replacement is saved in the audit trail and sent at the next sync). Finalised letters and closed follow-ups are not changed. Cancel imports nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields that would change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases that would change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import: every case in the file is already in the store, unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Replace %Ln case(s) and import</source>
        <translation>
            <numerusform>&amp;Replace %Ln case and import</numerusform><numerusform>&amp;Replace %Ln cases and import</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln case(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln case</numerusform><numerusform>&amp;Import %Ln cases</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::InnstillingerDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days after received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The editor reminds you to choose a handling method by this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"Due soon" lists the open cases whose deadline falls within this many days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Kari Nordmann</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. senior adviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 61 26 60 00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Ola Nordmann</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. head of section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose your office)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approving &amp;leader:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leader's t&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Program and office practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose handling method &amp;within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"Due soon" &amp;shows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case n&amp;umbers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome. Before you start, fill in your profile: your name, title, direct phone and office, and the leader who normally approves, are used in letters, in the case history and for "My cases". You can change them later in Edit ▸ Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approving leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leader's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty: the profile is used in letters and the case history, so every field must be filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tilsynsklient needs your profile before it can start: your name, title, phone and office are printed in every letter and recorded in the case history. Without it the program closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fill in the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Direct phone:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::JournalModell</name>
    <message>
        <source>Incoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal note (follow-up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered by letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered by telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken into account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Noted for information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (file: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – refused by the central store: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender / recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saksnummer yet (document %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::JournalPanel</name>
    <message>
        <source>The document was not registered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document was not marked answered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Henvendelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register incoming…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;answered…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case is open: open or create a case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an incoming document in the journal first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected document needs no write-off: select an unanswered incoming document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a document in the journal first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected journal entry has no file to open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::KonfliktBekreftelse</name>
    <message>
        <source>a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep what you wrote in «%1» for %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save your edited value in «%1» for %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep what %1 wrote in «%2» for %3?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This replaces what you wrote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This replaces what %1 wrote (%2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This replaces what %1 wrote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is lost: what you wrote stays in the case's history (History of this case…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is lost: what %1 wrote stays in the case's history (History of this case…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace what you wrote?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace what %1 wrote?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::MainWindow</name>
    <message>
        <source>Import cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not synchronised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The open case has unsaved changes. Save them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a draft received %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tilsynsklient was closed without saving changes to case %1 (last copy %2). Restore the unsaved changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes that need your decision after syncing – click to see them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the central store refused a change to this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[SAMPLE CASES – not your store] </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Tilsynsklient %1&lt;/h3&gt;&lt;p&gt;Supervision cases for the statsforvaltere: registering, deadlines, assessments, letters and follow-up.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case is open: choose one in the list or make a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your profile has no office. Choose yours in Edit ▸ Settings before registering a case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Load sample cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case is open: Alt+%1 goes to a page of an open case. Choose a case in the list (Down from the search field) or make a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to undo: no change has been made to the open case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to redo: no change has been undone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform><numerusform>%Ln conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform><numerusform>%Ln rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) of this case were also changed in the central store</source>
        <translation>
            <numerusform>%Ln field of this case were also changed in the central store</numerusform><numerusform>%Ln fields of this case were also changed in the central store</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform><numerusform>%Ln cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln case(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln case to %1</numerusform><numerusform>Exported %Ln cases to %1</numerusform></translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln new case(s) imported</source>
        <translation>
            <numerusform>%Ln new case imported</numerusform><numerusform>%Ln new cases imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) replaced</source>
        <translation>
            <numerusform>%Ln case replaced</numerusform><numerusform>%Ln cases replaced</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed case(s) kept as they were</source>
        <translation>
            <numerusform>%Ln changed case kept as they were</numerusform><numerusform>%Ln changed cases kept as they were</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) already the same</source>
        <translation>
            <numerusform>%Ln case already the same</numerusform><numerusform>%Ln cases already the same</numerusform></translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close sample cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample cases – not your cases. %1 closes them and takes you back to your own store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) is not available: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the case now differs from what is saved. Save (%2) to keep it so; the saved case is unchanged until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes the sample cases again: what was changed in them and the filter of their window go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sample cases are open in their own window. Close it first (%1 there): they cannot be made again under it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fresh sample cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case matches the filters: clear one to see more cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case matches “%1”: clear the search field or a filter to see more cases.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Mappevelger</name>
    <message>
        <source>The folder %1 could not be created. Check that you may write there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::ObjektListe</name>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change subject type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change written form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health personnel only: the authorisation as in the Health Personnel Register (e.g. doctor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subjects of supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject's na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address for letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys choose a subject, Enter goes to its form below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service &amp;level:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Org. no.:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H&amp;PR no.:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;uthorisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bject's postal address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub&amp;ject's written form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their date and ref. (&amp;quoted in letters):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only health personnel have an HPR number: choose the type Health personnel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only health personnel have an authorisation: choose the type Health personnel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a subject in the list first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::OppfolgingModell</name>
    <message>
        <source>%1 of %2 corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation received – to assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breach by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::OppfolgingVisning</name>
    <message>
        <source>Provision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the service must document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events of the selected breach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What shows that practice has changed and stays changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a follow-up in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft (no case number yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – follow-up started %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the service must document: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set requirement and deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation &amp;received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register rem&amp;inder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close f&amp;ollow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaches of the selected case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 – follow-up started %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What %1 must document: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description or evidence you typed is not registered. Close the window and discard it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clos&amp;e window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this window (Esc, Ctrl+W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case number, subject or status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the follow-ups whose case number, subject or status contains every word typed. Enter or Down goes to the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement set, deadline %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation received: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: %2, corrected %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no case number yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the follow-up of case %1 on %2? It closes the follow-up of these breaches:
%3

Nothing more can be registered in it afterwards. The case's decision date is not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lose follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The service's leadership is to be told in writing. Write the closing letter now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write closing letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sho&amp;w closed follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the closed follow-ups too, after the open ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Even&amp;ts of the selected follow-up:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events of the selected follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This follow-up was closed on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks first; then offers the closing letter to the service's leadership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a breach of the law in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The health professional is to be told in writing. Write the closing letter now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up of case %1 was closed on %2.

The service's leadership and the health professional are to be told in writing. Write the closing letter now?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln received</numerusform><numerusform>%Ln received</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::Ordsoek</name>
    <message>
        <source>%1 match what you typed: move to one with the arrow keys, or type more letters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::PartsbrevDialog</name>
    <message>
        <source>Decision letters for all parties – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – to %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open for review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save all as PDF drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save all as PDF drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One draft per party. Each holds only what that party may read: the avgjørelse to each subject its own assessments, the submitter the result and a short reason. Open each one, read it as the recipient will, and finalise it from the letter window. Save all as PDF drafts keeps every draft in the case, where the letter window finds it again, and writes each into a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: no draft was saved, neither in the case nor as a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved (no draft in the case, no file): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every party has its finalised decision letter; they are in the case's documents.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saving %Ln draft(s)…</source>
        <translation>
            <numerusform>Saving %Ln draft…</numerusform><numerusform>Saving %Ln drafts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in the case and as PDF files in %1.</source>
        <translation>
            <numerusform>Saved %Ln draft in the case and as PDF files in %1.</numerusform><numerusform>Saved %Ln drafts in the case and as PDF files in %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) as PDF files in %1. The case is not saved yet, so the drafts are not kept in it.</source>
        <translation>
            <numerusform>Saved %Ln draft as PDF files in %1. The case is not saved yet, so the drafts are not kept in it.</numerusform><numerusform>Saved %Ln drafts as PDF files in %1. The case is not saved yet, so the drafts are not kept in it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Already in the folder: %Ln file(s).</source>
        <translation>
            <numerusform>Already in the folder: %Ln file.</numerusform><numerusform>Already in the folder: %Ln files.</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::RapportModell</name>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open at start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open at end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0–30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>31–90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>91–182 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>183–365 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over 365 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BM %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::RegistreringDialog</name>
    <message>
        <source>E&amp;xempt from public access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register incoming document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dokument i tilsynssak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Public title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the document's file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt *.jpg *.png);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SakFilterLinje</name>
    <message>
        <source>Search case no., subject or summary (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All handling methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling not chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backlog: open cases past their deadline, serious cases first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handlin&amp;g:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases assigned to you (a case never assigned: yours if you are its caseworker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases a leader has not assigned to anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cases whose deadline falls within the next %Ln day(s), serious cases first</source>
        <translation>
            <numerusform>Cases whose deadline falls within the next %Ln day, serious cases first</numerusform><numerusform>Cases whose deadline falls within the next %Ln days, serious cases first</numerusform></translation>
    </message>
    <message>
        <source>My cases (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SakListeModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (met)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (met late)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deadline has passed and the milestone is not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject of supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose a method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose a method by %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>choose a method (%Ln day(s) late)</source>
        <translation>
            <numerusform>choose a method (%Ln day late)</numerusform><numerusform>choose a method (%Ln days late)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%Ln day overdue)</numerusform><numerusform>%1 (%Ln days overdue)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) left)</source>
        <translation>
            <numerusform>%1 (%Ln day left)</numerusform><numerusform>%1 (%Ln days left)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No deadline runs until a handling method is chosen; it then counts from the date received: 4 weeks (BM 1 and 2), 3 months (BM 3 and 4) or 6 months (BM 5). The office aims to choose the method within %Ln day(s) (Edit → Settings).</source>
        <translation>
            <numerusform>No deadline runs until a handling method is chosen; it then counts from the date received: 4 weeks (BM 1 and 2), 3 months (BM 3 and 4) or 6 months (BM 5). The office aims to choose the method within %Ln day (Edit → Settings).</numerusform><numerusform>No deadline runs until a handling method is chosen; it then counts from the date received: 4 weeks (BM 1 and 2), 3 months (BM 3 and 4) or 6 months (BM 5). The office aims to choose the method within %Ln days (Edit → Settings).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>report %1 (%Ln day(s) overdue)</source>
        <translation>
            <numerusform>report %1 (%Ln day overdue)</numerusform><numerusform>report %1 (%Ln days overdue)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>report %1 (%Ln day(s) left)</source>
        <translation>
            <numerusform>report %1 (%Ln day left)</numerusform><numerusform>report %1 (%Ln days left)</numerusform></translation>
    </message>
    <message>
        <source>The request was sent; the service's report is due by the date the request letter gave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SakRepository</name>
    <message>
        <source>the case number %1 is already used in this office by the case received %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case number %1 is already used in this office by the case received %2 about %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case cannot be closed until every incoming document is written off, or you say why not: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SakUtkast</name>
    <message>
        <source>Keep my unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Sakslistekolonner</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SaksnummerFelt</name>
    <message>
        <source>Letters have been finalised under this case number, so it cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office uses the central store's series: the case gets its number at the first sync (Edit → Settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office uses the central store's series: the number was assigned by it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned at the first sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY/N from the archive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SaksnummerkildeValg</name>
    <message>
        <source>Typed from the archive (works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The central store's series, at the first sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where this office's case numbers (YYYY/N) come from. A case without one can be worked on, but its letters cannot be finalised.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SendTilGodkjenningDialog</name>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All leaders of the office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the leader should look at (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft is frozen as it stands now. If you change it afterwards, it must be approved again. The leader sees it after the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SentralDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forget password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Central store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: saved only in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a password here, it comes from PGPASSWORD or ~/.pgpass, or from the keychain if saved there before. It is never stored in the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved connection could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the server certificate and its host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weaker: checks the certificate but not the host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weaker: the server is not verified, someone in between can read the cases. Use verify-full outside a test setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the host and the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. The central store has schema version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password for %1 is no longer in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other options: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password goes in the password field (saved in the keychain), not among the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A test is already running: wait for its result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A socket on this machine: no SSL is used, so this choice has no effect here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Skrivebord</name>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync c&amp;onflicts and rejected changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow-up of breaches…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start follow-&amp;up of this case's breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case is open: choose one in the list or make a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up of this case has already started (View → Follow-up of breaches…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision &amp;letters for all parties…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision letters belong to cases the statsforvalter investigates and decides (BM 5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register the case's outcome first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision letters for all parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters for a&amp;pproval…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assi&amp;gn this case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody: unassigned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History of this case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Assign case %1 to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every party has its finalised decision letter; they are in the case's documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up of this case was closed on %1 (View → Follow-up of breaches…, Show closed follow-ups).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up starts once the case is decided: finalise the last decision letter with the milestone “closed” ticked, or enter the date in Closed and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are sample cases for trying the program out: they are never synchronised with a central store.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Letters for a&amp;pproval (%n new answer(s))…</source>
        <translation>
            <numerusform>Letters for a&amp;pproval (%n new answer)…</numerusform><numerusform>Letters for a&amp;pproval (%n new answers)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Letters for a&amp;pproval (%n waiting)…</source>
        <translation>
            <numerusform>Letters for a&amp;pproval (%n waiting)…</numerusform><numerusform>Letters for a&amp;pproval (%n waiting)…</numerusform></translation>
    </message>
    <message>
        <source>Case %1 was assigned to you by %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to you: tick “My cases” (Alt+7).</source>
        <translation>
            <numerusform>%n case assigned to you: tick “My cases” (Alt+7).</numerusform><numerusform>%n cases assigned to you: tick “My cases” (Alt+7).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting for your approval: View ▸ Letters for approval (Ctrl+Shift+G).</source>
        <translation>
            <numerusform>%n letter waiting for your approval: View ▸ Letters for approval (Ctrl+Shift+G).</numerusform><numerusform>%n letters waiting for your approval: View ▸ Letters for approval (Ctrl+Shift+G).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) for approval</source>
        <translation>
            <numerusform>%n letter for approval</numerusform><numerusform>%n letters for approval</numerusform></translation>
    </message>
    <message>
        <source>Open the letters waiting for your approval (Ctrl+Shift+G).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Sperrelinje</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::StatistikkDiagram</name>
    <message>
        <source>Closed cases per handling method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share within deadline (target %1 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BM %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within deadline, %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target %1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::StatistikkVisning</name>
    <message>
        <source>All offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or &amp;period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases closed in %1: %2 · computed in %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export statistics as XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the statistics (Esc, Ctrl+W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to export: the statistics could not be computed (see the message above).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Stavekontroll</name>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 dictionary does not know these words of the letter: %2. Check them before finalising.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SynkProblemVisning</name>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same field was changed here and in the central store. The central store kept its value (theirs); yours is kept here. Choose what the case should say: the choice is saved as a new change of the case and sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before both changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs (central store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The central store refused these changes. They are kept here, and the case is not updated from the central store while one is waiting. When the cause is fixed (for example access to the office), send it again; or discard your changes to get the central store's version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard my changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts (%L1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected changes (%L1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no common version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the edited value cannot be read; write it in the same form as the values above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not resolved – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard my changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your changes to %1 that the central store refused are discarded, and the case goes back to the central store's version. The discarded changes stay in the case's history. Continue?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User involvement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered twice (%L1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose "Edit" above to write a value of your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose which value the case should keep first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a rejected change in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change was rejected by the central store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this window (Esc, Ctrl+W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::SynkStyring</name>
    <message>
        <source>Offline (no central store set up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing: sent %L1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing: received %L1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to date %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Syncing: archived %Ln letter(s)</source>
        <translation>
            <numerusform>Syncing: archived %Ln letter</numerusform><numerusform>Syncing: archived %Ln letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln conflict(s)</source>
        <translation>
            <numerusform> – %Ln conflict</numerusform><numerusform> – %Ln conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %Ln rejected</source>
        <translation>
            <numerusform> – %Ln rejected</numerusform><numerusform> – %Ln rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled – next sync in %Ln minute(s)</source>
        <translation>
            <numerusform>Sync cancelled – next sync in %Ln minute</numerusform><numerusform>Sync cancelled – next sync in %Ln minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline – next try in %Ln minute(s): %1</source>
        <translation>
            <numerusform>Offline – next try in %Ln minute: %1</numerusform><numerusform>Offline – next try in %Ln minutes: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline: central store unreachable – %Ln change(s) waiting – next try at %1</source>
        <translation>
            <numerusform>Offline: central store unreachable – %Ln change waiting – next try at %1</numerusform><numerusform>Offline: central store unreachable – %Ln changes waiting – next try at %1</numerusform></translation>
    </message>
    <message>
        <source>Offline: central store unreachable – next try at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Synkfremdrift</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the sync after the cases received so far; the next sync continues from there</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::TapteAvskrivningerSide</name>
    <message>
        <source>Mark as s&amp;een</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer (not kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept (central store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These incoming documents were marked answered both here and on another computer before either had synced. The central store keeps the answer it received first, and every computer now shows that one. Yours is listed here and kept in the case's history; if it was the right one, add a note or a letter to the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents answered twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a lost write-off in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No write-off was lost in a sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::TomListeMerknad</name>
    <message>
        <source>No cases match the search and the filters above.
Clear the search field or untick a filter to see more cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no cases in this store yet.
Register a case with Ctrl+N, or import cases from the File menu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Validering</name>
    <message>
        <source>office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subject type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>provision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subject %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown %1 «%2»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 «%2» does not belong to the sector «%3»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 «%2» is given more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written form must be «nb», «nn» or null, not «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date %1 is before the date received (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case must have at least one subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the subject has no id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id «%1» is used by another subject of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the subject has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service level applies only to the sector «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the organisation number «%1» is invalid (9 digits with a modulus 11 check digit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the HPR number «%1» must have 7–9 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>authorisation applies only to subjects of the type «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessed provisions belong only to handling method 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose the subject the provision is assessed against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>«%1» is not a subject of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a closed case with handling method 5 must have an outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an outcome belongs only to handling method 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CATALOGUE_WRITTEN_FORM</source>
        <extracomment>Not shown: "nb" in the bokmål translation, "nn" in the nynorsk one. The catalogue's names in these messages follow it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the provision «%1» cannot be assessed against the subject «%2», which is of the type «%3»; it applies to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the outcome «%1» requires at least one assessment concluding «%2»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the outcome «%1» cannot be chosen while an assessment concludes «%2»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tick at least one source (who the information came from)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded: tick that involving the patient/user has been considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id must be a UUID in lower case, not «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case number must have the form YYYY/N, not «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date received is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the handling method must be 1–5 (0 for historical cases)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>handling method 0 (the old guide) cannot be chosen for new cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date sent on belongs only to handling methods 2 and 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the meeting date belongs only to handling method 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report received belongs only to handling method 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an HPR number is for health personnel only: remove it, or choose the type helsepersonell</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::Vedlikehold</name>
    <message>
        <source>&amp;Back up store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;support information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tilsynsklient store (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save or undo the changes to the open case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tilsynsklient store (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace every case in this store with the content of the backup %1?

The backup is checked first. The current store is kept as a copy in the same folder. Changes made since the backup that were not synchronised are only in that copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store was restored from %1.
The previous store was kept as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is healthy: no problems found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support information copied: paste it into your message to support.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The check found %Ln problem(s). Send the details to support, or restore a backup.</source>
        <translation>
            <numerusform>The check found %Ln problem. Send the details to support, or restore a backup.</numerusform><numerusform>The check found %Ln problems. Send the details to support, or restore a backup.</numerusform></translation>
    </message>
</context>
<context>
    <name>tilsyn::Velkomst</name>
    <message>
        <source>Welcome to Tilsynsklient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no cases here yet. Start a new case, import cases from a JSON Lines file, or load the sample cases to look around.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a case in the list, or start a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Load sample cases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tilsyn::VurderingsListe</name>
    <message>
        <source>Provision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose provision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit reasoning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Provision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of the law, § or name to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed provisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose a conclusion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no provision)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reas&amp;oning (goes into the decision as written):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown provision «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not offered for this subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not a subject of the case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown conclusion «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an assessment in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a subject first, on the Parties page (Alt+2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concl&amp;usion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the case's sector first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the subject first: the provisions offered depend on its type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No provisions for «%1» in «%2» in the catalogue.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>