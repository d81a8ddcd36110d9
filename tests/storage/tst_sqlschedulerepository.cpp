#include "core/WeekSchedule.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QTest>
#include <map>

using namespace sams;

// What goes into SQLite comes back the same.
class TestSqlScheduleRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void storesRoundTrip();
    void chairsAndHoursRoundTrip();
    void appointmentsInRange();
    void locksExceptionsZipsWorkOrders();
    void failedInsertWritesNothing();
    void weekScheduleFromStorage();
    void weekScheduleFlagsDisplaced();
    void databaseRefusesOverlapsFromPlainSql();
    void snapshotMatchesTheSeparateReads();
    void snapshotReachesBackAsFarAsTheLongestLock();

private:
    // One demo database per backend, made on first use.
    struct Fixture {
        std::unique_ptr<test::TestDatabase> file;
        std::unique_ptr<Database> database;
        std::unique_ptr<SqlScheduleRepository> repository;
    };
    std::map<test::Backend, Fixture> m_fixtures;
    ChainData m_chain;
    SqlScheduleRepository *m_repository = nullptr;
};

void TestSqlScheduleRepository::init()
{
    const test::Backend backend = test::TestDatabase::currentBackend();
    Fixture &fixture = m_fixtures[backend];
    if (!fixture.file) {
        fixture.file = std::make_unique<test::TestDatabase>(backend);
        fixture.database = fixture.file->open();
        m_chain = test::insertDemoChain(*fixture.database);
        fixture.repository = std::make_unique<SqlScheduleRepository>(*fixture.database);
    }
    m_repository = fixture.repository.get();
}

void TestSqlScheduleRepository::storesRoundTrip()
{
    const auto stores = m_repository->stores();
    QVERIFY(stores.has_value());
    QCOMPARE(stores->size(), m_chain.stores.size());
    for (const Store &expected : std::as_const(m_chain.stores)) {
        const auto found
            = std::find_if(stores->cbegin(), stores->cend(), [&](const Store &s) { return s.id == expected.id; });
        QVERIFY(found != stores->cend());
        QCOMPARE(found->code, expected.code);
        QCOMPARE(found->timeZoneId, expected.timeZoneId);
        QCOMPARE(found->opensOn, expected.opensOn);
        QCOMPARE(found->visibleFrom, expected.visibleFrom);
        QCOMPARE(found->closesOn.isValid(), false);
        QCOMPARE(found->slotMinutes, expected.slotMinutes);
    }
}

void TestSqlScheduleRepository::chairsAndHoursRoundTrip()
{
    const auto chairs = m_repository->chairs();
    QVERIFY(chairs.has_value());
    QCOMPARE(chairs->size(), m_chain.chairs.size());
    QVERIFY(std::any_of(chairs->cbegin(), chairs->cend(), [](const Chair &c) { return c.endsOn.isValid(); }));

    for (const Store &store : std::as_const(m_chain.stores)) {
        const auto versions = m_repository->hoursVersions(store.id);
        QVERIFY(versions.has_value());
        for (const HoursVersion &expected : std::as_const(m_chain.hoursVersions)) {
            if (expected.storeId != store.id)
                continue;
            const auto found = std::find_if(versions->cbegin(), versions->cend(),
                                            [&](const HoursVersion &v) { return v.id == expected.id; });
            QVERIFY(found != versions->cend());
            QCOMPARE(found->chairId, expected.chairId);
            QCOMPARE(found->effectiveFrom, expected.effectiveFrom);
            for (int day = 0; day < 7; ++day)
                QCOMPARE(found->week.at(day), expected.week.at(day));
        }
    }
}

