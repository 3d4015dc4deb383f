# Archive package (views/arkivhandling.cpp).
T = {
 '&Archive package of this case…': ('&Arkivpakke for denne saken…', '&Arkivpakke for denne saka…'),
 'Write the finalised letters of this case with an arkivmelding for the archive': ('Skriv de ferdigstilte brevene i saken med en arkivmelding til arkivet', 'Skriv dei ferdigstilte breva i saka med ei arkivmelding til arkivet'),
 'Only a case with a saksnummer can be archived': ('Bare en sak med saksnummer kan arkiveres', 'Berre ei sak med saksnummer kan arkiverast'),
 'No case is open.': ('Ingen sak er åpen.', 'Inga sak er open.'),
 'This case has no saksnummer yet, so it cannot be archived.': ('Saken har ikke saksnummer ennå, så den kan ikke arkiveres.', 'Saka har ikkje saksnummer enno, så ho kan ikkje arkiverast.'),
 'Case %1 has no finalised letter to archive yet: finalise a letter from Write letter… first.': ('Sak %1 har ingen ferdigstilte brev å arkivere ennå: ferdigstill et brev fra Skriv brev… først.', 'Sak %1 har ingen ferdigstilte brev å arkivera enno: ferdigstill eit brev frå Skriv brev… først.'),
 'The archive package of case %1 is in %2: arkivmelding.xml and %Ln letter(s) as PDF/A.': (['Arkivpakken for sak %1 ligger i %2: arkivmelding.xml og %Ln brev som PDF/A.', 'Arkivpakken for sak %1 ligger i %2: arkivmelding.xml og %Ln brev som PDF/A.'], ['Arkivpakken for sak %1 ligg i %2: arkivmelding.xml og %Ln brev som PDF/A.', 'Arkivpakken for sak %1 ligg i %2: arkivmelding.xml og %Ln brev som PDF/A.']),
 'The archive package was not written: %1': ('Arkivpakken ble ikke skrevet: %1', 'Arkivpakken vart ikkje skriven: %1'),
 'Archive package': ('Arkivpakke', 'Arkivpakke'),
 'Where should the archive package go?': ('Hvor skal arkivpakken ligge?', 'Kvar skal arkivpakken liggje?'),
}
