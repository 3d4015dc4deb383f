# Keyboard (issue 10 item 6): the "saved" feedback and the objects grid.
T = {
 'Saved': ('Lagret', 'Lagra'),
 'Arrow keys choose a cell, Enter or typing edits it, Escape returns to the grid': ('Piltastene velger en celle, Enter eller skriving redigerer den, Escape går tilbake til tabellen', 'Piltastane vel ei celle, Enter eller skriving redigerer ho, Escape går tilbake til tabellen'),
 # Session 9: a date field with a latest date (the journal's document date).
 '%1 is after %2, the latest date allowed here; nothing was changed.': ('%1 er etter %2, den seneste datoen som kan brukes her; ingenting ble endret.', '%1 er etter %2, den seinaste datoen som kan brukast her; ingenting vart endra.'),
}
