#include "models/WeekScheduleModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sams;

class TestWeekScheduleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesCarryThePlacement();
};

void TestWeekScheduleModel::rolesCarryThePlacement()
{
    WeekSchedule week;
    week.store.timeZoneId = "America/Chicago";
    week.firstDay = QDate(2026, 11, 30);
    week.chairs = {{1, 1, QStringLiteral("Chair 1"), QDate(2026, 1, 1), QDate(), 1}};
    Appointment a;
    a.id = 42;
    a.customerName = QStringLiteral("Ava Patel");
    a.service = QStringLiteral("Color");
    a.status = AppointmentStatus::Confirmed;
    a.startsAt = QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC);
    a.endsAt = a.startsAt.addSecs(qint64(90) * 60);
    Appointment cancelled = a;
    cancelled.id = 43;
    cancelled.status = AppointmentStatus::Cancelled;
    week.appointments = {{{0, 2, 9 * 60, 10 * 60 + 30}, a}, {{0, 3, 9 * 60, 9 * 60 + 30}, cancelled}};

    WeekScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(week);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(WeekScheduleModel::AppointmentIdRole).toLongLong(), 42);
    QCOMPARE(first.data(WeekScheduleModel::DayRole).toInt(), 2);
    QCOMPARE(first.data(WeekScheduleModel::StartMinuteRole).toInt(), 540);
    QCOMPARE(first.data(WeekScheduleModel::EndMinuteRole).toInt(), 630);
    QCOMPARE(first.data(WeekScheduleModel::StatusRole).toInt(), int(AppointmentStatus::Confirmed));
    QVERIFY(first.data(WeekScheduleModel::ActiveRole).toBool());
    QVERIFY(!model.index(1).data(WeekScheduleModel::ActiveRole).toBool());
    const QString tip = first.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Ava Patel")) && tip.contains(QLatin1String("America/Chicago")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("09:00")), qPrintable(tip)); // store-local, not UTC
    model.setWeek({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestWeekScheduleModel)
#include "tst_weekschedulemodel.moc"
