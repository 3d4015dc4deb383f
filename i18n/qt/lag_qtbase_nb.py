#!/usr/bin/env python3
"""Writes i18n/qt/qtbase_nb.ts: Qt's own texts in bokmål, for the dialogs, buttons and context
menus the program shows (Qt ships no qtbase_nb; nynorsk uses the system's qtbase_nn).
Sources and contexts are Qt's (seen with: lconvert -i /usr/share/qt6/translations/qtbase_nn.qm).
Run: python3 i18n/qt/lag_qtbase_nb.py"""
import xml.etree.ElementTree as ET
from pathlib import Path

FELLES_TEKST = {  # QLineEdit and QWidgetTextControl (QTextEdit) share their context menu
    'Cu&t': 'Klipp &ut', '&Copy': '&Kopier', '&Redo': '&Gjør om', '&Undo': '&Angre',
    '&Paste': '&Lim inn', 'Delete': 'Slett', 'Select All': 'Merk alt',
}

NB = {
 'QPlatformTheme': {
  'OK': 'OK', '&No': '&Nei', '&Yes': '&Ja', 'Help': 'Hjelp', 'Open': 'Åpne', 'Save': 'Lagre',
  'Abort': 'Avbryt', 'Apply': 'Bruk', 'Close': 'Lukk', 'Reset': 'Tilbakestill', 'Retry': 'Prøv igjen',
  'Restore Defaults': 'Gjenopprett standard', 'Cancel': 'Avbryt', 'Ignore': 'Ignorer',
  'N&o to All': 'Nei til a&lle', 'Save All': 'Lagre alle', 'Discard': 'Forkast', 'Yes to &All': 'Ja til &alle',
 },
 'QDialogButtonBox': {'OK': 'OK'},
 'QMessageBox': {
  'Show Details...': 'Vis detaljer …', 'Hide Details...': 'Skjul detaljer …', 'About Qt': 'Om Qt',
  '<h3>About Qt</h3><p>This program uses Qt version %1.</p>': '<h3>Om Qt</h3><p>Dette programmet bruker Qt versjon %1.</p>',
 },
 'QLineEdit': FELLES_TEKST,
 'QWidgetTextControl': dict(FELLES_TEKST, **{'Copy &Link Location': 'Kopier &lenkeadresse'}),
 'QAbstractSpinBox': {'Step &down': 'Trinn &ned', '&Step up': 'Trinn &opp', '&Select All': '&Merk alt'},
 'QUndoStack': {'Redo': 'Gjør om', 'Undo': 'Angre', 'Redo %1': 'Gjør om %1', 'Undo %1': 'Angre %1'},
 'QUndoGroup': {'Redo': 'Gjør om', 'Undo': 'Angre', 'Redo %1': 'Gjør om %1', 'Undo %1': 'Angre %1'},
 'QUndoModel': {'<empty>': '<tom>'},
 'QProgressDialog': {'Cancel': 'Avbryt'},
 'QInputDialog': {'Enter a value:': 'Skriv inn en verdi:'},
 'QDialog': {"What's This?": 'Hva er dette?'},
 'QComboBox': {'True': 'Sann', 'False': 'Usann', 'Open the combo box selection popup': 'Åpne nedtrekkslisten'},
 'QErrorMessage': {
  '&OK': '&OK', 'Fatal Error:': 'Fatal feil:', '&Show this message again': '&Vis denne meldingen igjen',
  'Critical Error:': 'Kritisk feil:', 'Information:': 'Informasjon:', 'Debug Message:': 'Feilsøkingsmelding:',
  'Warning:': 'Advarsel:',
 },
 'QScrollBar': {
  'Top': 'Topp', 'Scroll down': 'Rull ned', 'Scroll here': 'Rull hit', 'Scroll left': 'Rull til venstre',
  'Bottom': 'Bunn', 'Page up': 'Side opp', 'Page right': 'Side til høyre', 'Scroll up': 'Rull opp',
  'Scroll right': 'Rull til høyre', 'Left edge': 'Venstre kant', 'Page down': 'Side ned',
  'Page left': 'Side til venstre', 'Right edge': 'Høyre kant',
 },
 'QFileSystemModel': {
  'Kind': 'Type', 'Name': 'Navn', 'Size': 'Størrelse', 'Type': 'Type', 'My Computer': 'Datamaskinen',
  'Computer': 'Datamaskin', 'Invalid filename': 'Ugyldig filnavn', 'Date Modified': 'Sist endret',
  '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters or no punctuation marks.':
   '<b>Navnet «%1» kan ikke brukes.</b><p>Prøv et annet navn, med færre tegn eller uten skilletegn.',
 },
 'QFileDialog': {
  'Back': 'Tilbake', 'File': 'Fil', 'Open': 'Åpne', '&Open': '&Åpne', '&Save': '&Lagre', 'Alias': 'Alias',
  'Drive': 'Stasjon', 'Files': 'Filer', 'Show ': 'Vis ',
  "'%1' is write protected.\nDo you want to delete it anyway?": '«%1» er skrivebeskyttet.\nVil du slette den likevel?',
  "Are you sure you want to delete '%1'?": 'Er du sikker på at du vil slette «%1»?',
  'List of places and bookmarks': 'Steder og bokmerker', 'File &name:': 'Fil&navn:',
  'Alt+Left': 'Alt+Left', 'Alt+Up': 'Alt+Up', 'Alt+Right': 'Alt+Right',  # key names Qt parses 'File Folder': 'Filmappe',
  'Delete': 'Slett', 'New Folder': 'Ny mappe', 'Folder': 'Mappe', 'Parent Directory': 'Overordnet mappe',
  '&New Folder': '&Ny mappe', 'Remove': 'Fjern', 'My Computer': 'Datamaskinen', 'Look in:': 'Se i:',
  'Create a New Folder': 'Lag en ny mappe', '%1 File': '%1-fil', 'Files of type:': 'Filer av typen:',
  'Find Directory': 'Finn mappe', 'Show &hidden files': 'Vis s&kjulte filer', 'Save As': 'Lagre som',
  '%1\nDirectory not found.\nPlease verify the correct directory name was given.':
   '%1\nFant ikke mappen.\nKontroller at mappenavnet er riktig.',
  'Sidebar': 'Sidestolpe', 'List View': 'Listevisning', '&Choose': '&Velg', '&Delete': '&Slett',
  'All files (*)': 'Alle filer (*)', 'All Files (*)': 'Alle filer (*)', 'Directories': 'Mapper',
  '&Rename': '&Gi nytt navn', 'Could not delete directory.': 'Kunne ikke slette mappen.',
  'Directory:': 'Mappe:', 'Unknown': 'Ukjent',
  '%1 already exists.\nDo you want to replace it?': '%1 finnes fra før.\nVil du erstatte den?',
  'Forward': 'Fram', 'Go forward': 'Gå fram', 'Go to the parent directory': 'Gå til overordnet mappe',
  'Recent Places': 'Nylig brukte steder', 'Go back': 'Gå tilbake',
  'Change to detail view mode': 'Bytt til detaljert visning', 'Create New Folder': 'Lag ny mappe',
  'Shortcut': 'Snarvei', 'Detail View': 'Detaljert visning',
  '%1\nFile not found.\nPlease verify the correct file name was given.': '%1\nFant ikke filen.\nKontroller at filnavnet er riktig.',
  'Change to list view mode': 'Bytt til listevisning',
 },
}

