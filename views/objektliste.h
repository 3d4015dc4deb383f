#pragma once

#include <QWidget>

#include "items/sakendring.h"

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tilsyn {

class Brevreferansefelt;
class Katalog;
struct Tilsynsobjekt;
class SakUtkast;

/// The tilsynsobjekter of the open case as master and detail (like the BM 5 assessments): a
/// list with a row per object (name, type, tjenestenivå, the address letters go to, written
/// form), every column inside the list's width at 1366×768 (long texts wrap), and under it a
/// full-width form for the selected object: type, name, tjenestenivå (helse), orgnr, HPR and a
/// health professional's authorisation, the address and written form for letters, and Deres
/// dato / Deres ref from the party's last letter. The list is read only: Tab passes it, the
/// arrows choose an object and Enter goes to its form. Each edit is an undoable SakEndring and
/// each problem is shown at its field and listed under the list.
class ObjektListe final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjektListe)

public:
    /// The list's columns.
    enum Kolonne { Navn, Type, Tjenesteniva, Adresse, MaalformKolonne, AntallKolonner };

    ObjektListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent = nullptr);
    ~ObjektListe() override;

    /// Shows the case's objects and their problems.
    void oppdater();
    QTableWidget *tabell() const { return m_tabell; }
    /// Selects object `rad` (0-based) and shows it in the form.
    void velg(int rad);
    int valgt() const { return m_valgt; }

protected:
    void changeEvent(QEvent *e) override;
    /// Enter on the list goes to the selected object's name.
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override;
    void resizeEvent(QResizeEvent *e) override;

private:
    void bygg();
    void oversett();
    void visSkjema();
    void fyllTyper();
    void fyllListe();
    void leggTil();
    void fjern();
    void endre(const char *felt, Kommandonavn navn, const std::function<void(Tilsynsobjekt &)> &endring);
    bool nynorsk() const;

    SakUtkast &m_utkast;
    const Katalog &m_katalog;
    int m_valgt = -1;
    QTableWidget *m_tabell = nullptr;
    QPushButton *m_leggTil = nullptr;
    QPushButton *m_fjern = nullptr;
    QLabel *m_feil = nullptr;
    QGroupBox *m_skjema = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_navn = nullptr;
    QComboBox *m_niva = nullptr;
    QLineEdit *m_orgnr = nullptr;
    QLineEdit *m_hpr = nullptr;
    QLineEdit *m_autorisasjon = nullptr;
    QPlainTextEdit *m_adresse = nullptr;
    QComboBox *m_maalform = nullptr;
    Brevreferansefelt *m_deres = nullptr;
    QList<QLabel *> m_etiketter; ///< in the order of kEtiketter
    QString m_typerFor;          ///< sektor|språk the type and level lists were filled for
};

} // namespace tilsyn
