// Every window of the desktop, in bokmål and nynorsk, at 1366 × 768, rendered with
// QWidget::grab(): the main window with a case open, the editor on a BM 5 case, the welcome, the
// first-run profile, settings, the user guide, About, letters, statistics, follow-up, sync
// problems and the central store dialog. Each must render; with TILSYN_SKJERMBILDER=FOLDER the
// PNGs are written there (scripts/screenshots.sh runs this under Xvfb for docs/img).

#include "caseeditor.h"
#include "domain/katalog.h"
#include "hjelpvindu.h"
#include "innstillingerdialog.h"
#include "io/jsonlimport.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

const QSize kSkjerm{1366, 768};

} // namespace

class TestSkjermbilder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_ut = qEnvironmentVariable("TILSYN_SKJERMBILDER", m_dir.filePath(u"bilder"_s));
        QVERIFY(QDir().mkpath(m_ut));
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        Innstillinger::tittel.sett(u"seniorrådgiver"_s);
        Innstillinger::telefon.sett(u"61 26 60 00"_s);
        Innstillinger::embete.sett(u"ostfold-buskerud-oslo-akershus"_s);
        Innstillinger::godkjenner.sett(u"Ola Nordmann"_s);
        Innstillinger::godkjennerTittel.sett(u"seksjonssjef"_s);
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_store->registrerKatalog(Katalog::innebygd());
        SakRepository repo(*m_store, Katalog::innebygd());
        JsonlImport imp(*m_store, repo, Katalog::innebygd());
        QFile f(u":/eksempel/sosial-2024.jsonl"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const JsonlImport::Lest lest = imp.les(f.readAll(), u"sosial-2024.jsonl"_s);
        QVERIFY(lest.ok());
        imp.skriv(lest, {u"Kari Nordmann"_s});
        m_tomt = Store::aapne(m_dir.filePath(u"tomt.sqlite"_s));
    }

    void vinduer_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("nn") << u"nn"_s;
    }

    void vinduer()
    {
        QFETCH(QString, spraak);
        Innstillinger::spraak.sett(spraak);
        QVERIFY(m_oversettelser.last(spraak));
        {
            Skrivebord tomt(*m_tomt, Katalog::innebygd(), m_oversettelser);
            tomt.start();
            lagre(tomt.vindu(), u"velkomst"_s, spraak);
        }
        Skrivebord sb(*m_store, Katalog::innebygd(), m_oversettelser);
        sb.start();
        MainWindow *w = sb.vindu();
        QVERIFY(w);
        w->resize(kSkjerm);
        QCoreApplication::processEvents();

        // An open BM 5 case with lovbrudd: the main window, then the editor at its assessments.
        SakFilter f;
        f.behandlingsmaate = 5;
        w->saksliste()->settFilter(f);
        w->aapneSak(w->saksliste()->id(0));
        w->saksliste()->settFilter(SakFilter{});
        lagre(w, u"hovedvindu"_s, spraak);
        w->editor()->visFelt(u"vurderinger"_s);
        lagre(w, u"editor-bm5"_s, spraak);

        InnstillingerDialog profil(Katalog::innebygd(), w);
        profil.settFoersteGang();
        lagre(&profil, u"profil"_s, spraak);
        InnstillingerDialog innstillinger(Katalog::innebygd(), w);
        lagre(&innstillinger, u"innstillinger"_s, spraak);
        lagre(HjelpVindu::vis(w), u"brukerveiledning"_s, spraak);

        // Dialogs that run their own event loop: grabbed from inside it, then closed.
        lagreModal(u"om"_s, spraak, [&] { handling(w, "handlingOm")->trigger(); });
        lagreModal(u"brev"_s, spraak, [&] { handling(w, "handlingSkrivUt")->trigger(); });
        lagreModal(u"sentral"_s, spraak, [&] { handling(w, "handlingSentral")->trigger(); });

        handling(w, "handlingSynkproblemer")->trigger();
        lagre(toppvindu("tilsyn::SynkProblemVisning"), u"synkproblemer"_s, spraak);
        emit w->visningsmeny()->aboutToShow();
        QAction *start = handling(w, "handlingStartOppfolging");
        if (start->isEnabled())
            start->trigger();
        else
            handling(w, "handlingOppfolging")->trigger();
        lagre(toppvindu("tilsyn::OppfolgingVisning"), u"oppfolging"_s, spraak);
        handling(w, "handlingStatistikk")->trigger();
        QWidget *statistikk = toppvindu("tilsyn::StatistikkVisning");
        QTest::qWait(1500); // computed on its own thread
        lagre(statistikk, u"statistikk"_s, spraak);
        w->editor()->forkastEndringer();
    }

private:
    static QAction *handling(QWidget *w, const char *navn)
    {
        auto *a = w->findChild<QAction *>(QString::fromLatin1(navn));
        if (!a)
            qFatal("no action %s", navn);
        return a;
    }

    static QWidget *toppvindu(const char *klasse)
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits(klasse) && w->isVisible())
                return w;
        for (QWidget *w : QApplication::allWidgets())
            if (w->inherits(klasse) && w->isVisible())
                return w->window();
        return nullptr;
    }

    void lagre(QWidget *w, const QString &navn, const QString &spraak)
    {
        QVERIFY2(w, qPrintable(navn));
        w->show();
        if (w->isWindow() && w->size().width() > kSkjerm.width())
            w->resize(kSkjerm);
        QCoreApplication::processEvents();
        const QPixmap bilde = w->grab();
        QVERIFY2(!bilde.isNull() && bilde.width() > 200 && bilde.height() > 100, qPrintable(navn));
        QVERIFY(bilde.width() <= kSkjerm.width() && bilde.height() <= kSkjerm.height());
        const QString fil = QDir(m_ut).filePath(u"%1-%2.png"_s.arg(navn, spraak));
        QVERIFY2(bilde.save(fil), qPrintable(fil));
    }

    void lagreModal(const QString &navn, const QString &spraak, const std::function<void()> &aapne)
    {
        bool tatt = false;
        QTimer t;
        t.setInterval(100);
        connect(&t, &QTimer::timeout, this, [&] {
            QWidget *m = QApplication::activeModalWidget();
            if (!m || tatt)
                return;
            QTest::qWait(300); // let it lay out and render
            lagre(m, navn, spraak);
            tatt = true;
            QTest::keyClick(m, Qt::Key_Escape);
        });
        t.start();
        aapne();
        t.stop();
        QVERIFY2(tatt, qPrintable(navn));
    }

    QTemporaryDir m_dir;
    QString m_ut;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_tomt;
    Oversettelser m_oversettelser;
};

QTEST_MAIN(TestSkjermbilder)
#include "tst_skjermbilder.moc"
