# Office and provision pop-ups, case list, names, spelling (helper vindu, session 14, issue 10).
T = {
 '%1 match what you typed: move to one with the arrow keys, or type more letters.':
  ('%1 passer med det du har skrevet: gå til ett av dem med piltastene, eller skriv flere bokstaver.',
   '%1 passar med det du har skrive: gå til eitt av dei med piltastane, eller skriv fleire bokstavar.'),
}
