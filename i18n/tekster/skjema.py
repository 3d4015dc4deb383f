# Focus, Tab order and Alt letters of the forms; the HPR field; the list's deadline before a
# method is chosen; Write letter… beside the case's documents (issue 10, session 8, helper skjema).
T = {
 '&Conclusion:': ('&Konklusjon:', '&Konklusjon:'),
 'Only health personnel have an HPR number: choose the type Health personnel.':
    ('Bare helsepersonell har HPR-nummer: velg typen Helsepersonell.',
     'Berre helsepersonell har HPR-nummer: vel typen Helsepersonell.'),
 'Only health personnel have an authorisation: choose the type Health personnel.':
    ('Bare helsepersonell har autorisasjon: velg typen Helsepersonell.',
     'Berre helsepersonell har autorisasjon: vel typen Helsepersonell.'),
 'choose a method': ('velg BM', 'vel BM'),
 'choose a method by %1': ('velg BM innen %1', 'vel BM innan %1'),
 'choose a method (%Ln day(s) late)': (['velg BM (%Ln dag for sent)', 'velg BM (%Ln dager for sent)'],
                                      ['vel BM (%Ln dag for seint)', 'vel BM (%Ln dagar for seint)']),
 'No deadline runs until a handling method is chosen; it then counts from the date received: 4 weeks (BM 1 and 2), 3 months (BM 3 and 4) or 6 months (BM 5). The office aims to choose the method within %Ln day(s) (Edit → Settings).':
    (['Ingen frist løper før behandlingsmåten er valgt; den regnes så fra mottatt dato: 4 uker (BM 1 og 2), 3 måneder (BM 3 og 4) eller 6 måneder (BM 5). Embetet har som mål å velge behandlingsmåte innen %Ln dag (Rediger → Innstillinger).',
      'Ingen frist løper før behandlingsmåten er valgt; den regnes så fra mottatt dato: 4 uker (BM 1 og 2), 3 måneder (BM 3 og 4) eller 6 måneder (BM 5). Embetet har som mål å velge behandlingsmåte innen %Ln dager (Rediger → Innstillinger).'],
     ['Ingen frist går før behandlingsmåten er vald; fristen blir så rekna frå mottaksdatoen: 4 veker (BM 1 og 2), 3 månader (BM 3 og 4) eller 6 månader (BM 5). Embetet har som mål å velja behandlingsmåte innan %Ln dag (Rediger → Innstillingar).',
      'Ingen frist går før behandlingsmåten er vald; fristen blir så rekna frå mottaksdatoen: 4 veker (BM 1 og 2), 3 månader (BM 3 og 4) eller 6 månader (BM 5). Embetet har som mål å velja behandlingsmåte innan %Ln dagar (Rediger → Innstillingar).']),
}
