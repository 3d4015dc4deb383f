// The BM 5 provision picker says why it offers nothing, in the list's place (issue 10): before a
// subject is chosen, before the case has a sector, and when the catalogue has no provision for the
// subject's type in the sector. Each entry's tool tip is what the provision requires, as the
// catalogue words it; a provision the catalogue has no text for (helsepersonelloven §§ 39–45)
// shows its name only, with no empty tip and no invented text. Enter in its search never guesses
// between several provisions (the office boxes' rule, ordsoek.h; issue 10, session 14).

#include "domain/katalog.h"
#include "items/sakutkast.h"
#include "sperregrunn.h"
#include "vurderingsliste.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

Tilsynssak helsesak()
{
    Tilsynssak s;
    s.id = u"2f1c5a7e-1b2c-4d3e-8f40-0123456789ab"_s;
    s.embete = u"innlandet"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2026, 10, 1);
    s.behandlingsmaate = 5;
    s.tilsynsobjekter = {Tilsynsobjekt{u"o1"_s, u"helsepersonell"_s, u"Lege Berg"_s, u"kommunal"_s, {}, {}, {}, {}}};
    s.vurderinger = {Vurdering{u"hpl-4"_s, u"o1"_s, u"lovbrudd"_s, {}}, Vurdering{u"hpl-39-45"_s, u"o1"_s, u"lovbrudd"_s, {}}};
    return s;
}

} // namespace

class TestBestemmelsevelger final : public QObject
{
    Q_OBJECT

private:
    struct Oppsett
    {
        explicit Oppsett(const Tilsynssak &sak, const Katalog &katalog = Katalog::innebygd())
            : utkast(katalog), liste(utkast, katalog)
        {
            utkast.last(sak, 1);
            liste.resize(900, 700);
            liste.show();
            liste.oppdater();
            liste.velg(0);
            velger = liste.findChild<QComboBox *>(u"bestemmelse"_s);
        }
        SakUtkast utkast;
        VurderingsListe liste;
        QComboBox *velger = nullptr;
    };

private slots:
    void kravUnderVelgeren()
    {
        Oppsett o(helsesak());
        QVERIFY(o.velger);
        QCOMPARE(o.velger->currentData().toString(), u"hpl-4"_s);
        const QString krav = Katalog::innebygd().post(Katalog::Liste::Bestemmelse, u"hpl-4"_s)->krav;
        QVERIFY(!krav.isEmpty());
        QCOMPARE(o.velger->itemData(o.velger->findData(u"hpl-4"_s), Qt::ToolTipRole).toString(), krav);
        // hpl. §§ 39–45: the catalogue has no text; the name only, no tip.
        QVERIFY(Katalog::innebygd().post(Katalog::Liste::Bestemmelse, u"hpl-39-45"_s)->krav.isEmpty());
        o.liste.velg(1);
        QCOMPARE(o.velger->currentData().toString(), u"hpl-39-45"_s);
        QCOMPARE(o.velger->currentText(), VurderingsListe::bestemmelseTekst(
                                              *Katalog::innebygd().post(Katalog::Liste::Bestemmelse, u"hpl-39-45"_s), false));
        QVERIFY(!o.velger->itemData(o.velger->currentIndex(), Qt::ToolTipRole).isValid());
        QVERIFY(o.velger->isEnabled());
    }

    void foerObjektErValgt()
    {
        Tilsynssak s = helsesak();
        s.tilsynsobjekter.clear();
        s.vurderinger = {Vurdering{}};
        Oppsett o(s);
        QCOMPARE(o.velger->count(), 0);
        QVERIFY(!o.velger->isEnabled());
        const QString grunn = u"Choose the subject first: the provisions offered depend on its type."_s;
        QCOMPARE(o.velger->lineEdit()->placeholderText(), grunn);
        QCOMPARE(sperregrunn(o.velger), grunn);
    }

    void foerSektorErValgt()
    {
        Tilsynssak s = helsesak();
        s.sektor.clear();
        s.vurderinger = {Vurdering{{}, u"o1"_s, {}, {}}};
        Oppsett o(s);
        QCOMPARE(o.velger->count(), 0);
        QCOMPARE(o.velger->lineEdit()->placeholderText(), u"Choose the case's sector first."_s);
    }

