#pragma once

#include <QDialog>

class QTextBrowser;

namespace tilsyn {

/// The short user guide (F1), in the UI's language: resources/hjelp/brukerveiledning.<nb|nn|en>.html.
class HjelpVindu final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HjelpVindu)

public:
    explicit HjelpVindu(QWidget *parent = nullptr);
    ~HjelpVindu() override;

    /// Shows the one guide window of `eier` (creating it), in front, at `avsnitt` (an anchor of
    /// the guide; empty: its top).
    static HjelpVindu *vis(QWidget *eier, const QString &avsnitt = {});
    /// F1 in `vindu` (any of the program's windows): the guide, owned by that window so that a
    /// modal dialog does not block it, at the window's own section (avsnittFor).
    static HjelpVindu *visFor(QWidget *vindu);
    /// The guide's section for a window: by its class, else its parent's (a message box: its
    /// window's); the main window's by where the focus is (the case list or the case).
    static QString avsnittFor(const QWidget *vindu);
    /// F1 in every window of the program, modal dialogs too: a window blocked by a modal dialog
    /// offers no shortcut, so the key is caught on its way to the focused widget (once per app).
    static void fangF1();
    /// The section shown (an anchor in the guide; empty: the top).
    QString avsnitt() const { return m_avsnitt; }
    /// The guide's resource for the UI language of the moment.
    static QString kilde();

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();

    QTextBrowser *m_tekst;
    QString m_avsnitt;
};

} // namespace tilsyn
