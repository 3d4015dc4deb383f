#include "lukketaster.h"
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QWidget>

void lukkMedTaster(QWidget *vindu)
{
    QList<QKeySequence> taster{QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)};
    for (const QKeySequence &t : QKeySequence::keyBindings(QKeySequence::Close))
        if (!taster.contains(t))
            taster.append(t);
    auto *snarvei = new QShortcut(vindu);
    snarvei->setKeys(taster);
    snarvei->setContext(Qt::WindowShortcut);
    QObject::connect(snarvei, &QShortcut::activated, vindu, &QWidget::close);
}

QPushButton *lukkeknapp(QWidget *vindu)
{
    auto *knapp = new QPushButton(vindu);
    knapp->setObjectName(QStringLiteral("lukk"));
    QObject::connect(knapp, &QPushButton::clicked, vindu, &QWidget::close);
    lukkMedTaster(vindu);
    return knapp;
}
