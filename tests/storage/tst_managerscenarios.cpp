#include "core/ChangePreview.h"
#include "core/Clock.h"
#include "core/InputLimits.h"
#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "core/Worklist.h"
#include "storage/SqlRulesWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace sams;

// The situations of the manager's guide (docs/manager-guide.md), end to end on a
// real database (SQLite and PostgreSQL) through the writers the desktop uses:
// each dated edit takes effect on its date and not before, reports exactly what
// it displaces, and never moves or cancels a booking; the worklist lists the
// displaced until each is moved, marked contacted, or cancelled.
class TestManagerScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void extendHoursDisplacesNothing();
    void reduceHoursFillsTheWorklistUntilResolved();
    void endChairNextWeek();
    void addChairAndHoursFromDifferentDates();
    void bringANewStoreLive();
    void cutCapacityUnderSharedSlots();
    void holidayForSeveralStoresAndOneChair();
    void staleAndBadEditsChangeNothing();
    void contactedComesBackAfterAChange();
    void reorderChairs();
    void previewMatchesTheWholeYear_data();
    void previewMatchesTheWholeYear();

private:
    static qint64 at(QDate date, const QString &time);
    Result<AppointmentId> book(ChairId chair, QDate date, const QString &time, int slots = 1,
                               BookingChannel channel = BookingChannel::Staff, const QString &zip = {},
                               StoreId store = 1);
    Store store(StoreId id = 1);
    QList<AppointmentId> worklist(bool includeContacted = false, StoreId store = 1);
    static QList<AppointmentId> ids(const QList<DayImpact> &days);
    HoursVersion storeHours(QDate from, int open, int close) const;
    int historyRows(const QString &entity);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlRulesWriter> m_rules;
    std::unique_ptr<SqlScheduleWriter> m_writer;
};

namespace {
const QDate monday(2027, 1, 18); // "next Monday": today is Wednesday 13 January
} // namespace

void TestManagerScenarios::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 1, 13), QTime(15, 0), Qt::UTC)); // 09:00 in Chicago
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(test::stationChain({TimeInterval{9 * 60, 17 * 60}})));
    m_rules = std::make_unique<SqlRulesWriter>(*m_database, QStringLiteral("manager"));
    m_writer = std::make_unique<SqlScheduleWriter>(*m_database, QStringLiteral("scheduler"));
}

void TestManagerScenarios::cleanup()
{
    m_writer.reset();
    m_rules.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestManagerScenarios::at(QDate date, const QString &time)
{
    const QTime wall = QTime::fromString(time, QStringLiteral("HH:mm"));
    return SlotCalculator::instantSecs(date, wall.hour() * 60 + wall.minute(), QTimeZone("America/Chicago"));
}

Result<AppointmentId> TestManagerScenarios::book(ChairId chair, QDate date, const QString &time, int slots,
                                                 BookingChannel channel, const QString &zip, StoreId storeId)
{
    BookingRequest request;
    request.chairId = chair;
    request.start = at(date, time);
    request.slotCount = slots;
    request.channel = channel;
    request.customerZip = zip;
    Appointment details;
    details.customerName = QStringLiteral("Customer %1 %2").arg(date.toString(Qt::ISODate), time);
    details.customerPhone = QStringLiteral("555-0100");
    return m_writer->book(store(storeId), request, details);
}

Store TestManagerScenarios::store(StoreId id)
{
    const Result<Store> s = SqlScheduleRepository(*m_database).store(id);
    return s ? *s : Store{};
}

QList<AppointmentId> TestManagerScenarios::worklist(bool includeContacted, StoreId storeId)
{
    SqlScheduleRepository repository(*m_database);
    const Result<QList<WorklistItem>> items
        = loadWorklist(repository, store(storeId), Clock::nowUtc().toSecsSinceEpoch(), includeContacted);
    if (!items)
        qFatal("worklist: %s", qPrintable(items.error().message));
    QList<AppointmentId> found;
    for (const WorklistItem &item : *items)
        found.append(item.appointment.id);
    return found;
}

QList<AppointmentId> TestManagerScenarios::ids(const QList<DayImpact> &days)
{
    QList<AppointmentId> found;
    for (const DayImpact &day : days) {
        for (const BookedSpan &span : day.appointments)
            found.append(span.id);
    }
    return found;
}

HoursVersion TestManagerScenarios::storeHours(QDate from, int open, int close) const
{
    HoursVersion hours;
    hours.storeId = 1;
    hours.effectiveFrom = from;
    hours.setDays(1, 6, {TimeInterval{open * 60, close * 60}});
    return hours;
}

int TestManagerScenarios::historyRows(const QString &entity)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = :e"));
    q.bindValue(QStringLiteral(":e"), entity);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return n;
}

