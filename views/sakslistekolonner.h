#pragma once

#include <QObject>

class QStatusBar;
class QTableView;

namespace tilsyn {

/// The case list's columns at 1366 px (session 15: the tester found Saksbehandler off-screen beside
/// the open case). By default who has the case comes right after what the day is planned by
/// (saksnummer, frist, alvorlig, status), before the subject of supervision, and every column is
/// as narrow as its header and texts allow (SakListeDelegat::tilpassBredder and tilpassKolonner
/// widen it), not Qt's 100 pixels: so the five are in view beside the open case in bokmål and
/// nynorsk, and the others (tilsynsobjekt, embete, mottatt, behandlingsmåte, sektor) follow,
/// reached by scrolling. The header's state (order, widths, sorting) is kept in the settings.
class Sakslistekolonner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sakslistekolonner)

public:
    /// `kolonne` is placed just before `foran` by default.
    Sakslistekolonner(QTableView *visning, int kolonne, int foran);
    ~Sakslistekolonner() override;

    /// The saved header state (Innstillinger::listekolonner), else the default order and widths.
    void lesInn();
    /// Saves the header state (on closing, with the window's).
    void lagre() const;
    /// The current row's case and subject of supervision, whole, in `linje` as the keyboard moves
    /// in the list ("Sak 2026/151: Vangen sjukeheim, avdeling for langtidsopphald"): the list may
    /// draw it elided at its right edge, and its tooltip needs a mouse.
    void visGjeldendeI(QStatusBar *linje);

    /// How long the current row's subject stays in the status bar.
    static constexpr int kVisMs = 15000;

private:
    QTableView *m_visning;
    int m_kolonne;
    int m_foran;
};

} // namespace tilsyn
