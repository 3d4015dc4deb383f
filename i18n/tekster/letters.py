# Letters (views/brevvisning.*): the copy of a decision and its warning.
T = {
 'Copy to the person who made the request': ('Kopi til den som tok kontakt', 'Kopi til den som tok kontakt'),
 'Copy of a decision': ('Kopi av en avgjørelse', 'Kopi av ei avgjerd'),
 'Add the copy anyway?': ('Vil du likevel legge til kopien?', 'Vil du likevel leggje til kopien?'),
}

# Issue 11, session 4: Deres dato / Deres ref, the authorisation, decision letters for all parties.
T.update({
 'Authorisation': ('Autorisasjon', 'Autorisasjon'),
 'Their date': ('Deres dato', 'Dykkar dato'),
 'Their ref.': ('Deres ref.', 'Dykkar ref.'),
 'Their reference': ('Deres referanse', 'Dykkar referanse'),
 'Their date and ref.': ('Deres dato og ref.', 'Dykkar dato og ref.'),
 'Health personnel only: the authorisation as in the Health Personnel Register (e.g. doctor)':
     ('Bare for helsepersonell: autorisasjonen slik den står i Helsepersonellregisteret (f.eks. lege)',
      'Berre for helsepersonell: autorisasjonen slik han står i Helsepersonellregisteret (t.d. lege)'),
 "The date of this party's last letter (Deres dato)":
     ('Datoen på det siste brevet fra denne parten (Deres dato)', 'Datoen på det siste brevet frå denne parten (Dykkar dato)'),
 "The reference of this party's last letter (Deres ref.)":
     ('Referansen i det siste brevet fra denne parten (Deres ref.)', 'Referansen i det siste brevet frå denne parten (Dykkar ref.)'),
 'The date of the henvendelse (Deres dato in letters to the submitter)':
     ('Datoen på henvendelsen (Deres dato i brev til innsenderen)', 'Datoen på henvendinga (Dykkar dato i brev til innsendaren)'),
 "The henvendelse's own reference (Deres ref. in letters to the submitter)":
     ('Henvendelsens egen referanse (Deres ref. i brev til innsenderen)', 'Referansen til henvendinga (Dykkar ref. i brev til innsendaren)'),
 'Decision letters for all parties – %1': ('Avgjørelser til alle parter – %1', 'Avgjerder til alle partar – %1'),
 'One draft per party. Each holds only what that party may read: the avgjørelse to each subject its own assessments, the submitter the result and a short reason. Open each one, read it as the recipient will, and finalise it from the letter window.':
     ('Ett utkast per part. Hvert inneholder bare det den parten kan lese: avgjørelsen til hvert tilsynsobjekt '
      'bare vurderingene av det, innsenderen resultatet og en kort begrunnelse. Åpne hvert utkast, les det slik '
      'mottakeren vil lese det, og ferdigstill det fra brevvinduet.',
      'Eitt utkast per part. Kvart inneheld berre det den parten kan lese: avgjerda til kvart tilsynsobjekt '
      'berre vurderingane av det, innsendaren resultatet og ei kort grunngiving. Opne kvart utkast, les det slik '
      'mottakaren vil lese det, og ferdigstill det frå brevvindauget.'),
 '&Drafts:': ('&Utkast:', '&Utkast:'),
 '%1 – to %2 (%3)': ('%1 – til %2 (%3)', '%1 – til %2 (%3)'),
 '&Open for review…': ('&Åpne for gjennomlesing…', '&Opna for gjennomlesing…'),
 '&Save all as PDF drafts…': ('&Lagre alle som PDF-utkast…', '&Lagra alle som PDF-utkast…'),
 'Save all as PDF drafts': ('Lagre alle som PDF-utkast', 'Lagra alle som PDF-utkast'),
 'Saved %Ln draft(s) in %1.': (['Lagret %Ln utkast i %1.', 'Lagret %Ln utkast i %1.'],
                              ['Lagra %Ln utkast i %1.', 'Lagra %Ln utkast i %1.']),
 'Not all drafts were saved: %1': ('Ikke alle utkastene ble lagret: %1', 'Ikkje alle utkasta vart lagra: %1'),
 'Decision &letters for all parties…': ('Avgj&ørelser til alle parter…', 'Avgjerder til a&lle partar…'),
 'Decision letters belong to cases the statsforvalter investigates and decides (BM 5).':
     ('Avgjørelser hører til saker statsforvalteren utreder og avgjør (BM 5).',
      'Avgjerder høyrer til saker statsforvaltaren greier ut og avgjer (BM 5).'),
 "Register the case's outcome first.": ('Registrer utfallet av saken først.', 'Registrer utfallet av saka først.'),
 'Decision letters for all parties': ('Avgjørelser til alle parter', 'Avgjerder til alle partar'),
})
