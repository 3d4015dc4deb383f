#include "ordsoek.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListView>

namespace tilsyn {

namespace {

// Whether `tekst` starts with `soek` (hvor 0) or has a word that does (hvor 1).
bool treff(const QString &tekst, const QString &soek, int hvor)
{
    if (hvor == 0)
        return tekst.startsWith(soek, Qt::CaseInsensitive);
    for (qsizetype i = 1; i < tekst.size(); ++i)
        if (!tekst.at(i - 1).isLetterOrNumber() && tekst.at(i).isLetterOrNumber()
            && QStringView(tekst).mid(i).startsWith(soek, Qt::CaseInsensitive))
            return true;
    return false;
}

class OrdsoekListe final : public QListView
{
public:
    using QListView::QListView;

    void keyboardSearch(const QString &tekst) override
    {
        const QAbstractItemModel *m = model();
        const int n = m ? m->rowCount(rootIndex()) : 0;
        if (n == 0 || tekst.isEmpty())
            return;
        if (!m_tid.isValid() || m_tid.elapsed() > QApplication::keyboardInputInterval())
            m_soek.clear();
        m_tid.start();
        m_soek += tekst;
        QString soek = m_soek;
        // One letter again and again: the next item starting with it (as QAbstractItemView).
        const bool steg = soek.size() == 1 || soek.count(soek.front()) == soek.size();
        if (steg)
            soek = soek.left(1);
        const int her = currentIndex().isValid() ? currentIndex().row() : 0;
        const int fra = steg ? her + 1 : her;
        for (int hvor : {0, 1}) {
            for (int i = 0; i < n; ++i) {
                const QModelIndex ix = m->index((fra + i) % n, modelColumn(), rootIndex());
                if ((m->flags(ix) & Qt::ItemIsEnabled) && treff(ix.data().toString(), soek, hvor)) {
                    setCurrentIndex(ix);
                    return;
                }
            }
        }
    }

private:
    QString m_soek;
    QElapsedTimer m_tid;
};

} // namespace

void soekPaaOrd(QComboBox *kombo)
{
    kombo->setView(new OrdsoekListe(kombo));
}

} // namespace tilsyn
