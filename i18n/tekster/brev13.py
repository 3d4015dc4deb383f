# The letter window, session 13 (issue 10, a new caseworker's keyboard tryout): only the letter
# types that fit the case and the recipient (Brevvalg), and an avgjørelse's begrunnelser in the
# other målform written for the letter or confirmed before it is finalised.
T = {
 'This letter type does not fit the chosen recipient in the case as it stands: it is not made or finalised. Choose another letter type or recipient.':
     ('Denne brevtypen passer ikke til mottakeren som er valgt, slik saken står nå: brevet lages ikke og kan ikke ferdigstilles. Velg en annen brevtype eller mottaker.',
      'Denne brevtypen passar ikkje til mottakaren som er vald, slik saka står no: brevet blir ikkje laga og kan ikkje ferdigstillast. Vel ein annan brevtype eller mottakar.'),
 'Write the begrunnelse for %1 (%2) in nynorsk for this letter, or tick "Use the text as it stands" under it: the assessment is written in bokmål.':
     ('Skriv begrunnelsen for %1 (%2) på nynorsk for dette brevet, eller kryss av for «Bruk teksten slik den står» under den: vurderingen er skrevet på bokmål.',
      'Skriv grunngivinga for %1 (%2) på nynorsk for dette brevet, eller kryss av for «Bruk teksten slik han står» under ho: vurderinga er skriven på bokmål.'),
 'Write the begrunnelse for %1 (%2) in bokmål for this letter, or tick "Use the text as it stands" under it: the assessment is written in nynorsk.':
     ('Skriv begrunnelsen for %1 (%2) på bokmål for dette brevet, eller kryss av for «Bruk teksten slik den står» under den: vurderingen er skrevet på nynorsk.',
      'Skriv grunngivinga for %1 (%2) på bokmål for dette brevet, eller kryss av for «Bruk teksten slik han står» under ho: vurderinga er skriven på nynorsk.'),
 'The assessment, in bokmål: %1': ('Vurderingen, på bokmål: %1', 'Vurderinga, på bokmål: %1'),
 'The assessment, in nynorsk: %1': ('Vurderingen, på nynorsk: %1', 'Vurderinga, på nynorsk: %1'),
 'Begrunnelse: %1': ('Begrunnelse: %1', 'Grunngiving: %1'),
 'Use the text as it stands': ('Bruk teksten slik den står', 'Bruk teksten slik han står'),
 'Prints this begrunnelse in bokmål in the nynorsk letter, as it stands (e.g. a quotation).':
     ('Skriver denne begrunnelsen på bokmål i nynorskbrevet, slik den står (for eksempel et sitat).',
      'Skriv denne grunngivinga på bokmål i nynorskbrevet, slik ho står (til dømes eit sitat).'),
 'Prints this begrunnelse in nynorsk in the bokmål letter, as it stands (e.g. a quotation).':
     ('Skriver denne begrunnelsen på nynorsk i bokmålsbrevet, slik den står (for eksempel et sitat).',
      'Skriv denne grunngivinga på nynorsk i bokmålsbrevet, slik ho står (til dømes eit sitat).'),
 'Begrunnelser in this letter, in nynorsk (the assessments are in bokmål)':
     ('Begrunnelser i dette brevet, på nynorsk (vurderingene er skrevet på bokmål)',
      'Grunngivingar i dette brevet, på nynorsk (vurderingane er skrivne på bokmål)'),
 'Begrunnelser in this letter, in bokmål (the assessments are in nynorsk)':
     ('Begrunnelser i dette brevet, på bokmål (vurderingene er skrevet på nynorsk)',
      'Grunngivingar i dette brevet, på bokmål (vurderingane er skrivne på nynorsk)'),
}
