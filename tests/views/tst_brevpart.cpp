// The letter window, one letter per party (issue 10, the caseworker's day on 1 December 2026):
// «Kopi til den som tok kontakt»:
//  - the box decides the innsender's copy for every letter type: a BM 3 letter printed
//    "Kopi til: Jon Eide, Nygårdsgaten 5" with the box unticked, because its type added the copy
//    on its own (Brevtype::kopiTilInnsender); the box now starts as the type proposes and the letter
//    follows it (settKopiTilInnsender(), the one place);
//  - a letter that refers to the innsender by role (the innsender not named) names them by that
//    role in its copy line, never by name or address (DOMAIN.md § 5: one letter per party);
//  - the finalise question lists the copy only when the letter has it.
// A målform chosen for a recipient stays when the letter type changes.
// A decision closing the case says when the innsender has not had their own letter yet.

#include "brevdialog.h"
#include "brevvisning.h"
#include "ferdigstillbekreftelse.h"
#include "oversettelser.h"
#include "tastehjelp.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevtype.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "../letters/brevtestdata.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;
using test::finn;

namespace {

// The Alt letter of a widget text ("&Kopi til …" → 'k').
QChar akselerator(const QString &tekst)
{
    for (qsizetype i = tekst.indexOf(u'&'); i >= 0 && i + 1 < tekst.size(); i = tekst.indexOf(u'&', i + 2))
        if (tekst[i + 1] != u'&')
            return tekst[i + 1].toLower();
    return {};
}

Qt::Key tast(QChar c)
{
    return static_cast<Qt::Key>(Qt::Key_A + (c.unicode() - u'a'));
}

bool harInnsenderkopi(const Brevutkast &u)
{
    return std::any_of(u.kopiTil.cbegin(), u.kopiTil.cend(),
                       [](const Brevmottaker &k) { return k.rolle == Mottakerrolle::Innsender; });
}

} // namespace

