#pragma once

#include "domain/validering.h"
#include "store/sakrepository.h"

#include <QString>

namespace tilsyn {

/// The case editor's two store lookups (is the saksnummer taken in the office, may it still be
/// changed; does the case have finalised letters), made only when what they depend on changes
/// (the case, its office, its saksnummer, its stored version) or after glem() — never per
/// keystroke in the other fields of the form (issue 10). Both are single indexed point queries.
class CaseEditorOppslag final
{
public:
    explicit CaseEditorOppslag(const SakRepository &repo) : m_repo(repo) {}
    Q_DISABLE_COPY_MOVE(CaseEditorOppslag)

    /// Forget both answers (a case was opened or a letter finalised).
    void glem()
    {
        m_noekkel.clear();
        m_brevFor.clear();
    }

    /// SakRepository::saksnummerProblemer(sak), asked again only when the case's id, office,
    /// saksnummer or stored `versjon` differ from the last question.
    const Problemer &saksnummerProblemer(const Tilsynssak &sak, int versjon)
    {
        const QString noekkel = sak.id + u'\n' + sak.embete + u'\n' + QString::number(versjon)
            + (sak.saksnummer ? QStringLiteral("\n=") + *sak.saksnummer : QString());
        if (noekkel != m_noekkel) {
            m_problemer = m_repo.saksnummerProblemer(sak);
            m_noekkel = noekkel;
        }
        return m_problemer;
    }

    /// SakRepository::harFerdigstilteBrev(id), asked again for another case or after glem().
    bool harFerdigstilteBrev(const QString &id)
    {
        if (id != m_brevFor)
            lesBrev(id);
        return m_harBrev;
    }

    /// SakRepository::rapportfrist(id), asked with harFerdigstilteBrev (again for another case or after glem()).
    QDate rapportfrist(const QString &id)
    {
        if (id != m_brevFor)
            lesBrev(id);
        return m_rapportfrist;
    }

private:
    void lesBrev(const QString &id)
    {
        m_harBrev = m_repo.harFerdigstilteBrev(id);
        m_rapportfrist = m_harBrev ? m_repo.rapportfrist(id) : QDate();
        m_brevFor = id;
    }

    const SakRepository &m_repo;
    QString m_noekkel;
    Problemer m_problemer;
    QString m_brevFor;
    bool m_harBrev = false;
    QDate m_rapportfrist;
};

} // namespace tilsyn
