# Session 15, konflikt: the conflicts window asks before a resolution replaces what somebody wrote
# (views/konfliktbekreftelse.cpp); «Theirs: %1, %2» is in fiks14.py.
T = {
    '&Replace': ('&Erstatt', '&Erstatt'),
    'a colleague': ('en kollega', 'ein kollega'),
    'case %1': ('sak %1', 'sak %1'),
    'Keep what you wrote in «%1» for %2?': ('Beholde det du skrev i «%1» for %2?', 'Behalda det du skreiv i «%1» for %2?'),
    'Save your edited value in «%1» for %2?': ('Lagre den redigerte verdien i «%1» for %2?', 'Lagra den redigerte verdien i «%1» for %2?'),
    'Keep what %1 wrote in «%2» for %3?': ('Beholde det %1 skrev i «%2» for %3?', 'Behalda det %1 skreiv i «%2» for %3?'),
    'This replaces what you wrote:': ('Dette erstatter det du skrev:', 'Dette erstattar det du skreiv:'),
    'This replaces what %1 wrote (%2):': ('Dette erstatter det %1 skrev (%2):', 'Dette erstattar det %1 skreiv (%2):'),
    'This replaces what %1 wrote:': ('Dette erstatter det %1 skrev:', 'Dette erstattar det %1 skreiv:'),
    "Nothing is lost: what you wrote stays in the case's history (History of this case…).":
        ('Ingenting går tapt: det du skrev, står i sakens historikk (Historikk for denne saken…).',
         'Ingenting går tapt: det du skreiv, står i historikken til saka (Historikk for denne saka…).'),
    "Nothing is lost: what %1 wrote stays in the case's history (History of this case…).":
        ('Ingenting går tapt: det %1 skrev, står i sakens historikk (Historikk for denne saken…).',
         'Ingenting går tapt: det %1 skreiv, står i historikken til saka (Historikk for denne saka…).'),
    'Replace what you wrote?': ('Erstatte det du skrev?', 'Erstatta det du skreiv?'),
    'Replace what %1 wrote?': ('Erstatte det %1 skrev?', 'Erstatta det %1 skreiv?'),
}
