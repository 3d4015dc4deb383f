# Texts that came with merging several pieces of work into one window.
T = {
 'Case n&umbers:': ('Saksn&umre:', 'Saksn&ummer:'),
}