void TestSqlScheduleRepository::appointmentsInRange()
{
    const Store &store = m_chain.stores.first();
    const QDateTime from = test::fixtureNow().addDays(-2);
    const QDateTime to = test::fixtureNow().addDays(2);
    const auto found = m_repository->appointments(store.id, from, to);
    QVERIFY(found.has_value());

    QSet<ChairId> chairsOfStore;
    for (const Chair &c : std::as_const(m_chain.chairs)) {
        if (c.storeId == store.id)
            chairsOfStore.insert(c.id);
    }
    QList<Appointment> expected;
    for (const Appointment &a : std::as_const(m_chain.appointments)) {
        if (chairsOfStore.contains(a.chairId) && a.startsAt < to && a.endsAt > from)
            expected.append(a);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(found->size(), expected.size());
    for (const Appointment &a : *found) {
        const auto match
            = std::find_if(expected.cbegin(), expected.cend(), [&](const Appointment &e) { return e.id == a.id; });
        QVERIFY(match != expected.cend());
        QCOMPARE(a.startsAt, match->startsAt);
        QCOMPARE(a.endsAt, match->endsAt);
        QCOMPARE(a.status, match->status);
        QCOMPARE(a.channel, match->channel);
        QCOMPARE(a.customerName, match->customerName);
        QCOMPARE(a.startsAt.timeSpec(), Qt::UTC);
    }
}

void TestSqlScheduleRepository::locksExceptionsZipsWorkOrders()
{
    qsizetype locks = 0, exceptions = 0, zips = 0, workOrders = 0;
    for (const Store &store : std::as_const(m_chain.stores)) {
        locks += m_repository->locks(store.id, test::fixtureNow().addYears(-1), test::fixtureNow().addYears(1))->size();
        exceptions += m_repository->exceptions(store.id, QDate(2026, 1, 1), QDate(2027, 12, 31))->size();
        zips += m_repository->zipCodes(store.id)->size();
        workOrders += m_repository->workOrders(store.id)->size();
    }
    QCOMPARE(locks, m_chain.locks.size());
    QCOMPARE(exceptions, m_chain.exceptions.size());
    QCOMPARE(zips, m_chain.zipCodes.size());
    QCOMPARE(workOrders, m_chain.workOrders.size());

    const DateException &withHours = *std::find_if(m_chain.exceptions.cbegin(), m_chain.exceptions.cend(),
                                                   [](const DateException &e) { return !e.intervals.isEmpty(); });
    const auto read = m_repository->exceptions(withHours.storeId, withHours.date, withHours.date);
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().intervals, withHours.intervals);
}

void TestSqlScheduleRepository::failedInsertWritesNothing()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    SqlScheduleRepository repository(*database);
    ChainData chain = m_chain;
    chain.workOrders.append(chain.workOrders.first()); // duplicate id: the last insert fails
    const Status status = repository.insertChain(chain);
    QVERIFY(!status.has_value());
    QVERIFY2(status.error().message.contains(QLatin1String("work orders")), qPrintable(status.error().message));
    QCOMPARE(repository.stores()->size(), 0);
    QCOMPARE(repository.chairs()->size(), 0);
}

void TestSqlScheduleRepository::weekScheduleFromStorage()
{
    const Store &store = m_chain.stores.first();
    const auto week = WeekSchedule::load(*m_repository, store, test::fixtureNow().date());
    QVERIFY(week.has_value());
    QCOMPARE(week->firstDay, QDate(2026, 11, 30));
    QVERIFY(!week->chairs.isEmpty());
    QCOMPARE(week->openHours.size(), week->chairs.size() * WeekSchedule::dayCount);
    QVERIFY(!week->appointments.isEmpty());
    for (const AppointmentBlock &block : week->appointments) {
        QVERIFY(block.place.day >= 0 && block.place.day < 7);
        QVERIFY(block.place.startMinute < block.place.endMinute);
        const QDateTime local = block.appointment.startsAt.toTimeZone(store.timeZone());
        QCOMPARE(week->dayDate(block.place.day), local.date());
        QCOMPARE(block.place.startMinute, local.time().hour() * 60 + local.time().minute());
    }
}

void TestSqlScheduleRepository::weekScheduleFlagsDisplaced()
{
    // Denver's third chair retires a week after "now" but was booked beyond that.
    const Store &denver = *std::find_if(m_chain.stores.cbegin(), m_chain.stores.cend(),
                                        [](const Store &s) { return s.code == QLatin1String("DEN-LODO"); });
    const auto week = WeekSchedule::load(*m_repository, denver, test::fixtureNow().date().addDays(8));
    QVERIFY(week.has_value());
    QCOMPARE(week->chairs.size(), 3); // the retired chair stays visible: it still holds bookings
    int displaced = 0;
    for (const AppointmentBlock &block : week->appointments) {
        const QDate endsOn = week->chairs.at(block.place.chairIndex).endsOn;
        const bool afterItsEnd = endsOn.isValid() && week->dayDate(block.place.day) > endsOn;
        QCOMPARE(block.displaced, afterItsEnd && block.appointment.isActive());
        displaced += block.displaced;
    }
    QVERIFY(displaced > 0);
}

