// Two-step approval and assignment against the real PostgreSQL (pg_virtualenv, label central):
// the server refuses an approval from a caseworker and from a leader of another office (also
// with hand-written SQL), a leader's offline approval becomes final when the central store
// accepts it and reaches the caseworker, a letter that needs approval cannot be finalised before
// (store API and CLI), an edited approved draft needs approval again, the return-with-comment
// round trip, assignment reaching a second client, and the signature of a finalised avgjørelse.

#include "../letters/brevtestdata.h"
#include "../sync/pgtestmiljo.h"
#include "../sync/synctestklient.h"

#include "domain/katalog.h"
#include "flyt/dokumentflyt.h"
#include "flyt/tildeling.h"
#include "items/kontorpraksis.h"
#include "items/sakfilter.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAvgjorelse = u"bm5-avgjorelse"_s;

// Runs SQL as a user; returns the error message, empty if it succeeded.
QString somBruker(const PgTestMiljo &pg, const QString &bruker, const QString &sql, const QVariantList &v = {})
{
    try {
        SentralTilkobling t(pg.conninfo(bruker));
        t.kjoer(sql, v, "test");
        return {};
    } catch (const SentralFeil &e) {
        return e.melding();
    }
}

} // namespace

class TestGodkjenning final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_nr = 0;
    const Brevmalkilde m_maler;

    struct Oppsett
    {
        PgTestMiljo pg;
        QString kari, anne, ola;
        std::unique_ptr<SyncTestKlient> k, a;
        QString sakId;
    };

    // agder with caseworker kari and leader anne, rogaland with leader ola; a BM 5 case of agder
    // created by kari and synced to both.
    std::unique_ptr<Oppsett> oppsett()
    {
        auto o = std::make_unique<Oppsett>();
        o->pg.opprettEmbete(u"agder"_s);
        o->pg.opprettEmbete(u"rogaland"_s);
        o->kari = o->pg.opprettBruker(u"kari"_s, {u"agder"_s});
        o->anne = o->pg.opprettBruker(u"anne"_s, {u"agder"_s});
        o->pg.verdi(u"GRANT tilsyn_leder_agder TO \"%1\""_s.arg(o->anne));
        o->ola = o->pg.opprettBruker(u"ola"_s, {u"rogaland"_s});
        o->pg.verdi(u"GRANT tilsyn_leder_rogaland TO \"%1\""_s.arg(o->ola));
        const QString nr = QString::number(++m_nr);
        o->k = std::make_unique<SyncTestKlient>(m_dir.path(), u"k"_s + nr, o->pg.conninfo(o->kari));
        o->a = std::make_unique<SyncTestKlient>(m_dir.path(), u"a"_s + nr, o->pg.conninfo(o->anne));
        Tilsynssak s = brevsak(5);
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.embete = u"agder"_s;
        const auto r = o->k->repo().lagre(s, Endringskontekst{.bruker = o->kari, .tidspunkt = QDateTime::currentDateTimeUtc()});
        if (!r.ok())
            qFatal("testsaken er ugyldig: %s", qUtf8Printable(r.problemer.constFirst().melding));
        o->sakId = s.id;
        o->k->synk();
        o->a->synk();
        return o;
    }

    static Brevutkast avgjorelse(const Tilsynssak &sak, const QString &saksforhold = u"Saken gjelder X."_s)
    {
        Brevutkast u = foreslaaUtkast(sak, kAvgjorelse, QDate(2026, 11, 30));
        u.saksbehandler = {u"Kari Saksbehandler"_s, u"rådgiver"_s, {}};
        u.fritekst.insert(u"saksforhold"_s, saksforhold);
        return u;
    }

    static QString sendTilGodkjenning(SyncTestKlient &k, const QString &sakId, const Brevutkast &u, const QString &hvem)
    {
        Dokumentflyt flyt(k.store());
        const Utkastversjon v = flyt.lagreUtkast(*k.hent(sakId), u, hvem);
        flyt.sendTilGodkjenning(v.id, {}, u"Kan du se på denne?"_s, hvem);
        return v.id;
    }

    // The command line with a settings file of its own; returns exit status and stderr.
    std::pair<int, QString> kjoer(const QStringList &arg, const QByteArray &innstillinger)
    {
        const QString konfig = m_dir.filePath(u"konfig-%1"_s.arg(++m_konfig));
        QDir().mkpath(konfig + u"/tilsynsklient"_s);
        QFile f(konfig + u"/tilsynsklient/tilsynsklient.conf"_s);
        if (!f.open(QIODevice::WriteOnly) || f.write(innstillinger) != innstillinger.size())
            qFatal("cannot write the settings file");
        f.close();
        QProcess p;
        QProcessEnvironment miljo = QProcessEnvironment::systemEnvironment();
        miljo.insert(u"XDG_CONFIG_HOME"_s, konfig);
        p.setProcessEnvironment(miljo);
        p.start(qEnvironmentVariable("TILSYN_EXE"), arg);
        if (!p.waitForFinished(120000))
            return {-1, u"timeout"_s};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
    }
    int m_konfig = 0;

    static SakFilter mine(const QString &bruker)
    {
        SakFilter f;
        f.saksbehandler = u"Profilnavn"_s;
        f.sentralbruker = bruker;
        return f;
    }

    static int antall(SyncTestKlient &k, const SakFilter &f)
    {
        const SakFilter::Sql sql = f.tilSql(QDate::currentDate());
        QSqlQuery q(k.store().db());
        q.prepare(u"SELECT count(*) FROM tilsynssak "_s + sql.where);
        for (const QVariant &v : sql.verdier)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("filter: %s", qUtf8Printable(q.lastError().text()));
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        // Approval on for avgjørelse, as in an office with a central store.
        QSettings().setValue(u"sentral/conninfo"_s, u"host=sentral"_s);
        QCOMPARE(Kontorpraksis::typerSomKreverGodkjenning(), Kontorpraksis::standardGodkjenningstyper());
    }

    void saksbehandlerKanIkkeGodkjenne()
    {
        auto o = oppsett();
        const Brevutkast u = avgjorelse(*o->k->hent(o->sakId));
        const QString vid = sendTilGodkjenning(*o->k, o->sakId, u, o->kari);
        QCOMPARE(o->k->synk().flyt, 2); // the version and the request

        // The client does not offer it: kari did not learn a leader role at sync.
        Dokumentflyt flyt(o->k->store());
        QVERIFY(flyt.lederEmbeter().isEmpty());
        try {
            flyt.behandle(vid, Flytstatus::Godkjent, {}, o->kari, {u"Kari"_s, {}, {}});
            QFAIL("a caseworker approved");
        } catch (const StoreError &e) {
            QVERIFY2(e.melding().contains(u"bare en leder"_s), qUtf8Printable(e.melding()));
        }
        // Hand-written SQL as kari: the function, the table and the view all refuse.
        QString feil = somBruker(o->pg, o->kari,
                                 u"SELECT tilsyn_flyt(gen_random_uuid(), ?::uuid, 'Godkjent', '', '', now(), 'Kari', '')"_s,
                                 {vid});
        QVERIFY2(feil.contains(u"tilsyn_leder_agder"_s), qUtf8Printable(feil));
        feil = somBruker(o->pg, o->kari,
                         u"INSERT INTO tilsyn_data.dokumentflyt (id, embete, sak_id, utkast_id, fra, til, status, sendt, "
                         u"mottatt, rev) VALUES (gen_random_uuid(), 'agder', ?::uuid, ?::uuid, 'kari', '', 'Godkjent', "
                         u"now(), now(), 99)"_s, {o->sakId, vid});
        QVERIFY2(feil.contains(u"permission denied"_s), qUtf8Printable(feil));
        feil = somBruker(o->pg, o->kari,
                         u"INSERT INTO dokumentflyt (id, embete, sak_id, utkast_id, fra, til, status, sendt, mottatt, rev) "
                         u"VALUES (gen_random_uuid(), 'agder', ?::uuid, ?::uuid, 'kari', '', 'Godkjent', now(), now(), 99)"_s,
                         {o->sakId, vid});
        QVERIFY2(feil.contains(u"permission denied"_s), qUtf8Printable(feil));
        feil = somBruker(o->pg, o->kari, u"UPDATE dokumentflyt SET status = 'Godkjent'"_s);
        QVERIFY2(feil.contains(u"permission denied"_s), qUtf8Printable(feil));
        // Not even the owner's trigger lets a non-leader through (a superuser is a member of every role).
        feil = somBruker(o->pg, o->kari, u"SELECT tilsyn_tildel(gen_random_uuid(), ?::uuid, ?)"_s, {o->sakId, o->kari});
        QVERIFY2(feil.contains(u"tilsyn_leder_agder"_s), qUtf8Printable(feil));

        // A forged local approval row is pushed and refused; it never counts.
        QSqlQuery q(o->k->store().db());
        QVERIFY(q.exec(u"INSERT INTO dokumentflyt (id, utkast_id, sak_id, fra, til, status, godkjenner_navn, sendt) "
                       u"VALUES ('%1', '%2', '%3', 'kari', 'kari', 'Godkjent', 'Kari', '2026-11-30T08:00:00.000Z')"_s
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), vid, o->sakId)));
        const auto r = o->k->synk();
        QCOMPARE(r.flytAvvist, 1);
        QCOMPARE(o->pg.verdi(u"SELECT count(*) FROM dokumentflyt WHERE status = 'Godkjent'"_s).toInt(), 0);
        QCOMPARE(o->k->verdi(u"SELECT count(*) FROM dokumentflyt WHERE avvist LIKE '%tilsyn_leder_agder%'"_s).toInt(), 1);
        QVERIFY(!flyt.godkjenning(*o->k->hent(o->sakId), u));
        QCOMPARE(flyt.sisteSteg(vid)->status, Flytstatus::TilGodkjenning);
    }

    void lederIAnnetEmbeteKanIkkeGodkjenne()
    {
        auto o = oppsett();
        const QString vid = sendTilGodkjenning(*o->k, o->sakId, avgjorelse(*o->k->hent(o->sakId)), o->kari);
        o->k->synk();
        // ola leads rogaland: agder's draft is invisible to him, and approving it is refused.
        QCOMPARE(somBruker(o->pg, o->ola, u"SELECT 1 FROM dokumentflyt"_s), QString());
        SentralTilkobling ola(o->pg.conninfo(o->ola));
        QSqlQuery q = ola.kjoer(u"SELECT count(*) FROM brevutkast"_s, {}, "test");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const QString feil = somBruker(o->pg, o->ola,
            u"SELECT tilsyn_flyt(gen_random_uuid(), ?::uuid, 'Godkjent', '', '', now(), 'Ola', 'fylkeslege')"_s, {vid});
        QVERIFY2(feil.contains(u"finnes ikke i sentralen eller tilhører et annet embete"_s), qUtf8Printable(feil));
        QCOMPARE(o->pg.verdi(u"SELECT count(*) FROM dokumentflyt WHERE status <> 'Til godkjenning'"_s).toInt(), 0);
    }

    void lederensFrakobledeGodkjenningBlirEndeligOgSignerer()
    {
        auto o = oppsett();
        const Brevutkast u = avgjorelse(*o->k->hent(o->sakId));
        const QString vid = sendTilGodkjenning(*o->k, o->sakId, u, o->kari);
        o->k->synk();
        o->a->synk();
        Dokumentflyt lederflyt(o->a->store());
        QCOMPARE(lederflyt.lederEmbeter(), QStringList{u"agder"_s});
        const QList<Flytpost> koe = lederflyt.tilGodkjenning(o->anne);
        QCOMPARE(koe.size(), 1);
        QCOMPARE(koe.constFirst().versjon.id, vid);
        QCOMPARE(koe.constFirst().steg.merknad, u"Kan du se på denne?"_s);
        QCOMPARE(koe.constFirst().steg.fra, o->kari);
        // The leader sees the exact draft: same key over her copy of the case.
        QCOMPARE(Dokumentflyt::noekkel(*o->a->hent(o->sakId), koe.constFirst().versjon.utkast), koe.constFirst().versjon.noekkel);

        // Offline: recorded, but not final.
        const Brevperson anne{u"Anne Leder"_s, u"fylkeslege"_s, {}};
        lederflyt.behandle(vid, Flytstatus::Godkjent, {}, o->anne, anne);
        QVERIFY(!lederflyt.sisteSteg(vid)->erEndelig());
        QVERIFY(!lederflyt.godkjenning(*o->a->hent(o->sakId), u));
        QVERIFY(lederflyt.tilGodkjenning(o->anne).isEmpty());

        // The caseworker cannot finalise yet (store API).
        BrevRepository brev(o->k->store());
        const Brevrenderer renderer(Katalog::innebygd(), m_maler);
        Brevutkast endelig = u;
        endelig.utkast = false;
        const Tilsynssak sak = *o->k->hent(o->sakId);
        QVERIFY_THROWS_EXCEPTION(StoreError, brev.ferdigstill(sak, endelig, renderer.pdfA(sak, endelig), o->kari));
        // A letter claiming an approval that the store has not accepted is refused too.
        endelig.godkjenning = Godkjenning{anne, QDateTime::currentDateTimeUtc()};
        QVERIFY_THROWS_EXCEPTION(StoreError, brev.ferdigstill(sak, endelig, renderer.pdfA(sak, endelig), o->kari));
        QVERIFY(brev.forSak(o->sakId).isEmpty());

        // Back online: pushed and accepted; the caseworker sees it after her sync.
        QCOMPARE(o->a->synk().flyt, 1);
        QVERIFY(lederflyt.sisteSteg(vid)->erEndelig());
        QCOMPARE(o->pg.verdi(u"SELECT fra || ' ' || godkjenner_navn FROM dokumentflyt WHERE status = 'Godkjent'"_s).toString(),
                 o->anne + u" Anne Leder"_s);
        o->k->synk();
        Dokumentflyt flyt(o->k->store());
        const auto g = flyt.godkjenning(sak, u);
        QVERIFY(g);
        QCOMPARE(g->godkjenner.navn, u"Anne Leder"_s);
        QCOMPARE(g->godkjenner.tittel, u"fylkeslege"_s);
        QCOMPARE(flyt.sisteSteg(vid)->fra, o->anne);

        // Finalised now, and the signature names the approving leader.
        endelig.godkjenning = Godkjenning{{u"Noen Andre"_s, {}, {}}, QDateTime::currentDateTimeUtc()};
        QVERIFY_THROWS_EXCEPTION(StoreError, brev.ferdigstill(sak, endelig, renderer.pdfA(sak, endelig), o->kari));
        endelig.godkjenning = g;
        const qint64 id = brev.ferdigstill(sak, endelig, renderer.pdfA(sak, endelig), o->kari);
        const QString tekst = pdfTekst(brev.hentKontrollert(id).pdf);
        QVERIFY2(tekst.contains(u"Anne Leder"_s), qUtf8Printable(tekst.right(600)));
        QVERIFY(tekst.contains(u"Dokumentet er elektronisk godkjent"_s));
        QVERIFY(tekst.contains(u"Kari Saksbehandler"_s));
    }

    void kommandolinjenFerdigstillerBareGodkjentBrev()
    {
        auto o = oppsett();
        const Tilsynssak sak = *o->k->hent(o->sakId);
        const QString vid = sendTilGodkjenning(*o->k, o->sakId, avgjorelse(sak), o->kari);
        o->k->synk();
        const QString ut = m_dir.filePath(u"cli-%1.pdf"_s.arg(m_nr));
        const QStringList arg{u"--db"_s, o->k->sti(), u"letter"_s, u"--case"_s, o->sakId, u"--type"_s, kAvgjorelse,
                              u"--finalise"_s, u"--out"_s, ut};
        // The office has a central store: avgjørelse needs approval by default.
        const QByteArray konf = "[sentral]\nconninfo=\"" + o->k->conninfo().toUtf8() + "\"\n";
        auto k = kjoer(arg, konf);
        QCOMPARE(k.first, 2);
        QVERIFY2(k.second.contains(u"need an approval"_s), qUtf8Printable(k.second));
        QVERIFY(!QFile::exists(ut));
        // Approved offline: still refused until the central store has it.
        o->a->synk();
        Dokumentflyt(o->a->store()).behandle(vid, Flytstatus::Godkjent, {}, o->anne, {u"Anne Leder"_s, u"fylkeslege"_s, {}});
        o->k->synk();
        QCOMPARE(kjoer(arg, konf).first, 2);
        o->a->synk();
        o->k->synk();
        k = kjoer(arg, konf);
        QVERIFY2(k.first == 0, qUtf8Printable(k.second));
        QFile f(ut);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString tekst = pdfTekst(f.readAll());
        QVERIFY2(tekst.contains(u"Anne Leder"_s) && tekst.contains(u"Dokumentet er elektronisk godkjent"_s),
                 qUtf8Printable(tekst.right(500)));
        QVERIFY(tekst.contains(u"Saken gjelder X."_s)); // the approved text, not a fresh draft
        // With approval off the office's avgjørelse is finalised without any approval claim.
        const QString ut2 = m_dir.filePath(u"cli-av-%1.pdf"_s.arg(m_nr));
        QStringList arg2 = arg;
        arg2.last() = ut2;
        k = kjoer(arg2, konf + "[kontor]\ngodkjenning=av\n");
        QVERIFY2(k.first == 0, qUtf8Printable(k.second));
        QFile f2(ut2);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        QVERIFY(!pdfTekst(f2.readAll()).contains(u"elektronisk godkjent"_s));
    }

    void godkjentUtkastSomEndresMaaGodkjennesPaaNytt()
    {
        auto o = oppsett();
        const Brevutkast u = avgjorelse(*o->k->hent(o->sakId));
        const QString vid = sendTilGodkjenning(*o->k, o->sakId, u, o->kari);
        o->k->synk();
        o->a->synk();
        Dokumentflyt(o->a->store()).behandle(vid, Flytstatus::Godkjent, {}, o->anne, {u"Anne Leder"_s, {}, {}});
        o->a->synk();
        o->k->synk();
        Dokumentflyt flyt(o->k->store());
        const Tilsynssak sak = *o->k->hent(o->sakId);
        QVERIFY(flyt.godkjenning(sak, u));
        // The approved version is frozen: storing the same draft gives the same version...
        QCOMPARE(flyt.lagreUtkast(sak, u, o->kari).id, vid);
        // ...an edit is a new version that needs approval again.
        const Brevutkast endret = avgjorelse(sak, u"Saken gjelder Y."_s);
        const Utkastversjon ny = flyt.lagreUtkast(sak, endret, o->kari);
        QVERIFY(ny.id != vid);
        QCOMPARE(ny.forrige, vid);
        QVERIFY(!flyt.godkjenning(sak, endret));
        QVERIFY(!flyt.godkjenning(sak, u)); // the letter's newest version is the edit
        QVERIFY(!flyt.sisteSteg(ny.id));
        // The approved version itself never changes, in either store.
        QSqlQuery q(o->k->store().db());
        QVERIFY(!q.exec(u"UPDATE brevutkast SET innhold = '{}' WHERE id = '%1'"_s.arg(vid)));
        QVERIFY(somBruker(o->pg, o->kari, u"UPDATE brevutkast SET innhold = '{}'"_s).contains(u"permission denied"_s));
        // An edit of the case after approval also changes the key.
        o->k->endre(o->sakId, [](Tilsynssak &s) { s.sammendrag = s.sammendrag.value_or(QString()) + u" Mer."_s; });
        QVERIFY(Dokumentflyt::noekkel(*o->k->hent(o->sakId), u) != Dokumentflyt::noekkel(sak, u));
    }

    void sendtTilbakeMedKommentarRundtur()
    {
        auto o = oppsett();
        const Brevutkast u = avgjorelse(*o->k->hent(o->sakId));
        const QString vid = sendTilGodkjenning(*o->k, o->sakId, u, o->kari);
        o->k->synk();
        o->a->synk();
        Dokumentflyt lederflyt(o->a->store());
        QVERIFY_THROWS_EXCEPTION(StoreError, lederflyt.behandle(vid, Flytstatus::SendtTilbake, u" "_s, o->anne, {}));
        lederflyt.behandle(vid, Flytstatus::SendtTilbake, u"Vurderingen av § 4 må begrunnes."_s, o->anne, {});
        o->a->synk();
        o->k->synk();
        Dokumentflyt flyt(o->k->store());
        const QList<Flytpost> tilbake = flyt.tilbakesendt(o->kari);
        QCOMPARE(tilbake.size(), 1);
        QCOMPARE(tilbake.constFirst().steg.status, Flytstatus::SendtTilbake);
        QCOMPARE(tilbake.constFirst().steg.merknad, u"Vurderingen av § 4 må begrunnes."_s);
        QCOMPARE(tilbake.constFirst().steg.fra, o->anne);
        QVERIFY(tilbake.constFirst().steg.erEndelig());
        // The server keeps the audited steps in order: from, to, sent, received, status, comment.
        QCOMPARE(o->pg.verdi(u"SELECT string_agg(fra || '>' || coalesce(nullif(til, ''), 'ledere') || ':' || status || ':' "
                             u"|| merknad || ':' || (mottatt >= sendt - interval '1 minute'), ' | ' ORDER BY rev) FROM "
                             u"dokumentflyt"_s).toString(),
                 u"%1>ledere:Til godkjenning:Kan du se på denne?:true | %2>%1:Sendt tilbake med kommentarer:Vurderingen "
                 u"av § 4 må begrunnes.:true"_s.arg(o->kari, o->anne));
        // Revised and sent again; approved this time.
        const Brevutkast revidert = avgjorelse(*o->k->hent(o->sakId), u"Saken gjelder X, begrunnet."_s);
        const QString vid2 = sendTilGodkjenning(*o->k, o->sakId, revidert, o->kari);
        o->k->synk();
        o->a->synk();
        QCOMPARE(lederflyt.tilGodkjenning(o->anne).size(), 1);
        lederflyt.behandle(vid2, Flytstatus::Godkjent, {}, o->anne, {u"Anne Leder"_s, {}, {}});
        o->a->synk();
        o->k->synk();
        QVERIFY(flyt.tilbakesendt(o->kari).isEmpty());
        QVERIFY(flyt.godkjenning(*o->k->hent(o->sakId), revidert));
    }

    void tildelingNaarAndreKlient()
    {
        auto o = oppsett();
        auto k2 = std::make_unique<SyncTestKlient>(m_dir.path(), u"andre"_s, o->pg.conninfo(o->kari));
        k2->synk();
        // Only a leader assigns (client side, and the server again).
        QVERIFY_THROWS_EXCEPTION(StoreError, Tildeling(o->k->store()).tildel(o->sakId, o->kari, o->kari));
        Tildeling tildeling(o->a->store());
        // Roles are cluster-wide: earlier tests' users of agder are listed too; ola (rogaland) is not.
        const QList<Kontorbruker> brukere = tildeling.brukere(u"agder"_s);
        const auto finn = [&](const QString &b) {
            return std::find_if(brukere.cbegin(), brukere.cend(), [&](const Kontorbruker &k) { return k.bruker == b; });
        };
        QVERIFY(finn(o->kari) != brukere.cend() && !finn(o->kari)->leder);
        QVERIFY(finn(o->anne) != brukere.cend() && finn(o->anne)->leder);
        QVERIFY(finn(o->ola) == brukere.cend());
        QVERIFY_THROWS_EXCEPTION(StoreError, tildeling.tildel(o->sakId, o->ola, o->anne)); // not in agder
        QVERIFY(!tildeling.tildelt(o->sakId));
        tildeling.tildel(o->sakId, o->kari, o->anne);
        QCOMPARE(*tildeling.tildelt(o->sakId), o->kari);
        QCOMPARE(o->a->synk().flyt, 1);
        QCOMPARE(o->pg.verdi(u"SELECT bruker || ' av ' || av FROM tildeling"_s).toString(), o->kari + u" av "_s + o->anne);
        k2->synk();
        QCOMPARE(Tildeling(k2->store()).tildelt(o->sakId).value_or(u"-"_s), o->kari);
        // "Mine saker" follows the assignment; "Ufordelte" no longer lists the case.
        QCOMPARE(antall(*k2, mine(o->kari)), 1);
        QCOMPARE(antall(*k2, mine(o->anne)), 0);
        SakFilter ufordelte;
        ufordelte.bareUfordelte = true;
        QCOMPARE(antall(*k2, ufordelte), 0);
        // Reassigned to nobody ("Ufordelte"), and the audit trail has both.
        tildeling.tildel(o->sakId, {}, o->anne);
        o->a->synk();
        k2->synk();
        QCOMPARE(Tildeling(k2->store()).tildelt(o->sakId).value_or(u"-"_s), QString());
        QCOMPARE(antall(*k2, ufordelte), 1);
        QCOMPARE(antall(*k2, mine(o->kari)), 0);
        QCOMPARE(o->pg.verdi(u"SELECT count(*) FROM tildeling"_s).toInt(), 2);
        QCOMPARE(o->a->verdi(u"SELECT count(*) FROM audit WHERE handling = 'sak tildelt'"_s).toInt(), 2);
    }

    void utenGodkjenningSierIngenBrevElektroniskGodkjent()
    {
        auto o = oppsett();
        Kontorpraksis::godkjenning.sett(u"av"_s);
        QVERIFY(Kontorpraksis::typerSomKreverGodkjenning().isEmpty());
        const Tilsynssak sak = *o->k->hent(o->sakId);
        Brevutkast u = avgjorelse(sak);
        u.utkast = false;
        const Brevrenderer renderer(Katalog::innebygd(), m_maler);
        BrevRepository brev(o->k->store());
        const QString tekst = pdfTekst(brev.hentKontrollert(brev.ferdigstill(sak, u, renderer.pdfA(sak, u), o->kari)).pdf);
        QVERIFY(tekst.contains(u"Kari Saksbehandler"_s));
        QVERIFY(!tekst.contains(u"elektronisk godkjent"_s));
        // A draft that claims an approval without a record is refused even then.
        u.godkjenning = Godkjenning{{u"Anne Leder"_s, {}, {}}, QDateTime::currentDateTimeUtc()};
        u.fritekst.insert(u"saksforhold"_s, u"Annet."_s);
        QVERIFY_THROWS_EXCEPTION(StoreError, brev.ferdigstill(sak, u, renderer.pdfA(sak, u), o->kari));
    }
};

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QGuiApplication app(argc, argv); // letters are rendered with fonts
    TestGodkjenning t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_godkjenning.moc"
