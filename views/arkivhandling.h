#pragma once

#include <QFileDialog>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace tilsyn {

class Katalog;
class Store;
struct Tilsynssak;

/// The folder chooser of every "save into a folder" action: unlike QFileDialog's own it accepts
/// the name of a folder that does not exist yet and creates it (Qt's says "Directory not found");
/// a folder that cannot be created is named with the reason and the dialog stays open.
class Mappevelger final : public QFileDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Mappevelger)

public:
    Mappevelger(QWidget *forelder, const QString &tittel);
    ~Mappevelger() override;
    void accept() override;
    /// Asks modally; the chosen (possibly new) folder, or empty when cancelled.
    static QString velg(QWidget *forelder, const QString &tittel);
};

/// "Archive package…" for the open case: the same package as `tilsynsklient archive`
/// (arkivmelding.xml and the finalised letters as PDF/A files, see Arkivpakke), written into a new
/// folder in a place the caseworker chooses.
class Arkivhandling final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Arkivhandling)

public:
    /// The case open in the window, or nullptr.
    using AapenSak = std::function<const Tilsynssak *()>;

    /// Adds the action to `meny`; `vindu` owns this object and is the parent of its dialogs.
    Arkivhandling(Store &store, const Katalog &katalog, QString bruker, QMenu *meny, AapenSak aapenSak,
                  QWidget *vindu);
    ~Arkivhandling() override;

    QAction *handling() const { return m_handling; }

    struct Resultat
    {
        bool ok = false;
        QString melding; ///< for the caseworker, in the UI language
        QString mappe;   ///< the package folder written (when ok)
    };
    /// Writes the open case's package into a new folder inside `sted`, named after the saksnummer.
    Resultat skrivTil(const QString &sted) const;
    /// Why the open case cannot be archived (in the UI language), or empty when it can.
    QString hindring() const;

protected:
    bool eventFilter(QObject *objekt, QEvent *hendelse) override;

private:
    void utfor();
    void oppdater();
    void oversett();

    Store &m_store;
    const Katalog &m_katalog;
    QString m_bruker;
    AapenSak m_aapenSak;
    QWidget *m_vindu;
    QAction *m_handling;
};

} // namespace tilsyn