void TestSqlScheduleRepository::databaseRefusesOverlapsFromPlainSql()
{
    // The web shop writes SQL of its own; the database still holds the line.
    test::TestDatabase file(test::TestDatabase::currentBackend());
    test::insertDemoChain(*file.open());
    QSqlDatabase shop = file.rawConnection(QStringLiteral("shop"));
    {
        QSqlQuery q(shop);
        QVERIFY(
            q.exec(QStringLiteral("SELECT chair_id, starts_at, ends_at FROM appointments WHERE status <> 'cancelled' "
                                  "ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const QString chair = q.value(0).toString(), start = q.value(1).toString(), end = q.value(2).toString();
        const QString insert = QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, "
                                              "customer_name, status, channel, seat) VALUES (%1, %2, %3, 1, 'Shop', "
                                              "'confirmed', 'web', %4)");
        QVERIFY(!q.exec(insert.arg(chair, start, end, QStringLiteral("0")))); // same seat: overlap
        QVERIFY(!q.exec(insert.arg(chair, start, end, QStringLiteral("1")))); // capacity 1: no second seat
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, "
                                       "customer_name, status, channel) VALUES (%1, 1893456000, 1893456000 + 90000, 1, "
                                       "'Too long', 'confirmed', 'web')")
                            .arg(chair)));
        QVERIFY2(q.exec(insert.arg(chair, start, end, QStringLiteral("0"))
                            .replace(QLatin1String("'confirmed'"), QLatin1String("'cancelled'"))),
                 qPrintable(q.lastError().text())); // cancelled rows hold no slot
    }
    shop.close();
    shop = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("shop"));
}

