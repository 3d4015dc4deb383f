# Issue 12 (session 5): avskrivninger the central store did not keep, and turning approval off.
T = {
 'Mark as s&een': ('Merk som s&ett', 'Merk som s&ett'),
 'Document': ('Dokument', 'Dokument'),
 'Your answer (not kept)': ('Din avskrivning (ikke beholdt)', 'Avskrivinga di (ikkje halden på)'),
 'Kept (central store)': ('Beholdt (sentralt lager)', 'Halden på (sentralt lager)'),
 "These incoming documents were marked answered both here and on another computer before either had synced. The central store keeps the answer it received first, and every computer now shows that one. Yours is listed here and kept in the case's history; if it was the right one, add a note or a letter to the case.":
  ('Disse inngående dokumentene ble avskrevet både her og på en annen maskin før noen av dem hadde synkronisert. Det sentrale lageret beholder avskrivningen det fikk først, og alle maskiner viser nå den. Din står her og er tatt vare på i sakens historikk; var den riktig, legg til et notat eller et brev i saken.',
   'Desse inngåande dokumenta vart avskrivne både her og på ei anna maskin før nokon av dei hadde synkronisert. Det sentrale lageret held på avskrivinga det fekk først, og alle maskinene viser no den. Di står her og er teken vare på i historikken til saka; var ho rett, legg til eit notat eller eit brev i saka.'),
 'Answered twice (%L1)': ('Avskrevet to ganger (%L1)', 'Avskriven to gonger (%L1)'),
 "Letters of some types need a leader's appro&val": ('Brev av enkelte typer må godkjennes av en lede&r', 'Brev av enkelte typar må godkjennast av ein leia&r'),
 'This office has a central store, where leaders approve letters in the system. Approval can be turned off only for an office without a central store.':
  ('Dette embetet har et sentralt lager, der ledere godkjenner brev i systemet. Godkjenning kan bare slås av for et embete uten sentralt lager.',
   'Dette embetet har eit sentralt lager, der leiarar godkjenner brev i systemet. Godkjenning kan berre slåast av for eit embete utan sentralt lager.'),
 'On: a letter of a type that needs approval is finalised only after a leader has approved it in the system, and its signature names that leader. Without a central store no one can approve, so turn this off if the office works without one.':
  ('På: et brev av en type som må godkjennes, ferdigstilles først når en leder har godkjent det i systemet, og signaturen nevner den lederen. Uten sentralt lager kan ingen godkjenne, så slå dette av hvis embetet arbeider uten.',
   'På: eit brev av ein type som må godkjennast, blir ferdigstilt først når ein leiar har godkjent det i systemet, og signaturen nemner den leiaren. Utan sentralt lager kan ingen godkjenne, så slå dette av om embetet arbeider utan.'),
 'Off: no letter type needs approval. Letters name only the caseworker, and none says it was approved electronically.':
  ('Av: ingen brevtype må godkjennes. Brevene nevner bare saksbehandleren, og ingen sier at det er elektronisk godkjent.',
   'Av: ingen brevtype må godkjennast. Breva nemner berre saksbehandlaren, og ingen seier at det er elektronisk godkjent.'),
 'Letter approval:': ('Godkjenning av brev:', 'Godkjenning av brev:'),
}
