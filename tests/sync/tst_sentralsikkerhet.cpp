// The central store against its own users (issue 16), on a real PostgreSQL: hand-written SQL
// from an ordinary office user is refused on every table and counter, leaves content, history
// and counters as they were, and every client still syncs; the privileges user roles hold are
// exactly an allow-list; an old (version 2) store is upgraded, repaired and told about.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "sync/sentralfeil.h"
#include "sync/sentralskjema.h"
#include "sync/synclager.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kTabeller{u"sak"_s, u"sak_historikk"_s, u"op_logg"_s, u"konflikt"_s, u"embete_rev"_s,
                            u"saksnummer_teller"_s, u"brev"_s};

// Everything the central store holds, as one text per table (superuser, bypassing RLS).
QStringList innhold(const PgTestMiljo &pg)
{
    QStringList ut;
    for (const QString &t : kTabeller) {
        ut.append(t + u": "_s + pg.verdi(u"SELECT count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' ORDER BY "
                                          u"x::text)), '') FROM tilsyn_data.%1 x"_s.arg(t)).toString());
    }
    return ut;
}

// Every privilege `rolle` holds in the current database, from the catalogs.
QStringList privilegier(const PgTestMiljo &pg, const QString &rolle)
{
    const QString sql = uR"(
SELECT string_agg(p, E'\n' ORDER BY p) FROM (
  SELECT priv || ' ' || n.nspname || '.' || c.relname AS p
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
       unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) priv
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
    AND c.relkind IN ('r', 'v', 'm', 'p', 'f') AND has_table_privilege(:r, c.oid, priv)
  UNION
  SELECT priv || ' (columns) ' || n.nspname || '.' || c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, unnest(ARRAY['SELECT','INSERT','UPDATE','REFERENCES']) priv
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
    AND c.relkind IN ('r', 'v', 'm', 'p', 'f') AND has_any_column_privilege(:r, c.oid, priv)
    AND NOT has_table_privilege(:r, c.oid, priv)
  UNION
  SELECT priv || ' sequence ' || n.nspname || '.' || c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, unnest(ARRAY['USAGE','SELECT','UPDATE']) priv
  WHERE c.relkind = 'S' AND has_sequence_privilege(:r, c.oid, priv)
  UNION
  SELECT 'EXECUTE ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND has_function_privilege(:r, p.oid, 'EXECUTE')
  UNION
  SELECT priv || ' schema ' || n.nspname FROM pg_namespace n, unnest(ARRAY['USAGE','CREATE']) priv
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_t%'
    AND has_schema_privilege(:r, n.oid, priv)
  UNION
  SELECT priv || ' database' FROM unnest(ARRAY['CREATE','TEMPORARY','CONNECT']) priv
  WHERE has_database_privilege(:r, current_database(), priv)
  UNION
  SELECT 'MEMBER ' || regexp_replace(rolname, '_t_[0-9a-f]+$', '') FROM pg_roles
  WHERE rolname <> :r AND pg_has_role(:r, oid, 'MEMBER')
) x)"_s;
    return pg.verdi(QString(sql).replace(u":r"_s, u"'"_s + rolle + u"'"_s)).toString().split(u'\n');
}

// A statement a hostile user runs: refused (an error) or without effect (0 rows).
bool avvises(const SentralTilkobling &t, const QString &sql, QString *hvordan)
{
    try {
        const QSqlQuery q = t.kjoer(sql, {}, "fiendtlig");
        *hvordan = u"%1 rader"_s.arg(q.numRowsAffected());
        return q.numRowsAffected() <= 0;
    } catch (const SentralFeil &e) {
        *hvordan = e.melding();
        return true;
    }
}

} // namespace

class TestSentralSikkerhet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiendtligSqlAvvisesOgSynkVirker();
    void brukerrollenesPrivilegierErTillatelseslisten();
    void historikkenErServerensOgKonflikterLoesesBareAvFunksjonen();
    void gammelSentralOppgraderesOgRepareres();

private:
    QTemporaryDir m_dir;
};

