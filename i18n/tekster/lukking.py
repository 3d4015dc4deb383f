# Closing the follow-up window from the keyboard (session 6, coordinator).
T = {
    'Clos&e window': ('&Lukk vinduet', '&Lukk vindauget'),
    'Close this window (Esc, Ctrl+W)': ('Lukk dette vinduet (Esc, Ctrl+W)', 'Lukk dette vindauget (Esc, Ctrl+W)'),
    'The description or evidence you typed is not registered. Close the window and discard it?':
        ('Beskrivelsen eller dokumentasjonen du skrev, er ikke registrert. Vil du lukke vinduet og forkaste den?',
         'Skildringa eller dokumentasjonen du skreiv, er ikkje registrert. Vil du lukke vindauget og forkaste henne?'),
}
T.update({
    'Warning: %1 has no postal address in the case; the letter shows only the name.':
        ('Advarsel: %1 har ingen postadresse i saken; brevet viser bare navnet.',
         'Åtvaring: %1 har inga postadresse i saka; brevet viser berre namnet.'),
})
