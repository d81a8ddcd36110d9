#include "models/StoreTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sams;

class TestStoreTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void structure();
    void labelsSayWhatIsNotOpen();
    void resetUnderTester();
    void eachStoreUsesItsOwnDate();

private:
    QList<Store> m_stores;
    QList<Chair> m_chairs;
    const QDate m_today = QDate(2026, 12, 2);
    QDateTime now() const { return QDateTime(m_today, QTime(12, 0), Qt::UTC); }
};

void TestStoreTreeModel::init()
{
    Store open;
    open.id = 1;
    open.code = QStringLiteral("CHI-1");
    open.name = QStringLiteral("Chicago");
    open.opensOn = QDate(2026, 1, 1);
    Store future = open;
    future.id = 2;
    future.code = QStringLiteral("BKN-1");
    future.name = QStringLiteral("Brooklyn");
    future.opensOn = QDate(2026, 12, 16);
    m_stores = {open, future};
    m_chairs = {
        {10, 1, QStringLiteral("Chair 1"), QDate(2026, 1, 1), QDate(), 1},
        {11, 1, QStringLiteral("Chair 2"), QDate(2027, 1, 1), QDate(), 1},
        {12, 1, QStringLiteral("Chair 3"), QDate(2026, 1, 1), QDate(2026, 12, 9), 1},
        {20, 2, QStringLiteral("Chair 1"), QDate(2026, 12, 16), QDate(), 1},
    };
}

void TestStoreTreeModel::structure()
{
    StoreTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChain(m_stores, m_chairs, now());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex chicago = model.indexOfStore(QStringLiteral("chi-1"));
    QVERIFY(chicago.isValid());
    QCOMPARE(model.rowCount(chicago), 3);
    const QModelIndex chair = model.index(1, 0, chicago);
    QCOMPARE(chair.parent(), chicago);
    QCOMPARE(model.rowCount(chair), 0);
    QCOMPARE(chair.data(StoreTreeModel::ChairIdRole).toLongLong(), 11);
    QCOMPARE(chair.data(StoreTreeModel::StoreIdRole).toLongLong(), 1);
    QCOMPARE(chair.data(StoreTreeModel::KindRole).value<StoreTreeModel::Kind>(), StoreTreeModel::Kind::Chair);
    QCOMPARE(model.storeAt(chair)->code, QStringLiteral("CHI-1"));
    QCOMPARE(model.storeAt(chicago)->code, QStringLiteral("CHI-1"));
    QVERIFY(!model.indexOfStore(QStringLiteral("nope")).isValid());
}

void TestStoreTreeModel::labelsSayWhatIsNotOpen()
{
    StoreTreeModel model;
    model.setChain(m_stores, m_chairs, now());
    const QModelIndex chicago = model.indexOfStore(QStringLiteral("CHI-1"));
    const QModelIndex brooklyn = model.indexOfStore(QStringLiteral("BKN-1"));
    QCOMPARE(chicago.data().toString(), QStringLiteral("Chicago"));
    QVERIFY2(brooklyn.data().toString().contains(QLatin1String("opens")), qPrintable(brooklyn.data().toString()));
    QVERIFY(brooklyn.data(Qt::ForegroundRole).isValid()); // greyed out
    QCOMPARE(model.index(0, 0, chicago).data().toString(), QStringLiteral("Chair 1"));
    QVERIFY(model.index(1, 0, chicago).data().toString().contains(QLatin1String("from")));
    QVERIFY(model.index(2, 0, chicago).data().toString().contains(QLatin1String("until")));
}

void TestStoreTreeModel::resetUnderTester()
{
    StoreTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChain(m_stores, m_chairs, now());
    model.setChain(m_stores.mid(1), m_chairs.mid(3), now());
    QCOMPARE(model.rowCount(), 1);
    model.setChain({}, {}, now());
    QCOMPARE(model.rowCount(), 0);
}

void TestStoreTreeModel::eachStoreUsesItsOwnDate()
{
    // 08:30 UTC on the 16th: already the 16th in Sydney, still the 15th in Honolulu.
    Store sydney = m_stores.at(1);
    sydney.timeZoneId = "Australia/Sydney";
    Store honolulu = sydney;
    honolulu.id = 3;
    honolulu.code = QStringLiteral("HNL-1");
    honolulu.timeZoneId = "Pacific/Honolulu";
    StoreTreeModel model;
    model.setChain({sydney, honolulu}, {}, QDateTime(QDate(2026, 12, 16), QTime(8, 30), Qt::UTC));
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid()); // opens on the 16th: open there
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // not yet in Honolulu
    QVERIFY(model.index(1, 0).data().toString().contains(QLatin1String("opens")));
}

QTEST_GUILESS_MAIN(TestStoreTreeModel)
#include "tst_storetreemodel.moc"
