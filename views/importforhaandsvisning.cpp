#include "importforhaandsvisning.h"

#include "sperregrunn.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

ImportForhaandsvisning::ImportForhaandsvisning(const JsonlImport::Lest &lest, const QString &filnavn, QWidget *parent)
    : QDialog(parent)
    , m_nye(lest.antall(JsonlImport::Status::Ny))
    , m_uendrede(lest.antall(JsonlImport::Status::Uendret))
    , m_endrede(lest.antall(JsonlImport::Status::Endret))
    , m_filnavn(filnavn)
    , m_sammendrag(new QLabel(this))
    , m_endringer(new QTreeWidget(this))
    , m_knapper(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importer(m_knapper->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"importForhaandsvisning"_s);
    m_sammendrag->setObjectName(u"importSammendrag"_s);
    m_sammendrag->setWordWrap(true);
    m_endringer->setObjectName(u"importEndringer"_s);
    // Its rows (case numbers, line numbers and the JSON Lines format's field names, a fixed
    // contract the same in every language) are data, its header program text (tests/views/vandringssjekk.h).
    m_endringer->setProperty("tilsynDataRader", true);
    m_endringer->setAccessibleName(tr("Cases that would change"));
    m_endringer->setRootIsDecorated(false);
    m_endringer->setColumnCount(3);
    m_endringer->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_importer->setObjectName(u"importBekreft"_s);
    for (const JsonlImport::Post &p : lest.poster) {
        if (p.status != JsonlImport::Status::Endret)
            continue;
        auto *rad = new QTreeWidgetItem(m_endringer);
        rad->setText(0, p.sak.saksnummer.value_or(p.sak.id));
        rad->setText(1, QString::number(p.linje));
        rad->setText(2, p.endredeFelt.join(u", "_s));
        rad->setData(0, Qt::UserRole, p.sak.id);
    }
    m_endringer->setVisible(m_endrede > 0);
    // With nothing to write there is nothing to confirm: the button is greyed out with its reason
    // (issue 10: it offered "Import 0 cases" as the default), and Close is the default.
    if (m_nye + m_endrede == 0)
        m_knapper->setStandardButtons(QDialogButtonBox::Close);
    connect(m_knapper, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_knapper, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *oppsett = new QVBoxLayout(this);
    oppsett->addWidget(m_sammendrag);
    oppsett->addWidget(m_endringer, 1);
    oppsett->addWidget(m_knapper);
    resize(m_endrede > 0 ? QSize(720, 420) : QSize(480, 160));
    oversett();
    // The safe choice has the focus: Enter does not replace anything. The import button keeps
    // autoDefault, so Enter presses it once the caseworker has moved to it (a session 12 tryout:
    // Shift+Tab to it and Enter cancelled without a word).
    if (QPushButton *avbryt = m_knapper->button(m_nye + m_endrede > 0 ? QDialogButtonBox::Cancel : QDialogButtonBox::Close)) {
        avbryt->setDefault(true);
        avbryt->setFocus();
    }
}

ImportForhaandsvisning::~ImportForhaandsvisning() = default;

bool ImportForhaandsvisning::erstatt() const
{
    return result() == QDialog::Accepted && m_endrede > 0;
}

void ImportForhaandsvisning::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QDialog::changeEvent(e);
}

void ImportForhaandsvisning::oversett()
{
    setWindowTitle(tr("Import %1").arg(m_filnavn));
    QStringList linjer{tr("New cases: %1").arg(m_nye),
                       tr("Already in the store, unchanged (skipped): %1").arg(m_uendrede),
                       tr("Already in the store with other content: %1").arg(m_endrede)};
    if (m_endrede > 0)
        linjer.append(tr("Importing replaces these cases with the file's version (each replacement is saved in the "
                         "audit trail and sent at the next sync). Finalised letters and closed follow-ups are not "
                         "changed. Cancel imports nothing."));
    else if (m_nye == 0)
        linjer.append(tr("There is nothing to import."));
    m_sammendrag->setText(linjer.join(u'\n'));
    m_endringer->setHeaderLabels({tr("Case"), tr("Line"), tr("Fields that would change")});
    settTilgjengelig(m_importer, m_nye + m_endrede > 0 ? QString()
                                                       : tr("Nothing to import: every case in the file is already "
                                                            "in the store, unchanged."));
    m_importer->setText(m_endrede > 0 ? tr("&Replace %Ln case(s) and import", nullptr, int(m_endrede))
                                      : tr("&Import %Ln case(s)", nullptr, int(m_nye)));
}

} // namespace tilsyn
