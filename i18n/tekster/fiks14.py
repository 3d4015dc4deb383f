# Session 14, fiks: the tester's findings of issue 10 (offline status, the conflicts window).
T = {
    'Offline: central store unreachable – %Ln change(s) waiting – next try at %1':
        (['Frakoblet: sentralen kan ikke nås – %Ln endring venter – neste forsøk kl. %1',
          'Frakoblet: sentralen kan ikke nås – %Ln endringer venter – neste forsøk kl. %1'],
         ['Fråkopla: sentralen kan ikkje nåast – %Ln endring ventar – neste forsøk kl. %1',
          'Fråkopla: sentralen kan ikkje nåast – %Ln endringar ventar – neste forsøk kl. %1']),
    'Offline: central store unreachable – next try at %1':
        ('Frakoblet: sentralen kan ikke nås – neste forsøk kl. %1',
         'Fråkopla: sentralen kan ikkje nåast – neste forsøk kl. %1'),
}
T.update({
    'Theirs: %1, %2': ('Deres: %1, %2', 'Deira: %1, %2'),
    'Theirs: %1': ('Deres: %1', 'Deira: %1'),
})
T.update({
    # The conflicts window's Close button: its own accelerator (&Løs / &Edit: use L and E there).
    'Close &window': ('Lukk &vinduet', 'Lukk &vindauget'),
})
