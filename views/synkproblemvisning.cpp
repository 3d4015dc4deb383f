#include "synkproblemvisning.h"

#include "konfliktbekreftelse.h"
#include "radiopiler.h"
#include "sperregrunn.h"

#include "lukketaster.h"

#include "domain/katalog.h"
#include "store/storeerror.h"
#include "tapteavskrivninger.h"

#include <QButtonGroup>
#include <QDate>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

enum ValgId { VelgMine, VelgDeres, VelgRediger };

QPlainTextEdit *lesefelt(QWidget *forelder, const QString &navn)
{
    auto *t = new QPlainTextEdit(forelder);
    t->setObjectName(navn);
    t->setReadOnly(true);
    t->setMinimumHeight(90);
    return t;
}

QTreeWidget *liste(QWidget *forelder, const QString &navn, const QStringList &kolonner)
{
    auto *l = new QTreeWidget(forelder);
    l->setObjectName(navn);
    l->setRootIsDecorated(false);
    l->setAlternatingRowColors(true);
    l->setHeaderLabels(kolonner);
    l->header()->setStretchLastSection(true);
    return l;
}

QString tidspunkt(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), u"dd.MM.yyyy HH:mm"_s);
}

// The edited text back to a value of the same kind as mine/theirs: text stays text (empty:
// removed), anything else is read as JSON.
std::optional<QJsonValue> tolk(const QString &tekst, const SynkProblemer::Konflikt &k)
{
    const bool erTekst = k.mine.isString() || k.deres.isString() || k.base.isString();
    if (erTekst)
        return tekst.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(tekst);
    if (tekst.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError feil{};
    const QJsonArray a = QJsonDocument::fromJson(u"["_s.append(tekst).append(u']').toUtf8(), &feil).array();
    if (feil.error != QJsonParseError::NoError || a.size() != 1)
        return std::nullopt;
    return a.first();
}

QString redigerbar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isUndefined() || v.isNull())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

SynkProblemVisning::SynkProblemVisning(SynkProblemer &problemer, const Katalog &katalog, QWidget *parent)
    : QWidget(parent), m_problemer(problemer), m_katalog(katalog), m_faner(new QTabWidget(this))
{
    setObjectName(u"synkproblemer"_s);
    m_faner->addTab(byggKonflikter(), QString());
    m_faner->addTab(byggAvviste(), QString());
    m_tapte = new TapteAvskrivningerSide(problemer, this);
    m_faner->addTab(m_tapte, QString());
    connect(m_tapte, &TapteAvskrivningerSide::antallEndret, this, [this] {
        m_antallTapte = m_tapte->lesPaaNytt();
        oppdaterFaner();
    });
    // A window of its own: a Close button, Escape and Ctrl+W close it (issue 10).
    m_lukk = lukkeknapp(this);
    auto *nederst = new QHBoxLayout;
    nederst->addStretch(1);
    nederst->addWidget(m_lukk);
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(m_faner);
    lag->addLayout(nederst);
    oversett();
    lesPaaNytt();
}

void SynkProblemVisning::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange && m_lukk) {
        oversett();
        // The lists' rows, the tab titles, the three values and the reasons on disabled
        // buttons, in the new language; the selected conflict, its choice and edited text stay.
        lesPaaNytt();
        visVerdier(false);
        oppdaterGrunner();
        m_tapte->oversett();
    }
    QWidget::changeEvent(e);
}

