#include "support/EngineFixture.h"

#include "core/SlotCalculator.h"

namespace sams::test {

namespace {
DayIntervals span(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return {{fromHour * 60 + fromMinute, toHour * 60 + toMinute}};
}
} // namespace

EngineFixture::EngineFixture()
{
    Store &store = rules.store;
    store.id = 1;
    store.code = QStringLiteral("TST");
    store.name = QStringLiteral("Test store");
    store.timeZoneId = "America/New_York";
    store.visibleFrom = QDate(2026, 12, 1);
    store.opensOn = QDate(2027, 1, 4);

    rules.chairs = {
        {1, 1, QStringLiteral("Chair 1"), QDate(2027, 1, 4), QDate(), 1},
        {2, 1, QStringLiteral("Chair 2"), QDate(2027, 1, 4), QDate(2027, 3, 31), 1},
        {3, 1, QStringLiteral("Chair 3"), QDate(2027, 2, 1), QDate(), 1},
    };
    HoursVersion hours;
    hours.id = 1;
    hours.storeId = 1;
    hours.effectiveFrom = QDate(2027, 1, 1);
    hours.setDays(1, 5, span(9, 0, 12, 0) + span(13, 0, 17, 0));
    hours.setDays(6, 6, span(10, 0, 14, 0));
    rules.hoursVersions = {hours};
    rules.zipCodes = {{1, QStringLiteral("10001"), QDate(2027, 1, 4)}, {1, QStringLiteral("10002"), QDate()}};

    auto lock = [](qint64 id, std::optional<ChairId> chair, const char *from, const char *to, const char *reason) {
        return Lock{id,
                    1,
                    chair,
                    QDateTime::fromSecsSinceEpoch(local(QString::fromLatin1(from)), Qt::UTC),
                    QDateTime::fromSecsSinceEpoch(local(QString::fromLatin1(to)), Qt::UTC),
                    QString::fromLatin1(reason),
                    QStringLiteral("test"),
                    1};
    };
    rules.locks = {lock(1, ChairId{1}, "2027-01-06T09:00", "2027-01-06T10:00", "Training"),
                   lock(2, std::nullopt, "2027-01-07T16:00", "2027-01-07T17:00", "Staff meeting")};

    booked = {{local(QStringLiteral("2027-01-05T09:00")), local(QStringLiteral("2027-01-05T10:00")), 101, 1, {}},
              {local(QStringLiteral("2027-01-05T10:30")), local(QStringLiteral("2027-01-05T11:00")), 102, 1, {}}};
}

qint64 EngineFixture::local(const QString &text)
{
    const std::optional<LocalDateTime> wall = parseLocalDateTime(text);
    Q_ASSERT(wall);
    return SlotCalculator::instantSecs(wall->date, wall->minute, zone());
}

QString EngineFixture::localText(qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant, Qt::UTC)
        .toTimeZone(zone())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace sams::test
