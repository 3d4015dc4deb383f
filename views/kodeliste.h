#pragma once

#include "domain/katalog.h"

#include <QListWidget>

namespace tilsyn {

/// A ticked list of catalogue codes valid for the case's sektor (kilder, temaer), named in the
/// målform of the UI (again on a language change). A code chosen
/// under another sektor stays listed so it can be unticked.
class KodeListe final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KodeListe)

public:
    KodeListe(const Katalog &katalog, Katalog::Liste liste, QWidget *parent = nullptr);
    ~KodeListe() override;

    /// Shows the codes for `sektor` with `valgt` ticked, without emitting itemChanged.
    void vis(const QString &sektor, const QStringList &valgt);
    QStringList valgte() const;

protected:
    void changeEvent(QEvent *e) override;

private:
    void navngi();

    const Katalog &m_katalog;
    Katalog::Liste m_liste;
};

} // namespace tilsyn
