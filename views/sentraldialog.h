#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace tilsyn {

/// Settings for the central store: host, port, database, user, sslmode (verify-full unless
/// chosen otherwise, with a warning when weaker) and other libpq options, written as the
/// connection string (never with a password). A typed password is saved only in the platform
/// keychain, and can be forgotten there. "Test connection" connects off the GUI thread.
class SentralDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentralDialog)

public:
    explicit SentralDialog(const QString &conninfo, QWidget *parent = nullptr);
    ~SentralDialog() override;

    /// The connection string of the fields (no password); empty when no host and no database.
    QString conninfo() const;
    /// Fills the fields from a connection string (unknown keys go to "Other options").
    void settConninfo(const QString &conninfo);
    /// The key of this login in the keychain ("user@host/dbname").
    QString noekkel() const;
    /// The last message shown (test result, keychain result).
    QString melding() const;
    bool tester() const;

    /// Saves a typed password in the keychain (stays open with the reason if that fails) and
    /// the connection string in the settings ("sentral/conninfo").
    void accept() override;

public Q_SLOTS:
    void testTilkobling();
    void glemPassord();

Q_SIGNALS:
    void testFerdig(bool ok, const QString &melding);

private:
    void visSslHint();
    void visMelding(const QString &tekst, bool feil);

    QLineEdit *m_vert;
    QLineEdit *m_port;
    QLineEdit *m_db;
    QLineEdit *m_bruker;
    QComboBox *m_ssl;
    QLabel *m_sslHint;
    QLineEdit *m_ovrige;
    QLineEdit *m_passord;
    QPushButton *m_test;
    QPushButton *m_glem;
    QLabel *m_melding;
    QFutureWatcher<std::pair<bool, QString>> *m_vakt;
};

} // namespace tilsyn
