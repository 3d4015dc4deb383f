# Session 13, approval (helper godkj): people by name, answers after a sync, the caseworker's
# waiting letters, no sending without a central store. views/godkjenningsvindu.cpp,
# models/flyt/flytkoemodell.cpp, views/skrivebord.cpp, views/brevvisningferdig.cpp.
T = {
 "The office's leaders": ('Lederne i embetet', 'Leiarane i embetet'),
 'Sent to': ('Sendt til', 'Sendt til'),
 'Sent by me, &waiting': ('Sendt av meg, &venter', 'Sendt av meg, &ventar'),
 'My letters waiting for approval': ('Mine brev som venter på godkjenning', 'Mine brev som ventar på godkjenning'),
 'Letters for approval (%n)': (['Brev til godkjenning (%n)', 'Brev til godkjenning (%n)'],
                               ['Brev til godkjenning (%n)', 'Brev til godkjenning (%n)']),
 'A leader answered %n of your letters: see View ▸ Letters for approval (Ctrl+Shift+G).':
     (['En leder har svart på %n av brevene dine: se Vis ▸ Brev til godkjenning (Ctrl+Shift+G).',
       'En leder har svart på %n av brevene dine: se Vis ▸ Brev til godkjenning (Ctrl+Shift+G).'],
      ['Ein leiar har svart på %n av breva dine: sjå Vis ▸ Brev til godkjenning (Ctrl+Shift+G).',
       'Ein leiar har svart på %n av breva dine: sjå Vis ▸ Brev til godkjenning (Ctrl+Shift+G).']),
 '%1 approved your letter "%2" (%3): it can be finalised.':
     ('%1 har godkjent brevet ditt «%2» (%3): det kan ferdigstilles.',
      '%1 har godkjent brevet ditt «%2» (%3): det kan ferdigstillast.'),
 '%1 returned your letter "%2" (%3): %4':
     ('%1 har sendt tilbake brevet ditt «%2» (%3): %4', '%1 har sendt tilbake brevet ditt «%2» (%3): %4'),
 'Note from %1: %2': ('Merknad fra %1: %2', 'Merknad frå %1: %2'),
 'Letters for a&pproval (%n new answer(s))…':
     (['Brev til god&kjenning (%n nytt svar)…', 'Brev til god&kjenning (%n nye svar)…'],
      ['Brev til god&kjenning (%n nytt svar)…', 'Brev til god&kjenning (%n nye svar)…']),
 'No central store is set up (Edit ▸ Settings): leaders approve letters through it, so this letter cannot be sent for approval. Set up the central store, or turn approval off for an office without one.':
     ('Ingen sentral er satt opp (Rediger ▸ Innstillinger): ledere godkjenner brev gjennom den, så dette brevet kan '
      'ikke sendes til godkjenning. Sett opp sentralen, eller slå av godkjenning for et embete uten sentral.',
      'Ingen sentral er sett opp (Rediger ▸ Innstillingar): leiarar godkjenner brev gjennom han, så dette brevet kan '
      'ikkje sendast til godkjenning. Set opp sentralen, eller slå av godkjenning for eit embete utan sentral.'),
}
