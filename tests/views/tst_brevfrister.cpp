// Promised dates in letters (issue 10, the caseworker's day, session 14): a date a letter promises
// or sets as a deadline lies after the letter's own date. A kvittering written on the case's
// deadline day promised an answer "innen 1. desember 2026" in a letter dated 1 December.
//  - in the real letter window, by keys, the kvittering of a BM 1 case on its deadline day says
//    the case is delayed and promises a later date; the day before, it still promises the deadline;
//  - every letter type, rendered on the deadline day of its case, gives no "innen <date>" on or
//    before the letter's date, in bokmål and nynorsk;
//  - the deadline a decision gives for documenting that a lovbrudd is put right is set in the
//    letter window (Alt key, the date field's parsing), refused on or before the letter's date,
//    printed in the letter and stored where the follow-up window reads it.

#include "brevdialog.h"
#include "brevvisning.h"
#include "oversettelser.h"
#include "tastehjelp.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevtype.h"
#include "letters/brevvalg.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "../letters/brevtestdata.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;
using test::finn;
using test::naarModal;

namespace {

QString fokus()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s;
}

QByteArray les(const QString &sti)
{
    QFile f(sti);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every "innen <d>. <month> <yyyy>" / "innan …" in `tekst`, as dates.
QList<QDate> lovedeDatoer(const QString &tekst)
{
    static const QStringList maaneder{u"januar"_s, u"februar"_s, u"mars"_s, u"april"_s, u"mai"_s, u"juni"_s,
                                      u"juli"_s, u"august"_s, u"september"_s, u"oktober"_s, u"november"_s,
                                      u"desember"_s};
    // Dates are kept on one line with no-break spaces (ubrytbar.h): any space, &nbsp; or tag between.
    static const QRegularExpression re(
        u"inn[ea]n(?:[\\s\\x{00A0}]|&nbsp;|<[^>]*>)+(\\d{1,2})\\.(?:[\\s\\x{00A0}]|&nbsp;)+(\\p{L}+)(?:[\\s\\x{00A0}]|&nbsp;)+(\\d{4})"_s);
    QList<QDate> ut;
    for (auto it = re.globalMatch(tekst); it.hasNext();) {
        const auto m = it.next();
        ut.append(QDate(m.captured(3).toInt(), int(maaneder.indexOf(m.captured(2))) + 1, m.captured(1).toInt()));
    }
    return ut;
}

} // namespace

