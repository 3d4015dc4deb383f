#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>

class QAction;

namespace tilsyn {

/// One mechanism for every action of the case window that can be unavailable: it is enabled when
/// `grunn` is empty; otherwise it is disabled and says why — the reason becomes its tool tip,
/// status tip and accessible description (the tool tip it had before comes back when it is
/// enabled again). A Sperrelinje in the window shows the same reasons as status text.
void settTilgjengelig(QAction *handling, const QString &grunn);
void settTilgjengelig(QWidget *kontroll, const QString &grunn);
/// A read-only field (e.g. a saksnummer that cannot be changed) says why in the same way.
void settLaast(QWidget *felt, bool laast, const QString &grunn);

/// Lets the keyboard highlight a disabled menu item (the arrow keys used to skip it), so the
/// status bar shows its status tip, i.e. the reason settTilgjengelig gave (issue 10 item 2): the
/// application style is wrapped once in a QProxyStyle answering SH_Menu_AllowActiveAndDisabled;
/// calling it again does nothing. Needs a QApplication.
void visSperregrunnIMenyer();

/// The reason `o` (a QAction or QWidget) is unavailable, as given to settTilgjengelig; empty
/// when it is available or was never given one.
QString sperregrunn(const QObject *o);

/// Status text under a form: for every followed action or control that is unavailable, its name
/// and the reason ("Finalise…: the case has no saksnummer yet …"); hidden when all are available.
class Sperrelinje final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sperrelinje)

public:
    explicit Sperrelinje(QWidget *parent = nullptr);
    ~Sperrelinje() override;

    void foelg(QAction *handling);
    void foelg(QWidget *kontroll);
    /// Shows the reasons again (settTilgjengelig calls it on every Sperrelinje that follows the object).
    void oppdater();

protected:
    bool eventFilter(QObject *o, QEvent *e) override;

private:
    QList<QPointer<QObject>> m_fulgte;
};

} // namespace tilsyn
