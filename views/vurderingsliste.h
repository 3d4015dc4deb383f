#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tilsyn {

class Katalog;
class SakUtkast;
class Stavemarkering;
struct KatalogPost;

/// The vurderte bestemmelser of a BM 5 case as master and detail: a list of the assessments
/// (subject, provision, conclusion) and under it a full-width form for the selected one: a
/// searchable provision picker (law, § and name; filtered by sektor and by the subject's type),
/// the subject, the conclusion (chosen by the caseworker: there is no default) and a large
/// begrunnelse with spell checking. Every edit is an undoable SakEndring; problems are shown at
/// their field and listed under the list.
class VurderingsListe final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VurderingsListe)

public:
    enum Kolonne { Objekt, Bestemmelse, Konklusjon, AntallKolonner };

    VurderingsListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent = nullptr);
    ~VurderingsListe() override;

    void oppdater();
    QTableWidget *tabell() const { return m_tabell; }
    /// Selects assessment `rad` (0-based) and shows it in the form.
    void velg(int rad);
    int valgt() const { return m_valgt; }
    /// How a provision is shown: law, § and name ("Helsepersonelloven § 4 – Forsvarlighet"), no code.
    static QString bestemmelseTekst(const KatalogPost &p, bool nynorsk);

protected:
    void changeEvent(QEvent *e) override;

private:
    void bygg();
    void oversett();
    void fyllBestemmelser();
    /// Shows which provisions matching the search `soek` are left out for the subject, and why.
    void forklarUtelatte(const QString &soek);
    void visSkjema();
    void leggTil();
    void fjern();
    bool nynorsk() const;

    SakUtkast &m_utkast;
    const Katalog &m_katalog;
    int m_valgt = -1;
    QTableWidget *m_tabell = nullptr;
    QPushButton *m_leggTil = nullptr;
    QPushButton *m_fjern = nullptr;
    QLabel *m_feil = nullptr;
    QGroupBox *m_skjema = nullptr;
    QLabel *m_bestemmelseEtikett = nullptr;
    QComboBox *m_bestemmelse = nullptr;
    QLabel *m_bestemmelseGrunn = nullptr;
    QString m_ingenBestemmelser;         ///< why the picker offers nothing (empty: it offers something)
    QLabel *m_objektEtikett = nullptr;
    QComboBox *m_objekt = nullptr;
    QLabel *m_konklusjonEtikett = nullptr;
    QComboBox *m_konklusjon = nullptr;
    QLabel *m_begrunnelseEtikett = nullptr;
    QPlainTextEdit *m_begrunnelse = nullptr;
    Stavemarkering *m_stavemarkering = nullptr;
    QString m_bestemmelserFor; ///< sektor|objekttype|språk the provision list was filled for
    QString m_objekterFor;     ///< the object ids and names the subject list was filled for
};

} // namespace tilsyn
