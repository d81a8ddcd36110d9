#include "models/WeekScheduleModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sams;

class TestWeekScheduleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesCarryThePlacement();
    void aReloadOfTheSameWeekUpdatesInPlace();
    void anotherWeekResets();
};

namespace {
WeekSchedule smallWeek()
{
    WeekSchedule week;
    week.store.id = 1;
    week.store.timeZoneId = "America/Chicago";
    week.firstDay = QDate(2026, 11, 30);
    week.chairs = {{1, 1, QStringLiteral("Chair 1"), QDate(2026, 1, 1), QDate(), 1}};
    for (int i = 0; i < 3; ++i) {
        Appointment a;
        a.id = 100 + i;
        a.customerName = QStringLiteral("Customer %1").arg(i);
        a.status = AppointmentStatus::Confirmed;
        a.startsAt = QDateTime(QDate(2026, 12, 1), QTime(15 + i, 0), Qt::UTC);
        a.endsAt = a.startsAt.addSecs(1800);
        week.appointments.append({{0, 1, (9 + i) * 60, (9 + i) * 60 + 30}, a});
    }
    return week;
}
} // namespace

// Live changes and reloads after an edit never reset the model: views keep their
// selection and scroll position (docs/editing.md, Live).
void TestWeekScheduleModel::aReloadOfTheSameWeekUpdatesInPlace()
{
    WeekScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(smallWeek());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy background(&model, &WeekScheduleModel::backgroundChanged);

    // The same data again: nothing at all.
    model.setWeek(smallWeek());
    QCOMPARE(changed.size() + inserted.size() + removed.size() + resets.size(), 0);

    // One moved (new version), one cancelled elsewhere and gone, one new, a new lock.
    WeekSchedule next = smallWeek();
    next.appointments[0].appointment.version = 2;
    next.appointments[0].place.startMinute = 13 * 60;
    next.appointments[0].place.endMinute = 13 * 60 + 30;
    next.appointments.removeAt(1);
    Appointment fresh = next.appointments.first().appointment;
    fresh.id = 200;
    fresh.customerName = QStringLiteral("Walk-in");
    next.appointments.append({{0, 2, 600, 630}, fresh});
    LockBlock lock;
    lock.place = {0, 3, 600, 660};
    lock.lock.id = 9;
    next.locks.append(lock);
    model.setWeek(next);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(background.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    const int moved = model.rowOf(100);
    QCOMPARE(model.index(moved).data(WeekScheduleModel::StartMinuteRole).toInt(), 13 * 60);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), moved);
    QCOMPARE(model.rowOf(101), -1);
    QVERIFY(model.rowOf(200) >= 0);
    QCOMPARE(model.week().locks.size(), 1);
}

void TestWeekScheduleModel::anotherWeekResets()
{
    WeekScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(smallWeek());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    WeekSchedule later = smallWeek();
    later.firstDay = later.firstDay.addDays(7);
    model.setWeek(later);
    QCOMPARE(resets.size(), 1);
    WeekSchedule day = later;
    day.days = 1;
    model.setWeek(day);
    QCOMPARE(resets.size(), 2);
}

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
