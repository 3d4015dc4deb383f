#pragma once

#include <QComboBox>

namespace tilsyn {

/// The office's choice of where saksnumre come from (Kontorpraksis::saksnummerkilde): typed from
/// the archive, or the central store's series at first sync. Saved by lagre().
class SaksnummerkildeValg final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaksnummerkildeValg)

public:
    explicit SaksnummerkildeValg(QWidget *parent = nullptr);
    ~SaksnummerkildeValg() override;

    void lagre();
};

} // namespace tilsyn
