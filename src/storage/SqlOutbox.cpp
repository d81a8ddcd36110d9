#include "storage/SqlOutbox.h"

#include "core/AppointmentMessages.h"
#include "storage/AppointmentRow.h"
#include "storage/Database.h"
#include "storage/LeasedRows.h"
#include "storage/NotifyRows.h"
#include "storage/RuleRows.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlValues.h"
#include "storage/WorkOrderRow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlOutbox)
};

const QString entryColumns = QStringLiteral(
    "id, dedup_key, store_id, kind, entity, entity_id, entity_version, channel, recipient, subject, body, "
    "state, attempts, next_attempt_at, last_error, created_at, sent_at, about_at");
constexpr int entryColumnCount = 18;
const sql::LeasedTable outboxLease{QStringLiteral("outbox"), QStringLiteral("sending"),
                                   QStringLiteral("'queued', 'retrying'")};
// The same columns of `outbox o`, for the reads that join the store.
const QString entryColumnsOfO
    = QString(entryColumns).replace(QRegularExpression(QStringLiteral("(^|, )")), QStringLiteral("\\1o."));

template<std::size_t N> QStringList stateNames(const OutboxState (&states)[N])
{
    QStringList names;
    for (OutboxState s : states)
        names.append(outboxStateName(s));
    return names;
}

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    OutboxMessage &m = e.message;
    m.dedupKey = q.value(1).toString();
    m.storeId = q.value(2).toLongLong();
    m.kind = q.value(3).toString();
    m.entity = q.value(4).toString();
    m.entityId = q.value(5).toLongLong();
    m.entityVersion = q.value(6).toInt();
    m.channel = q.value(7).toString();
    m.recipient = q.value(8).toString();
    m.subject = q.value(9).toString();
    m.body = q.value(10).toString();
    e.state = parseOutboxState(q.value(11).toString()).value_or(OutboxState::Queued);
    e.attempts = q.value(12).toInt();
    e.nextAttemptAt = q.value(13).toLongLong();
    e.lastError = q.value(14).toString();
    e.createdAt = q.value(15).toLongLong();
    e.sentAt = q.value(16).toLongLong();
    m.aboutAt = q.value(17).toLongLong();
    if (m.kind == appointmentReminderKind)
        m.notBefore = e.nextAttemptAt;
    if (q.record().count() > entryColumnCount)
        e.storeCode = q.value(entryColumnCount).toString();
    return e;
}

// The channels a worker delivers, as SQL literals (from a fixed list, never user text).
Result<QString> channelList(const QStringList &channels)
{
    static const QStringList known{QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("desktop")};
    QStringList quoted;
    for (const QString &c : channels) {
        if (!known.contains(c))
            return std::unexpected(Error::usage(Text::tr("There is no delivery channel \"%1\".").arg(c)));
        quoted.append(QLatin1Char('\'') + c + QLatin1Char('\''));
    }
    return quoted.join(QStringLiteral(", "));
}

Result<bool> exists(QSqlDatabase &db, const QString &statement, const QVariantMap &values, const QString &what)
{
    auto q = sql::run(db, statement, values, what);
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}
} // namespace

SqlOutbox::SqlOutbox(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor)
{ }

Result<int> SqlOutbox::recoverExpired(qint64 now)
{
    // Never handed over: nothing went. E-mail may go twice (the same Message-ID
    // lets mail systems drop the copy); an SMS gateway would send a second text,
    // so a person decides. The route is the channel the attempt really used.
    auto q = sql::run(
        m_database.connection(),
        QStringLiteral("UPDATE outbox SET state = CASE WHEN handed_at IS NULL OR COALESCE(NULLIF(route, ''), "
                       "channel) = 'email' THEN 'retrying' ELSE 'unknown' END, next_attempt_at = CASE WHEN "
                       "handed_at IS NULL OR COALESCE(NULLIF(route, ''), channel) = 'email' THEN :now ELSE "
                       "next_attempt_at END, last_error = CASE WHEN handed_at IS NULL THEN :untried WHEN "
                       "COALESCE(NULLIF(route, ''), channel) = 'email' THEN :again ELSE :unknown END, claim_token = "
                       "'', lease_until = NULL WHERE state = 'sending' AND lease_until < :now RETURNING id"),
        {{QStringLiteral("now"), now},
         {QStringLiteral("untried"), Text::tr("The sender stopped before sending it; it is tried again.")},
         {QStringLiteral("again"),
          Text::tr("The sender stopped in the middle of sending it; it is sent again under the same Message-ID.")},
         {QStringLiteral("unknown"),
          Text::tr("The sender stopped in the middle of sending it: it may have gone. Ask the customer, then "
                   "retry or cancel it.")}},
        Text::tr("Recovering interrupted messages"));
    if (!q)
        return std::unexpected(q.error());
    int count = 0;
    while (q->next())
        ++count;
    return count;
}