class TestBrevpart final : public QObject
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

    QString html(const Tilsynssak &sak, const Brevutkast &u) const
    {
        return Brevrenderer(Katalog::innebygd(), m_maler).html(sak, u);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Innstillinger::navn.sett(u"Siri Saksbehandler"_s);
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_arkiv = std::make_unique<BrevRepository>(*m_store);
    }
    void cleanupTestCase()
    {
        m_oversettelser.last(u"en"_s);
        QSettings().clear();
    }

    // The tryout's steps by keys: a BM 3 request to the service, the innsender not named.
    void bm3CopyFollowsTheBoxByKeys()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        Tilsynssak sak = test::brevsak(3);
        sak.innsender = Innsender{u"Jon Eide"_s, u"Nygårdsgaten 5\n5015 Bergen"_s, u"nb"_s};
        sak = lagret(sak, u"2024/951"_s);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        auto *v = d.visning();
        QVERIFY(v->velgType(u"bm3-anmodning"_s));
        QVERIFY(v->velgMottaker(sak.tilsynsobjekter.constFirst().id));
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *kopi = finn<QCheckBox>(&d, u"kopiInnsender"_s);
        QVERIFY2(kopi->isChecked(), "the BM 3 request proposes the copy: the box shows it");
        QVERIFY(!finn<QCheckBox>(&d, u"navngiInnsender"_s)->isChecked());

        // Ticked: the copy line names the innsender by the letter's role word, without address.
        QString h = html(sak, v->utkast());
        QVERIFY2(h.contains(u"Kopi til:"_s), qPrintable(h));
        QVERIFY2(h.contains(u"Pasienten"_s), qPrintable(h));
        QVERIFY2(!h.contains(u"Jon Eide"_s) && !h.contains(u"Nygårdsgaten"_s), qPrintable(h));

        // Alt+K unticks it: no copy in the letter nor in the finalise question.
        const QChar alt = akselerator(kopi->text());
        QVERIFY2(!alt.isNull(), qPrintable(kopi->text()));
        QTest::keyClick(&d, tast(alt), Qt::AltModifier);
        QTRY_VERIFY(!kopi->isChecked());
        const Brevutkast uten = v->utkast();
        QVERIFY(!harInnsenderkopi(uten));
        h = html(sak, uten);
        QVERIFY2(!h.contains(u"Kopi til:"_s), qPrintable(h));
        QVERIFY2(!h.contains(u"Jon Eide"_s) && !h.contains(u"Nygårdsgaten"_s), qPrintable(h));
        const QString spurt = FerdigstillBekreftelse::tekst(uten, {});
        QVERIFY2(!spurt.contains(u"Jon Eide"_s) && !spurt.contains(u"Kopi til"_s), qPrintable(spurt));

        // Ticked again and the innsender named: name and address in the copy line.
        QTest::keyClick(&d, tast(alt), Qt::AltModifier);
        QTRY_VERIFY(kopi->isChecked());
        auto *navngi = finn<QCheckBox>(&d, u"navngiInnsender"_s);
        navngi->setFocus();
        QTest::keyClick(navngi, Qt::Key_Space);
        QVERIFY(navngi->isChecked());
        h = html(sak, v->utkast());
        QVERIFY2(h.contains(u"Jon Eide, Nygårdsgaten 5, 5015 Bergen"_s), qPrintable(h));
    }

    // Issue 10 (session 14): on a letter to the innsender the box was shown, unticked and doing
    // nothing. There it is disabled with the reason (Alt+K changes nothing); choosing a letter to
    // the service by keys offers it again, as the type proposes.
    void copyBoxDisabledOnALetterToTheInnsender()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        const Tilsynssak sak = lagret(test::brevsak(3), u"2024/959"_s);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        auto *v = d.visning();
        QVERIFY(v->velgType(u"kvittering"_s));
        QVERIFY(v->velgMottaker(u"innsender"_s));
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *kopi = finn<QCheckBox>(&d, u"kopiInnsender"_s);
        QVERIFY(!kopi->isChecked());
        QVERIFY(!kopi->isEnabled());
        QVERIFY2(kopi->toolTip().contains(u"får selve brevet"_s), qPrintable(kopi->toolTip()));
        QTest::keyClick(&d, tast(akselerator(kopi->text())), Qt::AltModifier);
        QTest::qWait(200);
        QVERIFY(!kopi->isChecked());
        QVERIFY(!harInnsenderkopi(v->utkast()));
        // Alt+T and the arrow keys to the BM 3 request, which goes to the service.
        auto *typer = finn<QComboBox>(&d, u"brevtype"_s);
        QTest::keyClick(&d, Qt::Key_T, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), typer);
        QTest::keyClick(typer, Qt::Key_Home);
        for (int i = 0; i < typer->count() && typer->currentData().toString() != u"bm3-anmodning"_s; ++i)
            QTest::keyClick(typer, Qt::Key_Down);
        QCOMPARE(v->utkast().type, u"bm3-anmodning"_s);
        QTRY_VERIFY(kopi->isEnabled());
        QVERIFY(kopi->isChecked());
        QVERIFY(harInnsenderkopi(v->utkast()));
    }

    // Nynorsk chosen by keys for the innsender's kvittering stays when the type changes by keys to the
    // forsinkelsesmelding (the tryout: it went back to bokmål), and per recipient: another party keeps
    // its own proposal, and coming back to the innsender gives nynorsk again.
    void chosenMaalformStaysWhenTheTypeChanges()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        const Tilsynssak sak = lagret(test::brevsak(3), u"2024/952"_s);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        auto *v = d.visning();
        QVERIFY(v->velgType(u"kvittering"_s));
        QVERIFY(v->velgMottaker(u"innsender"_s));
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *maalform = finn<QComboBox>(&d, u"maalform"_s);
        auto *typer = finn<QComboBox>(&d, u"brevtype"_s);
        QCOMPARE(maalform->currentIndex(), 0); // the innsender's registered bokmål
        maalform->setFocus();
        QTest::keyClick(maalform, Qt::Key_Down);
        QCOMPARE(maalform->currentIndex(), 1);
        QCOMPARE(v->utkast().maalform, Maalform::Nynorsk);

        typer->setFocus();
        for (int i = 0; i < typer->count() && typer->currentData().toString() != u"forsinkelsesmelding"_s; ++i)
            QTest::keyClick(typer, Qt::Key_Down);
        QCOMPARE(typer->currentData().toString(), u"forsinkelsesmelding"_s);
        QCOMPARE(finn<QComboBox>(&d, u"mottaker"_s)->currentData().toString(), u"innsender"_s);
        QCOMPARE(maalform->currentIndex(), 1);
        QCOMPARE(v->utkast().maalform, Maalform::Nynorsk);
        QVERIFY(html(sak, v->utkast()).contains(u"Melding om forseinka sakshandsaming"_s));

        // Another party keeps its own proposal; the innsender again: nynorsk.
        QVERIFY(v->velgType(u"bm3-anmodning"_s));
        QCOMPARE(maalform->currentIndex(), 0);
        QVERIFY(v->velgType(u"kvittering"_s));
        QVERIFY(v->velgMottaker(u"innsender"_s));
        QCOMPARE(maalform->currentIndex(), 1);
    }

    // Finalising a decision that closes the case says when the innsender has not had their own
    // letter yet (the tryout: the case closed with "Resultatet av tilsynssaken" still a draft), and
    // no longer once it is finalised.
    void decisionSaysTheInnsendersLetterIsMissing()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        Tilsynssak sak = test::brevsak(5, 2);
        sak.avsluttet = QDate();
        sak.vurderinger = {Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s, u"Prøvesvarene ble ikke fulgt opp i tre uker."_s},
                           Vurdering{u"hpl-4"_s, u"o2"_s, u"ikke-lovbrudd"_s, u"Legen fikk ikke svarene."_s}};
        sak = lagret(sak, u"2024/953"_s);
        const QString innsender = sak.innsender->navn;
        // Finalises TYPE to TIL by keys; returns the question's text ("" when not asked).
        auto ferdigstill = [&](const QString &type, const QString &til) -> QString {
            QString spurt;
            BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
            auto *v = d.visning();
            if (!v->velgType(type) || !v->velgMottaker(til))
                return spurt;
            d.show();
            QApplication::setActiveWindow(&d);
            if (!QTest::qWaitForWindowActive(&d))
                return spurt;
            test::naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *boks) {
                spurt = qobject_cast<QMessageBox *>(boks)->text();
                QTest::keyClick(boks, Qt::Key_F, Qt::AltModifier); // "&Ferdigstill"
            });
            auto *knapp = finn<QPushButton>(&d, u"ferdigstill"_s);
            if (!knapp->isEnabled())
                return v->ferdigstillingsgrunn();
            knapp->setFocus();
            QTest::keyClick(knapp, Qt::Key_Space);
            if (!QTest::qWaitFor([&] { return !v->kanFerdigstilles(); }, 30000))
                return spurt.prepend(u"not finalised: "_s);
            return spurt;
        };
        const QString foerste = ferdigstill(u"bm5-avgjorelse"_s, u"o1"_s);
        QVERIFY2(foerste.contains(innsender) && foerste.contains(u"Resultatet av tilsynssaken"_s), qPrintable(foerste));
        const QString resultat = ferdigstill(u"bm5-resultat-innsender"_s, u"innsender"_s);
        const QList<FerdigBrev> brev = m_arkiv->forSak(sak.id);
        QVERIFY2(std::any_of(brev.cbegin(), brev.cend(), [](const FerdigBrev &b) { return b.type == u"bm5-resultat-innsender"_s; }),
                 qPrintable(resultat));
        const QString andre = ferdigstill(u"bm5-avgjorelse"_s, u"o2"_s);
        QVERIFY2(!andre.isEmpty() && !andre.contains(innsender), qPrintable(andre));
    }

    // Every type offered for every party of cases of each behandlingsmåte, the box on and off.
    void everyTypeFollowsTheBox_data()
    {
        QTest::addColumn<int>("bm");
        QTest::addColumn<QString>("sektor");
        for (int bm = 1; bm <= 5; ++bm)
            QTest::addRow("BM %d", bm) << bm << u"helse"_s;
        QTest::addRow("sosial") << 5 << u"sosial"_s;
    }
    void everyTypeFollowsTheBox()
    {
        QFETCH(int, bm);
        QFETCH(QString, sektor);
        QVERIFY(m_oversettelser.last(u"nb"_s));
        const Tilsynssak sak = lagret(sektor == u"sosial"_s ? test::sosialsak() : test::brevsak(bm),
                                      u"2024/96%1%2"_s.arg(bm).arg(sektor == u"sosial"_s ? 9 : 0));
        const QString navn = sak.innsender->navn;
        const QString gate = sak.innsender->adresse.section(u'\n', 0, 0);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        auto *v = d.visning();
        auto *typer = finn<QComboBox>(&d, u"brevtype"_s);
        auto *mottakere = finn<QComboBox>(&d, u"mottaker"_s);
        auto *kopi = finn<QCheckBox>(&d, u"kopiInnsender"_s);
        int proevd = 0;
        for (int t = 0; t < typer->count(); ++t) {
            const QString type = typer->itemData(t).toString();
            QVERIFY(v->velgType(type));
            for (int m = 0; m < mottakere->count(); ++m) {
                const QString til = mottakere->itemData(m).toString();
                QVERIFY(v->velgMottaker(til));
                const QString hvor = type + u" → "_s + til;
                if (til == u"innsender"_s) {
                    QVERIFY2(!kopi->isChecked(), qPrintable(hvor));
                    v->settKopiTilInnsender(true);
                    QVERIFY2(!harInnsenderkopi(v->utkast()), qPrintable(hvor));
                    ++proevd;
                    continue;
                }
                const Brevtype *bt = brevtype(type);
                QCOMPARE(kopi->isChecked(), bt && bt->kopiTilInnsender);
                for (const bool paa : {false, true}) {
                    v->settKopiTilInnsender(paa);
                    const Brevutkast u = v->utkast();
                    QCOMPARE(harInnsenderkopi(u), paa);
                    const QString h = html(sak, u);
                    QVERIFY2(h.contains(u"Kopi til:"_s) == paa, qPrintable(hvor));
                    const bool navngitt = navngirInnsender(u);
                    // Named only when the letter names the innsender anyway; the address only with the copy.
                    QVERIFY2(h.contains(gate) == (paa && navngitt), qPrintable(hvor + u": "_s + h));
                    if (!navngitt)
                        QVERIFY2(!h.contains(navn), qPrintable(hvor + u": "_s + h));
                    QCOMPARE(FerdigstillBekreftelse::tekst(u, {}).contains(navn), paa || til == u"innsender"_s);
                    ++proevd;
                }
            }
        }
        QVERIFY(proevd > 0);
    }
};

QTEST_MAIN(TestBrevpart)
#include "tst_brevpart.moc"