void SynkProblemVisning::oversett()
{
    setWindowTitle(tr("Sync: conflicts and rejected changes"));
    m_konfliktliste->setHeaderLabels({tr("Case"), tr("Field"), tr("Found")});
    m_konfliktForklaring->setText(tr("The same field was changed here and in the central store. The central store "
                                     "kept its value (theirs); yours is kept here. Choose what the case should say: "
                                     "the choice is saved as a new change of the case and sent at the next sync."));
    m_baseBoks->setTitle(tr("Before both changes"));
    m_mineBoks->setTitle(tr("Mine"));
    m_deresBoks->setTitle(tr("Theirs (central store)")); // visVerdier() names who, for a conflict shown
    m_velgMine->setText(tr("Keep &mine"));
    m_velgDeres->setText(tr("Keep &theirs"));
    m_velgRediger->setText(tr("&Edit:"));
    m_loes->setText(tr("&Resolve"));
    m_avvistliste->setHeaderLabels({tr("Case"), tr("Changed"), tr("Attempts"), tr("Reason")});
    m_avvistForklaring->setText(tr("The central store refused these changes. They are kept here, and the case is "
                                   "not updated from the central store while one is waiting. When the cause is fixed "
                                   "(for example access to the office), send it again; or discard your changes to "
                                   "get the central store's version."));
    m_sendPaaNytt->setText(tr("&Send again"));
    m_forkast->setText(tr("&Discard my changes…"));
    m_lukk->setText(tr("Close &window"));
    m_lukk->setToolTip(tr("Close this window (Esc, Ctrl+W)"));
}

void SynkProblemVisning::oppdaterGrunner()
{
    const bool valgt = m_konfliktliste->currentItem() != nullptr;
    for (QAbstractButton *b : m_valg->buttons())
        settTilgjengelig(b, valgt ? QString() : tr("Select a conflict in the list first."));
    settTilgjengelig(m_redigert, m_valg->checkedId() == VelgRediger
                                     ? QString() : tr("Choose \"Edit\" above to write a value of your own."));
    settTilgjengelig(m_loes, !valgt                      ? tr("Select a conflict in the list first.")
                             : m_valg->checkedId() < 0 ? tr("Choose which value the case should keep first.")
                                                       : QString());
}

QWidget *SynkProblemVisning::byggKonflikter()
{
    auto *side = new QWidget(this);
    m_konfliktliste = liste(side, u"konfliktliste"_s, {});
    m_konfliktliste->setColumnWidth(0, 110);
    m_konfliktliste->setColumnWidth(1, 260);
    m_konfliktForklaring = new QLabel(side);
    m_konfliktForklaring->setWordWrap(true);
    m_base = lesefelt(side, u"base"_s);
    m_mine = lesefelt(side, u"mine"_s);
    m_deres = lesefelt(side, u"deres"_s);
    auto *tre = new QHBoxLayout;
    const std::pair<QGroupBox **, QPlainTextEdit *> felt[] = {
        {&m_baseBoks, m_base}, {&m_mineBoks, m_mine}, {&m_deresBoks, m_deres}};
    for (const auto &[boks, tekst] : felt) {
        *boks = new QGroupBox(side);
        auto *b = new QVBoxLayout(*boks);
        b->addWidget(tekst);
        tre->addWidget(*boks);
    }
    m_valg = new QButtonGroup(side);
    auto *mine = m_velgMine = new QRadioButton(side);
    auto *deres = m_velgDeres = new QRadioButton(side);
    auto *rediger = m_velgRediger = new QRadioButton(side);
    mine->setObjectName(u"velgMine"_s);
    deres->setObjectName(u"velgDeres"_s);
    rediger->setObjectName(u"velgRediger"_s);
    m_valg->addButton(mine, VelgMine);
    m_valg->addButton(deres, VelgDeres);
    m_valg->addButton(rediger, VelgRediger);
    pilerVelger(m_valg); // the arrows choose, as in any radio group
    m_redigert = new QPlainTextEdit(side);
    m_redigert->setObjectName(u"redigert"_s);
    m_redigert->setMaximumHeight(110);
    settTilgjengelig(m_redigert, tr("Choose \"Edit\" above to write a value of your own."));
    m_konfliktFeil = new QLabel(side);
    m_konfliktFeil->setObjectName(u"konfliktFeil"_s);
    m_konfliktFeil->setWordWrap(true);
    m_konfliktFeil->setStyleSheet(u"color: #b00020;"_s);
    m_loes = new QPushButton(side);
    m_loes->setObjectName(u"loes"_s);
    auto *valgLag = new QHBoxLayout;
    valgLag->addWidget(mine);
    valgLag->addWidget(deres);
    valgLag->addWidget(rediger);
    valgLag->addStretch();
    valgLag->addWidget(m_loes);

    auto *detalj = new QWidget(side);
    auto *d = new QVBoxLayout(detalj);
    d->setContentsMargins(0, 0, 0, 0);
    d->addWidget(m_konfliktForklaring);
    d->addLayout(tre, 1);
    d->addLayout(valgLag);
    d->addWidget(m_redigert);
    d->addWidget(m_konfliktFeil);
    auto *deler = new QSplitter(Qt::Vertical, side);
    deler->addWidget(m_konfliktliste);
    deler->addWidget(detalj);
    deler->setStretchFactor(0, 1);
    deler->setStretchFactor(1, 2);
    auto *lag = new QVBoxLayout(side);
    lag->addWidget(deler);

    connect(m_konfliktliste, &QTreeWidget::currentItemChanged, this, &SynkProblemVisning::visValgtKonflikt);
    connect(m_valg, &QButtonGroup::idToggled, this, [this](int id, bool paa) {
        if (id == VelgRediger)
            settTilgjengelig(m_redigert, paa ? QString() : tr("Choose \"Edit\" above to write a value of your own."));
        settTilgjengelig(m_loes, !m_konfliktliste->currentItem() ? tr("Select a conflict in the list first.")
                                 : m_valg->checkedId() < 0      ? tr("Choose which value the case should keep first.")
                                                                : QString());
    });
    connect(m_loes, &QPushButton::clicked, this, &SynkProblemVisning::loesValgt);
    return side;
}

