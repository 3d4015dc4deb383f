<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
    <name>tilsyn::Brevvisning</name>
    <message>
        <source>Exempt from public access (Unntatt offentlighet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise…</source>
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
        <source>Letter type</source>
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
        <source>Facts relied on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Further text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A finalised letter is stored in the case as it is now and can never be changed. Finalise?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not finalised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case has no saksnummer yet; drafts can be previewed and printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no case store is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter marks a milestone of the case. Record it with the letter's date?</source>
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
        <source>Danger to life or health, or abuse (prioritise)</source>
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
    <message numerus="yes">
        <source>This case has %n assessed provision(s). Changing the handling method away from 5 removes them and the outcome. Change anyway?</source>
        <translation>
            <numerusform>This case has %n assessed provision. Changing the handling method away from 5 removes them and the outcome. Change anyway?</numerusform><numerusform>This case has %n assessed provisions. Changing the handling method away from 5 removes them and the outcome. Change anyway?</numerusform></translation>
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
    <message numerus="yes">
        <source> – %n day(s) overdue</source>
        <translation>
            <numerusform> – %n day overdue</numerusform><numerusform> – %n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %n day(s) left</source>
        <translation>
            <numerusform> – %n day left</numerusform><numerusform> – %n days left</numerusform></translation>
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
    <message numerus="yes">
        <source>The case was not saved: %n problem(s) must be fixed first. Each is shown at its field.</source>
        <translation>
            <numerusform>The case was not saved: %n problem must be fixed first. Each is shown at its field.</numerusform><numerusform>The case was not saved: %n problems must be fixed first. Each is shown at its field.</numerusform></translation>
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
        <source>Consider a delay notice to the person who made the request (Print… → forsinkelsesmelding).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a handling method by %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> – %n day(s) late</source>
        <translation>
            <numerusform> – %n day late</numerusform><numerusform> – %n days late</numerusform></translation>
    </message>
    <message>
        <source>This case was changed in the central store while you edited it. Your unsaved changes are kept; these fields were changed there too and now show your version: %1</source>
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
        <source>Your profile</source>
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
        <source>S&amp;ynchronise now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow-up of breaches…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start follow-up of this case's breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: conflicts and rejected changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync c&amp;onflicts and rejected changes…</source>
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
    <message numerus="yes">
        <source>&amp;Replace %n case(s) and import</source>
        <translation>
            <numerusform>&amp;Replace %n case and import</numerusform><numerusform>&amp;Replace %n cases and import</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation>
            <numerusform>&amp;Import %n case</numerusform><numerusform>&amp;Import %n cases</numerusform></translation>
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
        <source>Your name, title, office and phone number are used in letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
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
        <source>Choose handling method within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"Due soon" shows:</source>
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
        <source>Load &amp;sample cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
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
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
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
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform><numerusform>Nothing was imported: the file has %n problems.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n case(s)</source>
        <translation>
            <numerusform>Imported %n case</numerusform><numerusform>Imported %n cases</numerusform></translation>
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
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform><numerusform>%n rejected</numerusform></translation>
    </message>
    <message>
        <source>Changes that need your decision after syncing – click to see them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) of this case were also changed in the central store</source>
        <translation>
            <numerusform>%n field of this case were also changed in the central store</numerusform><numerusform>%n fields of this case were also changed in the central store</numerusform></translation>
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
        <source>Org. no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HPR no.</source>
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
        <source>Address</source>
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
        <source>Set requirement and deadline</source>
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
        <source>Add milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register reminder</source>
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
        <source>Mark corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 – follow-up started %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a follow-up in the list.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform><numerusform>%n received</numerusform></translation>
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
        <source>&amp;My cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backlog: open cases past their deadline, serious cases first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due &amp;soon</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cases whose deadline falls within the next %n day(s), serious cases first</source>
        <translation>
            <numerusform>Cases whose deadline falls within the next %n day, serious cases first</numerusform><numerusform>Cases whose deadline falls within the next %n days, serious cases first</numerusform></translation>
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
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n day overdue)</numerusform><numerusform>%1 (%n days overdue)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform><numerusform>%1 (%n days left)</numerusform></translation>
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
</context>
<context>
    <name>tilsyn::SakUtkast</name>
    <message>
        <source>Keep my unsaved changes</source>
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
        <source>Export &amp;CSV…</source>
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
    <message numerus="yes">
        <source> – %n conflict(s)</source>
        <translation>
            <numerusform> – %n conflict</numerusform><numerusform> – %n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> – %n rejected</source>
        <translation>
            <numerusform> – %n rejected</numerusform><numerusform> – %n rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline – next try in %n minute(s): %1</source>
        <translation>
            <numerusform>Offline – next try in %n minute: %1</numerusform><numerusform>Offline – next try in %n minutes: %1</numerusform></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Syncing: archived %n letter(s)</source>
        <translation>
            <numerusform>Syncing: archived %n letter</numerusform><numerusform>Syncing: archived %n letters</numerusform></translation>
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
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load sample cases</source>
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
</context>
</TS>