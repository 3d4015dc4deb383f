# The main window and the case list (issue 10 tryout: undo texts
# that name the change in the UI's language, the import's status text).
T = {
 '&Undo “%1”': ('&Angre «%1»', '&Angra «%1»'),
 '&Redo “%1”': ('&Gjør om «%1»', '&Gjer om «%1»'),
 'Import: %1': ('Importen er ferdig: %1', 'Importen er ferdig: %1'),
 '%Ln new case(s) imported': (['%Ln ny sak importert', '%Ln nye saker importert'],
                              ['%Ln ny sak importert', '%Ln nye saker importerte']),
 '%Ln case(s) replaced': (['%Ln sak erstattet', '%Ln saker erstattet'], ['%Ln sak erstatta', '%Ln saker erstatta']),
 '%Ln changed case(s) kept as they were': (['%Ln endret sak beholdt som den var', '%Ln endrede saker beholdt som de var'],
                                           ['%Ln endra sak halden slik ho var', '%Ln endra saker haldne slik dei var']),
 '%Ln case(s) already the same': (['%Ln sak var allerede lik', '%Ln saker var allerede like'],
                                  ['%Ln sak var alt lik', '%Ln saker var alt like']),
 # Session 15: Enter in the search field with no hit.
 'No case matches the filters: clear one to see more cases.':
     ('Ingen saker passer til filtrene: fjern et filter for å se flere saker.',
      'Ingen saker passar til filtera: fjern eit filter for å sjå fleire saker.'),
 'No case matches “%1”: clear the search field or a filter to see more cases.':
     ('Ingen saker passer til «%1»: tøm søkefeltet eller fjern et filter for å se flere saker.',
      'Ingen saker passar til «%1»: tøm søkjefeltet eller fjern eit filter for å sjå fleire saker.'),
 # Session 15: the quick filters with their Alt key after the name (%1: "Alt+&7").
 'My cases (%1)': ('Mine saker (%1)', 'Mine saker (%1)'),
 'Unassigned (%1)': ('Ufordelte (%1)', 'Ufordelte (%1)'),
 'Due soon (%1)': ('Forfaller snart (%1)', 'Forfell snart (%1)'),
 'Overdue (%1)': ('Over fristen (%1)', 'Over fristen (%1)'),
 # Session 16: the current row's subject of supervision, whole, as the keyboard moves in the list.
 'Case %1: %2': ('Sak %1: %2', 'Sak %1: %2'),
}