void TestManagerScenarios::extendHoursDisplacesNothing()
{
    const Result<AppointmentId> before = book(1, QDate(2027, 1, 15), QStringLiteral("10:00"));
    const Result<AppointmentId> after = book(1, monday.addDays(1), QStringLiteral("10:00"));
    QVERIFY(before && after);
    const int historyBefore = historyRows(QStringLiteral("hours_version"));

    const Result<RulesSaved> saved = m_rules->saveHours(storeHours(monday, 8, 19), 0);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QVERIFY(saved->displaced.isEmpty());
    QCOMPARE(saved->version, 1);
    QCOMPARE(historyRows(QStringLiteral("hours_version")), historyBefore + 1);
    // The new early slots are bookable at once, from the date and not before.
    QVERIFY(book(2, monday, QStringLiteral("08:00")));
    const Result<AppointmentId> early = book(2, QDate(2027, 1, 15), QStringLiteral("08:00"));
    QVERIFY(!early);
    QCOMPARE(early.error().reason, Error::Reason::Closed);
    QVERIFY(worklist().isEmpty());
}

void TestManagerScenarios::reduceHoursFillsTheWorklistUntilResolved()
{
    const Result<AppointmentId> kept = book(1, monday, QStringLiteral("10:00"));
    const Result<AppointmentId> a = book(1, monday, QStringLiteral("15:00"));
    const Result<AppointmentId> b = book(2, monday.addDays(1), QStringLiteral("16:00"));
    const Result<AppointmentId> c = book(1, monday.addDays(2), QStringLiteral("14:30"), 2);
    const Result<AppointmentId> earlier = book(1, QDate(2027, 1, 15), QStringLiteral("16:00")); // before the date
    QVERIFY(kept && a && b && c && earlier);

    const Result<RulesSaved> saved = m_rules->saveHours(storeHours(monday, 9, 14), 0);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(ids(saved->displaced), (QList<AppointmentId>{*a, *b, *c}));
    // Nothing was moved or cancelled by the change itself.
    SqlScheduleRepository repository(*m_database);
    for (AppointmentId id : {*a, *b, *c})
        QCOMPARE(repository.appointment(id)->status, AppointmentStatus::Pending);
    QCOMPARE(worklist(), (QList<AppointmentId>{*a, *b, *c}));

    // Each with alternatives from the engine: same chair first, never in the past.
    const Result<QList<WorklistItem>> items
        = loadWorklist(repository, store(), Clock::nowUtc().toSecsSinceEpoch(), false);
    QVERIFY(items);
    const WorklistItem &first = items->first();
    QCOMPARE(first.appointment.customerPhone, QStringLiteral("555-0100"));
    QVERIFY(!first.alternatives.isEmpty());
    QCOMPARE(first.alternatives.first().chairId, ChairId(1));
    QVERIFY(first.alternatives.first().span.start < at(monday, QStringLiteral("14:00")));

    // Move: the first alternative; it fits again and leaves the list.
    const Appointment moving = *repository.appointment(*a);
    QVERIFY(m_writer->reschedule(store(), *a, first.alternatives.first().chairId, first.alternatives.first().span.start,
                                 1, moving.version));
    QCOMPARE(worklist(), (QList<AppointmentId>{*b, *c}));
    // Contacted with a note: resolved, listed only with the contacted ones.
    const Result<int> contacted
        = m_rules->markContacted(*b, repository.appointment(*b)->version, QStringLiteral("Will call back on Monday"));
    QVERIFY(contacted);
    QCOMPARE(worklist(), (QList<AppointmentId>{*c}));
    QCOMPARE(worklist(true), (QList<AppointmentId>{*b, *c}));
    QCOMPARE(repository.appointment(*b)->contactNote, QStringLiteral("Will call back on Monday"));
    // Cancel with a reason.
    QVERIFY(m_writer->cancel(*c, QStringLiteral("Customer moved away"), repository.appointment(*c)->version));
    QVERIFY(worklist().isEmpty());
    QCOMPARE(worklist(true), QList<AppointmentId>{*b});
}

