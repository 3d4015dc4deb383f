# Issue 10 (brevfinish): the history's Felt column names every kind of audit row.
T = {
 'Letter draft': ('Brevutkast', 'Brevutkast'),
 'Finalised letter': ('Ferdigstilt brev', 'Ferdigstilt brev'),
 'Assigned to': ('Tildelt', 'Tildelt'),
}
