#include "storage/SqlBookingWriter.h"

#include "core/Clock.h"
#include "core/StoreScheduleLoader.h"
#include "storage/Database.h"
#include "storage/HistoryWriter.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlValues.h"

#include <QSet>

namespace sams {

SqlBookingWriter::SqlBookingWriter(Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{ }

Result<AppointmentId> SqlBookingWriter::book(const Store &store, const BookingRequest &request,
                                             const Appointment &details)
{
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());

    if (sql::isPostgreSql(db)) {
        // Writers for one chair queue here instead of deadlocking in the exclusion
        // constraint's index (database-notes.md); the constraint stays the guarantee.
        Result<QSqlQuery> lock = sql::prepare(db, QStringLiteral("SELECT pg_advisory_xact_lock(:chair)"));
        if (!lock)
            return std::unexpected(lock.error());
        lock->bindValue(QStringLiteral(":chair"), request.chairId);
        if (auto ok = sql::exec(*lock, QStringLiteral("Waiting for the chair")); !ok)
            return std::unexpected(ok.error());
        lock->finish();
    }

    SqlScheduleRepository repository(m_database);
    const QDate day = QDateTime::fromSecsSinceEpoch(request.start, Qt::UTC).toTimeZone(store.timeZone()).date();
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, store, day.addDays(-1), day.addDays(1));
    if (!schedule)
        return std::unexpected(schedule.error());
    const Result<SlotSpan> span = checkBooking(*schedule, request, Clock::nowUtc().toSecsSinceEpoch());
    if (!span)
        return std::unexpected(span.error());

    Appointment a = details;
    a.chairId = request.chairId;
    a.startsAt = span->startUtc();
    a.endsAt = span->endUtc();
    a.slotCount = request.slotCount;
    a.channel = request.channel;
    a.customerZip = request.customerZip;
    a.overrideReason = schedule->lockAt(request.chairId, span->start, span->end) ? request.overrideReason : QString();
    a.version = 1;

    // The lowest seat no overlapping active appointment holds (capacity n: seats 0..n-1).
    Result<QSqlQuery> seats = sql::prepare(db,
                                           QStringLiteral("SELECT DISTINCT seat FROM appointments WHERE chair_id = "
                                                          ":chair AND status <> 'cancelled' AND starts_at < :end "
                                                          "AND ends_at > :start"));
    if (!seats)
        return std::unexpected(seats.error());
    seats->bindValue(QStringLiteral(":chair"), a.chairId);
    seats->bindValue(QStringLiteral(":start"), span->start);
    seats->bindValue(QStringLiteral(":end"), span->end);
    if (auto ok = sql::exec(*seats, QStringLiteral("Finding a seat")); !ok)
        return std::unexpected(ok.error());
    QSet<int> taken;
    while (seats->next())
        taken.insert(seats->value(0).toInt());
    seats->finish();
    int seat = 0;
    while (taken.contains(seat))
        ++seat;

    Result<QSqlQuery> insert = sql::prepare(
        db,
        QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, "
                       "customer_phone, customer_email, customer_zip, service, status, channel, notes, "
                       "internal_notes, override_reason, seat, version) VALUES (:chair_id, :starts_at, :ends_at, "
                       ":slot_count, :customer_name, :customer_phone, :customer_email, :customer_zip, :service, "
                       ":status, :channel, :notes, :internal_notes, :override_reason, :seat, 1) RETURNING id"));
    if (!insert)
        return std::unexpected(insert.error());
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    insert->bindValue(QStringLiteral(":chair_id"), a.chairId);
    insert->bindValue(QStringLiteral(":starts_at"), span->start);
    insert->bindValue(QStringLiteral(":ends_at"), span->end);
    insert->bindValue(QStringLiteral(":slot_count"), a.slotCount);
    insert->bindValue(QStringLiteral(":customer_name"), text(a.customerName));
    insert->bindValue(QStringLiteral(":customer_phone"), text(a.customerPhone));
    insert->bindValue(QStringLiteral(":customer_email"), text(a.customerEmail));
    insert->bindValue(QStringLiteral(":customer_zip"), text(a.customerZip));
    insert->bindValue(QStringLiteral(":service"), text(a.service));
    insert->bindValue(QStringLiteral(":status"), statusName(a.status));
    insert->bindValue(QStringLiteral(":channel"), channelName(a.channel));
    insert->bindValue(QStringLiteral(":notes"), text(a.notes));
    insert->bindValue(QStringLiteral(":internal_notes"), text(a.internalNotes));
    insert->bindValue(QStringLiteral(":override_reason"), text(a.overrideReason));
    insert->bindValue(QStringLiteral(":seat"), seat);
    if (auto ok = sql::exec(*insert, QStringLiteral("Booking")); !ok)
        return std::unexpected(ok.error());
    if (!insert->next())
        return std::unexpected(Error::failed(QStringLiteral("Booking: no id came back")));
    a.id = insert->value(0).toLongLong();
    insert->finish(); // SQLite cannot commit while a RETURNING statement is open

    HistoryWriter history(db, m_actor);
    if (auto ok = history.record(QStringLiteral("appointment"), a.id, QStringLiteral("book"), {},
                                 HistoryWriter::toJson(a), a.overrideReason);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return a.id;
}

} // namespace sams