QWidget *SynkProblemVisning::byggAvviste()
{
    auto *side = new QWidget(this);
    m_avvistliste = liste(side, u"avvistliste"_s, {});
    m_avvistliste->setColumnWidth(0, 110);
    m_avvistliste->setColumnWidth(1, 130);
    m_avvistliste->setColumnWidth(2, 70);
    m_avvistForklaring = new QLabel(side);
    m_avvistForklaring->setWordWrap(true);
    m_sendPaaNytt = new QPushButton(side);
    m_sendPaaNytt->setObjectName(u"sendPaaNytt"_s);
    m_forkast = new QPushButton(side);
    m_forkast->setObjectName(u"forkast"_s);
    m_avvistFeil = new QLabel(side);
    m_avvistFeil->setObjectName(u"avvistFeil"_s);
    m_avvistFeil->setWordWrap(true);
    m_avvistFeil->setStyleSheet(u"color: #b00020;"_s);
    auto *knapper = new QHBoxLayout;
    knapper->addWidget(m_avvistFeil, 1);
    knapper->addWidget(m_sendPaaNytt);
    knapper->addWidget(m_forkast);
    auto *lag = new QVBoxLayout(side);
    lag->addWidget(m_avvistForklaring);
    lag->addWidget(m_avvistliste, 1);
    lag->addLayout(knapper);
    connect(m_avvistliste, &QTreeWidget::currentItemChanged, this, [this] {
        const QString grunn = m_avvistliste->currentItem() ? QString() : tr("Select a rejected change in the list first.");
        settTilgjengelig(m_sendPaaNytt, grunn);
        settTilgjengelig(m_forkast, grunn);
        m_avvistFeil->clear();
    });
    connect(m_sendPaaNytt, &QPushButton::clicked, this, [this] { behandleAvvist(true); });
    connect(m_forkast, &QPushButton::clicked, this, [this] { behandleAvvist(false); });
    return side;
}