void TestManagerScenarios::endChairNextWeek()
{
    const Result<AppointmentId> stays = book(2, monday.addDays(1), QStringLiteral("10:00"));
    const Result<AppointmentId> displaced = book(2, monday.addDays(2), QStringLiteral("10:00"));
    QVERIFY(stays && displaced);
    Chair chair = SqlScheduleRepository(*m_database).chairs(1)->at(1);
    QCOMPARE(chair.name, QStringLiteral("Station 2"));
    chair.endsOn = monday.addDays(1);
    const Result<RulesSaved> saved = m_rules->saveChair(chair);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(ids(saved->displaced), QList<AppointmentId>{*displaced});
    QCOMPARE(worklist(), QList<AppointmentId>{*displaced});
    // No new bookings after its last day; the chair and its bookings stay.
    const Result<AppointmentId> late = book(2, monday.addDays(3), QStringLiteral("11:00"));
    QVERIFY(!late);
    QCOMPARE(late.error().reason, Error::Reason::ChairEnded);
    QVERIFY(book(2, monday.addDays(1), QStringLiteral("11:00")));
    QCOMPARE(SqlScheduleRepository(*m_database).chairs(1)->size(), 2);
    // A stale copy of the chair is refused.
    chair.endsOn = monday;
    const Result<RulesSaved> stale = m_rules->saveChair(chair);
    QVERIFY(!stale);
    QCOMPARE(stale.error().reason, Error::Reason::StaleVersion);
}

void TestManagerScenarios::addChairAndHoursFromDifferentDates()
{
    const QDate chairStarts = monday.addDays(7); // in two weeks' time (Monday 25)
    const QDate hoursFrom = monday.addDays(2); // Wednesday 20
    Chair third{0, 1, QStringLiteral("Station 3"), chairStarts, {}, 1};
    const Result<RulesSaved> added = m_rules->saveChair(third);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(added->displaced.isEmpty());
    const Result<RulesSaved> hours = m_rules->saveHours(storeHours(hoursFrom, 7, 20), 0);
    QVERIFY(hours && hours->displaced.isEmpty());

    // Neither takes effect early: the chair has no slots before its start even
    // though the store's new hours apply from earlier.
    const Result<AppointmentId> early = book(added->id, hoursFrom, QStringLiteral("10:00"));
    QVERIFY(!early);
    QCOMPARE(early.error().reason, Error::Reason::ChairEnded);
    const Result<AppointmentId> tooSoon = book(1, hoursFrom.addDays(-1), QStringLiteral("07:00"));
    QVERIFY(!tooSoon);
    QCOMPARE(tooSoon.error().reason, Error::Reason::Closed);
    QVERIFY(book(1, hoursFrom, QStringLiteral("07:00")));
    QVERIFY(book(added->id, chairStarts, QStringLiteral("07:00")));
    // A chair name is unique in its store, whatever the case.
    const Result<RulesSaved> twin = m_rules->saveChair(Chair{0, 1, QStringLiteral("station 3"), chairStarts, {}, 1});
    QVERIFY(!twin);
    QVERIFY2(twin.error().message.contains(QLatin1String("Station 3")), qPrintable(twin.error().message));
    QCOMPARE(SqlScheduleRepository(*m_database).chairs(1)->size(), 3);
}

