#include "sentraldialog.h"
#include "rullevern.h"
#include "sperregrunn.h"

#include "sync/conninfo.h"
#include "sync/passordlager.h"
#include "sync/sentralfeil.h"
#include "sync/sentralskjema.h"
#include "sync/sentraltilkobling.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

const QStringList kSslValg{u"verify-full"_s, u"verify-ca"_s, u"require"_s, u"prefer"_s, u"allow"_s, u"disable"_s};

} // namespace

SentralDialog::SentralDialog(const QString &conninfo, QWidget *parent)
    : QDialog(parent), m_vert(new QLineEdit(this)), m_port(new QLineEdit(this)), m_db(new QLineEdit(this)),
      m_bruker(new QLineEdit(this)), m_ssl(new QComboBox(this)), m_sslHint(new QLabel(this)),
      m_ovrige(new QLineEdit(this)), m_passord(new QLineEdit(this)), m_test(new QPushButton(tr("&Test connection"), this)),
      m_glem(new QPushButton(tr("&Forget password"), this)), m_melding(new QLabel(this)),
      m_vakt(new QFutureWatcher<std::pair<bool, QString>>(this))
{
    Rullevern::installer(); // the wheel changes no value without focus (forms work)
    setWindowTitle(tr("Central store"));
    m_vert->setObjectName(u"vert"_s);
    m_port->setObjectName(u"port"_s);
    m_db->setObjectName(u"dbnavn"_s);
    m_bruker->setObjectName(u"bruker"_s);
    m_ssl->setObjectName(u"sslmode"_s);
    m_ovrige->setObjectName(u"ovrige"_s);
    m_passord->setObjectName(u"passord"_s);
    m_test->setObjectName(u"test"_s);
    m_glem->setObjectName(u"glem"_s);
    m_melding->setObjectName(u"melding"_s);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setPlaceholderText(u"5432"_s);
    m_ssl->addItems(kSslValg);
    m_ssl->setProperty("tilsynDataFra", 0); // libpq's sslmode values
    m_sslHint->setWordWrap(true);
    m_ovrige->setPlaceholderText(tr("e.g. sslrootcert=/etc/ssl/certs/ca.pem connect_timeout=10"));
    m_passord->setEchoMode(QLineEdit::Password);
    m_passord->setPlaceholderText(tr("optional: saved only in the keychain"));
    m_melding->setWordWrap(true);
    m_melding->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *skjema = new QFormLayout;
    skjema->addRow(tr("&Host:"), m_vert);
    skjema->addRow(tr("&Port:"), m_port);
    skjema->addRow(tr("&Database:"), m_db);
    skjema->addRow(tr("&User:"), m_bruker);
    skjema->addRow(tr("&SSL mode:"), m_ssl);
    skjema->addRow(QString(), m_sslHint);
    skjema->addRow(tr("&Other options:"), m_ovrige);
    auto *passordRad = new QHBoxLayout;
    passordRad->addWidget(m_passord, 1);
    passordRad->addWidget(m_glem);
    auto *passordEtikett = new QLabel(tr("Pass&word:"), this);
    passordEtikett->setBuddy(m_passord);
    skjema->addRow(passordEtikett, passordRad);
    auto *forklaring = new QLabel(tr("Without a password here, it comes from PGPASSWORD or ~/.pgpass, or from the "
                                     "keychain if saved there before. It is never stored in the settings."),
                                  this);
    forklaring->setWordWrap(true);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    knapper->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *ramme = new QVBoxLayout(this);
    ramme->addLayout(skjema);
    ramme->addWidget(forklaring);
    ramme->addWidget(m_melding);
    ramme->addWidget(knapper);
    setMinimumWidth(520);

    connect(knapper, &QDialogButtonBox::accepted, this, &SentralDialog::accept);
    connect(knapper, &QDialogButtonBox::rejected, this, &SentralDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &SentralDialog::testTilkobling);
    connect(m_glem, &QPushButton::clicked, this, &SentralDialog::glemPassord);
    connect(m_ssl, &QComboBox::currentIndexChanged, this, &SentralDialog::visSslHint);
    connect(m_vert, &QLineEdit::textChanged, this, &SentralDialog::visSslHint);
    connect(m_vakt, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this] {
        const auto [ok, tekst] = m_vakt->result();
        settTilgjengelig(m_test, QString());
        visMelding(tekst, !ok);
        emit testFerdig(ok, tekst);
    });
    settConninfo(conninfo);
}

SentralDialog::~SentralDialog() = default;

