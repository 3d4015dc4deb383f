#include "brevhenting.h"

#include "store/revisjon.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sentraltilkobling.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

struct Mangler
{
    QString sakId, sha256, embete, parter, hjemmel, offentligTittel, dokumentdato, registrertAv, registrert;
    bool unntatt = true;
};

// The text columns of brev are NOT NULL; SQLite stores a null QString as NULL.
QVariant tekst(const QString &s)
{
    return QVariant(s.isNull() ? u""_s : s);
}

void merkFeil(Store &store, const Mangler &m, const QString &feil)
{
    QSqlQuery q(store.db());
    q.prepare(u"UPDATE brev_mangler SET feil = ? WHERE sak_id = ? AND sha256 = ?"_s);
    q.addBindValue(feil);
    q.addBindValue(m.sakId);
    q.addBindValue(m.sha256);
    kjoer(q, "kan ikke merke brevet som mangler");
}

} // namespace

int BrevHenting::hent(const SentralTilkobling &t, Store &store, const QString &bruker)
{
    QSqlQuery q(store.db());
    kjoer(q, u"SELECT m.sak_id, m.sha256, s.embete, p.parter, p.hjemmel, p.offentlig_tittel, p.dokumentdato, "
             u"p.registrert_av, p.registrert, p.unntatt_offentlighet FROM brev_mangler m "
             u"JOIN tilsynssak s ON s.id = m.sak_id JOIN journalpost p ON p.sak_id = m.sak_id "
             u"AND p.brev_sha256 = m.sha256 AND p.type = 'U' GROUP BY m.sak_id, m.sha256"_s,
          "kan ikke lese brev som mangler");
    QList<Mangler> mangler;
    while (q.next())
        mangler.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                        q.value(8).toString(), q.value(9).toBool()});
    q.finish();
    int lagret = 0;
    for (const Mangler &m : std::as_const(mangler)) {
        QSqlQuery s = t.kjoer(u"SELECT pdf, metadata::text FROM brev WHERE embete = ? AND sak_id = ?::uuid AND sha256 = ?"_s,
                              {m.embete, m.sakId, m.sha256}, "kan ikke hente brevet fra sentralen");
        if (!s.next()) {
            merkFeil(store, m, u"brevet er ikke arkivert i sentralen ennå"_s);
            continue;
        }
        const QByteArray pdf = s.value(0).toByteArray();
        const QJsonObject meta = QJsonDocument::fromJson(s.value(1).toString().toUtf8()).object();
        if (QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()) != m.sha256
            || !pdf.startsWith("%PDF-")) {
            merkFeil(store, m, u"innholdet fra sentralen stemmer ikke med SHA-256 %1"_s.arg(m.sha256));
            continue;
        }
        QString mottaker;
        QStringList kopi;
        for (const QJsonValue &p : QJsonDocument::fromJson(m.parter.toUtf8()).array()) {
            const QString rolle = p[u"rolle"_s].toString();
            if (rolle == u"Mottaker" && mottaker.isEmpty())
                mottaker = p[u"navn"_s].toString();
            else if (rolle == u"Kopimottaker")
                kopi.append(p[u"navn"_s].toString());
        }
        const QString type = meta[u"type"_s].toString();
        const QString maalform = meta[u"maalform"_s].toString() == u"nn" ? u"nn"_s : u"nb"_s;
        const QString dato = meta[u"dato"_s].toString().isEmpty() ? m.dokumentdato : meta[u"dato"_s].toString();
        const QString av = meta[u"ferdigstilt_av"_s].toString().isEmpty() ? m.registrertAv
                                                                           : meta[u"ferdigstilt_av"_s].toString();
        const QString naar = meta[u"ferdigstilt"_s].toString().isEmpty() ? m.registrert
                                                                         : meta[u"ferdigstilt"_s].toString();
        // A letter that cannot be stored here (a refused write) stays queued with the reason and
        // holds back neither the other letters nor the sync.
        try {
            Transaksjon tr(store.db());
            QSqlQuery i(store.db());
            i.prepare(u"INSERT INTO brev (sak_id, type, maalform, mottaker, kopi_til, offentlig_tittel, unntatt_offentlighet, "
                      u"hjemmel, dato, pdf, sha256, ferdigstilt_av, ferdigstilt) "
                      u"SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                      u"(SELECT 1 FROM brev WHERE sak_id = ? AND sha256 = ?)"_s);
            for (const QVariant &v : {QVariant(m.sakId), QVariant(type.isEmpty() ? u"brev"_s : type), QVariant(maalform),
                                      tekst(mottaker), tekst(kopi.join(u'\n')),
                                      tekst(meta[u"offentlig_tittel"_s].toString(m.offentligTittel)),
                                      QVariant(m.unntatt ? 1 : 0), tekst(m.hjemmel), tekst(dato), QVariant(pdf),
                                      QVariant(m.sha256), tekst(av), tekst(naar), QVariant(m.sakId), QVariant(m.sha256)})
                i.addBindValue(v);
            kjoer(i, "kan ikke lagre brevet fra sentralen");
            if (i.numRowsAffected() == 1) {
                // It came from the central archive: nothing to send back.
                QSqlQuery b(store.db());
                b.prepare(u"INSERT INTO sync_brev (brev_id, sendt) VALUES (?, ?) ON CONFLICT (brev_id) DO NOTHING"_s);
                b.addBindValue(i.lastInsertId());
                b.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                kjoer(b, "kan ikke merke brevet");
                skrivRevisjon(store.db(), Endringskontekst{.bruker = bruker}, m.sakId,
                              u"ferdigstilt brev hentet fra sentralen"_s,
                              QJsonObject{{"sha256"_L1, m.sha256}, {"type"_L1, type}, {"ferdigstilt_av"_L1, av},
                                          {"ferdigstilt"_L1, naar}, {"bytes"_L1, qint64(pdf.size())}});
                ++lagret;
            }
            QSqlQuery d(store.db());
            d.prepare(u"DELETE FROM brev_mangler WHERE sak_id = ? AND sha256 = ?"_s);
            d.addBindValue(m.sakId);
            d.addBindValue(m.sha256);
            kjoer(d, "kan ikke rydde køen av brev som mangler");
            tr.commit();
        } catch (const StoreError &e) {
            merkFeil(store, m, e.melding());
        }
    }
    return lagret;
}

} // namespace tilsyn