# More contexts (print dialogs, page setup) live in tabeller_*.py beside this file.
# Texts Qt's own qtbase_nn lacks, in nynorsk (qtbase_nn_tillegg.ts, loaded after it).
NN = {}
for fil in sorted(Path(__file__).parent.glob('tabeller_*.py')):
    ns = {}
    exec(compile(fil.read_text(encoding='utf-8'), str(fil), 'exec'), ns)
    for kontekst, tekster in ns['NB'].items():
        NB.setdefault(kontekst, {}).update(tekster)
    for kontekst, tekster in ns.get('NN', {}).items():
        NN.setdefault(kontekst, {}).update(tekster)


def skriv(sti, tabell=NB, spraak='nb_NO'):
    """A key is a source text, or (source, Qt's disambiguation comment)."""
    ts = ET.Element('TS', version='2.1', language=spraak)
    noekkel = lambda k: k if isinstance(k, tuple) else (k, '')
    for kontekst in sorted(tabell):
        k = ET.SubElement(ts, 'context')
        ET.SubElement(k, 'name').text = kontekst
        for kilde in sorted(tabell[kontekst], key=noekkel):
            tekst, kommentar = noekkel(kilde)
            m = ET.SubElement(k, 'message')
            ET.SubElement(m, 'source').text = tekst
            if kommentar:
                ET.SubElement(m, 'comment').text = kommentar
            ET.SubElement(m, 'translation').text = tabell[kontekst][kilde]
    ET.indent(ts)
    ET.ElementTree(ts).write(sti, encoding='utf-8', xml_declaration=True)


if __name__ == '__main__':
    skriv(Path(__file__).parent / 'qtbase_nb.ts')
    skriv(Path(__file__).parent / 'qtbase_nn_tillegg.ts', NN, 'nn_NO')
