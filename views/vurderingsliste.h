#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tilsyn {

class Katalog;
class SakUtkast;

/// The vurderte bestemmelser of a BM 5 case: bestemmelse from the catalogue for the sektor
/// (completion on code, § reference and text), the tilsynsobjekt, konklusjon and a multi-line
/// begrunnelse. Every edit is an undoable SakEndring; problems are marked per cell.
class VurderingsListe final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VurderingsListe)

public:
    enum Kolonne { Bestemmelse, Objekt, Konklusjon, Begrunnelse, AntallKolonner };

    VurderingsListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent = nullptr);
    ~VurderingsListe() override;

    void oppdater();
    QTableWidget *tabell() const { return m_tabell; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();
    void byggRad(int rad);
    void leggTil();
    void fjern();

    SakUtkast &m_utkast;
    const Katalog &m_katalog;
    QTableWidget *m_tabell;
    QPushButton *m_leggTil;
    QPushButton *m_fjern;
    QLabel *m_feil;
    QString m_byggetFor; ///< sektor and object ids the rows were built for
};

} // namespace tilsyn