Result<QList<ClaimedMessage>> SqlOutbox::claim(const QStringList &channels, int limit, qint64 now, int leaseSeconds)
{
    const Result<QString> list = channelList(channels);
    if (!list)
        return std::unexpected(list.error());
    return sql::claimRows<ClaimedMessage>(
        m_database.connection(), outboxLease, QStringLiteral("channel IN (%1)").arg(*list),
        QStringLiteral("handed_at = NULL, route = ''"), entryColumns, limit, now, leaseSeconds,
        QUuid::createUuid().toString(QUuid::WithoutBraces), Text::tr("Claiming messages to send"),
        [](const QSqlQuery &q, const QString &token) {
            return ClaimedMessage{entryFrom(q), token};
        },
        [](const ClaimedMessage &c) { return c.entry.id; });
}

Result<MessageSubject> SqlOutbox::subject(const OutboxEntry &entry)
{
    QSqlDatabase &db = m_database.connection();
    MessageSubject s;
    const OutboxMessage &m = entry.message;
    const QVariantMap about{{QStringLiteral("entity"), m.entity},
                            {QStringLiteral("entity_id"), m.entityId},
                            {QStringLiteral("me"), entry.id}};
    if (m.entity == QLatin1String("appointment")) {
        auto q = sql::run(db,
                          QStringLiteral("SELECT %1, c.name FROM appointments a JOIN chairs c ON c.id = a.chair_id "
                                         "WHERE a.id = :id")
                              .arg(sql::appointmentColumns().join(QStringLiteral(", "))),
                          {{QStringLiteral("id"), m.entityId}}, Text::tr("Reading a message's appointment"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            const int count = int(sql::appointmentColumns().size());
            s.appointment = sql::appointmentFrom([&](int i) { return q->value(i); }, count);
            s.chairName = q->value(count).toString();
        }
    } else if (m.entity == QLatin1String("work_order")) {
        auto q = sql::run(db, QStringLiteral("SELECT %1 FROM work_orders WHERE id = :id").arg(sql::workOrderColumns()),
                          {{QStringLiteral("id"), m.entityId}}, Text::tr("Reading a message's work order"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next())
            s.order = sql::workOrderFrom(*q);
    }
    if (m.storeId) {
        Result<Store> store = SqlScheduleRepository(m_database).store(m.storeId);
        if (!store)
            return std::unexpected(store.error());
        s.store = std::move(*store);
        Result<StoreNotify> notify = sql::readStoreNotify(db, m.storeId);
        if (!notify)
            return std::unexpected(notify.error());
        s.storeNotify = *notify;
    }
    if (!m.entity.isEmpty() && m.entityId) {
        const Result<bool> later = exists(
            db,
            QStringLiteral("SELECT 1 FROM outbox WHERE entity = :entity AND entity_id = :entity_id AND id > :me "
                           "AND kind <> 'appointment_reminder' AND state <> 'cancelled'"),
            about, Text::tr("Looking for later messages"));
        if (!later)
            return std::unexpected(later.error());
        s.laterMessage = *later;
        const Result<bool> earlier
            = exists(db,
                     QStringLiteral("SELECT 1 FROM outbox WHERE entity = :entity AND entity_id = :entity_id AND "
                                    "id < :me AND state IN ('sent', 'sending', 'unknown')"),
                     about, Text::tr("Looking for earlier messages"));
        if (!earlier)
            return std::unexpected(earlier.error());
        s.earlierSent = *earlier;
    }
    // The recipient's own choice first, then the one made under the customer's other contact.
    QStringList contacts{m.recipient};
    const QString email = s.appointment ? s.appointment->customerEmail : s.order ? s.order->customerEmail : QString();
    const QString phone = s.appointment ? s.appointment->customerPhone : s.order ? s.order->customerPhone : QString();
    for (const QString &other : {email, phone}) {
        if (!other.isEmpty() && !contacts.contains(other))
            contacts.append(other);
    }
    for (const QString &contact : std::as_const(contacts)) {
        Result<std::optional<ContactChoice>> choice = sql::readContactChoice(db, contact);
        if (!choice)
            return std::unexpected(choice.error());
        if (*choice) {
            s.choice = *choice;
            break;
        }
    }
    return s;
}

Result<bool> SqlOutbox::handOver(qint64 id, const QString &token, const QString &route, qint64 now, int leaseSeconds)
{
    return sql::renewLease(m_database.connection(), outboxLease, id, token, now + leaseSeconds,
                           QStringLiteral("handed_at = :now, route = :route"),
                           {{QStringLiteral("now"), now}, {QStringLiteral("route"), route}},
                           Text::tr("Handing a message over"));
}

Result<bool> SqlOutbox::finish(qint64 id, const QString &token, const DeliveryEnd &end, qint64 now)
{
    return sql::endLeased(
        m_database.connection(), outboxLease, id, token,
        QStringLiteral("state = :state, last_error = :error, next_attempt_at = COALESCE(:next, next_attempt_at), "
                       "subject = CASE WHEN :subject = '' THEN subject ELSE :subject END, body = CASE WHEN :body = '' "
                       "THEN body ELSE :body END, sent_at = :sent"),
        {{QStringLiteral("state"), outboxStateName(end.state)},
         {QStringLiteral("error"), sql::text(end.error)},
         {QStringLiteral("next"), end.nextAttemptAt ? QVariant(end.nextAttemptAt) : QVariant()},
         {QStringLiteral("subject"), sql::text(end.subject)},
         {QStringLiteral("body"), sql::text(end.body)},
         {QStringLiteral("sent"), end.state == OutboxState::Sent ? QVariant(now) : QVariant()}},
        Text::tr("Recording how a message went"));
}

Result<QList<OutboxEntry>> SqlOutbox::list(const OutboxFilter &filter)
{
    QStringList where;
    QVariantMap values{{QStringLiteral("limit"), filter.limit}};
    if (filter.state) {
        where.append(QStringLiteral("o.state = :state"));
        values.insert(QStringLiteral("state"), outboxStateName(*filter.state));
    }
    if (filter.store) {
        where.append(QStringLiteral("o.store_id = :store"));
        values.insert(QStringLiteral("store"), filter.store);
    }
    if (!filter.kind.isEmpty()) {
        where.append(QStringLiteral("o.kind = :kind"));
        values.insert(QStringLiteral("kind"), filter.kind);
    }
    if (!filter.entity.isEmpty()) {
        where.append(QStringLiteral("o.entity = :entity AND o.entity_id = :entity_id"));
        values.insert(QStringLiteral("entity"), filter.entity);
        values.insert(QStringLiteral("entity_id"), filter.entityId);
    }
    auto q = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT %1, s.code FROM outbox o LEFT JOIN stores s ON s.id = o.store_id %2 "
                       "ORDER BY o.id DESC LIMIT :limit")
            .arg(entryColumnsOfO,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        values, Text::tr("Reading the outbox"));
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxEntry> entries;
    while (q->next())
        entries.append(entryFrom(*q));
    return entries;
}

Result<OutboxEntry> SqlOutbox::entry(qint64 id)
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT %1, s.code FROM outbox o LEFT JOIN stores s ON s.id = o.store_id WHERE "
                                     "o.id = :id")
                          .arg(entryColumnsOfO),
                      {{QStringLiteral("id"), id}}, Text::tr("Reading a message"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::unexpected(Error{Error::Kind::Usage, Text::tr("There is no message %1 in the outbox.").arg(id),
                                     Error::Reason::NotFound});
    return entryFrom(*q);
}

