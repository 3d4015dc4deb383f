# A batch of letters: "Save all as PDF drafts" of the decision letters for all parties, on a worker
# thread with progress and Cancel, all or nothing (views/partsbrevdialog.cpp).
T = {
 'One draft per party. Each holds only what that party may read: the avgjørelse to each subject its own assessments, the submitter the result and a short reason. Open each one, read it as the recipient will, and finalise it from the letter window. Save all as PDF drafts keeps every draft in the case, where the letter window finds it again, and writes each into a folder.':
     ('Ett utkast per part. Hvert inneholder bare det den parten kan lese: avgjørelsen til hvert tilsynsobjekt '
      'bare vurderingene av det, innsenderen resultatet og en kort begrunnelse. Åpne hvert utkast, les det slik '
      'mottakeren vil lese det, og ferdigstill det fra brevvinduet. «Lagre alle som PDF-utkast» tar vare på hvert '
      'utkast i saken, der brevvinduet finner det igjen, og skriver hvert av dem til en mappe.',
      'Eitt utkast per part. Kvart inneheld berre det den parten kan lese: avgjerda til kvart tilsynsobjekt '
      'berre vurderingane av det, innsendaren resultatet og ei kort grunngiving. Opne kvart utkast, les det slik '
      'mottakaren vil lese det, og ferdigstill det frå brevvindauget. «Lagra alle som PDF-utkast» tek vare på kvart '
      'utkast i saka, der brevvindauget finn det att, og skriv kvart av dei til ei mappe.'),
 'Saving %Ln draft(s)…': (['Lagrer %Ln utkast…', 'Lagrer %Ln utkast…'], ['Lagrar %Ln utkast…', 'Lagrar %Ln utkast…']),
 'Cancelled: no draft was saved, neither in the case nor as a file.':
     ('Avbrutt: ingen utkast ble lagret, verken i saken eller som fil.',
      'Avbrote: ingen utkast vart lagra, verken i saka eller som fil.'),
 'Nothing was saved (no draft in the case, no file): %1':
     ('Ingenting ble lagret (ingen utkast i saken, ingen fil): %1',
      'Ingenting vart lagra (ingen utkast i saka, inga fil): %1'),
 'Saved %Ln draft(s) in the case and as PDF files in %1.':
     (['Lagret %Ln utkast i saken og som PDF-fil i %1.', 'Lagret %Ln utkast i saken og som PDF-filer i %1.'],
      ['Lagra %Ln utkast i saka og som PDF-fil i %1.', 'Lagra %Ln utkast i saka og som PDF-filer i %1.']),
 'Saved %Ln draft(s) as PDF files in %1. The case is not saved yet, so the drafts are not kept in it.':
     (['Lagret %Ln utkast som PDF-fil i %1. Saken er ikke lagret ennå, så utkastet er ikke tatt vare på i den.',
       'Lagret %Ln utkast som PDF-filer i %1. Saken er ikke lagret ennå, så utkastene er ikke tatt vare på i den.'],
      ['Lagra %Ln utkast som PDF-fil i %1. Saka er ikkje lagra enno, så utkastet er ikkje teke vare på i ho.',
       'Lagra %Ln utkast som PDF-filer i %1. Saka er ikkje lagra enno, så utkasta er ikkje tekne vare på i ho.']),
 'Already in the folder: %Ln file(s).':
     (['Finnes allerede i mappen: %Ln fil.', 'Finnes allerede i mappen: %Ln filer.'],
      ['Finst allereie i mappa: %Ln fil.', 'Finst allereie i mappa: %Ln filer.']),
 'Replace them?': ('Vil du erstatte dem?', 'Vil du erstatte dei?'),
}
