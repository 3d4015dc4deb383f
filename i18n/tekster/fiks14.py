# Session 14, fiks: the tester's findings of issue 10 (offline status, the conflicts window).
T = {
    'Theirs: %1, %2': ('Deres: %1, %2', 'Deira: %1, %2'),
    'Theirs: %1': ('Deres: %1', 'Deira: %1'),
}
