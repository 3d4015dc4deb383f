# The letter window, session 12 (issue 10, a new caseworker's keyboard tryout): the milestone the
# store would refuse, the finalised letter's own actions, a recipient without a registered
# målform, the basis of Unntatt offentlighet.
T = {
 'The case has an error to correct before a letter is finalised: %1':
     ('Saken har en feil som må rettes før et brev ferdigstilles: %1',
      'Saka har ein feil som må rettast før eit brev vert ferdigstilt: %1'),
 'The milestone “%1” cannot be recorded with this letter: %2. The letter can be finalised without it; record the milestone in the case once that is put right.':
     ('Milepælen «%1» kan ikke registreres med dette brevet: %2. Brevet kan ferdigstilles uten den; registrer milepælen i saken når det er rettet.',
      'Milepælen «%1» kan ikkje registrerast med dette brevet: %2. Brevet kan ferdigstillast utan han; registrer milepælen i saka når det er retta.'),
 "The recipient's målform is unknown, and the case's texts do not show one: bokmål is chosen. Change it if the recipient should have nynorsk.":
     ('Mottakerens målform er ukjent, og sakens tekster viser ingen: bokmål er valgt. Endre den hvis mottakeren skal ha nynorsk.',
      'Målforma til mottakaren er ukjend, og teksta i saka viser inga: bokmål er vald. Endra ho dersom mottakaren skal ha nynorsk.'),
 "The recipient's målform is unknown; nynorsk proposed because the begrunnelser are written in nynorsk.":
     ('Mottakerens målform er ukjent; foreslått nynorsk fordi begrunnelsene er skrevet på nynorsk.',
      'Målforma til mottakaren er ukjend; føreslått nynorsk fordi grunngivingane er skrivne på nynorsk.'),
 "The recipient's målform is unknown; bokmål proposed because the begrunnelser are written in bokmål.":
     ('Mottakerens målform er ukjent; foreslått bokmål fordi begrunnelsene er skrevet på bokmål.',
      'Målforma til mottakaren er ukjend; føreslått bokmål fordi grunngivingane er skrivne på bokmål.'),
 "The recipient's målform is unknown; nynorsk proposed because the summary is written in nynorsk.":
     ('Mottakerens målform er ukjent; foreslått nynorsk fordi sammendraget er skrevet på nynorsk.',
      'Målforma til mottakaren er ukjend; føreslått nynorsk fordi samandraget er skrive på nynorsk.'),
 "The recipient's målform is unknown; bokmål proposed because the summary is written in bokmål.":
     ('Mottakerens målform er ukjent; foreslått bokmål fordi sammendraget er skrevet på bokmål.',
      'Målforma til mottakaren er ukjend; føreslått bokmål fordi samandraget er skrive på bokmål.'),
 "The recipient's målform is unknown; nynorsk proposed because the begrunnelser and the summary are written in nynorsk.":
     ('Mottakerens målform er ukjent; foreslått nynorsk fordi begrunnelsene og sammendraget er skrevet på nynorsk.',
      'Målforma til mottakaren er ukjend; føreslått nynorsk fordi grunngivingane og samandraget er skrivne på nynorsk.'),
 "The recipient's målform is unknown; bokmål proposed because the begrunnelser and the summary are written in bokmål.":
     ('Mottakerens målform er ukjent; foreslått bokmål fordi begrunnelsene og sammendraget er skrevet på bokmål.',
      'Målforma til mottakaren er ukjend; føreslått bokmål fordi grunngivingane og samandraget er skrivne på bokmål.'),
 "The recipient's målform is unknown; nynorsk proposed because most of the case's texts are written in nynorsk.":
     ('Mottakerens målform er ukjent; foreslått nynorsk fordi det meste av sakens tekster er skrevet på nynorsk.',
      'Målforma til mottakaren er ukjend; føreslått nynorsk fordi det meste av teksta i saka er skrive på nynorsk.'),
 "The recipient's målform is unknown; bokmål proposed because most of the case's texts are written in bokmål.":
     ('Mottakerens målform er ukjent; foreslått bokmål fordi det meste av sakens tekster er skrevet på bokmål.',
      'Målforma til mottakaren er ukjend; føreslått bokmål fordi det meste av teksta i saka er skrive på bokmål.'),
 'Basis: %1': ('Hjemmel: %1', 'Heimel: %1'),
 'Letters in a tilsynssak hold data on health, family or social conditions that are confidential (fvl. § 13 first paragraph no. 1), so they are exempt from public access under offl. § 13: marked with this basis and archived with a public title without personal data. Untick only for a letter without such data.':
     ('Brev i en tilsynssak inneholder opplysninger om helse, familie eller sosiale forhold som er underlagt taushetsplikt (fvl. § 13 første ledd nr. 1). Derfor er de unntatt offentlighet etter offl. § 13: de merkes med denne hjemmelen og arkiveres med en offentlig tittel uten personopplysninger. Fjern krysset bare for et brev uten slike opplysninger.',
      'Brev i ei tilsynssak inneheld opplysningar om helse, familie eller sosiale forhold som er underlagde teieplikt (fvl. § 13 første ledd nr. 1). Difor er dei unnatekne frå offentlegheit etter offl. § 13: dei blir merkte med denne heimelen og arkiverte med ein offentleg tittel utan personopplysningar. Fjern krysset berre for eit brev utan slike opplysningar.'),
 'Save the fina&lised PDF…': ('Lagre ferdig &PDF…', 'Lagra ferdig &PDF…'),
 'Save the finalised PDF': ('Lagre ferdig PDF', 'Lagra ferdig PDF'),
 'This letter is finalised and shown as stored: save it with "Save the finalised PDF…" or print it; use "New letter to this party" to write another.':
     ('Brevet er ferdigstilt og vises slik det er lagret: lagre det med «Lagre ferdig PDF…» eller skriv det ut; velg «Nytt brev til denne parten» for å skrive et nytt.',
      'Brevet er ferdigstilt og blir vist slik det er lagra: lagra det med «Lagra ferdig PDF…» eller skriv det ut; vel «Nytt brev til denne parten» for å skriva eit nytt.'),
 'The preview shows the letter as finalised: save it with "Save the finalised PDF…" or print it. Change the draft to make another letter.':
     ('Forhåndsvisningen viser brevet slik det ble ferdigstilt: lagre det med «Lagre ferdig PDF…» eller skriv det ut. Endre utkastet for å lage et nytt brev.',
      'Førehandsvisinga viser brevet slik det vart ferdigstilt: lagra det med «Lagra ferdig PDF…» eller skriv det ut. Endra utkastet for å laga eit nytt brev.'),
}