void TestSentralSikkerhet::fiendtligSqlAvvisesOgSynkVirker()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    pg.opprettEmbete(u"rogaland"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    SyncTestKlient a(m_dir.path(), u"h_a"_s, pg.conninfo(kari));
    SyncTestKlient b(m_dir.path(), u"h_b"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
    SyncTestKlient c(m_dir.path(), u"h_c"_s, pg.conninfo(pg.opprettBruker(u"ola"_s, {u"rogaland"_s})));
    const QString id = a.nySak(u"agder"_s, 1600);
    a.nySak(u"agder"_s, 1601);
    c.nySak(u"rogaland"_s, 1602);
    QCOMPARE(a.synk().pushet, 2);
    QCOMPARE(c.synk().pushet, 1);
    b.synk();
    a.endre(id, [](Tilsynssak &s) { s.sammendrag = u"fra a"_s; });
    b.endre(id, [](Tilsynssak &s) { s.sammendrag = u"fra b"_s; });
    a.synk();
    QCOMPARE(b.synk().konflikter, 1); // a conflict row to attack too
    {
        const QByteArray pdf("%PDF-1.4 et brev");
        SentralTilkobling t(pg.conninfo(kari));
        t.kjoer(u"SELECT tilsyn_lagre_brev(?, ?::uuid, ?, '{}')"_s,
                {QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()), id, pdf}, "brev");
    }
    const QStringList foer = innhold(pg);
    const QString rogalandSak = pg.verdi(u"SELECT id::text FROM sak WHERE embete = 'rogaland'"_s).toString();

    SentralTilkobling t(pg.conninfo(kari));
    QStringList feil;
    const auto sjekk = [&](const QString &sql) {
        QString hvordan;
        if (!avvises(t, sql, &hvordan))
            feil.append(sql + u" -> "_s + hvordan);
        return hvordan;
    };
    // The five statements of the issue.
    QCOMPARE(sjekk(u"UPDATE sak SET dokument = jsonb_set(dokument, '{sammendrag}', '\"…\"') WHERE id = '%1'"_s.arg(id)),
             u"0 rader"_s);
    QVERIFY(sjekk(u"INSERT INTO sak_historikk (embete, rev, sak_id, dokument, bruker, tidspunkt) VALUES ('agder', 99, "
                  u"'%1', '{}', 'annen.bruker', now() - interval '300 days')"_s.arg(id)).contains(u"permission denied"_s));
    QCOMPARE(sjekk(u"UPDATE embete_rev SET rev = 1 WHERE embete = 'agder'"_s), u"0 rader"_s);
    QVERIFY(sjekk(u"UPDATE saksnummer_teller SET siste = 0"_s).contains(u"permission denied"_s));
    QVERIFY(sjekk(u"INSERT INTO brev (sha256, embete, sak_id, pdf) VALUES ('deadbeef', 'agder', '%1', '\\x00')"_s.arg(id))
                .contains(u"permission denied"_s));
    // The same kinds on every table and counter, own office and another, views and tables.
    const QHash<QString, QString> kolonne{{u"sak"_s, u"dokument"_s}, {u"sak_historikk"_s, u"dokument"_s},
                                          {u"op_logg"_s, u"resultat"_s}, {u"konflikt"_s, u"loest"_s},
                                          {u"embete_rev"_s, u"rev"_s}, {u"saksnummer_teller"_s, u"siste"_s},
                                          {u"brev"_s, u"metadata"_s}, {u"tilsyn_meta"_s, u"verdi"_s}};
    for (auto it = kolonne.cbegin(); it != kolonne.cend(); ++it) {
        const bool harEmbete = it.key() != u"op_logg" && it.key() != u"tilsyn_meta";
        for (const QString &skjema : {u"public"_s, u"tilsyn_data"_s}) {
            if (skjema == u"tilsyn_data" && it.key() == u"tilsyn_meta")
                continue;
            const QString tab = skjema + u'.' + it.key();
            for (const QString &hvor : harEmbete ? QStringList{u"embete = 'agder'"_s, u"embete = 'rogaland'"_s}
                                                : QStringList{u"true"_s}) {
                sjekk(u"UPDATE %1 SET %2 = %2 WHERE %3"_s.arg(tab, it.value(), hvor));
                sjekk(u"DELETE FROM %1 WHERE %2"_s.arg(tab, hvor));
                sjekk(u"INSERT INTO %1 SELECT * FROM %1 WHERE %2"_s.arg(tab, hvor));
            }
            sjekk(u"INSERT INTO %1 DEFAULT VALUES"_s.arg(tab));
            sjekk(u"TRUNCATE %1"_s.arg(tab));
        }
    }
    // Internal and administrator functions, forged conflict resolutions, own objects.
    for (const QString &sql : {u"SELECT tilsyn_data.tilsyn_push_op('k', '{}', '{}')"_s,
                               u"SELECT tilsyn_data.tilsyn_nytt_saksnummer('agder', '{}')"_s,
                               u"SELECT tilsyn_opprett_embete('agder')"_s, u"SELECT tilsyn_ny_epoke()"_s,
                               u"SELECT set_config('tilsyn.konfliktloesning', 'tilsyn_loes_konflikter', false)"
                               u", (SELECT count(*) FROM konflikt); UPDATE konflikt SET loest = true"_s,
                               u"CREATE TEMP TABLE sak (id uuid)"_s, u"CREATE TABLE public.sak_kopi (id uuid)"_s,
                               u"CREATE TABLE tilsyn_data.sak_kopi (id uuid)"_s}) {
        sjekk(sql);
    }
    QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
    // Through the API, another office's case and conflicts stay out of reach.
    SentralTilkobling somOla(c.conninfo());
    QCOMPARE(somOla.kjoer(u"SELECT tilsyn_loes_konflikter(?::jsonb)"_s,
                          {u"[{\"op_id\": \"%1\", \"felt\": \"sammendrag\", \"valg\": \"mine\", \"rev\": 9}]"_s.arg(
                              pg.verdi(u"SELECT op_id FROM konflikt"_s).toString())}, "løs")
                 .next(), true);
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM konflikt WHERE loest"_s).toInt(), 0);
    QVERIFY(!rogalandSak.isEmpty());
    QCOMPARE(innhold(pg), foer);

    // Every client still syncs and converges.
    a.endre(id, [](Tilsynssak &s) { s.saksbehandler = u"Etter angrepet"_s; });
    QCOMPARE(a.synk().pushet, 1);
    QCOMPARE(b.synk().hentet, 1);
    a.synk();
    QCOMPARE(a.alle(), b.alle());
    QCOMPARE(c.synk().avvik, 0);
    QCOMPARE(c.alle().size(), 1);
}

