# Keyboard (issue 10 item 6): the "saved" feedback and the objects grid.
T = {
 'Saved': ('Lagret', 'Lagra'),
}