void SynkProblemVisning::lesPaaNytt()
{
    try {
        m_konflikter = m_problemer.konflikter();
        m_avviste = m_problemer.avviste();
    } catch (const StoreError &e) {
        m_konfliktFeil->setText(e.melding());
        return;
    }
    // The conflict being looked at stays selected, and its choice and edited text stay as they
    // are, when a sync finishes meanwhile; otherwise the one at the same place is shown.
    QTreeWidgetItem *valgt = m_konfliktliste->currentItem();
    const qint64 valgtId = valgt ? valgt->data(0, Qt::UserRole).toLongLong() : 0;
    const int forrige = valgt ? m_konfliktliste->indexOfTopLevelItem(valgt) : 0;
    QTreeWidgetItem *sammeSom = nullptr;
    {
        const QSignalBlocker blokk(m_konfliktliste);
        m_konfliktliste->clear();
        for (const SynkProblemer::Konflikt &k : std::as_const(m_konflikter)) {
            auto *rad = new QTreeWidgetItem(m_konfliktliste, {k.saksnummer.isEmpty() ? tr("Draft") : k.saksnummer,
                                                              feltnavn(k), tidspunkt(k.registrert)});
            rad->setData(0, Qt::UserRole, k.id);
            if (k.id == valgtId)
                sammeSom = rad;
        }
        if (sammeSom)
            m_konfliktliste->setCurrentItem(sammeSom);
    }
    if (!sammeSom && !m_konflikter.isEmpty()) // shown through currentItemChanged
        m_konfliktliste->setCurrentItem(m_konfliktliste->topLevelItem(std::min(forrige, int(m_konflikter.size()) - 1)));
    else if (!sammeSom)
        visValgtKonflikt(); // empty: clear the panes

    m_avvistliste->clear();
    for (const SynkProblemer::Avvist &a : std::as_const(m_avviste)) {
        auto *rad = new QTreeWidgetItem(m_avvistliste, {a.saksnummer.isEmpty() ? tr("Draft") : a.saksnummer,
                                                        tidspunkt(a.opprettet), QLocale().toString(a.forsok), a.feil});
        rad->setToolTip(3, a.feil);
    }
    if (!m_avviste.isEmpty())
        m_avvistliste->setCurrentItem(m_avvistliste->topLevelItem(0));
    const QString ingen = m_avviste.isEmpty() ? tr("No change was rejected by the central store.") : QString();
    settTilgjengelig(m_sendPaaNytt, ingen);
    settTilgjengelig(m_forkast, ingen);
    m_antallTapte = m_tapte->lesPaaNytt();
    oppdaterFaner();
}

void SynkProblemVisning::visAvviste()
{
    m_faner->setCurrentIndex(1);
}

void SynkProblemVisning::visTapteAvskrivninger()
{
    m_faner->setCurrentIndex(2);
}

void SynkProblemVisning::oppdaterFaner()
{
    m_faner->setTabText(0, tr("Conflicts (%L1)").arg(m_konflikter.size()));
    m_faner->setTabText(1, tr("Rejected changes (%L1)").arg(m_avviste.size()));
    m_faner->setTabText(2, tr("Answered twice (%L1)").arg(m_antallTapte));
    m_konfliktliste->setAccessibleName(m_faner->tabText(0));
    m_avvistliste->setAccessibleName(m_faner->tabText(1));
    emit antallEndret(int(m_konflikter.size()) + m_antallTapte, int(m_avviste.size()));
}

void SynkProblemVisning::visValgtKonflikt()
{
    const int i = m_konfliktliste->currentItem() ? m_konfliktliste->indexOfTopLevelItem(m_konfliktliste->currentItem()) : -1;
    m_konfliktFeil->clear();
    m_valg->setExclusive(false);
    for (QAbstractButton *b : m_valg->buttons()) {
        b->setChecked(false);
        settTilgjengelig(b, i >= 0 ? QString() : tr("Select a conflict in the list first."));
    }
    m_valg->setExclusive(true);
    settTilgjengelig(m_loes, i >= 0 ? tr("Choose which value the case should keep first.") : tr("Select a conflict in the list first."));
    if (i < 0) {
        for (QPlainTextEdit *t : {m_base, m_mine, m_deres, m_redigert})
            t->clear();
        visVerdier(false); // no conflict: nobody named over «Theirs»
        return;
    }
    visVerdier(true);
}