void TestSqlScheduleRepository::snapshotMatchesTheSeparateReads()
{
    // The one-statement snapshot (docs/performance.md) must say what the per-table
    // reads say, for every store of the demo chain, in both details.
    qsizetype compared[4] = {};
    for (const Store &store : std::as_const(m_chain.stores)) {
        const QDate from = test::fixtureNow().date().addDays(-3);
        const QDate to = from.addDays(15);
        const QDateTime start = from.startOfDay(store.timeZone());
        const QDateTime end = to.addDays(1).startOfDay(store.timeZone());
        const Result<StoreSnapshot> full = m_repository->snapshot(store, from, to, AppointmentDetail::Full);
        const Result<StoreSnapshot> engine = m_repository->snapshot(store, from, to, AppointmentDetail::Engine);
        QVERIFY2(full && engine, qPrintable(full ? engine.error().message : full.error().message));
        QCOMPARE(full->rules.store.code, store.code);
        QCOMPARE(full->rules.store.version, m_repository->store(store.id)->version);

        const auto chairs = m_repository->chairs(store.id);
        QCOMPARE(full->rules.chairs.size(), chairs->size());
        for (qsizetype i = 0; i < chairs->size(); ++i) {
            QCOMPARE(full->rules.chairs.at(i).id, chairs->at(i).id);
            QCOMPARE(full->rules.chairs.at(i).name, chairs->at(i).name);
            QCOMPARE(full->rules.chairs.at(i).endsOn, chairs->at(i).endsOn);
        }
        const auto versions = m_repository->hoursVersions(store.id);
        QCOMPARE(full->rules.hoursVersions.size(), versions->size());
        for (qsizetype i = 0; i < versions->size(); ++i) {
            QCOMPARE(full->rules.hoursVersions.at(i).effectiveFrom, versions->at(i).effectiveFrom);
            QCOMPARE(full->rules.hoursVersions.at(i).chairId, versions->at(i).chairId);
            QCOMPARE(full->rules.hoursVersions.at(i).followsStore, versions->at(i).followsStore);
            QCOMPARE(full->rules.hoursVersions.at(i).week, versions->at(i).week);
        }
        const auto exceptions = m_repository->exceptions(store.id, from, to);
        QCOMPARE(full->rules.exceptions.size(), exceptions->size());
        for (qsizetype i = 0; i < exceptions->size(); ++i) {
            QCOMPARE(full->rules.exceptions.at(i).date, exceptions->at(i).date);
            QCOMPARE(full->rules.exceptions.at(i).intervals, exceptions->at(i).intervals);
            QCOMPARE(full->rules.exceptions.at(i).reason, exceptions->at(i).reason);
        }
        const auto locks = m_repository->locks(store.id, start, end);
        QCOMPARE(full->rules.locks.size(), locks->size());
        for (qsizetype i = 0; i < locks->size(); ++i) {
            QCOMPARE(full->rules.locks.at(i).id, locks->at(i).id);
            QCOMPARE(full->rules.locks.at(i).startsAt, locks->at(i).startsAt);
            QCOMPARE(full->rules.locks.at(i).reason, locks->at(i).reason);
        }
        QCOMPARE(full->rules.zipCodes.size(), m_repository->zipCodes(store.id)->size());

        const auto appointments = m_repository->appointments(store.id, start, end);
        QCOMPARE(full->appointments.size(), appointments->size());
        qsizetype active = 0;
        for (qsizetype i = 0; i < appointments->size(); ++i) {
            const Appointment &a = full->appointments.at(i), &b = appointments->at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.startsAt, b.startsAt);
            QCOMPARE(a.endsAt, b.endsAt);
            QCOMPARE(a.customerName, b.customerName);
            QCOMPARE(a.customerPhone, b.customerPhone);
            QCOMPARE(a.notes, b.notes);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.seat, b.seat);
            QCOMPARE(a.overriddenLocks, b.overriddenLocks);
            if (!b.isActive())
                continue;
            QVERIFY(active < engine->appointments.size());
            const Appointment &e = engine->appointments.at(active++);
            QCOMPARE(e.id, b.id);
            QCOMPARE(e.endsAt, b.endsAt);
            QCOMPARE(e.version, b.version);
            QCOMPARE(e.slotCount, b.slotCount);
            QCOMPARE(e.overriddenLocks, b.overriddenLocks);
        }
        QCOMPARE(engine->appointments.size(), active);
        compared[0] += exceptions->size();
        compared[1] += locks->size();
        compared[2] += appointments->size() - active;
        compared[3] += active;
    }
    // The demo chain has something of each kind in these days.
    for (qsizetype n : compared)
        QVERIFY(n > 0);
}

void TestSqlScheduleRepository::snapshotReachesBackAsFarAsTheLongestLock()
{
    // A 366-day lock that began a year before the range still closes it; the
    // database refuses a longer one, so no read needs to look further back.
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    const ChainData chain = test::insertDemoChain(*database);
    const Store &store = chain.stores.first();
    const QDate day = test::fixtureNow().date().addDays(10);
    const qint64 end = day.addDays(1).startOfDay(store.timeZone()).toSecsSinceEpoch();
    const qint64 start = end - qint64(366) * 86400;
    QSqlQuery q(database->connection());
    const QString insert = QStringLiteral("INSERT INTO locks (store_id, starts_at, ends_at, reason, created_by) "
                                          "VALUES (%1, %2, %3, 'Renovation', 'test')");
    QVERIFY2(q.exec(insert.arg(store.id).arg(start).arg(end)), qPrintable(q.lastError().text()));
    SqlScheduleRepository repository(*database);
    const Result<StoreSnapshot> snapshot = repository.snapshot(store, day, day, AppointmentDetail::Engine);
    QVERIFY(snapshot);
    QVERIFY(std::any_of(snapshot->rules.locks.cbegin(), snapshot->rules.locks.cend(),
                        [](const Lock &l) { return l.reason == QLatin1String("Renovation"); }));
    QVERIFY(!q.exec(insert.arg(store.id).arg(start - 1).arg(end)));
    QVERIFY2(q.lastError().text().contains(QLatin1String("366")), qPrintable(q.lastError().text()));
}

QTEST_GUILESS_MAIN(TestSqlScheduleRepository)
#include "tst_sqlschedulerepository.moc"