class TestBrevfrister final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<BrevRepository> m_arkiv;
    const Brevmalkilde m_maler;
    Oversettelser m_oversettelser;

    Tilsynssak lagret(Tilsynssak sak, const QString &saksnummer)
    {
        sak.id = nyId();
        sak.saksnummer = saksnummer;
        const auto r = m_saker->lagre(sak, {u"tester"_s});
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemer.constFirst().melding));
        return sak;
    }

    // The letter window on `sak`, `type` chosen with Alt+T and the arrow keys, the draft's text.
    QString utkastMedTaster(const Tilsynssak &sak, const QString &type)
    {
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        d.show();
        QApplication::setActiveWindow(&d);
        if (!QTest::qWaitForWindowActive(&d))
            return u"(the window did not open)"_s;
        QTest::keyClick(&d, Qt::Key_T, Qt::AltModifier); // "Brev&type"
        auto *typer = finn<QComboBox>(&d, u"brevtype"_s);
        if (fokus() != u"brevtype"_s)
            return u"(Alt+T went to %1)"_s.arg(fokus());
        QTest::keyClick(typer, Qt::Key_Home);
        for (int i = 0; i < typer->count() && typer->currentData().toString() != type; ++i)
            QTest::keyClick(typer, Qt::Key_Down);
        if (d.visning()->utkast().type != type)
            return u"(no %1 in the list)"_s.arg(type);
        const QString pdf = m_dir.filePath(u"%1-%2.pdf"_s.arg(type, sak.id));
        QString feil;
        if (!d.visning()->lagrePdf(pdf, &feil))
            return feil;
        d.reject();
        return test::pdfTekst(les(pdf)).simplified();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_arkiv = std::make_unique<BrevRepository>(*m_store);
        QVERIFY(m_oversettelser.last(u"nb"_s));
    }
    void cleanupTestCase()
    {
        m_oversettelser.last(u"en"_s);
        QSettings().clear();
    }

    // The tryout's letter: the kvittering of a BM 1 case (4 weeks) written on its deadline day.
    void kvitteringOnTheDeadlineDayPromisesALaterDate()
    {
        const QDate idag = QDate::currentDate();
        Tilsynssak sak = test::brevsak(1);
        sak.mottatt = idag.addDays(-28);
        const QString fristdagen = utkastMedTaster(lagret(sak, u"2024/4901"_s), u"kvittering"_s);
        QVERIFY2(!fristdagen.contains(u"innen "_s + datoIOrd(idag)), qPrintable(fristdagen));
        QVERIFY2(fristdagen.contains(u"Vi regner nå med å kunne gi deg svar innen "_s + datoIOrd(idag.addMonths(2))),
                 qPrintable(fristdagen));
        const QList<QDate> lovet = lovedeDatoer(fristdagen);
        QVERIFY2(!lovet.isEmpty(), qPrintable(fristdagen));
        for (const QDate &d : lovet)
            QVERIFY2(d > idag, qPrintable(fristdagen));
        // The day before its deadline the case is not late: it promises the deadline, tomorrow.
        sak.mottatt = idag.addDays(-27);
        const QString dagenFoer = utkastMedTaster(lagret(sak, u"2024/4902"_s), u"kvittering"_s);
        QVERIFY2(dagenFoer.contains(u"Vi tar sikte på å gi deg svar innen "_s + datoIOrd(idag.addDays(1))),
                 qPrintable(dagenFoer));
    }

    // The kind: every type that fits its case, rendered on the case's deadline day, promises no
    // date on or before the letter's date.
    void noLetterPromisesItsOwnDate()
    {
        const Brevrenderer renderer(Katalog::innebygd(), m_maler);
        QStringList avvik;
        int lovet = 0; // promised dates found: the check is not empty
        for (const Brevtype &t : brevtyper()) {
            for (const QString &maalform : {u"nb"_s, u"nn"_s}) {
                const int bm = t.behandlingsmaate == 0 ? 1 : t.behandlingsmaate;
                Tilsynssak sak = t.sektorer.isEmpty() || t.sektorer.contains(u"helse"_s) ? test::brevsak(bm, 4, maalform)
                                                                                       : test::sosialsak(maalform);
                const Fristregel *regel = Katalog::innebygd().behandlingsmaate(*sak.behandlingsmaate);
                const QDate dato = QDate(2026, 12, 1);
                sak.mottatt = regel->dager > 0 ? dato.addDays(-regel->dager) : dato.addMonths(-regel->maaneder);
                const Brevvalg valg(sak);
                const QList<Brevmottaker> til = valg.mottakere(t.kode);
                if (til.isEmpty())
                    continue;
                const Brevutkast u = foreslaaUtkast(sak, t.kode, dato, til.constFirst().objektId);
                const QString html = renderer.html(sak, u);
                for (const QDate &d : lovedeDatoer(html))
                    if (++lovet && d <= dato)
                        avvik.append(u"%1 (%2): innen %3"_s.arg(t.kode, maalform, d.toString(Qt::ISODate)));
            }
        }
        QVERIFY2(avvik.isEmpty(), qPrintable(avvik.join(u'\n')));
        QVERIFY2(lovet >= 10, qPrintable(QString::number(lovet)));
    }

    // Issue 10 (session 14): the documentation deadline could be changed only in the follow-up
    // window, after the decision had stated its own. In the decision's window: Alt+A reaches it,
    // today is refused (Finalise says why), a date typed as 8 digits is taken, printed and, once
    // finalised by keys, is the deadline the follow-up starts from.
    void documentationDeadlineSetInTheDecisionLetter()
    {
        const QDate idag = QDate::currentDate();
        Tilsynssak sak = test::brevsak(5, 2); // both objects concluded lovbrudd
        sak = lagret(sak, u"2024/4903"_s);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        Brevvisning *v = d.visning();
        QVERIFY(v->velgType(u"bm5-avgjorelse"_s) && v->velgMottaker(u"o1"_s));
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *frist = finn<QWidget>(&d, u"dokumentasjonsfrist"_s);
        auto *ferdigstill = finn<QPushButton>(&d, u"ferdigstill"_s);
        QVERIFY(frist->isVisible());
        QCOMPARE(v->utkast().oppfolgingsfrist, idag.addMonths(2)); // the proposal, shown in the field
        QTest::keyClick(&d, Qt::Key_A, Qt::AltModifier); // "Dokument&asjonsfrist"
        auto *tekst = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(tekst && frist->isAncestorOf(tekst), qPrintable(fokus()));
        QCOMPARE(tekst->text(), idag.addMonths(2).toString(u"dd.MM.yyyy"_s));
        const auto skriv = [&](const QString &t) {
            QTest::keyClick(tekst, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(tekst, t);
            QTest::keyClick(tekst, Qt::Key_Tab);
        };
        skriv(idag.toString(u"dd.MM.yyyy"_s));
        QTRY_VERIFY(!ferdigstill->isEnabled());
        QVERIFY2(v->ferdigstillingsgrunn().contains(u"etter brevets dato"_s), qPrintable(v->ferdigstillingsgrunn()));
        const QDate valgt = idag.addDays(45);
        tekst->setFocus();
        skriv(valgt.toString(u"ddMMyyyy"_s));
        QCOMPARE(v->utkast().oppfolgingsfrist, valgt);
        QTRY_VERIFY2(ferdigstill->isEnabled(), qPrintable(v->ferdigstillingsgrunn()));
        const QString pdf = m_dir.filePath(u"avgjorelse-frist.pdf"_s);
        QString feil;
        QVERIFY2(v->lagrePdf(pdf, &feil), qPrintable(feil));
        const QString brev = test::pdfTekst(les(pdf)).simplified();
        QVERIFY2(brev.contains(u"Send oss innen "_s + datoIOrd(valgt)), qPrintable(brev));
        naarModal(u"ferdigstillBekreftelse"_s, [](QWidget *boks) { QTest::keyClick(boks, Qt::Key_F, Qt::AltModifier); });
        QTest::keyClick(&d, Qt::Key_F, Qt::AltModifier); // "&Ferdigstill…"
        QTRY_VERIFY_WITH_TIMEOUT(m_arkiv->forSak(sak.id).size() == 1, 30000);
        const OppfolgingRepository oppfolging(*m_store, *m_saker);
        QCOMPARE(oppfolging.avgjorelsesfrist(sak.id), valgt);
        d.reject();
    }
};

QTEST_MAIN(TestBrevfrister)
#include "tst_brevfrister.moc"
