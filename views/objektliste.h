#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tilsyn {

class Katalog;
class SakUtkast;

/// The tilsynsobjekter of the open case: a row per object (type for the sektor, name,
/// tjenestenivå for helse, orgnr, HPR and a health professional's authorisation, the address and
/// written form for letters, and Deres dato / Deres ref from the party's last letter), add and
/// remove; each edit is an undoable SakEndring and each problem is marked on its cell.
class ObjektListe final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjektListe)

public:
    enum Kolonne { Type, Navn, Tjenesteniva, Orgnr, Hpr, Autorisasjon, Adresse, Maalform, DeresDato, DeresRef, AntallKolonner };

    ObjektListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent = nullptr);
    ~ObjektListe() override;

    /// Shows the case's objects and their problems.
    void oppdater();
    QTableWidget *tabell() const { return m_tabell; }

protected:
    void changeEvent(QEvent *e) override;
    /// Keyboard in the grid: Enter, F2 or typing on a cell edits it, Escape returns to the grid.
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override;

private:
    void oversett();
    void byggRad(int rad);
    void leggTil();
    void fjern();
    void endreTekst(int rad, int kolonne, const QString &tekst);
    void settBredder();
    void redigerCelle(QKeyEvent *tast);

    SakUtkast &m_utkast;
    const Katalog &m_katalog;
    QTableWidget *m_tabell;
    QPushButton *m_leggTil;
    QPushButton *m_fjern;
    QLabel *m_feil;
    QString m_byggetFor; ///< sektor the rows were built for
};

} // namespace tilsyn