void SynkProblemVisning::visVerdier(bool medRedigert)
{
    const int i = m_konfliktliste->currentItem() ? m_konfliktliste->indexOfTopLevelItem(m_konfliktliste->currentItem()) : -1;
    if (i < 0 || i >= m_konflikter.size()) {
        m_deresBoks->setTitle(tr("Theirs (central store)"));
        return;
    }
    const SynkProblemer::Konflikt &k = m_konflikter[i];
    // Who wrote theirs (by name where known) and when (issue 10: «Theirs» never said who).
    m_deresBoks->setTitle(k.deresAv.isEmpty() ? tr("Theirs (central store)")
                          : k.deresTidspunkt.isValid() ? tr("Theirs: %1, %2").arg(k.deresNavn, tidspunkt(k.deresTidspunkt))
                                                       : tr("Theirs: %1").arg(k.deresNavn));
    m_base->setPlainText(k.base.isUndefined() ? tr("(no common version)") : somTekst(k.felt, k.base));
    m_mine->setPlainText(k.mine.isUndefined() ? tr("(removed)") : somTekst(k.felt, k.mine));
    m_deres->setPlainText(k.deres.isUndefined() ? tr("(removed)") : somTekst(k.felt, k.deres));
    if (medRedigert)
        m_redigert->setPlainText(redigerbar(k.mine.isUndefined() ? k.deres : k.mine));
}

void SynkProblemVisning::loesValgt()
{
    const int i = m_konfliktliste->currentItem() ? m_konfliktliste->indexOfTopLevelItem(m_konfliktliste->currentItem()) : -1;
    if (i < 0 || m_valg->checkedId() < 0)
        return;
    const SynkProblemer::Konflikt k = m_konflikter[i];
    const auto valg = static_cast<SynkProblemer::Valg>(m_valg->checkedId());
    QJsonValue verdi(QJsonValue::Undefined);
    if (valg == SynkProblemer::Valg::Redigert) {
        const std::optional<QJsonValue> tolket = tolk(m_redigert->toPlainText(), k);
        if (!tolket) {
            m_konfliktFeil->setText(tr("%1: the edited value cannot be read; write it in the same form as the "
                                       "values above.").arg(feltnavn(k)));
            return;
        }
        verdi = *tolket;
    }
    // Nothing anybody typed is replaced without a question naming whose it is (issue 10).
    if (!KonfliktBekreftelse::spoer(this, k, valg,
                                    valg == SynkProblemer::Valg::Mine ? k.mine
                                    : valg == SynkProblemer::Valg::Deres ? k.deres : verdi,
                                    feltnavn(k), [this, &k](const QJsonValue &v) { return somTekst(k.felt, v); }))
        return;
    try {
        m_problemer.loes(k.id, valg, verdi);
    } catch (const StoreError &e) {
        m_konfliktFeil->setText(tr("Not resolved – %1").arg(e.melding()));
        return;
    }
    lesPaaNytt();
    emit sakEndret(k.sakId);
}

void SynkProblemVisning::behandleAvvist(bool sendPaaNytt)
{
    const int i = m_avvistliste->currentItem() ? m_avvistliste->indexOfTopLevelItem(m_avvistliste->currentItem()) : -1;
    if (i < 0)
        return;
    const SynkProblemer::Avvist a = m_avviste[i];
    if (!sendPaaNytt
        && QMessageBox::question(this, tr("Discard my changes"),
                                 tr("Your changes to %1 that the central store refused are discarded, and the case "
                                    "goes back to the central store's version. The discarded changes stay in the "
                                    "case's history. Continue?")
                                     .arg(a.saksnummer.isEmpty() ? tr("the draft") : a.saksnummer))
               != QMessageBox::Yes) {
        return;
    }
    try {
        if (sendPaaNytt)
            m_problemer.sendPaaNytt(a.opId);
        else
            m_problemer.forkast(a.opId);
    } catch (const StoreError &e) {
        m_avvistFeil->setText(e.melding());
        return;
    }
    lesPaaNytt();
    if (!sendPaaNytt)
        emit sakEndret(a.sakId);
}

