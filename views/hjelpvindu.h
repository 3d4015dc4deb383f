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

    /// Shows the one guide window of `eier` (creating it), in front.
    static HjelpVindu *vis(QWidget *eier);
    /// The guide's resource for the UI language of the moment.
    static QString kilde();

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();

    QTextBrowser *m_tekst;
};

} // namespace tilsyn
