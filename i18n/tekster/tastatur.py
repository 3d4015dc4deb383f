# Keyboard (issue 10 item 6): the "saved" feedback and the objects grid.
T = {
 'Saved': ('Lagret', 'Lagra'),
 'Arrow keys choose a cell, Enter or typing edits it, Escape returns to the grid': ('Piltastene velger en celle, Enter eller skriving redigerer den, Escape går tilbake til tabellen', 'Piltastane vel ei celle, Enter eller skriving redigerer ho, Escape går tilbake til tabellen'),
}
