# Letters as the recipient reads them (issue 10, session 8): short reasons in the letter's målform,
# the finalised letter's viewer, document types and history labels in the UI's language.
T = {
 'In nynorsk. The assessment says: %1': ('På nynorsk. I vurderingen står det: %1', 'På nynorsk. I vurderinga står det: %1'),
 'In bokmål. The assessment says: %1': ('På bokmål. I vurderingen står det: %1', 'På bokmål. I vurderinga står det: %1'),
 'Short reason: %1': ('Kort begrunnelse: %1', 'Kort grunngiving: %1'),
 'Sh&ort reasons to the submitter, in nynorsk (the assessments are in bokmål)':
     ('Korte begrunnelser til innsen&deren, på nynorsk (vurderingene er skrevet på bokmål)',
      'Korte grunngiving&ar til innsendaren, på nynorsk (vurderingane er skrivne på bokmål)'),
 'Sh&ort reasons to the submitter, in bokmål (the assessments are in nynorsk)':
     ('Korte begrunnelser til innsen&deren, på bokmål (vurderingene er skrevet på nynorsk)',
      'Korte grunngiving&ar til innsendaren, på bokmål (vurderingane er skrivne på nynorsk)'),
 'Write the short reason for %1 (%2) in nynorsk first: the assessment is in bokmål, so it is not used in this letter.':
     ('Skriv først den korte begrunnelsen for %1 (%2) på nynorsk: vurderingen er skrevet på bokmål og brukes derfor ikke i dette brevet.',
      'Skriv først den korte grunngivinga for %1 (%2) på nynorsk: vurderinga er skriven på bokmål og blir difor ikkje brukt i dette brevet.'),
 'Write the short reason for %1 (%2) in bokmål first: the assessment is in nynorsk, so it is not used in this letter.':
     ('Skriv først den korte begrunnelsen for %1 (%2) på bokmål: vurderingen er skrevet på nynorsk og brukes derfor ikke i dette brevet.',
      'Skriv først den korte grunngivinga for %1 (%2) på bokmål: vurderinga er skriven på nynorsk og blir difor ikkje brukt i dette brevet.'),
 'Warning: the nynorsk dictionary does not know these words of the letter: %1. They are printed as typed.':
     ('Advarsel: Den nynorske ordboken kjenner ikke disse ordene i brevet: %1. De skrives ut slik de er skrevet.',
      'Åtvaring: Den nynorske ordboka kjenner ikkje desse orda i brevet: %1. Dei blir skrivne ut slik dei er skrivne.'),
 'Warning: the bokmål dictionary does not know these words of the letter: %1. They are printed as typed.':
     ('Advarsel: Bokmålsordboken kjenner ikke disse ordene i brevet: %1. De skrives ut slik de er skrevet.',
      'Åtvaring: Bokmålsordboka kjenner ikkje desse orda i brevet: %1. Dei blir skrivne ut slik dei er skrivne.'),
 'Checked: unchanged since it was finalised %1': ('Kontrollert: uendret siden ferdigstilling %1', 'Kontrollert: uendra sidan ferdigstillinga %1'),
 'SHA-256 of the stored letter: %1': ('SHA-256 for det lagrede brevet: %1', 'SHA-256 for det lagra brevet: %1'),
 'Save &as…': ('Lagre &som…', 'Lagra &som…'),
 'Follow-up started': ('Oppfølging startet', 'Oppfølging starta'),
 'Breaches followed up': ('Lovbrudd som følges opp', 'Lovbrot som blir følgde opp'),
 'Corrected on': ('Rettet', 'Retta'),
 'Documentation of the correction': ('Dokumentasjon på rettingen', 'Dokumentasjon på rettinga'),
 'follow-up: requirement and deadline': ('oppfølging: krav og frist satt', 'oppfølging: krav og frist sett'),
 'follow-up: milestone': ('oppfølging: milepæl', 'oppfølging: milepæl'),
 'follow-up: documentation received': ('oppfølging: dokumentasjon mottatt', 'oppfølging: dokumentasjon motteken'),
 'follow-up: reminder': ('oppfølging: purring sendt', 'oppfølging: purring send'),
 'follow-up: corrected': ('oppfølging: lovbrudd rettet', 'oppfølging: lovbrot retta'),
}
T.update({
 'No case is open: Alt+%1 goes to a page of an open case. Choose a case in the list (Down from the search field) or make a new one.':
     ('Ingen sak er åpen: Alt+%1 går til en side i en åpen sak. Velg en sak i listen (pil ned fra søkefeltet) eller lag en ny.',
      'Inga sak er open: Alt+%1 går til ei side i ei open sak. Vel ei sak i lista (pil ned frå søkjefeltet) eller lag ei ny.'),
})
