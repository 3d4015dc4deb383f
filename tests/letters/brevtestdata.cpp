#include "brevtestdata.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

namespace tilsyn::test {

using namespace Qt::StringLiterals;

Tilsynssak brevsak(int bm, int antallVurderinger, const QString &maalform)
{
    Tilsynssak s;
    s.id = nyId();
    s.saksnummer = u"2024/4711"_s;
    s.embete = u"vestland"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2024, 3, 4);
    s.saksbehandler = u"ola.nordmann"_s;
    s.kilder = {u"pasient-bruker"_s};
    s.temaer = {u"he-forsvarlighet"_s, u"he-journal"_s};
    // The summary in the målform of the parties: a letter is prefilled only with text in its own.
    s.sammendrag = maalform == u"nn"_s ? u"Pasienten meiner at oppfølginga etter utskriving var mangelfull."_s
                                       : u"Pasienten mener at oppfølgingen etter utskrivingen var mangelfull."_s;
    s.innsender = Innsender{u"Kari Nordmann"_s, u"Fjellvegen 12\n5003 Bergen"_s, maalform};
    s.behandlingsmaate = bm;
    Tilsynsobjekt hf{u"o1"_s, u"virksomhet"_s, u"Helse Bergen HF, Haukeland universitetssjukehus"_s,
                     u"spesialist"_s, u"983974724"_s, std::nullopt, u"Postboks 1400\n5021 Bergen"_s, maalform};
    s.tilsynsobjekter.append(hf);
    if (bm == 2 || bm == 3)
        s.oversendt = QDate(2024, 3, 20);
    if (bm == 3) // the service's report has come: the closing letter "etter rapport" fits (Brevvalg)
        s.rapportMottatt = QDate(2024, 5, 15);
    if (bm == 4)
        s.mote = QDate(2024, 5, 2);
    if (bm == 5) {
        s.tilsynsobjekter.append(Tilsynsobjekt{u"o2"_s, u"helsepersonell"_s, u"Lege Per Hansen"_s, std::nullopt,
                                               std::nullopt, u"1234567"_s, u"Kalfarvegen 1\n5018 Bergen"_s,
                                               std::nullopt});
        // Provisions for the virksomhet (o1) and for the health professional (o2), alternately.
        const QStringList virksomhet{u"sphl-2-2"_s, u"sphl-3-2"_s, u"hpl-16"_s, u"sphl-3-4a"_s, u"htil-3"_s, u"sphl-2-5c"_s};
        const QStringList person{u"hpl-4"_s, u"hpl-39-45"_s, u"hpl-10"_s, u"hpl-7"_s, u"hpl-kap5-6"_s, u"hpl-8"_s};
        for (int i = 0; i < antallVurderinger; ++i) {
            const bool lovbrudd = i % 3 != 2;
            const QStringList &koder = i % 2 == 0 ? virksomhet : person;
            s.vurderinger.append(Vurdering{koder[(i / 2) % koder.size()], i % 2 == 0 ? u"o1"_s : u"o2"_s,
                                           lovbrudd ? u"lovbrudd"_s : u"ikke-lovbrudd"_s,
                                           // Nynorsk for nynorsk parties; otherwise words both målformer
                                           // share, so a letter in either is not held up by a begrunnelse in
                                           // the other målform (it must be written for the letter, Brevvalg).
                                           (maalform == u"nn"_s
                                                ? u"Vurdering nr. %1: journalen viser at planen for oppfølging "
                                                  u"ikkje vart gjennomført i tide."_s
                                                : u"Vurdering nr. %1: journalen viser at planen for oppfølging "
                                                  u"var mangelfull."_s)
                                               .arg(i + 1)});
        }
        s.avsluttet = QDate(2024, 8, 30);
        s.utfall = u"lovbrudd"_s;
    }
    return s;
}

Tilsynssak sosialsak(const QString &maalform)
{
    Tilsynssak s;
    s.id = nyId();
    s.saksnummer = u"2024/5120"_s;
    s.embete = u"vestland"_s;
    s.sektor = u"sosial"_s;
    s.mottatt = QDate(2024, 4, 8);
    s.saksbehandler = u"ola.nordmann"_s;
    s.kilder = {u"pasient-bruker"_s};
    s.sammendrag = u"Søknaden om økonomisk stønad ble ikke behandlet før etter sju uker."_s;
    s.innsender = Innsender{u"Nils Vik"_s, u"Sjøgata 4\n6900 Florø"_s, maalform};
    s.behandlingsmaate = 5;
    s.tilsynsobjekter.append(Tilsynsobjekt{u"o1"_s, u"nav-kontor"_s, u"Nav Kinn"_s, std::nullopt, u"974760673"_s,
                                           std::nullopt, u"Postboks 25\n6901 Florø"_s, maalform});
    s.vurderinger.append(Vurdering{u"sotjl-4"_s, u"o1"_s, u"lovbrudd"_s,
                                   u"Saksbehandlingen tok så lang tid at tjenesten ikke var forsvarlig."_s});
    s.avsluttet = QDate(2024, 9, 2);
    s.utfall = u"lovbrudd"_s;
    return s;
}

Tilsynssak barnevernsak(const QString &maalform)
{
    Tilsynssak s;
    s.id = nyId();
    s.saksnummer = u"2024/6230"_s;
    s.embete = u"vestland"_s;
    s.sektor = u"barnevern"_s;
    s.mottatt = QDate(2024, 5, 13);
    s.saksbehandler = u"ola.nordmann"_s;
    s.kilder = {u"barnet"_s};
    s.sammendrag = u"Ungdommen mener at institusjonen holdt henne tilbake uten vedtak."_s;
    s.innsender = Innsender{u"Sofie Lunde"_s, u"Postboks 77\n5804 Bergen"_s, maalform};
    s.behandlingsmaate = 5;
    s.tilsynsobjekter.append(Tilsynsobjekt{u"o1"_s, u"barnevernsinstitusjon"_s, u"Fjordtun ungdomsheim AS"_s,
                                           std::nullopt, u"912345678"_s, std::nullopt,
                                           u"Postboks 12\n5700 Voss"_s, maalform});
    s.vurderinger.append(Vurdering{u"bvl-10-4"_s, u"o1"_s, u"lovbrudd"_s,
                                   u"Institusjonen hadde ikke vurdert mindre inngripende tiltak før tvangen."_s});
    s.vurderinger.append(Vurdering{u"bvl-10-1"_s, u"o1"_s, u"ikke-lovbrudd"_s,
                                   u"Omsorgen var ellers forsvarlig, og ungdommen fikk oppfølging hver dag."_s});
    s.avsluttet = QDate(2024, 9, 2);
    s.utfall = u"lovbrudd"_s;
    return s;
}

QString poppler(const QString &verktoy, const QStringList &argumenter, const QByteArray &pdf)
{
    QTemporaryFile fil(QDir::tempPath() + u"/brevtest-XXXXXX.pdf"_s);
    if (!fil.open())
        qFatal("cannot create a temporary file");
    fil.write(pdf);
    fil.flush();
    QProcess p;
    p.start(verktoy, argumenter + QStringList{fil.fileName()} +
                         (verktoy == u"pdftotext"_s ? QStringList{u"-"_s} : QStringList()));
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(verktoy), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfTekst(const QByteArray &pdf)
{
    // U+00A0 and U+202F too: the letters bind dates, phone numbers and "§ 4" with them (ubrytbar.h).
    static const QRegularExpression mellomrom(u"[\\s\\x{00A0}\\x{202F}]+"_s);
    return poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s}, pdf).replace(mellomrom, u" "_s);
}

} // namespace tilsyn::test
