<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Merk alt</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Trinn &amp;opp</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Trinn &amp;ned</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>False</source>
      <translation>Usann</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Åpne nedtrekkslisten</translation>
    </message>
    <message>
      <source>True</source>
      <translation>Sann</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Hva er dette?</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>&amp;Vis denne meldingen igjen</translation>
    </message>
    <message>
      <source>Critical Error:</source>
      <translation>Kritisk feil:</translation>
    </message>
    <message>
      <source>Debug Message:</source>
      <translation>Feilsøkingsmelding:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Fatal feil:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Informasjon:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Advarsel:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1-fil</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 finnes fra før.
Vil du erstatte den?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Velg</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Slett</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Ny mappe</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Åpne</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lagre</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Alle filer (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle filer (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Bytt til detaljert visning</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Bytt til listevisning</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Lag ny mappe</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Lag en ny mappe</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Detaljert visning</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Mapper</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Mappe:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Stasjon</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fil&amp;navn:</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Filer</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Filer av typen:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Finn mappe</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Fram</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Gå tilbake</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Gå fram</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Listevisning</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Steder og bokmerker</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Se i:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskinen</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Ny mappe</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åpne</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Overordnet mappe</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nylig brukte steder</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lagre som</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Snarvei</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Vis </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Vis s&amp;kjulte filer</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Sidestolpe</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Ukjent</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Datamaskin</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Sist endret</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Ugyldig filnavn</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskinen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Størrelse</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Skriv inn en verdi:</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Om Qt&lt;/h3&gt;&lt;p&gt;Dette programmet bruker Qt versjon %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Om Qt</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Skjul detaljer …</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Vis detaljer …</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nei</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Bruk</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Forkast</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hjelp</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Nei til a&amp;lle</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åpne</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Tilbakestill</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Gjenopprett standard</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Prøv igjen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lagre alle</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ja til &amp;alle</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Bunn</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Venstre kant</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Side ned</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Side til venstre</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Side til høyre</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Side opp</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Høyre kant</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Rull ned</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Rull hit</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Rull til venstre</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Rull til høyre</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Rull opp</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Topp</translation>
    </message>
  </context>
  <context>
    <name>QUndoGroup</name>
    <message>
      <source>Redo</source>
      <translation>Gjør om</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Gjør om %1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Angre</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Angre %1</translation>
    </message>
  </context>
  <context>
    <name>QUndoModel</name>
    <message>
      <source>&lt;empty&gt;</source>
      <translation>&lt;tom&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUndoStack</name>
    <message>
      <source>Redo</source>
      <translation>Gjør om</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Gjør om %1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Angre</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Angre %1</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
</TS>