#include "sperregrunn.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QProxyStyle>
#include <QRegularExpression>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr char kGrunn[] = "tilsyn_sperregrunn";
constexpr char kVanligTips[] = "tilsyn_vanlig_verktoytips";

// What a person calls the action: its text without the accelerator marks.
QString navnPaa(const QObject *o)
{
    QString t;
    if (const auto *a = qobject_cast<const QAction *>(o))
        t = a->text();
    else if (const auto *b = qobject_cast<const QAbstractButton *>(o))
        t = b->text();
    else if (const auto *w = qobject_cast<const QWidget *>(o))
        t = w->accessibleName();
    t.remove(QRegularExpression(u"&(?!&)"_s));
    return t;
}

// Remembers the tool tip the object had while available, and gives the one that fits now.
QString verktoytips(QObject *o, const QString &naa, const QString &grunn)
{
    if (o->property(kGrunn).toString().isEmpty())
        o->setProperty(kVanligTips, naa);
    return grunn.isEmpty() ? o->property(kVanligTips).toString() : grunn;
}

// The application's style, except that a disabled menu item can be highlighted (not triggered).
class Menystil final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *svar) const override
    {
        if (hint == SH_Menu_AllowActiveAndDisabled)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, svar);
    }
};

} // namespace

void visSperregrunnIMenyer()
{
    if (!dynamic_cast<Menystil *>(QApplication::style()))
        QApplication::setStyle(new Menystil(QApplication::style()->name()));
}

void settTilgjengelig(QAction *handling, const QString &grunn)
{
    // An action without a tool tip of its own shows its text: keep it that way (it follows the
    // language), rather than freezing the text of the moment as an explicit tool tip.
    const QString tips = verktoytips(handling, handling->toolTip(), grunn);
    handling->setProperty(kGrunn, grunn); // first: the changes below emit QAction::changed(), which tells the followers
    handling->setToolTip(grunn.isEmpty() && tips == navnPaa(handling) ? QString() : tips);
    handling->setStatusTip(grunn);
    handling->setEnabled(grunn.isEmpty());
}

void settTilgjengelig(QWidget *kontroll, const QString &grunn)
{
    kontroll->setToolTip(verktoytips(kontroll, kontroll->toolTip(), grunn));
    kontroll->setStatusTip(grunn);
    kontroll->setAccessibleDescription(grunn);
    kontroll->setEnabled(grunn.isEmpty());
    kontroll->setProperty(kGrunn, grunn); // a DynamicPropertyChange event tells the followers
}

void settLaast(QWidget *felt, bool laast, const QString &grunn)
{
    const QString g = laast ? grunn : QString();
    felt->setToolTip(verktoytips(felt, felt->toolTip(), g));
    felt->setStatusTip(g);
    felt->setAccessibleDescription(g);
    if (auto *l = qobject_cast<QLineEdit *>(felt))
        l->setReadOnly(laast);
    else
        felt->setEnabled(!laast);
    felt->setProperty(kGrunn, g);
}

QString sperregrunn(const QObject *o)
{
    return o ? o->property(kGrunn).toString() : QString();
}

Sperrelinje::Sperrelinje(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"sperrelinje"_s);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

Sperrelinje::~Sperrelinje() = default;

void Sperrelinje::foelg(QAction *handling)
{
    m_fulgte.append(handling);
    connect(handling, &QAction::changed, this, &Sperrelinje::oppdater);
    oppdater();
}

void Sperrelinje::foelg(QWidget *kontroll)
{
    m_fulgte.append(kontroll);
    kontroll->installEventFilter(this);
    oppdater();
}

bool Sperrelinje::eventFilter(QObject *o, QEvent *e)
{
    if (e->type() == QEvent::DynamicPropertyChange || e->type() == QEvent::EnabledChange)
        oppdater();
    return QLabel::eventFilter(o, e);
}

void Sperrelinje::oppdater()
{
    QStringList linjer;
    for (const QPointer<QObject> &o : std::as_const(m_fulgte)) {
        const QString grunn = sperregrunn(o);
        if (!o || grunn.isEmpty())
            continue;
        const QString navn = navnPaa(o);
        linjer.append(navn.isEmpty() ? grunn : tr("%1: %2").arg(navn, grunn));
    }
    setText(linjer.join(u'\n'));
    setVisible(!linjer.isEmpty());
}

} // namespace tilsyn
