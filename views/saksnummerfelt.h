#pragma once

#include <QLineEdit>

namespace tilsyn {

struct Tilsynssak;

/// The case's saksnummer (`YYYY/N`). Where the office types the archive's number it can be
/// entered and corrected until a letter is finalised under it; where the central store's series
/// is used, or once letters exist, it is read-only and says why (sperregrunn.h).
class SaksnummerFelt final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaksnummerFelt)

public:
    explicit SaksnummerFelt(QWidget *parent = nullptr);
    ~SaksnummerFelt() override;

    /// Shows the case's number; `harBrev`: letters have been finalised in the case.
    void vis(const Tilsynssak &sak, bool harBrev);
};

} // namespace tilsyn
