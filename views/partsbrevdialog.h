#pragma once

#include "domain/tilsynssak.h"
#include "letters/brevutkast.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace tilsyn {

class Brevrenderer;

/// "Decision letters for all parties" of a BM 5 case: the drafts vedtaksbrevTilAlleParter() made
/// (the avgjørelse to each tilsynsobjekt, holding only its own assessments, and the innsender's
/// result letter, each in its party's written form — the same assembly as `letter --to`), listed
/// for review. Enter (or Open for review) opens the selected draft in the letter window with its
/// type, recipient and written form chosen, where it is read, changed and finalised one by one;
/// a reviewed draft is ticked. Save all as PDF drafts writes every one into a folder.
class PartsbrevDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartsbrevDialog)

public:
    /// Opens one draft for review (the letter window).
    using Aapne = std::function<void(const Brevutkast &)>;

    PartsbrevDialog(const Tilsynssak &sak, QList<Brevutkast> utkast, const Brevrenderer &renderer, Aapne aapne,
                    QWidget *parent = nullptr);
    ~PartsbrevDialog() override;

    QListWidget *liste() const { return m_liste; }
    const QList<Brevutkast> &utkast() const { return m_utkast; }
    /// The file name a draft is saved under: type-party-målform-utkast.pdf (e.g.
    /// bm5-avgjorelse-o2-nn-utkast.pdf).
    static QString filnavn(const Brevutkast &u);
    /// Writes every draft as PDF/A (marked UTKAST) into the folder `mappe`, each whole or not at
    /// all; returns the files written, or stops at the first failure with the reason in *feil.
    QStringList lagreAlle(const QString &mappe, QString *feil) const;

private:
    void aapneValgt();
    void lagreAlleSom();

    Tilsynssak m_sak;
    QList<Brevutkast> m_utkast;
    const Brevrenderer &m_renderer;
    Aapne m_aapne;
    QListWidget *m_liste;
    QLabel *m_melding;
};

} // namespace tilsyn