void TestManagerScenarios::bringANewStoreLive()
{
    // A second store, set up before it is visible: staff see it from the 20th,
    // it opens on Monday 25th.
    Store next = store();
    next.id = 0;
    ChainData chain;
    next.id = 2;
    next.code = QStringLiteral("NEW");
    next.name = QStringLiteral("New Store");
    next.visibleFrom = QDate(2027, 1, 20);
    next.opensOn = QDate(2027, 1, 25);
    next.horizonDays = 30;
    chain.stores.append(next);
    chain.chairs.append(Chair{3, 2, QStringLiteral("Chair 1"), next.opensOn, {}, 1});
    HoursVersion hours = storeHours(next.opensOn, 9, 17);
    hours.storeId = 2;
    hours.id = 2;
    chain.hoursVersions.append(hours);
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(chain));

    const QDate opening = next.opensOn.addDays(1);
    const Result<AppointmentId> beforeVisible
        = book(3, opening, QStringLiteral("10:00"), 1, BookingChannel::Staff, {}, 2);
    QVERIFY(!beforeVisible);
    QCOMPARE(beforeVisible.error().reason, Error::Reason::OutsideHorizon);

    Clock::setFixed(QDateTime(QDate(2027, 1, 20), QTime(15, 0), Qt::UTC));
    // The first week stays empty: one lock.
    Lock firstWeek;
    firstWeek.storeId = 2;
    firstWeek.startsAt = QDateTime::fromSecsSinceEpoch(at(next.opensOn, QStringLiteral("00:00")), Qt::UTC);
    firstWeek.endsAt = QDateTime::fromSecsSinceEpoch(at(next.opensOn.addDays(7), QStringLiteral("00:00")), Qt::UTC);
    firstWeek.reason = QStringLiteral("Opening week");
    QVERIFY(m_writer->addLock(store(2), firstWeek));
    const Result<AppointmentId> firstWeekBooking
        = book(3, opening, QStringLiteral("10:00"), 1, BookingChannel::Staff, {}, 2);
    QVERIFY(!firstWeekBooking);
    QCOMPARE(firstWeekBooking.error().reason, Error::Reason::Locked);
    // Staff book after the first week; the web only for an active zip code.
    const QDate secondWeek = next.opensOn.addDays(8);
    QVERIFY(book(3, secondWeek, QStringLiteral("10:00"), 1, BookingChannel::Staff, {}, 2));
    QVERIFY(m_rules->saveZipCode(ZipCode{2, QStringLiteral("60601"), QDate(2027, 1, 20)}));
    QVERIFY(m_rules->saveZipCode(ZipCode{2, QStringLiteral("60602"), {}}));
    QVERIFY(book(3, secondWeek, QStringLiteral("11:00"), 1, BookingChannel::Web, QStringLiteral("60601"), 2));
    const Result<AppointmentId> inactive
        = book(3, secondWeek, QStringLiteral("12:00"), 1, BookingChannel::Web, QStringLiteral("60602"), 2);
    QVERIFY(!inactive);
    QCOMPARE(inactive.error().reason, Error::Reason::OutsideHorizon);
    // Nothing before opens_on, for anyone; and the opening date is still movable.
    const Result<AppointmentId> beforeOpening
        = book(3, QDate(2027, 1, 22), QStringLiteral("10:00"), 1, BookingChannel::Staff, {}, 2);
    QVERIFY(!beforeOpening);
    Store later = store(2);
    later.opensOn = QDate(2027, 1, 26);
    const Result<RulesSaved> moved = m_rules->saveStore(later);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QVERIFY(moved->displaced.isEmpty());
    QCOMPARE(store(2).version, later.version + 1);
}

