// tilsynsklient: with a sub-command it works headless (QCoreApplication, no display); without
// one it opens the desktop application. See docs/cli.md and the CLI contract.

#include "cli/cli.h"
#include "cli/valideringsspraak.h"
#include "drift/stoettelogg.h"
#include "gui.h"
#include "plattform.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
#include <cstring>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void settAppNavn()
{
    // Settings in <config>/tilsynsklient/tilsynsklient.conf (with no organisation Qt would use a
    // folder called "Unknown Organization"); the data folder is fixed in Store::dataMappe().
    QCoreApplication::setOrganizationName(u"tilsynsklient"_s);
    QCoreApplication::setApplicationName(u"tilsynsklient"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TILSYN_VERSJON));
}

QString hjelpetekst()
{
    QString t = u"Usage: tilsynsklient [--db PATH] [COMMAND [ARGS...]]\n\n"
                u"Without a command, opens the desktop application.\n\n"
                u"Global options:\n"
                u"  --db PATH    the local SQLite store (default: %1)\n"
                u"  -h, --help   show this help\n"
                u"  --version    show the version\n\n"
                u"Commands:\n"_s.arg(u"tilsynsklient.sqlite in the application data folder"_s);
    for (const auto &k : tilsyn::cli::underkommandoer())
        t += u"  %1%2\n"_s.arg(QString::fromLatin1(k.navn).leftJustified(13), QString::fromLatin1(k.beskrivelse));
    t += u"\nRun 'tilsynsklient COMMAND --help' for a command's options.\n"_s;
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    settAppNavn(); // before anything asks QStandardPaths for the default store
    tilsyn::Stoettelogg::installer(QDir(tilsyn::Store::dataMappe()).filePath(u"logg"_s));
    QStringList argv_;
    for (int i = 0; i < argc; ++i)
        argv_.append(QString::fromLocal8Bit(argv[i]));

    tilsyn::cli::Globalt globalt;
    QString feil;
    qsizetype indeks = 0;
    const tilsyn::cli::Underkommando *k = tilsyn::cli::finnUnderkommando(argv_, &globalt, &feil, &indeks);
    const bool hjelp = argv_.contains(u"--help"_s) || argv_.contains(u"-h"_s);
    const bool versjon = argv_.contains(u"--version"_s);

    if (k) {
        std::unique_ptr<QCoreApplication> app;
        if (k->trengerGui) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            tilsyn::plattform::sikreKjoretidsmappe();
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        tilsyn::cli::Valideringsspraak spraak; // the validation messages in bokmål, as always
        if (!spraak.installer())
            qWarning("tilsynsklient: the bokmål validation messages are missing; they are shown in English");
        return tilsyn::cli::kjoer(*k, globalt, argv_.mid(indeks));
    }
    if (!feil.isEmpty() || hjelp || versjon) {
        QCoreApplication app(argc, argv);
        if (!feil.isEmpty()) {
            QTextStream(stderr) << feil << '\n';
            return tilsyn::cli::Ugyldig;
        }
        QTextStream ut(stdout);
        ut << (versjon ? u"tilsynsklient %1\n"_s.arg(QCoreApplication::applicationVersion()) : hjelpetekst());
        ut.flush();
        if (ut.status() != QTextStream::Ok) { // a full disk or a closed pipe is not success
            QTextStream(stderr) << "standard ut: kan ikke skrive: " << QString::fromLocal8Bit(std::strerror(errno)) << '\n';
            return tilsyn::cli::Driftsfeil;
        }
        return tilsyn::cli::Ok;
    }
    // Wayland shells (and GNOME on X11) match the window to the desktop entry, and so to its icon.
    QGuiApplication::setDesktopFileName(u"no.statsforvalteren.Tilsynsklient"_s);
    return tilsyn::kjoerGui(argc, argv, globalt.db);
}
