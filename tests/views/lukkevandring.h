#pragma once

// The letter window's closing question in the window walk (vinduvandring.cpp): a documentation
// deadline that is not a date cannot be kept, so Escape asks (brevLukkes); Cancel leaves the
// letter open, and the deadline is put back so the walk goes on to finalise the letter.

#include "brevvisning.h"
#include "datofelt.h"

#include <QDate>
#include <QLineEdit>
#include <QTest>

namespace tilsyn::vandring {

template <class Vandrer>
void besoekLukkespoersmaal(Vandrer &v, QWidget *brev)
{
    auto *frist = brev->findChild<Datofelt *>(QStringLiteral("dokumentasjonsfrist"));
    if (!frist || frist->isHidden())
        return; // the walk then misses the question, and tst_allevinduer says so
    const QDate var = frist->dato();
    frist->tekstfelt()->setText(QStringLiteral("31.13.2027"));
    frist->bekreft();
    v.modal(QStringLiteral("brev-lukkes"), [brev] { QTest::keyClick(brev, Qt::Key_Escape); });
    frist->settDato(var);
    brev->findChild<Brevvisning *>()->oppdater();
}

} // namespace tilsyn::vandring
