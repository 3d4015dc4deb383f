#pragma once

#include <QDialog>

namespace tilsyn {

class Brevmalkilde;
class BrevRepository;
class Brevvisning;
class Katalog;
struct Tilsynssak;

/// The letters of one case in a window of its own: choose type and recipient, fill free text,
/// preview, print, save a PDF/A draft, or finalise (Brevvisning does the work).
class BrevDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrevDialog)

public:
    BrevDialog(const Tilsynssak &sak, const Katalog &katalog, const Brevmalkilde &maler,
               BrevRepository *arkiv, const QString &bruker, QWidget *parent = nullptr);
    ~BrevDialog() override;

    Brevvisning *visning() const { return m_visning; }

    /// Closing, by any way, keeps what was typed in the letter shown (Brevvisning::lukk), or asks
    /// before discarding what cannot be kept.
    void done(int r) override;

private:
    Brevvisning *m_visning;
};

} // namespace tilsyn
