#include "hjelpvindu.h"

#include "vindusstorrelse.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

HjelpVindu::HjelpVindu(QWidget *parent)
    : QDialog(parent), m_tekst(new QTextBrowser(this))
{
    setObjectName(u"brukerveiledning"_s);
    m_tekst->setObjectName(u"veiledningstekst"_s);
    m_tekst->setOpenExternalLinks(false);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(m_tekst);
    lag->addWidget(knapper);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::close);
    settStorrelse(this, {760, 720});
    oversett();
}

HjelpVindu::~HjelpVindu() = default;

HjelpVindu *HjelpVindu::vis(QWidget *eier, const QString &avsnitt)
{
    auto *v = eier->findChild<HjelpVindu *>(QString(), Qt::FindDirectChildrenOnly);
    if (!v)
        v = new HjelpVindu(eier);
    v->m_avsnitt = avsnitt;
    v->oversett(); // from the top again, then to the section
    v->show();
    v->raise();
    v->activateWindow();
    return v;
}

HjelpVindu *HjelpVindu::visFor(QWidget *vindu)
{
    if (auto *guide = qobject_cast<HjelpVindu *>(vindu)) { // F1 in the guide itself
        guide->raise();
        guide->activateWindow();
        return guide;
    }
    return vis(vindu, avsnittFor(vindu));
}

QString HjelpVindu::avsnittFor(const QWidget *vindu)
{
    // The windows by class (not all of them are this layer's to name); each anchor is in the
    // guide in every language (tst_allevinduer presses F1 in every window of its walk).
    static const QHash<QByteArray, QString> avsnitt{
        {"tilsyn::BrevDialog", u"brev"_s},
        {"tilsyn::PartsbrevDialog", u"brev"_s},
        {"tilsyn::SendTilGodkjenningDialog", u"godkjenning"_s},
        {"tilsyn::Godkjenningsvindu", u"godkjenning"_s},
        {"tilsyn::OppfolgingVisning", u"oppfolging"_s},
        {"tilsyn::StatistikkVisning", u"statistikk"_s},
        {"tilsyn::ImportForhaandsvisning", u"import"_s},
        {"tilsyn::InnstillingerDialog", u"foerstegang"_s},
        {"tilsyn::HistorikkVisning", u"historikk"_s},
        {"tilsyn::SentralDialog", u"sentralt"_s},
        {"tilsyn::SynkProblemVisning", u"sentralt"_s},
        {"tilsyn::RegistreringDialog", u"journal"_s},
        {"tilsyn::AvskrivDialog", u"journal"_s},
    };
    for (const QWidget *w = vindu; w; w = w->parentWidget()) {
        const QWidget *v = w->window();
        if (v->inherits("tilsyn::MainWindow")) {
            // The case beside the list: its pages are "Registrere og redigere".
            if (v == vindu)
                for (const QWidget *f = QApplication::focusWidget(); f && f != v; f = f->parentWidget())
                    if (f->inherits("tilsyn::CaseEditor"))
                        return u"registrere"_s;
            return u"saksliste"_s;
        }
        if (const QString a = avsnitt.value(v->metaObject()->className()); !a.isEmpty())
            return a;
        w = v; // on to the window's parent
    }
    return {};
}

namespace {

class F1Fanger final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *mottaker, QEvent *e) override
    {
        if (e->type() == QEvent::KeyPress && mottaker->isWidgetType()) {
            const auto *k = static_cast<QKeyEvent *>(e);
            if (k->key() == Qt::Key_F1 && k->modifiers() == Qt::NoModifier) {
                HjelpVindu::visFor(static_cast<QWidget *>(mottaker)->window());
                return true;
            }
        }
        return false;
    }
};

} // namespace

void HjelpVindu::fangF1()
{
    static const QString navn = u"tilsynF1Fanger"_s;
    if (!qApp || qApp->findChild<QObject *>(navn, Qt::FindDirectChildrenOnly))
        return;
    auto *fanger = new F1Fanger(qApp);
    fanger->setObjectName(navn);
    qApp->installEventFilter(fanger);
}

QString HjelpVindu::kilde()
{
    switch (QLocale().language()) {
    case QLocale::NorwegianNynorsk: return u":/hjelp/brukerveiledning.nn.html"_s;
    case QLocale::English: return u":/hjelp/brukerveiledning.en.html"_s;
    default: return u":/hjelp/brukerveiledning.nb.html"_s;
    }
}

void HjelpVindu::oversett()
{
    setWindowTitle(tr("User guide – Tilsynsklient"));
    m_tekst->setAccessibleName(tr("User guide"));
    QFile f(kilde());
    if (f.open(QIODevice::ReadOnly))
        m_tekst->setHtml(QString::fromUtf8(f.readAll()));
    if (!m_avsnitt.isEmpty())
        m_tekst->scrollToAnchor(m_avsnitt);
}

void HjelpVindu::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QDialog::changeEvent(e);
}

} // namespace tilsyn
