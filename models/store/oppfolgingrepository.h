#pragma once

#include "domain/oppfolging.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

class QSqlQuery;

namespace tilsyn {

class Katalog;
class SakRepository;

/// One event in a follow-up's history, from its audit trail: what (`type`: "startet", "krav",
/// "milepel", "dokumentasjon", "purring", "rettet", "avsluttet"), the day it concerns (the
/// event's date, else the day it was registered), which provision (catalogue code; empty for the
/// whole follow-up), its text (the krav, the description or the evidence), the frist set (krav),
/// and who registered it when.
struct Oppfolgingslogg
{
    QString type;
    QDate dato;
    QString bestemmelse;
    QString tekst;
    QDate frist;
    QString bruker;
    QDateTime registrert;
};
class Store;
struct Endringskontekst;

/// Stores the oppfølging of lovbrudd. Every change is one transaction with an audit row, and is
/// checked against the domain rules first: a refused change writes nothing and says why.
class OppfolgingRepository final
{
public:
    /// `katalog` names the provisions in messages (the built-in catalogue when not given).
    OppfolgingRepository(Store &store, const SakRepository &saker);
    OppfolgingRepository(Store &store, const SakRepository &saker, const Katalog &katalog);

    std::optional<Oppfolging> hent(const QString &sakId) const;
    /// Every open follow-up with its lovbrudd and their events, the one with the earliest
    /// unrettet frist first (those without any frist last); with `medAvsluttede` the closed ones
    /// too, after the open ones, the latest closed first.
    QList<Oppfolging> aapne(bool medAvsluttede = false) const;
    /// The follow-up's history (start, krav, milestones, documentation, reminders, rettet,
    /// closing) in the order registered. One query.
    QList<Oppfolgingslogg> logg(const QString &sakId) const;

    /// Starts oppfølging with one entry per lovbrudd vurdering of the decided BM 5 case.
    Problemer start(const QString &sakId, const QDate &dato, const Endringskontekst &hvem);
    /// What the service must document for one lovbrudd, and by when.
    Problemer settKrav(qint64 lovbruddId, const QString &krav, const QDate &frist, const Endringskontekst &hvem);
    Problemer leggTilMilepel(qint64 lovbruddId, const QDate &dato, const QString &tekst, const Endringskontekst &hvem);
    Problemer registrerDokumentasjon(qint64 lovbruddId, const QDate &mottatt, const QString &hva,
                                     const Endringskontekst &hvem);
    Problemer registrerPurring(qint64 lovbruddId, const QDate &dato, const Endringskontekst &hvem);
    Problemer markerRettet(qint64 lovbruddId, const QDate &dato, const QString &bevis, const Endringskontekst &hvem);
    /// What stops closing the follow-up on `dato` (empty: it can be closed); nothing written.
    Problemer kanAvslutte(const QString &sakId, const QDate &dato) const;
    /// Closes the oppfølging; refused while one lovbrudd is not rettet. Never touches `avsluttet`
    /// of the case.
    Problemer avslutt(const QString &sakId, const QDate &dato, const Endringskontekst &hvem);

    /// The deadline for documenting that the lovbrudd are corrected: the case's one deadline
    /// (Dokumentasjonsfrist, typed in any party's decision letter or stated by a finalised one);
    /// else the case's latest finalised bm5-avgjorelse's brev.svarfrist, where a decision stores its
    /// oppfolgingsfrist ("Fristen for dokumentasjonen er ..."); for a letter stored
    /// without one, or no finalised decision, the decision date + kStandardfristDager (what the
    /// decision letter proposes). Invalid when the case is not decided.
    QDate avgjorelsesfrist(const QString &sakId) const;
    static constexpr int kStandardfristDager = 21;

    /// Open follow-ups with a lovbrudd past its frist on `idag` (for the oppfølging list).
    QStringList forfalte(const QDate &idag) const;

private:
    using Sjekk = std::function<Problemer(const Oppfolging &, const Lovbruddoppfolging &)>;
    using Skriv = std::function<QJsonObject(QSqlQuery &)>;
    /// The shape every change to one lovbrudd shares: find it, refuse if the follow-up is closed
    /// or `sjekk` finds problems (nothing written), else `skriv` in one transaction with an
    /// audit row `handling` whose details `skriv` returns.
    Problemer endreLovbrudd(qint64 lovbruddId, const Endringskontekst &hvem, const QString &handling,
                            const Sjekk &sjekk, const Skriv &skriv);
    Problemer leggTilHendelse(qint64 lovbruddId, Oppfolgingshendelse h, const Endringskontekst &hvem);

    Store &m_store;
    const SakRepository &m_saker;
    const Katalog &m_katalog;
};

} // namespace tilsyn
