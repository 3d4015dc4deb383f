# Letters per party (issue 10, session 7, helper brevparter): naming the innsender by choice,
# the finalised letter shown as stored, the Saksforhold only in the letter's målform, the
# journal's reference without a saksnummer.
T = {
 'Name the su&bmitter in this letter': ('Navngi innsenderen i &brevet', 'Namngje innsendaren i &brevet'),
 'Ne&w letter to this party': ('Nytt brev til &denne parten', 'Nytt brev til &denne parten'),
 'Off: the letter says "the submitter" (or "the patient", "the relative") instead of their name, also in its chronology.':
     ('Av: brevet skriver «innsenderen» (eller «pasienten», «pårørende») i stedet for navnet, også i saksgangen.',
      'Av: brevet skriv «innsendaren» (eller «pasienten», «pårørande») i staden for namnet, også i saksgangen.'),
 'This letter was finalised %1 by %2 and is shown as stored. To write another letter of this type to the same party, choose New letter to this party.':
     ('Dette brevet ble ferdigstilt %1 av %2 og vises slik det er lagret. Velg Nytt brev til denne parten for å skrive et nytt brev av denne typen til samme part.',
      'Dette brevet vart ferdigstilt %1 av %2 og blir vist slik det er lagra. Vel Nytt brev til denne parten for å skriva eit nytt brev av denne typen til same part.'),
 "Write the facts relied on (Saksforhold) in nynorsk first: the case's summary is in bokmål, so it is not used in this letter.":
     ('Skriv saksforholdet på nynorsk først: sammendraget i saken er på bokmål og brukes derfor ikke i dette brevet.',
      'Skriv saksforholdet på nynorsk først: samandraget i saka er på bokmål og blir difor ikkje brukt i dette brevet.'),
 "Write the facts relied on (Saksforhold) in bokmål first: the case's summary is in nynorsk, so it is not used in this letter.":
     ('Skriv saksforholdet på bokmål først: sammendraget i saken er på nynorsk og brukes derfor ikke i dette brevet.',
      'Skriv saksforholdet på bokmål først: samandraget i saka er på nynorsk og blir difor ikkje brukt i dette brevet.'),
 "The case's summary is in bokmål, so it is not used in this nynorsk letter: write the facts relied on here, in nynorsk.":
     ('Sammendraget i saken er på bokmål og brukes ikke i dette nynorskbrevet: skriv saksforholdet her, på nynorsk.',
      'Samandraget i saka er på bokmål og blir ikkje brukt i dette nynorskbrevet: skriv saksforholdet her, på nynorsk.'),
 "The case's summary is in nynorsk, so it is not used in this bokmål letter: write the facts relied on here, in bokmål.":
     ('Sammendraget i saken er på nynorsk og brukes ikke i dette bokmålsbrevet: skriv saksforholdet her, på bokmål.',
      'Samandraget i saka er på nynorsk og blir ikkje brukt i dette bokmålsbrevet: skriv saksforholdet her, på bokmål.'),
 'The finalised letter cannot be shown: %1': ('Det ferdigstilte brevet kan ikke vises: %1', 'Det ferdigstilte brevet kan ikkje visast: %1'),
 "Every party has its finalised decision letter; they are in the case's documents.":
     ('Alle parter har fått sitt ferdigstilte avgjørelsesbrev; brevene ligger i sakens dokumenter.',
      'Alle partar har fått det ferdigstilte avgjerdsbrevet sitt; breva ligg i dokumenta til saka.'),
 'No saksnummer yet (document %1)': ('Ikke saksnummer ennå (dokument %1)', 'Ikkje saksnummer enno (dokument %1)'),
}