Result<int> SqlOutbox::attentionCount()
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('dead', 'unknown')"), {},
                      Text::tr("Counting failed messages"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Status SqlOutbox::decide(qint64 id, const QStringList &from, const QString &set, const QVariantMap &values)
{
    QVariantMap all = values;
    all.insert(QStringLiteral("id"), id);
    QStringList quoted;
    for (const QString &state : from)
        quoted.append(QLatin1Char('\'') + state + QLatin1Char('\''));
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("UPDATE outbox SET %1 WHERE id = :id AND state IN (%2) RETURNING id")
                          .arg(set, quoted.join(QStringLiteral(", "))),
                      all, Text::tr("Changing a message"));
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return {};
    const Result<OutboxEntry> now = entry(id);
    if (!now)
        return std::unexpected(now.error());
    return std::unexpected(Error::conflict(
        Text::tr("Message %1 is %2; that cannot be done to it.").arg(id).arg(outboxStateLabel(now->state).toLower()),
        Error::Reason::NotEditable));
}

Status SqlOutbox::retry(qint64 id, qint64 now)
{
    return decide(id, stateNames(retryableStates),
                  QStringLiteral("state = 'queued', attempts = 0, next_attempt_at = :now, last_error = :why"),
                  {{QStringLiteral("now"), now}, {QStringLiteral("why"), Text::tr("Sent again by %1").arg(m_actor)}});
}

Status SqlOutbox::cancel(qint64 id)
{
    return decide(id, stateNames(cancellableStates), QStringLiteral("state = 'cancelled', last_error = :why"),
                  {{QStringLiteral("why"), Text::tr("Cancelled by %1").arg(m_actor)}});
}

} // namespace sams
