// libFuzzer: the letter template engine with hostile field values (and hostile templates).
// The first byte picks the mode: 0-127 fills a fixed template with the input as every field's
// value and checks that no markup can come from a value (every '<' in the output is the
// template's own); 128-255 compiles the input as a template and renders it.

#include "letters/brevmal.h"

#include <QVariantList>

#include <cstdio>
#include <cstdlib>

using namespace tilsyn;

namespace {

Plassholderskjema skjema()
{
    Plassholderskjema s;
    s.felt.insert(QStringLiteral("navn"), {Plassholderskjema::Art::Tekst, QString(), nullptr});
    s.felt.insert(QStringLiteral("adresse"), {Plassholderskjema::Art::Tekst, QString(), nullptr});
    s.felt.insert(QStringLiteral("alvorlig"), {Plassholderskjema::Art::Flagg, QString(), nullptr});
    auto liste = std::make_shared<Plassholderskjema>();
    liste->felt.insert(QStringLiteral("tekst"), {Plassholderskjema::Art::Tekst, QString(), nullptr});
    s.felt.insert(QStringLiteral("punkter"), {Plassholderskjema::Art::Liste, QString(), liste});
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const Plassholderskjema s = skjema();
    const QString tekst = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] < 128) {
        static const Brevmal mal = Brevmal::kompiler(
            QStringLiteral("<p>{{navn}}</p>{{#alvorlig}}<b>!</b>{{/alvorlig}}<p>{{adresse}}</p>"
                           "<ul>{{#punkter}}<li>{{tekst}} {{navn}}</li>{{/punkter}}</ul>{{^punkter}}-{{/punkter}}"),
            s, QStringLiteral("fuzz"));
        QVariantList punkter;
        for (int i = 0; i < (data[0] & 3); ++i)
            punkter.append(QVariantHash{{QStringLiteral("tekst"), tekst}});
        const QString ut = mal.fyll({{QStringLiteral("navn"), tekst}, {QStringLiteral("adresse"), tekst},
                                     {QStringLiteral("alvorlig"), (data[0] & 4) != 0},
                                     {QStringLiteral("punkter"), punkter}});
        // The template's own tags: 6 or 8 plus 2 per item, and <br/> for each newline of a value.
        const qsizetype egne = 6 + ((data[0] & 4) ? 2 : 0) + 2 * punkter.size();
        const qsizetype linjeskift = tekst.count(QLatin1Char('\n'));
        const qsizetype forventet = egne + linjeskift * (2 + 2 * punkter.size());
        if (ut.count(QLatin1Char('<')) != forventet) {
            std::fprintf(stderr, "a field value became markup: %s\n", qPrintable(ut));
            std::abort();
        }
        return 0;
    }
    try {
        const Brevmal mal = Brevmal::kompiler(tekst, s, QStringLiteral("fuzz"));
        (void)mal.fyll({{QStringLiteral("navn"), tekst}, {QStringLiteral("alvorlig"), true},
                        {QStringLiteral("punkter"), QVariantList{QVariantHash{{QStringLiteral("tekst"), tekst}}}}});
        (void)mal.navn();
    } catch (const BrevmalFeil &) {
    }
    return 0;
}
