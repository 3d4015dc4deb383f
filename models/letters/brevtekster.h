#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tilsyn {

class Store;

/// Texts shared by a case's letters of one type (table brevtekst, local migration 047): the
/// Saksforhold written in one party's letter is proposed in the next party's letter of the same
/// type, so it is typed once (DOMAIN.md § 5, one letter per party). A letter may still differ:
/// its own saved version (Dokumentflyt) wins, and what is typed there becomes the proposal for
/// the parties after it. Local draft text: neither synced nor audited.
class Brevtekster final
{
public:
    explicit Brevtekster(Store &store) : m_store(store) {}

    /// The text of `felt` ("saksforhold") for the party's letter `brev` (Dokumentflyt::brevnoekkel,
    /// "type|recipient|copy") of case `sakId`: the text written in that very letter, else the one
    /// last written in any letter of its type; nullopt if none. Throws StoreError.
    std::optional<QString> hent(const QString &sakId, const QString &brev, const QString &felt) const;
    /// Stores `tekst` as the text of the party's letter `brev` and as the shared text of its type,
    /// in one transaction; an empty `tekst` removes both (the letter then proposes the case's
    /// summary). Throws StoreError; nothing changed then.
    void lagre(const QString &sakId, const QString &brev, const QString &felt, const QString &tekst,
               const QString &hvem);

    /// The texts of one party's letter `brev` only, never another party's (the further text and
    /// the innsender's short reasons, which name this party's matters): felt → text for every felt
    /// starting with one of `felter`' prefixes ("fritekst", "grunn:"). Throws StoreError.
    QHash<QString, QString> hentEgne(const QString &sakId, const QString &brev, const QStringList &felter) const;
    /// Stores `tekster` (felt → text) as the party's letter `brev`'s own texts, not shared with
    /// the type's other letters; an empty text removes its row. One transaction. Throws StoreError.
    void lagreEgne(const QString &sakId, const QString &brev, const QHash<QString, QString> &tekster,
                   const QString &hvem);

private:
    Store &m_store;
};

} // namespace tilsyn
