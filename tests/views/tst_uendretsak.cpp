// Opening a case changes nothing: every case of the example store (open and closed, BM 1–5, with
// and without innsender and saksbehandler) and of the sample file tests/data/sosial-2024 (64 of
// them with sammendrag "", others without innsender, with empty lists), and hand-made cases with
// every kind of empty or absent field, open in the real case editor with an empty undo stack, not
// modified, and the main window's title without "*".

#include "caseeditor.h"
#include "domain/katalog.h"
#include "io/eksempellager.h"
#include "io/jsonlimport.h"
#include "items/sakutkast.h"
#include "mainwindow.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestUendretSak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString sti = m_dir.filePath(u"eksempelsaker.sqlite"_s);
        Eksempellager::lag(sti, Katalog::innebygd(), u"kari"_s);
        m_eksempel = Store::aapne(sti);
        m_eksempelRepo = std::make_unique<SakRepository>(*m_eksempel, Katalog::innebygd());
        // The sample file (what the example store held before it was dated relative to today).
        m_store = Store::aapne(m_dir.filePath(u"sosial-2024.sqlite"_s));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        QFile f(test::testdata(u"sosial-2024/cases.jsonl"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        JsonlImport import(*m_store, *m_repo, Katalog::innebygd());
        const JsonlImport::Lest lest = import.les(f.readAll(), u"cases.jsonl"_s);
        QVERIFY2(lest.ok(), qPrintable(lest.problemer.join(u'\n')));
        import.skriv(lest, Endringskontekst{.bruker = u"kari"_s, .tilUtboks = false});
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_store.reset();
        m_eksempelRepo.reset();
        m_eksempel.reset();
    }

    // Every case of the example store, opened one after the other in one editor as the list does.
    void hverEksempelsakAapnesUendret()
    {
        CaseEditor e(*m_eksempelRepo, Katalog::innebygd(), u"kari"_s);
        e.resize(1200, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QStringList ider;
        int utenInnsender = 0;
        m_eksempelRepo->forHver([&](const Tilsynssak &s) {
            ider.append(s.id);
            if (!s.innsender)
                ++utenInnsender;
        });
        QCOMPARE(ider.size(), 170);
        QVERIFY(utenInnsender > 0);
        QStringList endret;
        QVERIFY(aapneHver(e, ider, endret));
        QVERIFY2(endret.isEmpty(), qPrintable(endret.join(u'\n')));
    }

    // Every case of the sample file, 64 of them with sammendrag "".
    void hverFilsakAapnesUendret()
    {
        CaseEditor e(*m_repo, Katalog::innebygd(), u"kari"_s);
        e.resize(1200, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        int tomtSammendrag = 0;
        QStringList ider;
        m_repo->forHver([&](const Tilsynssak &s) {
            ider.append(s.id);
            if (s.sammendrag && s.sammendrag->isEmpty())
                ++tomtSammendrag;
        });
        QCOMPARE(ider.size(), 243);
        QCOMPARE(tomtSammendrag, 64);
        QStringList endret;
        QVERIFY(aapneHver(e, ider, endret));
        QVERIFY2(endret.isEmpty(), qPrintable(endret.join(u'\n')));
    }

    // Hand-made cases with each kind of empty or absent field.
    void tommeFelterAapnesUendret_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("sammendrag tom") << 0;
        QTest::newRow("sammendrag mangler") << 1;
        QTest::newRow("innsender med tomme felter") << 2;
        QTest::newRow("innsender mangler") << 3;
        QTest::newRow("brukerinvolvering tom") << 4;
        QTest::newRow("brukerinvolvering mangler") << 5;
        QTest::newRow("saksbehandler tom, lister tomme") << 6;
        QTest::newRow("uten bm, objekter uten valgfrie felter") << 7;
        QTest::newRow("innsender med bare adresse") << 8;
    }

    void tommeFelterAapnesUendret()
    {
        QFETCH(int, variant);
        std::optional<Tilsynssak> grunnlag;
        m_repo->forHver([&](const Tilsynssak &s) {
            if (!grunnlag && s.saksnummer == u"2024/15"_s && s.embete == u"vestland"_s)
                grunnlag = s;
        });
        QVERIFY(grunnlag);
        Tilsynssak s = *grunnlag;
        s.id = nyId();
        s.saksnummer = u"2024/%1"_s.arg(9000 + variant);
        switch (variant) {
        case 0: s.sammendrag = QString(); break;
        case 1: s.sammendrag.reset(); break;
        case 2: s.innsender = Innsender{}; break;
        case 3: s.innsender.reset(); break;
        case 4: s.brukerinvolvering = Brukerinvolvering{}; break;
        case 5: s.brukerinvolvering.reset(); break;
        case 6:
            s.saksbehandler = QString();
            s.kilder.clear();
            s.temaer.clear();
            break;
        case 7:
            s.behandlingsmaate.reset();
            s.oversendt = s.mote = s.avsluttet = s.rapportMottatt = QDate();
            s.utfall.reset();
            s.vurderinger.clear();
            for (Tilsynsobjekt &o : s.tilsynsobjekter) {
                o.tjenesteniva.reset();
                o.orgnr.reset();
                o.hpr.reset();
                o.adresse.reset();
                o.maalform.reset();
            }
            break;
        case 8: s.innsender = Innsender{QString(), u"Postboks 1\n5020 Bergen"_s, std::nullopt, {}, {}}; break;
        default: QFAIL("variant");
        }
        const auto r = m_repo->lagre(s, {u"kari"_s});
        QVERIFY2(r.ok(), qPrintable(r.problemer.isEmpty() ? QString() : r.problemer.first().melding));
        const Tilsynssak lagret = *m_repo->hent(s.id);

        CaseEditor e(*m_repo, Katalog::innebygd(), u"kari"_s);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QVERIFY(e.aapne(s.id));
        QTest::qWait(50); // the highlighter's delayed rehighlight, any queued signal
        QVERIFY2(e.undoStack()->count() == 0, qPrintable(e.undoStack()->text(0)));
        QVERIFY(!e.erEndret());
        QVERIFY(e.sak() == lagret);
    }

    // The main window: 2024/15 Vestland (sammendrag "") opened from the list with the keyboard.
    void tittelUtenStjerne()
    {
        MainWindow w(*m_store, *m_repo, Katalog::innebygd(), u"kari"_s);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *liste = w.listevisning();
        QTRY_VERIFY_WITH_TIMEOUT(liste->model()->rowCount() > 0, 30000);
        int aapnet = 0;
        for (int r = 0; r < liste->model()->rowCount(); ++r) {
            if (liste->model()->index(r, 0).data().toString() != u"2024/15"_s)
                continue;
            liste->setCurrentIndex(liste->model()->index(r, 0));
            QTest::keyClick(liste, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(w.editor()->harSak() && w.editor()->sak().saksnummer == u"2024/15"_s, 30000);
            QTest::qWait(50);
            QCOMPARE(w.editor()->undoStack()->count(), 0);
            QVERIFY2(!w.windowTitle().contains(u'*'), qPrintable(w.windowTitle()));
            if (w.editor()->sak().embete == u"vestland"_s)
                QCOMPARE(w.editor()->sak().sammendrag, std::optional<QString>(QString()));
            ++aapnet;
        }
        QVERIFY(aapnet >= 1);
    }

private:
    // Opens the cases IDER one after the other in one editor, as the list does; ENDRET gets each
    // that opened changed (edited, or a step on the undo stack). False at the first that does not open.
    static bool aapneHver(CaseEditor &e, const QStringList &ider, QStringList &endret)
    {
        for (const QString &id : ider) {
            if (!e.aapne(id))
                return false;
            QCoreApplication::processEvents(); // the spell checker's highlighter runs late
            QCoreApplication::processEvents();
            if (e.erEndret() || e.undoStack()->count() != 0)
                endret.append(id + u": "_s + e.undoStack()->text(0));
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_eksempel;
    std::unique_ptr<SakRepository> m_eksempelRepo;
    std::unique_ptr<Store> m_store; ///< the sample file's cases
    std::unique_ptr<SakRepository> m_repo;
};

QTEST_MAIN(TestUendretSak)
#include "tst_uendretsak.moc"
