#include "xlsxskriver.h"

#include "drift/fremdrift.h"
#include "io/utfil.h"

#include "rapporttabell.h"
#include "rapportvalg.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>


#include <xlsxwriter.h>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

bool erTall(const QVariant &v)
{
    const int t = v.typeId();
    return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::UInt || t == QMetaType::ULongLong
        || t == QMetaType::Double;
}

void skrivTekst(lxw_worksheet *ark, int rad, int kol, const QString &tekst, lxw_format *format = nullptr)
{
    worksheet_write_string(ark, lxw_row_t(rad), lxw_col_t(kol), tekst.toUtf8().constData(), format);
}

} // namespace

namespace {

QString skrivXlsxDirekte(const QString &sti, const QList<Rapporttabell> &tabeller, const Rapportvalg &valg,
                         Fremdrift *fremdrift, bool *avbrutt)
{
    const QByteArray filnavn = QFile::encodeName(sti);
    lxw_workbook *bok = workbook_new(filnavn.constData());
    if (!bok)
        return u"kan ikke lage arbeidsboken"_s;
    lxw_format *fet = workbook_add_format(bok);
    format_set_bold(fet);

    lxw_worksheet *utvalg = workbook_add_worksheet(bok, "utvalg");
    skrivTekst(utvalg, 0, 0, u"sektor"_s, fet);
    skrivTekst(utvalg, 0, 1, valg.sektor);
    skrivTekst(utvalg, 1, 0, u"fra"_s, fet);
    skrivTekst(utvalg, 1, 1, valg.fra.toString(Qt::ISODate));
    skrivTekst(utvalg, 2, 0, u"til"_s, fet);
    skrivTekst(utvalg, 2, 1, valg.til.toString(Qt::ISODate));
    skrivTekst(utvalg, 3, 0, u"embete"_s, fet);
    skrivTekst(utvalg, 3, 1, valg.embete.isEmpty() ? u"alle"_s : valg.embete);
    worksheet_set_column(utvalg, 0, 1, 14, nullptr);

    qsizetype ferdig = 0;
    for (const Rapporttabell &t : tabeller) {
        try { // not thrown through with the workbook open: closed below, removed by the caller
            Fremdrift::steg(fremdrift, ferdig++, tabeller.size());
        } catch (const Avbrutt &) {
            *avbrutt = true;
            break;
        }
        // Sheet names are at most 31 characters; report names are short ASCII.
        lxw_worksheet *ark = workbook_add_worksheet(bok, t.navn.left(31).toUtf8().constData());
        if (!ark)
            continue;
        for (qsizetype k = 0; k < t.kolonner.size(); ++k)
            skrivTekst(ark, 0, int(k), t.kolonner[k], fet);
        for (qsizetype r = 0; r < t.rader.size(); ++r) {
            for (qsizetype k = 0; k < t.rader[r].size(); ++k) {
                const QVariant &celle = t.rader[r][k];
                if (celle.isNull())
                    continue;
                if (erTall(celle))
                    worksheet_write_number(ark, lxw_row_t(r + 1), lxw_col_t(k), celle.toDouble(), nullptr);
                else
                    skrivTekst(ark, int(r + 1), int(k), celle.toString());
            }
        }
        worksheet_set_column(ark, 0, 0, 30, nullptr);
        worksheet_set_column(ark, 1, lxw_col_t(qMax<qsizetype>(1, t.kolonner.size() - 1)), 12, nullptr);
        worksheet_freeze_panes(ark, 1, 0);
    }
    const lxw_error feil = workbook_close(bok);
    if (feil != LXW_NO_ERROR)
        return QString::fromUtf8(lxw_strerror(feil));
    return {};
}

} // namespace

// libxlsxwriter writes the workbook under the name it is given: it gets a temporary name in the
// same folder, and the file is renamed into place only when it was written whole.
QString skrivXlsx(const QString &sti, const QList<Rapporttabell> &tabeller, const Rapportvalg &valg,
                  Fremdrift *fremdrift)
{
    QString midlertidig;
    {
        // Beside the target; for a device or pipe (/dev/full, a FIFO) in the temporary folder instead
        // (never a file made in /dev).
        const QFileInfo maal(sti);
        const QString ved = maal.exists() && !maal.isFile() ? QDir(QDir::tempPath()).filePath(u"tilsyn-arbeidsbok"_s)
                                                            : maal.absoluteFilePath();
        QTemporaryFile t(ved + u".XXXXXX.tmp"_s);
        t.setAutoRemove(false);
        if (!t.open())
            return u"%1: kan ikke skrive filen: %2"_s.arg(sti, t.errorString());
        midlertidig = t.fileName();
    }
    bool avbrutt = false;
    const QString feil = skrivXlsxDirekte(midlertidig, tabeller, valg, fremdrift, &avbrutt);
    if (avbrutt) {
        QFile::remove(midlertidig);
        throw Avbrutt();
    }
    if (!feil.isEmpty()) {
        QFile::remove(midlertidig);
        return u"%1: kan ikke skrive filen: %2"_s.arg(sti, feil);
    }
    // A complete zip file ends with its end-of-central-directory record. Utfil then writes it
    // whole or not at all (QSaveFile: flushed to disk, then renamed over the final name).
    QFile f(midlertidig);
    QByteArray innhold;
    QString grunn;
    if (!f.open(QIODevice::ReadOnly))
        grunn = f.errorString();
    else if (innhold = f.readAll(); innhold.size() < 22 || innhold.sliced(innhold.size() - 22, 4) != QByteArrayView("PK\x05\x06"))
        grunn = u"arbeidsboken ble ikke skrevet ferdig"_s;
    f.close();
    QFile::remove(midlertidig);
    if (!grunn.isEmpty())
        return u"%1: kan ikke skrive filen: %2"_s.arg(sti, grunn);
    Utfil ut(sti);
    if (!ut.aapne() || !ut.skriv(innhold) || !ut.fullfoer())
        return ut.feil();
    return {};
}

} // namespace tilsyn