void TestManagerScenarios::cutCapacityUnderSharedSlots()
{
    Store shared = store();
    shared.capacity = 2;
    QVERIFY(m_rules->saveStore(shared));
    const Result<AppointmentId> first = book(1, monday, QStringLiteral("10:00"), 2);
    const Result<AppointmentId> second = book(1, monday, QStringLiteral("10:30"));
    const Result<AppointmentId> alone = book(1, monday, QStringLiteral("13:00"));
    const Result<AppointmentId> third = book(1, monday, QStringLiteral("13:00"));
    QVERIFY(first && second && alone && third);
    QVERIFY(worklist().isEmpty());

    Store cut = store();
    cut.capacity = 1;
    const Result<RulesSaved> saved = m_rules->saveStore(cut);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    // The earliest booked keep their places; the later ones are displaced.
    QCOMPARE(ids(saved->displaced), (QList<AppointmentId>{*second, *third}));
    QCOMPARE(worklist(), (QList<AppointmentId>{*second, *third}));
    // A slot length the bookings do not fit displaces too: a half-hour appointment
    // is not a whole hour slot (10:30 is displaced already).
    Store longer = store();
    longer.slotMinutes = 60;
    const Result<RulesSaved> hourly = m_rules->saveStore(longer);
    QVERIFY(hourly);
    QCOMPARE(ids(hourly->displaced), QList<AppointmentId>{*alone});
}

void TestManagerScenarios::holidayForSeveralStoresAndOneChair()
{
    const Result<AppointmentId> onHoliday = book(1, monday, QStringLiteral("10:00"));
    const Result<AppointmentId> otherChair = book(2, monday.addDays(1), QStringLiteral("10:00"));
    const Result<AppointmentId> chairDay = book(1, monday.addDays(1), QStringLiteral("10:00"));
    QVERIFY(onHoliday && otherChair && chairDay);
    const Result<RulesSaved> holiday
        = m_rules->saveException(DateException{0, 1, std::nullopt, monday, {}, QStringLiteral("Holiday"), 1}, 0);
    QVERIFY(holiday);
    QCOMPARE(ids(holiday->displaced), QList<AppointmentId>{*onHoliday});
    const Result<RulesSaved> chairOnly = m_rules->saveException(
        DateException{
            0, 1, ChairId(1), monday.addDays(1), {TimeInterval{13 * 60, 17 * 60}}, QStringLiteral("Training"), 1},
        0);
    QVERIFY(chairOnly);
    QCOMPARE(ids(chairOnly->displaced), QList<AppointmentId>{*chairDay});
    // Removing the holiday puts the day back: that appointment fits again.
    const Result<RulesSaved> removed
        = m_rules->removeException(holiday->id, holiday->version, QStringLiteral("Open after all"));
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(worklist(), QList<AppointmentId>{*chairDay});
}

