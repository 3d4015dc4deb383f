# Session 14, assignment and approval notices (helper tildel): views/skrivebordtildeling.cpp.
T = {
 'Letters for a&pproval (%n waiting)…': (['Brev til god&kjenning (%n venter)…', 'Brev til god&kjenning (%n venter)…'],
                                         ['Brev til god&kjenning (%n ventar)…', 'Brev til god&kjenning (%n ventar)…']),
 'Case %1 was assigned to you by %2.': ('Sak %1 er fordelt til deg av %2.', 'Sak %1 er fordelt til deg av %2.'),
 '%n case(s) assigned to you: tick “My cases” (Alt+7).':
     (['%n sak er fordelt til deg: kryss av for «Mine saker» (Alt+7).',
       '%n saker er fordelt til deg: kryss av for «Mine saker» (Alt+7).'],
      ['%n sak er fordelt til deg: kryss av for «Mine saker» (Alt+7).',
       '%n saker er fordelte til deg: kryss av for «Mine saker» (Alt+7).']),
 '%n letter(s) waiting for your approval: View ▸ Letters for approval (Ctrl+Shift+G).':
     (['%n brev venter på godkjenningen din: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).',
       '%n brev venter på godkjenningen din: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).'],
      ['%n brev ventar på godkjenninga di: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).',
       '%n brev ventar på godkjenninga di: Vis ▸ Brev til godkjenning (Ctrl+Shift+G).']),
 '%n letter(s) for approval': (['%n brev til godkjenning', '%n brev til godkjenning'],
                               ['%n brev til godkjenning', '%n brev til godkjenning']),
 'Open the letters waiting for your approval (Ctrl+Shift+G).':
     ('Åpne brevene som venter på godkjenningen din (Ctrl+Shift+G).',
      'Opna breva som ventar på godkjenninga di (Ctrl+Shift+G).'),
 'Select a letter in the list to see it here.':
     ('Velg et brev i listen for å se det her.', 'Vel eit brev i lista for å sjå det her.'),
 'Sent for approval %1.': ('Sendt til godkjenning %1.', 'Sendt til godkjenning %1.'),
 "Off for now, because no central store is set up: no letter needs a leader's approval, and letters name only the caseworker. Will your office use a central store? Then leave this as it is: approval turns on by itself once the central store is set up (View ▸ Central store…), and leaders approve decisions in the system.":
     ('Av foreløpig, fordi det ikke er satt opp noe sentralt lager: ingen brev må godkjennes av en leder, og brevene '
      'nevner bare saksbehandleren. Skal embetet bruke et sentralt lager? La dette stå som det er: godkjenning slås '
      'på av seg selv når det sentrale lageret er satt opp (Vis ▸ Sentralt lager…), og lederne godkjenner avgjørelser '
      'i systemet.',
      'Av førebels, fordi det ikkje er sett opp noko sentralt lager: ingen brev må godkjennast av ein leiar, og breva '
      'nemner berre saksbehandlaren. Skal embetet bruke eit sentralt lager? La dette stå som det er: godkjenning blir '
      'slått på av seg sjølv når det sentrale lageret er sett opp (Vis ▸ Sentralt lager…), og leiarane godkjenner '
      'avgjerder i systemet.'),
 'A socket on this machine: no SSL is used, so this choice has no effect here.':
     ('En sokkel på denne maskinen: SSL brukes ikke, så dette valget virker ikke her.',
      'Ein sokkel på denne maskina: SSL blir ikkje brukt, så dette valet verkar ikkje her.'),
}
