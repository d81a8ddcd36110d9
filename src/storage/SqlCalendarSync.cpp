#include "storage/SqlCalendarSync.h"

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
#include <QUuid>

#include <algorithm>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlCalendarSync)
};

const sql::LeasedTable syncLease{QStringLiteral("calendar_events"), QStringLiteral("pushing"),
                                 QStringLiteral("'pending', 'retrying'")};
const QString entryColumns = QStringLiteral(
    "e.id, e.account_id, e.entity, e.entity_id, e.store_id, e.generation, e.wanted_version, e.pushed_version, "
    "e.present, e.remote_id, e.etag, e.state, e.attempts, e.next_attempt_at, e.last_error, e.pushed_at, e.handed_at, "
    "e.claimed_version");
constexpr int entryColumnCount = 18;
// What the sync view shows of a row, read by briefFrom().
const QString briefColumns
    = QStringLiteral("e.id, e.account_id, e.entity, e.entity_id, e.store_id, e.state, e.attempts, e.next_attempt_at, "
                     "e.last_error");
constexpr int briefColumnCount = 9;
// The claim's RETURNING has no joins: the same columns of the one table.
const QString claimColumns = QString(entryColumns).remove(QStringLiteral("e."));
const QString accountColumns = QStringLiteral(
    "id, user_login, provider, account_url, login, calendar_ref, label, audience, kinds, state, last_error, seen_at, "
    "created_at");
// How many days back a new account's rows start (docs/calendar-sync.md, "What is pushed").
constexpr qint64 backfillSeconds = qint64(7) * 24 * 3600;

SyncEntry entryFrom(const QSqlQuery &q)
{
    SyncEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.entity = q.value(2).toString();
    e.entityId = q.value(3).toLongLong();
    e.storeId = q.value(4).toLongLong();
    e.generation = q.value(5).toInt();
    e.wantedVersion = q.value(6).toInt();
    e.pushedVersion = q.value(7).toInt();
    e.present = q.value(8).toInt() != 0;
    e.remoteId = q.value(9).toString();
    e.etag = q.value(10).toString();
    e.state = parseSyncState(q.value(11).toString()).value_or(SyncState::Pending);
    e.attempts = q.value(12).toInt();
    e.nextAttemptAt = q.value(13).toLongLong();
    e.lastError = q.value(14).toString();
    e.pushedAt = q.value(15).toLongLong();
    e.handedOver = !q.value(16).isNull();
    e.claimedVersion = q.value(17).toInt();
    return e;
}

SyncEntry briefFrom(const QSqlQuery &q)
{
    SyncEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.entity = q.value(2).toString();
    e.entityId = q.value(3).toLongLong();
    e.storeId = q.value(4).toLongLong();
    e.state = parseSyncState(q.value(5).toString()).value_or(SyncState::Pending);
    e.attempts = q.value(6).toInt();
    e.nextAttemptAt = q.value(7).toLongLong();
    e.lastError = q.value(8).toString();
    return e;
}

QString kindsText(const CalendarAccount &a)
{
    if (a.appointments && a.orders)
        return QStringLiteral("appointments,orders");
    return a.orders ? QStringLiteral("orders") : QStringLiteral("appointments");
}

CalendarAccount accountFrom(const QSqlQuery &q)
{
    CalendarAccount a;
    a.id = q.value(0).toLongLong();
    a.userLogin = q.value(1).toString();
    a.provider = parseCalendarProvider(q.value(2).toString()).value_or(CalendarProvider::CalDav);
    a.accountUrl = q.value(3).toString();
    a.login = q.value(4).toString();
    a.calendarRef = q.value(5).toString();
    a.label = q.value(6).toString();
    a.audience
        = q.value(7).toString() == QLatin1String("manager") ? CalendarAudience::Manager : CalendarAudience::Staff;
    const QString kinds = q.value(8).toString();
    a.appointments = kinds.contains(QLatin1String("appointments"));
    a.orders = kinds.contains(QLatin1String("orders"));
    a.state = parseCalendarAccountState(q.value(9).toString()).value_or(CalendarAccountState::Active);
    a.lastError = q.value(10).toString();
    a.seenAt = q.value(11).toLongLong();
    a.createdAt = q.value(12).toLongLong();
    return a;
}

