// tilsyn_gencases N [--seed S] [--out FILE]: writes N valid generated cases as JSON Lines.

#include "casegenerator.h"

#include "domain/katalog.h"
#include "io/sakjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes N valid generated tilsynssaker as JSON Lines."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"N"_s, u"How many cases."_s);
    p.addOption({u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s});
    p.addOption({u"out"_s, u"Output file (default: standard output)."_s, u"FILE"_s});
    p.process(app);
    bool ok = false;
    const qint64 n = p.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || n < 0) {
        QTextStream(stderr) << "usage: tilsyn_gencases N [--seed S] [--out FILE]\n";
        return 2;
    }
    QFile ut;
    if (p.isSet(u"out"_s)) {
        ut.setFileName(p.value(u"out"_s));
        if (!ut.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << ut.errorString() << '\n';
            return 1;
        }
    } else if (!ut.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    tilsyn::CaseGenerator gen(tilsyn::Katalog::innebygd(), p.value(u"seed"_s).toUInt());
    for (qint64 i = 0; i < n; ++i) {
        QByteArray linje = QJsonDocument(tilsyn::sakTilJson(gen.neste())).toJson(QJsonDocument::Compact);
        linje.append('\n');
        ut.write(linje);
    }
    return 0;
}