void TestManagerScenarios::staleAndBadEditsChangeNothing()
{
    const Result<RulesSaved> first = m_rules->saveHours(storeHours(monday, 9, 15), 0);
    QVERIFY(first);
    // Made from version 0 when version 1 exists, or from an old version: stale.
    const Result<RulesSaved> twice = m_rules->saveHours(storeHours(monday, 9, 16), 0);
    QVERIFY(!twice);
    QCOMPARE(twice.error().reason, Error::Reason::StaleVersion);
    QVERIFY(m_rules->saveHours(storeHours(monday, 9, 16), 1));
    const Result<RulesSaved> old = m_rules->saveHours(storeHours(monday, 9, 12), 1);
    QVERIFY(!old);
    QCOMPARE(old.error().reason, Error::Reason::StaleVersion);

    HoursVersion overlapping = storeHours(monday.addDays(7), 9, 17);
    overlapping.week[2].append(TimeInterval{16 * 60, 18 * 60});
    const Result<RulesSaved> bad = m_rules->saveHours(overlapping, 0);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, Error::Kind::Usage);
    QVERIFY(bad.error().message.contains(QLatin1String("16:00-18:00 overlaps 09:00-17:00")));
    const Result<RulesSaved> past = m_rules->saveHours(storeHours(QDate(2027, 1, 12), 9, 17), 0);
    QVERIFY(!past);
    QCOMPARE(past.error().reason, Error::Reason::Past);
    const Result<RulesSaved> inEffect = m_rules->removeHours(1, 1); // the opening hours
    QVERIFY(!inEffect);
    QCOMPARE(inEffect.error().reason, Error::Reason::Past);

    const Result<QList<HoursVersion>> versions = SqlScheduleRepository(*m_database).hoursVersions(1);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->last().version, 2);
    QCOMPARE(versions->last().week.at(0).first().closeMinute, 16 * 60);
    // A future version can be removed; the one before applies again.
    QVERIFY(m_rules->removeHours(versions->last().id, 2));
    QCOMPARE(SqlScheduleRepository(*m_database).hoursVersions(1)->size(), 1);
}

void TestManagerScenarios::contactedComesBackAfterAChange()
{
    const Result<AppointmentId> a = book(1, monday, QStringLiteral("16:00"));
    QVERIFY(a);
    QVERIFY(m_rules->saveHours(storeHours(monday, 9, 15), 0));
    SqlScheduleRepository repository(*m_database);
    QVERIFY(m_rules->markContacted(*a, repository.appointment(*a)->version, QStringLiteral("Left a message")));
    QVERIFY(worklist().isEmpty());
    // A stale mark is refused.
    const Result<int> stale = m_rules->markContacted(*a, 1, QStringLiteral("Again"));
    QVERIFY(!stale);
    QCOMPARE(stale.error().reason, Error::Reason::StaleVersion);
    // Changed since (here its details), it is displaced still and needs a look again.
    const Appointment now = *repository.appointment(*a);
    QVERIFY(m_writer->updateDetails(*a, now, now.version));
    QCOMPARE(worklist(), QList<AppointmentId>{*a});
}

void TestManagerScenarios::reorderChairs()
{
    const Result<AppointmentId> a = book(1, monday, QStringLiteral("10:00"));
    QVERIFY(a);
    const int before = historyRows(QStringLiteral("chair"));
    QVERIFY(m_rules->reorderChairs(1, {2, 1}));
    SqlScheduleRepository repository(*m_database);
    const auto names = [](const QList<Chair> &chairs) {
        QStringList n;
        for (const Chair &c : chairs)
            n.append(c.name);
        return n;
    };
    QCOMPARE(names(*repository.chairs(1)), (QStringList{QStringLiteral("Station 2"), QStringLiteral("Station 1")}));
    // The grid's read (one statement) orders its lanes the same way.
    const Result<StoreSnapshot> snapshot = repository.snapshot(store(), monday, monday, AppointmentDetail::Engine);
    QVERIFY(snapshot);
    QCOMPARE(names(snapshot->rules.chairs), (QStringList{QStringLiteral("Station 2"), QStringLiteral("Station 1")}));
    QCOMPARE(historyRows(QStringLiteral("chair")), before + 1); // only Station 1's place changed
    QCOMPARE(repository.appointment(*a)->chairId, ChairId(1)); // no booking moves with a lane
    // An order that misses a chair (one added meanwhile) is stale; nothing changes.
    QVERIFY(m_rules->saveChair(Chair{0, 1, QStringLiteral("Station 3"), monday, {}, 1}));
    const Status stale = m_rules->reorderChairs(1, {1, 2});
    QVERIFY(!stale);
    QCOMPARE(stale.error().reason, Error::Reason::StaleVersion);
    // A new chair's lane is at position 0, after the others there by id.
    QCOMPARE(names(*repository.chairs(1)),
             (QStringList{QStringLiteral("Station 2"), QStringLiteral("Station 3"), QStringLiteral("Station 1")}));
}