void TestSentralSikkerhet::brukerrollenesPrivilegierErTillatelseslisten()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    const QString leder = pg.opprettBruker(u"leder"_s, {});
    pg.verdi(u"GRANT tilsyn_leder_agder TO \"%1\""_s.arg(leder));
    const QStringList bruker{
        u"CONNECT database"_s,
        u"EXECUTE public.tilsyn_embete_brukere(p_embete text)"_s,
        u"EXECUTE public.tilsyn_embeter()"_s,
        u"EXECUTE public.tilsyn_flyt(p_id uuid, p_utkast uuid, p_status text, p_til text, p_merknad text, p_sendt "
        u"timestamp with time zone, p_navn text, p_tittel text)"_s,
        u"EXECUTE public.tilsyn_hent_dokumentfil(p_embete text, p_sha256 text)"_s,
        u"EXECUTE public.tilsyn_hent_flyt(p_embete text, p_etter bigint, p_grense integer)"_s,
        u"EXECUTE public.tilsyn_journal_pull(p_embete text, p_etter bigint, p_grense integer)"_s,
        u"EXECUTE public.tilsyn_journalfoer(p_poster jsonb)"_s,
        u"EXECUTE public.tilsyn_lagre_brev(p_sha256 text, p_sak uuid, p_pdf bytea, p_metadata jsonb)"_s,
        u"EXECUTE public.tilsyn_lagre_dokumentfil(p_sak uuid, p_sha256 text, p_innhold bytea)"_s,
        u"EXECUTE public.tilsyn_lagre_utkast(p_id uuid, p_sak uuid, p_type text, p_innhold text, p_noekkel text)"_s,
        u"EXECUTE public.tilsyn_loes_konflikter(p_loesninger jsonb)"_s,
        u"EXECUTE public.tilsyn_min_tilgang()"_s,
        u"EXECUTE public.tilsyn_mine_roller()"_s,
        u"EXECUTE public.tilsyn_pull(p_embete text, p_etter bigint, p_grense integer)"_s,
        u"EXECUTE public.tilsyn_pull_boetter(p_embete text, p_boetter integer[])"_s,
        u"EXECUTE public.tilsyn_push(p_klient text, p_ops jsonb, p_reserverte jsonb)"_s,
        u"EXECUTE public.tilsyn_rolle(p_embete text)"_s,
        u"EXECUTE public.tilsyn_sammendrag()"_s,
        u"EXECUTE public.tilsyn_sammendrag_boetter(p_embete text)"_s,
        u"EXECUTE public.tilsyn_status()"_s,
        u"EXECUTE public.tilsyn_synkstatus()"_s,
        u"EXECUTE public.tilsyn_tildel(p_id uuid, p_sak uuid, p_bruker text)"_s,
        u"MEMBER tilsyn_bruker"_s,
        u"MEMBER tilsyn_embete_agder"_s,
        u"SELECT public.brev"_s,
        u"SELECT public.brevutkast"_s,
        u"SELECT public.dokumentflyt"_s,
        u"SELECT public.embete_rev"_s,
        u"SELECT public.journalpost"_s,
        u"SELECT public.konflikt"_s,
        u"SELECT public.op_logg"_s,
        u"SELECT public.sak"_s,
        u"SELECT public.sak_historikk"_s,
        u"SELECT public.saksnummer_teller"_s,
        u"SELECT public.tildeling"_s,
        u"SELECT public.tilsyn_meta"_s,
        u"USAGE schema public"_s,
    };
    QCOMPARE(privilegier(pg, kari), bruker);
    QStringList lederens = bruker;
    lederens.insert(lederens.indexOf(u"SELECT public.brev"_s), u"MEMBER tilsyn_leder_agder"_s);
    QCOMPARE(privilegier(pg, leder), lederens);
    // The group role itself and PUBLIC hold nothing more (nothing is granted to PUBLIC).
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
                      u"aclexplode(c.relacl) a WHERE n.nspname IN ('public', 'tilsyn_data') AND a.grantee = 0"_s).toInt(), 0);
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                      u"WHERE n.nspname IN ('public', 'tilsyn_data') AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM "
                      u"aclexplode(p.proacl) a WHERE a.grantee = 0))"_s).toInt(), 0);
    // Every function a client calls runs as the owner with a pinned search_path; every table
    // has forced row-level security; the owner cannot log in.
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE "
                      u"n.nspname = 'public' AND p.prosecdef AND (p.proowner <> 'tilsyn_eier'::regrole OR NOT "
                      u"EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%'))"_s).toInt(), 0);
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE "
                      u"n.nspname = 'public' AND p.prosecdef"_s).toInt(), 20); // 7 + approval 5 + journal 4 + summary 3 + status 1
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                      u"n.nspname IN ('public', 'tilsyn_data') AND c.relkind = 'r' AND NOT (c.relrowsecurity AND "
                      u"c.relforcerowsecurity)"_s).toInt(), 0);
    QCOMPARE(pg.verdi(u"SELECT rolcanlogin OR rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = 'tilsyn_eier'"_s)
                 .toBool(), false);
    // The client learns its roles.
    SentralTilkobling t(pg.conninfo(leder));
    QSqlQuery q = t.kjoer(u"SELECT embete || ' ' || leder FROM tilsyn_min_tilgang()"_s, {}, "roller");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"agder true"_s);
    SentralTilkobling tk(pg.conninfo(kari));
    QSqlQuery qk = tk.kjoer(u"SELECT embete || ' ' || leder FROM tilsyn_min_tilgang()"_s, {}, "roller");
    QVERIFY(qk.next());
    QCOMPARE(qk.value(0).toString(), u"agder false"_s);
    // ... and the client records it at sync, for approvals (store meta sentral_lederroller).
    SyncTestKlient l(m_dir.path(), u"p_leder"_s, pg.conninfo(leder));
    SyncTestKlient s(m_dir.path(), u"p_kari"_s, pg.conninfo(kari));
    l.synk();
    s.synk();
    QCOMPARE(l.store().meta(u"sentral_lederroller"_s), u"agder"_s);
    QCOMPARE(s.store().meta(u"sentral_lederroller"_s), QString());
}

