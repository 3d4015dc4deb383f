// Every window of the desktop, in bokmål and nynorsk, at 1366 × 768, rendered with
// QWidget::grab(): the shared walk (vinduvandring) opens each window and dialog as the program
// does — the main window empty and with a BM 5 case on each of the editor's pages, the profile,
// settings, the user guide, About, letters, the parties' letters, approval, assignment, history,
// the journal's dialogs, import preview, statistics, follow-up, sync problems, the central store.
// Each must render within the screen; with TILSYN_SKJERMBILDER=FOLDER the PNGs are written there
// (scripts/screenshots.sh runs this under Xvfb for docs/img).

#include "oversettelser.h"
#include "vinduvandring.h"

#include "items/innstillinger.h"

#include <QDir>
#include <QHash>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

const QSize kSkjerm{1366, 768};

// The walk's names, as the pictures have been called in docs/img.
QString filnavn(const QString &navn)
{
    static const QHash<QString, QString> navnene{
        {u"hovedvindu"_s, u"saksliste"_s},          {u"hovedvindu-sak-1"_s, u"hovedvindu"_s},
        {u"hovedvindu-sak-2"_s, u"editor-parter"_s}, {u"hovedvindu-sak-3"_s, u"editor-behandling"_s},
        {u"hovedvindu-sak-4"_s, u"editor-bm5"_s},    {u"hovedvindu-sak-5"_s, u"editor-dokumenter"_s},
        {u"hovedvindu-sak-6"_s, u"journal"_s}};
    return navnene.value(navn, navn);
}

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
        QStringList lagret;
        vandring::vandre(m_dir.filePath(spraak), m_oversettelser, [&](const QString &navn, QWidget *w) {
            if (w->isWindow() && (w->width() > kSkjerm.width() || w->height() > kSkjerm.height()))
                w->resize(w->size().boundedTo(kSkjerm));
            QTest::qWait(50);
            const QPixmap bilde = w->grab();
            QVERIFY2(!bilde.isNull() && bilde.width() > 120 && bilde.height() > 60, qPrintable(navn));
            QVERIFY2(bilde.width() <= kSkjerm.width() && bilde.height() <= kSkjerm.height(), qPrintable(navn));
            const QString fil = QDir(m_ut).filePath(u"%1-%2.png"_s.arg(filnavn(navn), spraak));
            QVERIFY2(bilde.save(fil), qPrintable(fil));
            lagret.append(fil);
        });
        QVERIFY2(lagret.size() >= 30, qPrintable(u"%1 pictures"_s.arg(lagret.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_ut;
    Oversettelser m_oversettelser;
};

QTEST_MAIN(TestSkjermbilder)
#include "tst_skjermbilder.moc"
