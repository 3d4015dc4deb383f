# Letters (views/brevvisning.*): the copy of a decision and its warning.
T = {
 'Copy to the person who made the request': ('Kopi til den som tok kontakt', 'Kopi til den som tok kontakt'),
 'Copy of a decision': ('Kopi av en avgjørelse', 'Kopi av ei avgjerd'),
 'Add the copy anyway?': ('Vil du likevel legge til kopien?', 'Vil du likevel leggje til kopien?'),
}
