#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace tilsyn {

/// Who did something, by name: the one look-up of every view that shows a person (the case's
/// history and its person filter, the documents' "Ferdigstilt av", the letter window's "finalised
/// … by", approval steps and the office's users; issue 10: older entries showed the stored login,
/// "isa"). What is stored is a login in older entries and entries from other clients, the
/// profile's name in newer ones. A login is named, in order, by:
///  1. the profile's name, when it is this user's own login (the computer's, or the central
///     store's user= of sentral/conninfo);
///  2. the newest name this store has for it from the person's own client: an approval step they
///     made (godkjenner_navn) or a draft they wrote (the signer's name), both synced;
///  3. else the stored value itself (a login no client has named yet, or already a name).
/// The central store has no table of people (logins only, tilsyn_embete_brukere), so a person
/// is named to other clients once they have made a step or a draft.
class Personnavn final
{
public:
    explicit Personnavn(QSqlDatabase db);

    /// The name to show for `lagret` (see above); looked up once per instance.
    QString navn(const QString &lagret) const;

private:
    QString slaaOpp(const QString &login) const;

    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_kjent;
};

} // namespace tilsyn