Status check(const CalendarAccount &a)
{
    if (a.userLogin.trimmed().isEmpty())
        return std::unexpected(Error::rule(Text::tr("A calendar account needs the SAMS user it belongs to.")));
    if (!a.appointments && !a.orders)
        return std::unexpected(Error::rule(Text::tr("A calendar account must follow appointments, orders or both.")));
    if (a.provider == CalendarProvider::CalDav && a.accountUrl.trimmed().isEmpty())
        return std::unexpected(Error::rule(Text::tr("A CalDAV account needs its server's address.")));
    return {};
}

Status done(sql::Statement q)
{
    if (!q)
        return std::unexpected(q.error());
    return {};
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QStringLiteral(", "));
}
} // namespace

SqlCalendarSync::SqlCalendarSync(Database &database)
    : m_database(database)
{ }

Result<QList<CalendarAccount>> SqlCalendarSync::readAccounts(const QString &where, const QVariantMap &values)
{
    QSqlDatabase &db = m_database.connection();
    QList<CalendarAccount> out;
    {
        auto q
            = sql::run(db, QStringLiteral("SELECT %1 FROM calendar_accounts %2 ORDER BY id").arg(accountColumns, where),
                       values, Text::tr("Reading calendar accounts"));
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            out.append(accountFrom(*q));
    }
    if (out.isEmpty())
        return out;
    auto q = sql::run(db, QStringLiteral("SELECT account_id, store_id FROM calendar_account_stores ORDER BY store_id"),
                      {}, Text::tr("Reading calendar accounts' stores"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const qint64 account = q->value(0).toLongLong();
        for (CalendarAccount &a : out) {
            if (a.id == account)
                a.stores.append(q->value(1).toLongLong());
        }
    }
    return out;
}

Result<QList<CalendarAccount>> SqlCalendarSync::accounts()
{
    return readAccounts({}, {});
}

Result<CalendarAccount> SqlCalendarSync::account(qint64 id)
{
    Result<QList<CalendarAccount>> found = readAccounts(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::unexpected(
            Error::rule(Error::Reason::NotFound, Text::tr("There is no calendar account %1.").arg(id)));
    return found->first();
}

Status SqlCalendarSync::addFollowed(const CalendarAccount &a, qint64 now)
{
    QSqlDatabase &db = m_database.connection();
    const QVariantMap values{{QStringLiteral("account"), a.id}, {QStringLiteral("from"), now - backfillSeconds}};
    if (a.appointments) {
        if (auto ok = done(sql::run(
                db,
                QStringLiteral("INSERT INTO calendar_events (account_id, entity, entity_id, store_id) SELECT "
                               ":account, 'appointment', a.id, c.store_id FROM appointments a JOIN chairs c ON c.id "
                               "= a.chair_id JOIN calendar_account_stores s ON s.store_id = c.store_id AND "
                               "s.account_id = :account WHERE a.status <> 'cancelled' AND a.ends_at >= :from ON "
                               "CONFLICT (account_id, entity, entity_id) DO NOTHING"),
                values, Text::tr("Adding the appointments a calendar follows")));
            !ok)
            return ok;
    }
    if (a.orders) {
        QVariantMap dated = values;
        dated.insert(QStringLiteral("from"),
                     QDateTime::fromSecsSinceEpoch(now - backfillSeconds, QTimeZone::utc()).date());
        if (auto ok = done(sql::run(
                db,
                QStringLiteral("INSERT INTO calendar_events (account_id, entity, entity_id, store_id) SELECT "
                               ":account, 'work_order', w.id, w.store_id FROM work_orders w JOIN "
                               "calendar_account_stores s ON s.store_id = w.store_id AND s.account_id = :account "
                               "WHERE w.status <> 'cancelled' AND w.due_date IS NOT NULL AND w.due_date >= :from ON "
                               "CONFLICT (account_id, entity, entity_id) DO NOTHING"),
                dated, Text::tr("Adding the work orders a calendar follows")));
            !ok)
            return ok;
    }
    return {};
}

Result<qint64> SqlCalendarSync::addAccount(const CalendarAccount &account, qint64 now)
{
    CalendarAccount a = account;
    if (a.userLogin.trimmed().isEmpty())
        a.userLogin = m_database.actor();
    if (auto ok = check(a); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    {
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO calendar_accounts (user_login, provider, account_url, login, calendar_ref, "
                           "label, audience, kinds, created_at) VALUES (:user, :provider, :url, :login, :calendar, "
                           ":label, :audience, :kinds, :now) RETURNING id"),
            {{QStringLiteral("user"), a.userLogin.trimmed()},
             {QStringLiteral("provider"), calendarProviderName(a.provider)},
             {QStringLiteral("url"), sql::text(a.accountUrl.trimmed())},
             {QStringLiteral("login"), sql::text(a.login.trimmed())},
             {QStringLiteral("calendar"), sql::text(a.calendarRef)},
             {QStringLiteral("label"), sql::text(a.label.trimmed())},
             {QStringLiteral("audience"),
              a.audience == CalendarAudience::Manager ? QStringLiteral("manager") : QStringLiteral("staff")},
             {QStringLiteral("kinds"), kindsText(a)},
             {QStringLiteral("now"), now}},
            Text::tr("Adding a calendar account"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return std::unexpected(Error::failed(Text::tr("The database did not return the new account's id.")));
        a.id = q->value(0).toLongLong();
    }
    for (StoreId store : std::as_const(a.stores)) {
        if (auto ok = done(sql::run(db,
                                    QStringLiteral("INSERT INTO calendar_account_stores (account_id, store_id) "
                                                   "VALUES (:account, :store)"),
                                    {{QStringLiteral("account"), a.id}, {QStringLiteral("store"), store}},
                                    Text::tr("Choosing a calendar's stores")));
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = addFollowed(a, now); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return a.id;
}

Status SqlCalendarSync::updateAccount(const CalendarAccount &a, qint64 now)
{
    if (auto ok = check(a); !ok)
        return ok;
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    {
        auto q
            = sql::run(db,
                       QStringLiteral("UPDATE calendar_accounts SET label = :label, audience = :audience, kinds = "
                                      ":kinds, calendar_ref = :calendar, account_url = :url, login = :login WHERE "
                                      "id = :id RETURNING id"),
                       {{QStringLiteral("label"), sql::text(a.label.trimmed())},
                        {QStringLiteral("audience"),
                         a.audience == CalendarAudience::Manager ? QStringLiteral("manager") : QStringLiteral("staff")},
                        {QStringLiteral("kinds"), kindsText(a)},
                        {QStringLiteral("calendar"), sql::text(a.calendarRef)},
                        {QStringLiteral("url"), sql::text(a.accountUrl.trimmed())},
                        {QStringLiteral("login"), sql::text(a.login.trimmed())},
                        {QStringLiteral("id"), a.id}},
                       Text::tr("Saving a calendar account"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return std::unexpected(
                Error::rule(Error::Reason::NotFound, Text::tr("There is no calendar account %1.").arg(a.id)));
    }
    const QVariantMap account{{QStringLiteral("account"), a.id}};
    if (auto ok = done(sql::run(db, QStringLiteral("DELETE FROM calendar_account_stores WHERE account_id = :account"),
                                account, Text::tr("Choosing a calendar's stores")));
        !ok)
        return ok;
    for (StoreId store : a.stores) {
        if (auto ok = done(sql::run(db,
                                    QStringLiteral("INSERT INTO calendar_account_stores (account_id, store_id) "
                                                   "VALUES (:account, :store)"),
                                    {{QStringLiteral("account"), a.id}, {QStringLiteral("store"), store}},
                                    Text::tr("Choosing a calendar's stores")));
            !ok)
            return ok;
    }
    // Every row is looked at again: the worker removes the events of what the
    // account no longer follows and rewrites the rest (the audience may have changed).
    if (auto ok = done(sql::run(db,
                                QStringLiteral("UPDATE calendar_events SET wanted_version = wanted_version + 1, state "
                                               "= CASE WHEN state IN ('synced', 'dead') THEN 'pending' ELSE state "
                                               "END WHERE account_id = :account"),
                                account, Text::tr("Saving a calendar account")));
        !ok)
        return ok;
    if (auto ok = addFollowed(a, now); !ok)
        return ok;
    return transaction.commit();
}

Status SqlCalendarSync::removeAccount(qint64 id)
{
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    // Explicit deletes: SQLite connections may run without foreign keys' cascades.
    for (const QString &table : {QStringLiteral("calendar_events"), QStringLiteral("calendar_account_stores")}) {
        if (auto ok = done(sql::run(db, QStringLiteral("DELETE FROM %1 WHERE account_id = :id").arg(table),
                                    {{QStringLiteral("id"), id}}, Text::tr("Removing a calendar account")));
            !ok)
            return ok;
    }
    {
        // Scoped: SQLite cannot commit while a RETURNING statement is open.
        auto q = sql::run(db, QStringLiteral("DELETE FROM calendar_accounts WHERE id = :id RETURNING id"),
                          {{QStringLiteral("id"), id}}, Text::tr("Removing a calendar account"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return std::unexpected(
                Error::rule(Error::Reason::NotFound, Text::tr("There is no calendar account %1.").arg(id)));
    }
    return transaction.commit();
}

Status SqlCalendarSync::setAccountState(qint64 id, CalendarAccountState state, const QString &error)
{
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    const QVariantMap values{{QStringLiteral("id"), id},
                             {QStringLiteral("state"), calendarAccountStateName(state)},
                             {QStringLiteral("error"), sql::text(error)}};
    if (auto ok = done(sql::run(db,
                                QStringLiteral("UPDATE calendar_accounts SET state = :state, last_error = :error "
                                               "WHERE id = :id"),
                                values, Text::tr("Saving a calendar account's state")));
        !ok)
        return ok;
    const QString rows = state == CalendarAccountState::NeedsSignIn
        ? QStringLiteral("UPDATE calendar_events SET state = 'needs_signin', last_error = :error WHERE account_id = "
                         ":id AND state IN ('pending', 'retrying')")
        : QStringLiteral("UPDATE calendar_events SET state = 'pending', attempts = 0, next_attempt_at = NULL, "
                         "last_error = '' WHERE account_id = :id AND state = 'needs_signin'");
    if (auto ok = done(sql::run(db, rows, values, Text::tr("Saving a calendar account's state"))); !ok)
        return ok;
    return transaction.commit();
}

Status SqlCalendarSync::touchAccount(qint64 id, qint64 now)
{
    return done(
        sql::run(m_database.connection(), QStringLiteral("UPDATE calendar_accounts SET seen_at = :now WHERE id = :id"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("now"), now}}, Text::tr("Noting a calendar's desktop")));
}

Result<int> SqlCalendarSync::recoverExpired(qint64 now)
{
    // Rows that ended "needs sign-in" after their account was signed in again
    // (a pass in flight meanwhile) follow the account.
    if (auto ok = done(sql::run(m_database.connection(),
                                QStringLiteral("UPDATE calendar_events SET state = 'pending', attempts = 0, "
                                               "next_attempt_at = NULL WHERE state = 'needs_signin' AND account_id IN "
                                               "(SELECT id FROM calendar_accounts WHERE state = 'active')"),
                                {}, Text::tr("Recovering interrupted calendar pushes")));
        !ok)
        return std::unexpected(ok.error());
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("UPDATE calendar_events SET state = 'retrying', next_attempt_at = :now, "
                                     "last_error = :error, claim_token = '', lease_until = NULL WHERE state = "
                                     "'pushing' AND lease_until < :now RETURNING id"),
                      {{QStringLiteral("now"), now},
                       {QStringLiteral("error"), Text::tr("The push was interrupted; it is tried again.")}},
                      Text::tr("Recovering interrupted calendar pushes"));
    if (!q)
        return std::unexpected(q.error());
    int count = 0;
    while (q->next())
        ++count;
    return count;
}

Result<QList<ClaimedSync>> SqlCalendarSync::claim(const QList<qint64> &accounts, int limit, qint64 now,
                                                  int leaseSeconds)
{
    QList<ClaimedSync> claimed;
    if (accounts.isEmpty())
        return claimed;
    return sql::claimRows<ClaimedSync>(
        m_database.connection(), syncLease, QStringLiteral("account_id IN (%1)").arg(idList(accounts)),
        QStringLiteral("claimed_version = wanted_version"), claimColumns, limit, now, leaseSeconds,
        QUuid::createUuid().toString(QUuid::WithoutBraces), Text::tr("Claiming calendar events to push"),
        [](const QSqlQuery &q, const QString &token) {
            return ClaimedSync{entryFrom(q), token};
        },
        [](const ClaimedSync &c) { return c.entry.id; });
}

Result<SyncSubject> SqlCalendarSync::subject(const SyncEntry &entry)
{
    QSqlDatabase &db = m_database.connection();
    SyncSubject s;
    Result<CalendarAccount> account = this->account(entry.accountId);
    if (!account)
        return std::unexpected(account.error());
    s.account = std::move(*account);
    {
        auto q = sql::run(db, QStringLiteral("SELECT value FROM notify_settings WHERE name = 'installation'"), {},
                          Text::tr("Reading this installation's id"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next())
            s.installation = q->value(0).toString();
    }
    StoreId store = entry.storeId;
    if (entry.entity == QLatin1String("appointment")) {
        auto q = sql::run(db,
                          QStringLiteral("SELECT %1, c.name, c.store_id FROM appointments a JOIN chairs c ON c.id = "
                                         "a.chair_id WHERE a.id = :id")
                              .arg(sql::appointmentColumns().join(QStringLiteral(", "))),
                          {{QStringLiteral("id"), entry.entityId}}, Text::tr("Reading a calendar event's appointment"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            const int count = int(sql::appointmentColumns().size());
            s.appointment = sql::appointmentFrom([&](int i) { return q->value(i); }, count);
            s.chairName = q->value(count).toString();
            store = q->value(count + 1).toLongLong();
        }
    } else {
        auto q = sql::run(db, QStringLiteral("SELECT %1 FROM work_orders WHERE id = :id").arg(sql::workOrderColumns()),
                          {{QStringLiteral("id"), entry.entityId}}, Text::tr("Reading a calendar event's work order"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            s.order = sql::workOrderFrom(*q);
            store = s.order->storeId;
        }
    }
    if (store) {
        // A store the account's owner may no longer see (PostgreSQL's row-level
        // security hides it): its records are not wanted in the calendar any
        // more, and their events go.
        auto visible = sql::run(db, QStringLiteral("SELECT 1 FROM stores WHERE id = :id"),
                                {{QStringLiteral("id"), store}}, Text::tr("Reading a calendar event's store"));
        if (!visible)
            return std::unexpected(visible.error());
        if (!visible->next())
            return s;
        Result<Store> found = SqlScheduleRepository(m_database).store(store);
        if (!found)
            return std::unexpected(found.error());
        s.store = std::move(*found);
        Result<StoreNotify> notify = sql::readStoreNotify(db, store);
        if (!notify)
            return std::unexpected(notify.error());
        s.phonesAllowed = notify->calendarPhones;
    }
    return s;
}

Result<bool> SqlCalendarSync::handOver(qint64 id, const QString &token, qint64 now, int leaseSeconds)
{
    return sql::renewLease(m_database.connection(), syncLease, id, token, now + leaseSeconds,
                           QStringLiteral("handed_at = :now"), {{QStringLiteral("now"), now}},
                           Text::tr("Pushing a calendar event"));
}

Result<bool> SqlCalendarSync::finish(qint64 id, const QString &token, const SyncEnd &end, qint64 now)
{
    const bool synced = end.state == SyncState::Synced;
    // A change that came during the push makes the row pending again at once
    // after a success or a give-up (a failure that may pass keeps its backoff).
    return sql::endLeased(
        m_database.connection(), syncLease, id, token,
        QStringLiteral("state = CASE WHEN wanted_version > claimed_version AND (:synced = 1 OR :state = 'dead') "
                       "THEN 'pending' ELSE :state END, pushed_version = CASE WHEN :synced = 1 THEN claimed_version "
                       "ELSE pushed_version END, attempts = CASE WHEN :synced = 1 OR (:state = 'dead' AND "
                       "wanted_version > claimed_version) THEN 0 ELSE attempts END, present = :present, "
                       "remote_id = :remote, etag = :etag, generation = :generation, last_error = :error, "
                       "next_attempt_at = :next, handed_at = CASE WHEN :handed = 1 THEN handed_at ELSE NULL END, "
                       "pushed_at = CASE WHEN :synced = 1 THEN :now ELSE pushed_at END"),
        {{QStringLiteral("synced"), synced ? 1 : 0},
         {QStringLiteral("state"), syncStateName(end.state)},
         {QStringLiteral("present"), end.present ? 1 : 0},
         {QStringLiteral("remote"), sql::text(end.remoteId)},
         {QStringLiteral("etag"), sql::text(end.etag)},
         {QStringLiteral("generation"), end.generation},
         {QStringLiteral("error"), sql::text(end.error)},
         {QStringLiteral("next"), end.nextAttemptAt ? QVariant(end.nextAttemptAt) : QVariant()},
         {QStringLiteral("handed"), end.handedOver ? 1 : 0},
         {QStringLiteral("now"), now}},
        Text::tr("Recording how a calendar push went"));
}

Result<QList<SyncEntry>> SqlCalendarSync::list(const SyncFilter &filter)
{
    QStringList where;
    QVariantMap values{{QStringLiteral("limit"), filter.limit}};
    if (filter.accountId) {
        where.append(QStringLiteral("e.account_id = :account"));
        values.insert(QStringLiteral("account"), filter.accountId);
    }
    if (filter.state) {
        where.append(QStringLiteral("e.state = :state"));
        values.insert(QStringLiteral("state"), syncStateName(*filter.state));
    }
    if (filter.attentionOnly)
        where.append(QStringLiteral("e.state IN ('needs_signin', 'dead')"));
    if (!filter.entity.isEmpty()) {
        where.append(QStringLiteral("e.entity = :entity AND e.entity_id = :entity_id"));
        values.insert(QStringLiteral("entity"), filter.entity);
        values.insert(QStringLiteral("entity_id"), filter.entityId);
    }
    // The few stores' codes and accounts' labels from maps, not per row.
    QHash<qint64, QString> codes;
    QHash<qint64, std::pair<QString, QString>> labels;
    {
        auto q = sql::run(m_database.connection(), QStringLiteral("SELECT id, code FROM stores"), {},
                          Text::tr("Reading calendar sync"));
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            codes.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    {
        auto q
            = sql::run(m_database.connection(), QStringLiteral("SELECT id, label, user_login FROM calendar_accounts"),
                       {}, Text::tr("Reading calendar sync"));
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            labels.insert(q->value(0).toLongLong(), {q->value(1).toString(), q->value(2).toString()});
    }
    // Brief: only what the view shows. Forward only: read once, in order.
    const QString columns = filter.brief ? briefColumns : entryColumns;
    sql::Statement q = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT %1, COALESCE(ap.customer_name, w.title, ''), ap.starts_at, w.due_date FROM "
                       "calendar_events e LEFT JOIN appointments ap ON e.entity = 'appointment' AND ap.id = "
                       "e.entity_id LEFT JOIN work_orders w ON e.entity = 'work_order' AND w.id = e.entity_id %2 "
                       "ORDER BY e.id LIMIT :limit")
            .arg(columns,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    if (!q)
        return std::unexpected(q.error());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q->bindValue(QLatin1Char(':') + it.key(), it.value());
    q->setForwardOnly(true);
    if (auto ok = sql::exec(*q, Text::tr("Reading calendar sync")); !ok)
        return std::unexpected(ok.error());
    QList<SyncEntry> out;
    const int joined = filter.brief ? briefColumnCount : entryColumnCount;
    while (q->next()) {
        SyncEntry e = filter.brief ? briefFrom(*q) : entryFrom(*q);
        e.storeCode = codes.value(e.storeId);
        const auto &[label, user] = labels.value(e.accountId);
        e.accountLabel = label;
        e.userLogin = user;
        e.what = q->value(joined).toString();
        e.startsAt = q->value(joined + 1).toLongLong();
        if (e.entity == QLatin1String("work_order"))
            e.dueDate = q->value(joined + 2).toDate();
        out.append(std::move(e));
    }
    return out;
}

Result<SyncEntry> SqlCalendarSync::entry(qint64 id)
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT %1 FROM calendar_events e WHERE e.id = :id").arg(entryColumns),
                      {{QStringLiteral("id"), id}}, Text::tr("Reading a calendar event"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::unexpected(
            Error::rule(Error::Reason::NotFound, Text::tr("There is no calendar event %1.").arg(id)));
    return entryFrom(*q);
}

Result<QHash<qint64, int>> SqlCalendarSync::attentionCounts()
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT account_id, COUNT(*) FROM calendar_events WHERE state IN "
                                     "('needs_signin', 'dead') GROUP BY account_id"),
                      {}, Text::tr("Counting calendar events that need attention"));
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, int> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Status SqlCalendarSync::retry(qint64 id, qint64 now)
{
    Q_UNUSED(now);
    // A row removed by the user comes back under a new identity: its old id
    // may stay reserved in the calendar (docs/calendar-sync.md, "Identities").
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("UPDATE calendar_events SET generation = CASE WHEN state = 'removed' THEN "
                                     "generation + 1 ELSE generation END, remote_id = CASE WHEN state = 'removed' "
                                     "THEN '' ELSE remote_id END, etag = CASE WHEN state = 'removed' THEN '' ELSE etag "
                                     "END, present = CASE WHEN state = 'removed' THEN 0 ELSE present END, "
                                     "wanted_version = wanted_version + 1, state = 'pending', attempts = 0, "
                                     "next_attempt_at = NULL, last_error = '' WHERE id = :id AND state <> 'pushing' "
                                     "RETURNING id"),
                      {{QStringLiteral("id"), id}}, Text::tr("Pushing a calendar event again"));
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return {};
    Result<SyncEntry> e = entry(id);
    if (!e)
        return std::unexpected(e.error());
    return std::unexpected(
        Error::conflict(Text::tr("Calendar event %1 is being pushed right now.").arg(id), Error::Reason::StaleVersion));
}

} // namespace sams
