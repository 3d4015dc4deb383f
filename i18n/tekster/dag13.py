# Session 13 (dag): the case's current frist — a BM 3 report awaited, in the case list's Frist column.
T = {
 'report %1 (%Ln day(s) overdue)': (['rapport %1 (%Ln dag over)', 'rapport %1 (%Ln dager over)'],
                                    ['rapport %1 (%Ln dag over)', 'rapport %1 (%Ln dagar over)']),
 'report %1 (%Ln day(s) left)': (['rapport %1 (%Ln dag igjen)', 'rapport %1 (%Ln dager igjen)'],
                                 ['rapport %1 (%Ln dag att)', 'rapport %1 (%Ln dagar att)']),
 "The request was sent; the service's report is due by the date the request letter gave":
     ('Anmodningen er sendt; virksomhetens rapport skal komme innen fristen i anmodningsbrevet',
      'Oppmodinga er send; rapporten frå verksemda skal kome innan fristen i oppmodingsbrevet'),
 "The service's report is due %1": ('Virksomhetens rapport skal komme innen %1', 'Rapporten frå verksemda skal kome innan %1'),
}
