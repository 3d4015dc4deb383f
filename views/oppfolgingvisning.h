#pragma once

#include "domain/validering.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QCloseEvent;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace tilsyn {

class Datofelt;
class Katalog;
class OppfolgingFilter;
class OppfolgingModell;
class OppfolgingRepository;
class SakRepository;

/// The oppfølging of lovbrudd (Internserien 6/2021): the open follow-ups on the left; for the
/// selected case its lovbrudd (bestemmelse, krav, frist, rettet) and the actions on the selected
/// lovbrudd — krav and frist, a milestone, documentation received, a purring, rettet with the
/// evidence — and closing the follow-up. A refused action shows why; nothing was written.
/// Self-contained: talks to the store only through the repositories.
class OppfolgingVisning final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OppfolgingVisning)

public:
    OppfolgingVisning(OppfolgingRepository &oppfolging, const SakRepository &saker, const Katalog &katalog,
                      const QString &bruker, QWidget *parent = nullptr);

    OppfolgingModell *modell() const { return m_modell; }
    /// The list as shown: m_modell filtered by the filter field.
    OppfolgingFilter *filter() const { return m_filter; }
    /// The day deadlines are measured against and the default date of every action.
    void settIdag(const QDate &idag);
    /// Selects the follow-up of a case in the list; false when it has no open follow-up.
    bool velgSak(const QString &sakId);
    QString valgtSak() const { return m_sakId; }
    /// Selects a lovbrudd of the selected case by its position (0-based).
    void velgLovbrudd(int rad);
    /// The messages of the last refused action, empty after one that succeeded.
    const Problemer &problemer() const { return m_problemer; }

public slots:
    /// Starts oppfølging for a decided BM 5 case with lovbrudd and selects it.
    Problemer startOppfolging(const QString &sakId);

signals:
    /// Something was written to the store.
    void endret(const QString &sakId);
    /// The follow-up of `sakId` was closed and the caseworker wants to write the closing letter
    /// to the service's leadership (letter type oppfolging-avslutning).
    void avslutningsbrevOnsket(const QString &sakId);

protected:
    void changeEvent(QEvent *event) override;
    /// Asks first when the event form holds typed text that closing would throw away.
    void closeEvent(QCloseEvent *event) override;

private:
    void byggSkjema();
    void oversett();
    void visSak();
    void visLovbrudd();
    void oppdaterKnapper();
    qint64 valgtLovbrudd() const;
    /// Shows the outcome of an action; on success re-reads the list and keeps the selection.
    void utfall(const Problemer &p);
    void settKrav();
    void leggTilMilepel();
    void registrerDokumentasjon();
    void registrerPurring();
    void markerRettet();
    void avslutt();
    /// The confirmation text: the case, and each breach closed (subject, provision, rettet).
    /// The text after closing: who is told in writing (the health professional, the service's
    /// leadership or both, by the types of the followed breaches' objects).
    QString avsluttetTekst(const QString &nr, const QDate &dato) const;
    QString avslutningstekst() const;
    void visLogg();

    OppfolgingRepository &m_oppfolging;
    const SakRepository &m_saker;
    const Katalog &m_katalog;
    QString m_bruker;
    QDate m_idag = QDate::currentDate();
    QString m_sakId;
    Problemer m_problemer;

    OppfolgingModell *m_modell;
    OppfolgingFilter *m_filter;
    QLabel *m_filterEtikett;
    QLineEdit *m_filterFelt; ///< case number, subject or status; Enter or Down goes to the list
    QTableView *m_liste;
    QCheckBox *m_visAvsluttede;
    QLabel *m_loggEtikett;
    QTableWidget *m_logg; ///< the selected follow-up's events: date, what, by whom
    QLabel *m_tittel;
    QStringList m_objektnavn; ///< per row of m_lovbrudd: the name of the tilsynsobjekt it concerns
    QTableWidget *m_lovbrudd;
    QGroupBox *m_kravBoks;
    QLabel *m_kravEtikett;
    QLineEdit *m_krav;
    QLabel *m_fristEtikett;
    Datofelt *m_frist;
    QPushButton *m_settKrav;
    QGroupBox *m_hendelseBoks;
    QLabel *m_datoEtikett;
    Datofelt *m_dato;
    QLabel *m_tekstEtikett;
    QLineEdit *m_tekst;
    QPushButton *m_milepel;
    QPushButton *m_dokumentasjon;
    QPushButton *m_purring;
    QLabel *m_bevisEtikett;
    QLineEdit *m_bevis;
    QPushButton *m_rettet;
    QPushButton *m_avslutt;
    QPushButton *m_lukk; ///< closes the window (also Escape, Ctrl+W)
    QLabel *m_melding;
};

} // namespace tilsyn
