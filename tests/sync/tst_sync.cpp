#include <QtTest>
class X : public QObject { Q_OBJECT private Q_SLOTS: void a() {} };
QTEST_GUILESS_MAIN(X)
#include "tst_sync.moc"
