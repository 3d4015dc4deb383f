# The example store's window, the BM 5 provision picker's empty-list reasons and requirement
# text (issue 10 tryout, session 11).
T = {
 'These are sample cases for trying the program out: they are never synchronised with a central store.':
     ('Dette er eksempelsaker for å prøve programmet: de synkroniseres aldri med et sentralt lager.',
      'Dette er eksempelsaker for å prøve programmet: dei blir aldri synkroniserte med eit sentralt lager.'),
 "Choose the case's sector first.": ('Velg sakens sektor først.', 'Vel sektoren til saka først.'),
 'Choose the subject first: the provisions offered depend on its type.':
     ('Velg tilsynsobjekt først: hvilke bestemmelser som tilbys, avhenger av typen.',
      'Vel tilsynsobjekt først: kva føresegner som blir tilbodne, avheng av typen.'),
 'No provisions for «%1» in «%2» in the catalogue.':
     ('Ingen bestemmelser for «%1» i «%2» i katalogen.', 'Ingen føresegner for «%1» i «%2» i katalogen.'),
}