void TestManagerScenarios::previewMatchesTheWholeYear_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("closes earlier") << 0;
    QTest::newRow("grid shifts by a quarter hour") << 1;
    QTest::newRow("chair ends") << 2;
    QTest::newRow("closed one day") << 3;
    QTest::newRow("special hours one day, one chair") << 4;
    QTest::newRow("lock") << 5;
    QTest::newRow("capacity cut (the whole year read)") << 6;
    QTest::newRow("store closes") << 7;
}

// The preview reads only the appointments a change can touch
// (core/ImpactAnalysis.h, rangesTouched): it must name exactly what the whole
// year compared names, for every kind of change.
void TestManagerScenarios::previewMatchesTheWholeYear()
{
    QFETCH(int, kind);
    Store shared = store();
    shared.capacity = 2;
    QVERIFY(m_rules->saveStore(shared));
    // Bookings across the day on both chairs, some sharing a slot, for weeks.
    for (int day = 0; day < 40; ++day) {
        const QDate date = monday.addDays(day - 3);
        if (date.dayOfWeek() == Qt::Sunday)
            continue;
        for (const QString &time :
             {QStringLiteral("09:00"), QStringLiteral("11:30"), QStringLiteral("15:00"), QStringLiteral("16:30")}) {
            QVERIFY(book(1, date, time));
            QVERIFY(book(2, date, time, time == QLatin1String("16:30") ? 1 : day % 3 + 1));
            if (day % 4 == 0)
                QVERIFY(book(1, date, time));
        }
    }
    ProposedChange change;
    switch (kind) {
    case 0:
        change = storeHours(monday, 9, 16);
        break;
    case 1: {
        HoursVersion shifted = storeHours(monday, 9, 17);
        shifted.setDays(1, 6, {TimeInterval{9 * 60 + 15, 16 * 60 + 45}});
        change = shifted;
        break;
    }
    case 2:
        change = ChairEndChange{2, monday.addDays(9)};
        break;
    case 3:
        change = DateException{0, 1, std::nullopt, monday.addDays(2), {}, QStringLiteral("Closed"), 1};
        break;
    case 4:
        change = DateException{
            0, 1, ChairId(1), monday.addDays(3), {TimeInterval{12 * 60, 16 * 60}}, QStringLiteral("Short"), 1};
        break;
    case 5: {
        Lock lock;
        lock.storeId = 1;
        lock.chairId = 2;
        lock.startsAt = QDateTime::fromSecsSinceEpoch(at(monday, QStringLiteral("11:00")), Qt::UTC);
        lock.endsAt = QDateTime::fromSecsSinceEpoch(at(monday.addDays(1), QStringLiteral("16:00")), Qt::UTC);
        lock.reason = QStringLiteral("Repair");
        change = lock;
        break;
    }
    case 6: {
        Store cut = store();
        cut.capacity = 1;
        change = cut;
        break;
    }
    default:
        change = StoreCloseChange{monday.addDays(20)};
    }
    SqlScheduleRepository repository(*m_database);
    const Result<ChangePreview> preview = previewChange(repository, store(), change);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    const QDate today(2027, 1, 13);
    const Result<StoreSchedule> year
        = loadStoreSchedule(repository, store(), today, today.addDays(limits::longestSlotListDays - 1));
    QVERIFY(year);
    const QList<AppointmentId> expected
        = ids(impactOf(*year, change, today, today.addDays(limits::longestSlotListDays - 1)));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(preview->days), expected);
    QCOMPARE(preview->count(), expected.size());
    QCOMPARE(preview->details.size(), expected.size()); // each with its customer
}

QTEST_GUILESS_MAIN(TestManagerScenarios)
#include "tst_managerscenarios.moc"
