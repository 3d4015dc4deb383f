# Qt's print, print preview and page setup dialogs in bokmål (read by lag_qtbase_nb.py).
RETNING = {
 'Left to Right, Top to Bottom': 'Venstre til høyre – topp til bunn',
 'Right to Left, Bottom to Top': 'Høyre til venstre – bunn til topp',
 'Left to Right, Bottom to Top': 'Venstre til høyre – bunn til topp',
 'Right to Left, Top to Bottom': 'Høyre til venstre – topp til bunn',
 'Bottom to Top, Left to Right': 'Bunn til topp – venstre til høyre',
 'Bottom to Top, Right to Left': 'Bunn til topp – høyre til venstre',
 'Top to Bottom, Left to Right': 'Topp til bunn – venstre til høyre',
 'Top to Bottom, Right to Left': 'Topp til bunn – høyre til venstre',
}
NB = {
 'QPrintDialog': dict(RETNING, **{
  'OK': 'OK', 'Even Pages': 'Partallssider', 'Odd Pages': 'Oddetallssider', 'Print': 'Skriv ut',
  '&Options <<': '&Valg <<', '&Options >>': '&Valg >>', 'Write PDF file': 'Skriv til PDF-fil',
  '&Print': '&Skriv ut', '1 (1x1)': '1 (1 × 1)', '2 (2x1)': '2 (2 × 1)', '4 (2x2)': '4 (2 × 2)',
  '6 (2x3)': '6 (2 × 3)', '9 (3x3)': '9 (3 × 3)', '16 (4x4)': '16 (4 × 4)',
  "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those options off.":
   'Valgene «Sider per ark» og «Sidesett» kan ikke brukes sammen.\nSlå av ett av dem.',
  '%1 already exists.\nDo you want to overwrite it?': '%1 finnes fra før.\nVil du skrive over den?',
  'Local file': 'Lokal fil',
  'There are conflicts in duplex settings. Do you want to fix them?':
   'Innstillingene for tosidig utskrift er i konflikt. Vil du rette dem?',
  'Print to File (PDF)': 'Skriv til fil (PDF)', 'Print To File ...': 'Skriv til fil …',
  'Invalid Pages Definition': 'Ugyldig sideangivelse',
  "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.":
   '%1 har feil form. Skill sider og sideområder med «,», angi områder med «-», og pass på at områdene ikke overlapper.',
  "The 'From' value cannot be greater than the 'To' value.": '«Fra» kan ikke være større enn «til».',
  'All Pages': 'Alle sider', 'Duplex Settings Conflicts': 'Konflikt i tosidig utskrift',
  '%1 is a directory.\nPlease choose a different file name.': '%1 er en mappe.\nVelg et annet filnavn.',
  'File %1 is not writable.\nPlease choose a different file name.': 'Filen %1 kan ikke skrives.\nVelg et annet filnavn.',
 }),
 'QPrintSettingsOutput': {
  'to': 'til', 'Off': 'Av', 'Form': 'Skjema', 'Color': 'Farger', 'Print all': 'Skriv ut alt',
  'Pages': 'Sider', 'Current Page': 'Denne siden', 'Selection': 'Utvalg', 'Copies': 'Eksemplarer',
  'Print range': 'Utskriftsområde', 'Color Mode': 'Fargemodus', 'Options': 'Valg',
  'Output Settings': 'Utskriftsvalg', 'Reverse': 'Baklengs', 'Grayscale': 'Gråtoner', 'Collate': 'Sorter',
  'Copies:': 'Eksemplarer:', 'Short side binding': 'Innbinding på kortsiden',
  'Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.':
   'Angi sider eller sideområder skilt med komma. Et område er to sidetall med bindestrek mellom. For eksempel skriver «3,5-7,9» ut sidene 3, 5, 6, 7 og 9.',
  'Pages from': 'Sider fra', 'Double Sided Printing': 'Tosidig utskrift', 'Page Set:': 'Sidesett:',
  'Long side binding': 'Innbinding på langsiden',
 },
 'QPrintPreviewDialog': {
  '%1%': '%1 %', 'Print Preview': 'Forhåndsvisning', 'Print': 'Skriv ut', 'Fit page': 'Tilpass til siden',
  'Zoom in': 'Forstørr', 'Landscape': 'Liggende', 'Zoom out': 'Forminsk', 'Fit width': 'Tilpass til bredden',
  'Portrait': 'Stående', 'Page Setup': 'Sideoppsett', 'Page setup': 'Sideoppsett',
  'Show overview of all pages': 'Vis oversikt over alle sidene', 'First page': 'Første side',
  'Last page': 'Siste side', 'Show single page': 'Vis én side', 'Export to PDF': 'Eksporter til PDF',
  'Previous page': 'Forrige side', 'Next page': 'Neste side', 'Show facing pages': 'Vis oppslag',
 },
 'QPrintWidget': {
  '...': '…', 'Form': 'Skjema', 'Type:': 'Type:', '&Name:': '&Navn:', 'Output &file:': 'Ut&fil:',
  'P&roperties': '&Egenskaper', 'Preview': 'Forhåndsvis', 'Printer': 'Skriver', 'Location:': 'Sted:',
 },
 'QCupsJobWidget': {
  'Job': 'Jobb', 'End:': 'Slutt:', 'None': 'Ingen', 'Banner Pages': 'Bannersider',
  'Night (18:00 to 05:59)': 'Natt (18:00 til 05:59)', 'Specific Time': 'Bestemt tidspunkt',
  'Billing information:': 'Faktureringsinformasjon:', 'Scheduled printing:': 'Planlagt utskrift:',
  'Secret': 'Hemmelig', 'Top Secret': 'Strengt hemmelig', 'Start:': 'Start:',
  'Day (06:00 to 17:59)': 'Dag (06:00 til 17:59)', 'Second Shift (16:00 to 23:59)': 'Andre skift (16:00 til 23:59)',
  'Job Control': 'Jobbkontroll', 'Weekend (Saturday to Sunday)': 'Helg (lørdag og søndag)',
  'Standard': 'Standard', 'Classified': 'Gradert', 'Third Shift (00:00 to 07:59)': 'Tredje skift (00:00 til 07:59)',
  'Hold Indefinitely': 'Hold tilbake på ubestemt tid', 'Print Immediately': 'Skriv ut med en gang',
  'Confidential': 'Konfidensielt', 'Job priority:': 'Jobbprioritet:', 'Unclassified': 'Ugradert',
 },
 'QPrintPropertiesWidget': {
  'Form': 'Skjema', 'Page': 'Side', 'There are conflicts in some options. Please fix them.':
   'Noen valg er i konflikt. Rett dem.', 'Advanced': 'Avansert',
 },
 'QPrintPropertiesDialog': {
  'Advanced Option Conflicts': 'Konflikt i avanserte valg', 'Job Options': 'Jobbvalg',
  'Page Setup Conflicts': 'Konflikt i sideoppsett',
  'There are conflicts in some advanced options. Do you want to fix them?': 'Noen avanserte valg er i konflikt. Vil du rette dem?',
  'There are conflicts in page setup options. Do you want to fix them?': 'Valgene for sideoppsett er i konflikt. Vil du rette dem?',
  'Printer Properties': 'Skriveregenskaper',
 },
 'QPageSetupWidget': {
  'CC': 'CC', 'DD': 'DD', 'in': 'in', 'mm': 'mm', 'pt': 'pt', 'P̸': 'P̸', 'Form': 'Skjema',
  'bottom margin': 'bunnmarg', 'Paper': 'Papir', 'Paper source:': 'Papirkilde:', 'right margin': 'høyremarg',
  'Pica (P̸)': 'Pica (P̸)', 'Margins': 'Marger', 'Custom': 'Tilpasset', 'Landscape': 'Liggende',
  'Page Layout': 'Sideoppsett', 'Width:': 'Bredde:', 'Orientation': 'Retning', 'Didot (DD)': 'Didot (DD)',
  'Portrait': 'Stående', 'Page order:': 'Siderekkefølge:', 'top margin': 'toppmarg',
  'left margin': 'venstremarg', 'Page size:': 'Sidestørrelse:', 'Cicero (CC)': 'Cicero (CC)',
  'Reverse portrait': 'Omvendt stående', 'Millimeters (mm)': 'Millimeter (mm)', 'Points (pt)': 'Punkter (pt)',
  'Pages per sheet:': 'Sider per ark:', 'Inches (in)': 'Tommer (in)', 'Reverse landscape': 'Omvendt liggende',
  'Height:': 'Høyde:',
 },
}