void TestSentralSikkerhet::historikkenErServerensOgKonflikterLoesesBareAvFunksjonen()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    SyncTestKlient a(m_dir.path(), u"hh_a"_s, pg.conninfo(kari));
    const QString id = a.nySak(u"agder"_s, 1700, QDateTime::currentDateTimeUtc().addDays(-300));
    a.synk();
    // Who and when are the session user and the server's clock, whatever the client says.
    QCOMPARE(pg.verdi(u"SELECT bruker FROM sak_historikk WHERE sak_id = ?"_s, {id}).toString(), kari);
    QVERIFY(pg.verdi(u"SELECT tidspunkt > now() - interval '1 minute' FROM sak_historikk WHERE sak_id = ?"_s, {id}).toBool());
    QCOMPARE(pg.verdi(u"SELECT endret_av FROM sak WHERE id = ?"_s, {id}).toString(), kari);
    // Even the superuser cannot edit history, set a counter back or store a letter with a wrong hash.
    auto admin = pg.admin();
    for (const QString &sql : {u"UPDATE tilsyn_data.sak_historikk SET bruker = 'x'"_s, u"DELETE FROM tilsyn_data.sak_historikk"_s,
                               u"TRUNCATE tilsyn_data.sak_historikk CASCADE"_s,
                               u"UPDATE tilsyn_data.embete_rev SET rev = 0"_s,
                               u"UPDATE tilsyn_data.saksnummer_teller SET siste = 0"_s,
                               u"UPDATE tilsyn_data.sak SET dokument = dokument || '{\"sammendrag\": \"x\"}'"_s,
                               u"DELETE FROM tilsyn_data.sak"_s,
                               u"INSERT INTO tilsyn_data.brev (sha256, embete, sak_id, pdf) SELECT 'deadbeef', embete, id, "
                               u"'\\x00' FROM tilsyn_data.sak"_s}) {
        QVERIFY_THROWS_EXCEPTION(SentralFeil, admin->kjoer(sql, {}, "admin"));
    }
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM tilsyn_data.sak_historikk"_s).toInt(), 1);
}

