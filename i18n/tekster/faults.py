# Write failures said to the user (issue 13): the case editor's recovery copy (views/caseeditor.cpp).
T = {
 'The recovery copy of this case could not be written:\n%1\n\nYour unsaved changes are only in this window until you save the case.': ('Gjenopprettingskopien av denne saken kunne ikke skrives:\n%1\n\nEndringene du ikke har lagret, finnes bare i dette vinduet til du lagrer saken.', 'Gjenopprettingskopien av denne saka kunne ikkje skrivast:\n%1\n\nEndringane du ikkje har lagra, finst berre i dette vindauget til du lagrar saka.'),
}
