# Messages from the models that reached a nynorsk user in bokmål (a tryout, session 16):
# the duplicate case number and closing with open incoming documents (models/store/sakrepository.cpp),
# the warning before a copy of a decision to the innsender (models/letters/brevparter.cpp).
T = {
 'the case number %1 is already used in this office by the case received %2': ('saksnummeret %1 er allerede brukt i embetet av saken mottatt %2', 'saksnummeret %1 er alt brukt i embetet av saka motteken %2'),
 'the case number %1 is already used in this office by the case received %2 about %3': ('saksnummeret %1 er allerede brukt i embetet av saken mottatt %2 om %3', 'saksnummeret %1 er alt brukt i embetet av saka motteken %2 om %3'),
 'the case cannot be closed until every incoming document is written off, or you say why not: %1': ('saken kan ikke avsluttes før alle inngående dokumenter er avskrevet, eller du sier hvorfor ikke: %1', 'saka kan ikkje avsluttast før alle inngåande dokument er avskrivne, eller du seier kvifor ikkje: %1'),
 '%1 is not registered as the patient or user themself (source: %2). A copy of the decision to %3 may give them information they have no right to. Attach it only when they have a power of attorney or another basis; otherwise the innsender gets the result in a letter of their own.': ('%1 er ikke registrert som pasienten eller brukeren selv (kilde: %2). En kopi av avgjørelsen til %3 kan gi opplysninger de ikke har krav på. Legg den bare ved når de har fullmakt eller annet grunnlag; innsenderen får ellers resultatet i sitt eget brev.', '%1 er ikkje registrert som pasienten eller brukaren sjølv (kjelde: %2). Ein kopi av avgjerda til %3 kan gi opplysningar dei ikkje har krav på. Legg han berre ved når dei har fullmakt eller anna grunnlag; innsendaren får elles resultatet i sitt eige brev.'),
 'not given': ('ikke oppgitt', 'ikkje oppgitt'),
}