void TestSentralSikkerhet::gammelSentralOppgraderesOgRepareres()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    // A version 2 store, as central init of the previous release made it.
    const QString db = pg.dbNavn() + u"_v2"_s;
    pg.vedlikehold().kjoer(u"CREATE DATABASE %1"_s.arg(db), {}, "v2");
    const QString admin = u"dbname=%1 user=postgres"_s.arg(db);
    {
        SentralTilkobling t(admin);
        for (const QString &fil : {u":/sql/central/001_sentral.sql"_s, u":/sql/central/002_loesning_og_brev.sql"_s}) {
            QFile f(fil);
            QVERIFY(f.open(QIODevice::ReadOnly));
            t.kjoer(QString::fromUtf8(f.readAll()), {}, "v2");
        }
        t.kjoer(u"INSERT INTO tilsyn_meta VALUES ('skjemaversjon', '2')"_s, {}, "v2");
        t.kjoer(u"SELECT tilsyn_opprett_embete('agder')"_s, {}, "v2");
    }
    // Three cases pushed the old way, then the issue's statements, which version 2 allowed.
    CaseGenerator g(Katalog::innebygd(), 16);
    QJsonArray ops;
    QStringList ider;
    for (int i = 0; i < 3; ++i) {
        Tilsynssak s = g.neste();
        s.id = nyId();
        s.embete = u"agder"_s;
        s.saksnummer.reset();
        ider.append(s.id);
        ops.append(QJsonObject{{"op_id"_L1, nyId()}, {"sak_id"_L1, s.id}, {"base_rev"_L1, QJsonValue()},
                               {"dokument"_L1, SyncLager::dokument(s)}});
    }
    {
        SentralTilkobling t(u"dbname=%1 user=%2"_s.arg(db, kari));
        t.kjoer(u"SELECT tilsyn_push('gammel', ?::jsonb)"_s, {QString::fromUtf8(QJsonDocument(ops).toJson())}, "push");
        t.kjoer(u"UPDATE sak SET dokument = jsonb_set(dokument, '{sammendrag}', '\"ukjent endring\"') WHERE id = '%1'"_s
                    .arg(ider[0]), {}, "1");
        t.kjoer(u"UPDATE embete_rev SET rev = 1 WHERE embete = 'agder'"_s, {}, "3");
        t.kjoer(u"UPDATE saksnummer_teller SET siste = 0"_s, {}, "4");
        t.kjoer(u"INSERT INTO brev (sha256, embete, sak_id, pdf) VALUES ('deadbeef', 'agder', '%1', '\\x00')"_s.arg(ider[1]),
                {}, "5");
    }
    const Kjoring k = kjoerCli({u"central"_s, u"init"_s, u"--central"_s, admin});
    QCOMPARE(k.status, 0);
    const QString ut = QString::fromUtf8(k.ut);
    QVERIFY2(ut.startsWith(u"upgraded central schema from version 2 to %1\n"_s.arg(SentralSkjema::programversjon())),
             qPrintable(ut));
    for (const QString &linje : {u"tilbakekalt INSERT, SELECT, UPDATE på sak fra tilsyn_bruker"_s,
                                 u"tilbakekalt INSERT, SELECT på sak_historikk fra tilsyn_bruker"_s,
                                 u"revisjonstelleren til agder var 1, satt til 3"_s,
                                 u"saken %1 i agder var endret uten historikk; siste registrerte versjon er satt tilbake "
                                 u"som revisjon 4"_s.arg(ider[0]),
                                 u"saksnummertelleren til agder for"_s, u"brevet deadbeef"_s}) {
        QVERIFY2(ut.contains(linje), qPrintable(linje + u"\n---\n"_s + ut));
    }
    // The data is kept (the unaudited row set aside), and the store now refuses the statements.
    SentralTilkobling t(admin);
    const auto verdi = [&](const QString &sql) {
        QSqlQuery q = t.kjoer(sql, {}, "sjekk");
        return q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(verdi(u"SELECT count(*) || ' ' || count(DISTINCT saksnummer) FROM sak"_s), u"3 3"_s);
    QCOMPARE(verdi(u"SELECT count(*) FROM sak_historikk"_s), u"4"_s);
    QVERIFY(verdi(u"SELECT dokument->>'sammendrag' FROM sak WHERE id = '%1'"_s.arg(ider[0])) != u"ukjent endring");
    QCOMPARE(verdi(u"SELECT dokument->>'sammendrag' FROM tilsyn_data.sak_karantene"_s), u"ukjent endring"_s);
    QCOMPARE(verdi(u"SELECT count(*) || ' ' || (SELECT count(*) FROM tilsyn_data.brev_karantene) FROM brev"_s), u"0 1"_s);
    QCOMPARE(verdi(u"SELECT rev FROM embete_rev"_s), u"4"_s);
    SentralTilkobling somKari(u"dbname=%1 user=%2"_s.arg(db, kari));
    QString hvordan;
    QVERIFY(avvises(somKari, u"UPDATE saksnummer_teller SET siste = 0"_s, &hvordan));
    QVERIFY(hvordan.contains(u"permission denied"_s));
    // A client syncs with the upgraded store: it gets the three cases.
    SyncTestKlient a(m_dir.path(), u"v2_a"_s, u"dbname=%1 user=%2"_s.arg(db, kari));
    const auto r = a.synk();
    QCOMPARE(r.hentet, 3);
    QCOMPARE(r.avvik, 0);
    a.nySak(u"agder"_s, 1601);
    QCOMPARE(a.synk().pushet, 1);
    QCOMPARE(verdi(u"SELECT count(DISTINCT saksnummer) FROM sak"_s), u"4"_s);
    // A second init changes nothing and says nothing.
    const Kjoring igjen = kjoerCli({u"central"_s, u"init"_s, u"--central"_s, admin});
    QCOMPARE(igjen.status, 0);
    QCOMPARE(igjen.ut, QByteArray());
    pg.vedlikehold().kjoer(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(db), {}, "v2");
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSentralSikkerhet t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_sentralsikkerhet.moc"
