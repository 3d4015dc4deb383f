#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace tilsyn {

class Katalog;
class MainWindow;
class Store;
class SynkStyring;

/// Care of the local store and support, added to the main window's menus: File → Back up
/// store… and Restore from a backup…, Help → Check the store and Copy support information.
/// Also writes sync outcomes to the support log. The work itself is in models
/// (store/sikkerhetskopi, store/lagerkontroll, drift/stoetteinfo); this class asks and tells.
class Vedlikehold final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Vedlikehold)

public:
    Vedlikehold(MainWindow &vindu, Store &store, const Katalog &katalog, SynkStyring &synk);
    ~Vedlikehold() override;

    /// The text Copy support information puts on the clipboard.
    QString stoetteinformasjon() const;

    void taSikkerhetskopi();
    void gjenopprett();
    void kontroller();
    void kopierStoetteinformasjon();

protected:
    bool eventFilter(QObject *objekt, QEvent *hendelse) override;

private:
    void oversett();

    MainWindow &m_vindu;
    Store &m_store;
    const Katalog &m_katalog;
    SynkStyring &m_synk;
    QString m_synkstatus;
    QAction *m_sikkerhetskopi;
    QAction *m_gjenopprett;
    QAction *m_kontroller;
    QAction *m_stoetteinfo;
};

} // namespace tilsyn