void SentralDialog::settConninfo(const QString &conninfo)
{
    QString feil;
    const auto par = Conninfo::les(conninfo, &feil);
    if (!par) {
        visMelding(tr("The saved connection could not be read: %1").arg(feil), true);
        return;
    }
    m_vert->setText(Conninfo::verdi(*par, u"host"_s));
    m_port->setText(Conninfo::verdi(*par, u"port"_s));
    m_db->setText(Conninfo::verdi(*par, u"dbname"_s));
    m_bruker->setText(Conninfo::verdi(*par, u"user"_s));
    const QString ssl = Conninfo::verdi(*par, u"sslmode"_s);
    // A new connection gets verify-full; an existing one without sslmode shows libpq's default.
    const QString valgt = !ssl.isEmpty() ? ssl : par->isEmpty() ? u"verify-full"_s : u"prefer"_s;
    m_ssl->setCurrentIndex(std::max<int>(0, int(kSslValg.indexOf(valgt))));
    QList<Conninfo::Par> ovrige;
    static const QStringList kjente{u"host"_s, u"port"_s, u"dbname"_s, u"user"_s, u"sslmode"_s, u"password"_s};
    for (const auto &p : *par) {
        if (!kjente.contains(p.first))
            ovrige.append(p);
    }
    m_ovrige->setText(Conninfo::skriv(ovrige));
    visSslHint();
}

QString SentralDialog::conninfo() const
{
    if (m_vert->text().trimmed().isEmpty() && m_db->text().trimmed().isEmpty())
        return {};
    QList<Conninfo::Par> par{{u"host"_s, m_vert->text().trimmed()},   {u"port"_s, m_port->text().trimmed()},
                             {u"dbname"_s, m_db->text().trimmed()},   {u"user"_s, m_bruker->text().trimmed()},
                             {u"sslmode"_s, m_ssl->currentText()}};
    const auto ovrige = Conninfo::les(m_ovrige->text());
    for (const auto &p : ovrige.value_or(QList<Conninfo::Par>())) {
        if (p.first != u"password")
            par.append(p);
    }
    return Conninfo::skriv(par);
}

QString SentralDialog::noekkel() const
{
    return PassordLager::noekkel(m_bruker->text().trimmed(), m_vert->text().trimmed(), m_db->text().trimmed());
}

QString SentralDialog::melding() const
{
    return m_melding->text();
}

bool SentralDialog::tester() const
{
    return m_vakt->isRunning();
}

void SentralDialog::visSslHint()
{
    const QString valgt = m_ssl->currentText();
    // A Unix socket (a host that is a folder) is local: libpq uses no SSL there (a tryout read
    // "checks the certificate" for one, a19).
    if (m_vert->text().trimmed().startsWith(u'/'))
        m_sslHint->setText(tr("A socket on this machine: no SSL is used, so this choice has no effect here."));
    else if (valgt == u"verify-full")
        m_sslHint->setText(tr("Checks the server certificate and its host name."));
    else if (valgt == u"verify-ca")
        m_sslHint->setText(tr("Weaker: checks the certificate but not the host name."));
    else
        m_sslHint->setText(tr("Weaker: the server is not verified, someone in between can read the cases. "
                              "Use verify-full outside a test setup."));
}

void SentralDialog::visMelding(const QString &tekst, bool feil)
{
    m_melding->setText(tekst);
    m_melding->setStyleSheet(feil ? u"color: #b00020"_s : QString());
}

void SentralDialog::testTilkobling()
{
    if (tester())
        return;
    const QString ci = conninfo();
    const QString feil = SentralTilkobling::kontroller(ci);
    if (ci.isEmpty() || !feil.isEmpty()) {
        visMelding(ci.isEmpty() ? tr("Fill in the host and the database.") : feil, true);
        return;
    }
    settTilgjengelig(m_test, tr("A test is already running: wait for its result."));
    visMelding(tr("Connecting…"), false);
    const QString passord = m_passord->text();
    m_vakt->setFuture(QtConcurrent::run([ci, passord]() -> std::pair<bool, QString> {
        try {
            const SentralTilkobling t(ci, passord);
            const SentralSkjema::Status s = SentralSkjema::krevKompatibel(t);
            return {true, SentralDialog::tr("Connected. The central store has schema version %1.").arg(s.versjon)};
        } catch (const SentralFeil &e) {
            return {false, e.melding()};
        }
    }));
}

void SentralDialog::glemPassord()
{
    const QString feil = PassordLager::glem(noekkel());
    if (feil.isEmpty())
        visMelding(tr("The password for %1 is no longer in the keychain.").arg(noekkel()), false);
    else
        visMelding(feil, true);
}

void SentralDialog::accept()
{
    QString feil;
    const auto ovrige = Conninfo::les(m_ovrige->text(), &feil);
    if (!ovrige) {
        visMelding(tr("Other options: %1").arg(feil), true);
        return;
    }
    if (!Conninfo::verdi(*ovrige, u"password"_s).isEmpty()) {
        visMelding(tr("The password goes in the password field (saved in the keychain), not among the options."), true);
        return;
    }
    feil = SentralTilkobling::kontroller(conninfo());
    if (!feil.isEmpty()) {
        visMelding(feil, true);
        return;
    }
    if (!m_passord->text().isEmpty()) {
        const QString lagret = PassordLager::lagre(noekkel(), m_passord->text());
        if (!lagret.isEmpty()) {
            visMelding(tr("The password was not saved: %1").arg(lagret), true);
            return;
        }
        m_passord->clear();
    }
    QSettings().setValue(u"sentral/conninfo"_s, conninfo());
    QDialog::accept();
}

} // namespace tilsyn
