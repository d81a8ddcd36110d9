#include "models/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sams;

// The customer search's list (docs/search.md): one row per match as storage
// returned it, each time in its own store's zone.
class TestSearchResultsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void eachRowIsInItsStoresZone_data();
    void eachRowIsInItsStoresZone();
    void cancelledRowsSaySoAndAreStruckThrough();
    void aNewAnswerReplacesTheList();
};

namespace {
AppointmentMatch match(AppointmentId id, const QDateTime &utc, const QByteArray &zone,
                       AppointmentStatus status = AppointmentStatus::Confirmed)
{
    AppointmentMatch m;
    m.appointment.id = id;
    m.appointment.customerName = QStringLiteral("Mia Rossi");
    m.appointment.customerPhone = QStringLiteral("555-0101");
    m.appointment.status = status;
    m.appointment.startsAt = utc;
    m.appointment.endsAt = utc.addSecs(1800);
    m.storeId = 7;
    m.storeCode = QStringLiteral("NYC-MID");
    m.timeZoneId = zone;
    m.chairName = QStringLiteral("Chair 2");
    return m;
}
} // namespace

void TestSearchResultsModel::eachRowIsInItsStoresZone_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    // Late evening UTC is still the previous day in America; DST days and the
    // year's end included.
    QTest::newRow("new york winter") << QDateTime(QDate(2027, 3, 2), QTime(15, 0), Qt::UTC)
                                     << QByteArray("America/New_York") << QDate(2027, 3, 2) << QTime(10, 0);
    QTest::newRow("new york after spring forward")
        << QDateTime(QDate(2027, 3, 14), QTime(14, 0), Qt::UTC) << QByteArray("America/New_York") << QDate(2027, 3, 14)
        << QTime(10, 0);
    QTest::newRow("chicago, utc is tomorrow") << QDateTime(QDate(2027, 1, 1), QTime(2, 0), Qt::UTC)
                                              << QByteArray("America/Chicago") << QDate(2026, 12, 31) << QTime(20, 0);
    QTest::newRow("berlin fall back") << QDateTime(QDate(2027, 10, 31), QTime(9, 0), Qt::UTC)
                                      << QByteArray("Europe/Berlin") << QDate(2027, 10, 31) << QTime(10, 0);
    QTest::newRow("unknown zone shows utc") << QDateTime(QDate(2027, 5, 3), QTime(9, 30), Qt::UTC)
                                            << QByteArray("Mars/Olympus") << QDate(2027, 5, 3) << QTime(9, 30);
}

void TestSearchResultsModel::eachRowIsInItsStoresZone()
{
    QFETCH(QDateTime, utc);
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatches({match(41, utc, zone)});
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(SearchResultsModel::DateRole).toDate(), date);
    QCOMPARE(row.data(SearchResultsModel::LocalStartRole).toDateTime().time(), time);
    QCOMPARE(row.data(SearchResultsModel::AppointmentIdRole).toLongLong(), AppointmentId(41));
    const QString text = row.data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("Mia Rossi · 555-0101 · NYC-MID Chair 2 · ")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(date.day())), qPrintable(text));
}

void TestSearchResultsModel::cancelledRowsSaySoAndAreStruckThrough()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime utc(QDate(2027, 3, 2), QTime(15, 0), Qt::UTC);
    model.setMatches({match(1, utc, "America/New_York"),
                      match(2, utc.addDays(-7), "America/New_York", AppointmentStatus::Cancelled)});
    QCOMPARE(model.index(0, 0).data(SearchResultsModel::ActiveRole).toBool(), true);
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(1, 0).data(SearchResultsModel::ActiveRole).toBool(), false);
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(model.index(1, 0).data().toString().endsWith(QLatin1String("Cancelled")));
}

void TestSearchResultsModel::aNewAnswerReplacesTheList()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QDateTime utc(QDate(2027, 3, 2), QTime(15, 0), Qt::UTC);
    model.setMatches({match(1, utc, "America/New_York"), match(2, utc, "America/New_York")});
    QCOMPARE(model.rowCount(), 2);
    model.setMatches({match(3, utc, "America/New_York")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.matchAt(0).appointment.id, AppointmentId(3));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 3); // a new answer is a new list, not an update
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
