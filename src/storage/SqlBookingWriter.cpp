#include "storage/SqlBookingWriter.h"

#include "core/Clock.h"
#include "core/ScheduleWriter.h"
#include "core/StoreScheduleLoader.h"
#include "core/TextRules.h"
#include "storage/Database.h"
#include "storage/HistoryWriter.h"
#include "storage/OutboxRows.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlSnapshot.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace sams {

namespace {
QString pastTense(const QString &action)
{
    if (action == QLatin1String("book"))
        return QCoreApplication::translate("sams::SqlBookingWriter", "booked");
    if (action == QLatin1String("move"))
        return QCoreApplication::translate("sams::SqlBookingWriter", "moved");
    if (action == QLatin1String("cancel"))
        return QCoreApplication::translate("sams::SqlBookingWriter", "cancelled");
    if (action == QLatin1String("reinstate"))
        return QCoreApplication::translate("sams::SqlBookingWriter", "reinstated");
    return QCoreApplication::translate("sams::SqlBookingWriter", "changed");
}
} // namespace

SqlBookingWriter::SqlBookingWriter(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor)
{ }

Status SqlBookingWriter::checkDetails(const Appointment &details, const QString &zip)
{
    // Every writer refuses a blank name or reason, not only samsctl (TextRules.h).
    if (auto ok = checkNameText(details.customerName,
                                QCoreApplication::translate("sams::SqlBookingWriter", "The customer name"));
        !ok)
        return ok;
    // The other text may be empty, but never holds a control character (a NUL is
    // a database error, an escape sequence drives terminals).
    const std::pair<QString, const char *> texts[]
        = {{details.customerPhone, QT_TRANSLATE_NOOP("sams::SqlBookingWriter", "The phone")},
           {details.customerEmail, QT_TRANSLATE_NOOP("sams::SqlBookingWriter", "The email")},
           {zip, QT_TRANSLATE_NOOP("sams::SqlBookingWriter", "The zip code")},
           {details.service, QT_TRANSLATE_NOOP("sams::SqlBookingWriter", "The service")},
           {details.notes, QT_TRANSLATE_NOOP("sams::SqlBookingWriter", "The notes")},
           {details.internalNotes, QT_TRANSLATE_NOOP("sams::SqlBookingWriter", "The internal notes")}};
    for (const auto &[text, what] : texts) {
        if (const std::optional<QString> problem = controlCharacterProblem(text, TextKind::FreeText))
            return std::unexpected(Error::usage(
                QStringLiteral("%1: %2").arg(QCoreApplication::translate("sams::SqlBookingWriter", what), *problem)));
    }
    return {};
}

