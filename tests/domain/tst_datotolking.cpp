// The date a caseworker types, as every date field of the desktop reads it: a table of inputs
// and what they give. Refused input gives no date, never a guess.

#include "domain/datotolking.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;
using Feil = Datotolking::Feil;

Q_DECLARE_METATYPE(Feil)

class TstDatotolking final : public QObject
{
    Q_OBJECT

private slots:
    void tolk_data()
    {
        QTest::addColumn<QString>("tekst");
        QTest::addColumn<QDate>("dato");
        QTest::addColumn<Feil>("feil");
        const QDate jul(2026, 12, 21);
        QTest::newRow("dd.mm.yyyy") << u"21.12.2026"_s << jul << Feil::Ingen;
        QTest::newRow("digits ddmmyyyy") << u"21122026"_s << jul << Feil::Ingen;
        QTest::newRow("dd.mm.yy") << u"21.12.26"_s << jul << Feil::Ingen;
        QTest::newRow("digits ddmmyy") << u"211226"_s << jul << Feil::Ingen;
        QTest::newRow("d.m.yyyy") << u"1.2.2026"_s << QDate(2026, 2, 1) << Feil::Ingen;
        QTest::newRow("leading zeros") << u"01.02.2026"_s << QDate(2026, 2, 1) << Feil::Ingen;
        QTest::newRow("dashes") << u"21-12-2026"_s << jul << Feil::Ingen;
        QTest::newRow("slashes") << u"21/12/2026"_s << jul << Feil::Ingen;
        QTest::newRow("spaces") << u"21 12 2026"_s << jul << Feil::Ingen;
        QTest::newRow("space after dots") << u"21. 12. 2026"_s << jul << Feil::Ingen;
        QTest::newRow("surrounding blanks") << u"  21.12.2026 "_s << jul << Feil::Ingen;
        QTest::newRow("ISO") << u"2026-12-21"_s << jul << Feil::Ingen;
        QTest::newRow("leap day") << u"29.02.2028"_s << QDate(2028, 2, 29) << Feil::Ingen;
        QTest::newRow("empty") << u""_s << QDate() << Feil::Tom;
        QTest::newRow("blank") << u"   "_s << QDate() << Feil::Tom;
        QTest::newRow("one-digit year (the old garbling)") << u"21.11.1"_s << QDate() << Feil::Format;
        QTest::newRow("three-digit year") << u"21.11.202"_s << QDate() << Feil::Format;
        QTest::newRow("five digits") << u"21122"_s << QDate() << Feil::Format;
        QTest::newRow("seven digits") << u"2112202"_s << QDate() << Feil::Format;
        QTest::newRow("nine digits") << u"211220261"_s << QDate() << Feil::Format;
        QTest::newRow("day and month only") << u"21.12"_s << QDate() << Feil::Format;
        QTest::newRow("four parts") << u"21.12.2026.1"_s << QDate() << Feil::Format;
        QTest::newRow("letters") << u"i morgen"_s << QDate() << Feil::Format;
        QTest::newRow("month name") << u"21. desember 2026"_s << QDate() << Feil::Format;
        QTest::newRow("trailing letter") << u"21.12.2026x"_s << QDate() << Feil::Format;
        QTest::newRow("negative") << u"-21.12.2026"_s << QDate() << Feil::Format;
        QTest::newRow("31 February") << u"31.02.2026"_s << QDate() << Feil::FinnesIkke;
        QTest::newRow("month 13") << u"01.13.2026"_s << QDate() << Feil::FinnesIkke;
        QTest::newRow("day 0") << u"00122026"_s << QDate() << Feil::FinnesIkke;
        QTest::newRow("29 February, no leap year") << u"29.02.26"_s << QDate() << Feil::FinnesIkke;
    }

    void tolk()
    {
        QFETCH(QString, tekst);
        QFETCH(QDate, dato);
        QFETCH(Feil, feil);
        const Datotolking d = tolkDato(tekst);
        QCOMPARE(d.feil, feil);
        QCOMPARE(d.dato, dato);
        QCOMPARE(d.ok(), feil == Feil::Ingen);
    }

    void visning()
    {
        QCOMPARE(visDato(QDate(2026, 2, 1)), u"01.02.2026"_s);
        QCOMPARE(visDato(QDate()), QString());
        // What is shown reads back as the same date.
        QCOMPARE(tolkDato(visDato(QDate(2031, 7, 9))).dato, QDate(2031, 7, 9));
    }
};

QTEST_APPLESS_MAIN(TstDatotolking)
#include "tst_datotolking.moc"
