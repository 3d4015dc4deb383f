// The open case saved elsewhere (by sync, or a resolved conflict) while the caseworker edits it:
// the editor state continues on the stored version, unsaved edits kept on top as one undoable
// step, and the next save (compare-and-set on the new version) succeeds.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "items/sakutkast.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestSakUtkastRebase final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = Store::aapne(m_dir.filePath(u"s.sqlite"_s));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        CaseGenerator g(Katalog::innebygd(), 7);
        m_sak = g.neste();
        m_sak.saksnummer.reset();
        m_sak.sammendrag = u"opprinnelig"_s;
        m_sak.saksbehandler = u"kari"_s;
        QVERIFY(m_repo->lagre(m_sak, {u"kari"_s}).ok());
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"s.sqlite"_s));
    }

    void ulagredeEndringerLeggesOppaa()
    {
        SakUtkast u(Katalog::innebygd());
        u.last(*m_repo->hent(m_sak.id), m_repo->versjon(m_sak.id));
        u.endre(u"sammendrag"_s, u"edit"_s, [](Tilsynssak &s) { s.sammendrag = u"skrevet i editoren"_s; });

        // Sync registers the case and someone else changes the caseworker field.
        Tilsynssak annen = *m_repo->hent(m_sak.id);
        annen.saksnummer = u"2026/14"_s;
        annen.saksbehandler = u"per"_s;
        QVERIFY(m_repo->lagre(annen, {u"synk"_s}).ok());
        const int versjon = m_repo->versjon(m_sak.id);
        QVERIFY(versjon != u.versjon());

        QCOMPARE(u.rebaser(*m_repo->hent(m_sak.id), versjon), QStringList());
        QCOMPARE(u.versjon(), versjon);
        QCOMPARE(u.sak().saksnummer, std::optional<QString>(u"2026/14"_s));
        QCOMPARE(u.sak().saksbehandler, std::optional<QString>(u"per"_s));
        QCOMPARE(u.sak().sammendrag, std::optional<QString>(u"skrevet i editoren"_s));
        QVERIFY(u.erEndret());
        // One undo step gives exactly the stored version; redo brings the edit back.
        u.undoStack()->undo();
        QCOMPARE(u.sak(), *m_repo->hent(m_sak.id));
        u.undoStack()->redo();
        const auto r = m_repo->lagre(u.sak(), {u"kari"_s}, u.versjon());
        QVERIFY(r.ok());
        QCOMPARE(m_repo->hent(m_sak.id)->sammendrag, std::optional<QString>(u"skrevet i editoren"_s));
        QCOMPARE(m_repo->hent(m_sak.id)->saksnummer, std::optional<QString>(u"2026/14"_s));
    }

    void sammeFeltBeholderMinOgSierFra()
    {
        SakUtkast u(Katalog::innebygd());
        u.last(*m_repo->hent(m_sak.id), m_repo->versjon(m_sak.id));
        u.endre(u"sammendrag"_s, u"edit"_s, [](Tilsynssak &s) { s.sammendrag = u"min"_s; });
        Tilsynssak annen = *m_repo->hent(m_sak.id);
        annen.sammendrag = u"deres"_s;
        QVERIFY(m_repo->lagre(annen, {u"synk"_s}).ok());
        QCOMPARE(u.rebaser(*m_repo->hent(m_sak.id), m_repo->versjon(m_sak.id)), QStringList{u"sammendrag"_s});
        QCOMPARE(u.sak().sammendrag, std::optional<QString>(u"min"_s));
    }

    void utenEndringerLastesLagret()
    {
        SakUtkast u(Katalog::innebygd());
        u.last(*m_repo->hent(m_sak.id), m_repo->versjon(m_sak.id));
        Tilsynssak annen = *m_repo->hent(m_sak.id);
        annen.saksnummer = u"2026/15"_s;
        QVERIFY(m_repo->lagre(annen, {u"synk"_s}).ok());
        u.rebaser(*m_repo->hent(m_sak.id), m_repo->versjon(m_sak.id));
        QCOMPARE(u.sak(), *m_repo->hent(m_sak.id));
        QVERIFY(!u.erEndret());
        QVERIFY(!u.undoStack()->canUndo());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    Tilsynssak m_sak;
};

QTEST_GUILESS_MAIN(TestSakUtkastRebase)
#include "tst_sakutkastrebase.moc"