QString SynkProblemVisning::feltnavn(const SynkProblemer::Konflikt &k)
{
    const QString liste = k.felt.section(u'/', 0, 0);
    if (liste == u"tilsynsobjekter") {
        for (const QJsonValue &v : {k.deres, k.mine, k.base}) {
            if (v.isObject())
                return tr("Subject «%1»").arg(v.toObject().value("navn"_L1).toString());
        }
        return tr("Subject");
    }
    static const std::pair<const char *, const char *> navn[] = {
        {"sammendrag", QT_TR_NOOP("Summary")},
        {"saksbehandler", QT_TR_NOOP("Caseworker")},
        {"behandlingsmaate", QT_TR_NOOP("Procedure")},
        {"alvorlig", QT_TR_NOOP("Serious")},
        {"mottatt", QT_TR_NOOP("Received")},
        {"sektor", QT_TR_NOOP("Sector")},
        {"kilder", QT_TR_NOOP("Sources")},
        {"temaer", QT_TR_NOOP("Themes")},
        {"innsender", QT_TR_NOOP("Submitter")},
        {"brukerinvolvering", QT_TR_NOOP("User involvement")},
        {"oversendt", QT_TR_NOOP("Forwarded")},
        {"mote", QT_TR_NOOP("Meeting")},
        {"avsluttet", QT_TR_NOOP("Closed")},
        {"utfall", QT_TR_NOOP("Outcome")},
        {"vurderinger", QT_TR_NOOP("Assessments")},
        {"rapport_mottatt", QT_TR_NOOP("Report received")},
    };
    for (const auto &[kode, tekst] : navn) {
        if (liste == QLatin1StringView(kode))
            return tr(tekst);
    }
    return k.felt;
}

QString SynkProblemVisning::somTekst(const QString &felt, const QJsonValue &v) const
{
    using Liste = Katalog::Liste;
    static const std::pair<const char *, Liste> kodefelt[] = {
        {"sektor", Liste::Sektor}, {"kilder", Liste::Kilde}, {"temaer", Liste::Tema}, {"utfall", Liste::Utfall},
        {"type", Liste::Objekttype}, {"tjenesteniva", Liste::Tjenesteniva}, {"bestemmelse", Liste::Bestemmelse},
        {"konklusjon", Liste::Konklusjon}};
    const QString navn = felt.section(u'/', 0, 0);
    for (const auto &[kode, liste] : kodefelt) {
        if (navn == QLatin1StringView(kode) && v.isString()) {
            const QString n = m_katalog.navn(liste, v.toString());
            return n.isEmpty() || n == v.toString() ? v.toString() : n;
        }
    }
    if (navn == u"behandlingsmaate" && v.isDouble()) {
        const Fristregel *regel = m_katalog.behandlingsmaate(v.toInt());
        return regel ? u"%1 – %2"_s.arg(v.toInt()).arg(regel->navn) : QString::number(v.toInt());
    }
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::Bool:
        return v.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QLocale().toString(v.toDouble());
    case QJsonValue::String: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() && v.toString().size() == 10 ? QLocale().toString(d, u"dd.MM.yyyy"_s) : v.toString();
    }
    case QJsonValue::Array: {
        QStringList linjer;
        for (const QJsonValue &e : v.toArray())
            linjer.append(somTekst(navn, e).replace(u'\n', u"; "_s));
        return linjer.join(u'\n');
    }
    case QJsonValue::Object: {
        QStringList linjer;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"id")
                linjer.append(it.key() + u": "_s + somTekst(it.key(), it.value()));
        }
        return linjer.join(u'\n');
    }
    }
    return {};
}

} // namespace tilsyn