Result<AppointmentId> SqlBookingWriter::book(const Store &seen, const BookingRequest &request,
                                             const Appointment &details)
{
    if (auto ok = checkDetails(details, request.customerZip); !ok)
        return std::unexpected(ok.error());
    if (const std::optional<QString> problem = controlCharacterProblem(request.requestKey, TextKind::FreeText))
        return std::unexpected(Error::usage(QStringLiteral("%1: %2").arg(
            QCoreApplication::translate("sams::SqlBookingWriter", "The request key"), *problem)));
    if (request.overrideLock) {
        if (auto ok = checkNameText(request.overrideReason,
                                    QCoreApplication::translate("sams::SqlBookingWriter", "The override reason"));
            !ok)
            return std::unexpected(ok.error());
    }
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Lock, read, write, in three statements (docs/performance.md).
    if (auto ok = sql::lockForBooking(db, seen.id, request.chairId); !ok)
        return std::unexpected(ok.error());
    // An appointment lies within one store day: that day's rules, locks and
    // appointments are all its check needs.
    const QDate day = QDateTime::fromSecsSinceEpoch(request.start, Qt::UTC).toTimeZone(seen.timeZone()).date();
    const Result<sql::SnapshotRead> read
        = sql::readSnapshot(db, seen, day, day, AppointmentDetail::Engine, {request.requestKey, 0});
    if (!read)
        return std::unexpected(read.error());
    // The rules come from here, not from `seen`: an import may have changed the
    // store's slot length, capacity or dates since the caller read it.
    const Store &store = read->snapshot.rules.store;
    if (auto ok = checkSameZone(seen, store); !ok)
        return std::unexpected(ok.error());
    if (read->keyed) {
        if (auto earlier = sameRequest(*read->keyed, request); !earlier)
            return std::unexpected(earlier.error());
        return read->keyed->id; // a retry of a request whose commit was applied
    }

    const StoreSchedule schedule(read->snapshot.rules, activeSpans(read->snapshot.appointments));
    const Result<SlotSpan> span = checkBooking(schedule, request, Clock::nowUtc().toSecsSinceEpoch());
    if (!span)
        return std::unexpected(span.error());

    Appointment a = details;
    a.chairId = request.chairId;
    a.startsAt = span->startUtc();
    a.endsAt = span->endUtc();
    a.slotCount = request.slotCount;
    a.channel = request.channel;
    a.customerZip = request.customerZip;
    a.overrideReason = schedule.lockAt(request.chairId, span->start, span->end) ? request.overrideReason : QString();
    a.version = 1;

    const Result<SeatPlan> seats = planSeats(store, a.chairId, *span, 0, read->snapshot.appointments);
    if (!seats)
        return std::unexpected(seats.error());
    a.seat = seats->seat;
    if (auto ok = startReseating(a.chairId, *seats); !ok)
        return std::unexpected(ok.error());
    Result<AppointmentId> id = insertBooked(a, request.requestKey);
    if (!id)
        return id;
    a.id = *id;
    if (auto ok = sql::queueAppointmentMessages(db, a, AppointmentEvent::Booked); !ok)
        return std::unexpected(ok.error());
    if (auto ok = finishReseating(a.chairId, *seats); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return *id;
}

Result<AppointmentId> SqlBookingWriter::insertBooked(const Appointment &a, const QString &requestKey)
{
    QSqlDatabase &db = m_database.connection();
    const bool server = sql::isPostgreSql(db);
    // PostgreSQL: the row and its history in one call (migration 013); SQLite runs
    // in-process, where the two statements cost no round trip.
    sql::Statement insert = sql::prepare(
        db,
        server ? QStringLiteral("SELECT public.sams_book_appointment(:chair_id, :starts_at, :ends_at, :slot_count, "
                                ":customer_name, :customer_phone, :customer_email, :customer_zip, :service, :status, "
                                ":channel, :notes, :internal_notes, :override_reason, :seat, :request_key, :after, "
                                ":reason)")
               : QStringLiteral(
                   "INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, "
                   "customer_phone, customer_email, customer_zip, service, status, channel, notes, internal_notes, "
                   "override_reason, seat, request_key, version) VALUES (:chair_id, :starts_at, :ends_at, "
                   ":slot_count, :customer_name, :customer_phone, :customer_email, :customer_zip, :service, "
                   ":status, :channel, :notes, :internal_notes, :override_reason, :seat, :request_key, 1) "
                   "RETURNING id"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bindValue(QStringLiteral(":chair_id"), a.chairId);
    insert->bindValue(QStringLiteral(":starts_at"), a.startsAt.toSecsSinceEpoch());
    insert->bindValue(QStringLiteral(":ends_at"), a.endsAt.toSecsSinceEpoch());
    insert->bindValue(QStringLiteral(":slot_count"), a.slotCount);
    insert->bindValue(QStringLiteral(":customer_name"), sql::text(a.customerName));
    insert->bindValue(QStringLiteral(":customer_phone"), sql::text(a.customerPhone));
    insert->bindValue(QStringLiteral(":customer_email"), sql::text(a.customerEmail));
    insert->bindValue(QStringLiteral(":customer_zip"), sql::text(a.customerZip));
    insert->bindValue(QStringLiteral(":service"), sql::text(a.service));
    insert->bindValue(QStringLiteral(":status"), statusName(a.status));
    insert->bindValue(QStringLiteral(":channel"), channelName(a.channel));
    insert->bindValue(QStringLiteral(":notes"), sql::text(a.notes));
    insert->bindValue(QStringLiteral(":internal_notes"), sql::text(a.internalNotes));
    insert->bindValue(QStringLiteral(":override_reason"), sql::text(a.overrideReason));
    insert->bindValue(QStringLiteral(":seat"), a.seat);
    insert->bindValue(QStringLiteral(":request_key"),
                      requestKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : requestKey);
    if (server) {
        insert->bindValue(QStringLiteral(":after"), HistoryWriter::toText(HistoryWriter::toJson(a)));
        insert->bindValue(QStringLiteral(":reason"), sql::text(a.overrideReason));
    }
    if (auto ok = sql::exec(*insert, QCoreApplication::translate("sams::SqlBookingWriter", "Booking")); !ok)
        return std::unexpected(ok.error());
    if (!insert->next())
        return std::unexpected(
            Error::failed(QCoreApplication::translate("sams::SqlBookingWriter", "Booking: no id came back")));
    const AppointmentId id = insert->value(0).toLongLong();
    insert->finish(); // SQLite cannot commit while a RETURNING statement is open
    if (server)
        return id;
    HistoryWriter history(db, m_actor);
    if (auto ok = history.record(QStringLiteral("appointment"), id, QStringLiteral("book"), {},
                                 HistoryWriter::toJson(a), a.overrideReason);
        !ok)
        return std::unexpected(ok.error());
    return id;
}

Status SqlBookingWriter::sameRequest(const Appointment &earlier, const BookingRequest &request)
{
    // A key names one request: the same key with another chair or time is a mistake.
    if (earlier.chairId != request.chairId || earlier.startsAt.toSecsSinceEpoch() != request.start
        || earlier.slotCount != request.slotCount)
        return std::unexpected(Error::usage(
            QCoreApplication::translate("sams::SqlBookingWriter",
                                        "Request key \"%1\" was already used for appointment %2, at another chair "
                                        "or time; use a new key for a new request.")
                .arg(request.requestKey)
                .arg(earlier.id)));
    return {};
}

namespace {
// An active appointment of a chair and the seat it sits on.
struct Seated {
    AppointmentId id = 0;
    int seat = -1; // -1: the appointment being written, not seated yet
    qint64 start = 0;
    qint64 end = 0;
};

Result<QList<Seated>> overlapping(QSqlDatabase &db, ChairId chair, qint64 from, qint64 to, AppointmentId ignore)
{
    // An appointment lasts at most a day, so the search looks back one day only.
    sql::Statement query = sql::prepare(
        db,
        QStringLiteral("SELECT id, seat, starts_at, ends_at FROM appointments WHERE chair_id = :chair AND id <> "
                       ":ignore AND status <> 'cancelled' AND starts_at > :from - 86400 AND starts_at < :to AND "
                       "ends_at > :from ORDER BY starts_at, id"));
    if (!query)
        return std::unexpected(query.error());
    query->bindValue(QStringLiteral(":chair"), chair);
    query->bindValue(QStringLiteral(":ignore"), ignore);
    query->bindValue(QStringLiteral(":from"), from);
    query->bindValue(QStringLiteral(":to"), to);
    if (auto ok = sql::exec(*query, QCoreApplication::translate("sams::SqlBookingWriter", "Finding a seat")); !ok)
        return std::unexpected(ok.error());
    QList<Seated> found;
    while (query->next())
        found.append({query->value(0).toLongLong(), query->value(1).toInt(), query->value(2).toLongLong(),
                      query->value(3).toLongLong()});
    query->finish();
    return found;
}
} // namespace

Result<SqlBookingWriter::SeatPlan> SqlBookingWriter::planSeats(const Store &store, ChairId chair, const SlotSpan &span,
                                                               AppointmentId ignore, const QList<Appointment> &read)
{
    const int capacity = store.capacity;
    QSqlDatabase &db = m_database.connection();
    // The snapshot holds every appointment overlapping the span (it covers the
    // days around it): no statement for the common case.
    Result<QList<Seated>> group = QList<Seated>();
    for (const Appointment &a : read) {
        const qint64 start = a.startsAt.toSecsSinceEpoch(), end = a.endsAt.toSecsSinceEpoch();
        if (a.chairId == chair && a.id != ignore && a.isActive() && start < span.end && end > span.start)
            group->append({a.id, a.seat, start, end});
    }
    // Mostly a seat is free for the whole time already: the lowest one, nobody moves.
    QSet<int> taken;
    for (const Seated &s : std::as_const(*group))
        taken.insert(s.seat);
    int lowest = 0;
    while (taken.contains(lowest))
        ++lowest;
    if (lowest < capacity)
        return SeatPlan{lowest, {}, 0, 0};

    // Otherwise the seats of every appointment linked to this one through overlaps
    // are dealt again; nothing outside that group overlaps any of it.
    qint64 from = span.start, to = span.end;
    for (;;) {
        qint64 wideFrom = from, wideTo = to;
        for (const Seated &s : std::as_const(*group)) {
            wideFrom = std::min(wideFrom, s.start);
            wideTo = std::max(wideTo, s.end);
        }
        if (wideFrom == from && wideTo == to)
            break;
        from = wideFrom;
        to = wideTo;
        group = overlapping(db, chair, from, to, ignore);
        if (!group)
            return std::unexpected(group.error());
    }
    QList<Seated> all = *group;
    all.append({0, -1, span.start, span.end});
    std::stable_sort(all.begin(), all.end(), [](const Seated &a, const Seated &b) { return a.start < b.start; });

    // In order of start, each keeps its seat if it is free and otherwise takes the
    // lowest free one. Everyone still seated at a start covers that instant, so
    // with at most `capacity` appointments at any instant a seat below it is free
    // (an interval graph is coloured with as many colours as its largest overlap).
    SeatPlan plan;
    plan.from = from;
    plan.to = to;
    QList<Seated> seated;
    for (const Seated &s : std::as_const(all)) {
        QSet<int> busy;
        for (const Seated &earlier : std::as_const(seated))
            if (earlier.end > s.start)
                busy.insert(earlier.seat);
        int seat = s.seat >= 0 && s.seat < capacity && !busy.contains(s.seat) ? s.seat : 0;
        while (busy.contains(seat))
            ++seat;
        // Only where the chair already holds more than its capacity (one lowered
        // since, say): the slots checked for this appointment had room.
        if (seat >= capacity)
            return std::unexpected(Error::conflict(
                QCoreApplication::translate("sams::SqlBookingWriter",
                                            "This chair already has more appointments at %1 than the store's "
                                            "capacity of %2, so its seats cannot be rearranged; nothing was "
                                            "changed. Run samsctl check.")
                    .arg(QDateTime::fromSecsSinceEpoch(s.start, store.timeZone())
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    .arg(capacity)));
        seated.append({s.id, seat, s.start, s.end});
        if (s.seat < 0)
            plan.seat = seat;
        else if (seat != s.seat)
            plan.reseated.append({s.id, seat});
    }
    return plan;
}

Status SqlBookingWriter::startReseating(ChairId chair, const SeatPlan &plan)
{
    if (plan.reseated.isEmpty())
        return {};
    QSqlDatabase &db = m_database.connection();
    const QString what = QCoreApplication::translate("sams::SqlBookingWriter", "Rearranging seats");
    if (sql::isPostgreSql(db)) {
        // Checked again by finishReseating(), and by COMMIT in any case.
        if (auto ok = sql::exec(db, QStringLiteral("SET CONSTRAINTS public.appointments_no_overlap DEFERRED"), what);
            !ok)
            return ok;
    } else {
        // Migration 010: updates of seats alone inside this span wait for one check.
        sql::Statement open = sql::prepare(
            db, QStringLiteral("INSERT INTO reseating (chair_id, from_at, to_at) VALUES (:chair, :from, :to)"));
        if (!open)
            return std::unexpected(open.error());
        open->bindValue(QStringLiteral(":chair"), chair);
        open->bindValue(QStringLiteral(":from"), plan.from);
        open->bindValue(QStringLiteral(":to"), plan.to);
        if (auto ok = sql::exec(*open, what); !ok)
            return ok;
    }
    // Not a change anyone sees: no new version (an edit in progress elsewhere stays
    // valid) and no history row; the change log still tells listeners.
    sql::Statement update
        = sql::prepare(db,
                       QStringLiteral("UPDATE appointments SET seat = :seat WHERE id = :id AND chair_id = :chair "
                                      "AND status <> 'cancelled'"));
    if (!update)
        return std::unexpected(update.error());
    for (const auto &[id, seat] : plan.reseated) {
        update->bindValue(QStringLiteral(":seat"), seat);
        update->bindValue(QStringLiteral(":id"), id);
        update->bindValue(QStringLiteral(":chair"), chair);
        if (auto ok = sql::exec(*update, what); !ok)
            return ok;
        // Cancelled or moved by a plain SQL writer since it was read.
        if (update->numRowsAffected() != 1)
            return std::unexpected(
                Error::conflict(QCoreApplication::translate("sams::SqlBookingWriter", "That slot was just taken.")));
    }
    return {};
}

Status SqlBookingWriter::finishReseating(ChairId chair, const SeatPlan &plan)
{
    if (plan.reseated.isEmpty())
        return {};
    QSqlDatabase &db = m_database.connection();
    const QString what = QCoreApplication::translate("sams::SqlBookingWriter", "Rearranging seats");
    // Checked here rather than at COMMIT, where a refusal could not be told apart
    // from a lost connection as clearly.
    if (sql::isPostgreSql(db))
        return sql::exec(db, QStringLiteral("SET CONSTRAINTS public.appointments_no_overlap IMMEDIATE"), what);
    sql::Statement close = sql::prepare(db, QStringLiteral("DELETE FROM reseating WHERE chair_id = :chair"));
    if (!close)
        return std::unexpected(close.error());
    close->bindValue(QStringLiteral(":chair"), chair);
    return sql::exec(*close, what); // the reseating_done trigger checks the span
}

Error SqlBookingWriter::staleVersion(AppointmentId id, int expected, int actual)
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery last(db);
    // PostgreSQL job roles may not read history (customer details): a narrow function answers.
    last.prepare(sql::isPostgreSql(db)
                     ? QStringLiteral("SELECT actor, at, action FROM sams_last_change('appointment', :id)")
                     : QStringLiteral("SELECT actor, at, action FROM history WHERE entity = 'appointment' AND "
                                      "entity_id = :id ORDER BY id DESC LIMIT 1"));
    last.bindValue(QStringLiteral(":id"), id);
    QString what;
    if (last.exec() && last.next()) {
        const QString when = QDateTime::fromSecsSinceEpoch(last.value(1).toLongLong(), Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        what = QCoreApplication::translate("sams::SqlBookingWriter", " %1 %2 it at %3.")
                   .arg(last.value(0).toString(), pastTense(last.value(2).toString()), when);
    }
    return Error::conflict(
        QCoreApplication::translate("sams::SqlBookingWriter",
                                    "Appointment %1 is at version %2, not %3:%4 Reload it and try again.")
            .arg(id)
            .arg(actual)
            .arg(expected)
            .arg(what),
        Error::Reason::StaleVersion);
}

Result<Appointment> SqlBookingWriter::editable(const std::optional<Appointment> &current, AppointmentId id, int version)
{
    if (!current)
        return std::unexpected(
            Error{Error::Kind::Failed,
                  QCoreApplication::translate("sams::SqlBookingWriter", "There is no appointment %1.").arg(id),
                  Error::Reason::NotFound});
    if (current->version != version)
        return std::unexpected(staleVersion(id, version, current->version));
    if (!current->isActive())
        return std::unexpected(Error::rule(
            Error::Reason::NotEditable,
            QCoreApplication::translate("sams::SqlBookingWriter", "Appointment %1 is cancelled; it cannot be changed.")
                .arg(id)));
    return *current;
}

Result<Appointment> SqlBookingWriter::readEditable(AppointmentId id, int version)
{
    const Result<Appointment> current = SqlScheduleRepository(m_database).appointment(id);
    if (!current)
        return std::unexpected(current.error());
    return editable(*current, id, version);
}

Result<int> SqlBookingWriter::move(const Store &seen, AppointmentId id, ChairId chair, qint64 start, int version,
                                   int slotCount)
{
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Lock both chairs, read, write: three statements (docs/performance.md).
    if (auto ok = sql::lockForBooking(db, seen.id, chair, id); !ok)
        return std::unexpected(ok.error());
    const QDate day = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toTimeZone(seen.timeZone()).date();
    const Result<sql::SnapshotRead> read
        = sql::readSnapshot(db, seen, day, day, AppointmentDetail::Engine, {QString(), id});
    if (!read)
        return std::unexpected(read.error());
    const Store &store = read->snapshot.rules.store;
    if (auto ok = checkSameZone(seen, store); !ok)
        return std::unexpected(ok.error());
    // Read under the locks: what is moved is what the rules were checked for.
    const Result<Appointment> before = editable(read->appointment, id, version);
    if (!before)
        return std::unexpected(before.error());

    const StoreSchedule schedule(read->snapshot.rules, activeSpans(read->snapshot.appointments));
    BookingRequest request;
    request.chairId = chair;
    request.start = start;
    request.slotCount = slotCount > 0 ? slotCount : before->slotCount;
    request.replacing = id;
    const Result<SlotSpan> span = checkBooking(schedule, request, Clock::nowUtc().toSecsSinceEpoch());
    if (!span)
        return std::unexpected(span.error());
    const Result<SeatPlan> seats = planSeats(store, chair, *span, id, read->snapshot.appointments);
    if (!seats)
        return std::unexpected(seats.error());
    if (auto ok = startReseating(chair, *seats); !ok)
        return std::unexpected(ok.error());

    Appointment after = *before;
    after.chairId = chair;
    after.startsAt = span->startUtc();
    after.endsAt = span->endUtc();
    after.slotCount = request.slotCount;
    after.seat = seats->seat;
    after.overrideReason.clear();
    after.version = version + 1;
    if (auto ok = writeChange(QStringLiteral("move"), *before, after, QString()); !ok)
        return std::unexpected(ok.error());
    // Only a change of time is news to the customer; a chair swap at the same time is not.
    if (after.startsAt != before->startsAt || after.endsAt != before->endsAt) {
        if (auto ok = sql::queueAppointmentMessages(db, after, AppointmentEvent::Moved); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = finishReseating(chair, *seats); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return after.version;
}

Result<int> SqlBookingWriter::setStatus(const Store &seen, AppointmentId id, AppointmentStatus to, int version,
                                        const QString &reason)
{
    if (to == AppointmentStatus::Cancelled)
        return cancel(id, reason, version);
    if (const std::optional<QString> problem = controlCharacterProblem(reason, TextKind::FreeText))
        return std::unexpected(Error::usage(QStringLiteral("%1: %2").arg(
            QCoreApplication::translate("sams::SqlBookingWriter", "The reason"), *problem)));
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Reinstating takes its slots again: the same locks and check as a booking.
    // Other status changes hold no new slot and need only the row.
    SqlScheduleRepository repository(m_database);
    const Result<Appointment> current = repository.appointment(id);
    if (!current)
        return std::unexpected(current.error());
    const bool reinstating = !current->isActive();
    std::optional<sql::SnapshotRead> read;
    if (reinstating) {
        if (auto ok = sql::lockForBooking(db, seen.id, current->chairId); !ok)
            return std::unexpected(ok.error());
        const QDate day = current->startsAt.toTimeZone(seen.timeZone()).date();
        Result<sql::SnapshotRead> snapshot
            = sql::readSnapshot(db, seen, day, day, AppointmentDetail::Engine, {QString(), id});
        if (!snapshot)
            return std::unexpected(snapshot.error());
        read = std::move(*snapshot);
        if (auto ok = checkSameZone(seen, read->snapshot.rules.store); !ok)
            return std::unexpected(ok.error());
    }
    const std::optional<Appointment> &row = read ? read->appointment : std::optional<Appointment>(*current);
    if (!row)
        return std::unexpected(Error::failed(
            QCoreApplication::translate("sams::SqlBookingWriter", "There is no appointment %1.").arg(id)));
    if (row->version != version)
        return std::unexpected(staleVersion(id, version, row->version));
    if (!statusChangeAllowed(row->status, to))
        return std::unexpected(Error::rule(
            Error::Reason::NotEditable,
            QCoreApplication::translate("sams::SqlBookingWriter", "Appointment %1 is %2; it cannot become %3.")
                .arg(id)
                .arg(statusLabel(row->status), statusLabel(to))));
    Appointment after = *row;
    after.status = to;
    after.version = version + 1;
    std::optional<SeatPlan> seats;
    if (reinstating) {
        const StoreSchedule schedule(read->snapshot.rules, activeSpans(read->snapshot.appointments));
        BookingRequest request;
        request.chairId = row->chairId;
        request.start = row->startsAt.toSecsSinceEpoch();
        request.slotCount = row->slotCount;
        request.replacing = id;
        // Undoing a cancel may happen after the start: every rule but "past" holds.
        const qint64 now = std::min(Clock::nowUtc().toSecsSinceEpoch(), request.start);
        const Result<SlotSpan> span = checkBooking(schedule, request, now);
        if (!span)
            return std::unexpected(span.error());
        Result<SeatPlan> plan
            = planSeats(read->snapshot.rules.store, row->chairId, *span, id, read->snapshot.appointments);
        if (!plan)
            return std::unexpected(plan.error());
        seats = std::move(*plan);
        after.seat = seats->seat;
        if (auto ok = startReseating(row->chairId, *seats); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok
        = writeChange(reinstating ? QStringLiteral("reinstate") : QStringLiteral("status"), *row, after, reason);
        !ok)
        return std::unexpected(ok.error());
    if (reinstating) {
        // The customer heard of the cancel: they hear of the booking again.
        if (auto ok = sql::queueAppointmentMessages(db, after, AppointmentEvent::Booked); !ok)
            return std::unexpected(ok.error());
    }
    if (seats) {
        if (auto ok = finishReseating(row->chairId, *seats); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return after.version;
}

Result<int> SqlBookingWriter::cancel(AppointmentId id, const QString &reason, int version)
{
    if (auto ok = checkNameText(reason, QCoreApplication::translate("sams::SqlBookingWriter", "The reason")); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    const Result<Appointment> before = readEditable(id, version);
    if (!before)
        return std::unexpected(before.error());
    if (!cancelAllowed(before->status))
        return std::unexpected(Error::rule(
            Error::Reason::NotEditable,
            QCoreApplication::translate("sams::SqlBookingWriter",
                                        "Appointment %1 is %2: only a pending or confirmed appointment is cancelled.")
                .arg(id)
                .arg(statusLabel(before->status))));
    Appointment after = *before;
    after.status = AppointmentStatus::Cancelled;
    after.version = version + 1;
    if (auto ok = writeChange(QStringLiteral("cancel"), *before, after, reason); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sql::queueAppointmentMessages(db, after, AppointmentEvent::Cancelled); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return after.version;
}

Result<int> SqlBookingWriter::updateDetails(AppointmentId id, const Appointment &details, int version)
{
    if (auto ok = checkDetails(details, details.customerZip); !ok)
        return std::unexpected(ok.error());
    sql::Transaction transaction(m_database.connection());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    const Result<Appointment> before = readEditable(id, version);
    if (!before)
        return std::unexpected(before.error());
    Appointment after = *before;
    after.customerName = details.customerName.trimmed();
    after.customerPhone = details.customerPhone.trimmed();
    after.customerEmail = details.customerEmail.trimmed();
    after.customerZip = details.customerZip.trimmed();
    after.service = details.service.trimmed();
    after.notes = details.notes;
    after.internalNotes = details.internalNotes;
    after.version = version + 1;
    if (auto ok = writeChange(QStringLiteral("details"), *before, after, QString()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return after.version;
}

Status SqlBookingWriter::writeChange(const QString &action, const Appointment &before, const Appointment &after,
                                     const QString &reason)
{
    QSqlDatabase &db = m_database.connection();
    const bool server = sql::isPostgreSql(db);
    const bool move = action == QLatin1String("move");
    // Only a move or a reinstatement takes a seat; other status changes leave the
    // seat column alone, so its capacity trigger never refuses a cancel or a
    // check-in of a row an import left above a reduced capacity.
    const bool seats = move || action == QLatin1String("reinstate");
    const bool details = action == QLatin1String("details");
    // PostgreSQL: the update and its history in one call (migrations 013, 014, 016).
    QString statement;
    if (details)
        statement = server ? QStringLiteral("SELECT public.sams_update_appointment_details(:id, :version, :name, "
                                            ":phone, :email, :zip, :service, :notes, :internal, :before, :after)")
                           : QStringLiteral("UPDATE appointments SET customer_name = :name, customer_phone = :phone, "
                                            "customer_email = :email, customer_zip = :zip, service = :service, "
                                            "notes = :notes, internal_notes = :internal, version = version + 1 "
                                            "WHERE id = :id AND version = :version");
    else if (server)
        statement = move ? QStringLiteral("SELECT public.sams_reschedule_appointment(:id, :version, :chair, :start, "
                                          ":end, :slots, :seat, :before, :after)")
                         : QStringLiteral("SELECT public.sams_set_appointment_status(:id, :version, :status, :seat, "
                                          ":before, :after, :action, :reason)");
    else if (move)
        statement = QStringLiteral("UPDATE appointments SET chair_id = :chair, starts_at = :start, ends_at = :end, "
                                   "slot_count = :slots, seat = :seat, override_reason = '', version = version + 1 "
                                   "WHERE id = :id AND version = :version");
    else if (seats)
        statement = QStringLiteral("UPDATE appointments SET status = :status, seat = :seat, version = version + 1 "
                                   "WHERE id = :id AND version = :version");
    else
        statement = QStringLiteral("UPDATE appointments SET status = :status, version = version + 1 WHERE id = :id "
                                   "AND version = :version");
    sql::Statement update = sql::prepare(db, statement);
    if (!update)
        return std::unexpected(update.error());
    update->bindValue(QStringLiteral(":id"), before.id);
    update->bindValue(QStringLiteral(":version"), before.version);
    if (seats)
        update->bindValue(QStringLiteral(":seat"), after.seat);
    else if (server && !details)
        update->bindValue(QStringLiteral(":seat"), QVariant(QMetaType::fromType<int>())); // NULL: keep the seat
    if (details) {
        update->bindValue(QStringLiteral(":name"), after.customerName);
        update->bindValue(QStringLiteral(":phone"), sql::text(after.customerPhone));
        update->bindValue(QStringLiteral(":email"), sql::text(after.customerEmail));
        update->bindValue(QStringLiteral(":zip"), sql::text(after.customerZip));
        update->bindValue(QStringLiteral(":service"), sql::text(after.service));
        update->bindValue(QStringLiteral(":notes"), sql::text(after.notes));
        update->bindValue(QStringLiteral(":internal"), sql::text(after.internalNotes));
    } else if (move) {
        update->bindValue(QStringLiteral(":chair"), after.chairId);
        update->bindValue(QStringLiteral(":start"), after.startsAt.toSecsSinceEpoch());
        update->bindValue(QStringLiteral(":end"), after.endsAt.toSecsSinceEpoch());
        update->bindValue(QStringLiteral(":slots"), after.slotCount);
    } else {
        update->bindValue(QStringLiteral(":status"), statusName(after.status));
    }
    if (server) {
        update->bindValue(QStringLiteral(":before"), HistoryWriter::toText(HistoryWriter::toJson(before)));
        update->bindValue(QStringLiteral(":after"), HistoryWriter::toText(HistoryWriter::toJson(after)));
        if (!move && !details) {
            update->bindValue(QStringLiteral(":action"), action);
            update->bindValue(QStringLiteral(":reason"), sql::text(reason));
        }
    }
    const QString what = details ? QCoreApplication::translate("sams::SqlBookingWriter", "Changing the details")
        : move                   ? QCoreApplication::translate("sams::SqlBookingWriter", "Moving")
        : after.status == AppointmentStatus::Cancelled
        ? QCoreApplication::translate("sams::SqlBookingWriter", "Cancelling")
        : QCoreApplication::translate("sams::SqlBookingWriter", "Changing the status");
    if (auto ok = sql::exec(*update, what); !ok)
        return ok;
    const bool changed
        = server ? update->next() && update->value(0).toInt() == after.version : update->numRowsAffected() == 1;
    update->finish();
    if (!changed)
        return std::unexpected(staleVersion(before.id, before.version, before.version + 1));
    if (server)
        return {};
    HistoryWriter history(db, m_actor);
    return history.record(QStringLiteral("appointment"), before.id, action, HistoryWriter::toJson(before),
                          HistoryWriter::toJson(after), reason);
}

} // namespace sams