    void ingenForTypen()
    {
        // A catalogue whose helse provisions all name their types: none for a Nav office.
        QJsonObject dok = QJsonDocument::fromJson(Katalog::innebygd().dokument()).object();
        QJsonArray bestemmelser;
        for (const QJsonValue v : dok.value("bestemmelser"_L1).toArray()) {
            if (v.toObject().value("sektor"_L1) != u"helse"_s || !v.toObject().value("objekttyper"_L1).toArray().isEmpty())
                bestemmelser.append(v);
        }
        dok.insert("bestemmelser"_L1, bestemmelser);
        QString feil;
        const std::optional<Katalog> katalog = Katalog::fraJson(QJsonDocument(dok).toJson(), &feil);
        QVERIFY2(katalog, qPrintable(feil));
        Tilsynssak s = helsesak();
        s.tilsynsobjekter = {Tilsynsobjekt{u"o1"_s, u"nav-kontor"_s, u"Nav Hamar"_s, {}, {}, {}, {}, {}}};
        s.vurderinger = {Vurdering{{}, u"o1"_s, {}, {}}};
        Oppsett o(s, *katalog);
        QCOMPARE(o.velger->count(), 0);
        QVERIFY(!o.velger->isEnabled());
        QCOMPARE(o.velger->lineEdit()->placeholderText(),
                 u"No provisions for «Nav-kontor» in «Helse- og omsorgstjenester» in the catalogue."_s);
        // A subject it has provisions for: offered again, the reason gone.
        Tilsynssak lege = helsesak();
        lege.vurderinger = {Vurdering{{}, u"o1"_s, {}, {}}};
        o.utkast.last(lege, 2);
        o.liste.oppdater();
        o.liste.velg(0);
        QVERIFY(o.velger->count() > 0);
        QVERIFY(o.velger->isEnabled());
        QCOMPARE(sperregrunn(o.velger), QString());
    }
    // Typing what several provisions have and Enter takes none: the list stays open with them
    // (before: it closed, and nothing was chosen without a word); Down and Enter take the first;
    // what only one has, and Enter, takes that one (before: nothing).
    void enterGjetterIkke()
    {
        Oppsett o(helsesak());
        QApplication::setActiveWindow(&o.liste);
        QVERIFY(QTest::qWaitForWindowActive(&o.liste));
        o.velger->setFocus(Qt::OtherFocusReason);
        QLineEdit *felt = o.velger->lineEdit();
        QCompleter *c = o.velger->completer();
        QStringList tekster;
        for (int i = 0; i < o.velger->count(); ++i)
            tekster.append(o.velger->itemText(i));
        const auto antallMed = [&](const QString &t) {
            return int(std::count_if(tekster.cbegin(), tekster.cend(), [&](const QString &x) { return x.contains(t, Qt::CaseInsensitive); }));
        };
        const auto skriv = [&](const QString &t) {
            felt->selectAll();
            QTest::keyClicks(felt, t);
            QTRY_VERIFY(c->popup()->isVisible());
        };
        const QString flere = u"helsepersonelloven"_s;
        QVERIFY(antallMed(flere) >= 2);
        QString en; // a piece of one provision's text that no other has, not the whole text
        for (const QString &t : std::as_const(tekster))
            for (qsizetype i = 1; en.isEmpty() && i + 12 < t.size(); ++i)
                if (antallMed(t.mid(i, 12)) == 1 && t != o.velger->currentText())
                    en = t.mid(i, 12);
        QVERIFY(!en.isEmpty());
        const int foer = o.velger->currentIndex(); // the chosen provision (currentText: what is typed)
        const auto valgt = [&] { return o.velger->itemText(o.velger->currentIndex()); };

        skriv(flere);
        QCOMPARE(c->completionModel()->rowCount(), antallMed(flere));
        QTest::keyClick(c->popup(), Qt::Key_Return);
        QTest::qWait(50);
        QVERIFY2(c->popup()->isVisible(), "Enter on several provisions closed the list");
        QCOMPARE(o.velger->currentIndex(), foer);
        const QString foerste = c->completionModel()->index(0, 0).data().toString();
        QTest::keyClick(c->popup(), Qt::Key_Down);
        QTest::keyClick(c->popup(), Qt::Key_Return);
        QTRY_VERIFY(!c->popup()->isVisible());
        QCOMPARE(valgt(), foerste);

        skriv(en);
        QCOMPARE(c->completionModel()->rowCount(), 1);
        const QString eneste = c->completionModel()->index(0, 0).data().toString();
        QTest::keyClick(c->popup(), Qt::Key_Return);
        QTRY_VERIFY(!c->popup()->isVisible());
        QCOMPARE(valgt(), eneste);
    }
};

QTEST_MAIN(TestBestemmelsevelger)
#include "tst_bestemmelsevelger.moc"
