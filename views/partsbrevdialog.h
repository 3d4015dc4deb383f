#pragma once

#include "domain/tilsynssak.h"
#include "letters/brevutkast.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace tilsyn {

class Katalog;

/// "Decision letters for all parties" of a BM 5 case: the drafts vedtaksbrevTilAlleParter() made
/// (the avgjørelse to each tilsynsobjekt, holding only its own assessments, and the innsender's
/// result letter, each in its party's written form — the same assembly as `letter --to`), listed
/// for review. Enter (or Open for review) opens the selected draft in the letter window with its
/// type, recipient and written form chosen, where it is read, changed and finalised one by one;
/// a reviewed draft is ticked. Save all as PDF drafts keeps every draft in the case and writes
/// each into a folder (Brevbunke), on a worker thread behind a progress dialog with Cancel
/// (Bakgrunnsarbeid): all of them or, cancelled or failed, none.
class PartsbrevDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartsbrevDialog)

public:
    /// Opens one draft for review (the letter window); returns whether its party now has a
    /// finalised letter of the type, which then leaves the list (only parties without one are listed).
    using Aapne = std::function<bool(const Brevutkast &)>;

    /// Where Save all keeps the drafts: the store's file (the worker opens its own connection),
    /// the office's template folder (empty: the built-in templates) and who saves them.
    struct Lagring
    {
        QString dbSti;
        QString malmappe;
        QString bruker;
    };

    PartsbrevDialog(const Tilsynssak &sak, QList<Brevutkast> utkast, const Katalog &katalog, Lagring lagring,
                    Aapne aapne, QWidget *parent = nullptr);
    ~PartsbrevDialog() override;

    QListWidget *liste() const { return m_liste; }
    const QList<Brevutkast> &utkast() const { return m_utkast; }
    /// What Save all told the person (also shown below the list).
    QString melding() const;

    enum class Utfall { Lagret, Avbrutt, Feilet };
    /// Saves every draft into the folder `mappe` and in the case (Brevbunke::lagre) with progress
    /// and Cancel, and says below the list what happened. The files written are in *filer.
    Utfall lagreAlle(const QString &mappe, QStringList *filer = nullptr);

private:
    void aapneValgt();
    void lagreAlleSom();

    Tilsynssak m_sak;
    QList<Brevutkast> m_utkast;
    const Katalog &m_katalog;
    Lagring m_lagring;
    Aapne m_aapne;
    QListWidget *m_liste;
    QLabel *m_melding;
};

} // namespace tilsyn
